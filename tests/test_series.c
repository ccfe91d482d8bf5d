/*
 * test_series.c -- the series set (lib/series.c), the alias table
 * (lib/aliases.c), and what is built on a set in lib/stats.c: trends of
 * series, compare (pairs, bounds, units, open targets, calendar), implied
 * figures and ranks.
 *
 * Every expected number is worked out by hand in the comment beside it
 * (or with plain python3, the command and output written there).
 */
#include "zb_test.h"
#include "zhibiao.h"

#include <cjson/cJSON.h>
#include <gsl/gsl_errno.h>
#include <unistd.h>

/* A record from the fields that matter here; doc/zone/basis/period may be NULL. */
static zb_record mk(const char *doc, const char *zone, const char *ind, zb_kind kind, double value,
                    const char *unit, zb_bound bound, zb_status status, const char *period,
                    const char *basis)
{
    zb_record r;
    zb_record_init(&r);
    r.doc = strdup(doc);
    r.zone = zone ? strdup(zone) : NULL;
    r.indicator = strdup(ind);
    r.kind = kind;
    r.value = value;
    r.unit = strdup(unit);
    r.bound = bound;
    r.status = status;
    r.period = period ? strdup(period) : NULL;
    r.basis = basis ? strdup(basis) : NULL;
    return r;
}

#define A ZB_STATUS_ACTUAL
#define T ZB_STATUS_TARGET
#define EQ ZB_BOUND_EQ

static void add(zb_series_set *set, zb_record r)
{
    zb_error e = {0};
    int rc = zb_series_set_add(set, &r, &e);
    if (rc != ZB_OK)
        print_error("add: %s\n", e.message);
    assert_int_equal(rc, ZB_OK);
    zb_record_clear(&r);
}

/* The series with this zone, indicator and status (and class if non-NULL). */
static const zb_series *find(const zb_series_set *set, const char *zone, const char *ind,
                             zb_status st, const char *cls)
{
    for (size_t i = 0; i < zb_series_set_count(set); i++) {
        const zb_series *s = zb_series_set_get(set, i);
        if (((!zone && !s->zone) || (zone && s->zone && !strcmp(zone, s->zone))) &&
            !strcmp(ind, s->indicator) && s->status == st && (!cls || !strcmp(cls, s->period_class)))
            return s;
    }
    return NULL;
}

static void test_aliases(void **state)
{
    (void)state;
    zb_error e = {0};
    zb_normalizer *n = zb_normalizer_new(&e);
    assert_non_null(n);
    zb_aliases *a = zb_aliases_new(n);
    assert_non_null(a);
    static const char *const gdp[] = {"地区生产总值", "GDP", "gdp", "ＧＤＰ", " GDP ", "地區生產總值",
                                      "“地区生产总值”", "生产总值"};
    for (size_t i = 0; i < sizeof gdp / sizeof gdp[0]; i++) {
        char *c = zb_aliases_indicator(a, gdp[i]);
        if (strcmp(c, "地区生产总值")) {
            print_error("'%s' -> '%s'\n", gdp[i], c);
            fail();
        }
        free(c);
    }
    /* names not in the table keep their plain form */
    char *c = zb_aliases_indicator(a, "规上 工业 增加值");
    assert_string_equal(c, "规上工业增加值");
    free(c);
    /* zones: development-zone long forms fold */
    c = zb_aliases_zone(a, "镇江高新技术产业开发区");
    assert_string_equal(c, "镇江高新区");
    free(c);
    c = zb_aliases_zone(a, "无锡经济开发区");
    assert_string_equal(c, "无锡经开区");
    free(c);
    /* added by hand, and from a file */
    assert_int_equal(zb_aliases_add(a, "indicator", "高新技术企业", "高企"), ZB_OK);
    c = zb_aliases_indicator(a, "高企");
    assert_string_equal(c, "高新技术企业");
    free(c);
    assert_int_equal(zb_aliases_add(a, "colour", "x", "y"), ZB_EUSAGE);
    char path[] = "/tmp/zb_alias_testXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("# comment\n\nzone\t江阴市\t江阴\nindicator\t社会消费品零售总额\t社零总额\n", f);
    fclose(f);
    assert_int_equal(zb_aliases_load(a, path, &e), ZB_OK);
    c = zb_aliases_zone(a, "江阴");
    assert_string_equal(c, "江阴市");
    free(c);
    c = zb_aliases_indicator(a, "社零总额");
    assert_string_equal(c, "社会消费品零售总额");
    free(c);
    /* a bad line names file and line */
    f = fopen(path, "w");
    fputs("zone\t江阴市\t江阴\nthing\tx\ty\n", f);
    fclose(f);
    memset(&e, 0, sizeof e);
    assert_int_equal(zb_aliases_load(a, path, &e), ZB_EPARSE);
    assert_int_equal(e.line, 2);
    assert_string_equal(e.file, path);
    unlink(path);
    assert_int_equal(zb_aliases_load(a, path, &e), ZB_EIO);
    zb_aliases_free(a);
    zb_normalizer_free(n);
}

static void test_grouping(void **state)
{
    (void)state;
    zb_error e = {0};
    zb_normalizer *n = zb_normalizer_new(&e);
    zb_aliases *a = zb_aliases_new(n);
    zb_series_set *set = zb_series_set_new(a);
    assert_non_null(set);
    /* the same fact from three documents (one of them twice), under three names */
    add(set, mk("a.txt", "镇江市", "地区生产总值", ZB_KIND_AMOUNT, 5.0e11, "CNY", EQ, A, "2023", NULL));
    add(set, mk("b.txt", "镇江市", "GDP", ZB_KIND_AMOUNT, 5.0e11, "CNY", EQ, A, "2023", NULL));
    add(set, mk("b.txt", "镇江市", "GDP", ZB_KIND_AMOUNT, 5.0e11, "CNY", EQ, A, "2023", NULL));
    add(set, mk("c.txt", "镇江市", "地區生產總值", ZB_KIND_AMOUNT, 5.0e11, "CNY", EQ, A, "2023", NULL));
    /* another year, and a conflicting value for 2022 */
    add(set, mk("a.txt", "镇江市", "地区生产总值", ZB_KIND_AMOUNT, 4.8e11, "CNY", EQ, A, "2022", NULL));
    add(set, mk("d.txt", "镇江市", "地区生产总值", ZB_KIND_AMOUNT, 4.9e11, "CNY", EQ, A, "2022", NULL));
    add(set, mk("a.txt", "镇江市", "地区生产总值", ZB_KIND_AMOUNT, 4.6e11, "CNY", EQ, A, "2021", NULL));
    /* a half year: same key, other period type -> sibling series */
    add(set, mk("e.txt", "镇江市", "地区生产总值", ZB_KIND_AMOUNT, 2.4e11, "CNY", EQ, A, "2024-H1", NULL));
    /* growth: other kind, other series */
    add(set, mk("a.txt", "镇江市", "地区生产总值", ZB_KIND_GROWTH, 6.1, "%", EQ, A, "2023", "yoy"));
    /* a sentinel of the same doc again after other records: one source, not two */
    add(set, mk("a.txt", "镇江市", "地区生产总值", ZB_KIND_AMOUNT, 5.0e11, "CNY", EQ, A, "2023", NULL));
    assert_int_equal(zb_series_set_finish(set, &e), ZB_OK);
    assert_int_equal(zb_series_set_nrecords(set), 10);
    /* series: amount/year, amount/half, growth/year */
    assert_int_equal(zb_series_set_count(set), 3);

    const zb_series *y = find(set, "镇江市", "地区生产总值", A, "year");
    assert_non_null(y);
    assert_int_equal(y->kind, ZB_KIND_AMOUNT);
    assert_int_equal(y->period_type, ZB_PERIOD_YEAR);
    assert_int_equal(y->nrecords, 8);
    assert_int_equal(y->npoints, 4); /* 2021, 2022 x2 (conflict), 2023 */
    assert_int_equal(y->nconflicts, 1);
    assert_string_equal(y->points[0].period, "2021");
    assert_close(y->points[0].x, 2021.5, 0);
    assert_false(y->points[0].conflict);
    assert_string_equal(y->points[1].period, "2022");
    assert_true(y->points[1].conflict);
    assert_true(y->points[2].conflict);
    assert_close(y->points[1].value, 4.8e11, 0); /* sorted by value within a period */
    assert_close(y->points[2].value, 4.9e11, 0);
    const zb_point *p23 = &y->points[3];
    assert_string_equal(p23->period, "2023");
    assert_int_equal(p23->nrecords, 5);
    assert_int_equal(p23->nsources, 3);
    assert_string_equal(p23->sources[0], "a.txt");
    assert_string_equal(p23->sources[1], "b.txt");
    assert_string_equal(p23->sources[2], "c.txt");
    assert_int_equal(y->nnames, 3); /* as written: 地区生产总值, GDP, 地區生產總值 */
    /* the half year went to a sibling */
    assert_int_equal(y->nsiblings, 1);
    const zb_series *h = zb_series_set_get(set, y->siblings[0]);
    assert_string_equal(h->period_class, "half");
    assert_int_equal(h->nsiblings, 1);
    assert_int_equal(h->siblings[0], y->id);
    assert_close(h->points[0].x, 2024.25, 0);

    /* trend of the year series leaves the conflicting 2022 out:
     * 2021.5 -> 4.6e11, 2023.5 -> 5.0e11: slope 2e10/yr; CAGR (5/4.6)^(1/2)-1
     * python3: ((5/4.6)**0.5-1)*100 = 4.2572070285373 */
    zb_trend t;
    size_t ex = 0;
    assert_int_equal(zb_series_trend(y, &t, &ex, &e), ZB_OK);
    assert_int_equal(ex, 2);
    assert_int_equal(t.n, 2);
    assert_close(t.slope, 2e10, 1e-12);
    assert_close(t.cagr_pct, 4.2572070285373, 1e-10);

    char *j = zb_series_to_json(set, y);
    assert_non_null(j);
    assert_non_null(strstr(j, "\"conflict\":true"));
    assert_non_null(strstr(j, "\"elsewhere\":[{\"period_class\":\"half\",\"n\":1,\"periods\":[\"2024-H1\"]"));
    assert_non_null(strstr(j, "\"sources\":[\"a.txt\",\"b.txt\",\"c.txt\"]"));
    free(j);
    j = zb_trend_to_json(y, &t, NULL);
    assert_non_null(strstr(j, "\"excluded\":[{\"period\":\"2022\""));
    assert_non_null(strstr(j, "\"slope_ci\":null"));
    assert_null(strstr(j, "nan"));
    free(j);

    /* adding after finish is refused */
    zb_record r = mk("x", "z", "i", ZB_KIND_COUNT, 1, "个", EQ, A, "2020", NULL);
    assert_int_equal(zb_series_set_add(set, &r, &e), ZB_EUSAGE);
    zb_record_clear(&r);
    zb_series_set_free(set);
    zb_aliases_free(a);
    zb_normalizer_free(n);
}

static void test_bad_period_and_defaults(void **state)
{
    (void)state;
    zb_series_set *set = zb_series_set_new(NULL); /* built-in aliases only */
    zb_error e = {0};
    zb_record r = mk("x", NULL, "GDP", ZB_KIND_AMOUNT, 1, "CNY", EQ, A, "2024-13", NULL);
    assert_int_equal(zb_series_set_add(set, &r, &e), ZB_EINVALID);
    assert_non_null(strstr(e.message, "2024-13"));
    zb_record_clear(&r);
    add(set, mk("x", NULL, "gdp", ZB_KIND_AMOUNT, 1, "CNY", EQ, A, NULL, NULL));
    assert_int_equal(zb_series_set_finish(set, &e), ZB_OK);
    assert_int_equal(zb_series_set_count(set), 1);
    const zb_series *s = zb_series_set_get(set, 0);
    assert_null(s->zone);
    assert_string_equal(s->indicator, "地区生产总值");
    assert_string_equal(s->period_class, "none");
    assert_null(zb_series_set_get(set, 1));
    zb_trend t;
    assert_int_equal(zb_series_trend(s, &t, NULL, &e), ZB_ENUMERIC); /* no dated point */
    zb_series_set_free(set);
}

/* A streaming check: many duplicate records make one point, and many
 * documents stay distinct (the >16 sources path of finish). */
static void test_many_sources(void **state)
{
    (void)state;
    zb_series_set *set = zb_series_set_new(NULL);
    char doc[32];
    for (int i = 0; i < 1000; i++) {
        snprintf(doc, sizeof doc, "d%03d.txt", i % 40); /* 40 docs, each 25 times, interleaved */
        add(set, mk(doc, "江阴", "有效高企", ZB_KIND_COUNT, 1200, "家", EQ, A, "2024", NULL));
    }
    zb_error e = {0};
    assert_int_equal(zb_series_set_finish(set, &e), ZB_OK);
    const zb_series *s = zb_series_set_get(set, 0);
    assert_int_equal(s->npoints, 1);
    assert_int_equal(s->points[0].nrecords, 1000);
    assert_int_equal(s->points[0].nsources, 40);
    assert_string_equal(s->points[0].sources[0], "d000.txt");
    assert_string_equal(s->points[0].sources[39], "d039.txt");
    zb_series_set_free(set);
}

/* Conflicts whose values arrive between other periods: the points are
 * built in arrival order and finish sorts them in place, so the chain of
 * a period must be walked once. Arrival order (value, doc):
 *   2022 1 a | 2023 5 a | 2022 2 b | 2022 1 c | 2022 3 d | 2023 5 e | 2023 5 a
 * By hand: 2022 carries 1 (a, c: 2 records), 2 (b), 3 (d) -> three points,
 * all conflict; 2023 carries 5 from a, e, a -> one point, 3 records,
 * sources a, e (the repeat of a dropped), no conflict. x = year + 0.5. */
static void test_conflict_chains(void **state)
{
    (void)state;
    zb_series_set *set = zb_series_set_new(NULL);
    static const struct { const char *doc, *period; double v; } in[] = {
        {"a", "2022", 1}, {"a", "2023", 5}, {"b", "2022", 2}, {"c", "2022", 1},
        {"d", "2022", 3}, {"e", "2023", 5}, {"a", "2023", 5},
    };
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++)
        add(set, mk(in[i].doc, "江阴", "产值", ZB_KIND_AMOUNT, in[i].v, "CNY", EQ, A, in[i].period, NULL));
    zb_error e = {0};
    assert_int_equal(zb_series_set_finish(set, &e), ZB_OK);
    assert_int_equal(zb_series_set_count(set), 1);
    const zb_series *s = zb_series_set_get(set, 0);
    assert_int_equal(s->npoints, 4);
    assert_int_equal(s->nconflicts, 1);
    static const double want_v[] = {1, 2, 3, 5};
    static const size_t want_rec[] = {2, 1, 1, 3}, want_nsrc[] = {2, 1, 1, 2};
    for (size_t i = 0; i < 4; i++) {
        const zb_point *p = &s->points[i];
        assert_close(p->value, want_v[i], 0);
        assert_close(p->x, i < 3 ? 2022.5 : 2023.5, 1e-12);
        assert_int_equal(p->conflict, i < 3);
        assert_int_equal(p->nrecords, want_rec[i]);
        assert_int_equal(p->nsources, want_nsrc[i]);
        assert_int_equal(p->has_offset, 0);
    }
    assert_string_equal(s->points[0].sources[0], "a");
    assert_string_equal(s->points[0].sources[1], "c");
    assert_string_equal(s->points[3].sources[0], "a");
    assert_string_equal(s->points[3].sources[1], "e");
    zb_series_set_free(set);
}

/* Point arrays move as series grow (small ones through free lists of an
 * arena, past 710 points through realloc): two series of 1000 monthly
 * points added alternately, in reverse month order, keep every point.
 * Month i (0..999) is 2000-01 + i with value i in A and -i in B; sorted by
 * x, point k of A is month k, value k. */
static void test_long_series(void **state)
{
    (void)state;
    zb_series_set *set = zb_series_set_new(NULL);
    char per[16];
    for (int i = 999; i >= 0; i--) {
        snprintf(per, sizeof per, "%04d-%02d", 2000 + i / 12, i % 12 + 1);
        add(set, mk("a.txt", "A", "产值", ZB_KIND_AMOUNT, i, "CNY", EQ, A, per, NULL));
        add(set, mk("b.txt", "B", "产值", ZB_KIND_AMOUNT, -i, "CNY", EQ, A, per, NULL));
    }
    zb_error e = {0};
    assert_int_equal(zb_series_set_finish(set, &e), ZB_OK);
    assert_int_equal(zb_series_set_count(set), 2);
    for (size_t si = 0; si < 2; si++) {
        const zb_series *s = zb_series_set_get(set, si); /* A sorts before B */
        assert_int_equal(s->npoints, 1000);
        for (size_t k = 0; k < 1000; k++) {
            assert_close(s->points[k].value, si ? -(double)k : (double)k, 0);
            assert_int_equal(s->points[k].when.start, s->points[k].when.end);
            assert_string_equal(s->points[k].sources[0], si ? "b.txt" : "a.txt");
        }
    }
    zb_series_set_free(set);
}

/* zb_series_to_json writes JSON by hand; its bytes must be the ones
 * cJSON_PrintUnformatted gives for the same content, so parsing the line
 * with cJSON and printing it again must give the line back. The values
 * pick cJSON's number cases: 0.1+0.2 (prints "0.3": %1.15g reads back
 * within DBL_EPSILON), 1/3 (needs %1.17g), -0, 1e20; the doc names carry
 * a quote, a backslash and control bytes. */
static void test_series_json_bytes(void **state)
{
    (void)state;
    zb_series_set *set = zb_series_set_new(NULL);
    add(set, mk("q\"\\\x01\t.txt", NULL, "比重", ZB_KIND_SHARE, 0.1 + 0.2, "%", EQ, A, "2021", NULL));
    add(set, mk("b.txt", NULL, "比重", ZB_KIND_SHARE, 1.0 / 3, "%", EQ, A, "2022", NULL));
    add(set, mk("b.txt", NULL, "比重", ZB_KIND_SHARE, -0.0, "%", EQ, A, "2023", NULL));
    add(set, mk("c.txt", NULL, "比重", ZB_KIND_SHARE, 1e20, "%", EQ, A, "2023", NULL));
    add(set, mk("c.txt", NULL, "比重", ZB_KIND_SHARE, 7, "%", EQ, A, "2024-Q1", NULL)); /* sibling */
    zb_error e = {0};
    assert_int_equal(zb_series_set_finish(set, &e), ZB_OK);
    assert_int_equal(zb_series_set_count(set), 2);
    for (size_t i = 0; i < 2; i++) {
        char *j = zb_series_to_json(set, zb_series_set_get(set, i));
        assert_non_null(j);
        cJSON *o = cJSON_Parse(j);
        assert_non_null(o);
        char *again = cJSON_PrintUnformatted(o);
        assert_string_equal(j, again);
        /* the year series: 2021, 2022, 2023 (-0 and 1e20: a conflict); the quarter sorts first */
        static const char *const year_has[] = {
            "\"value\":0.3,", "\"value\":0.33333333333333331,", "\"value\":-0,", "\"value\":1e+20,",
            "[\"q\\\"\\\\\\u0001\\t.txt\"]",
            "\"elsewhere\":[{\"period_class\":\"quarter\",\"n\":1,\"periods\":[\"2024-Q1\"]",
        };
        for (size_t k = 0; !strcmp(zb_series_set_get(set, i)->period_class, "year") && k < 6; k++)
            if (!strstr(j, year_has[k]))
                fail_msg("%s lacks %s", j, year_has[k]);
        free(again);
        cJSON_Delete(o);
        free(j);
    }
    zb_series_set_free(set);
}

/* ------------------------------------------------------------ compare */

static const zb_comparison *find_cmp(const zb_comparison *c, size_t n, zb_compare_type type,
                                     const char *ind, const char *period)
{
    for (size_t i = 0; i < n; i++)
        if (c[i].type == type && !strcmp(c[i].target_series->indicator, ind) &&
            !strcmp(c[i].target->period, period))
            return &c[i];
    return NULL;
}

static void test_compare(void **state)
{
    (void)state;
    zb_series_set *set = zb_series_set_new(NULL);
    zb_error e = {0};
    /* 突破1200家 (gt): 1200 is not enough, 1201 is */
    add(set, mk("t.txt", "江阴", "有效高企", ZB_KIND_COUNT, 1200, "家", ZB_BOUND_GT, T, "2024", NULL));
    add(set, mk("r.txt", "江阴", "有效高企", ZB_KIND_COUNT, 1200, "家", EQ, A, "2024", NULL));
    add(set, mk("t.txt", "滨湖", "有效高企", ZB_KIND_COUNT, 1200, "家", ZB_BOUND_GT, T, "2024", NULL));
    add(set, mk("r.txt", "滨湖", "有效高企", ZB_KIND_COUNT, 1201, "家", EQ, A, "2024", NULL));
    /* eq target: reaching it is enough */
    add(set, mk("t.txt", "江阴", "引进大学生", ZB_KIND_COUNT, 16000, "人", EQ, T, "2024", NULL));
    add(set, mk("r.txt", "江阴", "引进大学生", ZB_KIND_COUNT, 16000, "人", EQ, A, "2024", NULL));
    /* growth target 6.0, result 5.5: gap -0.5 pp, no achievement */
    add(set, mk("t.txt", "江阴", "地区生产总值", ZB_KIND_GROWTH, 6.0, "%", EQ, T, "2024", "yoy"));
    add(set, mk("r.txt", "江阴", "GDP", ZB_KIND_GROWTH, 5.5, "%", EQ, A, "2024", "yoy"));
    /* units differ: not compared */
    add(set, mk("t.txt", "江阴", "新增高层次人才", ZB_KIND_COUNT, 1300, "人", EQ, T, "2024", NULL));
    add(set, mk("r.txt", "江阴", "新增高层次人才", ZB_KIND_COUNT, 1350, "名", EQ, A, "2024", NULL));
    /* open: target 2026, latest result 2024 (the 2023 one is older) */
    add(set, mk("t.txt", "新吴区", "未来产业产值", ZB_KIND_AMOUNT, 1e11, "CNY", ZB_BOUND_GT, T, "2026", NULL));
    add(set, mk("r.txt", "新吴区", "未来产业产值", ZB_KIND_AMOUNT, 6e10, "CNY", EQ, A, "2024", NULL));
    add(set, mk("r.txt", "新吴区", "未来产业产值", ZB_KIND_AMOUNT, 5e10, "CNY", EQ, A, "2023", NULL));
    /* an annual target with only a Jan-May result so far */
    add(set, mk("t.txt", "吉林高新区", "招商引资到位资金", ZB_KIND_AMOUNT, 84e8, "CNY", EQ, T, "2023", NULL));
    add(set, mk("r.txt", "吉林高新区", "招商引资到位资金", ZB_KIND_AMOUNT, 30e8, "CNY", EQ, A, "2023-01/2023-05", NULL));
    /* le target: at most 3.0 */
    add(set, mk("t.txt", "江阴", "城镇调查失业率", ZB_KIND_SHARE, 3.0, "%", ZB_BOUND_LE, T, "2024", NULL));
    add(set, mk("r.txt", "江阴", "城镇调查失业率", ZB_KIND_SHARE, 3.0, "%", EQ, A, "2024", NULL));
    /* rank targets: smaller is better; 目标进入前5 (eq 5) is met by 3, not by 7 */
    add(set, mk("t.txt", "江阴", "全省综合排名", ZB_KIND_RANK, 5, "rank", EQ, T, "2024", NULL));
    add(set, mk("r.txt", "江阴", "全省综合排名", ZB_KIND_RANK, 3, "rank", EQ, A, "2024", NULL));
    add(set, mk("t.txt", "滨湖", "全省综合排名", ZB_KIND_RANK, 5, "rank", EQ, T, "2024", NULL));
    add(set, mk("r.txt", "滨湖", "全省综合排名", ZB_KIND_RANK, 7, "rank", EQ, A, "2024", NULL));
    /* calendar: 45.1% of the annual plan in Jan-May, stated 3.5 pp ahead;
     * 44.6% with a wrong statement of 5 pp */
    add(set, mk("c.txt", "镇江市", "省重大项目年度投资计划完成率", ZB_KIND_SHARE, 45.1, "%", EQ, A, "2024-01/2024-05", NULL));
    add(set, mk("c.txt", "镇江市", "省重大项目超序时进度", ZB_KIND_PP, 3.5, "pp", EQ, A, "2024-01/2024-05", NULL));
    add(set, mk("c.txt", "镇江市", "市重大项目年度投资计划完成率", ZB_KIND_SHARE, 44.6, "%", EQ, A, "2024-01/2024-05", NULL));
    add(set, mk("c.txt", "镇江市", "市重大项目超序时进度", ZB_KIND_PP, 5.0, "pp", EQ, A, "2024-01/2024-05", NULL));
    /* behind: 30% after the first half, stated 落后序时进度20个百分点 */
    add(set, mk("c.txt", "丹阳", "年度目标任务完成率", ZB_KIND_SHARE, 30, "%", EQ, A, "2024-H1", NULL));
    add(set, mk("c.txt", "丹阳", "落后序时进度", ZB_KIND_PP, 20, "pp", EQ, A, "2024-H1", NULL));
    assert_int_equal(zb_series_set_finish(set, &e), ZB_OK);

    zb_comparison *c = NULL;
    size_t n = 0;
    assert_int_equal(zb_compare_run(set, &c, &n, &e), ZB_OK);
    const zb_comparison *x;
    /* gt, 1200 vs 1200: achievement 100%, gap 0, not met */
    for (size_t i = 0; i < n; i++)
        if (c[i].type == ZB_COMPARE_PAIR && !strcmp(c[i].target_series->indicator, "有效高企")) {
            if (!strcmp(c[i].target_series->zone, "江阴")) {
                assert_close(c[i].achievement_pct, 100, 1e-12);
                assert_close(c[i].gap, 0, 0);
                assert_int_equal(c[i].met, 0);
            } else {
                /* 1201/1200*100 = 100.08333... */
                assert_close(c[i].achievement_pct, 100.0833333333333, 1e-12);
                assert_close(c[i].gap, 1, 0);
                assert_int_equal(c[i].met, 1);
            }
        }
    x = find_cmp(c, n, ZB_COMPARE_PAIR, "引进大学生", "2024");
    assert_non_null(x);
    assert_int_equal(x->met, 1);
    x = find_cmp(c, n, ZB_COMPARE_PAIR, "地区生产总值", "2024");
    assert_non_null(x);
    assert_false(x->has_achievement);
    assert_close(x->gap, -0.5, 1e-12);
    assert_int_equal(x->met, 0);
    x = find_cmp(c, n, ZB_COMPARE_UNITS, "新增高层次人才", "2024");
    assert_non_null(x);
    assert_string_equal(x->actual_series->unit, "名");
    assert_null(find_cmp(c, n, ZB_COMPARE_PAIR, "新增高层次人才", "2024"));
    x = find_cmp(c, n, ZB_COMPARE_OPEN, "未来产业产值", "2026");
    assert_non_null(x);
    assert_non_null(x->actual);
    assert_string_equal(x->actual->period, "2024");
    assert_close(x->achievement_pct, 60, 1e-12); /* 6e10 / 1e11 */
    assert_int_equal(x->met, -1);
    /* python3: 30/84*100 = 35.714285714285715; 5 of 12 months gone */
    x = find_cmp(c, n, ZB_COMPARE_OPEN, "招商引资到位资金", "2023");
    assert_non_null(x);
    assert_string_equal(x->actual->period, "2023-01/2023-05");
    assert_close(x->achievement_pct, 35.714285714285715, 1e-12);
    assert_close(x->elapsed_pct, 500.0 / 12, 1e-12);
    x = find_cmp(c, n, ZB_COMPARE_PAIR, "城镇调查失业率", "2024");
    assert_int_equal(x->met, 1); /* le: 3.0 <= 3.0 */
    for (size_t i = 0; i < n; i++)
        if (c[i].type == ZB_COMPARE_PAIR && !strcmp(c[i].target_series->indicator, "全省综合排名")) {
            int jiangyin = !strcmp(c[i].target_series->zone, "江阴");
            assert_int_equal(c[i].met, jiangyin);          /* 3 <= 5 yes; 7 <= 5 no */
            assert_close(c[i].gap, jiangyin ? -2 : 2, 0);  /* actual - target */
            assert_false(c[i].has_achievement);
        }

    /* calendar: elapsed 5/12 = 41.666...%; 45.1 - 41.667 = 3.4333 pp ahead;
     * stated 3.5 within 0.05 + 0.05 + 0.05 -> holds */
    x = find_cmp(c, n, ZB_COMPARE_CALENDAR, "省重大项目年度投资计划完成率", "2024-01/2024-05");
    assert_non_null(x);
    assert_close(x->elapsed_pct, 500.0 / 12, 1e-12);
    assert_close(x->gap, 45.1 - 500.0 / 12, 1e-12);
    assert_int_equal(x->met, 1);
    assert_non_null(x->stated);
    assert_string_equal(x->stated_series->indicator, "省重大项目超序时进度");
    assert_close(x->stated_pp, 3.5, 0);
    assert_close(x->tolerance_pp, 0.15, 1e-12);
    assert_int_equal(x->stated_holds, 1);
    /* 44.6 - 41.667 = 2.933, stated 5: does not hold; matched to 市..., not 省... */
    x = find_cmp(c, n, ZB_COMPARE_CALENDAR, "市重大项目年度投资计划完成率", "2024-01/2024-05");
    assert_string_equal(x->stated_series->indicator, "市重大项目超序时进度");
    assert_int_equal(x->stated_holds, 0);
    /* behind: 30 - 50 = -20 pp, stated -20 holds */
    x = find_cmp(c, n, ZB_COMPARE_CALENDAR, "年度目标任务完成率", "2024-H1");
    assert_non_null(x);
    assert_close(x->elapsed_pct, 50, 0);
    assert_close(x->gap, -20, 1e-12);
    assert_int_equal(x->met, 0);
    assert_close(x->stated_pp, -20, 0);
    assert_int_equal(x->stated_holds, 1);

    for (size_t i = 0; i < n; i++) {
        char *j = zb_comparison_to_json(&c[i]);
        assert_non_null(j);
        assert_null(strstr(j, "nan"));
        free(j);
    }
    free(c);
    zb_series_set_free(set);
}

/* ------------------------------------------------------------- derive */

typedef struct got {
    zb_record r[8];
    size_t n;
} got;

static int collect(void *user, const zb_record *r)
{
    got *g = user;
    zb_record_init(&g->r[g->n]);
    assert_int_equal(zb_record_copy(&g->r[g->n], r), ZB_OK);
    g->n++;
    return 0;
}

static const zb_record *find_rec(const got *g, const char *ind)
{
    for (size_t i = 0; i < g->n; i++)
        if (!strcmp(g->r[i].indicator, ind))
            return &g->r[i];
    return NULL;
}

static void test_derive(void **state)
{
    (void)state;
    zb_series_set *set = zb_series_set_new(NULL);
    zb_error e = {0};
    const char *p = "2024-01/2024-05";
    /* 新增停车泊位1113个，年度任务完成率为55.7% */
    add(set, mk("p.txt", "镇江市", "新增公共停车泊位", ZB_KIND_COUNT, 1113, "个", EQ, A, p, NULL));
    add(set, mk("p.txt", "镇江市", "新增公共停车泊位年度任务完成率", ZB_KIND_SHARE, 55.7, "%", EQ, A, p, NULL));
    /* 完成投资31.9亿元，完成年度投资计划的45.1% (level named 完成投资) */
    add(set, mk("p.txt", "镇江市", "省重大项目完成投资", ZB_KIND_AMOUNT, 31.9e8, "CNY", EQ, A, p, NULL));
    add(set, mk("p.txt", "镇江市", "省重大项目年度投资计划完成率", ZB_KIND_SHARE, 45.1, "%", EQ, A, p, NULL));
    add(set, mk("p.txt", "镇江市", "省重大项目", ZB_KIND_COUNT, 17, "个", EQ, A, p, NULL)); /* not the level */
    /* 年度任务完成率均超100%: the target was below the result */
    add(set, mk("p.txt", "镇江市", "宫颈癌筛查", ZB_KIND_COUNT, 40100, "人", EQ, A, p, NULL));
    add(set, mk("p.txt", "镇江市", "宫颈癌筛查年度任务完成率", ZB_KIND_SHARE, 100, "%", ZB_BOUND_GT, A, p, NULL));
    /* 同比增长3.1%，高于规上工业2.9个百分点 */
    add(set, mk("q.txt", "镇江市", "四大产业集群开票销售", ZB_KIND_GROWTH, 3.1, "%", EQ, A, p, "yoy"));
    add(set, mk("q.txt", "镇江市", "四大产业集群开票销售增速高于规上工业", ZB_KIND_PP, 2.9, "pp", EQ, A, p, NULL));
    /* 低于全省1.2个百分点: the other is higher, 5.0 + 1.2 = 6.2 */
    add(set, mk("q.txt", "丹阳", "工业投资", ZB_KIND_GROWTH, 5.0, "%", EQ, A, "2024", "yoy"));
    add(set, mk("q.txt", "丹阳", "工业投资增幅低于全省", ZB_KIND_PP, 1.2, "pp", EQ, A, "2024", NULL));
    assert_int_equal(zb_series_set_finish(set, &e), ZB_OK);
    got g = {.n = 0};
    assert_int_equal(zb_compare_derive(set, collect, &g, &e), ZB_OK);
    assert_int_equal(g.n, 5);

    /* python3: 1113/0.557 = 1998.2046678635545 */
    const zb_record *r = find_rec(&g, "新增公共停车泊位");
    assert_non_null(r);
    assert_close(r->value, 1998.2046678635545, 1e-12);
    assert_int_equal(r->status, ZB_STATUS_TARGET);
    assert_int_equal(r->kind, ZB_KIND_COUNT);
    assert_int_equal(r->bound, ZB_BOUND_APPROX);
    assert_string_equal(r->period, "2024");
    assert_string_equal(r->unit, "个");
    assert_int_equal(r->derived, 1);
    assert_string_equal(r->doc, "p.txt");
    assert_int_equal(zb_record_validate(r, &e), ZB_OK);
    char *j = zb_record_to_json(r);
    assert_non_null(strstr(j, "\"derived\":true"));
    assert_non_null(strstr(j, "\"sources\":[{\"doc\":\"p.txt\",\"indicator\":\"新增公共停车泊位\""));
    assert_non_null(strstr(j, "\"indicator\":\"新增公共停车泊位年度任务完成率\""));
    free(j);
    /* python3: 31.9e8/0.451 = 7073170731.707317 */
    r = find_rec(&g, "省重大项目完成投资");
    assert_non_null(r);
    assert_close(r->value, 7073170731.707317, 1e-12);
    assert_null(find_rec(&g, "省重大项目"));
    /* share > 100% -> target < 40100 */
    r = find_rec(&g, "宫颈癌筛查");
    assert_close(r->value, 40100, 1e-12);
    assert_int_equal(r->bound, ZB_BOUND_LT);
    /* 3.1 - 2.9 = 0.2 (to the inputs' one decimal) */
    r = find_rec(&g, "规上工业");
    assert_non_null(r);
    assert_close(r->value, 0.2, 0);
    assert_int_equal(r->kind, ZB_KIND_GROWTH);
    assert_string_equal(r->basis, "yoy");
    assert_string_equal(r->period, p);
    assert_int_equal(r->bound, ZB_BOUND_EQ);
    r = find_rec(&g, "全省");
    assert_non_null(r);
    assert_close(r->value, 6.2, 0);
    for (size_t i = 0; i < g.n; i++)
        zb_record_clear(&g.r[i]);
    zb_series_set_free(set);
}

/* Figures stated together, as the extractor names them: the share's
 * indicator does not name its level, and two 超序时 statements share one
 * indicator (a conflict). Offsets decide (records from 004_...txt). */
static zb_record at(zb_record r, size_t off)
{
    r.has_offset = 1;
    r.off_start = off;
    r.off_end = off + 5;
    return r;
}

static void test_by_place(void **state)
{
    (void)state;
    zb_series_set *set = zb_series_set_new(NULL);
    zb_error e = {0};
    const char *p = "2024-01/2024-05", *d = "004.txt";
    add(set, at(mk(d, "镇江市", "省重大项目完成投资", ZB_KIND_COUNT, 17, "个", EQ, A, p, NULL), 2950));
    add(set, at(mk(d, "镇江市", "省重大项目完成投资", ZB_KIND_AMOUNT, 31.9e8, "CNY", EQ, A, p, NULL), 2982));
    add(set, at(mk(d, "镇江市", "省重大项目完成投资完成年度投资计划", ZB_KIND_SHARE, 45.1, "%", EQ, A, p, NULL), 3020));
    add(set, at(mk(d, "镇江市", "超序时", ZB_KIND_PP, 3.5, "pp", EQ, A, p, NULL), 3035));
    add(set, at(mk(d, "镇江市", "市重大项目完成投资", ZB_KIND_AMOUNT, 268.4e8, "CNY", EQ, A, p, NULL), 3151));
    add(set, at(mk(d, "镇江市", "市重大项目完成投资完成年度投资计划", ZB_KIND_SHARE, 44.6, "%", EQ, A, p, NULL), 3190));
    add(set, at(mk(d, "镇江市", "超序时", ZB_KIND_PP, 2.9, "pp", EQ, A, p, NULL), 3205));
    add(set, at(mk(d, "镇江市", "新增停车泊位", ZB_KIND_COUNT, 1113, "个", EQ, A, p, NULL), 8934));
    add(set, at(mk(d, "镇江市", "年度任务完成率", ZB_KIND_SHARE, 55.7, "%", EQ, A, p, NULL), 8966));
    /* too far before the share to be its level (over 200 bytes) */
    add(set, at(mk(d, "镇江市", "远处的数", ZB_KIND_COUNT, 9, "个", EQ, A, p, NULL), 100));
    assert_int_equal(zb_series_set_finish(set, &e), ZB_OK);

    zb_comparison *c = NULL;
    size_t n = 0;
    assert_int_equal(zb_compare_run(set, &c, &n, &e), ZB_OK);
    const zb_comparison *x = find_cmp(c, n, ZB_COMPARE_CALENDAR, "省重大项目完成投资完成年度投资计划", p);
    assert_non_null(x);
    assert_close(x->stated_pp, 3.5, 0); /* the statement right after it, not 2.9 */
    assert_int_equal(x->stated_holds, 1);
    x = find_cmp(c, n, ZB_COMPARE_CALENDAR, "市重大项目完成投资完成年度投资计划", p);
    assert_close(x->stated_pp, 2.9, 0);
    assert_int_equal(x->stated_holds, 1);
    free(c);

    got g = {.n = 0};
    assert_int_equal(zb_compare_derive(set, collect, &g, &e), ZB_OK);
    assert_int_equal(g.n, 3);
    /* python3: 31.9e8/0.451 = 7073170731.707317; 268.4e8/0.446 = 60179372197.309418;
     * 1113/0.557 = 1998.2046678635545 */
    const zb_record *r = find_rec(&g, "省重大项目完成投资");
    assert_non_null(r);
    assert_close(r->value, 7073170731.707317, 1e-12); /* the amount at 2982, not the count at 2950 */
    assert_string_equal(r->unit, "CNY");
    r = find_rec(&g, "市重大项目完成投资");
    assert_close(r->value, 60179372197.309418, 1e-12);
    r = find_rec(&g, "新增停车泊位");
    assert_non_null(r);
    assert_close(r->value, 1998.2046678635545, 1e-12);
    for (size_t i = 0; i < g.n; i++)
        zb_record_clear(&g.r[i]);
    zb_series_set_free(set);
}

/* --------------------------------------------------------------- rank */

/* 甲 reports 10 家 for 2023 and zone another value in unit: ranking 有效高企
 * must fail with a message containing want. */
static void rank_fails(const zb_aliases *a, const char *zone, double v, const char *unit,
                       const char *want)
{
    zb_series_set *set = zb_series_set_new(a);
    zb_error e = {0};
    zb_rank_row *rows = NULL;
    size_t n = 0;
    char per[32];
    add(set, mk("r.txt", "甲", "有效高企", ZB_KIND_COUNT, 10, "家", EQ, A, "2023", NULL));
    add(set, mk("s.txt", zone, "有效高企", ZB_KIND_COUNT, v, unit, EQ, A, "2023", NULL));
    assert_int_equal(zb_series_set_finish(set, &e), ZB_OK);
    assert_int_equal(zb_rank_run(set, a, "有效高企", -1, "2023", -1, &rows, &n, per, &e), ZB_EINVALID);
    if (!strstr(e.message, want)) {
        print_error("message '%s' lacks '%s'\n", e.message, want);
        fail();
    }
    assert_null(rows);
    zb_series_set_free(set);
}

static void test_rank_run(void **state)
{
    (void)state;
    zb_aliases *a = zb_aliases_new(NULL);
    zb_series_set *set = zb_series_set_new(a);
    zb_error e = {0};
    add(set, mk("r.txt", "甲", "GDP", ZB_KIND_AMOUNT, 10, "CNY", EQ, A, "2023", NULL));
    add(set, mk("r.txt", "乙", "地区生产总值", ZB_KIND_AMOUNT, 20, "CNY", EQ, A, "2023", NULL));
    add(set, mk("s.txt", "丙", "地区生产总值", ZB_KIND_AMOUNT, 20, "CNY", EQ, A, "2023", NULL));
    add(set, mk("r.txt", "丁", "地区生产总值", ZB_KIND_AMOUNT, 5, "CNY", EQ, A, "2023", NULL));
    add(set, mk("r.txt", "丁", "地区生产总值", ZB_KIND_AMOUNT, 7, "CNY", EQ, A, "2022", NULL));
    add(set, mk("r.txt", "戊", "地区生产总值", ZB_KIND_AMOUNT, 99, "CNY", EQ, T, "2023", NULL)); /* a target */
    assert_int_equal(zb_series_set_finish(set, &e), ZB_OK);
    zb_rank_row *rows = NULL;
    size_t n = 0;
    char per[32];
    /* no period: the latest, 2023; ranks as in test_stats (10, 20, 20, 5) */
    assert_int_equal(zb_rank_run(set, a, "gdp", -1, NULL, -1, &rows, &n, per, &e), ZB_OK);
    assert_string_equal(per, "2023");
    assert_int_equal(n, 4);
    assert_int_equal(rows[0].rank, 1);
    assert_int_equal(rows[1].rank, 1);
    assert_string_equal(rows[2].zone, "甲");
    assert_int_equal(rows[2].rank, 3);
    assert_close(rows[2].z, -0.5, 1e-12);
    assert_close(rows[2].percentile, 100.0 / 3, 1e-12);
    assert_string_equal(rows[3].zone, "丁");
    char *j = zb_rank_row_to_json(&rows[3], n, per);
    assert_non_null(strstr(j, "\"rank\":4,\"n\":4,\"value\":5"));
    free(j);
    free(rows);
    /* 2022: one zone */
    assert_int_equal(zb_rank_run(set, a, "地区生产总值", -1, "2022", -1, &rows, &n, per, &e), ZB_OK);
    assert_int_equal(n, 1);
    assert_false(rows[0].has_z);
    free(rows);
    /* nothing for 2020; a bad period is a usage error */
    assert_int_equal(zb_rank_run(set, a, "地区生产总值", -1, "2020", -1, &rows, &n, per, &e), ZB_OK);
    assert_int_equal(n, 0);
    assert_int_equal(zb_rank_run(set, a, "地区生产总值", -1, "20x", -1, &rows, &n, per, &e), ZB_EUSAGE);
    zb_series_set_free(set);

    /* different units: an error naming both */
    rank_fails(a, "乙", 12, "个", "units differ (个 for 乙, 家 for 甲)"); /* 乙 sorts first */
    /* conflicting values of one zone: an error naming it */
    rank_fails(a, "甲", 11, "家", "甲 has conflicting values for 2023");
    zb_aliases_free(a);
}

int main(void)
{
    gsl_set_error_handler_off();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_aliases),
        cmocka_unit_test(test_grouping),
        cmocka_unit_test(test_bad_period_and_defaults),
        cmocka_unit_test(test_many_sources),
        cmocka_unit_test(test_conflict_chains),
        cmocka_unit_test(test_long_series),
        cmocka_unit_test(test_series_json_bytes),
        cmocka_unit_test(test_compare),
        cmocka_unit_test(test_derive),
        cmocka_unit_test(test_by_place),
        cmocka_unit_test(test_rank_run),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
