/*
 * test_export.c -- the spreadsheet exporter through its library API:
 * plain number formatting, RFC 4180 quoting and the formula guard, the
 * chronological period order and collisions of the wide layout, generic
 * JSON objects, misuse errors, atomic outputs and the XLSX row limit.
 * Every expected text below is written by hand from the rules it checks;
 * XLSX contents are checked in tests/cli/export.sh with independent readers.
 */
#include "zb_test.h"
#include "zhibiao.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

/* A scratch directory per test binary run. */
static char dir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/zbexport.XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    DIR *d = opendir(dir);
    struct dirent *de;
    char p[512];
    while (d && (de = readdir(d)))
        if (de->d_name[0] != '.') {
            snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
            unlink(p);
        }
    if (d)
        closedir(d);
    rmdir(dir);
    return 0;
}

static char *path_of(const char *name)
{
    static char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    return p;
}

static char *slurp(const char *path)
{
    char *s = NULL;
    size_t n = 0;
    zb_error e = {0};
    if (zb_read_file(path, 1 << 24, &s, &n, &e) != ZB_OK)
        return NULL;
    return s;
}

/* Count the entries of dir (to see that no temporary file is left). */
static int count_files(void)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *de;
    while (d && (de = readdir(d)))
        n += de->d_name[0] != '.';
    if (d)
        closedir(d);
    return n;
}

static void collect_warn(void *user, size_t offset, const char *message)
{
    (void)offset;
    (void)message;
    (*(int *)user)++;
}

/* A new exporter on dir/name: defaults but format f, layout l, no BOM;
 * warnings counted in *warned when non-NULL. */
static zb_export *open_export(const char *name, zb_export_format f, zb_export_layout l,
                              int *warned)
{
    zb_export_opts o;
    zb_export_opts_init(&o);
    o.bom = 0;
    o.format = f;
    o.layout = l;
    if (warned) {
        o.warn = collect_warn;
        o.warn_user = warned;
    }
    zb_error e = {0};
    zb_export *ex = zb_export_new(&o, path_of(name), &e);
    assert_non_null(ex);
    return ex;
}

/* Finish and free ex, then return the text of dir/name (free()). */
static char *finish_read(zb_export *ex, const char *name)
{
    zb_error e = {0};
    int rc = zb_export_finish(ex, &e);
    if (rc != ZB_OK)
        print_error("finish: %s\n", e.message);
    assert_int_equal(rc, ZB_OK);
    zb_export_free(ex);
    return slurp(path_of(name));
}

/* ------------------------------------------------------------- numbers */

static void test_number_plain(void **state)
{
    (void)state;
    static const struct {
        double x;
        const char *want;
    } rows[] = {
        {83450000000.0, "83450000000"},         /* 834.5亿元 */
        {1e16, "10000000000000000"},            /* %g would say 1e+16 */
        {0.000001, "0.000001"},
        {1e-7, "0.0000001"},
        {3.3, "3.3"},
        {-12, "-12"},
        {-0.0, "0"},
        {0.1 + 0.2, "0.30000000000000004"},     /* 17 digits needed */
        {1e21, "1000000000000000000000"},
        {1.2345678901234568e20, "123456789012345680000"},
        {2.675, "2.675"},
        {1234.5678, "1234.5678"},
        {-0.5, "-0.5"},
        {100, "100"},
        {666.667, "666.667"},                   /* 亩 in m2 */
    };
    char buf[400];
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        zb_export_number(rows[i].x, buf, sizeof buf);
        if (strcmp(buf, rows[i].want) != 0)
            print_error("row %zu: got %s, expected %s\n", i, buf, rows[i].want);
        assert_string_equal(buf, rows[i].want);
        /* and it reads back to the same double */
        assert_true(strtod(buf, NULL) == rows[i].x);
    }
}

static void test_number_extremes(void **state)
{
    (void)state;
    char buf[400];
    /* smallest denormal: "0." then 323 zeros then 5 (4.94e-324 prints as 5e-324) */
    zb_export_number(5e-324, buf, sizeof buf);
    assert_int_equal(strlen(buf), 2 + 323 + 1);
    assert_true(strncmp(buf, "0.000", 5) == 0 && buf[strlen(buf) - 1] == '5');
    assert_true(strtod(buf, NULL) == 5e-324);
    /* DBL_MAX: 17976931348623157 followed by 292 zeros (309 digits) */
    zb_export_number(1.7976931348623157e308, buf, sizeof buf);
    assert_int_equal(strlen(buf), 309);
    assert_true(strncmp(buf, "17976931348623157", 17) == 0);
    assert_true(strtod(buf, NULL) == 1.7976931348623157e308);
    assert_string_equal(zb_export_number(NAN, buf, sizeof buf), "NaN");
    assert_string_equal(zb_export_number(INFINITY, buf, sizeof buf), "Infinity");
    assert_string_equal(zb_export_number(-INFINITY, buf, sizeof buf), "-Infinity");
    /* too small a buffer: nothing rather than a truncated number */
    char small[5]; /* 4 characters and the NUL */
    assert_string_equal(zb_export_number(83450000000.0, small, sizeof small), "");
    assert_string_equal(zb_export_number(1234, small, sizeof small), "1234");
}

/* ------------------------------------------------------- CSV and guard */

static void make_record(zb_record *r, const char *zone, const char *indicator, double value,
                        const char *period, const char *doc)
{
    zb_record_init(r);
    zb_record_set(&r->doc, doc);
    zb_record_set(&r->zone, zone);
    zb_record_set(&r->indicator, indicator);
    zb_record_set(&r->unit, "CNY");
    zb_record_set(&r->period, period);
    r->kind = ZB_KIND_AMOUNT;
    r->value = value;
}

/* Export one record (long CSV, no BOM) and return the file's text. */
static char *export_one(const zb_record *r, int raw, int tsv)
{
    zb_export_opts o;
    zb_export_opts_init(&o);
    o.bom = 0;
    o.raw = raw;
    o.format = tsv ? ZB_EXPORT_TSV : ZB_EXPORT_CSV;
    zb_error e = {0};
    zb_export *ex = zb_export_new(&o, path_of("one.csv"), &e);
    assert_non_null(ex);
    assert_int_equal(zb_export_add_record(ex, r, &e), ZB_OK);
    return finish_read(ex, "one.csv");
}

static const char *HEADER = "doc,published,zone,indicator,kind,value,unit,bound,status,period,"
                            "basis,text,offset_start,offset_end,derived\n";

static void test_csv_long_row(void **state)
{
    (void)state;
    zb_record r;
    make_record(&r, "镇江市", "一般公共预算收入", 83450000000.0, "2024-01/2024-05", "a.txt");
    zb_record_set(&r.text, "收入超834.5亿元，\"增长\"较快,其中");
    r.bound = ZB_BOUND_GT;
    r.has_offset = 1;
    r.off_start = 30;
    r.off_end = 41;
    r.derived = 1;
    char *got = export_one(&r, 0, 0);
    assert_non_null(got);
    /* by hand: the text has a comma and quotes -> quoted, quotes doubled */
    char want[1024];
    snprintf(want, sizeof want, "%sa.txt,,镇江市,一般公共预算收入,amount,83450000000,CNY,gt,actual,"
             "2024-01/2024-05,,\"收入超834.5亿元，\"\"增长\"\"较快,其中\",30,41,true\n", HEADER);
    assert_string_equal(got, want);
    free(got);
    zb_record_clear(&r);
}

static void test_formula_guard(void **state)
{
    (void)state;
    static const struct {
        const char *zone, *csv, *raw_csv;
    } rows[] = {
        /* zone value, the CSV cell guarded, the CSV cell with --raw */
        {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
         "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
        {"@SUM(1)", "'@SUM(1)", "@SUM(1)"},
        {"-1+2", "'-1+2", "-1+2"},
        {"+cmd", "'+cmd", "+cmd"},
        {"\tx", "'\tx", "\tx"},
        {"\rx", "\"'\rx\"", "\"\rx\""},        /* CR forces quotes too */
        {"＝1", "'＝1", "＝1"},                /* full-width forms */
        {"＋1", "'＋1", "＋1"},
        {"－1", "'－1", "－1"},
        {"＠a", "'＠a", "＠a"},
        {"a=1", "a=1", "a=1"},                 /* only the first character counts */
        {"江阴-1", "江阴-1", "江阴-1"},
        {"'quoted", "'quoted", "'quoted"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        for (int raw = 0; raw <= 1; raw++) {
            zb_record r;
            make_record(&r, rows[i].zone, "i", -5, NULL, "d");
            char *got = export_one(&r, raw, 0);
            char want[512];
            snprintf(want, sizeof want, "%sd,,%s,i,amount,-5,CNY,eq,actual,,,,,,\n", HEADER,
                     raw ? rows[i].raw_csv : rows[i].csv);
            if (!got || strcmp(got, want) != 0)
                print_error("row %zu raw %d: got [%s]\n", i, raw, got ? got : "(null)");
            assert_string_equal(got, want);
            free(got);
            zb_record_clear(&r);
        }
    }
}

static void test_tsv_quoting(void **state)
{
    (void)state;
    zb_record r;
    make_record(&r, "a\tb", "x,y", 1.5, "2024", "d");
    char *got = export_one(&r, 0, 1);
    /* TSV: a tab inside a field is quoted; a comma is not special */
    const char *want = "doc\tpublished\tzone\tindicator\tkind\tvalue\tunit\tbound\tstatus\tperiod\t"
                       "basis\ttext\toffset_start\toffset_end\tderived\n"
                       "d\t\t\"a\tb\"\tx,y\tamount\t1.5\tCNY\teq\tactual\t2024\t\t\t\t\t\n";
    assert_string_equal(got, want);
    free(got);
    zb_record_clear(&r);
}

static void test_bom_and_crlf(void **state)
{
    (void)state;
    zb_export_opts o;
    zb_export_opts_init(&o);
    o.crlf = 1;
    zb_error e = {0};
    zb_export *ex = zb_export_new(&o, path_of("bom.csv"), &e);
    assert_non_null(ex);
    assert_int_equal(zb_export_finish(ex, &e), ZB_OK);
    zb_export_free(ex);
    char *got = slurp(path_of("bom.csv"));
    assert_non_null(got);
    assert_true(memcmp(got, "\xEF\xBB\xBF" "doc,published,", 17) == 0);
    size_t n = strlen(got);
    assert_true(n > 2 && got[n - 2] == '\r' && got[n - 1] == '\n');
    free(got);
}

/* ---------------------------------------------------------------- wide */

static void test_wide_period_order(void **state)
{
    (void)state;
    /* Given scrambled; expected order by hand: by last month, then the
     * shorter span first, then by text:
     *   Dec 2023: 2023-12 (1 month), 2023-Q4 (3), 2023 (12)
     *   Mar 2024: 2024-03, then 2024-01/2024-03 and 2024-Q1 (both Jan-Mar,
     *             by text: '0' < 'Q')
     *   Jun 2024: 2024-H1 (6 months), 2022-06/2024-06 (25 months)
     *   Dec 2024: 2024 */
    static const char *periods[] = {"2024", "2023-Q4", "2024-01/2024-03", "2024-Q1", "2024-03",
                                    "2023-12", "2024-H1", "2023", "2022-06/2024-06"};
    int warned = 0;
    zb_error e = {0};
    zb_export *ex = open_export("wide.csv", ZB_EXPORT_CSV, ZB_EXPORT_WIDE, &warned);
    for (size_t i = 0; i < sizeof periods / sizeof periods[0]; i++) {
        zb_record r;
        make_record(&r, "江阴", "地区生产总值", (double)(i + 1), periods[i], "d");
        assert_int_equal(zb_export_add_record(ex, &r, &e), ZB_OK);
        zb_record_clear(&r);
    }
    char *got = finish_read(ex, "wide.csv");
    /* values: i+1 where i is the position in periods[] above */
    const char *want =
        "zone,indicator,kind,unit,status,basis,2023-12,2023-Q4,2023,2024-03,2024-01/2024-03,"
        "2024-Q1,2024-H1,2022-06/2024-06,2024,note\n"
        "江阴,地区生产总值,amount,CNY,actual,,6,2,8,5,3,4,7,9,1,\n";
    assert_string_equal(got, want);
    assert_int_equal(warned, 0);
    free(got);
}

static void test_wide_collision(void **state)
{
    (void)state;
    int warned = 0;
    zb_error e = {0};
    zb_export *ex = open_export("coll.csv", ZB_EXPORT_CSV, ZB_EXPORT_WIDE, &warned);
    zb_record r;
    make_record(&r, "z", "i", 1.5, "2024", "a.txt");
    assert_int_equal(zb_export_add_record(ex, &r, &e), ZB_OK);
    zb_record_set(&r.doc, "b.txt");        /* the same figure again: no collision */
    assert_int_equal(zb_export_add_record(ex, &r, &e), ZB_OK);
    zb_record_set(&r.doc, "c.txt");        /* another value: collision */
    r.value = -2;
    assert_int_equal(zb_export_add_record(ex, &r, &e), ZB_OK);
    zb_record_set(&r.period, "2023");      /* a derived lower bound: both in the note */
    r.value = 4;
    r.bound = ZB_BOUND_GE;
    r.derived = 1;
    assert_int_equal(zb_export_add_record(ex, &r, &e), ZB_OK);
    r.bound = ZB_BOUND_EQ;
    r.derived = ZB_ABSENT;
    zb_record_set(&r.period, "2024");
    zb_record_set(&r.unit, "USD");         /* another unit: its own row */
    r.value = 7;
    assert_int_equal(zb_export_add_record(ex, &r, &e), ZB_OK);
    zb_record_clear(&r);
    char *got = finish_read(ex, "coll.csv");
    const char *want = "zone,indicator,kind,unit,status,basis,2023,2024,note\n"
                       "z,i,amount,CNY,actual,,4,1.5,2023: bound ge derived; 2024: also -2 in c.txt\n"
                       "z,i,amount,USD,actual,,,7,\n";
    assert_string_equal(got, want);
    assert_int_equal(warned, 1);
    free(got);
}

/* ------------------------------------------------------------- generic */

static void test_generic_objects(void **state)
{
    (void)state;
    zb_error e = {0};
    zb_export *ex = open_export("gen.csv", ZB_EXPORT_CSV, ZB_EXPORT_LONG, NULL);
    const char *l1 = "{\"zone\":\"江阴\",\"n\":3,\"points\":[\"2021\",\"2022\"],\"cagr\":0.30000000000000004}\r\n";
    const char *l2 = "\xEF\xBB\xBF{\"n\":2,\"ok\":true,\"zone\":\"=1\",\"extra\":{\"a\":null},\"cagr\":null}";
    assert_int_equal(zb_export_add_line(ex, "   \n", 4, &e), ZB_OK); /* blank: ignored */
    assert_int_equal(zb_export_add_line(ex, l1, strlen(l1), &e), ZB_OK);
    assert_int_equal(zb_export_add_json(ex, l2, strlen(l2), &e), ZB_OK);
    /* misuse: a record among generic objects; not an object; not JSON */
    zb_record r;
    make_record(&r, "z", "i", 1, NULL, "d");
    assert_int_equal(zb_export_add_record(ex, &r, &e), ZB_EUSAGE);
    zb_record_clear(&r);
    assert_int_equal(zb_export_add_json(ex, "[1,2]", 5, &e), ZB_EINVALID);
    assert_int_equal(zb_export_add_json(ex, "{\"a\":", 5, &e), ZB_EPARSE);
    assert_int_equal(zb_export_add_json(ex, "{} x", 4, &e), ZB_EPARSE);
    char *got = finish_read(ex, "gen.csv");
    /* columns in first-seen order: zone, n, points, cagr, ok, extra */
    const char *want = "zone,n,points,cagr,ok,extra\n"
                       "江阴,3,\"[\"\"2021\"\",\"\"2022\"\"]\",0.30000000000000004,,\n"
                       "'=1,2,,,true,\"{\"\"a\"\":null}\"\n"; /* quotes force quoting */
    assert_string_equal(got, want);
    free(got);
}

static void test_misuse(void **state)
{
    (void)state;
    zb_export_opts o;
    zb_export_opts_init(&o);
    o.layout = ZB_EXPORT_WIDE;
    zb_error e = {0};
    zb_export *ex = zb_export_new(&o, path_of("mis.csv"), &e);
    assert_non_null(ex);
    assert_int_equal(zb_export_add_json(ex, "{\"a\":1}", 7, &e), ZB_EUSAGE);
    zb_export_free(ex); /* not finished: nothing appears, no temp file left */
    assert_int_equal(access(path_of("mis.csv"), F_OK), -1);

    zb_export_format f;
    zb_export_layout l;
    assert_int_equal(zb_export_format_parse("xlsx", &f), ZB_OK);
    assert_int_equal(f, ZB_EXPORT_XLSX);
    assert_int_equal(zb_export_format_parse("XLSX", &f), ZB_EUSAGE);
    assert_int_equal(zb_export_format_parse(NULL, &f), ZB_EUSAGE);
    assert_int_equal(zb_export_layout_parse("wide", &l), ZB_OK);
    assert_int_equal(l, ZB_EXPORT_WIDE);
    assert_int_equal(zb_export_layout_parse("tall", &l), ZB_EUSAGE);
    o.format = (zb_export_format)7;
    assert_null(zb_export_new(&o, path_of("x.csv"), &e));
    assert_int_equal(e.code, ZB_EUSAGE);
    zb_export_free(NULL);
}

/* A bad line in the middle of a record stream: the caller may go on. */
static void test_add_line_records(void **state)
{
    (void)state;
    zb_error e = {0};
    zb_export *ex = open_export("lines.csv", ZB_EXPORT_CSV, ZB_EXPORT_LONG, NULL);
    const char *rec = "{\"doc\":\"d\",\"published\":null,\"zone\":null,\"indicator\":\"i\","
                      "\"kind\":\"count\",\"value\":3,\"unit\":\"个\",\"bound\":\"eq\","
                      "\"status\":\"actual\",\"period\":\"2024-05\",\"basis\":null}\n";
    assert_int_equal(zb_export_add_line(ex, rec, strlen(rec), &e), ZB_OK);
    assert_int_equal(zb_export_add_line(ex, "{\"n\":1}", 7, &e), ZB_EINVALID); /* not a record */
    assert_int_equal(zb_export_add_line(ex, "nonsense", 8, &e), ZB_EPARSE);
    assert_int_equal(zb_export_add_line(ex, rec, strlen(rec), &e), ZB_OK);
    assert_int_equal(zb_export_finish(ex, &e), ZB_OK);
    assert_int_equal(zb_export_finish(ex, &e), ZB_EUSAGE); /* twice */
    zb_export_free(ex);
    char *got = slurp(path_of("lines.csv"));
    char want[512];
    snprintf(want, sizeof want, "%s%s%s", HEADER, "d,,,i,count,3,个,eq,actual,2024-05,,,,,\n",
             "d,,,i,count,3,个,eq,actual,2024-05,,,,,\n");
    assert_string_equal(got, want);
    free(got);
}

/* ---------------------------------------------------------------- XLSX */

/* 1,048,575 data rows fit (with the header: Excel's 1,048,576); one more is
 * ZB_ELIMIT, and nothing is left behind. */
static void test_xlsx_row_limit(void **state)
{
    (void)state;
    zb_error e = {0};
    int before = count_files();
    zb_export *ex = open_export("big.xlsx", ZB_EXPORT_XLSX, ZB_EXPORT_LONG, NULL);
    int rc = ZB_OK;
    size_t i;
    for (i = 0; i < 1048576 && rc == ZB_OK; i++)
        rc = zb_export_add_json(ex, "{\"a\":1}", 7, &e);
    assert_int_equal(rc, ZB_OK);
    rc = zb_export_finish(ex, &e);
    assert_int_equal(rc, ZB_ELIMIT);
    assert_non_null(strstr(e.message, "1048576 rows"));
    zb_export_free(ex);
    assert_int_equal(access(path_of("big.xlsx"), F_OK), -1);
    assert_int_equal(count_files(), before);
}

static void test_xlsx_write(void **state)
{
    (void)state;
    zb_error e = {0};
    zb_export *ex = open_export("w.xlsx", ZB_EXPORT_XLSX, ZB_EXPORT_LONG, NULL);
    zb_record r;
    make_record(&r, "镇江市", "=1", 83450000000.0, "2024", "a.txt");
    assert_int_equal(zb_export_add_record(ex, &r, &e), ZB_OK);
    zb_record_clear(&r);
    char *got = finish_read(ex, "w.xlsx");
    assert_non_null(got);
    assert_true(memcmp(got, "PK\x03\x04", 4) == 0); /* a zip container */
    free(got);
    unlink(path_of("w.xlsx"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_number_plain),
        cmocka_unit_test(test_number_extremes),
        cmocka_unit_test(test_csv_long_row),
        cmocka_unit_test(test_formula_guard),
        cmocka_unit_test(test_tsv_quoting),
        cmocka_unit_test(test_bom_and_crlf),
        cmocka_unit_test(test_wide_period_order),
        cmocka_unit_test(test_wide_collision),
        cmocka_unit_test(test_generic_objects),
        cmocka_unit_test(test_misuse),
        cmocka_unit_test(test_add_line_records),
        cmocka_unit_test(test_xlsx_write),
        cmocka_unit_test(test_xlsx_row_limit),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
