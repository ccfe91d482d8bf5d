/*
 * numeral.c -- the numbers and units of Chinese economic prose.
 *
 * The one idea: a numeral is digits, then an optional run of scale words
 * that multiply it; everything is read left to right from one position
 * with no look-behind, so the extractor can call it at each candidate of a
 * single forward scan. The text is normalised first (full-width digits
 * and % are ASCII by then).
 *
 * Grammar accepted (sp = up to two ASCII spaces, as in "80 万平方米"):
 *
 *   numeral   = arabic [sp scales] | chinese | percent-of | fraction
 *   arabic    = DIGITS { "," DDD } [ "." DIGITS ]      "1,200" "34261.36"
 *               (a "," counts only after a group of one to three digits and
 *               before exactly three: "2020,123" is a list)
 *   scales    = scale { scale }                          万 亿 千亿 万亿 百万
 *   scale     = 十 | 百 | 千 | 万 | 亿                   (千 not before 米 克 瓦
 *                                                         伏 帕: those are units)
 *   chinese   = cint [ 点 cdigit { cdigit } [ scales ] ]  一千二百 两万 三点五亿
 *   cint      = sections of cdigit and 十百千, joined by 万/亿, e.g.
 *               三亿五千万 = 3*10^8 + 5000*10^4; 十二 = 12 (a leading 十 is 1*10);
 *               a run of bare digits is positional (二〇二四 = 2024)
 *   cdigit    = 〇 零 一 二 两 三 四 五 六 七 八 九
 *   percent-of= 百分之 (arabic | chinese)                 百分之十二 = 12 %
 *   fraction  = (arabic | chinese) 分之 (arabic | chinese)  三分之一 = 33.3 %
 *   tenths    = cdigit 成半                              一成半 = 15 %
 *               (a bare 一成, 三成 is the extractor's: 成 also
 *               starts words, 成为, 成本)
 *
 * A Chinese numeral must start with a digit or 十, or be a bare 百/千
 * before 万/亿 (千亿 = 10^11); so 千家万户, 百姓 and 万千 are not numerals,
 * and a 百/千 without its digit after the start begins a new word (百亿百项
 * is 百亿 then 百项). Values are rounded to 15 significant digits (1094.6亿
 * is 109460000000, not ...99.99998). Whether a numeral is a figure (and
 * not a date, a code or a name such as 三大行动) is the extractor's decision.
 *
 * Units: zb_unit_parse maps the word after a number to a kind, the
 * contract's unit name and the factor to base units (亩 = 666.667 m2 ...),
 * from one table; the longest entry that matches wins.
 */
#include "extract_internal.h" /* xcp: UTF-8 decoding */
#include "zb_internal.h"     /* zb_load_short */

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The code point at s (n bytes left), its length in *adv (0 at the end).
 * (Inlined: it runs at every character of every numeral.) */
XINLINE unsigned cp_at(const char *s, size_t n, size_t *adv)
{
    if (n == 0) {
        *adv = 0;
        return 0;
    }
    return xcp(s, 0, n, adv);
}

/* Value of a Chinese digit, or -1 (inlined here; xcdigit for the other
 * files). */
static inline int cdigit(unsigned c)
{
    switch (c) {
    case 0x3007: /* 〇 */
    case 0x96F6: /* 零 */
        return 0;
    case 0x4E00: return 1; /* 一 */
    case 0x4E8C: return 2; /* 二 */
    case 0x4E24: return 2; /* 两 */
    case 0x4E09: return 3; /* 三 */
    case 0x56DB: return 4; /* 四 */
    case 0x4E94: return 5; /* 五 */
    case 0x516D: return 6; /* 六 */
    case 0x4E03: return 7; /* 七 */
    case 0x516B: return 8; /* 八 */
    case 0x4E5D: return 9; /* 九 */
    default: return -1;
    }
}

/* cdigit (extract_period.c reads Chinese years and small numbers with it
 * too; it declares it by hand, as extract_internal.h is not this file's to
 * change: the declaration belongs there). */
int xcdigit(unsigned c)
{
    return cdigit(c);
}

/* Value of a scale word, or 0. */
static double cscale(unsigned c)
{
    switch (c) {
    case 0x5341: return 10;   /* 十 */
    case 0x767E: return 100;  /* 百 */
    case 0x5343: return 1000; /* 千 */
    case 0x4E07: return 1e4;  /* 万 */
    case 0x4EBF: return 1e8;  /* 亿 */
    default: return 0;
    }
}

/* Can c go on a Chinese numeral: a digit, 十百千万亿, 点 (decimals) or 分
 * (分之)? (extract_period.c's number_next knows the same characters:
 * NUM_NEXT in its table RULE_OF.) */
static int xnumeral_more(unsigned c)
{
    return cdigit(c) >= 0 || cscale(c) != 0 || c == 0x70B9 || c == 0x5206;
}

/* 千 directly before these is the SI prefix of a unit (千米, 千克, 千瓦). */
static int si_after_qian(unsigned c)
{
    return c == 0x7C73 /* 米 */ || c == 0x514B /* 克 */ || c == 0x74E6 /* 瓦 */ ||
           c == 0x4F0F /* 伏 */ || c == 0x5E15 /* 帕 */ || c == 0x5146 /* 兆 */;
}

/* Read a run of scale words at s; multiply *v. Returns bytes consumed. */
static size_t scales(const char *s, size_t len, double *v)
{
    size_t i = 0, adv;
    double m = 1;
    while (i < len) {
        unsigned c = cp_at(s + i, len - i, &adv);
        double sc = cscale(c);
        size_t a2;
        /* 兆 before a currency is a trillion (1.12兆元, Taiwan and Hong
         * Kong usage); before 瓦/赫/字节 it is the SI prefix mega */
        if (c == 0x5146 && cp_at(s + i + adv, len - i - adv, &a2) == 0x5143 /* 元 */)
            sc = 1e12;
        if (!sc)
            break;
        if (c == 0x5343) { /* 千: unit prefix? */
            size_t a2;
            unsigned nx = cp_at(s + i + adv, len - i - adv, &a2);
            if (si_after_qian(nx))
                break;
        }
        m *= sc;
        i += adv;
    }
    if (i)
        *v *= m;
    return i;
}

/* Arabic digits with thousands separators and a decimal part. */
XINLINE size_t arabic(const char *s, size_t len, double *v, int *decimal)
{
    size_t i = 0;
    double x = 0;
    *decimal = 0;
    while (i < len && s[i] >= '0' && s[i] <= '9')
        x = x * 10 + (s[i++] - '0');
    if (i == 0)
        return 0;
    /* "1,200,000": a comma followed by exactly three digits, after a
     * leading group of one to three */
    size_t lead = i;
    while (lead <= 3 && i + 3 < len && s[i] == ',' && s[i + 1] >= '0' && s[i + 1] <= '9' &&
           s[i + 2] >= '0' && s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9' &&
           (i + 4 >= len || s[i + 4] < '0' || s[i + 4] > '9')) {
        x = x * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
        i += 4;
    }
    if (i + 1 < len && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
        double f = 0.1;
        i++;
        while (i < len && s[i] >= '0' && s[i] <= '9') {
            x += (s[i++] - '0') * f;
            f /= 10;
        }
        *decimal = 1;
    }
    *v = x;
    return i;
}

/*
 * Chinese integer with optional 点 decimals and trailing scales.
 * total: parts closed by 亿; section: parts closed by 万 or below; num: the
 * pending digit. A bare digit run is positional (二〇二四).
 */
static size_t chinese(const char *s, size_t len, double *v, int *decimal)
{
    size_t i = 0, adv;
    double total = 0, section = 0, num = 0;
    int any = 0, last_digit = 0, ok = 0;
    *decimal = 0;
    while (i < len) {
        unsigned c = cp_at(s + i, len - i, &adv);
        int d = cdigit(c);
        double sc = cscale(c);
        if (d >= 0) {
            num = last_digit ? num * 10 + d : d;
            last_digit = 1;
            any = ok = 1;
        } else if (sc == 10 || sc == 100 || sc == 1000) {
            if (!any && sc != 10) {
                /* 百姓, 千家: no leading digit; but 千亿, 百万 are 1000*10^8 ... */
                size_t a2;
                double nx = cscale(cp_at(s + i + adv, len - i - adv, &a2));
                if (nx != 1e4 && nx != 1e8)
                    break;
            }
            if (sc == 1000) {
                size_t a2;
                if (si_after_qian(cp_at(s + i + adv, len - i - adv, &a2)))
                    break;
            }
            if (any && !last_digit && sc != 10)
                break; /* 百亿百项: a second 百 without its digit starts a new word */
            section += (last_digit || num ? num : 1) * sc;
            num = 0;
            last_digit = 0;
            any = ok = 1;
        } else if (sc == 1e4) {
            if (!any)
                break;
            section = (section + num) * 1e4;
            num = 0;
            last_digit = 0;
        } else if (sc == 1e8) {
            if (!any)
                break;
            total = (total + section + num) * 1e8;
            section = num = 0;
            last_digit = 0;
        } else {
            break;
        }
        i += adv;
    }
    if (!ok)
        return 0;
    double x = total + section + num;
    /* 点 + digits: decimal part, then optional scales (三点五亿) */
    if (i < len) {
        unsigned c = cp_at(s + i, len - i, &adv);
        size_t a2;
        if (c == 0x70B9 /* 点 */ && cdigit(cp_at(s + i + adv, len - i - adv, &a2)) >= 0 &&
            x == num + section + total) {
            size_t j = i + adv;
            double f = 0.1;
            for (;;) {
                int d = cdigit(cp_at(s + j, len - j, &a2));
                if (d < 0)
                    break;
                x += d * f;
                f /= 10;
                j += a2;
            }
            *decimal = 1;
            i = j;
            i += scales(s + i, len - i, &x);
        }
    }
    *v = x;
    return i;
}

/* Skip up to two ASCII spaces; returns the count skipped. */
static inline size_t spaces(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && i < 2 && s[i] == ' ')
        i++;
    return i;
}

/* A plain number (Arabic with scales, or Chinese) without 百分之/分之. */
static size_t plain(const char *s, size_t len, zb_numeral *out)
{
    double v;
    int dec;
    size_t n = arabic(s, len, &v, &dec);
    if (n) {
        out->form = ZB_NUMERAL_ARABIC | (dec ? ZB_NUMERAL_DECIMAL : 0);
        out->len_digits = n;
        size_t sp = spaces(s + n, len - n), k = 0;
        /* scale words are not ASCII: "12.5%" needs no look */
        if (n + sp < len && (unsigned char)s[n + sp] >= 0x80)
            k = scales(s + n + sp, len - n - sp, &v);
        if (k) {
            n += sp + k;
            out->form |= ZB_NUMERAL_SCALED;
        }
        out->value = v;
        return n;
    }
    n = chinese(s, len, &v, &dec);
    if (!n)
        return 0;
    out->form = ZB_NUMERAL_CHINESE | (dec ? ZB_NUMERAL_DECIMAL : 0);
    out->len_digits = n;
    out->value = v;
    return n;
}

#define U8_BAIFENZHI "\xe7\x99\xbe\xe5\x88\x86\xe4\xb9\x8b" /* 百分之 */
#define U8_FENZHI "\xe5\x88\x86\xe4\xb9\x8b"                /* 分之 */

/* Round away the binary noise of decimal scaling (1094.6 * 1e8 is
 * 109459999999.99998 in doubles): keep 15 significant digits. */
static double tidy_slow(double v)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%.15g", v);
    return strtod(buf, NULL);
}

/* The same without the text round trip in the usual case: when v lies
 * within 0.36e-15 of itself from a decimal D = r / 10^m with |r| < 10^15,
 * D is what "%.15g" prints (the error is below half a unit of the 15th
 * digit), and r / 10^m, a division of exact doubles, is the double
 * nearest D, which is what strtod reads back. (tidy has taken the whole
 * numbers.) */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static double tidy_rest(double v)
{
    static const double p10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};
    double a = fabs(v);
    if (a == 0)
        return v; /* "%.15g" of 0 or -0 reads back as itself */
    if (a >= 1e15 || a < 1e-6 || v != v)
        return tidy_slow(v);
    for (size_t m = 0; m < sizeof p10 / sizeof p10[0]; m++) {
        double t = v * p10[m];
        if (fabs(t) >= 1e15)
            break;
        double r = nearbyint(t);
        if (fabs(t - r) <= 0.25e-15 * fabs(t))
            return m ? r / p10[m] : r;
    }
    return tidy_slow(v);
}

/* xtidy15, inlined here: a whole number from 1e-6 to 1e15 (most figures,
 * 3000万 too) is what the first round of tidy_rest returns, itself. */
XINLINE double tidy(double v)
{
    double a = fabs(v);
    if (a >= 1e-6 && a < 1e15 && v == (double)(long long)v)
        return v;
    return tidy_rest(v);
}

double xtidy15(double v)
{
    return tidy(v);
}

/* zb_numeral_parse past its first character (out of line: the quick
 * answers there then need no stack frame). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t numeral_rest(const char *s, size_t len, zb_numeral *out)
{
    zb_numeral a, b;
    size_t n;
    if (len >= 9 && memcmp(s, U8_BAIFENZHI, 9) == 0) {
        n = plain(s + 9, len - 9, &a);
        if (!n)
            return 0;
        out->value = a.value;
        out->form = (a.form & ~ZB_NUMERAL_SCALED) | ZB_NUMERAL_PERCENT;
        out->len_digits = 9 + n;
        return 9 + n;
    }
    n = plain(s, len, &a);
    if (!n)
        return 0;
    /* X分之Y: only when X is not scaled by 万/亿 */
    if (len - n >= 6 && memcmp(s + n, U8_FENZHI, 6) == 0 && a.value > 0) {
        size_t m = plain(s + n + 6, len - n - 6, &b);
        if (m) {
            out->value = tidy(100.0 * b.value / a.value);
            out->form = (a.form | b.form | ZB_NUMERAL_FRACTION) & ~ZB_NUMERAL_SCALED;
            out->len_digits = n + 6 + m;
            return n + 6 + m;
        }
    }
    *out = a;
    out->value = tidy(a.value);
    return n;
}

/* Can scales() read anything at s (n bytes)?  Its first character must be
 * 十百千万亿 or 兆: three bytes as cp_at reads them (a lead E0..EF) with
 * the low six bits of the last one theirs (01 3E 03 07 3F 06), or four
 * (cp_at reads an overlong form too: scales decides).  Most characters
 * after a number (个, 年, 人, ...) fail it without a call. */
static inline int may_scale(const char *s, size_t n)
{
    const uint64_t last6 = (UINT64_C(1) << 0x01) | (UINT64_C(1) << 0x3E) | (UINT64_C(1) << 0x03) |
                           (UINT64_C(1) << 0x07) | (UINT64_C(1) << 0x3F) | (UINT64_C(1) << 0x06);
    unsigned char c = n >= 3 ? (unsigned char)s[0] : 0;
    return ((c & 0xF0) == 0xE0 && ((last6 >> ((unsigned char)s[2] & 0x3F)) & 1)) ||
           (c & 0xF8) == 0xF0;
}

/* numeral_rest for a numeral of Arabic digits (s[0] is one), the most
 * common: plain()'s reading of them and of the scale words after them,
 * then numeral_rest's end, without the calls between; when 分之 follows,
 * numeral_rest itself. (Out of line: zb_numeral_parse's quick answers
 * then need no stack frame.) */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t arabic_numeral(const char *s, size_t len, zb_numeral *out)
{
    double v = 0;
    int dec;
    size_t n = arabic(s, len, &v, &dec), sp, k = 0;
    int form = ZB_NUMERAL_ARABIC | (dec ? ZB_NUMERAL_DECIMAL : 0);
    /* scale words are not ASCII: "12.5%" needs no look */
    if (n < len && (s[n] == ' ' || (unsigned char)s[n] >= 0x80)) {
        sp = spaces(s + n, len - n);
        if (may_scale(s + n + sp, len - n - sp))
            k = scales(s + n + sp, len - n - sp, &v);
        if (k)
            form |= ZB_NUMERAL_SCALED;
        /* X分之Y (a scaled X too: what numeral_rest reads) */
        size_t e = k ? n + sp + k : n;
        if (len - e >= 6 && memcmp(s + e, U8_FENZHI, 6) == 0 && v > 0)
            return numeral_rest(s, len, out);
        out->len_digits = n;
        out->form = form;
        out->value = tidy(v);
        return e;
    }
    out->len_digits = n;
    out->form = form;
    /* (a whole number below 1e15, as 14 digits or fewer make, is what
     * xtidy15 gives back) */
    out->value = dec || n >= 15 ? tidy(v) : v;
    return n;
}

size_t zb_numeral_parse(const char *s, size_t len, zb_numeral *out)
{
    if (!s || !out || len == 0)
        return 0;
    /* Arabic digits (most numerals): arabic_numeral */
    if (s[0] >= '0' && s[0] <= '9')
        return arabic_numeral(s, len, out);
    /* a number starts with a digit, a Chinese digit or 十/百/千 (百分之) */
    if (!(s[0] >= '0' && s[0] <= '9')) {
        size_t adv, a2;
        unsigned c = cp_at(s, len, &adv);
        double sc = cscale(c);
        int d = cdigit(c);
        if (d < 0 && sc != 10 && sc != 100 && sc != 1000)
            return 0;
        /* One Chinese digit or 十 alone (一批, 三大, 十年), the most
         * common case: what chinese() and the rest would make of it. */
        unsigned c2 = cp_at(s + adv, len - adv, &a2);
        if ((d >= 0 || sc == 10) && !xnumeral_more(c2)) {
            size_t a3;
            /* 一成半, 两成半: tenths and a half, a percent (15 %) */
            if (d > 0 && c2 == 0x6210 /* 成 */ &&
                cp_at(s + adv + a2, len - adv - a2, &a3) == 0x534A /* 半 */) {
                out->value = d * 10 + 5;
                out->form = ZB_NUMERAL_CHINESE | ZB_NUMERAL_PERCENT;
                out->len_digits = adv + a2 + a3;
                return adv + a2 + a3;
            }
            out->value = d >= 0 ? d : 10;
            out->form = ZB_NUMERAL_CHINESE;
            out->len_digits = adv;
            return adv;
        }
    }
    return numeral_rest(s, len, out);
}

/* ------------------------------------------------------------------ units */

typedef struct unit_row {
    const char *word;
    size_t n; /* strlen(word) */
    zb_kind kind;
    const char *unit;
    double factor;
} unit_row;
#define U(w, kind, unit, factor) {w, sizeof(w) - 1, kind, unit, factor}

/* Longest match wins. Counts keep their classifier as unit; quantities are
 * converted to one SI-style unit.
 *
 * SORTED BY BYTES (strcmp order), so that no word is in twice (zb_unit_parse
 * takes the first of the longest-first rows of a first character that
 * matches; tests/test_numeral.c checks the order: xunits_sorted). */
static const unit_row UNITS[] = {
    U("%", ZB_KIND_SHARE, "%", 1),
    U("EB", ZB_KIND_QUANTITY, "EB", 1),
    U("GB", ZB_KIND_QUANTITY, "GB", 1),
    U("GW", ZB_KIND_QUANTITY, "GW", 1),
    U("GWh", ZB_KIND_QUANTITY, "GWh", 1),
    U("MW", ZB_KIND_QUANTITY, "MW", 1),
    U("MWh", ZB_KIND_QUANTITY, "MWh", 1),
    U("PB", ZB_KIND_QUANTITY, "PB", 1),
    U("TB", ZB_KIND_QUANTITY, "TB", 1),
    U("TEU", ZB_KIND_QUANTITY, "TEU", 1),
    U("TWh", ZB_KIND_QUANTITY, "TWh", 1),
    U("kW", ZB_KIND_QUANTITY, "kW", 1),
    U("kWh", ZB_KIND_QUANTITY, "kWh", 1),
    U("kg", ZB_KIND_QUANTITY, "t", 0.001),
    U("km", ZB_KIND_QUANTITY, "km", 1),
    U("km2", ZB_KIND_QUANTITY, "m2", 1e6),
    U("km²", ZB_KIND_QUANTITY, "m2", 1e6),
    U("m2", ZB_KIND_QUANTITY, "m2", 1),
    U("m3", ZB_KIND_QUANTITY, "m3", 1),
    U("m²", ZB_KIND_QUANTITY, "m2", 1),
    U("m³", ZB_KIND_QUANTITY, "m3", 1),
    U("‰", ZB_KIND_SHARE, "%", 0.1),
    U("㎡", ZB_KIND_QUANTITY, "m2", 1),
    U("个", ZB_KIND_COUNT, "个", 1),
    U("个百分点", ZB_KIND_PP, "pp", 1),
    U("亩", ZB_KIND_QUANTITY, "m2", 666.667),
    U("人", ZB_KIND_COUNT, "人", 1),
    U("人次", ZB_KIND_COUNT, "人次", 1),
    U("人民币", ZB_KIND_AMOUNT, "CNY", 1),
    U("件", ZB_KIND_COUNT, "件", 1),
    U("件次", ZB_KIND_COUNT, "件次", 1),
    U("份", ZB_KIND_COUNT, "份", 1),
    U("位", ZB_KIND_COUNT, "位", 1),
    U("元", ZB_KIND_AMOUNT, "CNY", 1),
    U("元人民币", ZB_KIND_AMOUNT, "CNY", 1),
    U("元新台币", ZB_KIND_AMOUNT, "TWD", 1),
    U("元港币", ZB_KIND_AMOUNT, "HKD", 1),
    U("兆瓦", ZB_KIND_QUANTITY, "MW", 1),
    U("兆瓦时", ZB_KIND_QUANTITY, "MWh", 1),
    U("公斤", ZB_KIND_QUANTITY, "t", 0.001),
    U("公里", ZB_KIND_QUANTITY, "km", 1),
    U("公顷", ZB_KIND_QUANTITY, "m2", 1e4),
    U("列", ZB_KIND_COUNT, "列", 1),
    U("千克", ZB_KIND_QUANTITY, "t", 0.001),
    U("千瓦", ZB_KIND_QUANTITY, "kW", 1),
    U("千瓦时", ZB_KIND_QUANTITY, "kWh", 1),
    U("千米", ZB_KIND_QUANTITY, "km", 1),
    U("升", ZB_KIND_QUANTITY, "m3", 0.001),
    U("卢布", ZB_KIND_AMOUNT, "RUB", 1),
    U("只", ZB_KIND_COUNT, "只", 1),
    U("台", ZB_KIND_COUNT, "台", 1),
    U("台套", ZB_KIND_COUNT, "台套", 1),
    U("台币", ZB_KIND_AMOUNT, "TWD", 1),
    U("吉瓦", ZB_KIND_QUANTITY, "GW", 1),
    U("吉瓦时", ZB_KIND_QUANTITY, "GWh", 1),
    U("名", ZB_KIND_COUNT, "名", 1),
    U("吨", ZB_KIND_QUANTITY, "t", 1),
    U("场", ZB_KIND_COUNT, "场", 1),
    U("场次", ZB_KIND_COUNT, "场次", 1),
    U("块", ZB_KIND_COUNT, "块", 1),
    U("处", ZB_KIND_COUNT, "处", 1),
    U("太瓦时", ZB_KIND_QUANTITY, "TWh", 1),
    U("头", ZB_KIND_COUNT, "头", 1),
    U("套", ZB_KIND_COUNT, "套", 1),
    U("家", ZB_KIND_COUNT, "家", 1),
    U("家次", ZB_KIND_COUNT, "家次", 1),
    U("届", ZB_KIND_COUNT, "届", 1),
    U("幢", ZB_KIND_COUNT, "幢", 1),
    U("平方公里", ZB_KIND_QUANTITY, "m2", 1e6),
    U("平方千米", ZB_KIND_QUANTITY, "m2", 1e6),
    U("平方米", ZB_KIND_QUANTITY, "m2", 1),
    U("平米", ZB_KIND_QUANTITY, "m2", 1),
    U("度电", ZB_KIND_QUANTITY, "kWh", 1),
    U("座", ZB_KIND_COUNT, "座", 1),
    U("延米", ZB_KIND_QUANTITY, "m", 1),
    U("张", ZB_KIND_COUNT, "张", 1),
    U("户", ZB_KIND_COUNT, "户", 1),
    U("户次", ZB_KIND_COUNT, "户次", 1),
    U("所", ZB_KIND_COUNT, "所", 1),
    U("批", ZB_KIND_COUNT, "批", 1),
    U("批次", ZB_KIND_COUNT, "批次", 1),
    U("支", ZB_KIND_COUNT, "支", 1),
    U("新台币", ZB_KIND_AMOUNT, "TWD", 1),
    U("方", ZB_KIND_QUANTITY, "m3", 1),
    U("日元", ZB_KIND_AMOUNT, "JPY", 1),
    U("条", ZB_KIND_COUNT, "条", 1),
    U("枚", ZB_KIND_COUNT, "枚", 1),
    U("架", ZB_KIND_COUNT, "架", 1),
    U("架次", ZB_KIND_COUNT, "架次", 1),
    U("标准煤", ZB_KIND_QUANTITY, "t", 1),
    U("标准箱", ZB_KIND_QUANTITY, "TEU", 1),
    U("标箱", ZB_KIND_QUANTITY, "TEU", 1),
    U("栋", ZB_KIND_COUNT, "栋", 1),
    U("株", ZB_KIND_COUNT, "株", 1),
    U("棵", ZB_KIND_COUNT, "棵", 1),
    U("次", ZB_KIND_COUNT, "次", 1),
    U("欧元", ZB_KIND_AMOUNT, "EUR", 1),
    U("港元", ZB_KIND_AMOUNT, "HKD", 1),
    U("港币", ZB_KIND_AMOUNT, "HKD", 1),
    U("澳元", ZB_KIND_AMOUNT, "AUD", 1),
    U("澳门元", ZB_KIND_AMOUNT, "MOP", 1),
    U("澳门币", ZB_KIND_AMOUNT, "MOP", 1),
    U("片", ZB_KIND_COUNT, "片", 1),
    U("班次", ZB_KIND_COUNT, "班次", 1),
    U("百分点", ZB_KIND_PP, "pp", 1),
    U("种", ZB_KIND_COUNT, "种", 1),
    U("立方米", ZB_KIND_QUANTITY, "m3", 1),
    U("篇", ZB_KIND_COUNT, "篇", 1),
    U("米", ZB_KIND_QUANTITY, "m", 1),
    U("类", ZB_KIND_COUNT, "类", 1),
    U("美元", ZB_KIND_AMOUNT, "USD", 1),
    U("艘", ZB_KIND_COUNT, "艘", 1),
    U("艘次", ZB_KIND_COUNT, "艘次", 1),
    U("英镑", ZB_KIND_AMOUNT, "GBP", 1),
    U("车次", ZB_KIND_COUNT, "车次", 1),
    U("辆", ZB_KIND_COUNT, "辆", 1),
    U("辆次", ZB_KIND_COUNT, "辆次", 1),
    U("道", ZB_KIND_COUNT, "道", 1),
    U("部", ZB_KIND_COUNT, "部", 1),
    U("间", ZB_KIND_COUNT, "间", 1),
    U("韩元", ZB_KIND_AMOUNT, "KRW", 1),
    U("项", ZB_KIND_COUNT, "项", 1),
    U("颗", ZB_KIND_COUNT, "颗", 1),
};
#undef U

/* Byte length of the UTF-8 character that begins with byte b (1 for ASCII
 * and for a byte that cannot begin one). */
static size_t char_len(unsigned char b)
{
    return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF8 ? 4 : 1;
}

#define NUNITS (sizeof UNITS / sizeof UNITS[0])

/* The first character of s (char_len bytes, *k, at most len) as one
 * number: its bytes big-endian. Equal keys are equal bytes. 0 when the
 * character runs past len. (One byte and three, the usual lengths, are
 * read at once.) */
static inline uint32_t head_key(const char *s, size_t len, size_t *k)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t key = 0;
    *k = char_len(u[0]);
    if (*k > len)
        return 0;
    if (*k == 1)
        return u[0];
    if (*k == 3)
        return (uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2];
    for (size_t b = 0; b < *k; b++)
        key = key << 8 | u[b];
    return key;
}

/* A bucket of a first character: the low eight bits of its code point
 * (for an ASCII byte, the byte), read from the bytes of the character
 * head_key took (k of them, the key's bytes). */
static inline unsigned unit_bucket(uint32_t key, size_t k)
{
    return k == 1 ? key : k == 3 ? ((key >> 2) & 0xC0) | (key & 0x3F) : key & 0xFF;
}

/* s[0..min(n, 8)) as a little-endian word, the bytes above zero (loaded
 * at once on a little-endian machine). */
static inline uint64_t head8(const char *s, size_t n)
{
    uint64_t w = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n >= 8)
        memcpy(&w, s, 8);
    else if (n)
        w = zb_load_short(s, n);
#else
    for (size_t b = 0; b < n && b < 8; b++)
        w |= (uint64_t)(unsigned char)s[b] << (8 * b);
#endif
    return w;
}

/* head_key of every row, and the rows by the bucket of their first
 * character, longest first (built once): zb_unit_parse tries only the
 * rows of the text's bucket, and the first of them that matches is the
 * longest that does (no two rows are equal). */
#define UNIT_BUCKETS 256
static unsigned char UNIT_START[UNIT_BUCKETS + 1]; /* bucket b: UNIT_ROW[UNIT_START[b]..[b + 1]) */
static unsigned char UNIT_ROW[NUNITS];
/* The first eight bytes of UNITS[UNIT_ROW[j]].word (fewer when shorter)
 * as a little-endian word, and the mask of its bytes: a row is compared
 * with the text's first eight bytes in one test. */
static uint64_t ROW_HEAD[NUNITS], ROW_MASK[NUNITS];
static pthread_once_t unit_keys_once = PTHREAD_ONCE_INIT;
static atomic_int unit_keys_ready; /* (set when built: no pthread_once call after) */

static void unit_keys(void)
{
    unsigned cnt[UNIT_BUCKETS + 1] = {0}, bk[NUNITS];
    uint32_t key[NUNITS];
    for (size_t r = 0; r < NUNITS; r++) {
        size_t k;
        key[r] = head_key(UNITS[r].word, UNITS[r].n, &k);
        bk[r] = unit_bucket(key[r], k);
        cnt[bk[r] + 1]++;
    }
    for (size_t b = 0; b < UNIT_BUCKETS; b++)
        cnt[b + 1] += cnt[b];
    for (size_t b = 0; b <= UNIT_BUCKETS; b++)
        UNIT_START[b] = (unsigned char)cnt[b];
    for (size_t r = 0; r < NUNITS; r++) {
        size_t at = cnt[bk[r]]++;
        /* (insertion into place: longest first) */
        while (at > UNIT_START[bk[r]] && UNITS[UNIT_ROW[at - 1]].n < UNITS[r].n) {
            UNIT_ROW[at] = UNIT_ROW[at - 1];
            at--;
        }
        UNIT_ROW[at] = (unsigned char)r;
    }
    for (size_t j = 0; j < NUNITS; j++) {
        const unit_row *w = &UNITS[UNIT_ROW[j]];
        size_t m = w->n < 8 ? w->n : 8;
        ROW_HEAD[j] = head8(w->word, m);
        ROW_MASK[j] = m == 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * m)) - 1;
    }
    atomic_store_explicit(&unit_keys_ready, 1, memory_order_release);
}

/* 1 when the rows are in strcmp order, each word once (tests/test_numeral.c
 * checks). */
int xunits_sorted(void)
{
    for (size_t r = 1; r < NUNITS; r++)
        if (strcmp(UNITS[r - 1].word, UNITS[r].word) >= 0)
            return 0;
    return 1;
}

size_t zb_unit_parse(const char *s, size_t len, zb_unit *out)
{
    const unit_row *best = NULL;
    size_t best_len = 0, k;
    uint32_t key;
    if (!s || !out)
        return 0;
    if (len == 0)
        return 0;
    /* Only rows that begin with the text's first character (k bytes) can
     * match: they are in the bucket of that character, longest first. */
    if ((key = head_key(s, len, &k)) == 0)
        return 0;
    if (!atomic_load_explicit(&unit_keys_ready, memory_order_acquire))
        pthread_once(&unit_keys_once, unit_keys);
    unsigned b = unit_bucket(key, k);
    /* (a row's first eight bytes are compared at once, as words: the
     * text's bytes past len are zeros in t and outside the mask of every
     * row not longer than len; the bytes past eight, of long words only,
     * one by one) */
    uint64_t t = head8(s, len);
    for (unsigned j = UNIT_START[b]; j < UNIT_START[b + 1]; j++) {
        if ((t & ROW_MASK[j]) == ROW_HEAD[j]) {
            const unit_row *w = &UNITS[UNIT_ROW[j]];
            size_t m = 8;
            if (w->n > len)
                continue;
            while (m < w->n && s[m] == w->word[m])
                m++;
            if (m >= w->n) {
                best = w;
                best_len = w->n;
                break;
            }
        }
    }
    if (!best)
        return 0;
    /* An ASCII unit must not run on into a longer word ("km" in "kmh",
     * "GB" in "GBK", "m2" in "m20"). */
    if ((unsigned char)best->word[0] < 0x80 && best_len < len) {
        unsigned char c = (unsigned char)s[best_len];
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            return 0;
    }
    out->kind = best->kind;
    out->unit = best->unit;
    out->factor = best->factor;
    out->len = best_len;
    return best_len;
}
