/*
 * aliases.c -- canonical names for indicators and zones.
 *
 * The one idea: a name is looked up by its *plain form*, so that trivial
 * differences never reach the table. The plain form drops spaces (ASCII,
 * U+3000, NBSP) and quote marks (" ' “ ” ‘ ’ 「 」 『 』 《 》), turns
 * full-width ASCII U+FF01..U+FF5E into ASCII, upper-cases ASCII letters
 * (gdp = GDP), and, with a normaliser, makes traditional characters
 * simplified. Zones also get the development-zone long forms shortened
 * (高新技术产业开发区 -> 高新区, 经济技术开发区/经济开发区 -> 经开区), as
 * records.md's scorer treats them as one.
 *
 * The table maps "I" or "Z" + plain form -> canonical name. It is a sorted
 * array searched with bsearch: alias lists are small (hundreds), and the
 * series set caches each distinct raw name, so lookups are rare.
 */
#include "zhibiao.h"
#include "zb_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct entry {
    char *key;        /* 'I' or 'Z' then the plain form */
    char *canonical;  /* as written in the table */
} entry;

struct zb_aliases {
    const zb_normalizer *norm;
    entry *e;
    size_t n, cap;
};

/* Built in, so the commonest alias works without the data file. */
static const char *const builtin[][4] = {
    {"indicator", "地区生产总值", "GDP", "生产总值"},
    {"indicator", "地区生产总值", "国内生产总值", NULL},
};

/* Bytes of s at i that the plain form drops (0 when none). */
static size_t skip_len(const unsigned char *s)
{
    if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '"' || *s == '\'')
        return 1;
    if (s[0] == 0xC2 && s[1] == 0xA0)
        return 2;
    static const char *const drop[] = {"\u3000", "\u201c", "\u201d", "\u2018", "\u2019", "\u300c",
                                       "\u300d", "\u300e", "\u300f", "\u300a", "\u300b"};
    for (size_t i = 0; i < sizeof drop / sizeof drop[0]; i++)
        if (strncmp((const char *)s, drop[i], 3) == 0) /* stops at the NUL */
            return 3;
    return 0;
}

/* Plain form of s into a new string (free()); NULL on ENOMEM. */
static char *plain_form(const char *in)
{
    const unsigned char *s = (const unsigned char *)in;
    size_t n = strlen(in);
    char *out = malloc(n + 1), *o = out;
    if (!out)
        return NULL;
    for (size_t i = 0; i < n;) {
        size_t k = skip_len(s + i);
        if (k) {
            i += k;
            continue;
        }
        /* U+FF01..U+FF5E = EF BC 81..EF BC BF, EF BD 80..EF BD 9E -> 0x21..0x7E */
        if (s[i] == 0xEF && i + 2 < n && (s[i + 1] == 0xBC || s[i + 1] == 0xBD)) {
            unsigned cp = 0xFF00u + (unsigned)((s[i + 1] & 0x03) << 6) + (s[i + 2] & 0x3F);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                unsigned char c = (unsigned char)(cp - 0xFF01 + 0x21);
                if (skip_len(&c) == 0)
                    *o++ = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
                i += 3;
                continue;
            }
        }
        unsigned char c = s[i++];
        *o++ = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
    }
    *o = 0;
    return out;
}

/* Replace every occurrence of from by to (to no longer than from) in place. */
static void shorten(char *s, const char *from, const char *to)
{
    size_t fl = strlen(from), tl = strlen(to);
    char *p;
    while ((p = strstr(s, from)) != NULL) {
        memcpy(p, to, tl);
        memmove(p + tl, p + fl, strlen(p + fl) + 1);
    }
}

/* The lookup key: kind letter + plain form (+ zone shortening). */
static char *make_key(const zb_aliases *a, char kind, const char *s)
{
    char *p;
    if (a && a->norm) {
        char *simp = zb_normalize_str(a->norm, s);
        if (!simp)
            return NULL;
        p = plain_form(simp);
        free(simp);
    } else {
        p = plain_form(s);
    }
    if (!p)
        return NULL;
    if (kind == 'Z') {
        shorten(p, "高新技术产业开发区", "高新区");
        shorten(p, "经济技术开发区", "经开区");
        shorten(p, "经济开发区", "经开区");
    }
    char *k = zb_strdupf("%c%s", kind, p);
    free(p);
    return k;
}

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->key, ((const entry *)b)->key);
}

/* Insert or replace key -> canonical. Takes ownership of key. */
static int put(zb_aliases *a, char *key, const char *canonical)
{
    char *c = strdup(canonical);
    if (!c) {
        free(key);
        return ZB_ENOMEM;
    }
    size_t lo = 0, hi = a->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int d = strcmp(a->e[mid].key, key);
        if (d == 0) {
            free(a->e[mid].canonical);
            a->e[mid].canonical = c;
            free(key);
            return ZB_OK;
        }
        if (d < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (zb_grow(&a->e, &a->cap, a->n, sizeof *a->e, 64) != 0) {
        free(key);
        free(c);
        return ZB_ENOMEM;
    }
    memmove(a->e + lo + 1, a->e + lo, (a->n - lo) * sizeof *a->e);
    a->e[lo] = (entry){key, c};
    a->n++;
    return ZB_OK;
}

int zb_aliases_add(zb_aliases *a, const char *what, const char *canonical, const char *alias)
{
    if (!a || !what || !canonical || !alias || !*canonical)
        return ZB_EUSAGE;
    char kind = strcmp(what, "indicator") == 0 ? 'I' : strcmp(what, "zone") == 0 ? 'Z' : 0;
    if (!kind)
        return ZB_EUSAGE;
    int rc = ZB_OK;
    const char *names[2] = {canonical, alias};
    for (int i = 0; i < 2 && rc == ZB_OK; i++) {
        char *key = make_key(a, kind, names[i]);
        rc = key ? put(a, key, canonical) : ZB_ENOMEM;
    }
    return rc;
}

zb_aliases *zb_aliases_new(const zb_normalizer *norm)
{
    zb_aliases *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->norm = norm;
    for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
        for (int j = 2; j < 4 && builtin[i][j]; j++)
            if (zb_aliases_add(a, builtin[i][0], builtin[i][1], builtin[i][j]) != ZB_OK) {
                zb_aliases_free(a);
                return NULL;
            }
    return a;
}

void zb_aliases_free(zb_aliases *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->n; i++) {
        free(a->e[i].key);
        free(a->e[i].canonical);
    }
    free(a->e);
    free(a);
}

/* Split line at TABs in place into at most max fields; returns the count. */
static size_t split_tabs(char *line, char **f, size_t max)
{
    size_t n = 0;
    char *p = line;
    while (n < max) {
        f[n++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = 0;
        p = t + 1;
    }
    return n;
}

int zb_aliases_load(zb_aliases *a, const char *path, zb_error *err)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        int rc = zb_error_set(err, ZB_EIO, "cannot open alias file: %s", strerror(errno));
        if (err)
            snprintf(err->file, sizeof err->file, "%s", path);
        return rc;
    }
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t len;
    int rc = ZB_OK;
    while (rc == ZB_OK && (len = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = 0;
        char *s = line;
        if (lineno == 1 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
            s += 3;
        if (*s == 0 || *s == '#')
            continue;
        char *fld[64];
        size_t nf = split_tabs(s, fld, 64);
        if (nf < 3 || (strcmp(fld[0], "indicator") && strcmp(fld[0], "zone")) || !*fld[1]) {
            rc = zb_error_set(err, ZB_EPARSE,
                              "expected 'indicator|zone<TAB>CANONICAL<TAB>ALIAS...', got '%.80s'",
                              fld[0]);
            if (err) {
                snprintf(err->file, sizeof err->file, "%s", path);
                err->line = lineno;
            }
            break;
        }
        for (size_t i = 2; i < nf && rc == ZB_OK; i++)
            if (*fld[i])
                rc = zb_aliases_add(a, fld[0], fld[1], fld[i]);
        if (rc == ZB_ENOMEM)
            zb_error_set(err, rc, "out of memory");
    }
    free(line);
    fclose(f);
    return rc;
}

/* Canonical name of s for kind: the table's entry, else s's plain form. */
static char *lookup(const zb_aliases *a, char kind, const char *s)
{
    if (!s)
        return NULL;
    char *key = make_key(a, kind, s);
    if (!key)
        return NULL;
    if (a && a->n) {
        entry probe = {key, NULL};
        const entry *hit = bsearch(&probe, a->e, a->n, sizeof *a->e, cmp_entry);
        if (hit) {
            free(key);
            return strdup(hit->canonical);
        }
    }
    memmove(key, key + 1, strlen(key)); /* drop the kind letter */
    return key;
}

char *zb_aliases_indicator(const zb_aliases *a, const char *s) { return lookup(a, 'I', s); }
char *zb_aliases_zone(const zb_aliases *a, const char *s) { return lookup(a, 'Z', s); }
