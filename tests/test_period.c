/*
 * test_period.c -- period parsing and arithmetic (lib/period.c).
 *
 * Expected values by hand: a period is the month span [start, end] with
 * month index year*12 + month-1; the midpoint in decimal years is
 * (start + end + 1)/24. E.g. 2024-Q3 = Jul..Sep: (24294 + 24296 + 1)/24 =
 * 2024.625; 2017-06/2022-06: June 2017 begins at 2017 + 5/12 = 2017.41667,
 * June 2022 ends at 2022.5, midpoint 2019.958333, 61 months.
 */
#include "zb_test.h"
#include "zhibiao.h"

typedef struct row {
    const char *in;
    zb_period_type type;
    double mid;
    int months;
    const char *fmt;
    const char *cls;
    double frac;    /* share of its year, -1 when spanning years */
} row;

static const row rows[] = {
    {"2024", ZB_PERIOD_YEAR, 2024.5, 12, "2024", "year", 1.0},
    {"2024-H1", ZB_PERIOD_HALF, 2024.25, 6, "2024-H1", "half", 0.5},
    {"2024-H2", ZB_PERIOD_HALF, 2024.75, 6, "2024-H2", "half", 0.5},
    {"2024-Q1", ZB_PERIOD_QUARTER, 2024.125, 3, "2024-Q1", "quarter", 0.25},
    {"2024-Q3", ZB_PERIOD_QUARTER, 2024.625, 3, "2024-Q3", "quarter", 0.25},
    {"2024-05", ZB_PERIOD_MONTH, 2024.375, 1, "2024-05", "month", 1.0 / 12},
    {"2024-12", ZB_PERIOD_MONTH, 2024 + 11.5 / 12, 1, "2024-12", "month", 1.0 / 12},
    /* a day is taken as its month */
    {"2024-05-31", ZB_PERIOD_MONTH, 2024.375, 1, "2024-05", "month", 1.0 / 12},
    /* Jan-May: (24288 + 24292 + 1)/24 = 2024 + 5/24 */
    {"2024-01/2024-05", ZB_PERIOD_INTERVAL, 2024 + 5.0 / 24, 5, "2024-01/2024-05", "interval:01-05", 5.0 / 12},
    {"2023-01/2023-05", ZB_PERIOD_INTERVAL, 2023 + 5.0 / 24, 5, "2023-01/2023-05", "interval:01-05", 5.0 / 12},
    {"2017-06/2022-06", ZB_PERIOD_INTERVAL, 2019.9583333333333, 61, "2017-06/2022-06", "interval:61m", -1},
    /* reduced precision on both sides: 2021..2025 is 60 months, midpoint 2023.5 */
    {"2021/2025", ZB_PERIOD_INTERVAL, 2023.5, 60, "2021-01/2025-12", "interval:60m", -1},
    {"2024-H1/2024-Q3", ZB_PERIOD_INTERVAL, 2024 + 9.0 / 24, 9, "2024-01/2024-09", "interval:01-09", 0.75},
};

static void test_parse_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        zb_period p;
        zb_error e = {0};
        char buf[48];
        if (zb_period_parse(rows[i].in, &p, &e) != ZB_OK) {
            print_error("row %zu: %s: %s\n", i, rows[i].in, e.message);
            fail();
        }
        if (p.type != rows[i].type) {
            print_error("row %zu: type %d, expected %d\n", i, (int)p.type, (int)rows[i].type);
            fail();
        }
        assert_close_row(i, zb_period_mid_year(&p), rows[i].mid, 1e-12);
        assert_int_equal(zb_period_months(&p), rows[i].months);
        assert_string_equal(zb_period_format(&p, buf, sizeof buf), rows[i].fmt);
        assert_string_equal(zb_period_class(&p, buf, sizeof buf), rows[i].cls);
        assert_close_row(i, zb_period_year_fraction(&p), rows[i].frac, 1e-12);
    }
}

static void test_parse_bad(void **state)
{
    (void)state;
    static const char *const bad[] = {"2024-13", "2024-00", "2024-H3", "2024-Q0", "2024-Q5", "24",
                                      "abc", "2024-05/", "/2024", "2024/2023", "2024-05/2024-01",
                                      "2024-1", "2024 ", "0999", "2024-05-32", "2024/2025/2026"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        zb_period p;
        zb_error e = {0};
        if (zb_period_parse(bad[i], &p, &e) != ZB_EINVALID) {
            print_error("'%s' was accepted\n", bad[i]);
            fail();
        }
        assert_int_equal(p.type, ZB_PERIOD_NONE);
        assert_non_null(strstr(e.message, bad[i]));
    }
}

static void test_none(void **state)
{
    (void)state;
    zb_period p;
    char buf[32];
    assert_int_equal(zb_period_parse(NULL, &p, NULL), ZB_OK);
    assert_int_equal(p.type, ZB_PERIOD_NONE);
    assert_int_equal(zb_period_parse("", &p, NULL), ZB_OK);
    assert_int_equal(p.type, ZB_PERIOD_NONE);
    assert_true(isnan(zb_period_mid_year(&p)));
    assert_int_equal(zb_period_months(&p), 0);
    assert_string_equal(zb_period_format(&p, buf, sizeof buf), "");
    assert_string_equal(zb_period_class(&p, buf, sizeof buf), "none");
    assert_close(zb_period_year_fraction(&p), -1, 0);
    assert_string_equal(zb_period_type_name(ZB_PERIOD_HALF), "half");
    assert_null(zb_period_type_name(ZB_PERIOD_TYPE_N));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_table),
        cmocka_unit_test(test_parse_bad),
        cmocka_unit_test(test_none),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
