/*
 * normalize.c -- one code point at a time: traditional -> simplified,
 * full-width ASCII -> ASCII, ideographic space and NBSP -> ' '.
 *
 * The one idea: everything is a lookup in one 64 K-entry table indexed by
 * BMP code point (0 = keep the character), filled once by
 * zb_normalizer_new.  The traditional -> simplified part of the table comes
 * from OpenCC's t2s config, asked about every candidate ideograph
 * (U+3400..U+9FFF, U+F900..U+FAFF) in ONE call with the characters
 * separated by newlines.  t2s is phrase-based (it would turn 乾 into 干 or
 * keep it depending on the neighbours); isolating each character gives its
 * context-free reading, and only 1-character BMP -> 1-character BMP answers
 * are kept, so a replacement is never longer in UTF-8 than its source
 * (a 3-byte ideograph stays 3 bytes; full-width forms shrink to 1 byte).
 * Characters OpenCC maps outside the BMP (a few rare ones) are kept as is.
 *
 * Hence out->len <= len and the map back to the source is a plain array:
 * output byte i came from the source character starting at map[i].
 * Text needing no change costs a copy plus the map fill; the ASCII parts
 * go eight bytes at a time and whole 3-byte characters (all of CJK) take a
 * straight-line path.  Invalid UTF-8 (not made by zb_decode) is
 * copied through byte by byte, never read past the end.
 */
#include "zhibiao.h"

#include <opencc/opencc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CJK_RANGES { {0x3400, 0x9FFF}, {0xF900, 0xFAFF} }

struct zb_normalizer {
    uint16_t to[0x10000];   /* replacement code point, 0 = keep */
};

/* Encode BMP code point c as UTF-8 into o; returns the byte count. */
static size_t put_utf8(unsigned c, unsigned char *o)
{
    if (c < 0x80) {
        o[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (unsigned char)(0xC0 | (c >> 6));
        o[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    }
    o[0] = (unsigned char)(0xE0 | (c >> 12));
    o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (c & 0x3F));
    return 3;
}

/* Decode one whole line p[0..n) holding a single 3-byte BMP character;
 * returns it, or 0 when the line is anything else. */
static unsigned one_bmp_char(const unsigned char *p, size_t n)
{
    if (n != 3 || p[0] < 0xE0 || p[0] > 0xEF || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
        return 0;
    return ((unsigned)(p[0] & 0x0F) << 12) | ((unsigned)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
}

/*
 * Ask OpenCC t2s about every candidate ideograph at once ("c\n" each) and
 * store the 1:1 BMP answers in n->to.  Returns ZB_OK, ZB_EDEP (OpenCC
 * missing or its answer misaligned) or ZB_ENOMEM.
 */
static int fill_t2s(zb_normalizer *n, zb_error *err)
{
    static const unsigned ranges[][2] = CJK_RANGES;
    size_t r, count = 0, len = 0;
    unsigned c;
    unsigned char *in = NULL;
    char *res = NULL;
    const unsigned char *p, *q;
    opencc_t cc = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    int rc = ZB_OK;

    if (cc == (opencc_t)-1)
        cc = opencc_open("/usr/share/opencc/" OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    if (cc == (opencc_t)-1)
        return zb_error_set(err, ZB_EDEP, "OpenCC: cannot open %s: %s",
                            OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP, opencc_error());
    for (r = 0; r < sizeof ranges / sizeof ranges[0]; r++)
        count += ranges[r][1] - ranges[r][0] + 1;
    in = malloc(count * 4);
    if (!in) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory building the t2s table");
        goto out;
    }
    for (r = 0; r < sizeof ranges / sizeof ranges[0]; r++)
        for (c = ranges[r][0]; c <= ranges[r][1]; c++) {
            len += put_utf8(c, in + len);
            in[len++] = '\n';
        }
    res = opencc_convert_utf8(cc, (const char *)in, len);
    if (!res) {
        rc = zb_error_set(err, ZB_EDEP, "OpenCC: conversion failed: %s", opencc_error());
        goto out;
    }
    /* Walk source and answer line by line, in step. */
    p = in;
    q = (const unsigned char *)res;
    for (r = 0; r < count; r++) {
        const unsigned char *pe = memchr(p, '\n', (size_t)(in + len - p));
        const unsigned char *qe = (const unsigned char *)strchr((const char *)q, '\n');
        unsigned from, to;
        if (!pe || !qe) {
            rc = zb_error_set(err, ZB_EDEP, "OpenCC: t2s answer has fewer lines than asked");
            goto out;
        }
        from = one_bmp_char(p, (size_t)(pe - p));
        to = one_bmp_char(q, (size_t)(qe - q));
        if (from && to && to != from)
            n->to[from] = (uint16_t)to;
        p = pe + 1;
        q = qe + 1;
    }
out:
    if (res)
        opencc_convert_utf8_free(res);
    free(in);
    opencc_close(cc);
    return rc;
}

zb_normalizer *zb_normalizer_new(zb_error *err)
{
    zb_normalizer *n = calloc(1, sizeof *n);
    unsigned c;
    if (!n) {
        zb_error_set(err, ZB_ENOMEM, "out of memory creating the normaliser");
        return NULL;
    }
    if (fill_t2s(n, err) != ZB_OK) {
        free(n);
        return NULL;
    }
    for (c = 0xFF01; c <= 0xFF5E; c++)   /* ！..～ -> !..~ */
        n->to[c] = (uint16_t)(c - 0xFF01 + 0x21);
    n->to[0x3000] = ' ';
    n->to[0x00A0] = ' ';
    return n;
}

void zb_normalizer_free(zb_normalizer *n)
{
    free(n);
}

void zb_normtext_clear(zb_normtext *t)
{
    if (!t)
        return;
    free(t->s);
    free(t->map);
    memset(t, 0, sizeof *t);
}

#define HIGH_BITS UINT64_C(0x8080808080808080)

/* Length of the UTF-8 character at p[0..left): its lead byte's claim cut
 * down to the continuation bytes actually present (1 for a stray byte). */
static size_t char_len(const unsigned char *p, size_t left)
{
    size_t want = p[0] < 0xC2 ? 1 : p[0] < 0xE0 ? 2 : p[0] < 0xF0 ? 3 : p[0] < 0xF5 ? 4 : 1, k;
    for (k = 1; k < want && k < left && (p[k] & 0xC0) == 0x80; k++)
        ;
    return k;
}

/*
 * Whole 3-byte characters (all of CJK) from in[i] on, while they last:
 * normalised into o at *k (map filled when non-NULL).  Returns where the
 * run stopped (i when in[i] starts no such character).  A function of its
 * own so that its few variables stay in registers (inlined into the big
 * loop, GCC spilled the bytes and reloaded them wider, a store-forwarding
 * stall per character).
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t cjk_run(const uint16_t *to, const unsigned char *in, size_t i, size_t len,
                      unsigned char *o, size_t *k_io, size_t *map)
{
    size_t k = *k_io;
    while (i + 3 <= len) {
        uint32_t b0 = in[i], b1 = in[i + 1], b2 = in[i + 2], cp, t;
        if ((b0 & 0xF0) != 0xE0 || ((b1 & 0xC0) | ((b2 & 0xC0) >> 2)) != 0xA0)
            break;
        cp = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
        t = to[cp];
        if (map) {
            map[k] = i;
            map[k + 1] = i;
            map[k + 2] = i;
        }
        if (t && cp) {
            k += put_utf8(t, o + k);
        } else {
            o[k] = (unsigned char)b0;
            o[k + 1] = (unsigned char)b1;
            o[k + 2] = (unsigned char)b2;
            k += 3;
        }
        i += 3;
    }
    *k_io = k;
    return i;
}

/*
 * The loop behind zb_normalize and zb_normalize_str: normalise in[0..len)
 * into o (room for len bytes), recording source offsets in map when map is
 * non-NULL.  Returns the output length (<= len).
 */
static size_t normalize_into(const zb_normalizer *n, const unsigned char *in, size_t len,
                             unsigned char *o, size_t *map)
{
    size_t i = 0, k = 0, j;
    while (i < len) {
        size_t cl;
        unsigned cp = 0, to = 0;
        if (in[i] < 0x80) {
            /* ASCII run, eight at a time while it lasts */
            uint64_t v;
            while (i + 8 <= len && (memcpy(&v, in + i, 8), !(v & HIGH_BITS))) {
                memcpy(o + k, in + i, 8);
                if (map)
                    for (j = 0; j < 8; j++)
                        map[k + j] = i + j;
                i += 8;
                k += 8;
            }
            if (i < len && in[i] < 0x80) {
                if (map)
                    map[k] = i;
                o[k++] = in[i++];
            }
            continue;
        }
        if (in[i] >= 0xE0 && i + 3 <= len) {
            size_t i3 = cjk_run(n->to, in, i, len, o, &k, map);
            if (i3 != i) {
                i = i3;
                continue;
            }
        }
        cl = char_len(in + i, len - i);
        if (cl == 3)
            cp = ((unsigned)(in[i] & 0x0F) << 12) | ((unsigned)(in[i + 1] & 0x3F) << 6) |
                 (in[i + 2] & 0x3F);
        else if (cl == 2)
            cp = ((unsigned)(in[i] & 0x1F) << 6) | (in[i + 1] & 0x3F);
        if (cp)
            to = n->to[cp];
        if (to) {
            size_t w = put_utf8(to, o + k);
            if (w > cl) {                /* never, by construction; stay in bounds */
                w = cl;
                memcpy(o + k, in + i, cl);
            }
            if (map)
                for (j = 0; j < w; j++)
                    map[k + j] = i;
            k += w;
        } else {
            memcpy(o + k, in + i, cl);
            if (map)
                for (j = 0; j < cl; j++)
                    map[k + j] = i;
            k += cl;
        }
        i += cl;
    }
    return k;
}

int zb_normalize(const zb_normalizer *n, const char *in, size_t len, zb_normtext *out,
                 zb_error *err)
{
    if (!in)
        len = 0;
    if (out->cap < len + 1 || !out->s || !out->map) {
        char *s;
        size_t *map;
        if (len >= SIZE_MAX / sizeof(size_t) - 1)
            return zb_error_set(err, ZB_ENOMEM, "text of %zu bytes too large to normalise", len);
        s = realloc(out->s, len + 1);
        if (!s)
            return zb_error_set(err, ZB_ENOMEM, "out of memory normalising %zu bytes", len);
        out->s = s;
        map = realloc(out->map, (len + 1) * sizeof *map);
        if (!map)
            return zb_error_set(err, ZB_ENOMEM, "out of memory normalising %zu bytes", len);
        out->map = map;
        out->cap = len + 1;
    }
    out->len = len ? normalize_into(n, (const unsigned char *)in, len,
                                    (unsigned char *)out->s, out->map) : 0;
    out->s[out->len] = '\0';
    out->map[out->len] = len;
    return ZB_OK;
}

char *zb_normalize_str(const zb_normalizer *n, const char *s)
{
    size_t len = s ? strlen(s) : 0, k;
    char *o = malloc(len + 1);
    if (!o)
        return NULL;
    k = len ? normalize_into(n, (const unsigned char *)s, len, (unsigned char *)o, NULL) : 0;
    o[k] = '\0';
    return o;
}
