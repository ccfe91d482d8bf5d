/*
 * extract_internal.h -- what the extract_*.c files share (never installed).
 *
 * Text helpers over the normalised UTF-8 text (byte indices, never past an
 * end index), the place-name table, and the period type.
 */
#ifndef ZB_EXTRACT_INTERNAL_H
#define ZB_EXTRACT_INTERNAL_H

#include "zhibiao.h"

#include <stddef.h>
#include <string.h>

/* Code point at s[i] (i < end); *adv gets its byte length (>= 1). */
static inline unsigned xcp(const char *s, size_t i, size_t end, size_t *adv)
{
    const unsigned char *p = (const unsigned char *)s + i;
    size_t n = end - i;
    if (p[0] < 0x80) {
        *adv = 1;
        return p[0];
    }
    if ((p[0] & 0xE0) == 0xC0 && n >= 2) {
        *adv = 2;
        return ((unsigned)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if ((p[0] & 0xF0) == 0xE0 && n >= 3) {
        *adv = 3;
        return ((unsigned)(p[0] & 0x0F) << 12) | ((unsigned)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    if ((p[0] & 0xF8) == 0xF0 && n >= 4) {
        *adv = 4;
        return ((unsigned)(p[0] & 0x07) << 18) | ((unsigned)(p[1] & 0x3F) << 12) |
               ((unsigned)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    }
    *adv = 1;
    return 0xFFFD;
}

/* Start of the character before byte i (not before start). */
static inline size_t xprev(const char *s, size_t start, size_t i)
{
    if (i <= start)
        return start;
    i--;
    while (i > start && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

static inline int xhan(unsigned c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

/* A word of a list, with its length computed at compile time. Lists end
 * with {NULL, 0}. */
typedef struct wl {
    const char *w;
    size_t n;
} wl;
#define W(x) {x, sizeof(x) - 1}

/* Length of w when s[i..end) starts with it, else 0. */
static inline size_t xat(const char *s, size_t i, size_t end, const char *w)
{
    if (i >= end || s[i] != w[0])
        return 0;
    size_t n = strlen(w);
    return (n <= end - i && memcmp(s + i, w, n) == 0) ? n : 0;
}

/* Length of w when s[start..i) ends with it, else 0. */
static inline size_t xends(const char *s, size_t start, size_t i, const char *w)
{
    size_t n = strlen(w);
    return (i - start >= n && s[i - 1] == w[n - 1] && memcmp(s + i - n, w, n) == 0) ? n : 0;
}

/* Longest word of the list at s[i..end); 0 if none. The first two bytes
 * are compared inline: most positions fail there. */
static inline size_t xat_any(const char *s, size_t i, size_t end, const wl *ws)
{
    size_t best = 0, left = end - i;
    if (i >= end)
        return 0;
    for (; ws->w; ws++)
        if (ws->n <= left && ws->n > best && s[i] == ws->w[0] && s[i + 1] == ws->w[1] &&
            memcmp(s + i, ws->w, ws->n) == 0)
            best = ws->n;
    return best;
}

/* Longest word of the list that s[start..i) ends with; 0 if none. */
static inline size_t xends_any(const char *s, size_t start, size_t i, const wl *ws)
{
    size_t best = 0, have = i - start;
    for (; ws->w; ws++)
        if (ws->n <= have && ws->n > best && s[i - 1] == ws->w[ws->n - 1] &&
            memcmp(s + i - ws->n, ws->w, ws->n) == 0)
            best = ws->n;
    return best;
}

/* First occurrence of needle[0..nn) in hay[0..hn), or NULL (memmem is
 * not in C11 or POSIX). */
static inline const char *xmemmem(const char *hay, size_t hn, const char *needle, size_t nn)
{
    const char *p = hay, *end = hay + hn;
    if (nn == 0)
        return hay;
    while (p + nn <= end && (p = memchr(p, needle[0], (size_t)(end - p - nn + 1))) != NULL) {
        if (memcmp(p, needle, nn) == 0)
            return p;
        p++;
    }
    return NULL;
}

/* Does s[start..end) contain w? */
static inline int xhas(const char *s, size_t start, size_t end, const char *w)
{
    size_t n = strlen(w);
    if (end < start || end - start < n)
        return 0;
    return xmemmem(s + start, end - start, w, n) != NULL;
}

static inline int xhas_any(const char *s, size_t start, size_t end, const wl *ws)
{
    if (end <= start)
        return 0;
    for (; ws->w; ws++)
        if (ws->n <= end - start && xmemmem(s + start, end - start, ws->w, ws->n))
            return 1;
    return 0;
}

/* ---------------------------------------------------------- place names */

/* Kind of a place-name table entry. */
enum { PLACE_CITY = 1, PLACE_PROVINCE = 2, PLACE_REGION = 3, PLACE_CITY_STRICT = 4 };

typedef struct xplaces xplaces;
/* Build the table (read-only afterwards). NULL on ENOMEM. */
xplaces *xplaces_new(void);
void xplaces_free(xplaces *p);
/* Longest place name starting at s[i]; returns its length (0: none) and
 * its kind in *kind. */
size_t xplaces_match(const xplaces *p, const char *s, size_t i, size_t end, int *kind);

/* --------------------------------------------------------------- periods */

/* A resolved time reference. */
typedef struct xperiod {
    int set;          /* 0 none, 1 a period, 2 explicitly none (每年) */
    char s[24];       /* "2024", "2024-H1", "2024-01/2024-05", ... */
    int end_y, end_m; /* last month covered, for past/future tests */
    int framing;      /* N年来/以来: carries over paragraphs of a section */
    int asof;         /* 截至: a point; a flow up to it covers the year to date */
    int present;      /* 目前/现有: the publication month */
    int year_only;    /* a whole year (全年, 2024年, 到2026年) */
} xperiod;

/* Can a time word start with this character (besides a digit)? */
static inline int xperiod_start(unsigned c)
{
    switch (c) {
    case 0x4ECA: case 0x672C: case 0x5F53: case 0x53BB: case 0x4E0A: case 0x660E: /* 今本当去上明 */
    case 0x524D: case 0x540E: case 0x5168: case 0x5E74: case 0x6625: case 0x590F: /* 前后全年春夏 */
    case 0x79CB: case 0x51AC: case 0x622A: case 0x8FD1: case 0x8FC7: case 0x8FD9: /* 秋冬截近过这 */
    case 0x6700: case 0x5341: case 0x201C: case 0x76EE: case 0x73B0: case 0x5982: /* 最十“目现如 */
    case 0x773C: case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94: /* 眼一二三四五 */
    case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x7B2C: case 0x4E0B: /* 六七八九第下 */
    case 0x4E24: case 0x3007: case 0x96F6:                                       /* 两〇零 */
        return 1;
    default:
        return 0;
    }
}

/* Recognise a time expression at s[i..end) (extract_period.c). pub_y/pub_m
 * the publication month, ctx_year the year the paragraph named last (0
 * none). Returns bytes consumed, 0 when none starts there. */
size_t xperiod_at(const char *s, size_t i, size_t end, int pub_y, int pub_m, int ctx_year,
                    xperiod *p);

#endif
