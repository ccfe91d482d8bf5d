/*
 * decode.c -- bytes of any supported encoding -> NUL-terminated UTF-8.
 *
 * The one idea: valid UTF-8 never goes through iconv.  Detection runs
 * cheapest first and stops at the first sure answer:
 *
 *   1. a BOM:  EF BB BF -> UTF-8,  FF FE -> UTF-16LE,  FE FF -> UTF-16BE
 *              (FF FE 00 00 / 00 00 FE FF -> UTF-32LE/BE);
 *   2. the whole buffer is valid UTF-8 -> UTF-8 (a validate + memcpy);
 *   3. it is overwhelmingly valid UTF-8 (at most one invalid sequence per
 *      UTF8_MIN_RATIO valid multi-byte ones) -> UTF-8 with replacement;
 *   4. uchardet on the first DETECT_BYTES bytes, its answer mapped to an
 *      iconv name (GB2312/GBK/GB18030 -> GB18030, BIG5, EUC-TW, UTF-16...);
 *   5. uchardet unsure or answering a non-CJK charset while the high bytes
 *      pair up as GBK -> GB18030 (with a warning saying it was a guess).
 *
 * GB18030 (what GBK and GB2312 text decodes as) skips most of iconv too:
 * its 2-byte codes come from a table iconv filled once (gb18030_decode).
 *
 * Invalid input is replaced, never fatal: each invalid sequence becomes
 * U+FFFD and is reported through the warn callback with its offset in the
 * input buffer (BOM included).  The converter always advances at least one
 * byte per replacement, so it cannot loop.  At most MAX_WARNINGS warnings
 * per document are passed on; a last one counts the rest.
 *
 * NUL bytes (and NULs decoded from UTF-16 etc.) become spaces: the result
 * stays a C string and, being one byte for one byte, keeps the offsets of
 * UTF-8 input equal to file offsets.  Line ends (CR, LF, CRLF) are kept.
 *
 * zb_decode_normalize (the extractor's entry) skips even the validate +
 * memcpy of step 2: input read as UTF-8 is normalised by
 * zb_normalize_checked, which checks it on the way, and when it is
 * well-formed and NUL-free the decoded text is the input itself, less its
 * BOM; at the first byte that is not, it falls back to zb_decode +
 * zb_normalize.
 */
#include "zhibiao.h"

#include <errno.h>
#include <iconv.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uchardet/uchardet.h>

#define DETECT_BYTES ((size_t)64 * 1024)
#define DETECT_FIRST ((size_t)4096)  /* uchardet's first helping, at least */
#define MAX_WARNINGS 20
#define UTF8_MIN_RATIO 10   /* valid multi-byte sequences per invalid one */
#define GBK_MIN_SHARE 0.9   /* share of high bytes in GBK pairs for the guess */

/* The caller's warn callback with a per-document budget. */
typedef struct warner {
    zb_warn_fn fn;
    void *user;
    size_t n;        /* warnings asked for so far */
} warner;

static void ZB_PRINTF(3, 4) warnf(warner *w, size_t off, const char *fmt, ...)
{
    char msg[160];
    va_list ap;
    if (!w->fn || ++w->n > MAX_WARNINGS)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    w->fn(w->user, off, msg);
}

static void warn_summary(warner *w, size_t len)
{
    char msg[80];
    if (!w->fn || w->n <= MAX_WARNINGS)
        return;
    snprintf(msg, sizeof msg, "%zu more decoding warning%s not shown",
             w->n - MAX_WARNINGS, w->n - MAX_WARNINGS > 1 ? "s" : "");
    w->fn(w->user, len, msg);
}

/* Report one replaced sequence: "invalid GB18030 byte 0x81 replaced" or
 * "invalid BIG5 bytes 0xC7 0xFE replaced". */
static void warn_invalid(warner *w, const char *enc, size_t off,
                         const unsigned char *p, size_t n, int truncated)
{
    char hex[40] = "";
    size_t i, k = 0;
    if (!w->fn || w->n >= MAX_WARNINGS) {
        w->n++;
        return;
    }
    for (i = 0; i < n && i < 4; i++)
        k += (size_t)snprintf(hex + k, sizeof hex - k, " 0x%02X", p[i]);
    if (truncated)
        warnf(w, off, "truncated %s sequence at end of input (byte%s%s) replaced",
              enc, n > 1 ? "s" : "", hex);
    else
        warnf(w, off, "invalid %s byte%s%s replaced", enc, n > 1 ? "s" : "", hex);
}

/* ------------------------------------------------------------ UTF-8 */

/*
 * Length of the well-formed UTF-8 sequence at s[0..n) (Unicode Table 3-7:
 * no overlongs, no surrogates, nothing above U+10FFFF), or minus the length
 * of its maximal invalid subpart (>= 1 byte), the unit replaced by one
 * U+FFFD as the Unicode standard recommends.  n >= 1.
 */
#if defined(__GNUC__)
__attribute__((always_inline)) /* in the census loops: a call per high byte otherwise */
#endif
static inline int utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0], lo = 0x80, hi = 0xBF;
    int need, i;
    if (c < 0x80)
        return 1;
    if (c < 0xC2)
        return -1;
    if (c < 0xE0) {
        need = 1;
    } else if (c < 0xF0) {
        need = 2;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c < 0xF5) {
        need = 3;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return -1;
    }
    for (i = 1; i <= need; i++) {
        if ((size_t)i >= n || s[i] < lo || s[i] > hi)
            return -i;
        lo = 0x80;
        hi = 0xBF;
    }
    return need + 1;
}

#define HIGH_BITS UINT64_C(0x8080808080808080)

/* Two 3-byte characters in the first 6 bytes of an 8-byte word as memcpy
 * loads it: lead 1110xxxx, then 10xxxxxx twice (bytes 6, 7 ignored). */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define PAIR_MASK UINT64_C(0x0000C0C0F0C0C0F0)
#define PAIR_SHAPE UINT64_C(0x00008080E08080E0)
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define PAIR_MASK UINT64_C(0xF0C0C0F0C0C00000)
#define PAIR_SHAPE UINT64_C(0xE08080E080800000)
#endif
/* One 3-byte character in the first 3 bytes of such a word; the number of
 * ASCII bytes that start it, given h, its bytes' high bits (not all 0). */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define ONE_MASK UINT64_C(0xC0C0F0)
#define ONE_SHAPE UINT64_C(0x8080E0)
#define ASCII_LEAD(h) ((size_t)__builtin_ctzll(h) >> 3)
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define ONE_MASK UINT64_C(0xF0C0C00000000000)
#define ONE_SHAPE UINT64_C(0xE080800000000000)
#define ASCII_LEAD(h) ((size_t)__builtin_clzll(h) >> 3)
#endif
/* Bit x set: lead byte 0xEx needs no range check of its second byte (not
 * E0, not ED). */
#define PLAIN_E_LEADS 0xDFFEu

/* Offset of the first invalid UTF-8 sequence in s[0..n), or n.  While 8
 * bytes are left, one 8-byte load a step takes two plain 3-byte characters
 * (E1..EC, EE, EF lead: no range exceptions, all of common CJK), else the
 * ASCII bytes up to the first other one, else one plain 3-byte character;
 * anything else goes through utf8_seq. */
static size_t utf8_first_invalid(const unsigned char *s, size_t n)
{
    size_t i = 0;
#ifdef PAIR_MASK
    const size_t lim8 = n > 7 ? n - 7 : 0;  /* i < lim8: s[i..i+8) is there */
    while (i < lim8) {
        uint64_t v;
        int k;
        memcpy(&v, s + i, 8);
        if ((v & PAIR_MASK) == PAIR_SHAPE &&
            (PLAIN_E_LEADS >> (s[i] & 0x0F) & PLAIN_E_LEADS >> (s[i + 3] & 0x0F) & 1)) {
            i += 6;
            continue;
        }
        if (s[i] < 0x80) {
            uint64_t h = v & HIGH_BITS;
            i += h ? ASCII_LEAD(h) : 8;
            continue;
        }
        if ((v & ONE_MASK) == ONE_SHAPE && (PLAIN_E_LEADS >> (s[i] & 0x0F) & 1)) {
            i += 3;
            continue;
        }
        k = utf8_seq(s + i, n - i);
        if (k < 0)
            return i;
        i += (size_t)k;
    }
#endif
    while (i < n) {
        int k = utf8_seq(s + i, n - i);
        if (k < 0)
            return i;
        i += (size_t)k;
    }
    return n;
}

/* Count valid multi-byte sequences and invalid subparts of s[0..n); a
 * sequence cut short by the end of the buffer is not counted (a file cut
 * in the middle of a character is still UTF-8).
 *
 * With stop_bad < SIZE_MAX the count may stop early, returning 1, once the
 * counts make UTF-8 lose detect()'s test whatever the rest holds: invalid
 * >= stop_bad and invalid * UTF8_MIN_RATIO > valid_mb + (bytes left) / 2
 * (counts only grow, and each valid sequence takes 2 bytes or more).  A
 * GBK text gets there within the first tenth of the window.  Returns 0
 * when the counts are complete. */
static int utf8_census(const unsigned char *s, size_t n, size_t *valid_mb, size_t *invalid,
                       size_t stop_bad)
{
    /* counted in locals: stores through the pointers could alias s */
    size_t i = 0, good = 0, bad = 0;
    int stopped = 0;
    while (i < n) {
        int k;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        if (bad >= stop_bad && bad * UTF8_MIN_RATIO > good + (n - i) / 2) {
            stopped = 1;
            break;
        }
        if (s[i] < 0xC2 || s[i] > 0xF4) {
            /* never a lead byte (most bytes of a GBK text): what utf8_seq
             * would say, without the call */
            ++bad;
            i++;
            continue;
        }
        k = utf8_seq(s + i, n - i);
        if (k > 0) {
            ++good;
            i += (size_t)k;
        } else {
            int cut = i + (size_t)-k == n && s[i] >= 0xC2 && s[i] <= 0xF4;
            if (!cut)
                ++bad;
            i += (size_t)-k;
        }
    }
    *valid_mb = good;
    *invalid = bad;
    return stopped;
}

/*
 * Copy UTF-8 s[0..n) into a new buffer, each invalid subpart replaced by
 * U+FFFD (EF BF BD) and warned at base + its offset.  first is
 * utf8_first_invalid(s, n), known to the caller.  NULs are not touched
 * here.  Returns the buffer (free()) or NULL on ENOMEM.
 */
static char *utf8_copy(const unsigned char *s, size_t n, size_t first, size_t base, warner *w,
                       size_t *out_len)
{
    size_t valid_mb, invalid, i, o;
    unsigned char *out;
    if (first == n) {
        out = malloc(n + 1);
        if (!out)
            return NULL;
        memcpy(out, s, n);
        *out_len = n;
        return (char *)out;
    }
    utf8_census(s + first, n - first, &valid_mb, &invalid, SIZE_MAX);
    invalid++;                          /* a cut tail is not counted there */
    if (invalid > (SIZE_MAX - n - 1) / 2)
        return NULL;
    out = malloc(n + 2 * invalid + 1);
    if (!out)
        return NULL;
    memcpy(out, s, first);
    o = first;
    for (i = first; i < n;) {
        int k = s[i] < 0x80 ? 1 : utf8_seq(s + i, n - i);
        if (k > 0) {
            memcpy(out + o, s + i, (size_t)k);
            o += (size_t)k;
            i += (size_t)k;
        } else {
            size_t bad = (size_t)-k;
            warn_invalid(w, "UTF-8", base + i, s + i, bad,
                         i + bad == n && s[i] >= 0xC2 && s[i] <= 0xF4);
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i += bad;
        }
    }
    *out_len = o;
    return (char *)out;
}

/* --------------------------------------------------------- detection */

/*
 * Count the bytes >= 0x80 of s[0..n) that form GBK/GB18030 sequences (lead
 * 81-FE with trail 40-7E/80-FE, or the 4-byte 81-FE 30-39 81-FE 30-39) in
 * *good and those that do not in *bad.  Big5 shares the double-byte shape,
 * so this tells "double-byte Chinese" from other text, not GBK from Big5.
 */
#ifdef PAIR_MASK
/* High bit of each byte of x set where that byte is not 0 (exact: no carry
 * crosses a byte). */
static uint64_t nonzero_bytes(uint64_t x)
{
    const uint64_t low7 = ~HIGH_BITS;
    return (((x & low7) + low7) | x) & HIGH_BITS;
}

/* s[0..8) is four GBK 2-byte codes: the bytes at even offsets are leads
 * (81..FE: high bit set, not 80, not FF), those at odd offsets trails
 * (40..FE: bit 7 or 6 set, not 7F, not FF).  v holds them as memcpy loads
 * them, so which bits belong to lead bytes depends on the byte order. */
static int gbk_quad(uint64_t v)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t lead_high = UINT64_C(0x0080008000800080), not_eq = UINT64_C(0x7F807F807F807F80);
#else
    const uint64_t lead_high = UINT64_C(0x8000800080008000), not_eq = UINT64_C(0x807F807F807F807F);
#endif
    uint64_t ok = ((v & lead_high) | ((v | v << 1) & ~lead_high & HIGH_BITS)) &
                  nonzero_bytes(~v) & nonzero_bytes(v ^ not_eq);
    return ok == HIGH_BITS;
}
#endif

static void gbk_census(const unsigned char *s, size_t n, size_t *good_out, size_t *bad_out)
{
    /* counted in locals: stores through the pointers could alias s */
    size_t i = 0, good = 0, bad = 0;
    while (i < n) {
        unsigned c = s[i];
#ifdef PAIR_MASK
        uint64_t v;
        /* four 2-byte codes in one step, as the steps below would take them */
        if (c >= 0x80 && i + 8 <= n && (memcpy(&v, s + i, 8), gbk_quad(v))) {
            good += 8;
            i += 8;
            continue;
        }
#endif
        if (c < 0x80) {
            i++;
        } else if (c >= 0x81 && c <= 0xFE && i + 1 < n &&
                   s[i + 1] >= 0x40 && s[i + 1] <= 0xFE && s[i + 1] != 0x7F) {
            good += 2;
            i += 2;
        } else if (c >= 0x81 && c <= 0xFE && i + 3 < n && s[i + 1] >= 0x30 && s[i + 1] <= 0x39 &&
                   s[i + 2] >= 0x81 && s[i + 2] <= 0xFE && s[i + 3] >= 0x30 && s[i + 3] <= 0x39) {
            good += 4;
            i += 4;
        } else {
            ++bad;
            i++;
        }
    }
    *good_out = good;
    *bad_out = bad;
}

/*
 * Where uchardet's first helping of s[0..n) ends (n: all in one call).
 *
 * uchardet stops by itself once a multi-byte prober is sure (a GB18030
 * text after about a thousand characters, 2-3 KB), but it looks only at
 * the end of a run of high bytes, and only after a first loop over the
 * whole buffer given; for a GBK text that loop was a third of its time.
 * So it gets the first DETECT_FIRST bytes or a little more, then the rest
 * in a second call, which costs nothing when it is sure by then.
 *
 * The cut is where its multi-byte probers end a run anyway (two bytes
 * below 0x80 after a high byte), after a byte that also ends a word for
 * its single-byte probers (not a letter) and outside a <tag> (its Latin-1
 * prober skips tags, and forgets an open one between calls): they see the
 * same bytes in the same pieces as from one call.  When the multi-byte
 * probers are sure within the first helping, as for every GB18030 file of
 * the bench, the answer is the one-call answer.  Otherwise the single-byte
 * probers test their confidence once more, at the cut: the answer differs
 * only when one of them is sure (a Cyrillic or Greek single-byte reading
 * above 0.95 at the cut) or gives up there but would have been the best
 * guess at the end.
 */
/* 1 + the offset of the last byte c of s[0..n), 0 if there is none
 * (memchr hops: text has few of the bytes asked for). */
static size_t after_last(const unsigned char *s, size_t n, int c)
{
    const unsigned char *p = s, *q;
    while ((q = memchr(p, c, n - (size_t)(p - s))) != NULL)
        p = q + 1;
    return (size_t)(p - s);
}

static size_t detect_cut(const unsigned char *s, size_t n)
{
    size_t i;
    int in_tag;                         /* after s[0..i) */
    if (n <= DETECT_FIRST)
        return n;
    in_tag = after_last(s, DETECT_FIRST, '<') > after_last(s, DETECT_FIRST, '>');
    for (i = DETECT_FIRST; i < n; i++) {
        unsigned last = s[i - 1] | 0x20;
        if (s[i - 3] >= 0x80 && s[i - 2] < 0x80 && s[i - 1] < 0x80 && !in_tag &&
            !(last >= 'a' && last <= 'z'))
            return i;
        if (s[i] == '<' || s[i] == '>')
            in_tag = s[i] == '<';
    }
    return n;
}

/*
 * A uchardet detector per thread, reset between documents, not made anew:
 * its probers (some forty objects) are built at a document's first high
 * byte and freed with it, a tenth of its time on a GBK text.  Reset puts
 * every prober in the state its constructor leaves it in (the constructors
 * end by calling Reset), so the answer is the one of a new detector.  The
 * thread's detector is freed when the thread ends.
 */
static pthread_key_t ud_key;
static pthread_once_t ud_once = PTHREAD_ONCE_INIT;
static int ud_key_ok;

static void ud_free(void *ud)
{
    uchardet_delete(ud);
}

static void ud_key_make(void)
{
    ud_key_ok = pthread_key_create(&ud_key, ud_free) == 0;
}

/* The thread's detector, reset (a new one when there is no key); NULL
 * when out of memory.  Give it back with ud_done. */
static uchardet_t ud_get(void)
{
    uchardet_t ud;
    pthread_once(&ud_once, ud_key_make);
    if (ud_key_ok && (ud = pthread_getspecific(ud_key)) != NULL) {
        uchardet_reset(ud);
        return ud;
    }
    ud = uchardet_new();
    if (ud && ud_key_ok)
        pthread_setspecific(ud_key, ud); /* on failure, ud_done frees it */
    return ud;
}

/* Done with ud: kept when it is the thread's. */
static void ud_done(uchardet_t ud)
{
    if (!ud_key_ok || pthread_getspecific(ud_key) != ud)
        uchardet_delete(ud);
}

/* uchardet's answer -> the iconv name we decode with, or NULL when the
 * answer is not one we trust for Chinese text. */
static const char *map_uchardet(const char *cs)
{
    static const struct { const char *uchardet, *iconv; } tab[] = {
        {"GB18030", "GB18030"}, {"GB2312", "GB18030"}, {"GBK", "GB18030"},
        {"HZ-GB-2312", "HZ-GB-2312"}, {"BIG5", "BIG5"}, {"BIG5-HKSCS", "BIG5-HKSCS"},
        {"EUC-TW", "EUC-TW"}, {"UTF-8", "UTF-8"}, {"UTF-16", "UTF-16"},
        {"UTF-16LE", "UTF-16LE"}, {"UTF-16BE", "UTF-16BE"}, {"UTF-32", "UTF-32"},
        {"UTF-32LE", "UTF-32LE"}, {"UTF-32BE", "UTF-32BE"},
    };
    size_t i;
    for (i = 0; i < sizeof tab / sizeof tab[0]; i++)
        if (strcasecmp(cs, tab[i].uchardet) == 0)
            return tab[i].iconv;
    return NULL;
}

struct obuf;
static int gb18030_decode(const unsigned char *s, size_t n, size_t base, const char *enc,
                          struct obuf *b, warner *w, zb_error *err, size_t *gbk_bad);

/*
 * The GBK census's bad count over s[0..n), the whole buffer, taken while
 * decoding it as GB18030 into *spec (the decode the buffer gets when it is
 * GB18030, as most buffers that reach here are): one pass instead of two.
 * Its warnings are counted in *spec_warns, not passed on.  Falls back to
 * gbk_census (leaving spec->p NULL) when the decode fails.
 */
static size_t gbk_bad_decoding(const unsigned char *s, size_t n, struct obuf *spec,
                               size_t *spec_warns);

/*
 * Pick the encoding of a BOM-less, not-valid-UTF-8 buffer whose first
 * invalid UTF-8 byte is at `first` (steps 3-5 of the file comment).  Writes the iconv name into name[32]; returns 1 when the
 * choice was a weak guess worth a warning.  With spec non-NULL, it may
 * leave in *spec the buffer decoded as GB18030 with *spec_warns warnings
 * not passed on (see gbk_bad_decoding); spec->p stays NULL otherwise.
 */
static int detect(const unsigned char *s, size_t n, size_t first, char name[32], int *oom,
                  struct obuf *spec, size_t *spec_warns)
{
    size_t valid_mb, invalid, good, bad = 0, head = n < DETECT_BYTES ? n : DETECT_BYTES;
    size_t from = first > DETECT_BYTES ? first - DETECT_BYTES : 0;
    size_t to = n - first > DETECT_BYTES ? first + DETECT_BYTES : n;
    const char *cs = "", *mapped;
    uchardet_t ud;
    size_t cut;
    int stopped;

    /* UTF-8 when it is overwhelmingly valid, or has fewer errors than a
     * double-byte reading would (a UTF-8 text leaves odd high bytes that
     * pair with nothing; a GBK text breaks UTF-8 almost everywhere).
     * Judged on a window around the first invalid byte (before it, all is
     * valid), starting on a character boundary.
     *
     * The UTF-8 census runs first with a stop at no bad GBK bytes: when
     * it does not stop, its counts are whole, and the GBK count is needed
     * only when they are not overwhelmingly valid; when it stops, UTF-8
     * can only win by invalid < bad, and with bad 0 (a clean GBK text) the
     * census with the stop at bad was this one. */
    while (from < first && (s[from] & 0xC0) == 0x80)
        from++;
    stopped = utf8_census(s + from, to - from, &valid_mb, &invalid, 0);
    if (stopped || valid_mb == 0 || invalid * UTF8_MIN_RATIO > valid_mb) {
        if (stopped && spec && from == 0 && to == n)
            bad = gbk_bad_decoding(s, n, spec, spec_warns);
        else
            gbk_census(s + from, to - from, &good, &bad);
        if (stopped && bad > 0)
            stopped = utf8_census(s + from, to - from, &valid_mb, &invalid, bad);
    }
    if (!stopped && valid_mb > 0 && (invalid * UTF8_MIN_RATIO <= valid_mb || invalid < bad)) {
        snprintf(name, 32, "UTF-8");
        return 0;
    }
    ud = ud_get();
    if (!ud) {
        *oom = 1;
        return 0;
    }
    cut = detect_cut(s, head);
    if (uchardet_handle_data(ud, (const char *)s, cut) == 0 &&
        (cut == head || uchardet_handle_data(ud, (const char *)s + cut, head - cut) == 0)) {
        uchardet_data_end(ud);
        cs = uchardet_get_charset(ud);
    }
    mapped = cs ? map_uchardet(cs) : NULL;
    if (mapped) {
        snprintf(name, 32, "%s", mapped);
        ud_done(ud);
        return 0;
    }
    gbk_census(s, head, &good, &bad);
    if (!cs || !*cs || (double)good >= GBK_MIN_SHARE * (double)(good + bad)) {
        snprintf(name, 32, "GB18030");
        ud_done(ud);
        return 1;
    }
    snprintf(name, 32, "%s", cs);      /* WINDOWS-1252, SHIFT_JIS, ... */
    ud_done(ud);
    {   /* an answer iconv does not know is no answer */
        iconv_t cd = iconv_open("UTF-8", name);
        if (cd == (iconv_t)-1)
            snprintf(name, 32, "GB18030");
        else
            iconv_close(cd);
    }
    return 1;
}

/* ------------------------------------------------------------- iconv */

/* Size in bytes of enc's code unit: 4 for UTF-32/UCS-4, 2 for
 * UTF-16/UCS-2, else 1 (byte-based encodings, where 0x00 is always NUL). */
static size_t code_unit(const char *enc)
{
    static const char *const wide[] = {"UTF-32", "UTF32", "UCS-4", "UCS4",
                                       "UTF-16", "UTF16", "UCS-2", "UCS2", "UNICODE"};
    size_t i;
    for (i = 0; i < sizeof wide / sizeof wide[0]; i++)
        if (strncasecmp(enc, wide[i], strlen(wide[i])) == 0)
            return i < 4 ? 4 : 2;
    return 1;
}

/* Bytes to skip (>= 1) past an invalid sequence at p[0..n) in encoding enc:
 * a whole code unit for UTF-16/32, a whole lead+trail pair for the
 * double-byte Chinese encodings, else one byte. */
static size_t skip_invalid(const char *enc, const unsigned char *p, size_t n)
{
    size_t unit = code_unit(enc);
    int gb = strncasecmp(enc, "GB", 2) == 0;
    if (unit == 1 && (gb || strncasecmp(enc, "BIG5", 4) == 0 || strncasecmp(enc, "CP9", 3) == 0)) {
        if (gb && n >= 4 && p[0] >= 0x81 && p[0] <= 0xFE && p[1] >= 0x30 && p[1] <= 0x39 &&
            p[2] >= 0x81 && p[2] <= 0xFE && p[3] >= 0x30 && p[3] <= 0x39)
            unit = 4;
        else if (n >= 2 && p[0] >= 0x81 && p[0] <= 0xFE && p[1] >= 0x40 && p[1] <= 0xFE &&
                 p[1] != 0x7F)
            unit = 2;
    }
    return unit < n ? unit : n;
}

/* Input offset of the first NUL character of s[0..n) in an encoding with
 * code units of `unit` bytes (an aligned all-zero unit), or 0 if none. */
static size_t first_nul(const unsigned char *s, size_t n, size_t unit)
{
    static const unsigned char zero[4] = {0, 0, 0, 0};
    size_t i;
    if (unit == 1) {
        const unsigned char *z = memchr(s, 0, n);
        return z ? (size_t)(z - s) : 0;
    }
    for (i = 0; i + unit <= n; i += unit)
        if (memcmp(s + i, zero, unit) == 0)
            return i;
    return 0;
}

typedef struct obuf {
    char *p;
    size_t len, cap;
} obuf;

static int obuf_grow(obuf *b, size_t need)
{
    size_t cap = b->cap ? b->cap : 64;
    char *p;
    while (cap - b->len < need) {
        if (cap > SIZE_MAX / 2)
            return ZB_ENOMEM;
        cap *= 2;
    }
    if (cap == b->cap)
        return ZB_OK;
    p = realloc(b->p, cap);
    if (!p)
        return ZB_ENOMEM;
    b->p = p;
    b->cap = cap;
    return ZB_OK;
}

/*
 * Convert s[0..n) from enc to UTF-8 with cd (open for enc, in its initial
 * state) into b (len set, NUL room kept).  Invalid and truncated sequences
 * become U+FFFD with a warning at base + offset.  cd is left in its initial
 * state.  Returns ZB_OK or ZB_ENOMEM.
 */
static int iconv_run(iconv_t cd, const unsigned char *s, size_t n, size_t base, const char *enc,
                     obuf *b, warner *w, zb_error *err)
{
    char *in = (char *)s;
    size_t in_left = n;
    int flushing = 0;

    if (obuf_grow(b, n / 2 * 3 + 64) != ZB_OK)
        goto nomem;
    for (;;) {
        char *out = b->p + b->len;
        size_t out_left = b->cap - b->len - 1;  /* room for the NUL */
        size_t r = flushing ? iconv(cd, NULL, NULL, &out, &out_left)
                            : iconv(cd, &in, &in_left, &out, &out_left);
        int e = errno;
        b->len = (size_t)(out - b->p);
        if (r != (size_t)-1) {
            if (flushing)
                break;
            flushing = 1;               /* input done: flush shift state */
            continue;
        }
        if (e == E2BIG) {
            if (obuf_grow(b, b->cap / 2 + 64) != ZB_OK)
                goto nomem;
            continue;
        }
        if (flushing)                   /* cannot flush: give up quietly */
            break;
        if (obuf_grow(b, 4) != ZB_OK)
            goto nomem;
        {
            const unsigned char *p = (const unsigned char *)in;
            size_t off = (size_t)(p - s), skip;
            if (e == EINVAL) {          /* incomplete sequence at the end */
                skip = in_left;
                warn_invalid(w, enc, base + off, p, skip, 1);
            } else {                    /* EILSEQ (or anything else) */
                skip = skip_invalid(enc, p, in_left);
                warn_invalid(w, enc, base + off, p, skip, 0);
            }
            memcpy(b->p + b->len, "\xEF\xBF\xBD", 3);
            b->len += 3;
            if (skip == 0)              /* cannot happen; never spin */
                break;
            in += skip;
            in_left -= skip;
            iconv(cd, NULL, NULL, NULL, NULL);  /* reset shift state */
        }
    }
    iconv(cd, NULL, NULL, NULL, NULL);
    return ZB_OK;
nomem:
    iconv(cd, NULL, NULL, NULL, NULL);
    return zb_error_set(err, ZB_ENOMEM, "out of memory decoding %zu bytes of %s", n, enc);
}

/* iconv_run with a converter of its own: also ZB_EENCODING when iconv
 * does not know enc. */
static int iconv_decode(const unsigned char *s, size_t n, size_t base, const char *enc,
                        obuf *b, warner *w, zb_error *err)
{
    iconv_t cd = iconv_open("UTF-8", enc);
    int rc;
    if (cd == (iconv_t)-1)
        return zb_error_set(err, ZB_EENCODING, "unknown encoding \"%s\"", enc);
    rc = iconv_run(cd, s, n, base, enc, b, w, err);
    iconv_close(cd);
    return rc;
}

/* ---------------------------------------------------- GB18030 fast path */

/*
 * GB18030 text is almost all ASCII and 2-byte codes (lead 81..FE, trail
 * 40..7E or 80..FE), each of which converts on its own, whatever stands
 * around it.  So iconv is asked once per process about every 2-byte code
 * and the answers kept in a table; decoding then copies ASCII and looks
 * 2-byte codes up.  Anything else (a 4-byte code, an invalid or cut
 * sequence, a code iconv refuses alone) goes to iconv_decode with what
 * follows up to three bytes below 0x80 in a row: no sequence starts at
 * those, and iconv looks at most 4 bytes from a sequence start, so it sees
 * every byte it would have looked at in the whole buffer and gives the
 * same text and warnings.
 */
#define GB2_TRAILS 191                  /* 0x40..0xFE, less 0x7F */
/* [(lead & 0x7F) << 8 | trail]: UTF-8 bytes | length << 24; 0 = ask iconv
 * (as for every pair that is no 2-byte code). */
static uint32_t gb2[128 * 256];
static int gb2_ok;                      /* the table is filled */
static pthread_once_t gb2_once = PTHREAD_ONCE_INIT;

/* Fill gb2: iconv converts, lead byte by lead byte, the row of its 190
 * codes each followed by a line feed; the answer split at the line feeds
 * (never part of a UTF-8 character) gives each code's text.  A code iconv
 * refuses is skipped with its line feed and answered by a lone one. */
static void gb2_build(void)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    char in[GB2_TRAILS * 3], out[GB2_TRAILS * 8];
    unsigned lead, trail;
    if (cd == (iconv_t)-1)
        return;
    for (lead = 0x81; lead <= 0xFE; lead++) {
        char *ip = in, *op = out, *p;
        size_t il = 0, ol = sizeof out;
        for (trail = 0x40; trail <= 0xFE; trail++)
            if (trail != 0x7F) {
                in[il++] = (char)lead;
                in[il++] = (char)trail;
                in[il++] = '\n';
            }
        while (il > 0 && iconv(cd, &ip, &il, &op, &ol) == (size_t)-1) {
            if (errno == E2BIG || il < 3 || ol == 0)
                goto out;               /* cannot happen: leave gb2_ok 0 */
            ip += 3;                    /* the refused code and its line feed */
            il -= 3;
            *op++ = '\n';
            ol--;
            iconv(cd, NULL, NULL, NULL, NULL);
        }
        p = out;
        for (trail = 0x40; trail <= 0xFE; trail++) {
            char *nl;
            size_t w, k;
            uint32_t e = 0;
            if (trail == 0x7F)
                continue;
            nl = memchr(p, '\n', (size_t)(op - p));
            if (!nl)
                goto out;
            w = (size_t)(nl - p);
            for (k = 0; k < w && w <= 3; k++)
                e |= (uint32_t)(unsigned char)p[k] << (8 * k);
            if (w >= 1 && w <= 3)
                gb2[(lead & 0x7F) << 8 | trail] = e | (uint32_t)w << 24;
            p = nl + 1;
        }
    }
    gb2_ok = 1;
out:
    iconv_close(cd);
}

/* Decode s[0..n) from enc, a name of GB18030, into b as iconv_decode
 * would (same arguments and results), by the table where it can.
 *
 * With gbk_bad non-NULL, also adds gbk_census's bad count of s[0..n) to
 * it when the table is there (*gbk_bad is left alone, and the function
 * fails with ZB_EENCODING, when it is not).  The census takes what the
 * table decodes as it does (ASCII a byte at a time, every code of the
 * table a GBK pair, none bad), so only the stretches given to iconv are
 * counted, by gbk_census itself: such a stretch starts where the census
 * would start a step, and ends after three bytes below 0x80 (or at n), so
 * no step of the census crosses its end. */
static int gb18030_decode(const unsigned char *s, size_t n, size_t base, const char *enc,
                          obuf *b, warner *w, zb_error *err, size_t *gbk_bad)
{
    size_t i = 0;
    iconv_t cd = (iconv_t)-1;
    int rc = ZB_OK;
    pthread_once(&gb2_once, gb2_build);
    if (!gb2_ok && gbk_bad)
        return ZB_EENCODING;
    if (!gb2_ok)                        /* iconv does not know GB18030: its error */
        return iconv_decode(s, n, base, enc, b, w, err);
    do {
        unsigned char *o;
        size_t k;
        if (obuf_grow(b, (n - i) / 2 * 3 + (n - i) % 2 + 4) != ZB_OK) {
            rc = zb_error_set(err, ZB_ENOMEM, "out of memory decoding %zu bytes of %s", n, enc);
            break;
        }
        o = (unsigned char *)b->p;
        k = b->len;
        /* while a byte follows s[i]: the last one is done below */
        while (i + 1 < n) {
            unsigned c = s[i];
            uint32_t e;
            if (c < 0x80) {
                o[k++] = (unsigned char)c;
                i++;
                continue;
            }
            if (!(e = gb2[(c & 0x7F) << 8 | s[i + 1]]))
                break;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            memcpy(o + k, &e, 4);       /* the length byte lands in the slack */
#else
            o[k] = (unsigned char)e;
            o[k + 1] = (unsigned char)(e >> 8);
            o[k + 2] = (unsigned char)(e >> 16);
#endif
            k += e >> 24;
            i += 2;
        }
        if (i + 1 == n && s[i] < 0x80)
            o[k++] = s[i++];
        b->len = k;
        if (i < n) {                    /* iconv, to after 3 bytes < 0x80 */
            size_t end = i + 1, low = 0;
            while (end < n && low < 3)
                low = s[end++] < 0x80 ? low + 1 : 0;
            if (gbk_bad) {
                size_t good, bad;
                gbk_census(s + i, end - i, &good, &bad);
                *gbk_bad += bad;
            }
            if (cd == (iconv_t)-1 && (cd = iconv_open("UTF-8", enc)) == (iconv_t)-1) {
                rc = zb_error_set(err, ZB_EENCODING, "unknown encoding \"%s\"", enc);
                break;
            }
            rc = iconv_run(cd, s + i, end - i, base + i, enc, b, w, err);
            if (rc != ZB_OK)
                break;
            i = end;
        }
    } while (i < n);
    if (cd != (iconv_t)-1)
        iconv_close(cd);
    return rc;
}

static size_t gbk_bad_decoding(const unsigned char *s, size_t n, obuf *spec, size_t *spec_warns)
{
    warner quiet = {NULL, NULL, 0};
    zb_error err;
    size_t good, bad = 0;
    memset(&err, 0, sizeof err);
    if (gb18030_decode(s, n, 0, "GB18030", spec, &quiet, &err, &bad) == ZB_OK) {
        *spec_warns = quiet.n;
        return bad;
    }
    free(spec->p);
    spec->p = NULL;
    spec->len = spec->cap = 0;
    gbk_census(s, n, &good, &bad);
    return bad;
}

/* ------------------------------------------------------------ public */

static int is_utf8_name(const char *e)
{
    return strcasecmp(e, "UTF-8") == 0 || strcasecmp(e, "UTF8") == 0;
}

/* Drop a leading U+FEFF (iconv keeps it for UTF-16LE/BE given by name)
 * and turn NULs into spaces, counting them in one warning at the input
 * offset of the first (in[0..n), the input after the BOM, base its offset,
 * unit the size of the encoding's code unit). */
static void finish_text(char *p, size_t *len, const unsigned char *in, size_t n, size_t base,
                        size_t unit, warner *w)
{
    size_t nul = 0;
    char *q;
    if (*len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        memmove(p, p + 3, *len - 3);
        *len -= 3;
    }
    p[*len] = '\0';
    for (q = memchr(p, '\0', *len); q; q = memchr(q, '\0', (size_t)(p + *len - q))) {
        nul++;
        *q = ' ';
    }
    if (nul == 1)
        warnf(w, base + first_nul(in, n, unit), "NUL byte replaced by space");
    else if (nul)
        warnf(w, base + first_nul(in, n, unit), "%zu NUL bytes replaced by spaces", nul);
}

int zb_decode(const char *in, size_t len, const char *encoding,
              char **out, size_t *out_len, char *detected,
              zb_warn_fn warn, void *warn_user, zb_error *err)
{
    const unsigned char *s = (const unsigned char *)in;
    warner w = {warn, warn_user, 0};
    char name[32] = "UTF-8";
    const char *enc = name;      /* what we decode with */
    size_t bom = 0, first = (size_t)-1, spec_warns = 0;
    obuf b = {NULL, 0, 0}, spec = {NULL, 0, 0};
    int rc, oom = 0;

    *out = NULL;
    *out_len = 0;
    if (!s) {
        s = (const unsigned char *)"";
        len = 0;
    }
    if (encoding && *encoding && strcasecmp(encoding, "auto") != 0) {
        enc = encoding;
        snprintf(name, sizeof name, "%s", encoding);
        if (is_utf8_name(encoding) && len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
            bom = 3;
    } else if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        bom = 3;
    } else if (len >= 4 && memcmp(s, "\xFF\xFE\0\0", 4) == 0) {
        snprintf(name, sizeof name, "UTF-32LE");
        bom = 4;
    } else if (len >= 4 && memcmp(s, "\0\0\xFE\xFF", 4) == 0) {
        snprintf(name, sizeof name, "UTF-32BE");
        bom = 4;
    } else if (len >= 2 && memcmp(s, "\xFF\xFE", 2) == 0) {
        snprintf(name, sizeof name, "UTF-16LE");
        bom = 2;
    } else if (len >= 2 && memcmp(s, "\xFE\xFF", 2) == 0) {
        snprintf(name, sizeof name, "UTF-16BE");
        bom = 2;
    } else if ((first = utf8_first_invalid(s, len)) != len) {
        if (detect(s, len, first, name, &oom, &spec, &spec_warns))
            warnf(&w, 0, "encoding not recognised with confidence; decoding as %s", name);
        if (oom) {
            free(spec.p);
            return zb_error_set(err, ZB_ENOMEM, "out of memory detecting the encoding");
        }
    }

    /* the decode detection made on the way (bom is 0 there), when it is
     * the one wanted and gave no warning to pass on */
    if (spec.p && (strcasecmp(enc, "GB18030") != 0 || spec_warns)) {
        free(spec.p);
        spec.p = NULL;
    }
    if (spec.p) {
        b = spec;
    } else if (is_utf8_name(enc)) {
        if (bom || first == (size_t)-1)
            first = utf8_first_invalid(s + bom, len - bom);
        b.p = utf8_copy(s + bom, len - bom, first, bom, &w, &b.len);
        if (!b.p)
            return zb_error_set(err, ZB_ENOMEM, "out of memory decoding %zu bytes", len);
    } else {
        if (strcasecmp(enc, "GB18030") == 0)
            rc = gb18030_decode(s + bom, len - bom, bom, enc, &b, &w, err, NULL);
        else
            rc = iconv_decode(s + bom, len - bom, bom, enc, &b, &w, err);
        if (rc != ZB_OK) {
            free(b.p);
            return rc;
        }
    }
    finish_text(b.p, &b.len, s + bom, len - bom, bom, is_utf8_name(enc) ? 1 : code_unit(enc), &w);
    warn_summary(&w, len);
    if (detected)
        snprintf(detected, 32, "%s", name);
    *out = b.p;
    *out_len = b.len;
    return ZB_OK;
}

/* Where the decoded text starts in the input when zb_decode would return
 * the input as it is (it is read as UTF-8, and is well-formed and without
 * NUL): after the BOM, and after one more U+FEFF that finish_text drops.
 * SIZE_MAX when the input is not read as UTF-8 (another encoding named;
 * a UTF-16/32 BOM is no well-formed UTF-8, so auto needs no test here). */
static size_t utf8_text_start(const unsigned char *s, size_t len, const char *encoding)
{
    size_t start = 0;
    if (encoding && *encoding && strcasecmp(encoding, "auto") != 0 && !is_utf8_name(encoding))
        return SIZE_MAX;
    while (start < 6 && len - start >= 3 && memcmp(s + start, "\xEF\xBB\xBF", 3) == 0)
        start += 3;
    return start;
}

int zb_decode_normalize(const zb_normalizer *n, const char *in, size_t len, const char *encoding,
                        zb_normtext *nt, const char **text, size_t *text_len, char **owned,
                        zb_warn_fn warn, void *warn_user, zb_error *err)
{
    size_t start;
    char *out;
    int rc;
    *owned = NULL;
    *text = NULL;
    *text_len = 0;
    if (!in) {
        in = "";
        len = 0;
    }
    /* valid UTF-8: checked while normalised, the decoded text is the input */
    start = utf8_text_start((const unsigned char *)in, len, encoding);
    if (start != SIZE_MAX) {
        rc = zb_normalize_checked(n, in + start, len - start, nt, err);
        if (rc != ZB_EPARSE) {
            if (rc == ZB_OK) {
                *text = in + start;
                *text_len = len - start;
            }
            return rc;
        }
    }
    /* anything else: decode, then normalise */
    rc = zb_decode(in, len, encoding, &out, text_len, NULL, warn, warn_user, err);
    if (rc != ZB_OK)
        return rc;
    rc = zb_normalize(n, out, *text_len, nt, err);
    if (rc != ZB_OK) {
        free(out);
        *text_len = 0;
        return rc;
    }
    *text = *owned = out;
    return ZB_OK;
}
