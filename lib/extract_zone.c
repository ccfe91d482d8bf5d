/*
 * extract_zone.c -- which area a figure belongs to.
 *
 * The one idea: a zone is named, not inferred. Names come from three
 * places, tried at each position of a sentence that holds a figure: the
 * table of provinces and cities (extract_places.c), with 市 and zone
 * suffixes such as 高新区 or 经济开发区 after them; names this document
 * taught us (a heading of spaced characters "江 阴", "X区委书记", a
 * district named as the subject of a clause); and the words that point
 * back to the text's own area (全市, 全省, 全区). A place inside an
 * organisation's or a newspaper's name (江苏远信储能技术有限公司, 香港
 * 商报) or a news agency's dateline (新华社北京...电) names no zone, nor
 * a region (长三角) that is not the subject of its figure.
 */
#include "extract_internal.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <stdint.h>

/* The rare, long part of a function called at every character is kept out
 * of line, so the common quick answer sets up no big stack frame. */
#if defined(__GNUC__)
#define XNOINLINE __attribute__((noinline))
#else
#define XNOINLINE
#endif


/* Is s[i] one of the characters of set (3-byte UTF-8 characters)? */
static int char_in(const char *s, size_t i, size_t end, const char *set)
{
    if (i + 3 > end)
        return 0;
    for (const char *b = set; *b; b += 3)
        if (s[i] == b[0] && s[i + 1] == b[1] && s[i + 2] == b[2])
            return 1;
    return 0;
}

/* Characters that cannot start a learned district name. */
static int bad_name_start(const char *s, size_t i, size_t end)
{
    static const wl bad[] = {W("全"), W("本"), W("该"), W("我"), W("各"), W("城"), W("市"), W("园"), W("辖"),
                                      W("片"), W("社"), W("景"), W("高"), W("老"), W("两"), W("此"), W("其"), W("该"),
                                      W("县"), W("区"), W("省"), W("分"), W("校"), W("经"), {NULL, 0}};
    return xat_any(s, i, end, bad) > 0;
}

/* The first three bytes at t as one number (doc.name3 of a name; a name
 * has six bytes or more). */
static inline uint32_t name_head(const char *t)
{
    const unsigned char *u = (const unsigned char *)t;
    return (uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16;
}

/* Remember that s[a..b) (spaces dropped) names the zone `zone` (NULL:
 * itself). */
static void learn_alias(doc *d, const char *s, size_t a, size_t b, const char *zone)
{
    char buf[NAME_CAP];
    size_t k = copy_nospace(buf, sizeof buf, s, a, b);
    if (k < 6)
        return;
    for (size_t i = 0; i < d->nnames; i++) /* (the lengths first: no call for most) */
        if (d->nlen[i] == k && memcmp(d->names[i], buf, k) == 0)
            return;
    if (d->nnames < MAX_NAMES) {
        str_copy(d->names[d->nnames], NAME_CAP, buf);
        d->nlen[d->nnames] = strlen(d->names[d->nnames]);
        d->name3[d->nnames] = name_head(d->names[d->nnames]);
        str_copy(d->zones[d->nnames], NAME_CAP, zone ? zone : buf);
        {
            size_t adv;
            unsigned c = xcp(d->names[d->nnames], 0, d->nlen[d->nnames], &adv) & (NAME_FIRST - 1);
            d->name_first[c >> 3] |= (unsigned char)(1u << (c & 7));
        }
        d->nnames++;
    }
}

static void learn_park_forms(doc *d, const char *s, size_t a, size_t b, const char *full);
static void learn_alias_over(doc *d, const char *s, size_t a, size_t b, const char *full);

/* The short form of the name s[a..b) stands for the zone full: its stem
 * before a one-character suffix (沭阳 of 沭阳县, 南沙 of 南沙区) or before
 * 新区 (浦东 of 浦东新区; not 高新区: 合肥 of 合肥高新区 is the city); a
 * park's other names (learn_park_forms). */
static void learn_short(doc *d, const char *s, size_t a, size_t b, const char *full)
{
    if (b - a >= 12 && xends(s, a, b, "新区") && !xends(s, a, b, "高新区"))
        learn_alias(d, s, a, b - 6, full);
    else if (b - a >= 9 && char_in(s, b - 3, b, "县区市镇乡"))
        learn_alias(d, s, a, b - 3, full);
    learn_park_forms(d, s, a, b, full);
}

void xlearn_name(doc *d, const char *s, size_t a, size_t b)
{
    learn_alias(d, s, a, b, NULL);
}

/* Zone suffixes after a place name: 高新区, 经济开发区 ... */
static const wl W_ZSUFFIX[] = {
    W("高新技术产业开发区"), W("经济技术开发区"), W("经济开发区"), W("高新区"), W("经开区"), W("开发区"),
    W("工业园区"), W("新区"), W("综合保税区"), W("保税区"), W("自贸区"), W("港区"), {NULL, 0}};

/* Suffixes that end the name of an area: 某某高新区, 某某科学城, 某某县. */
static const wl W_GSUFFIX[] = {
    W("高新技术产业开发区"), W("经济技术开发区"), W("经济开发区"), W("高新区"), W("经开区"),
    W("开发区"), W("工业园区"), W("科技园区"), W("科技园"), W("科学园区"), W("科学园"), W("产业园区"),
    W("产业园"), W("园区"), W("新片区"), W("新区"), W("自由贸易试验区"), W("自贸试验区"), W("自贸区"), W("综合保税区"), W("保税区"),
    W("综保区"), W("示范区"), W("科学城"), W("经济区"), W("合作区"), W("街道"), W("市"), W("区"), W("县"),
    W("镇"), W("乡"), {NULL, 0}};

/* The names a park is called by in the same text: 衡阳松木经济开发区 is
 * 松木经开区 too, 合肥高新技术产业开发区 合肥高新区, 横琴粤澳深度合作区
 * 横琴合作区. Suffixes of one meaning (the scorer's too) and, for a stem
 * of three characters or more (no nested 区/县/市), its first two. */
static const char *const PARK_FORMS[][4] = {{"经济技术开发区", "经济开发区", "经开区", NULL},
                                            {"高新技术产业开发区", "高新区", NULL, NULL},
                                            {"综合保税区", "综保区", NULL, NULL},
                                            {"自由贸易试验区", "自贸试验区", "自贸区", NULL}};

static void learn_park_forms(doc *d, const char *s, size_t a, size_t b, const char *full)
{
    size_t sl = xends_any(s, a, b, W_GSUFFIX), g, v;
    char buf[NAME_CAP];
    if (sl < 9 || b - a < sl + 6 || d->nnames >= MAX_NAMES * 3 / 4)
        return;
    size_t stem = b - sl - a, stems[3] = {stem, 6, 0}, off[3] = {0, 0, 0};
    int kind;
    for (size_t i = a; i < b - sl; i++)
        if ((i - a) % 3 == 0 ? ((unsigned char)s[i] & 0xF0) != 0xE0 || char_in(s, i, b, "区县市镇乡省")
                             : ((unsigned char)s[i] & 0xC0) != 0x80)
            stems[1] = 0; /* (Han characters only; 滨海新区临港经济区: no short stem) */
    /* the stem without the city or province it starts with (西永综保区 of
     * 重庆西永综合保税区), or the province of 中国(安徽)自由贸易试验区 */
    size_t pm = xplaces_match(d->x->places, s, a, b - sl, &kind);
    if (pm && kind != PLACE_REGION) {
        pm += xat(s, a + pm, b - sl, "市") + xat(s, a + pm, b - sl, "省");
        if (stem >= pm + 6 && !char_in(s, a + pm, b - sl, "区县市镇乡省"))
            off[2] = pm, stems[2] = stem - pm;
    } else if (stem > 12 && xat(s, a, b, "中国(") && s[b - sl - 1] == ')')
        off[2] = 7, stems[2] = stem - 8;
    for (size_t t = 0; t < 3; t++) {
        if (!stems[t] || stems[t] > stem || (t == 1 && stem < 9) || stems[t] + sl + 12 > NAME_CAP)
            continue;
        /* the suffix as written, then those of the same meaning */
        const char *const *forms = NULL;
        for (g = 0; g < sizeof PARK_FORMS / sizeof PARK_FORMS[0] && !forms; g++)
            for (v = 0; PARK_FORMS[g][v]; v++)
                if (strlen(PARK_FORMS[g][v]) == sl && memcmp(s + b - sl, PARK_FORMS[g][v], sl) == 0)
                    forms = PARK_FORMS[g];
        for (v = 0; v < 4; v++) {
            const char *f = v == 0 ? NULL : forms ? forms[v - 1] : NULL;
            if (v > 0 && !f)
                break;
            size_t fl = f ? strlen(f) : sl;
            if (t == 0 && (!f || (fl == sl && memcmp(f, s + b - sl, sl) == 0)))
                continue; /* (the name itself) */
            memcpy(buf, s + a + off[t], stems[t]);
            memcpy(buf + stems[t], f ? f : s + b - sl, fl);
            learn_alias_over(d, buf, 0, stems[t] + fl, full);
        }
    }
}

/* Words that open the short name a zone is given in brackets after its
 * full name (西永综合保税区(以下简称西永综保区)). */
static const wl W_CALLED[] = {W("以下简称为"), W("以下简称"), W("以下称为"), W("以下称"), W("下称"),
                              W("简称为"), W("简称"), {NULL, 0}};

/* The start of the zone name that ends at s[k] (line from a): Han
 * characters back to a stop word or a left edge, through the suffixes of
 * zones inside it (深港科技创新合作区深圳园区) and the bracketed province of
 * 中国(安徽)自由贸易试验区; k when none (at most 20 characters). */
static size_t name_start(const doc *d, const char *s, size_t a, size_t k)
{
    size_t i = k, sl;
    while (i >= a + 3 && k - i < 60) {
        if ((sl = xends_any(s, a, i, W_GSUFFIX)) >= 6 && i - a >= sl) {
            i -= sl;
            continue;
        }
        if (s[i - 1] == ')') {
            size_t o = i - 1;
            while (o > a && s[o - 1] != '(' && i - o < 16)
                o--;
            if (o > a && s[o - 1] == '(' && xends(s, a, o - 1, "中国"))
                i = o - 1 - 6;
            break;
        }
        const unsigned char *u = (const unsigned char *)s + i - 3;
        if ((u[0] & 0xF0) != 0xE0)
            break;
        unsigned c = ((unsigned)(u[0] & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        unsigned cc = d->x->cclass[c];
        /* (深度 in 横琴粤澳深度合作区: 度 ends a time word after 季, 年 only) */
        if (!(cc & CC_HAN) || (cc & CC_NSTOP) ||
            ((cc & CC_EDGE) && (c != 0x5EA6 || i < a + 6 || char_in(s, i - 6, i - 3, "季年"))))
            break;
        i -= 3;
    }
    return i;
}

/* learn_alias of a short name to the zone full (given in brackets, or a
 * regular short form of it): it overrides what the name stood for alone
 * (西永综保区 learned from a title before the text gives its full name),
 * the text's zone too, and the zone of the records held so far (a
 * headline's figures and those after them, read under the short name). */
static void learn_alias_over(doc *d, const char *s, size_t a, size_t b, const char *full)
{
    char buf[NAME_CAP];
    copy_nospace(buf, sizeof buf, s, a, b);
    if (strlen(full) <= strlen(buf)) { /* (only a fuller name overrides) */
        learn_alias(d, s, a, b, full);
        return;
    }
    size_t i = 0;
    while (i < d->nnames && strcmp(d->names[i], buf) != 0)
        i++;
    if (i < d->nnames && strcmp(d->zones[i], buf) != 0)
        return; /* (it stands for a zone already) */
    if (strcmp(d->doc_zone, buf) == 0)
        str_copy(d->doc_zone, sizeof d->doc_zone, full);
    if (strcmp(d->sec_zone, buf) == 0)
        str_copy(d->sec_zone, sizeof d->sec_zone, full);
    if (strcmp(d->para_zone, buf) == 0)
        str_copy(d->para_zone, sizeof d->para_zone, full);
    for (size_t h = 0; h < d->nheld; h++) {
        zb_record *r = &d->held[h];
        char *z;
        if (r->zone && strcmp(r->zone, buf) == 0 && (z = strdup(full))) {
            free(r->zone);
            r->zone = z;
        }
    }
    /* (and the names that stood for it: 西永综合保税区, learned from 西永综保区) */
    for (size_t k = 0; k < d->nnames; k++)
        if (strcmp(d->zones[k], buf) == 0)
            str_copy(d->zones[k], NAME_CAP, full);
    if (i == d->nnames)
        learn_alias(d, s, a, b, full);
}

/* The start of a name walked back to st (name_start), its short name's
 * stem found at `at` (st <= at): st when a place of the table runs from st
 * to at (重庆|西永综合保税区) or a zone ends at at, else at (积极推进|前海
 * 深港现代服务业合作区). */
static size_t trim_start(const doc *d, const char *s, size_t st, size_t at)
{
    int kind;
    size_t m = st < at ? xplaces_match(d->x->places, s, st, at, &kind) : 0;
    if (m)
        m += xat(s, st + m, at, "市") + xat(s, st + m, at, "省");
    /* (a zone before: 中国(上海)自由贸易试验区|临港新片区) */
    return st == at || st + m == at || xends_any(s, st, at, W_GSUFFIX) >= 6 ? st : at;
}

/* An area of 中国(X)<free trade zone> named right after it, s[e..):
 * two to four characters and 片区 (中国(安徽)自由贸易试验区合肥片区): one
 * name, and so are the area alone (合肥片区) and after the zone's other
 * names (安徽自贸试验区合肥片区). The province X is s[o+1..q). */
static void learn_ftz_area(doc *d, const char *s, size_t o, size_t q, size_t e, size_t b)
{
    size_t k = e, n = 0;
    while (n < 4 && k + 3 <= b && !xat(s, k, b, "片区") && ((unsigned char)s[k] & 0xF0) == 0xE0 &&
           !char_in(s, k, b, "的和与及在是了等年月日区"))
        k += 3, n++;
    if (n < 2 || !xat(s, k, b, "片区") || k + 6 - (o - 6) + 1 > NAME_CAP || d->nnames + 8 > MAX_NAMES)
        return;
    char full[NAME_CAP], buf[NAME_CAP];
    copy_nospace(full, sizeof full, s, o - 6, k + 6);
    learn_alias(d, s, o - 6, k + 6, NULL);
    learn_alias(d, s, e, k + 6, full);
    for (size_t v = 0; PARK_FORMS[3][v]; v++)
        for (size_t t = 0; t < 2; t++) {
            size_t p0 = t ? o + 1 : o - 6, fl = strlen(PARK_FORMS[3][v]);
            if (q - p0 + (t ? 0 : 1) + fl + (k + 6 - e) + 1 > NAME_CAP)
                continue;
            size_t len = t ? q - p0 : q + 1 - p0;
            memcpy(buf, s + p0, len);
            memcpy(buf + len, PARK_FORMS[3][v], fl);
            memcpy(buf + len + fl, s + e, k + 6 - e);
            learn_alias(d, buf, 0, len + fl + k + 6 - e, full);
        }
}

/* The zones named in brackets on the line s[a..b): a full name and the
 * short one it is given (西永综合保税区(以下简称西永综保区), 前海深港现代
 * 服务业合作区(前海合作区), 中国(安徽)自由贸易试验区): the short name and
 * the regular short forms of the full one (learn_short) stand for it. */
static void learn_brackets(doc *d, size_t a, size_t b)
{
    const char *s = d->s, *p;
    /* The first '(' at or after a: the one found for an earlier line when
     * it lies at or after a, else looked for up to the text's end (lines
     * come in text order and the text only loses brackets, blanked: one
     * memchr per bracket, not one per line; most lines hold none). */
    if (d->paren_at <= a) {
        p = memchr(s + a, '(', d->n - a);
        d->paren_at = (p ? (size_t)(p - s) : d->n) + 1;
    }
    for (size_t i = d->paren_at - 1; i < b && (p = memchr(s + i, '(', b - i)) != NULL;) {
        size_t o = (size_t)(p - s), q = o + 1, sl, st;
        i = o + 1;
        while (q < b && q - o < 64 && s[q] != ')' && s[q] != '(')
            q++;
        if (q >= b || s[q] != ')')
            continue;
        /* 中国(安徽)自由贸易试验区: one name, the province in brackets */
        if (xends(s, a, o, "中国") && (sl = xat_any(s, q + 1, b, W_GSUFFIX)) >= 9 &&
            xat(s, q + 1, b, "自")) {
            int kind;
            size_t m = xplaces_match(d->x->places, s, o + 1, q, &kind);
            if (m && o + 1 + m + xat(s, o + 1 + m, q, "省") == q) {
                char full[NAME_CAP];
                copy_nospace(full, sizeof full, s, o - 6, q + 1 + sl);
                learn_alias(d, s, o - 6, q + 1 + sl, NULL);
                learn_short(d, s, o - 6, q + 1 + sl, full);
                /* (its suffix after the bracket, a clause of its own) */
                for (size_t v = 0; PARK_FORMS[3][v]; v++)
                    learn_alias(d, PARK_FORMS[3][v], 0, strlen(PARK_FORMS[3][v]), full);
                learn_ftz_area(d, s, o, q, q + 1 + sl, b);
            }
            continue;
        }
        size_t fsl = xends_any(s, a, o, W_GSUFFIX);
        if (fsl < 6)
            continue;
        size_t c = o + 1 + xat_any(s, o + 1, q, W_CALLED), ce = q, k;
        int called = c > o + 1;
        c += c < q && s[c] == ':';
        c += xat(s, c, q, "“");
        ce -= xends(s, c, ce, "”") ? 3 : 0;
        for (k = c; k + 3 <= ce && ((unsigned char)s[k] & 0xF0) == 0xE0; k += 3) {
            size_t adv;
            unsigned cc = d->x->cclass[xcp(s, k, ce, &adv)];
            if (!(cc & CC_HAN) || (cc & CC_NSTOP))
                break;
        }
        /* (a bare short name: a stem and a zone suffix, not 新区 alone) */
        if (k != ce || ce - c < 6 || ce - c > 36 ||
            (!called && ((sl = xends_any(s, c, ce, W_GSUFFIX)) < 6 || sl >= ce - c)))
            continue;
        st = name_start(d, s, a, o);
        /* (the short name's first two characters in the full one's stem) */
        const char *at = ce - c >= 9 && o - fsl > st ? xmemmem(s + st, o - fsl - st, s + c, 6) : NULL;
        if (at)
            st = trim_start(d, s, st, (size_t)(at - s));
        if (o - st < 12 || o - st + 1 >= NAME_CAP)
            continue;
        char full[NAME_CAP];
        copy_nospace(full, sizeof full, s, st, o);
        learn_alias(d, s, st, o, NULL);
        learn_alias_over(d, s, c, ce, full);
        learn_short(d, s, st, o, full);
    }
}

/* Words after a place name that make it part of an organisation's name. */
static const wl W_ORG[] = {W("公司"), W("集团"), W("有限"), W("大学"), W("学院"), W("银行"), W("研究院"),
                                      W("医院"), W("日报"), W("电视台"), W("卫视"), W("晚报"), W("分行"),
                                      /* publications and bodies: 香港商报, 香港贸发局, 中华总商会 */
                                      W("商报"), W("时报"), W("早报"), W("晨报"), W("周报"), W("周刊"),
                                      W("报社"), W("报业"), W("广播电视"), W("贸发局"), W("贸易发展局"),
                                      W("商会"), W("协会"),
                                      /* government offices: a source, not the subject (安徽省统计局),
                                       * right after the place (W_OFFICE below) */
                                      W("统计局"), W("管理局"), W("税务局"), W("商务局"), W("商务厅"), W("财政局"),
                                      W("财政厅"), W("科技局"), W("科技厅"), W("统计厅"), W("工信厅"), W("工信局"),
                                      W("发改委"), W("海关"), W("人社局"), W("人社厅"), {NULL, 0}};

/*
 * A word list by first character: bit k of by_first[h] is set when word k
 * of the list starts with a character of hash h, so a look-up at a
 * character compares only the few words that may start there (xat_any
 * would compare them all). Filled by xzone_classes at each extractor's
 * creation, always with the same values; atomic, as extractors may be
 * made at once in several threads.
 */
#define WX_HASH 64
typedef struct wlindex {
    const wl *list; /* at most 64 words */
    _Atomic uint64_t by_first[WX_HASH];
} wlindex;

static unsigned wx_hash(unsigned c)
{
    return (c * 2654435761u) >> 26; /* 6 bits */
}

static void wlindex_fill(wlindex *x)
{
    uint64_t m[WX_HASH] = {0};
    size_t adv, k = 0;
    for (const wl *w = x->list; w->w; w++, k++)
        m[wx_hash(xcp(w->w, 0, w->n, &adv))] |= (uint64_t)1 << k;
    for (size_t h = 0; h < WX_HASH; h++)
        atomic_store_explicit(&x->by_first[h], m[h], memory_order_relaxed);
}

/* The words of x that may start with the character c: a bit set, for
 * wx_next. */
static uint64_t wlindex_mask(const wlindex *x, unsigned c)
{
    return atomic_load_explicit(&x->by_first[wx_hash(c)], memory_order_relaxed);
}

/* The next word of the bit set *m (not empty): its index, taken out of *m. */
static size_t wx_next(uint64_t *m)
{
    size_t k = 0;
#if defined(__GNUC__)
    k = (size_t)__builtin_ctzll(*m);
#else
    while (!((*m >> k) & 1))
        k++;
#endif
    *m &= *m - 1;
    return k;
}

/* Does s (w->n bytes at least) start with w? The first two characters are
 * compared inline: most words that share the first fail at the second
 * (bytes 2..5, the first's last and the second, as one number: one
 * compare, not a branch per byte). */
static inline int wx_starts(const char *s, const wl *w)
{
    if (w->n >= 6) {
        uint32_t a, b;
        memcpy(&a, s + 2, 4);
        memcpy(&b, w->w + 2, 4);
        if (a != b)
            return 0;
    }
    return same_bytes(s, w->w, w->n); /* (a few bytes: no call) */
}

/* xat_any(s, i, end, x->list), c being the code point at s[i]. */
static size_t wlindex_at(const wlindex *x, const char *s, size_t i, size_t end, unsigned c)
{
    size_t best = 0, left = end - i;
    for (uint64_t m = wlindex_mask(x, c); m;) {
        const wl *w = &x->list[wx_next(&m)];
        if (w->n <= left && w->n > best && wx_starts(s + i, w))
            best = w->n;
    }
    return best;
}

/* wlindex_at where the code point is not known yet. */
static size_t wlindex_at_text(const wlindex *x, const char *s, size_t i, size_t end)
{
    size_t adv;
    return i < end ? wlindex_at(x, s, i, end, xcp(s, i, end, &adv)) : 0;
}

static wlindex GSUFFIX_X = {W_GSUFFIX, {0}}, ORG_X = {W_ORG, {0}}, ZSUFFIX_X = {W_ZSUFFIX, {0}};
_Static_assert(sizeof W_GSUFFIX / sizeof W_GSUFFIX[0] <= 65 && sizeof W_ORG / sizeof W_ORG[0] <= 65 &&
                   sizeof W_ZSUFFIX / sizeof W_ZSUFFIX[0] <= 65,
               "a wlindex holds at most 64 words (W_BACK's below too)");

/* Is there a word w of W_GSUFFIX, of two characters or more, that starts
 * at s[i] (code point c) and ends z[0..zl) (not the whole of it)? */
static int gsuffix_ends(const char *z, size_t zl, const char *s, size_t i, size_t end, unsigned c)
{
    for (uint64_t m = wlindex_mask(&GSUFFIX_X, c); m;) {
        const wl *w = &W_GSUFFIX[wx_next(&m)];
        if (w->n >= 6 && w->n < zl && w->n <= end - i && wx_starts(s + i, w) &&
            same_bytes(z + zl - w->n, w->w, w->n))
            return 1;
    }
    return 0;
}

/* The government offices of W_ORG: the place's own office (安徽省统计局,
 * 南京海关) is a source; one of an area named after the place (广州南沙区
 * 统计局) names that area. */
static const wl W_OFFICE[] = {W("统计局"), W("管理局"), W("税务局"), W("商务局"), W("商务厅"), W("财政局"),
                              W("财政厅"), W("科技局"), W("科技厅"), W("统计厅"), W("工信厅"), W("工信局"),
                              W("发改委"), W("海关"), W("人社局"), W("人社厅"), {NULL, 0}};

/* A newspaper's name after a place: 报 one to three characters on (香港
 * 文汇报, 南方都市报), then no Han character or 网/讯/社/记/报/消 (香港商报网讯);
 * not a report (公报, 通报, 年报, 预报). k: characters since the place,
 * p: the character before 报. */
static int paper_at(const char *s, size_t j, size_t end, size_t k, unsigned p)
{
    size_t adv;
    if (k < 1 || k > 3 || p == 0x516C || p == 0x901A || p == 0x5E74 || p == 0x9884 ||
        p == 0x7B80 || p == 0x60C5 || p == 0x62A5 || p == 0x5FEB || p == 0x5B63 || p == 0x6708)
        return 0; /* 公通年预简情报快季月 */
    if (j + 3 >= end)
        return 1;
    unsigned c = xcp(s, j + 3, end, &adv);
    return !xhan(c) || c == 0x7F51 || c == 0x8BAF || c == 0x793E || c == 0x8BB0 || c == 0x62A5 ||
           c == 0x6D88; /* 网讯社记报消 (商报网讯, 文汇报报道, 日报消息) */
}

/* Is the place name before s[i] part of an organisation's name? Its
 * walk (fourteen characters on, Han or ( ), the Han ones all three bytes
 * long) decodes a character in a few instructions and tests the words
 * only at a character that starts one of W_ORG (CC_ORG: 报 of 报社 has
 * it, so also 报道 and the papers' 报 are tested there). */
static int org_follows(const doc *d, const char *s, size_t i, size_t end)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned p = 0;
    for (size_t j = i, k = 0; j < end && k < 14; k++) {
        if ((u[j] & 0xF0) != 0xE0 || end - j < 3) {
            if (u[j] != '(' && u[j] != ')')
                return 0; /* (not Han) */
            p = u[j++];
            continue;
        }
        unsigned c = ((unsigned)(u[j] & 0x0F) << 12) | ((unsigned)(u[j + 1] & 0x3F) << 6) | (u[j + 2] & 0x3F);
        unsigned cl = d->x->cclass[c];
        if (!(cl & CC_HAN))
            return 0;
        if (cl & CC_ORG) {
            if (k == 0 && xat(s, j, end, "报道"))
                return 1; /* 记者李明广州报道: where the story was filed */
            if (wlindex_at(&ORG_X, s, j, end, c) &&
                (k == 0 || (k == 1 && (p == 0x5E02 || p == 0x7701)) || !xat_any(s, j, end, W_OFFICE)))
                return 1; /* (an office right after the place or its 市/省) */
            if (c == 0x62A5 && paper_at(s, j, end, k, p)) /* 报 */
                return 1;
        }
        p = c;
        j += 3;
    }
    return 0;
}

/* A news agency's dateline before a place name: 新华社北京1月17日电,
 * 中新网南京7月30日电, 本报南京讯. The place is where it was filed. */
static int dateline_at(const char *s, size_t a, size_t i)
{
    return xends(s, a, i, "社") || xends(s, a, i, "网") || xends(s, a, i, "本报") ||
           xends(s, a, i, "电讯") || xends(s, a, i, "记者");
}

static int region_subject(const char *s, size_t j, size_t end);
static int expand_short(const doc *d, const char *s, size_t i, size_t j, size_t e, char *out);
static void learn_doc_full(doc *d, size_t a, size_t b);
static void learn_title_short(doc *d, size_t a, size_t b);
static size_t short_of(const char *z, size_t zl, const char *s, size_t i, size_t end);
static size_t zone_at(doc *d, size_t i, size_t end, char *out, int *weak, unsigned c0, size_t pa, int pkind);

/* Is there a text's zone (section or document) for 全区, 园区 ... to name? */
static inline int has_zone(const doc *d)
{
    return d->sec_zone[0] || d->doc_zone[0];
}

/* Words that stand for the text's own zone when they stand alone (after a
 * name's left edge): 园区, 开发区, 高新区 ... */
/* Is the zone in force over a sentence (the paragraph's, else the
 * section's) a province's (江苏省, 广西壮族自治区)? */
static int province_zone(const doc *d)
{
    const char *z = d->para_zone[0] ? d->para_zone : d->sec_zone;
    size_t n = strlen(z);
    return (n >= 9 && memcmp(z + n - 3, "省", 3) == 0) || (n >= 15 && memcmp(z + n - 9, "自治区", 9) == 0);
}

/* Time words after a province's bare name at the start of a line (zone_at). */
static const wl W_WHEN[] = {W("上半年"), W("下半年"), W("前三季度"), W("一季度"), W("二季度"), W("三季度"),
                            W("四季度"), W("今年"), W("去年"), W("全年"), W("前"), {NULL, 0}};

static const wl W_BACK[] = {W("园区"), W("开发区"), W("高新区"), W("经开区"), W("新片区"), W("新区"), {NULL, 0}};
static wlindex BACK_X = {W_BACK, {0}};

/* xzone_at where no learned name starts, at the first character of a
 * zone suffix (CC_ZSUF: those of W_GSUFFIX and W_BACK), the text having a
 * zone of its own: a zone starts here only at a name's left edge, with a
 * word of W_BACK or the bare suffix of the text's zone (科学城 of 张江科学
 * 城: a word of W_GSUFFIX that starts here and ends the zone's name). */
XNOINLINE static size_t suffix_first(doc *d, size_t i, size_t end, char *out, int *weak, unsigned c0)
{
    const char *z = d->sec_zone[0] ? d->sec_zone : d->doc_zone;
    if (!xname_edge(d, 0, i))
        return 0;
    size_t zl;
    if (wlindex_at(&BACK_X, d->s, i, end, c0) ||
        (end - i >= 3 && (zl = strlen(z), gsuffix_ends(z, zl, d->s, i, end, c0) || short_of(z, zl, d->s, i, end))))
        return zone_at(d, i, end, out, weak, c0, 0, 0);
    return 0;
}

/* xzone_at where no learned name starts, at the first character of a
 * place name (class cc has CC_PLACE), not 全/本/该: a place name, else
 * what suffix_first finds. */
XNOINLINE static size_t place_first(doc *d, size_t i, size_t end, char *out, int *weak, unsigned c0,
                                    unsigned cc)
{
    int kind;
    size_t a = xplaces_match(d->x->places, d->s, i, end, &kind);
    if (a)
        return zone_at(d, i, end, out, weak, c0, a, kind);
    if ((cc & CC_ZSUF) && has_zone(d))
        return suffix_first(d, i, end, out, weak, c0);
    return 0;
}

/* xzone_at where no learned name starts, from the character c0 (class cc):
 * a zone starts with a character of class CC_ZSTART (places of the table,
 * zone suffixes, 全/本/该); the first two are tried further by place_first
 * and suffix_first. */
static inline size_t zone_unlearned(doc *d, size_t i, size_t end, char *out, int *weak, unsigned c0,
                                    unsigned cc)
{
    if (!(cc & CC_ZSTART))
        return 0;
    if (c0 == 0x5168 || c0 == 0x672C || c0 == 0x8BE5 || !(cc & (CC_PLACE | CC_ZSUF))) /* 全本该 */
        return zone_at(d, i, end, out, weak, c0, 0, 0);
    /* (xplaces_match's first test, the filter of the names' first two
     * characters, made here: a place of none is tried as a suffix only) */
    if ((cc & CC_PLACE) && xpair_maybe(d->x->place_pairs, (const unsigned char *)d->s + i, end - i))
        return place_first(d, i, end, out, weak, c0, cc);
    return (cc & CC_ZSUF) && has_zone(d) ? suffix_first(d, i, end, out, weak, c0) : 0;
}

/* xzone_at where the filter of first characters (name_first) lets a
 * learned name start: does one? */
XNOINLINE static size_t name_first(doc *d, size_t i, size_t end, char *out, int *weak, unsigned c0)
{
    const char *t = d->s + i;
    unsigned cc = c0 < 0x10000 ? d->x->cclass[c0] : 0;
    /* (the names' first three bytes in one word each, name3: no name
     * row read for most) */
    const uint32_t h = end - i >= 6 ? name_head(t) : 0; /* (a name has six bytes or more) */
    for (size_t k = 0; h && k < d->nnames; k++)
        if (d->name3[k] == h && d->nlen[k] <= end - i && memcmp(t, d->names[k], d->nlen[k]) == 0)
            return zone_at(d, i, end, out, weak, c0, 0, 0);
    return zone_unlearned(d, i, end, out, weak, c0, cc);
}

/*
 * A zone named at s[i]: a learned name, a city (with 市 and a following
 * zone suffix), a province with 省, a region, or 全市/全区. Writes the
 * zone into out and returns the bytes matched (0: none).
 *
 * The common answer, "no zone starts here", comes from the first character
 * alone (this runs at nearly every Han character of a sentence): neither
 * a learned name's first character (name_first) nor of class CC_ZSTART.
 * Only tail calls here: the quick answer saves no registers; zone_at does
 * the rest.
 */
size_t xzone_at(doc *d, size_t i, size_t end, char *out, int *weak)
{
    if (weak)
        *weak = 0;
    if (i >= end)
        return 0;
    const unsigned char *u = (const unsigned char *)d->s + i;
    unsigned c0;
    if ((u[0] & 0xF0) == 0xE0 && end - i >= 3) /* mostly: xcp's 3-byte case, in place */
        c0 = ((unsigned)(u[0] & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    else {
        size_t adv;
        c0 = xcp(d->s, i, end, &adv);
    }
    unsigned cc = c0 < 0x10000 ? d->x->cclass[c0] : 0;
    if (!xzone_may_start(d, c0, cc))
        return 0;
    if (xname_first(d, c0))
        return name_first(d, i, end, out, weak, c0);
    return zone_unlearned(d, i, end, out, weak, c0, cc);
}

/* xzone_at for a caller that has decoded the character c0 at i (i < end;
 * its class cc) and made the first test (xzone_may_start): the rest. */
size_t xzone_at_c(doc *d, size_t i, size_t end, char *out, int *weak, unsigned c0, unsigned cc)
{
    if (weak)
        *weak = 0;
    if (xname_first(d, c0))
        return name_first(d, i, end, out, weak, c0);
    return zone_unlearned(d, i, end, out, weak, c0, cc);
}

/* Words after a place that make it where people or firms come from
 * (澳门居民, 澳门企业, 香港籍): the place is their origin, not the area of
 * the figure. */
static const wl W_ORIGIN[] = {W("居民"), W("企业"), W("籍"), W("资"), W("同胞"), W("青年"), W("学生"),
                              W("客商"), W("商人"), W("投资者"), W("人士"), W("游客"), {NULL, 0}};

/* Is the city `stem` named at s[i..j) not the subject of its figure: the
 * origin of people or firms (澳门居民, 来自香港的), or, inside a phrase,
 * the city the zone the text or paragraph is about is named after (其中
 * 湖南衡阳市某项目, 占衡阳市的, in a paragraph on 衡阳松木经济开发区; not
 * another city: 同期澳门入境旅客 in a text on 横琴)? Then 1 (weak: it gives way
 * to a section's or paragraph's zone), or 2 (no zone at all) when such a
 * zone is known; else 0. */
static int not_subject(const doc *d, size_t i, size_t j, size_t end, const char *stem)
{
    /* (以镇江市第一名的成绩: the field of a rank keeps its city) */
    static const wl W_FIELD[] = {W("第"), W("首"), W("前"), W("排名"), W("排第"), {NULL, 0}};
    const char *z = xcontext_zone(d);
    size_t sl = strlen(stem), adv;
    /* (“澳门新街坊”项目: a city opening a quoted name is part of it) */
    int origin = xat_any(d->s, j, end, W_ORIGIN) || xends(d->s, 0, i, "来自") ||
                 ((xends(d->s, 0, i, "“") || xends(d->s, 0, i, "「")) && j + 3 <= end &&
                  (d->x->cclass[xcp(d->s, j, end, &adv)] & CC_HAN));
    size_t zl = z ? strlen(z) : 0;
    if (!origin && z && zl > sl + 6 && memcmp(z, stem, sl) == 0 && strcmp(z + sl, "市") != 0 &&
        !xname_edge(d, 0, i) && !xat_any(d->s, j, end, W_FIELD))
        origin = 1;
    return origin ? (z ? 2 : 1) : 0;
}

/* Is the bare city name s[i..j) the subject of a clause of its own
 * stating its change (其中,长沙增长6.1%,株洲下降1.2%; 长沙增速为6.1%)? Then
 * it is no weak name: the figure is that city's, whatever the paragraph's
 * zone. */
static int own_growth(const doc *d, size_t i, size_t j, size_t end)
{
    static const wl verb[] = {W("增长"), W("下降"), W("增速"), W("增幅"), W("同比增长"), W("同比下降"), {NULL, 0}};
    const char *s = d->s;
    size_t v = xat_any(s, j, end, verb);
    if (!v || !(i == 0 || s[i - 1] == ',' || s[i - 1] == ';' || s[i - 1] == ':' || s[i - 1] == '\n' ||
                (i >= 3 && (xends(s, 0, i, "、") || xends(s, 0, i, "其中")))))
        return 0;
    j += v;
    j += xat(s, j, end, "为") ? 3 : xat(s, j, end, "了") ? 3 : 0;
    return j < end && s[j] >= '0' && s[j] <= '9';
}

/* xzone_at past its first-character test. pa: the bytes of a place name
 * of the table matched at i, of kind pkind, when the caller matched it
 * (place_first), else 0. */
XNOINLINE static size_t zone_at(doc *d, size_t i, size_t end, char *out, int *weak, unsigned c0, size_t pa, int pkind)
{
    size_t best = 0, a;
    int kind = 0, dummy;
    int name_here = xname_first(d, c0) && end - i >= 6; /* (a name has six bytes or more) */
    const uint32_t h = name_here ? name_head(d->s + i) : 0;
    if (!weak)
        weak = &dummy;
    for (size_t k = 0; name_here && k < d->nnames; k++) {
        size_t n = d->nlen[k];
        if (d->name3[k] == h && n > best && n <= end - i && memcmp(d->s + i, d->names[k], n) == 0) {
            best = n;
            str_copy(out, NAME_CAP, d->zones[k]);
        }
    }
    if (!best && (c0 >= 0x10000 || !(d->x->cclass[c0] & CC_ZSTART)))
        return 0;
    /* a learned stem and a zone suffix: 萧山 (of 萧山区) + 经开区 */
    if (best && (a = wlindex_at_text(&ZSUFFIX_X, d->s, i + best, end)) != 0) {
        copy_nospace(out, NAME_CAP, d->s, i, i + best + a);
        return best + a;
    }
    /* (a place name starts with a character of class CC_PLACE) */
    unsigned cc0 = c0 < 0x10000 ? d->x->cclass[c0] : 0;
    if (pa) /* (place_first's match, passed on) */
        a = pa, kind = pkind;
    else
        a = (cc0 & CC_PLACE) ? xplaces_match(d->x->places, d->s, i, end, &kind) : 0;
    if (a && dateline_at(d->s, 0, i))
        a = 0;
    if (a && a >= best) {
        size_t j = i + a, b;
        char stem[NAME_CAP];
        /* (a name of the table, matched byte for byte: no space to drop) */
        memcpy(stem, d->s + i, a);
        stem[a] = 0;
        if ((b = xat(d->s, j, end, "省")) || (b = xat(d->s, j, end, "自治区"))) {
            if (org_follows(d, d->s, j + b, end))
                return best;
            if (kind == PLACE_PROVINCE || strcmp(stem, "吉林") == 0) {
                str_cat3(out, NAME_CAP, stem, b == 3 ? "省" : "自治区", "");
                return j + b - i;
            }
        }
        if (kind == PLACE_PROVINCE) {
            /* "江苏:上半年..." at the start of a line names the province */
            /* and "福建10月份...", "湖南前三季度...": the province with the
             * time of its figures at the start of a line or of a heading's
             * clause */
            if ((i == 0 || d->s[i - 1] == '\n' || d->s[i - 1] == ' ') && j < end &&
                (d->s[j] == ':' || (d->s[j] >= '0' && d->s[j] <= '9') || xat_any(d->s, j, end, W_WHEN))) {
                str_cat3(out, NAME_CAP, stem, "省", "");
                return a;
            }
            return best;
        }
        if (kind == PLACE_REGION) {
            /* (a name all the same, for the indicator to leave out; weak 2
             * tells the zone walks it names no zone) */
            *weak = region_subject(d->s, j, end) ? 0 : 2;
            str_copy(out, NAME_CAP, stem);
            return a;
        }
        if (org_follows(d, d->s, j, end))
            return best;
        /* 香港, 澳门: special administrative regions, not 市 */
        if (a == 6 && (!memcmp(stem, "香港", 6) || !memcmp(stem, "澳门", 6))) {
            size_t t = xat(d->s, j, end, "特别行政区");
            if (!t)
                t = xat(d->s, j, end, "特区");
            str_copy(out, NAME_CAP, stem);
            *weak = not_subject(d, i, j + t, end, stem);
            return j + t - i;
        }
        size_t shi = xat(d->s, j, end, "市");
        if (shi && xat(d->s, j + shi, end, "区"))
            shi = 0; /* 苏州市区: the city proper, a word of its own */
        /* 淮安区, 广安区: a district named after its city (not 区域, 区县, 区级);
         * 衡阳县, 长沙县: a county (not 县域, 县级, 县区) */
        if (!shi && (((b = xat(d->s, j, end, "区")) && !char_in(d->s, j + b, end, "域别间位块划分内县级")) ||
                     ((b = xat(d->s, j, end, "县")) && !char_in(d->s, j + b, end, "域级区乡城市"))) &&
            !org_follows(d, d->s, j, end)) {
            copy_nospace(out, NAME_CAP, d->s, i, j + b);
            return j + b - i;
        }
        j += shi;
        if ((b = wlindex_at_text(&ZSUFFIX_X, d->s, j, end))) {
            /* a zone inside it named right after (上海自贸区临港新片区):
             * the fuller name, as on the generic route */
            char inner[NAME_CAP];
            size_t c = xgeneric_zone_at(d, d->s, j + b, end, inner, 2);
            copy_nospace(out, NAME_CAP, d->s, i, j + b + c);
            /* (a full suffix, 合肥经济技术开发区: its short forms, 合肥经开区
             * read before or after, stand for it) */
            if (!c && b >= 15)
                learn_park_forms(d, d->s, i, j + b, out);
            return j + b + c - i;
        }
        /* 南京江北新区, 杭州钱塘区: a city and a name of its own with a
         * suffix (not 无锡市梁溪区, handled below with its 市) */
        if (!shi && (b = xgeneric_zone_at(d, d->s, j, end, out, 2)) != 0) {
            size_t sl = xends_any(d->s, j, j + b, W_GSUFFIX);
            /* (横琴合作区 after 横琴粤澳深度合作区: that name) */
            if (!expand_short(d, d->s, i, j + b - sl, j + b, out))
                copy_nospace(out, NAME_CAP, d->s, i, j + b);
            /* the name without the city stands for it (南沙区, 南沙 of 广州南沙区) */
            learn_alias(d, d->s, j, j + b, out);
            learn_short(d, d->s, j, j + b, out);
            return j + b - i;
        }
        /* 衡阳市松木经济开发区, 南京市江北新区: a park or new area of the
         * city, named as a learned name stands for it, else as written
         * after 市 (as 无锡市梁溪区 below) */
        if (shi && (b = xgeneric_zone_at(d, d->s, j, end, out, 2)) != 0 &&
            xends_any(out, 0, strlen(out), W_GSUFFIX) >= 6) {
            for (size_t k = 0; k < d->nnames; k++)
                if (d->nlen[k] == b && memcmp(d->s + j, d->names[k], b) == 0) {
                    str_copy(out, NAME_CAP, d->zones[k]);
                    return j + b - i;
                }
            xlearn_generic(d, d->s, j, j + b);
            return j + b - i;
        }
        /* 无锡市梁溪区: city + two characters + 区/县 */
        if (shi) {
            size_t k = j, cnt = 0, adv;
            while (k < end && cnt < 3 && xhan(xcp(d->s, k, end, &adv)) && !xat(d->s, k, end, "区") &&
                   !xat(d->s, k, end, "县")) {
                k += adv;
                cnt++;
            }
            if (cnt == 2 && ((a = xat(d->s, k, end, "区")) || (a = xat(d->s, k, end, "县"))) &&
                !xat(d->s, k + a, end, "委")) {
                copy_nospace(out, NAME_CAP, d->s, j, k + a);
                learn_alias(d, d->s, j, k + a, NULL); /* 南沙区, 南沙 of 广州市南沙区 */
                learn_alias(d, d->s, j, k, out);
                return k + a - i;
            }
        }
        str_cat3(out, NAME_CAP, stem, "市", "");
        /* a bare city name is weak (the section's or paragraph's zone
         * wins), except under a province's: 厦门 in a text on 福建省 is
         * the city, a lower level than the province */
        *weak = shi == 0 && !(kind == PLACE_CITY && province_zone(d)) && !own_growth(d, i, j, end);
        if (!*weak)
            *weak = not_subject(d, i, j, end, stem);
        return j - i;
    }
    if (best)
        return best;
    /* 占全市, 居全省, 高于全市: the whole is a denominator or a ranking's
     * field, not the figure's area */
    if (xat(d->s, i, end, "全")) {
        if (i >= 3 && char_in(d->s, i - 3, end, "占居列于比较在"))
            return 0;
        /* 全市第一, 全省前列, 全国首位: the field of a ranking */
        if (i + 6 < end &&
            (xat(d->s, i + 6, end, "第") || xat(d->s, i + 6, end, "前") || xat(d->s, i + 6, end, "首")))
            return 0;
    }
    /* the suffix of the text's zone standing alone: 科学城 after 张江科学城
     * (a suffix starts with a character of class CC_ZSUF; the cheap tests
     * first: a word of W_GSUFFIX that starts here and ends z) */
    if ((d->sec_zone[0] || d->doc_zone[0]) && (cc0 & CC_ZSUF) && end - i >= 3) {
        const char *z = d->sec_zone[0] ? d->sec_zone : d->doc_zone;
        size_t zl = strlen(z), sl;
        if (gsuffix_ends(z, zl, d->s, i, end, c0) && xname_edge(d, 0, i) &&
            (sl = xends_any(z, 0, zl, W_GSUFFIX)) >= 6 && sl < zl && sl <= end - i &&
            memcmp(d->s + i, z + zl - sl, sl) == 0) {
            str_copy(out, NAME_CAP, z);
            return sl;
        }
        /* (综保区 alone after 重庆西永综合保税区: its short suffix) */
        if ((sl = short_of(z, zl, d->s, i, end)) != 0 && xname_edge(d, 0, i)) {
            str_copy(out, NAME_CAP, z);
            return sl;
        }
    }
    if ((a = xat(d->s, i, end, "全市")) && d->city[0]) {
        str_cat3(out, NAME_CAP, d->city, "市", "");
        return a;
    }
    if ((a = xat(d->s, i, end, "全省")) && d->province[0]) {
        str_copy(out, NAME_CAP, d->province);
        return a;
    }
    /* words that point back to the text's own area: 全区, 本区, 该县, and
     * 园区/开发区/高新区 standing alone */
    if ((d->sec_zone[0] || d->doc_zone[0]) &&
        ((a = xat(d->s, i, end, "全区")) || (a = xat(d->s, i, end, "全县")) ||
         (a = xat(d->s, i, end, "本区")) || (a = xat(d->s, i, end, "该区")) ||
         (a = xat(d->s, i, end, "本县")) || (a = xat(d->s, i, end, "该县")) ||
         ((a = xat_any(d->s, i, end, W_BACK)) && xname_edge(d, 0, i)))) {
        /* (高新区 after a paragraph on 合肥高新区: that park, the
         * paragraph's zone with this very suffix) */
        size_t pl = strlen(d->para_zone);
        int para = pl > a && xends_any(d->para_zone, 0, pl, W_GSUFFIX) == a &&
                   memcmp(d->para_zone + pl - a, d->s + i, a) == 0;
        str_copy(out, NAME_CAP, para ? d->para_zone : d->sec_zone[0] ? d->sec_zone : d->doc_zone);
        return a;
    }
    return 0;
}

/* Words after a district or county name that show it is the subject. */
static const wl W_FOLLOW[] = {
    W("实现"), W("完成"), W("新增"), W("累计"), W("共"), W("全年"), W("今年"), W("上半年"),
    W("一季度"), W("前三季度"), W("地区生产总值"), W("GDP"), W("经济"), W("财政"),
    W("一般公共预算"), W("规上"), W("规模以上"), W("工业"), W("固定资产"), W("社会消费品"),
    W("进出口"), W("外贸"), W("的"), W("将"), W("已"), W("要"), W("共有"), W("拥有"),
    W("现有"), W("新签约"), W("签约"), W("引进"), W("招引"), W("位列"), W("位居"),
    W("排名"), W("城镇"), W("农村"), W("居民"), W("人均"), W("常住"), W("户籍"),
    W("实际使用"), W("力争"), W("计划"), W("预计"), W("目前"), W("去年"), W("同比"),
    W("委"), W("政府"), W("人民政府"), W("增长"), W("下降"), W("增速"), W("增幅"), W("占"),
    W("分别"), W("方面"), {NULL, 0}};
/* (by first character: xgeneric_zone_at asks it after each bare suffix) */
static wlindex FOLLOW_X = {W_FOLLOW, {0}};
_Static_assert(sizeof W_FOLLOW / sizeof W_FOLLOW[0] <= 65, "a wlindex holds at most 64 words");

/* Words after the last name of a list that sum it up or share a figure
 * out (耒阳市、常宁市、衡南县三地分别..., 蜀山区和包河区均...). */
static const wl W_LIST_END[] = {W("两地"), W("三地"), W("四地"), W("五地"), W("六地"), W("等地"), W("两县"),
                                W("三县"), W("两区"), W("三区"), W("两市"), W("三市"), W("各"), W("均"),
                                {NULL, 0}};

/* A list of districts or counties: after the name ending at e (its suffix
 * 区/县/市 the three bytes before e), 、/和/与/及 and another name of two or
 * three characters with the same suffix or another of a county's level
 * (淮阴区、洪泽区; 江宁区和浦口区; 常宁市、衡南县), or a word ending a list
 * (三地, 均): each is a subject as the last one is. */
int xlist_follows(const char *s, size_t e, size_t end)
{
    if (e < end && s[e] == ':')
        return 1; /* (and a label: "淮阴区:一季度...") */
    if (e < end && (unsigned char)s[e] >= 0xE4 && xat_any(s, e, end, W_LIST_END))
        return 1; /* (or the end of one: 衡南县三地, 包河区均) */
    size_t j = e, adv;
    if (e < 3 || !char_in(s, e, end, "、和与及"))
        return 0;
    j += 3;
    for (int cnt = 0; cnt < 4 && j + 3 <= end; cnt++) {
        /* (the same suffix, or another of the same level: 常宁市、衡南县,
         * 官渡镇、永和乡) */
        if (cnt >= 2 && (memcmp(s + j, s + e - 3, 3) == 0 ||
                         (char_in(s, j, end, "区县市") && char_in(s, e - 3, end, "区县市")) ||
                         (char_in(s, j, end, "镇乡") && char_in(s, e - 3, end, "镇乡"))))
            return 1;
        /* (和 after the mark is a name's: 和平区, 永和镇) */
        if (!xhan(xcp(s, j, end, &adv)) || adv != 3 || char_in(s, j, end, "的、"))
            return 0;
        j += 3;
    }
    return 0;
}

/* A region (长三角, 粤港澳大湾区) is the zone only as the subject of the
 * figure: a statistic or a predicate after it (长三角地区生产总值, 大湾区
 * 经济总量, 长三角实现), or the figure itself (覆盖长三角20多个城市); not
 * where projects come from (来自长三角地区的项目) or a campaign went (赴
 * 珠三角、长三角开展招商). j: after the region's name. */
static int region_subject(const char *s, size_t j, size_t end)
{
    static const wl area[] = {W("地区"), W("区域"), W("城市群"), W("一体化"), W("各地"), {NULL, 0}};
    static const wl not_subject[] = {W("的"), W("将"), W("要"), W("委"), W("政府"), W("人民政府"),
                                     W("城镇"), W("农村"), W("力争"), W("计划"), {NULL, 0}};
    if (xat_any(s, j, end, W_FOLLOW) && !xat_any(s, j, end, not_subject))
        return 1;
    j += xat_any(s, j, end, area);
    if (j < end && (s[j] == ':' || (s[j] >= '0' && s[j] <= '9') || char_in(s, j, end, "一二两三四五六七八九十百千万数几")))
        return 1;
    return xat_any(s, j, end, W_FOLLOW) && !xat_any(s, j, end, not_subject);
}

/* Two characters that end a common noun, not a name (城区, 景区, 上市). */
static const wl COMMON_TAIL[] = {
    W("城区"), W("市区"), W("小区"), W("景区"), W("社区"), W("片区"), W("郊区"), W("山区"), W("老区"),
    W("矿区"), W("灾区"), W("辖区"), W("街区"), W("校区"), W("厂区"), W("林区"), W("牧区"), W("湖区"),
    W("营区"), W("军区"), W("选区"), W("专区"), W("学区"), W("展区"), W("商区"), W("核心区"),
    W("功能区"), W("城市"), W("都市"), W("超市"), W("股市"), W("楼市"), W("上市"), W("夜市"), W("集市"),
    W("开市"), W("门市"), W("花市"), W("菜市"), W("车市"), W("城镇"), W("乡镇"), W("集镇"), W("村镇"),
    W("城乡"), W("下乡"), W("家乡"), W("故乡"), W("老乡"), W("园区"), W("县区"), W("市县"), W("区县"),
    {NULL, 0}};

/* First words of a common noun ending in 区/县/市 or a zone suffix
 * (核心区, 工业园区, 国家高新区): no place name starts with them. */
static const wl W_GENERIC[] = {
    W("核心"), W("示范"), W("先行"), W("试验"), W("集聚"), W("功能"), W("保税"), W("开发"),
    W("产业"), W("商务"), W("中心"), W("老城"), W("主城"), W("生态"), W("达标"), W("风景"),
    W("旅游"), W("工业"), W("农业"), W("居住"), W("住宅"), W("新城"), W("城市"), W("综合"),
    W("自贸"), W("高新"), W("经开"), W("港口"), W("物流"), W("科技"), W("创新"), W("商业"),
    W("文化"), W("行政"), W("地级"), W("县级"), W("省级"), W("市级"), W("国家"), W("直辖"),
    W("各个"), W("所在"), W("辖区"), W("周边"), W("相关"), W("重点"), W("全国"), W("全省"),
    W("部分"), W("其他"), W("其余"), W("多个"), W("山区"), W("老区"), W("景区"), W("社区"),
    W("片区"), W("园区"), W("市区"), W("郊区"), W("新区"), W("城区"), W("消费"), W("资本"),
    W("国内"), W("国际"), W("海外"), W("农村"), W("城乡"), W("城镇"), W("特色"), W("先导"),
    W("承载"), W("集中"), W("实验"), W("改革"), W("开放"), W("贫困"), W("欠发达"), W("发达"),
    W("试点"), W("重要"), W("主要"), W("所有"), W("现代"), W("经济"), W("数字"), W("智能"),
    W("新增"), W("完成"), W("实现"), W("拥有"), W("各"), W("本"), {NULL, 0}};

/* A one-character suffix and the characters that make it the start of a
 * longer word (区域, 市场, 县域, 镇村). */
static const struct {
    const char *suffix;
    const char *bad_next;
} SFX_NEXT[] = {{"区", "域别间位块划分内"}, {"县", "域级区乡城"}, {"市", "场民值政区级容貌域面井县"},
                {"镇", "村街级域区"}, {"乡", "村镇土亲贤"}};

/* The name s[i..e) as the last of a list of names (来安县、天长市、全椒县
 * 重点项目..., 天长市和全椒县表现突出): right after 、/和/与 after another
 * name's suffix (区县市镇乡); or as the subject of a figure of its own
 * (来安县为61.2%, 全椒县达58.8%). */
static int list_last(const char *s, size_t i, size_t e, size_t end)
{
    if (e + 4 <= end && (xat(s, e, end, "为") || xat(s, e, end, "达")) && s[e + 3] >= '0' && s[e + 3] <= '9')
        return 1;
    return i >= 6 && char_in(s, i - 3, i + 3, "、和与") && char_in(s, i - 6, i, "区县市镇乡");
}

/*
 * A district or county named at the start of a clause, where Chinese puts
 * the subject: "江宁区实现地区生产总值...", "昆山市新增...". Two or three
 * characters and 区/县/市/镇/乡, not a common noun (核心区, 示范区) and not
 * the start of a longer word (区域, 市场, 县域). Returns the bytes (0 none).
 */
/* (xclause_zone_at, extract_internal.h, makes the first test: two 3-byte
 * characters and one of class CC_NSTART) */
size_t xclause_zone_rest(const char *s, size_t i, size_t end, char *out)
{
    size_t j = i, cnt = 0, adv;
    for (; cnt < 3 && j < end; cnt++) {
        unsigned c = xcp(s, j, end, &adv);
        if (!xhan(c) || adv != 3)
            break;
        for (size_t k = 0; k < sizeof SFX_NEXT / sizeof SFX_NEXT[0]; k++) {
            size_t a = xat(s, j, end, SFX_NEXT[k].suffix);
            if (!a || cnt < 2)
                continue;
            if (j + a + 3 <= end && !xat(s, j + a, end, "分别")) { /* (区分, not 区|分别) */
                /* bad_next is a string of 3-byte characters */
                for (const char *b = SFX_NEXT[k].bad_next; *b; b += 3)
                    if (memcmp(s + j + a, b, 3) == 0)
                        return 0;
            }
            if (xat_any(s, i, j, W_GENERIC) || xhas(s, i, j, "的"))
                return 0;
            if (xends_any(s, i, j + a, COMMON_TAIL))
                return 0; /* 新片区, 老城区 */
            /* prepositions and verbs do not start a place name (占全市, 重组区) */
            for (const char *b = "占比较在对向从于为和与及到至重组建设推加促带把被让使将以按据经由自当超达"; *b;
                 b += 3)
                if (memcmp(s + i, b, 3) == 0)
                    return 0;
            /* the name is the subject: a predicate or a topic of the
             * statistics follows it */
            if (!xat_any(s, j + a, end, W_FOLLOW) && !xlist_follows(s, j + a, end) && !list_last(s, i, j + a, end))
                return 0;
            copy_nospace(out, NAME_CAP, s, i, j + a);
            return j + a - i;
        }
        j += adv;
    }
    return 0;
}

/* Learn district names from "X区委/X县委/X区长/X区政府" and "<city>高新区". */
/* What follows 区/县/镇 in X区委, X县长, X镇党委 ... */
static const wl W_DISTRICT_AFTER[] = {W("委"), W("长"), W("政府"), W("党委"), W("人民政府"), {NULL, 0}};

/* What xlearn_from_line learns at 区/县/镇 (s[i], line [a, b)): X区委 /
 * X县长 / X镇党委, X two characters before it. */
XNOINLINE static void learn_district(doc *d, size_t a, size_t b, size_t i)
{
    size_t p = i - 6;
    size_t adv2;
    if (i < a + 6 || !xat_any(d->s, i + 3, b, W_DISTRICT_AFTER))
        return;
    if (xhan(xcp(d->s, p, b, &adv2)) && adv2 == 3 && xhan(xcp(d->s, p + 3, b, &adv2)) &&
        !bad_name_start(d->s, p, b)) {
        size_t pb = xprev(d->s, a, p);
        /* the name must start a word: not after another Han char of a name */
        unsigned pc = p > a ? xcp(d->s, pb, b, &adv2) : ' ';
        if (!xhan(pc) || xat(d->s, pb, b, "、") || xat(d->s, pb, b, "市") || xat(d->s, pb, b, "暨") ||
            xat(d->s, pb, b, "和")) {
            /* two characters + 区/县/镇; the two alone name it too */
            char full[NAME_CAP];
            copy_nospace(full, sizeof full, d->s, p, p + 9);
            xlearn_name(d, d->s, p, p + 9);
            learn_alias(d, d->s, p, p + 6, full);
        }
    }
}

/* What xlearn_from_line learns at the start of a place name s[i] while the
 * text's city or province is unknown: the first city and province named
 * (not inside an organisation's name or a dateline). */
XNOINLINE static void learn_city(doc *d, size_t a, size_t b, size_t i)
{
    int kind;
    size_t m = xplaces_match(d->x->places, d->s, i, b, &kind);
    /* (only a name that would fill an empty slot is worth the checks) */
    int useful = m && ((kind == PLACE_CITY && !d->city[0]) ||
                       ((kind == PLACE_PROVINCE || (kind == PLACE_CITY && !strncmp(d->s + i, "吉林", 6))) &&
                        !d->province[0]));
    /* (an office of the province, 湖南省统计局, 福建省能源局, names the
     * province the text is about: 全省 is that province) */
    int office = kind == PLACE_PROVINCE && xat(d->s, i + m, b, "省");
    if (useful && (office || !org_follows(d, d->s, i + m, b)) && !dateline_at(d->s, a, i)) {
        if (kind == PLACE_CITY && !d->city[0])
            copy_nospace(d->city, sizeof d->city, d->s, i, i + m);
        if ((kind == PLACE_PROVINCE || (kind == PLACE_CITY && !strncmp(d->s + i, "吉林", 6))) &&
            !d->province[0]) {
            char stem[NAME_CAP];
            copy_nospace(stem, sizeof stem, d->s, i, i + m);
            str_cat3(d->province, sizeof d->province, stem, "省", "");
        }
    }
}

/* Code point at s[i] (i + 3 <= b): xcp with its common case, a 3-byte
 * character, first. */
static inline unsigned cp_at(const char *s, size_t i, size_t b, size_t *adv)
{
    const unsigned char *u = (const unsigned char *)s + i;
    if ((u[0] & 0xF0) == 0xE0) {
        *adv = 3;
        return ((unsigned)(u[0] & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
    return xcp(s, i, b, adv);
}

/* Is c 区, 县 or 镇 (what learn_district looks at)? */
static inline int district_char(unsigned c)
{
    return c == 0x533A || c == 0x53BF || c == 0x9547;
}

/* learn_district's first test, in place: a word of W_DISTRICT_AFTER
 * after s[i] (委 长 政府 党委 人民政府) ends its first character in byte 94,
 * BF, 9A or BA; most 区/县/镇 are followed by none. */
static inline int district_after_maybe(const char *s, size_t i, size_t b)
{
    if (i + 6 > b)
        return 0;
    unsigned t = (unsigned char)s[i + 5] - 0x80u;
    /* (bit t - 0x80 of a mask: no branch per byte) */
    const uint64_t after = (uint64_t)1 << (0x94 - 0x80) | (uint64_t)1 << (0xBF - 0x80) |
                           (uint64_t)1 << (0x9A - 0x80) | (uint64_t)1 << (0xBA - 0x80);
    return t < 64 && ((after >> t) & 1);
}

/* Is s[i..i+3) 区, 县 or 镇 (district_char on its bytes, branch-free)? */
static inline int district_bytes(const char *s, size_t i)
{
    const unsigned char *u = (const unsigned char *)s + i;
    unsigned w = (unsigned)u[0] << 16 | (unsigned)u[1] << 8 | u[2];
    return (w == 0xE58CBA) | (w == 0xE58EBF) | (w == 0xE99587);
}

/* Learn at s[i], the character c: 区/县/镇 (of class CC_NSTART) start
 * learn_district, a place's first character (CC_PLACE) learn_city while
 * *want (the city or the province unknown, find_city). One class lookup
 * (cls, d->x->cclass) turns most characters away. */
XINLINE void learn_at(doc *d, const unsigned short *cls, size_t a, size_t b, size_t i, unsigned c,
                     int find_city, int *want)
{
    unsigned cc = c < 0x10000 ? cls[c] : 0;
    if (!(cc & (CC_NSTART | CC_PLACE)))
        return;
    if ((cc & CC_NSTART) && district_char(c) && district_after_maybe(d->s, i, b))
        learn_district(d, a, b, i);
    /* (xplaces_match's first test, the filter of the names' first two
     * characters, made here: most places start no name, no call) */
    if (*want && (cc & (CC_PLACE | CC_HAN)) == (CC_PLACE | CC_HAN) &&
        xpair_maybe(d->x->place_pairs, (const unsigned char *)d->s + i, b - i)) {
        learn_city(d, a, b, i);
        *want = find_city && (!d->city[0] || !d->province[0]);
    }
}

/* The province or city whose office issues the text (安徽省商务厅,
 * 安徽商务厅, 浙江省统计局, 合肥市商务局 in a headline, a source line or a
 * breadcrumb): a province of the table, 省 or not, or a city with 市, then
 * an office right after it (a word of W_OFFICE, or a name of one to four
 * Han characters ending in 厅, with 省/市 also in 局/委/办): the text's
 * province or city, whose 全省/全市 it means. Cities only when `cities`
 * (a line of page furniture, a source line at the end). */
/* Is an office's name at s[k] (before b): a word of W_OFFICE, or one to
 * four Han characters ending in 厅 (with `unit`, 省/市 before it: also
 * 局/委/办)? */
static int office_after(const char *s, size_t k, size_t b, int unit)
{
    size_t adv;
    if (xat_any(s, k, b, W_OFFICE))
        return 1;
    for (size_t t = k, n = 0; n < 5 && t + 3 <= b; t += 3, n++) {
        unsigned u = cp_at(s, t, b, &adv);
        if (adv != 3 || !xhan(u))
            return 0;
        if (n >= 1 && (u == 0x5385 || (unit && (u == 0x5C40 || u == 0x59D4 || u == 0x529E)))) /* 厅 局委办 */
            return 1;
    }
    return 0;
}

/* The place of the table of kind `want` (a province, a city) ending at e,
 * of two or three characters, from a (its start, else 0). */
static size_t place_ending(const doc *d, size_t a, size_t e, size_t b, int want)
{
    int kind;
    for (size_t len = 6; len <= 9; len += 3)
        if (e >= a + len && xplaces_match(d->x->places, d->s, e - len, b, &kind) == len && kind == want)
            return e - len;
    return (size_t)-1;
}

/* Take the office's place s[i, j) (a city when `city`): the text's city or
 * province when not known yet, and its office zone when it is the text's. */
static void take_office(doc *d, size_t i, size_t j, int city)
{
    char stem[NAME_CAP], z[NAME_CAP];
    copy_nospace(stem, sizeof stem, d->s, i, j);
    str_cat3(z, sizeof z, stem, city ? "市" : "省", "");
    if (city && !d->city[0])
        str_copy(d->city, sizeof d->city, stem);
    if (!city && !d->province[0])
        str_copy(d->province, sizeof d->province, z);
    /* (the text's own city or province: the first office of it) */
    if (!d->office_zone[0] && (city ? strcmp(d->city, stem) : strcmp(d->province, z)) == 0)
        str_copy(d->office_zone, sizeof d->office_zone, z);
}

static void learn_office(doc *d, size_t a, size_t b, int cities)
{
    const char *s = d->s, *q;
    size_t st;
    /* at each 省, 市 and 厅 of the line: the place before it */
    for (size_t from = a; from + 3 <= b && (q = xmemmem(s + from, b - from, "省", 3)) != NULL;) {
        size_t p = (size_t)(q - s);
        from = p + 3;
        if ((st = place_ending(d, a, p, b, PLACE_PROVINCE)) != (size_t)-1 && office_after(s, p + 3, b, 1))
            take_office(d, st, p, 0);
    }
    for (size_t from = a; (cities || d->city[0]) && from + 3 <= b && (q = xmemmem(s + from, b - from, "市", 3)) != NULL;) {
        size_t p = (size_t)(q - s);
        from = p + 3;
        if ((st = place_ending(d, a, p, b, PLACE_CITY)) != (size_t)-1 && office_after(s, p + 3, b, 1))
            take_office(d, st, p, 1);
    }
    /* (安徽商务厅: no 省) */
    for (size_t from = a; from + 3 <= b && (q = xmemmem(s + from, b - from, "厅", 3)) != NULL;) {
        size_t p = (size_t)(q - s);
        from = p + 3;
        for (size_t n = 1; n <= 4 && p >= a + 3 * n; n++)
            if ((st = place_ending(d, a, p - 3 * n, b, PLACE_PROVINCE)) != (size_t)-1 &&
                office_after(s, p - 3 * n, b, 0)) {
                take_office(d, st, p - 3 * n, 0);
                break;
            }
    }
}

/* find_city 2: a line of page furniture (a breadcrumb) or one past the
 * opening lines: only an office's province or city (learn_office). */
void xlearn_from_line(doc *d, size_t a, size_t b, int find_city)
{
    /* the words the opening lines are searched for, found in one pass
     * (line_marks): 厅 and 局 of an office, 区 of a title's short name */
    const int office = find_city == 1 && (!d->province[0] || (!d->office_zone[0] && b - a <= 120)),
              title = find_city && !d->doc_zone[0] && b - a <= 150;
    const unsigned marks = office || title ? line_marks(d->s, a, b) : 0;
    /* (a long line of the body, only for a province still unknown) */
    if (find_city == 2 || (find_city && !d->province[0] && (marks & LM_TING)) ||
        (find_city && !d->office_zone[0] && b - a <= 120 && (marks & (LM_TING | LM_JU)))) {
        learn_office(d, a, b, find_city == 2);
        if (find_city == 2)
            return;
    }
    /* (a title's short name of the text's zone: its full name in an
     * opening line; each short suffix ends in 区) */
    if (find_city && !d->doc_zone[0]) {
        if (marks & LM_QU)
            learn_title_short(d, a, b);
    } else if (find_city)
        learn_doc_full(d, a, b);
    /* (the learn_* functions change neither the text nor the classes) */
    const char *s = d->s;
    const unsigned short *cls = d->x->cclass;
    size_t adv;
    int want = find_city && (!d->city[0] || !d->province[0]);
    learn_brackets(d, a, b); /* (a memchr for '(' mostly) */
    /* Without want, only 区/县 (lead byte E5) and 镇 (E9) matter: other
     * characters cost a byte test, no class lookup. */
    /* the characters of interest were noted while the line was classified
     * (line_stats): only those are looked at */
    if (d->lpos_a == a && d->lpos_b == b && d->nlpos <= XLPOS && (d->lpos_places || !want)) {
        for (size_t k = 0; k < d->nlpos; k++) {
            size_t i = d->lpos[k];
            if (i + 3 > b)
                continue;
            if (!want) {
                /* (the character's bytes first: most noted ones are the
                 * first characters of places) */
                if (district_bytes(s, i) && district_after_maybe(s, i, b))
                    learn_district(d, a, b, i);
                continue;
            }
            learn_at(d, cls, a, b, i, cp_at(s, i, b, &adv), find_city, &want);
        }
        return;
    }
    for (size_t i = a; i + 3 <= b; i += adv) {
        unsigned char u0 = (unsigned char)s[i];
        if (!want && (u0 & 0xF0) == 0xE0) {
            adv = 3;
            if ((u0 == 0xE5 || u0 == 0xE9) && district_after_maybe(s, i, b) && district_char(cp_at(s, i, b, &adv)))
                learn_district(d, a, b, i);
            continue;
        }
        learn_at(d, cls, a, b, i, cp_at(s, i, b, &adv), find_city, &want);
    }
}

/* ------------------------------------------------ names not in the table */

/* Characters that cannot be part of a place name before its suffix:
 * function words, verbs of the statistics, time and number words. */
static const char NAME_STOP[] =
    "的和与及在是了个等年月日各全从对为将已占比较约近超共有向于到至把被让使以按据经由自当"
    "并或而其该此本我这那每第达增减降升完实累计拥共获报称表示据季";

/* Verbs before a park a project or firm settled in (落户衡阳高新区的项目):
 * no part of its name. */
static const wl W_SETTLE[] = {W("落户"), W("落地"), W("入驻"), W("进驻"), W("地处"), {NULL, 0}};

/* xat_any(s, i, end, W_SETTLE)'s first test, in place: a word of two
 * characters starting with 落 (E8 90 BD), 入 (E5 85 A5), 进 (E8 BF 9B) or
 * 地 (E5 9C B0). Their lead bytes alone start a third of all characters. */
static inline int settle_maybe(const char *s, size_t i, size_t end)
{
    if (end - i < 6)
        return 0;
    const unsigned char *u = (const unsigned char *)s + i;
    unsigned w = (unsigned)u[0] << 16 | (unsigned)u[1] << 8 | u[2];
    return w == 0xE890BD || w == 0xE585A5 || w == 0xE8BF9B || w == 0xE59CB0;
}

/* The regular short suffixes of zones and the full ones they stand for
 * (西永综保区 of 重庆西永综合保税区, 前海合作区 of 前海深港现代服务业合作区,
 * 东湖高新区 of 武汉东湖新技术开发区). */
static const wl SHORT_SUFFIX[][4] = {{W("综保区"), W("综合保税区"), {NULL, 0}, {NULL, 0}},
                                     {W("经开区"), W("经济技术开发区"), W("经济开发区"), {NULL, 0}},
                                     {W("高新区"), W("高新技术产业开发区"), W("新技术产业开发区"), W("新技术开发区")},
                                     {W("自贸试验区"), W("自由贸易试验区"), {NULL, 0}, {NULL, 0}},
                                     {W("自贸区"), W("自由贸易试验区"), {NULL, 0}, {NULL, 0}},
                                     {W("合作区"), W("合作区"), {NULL, 0}, {NULL, 0}}};
#define NSHORT (sizeof SHORT_SUFFIX / sizeof SHORT_SUFFIX[0])

/* Does s (n bytes at least) start with the short or full suffix w? The
 * second character first: the short suffixes differ there (保开新贸作),
 * and most places fail at it (no call: a few bytes). */
static inline int suffix_at(const char *s, const wl *w)
{
    return s[4] == w->w[4] && s[5] == w->w[5] && same_bytes(s, w->w, w->n);
}

/* The short suffix at s[i] (综保区) of the zone z's full suffix (重庆西永
 * 综合保税区): its bytes, else 0. */
static size_t short_of(const char *z, size_t zl, const char *s, size_t i, size_t end)
{
    for (size_t g = 0; g < NSHORT; g++) {
        size_t gl = SHORT_SUFFIX[g][0].n;
        if (gl > end - i || !suffix_at(s + i, &SHORT_SUFFIX[g][0]))
            continue;
        for (size_t v = 1; v < 4 && SHORT_SUFFIX[g][v].w; v++) {
            size_t vl = SHORT_SUFFIX[g][v].n;
            if (vl != gl && zl >= vl + 6 && same_bytes(z + zl - vl, SHORT_SUFFIX[g][v].w, vl))
                return gl;
        }
    }
    return 0;
}

/* The full name of short suffix group g (SHORT_SUFFIX) whose stem is
 * s[at..q) (d's text): up to ten more characters and a full suffix
 * before lim; its start from the name's left edge, into out: 1; -1 a
 * name too long or starting after the stem; 0 none. */
static int full_after(const doc *d, const char *s, size_t at, size_t q, size_t lim, size_t g, char *out)
{
    size_t gl = SHORT_SUFFIX[g][0].n;
    for (size_t n = 0; n <= 10 && q + 3 <= lim; n++, q += 3) {
        for (size_t v = 1; v < 4 && SHORT_SUFFIX[g][v].w; v++) {
            size_t vl = SHORT_SUFFIX[g][v].n;
            if ((n || vl != gl) && q + vl <= lim && suffix_at(s + q, &SHORT_SUFFIX[g][v])) {
                size_t st = name_start(d, s, 0, q + vl);
                if (st > at || q + vl - st + 1 > NAME_CAP)
                    return -1;
                st = trim_start(d, s, st, at);
                copy_nospace(out, NAME_CAP, s, st, q + vl);
                return 1;
            }
        }
        const unsigned char *u = (const unsigned char *)s + q;
        if ((u[0] & 0xF0) != 0xE0)
            break;
        unsigned c = ((unsigned)(u[0] & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        if (!(d->x->cclass[c] & CC_HAN) || (d->x->cclass[c] & CC_NSTOP))
            break;
    }
    return 0;
}

/* The name s[i..e) (d's text), a stem and a short suffix from j: the full
 * name it stands for, named before it in the text (the stem, up to ten
 * more characters and the full suffix; from its left edge), into out: 1;
 * else 0. */
static int expand_short(const doc *d, const char *s, size_t i, size_t j, size_t e, char *out)
{
    if (s != d->s || j - i < 6)
        return 0;
    for (size_t g = 0; g < NSHORT; g++) {
        size_t gl = SHORT_SUFFIX[g][0].n;
        if (gl != e - j || !suffix_at(s + j, &SHORT_SUFFIX[g][0]))
            continue;
        const char *p;
        int r;
        for (size_t k = 0; k < i && (p = xmemmem(s + k, i - k, s + i, j - i)) != NULL;) {
            size_t at = (size_t)(p - s);
            k = at + 1;
            if ((r = full_after(d, s, at, at + (j - i), i, g, out)) != 0)
                return r > 0;
        }
        return 0;
    }
    return 0;
}

/* The short name `name` (of a zone suffix of SHORT_SUFFIX: 西永综保区,
 * the text's zone or a title's) given its full name in an opening line
 * [a, b) (重庆西永综合保税区 or 西永综合保税区, in brackets or not): the
 * full name stands for it, and for the records read under it so far. */
static void learn_full_of(doc *d, const char *name, size_t a, size_t b)
{
    size_t zl = strlen(name);
    const char *s = d->s, *p;
    char full[NAME_CAP];
    for (size_t g = 0; g < NSHORT; g++) {
        size_t gl = SHORT_SUFFIX[g][0].n, sl = zl - gl;
        if (zl < gl + 6 || !suffix_at(name + sl, &SHORT_SUFFIX[g][0]))
            continue;
        for (size_t k = a; k + sl <= b && (p = xmemmem(s + k, b - k, name, sl)) != NULL;) {
            size_t at = (size_t)(p - s);
            k = at + 1;
            if (full_after(d, s, at, at + sl, b, g, full) > 0 && strcmp(full, name) != 0) {
                char short_name[NAME_CAP];
                str_copy(short_name, sizeof short_name, name);
                learn_alias_over(d, short_name, 0, zl, full);
                return;
            }
        }
        return;
    }
}

/* learn_full_of the text's zone and of the names that stand for
 * themselves (a title's short names, learn_title_short). */
static void learn_doc_full(doc *d, size_t a, size_t b)
{
    if (d->doc_zone[0])
        learn_full_of(d, d->doc_zone, a, b);
    for (size_t k = 0; k < d->nnames; k++)
        if (d->nlen[k] >= 15 && same_bytes(d->names[k] + d->nlen[k] - 3, "区", 3) &&
            strcmp(d->names[k], d->zones[k]) == 0 && strcmp(d->names[k], d->doc_zone) != 0)
            learn_full_of(d, d->names[k], a, b);
}

/* The short names of zones a line before the text's zone is known (a
 * title) gives at the start of a clause (西永综保区1—7月..., 重庆:西永综保区
 * ...): learned as themselves, for learn_doc_full to give their full names. */
static void learn_title_short(doc *d, size_t a, size_t b)
{
    const char *s = d->s, *p;
    /* (a title's line is short; every short suffix ends in 区) */
    for (size_t k = a; b - a <= 150 && k + 3 <= b && (p = xmemmem(s + k, b - k, "区", 3)) != NULL;) {
        size_t e = (size_t)(p - s) + 3;
        k = e;
        for (size_t g = 0; g < NSHORT; g++) {
            size_t gl = SHORT_SUFFIX[g][0].n, at = e - gl, st;
            if (e < a + gl + 6 || strcmp(SHORT_SUFFIX[g][1].w, SHORT_SUFFIX[g][0].w) == 0 ||
                !suffix_at(s + at, &SHORT_SUFFIX[g][0]))
                continue; /* (合作区: short and full alike) */
            char inner[NAME_CAP];
            st = name_start(d, s, a, at);
            /* (not 上海自贸区|临港新片区: a zone inside it makes the name) */
            if (at >= st + 6 && at - st <= 18 && (st == a || (unsigned char)s[st - 1] < 0x80) &&
                !xgeneric_zone_at(d, s, e, b, inner, 2))
                learn_alias(d, s, st, e, NULL);
            break;
        }
    }
}

/*
 * A zone name not in the table, at a left edge s[i]: a run of 2-12 Han
 * characters ending in a zone or administrative suffix (江宁高新区,
 * 张江科学城, 沭阳县), whose stem holds no function word or verb and is no
 * common noun (城区, 核心区, 上市). A bare 市/区/县/镇/乡 needs a stem of
 * two characters or more; when `strict`, also a predicate after it (the
 * name is the subject of its clause). Returns the bytes (0 none).
 */
size_t xgeneric_zone_at(const doc *d, const char *s, size_t i, size_t end, char *out, int strict)
{
    size_t j = i, cnt = 0, adv;
    /* (落户衡阳高新区的项目: the park is where the project settled) */
    if (strict && settle_maybe(s, i, end) && (adv = xat_any(s, i, end, W_SETTLE)) != 0) {
        size_t n = xgeneric_zone_at(d, s, i + adv, end, out, strict);
        return n && xends_any(s, i + adv, i + adv + n, W_GSUFFIX) < n ? n + adv : 0; /* (not 合作区 alone) */
    }
    const unsigned short *cls = d->x->cclass;
    /* a suffix after more than `lim` characters is never ok (below): the
     * walk can stop there */
    size_t lim = strict ? 4 : 6;
    for (; cnt < 11 && j < end; cnt++) {
        if (cnt > lim)
            return 0;
        /* a 3-byte Han character (xcp's adv 3 and xhan), decoded in place */
        const unsigned char *u = (const unsigned char *)s + j;
        if ((u[0] & 0xF0) != 0xE0 || end - j < 3)
            return 0;
        unsigned c = ((unsigned)(u[0] & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        adv = 3;
        unsigned cc = cls[c];
        if (!(cc & CC_HAN))
            return 0;
        /* (三市, 两区, 三地: a count of places, 湘潭|三市地区生产总值) */
        if (!cnt && (cc & CC_NUMERAL) && end - j >= 6 && xcdigit(c) > 0 && char_in(s, j + 3, end, "区县市镇乡地"))
            return 0;
        /* (most characters: none of the classes below) */
        if (!(cc & (CC_NSTOP | CC_NSTART | CC_ZSUF))) {
            j += adv;
            continue;
        }
        /* (right after a zone, strict 2: a bonded zone's suffix alone is a
         * zone inside it, 合肥经济技术开发区|综合保税区; not 产业园, 园区: the
         * parks of a zone) */
        if (!cnt && strict == 2 && (cc & CC_ZSUF) && (adv = wlindex_at(&GSUFFIX_X, s, j, end, c)) >= 9 &&
            xhas(s, j, j + adv, "保")) {
            copy_nospace(out, NAME_CAP, s, j, j + adv);
            return adv;
        }
        adv = 3;
        if (!cnt && (cc & (CC_NSTOP | CC_NSTART)))
            return 0;
        size_t n = cnt && (cc & CC_ZSUF) ? wlindex_at(&GSUFFIX_X, s, j, end, c) : 0;
        if (n) {
            int single = n == 3;
            size_t e = j + n;
            int kind;
            /* a stem of at most four characters inside a sentence, six in a title */
            int ok = !(single && cnt < 2) && cnt + n / 3 <= 12 && cnt <= lim;
            /* 江苏镇江: the suffix character starts a known place */
            if (ok && single && xplaces_match(d->x->places, s, j, end, &kind) > 3)
                ok = 0;
            for (size_t k = 0; ok && single && k < sizeof SFX_NEXT / sizeof SFX_NEXT[0]; k++)
                if (xat(s, j, end, SFX_NEXT[k].suffix) && char_in(s, e, end, SFX_NEXT[k].bad_next) &&
                    !xat(s, e, end, "分别"))
                    ok = 0;
            for (const wl *t = COMMON_TAIL; ok && t->w; t++) {
                size_t tl = t->n;
                /* a whole common noun, or one after a two-character
                 * modifier (西部山区, 住宅小区); 萧山区, 宝山区 are names
                 * (the words' last bytes and those of their first
                 * character first: most words fail there) */
                if (e - i >= tl && s[e - 1] == t->w[tl - 1] && s[e - tl + 2] == t->w[2] &&
                    same_bytes(s + e - tl, t->w, tl) &&
                    (e - i == tl || (single && e - i >= tl + 6)))
                    ok = 0;
            }
            if (ok && xat_any(s, i, j, W_GENERIC))
                ok = 0;
            if (ok && single && strict == 1 && !wlindex_at_text(&FOLLOW_X, s, e, end) && !xlist_follows(s, e, end))
                ok = 0;
            if (ok) {
                /* 滨海新区|临港经济区, 上海自贸区|临港新片区: a zone inside
                 * a zone, named right after it, makes the fuller name */
                char more[NAME_CAP];
                size_t m = xgeneric_zone_at(d, s, e, end, more, 2);
                if (m && xends_any(more, 0, strlen(more), W_GSUFFIX) > 3)
                    e += m;
                if (e != j + n || !expand_short(d, s, i, j, e, out))
                    copy_nospace(out, NAME_CAP, s, i, e);
                return e - i;
            }
            if (!single)
                return 0; /* 工业园区 with a generic stem: no name here */
        }
        if (cnt && (cc & CC_NSTOP))
            return 0;
        j += adv;
    }
    return 0;
}

/* Bit b & 63 for the last byte b of the second character of each word
 * of W_GSUFFIX of two characters or more (xzone_classes fills it). */
static _Atomic uint64_t GSUFFIX_SECOND;

/* xgeneric_zone_at(d, d->s, i, end, .., 1)'s walk alone, for a Han
 * character s[i] of no class CC_NSTOP or CC_NSTART (zone_mentions): 0
 * where it surely finds nothing, no zone suffix (a word of W_GSUFFIX, not
 * only its first character: 经济, 开展, 产业 ...) among the next four
 * characters before a character that ends the stem; else 1 (ask it). A
 * word of W_SETTLE first walks on past it: 1. */
int xgeneric_may(const doc *d, size_t i, size_t end)
{
    const char *s = d->s;
    if (settle_maybe(s, i, end))
        return 1;
    const unsigned short *cls = d->x->cclass;
    size_t j = i + 3;
    for (size_t cnt = 1; cnt <= 4 && j < end; cnt++, j += 3) {
        const unsigned char *u = (const unsigned char *)s + j;
        if ((u[0] & 0xF0) != 0xE0 || end - j < 3)
            return 0;
        unsigned c = ((unsigned)(u[0] & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        unsigned cc = cls[c];
        if (!(cc & CC_HAN))
            return 0;
        if (!(cc & (CC_NSTOP | CC_NSTART | CC_ZSUF)))
            continue;
        /* (区市县镇乡, CC_NSTART, are W_GSUFFIX's words of one character;
         * a longer word's second character ends in a byte of
         * GSUFFIX_SECOND: most characters of class CC_ZSUF, 经 of 经济, 开
         * of 开展, are turned away without wlindex_at) */
        if (cc & CC_NSTART)
            return 1;
        if ((cc & CC_ZSUF) && end - j >= 6 &&
            ((atomic_load_explicit(&GSUFFIX_SECOND, memory_order_relaxed) >> (u[5] & 63)) & 1) &&
            wlindex_at(&GSUFFIX_X, s, j, end, c))
            return 1;
        if (cc & CC_NSTOP)
            return 0;
    }
    return 0;
}

/* xname_edge where the character before s[i] is neither ASCII nor a whole
 * 3-byte one. */
XNOINLINE static int name_edge_slow(const doc *d, size_t a, size_t i)
{
    size_t adv, p = xprev(d->s, a, i);
    unsigned c = xcp(d->s, p, i, &adv);
    if (!xhan(c))
        return !(c >= '0' && c <= '9') || c == 0x201C;
    return (d->x->cclass[c] & CC_EDGE) != 0;
}

/* Does a name start at s[i]: the start of a line or clause, or after a
 * word that introduces a place (在, 于, 据, 将, 来自, 从, a quote) or
 * ends a time word (2024年, 1-6月, 一季度)? (Not split for inlining: the
 * whole test is a few instructions.) */
XNOINLINE int xname_edge(const doc *d, size_t a, size_t i)
{
    if (i <= a)
        return 1;
    /* the character before is mostly a whole 3-byte one or ASCII: read it
     * in place (what xprev and xcp give then) */
    const unsigned char *u = (const unsigned char *)d->s + i;
    if (u[-1] < 0x80)
        return !(u[-1] >= '0' && u[-1] <= '9');
    if (i - a >= 3) {
        /* the three bytes before as one number: lead 1110xxxx, then two
         * continuation bytes 10xxxxxx */
        unsigned w = (unsigned)u[-3] << 16 | (unsigned)u[-2] << 8 | u[-1];
        if ((w & 0xF0C0C0) == 0xE08080) {
            unsigned c = (w >> 4 & 0xF000) | (w >> 2 & 0xFC0) | (w & 0x3F);
            return (d->x->cclass[c] & (CC_HAN | CC_EDGE)) != CC_HAN;
        }
    }
    return name_edge_slow(d, a, i);
}

/* (and the word indexes of this file, wlindex) */
void xzone_classes(unsigned short *cclass)
{
    static const struct {
        const char *set;
        unsigned short bit;
    } sets[] = {{NAME_STOP, CC_NSTOP}, {"区市县镇乡", CC_NSTART}, {"在于据将从自年月度季由", CC_EDGE}};
    size_t adv;
    for (size_t k = 0; k < sizeof sets / sizeof sets[0]; k++)
        for (size_t i = 0; sets[k].set[i]; i += adv)
            cclass[xcp(sets[k].set, i, strlen(sets[k].set), &adv)] |= sets[k].bit;
    for (const wl *w = W_GSUFFIX; w->w; w++)
        cclass[xcp(w->w, 0, w->n, &adv)] |= CC_ZSUF | CC_ZSTART;
    for (const wl *w = W_ORG; w->w; w++)
        cclass[xcp(w->w, 0, w->n, &adv)] |= CC_ORG;
    /* 园区, 开发区, 高新区 ... and 全市, 本区, 该县 (xzone_at) */
    for (const wl *w = W_BACK; w->w; w++)
        cclass[xcp(w->w, 0, w->n, &adv)] |= CC_ZSUF | CC_ZSTART;
    for (const char *z = "全本该"; *z; z += adv)
        cclass[xcp(z, 0, strlen(z), &adv)] |= CC_ZSTART;
    wlindex_fill(&GSUFFIX_X);
    uint64_t second = 0;
    for (const wl *w = W_GSUFFIX; w->w; w++)
        if (w->n >= 6)
            second |= (uint64_t)1 << ((unsigned char)w->w[5] & 63);
    atomic_store_explicit(&GSUFFIX_SECOND, second, memory_order_relaxed);
    wlindex_fill(&ORG_X);
    wlindex_fill(&ZSUFFIX_X);
    wlindex_fill(&BACK_X);
    wlindex_fill(&FOLLOW_X);
}

/* Remember a name found by xgeneric_zone_at, and its stem when the suffix
 * is one character (沭阳 for 沭阳县). */
void xlearn_generic(doc *d, const char *s, size_t a, size_t b)
{
    char full[NAME_CAP];
    size_t v = xat_any(s, a, b, W_SETTLE);
    copy_nospace(full, sizeof full, s, a + v, b);
    size_t sl = xends_any(s, a + v, b, W_GSUFFIX);
    if (sl >= 9 && b - a - v > sl)
        expand_short(d, s, a + v, b - sl, b, full); /* (前海合作区 of 前海深港现代服务业合作区) */
    learn_alias(d, s, a, b, full); /* (落户衡阳高新区: 衡阳高新区, the verb read past too) */
    a += v;
    learn_short(d, s, a, b, full);
}
