/*
 * test_normalize.c -- zb_normalize / zb_normalize_str: traditional ->
 * simplified, full-width -> ASCII, spaces, and the way back to source
 * offsets (zb_normtext_source).
 *
 * Expected simplified forms are the standard ones (通用规范汉字表 pairs),
 * written by hand; expected maps are counted by hand in the comments
 * (every CJK character and full-width form is 3 bytes in UTF-8).
 */
#include "zb_test.h"
#include "zhibiao.h"

static zb_normalizer *norm;

static int setup(void **state)
{
    zb_error err = {0};
    (void)state;
    norm = zb_normalizer_new(&err);
    if (!norm)
        fprintf(stderr, "zb_normalizer_new: %s\n", err.message);
    return norm ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    zb_normalizer_free(norm);
    return 0;
}

static void norm_ok(const char *in, zb_normtext *t)
{
    zb_error err = {0};
    assert_int_equal(zb_normalize(norm, in, strlen(in), t, &err), ZB_OK);
    assert_int_equal(t->s[t->len], '\0');
    assert_int_equal(zb_normtext_source(t, t->len), strlen(in));
}

/* ２０２４年１－５月 -> 2024年1-5月.  Source byte starts: ２0 ０3 ２6 ４9
 * 年12 １15 －18 ５21 月24, length 27.  Output: "2024" (4 bytes), 年 (3),
 * "1-5" (3), 月 (3) = 13 bytes. */
static void test_fullwidth_digits(void **state)
{
    static const size_t map[] = {0, 3, 6, 9, 12, 12, 12, 15, 18, 21, 24, 24, 24, 27};
    zb_normtext t = {0};
    size_t i;
    (void)state;
    norm_ok("２０２４年１－５月", &t);
    assert_string_equal(t.s, "2024年1-5月");
    assert_int_equal(t.len, 13);
    for (i = 0; i <= 13; i++)
        assert_int_equal(zb_normtext_source(&t, i), map[i]);
    zb_normtext_clear(&t);
    assert_null(t.s);
    assert_null(t.brk);
    assert_int_equal(t.len, 0);
}

/* 鎮江市17個省重大項目完成投資31.9億元: every character keeps its byte
 * length, so the map is "start of the character" at every byte.
 * Bytes: 鎮江市 0-8, "17" 9-10, 個省重大項目完成投資 11-40, "31.9" 41-44,
 * 億元 45-50; 51 in all. */
static void test_traditional_sentence(void **state)
{
    static const char *in = "鎮江市17個省重大項目完成投資31.9億元";
    static const char *want = "镇江市17个省重大项目完成投资31.9亿元";
    zb_normtext t = {0};
    size_t i;
    (void)state;
    assert_int_equal(strlen(in), 51);
    norm_ok(in, &t);
    assert_string_equal(t.s, want);
    assert_int_equal(t.len, 51);
    for (i = 0; i < 51; i++) {
        size_t start = i < 9 ? i / 3 * 3 : i < 11 ? i : i < 41 ? 11 + (i - 11) / 3 * 3
                     : i < 45 ? i : 45 + (i - 45) / 3 * 3;
        if (zb_normtext_source(&t, i) != start) {
            print_error("source(%zu) = %zu, expected %zu\n", i, zb_normtext_source(&t, i), start);
            fail();
        }
    }
    zb_normtext_clear(&t);
}

/* Single characters: traditional -> simplified, and characters that must
 * stay (simplified already, or the same in both scripts). */
static const struct {
    const char *in, *out;
} chars[] = {
    {"經", "经"}, {"濟", "济"}, {"國", "国"}, {"產", "产"}, {"億", "亿"}, {"萬", "万"},
    {"長", "长"}, {"發", "发"}, {"區", "区"}, {"縣", "县"}, {"業", "业"}, {"與", "与"},
    {"為", "为"}, {"總", "总"}, {"額", "额"}, {"點", "点"}, {"個", "个"}, {"這", "这"},
    {"門", "门"}, {"開", "开"}, {"鎮", "镇"}, {"蘇", "苏"}, {"資", "资"}, {"項", "项"},
    {"值", "值"}, {"增", "增"}, {"长", "长"}, {"亿", "亿"}, {"年", "年"}, {"月", "月"},
    {"元", "元"}, {"江", "江"}, {"市", "市"}, {"省", "省"}, {"%", "%"},
    {"％", "%"}, {"．", "."}, {"，", ","}, {"：", ":"}, {"（", "("}, {"）", ")"},
    {"０", "0"}, {"９", "9"}, {"Ａ", "A"}, {"ｚ", "z"}, {"～", "~"}, {"！", "!"},
    {"\xE3\x80\x80", " "},      /* U+3000 ideographic space */
    {"\xC2\xA0", " "},          /* U+00A0 no-break space */
    {"\xE2\x80\x94", "\xE2\x80\x94"},  /* U+2014 em dash: kept */
    {"。", "。"},               /* U+3002: not a full-width ASCII form */
    {"\xF0\xA0\x80\x80", "\xF0\xA0\x80\x80"},  /* U+20000: outside the BMP, kept */
};

static void test_single_characters(void **state)
{
    size_t r;
    (void)state;
    for (r = 0; r < sizeof chars / sizeof chars[0]; r++) {
        char *s = zb_normalize_str(norm, chars[r].in);
        assert_non_null(s);
        if (strcmp(s, chars[r].out) != 0) {
            print_error("row %zu: %s -> %s, expected %s\n", r, chars[r].in, s, chars[r].out);
            fail();
        }
        free(s);
    }
}

/* Per character, not per phrase: a character converts the same wherever it
 * stands, so normalising a string equals normalising its characters one by
 * one and joining them. */
static void test_context_free(void **state)
{
    static const char *in = "鎮江高新區：五年蝶變　崛起發展新高地，臺灣後來";
    const char *p = in;
    char joined[256] = "";
    char *whole = zb_normalize_str(norm, in);
    (void)state;
    while (*p) {
        char one[8] = "", *s;
        size_t k = ((unsigned char)*p < 0x80) ? 1 : ((unsigned char)*p < 0xE0) ? 2
                  : ((unsigned char)*p < 0xF0) ? 3 : 4;
        memcpy(one, p, k);
        s = zb_normalize_str(norm, one);
        strcat(joined, s);
        free(s);
        p += k;
    }
    assert_string_equal(whole, joined);
    assert_string_equal(whole, "镇江高新区:五年蝶变 崛起发展新高地,台湾后来");
    free(whole);
}

/* NBSP is 2 bytes -> 1; U+3000 3 -> 1.
 *   "80" 0-1 | C2 A0 2-3 | 万 4-6 | E3 80 80 7-9 | "m" 10  -> len 11
 * Output "80 万 m": 8:0 0:1 ' ':2 万:4,4,4 ' ':7 m:10, then map[8] = 11. */
static void test_spaces_map(void **state)
{
    static const size_t map[] = {0, 1, 2, 4, 4, 4, 7, 10, 11};
    zb_normtext t = {0};
    size_t i;
    (void)state;
    norm_ok("80\xC2\xA0万\xE3\x80\x80m", &t);
    assert_string_equal(t.s, "80 万 m");
    assert_int_equal(t.len, 8);
    for (i = 0; i <= 8; i++)
        assert_int_equal(zb_normtext_source(&t, i), map[i]);
    zb_normtext_clear(&t);
}

/* The same normtext reused: a long text then a short one, and the buffer
 * is kept (cap does not shrink). */
static void test_reuse(void **state)
{
    zb_normtext t = {0};
    size_t cap;
    (void)state;
    norm_ok("長江三角洲區域一體化發展，ＧＤＰ增長５．８％", &t);
    assert_string_equal(t.s, "长江三角洲区域一体化发展,GDP增长5.8%");
    cap = t.cap;
    norm_ok("億元", &t);
    assert_string_equal(t.s, "亿元");
    assert_int_equal(t.len, 6);
    assert_int_equal(t.cap, cap);
    norm_ok("", &t);
    assert_int_equal(t.len, 0);
    assert_string_equal(t.s, "");
    zb_normtext_clear(&t);
    zb_normtext_clear(&t);     /* twice is fine */
    zb_normtext_clear(NULL);
}

/* Bad UTF-8 (not from zb_decode) passes through byte for byte without
 * reading past the end: a lone continuation byte, a lead byte cut short
 * at the end (E9 8E is the start of 鎮), a 4-byte lead with 1 trail, bytes
 * that never occur in UTF-8, stray continuation bytes after é (C3 A9) and
 * after a full-width comma that shrinks to ','.  Each stray byte is a
 * character of its own in the map; a cut sequence is one character. */
static void test_invalid_passthrough(void **state)
{
    static const struct {
        const char *in, *out;
        size_t map[8];          /* len(out) + 1 entries */
    } rows[] = {
        {"\x80" "a", "\x80" "a", {0, 1, 2}},
        {"a\xE9\x8E", "a\xE9\x8E", {0, 1, 1, 3}},
        {"\xF0\x90", "\xF0\x90", {0, 0, 2}},
        {"\xFF\xFE", "\xFF\xFE", {0, 1, 2}},
        {"\xC3\xA9\x80\x80" "b", "\xC3\xA9\x80\x80" "b", {0, 0, 2, 3, 4, 5}},
        {"\xEF\xBC\x8C\x80", ",\x80", {0, 3, 4}},
    };
    size_t r, i;
    (void)state;
    for (r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        zb_normtext t = {0};
        char in[64], out[64];
        size_t n = strlen(rows[r].in), m = strlen(rows[r].out);
        norm_ok(rows[r].in, &t);
        assert_string_equal(t.s, rows[r].out);
        for (i = 0; i <= t.len; i++)
            if (zb_normtext_source(&t, i) != rows[r].map[i]) {
                print_error("row %zu: source(%zu) = %zu, expected %zu\n", r, i,
                            zb_normtext_source(&t, i), rows[r].map[i]);
                fail();
            }
        /* the same amid CJK and ASCII, where the loop reads 8 bytes a step */
        snprintf(in, sizeof in, "增长增长%sabcdefghij", rows[r].in);
        snprintf(out, sizeof out, "增长增长%sabcdefghij", rows[r].out);
        norm_ok(in, &t);
        assert_string_equal(t.s, out);
        for (i = 0; i <= t.len; i++) {
            size_t want = i < 12 ? i / 3 * 3 : i < 12 + m ? 12 + rows[r].map[i - 12]
                                                         : i - m + n;
            assert_int_equal(zb_normtext_source(&t, i), want);
        }
        zb_normtext_clear(&t);
    }
}

/* zb_normalize_checked: well-formed text without NUL normalises as with
 * zb_normalize (2-, 3- and 4-byte characters, the edges of Table 3-7);
 * anything zb_decode would change is ZB_EPARSE with out emptied: a NUL,
 * overlong forms (E0 82 A0 is an overlong NBSP), surrogates, U+110000 and
 * up, a cut or stray sequence, bytes that never occur.  Ill-formed bytes
 * between CJK pairs are caught too (the pair path's bitmap). */
static void test_checked(void **state)
{
    static const char *const good[] = {
        "", "abc", "鎮江市１７個，增长\xC2\xA0x\xE3\x80\x80y",
        "\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xF0\x90\x80\x80\xF4\x8F\xBF\xBF\xC2\x80",
        "增长增长\xF0\x9F\x98\x80增长增长增长",
    };
    static const char *const bad[] = {
        "\xE0\x82\xA0", "增长增长\xE0\x9F\xBF增长增长", "增长增长\xED\xA0\x80增长增长",
        "\xF4\x90\x80\x80", "\xF0\x8F\xBF\xBF", "\xC0\xAF", "\xC1\xBF", "增长\xE5\xA2",
        "\x80", "a\xF5\x80\x80\x80", "\xFF", "增长\xE5\xA2\x9E\x80增长增长",
    };
    zb_normtext t = {0}, u = {0};
    zb_error err = {0};
    size_t r, i;
    (void)state;
    for (r = 0; r < sizeof good / sizeof good[0]; r++) {
        size_t n = strlen(good[r]);
        assert_int_equal(zb_normalize_checked(norm, good[r], n, &t, &err), ZB_OK);
        assert_int_equal(zb_normalize(norm, good[r], n, &u, &err), ZB_OK);
        assert_int_equal(t.len, u.len);
        assert_string_equal(t.s, u.s);
        for (i = 0; i <= t.len; i++)
            assert_int_equal(zb_normtext_source(&t, i), zb_normtext_source(&u, i));
    }
    for (r = 0; r < sizeof bad / sizeof bad[0]; r++) {
        assert_int_equal(zb_normalize_checked(norm, bad[r], strlen(bad[r]), &t, &err), ZB_EPARSE);
        assert_int_equal(t.len, 0);
        assert_string_equal(t.s, "");
        assert_int_equal(zb_normtext_source(&t, 0), 0);
    }
    assert_int_equal(zb_normalize_checked(norm, "a\0b", 3, &t, &err), ZB_EPARSE);
    assert_int_equal(t.len, 0);
    assert_string_equal(t.s, "");
    assert_int_equal(zb_normalize_checked(norm, NULL, 4, &t, &err), ZB_OK);
    assert_int_equal(t.len, 0);
    zb_normtext_clear(&t);
    zb_normtext_clear(&u);
}

/* Invariants on a whole corpus document (traditional, with full-width
 * punctuation and a simplified spam tail): the map is non-decreasing,
 * starts at 0, ends at the source length; each output character starts at
 * a map value that is the start of a source character, and is that
 * character or its replacement of at most the same byte length. */
static void test_document_map(void **state)
{
    FILE *f = fopen(ZB_DATASETS "/corpus/004_7353c12e103316cd.txt", "rb");
    char buf[20000];
    size_t n, i;
    zb_normtext t = {0};
    zb_error err = {0};
    (void)state;
    assert_non_null(f);
    n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    assert_int_equal(zb_normalize(norm, buf, n, &t, &err), ZB_OK);
    assert_true(t.len <= n);
    assert_int_equal(zb_normtext_source(&t, 0), 0);
    assert_int_equal(zb_normtext_source(&t, t.len), n);
    for (i = 0; i < t.len; i++) {
        size_t m = zb_normtext_source(&t, i);
        assert_true(m <= zb_normtext_source(&t, i + 1));
        assert_true(((unsigned char)buf[m] & 0xC0) != 0x80);   /* a char start */
        if ((unsigned char)buf[m] < 0x80)
            assert_int_equal(t.s[i], buf[m]);                /* ASCII kept */
    }
    /* 鎮江 occurs in the source; its simplified form in the output */
    assert_non_null(strstr(buf, "鎮江"));
    assert_null(strstr(t.s, "鎮江"));
    assert_non_null(strstr(t.s, "镇江"));
    zb_normtext_clear(&t);
}

/* zb_normtext_sources maps a batch of offsets as zb_normtext_source maps
 * each: in increasing order (the order emit uses), in any order, with
 * repeats and offsets past the end, and alternating between two texts
 * (the search starts from the answer of the call before, whichever text
 * that was).  The single-offset answers are pinned by the hand-counted maps
 * above; here a traditional document with full-width forms gives a map
 * with many break points. */
static void test_sources_batch(void **state)
{
    FILE *f = fopen(ZB_DATASETS "/corpus/004_7353c12e103316cd.txt", "rb");
    static char buf[20000];
    size_t n, i, k, off[64], got[64], one[64];
    zb_normtext t = {0}, u = {0};
    zb_error err = {0};
    unsigned long long r = 88172645463325252ULL;
    (void)state;
    assert_non_null(f);
    n = fread(buf, 1, 12000, f);
    fclose(f);
    /* then lines of full-width forms and wide spaces: a break point at
     * every one of them */
    for (i = 0; i < 40 && n + 200 < sizeof buf; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "第%zu季度ＧＤＰ增長５．８％，\xE3\x80\x80投資\xC2\xA0１２億元。\n", i);
    assert_int_equal(zb_normalize(norm, buf, n, &t, &err), ZB_OK);
    assert_true(t.nbrk > 200);         /* a map worth searching */
    norm_ok("80\xC2\xA0万\xE3\x80\x80m", &u);
    for (int round = 0; round < 2000; round++) {
        const zb_normtext *x = round % 3 ? &t : &u;
        size_t m = 1 + round % 64;
        for (i = 0; i < m; i++) {
            r ^= r << 13, r ^= r >> 7, r ^= r << 17;
            off[i] = (size_t)(r % (x->len + 4));
        }
        if (round % 2) /* increasing, with repeats */
            for (i = 1; i < m; i++)
                for (k = i; k > 0 && off[k - 1] > off[k]; k--) {
                    size_t tmp = off[k];
                    off[k] = off[k - 1];
                    off[k - 1] = tmp;
                }
        for (i = 0; i < m; i++)
            one[i] = zb_normtext_source(x, off[i]);
        zb_normtext_sources(x, off, got, m);
        for (i = 0; i < m; i++)
            if (got[i] != one[i]) {
                print_error("round %d: sources[%zu] (off %zu) = %zu, single = %zu\n", round, i, off[i],
                            got[i], one[i]);
                fail();
            }
    }
    /* the hand-counted map of test_spaces_map, as one batch */
    {
        static const size_t map[] = {0, 1, 2, 4, 4, 4, 7, 10, 11};
        size_t all[9];
        for (i = 0; i <= 8; i++)
            off[i] = i;
        zb_normtext_sources(&t, off, got, 1);          /* leaves a hint in another text */
        zb_normtext_sources(&u, off, all, 9);
        for (i = 0; i <= 8; i++)
            assert_int_equal(all[i], map[i]);
    }
    zb_normtext_clear(&t);
    zb_normtext_clear(&u);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fullwidth_digits),
        cmocka_unit_test(test_traditional_sentence),
        cmocka_unit_test(test_single_characters),
        cmocka_unit_test(test_context_free),
        cmocka_unit_test(test_spaces_map),
        cmocka_unit_test(test_reuse),
        cmocka_unit_test(test_invalid_passthrough),
        cmocka_unit_test(test_checked),
        cmocka_unit_test(test_document_map),
        cmocka_unit_test(test_sources_batch),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
