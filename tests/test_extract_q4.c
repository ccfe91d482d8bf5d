/*
 * test_extract_q4.c -- four shapes of unseen news the extractor misread:
 *
 *   - items of a WeChat post opened by a bullet symbol (▶ ● ■ ◆ ★ ✅ 📌 ✔
 *     ➤), often with full-width digits: an item stating a figure in a
 *     clause is text (the bullet no part of its indicator); menus, link
 *     lists and footers behind a link list's bullets (· ● ▶) stay noise,
 *     a heading behind another symbol is a heading;
 *   - tenths in words (两成 20 %, 一成半 15 %, 近三成, 超过六成) and
 *     fractions of a whole (约占全市的四分之一: share, approx, named
 *     <part>占<whole>比重), simplified and traditional;
 *   - status: a list of this year's projects drawn up (共安排, 列入) is a
 *     result, a plan of new ones (计划新开工) and a list after "主要目标是:"
 *     (each of its ;-sentences, or ;-lines under a heading of targets)
 *     are targets, the share of a plan done a result;
 *   - a threshold inside a counted thing's noun phrase, joined by 的
 *     (投资额超过10亿元的项目18个, 单体投资10-15亿元的项目6个): one record,
 *     the count.
 *
 * Each row is a document: a publication line then the text; values are
 * computed by hand where they convert.
 */
#include "zb_test.h"
#include "zhibiao.h"

#include "extract_harness.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct row {
    const char *pub;  /* publication line */
    const char *text; /* the text */
    int n;            /* records wanted in all (0: page noise, nothing below) */
    int idx;          /* which record */
    const char *want; /* "kind value unit bound status period" (value as %.15g) */
    const char *ind;  /* substring the indicator must contain */
} row;

#define P24 "2024-07-11 13:27 来源:某某网\n"
#define P24M "2024-03-11 13:27 来源:某某网\n"

static const row ROWS[] = {
    /* ---- bullets of a WeChat post: items with a figure in a clause */
    {P24, "▶ 上半年新增科技型中小企业６１５家，新认定专精特新“小巨人”企业１２家；", 2, 0, "count 615 家 eq actual 2024-H1", "科技型中小企业"},
    {P24, "▶ 上半年新增科技型中小企业６１５家，新认定专精特新“小巨人”企业１２家；", 2, 1, "count 12 家 eq actual 2024-H1", "小巨人"},
    {P24, "● 上半年全区高新技术产业产值完成３２０亿元，同比增长１２.５%。", 2, 0, "amount 32000000000 CNY eq actual 2024-H1", "高新技术产业产值"},
    {P24, "■ 上半年引进高层次人才１５６名，其中博士４２名；", 2, 0, "count 156 名 eq actual 2024-H1", "高层次人才"},
    {P24, "✅ 上半年技术合同成交额达２８.６亿元，增长１５%；", 2, 0, "amount 2860000000 CNY eq actual 2024-H1", "技术合同成交额"},
    {P24, "📌 上半年全市新增市场主体２.３万户，其中企业８６００户；", 2, 0, "count 23000 户 eq actual 2024-H1", "市场主体"},
    {P24, "✔️ 上半年完成固定资产投资１２０亿元，增长６.２%；", 2, 0, "amount 12000000000 CNY eq actual 2024-H1", "固定资产投资"},
    {P24, "★ 上半年全區高新技術企業達到１２０５家，同比增長１５%；", 2, 0, "count 1205 家 eq actual 2024-H1", "高新技术企业"},
    {P24, "➤ 上半年實現進出口總額３２０億元，增長８.２%；", 2, 0, "amount 32000000000 CNY eq actual 2024-H1", "进出口总额"},
    {P24, "◆ 上半年，全市规上工业增加值同比增长８.６%，高于全省１.２个百分点", 2, 1, "pp 1.2 pp eq actual 2024-H1", "规上工业增加值"},
    {P24, "1️⃣ 上半年新增高新技术企业１２０家，增长８%；", 2, 0, "count 120 家 eq actual 2024-H1", "高新技术企业"},
    {P24, "🔸上半年技术合同成交额２８.６亿元，增长１５%；", 2, 0, "amount 2860000000 CNY eq actual 2024-H1", "技术合同成交额"},
    /* ... the same bullets on menus, link lists, follow-us lines and
     * headlines of other articles (no clause, or no figure): page noise */
    {P24, "▶ 点击查看更多往期精彩内容\n★ 首页 | 新闻 | 政务公开\n📌 往期回顾\n✅ 关注我们，获取更多资讯", 0, 0, NULL, NULL},
    {P24, "热点推荐\n▶ 常州2023年新增就业3.2万人\n● 全市GDP增长5.5%\n· 我市召开2024年经济工作会议", 0, 0, NULL, NULL},
    /* ... a heading behind another symbol is a heading (its section's mood) */
    {P24M, "★ 2024年主要目标\n🔹 地区生产总值增长6%左右；\n城镇新增就业不少于3.5万人；", 2, 0, "growth 6 % approx target 2024", "地区生产总值"},
    {P24, "◆ 更多精彩 ◆\n● 长按识别二维码关注\n✔ 来源：某某发布", 0, 0, NULL, NULL},
    /* ---- tenths and fractions in words */
    {P24, "上半年,全市民营企业贡献了一成半的税收。", 1, 0, "share 15 % eq actual 2024-H1", "民营企业"},
    {P24, "上半年,全市新能源汽车产量同比增长两成。", 1, 0, "growth 20 % eq actual 2024-H1", "新能源汽车产量"},
    {P24, "上半年,全市新能源汽车产量同比增长一成半。", 1, 0, "growth 15 % eq actual 2024-H1", "新能源汽车产量"},
    {P24, "上半年,兩成半企業實現增長。", 1, 0, "share 25 % eq actual 2024-H1", "企业"},
    {P24, "上半年,近三成企业扩大了投资。", 1, 0, "share 30 % lt actual 2024-H1", ""},
    {P24, "上半年,超过六成的企业营业收入实现增长。", 1, 0, "share 60 % gt actual 2024-H1", "企业"},
    {P24, "上半年,全区进出口总额１２００亿元,约占全市的四分之一。", 2, 1, "share 25 % approx actual 2024-H1", "进出口总额占全市比重"},
    {P24, "上半年,全區進出口總額約佔全市的四分之一。", 1, 0, "share 25 % approx actual 2024-H1", "进出口总额占全市比重"},
    {P24, "上半年,全区进出口总额大约占全市的25%。", 1, 0, "share 25 % approx actual 2024-H1", "进出口总额占全市比重"},
    {P24, "上半年,全区进出口总额占全市比重达25.3%。", 1, 0, "share 25.3 % eq actual 2024-H1", "进出口总额占全市比重"},
    {P24, "上半年,全市服务业增加值占GDP的三分之一。", 1, 0, "share 33.3333333333333 % eq actual 2024-H1", "服务业增加值占GDP比重"},
    {P24, "上半年,全市工业投资同比增长12.5%,比一季度加快1.2个百分点。", 2, 1, "pp 1.2 pp eq actual 2024-H1", "工业投资"},
    /* ---- status: a list drawn up, a plan, a list of targets */
    {P24M, "今年,全市共安排重点项目1126个,总投资8635.2亿元,年度计划投资1520亿元。", 3, 0, "count 1126 个 eq actual 2024", "安排重点项目"},
    {P24M, "今年,全市共安排重点项目1126个,总投资8635.2亿元,年度计划投资1520亿元。", 3, 1, "amount 863520000000 CNY eq actual 2024", "总投资"},
    {P24M, "今年,全市共安排重点项目1126个,总投资8635.2亿元,年度计划投资1520亿元。", 3, 2, "amount 152000000000 CNY eq target 2024", "计划投资"},
    {P24M, "今年全市列入省重大项目32个。", 1, 0, "count 32 个 eq actual 2024", "省重大项目"},
    {P24M, "全年计划新开工项目486个。", 1, 0, "count 486 个 eq target 2024", "新开工项目"},
    {P24M, "今年全市计划实施重点项目300个。", 1, 0, "count 300 个 eq target 2024", "重点项目"},
    {P24M, "今年的主要目标是:地区生产总值增长6%左右;城镇新增就业不少于3.5万人;居民人均可支配收入增长6%。", 3, 1, "count 35000 人 ge target 2024", "城镇新增就业"},
    {P24M, "今年的主要目标是:地区生产总值增长6%左右;城镇新增就业不少于3.5万人;居民人均可支配收入增长6%。", 3, 2, "growth 6 % eq target 2024", "居民人均可支配收入"},
    {P24M, "今年的目标任务:城镇新增就业不少于3.5万人;新增市场主体2万户。", 2, 0, "count 35000 人 ge target 2024", "城镇新增就业"},
    {P24M, "今年的目标任务:城镇新增就业不少于3.5万人;新增市场主体2万户。", 2, 1, "count 20000 户 eq target 2024", "市场主体"},
    {P24M, "今年主要目標：城鎮新增就業不少於3.5萬人；新增市場主體2萬戶。", 2, 1, "count 20000 户 eq target 2024", "市场主体"},
    /* ... one item a line, each ending in ; (no heading of its own) */
    {P24M, "二、今年主要预期目标\n地区生产总值增长6%左右；\n城镇新增就业不少于3.5万人；\n一般公共预算收入增长5%。", 3, 1, "count 35000 人 ge target 2024", "城镇新增就业"},
    {P24M, "二、今年主要预期目标\n地区生产总值增长6%左右；\n城镇新增就业不少于3.5万人；\n一般公共预算收入增长5%。", 3, 2, "growth 5 % eq target 2024", "一般公共预算收入"},
    {P24M, "1-2月,全市重点项目完成投资210亿元,完成年度计划的13.8%。", 2, 1, "share 13.8 % eq actual 2024-01/2024-02", "计划完成率"},
    /* ---- a threshold inside the counted thing's phrase */
    {P24, "上半年,全市新签约单体投资10-15亿元的项目6个,投资额超过10亿元的项目18个。", 2, 0, "count 6 个 eq actual 2024-H1", "10-15亿元的项目"},
    {P24, "上半年,全市新签约单体投资10-15亿元的项目6个,投资额超过10亿元的项目18个。", 2, 1, "count 18 个 eq actual 2024-H1", "超过10亿元的项目"},
    {P24, "上半年,全市新开工总投资5亿元以上的项目23个。", 1, 0, "count 23 个 eq actual 2024-H1", "5亿元以上的项目"},
    {P24, "上半年,全市完成投资超过10亿元,新增项目18个。", 2, 0, "amount 1000000000 CNY gt actual 2024-H1", "投资"},
    {P24, "上半年,全区地区生产总值增速居各县市区和园区首位。", 1, 0, "rank 1 rank eq actual 2024-H1", "地区生产总值增速"},
};

/* The record as one line: kind, value, unit, bound, status, period. */
static void describe(const zb_record *r, char *out, size_t cap)
{
    snprintf(out, cap, "%s %.15g %s %s %s %s", zb_kind_name(r->kind), r->value, r->unit,
             zb_bound_name(r->bound), zb_status_name(r->status), r->period ? r->period : "null");
}

/* Does the row hold? Prints what differs. The indicator must hold the
 * row's words and open with no bullet (a Han character: lead byte E4-E9,
 * or ASCII). */
static int check_row(size_t i, const row *w)
{
    char doc[2048], line[256];
    got g;
    int ok;
    snprintf(doc, sizeof doc, "%s%s\n", w->pub, w->text);
    run_doc(doc, &g);
    if (g.n != (size_t)w->n || (size_t)w->idx >= g.n) {
        if (g.n != (size_t)w->n)
            print_error("row %zu (%s): %zu records, wanted %d\n", i, w->text, g.n, w->n);
        free_got(&g);
        return g.n == (size_t)w->n; /* (a row of none) */
    }
    const zb_record *r = &g.r[w->idx];
    unsigned char c0 = (unsigned char)r->indicator[0];
    describe(r, line, sizeof line);
    ok = strcmp(line, w->want) == 0 && strstr(r->indicator, w->ind) && (c0 < 0x80 || (c0 >= 0xE4 && c0 <= 0xE9));
    if (!ok)
        print_error("row %zu (%s): got [%s] '%s', wanted [%s] '%s'\n", i, w->text, line, r->indicator,
                    w->want, w->ind);
    free_got(&g);
    return ok != 0;
}

/* Every row holds (each one that does not is printed). */
static void test_rows(void **state)
{
    size_t n = sizeof ROWS / sizeof ROWS[0], good = 0;
    (void)state;
    for (size_t i = 0; i < n; i++)
        good += (size_t)check_row(i, &ROWS[i]);
    assert_int_equal(good, n);
}

/* zb_numeral_parse reads 一成半 as a percent; a bare 三成 stays the digit
 * (成 also starts words: 三成为, the extractor decides). */
static void test_tenths(void **state)
{
    zb_numeral n;
    (void)state;
    assert_int_equal(zb_numeral_parse("一成半的税收", strlen("一成半的税收"), &n), strlen("一成半"));
    assert_true(fabs(n.value - 15) < 1e-12);
    assert_true(n.form & ZB_NUMERAL_PERCENT);
    assert_int_equal(zb_numeral_parse("两成半", strlen("两成半"), &n), strlen("两成半"));
    assert_true(fabs(n.value - 25) < 1e-12);
    assert_int_equal(zb_numeral_parse("三成企业", strlen("三成企业"), &n), strlen("三"));
    assert_true(fabs(n.value - 3) < 1e-12);
    assert_false(n.form & ZB_NUMERAL_PERCENT);
    /* cut before 半: no read past the end */
    assert_int_equal(zb_numeral_parse("一成半", strlen("一成"), &n), strlen("一"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_tenths),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
