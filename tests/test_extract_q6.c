/*
 * test_extract_q6.c -- four shapes of unseen news the extractor misread:
 *
 *   - indicators with words of outlook: 可达, 有望达到, 预计 and a clause of
 *     when (投产后, 全部达产后) name nothing measured (年产值, not
 *     投产后预计年产值可); 该项目 is the project named before; 重点项目 is
 *     a noun (重点 no adverb there);
 *   - indicators of a subject and a verb phrase: the pp a part adds to
 *     the whole's growth (<part>拉动<whole>增长), a pp of a property
 *     compared (<subject>增速比一季度加快), a count of things named by
 *     what they did (增加值增长的行业, 未开工项目), a 、-list closed by a
 *     sum word (三大领域) before 分别 and what follows it (签约项目);
 *   - status: a list of this year's projects drawn up (共安排) is a result
 *     in a text or paragraph of plans too, and when a word of intention
 *     is another clause's; a colon after 目标 later in a paragraph opens a
 *     list of targets (its ;-sentences too);
 *   - periods in a framed report (a 上半年 bulletin in July): a 今年 lead
 *     paragraph under a headline naming the year (2025年上半年...) keeps
 *     the headline's half; 截至目前 after a figure of the frame is the
 *     publication month, 截至6月底 a stock at June; the share of a plan
 *     done going on from a clause dated 首三季 is of that interval.
 *
 * Each row is a document: a publication line then the text; values are
 * computed by hand where they convert.
 */
#include "zb_test.h"
#include "zhibiao.h"

#include "extract_harness.h"

#include <stdio.h>
#include <string.h>

typedef struct row {
    const char *pub;  /* publication line */
    const char *text; /* the text */
    int idx;          /* which record */
    const char *want; /* "kind value unit bound status period" (value as %.15g) */
    const char *ind;  /* the indicator, exactly */
} row;

#define P25 "2025-07-20 10:00 来源:某某网\n"
#define P25M "2025-05-10 10:00 来源:某某网\n"
#define P25O "2025-10-28 10:00 来源:某某网\n"
/* a bulletin on the first half: headline with the year, a 今年 lead */
#define H1 "2025年上半年全市工业经济运行情况通报\n发布时间：2025-07-15 来源：市工信局\n今年，全市工业经济保持平稳增长。\n"
#define H1T "2025年上半年全市工業經濟運行情況通報\n發佈時間：2025-07-15 來源：市工信局\n今年，全市工業經濟保持平穩增長。\n"

/* ---- outlook words and a clause of when */
static const row OUTLOOK[] = {
    {P25, "该锂电池正极材料一体化项目总投资80亿元，该项目投产后预计年产值可达120亿元。", 1, "amount 12000000000 CNY eq estimate null", "锂电池正极材料一体化项目年产值"},
    {P25, "锂电池正极材料一体化项目总投资80亿元。該項目投產後預計年產值可達120億元。", 1, "amount 12000000000 CNY eq estimate null", "锂电池正极材料一体化项目年产值"},
    {P25, "项目全部达产后预计年产值可达80亿元。", 0, "amount 8000000000 CNY eq estimate null", "项目年产值"},
    {P25, "项目建成后年产值有望达到50亿元。", 0, "amount 5000000000 CNY eq estimate null", "项目年产值"},
    {P25, "全年重点项目累计完成投资可达1500亿元左右。", 0, "amount 150000000000 CNY approx actual 2025", "重点项目完成投资"},
    {P25, "全年重點項目累計完成投資可達1500億元左右。", 0, "amount 150000000000 CNY approx actual 2025", "重点项目完成投资"},
    {P25, "项目达产后可实现年产值30亿元、年利税5亿元。", 0, "amount 3000000000 CNY eq actual 2025-07", "项目年产值"},
    {P25, "项目建成后，预计可实现年销售收入20亿元。", 0, "amount 2000000000 CNY eq estimate null", "年销售收入"},
};

/* ---- a subject and a verb phrase */
static const row VERB_PHRASES[] = {
    {P25, "上半年，41個工業行業大類中有28個行業增加值實現增長。", 0, "count 41 个 eq actual 2025-H1", "工业行业大类"},
    {P25, "上半年，有色金属冶炼和压延加工业增长18.3%，拉动全市规上工业增长2.9个百分点。", 1, "pp 2.9 pp eq actual 2025-H1", "有色金属冶炼和压延加工业拉动规上工业增长"},
    {P25, "上半年，有色金屬冶煉和壓延加工業增長18.3%，拉動全市規上工業增長2.9個百分點。", 1, "pp 2.9 pp eq actual 2025-H1", "有色金属冶炼和压延加工业拉动规上工业增长"},
    {P25, "上半年，全市规上工业增加值增长6.1%，增速比一季度加快1.2个百分点。", 1, "pp 1.2 pp eq actual 2025-H1", "规上工业增加值增速比一季度加快"},
    {P25, "上半年，全市固定资产投资增长3.2%，增幅较一季度回落0.8个百分点。", 1, "pp -0.8 pp eq actual 2025-H1", "固定资产投资增幅较一季度回落"},
    {P25, "上半年，41个工业行业大类中有28个行业增加值保持增长。", 1, "count 28 个 eq actual 2025-H1", "增加值增长的行业"},
    {P25, "上半年，全市35个工业行业中有22个行业产值同比增长。", 1, "count 22 个 eq actual 2025-H1", "产值增长的行业"},
    {P25, "仍有17个项目因用地指标未落实尚未开工。", 0, "count 17 个 eq actual 2025-07", "未开工项目"},
    {P25, "仍有17個項目因用地指標未落實尚未開工。", 0, "count 17 个 eq actual 2025-07", "未开工项目"},
    {P25, "全市还有5个项目尚未竣工。", 0, "count 5 个 eq actual 2025-07", "未竣工项目"},
    {P25, "上半年，先进装备制造、新材料、电子信息三大领域分别签约项目12个、11个、9个。", 0, "count 12 个 eq actual 2025-H1", "先进装备制造签约项目"},
    {P25, "上半年，先进装备制造、新材料、电子信息三大领域分别签约项目12个、11个、9个。", 2, "count 9 个 eq actual 2025-H1", "电子信息签约项目"},
    {P25, "上半年，先進裝備製造、新材料、電子信息三大領域分別簽約項目12個、11個、9個。", 1, "count 11 个 eq actual 2025-H1", "新材料签约项目"},
    {P25, "上半年，国有控股企业、股份制企业、外商投资企业增加值分别增长4.2%、8.6%和7.3%。", 2, "growth 7.3 % eq actual 2025-H1", "外商投资企业增加值"},
    {P25, "上半年，汽车制造业增长12.1%，带动全市规上工业增长1.5个百分点。", 1, "pp 1.5 pp eq actual 2025-H1", "汽车制造业带动规上工业增长"},
    {P25, "上半年，高技术制造业增长12.1%，拉动增长2.9个百分点。", 1, "pp 2.9 pp eq actual 2025-H1", "高技术制造业拉动增长"},
    {P25, "上半年，全市规上工业增加值增长6.1%，比一季度加快1.2个百分点。", 1, "pp 1.2 pp eq actual 2025-H1", "规上工业增加值增速比一季度加快"},
    {P25, "上半年，41个工业行业大类中有28个行业增加值实现增长。", 1, "count 28 个 eq actual 2025-H1", "增加值增长的行业"},
    {P25, "上半年，全市28个行業實現正增長。", 0, "count 28 个 eq actual 2025-H1", "增长的行业"},
    {P25, "上半年，全市规上工业企业中有320家企业产值同比下降。", 0, "count 320 家 eq actual 2025-H1", "产值下降的企业"},
};

/* ---- status: a list drawn up, a list of targets */
static const row STATUS[] = {
    {P25, "今年，全市将坚持项目为王。全市共安排重点项目1126个，总投资8635.2亿元。", 0, "count 1126 个 eq actual 2025", "安排重点项目"},
    {P25, "今年，我市将继续实施重点项目攻坚行动，全市共安排重点项目1126个，总投资8635.2亿元。", 1, "amount 863520000000 CNY eq actual 2025", "总投资"},
    {P25, "今年，全市将安排重点项目1126个。", 0, "count 1126 个 eq target 2025", "安排重点项目"},
    {P25M, "1-4月，全市城镇新增就业1.2万人。今年的目标任务：城镇新增就业不少于3.5万人；帮助失业人员再就业8000人。", 1, "count 35000 人 ge target 2025", "城镇新增就业"},
    {P25M, "1-4月，全市城镇新增就业1.2万人。今年的目標任務：城鎮新增就業不少於3.5萬人；幫助失業人員再就業8000人。", 2, "count 8000 人 eq target 2025", "帮助失业人员再就业"},
    {P25M, "1-4月，全市城镇新增就业1.2万人。全年目标任务为城镇新增就业不少于3.5万人、农村劳动力转移就业1万人。", 1, "count 35000 人 ge target 2025", "城镇新增就业"},
    {P25M, "1-4月，全市城镇新增就业1.2万人。全年目標任務為城鎮新增就業不少於3.5萬人；農村勞動力轉移就業1萬人。", 2, "count 10000 人 eq target 2025", "农村劳动力转移就业"},
    {P25, "全市将坚持项目为王，确保完成全年目标。\n今年以来，全市共安排重点项目1126个，总投资8635.2亿元。", 1, "amount 863520000000 CNY eq actual 2025-01/2025-07", "总投资"},
    {P25, "全市将坚持项目为王，确保完成全年目标。\n2025年，全市共安排重点项目1126个，总投资8635.2亿元。", 0, "count 1126 个 eq actual 2025", "安排重点项目"},
    {P25, "全市將堅持項目為王，確保完成全年目標。\n今年全市重點項目共1126個，總投資8635.2億元。", 1, "amount 863520000000 CNY eq actual 2025", "总投资"},
    {P25, "全市将坚持项目为王，确保完成全年目标。\n今年全市计划新开工项目共50个。", 0, "count 50 个 eq target 2025", "计划新开工项目"},
};

/* ---- periods inside a framed report */
static const row FRAMED[] = {
    {P25, "今年上半年全市工业经济运行情况\n2025-07-15 来源：市统计局\n今年以来，面对复杂形势，全市上下攻坚克难。\n全市规上工业企业开工率84.8%，较去年同期提高5.2个百分点。", 1, "pp 5.2 pp eq actual 2025-H1", NULL},
    {P25, H1 "上半年，全市新签约项目128个。截至记者发稿时，全市累计拥有高新技术企业1850家。", 1, "count 1850 家 eq actual 2025-07", "高新技术企业"},
    {P25, H1T "上半年，全市新簽約項目128個。截至今天，全市已簽約項目152個。", 1, "count 152 个 eq actual 2025-07", "签约项目"},
    {P25, H1 "全市规上工业企业开工率84.8%，较去年同期提高5.2个百分点。", 0, "share 84.8 % eq actual 2025-H1", "规上工业企业开工率"},
    {P25, H1 "全市规上工业企业开工率84.8%，较去年同期提高5.2个百分点。", 1, "pp 5.2 pp eq actual 2025-H1", NULL},
    {P25, H1T "全市規上工業企業開工率84.8%，較去年同期提高5.2個百分點。", 1, "pp 5.2 pp eq actual 2025-H1", NULL},
    {P25, H1 "上半年，全市新增市场主体3.2万户，截至目前，全市市场主体总数达52万户。", 1, "count 520000 户 eq actual 2025-07", "市场主体总数"},
    {P25, H1 "上半年，全市新增市场主体3.2万户，截至6月底，全市市场主体总数达52万户。", 1, "count 520000 户 eq actual 2025-06", "市场主体总数"},
    {P25, H1 "上半年，全市发放消费券1.2亿元，截至7月底，累计发放消费券1.5亿元。", 1, "amount 150000000 CNY eq actual 2025-07", "发放消费券"},
    {P25O, "首三季全区经济运行情况\n全年计划投资150亿元，首三季已完成117亿元，完成年度计划的78.2%。", 2, "share 78.2 % eq actual 2025-01/2025-09", NULL},
    {P25O, "首三季全區經濟運行情況\n全年計劃投資150億元，首三季已完成117億元，完成年度計劃的78.2%。", 2, "share 78.2 % eq actual 2025-01/2025-09", NULL},
};

/* Does the row hold? The record, as "kind value unit bound status period
 * | indicator", must read as the row's (the indicator left out when the
 * row names none); prints what differs. */
static int check_row(size_t i, const row *w)
{
    char doc[2048], got_s[512], want_s[512];
    got g;
    snprintf(doc, sizeof doc, "%s%s\n", w->pub, w->text);
    snprintf(want_s, sizeof want_s, "%s | %s", w->want, w->ind ? w->ind : "");
    run_doc(doc, &g);
    if ((size_t)w->idx < g.n) {
        const zb_record *r = &g.r[w->idx];
        snprintf(got_s, sizeof got_s, "%s %.15g %s %s %s %s | %s", zb_kind_name(r->kind), r->value, r->unit,
                 zb_bound_name(r->bound), zb_status_name(r->status), r->period ? r->period : "null",
                 w->ind ? r->indicator : "");
    } else {
        snprintf(got_s, sizeof got_s, "(%zu records)", g.n);
    }
    free_got(&g);
    if (strcmp(got_s, want_s) == 0)
        return 1;
    print_error("row %zu (%s):\n  got    %s\n  wanted %s\n", i, w->text, got_s, want_s);
    return 0;
}

/* Every row holds (each one that does not is printed); one test per
 * category of rows, so a failure names its category. */
static void check_rows(const row *rows, size_t n)
{
    size_t bad = 0;
    for (size_t i = 0; i < n; i++)
        bad += !check_row(i, &rows[i]);
    assert_int_equal(bad, 0);
}

#define CHECK(rows) check_rows(rows, sizeof rows / sizeof rows[0])
static void test_outlook(void **state) { (void)state; CHECK(OUTLOOK); }
static void test_verb_phrases(void **state) { (void)state; CHECK(VERB_PHRASES); }
static void test_status(void **state) { (void)state; CHECK(STATUS); }
static void test_framed_periods(void **state) { (void)state; CHECK(FRAMED); }

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_outlook),
        cmocka_unit_test(test_verb_phrases),
        cmocka_unit_test(test_status),
        cmocka_unit_test(test_framed_periods),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
