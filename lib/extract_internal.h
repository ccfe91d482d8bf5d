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
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#if defined(__SSE2__) && !defined(ZB_NO_SSE2)
#include <emmintrin.h>
#endif

/* Always inlined where the compiler allows: strlen and memcmp of a
 * literal word then fold into a few compares (these run at nearly every
 * character). */
#if defined(__GNUC__)
#define XINLINE static inline __attribute__((always_inline))
#else
#define XINLINE static inline
#endif

/* Code point at s[i] (i < end); *adv gets its byte length (>= 1). */
XINLINE unsigned xcp(const char *s, size_t i, size_t end, size_t *adv)
{
    const unsigned char *p = (const unsigned char *)s + i;
    size_t n = end - i;
    if (p[0] < 0x80) {
        *adv = 1;
        return p[0];
    }
    /* three bytes first: Chinese text is mostly that */
    if ((p[0] & 0xF0) == 0xE0 && n >= 3) {
        *adv = 3;
        return ((unsigned)(p[0] & 0x0F) << 12) | ((unsigned)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    if ((p[0] & 0xE0) == 0xC0 && n >= 2) {
        *adv = 2;
        return ((unsigned)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
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
XINLINE size_t xat(const char *s, size_t i, size_t end, const char *w)
{
    if (i >= end || s[i] != w[0])
        return 0;
    size_t n = strlen(w);
    return (n <= end - i && memcmp(s + i, w, n) == 0) ? n : 0;
}

/* Length of w when s[start..i) ends with it, else 0. */
XINLINE size_t xends(const char *s, size_t start, size_t i, const char *w)
{
    size_t n = strlen(w);
    return (i - start >= n && s[i - 1] == w[n - 1] && memcmp(s + i - n, w, n) == 0) ? n : 0;
}

/* memcmp(a, b, n) == 0 for a word of a list (a few bytes, n not known
 * at compile time): compared in place, no call. */
XINLINE int same_bytes(const char *a, const char *b, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (a[k] != b[k])
            return 0;
    return 1;
}

/* Longest word of the list at s[i..end); 0 if none. The first two bytes
 * are compared inline: most positions fail there, most words at the
 * first (so it is tested first). */
static inline size_t xat_any(const char *s, size_t i, size_t end, const wl *ws)
{
    size_t best = 0, left = end - i;
    if (i >= end)
        return 0;
    const char c0 = s[i];
    for (; ws->w; ws++)
        if (ws->w[0] == c0 && ws->n <= left && ws->n > best && s[i + 1] == ws->w[1] &&
            same_bytes(s + i, ws->w, ws->n))
            best = ws->n;
    return best;
}

/* Longest word of the list that s[start..i) ends with; 0 if none. The
 * last byte is compared first: most words fail there (the lists hold no
 * empty word). */
static inline size_t xends_any(const char *s, size_t start, size_t i, const wl *ws)
{
    size_t best = 0, have = i - start;
    if (have == 0)
        return 0; /* (no word is empty) */
    const char cl = s[i - 1];
    for (; ws->w; ws++)
        if (ws->w[ws->n - 1] == cl && ws->n <= have && ws->n > best &&
            same_bytes(s + i - ws->n, ws->w, ws->n))
            best = ws->n;
    return best;
}

/* First occurrence of needle[0..nn) in hay[0..hn), or NULL (memmem is
 * not in C11 or POSIX). Sixteen start positions or more (SSE2): sixteen
 * at a time, those whose first and last bytes both match, then the bytes
 * between; in Chinese UTF-8 a lead byte and a final continuation byte
 * together rule out nearly every position, where memchr of one byte stops
 * every hundred bytes or so, a call each time. Fewer (or no SSE2): memchr
 * for the needle's LAST byte (a final continuation byte is one of 64
 * values, a lead byte E4..E9 every third byte: far fewer false starts),
 * one call reading a short range at once (a test of the few starts in
 * registers, in place of it, was no faster). Either way the candidates
 * come in text order: the first match. */
static inline const char *xmemmem(const char *hay, size_t hn, const char *needle, size_t nn)
{
    const char *q, *end = hay + hn;
    if (nn == 0)
        return hay;
    if (hn < nn)
        return NULL;
#if defined(__SSE2__) && !defined(ZB_NO_SSE2)
    if (nn >= 2 && hn >= nn + 15) {
        const __m128i f = _mm_set1_epi8(needle[0]), l = _mm_set1_epi8(needle[nn - 1]);
        size_t k = 0, last = hn - nn - 15; /* (the last window: starts last..last+15) */
        for (;;) {
            size_t w = k < last ? k : last;
            __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(hay + w));
            __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(hay + w + nn - 1));
            unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, f), _mm_cmpeq_epi8(b, l)));
            m &= ~0u << (k - w); /* (the overlapping last window: only starts from k) */
            for (; m; m &= m - 1) {
                size_t j = w + (size_t)__builtin_ctz(m);
                if (same_bytes(hay + j + 1, needle + 1, nn - 2))
                    return hay + j;
            }
            if (w == last)
                return NULL;
            k += 16;
        }
    }
#endif
    q = hay + nn - 1;
    while (q < end && (q = memchr(q, needle[nn - 1], (size_t)(end - q))) != NULL) {
        if (q[1 - (ptrdiff_t)nn] == needle[0] && memcmp(q + 1 - nn, needle, nn - 1) == 0)
            return q + 1 - nn;
        q++;
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

#if defined(__SSE2__) && !defined(ZB_NO_SSE2)
/* Bit k set where byte k of a range of 16..64 bytes equals c: the range
 * read as four loads at the offsets off (the last ones overlap at its
 * end, never past it; no branch). */
static inline uint64_t xbytes_eq4(const __m128i v[4], const unsigned off[4], char c)
{
    const __m128i cv = _mm_set1_epi8(c);
    return (uint64_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v[0], cv)) << off[0] |
           (uint64_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v[1], cv)) << off[1] |
           (uint64_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v[2], cv)) << off[2] |
           (uint64_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v[3], cv)) << off[3];
}

/* The same for a range of 4..15 bytes: two halves of `half` bytes (8 or
 * 4; the second one at sh) in one register. */
static inline uint64_t xbytes_eq2(__m128i v, unsigned half, unsigned sh, char c)
{
    uint64_t t = (uint64_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c))), lo = ((uint64_t)1 << half) - 1;
    return (t & lo) | ((t >> half) & lo) << sh;
}

/* Is the word w (1 <= w->n <= the range's length) at a start whose bit is
 * set in both mf (the bytes equal to its first byte) and ml (to its last,
 * at their places in the range p[..])? */
static inline int xword_in(const char *p, const wl *w, uint64_t mf, uint64_t ml)
{
    for (uint64_t m = mf & (ml >> (w->n - 1)); m; m &= m - 1)
        if (same_bytes(p + (size_t)__builtin_ctzll(m) + 1, w->w + 1, w->n - 1))
            return 1;
    return 0;
}
#endif

/* Does s[start..end) contain a word of the list? A short range (4..64
 * bytes, SSE2): read into registers once, then every start of each word
 * tested at once by its first and last bytes (a memchr per word cost a
 * call each: figure_at's fourteen ranking words before every 第). */
static inline int xhas_any(const char *s, size_t start, size_t end, const wl *ws)
{
    if (end <= start)
        return 0;
#if defined(__SSE2__) && !defined(ZB_NO_SSE2)
    const size_t len = end - start;
    const char *p = s + start;
    if (len >= 16 && len <= 64) {
        __m128i v[4];
        unsigned off[4];
        for (unsigned k = 0; k < 4; k++) {
            off[k] = 16 * k + 16 <= len ? 16 * k : (unsigned)len - 16;
            v[k] = _mm_loadu_si128((const __m128i *)(const void *)(p + off[k]));
        }
        for (; ws->w; ws++)
            if (ws->n <= len && (ws->n == 0 || /* (the empty word, as xmemmem: everywhere) */
                                 xword_in(p, ws, xbytes_eq4(v, off, ws->w[0]), xbytes_eq4(v, off, ws->w[ws->n - 1]))))
                return 1;
        return 0;
    }
    if (len >= 4 && len < 16) {
        const unsigned half = len >= 8 ? 8 : 4, sh = (unsigned)len - half;
        __m128i v;
        if (half == 8)
            v = _mm_unpacklo_epi64(_mm_loadl_epi64((const __m128i *)(const void *)p),
                                   _mm_loadl_epi64((const __m128i *)(const void *)(p + len - 8)));
        else {
            uint32_t x, y;
            memcpy(&x, p, 4);
            memcpy(&y, p + len - 4, 4);
            v = _mm_unpacklo_epi32(_mm_cvtsi32_si128((int)x), _mm_cvtsi32_si128((int)y));
        }
        for (; ws->w; ws++)
            if (ws->n <= len &&
                (ws->n == 0 || xword_in(p, ws, xbytes_eq2(v, half, sh, ws->w[0]), xbytes_eq2(v, half, sh, ws->w[ws->n - 1]))))
                return 1;
        return 0;
    }
#endif
    for (; ws->w; ws++)
        if (ws->n <= end - start && xmemmem(s + start, end - start, ws->w, ws->n))
            return 1;
    return 0;
}

/* A list's words by their first character, for xhas_any_f: bit (c &
 * 4095) of the first character c of every word that starts with a
 * three-byte character (the low six bits of its last two bytes); other:
 * some word does not. Built once by xfirst_build, read-only after. */
typedef struct xfirst {
    uint64_t bits[64];
    int other;
} xfirst;

static inline void xfirst_build(xfirst *f, const wl *ws)
{
    memset(f, 0, sizeof *f);
    for (; ws->w; ws++) {
        const unsigned char *u = (const unsigned char *)ws->w;
        if ((u[0] & 0xF0) != 0xE0 || ws->n < 3) {
            f->other = 1;
            continue;
        }
        unsigned key = ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        f->bits[key >> 6] |= (uint64_t)1 << (key & 63);
    }
}

/* A word of the list at s[j] inside [j, end), the filter's bit at j set
 * (j + 3 <= end)? */
static inline int xfirst_word_at(const char *s, size_t j, size_t end, const wl *ws, const xfirst *f)
{
    const unsigned char *u = (const unsigned char *)s + j;
    unsigned key = ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    if (!((f->bits[key >> 6] >> (key & 63)) & 1))
        return 0;
    for (; ws->w; ws++)
        if (ws->n <= end - j && same_bytes(s + j, ws->w, ws->n))
            return 1;
    return 0;
}

/* The first place in s[start..end) where a word of the list with the
 * filter f occurs (end when none): one pass over the text instead of one
 * search per word. Only at a three-byte lead byte (E0..EF) can such a
 * word start (at any byte a match could: every one is looked at, sixteen
 * at a time with SSE2); there the filter's bit of the character, and the
 * words after it. A list with other words (f->other), word by word at
 * every byte. */
static inline size_t xfind_any_f(const char *s, size_t start, size_t end, const wl *ws, const xfirst *f)
{
    if (end < start + 3) /* (no word of the filter fits) */
        return f->other && xat_any(s, start, end, ws) ? start : end;
    const unsigned char *u = (const unsigned char *)s;
    size_t k = start, lim = end - 2; /* (a word starts before lim) */
    if (f->other) {
        for (; k < end; k++)
            if (xat_any(s, k, end, ws))
                return k;
        return end;
    }
#if defined(__SSE2__) && !defined(ZB_NO_SSE2)
    for (; k + 16 <= end; k += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + k));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xF0)), _mm_set1_epi8((char)0xE0)));
        for (; m; m &= m - 1) {
            size_t j = k + (size_t)__builtin_ctz(m);
            if (j < lim && xfirst_word_at(s, j, end, ws, f))
                return j;
        }
    }
#endif
    for (; k < lim; k++)
        if ((u[k] & 0xF0) == 0xE0 && xfirst_word_at(s, k, end, ws, f))
            return k;
    return end;
}

/* xhas_any(s, start, end, ws) for a list with the filter f. */
static inline int xhas_any_f(const char *s, size_t start, size_t end, const wl *ws, const xfirst *f)
{
    if (f->other)
        return xhas_any(s, start, end, ws);
    return end > start && xfind_any_f(s, start, end, ws, f) < end;
}

/* v rounded to 15 significant digits, as strtod of "%.15g" gives it
 * (numeral.c; decimal scaling noise such as 109459999999.99998 goes). */
double xtidy15(double v);
/* Value of a Chinese digit 〇零一二两三四五六七八九, or -1 (numeral.c). */
int xcdigit(unsigned c);

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
/* Set bit in cclass for the first character of every name of the table. */
void xplaces_mark(const xplaces *p, unsigned short *cclass, unsigned short bit);
/* A filter of the names' first two characters: a bitmap of XPAIR_BITS
 * bits, bit xpair_hash(u) set for the first six bytes u of every name. A
 * clear bit at s[i] (or fewer than six bytes left) says no name of the
 * table starts there: xplaces_match would return 0. */
#define XPAIR_BITS 32768
/* u[0..6) as one number: two loads joined in registers (a memcpy of six
 * bytes into eight goes through memory and stalls the load after it). */
static inline uint64_t xload6(const unsigned char *u)
{
    uint32_t lo;
    uint16_t hi;
    memcpy(&lo, u, 4);
    memcpy(&hi, u + 4, 2);
    return lo | (uint64_t)hi << 32;
}
static inline unsigned xpair_hash(const unsigned char *u)
{
    return (unsigned)((xload6(u) * 0x9E3779B97F4A7C15u) >> 49); /* (15 bits) */
}
static inline int xpair_maybe(const uint64_t *pairs, const unsigned char *u, size_t left)
{
    if (left < 6)
        return 0;
    unsigned h = xpair_hash(u);
    return (int)((pairs[h >> 6] >> (h & 63)) & 1);
}
/* Copy the table's filter into pairs (XPAIR_BITS / 64 words); -1 when a
 * name is shorter than two characters (the filter would not hold). */
int xplaces_pairs(const xplaces *p, uint64_t *pairs);

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
    case 0x4E24: case 0x3007: case 0x96F6: case 0x9996:                          /* 两〇零首 */
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
/* xperiod_at's first tests, inline for a caller at most of whose
 * characters no time word starts (extract.c, sentence): 0 when xperiod_at
 * would surely return 0 there. A digit needs after its number (of five
 * digits at most) what date_tail wants (- ~ 年 月 季 至 到 — ～) or a
 * space; a three-byte character and the one after it, a set bit of
 * xperiod_pair (extract_period.c: PAIR, what xperiod_at tests first;
 * built by xperiod_tables, which zb_extractor_new calls). */
extern uint64_t xperiod_pair[256][4];
void xperiod_tables(void);
/* The bit of xperiod_pair for the three-byte character at u (i + 3 <=
 * end, left = end - i) and the one after it: at row c0 & 255, column the
 * ASCII byte or the low eight bits of a three-byte character; 1 when the
 * next is neither (at the end, not a whole character). */
XINLINE int xperiod_pair_maybe(const unsigned char *u, size_t left)
{
    unsigned col;
    if (left >= 6 && (u[3] & 0xF0) == 0xE0)
        col = ((u[4] & 3u) << 6) | (u[5] & 0x3Fu);
    else if (left >= 4 && u[3] < 0x80)
        col = u[3];
    else
        return 1;
    return (int)((xperiod_pair[((u[1] & 3u) << 6) | (u[2] & 0x3Fu)][col >> 6] >> (col & 63)) & 1);
}
XINLINE int xperiod_may_start(const char *s, size_t i, size_t end)
{
    const unsigned char *u = (const unsigned char *)s + i;
    size_t left = end - i, j = 0;
    if (u[0] >= '0' && u[0] <= '9') {
        while (j < left && j < 6 && u[j] >= '0' && u[j] <= '9')
            j++;
        if (j == left || j == 6)
            return 0;
        if (u[j] < 0x80)
            return u[j] == '-' || u[j] == '~' || u[j] == ' ';
        if (left - j < 3)
            return 0;
        uint32_t v = (uint32_t)u[j] << 16 | (uint32_t)u[j + 1] << 8 | u[j + 2];
        return v == 0xE5B9B4 || v == 0xE69C88 || v == 0xE5ADA3 || v == 0xE887B3 || v == 0xE588B0 ||
               v == 0xE28094 || v == 0xEFBD9E; /* 年 月 季 至 到 — ～ */
    }
    if ((u[0] & 0xF0) != 0xE0 || left < 3)
        return 0;
    return xperiod_pair_maybe(u, left);
}

/* ------------------------------------------------ a document being read */
/* (extract.c runs it; extract_zone.c and extract_indicator.c read it) */

/* Classes of BMP characters (bits of zb_extractor.cclass): one table
 * lookup per character instead of a chain of comparisons. */
enum {
    CC_PERIOD = 1, CC_MOOD = 2, CC_NUMERAL = 4, CC_TARGET = 8,
    CC_NSTOP = 16,  /* cannot be inside a zone name (的, 在, 年 ...) */
    CC_ZSUF = 32,   /* starts a zone suffix (高新区, 县, 科学城 ...) */
    CC_EDGE = 64,   /* a name may follow it (在, 于, 据, 将, 从, 自) */
    CC_NSTART = 128, /* cannot start a zone name (区, 市, 县, 镇, 乡) */
    CC_STATUSW = 256, /* starts a word of estimate or accomplishment (预计, 已) */
    CC_ZSTART = 512,  /* may start a zone word of xzone_at besides a learned name */
    CC_LEAD = 1024,   /* starts a leading word of an indicator (extract_indicator.c) */
    CC_TRAIL = 2048,  /* ends a trailing word of an indicator */
    CC_PLACE = 4096,  /* starts a name of the place table */
    CC_HOOK = 8192,   /* 以 (以来), 首 (首位), 翻 (翻番): words the sentence scan tries */
    CC_ORG = 16384,   /* starts a word of an organisation's name (公司, 统计局) */
    CC_HAN = 32768    /* xhan(c): a Han character */
};

/* Classes of BMP characters for the first pass over the lines (extract.c,
 * line_stats; bits of zb_extractor.xclass, made from cclass): XC_HAN is
 * CC_HAN; XC_LS may start a place name (CC_PLACE) and XC_DIST is 区, 县 or
 * 镇: characters whose place line_stats notes for xlearn_from_line (the
 * first only while it looks for the text's city); XC_CAND may start a time
 * word or a figure (a digit, CC_PERIOD, CC_NUMERAL, CC_HOOK); XC_MARK ends
 * a sentence (! ? ; 。); XC_STAT is CC_STATUSW; XC_TGT is CC_TARGET;
 * XC_MOOD is CC_MOOD. A character with no bit but XC_HAN needs only
 * counting. */
enum { XC_HAN = 1, XC_LS = 2, XC_CAND = 4, XC_MARK = 8, XC_STAT = 16, XC_TGT = 32, XC_DIST = 64,
       XC_MOOD = 128 };

/* What an ASCII byte counts as in line_stats (zb_extractor.ascii_role):
 * a blank (space, tab), a digit, a mark (, ; : ! ?), a bar (|); AR_FIG:
 * its class in xclass is XC_CAND alone, AR_CLASS: another one, not 0. Most
 * bytes (letters) have no role. */
enum { AR_SPACE = 1, AR_DIGIT = 2, AR_MARK = 4, AR_BAR = 8, AR_CLASS = 16, AR_FIG = 32 };

struct zb_extractor {
    zb_normalizer *norm;
    xplaces *places;
    zb_normtext nt;
    unsigned short cclass[0x10000]; /* read-only after zb_extractor_new */
    unsigned char xclass[0x10000];  /* XC_* bits, made from cclass */
    unsigned char ascii_role[128];  /* AR_* bits, made from xclass */
    /* Three-byte characters line_stats only counts: [0] of no class but
     * XC_HAN, [1] nor XC_LS (places not noted). Indexed by
     * the bytes b0 b1 b2 of the character (valid UTF-8): bit b2 & 63 of
     * word (b0 << 6) + b1 - 0x3800 (that is, bit c & 63 of word (c >> 6) +
     * 0x80; any b0 of E0..EF and b1 stay inside). 19 KB. */
    uint64_t plain[2][0x4C0];
    /* ... two filters of those that are not (line_stats_vbmi): for every
     * three-byte c not plain (in [0], [1] as plain), bit c >> 8 & 7 of
     * byte (c & 63) | (c >> 6 & 1) << 6 and bit c >> 11 & 7 of byte 128 +
     * ((c & 63) | (c >> 7 & 1) << 6) are set; c with either bit clear is
     * plain. 512 bytes. */
    unsigned char plainf[2][256];
    /* ... and filters as those (two bits of selector, c >> 8 & 3 and
     * c >> 11 & 3) of the first characters of three bytes of the words
     * of a heading's lists (head1: bits 0..3) and of W_FURNITURE (furn1:
     * bits 4..7): heading and furniture_in look no further in a line
     * with none (extract.c, first_maybe); hf_ok: their other first
     * characters are none of head1, and 'I', 'C' or of two bytes of
     * furn1 */
    unsigned char hff[256];
    int hf_ok;
    /* ... and the three-byte characters not plain by [1] (a few dozen)
     * by a perfect hash (line_stats_vbmi2): slot ((b2 & 63) ^ t1[b1 & 63]
     * ^ t0[b0 & 63]) & 127 of a character b0 b1 b2 holds its bytes
     * (e0, e1, e2; 0 in a free slot) and its class (cls, xclass); for a
     * character that starts a word of mood (XC_MOOD), the word's bytes
     * 3..5 (m3, m4, m5; 0 when it has none: a word of one character). */
    struct xkeys {
        unsigned char t1[64], t0[64];
        unsigned char cls[128], e0[128], e1[128], e2[128], m3[128], m4[128], m5[128];
    } keys;
    /* Han characters where zone_mentions needs look no further (extract.c),
     * indexed as plain */
    uint64_t zquiet[0x4C0];
    /* ... and those quiet but for starting a place name (zone_mentions
     * asks place_pairs then), indexed as plain */
    uint64_t zplace[0x4C0];
    uint64_t place_pairs[XPAIR_BITS / 64]; /* xplaces_pairs */
    /* ... and, for its first look before xgeneric_zone_at, [0] those of
     * class CC_ZSUF (a suffix may start there), [1] those not Han or of
     * class CC_NSTOP, not CC_ZSUF (a name ends before them), indexed as
     * plain */
    uint64_t zgen[2][0x4C0];
    /* by a 6-bit hash of a character (extract.c, status_hash): bit k set
     * when word k of W_ESTIMATE then W_ACTUAL may start with it */
    unsigned short status_first[64];
    uint32_t target_first[64];      /* ... bit k: word k of W_TARGET (extract.c, target_at) */
    unsigned char bound_last[32];   /* bit b: a bound word (extract.c, bound_before) ends with byte b */
    unsigned char stop2[8192];      /* bit (b0 << 8 | b1): a word of W_STOP starts with bytes b0 b1 */
    unsigned char stop1[8192];      /* bit c: a word of W_STOP starts with character c */
    unsigned char furn1[8192];      /* bit c: a word of W_FURNITURE starts with character c */
    unsigned char head1[8192];      /* bit c: a word of a heading's lists (extract.c, heading) starts with c */
    int wide;                       /* the CPU has AVX2 (1, extract.c, line_stats_wide), AVX-512BW too (2, line_stats_512), VBMI (3), VBMI2 (4) */
    /* by status_hash of a first character (extract.c): bit k when word k of
     * W_FURNITURE, of W_HEAD_PLAN (k < 8) then W_HEAD_DONE (8 + k) may
     * start with it; */
    uint32_t furn_first[64], head_first[64];
    uint64_t stop_first[64][2]; /* ... word k of W_STOP: bit k % 64 of [k / 64] */
    /* the words of mood by first character c, slot c & 255 (extract.c,
     * doc_mood; c 0xFFFFFFFF: none) */
    struct xmood {
        uint64_t rest, mask;   /* bytes 3..10 of the word, and which of them it has */
        unsigned c;            /* its first character */
        unsigned char n, plan, intent; /* its length; of W_MOOD_PLAN, of W_MOOD_INTENT */
        unsigned char last;    /* its byte 11 (a word of 12) */
    } mood[256];
    /* Characters of class CC_NUMERAL or CC_HOOK, less those sentence's
     * scan decides by the character after them (the numerals of NUMERALS
     * but 百千, and 以, by SCAN_PAIR in extract.c; all of CC_NUMERAL when the class
     * is not exactly NUMERALS): at the others of its candidates only a
     * time word may start. Indexed as plain. */
    uint64_t numhook[0x4C0];
};


#define MAX_NAMES 48
#define NAME_FIRST 4096 /* bits of doc.name_first (c & 4095: zone_mentions reads it from bytes) */
#define MAX_EVENTS 32
#define MAX_SPANS 24
#define MAX_ZM 24
#define NAME_CAP 64
#define IND_CAP 160
/* Every look-back or look-ahead around a figure stops after this many bytes
 * (about 200 characters), so a text without punctuation costs linear time. */
#define WINDOW 600

typedef struct fig {
    size_t ns, ne;      /* number+unit span (normalised bytes) */
    size_t bs, be;      /* with bound words before/after */
    size_t cs, ce;      /* clause (between , ; : 、) */
    size_t ws;          /* start of the comma clause (、 does not cut it) */
    double value;
    zb_kind kind;
    const char *unit;
    zb_bound bound;
    const char *basis;
    int thresh;         /* a threshold inside a noun phrase: not a record */
    int decline;        /* 下降/减少 */
    int each;           /* 均/都 before it: one record per listed figure */
    int respectively;   /* 分别 before it */
    int copies;         /* records made by 均 */
    int range;          /* 1 lower end of a range (3%-5%, 3至5个), 2 upper end */
    int zm;             /* 1 + index of the zone 分别 gave it, or 0 */
    char ind[IND_CAP];
} fig;

typedef struct span {
    size_t s, e;
    xperiod p;
    int detail;         /* a later clause's time word inside the frame: dates that clause only */
    int cumulative;     /* "自2022年6月印发《...》以来": the interval since, for a 累计 figure only */
} span;

typedef struct zmention {
    size_t s, e;
    int weak;           /* a bare city name: does not override a section zone */
    char zone[NAME_CAP];
} zmention;

/* Characters of a line noted for xlearn_from_line. */
#define XLPOS 64

/* Where a word of a list occurs: s[s..e). */
#define XWORDS 32
typedef struct xword_at {
    size_t s, e;
} xword_at;

typedef struct doc {
    const zb_extractor *x;
    const char *src;     /* decoded text */
    size_t src_len;
    const char *s;       /* normalised text */
    size_t n;
    const zb_extract_opts *opts;
    zb_record_fn fn;
    void *user;
    int rc;              /* callback's stop value or a zb_code */
    /* A headline's figures are held back (with every record after them)
     * until the text ends: a body restating one (same value, kind, unit,
     * bound, basis) drops the headline's copy (extract.c, emit). */
    int in_headline;     /* emitting the headline's records */
    zb_record *held;     /* records held back, in order (deep copies) */
    unsigned char *dropped; /* held[i] is a restated headline figure */
    size_t nheld, capheld, nhead; /* the first nhead of held are the headline's */

    int pub_y, pub_m, pub_d;
    int doc_year;        /* the year a report is about ("2023年...统计公报"), or 0 */
    int sec_year;        /* the year a heading names ("一、2023年工作回顾"), or 0 */
    char published[16];
    char city[NAME_CAP];      /* stem of the document's city, "镇江" */
    char province[NAME_CAP];  /* the document's province, "江苏省", for 全省 */
    char doc_zone[NAME_CAP];
    char office_zone[NAME_CAP]; /* the province or city of the office issuing the text (安徽省商务厅): the text's zone when no line names one */
    char sec_zone[NAME_CAP];
    char para_zone[NAME_CAP]; /* the zone a sentence of the paragraph opened with (extract.c) */
    size_t para_zone_upto;    /* the text before it was looked at for a new paragraph */
    size_t para_open, para_open_e; /* the paragraph's first sentence had no figure: its opening, end (0 none) */
    size_t nnames;       /* names learned (names, zones, nlen below) */
    unsigned char name_first[NAME_FIRST / 8]; /* bit (c % NAME_FIRST): the first character c of a name (xname_first) */
    size_t nevents;      /* (events below) */

    xperiod para_period, sec_frame;
    xperiod carry;       /* a statistical period (1-5月, 前三季度, 上半年) carried on */
    xperiod lead;        /* ... the one the headline or the opening paragraphs set */
    int lead_open;       /* still in the headline and the opening paragraphs */
    int para_year;
    int para_this_year;  /* para_period was named 今年/本年/全年 */
    int doc_mood, sec_mood, para_mood;  /* ZB_STATUS_* or -1 */
    size_t line_np, line_nd;            /* mood words counted (doc_mood) */
    size_t line_ni;                     /* ... of them words of intention (将, 要, 力争) */
    size_t nlpos;                       /* the line's characters xlearn_from_line needs (lpos below; XLPOS + 1: more) */
    size_t lpos_a, lpos_b;              /* ... and its bounds */
    int lpos_places;                    /* ... with the places of XC_LS (else XC_DIST only) */
    size_t paren_at;                    /* the first '(' at or after the last line xlearn_from_line read, + 1 (0: not looked for) */
    size_t mood_upto;                   /* the lines before it had their mood words noted (mo) */
    int mood_open;                      /* still noting them */
    /* the first characters of words of mood (XC_MOOD) line_stats noted
     * while mood_open, in text order (doc_mood counts the words there) */
    size_t *mo;
    size_t nmo, capmo;
    char topic[IND_CAP];                /* subject of the sentence so far */

    fig *figs;
    size_t nfigs, capfigs;
    size_t range_at;     /* where the upper end of a range ("3%-5%") starts */
    size_t tgt_at;       /* first word of intention in the sentence, or SIZE_MAX */
    /* words of estimate (预计) and of accomplishment (已, 累计) in the
     * sentence (est, act below) */
    size_t nest, nact;   /* XWORDS + 1: too many, look in the text instead */
    /* each line of the first pass: its class, its content [a, b) and its
     * end e (next_line) */
    struct xline {
        size_t a, b, e;
        size_t mk0, ev0; /* its first entries of mk and ev below (they may be of later lines) */
        int cl;
        unsigned char spaced, digits; /* spaced_name; an ASCII digit in it */
    } *cls;
    int line_spaced, line_digits;     /* ... of the line being classified */
    int line_full_stop;               /* ... it holds a 。 (line_stats) */
    size_t ncls, capcls;
    size_t cr, cr_from;               /* the first '\r' at or after cr_from (next_line) */
    /* Characters the sentence scans look at, noted by the first pass
     * (line_stats) in text order: (position << EV_SHIFT) | EV_* bits
     * (extract.c); evk: the first at or after the sentence being read. */
    size_t *ev;
    size_t nev, capev, evk;
    /* ... and the sentence marks (! ? ; 。), positions in text order; mkk:
     * the first at or after the line being read */
    size_t *mk;
    size_t nmk, capmk, mkk;
    /* ... and the characters that may start a time word or a figure;
     * cdk: the first at or after the sentence being read */
    size_t *cd;
    size_t ncd, capcd, cdk;
    /* the sentence's time words (a span's detail is set by mark_details
     * for sentences with figures, and is 0 from the span's creation) */
    span spans[MAX_SPANS];
    size_t nspans;
    size_t nzm;          /* the sentence's zone names (zm below) */

    /* The arrays from here on are read only below their counts (nnames,
     * nevents, nlpos, nest/nact, nzm): zb_extract_buffer clears a doc up
     * to names only (12 KB less to clear per text). */
    char names[MAX_NAMES][NAME_CAP]; /* zone names learned from this document */
    char zones[MAX_NAMES][NAME_CAP]; /* the zone each name stands for (梁溪 -> 梁溪区) */
    size_t nlen[MAX_NAMES];
    uint32_t name3[MAX_NAMES]; /* the first three bytes of names[k] as one word (extract_zone.c, name_head): its first test */
    struct { int y, m; size_t s, e; } events[MAX_EVENTS];
    size_t lpos[XLPOS];
    /* words of estimate and of accomplishment: start and end, found once
     * per sentence with figures */
    xword_at est[XWORDS], act[XWORDS];
    zmention zm[MAX_ZM];
} doc;


/* ------------------------------------------------------- small helpers */


static inline int is_digit(char c) { return c >= '0' && c <= '9'; }

static inline int is_alnum_ascii(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* A clause mark: , ; : 、 。 ! ? and brackets (normalised to ASCII). */
static inline int is_clause_mark(const char *s, size_t i, size_t end)
{
    unsigned char c = (unsigned char)s[i];
    if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')')
        return 1;
    return xat(s, i, end, "、") || xat(s, i, end, "。") || xat(s, i, end, "…");
}

/* Sentence end: 。 ! ? ; */
static inline size_t sentence_mark(const char *s, size_t i, size_t end)
{
    unsigned char c = (unsigned char)s[i];
    if (c == '!' || c == '?' || c == ';')
        return 1;
    if (xat(s, i, end, "。"))
        return 3;
    return 0;
}

/* Copy s[a..b) into out (cap bytes) without spaces; returns length. */
static inline size_t copy_nospace(char *out, size_t cap, const char *s, size_t a, size_t b)
{
    size_t k = 0, i = a;
    /* Names and phrases rarely hold a space or a tab: copy blocks of 8
     * bytes while a block holds neither (a zero byte of x ^ 0x20.. or
     * x ^ 0x09..) and fits before the cut; the byte loop does the rest. */
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    while (i + 8 <= b && k + 9 <= cap) {
        uint64_t x, sp, tb;
        memcpy(&x, s + i, 8);
        sp = x ^ (ones * ' ');
        tb = x ^ (ones * '\t');
        if (((sp - ones) & ~sp & highs) | ((tb - ones) & ~tb & highs))
            break;
        memcpy(out + k, &x, 8);
        k += 8;
        i += 8;
    }
    for (; i < b && k + 1 < cap; i++)
        if (s[i] != ' ' && s[i] != '\t')
            out[k++] = s[i];
    /* do not cut a character in half */
    while (k > 0 && ((unsigned char)out[k - 1] & 0xC0) == 0x80 && k + 1 >= cap) {
        size_t st = k - 1;
        while (st > 0 && ((unsigned char)out[st] & 0xC0) == 0x80)
            st--;
        k = st;
    }
    out[k] = 0;
    return k;
}

/* Copy src into dst (cap bytes), cut at a character boundary; src and dst
 * may overlap. */
static inline void str_copy(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
        while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
            n--;
    }
    memmove(dst, src, n);
    dst[n] = 0;
}

/* dst = a + b (+ c), cut to cap at a character boundary. */
static inline void str_cat3(char *dst, size_t cap, const char *a, const char *b, const char *c)
{
    char tmp[512];
    size_t na = strlen(a), nb = strlen(b), nc = strlen(c);
    if (na + nb + nc >= sizeof tmp)
        nc = 0;
    if (na + nb >= sizeof tmp)
        nb = 0;
    memcpy(tmp, a, na);
    memcpy(tmp + na, b, nb);
    memcpy(tmp + na + nb, c, nc);
    tmp[na + nb + nc] = 0;
    str_copy(dst, cap, tmp);
}


/* Is s[i] inside one of the sentence's time spans? */
static inline const span *in_span(const doc *d, size_t i)
{
    for (size_t k = 0; k < d->nspans; k++)
        if (i >= d->spans[k].s && i < d->spans[k].e)
            return &d->spans[k];
    return NULL;
}

/* out = a + b without spaces, cut to cap. */
static inline void join(char *out, size_t cap, const char *a, const char *b)
{
    char tmp[IND_CAP * 2];
    snprintf(tmp, sizeof tmp, "%s%s", a, b);
    copy_nospace(out, cap, tmp, 0, strlen(tmp));
}

/* Word lists shared by the figure and indicator code (extract.c). */
extern const wl W_GROWTH_UP[];
extern const wl W_GROWTH_DOWN[];

/* extract_zone.c: zone names. xzone_at: a zone named at s[i] (known place,
 * learned district, 全市/全省/全区) into out (NAME_CAP bytes), *weak set for
 * a bare city name; returns bytes matched or 0. xclause_zone_at: a
 * district as the subject of a clause. xlearn_name: remember s[a..b) as a
 * zone name. xlearn_from_line: learn "X区委" districts (and, when
 * find_city, the text's city and province) from a line. */
size_t xzone_at(doc *d, size_t i, size_t end, char *out, int *weak);
/* xzone_at for a caller that has the code point c0 at i (i < end) and its
 * class cc, and knows xzone_may_start(d, c0, cc). */
size_t xzone_at_c(doc *d, size_t i, size_t end, char *out, int *weak, unsigned c0, unsigned cc);
/* May a learned name start with the character c (a filter: the bit of c
 * in d->name_first)? */
static inline int xname_first(const doc *d, unsigned c)
{
    unsigned h = c & (NAME_FIRST - 1);
    return (d->name_first[h >> 3] >> (h & 7)) & 1;
}
/* Can xzone_at find a zone starting with the character c (of class cc,
 * cclass[c], or 0 past the BMP)? Its first test, for callers that have c:
 * only a learned name's first character (xname_first) or one of class
 * CC_ZSTART starts a zone. */
static inline int xzone_may_start(const doc *d, unsigned c, unsigned cc)
{
    return xname_first(d, c) || (cc & CC_ZSTART);
}
/* xzone_may_start, knowing edge: xname_edge(d, 0, i) at the character (1
 * or 0; -1 not known). A zone suffix no place name starts with (CC_ZSUF
 * without CC_PLACE, not 全/本/该) starts a zone of xzone_at only at a
 * name's left edge (extract_zone.c, suffix_first), unless a learned name
 * starts with it. */
static inline int xzone_may_start_at(const doc *d, unsigned c, unsigned cc, int edge)
{
    if (xname_first(d, c))
        return 1;
    if (!(cc & CC_ZSTART))
        return 0;
    return !(edge == 0 && (cc & (CC_PLACE | CC_ZSUF)) == CC_ZSUF && c != 0x5168 && c != 0x672C && c != 0x8BE5);
}
/* xclause_zone_at past its first test (extract_zone.c). */
size_t xclause_zone_rest(const char *s, size_t i, size_t end, char *out);
static inline size_t xclause_zone_at(const doc *d, const char *s, size_t i, size_t end, char *out)
{
    /* a zone only with two 3-byte Han characters and a suffix (区县市镇乡,
     * class CC_NSTART) as the third: tested first, in place (this runs at
     * every clause start of a sentence with figures) */
    const unsigned char *u = (const unsigned char *)s + i;
    if (i >= end || end - i < 9 || (u[0] & 0xF0) != 0xE0 || (u[3] & 0xF0) != 0xE0 || (u[6] & 0xF0) != 0xE0)
        return 0;
    /* (a suffix is of class CC_ZSUF too: zgen[0], small, by the bytes) */
    if (!((d->x->zgen[0][((size_t)u[6] << 6) + u[7] - 0x3800] >> (u[8] & 63)) & 1))
        return 0;
    unsigned c2 = ((unsigned)(u[6] & 0x0F) << 12) | ((unsigned)(u[7] & 0x3F) << 6) | (u[8] & 0x3F);
    if (!(d->x->cclass[c2] & CC_NSTART))
        return 0;
    return xclause_zone_rest(s, i, end, out);
}
void xlearn_name(doc *d, const char *s, size_t a, size_t b);
void xlearn_from_line(doc *d, size_t a, size_t b, int find_city);
/* A zone name not in the table at s[i] (江宁高新区, 沭阳县); strict 1: a
 * stem of at most four characters, and a bare 区/县/市 needs a predicate
 * after it; 2: the short stem only; 0: a title's (six). xname_edge: can a name start at
 * s[i] (line a)? xlearn_generic: remember such a name and its stem. */
size_t xgeneric_zone_at(const doc *d, const char *s, size_t i, size_t end, char *out, int strict);
/* After a district's name ending at s[e]: 、/和/与/及 and another of the same
 * suffix (淮阴区、洪泽区, 江宁区和浦口区), or ':' (a label)? */
int xlist_follows(const char *s, size_t e, size_t end);
int xname_edge(const doc *d, size_t a, size_t i);
/* Set the zone bits (CC_NSTOP, CC_ZSUF, CC_EDGE, CC_NSTART) of cclass. */
void xzone_classes(unsigned short *cclass);
void xlearn_generic(doc *d, const char *s, size_t a, size_t b);

/* extract_period.c: years that date one figure only (由2020年的168家:
 * spans marked detail), and the period of figure f when a span of years
 * changes what its time word or frame gave (per): into *out, returns 1. */
void xyear_details(doc *d);
int xyears_of(const doc *d, const fig *f, const xperiod *per, xperiod *out);

/* extract_indicator.c: fill the indicator of every figure of the sentence
 * [ss, se) (d->figs), applying 分别 and the sentence's subject. */
void xindicators(doc *d, size_t ss, size_t se);
/* Set CC_LEAD and CC_TRAIL in cclass. */
void xindicator_classes(unsigned short *cclass);

/* ------------------------------------------------- tables pasted as text */
/* The zone of a figure whose sentence names none: the paragraph's, the
 * section's, else the text's (NULL when none is known). */
static inline const char *xcontext_zone(const doc *d)
{
    return d->para_zone[0] ? d->para_zone : d->sec_zone[0] ? d->sec_zone : d->doc_zone[0] ? d->doc_zone : NULL;
}

/* (extract_table.c; xemit is extract.c's emit) */

/* Hand one figure to the callback (or hold it) as a record. */
int xemit(doc *d, const fig *f, const char *ind, const char *zone, const xperiod *per,
          zb_status status);
/* A table whose header is line `line` of d->cls (blank: the class of a
 * blank line): its records emitted; returns the lines it spans, 0 when
 * the line heads no table. xtable_at: the same for a line with 单位. */
size_t xtable_at(doc *d, size_t line, int blank);
static inline size_t xtable(doc *d, size_t line, int blank)
{
    size_t a = d->cls[line].a, b = d->cls[line].b;
    /* (most lines: no 单位, no table; tested here, without a call) */
    if (b - a < 12 || !xmemmem(d->s + a, b - a, "单位", 6))
        return 0;
    return xtable_at(d, line, blank);
}


/* ---------------------------------- searches of the sentence code (sa) */
/* (extract.c: status_of and figure_at; extract_indicator.c) */

/* xmemmem, by the name the sentence code's searches were written with
 * (the first and last bytes' test of sixteen starts at a time was xfind's
 * before xmemmem took it over). */
static inline const char *xfind(const char *hay, size_t hn, const char *needle, size_t nn)
{
    return xmemmem(hay, hn, needle, nn);
}

/* xhas by xfind (always inlined: strlen of the literal word folds). */
XINLINE int xhas2(const char *s, size_t start, size_t end, const char *w)
{
    size_t n = strlen(w);
    if (end < start || end - start < n)
        return 0;
    return xfind(s + start, end - start, w, n) != NULL;
}

/* The first occurrence of a word in s[start..end) for starts that only
 * move forward and ends that vary (the figures of a sentence, left to
 * right): searched once, on only as far as a later end asks. at: the
 * first one at or after start (SIZE_MAX: none in s[start..upto)). Set up
 * by xscan_init. */
typedef struct xscan {
    size_t start, upto, at;
} xscan;

static inline void xscan_init(xscan *m, size_t start)
{
    m->start = m->upto = start;
    m->at = SIZE_MAX;
}

/* Where w (n bytes, n >= 1) first occurs in s[start..end); SIZE_MAX when
 * not at all. */
static inline size_t xscan_first(const char *s, xscan *m, size_t start, size_t end, const char *w, size_t n)
{
    if (start != m->start) {
        /* a later start keeps what is known: the first one when it is
         * not before it, else that none lies in s[start..upto) */
        if (start < m->start || (m->at != SIZE_MAX && m->at < start))
            m->upto = start, m->at = SIZE_MAX;
        else if (m->upto < start)
            m->upto = start;
        m->start = start;
    }
    if (m->at != SIZE_MAX) /* (the first one: any other starts later) */
        return m->at + n <= end ? m->at : SIZE_MAX;
    if (end > m->upto) {
        /* none lies in s[start..upto): one found now ends after upto */
        size_t from = m->upto - start >= n - 1 ? m->upto - (n - 1) : start;
        const char *p = end - from >= n ? (n == 1 ? memchr(s + from, w[0], end - from) : xfind(s + from, end - from, w, n))
                                         : NULL;
        m->upto = end;
        if (p)
            m->at = (size_t)(p - s);
        return m->at;
    }
    return SIZE_MAX;
}

/* ------------------------------------------ period texts (period code) */

/* strlen(s) == n for a short n known at the call (the ISO text of a
 * period: 2024, 2024-H1, 2021/2025...): the bytes compared in place,
 * stopping at the first NUL, no call. */
XINLINE int xlen_is(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!s[k])
            return 0;
    return !s[n];
}

/* ------------------------------------------ marks of a line (zones) */

/* Which of 厅 (LM_TING), 局 (LM_JU) and 区 (LM_QU) the line s[a..b)
 * holds, as bytes: one pass over them for the three (xmemmem looks for a
 * character's last byte, 85, 80 or BA here, that ends one character in 64,
 * 一 among them: a memchr and a compare at each). extract_zone.c's
 * xlearn_from_line, extract.c's run (a breadcrumb with an office). */
enum { LM_TING = 1, LM_JU = 2, LM_QU = 4 };
static inline unsigned line_marks(const char *s, size_t a, size_t b)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned r = 0;
    size_t k = a;
#if defined(__SSE2__) && !defined(ZB_NO_SSE2)
    /* (16 positions at a time: the lead byte E5 of the three, and the two
     * bytes after it, loaded at k + 1 and k + 2; all inside the line) */
    const __m128i e5 = _mm_set1_epi8((char)0xE5);
    __m128i ting = _mm_setzero_si128(), ju = ting, qu = ting; /* (found so far: no branch) */
    for (; k + 18 <= b; k = k + 34 <= b || k + 18 == b ? k + 16 : b - 18) {
        /* (the last 16 positions overlap those before: no byte loop
         * after, a position found twice counts once) */
        __m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)(u + k));
        __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(u + k + 1));
        __m128i v2 = _mm_loadu_si128((const __m128i *)(const void *)(u + k + 2));
        __m128i lead = _mm_cmpeq_epi8(v0, e5);
        ting = _mm_or_si128(ting, _mm_and_si128(lead, _mm_and_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0x8E)),
                                                                    _mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0x85)))));
        ju = _mm_or_si128(ju, _mm_and_si128(lead, _mm_and_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0xB1)),
                                                                _mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0x80)))));
        qu = _mm_or_si128(qu, _mm_and_si128(lead, _mm_and_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0x8C)),
                                                                _mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0xBA)))));
    }
    r = (_mm_movemask_epi8(ting) ? LM_TING : 0) | (_mm_movemask_epi8(ju) ? LM_JU : 0) |
        (_mm_movemask_epi8(qu) ? LM_QU : 0);
#endif
    for (; k + 3 <= b; k++)
        if (u[k] == 0xE5)
            r |= (u[k + 1] == 0x8E && u[k + 2] == 0x85 ? LM_TING : 0) |
                 (u[k + 1] == 0xB1 && u[k + 2] == 0x80 ? LM_JU : 0) |
                 (u[k + 1] == 0x8C && u[k + 2] == 0xBA ? LM_QU : 0);
    return r;
}

/* ------------------------------------------- the sentence scan (extract.c) */

/* A function kept out of its caller's loop (GCC, Clang): the loop's few
 * values stay in registers, the rare work gets its own frame. */
#if defined(__GNUC__)
#define XNOINLINE __attribute__((noinline))
#else
#define XNOINLINE
#endif

/* (extract_zone.c) Can xgeneric_zone_at(d, d->s, i, end, .., 1) find a
 * name at s[i] (a Han character of no class CC_NSTOP, CC_NSTART)? 0: no. */
int xgeneric_may(const doc *d, size_t i, size_t end);

#endif
