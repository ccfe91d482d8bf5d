/*
 * extract_table.c -- tables pasted as text (statistics releases).
 *
 * A statistics page pastes its table as lines of space-separated cells,
 *
 *   指标名称              单位      1-10月     比上年同期增长(%)
 *   地区生产总值(前三季度) 亿元      3012.47    5.6
 *   规模以上工业增加值     %         —          6.8
 *
 * which the line classifier calls noise (tokens, no punctuation). Such a
 * table is read here when, and only when, a header line names a unit
 * column (单位) and a value column (a time word: 1-10月, 本月) and/or a
 * growth column (增长, 增幅, 比上年, 同比), and the lines after it have as
 * many cells as the header, each fitting its column: a known unit, a
 * number or a dash (— －), a number with an optional %. Each row gives a
 * record of the value (times the unit's scale, kind and unit as the unit
 * table gives them) and a growth record (basis yoy when the growth
 * column's header says 同比, 比上年同期, 与上年同月比). The indicator is the
 * name without 其中: and without its bracketed qualifier; the period is
 * the qualifier when it is a time word ((前三季度), (10月末)), else the
 * value column's. Also, right after such a table, "当月" (本月: the last
 * month of the table's period) or a time word (10月当月) on a line of its
 * own, followed by rows "name 增长 7.1%": growth records of that period. A line that does not fit
 * ends the table; nothing is read from lines that never had such a header.
 */
#include "extract_internal.h"

#include <math.h>

#define TMAXC 8 /* cells of a row */

typedef struct cell {
    size_t a, b;
} cell;

/* Split s[a..b) at runs of blanks; returns the number of cells (at most
 * TMAXC + 1: more is no table row). */
static size_t cells(const char *s, size_t a, size_t b, cell *c)
{
    size_t n = 0, i = a;
    while (i < b) {
        while (i < b && (s[i] == ' ' || s[i] == '\t'))
            i++;
        if (i >= b)
            break;
        if (n > TMAXC)
            return n;
        c[n].a = i;
        while (i < b && s[i] != ' ' && s[i] != '\t')
            i++;
        c[n++].b = i;
    }
    return n;
}

static int cell_has(const char *s, const cell *c, const char *w)
{
    return xhas(s, c->a, c->b, w);
}

/* A dash standing for no value: — － - -- … */
static int dash_cell(const char *s, const cell *c)
{
    size_t i = c->a;
    while (i < c->b) {
        size_t n = xat(s, i, c->b, "—");
        if (!n)
            n = xat(s, i, c->b, "－");
        if (!n)
            n = xat(s, i, c->b, "…");
        if (!n && (s[i] == '-' || s[i] == '/'))
            n = 1;
        if (!n)
            return 0;
        i += n;
    }
    return 1;
}

/* A number filling the cell (optional leading minus, optional trailing
 * %); *pct set when % ends it. */
static int num_cell(const char *s, const cell *c, double *v, int *pct, size_t *ns)
{
    size_t i = c->a;
    int neg = 0;
    zb_numeral m;
    if (i < c->b && s[i] == '-') {
        neg = 1;
        i++;
    } else if (i < c->b && s[i] == '+') {
        i++;
    }
    if (i >= c->b || s[i] < '0' || s[i] > '9')
        return 0;
    size_t n = zb_numeral_parse(s + i, c->b - i, &m);
    if (!n || !(m.form & ZB_NUMERAL_ARABIC) || (m.form & ZB_NUMERAL_SCALED))
        return 0;
    *pct = (m.form & ZB_NUMERAL_PERCENT) != 0;
    if (i + n < c->b && s[i + n] == '%' && i + n + 1 == c->b) {
        *pct = 1;
        n++;
    }
    if (i + n != c->b)
        return 0;
    *v = neg ? -m.value : m.value;
    *ns = c->a;
    return 1;
}

/* A unit filling the cell: one of the unit table, or a scale word before
 * one (亿元, 万美元, 万吨). */
static int unit_cell(const char *s, const cell *c, zb_unit *u)
{
    static const struct {
        const char *w;
        double f;
    } scale[] = {{"万亿", 1e12}, {"千万", 1e7}, {"百万", 1e6}, {"十万", 1e5},
                 {"亿", 1e8},    {"万", 1e4},   {"千", 1e3}};
    size_t len = c->b - c->a;
    if (zb_unit_parse(s + c->a, len, u) == len)
        return 1;
    for (size_t k = 0; k < sizeof scale / sizeof scale[0]; k++) {
        size_t n = xat(s, c->a, c->b, scale[k].w);
        if (n && n < len && zb_unit_parse(s + c->a + n, len - n, u) == len - n &&
            u->kind != ZB_KIND_SHARE && u->kind != ZB_KIND_PP) {
            u->factor *= scale[k].f;
            return 1;
        }
    }
    return 0;
}

/* A time word filling s[a..b) (a cell, a bracket's inside). */
static int period_of(doc *d, size_t a, size_t b, xperiod *p)
{
    memset(p, 0, sizeof *p);
    if (a >= b)
        return 0;
    int ctx = d->sec_year ? d->sec_year : d->doc_year;
    size_t n = xperiod_at(d->s, a, b, d->pub_y, d->pub_m, ctx, p);
    return n == b - a && p->set == 1;
}

/* Indicator of a name cell: no 其中:, no bracketed qualifier (whose
 * inside goes to *qa..*qb). */
static void row_name(doc *d, const cell *c, char *ind, size_t cap, size_t *qa, size_t *qb)
{
    const char *s = d->s;
    size_t a = c->a, b = c->b, n;
    *qa = *qb = 0;
    if ((n = xat(s, a, b, "其中:")) || (n = xat(s, a, b, "其中")))
        a += n;
    /* a qualifier in brackets at the end: 地区生产总值(前三季度) */
    if (b > a + 2 && s[b - 1] == ')') {
        const char *o = NULL;
        for (size_t k = b - 1; k > a; k--)
            if (s[k - 1] == '(') {
                o = s + k - 1;
                break;
            }
        if (o) {
            *qa = (size_t)(o - s) + 1;
            *qb = b - 1;
            b = (size_t)(o - s);
        }
    }
    size_t m = b - a < cap - 1 ? b - a : cap - 1;
    while (m > 0 && (((unsigned char)s[a + m]) & 0xC0) == 0x80)
        m--;
    memcpy(ind, s + a, m);
    ind[m] = 0;
}

/* Hand one figure to emit. */
static int table_emit(doc *d, size_t ra, size_t rb, size_t ns, size_t ne, double v, zb_kind kind,
                      const char *unit, const char *basis, const char *ind, const xperiod *per)
{
    fig f;
    memset(&f, 0, sizeof f);
    f.ns = ns;
    f.ne = ne;
    f.bs = ns;
    f.be = ne;
    f.cs = f.ws = ra;
    f.ce = rb;
    f.value = xtidy15(v);
    f.kind = kind;
    f.unit = unit;
    f.bound = ZB_BOUND_EQ;
    f.basis = basis;
    return xemit(d, &f, ind, xcontext_zone(d), per, ZB_STATUS_ACTUAL);
}

/* Trim blanks off s[*a..*b). */
static void trim(const char *s, size_t *a, size_t *b)
{
    while (*a < *b && (s[*a] == ' ' || s[*a] == '\t'))
        (*a)++;
    while (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == '\t'))
        (*b)--;
}

/* Next line after `line` that is not blank; d->ncls when none. */
static size_t next_nonblank(const doc *d, size_t line, int blank)
{
    size_t k = line + 1;
    while (k < d->ncls && d->cls[k].cl == blank)
        k++;
    return k;
}

/* The cells of the next line that is not blank after line k (its
 * index in *nk, its trimmed span in *ra..*rb); 0 at the end of the text. */
static size_t next_row(const doc *d, size_t k, int blank, size_t *nk, size_t *ra, size_t *rb,
                       cell *c)
{
    *nk = next_nonblank(d, k, blank);
    if (*nk >= d->ncls || d->cls[*nk].cl < 0)
        return 0;
    *ra = d->cls[*nk].a;
    *rb = d->cls[*nk].b;
    trim(d->s, ra, rb);
    return cells(d->s, *ra, *rb, c);
}

/* The month block: "当月" alone, then "name 增长 7.1%" rows. */
static size_t month_block(doc *d, size_t line, int blank, const xperiod *cum)
{
    const char *s = d->s;
    size_t a = d->cls[line].a, b = d->cls[line].b;
    trim(s, &a, &b);
    int bare = xat(s, a, b, "当月") == b - a || xat(s, a, b, "本月") == b - a;
    xperiod per;
    memset(&per, 0, sizeof per);
    if (!bare) {
        /* a time word of its own: 10月当月, 10月 */
        if (!period_of(d, a, b, &per))
            return 0;
    } else if (cum && cum->set == 1 && cum->end_y && cum->end_m) {
        per.set = 1;
        snprintf(per.s, sizeof per.s, "%04d-%02d", cum->end_y, cum->end_m);
        per.end_y = cum->end_y;
        per.end_m = cum->end_m;
    } else if (!period_of(d, a, b, &per)) {
        return 0;
    }
    size_t used = 0, k = line, nk, ra, rb;
    cell c[TMAXC + 2];
    while (next_row(d, k, blank, &nk, &ra, &rb, c) == 3) {
        int sign = 0;
        if (xat(s, c[1].a, c[1].b, "增长") == c[1].b - c[1].a ||
            xat(s, c[1].a, c[1].b, "增幅") == c[1].b - c[1].a ||
            xat(s, c[1].a, c[1].b, "增速") == c[1].b - c[1].a)
            sign = 1;
        else if (xat(s, c[1].a, c[1].b, "下降") == c[1].b - c[1].a)
            sign = -1;
        double v;
        int pct = 0;
        size_t ns;
        if (!sign || !num_cell(s, &c[2], &v, &pct, &ns) || !pct)
            break;
        char ind[IND_CAP];
        size_t qa, qb;
        row_name(d, &c[0], ind, sizeof ind, &qa, &qb);
        if (!ind[0] || qa)
            break;
        d->rc = table_emit(d, ra, rb, ns, c[2].b, sign * v, ZB_KIND_GROWTH, "%", NULL, ind, &per);
        if (d->rc)
            return nk - line + 1;
        used = nk - line + 1;
        k = nk;
    }
    return used;
}

size_t xtable_at(doc *d, size_t line, int blank)
{
    const char *s = d->s;
    size_t a = d->cls[line].a, b = d->cls[line].b;
    cell h[TMAXC + 2];
    size_t nh = cells(s, a, b, h);
    if (nh < 3 || nh > TMAXC)
        return 0;
    int ucol = -1, vcol = -1, gcol = -1;
    xperiod vper;
    memset(&vper, 0, sizeof vper);
    for (size_t k = 1; k < nh; k++) {
        if (xends(s, h[k].a, h[k].b, "单位") && h[k].b - h[k].a <= 12 && ucol < 0) {
            /* 单位, 计量单位 */
            ucol = (int)k;
        } else if (gcol < 0 && (cell_has(s, &h[k], "增长") || cell_has(s, &h[k], "增幅") ||
                                cell_has(s, &h[k], "增速") || cell_has(s, &h[k], "比上年") ||
                                cell_has(s, &h[k], "同比"))) {
            gcol = (int)k;
        } else if (vcol < 0) {
            size_t e = h[k].b;
            /* 1-10月, 1-10月累计, 本月 */
            if (xends(s, h[k].a, e, "累计"))
                e -= 6;
            if (!period_of(d, h[k].a, e, &vper))
                return 0;
            vcol = (int)k;
        } else {
            return 0;
        }
    }
    if (ucol < 0 || (vcol < 0 && gcol < 0))
        return 0;
    const char *basis = NULL;
    if (gcol >= 0 && (cell_has(s, &h[gcol], "同比") || cell_has(s, &h[gcol], "比上年同期") ||
                      cell_has(s, &h[gcol], "与上年同月比") || cell_has(s, &h[gcol], "比上年同月")))
        basis = "yoy";
    size_t used = 0, k = line, nk, ra, rb;
    cell c[TMAXC + 2];
    while (next_row(d, k, blank, &nk, &ra, &rb, c) == nh) {
        zb_unit u;
        double v = 0, g = 0;
        int vp = 0, gp = 0, hv = 0, hg = 0;
        size_t vns = 0, gns = 0;
        if (!unit_cell(s, &c[ucol], &u))
            break;
        if (vcol >= 0) {
            if (num_cell(s, &c[vcol], &v, &vp, &vns) && !vp)
                hv = 1;
            else if (!dash_cell(s, &c[vcol]))
                break;
        }
        if (gcol >= 0) {
            if (num_cell(s, &c[gcol], &g, &gp, &gns))
                hg = 1;
            else if (!dash_cell(s, &c[gcol]))
                break;
        }
        char ind[IND_CAP];
        size_t qa, qb;
        row_name(d, &c[0], ind, sizeof ind, &qa, &qb);
        if (!ind[0] || (xhan((unsigned char)ind[0]) == 0 && (unsigned char)ind[0] < 0x80))
            break;
        xperiod qper;
        const xperiod *per = vcol >= 0 ? &vper : NULL;
        if (qa && period_of(d, qa, qb, &qper))
            per = &qper;
        if (!per && gcol >= 0)
            break; /* (a growth table with no period at all: not read) */
        if (hv)
            d->rc = table_emit(d, ra, rb, vns, c[vcol].b, v * u.factor, u.kind, u.unit, NULL, ind,
                               per);
        if (hg && d->rc == 0)
            d->rc = table_emit(d, ra, rb, gns, c[gcol].b, g, ZB_KIND_GROWTH, "%", basis, ind,
                               per);
        used = nk - line + 1;
        k = nk;
        if (d->rc)
            return used;
    }
    if (!used)
        return 0;
    /* a month block right after: 当月 ... 增长 7.1% */
    nk = next_nonblank(d, k, blank);
    if (nk < d->ncls && d->cls[nk].cl >= 0) {
        size_t m = month_block(d, nk, blank, vcol >= 0 ? &vper : NULL);
        if (m)
            used = nk - line + m;
    }
    return used;
}
