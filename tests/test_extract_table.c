/*
 * test_extract_table.c -- tables pasted as text (lib/extract_table.c):
 * a header naming 单位 and a period and/or growth column, rows of name,
 * unit, value (or a dash), growth; the 当月 block of "name 增长 7.1%";
 * traditional characters; and page noise with numbers that must give no
 * record (navigation, link lists, ICP/phone footers, a header with rows
 * that do not fit).
 */
#include "zb_test.h"
#include "zhibiao.h"

#include "extract_harness.h"

typedef struct want {
    const char *ind;
    zb_kind kind;
    double value;
    const char *unit;
    const char *period;
    const char *basis; /* NULL: none */
} want;

static void check(const got *g, const want *w, size_t n, const char *zone)
{
    assert_int_equal(g->n, n);
    for (size_t i = 0; i < n; i++) {
        const zb_record *r = &g->r[i];
        assert_string_equal(r->indicator, w[i].ind);
        assert_int_equal(r->kind, w[i].kind);
        assert_close_row(i, r->value, w[i].value, 1e-9);
        assert_string_equal(r->unit, w[i].unit);
        assert_non_null(r->period);
        assert_string_equal(r->period, w[i].period);
        if (w[i].basis) {
            assert_non_null(r->basis);
            assert_string_equal(r->basis, w[i].basis);
        } else {
            assert_null(r->basis);
        }
        assert_int_equal(r->status, ZB_STATUS_ACTUAL);
        assert_int_equal(r->bound, ZB_BOUND_EQ);
        if (zone) {
            assert_non_null(r->zone);
            assert_string_equal(r->zone, zone);
        }
        assert_true(r->has_offset);
    }
}

static const char *DOC1 =
    "南京市2024年1-10月经济运行情况\n"
    "发布时间：2024-11-20\n"
    "首页 | 新闻 | 政务 | 单位 | 联系我们\n"
    "指标名称                          单位        1-10月          比上年同期增长（%）\n"
    "地区生产总值（前三季度）            亿元        3012.47         5.6\n"
    "规模以上工业增加值                  %           —               6.8\n"
    "规模以上工业营业收入                亿元        4215.70         3.9\n"
    "  其中：工业投资                    %           －              11.5\n"
    "实际使用外资                        万美元      48650           -12.3\n"
    "金融机构本外币存款余额（10月末）    亿元        6754.21         8.9\n"
    "\n"
    "当月\n"
    "规模以上工业增加值        增长        7.1%\n"
    "社会消费品零售总额        增长        4.2%\n"
    "网站标识码 3201000001 苏ICP备12345678号 电话 025 12345678\n";

static void test_table(void **state)
{
    (void)state;
    got g;
    run_doc(DOC1, &g);
    const want w[] = {
        /* 3012.47 亿元 = 301247000000 CNY */
        {"地区生产总值", ZB_KIND_AMOUNT, 301247000000.0, "CNY", "2024-01/2024-09", NULL},
        {"地区生产总值", ZB_KIND_GROWTH, 5.6, "%", "2024-01/2024-09", "yoy"},
        {"规模以上工业增加值", ZB_KIND_GROWTH, 6.8, "%", "2024-01/2024-10", "yoy"},
        {"规模以上工业营业收入", ZB_KIND_AMOUNT, 421570000000.0, "CNY", "2024-01/2024-10", NULL},
        {"规模以上工业营业收入", ZB_KIND_GROWTH, 3.9, "%", "2024-01/2024-10", "yoy"},
        {"工业投资", ZB_KIND_GROWTH, 11.5, "%", "2024-01/2024-10", "yoy"},
        /* 48650 万美元 = 486500000 USD */
        {"实际使用外资", ZB_KIND_AMOUNT, 486500000.0, "USD", "2024-01/2024-10", NULL},
        {"实际使用外资", ZB_KIND_GROWTH, -12.3, "%", "2024-01/2024-10", "yoy"},
        {"金融机构本外币存款余额", ZB_KIND_AMOUNT, 675421000000.0, "CNY", "2024-10", NULL},
        {"金融机构本外币存款余额", ZB_KIND_GROWTH, 8.9, "%", "2024-10", "yoy"},
        /* 当月: the last month of 1-10月 */
        {"规模以上工业增加值", ZB_KIND_GROWTH, 7.1, "%", "2024-10", NULL},
        {"社会消费品零售总额", ZB_KIND_GROWTH, 4.2, "%", "2024-10", NULL},
    };
    check(&g, w, sizeof w / sizeof w[0], "南京市");
    /* text: the row as written, trimmed; offset: the number */
    assert_string_equal(g.r[5].text, "其中：工业投资                    %           －              11.5");
    const char *p = strstr(DOC1, "3012.47");
    assert_int_equal(g.r[0].off_start, (size_t)(p - DOC1));
    assert_int_equal(g.r[0].off_end, (size_t)(p - DOC1) + 7);
    free_got(&g);
}

/* traditional characters, a growth column of 同比, a count and a quantity,
 * a value column alone */
static void test_table_variants(void **state)
{
    (void)state;
    got g;
    run_doc("蘇州市2024年1-6月主要經濟指標\n"
            "2024年7月18日\n"
            "指標    單位    1-6月    同比增長(%)\n"
            "貨物進出口總額    億元    12345.6    2.1\n"
            "新登記市場主體    萬戶    —    -3.5\n"
            "貨運量    萬噸    5320    4.0\n"
            "6月當月\n"
            "工業用電量    下降    1.5%\n",
            &g);
    const want w[] = {
        {"货物进出口总额", ZB_KIND_AMOUNT, 1234560000000.0, "CNY", "2024-01/2024-06", NULL},
        {"货物进出口总额", ZB_KIND_GROWTH, 2.1, "%", "2024-01/2024-06", "yoy"},
        {"新登记市场主体", ZB_KIND_GROWTH, -3.5, "%", "2024-01/2024-06", "yoy"},
        /* 5320 万吨 = 53200000 t */
        {"货运量", ZB_KIND_QUANTITY, 53200000.0, "t", "2024-01/2024-06", NULL},
        {"货运量", ZB_KIND_GROWTH, 4.0, "%", "2024-01/2024-06", "yoy"},
        {"工业用电量", ZB_KIND_GROWTH, -1.5, "%", "2024-06", NULL},
    };
    check(&g, w, sizeof w / sizeof w[0], "苏州市");
    free_got(&g);

    run_doc("无锡市2024年9月份主要统计数据\n"
            "2024年10月20日\n"
            "指标    单位    1-9月\n"
            "社会消费品零售总额    亿元    1234.5\n"
            "规上工业企业    个    7012\n",
            &g);
    const want w2[] = {
        {"社会消费品零售总额", ZB_KIND_AMOUNT, 123450000000.0, "CNY", "2024-01/2024-09", NULL},
        {"规上工业企业", ZB_KIND_COUNT, 7012.0, "个", "2024-01/2024-09", NULL},
    };
    check(&g, w2, sizeof w2 / sizeof w2[0], NULL);
    free_got(&g);

    /* a longer header (a heading to the line classifier): 计量单位, a
     * year in the period column, 累计 */
    run_doc("2025年1月25日\n"
            "指标名称    计量单位    2024年1-12月累计    比上年同期增长(%)\n"
            "一般公共预算收入    亿元    1010.2    3.3\n",
            &g);
    const want w3[] = {
        {"一般公共预算收入", ZB_KIND_AMOUNT, 101020000000.0, "CNY", "2024", NULL},
        {"一般公共预算收入", ZB_KIND_GROWTH, 3.3, "%", "2024", "yoy"},
    };
    check(&g, w3, sizeof w3 / sizeof w3[0], NULL);
    free_got(&g);
}

/* page noise: no record from any of it */
static void test_table_noise(void **state)
{
    (void)state;
    got g;
    run_doc("2024-11-20\n"
            "首页 新闻中心 单位 2024 信息公开 12 互动交流\n"
            "主办单位 南京市统计局 承办单位 南京市信息中心 电话 025 83456789\n"
            "网站标识码 3201000001 苏ICP备12345678号-1 苏公网安备 32010202010000号\n"
            "友情链接 国家统计局 江苏省统计局 2024 10 5\n",
            &g);
    assert_int_equal(g.n, 0);
    free_got(&g);
    /* a header-like line whose following lines do not fit its columns */
    run_doc("2024-11-20\n"
            "序号 单位 2024年 增长\n"
            "1 南京市统计局 2024 5\n"
            "相关链接 单位 10月 增长\n"
            "统计公报 数据发布 2024 3.5\n"
            "单位 亿元 1-10月 增长 下载\n",
            &g);
    assert_int_equal(g.n, 0);
    free_got(&g);
    /* 增长 rows with no table before them: not read as a month block */
    run_doc("2024-11-20\n"
            "当月\n"
            "浏览次数 增长 12%\n",
            &g);
    for (size_t i = 0; i < g.n; i++)
        assert_true(strcmp(g.r[i].indicator, "浏览次数") != 0);
    free_got(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_table_variants),
        cmocka_unit_test(test_table_noise),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
