/*
 * test_extract_z2.c -- zones the extractor misread in unseen news:
 *
 *   - a province's office issuing the text (安徽省商务厅, 安徽商务厅, in a
 *     headline, a source line or a breadcrumb) names the text's province:
 *     全省 is that province (全市 with a city's bureau as before);
 *   - several parks in one article: a paragraph opening with a city and a
 *     park of a long name (重庆两路果园港综合保税区) is that park's, not the
 *     city's nor the text's park;
 *   - the origin of people or firms in a park's paragraph (香港高校项目,
 *     香港团队, 港资企业): the park's figures, not the origin's.
 *
 * Each row is a whole document; `zone` is the record's zone ("null" for
 * none), `value` its value (%.15g).
 */
#include "zb_test.h"
#include "zhibiao.h"

#include "extract_harness.h"

#include <stdio.h>
#include <string.h>

typedef struct row {
    const char *text; /* the document */
    int idx;          /* which record */
    const char *want; /* "zone value" */
} row;

/* ---- a province's office */
static const row OFFICE[] = {
    {"首页 > 政务公开 > 安徽省商务厅 > 工作动态\n前10月我省外贸运行情况\n2025-11-18\n1—10月，全省进出口7245.1亿元，其中出口3905.7亿元。全省新设外商投资企业1126家。\n", 1, "安徽省 390570000000"},
    {"首页>>安徽省商务厅>>工作动态\n前10月外贸运行情况\n2025-11-18\n1—10月，全省进出口7245.1亿元。\n", 0, "安徽省 724510000000"},
    {"安徽商务厅：前10月外贸运行情况\n2025-11-18\n1—10月，全省进出口7245.1亿元，其中出口3905.7亿元。\n", 1, "安徽省 390570000000"},
    {"前10月外贸运行情况\n2025-11-18 来源：安徽省商务厅\n1—10月，全省进出口7245.1亿元，其中出口3905.7亿元。\n", 0, "安徽省 724510000000"},
    {"前10月外貿運行情況\n首頁 > 安徽省商務廳 > 工作動態\n2025-11-18\n1—10月，全省進出口7245.1億元。\n", 0, "安徽省 724510000000"},
    {"安徽省商务厅 2025-11-18: 1—10月，全省进出口7245.1亿元，其中出口3905.7亿元；全省新设外商投资企业1126家。\n", 2, "安徽省 1126"},
    {"前10月全市外贸运行情况\n2025-11-18 来源：合肥市商务局\n1—10月，全市进出口2745.1亿元。\n", 0, "合肥市 274510000000"},
    {"前10月外贸运行情况\n2025-11-18 来源：安徽省商务厅\n1—10月，全省实际使用外资30亿美元。分城市看，合肥市实际使用外资5.87亿美元，居全省第1位。\n", 1, "合肥市 587000000"},
    {"首页 > 合肥市商务局 > 工作动态\n前10月外贸运行情况\n2025-11-18\n1—10月，全市进出口2745.1亿元。\n", 0, "合肥市 274510000000"},
    /* (the source line at the end of a long text) */
    {"前10月外贸运行情况\n2025-11-18\n1—10月，全省进出口7245.1亿元。\n"
     "一\n二\n三\n四\n五\n六\n七\n八\n九\n十\n一\n二\n三\n四\n五\n六\n七\n八\n九\n十\n"
     "一\n二\n三\n四\n五\n六\n七\n八\n九\n十\n一\n二\n三\n四\n五\n六\n七\n八\n九\n十\n"
     "来源：安徽省商务厅\n", 0, "安徽省 724510000000"},
    /* (a province's newspaper or government names no office) */
    {"前10月外贸运行情况\n2025-11-18 来源：安徽日报\n1—10月，全省进出口7245.1亿元。\n", 0, "null 724510000000"},
    /* (the issuing province is the text's zone: its own sentences without 全省) */
    {"前10月外贸运行情况\n2025-11-18 来源：安徽省商务厅\n1—10月，全省进出口7245.1亿元。其中，出口3905.7亿元。\n新设外商投资企业1126家。\n", 2, "安徽省 1126"},
    /* (a city as the place of an event, 在合肥召开, names neither the text nor the figures after it) */
    {"前10月外贸运行情况\n2025-11-18 来源：安徽省商务厅\n11月18日，省商务厅在合肥召开新闻发布会，1—10月，进出口7245.1亿元。\n", 0, "安徽省 724510000000"},
    {"前10月外贸运行情况\n2025-11-18\n11月18日，在合肥举行的发布会上获悉，1—10月，进出口7245.1亿元。\n", 0, "null 724510000000"},
};

/* ---- several parks */
static const row PARKS[] = {
    {"西部陆海新通道综保区发展提速\n2025-08-20\n重庆西永综合保税区上半年实现进出口额1520.3亿元。\n重庆两路果园港综合保税区1—7月实现进出口额326.7亿元，同比增长12.4%。\n", 1, "重庆两路果园港综合保税区 32670000000"},
    {"西部陆海新通道综保区发展提速\n2025-08-20\n重庆西永综合保税区上半年实现进出口额1520.3亿元。\n重庆两路果园港综合保税区1—7月实现进出口额326.7亿元，同比增长12.4%。\n", 2, "重庆两路果园港综合保税区 12.4"},
    {"综保区发展提速\n2025-08-20\n重庆西永綜合保稅區上半年實現進出口額1520.3億元。\n重庆兩路果園港綜合保稅區1—7月實現進出口額326.7億元。\n", 1, "重庆两路果园港综合保税区 32670000000"},
    {"综保区发展提速\n2025-08-20\n重庆西永综合保税区上半年实现进出口额1520.3亿元。\n重庆市两路果园港综合保税区1—7月实现进出口额326.7亿元。\n", 1, "重庆市两路果园港综合保税区 32670000000"},
    {"综保区发展提速\n2025-08-20\n重庆西永综合保税区上半年实现进出口额1520.3亿元。\n此外，重庆两路果园港综合保税区1—7月实现进出口额326.7亿元。\n", 1, "重庆两路果园港综合保税区 32670000000"},
    {"综保区发展提速\n2025-08-20\n重庆西永综合保税区上半年实现进出口额1520.3亿元。\n重庆两路果园港综合保税区是西部首个综保区。1—7月实现进出口额326.7亿元。\n", 1, "重庆两路果园港综合保税区 32670000000"},
    /* (a city's own figure stays the city's) */
    {"重庆经济运行\n2025-08-20\n重庆上半年实现地区生产总值15000亿元。\n", 0, "重庆市 1500000000000"},
};

/* ---- origins of people and schools in a park's paragraph */
static const row ORIGINS[] = {
    {"深港科技创新合作区建设提速\n2025-09-10\n深港科技创新合作区深圳园区已集聚香港高校项目73个，香港团队41个，香港机构20家。\n", 0, "深港科技创新合作区 73"},
    {"深港科技创新合作区建设提速\n2025-09-10\n深港科技创新合作区深圳园区已集聚香港高校项目73个，香港团队41个，香港机构20家。\n", 1, "深港科技创新合作区 41"},
    {"深港科技創新合作區建設提速\n2025-09-10\n深港科技創新合作區深圳園區已集聚香港高校項目73個，香港機構20家。\n", 1, "深港科技创新合作区 20"},
    {"深港科技创新合作区建设提速\n2025-09-10\n深港科技创新合作区是大湾区以科技创新为主题的特色平台。\n目前，已集聚香港高校项目73个，香港团队41个，港资企业达到1.28万家。\n", 2, "深港科技创新合作区 12800"},
    {"前海合作区发展\n2025-09-10\n前海合作区今年以来新设企业5000家，香港青年创业团队超过800个。\n", 1, "前海合作区 800"},
    /* (a place inside a clause with no figure, not its subject: no zone of the figures after it) */
    {"前海合作区发展\n2025-09-10\n前海合作区与香港合作不断深化，累计注册港资企业达到1.28万家。\n", 0, "前海合作区 12800"},
    {"前海合作区发展\n2025-09-10\n前海合作区今年新设企业5000家。\n深化与香港合作，港资企业达到1.28万家，台资企业300家。\n", 2, "前海合作区 300"},
    {"横琴合作区发展\n2025-09-10\n横琴粤澳深度合作区今年新设企业5000家。\n對接澳門產業，澳資企業達到6000家。\n", 1, "横琴粤澳深度合作区 6000"}, /* (the fullest form in the text: the headline's short 横琴合作区 expands) */
    /* (a city as the subject of a clause with no figure keeps the figures after it) */
    {"前10月外贸运行情况\n2025-11-18 来源：安徽省商务厅\n1—10月，全省进出口7245.1亿元。\n合肥市作为省会，发挥引领作用，新设外商投资企业1126家。\n", 1, "合肥市 1126"},
    /* (a text on the place itself: its own) */
    {"香港经济\n2025-09-10\n香港上半年本地生产总值增长3.1%。香港高校毕业生就业率95%。\n", 1, "香港 95"},
};

/* Record idx of each document must read "zone value" (each row that does
 * not is printed). */
static void check_rows(const row *rows, size_t n)
{
    size_t bad = 0;
    for (size_t i = 0; i < n; i++) {
        const row *w = &rows[i];
        char got_s[512] = "";
        got g;
        run_doc(w->text, &g);
        const zb_record *r = (size_t)w->idx < g.n ? &g.r[w->idx] : NULL;
        if (r)
            snprintf(got_s, sizeof got_s, "%s %.15g", r->zone ? r->zone : "null", r->value);
        else
            snprintf(got_s, sizeof got_s, "(%zu records)", g.n);
        free_got(&g);
        if (strcmp(got_s, w->want) != 0) {
            print_error("row %zu (%s):\n  got    %s\n  wanted %s\n", i, w->text, got_s, w->want);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

#define CHECK(rows) check_rows(rows, sizeof rows / sizeof rows[0])
static void test_office(void **state) { (void)state; CHECK(OFFICE); }
static void test_parks(void **state) { (void)state; CHECK(PARKS); }
static void test_origins(void **state) { (void)state; CHECK(ORIGINS); }

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_office),
        cmocka_unit_test(test_parks),
        cmocka_unit_test(test_origins),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
