/*
 * extract.c -- Chinese economic news -> indicator records (records.md).
 *
 * The one idea: a figure is read where Chinese states it,
 *
 *   [time][zone][indicator noun phrase][verb][bound][number][scale][unit]
 *
 * so the document is scanned forward once, line by line and sentence by
 * sentence; every number found (zb_numeral_parse) with a unit after it
 * (zb_unit_parse) becomes a candidate, and everything else is read from a
 * window bounded by its own sentence: the bound word just before or after,
 * the growth verb (同比增长 -> growth, yoy), the noun phrase between the
 * previous figure or clause mark and the number (or after the classifier,
 * for counts; extract_indicator.c), time words (extract_period.c), zone
 * names (extract_zone.c, extract_places.c), status words. Context that
 * outlives a sentence is small state: the paragraph's period and year, the
 * section's zone and framing period (5年来), the document's city and mood
 * (a work plan or a report). No look-back leaves the current sentence and
 * none goes further than WINDOW bytes, so the cost is linear in the text.
 * This file holds the document walk (lines, sentences), figures, status,
 * periods of figures and the records.
 *
 * Pipeline per document: zb_decode -> zb_normalize (traditional ->
 * simplified, full-width -> ASCII, with a byte map back) -> lines ->
 * noise lines dropped (navigation, link lists, copyright, comment widgets,
 * everything after an editor/copyright marker) -> sentences -> records.
 * Offsets and `text` come from the decoded text through the map.
 *
 * Decisions the record contract leaves open, made here:
 *   - A range (3%-5%, 3至5个) is two records: the lower end with bound ge,
 *     the upper with bound le, same kind and indicator.
 *   - 均 after a list ("A 4.01万人、B 4.73万人,完成率均超100%") gives one
 *     record per listed item; 分别 maps a list of figures onto the list of
 *     indicators before it. One figure for a list of zones with 各 or 均
 *     (祁东县、祁阳县两地各签约项目5个) is one record per zone.
 *   - A line opening with a bullet (▶ ● ◆ ★, an emoji, a keycap 1️⃣) that
 *     states a figure in a clause is text (a WeChat post's item); the
 *     bullet is blanked. Without a figure and a clause, a bullet line of a
 *     link list or a menu is noise.
 *   - A threshold inside a noun phrase (亿元以上项目85个, 超50亿元重大项目3个)
 *     is no record of its own; it stays in the counted thing's indicator.
 *   - Periods: the nearest time word before the figure in its sentence,
 *     else one after it in its clause, except that a time word inside a
 *     later clause (after a figure: ",2020年达到406亿元;") that names a
 *     part of the frame (the sentence's opening time word, else the
 *     paragraph's: 2020 of 十三五, 二季度 of 上半年) dates only its own
 *     clause (and a clause going on from it: ",同比增长...", ",其中");
 *     the frame resumes after it and stays the paragraph's period. One
 *     outside the frame (2022年...;2023年...) or standing as a clause of
 *     its own (",6月,") is a new frame; else the paragraph's, else a
 *     statistical period of an earlier paragraph of the section (1-5月,
 *     前三季度), else the section's framing interval (5年来); a state
 *     (目前, 现有, 拥有; 累计 with no start in its sentence, outside a
 *     framing interval) takes none of those but the publication month.
 *     A figure with none is dated to the publication month when it is a result (or to the
 *     report's year in a yearly report) and, when it is a target, to the
 *     year a heading or the title names ("二、2024年主要目标"), else null.
 *     截至5月底 is a point in time: a stock stated at it (累计拥有, 建成,
 *     达到, 累计 with no start: 累计落户) is that month, a flow counted
 *     up to it (完成, 新增) covers the year to date; the figure's own
 *     clause decides first. With 今年,
 *     年内, 今年以来 or 年初以来 in the sentence (截至3月底,今年累计...;
 *     到3月底 too, a month's end already reached) it is the year to date
 *     for every figure they govern, and the paragraph's period after. A
 *     year in an event's name (举行2025年...签约仪式, 《2025年...》) is no
 *     period: the day date heading the sentence dates it; a day date
 *     heading the clause that says how the news came (11月13日,记者从...
 *     获悉, ...召开新闻发布会) dates nothing. 当月/本月 after a month
 *     before the publication's (10月份, 1-10月: in the sentence, the
 *     paragraph or the opening) is that month, and the month a report
 *     opens with, the one before publication, dates the figures of its
 *     text that name no time. 十四五 is
 *     2021/2025, 十四五末 the year 2025; 五年来 in January-March the
 *     five whole years before (2021/2025), whose levels reached (总数达到,
 *     比重提高到) are of the last year (extract_period.c, xyears_of).
 *     A base of comparison (比上年,
 *     较2020年) is no period, nor is the 全年 of "完成全年目标任务的52%"
 *     (the plan is the object), nor that of 占全年目标的, 完成全年投资计划
 *     的 (a span that dates nothing). A date inside a clause ending in
 *     以来 (自2022年6月印发《...》以来) dates no figure: the interval
 *     since it dates a 累计 figure only. A date line (2024年2月20日) names
 *     no section year; a headline on last year's results published in
 *     January-March makes 全年 that year, as does a lead paragraph
 *     framing it (刚刚过去的2025年, / 过去的一年, / 回顾2025年, / "2025年,"
 *     with a verb of result; not 2025年以来; a later 今年/明年 names
 *     the plan's year), as a review heading naming the
 *     year in words does for its section (一、过去一年工作回顾, 去年工作
 *     回顾; 今年工作安排 the current year) and "过去一年," (a clause of
 *     its own) for its paragraph; the next heading numbered 二、 ends the
 *     section and its year. The statistical period of a report's
 *     headline or opening paragraphs (首季, 1-9月) goes on past a
 *     subheading that names no time, year or mood, in a text that reports
 *     (a later heading naming a month, 二、9月份主要指标, frames its
 *     section instead);
 *     when over before publication (上半年...通报 in July, not 今年以来)
 *     it also dates, in a report, the figures that name no time after a
 *     paragraph with a date of its own, in a section naming no year
 *     (the general form of a January review of last year).
 *   - Status: 预计/有望 -> estimate; a period ending in a later year than
 *     the text -> target, even summed up (“十四五”期间累计完成... in 2021);
 *     a word of accomplishment in the figure's clause (已, 累计, 截至) or
 *     a period already over -> actual; a word of
 *     intention in the sentence (力争, 确保, 将, 要, 计划到) or a period
 *     still to come -> target, except 今年/全年 with a verb of result
 *     anywhere before the figure in its sentence (今年新增7家, 今年...面积
 *     达52万亩,总产量约...) in a text of March or later when nothing
 *     around is a plan (the mood below), which is a result so far (the
 *     paragraph's 今年, named by an earlier sentence, counts too); a
 *     figure of a begun period of this year with 实际 or 同比 in its
 *     clause and no word of intention is a result whatever the mood, as
 *     is one dated by a day already passed (4月2日...签约) with a verb of
 *     result in its clause; otherwise the mood of the paragraph, the section (a heading such as
 *     主要目标, 今年重点工作, a lead "X将...") or the text. The text is a plan when its
 *     words of plan (加快, 推进, 将, 力争...) outnumber its words of result
 *     two to one and some of them state an intention (将, 要, 力争, 确保,
 *     争取): 加快推进 alone also fills news of what was done. The share of
 *     a plan done (完成年度计划的45%) is a result named <what was
 *     planned><plan>完成率.
 *   - A count stated as a stock (累计达到, 累计拥有, 总量突破) or a
 *     balance (余额) inside an interval of months (1-9月), a half or a
 *     quarter is the stock at the period's last month
 *     (2023-09); the flow beside it (新增...7家) keeps the interval, and
 *     the total is of the whole kind (新增X企业7家,累计达到35家: X企业).
 *     A rank right after a figure of its sentence (增长18.6%,增速居全市
 *     第一) takes that figure's period.
 *   - A figure of the headline restated in the body (same value, kind,
 *     unit, bound, basis) is one record, the body's: records from a
 *     headline figure on are held back to the text's end (hold), then
 *     handed over in order. A text with no headline figure streams.
 *   - Brackets holding a list of kinds of administrative unit (各县(市、
 *     区)) or an abbreviation (GDP) are blanked before the walk, so they
 *     break no phrase; `text` keeps them.
 *   - Zones: a name before the figure in its sentence (a known city or
 *     province, <city>高新区, a district learned from "X区委" or a spaced
 *     heading "江 阴", a district as the subject of its clause), 全市 as
 *     the text's city; else the section's zone, else the text's. Names no
 *     table lists are recognised by their shape (extract_zone.c,
 *     xgeneric_zone_at): a run of Han characters from a left edge (line or
 *     clause start, after 在/于/据/将/从) ending in a zone or
 *     administrative suffix (高新区, 经开区, 工业园区, 科学城, 新片区, 县,
 *     镇...), two to twelve characters, no function word or verb inside,
 *     no common noun (城区, 景区, 上市); the headline's, a subtitle's or the
 *     opening lines' such name is the text's zone, and 园区/开发区/新区/
 *     本区 or the bare suffix (科学城) standing alone point back to it.
 *     A zone named right after another (上海自贸区临港新片区, 滨海新区临港
 *     经济区) makes the fuller name, on both routes.
 *     占全市/居全省 are a denominator and a ranking's field, not the area.
 *     A zone opening a sentence as its subject (after time words: "洪泽区
 *     一季度...") is the zone of the paragraph's later figures, before the
 *     section's; 分别 over a list of zones (A区、B区...分别X、Y) gives each
 *     figure the zone in its place, and a second 分别 goes on with them.
 *     A place inside a publication's name (香港商报) names no zone, nor a
 *     region that is not the subject of its figure (来自长三角的项目).
 *   - Indicators are short noun phrases: leading zone names, time words,
 *     scope words and verbs of result (完成, 实现, 拥有, 累计) go, as do
 *     trailing verbs, currency words and a comparison's base (较上年同期);
 *     a rank is <thing ranked><field>排名 (规上工业增加值增速全省排名).
 *
 * Speed: every per-character test starts with one lookup in a 64K table
 * of character classes (cclass: may start a time word, a numeral, a zone
 * word, a status or mood word...), so characters that start nothing cost
 * one load; word lists are read only where their first (or second)
 * character fits. The first pass reads every character of a line once
 * (line_stats, with a table of its own, xclass) and notes, in text order,
 * the few the second pass needs: sentence marks (doc.mk), characters that
 * may start a time word or a figure (doc.cd), a status word or a word of
 * intention (doc.ev); the sentences then read only those. The Han
 * characters most text is made of are told by their three bytes, without
 * decoding: a bitmap indexed by the first two bytes, a bit by the third
 * (zb_extractor.plain for line_stats, .zquiet for the zone walk of a
 * sentence, zone_mentions). This rests on the text being valid UTF-8
 * (zb_decode makes it so): a mark, a digit or a word found by its bytes
 * starts a character.
 */
#include "extract_internal.h"

#include <math.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>


/* ---------------------------------------------------------- word lists */

static const wl W_TARGET[] = {W("力争"), W("确保"), W("争取"), W("目标是"), W("目标为"), W("目标:"),
                                       W("预期"), W("力求"), W("努力"), W("计划到"), W("计划在"), W("计划于"),
                                       W("计划全年"), W("计划今年"), W("拟"), W("规划到"), W("打算"), W("将"),
                                       W("要"), W("预计到"), {NULL, 0}};
static const wl W_ESTIMATE[] = {W("预计"), W("预估"), W("估计"), W("有望"), W("预测"), {NULL, 0}};
static const wl W_ACTUAL[] = {W("已"), W("累计"), W("共有"), W("现有"), W("目前"), W("完成了"), W("实现了"),
                                       W("截至"), W("以来"), W("年来"), {NULL, 0}};
const wl W_GROWTH_UP[] = {W("增长"), W("增加"), W("上升"), W("提高"), W("提升"), W("上涨"), W("增"),
                                          W("涨"), W("增速"), W("增幅"), W("增长率"), W("增速为"), W("扩大"),
                                          W("增率"), W("年增率"), W("月增"),
                                          W("攀升"), W("回升"), W("涨幅"), W("成长"), {NULL, 0}};
const wl W_GROWTH_DOWN[] = {W("下降"), W("减少"), W("降低"), W("回落"), W("下滑"), W("减"), W("降"),
                                            W("下跌"), W("缩小"), W("收窄"), W("降幅"), W("跌幅"), {NULL, 0}};
static const wl W_B_GE[] = {W("不少于"), W("至少"), W("不低于"), W("不小于"), {NULL, 0}};
static const wl W_B_GT[] = {W("超过"), W("超"), W("逾"), W("突破"), W("多于"), W("大于"), W("跨越"),
                                     W("高达"), {NULL, 0}};
static const wl W_B_LT[] = {W("近"), W("将近"), W("接近"), W("不到"), W("不足"), W("少于"), W("小于"),
                                     W("未满"), {NULL, 0}};
static const wl W_B_LE[] = {W("不超过"), W("最多"), W("至多"), W("最高"), W("不高于"), {NULL, 0}};
static const wl W_B_APPROX[] = {W("约"), W("大约"), W("约为"), W("约合"), W("大概"), W("预计约"),
                                         W("左右"), {NULL, 0}};
static const wl W_FLOW[] = {W("完成"), W("新增"), W("实现"), W("累计"), W("签约"), W("引进"), W("招引"),
                                     W("开工"), W("投资"), W("出具"), W("接收"), W("招商"), W("培育"), W("建成"),
                                     W("新建"), {NULL, 0}};
/* Verbs of a stock at a point (截至6月底累计拥有...) and of a flow only. */
static const wl W_STOCK[] = {W("拥有"), W("共有"), W("累计建成"), W("累计拥有"), W("累计培育"), W("保有"),
                             W("达到"), W("总数"), W("现有"), W("已有"), W("集聚"), {NULL, 0}};
static const wl W_FLOW_ONLY[] = {W("完成"), W("新增"), W("实现"), W("签约"), W("引进"), W("招引"),
                                 W("开工"), W("投资"), W("出具"), W("接收"), W("招商"), W("新建"),
                                 W("累计完成"), W("累计实现"), W("累计新增"), {NULL, 0}};
/* A count stated as a stock at the end of its interval (1-9月...累计达到35家). */
static const wl W_STOCK_CUE[] = {W("累计达"), W("累计拥有"), W("总量突破"), W("总量达"), W("总数达"),
                                 {NULL, 0}};

/* The words of estimate and of accomplishment, by their first character
 * (zb_extractor.status_first): bits 0.. for W_ESTIMATE, then W_ACTUAL. */
#define N_ESTIMATE (sizeof W_ESTIMATE / sizeof W_ESTIMATE[0] - 1)
#define N_STATUS (N_ESTIMATE + sizeof W_ACTUAL / sizeof W_ACTUAL[0] - 1)
_Static_assert(N_STATUS <= 16, "status_first holds 16 words");
_Static_assert(sizeof W_TARGET / sizeof W_TARGET[0] - 1 <= 32, "target_first holds 32 words");
static unsigned status_hash(unsigned c)
{
    return (c * 2654435761u) >> 26;
}

/* Index of the lowest bit set in x (x != 0; 32-bit masks too). */
static inline unsigned low_bit(uint64_t x)
{
#if defined(__GNUC__)
    return (unsigned)__builtin_ctzll(x);
#else
    unsigned k = 0;
    while (!(x & 1))
        x >>= 1, k++;
    return k;
#endif
}

/* Is the period an interval of months inside one year ("2023-01/2023-09")? */
static int month_interval(const xperiod *p)
{
    return xlen_is(p->s, 15) && p->s[4] == '-' && p->s[7] == '/' && memcmp(p->s, p->s + 8, 4) == 0;
}

/* A statistical part of a year: an interval of months in one year, a half
 * or a quarter ("2025-01/2025-09", "2025-H1", "2025-Q1"), as a report's
 * headline or lead frames it (not 今年以来: it runs to publication). */
static int lead_part(const xperiod *p)
{
    return p->set == 1 && !p->present && !p->asof && !p->framing &&
           (month_interval(p) || (xlen_is(p->s, 7) && (p->s[5] == 'H' || p->s[5] == 'Q')));
}

/* A single month before the publication's ("2025-10"), as a month
 * report names it (10月份): what its 当月 and 本月 mean; with ytd, the
 * months up to one too (1-10月: 当月 is October). */
static int month_before(const xperiod *p, int pub_y, int pub_m, int ytd)
{
    return p->set == 1 && !p->present && !p->asof && !p->year_only &&
           ((xlen_is(p->s, 7) && p->s[4] == '-' && p->s[5] != 'H' && p->s[5] != 'Q') ||
            (ytd && month_interval(p))) &&
           p->end_y * 12 + p->end_m < pub_y * 12 + pub_m;
}

/* Verbs of a result (达到, 建成, 增长...): with 今年 in a report, done so far. */
static const wl W_RESULT[] = {W("达"), W("完成"), W("实现"), W("新增"), W("新建"), W("新修"), W("建成"),
                              W("增长"), W("提高"), W("增加"), W("下降"), W("减少"), W("收获"), W("引进"),
                              W("签约"), W("开工"), W("净增"), {NULL, 0}};
static const wl W_STATE[] = {W("目前"), W("现有"), W("已有"), W("覆盖"), W("拥有"), W("共有"), W("保有"),
                                      W("现已"), W("排名"), W("位列"), W("位居"), W("居全"), W("列全"), {NULL, 0}};
/* How the news came (report_day). */
static const wl W_TOLD[] = {W("获悉"), W("了解到"), W("获知"), W("发布"), W("公布"), W("通报"),
                            W("披露"), W("介绍"), {NULL, 0}};
/* Counts of abstract categories are programme names: 3个方面, 两个维护
 * (figure_at). */
static const wl W_ABSTRACT[] = {W("方面"), W("层面"), W("维度"), W("原则"), W("理念"),
                                W("意识"), W("自信"), W("坚持"), W("全面"), W("维护"),
                                W("确保"), W("结合"), W("统筹"), {NULL, 0}};
/* What a threshold's noun phrase does not start with (figure_at). */
static const wl W_VERBISH[] = {W("的"), W("建"), W("用"), W("投"), W("实"), W("完"), W("新"), W("引"),
                               W("打"), W("推"), W("开"), W("购"), W("改"), W("扩"), W("支"), W("帮"),
                               W("奖"), W("补"), W("发"), W("带"), W("等"), W("和"), W("与"), W("及"),
                               W("或"), {NULL, 0}};
/* A clause going on from the figure just named (own_clause). */
static const wl W_CONT[] = {W("同比"), W("环比"), W("比上年"), W("比去年"), W("较"), W("增长"), W("下降"),
                            W("增速"), W("增幅"), W("其中"), W("占"), W("完成年度"), W("完成全年"),
                            {NULL, 0}}; /* (完成年度计划的78%: the share of the figure before) */
/* A result whatever the mood (result_cue). */
static const wl W_RESULT_CUE[] = {W("实际"), W("同比"), W("比上年同期"), W("比去年同期"), {NULL, 0}};
/* The filters of the lists sentence and status_of search a clause for
 * (xhas_any_f), built once (zb_extractor_new). */
static xfirst F_RESULT, F_STATE, F_FLOW, F_FLOW_ONLY, F_STOCK, F_STOCK_CUE, F_TOLD, F_RESULT_CUE,
    F_ABSTRACT, F_VERBISH, F_CONT;
static size_t RESULT_MAX; /* the longest word of W_RESULT (its bytes) */
/* The last characters of the bound words (bound_before): bit (c & 4095)
 * of the last character c of each, from its last two bytes (every one is
 * a three-byte character; else BOUND_ANY and no filter). */
static uint64_t BOUND_LAST3[64];
static int BOUND_ANY;
/* The first eight bytes of each word of W_TARGET (fewer: the word's, the
 * rest zero) and the mask of them, for target_at's one compare; the same
 * of W_ESTIMATE and W_ACTUAL (in status_first's order) for
 * find_status_words. */
static uint64_t TGT_HEAD[32], TGT_MASK[32], STAT_HEAD[N_STATUS], STAT_MASK[N_STATUS];
/* head and mask of w (head_of) */
static void head_of(const wl *w, uint64_t *head, uint64_t *mask)
{
    unsigned char h[8] = {0}, m[8] = {0};
    size_t n = w->n < 8 ? w->n : 8;
    memcpy(h, w->w, n);
    memset(m, 0xFF, n);
    memcpy(head, h, 8);
    memcpy(mask, m, 8);
}
/* The bound words by that key (stable: in list order within a key, so
 * a list's words stay together), and where each key's words start (1 +
 * index; 0: none). */
typedef struct bword {
    const char *w;
    size_t n;
    unsigned key;
    zb_bound bound;
} bword;
static bword BWORDS[64];
static size_t NBWORDS;
static unsigned char BFIRST[4096];
static pthread_once_t filters_once = PTHREAD_ONCE_INIT;
static void filters_build(void)
{
    for (size_t k = 0; W_TARGET[k].w; k++)
        head_of(&W_TARGET[k], &TGT_HEAD[k], &TGT_MASK[k]);
    for (size_t k = 0; k < N_STATUS; k++)
        head_of(k < N_ESTIMATE ? &W_ESTIMATE[k] : &W_ACTUAL[k - N_ESTIMATE], &STAT_HEAD[k], &STAT_MASK[k]);
    {
        const wl *lists[] = {W_B_GE, W_B_GT, W_B_LT, W_B_LE, W_B_APPROX};
        const zb_bound bounds[] = {ZB_BOUND_GE, ZB_BOUND_GT, ZB_BOUND_LT, ZB_BOUND_LE, ZB_BOUND_APPROX};
        for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
            for (const wl *w = lists[l]; w->w; w++) {
                const unsigned char *u = (const unsigned char *)w->w + w->n - 3;
                if (w->n < 3 || (u[0] & 0xF0) != 0xE0 || NBWORDS == 64) {
                    BOUND_ANY = 1;
                    continue;
                }
                unsigned key = ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
                BOUND_LAST3[key >> 6] |= (uint64_t)1 << (key & 63);
                /* (insertion after the last of a key not above it: stable) */
                size_t at = NBWORDS++;
                for (; at > 0 && BWORDS[at - 1].key > key; at--)
                    BWORDS[at] = BWORDS[at - 1];
                BWORDS[at] = (bword){w->w, w->n, key, bounds[l]};
            }
        for (size_t k = NBWORDS; k-- > 0;)
            BFIRST[BWORDS[k].key] = (unsigned char)(k + 1);
    }
    xfirst_build(&F_RESULT, W_RESULT);
    for (const wl *w = W_RESULT; w->w; w++)
        RESULT_MAX = w->n > RESULT_MAX ? w->n : RESULT_MAX;
    xfirst_build(&F_STATE, W_STATE);
    xfirst_build(&F_FLOW, W_FLOW);
    xfirst_build(&F_FLOW_ONLY, W_FLOW_ONLY);
    xfirst_build(&F_STOCK, W_STOCK);
    xfirst_build(&F_STOCK_CUE, W_STOCK_CUE);
    xfirst_build(&F_TOLD, W_TOLD);
    xfirst_build(&F_RESULT_CUE, W_RESULT_CUE);
    xfirst_build(&F_ABSTRACT, W_ABSTRACT);
    xfirst_build(&F_VERBISH, W_VERBISH);
    xfirst_build(&F_CONT, W_CONT);
}
static const wl W_STOP[] = {
    W("责任编辑"), W("责编"), W("编辑:"), W("编辑 :"), W("相关阅读"), W("相关文章"), W("相关新闻"), W("相关标签"),
    W("相关推荐"), W("延伸阅读"), W("推荐阅读"), W("反侵权公告"), W("版权声明"), W("版权所有"), W("Copyright"),
    W("copyright"), W("©"), W("原标题"), W("免责声明"), W("返回首页"), W("返回顶部"), W("打开小程序"), W("登录后"),
    W("我来说两句"), W("分享到"), W("标签:"), W("来源:"), W("来源 :"), W("本文来源"), W("最新推荐"), W("网友评论"),
    W("发表评论"), W("上一篇"), W("下一篇"), W("扫一扫"), W("热点推荐"),
    W("热门推荐"), W("猜你喜欢"), W("精彩推荐"), W("热点新闻"), W("热门文章"), W("更多新闻"),
    W("为您推荐"), W("相关链接"), W("友情链接"), W("网站地图"), W("关于我们"), W("联系我们"),
    W("【打印"), W("【关闭"), W("[打印"), W("[关闭"), W("打印本页"), W("关闭窗口"), W("（完）"),
    W("(完)"), W("排版:"), W("审核:"), W("校对:"), W("作者:"), W("记者:"), W("稿件来源"),
    W("点击排行"), W("阅读排行"), W("热门排行"), {NULL, 0}};
/* Words of a heading of plans, of results (heading). */
static const wl W_HEAD_PLAN[] = {W("目标"), W("计划"), W("任务"), W("打算"), W("安排"), W("思路"),
                                 W("展望"), {NULL, 0}};
static const wl W_HEAD_DONE[] = {W("回顾"), W("成绩"), W("成效"), W("完成情况"), W("成就"), {NULL, 0}};
/* Words of page furniture: a short line holding one is not article text. */
static const wl W_FURNITURE[] = {W("评论"), W("点赞"), W("分享"), W("收藏"), W("浏览"), W("阅读"),
                                 W("字号"), W("打印"), W("ICP"), W("备案"), W("Copyright"),
                                 W("版权"), W("©"), W("当前位置"), W("您的位置"), W("首页"),
                                 W("登录"), W("注册"), W("下载"), W("客户端"), W("二维码"),
                                 W("关注我们"), W("微信"), W("微博"), {NULL, 0}};

/* ------------------------------------------------------------ extractor */

static int word_tables_ok(const unsigned short *cclass);
static int first_pass_tables(zb_extractor *x);
#if defined(__GNUC__) && defined(__x86_64__) && !defined(ZB_NO_AVX2) && !defined(ZB_NO_AVX512) && \
    !defined(ZB_NO_VBMI) && !defined(ZB_NO_VBMI2)
#define LS_KEYS 1 /* (line_stats_vbmi2 is built: zb_extractor.keys by keys_table) */
static int keys_table(zb_extractor *x);
#endif

/* The Chinese numerals (class CC_NUMERAL). */
static const char NUMERALS[] = "一二两三四五六七八九十百千零〇";

/* xperiod_pair and, for sentence's scan, the characters after a numeral
 * that may make it no weak numeral (weak_numeral: another numeral, 万亿点分
 * 成倍番; rows of the numerals but 百千, which are never weak) and 来 after
 * 以: where SCAN_PAIR has no bit for a candidate and the next character,
 * and numhook has none for the candidate, nothing starts there (but after
 * 第 or a space: scan_ordinal). */
static uint64_t SCAN_PAIR[256][4];
static pthread_once_t scan_once = PTHREAD_ONCE_INIT;

static int scan_numeral(unsigned c)
{
    size_t adv;
    for (size_t i = 0; NUMERALS[i]; i += adv)
        if (xcp(NUMERALS, i, sizeof NUMERALS - 1, &adv) == c)
            return 1;
    return 0;
}

static void scan_pair_build(void)
{
    static const char more[] = "万亿点分成倍番";
    size_t a0, a1;
    xperiod_tables();
    memcpy(SCAN_PAIR, xperiod_pair, sizeof SCAN_PAIR);
    for (size_t i = 0; NUMERALS[i]; i += a0) {
        unsigned c0 = xcp(NUMERALS, i, sizeof NUMERALS - 1, &a0);
        for (size_t j = 0; NUMERALS[j]; j += a1) {
            unsigned c1 = xcp(NUMERALS, j, sizeof NUMERALS - 1, &a1);
            SCAN_PAIR[c0 & 255][(c1 & 255) >> 6] |= (uint64_t)1 << (c1 & 63);
        }
        for (size_t j = 0; more[j]; j += a1) {
            unsigned c1 = xcp(more, j, sizeof more - 1, &a1);
            SCAN_PAIR[c0 & 255][(c1 & 255) >> 6] |= (uint64_t)1 << (c1 & 63);
        }
    }
    SCAN_PAIR[0x4EE5 & 255][(0x6765 & 255) >> 6] |= (uint64_t)1 << (0x6765 & 63); /* 以来 */
}

/* SCAN_PAIR's bit for the three-byte character at u and column col. */
static inline int scan_bit(const unsigned char *u, unsigned col)
{
    return (int)((SCAN_PAIR[((u[1] & 3u) << 6) | (u[2] & 0x3Fu)][col >> 6] >> (col & 63)) & 1);
}

/* xperiod_pair_maybe's test on SCAN_PAIR: the next character's column is
 * the low eight bits of a three-byte one, an ASCII byte; 1 for others. */
static inline int scan_pair_maybe(const unsigned char *u, size_t left)
{
    if (left >= 6 && (u[3] & 0xF0) == 0xE0)
        return scan_bit(u, ((u[4] & 3u) << 6) | (u[5] & 0x3Fu));
    return left >= 4 && u[3] < 0x80 ? scan_bit(u, u[3]) : 1;
}

/* Is the candidate at s[i] after 第 (spaces between; in the sentence from
 * ss)? A numeral there may be an ordinal (第一), which weak_numeral leaves
 * to figure_at: the scan stops at it. */
static inline int scan_ordinal(const char *s, size_t ss, size_t i)
{
    while (i > ss && s[i - 1] == ' ')
        i--;
    return i - ss >= 3 && s[i - 1] == (char)0xAC && s[i - 2] == (char)0xAC && s[i - 3] == (char)0xE7;
}

zb_extractor *zb_extractor_new(zb_error *err)
{
    zb_extractor *x = calloc(1, sizeof *x);
    if (!x) {
        zb_error_set(err, ZB_ENOMEM, "out of memory");
        return NULL;
    }
    /* character classes for the scans */
    for (unsigned c = 0; c < 0x10000; c++) {
        if (xperiod_start(c))
            x->cclass[c] |= CC_PERIOD;
        if (xhan(c))
            x->cclass[c] |= CC_HAN;
    }
    {
        static const char mood[] = "将力确争加推着全大打谋深持要累已同以年完实截达建";
        const char *numeral = NUMERALS;
        size_t adv;
        for (size_t i = 0; mood[i]; i += adv)
            x->cclass[xcp(mood, i, sizeof mood - 1, &adv)] |= CC_MOOD;
        for (size_t i = 0; numeral[i]; i += adv)
            x->cclass[xcp(numeral, i, sizeof NUMERALS - 1, &adv)] |= CC_NUMERAL;
        for (const wl *w = W_TARGET; w->w; w++)
            x->cclass[xcp(w->w, 0, w->n, &adv)] |= CC_TARGET;
        xzone_classes(x->cclass);
        x->cclass[0x4EE5] |= CC_HOOK; /* 以 */
        x->cclass[0x9996] |= CC_HOOK; /* 首 */
        x->cclass[0x7FFB] |= CC_HOOK; /* 翻 */
        xperiod_tables(); /* (xperiod_may_start reads them) */
        pthread_once(&filters_once, filters_build);
        xindicator_classes(x->cclass);
        for (const wl *w = W_ESTIMATE; w->w; w++)
            x->cclass[xcp(w->w, 0, w->n, &adv)] |= CC_STATUSW;
        for (const wl *w = W_ACTUAL; w->w; w++)
            x->cclass[xcp(w->w, 0, w->n, &adv)] |= CC_STATUSW;
    }
    /* the fast paths below rest on facts of the word lists: checked here */
    if (!word_tables_ok(x->cclass)) {
        zb_error_set(err, ZB_EINVALID, "extractor word tables disagree");
        free(x);
        return NULL;
    }
    /* the last bytes of the bound words (bound_before) */
    {
        const wl *lists[] = {W_B_GE, W_B_GT, W_B_LT, W_B_LE, W_B_APPROX};
        for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
            for (const wl *w = lists[l]; w->w; w++) {
                unsigned char c = (unsigned char)w->w[w->n - 1];
                x->bound_last[c >> 3] |= (unsigned char)(1u << (c & 7));
            }
    }
    /* the words of W_TARGET by first character (target_at) */
    {
        unsigned k = 0;
        size_t adv;
        for (const wl *w = W_TARGET; w->w; w++, k++)
            x->target_first[status_hash(xcp(w->w, 0, w->n, &adv))] |= (uint32_t)1 << k;
    }
    /* the words of W_ESTIMATE and W_ACTUAL by first character (find_status_words) */
    {
        const wl *lists[2] = {W_ESTIMATE, W_ACTUAL};
        unsigned k = 0;
        size_t adv;
        for (int l = 0; l < 2; l++)
            for (const wl *w = lists[l]; w->w; w++, k++)
                x->status_first[status_hash(xcp(w->w, 0, w->n, &adv))] |= (unsigned short)(1u << k);
    }
    /* the first two bytes of the words of W_STOP (classify) */
    for (const wl *w = W_STOP; w->w; w++) {
        unsigned pair = ((unsigned)(unsigned char)w->w[0] << 8) | (unsigned char)w->w[1];
        x->stop2[pair >> 3] |= (unsigned char)(1u << (pair & 7));
    }
    /* the first characters of the words of a heading's lists (heading) */
    {
        const wl *lists[2] = {W_HEAD_PLAN, W_HEAD_DONE};
        size_t adv;
        for (int l = 0; l < 2; l++)
            for (const wl *w = lists[l]; w->w; w++) {
                unsigned c = xcp(w->w, 0, w->n, &adv);
                x->head1[c >> 3] |= (unsigned char)(1u << (c & 7));
            }
    }
    /* the first characters of the words of W_STOP (classify) */
    for (const wl *w = W_STOP; w->w; w++) {
        size_t adv;
        unsigned c = xcp(w->w, 0, w->n, &adv);
        x->stop1[c >> 3] |= (unsigned char)(1u << (c & 7));
    }
    /* the first characters of the words of W_FURNITURE (classify) */
    for (const wl *w = W_FURNITURE; w->w; w++) {
        size_t adv;
        unsigned c = xcp(w->w, 0, w->n, &adv);
        x->furn1[c >> 3] |= (unsigned char)(1u << (c & 7));
    }
    x->norm = zb_normalizer_new(err);
    x->places = xplaces_new();
    if (x->places)
        xplaces_mark(x->places, x->cclass, CC_ZSTART | CC_PLACE);
    /* the filter of the place names' first two characters (zone_mentions) */
    if (x->places && xplaces_pairs(x->places, x->place_pairs) != 0) {
        zb_error_set(err, ZB_EINVALID, "extractor word tables disagree");
        zb_extractor_free(x);
        return NULL;
    }
    /* the first pass's classes: what line_stats counts, and what it looks at */
    for (unsigned c = 0; c < 0x10000; c++) {
        unsigned short cc = x->cclass[c];
        unsigned char k = 0;
        k |= (cc & CC_HAN) ? XC_HAN : 0;
        k |= (cc & CC_PLACE) ? XC_LS : 0;
        k |= c == 0x533A || c == 0x53BF || c == 0x9547 ? XC_DIST : 0; /* 区县镇 */
        k |= (cc & CC_MOOD) ? XC_MOOD : 0;
        k |= (cc & (CC_PERIOD | CC_NUMERAL | CC_HOOK)) || (c >= '0' && c <= '9') ? XC_CAND : 0;
        k |= c == '!' || c == '?' || c == ';' || c == 0x3002 ? XC_MARK : 0;
        k |= (cc & CC_STATUSW) ? XC_STAT : 0;
        k |= (cc & CC_TARGET) ? XC_TGT : 0;
        x->xclass[c] = k;
    }
    for (unsigned c = 0x800; c < 0x10000; c++) {
        uint64_t bit = (uint64_t)1 << (c & 63);
        if (x->xclass[c] == XC_HAN)
            x->plain[0][(c >> 6) + 0x80] |= bit;
        if (x->xclass[c] == XC_HAN || x->xclass[c] == (XC_HAN | XC_LS))
            x->plain[1][(c >> 6) + 0x80] |= bit;
    }
    /* sentence's candidates that may start a figure or a hook word; but
     * not a numeral that is weak unless the next character continues it,
     * nor 以 (以来): SCAN_PAIR knows those next characters (when the
     * numerals are NUMERALS' alone) */
    pthread_once(&scan_once, scan_pair_build);
    int by_pair = 1;
    for (unsigned c = 0x80; c < 0x10000; c++)
        if ((x->cclass[c] & CC_NUMERAL) && !scan_numeral(c))
            by_pair = 0;
    for (unsigned c = 0x800; c < 0x10000; c++)
        if ((x->cclass[c] & (CC_NUMERAL | CC_HOOK)) &&
            !(by_pair && (c == 0x4EE5 /* 以 */ || (scan_numeral(c) && c != 0x767E && c != 0x5343))))
            x->numhook[(c >> 6) + 0x80] |= (uint64_t)1 << (c & 63);
    /* the quiet characters of zone_mentions: Han ones, no left edge after
     * them (CC_EDGE), and none of xzone_at's first characters at no left
     * edge (xzone_may_start_at: not CC_ZSTART, or a zone suffix no place
     * starts with, not 全/本/该) */
    for (unsigned c = 0x800; c < 0x10000; c++) {
        unsigned short cc = x->cclass[c];
        if ((cc & (CC_HAN | CC_EDGE)) == CC_HAN &&
            (!(cc & CC_ZSTART) ||
             ((cc & (CC_PLACE | CC_ZSUF)) == CC_ZSUF && c != 0x5168 && c != 0x672C && c != 0x8BE5)))
            x->zquiet[(c >> 6) + 0x80] |= (uint64_t)1 << (c & 63);
        /* ... and quiet but for starting a place name: at no left edge a
         * zone starts there only with a name of the table (place_first;
         * suffix_first wants a left edge) */
        if ((cc & (CC_HAN | CC_EDGE | CC_PLACE)) == (CC_HAN | CC_PLACE) && c != 0x5168 && c != 0x672C &&
            c != 0x8BE5)
            x->zplace[(c >> 6) + 0x80] |= (uint64_t)1 << (c & 63);
        if ((cc & CC_NSTART) && !(cc & CC_ZSUF)) { /* (xclause_zone_at tests zgen[0] for CC_NSTART) */
            zb_error_set(err, ZB_EINVALID, "extractor word tables disagree");
            zb_extractor_free(x);
            return NULL;
        }
        if (cc & CC_ZSUF)
            x->zgen[0][(c >> 6) + 0x80] |= (uint64_t)1 << (c & 63);
        else if (!(cc & CC_HAN) || (cc & CC_NSTOP))
            x->zgen[1][(c >> 6) + 0x80] |= (uint64_t)1 << (c & 63);
    }
    /* line_stats only counts the characters of no class but XC_HAN too
     * (、 ” 《 ...: the Han ones, and 、, it counts from their bytes): they
     * are plain as well */
    for (unsigned c = 0x800; c < 0x10000; c++) {
        uint64_t bit = (uint64_t)1 << (c & 63);
        if (!(x->xclass[c] & ~XC_HAN))
            x->plain[0][(c >> 6) + 0x80] |= bit;
        if (!(x->xclass[c] & ~(XC_HAN | XC_LS)))
            x->plain[1][(c >> 6) + 0x80] |= bit;
    }
    /* the words of W_FURNITURE and of a heading's lists by first character
     * (furniture_in, heading) */
    {
        _Static_assert(sizeof W_FURNITURE / sizeof W_FURNITURE[0] - 1 <= 32, "furn_first holds 32 words");
        _Static_assert(sizeof W_HEAD_PLAN / sizeof W_HEAD_PLAN[0] - 1 <= 8, "head_first holds 8 plan words");
        _Static_assert(sizeof W_HEAD_DONE / sizeof W_HEAD_DONE[0] - 1 <= 24, "head_first holds 24 done words");
        _Static_assert(sizeof W_STOP / sizeof W_STOP[0] - 1 <= 128, "stop_first holds 128 words");
        size_t adv;
        unsigned k = 0;
        for (const wl *w = W_FURNITURE; w->w; w++, k++)
            x->furn_first[status_hash(xcp(w->w, 0, w->n, &adv))] |= (uint32_t)1 << k;
        k = 0;
        for (const wl *w = W_HEAD_PLAN; w->w; w++, k++)
            x->head_first[status_hash(xcp(w->w, 0, w->n, &adv))] |= (uint32_t)1 << k;
        k = 8;
        for (const wl *w = W_HEAD_DONE; w->w; w++, k++)
            x->head_first[status_hash(xcp(w->w, 0, w->n, &adv))] |= (uint32_t)1 << k;
        k = 0;
        for (const wl *w = W_STOP; w->w; w++, k++)
            x->stop_first[status_hash(xcp(w->w, 0, w->n, &adv))][k / 64] |= (uint64_t)1 << (k % 64);
    }
#if defined(__GNUC__) && defined(__x86_64__) && !defined(ZB_NO_AVX2) /* (LS_WIDE: line_stats_wide is there) */
    x->wide = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt") &&
              __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2");
#if !defined(ZB_NO_AVX512)
    if (x->wide && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw"))
        x->wide = 2; /* (line_stats_512) */
#if !defined(ZB_NO_VBMI)
    if (x->wide == 2 && __builtin_cpu_supports("avx512vbmi"))
        x->wide = 3; /* (line_stats_vbmi) */
#ifdef LS_KEYS
    if (x->wide == 3 && __builtin_cpu_supports("avx512vbmi2") && keys_table(x))
        x->wide = 4; /* (line_stats_vbmi2) */
#endif
#endif
#endif
#endif
    {   /* ZB_FIRST_PASS=N (a test's knob) caps the copy of the first pass:
         * 0 SSE2 (or scalar), 1 AVX2, 2 AVX-512, 3 VBMI, 4 VBMI2. Every
         * copy must give the same records; tests/cli/first_pass.sh
         * compares them on the machine it runs on. */
        const char *cap = getenv("ZB_FIRST_PASS");
        if (cap && cap[0] >= '0' && cap[0] <= '9' && !cap[1] && x->wide > cap[0] - '0')
            x->wide = cap[0] - '0';
    }
    for (unsigned c = 0; c < 0x80; c++) {
        unsigned char r = 0;
        r |= c == ' ' || c == '\t' ? AR_SPACE : 0;
        r |= c >= '0' && c <= '9' ? AR_DIGIT : 0;
        r |= c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ? AR_MARK : 0;
        r |= c == '|' ? AR_BAR : 0;
        /* (of class XC_CAND alone: only noted for the sentence scan) */
        r |= x->xclass[c] == XC_CAND ? AR_FIG : x->xclass[c] ? AR_CLASS : 0;
        x->ascii_role[c] = r;
    }
    if (!first_pass_tables(x)) { /* (the mood words' table; line_stats' facts checked) */
        zb_error_set(err, ZB_EINVALID, "extractor word tables disagree");
        zb_extractor_free(x);
        return NULL;
    }
    if (!x->norm || !x->places) {
        if (x->norm && !x->places)
            zb_error_set(err, ZB_ENOMEM, "out of memory");
        zb_extractor_free(x);
        return NULL;
    }
    return x;
}

void zb_extractor_free(zb_extractor *x)
{
    if (!x)
        return;
    zb_normalizer_free(x->norm);
    xplaces_free(x->places);
    zb_normtext_clear(&x->nt);
    free(x);
}

/* ----------------------------------------------------------- publication */

/* The publication date: the first full date in the first lines. */
static void find_published_date(doc *d, size_t from, int tail);

/* The publication date; without one, relative time words are resolved
 * against the first year the text names (December of it, so nothing in
 * that year counts as future), and `published` stays null. */
static void find_published(doc *d)
{
    find_published_date(d, 0, 0);
    if (d->pub_y)
        return;
    /* a notice signs and dates at its end: "某某市人民政府\n2024年7月11日" */
    {
        size_t from = d->n > 600 ? d->n - 600 : 0;
        while (from < d->n && ((unsigned char)d->s[from] & 0xC0) == 0x80)
            from++;
        find_published_date(d, from, 1);
    }
    if (d->pub_y)
        return;
    /* a news agency's dateline gives month and day (新华社合肥8月5日电,
     * 本报讯 ... 7月3日讯); the year is the first one the text names */
    int dl_m = 0, dl_d = 0;
    for (size_t i = 0; i + 10 <= d->n && i < 600 && !dl_m; i++) {
        if (!is_digit(d->s[i]) || (i && is_digit(d->s[i - 1])))
            continue;
        int m = 0, dd = 0;
        size_t j = i, a;
        while (j < d->n && is_digit(d->s[j]) && j - i < 2)
            m = m * 10 + (d->s[j++] - '0');
        if (!(a = xat(d->s, j, d->n, "月")) || m < 1 || m > 12)
            continue;
        j += a;
        size_t k = j;
        while (k < d->n && is_digit(d->s[k]) && k - j < 2)
            dd = dd * 10 + (d->s[k++] - '0');
        if (k > j && dd >= 1 && dd <= 31 && xat(d->s, k, d->n, "日") &&
            (xat(d->s, k + 3, d->n, "电") || xat(d->s, k + 3, d->n, "讯"))) {
            dl_m = m;
            dl_d = dd;
        }
    }
    for (size_t i = 0; i + 7 <= d->n; i++) {
        if (is_digit(d->s[i]) && (i == 0 || !is_digit(d->s[i - 1]))) {
            int y = 0;
            size_t j = i;
            while (j < d->n && is_digit(d->s[j]) && j - i < 5)
                y = y * 10 + (d->s[j++] - '0');
            if (j - i == 4 && y >= 1990 && y <= 2100 && xat(d->s, j, d->n, "年")) {
                d->pub_y = y;
                d->pub_m = 12;
                if (dl_m) {
                    d->pub_m = dl_m;
                    d->pub_d = dl_d;
                    snprintf(d->published, sizeof d->published, "%04d-%02d-%02d", y, dl_m, dl_d);
                }
                return;
            }
            i = j;
        }
    }
}

static void find_published_date(doc *d, size_t from, int tail)
{
    size_t lines = 0, i = from, lim = d->n - from < 3000 ? d->n : from + 3000;
    /* from the top: the first 20 lines; from the end: all of the tail */
    while (i < lim && (lines < 20 || tail)) {
        if (d->s[i] == '\n') {
            lines++;
            i++;
            continue;
        }
        if (is_digit(d->s[i]) && (i == 0 || !is_digit(d->s[i - 1]))) {
            int y = 0, m = 0, dd = 0;
            size_t j = i, k;
            while (j < lim && is_digit(d->s[j]) && j - i < 5)
                y = y * 10 + (d->s[j++] - '0');
            if (j - i == 4 && y >= 1990 && y <= 2100) {
                size_t a = 0;
                if (j < lim && (d->s[j] == '-' || d->s[j] == '/' || d->s[j] == '.'))
                    a = 1;
                else
                    a = xat(d->s, j, lim, "年");
                if (a) {
                    k = j + a;
                    while (k < lim && is_digit(d->s[k]) && m < 100)
                        m = m * 10 + (d->s[k++] - '0');
                    size_t b = 0;
                    /* the month ends as the year did: 2024-07-20, 2024年7月20日
                     * (2024年1-6月 is a span of months, not a date) */
                    if (a == 1 && k < lim && d->s[k] == d->s[j])
                        b = 1;
                    else if (a > 1)
                        b = xat(d->s, k, lim, "月");
                    if (b && m >= 1 && m <= 12) {
                        k += b;
                        while (k < lim && is_digit(d->s[k]) && dd < 100)
                            dd = dd * 10 + (d->s[k++] - '0');
                        if (dd >= 1 && dd <= 31) {
                            d->pub_y = y;
                            d->pub_m = m;
                            d->pub_d = dd;
                            snprintf(d->published, sizeof d->published, "%04d-%02d-%02d", y, m,
                                     dd);
                            return;
                        }
                    }
                }
            }
            i = j > i ? j : i + 1;
            continue;
        }
        i++;
    }
}

/* -------------------------------------------------------------- records */

/*
 * Hand one record to the callback.  The record borrows its strings (the
 * document's, the figure's, static names) for the length of the call, so
 * nothing is copied or freed per record; only a long clause's text, past
 * the stack buffer, is allocated.
 */
static int hold(doc *d, const zb_record *r);
static int emit(doc *d, const fig *f, const char *ind, const char *zone, const xperiod *per,
                zb_status status)
{
    zb_record r;
    size_t sa, sb, ta, tb;
    char stack_text[512], *text = stack_text;
    int rc;
    if (!isfinite(f->value))    /* scaled or derived past double range: no record */
        return ZB_OK;
    {
        /* the clause and the figure's span in the decoded text, in one
         * call, in text order (the clause holds the span) */
        size_t at[4] = {f->cs, f->ns, f->ne, f->ce}, src[4];
        zb_normtext_sources(&d->x->nt, at, src, 4);
        ta = src[0], sa = src[1], sb = src[2], tb = src[3];
    }
    if (tb - ta >= sizeof stack_text && !(text = malloc(tb - ta + 1)))
        return ZB_ENOMEM;
    memcpy(text, d->src + ta, tb - ta);
    text[tb - ta] = 0;
    zb_record_init(&r);
    r.doc = (char *)(d->opts && d->opts->doc ? d->opts->doc : "-");
    r.published = d->published[0] ? d->published : NULL;
    r.zone = zone && zone[0] ? (char *)zone : NULL;
    /* (every path names the figure; a record without an indicator would
     * be refused by the record reader, so none is ever written) */
    r.indicator = (char *)(ind && ind[0] ? ind : f->kind == ZB_KIND_COUNT ? "数量" : "数值");
    r.unit = (char *)f->unit;
    r.period = per && per->set == 1 ? (char *)per->s : NULL;
    r.basis = f->kind == ZB_KIND_GROWTH ? (char *)f->basis : NULL;
    r.text = text;
    r.kind = f->kind;
    r.value = f->decline ? -f->value : f->value;
    r.bound = f->bound;
    r.status = status;
    r.has_offset = 1;
    r.off_start = sa;
    r.off_end = sb;
    rc = d->nhead || d->in_headline ? hold(d, &r) : d->fn ? d->fn(d->user, &r) : 0;
    if (text != stack_text)
        free(text);
    return rc;
}

int xemit(doc *d, const fig *f, const char *ind, const char *zone, const xperiod *per,
          zb_status status)
{
    return emit(d, f, ind, zone, per, status);
}

/* Same figure restated: value, kind, unit, bound and basis alike. */
static int restates(const zb_record *a, const zb_record *b)
{
    return a->value == b->value && a->kind == b->kind && a->bound == b->bound &&
           strcmp(a->unit, b->unit) == 0 && !a->basis == !b->basis &&
           (!a->basis || strcmp(a->basis, b->basis) == 0);
}

/* Hold a record back (a headline's, or any after a headline's): a body
 * record restating a headline figure drops the headline's copy, the body
 * having the better context. */
static int hold(doc *d, const zb_record *r)
{
    if (d->nheld == d->capheld) {
        size_t cap = d->capheld ? 2 * d->capheld : 16;
        zb_record *h = realloc(d->held, cap * sizeof *h);
        if (!h)
            return ZB_ENOMEM;
        d->held = h;
        unsigned char *dr = realloc(d->dropped, cap);
        if (!dr)
            return ZB_ENOMEM;
        d->dropped = dr;
        d->capheld = cap;
    }
    zb_record *c = &d->held[d->nheld];
    zb_record_init(c);
    if (zb_record_copy(c, r) != ZB_OK) {
        zb_record_clear(c);
        return ZB_ENOMEM;
    }
    d->dropped[d->nheld++] = 0;
    if (d->in_headline) {
        d->nhead = d->nheld;
        return ZB_OK;
    }
    for (size_t i = 0; i < d->nhead; i++)
        if (!d->dropped[i] && restates(&d->held[i], r)) {
            d->dropped[i] = 1;
            break;
        }
    return ZB_OK;
}

/* Hand the held records to the callback in order and free them all. */
static int flush_held(doc *d, int rc)
{
    for (size_t i = 0; i < d->nheld; i++) {
        if (rc == 0 && !d->dropped[i] && d->fn)
            rc = d->fn(d->user, &d->held[i]);
        zb_record_clear(&d->held[i]);
    }
    free(d->held);
    free(d->dropped);
    return rc;
}

/* ------------------------------------------------------------ figures */

/* Bound word that s[a..i) ends with (spaces skipped); sets *len. */
static zb_bound bound_before(const zb_extractor *x, const char *s, size_t a, size_t i, size_t *len)
{
    size_t j = i, n;
    while (j > a && s[j - 1] == ' ')
        j--;
    *len = 0;
    /* (no bound word ends with the byte before: x->bound_last) */
    if (j == a || !((x->bound_last[(unsigned char)s[j - 1] >> 3] >> ((unsigned char)s[j - 1] & 7)) & 1))
        return ZB_BOUND_EQ;
    /* (nor with the character before: BOUND_LAST3 by its last two bytes;
     * a word of three bytes or more does not fit before j < a + 3) */
    if (!BOUND_ANY) {
        if (j < a + 3)
            return ZB_BOUND_EQ;
        const unsigned char *u = (const unsigned char *)s + j;
        unsigned key = ((unsigned)(u[-2] & 0x3F) << 6) | (u[-1] & 0x3F);
        if (!((BOUND_LAST3[key >> 6] >> (key & 63)) & 1))
            return ZB_BOUND_EQ;
        /* only the words of that key, list by list in TRY's order: a
         * list's longest word, taken when longer than *len (spaces
         * included) */
        zb_bound best = ZB_BOUND_EQ;
        for (size_t k = (size_t)BFIRST[key] - 1; k < NBWORDS && BWORDS[k].key == key;) {
            zb_bound lb = BWORDS[k].bound;
            size_t m = 0;
            for (; k < NBWORDS && BWORDS[k].key == key && BWORDS[k].bound == lb; k++)
                if (BWORDS[k].n <= j - a && BWORDS[k].n > m && same_bytes(s + j - BWORDS[k].n, BWORDS[k].w, BWORDS[k].n))
                    m = BWORDS[k].n;
            if (m > *len) {
                *len = m + (i - j);
                best = lb;
            }
        }
        if (*len && xends(s, a, j, "高达"))
            best = ZB_BOUND_EQ;
        return best;
    }
#define TRY(list, b)                                         \
    if ((n = xends_any(s, a, j, list)) > *len) {             \
        *len = n + (i - j);                                  \
        best = b;                                            \
    }
    zb_bound best = ZB_BOUND_EQ;
    TRY(W_B_GE, ZB_BOUND_GE)
    TRY(W_B_GT, ZB_BOUND_GT)
    TRY(W_B_LT, ZB_BOUND_LT)
    TRY(W_B_LE, ZB_BOUND_LE)
    TRY(W_B_APPROX, ZB_BOUND_APPROX)
#undef TRY
    /* "超" only counts right before the number; "高达" is just "as much as" */
    if (*len && xends(s, a, j, "高达")) {
        best = ZB_BOUND_EQ;
    }
    return best;
}


/* Append a copy of f to the sentence's figures (its indicator as a
 * string: the bytes after it are not copied). */
static int push_fig(doc *d, const fig *f)
{
    if (d->nfigs == d->capfigs) {
        size_t nc = d->capfigs ? d->capfigs * 2 : 16;
        fig *nv = realloc(d->figs, nc * sizeof *nv);
        if (!nv) {
            if (d->rc == 0)
                d->rc = ZB_ENOMEM; /* extraction stops; zb_extract_buffer reports it */
            return ZB_ENOMEM;
        }
        d->figs = nv;
        d->capfigs = nc;
    }
    fig *to = &d->figs[d->nfigs++];
    memcpy(to, f, offsetof(fig, ind));
    if (f->ind[0]) /* (empty as figure_at pushes it: no call) */
        str_copy(to->ind, IND_CAP, f->ind);
    else
        to->ind[0] = 0;
    return ZB_OK;
}

/* The clause around a figure: cs..ce between clause marks (、 included),
 * ws the start of its comma clause (、 not counted). */
/* Can a clause mark (is_clause_mark) start with byte c? Its ASCII marks,
 * and E2, E3: the lead bytes of … and of 、 。 */
static const unsigned char MARK_BYTE[256] = {
    [','] = 1, [';'] = 1, [':'] = 1, ['!'] = 1, ['?'] = 1, ['('] = 1, [')'] = 1, [0xE2] = 1, [0xE3] = 1};
static inline int mark_byte(unsigned char c)
{
    return MARK_BYTE[c];
}

/* The start of the last clause mark (is_clause_mark; not 、 when
 * !with_pause) in s[lo..i), or (size_t)-1. Marks are read at their first
 * byte (ASCII, or a lead byte, never a continuation byte), so a byte scan
 * finds what a walk back over the characters would. */
#if defined(__SSE2__) && !defined(ZB_NO_SSE2)
#include <emmintrin.h>
#define MARK_SIMD 1
/* Bit k set when mark_byte(p[k]), for the 16 bytes at p: the nine byte
 * values in six compares (; and :, ( and ), E2 and E3 differ in their
 * low bit only: compared with it set). */
static inline unsigned mark_mask16(const char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i o = _mm_or_si128(v, _mm_set1_epi8(1));
    __m128i m = _mm_or_si128(_mm_cmpeq_epi8(o, _mm_set1_epi8(';')), _mm_cmpeq_epi8(o, _mm_set1_epi8(')')));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(o, _mm_set1_epi8((char)0xE3)));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8(',')));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('!')));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('?')));
    return (unsigned)_mm_movemask_epi8(m);
}
#endif

static size_t mark_before(const char *s, size_t lo, size_t i, size_t se, int with_pause)
{
#ifdef MARK_SIMD
    /* sixteen bytes at a time, the candidates (mark_byte) from the last */
    while (i >= lo + 16) {
        for (unsigned m = mark_mask16(s + i - 16); m; m &= ~(1u << (31 - __builtin_clz(m)))) {
            size_t k = i - 16 + (size_t)(31 - __builtin_clz(m));
            if (is_clause_mark(s, k, se) && (with_pause || !xat(s, k, se, "、")))
                return k;
        }
        i -= 16;
    }
#endif
    while (i > lo) {
        i--;
        if (mark_byte((unsigned char)s[i]) && is_clause_mark(s, i, se) &&
            (with_pause || !xat(s, i, se, "、")))
            return i;
    }
    return (size_t)-1;
}

static void clause_of(const char *s, size_t ss, size_t se, fig *f)
{
    size_t cs = f->bs, ce = f->be, adv, p;
    size_t lo = f->bs > ss + WINDOW ? f->bs - WINDOW : ss;
    size_t hi = f->be + WINDOW < se ? f->be + WINDOW : se;
    /* back to the character after the last mark (a mark is one byte, or
     * three: 、 。 …), else to lo */
    p = mark_before(s, lo, cs, se, 1);
    cs = p == (size_t)-1 ? (cs > lo ? lo : cs) : p + ((unsigned char)s[p] < 0x80 ? 1 : 3);
    f->cs = cs;
    /* the comma clause: back past 、 (a mark there that is no 、, or
     * none, leaves it at cs: nothing lies between that mark and cs) */
    if (p != (size_t)-1 && xat(s, p, se, "、")) {
        p = mark_before(s, lo, cs, se, 0);
        f->ws = p == (size_t)-1 ? (cs > lo ? lo : cs) : p + ((unsigned char)s[p] < 0x80 ? 1 : 3);
    } else {
        f->ws = cs;
    }
    /* on to the next mark: from a character start, found by its byte;
     * else (and without one) character by character */
    if (ce < se && ((unsigned char)s[ce] & 0xC0) != 0x80) {
        size_t q = ce;
        int found = 0;
#ifdef MARK_SIMD
        /* sixteen bytes at a time up to the first mark */
        while (!found && q + 16 <= hi) {
            unsigned m = mark_mask16(s + q);
            while (m && !is_clause_mark(s, q + (size_t)__builtin_ctz(m), se))
                m &= m - 1;
            if (m)
                q += (size_t)__builtin_ctz(m), found = 1;
            else
                q += 16;
        }
#endif
        while (!found && q < hi && !(mark_byte((unsigned char)s[q]) && is_clause_mark(s, q, se)))
            q++;
        if (q < hi)
            ce = q;
        else if (ce < hi)
            for (ce = hi; ce < se && ((unsigned char)s[ce] & 0xC0) == 0x80;)
                ce++; /* the first character start at or after hi */
    } else {
        while (ce < hi && !is_clause_mark(s, ce, se))
            ce += (xcp(s, ce, se, &adv), adv);
    }
    f->ce = ce;
}

/* A figure stated in words at s[i..i+n) (首位, 翻番): push it; returns n. */
static size_t push_word_fig(doc *d, size_t ss, size_t se, size_t i, size_t n, zb_kind kind,
                            const char *unit, double value)
{
    fig f;
    memset(&f, 0, sizeof f);
    f.kind = kind;
    f.unit = unit;
    f.value = value;
    f.bound = ZB_BOUND_EQ;
    f.ns = f.bs = i;
    f.ne = f.be = i + n;
    clause_of(d->s, ss, se, &f);
    push_fig(d, &f);
    return n;
}

/* "居全省首位", "位列全国首位": rank 1 in words. Returns bytes (0 none). */
static size_t first_place_at(doc *d, size_t ss, size_t se, size_t i)
{
    static const wl rankers[] = {W("位列"), W("位居"), W("排名"), W("居"), W("列"), {NULL, 0}};
    const char *s = d->s;
    size_t from = i, cnt = 0;
    if (!xat(s, i, se, "首位"))
        return 0;
    while (from > ss && cnt < 8 && !is_clause_mark(s, xprev(s, ss, from), se)) {
        from = xprev(s, ss, from);
        cnt += s[from] != ' '; /* a blanked aside (blank_asides) is no word */
    }
    if (!xhas_any(s, from, i, rankers))
        return 0;
    return push_word_fig(d, ss, se, i, 6, ZB_KIND_RANK, "rank", 1);
}

/* "实现翻番", "翻了番": doubled, a growth of 100 %. (翻一番 and 翻两番 carry a
 * numeral and are read by figure_at.) Returns bytes (0 none). */
static size_t doubling_at(doc *d, size_t ss, size_t se, size_t i)
{
    size_t n = xat(d->s, i, se, "翻番") ? 6 : xat(d->s, i, se, "翻了番") ? 9 : 0;
    if (!n)
        return 0;
    return push_word_fig(d, ss, se, i, n, ZB_KIND_GROWTH, "%", 100);
}

/*
 * Is s[q] a range mark (- ~ 至 到 — ～) followed by a number with a unit?
 * Then remember where the upper end starts (d->range_at), give its unit in
 * *u, and when the upper end carries a scale the lower end lacks (3至5万人)
 * scale *lower by it. Returns 1 for a range.
 */
static int range_upper(doc *d, const char *s, size_t q, size_t se, zb_unit *u, zb_numeral *lower)
{
    size_t a = 0, p2, n2l, k;
    zb_numeral n2, raw;
    if (q >= se)
        return 0;
    if (s[q] == '-' || s[q] == '~')
        a = 1;
    else if (!(a = xat(s, q, se, "至")) && !(a = xat(s, q, se, "到")) &&
             !(a = xat(s, q, se, "—")) && !(a = xat(s, q, se, "～")))
        return 0;
    p2 = q + a;
    while (p2 < se && s[p2] == ' ')
        p2++;
    n2l = zb_numeral_parse(s + p2, se - p2, &n2);
    if (!n2l || !(n2.form & ZB_NUMERAL_ARABIC) != !(lower->form & ZB_NUMERAL_ARABIC))
        return 0;
    k = p2 + n2l;
    while (k < se && s[k] == ' ')
        k++;
    if (!zb_unit_parse(s + k, se - k, u))
        return 0;
    if (n2.value < lower->value)
        return 0;
    if ((n2.form & ZB_NUMERAL_SCALED) && !(lower->form & ZB_NUMERAL_SCALED) &&
        zb_numeral_parse(s + p2, n2.len_digits, &raw) && raw.value > 0)
        lower->value *= n2.value / raw.value;
    d->range_at = p2;
    return 1;
}

/*
 * A numeral no statistic can be: not finite, or written with more than
 * MAX_INT_DIGITS significant integer digits (a run of digits pasted into
 * the text; 10,000 of them read as inf).  figure_at skips it whole.
 */
#define MAX_INT_DIGITS 20
static int absurd_numeral(const char *s, const zb_numeral *n)
{
    size_t k, sig = 0;
    if (!isfinite(n->value))
        return 1;
    /* (each digit counts once at most: a numeral of MAX_INT_DIGITS
     * characters or fewer, all but a pasted run, needs no count) */
    if (!(n->form & ZB_NUMERAL_ARABIC) || n->len_digits <= MAX_INT_DIGITS)
        return 0;
    for (k = 0; k < n->len_digits && ((s[k] >= '0' && s[k] <= '9') || s[k] == ','); k++)
        if (s[k] != ',' && (sig || s[k] != '0'))
            sig++;
    return sig > MAX_INT_DIGITS;
}

/* Is the unit a the unit b (a literal)? strcmp with the first three
 * bytes compared inline, which the compiler folds for the literal: most
 * units are a character of three bytes, and no call is left. */
XINLINE int unit_is(const char *a, const char *b)
{
    return a[0] == b[0] &&
           (!b[0] || (a[1] == b[1] && (!b[1] || (a[2] == b[2] && (!b[2] || strcmp(a + 3, b + 3) == 0)))));
}

/*
 * Try a figure at s[i] inside the sentence [ss, se). Returns the bytes to
 * skip (at least the numeral's length, so its tail is not read again);
 * appends to d->figs when it is a figure.
 */
static size_t figure_at(doc *d, size_t ss, size_t se, size_t i)
{
    const char *s = d->s;
    zb_numeral num;
    zb_unit u;
    fig f;
    size_t nl, q, adv, pb;
    unsigned pc = 0, c;
    int rank = 0, approx_inside = 0, ordinal = 0;

    nl = zb_numeral_parse(s + i, se - i, &num);
    if (!nl)
        return 0;
    if (absurd_numeral(s + i, &num))
        return nl;
    /* (f is cleared where it is first written: most numerals leave before) */
    pb = xprev(s, ss, i);
    if (i > ss)
        pc = xcp(s, pb, se, &adv);
    int range_high = d->range_at == i && i > ss;
    int negative = 0;
    /* "增长-2.5%", "为-1.2‰": a minus sign after a word, not after a digit */
    if (pc == '-' && i > ss && !range_high) {
        size_t pp = xprev(s, ss, pb);
        size_t a2;
        unsigned c2 = pb > ss ? xcp(s, pp, se, &a2) : ' ';
        if (xhan(c2) || c2 == ',' || c2 == ':' || c2 == ' ')
            negative = 1;
    }
    /* codes: G312, PM2.5, C919, 1+4, 0432-622 */
    if (i > ss && !range_high && !negative && pc < 0x80 && (is_alnum_ascii((unsigned char)pc) || pc == '.' || pc == '+' || pc == '_' ||
                   pc == '/' || pc == '#' || pc == '-' || pc == '*'))
        return nl;
    q = i + nl;
    if (q < se && (s[q] == '+' || s[q] == '*' || s[q] == '/'))
        return nl;
    /* 翻一番 / 翻两番 */
    if (i > ss && (xat(s, pb, se, "翻") || (xat(s, pb, se, "了") && xends(s, ss, pb, "翻"))) &&
        xat(s, q, se, "番") && (num.form & ZB_NUMERAL_CHINESE)) {
        double times = 1;
        memset(&f, 0, sizeof f);
        f.bound = ZB_BOUND_EQ;
        for (int k = 0; k < (int)num.value && k < 10; k++)
            times *= 2;
        f.value = (times - 1) * 100;
        f.kind = ZB_KIND_GROWTH;
        f.unit = "%";
        f.ns = xat(s, pb, se, "翻") ? pb : pb - 3;
        f.ne = q + 3;
        q = f.ne;
        goto bounds;
    }
    /* 第N: an ordinal, or a rank (第80位, 位列第3) */
    {
        size_t j = i;
        while (j > ss && s[j - 1] == ' ')
            j--;
        if (xends(s, ss, j, "第"))
            ordinal = 1;
    }
    if (num.form & ZB_NUMERAL_CHINESE) {
        int strong = (num.form & (ZB_NUMERAL_PERCENT | ZB_NUMERAL_FRACTION | ZB_NUMERAL_DECIMAL)) ||
                     (num.value >= 100);
        if (!strong && !ordinal && !xat(s, q, se, "成") && !xat(s, q, se, "倍"))
            return nl;
    }
    /* N大行动: names of programmes */
    if (xat(s, q, se, "大") && q + 3 < se && xhan(xcp(s, q + 3, se, &adv)))
        return nl;
    /* (the fields before the indicator, which stays empty till
     * xindicators: 160 bytes less to clear per numeral) */
    /* (in two parts of constant size, which gcc clears with a few vector
     * stores; the whole in one goes by rep stos, slow to start) */
    memset(&f, 0, 64);
    memset((char *)&f + 64, 0, offsetof(fig, ind) - 64);
    f.ind[0] = 0;
    f.bound = ZB_BOUND_EQ;
    f.ns = i;
    f.value = num.value;
    /* 余/多 between the number and the unit */
    {
        size_t a;
        if ((a = xat(s, q, se, "余")) || (a = xat(s, q, se, "多"))) {
            approx_inside = 1;
            q += a;
            /* 300余万元: the scale after 余 */
            for (;;) {
                if ((a = xat(s, q, se, "万")))
                    num.value *= 1e4;
                else if ((a = xat(s, q, se, "亿")))
                    num.value *= 1e8;
                else
                    break;
                q += a;
            }
        }
    }
    while (q < se && s[q] == ' ')
        q++;
    if (num.form & (ZB_NUMERAL_PERCENT | ZB_NUMERAL_FRACTION)) {
        f.kind = ZB_KIND_SHARE;
        f.unit = "%";
        f.ne = q;
    } else if (zb_unit_parse(s + q, se - q, &u)) {
        size_t e = q + u.len, a;
        c = e < se ? xcp(s, e, se, &adv) : 0;
        /* durations and words that only look like units */
        if (unit_is(u.unit, "个")) {
            size_t k = e;
            if ((a = xat(s, k, se, "多")) || (a = xat(s, k, se, "半")))
                k += a;
            if (xat(s, k, se, "月") || xat(s, k, se, "小时") || xat(s, k, se, "工作日") ||
                xat(s, k, se, "季度") || xat(s, k, se, "星期") || xat(s, k, se, "年头"))
                return nl;
        }
        /* counts of abstract categories are programme names: 3个方面, 两个维护 */
        /* (xat_any(s, e, se, W_ABSTRACT) by the filter: every word
         * starts with a three-byte character) */
        if (u.kind == ZB_KIND_COUNT && e + 3 <= se && ((unsigned char)s[e] & 0xF0) == 0xE0 &&
            xfirst_word_at(s, e, se, W_ABSTRACT, &F_ABSTRACT))
            return nl;
        /* 2024届毕业生: a year, not a count */
        if (u.kind == ZB_KIND_COUNT && !(num.form & ZB_NUMERAL_DECIMAL) && num.value >= 1900 &&
            num.value <= 2100 && !(num.form & ZB_NUMERAL_SCALED) &&
            (unit_is(u.unit, "届") || unit_is(u.unit, "级") || unit_is(u.unit, "版") ||
             unit_is(u.unit, "款") || unit_is(u.unit, "季")))
            return nl;
        if (unit_is(u.unit, "m3") && u.len == 3 &&
            (c == 0x9762 /* 面 */ || c == 0x5F0F /* 式 */ || c == 0x6848 /* 案 */ ||
             c == 0x5411 /* 向 */ || c == 0x6CD5 /* 法 */ || c == 0x9488 /* 针 */ ||
             c == 0x4F4D /* 位 */ || c == 0x7565 /* 略 */))
            return nl;
        if ((unit_is(u.unit, "家") && (c == 0x5EAD /* 庭 */ || c == 0x7535 /* 电 */ ||
                                          c == 0x5177 /* 具 */ || c == 0x5C45 /* 居 */)) ||
            (unit_is(u.unit, "只") && (c == 0x8981 || c == 0x6709 || c == 0x662F)) ||
            (unit_is(u.unit, "台") && (c == 0x6E7E || c == 0x5DDE)) ||
            (unit_is(u.unit, "人") && (c == 0x6C11 || c == 0x624D || c == 0x5458)) ||
            (unit_is(u.unit, "所") && (c == 0x6709 || c == 0x4EE5 || c == 0x5C5E)))
            return nl;
        f.kind = u.kind;
        f.unit = u.unit;
        f.value = num.value * u.factor;
        f.value = xtidy15(f.value);
        f.ne = e;
        /* 新台币1.12兆元, 港币50亿元: the currency named before the number */
        if (unit_is(u.unit, "CNY")) {
            size_t j = i;
            while (j > ss && s[j - 1] == ' ')
                j--;
            if (xends(s, ss, j, "台币"))
                f.unit = "TWD";
            else if (xends(s, ss, j, "港币"))
                f.unit = "HKD";
            else if (xends(s, ss, j, "澳门币"))
                f.unit = "MOP";
        }
        if (unit_is(u.unit, "位") || unit_is(u.unit, "名")) {
            size_t j = i;
            while (j > ss && s[j - 1] == ' ')
                j--;
            if (ordinal ||
                xends(s, ss, j, "前进") || xends(s, ss, j, "上升") || xends(s, ss, j, "提升") ||
                xends(s, ss, j, "跃升") || xends(s, ss, j, "后退") || xends(s, ss, j, "下降") ||
                xends(s, ss, j, "提高") || xends(s, ss, j, "前移") || xends(s, ss, j, "后移") ||
                xends(s, ss, j, "上移") || xends(s, ss, j, "下移"))
                rank = 1; /* (a move in a ranking: 较五年前前移9位) */
        }
    } else if (xat(s, q, se, "倍")) {
        f.kind = ZB_KIND_GROWTH;
        f.unit = "%";
        f.value = num.value * 100;
        f.ne = q + 3;
        f.basis = NULL;
        /* only "增长/提高 N 倍" is a growth; "是...的2倍" is a ratio */
        size_t bl;
        bound_before(d->x, s, ss, i, &bl);
        if (!xends_any(s, ss, i - bl, W_GROWTH_UP))
            return nl + 3;
    } else if (xat(s, q, se, "成") && num.value < 10 && !(num.form & ZB_NUMERAL_SCALED)) {
        unsigned nx = q + 3 < se ? xcp(s, q + 3, se, &adv) : 0;
        if (nx == 0x4E3A /* 为 */ || nx == 0x7ACB || nx == 0x529F || nx == 0x679C ||
            nx == 0x672C || nx == 0x4EA4 || nx == 0x6548 || nx == 0x5458 || nx == 0x957F ||
            nx == 0x719F || nx == 0x90FD)
            return nl;
        f.kind = ZB_KIND_SHARE;
        f.unit = "%";
        f.value = num.value * 10;
        f.ne = q + 3;
    } else if (!ordinal && range_upper(d, s, q, se, &u, &num)) {
        /* "3至5个": the lower end takes the unit (and scale) of the upper */
        f.kind = u.kind;
        f.unit = u.unit;
        f.value = num.value * u.factor;
        f.ne = q;
        f.bound = ZB_BOUND_GE;
        f.range = 1;
    } else if (ordinal) {
        size_t j = i;
        while (j > ss && s[j - 1] == ' ')
            j--;
        j -= 3; /* before 第 */
        /* a rank: 位列第3, 居全国第25, 全市第一 (the ranking word within a few
         * characters before 第) */
        static const wl rankers[] = {W("位列"), W("位居"), W("排名"), W("排在"), W("居"),
                                     W("列"), W("全市"), W("全省"), W("全国"), W("全区"),
                                     W("全县"), W("全球"), W("同类"), W("榜单"), {NULL, 0}};
        size_t from = j, cnt = 0;
        while (from > ss && cnt < 8 && !is_clause_mark(s, xprev(s, ss, from), se)) {
            from = xprev(s, ss, from);
            cnt += s[from] != ' '; /* a blanked aside (blank_asides) is no word */
        }
        if (!xhas_any(s, from, j, rankers))
            return nl;
        rank = 1;
        f.ne = q;
    } else {
        return nl;
    }
    if (ordinal && !rank)
        return nl;
    if (rank) {
        f.kind = ZB_KIND_RANK;
        f.unit = "rank";
        f.value = num.value;
        if (ordinal) {
            size_t j = i;
            while (j > ss && s[j - 1] == ' ')
                j--;
            f.ns = j - 3;
        }
    }
    if (f.kind == ZB_KIND_AMOUNT || f.kind == ZB_KIND_QUANTITY || f.kind == ZB_KIND_COUNT) {
        if (!(num.form & ZB_NUMERAL_DECIMAL) && num.value == 0)
            return nl;
    }
bounds:
    if (negative) {
        if (f.kind == ZB_KIND_COUNT || f.kind == ZB_KIND_RANK)
            return nl;
        f.value = -f.value;
        f.ns = pb;
    }
    /* bound words */
    f.bs = f.ns;
    f.be = f.ne;
    if (approx_inside)
        f.bound = ZB_BOUND_APPROX;
    if (range_high) {
        f.bound = ZB_BOUND_LE;
        f.range = 2;
        d->range_at = 0;
        if (d->nfigs && d->figs[d->nfigs - 1].range == 1) {
            const fig *lo = &d->figs[d->nfigs - 1];
            if (strcmp(lo->unit, f.unit) == 0) {
                f.kind = lo->kind;
                f.basis = lo->basis;
                f.decline = lo->decline;
            }
        }
    } else if (f.range == 1) {
        /* lower end of "3至5个": the upper end is next */
    } else {
        /* "3%-5%": a range when the same unit follows another number */
        zb_unit u2;
        zb_numeral lower = num;
        size_t save = d->range_at;
        if (range_upper(d, s, f.ne, se, &u2, &lower) && strcmp(u2.unit, f.unit) == 0) {
            f.bound = ZB_BOUND_GE;
            f.range = 1;
        } else {
            d->range_at = save;
        }
    }
    {
        size_t bl;
        zb_bound b = bound_before(d->x, s, ss, f.ns, &bl);
        if (bl) {
            if (f.bound == ZB_BOUND_EQ)
                f.bound = b;
            f.bs = f.ns - bl;
        }
        size_t e = f.ne, a;
        while (e < se && s[e] == ' ')
            e++;
        if ((a = xat(s, e, se, "以上"))) {
            f.bound = ZB_BOUND_GT;
            f.be = e + a;
        } else if ((a = xat(s, e, se, "以下")) || (a = xat(s, e, se, "以内"))) {
            f.bound = ZB_BOUND_LE;
            f.be = e + a;
        } else if ((a = xat(s, e, se, "左右")) || (a = xat(s, e, se, "上下"))) {
            f.bound = ZB_BOUND_APPROX;
            f.be = e + a;
        }
    }
    /* growth: % after a growth verb (not "增长到": that is a level) */
    if (f.kind == ZB_KIND_SHARE || f.kind == ZB_KIND_PP || f.kind == ZB_KIND_GROWTH) {
        size_t j = f.bs;
        while (j > ss && s[j - 1] == ' ')
            j--;
        size_t k = j, a;
        if ((a = xends(s, ss, k, "了")) || (a = xends(s, ss, k, "为")) ||
            (a = xends(s, ss, k, "达")) || (a = xends(s, ss, k, "达到")))
            k -= a;
        int up = xends_any(s, ss, k, W_GROWTH_UP) > 0;
        int down = xends_any(s, ss, k, W_GROWTH_DOWN) > 0;
        if (xends(s, ss, j, "到") || xends(s, ss, j, "至"))
            up = down = 0;
        if (f.kind == ZB_KIND_SHARE && (up || down) && !xends(s, ss, k, "增加值"))
            f.kind = ZB_KIND_GROWTH;
        if (down && (f.kind == ZB_KIND_GROWTH || f.kind == ZB_KIND_PP))
            f.decline = 1;
    }
    /* basis and 分别/均 in the clause before the figure */
    {
        clause_of(s, ss, se, &f);
        size_t cs = f.cs;
        if (f.kind == ZB_KIND_GROWTH || f.kind == ZB_KIND_PP) {
            /* 同比, 比上年, 较去年同期, 较前一年, 年增 (Taiwan: a yearly increase) */
            if (xhas2(s, cs, f.bs, "同比") || xhas2(s, cs, f.bs, "比上年") ||
                xhas2(s, cs, f.bs, "较上年") || xhas2(s, cs, f.bs, "比去年") ||
                xhas2(s, cs, f.bs, "较去年") || xhas2(s, cs, f.bs, "前一年") ||
                xhas2(s, cs, f.bs, "上年同期") || xhas2(s, cs, f.bs, "去年同期") ||
                xends(s, ss, f.bs, "年增") || xends(s, ss, f.bs, "年减") || xhas2(s, cs, f.bs, "按年") ||
                xhas2(s, cs, f.bs, "年增率"))
                f.basis = "yoy";
            /* 环比, 按月, 较上月, 比上个月, 较前一个月 (month on month) */
            else if (xhas2(s, cs, f.bs, "环比") || xhas2(s, cs, f.bs, "按月") || xhas2(s, cs, f.bs, "月增") ||
                     xhas2(s, cs, f.bs, "比上月") || xhas2(s, cs, f.bs, "较上月") ||
                     xhas2(s, cs, f.bs, "比上个月") || xhas2(s, cs, f.bs, "较上个月") ||
                     xhas2(s, cs, f.bs, "比前一个月") || xhas2(s, cs, f.bs, "较前一个月") ||
                     xhas2(s, cs, f.bs, "比前一月") || xhas2(s, cs, f.bs, "较前一月"))
                f.basis = "mom";
            /* "博彩服务出口按年增加49.3%,总体服务出口增加33.1%": the basis
             * stated once holds for the growths listed after it (not one
             * with a comparison of its own: 比2019年增长20%, nor an
             * average over years: 两年平均增长, 年均增长) */
            int own_base = xhas2(s, cs, f.bs, "比") || xhas2(s, cs, f.bs, "较") ||
                           xhas2(s, cs, f.bs, "年均") || xhas2(s, cs, f.bs, "年平均");
            for (size_t k = d->nfigs; !f.basis && !own_base && f.kind == ZB_KIND_GROWTH && k-- > 0;)
                if (d->figs[k].kind == ZB_KIND_GROWTH) {
                    f.basis = d->figs[k].basis;
                    break;
                }
        }
        size_t j = f.bs;
        while (j > ss && s[j - 1] == ' ')
            j--;
        /* 均/都 "each" (完成率均超100%), not 人均/年均/日均 "per" */
        if ((xends(s, ss, j, "均") &&
             !(xends(s, ss, j, "人均") || xends(s, ss, j, "户均") || xends(s, ss, j, "年均") ||
               xends(s, ss, j, "日均") || xends(s, ss, j, "月均") || xends(s, ss, j, "平均") ||
               xends(s, ss, j, "亩均") || xends(s, ss, j, "季均") || xends(s, ss, j, "地均"))) ||
            (xends(s, ss, j, "都") && !(xends(s, ss, j, "首都") || xends(s, ss, j, "成都") ||
                                        xends(s, ss, j, "古都") || xends(s, ss, j, "京都"))))
            f.each = 1;
        /* the clause starting 分别, or the 、-list right after it */
        if (xhas2(s, cs, f.bs, "分别"))
            f.respectively = 1;
        else if (d->nfigs && d->figs[d->nfigs - 1].respectively && d->figs[d->nfigs - 1].ce + 3 >= cs &&
                 xat(s, xprev(s, ss, cs), se, "、"))
            f.respectively = 1;
        else if (d->nfigs && d->figs[d->nfigs - 1].respectively && d->figs[d->nfigs - 1].be + 3 == f.bs &&
                 (xat(s, d->figs[d->nfigs - 1].be, se, "和") || xat(s, d->figs[d->nfigs - 1].be, se, "及") ||
                  xat(s, d->figs[d->nfigs - 1].be, se, "与")))
            f.respectively = 1; /* 分别增长5%和8% */
    }
    /* "增长18.2%、10.3%": a figure listed after another with the same unit
     * is of the same kind */
    if (d->nfigs) {
        const fig *p = &d->figs[d->nfigs - 1];
        size_t j = f.bs;
        while (j > ss && s[j - 1] == ' ')
            j--;
        size_t lk = xends(s, ss, j, "、") ? 3 : xends(s, ss, j, "和") ? 3 : xends(s, ss, j, "及") ? 3
                                                                           : xends(s, ss, j, "与") ? 3 : 0;
        if (lk && j - lk <= p->be + 1 && p->be <= j - lk &&
            strcmp(p->unit, f.unit) == 0 && f.kind == ZB_KIND_SHARE && p->kind == ZB_KIND_GROWTH) {
            f.kind = p->kind;
            f.basis = p->basis;
            f.decline = p->decline;
        }
    }
    /* a threshold inside a noun phrase: 超50亿元重大项目3个, 5000万元以上项目36个 */
    if ((f.kind == ZB_KIND_AMOUNT || f.kind == ZB_KIND_QUANTITY) &&
        (f.bound == ZB_BOUND_GT || f.bound == ZB_BOUND_GE || f.bound == ZB_BOUND_LE)) {
        size_t e = f.be;
        while (e < se && s[e] == ' ')
            e++;
        /* (a Han character is three bytes: W_VERBISH by the filter) */
        if (e < se && xhan(xcp(s, e, se, &adv)) && !xfirst_word_at(s, e, se, W_VERBISH, &F_VERBISH)) {
            /* another number later in the same clause? */
            for (size_t k = e; k < f.ce; k++)
                if (is_digit(s[k])) {
                    f.thresh = 1;
                    break;
                }
        }
    }
    push_fig(d, &f);
    return (f.be > i ? f.be : f.ne) - i;
}

/* ------------------------------------------------------------- sentence */

/* What line_stats notes of a character for the sentence scans (doc.ev):
 * EV_STAT starts a word of W_ESTIMATE or W_ACTUAL (find_status_words),
 * EV_TGT one of W_TARGET (first_target). The marks that end a sentence
 * (! ? ; 。, body_line) and the characters that may start a time word or
 * a figure (sentence) have arrays of their own (doc.mk, doc.cd). */
enum { EV_STAT = XC_STAT >> 2, EV_TGT = XC_TGT >> 2, EV_SHIFT = 4 };
#define EV_POS(e) ((e) >> EV_SHIFT)

/* Move d->evk to the first noted character at or after i. */
static void ev_seek(doc *d, size_t i)
{
    while (d->evk < d->nev && EV_POS(d->ev[d->evk]) < i)
        d->evk++;
}


/* Every occurrence of the words of W_ESTIMATE and W_ACTUAL in s[ss..se)
 * (overlaps included) into est and act, in one pass that looks only at
 * characters of class CC_STATUSW. Counts are XWORDS + 1 when there are
 * more than XWORDS. Returns whether a 目标 is in s[ss..se), read in the
 * same pass (目 starts 目标是, a word of W_TARGET: line_stats noted each
 * one, as EV_TGT); and sets d->tgt_at, first_target(d, ss, se), from the
 * same characters in the same pass. */
static int intention_at(const doc *d, size_t ss, size_t se, size_t i, size_t *n);
static int find_status_words(doc *d, size_t ss, size_t se)
{
    int goal = 0;
    const char *s = d->s;
    size_t ti = ss, tgt = SIZE_MAX, tn; /* (first_target's walk, in this one) */
    const wl *lists[2] = {W_ESTIMATE, W_ACTUAL};
    xword_at *at[2] = {d->est, d->act};
    size_t *cnt[2] = {&d->nest, &d->nact};
    d->nest = d->nact = 0;
    /* the characters of class CC_STATUSW, as line_stats noted them */
    for (size_t e = d->evk; e < d->nev && EV_POS(d->ev[e]) < se; e++) {
        size_t i = EV_POS(d->ev[e]), adv;
        if ((d->ev[e] & EV_TGT) && i >= ss && i + 6 <= se && memcmp(s + i, "目标", 6) == 0)
            goal = 1;
        if ((d->ev[e] & EV_TGT) && tgt == SIZE_MAX && i >= ti) {
            ti = i;
            if (intention_at(d, ss, se, i, &tn))
                tgt = i;
            ti += tn;
        }
        if (!(d->ev[e] & EV_STAT) || i < ss)
            continue;
        /* only the words that may start with the character at i
         * (status_first), in list order */
        uint64_t t = 0;
        int wide = se - i >= 8; /* (then eight bytes compared at once, as in target_at) */
        if (wide)
            memcpy(&t, s + i, 8);
        for (unsigned m = d->x->status_first[status_hash(xcp(s, i, se, &adv))]; m; m &= m - 1) {
            unsigned b = low_bit(m);
            int k = b >= N_ESTIMATE;
            const wl *w = &lists[k][k ? b - N_ESTIMATE : b];
            /* (every word is three bytes or more: the second and third
             * rule out most before same_bytes) */
            if (w->n <= se - i &&
                (wide ? !((t ^ STAT_HEAD[b]) & STAT_MASK[b]) &&
                            (w->n <= 8 || same_bytes(s + i + 8, w->w + 8, w->n - 8))
                      : s[i + 1] == w->w[1] && s[i + 2] == w->w[2] && same_bytes(s + i, w->w, w->n)) &&
                *cnt[k] <= XWORDS) {
                if (*cnt[k] < XWORDS) {
                    at[k][*cnt[k]].s = i;
                    at[k][*cnt[k]].e = i + w->n;
                }
                (*cnt[k])++;
            }
        }
    }
    d->tgt_at = tgt;
    return goal;
}

/* Is one of the words found by find_words inside [a, b)? */
static int word_in(const char *s, const xword_at *at, size_t n, const wl *ws, size_t a, size_t b)
{
    if (n > XWORDS)
        return xhas_any(s, a, b, ws);
    for (size_t k = 0; k < n; k++)
        if (at[k].s >= a && at[k].e <= b)
            return 1;
    return 0;
}

/* Are the words of accomplishment found in [a, b) all 累计 (a sum that a
 * plan states as well)? */
static int only_cumulative(const doc *d, size_t a, size_t b)
{
    if (d->nact > XWORDS)
        return 0;
    for (size_t k = 0; k < d->nact; k++)
        if (d->act[k].s >= a && d->act[k].e <= b && !xat(d->s, d->act[k].s, d->act[k].e, "累计"))
            return 0;
    return 1;
}

/* Is there a clause mark (, ;) in s[a..b)? Both are ASCII after
 * normalisation, so bytes are enough. */
static int mark_in(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (s[i] == ',' || s[i] == ';')
            return 1;
    return 0;
}

/* First and last month of a period (y*12+m-1), read from its ISO text:
 * 2024, 2024-H1, 2024-Q3, 2024-05, 2024-01/2024-05, 2016/2020. */
static void period_months(const xperiod *p, int *from, int *to)
{
    const char *s = p->s, *e = strchr(s, '/');
    int y = atoi(s), m0 = 1, m1 = 12;
    if (s[4] == '-' && s[5] == 'H')
        m0 = s[6] == '2' ? 7 : 1, m1 = m0 + 5;
    else if (s[4] == '-' && s[5] == 'Q')
        m1 = 3 * (s[6] - '0'), m0 = m1 - 2;
    else if (s[4] == '-')
        m0 = m1 = atoi(s + 5);
    *from = y * 12 + m0 - 1;
    *to = y * 12 + m1 - 1;
    if (e) {
        int f2, t2;
        xperiod q = *p;
        str_copy(q.s, sizeof q.s, e + 1);
        period_months(&q, &f2, &t2);
        *to = t2;
    }
}

/* Does period a lie inside period b? */
static int period_within(const xperiod *a, const xperiod *b)
{
    int af, at, bf, bt;
    if (a->present || b->present || strlen(a->s) < 4 || strlen(b->s) < 4)
        return 0;
    period_months(a, &af, &at);
    period_months(b, &bf, &bt);
    return bf <= af && at <= bt && !(af == bf && at == bt);
}

/* A time word in a later clause (after a figure and a , or ;) that names
 * a part of the frame -- the sentence's opening time word or the
 * paragraph's: ",2020年达到406亿元;" under “十三五”期间, ",其中二季度..."
 * under 上半年 -- dates its own clause only; the frame resumes after it.
 * One that leaves the frame (2019年...;2020年...) or stands as a clause of
 * its own (",2024年以来,") starts a new frame. */
static void mark_details(doc *d, size_t ss)
{
    const char *s = d->s;
    const xperiod *frame = d->para_period.set == 1 ? &d->para_period
                           : d->carry.set == 1   ? &d->carry
                           : d->sec_frame.set == 1 ? &d->sec_frame
                                                   : NULL;
    for (size_t t = 0; t < d->nspans; t++) {
        span *sp = &d->spans[t];
        size_t after = sp->e;
        while (after < d->n && s[after] == ' ')
            after++;
        sp->detail = 0;
        if (sp->p.set != 1)
            continue;
        if (frame && d->figs[0].bs < sp->s && mark_in(s, ss, sp->s) && after < d->n && s[after] != ',' &&
            period_within(&sp->p, frame))
            sp->detail = 1;
        else
            frame = &sp->p;
    }
}

/* Where the clause a figure belongs to starts: its comma clause, or the
 * one before when its own goes on from the figure just named (同比增长5%,
 * 其中..., 占...). A clause-local time word before this does not date it. */
static size_t own_clause(const char *s, size_t ss, const fig *f)
{
    size_t cs = f->ws;
    /* (xat_any(s, cs, f->bs, W_CONT) by the filter: every word starts
     * with a three-byte character) */
    while (cs > ss && s[cs - 1] == ',' && cs + 3 <= f->bs && ((unsigned char)s[cs] & 0xF0) == 0xE0 &&
           xfirst_word_at(s, cs, f->bs, W_CONT, &F_CONT)) {
        size_t p = cs - 1;
        while (p > ss && s[p - 1] != ',' && s[p - 1] != ';')
            p--;
        cs = p;
    }
    return cs;
}

/* Is the year at s[a..b) part of a name: inside 《》, or after a verb of
 * holding (举行, 召开, 在...) at the head of an event's name that ends
 * its clause (2025年重大项目集中签约仪式,)? Not 2025年全区举办招商活动
 * 50场, where the year heads the clause and a figure follows. */
static int in_name(const char *s, size_t ss, size_t a, size_t b, size_t se)
{
    static const wl hold[] = {W("举行"), W("举办"), W("召开"), W("开展"), W("启动"), W("参加"), W("出席"),
                              W("亮相"), W("在"), W("于"), W("“"), {NULL, 0}};
    static const wl held[] = {W("举行"), W("举办"), W("召开"), W("开展"), W("启动"), {NULL, 0}};
    static const wl event[] = {W("仪式"), W("大会"), W("推介会"), W("洽谈会"), W("博览会"), W("交易会"),
                               W("发布会"), W("招商会"), W("对接会"), W("签约会"), W("活动"), W("论坛"),
                               W("峰会"), W("会议"), W("开幕式"), W("展览会"), W("年会"), {NULL, 0}};
    size_t e = b, lim = se < b + 90 ? se : b + 90;
    for (size_t k = a; k > ss && a - k < 90;) { /* 《 not closed before the year */
        k--;
        if ((unsigned char)s[k] == 0xE3 && k + 2 < a && (unsigned char)s[k + 1] == 0x80) {
            if ((unsigned char)s[k + 2] == 0x8B) /* 》 */
                break;
            if ((unsigned char)s[k + 2] == 0x8A) /* 《 */
                return 1;
        }
    }
    if (!xends_any(s, ss, a, hold))
        return 0;
    while (e < lim && s[e] != ',' && s[e] != ';' && s[e] != ':' && !is_digit(s[e]) && !xat(s, e, lim, "。"))
        e++;
    if (xhas_any(s, b, e, held))
        return 0; /* (于2025年举办招商活动: the year the event is held) */
    /* the name ends at the event's noun: the clause's end, or 上/期间/现场 */
    for (size_t k = b; k < e; k++)
        for (const wl *w = event; w->w; w++)
            if (xat(s, k, e, w->w)) {
                size_t x = k + w->n;
                if ((x == e && (e == lim || !is_digit(s[e]))) || xat(s, x, lim, "上") ||
                    xat(s, x, lim, "期间") || xat(s, x, lim, "现场"))
                    return 1;
            }
    return 0;
}

/* A day date (11月13日) followed by the clause that says how the news came
 * ("11月13日,记者从省能源局获悉,", "...召开新闻发布会,", "...发布数据,"):
 * the day it was learned or told, which dates no figure. */
static int report_day(const char *s, size_t a, size_t b, size_t se)
{
    if (!xends(s, a, b, "日") && !xends(s, a, b, "号"))
        return 0;
    size_t e = b + (b < se && s[b] == ',');
    size_t lim = se < e + 150 ? se : e + 150;
#ifdef MARK_SIMD
    /* (the clause's end, sixteen bytes at a time while they are before lim) */
    for (; e + 16 <= lim; e += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + e));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), _mm_cmpeq_epi8(v, _mm_set1_epi8(';'))));
        if (m)
            return xhas_any_f(s, b, e + (size_t)__builtin_ctz(m), W_TOLD, &F_TOLD);
    }
#endif
    while (e < lim && s[e] != ',' && s[e] != ';')
        e++;
    return xhas_any_f(s, b, e, W_TOLD, &F_TOLD);
}

/* Is per a span's day date (4月2日) before the publication day? */
static int day_passed(const doc *d, const xperiod *per)
{
    for (size_t t = 0; t < d->nspans; t++) {
        const span *sp = &d->spans[t];
        if (&sp->p != per)
            continue;
        for (size_t k = sp->s; k + 3 <= sp->e; k++)
            if (memcmp(d->s + k, "月", 3) == 0 && k + 3 < sp->e && is_digit(d->s[k + 3])) {
                int day = atoi(d->s + k + 3);
                size_t j = k + 3;
                while (j < sp->e && is_digit(d->s[j]))
                    j++;
                return xat(d->s, j, sp->e, "日") && day >= 1 && day < d->pub_d;
            }
        return 0;
    }
    return 0;
}

/* Has the period (of the publication year) begun by the publication
 * month: 今年, 上半年 in April, not 下半年 or 四季度? */
static int begun(const xperiod *p, int pub_y, int pub_m)
{
    const char *s = p->s;
    int m = 1;
    if (p->end_y != pub_y || strlen(s) < 4 || atoi(s) != pub_y)
        return 0;
    if (s[4] == '-' && s[5] == 'H')
        m = s[6] == '2' ? 7 : 1;
    else if (s[4] == '-' && s[5] == 'Q')
        m = (s[6] - '1') * 3 + 1;
    else if (s[4] == '-')
        m = atoi(s + 5);
    return m <= pub_m;
}

/* Does the figure's clause report a result whatever the mood around:
 * 实际 (实际到账, 实际使用), a growth compared with last year (同比)? */
static int result_cue(const char *s, size_t cs, const fig *f)
{
    return xhas_any_f(s, cs, f->bs, W_RESULT_CUE, &F_RESULT_CUE);
}

static int doc_mood(doc *d);

/* Is per 今年/本年/全年 (the publication year): the sentence's own, or
 * the paragraph's an earlier sentence named? */
static int this_year(const doc *d, const xperiod *per)
{
    /* the paragraph's, inherited: what its sentence said (今年...。全县建成...) */
    if (per == &d->para_period)
        return d->para_this_year;
    for (size_t t = 0; t < d->nspans; t++)
        if (&d->spans[t].p == per)
            return per->year_only && per->end_y == d->pub_y &&
                   (xat(d->s, d->spans[t].s, d->spans[t].e, "今年") ||
                    xat(d->s, d->spans[t].s, d->spans[t].e, "本年") ||
                    xat(d->s, d->spans[t].s, d->spans[t].e, "全年"));
    return 0;
}

/* Does the span say the current year so far (今年, 本年, 年内, 今年以来,
 * 年初以来), which a 截至3月底 in its sentence ends? */
static int year_to_date_word(const char *s, const span *sp, int pub_y)
{
    if (sp->p.asof || sp->p.present || sp->p.end_y != pub_y || sp->e - sp->s < 6)
        return 0;
    return xat(s, sp->s, sp->e, "今年") || xat(s, sp->s, sp->e, "本年") ||
           xat(s, sp->s, sp->e, "年内") || xat(s, sp->s, sp->e, "年初");
}

/* Is the span a point of this year a count runs up to: 截至3月底,
 * 截至一季度末, or 到/至 a month's end already reached (到3月底)? */
static int upto_point(const doc *d, size_t ss, const span *sp)
{
    const xperiod *p = &sp->p;
    if (p->set != 1 || p->present || p->end_y != d->pub_y)
        return 0;
    if (p->asof)
        return 1;
    return xlen_is(p->s, 7) && p->end_m <= d->pub_m &&
           (xends(d->s, ss, sp->s, "到") || xends(d->s, ss, sp->s, "至")) &&
           (xends(d->s, sp->s, sp->e, "底") || xends(d->s, sp->s, sp->e, "末"));
}

/* Is there a 累计 in s[a..b) with no verb of a flow after it (累计落户,
 * 累计孵化; not 累计完成, 累计实现, 累计新增): a sum with no start, a
 * stock at the point it is counted to? */
static int bare_cumulative(const char *s, size_t a, size_t b)
{
    const char *p;
    while (b > a && (p = xfind(s + a, b - a, "累计", 6)) != NULL) {
        a = (size_t)(p - s) + 6;
        if (!xat(s, a, b, "完成") && !xat(s, a, b, "实现") && !xat(s, a, b, "新增"))
            return 1;
    }
    return 0;
}

/* Is f, inherited per, part of a sum with no start stated in its
 * sentence (基地累计孵化项目逾600个,带动就业约2.1万人): a count, an
 * amount or a quantity, no flow verb of its own (新增), no start in the
 * sentence (以来) or in per (5年来, or a span of whole years over
 * before the text: 过去五年 in January 2026, 2021/2025)? */
static int stated_sum(const doc *d, const fig *f, size_t ss, const xperiod *per)
{
    const char *s = d->s;
    return (f->kind == ZB_KIND_COUNT || f->kind == ZB_KIND_AMOUNT || f->kind == ZB_KIND_QUANTITY) &&
           !per->framing && !(per->s[4] == '/' && per->end_y < d->pub_y) && bare_cumulative(s, ss, f->bs) && !xhas2(s, ss, f->bs, "以来") &&
           !xhas_any_f(s, f->cs, f->bs, W_FLOW_ONLY, &F_FLOW_ONLY);
}

/* Is there a 计划 + verb (计划新建, 计划实施) in s[a..b)? 计划 as a noun
 * (年度计划的45%, 计划总投资) is not an intention. */
static int planned_before(const char *s, size_t a, size_t b)
{
    static const wl verbs[] = {W("实施"), W("建设"), W("投资"), W("安排"), W("改造"), W("打造"),
                               W("培育"), W("招引"), {NULL, 0}};
    /* (each 计划 in turn, found by xmemmem) */
    for (const char *p; b - a >= 6 && (p = xfind(s + a, b - a, "计划", 6)) != NULL;) {
        size_t i = (size_t)(p - s);
        if (xat_any(s, i + 6, b, W_RESULT) || xat_any(s, i + 6, b, verbs))
            return 1;
        a = i + 1;
    }
    return 0;
}

/* What status_of searched for in a sentence, kept for its next figures:
 * the first ':' and the first of a few words from the start of a
 * figure's window (xscan: the sentence's start, or a window's that moves
 * on with the figures), and listed_at of the figure asked last. Set up by
 * smemo_init for the sentence from ss. */
enum { SM_COLON, SM_GOAL, SM_DONE, SM_GOAL_IS1, SM_GOAL_IS2, SM_PROJECT, SM_LISTED, SM_N = SM_LISTED + 5 };
typedef struct smemo {
    xscan w[SM_N];
    const fig *lf; /* (listed_at of lf: lat) */
    size_t lat;
    size_t ss;
    /* the first place a word of W_RESULT starts in s[ss..rupto) and
     * ends by rupto (SIZE_MAX: none) */
    size_t result, rupto;
    /* result_word_before's answers so far: yes for every end from rtrue
     * on, no for every end up to rfalse (its answer only grows with end) */
    size_t rtrue, rfalse;
    int goal;       /* a 目标 in s[ss..se) (find_status_words) */
} smemo;

static void smemo_init(smemo *m, size_t ss, int goal)
{
    for (int k = 0; k < SM_N; k++)
        xscan_init(&m->w[k], ss);
    m->lf = NULL;
    m->ss = m->rupto = ss;
    m->result = SIZE_MAX;
    m->rtrue = SIZE_MAX;
    m->rfalse = ss;
    m->goal = goal;
}

/* xhas_any_f(s, ss, end, W_RESULT, &F_RESULT) for the sentence from ss,
 * by the first place a word starts (found once, looked for on only as far
 * as a later end asks, as xscan_first does): before end when a word there
 * fits, or a later one does. */
static int result_word_in(const char *s, size_t end, smemo *m)
{
    if (m->result == SIZE_MAX && end > m->rupto) {
        /* none ends by rupto: one found now starts after rupto - RESULT_MAX */
        size_t from = m->rupto - m->ss >= RESULT_MAX ? m->rupto - RESULT_MAX + 1 : m->ss;
        size_t k = xfind_any_f(s, from, end, W_RESULT, &F_RESULT);
        m->rupto = end;
        m->result = k < end ? k : SIZE_MAX;
    }
    size_t k = m->result;
    if (end <= m->ss || k >= end) /* (SIZE_MAX: none ends by rupto, nor by end <= rupto) */
        return 0;
    return xat_any(s, k, end, W_RESULT) || xhas_any_f(s, k + 1, end, W_RESULT, &F_RESULT);
}

static int result_word_before(const char *s, size_t end, smemo *m)
{
    /* a word before an earlier end is before this one; none before a
     * later end: none before this one (the figures of a sentence ask
     * with ends that mostly grow: one search after the first yes) */
    if (end >= m->rtrue)
        return 1;
    if (end <= m->rfalse)
        return 0;
    int r = result_word_in(s, end, m);
    if (r)
        m->rtrue = end;
    else
        m->rfalse = end;
    return r;
}

/* Is the figure one of a list of projects this year's plan already holds
 * (全市共安排重点项目1126个,总投资8635.2亿元; 列入省重大项目32个):
 * 安排/列入/纳入 before it in its sentence, of 项目? A list drawn up is
 * a result, what is planned for its projects (计划投资) is not. */
static size_t listed_at_(const char *s, size_t ss, const fig *f, smemo *m)
{
    static const wl listed[] = {W("安排"), W("列入"), W("纳入"), W("共有"), W("项目共"), {NULL, 0}};
    /* the first of them (each found by xmemmem), from 80 characters
     * before the figure at most (a list states its figures right after
     * it): no quadratic walk, and few bytes to look at */
    size_t lo = f->bs > ss + 240 ? f->bs - 240 : ss, i = f->bs;
    /* (searches by the memo: each word looked for once in a sentence) */
    if (xscan_first(s, &m->w[SM_PROJECT], lo, f->be, "项目", 6) == SIZE_MAX)
        return SIZE_MAX; /* (one look rules most sentences out) */
    for (const wl *w = listed; w->w && lo < f->bs; w++) {
        size_t at = xscan_first(s, &m->w[SM_LISTED + (w - listed)], lo, i, w->w, w->n);
        if (at != SIZE_MAX)
            i = at;
    }
    if (i + 6 > f->bs)
        return SIZE_MAX;
    return xhas2(s, i, f->be, "项目") && !xends(s, ss, i, "计划") && !xends(s, ss, i, "拟") ? i : SIZE_MAX;
}

/* listed_at, once per figure (status_of may ask up to four times) */
static size_t listed_at(const char *s, size_t ss, const fig *f, smemo *m)
{
    if (m->lf != f) {
        m->lf = f;
        m->lat = listed_at_(s, ss, f, m);
    }
    return m->lat;
}

static int listed_projects(const char *s, size_t ss, const fig *f, smemo *m)
{
    return listed_at(s, ss, f, m) != SIZE_MAX;
}

/* Does the figure follow, in its sentence, a colon after 目标 (今年的目标
 * 任务:..., 主要预期目标为:...; not 完成...目标:)? A list of targets: the
 * paragraph's later sentences (its items after ;) are targets too. */
static int target_list(doc *d, size_t ss, const fig *f, smemo *m)
{
    size_t lo = f->bs > ss + WINDOW ? f->bs - WINDOW : ss; /* (no quadratic walk) */
    const char *s = d->s;
    /* every test below needs a 目标: with none in the sentence, none holds */
    if (!m->goal)
        return 0;
    /* the first ':' in s[lo..bs), 目标 and not 完成 before it (searches by
     * the memo: each looked for once in a sentence); 目标任务为/是 too
     * (目标为, 目标是 are words of W_TARGET) */
    size_t c = xscan_first(s, &m->w[SM_COLON], lo, f->bs, ":", 1);
    if ((c == SIZE_MAX || xscan_first(s, &m->w[SM_GOAL], lo, c, "目标", 6) == SIZE_MAX ||
         xscan_first(s, &m->w[SM_DONE], lo, c, "完成", 6) != SIZE_MAX) &&
        xscan_first(s, &m->w[SM_GOAL_IS1], lo, f->bs, "目标任务为", 15) == SIZE_MAX &&
        xscan_first(s, &m->w[SM_GOAL_IS2], lo, f->bs, "目标任务是", 15) == SIZE_MAX)
        return 0;
    d->para_mood = ZB_STATUS_TARGET;
    return 1;
}

static size_t first_target(const doc *d, size_t ss, size_t se);

/* Is the figure one of this year's listed projects (listed_projects; 共有
 * 重点项目, 重点项目共 too; a count or an amount), dated this year or not
 * at all, in a text of
 * March or later, with no word of intention from the clause of
 * the listing on (今年,我市将继续实施...攻坚行动,全市共安排重点项目1126
 * 个: the 将 is another clause's)? A list drawn up is a result in a text
 * or paragraph of plans too. */
static int listed_now(doc *d, size_t ss, const fig *f, const xperiod *per, smemo *m)
{
    const char *s = d->s;
    size_t i, cs, lo = f->bs > ss + WINDOW ? f->bs - WINDOW : ss, lo_ev, hi_ev, keep = d->evk, t;
    if (d->pub_m < 3 || (f->kind != ZB_KIND_COUNT && f->kind != ZB_KIND_AMOUNT) ||
        (per && per->set == 1 && per->end_y != d->pub_y) || (i = listed_at(s, ss, f, m)) == SIZE_MAX)
        return 0;
    for (cs = i; cs > lo && !is_clause_mark(s, xprev(s, lo, cs), f->bs);)
        cs = xprev(s, lo, cs);
    /* the words of intention from cs on: first_target from the first
     * event at cs (found by halving, not walked to) */
    for (lo_ev = d->evk, hi_ev = d->nev; lo_ev < hi_ev;) {
        size_t mid = lo_ev + (hi_ev - lo_ev) / 2;
        if (EV_POS(d->ev[mid]) < cs)
            lo_ev = mid + 1;
        else
            hi_ev = mid;
    }
    d->evk = lo_ev;
    t = first_target(d, cs, f->bs);
    d->evk = keep;
    return t >= f->bs && !planned_before(s, lo, f->bs) && !xhas2(s, own_clause(s, ss, f), f->bs, "计划新");
}

/* The mood around a figure: its paragraph's, its section's, the text's. */
static zb_status mood_of(doc *d)
{
    if (d->para_mood >= 0)
        return (zb_status)d->para_mood;
    if (d->sec_mood >= 0)
        return (zb_status)d->sec_mood;
    if (d->doc_mood < 0) /* worked out when first needed */
        d->doc_mood = doc_mood(d);
    return (zb_status)d->doc_mood;
}

/* Status of a figure of the sentence from ss, dated per, from the words
 * before it in its sentence; own: where its clause starts (own_clause). */
static zb_status status_of(doc *d, const fig *f, size_t ss, size_t own, const xperiod *per, smemo *sm)
{
    const char *s = d->s;
    if (word_in(s, d->est, d->nest, W_ESTIMATE, f->bs > ss + WINDOW ? f->bs - WINDOW : ss, f->bs))
        return ZB_STATUS_ESTIMATE;
    /* a period ending in a later year than the text is a plan, whatever
     * it sums up (“十四五”期间累计完成... in 2021); 已, 截至, 现有 still
     * state what is done */
    int later = per && per->set == 1 && d->pub_y && per->end_y > d->pub_y;
    if (word_in(s, d->act, d->nact, W_ACTUAL, f->ws, f->bs) &&
        !(later && only_cumulative(d, f->ws, f->bs)))
        return ZB_STATUS_ACTUAL;
    if (later)
        return ZB_STATUS_TARGET;
    if (per && per->set == 1 && d->pub_y &&
        per->end_y * 12 + per->end_m < d->pub_y * 12 + d->pub_m)
        return ZB_STATUS_ACTUAL;
    if (d->tgt_at < f->bs && listed_now(d, ss, f, per, sm))
        return ZB_STATUS_ACTUAL;
    if (d->tgt_at < f->bs || target_list(d, ss, f, sm))
        return ZB_STATUS_TARGET;
    /* a period of this year, begun, with no word of intention: 实际 or a
     * comparison with last year (同比) in the figure's clause is a result
     * so far, whatever the mood around (今年实际到账外资..., 同比增长...) */
    if (per && per->set == 1 && d->pub_y && begun(per, d->pub_y, d->pub_m) &&
        result_cue(s, own, f) && !planned_before(s, ss, f->bs))
        return ZB_STATUS_ACTUAL;
    /* a day of the publication month, passed (4月2日,...举行...签约仪式,
     * 12个项目现场签约): the event is done, its figures are results */
    if (per && per->set == 1 && d->pub_d && per->end_y == d->pub_y && per->end_m == d->pub_m &&
        day_passed(d, per) && result_word_before(s, f->ce, sm) && !planned_before(s, ss, f->bs))
        return ZB_STATUS_ACTUAL;
    /* a period still to come is a plan; but 今年/全年 with a verb of
     * result in the sentence (今年新增7家, 今年小麦种植面积达52万亩) is a
     * result when the text reports: no word of intention, no plan around
     * (年内 stays the plan for the rest of the year), and the year is two
     * months old at least (in January a year's figure is the plan); a
     * list of this year's projects drawn up (共安排重点项目1126个) is one
     * too, and 计划新开工/计划新建 in the figure's own clause is its plan */
    if (per && per->set == 1 && per->end_y == d->pub_y && per->end_m > d->pub_m && !this_year(d, per) &&
        listed_now(d, ss, f, per, sm))
        return ZB_STATUS_ACTUAL; /* (2025年,全市共安排...: this year's list, named by its number; 今年's below) */
    if (per && per->set == 1 && d->pub_y &&
        per->end_y * 12 + per->end_m > d->pub_y * 12 + d->pub_m &&
        !(this_year(d, per) && d->pub_m >= 3 &&
          ((result_word_before(s, f->be, sm) && mood_of(d) != ZB_STATUS_TARGET) ||
           listed_projects(s, ss, f, sm)) &&
          !planned_before(s, ss, f->bs) && !xhas2(s, own_clause(s, ss, f), f->bs, "计划新")))
        return ZB_STATUS_TARGET;
    zb_status m = mood_of(d);
    return m != ZB_STATUS_ACTUAL && listed_now(d, ss, f, per, sm) ? ZB_STATUS_ACTUAL : m;
}

/* xat_any(s, i, se, W_TARGET), comparing only the words that may start
 * with the character at i (target_first, by first character). */
static size_t target_at(const doc *d, size_t i, size_t se)
{
    size_t adv, best = 0, left = se - i;
    const char *s = d->s;
    if (i >= se)
        return 0;
    uint32_t m = d->x->target_first[status_hash(xcp(s, i, se, &adv))];
    if (left >= 8) {
        /* (eight bytes of the text against each word's first eight at
         * once: the words of a first character mostly differ in the
         * second, 计划 of 统计, 累计) */
        uint64_t t;
        memcpy(&t, s + i, 8);
        for (; m; m &= m - 1) {
            unsigned b = low_bit(m);
            const wl *w = &W_TARGET[b];
            if (w->n <= left && w->n > best && !((t ^ TGT_HEAD[b]) & TGT_MASK[b]) &&
                (w->n <= 8 || same_bytes(s + i + 8, w->w + 8, w->n - 8)))
                best = w->n;
        }
        return best;
    }
    for (; m; m &= m - 1) {
        const wl *w = &W_TARGET[low_bit(m)];
        if (w->n <= left && w->n > best && same_bytes(s + i, w->w, w->n))
            best = w->n;
    }
    return best;
}

/* Is a word of intention (W_TARGET, target_at) at s[i], a character of
 * the sentence from ss noted EV_TGT? Not 将近/将其 (a bound), nor 要 inside
 * 主要/重要/需要... *n: target_at's bytes (0: no word of W_TARGET). */
static int intention_at(const doc *d, size_t ss, size_t se, size_t i, size_t *n)
{
    const char *s = d->s;
    *n = target_at(d, i, se);
    if (!*n)
        return 0;
    if (xat(s, i, se, "将") && (xat(s, i + 3, se, "近") || xat(s, i + 3, se, "其")))
        return 0;
    if (xat(s, i, se, "要") && *n == 3) {
        size_t p = xprev(s, ss, i);
        static const wl pre[] = {W("主"), W("重"), W("需"), W("只"), W("必"), W("纲"), W("摘"), W("首"),
                                          W("不"), W("紧"), W("简"), W("提"), {NULL, 0}};
        static const wl post[] = {W("素"), W("求"), W("点"), W("么"), W("闻"), W("害"), W("件"), W("是"),
                                           {NULL, 0}};
        if ((i > ss && xat_any(s, p, i, pre)) || xat_any(s, i + 3, se, post))
            return 0;
    }
    return 1;
}

/* Where the first word of intention of the sentence starts (力争, 确保,
 * 将, 要 ...), or SIZE_MAX. 将近 is a bound; 要 inside 主要/重要/需要 is
 * not "must". (find_status_words finds the sentence's in its own pass:
 * the same walk.) */
static size_t first_target(const doc *d, size_t ss, size_t se)
{
    size_t i = ss, n;
    /* the characters of class CC_TARGET, as line_stats noted them */
    for (size_t e = d->evk; e < d->nev && EV_POS(d->ev[e]) < se; e++) {
        if (!(d->ev[e] & EV_TGT) || EV_POS(d->ev[e]) < i)
            continue;
        i = EV_POS(d->ev[e]);
        if (intention_at(d, ss, se, i, &n))
            return i;
        i += n;
    }
    return (size_t)-1;
}

/* Can xgeneric_zone_at(d, d->s, i, se, .., 1) find a name at s[i]? Only
 * with a zone suffix (class CC_ZSUF) as its second to fifth character,
 * those before it 3-byte Han ones of no class CC_NSTOP: their bytes
 * (zb_extractor.zgen) rule out most places without the call. */
static inline int generic_may_start(const doc *d, size_t i, size_t se)
{
    const unsigned char *u = (const unsigned char *)d->s + i;
    for (size_t k = 1; k <= 4 && i + 3 * k + 3 <= se; k++) {
        u += 3;
        if ((u[0] & 0xF0) != 0xE0)
            return 0;
        size_t w = ((size_t)u[0] << 6) + u[1] - 0x3800;
        unsigned b = u[2] & 63;
        if ((d->x->zgen[0][w] >> b) & 1)
            return 1;
        if ((d->x->zgen[1][w] >> b) & 1)
            return 0;
    }
    return 0;
}

/* A list's first name, two characters and a suffix not at a name's left
 * edge (滁州市下辖的来安县、天长市、全椒县), before the 、 at m after which
 * the last zone found starts: put before it, when the zone before is not
 * right there. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void list_head(doc *d, size_t m, size_t se)
{
    zmention *z = &d->zm[d->nzm - 1];
    char name[NAME_CAP];
    if (d->nzm >= MAX_ZM || (d->nzm >= 2 && d->zm[d->nzm - 2].e > m - 9) ||
        xclause_zone_at(d, d->s, m - 9, se, name) != 9)
        return;
    z[1] = z[0];
    z->s = m - 9;
    z->e = m;
    z->weak = 0;
    str_copy(z->zone, NAME_CAP, name);
    d->nzm++;
}

/* The suffixes of parks (long_park; not 地区 of 人均地区生产总值) */
static const wl W_PARKS[] = {W("保税区"), W("开发区"), W("高新区"), W("经开区"), W("合作区"), W("示范区"),
                             W("试验区"), W("新区"), W("片区"), W("园区"), W("产业园"), W("工业园"),
                             W("科技园"), W("科学城"), W("港区"), {NULL, 0}};

/* Is the place z named at s[i, e) (no park) where people, teams or
 * schools come from (香港高校项目, 香港团队, 澳门科研机构, 香港人才), in a
 * text or paragraph on another zone: then no zone of its own (the
 * origins of firms and residents, 澳资企业, 澳门居民, are zone_at's). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int origin_of(const doc *d, size_t e, size_t se, const char *z)
{
    static const wl who[] = {W("高校"), W("大学"), W("团队"), W("机构"), W("人才"), W("科研"),
                             W("创业"), W("专业人士"), W("院校"), W("专家"), W("创客"), {NULL, 0}};
    const char *c = xcontext_zone(d);
    return c && strcmp(c, z) != 0 && xat_any(d->s, e, se, who) && !xends_any(z, 0, strlen(z), W_PARKS);
}

/* Is the bare city name at s[i, e) the place of an event (在合肥召开新闻
 * 发布会, 于北京举行): after 在/于, a verb of an event within a few
 * characters of its clause? Then it names neither the text's zone nor that
 * of the figures of the clauses after it. */
static int event_place(const doc *d, size_t a, size_t i, size_t e, size_t end)
{
    static const wl ev[] = {W("召开"), W("举行"), W("举办"), W("开幕"), W("闭幕"), W("发布"), {NULL, 0}};
    if (i < a + 3 || (!xat(d->s, i - 3, e, "在") && !xat(d->s, i - 3, e, "于")))
        return 0;
    for (size_t k = e, n = 0; k + 6 <= end && n < 8 && (unsigned char)d->s[k] >= 0x80; k += 3, n++)
        if (xat_any(d->s, k, end, ev))
            return 1;
    return 0;
}

/* A park of a long name by its shape at s[i] (a stem of up to six
 * characters: 两路果园港综合保税区), as a clause's subject: its bytes (0:
 * none; not a name of four characters or less, nor one of no park's
 * suffix), into g. Only where a zone suffix's first character (zgen) comes within
 * seven characters, no stop character before it. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t long_park(const doc *d, size_t i, size_t se, char *g)
{
    const unsigned char *u = (const unsigned char *)d->s + i;
    size_t k, m, gl;
    for (k = 1; k <= 7 && i + 3 * k + 3 <= se; k++) {
        u += 3;
        size_t w = ((size_t)u[0] << 6) + u[1] - 0x3800;
        if ((u[0] & 0xF0) != 0xE0 || ((d->x->zgen[1][w] >> (u[2] & 63)) & 1))
            return 0;
        if ((d->x->zgen[0][w] >> (u[2] & 63)) & 1)
            break;
    }
    if (k > 7 || i + 3 * k + 3 > se || (m = xgeneric_zone_at(d, d->s, i, se, g, 0)) < 12 ||
        (gl = strlen(g)) < 12 || !xends_any(g, 0, gl, W_PARKS))
        return 0;
    return m;
}

/* A park named after a city opening a clause (重庆两路果园港综合保税区,
 * 重庆市两路果园港综合保税区): the city and the park are the clause's
 * subject, not the city (its mention [i, i + n) becomes the whole: into z,
 * the bytes added returned). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t city_park(doc *d, size_t i, size_t n, size_t se, char *z)
{
    char g[NAME_CAP];
    size_t m = long_park(d, i + n, se, g);
    if (!m)
        return 0;
    d->zm[d->nzm].weak = 0;
    copy_nospace(z, NAME_CAP, d->s, i, i + n + m);
    xlearn_generic(d, d->s, i + n, i + n + m); /* (its name, as any park's) */
    return m;
}

/* The bits of d->name_first of the 64 characters whose middle byte ends
 * in the bits of b1 (xname_first's c & 4095 is (b1 & 63) << 6 | (b2 &
 * 63)): bit b2 & 63 is xname_first's answer at bytes .. b1 b2, one load
 * (no learned name: all 0). */
static inline uint64_t name_word(const doc *d, unsigned b1)
{
    const unsigned char *p = d->name_first + ((b1 & 63) << 3);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
#else
    uint64_t v = 0;
    for (unsigned k = 0; k < 8; k++)
        v |= (uint64_t)p[k] << (8 * k);
    return v;
#endif
}

/* The zones named in the sentence [ss, se) before zend (the last
 * figure's start), into d->zm: at each Han character outside a time word,
 * a name xzone_at knows, a district as the subject of a clause
 * (xclause_zone_at), a name by its shape (xgeneric_zone_at) at a name's
 * left edge, 全国 at a clause start. (A function of its own: the walk
 * keeps its state in registers.) */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void zone_mentions(doc *d, size_t ss, size_t se, size_t zend)
{
    const char *s = d->s;
    size_t i, adv;
    int clause_start = 1;
    /* The spans are in text order and apart (a time word is read past,
     * <event>以来 reaches back only over characters of none): then a
     * cursor (sk) gives the span at i as in_span would, i only growing. */
    int sorted = 1;
    size_t sk = 0;
    for (size_t t = 1; t < d->nspans; t++)
        if (d->spans[t].s < d->spans[t - 1].e)
            sorted = 0;
    /* edge: xname_edge(d, ss, i), worked out from the character before i
     * when the walk stepped over it (-1: not known, ask xname_edge) */
    int edge = 1;
    const unsigned short *cls = d->x->cclass;
    /* no time word starts before span_s (with sorted spans; else 0: look
     * at every character) */
    size_t span_s = 0;
    for (i = ss; i < zend;) {
        const unsigned char *u = (const unsigned char *)s + i;
        unsigned c, cc;
        size_t n = 0;
        const span *sp;
        /* The fast lane, inside a clause and at no left edge: Han
         * characters where no zone starts and after which no name may
         * start (d->x->zquiet, by their bytes; no learned name's first
         * character: xname_first on c & 4095, the low bits of the last two
         * bytes), in a loop of their own up to the next time word */
        if (!clause_start && edge == 0 && i > ss) {
            size_t lim = zend < span_s ? zend : span_s;
            const uint64_t *zq = d->x->zquiet, *zp = d->x->zplace;
            lim = lim < se - 2 ? lim : se - 2; /* (a 3-byte character fits) */
            while (i < lim && (c = (unsigned char)s[i]) - 0xE0u < 0x10u) {
                u = (const unsigned char *)s + i;
                size_t w = (c << 6) + u[1] - 0x3800;
                unsigned b = u[2] & 63;
                /* (a place name's first character is quiet too where no
                 * name of the table starts: xpair_maybe) */
                if (((name_word(d, u[1]) >> b) & 1) ||
                    (!((zq[w] >> b) & 1) && (!((zp[w] >> b) & 1) || xpair_maybe(d->x->place_pairs, u, se - i))))
                    break;
                i += 3;
            }
            if (i >= zend)
                break;
            u = (const unsigned char *)s + i;
        }
        if ((u[0] & 0xF0) == 0xE0 && se - i >= 3) { /* xcp's 3-byte case, in place */
            c = ((unsigned)(u[0] & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
            adv = 3;
        } else {
            c = xcp(s, i, se, &adv);
        }
        if (i >= span_s) {
            if (sorted) {
                while (sk < d->nspans && d->spans[sk].e <= i)
                    sk++;
                sp = sk < d->nspans && d->spans[sk].s <= i ? &d->spans[sk] : NULL;
                span_s = sk < d->nspans ? d->spans[sk].s : (size_t)-1;
            } else {
                sp = in_span(d, i);
            }
            if (sp) {
                i = sp->e; /* a time word keeps the clause start: "全年全国粮食..." */
                edge = -1;
                continue;
            }
        }
        /* (CC_HAN is xhan's answer: told by the code point, before the
         * class is loaded, and only Han characters load it) */
        if (c >= 0x80 && !xhan(c)) {
            /* a character neither Han nor ASCII: no zone starts; 、 。 …
             * start a clause; after it a name may start (a whole 3-byte
             * one: xname_edge) */
            clause_start = c == 0x3001 || c == 0x3002 || c == 0x2026;
            edge = adv == 3 ? 1 : -1;
            i += adv;
            continue;
        }
        if (c < 0x80) {
            /* ASCII: no zone starts; a clause mark starts a clause, a space
             * keeps it, a digit is no left edge */
            clause_start = c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')' ||
                           (clause_start && c == ' ');
            edge = !(c >= '0' && c <= '9');
            /* ... and so on over the run of ASCII (a figure's digits), up to
             * the next time word */
            while (++i < zend && i < span_s && (c = (unsigned char)s[i]) < 0x80) {
                clause_start = c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' ||
                               c == ')' || (clause_start && c == ' ');
                edge = !(c >= '0' && c <= '9');
            }
            continue;
        }
        /* From here on c is a Han character (of the BMP, 3 bytes) */
        cc = cls[c];
        /* Most characters: a Han one inside a clause where no zone starts
         * (xzone_may_start), no name by its shape either (no left edge, or
         * a character that cannot start one); the next one is at a left
         * edge after 在, 于, 年 ... (CC_EDGE) */
        if (!clause_start && (edge == 0 || (cc & (CC_NSTOP | CC_NSTART))) &&
            !xzone_may_start_at(d, c, cc, i > ss ? edge : 1)) {
            i += 3;
            edge = (cc & CC_EDGE) != 0;
            continue;
        }
        if (clause_start && c == 0x5176 && xat(s, i + 3, se, "中")) {
            i += 6; /* 其中来安县增长...: the clause starts after it */
            edge = 1;
            continue;
        }
        if (d->nzm < MAX_ZM) {
            char z[NAME_CAP];
            /* (xzone_at's first test made here: most characters start no zone;
             * nor does a place name's first character, not a suffix's, where
             * no name of the table starts: xpair_maybe) */
            if (xzone_may_start_at(d, c, cc, i > ss ? edge : 1)) {
                const unsigned char *uz = (const unsigned char *)s + i;
                if (adv == 3 && (cc & (CC_PLACE | CC_ZSUF)) == CC_PLACE && c != 0x5168 && c != 0x672C &&
                    c != 0x8BE5 && !xname_first(d, c) && !xpair_maybe(d->x->place_pairs, uz, se - i))
                    d->zm[d->nzm].weak = 0; /* (as xzone_at_c would) */
                else if ((n = xzone_at_c(d, i, se, z, &d->zm[d->nzm].weak, c, cc)) != 0 && clause_start &&
                         (d->zm[d->nzm].weak == 1 || (c != 0x5168 && xends(z, 0, strlen(z), "市"))))
                    n += city_park(d, i, n, se, z); /* (not 全市) */
            }
            if (!n && clause_start && (n = xclause_zone_at(d, s, i, se, z)) != 0) {
                d->zm[d->nzm].weak = 0;
                xlearn_generic(d, s, i, i + n); /* (淮阴 of 淮阴区 then) */
            }
            /* (at no left edge, edge 0 inside a clause, no name by its
             * shape: generic_may_start is not asked) */
            if (!n && !(cc & (CC_NSTOP | CC_NSTART)) && (clause_start || edge != 0) &&
                generic_may_start(d, i, se) &&
                (clause_start || (edge >= 0 ? edge : xname_edge(d, ss, i))) && xgeneric_may(d, i, se) &&
                (n = xgeneric_zone_at(d, s, i, se, z, 1)) != 0) {
                d->zm[d->nzm].weak = 0;
                xlearn_generic(d, s, i, i + n);
                /* 临港经济区 after a headline's 滨海新区临港经济区: the fuller name */
                size_t zl = strlen(z), dl = strlen(d->doc_zone);
                if (dl > zl && memcmp(d->doc_zone + dl - zl, z, zl) == 0)
                    str_copy(z, sizeof z, d->doc_zone);
            }
            if (!n && clause_start && (n = xat(s, i, se, "全国")) != 0) {
                str_copy(z, sizeof z, "全国"); /* the subject is the whole country */
                d->zm[d->nzm].weak = 0;
            }
            if (n && d->zm[d->nzm].weak != 2 && !origin_of(d, i + n, se, z)) { /* (2: a region not the subject) */
                d->zm[d->nzm].s = i;
                d->zm[d->nzm].e = i + n;
                str_copy(d->zm[d->nzm].zone, NAME_CAP, z);
                d->nzm++;
                if (i >= ss + 12 && (xat(s, i - 3, i, "、") || xat(s, i - 3, i, "和") || xat(s, i - 3, i, "与")))
                    list_head(d, i - 3, se); /* (下辖的来安县、天长市, 所辖的来安县和全椒县) */
            }
        }
        /* (a Han character is no clause mark: the clause goes on) */
        clause_start = 0;
        if (n) {
            i += n;
            edge = -1;
            /* 江宁区和浦口区: the next name of a list starts as the first did */
            if ((xat(s, i, se, "和") || xat(s, i, se, "与") || xat(s, i, se, "及")) && xlist_follows(s, i, se)) {
                i += 3;
                clause_start = 1;
            }
            continue;
        }
        i += adv;
        /* xname_edge at the next character, from this one: after a whole
         * 3-byte Han character one of class CC_EDGE (在, 于, 年...); else
         * ask it */
        edge = adv == 3 ? (cc & CC_EDGE) != 0 : -1;
    }
}

/* "自2022年6月印发《...》以来,累计...": a date in the clause that ends
 * in 以来 at i (the event named between them: no dated clause of its
 * own) is the start of the interval since, not the period of the
 * figures after it: the date dates nothing, and the interval dates a
 * 累计 figure only. */
static void since_in_clause(doc *d, size_t ss, size_t i)
{
    const char *s = d->s;
    size_t cs = i;
    while (cs > ss && s[cs - 1] != ',' && s[cs - 1] != ';')
        cs--;
    for (size_t t = d->nspans; t-- > 0;) {
        span *sp = &d->spans[t];
        if (sp->e > i || sp->s < cs)
            break;
        xperiod *q = &sp->p;
        if (q->set != 1 || q->present || q->framing || q->asof ||
            strchr(q->s, '/') || (q->s[4] == '-' && (q->s[5] == 'H' || q->s[5] == 'Q')))
            break;
        int y = q->end_y, m = q->year_only ? 1 : q->end_m;
        if (y * 12 + m > d->pub_y * 12 + d->pub_m || d->nspans >= MAX_SPANS)
            break;
        q->set = 0; /* the date of the event */
        span *ns = &d->spans[d->nspans++];
        memset(ns, 0, sizeof *ns);
        ns->s = i;
        ns->e = i + 6;
        ns->cumulative = 1;
        ns->p.set = 1;
        snprintf(ns->p.s, sizeof ns->p.s, "%04d-%02d/%04d-%02d", y, m, d->pub_y, d->pub_m);
        ns->p.end_y = d->pub_y;
        ns->p.end_m = d->pub_m;
        ns->p.framing = 1;
        break;
    }
}

/* Is the year word at s[i..j) the whole a share is taken of: after 完成,
 * 占, 为 or 达(到), with a plan or 的 within a few characters (完成全年投资计划的
 * 27.6%, 占全年目标的27.6%, 占全年的三成)? */
static int plan_object(const char *s, size_t ss, size_t i, size_t j, size_t se)
{
    static const wl plan[] = {W("目标"), W("计划"), W("任务"), W("预算"), W("的"), {NULL, 0}};
    size_t k;
    if (!(xends(s, ss, i, "完成") || xends(s, ss, i, "占") || xends(s, ss, i, "为") || xends(s, ss, i, "达") ||
          xends(s, ss, i, "达到")))
        return 0;
    /* the plan noun or 的 right after, or after a short noun (投资计划):
     * up to seven characters, no mark, no digit */
    for (k = j; k < se && k < j + 21 && (unsigned char)s[k] >= 0x80; k += 3)
        if (xat_any(s, k, se, plan))
            return 1;
    return 0;
}

/* One figure for each zone of a list (祁东县、祁阳县两地各签约项目5个,
 * A区和B区均增长5%): the list right before the figure (after the figure
 * before), then 各 (not 各类, 各项...) or 均/都 before the figure in its
 * clause: one record per zone, as 均 gives one per listed figure. */
static void each_zone(doc *d, size_t ss)
{
    for (size_t k = 0; k < d->nfigs && d->nzm >= 2; k++) {
        fig *f = &d->figs[k];
        size_t from = k > 0 ? d->figs[k - 1].be : ss, z0 = 0, nz = 0;
        if (f->thresh || f->respectively || f->zm || f->range)
            continue;
        for (size_t t = 0; t < d->nzm; t++)
            if (d->zm[t].s >= from && d->zm[t].e <= f->bs) {
                if (nz && d->zm[t].s > d->zm[t - 1].e + 3)
                    nz = 0; /* (not a list with the one before) */
                if (!nz)
                    z0 = t;
                nz++;
            }
        if (nz < 2 || nz > 8 || mark_in(d->s, d->zm[z0 + nz - 1].e, f->bs))
            continue;
        static const wl kinds[] = {W("类"), W("项"), W("级"), W("种"), W("个"), W("界"), W("部"), W("族"),
                                   W("地"), W("乡"), W("镇"), W("村"), W("县"), W("区"), W("市"), {NULL, 0}};
        static const wl per[] = {W("人均"), W("户均"), W("年均"), W("日均"), W("月均"), W("平均"), W("亩均"),
                                 W("季均"), W("地均"), {NULL, 0}};
        size_t a = d->zm[z0 + nz - 1].e, e = f->bs;
        const char *g = xmemmem(d->s + a, e - a, "各", 3), *u = xmemmem(d->s + a, e - a, "均", 3);
        if (g && xat_any(d->s, (size_t)(g - d->s) + 3, e, kinds))
            g = NULL; /* (各类, 各项, 各地: not each of the zones) */
        if (u && u > d->s + a && xends_any(d->s, a, (size_t)(u - d->s) + 3, per))
            u = NULL; /* (人均, 年均: per) */
        if (!g && !u && !f->each)
            continue;
        d->figs[k].each = 0;
        d->figs[k].zm = (int)z0 + 1;
        for (size_t t = 1; t < nz; t++) {
            fig c = d->figs[k];
            c.zm = (int)(z0 + t) + 1;
            if (push_fig(d, &c) != ZB_OK)
                return;
            memmove(&d->figs[k + t + 1], &d->figs[k + t], (d->nfigs - 1 - (k + t)) * sizeof *d->figs);
            d->figs[k + t] = c;
        }
        k += nz - 1;
    }
}

/* Are the last cnt of the nz zones z[] a list of their own: each right
 * after the one before (、, 和), the one before them not? */
static int list_run(const doc *d, const size_t *z, size_t nz, size_t cnt)
{
    for (size_t t = nz - cnt + 1; t < nz; t++)
        if (d->zm[z[t]].s > d->zm[z[t - 1]].e + 3)
            return 0;
    return d->zm[z[nz - cnt]].s > d->zm[z[nz - cnt - 1]].e + 3;
}

/* 分别 over names no table knows listed before a count of places as long
 * as the run (今年以来,来安、天长、全椒三县...分别为...): each name of two
 * characters with the count's suffix (来安县; 三地: the name alone), for
 * the run figs[k..k+cnt) only (at no place in the text, as previous_list
 * keeps its names). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void counted_list(doc *d, size_t from, size_t k, size_t cnt)
{
    static const char nums[] = "两三四五六七八";
    const char *s = d->s;
    size_t e = d->figs[k].bs, c, adv, p;
    if (cnt > 8)
        return;
    for (c = from; c + 6 <= e; c += adv) {
        xcp(s, c, e, &adv);
        if (adv == 3 && memcmp(s + c, nums + 3 * (cnt - 2), 3) == 0 &&
            (xat(s, c + 3, e, "县") || xat(s, c + 3, e, "市") || xat(s, c + 3, e, "区") || xat(s, c + 3, e, "地")))
            break;
    }
    if (c + 6 > e || c < from + 6 * cnt + 3 * (cnt - 1) || d->nzm + cnt > MAX_ZM)
        return;
    const unsigned short *cls = d->x->cclass;
    size_t n0 = d->nzm;
    for (size_t t = 0; t < cnt; t++) {
        p = c - 6 - 9 * (cnt - 1 - t); /* the t-th name, a mark after each but the last */
        for (size_t q = p; q < p + 6; q += 3) {
            unsigned u = xcp(s, q, e, &adv);
            if (adv != 3 || !(cls[u] & CC_HAN) || (cls[u] & CC_NUMERAL))
                return;
        }
        if (t + 1 < cnt && !xat(s, p + 6, e, "、") && !(t + 2 == cnt && xat(s, p + 6, e, "和")))
            return;
    }
    /* (the first name starts a phrase: no Han character before it but 的) */
    p = c - 6 - 9 * (cnt - 1);
    if (p > from && xhan(xcp(s, xprev(s, from, p), e, &adv)) && !xends(s, from, p, "的"))
        return;
    for (size_t t = 0; t < cnt; t++, p += 9) {
        zmention *m = &d->zm[d->nzm++];
        m->s = m->e = (size_t)-1;
        m->weak = 0;
        memcpy(m->zone, s + p, 6);
        memcpy(m->zone + 6, s + c + 3, 3); /* (来安县; 三地: 来安) */
        m->zone[xat(s, c + 3, e, "地") ? 6 : 9] = 0;
        d->figs[k + t].zm = (int)(n0 + t) + 1;
    }
}

/* 分别 opening a sentence over the list of zones the sentence before it
 * in the paragraph is about (来安县、天长市、全椒县表现突出。开工率分别为
 * ...): that sentence's names, read now, when they end in a list as long
 * as the run of figs[0..cnt). They stay in d->zm for the run only (at no
 * place in the text: no other figure takes them as the nearest). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void previous_list(doc *d, size_t ss, size_t cnt)
{
    const char *s = d->s;
    size_t pe = ss, ps, n0 = d->nzm, z[8], nz = 0;
    if (pe >= 3 && xat(s, pe - 3, pe, "。"))
        pe -= 3;
    else if (pe > 0 && (s[pe - 1] == ';' || s[pe - 1] == '!' || s[pe - 1] == '?'))
        pe--;
    else
        return; /* (the paragraph's first sentence) */
    for (ps = pe; ps > 0 && s[ps - 1] != '\n' && s[ps - 1] != ';' && s[ps - 1] != '!' && s[ps - 1] != '?' &&
                  !(ps >= 3 && xat(s, ps - 3, ps, "。"));
         ps--)
        if (pe - ps > WINDOW)
            return;
    zone_mentions(d, ps, pe, pe);
    for (size_t t = n0; t < d->nzm && nz < 8; t++)
        z[nz++] = t;
    int ok = nz == cnt + 1 ? list_run(d, z, nz, cnt) : nz == cnt;
    for (size_t t = nz - cnt + 1; ok && t < nz; t++)
        ok = d->zm[z[t]].s <= d->zm[z[t - 1]].e + 3; /* (one list: 、, 和) */
    if (!ok) {
        d->nzm = n0;
        return;
    }
    for (size_t t = 0; t < cnt; t++)
        d->figs[t].zm = (int)z[nz - cnt + t] + 1;
    for (size_t t = n0; t < d->nzm; t++)
        d->zm[t].s = d->zm[t].e = (size_t)-1;
}

/* 分别 over a list of zones, for the zones: each 分别 (in a figure's
 * clause) starts a run of figures; a run as long as the list of zones
 * named before it (after the figure before) takes them place by place, and
 * a later run of the same length with no zones of its own goes on with
 * them ("淮阴区、洪泽区地区生产总值分别达到612.4亿元、498.7亿元,分别增长
 * 6.2%、5.8%"). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void respectively_zones(doc *d, size_t ss)
{
    size_t pk = 0, pcnt = 0; /* the last run: its start and length, when it has zones */
    for (size_t k = 0; k < d->nfigs;) {
        if (!d->figs[k].respectively) {
            pcnt = 0;
            k++;
            continue;
        }
        size_t m = k + 1, nz = 0, z[8];
        while (m < d->nfigs && d->figs[m].respectively && !xhas(d->s, d->figs[m].cs, d->figs[m].bs, "分别"))
            m++;
        size_t cnt = m - k, from = k > 0 ? d->figs[k - 1].be : ss;
        for (size_t t = 0; t < d->nzm && nz < 8; t++)
            if (d->zm[t].s >= from && d->zm[t].e <= d->figs[k].bs)
                z[nz++] = t;
        if (cnt >= 2 && nz > cnt && list_run(d, z, nz, cnt)) {
            memmove(z, z + nz - cnt, cnt * sizeof *z); /* (滁州市下辖的|来安县、天长市、全椒县) */
            nz = cnt;
        }
        if (cnt >= 2 && !d->figs[k].zm && nz == cnt)
            for (size_t t = 0; t < cnt; t++)
                d->figs[k + t].zm = (int)z[t] + 1;
        if (cnt >= 2 && !d->figs[k].zm && nz < cnt)
            counted_list(d, from, k, cnt);
        if (cnt >= 2 && !d->figs[k].zm && !nz && !k)
            previous_list(d, ss, cnt);
        else if (cnt >= 2 && !d->figs[k].zm && !nz && pcnt == cnt)
            for (size_t t = 0; t < cnt; t++)
                d->figs[k + t].zm = d->figs[pk + t].zm;
        pk = k;
        pcnt = d->figs[k].zm && d->figs[m - 1].zm ? cnt : 0;
        k = m;
    }
    each_zone(d, ss);
}

/* (据澳门特区政府统计暨普查局公布,...: the source's area is the subject) */
static const wl OPENING_SRC[] = {W("另据"), W("根据"), W("据"), W("此外"), W("另外"), W("同期"), {NULL, 0}};

/* opening's walk from i over time spans, spaces, commas and source words
 * (OPENING_SRC). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t opening_walk(const doc *d, size_t i, size_t se)
{
    size_t n;
    while (i < se) {
        const span *sp = in_span(d, i);
        if (sp)
            i = sp->e;
        else if (d->s[i] == ' ' || d->s[i] == ',')
            i++;
        else if ((n = xat_any(d->s, i, se, OPENING_SRC)) != 0)
            i += n;
        else
            break;
    }
    return i;
}

/* May a word of OPENING_SRC stand at s[i] (i < se)? Its first two bytes
 * against every word's, without a branch per word (a lead byte that one
 * of them shares is common, and no branch predicts it). */
static inline int opening_src_may(const char *s, size_t i, size_t se)
{
    unsigned hit = 0;
    if (se - i < 2)
        return 1;
    for (const wl *w = OPENING_SRC; w->w; w++)
        hit |= (unsigned)(w->w[0] == s[i]) & (unsigned)(w->w[1] == s[i + 1]);
    return hit != 0;
}

/* The zone a sentence opens with as the subject of its first clause
 * (after time words): "洪泽区一季度地区生产总值..." names the zone of the
 * paragraph's figures after it; not a list (淮阴区、洪泽区), a bare city
 * name, or 全市/全国 (a figure of the whole, beside the text's own).
 * Returns where the subject starts: past the time spans, spaces, commas
 * and source words that open s[ss..se). */
static inline size_t opening(const doc *d, size_t ss, size_t se)
{
    /* (most sentences open with none of them: ss, by the walk's first
     * test, inline and without a call) */
    if (ss < se && d->s[ss] != ' ' && d->s[ss] != ',' && !in_span(d, ss) && !opening_src_may(d->s, ss, se))
        return ss;
    return opening_walk(d, ss, se);
}

/* zone_aside's walks to the marks of its clause (',' ';' ':'), 16 bytes a
 * step by SSE2 (the marks are ASCII: a byte compare finds them inside
 * Han text too), the rest byte by byte. clause_back: the clause's start
 * at or before c, not before ss (just after the last mark in [ss, c)). */
static inline size_t clause_back(const char *s, size_t ss, size_t c)
{
#if defined(__SSE2__) && !defined(ZB_NO_SSE2)
    const __m128i m1 = _mm_set1_epi8(','), m2 = _mm_set1_epi8(';'), m3 = _mm_set1_epi8(':');
    for (; c - ss >= 16; c -= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + c - 16));
        unsigned k = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, m1), _mm_cmpeq_epi8(v, m2)), _mm_cmpeq_epi8(v, m3)));
        if (k)
            return c - 16 + (size_t)(31 - __builtin_clz(k)) + 1;
    }
#endif
    while (c > ss && s[c - 1] != ',' && s[c - 1] != ';' && s[c - 1] != ':')
        c--;
    return c;
}

/* The first mark (',' ';' ':') in [ce, lim), else lim. */
static inline size_t clause_fwd(const char *s, size_t ce, size_t lim)
{
#if defined(__SSE2__) && !defined(ZB_NO_SSE2)
    const __m128i m1 = _mm_set1_epi8(','), m2 = _mm_set1_epi8(';'), m3 = _mm_set1_epi8(':');
    for (; ce < lim && lim - ce >= 16; ce += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + ce));
        unsigned k = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, m1), _mm_cmpeq_epi8(v, m2)), _mm_cmpeq_epi8(v, m3)));
        if (k)
            return ce + (size_t)__builtin_ctz(k);
    }
#endif
    while (ce < lim && s[ce] != ',' && s[ce] != ';' && s[ce] != ':')
        ce++;
    return ce;
}

/* Is the place m named inside a clause before f's, not as its subject
 * (深化与香港合作,港资企业达到1.28万家; 对接澳门产业,澳资企业...), that clause
 * stating no figure, in a text or paragraph on a zone? Then it is no zone
 * of f (a park named so still is). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int zone_aside(const doc *d, size_t ss, const zmention *m, const fig *f)
{
    size_t c = m->s, ce = m->e;
    /* (most names open their clause: the cheap test first) */
    if (c == (size_t)-1 || c <= ss || d->s[c - 1] == ',' || d->s[c - 1] == ';' || d->s[c - 1] == ':' ||
        !xcontext_zone(d))
        return 0;
    c = clause_back(d->s, ss, c);
    if (opening(d, c, m->s) == m->s || xends_any(m->zone, 0, strlen(m->zone), W_PARKS))
        return 0;
    ce = clause_fwd(d->s, ce, f->cs);
    for (size_t k = 0; k < d->nfigs; k++) /* (no figure in its clause) */
        if (d->figs[k].bs >= m->e && d->figs[k].bs < ce)
            return 0;
    return 1;
}

/* The zone d->zm[0] names the paragraph's figures after it, unless it is
 * weak (a bare city name), 全市/全国, a bare 高新区 (no name of the text's
 * to stand for) or the first of a list (淮阴区、洪泽区). */
static void set_para_zone(doc *d)
{
    static const wl bare[] = {W("园区"), W("开发区"), W("高新区"), W("经开区"), W("新片区"), W("新区"), {NULL, 0}};
    const zmention *m = &d->zm[0];
    if (!d->nzm || m->weak || xat(d->s, m->s, m->e, "全") ||
        xat_any(m->zone, 0, strlen(m->zone), bare) == strlen(m->zone) ||
        (d->nzm > 1 && d->zm[1].s <= m->e + 3 && d->zm[1].s >= m->e))
        return;
    str_copy(d->para_zone, sizeof d->para_zone, m->zone);
}

/* set_para_zone for a sentence [ss, ...) with figures whose first zone
 * stands at its opening. */
static void paragraph_zone(doc *d, size_t ss)
{
    if (d->nzm && opening(d, ss, d->zm[0].s) == d->zm[0].s)
        set_para_zone(d);
}

/* A paragraph's first sentence with no figure ("洪泽区经济稳中有进。"),
 * from its opening i to se: a zone named there as the subject names the
 * paragraph's figures. (Looked for only when a later sentence of the
 * paragraph has figures: d->para_open.) */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void opening_zone(doc *d, size_t i, size_t se)
{
    size_t n;
    zmention *m = &d->zm[0];
    if (i >= se)
        return;
    if ((n = xzone_at(d, i, se, m->zone, &m->weak)) != 0 && !d->nzm &&
        (m->weak == 1 || (!xat(d->s, i, se, "全") && xends(m->zone, 0, strlen(m->zone), "市"))))
        n += city_park(d, i, n, se, m->zone); /* (重庆两路果园港综合保税区是...) */
    if (!n) {
        m->weak = 0;
        if (!(n = xclause_zone_at(d, d->s, i, se, m->zone)))
            n = xgeneric_zone_at(d, d->s, i, se, m->zone, 1); /* (learnt only where figures are) */
    }
    if (!n || i + n >= se || m->weak || (d->s[i + n] != ':' && xlist_follows(d->s, i + n, se)))
        return; /* (a sentence of a name alone, a list: 淮阴区、洪泽区; a label "洪泽区:" is none) */
    m->s = i;
    m->e = i + n;
    d->nzm = 1;
    set_para_zone(d);
    d->nzm = 0;
}

/* Is the character c at i (class cc) a Chinese digit or 十 standing
 * alone (一批, 进一步, 三大, 十年), which figure_at would read and drop as
 * no figure (a weak numeral: not followed by 成 or 倍, no ordinal after
 * 第, no 翻一番)? Most Chinese numerals of a text are; figure_at returns
 * their one character's length, which the caller steps over anyway. */
static inline int weak_numeral(const doc *d, size_t ss, size_t se, size_t i, unsigned c, unsigned cc)
{
    const char *s = d->s;
    size_t adv, j = i;
    if (!(cc & CC_NUMERAL) || c == 0x767E /* 百 */ || c == 0x5343 /* 千 */ || i + 3 > se)
        return 0;
    /* what may follow: no more of the numeral (xnumeral_more: a digit,
     * 十百千万亿, 点, 分), nor 成, 倍, 番 */
    unsigned c2 = i + 3 < se ? xcp(s, i + 3, se, &adv) : 0;
    if ((c2 < 0x10000 && (d->x->cclass[c2] & CC_NUMERAL)) || c2 == 0x4E07 || c2 == 0x4EBF || c2 == 0x70B9 ||
        c2 == 0x5206 || c2 == 0x6210 || c2 == 0x500D || c2 == 0x756A)
        return 0;
    while (j > ss && s[j - 1] == ' ')
        j--;
    return !xends(s, ss, j, "第");
}

/* A time word at s[i] (xperiod_may_start let it through): its span and
 * what it tells the paragraph (its year, an event dated for ...以来, the
 * month a report opens with). Returns its bytes, 0 for none. (Out of
 * sentence's scan, as the other readers of a candidate: the scan keeps its
 * few values in registers.) */
static XNOINLINE size_t time_word_at(doc *d, size_t ss, size_t se, size_t i)
{
    const char *s = d->s;
    xperiod p;
    int keep = 0;
    p.set = 0;
    /* (with no publication date a time word dates nothing, but it
     * is no part of a name: a span that keeps names apart) */
    size_t n = xperiod_at(s, i, se, d->pub_y ? d->pub_y : 2000, d->pub_y ? d->pub_m : 1, d->para_year, &p);
    if (n && !d->pub_y)
        p.set = 0, keep = 1;
    /* 比上年, 较去年, 同比上年, 比2019年: a base of comparison, not a period */
    if (n && i > ss) {
        size_t pv = xprev(s, ss, i);
        if (xat(s, pv, se, "比") || xat(s, pv, se, "较") ||
            (!is_digit(s[i]) && (xat(s, pv, se, "于") || xat(s, pv, se, "同"))))
            p.set = 0;
        /* 与前一季度相比, 和2023年相比: a base too */
        if ((xat(s, pv, se, "与") || xat(s, pv, se, "和")) && xat(s, i + n, se, "相比"))
            p.set = 0;
        /* 完成全年目标任务的52.3%, 占全年投资计划的27.6%: the
         * year's plan is the object, not the figure's period */
        if (p.year_only && !is_digit(s[i]) && xends(s, ss, i, "完成") &&
            (xat(s, i + n, se, "目标") || xat(s, i + n, se, "计划") || xat(s, i + n, se, "任务") ||
             xat(s, i + n, se, "预算")))
            p.set = 0; /* (完成年初预算的86.5% too) */
        /* ... and 占全年目标的, 完成全年投资计划的: a span that
         * dates nothing (the noun phrase stays cut there) */
        else if (p.year_only && !is_digit(s[i]) && plan_object(s, ss, i, i + n, se))
            p.set = 0, keep = 1;
        /* 举行2025年重大项目集中签约仪式, 《2025年...》: a name */
        else if (p.year_only && is_digit(s[i]) && in_name(s, ss, i, i + n, se))
            p.set = 0;
    }
    /* 当月, 本月 after "10月份,全省..." (in the sentence, the
     * paragraph or the report's opening): that month, not the
     * publication's */
    if (n && p.set == 1 && !is_digit(s[i]) && (xat(s, i, se, "当月") || xat(s, i, se, "本月"))) {
        const xperiod *m = NULL;
        for (size_t t = d->nspans; !m && t-- > 0;)
            if (d->spans[t].s >= ss && month_before(&d->spans[t].p, d->pub_y, d->pub_m, 1))
                m = &d->spans[t].p;
        if (!m && month_before(&d->para_period, d->pub_y, d->pub_m, 1))
            m = &d->para_period;
        if (!m && month_before(&d->carry, d->pub_y, d->pub_m, 1))
            m = &d->carry;
        if (!m && month_before(&d->lead, d->pub_y, d->pub_m, 1))
            m = &d->lead;
        if (m) {
            memset(&p, 0, sizeof p);
            p.set = 1;
            p.end_y = m->end_y;
            p.end_m = m->end_m;
            snprintf(p.s, sizeof p.s, "%04d-%02d", p.end_y % 10000, p.end_m % 100);
        }
    }
    /* "11月13日,记者从...获悉,": the day the news came, no period */
    if (n && p.set == 1 && !p.year_only && is_digit(s[i]) && report_day(s, i, i + n, se))
        p.set = 0;
    /* the month a month report opens with (10月份,全省...; not
     * the day the reporter learned it, 11月13日): the report's */
    if (n && d->lead_open && !d->lead.set && is_digit(s[i]) && month_before(&p, d->pub_y, d->pub_m, 0) &&
        p.end_y * 12 + p.end_m + 1 == d->pub_y * 12 + d->pub_m && !xends(s, i, i + n, "日") &&
        !xends(s, i, i + n, "号"))
        d->lead = p;
    if (n && (p.set || keep) && d->nspans < MAX_SPANS) {
        d->spans[d->nspans].s = i;
        d->spans[d->nspans].e = i + n;
        d->spans[d->nspans].p = p;
        d->spans[d->nspans].cumulative = 0;
        d->spans[d->nspans].detail = 0; /* (mark_details runs for sentences with figures only) */
        d->nspans++;
        /* a dated event: remember it for "...以来" */
        if (p.set == 1 && !p.year_only && !strchr(p.s, '/') && p.s[4] == '-' &&
            p.s[5] != 'H' && p.s[5] != 'Q' && d->nevents < MAX_EVENTS && is_digit(s[i]) &&
            i + n < se && s[i + n] == ',') {
            d->events[d->nevents].y = p.end_y;
            d->events[d->nevents].m = p.end_m;
            d->events[d->nevents].s = i + n;
            d->events[d->nevents].e = se < i + n + 120 ? se : i + n + 120;
            d->nevents++;
        }
        /* ("过去一年,", "去年,": a clause of its own sets the
         * year of 全年 too) */
        if (p.set == 1 && p.year_only &&
            (is_digit(s[i]) || (p.end_y == d->pub_y - 1 && i + n < se && s[i + n] == ',')))
            d->para_year = p.end_y;
        /* ... and in a review of last year, 今年/明年 (今年,全区将
         * 力争...全年...) the year of a plan */
        else if (p.set == 1 && p.year_only && d->doc_year && p.end_y > d->doc_year &&
                 p.end_y >= d->pub_y && xat(s, i + 3, se, "年"))
            d->para_year = p.end_y;
    }
    return n;
}

/* "<event>以来" at s[i] (a 以 before 来, with a publication date): the
 * event looked up among the dated clauses; returns 以来's bytes. */
static XNOINLINE size_t since_at(doc *d, size_t ss, size_t se, size_t i)
{
    const char *s = d->s;
    size_t adv;
    size_t k = i, cnt = 0;
    while (k > ss && cnt < 5) {
        size_t pk = xprev(s, ss, k);
        if (!xhan(xcp(s, pk, se, &adv)) || in_span(d, pk))
            break;
        k = pk;
        cnt++;
    }
    int found = 0;
    /* (a longer name ends with the two characters before 以来:
     * when no event holds those, none holds a longer one) */
    if (cnt >= 2) {
        size_t a2 = xprev(s, ss, xprev(s, ss, i)), e = 0;
        while (e < d->nevents && !(d->events[e].e >= d->events[e].s + (i - a2) &&
                                   xfind(s + d->events[e].s, d->events[e].e - d->events[e].s, s + a2, i - a2)))
            e++;
        if (e == d->nevents)
            cnt = 0;
    }
    for (size_t len = 5; len >= 2 && !found; len--) {
        if (cnt < len)
            continue;
        size_t a = i;
        for (size_t t = 0; t < len; t++)
            a = xprev(s, ss, a);
        for (size_t e = 0; e < d->nevents && !found; e++) {
            size_t es = d->events[e].s, ee = d->events[e].e;
            if (ee >= es && xfind(s + es, ee - es, s + a, i - a))
                found = 1;
            if (found && d->nspans < MAX_SPANS) {
                xperiod p;
                memset(&p, 0, sizeof p);
                p.set = 1;
                snprintf(p.s, sizeof p.s, "%04d-%02d/%04d-%02d", d->events[e].y,
                         d->events[e].m, d->pub_y, d->pub_m);
                p.end_y = d->pub_y;
                p.end_m = d->pub_m;
                p.framing = 1;
                d->spans[d->nspans].s = a;
                d->spans[d->nspans].e = i + 6;
                d->spans[d->nspans].p = p;
                d->spans[d->nspans].cumulative = 0;
                d->spans[d->nspans].detail = 0;
                d->nspans++;
            }
        }
    }
    if (!found)
        since_in_clause(d, ss, i);
    return 6;
}

static void sentence_records(doc *d, size_t ss, size_t se);
static void sentence_period(doc *d, size_t ss);

/* d->para_open for a paragraph's first sentence with no time word (no
 * span): its start with this bit, the walk (opening) not taken yet. */
#define OPEN_LATER ((size_t)1 << (sizeof(size_t) * 8 - 1))

/* The opening of the paragraph's first sentence (d->para_open, ending at
 * d->para_open_e), walked now when sentence left it for later: as opening
 * found it then, with no span of that sentence in the way. */
static size_t para_opening(doc *d)
{
    if (!(d->para_open & OPEN_LATER))
        return d->para_open;
    size_t ns = d->nspans, o;
    d->nspans = 0; /* (the spans now are a later sentence's) */
    o = opening(d, d->para_open & ~OPEN_LATER, d->para_open_e);
    d->nspans = ns;
    return o;
}

static void sentence(doc *d, size_t ss, size_t se)
{
    const char *s = d->s;
    size_t i, adv;
    d->nfigs = 0;
    d->nspans = 0;
    d->nzm = 0;
    while (d->cdk < d->ncd && d->cd[d->cdk] < ss)
        d->cdk++;
    /* time words and figures, left to right; most characters start
     * nothing: only those line_stats noted (doc.cd: a digit or a class
     * CC_PERIOD, CC_NUMERAL, CC_HOOK) are read */
    size_t ek = d->cdk;
    const size_t ncd = d->ncd, *cd = d->cd;
    for (i = ss; i < se;) {
        /* (a digit is a candidate: line_stats notes only the first of a
         * run of digits, the scan reads on into the run) */
        if (!is_digit(s[i])) {
            while (ek < ncd && cd[ek] < i)
                ek++;
            /* Most candidates are a character that may start a time word
             * (CC_PERIOD), not a figure nor a hook word (numhook), and no
             * time word starts with it and the next one
             * (xperiod_pair_maybe, as xperiod_may_start would answer):
             * nothing starts there. So with a numeral that the next
             * character leaves weak (一 alone) and 以 with no 来
             * (SCAN_PAIR, numhook has neither; not after 第:
             * scan_ordinal). They are passed over here, in a tight
             * loop. (The character after one starts no digit run the
             * scan would read on into: such a run's first digit is the
             * next candidate.) */
            for (;; ek++) {
                if (ek == ncd || cd[ek] >= se)
                    goto scanned;
                const unsigned char *u = (const unsigned char *)s + cd[ek];
                if (!((u[0] & 0xF0) == 0xE0 && se - cd[ek] >= 3 &&
                      !((d->x->numhook[((size_t)u[0] << 6) + u[1] - 0x3800] >> (u[2] & 63)) & 1) &&
                      !scan_pair_maybe(u, se - cd[ek]) && !scan_ordinal(s, ss, cd[ek])))
                    break;
            }
            i = cd[ek];
        }
        unsigned c = xcp(s, i, se, &adv);
        size_t n = 0;
        unsigned cc = c < 0x10000 ? d->x->cclass[c] : 0;
        if (is_digit(s[i]) || (cc & CC_PERIOD)) {
            if (xperiod_may_start(s, i, se))
                n = time_word_at(d, ss, se, i);
        }
        if (!n && c == 0x4EE5 /* 以 */ && xat(s, i, se, "以来") && d->pub_y)
            n = since_at(d, ss, se, i);
        /* figures, in the same pass: a time word at i was taken first */
        if (!n && (is_digit(s[i]) || (cc & CC_NUMERAL)) && !weak_numeral(d, ss, se, i, c, cc))
            n = figure_at(d, ss, se, i);
        if (!n && c == 0x9996) /* 首 */
            n = first_place_at(d, ss, se, i);
        if (!n && c == 0x7FFB) /* 翻 */
            n = doubling_at(d, ss, se, i);
        i += n ? n : adv;
    }
scanned:
    d->cdk = ek; /* (the candidates before ek are before se: the next sentence's are after) */
    /* (a paragraph's zone ends with it: a line break since) */
    if (d->para_zone[0] && memchr(d->s + d->para_zone_upto, '\n', ss - d->para_zone_upto))
        d->para_zone[0] = 0;
    d->para_zone_upto = ss;
    {
        /* a paragraph's first sentence (a line's) */
        size_t p = ss;
        while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t' || s[p - 1] == '\r'))
            p--;
        if (p == 0 || s[p - 1] == '\n') {
            d->para_open_e = 0;
            if (!d->nfigs) { /* its opening, for when figures follow */
                /* (walked only then, and most paragraphs have none, when
                 * the sentence holds no time word: in_span reads this
                 * sentence's spans, the text stays) */
                d->para_open = d->nspans ? opening(d, ss, se) : ss | OPEN_LATER;
                d->para_open_e = se;
            }
        }
    }
    if (d->nfigs)
        sentence_records(d, ss, se);
    if (d->nspans)
        sentence_period(d, ss);
}

/* The records of a sentence's figures (sentence found them): their zones,
 * indicators, periods and status. (A call of its own, as are a time word's
 * and 以来's readers: the scan over the candidates, most sentences' only
 * work, keeps its values in registers, and a sentence with no figure, 85%
 * of them, sets up no frame for the records.) */
static XNOINLINE void sentence_records(doc *d, size_t ss, size_t se)
{
    const char *s = d->s;
    int goal = 0;
    /* zone names, only where there is a figure to give them to (the zone
     * functions add no figure: the end stays) */
    if (d->nfigs) {
        if (d->para_open_e)
            opening_zone(d, para_opening(d), d->para_open_e);
        d->para_open_e = 0;
        zone_mentions(d, ss, se, d->figs[d->nfigs - 1].bs);
        paragraph_zone(d, ss);
    }
    if (d->nfigs) {
        mark_details(d, ss);
        xyear_details(d);
    }
    if (d->nfigs) {
        xindicators(d, ss, se);
        respectively_zones(d, ss);
        ev_seek(d, ss); /* (only sentences with figures read doc.ev) */
        goal = find_status_words(d, ss, se); /* (and d->tgt_at, first_target's) */
    }
    /* records */
    smemo sm;
    if (d->nfigs)
        smemo_init(&sm, ss, goal);
    for (size_t k = 0; k < d->nfigs && d->rc == 0; k++) {
        fig *f = &d->figs[k];
        if (f->thresh)
            continue;
        /* period: nearest time word before the figure in the sentence */
        const xperiod *per = NULL;
        size_t best = 0;
        int found = 0;
        size_t own = own_clause(s, ss, f);
        for (size_t t = 0; t < d->nspans; t++)
            if (d->spans[t].e <= f->bs && d->spans[t].p.set && (!found || d->spans[t].s >= best)) {
                /* a detail of the frame dates its own clause only */
                if (d->spans[t].detail && d->spans[t].s < own)
                    continue;
                /* the interval since an event dates a 累计 figure only */
                if (d->spans[t].cumulative && !xhas2(s, own, f->bs, "累计"))
                    continue;
                /* a present word loses to any other time word, unless it
                 * is the later one after a figure (上半年新增X,截至目前,总
                 * 数达Y: Y is of now) */
                if (found && d->spans[t].p.present && !per->present && !(k > 0 && best < d->figs[k - 1].bs &&
                                                                         d->spans[t].s >= d->figs[k - 1].be))
                    continue;
                per = &d->spans[t].p;
                best = d->spans[t].s;
                found = 1;
            }
        for (size_t t = 0; !per && t < d->nspans; t++)
            if (d->spans[t].s >= f->be && d->spans[t].e <= f->ce && d->spans[t].p.set == 1 &&
                !d->spans[t].p.present)
                per = &d->spans[t].p;
        /* 截至3月底 with 今年/年内/年初以来 in the sentence: the year to
         * date, January to that month, for every figure they govern */
        int ytd = 0;
        xperiod upto;
        if (per) {
            const span *asof = NULL;
            int cur = 0, chosen = 0;
            for (size_t t = 0; t < d->nspans && d->spans[t].e <= f->bs; t++) {
                const span *sp = &d->spans[t];
                int ytw = sp->p.set == 1 && year_to_date_word(s, sp, d->pub_y);
                int pt = upto_point(d, ss, sp);
                if (pt)
                    asof = sp;
                cur |= ytw;
                if (per == &sp->p)
                    chosen = pt || ytw;
            }
            if (asof && cur && chosen) {
                upto = asof->p;
                upto.asof = 1;
                per = &upto;
                ytd = 1;
            }
        }
        xperiod tmp;
        int inherited = 0;
        if (!per && d->para_period.set) {
            per = &d->para_period;
            inherited = 1;
        }
        /* (not a 今年以来 of an earlier paragraph, the year so far, in a
         * report on a part of it already over, 上半年... in July: that
         * part, below) */
        if (!per && d->carry.set &&
            !(d->carry.set == 1 && d->carry.end_y == d->pub_y && d->carry.end_m == d->pub_m &&
              lead_part(&d->lead) && d->lead.end_y == d->pub_y && d->lead.end_m < d->pub_m)) {
            per = &d->carry;
            inherited = 1;
        }
        if (!per && d->sec_frame.set) {
            per = &d->sec_frame;
            inherited = 1;
        }
        /* a month report: the month its opening named (10月份...); a
         * report on a part of the year its headline or lead frames
         * (上半年..., 前三季度..., 首季...), in a section naming no year
         * of its own: that part, also in a text of many words of plan
         * (a bulletin: 加快推进..., 各地要...) where neither the section
         * nor the paragraph is a plan and the sentence states no intention */
        if (!per && month_before(&d->lead, d->pub_y, d->pub_m, 0) && mood_of(d) == ZB_STATUS_ACTUAL) {
            per = &d->lead;
            inherited = 1;
        } else if (!per && lead_part(&d->lead) && (!d->sec_year || d->sec_year == d->lead.end_y) &&
                   (!d->doc_year || d->doc_year == d->lead.end_y) &&
                   d->lead.end_y * 12 + d->lead.end_m < d->pub_y * 12 + d->pub_m &&
                   (mood_of(d) == ZB_STATUS_ACTUAL ||
                    (d->para_mood < 0 && d->sec_mood < 0 && d->tgt_at == SIZE_MAX))) {
            per = &d->lead;
            inherited = 1;
        }
        /* a count stated as a stock (累计达到, 累计拥有, 总量突破) or a
         * balance (存款余额) inside an interval of months (1-9月), a half
         * or a quarter is the stock at its end; the flow beside it
         * (新增...7家) keeps the interval */
        int stock_end = 0;
        if (per && per->set == 1 && !per->present && !per->asof && lead_part(per) &&
            ((f->kind == ZB_KIND_COUNT && xhas_any_f(s, f->cs, f->bs, W_STOCK_CUE, &F_STOCK_CUE)) ||
             (f->kind == ZB_KIND_AMOUNT && strstr(f->ind, "余额")))) {
            tmp = *per;
            snprintf(tmp.s, sizeof tmp.s, "%04d-%02d", per->end_y, per->end_m);
            per = &tmp;
            stock_end = 1;
        }
        /* a rank after a figure of its sentence (增长18.6%,增速居全市第一)
         * ranks that figure: its period, not the present */
        int ranks_before = f->kind == ZB_KIND_RANK && k > 0;
        /* (only an inherited period changes: the word search comes last) */
        if (inherited && !stock_end && !ranks_before && per && per->set == 1 && !per->present &&
            (xhas_any_f(s, f->cs, f->bs, W_STATE, &F_STATE) || stated_sum(d, f, ss, per))) {
            memset(&tmp, 0, sizeof tmp);
            tmp.set = 1;
            snprintf(tmp.s, sizeof tmp.s, "%04d-%02d", d->pub_y, d->pub_m);
            tmp.end_y = d->pub_y;
            tmp.end_m = d->pub_m;
            tmp.present = 1;
            per = &tmp;
        }
        /* 由2020年的A增加到2025年的B,增长1.7倍; 比重提高到2.9% under 五年来 */
        if (xyears_of(d, f, per, &tmp))
            per = &tmp;
        /* 截至 M月底: a flow up to that point covers the year to date */
        if (per && per->asof) {
            tmp = *per;
            size_t from = inherited ? f->cs : ss;
            /* the figure's own clause decides; else any flow verb before it
             * (累计拥有, 建成 and 达到 state a stock: the point itself, as
             * does 累计 with no start: 截至3月底,累计落户企业218家) */
            int stock = xhas_any_f(s, f->cs, f->ce, W_STOCK, &F_STOCK) || (!ytd && bare_cumulative(s, f->cs, f->ce));
            int flow = xhas_any_f(s, f->cs, f->ce, W_FLOW, &F_FLOW) && !stock;
            if (!flow && !stock)
                flow = ytd || (xhas_any_f(s, from, f->ce, W_FLOW_ONLY, &F_FLOW_ONLY) && !bare_cumulative(s, from, f->ce));
            if (flow) {
                snprintf(tmp.s, sizeof tmp.s, "%04d-01/%04d-%02d", per->end_y, per->end_y,
                         per->end_m);
                if (per->end_m == 1)
                    snprintf(tmp.s, sizeof tmp.s, "%04d-01", per->end_y);
                if (per->end_m == 12)
                    snprintf(tmp.s, sizeof tmp.s, "%04d", per->end_y);
            }
            per = &tmp;
        }
        zb_status st = status_of(d, f, ss, own, per, &sm);
        if (!per || per->set != 1) {
            if (st == ZB_STATUS_ACTUAL && d->pub_y && (!per || per->set != 2)) {
                memset(&tmp, 0, sizeof tmp);
                tmp.set = 1;
                if (d->sec_year || d->doc_year) /* a yearly report or its section: that year */
                    snprintf(tmp.s, sizeof tmp.s, "%04d", d->sec_year ? d->sec_year : d->doc_year);
                else
                    snprintf(tmp.s, sizeof tmp.s, "%04d-%02d", d->pub_y, d->pub_m);
                tmp.end_y = d->pub_y;
                tmp.end_m = d->pub_m;
                per = &tmp;
            } else if (d->pub_y && (!per || per->set != 2) &&
                       (d->sec_year ? d->sec_year : d->doc_year) >= d->pub_y) {
                /* a plan under a heading or a title naming its year
                 * ("二、2021年主要目标"; not a past year's review): that year */
                memset(&tmp, 0, sizeof tmp);
                tmp.set = 1;
                snprintf(tmp.s, sizeof tmp.s, "%04d", d->sec_year ? d->sec_year : d->doc_year);
                per = &tmp;
            } else {
                per = NULL;
            }
        }
        /* zone: the nearest name before the figure in the sentence */
        const char *zone = xcontext_zone(d);
        for (size_t t = d->nzm; t-- > 0;) /* (the last one that names f's) */
            if (d->zm[t].e <= f->bs && !(d->zm[t].weak && (d->sec_zone[0] || d->para_zone[0])) &&
                !(d->zm[t].weak && d->zm[t].e < f->cs && event_place(d, ss, d->zm[t].s, d->zm[t].e, f->cs)) &&
                !(d->zm[t].e < f->cs && zone_aside(d, ss, &d->zm[t], f))) {
                zone = d->zm[t].zone;
                break;
            }
        if (f->zm)
            zone = d->zm[f->zm - 1].zone;
        if (f->each) {
            /* 均: one record per figure of the list before */
            size_t k2 = k, cnt = 0;
            while (k2 > 0 && cnt < 8) {
                const fig *p = &d->figs[k2 - 1];
                if (p->thresh) {
                    k2--;
                    continue;
                }
                if (cnt && d->figs[k2].cs != p->cs && !xat(s, xprev(s, ss, d->figs[k2].cs), se, "、"))
                    break;
                k2--;
                cnt++;
                if (cnt == 1 && p->ce < f->cs) {
                    /* the list is the clause right before */
                }
            }
            if (cnt >= 2) {
                for (size_t t = k2; t < k && d->rc == 0; t++) {
                    const fig *p = &d->figs[t];
                    if (p->thresh)
                        continue;
                    char ind[IND_CAP];
                    join(ind, sizeof ind, p->ind, f->ind);
                    d->rc = emit(d, f, ind, zone, per, st);
                }
                continue;
            }
        }
        d->rc = emit(d, f, f->ind, zone, per, st);
    }
}

/* The sentence's last time word sets the paragraph's period (sentence:
 * for a sentence with time words). */
static void sentence_period(doc *d, size_t ss)
{
    const char *s = d->s;
    xperiod last;
    int has_period = 0;
    memset(&last, 0, sizeof last);
    int last_this_year = 0, last_ytd = 0;
    const xperiod *asof = NULL;
    for (size_t t = 0; t < d->nspans; t++) {
        const xperiod *p = &d->spans[t].p;
        if (upto_point(d, ss, &d->spans[t]))
            asof = p;
        if (p->set == 1 && !d->spans[t].detail && !d->spans[t].cumulative) {
            last = *p;
            last_this_year = this_year(d, p);
            last_ytd = year_to_date_word(s, &d->spans[t], d->pub_y);
            has_period = 1;
        }
    }
    /* 截至3月底,今年累计...: the year to date goes on to the paragraph */
    if (has_period && last_ytd && asof && asof->end_m < 12) {
        memset(&last, 0, sizeof last);
        last.set = 1;
        int y = asof->end_y % 10000, m = asof->end_m % 100;
        if (m == 1)
            snprintf(last.s, sizeof last.s, "%04d-01", y);
        else
            snprintf(last.s, sizeof last.s, "%04d-01/%04d-%02d", y, y, m);
        last.end_y = asof->end_y;
        last.end_m = asof->end_m;
        last_this_year = 0;
    }
    if (has_period && !last.present) {
        d->para_period = last;
        d->para_this_year = last_this_year;
        if (last.framing)
            d->sec_frame = last;
    }
}


/* --------------------------------------------------------------- lines */

enum { L_BLANK, L_NOISE, L_HEADING, L_BODY };

/* Document mood: a plan (target) or a report (actual), by counting the
 * words of intention against the words of accomplishment in the first
 * 32 KB, when first needed (doc_mood): in the lines the first pass
 * classified, at the characters line_stats noted (doc.mo; as mood_at
 * does, by the table zb_extractor.mood), in the rest by mood_count. */
static const wl W_MOOD_PLAN[] = {W("将"), W("力争"), W("确保"), W("争取"), W("加快"), W("推进"), W("着力"),
                                 W("全力"), W("大力"), W("打造"), W("谋划"), W("深入实施"), W("持续"), W("要"),
                                 {NULL, 0}};
static const wl W_MOOD_DONE[] = {W("累计"), W("已"), W("同比"), W("以来"), W("年来"), W("完成"), W("实现"),
                                 W("截至"), W("达到"), W("建成"), {NULL, 0}};

/* Words of intention: a plan says what it will do; 加快, 推进 alone also
 * fill news reports of what was done. */
static const wl W_MOOD_INTENT[] = {W("将"), W("力争"), W("确保"), W("争取"), W("要"), {NULL, 0}};

/* The one word of W_MOOD_PLAN or W_MOOD_DONE starting with character c0
 * (no two words of the lists share a first character, nor its low byte:
 * zb_extractor_new checks this against the lists), or NULL; *n its
 * length, *plan: of W_MOOD_PLAN, *intent: of W_MOOD_INTENT too. */
static const char *mood_word(unsigned c0, size_t *n, int *plan, int *intent)
{
#define MW(word, p, in)                                                                            \
    do {                                                                                           \
        *n = sizeof word - 1;                                                                      \
        *plan = p;                                                                                 \
        *intent = in;                                                                              \
        return word;                                                                               \
    } while (0)
    switch (c0) {
    case 0x5C06: MW("将", 1, 1);
    case 0x529B: MW("力争", 1, 1);
    case 0x786E: MW("确保", 1, 1);
    case 0x4E89: MW("争取", 1, 1);
    case 0x52A0: MW("加快", 1, 0);
    case 0x63A8: MW("推进", 1, 0);
    case 0x7740: MW("着力", 1, 0);
    case 0x5168: MW("全力", 1, 0);
    case 0x5927: MW("大力", 1, 0);
    case 0x6253: MW("打造", 1, 0);
    case 0x8C0B: MW("谋划", 1, 0);
    case 0x6DF1: MW("深入实施", 1, 0);
    case 0x6301: MW("持续", 1, 0);
    case 0x8981: MW("要", 1, 1);
    case 0x7D2F: MW("累计", 0, 0);
    case 0x5DF2: MW("已", 0, 0);
    case 0x540C: MW("同比", 0, 0);
    case 0x4EE5: MW("以来", 0, 0);
    case 0x5E74: MW("年来", 0, 0);
    case 0x5B8C: MW("完成", 0, 0);
    case 0x5B9E: MW("实现", 0, 0);
    case 0x622A: MW("截至", 0, 0);
    case 0x8FBE: MW("达到", 0, 0);
    case 0x5EFA: MW("建成", 0, 0);
    default: return NULL;
    }
#undef MW
}

/* Count a mood word found at s[i] into d->line_np/line_nd/line_ni. */
static inline void mood_tally(doc *d, size_t i, size_t b, int plan, int intent)
{
    if (!plan) {
        d->line_nd++;
        return;
    }
    d->line_np++;
    /* a word of intention, not 主要/重要/需要 */
    if (intent &&
        !(i >= 3 && (xat(d->s, i - 3, b, "主") || xat(d->s, i - 3, b, "重") || xat(d->s, i - 3, b, "需"))))
        d->line_ni++;
}

/* A mood word at s[i], whose first character c0 (of class CC_MOOD) the
 * caller decoded: counts it into d->line_np/line_nd and returns its length
 * (0 none). c0 names the one word that may start here (mood_word), so one
 * memcmp gives what xat_any over the lists would. */
static inline size_t mood_at(doc *d, size_t i, size_t b, unsigned c0)
{
    int plan, intent;
    size_t n;
    const char *w = mood_word(c0, &n, &plan, &intent);
    if (!w)
        return 0;
    /* c0, the character at i, is the word's first (three bytes): only the
     * rest is compared (0, 3 or 9 bytes: memcmp of a constant length is a
     * few compares) */
    if (n > b - i || (n == 3 ? 0 : n == 6 ? memcmp(d->s + i + 3, w + 3, 3) : memcmp(d->s + i + 3, w + 3, 9)) != 0)
        return 0;
    mood_tally(d, i, b, plan, intent);
    return n;
}

/* Does mood_word agree with the word lists? */
static int mood_words_ok(const unsigned short *cclass)
{
    const wl *lists[2] = {W_MOOD_PLAN, W_MOOD_DONE};
    size_t words = 0, adv, n;
    int plan, intent;
    for (int k = 0; k < 2; k++)
        for (const wl *w = lists[k]; w->w; w++, words++) {
            unsigned c0 = xcp(w->w, 0, w->n, &adv);
            const char *m = mood_word(c0, &n, &plan, &intent);
            /* (mood_at compares the bytes after a 3-byte first character) */
            if (adv != 3 || (w->n != 3 && w->n != 6 && w->n != 12))
                return 0;
            if (!m || strcmp(m, w->w) != 0 || n != w->n || plan != (k == 0) || !(cclass[c0] & CC_MOOD) ||
                intent != (xat_any(w->w, 0, w->n, W_MOOD_INTENT) == w->n))
                return 0;
        }
    /* each word of intention is one of the plan flagged so (then no other
     * plan word shares its first character) */
    for (const wl *w = W_MOOD_INTENT; w->w; w++) {
        const char *m = mood_word(xcp(w->w, 0, w->n, &adv), &n, &plan, &intent);
        if (!m || strcmp(m, w->w) != 0 || !plan || !intent)
            return 0;
    }
    for (unsigned c = 0; c < 0x10000; c++)
        if (cclass[c] & CC_MOOD)
            words--;
    return words == 0;
}

/* Do the word lists have what the fast paths assume? mood_word is their
 * table of mood words; a word of W_STOP is two bytes or more (stop2) and
 * starts with a BMP character (stop1), of
 * W_ESTIMATE and W_ACTUAL three or more (find_status_words); a word of
 * W_FURNITURE starts with a BMP character (furn1). */
static int word_tables_ok(const unsigned short *cclass)
{
    size_t adv;
    if (!mood_words_ok(cclass))
        return 0;
    for (const wl *w = W_STOP; w->w; w++)
        if (w->n < 2)
            return 0;
    for (const wl *w = W_ESTIMATE; w->w; w++)
        if (w->n < 3)
            return 0;
    for (const wl *w = W_ACTUAL; w->w; w++)
        if (w->n < 3)
            return 0;
    for (const wl *w = W_FURNITURE; w->w; w++)
        if (xcp(w->w, 0, w->n, &adv) >= 0x10000)
            return 0;
    for (const wl *w = W_STOP; w->w; w++)
        if (xcp(w->w, 0, w->n, &adv) >= 0x10000)
            return 0;
    return 1;
}

/* zb_extractor.mood (from mood_word: no two of its words in a slot), and
 * a check that the ASCII bytes ascii_role gives a role (and the xclass of
 * those) are the ones line_stats finds with lsblock: 0 when they are
 * not. */
static int first_pass_tables(zb_extractor *x)
{
    for (unsigned c = 0; c < 0x10000; c++) {
        struct xmood *e = &x->mood[c & 255];
        size_t n;
        int plan, intent;
        const char *w = x->cclass[c] & CC_MOOD ? mood_word(c, &n, &plan, &intent) : NULL;
        if (!w)
            continue;
        if (e->n)
            return 0; /* two words in a slot (their first characters must differ in the low byte) */
        e->c = c, e->n = (unsigned char)n, e->plan = (unsigned char)plan, e->intent = (unsigned char)intent;
        /* (in memory order, as doc_mood loads the text: any byte order) */
        unsigned char rest[8] = {0}, mask[8] = {0};
        for (size_t k = 3; k < n && k < 11; k++)
            rest[k - 3] = (unsigned char)w[k], mask[k - 3] = 0xFF;
        memcpy(&e->rest, rest, sizeof rest);
        memcpy(&e->mask, mask, sizeof mask);
        if (n > 11)
            e->last = (unsigned char)w[11];
        if (n > 12)
            return 0;
    }
    for (unsigned c = 0; c < 256; c++)
        if (!x->mood[c].n)
            x->mood[c].c = 0xFFFFFFFFu; /* (no word: no character matches) */
    /* the filters of head1 and furn1 (hff), from the words' first
     * characters (as head1 and furn1 are made) */
    x->hf_ok = 1;
    {
        const wl *lists[3] = {W_HEAD_PLAN, W_HEAD_DONE, W_FURNITURE};
        for (unsigned l = 0; l < 3; l++)
            for (const wl *w = lists[l]; w->w; w++) {
                size_t adv;
                const unsigned c = xcp(w->w, 0, w->n, &adv), f = l == 2 ? 4 : 0;
                if (c < 0x800 || c >= 0x10000) {
                    if (!f || (c < 0x80 && c != 'I' && c != 'C') || c >= 0x10000)
                        x->hf_ok = 0;
                    continue;
                }
                x->hff[(c & 63) | (c >> 6 & 1) << 6] |= (unsigned char)(1u << (f + (c >> 8 & 3)));
                x->hff[128 + ((c & 63) | (c >> 7 & 1) << 6)] |= (unsigned char)(1u << (f + (c >> 11 & 3)));
            }
    }
    /* the filters of the characters not plain (plainf; a few hundred) */
    for (unsigned t = 0; t < 2; t++)
        for (unsigned w = 0x800 >> 6; w < 0x10000 >> 6; w++)
            for (uint64_t np = ~x->plain[t][w + 0x80]; np; np &= np - 1) {
                const unsigned c = w << 6 | low_bit(np);
                x->plainf[t][(c & 63) | (c >> 6 & 1) << 6] |= (unsigned char)(1u << (c >> 8 & 7));
                x->plainf[t][128 + ((c & 63) | (c >> 7 & 1) << 6)] |= (unsigned char)(1u << (c >> 11 & 7));
            }
    for (unsigned c = 0; c < 0x80; c++) {
        unsigned r = x->ascii_role[c], want = 0;
        if (c == ' ' || c == '\t')
            want = AR_SPACE;
        else if (c >= '0' && c <= '9')
            want = AR_DIGIT | AR_FIG;
        else if (c == '!' || c == '?' || c == ';')
            want = AR_MARK | AR_CLASS;
        else if (c == ',' || c == ':')
            want = AR_MARK;
        else if (c == '|')
            want = AR_BAR;
        if (r != want || (c >= '0' && c <= '9' ? x->xclass[c] != XC_CAND : (r & AR_CLASS) && x->xclass[c] != XC_MARK))
            return 0;
    }
    return 1;
}

#ifdef LS_KEYS
/* zb_extractor.keys: a perfect hash of the three-byte characters that
 * are not plain by plain[1], t0 drawn at random (a fixed sequence), t1
 * chosen for the second bytes' groups of characters, largest first, so
 * that each lands in a free slot; then each checked. 0 when none is
 * found (line_stats_vbmi2 is not used). The slots also hold what
 * ls_notes_vbmi2 compares after a character of mood (m3..m5). */
static int keys_table(zb_extractor *x)
{
    struct xkeys *t = &x->keys;
    uint32_t rnd = 2463534242u;
    for (int attempt = 0; attempt < 64; attempt++) {
        unsigned char used[128] = {0}, done[64] = {0};
        int ok = 1;
        memset(t, 0, sizeof *t);
        for (unsigned b = 0; b < 64; b++) {
            rnd ^= rnd << 13, rnd ^= rnd >> 17, rnd ^= rnd << 5;
            t->t0[b] = (unsigned char)(rnd & 127);
        }
        for (int g = 0; g < 64 && ok; g++) {
            /* the group of second bytes with the most characters left */
            unsigned best = 64, most = 0;
            for (unsigned b1 = 0; b1 < 64; b1++) {
                unsigned n = 0;
                for (unsigned c0 = 0; c0 < 16 && !done[b1]; c0++)
                    for (uint64_t m = (c0 << 6 | b1) >= 0x20 ? ~x->plain[1][(c0 << 6 | b1) + 0x80] : 0; m; m &= m - 1)
                        n++;
                if (n > most)
                    most = n, best = b1;
            }
            if (best == 64)
                break;
            done[best] = 1;
            ok = 0;
            for (unsigned dsp = 0; dsp < 128 && !ok; dsp++) {
                unsigned char slots[128] = {0};
                ok = 1;
                for (unsigned c0 = 0; c0 < 16 && ok; c0++) {
                    const unsigned w = c0 << 6 | best;
                    if (w < 0x20)
                        continue; /* (below U+0800: no three-byte character) */
                    for (uint64_t m = ~x->plain[1][w + 0x80]; m && ok; m &= m - 1) {
                        const unsigned b2 = low_bit(m), b0 = 0x20 | c0; /* (b0 & 63 of 0xE0 | c0) */
                        const unsigned h = (b2 ^ dsp ^ t->t0[b0]) & 127;
                        ok = !used[h] && !slots[h];
                        slots[h] = 1;
                    }
                }
                if (ok) {
                    t->t1[best] = (unsigned char)dsp;
                    for (unsigned h = 0; h < 128; h++)
                        used[h] |= slots[h];
                }
            }
        }
        if (!ok)
            continue;
        for (unsigned wd = 0x800 >> 6; wd < 0x10000 >> 6; wd++)
            for (uint64_t m = ~x->plain[1][wd + 0x80]; m; m &= m - 1) {
                const unsigned c = wd << 6 | low_bit(m);
                const unsigned b0 = 0xE0 | c >> 12, b1 = 0x80 | (c >> 6 & 63), b2 = 0x80 | (c & 63);
                const unsigned h = ((b2 & 63) ^ t->t1[b1 & 63] ^ t->t0[b0 & 63]) & 127;
                t->e0[h] = (unsigned char)b0, t->e1[h] = (unsigned char)b1, t->e2[h] = (unsigned char)b2;
                t->cls[h] = x->xclass[c];
                size_t n;
                int plan, intent;
                const char *w = x->xclass[c] & XC_MOOD ? mood_word(c, &n, &plan, &intent) : NULL;
                if (w && n >= 6) /* (else none: a word of one character, or none at all, is not filtered) */
                    t->m3[h] = (unsigned char)w[3], t->m4[h] = (unsigned char)w[4], t->m5[h] = (unsigned char)w[5];
            }
        /* the check: a character not plain is found in its slot, with its
         * class (one that is plain never is: a slot holds the bytes of
         * the one character placed there, a free slot a first byte 0) */
        for (unsigned wd = 0x800 >> 6; wd < 0x10000 >> 6 && ok; wd++)
            for (uint64_t m = ~x->plain[1][wd + 0x80]; m && ok; m &= m - 1) {
                const unsigned c = wd << 6 | low_bit(m);
                const unsigned b0 = 0xE0 | c >> 12, b1 = 0x80 | (c >> 6 & 63), b2 = 0x80 | (c & 63);
                const unsigned h = ((b2 & 63) ^ t->t1[b1 & 63] ^ t->t0[b0 & 63]) & 127;
                ok = t->e0[h] == b0 && t->e1[h] == b1 && t->e2[h] == b2 && t->cls[h] == x->xclass[c];
            }
        if (ok)
            return 1;
    }
    return 0;
}
#endif

static void mood_count(doc *d, size_t a, size_t b)
{
    size_t adv;
    for (size_t i = a; i < b;) {
        unsigned c = xcp(d->s, i, b, &adv);
        size_t n = 0;
        if (c < 0x10000 && (d->x->cclass[c] & CC_MOOD))
            n = mood_at(d, i, b, c);
        i += n ? n : adv;
    }
}

static int doc_mood(doc *d)
{
    size_t lim = d->n < 32768 ? d->n : 32768, skip = 0;
    d->line_np = d->line_nd = d->line_ni = 0;
    /* the lines before mood_upto: only at the characters line_stats
     * noted (a word skipped whole, as mood_count does), the word the
     * character may start compared as one (d->x->mood, slot c & 255: its
     * bytes after the first, byte 11 of a word of 12) and counted without
     * a branch (mood_tally: a word of intention not after 主/重/需) */
    const unsigned char *u = (const unsigned char *)d->s;
    const struct xmood *mood = d->x->mood;
    const size_t *mo = d->mo;
    size_t np = 0, nd = 0, ni = 0, k = 0;
    /* (the notes are in text order: the loop's end, where a note is at
     * mood_upto or too near the text's end, found once, from the last
     * ones: past mood_upto are at most one line's) */
    size_t kend = d->nmo;
    while (kend > 0 && !(mo[kend - 1] < d->mood_upto && mo[kend - 1] + 12 <= d->n))
        kend--;
    for (; k < kend; k++) {
        const size_t i = mo[k];
        /* (a character of class XC_MOOD is of three bytes) */
        const unsigned c = ((u[i] & 0x0Fu) << 12) | ((unsigned)(u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
        const struct xmood *e = &mood[c & 255];
        uint64_t r;
        memcpy(&r, u + i + 3, sizeof r);
        const unsigned hit = (e->c == c) & (i >= skip) & (((r ^ e->rest) & e->mask) == 0) &
                             ((e->n < 12) | (u[i + 11] == e->last));
        uint32_t before = 0;
        if (i >= 3)
            before = (uint32_t)u[i - 3] << 16 | (uint32_t)u[i - 2] << 8 | u[i - 1];
        const unsigned after_word = before == 0xE4B8BB || before == 0xE9878D || before == 0xE99C80; /* 主 重 需 */
        np += hit & e->plan;
        nd += hit & !e->plan;
        ni += hit & e->intent & !after_word;
        skip = hit ? i + e->n : skip;
    }
    d->line_np = np, d->line_nd = nd, d->line_ni = ni;
    /* (the last few near the text's end, as the lines had them) */
    for (; k < d->nmo && d->mo[k] < d->mood_upto; k++) {
        size_t i = d->mo[k], adv, n;
        if (i < skip)
            continue;
        n = mood_at(d, i, d->n, xcp(d->s, i, d->n, &adv));
        skip = i + n;
    }
    if (d->mood_upto < lim)
        mood_count(d, d->mood_upto, lim);
    /* a plan: words of plan outnumber words of result two to one, and
     * some of them state an intention */
    return d->line_np > 2 * d->line_nd && d->line_ni > 0 ? ZB_STATUS_TARGET : ZB_STATUS_ACTUAL;
}

/* Make room in the array *v of *cap entries; 0 on ENOMEM (which stops
 * the text). */
static int pos_grow(doc *d, size_t **v, size_t *cap)
{
    size_t nc = *cap ? 2 * *cap : 1024;
    size_t *nv = realloc(*v, nc * sizeof *nv);
    if (!nv) {
        if (d->rc == 0)
            d->rc = ZB_ENOMEM;
        return 0;
    }
    *v = nv;
    *cap = nc;
    return 1;
}

/* The first pass reads a line 64 bytes at a time (a block): one bit per
 * byte says what the byte is (lsblock), so the counts of a block are
 * counts of bits and only the characters that need more than counting
 * (a three-byte one that is not plain, a digit, ! ? ;, a rarer
 * character) are visited, in text order. Telling them apart byte by
 * byte rather than character by character needs a well-formed text
 * (zb_decode_normalize makes it so): a character starts at every byte
 * that is not a continuation byte. */
typedef struct lsblock {
    uint64_t ascii; /* bytes below 0x80 */
    uint64_t lead;  /* lead bytes of a multi-byte character (C0..FF) */
    uint64_t lead3; /* ... of a three-byte one (E0..EF) */
    uint64_t space; /* ' ' '\t' */
    uint64_t digit; /* '0'..'9' */
    uint64_t mark;  /* , ; : ! ? */
    uint64_t xmark; /* ! ? ; (also sentence marks) */
    uint64_t bar;   /* | */
    uint64_t han;   /* lead bytes of a Han character (xhan): E5..E9, E4 but E4 B7 (U+4DC0..), E3 from E3 90 */
    uint64_t cjk;   /* lead bytes of 、 or 。 (E3 80 81, E3 80 82) */
    uint64_t nl;    /* '\n' '\r' (a line ends there: next_line) */
} lsblock;

#if defined(__SSE2__) && !defined(ZB_NO_SSE2)
#include <emmintrin.h>
/* lsblock of q[0..64), sixteen bytes a step */
XINLINE void ls_block(const unsigned char *q, lsblock *m)
{
    const __m128i f0 = _mm_set1_epi8((char)0xF0), e0 = _mm_set1_epi8((char)0xE0);
    const __m128i bf = _mm_set1_epi8((char)0xBF), d0 = _mm_set1_epi8('0' - 1), d9 = _mm_set1_epi8('9' + 1);
    uint64_t r[11] = {0};
    for (int k = 0; k < 4; k++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(q + 16 * k));
        __m128i x = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')),
                                              _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))),
                                 _mm_cmpeq_epi8(v, _mm_set1_epi8(';')));
        unsigned hi = (unsigned)_mm_movemask_epi8(v);
        int sh = 16 * k;
        r[0] |= (uint64_t)(~hi & 0xFFFF) << sh;
        /* (signed: C0..FF are above BF, and so is all of ASCII) */
        r[1] |= (uint64_t)(hi & (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(v, bf))) << sh;
        r[2] |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, f0), e0)) << sh;
        r[3] |= (uint64_t)(unsigned)_mm_movemask_epi8(
                    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))))
                << sh;
        r[4] |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, d0), _mm_cmplt_epi8(v, d9)))
                << sh;
        r[5] |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(
                    x, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), _mm_cmpeq_epi8(v, _mm_set1_epi8(':')))))
                << sh;
        r[6] |= (uint64_t)(unsigned)_mm_movemask_epi8(x) << sh;
        r[7] |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('|'))) << sh;
        /* (the bytes after: v1, v2; high bytes compared signed, so flipped) */
        const __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(q + 16 * k + 1));
        const __m128i v2 = _mm_loadu_si128((const __m128i *)(const void *)(q + 16 * k + 2));
        const __m128i e3 = _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE3));
        const __m128i f = _mm_xor_si128(v, _mm_set1_epi8((char)0x80));
        __m128i h = _mm_and_si128(_mm_cmpgt_epi8(f, _mm_set1_epi8(0x64)), _mm_cmplt_epi8(f, _mm_set1_epi8(0x6A)));
        h = _mm_or_si128(h, _mm_andnot_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0xB7)),
                                             _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE4))));
        h = _mm_or_si128(h, _mm_and_si128(e3, _mm_cmpgt_epi8(v1, _mm_set1_epi8((char)0x8F))));
        r[8] |= (uint64_t)(unsigned)_mm_movemask_epi8(h) << sh;
        r[10] |= (uint64_t)(unsigned)_mm_movemask_epi8(
                     _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))))
                 << sh;
        r[9] |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_and_si128(
                    _mm_and_si128(e3, _mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0x80))),
                    _mm_or_si128(_mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0x81)),
                                 _mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0x82)))))
                << sh;
    }
    m->ascii = r[0], m->lead = r[1], m->lead3 = r[2], m->space = r[3];
    m->digit = r[4], m->mark = r[5], m->xmark = r[6], m->bar = r[7];
    m->han = r[8], m->cjk = r[9], m->nl = r[10];
}
#else
/* lsblock of q[0..64), a byte a step (the same bits) */
XINLINE void ls_block(const unsigned char *q, lsblock *m)
{
    memset(m, 0, sizeof *m);
    for (unsigned j = 0; j < 64; j++) {
        unsigned c = q[j];
        uint64_t bit = (uint64_t)1 << j;
        m->ascii |= c < 0x80 ? bit : 0;
        m->lead |= c >= 0xC0 ? bit : 0;
        m->lead3 |= (c & 0xF0) == 0xE0 ? bit : 0;
        m->space |= c == ' ' || c == '\t' ? bit : 0;
        m->digit |= c >= '0' && c <= '9' ? bit : 0;
        m->mark |= c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ? bit : 0;
        m->xmark |= c == '!' || c == '?' || c == ';' ? bit : 0;
        m->bar |= c == '|' ? bit : 0;
        /* (E3 then a byte above 8F compared signed, as the SIMD copies do) */
        m->han |= (c >= 0xE5 && c <= 0xE9) || (c == 0xE4 && q[j + 1] != 0xB7) ||
                          (c == 0xE3 && (q[j + 1] >= 0x90 || q[j + 1] < 0x80))
                      ? bit
                      : 0;
        m->cjk |= c == 0xE3 && q[j + 1] == 0x80 && (q[j + 2] == 0x81 || q[j + 2] == 0x82) ? bit : 0;
        m->nl |= c == '\n' || c == '\r' ? bit : 0;
    }
}
#endif

#if defined(__GNUC__) && defined(__x86_64__) && !defined(ZB_NO_AVX2) /* (ZB_NO_AVX2, ZB_NO_SSE2: to test the other copies) */
#define LS_WIDE 1 /* an AVX2 copy of line_stats (zb_extractor.wide: the CPU has it) */
#include <immintrin.h>
#define LS_AVX2 __attribute__((target("avx2,popcnt,bmi,bmi2"))) static inline
/* lsblock of q[0..64), 32 bytes a step (q[0..66) is read). The ASCII
 * classes come from two table lookups by the low and the high four bits of
 * a byte (vpshufb), a bit of the class in each (LC_*; those of ASCII rows 0,
 * 2, 3, 7 apart, so that only the bytes of the class have it in both). */
enum { LC_TAB = 1, LC_SPACE = 2, LC_BANG = 4, LC_COMMA = 8, LC_DIGIT = 16, LC_COLON = 32, LC_SEMIQ = 64,
       LC_BAR = 128 };
LS_AVX2 void ls_block_avx2(const unsigned char *q, lsblock *m)
{
#define LC_D LC_DIGIT
#define LC_LO                                                                                                  \
    (char)(LC_SPACE | LC_D), (char)(LC_BANG | LC_D), LC_D, LC_D, LC_D, LC_D, LC_D, LC_D, LC_D, (char)(LC_TAB | LC_D), \
        LC_COLON, LC_SEMIQ, (char)(LC_COMMA | LC_BAR), 0, 0, LC_SEMIQ
#define LC_HI LC_TAB, 0, (char)(LC_SPACE | LC_BANG | LC_COMMA), (char)(LC_D | LC_COLON | LC_SEMIQ), 0, 0, 0, (char)LC_BAR, \
        0, 0, 0, 0, 0, 0, 0, 0
    const __m256i lo_t = _mm256_setr_epi8(LC_LO, LC_LO), hi_t = _mm256_setr_epi8(LC_HI, LC_HI);
#undef LC_LO
#undef LC_HI
#undef LC_D
    uint64_t r[11] = {0};
    for (int k = 0; k < 2; k++) {
        const __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(q + 32 * k));
        const __m256i nib = _mm256_set1_epi8(0x0F);
        const __m256i cls = _mm256_and_si256(_mm256_shuffle_epi8(lo_t, _mm256_and_si256(v, nib)),
                                             _mm256_shuffle_epi8(hi_t, _mm256_and_si256(_mm256_srli_epi16(v, 4), nib)));
        const uint64_t hi = (uint32_t)_mm256_movemask_epi8(v);
        const int sh = 32 * k;
#define LS_BITS(e) ((uint64_t)(uint32_t)_mm256_movemask_epi8(e) << sh)
#define LS_CLASS(b) LS_BITS(_mm256_slli_epi16(cls, 7 - (b))) /* (bit b of cls) */
        const uint64_t xm = LS_CLASS(2) | LS_CLASS(6); /* ! ; ? */
        r[0] |= (~hi & 0xFFFFFFFFu) << sh;
        r[1] |= (hi << sh) & LS_BITS(_mm256_cmpgt_epi8(v, _mm256_set1_epi8((char)0xBF)));
        r[2] |= LS_BITS(_mm256_cmpeq_epi8(_mm256_and_si256(v, _mm256_set1_epi8((char)0xF0)),
                                          _mm256_set1_epi8((char)0xE0)));
        r[3] |= LS_CLASS(0) | LS_CLASS(1);
        r[4] |= LS_CLASS(4);
        r[5] |= xm | LS_CLASS(3) | LS_CLASS(5);
        r[6] |= xm;
        r[7] |= LS_BITS(cls);
#undef LS_CLASS
        const __m256i v1 = _mm256_loadu_si256((const __m256i *)(const void *)(q + 32 * k + 1));
        const __m256i v2 = _mm256_loadu_si256((const __m256i *)(const void *)(q + 32 * k + 2));
        const __m256i e3 = _mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)0xE3));
        const __m256i f = _mm256_xor_si256(v, _mm256_set1_epi8((char)0x80));
        __m256i h = _mm256_and_si256(_mm256_cmpgt_epi8(f, _mm256_set1_epi8(0x64)),
                                     _mm256_cmpgt_epi8(_mm256_set1_epi8(0x6A), f));
        h = _mm256_or_si256(h, _mm256_andnot_si256(_mm256_cmpeq_epi8(v1, _mm256_set1_epi8((char)0xB7)),
                                                   _mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)0xE4))));
        h = _mm256_or_si256(h, _mm256_and_si256(e3, _mm256_cmpgt_epi8(v1, _mm256_set1_epi8((char)0x8F))));
        r[8] |= LS_BITS(h);
        r[10] |= LS_BITS(_mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n')),
                                         _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\r'))));
        r[9] |= LS_BITS(_mm256_and_si256(_mm256_and_si256(e3, _mm256_cmpeq_epi8(v1, _mm256_set1_epi8((char)0x80))),
                                         _mm256_or_si256(_mm256_cmpeq_epi8(v2, _mm256_set1_epi8((char)0x81)),
                                                         _mm256_cmpeq_epi8(v2, _mm256_set1_epi8((char)0x82)))));
#undef LS_BITS
    }
    m->ascii = r[0], m->lead = r[1], m->lead3 = r[2], m->space = r[3];
    m->digit = r[4], m->mark = r[5], m->xmark = r[6], m->bar = r[7];
    m->han = r[8], m->cjk = r[9], m->nl = r[10];
}

/* ix[j]: the word of d->x->plain (less 0x80) of a three-byte character at
 * q[j], ((q[j] & 0x0F) << 6) | (q[j + 1] & 0x3F), for every j of 0..63 */
LS_AVX2 void ls_ix_avx2(const unsigned char *q, uint16_t *ix)
{
    for (int k = 0; k < 4; k++) {
        const __m256i b0 = _mm256_cvtepu8_epi16(_mm_loadu_si128((const __m128i *)(const void *)(q + 16 * k)));
        const __m256i b1 = _mm256_cvtepu8_epi16(_mm_loadu_si128((const __m128i *)(const void *)(q + 16 * k + 1)));
        const __m256i w = _mm256_or_si256(_mm256_slli_epi16(_mm256_and_si256(b0, _mm256_set1_epi16(0x0F)), 6),
                                          _mm256_and_si256(b1, _mm256_set1_epi16(0x3F)));
        _mm256_storeu_si256((__m256i *)(void *)(ix + 16 * k), w);
    }
}

#if !defined(ZB_NO_AVX512) /* (ZB_NO_AVX512: to test the AVX2 copy on a CPU that has both) */
#define LS_512 1 /* an AVX-512 copy of line_stats (zb_extractor.wide 2: the CPU has it) */
#define LS_AVX512 __attribute__((target("avx512f,avx512bw,avx2,popcnt,bmi,bmi2"))) static inline
/* ls_block_avx2 over the 64 bytes at once (q[0..66) is read): the same
 * tests, each one bit mask straight from a compare */
LS_AVX512 void ls_block_512(const unsigned char *q, lsblock *m)
{
#define LC_D LC_DIGIT
    const __m512i lo_t = _mm512_broadcast_i32x4(
        _mm_setr_epi8((char)(LC_SPACE | LC_D), (char)(LC_BANG | LC_D), LC_D, LC_D, LC_D, LC_D, LC_D, LC_D, LC_D,
                      (char)(LC_TAB | LC_D), LC_COLON, LC_SEMIQ, (char)(LC_COMMA | LC_BAR), 0, 0, LC_SEMIQ));
    const __m512i hi_t = _mm512_broadcast_i32x4(_mm_setr_epi8(LC_TAB, 0, (char)(LC_SPACE | LC_BANG | LC_COMMA),
                                                              (char)(LC_D | LC_COLON | LC_SEMIQ), 0, 0, 0,
                                                              (char)LC_BAR, 0, 0, 0, 0, 0, 0, 0, 0));
#undef LC_D
    const __m512i v = _mm512_loadu_si512((const void *)q);
    const __m512i v1 = _mm512_loadu_si512((const void *)(q + 1));
    const __m512i v2 = _mm512_loadu_si512((const void *)(q + 2));
    const __m512i nib = _mm512_set1_epi8(0x0F);
    const __m512i cls = _mm512_and_si512(_mm512_shuffle_epi8(lo_t, _mm512_and_si512(v, nib)),
                                         _mm512_shuffle_epi8(hi_t, _mm512_and_si512(_mm512_srli_epi16(v, 4), nib)));
#define LS_HAS(b) ((uint64_t)_mm512_test_epi8_mask(cls, _mm512_set1_epi8((char)(b))))
#define LS_EQ(x, c) ((uint64_t)_mm512_cmpeq_epi8_mask((x), _mm512_set1_epi8((char)(c))))
    const uint64_t hi = (uint64_t)_mm512_movepi8_mask(v), e3 = LS_EQ(v, 0xE3);
    m->ascii = ~hi;
    m->lead = (uint64_t)_mm512_cmpge_epu8_mask(v, _mm512_set1_epi8((char)0xC0));
    m->lead3 = LS_EQ(_mm512_and_si512(v, _mm512_set1_epi8((char)0xF0)), 0xE0);
    m->space = LS_HAS(LC_TAB | LC_SPACE);
    m->digit = LS_HAS(LC_DIGIT);
    m->mark = LS_HAS(LC_BANG | LC_SEMIQ | LC_COMMA | LC_COLON);
    m->xmark = LS_HAS(LC_BANG | LC_SEMIQ);
    m->bar = LS_HAS(LC_BAR);
    /* (E5..E9; E4 but E4 B7; E3 then a byte above 8F compared signed) */
    /* (a compare each test where it can: E5..E9 as v - E5 <= 4, and 81
     * or 82 after E3 80 as ((v2 - 81) & FE) | (v1 ^ 80) zero; 0xBE: (a ^ b) | c) */
    m->han = (uint64_t)_mm512_cmple_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8((char)0xE5)), _mm512_set1_epi8(4)) |
             (LS_EQ(v, 0xE4) & ~LS_EQ(v1, 0xB7)) |
             (uint64_t)_mm512_mask_cmpgt_epi8_mask((__mmask64)e3, v1, _mm512_set1_epi8((char)0x8F));
    const __m512i cx = _mm512_ternarylogic_epi32(
        v1, _mm512_set1_epi8((char)0x80),
        _mm512_and_si512(_mm512_sub_epi8(v2, _mm512_set1_epi8((char)0x81)), _mm512_set1_epi8((char)0xFE)), 0xBE);
    m->cjk = (uint64_t)_mm512_mask_testn_epi8_mask((__mmask64)e3, cx, cx);
    m->nl = LS_EQ(v, '\n') | LS_EQ(v, '\r');
#undef LS_HAS
#undef LS_EQ
}

/* cp[j]: the code point of a character at q[j] (q[0..66) is read): a
 * three-byte one's from its bytes, an ASCII byte's (ascii bit j) the byte;
 * anything at the other j */
LS_AVX512 void ls_cp_512(const unsigned char *q, uint64_t ascii, uint16_t *cp)
{
    for (int h = 0; h < 2; h++) {
        const __m512i b0 = _mm512_cvtepu8_epi16(_mm256_loadu_si256((const __m256i *)(const void *)(q + 32 * h)));
        const __m512i b1 = _mm512_cvtepu8_epi16(_mm256_loadu_si256((const __m256i *)(const void *)(q + 32 * h + 1)));
        const __m512i b2 = _mm512_cvtepu8_epi16(_mm256_loadu_si256((const __m256i *)(const void *)(q + 32 * h + 2)));
        /* (0xF8: a | (b & c), a = b0 << 12, b = b1 << 6, c = 0x0FC0) */
        __m512i w = _mm512_ternarylogic_epi32(_mm512_slli_epi16(b0, 12), _mm512_slli_epi16(b1, 6),
                                              _mm512_set1_epi16(0x0FC0), 0xF8);
        w = _mm512_ternarylogic_epi32(w, b2, _mm512_set1_epi16(0x3F), 0xF8);
        w = _mm512_mask_blend_epi16((__mmask32)(ascii >> (32 * h)), w, b0);
        _mm512_storeu_si512((void *)(cp + 32 * h), w);
    }
}

#if !defined(ZB_NO_VBMI) /* (ZB_NO_VBMI: to test line_stats_512 on a CPU that has AVX-512 VBMI) */
#define LS_VBMI 1 /* ... and one with AVX-512 VBMI (line_stats_vbmi, zb_extractor.wide 3) */
#define LS_AVX512V __attribute__((target("avx512f,avx512bw,avx512vbmi,avx2,popcnt,bmi,bmi2"))) static inline
/* The three-byte characters of q[0..64) that may not be plain (q[0..66)
 * is read): bit j set when the character c at q[j] has both its bits set
 * in the filters f (zb_extractor.plainf: a clear one says it is plain).
 * A byte of each 128 is found by a two-table byte permute for the 64
 * (index: c & 63 from the third byte, bit 6 from bit 0 or 1 of the
 * second), its bit by a byte shuffle (c >> 8 & 7: bits 2..4 of the
 * second; c >> 11 & 7: bit 5 of the second, bits 0..1 of the first). */
LS_AVX512V uint64_t ls_maybe_vbmi(const unsigned char *q, const unsigned char *f)
{
    const __m512i v = _mm512_loadu_si512((const void *)q);
    const __m512i v1 = _mm512_loadu_si512((const void *)(q + 1));
    const __m512i v2 = _mm512_loadu_si512((const void *)(q + 2));
    const __m512i low6 = _mm512_set1_epi8(0x3F), bit = _mm512_set4_epi32(0, 0, (int)0x80402010, 0x08040201);
    /* (0xCA: bits of the first operand select the second's, else the third's) */
    const __m512i ia = _mm512_ternarylogic_epi32(low6, v2, _mm512_slli_epi16(v1, 6), 0xCA);
    const __m512i ib = _mm512_ternarylogic_epi32(low6, v2, _mm512_slli_epi16(v1, 5), 0xCA);
    const __m512i sa = _mm512_and_si512(_mm512_srli_epi16(v1, 2), _mm512_set1_epi8(7));
    const __m512i sb = _mm512_and_si512(
        _mm512_ternarylogic_epi32(_mm512_set1_epi8(1), _mm512_srli_epi16(v1, 5), _mm512_add_epi8(v, v), 0xCA),
        _mm512_set1_epi8(7));
    const __m512i fa = _mm512_permutex2var_epi8(_mm512_loadu_si512((const void *)f), ia,
                                                _mm512_loadu_si512((const void *)(f + 64)));
    const __m512i fb = _mm512_permutex2var_epi8(_mm512_loadu_si512((const void *)(f + 128)), ib,
                                                _mm512_loadu_si512((const void *)(f + 192)));
    return (uint64_t)_mm512_test_epi8_mask(fa, _mm512_shuffle_epi8(bit, sa)) &
           (uint64_t)_mm512_test_epi8_mask(fb, _mm512_shuffle_epi8(bit, sb));
}

#if !defined(ZB_NO_VBMI2) /* (ZB_NO_VBMI2: to test line_stats_vbmi on a CPU that has VBMI2) */
#define LS_VBMI2 1 /* ... and one with AVX-512 VBMI2 (line_stats_vbmi2, zb_extractor.wide 4) */
#define LS_AVX512V2                                                                                            \
    __attribute__((target("avx512f,avx512bw,avx512vbmi,avx512vbmi2,avx2,popcnt,bmi,bmi2"))) static inline
/* Bytes 0..63 */
#define LS_IOTA                                                                                                \
    _mm512_set_epi64(0x3F3E3D3C3B3A3938, 0x3736353433323130, 0x2F2E2D2C2B2A2928, 0x2726252423222120,          \
                     0x1F1E1D1C1B1A1918, 0x1716151413121110, 0x0F0E0D0C0B0A0908, 0x0706050403020100)
/* Write base + j for every bit j of m, in order, at out (eight at a
 * time: out has room for 64); returns out past them. ev: the bits j of m
 * come with two bits each, x (bits j << 2 | x of by), written as
 * (base + j) << EV_SHIFT | x << 2 */
LS_AVX512V2 size_t *ls_put(size_t *out, uint64_t m, size_t base, const int ev, __m512i by)
{
    __m512i p = _mm512_maskz_compress_epi8(m, ev ? by : LS_IOTA);
    const __m512i b = _mm512_set1_epi64((long long)base);
    const unsigned n = (unsigned)__builtin_popcountll(m);
    for (unsigned k = 0;; k += 8) {
        __m512i e = _mm512_cvtepu8_epi64(_mm512_castsi512_si128(p));
        if (ev)
            e = _mm512_or_si512(_mm512_slli_epi64(_mm512_add_epi64(_mm512_srli_epi64(e, 2), b), EV_SHIFT),
                                _mm512_slli_epi64(_mm512_and_si512(e, _mm512_set1_epi64(3)), 2));
        else
            e = _mm512_add_epi64(e, b);
        _mm512_storeu_si512((void *)(out + k), e);
        if (k + 8 >= n)
            break;
        p = _mm512_maskz_compress_epi8(~(uint64_t)0xFF, p); /* (the next eight) */
    }
    return out + n;
}

/* The notes of a block of a line whose places are not noted, with no
 * character of two or four bytes (q[0..69) is read): the class of every
 * three-byte character at once (zb_extractor.keys: the slot of its
 * bytes by two byte permutes and a shuffle, its bytes and class by
 * two-table permutes; a character not in its slot is plain), the lists
 * written from the masks of their classes, in order (a compress each).
 * cd1, mk1: the block's digits that start a run and ! ? ; (their classes
 * are XC_CAND, XC_MARK); *lp gets the places (XC_DIST). */
LS_AVX512V2 void ls_notes_vbmi2(const unsigned char *q, const struct xkeys *t, uint64_t lead3, uint64_t cd1,
                                uint64_t mk1, unsigned cm, size_t base, size_t **cd, size_t **mk, size_t **ev,
                                size_t **mo, uint64_t *lp)
{
#define LS_LD(p) _mm512_loadu_si512((const void *)(p))
    const __m512i v = LS_LD(q), v1 = LS_LD(q + 1), v2 = LS_LD(q + 2);
    /* (0x96: the three XORed; the permutes read bits 0..6, bit 6 of v2 is 0 after a lead) */
    const __m512i h = _mm512_ternarylogic_epi32(v2, _mm512_permutexvar_epi8(v1, LS_LD(t->t1)),
                                                _mm512_permutexvar_epi8(v, LS_LD(t->t0)), 0x96);
#define LS_SLOT(a) _mm512_permutex2var_epi8(LS_LD(a), h, LS_LD((a) + 64))
    /* (a byte compare is the one port's work, the XORs any: the three
     * bytes equal where the ORed XORs are zero, one test; 0xF6: a | (b ^ c)) */
    const __m512i kx = _mm512_ternarylogic_epi32(
        _mm512_ternarylogic_epi32(_mm512_xor_si512(LS_SLOT(t->e0), v), LS_SLOT(t->e1), v1, 0xF6), LS_SLOT(t->e2),
        v2, 0xF6);
    const uint64_t key = lead3 & (uint64_t)_mm512_testn_epi8_mask(kx, kx);
    const __m512i k = LS_SLOT(t->cls);
    /* (a word of mood only where the word's second character follows,
     * or it has none: doc_mood would find no other) */
    const __m512i w3 = LS_SLOT(t->m3);
    const __m512i sx = _mm512_ternarylogic_epi32(
        _mm512_ternarylogic_epi32(_mm512_xor_si512(w3, LS_LD(q + 3)), LS_SLOT(t->m4), LS_LD(q + 4), 0xF6),
        LS_SLOT(t->m5), LS_LD(q + 5), 0xF6);
    /* (or no second character, w3 zero: the smaller of the two is zero either way) */
    const __m512i sm = _mm512_min_epu8(sx, w3);
    const uint64_t second = (uint64_t)_mm512_testn_epi8_mask(sm, sm);
#undef LS_SLOT
#undef LS_LD
#define LS_HAS(b) (key & (uint64_t)_mm512_test_epi8_mask(k, _mm512_set1_epi8((char)(b))))
    const __m512i none = _mm512_setzero_si512();
    *cd = ls_put(*cd, cd1 | LS_HAS(XC_CAND), base, 0, none);
    *mk = ls_put(*mk, mk1 | LS_HAS(XC_MARK), base, 0, none);
    /* (j << 2 | (k & (XC_STAT | XC_TGT)) >> 4: 0xF8 is a | (b & c)) */
    *ev = ls_put(*ev, LS_HAS(XC_STAT | XC_TGT), base, 1,
                 _mm512_ternarylogic_epi32(_mm512_slli_epi16(LS_IOTA, 2), _mm512_srli_epi16(k, 4),
                                           _mm512_set1_epi8((XC_STAT | XC_TGT) >> 4), 0xF8));
    *mo = ls_put(*mo, cm ? LS_HAS(XC_MOOD) & second : 0, base, 0, none);
    *lp = LS_HAS(XC_DIST);
#undef LS_HAS
}
#endif
#endif
#endif
#endif

/* Room for 64 more entries in the array *v of *cap entries, n used; 0 on
 * ENOMEM (pos_grow). */
static inline int ls_room(doc *d, size_t **v, size_t n, size_t *cap)
{
    while (*cap - n < 64)
        if (!pos_grow(d, v, cap))
            return 0;
    return 1;
}

/* Bits set in x. */
static inline unsigned pop64(uint64_t x)
{
#if defined(__GNUC__) && defined(__POPCNT__)
    return (unsigned)__builtin_popcountll(x);
#else
    x = x - ((x >> 1) & 0x5555555555555555u);
    x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
    return (unsigned)((x * 0x0101010101010101u) >> 56);
#endif
}


/* What line_stats counts of a line (classify reads it). */
typedef struct lstats {
    size_t han, marks, tokens, bars, ascii, digits;
} lstats;

/* The line starting at i0: its end (at \n, \r or the text's end) is
 * returned, its content without surrounding blanks is [*a, *b) (as
 * next_line finds them), and *st gets its counts: Han characters, marks,
 * tokens, bars, ASCII bytes, digits. It also notes, in text order, the
 * characters the sentence scans look at: sentence marks (d->mk), starts
 * of a time word or a figure (d->cd; of a run of digits the first),
 * words of status and of intention (d->ev); they then read only those.
 * count_mood: note the characters that may start a word of mood (d->mo,
 * for doc_mood). places: note the places (d->lpos) of the characters
 * that may start a place name too (xlearn_from_line looks for the
 * text's city), not only of 区/县/镇.
 *
 * A block of 64 bytes at a time (lsblock): ASCII, Han characters, 、 and
 * 。 are counted from its bits (a token starts at a character that is no
 * blank or bar after one that is, or at the line's start); a three-byte
 * character is plain (of no class but XC_HAN, nor XC_LS when places are
 * not noted: d->x->plain) when its bytes say so, and needs nothing more;
 * the rest (a run's first digit, ! ? ;, the three-byte characters not
 * plain, two- and four-byte ones) are visited in text order, one by one,
 * their notes stores that a count keeps or not (no branch). The ASCII bytes
 * ascii_role gives a role are those of lsblock (first_pass_tables checks
 * it). The AVX-512 VBMI copies find the characters not plain by filters
 * (ls_maybe_vbmi), and the VBMI2 copy, for most blocks, the classes of
 * all by a perfect hash and the notes from masks (ls_notes_vbmi2). */
XINLINE size_t line_stats_of(doc *d, size_t i0, int count_mood, const int places, const int wide, size_t *a,
                             size_t *b, lstats *st)
{
    const unsigned char *xc = d->x->xclass;
    const unsigned char *p = (const unsigned char *)d->s;
    const uint64_t *pl = d->x->plain[!places] + 0x80; /* (by c >> 6) */
    const unsigned note = places ? XC_LS | XC_DIST : XC_DIST;
    const unsigned cm = count_mood != 0;
    size_t nh = 0, nm = 0, nt = 0, nb = 0, na = 0, nd = 0, end = d->n;
    size_t nlpos = 0; /* d->nlpos, kept here */
    uint64_t after_sep = 1; /* the byte before the block is a blank or a bar (or the line starts) */
    uint64_t after_digit = 0; /* ... a digit */
    size_t mk0 = d->nmk; /* (the line's marks are noted from here) */
    (void)wide; /* (1 in line_stats_wide, 2 in line_stats_512, 3 line_stats_vbmi, 4 line_stats_vbmi2) */
    if (p[i0] == '\n' || p[i0] == '\r') { /* an empty line (half the lines of a text) */
        memset(st, 0, sizeof *st);
        *a = *b = i0;
        return i0;
    }
    for (size_t base = i0;; base += 64) {
        unsigned char tmp[80];
        const unsigned char *q = p + base;
        lsblock m;
        if (base + sizeof tmp > d->n) { /* (q[0..80) is read: not past the text's end) */
            memset(tmp, 0, sizeof tmp);
            memcpy(tmp, q, d->n - base);
            q = tmp;
        }
#ifdef LS_WIDE
#define LS_POP(x) (wide ? (unsigned)__builtin_popcountll(x) : pop64(x))
#ifdef LS_512
        if (wide >= 2)
            ls_block_512(q, &m);
        else
#endif
        if (wide)
            ls_block_avx2(q, &m);
        else
#else
#define LS_POP(x) pop64(x)
#endif
            ls_block(q, &m);
        /* the line ends at its first \n or \r, else at the text's end
         * (next_line); bits of bytes past it dropped */
        const uint64_t stop = m.nl | (d->n - base < 64 ? ~(uint64_t)0 << (d->n - base) : 0);
        const uint64_t in = stop ? (stop & (0 - stop)) - 1 : ~(uint64_t)0;
        if (stop)
            end = base + low_bit(stop);
        const uint64_t lead = m.lead & in, lead3 = m.lead3 & in, sep = (m.space | m.bar) & in;
        na += LS_POP(m.ascii & ~m.space & in);
        nd += LS_POP(m.digit & in);
        nm += LS_POP(m.mark & in);
        nb += LS_POP(m.bar & in);
        nh += LS_POP(m.han & in);
        nm += LS_POP(m.cjk & in);
        nt += LS_POP(((m.ascii & in) | lead) & ~sep & ((sep << 1) | after_sep));
        after_sep = sep >> 63;
        /* the three-byte characters: the plain ones need nothing more, the
         * others are visited (with digits, ! ? ; and the rarer ones) */
        const uint64_t other = lead & ~lead3;
        /* (of a run of digits only the first: sentence reads on into it) */
        const uint64_t digit1 = m.digit & ~((m.digit << 1) | after_digit);
        after_digit = m.digit >> 63;
        uint64_t visit = other | ((digit1 | m.xmark) & in);
#ifdef LS_VBMI
        /* (by the filters: the few plain characters they let through
         * note nothing; in the VBMI2 copy, for the blocks that
         * ls_notes_vbmi2 below does not take) */
        if (wide == 3 || (wide == 4 && (places || other)))
            visit |= lead3 & ls_maybe_vbmi(q, d->x->plainf[!places]);
        else if (wide == 4)
            ;
        else
#endif
#ifdef LS_WIDE
        if (wide) { /* (the words of the table by SIMD) */
            uint16_t ix[64];
            ls_ix_avx2(q, ix);
            for (uint64_t w = lead3; w; w &= w - 1) {
                const unsigned j = low_bit(w);
                visit |= ((~pl[ix[j]] >> (q[j + 2] & 63)) & 1) << j;
            }
        } else
#endif
            for (uint64_t w = lead3; w; w &= w - 1) {
                const unsigned j = low_bit(w);
                const unsigned char *u = q + j;
                const uint64_t plain = (pl[((u[0] & 0x0F) << 6) | (u[1] & 0x3F)] >> (u[2] & 63)) & 1;
                visit |= (plain ^ 1) << j;
            }
        /* (room for a block's characters in each list: the notes below
         * are stores that a count then keeps or not, no branch) */
        if (!ls_room(d, &d->cd, d->ncd, &d->capcd) || !ls_room(d, &d->mk, d->nmk, &d->capmk) ||
            !ls_room(d, &d->ev, d->nev, &d->capev) || !ls_room(d, &d->mo, d->nmo, &d->capmo))
            break; /* ENOMEM (d->rc) */
        /* the characters visited, in text order: their class (xclass)
         * says in which lists they are noted; the places for
         * xlearn_from_line (few) go by a mask after */
        size_t *cd = d->cd + d->ncd, *mk = d->mk + d->nmk, *ev = d->ev + d->nev, *mo = d->mo + d->nmo;
        uint64_t m_lp = 0;
#ifdef LS_VBMI2
        /* (a block of a line whose places are not noted, with no character
         * of two or four bytes: its notes by SIMD, nothing visited) */
        if (wide == 4 && !places && !other) {
            ls_notes_vbmi2(q, &d->x->keys, lead3, digit1 & in, m.xmark & in, cm, base, &cd, &mk, &ev, &mo, &m_lp);
            visit = 0;
        }
#endif
#ifdef LS_512
        uint16_t cpv[64]; /* (the code points of the block by SIMD) */
        if (wide >= 2 && visit)
            ls_cp_512(q, m.ascii, cpv);
#endif
        for (; visit; visit &= visit - 1) {
            const unsigned j = low_bit(visit);
            const size_t i = base + j;
            const unsigned char *u = q + j;
            const unsigned c0 = u[0];
            /* (a digit or ! ? ; is one byte, selected without a branch; a
             * three-byte character is whole: the text is well-formed) */
            const unsigned one = 0u - (c0 < 0x80);
            unsigned k;
            if (!((other >> j) & 1)) {
#ifdef LS_512
                if (wide >= 2)
                    k = xc[cpv[j]];
                else
#endif
                    k = xc[(c0 & one) |
                           ((((c0 & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F)) & ~one)];
            } else { /* another character (two or four bytes) */
                size_t adv;
                const unsigned c = xcp(d->s, i, d->n, &adv);
                k = c < 0x10000 ? xc[c] : 0;
            }
            *cd = i;
            cd += (k >> 2) & 1; /* XC_CAND */
            *mk = i;
            mk += (k >> 3) & 1; /* XC_MARK */
            *ev = (i << EV_SHIFT) | ((k & (XC_STAT | XC_TGT)) >> 2);
            ev += (k & (XC_STAT | XC_TGT)) != 0;
            *mo = i;
            mo += (k >> 7) & cm; /* XC_MOOD */
            m_lp |= (uint64_t)((k & note) != 0) << j;
        }
        d->ncd = (size_t)(cd - d->cd), d->nmk = (size_t)(mk - d->mk), d->nev = (size_t)(ev - d->ev);
        d->nmo = (size_t)(mo - d->mo);
        for (; m_lp && nlpos <= XLPOS; m_lp &= m_lp - 1) { /* (XLPOS + 1: more) */
            if (nlpos < XLPOS)
                d->lpos[nlpos] = base + low_bit(m_lp);
            nlpos++;
        }
#undef LS_POP
        if (stop)
            break;
    }
    /* the line's content: without the blanks around it (next_line) */
    *a = i0, *b = end;
    while (*a < *b && (p[*a] == ' ' || p[*a] == '\t'))
        (*a)++;
    while (*b > *a && (p[*b - 1] == ' ' || p[*b - 1] == '\t'))
        (*b)--;
    d->lpos_a = *a;
    d->lpos_b = *b;
    d->lpos_places = places;
    d->nlpos = nlpos;
    /* a 。: the one mark noted that is not ASCII (! ? ;) */
    d->line_full_stop = 0;
    for (size_t k = mk0; k < d->nmk; k++)
        if ((unsigned char)d->s[d->mk[k]] >= 0x80)
            d->line_full_stop = 1;
    st->han = nh, st->marks = nm, st->tokens = nt, st->bars = nb, st->ascii = na, st->digits = nd;
    return end;
}

/* line_stats_of, with places a constant in each copy (the test of a plain
 * character then has no variable), and registers of its own. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t line_stats(doc *d, size_t i, int count_mood, int places, size_t *a, size_t *b, lstats *st)
{
    if (places)
        return line_stats_of(d, i, count_mood, 1, 0, a, b, st);
    return line_stats_of(d, i, count_mood, 0, 0, a, b, st);
}

#ifdef LS_WIDE
/* ... and its AVX2 copy (zb_extractor.wide) */
__attribute__((target("avx2,popcnt,bmi,bmi2"), noinline, flatten)) static size_t
line_stats_wide(doc *d, size_t i, int count_mood, int places, size_t *a, size_t *b, lstats *st)
{
    if (places)
        return line_stats_of(d, i, count_mood, 1, 1, a, b, st);
    return line_stats_of(d, i, count_mood, 0, 1, a, b, st);
}
#ifdef LS_512
/* ... and its AVX-512 copy (zb_extractor.wide 2) */
__attribute__((target("avx512f,avx512bw,avx2,popcnt,bmi,bmi2"), noinline, flatten)) static size_t
line_stats_512(doc *d, size_t i, int count_mood, int places, size_t *a, size_t *b, lstats *st)
{
    return places ? line_stats_of(d, i, count_mood, 1, 2, a, b, st) : line_stats_of(d, i, count_mood, 0, 2, a, b, st);
}
#ifdef LS_VBMI2
/* ... and its AVX-512 VBMI2 copy (zb_extractor.wide 4) */
__attribute__((target("avx512f,avx512bw,avx512vbmi,avx512vbmi2,avx2,popcnt,bmi,bmi2"), noinline, flatten)) static size_t
line_stats_vbmi2(doc *d, size_t i, int count_mood, int places, size_t *a, size_t *b, lstats *st)
{
    return places ? line_stats_of(d, i, count_mood, 1, 4, a, b, st) : line_stats_of(d, i, count_mood, 0, 4, a, b, st);
}
#endif
#ifdef LS_VBMI
/* ... and its AVX-512 VBMI copy (zb_extractor.wide 3) */
__attribute__((target("avx512f,avx512bw,avx512vbmi,avx2,popcnt,bmi,bmi2"), noinline, flatten)) static size_t
line_stats_vbmi(doc *d, size_t i, int count_mood, int places, size_t *a, size_t *b, lstats *st)
{
    return places ? line_stats_of(d, i, count_mood, 1, 3, a, b, st) : line_stats_of(d, i, count_mood, 0, 3, a, b, st);
}
#endif
#endif
#endif

/* A short line of single Han characters separated by spaces: "江 阴". */
static int spaced_name(const doc *d, size_t a, size_t b)
{
    size_t adv, cnt = 0;
    int prev_han = 0;
    for (size_t i = a; i < b; i += adv) {
        unsigned c = xcp(d->s, i, b, &adv);
        if (c == ' ') {
            prev_han = 0;
            continue;
        }
        if (!xhan(c) || prev_han)
            return 0;
        prev_han = 1;
        cnt++;
    }
    return cnt >= 2 && cnt <= 4;
}

/* Does a word of ws start at s[i] (i < b)? m: the words that may (bit k:
 * ws[k]; zb_extractor.furn_first, head_first, stop_first by the first
 * character). */
static inline int word_of_at(const char *s, size_t i, size_t b, const wl *ws, uint64_t m)
{
    for (; m; m &= m - 1) {
        const wl *w = &ws[low_bit(m)];
        if (w->n <= b - i && memcmp(s + i, w->w, w->n) == 0)
            return 1;
    }
    return 0;
}

#ifdef LS_VBMI
/* The first character of s[a..b) (a: a character's start, or a byte
 * after one that is no maybe) that may be one of head1 (furn 0) or of
 * furn1 (furn 1), b when none may: a character that is none has, if of
 * three bytes, a bit clear in one of the filters hff (as ls_maybe_vbmi,
 * two bits of selector, a nibble a set), and for furn1 is not 'I', 'C'
 * nor of two or four bytes. *base, *bits: the block of 64 bytes it is in
 * and its maybes (bit j: base + j), for the next ones (maybe_from). Near
 * the text's end (66 bytes a block are read) the start of the character
 * at the block, and every byte of the block a maybe. heading and
 * furniture_in visit only these characters, not every one of the line. */
__attribute__((target("avx512f,avx512bw,avx512vbmi,avx2,popcnt,bmi,bmi2"), noinline)) static size_t
first_maybe(const doc *d, size_t a, size_t b, int furn, size_t *base, uint64_t *bits)
{
    const unsigned char *f = d->x->hff;
    const __m512i low6 = _mm512_set1_epi8(0x3F), three = _mm512_set1_epi8(3);
    const __m512i bit = furn ? _mm512_set4_epi32(0, 0, 0, (int)0x80402010) : _mm512_set4_epi32(0, 0, 0, 0x08040201);
    const __m512i ta = _mm512_loadu_si512((const void *)f), tb = _mm512_loadu_si512((const void *)(f + 64));
    const __m512i tc = _mm512_loadu_si512((const void *)(f + 128)), td = _mm512_loadu_si512((const void *)(f + 192));
    for (size_t i = a; i < b; i += 64) {
        if (i + 66 > d->n) {
            while (i > 0 && ((unsigned char)d->s[i] & 0xC0) == 0x80)
                i--; /* (a block starts at a byte, not a character) */
            *base = i, *bits = ~(uint64_t)0;
            return i;
        }
        const unsigned char *q = (const unsigned char *)d->s + i;
        const __m512i v = _mm512_loadu_si512((const void *)q);
        const __m512i v1 = _mm512_loadu_si512((const void *)(q + 1));
        const __m512i v2 = _mm512_loadu_si512((const void *)(q + 2));
        const __m512i ia = _mm512_ternarylogic_epi32(low6, v2, _mm512_slli_epi16(v1, 6), 0xCA);
        const __m512i ib = _mm512_ternarylogic_epi32(low6, v2, _mm512_slli_epi16(v1, 5), 0xCA);
        const __m512i sa = _mm512_and_si512(_mm512_srli_epi16(v1, 2), three);
        const __m512i sb = _mm512_and_si512(
            _mm512_ternarylogic_epi32(_mm512_set1_epi8(1), _mm512_srli_epi16(v1, 5), _mm512_add_epi8(v, v), 0xCA),
            three);
        const uint64_t lead3 = (uint64_t)_mm512_cmpeq_epi8_mask(_mm512_and_si512(v, _mm512_set1_epi8((char)0xF0)),
                                                                 _mm512_set1_epi8((char)0xE0));
        const __m512i fa = _mm512_permutex2var_epi8(ta, ia, tb), fb = _mm512_permutex2var_epi8(tc, ib, td);
        uint64_t m = lead3 & (uint64_t)_mm512_test_epi8_mask(fa, _mm512_shuffle_epi8(bit, sa)) &
                     (uint64_t)_mm512_test_epi8_mask(fb, _mm512_shuffle_epi8(bit, sb));
        if (furn) /* ('I', 'C', and the lead bytes of two or four) */
            m |= (uint64_t)_mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('I')) |
                 (uint64_t)_mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('C')) |
                 ((uint64_t)_mm512_cmpge_epu8_mask(v, _mm512_set1_epi8((char)0xC0)) & ~lead3);
        if (b - i < 64)
            m &= ((uint64_t)1 << (b - i)) - 1;
        if (m) {
            *base = i, *bits = m;
            return i + (size_t)__builtin_ctzll(m);
        }
    }
    return b;
}
#endif

/* The next character at or after i (a character's start) that may be
 * of head1 (furn 0) or furn1 (furn 1): in the block first_maybe filtered
 * last (*base, *bits; *base = b at the line's first call), or
 * first_maybe's after it, where the filters hold; i itself otherwise
 * (every character is looked at). */
static inline size_t maybe_from(const doc *d, size_t i, size_t b, int furn, size_t *base, uint64_t *bits)
{
#ifdef LS_VBMI
    if (i < b && d->x->wide >= 3 && d->x->hf_ok) {
        if (i - *base < 64) {
            const uint64_t m = *bits >> (i - *base);
            if (m)
                return i + (size_t)__builtin_ctzll(m);
            i = *base + 64; /* (no maybe in the rest of the block) */
            if (i >= b)
                return b;
        }
        return first_maybe(d, i, b, furn, base, bits);
    }
#else
    (void)d, (void)b, (void)furn, (void)base, (void)bits;
#endif
    return i;
}

/* Does s[a..b) hold a word of W_FURNITURE (xhas_any)? A word starts at a
 * character, one of class furn1: only there are the words that may start
 * with it (furn_first) compared. */
static int furniture_in(const doc *d, size_t a, size_t b)
{
    size_t adv;
    /* (only the characters that may be first characters of the words:
     * most lines have none) */
    size_t base = b; /* (maybe_from's block) */
    uint64_t bits = 0;
    for (size_t i = maybe_from(d, a, b, 1, &base, &bits); i < b; i = maybe_from(d, i + adv, b, 1, &base, &bits)) {
        unsigned c = xcp(d->s, i, b, &adv);
        if (c < 0x10000 && (d->x->furn1[c >> 3] >> (c & 7) & 1) &&
            word_of_at(d->s, i, b, W_FURNITURE, d->x->furn_first[status_hash(c)]))
            return 1;
    }
    return 0;
}

/* Does a word of W_STOP start at s[a] (xat_any)? Its first character is
 * of class stop1, and only the words that may start with it (stop_first)
 * are compared. */
static int stop_word_at(const doc *d, size_t a, size_t b)
{
    size_t adv;
    unsigned c = xcp(d->s, a, b, &adv), h = status_hash(c);
    return c < 0x10000 && (d->x->stop1[c >> 3] >> (c & 7) & 1) &&
           (word_of_at(d->s, a, b, W_STOP, d->x->stop_first[h][0]) ||
            word_of_at(d->s, a, b, sizeof W_STOP / sizeof W_STOP[0] > 64 ? W_STOP + 64 : W_STOP,
                       d->x->stop_first[h][1]));
}

static int classify(doc *d, size_t a, size_t b, int body_started, const lstats *st)
{
    const size_t han = st->han, marks = st->marks, tokens = st->tokens, bars = st->bars, ascii = st->ascii,
                 digits = st->digits;
    /* (spaced_name and digits of the line, for run: line_stats and the
     * spaced_name below set them) */
    d->line_spaced = d->line_digits = 0;
    if (a >= b)
        return L_BLANK;
    /* (a word of W_STOP is two bytes or more: its first two, d->x->stop2,
     * rule out most lines before the list is read) */
    if (body_started && b - a >= 2 &&
        (d->x->stop2[((unsigned char)d->s[a] << 5) | ((unsigned char)d->s[a + 1] >> 3)] >>
         ((unsigned char)d->s[a + 1] & 7) & 1) &&
        stop_word_at(d, a, b))
        return -1; /* the article ends here */
    d->line_digits = digits > 0;
    if (bars >= 2)
        return L_NOISE;
    if (han == 0)
        return L_NOISE;
    if (ascii > han * 2 && marks == 0)
        return L_NOISE;
    /* (a spaced name is 2-4 Han characters, each a token of its own) */
    if (han >= 2 && han <= 4 && tokens == han && spaced_name(d, a, b)) {
        d->line_spaced = 1; /* (every heading is classified past this test) */
        return L_HEADING;
    }
    /* (whether the line holds a 。: line_stats saw every character) */
#define FULL_STOP() (d->line_full_stop)
    /* an item of a list ("——新增城镇就业1.2万人;") ends with ; or ,, no heading does */
    int item = d->s[b - 1] == ';' || d->s[b - 1] == ',';
    if (xat(d->s, a, b, "——") && han >= 4 && !FULL_STOP() && !item)
        return L_HEADING; /* a subtitle: ——在某某区人民代表大会上 */
    if (tokens >= 3 && marks == 0 && han < tokens * 5)
        return L_NOISE;
    /* page furniture: short lines with 评论/分享/版权..., link lists (· headline) */
    if (han <= 40 && !FULL_STOP() && furniture_in(d, a, b))
        return L_NOISE;
    /* (a line opening with a Han character of U+4000..U+9FFF, lead byte
     * E4..E9, or with ASCII other than a digit, '>' or '*': no bullet,
     * the test below skipped) */
    if (!(((unsigned char)d->s[a] >= 0xE4 && (unsigned char)d->s[a] <= 0xE9) ||
          ((unsigned char)d->s[a] < 0x80 && !is_digit(d->s[a]) && d->s[a] != '>' && d->s[a] != '*'))) {
        /* a bullet: a mark or a symbol (arrows, shapes, dingbats, emoji,
         * a keycap 1️⃣; not the enclosed numerals ①) opening a line: of a
         * link list or a menu (· ● ■ ◆ ▶ ...: noise), a heading, or an item
         * of a WeChat post ("▶ 新增...615家,..."): an item stating a figure
         * in a clause is text; the bullet is blanked (no part of an
         * indicator or a name); `text` comes from the source */
        size_t adv, n2 = 0, e;
        unsigned c = xcp(d->s, a, b, &adv), c2 = a + adv < b ? xcp(d->s, a + adv, b, &n2) : 0;
        int keycap = c < 0x80 && is_digit((char)c) && (c2 == 0xFE0F || c2 == 0x20E3);
        int listed = c == 0xB7 || c == 0x2022 || c == 0x25CF || c == 0x25A0 || c == 0x25C6 || c == 0x25AA ||
                     c == 0x2014 || c == '>' || c == '*' || c == 0x25B6 || c == 0x25BA;
        if (listed || keycap || (c >= 0x2190 && c <= 0x2BFF && !(c >= 0x2460 && c <= 0x24FF)) ||
            (c >= 0x1F000 && c <= 0x1FAFF)) {
            if (listed && !FULL_STOP() && han <= 40 && !(digits && marks) && !item)
                return L_NOISE;
            if (c != 0x2014) {
                /* (an emoji's variation selector, a keycap's mark) */
                for (e = a + adv; e < b && (c2 == 0xFE0F || c2 == 0x20E3); c2 = e < b ? xcp(d->s, e, b, &n2) : 0)
                    e += n2;
                memset((char *)d->s + a, ' ', e - a);
            }
        }
    }
    /* (an item of a list ending in ; or ,, "城镇新增就业不少于3.5万人;", is
     * text of its section, no heading) */
    if (!FULL_STOP() && han <= 32 && !item)
        return L_HEADING;
#undef FULL_STOP
    return L_BODY;
}

/* A short line that holds a full date (2024-07-20, 2024年7月20日): a
 * dateline or "发布日期:..." under the headline. */
static int date_at(const doc *d, size_t a, size_t b);
static int date_line(const doc *d, size_t a, size_t b)
{
    size_t han = 0, adv;
    /* the date first: most lines have none, and then need no count */
    if (!date_at(d, a, b))
        return 0;
    for (size_t i = a; i < b; i += adv)
        han += xhan(xcp(d->s, i, b, &adv)) != 0;
    return han <= 16;
}

/* Does s[a..b) hold a full date (2024-07-20, 2024年7月20日)? */
static int date_at(const doc *d, size_t a, size_t b)
{
    for (size_t i = a; i + 8 <= b; i++) {
        if (!is_digit(d->s[i]) || (i > a && is_digit(d->s[i - 1])))
            continue;
        size_t j = i, n;
        while (j < b && is_digit(d->s[j]))
            j++;
        if (j - i != 4)
            continue;
        int han_style = (n = xat(d->s, j, b, "年")) != 0;
        if (!han_style && !(j < b && (d->s[j] == '-' || d->s[j] == '/' || d->s[j] == '.')))
            continue;
        j += han_style ? n : 1;
        size_t k = j;
        while (k < b && is_digit(d->s[k]))
            k++;
        if (k == j || k - j > 2)
            continue;
        if (han_style ? !xat(d->s, k, b, "月") : !(k < b && d->s[k] == d->s[j - 1]))
            continue;
        k += han_style ? 3 : 1;
        if (k < b && is_digit(d->s[k]))
            return 1;
    }
    return 0;
}

static void new_section(doc *d)
{
    memset(&d->sec_frame, 0, sizeof d->sec_frame);
    memset(&d->carry, 0, sizeof d->carry);
    memset(&d->para_period, 0, sizeof d->para_period);
    d->sec_mood = -1;
    d->para_mood = -1;
    d->para_year = d->sec_year ? d->sec_year : d->doc_year;
    d->topic[0] = 0;
}

/* A heading may name the zone of its section: "江 阴", "镇江高新区:...".
 * spaced, digits: what classify found of the line. */
static void heading(doc *d, size_t a, size_t b, int spaced, int digits)
{
    const wl *plan = W_HEAD_PLAN, *done = W_HEAD_DONE;
    char z[NAME_CAP];
    int named = 0, numbered = 0;
    /* a heading numbered 二、 ends the section of the one before
     * (一、2024年工作回顾): its year too */
    {
        size_t adv, k = a;
        for (int cnt = 0; cnt < 2 && k < b; cnt++) {
            unsigned c = xcp(d->s, k, b, &adv);
            if (c >= 0x10000 || !(d->x->cclass[c] & CC_NUMERAL))
                break;
            k += adv;
        }
        if (k > a && xat(d->s, k, b, "、"))
            d->sec_year = 0, numbered = 1;
    }
    /* "一、2023年工作回顾": the section is about that year (digits: the
     * line has an ASCII digit) */
    for (size_t k = a; digits && k + 7 <= b; k++) {
        int y = 0;
        size_t j = k;
        if (!is_digit(d->s[k]))
            continue;
        while (j < b && is_digit(d->s[j]) && j - k < 4)
            y = y * 10 + (d->s[j++] - '0');
        if (j - k == 4 && (k == a || !is_digit(d->s[k - 1])) && xat(d->s, j, b, "年") &&
            y >= 1990 && y <= 2100 && !xat(d->s, j + 3, b, "以来") &&
            !(j + 4 <= b && is_digit(d->s[j + 3]))) { /* 2024年2月20日 is a date line */
            d->sec_year = y;
            named = 1;
            break;
        }
    }
    new_section(d);
    /* (a word of the lists starts at a character of class head1: only
     * there are the words that may start with it compared, head_first:
     * bits 0..7 plan, 8.. done) */
    int has_plan = 0, has_done = 0;
    {
        size_t adv; /* (only the characters that may be first characters of the words) */
        size_t base = b; /* (maybe_from's block) */
        uint64_t bits = 0;
        for (size_t i = maybe_from(d, a, b, 0, &base, &bits); i < b && !has_plan;
             i = maybe_from(d, i + adv, b, 0, &base, &bits)) {
            unsigned c = xcp(d->s, i, b, &adv);
            if (c < 0x10000 && (d->x->head1[c >> 3] >> (c & 7) & 1)) {
                uint32_t m = d->x->head_first[status_hash(c)];
                has_plan = word_of_at(d->s, i, b, plan, m & 0xFF);
                has_done |= word_of_at(d->s, i, b, done, m >> 8);
            }
        }
    }
    if (has_plan)
        d->sec_mood = ZB_STATUS_TARGET;
    else if (has_done)
        d->sec_mood = ZB_STATUS_ACTUAL;
    /* "一、过去一年工作回顾", "去年工作回顾", "今年工作安排": a review or
     * a plan naming its year in words */
    /* (not a base of comparison: "二、10月份当月主要指标(与上年同月比)") */
    static const wl base[] = {W("同期"), W("同月"), W("比上年"), W("较上年"), W("与上年"), W("比去年"),
                              W("较去年"), W("与去年"), {NULL, 0}};
    if (!named && (d->sec_mood >= 0 || numbered) && d->pub_y && !xhas(d->s, a, b, "以来") &&
        !xhas_any(d->s, a, b, base)) {
        static const wl last[] = {W("过去一年"), W("过去的一年"), W("去年"), W("上年"), {NULL, 0}};
        static const wl now[] = {W("今年"), W("本年"), {NULL, 0}};
        if (xhas_any(d->s, a, b, last))
            d->sec_year = d->para_year = d->pub_y - 1;
        else if (xhas_any(d->s, a, b, now))
            d->sec_year = d->para_year = d->pub_y;
    }
    /* "三、2026年重点工作", "今年重点工作" in 2026: a plan */
    if (d->sec_mood < 0 && d->pub_y && d->sec_year >= d->pub_y && xhas(d->s, a, b, "重点工作"))
        d->sec_mood = ZB_STATUS_TARGET;
    if (spaced) { /* spaced_name(d, a, b), as classify found */
        xlearn_name(d, d->s, a, b);
        copy_nospace(d->sec_zone, sizeof d->sec_zone, d->s, a, b);
        return;
    }
    /* a zone named at the start of the heading */
    int w;
    size_t n = xzone_at(d, a, b, z, &w);
    if (n && w == 2)
        return; /* a region not the subject */
    if (!n && (n = xgeneric_zone_at(d, d->s, a, b, z, 0)) != 0)
        xlearn_generic(d, d->s, a, a + n);
    if (n && strcmp(z, d->city[0] ? d->city : "") != 0) {
        str_copy(d->sec_zone, sizeof d->sec_zone, z);
        if (!d->doc_zone[0])
            str_copy(d->doc_zone, sizeof d->doc_zone, z);
    }
}

/* The first ',' or ':' of s[a..e), e when none: one pass for the two
 * (paragraph_mood), sixteen bytes at a time where SSE2 is (the last
 * sixteen overlapping those before: no byte loop after). */
static size_t comma_or_colon(const char *s, size_t a, size_t e)
{
    size_t k = a;
#if defined(__SSE2__) && !defined(ZB_NO_SSE2)
    if (e - a >= 16) {
        const __m128i comma = _mm_set1_epi8(','), colon = _mm_set1_epi8(':');
        for (;;) {
            const size_t w = k + 16 <= e ? k : e - 16;
            const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + w));
            unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, colon)));
            m &= ~0u << (k - w); /* (the overlapping last: only from k) */
            if (m)
                return w + (size_t)__builtin_ctz(m);
            if (w + 16 == e)
                return e;
            k += 16;
        }
    }
#endif
    for (; k < e; k++)
        if (s[k] == ',' || s[k] == ':')
            return k;
    return e;
}

/* Paragraph mood from its first sentence: "X将..." plans, "X已..." reports. */
static void paragraph_mood(doc *d, size_t a, size_t b)
{
    /* the first sentence ends at a ',' (a byte of its own) or at the
     * first mark line_stats noted (d->mkk is the first at or after a);
     * a ':' before the ',' is looked for in the same pass */
    size_t e = d->mkk < d->nmk && d->mk[d->mkk] < b ? d->mk[d->mkk] : b, k;
    size_t p = comma_or_colon(d->s, a, e), colon = SIZE_MAX;
    if (p < e && d->s[p] == ':') {
        const char *comma = memchr(d->s + p + 1, ',', e - p - 1);
        colon = p;
        p = comma ? (size_t)(comma - d->s) : e;
    }
    e = p;
    d->para_mood = -1;
    /* "今年的主要目标是:", "目标任务:": the list after the colon (its
     * sentences after ;) is of targets: 目标 before the clause's first
     * colon (most first clauses have no colon: then 目标 is not looked
     * for) */
    if (colon != SIZE_MAX && xmemmem(d->s + a, colon - a, "目标", 6) && !xhas(d->s, a, colon, "完成"))
        d->para_mood = ZB_STATUS_TARGET;
    /* "X将坚决贯彻...": a plan for the whole section (将 is of class
     * CC_TARGET: noted as EV_TGT) */
    for (k = d->evk; k < d->nev && EV_POS(d->ev[k]) < e && EV_POS(d->ev[k]) < a + 60; k++) {
        size_t i = EV_POS(d->ev[k]);
        if ((d->ev[k] & EV_TGT) && xat(d->s, i, e, "将") && !xat(d->s, i + 3, e, "近")) {
            d->sec_mood = ZB_STATUS_TARGET;
            break;
        }
    }
}

/* A heading's or a body line's sentences; ln: the line (its notes start
 * at ln->mk0, ln->ev0: no walk over those of the lines between). */
static void body_line(doc *d, const struct xline *ln)
{
    const size_t a = ln->a, b = ln->b;
    size_t ss = a, i = a;
    memset(&d->para_period, 0, sizeof d->para_period);
    d->para_year = d->sec_year ? d->sec_year : d->doc_year;
    d->topic[0] = 0;
    if (d->evk < ln->ev0)
        d->evk = ln->ev0;
    if (d->mkk < ln->mk0)
        d->mkk = ln->mk0;
    ev_seek(d, a);
    while (d->mkk < d->nmk && d->mk[d->mkk] < a)
        d->mkk++;
    paragraph_mood(d, a, b);
    /* the marks (! ? ; 。) line_stats noted end the sentences */
    for (size_t e = d->mkk; d->rc == 0 && e < d->nmk && (i = d->mk[e]) < b; e++) {
        sentence(d, ss, i);
        ss = i + sentence_mark(d->s, i, b);
    }
    if (ss < b && d->rc == 0)
        sentence(d, ss, b);
    /* A statistical period (a span of months, a quarter, a half) goes on to
     * the next paragraphs ("前三季度,..." then "分产业看,..."); a date or a
     * year does not. */
    if (d->para_period.set == 1) {
        const char *ps = d->para_period.s;
        if (!d->para_period.framing && !d->para_period.asof &&
            (strchr(ps, '/') || strchr(ps, 'H') || strchr(ps, 'Q'))) {
            d->carry = d->para_period;
            /* the report's period: a part of a year (not 十四五), over */
            if (d->lead_open && (strchr(ps, 'H') || strchr(ps, 'Q') || month_interval(&d->para_period)) &&
                d->para_period.end_y * 12 + d->para_period.end_m < d->pub_y * 12 + d->pub_m)
                d->lead = d->para_period;
        } else
            memset(&d->carry, 0, sizeof d->carry);
    }
}

/* The line starting at i: its end (at \n, \r or the text's end) is
 * returned, its content without surrounding blanks is [*a, *b). */
static size_t next_line(doc *d, size_t i, size_t *a, size_t *b);

/* A report about last year ("2023年国民经济和社会发展统计公报", "2023年
 * 工作总结", or a headline in January-March "园区2023年营业额创新高") names
 * that year in its first lines; its 全年 and 年末 are that
 * year, not the year of publication. */
/* Does the lead paragraph s[a..b) take last year (y) as its subject, as a
 * review of it opens in January-March: "刚刚过去的2025年,...全面完成",
 * "过去的一年,", "回顾2025年,", "2025年,全区...实现..." (a clause of its
 * own, with a verb of result)? Not "2025年以来". */
static int lead_last_year(const char *s, size_t a, size_t b, int y)
{
    size_t e = a, n, k;
    while (e < b && e - a < 90 && s[e] != ',' && s[e] != ';')
        e++;
    if (e == b || s[e] != ',')
        return 0; /* the opening clause, ended by a comma */
    for (k = a; k + 7 <= e; k++) {
        size_t j = k;
        int v = 0;
        while (j < e && is_digit(s[j]) && j - k < 4)
            v = v * 10 + (s[j++] - '0');
        if (j - k == 4 && (k == a || !is_digit(s[k - 1])) && v == y && (n = xat(s, j, e, "年")) && j + n == e) {
            /* "2025年," alone: a review when the paragraph reports */
            if (k == a)
                return xhas_any(s, e, b, W_RESULT) && !xhas(s, a, b, "将") && !xhas(s, a, b, "力争");
            return xends(s, a, k, "过去的") || xends(s, a, k, "过去") || xends(s, a, k, "回顾") ||
                   xends(s, a, k, "刚刚结束的");
        }
    }
    /* 刚刚过去的一年, 过去的一年, 过去一年 closing the clause */
    return xends(s, a, e, "过去的一年") || xends(s, a, e, "过去一年");
}

static void find_doc_year(doc *d)
{
    /* a lead paragraph reviewing last year, in a text of January-March:
     * the first body line within the first lines */
    if (d->pub_m >= 1 && d->pub_m <= 3)
        for (size_t l = 0; l < d->ncls && l < 6 && d->cls[l].cl >= 0; l++)
            if (d->cls[l].cl == L_BODY) {
                if (lead_last_year(d->s, d->cls[l].a, d->cls[l].b, d->pub_y - 1)) {
                    d->doc_year = d->pub_y - 1;
                    return;
                }
                break;
            }
    static const wl kinds[] = {W("公报"), W("年报"), W("总结"), W("年鉴"), W("统计"), {NULL, 0}};
    size_t i = 0, line = 0;
    while (i < d->n && line < 2) {
        size_t a, b, e = next_line(d, i, &a, &b);
        if (b > a) {
            /* does the line name a kind of report? asked once per line, not
             * once per year in it (a one-line 100 MB text has many years) */
            int has_kind = -1;
            line++;
            for (size_t k = a; k + 7 <= b; k++) {
                int y = 0;
                size_t j = k;
                while (j < b && is_digit(d->s[j]) && j - k < 4)
                    y = y * 10 + (d->s[j++] - '0');
                if (j - k == 4 && (k == a || !is_digit(d->s[k - 1])) && xat(d->s, j, b, "年") &&
                    y == d->pub_y - 1 && !xat(d->s, j + 3, b, "以来") &&
                    ((has_kind < 0 ? (has_kind = xhas_any(d->s, a, b, kinds) != 0) : has_kind) ||
                     (line == 1 && d->pub_m <= 3))) {
                    /* (a headline on last year's results in the first months) */
                    d->doc_year = y;
                    return;
                }
            }
        }
        i = e < d->n ? e + 1 : e;
    }
}

static size_t next_line(doc *d, size_t i, size_t *a, size_t *b)
{
    const char *s = d->s;
    size_t e = d->n;
    const char *nl = i < d->n ? memchr(s + i, '\n', d->n - i) : NULL;
    if (nl)
        e = (size_t)(nl - s);
    /* the first '\r' at or after i: d->cr, the first at or after
     * d->cr_from, still is when i lies between them (most texts have none:
     * one search of the text) */
    if (!(d->cr_from <= i && i <= d->cr)) {
        const char *cr = i < d->n ? memchr(s + i, '\r', d->n - i) : NULL;
        d->cr_from = i;
        d->cr = cr ? (size_t)(cr - s) : d->n;
    }
    if (d->cr < e)
        e = d->cr;
    *a = i;
    *b = e;
    while (*a < *b && (s[*a] == ' ' || s[*a] == '\t'))
        (*a)++;
    while (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == '\t'))
        (*b)--;
    return e;
}

/* Is s[a..b) an aside that does not break a phrase: a list of kinds of
 * administrative unit (各县(市、区), 各区(县)) or an abbreviation (GDP,
 * R&D)? */
static int aside(const char *s, size_t a, size_t b)
{
    static const wl kinds[] = {W("自治区"), W("自治州"), W("自治县"), W("市辖区"), W("县级市"), W("街道"),
                               W("地区"), W("市"), W("区"), W("县"), W("旗"), W("镇"), W("乡"),
                               W("省"), W("州"), W("盟"), {NULL, 0}};
    size_t i = a, upper = 0, n;
    while (i < b && ((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '&'))
        upper += s[i++] != '&';
    if (i == b)
        return upper >= 2 && b - a <= 8;
    for (i = a; i < b;) {
        if (!(n = xat_any(s, i, b, kinds)))
            return 0;
        i += n;
        if (i == b)
            return 1;
        /* a mark between kinds, never at the end */
        n = xat(s, i, b, "、") ? 3 : s[i] == '/' ? 1 : 0;
        if (!n || i + n == b)
            return 0;
        i += n;
    }
    return 0;
}

/* Blank the asides in brackets (aside) of the normalised text, brackets
 * and all, so that 居全省各县(市、区)第一 reads as one phrase; `text` and
 * offsets come from the source through the map, untouched. */
static void blank_asides(doc *d)
{
    char *s = (char *)d->s;
    for (size_t i = 0; i < d->n; i++) {
        /* the next '(' by memchr: most texts have few */
        const char *o = memchr(s + i, '(', d->n - i);
        if (!o)
            break;
        i = (size_t)(o - s);
        size_t j = i + 1;
        while (j < d->n && j < i + 40 && s[j] != ')' && s[j] != '(' && s[j] != '\n')
            j++;
        if (j < d->n && s[j] == ')' && j > i + 1 && aside(s, i + 1, j)) {
            memset(s + i, ' ', j + 1 - i);
            i = j;
        }
    }
}

/* Room for one more line in d->cls; 0 on ENOMEM (d->rc set). */
static int cls_grow(doc *d)
{
    size_t nc = d->capcls ? 2 * d->capcls : 256;
    struct xline *nv = realloc(d->cls, nc * sizeof *nv);
    if (!nv) {
        d->rc = ZB_ENOMEM;
        return 0;
    }
    d->cls = nv;
    d->capcls = nc;
    return 1;
}

static void run(doc *d)
{
    const char *s = d->s;
    size_t i = 0, line = 0;
    int body_started = 0;
    size_t first_body_end = 0;

    find_published(d);
    new_section(d);
    d->mood_open = 1;
    /* first pass over the top: learn names, the city and the document zone */
    for (i = 0; i < d->n;) {
        if (s[i] == '\n' || s[i] == '\r') {
            /* an empty line (half the lines): blank, as line_stats and
             * classify would find it (no notes, no counts; nothing is
             * learnt of it), in a few stores */
            if (d->ncls == d->capcls && !cls_grow(d))
                return; /* ENOMEM */
            d->cls[d->ncls++] = (struct xline){.a = i, .b = i, .e = i, .mk0 = d->nmk, .ev0 = d->nev, .cl = L_BLANK};
            d->line_spaced = d->line_digits = 0;
            if (d->mood_open && i <= 32768)
                d->mood_upto = i;
            else
                d->mood_open = 0;
            i++;
            line++;
            continue;
        }
        size_t a, b, e, ncd = d->ncd, nmk = d->nmk, nev = d->nev;
        lstats st;
        /* the line (next_line) and its counts and notes in one pass (mood
         * words count only in the lines before 32 KB, below; the places
         * of a place name's first characters only while xlearn_from_line
         * looks for the city, as it will for this line) */
        const int places = line < 40 && (!d->city[0] || !d->province[0]);
#ifdef LS_WIDE
#ifdef LS_512
#ifdef LS_VBMI2
        if (d->x->wide == 4)
            e = line_stats_vbmi2(d, i, d->mood_open, places, &a, &b, &st);
        else
#endif
#ifdef LS_VBMI
        if (d->x->wide == 3)
            e = line_stats_vbmi(d, i, d->mood_open, places, &a, &b, &st);
        else
#endif
        if (d->x->wide == 2)
            e = line_stats_512(d, i, d->mood_open, places, &a, &b, &st);
        else
#endif
        if (d->x->wide)
            e = line_stats_wide(d, i, d->mood_open, places, &a, &b, &st);
        else
#endif
            e = line_stats(d, i, d->mood_open, places, &a, &b, &st);
        int cl = classify(d, a, b, body_started, &st);
        if (d->rc)
            return; /* ENOMEM */
        if (cl < 0) /* (the line that ends the article notes nothing) */
            d->ncd = ncd, d->nmk = nmk, d->nev = nev;
        /* the mood words of the lines before 32 KB (doc_mood) */
        if (d->mood_open && cl >= 0 && e <= 32768) {
            d->mood_upto = e;
        } else {
            d->mood_open = 0;
        }
        if (d->ncls == d->capcls && !cls_grow(d))
            return; /* ENOMEM */
        d->cls[d->ncls].a = a;
        d->cls[d->ncls].b = b;
        d->cls[d->ncls].e = e;
        d->cls[d->ncls].mk0 = nmk;
        d->cls[d->ncls].ev0 = nev;
        d->cls[d->ncls].spaced = (unsigned char)d->line_spaced;
        d->cls[d->ncls].digits = (unsigned char)d->line_digits;
        d->cls[d->ncls++].cl = cl;
        if (cl < 0)
            break;
        if (cl == L_HEADING && d->line_spaced) /* spaced_name */
            xlearn_name(d, s, a, b);
        if (cl == L_HEADING || cl == L_BODY)
            xlearn_from_line(d, a, b, line < 40);
        if ((!d->province[0] || !d->city[0] || !d->office_zone[0]) && cl >= L_NOISE &&
            (cl == L_NOISE ? b - a <= 240 : line >= 40 && b - a <= 60) &&
            (line_marks(s, a, b) & (LM_TING | LM_JU))) /* (厅 or 局: one pass) */
            xlearn_from_line(d, a, b, 2); /* (a breadcrumb: 首页 > 安徽省商务厅; 来源:... at the end) */
        if (cl == L_BODY && !body_started && b - a >= 120) {
            body_started = 1;
            first_body_end = b;
        }
        if ((cl == L_HEADING || cl == L_BODY) && !d->doc_zone[0] &&
            (!first_body_end || b <= first_body_end)) {
            size_t adv;
            for (size_t k = a; k < b; k += adv) {
                char z[NAME_CAP];
                size_t n;
                unsigned ck = xcp(s, k, b, &adv);
                int w;
                if ((n = xzone_at(d, k, b, z, &w)) && w != 2 && strncmp(z, "全", 3) != 0 &&
                    !(w == 1 && event_place(d, a, k, k + n, b))) {
                    str_copy(d->doc_zone, sizeof d->doc_zone, z);
                    break;
                }
                if (n && w == 2) { /* a region not the subject: no zone, no name in it */
                    adv = n;
                    continue;
                }
                if (ck < 0x10000 && !(d->x->cclass[ck] & (CC_NSTOP | CC_NSTART)) && xname_edge(d, a, k) &&
                    (n = xgeneric_zone_at(d, s, k, b, z, 0)) != 0) {
                    xlearn_generic(d, s, k, k + n);
                    str_copy(d->doc_zone, sizeof d->doc_zone, z);
                    break;
                }
            }
        }
        i = e < d->n ? e + 1 : e;
        line++;
    }
    if (!d->doc_zone[0] && d->office_zone[0]) /* (来源：安徽省商务厅: the text is on 安徽省) */
        str_copy(d->doc_zone, sizeof d->doc_zone, d->office_zone);
    find_doc_year(d);
    d->doc_mood = -1; /* the mood of the whole text, worked out when needed */
    /* second pass: the figures */
    int seen_text = 0, seen_body = 0;
    d->lead_open = 1;
    for (i = 0, line = 0; i < d->n && d->rc == 0 && line < d->ncls; line++) {
        /* the line as the first pass found it (next_line) */
        size_t a = d->cls[line].a, b = d->cls[line].b, e = d->cls[line].e;
        int cl = d->cls[line].cl;
        if (cl == L_BLANK) { /* (half the lines: nothing to read) */
            i = e < d->n ? e + 1 : e;
            continue;
        }
        if (cl < 0)
            break;
        /* a table pasted as text (extract_table.c): its header is noise
         * or a short heading */
        if (cl == L_NOISE || cl == L_HEADING) {
            size_t nt = xtable(d, line, L_BLANK);
            if (nt) {
                line += nt - 1;
                i = d->cls[line].e < d->n ? d->cls[line].e + 1 : d->cls[line].e;
                continue;
            }
        }
        /* (a date is in digits: a line without one holds none) */
        if (cl == L_HEADING && d->cls[line].digits && date_line(d, a, b)) {
            /* "发布日期:2024-07-20": the date, no section of its own (the
             * headline's 1-6月 goes on to the body) */
        } else if (cl == L_HEADING) {
            xperiod carry = d->carry;
            int year = d->sec_year;
            heading(d, a, b, d->cls[line].spaced, d->cls[line].digits);
            /* the headline: the first line of text */
            d->in_headline = !seen_text;
            body_line(d, &d->cls[line]);
            d->in_headline = 0;
            /* a subheading with no time word, year or mood of its own
             * ("工业生产稳步回升", a byline) keeps the statistical period
             * the headline or the opening paragraphs set for the whole
             * report (首季..., 1-9月...), when it is still the one carried
             * and the text reports (no plan) */
            if (!d->para_period.set && d->sec_mood < 0 && d->sec_year == year && carry.set == 1 &&
                d->lead.set == 1 && strcmp(carry.s, d->lead.s) == 0 && mood_of(d) == ZB_STATUS_ACTUAL)
                d->carry = carry;
            if (seen_body && !d->in_headline)
                d->lead_open = 0;
            /* a heading's time words do not carry over, but a month a
             * later heading names ("二、9月份主要指标") frames its section
             * (rather than the headline's 前三季度) */
            if (seen_body && month_before(&d->para_period, d->pub_y, d->pub_m, 0))
                d->sec_frame = d->para_period;
            /* a heading's time words do not carry over, but a span of
             * whole years a section's heading names frames the section
             * ("一、“十四五”发展回顾": 2021/2025, as 五年来 would) */
            if (seen_text && d->para_period.set == 1 && !d->sec_frame.set && d->para_period.s[4] == '/' &&
                strlen(d->para_period.s) == 9) {
                d->sec_frame = d->para_period;
                d->sec_frame.framing = 1;
            }
            memset(&d->para_period, 0, sizeof d->para_period);
        } else if (cl == L_BODY) {
            body_line(d, &d->cls[line]);
            seen_body = 1;
        }
        if (cl == L_HEADING || cl == L_BODY)
            seen_text = 1;
        i = e < d->n ? e + 1 : e;
    }
}

int zb_extract_buffer(zb_extractor *x, const char *bytes, size_t len,
                      const zb_extract_opts *opts, zb_record_fn fn, void *user,
                      zb_error *err)
{
    const char *text = NULL;    /* the decoded text: in bytes, or owned */
    char *owned = NULL;
    size_t tlen = 0;
    int rc;
    doc *d;
    if (!x)
        return zb_error_set(err, ZB_EUSAGE, "no extractor");
    rc = zb_decode_normalize(x->norm, bytes, len, opts ? opts->encoding : NULL, &x->nt, &text,
                             &tlen, &owned, opts ? opts->warn : NULL,
                             opts ? opts->warn_user : NULL, err);
    if (rc)
        return rc;
    /* (the arrays after names are read only below their counts) */
    d = malloc(sizeof *d);
    if (d)
        memset(d, 0, offsetof(doc, names));
    if (!d) {
        free(owned);
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    }
    d->x = x;
    d->src = text;
    d->src_len = tlen;
    d->s = x->nt.s;
    d->n = x->nt.len;
    d->opts = opts;
    d->cr_from = (size_t)-1; /* (next_line has looked for no '\r' yet) */
    d->fn = fn;
    d->user = user;
    blank_asides(d);
    run(d);
    rc = flush_held(d, d->rc);
    if (rc < 0)
        zb_error_set(err, rc, "%s", zb_strerror(rc));
    free(d->figs);
    free(d->cls);
    free(d->ev);
    free(d->mk);
    free(d->cd);
    free(d->mo);
    free(d);
    free(owned);
    return rc;
}
