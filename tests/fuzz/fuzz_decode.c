/*
 * fuzz_decode.c -- libFuzzer target: zb_decode then zb_normalize and
 * zb_normalize_str on arbitrary bytes, and zb_decode_normalize, which must
 * give the same texts and map.
 *
 * The first byte, when below 8, picks an explicit encoding (and is dropped);
 * otherwise the decoder detects.  Beyond "no crash, no leak, no UB" the
 * target checks the promises of the header: the decoded text is valid
 * UTF-8 without NULs, of the reported length; the normalised text is no
 * longer than its source and its map is non-decreasing, points at
 * character starts and ends at the source length.  A broken promise traps.
 */
#include "zhibiao.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const encodings[8] = {
    "GB18030", "BIG5", "UTF-16LE", "UTF-16", "UTF-8", "EUC-TW", "HZ-GB-2312", "UTF-32BE",
};

static void on_warn(void *user, size_t off, const char *msg)
{
    size_t *limit = user;
    if (!msg || !*msg || off > *limit)
        __builtin_trap();
}

/* Is s[0..n) well-formed UTF-8 (Unicode Table 3-7)?  Written apart from
 * the decoder's own check on purpose. */
static int valid_utf8(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t k, need;
        unsigned long cp;
        if (c < 0x80) { i++; continue; }
        if ((c & 0xE0) == 0xC0) { need = 1; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { need = 2; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { need = 3; cp = c & 0x07; }
        else return 0;
        for (k = 1; k <= need; k++) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = cp << 6 | (s[i + k] & 0x3F);
        }
        if ((need == 1 && cp < 0x80) || (need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += need + 1;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static zb_normalizer *norm;
    const char *enc = NULL;
    char *in, *out = NULL, *str, detected[32];
    size_t out_len = 0, limit = size, i;
    zb_normtext t = {0};
    zb_error err;

    if (!norm && !(norm = zb_normalizer_new(&err)))
        abort();
    if (size > 0 && data[0] < 8) {
        enc = encodings[data[0]];
        data++;
        size--;
    }
    in = malloc(size ? size : 1);          /* exact size: overreads are caught */
    if (!in)
        return 0;
    memcpy(in, data, size);
    if (zb_decode(in, size, enc, &out, &out_len, detected, on_warn, &limit, &err) != ZB_OK) {
        if (out || err.code == ZB_OK)
            __builtin_trap();
        free(in);
        return 0;
    }
    if (strlen(out) != out_len || !valid_utf8((const unsigned char *)out, out_len) ||
        strlen(detected) == 0)
        __builtin_trap();
    if (zb_normalize(norm, out, out_len, &t, &err) != ZB_OK)
        abort();
    if (t.len > out_len || zb_normtext_source(&t, t.len) != out_len || t.s[t.len] != '\0' ||
        !valid_utf8((const unsigned char *)t.s, t.len))
        __builtin_trap();
    for (i = 0; i < t.len; i++) {
        size_t m = zb_normtext_source(&t, i);
        if (m > zb_normtext_source(&t, i + 1) || ((unsigned char)out[m] & 0xC0) == 0x80)
            __builtin_trap();
    }
    /* the one-pass path gives the same texts and map (warnings: counted) */
    {
        zb_normtext u = {0};
        const char *text;
        char *owned;
        size_t text_len, limit2 = size;
        if (zb_decode_normalize(norm, in, size, enc, &u, &text, &text_len, &owned, on_warn,
                                &limit2, &err) != ZB_OK ||
            text_len != out_len || memcmp(text, out, out_len) != 0 || u.len != t.len ||
            memcmp(u.s, t.s, t.len + 1) != 0 || (owned && owned != text) ||
            (!owned && (text < in || text > in + size)))
            __builtin_trap();
        for (i = 0; i <= t.len; i++)
            if (zb_normtext_source(&u, i) != zb_normtext_source(&t, i))
                __builtin_trap();
        free(owned);
        zb_normtext_clear(&u);
    }
    str = zb_normalize_str(norm, out);
    if (!str || strcmp(str, t.s) != 0)    /* same text, no NUL inside */
        __builtin_trap();
    /* raw bytes straight into the normaliser must be safe too */
    if (zb_normalize(norm, in, size, &t, &err) != ZB_OK || t.len > size)
        __builtin_trap();
    free(str);
    zb_normtext_clear(&t);
    free(out);
    free(in);
    return 0;
}
