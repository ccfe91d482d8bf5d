/*
 * test_extract_q3.c -- zones (lib/extract_zone.c, the zone functions of
 * lib/extract.c): 分别 over a list of zones of mixed suffixes (市、县), a
 * second 分别 going on with them, 各/均 after a list of zones (one record
 * per zone); a park named in full once and then by a short form (合作区,
 * 横琴合作区, 高新区, 松木经开区) is that park; a city named inside a
 * phrase of a paragraph on a park in it, or as the origin of people and
 * firms (澳门居民, 澳门企业, 来自深圳的项目), is not the figure's zone,
 * while a figure of the city itself (澳门入境旅客) is the city's; a time
 * word before a zone's name (首三季合作区) is no part of it. Simplified
 * and traditional text. Values computed by hand.
 */
#include "zb_test.h"
#include "zhibiao.h"

#include "extract_harness.h"

/* 分别 over 市、市、县 (and 三地 after the list), two lists of figures; 各
 * after 两地: the same figure for each zone; a county named after its city
 * (衡阳县) heading a list of counties. */
static void test_respectively_zones(void **state)
{
    (void)state;
    got g;
    run_doc("衡阳市举行第三季度重大项目集中签约活动\n"
            "发布时间：2024-10-15\n"
            "耒阳市、常宁市、衡南县三地分别签约项目9个、7个、8个，投资额分别为86.3亿元、64.5亿元、71.2亿元。\n"
            "祁东县、祁阳县两地各签约项目5个。\n"
            "今年以来，衡阳县、衡山县、衡东县规模以上工业增加值分别增长6.2%、5.9%、5.8%。\n",
            &g);
    const zone_want w[] = {
        {"耒阳市", NULL, ZB_KIND_COUNT, 9, "个"},
        {"常宁市", NULL, ZB_KIND_COUNT, 7, "个"},
        {"衡南县", NULL, ZB_KIND_COUNT, 8, "个"},
        /* 86.3亿元 = 8630000000 CNY */
        {"耒阳市", "投资额", ZB_KIND_AMOUNT, 8630000000.0, "CNY"},
        {"常宁市", "投资额", ZB_KIND_AMOUNT, 6450000000.0, "CNY"},
        {"衡南县", "投资额", ZB_KIND_AMOUNT, 7120000000.0, "CNY"},
        {"祁东县", NULL, ZB_KIND_COUNT, 5, "个"},
        {"祁阳县", NULL, ZB_KIND_COUNT, 5, "个"},
        {"衡阳县", "规模以上工业增加值", ZB_KIND_GROWTH, 6.2, "%"},
        {"衡山县", "规模以上工业增加值", ZB_KIND_GROWTH, 5.9, "%"},
        {"衡东县", "规模以上工业增加值", ZB_KIND_GROWTH, 5.8, "%"},
    };
    check_zone_records(&g, w, sizeof w / sizeof w[0]);
    free_got(&g);

    /* districts of two suffixes with 和, 均 */
    run_doc("合肥市经济运行情况\n"
            "发布时间：2024-10-25\n"
            "长丰县、肥西县分别增长8.1%、7.4%。蜀山区和包河区均增长5.2%。\n",
            &g);
    const zone_want w2[] = {
        {"长丰县", NULL, ZB_KIND_GROWTH, 8.1, "%"},
        {"肥西县", NULL, ZB_KIND_GROWTH, 7.4, "%"},
        {"蜀山区", NULL, ZB_KIND_GROWTH, 5.2, "%"},
        {"包河区", NULL, ZB_KIND_GROWTH, 5.2, "%"},
    };
    check_zone_records(&g, w2, sizeof w2 / sizeof w2[0]);
    free_got(&g);

    /* cities of the table summed up (三市: no part of a name), towns of
     * two suffixes */
    run_doc("湖南省经济运行\n"
            "发布时间：2024-10-25\n"
            "长沙、株洲、湘潭三市地区生产总值分别增长5.1%、4.8%、4.6%。\n"
            "大瑶镇、官渡镇、永和乡分别新增市场主体320户、210户、150户。\n",
            &g);
    const zone_want w3[] = {
        {"长沙市", NULL, ZB_KIND_GROWTH, 5.1, "%"},
        {"株洲市", NULL, ZB_KIND_GROWTH, 4.8, "%"},
        {"湘潭市", NULL, ZB_KIND_GROWTH, 4.6, "%"},
        {"大瑶镇", "新增市场主体", ZB_KIND_COUNT, 320, "户"},
        {"官渡镇", "新增市场主体", ZB_KIND_COUNT, 210, "户"},
        {"永和乡", "新增市场主体", ZB_KIND_COUNT, 150, "户"},
    };
    check_zone_records(&g, w3, sizeof w3 / sizeof w3[0]);
    free_got(&g);

    /* 各类 after a list is no 各 of each zone: one record */
    run_doc("发布时间：2024-10-25\n"
            "长丰县、肥西县各类市场主体新增1200户。\n",
            &g);
    assert_int_equal(g.n, 1);
    free_got(&g);
}

/* A park in full, then by its short forms; a city inside a phrase of a
 * paragraph on the park. */
static void test_short_forms(void **state)
{
    (void)state;
    got g;
    run_doc("衡阳松木经济开发区前三季度主要经济指标增长\n"
            "发布时间：2024-10-20\n"
            "衡阳松木经济开发区前三季度完成规模以上工业总产值312.5亿元。\n"
            "松木经开区新签约项目12个，其中湖南衡阳市某新材料项目总投资65亿元。\n",
            &g);
    const zone_want w[] = {
        /* 312.5亿元 = 31250000000 CNY */
        {"衡阳松木经济开发区", NULL, ZB_KIND_AMOUNT, 31250000000.0, "CNY"},
        {"衡阳松木经济开发区", NULL, ZB_KIND_COUNT, 12, "个"},
        {"衡阳松木经济开发区", NULL, ZB_KIND_AMOUNT, 6500000000.0, "CNY"},
    };
    check_zone_records(&g, w, sizeof w / sizeof w[0]);
    free_got(&g);

    /* 高新区 after a paragraph opened by 合肥高新区, in a text on the city */
    run_doc("合肥市前三季度经济运行情况\n"
            "发布时间：2024-10-25\n"
            "前三季度，合肥市地区生产总值9591.6亿元。\n"
            "合肥高新区前三季度实现规上工业产值1520亿元。高新区新增高新技术企业320家。\n",
            &g);
    const zone_want w2[] = {
        {"合肥市", NULL, ZB_KIND_AMOUNT, 959160000000.0, "CNY"},
        {"合肥高新区", NULL, ZB_KIND_AMOUNT, 152000000000.0, "CNY"},
        {"合肥高新区", NULL, ZB_KIND_COUNT, 320, "家"},
    };
    check_zone_records(&g, w2, sizeof w2 / sizeof w2[0]);
    free_got(&g);

    /* a park named after its city and 市: the park (as learned, else as
     * written after 市) */
    run_doc("衡阳松木经济开发区主要经济指标增长\n"
            "发布时间：2024-10-20\n"
            "10月，某新材料项目正式落户衡阳市松木经济开发区，总投资65亿元。\n",
            &g);
    const zone_want w4[] = {{"衡阳松木经济开发区", "总投资", ZB_KIND_AMOUNT, 6500000000.0, "CNY"}};
    check_zone_records(&g, w4, 1);
    free_got(&g);
    run_doc("发布时间：2024-10-20\n"
            "某新材料项目正式落户衡阳市松木经济开发区，总投资65亿元。\n",
            &g);
    const zone_want w5[] = {{"松木经济开发区", "总投资", ZB_KIND_AMOUNT, 6500000000.0, "CNY"}};
    check_zone_records(&g, w5, 1);
    free_got(&g);

    /* a city as where a project comes from, in a paragraph on a park */
    run_doc("发布时间：2024-10-25\n"
            "包头高新区前三季度新签约项目36个，其中来自深圳市的项目12个。\n",
            &g);
    const zone_want w3[] = {
        {"包头高新区", NULL, ZB_KIND_COUNT, 36, "个"},
        {"包头高新区", NULL, ZB_KIND_COUNT, 12, "个"},
    };
    check_zone_records(&g, w3, sizeof w3 / sizeof w3[0]);
    free_got(&g);
}

/* Macau as the origin of residents and firms in a text on the 合作区, and
 * as the zone of its own figures; traditional characters; 首三季 before
 * 合作區. */
static void test_origin(void **state)
{
    (void)state;
    got g;
    run_doc("橫琴粵澳深度合作區首三季經濟數據公佈\n"
            "發佈時間：2024-11-05\n"
            "首三季合作區實現地區生產總值356.2億元。\n"
            "截至9月底，在合作區生活居住的澳門居民達18,640人，澳門企業6,128家。\n"
            "橫琴合作區新設澳資企業487家。\n"
            "同期，澳門入境旅客達2,960萬人次。\n",
            &g);
    const zone_want w[] = {
        {"横琴粤澳深度合作区", NULL, ZB_KIND_AMOUNT, 35620000000.0, "CNY"},
        {"横琴粤澳深度合作区", NULL, ZB_KIND_COUNT, 18640, "人"},
        {"横琴粤澳深度合作区", NULL, ZB_KIND_COUNT, 6128, "家"},
        {"横琴粤澳深度合作区", NULL, ZB_KIND_COUNT, 487, "家"},
        /* 2,960萬 = 29600000 */
        {"澳门", "入境旅客", ZB_KIND_COUNT, 29600000, "人次"},
    };
    check_zone_records(&g, w, sizeof w / sizeof w[0]);
    free_got(&g);

    /* the same in simplified characters, the zone learned from the body */
    run_doc("发布时间：2024-11-05\n"
            "今年前三季度，横琴粤澳深度合作区实现地区生产总值356.2亿元。合作区内澳门居民达18640人。\n"
            "澳门入境旅客达2960万人次。同期澳门入境旅客增长28%。\n",
            &g);
    const zone_want w2[] = {
        {"横琴粤澳深度合作区", NULL, ZB_KIND_AMOUNT, 35620000000.0, "CNY"},
        {"横琴粤澳深度合作区", NULL, ZB_KIND_COUNT, 18640, "人"},
        {"澳门", NULL, ZB_KIND_COUNT, 29600000, "人次"},
        /* (inside a phrase, but not the city the zone is named after) */
        {"澳门", NULL, ZB_KIND_GROWTH, 28, "%"},
    };
    check_zone_records(&g, w2, sizeof w2 / sizeof w2[0]);
    free_got(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_respectively_zones),
        cmocka_unit_test(test_short_forms),
        cmocka_unit_test(test_origin),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
