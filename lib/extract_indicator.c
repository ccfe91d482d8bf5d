/*
 * extract_indicator.c -- what a figure measures.
 *
 * The one idea: Chinese puts the measured noun phrase right before the
 * number (地区生产总值5280.3亿元) or, for counts, right after the
 * classifier (351套人才公寓); so the indicator is the text between the
 * previous figure (or clause mark) and the number, or after the unit,
 * stripped of time words, zone names, status and bound words, verbs of
 * accomplishment and trailing growth verbs. When what is left is only a
 * relation (占...比重, 同比增长, 高于...) the subject of the sentence is put
 * in front; a qualifier of computation (按可比价计算, 扣除价格因素) names
 * nothing. 分别 maps a list of figures onto the list of indicators (or
 * zones) before it: figures, a 、-list of subjects sharing a head noun
 * (A、B、C增加值), 城乡 (城镇, 农村), or the list of an earlier 分别.
 */
#include "extract_internal.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Leading words dropped from an indicator. */
static const wl W_LEAD[] = {
    W("开发区"), W("高新区"), W("经开区"), W("新片区"), W("新区"), W("科学城"),
    W("我们的"), W("我们"), W("他们的"), W("他们"), W("该公司"), W("公司"), W("以"),
    W("其中"), W("预计"), W("力争"), W("确保"), W("争取"), W("计划到"), W("计划在"), W("计划于"),
    W("计划全年"), W("计划今年"), W("目标任务"), W("目标"), W("将"), W("可实现"), W("有望"), W("可望"), W("要"), W("共"), W("全市"), W("全区"),
    W("全省"), W("全县"), W("全镇"), W("全国"), W("实现"), W("达到"), W("并"), W("并有"), W("已"), W("已经"), W("已有"), W("共有"),
    W("现有"), W("目前"), W("当前"), W("其他"), W("其余"), W("各类"), W("各级"), W("总共"), W("合计"), W("已完成"), W("累计实现"),
    W("同比"), W("环比"), W("再"), W("又"), W("还"), W("和"), W("与"), W("及"), W("以及"), W("为"), W("在"), W("对"), W("使"), W("让"),
    W("推动"), W("加快"), W("全力"), W("着力"), W("大力"), W("积极"), W("持续"), W("重点"), W("仅"), W("成功"),
    W("\xEF\xBF\xBD") /* U+FFFD, a replaced byte */, W("园区"), W("本市"), W("我市"), W("本区"),
    W("我区"), W("本县"), W("我县"), W("该市"), W("该区"), W("该县"), W("全县"),
    W("全面"), W("列入"), W("每年"), W("年均"), W("日均"), W("平均"), W("此外"), W("同时"), W("另外"), W("而"), W("但"), W("从"), W("由"),
    W("自"), W("把"), W("被"), W("其"), W("该"), W("的"), W("分别"), {NULL, 0}};
/* Trailing words dropped from an indicator (verbs before the number). */
static const wl W_TRAIL[] = {
    W("为"), W("达"), W("达到"), W("是"), W("超"), W("超过"), W("约"), W("近"), W("共"), W("实现"), W("保持"), W("突破"), W("跨越"),
    W("的"), W("了"), W("在"), W("于"), W("至"), W("到"), W("有"), W("增加"), W("增长"), W("提高"), W("提升"), W("上升"), W("下降"),
    W("减少"), W("降低"), W("同比"), W("环比"), W("比上年"), W("较上年"), W("比去年"), W("较去年"), W("较前一年"), W("比前一年"), W("年增"), W("按年"), W("按月"),
    W("年减"), W("成长"), W("分别"), W("均"),
    W("都"), W("逾"), W("不少于"), W("至少"), W("不到"), W("不足"), W("完成"), W("新增"), W("累计"), W("合计"), W("总计"), W("共计"),
    W("高达"), W("多达"), W("仅"), W("已"), W("将"), W("约为"), W("达成"), W("首次"), W("净增"), W("接近"), W("将近"), W("大约"),
    W("增速"), W("增幅"), W("回落"), W("回升"), W("下滑"), W("年均"), W("从"), W("控制在"), W("控制"), W("保持在"), W("稳定在"),
    W("提高到"), W("增加到"), W("上升到"), W("增长到"), W("提升到"), W("达到了"), W("新台币"), W("台币"),
    W("人民币"), W("港币"), W("组成"), W("年增率"), W("月增率"), W("月增"), W("增长率"), W("降至"),
    W("降到"), W("升至"), W("升到"), W("增至"), W("减至"), W("提高至"), W("下降至"), W("下降到"),
    W("上升至"), W("收窄"), W("扩大"), W("缩小"), W("力争"), W("确保"), W("争取"), W("预计"), W("计划"), W("从"), W("位列"), W("位居"), W("中位列"), W("中位居"),
    W("中排名"), W("实际"), W("由"), W("提升至"), W("增加至"), W("增长至"), W("扩大到"), W("扩大至"),
    W("跃升至"), W("跃升到"), W("攀升至"), W("攀升到"),
    /* an outlook: 年产值可达, 有望达到, 预计达 (可 alone ends nouns: 许可) */
    W("可达"), W("可达到"), W("可实现"), W("有望"), W("可望"), {NULL, 0}};
/* Phrases that only relate the figure to something else: the subject of
 * the sentence goes in front (a prefix match; 居民, 比重, 列车 are nouns). */
static const wl W_WEAK[] = {
    W("占"), W("比上"), W("比去"), W("比前"), W("比同期"), W("比20"), W("比19"), W("比年初"),
    W("较上"), W("较去"), W("较前"), W("较同期"), W("较20"), W("较年初"), W("高于"), W("低于"),
    W("同比"), W("环比"), W("完成"), W("超出"), W("快于"), W("慢于"), W("增长"), W("提高"),
    W("下降"), W("位列"), W("位居"), W("居全"), W("居首"), W("居第"), W("居于"), W("排名"),
    W("列全"), W("列第"), W("排在"), W("排第"), W("达到"), W("实现"), W("增加"), W("上升"),
    W("净增"), W("减少"), {NULL, 0}};
/* Words that say nothing when they are the whole phrase: 累计达2603家. */
static const wl W_EMPTY[] = {W("累计"), W("总数"), W("共计"), W("合计"), W("总计"), W("其中"),
                             /* a property of the topic: 增速 of what was just named */
                             W("增速"), W("增幅"), W("降幅"), W("涨幅"), W("跌幅"), W("占比"),
                             W("比重"), W("总量"), {NULL, 0}};
static const wl W_MEASURE[] = {W("投资"), W("规模"), W("产值"), W("营收"), W("收入"), W("总额"), W("面积"),
                                        W("金额"), W("销售额"), W("资金"), W("资产"), W("价值"), W("造价"),
                                        W("产能"), W("产量"), W("税收"), {NULL, 0}};

/* A verb of accomplishment or possession opening a phrase (lead_verb). */
static const wl W_LEAD_VERB[] = {W("完成"), W("拥有"), W("累计拥有"), W("累计建成"), W("建成"),
                                 W("集聚"), W("累计"), W("共计"), W("合计"), W("建成投用"), W("建成投产"),
                                 W("开工建设"), {NULL, 0}};
/* Bases of comparison after 比/较 (comparison_base). */
static const wl W_BASE[] = {W("上年"), W("去年"), W("前一年"), W("上一年"), W("同期"), W("年初"),
                            W("上月"), W("上季度"), W("一季度"), W("上半年"), W("前年"),
                            W("全国"), W("全省"), W("全市"), {NULL, 0}};
/* "per" words ending in 均 (人均, 年均): kept at the end of a phrase. */
static const wl W_PER[] = {W("人均"), W("户均"), W("年均"), W("日均"), W("月均"),
                           W("亩均"), W("地均"), W("平均"), {NULL, 0}};
/* Where the predicate after a counted thing starts (right_phrase). */
static const wl W_RIGHT_STOP[] = {W("顺利"), W("正在"), W("全部"), W("已"), W("将"), W("被"),
                                  W("进行"), W("开展"), W("参与"), W("落地"), W("投产"),
                                  W("全面"), W("陆续"), W("先后"), W("集中"), W("成功"), W("组成"),
                                  W("构成"), W("走访"), W("参加"), W("获得"), W("入选"), W("实施"),
                                  W("带动"), W("完成"), W("实现"), {NULL, 0}};
/* Verbs of a rank (rank_name). */
static const wl W_RANK[] = {W("位列"), W("位居"), W("跃居"), W("排名"), W("排在"), W("排位"), W("居于"),
                            W("居"), W("列"), W("排"), {NULL, 0}};
/* A clause that frames the figures (framing_clause): its first / last words. */
static const wl W_FRAME_LEAD[] = {W("按"), W("据"), W("从"), W("经"), W("记者"), W("分"), W("其中"),
                                  W("初步核算"), W("数据显示"), {NULL, 0}};
static const wl W_FRAME_TAIL[] = {W("看"), W("计算"), W("获悉"), W("显示"), W("统计"), W("了解"),
                                  W("介绍"), W("核算"), W("来看"), W("表明"), {NULL, 0}};

/* ---------------------------------------------------------- list index */

/* The word lists are looked up at nearly every character of a phrase; a
 * scan of a whole list (a hundred words) per character was most of this
 * file's time. So each list is indexed once by a key of its first (wx_at)
 * or last (wx_ends) character -- the low 8 bits of its code point, read
 * straight from the bytes -- and a lookup compares only the words of one
 * bucket, longest first, so the first match is xat_any's (xends_any's)
 * longest. Equal bytes give equal keys, so no word that matches can be in
 * another bucket. A list with a word under 3 bytes or too many words is
 * not indexed and is scanned whole. */
#define WX_KEYS 256
typedef struct wx {
    const wl *list;
    int plain;                          /* not indexed: scan the whole list */
    uint64_t sig;                       /* bit k & 63 of every word's key k: most misses need one load */
    unsigned short start[WX_KEYS + 1];  /* bucket k is ord[start[k]..start[k+1]) */
    unsigned char ord[256];             /* word numbers, bucket by bucket */
} wx;

/* Key of the character whose last two bytes are p[0], p[1] (a
 * three-byte character: the low 8 bits of its code point). */
static inline unsigned wx_key(const unsigned char *p)
{
    return ((p[0] & 3u) << 6) | (p[1] & 0x3Fu);
}

static void wx_build(wx *x, const wl *list, int suffix)
{
    size_t nw = 0, cnt[WX_KEYS + 1] = {0};
    unsigned char key[256];
    x->list = list;
    for (; list[nw].w; nw++)
        if (nw >= 255 || list[nw].n < 3) {
            x->plain = 1;
            return;
        }
    for (size_t j = 0; j < nw; j++) {
        const unsigned char *w = (const unsigned char *)list[j].w;
        key[j] = (unsigned char)wx_key(suffix ? w + list[j].n - 2 : w + 1);
        cnt[key[j] + 1]++;
        x->sig |= (uint64_t)1 << (key[j] & 63);
    }
    for (size_t k = 0; k < WX_KEYS; k++)
        cnt[k + 1] += cnt[k];
    for (size_t k = 0; k <= WX_KEYS; k++)
        x->start[k] = (unsigned short)cnt[k];
    /* longest first within a bucket (insertion into place) */
    for (size_t j = 0; j < nw; j++) {
        size_t at = cnt[key[j]]++;
        while (at > x->start[key[j]] && list[x->ord[at - 1]].n < list[j].n) {
            x->ord[at] = x->ord[at - 1];
            at--;
        }
        x->ord[at] = (unsigned char)j;
    }
}

/* Longest word of x's list that starts (suffix 0) or ends (suffix 1) at
 * p, in room bytes. */
XINLINE size_t wx_find(const wx *x, const unsigned char *p, size_t room, int suffix)
{
    /* (the low six bits of the key are those of the character's last byte) */
    if (!((x->sig >> ((suffix ? p[-1] : p[2]) & 63)) & 1))
        return 0;
    unsigned k = wx_key(suffix ? p - 2 : p + 1);
    for (unsigned j = x->start[k]; j < x->start[k + 1]; j++) {
        const wl *w = &x->list[x->ord[j]];
        const unsigned char *q = (const unsigned char *)w->w, *t = suffix ? p - w->n : p;
        if (w->n <= room && t[0] == q[0] && t[1] == q[1] && t[2] == q[2]) {
            /* (the rest byte by byte: words are short, a call to memcmp
             * cost more) */
            size_t b = 3;
            while (b < w->n && t[b] == q[b])
                b++;
            if (b == w->n)
                return w->n;
        }
    }
    return 0;
}

/* A list that could not be indexed: the whole-list scans, out of line
 * (wx_at and wx_ends stay small enough to inline). */
#if defined(__GNUC__)
__attribute__((noinline, cold))
#endif
static size_t wx_plain(const wx *x, const char *s, size_t a, size_t b, int suffix)
{
    return suffix ? xends_any(s, a, b, x->list) : xat_any(s, a, b, x->list);
}

/* Longest word of x's list at s[i..end) (xat_any). */
XINLINE size_t wx_at(const wx *x, const char *s, size_t i, size_t end)
{
    if (x->plain)
        return wx_plain(x, s, i, end, 0);
    return i < end && end - i >= 3 ? wx_find(x, (const unsigned char *)s + i, end - i, 0) : 0;
}

/* Longest word of x's list that s[start..i) ends with (xends_any). */
XINLINE size_t wx_ends(const wx *x, const char *s, size_t start, size_t i)
{
    if (x->plain)
        return wx_plain(x, s, start, i, 1);
    return i >= start + 3 ? wx_find(x, (const unsigned char *)s + i, i - start, 1) : 0;
}

static wx X_LEAD, X_TRAIL, X_WEAK, X_EMPTY, X_LEAD_VERB, X_BASE, X_PER, X_RIGHT_STOP,
    X_FRAME_LEAD, X_FRAME_TAIL, X_GROWTH_UP, X_GROWTH_DOWN, X_RANK;

static void wx_build_all(void)
{
    static const struct { wx *x; const wl *list; int suffix; } all[] = {
        {&X_LEAD, W_LEAD, 0}, {&X_TRAIL, W_TRAIL, 1}, {&X_WEAK, W_WEAK, 0},
        {&X_EMPTY, W_EMPTY, 0}, {&X_LEAD_VERB, W_LEAD_VERB, 0}, {&X_BASE, W_BASE, 0},
        {&X_PER, W_PER, 1}, {&X_RIGHT_STOP, W_RIGHT_STOP, 0}, {&X_FRAME_LEAD, W_FRAME_LEAD, 0},
        {&X_FRAME_TAIL, W_FRAME_TAIL, 1}, {&X_GROWTH_UP, W_GROWTH_UP, 1},
        {&X_GROWTH_DOWN, W_GROWTH_DOWN, 1}, {&X_RANK, W_RANK, 0}};
    for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
        wx_build(all[k].x, all[k].list, all[k].suffix);
}


/* Does the phrase say nothing: empty, no Han character and no
 * abbreviation (GDP, CPI: two capital letters in a row), or only
 * conjunctions and particles (和, 及, 与, 或, 的)? */
static int function_only_n(const char *ind, size_t n)
{
    size_t adv;
    for (size_t i = 0; i < n; i += adv) {
        unsigned c = xcp(ind, i, n, &adv);
        if (xhan(c) && c != 0x548C && c != 0x53CA && c != 0x4E0E && c != 0x6216 && c != 0x7684)
            return 0;
        if (c >= 'A' && c <= 'Z' && i + 1 < n && ind[i + 1] >= 'A' && ind[i + 1] <= 'Z')
            return 0;
    }
    return 1;
}

static int function_only(const char *ind)
{
    return function_only_n(ind, strlen(ind));
}

void xindicator_classes(unsigned short *cclass)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    size_t adv;
    pthread_once(&once, wx_build_all); /* the list indexes, once per process */
    for (const wl *w = W_LEAD; w->w; w++)
        cclass[xcp(w->w, 0, w->n, &adv)] |= CC_LEAD;
    for (const wl *w = W_TRAIL; w->w; w++)
        cclass[xcp(w->w, xprev(w->w, 0, w->n), w->n, &adv)] |= CC_TRAIL;
}

/* Bytes of the character whose first byte has these top five bits, as
 * xcp counts them when at least four bytes are left. */
static const unsigned char CHAR_LEN[32] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                                           1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 1};

/* First bytes of the clause marks of is_clause_mark (, ; : ! ? ( ) and
 * the E3 / E2 of 、。…): any other byte rules one out at once. */
static const unsigned char MARK_START[256] = {[','] = 1, [';'] = 1, [':'] = 1, ['!'] = 1, ['?'] = 1,
                                              ['('] = 1, [')'] = 1, [0xE2] = 1, [0xE3] = 1};

/* xprev, with a whole three-byte character right before i (the usual
 * case) taken in one step. */
static inline size_t prev_char(const char *s, size_t start, size_t i)
{
    const unsigned char *p = (const unsigned char *)s + i;
    if (i >= start + 3 && (p[-1] & 0xC0) == 0x80 && (p[-2] & 0xC0) == 0x80 && (p[-3] & 0xC0) != 0x80)
        return i - 3;
    return xprev(s, start, i);
}

/* What phrase_scan finds in a phrase: a space or a tab (copy_phrase
 * must drop them), the byte 0x89 that ends 等 (E7 AD 89: cut_examples
 * has something to look at). */
enum { SCAN_BLANK = 1, SCAN_DENG = 2 };

#define ONES8 0x0101010101010101u
/* Has the word a zero byte? (exact as a whole: a borrow only runs on
 * from a zero byte) */
static inline uint64_t zero_byte8(uint64_t v)
{
    return (v - ONES8) & ~v & (ONES8 << 7);
}

/* phrase_scan of the eight bytes at p */
static inline unsigned scan8(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return (zero_byte8(w ^ (ONES8 * ' ')) || zero_byte8(w ^ (ONES8 * '\t')) ? SCAN_BLANK : 0) |
           (zero_byte8(w ^ (ONES8 * 0x89)) ? SCAN_DENG : 0);
}

/* SCAN_* of s[a..b), one pass over the bytes: 16 at a time with SSE2 (8
 * without), the last block overlapping the one before it (never past b),
 * so that copy_phrase and cut_examples, which ran memchr three times
 * over the same phrase, mostly need no look of their own. With out (not
 * NULL) and sixteen bytes or more under SSE2 (PHRASE_STORE), each block
 * is stored at out too, as read: out[0..b-a) is s[a..b) (not ended). */
#if defined(__SSE2__)
#define PHRASE_STORE 16
#else
#define PHRASE_STORE ((size_t)-1) /* (never) */
#endif
static unsigned phrase_scan(const char *s, size_t a, size_t b, char *out)
{
    const unsigned char *p = (const unsigned char *)s + a;
    size_t n = b > a ? b - a : 0, i;
    unsigned f = 0;
    if (n < 8) {
        for (i = 0; i < n; i++)
            f |= (p[i] == ' ' || p[i] == '\t' ? SCAN_BLANK : 0) | (p[i] == 0x89 ? SCAN_DENG : 0);
        return f;
    }
#if defined(__SSE2__)
    if (n >= 16) {
        const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t'), deng = _mm_set1_epi8((char)0x89);
        for (i = 0;; i += 16) {
            if (i + 16 > n)
                i = n - 16;
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            if (out)
                _mm_storeu_si128((__m128i *)(void *)(out + i), v);
            if (_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, sp), _mm_cmpeq_epi8(v, tab))))
                f |= SCAN_BLANK;
            if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, deng)))
                f |= SCAN_DENG;
            if (i + 16 >= n)
                return f;
        }
    }
#endif
    for (i = 0;; i += 8) {
        if (i + 8 > n)
            i = n - 8;
        f |= scan8(p + i);
        if (i + 8 >= n)
            return f;
    }
}

/* Bytes of s[a..b) that start a character (not 10xxxxxx), counted eight
 * at a time: a continuation byte has bit 7 set and bit 6 clear. */
static size_t char_starts(const char *s, size_t a, size_t b)
{
    size_t n = 0, i = a;
    for (; i + 8 <= b; i += 8) {
        uint64_t w, cont;
        memcpy(&w, s + i, 8);
        cont = (w & ~(w << 1) & (ONES8 << 7)) >> 7; /* (one 0/1 per byte) */
        n += 8 - (size_t)((cont * ONES8) >> 56);
    }
    for (; i < b; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* copy_nospace (the same bytes out). Phrases rarely hold a space or a
 * tab: when all of s[a..b) fits (nothing to cut) and phrase_scan (its
 * flags f, of these bytes or more around them) saw neither, the bytes
 * are copied in blocks of 16 or 8, the last one overlapping. */
static size_t copy_phrase(char *out, size_t cap, const char *s, size_t a, size_t b, unsigned f)
{
    size_t n = b - a, i;
    if (a > b || n + 2 > cap || n < 8 || (f & SCAN_BLANK))
        return copy_nospace(out, cap, s, a, b);
    const char *p = s + a;
    if (n >= 16) {
        for (i = 0; i + 16 <= n; i += 16)
            memcpy(out + i, p + i, 16);
        if (i < n)
            memcpy(out + n - 16, p + n - 16, 16);
    } else {
        memcpy(out, p, 8);
        memcpy(out + n - 8, p + n - 8, 8);
    }
    out[n] = 0;
    return n;
}

/* "载体建设、地下管网等各类城市建设项目": 等 closes a list of examples; the
 * noun after it is what is counted. Moves *a past the last 等 (and 各类). */
static void cut_examples(const char *s, size_t *a, size_t b, unsigned f)
{
    if (!(f & SCAN_DENG))
        return; /* (phrase_scan saw no 等 in s[*a..b)) */
    /* The last 等 wins. It was found walking back character by character
     * (xprev) while above *a + 3; 等 (E7 AD 89) is a lead byte and two
     * continuation bytes, so that walk stops at every 等 after *a, and at
     * one right at *a only when the byte after it is a continuation byte
     * too (its next stop lies past *a + 3). xfind (a search, not a walk) finds the
     * same ones far faster; the last that qualifies is the one. */
    size_t from = *a, k = (size_t)-1, n;
    const char *q;
    while (from + 3 < b && (q = xfind(s + from, b - from, "等", 3)) != NULL) {
        size_t at = (size_t)(q - s);
        from = at + 3;
        if (at + 3 < b && !xat(s, at + 3, b, "级") && !xat(s, at + 3, b, "于") &&
            (at > *a || ((unsigned char)s[at + 3] & 0xC0) == 0x80))
            k = at;
    }
    if (k == (size_t)-1)
        return;
    size_t j = k + 3;
    if ((n = xat(s, j, b, "各类")) || (n = xat(s, j, b, "一批")) || (n = xat(s, j, b, "多个")))
        j += n;
    if (j < b)
        *a = j;
}

/* phrase_scan, cut_examples and copy_phrase of s[a..b) (with trim, the
 * end is first moved back past spaces, '"' and '(' after the cut, as
 * right_phrase does). When all of s[a..b) fits out and is long enough for
 * phrase_scan to store it, it is copied in the same pass; what the cut
 * and the trim leave of it is then moved to the front, not read again
 * (a space or a tab: copy_phrase, which drops them). */
static size_t phrase_out(char *out, size_t cap, const char *s, size_t a, size_t b, int trim)
{
    size_t a0 = a;
    int stored = b > a && b - a >= PHRASE_STORE && b - a + 2 <= cap;
    unsigned f = phrase_scan(s, a, b, stored ? out : NULL);
    cut_examples(s, &a, b, f);
    while (trim && b > a && (s[b - 1] == ' ' || s[b - 1] == '"' || s[b - 1] == '('))
        b--;
    if (!stored || (f & SCAN_BLANK))
        return copy_phrase(out, cap, s, a, b, f);
    /* (out holds s[a0..): s[a..b) is inside it, no blank, and fits) */
    if (a != a0)
        memmove(out, out + (a - a0), b - a);
    out[b - a] = 0;
    return b - a;
}

/* A verb of accomplishment or possession that opens the phrase (完成固定资产
 * 投资, 拥有高新技术企业, 累计建成); 完成率, 建成区 are nouns, and 完成投资
 * stays whole. Returns its bytes. */
static size_t lead_verb(const char *s, size_t a, size_t b)
{
    size_t n = wx_at(&X_LEAD_VERB, s, a, b);
    /* a bare measure after it keeps the verb: 完成投资 is the usual name */
    if (!n || a + n + 9 > b)
        return 0;
    if (xat(s, a + n, b, "率") || xat(s, a + n, b, "区") || xat(s, a + n, b, "情况") ||
        xat(s, a + n, b, "值") || xat(s, a + n, b, "的"))
        return 0;
    return n;
}

/* Does a base of comparison start at s[i] (上年, 去年同期, 前一年, 年初,
 * 2020年, 一季度)? */
static int comparison_base(const char *s, size_t i, size_t b)
{
    return (i < b && s[i] >= '0' && s[i] <= '9') || wx_at(&X_BASE, s, i, b) > 0;
}

/* A qualifier of how a figure was computed, opening a phrase: 按可比价
 * (格)计算, 按不变价格计算, 按可比口径, 扣除价格因素(影响)(后), 剔除...因素.
 * It names nothing: the figure is of the subject before it. Returns its
 * bytes (0 when there is none). */
static size_t qualifier_at(const char *s, size_t a, size_t b)
{
    size_t i, adv, cnt, n;
    int by = 0;
    if (xat(s, a, b, "按"))
        by = 1;
    else if (!xat(s, a, b, "扣除") && !xat(s, a, b, "剔除"))
        return 0;
    i = a + (by ? 3 : 6);
    for (cnt = 0; i < b && cnt < 10; cnt++, i += adv) {
        if (by && ((n = xat(s, i, b, "计算")) || (n = xat(s, i, b, "口径"))))
            break;
        if (!by && (n = xat(s, i, b, "因素")))
            break;
        if (!xhan(xcp(s, i, b, &adv)))
            return 0;
    }
    if (i >= b || cnt == 10)
        return 0;
    i += n;
    if (!by && (n = xat(s, i, b, "影响")))
        i += n;
    if (by && xat(s, i - 6, b, "口径") && (n = xat(s, i, b, "计算")))
        i += n;
    if ((n = xat(s, i, b, "后")))
        i += n;
    return i - a;
}

/* The number of a list item at s[a] (a digit): "1.", "12、" before a Han
 * character; its bytes, else 0. */
static size_t list_number(const char *s, size_t a, size_t b)
{
    size_t k = a, n, adv;
    while (k < b && k - a < 2 && is_digit(s[k]))
        k++;
    if (k < b && s[k] == '.')
        k++;
    else if ((n = xat(s, k, b, "、")))
        k += n;
    else
        return 0;
    return k < b && xhan(xcp(s, k, b, &adv)) ? k - a : 0;
}

/* A length of time ending s[a..b), after what is measured or alone: 五年,
 * 3年 (一般公共预算收入五年累计完成..., ...,五年累计完成...): its bytes, 0
 * when there is none. */
static size_t duration_end(const char *s, size_t a, size_t b)
{
    size_t k, adv, cnt = 0;
    if (!xends(s, a, b, "年"))
        return 0;
    for (k = b - 3; k > a && cnt < 3; cnt++) {
        size_t p = xprev(s, a, k);
        unsigned c = xcp(s, p, k, &adv);
        if (!(c >= '1' && c <= '9') && xcdigit(c) < 1 && c != 0x5341 /* 十 */)
            break;
        k = p;
    }
    /* (a number of one to two characters, at the start or after a Han
     * character) */
    if (!cnt || cnt > 2 || (k > a && !xhan(xcp(s, xprev(s, a, k), k, &adv))))
        return 0;
    return b - k;
}

/* The same opening a phrase before a word of counting (五年累计新增城镇
 * 就业, 5年共引进): its bytes, 0 when there is none. */
static size_t duration_start(const char *s, size_t a, size_t b)
{
    static const wl counting[] = {W("累计"), W("共"), W("合计"), W("总计"), {NULL, 0}};
    size_t k = a, adv, cnt = 0, n;
    for (; k < b && cnt < 3; cnt++) {
        unsigned c = xcp(s, k, b, &adv);
        if (!(c >= '1' && c <= '9') && xcdigit(c) < 1 && c != 0x5341 /* 十 */)
            break;
        k += adv;
    }
    if (!cnt || cnt > 2 || !(n = xat(s, k, b, "年")) || !xat_any(s, k + n, b, counting))
        return 0;
    return k + n - a;
}

/* Strip leading and trailing function words, time words and zone names
 * from s[a..b) of the normalised text; result (no spaces) into out. */
static size_t clean_phrase(doc *d, size_t a, size_t b, int strip_growth, char *out, size_t cap)
{
    const char *s = d->s;
    size_t n, adv;
    char zbuf[NAME_CAP];
    xperiod tp;
    int changed = 1;
    out[0] = 0;
    while (changed && a < b) {
        changed = 0;
        while (a < b && (s[a] == ' ' || s[a] == '"' || xat(s, a, b, "”") || xat(s, a, b, "、") ||
                         xat(s, a, b, "—"))) { /* (—— of a list item) */
            a += s[a] == ' ' || s[a] == '"' ? 1 : 3;
            changed = 1;
        }
        if (a >= b)
            break;
        if (is_digit(s[a]) && (n = list_number(s, a, b))) { /* 1.地区生产总值 */
            a += n;
            changed = 1;
            continue;
        }
        if ((n = duration_start(s, a, b))) { /* 五年累计... */
            a += n;
            changed = 1;
            continue;
        }
        const span *sp = in_span(d, a);
        if (sp && sp->e <= b) {
            a = sp->e;
            changed = 1;
            continue;
        }
        /* The first character and its class rule out most of what
         * follows without a call: a time word starts with a digit or a
         * character of class CC_PERIOD (xperiod_start), a zone as
         * xzone_may_start says, a word of W_LEAD with one of CC_LEAD. */
        unsigned c0 = xcp(s, a, b, &adv), cc = c0 < 0x10000 ? d->x->cclass[c0] : 0;
        if ((is_digit(s[a]) || (cc & CC_PERIOD)) &&
            (n = xperiod_at(s, a, b, d->pub_y ? d->pub_y : 2000, d->pub_m ? d->pub_m : 1, 0, &tp))) {
            a += n;
            changed = 1;
            continue;
        }
        if (((xzone_may_start(d, c0, cc) && (n = xzone_at_c(d, a, b, zbuf, NULL, c0, cc))) ||
             (n = xclause_zone_at(d, s, a, b, zbuf))) &&
            a + n < b) {
            a += n;
            changed = 1;
            continue;
        }
        if ((cc & CC_LEAD) && (n = wx_at(&X_LEAD, s, a, b)) && a + n < b &&
            !(xat(s, a, b, "从") && (xat(s, a + 3, b, "业") || xat(s, a + 3, b, "事"))) &&
            !(xat(s, a, b, "共") && (xat(s, a + 3, b, "建") || xat(s, a + 3, b, "同") || xat(s, a + 3, b, "享"))) &&
            !(n == 6 && xat(s, a, b, "重点") && (xat(s, a + 6, b, "项目") || xat(s, a + 6, b, "工程")))) {
            a += n; /* (从业, 从事, 共建, 共享 are words, not 从 "from", 共 "in all"; 重点项目 a noun) */
            changed = 1;
            continue;
        }
        if ((n = lead_verb(s, a, b))) {
            a += n;
            changed = 1;
            continue;
        }
        if (((unsigned char)s[a] == 0xE6 || (unsigned char)s[a] == 0xE5) && (n = qualifier_at(s, a, b))) {
            a += n; /* 按可比价计算增长6.1%: the subject's growth */
            changed = 1;
            continue;
        }
        /* "中科2023年从业员工人数", "核心区全年实现...": a short subject and
         * a time word before the measure; the measure starts after them.
         * (Only a span over a character of the next six, k <= a + 20,
         * ending before b can move a: without one, skip the walk.) */
        int near = 0;
        for (size_t t = 0; t < d->nspans && !near; t++)
            near = d->spans[t].s <= a + 20 && d->spans[t].e > a + 1 && d->spans[t].e < b;
        for (size_t k = a, cnt = 0; near && k < b && cnt < 6; cnt++) {
            const span *ip = in_span(d, k);
            if (k > a && ip && ip->e < b) {
                a = ip->e;
                changed = 1;
                break;
            }
            if (!xhan(xcp(s, k, b, &adv)) || xat(s, k, b, "的"))
                break;
            k += adv;
        }
    }
    /* "总额较上年同期", "常住人口比上年末", "总数较2020年": the base of a
     * comparison ends the noun phrase (占比, 比重, 比例 are nouns) */
    /* (walked only when the bytes of 比 or 较 occur at all: a quick search) */
    int cmp = a < b && (xfind(s + a, b - a, "比", 3) || xfind(s + a, b - a, "较", 3));
    for (size_t k = a; cmp && k + 3 < b; k += CHAR_LEN[(unsigned char)s[k] >> 3]) {
        /* 比 ends in 94, 较 in 83 (and k + 3 < b): one compare rules out most characters */
        unsigned char c = (unsigned char)s[k + 2];
        if ((c == 0x94 || c == 0x83) && (xat(s, k, b, "比") || xat(s, k, b, "较")) &&
            !xends(s, a, k, "占") && !xends(s, a, k, "对") && comparison_base(s, k + 3, b)) {
            b = k;
            break;
        }
    }
    changed = 1;
    while (changed && b > a) {
        changed = 0;
        while (b > a && (s[b - 1] == ' ' || xends(s, a, b, "“") || xends(s, a, b, "、"))) {
            b = s[b - 1] == ' ' ? b - 1 : b - 3;
            changed = 1;
        }
        if (b <= a)
            break;
        /* a time word at the end: 从2015年(的), not part of what is measured */
        size_t pl = xprev(s, a, b);
        const span *ts = in_span(d, pl);
        if (ts && ts->s > a && ts->e == b) {
            b = ts->s;
            changed = 1;
            continue;
        }
        if ((n = duration_end(s, a, b))) { /* 一般公共预算收入五年(累计完成) */
            b -= n;
            changed = 1;
            continue;
        }
        /* (a word of W_TRAIL ends with a character of class CC_TRAIL) */
        unsigned cl = xcp(s, pl, b, &adv);
        if (cl < 0x10000 && (d->x->cclass[cl] & CC_TRAIL) && (n = wx_ends(&X_TRAIL, s, a, b)) &&
            (b - n > a || strip_growth)) {
            /* 均 "each" goes, 人均/年均 "per" stays */
            if (n == 3 && xends(s, a, b, "均") && wx_ends(&X_PER, s, a, b))
                break;
            b -= n;
            changed = 1;
            continue;
        }
        if (strip_growth) {
            if ((n = wx_ends(&X_GROWTH_UP, s, a, b)) && b - n >= a && !xends(s, a, b, "增加值")) {
                b -= n;
                changed = 1;
                continue;
            }
            if ((n = wx_ends(&X_GROWTH_DOWN, s, a, b)) && b - n >= a) {
                b -= n;
                changed = 1;
                continue;
            }
        }
    }
    /* at most the last 24 characters: the head of a Chinese noun phrase is last */
    if (b - a > 24 && char_starts(s, a + 1, b) >= 24) {
        /* (24 bytes or fewer hold fewer than 24 characters after a; the
         * walk below stops at each character start after a, then at a:
         * with fewer than 24 of them it reaches a and changes nothing) */
        size_t k = b, cnt = 0;
        while (k > a && cnt < 24) {
            k = prev_char(s, a, k);
            cnt++;
        }
        if (k > a) {
            /* start after a clause mark if there is one inside */
            a = k;
        }
    }
    (void)adv;
    return phrase_out(out, cap, s, a, b, 0);
}

/* Clean the right-hand noun phrase: after 的/以上, up to a verb-like break. */
static size_t right_phrase(doc *d, size_t a, size_t b, char *out, size_t cap)
{
    const char *s = d->s;
    size_t n, cnt = 0, adv, e;
    int han = 0;
    while (a < b && s[a] == ' ')
        a++;
    if ((n = xat(s, a, b, "的")))
        a += n;
    /* closing quotes and brackets belong to what came before: 科创 18 条 " 实施细则 */
    for (;;) {
        while (a < b && (s[a] == ' ' || s[a] == '"' || s[a] == ')'))
            a++;
        if ((n = xat(s, a, b, "”")) || (n = xat(s, a, b, "》")) || (n = xat(s, a, b, "」")) ||
            (n = xat(s, a, b, "’")))
            a += n;
        else
            break;
    }
    /* the counted thing ends where the predicate starts: 人才公寓|顺利交付,
     * 河道|进行系统治理, 项目|春季集中开复工 */
    /* no time span holds a character before the first start of a span
     * that ends after a (in_span is asked only from there on) */
    size_t span_from = (size_t)-1;
    for (size_t t = 0; t < d->nspans; t++)
        if (d->spans[t].e > a && d->spans[t].s < span_from)
            span_from = d->spans[t].s;
    e = a;
    while (e < b && cnt < 16) {
        if (e > a && (wx_at(&X_RIGHT_STOP, s, e, b) || (e >= span_from && in_span(d, e))))
            break;
        if (!han)
            han = xhan(xcp(s, e, b, &adv));
        else if (e + 3 <= b && ((unsigned char)s[e] & 0xF0) == 0xE0)
            adv = 3; /* (xcp's length of a three-byte character, not decoded) */
        else
            xcp(s, e, b, &adv);
        e += adv;
        cnt++;
    }
    if (!han) {
        out[0] = 0;
        return 0;
    }
    return phrase_out(out, cap, s, a, e, 1);
}

/* Empty, a word of W_EMPTY, or starting with a word of W_WEAK. (The
 * longest word of W_EMPTY the phrase starts with is the whole phrase
 * exactly when the phrase is one of them.) */
static int weak_indicator_n(const char *ind, size_t n)
{
    if (!n)
        return 1;
    return wx_at(&X_EMPTY, ind, 0, n) == n || wx_at(&X_WEAK, ind, 0, n) > 0;
}

static int weak_indicator(const char *ind)
{
    return weak_indicator_n(ind, strlen(ind));
}

static int ends_with_measure(const char *ind, size_t n)
{
    for (const wl *w = W_MEASURE; w->w; w++) {
        size_t k = w->n;
        if (n >= k && strcmp(ind + n - k, w->w) == 0)
            return 1;
    }
    return 0;
}


/* Remove every occurrence of w (n bytes) from s (len bytes; an adverb
 * such as 累计 says how a figure was counted, not what it measures).
 * Returns the length left. */
static size_t drop_word(char *s, size_t len, const char *w, size_t n)
{
    char *p;
    /* (strstr's first occurrence, found by xfind in the known length) */
    while ((p = (char *)xfind(s, len, w, n)) != NULL && len > n) {
        memmove(p, p + n, len - (size_t)(p - s) - n + 1);
        len -= n;
    }
    return len;
}

/* str_copy of src when its length n is known (what does not fit is
 * str_copy's to cut). Returns the length copied. */
static inline size_t copy_n(char *dst, size_t cap, const char *src, size_t n)
{
    if (n >= cap) {
        str_copy(dst, cap, src);
        return strlen(dst);
    }
    memmove(dst, src, n);
    dst[n] = 0;
    return n;
}

/* A clause that frames the figures instead of naming what they measure:
 * 按不变价格计算, 分产业看, 据统计, 记者从市统计局获悉, 数据显示. */
static int framing_clause(const char *t)
{
    size_t n = strlen(t);
    return wx_at(&X_FRAME_LEAD, t, 0, n) > 0 || wx_ends(&X_FRAME_TAIL, t, 0, n) > 0;
}

/* Is the phrase only verbs and particles (上升到, 增加到, 达到)? */
/* only_trail of p[0..n), n its length (strlen(p) == n) */
static int only_trail_n(const char *p, size_t n)
{
    size_t k;
    int some = n > 0;
    while (n > 0 && (k = wx_ends(&X_TRAIL, p, 0, n)) != 0)
        n -= k;
    return n == 0 && some;
}

static int only_trail(const char *p)
{
    return only_trail_n(p, strlen(p));
}

/* A rank names the thing ranked, its field and 排名: "增速位列全市" after
 * 规上工业总产值 -> 规上工业总产值增速全市排名; "综合评价中" -> 综合评价排名. */
static void rank_name(char *ind, const char *topic)
{
    char thing[IND_CAP], field[IND_CAP];
    size_t n = strlen(ind), cut = n, vl = 0;
    for (size_t i = 0, adv; i < n; i += adv) {
        size_t m = wx_at(&X_RANK, ind, i, n);
        xcp(ind, i, n, &adv);
        if (m) {
            cut = i;
            vl = m;
            adv = m;
        }
    }
    /* no ranking verb: a trailing scope word is the field (增速全市第一) */
    if (cut == n) {
        static const wl scope[] = {W("全市"), W("全省"), W("全国"), W("全区"), W("全县"), W("全球"),
                                   W("同类"), {NULL, 0}};
        size_t k = xends_any(ind, 0, n, scope);
        if (k && k < n) {
            cut = n - k;
            vl = 0;
        }
    }
    memcpy(thing, ind, cut);
    thing[cut] = 0;
    str_copy(field, sizeof field, cut < n ? ind + cut + vl : "");
    size_t tl = strlen(thing);
    {
        /* 综合评价中, 总量继续, 增速仍: what is ranked ends before them */
        static const wl tail[] = {W("中"), W("继续"), W("仍然"), W("仍"), W("稳"), W("保持"),
                                  W("始终"), W("连续"), W("均"), W("再次"), {NULL, 0}};
        size_t k;
        while ((k = xends_any(thing, 0, tl, tail)) != 0 && k < tl)
            thing[tl -= k] = 0;
    }
    /* 增速, 总量: a property of the topic */
    if (topic[0] && strlen(thing) <= 6 && !strstr(topic, thing)) {
        char t[IND_CAP];
        str_cat3(t, sizeof t, topic, thing, "");
        str_copy(thing, sizeof thing, t);
    } else if (!thing[0] && topic[0]) {
        str_copy(thing, sizeof thing, topic);
    }
    if (strlen(field) >= 3 && strcmp(field + strlen(field) - 3, "第") == 0)
        field[strlen(field) - 3] = 0;
    str_cat3(ind, IND_CAP, thing, field, "排名");
}

/* A share "约占全市的四分之一", "大约占GDP的30%": the approximation is
 * the figure's (bound approx) and the phrase is the relation 占... */
static size_t share_of(fig *f, char *L, size_t n)
{
    char *p = (char *)xfind(L, n, "约占", 6);
    if (p) {
        size_t k = p >= L + 3 && xends(L, 0, (size_t)(p - L), "大") ? 3 : 0;
        memmove(p - k, p + 3, n - (size_t)(p - L) - 3 + 1);
        n -= 3 + k;
        if (f->bound == ZB_BOUND_EQ)
            f->bound = ZB_BOUND_APPROX;
    }
    return n; /* (L's length now) */
}

/* A share of a whole named <part>占<whole> is <part>占<whole>比重 (进出口总额
 * 占全市 -> 进出口总额占全市比重), unless it names its measure (比重, 比例,
 * 份额, 占比; 占地 is no share). */
static void share_name(char *ind)
{
    size_t n = strlen(ind);
    const char *p = xfind(ind, n, "占", 3);
    if (!p || xat(ind, (size_t)(p - ind), n, "占比") || xat(ind, (size_t)(p - ind), n, "占地") ||
        xhas2(ind, 0, n, "比重") || xhas2(ind, 0, n, "比例") || xhas2(ind, 0, n, "份额") || n + 6 >= IND_CAP)
        return;
    memcpy(ind + n, "比重", 7);
}

/* join (extract_internal.h) without snprintf: a + b (each under
 * IND_CAP bytes, so nothing is cut before copy_nospace) without spaces,
 * cut to cap. */
static void join_phrases(char *out, size_t cap, const char *a, const char *b)
{
    char tmp[IND_CAP * 2];
    size_t na = strlen(a), nb = strlen(b);
    if (na + nb >= sizeof tmp) { /* (never: what snprintf would cut) */
        join(out, cap, a, b);
        return;
    }
    memcpy(tmp, a, na);
    memcpy(tmp + na, b, nb);
    copy_nospace(out, cap, tmp, 0, na + nb);
}

/* "项目投产后预计年产值", "全部达产后年产值": a clause of when (<verb of
 * completion>后) and the outlook after it (预计, 将, 可, 有望) name
 * nothing measured; they go (项目年产值). Returns the length left. */
static size_t drop_when_done(char *ind, size_t n)
{
    static const wl done[] = {W("投产"), W("达产"), W("建成"), W("投运"), W("竣工"), W("完工"), W("达效"),
                              W("满产"), W("投用"), W("落成"), W("开业"), W("运营"), {NULL, 0}};
    static const wl pre[] = {W("全部"), W("全面"), W("正式"), W("完全"), W("整体"), W("建成"), {NULL, 0}};
    static const wl post[] = {W("预计"), W("将"), W("可"), W("有望"), W("可望"), W("实现"), {NULL, 0}};
    const char *p = xfind(ind, n, "后", 3);
    size_t h, v, a, e, m;
    if (!p || (h = (size_t)(p - ind)) < 6 || !(v = xends_any(ind, 0, h, done)))
        return n;
    a = h - v;
    if ((m = xends_any(ind, 0, a, pre)))
        a -= m;
    for (e = h + 3; (m = xat_any(ind, e, n, post)) != 0;)
        e += m;
    if (e >= n)
        return n; /* (nothing measured after it) */
    memmove(ind + a, ind + e, n - e + 1);
    return n - (e - a);
}

/* 该项目 "the project" names the project of the sentence before (its
 * topic, 锂电池正极材料一体化项目总投资): 项目年产值 -> 锂电池正极材料一体化
 * 项目年产值. ind (n bytes) starts with 项目; returns the length. */
static size_t named_project(char *ind, size_t n, const char *prev)
{
    char t[IND_CAP];
    size_t pn = strlen(prev), e = 0;
    for (const char *p = prev; (p = xfind(p, pn - (size_t)(p - prev), "项目", 6)) != NULL; p += 6)
        e = (size_t)(p - prev) + 6; /* (the last 项目 of the topic) */
    if (e <= 6 || e + n - 6 >= sizeof t)
        return n;
    memcpy(t, prev, e);
    memcpy(t + e, ind + 6, n - 6 + 1);
    str_copy(ind, IND_CAP, t);
    return strlen(ind);
}

/* A count of things named with what they did (28个行业增加值保持增长, 17个
 * 项目因用地指标未落实尚未开工): the things of that state, <measure><verb>
 * 的<thing> (增加值增长的行业; 实现增长的行业 with no measure: 增长的行业)
 * or 未<verb><thing> (未开工项目). R (Rn bytes: the phrase after the
 * classifier) is rewritten; returns its new length, 0 when it has no such
 * shape (R unchanged). */
static size_t counted_state(char *R, size_t Rn)
{
    static const wl verb[] = {W("增长"), W("下降"), {NULL, 0}};
    static const wl adv[] = {W("保持"), W("实现"), W("同比"), W("均"), W("继续"), W("正"), W("负"), {NULL, 0}};
    static const wl measure[] = {W("增加值"), W("营业收入"), W("利润总额"), W("产值"), W("营收"), W("利润"),
                                 W("产量"), W("销售额"), {NULL, 0}};
    static const wl still[] = {W("尚"), W("仍"), W("还"), W("均"), {NULL, 0}};
    char t[IND_CAP];
    size_t v, e, m, i, adv_n;
    const char *p;
    if (Rn >= IND_CAP - 8)
        return 0;
    /* ...未<verb> at the end: the state; a cause (因, 由于) or an adverb
     * (尚, 仍) before it ends the thing */
    for (i = 0; i + 3 <= Rn && (p = xfind(R + i, Rn - i, "未", 3)) != NULL;)
        i = (size_t)(p - R) + 3; /* (the last 未) */
    if (i >= 9 && Rn - (i - 3) <= 15 && Rn - (i - 3) >= 9 && !xat(R, i, Rn, "来") && !xat(R, i, Rn, "成")) {
        size_t at = i - 3, cut = at;
        while ((m = xends_any(R, 0, cut, still)) != 0 && cut - m >= 6)
            cut -= m;
        for (i = 0; i < cut; i += adv_n) {
            xcp(R, i, cut, &adv_n);
            if (xat(R, i, cut, "因") || xat(R, i, cut, "由于")) {
                cut = i;
                break;
            }
        }
        if (cut < 6 || cut > 18)
            return 0;
        memcpy(t, R + at, Rn - at);
        memcpy(t + Rn - at, R, cut);
        t[Rn - at + cut] = 0;
        str_copy(R, IND_CAP, t);
        return strlen(R);
    }
    if (!(v = xends_any(R, 0, Rn, verb)))
        return 0;
    e = Rn - v;
    while ((m = xends_any(R, 0, e, adv)) != 0 && e - m > 0)
        e -= m;
    /* the measure inside: 行业|增加值 (none: 行业|实现增长, an adverb said) */
    for (i = 3; i < e; i += adv_n) {
        xcp(R, i, e, &adv_n);
        if ((m = xat_any(R, i, e, measure)) != 0 && i + m == e)
            break;
    }
    if (i >= e && e < Rn - v && e >= 3 && e <= 18)
        i = e;
    else if (i >= e || i > 18)
        return 0;
    /* <measure><verb>的<thing> */
    memcpy(t, R + i, e - i);
    memcpy(t + (e - i), R + Rn - v, v);
    memcpy(t + (e - i) + v, "的", 3);
    memcpy(t + (e - i) + v + 3, R, i);
    t[(e - i) + v + 3 + i] = 0;
    str_copy(R, IND_CAP, t);
    return strlen(R);
}

/* The pp a part adds to the whole's growth (有色金属...业增长18.3%,拉动全
 * 市规上工业增长2.9个百分点): <part>拉动<whole>增长, the scope word
 * (全市) of the whole dropped. L (the cleaned phrase) starts with 拉动
 * or 带动;
 * a..b is its raw text. */
static void pull_name(doc *d, fig *f, const char *topic, const char *L, size_t a, size_t b)
{
    static const wl scope[] = {W("全市"), W("全省"), W("全区"), W("全县"), W("全国"), {NULL, 0}};
    char t[IND_CAP];
    size_t n, k = 6;
    str_copy(t, sizeof t, L);
    n = strlen(t);
    if ((k = xat_any(t, 6, n, scope)) != 0) {
        memmove(t + 6, t + 6 + k, n - 6 - k + 1);
        n -= k;
    }
    while (b > a && d->s[b - 1] == ' ')
        b--;
    if (xends(d->s, a, b, "增长") && n + 6 < sizeof t && !xends(t, 0, n, "增长"))
        memcpy(t + n, "增长", 7);
    join_phrases(f->ind, IND_CAP, topic, t);
}

/* A pp of a property compared (增速比一季度加快1.2个百分点, 增幅较上年
 * 回落): <topic>增速比一季度加快, the comparison kept; right after a
 * growth (after_growth) the property may go unsaid (增长6.1%,比一季度加快
 * 1.2个百分点). a..b: the raw phrase before the number. Returns 1 when it
 * named the figure. */
static int compared_name(doc *d, fig *f, const char *topic, size_t a, size_t b, int after_growth)
{
    static const wl prop[] = {W("增速"), W("增幅"), W("降幅"), W("涨幅"), {NULL, 0}};
    static const wl move[] = {W("加快"), W("提高"), W("回落"), W("放缓"), W("收窄"), W("扩大"), W("回升"),
                              W("提升"), W("加速"), W("减缓"), W("上升"), W("下降"), {NULL, 0}};
    const char *s = d->s;
    char t[IND_CAP];
    size_t n;
    while (a < b && (s[a] == ' ' || s[a] == ','))
        a++;
    while (b > a && s[b - 1] == ' ')
        b--;
    if (xends(s, a, b, "了"))
        b -= 3;
    n = xat_any(s, a, b, prop);
    /* (比一季度加快 right after a growth: the growth's 增速) */
    if (!topic[0] || b - a > 45 || (!n && !after_growth) || !(xat(s, a + n, b, "比") || xat(s, a + n, b, "较")) ||
        !comparison_base(s, a + n + 3, b) || !xends_any(s, a, b, move))
        return 0;
    size_t h = 0;
    if (!n) {
        memcpy(t, "增速", 6);
        h = 6;
    }
    copy_nospace(t + h, sizeof t - h, s, a, b);
    join_phrases(f->ind, IND_CAP, topic, t);
    return 1;
}

/* Start of the clause that ends at c1: walking back character by
 * character from c1 (characters from ss), the character after a clause
 * mark; the walk stops at lo or WINDOW bytes before c1. */
static size_t clause_start(const char *s, size_t ss, size_t se, size_t c1, size_t lo)
{
    size_t st = c1;
    if (c1 >= WINDOW && c1 - WINDOW > lo)
        lo = c1 - WINDOW; /* st + WINDOW > c1 is st > c1 - WINDOW */
    while (st > lo) {
        const unsigned char *q = (const unsigned char *)s + st;
        /* a whole CJK character (lead byte E4-E9, no mark) before st: one step */
        if (st >= ss + 3 && (unsigned char)(q[-3] - 0xE4) < 6 && (q[-2] & 0xC0) == 0x80 &&
            (q[-1] & 0xC0) == 0x80) {
            st -= 3;
            continue;
        }
        size_t p = xprev(s, ss, st);
        if (MARK_START[(unsigned char)s[p]] && is_clause_mark(s, p, se))
            break;
        st = p;
    }
    return st;
}

/* The subject of the sentence so far (xindicators). A clause without
 * figures before a figure's clause names it, but reading that clause
 * (clause_start, xzone_at, clean_phrase) is most of the cost of a topic,
 * and a figure mostly names its own subject (the thing counted or
 * measured) before anything reads the clause's. So such clauses wait in
 * pend[] and topic_now reads them, newest first, only when the topic is
 * read: the newest that names something is what reading them in order
 * would have left (those functions only read the doc). */
#define TOPIC_PEND 16
typedef struct lazy_topic {
    char s[IND_CAP];
    size_t n; /* strlen(s), kept: no strlen to copy it */
    size_t np;
    struct { size_t c1, lo; } pend[TOPIC_PEND]; /* the mark ending the clause; prev_end */
} lazy_topic;

/* The topic named by the clause that ends at the mark c1 (xindicators'
 * rule), into t; 0 when it names none. */
static int topic_clause(doc *d, size_t ss, size_t se, size_t c1, size_t lo, char *t, size_t cap)
{
    char zb[NAME_CAP];
    size_t st = clause_start(d->s, ss, se, c1, lo);
    if (c1 == st + 6 && st > lo + 3 && xat(d->s, st, c1, "其中")) /* (...增加值保持增长,其中,长沙市增长6.1%) */
        st = clause_start(d->s, ss, se, c1 = xprev(d->s, ss, st), lo);
    if (c1 > st && xzone_at(d, st, c1, zb, NULL) != c1 - st) { /* not a bare zone name */
        clean_phrase(d, st, c1, 0, t, cap);
        if (t[0] && !xhas2(t, 0, strlen(t), "分别") && !framing_clause(t))
            return 1;
    }
    return 0;
}

/* The topic, the waiting clauses read. */
static const char *topic_now(doc *d, size_t ss, size_t se, lazy_topic *lt)
{
    char t[IND_CAP];
    while (lt->np > 0) {
        lt->np--;
        if (topic_clause(d, ss, se, lt->pend[lt->np].c1, lt->pend[lt->np].lo, t, sizeof t)) {
            lt->n = strlen(t); /* (below IND_CAP: t is a string of t[IND_CAP]) */
            copy_n(lt->s, sizeof lt->s, t, lt->n);
            lt->np = 0;
        }
    }
    return lt->s;
}

/* A clause ending at the mark c1 (the walk back stops at lo) may name
 * the topic. */
static void topic_wait(doc *d, size_t ss, size_t se, lazy_topic *lt, size_t c1, size_t lo)
{
    if (lt->np == TOPIC_PEND) /* (full: read them now, the same topic) */
        topic_now(d, ss, se, lt);
    lt->pend[lt->np].c1 = c1;
    lt->pend[lt->np].lo = lo;
    lt->np++;
}

/* The topic becomes s (n: strlen(s)). */
static void topic_set(lazy_topic *lt, const char *s, size_t n)
{
    copy_n(lt->s, sizeof lt->s, s, n);
    lt->n = n < sizeof lt->s ? n : strlen(lt->s);
    lt->np = 0;
}

/* "完成全年目标任务的52.3%", "一般公共预算收入完成年度计划的45.1%": the
 * share of a plan done. The indicator is what was planned (the phrase
 * before 完成, else the topic) + the plan + 完成率. Returns 1 when s[a..b)
 * has that shape. */
static int plan_done(doc *d, size_t ss, size_t se, size_t a, size_t b, lazy_topic *lt, char *ind)
{
    const char *s = d->s;
    size_t k, at = (size_t)-1, adv, e = b;
    for (k = a; k + 6 <= b; k += adv) {
        xcp(s, k, b, &adv);
        if (xat(s, k, b, "完成"))
            at = k;
    }
    if (at == (size_t)-1)
        return 0;
    while (e > at && s[e - 1] == ' ')
        e--;
    if (xends(s, at, e, "的"))
        e -= 3;
    size_t o = at + 6;
    if (xat(s, o, e, "了"))
        o += 3;
    if (o >= e || !(xhas2(s, o, e, "目标") || xhas2(s, o, e, "计划") || xhas2(s, o, e, "任务") ||
                    xhas2(s, o, e, "预算")))
        return 0;
    char subj[IND_CAP], obj[IND_CAP];
    clean_phrase(d, a, at, 0, subj, sizeof subj);
    {
        char zb[NAME_CAP];
        size_t zl = strlen(subj);
        if (zl && xzone_at(d, a, at, zb, NULL) >= at - a)
            subj[0] = 0; /* 全市完成...: the area, not what was planned */
    }
    if (!subj[0] || weak_indicator(subj) || only_trail(subj)) /* (已完成年度计划的: the topic's) */
        str_copy(subj, sizeof subj, topic_now(d, ss, se, lt));
    copy_nospace(obj, sizeof obj, s, o, e);
    str_cat3(ind, IND_CAP, subj, obj, "完成率");
    return 1;
}

/* Does figure j's own stretch of text (from the figure before it) hold a
 * 分别 of its own: a list that starts there? */
static int opens_respectively(doc *d, size_t j)
{
    const fig *f = &d->figs[j];
    size_t la = f->cs > d->figs[j - 1].be ? f->cs : d->figs[j - 1].be;
    return la < f->bs && xhas2(d->s, la, f->bs, "分别");
}

/* Figure j's own phrase: what names it between the figure before it (or
 * its clause start) and the number, cleaned as xindicators does. */
static void own_phrase(doc *d, size_t ss, size_t j, char *out, size_t cap)
{
    const fig *f = &d->figs[j];
    size_t la = f->cs > ss ? f->cs : ss;
    if (j > 0 && d->figs[j - 1].be > la)
        la = d->figs[j - 1].be;
    if (la < f->bs)
        clean_phrase(d, la, f->bs, f->kind == ZB_KIND_GROWTH, out, cap);
    else
        out[0] = 0;
}

/* Characters of a UTF-8 string. */
static size_t n_chars(const char *p)
{
    size_t n = 0;
    for (; *p; p++)
        n += ((unsigned char)*p & 0xC0) != 0x80;
    return n;
}

/* The head noun the items of a list share, written once after the last
 * (国有控股企业、股份制企业、外商投资企业增加值 -> 增加值; 城镇、农村居
 * 民人均可支配收入 -> 居民人均可支配收入): after the last place in the last
 * item where an ending of the first item occurs (企业), else, when the
 * other items are all of one length, after that many characters of the
 * last. Empty when the items share none (进口、出口). */
static const char *shared_head(char item[][IND_CAP], size_t n)
{
    const char *first = item[0], *last = item[n - 1];
    size_t fl = strlen(first), ll = strlen(last), c0 = n_chars(first);
    for (size_t i = 0; i < fl; i++) {
        if (((unsigned char)first[i] & 0xC0) == 0x80)
            continue;
        size_t sl = fl - i; /* the ending first[i..], longest first */
        for (size_t at = ll > sl ? ll - sl : 0; at-- > 0;)
            if (memcmp(last + at, first + i, sl) == 0)
                return last + at + sl;
    }
    for (size_t j = 1; j + 1 < n; j++)
        if (n_chars(item[j]) != c0)
            return "";
    if (n_chars(last) <= c0 + 1)
        return "";
    const char *h = last;
    for (size_t c = 0; c < c0; c++)
        do
            h++;
        while (((unsigned char)*h & 0xC0) == 0x80);
    return h;
}

/* A word summing up a list closing its last item: 电子信息三大领域,
 * 港口两个园区 (a numeral, 大/个/类, one to three Han characters); cut. */
static void cut_sum_word(char *item)
{
    size_t n = strlen(item), adv;
    for (size_t k = 3, cnt = 0; k < n && cnt < 8; k += adv, cnt++) {
        unsigned c = xcp(item, k, n, &adv);
        if ((xcdigit(c) >= 1 || c == 0x4E24 /* 两 */) && k + adv < n &&
            (xat(item, k + adv, n, "大") || xat(item, k + adv, n, "个") || xat(item, k + adv, n, "类"))) {
            size_t rest = n - (k + adv + 3);
            if (rest >= 3 && rest <= 9) {
                item[k] = 0;
                return;
            }
        }
    }
}

/* "国有控股企业、股份制企业、外商投资企业增加值分别增长4.2%、8.6%和
 * 7.3%": a 、-list (its last separator may be 和/与/及) of as many
 * subjects as figures before 分别; each figure takes its item and the
 * head the items share (shared_head). "城乡居民收入分别达到A和B": 城乡
 * is 城镇 and 农村. Returns 1 when it named the figures figs[k..k+cnt). */
static int listed_subjects(doc *d, size_t ss, size_t k, size_t cnt)
{
    const char *s = d->s;
    const fig *f0 = &d->figs[k];
    size_t a = f0->ws > ss ? f0->ws : ss, b;
    const char *r;
    if (k > 0 && d->figs[k - 1].be > a)
        a = d->figs[k - 1].be;
    if (cnt < 2 || cnt > 8 || a >= f0->bs || !(r = xfind(s + a, f0->bs - a, "分别", 6)))
        return 0;
    b = (size_t)(r - s);
    size_t ia[9], ib[9], n = 0, i = a, adv;
    ia[0] = a;
    while (i < b) {
        if (xat(s, i, b, "、")) {
            if (n + 1 >= cnt)
                return 0;
            ib[n++] = i;
            ia[n] = i + 3;
            i += 3;
            continue;
        }
        xcp(s, i, b, &adv);
        i += adv;
    }
    ib[n++] = b;
    if (n + 1 == cnt) { /* the last separator a conjunction: A、B和C增加值 */
        static const wl conj[] = {W("和"), W("与"), W("及"), {NULL, 0}};
        size_t j = ia[n - 1], m = 0;
        for (; j < b && !(m = xat_any(s, j, b, conj)); j += adv)
            xcp(s, j, b, &adv);
        if (m && j > ia[n - 1] && j + m < b) {
            ib[n] = b;
            ib[n - 1] = j;
            ia[n] = j + m;
            n++;
        }
    }
    char item[8][IND_CAP];
    if (n == 1 && cnt == 2) {
        /* 城乡 names two: 城镇 and 农村 */
        char *p = strstr(d->figs[k].ind, "城乡"), own[IND_CAP];
        own_phrase(d, ss, k + 1, own, sizeof own);
        if (!p || (strcmp(d->figs[k + 1].ind, d->figs[k].ind) != 0 && !function_only(own)))
            return 0;
        size_t at = (size_t)(p - d->figs[k].ind);
        str_copy(item[0], sizeof item[0], d->figs[k].ind);
        memcpy(item[0] + at, "城镇", 6);
        str_copy(d->figs[k + 1].ind, IND_CAP, item[0]);
        memcpy(d->figs[k + 1].ind + at, "农村", 6);
        str_copy(d->figs[k].ind, IND_CAP, item[0]);
        return 1;
    }
    if (n != cnt)
        return 0;
    for (size_t j = 0; j < n; j++) {
        char zb[NAME_CAP];
        clean_phrase(d, ia[j], ib[j], 0, item[j], sizeof item[j]);
        if (function_only(item[j]) || xzone_at(d, ia[j], ib[j], zb, NULL) == ib[j] - ia[j])
            return 0; /* (a list of zones is the zone branch's) */
    }
    /* A、B、C三大领域分别签约项目12个...: the sum word (三大领域, 两个园区)
     * closes the list, and what 分别 is followed by is measured of each */
    char after[IND_CAP];
    cut_sum_word(item[n - 1]);
    clean_phrase(d, b + 6, f0->bs, f0->kind == ZB_KIND_GROWTH, after, sizeof after);
    if (function_only(after) || only_trail(after) || weak_indicator(after))
        after[0] = 0;
    const char *head = shared_head(item, n);
    for (size_t j = 0; j < n; j++) {
        size_t il = strlen(item[j]), hl = strlen(head);
        if (j + 1 < n && !(il >= hl && strcmp(item[j] + il - hl, head) == 0))
            join_phrases(d->figs[k + j].ind, IND_CAP, item[j], head);
        else
            str_copy(d->figs[k + j].ind, IND_CAP, item[j]);
        if (after[0]) {
            char t[IND_CAP];
            join_phrases(t, sizeof t, d->figs[k + j].ind, after);
            str_copy(d->figs[k + j].ind, IND_CAP, t);
        }
    }
    return 1;
}

/* A threshold inside the noun phrase of a count, joined by 的 (投资额超过
 * 10亿元的项目18个, 单体投资10-15亿元的项目6个, 5亿元以上的项目): the
 * amount describes the things counted, it is no figure of its own
 * (fig.thresh; the count's phrase keeps it). A bound or a range says it
 * is a class of things, not what they came to. */
static void thresholds(doc *d, size_t se)
{
    const char *s = d->s;
    for (size_t k = 0; k + 1 < d->nfigs; k++) {
        fig *f = &d->figs[k];
        size_t u = k, e, adv;
        if (f->thresh || (f->kind != ZB_KIND_AMOUNT && f->kind != ZB_KIND_QUANTITY))
            continue;
        if (f->range == 1 && d->figs[k + 1].range == 2)
            u = k + 1;
        if (u + 1 >= d->nfigs || (d->figs[u].bound == ZB_BOUND_EQ && u == k) ||
            d->figs[u + 1].kind != ZB_KIND_COUNT)
            continue;
        e = d->figs[u].be;
        while (e < se && s[e] == ' ')
            e++;
        if (!xat(s, e, se, "的"))
            continue;
        e += 3;
        for (int cnt = 0; e < d->figs[u + 1].bs && cnt < 10 && xhan(xcp(s, e, se, &adv)); cnt++)
            e += adv;
        if (e == d->figs[u + 1].bs && e > d->figs[u].be + 3)
            for (size_t t = k; t <= u; t++)
                d->figs[t].thresh = 1;
        k = u;
    }
}

/* R, the phrase right of figure f up to rb, read when first asked
 * (*have): a figure whose own phrase on the left names it (most amounts,
 * growths, shares) never reads it, and right_phrase only reads the doc,
 * so when it runs changes nothing. Returns R. */
static const char *right_now(doc *d, const fig *f, size_t rb, char *R, size_t *Rn, int *have)
{
    if (!*have) {
        *have = 1;
        R[0] = 0;
        *Rn = 0;
        if (rb > f->be && f->range != 1)
            *Rn = right_phrase(d, f->be, rb, R, IND_CAP);
    }
    return R;
}

/* Indicators of the figures of one sentence. */
void xindicators(doc *d, size_t ss, size_t se)
{
    const char *s = d->s;
    size_t prev_end = ss;
    char L[IND_CAP], R[IND_CAP];
    lazy_topic topic; /* (topic_now reads it) */
    topic.np = 0;
    topic.n = strlen(d->topic); /* (below IND_CAP: d->topic is a string of as many bytes) */
    copy_n(topic.s, sizeof topic.s, d->topic, topic.n);
    thresholds(d, se);
    for (size_t k = 0; k < d->nfigs; k++) {
        fig *f = &d->figs[k];
        if (f->thresh)
            continue;
        size_t la = f->cs > prev_end ? f->cs : prev_end;
        /* a clause without figures before this one names the topic */
        if (f->cs > prev_end)
            topic_wait(d, ss, se, &topic, xprev(s, ss, f->cs) /* the mark */, prev_end);
        if (f->kind == ZB_KIND_SHARE && plan_done(d, ss, se, la, f->bs, &topic, f->ind)) {
            prev_end = f->be;
            continue;
        }
        /* the upper end of a range: the lower end's indicator (read nothing) */
        if (f->range == 2 && k > 0 && d->figs[k - 1].range == 1 && d->figs[k - 1].ind[0]) {
            str_copy(f->ind, IND_CAP, d->figs[k - 1].ind);
            prev_end = f->be;
            continue;
        }
        /* right side: to the end of the comma clause (a 、 list of nouns
         * belongs to it) or the next figure */
        size_t rb = f->ce;
        size_t e0 = f->be;
        while (e0 < rb && s[e0] == ' ')
            e0++;
        while (e0 < rb && rb < se && rb < f->be + WINDOW && xat(s, rb, se, "、")) {
            size_t adv2;
            rb += 3;
            while (rb < se && rb < f->be + WINDOW && !is_clause_mark(s, rb, se))
                rb += (xcp(s, rb, se, &adv2), adv2);
        }
        for (size_t j = k + 1; j < d->nfigs; j++)
            if (!d->figs[j].thresh) {
                if (d->figs[j].bs < rb)
                    rb = d->figs[j].bs;
                break;
            }
        /* (the lengths of R and L, Rn and Ln, are kept: no strlen; fn is
         * that of f->ind when a copy of R or L wrote it, else SIZE_MAX) */
        size_t Rn = 0, Ln = 0, fn = SIZE_MAX;
        int have_r = 0; /* (R read: a count's at once, the others' by right_now when asked) */
        R[0] = 0;
        if (f->kind == ZB_KIND_COUNT)
            right_now(d, f, rb, R, &Rn, &have_r);
        /* "348户486名低保户": the noun after the next figure counts for both */
        if (!R[0] && k + 1 < d->nfigs && d->figs[k + 1].bs == f->be && f->kind == ZB_KIND_COUNT) {
            size_t rb2 = d->figs[k + 1].ce;
            if (k + 2 < d->nfigs && d->figs[k + 2].bs < rb2)
                rb2 = d->figs[k + 2].bs;
            if (rb2 > d->figs[k + 1].be)
                Rn = right_phrase(d, d->figs[k + 1].be, rb2, R, sizeof R);
        }
        /* the left side, unless the figure is a count of the noun after it
         * (351套人才公寓): then nothing below reads it */
        int count_r = f->kind == ZB_KIND_COUNT && R[0] && !xat(R, 0, Rn, "的") &&
                      !only_trail_n(R, Rn); /* (由A家增加到B家: no noun after) */
        L[0] = 0;
        if (!count_r) {
            Ln = clean_phrase(d, la, f->bs, f->kind == ZB_KIND_GROWTH, L, sizeof L);
            if ((function_only_n(L, Ln) || only_trail_n(L, Ln)) && !f->respectively)
                L[0] = 0, Ln = 0; /* "增加到2020年的", "提升至": nothing of its own, the topic's (分别 fills its own) */
        }
        switch (f->kind) {
        case ZB_KIND_COUNT:
            if (count_r) {
                /* (the state may lie past where R stops: 行业|实现增长) */
                size_t e = rb, m;
                while (e > f->be && s[e - 1] == ' ')
                    e--;
                if (e - f->be > Rn && e - f->be < IND_CAP - 8 &&
                    (xends(s, f->be, e, "增长") || xends(s, f->be, e, "下降"))) {
                    char raw[IND_CAP];
                    if ((m = counted_state(raw, copy_nospace(raw, sizeof raw, s, f->be, e))) != 0)
                        Rn = copy_nospace(R, sizeof R, raw, 0, m);
                }
                if (Rn > 12 && xends(R, 0, Rn, "中有")) /* 41个行业大类中有28个...: the whole */
                    R[Rn -= 6] = 0;
                fn = copy_n(f->ind, IND_CAP, R, (m = counted_state(R, Rn)) ? m : Rn);
            }
            else if (weak_indicator_n(L, Ln) && topic_now(d, ss, se, &topic)[0]) /* 比上年净增312家 */
                join_phrases(f->ind, IND_CAP, topic.s, only_trail(L) ? "" : L);
            else
                fn = copy_n(f->ind, IND_CAP, L, Ln);
            break;
        case ZB_KIND_AMOUNT:
        case ZB_KIND_QUANTITY:
            if (f->be < rb && xat(s, f->be, rb, "的") && right_now(d, f, rb, R, &Rn, &have_r)[0]) {
                if (ends_with_measure(L, Ln)) {
                    char tail[IND_CAP];
                    size_t n = Ln, cut = 0;
                    for (const wl *w = W_MEASURE; w->w; w++) {
                        size_t m = w->n;
                        if (n >= m && strcmp(L + n - m, w->w) == 0 && m > cut)
                            cut = m;
                    }
                    /* include 总 of 总投资 */
                    if (n >= cut + 3 && memcmp(L + n - cut - 3, "总", 3) == 0)
                        cut += 3;
                    str_copy(tail, sizeof tail, L + n - cut);
                    join_phrases(f->ind, IND_CAP, R, tail);
                } else {
                    fn = copy_n(f->ind, IND_CAP, R, Rn);
                }
            } else if (L[0] && Ln <= 6 && right_now(d, f, rb, R, &Rn, &have_r)[0]) { /* 建设400万平方米园区载体 */
                fn = copy_n(f->ind, IND_CAP, R, Rn);
            } else if (L[0] && Ln <= 9 && weak_indicator_n(L, Ln) &&
                       topic_now(d, ss, se, &topic)[0]) { /* 从A增加到B */
                join_phrases(f->ind, IND_CAP, topic.s, only_trail(L) ? "" : L);
            } else if (L[0]) {
                fn = copy_n(f->ind, IND_CAP, L, Ln);
            } else {
                str_copy(f->ind, IND_CAP, right_now(d, f, rb, R, &Rn, &have_r)[0] ? R : topic_now(d, ss, se, &topic));
            }
            break;
        default:
            if (f->kind == ZB_KIND_SHARE)
                Ln = share_of(f, L, Ln);
            if (!L[0] && right_now(d, f, rb, R, &Rn, &have_r)[0] && f->be < rb && xat(s, f->be, rb, "的"))
                copy_n(f->ind, IND_CAP, R, Rn); /* 百分之九十的村 */
            else if (f->kind == ZB_KIND_PP && (xat(L, 0, Ln, "拉动") || xat(L, 0, Ln, "带动")) &&
                     topic_now(d, ss, se, &topic)[0])
                pull_name(d, f, topic.s, L, la, f->bs);
            else if (f->kind == ZB_KIND_PP && (!L[0] || weak_indicator_n(L, Ln)) &&
                     compared_name(d, f, topic_now(d, ss, se, &topic), la, f->bs,
                                   k > 0 && d->figs[k - 1].kind == ZB_KIND_GROWTH))
                ; /* (named) */
            else if (weak_indicator_n(L, Ln) && topic_now(d, ss, se, &topic)[0])
                join_phrases(f->ind, IND_CAP, topic.s, only_trail(L) ? "" : L);
            else
                str_copy(f->ind, IND_CAP, L[0] ? L : (right_now(d, f, rb, R, &Rn, &have_r)[0] ? R : topic_now(d, ss, se, &topic)));
            break;
        }
        if (f->kind == ZB_KIND_RANK)
            rank_name(f->ind, topic_now(d, ss, se, &topic));
        else if (f->kind == ZB_KIND_SHARE)
            share_name(f->ind);
        if (f->kind == ZB_KIND_RANK || f->kind == ZB_KIND_SHARE || fn == SIZE_MAX)
            fn = strlen(f->ind); /* (written otherwise, or changed since) */
        size_t il = drop_word(f->ind, drop_when_done(f->ind, fn), "累计", 6);
        if (il >= 6 && xat(f->ind, 0, il, "项目") && xhas2(s, la, f->bs, "该项目"))
            il = named_project(f->ind, il, topic.s);
        {
            /* 新增X企业7家,累计达到35家: the total is of X企业, not of
             * the new ones the subject came from */
            static const wl total[] = {W("累计"), {NULL, 0}}, added[] = {W("新增"), {NULL, 0}};
            if (il > 6 && xat(f->ind, 0, il, "新增") && xhas_any(s, f->cs, f->bs, total) &&
                !xhas_any(s, f->cs, f->bs, added)) {
                memmove(f->ind, f->ind + 6, il - 6 + 1);
                il -= 6;
            }
        }
        if (!f->ind[0]) {
            str_copy(f->ind, IND_CAP, f->kind == ZB_KIND_COUNT ? "数量" : "数值");
            il = 6;
        }
        /* (il: strlen(f->ind); Ln: strlen(L)) */
        /* the thing measured becomes the subject of what follows; a share,
         * growth or rank does when it named its own subject */
        int measured = f->kind == ZB_KIND_COUNT || f->kind == ZB_KIND_AMOUNT || f->kind == ZB_KIND_QUANTITY;
        if (!f->respectively && !f->each && f->kind != ZB_KIND_RANK && measured)
            topic_set(&topic, f->ind, il);
        else if (!f->respectively && !f->each && f->kind != ZB_KIND_RANK && L[0] && !weak_indicator_n(L, Ln))
            topic_set(&topic, L, Ln);
        prev_end = f->be;
    }
    /* 分别: the figures after it take the indicators of the figures listed
     * before; each 分别 starts a list of its own (分别达到A和B,分别增长x和y) */
    size_t pk = 0, pm = 0; /* the last list: figs[pk..pm) */
    for (size_t k = 0; k < d->nfigs; k++) {
        if (!d->figs[k].respectively || d->figs[k].thresh)
            continue;
        size_t m = k + 1;
        while (m < d->nfigs && d->figs[m].respectively && !opens_respectively(d, m))
            m++;
        size_t cnt = m - k, have = 0;
        size_t idx[32];
        char own[IND_CAP];
        own_phrase(d, ss, k, own, sizeof own);
        if (pm == k && pm - pk == cnt && pm > pk && (function_only(own) || weak_indicator(own))) {
            /* the same items as the list before, in its order */
            for (size_t t = 0; t < cnt; t++) {
                str_copy(d->figs[k + t].ind, IND_CAP, d->figs[pk + t].ind);
                d->figs[k + t].zm = d->figs[pk + t].zm;
            }
            pk = k;
            pm = m;
            k = m - 1;
            continue;
        }
        for (size_t j = k; j-- > 0 && have < cnt && have < 32;)
            if (!d->figs[j].thresh && !d->figs[j].respectively)
                idx[have++] = j;
        /* "城镇和农村居民人均可支配收入年均分别增长5.6%、7.1%" after other
         * figures: a list of its own names them, not those figures */
        int own_list = have == cnt && !function_only(own) && !weak_indicator(own) &&
                       listed_subjects(d, ss, k, cnt);
        if (have == cnt && !own_list) {
            for (size_t t = 0; t < cnt; t++) {
                fig *f = &d->figs[k + t];
                const fig *p = &d->figs[idx[cnt - 1 - t]];
                str_copy(own, sizeof own, f->ind);
                if (weak_indicator(own) || f->kind == ZB_KIND_GROWTH)
                    str_copy(f->ind, IND_CAP, p->ind);
            }
        } else if (!own_list) {
            /* "徐州、南通分别增长7.0%和6.8%": the list before 分别 is of zones */
            size_t from = k > 0 ? d->figs[k - 1].be : ss, z[32], nz = 0;
            for (size_t t = 0; t < d->nzm && nz < 32; t++)
                if (d->zm[t].s >= from && d->zm[t].e <= d->figs[k].bs)
                    z[nz++] = t;
            /* (滁州市下辖的来安县、天长市分别...: the last names, a list) */
            for (size_t t = nz; nz > cnt && t-- > nz - cnt;)
                if (d->zm[z[t]].s > d->zm[z[t - 1]].e + 3) {
                    if (t == nz - cnt)
                        memmove(z, z + t, cnt * sizeof *z), nz = cnt;
                    break;
                }
            if (nz == cnt) {
                /* what is measured: the phrase after the zones
                 * (徐州、南通地区生产总值分别...), else the topic */
                const char *name = !function_only(own) && !weak_indicator(own)
                                       ? own
                                       : topic_now(d, ss, se, &topic);
                for (size_t t = 0; t < cnt; t++) {
                    fig *f = &d->figs[k + t];
                    f->zm = (int)z[t] + 1;
                    if (name[0])
                        str_copy(f->ind, IND_CAP, name);
                }
            } else if (!listed_subjects(d, ss, k, cnt)) {
                /* "收入分别达到8.2万元和4.6万元": one noun phrase before 分别
                 * names them all; a later figure's own phrase is only 和 */
                for (size_t t = 1; t < cnt; t++) {
                    own_phrase(d, ss, k + t, own, sizeof own);
                    if (function_only(d->figs[k + t].ind) || function_only(own))
                        str_copy(d->figs[k + t].ind, IND_CAP, d->figs[k].ind);
                }
                /* ...分别增长6.2%和5.8%;一般公共预算收入分别为A、B: the
                 * zones of the list before, when it had them */
                if (nz == 0 && pm == k && pm - pk == cnt && pm > pk)
                    for (size_t t = 0; t < cnt; t++)
                        d->figs[k + t].zm = d->figs[pk + t].zm;
            }
        }
        pk = k;
        pm = m;
        k = m - 1;
    }
    topic_now(d, ss, se, &topic);
    copy_n(d->topic, sizeof d->topic, topic.s, topic.n);
}

