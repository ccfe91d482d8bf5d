/*
 * report.c -- the whole job in one call (zb_report_run) and the page that
 * shows it (index.html, written by zb_report_write_html).
 *
 * The one idea: nothing the run writes is visible until every step has
 * succeeded. All outputs are built in a hidden staging directory inside the
 * output directory (same file system, so rename(2) is atomic); at the end
 * the old index.html is removed, each file is renamed into place and the
 * new index.html comes last. A failed run removes the staging directory and
 * leaves the output directory as it was.
 *
 * The page is a pure function of the records: series and comparisons come
 * from the series module in its fixed order, quotes are looked up in a hash
 * keyed by (series key, period, value, document), and nothing depends on the
 * clock, so two runs on the same input write the same bytes. Every text that
 * comes from a document goes through html_text(), which escapes & < > " '.
 */
#include "zhibiao.h"
#include "zb_internal.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_DOC_BYTES ((size_t)1 << 30) /* 1 GiB per input document */
#define LISTED_SOURCES 10 /* documents listed under a number (all are in series.jsonl) */
#define TITLE_SOURCES 3   /* documents quoted in a number's tooltip */

/* ------------------------------------------------------------ small helpers */

static char *xstrdup(const char *s)
{
    return s ? strdup(s) : NULL;
}

/* NULL-tolerant strcmp: NULL sorts after every string. */
static int cmp_nullable(const char *a, const char *b)
{
    if (!a || !b)
        return (a == NULL) - (b == NULL);
    return strcmp(a, b);
}

/* ------------------------------------------ string map (key -> text, index) */

/* Maps on zb_smap: quotes and zone names keep in a slot's val an owned copy
 * of a text (the quote of a number, the zone as first written; may be NULL)
 * and are freed with zb_smap_free_vals; doc_ids keeps the index of a document in
 * num and is freed with zb_smap_free. */

/* The text of slot e (NULL when e is). Borrowed from the map. */
static const char *slot_text(const zb_smap_slot *e)
{
    return e ? e->val : NULL;
}

/* Insert key -> a copy of text (may be NULL) unless key is present (first
 * record wins, so the quote shown is the first one in input order). On
 * ENOMEM copying the text the key stays, without a text. */
static int text_put(zb_smap *m, const char *key, const char *text)
{
    int fresh;
    zb_smap_slot *e = zb_smap_get(m, key, &fresh);
    if (!e)
        return ZB_ENOMEM;
    if (fresh && text && !(e->val = strdup(text)))
        return ZB_ENOMEM;
    return ZB_OK;
}

/* ------------------------------------------------------------- the report */

typedef struct chart {
    char *zone; /* NULL: overview */
    char *path;
    char *caption;
} chart;

typedef struct docinfo {
    char *name;
    size_t nrecords;
} docinfo;

struct zb_report {
    const zb_aliases *aliases;
    zb_aliases *own_aliases;    /* made when the caller gave none */
    zb_aliases *plain;          /* built-ins only: tells a table's name from a plain form */
    zb_smap zone_names;            /* canonical zone -> the zone as first written */
    zb_series_set *set;
    zb_smap quotes;
    docinfo *docs;              /* in the order first seen */
    size_t ndocs, docs_cap;
    zb_smap doc_ids;               /* document name -> index in docs */
    chart *charts;
    size_t ncharts, charts_cap;
    zb_comparison *cmp;
    size_t ncmp;
    size_t nrecords, nrejected;
    int finished;
};

zb_report *zb_report_new(const zb_aliases *aliases)
{
    zb_report *rep = calloc(1, sizeof *rep);
    if (!rep)
        return NULL;
    /* the page looks names up the way the set does, so it needs a table */
    if (!aliases && !(aliases = rep->own_aliases = zb_aliases_new(NULL))) {
        free(rep);
        return NULL;
    }
    rep->aliases = aliases;
    if (!(rep->plain = zb_aliases_new(NULL)) || !(rep->set = zb_series_set_new(aliases))) {
        zb_aliases_free(rep->plain);
        zb_aliases_free(rep->own_aliases);
        free(rep);
        return NULL;
    }
    return rep;
}

void zb_report_free(zb_report *rep)
{
    if (!rep)
        return;
    zb_series_set_free(rep->set);
    zb_aliases_free(rep->own_aliases);
    zb_aliases_free(rep->plain);
    zb_smap_free_vals(&rep->quotes);
    zb_smap_free_vals(&rep->zone_names);
    zb_smap_free(&rep->doc_ids);
    for (size_t i = 0; i < rep->ndocs; i++)
        free(rep->docs[i].name);
    free(rep->docs);
    for (size_t i = 0; i < rep->ncharts; i++) {
        free(rep->charts[i].zone);
        free(rep->charts[i].path);
        free(rep->charts[i].caption);
    }
    free(rep->charts);
    free(rep->cmp);
    free(rep);
}

/* Index of document name, added when absent; (size_t)-1 on ENOMEM. */
static size_t doc_index(zb_report *rep, const char *name)
{
    const zb_smap_slot *e = zb_smap_find(&rep->doc_ids, name);
    if (e)
        return e->num;
    if (zb_grow(&rep->docs, &rep->docs_cap, rep->ndocs, sizeof *rep->docs, 16) != 0)
        return (size_t)-1;
    if (!(rep->docs[rep->ndocs].name = strdup(name)))
        return (size_t)-1;
    rep->docs[rep->ndocs].nrecords = 0;
    zb_smap_slot *id = zb_smap_get(&rep->doc_ids, name, NULL);
    if (!id) {
        free(rep->docs[rep->ndocs].name);
        return (size_t)-1;
    }
    id->num = rep->ndocs;
    return rep->ndocs++;
}

int zb_report_add_document(zb_report *rep, const char *name, zb_error *err)
{
    if (doc_index(rep, name ? name : "-") == (size_t)-1)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    return ZB_OK;
}

/* The quote of a record: its text, else the "quote" field of gold files. */
static const char *record_quote(const zb_record *r)
{
    if (r->text)
        return r->text;
    const cJSON *q = r->extra ? cJSON_GetObjectItemCaseSensitive((const cJSON *)r->extra, "quote") : NULL;
    return cJSON_IsString(q) ? q->valuestring : NULL;
}

/* The name to show for a series named canonical, first written as written:
 * the canonical name when an alias table gave it (镇江高新技术产业开发区 for
 * 镇江高新区, simplified for traditional), else the name as written (the
 * canonical form then only differs by upper-cased ASCII and dropped quote
 * marks). what is 'Z' or 'I'. Borrowed from the arguments. */
static const char *display_name(const zb_report *rep, char what, const char *written, const char *canonical)
{
    if (!written || !canonical)
        return canonical ? canonical : written;
    char *plain = what == 'Z' ? zb_aliases_zone(rep->plain, written) : zb_aliases_indicator(rep->plain, written);
    int same = plain && strcmp(plain, canonical) == 0;
    free(plain);
    return same ? written : canonical;
}

/* Keys of the quote map. The full key names the series the way the series
 * module does (canonical zone and indicator, kind, unit, basis, status), the loose
 * key leaves the names out, as a fallback should canonical names differ. */
static char *quote_key(int full, const char *zone, const char *indicator, zb_kind kind,
                       const char *unit, const char *basis, zb_status status, const char *period,
                       double value, const char *doc)
{
    char num[40];
    snprintf(num, sizeof num, "%.17g", value);
    const char *z = full && zone ? zone : "";
    const char *ind = full && indicator ? indicator : "";
    const char *b = basis ? basis : "";
    return zb_strdupf("%d\x1f%s\x1f%s\x1f%d\x1f%s\x1f%s\x1f%d\x1f%s\x1f%s\x1f%s", full, z, ind, (int)kind,
                      unit, b, (int)status, period, num, doc);
}

int zb_report_add_record(zb_report *rep, const zb_record *r, zb_error *err)
{
    if (rep->finished)
        return zb_error_set(err, ZB_EUSAGE, "report already finished");
    int rc = zb_series_set_add(rep->set, r, err);
    if (rc != ZB_OK) {
        if (rc == ZB_EINVALID)
            rep->nrejected++;
        return rc;
    }
    const char *doc = r->doc ? r->doc : "-";
    size_t di = doc_index(rep, doc);
    if (di == (size_t)-1)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    rep->docs[di].nrecords++;
    rep->nrecords++;

    zb_period p;
    char period[32] = "";
    if (zb_period_parse(r->period, &p, NULL) == ZB_OK)
        zb_period_format(&p, period, sizeof period);
    char *zone = r->zone ? zb_aliases_zone(rep->aliases, r->zone) : NULL;
    char *ind = zb_aliases_indicator(rep->aliases, r->indicator);
    char *k1 = quote_key(1, zone, ind, r->kind, r->unit, r->basis, r->status, period, r->value, doc);
    char *k2 = quote_key(0, NULL, NULL, r->kind, r->unit, r->basis, r->status, period, r->value, doc);
    rc = ZB_OK;
    if ((r->zone && !zone) || !ind || !k1 || !k2 ||
        text_put(&rep->quotes, k1, record_quote(r)) != ZB_OK ||
        text_put(&rep->quotes, k2, record_quote(r)) != ZB_OK ||
        (zone && !zb_smap_find(&rep->zone_names, zone) &&
         text_put(&rep->zone_names, zone, display_name(rep, 'Z', r->zone, zone)) != ZB_OK))
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
    free(zone);
    free(ind);
    free(k1);
    free(k2);
    return rc;
}

int zb_report_finish(zb_report *rep, zb_error *err)
{
    if (rep->finished)
        return zb_error_set(err, ZB_EUSAGE, "report already finished");
    int rc = zb_series_set_finish(rep->set, err);
    if (rc == ZB_OK)
        rc = zb_compare_run(rep->set, &rep->cmp, &rep->ncmp, err);
    if (rc == ZB_OK)
        rep->finished = 1;
    return rc;
}

const zb_series_set *zb_report_series(const zb_report *rep)
{
    return rep->set;
}

const zb_comparison *zb_report_comparisons(const zb_report *rep, size_t *n)
{
    if (n)
        *n = rep->ncmp;
    return rep->cmp;
}

int zb_report_add_chart(zb_report *rep, const char *zone, const char *path,
                        const char *caption, zb_error *err)
{
    if (!path)
        return zb_error_set(err, ZB_EUSAGE, "chart without a path");
    if (zb_grow(&rep->charts, &rep->charts_cap, rep->ncharts, sizeof *rep->charts, 16) != 0)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    /* canonical, as the series name it (idempotent on a canonical name) */
    chart c = {zone ? zb_aliases_zone(rep->aliases, zone) : NULL, strdup(path), xstrdup(caption)};
    if ((zone && !c.zone) || !c.path || (caption && !c.caption)) {
        free(c.zone);
        free(c.path);
        free(c.caption);
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    }
    rep->charts[rep->ncharts++] = c;
    return ZB_OK;
}

/* ------------------------------------------------------------ HTML output */

/* Text from a document, escaped for element content and attribute values
 * alike. Control characters other than TAB and LF become spaces. */
static void html_text(FILE *f, const char *s)
{
    if (!s)
        return;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        switch (c) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&#39;", f); break;
        default:
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f)
                fputc(' ', f);
            else
                fputc(c, f);
        }
    }
}

/* Shortest decimal for display: %.12g hides binary noise of a scaled value
 * (834.5 from 83450000000/1e8) while keeping every digit news articles use. */
static void fmt_plain(double v, char *buf, size_t size)
{
    if (v == 0)
        v = 0; /* no "-0" */
    snprintf(buf, size, "%.12g", v);
    if (strchr(buf, 'e')) /* very large or small: fall back to fixed form */
        snprintf(buf, size, "%.2f", v);
}

static double round_to(double v, int decimals)
{
    if (decimals < 0 || !isfinite(v))
        return v;
    double k = pow(10, decimals);
    return round(v * k) / k;
}

/* Display names of contract units (the classifiers are already Chinese). */
static const char *unit_label(const char *unit)
{
    static const char *const map[][2] = {
        {"m2", "平方米"}, {"m3", "立方米"}, {"km", "公里"}, {"m", "米"}, {"t", "吨"},
        {"kWh", "千瓦时"}, {"MWh", "兆瓦时"}, {"GWh", "吉瓦时"}, {"kW", "千瓦"},
        {"USD", "美元"}, {"EUR", "欧元"}, {"HKD", "港元"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(unit, map[i][0]) == 0)
            return map[i][1];
    return unit;
}

/* A value as a Chinese reader writes it: 834.5亿元, 3.3%, 2.9个百分点,
 * 第1位, 15万人. bound adds > ≥ < ≤ ≈ in front. decimals < 0 shows a value
 * read from a document as it was written; a computed value (a gap, the
 * elapsed share of a year, a slope) is rounded to that many decimals after
 * scaling to 亿/万. Written to buf. */
static void fmt_value_(double v, const char *unit, zb_kind kind, zb_bound bound, int decimals,
                       char *buf, size_t size)
{
    static const char *const sign[ZB_BOUND_N] = {"", "&gt;", "≥", "&lt;", "≤", "≈"};
    char num[64];
    const char *pre = (unsigned)bound < ZB_BOUND_N ? sign[bound] : "";
    if (!unit)
        unit = "";
    if (kind == ZB_KIND_RANK || strcmp(unit, "rank") == 0) {
        fmt_plain(round_to(v, decimals), num, sizeof num);
        snprintf(buf, size, "%s第%s位", pre, num);
        return;
    }
    if (strcmp(unit, "%") == 0 || strcmp(unit, "pp") == 0) {
        fmt_plain(round_to(v, decimals), num, sizeof num);
        snprintf(buf, size, "%s%s%s", pre, num, unit[0] == '%' ? "%" : "个百分点");
        return;
    }
    const char *scale = "";
    double a = fabs(v);
    if (a >= 1e8) {
        v /= 1e8;
        scale = "亿";
    } else if (a >= 1e4) {
        v /= 1e4;
        scale = "万";
    }
    fmt_plain(round_to(v, decimals), num, sizeof num);
    const char *label = strcmp(unit, "CNY") == 0 ? "元" : unit_label(unit);
    snprintf(buf, size, "%s%s%s%s", pre, num, scale, label);
}

static void fmt_value(double v, const char *unit, zb_kind kind, zb_bound bound, char *buf, size_t size)
{
    fmt_value_(v, unit, kind, bound, -1, buf, size);
}

/* A computed number: two decimals at most (41.67%, +58.33个百分点). */
static void fmt_computed(double v, const char *unit, zb_kind kind, char *buf, size_t size)
{
    fmt_value_(v, unit, kind, ZB_BOUND_EQ, 2, buf, size);
}

/* Look up the quote of point p of series s in document doc. */
static const zb_smap_slot *find_quote(const zb_report *rep, const zb_series *s, const zb_point *p, const char *doc)
{
    const char *period = p->period ? p->period : "";
    char *k = quote_key(1, s->zone, s->indicator, s->kind, s->unit, s->basis, s->status, period, p->value, doc);
    const zb_smap_slot *e = k ? zb_smap_find(&rep->quotes, k) : NULL;
    free(k);
    if (!e) {
        k = quote_key(0, NULL, NULL, s->kind, s->unit, s->basis, s->status, period, p->value, doc);
        e = k ? zb_smap_find(&rep->quotes, k) : NULL;
        free(k);
    }
    return e;
}

/* One number with its provenance: the display value (exact value and the
 * first documents with their quotes in the title attribute), then a details
 * block (open when asked) listing the first LISTED_SOURCES documents with
 * their quotes, so a fact repeated by many documents stays one short cell. */
static void html_point_(FILE *f, const zb_report *rep, const zb_series *s, const zb_point *p, int open)
{
    char shown[160], exact[64];
    size_t ntitle = p->nsources < TITLE_SOURCES ? p->nsources : TITLE_SOURCES;
    size_t nlist = p->nsources < LISTED_SOURCES ? p->nsources : LISTED_SOURCES;
    fmt_value(p->value, s->unit, s->kind, p->bound, shown, sizeof shown);
    zb_format_number(p->value, 1, exact, sizeof exact);
    fputs("<span class=\"num\" title=\"", f);
    html_text(f, exact);
    fputc(' ', f);
    html_text(f, s->unit);
    for (size_t i = 0; i < ntitle; i++) {
        const zb_smap_slot *q = find_quote(rep, s, p, p->sources[i]);
        fputs("&#10;", f);
        html_text(f, p->sources[i]);
        fputs(": ", f);
        html_text(f, slot_text(q) ? slot_text(q) : "(无原文)");
    }
    if (ntitle < p->nsources)
        fprintf(f, "&#10;… %zu more", p->nsources - ntitle);
    fprintf(f, "\">%s</span>", shown); /* shown holds no document text */
    if (p->conflict)
        fputs(" <span class=\"badge warn\">冲突</span>", f);
    fprintf(f, "<details class=\"src\"%s><summary>来源 %zu</summary><ul>", open ? " open" : "", p->nsources);
    for (size_t i = 0; i < nlist; i++) {
        const zb_smap_slot *q = find_quote(rep, s, p, p->sources[i]);
        fputs("<li><b>", f);
        html_text(f, p->sources[i]);
        fputs("</b> <q>", f);
        html_text(f, slot_text(q) ? slot_text(q) : "(无原文)");
        fputs("</q></li>", f);
    }
    if (nlist < p->nsources)
        fprintf(f, "<li>… %zu more documents (all in series.jsonl)</li>", p->nsources - nlist);
    fputs("</ul></details>", f);
}

static void html_point(FILE *f, const zb_report *rep, const zb_series *s, const zb_point *p)
{
    html_point_(f, rep, s, p, 0);
}

/* A zone as display_name chose it when first seen. */
static const char *zone_display(const zb_report *rep, const char *zone)
{
    const zb_smap_slot *e = zone ? zb_smap_find(&rep->zone_names, zone) : NULL;
    return slot_text(e) ? slot_text(e) : zone;
}

static void html_series_name(FILE *f, const zb_report *rep, const zb_series *s)
{
    html_text(f, display_name(rep, 'I', s->nnames ? s->names[0] : NULL, s->indicator));
    if (s->basis && strcmp(s->basis, "yoy") == 0)
        fputs(" <small>同比</small>", f);
    else if (s->basis && strcmp(s->basis, "mom") == 0)
        fputs(" <small>环比</small>", f);
    else if (s->basis) {
        fputs(" <small>", f);
        html_text(f, s->basis);
        fputs("</small>", f);
    }
}

static const char *status_label(zb_status st)
{
    switch (st) {
    case ZB_STATUS_ACTUAL: return "实际";
    case ZB_STATUS_ESTIMATE: return "预计";
    case ZB_STATUS_TARGET: return "目标";
    default: return "";
    }
}

static void html_period(FILE *f, const zb_point *p)
{
    html_text(f, p && p->period && p->period[0] ? p->period : "—");
}

/* The verdict cell of a comparison: met / missed / open / ahead / behind. */
static void html_verdict(FILE *f, const zb_comparison *c)
{
    switch (c->type) {
    case ZB_COMPARE_PAIR:
        if (c->met == 1)
            fputs("<span class=\"badge ok\">达成 met</span>", f);
        else if (c->met == 0)
            fputs("<span class=\"badge bad\">未达成 missed</span>", f);
        else
            fputs("<span class=\"badge open\">无法判断</span>", f);
        break;
    case ZB_COMPARE_OPEN:
        fputs("<span class=\"badge open\">待定 open</span>", f);
        break;
    case ZB_COMPARE_CALENDAR:
        if (c->has_gap && c->gap >= 0)
            fputs("<span class=\"badge ok\">超序时 ahead</span>", f);
        else if (c->has_gap)
            fputs("<span class=\"badge bad\">落后序时 behind</span>", f);
        else
            fputs("<span class=\"badge open\">序时 calendar</span>", f);
        break;
    case ZB_COMPARE_UNITS:
        fputs("<span class=\"badge open\">单位不同</span>", f);
        break;
    default:
        break;
    }
}

static void html_comparison(FILE *f, const zb_report *rep, const zb_comparison *c)
{
    char buf[160];
    const zb_series *ts = c->target_series;
    fputs("<tr><td>", f);
    html_series_name(f, rep, ts);
    fputs("</td><td>", f);
    html_period(f, c->target);
    fputs("</td><td>", f);
    if (c->type == ZB_COMPARE_CALENDAR)
        fputs("<small>年度计划完成</small> ", f);
    if (c->target)
        html_point(f, rep, ts, c->target);
    fputs("</td><td>", f);
    if (c->type == ZB_COMPARE_CALENDAR) {
        fmt_computed(c->elapsed_pct, "%", ZB_KIND_SHARE, buf, sizeof buf);
        fprintf(f, "<small>序时进度</small> %s", buf);
    } else if (c->actual && c->actual_series) {
        html_point(f, rep, c->actual_series, c->actual);
        if (c->type == ZB_COMPARE_OPEN || cmp_nullable(c->actual->period, c->target ? c->target->period : NULL)) {
            fputs(" <small>(", f);
            html_period(f, c->actual);
            fputs(")</small>", f);
        }
    } else
        fputs("—", f);
    fputs("</td><td class=\"r\">", f);
    if (c->has_achievement) {
        fprintf(f, "%.1f%%", c->achievement_pct);
    } else
        fputs("—", f);
    fputs("</td><td class=\"r\">", f);
    if (c->has_gap) {
        const char *unit = (c->type == ZB_COMPARE_CALENDAR || ts->kind == ZB_KIND_GROWTH || ts->kind == ZB_KIND_SHARE)
                               ? "pp" : ts->unit;
        if (ts->kind == ZB_KIND_RANK)
            unit = "名"; /* a gap of places: "+2名", not "第2位" */
        fmt_computed(c->gap, unit, ZB_KIND_AMOUNT, buf, sizeof buf);
        fprintf(f, "%s%s", c->gap > 0 ? "+" : "", buf);
    } else
        fputs("—", f);
    fputs("</td><td>", f);
    html_verdict(f, c);
    if (c->type == ZB_COMPARE_CALENDAR && c->stated && c->stated_series) {
        fputs("<br><small>文中称</small> ", f);
        html_point(f, rep, c->stated_series, c->stated);
        if (c->stated_holds == 1)
            fputs(" <span class=\"badge ok\">相符</span>", f);
        else if (c->stated_holds == 0)
            fputs(" <span class=\"badge bad\">不符</span>", f);
    }
    fputs("</td></tr>\n", f);
}

/* Distinct zones of the finished set, sorted (NULL, "no zone", last). */
static int zone_cmp(const void *a, const void *b)
{
    return cmp_nullable(*(const char *const *)a, *(const char *const *)b);
}

static int collect_zones(const zb_report *rep, const char ***out, size_t *n)
{
    size_t ns = zb_series_set_count(rep->set), cnt = 0;
    const char **z = malloc((ns + rep->ncharts + 1) * sizeof *z);
    if (!z)
        return ZB_ENOMEM;
    for (size_t i = 0; i < ns; i++)
        z[cnt++] = zb_series_set_get(rep->set, i)->zone;
    for (size_t i = 0; i < rep->ncharts; i++)
        if (rep->charts[i].zone)
            z[cnt++] = rep->charts[i].zone;
    qsort(z, cnt, sizeof *z, zone_cmp);
    size_t u = 0;
    for (size_t i = 0; i < cnt; i++)
        if (u == 0 || cmp_nullable(z[u - 1], z[i]) != 0)
            z[u++] = z[i];
    *out = z;
    *n = u;
    return ZB_OK;
}

static int same_zone(const char *a, const char *b)
{
    return cmp_nullable(a, b) == 0;
}

/* A picture a browser shows in <img>: .png, .svg, .jpg, .gif. */
static int is_picture(const char *path)
{
    static const char *const ext[] = {".png", ".svg", ".jpg", ".gif"};
    size_t n = strlen(path);
    for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++)
        if (n > 4 && strcmp(path + n - 4, ext[i]) == 0)
            return 1;
    return 0;
}

static void html_charts(FILE *f, const zb_report *rep, const char *zone, int overview)
{
    int any = 0;
    for (size_t i = 0; i < rep->ncharts; i++) {
        const chart *c = &rep->charts[i];
        if (overview ? c->zone != NULL : (!c->zone || !same_zone(c->zone, zone)))
            continue;
        if (!any)
            fputs("<div class=\"charts\">\n", f);
        any = 1;
        const char *caption = c->caption ? c->caption : c->path;
        if (!is_picture(c->path)) { /* not rendered: link the script */
            fputs("<figure class=\"script\"><a href=\"", f);
            html_text(f, c->path);
            fputs("\">", f);
            html_text(f, caption);
            fputs("</a><figcaption>gnuplot: ", f);
            html_text(f, c->path);
            fputs("</figcaption></figure>\n", f);
            continue;
        }
        fputs("<figure><a href=\"", f);
        html_text(f, c->path);
        fputs("\"><img src=\"", f);
        html_text(f, c->path);
        fputs("\" alt=\"", f);
        html_text(f, caption);
        fputs("\"></a><figcaption>", f);
        html_text(f, caption);
        fputs("</figcaption></figure>\n", f);
    }
    if (any)
        fputs("</div>\n", f);
}

/* The trend cell of a series: CAGR for levels, else the slope per year. */
static void html_trend(FILE *f, const zb_series *s)
{
    zb_trend t;
    if (s->npoints < 2 || zb_series_trend(s, &t, NULL, NULL) != ZB_OK) {
        fputs("—", f);
        return;
    }
    if (t.has_cagr)
        fprintf(f, "年均 %+.1f%%", t.cagr_pct);
    else if (t.has_slope) {
        char buf[160];
        const char *unit = (s->kind == ZB_KIND_GROWTH || s->kind == ZB_KIND_SHARE) ? "pp" : s->unit;
        fmt_computed(t.slope, s->kind == ZB_KIND_RANK ? "名" : unit, ZB_KIND_AMOUNT, buf, sizeof buf);
        fprintf(f, "%s%s/年", t.slope > 0 ? "+" : "", buf);
    } else
        fputs("—", f);
}

/* Series listed in a zone's series table: its results and estimates
 * (every target already has a row in the comparison table). */
static int shown_in_series_table(const zb_series *s, const char *zone)
{
    return same_zone(s->zone, zone) && s->npoints && s->status != ZB_STATUS_TARGET;
}

static void html_zone(FILE *f, const zb_report *rep, const char *zone, size_t idx)
{
    size_t ns = zb_series_set_count(rep->set);
    fprintf(f, "<section id=\"zone-%zu\">\n<h2>", idx);
    if (zone)
        html_text(f, zone_display(rep, zone));
    else
        fputs("未注明地区 <small>(no zone named)</small>", f);
    fputs("</h2>\n", f);
    html_charts(f, rep, zone, 0);

    /* targets against results */
    size_t nc = 0;
    for (size_t i = 0; i < rep->ncmp; i++)
        if (same_zone(rep->cmp[i].target_series->zone, zone))
            nc++;
    if (nc) {
        fprintf(f, "<h3>目标与结果 <small>targets against results (%zu)</small></h3>\n", nc);
        fputs("<table class=\"cmp\"><thead><tr><th>指标</th><th>期间</th><th>目标</th><th>结果</th>"
              "<th>完成率</th><th>差距</th><th>判断</th></tr></thead><tbody>\n", f);
        for (size_t i = 0; i < rep->ncmp; i++)
            if (same_zone(rep->cmp[i].target_series->zone, zone))
                html_comparison(f, rep, &rep->cmp[i]);
        fputs("</tbody></table>\n", f);
    }

    /* conflicts: one row per conflicting point */
    size_t nconf = 0;
    for (size_t i = 0; i < ns; i++) {
        const zb_series *s = zb_series_set_get(rep->set, i);
        if (same_zone(s->zone, zone))
            nconf += s->nconflicts;
    }
    if (nconf) {
        fprintf(f, "<h3>数据冲突 <small>conflicts (%zu)</small></h3>\n", nconf);
        fputs("<table class=\"conf\"><thead><tr><th>指标</th><th>类别</th><th>期间</th><th>数值</th></tr></thead><tbody>\n", f);
        for (size_t i = 0; i < ns; i++) {
            const zb_series *s = zb_series_set_get(rep->set, i);
            if (!same_zone(s->zone, zone) || !s->nconflicts)
                continue;
            for (size_t j = 0; j < s->npoints; j++) {
                const zb_point *p = &s->points[j];
                if (!p->conflict)
                    continue;
                fputs("<tr><td>", f);
                html_series_name(f, rep, s);
                fprintf(f, "</td><td>%s</td><td>", status_label(s->status));
                html_period(f, p);
                fputs("</td><td>", f);
                html_point_(f, rep, s, p, 1); /* conflicts: sources open */
                fputs("</td></tr>\n", f);
            }
        }
        fputs("</tbody></table>\n", f);
    }

    /* results and estimates of the zone (targets are in the table above) */
    size_t nser = 0;
    for (size_t i = 0; i < ns; i++)
        if (shown_in_series_table(zb_series_set_get(rep->set, i), zone))
            nser++;
    if (nser) {
        fprintf(f, "<h3>指标 <small>reported figures, by series (%zu)</small></h3>\n", nser);
        fputs("<table class=\"ser\"><thead><tr><th>指标</th><th>类别</th><th>点数</th><th>期间</th>"
              "<th>最新值</th><th>趋势</th></tr></thead><tbody>\n", f);
        for (size_t i = 0; i < ns; i++) {
            const zb_series *s = zb_series_set_get(rep->set, i);
            if (!shown_in_series_table(s, zone))
                continue;
            const zb_point *last = &s->points[s->npoints - 1];
            fputs("<tr><td>", f);
            html_series_name(f, rep, s);
            fprintf(f, "</td><td>%s</td><td class=\"r\">%zu</td><td>", status_label(s->status), s->npoints);
            if (s->npoints > 1 && cmp_nullable(s->points[0].period, last->period) != 0) {
                html_period(f, &s->points[0]);
                fputs("–", f);
            }
            html_period(f, last);
            fputs("</td><td>", f);
            html_point(f, rep, s, last);
            fputs("</td><td>", f);
            html_trend(f, s);
            fputs("</td></tr>\n", f);
        }
        fputs("</tbody></table>\n", f);
    }
    fputs("</section>\n", f);
}

/* Verdict counts of one zone, in the overview's column order. */
enum { V_MET, V_MISSED, V_OPEN, V_AHEAD, V_BEHIND, V_N };

static int verdict(const zb_comparison *c)
{
    switch (c->type) {
    case ZB_COMPARE_PAIR: return c->met == 1 ? V_MET : c->met == 0 ? V_MISSED : V_OPEN;
    case ZB_COMPARE_OPEN: return V_OPEN;
    case ZB_COMPARE_CALENDAR: return !c->has_gap ? V_OPEN : c->gap >= 0 ? V_AHEAD : V_BEHIND;
    default: return -1; /* units differ: not a verdict */
    }
}

/* One row per zone: figures, series, targets by verdict, conflicts; the
 * zone name links to its section. */
static void html_overview(FILE *f, const zb_report *rep, const char *const *zones, size_t nz)
{
    static const char *const head[V_N] = {"达成 met", "未达成 missed", "待定 open", "超序时 ahead",
                                          "落后序时 behind"};
    static const char *const cls[V_N] = {"ok", "bad", "open", "ok", "bad"};
    size_t ns = zb_series_set_count(rep->set);
    fputs("<table class=\"overview\"><thead><tr><th>地区 zone</th><th>记录 records</th><th>序列 series</th>", f);
    for (int v = 0; v < V_N; v++)
        fprintf(f, "<th>%s</th>", head[v]);
    fputs("<th>冲突 conflicts</th></tr></thead><tbody>\n", f);
    for (size_t z = 0; z < nz; z++) {
        size_t nrec = 0, nser = 0, nconf = 0, count[V_N] = {0};
        for (size_t i = 0; i < ns; i++) {
            const zb_series *s = zb_series_set_get(rep->set, i);
            if (same_zone(s->zone, zones[z]))
                nser++, nrec += s->nrecords, nconf += s->nconflicts;
        }
        for (size_t i = 0; i < rep->ncmp; i++) {
            int v = verdict(&rep->cmp[i]);
            if (v >= 0 && same_zone(rep->cmp[i].target_series->zone, zones[z]))
                count[v]++;
        }
        fprintf(f, "<tr><td><a href=\"#zone-%zu\">", z + 1);
        if (zones[z])
            html_text(f, zone_display(rep, zones[z]));
        else
            fputs("未注明地区", f);
        fprintf(f, "</a></td><td class=\"r\">%zu</td><td class=\"r\">%zu</td>", nrec, nser);
        for (int v = 0; v < V_N; v++)
            if (count[v])
                fprintf(f, "<td class=\"r\"><span class=\"badge %s\">%zu</span></td>", cls[v], count[v]);
            else
                fputs("<td class=\"r\">·</td>", f);
        if (nconf)
            fprintf(f, "<td class=\"r\"><span class=\"badge warn\">%zu</span></td></tr>\n", nconf);
        else
            fputs("<td class=\"r\">·</td></tr>\n", f);
    }
    fputs("</tbody></table>\n", f);
}

static const char page_css[] =
    "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif;"
    "margin:0 auto;max-width:1180px;padding:16px 24px;color:#222;background:#fff;line-height:1.5}\n"
    "h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.3em;border-bottom:2px solid #1f77b4;padding-bottom:2px;margin-top:1.6em}\n"
    "h3{font-size:1.05em;margin:1.2em 0 .4em}h2 small,h3 small{color:#666;font-weight:normal}\n"
    ".meta{color:#555}a{color:#1f4f8f}table.overview{width:auto;min-width:60%}table.overview td:first-child{white-space:nowrap}\n"
    "table{border-collapse:collapse;width:100%;font-size:.92em;margin-bottom:.6em}\n"
    "th,td{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}\n"
    "th{background:#f2f5f9}tbody tr:nth-child(even){background:#fafbfc}td.r{text-align:right;white-space:nowrap}\n"
    ".num{font-weight:600;white-space:nowrap}\n"
    "details.src{display:inline-block;vertical-align:top;font-size:.82em;color:#555;margin-left:.5em}details.src summary{display:inline;cursor:pointer;color:#1f4f8f}details.src summary::before{content:\"▸ \"}details.src[open] summary::before{content:\"▾ \"}\n"
    "details.src ul{margin:.2em 0;padding-left:1.2em}details.src q{color:#333}\n"
    ".badge{display:inline-block;padding:0 6px;border-radius:3px;font-size:.85em;white-space:nowrap}\n"
    ".ok{background:#e3f4e3;color:#1b6e1b}.bad{background:#fbe3e3;color:#a11d1d}"
    ".open{background:#eee;color:#555}.warn{background:#fff1d6;color:#8a5a00}\n"
    ".charts{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}figure{margin:0;flex:0 1 auto;max-width:100%}\n"
    "figure img{display:block;max-width:min(100%,576px);max-height:640px;width:auto;height:auto;border:1px solid #eee}figure.script{flex:0 1 auto;align-self:flex-start;padding:6px;border:1px dashed #ccc}figcaption{font-size:.85em;color:#555}\n"
    "footer{margin-top:2em;color:#777;font-size:.85em}\n";

int zb_report_write_html(const zb_report *rep, FILE *f, zb_error *err)
{
    if (!rep->finished)
        return zb_error_set(err, ZB_EUSAGE, "report not finished");
    const char **zones = NULL;
    size_t nz = 0;
    if (collect_zones(rep, &zones, &nz) != ZB_OK)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    size_t ns = zb_series_set_count(rep->set), nconf = 0;
    for (size_t i = 0; i < ns; i++)
        nconf += zb_series_set_get(rep->set, i)->nconflicts;

    fputs("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<title>zhibiao 指标报告</title>\n<style>\n", f);
    fputs(page_css, f);
    fputs("</style>\n</head>\n<body>\n<h1>zhibiao 指标报告</h1>\n", f);
    fprintf(f, "<p class=\"meta\">%zu 篇文档 documents · %zu 条记录 records · %zu 个序列 series · "
               "%zu 项目标对比 comparisons · %zu 处冲突 conflicts · %zu 个地区 zones</p>\n",
            rep->ndocs, rep->nrecords, ns, rep->ncmp, nconf, nz);
    if (nz)
        html_overview(f, rep, zones, nz);
    size_t noverview = 0;
    for (size_t i = 0; i < rep->ncharts; i++)
        noverview += rep->charts[i].zone == NULL;
    if (noverview) {
        fputs("<section id=\"overview\">\n<h2>地区之间 <small>across zones</small></h2>\n", f);
        html_charts(f, rep, NULL, 1);
        fputs("</section>\n", f);
    }
    for (size_t i = 0; i < nz; i++)
        html_zone(f, rep, zones[i], i + 1);

    fputs("<section id=\"documents\">\n<h2>文档 <small>documents</small></h2>\n<table class=\"docs\"><thead>"
          "<tr><th>文档</th><th>记录数</th></tr></thead><tbody>\n", f);
    for (size_t i = 0; i < rep->ndocs; i++) {
        fputs("<tr><td>", f);
        html_text(f, rep->docs[i].name);
        fprintf(f, "</td><td class=\"r\">%zu</td></tr>\n", rep->docs[i].nrecords);
    }
    fputs("</tbody></table>\n</section>\n", f);
    fputs("<footer>zhibiao " ZB_VERSION ". 数据文件 files: <a href=\"records.jsonl\">records.jsonl</a> · "
          "<a href=\"series.jsonl\">series.jsonl</a> · <a href=\"trend.jsonl\">trend.jsonl</a> · "
          "<a href=\"compare.jsonl\">compare.jsonl</a> · <a href=\"indicators.xlsx\">indicators.xlsx</a> · "
          "<a href=\"indicators.csv\">indicators.csv</a></footer>\n</body>\n</html>\n", f);
    free(zones);
    if (ferror(f))
        return zb_error_set(err, ZB_EIO, "write error");
    return ZB_OK;
}

/* ------------------------------------------------------------- the run */

void zb_report_opts_init(zb_report_opts *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->render = ZB_PLOT_PNG;
}

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void zb_report_inputs_free(char **files, size_t n)
{
    for (size_t i = 0; files && i < n; i++)
        free(files[i]);
    free(files);
}

/* Append path (a copy) to the list. */
static int push_path(char ***list, size_t *n, size_t *cap, const char *dir, const char *name)
{
    if (zb_grow(list, cap, *n, sizeof **list, 16) != 0)
        return ZB_ENOMEM;
    size_t len = (dir ? strlen(dir) + 1 : 0) + strlen(name) + 1;
    char *p = malloc(len);
    if (!p)
        return ZB_ENOMEM;
    if (dir)
        snprintf(p, len, "%s%s%s", dir, dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/", name);
    else
        snprintf(p, len, "%s", name);
    (*list)[(*n)++] = p;
    return ZB_OK;
}

/* The regular files of directory dir, sorted, appended to the list. */
static int list_dir(const char *dir, char ***list, size_t *n, size_t *cap, zb_error *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return zb_error_set(err, ZB_EIO, "%s: %s", dir, strerror(errno));
    size_t first = *n;
    int rc = ZB_OK;
    struct dirent *e;
    while (rc == ZB_OK && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if ((rc = push_path(list, n, cap, dir, e->d_name)) != ZB_OK) {
            rc = zb_error_set(err, rc, "out of memory");
            break;
        }
        struct stat st;
        if (stat((*list)[*n - 1], &st) != 0 || !S_ISREG(st.st_mode))
            free((*list)[--*n]); /* subdirectory, broken link, device: not a document */
    }
    closedir(d);
    if (rc == ZB_OK && *n == first)
        rc = zb_error_set(err, ZB_EIO, "%s: no files in this directory", dir);
    if (rc == ZB_OK)
        qsort(*list + first, *n - first, sizeof **list, str_cmp);
    return rc;
}

int zb_report_inputs(const char *const *paths, size_t n, char ***out, size_t *nout, zb_error *err)
{
    char **list = NULL;
    size_t cnt = 0, cap = 0;
    int rc = ZB_OK;
    *out = NULL;
    *nout = 0;
    for (size_t i = 0; i < n && rc == ZB_OK; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0)
            rc = zb_error_set(err, ZB_EIO, "%s: %s", paths[i], strerror(errno));
        else if (S_ISDIR(st.st_mode))
            rc = list_dir(paths[i], &list, &cnt, &cap, err);
        else if (push_path(&list, &cnt, &cap, NULL, paths[i]) != ZB_OK)
            rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
    }
    if (rc != ZB_OK) {
        zb_report_inputs_free(list, cnt);
        return rc;
    }
    *out = list;
    *nout = cnt;
    return ZB_OK;
}

/* mkdir -p: create dir and its parents; an existing directory is fine. */
static int mkdir_p(const char *dir, zb_error *err)
{
    char *p = strdup(dir);
    if (!p)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    int rc = ZB_OK;
    for (char *s = p + 1;; s++) {
        if (*s != '/' && *s != '\0')
            continue;
        char c = *s;
        *s = '\0';
        struct stat st;
        if (mkdir(p, 0777) != 0 && errno != EEXIST)
            rc = zb_error_set(err, ZB_EIO, "%s: cannot create directory: %s", p, strerror(errno));
        else if (stat(p, &st) != 0 || !S_ISDIR(st.st_mode))
            rc = zb_error_set(err, ZB_EIO, "%s: not a directory", p);
        *s = c;
        if (rc != ZB_OK || c == '\0')
            break;
    }
    free(p);
    return rc;
}

/* Remove the staging tree (only what this run created: files and one level
 * of subdirectories such as charts/). */
static void remove_tree(const char *dir)
{
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
                continue;
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            struct stat st;
            if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
                remove_tree(path);
            else
                unlink(path);
        }
        closedir(d);
    }
    rmdir(dir);
}

static char *path_join(const char *dir, const char *name)
{
    return zb_strdupf("%s/%s", dir, name);
}

/* The state of one run, shared with the extraction callback. */
typedef struct run {
    const zb_report_opts *opts;
    zb_report *rep;
    const zb_aliases *aliases;
    zb_outfile records;
    zb_export *csv, *xlsx;
    const char *path;       /* input being extracted */
    zb_error cb_err;        /* what stopped the callback */
    size_t nrecords;
    size_t nrejected;
    zb_report_progress prog;
} run;

static void extract_warn(void *user, size_t offset, const char *message)
{
    run *r = user;
    zb_warnf(r->opts->warn, r->opts->warn_user, "%s: byte %zu: %s", r->path, offset, message);
}

/* Tell the caller where the run is; ZB_EUSAGE when it asks to stop. */
static int progress(run *r, const char *phase, zb_error *err)
{
    r->prog.phase = phase;
    if (r->opts->progress && r->opts->progress(r->opts->progress_user, &r->prog) != 0)
        return zb_error_set(err, ZB_EUSAGE, "stopped");
    return ZB_OK;
}

/* Called per extracted record: to records.jsonl, both spreadsheets, the page. */
static int on_record(void *user, const zb_record *rec)
{
    run *r = user;
    zb_error *e = &r->cb_err;
    if (zb_record_write(r->records.fp, rec, e) != ZB_OK)
        return 1;
    if (r->csv && zb_export_add_record(r->csv, rec, e) != ZB_OK)
        return 1;
    if (r->xlsx && zb_export_add_record(r->xlsx, rec, e) != ZB_OK)
        return 1;
    int rc = zb_report_add_record(r->rep, rec, e);
    if (rc == ZB_EINVALID) {
        /* the record is kept in records.jsonl; only the series leave it out */
        zb_warnf(r->opts->warn, r->opts->warn_user, "%s: %s (left out of the series)", r->path,
                 e->message);
        r->nrejected++;
        rc = ZB_OK;
    }
    if (rc != ZB_OK)
        return 1;
    r->nrecords++;
    return 0;
}

/* Write one JSON line per item made by make(i); NULL from make is ENOMEM,
 * skip(i) non-zero leaves item i out. */
typedef struct lines_tail {
    FILE *fp;
    zb_error *err;
    const zb_series_set *set;
} lines_tail;

static int write_derived(void *user, const zb_record *r)
{
    lines_tail *t = user;
    return zb_record_write(t->fp, r, t->err) != ZB_OK;
}

/* After the comparisons, the implied figures as derived records, as
 * `zhibiao compare` writes them by default. */
static int derive_tail(lines_tail *t)
{
    int rc = zb_compare_derive(t->set, write_derived, t, t->err);
    return rc > 0 ? (t->err && t->err->code ? t->err->code : ZB_EIO) : rc;
}

static int write_lines(const char *path, size_t n, char *(*make)(void *ctx, size_t i, int *skip),
                       void *ctx, int (*tail)(lines_tail *t), const zb_series_set *set, zb_error *err)
{
    zb_outfile o;
    int rc = zb_outfile_open(&o, path, err);
    if (rc != ZB_OK)
        return rc;
    for (size_t i = 0; i < n && rc == ZB_OK; i++) {
        int skip = 0;
        char *line = make(ctx, i, &skip);
        if (skip)
            continue;
        if (!line)
            rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        else if (fputs(line, o.fp) == EOF || fputc('\n', o.fp) == EOF)
            rc = zb_error_set(err, ZB_EIO, "%s: write error: %s", path, strerror(errno));
        free(line);
    }
    if (rc == ZB_OK && tail) {
        lines_tail t = {o.fp, err, set};
        rc = tail(&t);
    }
    if (rc != ZB_OK) {
        zb_outfile_abort(&o);
        return rc;
    }
    return zb_outfile_commit(&o, err);
}

static char *make_series(void *ctx, size_t i, int *skip)
{
    const zb_series_set *set = ctx;
    (void)skip;
    return zb_series_to_json(set, zb_series_set_get(set, i));
}

static char *make_trend(void *ctx, size_t i, int *skip)
{
    const zb_series *s = zb_series_set_get(ctx, i);
    zb_trend t;
    /* as `zhibiao trend`: series of two points or more, with periods */
    if (s->npoints < 2 || s->period_type == ZB_PERIOD_NONE || zb_series_trend(s, &t, NULL, NULL) != ZB_OK) {
        *skip = 1;
        return NULL;
    }
    return zb_trend_to_json(s, &t, NULL);
}

static char *make_compare(void *ctx, size_t i, int *skip)
{
    (void)skip;
    return zb_comparison_to_json(&((const zb_comparison *)ctx)[i]);
}

/* The files of a finished run, moved into place in this order; index.html
 * is handled apart (removed first, moved last). */
static const char *const outputs[] = {
    "records.jsonl", "series.jsonl", "trend.jsonl", "compare.jsonl",
    "indicators.csv", "indicators.xlsx",
};
#define NOUTPUTS (sizeof outputs / sizeof outputs[0])

/* rename stage/name -> outdir/name when stage/name exists. */
static int move_one(const char *stage, const char *outdir, const char *name, zb_error *err)
{
    char *from = path_join(stage, name), *to = path_join(outdir, name);
    int rc = ZB_OK;
    if (!from || !to)
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
    else if (rename(from, to) != 0 && errno != ENOENT)
        rc = zb_error_set(err, ZB_EIO, "%s: cannot move into place: %s", to, strerror(errno));
    free(from);
    free(to);
    return rc;
}

/* A file name the plot module writes: charts.jsonl, or TYPE-NNN.EXT with a
 * chart type and an extension of a script or picture. */
static int chart_file_name(const char *name)
{
    static const char *const types[] = {"trend-", "targets-", "rank-", "multiples-"};
    static const char *const exts[] = {".gp", ".png", ".svg", ".pdf"};
    if (strcmp(name, "charts.jsonl") == 0)
        return 1;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        size_t tl = strlen(types[i]);
        if (strncmp(name, types[i], tl) != 0)
            continue;
        const char *p = name + tl, *digits = p;
        while (*p >= '0' && *p <= '9')
            p++;
        for (size_t j = 0; p > digits && j < sizeof exts / sizeof exts[0]; j++)
            if (strcmp(p, exts[j]) == 0)
                return 1;
    }
    return 0;
}

/* Remove the chart files of an earlier run from dir (a picture of another
 * format or a chart number this run does not reach would be stale). Other
 * files are left alone. */
static int clear_charts(const char *dir, zb_error *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return errno == ENOENT ? ZB_OK : zb_error_set(err, ZB_EIO, "%s: %s", dir, strerror(errno));
    int rc = ZB_OK;
    struct dirent *e;
    while (rc == ZB_OK && (e = readdir(d)) != NULL) {
        if (!chart_file_name(e->d_name))
            continue;
        char *p = path_join(dir, e->d_name);
        if (!p)
            rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        else if (unlink(p) != 0 && errno != ENOENT)
            rc = zb_error_set(err, ZB_EIO, "%s: %s", p, strerror(errno));
        free(p);
    }
    closedir(d);
    return rc;
}

/* Move the files of stage/sub (charts) into outdir/sub, sorted, after
 * clearing the chart files of an earlier run there. */
static int move_dir(const char *stage, const char *outdir, const char *sub, zb_error *err)
{
    char *from = path_join(stage, sub), *to = path_join(outdir, sub);
    char **files = NULL;
    size_t n = 0, cap = 0;
    int rc = ZB_OK;
    struct stat st;
    if (!from || !to) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    if (stat(from, &st) != 0)
        goto out; /* nothing made there */
    DIR *d = opendir(from);
    if (!d) {
        rc = zb_error_set(err, ZB_EIO, "%s: %s", from, strerror(errno));
        goto out;
    }
    struct dirent *e;
    while (rc == ZB_OK && (e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") &&
            push_path(&files, &n, &cap, NULL, e->d_name) != ZB_OK)
            rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
    closedir(d);
    if (rc == ZB_OK)
        rc = clear_charts(to, err);
    if (rc == ZB_OK && n)
        rc = mkdir_p(to, err);
    for (size_t i = 0; i < n && rc == ZB_OK; i++)
        rc = move_one(from, to, files[i], err);
out:
    zb_report_inputs_free(files, n);
    free(from);
    free(to);
    return rc;
}

static int commit_stage(const char *stage, const char *outdir, zb_error *err)
{
    char *index = path_join(outdir, "index.html");
    if (!index)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    int rc = ZB_OK;
    if (unlink(index) != 0 && errno != ENOENT)
        rc = zb_error_set(err, ZB_EIO, "%s: %s", index, strerror(errno));
    free(index);
    for (size_t i = 0; i < NOUTPUTS && rc == ZB_OK; i++)
        rc = move_one(stage, outdir, outputs[i], err);
    if (rc == ZB_OK)
        rc = move_dir(stage, outdir, "charts", err);
    if (rc == ZB_OK)
        rc = move_one(stage, outdir, "index.html", err);
    return rc;
}

static const char *base_name(const char *path)
{
    const char *b = strrchr(path, '/');
    return b ? b + 1 : path;
}

/* The first line of gnuplot's complaint, without the script path it
 * starts with (a staging path the user never sees). */
static void first_line(const char *log, char *buf, size_t size)
{
    const char *p = log;
    if (*p == '"' && (p = strchr(p + 1, '"')) != NULL)
        p++;
    else
        p = log;
    p += strspn(p, " ");
    size_t n = strcspn(p, "\r\n");
    snprintf(buf, size, "%.*s", (int)(n < size ? n : size - 1), p);
}

/* Per chart written by the plot module: show it on the page in its zone's
 * section. A picture gnuplot made with a warning is still shown (the
 * warning is passed on); without a picture the script is linked. */
static int on_chart(void *user, const zb_chart *c)
{
    run *r = user;
    const char *ext = zb_plot_format_name(r->opts->render);
    char pic[4096];
    const char *file = c->image;
    if (!file && r->opts->render != ZB_PLOT_NONE && ext) {
        snprintf(pic, sizeof pic, "%.*s.%s", (int)(strlen(c->script) - 3), c->script, ext);
        if (access(pic, R_OK) == 0)
            file = pic;
    }
    if (!file)
        file = c->script;
    char *rel = path_join("charts", base_name(file));
    if (!rel) {
        zb_error_set(&r->cb_err, ZB_ENOMEM, "out of memory");
        return 1;
    }
    int rc = zb_report_add_chart(r->rep, c->zone, rel, c->title, &r->cb_err);
    if (rc == ZB_OK)
        rc = progress(r, "charts", &r->cb_err);
    if (c->render_log && c->render_log[0]) {
        char msg[300];
        first_line(c->render_log, msg, sizeof msg);
        zb_warnf(r->opts->warn, r->opts->warn_user, "charts/%s.gp: gnuplot: %s", c->name, msg);
    }
    free(rel);
    return rc != ZB_OK;
}

/* Charts of the finished set into stage/charts (scripts always, pictures
 * when asked and gnuplot and a CJK font are there). */
static int make_charts(run *r, const char *stage, size_t *ncharts, zb_error *err)
{
    char *dir = path_join(stage, "charts");
    if (!dir)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    zb_plot_opts po;
    memset(&po, 0, sizeof po);
    po.dir = dir;
    po.render = r->opts->render;
    zb_plot_result res;
    memset(&res, 0, sizeof res);
    int rc = zb_plot_write_all(zb_report_series(r->rep), r->aliases, &po, on_chart, r, &res, err);
    free(dir);
    if (rc > 0) {
        if (err)
            *err = r->cb_err;
        rc = r->cb_err.code ? r->cb_err.code : ZB_ENOMEM;
    }
    if (rc != ZB_OK)
        return rc;
    if (res.render_skipped == ZB_PLOT_SKIP_NO_GNUPLOT)
        zb_warnf(r->opts->warn, r->opts->warn_user,
                 "gnuplot not found: chart scripts written to charts/, no pictures");
    else if (res.render_skipped == ZB_PLOT_SKIP_NO_FONT)
        zb_warnf(r->opts->warn, r->opts->warn_user,
                 "no CJK font (fc-list :lang=zh): chart scripts written to charts/, no pictures");
    if (res.failed)
        zb_warnf(r->opts->warn, r->opts->warn_user, "%zu of %zu charts did not render cleanly",
                 res.failed, res.charts);
    *ncharts = res.charts;
    return ZB_OK;
}

static int open_exports(run *r, const char *stage, zb_error *err)
{
    zb_export_opts eo;
    zb_export_opts_init(&eo);
    eo.warn = r->opts->warn;
    eo.warn_user = r->opts->warn_user;
    char *csv = path_join(stage, "indicators.csv"), *xlsx = path_join(stage, "indicators.xlsx");
    int rc = ZB_OK;
    if (!csv || !xlsx)
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
    if (rc == ZB_OK && !(r->csv = zb_export_new(&eo, csv, err)))
        rc = err && err->code ? err->code : ZB_EIO;
    eo.format = ZB_EXPORT_XLSX;
    if (rc == ZB_OK && !(r->xlsx = zb_export_new(&eo, xlsx, err)))
        rc = err && err->code ? err->code : ZB_EIO;
    free(csv);
    free(xlsx);
    return rc;
}

/* Extract every file into the run's outputs. */
static int extract_all(run *r, const char *const *files, size_t n, zb_error *err)
{
    zb_extractor *x = zb_extractor_new(err);
    if (!x)
        return err && err->code ? err->code : ZB_ENOMEM;
    int rc = ZB_OK;
    for (size_t i = 0; i < n && rc == ZB_OK; i++) {
        char *buf = NULL;
        size_t len = 0;
        r->path = files[i];
        if ((rc = zb_read_file(files[i], MAX_DOC_BYTES, &buf, &len, err)) != ZB_OK)
            break;
        const char *base = base_name(files[i]);
        zb_extract_opts xo = {base, NULL, extract_warn, r};
        if ((rc = zb_report_add_document(r->rep, base, err)) == ZB_OK) {
            rc = zb_extract_buffer(x, buf, len, &xo, on_record, r, err);
            if (rc > 0) { /* stopped by on_record: its error */
                if (err)
                    *err = r->cb_err;
                rc = r->cb_err.code ? r->cb_err.code : ZB_EIO;
            } else if (rc < 0 && err && !err->file[0])
                snprintf(err->file, sizeof err->file, "%s", files[i]);
        }
        free(buf);
        r->prog.docs_done = i + 1;
        r->prog.bytes_done += len;
        if (rc == ZB_OK)
            rc = progress(r, "extract", err);
    }
    zb_extractor_free(x);
    return rc;
}

int zb_report_run(const char *const *files, size_t n, const char *outdir,
                  const zb_report_opts *opts, zb_report_summary *sum, zb_error *err)
{
    zb_report_opts defaults;
    if (!opts) {
        zb_report_opts_init(&defaults);
        opts = &defaults;
    }
    run r;
    memset(&r, 0, sizeof r);
    r.opts = opts;
    r.prog.docs_total = n;
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (stat(files[i], &st) == 0 && S_ISREG(st.st_mode))
            r.prog.bytes_total += (unsigned long long)st.st_size;
    }
    zb_normalizer *norm = NULL;
    zb_aliases *aliases = NULL;
    char *stage = NULL, *path = NULL;
    size_t ncharts = 0;
    struct stat ost;
    int existed = stat(outdir, &ost) == 0;
    int rc = mkdir_p(outdir, err);
    if (rc != ZB_OK)
        return rc;

    /* staging directory inside outdir: same file system as the targets */
    int staged = 0;
    if (!(stage = path_join(outdir, ".zhibiao-report.XXXXXX"))) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    if (!mkdtemp(stage)) {
        rc = zb_error_set(err, ZB_EIO, "%s: cannot create a staging directory: %s", outdir, strerror(errno));
        goto out;
    }
    staged = 1;
    if (!(norm = zb_normalizer_new(err))) {
        rc = err && err->code ? err->code : ZB_EDEP;
        goto out;
    }
    if (!(aliases = zb_aliases_new(norm))) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < opts->naliases; i++)
        if ((rc = zb_aliases_load(aliases, opts->aliases[i], err)) != ZB_OK)
            goto out;
    r.aliases = aliases;
    if (!(r.rep = zb_report_new(aliases))) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    if (!(path = path_join(stage, "records.jsonl"))) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    if ((rc = zb_outfile_open(&r.records, path, err)) != ZB_OK)
        goto out;
    if ((rc = open_exports(&r, stage, err)) != ZB_OK)
        goto out;

    if ((rc = progress(&r, "extract", err)) != ZB_OK)
        goto out;
    if ((rc = extract_all(&r, files, n, err)) != ZB_OK)
        goto out;
    if ((rc = zb_outfile_commit(&r.records, err)) != ZB_OK)
        goto out;

    if ((rc = progress(&r, "series", err)) != ZB_OK)
        goto out;
    if ((rc = zb_report_finish(r.rep, err)) != ZB_OK)
        goto out;
    const zb_series_set *set = zb_report_series(r.rep);
    size_t ncmp = 0;
    const zb_comparison *cmp = zb_report_comparisons(r.rep, &ncmp);
    const struct {
        const char *name;
        size_t n;
        char *(*make)(void *, size_t, int *);
        void *ctx;
        int (*tail)(lines_tail *);
    } lines[] = {
        {"series.jsonl", zb_series_set_count(set), make_series, (void *)set, NULL},
        {"trend.jsonl", zb_series_set_count(set), make_trend, (void *)set, NULL},
        {"compare.jsonl", ncmp, make_compare, (void *)cmp, derive_tail},
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        free(path);
        if (!(path = path_join(stage, lines[i].name))) {
            rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
            goto out;
        }
        if ((rc = write_lines(path, lines[i].n, lines[i].make, lines[i].ctx, lines[i].tail, set, err)) != ZB_OK)
            goto out;
    }

    if ((rc = progress(&r, "charts", err)) != ZB_OK)
        goto out;
    if ((rc = make_charts(&r, stage, &ncharts, err)) != ZB_OK)
        goto out;

    if ((rc = progress(&r, "export", err)) != ZB_OK)
        goto out;
    if ((rc = zb_export_finish(r.csv, err)) != ZB_OK || (rc = zb_export_finish(r.xlsx, err)) != ZB_OK)
        goto out;

    if ((rc = progress(&r, "html", err)) != ZB_OK)
        goto out;
    free(path);
    if (!(path = path_join(stage, "index.html"))) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    zb_outfile page;
    if ((rc = zb_outfile_open(&page, path, err)) != ZB_OK)
        goto out;
    if ((rc = zb_report_write_html(r.rep, page.fp, err)) != ZB_OK) {
        zb_outfile_abort(&page);
        goto out;
    }
    if ((rc = zb_outfile_commit(&page, err)) != ZB_OK)
        goto out;
    rc = commit_stage(stage, outdir, err);

    if (rc == ZB_OK && sum) {
        memset(sum, 0, sizeof *sum);
        sum->documents = n;
        sum->records = r.nrecords;
        sum->series = zb_series_set_count(set);
        sum->comparisons = ncmp;
        for (size_t i = 0; i < sum->series; i++)
            sum->conflicts += zb_series_set_get(set, i)->nconflicts;
        const char **zones = NULL;
        if (collect_zones(r.rep, &zones, &sum->zones) == ZB_OK)
            free(zones);
        sum->charts = ncharts;
        sum->bytes = r.prog.bytes_done;
    }
    if (rc == ZB_OK)
        progress(&r, "done", NULL); /* committed: too late to stop */
out:
    zb_outfile_abort(&r.records);
    zb_export_free(r.csv);
    zb_export_free(r.xlsx);
    if (staged)
        remove_tree(stage);
    if (rc != ZB_OK && !existed)
        rmdir(outdir); /* made by this run and still empty: take it back */
    free(stage);
    free(path);
    zb_report_free(r.rep);
    zb_aliases_free(aliases);
    zb_normalizer_free(norm);
    return rc;
}
