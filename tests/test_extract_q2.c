/*
 * test_extract_q2.c -- the years a multi-year review covers: a government
 * work report of January whose section "过去五年" / "“十四五”时期" /
 * "五年来" reports results, then the targets of the new year.
 *
 *   - flows and growth over the years (年均增长, 五年累计完成, 新增, 新建改造,
 *     累计突破) take the interval of whole years, 2021/2025 (not the
 *     months back from publication, 2021-01/2026-01, nor 2025);
 *   - levels reached (总数达到, 比重提高到, 吞吐量达到) take the last year;
 *   - "由2020年的A增加到2025年的B,增长1.7倍": A of 2020, B of 2025, the
 *     change over 2021/2025, all of the thing named before 由;
 *   - a list of its own before 分别 names the figures after it;
 *   - list items of the targets (——..., 1....;) are targets of 2026 whose
 *     indicators carry no list mark.
 * The same in traditional characters; and a review published in June
 * keeps the interval of months back from publication (2017-06/2022-06).
 * Values are computed by hand in the comments.
 */
#include "zb_test.h"
#include "zhibiao.h"

#include "extract_harness.h"

/* One document and the records it must give, in order, each written
 * "indicator kind value unit bound status period" (value %.15g, period
 * null when none); a NULL ends the list. */
typedef struct doc_case {
    const char *name;
    const char *text;
    const char *want[24];
} doc_case;

static const doc_case CASES[] = {
    /* A January report: the review of 2021-2025, then the plan of 2026. */
    {"five-year review",
     "2026年泰州市政府工作报告\n"
     "2026年1月18日\n"
     "\n"
     "一、过去五年工作回顾\n"
     "\n"
     "经济实力迈上新台阶。全市地区生产总值年均增长6.5%，一般公共预算收入五年累计完成371.2亿元。\n"
     "创新动能持续增强。新增高新技术企业865家，新建改造农村公路1200公里，实际使用外资累计突破80亿美元。\n"
     "全市高新技术企业总数达到1186家，研发经费投入占地区生产总值比重提高到2.9%，港口货物吞吐量达到2680万吨。\n"
     "科技型中小企业由2020年的168家增加到2025年的455家，增长1.7倍。\n"
     "全体居民人均可支配收入年均增长6.1%，城镇和农村居民人均可支配收入年均分别增长5.6%、7.1%。\n"
     "\n"
     "二、2026年主要预期目标\n"
     "\n"
     "今年经济社会发展的主要预期目标是：\n"
     "——地区生产总值增长5%以上；\n"
     "——研发经费投入占地区生产总值比重达到3.1%；\n"
     "——新增城镇就业1.2万人；\n"
     "——城镇调查失业率控制在5.5%以内。\n",
     {"地区生产总值 growth 6.5 % eq actual 2021/2025",
      /* 371.2亿元 = 37120000000 CNY, summed over the five years */
      "一般公共预算收入 amount 37120000000 CNY eq actual 2021/2025",
      "新增高新技术企业 count 865 家 eq actual 2021/2025",
      "新建改造农村公路 quantity 1200 km eq actual 2021/2025",
      /* 80亿美元 = 8000000000 USD */
      "实际使用外资 amount 8000000000 USD gt actual 2021/2025",
      /* levels reached: the last year; 2680万吨 = 26800000 t */
      "高新技术企业总数 count 1186 家 eq actual 2025",
      "研发经费投入占地区生产总值比重 share 2.9 % eq actual 2025",
      "港口货物吞吐量 quantity 26800000 t eq actual 2025",
      /* two stocks of their own years; 增长1.7倍 = 170 % between them */
      "科技型中小企业 count 168 家 eq actual 2020",
      "科技型中小企业 count 455 家 eq actual 2025",
      "科技型中小企业 growth 170 % eq actual 2021/2025",
      "全体居民人均可支配收入 growth 6.1 % eq actual 2021/2025",
      "城镇居民人均可支配收入 growth 5.6 % eq actual 2021/2025",
      "农村居民人均可支配收入 growth 7.1 % eq actual 2021/2025",
      "地区生产总值 growth 5 % gt target 2026",
      "研发经费投入占地区生产总值比重 share 3.1 % eq target 2026",
      /* 1.2万人 = 12000 人 */
      "新增城镇就业 count 12000 人 eq target 2026",
      "城镇调查失业率 share 5.5 % le target 2026", NULL}},
    /* The other ways a report names its years: 五年来, 近五年, 三年来,
     * 2021—2025年, 2021年至2025年, “十四五”时期, “十四五”以来, 过去的五年;
     * a numbered list of targets under 今年重点工作. */
    {"year words",
     "2026年宿迁市政府工作报告\n"
     "2026年1月20日\n"
     "\n"
     "五年来，全市规上工业增加值年均增长8.1%，新增上市公司12家。\n"
     "近五年，全市累计引进亿元以上项目420个。\n"
     "三年来，全市新增市场主体12.5万户。\n"
     "2021—2025年，全市固定资产投资累计完成5200亿元。\n"
     "2021年至2025年，全市城镇化率提高到68.5%。\n"
     "“十四五”时期，全市进出口总额年均增长4.2%。\n"
     "“十四五”以来，全市累计实施重大项目860个。\n"
     "过去的五年，全市新增城镇就业45万人。\n"
     "\n"
     "三、今年重点工作\n"
     "\n"
     "1.地区生产总值增长5.5%左右；\n"
     "2.一般公共预算收入增长3%，\n"
     "3.新增城镇就业8万人。\n",
     {"规上工业增加值 growth 8.1 % eq actual 2021/2025",
      "新增上市公司 count 12 家 eq actual 2021/2025",
      "引进亿元以上项目 count 420 个 eq actual 2021/2025",
      /* 12.5万户 = 125000 户, over 2023-2025 */
      "新增市场主体 count 125000 户 eq actual 2023/2025",
      /* 5200亿元 = 520000000000 CNY */
      "固定资产投资 amount 520000000000 CNY eq actual 2021/2025",
      "城镇化率 share 68.5 % eq actual 2025",
      "进出口总额 growth 4.2 % eq actual 2021/2025",
      /* (the plan is over: its years, not 2021-01/2026-01) */
      "实施重大项目 count 860 个 eq actual 2021/2025",
      /* 45万人 = 450000 人 */
      "新增城镇就业 count 450000 人 eq actual 2021/2025",
      "地区生产总值 growth 5.5 % approx target 2026",
      "一般公共预算收入 growth 3 % eq target 2026",
      "新增城镇就业 count 80000 人 eq target 2026", NULL}},
    /* Traditional characters: the same readings; 从...提高到...,提高N个百分点. */
    {"traditional",
     "2026年鹽城市政府工作報告\n"
     "2026年1月22日\n"
     "\n"
     "一、過去五年工作回顧\n"
     "\n"
     "經濟實力邁上新台階。地區生產總值年均增長5.8%，全社會研發投入五年累計完成620億元。\n"
     "研發經費投入強度從2020年的2.1%提高到2025年末的2.9%，提高0.8個百分點。\n",
     {"地区生产总值 growth 5.8 % eq actual 2021/2025",
      /* 620億元 = 62000000000 CNY */
      "全社会研发投入 amount 62000000000 CNY eq actual 2021/2025",
      "研发经费投入强度 share 2.1 % eq actual 2020",
      "研发经费投入强度 share 2.9 % eq actual 2025",
      "研发经费投入强度 pp 0.8 pp eq actual 2021/2025", NULL}},
    /* 分别 after figures of other indicators: the list before it names the
     * figures (城镇和农村), not the figures before; figures of a list of
     * their own still give 分别 their indicators. */
    {"respectively",
     "2026年1月18日\n"
     "过去五年，全市地区生产总值年均增长6.5%，一般公共预算收入年均增长5.2%，城镇和农村居民人均可支配收入年均分别增长5.6%、7.1%。\n"
     "五年来，城镇居民人均可支配收入达到6.2万元、农村居民人均可支配收入达到3.3万元，年均分别增长5.4%、6.9%。\n",
     {"地区生产总值 growth 6.5 % eq actual 2021/2025",
      "一般公共预算收入 growth 5.2 % eq actual 2021/2025",
      "城镇居民人均可支配收入 growth 5.6 % eq actual 2021/2025",
      "农村居民人均可支配收入 growth 7.1 % eq actual 2021/2025",
      /* 6.2万元 = 62000 CNY, the level of 2025 */
      "城镇居民人均可支配收入 amount 62000 CNY eq actual 2025",
      "农村居民人均可支配收入 amount 33000 CNY eq actual 2025",
      "城镇居民人均可支配收入 growth 5.4 % eq actual 2021/2025",
      "农村居民人均可支配收入 growth 6.9 % eq actual 2021/2025", NULL}},
    /* 由A增加到B with no years under 五年来: A of the year before the
     * span, B of its last; 今年是“十五五”规划的开局之年 names 2026, not
     * 2026/2030, for the plan after it. */
    {"plan year",
     "2026年宿迁市政府工作报告\n"
     "2026年1月20日\n"
     "\n"
     "一、过去五年工作回顾\n"
     "\n"
     "五年来，居民人均可支配收入由3.2万元增加到4.5万元。\n"
     "全社会研发投入占地区生产总值比重由2.1%提升至2.6%。\n"
     "五年来，综合实力跃居全国百强城市第32位。\n"
     "\n"
     "二、2026年重点工作\n"
     "\n"
     "今年是“十五五”规划的开局之年。\n"
     "全市地区生产总值增长5.5%左右，研发经费投入占地区生产总值比重达到3.1%。\n",
     {/* 3.2万元 = 32000 CNY */
      "居民人均可支配收入 amount 32000 CNY eq actual 2020",
      "居民人均可支配收入 amount 45000 CNY eq actual 2025",
      "全社会研发投入占地区生产总值比重 share 2.1 % eq actual 2020",
      "全社会研发投入占地区生产总值比重 share 2.6 % eq actual 2025",
      "综合实力全国百强城市排名 rank 32 rank eq actual 2025",
      "地区生产总值 growth 5.5 % approx target 2026",
      "研发经费投入占地区生产总值比重 share 3.1 % eq target 2026", NULL}},
    /* A heading naming the plan frames its section: a paragraph of 2025
     * in it does not make the next ones 2025. */
    {"plan heading",
     "2026年常州市政府工作报告\n"
     "2026年1月15日\n"
     "\n"
     "一、“十四五”发展回顾\n"
     "\n"
     "2025年，全市地区生产总值增长5.8%。\n"
     "综合实力显著增强。全市地区生产总值年均增长6.3%，高新技术企业总数达到4550家，新增上市公司28家。\n",
     {"地区生产总值 growth 5.8 % eq actual 2025",
      "地区生产总值 growth 6.3 % eq actual 2021/2025",
      "高新技术企业总数 count 4550 家 eq actual 2025",
      "新增上市公司 count 28 家 eq actual 2021/2025", NULL}},
    /* 五年累计: a length of time, named by no indicator; the clause
     * without a noun of its own is of the subject before it. */
    {"durations",
     "2026年1月18日\n"
     "过去五年，一般公共预算收入年均增长5%，五年累计完成371.2亿元。\n"
     "五年来，全市五年累计新增城镇就业50万人。\n",
     {"一般公共预算收入 growth 5 % eq actual 2021/2025",
      "一般公共预算收入 amount 37120000000 CNY eq actual 2021/2025",
      /* 50万人 = 500000 人 */
      "新增城镇就业 count 500000 人 eq actual 2021/2025", NULL}},
    /* A sum with 累计 and no start of its own, in a paragraph after the
     * one that opened the review and named the plan (过去五年，是...
     * “十四五”规划...: the paragraph's 2021/2025 carries on): over the
     * review's years, not up to the publication month. */
    {"bare sum in a review",
     "2026年1月14日\n"
     "一、过去五年工作回顾\n"
     "过去五年，是全县发展极不平凡的五年，较好完成了“十四五”规划确定的主要目标任务。\n"
     "改革开放纵深推进。五年累计实际使用外资12.8亿美元，外贸进出口总额累计突破2000亿元。\n",
     {/* 12.8亿美元 = 1280000000 USD; 2000亿元 = 200000000000 CNY */
      "实际使用外资 amount 1280000000 USD eq actual 2021/2025",
      "外贸进出口总额 amount 200000000000 CNY gt actual 2021/2025", NULL}},
    /* Later in the year, N年来 runs back from the publication month, for
     * a level as for a flow ... */
    {"june",
     "2022年6月6日\n"
     "五年来，镇江高新区累计引进亿元以上项目85个，高新技术企业总数达到120家。\n",
     {"引进亿元以上项目 count 85 个 eq actual 2017-06/2022-06",
      "高新技术企业总数 count 120 家 eq actual 2017-06/2022-06", NULL}},
    /* ... and a 十三五 review of 2021 is 2016/2020. */
    {"2021",
     "2021年2月3日\n"
     "这五年，全市新建改造农村公路2800公里，高速公路通车里程达到420公里。\n",
     {"新建改造农村公路 quantity 2800 km eq actual 2016/2020",
      "高速公路通车里程 quantity 420 km eq actual 2020", NULL}},
};

static void test_cases(void **state)
{
    (void)state;
    for (size_t c = 0; c < sizeof CASES / sizeof CASES[0]; c++) {
        const doc_case *dc = &CASES[c];
        size_t n = 0;
        got g;
        run_doc(dc->text, &g);
        while (dc->want[n])
            n++;
        for (size_t i = 0; i < g.n; i++) {
            const zb_record *r = &g.r[i];
            char line[512];
            snprintf(line, sizeof line, "%s %s %.15g %s %s %s %s", r->indicator, zb_kind_name(r->kind),
                     r->value, r->unit, zb_bound_name(r->bound), zb_status_name(r->status),
                     r->period ? r->period : "null");
            if (i >= n || strcmp(line, dc->want[i]) != 0)
                print_error("%s, record %zu: got \"%s\"\n", dc->name, i, line);
            assert_true(i < n);
            assert_string_equal(line, dc->want[i]);
        }
        if (g.n != n)
            print_error("%s: %zu records, expected %zu\n", dc->name, g.n, n);
        assert_int_equal(g.n, n);
        free_got(&g);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
