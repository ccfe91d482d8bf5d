/*
 * extract_period.c -- time words of Chinese news resolved to ISO periods.
 *
 * The one idea: a time expression is recognised at one position by its
 * first characters and resolved at once against two dates: the
 * publication date (今年, 去年, 5年来, 目前 ...) and the context year (the
 * year the paragraph last named, so "2020年...全年" means 2020).
 *
 * Accepted (N Arabic or Chinese, Y = year, M/D month and day):
 *   Y年 · Y年度 · Y年M月 · Y年M月D日 · Y年M-N月 · Y年上半年/下半年 ·
 *   Y年一季度/第一季度/首季 · Y年前三季度 · Y年底/末 · Y年以来 · Y-M-D ·
 *   M月 · M月D日 · M-N月 / M至N月 / 前N月 · M月底/末 · M月以来 ·
 *   今年 本年 去年 上年 明年 前年 (+以来, +上半年, +M月以来, +初) ·
 *   上月 本月 当月 · 二〇二三年 (a year in Chinese digits) ·
 *   全年 年内 上半年(度) 下半年 一季度...四季度 首季(度) 前一季度 前三季(度)
 *   首三季 前两季(度) 首半年 首N个月 (Hong Kong, Macau) · 一季度末 三季末 上半年底
 *   (the month at its end) · 春季 年初 年底 ·
 *   截至/截止 [Y年]M月底|M月D日|目前|Y年底 (a point in time) ·
 *   N年来 N年以来 N年间 近N年 过去(的)N年 这N年 (an interval ending at
 *   publication; in January-March the N whole years before it, 2021/2025
 *   in 2026) · Y1-Y2年 Y1—Y2年 Y1年至Y2年 (whole years) ·
 *   过去的一年 / 过去一年 (the year before publication) ·
 *   目前 当前 现有 现已 如今 (the publication month) ·
 *   十三五 十四五 十五五: the five-year plan, 2021/2025 for 十四五; 到十四五末
 *   and 十四五末 (十四五收官之年) give the end year 2025, 十五五开局之年 2026;
 *   十四五时期/期间 frames its section ·
 * 每年, 年均, 日均 are not periods: they belong to the indicator (日均服务患者).
 * Dates are resolved to their month: a figure is never dated to a day.
 * Under a span of whole years a level reached (总数达到, 比重提高到) is the
 * last year's, and a change between two stocks dated through 的 (由2020年的
 * A增加到2025年的B) covers the years between them (xyears_of).
 */
#include "extract_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Keep the rare long paths out of line, so that the many early rejections
 * do not pay for their registers. */
#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif


/* The rules of the first characters of time words (RULES, by xperiod_at). */
enum { R_NONE, R_REL, R_BEN, R_DANG, R_SHANG, R_XIA, R_QIAN, R_DI, R_QUAN, R_NIAN, R_SEASON,
       R_JIE, R_JIN, R_GUO, R_ZUI, R_SHI, R_QUOTE, R_MU, R_XIAN, R_RU, R_YAN, R_DIGIT, R_LIANG, R_SHOU };

/* Characters from 一 (U+4E00) to 零 (U+96F6): the rule of a first
 * character (the low five bits; “ and 〇 lie below, 首 above, and are
 * tested apart)
 * and NUM_NEXT, set for the characters number_next accepts in that range. */
#define FIRST_LO 0x4E00
#define RULE_MASK 31
#define NUM_NEXT 128
static const unsigned char RULE_OF[0x96F7 - FIRST_LO] = {
#define R(c, r) [(c) - FIRST_LO] = (r)
    R(0x4ECA, R_REL), R(0x53BB, R_REL), R(0x660E, R_REL), R(0x540E, R_REL), /* 今去明后 */
    R(0x672C, R_BEN), R(0x5F53, R_DANG), R(0x4E0A, R_SHANG), R(0x4E0B, R_XIA), /* 本当上下 */
    R(0x524D, R_QIAN), R(0x7B2C, R_DI), R(0x5168, R_QUAN), R(0x5E74, R_NIAN | NUM_NEXT), /* 前第全年 */
    R(0x6625, R_SEASON), R(0x590F, R_SEASON), R(0x79CB, R_SEASON), R(0x51AC, R_SEASON), /* 春夏秋冬 */
    R(0x622A, R_JIE), R(0x8FD1, R_JIN), R(0x8FD9, R_JIN), R(0x8FC7, R_GUO), /* 截近这过 */
    R(0x6700, R_ZUI), R(0x5341, R_SHI | NUM_NEXT), R(0x76EE, R_MU), R(0x73B0, R_XIAN), /* 最十目现 */
    R(0x5982, R_RU), R(0x773C, R_YAN), R(0x96F6, R_DIGIT | NUM_NEXT), /* 如眼零 */
    R(0x4E00, R_DIGIT | NUM_NEXT), R(0x4E8C, R_DIGIT | NUM_NEXT), R(0x4E09, R_DIGIT | NUM_NEXT), /* 一二三 */
    R(0x56DB, R_DIGIT | NUM_NEXT), R(0x4E94, R_DIGIT | NUM_NEXT), R(0x516D, R_DIGIT | NUM_NEXT), /* 四五六 */
    R(0x4E03, R_DIGIT | NUM_NEXT), R(0x516B, R_DIGIT | NUM_NEXT), R(0x4E5D, R_DIGIT | NUM_NEXT), /* 七八九 */
    R(0x4E24, R_LIANG | NUM_NEXT),                                                /* 两 */
    /* characters that only go on a number: 月季至到, 百千万亿 点 分 */
    R(0x6708, NUM_NEXT), R(0x5B63, NUM_NEXT), R(0x81F3, NUM_NEXT), R(0x5230, NUM_NEXT),
    R(0x767E, NUM_NEXT), R(0x5343, NUM_NEXT), R(0x4E07, NUM_NEXT), R(0x4EBF, NUM_NEXT),
    R(0x70B9, NUM_NEXT), R(0x5206, NUM_NEXT),
#undef R
};

/* After the first character of a Chinese number (一, 十, 两), what every
 * time word starting with one needs next: more of the number (二〇二三,
 * 十四五, 十二月: a character xnumeral_more of numeral.c accepts, a
 * Chinese digit, 十百千万亿, 点 or 分) or, after a one-character number,
 * what date_tail wants or the spaces small_int skips (一季度, 三月, 五年来,
 * 3-5月). From 一 to 零 the table says (NUM_NEXT). */
static inline int number_next(unsigned c1)
{
    if (c1 - FIRST_LO < sizeof RULE_OF)
        return RULE_OF[c1 - FIRST_LO] & NUM_NEXT;
    return c1 == ' ' || c1 == '-' || c1 == '~' || c1 == 0x3007 /* 〇 */ || c1 == 0x2014 /* — */ ||
           c1 == 0xFF5E /* ～ */;
}

/* Can a number small_int reads start with c1: an ASCII digit, a Chinese
 * digit (〇零一-九, 两), 十 or 百 (its first test)? What 近 and 这 need
 * after them (近5年), and 前 besides 年 (前三季度, 前5个月). */
static inline int num_start(unsigned c1)
{
    if (c1 >= '0' && c1 <= '9')
        return 1;
    if (c1 - FIRST_LO < sizeof RULE_OF) {
        unsigned r = RULE_OF[c1 - FIRST_LO] & RULE_MASK;
        return r == R_DIGIT || r == R_LIANG || r == R_SHI || c1 == 0x767E /* 百 */;
    }
    return c1 == 0x3007; /* 〇 */
}

/* The rule of the three-byte character at u (xperiod_at has checked that
 * three bytes are left), and its code point in *c0. */
static inline unsigned first_rule_of(const unsigned char *u, unsigned *c0)
{
    unsigned c = ((unsigned)(u[0] & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    *c0 = c; /* (as xcp decodes it) */
    if (c - FIRST_LO < sizeof RULE_OF)
        return RULE_OF[c - FIRST_LO] & RULE_MASK;
    return c == 0x201C ? R_QUOTE : c == 0x3007 ? R_DIGIT : c == 0x9996 ? R_SHOU : R_NONE; /* “ 〇 首 */
}

/* A digit of a year in Chinese (二〇二三): not 两. */
static int year_digit(unsigned c)
{
    return c == 0x4E24 ? -1 : xcdigit(c);
}

/* small_int of Arabic digits at s[i] (s[i] is one): at most five digits,
 * and the spaces after them. */
static inline size_t ascii_int(const char *s, size_t i, size_t end, int *v)
{
    size_t j = i;
    int x = 0;
    while (j < end && s[j] >= '0' && s[j] <= '9' && j - i < 5)
        x = x * 10 + (s[j++] - '0');
    if (j < end && s[j] >= '0' && s[j] <= '9')
        return 0;
    *v = x;
    while (j < end && s[j] == ' ')
        j++;
    return j - i;
}

/* Parse an Arabic or Chinese small integer at s[i]; returns bytes (0 none).
 * Spaces after the number are included (as in "2026 年"). */
static size_t small_int(const char *s, size_t i, size_t end, int *v)
{
    size_t j;
    zb_numeral n;
    if (i < end && s[i] >= '0' && s[i] <= '9')
        return ascii_int(s, i, end, v);
    /* A Chinese numeral small_int takes starts with a Chinese digit
     * (〇零一-九两), 十, or the 百 of 百分之: zb_numeral_parse gives no
     * other first character a value from 1 to 100 (千万分之一 is 0, and
     * every caller wants 1 or more). The table of first characters says,
     * without a call. */
    const unsigned char *u = (const unsigned char *)s + i;
    unsigned c0, r;
    if (i >= end || end - i < 3 || (u[0] & 0xF0) != 0xE0)
        return 0;
    r = first_rule_of(u, &c0);
    if (r != R_DIGIT && r != R_LIANG && r != R_SHI && c0 != 0x767E /* 百 */)
        return 0;
    size_t k = zb_numeral_parse(s + i, end - i, &n);
    if (!k || !(n.form & ZB_NUMERAL_CHINESE) || (n.form & ZB_NUMERAL_DECIMAL) || n.value > 100)
        return 0;
    *v = (int)n.value;
    j = i + k;
    while (j < end && s[j] == ' ')
        j++;
    return j - i;
}

/* The period strings are built by hand: snprintf cost more than the rest
 * of a successful match.  put_y writes "%04d" and put_m "-%02d" for the
 * ranges they are given (fmt_ok); anything else still goes to snprintf. */
static int fmt_ok(int y, int m)
{
    return y >= 0 && y <= 9999 && m >= 0 && m <= 99;
}

static char *put_y(char *o, int y)
{
    o[0] = (char)('0' + y / 1000);
    o[1] = (char)('0' + y / 100 % 10);
    o[2] = (char)('0' + y / 10 % 10);
    o[3] = (char)('0' + y % 10);
    return o + 4;
}

static char *put_m(char *o, int m)
{
    o[0] = '-';
    o[1] = (char)('0' + m / 10);
    o[2] = (char)('0' + m % 10);
    return o + 3;
}

/* p->s = "%04d" of y */
static void fmt_year(xperiod *p, int y)
{
    if (fmt_ok(y, 0))
        *put_y(p->s, y) = 0;
    else
        snprintf(p->s, sizeof p->s, "%04d", y);
}

/* p->s = "%04d-%02d" of y, m */
static void fmt_month(xperiod *p, int y, int m)
{
    if (fmt_ok(y, m))
        *put_m(put_y(p->s, y), m) = 0;
    else
        snprintf(p->s, sizeof p->s, "%04d-%02d", y, m);
}

/* p->s = "%04d/%04d" of y1, y2 (a span of whole years) */
static void fmt_years(xperiod *p, int y1, int y2)
{
    if (fmt_ok(y1, 0) && fmt_ok(y2, 0)) {
        char *o = put_y(p->s, y1);
        *o++ = '/';
        *put_y(o, y2) = 0;
    } else {
        snprintf(p->s, sizeof p->s, "%04d/%04d", y1, y2);
    }
}

static void set_year(xperiod *p, int y)
{
    p->set = 1;
    fmt_year(p, y);
    p->end_y = y;
    p->end_m = 12;
    p->year_only = 1;
}

static void set_month(xperiod *p, int y, int m)
{
    p->set = 1;
    fmt_month(p, y, m);
    p->end_y = y;
    p->end_m = m;
}

static void set_interval(xperiod *p, int y1, int m1, int y2, int m2)
{
    p->set = 1;
    if (y1 == y2 && m1 == 1 && m2 == 12)
        fmt_year(p, y1);
    else if (y1 == y2 && m1 == m2)
        fmt_month(p, y1, m1);
    else if (fmt_ok(y1, m1) && fmt_ok(y2, m2)) {
        char *o = put_m(put_y(p->s, y1), m1);
        *o++ = '/';
        *put_m(put_y(o, y2), m2) = 0;
    } else
        snprintf(p->s, sizeof p->s, "%04d-%02d/%04d-%02d", y1, m1, y2, m2);
    p->end_y = y2;
    p->end_m = m2;
}

/* N年来, 近N年, 过去N年 (v years back from publication). In a text of
 * January-March the years just closed are meant, whole (a work report's
 * 过去五年 in January 2026: 2021/2025, 一年来: 2025); later in the year
 * the interval runs from the publication month N years back (5年来 in
 * June 2022: 2017-06/2022-06). Either frames its section. */
static void recent_years(xperiod *p, int v, int pub_y, int pub_m)
{
    if (pub_m >= 1 && pub_m <= 3 && v == 1) {
        set_year(p, pub_y - 1);
    } else if (pub_m >= 1 && pub_m <= 3) {
        p->set = 1;
        fmt_years(p, pub_y - v, pub_y - 1);
        p->end_y = pub_y - 1;
        p->end_m = 12;
        p->year_only = 0;
    } else {
        set_interval(p, pub_y - v, pub_m, pub_y, pub_m);
        p->year_only = 0;
    }
    p->framing = 1;
}

/* After the year y1 (s[j], past its digits): the end of a span of whole
 * years, "—2025年", "-2025年", "至2025年", "年至2025年", "年—2025年"
 * (a later year within twenty, then 年). Sets p; returns the bytes from j
 * (0: none, p untouched). */
static size_t years_to(const char *s, size_t j, size_t end, int y1, xperiod *p)
{
    size_t k = j, a;
    int y2 = 0, nd = 0;
    if ((a = xat(s, k, end, "年")))
        k += a;
    if (k < end && (s[k] == '-' || s[k] == '~'))
        k++;
    else if ((a = xat(s, k, end, "—")) || (a = xat(s, k, end, "～")) || (a = xat(s, k, end, "至")) ||
             (a = xat(s, k, end, "到")))
        k += a;
    else
        return 0;
    if ((a = xat(s, k, end, "—"))) /* (——) */
        k += a;
    for (; nd < 4 && k < end && s[k] >= '0' && s[k] <= '9'; nd++, k++)
        y2 = y2 * 10 + (s[k] - '0');
    if (nd != 4 || (k < end && s[k] >= '0' && s[k] <= '9') || y2 <= y1 || y2 > y1 + 20 ||
        !(a = xat(s, k, end, "年")) || (k + a < end && s[k + a] >= '0' && s[k + a] <= '9'))
        return 0; /* (not 2025年至2026年3月) */
    p->set = 1;
    fmt_years(p, y1, y2);
    p->end_y = y2;
    p->end_m = 12;
    p->year_only = 0;
    return k + a - j;
}

/* suffix: "H1", "H2", "Q1" ... "Q4" */
static void set_part(xperiod *p, int y, const char *suffix, int end_m)
{
    p->set = 1;
    if (fmt_ok(y, 0)) {
        char *o = put_y(p->s, y);
        o[0] = '-';
        o[1] = suffix[0];
        o[2] = suffix[1];
        o[3] = 0;
    } else {
        snprintf(p->s, sizeof p->s, "%04d-%s", y, suffix);
    }
    p->end_y = y;
    p->end_m = end_m;
}

/* After a half or a quarter at s[k]: 度 of 上半年度 goes with it; 末 or
 * 底 (一季度末, 上半年末) makes it the point at its end, that month.
 * Returns where the word ends. */
static size_t half_tail(const char *s, size_t k, size_t end, int y, xperiod *p)
{
    size_t a;
    if ((a = xat(s, k, end, "度")))
        k += a;
    if ((a = xat(s, k, end, "末")) || (a = xat(s, k, end, "底"))) {
        set_month(p, y, p->end_m);
        p->year_only = 0;
        k += a;
    }
    return k;
}

/* 前 or 首 and the part of the year they open, at s[i]: 首季(度) and
 * 前一季(度) the first quarter, 前两季(度) and 首半年 the first half,
 * 前三季(度) and 首三季 January to September, 前N个月, 首N个月 and 前N月
 * January to month N (比前一季度 is a base: the caller). Returns bytes
 * consumed (0: none, p untouched). */
static size_t first_part(const char *s, size_t i, size_t end, int y, xperiod *p)
{
    size_t j = i + 3, n, a;
    int m;
    if ((n = xat(s, j, end, "半年"))) {
        set_part(p, y, "H1", 6);
        return half_tail(s, j + n, end, y, p) - i;
    }
    if ((n = xat(s, j, end, "季"))) { /* 首季, 首季度 (not 前季) */
        if (!xat(s, i, end, "首"))
            return 0;
        set_part(p, y, "Q1", 3);
        return half_tail(s, j + n, end, y, p) - i;
    }
    if (!(n = small_int(s, j, end, &m)))
        return 0;
    j += n;
    if (m >= 1 && m <= 4 && (a = xat(s, j, end, "季"))) {
        if (m == 1)
            set_part(p, y, "Q1", 3);
        else if (m == 2)
            set_part(p, y, "H1", 6);
        else if (m == 3)
            set_interval(p, y, 1, y, 9);
        else
            set_year(p, y);
        return half_tail(s, j + a, end, y, p) - i;
    }
    if (m >= 1 && m <= 12 && (a = xat(s, j, end, "个月"))) {
        set_interval(p, y, 1, y, m);
        return j + a - i;
    }
    /* 前5月: the same without the classifier (a headline's short form) */
    if (m >= 2 && m <= 12 && (a = xat(s, j, end, "月")) && !xat(s, j + a, end, "份")) {
        set_interval(p, y, 1, y, m);
        return j + a - i;
    }
    return 0;
}

/* Parts of a year after a year word: 上半年, 一季度, 前三季度, M-N月 ...
 * Returns bytes consumed (0: none, p untouched). known_n, when not 0, is
 * small_int at i, already read (value known_v). */
static size_t year_part_n(const char *s, size_t i, size_t end, int y, xperiod *p, size_t known_n,
                          int known_v)
{
    static const char *const q[] = {"一", "二", "三", "四"};
    size_t n, j = i, adv;
    int m1, m2, ordinal = 0;
    if (i >= end)
        return 0;
    /* The first character picks the forms worth trying: 上/下 (半年), 前
     * (三季度, N个月, N月), 第, 一-四 or 1-4 (季度); any other can only
     * start a month number (small_int). */
    switch (xcp(s, i, end, &adv)) {
    case 0x4E0A: /* 上 */
        if (!(n = xat(s, j, end, "上半年")))
            return 0;
        set_part(p, y, "H1", 6);
        return half_tail(s, i + n, end, y, p) - i;
    case 0x4E0B: /* 下 */
        if (!(n = xat(s, j, end, "下半年")))
            return 0;
        set_part(p, y, "H2", 12);
        return half_tail(s, i + n, end, y, p) - i;
    case 0x9996: /* 首: the first part of the year (Hong Kong, Macau, Taiwan usage) */
    case 0x524D: /* 前 */
        return first_part(s, i, end, y, p);
    case 0x7B2C: /* 第 */
        j += 3;
        ordinal = 1;
        /* fall through */
    case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: /* 一二三四 */
    case '1': case '2': case '3': case '4':
        for (int k = 0; k < 4; k++) {
            size_t a = xat(s, j, end, q[k]);
            if (!a && j < end && s[j] == '1' + k)
                a = 1;
            /* 一季度, 第一季度; 第一季, 三季末 (Hong Kong, Macau, Taiwan usage) */
            if (a && ((n = xat(s, j + a, end, "季度")) ||
                      ((ordinal || xat(s, j + a + 3, end, "末") || xat(s, j + a + 3, end, "底")) &&
                       (n = xat(s, j + a, end, "季"))))) {
                char suf[4] = {'Q', (char)('1' + k), 0, 0};
                set_part(p, y, suf, 3 * (k + 1));
                return half_tail(s, j + a + n, end, y, p) - i;
            }
        }
        if (ordinal)
            return 0;
        break;
    default:
        break;
    }
    if (j == i && known_n)
        n = known_n, m1 = known_v;
    else
        n = small_int(s, j, end, &m1);
    if (n && m1 >= 1 && m1 <= 12) {
        size_t k = j + n, a;
        if ((a = xat(s, k, end, "月")))
            k += a;
        if ((k < end && (s[k] == '-' || s[k] == '~')) || (a = xat(s, k, end, "至")) ||
            (a = xat(s, k, end, "到")) || (a = xat(s, k, end, "—")) || (a = xat(s, k, end, "～"))) {
            size_t k2 = k + ((s[k] == '-' || s[k] == '~') ? 1 : a), n2;
            if ((n2 = small_int(s, k2, end, &m2)) && m2 > m1 && m2 <= 12 &&
                (a = xat(s, k2 + n2, end, "月"))) {
                set_interval(p, y, m1, y, m2);
                return k2 + n2 + a - i;
            }
        }
        if (k > j + n) { /* "M月" */
            size_t n2;
            int d;
            set_month(p, y, m1);
            if ((n2 = small_int(s, k, end, &d)) && d >= 1 && d <= 31 &&
                ((a = xat(s, k + n2, end, "日")) || (a = xat(s, k + n2, end, "号"))))
                k += n2 + a;
            if ((a = xat(s, k, end, "份")))
                k += a;
            if ((a = xat(s, k, end, "底")) || (a = xat(s, k, end, "末")) ||
                (a = xat(s, k, end, "初")) || (a = xat(s, k, end, "中旬")) ||
                (a = xat(s, k, end, "上旬")) || (a = xat(s, k, end, "下旬")))
                k += a;
            return k - i;
        }
    }
    return 0;
}

/* year_part_n with nothing read yet. */
static size_t year_part(const char *s, size_t i, size_t end, int y, xperiod *p)
{
    return year_part_n(s, i, end, y, p, 0, 0);
}

/* "以来" after a start: the interval from the start to publication. */
static size_t since(const char *s, size_t i, size_t end, int y, int m, int pub_y, int pub_m,
                    xperiod *p)
{
    size_t a;
    if ((a = xat(s, i, end, "以来")) || (a = xat(s, i, end, "来"))) {
        if (y * 12 + m <= pub_y * 12 + pub_m) {
            set_interval(p, y, m, pub_y, pub_m);
            p->year_only = 0;
            p->framing = 1;
        }
        return a;
    }
    return 0;
}

/* Can the text after a number at s[k] continue a time expression that
 * starts with that number: '-', '~', 年, 月, 季, 至, 到, — or ～?  Most
 * numbers (12.5%, 300亿元, 5个) stop here. */
XINLINE int date_tail(const char *s, size_t k, size_t end)
{
    if (k >= end)
        return 0;
    if ((unsigned char)s[k] < 0x80) /* (12.5%, 3,000: most numbers) */
        return s[k] == '-' || s[k] == '~';
    return xat(s, k, end, "年") || xat(s, k, end, "月") || xat(s, k, end, "季") ||
           xat(s, k, end, "至") || xat(s, k, end, "到") || xat(s, k, end, "—") ||
           xat(s, k, end, "～");
}

/* A time expression starting with a digit: Y年..., Y-M-D, N年来, M月...
 * Every form reads the number first: xperiod_at did (small_int: n bytes,
 * value v) and saw date_tail after it. */
static NOINLINE size_t period_digits(const char *s, size_t i, size_t end, int pub_y, int pub_m,
                            int ctx_year, xperiod *p, size_t n, int v)
{
    xperiod t;
    size_t j, a;
    int y = ctx_year ? ctx_year : pub_y;
    memset(&t, 0, sizeof t);
    /* Y年..., Y-M-D */
    if (v >= 1900 && v <= 2100) {
        j = i + n;
        if (j + 5 < end && s[j] == '-' && s[j + 1] >= '0' && s[j + 1] <= '9') {
            int mm = 0, k = 1;
            while (j + k < end && s[j + k] >= '0' && s[j + k] <= '9' && k < 4)
                mm = mm * 10 + (s[j + k++] - '0');
            if (mm >= 1 && mm <= 12 && j + k < end && s[j + k] == '-') {
                set_month(&t, v, mm);
                j += k + 1;
                while (j < end && s[j] >= '0' && s[j] <= '9')
                    j++;
                *p = t;
                return j - i;
            }
        }
        /* 2021-2025年, 2021—2025年, 2021年至2025年 */
        if ((a = years_to(s, j, end, v, &t))) {
            *p = t;
            return j + a - i;
        }
        if (!(a = xat(s, j, end, "年")))
            return 0;
        j += a;
        while (j < end && s[j] == ' ')
            j++;
        if ((a = year_part(s, j, end, v, &t))) {
            j += a;
            int em = t.end_m;
            if (t.s[4] == '-' && t.s[7] == 0) { /* Y-MM: maybe "以来" */
                size_t b = since(s, j, end, v, em, pub_y, pub_m, &t);
                j += b;
            }
            *p = t;
            return j - i;
        }
        if ((a = xat(s, j, end, "以来"))) {
            set_interval(&t, v, 1, pub_y, pub_m);
            t.framing = 1;
            *p = t;
            return j + a - i;
        }
        set_year(&t, v);
        if ((a = xat(s, j, end, "度")) || (a = xat(s, j, end, "底")) ||
            (a = xat(s, j, end, "末")) || (a = xat(s, j, end, "初")))
            j += a;
        *p = t;
        return j - i;
    }
    /* N年来 / N年以来 / N年间 */
    if (v >= 1 && v <= 50 && (a = xat(s, i + n, end, "年"))) {
        size_t b;
        j = i + n + a;
        if ((b = xat(s, j, end, "来")) || (b = xat(s, j, end, "以来")) ||
            (b = xat(s, j, end, "间"))) {
            recent_years(&t, v, pub_y, pub_m);
            *p = t;
            return j + b - i;
        }
        return 0;
    }
    /* M月..., M-N月 */
    if ((a = year_part_n(s, i, end, y, &t, n, v))) {
        if (!ctx_year && t.end_y == pub_y && t.end_m > pub_m && t.s[4] == '-' &&
            t.s[5] != 'H' && t.s[5] != 'Q' && !strchr(t.s, '/'))
            set_month(&t, pub_y - 1, t.end_m); /* "12月" in a January article */
        j = i + a;
        if (t.s[4] == '-' && t.s[7] == 0)
            j += since(s, j, end, t.end_y, t.end_m, pub_y, pub_m, &t);
        /* 9月当月, 9月单月: that month itself */
        if (t.s[4] == '-' && t.s[7] == 0 && ((a = xat(s, j, end, "当月")) || (a = xat(s, j, end, "单月"))))
            j += a;
        *p = t;
        return j - i;
    }
    return 0;
}

/* The forms of a time word, as flags: which ones a first character can
 * start (xperiod_at picks them, period_words tries them in this order). */
enum {
    PW_MONTH = 1,    /* 上月 本月 当月 */
    PW_CNYEAR = 2,   /* 二〇二三年 */
    PW_REL = 4,      /* 今年 去年 ... (with 年 second) */
    PW_WHOLE = 8,    /* 全年 年内 年初 年底 年末 春季 ...: the word is the whole match */
    PW_PART = 16,    /* year_part: 上半年 一季度 前5个月 三月 ... */
    PW_ASOF = 32,    /* 截至 截止 */
    PW_RECENT = 64,  /* 近 过去 这 最近 */
    PW_PLAN = 128,   /* 十四五, “十四五”, 十年来 */
    PW_NUM = 256,    /* 五年来 */
    PW_NOW = 512     /* 目前 当前 现有 现已 如今 眼下 */
};

/* A time expression starting with a word (c0, c1 its first two characters,
 * f the forms c0 can start). */
static NOINLINE size_t period_words(const char *s, size_t i, size_t end, int pub_y, int pub_m,
                           int ctx_year, xperiod *p, unsigned c0, unsigned c1, unsigned f)
{
    xperiod t;
    size_t n, j, a, ns = 0;
    int y = ctx_year ? ctx_year : pub_y, v, vs = 0;
    memset(&t, 0, sizeof t);

    /* 上月, 本月, 当月 */
    if ((f & PW_MONTH) && c1 == 0x6708) {
        int back = c0 == 0x4E0A; /* 上月 */
        int yy = pub_y, mm = pub_m - back;
        a = 6;
        if (mm < 1) {
            mm += 12;
            yy--;
        }
        set_month(&t, yy, mm);
        if ((n = xat(s, i + a, end, "份")))
            a += n;
        *p = t;
        return a;
    }
    /* 二〇二三年: a year in Chinese digits */
    if (f & PW_CNYEAR) {
        int y = 0, k = 0;
        size_t adv, j = i;
        for (; k < 4 && j < end; k++) {
            int dg = year_digit(xcp(s, j, end, &adv));
            if (dg < 0)
                break;
            y = y * 10 + dg;
            j += adv;
        }
        if (k == 4 && y >= 1900 && y <= 2100 && (a = xat(s, j, end, "年"))) {
            j += a;
            if ((n = year_part(s, j, end, y, &t)))
                j += n;
            else
                set_year(&t, y);
            *p = t;
            return j - i;
        }
    }
    /* 今年 本年 当年 去年 上年 明年 前年 后年 */
    if ((f & PW_REL) && c1 == 0x5E74) {
        int dy = 0;
        /* 建成后年产值, 投产后年销售收入: 后 "after" ends a clause of when,
         * 年 starts what is measured (a verb of completion before 后) */
        if (c0 == 0x540E && i >= 3 && ((unsigned char)s[i - 3] & 0xF0) == 0xE0 &&
            (!memcmp(s + i - 3, "产", 3) || !memcmp(s + i - 3, "成", 3) || !memcmp(s + i - 3, "工", 3) ||
             !memcmp(s + i - 3, "运", 3) || !memcmp(s + i - 3, "用", 3) || !memcmp(s + i - 3, "效", 3) ||
             !memcmp(s + i - 3, "营", 3) || !memcmp(s + i - 3, "业", 3)))
            return 0;
        switch (c0) {
        case 0x53BB: case 0x4E0A: dy = -1; break; /* 去上 */
        case 0x660E: dy = 1; break;               /* 明 */
        case 0x524D: dy = -2; break;              /* 前 */
        case 0x540E: dy = 2; break;               /* 后 */
        default: dy = 0; break;                   /* 今本当 */
        }
        int yy = pub_y + dy;
        j = i + 6;
        if (dy == 0 && (n = xat(s, j, end, "以来"))) {
            set_interval(&t, yy, 1, pub_y, pub_m);
            t.framing = 0;
            *p = t;
            return j + n - i;
        }
        if (xat(s, j, end, "同期"))
            return 0; /* 去年同期: a comparison base, not the figure's period */
        if ((n = year_part(s, j, end, yy, &t))) {
            j += n;
            if (t.s[4] == '-' && t.s[7] == 0)
                j += since(s, j, end, yy, t.end_m, pub_y, pub_m, &t);
            *p = t;
            return j - i;
        }
        set_year(&t, yy);
        if ((n = xat(s, j, end, "初")) || (n = xat(s, j, end, "底")) ||
            (n = xat(s, j, end, "末")) || (n = xat(s, j, end, "伊始")))
            j += n;
        *p = t;
        return j - i;
    }
    /* 全年 年内 年初 年底 年末 春季 夏季 秋季 冬季 (xperiod_at checked c1) */
    if (f & PW_WHOLE) {
        set_year(&t, y);
        *p = t;
        return 6;
    }
    /* A number (一, 十二, 两) is read once here for year_part, 十年来 and
     * 五年来; year_part needs it followed by 月, 季 or a range mark. */
    if (f & (PW_NUM | PW_PLAN))
        ns = small_int(s, i, end, &vs);
    if ((f & PW_PART) && (!(f & (PW_NUM | PW_PLAN)) || (ns && date_tail(s, i + ns, end))) &&
        (a = year_part_n(s, i, end, y, &t, ns, vs))) {
        *p = t;
        return a;
    }
    if ((f & PW_ASOF) && ((a = xat(s, i, end, "截至")) || (a = xat(s, i, end, "截止")))) {
        j = i + a;
        if ((n = xat(s, j, end, "到")) || (n = xat(s, j, end, "于")))
            j += n;
        while (j < end && s[j] == ' ')
            j++;
        /* (截至记者发稿时, 截至今天: the time of writing) */
        if ((n = xat(s, j, end, "记者")) || (n = xat(s, j, end, "本报")))
            j += xat(s, j + n, end, "发稿") ? n : 0;
        if ((n = xat(s, j, end, "目前")) || (n = xat(s, j, end, "当前")) ||
            (n = xat(s, j, end, "现在")) || (n = xat(s, j, end, "发稿时")) || (n = xat(s, j, end, "发稿前")) ||
            (n = xat(s, j, end, "今天")) || (n = xat(s, j, end, "今日"))) {
            set_month(&t, pub_y, pub_m);
            t.present = 1;
            *p = t;
            return j + n - i;
        }
        if ((n = xperiod_at(s, j, end, pub_y, pub_m, ctx_year, &t)) && t.set == 1) {
            if (t.year_only)
                set_month(&t, t.end_y, 12);
            else if (strchr(t.s, '/') || t.s[5] == 'H' || t.s[5] == 'Q')
                set_month(&t, t.end_y, t.end_m);
            t.asof = 1;
            t.year_only = 0;
            *p = t;
            return j + n - i;
        }
        return 0;
    }
    if ((f & PW_RECENT) &&
        ((a = xat(s, i, end, "近")) || (a = xat(s, i, end, "过去")) || (a = xat(s, i, end, "这")) ||
         (a = xat(s, i, end, "最近")))) {
        j = i + a;
        /* 过去的一年, 过去一年: the year before publication */
        if (a == 6 && ((n = xat(s, j, end, "的一年")) || (n = xat(s, j, end, "一年")))) {
            set_year(&t, pub_y - 1);
            *p = t;
            return a + n;
        }
        if (a == 6 && (n = xat(s, j, end, "的"))) /* 过去的五年 */
            j += n;
        if ((n = small_int(s, j, end, &v)) && v >= 1 && v <= 50 && (a = xat(s, j + n, end, "年")) &&
            !xat(s, j + n + a, end, "级")) {
            j += n + a;
            if ((n = xat(s, j, end, "来")) || (n = xat(s, j, end, "间")))
                j += n;
            recent_years(&t, v, pub_y, pub_m);
            *p = t;
            return j - i;
        }
        return 0;
    }
    if (f & PW_PLAN) { /* 十, “十 */
        static const struct { const char *w; int y1; } plans[] = {
            {"十二五", 2011}, {"十三五", 2016}, {"十四五", 2021}, {"十五五", 2026}, {NULL, 0}};
        j = i + (c0 == 0x201C ? 3 : 0);
        for (int k = 0; plans[k].w; k++) {
            if ((a = xat(s, j, end, plans[k].w))) {
                j += a;
                if ((n = xat(s, j, end, "”")))
                    j += n;
                /* “十五五”(规划的)开局之年, 收官之年: that year */
                size_t o = j + xat(s, j, end, "规划");
                o += xat(s, o, end, "的");
                if ((n = xat(s, j, end, "末")) || (n = xat(s, j, end, "期末"))) {
                    set_year(&t, plans[k].y1 + 4);
                    j += n;
                } else if ((n = xat(s, o, end, "收官之年")) || (n = xat(s, o, end, "收官年"))) {
                    set_year(&t, plans[k].y1 + 4);
                    j = o + n;
                } else if ((n = xat(s, o, end, "开局之年")) || (n = xat(s, o, end, "开局年")) ||
                           (n = xat(s, o, end, "起步之年"))) {
                    set_year(&t, plans[k].y1);
                    j = o + n;
                } else {
                    t.set = 1;
                    fmt_years(&t, plans[k].y1, plans[k].y1 + 4);
                    t.end_y = plans[k].y1 + 4;
                    t.end_m = 12;
                    /* “十四五”时期, 期间: frames its section, as 五年来 */
                    if ((n = xat(s, j, end, "期间")) || (n = xat(s, j, end, "时期"))) {
                        j += n;
                        t.framing = 1;
                    } else if ((n = xat(s, j, end, "以来"))) {
                        /* (a plan over before the text: its years, 2021/2025) */
                        if (plans[k].y1 + 4 >= pub_y)
                            set_interval(&t, plans[k].y1, 1, pub_y, pub_m);
                        t.framing = 1;
                        j += n;
                    }
                }
                *p = t;
                return j - i;
            }
        }
        /* Chinese "十年来" (ns: small_int at i, 0 after “) */
        if (ns && vs >= 2 && vs <= 50 && (a = xat(s, i + ns, end, "年")) &&
            ((j = xat(s, i + ns + a, end, "来")) || (j = xat(s, i + ns + a, end, "以来")) ||
             (j = xat(s, i + ns + a, end, "间")))) {
            recent_years(&t, vs, pub_y, pub_m);
            *p = t;
            return ns + a + j;
        }
        return 0;
    }
    /* Chinese "五年来" */
    if ((f & PW_NUM) && ns && vs >= 2 && vs <= 10 && (a = xat(s, i + ns, end, "年")) &&
        ((j = xat(s, i + ns + a, end, "来")) || (j = xat(s, i + ns + a, end, "以来")) ||
         (j = xat(s, i + ns + a, end, "间")))) {
        recent_years(&t, vs, pub_y, pub_m);
        *p = t;
        return ns + a + j;
    }
    if ((f & PW_NOW) &&
        ((a = xat(s, i, end, "目前")) || (a = xat(s, i, end, "当前")) ||
         (a = xat(s, i, end, "现有")) || (a = xat(s, i, end, "现已")) ||
         (a = xat(s, i, end, "如今")) || (a = xat(s, i, end, "眼下")))) {
        set_month(&t, pub_y, pub_m);
        t.present = 1;
        *p = t;
        return a;
    }
    return 0;
}

/* What xperiod_at asks of the second character c1 after a first one. */
enum {
    NX_SET,     /* one of the rule's c1[] */
    NX_START,   /* num_start(c1) (a number for small_int) or one of the non-zero c1[] */
    NX_NUMBER,  /* number_next(c1) */
    NX_ORDINAL  /* 一二三四 (c1[]) or 1-4 */
};

/* A first character of a time word: the forms it can start (PW_*) and
 * what every one of them needs next (上: 上月, 上年 or 上半年). */
typedef struct first_rule {
    unsigned short forms, next;
    unsigned short c1[4]; /* NX_SET, NX_ORDINAL: the second characters (repeats pad);
                           * NX_START: those besides a number (0 pads) */
} first_rule;

static const first_rule RULES[] = {
    [R_NONE] = {0, NX_SET, {0, 0, 0, 0}}, /* (never tested) */
    [R_REL] = {PW_REL, NX_SET, {0x5E74, 0x5E74, 0x5E74, 0x5E74}},                  /* 今去明后 + 年 */
    [R_BEN] = {PW_MONTH | PW_REL, NX_SET, {0x6708, 0x5E74, 0x5E74, 0x5E74}},       /* 本月 本年 */
    [R_DANG] = {PW_MONTH | PW_REL | PW_NOW, NX_SET, {0x6708, 0x5E74, 0x524D, 0x524D}}, /* 当月 当年 当前 */
    [R_SHANG] = {PW_MONTH | PW_REL | PW_PART, NX_SET, {0x6708, 0x5E74, 0x534A, 0x534A}}, /* 上月 上年 上半年 */
    [R_XIA] = {PW_PART, NX_SET, {0x534A, 0x534A, 0x534A, 0x534A}},                 /* 下半年 */
    [R_QIAN] = {PW_REL | PW_PART, NX_START, {0x5E74, 0x534A, 0, 0}},               /* 前年 前半年 前三季度 前5个月 */
    [R_DI] = {PW_PART, NX_ORDINAL, {0x4E00, 0x4E8C, 0x4E09, 0x56DB}},              /* 第一季度 第1季度 */
    [R_QUAN] = {PW_WHOLE, NX_SET, {0x5E74, 0x5E74, 0x5E74, 0x5E74}},               /* 全年 */
    [R_NIAN] = {PW_WHOLE, NX_SET, {0x5185, 0x521D, 0x5E95, 0x672B}},               /* 年内 年初 年底 年末 */
    [R_SEASON] = {PW_WHOLE, NX_SET, {0x5B63, 0x5B63, 0x5B63, 0x5B63}},             /* 春季 夏季 秋季 冬季 */
    [R_JIE] = {PW_ASOF, NX_SET, {0x81F3, 0x6B62, 0x6B62, 0x6B62}},                 /* 截至 截止 */
    [R_JIN] = {PW_RECENT, NX_START, {0, 0, 0, 0}},                                 /* 近5年, 这10年 */
    [R_GUO] = {PW_RECENT, NX_SET, {0x53BB, 0x53BB, 0x53BB, 0x53BB}},               /* 过去 */
    [R_ZUI] = {PW_RECENT, NX_SET, {0x8FD1, 0x8FD1, 0x8FD1, 0x8FD1}},               /* 最近 */
    [R_SHI] = {PW_PART | PW_PLAN, NX_NUMBER, {0, 0, 0, 0}},                        /* 十 */
    [R_QUOTE] = {PW_PLAN, NX_SET, {0x5341, 0x5341, 0x5341, 0x5341}},               /* “十 */
    [R_MU] = {PW_NOW, NX_SET, {0x524D, 0x524D, 0x524D, 0x524D}},                   /* 目前 */
    [R_XIAN] = {PW_NOW, NX_SET, {0x6709, 0x5DF2, 0x5DF2, 0x5DF2}},                 /* 现有 现已 */
    [R_RU] = {PW_NOW, NX_SET, {0x4ECA, 0x4ECA, 0x4ECA, 0x4ECA}},                   /* 如今 */
    [R_YAN] = {PW_NOW, NX_SET, {0x4E0B, 0x4E0B, 0x4E0B, 0x4E0B}},                  /* 眼下 */
    [R_DIGIT] = {PW_CNYEAR | PW_PART | PW_NUM, NX_NUMBER, {0, 0, 0, 0}},           /* 〇零一-九 */
    [R_LIANG] = {PW_PART | PW_NUM, NX_NUMBER, {0, 0, 0, 0}},                       /* 两 */
    [R_SHOU] = {PW_PART, NX_START, {0x5B63, 0x534A, 0, 0}},                        /* 首季 首三季 首半年 首5个月 */
};

/* The first test of xperiod_at, without decoding: a bit for every pair
 * of a first character c0 and a second c1 that its rule accepts, at row
 * c0 & 255 and column c1 & 255 (of an ASCII c1, the byte; of a
 * three-byte character, from its last two bytes). Pairs that share a row
 * and a column share the bit, so a set bit only says "maybe" (the rule's
 * test follows); a clear one is a sure no, for nearly every pair of Han
 * characters, after one load (8 KB: few first characters share a row).
 * Built once (pair_build). */
uint64_t xperiod_pair[256][4];
#define PAIR xperiod_pair
static pthread_once_t pair_once = PTHREAD_ONCE_INIT;
static atomic_int pair_ready;

static void pair_set(unsigned c0, unsigned c1)
{
    PAIR[c0 & 255][(c1 & 255) >> 6] |= (uint64_t)1 << (c1 & 63);
}

static void years_build(void);

static void pair_build(void)
{
    years_build(); /* (xyears_of's filters, built with PAIR) */
    static const unsigned quick[] = {' ', '-', '~', 0x3007, 0x2014, 0xFF5E}; /* number_next's others */
    unsigned num[64], nnum = 0, start[64], nstart = 0;
    for (unsigned c1 = FIRST_LO; c1 < FIRST_LO + sizeof RULE_OF; c1++) {
        if (number_next(c1) && nnum < 64)
            num[nnum++] = c1;
        if (c1 != '0' && num_start(c1) && nstart < 64)
            start[nstart++] = c1;
    }
    start[nstart++] = 0x3007; /* 〇 (below FIRST_LO) */
    /* (the first characters: those of RULE_OF's range, then “ 〇 首 outside it) */
    static const unsigned outside[] = {0x201C, 0x3007, 0x9996};
    for (size_t k = 0; k < sizeof RULE_OF + 3; k++) {
        unsigned c0 = k < sizeof RULE_OF ? FIRST_LO + (unsigned)k : outside[k - sizeof RULE_OF];
        unsigned char u[3] = {(unsigned char)(0xE0 | (c0 >> 12)), (unsigned char)(0x80 | ((c0 >> 6) & 0x3F)),
                              (unsigned char)(0x80 | (c0 & 0x3F))};
        unsigned c, r = first_rule_of(u, &c);
        const first_rule *fr = &RULES[r];
        if (r == R_NONE)
            continue;
        if (fr->next == NX_START) {
            for (unsigned c1 = '0'; c1 <= '9'; c1++)
                pair_set(c0, c1);
            for (unsigned k = 0; k < nstart; k++)
                pair_set(c0, start[k]);
            for (unsigned k = 0; k < 4; k++)
                if (fr->c1[k])
                    pair_set(c0, fr->c1[k]);
        } else if (fr->next == NX_NUMBER) {
            for (unsigned k = 0; k < nnum; k++)
                pair_set(c0, num[k]);
            for (size_t k = 0; k < sizeof quick / sizeof quick[0]; k++)
                pair_set(c0, quick[k]);
        } else {
            for (unsigned k = 0; k < 4; k++)
                pair_set(c0, fr->c1[k]);
            if (fr->next == NX_ORDINAL)
                for (unsigned c1 = '1'; c1 <= '4'; c1++)
                    pair_set(c0, c1);
        }
    }
    atomic_store_explicit(&pair_ready, 1, memory_order_release);
}

void xperiod_tables(void)
{
    pthread_once(&pair_once, pair_build);
}

/* Can the characters at u (three-byte c0, i + 3 <= end) start a time
 * word, as far as PAIR knows (xperiod_pair_maybe)? 1 too while PAIR is
 * not built (the caller's next test builds it: han_first). */
static inline int pair_maybe(const unsigned char *u, size_t left)
{
    if (!atomic_load_explicit(&pair_ready, memory_order_acquire))
        return 1;
    return xperiod_pair_maybe(u, left);
}

/* xperiod_at where its first test passed: a digit with date_tail after
 * its number, or a first character and a second that its rule accepts.
 * It reads them again (the rare case), so that xperiod_at's rejections
 * call nothing. */
static NOINLINE size_t period_more(const char *s, size_t i, size_t end, int pub_y, int pub_m,
                                   int ctx_year, xperiod *p)
{
    const unsigned char *u = (const unsigned char *)s + i;
    size_t adv1, n;
    unsigned c0, c1;
    int v = 0;
    if (u[0] >= '0' && u[0] <= '9') {
        n = ascii_int(s, i, end, &v); /* small_int (not 0: xperiod_at saw it) */
        return period_digits(s, i, end, pub_y, pub_m, ctx_year, p, n, v);
    }
    unsigned forms = RULES[first_rule_of(u, &c0)].forms;
    c1 = i + 3 < end ? xcp(s, i + 3, end, &adv1) : 0;
    return period_words(s, i, end, pub_y, pub_m, ctx_year, p, c0, c1, forms);
}

/* xperiod_at at a digit: a time word when date_tail follows its number. */
static NOINLINE size_t digit_first(const char *s, size_t i, size_t end, int pub_y, int pub_m,
                                   int ctx_year, xperiod *p)
{
    size_t n;
    int v;
    n = ascii_int(s, i, end, &v); /* small_int */
    if (!n || !date_tail(s, i + n, end))
        return 0;
    return period_more(s, i, end, pub_y, pub_m, ctx_year, p);
}

/* xperiod_at at a three-byte character that PAIR let through: its rule
 * and the test of the second character. */
static NOINLINE size_t han_first(const char *s, size_t i, size_t end, int pub_y, int pub_m,
                                 int ctx_year, xperiod *p)
{
    const unsigned char *u = (const unsigned char *)s + i;
    size_t adv1 = 0;
    unsigned c0, c1;
    if (!atomic_load_explicit(&pair_ready, memory_order_acquire))
        pthread_once(&pair_once, pair_build); /* (the first call of the process) */
    unsigned r = first_rule_of(u, &c0);
    if (r == R_NONE)
        return 0;
    const first_rule *fr = &RULES[r];
    c1 = i + 3 < end ? xcp(s, i + 3, end, &adv1) : 0;
    if (fr->next == NX_NUMBER) {
        if (!number_next(c1))
            return 0;
        /* A one-character number and 年 (五年, 三年, 十年) start a time
         * word only as N年来 or N年以来: a year in Chinese digits needs
         * four, a part of a year (year_part) no 年 there. */
        if (c1 == 0x5E74 && !xat(s, i + 6, end, "来") && !xat(s, i + 6, end, "以"))
            return 0;
        return period_more(s, i, end, pub_y, pub_m, ctx_year, p);
    }
    if (fr->next == NX_START)
        return num_start(c1) || (c1 && (c1 == fr->c1[0] || c1 == fr->c1[1]))
                   ? period_more(s, i, end, pub_y, pub_m, ctx_year, p)
                   : 0;
    /* c1 one of fr->c1[0..3]: the four compared at once (a zero 16-bit
     * lane of x; the values are all below 0x10000) */
    uint64_t set, x, ones = 0x0001000100010001u;
    memcpy(&set, fr->c1, sizeof set);
    x = set ^ (ones * c1);
    int in_set = c1 <= 0xFFFF && ((x - ones) & ~x & (ones << 15));
    if (fr->next == NX_ORDINAL) /* 第一季度, 第1季度, 第一季: 季 third, or nothing */
        return (in_set || (c1 >= '1' && c1 <= '4')) && xat(s, i + 3 + adv1, end, "季")
                   ? period_more(s, i, end, pub_y, pub_m, ctx_year, p)
                   : 0;
    return in_set ? period_more(s, i, end, pub_y, pub_m, ctx_year, p) : 0;
}

/*
 * Recognise a time expression at s[i..end). ctx_year is the year named
 * last in the paragraph (0: none). Returns bytes consumed (0: none there;
 * *p is then untouched).
 *
 * The first two characters decide which forms can start here (most
 * positions: none), so only those are tried, in the usual order. The
 * first characters are those of xperiod_start, all three bytes long; a
 * table gives each one's rule (RULES): the forms it starts and the test
 * of the second character that every one of them needs; before it, PAIR
 * rules out most pairs of characters with one load. A digit starts a
 * time word only when date_tail follows its number (most do not: 12.5%,
 * 300亿元). Those tests call nothing; what passes them goes on in
 * period_more. (The tests past PAIR are out of line, digit_first and
 * han_first: the rejections here then need no stack frame.)
 */
size_t xperiod_at(const char *s, size_t i, size_t end, int pub_y, int pub_m, int ctx_year,
                    xperiod *p)
{
    const unsigned char *u = (const unsigned char *)s + i;
    if (i >= end || !pub_y)
        return 0;
    if (u[0] >= '0' && u[0] <= '9')
        return digit_first(s, i, end, pub_y, pub_m, ctx_year, p);
    if ((u[0] & 0xF0) != 0xE0 || end - i < 3)
        return 0; /* (not a three-byte character) */
    if (!pair_maybe(u, end - i))
        return 0;
    return han_first(s, i, end, pub_y, pub_m, ctx_year, p);
}

/* ------------------------------------------- figures of a span of years */

/* Is the span a year that qualifies the figure right after it, through
 * 的: "由2020年的168家增加到2025年的455家" (2020年末的, 2025年底的)? */
static int year_of_figure(const doc *d, const span *sp)
{
    size_t k = sp->e, a;
    if (sp->p.set != 1 || !sp->p.year_only || !(a = xat(d->s, k, d->n, "的")))
        return 0;
    k += a;
    while (k < d->n && d->s[k] == ' ')
        k++;
    return k < d->n && d->s[k] >= '0' && d->s[k] <= '9';
}

/* Such a year dates its figure only, not the clauses after it nor the
 * paragraph: a detail of the sentence (extract.c picks a detail for the
 * figures of its own clause only). */
void xyear_details(doc *d)
{
    for (size_t t = 0; t < d->nspans; t++)
        if (year_of_figure(d, &d->spans[t]))
            d->spans[t].detail = 1;
}

/* A level reached, for the end of a span of years (总数达到1186家, 比重
 * 提高到2.9%, 吞吐量达到2680万吨 under “十四五”时期 or 五年来)... */
static const wl W_LEVEL[] = {W("达到"), W("提高到"), W("提升到"), W("提高至"), W("提升至"), W("增加到"),
                             W("增至"), W("增长到"), W("上升到"), W("上升至"), W("升至"), W("扩大到"),
                             W("扩大至"), W("跃升至"), W("跃升到"), W("跃居"), W("突破"), W("总数"), W("总量"),
                             W("拥有"), W("降至"), W("降到"), W("下降到"), W("下降至"), W("稳定在"),
                             W("保持在"), W("控制在"), {NULL, 0}};
/* ... unless the clause counts over the span (累计突破, 新增, 年均) */
static const wl W_OVER[] = {W("累计"), W("新增"), W("新建"), W("年均"), W("完成"), W("引进"), W("净增"),
                            W("合计"), W("总计"), W("共计"), {NULL, 0}};
static xfirst F_LEVEL, F_OVER; /* (for xhas_any_f: pair_build makes them) */
static void years_build(void)
{
    xfirst_build(&F_LEVEL, W_LEVEL);
    xfirst_build(&F_OVER, W_OVER);
}

/* The period of figure f of a sentence, whose time word or frame gave
 * per, when a span of years changes it (into *out; returns 1):
 *  - a change between two stocks dated through 的 (由2020年的A增加到
 *    2025年的B,增长1.7倍 / 年均增长x%) covers the years between them,
 *    2021/2025 (as 年均增长 over 十三五 is 2016/2020);
 *  - a stock, level, share or rank reached under a span of whole years
 *    (2021/2025: 十四五时期, 2021—2025年, 五年来 in a January report) is
 *    that of its last year, 2025, the one it rose from (由A增加到B) of the
 *    year before the first, 2020; a flow or a growth keeps the span. */
int xyears_of(const doc *d, const fig *f, const xperiod *per, xperiod *out)
{
    const char *s = d->s;
    if (!per || per->set != 1)
        return 0;
    if (f->kind == ZB_KIND_GROWTH || f->kind == ZB_KIND_PP) {
        const span *a = NULL, *b = NULL;
        for (size_t t = 0; t < d->nspans && d->spans[t].e <= f->bs; t++)
            if (year_of_figure(d, &d->spans[t]))
                a = b, b = &d->spans[t];
        if (!a || per != &b->p || a->p.end_y >= b->p.end_y || b->p.end_y - a->p.end_y > 20)
            return 0;
        memset(out, 0, sizeof *out);
        if (a->p.end_y + 1 == b->p.end_y) {
            set_year(out, b->p.end_y);
        } else {
            out->set = 1;
            fmt_years(out, a->p.end_y + 1, b->p.end_y);
            out->end_y = b->p.end_y;
            out->end_m = 12;
        }
        return 1;
    }
    /* "2021/2025" */
    if (!xlen_is(per->s, 9) || per->s[4] != '/' || per->end_m != 12)
        return 0;
    int y = per->end_y;
    /* 由3.2万元增加到4.5万元: the stock the span starts from, of the year
     * before its first (2020) */
    if ((xends(s, f->cs, f->bs, "由") || xends(s, f->cs, f->bs, "从")) && f->be < f->ce &&
        (xhas(s, f->be, f->ce, "到") || xhas(s, f->be, f->ce, "至")))
        y = atoi(per->s) - 1;
    else if (!(xhas_any_f(s, f->cs, f->ns, W_LEVEL, &F_LEVEL) || xends(s, f->cs, f->bs, "达")) ||
             xhas_any_f(s, f->cs, f->ns, W_OVER, &F_OVER))
        return 0; /* (达 a verb right before the figure: not 达标率) */
    memset(out, 0, sizeof *out);
    set_year(out, y);
    return 1;
}
