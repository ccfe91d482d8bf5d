/*
 * test_extract_q1.c -- the period a report frames and the words of a part
 * of a year (lib/extract.c, lib/extract_period.c):
 *   - a headline or lead naming a half, a quarter or an interval of months
 *     already over (上半年...通报 published in July, 前三季度... in
 *     October) dates the body's figures that name no time, also after a
 *     paragraph with a date of its own; a stock (总数达, 余额) is at the
 *     end of that period; a figure's own time word (截至6月底, 9月末)
 *     wins; a plan section (下半年工作安排) keeps its year, a section
 *     headed by a month (二、9月份主要指标) that month; a bulletin
 *     full of words of plan (推进, 要) still reports the half;
 *   - 首三季, 前三季, 首季, 首半年, 上半年度, 今年首N個月 in simplified and
 *     traditional Chinese are periods, kept out of zone and indicator
 *     names, with a publication date or without; 三季度末 / 第三季末 is
 *     the month at the quarter's end;
 *   - 截至3月底 with 累计 and no start (累计落户) is the stock at that
 *     month; 累计新增, or 今年 in the sentence, the year to date;
 *   - 两年平均增长 and 年均增长 take the period of their sentence and no
 *     basis unless the clause names one (the 同比 of the figure before
 *     does not carry over).
 */
#include "zb_test.h"
#include "zhibiao.h"

#include "extract_harness.h"

typedef struct want {
    int c;           /* the article (C_*) */
    const char *ind; /* NULL: not checked */
    zb_kind kind;
    double value;
    const char *period; /* NULL: none */
    const char *basis; /* NULL: none */
    zb_status status;
} want;

static void check(const got *g, const want *w, size_t n)
{
    assert_int_equal(g->n, n);
    for (size_t i = 0; i < n; i++) {
        const zb_record *r = &g->r[i];
        if (w[i].ind)
            assert_string_equal(r->indicator, w[i].ind);
        assert_int_equal(r->kind, w[i].kind);
        assert_close_row(i, r->value, w[i].value, 1e-9);
        assert_int_equal(!r->period, !w[i].period);
        if (w[i].period)
            assert_string_equal(r->period, w[i].period);
        assert_int_equal(!r->basis, !w[i].basis);
        if (w[i].basis)
            assert_string_equal(r->basis, w[i].basis);
        assert_int_equal(r->status, w[i].status);
    }
}

/* The articles, in the order of the tests (C_*), and the records
 * each must give, in order, tagged with its article. */
enum { C_HALF, C_THREEQ, C_MACAU, C_CUM, C_AVG, C_BULLETIN, C_UNDATED, C_MONTH_HEADING, N_CASES };

static const char *const DOCS[N_CASES] = {
    /* A bulletin on the first half, published in July. */
    "上半年全市重点项目推进情况通报\n"
    "发布时间：2025-07-15\n"
    "全市152个省市重点项目完成投资486.3亿元，同比增长12.4%。\n"
    "6月18日，全市举行重大项目集中开工活动。\n"
    "新开工项目52个，总投资310亿元。全市高新技术企业总数达1250家，金融机构存款余额5321亿元。\n"
    "截至6月底，全市累计拥有省级重点实验室41家。\n"
    "二、下半年工作安排\n"
    "力争全年完成投资900亿元。\n",
    /* Three quarters, published in October; a plan heading after. */
    "前三季度我市外贸进出口稳中有进\n"
    "2025-10-20 来源：市商务局\n"
    "记者从市商务局获悉，全市外贸进出口总额1520.3亿元，同比增长6.8%。\n"
    "9月末，全市有进出口实绩的企业达到3120家。\n"
    "全市实际使用外资5.6亿美元。全市累计落户外资企业860家，带动就业5.2万人。\n"
    "二、下一步工作安排\n"
    "力争全年进出口总额突破2000亿元。\n",
    /* Macau, traditional characters: 首三季 and its kin. */
    "橫琴合作區首三季經濟運行穩中向好\n"
    "2025年10月28日\n"
    "橫琴粵澳深度合作區統計局公布，合作區地區生產總值達到389.5億元，按年增長5.2%。\n"
    "首三季合作區實際使用外資12.3億元。前三季已完成投資105億元。\n"
    "上半年度合作區新增企業3200戶。首半年合作區稅收收入46.2億元。\n"
    "今年首8個月，合作區進出口總額達到402億元。\n"
    "預計三季度末，合作區市場主體達到6.2萬戶。截至第三季末，合作區實有經營主體6.8萬戶。\n"
    "二季末，合作區失業率為1.8%。\n",
    /* 截至3月底 with 累计 and no start: the stock at that month; with 今年,
     * or 累计新增, the year to date. */
    "开发区一季度外资工作综述\n"
    "2025-04-03\n"
    "截至3月底，全区累计落户外资企业218家，累计实际利用外资超过56亿美元。"
    "截至3月底，今年累计接待游客120万人次。截至3月底，全区累计新增市场主体3600户。\n",
    /* 两年平均增长, 年均增长: the sentence's period, no basis of their own. */
    "一季度全区经济运行情况\n"
    "2025-04-20\n"
    "一季度，全区实现地区生产总值312.5亿元，同比增长6.3%，两年平均增长5.2%。"
    "规模以上工业增加值同比增长8.1%，年均增长7.4%。\n",
    /* A bulletin full of words of plan (推进, 要): its figures are still
     * the results of the half its headline names; the plan is a plan. */
    "上半年全市重点项目推进情况通报\n"
    "发布时间：2025-07-15 来源：市发展改革委\n"
    "今年以来，各地各部门加快推进重点项目建设，全力推进项目攻坚，项目推进总体有序。\n"
    "一、总体情况\n"
    "全市152个省市重点项目完成投资486.3亿元，完成年度计划的58.2%。\n"
    "二、存在问题\n"
    "部分项目推进较慢，要素保障仍需加强。\n"
    "三、下一步工作要求\n"
    "各地要加快推进项目建设，要强化要素保障，要加强调度。力争全年完成投资900亿元。\n",
    /* No publication date: no period, but 首三季 and 前三季 are still
     * no part of a zone's or an indicator's name. */
    "橫琴合作區首三季經濟運行穩中向好\n"
    "首三季合作區地區生產總值389.5億元。\n"
    "前三季已完成投資105億元。\n",
    /* A later heading naming a month of its own dates its section, not
     * the headline's three quarters. */
    "前三季度全市经济运行情况\n"
    "2025-10-24 来源：市统计局\n"
    "前三季度，全市实现地区生产总值3562.8亿元，同比增长5.6%。\n"
    "二、9月份主要指标\n"
    "全市规模以上工业增加值增长7.5%。社会消费品零售总额135.2亿元，增长5.1%。\n",
};

static const want WANT[] = {
    {C_HALF, "省市重点项目", ZB_KIND_COUNT, 152, "2025-H1", NULL, ZB_STATUS_ACTUAL},
    /* 486.3亿元 = 48630000000 */
    {C_HALF, "省市重点项目完成投资", ZB_KIND_AMOUNT, 48630000000.0, "2025-H1", NULL, ZB_STATUS_ACTUAL},
    {C_HALF, "省市重点项目完成投资", ZB_KIND_GROWTH, 12.4, "2025-H1", "yoy", ZB_STATUS_ACTUAL},
    /* after the paragraph dated 6月18日: still the headline's half */
    {C_HALF, "新开工项目", ZB_KIND_COUNT, 52, "2025-H1", NULL, ZB_STATUS_ACTUAL},
    {C_HALF, "总投资", ZB_KIND_AMOUNT, 31000000000.0, "2025-H1", NULL, ZB_STATUS_ACTUAL},
    /* stocks: at the end of the half */
    {C_HALF, "高新技术企业总数", ZB_KIND_COUNT, 1250, "2025-06", NULL, ZB_STATUS_ACTUAL},
    {C_HALF, "金融机构存款余额", ZB_KIND_AMOUNT, 532100000000.0, "2025-06", NULL, ZB_STATUS_ACTUAL},
    {C_HALF, "省级重点实验室", ZB_KIND_COUNT, 41, "2025-06", NULL, ZB_STATUS_ACTUAL},
    /* the plan section: its year, a target */
    {C_HALF, NULL, ZB_KIND_AMOUNT, 90000000000.0, "2025", NULL, ZB_STATUS_TARGET},
    {C_THREEQ, "外贸进出口总额", ZB_KIND_AMOUNT, 152030000000.0, "2025-01/2025-09", NULL, ZB_STATUS_ACTUAL},
    {C_THREEQ, "外贸进出口总额", ZB_KIND_GROWTH, 6.8, "2025-01/2025-09", "yoy", ZB_STATUS_ACTUAL},
    {C_THREEQ, "有进出口实绩的企业", ZB_KIND_COUNT, 3120, "2025-09", NULL, ZB_STATUS_ACTUAL},
    /* after a paragraph with a month of its own: the headline's interval */
    {C_THREEQ, "实际使用外资", ZB_KIND_AMOUNT, 560000000.0, "2025-01/2025-09", NULL, ZB_STATUS_ACTUAL},
    /* 累计 with no start: the publication month, for its sentence */
    {C_THREEQ, "落户外资企业", ZB_KIND_COUNT, 860, "2025-10", NULL, ZB_STATUS_ACTUAL},
    {C_THREEQ, "带动就业", ZB_KIND_COUNT, 52000, "2025-10", NULL, ZB_STATUS_ACTUAL},
    {C_THREEQ, "进出口总额", ZB_KIND_AMOUNT, 200000000000.0, "2025", NULL, ZB_STATUS_TARGET},
    {C_MACAU, "地区生产总值", ZB_KIND_AMOUNT, 38950000000.0, "2025-01/2025-09", NULL, ZB_STATUS_ACTUAL},
    {C_MACAU, "地区生产总值", ZB_KIND_GROWTH, 5.2, "2025-01/2025-09", "yoy", ZB_STATUS_ACTUAL},
    {C_MACAU, "实际使用外资", ZB_KIND_AMOUNT, 1230000000.0, "2025-01/2025-09", NULL, ZB_STATUS_ACTUAL},
    {C_MACAU, "投资", ZB_KIND_AMOUNT, 10500000000.0, "2025-01/2025-09", NULL, ZB_STATUS_ACTUAL},
    {C_MACAU, "新增企业", ZB_KIND_COUNT, 3200, "2025-H1", NULL, ZB_STATUS_ACTUAL},
    {C_MACAU, "税收收入", ZB_KIND_AMOUNT, 4620000000.0, "2025-H1", NULL, ZB_STATUS_ACTUAL},
    {C_MACAU, "进出口总额", ZB_KIND_AMOUNT, 40200000000.0, "2025-01/2025-08", NULL, ZB_STATUS_ACTUAL},
    /* the end of a quarter: its last month */
    {C_MACAU, "市场主体", ZB_KIND_COUNT, 62000, "2025-09", NULL, ZB_STATUS_ESTIMATE},
    {C_MACAU, "实有经营主体", ZB_KIND_COUNT, 68000, "2025-09", NULL, ZB_STATUS_ACTUAL},
    {C_MACAU, "失业率", ZB_KIND_SHARE, 1.8, "2025-06", NULL, ZB_STATUS_ACTUAL},
    {C_CUM, "落户外资企业", ZB_KIND_COUNT, 218, "2025-03", NULL, ZB_STATUS_ACTUAL},
    /* 56亿美元 = 5600000000 USD */
    {C_CUM, "实际利用外资", ZB_KIND_AMOUNT, 5600000000.0, "2025-03", NULL, ZB_STATUS_ACTUAL},
    {C_CUM, "接待游客", ZB_KIND_COUNT, 1200000, "2025-01/2025-03", NULL, ZB_STATUS_ACTUAL},
    {C_CUM, "新增市场主体", ZB_KIND_COUNT, 3600, "2025-01/2025-03", NULL, ZB_STATUS_ACTUAL},
    {C_AVG, "地区生产总值", ZB_KIND_AMOUNT, 31250000000.0, "2025-Q1", NULL, ZB_STATUS_ACTUAL},
    {C_AVG, "地区生产总值", ZB_KIND_GROWTH, 6.3, "2025-Q1", "yoy", ZB_STATUS_ACTUAL},
    {C_AVG, NULL, ZB_KIND_GROWTH, 5.2, "2025-Q1", NULL, ZB_STATUS_ACTUAL},
    {C_AVG, "规模以上工业增加值", ZB_KIND_GROWTH, 8.1, "2025-Q1", "yoy", ZB_STATUS_ACTUAL},
    {C_AVG, "规模以上工业增加值", ZB_KIND_GROWTH, 7.4, "2025-Q1", NULL, ZB_STATUS_ACTUAL},
    {C_BULLETIN, "省市重点项目", ZB_KIND_COUNT, 152, "2025-H1", NULL, ZB_STATUS_ACTUAL},
    {C_BULLETIN, "省市重点项目完成投资", ZB_KIND_AMOUNT, 48630000000.0, "2025-H1", NULL, ZB_STATUS_ACTUAL},
    {C_BULLETIN, "省市重点项目完成投资年度计划完成率", ZB_KIND_SHARE, 58.2, "2025-H1", NULL, ZB_STATUS_ACTUAL},
    {C_BULLETIN, NULL, ZB_KIND_AMOUNT, 90000000000.0, "2025", NULL, ZB_STATUS_TARGET},
    {C_UNDATED, "地区生产总值", ZB_KIND_AMOUNT, 38950000000.0, NULL, NULL, ZB_STATUS_ACTUAL},
    {C_UNDATED, "投资", ZB_KIND_AMOUNT, 10500000000.0, NULL, NULL, ZB_STATUS_ACTUAL},
    {C_MONTH_HEADING, "地区生产总值", ZB_KIND_AMOUNT, 356280000000.0, "2025-01/2025-09", NULL, ZB_STATUS_ACTUAL},
    {C_MONTH_HEADING, "地区生产总值", ZB_KIND_GROWTH, 5.6, "2025-01/2025-09", "yoy", ZB_STATUS_ACTUAL},
    {C_MONTH_HEADING, "规模以上工业增加值", ZB_KIND_GROWTH, 7.5, "2025-09", NULL, ZB_STATUS_ACTUAL},
    {C_MONTH_HEADING, "社会消费品零售总额", ZB_KIND_AMOUNT, 13520000000.0, "2025-09", NULL, ZB_STATUS_ACTUAL},
    {C_MONTH_HEADING, "社会消费品零售总额", ZB_KIND_GROWTH, 5.1, "2025-09", NULL, ZB_STATUS_ACTUAL},
};

/* Extract article c and compare with its records of WANT; no time
 * word may be left inside a zone's name. */
static void run_case(int c)
{
    got g;
    want w[16];
    size_t n = 0;
    for (size_t i = 0; i < sizeof WANT / sizeof WANT[0]; i++)
        if (WANT[i].c == c && n < 16)
            w[n++] = WANT[i];
    run_doc(DOCS[c], &g);
    check(&g, w, n);
    for (size_t i = 0; i < g.n; i++)
        if (g.r[i].zone) {
            assert_null(strstr(g.r[i].zone, "首"));
            assert_null(strstr(g.r[i].zone, "半年"));
        }
    free_got(&g);
}

static void test_half_headline(void **state)
{
    (void)state;
    run_case(C_HALF);
}

static void test_three_quarters(void **state)
{
    (void)state;
    run_case(C_THREEQ);
}

static void test_macau_parts(void **state)
{
    (void)state;
    run_case(C_MACAU);
}

static void test_cumulative_point(void **state)
{
    (void)state;
    run_case(C_CUM);
}

static void test_average_growth(void **state)
{
    (void)state;
    run_case(C_AVG);
}

static void test_plan_worded_bulletin(void **state)
{
    (void)state;
    run_case(C_BULLETIN);
}

static void test_undated_parts(void **state)
{
    (void)state;
    run_case(C_UNDATED);
}

static void test_month_heading(void **state)
{
    (void)state;
    run_case(C_MONTH_HEADING);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_half_headline),
        cmocka_unit_test(test_three_quarters),
        cmocka_unit_test(test_macau_parts),
        cmocka_unit_test(test_cumulative_point),
        cmocka_unit_test(test_average_growth),
        cmocka_unit_test(test_plan_worded_bulletin),
        cmocka_unit_test(test_undated_parts),
        cmocka_unit_test(test_month_heading),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
