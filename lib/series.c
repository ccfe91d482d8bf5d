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
 * pairs, never with the number of records. Points are stored from the start
 * as the public zb_point, in one array per series, so zb_series_set_finish
 * sorts them in place instead of copying them; until then a few of their
 * fields carry add-time state (see struct ipoint below). finish also frees
 * the hash tables, which nothing needs afterwards. Series that differ only
 * in period class sort next to each other and become siblings.
 *
 * Limits: point table entries hold 32-bit series and point indices, so a
 * set takes at most 4294967295 series and 2147483647 points per series;
 * zb_series_set_add says so (ZB_ENOMEM, "too many ...") past either.
 */
#include "zhibiao.h"
#include "zb_internal.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------- storage */

enum { MAX_NAMES = 8 };

/*
 * A point under construction is a zb_point whose fields mean, until finish:
 *   x          the only source's doc pointer (its bytes, memcpy'd) while
 *              nsources == 1;
 *   sources    a malloc'd array of all nsources docs when nsources > 1
 *              (capacity: the next power of two), else NULL;
 *   conflict   1 + index (in the series) of the next point of the same
 *              period with another value, or 0;
 *   has_offset bit 0: the offset is known; bit 1 (NOT_HEAD): the point is
 *              a later value of a period, reached through a chain.
 * finish turns them into their public meaning.
 */
enum { NOT_HEAD = 2 };

typedef struct iseries {
    const char *zone, *indicator, *unit, *basis, *pclass;
    zb_kind kind;
    zb_status status;
    zb_period_type ptype;
    zb_point *pts;           /* every point, in arrival order until finish */
    size_t npts, cap;
    size_t nrecords;
    const char *names[MAX_NAMES];
    size_t nnames;
} iseries;

#define NONE ((size_t)-1)
#define PNONE UINT32_MAX

/* Point arrays grow through capacities 1, 2, 3, 5, 8, 12, ... (most series
 * are short). Those up to ARENA_MAX_CAP points come from arena blocks, and
 * an outgrown one goes on a free list of its class for the next series to
 * reach that size: a million small reallocs would otherwise leave the heap
 * full of small holes that slow every later malloc. Larger arrays use
 * realloc. */
enum { ARENA_CLASSES = 16, ARENA_MAX_CAP = 710 /* the 16th capacity */, ARENA_BLOCK = 1 << 20 };
static size_t next_cap(size_t cap) { return cap ? cap + (cap + 1) / 2 : 1; }

/* One slot of the two hash tables (open addressing); hashes are
 * recomputed when a table grows, to keep slots at 16 bytes.
 *   series table: series -> that series (point, start, end unused);
 *   point table: (series, start, end) -> its first point. */
typedef struct pslot {
    uint32_t series;         /* PNONE = empty slot */
    uint32_t point;          /* index in the series' pts */
    int start, end;
} pslot;

struct zb_series_set {
    const zb_aliases *aliases;
    zb_aliases *own_aliases;
    zb_smap strings;         /* interned plain strings (units, docs, periods, classes) */
    zb_smap zones, indicators; /* raw name -> canonical interned */
    zb_smap periods;         /* raw period text -> pcache (owned) */
    char *bump;              /* point arrays of small capacity: see grow_points */
    size_t bump_left;
    void *blocks;            /* arena blocks, chained through their first bytes */
    zb_point *freed[ARENA_CLASSES]; /* outgrown arrays by capacity class, chained */
    const char *last_doc;    /* interned doc of the previous record: */
                             /* records of one document come together */
    iseries *s;
    size_t ns, scap;
    pslot *stab;           /* series key -> series */
    size_t stcap;
    size_t np;               /* points in all series */
    pslot *ptab;           /* (series, period) -> head point */
    size_t ptcap;
    size_t nrecords, nduplicates;
    int closed;              /* finish started: the tables are gone, no more adds */
    int finished;
    /* views, built by finish */
    zb_series *view;         /* sorted */
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
    for (size_t i = 0; i < set->ns; i++) {
        if (!set->finished)
            for (size_t k = 0; k < set->s[i].npts; k++)
                free((void *)set->s[i].pts[k].sources);
        if (set->s[i].cap > ARENA_MAX_CAP)
            free(set->s[i].pts);
    }
    while (set->blocks) {
        void *next;
        memcpy(&next, set->blocks, sizeof next);
        free(set->blocks);
        set->blocks = next;
    }
    free(set->s);
    free(set->ptab);
    free(set->stab);
    free(set->view);
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

static uint64_t point_hash(size_t series, int start, int end)
{
    return avalanche(((uint64_t)series << 32) ^ ((uint64_t)(unsigned)start << 16) ^
                     (uint64_t)(unsigned)end);
}

/* Double the table *t (set->stab or set->ptab) of *cap slots (at least
 * 256). ZB_OK or ZB_ENOMEM (the table is then unchanged). */
static int pslots_grow(const zb_series_set *set, pslot **t, size_t *cap)
{
    size_t ncap = *cap ? *cap * 2 : 256;
    pslot *n = malloc(ncap * sizeof *n);
    if (!n)
        return ZB_ENOMEM;
    for (size_t i = 0; i < ncap; i++)
        n[i].series = PNONE;
    for (size_t i = 0; i < *cap; i++) {
        const pslot *o = &(*t)[i];
        if (o->series == PNONE)
            continue;
        uint64_t h = t == &set->stab ? series_hash(&set->s[o->series])
                                     : point_hash(o->series, o->start, o->end);
        size_t j = h & (ncap - 1);
        while (n[j].series != PNONE)
            j = (j + 1) & (ncap - 1);
        n[j] = *o;
    }
    free(*t);
    *t = n;
    *cap = ncap;
    return ZB_OK;
}

#define TOO_MANY ((size_t)-2)

/* Index of the series with key k, created when absent; NONE on ENOMEM,
 * TOO_MANY past the limit of 32-bit series indices. */
static size_t series_get(zb_series_set *set, const iseries *k)
{
    if ((set->ns + 1) * 2 > set->stcap && pslots_grow(set, &set->stab, &set->stcap) != ZB_OK)
        return NONE;
    size_t j = series_hash(k) & (set->stcap - 1);
    while (set->stab[j].series != PNONE) {
        if (series_same(&set->s[set->stab[j].series], k))
            return set->stab[j].series;
        j = (j + 1) & (set->stcap - 1);
    }
    if (set->ns >= PNONE)
        return TOO_MANY;
    if (zb_grow(&set->s, &set->scap, set->ns, sizeof *set->s, 64) != 0)
        return NONE;
    set->s[set->ns] = *k;
    set->stab[j] = (pslot){(uint32_t)set->ns, 0, 0, 0};
    return set->ns++;
}

/* ------------------------------------------------------- point table */

static int same_value(double a, double b)
{
    double m = fmax(fabs(a), fabs(b));
    return fabs(a - b) <= 1e-9 * m;
}

_Static_assert(sizeof(const char *) == sizeof(double), "the only source is kept in zb_point.x");

static const char *only_source(const zb_point *p)
{
    const char *doc;
    memcpy(&doc, &p->x, sizeof doc);
    return doc;
}

static int add_source(zb_point *p, const char *doc)
{
    if (p->nsources == 0) {
        memcpy(&p->x, &doc, sizeof doc);
        p->nsources = 1;
        return ZB_OK;
    }
    /* records of one document arrive together: checking the last is enough
     * here; finish removes the rare remaining repeats */
    const char **v = (const char **)p->sources;
    size_t n = p->nsources;
    if ((n == 1 ? only_source(p) : v[n - 1]) == doc)
        return ZB_OK;
    if ((n & (n - 1)) == 0) { /* full: n is its capacity (2, 4, 8, ...) or the one in x */
        const char **nv = realloc(v, 2 * n * sizeof *nv);
        if (!nv)
            return ZB_ENOMEM;
        if (n == 1)
            nv[0] = only_source(p);
        p->sources = v = nv;
    }
    v[p->nsources++] = doc;
    return ZB_OK;
}

/* Class of capacity cap (a value of the next_cap sequence). */
static size_t cap_class(size_t cap)
{
    size_t k = 0;
    for (size_t c = 1; c < cap; c = next_cap(c))
        k++;
    return k;
}

/* Give s->pts room for next_cap(s->cap) points, keeping its points.
 * ZB_OK or ZB_ENOMEM (s unchanged). */
static int grow_points(zb_series_set *set, iseries *s)
{
    size_t ncap = next_cap(s->cap);
    zb_point *n;
    if (ncap > ARENA_MAX_CAP) {
        n = realloc(s->cap > ARENA_MAX_CAP ? s->pts : NULL, ncap * sizeof *n);
        if (!n)
            return ZB_ENOMEM;
        if (s->cap <= ARENA_MAX_CAP)
            memcpy(n, s->pts, s->npts * sizeof *n);
    } else {
        size_t k = cap_class(ncap);
        if ((n = set->freed[k]) != NULL) {
            memcpy(&set->freed[k], (const void *)n, sizeof set->freed[k]); /* next link */
        } else {
            size_t bytes = ncap * sizeof *n;
            if (set->bump_left < bytes) {
                char *b = malloc(ARENA_BLOCK);
                if (!b)
                    return ZB_ENOMEM;
                memcpy(b, &set->blocks, sizeof set->blocks);
                set->blocks = b;
                set->bump = b + sizeof(zb_point); /* the chain link; keeps alignment */
                set->bump_left = ARENA_BLOCK - sizeof(zb_point);
            }
            n = (zb_point *)set->bump;
            set->bump += bytes;
            set->bump_left -= bytes;
        }
        if (s->npts)
            memcpy(n, s->pts, s->npts * sizeof *n);
    }
    if (s->cap && s->cap <= ARENA_MAX_CAP) { /* the old array: onto its free list */
        size_t k = cap_class(s->cap);
        memcpy((void *)s->pts, &set->freed[k], sizeof set->freed[k]);
        set->freed[k] = s->pts;
    }
    s->pts = n;
    s->cap = ncap;
    return ZB_OK;
}

/* Add value to the period (start, end) of series si: merge with an equal
 * value, else start a point (the first of its period, or a conflict). */
static int add_value(zb_series_set *set, size_t si, const zb_period *pd, const char *period,
                     const zb_record *r, const char *doc, zb_error *err)
{
    if ((set->np + 1) * 2 > set->ptcap && pslots_grow(set, &set->ptab, &set->ptcap) != ZB_OK)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    size_t j = point_hash(si, pd->start, pd->end) & (set->ptcap - 1);
    while (set->ptab[j].series != PNONE &&
           !(set->ptab[j].series == si && set->ptab[j].start == pd->start && set->ptab[j].end == pd->end))
        j = (j + 1) & (set->ptcap - 1);
    iseries *s = &set->s[si];
    size_t last = NONE;
    if (set->ptab[j].series != PNONE) {
        for (size_t k = set->ptab[j].point; k != NONE;
             k = s->pts[k].conflict ? (size_t)s->pts[k].conflict - 1 : NONE) {
            if (same_value(s->pts[k].value, r->value)) {
                s->pts[k].nrecords++;
                set->nduplicates++;
                return add_source(&s->pts[k], doc) == ZB_OK ? ZB_OK
                                                             : zb_error_set(err, ZB_ENOMEM, "out of memory");
            }
            last = k;
        }
    }
    if (s->npts >= INT32_MAX)
        return zb_error_set(err, ZB_ENOMEM, "too many points in one series (limit %d)", INT32_MAX);
    if (s->npts == s->cap && grow_points(set, s) != ZB_OK)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    size_t pi = s->npts;
    zb_point *p = &s->pts[pi];
    memset(p, 0, sizeof *p);
    p->period = period;
    p->when = *pd;
    p->value = r->value;
    p->bound = r->bound;
    p->nrecords = 1;
    p->has_offset = r->has_offset ? 1 : 0;
    p->offset = r->off_start;
    add_source(p, doc); /* the first source needs no memory */
    s->npts++;
    set->np++;
    if (last != NONE) {
        s->pts[last].conflict = (int)pi + 1;
        p->has_offset |= NOT_HEAD;
        return ZB_OK;
    }
    set->ptab[j] = (pslot){(uint32_t)si, (uint32_t)pi, pd->start, pd->end};
    return ZB_OK;
}

int zb_series_set_add(zb_series_set *set, const zb_record *r, zb_error *err)
{
    if (set->closed)
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
    if (si == TOO_MANY)
        return zb_error_set(err, ZB_ENOMEM, "too many series (limit %u)", (unsigned)PNONE);
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
    return add_value(set, si, &pd, period, r, doc, err);
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
    const zb_point *p = ctx;
    const zb_point *a = &p[*(const size_t *)pa], *b = &p[*(const size_t *)pb];
    int as = a->when.start, ae = a->when.end, bs = b->when.start, be = b->when.end;
    if (as + ae != bs + be)
        return as + ae < bs + be ? -1 : 1;
    if (as != bs)
        return as < bs ? -1 : 1;
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

/* Copy the n sources in src into out without repeats, first-seen order.
 * Returns the count written. scratch holds at least n pairs. */
static size_t distinct_sources(const char *const *src, size_t n, const char **out, srcpair *scratch)
{
    size_t m = 0;
    memcpy(out, src, n * sizeof *out);
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

/* Put the points of s into their public order and meaning, in place:
 * pidx, tmp hold s->npts indices, spare s->npts points, scratch the
 * largest source count; sources go to *vs onwards. Returns nconflicts. */
static size_t finish_points(iseries *s, size_t *pidx, size_t *tmp, zb_point *spare,
                            srcpair *scratch, const char **vsources, size_t *vs)
{
    /* every value of every period: heads in arrival order, each followed
     * by its chain, then sorted (stable) by x and value */
    size_t n = 0, nconflicts = 0;
    for (size_t k = 0; k < s->npts; k++) {
        if (s->pts[k].has_offset & NOT_HEAD)
            continue;
        int conflict = s->pts[k].conflict != 0;
        nconflicts += conflict;
        for (size_t q = k; q != NONE;) {
            size_t next = s->pts[q].conflict ? (size_t)s->pts[q].conflict - 1 : NONE;
            s->pts[q].conflict = conflict;
            pidx[n++] = q;
            q = next;
        }
    }
    for (size_t k = 0; k < n; k++) /* not in the loop above: it reads the mark */
        s->pts[k].has_offset &= ~NOT_HEAD;
    sort_idx(pidx, n, tmp, cmp_points, s->pts);
    for (size_t k = 0; k < n; k++)
        spare[k] = s->pts[pidx[k]];
    memcpy(s->pts, spare, n * sizeof *spare);
    for (size_t k = 0; k < n; k++) {
        zb_point *pt = &s->pts[k];
        const char **out = vsources + *vs;
        if (pt->nsources == 1) {
            out[0] = only_source(pt);
        } else {
            pt->nsources = distinct_sources(pt->sources, pt->nsources, out, scratch);
            free((void *)pt->sources);
        }
        pt->sources = out;
        *vs += pt->nsources;
        pt->x = zb_period_mid_year(&pt->when);
    }
    return nconflicts;
}

int zb_series_set_finish(zb_series_set *set, zb_error *err)
{
    if (set->finished)
        return ZB_OK;
    /* no more adds: the tables go before anything new is allocated (a
     * finish that fails for want of memory can be called again) */
    set->closed = 1;
    free(set->ptab);
    free(set->stab);
    set->ptab = NULL;
    set->stab = NULL;
    set->ptcap = set->stcap = 0;
    size_t ns = set->ns, total_src = 0, max_src = 0, max_pts = 0;
    for (size_t i = 0; i < ns; i++) {
        const iseries *s = &set->s[i];
        if (s->npts > max_pts)
            max_pts = s->npts;
        for (size_t k = 0; k < s->npts; k++) {
            total_src += s->pts[k].nsources;
            if (s->pts[k].nsources > max_src)
                max_src = s->pts[k].nsources;
        }
    }
    size_t *order = malloc((ns + 1) * sizeof *order);
    size_t *tmp = malloc((ns + 1) * sizeof *tmp);
    size_t *pidx = malloc((max_pts + 1) * sizeof *pidx);
    size_t *ptmp = malloc((max_pts + 1) * sizeof *ptmp);
    zb_point *spare = malloc((max_pts + 1) * sizeof *spare);
    srcpair *scratch = malloc((max_src + 1) * sizeof *scratch);
    set->view = calloc(ns + 1, sizeof *set->view);
    set->vsources = malloc((total_src + 1) * sizeof *set->vsources);
    set->vsiblings = NULL;
    int rc = ZB_OK;
    if (!order || !tmp || !pidx || !ptmp || !spare || !scratch || !set->view || !set->vsources) {
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
    /* From here on nothing fails: every point is converted exactly once. */
    size_t vs = 0, vsib = 0;
    for (size_t a = 0, b; a < ns; a = b) {
        for (b = a + 1; b < ns && cmp_family(&set->s[order[a]], &set->s[order[b]]) == 0; b++)
            ;
        for (size_t id = a; id < b; id++) {
            iseries *is = &set->s[order[id]];
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
            v->nconflicts = finish_points(is, pidx, ptmp, spare, scratch, set->vsources, &vs);
            v->points = is->pts;
            v->npoints = is->npts;
        }
    }
    set->finished = 1;
out:
    free(order);
    free(tmp);
    free(pidx);
    free(ptmp);
    free(spare);
    free(scratch);
    if (rc != ZB_OK) { /* a later finish starts again */
        free(set->view);
        free(set->vsources);
        free(set->vsiblings);
        set->view = NULL;
        set->vsources = NULL;
        set->vsiblings = NULL;
    }
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
