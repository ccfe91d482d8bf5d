/*
 * test_decode.c -- zb_decode: detection, round trips, replacement offsets.
 *
 * Encoded inputs are made here from UTF-8 sample text with the C library's
 * iconv (independent of the decoder's own detection and replacement code):
 * the corpus files 001 (simplified) and 004 (traditional) and short phrases.
 * Expected offsets of invalid bytes are counted by hand in the comments.
 */
#include "zb_test.h"
#include "zhibiao.h"

#include <iconv.h>

/* ---- helpers */

/* Convert UTF-8 s[0..n) to encoding `to` with iconv; prefix (may be NULL)
 * of plen bytes goes in front (a BOM).  Returns a new buffer.  With
 * lines_only, a character `to` cannot hold ends the text at the line end
 * before it, and *n is cut to that length; otherwise it fails the test. */
static char *encode_lines(const char *s, size_t *n, const char *to, const char *prefix,
                          size_t plen, int lines_only, size_t *out_len)
{
    iconv_t cd = iconv_open(to, "UTF-8");
    size_t cap = *n * 4 + plen + 16, left = cap - plen, r;
    char *out = malloc(cap), *o = out + plen, *in = (char *)s;
    size_t in_left = *n;
    assert_true(cd != (iconv_t)-1);
    assert_non_null(out);
    if (plen)
        memcpy(out, prefix, plen);
    r = iconv(cd, &in, &in_left, &o, &left);
    iconv_close(cd);
    if (r == (size_t)-1 && lines_only) {
        size_t keep = (size_t)(in - s);
        while (keep > 0 && s[keep - 1] != '\n')
            keep--;
        assert_true(keep > 1000);       /* a real document still */
        *n = keep;
        free(out);
        return encode_lines(s, n, to, prefix, plen, 0, out_len);
    }
    assert_int_not_equal(r, (size_t)-1);
    *out_len = (size_t)(o - out);
    return out;
}

static char *encode(const char *s, size_t n, const char *to, const char *prefix, size_t plen,
                    size_t *out_len)
{
    return encode_lines(s, &n, to, prefix, plen, 0, out_len);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *b;
    long n;
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    rewind(f);
    b = malloc((size_t)n + 1);
    assert_non_null(b);
    assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    b[n] = '\0';
    *len = (size_t)n;
    return b;
}

/* Warnings collected by the callback. */
typedef struct warns {
    size_t n;
    size_t off[64];
    char msg[64][160];
} warns;

static void collect(void *user, size_t off, const char *msg)
{
    warns *w = user;
    if (w->n < 64) {
        w->off[w->n] = off;
        snprintf(w->msg[w->n], sizeof w->msg[0], "%s", msg);
    }
    w->n++;
}

/* Decode and expect success. */
static char *dec(const char *in, size_t len, const char *enc, size_t *out_len, char *detected,
                 warns *w)
{
    char *out = NULL;
    zb_error err = {0};
    int rc = zb_decode(in, len, enc, &out, out_len, detected, collect, w, &err);
    if (rc != ZB_OK)
        print_error("zb_decode: %d %s\n", rc, err.message);
    assert_int_equal(rc, ZB_OK);
    assert_non_null(out);
    assert_int_equal(out[*out_len], '\0');
    return out;
}

/* ---- round trips of whole documents */

/* One row: a corpus file, the encoding to write it in, a BOM to put in
 * front, the encoding zb_decode must report when detecting, and whether
 * to keep only the lines before the first character the encoding lacks
 * (004 ends in a simplified-Chinese spam tail Big5 cannot hold; 001 has
 * an NBSP on line 3, which GBK lacks and GB18030 has). */
static const struct {
    const char *file, *to;
    const char *bom;
    size_t bom_len;
    const char *detected;
    int lines_only;
} docs[] = {
    {"001_18ede2ede8d902f8.txt", "UTF-8", NULL, 0, "UTF-8", 0},
    {"001_18ede2ede8d902f8.txt", "UTF-8", "\xEF\xBB\xBF", 3, "UTF-8", 0},
    {"001_18ede2ede8d902f8.txt", "GB18030", NULL, 0, "GB18030", 0},
    {"001_18ede2ede8d902f8.txt", "UTF-16LE", "\xFF\xFE", 2, "UTF-16LE", 0},
    {"001_18ede2ede8d902f8.txt", "UTF-16BE", "\xFE\xFF", 2, "UTF-16BE", 0},
    {"003_43fa801341aace3e.txt", "GBK", NULL, 0, "GB18030", 0},
    {"004_7353c12e103316cd.txt", "UTF-8", NULL, 0, "UTF-8", 0},
    {"004_7353c12e103316cd.txt", "BIG5", NULL, 0, "BIG5", 1},
    {"004_7353c12e103316cd.txt", "GBK", NULL, 0, "GB18030", 0},
    {"004_7353c12e103316cd.txt", "GB18030", NULL, 0, "GB18030", 0},
    {"004_7353c12e103316cd.txt", "UTF-16LE", "\xFF\xFE", 2, "UTF-16LE", 0},
    {"004_7353c12e103316cd.txt", "UTF-16BE", "\xFE\xFF", 2, "UTF-16BE", 0},
    {"004_7353c12e103316cd.txt", "UTF-32LE", "\xFF\xFE\0\0", 4, "UTF-32LE", 0},
};

static void test_round_trip_documents(void **state)
{
    size_t r;
    (void)state;
    for (r = 0; r < sizeof docs / sizeof docs[0]; r++) {
        char path[256], detected[32] = "", *src, *enc, *out;
        size_t src_len, enc_len, out_len;
        warns w = {0};
        snprintf(path, sizeof path, ZB_DATASETS "/corpus/%s", docs[r].file);
        src = slurp(path, &src_len);
        enc = encode_lines(src, &src_len, docs[r].to, docs[r].bom, docs[r].bom_len,
                           docs[r].lines_only, &enc_len);
        out = dec(enc, enc_len, NULL, &out_len, detected, &w);
        if (strcmp(detected, docs[r].detected) != 0 || out_len != src_len ||
            memcmp(out, src, src_len) != 0 || w.n != 0) {
            print_error("row %zu (%s as %s): detected %s, %zu bytes of %zu, %zu warnings\n", r,
                        docs[r].file, docs[r].to, detected, out_len, src_len, w.n);
            fail();
        }
        free(out);
        free(enc);
        free(src);
    }
}

/* Short phrases, as a headline or a one-line snippet would be. */
static const struct {
    const char *utf8, *to, *detected;
} phrases[] = {
    {"镇江市1-5月规上工业增加值同比增长8.5%", "GB18030", "GB18030"},
    {"全市地区生产总值达到5264亿元，比上年增长7.2%。", "GB18030", "GB18030"},
    {"鎮江市17個省重大項目完成投資31.9億元，完成年度計劃的53.4%。", "BIG5", "BIG5"},
    {"今年以來，江蘇省鎮江市堅持把項目建設作為經濟工作的主抓手。", "BIG5", "BIG5"},
};

static void test_short_phrases(void **state)
{
    size_t r;
    (void)state;
    for (r = 0; r < sizeof phrases / sizeof phrases[0]; r++) {
        char detected[32] = "", *enc, *out;
        size_t n = strlen(phrases[r].utf8), enc_len, out_len;
        warns w = {0};
        enc = encode(phrases[r].utf8, n, phrases[r].to, NULL, 0, &enc_len);
        out = dec(enc, enc_len, NULL, &out_len, detected, &w);
        if (strcmp(detected, phrases[r].detected) != 0 || strcmp(out, phrases[r].utf8) != 0) {
            print_error("row %zu: detected %s, got \"%s\"\n", r, detected, out);
            fail();
        }
        free(out);
        free(enc);
    }
}

/* ---- explicit encodings */

static void test_override(void **state)
{
    const char *utf8 = "增长8.5%";
    char detected[32], *enc, *out;
    size_t enc_len, out_len;
    warns w = {0};
    (void)state;
    enc = encode(utf8, strlen(utf8), "GB18030", NULL, 0, &enc_len);
    /* lower case goes to iconv unchanged and is reported as given */
    out = dec(enc, enc_len, "gb18030", &out_len, detected, &w);
    assert_string_equal(out, utf8);
    assert_string_equal(detected, "gb18030");
    free(out);
    assert_int_equal(w.n, 0);
    /* "AUTO" means detect; two GBK characters are too few for uchardet,
     * so the GB18030 fallback answers and says it guessed */
    out = dec(enc, enc_len, "AUTO", &out_len, detected, &w);
    assert_string_equal(out, utf8);
    assert_string_equal(detected, "GB18030");
    assert_int_equal(w.n, 1);
    assert_string_equal(w.msg[0], "encoding not recognised with confidence; decoding as GB18030");
    free(out);
    free(enc);
    w.n = 0;
    /* UTF-16 by name: iconv reads and drops the BOM */
    enc = encode(utf8, strlen(utf8), "UTF-16LE", "\xFF\xFE", 2, &enc_len);
    out = dec(enc, enc_len, "UTF-16", &out_len, detected, &w);
    assert_string_equal(out, utf8);
    free(out);
    /* UTF-16LE by name keeps U+FEFF in iconv's output; we drop it */
    out = dec(enc, enc_len, "UTF-16LE", &out_len, detected, &w);
    assert_string_equal(out, utf8);
    free(out);
    free(enc);
    if (w.n)
        print_error("warning at %zu: %s\n", w.off[0], w.msg[0]);
    assert_int_equal(w.n, 0);
}

static void test_unknown_encoding(void **state)
{
    char *out = (char *)1;
    size_t len = 7;
    zb_error err = {0};
    (void)state;
    assert_int_equal(zb_decode("abc", 3, "XYZ", &out, &len, NULL, NULL, NULL, &err),
                     ZB_EENCODING);
    assert_int_equal(err.code, ZB_EENCODING);
    assert_string_equal(err.message, "unknown encoding \"XYZ\"");
    assert_null(out);
    assert_int_equal(len, 0);
    /* err may be NULL */
    assert_int_equal(zb_decode("abc", 3, "no-such-charset", &out, &len, NULL, NULL, NULL, NULL),
                     ZB_EENCODING);
}

/* ---- invalid input */

/* GB18030 by name: 0x81 followed by a newline is no character.
 *   a b c 81 0A d e f   -> the 0x81 is at offset 3 */
static void test_invalid_gb18030(void **state)
{
    char *out;
    size_t out_len;
    warns w = {0};
    (void)state;
    out = dec("abc\x81\ndef", 8, "GB18030", &out_len, NULL, &w);
    assert_string_equal(out, "abc\xEF\xBF\xBD\ndef");
    assert_int_equal(w.n, 1);
    assert_int_equal(w.off[0], 3);
    assert_string_equal(w.msg[0], "invalid GB18030 byte 0x81 replaced");
    free(out);

    /* D6 D0 is 中; a lone D6 at the very end is a truncated sequence
     * at offset 2 ("中" = 2 bytes, then D6). */
    memset(&w, 0, sizeof w);
    out = dec("\xD6\xD0\xD6", 3, "GB18030", &out_len, NULL, &w);
    assert_string_equal(out, "中\xEF\xBF\xBD");
    assert_int_equal(w.n, 1);
    assert_int_equal(w.off[0], 2);
    assert_non_null(strstr(w.msg[0], "truncated GB18030"));
    free(out);
}

/* GB18030 past its 2-byte codes: a 4-byte code (81 30 84 32 is U+00A0)
 * decodes, and BE 39 -- the start of a 4-byte code -- followed by a line
 * feed and more text is an invalid byte, not a sequence cut short (the
 * input goes on after the line feed).
 *   中 | 81 30 84 32 | 中 | BE | 9 | LF | 中
 *   0    2             6    8    9   10   11 */
static void test_gb18030_four_byte(void **state)
{
    char *out;
    size_t out_len;
    warns w = {0};
    (void)state;
    out = dec("\xD6\xD0\x81\x30\x84\x32\xD6\xD0\xBE\x39\n\xD6\xD0", 13, "GB18030", &out_len,
              NULL, &w);
    assert_string_equal(out, "中\xC2\xA0中\xEF\xBF\xBD" "9\n中");
    assert_int_equal(w.n, 1);
    assert_int_equal(w.off[0], 8);
    assert_string_equal(w.msg[0], "invalid GB18030 byte 0xBE replaced");
    free(out);
}

/* Big5 by name: A3 FE has the shape of a character (lead A1-FE, trail
 * A1-FE) but no mapping, so both bytes go as one U+FFFD; A1 followed by
 * '?' (0x3F, no Big5 trail) loses only the A1 and the '?' stays.
 *   a | A3 FE | b | A1 | ? | c
 *   0   1       3   4    5   6 */
static void test_invalid_big5(void **state)
{
    char *out;
    size_t out_len;
    warns w = {0};
    (void)state;
    out = dec("a\xA3\xFE" "b\xA1?c", 7, "BIG5", &out_len, NULL, &w);
    assert_string_equal(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD?c");
    assert_int_equal(w.n, 2);
    assert_int_equal(w.off[0], 1);
    assert_string_equal(w.msg[0], "invalid BIG5 bytes 0xA3 0xFE replaced");
    assert_int_equal(w.off[1], 4);
    assert_string_equal(w.msg[1], "invalid BIG5 byte 0xA1 replaced");
    free(out);
}

/* A UTF-8 document with one stray byte is still UTF-8.  The text is 60
 * copies of "增长" (6 bytes each) with 0xFF put at offset 181: after 30
 * copies (180 bytes) and one ASCII 'x'. */
static void test_stray_byte_in_utf8(void **state)
{
    char buf[400], detected[32], *out;
    size_t n = 0, out_len, i;
    warns w = {0};
    (void)state;
    for (i = 0; i < 60; i++) {
        if (i == 30) {
            buf[n++] = 'x';
            buf[n++] = '\xFF';
        }
        memcpy(buf + n, "增长", 6);
        n += 6;
    }
    out = dec(buf, n, NULL, &out_len, detected, &w);
    assert_string_equal(detected, "UTF-8");
    assert_int_equal(w.n, 1);
    assert_int_equal(w.off[0], 181);
    assert_string_equal(w.msg[0], "invalid UTF-8 byte 0xFF replaced");
    assert_int_equal(out_len, n + 2);   /* one byte became three */
    assert_memory_equal(out, buf, 181);
    assert_memory_equal(out + 181, "\xEF\xBF\xBD", 3);
    assert_memory_equal(out + 184, buf + 182, n - 182);
    free(out);
}

/* Detection looks at a window around the first invalid byte.  A stray byte
 * deep in a long UTF-8 text: 28572 copies of "增长8" (7 bytes each) make
 * 200004 bytes, then 'x' at 200004 and 0xFF at 200005, then as many copies
 * again.  And a long GBK text (001 repeated 20 times, ~150 KB). */
static void test_long_documents(void **state)
{
    size_t copies = 28572, n = 0, i, out_len, src_len, enc_len;
    char *buf = malloc(copies * 7 * 2 + 8), *out, *src, *enc, *big, detected[32];
    warns w = {0};
    (void)state;
    for (i = 0; i < 2 * copies; i++) {
        if (i == copies) {
            buf[n++] = 'x';
            buf[n++] = '\xFF';
        }
        memcpy(buf + n, "增长8", 7);
        n += 7;
    }
    out = dec(buf, n, NULL, &out_len, detected, &w);
    assert_string_equal(detected, "UTF-8");
    assert_int_equal(w.n, 1);
    assert_int_equal(w.off[0], 200005);
    assert_int_equal(out_len, n + 2);
    free(out);
    free(buf);

    src = slurp(ZB_DATASETS "/corpus/001_18ede2ede8d902f8.txt", &src_len);
    big = malloc(src_len * 20);
    for (i = 0; i < 20; i++)
        memcpy(big + i * src_len, src, src_len);
    enc = encode(big, src_len * 20, "GB18030", NULL, 0, &enc_len);
    memset(&w, 0, sizeof w);
    out = dec(enc, enc_len, NULL, &out_len, detected, &w);
    assert_string_equal(detected, "GB18030");
    assert_int_equal(out_len, src_len * 20);
    assert_memory_equal(out, big, out_len);
    assert_int_equal(w.n, 0);
    free(out);
    free(enc);
    free(big);
    free(src);
}

/* UTF-8 cut in the middle of a character: "中文" + E4 B8 (first two bytes
 * of 丰/中...), truncated sequence at offset 6. */
static void test_truncated_utf8(void **state)
{
    char detected[32], *out;
    size_t out_len;
    warns w = {0};
    (void)state;
    out = dec("中文\xE4\xB8", 8, NULL, &out_len, detected, &w);
    assert_string_equal(detected, "UTF-8");
    assert_string_equal(out, "中文\xEF\xBF\xBD");
    assert_int_equal(w.n, 1);
    assert_int_equal(w.off[0], 6);
    assert_non_null(strstr(w.msg[0], "truncated UTF-8"));
    free(out);
}

/* Overlong, surrogate and out-of-range forms are invalid UTF-8 too.  With a
 * BOM the text is UTF-8 without detection; offsets count the BOM:
 *   EF BB BF | a | C0 AF | b | ED A0 80 | c | F4 90 80 80
 *   0          3   4       6   7          10  11
 * Per maximal subpart: C0, AF; ED, A0, 80 (ED then A0 is no valid
 * prefix); F4, 90, 80, 80. */
static void test_utf8_ill_formed(void **state)
{
    static const char in[] = "\xEF\xBB\xBF" "a\xC0\xAF" "b\xED\xA0\x80" "c\xF4\x90\x80\x80";
    static const size_t offs[] = {4, 5, 7, 8, 9, 11, 12, 13, 14};
    char *out;
    size_t out_len, i;
    warns w = {0};
    (void)state;
    out = dec(in, sizeof in - 1, NULL, &out_len, NULL, &w);
    assert_int_equal(w.n, 9);
    for (i = 0; i < 9; i++)
        assert_int_equal(w.off[i], offs[i]);
    assert_int_equal(out_len, 3 + 9 * 3);
    assert_memory_equal(out, "a\xEF\xBF\xBD\xEF\xBF\xBD" "b", 8);
    free(out);
}

/* UTF-16LE with an odd byte count: the last byte is truncated.
 *   FF FE | 2D 4E (中) | 41 -> the 0x41 at offset 4 */
static void test_utf16_odd_length(void **state)
{
    char detected[32], *out;
    size_t out_len;
    warns w = {0};
    (void)state;
    out = dec("\xFF\xFE\x2D\x4E\x41", 5, NULL, &out_len, detected, &w);
    assert_string_equal(detected, "UTF-16LE");
    assert_string_equal(out, "中\xEF\xBF\xBD");
    assert_int_equal(w.n, 1);
    assert_int_equal(w.off[0], 4);
    free(out);
}

/* Many invalid bytes: 20 warnings pass, then one that counts the rest.
 * 100 bytes 0x80 in GB18030 (0x80 is never a GB18030 lead). */
static void test_warning_budget(void **state)
{
    char in[100], *out;
    size_t out_len;
    warns w = {0};
    (void)state;
    memset(in, 0x80, sizeof in);
    out = dec(in, sizeof in, "GB18030", &out_len, NULL, &w);
    assert_int_equal(out_len, 300);
    assert_int_equal(w.n, 21);
    assert_int_equal(w.off[19], 19);
    assert_string_equal(w.msg[20], "80 more decoding warnings not shown");
    free(out);
}

/* ---- line ends, BOM, NUL */

static void test_line_ends_kept(void **state)
{
    static const char text[] = "第一行\r\n第二行\r第三行\n";
    static const char *encs[] = {"UTF-8", "GB18030", "BIG5", "UTF-16BE"};
    size_t i;
    (void)state;
    for (i = 0; i < 4; i++) {
        char *enc, *out;
        size_t enc_len, out_len;
        warns w = {0};
        enc = encode(text, sizeof text - 1, encs[i], NULL, 0, &enc_len);
        out = dec(enc, enc_len, encs[i], &out_len, NULL, &w);
        if (strcmp(out, text) != 0) {
            print_error("row %zu (%s): \"%s\"\n", i, encs[i], out);
            fail();
        }
        free(out);
        free(enc);
    }
}

static void test_bom_stripped(void **state)
{
    char detected[32], *out;
    size_t out_len;
    warns w = {0};
    (void)state;
    out = dec("\xEF\xBB\xBF" "GDP", 6, NULL, &out_len, detected, &w);
    assert_string_equal(out, "GDP");
    assert_int_equal(out_len, 3);
    assert_string_equal(detected, "UTF-8");
    free(out);
    /* a BOM alone */
    out = dec("\xEF\xBB\xBF", 3, NULL, &out_len, detected, &w);
    assert_int_equal(out_len, 0);
    free(out);
    /* UTF-8 by name with a BOM */
    out = dec("\xEF\xBB\xBF" "x", 4, "utf8", &out_len, detected, &w);
    assert_string_equal(out, "x");
    free(out);
    assert_int_equal(w.n, 0);
}

static void test_empty_and_nul(void **state)
{
    char detected[32], *out;
    size_t out_len;
    warns w = {0};
    (void)state;
    out = dec("", 0, NULL, &out_len, detected, &w);
    assert_int_equal(out_len, 0);
    assert_string_equal(detected, "UTF-8");
    free(out);
    out = dec(NULL, 5, NULL, &out_len, detected, &w);   /* NULL reads as empty */
    assert_int_equal(out_len, 0);
    free(out);
    /* NULs at offsets 1 and 3 become spaces, one warning at offset 1 */
    out = dec("a\0b\0c", 5, NULL, &out_len, detected, &w);
    assert_int_equal(out_len, 5);
    assert_string_equal(out, "a b c");
    assert_int_equal(w.n, 1);
    assert_int_equal(w.off[0], 1);
    assert_string_equal(w.msg[0], "2 NUL bytes replaced by spaces");
    free(out);
}

/* Offsets equal file offsets for BOM-less UTF-8: the decoded text is the
 * input byte for byte. */
static void test_utf8_offsets_preserved(void **state)
{
    char path[256], *src, *out;
    size_t src_len, out_len;
    warns w = {0};
    (void)state;
    snprintf(path, sizeof path, ZB_DATASETS "/corpus/%s", "004_7353c12e103316cd.txt");
    src = slurp(path, &src_len);
    out = dec(src, src_len, NULL, &out_len, NULL, &w);
    assert_int_equal(out_len, src_len);
    assert_memory_equal(out, src, src_len);
    free(out);
    free(src);
}

/* Binary junk (a byte ramp that includes 0x00 at i = 145, since
 * 145 * 37 + 11 = 5376 = 21 * 256): whatever the guess, decoding succeeds,
 * the result is a C string of the reported length and something warned. */
static void test_binary_never_fails(void **state)
{
    unsigned char in[512];
    char detected[32], *out;
    size_t out_len, i;
    warns w = {0};
    (void)state;
    for (i = 0; i < sizeof in; i++)
        in[i] = (unsigned char)(i * 37 + 11);
    out = dec((const char *)in, sizeof in, NULL, &out_len, detected, &w);
    assert_true(out_len > 0);
    assert_true(strlen(out) == out_len);     /* no NUL inside */
    assert_true(w.n > 0);
    free(out);
}

/* Found by fuzz_decode (tests/fuzz/crashes/decode/nul-offset-past-end):
 * the NUL warning gave a decoded offset, past the end of this 9-byte input
 * once invalid bytes had grown into U+FFFD.  The NUL is input byte 7. */
static void test_regress_nul_offset(void **state)
{
    static const char in[] = "\xDE\xFF\xFF\x11\xBF\x51\x43\x00\x0D";
    char *out;
    size_t out_len, i, nul_warnings = 0;
    warns w = {0};
    (void)state;
    out = dec(in, 9, NULL, &out_len, NULL, &w);
    for (i = 0; i < w.n; i++) {
        assert_true(w.off[i] <= 9);
        if (strstr(w.msg[i], "NUL")) {
            assert_int_equal(w.off[i], 7);
            nul_warnings++;
        }
    }
    assert_int_equal(nul_warnings, 1);
    free(out);
    /* the same in UTF-16LE: NUL unit at input offset 2 + 4 (after BOM, 中A) */
    memset(&w, 0, sizeof w);
    out = dec("\xFF\xFE\x2D\x4E\x41\x00\x00\x00", 8, NULL, &out_len, NULL, &w);
    assert_string_equal(out, "中A ");
    assert_int_equal(w.n, 1);
    assert_int_equal(w.off[0], 6);
    free(out);
}

/* zb_decode_normalize gives what zb_decode then zb_normalize give: the
 * decoded text, the normalised text and its map, the warnings, the return
 * code.  Valid UTF-8 without NUL is not copied: the text points into the
 * input, past a BOM and one more U+FEFF (finish_text drops that too). */
static void same_as_two_steps(const zb_normalizer *n, const char *in, size_t len, const char *enc,
                              size_t borrowed_at)
{
    warns w1 = {0}, w2 = {0};
    zb_error e1 = {0}, e2 = {0};
    zb_normtext t1 = {0}, t2 = {0};
    char *out = NULL, *owned = NULL;
    const char *text = NULL;
    size_t out_len = 0, text_len = 0, i;
    int rc1 = zb_decode(in, len, enc, &out, &out_len, NULL, collect, &w1, &e1);
    int rc2;
    if (rc1 == ZB_OK)
        rc1 = zb_normalize(n, out, out_len, &t1, &e1);
    rc2 = zb_decode_normalize(n, in, len, enc, &t2, &text, &text_len, &owned, collect, &w2, &e2);
    assert_int_equal(rc2, rc1);
    assert_int_equal(w2.n, w1.n);
    for (i = 0; i < w1.n && i < 64; i++) {
        assert_int_equal(w2.off[i], w1.off[i]);
        assert_string_equal(w2.msg[i], w1.msg[i]);
    }
    if (rc1 == ZB_OK) {
        assert_int_equal(text_len, out_len);
        assert_memory_equal(text, out, out_len);
        assert_int_equal(t2.len, t1.len);
        assert_memory_equal(t2.s, t1.s, t1.len + 1);
        for (i = 0; i <= t1.len + 1; i++)
            assert_int_equal(zb_normtext_source(&t2, i), zb_normtext_source(&t1, i));
        if (borrowed_at != (size_t)-1) {
            assert_null(owned);
            if (in)
                assert_ptr_equal(text, in + borrowed_at);
        } else {
            assert_ptr_equal(text, owned);
        }
    } else {
        assert_int_equal(e2.code, e1.code);
        assert_string_equal(e2.message, e1.message);
        assert_null(owned);
    }
    free(out);
    free(owned);
    zb_normtext_clear(&t1);
    zb_normtext_clear(&t2);
}

static void test_decode_normalize(void **state)
{
    static const struct {
        const char *in;
        size_t len;             /* 0: strlen */
        const char *enc;
        size_t borrowed_at;     /* -1: a copy */
    } rows[] = {
        {"GDP增长５.３％，鎮江\xC2\xA0\xE3\x80\x80\xF0\x9F\x98\x80", 0, NULL, 0},
        {"\xEF\xBB\xBF" "增长", 0, NULL, 3},
        {"\xEF\xBB\xBF\xEF\xBB\xBF" "增长", 0, NULL, 6},
        {"\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBF" "x", 0, NULL, 6},
        {"\xEF\xBB\xBF\xEF\xBB\xBF", 0, "UTF-8", 6},
        {"\xEF\xBB\xBF" "x", 0, "utf8", 3},
        {"\xEF\xBB\xBF" "x", 0, "auto", 3},
        {"x\xEF\xBB\xBF", 0, "", 0},
        {"", 0, NULL, 0},
        {"a\0b", 3, NULL, (size_t)-1},
        {"增长\xFF增长", 0, NULL, (size_t)-1},
        {"增长增长增长\xE0\x82\xA0增长", 0, NULL, (size_t)-1},
        {"\xED\xA0\x80", 0, "UTF-8", (size_t)-1},
        {"\xEF\xBB\xBF\xE5\xA2", 0, NULL, (size_t)-1},
        {"\xD4\xF6\xB3\xA4", 0, NULL, (size_t)-1},             /* 增长 in GBK */
        {"\xFF\xFE\x2D\x4E\x41\x00", 6, NULL, (size_t)-1},      /* UTF-16LE */
        {"增长", 0, "GB18030", (size_t)-1},
        {"abc", 0, "no-such-charset", (size_t)-1},
    };
    static const char *const files[] = {"001_18ede2ede8d902f8.txt", "004_7353c12e103316cd.txt"};
    zb_error err = {0};
    zb_normalizer *n = zb_normalizer_new(&err);
    size_t r;
    (void)state;
    assert_non_null(n);
    for (r = 0; r < sizeof rows / sizeof rows[0]; r++)
        same_as_two_steps(n, rows[r].in, rows[r].len ? rows[r].len : strlen(rows[r].in),
                          rows[r].enc, rows[r].borrowed_at);
    same_as_two_steps(n, NULL, 5, NULL, 0);    /* NULL reads as empty */
    for (r = 0; r < sizeof files / sizeof files[0]; r++) {
        char path[512], *doc, *gbk;
        size_t len, glen;
        snprintf(path, sizeof path, "%s/corpus/%s", ZB_DATASETS, files[r]);
        doc = slurp(path, &len);
        same_as_two_steps(n, doc, len, NULL, 0);
        gbk = encode(doc, len, "GB18030", NULL, 0, &glen);
        same_as_two_steps(n, gbk, glen, NULL, (size_t)-1);
        free(gbk);
        free(doc);
    }
    zb_normalizer_free(n);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip_documents),
        cmocka_unit_test(test_short_phrases),
        cmocka_unit_test(test_override),
        cmocka_unit_test(test_unknown_encoding),
        cmocka_unit_test(test_invalid_gb18030),
        cmocka_unit_test(test_gb18030_four_byte),
        cmocka_unit_test(test_invalid_big5),
        cmocka_unit_test(test_stray_byte_in_utf8),
        cmocka_unit_test(test_long_documents),
        cmocka_unit_test(test_truncated_utf8),
        cmocka_unit_test(test_utf8_ill_formed),
        cmocka_unit_test(test_utf16_odd_length),
        cmocka_unit_test(test_warning_budget),
        cmocka_unit_test(test_line_ends_kept),
        cmocka_unit_test(test_bom_stripped),
        cmocka_unit_test(test_empty_and_nul),
        cmocka_unit_test(test_utf8_offsets_preserved),
        cmocka_unit_test(test_binary_never_fails),
        cmocka_unit_test(test_regress_nul_offset),
        cmocka_unit_test(test_decode_normalize),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
