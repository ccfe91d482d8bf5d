/*
 * test_extract_q5.c -- zones (lib/extract_zone.c, the zone functions of
 * lib/extract.c): a list of counties before 分别 whose first name stands
 * after another zone (滁州市下辖的来安县、...) and whose last one has no
 * predicate after it (全椒县重点项目开工率), in the clause, the clause
 * before or the sentence before, or names no table knows before a count
 * of places (来安、天长、全椒三县); cities each before its own figure in
 * one sentence (其中来安县增长..., A县为x%, bare 长沙增长... after a
 * province's figure, the topic before 其中); a paragraph on 澳门 beside
 * paragraphs on the 合作区 (a city opening a quoted name is no zone; a
 * paragraph opened by its source, 另据澳门...公布); a park a project
 * settled in (落户衡阳高新区的...项目, 由松木经开区引进). Simplified and
 * traditional text. Values computed by hand.
 */
#include "zb_test.h"
#include "zhibiao.h"

#include "extract_harness.h"

/* The records got, in order, are w (zone_want rows; extract_harness.h). */
#define EXPECT(g, w) check_zone_records(&(g), (w), sizeof(w) / sizeof((w)[0]))

/* 分别 after a list of counties: the list after the city they belong to,
 * its last name with no predicate after it; the list in the clause before
 * the figures. */
static void test_county_list(void **state)
{
    (void)state;
    got g;
    run_doc("滁州市重点项目建设情况\n"
            "发布时间：2024-10-15\n"
            "今年以来，滁州市下辖的来安县、天长市、全椒县重点项目开工率分别为61.2%、59.4%、58.8%。\n"
            "定远县、凤阳县、明光市表现突出，开工率分别为66.1%、64.3%、62.0%。\n",
            &g);
    const zone_want w[] = {
        {"来安县", NULL, ZB_KIND_SHARE, 61.2, "%"},
        {"天长市", NULL, ZB_KIND_SHARE, 59.4, "%"},
        {"全椒县", NULL, ZB_KIND_SHARE, 58.8, "%"},
        {"定远县", "开工率", ZB_KIND_SHARE, 66.1, "%"},
        {"凤阳县", "开工率", ZB_KIND_SHARE, 64.3, "%"},
        {"明光市", "开工率", ZB_KIND_SHARE, 62.0, "%"},
    };
    EXPECT(g, w);
    free_got(&g);

    /* traditional, 所辖的: growth */
    run_doc("滁州市經濟運行情況\n"
            "發佈時間：2024-10-25\n"
            "前三季度，滁州市所轄的來安縣、天長市規上工業增加值分別增長9.1%、7.2%。\n",
            &g);
    const zone_want w2[] = {
        {"来安县", "规上工业增加值", ZB_KIND_GROWTH, 9.1, "%"},
        {"天长市", NULL, ZB_KIND_GROWTH, 7.2, "%"},
    };
    EXPECT(g, w2);
    free_got(&g);
}

/* Names no table knows listed before a count of places (三县, 两地). */
static void test_counted_list(void **state)
{
    (void)state;
    got g;
    run_doc("滁州市重点项目建设情况\n"
            "发布时间：2024-10-15\n"
            "今年以来，来安、天长、全椒三县重点项目开工率分别为61.2%、59.4%、58.8%。\n"
            "來安和全椒兩地簽約項目分別為12個、9個。\n",
            &g);
    const zone_want w[] = {
        {"来安县", NULL, ZB_KIND_SHARE, 61.2, "%"},
        {"天长县", NULL, ZB_KIND_SHARE, 59.4, "%"},
        {"全椒县", NULL, ZB_KIND_SHARE, 58.8, "%"},
        {"来安", NULL, ZB_KIND_COUNT, 12, "个"},
        {"全椒", NULL, ZB_KIND_COUNT, 9, "个"},
    };
    EXPECT(g, w);
    free_got(&g);
}

/* The list in the sentence before 分别, in the same paragraph; not when
 * the sentence after it has no 分别. */
static void test_list_before(void **state)
{
    (void)state;
    got g;
    run_doc("滁州市重点项目建设情况\n"
            "发布时间：2024-10-15\n"
            "今年以来，全市重点项目开工率达60.5%。来安县、天长市、全椒县表现突出。开工率分别为61.2%、59.4%、58.8%。\n"
            "定远县、凤阳县表现较好。全市开工项目增长5.1%。\n",
            &g);
    const zone_want w[] = {
        {"滁州市", NULL, ZB_KIND_SHARE, 60.5, "%"},
        {"来安县", "开工率", ZB_KIND_SHARE, 61.2, "%"},
        {"天长市", "开工率", ZB_KIND_SHARE, 59.4, "%"},
        {"全椒县", "开工率", ZB_KIND_SHARE, 58.8, "%"},
        {"滁州市", NULL, ZB_KIND_GROWTH, 5.1, "%"},
    };
    EXPECT(g, w);
    free_got(&g);

    /* traditional, after the city they belong to, a second 分别 going on */
    run_doc("滁州市重點項目建設情況\n"
            "發佈時間：2024-10-15\n"
            "滁州市下轄的來安縣、天長市表現突出；開工率分別為61.2%、59.4%，分別增長1.2%、2.3%。\n",
            &g);
    const zone_want w2[] = {
        {"来安县", "开工率", ZB_KIND_SHARE, 61.2, "%"},
        {"天长市", "开工率", ZB_KIND_SHARE, 59.4, "%"},
        {"来安县", NULL, ZB_KIND_GROWTH, 1.2, "%"},
        {"天长市", NULL, ZB_KIND_GROWTH, 2.3, "%"},
    };
    EXPECT(g, w2);
    free_got(&g);
}

/* Counties each before its own figure, no 分别: the county before the
 * figure in its clause, the indicator the sentence's. */
static void test_each_before(void **state)
{
    (void)state;
    got g;
    run_doc("滁州市经济运行\n"
            "发布时间：2024-10-25\n"
            "前三季度，全市规上工业增加值增长8.2%，其中来安县增长9.1%、天长市增长8.8%、全椒县下降1.2%。\n"
            "今年以来，全市重点项目开工率达60.5%，其中，来安县为61.2%、全椒县为58.8%。\n",
            &g);
    const zone_want w[] = {
        {"滁州市", "规上工业增加值", ZB_KIND_GROWTH, 8.2, "%"},
        {"来安县", "规上工业增加值", ZB_KIND_GROWTH, 9.1, "%"},
        {"天长市", "规上工业增加值", ZB_KIND_GROWTH, 8.8, "%"},
        {"全椒县", "规上工业增加值", ZB_KIND_GROWTH, -1.2, "%"},
        {"滁州市", NULL, ZB_KIND_SHARE, 60.5, "%"},
        {"来安县", NULL, ZB_KIND_SHARE, 61.2, "%"},
        {"全椒县", NULL, ZB_KIND_SHARE, 58.8, "%"},
    };
    EXPECT(g, w);
    free_got(&g);

    run_doc("湖南省經濟運行\n"
            "發佈時間：2024-10-25\n"
            "前三季度，全省規模以上工業增加值同比增長5.2%。其中，長沙市增長6.1%，株洲市增長5.8%，湘潭市下降1.2%。\n",
            &g);
    const zone_want w2[] = {
        {"湖南省", "规模以上工业增加值", ZB_KIND_GROWTH, 5.2, "%"},
        {"长沙市", "规模以上工业增加值", ZB_KIND_GROWTH, 6.1, "%"},
        {"株洲市", "规模以上工业增加值", ZB_KIND_GROWTH, 5.8, "%"},
        {"湘潭市", "规模以上工业增加值", ZB_KIND_GROWTH, -1.2, "%"},
    };
    EXPECT(g, w2);
    free_got(&g);
}

/* Bare city names each stating its own change after a province's figure
 * (the paragraph's zone); the topic named before 其中. */
static void test_bare_cities(void **state)
{
    (void)state;
    got g;
    run_doc("经济运行\n"
            "发布时间：2024-10-25\n"
            "湖南省前三季度地区生产总值增长5.2%，其中，长沙增长6.1%，株洲增速为5.8%，湘潭下降1.2%。\n",
            &g);
    const zone_want w[] = {
        {"湖南省", "地区生产总值", ZB_KIND_GROWTH, 5.2, "%"},
        {"长沙市", "地区生产总值", ZB_KIND_GROWTH, 6.1, "%"},
        {"株洲市", "地区生产总值", ZB_KIND_GROWTH, 5.8, "%"},
        {"湘潭市", "地区生产总值", ZB_KIND_GROWTH, -1.2, "%"},
    };
    EXPECT(g, w);
    free_got(&g);

    run_doc("湖南經濟運行\n"
            "發佈時間：2024-10-25\n"
            "前三季度，各市州規模以上工業增加值保持增長，其中，長沙市增長6.1%，株洲市增長5.8%。\n",
            &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.r[0].zone, "长沙市");
    assert_string_equal(g.r[1].zone, "株洲市");
    for (size_t i = 0; i < g.n; i++)
        assert_non_null(strstr(g.r[i].indicator, "规模以上工业增加值"));
    free_got(&g);
}

/* A Macau paper on the 合作区: paragraphs on Macau and on the 合作区
 * (named in full in the headline only) alternate; a city opening a quoted
 * name, as the origin of firms and people, is no zone. */
static void test_macau(void **state)
{
    (void)state;
    got g;
    run_doc("橫琴粵澳深度合作區建設穩步推進\n"
            "發佈時間：2024-11-05\n"
            "澳門特區政府統計暨普查局公布，首三季澳門入境旅客達2,960萬人次，博彩毛收入1,700億澳門元。\n"
            "合作區“澳門新街坊”項目已交付住宅約4,000套，入住率超過六成。落戶合作區的澳門企業47家。\n"
            "澳門首三季本地居民失業率為1.7%。\n",
            &g);
    const zone_want w[] = {
        /* 2,960萬 = 29600000; 1,700億 = 170000000000 MOP */
        {"澳门", "入境旅客", ZB_KIND_COUNT, 29600000, "人次"},
        {"澳门", "博彩毛收入", ZB_KIND_AMOUNT, 170000000000.0, "MOP"},
        {"横琴粤澳深度合作区", NULL, ZB_KIND_COUNT, 4000, "套"},
        {"横琴粤澳深度合作区", "入住率", ZB_KIND_SHARE, 60, "%"},
        {"横琴粤澳深度合作区", NULL, ZB_KIND_COUNT, 47, "家"},
        {"澳门", NULL, ZB_KIND_SHARE, 1.7, "%"},
    };
    EXPECT(g, w);
    free_got(&g);

    /* the paragraph on Macau opened by its source (另據...公佈): every
     * figure of it; the next paragraph on the 合作区 again */
    run_doc("橫琴粵澳深度合作區經濟穩步增長\n"
            "發佈時間：2024-11-05\n"
            "合作區前三季度地區生產總值增長5.1%。\n"
            "另據澳門特區政府統計暨普查局公佈，首三季入境旅客達2,960萬人次。酒店平均入住率達85.2%。\n"
            "合作區新增澳資企業120家。\n",
            &g);
    const zone_want w2[] = {
        {"横琴粤澳深度合作区", NULL, ZB_KIND_GROWTH, 5.1, "%"},
        {"澳门", "入境旅客", ZB_KIND_COUNT, 29600000, "人次"},
        {"澳门", NULL, ZB_KIND_SHARE, 85.2, "%"},
        {"横琴粤澳深度合作区", NULL, ZB_KIND_COUNT, 120, "家"},
    };
    EXPECT(g, w2);
    free_got(&g);
}

/* A project settled in a park (落户, 入驻, 由...引进): the park, not the city the
 * text or paragraph opens with. */
static void test_settled(void **state)
{
    (void)state;
    got g;
    run_doc("衡阳市重大项目建设提速\n"
            "发布时间：2024-10-20\n"
            "衡阳市前三季度新开工项目120个。落户衡阳高新区的新能源汽车零部件项目总投资28亿元，"
            "落户松木经开区的锂电池项目总投资65亿元。\n"
            "入驻雁峰科技园区的企业达45家。\n"
            "其中锂电池正极材料项目由松木经开区引进，总投资65亿元。\n",
            &g);
    const zone_want w[] = {
        {"衡阳市", NULL, ZB_KIND_COUNT, 120, "个"},
        {"衡阳高新区", "新能源汽车零部件项目总投资", ZB_KIND_AMOUNT, 2800000000.0, "CNY"},
        {"松木经开区", "锂电池项目总投资", ZB_KIND_AMOUNT, 6500000000.0, "CNY"},
        {"雁峰科技园区", NULL, ZB_KIND_COUNT, 45, "家"},
        {"松木经开区", NULL, ZB_KIND_AMOUNT, 6500000000.0, "CNY"},
    };
    EXPECT(g, w);
    free_got(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_county_list),
        cmocka_unit_test(test_list_before),
        cmocka_unit_test(test_counted_list),
        cmocka_unit_test(test_each_before),
        cmocka_unit_test(test_bare_cities),
        cmocka_unit_test(test_macau),
        cmocka_unit_test(test_settled),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
