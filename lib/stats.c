/*
 * stats.c -- trends, targets against results, implied figures and ranks,
 * on top of a finished zb_series_set, with GSL for the numerics.
 *
 * The one idea: time is real time. Every point sits at the midpoint of its
 * period in decimal years (2024-H1 = 2024.25), so an OLS fit over unevenly
 * spaced points gives a slope per year, and CAGR divides by the real span.
 *
 * Trend model (gsl_fit_linear, GSL fit/linear.c), n points, x in years:
 *     y = c0 + c1 x,  s^2 = sumsq/(n-2),  cov11 = s^2/Sxx
 *     slope 95% CI     c1 -+ t(0.975, n-2) sqrt(cov11)
 *     line at x        ybar + c1 (x - xbar), se^2 = s^2/n + (x-xbar)^2 cov11
 *     prediction at x  same -+ t sqrt(se^2 + s^2)
 *     r^2              1 - sumsq/tss
 * GSL does not check its inputs (n = 2 gives cov11 = inf, equal x a NaN
 * slope), so every case is validated here before GSL sees it.
 * CAGR = ((last/first)^(1/years) - 1) * 100, levels only, both positive.
 */
#include "zhibiao.h"
#include "zb_internal.h"

#include <cjson/cJSON.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_fit.h>
#include <gsl/gsl_statistics_double.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_level(zb_kind k)
{
    return k == ZB_KIND_AMOUNT || k == ZB_KIND_COUNT || k == ZB_KIND_QUANTITY;
}

/* ------------------------------------------------------------ trend */

int zb_stats_trend(const double *x, const double *y, size_t n, zb_kind kind, zb_trend *t,
                   zb_error *err)
{
    memset(t, 0, sizeof *t);
    t->cagr_note = "needs two points";
    if (n == 0)
        return zb_error_set(err, ZB_ENUMERIC, "no points to fit");
    size_t lo = 0, hi = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(x[i]) || !isfinite(y[i]))
            return zb_error_set(err, ZB_ENUMERIC, "point %zu is not a finite number", i + 1);
        if (x[i] < x[lo])
            lo = i;
        if (x[i] > x[hi])
            hi = i;
    }
    t->n = n;
    t->x_first = x[lo];
    t->x_last = x[hi];
    t->first = y[lo];
    t->last = y[hi];
    t->x_mean = gsl_stats_mean(x, 1, n);
    t->y_mean = gsl_stats_mean(y, 1, n);
    double years = t->x_last - t->x_first;

    if (!is_level(kind))
        t->cagr_note = "only for levels (amount, count, quantity)";
    else if (n < 2 || years <= 0)
        t->cagr_note = n < 2 ? "needs two points" : "first and last are in the same period";
    else if (t->first <= 0 || t->last <= 0)
        t->cagr_note = "not defined for zero or negative values";
    else {
        t->cagr_pct = (pow(t->last / t->first, 1.0 / years) - 1.0) * 100.0;
        t->has_cagr = isfinite(t->cagr_pct);
        t->cagr_note = t->has_cagr ? NULL : "out of range";
        if (!t->has_cagr)
            t->cagr_pct = 0;
    }

    if (n < 2 || years <= 0)
        return ZB_OK; /* one point or all x equal: no slope, not an error */
    double c0, c1, cov00, cov01, cov11, sumsq;
    int rc = gsl_fit_linear(x, 1, y, 1, n, &c0, &c1, &cov00, &cov01, &cov11, &sumsq);
    if (rc != GSL_SUCCESS || !isfinite(c0) || !isfinite(c1))
        return zb_error_set(err, ZB_EDEP, "gsl_fit_linear: %s", gsl_strerror(rc));
    t->has_slope = 1;
    t->slope = c1;
    t->intercept = c0;
    t->sumsq = sumsq;
    if (n >= 3 && isfinite(cov11)) {
        t->cov00 = cov00;
        t->cov01 = cov01;
        t->cov11 = cov11;
        t->t975 = gsl_cdf_tdist_Pinv(0.975, (double)(n - 2));
        double half = t->t975 * sqrt(cov11);
        if (isfinite(half)) {
            t->has_ci = 1;
            t->slope_lo = c1 - half;
            t->slope_hi = c1 + half;
        }
        double tss = gsl_stats_tss(y, 1, n);
        if (tss > 0) {
            t->has_r2 = 1;
            t->r2 = 1.0 - sumsq / tss;
        }
    }
    return ZB_OK;
}

int zb_trend_at(const zb_trend *t, double x, zb_trend_est *est, zb_error *err)
{
    memset(est, 0, sizeof *est);
    est->x = x;
    if (!t->has_slope)
        return zb_error_set(err, ZB_ENUMERIC, "no trend: needs two points in different periods");
    /* from the centroid, not from c0 at year 0: no cancellation */
    est->y = t->y_mean + t->slope * (x - t->x_mean);
    est->mean_lo = est->mean_hi = est->pred_lo = est->pred_hi = est->y;
    if (!t->has_ci)
        return ZB_OK;
    double s2 = t->sumsq / (double)(t->n - 2);
    double dx = x - t->x_mean;
    double se2 = s2 / (double)t->n + dx * dx * t->cov11;
    double hm = t->t975 * sqrt(se2), hp = t->t975 * sqrt(se2 + s2);
    est->mean_lo = est->y - hm;
    est->mean_hi = est->y + hm;
    est->pred_lo = est->y - hp;
    est->pred_hi = est->y + hp;
    return ZB_OK;
}

int zb_series_trend(const zb_series *s, zb_trend *t, size_t *nexcluded, zb_error *err)
{
    double *x = malloc((s->npoints + 1) * sizeof *x);
    double *y = malloc((s->npoints + 1) * sizeof *y);
    size_t n = 0, ex = 0;
    int rc;
    if (!x || !y) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < s->npoints; i++) {
        if (s->points[i].conflict || s->points[i].when.type == ZB_PERIOD_NONE) {
            ex++;
            continue;
        }
        x[n] = s->points[i].x;
        y[n] = s->points[i].value;
        n++;
    }
    if (n == 0) {
        memset(t, 0, sizeof *t);
        t->cagr_note = "needs two points";
        rc = zb_error_set(err, ZB_ENUMERIC, "no usable points (%zu excluded)", ex);
    } else {
        rc = zb_stats_trend(x, y, n, s->kind, t, err);
    }
out:
    if (nexcluded)
        *nexcluded = ex;
    free(x);
    free(y);
    return rc;
}

/* ------------------------------------------------------------ JSON */

/* Numbers: JSON has no NaN; a non-finite value becomes null. */
static cJSON *num(double v)
{
    return isfinite(v) ? cJSON_CreateNumber(v) : cJSON_CreateNull();
}

static void add_num(cJSON *o, const char *k, double v) { cJSON_AddItemToObject(o, k, num(v)); }

static void add_str(cJSON *o, const char *k, const char *v)
{
    cJSON_AddItemToObject(o, k, v ? cJSON_CreateString(v) : cJSON_CreateNull());
}

static void add_pair(cJSON *o, const char *k, int has, double a, double b)
{
    if (!has) {
        cJSON_AddItemToObject(o, k, cJSON_CreateNull());
        return;
    }
    cJSON *arr = cJSON_CreateArray();
    cJSON_AddItemToArray(arr, num(a));
    cJSON_AddItemToArray(arr, num(b));
    cJSON_AddItemToObject(o, k, arr);
}

static cJSON *sources_json(const zb_point *p)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; p && i < p->nsources; i++)
        cJSON_AddItemToArray(a, cJSON_CreateString(p->sources[i]));
    return a;
}

/* The series key, shared by every output line. */
static void add_key(cJSON *o, const zb_series *s)
{
    add_str(o, "zone", s->zone);
    add_str(o, "indicator", s->indicator);
    add_str(o, "kind", zb_kind_name(s->kind));
    add_str(o, "unit", s->unit);
    add_str(o, "basis", s->basis);
    add_str(o, "status", zb_status_name(s->status));
}

/* Print o (consumed) compactly; NULL on ENOMEM. */
static char *finish_json(cJSON *o)
{
    if (!o)
        return NULL;
    char *s = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return s;
}

/*
 * zb_series_to_json writes its line directly (one line per series is the
 * bulk of `zhibiao series` output; a cJSON tree per line cost a third of
 * the command's time). The bytes are cJSON_PrintUnformatted's: strings
 * escaped as cJSON's print_string does, numbers as its print_number.
 */

/* A JSON string as cJSON prints it (zb_buf_json_string); NULL -> null. */
static void put_str(zb_buf *b, const char *v)
{
    if (v)
        zb_buf_json_string(b, v);
    else
        zb_buf_put(b, "null", 4);
}

/* A number as num() + cJSON 1.7.15 print it: non-finite -> null; else
 * %1.15g, or %1.17g when that does not read back within DBL_EPSILON
 * relative (cJSON's compare_double). -0 stays "-0". */
static void put_num(zb_buf *b, double d)
{
    char t[32];
    int n;
    if (!isfinite(d)) {
        zb_buf_put(b, "null", 4);
        return;
    }
    double back;
    n = snprintf(t, sizeof t, "%1.15g", d);
    if (sscanf(t, "%lg", &back) != 1 || !(fabs(back - d) <= fmax(fabs(back), fabs(d)) * DBL_EPSILON))
        n = snprintf(t, sizeof t, "%1.17g", d);
    zb_buf_put(b, t, (size_t)n);
}

/* ,"key": -- key is a literal with nothing to escape; first: no comma */
#define PUT_KEY(b, k) zb_buf_put((b), ",\"" k "\":", sizeof(k) + 3)
#define PUT_STR(b, k, v) (PUT_KEY(b, k), put_str((b), (v)))
#define PUT_NUM(b, k, v) (PUT_KEY(b, k), put_num((b), (v)))

/* The n strings of v as a JSON array. */
static void put_strs(zb_buf *b, const char *const *v, size_t n)
{
    zb_buf_put(b, "[", 1);
    for (size_t i = 0; i < n; i++) {
        if (i)
            zb_buf_put(b, ",", 1);
        put_str(b, v[i]);
    }
    zb_buf_put(b, "]", 1);
}

char *zb_series_to_json(const zb_series_set *set, const zb_series *s)
{
    zb_buf b = {0};
    zb_buf_put(&b, "{\"zone\":", 8);
    put_str(&b, s->zone);
    PUT_STR(&b, "indicator", s->indicator);
    PUT_STR(&b, "kind", zb_kind_name(s->kind));
    PUT_STR(&b, "unit", s->unit);
    PUT_STR(&b, "basis", s->basis);
    PUT_STR(&b, "status", zb_status_name(s->status));
    PUT_STR(&b, "period_type", zb_period_type_name(s->period_type));
    PUT_STR(&b, "period_class", s->period_class);
    PUT_NUM(&b, "n", (double)s->npoints);
    PUT_NUM(&b, "records", (double)s->nrecords);
    PUT_NUM(&b, "conflicts", (double)s->nconflicts);
    if (s->nnames > 1 || (s->nnames == 1 && strcmp(s->names[0], s->indicator) != 0)) {
        PUT_KEY(&b, "names");
        put_strs(&b, s->names, s->nnames);
    }
    PUT_KEY(&b, "points");
    zb_buf_put(&b, "[", 1);
    for (size_t i = 0; i < s->npoints; i++) {
        const zb_point *p = &s->points[i];
        if (i)
            zb_buf_put(&b, ",", 1);
        zb_buf_put(&b, "{\"period\":", 10);
        put_str(&b, p->period[0] ? p->period : NULL);
        PUT_NUM(&b, "x", p->x);
        PUT_NUM(&b, "value", p->value);
        PUT_STR(&b, "bound", zb_bound_name(p->bound));
        PUT_NUM(&b, "records", (double)p->nrecords);
        PUT_KEY(&b, "sources");
        put_strs(&b, p->sources, p->nsources);
        if (p->conflict)
            zb_buf_put(&b, ",\"conflict\":true", 16);
        zb_buf_put(&b, "}", 1);
    }
    zb_buf_put(&b, "]", 1);
    PUT_KEY(&b, "elsewhere");
    zb_buf_put(&b, "[", 1);
    size_t ne = 0;
    for (size_t i = 0; i < s->nsiblings; i++) {
        const zb_series *o = zb_series_set_get(set, s->siblings[i]);
        if (!o)
            continue;
        if (ne++)
            zb_buf_put(&b, ",", 1);
        zb_buf_put(&b, "{\"period_class\":", 16);
        put_str(&b, o->period_class);
        PUT_NUM(&b, "n", (double)o->npoints);
        PUT_KEY(&b, "periods");
        zb_buf_put(&b, "[", 1);
        for (size_t k = 0; k < o->npoints; k++) {
            if (k)
                zb_buf_put(&b, ",", 1);
            put_str(&b, o->points[k].period[0] ? o->points[k].period : NULL);
        }
        zb_buf_put(&b, "]", 1);
        PUT_STR(&b, "reason", "different period type");
        zb_buf_put(&b, "}", 1);
    }
    zb_buf_put(&b, "]}", 2);
    if (b.oom) {
        zb_buf_free(&b);
        return NULL;
    }
    return b.s;
}

char *zb_trend_to_json(const zb_series *s, const zb_trend *t, const zb_period *forecast)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    add_key(o, s);
    add_str(o, "period_class", s->period_class);
    add_num(o, "n", (double)t->n);
    cJSON *used = cJSON_CreateArray(), *ex = cJSON_CreateArray();
    const char *first_p = NULL, *last_p = NULL;
    for (size_t i = 0; i < s->npoints; i++) {
        const zb_point *p = &s->points[i];
        if (p->conflict || p->when.type == ZB_PERIOD_NONE) {
            cJSON *e = cJSON_CreateObject();
            add_str(e, "period", p->period[0] ? p->period : NULL);
            add_num(e, "value", p->value);
            add_str(e, "reason", p->conflict ? "conflicting values" : "no period");
            cJSON_AddItemToArray(ex, e);
            continue;
        }
        cJSON_AddItemToArray(used, cJSON_CreateString(p->period));
        if (!first_p)
            first_p = p->period;
        last_p = p->period;
    }
    cJSON_AddItemToObject(o, "points_used", used);
    cJSON_AddItemToObject(o, "excluded", ex);
    add_str(o, "first_period", first_p);
    add_num(o, "first", t->n ? t->first : NAN);
    add_str(o, "last_period", last_p);
    add_num(o, "last", t->n ? t->last : NAN);
    add_num(o, "years", t->n ? t->x_last - t->x_first : NAN);
    add_num(o, "cagr", t->has_cagr ? t->cagr_pct : NAN);
    if (!t->has_cagr && t->cagr_note)
        add_str(o, "cagr_note", t->cagr_note);
    add_num(o, "slope", t->has_slope ? t->slope : NAN);
    add_pair(o, "slope_ci", t->has_ci, t->slope_lo, t->slope_hi);
    add_num(o, "r2", t->has_r2 ? t->r2 : NAN);
    if (!t->has_slope)
        add_str(o, "note", "a trend needs two points in different periods");
    else if (!t->has_ci)
        add_str(o, "note", "intervals and r2 need at least three points");
    if (forecast) {
        char buf[48];
        zb_trend_est est;
        add_str(o, "forecast_period", zb_period_format(forecast, buf, sizeof buf));
        int ok = zb_trend_at(t, zb_period_mid_year(forecast), &est, NULL) == ZB_OK;
        add_num(o, "forecast", ok ? est.y : NAN);
        add_pair(o, "forecast_pi", ok && t->has_ci, est.pred_lo, est.pred_hi);
    }
    return finish_json(o);
}

/* ---------------------------------------------------------- compare */

static const char *const compare_names[] = {"pair", "open", "calendar", "units"};

const char *zb_compare_type_name(zb_compare_type t)
{
    return (unsigned)t < ZB_COMPARE_TYPE_N ? compare_names[t] : NULL;
}

/* Growable array of comparisons. */
typedef struct cmp_list {
    zb_comparison *v;
    size_t n, cap;
} cmp_list;

static zb_comparison *cmp_push(cmp_list *l)
{
    if (zb_grow(&l->v, &l->cap, l->n, sizeof *l->v, 32) != 0)
        return NULL;
    zb_comparison *c = &l->v[l->n++];
    memset(c, 0, sizeof *c);
    c->met = -1;
    c->stated_holds = -1;
    return c;
}

/* Was the target met? bound gt: strictly above; lt: strictly below;
 * le: at most; eq, ge, approx: at least (a goal is reached from below).
 * For ranks smaller is better, so the directions turn round (目标全省前5:
 * rank 3 meets it). */
static int target_met(zb_kind kind, zb_bound b, double target, double actual)
{
    if (kind == ZB_KIND_RANK) {
        switch (b) {
        case ZB_BOUND_GT: return actual > target; /* 排名进入...之后: rare, literal */
        case ZB_BOUND_LT: return actual < target;
        case ZB_BOUND_GE: return actual >= target;
        default: return actual <= target;
        }
    }
    switch (b) {
    case ZB_BOUND_GT: return actual > target;
    case ZB_BOUND_LT: return actual < target;
    case ZB_BOUND_LE: return actual <= target;
    default: return actual >= target;
    }
}

static void fill_numbers(zb_comparison *c, zb_kind kind)
{
    double t = c->target->value, a = c->actual->value;
    c->has_gap = 1;
    c->gap = a - t;
    if (is_level(kind) && t != 0) {
        c->has_achievement = 1;
        c->achievement_pct = a / t * 100.0;
    }
}

static int same_period(const zb_point *a, const zb_point *b)
{
    return a->when.type != ZB_PERIOD_NONE && a->when.start == b->when.start &&
           a->when.end == b->when.end;
}

/* Bytes from figure a forward to figure b when both were read from the same
 * document with offsets; -1 when that is unknown or b is not after a. */
static long long bytes_after(const zb_point *a, const zb_point *b)
{
    if (!a->has_offset || !b->has_offset || !a->nsources || !b->nsources ||
        a->sources[0] != b->sources[0] || b->offset <= a->offset) /* interned: same doc, same pointer */
        return -1;
    return (long long)(b->offset - a->offset);
}

/* Figures this close in one document were stated together (about 60 CJK
 * characters: "新增停车泊位1113个，年度任务完成率为55.7%" is 30 bytes). */
enum { NEAR_BYTES = 200 };

/* basis must agree when both sides state one (null matches anything). */
static int basis_ok(const zb_series *a, const zb_series *b)
{
    return !a->basis || !b->basis || strcmp(a->basis, b->basis) == 0;
}

static int is_result(const zb_series *s)
{
    return s->status == ZB_STATUS_ACTUAL || s->status == ZB_STATUS_ESTIMATE;
}

/* Compare the targets of run [a, b) (series with one zone, indicator and
 * kind) with the results of the same run. */
static int compare_run(const zb_series_set *set, size_t a, size_t b, cmp_list *out)
{
    for (size_t i = a; i < b; i++) {
        const zb_series *ts = zb_series_set_get(set, i);
        if (ts->status != ZB_STATUS_TARGET)
            continue;
        for (size_t k = 0; k < ts->npoints; k++) {
            const zb_point *tp = &ts->points[k];
            int paired = 0, units = 0;
            /* actual first, then estimate */
            for (int want = ZB_STATUS_ACTUAL; want <= ZB_STATUS_ESTIMATE && !paired; want++) {
                for (size_t j = a; j < b; j++) {
                    const zb_series *rs = zb_series_set_get(set, j);
                    if ((int)rs->status != want || !basis_ok(ts, rs))
                        continue;
                    for (size_t q = 0; q < rs->npoints; q++) {
                        if (!same_period(tp, &rs->points[q]))
                            continue;
                        zb_comparison *c = cmp_push(out);
                        if (!c)
                            return ZB_ENOMEM;
                        c->target_series = ts;
                        c->target = tp;
                        c->actual_series = rs;
                        c->actual = &rs->points[q];
                        if (strcmp(rs->unit, ts->unit) != 0) {
                            c->type = ZB_COMPARE_UNITS;
                            units = 1;
                            continue;
                        }
                        c->type = ZB_COMPARE_PAIR;
                        paired = 1;
                        fill_numbers(c, ts->kind);
                        c->met = target_met(ts->kind, tp->bound, tp->value, c->actual->value);
                    }
                }
            }
            if (paired || units) /* a result in another unit is not "no result" */
                continue;
            /* open: the latest result in the same unit, if any */
            zb_comparison *c = cmp_push(out);
            if (!c)
                return ZB_ENOMEM;
            c->type = ZB_COMPARE_OPEN;
            c->target_series = ts;
            c->target = tp;
            for (size_t j = a; j < b; j++) {
                const zb_series *rs = zb_series_set_get(set, j);
                if (!is_result(rs) || strcmp(rs->unit, ts->unit) != 0 || !basis_ok(ts, rs))
                    continue;
                for (size_t q = 0; q < rs->npoints; q++) {
                    const zb_point *rp = &rs->points[q];
                    if (rp->when.type == ZB_PERIOD_NONE)
                        continue;
                    if (!c->actual || rp->x > c->actual->x ||
                        (rp->x == c->actual->x && rs->status == ZB_STATUS_ACTUAL)) {
                        c->actual = rp;
                        c->actual_series = rs;
                    }
                }
            }
            if (c->actual) {
                fill_numbers(c, ts->kind);
                /* a cumulative result inside the target's year: how much of the year is gone */
                const zb_period *tw = &tp->when, *aw = &c->actual->when;
                if (tw->type != ZB_PERIOD_NONE && aw->start >= tw->start && aw->end <= tw->end &&
                    aw->start == tw->start)
                    c->elapsed_pct = 100.0 * (aw->end - aw->start + 1) / (tw->end - tw->start + 1);
            }
        }
    }
    return ZB_OK;
}

/* Byte length of the longest common prefix of a and b, whole UTF-8 characters. */
static size_t common_prefix(const char *a, const char *b)
{
    size_t i = 0, keep = 0;
    while (a[i] && a[i] == b[i]) {
        i++;
        if (((unsigned char)a[i] & 0xC0) != 0x80)
            keep = i;
    }
    return keep;
}

/* Decimals as written: the fewest (0..6) that print v back exactly. */
static int decimals(double v)
{
    for (int d = 0; d < 6; d++) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.*f", d, v);
        if (fabs(strtod(buf, NULL) - v) <= 1e-9 * fmax(1, fabs(v)))
            return d;
    }
    return 6;
}

static double half_unit(double v) { return 0.5 * pow(10, -decimals(v)); }

/* A share of an annual plan: the indicator names the year's plan/task. */
static int is_plan_share(const zb_series *s)
{
    if (s->kind != ZB_KIND_SHARE || !is_result(s))
        return 0;
    const char *i = s->indicator;
    return (strstr(i, "年度") || strstr(i, "全年")) &&
           (strstr(i, "计划") || strstr(i, "任务") || strstr(i, "目标"));
}

/* A pp statement about the calendar: +1 ahead (超序时), -1 behind, 0 none. */
static int calendar_sign(const zb_series *s)
{
    if (s->kind != ZB_KIND_PP || !strstr(s->indicator, "序时"))
        return 0;
    const char *i = s->indicator;
    if (strstr(i, "落后") || strstr(i, "慢于") || strstr(i, "低于") || strstr(i, "滞后") ||
        strstr(i, "未达"))
        return -1;
    return 1;
}

static int compare_calendar(const zb_series_set *set, cmp_list *out)
{
    size_t ns = zb_series_set_count(set);
    /* the pp statements about the calendar are few: collect them once */
    size_t *pp = malloc((ns + 1) * sizeof *pp), npp = 0;
    if (!pp)
        return ZB_ENOMEM;
    for (size_t i = 0; i < ns; i++)
        if (calendar_sign(zb_series_set_get(set, i)))
            pp[npp++] = i;
    int rc = ZB_OK;
    for (size_t i = 0; i < ns && rc == ZB_OK; i++) {
        const zb_series *s = zb_series_set_get(set, i);
        if (!is_plan_share(s))
            continue;
        for (size_t k = 0; k < s->npoints; k++) {
            const zb_point *p = &s->points[k];
            /* cumulative from January within one year */
            double frac = zb_period_year_fraction(&p->when);
            if (frac <= 0 || p->when.start % 12 != 0)
                continue;
            zb_comparison *c = cmp_push(out);
            if (!c) {
                rc = ZB_ENOMEM;
                break;
            }
            c->type = ZB_COMPARE_CALENDAR;
            c->target_series = s;
            c->target = p;
            c->elapsed_pct = frac * 100.0;
            c->has_gap = 1;
            c->gap = p->value - c->elapsed_pct;
            c->met = p->value >= c->elapsed_pct;
            /* the statement: same zone and period, longest shared name */
            /* a share with no subject (年度目标任务完成率) may match a statement
             * with none either (落后序时进度); otherwise the names must share one */
            int bare = strncmp(s->indicator, "年度", strlen("年度")) == 0 ||
                       strncmp(s->indicator, "全年", strlen("全年")) == 0;
            /* first choice: the statement right after the share in its document
             * ("完成年度投资计划的45.1%,超序时3.5个百分点"), conflicting or not */
            long long near = -1;
            for (size_t j = 0; j < npp; j++) {
                const zb_series *q = zb_series_set_get(set, pp[j]);
                for (size_t m = 0; q->zone == s->zone && m < q->npoints; m++) {
                    long long d = bytes_after(p, &q->points[m]);
                    if (d > 0 && d <= NEAR_BYTES && same_period(&q->points[m], p) && (near < 0 || d < near)) {
                        near = d;
                        c->stated_series = q;
                        c->stated = &q->points[m];
                        c->stated_pp = calendar_sign(q) * fabs(q->points[m].value);
                    }
                }
            }
            size_t best = 0;
            for (size_t j = 0; j < npp && near < 0; j++) {
                const zb_series *q = zb_series_set_get(set, pp[j]);
                if (q->zone != s->zone) /* interned: equal names are one pointer */
                    continue;
                size_t pre = common_prefix(q->indicator, s->indicator);
                if ((pre == 0 && !bare) || pre < best || (c->stated && pre == best))
                    continue;
                for (size_t m = 0; m < q->npoints; m++) {
                    if (!same_period(&q->points[m], p) || q->points[m].conflict)
                        continue;
                    best = pre;
                    c->stated_series = q;
                    c->stated = &q->points[m];
                    c->stated_pp = calendar_sign(q) * fabs(q->points[m].value);
                }
            }
            if (c->stated) {
                /* the share and the statement are rounded as written, and
                 * the elapsed share is usually quoted to 0.1% (41.7) */
                c->tolerance_pp = half_unit(p->value) + half_unit(c->stated->value) + 0.05;
                c->stated_holds = fabs(c->stated_pp - c->gap) <= c->tolerance_pp + 1e-9;
            }
        }
    }
    free(pp);
    return rc;
}

int zb_compare_run(const zb_series_set *set, zb_comparison **out, size_t *n, zb_error *err)
{
    cmp_list l = {0};
    size_t ns = zb_series_set_count(set);
    int rc = ZB_OK;
    /* series are sorted by zone, indicator, kind: runs share all three */
    for (size_t a = 0, b; a < ns && rc == ZB_OK; a = b) {
        const zb_series *sa = zb_series_set_get(set, a);
        for (b = a + 1; b < ns; b++) {
            const zb_series *sb = zb_series_set_get(set, b);
            if (sb->kind != sa->kind || strcmp(sb->indicator, sa->indicator) ||
                (sb->zone != sa->zone && (!sb->zone || !sa->zone || strcmp(sb->zone, sa->zone))))
                break;
        }
        rc = compare_run(set, a, b, &l);
    }
    if (rc == ZB_OK)
        rc = compare_calendar(set, &l);
    if (rc != ZB_OK) {
        free(l.v);
        *out = NULL;
        *n = 0;
        return zb_error_set(err, rc, "out of memory");
    }
    *out = l.v;
    *n = l.n;
    return ZB_OK;
}

static cJSON *side_json(const zb_series *s, const zb_point *p)
{
    cJSON *o = cJSON_CreateObject();
    add_str(o, "period", p->period[0] ? p->period : NULL);
    add_num(o, "value", p->value);
    add_str(o, "bound", zb_bound_name(p->bound));
    add_str(o, "status", zb_status_name(s->status));
    add_str(o, "unit", s->unit);
    if (s->basis)
        add_str(o, "basis", s->basis);
    cJSON_AddItemToObject(o, "sources", sources_json(p));
    return o;
}

char *zb_comparison_to_json(const zb_comparison *c)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    const zb_series *ts = c->target_series;
    add_str(o, "type", zb_compare_type_name(c->type));
    add_str(o, "zone", ts->zone);
    add_str(o, "indicator", ts->indicator);
    add_str(o, "kind", zb_kind_name(ts->kind));
    add_str(o, "unit", ts->unit);
    add_str(o, "period", c->target->period[0] ? c->target->period : NULL);
    if (c->type == ZB_COMPARE_CALENDAR) {
        add_num(o, "share", c->target->value);
        add_num(o, "elapsed", c->elapsed_pct);
        add_num(o, "ahead_pp", c->gap);
        cJSON_AddBoolToObject(o, "ahead", c->met == 1);
        if (c->stated) {
            add_str(o, "stated_indicator", c->stated_series->indicator);
            add_num(o, "stated_pp", c->stated_pp);
            add_num(o, "tolerance_pp", c->tolerance_pp);
            cJSON_AddBoolToObject(o, "stated_holds", c->stated_holds == 1);
        }
        cJSON_AddItemToObject(o, "sources", sources_json(c->target));
        return finish_json(o);
    }
    add_num(o, "target", c->target->value);
    add_str(o, "bound", zb_bound_name(c->target->bound));
    add_num(o, "actual", c->actual ? c->actual->value : NAN);
    if (c->type == ZB_COMPARE_UNITS) {
        add_str(o, "actual_unit", c->actual_series->unit);
        add_str(o, "error", "units differ: not compared");
    } else {
        add_num(o, "achievement", c->has_achievement ? c->achievement_pct : NAN);
        add_num(o, "gap", c->has_gap ? c->gap : NAN);
        add_str(o, "gap_unit", ts->kind == ZB_KIND_GROWTH || ts->kind == ZB_KIND_SHARE ? "pp" : ts->unit);
        if (c->met >= 0)
            cJSON_AddBoolToObject(o, "met", c->met);
        else
            cJSON_AddItemToObject(o, "met", cJSON_CreateNull());
        if (c->type == ZB_COMPARE_OPEN && c->elapsed_pct > 0)
            add_num(o, "elapsed", c->elapsed_pct);
    }
    cJSON_AddItemToObject(o, "target_side", side_json(ts, c->target));
    if (c->actual)
        cJSON_AddItemToObject(o, "actual_side", side_json(c->actual_series, c->actual));
    else
        cJSON_AddItemToObject(o, "actual_side", cJSON_CreateNull());
    return finish_json(o);
}

/* ---------------------------------------------------------- derive */

/* First series id with this zone and indicator (series are sorted by zone,
 * then indicator), or (size_t)-1. */
static size_t find_run(const zb_series_set *set, const char *zone, const char *ind)
{
    size_t lo = 0, hi = zb_series_set_count(set);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const zb_series *s = zb_series_set_get(set, mid);
        int d = (!s->zone || !zone) ? (s->zone != NULL) - (zone != NULL) : strcmp(s->zone, zone);
        if (d == 0)
            d = strcmp(s->indicator, ind);
        if (d < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < zb_series_set_count(set)) {
        const zb_series *s = zb_series_set_get(set, lo);
        if (strcmp(s->indicator, ind) == 0 && (s->zone == zone || (s->zone && zone && !strcmp(s->zone, zone))))
            return lo;
    }
    return (size_t)-1;
}

static cJSON *source_json(const zb_series *s, const zb_point *p)
{
    cJSON *o = cJSON_CreateObject();
    add_str(o, "doc", p->nsources ? p->sources[0] : NULL);
    add_str(o, "indicator", s->indicator);
    add_str(o, "kind", zb_kind_name(s->kind));
    add_num(o, "value", p->value);
    add_str(o, "unit", s->unit);
    add_str(o, "period", p->period[0] ? p->period : NULL);
    return o;
}

/* Direction of a bound: +1 above (gt, ge), -1 below (lt, le), 0 otherwise. */
static int bound_dir(zb_bound b)
{
    return b == ZB_BOUND_GT || b == ZB_BOUND_GE ? 1 : b == ZB_BOUND_LT || b == ZB_BOUND_LE ? -1 : 0;
}

/* Bound of a figure that moves with d1 and d2 (directions already signed):
 * agreeing directions give gt/lt, anything else approx (inputs are rounded). */
static zb_bound combine_dirs(int d1, int d2)
{
    int d = d1 ? d1 : d2;
    if (d1 && d2 && d1 != d2)
        return ZB_BOUND_APPROX;
    return d > 0 ? ZB_BOUND_GT : d < 0 ? ZB_BOUND_LT : ZB_BOUND_APPROX;
}

typedef struct derived_in {
    const zb_series *s;
    const zb_point *p;
} derived_in;

/* Build the derived record and hand it to fn. */
static int emit_derived(const zb_series *like, const char *indicator, zb_kind kind, const char *unit,
                        const char *basis, zb_status status, double value, zb_bound bound,
                        const char *period, const derived_in *in, size_t nin, const char *how,
                        zb_record_fn fn, void *user)
{
    zb_record r;
    zb_record_init(&r);
    int rc = ZB_ENOMEM;
    cJSON *extra = cJSON_CreateObject(), *src = cJSON_CreateArray();
    if (!extra || !src) {
        cJSON_Delete(extra);
        cJSON_Delete(src);
        return ZB_ENOMEM;
    }
    for (size_t i = 0; i < nin; i++)
        cJSON_AddItemToArray(src, source_json(in[i].s, in[i].p));
    cJSON_AddItemToObject(extra, "sources", src);
    add_str(extra, "derivation", how);
    r.extra = extra;
    r.kind = kind;
    r.value = value;
    r.bound = bound;
    r.status = status;
    r.derived = 1;
    const zb_point *p0 = in[0].p;
    if (zb_record_set(&r.doc, p0->nsources ? p0->sources[0] : "-") ||
        zb_record_set(&r.zone, like->zone) || zb_record_set(&r.indicator, indicator) ||
        zb_record_set(&r.unit, unit) || zb_record_set(&r.period, period) ||
        zb_record_set(&r.basis, basis))
        goto out;
    rc = fn(user, &r);
out:
    zb_record_clear(&r);
    return rc;
}

static int ends_with(const char *s, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && memcmp(s + n - k, suf, k) == 0;
}

/* First series of zone (series are sorted by zone first), or (size_t)-1. */
static size_t find_zone(const zb_series_set *set, const char *zone)
{
    size_t lo = 0, hi = zb_series_set_count(set);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *z = zb_series_set_get(set, mid)->zone;
        int d = (!z || !zone) ? (z != NULL) - (zone != NULL) : strcmp(z, zone);
        if (d < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < zb_series_set_count(set) && zb_series_set_get(set, lo)->zone == zone ? lo : (size_t)-1;
}

/* The level an annual-plan share sp (of series sh) is a share of, by name:
 * "X年度任务完成率" -> X; "X年度W计划完成率" -> "X完成W" or "XW". */
static int level_by_name(const zb_series_set *set, const zb_series *sh, const zb_point *sp,
                         const zb_series **lv_out, const zb_point **lp_out)
{
    const char *ind = sh->indicator, *y = strstr(ind, "年度");
    if (!y)
        y = strstr(ind, "全年");
    if (!y)
        return 0;
    const char *rest = y + strlen("年度");
    size_t rl = strlen(rest), pl = (size_t)(y - ind), wl;
    if (!ends_with(rest, rl, "完成率"))
        return 0;
    rl -= strlen("完成率");
    if (!(ends_with(rest, rl, "计划") || ends_with(rest, rl, "任务") || ends_with(rest, rl, "目标")))
        return 0;
    wl = rl - strlen("计划");
    char cand[2][512];
    int nc = 0;
    if (pl + wl + 16 > sizeof cand[0] || pl == 0)
        return 0;
    if (wl == 0) {
        snprintf(cand[nc++], sizeof cand[0], "%.*s", (int)pl, ind);
    } else {
        snprintf(cand[nc++], sizeof cand[0], "%.*s完成%.*s", (int)pl, ind, (int)wl, rest);
        snprintf(cand[nc++], sizeof cand[0], "%.*s%.*s", (int)pl, ind, (int)wl, rest);
    }
    for (int c = 0; c < nc; c++) {
        size_t a = find_run(set, sh->zone, cand[c]);
        for (size_t j = a; j != (size_t)-1 && j < zb_series_set_count(set); j++) {
            const zb_series *lv = zb_series_set_get(set, j);
            if (strcmp(lv->indicator, cand[c]) || lv->zone != sh->zone)
                break;
            if (!is_level(lv->kind) || !is_result(lv))
                continue;
            for (size_t m = 0; m < lv->npoints; m++)
                if (!lv->points[m].conflict && same_period(&lv->points[m], sp)) {
                    *lv_out = lv;
                    *lp_out = &lv->points[m];
                    return 1;
                }
        }
    }
    return 0;
}

/* The level stated just before the share in the same document and period
 * ("新增停车泊位1113个，年度任务完成率为55.7%"), when names do not tell. */
static int level_by_place(const zb_series_set *set, const zb_series *sh, const zb_point *sp,
                          const zb_series **lv_out, const zb_point **lp_out)
{
    long long best = -1;
    size_t ns = zb_series_set_count(set);
    for (size_t j = find_zone(set, sh->zone); j != (size_t)-1 && j < ns; j++) {
        const zb_series *lv = zb_series_set_get(set, j);
        if (lv->zone != sh->zone)
            break;
        if (!is_level(lv->kind) || !is_result(lv))
            continue;
        for (size_t m = 0; m < lv->npoints; m++) {
            const zb_point *lp = &lv->points[m];
            long long d = bytes_after(lp, sp);
            if (d > 0 && d <= NEAR_BYTES && same_period(lp, sp) && (best < 0 || d < best)) {
                best = d;
                *lv_out = lv;
                *lp_out = lp;
            }
        }
    }
    return best > 0;
}

/* Annual targets implied by a level and its share of the annual plan:
 * "新增停车泊位1113个, 年度任务完成率55.7%" -> target 1113/0.557. The level
 * is found by name, else as the figure stated just before the share. */
static int derive_targets(const zb_series_set *set, const zb_series *sh, zb_record_fn fn, void *user)
{
    for (size_t k = 0; k < sh->npoints; k++) {
        const zb_point *sp = &sh->points[k];
        const zb_series *lv = NULL;
        const zb_point *lp = NULL;
        if (sp->conflict || sp->value <= 0 || zb_period_year_fraction(&sp->when) <= 0)
            continue;
        if (!level_by_name(set, sh, sp, &lv, &lp) && !level_by_place(set, sh, sp, &lv, &lp))
            continue;
        double target = lp->value / (sp->value / 100.0);
        char year[16], how[160], nbuf[64], sbuf[64];
        snprintf(year, sizeof year, "%04d", sp->when.start / 12);
        snprintf(how, sizeof how, "annual target = %s / %s%%",
                 zb_format_number(lp->value, 1, nbuf, sizeof nbuf),
                 zb_format_number(sp->value, 1, sbuf, sizeof sbuf));
        derived_in in[2] = {{lv, lp}, {sh, sp}};
        int rc = emit_derived(lv, lv->indicator, lv->kind, lv->unit, NULL, ZB_STATUS_TARGET, target,
                              combine_dirs(bound_dir(lp->bound), -bound_dir(sp->bound)), year, in, 2,
                              how, fn, user);
        if (rc)
            return rc;
    }
    return ZB_OK;
}

/* The other growth of "G增速高于X 2.9个百分点" with G's growth 3.1 -> X 0.2. */
static int derive_growth(const zb_series_set *set, const zb_series *pp, zb_record_fn fn, void *user)
{
    static const char *const rel[] = {"高于", "快于", "低于", "慢于"};
    const char *ind = pp->indicator, *at = NULL;
    int sign = 0;
    for (int i = 0; i < 4; i++) {
        const char *f = strstr(ind, rel[i]);
        if (f && (!at || f < at)) {
            at = f;
            sign = i < 2 ? 1 : -1;
        }
    }
    if (!at || strstr(ind, "序时"))
        return ZB_OK;
    const char *other = at + strlen("高于");
    if (!*other || at == ind)
        return ZB_OK;
    size_t gl = (size_t)(at - ind);
    static const char *const suf[] = {"增长率", "增速", "增幅", "增长"};
    for (int i = 0; i < 4; i++)
        if (ends_with(ind, gl, suf[i]) && gl > strlen(suf[i])) {
            gl -= strlen(suf[i]);
            break;
        }
    char g[512];
    if (gl + 1 > sizeof g)
        return ZB_OK;
    memcpy(g, ind, gl);
    g[gl] = 0;
    size_t a = find_run(set, pp->zone, g);
    for (size_t j = a; j != (size_t)-1 && j < zb_series_set_count(set); j++) {
        const zb_series *gs = zb_series_set_get(set, j);
        if (strcmp(gs->indicator, g) || gs->zone != pp->zone)
            break;
        if (gs->kind != ZB_KIND_GROWTH)
            continue;
        for (size_t k = 0; k < pp->npoints; k++) {
            const zb_point *qp = &pp->points[k];
            if (qp->conflict)
                continue;
            for (size_t m = 0; m < gs->npoints; m++) {
                const zb_point *gp = &gs->points[m];
                if (gp->conflict || !same_period(gp, qp))
                    continue;
                /* to the decimals of the inputs: 3.1 - 2.9 is 0.2, not 0.20000000000000018 */
                int dec = decimals(gp->value) > decimals(qp->value) ? decimals(gp->value)
                                                                    : decimals(qp->value);
                double scale = pow(10, dec);
                double v = round((gp->value - sign * qp->value) * scale) / scale;
                char how[160], b1[64], b2[64];
                snprintf(how, sizeof how, "other growth = %s %s %s", zb_format_number(gp->value, 1, b1, sizeof b1),
                         sign > 0 ? "-" : "+", zb_format_number(qp->value, 1, b2, sizeof b2));
                /* other = g - sign*pp: g's direction as is, pp's reversed for 高于 */
                zb_bound b = gp->bound == ZB_BOUND_EQ && qp->bound == ZB_BOUND_EQ
                                 ? ZB_BOUND_EQ
                                 : combine_dirs(bound_dir(gp->bound), -sign * bound_dir(qp->bound));
                derived_in in[2] = {{gs, gp}, {pp, qp}};
                int rc = emit_derived(gs, other, ZB_KIND_GROWTH, "%", gs->basis, gs->status, v, b,
                                      gp->period, in, 2, how, fn, user);
                if (rc)
                    return rc;
            }
        }
    }
    return ZB_OK;
}

int zb_compare_derive(const zb_series_set *set, zb_record_fn fn, void *user, zb_error *err)
{
    size_t ns = zb_series_set_count(set);
    for (size_t i = 0; i < ns; i++) {
        const zb_series *s = zb_series_set_get(set, i);
        int rc = ZB_OK;
        if (is_plan_share(s))
            rc = derive_targets(set, s, fn, user);
        else if (s->kind == ZB_KIND_PP)
            rc = derive_growth(set, s, fn, user);
        if (rc == ZB_ENOMEM)
            return zb_error_set(err, rc, "out of memory");
        if (rc)
            return rc;
    }
    return ZB_OK;
}

/* ------------------------------------------------------------- rank */

typedef struct vi {
    double v;
    size_t i;
} vi;

static int cmp_vi(const void *a, const void *b)
{
    const vi *x = a, *y = b;
    if (x->v != y->v)
        return x->v < y->v ? -1 : 1;
    return (x->i > y->i) - (x->i < y->i);
}

int zb_stats_rank(const double *v, size_t n, int ascending, size_t *rank, double *z, double *pct,
                  int *has_z)
{
    *has_z = 0;
    if (n == 0)
        return ZB_OK;
    vi *s = malloc(n * sizeof *s);
    if (!s)
        return ZB_ENOMEM;
    for (size_t i = 0; i < n; i++)
        s[i] = (vi){v[i], i};
    qsort(s, n, sizeof *s, cmp_vi); /* ascending values */
    /* per run of equal values: below = values smaller, above = values larger */
    for (size_t a = 0, b; a < n; a = b) {
        for (b = a + 1; b < n && s[b].v == s[a].v; b++)
            ;
        size_t below = a, above = n - b;
        for (size_t k = a; k < b; k++) {
            size_t i = s[k].i;
            rank[i] = 1 + (ascending ? below : above);
            size_t worse = ascending ? above : below;
            pct[i] = n == 1 ? 100.0 : 100.0 * (double)worse / (double)(n - 1);
        }
    }
    free(s);
    double sd = n >= 2 ? gsl_stats_sd(v, 1, n) : 0, mean = gsl_stats_mean(v, 1, n);
    *has_z = n >= 2 && sd > 0 && isfinite(sd);
    for (size_t i = 0; i < n; i++)
        z[i] = *has_z ? (v[i] - mean) / sd : 0;
    return ZB_OK;
}

static int cmp_rows(const void *a, const void *b)
{
    const zb_rank_row *x = a, *y = b;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    return strcmp(x->zone, y->zone);
}

/* Does series s take part in the ranking of canon (and kind, -1: any)? */
static int rankable(const zb_series *s, const char *canon, int kind)
{
    return s->status == ZB_STATUS_ACTUAL && s->zone && strcmp(s->indicator, canon) == 0 &&
           (kind < 0 || (int)s->kind == kind);
}

int zb_rank_run(const zb_series_set *set, const zb_aliases *aliases, const char *indicator,
                int kind, const char *period, int ascending, zb_rank_row **rows, size_t *n,
                char *period_out, zb_error *err)
{
    *rows = NULL;
    *n = 0;
    zb_period want = {ZB_PERIOD_NONE, 0, 0};
    int rc = ZB_OK;
    if (period && *period && (rc = zb_period_parse(period, &want, err)) != ZB_OK)
        return zb_error_set(err, ZB_EUSAGE, "--period: '%.80s' is not a period (2024, 2024-H1, "
                                            "2024-Q3, 2024-05, 2024-01/2024-05)", period);
    char *canon = zb_aliases_indicator(aliases, indicator);
    size_t ns = zb_series_set_count(set), cap = 0, m = 0;
    zb_rank_row *r = NULL;
    double *v = NULL, *z = NULL, *pct = NULL;
    size_t *rk = NULL;
    if (!canon) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    /* no period given: the latest one any zone reports */
    if (want.type == ZB_PERIOD_NONE) {
        double best = -INFINITY;
        for (size_t i = 0; i < ns; i++) {
            const zb_series *s = zb_series_set_get(set, i);
            if (!rankable(s, canon, kind))
                continue;
            for (size_t k = 0; k < s->npoints; k++)
                if (s->points[k].when.type != ZB_PERIOD_NONE &&
                    (s->points[k].when.end > best ||
                     (s->points[k].when.end == best && s->points[k].when.start < want.start))) {
                    best = s->points[k].when.end;
                    want = s->points[k].when;
                }
        }
    }
    if (period_out)
        zb_period_format(&want, period_out, 32);
    for (size_t i = 0; i < ns && want.type != ZB_PERIOD_NONE; i++) {
        const zb_series *s = zb_series_set_get(set, i);
        if (!rankable(s, canon, kind))
            continue;
        for (size_t k = 0; k < s->npoints; k++) {
            const zb_point *p = &s->points[k];
            if (p->when.type == ZB_PERIOD_NONE || p->when.start != want.start || p->when.end != want.end)
                continue;
            if (m && r[0].series->kind != s->kind) {
                rc = zb_error_set(err, ZB_EINVALID,
                                  "cannot rank %s: reported as %s (%s) and as %s (%s); choose one kind",
                                  canon, zb_kind_name(r[0].series->kind), r[0].zone,
                                  zb_kind_name(s->kind), s->zone);
                goto out;
            }
            if (m && strcmp(r[0].series->unit, s->unit)) {
                rc = zb_error_set(err, ZB_EINVALID,
                                  "cannot rank %s: units differ (%s for %s, %s for %s)", canon,
                                  r[0].series->unit, r[0].zone, s->unit, s->zone);
                goto out;
            }
            size_t dup = 0;
            while (dup < m && strcmp(r[dup].zone, s->zone))
                dup++;
            if (dup < m) {
                if (r[dup].value == p->value)
                    continue;
                rc = zb_error_set(err, ZB_EINVALID, "cannot rank %s: %s has conflicting values for %s",
                                  canon, s->zone, p->period);
                goto out;
            }
            if (zb_grow(&r, &cap, m, sizeof *r, 16) != 0) {
                rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
                goto out;
            }
            r[m++] = (zb_rank_row){s, p, s->zone, p->value, 0, 0, 0, 0};
        }
    }
    if (m == 0)
        goto out;
    v = malloc(m * sizeof *v);
    z = malloc(m * sizeof *z);
    pct = malloc(m * sizeof *pct);
    rk = malloc(m * sizeof *rk);
    int has_z = 0;
    if (!v || !z || !pct || !rk) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < m; i++)
        v[i] = r[i].value;
    if (ascending < 0) /* auto: a rank is better when smaller */
        ascending = r[0].series->kind == ZB_KIND_RANK;
    if ((rc = zb_stats_rank(v, m, ascending, rk, z, pct, &has_z)) != ZB_OK) {
        zb_error_set(err, rc, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < m; i++) {
        r[i].rank = rk[i];
        r[i].has_z = has_z;
        r[i].z = z[i];
        r[i].percentile = pct[i];
    }
    qsort(r, m, sizeof *r, cmp_rows);
    *rows = r;
    *n = m;
    r = NULL;
out:
    free(canon);
    free(r);
    free(v);
    free(z);
    free(pct);
    free(rk);
    return rc;
}

char *zb_rank_row_to_json(const zb_rank_row *row, size_t n, const char *period)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    add_str(o, "zone", row->zone);
    add_str(o, "indicator", row->series->indicator);
    add_str(o, "period", period);
    add_str(o, "kind", zb_kind_name(row->series->kind));
    add_str(o, "unit", row->series->unit);
    add_num(o, "rank", (double)row->rank);
    add_num(o, "n", (double)n);
    add_num(o, "value", row->value);
    add_num(o, "z", row->has_z ? row->z : NAN);
    add_num(o, "percentile", row->percentile);
    cJSON_AddItemToObject(o, "sources", sources_json(row->point));
    return finish_json(o);
}
