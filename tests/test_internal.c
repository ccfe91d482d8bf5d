/*
 * test_internal.c -- the shared private helpers of lib/zb_internal.h:
 * zb_buf, zb_strdupf, zb_warnf, zb_grow, zb_hash_str and zb_smap.
 *
 * Expected hashes are the FNV-1a 64-bit test vectors of the FNV reference
 * (isthe.com/chongo/tech/comp/fnv), checked with a Python one-liner; string
 * contents are counted by hand in the comments.
 */
#include "zb_test.h"

#include "zhibiao.h"
#include "zb_internal.h"

static void test_buf_appends(void **state)
{
    (void)state;
    zb_buf b = {0};
    zb_buf_put(&b, NULL, 0); /* an empty append still gives a string */
    assert_non_null(b.s);
    assert_string_equal(b.s, "");
    zb_buf_puts(&b, "ab");
    zb_buf_put(&b, "cdef", 2);
    zb_buf_printf(&b, "[%d,%s]", 42, "x");
    assert_string_equal(b.s, "abcd[42,x]");
    assert_int_equal(b.len, 10);
    /* past the first 256 bytes: 300 'y' then a printf longer than the
     * helper's 256-byte scratch (an 'n' and 400 'z') */
    for (int i = 0; i < 300; i++)
        zb_buf_put(&b, "y", 1);
    char big[401];
    memset(big, 'z', 400);
    big[400] = 0;
    zb_buf_printf(&b, "n%s", big);
    assert_int_equal(b.len, 10 + 300 + 1 + 400);
    assert_int_equal(strlen(b.s), b.len);
    assert_true(b.cap > b.len);
    assert_int_equal(b.s[10], 'y');
    assert_int_equal(b.s[310], 'n');
    assert_int_equal(b.s[711 - 1], 'z');
    assert_int_equal(b.oom, 0);
    zb_buf_free(&b);
    assert_null(b.s);
    assert_int_equal(b.len, 0);
    zb_buf_free(NULL);
}

static void test_buf_oom_sticks(void **state)
{
    (void)state;
    zb_buf b = {0};
    zb_buf_puts(&b, "kept");
    b.oom = 1; /* as after a failed realloc: later appends do nothing */
    zb_buf_puts(&b, "lost");
    zb_buf_printf(&b, "%s", "lost");
    assert_int_equal(b.len, 4);
    assert_string_equal(b.s, "kept");
    assert_int_equal(zb_buf_reserve(&b, 1), -1);
    zb_buf_free(&b);
}

static void test_strdupf(void **state)
{
    (void)state;
    char *s = zb_strdupf("%s/%s%s", "dir", "trend-001", ".gp");
    assert_string_equal(s, "dir/trend-001.gp");
    free(s);
    s = zb_strdupf("%c%s", 'Z', "镇江高新区");
    assert_int_equal(strlen(s), 1 + 5 * 3); /* five CJK characters, 3 bytes each */
    assert_int_equal(s[0], 'Z');
    free(s);
}

static char last_warning[2048];
static size_t nwarnings;

static void on_warn(void *user, size_t offset, const char *message)
{
    assert_ptr_equal(user, &nwarnings);
    assert_int_equal(offset, 0);
    snprintf(last_warning, sizeof last_warning, "%s", message);
    nwarnings++;
}

static void test_warnf(void **state)
{
    (void)state;
    nwarnings = 0;
    zb_warnf(NULL, NULL, "nobody listens %d", 1);
    assert_int_equal(nwarnings, 0);
    zb_warnf(on_warn, &nwarnings, "%zu of %zu charts", (size_t)2, (size_t)13);
    assert_int_equal(nwarnings, 1);
    assert_string_equal(last_warning, "2 of 13 charts");
    char big[1500];
    memset(big, 'w', sizeof big - 1);
    big[sizeof big - 1] = 0;
    zb_warnf(on_warn, &nwarnings, "%s", big);
    assert_int_equal(strlen(last_warning), 1023); /* cut to the documented limit */
}

static void test_grow(void **state)
{
    (void)state;
    int *v = NULL;
    size_t cap = 0;
    assert_int_equal(zb_grow(&v, &cap, 0, sizeof *v, 4), 0);
    assert_int_equal(cap, 4);
    for (int i = 0; i < 4; i++)
        v[i] = i;
    assert_int_equal(zb_grow(&v, &cap, 3, sizeof *v, 4), 0); /* fits: unchanged */
    assert_int_equal(cap, 4);
    assert_int_equal(zb_grow(&v, &cap, 4, sizeof *v, 4), 0);
    assert_int_equal(cap, 8);
    assert_int_equal(zb_grow(&v, &cap, 100, sizeof *v, 4), 0); /* 8 -> 16 -> 32 -> 64 -> 128 */
    assert_int_equal(cap, 128);
    v[100] = 7;
    for (int i = 0; i < 4; i++)
        assert_int_equal(v[i], i);
    /* an element size whose product overflows fails and changes nothing */
    assert_int_equal(zb_grow(&v, &cap, 128, SIZE_MAX / 64, 4), -1);
    assert_int_equal(cap, 128);
    assert_int_equal(v[100], 7);
    free(v);
}

static void test_hash_vectors(void **state)
{
    (void)state;
    /* FNV-1a 64 reference vectors; python3: h=0xcbf29ce484222325; for c in b:
     * h=((h^c)*0x100000001b3)%2**64 */
    assert_true(zb_hash_str("") == 0xcbf29ce484222325ull);
    assert_true(zb_hash_str("a") == 0xaf63dc4c8601ec8cull);
    assert_true(zb_hash_str("foobar") == 0x85944171f73967e8ull);
    assert_true(zb_hash_str("镇江") == 0x2a3fd354c8aa4d26ull);
}

static void test_smap(void **state)
{
    (void)state;
    zb_smap m = {0};
    assert_null(zb_smap_find(&m, "x")); /* empty map */
    int fresh;
    zb_smap_slot *s = zb_smap_get(&m, "镇江市", &fresh);
    assert_non_null(s);
    assert_int_equal(fresh, 1);
    assert_null(s->val);
    const char *key = s->key;
    s->num = 41;
    s = zb_smap_get(&m, "镇江市", &fresh);
    assert_int_equal(fresh, 0);
    assert_int_equal(s->num, 41);
    /* 5000 more keys: the map grows many times; keys keep their values and
     * the first key string does not move */
    char k[32];
    for (size_t i = 0; i < 5000; i++) {
        snprintf(k, sizeof k, "k%zu", i);
        s = zb_smap_get(&m, k, NULL);
        assert_non_null(s);
        s->num = i * 3;
    }
    assert_int_equal(m.n, 5001);
    assert_true(m.n * 4 <= m.cap * 3);
    for (size_t i = 0; i < 5000; i++) {
        snprintf(k, sizeof k, "k%zu", i);
        const zb_smap_slot *f = zb_smap_find(&m, k);
        assert_non_null(f);
        assert_int_equal(f->num, i * 3);
    }
    const zb_smap_slot *f = zb_smap_find(&m, "镇江市");
    assert_ptr_equal(f->key, key);
    assert_int_equal(f->num, 41);
    assert_null(zb_smap_find(&m, "k5000"));
    assert_null(zb_smap_find(&m, ""));
    zb_smap_free(&m);
    assert_int_equal(m.cap, 0);
    assert_null(zb_smap_find(&m, "k1"));
}

static void test_smap_owned_values(void **state)
{
    (void)state;
    zb_smap m = {0};
    zb_smap_slot *s = zb_smap_get(&m, "a", NULL);
    s->val = strdup("quote of a");
    s = zb_smap_get(&m, "b", NULL); /* no value: NULL is freed as well */
    s = zb_smap_get(&m, "", NULL);  /* the empty string is a key like any other */
    s->val = strdup("empty");
    assert_string_equal((const char *)zb_smap_find(&m, "")->val, "empty");
    assert_int_equal(m.n, 3);
    zb_smap_free_vals(&m); /* LeakSanitizer (make asan) checks the values go */
    assert_null(m.slot);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buf_appends),
        cmocka_unit_test(test_buf_oom_sticks),
        cmocka_unit_test(test_strdupf),
        cmocka_unit_test(test_warnf),
        cmocka_unit_test(test_grow),
        cmocka_unit_test(test_hash_vectors),
        cmocka_unit_test(test_smap),
        cmocka_unit_test(test_smap_owned_values),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
