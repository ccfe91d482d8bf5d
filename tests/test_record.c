/*
 * test_record.c -- record contract: parsing, validation messages, the JSON
 * Lines writer, byte-identical round trips, the streaming reader, number
 * formatting and atomic output files.
 */
#include "zb_test.h"
#include "zhibiao.h"

#include <unistd.h>
#include <sys/stat.h>

static const char *good_lines[] = {
    /* the example of records.md */
    "{\"doc\":\"000_1464f3ad2492a083.txt\",\"published\":\"2021-01-27\",\"zone\":\"镇江高新区\","
    "\"indicator\":\"地区生产总值\",\"kind\":\"growth\",\"value\":3.3,\"unit\":\"%\",\"bound\":\"eq\","
    "\"status\":\"estimate\",\"period\":\"2020\",\"basis\":\"yoy\",\"text\":\"预计核心区全年实现地区生产总值同比增长3.3%\","
    "\"offset\":[1402,1406]}",
    /* big money, null zone, interval period, derived with sources (extra field) */
    "{\"doc\":\"a.txt\",\"published\":null,\"zone\":null,\"indicator\":\"亿元以上项目总投资\",\"kind\":\"amount\","
    "\"value\":83450000000,\"unit\":\"CNY\",\"bound\":\"gt\",\"status\":\"actual\",\"period\":\"2017-06/2022-06\","
    "\"basis\":null,\"text\":\"总投资超834.5亿元\",\"offset\":[0,22],\"derived\":true,\"sources\":[\"a.txt:0\",\"b.txt:7\"]}",
    /* escapes in text: quote, backslash, newline, tab, control */
    "{\"doc\":\"-\",\"published\":\"2024-02-29\",\"zone\":\"江阴\",\"indicator\":\"x\\\"y\",\"kind\":\"rank\","
    "\"value\":80,\"unit\":\"rank\",\"bound\":\"eq\",\"status\":\"target\",\"period\":\"2024-Q3\",\"basis\":null,"
    "\"text\":\"a\\\\b\\nc\\td\\u0001e\"}",
    /* gold-file shape: quote and optional instead of text/offset */
    "{\"doc\":\"d\",\"published\":\"2022-06-06\",\"zone\":\"全国\",\"indicator\":\"国家高新区\",\"kind\":\"count\","
    "\"value\":169,\"unit\":\"家\",\"bound\":\"approx\",\"status\":\"actual\",\"period\":\"2022-06\",\"basis\":null,"
    "\"quote\":\"在全国169家国家高新区综合评价中\",\"optional\":true}",
    /* tiny and fractional values */
    "{\"doc\":\"d\",\"published\":null,\"zone\":null,\"indicator\":\"i\",\"kind\":\"share\",\"value\":0.1,"
    "\"unit\":\"%\",\"bound\":\"le\",\"status\":\"actual\",\"period\":\"2024-H1\",\"basis\":null}",
    "{\"doc\":\"d\",\"published\":null,\"zone\":null,\"indicator\":\"i\",\"kind\":\"pp\",\"value\":-0.30000000000000004,"
    "\"unit\":\"pp\",\"bound\":\"eq\",\"status\":\"actual\",\"period\":\"2024-01/2024-05\",\"basis\":\"mom\"}",
};

/* write -> read -> write is byte-identical, and the first write equals the
 * input for lines already in canonical form (all of good_lines are). */
static void test_round_trip(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof good_lines / sizeof *good_lines; i++) {
        zb_record r, r2;
        zb_record_init(&r);
        zb_record_init(&r2);
        zb_error e = {0};
        int rc = zb_record_parse(good_lines[i], strlen(good_lines[i]), &r, &e);
        if (rc != ZB_OK)
            print_error("row %zu: %s\n", i, e.message);
        assert_int_equal(rc, ZB_OK);
        char *once = zb_record_to_json(&r);
        assert_non_null(once);
        assert_string_equal(once, good_lines[i]);
        assert_int_equal(zb_record_parse(once, strlen(once), &r2, &e), ZB_OK);
        char *twice = zb_record_to_json(&r2);
        assert_string_equal(once, twice);
        free(once);
        free(twice);
        zb_record_clear(&r);
        zb_record_clear(&r2);
    }
}

/* Every line of the shipped gold file parses, and round-trips stably. */
static void test_gold_file(void **state)
{
    (void)state;
    FILE *f = fopen(ZB_DATASETS "/gold/seeds.jsonl", "r");
    assert_non_null(f);
    zb_reader *rd = zb_reader_new(f, "seeds.jsonl");
    zb_record r, r2;
    zb_record_init(&r);
    zb_record_init(&r2);
    zb_error e = {0};
    int n = 0, got;
    while ((got = zb_reader_next(rd, &r, &e)) == 1) {
        n++;
        char *a = zb_record_to_json(&r);
        assert_int_equal(zb_record_parse(a, strlen(a), &r2, &e), ZB_OK);
        char *b = zb_record_to_json(&r2);
        assert_string_equal(a, b);
        free(a);
        free(b);
    }
    assert_int_equal(got, 0);
    assert_int_equal(n, 140); /* gold/README.md: 140 facts */
    zb_record_clear(&r);
    zb_record_clear(&r2);
    zb_reader_free(rd);
    fclose(f);
}

static const char base_tail[] = "\"unit\":\"%\",\"bound\":\"eq\",\"status\":\"actual\"";

static const struct {
    const char *line;
    int code;
    const char *message; /* exact */
} bad_lines[] = {
    {"{\"doc\":\"a\",\"indicator\":\"x\",\"kind\":\"grwoth\",\"value\":1,%s}", ZB_EINVALID,
     "field \"kind\": \"grwoth\" is not one of amount|count|quantity|growth|share|pp|rank"},
    {"{\"doc\":\"a\",\"indicator\":\"x\",\"kind\":\"growth\",\"value\":\"1\",%s}", ZB_EINVALID,
     "field \"value\": expected a number, got a string"},
    {"{\"doc\":\"a\",\"indicator\":\"x\",\"kind\":\"growth\",%s}", ZB_EINVALID,
     "field \"value\": missing"},
    {"{\"indicator\":\"x\",\"kind\":\"growth\",\"value\":1,%s}", ZB_EINVALID, "field \"doc\": missing"},
    {"{\"doc\":\"a\",\"indicator\":\"x\",\"kind\":\"growth\",\"value\":1,%s,\"bound\":\"gt\"}", ZB_EINVALID,
     "field \"bound\": given twice"},
    {"{\"doc\":\"a\",\"indicator\":\"x\",\"kind\":\"growth\",\"value\":1,%s,\"period\":\"2024-13\"}",
     ZB_EINVALID,
     "field \"period\": \"2024-13\" is not a period (2024, 2024-H1, 2024-Q3, 2024-05, 2024-01/2024-05)"},
    {"{\"doc\":\"a\",\"indicator\":\"x\",\"kind\":\"growth\",\"value\":1,%s,\"published\":\"2023-02-29\"}",
     ZB_EINVALID, "field \"published\": \"2023-02-29\" is not a date YYYY-MM-DD"},
    {"{\"doc\":\"a\",\"indicator\":\"x\",\"kind\":\"growth\",\"value\":1,%s,\"offset\":[9,3]}", ZB_EINVALID,
     "field \"offset\": start 9 is after end 3"},
    {"{\"doc\":\"a\",\"indicator\":\"x\",\"kind\":\"growth\",\"value\":1,%s,\"offset\":[1.5,3]}", ZB_EINVALID,
     "field \"offset\": expected [start, end], two whole numbers >= 0"},
    {"{\"doc\":\"a\",\"indicator\":\"x\",\"kind\":\"growth\",\"value\":1,%s,\"basis\":\"qoq\"}", ZB_EINVALID,
     "field \"basis\": \"qoq\" is not one of yoy|mom|null"},
    {"{\"doc\":\"a\",\"indicator\":\"x\",\"kind\":\"growth\",\"value\":1,%s,\"derived\":1}", ZB_EINVALID,
     "field \"derived\": expected true or false, got a number"},
    {"{\"doc\":\"a\",\"indicator\":\"\",\"kind\":\"growth\",\"value\":1,%s}", ZB_EINVALID,
     "field \"indicator\": missing or empty"},
    {"{\"doc\":\"a\",\"indicator\":\"x\",\"kind\":\"growth\",\"value\":1e400,%s}", ZB_EINVALID,
     "field \"value\": out of range"},
    {"[1,2] %.0s", ZB_EINVALID, "expected a JSON object, got an array"},
    {"{\"doc\":\"a\" %.0s", ZB_EPARSE, NULL},
    {"{} {}%.0s", ZB_EPARSE, NULL},
};

static void test_bad_lines(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof bad_lines / sizeof *bad_lines; i++) {
        char line[512];
        snprintf(line, sizeof line, bad_lines[i].line, base_tail);
        zb_record r;
        zb_record_init(&r);
        zb_error e = {0};
        int rc = zb_record_parse(line, strlen(line), &r, &e);
        if (rc != bad_lines[i].code || (bad_lines[i].message && strcmp(e.message, bad_lines[i].message)))
            print_error("row %zu: rc %d message '%s'\n", i, rc, e.message);
        assert_int_equal(rc, bad_lines[i].code);
        if (bad_lines[i].message)
            assert_string_equal(e.message, bad_lines[i].message);
        assert_null(r.doc); /* left cleared */
    }
}

static void test_format_number(void **state)
{
    (void)state;
    static const struct { double x; int plain; const char *want; } rows[] = {
        {83450000000.0, 0, "83450000000"}, {3.3, 0, "3.3"}, {0.1, 0, "0.1"},
        {34261.36, 0, "34261.36"}, {-2.5, 1, "-2.5"}, {1e16, 1, "10000000000000000"},
        {1e16, 0, "1e+16"}, {0.000001, 1, "0.000001"}, {0, 1, "0"}, {666.667, 1, "666.667"},
        {1.0 / 3.0, 0, "0.33333333333333331"}, {123456789012345678.0, 1, "123456789012345680"},
    };
    char buf[64];
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        zb_format_number(rows[i].x, rows[i].plain, buf, sizeof buf);
        if (strcmp(buf, rows[i].want))
            print_error("row %zu: got %s want %s\n", i, buf, rows[i].want);
        assert_string_equal(buf, rows[i].want);
        assert_true(strtod(buf, NULL) == rows[i].x); /* reads back equal */
    }
}

/* Reader: BOM on line 1, blank lines, CRLF, and the line number of a bad line. */
static void test_reader_lines(void **state)
{
    (void)state;
    char path[] = "/tmp/zbtest_reader_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w+");
    fprintf(f, "\xEF\xBB\xBF%s\r\n\n   \n%s\n{\"doc\":1}\n%s", good_lines[0], good_lines[4], good_lines[5]);
    rewind(f);
    zb_reader *rd = zb_reader_new(f, path);
    zb_record r;
    zb_record_init(&r);
    zb_error e = {0};
    assert_int_equal(zb_reader_next(rd, &r, &e), 1);
    assert_string_equal(r.zone, "镇江高新区");
    assert_int_equal(zb_reader_next(rd, &r, &e), 1);
    assert_int_equal(zb_reader_line(rd), 4);
    assert_int_equal(zb_reader_next(rd, &r, &e), ZB_EINVALID);
    assert_int_equal(e.line, 5);
    assert_string_equal(e.file, path);
    assert_string_equal(e.message, "field \"doc\": expected a string, got a number");
    assert_int_equal(zb_reader_next(rd, &r, &e), 1); /* goes on after a bad line */
    assert_close(r.value, -0.30000000000000004, 0);
    assert_int_equal(zb_reader_next(rd, &r, &e), 0);
    zb_record_clear(&r);
    zb_reader_free(rd);
    fclose(f);
    unlink(path);
}

/* Records built in code survive copy and write. */
static void test_copy_and_write(void **state)
{
    (void)state;
    zb_record a, b;
    zb_record_init(&a);
    zb_record_init(&b);
    zb_record_set(&a.doc, "x.txt");
    zb_record_set(&a.indicator, "新增停车泊位");
    zb_record_set(&a.unit, "个");
    a.kind = ZB_KIND_COUNT;
    a.value = 1113;
    a.has_offset = 1;
    a.off_start = 10;
    a.off_end = 17;
    assert_int_equal(zb_record_validate(&a, NULL), ZB_OK);
    assert_int_equal(zb_record_copy(&b, &a), ZB_OK);
    zb_record_clear(&a);
    char *s = zb_record_to_json(&b);
    assert_string_equal(s, "{\"doc\":\"x.txt\",\"published\":null,\"zone\":null,\"indicator\":\"新增停车泊位\","
                           "\"kind\":\"count\",\"value\":1113,\"unit\":\"个\",\"bound\":\"eq\",\"status\":\"actual\","
                           "\"period\":null,\"basis\":null,\"offset\":[10,17]}");
    free(s);
    zb_record_clear(&b);
    zb_record_clear(NULL); /* accepted */
}

static void test_outfile(void **state)
{
    (void)state;
    char dir[] = "/tmp/zbtest_out_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/out.jsonl", dir);
    zb_outfile o;
    zb_error e = {0};
    /* aborted: nothing appears */
    assert_int_equal(zb_outfile_open(&o, path, &e), ZB_OK);
    fputs("half", o.fp);
    zb_outfile_abort(&o);
    assert_int_not_equal(access(path, F_OK), 0);
    /* committed: the file holds exactly what was written */
    assert_int_equal(zb_outfile_open(&o, path, &e), ZB_OK);
    fputs("whole\n", o.fp);
    assert_int_equal(zb_outfile_commit(&o, &e), ZB_OK);
    char *data;
    size_t len;
    assert_int_equal(zb_read_file(path, 1 << 20, &data, &len, &e), ZB_OK);
    assert_int_equal(len, 6);
    assert_string_equal(data, "whole\n");
    free(data);
    /* the limit of zb_read_file */
    assert_int_equal(zb_read_file(path, 3, &data, &len, &e), ZB_ELIMIT);
    /* a directory is refused for output and input */
    assert_int_equal(zb_outfile_open(&o, dir, &e), ZB_EIO);
    assert_int_equal(zb_read_file(dir, 100, &data, &len, &e), ZB_EIO);
    /* /dev/full: written in place, and the failure shows at commit */
    if (access("/dev/full", W_OK) == 0) {
        assert_int_equal(zb_outfile_open(&o, "/dev/full", &e), ZB_OK);
        assert_null(o.tmp);
        for (int i = 0; i < 10000; i++)
            fputs("0123456789", o.fp);
        assert_int_equal(zb_outfile_commit(&o, &e), ZB_EIO);
    }
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),   cmocka_unit_test(test_gold_file),
        cmocka_unit_test(test_bad_lines),    cmocka_unit_test(test_format_number),
        cmocka_unit_test(test_reader_lines), cmocka_unit_test(test_copy_and_write),
        cmocka_unit_test(test_outfile),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
