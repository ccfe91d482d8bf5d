/*
 * test_extract_z1.c -- zones (lib/extract_zone.c): a zone introduced with
 * its short name in brackets (以下简称, 简称, 下称, or the bare short name)
 * and then named by it is the zone of the full name; so are the regular
 * short forms of zone suffixes (综保区, 经开区, 高新区, 自贸试验区, 自贸区,
 * 合作区) of a full name read before, bracketed or not; a zone inside a
 * zone named right after it (合肥经济技术开发区综合保税区) is one name;
 * 中国(安徽)自由贸易试验区, the province in brackets, is one name, not the
 * province, and so is an area of it (…合肥片区). Simplified and traditional text. Values computed by hand.
 */
#include "zb_test.h"
#include <string.h>
#include "zhibiao.h"

#include "extract_harness.h"

/* 以下简称, 简称, 下称 and a bare short name in brackets, in a sentence
 * without a figure; then the short name with figures. */
static void test_bracketed_short_name(void **state)
{
    (void)state;
    got g;
    run_doc("发布时间：2024-02-01\n"
            "重庆西永综合保税区（以下简称西永综保区）是全国首批综合保税区之一。2023年，西永综保区实现进出口总额3200亿元，同比增长5.2%。\n"
            "深港科技创新合作区深圳园区（河套深圳园区）位于福田区。今年以来，河套深圳园区新增企业120家。\n"
            "据统计，武汉东湖新技术开发区（下称东湖高新区）去年地区生产总值为2600亿元。\n"
            "中国（上海）自由贸易试验区临港新片区（以下简称“临港新片区”）成立于2019年。临港新片区规上工业总产值增长20%。\n"
            /* (the full name after verbs: from the short name's stem) */
            "我市积极推进前海深港现代服务业合作区（以下简称前海合作区）建设。前海合作区实现增加值1200亿元。\n",
            &g);
    const zone_want w[] = {
        /* 3200亿元 = 320000000000 CNY */
        {"重庆西永综合保税区", "进出口总额", ZB_KIND_AMOUNT, 320000000000.0, "CNY"},
        {"重庆西永综合保税区", NULL, ZB_KIND_GROWTH, 5.2, "%"},
        {"深港科技创新合作区深圳园区", "新增企业", ZB_KIND_COUNT, 120, "家"},
        /* 2600亿元 = 260000000000 CNY */
        {"武汉东湖新技术开发区", "地区生产总值", ZB_KIND_AMOUNT, 260000000000.0, "CNY"},
        {"中国(上海)自由贸易试验区临港新片区", "规上工业总产值", ZB_KIND_GROWTH, 20, "%"},
        /* 1200亿元 = 120000000000 CNY */
        {"前海深港现代服务业合作区", "增加值", ZB_KIND_AMOUNT, 120000000000.0, "CNY"},
    };
    check_zone_records(&g, w, sizeof w / sizeof w[0]);
    free_got(&g);

    /* traditional: 以下簡稱, 簡稱; the short name in the title first */
    run_doc("西永綜保區前三季度進出口額同比增長12%\n"
            "發布時間：2024-02-01\n"
            "重慶西永綜合保稅區（以下簡稱西永綜保區）是全國首批綜合保稅區之一。2023年，西永綜保區實現進出口總額3200億元。\n"
            "前海深港現代服務業合作區（簡稱前海合作區）位於深圳。前海合作區實際使用外資58億美元。\n",
            &g);
    const zone_want w2[] = {
        {"重庆西永综合保税区", "进出口额", ZB_KIND_GROWTH, 12, "%"},
        {"重庆西永综合保税区", "进出口总额", ZB_KIND_AMOUNT, 320000000000.0, "CNY"},
        /* 58亿美元 = 5800000000 USD */
        {"前海深港现代服务业合作区", "实际使用外资", ZB_KIND_AMOUNT, 5800000000.0, "USD"},
    };
    check_zone_records(&g, w2, sizeof w2 / sizeof w2[0]);
    free_got(&g);
}

/* The regular short form of a full name read before, without brackets. */
static void test_regular_short_form(void **state)
{
    (void)state;
    got g;
    run_doc("发布时间：2024-07-20\n"
            "今年以来，前海深港现代服务业合作区经济稳步增长。1-6月，前海合作区实现增加值1200亿元。\n"
            "上半年，重庆西永综合保税区发展良好。西永综保区进出口总额1600亿元。\n"
            "在横琴粤澳深度合作区，今年横琴合作区实现税收收入100亿元。\n",
            &g);
    const zone_want w[] = {
        /* 1200亿元 = 120000000000 CNY */
        {"前海深港现代服务业合作区", "增加值", ZB_KIND_AMOUNT, 120000000000.0, "CNY"},
        /* 1600亿元 = 160000000000 CNY */
        {"重庆西永综合保税区", "进出口总额", ZB_KIND_AMOUNT, 160000000000.0, "CNY"},
        /* (深度: no time word) 100亿元 = 10000000000 CNY */
        {"横琴粤澳深度合作区", "税收收入", ZB_KIND_AMOUNT, 10000000000.0, "CNY"},
    };
    check_zone_records(&g, w, sizeof w / sizeof w[0]);
    free_got(&g);

    run_doc("發布時間：2024-07-20\n"
            "今年以來，前海深港現代服務業合作區經濟穩步增長。1-6月，前海合作區實現增加值1200億元。\n",
            &g);
    const zone_want w2[] = {
        {"前海深港现代服务业合作区", "增加值", ZB_KIND_AMOUNT, 120000000000.0, "CNY"},
    };
    check_zone_records(&g, w2, sizeof w2 / sizeof w2[0]);
    free_got(&g);
}

/* A zone inside a zone, named right after it: one name. */
static void test_zone_in_zone(void **state)
{
    (void)state;
    got g;
    run_doc("发布时间：2024-01-20\n"
            "合肥经济技术开发区综合保税区进出口542.3亿元，同比增长12.5%。\n"
            "郑州经济技术开发区综合保税区上半年进出口额300亿元。\n",
            &g);
    const zone_want w[] = {
        /* 542.3亿元 = 54230000000 CNY */
        {"合肥经济技术开发区综合保税区", "进出口", ZB_KIND_AMOUNT, 54230000000.0, "CNY"},
        {"合肥经济技术开发区综合保税区", NULL, ZB_KIND_GROWTH, 12.5, "%"},
        /* 300亿元 = 30000000000 CNY */
        {"郑州经济技术开发区综合保税区", "进出口额", ZB_KIND_AMOUNT, 30000000000.0, "CNY"},
    };
    check_zone_records(&g, w, sizeof w / sizeof w[0]);
    free_got(&g);

    run_doc("發布時間：2024-01-20\n"
            "合肥經濟技術開發區綜合保稅區進出口542.3億元。\n",
            &g);
    const zone_want w2[] = {
        {"合肥经济技术开发区综合保税区", "进出口", ZB_KIND_AMOUNT, 54230000000.0, "CNY"},
    };
    check_zone_records(&g, w2, sizeof w2 / sizeof w2[0]);
    free_got(&g);
}

/* 中国(安徽)自由贸易试验区: one name; its short forms (中国(安徽)自贸试验区,
 * 安徽自贸区, 自贸试验区 alone) stand for it. */
static void test_pilot_free_trade_zone(void **state)
{
    (void)state;
    got g;
    run_doc("发布时间：2024-02-10\n"
            "中国（安徽）自由贸易试验区2023年进出口总额1200亿元，增长10.2%。\n"
            "中国（安徽）自贸试验区新设企业8000家。安徽自贸区实际使用外资5亿美元。\n",
            &g);
    const zone_want w[] = {
        /* 1200亿元 = 120000000000 CNY */
        {"中国(安徽)自由贸易试验区", "进出口总额", ZB_KIND_AMOUNT, 120000000000.0, "CNY"},
        {"中国(安徽)自由贸易试验区", NULL, ZB_KIND_GROWTH, 10.2, "%"},
        {"中国(安徽)自由贸易试验区", "新设企业", ZB_KIND_COUNT, 8000, "家"},
        /* 5亿美元 = 500000000 USD */
        {"中国(安徽)自由贸易试验区", "实际使用外资", ZB_KIND_AMOUNT, 500000000.0, "USD"},
    };
    check_zone_records(&g, w, sizeof w / sizeof w[0]);
    free_got(&g);

    run_doc("發布時間：2024-02-10\n"
            "中國（廣東）自由貿易試驗區2023年新設企業8000家。廣東自貿區進出口增長10%。\n"
            /* an area of it (片区): one name, alone and after the zone's other names */
            "中國（廣東）自由貿易試驗區前海蛇口片區實際使用外資30億美元。前海蛇口片區稅收增長8%。"
            "廣東自貿試驗區前海蛇口片區新設企業3000家。\n",
            &g);
    const zone_want w2[] = {
        {"中国(广东)自由贸易试验区", "新设企业", ZB_KIND_COUNT, 8000, "家"},
        {"中国(广东)自由贸易试验区", "进出口", ZB_KIND_GROWTH, 10, "%"},
        /* 30亿美元 = 3000000000 USD */
        {"中国(广东)自由贸易试验区前海蛇口片区", "实际使用外资", ZB_KIND_AMOUNT, 3000000000.0, "USD"},
        {"中国(广东)自由贸易试验区前海蛇口片区", "税收", ZB_KIND_GROWTH, 8, "%"},
        {"中国(广东)自由贸易试验区前海蛇口片区", "新设企业", ZB_KIND_COUNT, 3000, "家"},
    };
    check_zone_records(&g, w2, sizeof w2 / sizeof w2[0]);
    free_got(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bracketed_short_name),
        cmocka_unit_test(test_regular_short_form),
        cmocka_unit_test(test_zone_in_zone),
        cmocka_unit_test(test_pilot_free_trade_zone),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
