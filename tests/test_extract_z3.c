/*
 * test_extract_z3.c -- a zone's short form used before its full name
 * appears: the title (西永综保区1—7月进出口同比增长9.7%) and the lines
 * before the full name read under the short name, the full name given
 * later (重庆西永综合保税区（以下简称西永综保区）, or just 西永综合保税区,
 * 合肥经济技术开发区, 横琴粤澳深度合作区). Every figure carries the full
 * name (records.md: the fullest form found in the text): the title's held
 * figures, the lines before the full name, the short name and its bare
 * suffix (综保区) after it. Simplified and traditional.
 *
 * Each row is a whole document: every record of it carries the zone `zone`;
 * `n` records, the first of value `v0` (%.15g).
 */
#include "zb_test.h"
#include "zhibiao.h"

#include "extract_harness.h"

#include <stdio.h>
#include <string.h>

typedef struct row {
    const char *text; /* the document */
    const char *zone; /* every record's zone ("null": none) */
    size_t n;         /* how many records */
    double v0;        /* the first record's value */
} row;

/* ---- a title's figure under the short name, the full name after it */
static const row TITLE[] = {
    /* 2100.5亿元 = 210050000000 */
    {"西永综保区1—7月进出口同比增长9.7%\n2025-08-20\n重庆西永综合保税区（以下简称西永综保区）1—7月实现进出口总值2100.5亿元，同比增长9.7%。\n", "重庆西永综合保税区", 2, 210050000000.0},
    /* (the title's 9.7% of 进出口 held, then 2100.5亿元, 9.7%, 3500万台) */
    {"西永综保区前7月进出口增长9.7%\n重庆日报 2025-08-20\n今年1—7月，西永综保区实现进出口总值2100.5亿元，同比增长9.7%。\n据了解，重庆西永综合保税区是全国规模最大的综合保税区之一，西永综保区上半年笔电产量3500万台。\n", "重庆西永综合保税区", 4, 9.7},
    {"西永綜保區前7月進出口增長9.7%\n2025-08-20\n今年1—7月，西永綜保區實現進出口總值2100.5億元。\n重慶西永綜合保稅區上半年筆電產量3500萬台。\n", "重庆西永综合保税区", 3, 9.7},
    /* (the body's own short name and its bare suffix, 综保区, after the full name) */
    {"西永综保区1—7月进出口同比增长9.7%\n2025-08-20 10:21 来源：重庆日报\n记者8月19日从重庆西永综合保税区获悉，1—7月，西永综保区实现进出口总值2100.5亿元，同比增长9.7%，其中出口1300亿元。\n西永综保区相关负责人表示，今年以来，综保区笔电产量达3500万台。\n", "重庆西永综合保税区", 4, 210050000000.0},
    /* 1100亿元 = 110000000000 */
    {"合肥经开区前三季度规上工业产值增长8.5%\n2025-10-20\n前三季度，合肥经济技术开发区实现地区生产总值1100亿元。合肥经开区规上工业产值增长8.5%。\n", "合肥经济技术开发区", 2, 110000000000.0},
    /* 15.2亿元 = 1520000000 */
    {"衡阳高新区上半年税收收入15.2亿元\n衡阳高新技术产业开发区上半年实现税收收入15.2亿元，同比增长6.1%。衡阳高新区新增市场主体520户。\n", "衡阳高新技术产业开发区", 3, 1520000000.0},
    /* (the title's 20%, then 3200家, 20%, 12亿元 = 1200000000) */
    {"横琴合作区上半年新设企业增长20%\n2025-08-20\n上半年，横琴粤澳深度合作区新设企业3200家，同比增长20%。横琴合作区实际使用外资12亿元。\n", "横琴粤澳深度合作区", 4, 20},
};

/* ---- no figure in the title: the short name's lines before the full one */
static const row OPENING[] = {
    {"西永综保区外贸稳中有进\n2025-08-20\n1—7月，西永综保区实现进出口总值2100.5亿元，同比增长9.7%。\n重庆西永综合保税区上半年笔电产量3500万台。\n", "重庆西永综合保税区", 3, 210050000000.0},
    {"西永综保区外贸稳中有进\n2025-08-20\n1—7月，西永综保区实现进出口总值2100.5亿元，同比增长9.7%。\n西永综合保税区上半年笔电产量3500万台。\n", "西永综合保税区", 3, 210050000000.0},
    {"西永綜保區外貿穩中有進\n2025-08-20\n1—7月，西永綜保區實現進出口總值2100.5億元，同比增長9.7%。\n西永綜合保稅區上半年筆電產量3500萬台。\n", "西永综合保税区", 3, 210050000000.0},
    /* 700.5亿元 = 70050000000 */
    {"合肥经开区外贸稳中有进\n2025-08-20\n1—7月，合肥经开区实现进出口总值700.5亿元，同比增长9.7%。\n合肥经济技术开发区上半年笔电产量3500万台。\n", "合肥经济技术开发区", 3, 70050000000.0},
    /* (the title names the city first: its short name's lines still get the full name) */
    {"重庆：西永综保区进出口增长\n2025-08-20\n1—7月，西永综保区实现进出口总值2100.5亿元。\n重庆西永综合保税区上半年笔电产量3500万台。\n", "重庆西永综合保税区", 2, 210050000000.0},
    {"重慶：西永綜保區進出口增長\n2025-08-20\n1—7月，西永綜保區實現進出口總值2100.5億元。\n重慶西永綜合保稅區上半年筆電產量3500萬台。\n", "重庆西永综合保税区", 2, 210050000000.0},
    /* (a fuller name is never overridden by a short one read after it) */
    {"发布时间：2024-02-10\n中国（安徽）自由贸易试验区2023年进出口总额1200亿元。\n中国（安徽）自贸试验区新设企业8000家。\n", "中国(安徽)自由贸易试验区", 2, 120000000000.0},
    /* (a short name with no full name in the text stays as written) */
    {"西永综保区外贸稳中有进\n2025-08-20\n1—7月，西永综保区实现进出口总值2100.5亿元。\n", "西永综保区", 1, 210050000000.0},
};

/* Each document's records: n of them, all of zone `zone`, the first of
 * value v0 (each row that differs is printed). */
static void check_docs(const row *rows, size_t nrows)
{
    size_t bad = 0;
    for (const row *w = rows; w < rows + nrows; w++) {
        got g;
        run_doc(w->text, &g);
        int ok = g.n == w->n && g.n > 0 && g.r[0].value == w->v0;
        for (size_t k = 0; ok && k < g.n; k++)
            ok = strcmp(g.r[k].zone ? g.r[k].zone : "null", w->zone) == 0;
        if (!ok) {
            print_error("doc %zu (%s): %zu records, wanted %zu of %s, first %.15g\n", (size_t)(w - rows), w->text,
                        g.n, w->n, w->zone, w->v0);
            for (size_t k = 0; k < g.n; k++)
                print_error("  %s %.15g\n", g.r[k].zone ? g.r[k].zone : "null", g.r[k].value);
            bad++;
        }
        free_got(&g);
    }
    assert_int_equal(bad, 0);
}

static void test_title(void **state)
{
    (void)state;
    check_docs(TITLE, sizeof TITLE / sizeof TITLE[0]);
}

static void test_opening(void **state)
{
    (void)state;
    check_docs(OPENING, sizeof OPENING / sizeof OPENING[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title),
        cmocka_unit_test(test_opening),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
