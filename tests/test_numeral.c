/*
 * test_numeral.c -- zb_numeral_parse and zb_unit_parse on the shapes
 * figures take in Chinese reports. Each row: the text at the parse
 * position, the expected value (computed by hand in the comment when not
 * obvious), how much of the text the numeral takes, and its form.
 */
#include "zb_test.h"
#include "zhibiao.h"

typedef struct num_row {
    const char *text;   /* text starting at the numeral */
    double value;
    const char *rest;   /* what remains after the numeral */
    int form;           /* bits that must be set (0: any) */
} num_row;

#define A ZB_NUMERAL_ARABIC
#define C ZB_NUMERAL_CHINESE
#define S ZB_NUMERAL_SCALED
#define P ZB_NUMERAL_PERCENT
#define F ZB_NUMERAL_FRACTION
#define D ZB_NUMERAL_DECIMAL

static const num_row NUMS[] = {
    /* Arabic, plain and with decimals */
    {"834.5亿元", 834.5e8, "元", A | S | D},
    {"5000万元以上项目", 5000e4, "元以上项目", A | S},
    {"34261.36平方米", 34261.36, "平方米", A | D},
    {"1113个", 1113, "个", A},
    {"3.3%", 3.3, "%", A | D},
    {"45.1%,超序时", 45.1, "%,超序时", A | D},
    {"0.3个百分点", 0.3, "个百分点", A | D},
    {"2300人次左右", 2300, "人次左右", A},
    {"15MWh", 15, "MWh", A},
    {"51TB", 51, "TB", A},
    /* spaces between number and scale, as web pages print them */
    {"80 万平方米", 80e4, "平方米", A | S},
    {"1 万亿元大关", 1e12, "元大关", A | S},  /* 1 * 10^4 * 10^8 */
    {"1 千亿元", 1e11, "元", A | S},         /* 1 * 10^3 * 10^8 */
    {"1.6 万人", 1.6e4, "人", A | S | D},
    {"50 亿元", 50e8, "元", A | S},
    {"4.01万人", 40100, "人", A | S | D},
    {"7.13万次", 71300, "次", A | S | D},
    {"1.2万亿元", 1.2e12, "元", A | S | D},
    {"3.5亿吨", 3.5e8, "吨", A | S | D},
    {"500万标箱", 500e4, "标箱", A | S},
    {"450亿千瓦时", 450e8, "千瓦时", A | S},  /* 千 before 瓦 is a unit prefix */
    {"5千米", 5, "千米", A},                  /* likewise 千米 */
    {"3千克", 3, "千克", A},
    {"2千亿", 2e11, "", A | S},
    {"十万", 1e5, "", C},                    /* 10 * 10^4 */
    {"30百万", 30e6, "", A | S},
    /* thousands separators */
    {"1,200家", 1200, "家", A},
    {"12,345,678元", 12345678, "元", A},
    {"1,20家", 1, ",20家", A},              /* not three digits: a list comma */
    {"2020,123", 2020, ",123", A},          /* a group of four before: a list comma */
    /* Chinese numerals */
    {"一千二百人", 1200, "人", C},
    {"两万户", 2e4, "户", C},
    {"三点五亿元", 3.5e8, "元", C | D},
    {"十二个", 12, "个", C},
    {"二十万零五百", 200500, "", C},          /* 20*10^4 + 500 */
    {"三亿五千万元", 3.5e8, "元", C},         /* 3*10^8 + 5000*10^4 */
    {"一万亿", 1e12, "", C},
    {"四十五", 45, "", C},
    {"一百零八", 108, "", C},
    {"九千九百九十九", 9999, "", C},
    {"二〇二四年", 2024, "年", C},           /* positional digits */
    {"〇点五", 0.5, "", C | D},
    {"两千三百万", 2300e4, "", C},
    {"十", 10, "", C},
    {"六百", 600, "", C},
    {"千亿元", 1e11, "元", C},              /* a bare 千 before 亿: one thousand 亿 */
    {"百万人口", 1e6, "人口", C},
    {"百亿百项", 1e10, "百项", C},          /* the second 百 has no digit */
    /* percent and fractions */
    {"百分之十二", 12, "", P},
    {"百分之五十点五", 50.5, "", P | D},
    {"百分之8", 8, "", P},
    {"三分之一", 100.0 / 3, "", F},
    {"四分之三", 75, "", F},
    {"五分之二以上", 40, "以上", F},
    {"10分之3", 30, "", F},
    /* things that are not numerals */
    {"千家万户", 0, NULL, 0},
    {"百姓", 0, NULL, 0},
    {"万千气象", 0, NULL, 0},
    {"亿元以上项目", 0, NULL, 0},
    {"分之一", 0, NULL, 0},
    {"百分之", 0, NULL, 0},
    {"点五", 0, NULL, 0},
    {"abc", 0, NULL, 0},
    {"", 0, NULL, 0},
};

static void test_numerals(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof NUMS / sizeof NUMS[0]; i++) {
        const num_row *r = &NUMS[i];
        zb_numeral n;
        size_t len = strlen(r->text);
        size_t got = zb_numeral_parse(r->text, len, &n);
        if (!r->rest) {
            if (got != 0) {
                print_error("row %zu (%s): parsed %zu bytes, expected none\n", i, r->text, got);
                fail();
            }
            continue;
        }
        if (got != len - strlen(r->rest)) {
            print_error("row %zu (%s): consumed %zu bytes, expected %zu\n", i, r->text, got,
                        len - strlen(r->rest));
            fail();
        }
        assert_close_row(i, n.value, r->value, 1e-9);
        if ((n.form & r->form) != r->form) {
            print_error("row %zu (%s): form %#x lacks %#x\n", i, r->text, n.form, r->form);
            fail();
        }
    }
}

/* Full-width digits are ASCII after normalisation; the parser itself only
 * sees ASCII digits, and never reads past len. */
static void test_numeral_bounds(void **state)
{
    zb_numeral n;
    (void)state;
    assert_int_equal(zb_numeral_parse("123456", 3, &n), 3);
    assert_close(n.value, 123, 1e-12);
    /* "三点" at the end: no decimal digit follows, so only 三 */
    assert_int_equal(zb_numeral_parse("三点", 6, &n), 3);
    assert_close(n.value, 3, 1e-12);
    /* a cut UTF-8 character is not read */
    assert_int_equal(zb_numeral_parse("\xe4\xb8", 2, &n), 0);
    assert_int_equal(zb_numeral_parse(NULL, 3, &n), 0);
    assert_int_equal(zb_numeral_parse("12", 2, NULL), 0);
}

typedef struct unit_row {
    const char *text;
    zb_kind kind;
    const char *unit;
    double factor;
    size_t len; /* bytes consumed; 0 = none */
} unit_row;

static const unit_row UNITS[] = {
    {"元", ZB_KIND_AMOUNT, "CNY", 1, 3},
    {"元人民币", ZB_KIND_AMOUNT, "CNY", 1, 12},
    {"美元", ZB_KIND_AMOUNT, "USD", 1, 6},
    {"欧元", ZB_KIND_AMOUNT, "EUR", 1, 6},
    {"港元", ZB_KIND_AMOUNT, "HKD", 1, 6},
    {"新台币", ZB_KIND_AMOUNT, "TWD", 1, 9},
    {"台币", ZB_KIND_AMOUNT, "TWD", 1, 6},
    {"元新台币", ZB_KIND_AMOUNT, "TWD", 1, 12},
    {"元港币", ZB_KIND_AMOUNT, "HKD", 1, 9},
    {"澳门币", ZB_KIND_AMOUNT, "MOP", 1, 9},
    {"澳门元", ZB_KIND_AMOUNT, "MOP", 1, 9},
    {"澳元", ZB_KIND_AMOUNT, "AUD", 1, 6},
    {"%", ZB_KIND_SHARE, "%", 1, 1},
    {"个百分点", ZB_KIND_PP, "pp", 1, 12},
    {"百分点", ZB_KIND_PP, "pp", 1, 9},
    {"平方米", ZB_KIND_QUANTITY, "m2", 1, 9},
    {"平方公里", ZB_KIND_QUANTITY, "m2", 1e6, 12},
    {"亩", ZB_KIND_QUANTITY, "m2", 666.667, 3},
    {"公顷", ZB_KIND_QUANTITY, "m2", 1e4, 6},
    {"公里", ZB_KIND_QUANTITY, "km", 1, 6},
    {"千米", ZB_KIND_QUANTITY, "km", 1, 6},
    {"米", ZB_KIND_QUANTITY, "m", 1, 3},
    {"立方米", ZB_KIND_QUANTITY, "m3", 1, 9},
    {"吨", ZB_KIND_QUANTITY, "t", 1, 3},
    {"公斤", ZB_KIND_QUANTITY, "t", 0.001, 6},
    {"千瓦时", ZB_KIND_QUANTITY, "kWh", 1, 9},
    {"度电", ZB_KIND_QUANTITY, "kWh", 1, 6},
    {"MWh", ZB_KIND_QUANTITY, "MWh", 1, 3},
    {"GWh", ZB_KIND_QUANTITY, "GWh", 1, 3},
    {"TB", ZB_KIND_QUANTITY, "TB", 1, 2},
    {"标箱", ZB_KIND_QUANTITY, "TEU", 1, 6},
    {"个", ZB_KIND_COUNT, "个", 1, 3},
    {"家", ZB_KIND_COUNT, "家", 1, 3},
    {"项", ZB_KIND_COUNT, "项", 1, 3},
    {"名", ZB_KIND_COUNT, "名", 1, 3},
    {"户", ZB_KIND_COUNT, "户", 1, 3},
    {"套", ZB_KIND_COUNT, "套", 1, 3},
    {"座", ZB_KIND_COUNT, "座", 1, 3},
    {"人次", ZB_KIND_COUNT, "人次", 1, 6},
    {"户次", ZB_KIND_COUNT, "户次", 1, 6},
    {"架次", ZB_KIND_COUNT, "架次", 1, 6},
    {"辆", ZB_KIND_COUNT, "辆", 1, 3},
    {"台套", ZB_KIND_COUNT, "台套", 1, 6},
    {"标准箱", ZB_KIND_QUANTITY, "TEU", 1, 9},
    {"吉瓦", ZB_KIND_QUANTITY, "GW", 1, 6},
    /* not units */
    {"GBK", ZB_KIND_AMOUNT, NULL, 0, 0},
    {"km/h", ZB_KIND_QUANTITY, "km", 1, 2},
    {"年", ZB_KIND_AMOUNT, NULL, 0, 0},
    {"月", ZB_KIND_AMOUNT, NULL, 0, 0},
    {"G", ZB_KIND_AMOUNT, NULL, 0, 0},
    {"", ZB_KIND_AMOUNT, NULL, 0, 0},
};

static void test_units(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof UNITS / sizeof UNITS[0]; i++) {
        const unit_row *r = &UNITS[i];
        zb_unit u;
        size_t got = zb_unit_parse(r->text, strlen(r->text), &u);
        if (got != r->len) {
            print_error("row %zu (%s): consumed %zu, expected %zu\n", i, r->text, got, r->len);
            fail();
        }
        if (!r->len)
            continue;
        if (u.kind != r->kind || strcmp(u.unit, r->unit) != 0) {
            print_error("row %zu (%s): %s/%s, expected %s/%s\n", i, r->text, zb_kind_name(u.kind),
                        u.unit, zb_kind_name(r->kind), r->unit);
            fail();
        }
        assert_close_row(i, u.factor, r->factor, 1e-12);
    }
}

/* numeral.c: 1 when its unit table is in strcmp order, which
 * zb_unit_parse's binary search needs (a check for this test only, not in
 * zhibiao.h). */
int xunits_sorted(void);

static void test_unit_table_sorted(void **state)
{
    (void)state;
    if (!xunits_sorted()) {
        print_error("numeral.c: UNITS is not sorted by bytes (strcmp order)\n");
        fail();
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numerals),
        cmocka_unit_test(test_numeral_bounds),
        cmocka_unit_test(test_units),
        cmocka_unit_test(test_unit_table_sorted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
