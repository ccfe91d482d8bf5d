/*
 * series.c -- group records into time series, streaming.
 *
 * The one idea: three hash tables turn each record into (series, point) in
 * constant time, and nothing of the record is kept but interned strings.
 *
 *   names   raw zone/indicator/unit/doc/period text -> interned string
 *           (for zones and indicators: -> canonical name via zb_aliases,
 *           computed once per distinct raw name);
 *   series  (zone, indicator, kind, unit, basis, status, period class)
 *           -> series; interned strings compare by pointer;
 *   points  (series, first month, last month) -> first point of that
 *           period; other values for the same period hang off it in a
 *           chain and are conflicts.
 *
 * So memory grows with distinct names, series, points and (point, doc)
 * pairs, never with the number of records. zb_series_set_finish sorts
 * series and points and builds the public views; series that differ only
 * in period class sort next to each other and become siblings.
 */
#include "zhibiao.h"
#include "zb_internal.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------- storage */

enum { MAX_NAMES = 8 };

typedef struct ipoint {
    size_t series;
    int start, end;
    zb_period_type ptype;
    const char *period;      /* interned canonical string */
    double value;
    zb_bound bound;
    size_t nrecords;
    int conflict;            /* set by finish */
    size_t next;             /* next point of the same period (other value), or NONE */
    const char *src0;        /* first source; more in srcv */
    int has_off;             /* the first record's offset in src0 */
    size_t off;
    const char **srcv;
    size_t nsrc, srccap;     /* nsrc counts src0 too */
} ipoint;

typedef struct iseries {
    const char *zone, *indicator, *unit, *basis, *pclass;
    zb_kind kind;
    zb_status status;
    zb_period_type ptype;
    size_t *pts;             /* head points (one per period) */
    size_t npts, cap;
    size_t nrecords;
    const char *names[MAX_NAMES];
    size_t nnames;
} iseries;

#define NONE ((size_t)-1)

/* One slot of the series and point hash tables (open addressing). */
typedef struct slot {
    uint64_t hash;
    size_t id;               /* series index (NONE = empty slot) */
    int start, end;          /* point table: the period */
    size_t point;            /* point table: head point of that period */
} slot;

struct zb_series_set {
    const zb_aliases *aliases;
    zb_aliases *own_aliases;
    zb_smap strings;         /* interned plain strings (units, docs, periods, classes) */
    zb_smap zones, indicators; /* raw name -> canonical interned */
    zb_smap periods;         /* raw period text -> pcache (owned) */
    const char *last_doc;    /* interned doc of the previous record: */
                             /* records of one document come together */
    iseries *s;
    size_t ns, scap;
    slot *stab;            /* series key -> series */
    size_t stcap;
    ipoint *p;
    size_t np, pcap;
    slot *ptab;            /* (series, period) -> head point */
    size_t ptcap;
    size_t nrecords, nduplicates;
    int finished;
    /* views, built by finish */
    zb_series *view;         /* sorted */
    zb_point *vpoints;
    const char **vsources;
    size_t *vsiblings;
};

/* A parsed period with its interned canonical text and class. */
typedef struct pcache {
    zb_period p;
    const char *text, *cls;
} pcache;

static const char *intern(zb_series_set *set, const char *s);

/* The pcache of raw period text s (NULL: no period) into *out. Parsing and
 * formatting happen once per distinct text. ZB_OK, ZB_EINVALID (bad
 * period: err says which), ZB_ENOMEM. */
static int period_of(zb_series_set *set, const char *s, const pcache **out, zb_error *err)
{
    int fresh;
    zb_smap_slot *slot = zb_smap_get(&set->periods, s ? s : "", &fresh);
    if (!slot)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    if ((*out = slot->val) != NULL)
        return ZB_OK;
    /* new, or a bad text seen before (parsed again so the error is set) */
    pcache *c = malloc(sizeof *c);
    char pbuf[48], cbuf[48];
    if (!c)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    int rc = zb_period_parse(s, &c->p, err);
    if (rc != ZB_OK) {
        free(c);
        return rc;
    }
    c->text = intern(set, zb_period_format(&c->p, pbuf, sizeof pbuf));
    c->cls = intern(set, zb_period_class(&c->p, cbuf, sizeof cbuf));
    if (!c->text || !c->cls) {
        free(c);
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    }
    *out = slot->val = c;
    return ZB_OK;
}

static const char *intern(zb_series_set *set, const char *s)
{
    int fresh;
    zb_smap_slot *slot = zb_smap_get(&set->strings, s, &fresh);
    if (!slot)
        return NULL;
    if (fresh)
        slot->val = slot->key;
    return slot->val;
}

/* Canonical interned name of raw through the cache map m; *kept (if
 * non-NULL) gets the map's own copy of raw. */
static const char *canonical(zb_series_set *set, zb_smap *m, const char *raw, int zone, const char **kept)
{
    int fresh;
    zb_smap_slot *slot = zb_smap_get(m, raw, &fresh);
    if (!slot)
        return NULL;
    if (kept)
        *kept = slot->key;
    if (fresh) {
        char *c = zone ? zb_aliases_zone(set->aliases, raw) : zb_aliases_indicator(set->aliases, raw);
        if (!c)
            return NULL;
        slot->val = intern(set, c);
        free(c);
    }
    return slot->val;
}

zb_series_set *zb_series_set_new(const zb_aliases *aliases)
{
    zb_series_set *set = calloc(1, sizeof *set);
    if (!set)
        return NULL;
    if (!aliases) {
        set->own_aliases = zb_aliases_new(NULL);
        if (!set->own_aliases) {
            free(set);
            return NULL;
        }
        aliases = set->own_aliases;
    }
    set->aliases = aliases;
    return set;
}

void zb_series_set_free(zb_series_set *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->np; i++)
        free(set->p[i].srcv);
    for (size_t i = 0; i < set->ns; i++)
        free(set->s[i].pts);
    free(set->p);
    free(set->s);
    free(set->ptab);
    free(set->stab);
    free(set->view);
    free(set->vpoints);
    free(set->vsources);
    free(set->vsiblings);
    zb_smap_free(&set->strings);
    zb_smap_free(&set->zones);
    zb_smap_free(&set->indicators);
    zb_smap_free_vals(&set->periods);
    zb_aliases_free(set->own_aliases);
    free(set);
}

size_t zb_series_set_nrecords(const zb_series_set *set) { return set ? set->nrecords : 0; }

/* ------------------------------------------------------ series table */

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

/* MurmurHash3's fmix64: every input bit reaches the low bits the tables use. */
static uint64_t avalanche(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 33);
}

static uint64_t series_hash(const iseries *k)
{
    uint64_t h = 0;
    h = mix(h, (uintptr_t)k->zone);
    h = mix(h, (uintptr_t)k->indicator);
    h = mix(h, (uintptr_t)k->unit);
    h = mix(h, (uintptr_t)k->basis);
    h = mix(h, (uintptr_t)k->pclass);
    h = mix(h, (uint64_t)k->kind * 8 + (uint64_t)k->status);
    return avalanche(h);
}

static int series_same(const iseries *a, const iseries *b)
{
    return a->zone == b->zone && a->indicator == b->indicator && a->unit == b->unit &&
           a->basis == b->basis && a->pclass == b->pclass && a->kind == b->kind &&
           a->status == b->status;
}

/* Double the table *t of *cap slots (at least 256), rehashing by the
 * stored hash. ZB_OK or ZB_ENOMEM (the table is then unchanged). */
static int slots_grow(slot **t, size_t *cap)
{
    size_t ncap = *cap ? *cap * 2 : 256;
    slot *n = malloc(ncap * sizeof *n);
    if (!n)
        return ZB_ENOMEM;
    for (size_t i = 0; i < ncap; i++)
        n[i].id = NONE;
    for (size_t i = 0; i < *cap; i++) {
        if ((*t)[i].id == NONE)
            continue;
        size_t j = (*t)[i].hash & (ncap - 1);
        while (n[j].id != NONE)
            j = (j + 1) & (ncap - 1);
        n[j] = (*t)[i];
    }
    free(*t);
    *t = n;
    *cap = ncap;
    return ZB_OK;
}

/* Index of the series with key k, created when absent; NONE on ENOMEM. */
static size_t series_get(zb_series_set *set, const iseries *k)
{
    if ((set->ns + 1) * 2 > set->stcap && slots_grow(&set->stab, &set->stcap) != ZB_OK)
        return NONE;
    uint64_t h = series_hash(k);
    size_t j = h & (set->stcap - 1);
    while (set->stab[j].id != NONE) {
        if (set->stab[j].hash == h && series_same(&set->s[set->stab[j].id], k))
            return set->stab[j].id;
        j = (j + 1) & (set->stcap - 1);
    }
    if (zb_grow(&set->s, &set->scap, set->ns, sizeof *set->s, 64) != 0)
        return NONE;
    set->s[set->ns] = *k;
    set->stab[j] = (slot){h, set->ns, 0, 0, NONE};
    return set->ns++;
}

/* ------------------------------------------------------- point table */

static uint64_t point_hash(size_t series, int start, int end)
{
    return avalanche(((uint64_t)series << 32) ^ ((uint64_t)(unsigned)start << 16) ^
                     (uint64_t)(unsigned)end);
}

static int same_value(double a, double b)
{
    double m = fmax(fabs(a), fabs(b));
    return fabs(a - b) <= 1e-9 * m;
}

static size_t new_point(zb_series_set *set)
{
    if (zb_grow(&set->p, &set->pcap, set->np, sizeof *set->p, 256) != 0)
        return NONE;
    memset(&set->p[set->np], 0, sizeof set->p[0]);
    set->p[set->np].next = NONE;
    return set->np++;
}

static int add_source(ipoint *p, const char *doc)
{
    if (p->nsrc == 0) {
        p->src0 = doc;
        p->nsrc = 1;
        return ZB_OK;
    }
    /* records of one document arrive together: checking the last is enough
     * here; finish removes the rare remaining repeats */
    const char *last = p->nsrc == 1 ? p->src0 : p->srcv[p->nsrc - 2];
    if (last == doc)
        return ZB_OK;
    if (zb_grow(&p->srcv, &p->srccap, p->nsrc - 1, sizeof *p->srcv, 2) != 0)
        return ZB_ENOMEM;
    p->srcv[p->nsrc - 1] = doc;
    p->nsrc++;
    return ZB_OK;
}

static int series_add_point(iseries *s, size_t pi)
{
    if (zb_grow(&s->pts, &s->cap, s->npts, sizeof *s->pts, 4) != 0)
        return ZB_ENOMEM;
    s->pts[s->npts++] = pi;
    return ZB_OK;
}

/* Add value to the period (start, end) of series si: merge with an equal
 * value, else start a point (the first of its period, or a conflict). */
static int add_value(zb_series_set *set, size_t si, const zb_period *pd, const char *period,
                     const zb_record *r, const char *doc)
{
    if ((set->np + 1) * 2 > set->ptcap && slots_grow(&set->ptab, &set->ptcap) != ZB_OK)
        return ZB_ENOMEM;
    uint64_t h = point_hash(si, pd->start, pd->end);
    size_t j = h & (set->ptcap - 1);
    while (set->ptab[j].id != NONE &&
           !(set->ptab[j].id == si && set->ptab[j].start == pd->start && set->ptab[j].end == pd->end))
        j = (j + 1) & (set->ptcap - 1);
    size_t last = NONE;
    if (set->ptab[j].id != NONE) {
        for (size_t k = set->ptab[j].point; k != NONE; k = set->p[k].next) {
            if (same_value(set->p[k].value, r->value)) {
                set->p[k].nrecords++;
                set->nduplicates++;
                return add_source(&set->p[k], doc);
            }
            last = k;
        }
    }
    size_t pi = new_point(set);
    if (pi == NONE)
        return ZB_ENOMEM;
    ipoint *p = &set->p[pi];
    p->series = si;
    p->start = pd->start;
    p->end = pd->end;
    p->ptype = pd->type;
    p->period = period;
    p->value = r->value;
    p->bound = r->bound;
    p->nrecords = 1;
    p->has_off = r->has_offset;
    p->off = r->off_start;
    int rc = add_source(p, doc);
    if (rc != ZB_OK)
        return rc;
    if (last != NONE) {
        set->p[last].next = pi;
        return ZB_OK;
    }
    set->ptab[j] = (slot){h, si, pd->start, pd->end, pi};
    return series_add_point(&set->s[si], pi);
}

int zb_series_set_add(zb_series_set *set, const zb_record *r, zb_error *err)
{
    if (set->finished)
        return zb_error_set(err, ZB_EUSAGE, "series set already finished");
    const pcache *pc;
    int rc = period_of(set, r->period, &pc, err);
    if (rc != ZB_OK)
        return rc;
    const zb_period pd = pc->p;
    iseries k;
    memset(&k, 0, sizeof k);
    const char *raw = NULL; /* the indicator as written, kept for "names" */
    k.zone = r->zone && *r->zone ? canonical(set, &set->zones, r->zone, 1, NULL) : NULL;
    k.indicator = canonical(set, &set->indicators, r->indicator ? r->indicator : "", 0, &raw);
    k.unit = intern(set, r->unit ? r->unit : "");
    k.basis = r->basis ? intern(set, r->basis) : NULL;
    k.pclass = pc->cls;
    const char *period = pc->text;
    const char *doc = set->last_doc && r->doc && strcmp(set->last_doc, r->doc) == 0
                          ? set->last_doc
                          : intern(set, r->doc ? r->doc : "-");
    if ((r->zone && *r->zone && !k.zone) || !k.indicator || !k.unit || (r->basis && !k.basis) || !doc)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    set->last_doc = doc;
    k.kind = r->kind;
    k.status = r->status;
    k.ptype = pd.type;
    size_t si = series_get(set, &k);
    if (si == NONE)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    iseries *s = &set->s[si];
    s->nrecords++;
    if (raw && s->nnames < MAX_NAMES) {
        size_t i = 0;
        while (i < s->nnames && s->names[i] != raw)
            i++;
        if (i == s->nnames)
            s->names[s->nnames++] = raw;
    }
    set->nrecords++;
    rc = add_value(set, si, &pd, period, r, doc);
    if (rc != ZB_OK)
        return zb_error_set(err, rc, "out of memory");
    return ZB_OK;
}

/* ------------------------------------------------------------ finish */

static int cmp_opt(const char *a, const char *b)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

/* Order of series: the key without the period class, then the class. */
static int cmp_family(const iseries *a, const iseries *b)
{
    int d;
    if ((d = cmp_opt(a->zone, b->zone)) || (d = strcmp(a->indicator, b->indicator)))
        return d;
    if (a->kind != b->kind)
        return (int)a->kind - (int)b->kind;
    if ((d = strcmp(a->unit, b->unit)) || (d = cmp_opt(a->basis, b->basis)))
        return d;
    return (int)a->status - (int)b->status;
}

static int cmp_series(const void *pa, const void *pb, void *ctx)
{
    const iseries *s = ctx;
    const iseries *a = &s[*(const size_t *)pa], *b = &s[*(const size_t *)pb];
    int d = cmp_family(a, b);
    return d ? d : strcmp(a->pclass, b->pclass);
}

/* qsort has no context argument in C11: a small merge sort with one. */
static void sort_idx(size_t *v, size_t n, size_t *tmp, int (*cmp)(const void *, const void *, void *),
                     void *ctx)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    sort_idx(v, h, tmp, cmp, ctx);
    sort_idx(v + h, n - h, tmp, cmp, ctx);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = cmp(&v[j], &v[i], ctx) < 0 ? v[j++] : v[i++];
    while (i < h)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof *v);
}

static int cmp_points(const void *pa, const void *pb, void *ctx)
{
    const ipoint *p = ctx;
    const ipoint *a = &p[*(const size_t *)pa], *b = &p[*(const size_t *)pb];
    if (a->start + a->end != b->start + b->end)
        return a->start + a->end < b->start + b->end ? -1 : 1;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    return (a->value > b->value) - (a->value < b->value);
}

typedef struct srcpair {
    const char *doc;
    size_t i;
} srcpair;

static int cmp_pair(const void *a, const void *b)
{
    const srcpair *x = a, *y = b;
    if (x->doc != y->doc)
        return (uintptr_t)x->doc < (uintptr_t)y->doc ? -1 : 1;
    return (x->i > y->i) - (x->i < y->i);
}

/* Copy the sources of p into out without repeats, first-seen order.
 * Returns the count written. scratch holds at least p->nsrc pairs. */
static size_t distinct_sources(const ipoint *p, const char **out, srcpair *scratch)
{
    size_t n = p->nsrc, m = 0;
    for (size_t i = 0; i < n; i++)
        out[i] = i == 0 ? p->src0 : p->srcv[i - 1];
    if (n <= 16) { /* the usual case: a few documents */
        for (size_t i = 0; i < n; i++) {
            size_t j = 0;
            while (j < m && out[j] != out[i])
                j++;
            if (j == m)
                out[m++] = out[i];
        }
        return m;
    }
    /* many: sort (doc, index) pairs, blank all but the first of each run */
    for (size_t i = 0; i < n; i++)
        scratch[i] = (srcpair){out[i], i};
    qsort(scratch, n, sizeof *scratch, cmp_pair);
    for (size_t i = 1; i < n; i++)
        if (scratch[i].doc == scratch[i - 1].doc)
            out[scratch[i].i] = NULL;
    for (size_t i = 0; i < n; i++)
        if (out[i])
            out[m++] = out[i];
    return m;
}

int zb_series_set_finish(zb_series_set *set, zb_error *err)
{
    if (set->finished)
        return ZB_OK;
    size_t ns = set->ns, total_pts = set->np, total_src = 0, max_src = 0;
    for (size_t i = 0; i < set->np; i++) {
        total_src += set->p[i].nsrc;
        if (set->p[i].nsrc > max_src)
            max_src = set->p[i].nsrc;
    }
    size_t *order = malloc((ns + 1) * sizeof *order);
    size_t *tmp = malloc((ns + total_pts + 1) * sizeof *tmp);
    size_t *pidx = malloc((total_pts + 1) * sizeof *pidx);
    srcpair *scratch = malloc((max_src + 1) * sizeof *scratch);
    set->view = calloc(ns + 1, sizeof *set->view);
    set->vpoints = calloc(total_pts + 1, sizeof *set->vpoints);
    set->vsources = malloc((total_src + 1) * sizeof *set->vsources);
    set->vsiblings = NULL;
    int rc = ZB_OK;
    if (!order || !tmp || !pidx || !scratch || !set->view || !set->vpoints || !set->vsources) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < ns; i++)
        order[i] = i;
    sort_idx(order, ns, tmp, cmp_series, set->s);

    /* siblings: runs of equal family; count first to size one array */
    size_t nsib = 0;
    for (size_t a = 0, b; a < ns; a = b) {
        for (b = a + 1; b < ns && cmp_family(&set->s[order[a]], &set->s[order[b]]) == 0; b++)
            ;
        nsib += (b - a) * (b - a - 1);
    }
    set->vsiblings = malloc((nsib + 1) * sizeof *set->vsiblings);
    if (!set->vsiblings) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    size_t vp = 0, vs = 0, vsib = 0;
    for (size_t a = 0, b; a < ns; a = b) {
        for (b = a + 1; b < ns && cmp_family(&set->s[order[a]], &set->s[order[b]]) == 0; b++)
            ;
        for (size_t id = a; id < b; id++) {
            const iseries *is = &set->s[order[id]];
            zb_series *v = &set->view[id];
            v->id = id;
            v->zone = is->zone;
            v->indicator = is->indicator;
            v->kind = is->kind;
            v->unit = is->unit;
            v->basis = is->basis;
            v->status = is->status;
            v->period_type = is->ptype;
            v->period_class = is->pclass;
            v->nrecords = is->nrecords;
            v->names = is->names;
            v->nnames = is->nnames;
            v->siblings = set->vsiblings + vsib;
            for (size_t o = a; o < b; o++)
                if (o != id)
                    set->vsiblings[vsib++] = o;
            v->nsiblings = b - a - 1;
            /* points: every value of every period, sorted by x then value */
            size_t n = 0;
            for (size_t k = 0; k < is->npts; k++) {
                size_t head = is->pts[k];
                int conflict = set->p[head].next != NONE;
                if (conflict)
                    v->nconflicts++;
                for (size_t q = head; q != NONE; q = set->p[q].next) {
                    set->p[q].conflict = conflict;
                    pidx[n++] = q;
                }
            }
            sort_idx(pidx, n, tmp, cmp_points, set->p);
            v->points = set->vpoints + vp;
            v->npoints = n;
            for (size_t k = 0; k < n; k++) {
                const ipoint *ip = &set->p[pidx[k]];
                zb_point *pt = &set->vpoints[vp++];
                pt->period = ip->period;
                pt->when = (zb_period){ip->ptype, ip->start, ip->end};
                pt->x = zb_period_mid_year(&pt->when);
                pt->value = ip->value;
                pt->bound = ip->bound;
                pt->nrecords = ip->nrecords;
                pt->conflict = ip->conflict;
                pt->has_offset = ip->has_off;
                pt->offset = ip->off;
                pt->sources = set->vsources + vs;
                pt->nsources = distinct_sources(ip, set->vsources + vs, scratch);
                vs += pt->nsources;
            }
        }
    }
    set->finished = 1;
out:
    free(order);
    free(tmp);
    free(pidx);
    free(scratch);
    return rc;
}

size_t zb_series_set_count(const zb_series_set *set)
{
    return set && set->finished ? set->ns : 0;
}

const zb_series *zb_series_set_get(const zb_series_set *set, size_t i)
{
    if (!set || !set->finished || i >= set->ns)
        return NULL;
    return &set->view[i];
}
