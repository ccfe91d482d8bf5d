/*
 * test_plot.c -- gnuplot script emission: quoting, datablocks, chart index,
 * hostile names, and (where gnuplot is installed) clean rendering.
 *
 * Expected values are worked out by hand in the comments: x of a year is
 * mid-year (2019 -> 2019.5), money is shown in 亿元 (1.56e10 yuan -> 156).
 */
#include "zb_test.h"
#include "zhibiao.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------ helpers */

static void rec(zb_series_set *set, const char *doc, const char *zone, const char *ind,
                zb_kind kind, double value, const char *unit, zb_status st, const char *period)
{
    zb_record r;
    zb_error e = {0};
    zb_record_init(&r);
    zb_record_set(&r.doc, doc);
    zb_record_set(&r.zone, zone);
    zb_record_set(&r.indicator, ind);
    r.kind = kind;
    r.value = value;
    zb_record_set(&r.unit, unit);
    r.status = st;
    zb_record_set(&r.period, period);
    if (kind == ZB_KIND_GROWTH)
        zb_record_set(&r.basis, "yoy");
    int rc = zb_series_set_add(set, &r, &e);
    if (rc != ZB_OK)
        print_error("add: %s\n", e.message);
    assert_int_equal(rc, ZB_OK);
    zb_record_clear(&r);
}

static char *slurp(const char *path)
{
    char *buf = NULL;
    size_t len = 0;
    zb_error e = {0};
    if (zb_read_file(path, (size_t)16 << 20, &buf, &len, &e) != ZB_OK) {
        print_error("%s: %s\n", path, e.message);
        return NULL;
    }
    return buf;
}

static char *mktmp(void)
{
    char tmpl[] = "/tmp/zbplotXXXXXX";
    char *d = mkdtemp(tmpl);
    assert_non_null(d);
    return strdup(d);
}

static void rmtree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    char path[1024];
    while (d && (de = readdir(d)) != NULL) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        unlink(path);
    }
    if (d)
        closedir(d);
    rmdir(dir);
}

static int exists_in(const char *dir, const char *name)
{
    char path[1400];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return stat(path, &st) == 0;
}

typedef struct collected {
    size_t n;
    size_t by_type[ZB_CHART_N];
    char names[64][32];
    char titles[64][256];
} collected;

static int collect(void *user, const zb_chart *c)
{
    collected *k = user;
    if (k->n < 64) {
        snprintf(k->names[k->n], sizeof k->names[0], "%s", c->name);
        snprintf(k->titles[k->n], sizeof k->titles[0], "%s", c->title ? c->title : "");
    }
    k->n++;
    k->by_type[c->type]++;
    return 0;
}

/* The body of datablock $name in script text s (new string), or NULL. */
static char *datablock(const char *s, const char *name)
{
    char head[64];
    snprintf(head, sizeof head, "$%s << EOD\n", name);
    const char *a = strstr(s, head);
    if (!a)
        return NULL;
    a += strlen(head);
    const char *b = strstr(a, "EOD\n");
    if (!b)
        return NULL;
    return strndup(a, (size_t)(b - a));
}

/*
 * Lexical safety check of a gnuplot script: outside single-quoted strings
 * (where '' is a quote) and outside comments and datablocks, no backquote,
 * no '@', and none of the words `needle` (payload text) may appear; double-
 * quoted strings may only be our fixed "\n". Returns 1 when safe.
 */
static int script_is_inert(const char *s, const char *needle, int *line_out)
{
    int line = 1, in_block = 0;
    while (*s) {
        const char *eol = strchr(s, '\n');
        size_t n = eol ? (size_t)(eol - s) : strlen(s);
        char *l = strndup(s, n);
        *line_out = line;
        if (in_block) {
            if (!strcmp(l, "EOD"))
                in_block = 0;
            else if (strstr(l, needle) || strchr(l, '`')) {
                free(l);
                return 0;
            }
        } else {
            if (strstr(l, "<< EOD"))
                in_block = 1;
            /* walk the line, blanking single-quoted strings */
            char *out = strdup(l);
            size_t o = 0;
            int inq = 0;
            for (size_t i = 0; i < n; i++) {
                char c = l[i];
                if (inq) {
                    if (c == '\'' && l[i + 1] == '\'')
                        i++;
                    else if (c == '\'')
                        inq = 0;
                    continue;
                }
                if (c == '\'') {
                    inq = 1;
                    continue;
                }
                if (c == '#')
                    break;
                out[o++] = c;
            }
            out[o] = '\0';
            int bad = inq || strchr(out, '`') || strchr(out, '@') || strstr(out, needle);
            /* double quotes: only the newline constant "\n" */
            for (char *q = out; !bad && (q = strchr(q, '"')) != NULL; q += 4)
                bad = strncmp(q, "\"\\n\"", 4) != 0;
            free(out);
            if (bad) {
                free(l);
                return 0;
            }
        }
        free(l);
        line++;
        s += n + (eol ? 1 : 0);
    }
    return 1;
}

/* ------------------------------------------------------------- quoting */

static void test_quote(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        size_t max;
        const char *want;
    } rows[] = {
        {"镇江高新区", 0, "'镇江高新区'"},
        {"it's", 0, "'it''s'"},
        {"''", 0, "''''''"},
        {"`touch pwned`", 0, "'`touch pwned`'"},
        {"\"; system(\"touch pwned2\"); \"", 0, "'\"; system(\"touch pwned2\"); \"'"},
        {"a\nb\rc\td\x7f" "e", 0, "'a b c d e'"},
        {"x\xc2\x85y", 0, "'x y'"},              /* NEL, a C1 control */
        {"x\xe2\x80\xa8y", 0, "'x y'"},          /* U+2028 line separator */
        {"a\xffz", 0, "'a?z'"},                  /* invalid byte */
        {"\xe9\x95", 0, "'?" "?'"},                 /* truncated sequence */
        {"镇江高新区", 2, "'镇江…'"},
        {"abc", 3, "'abc'"},
        {"@x_y^{z}", 0, "'@x_y^{z}'"},
        {"", 0, "''"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        char *q = zb_plot_quote(rows[i].in, rows[i].max);
        assert_non_null(q);
        if (strcmp(q, rows[i].want) != 0)
            print_error("row %zu: got %s want %s\n", i, q, rows[i].want);
        assert_string_equal(q, rows[i].want);
        free(q);
    }
    char *q = zb_plot_quote(NULL, 0);
    assert_string_equal(q, "''");
    free(q);
}

static void test_style(void **state)
{
    (void)state;
    char *file = slurp("plots/zhibiao.gp");
    assert_non_null(file);
    assert_string_equal(zb_plot_default_style(), file);
    free(file);
    char *font = zb_plot_style_font(zb_plot_default_style());
    assert_string_equal(font, "Noto Sans CJK SC");
    free(font);
    font = zb_plot_style_font("# zb_font = 'no'\nzb_font=\"WenQuanYi Zen Hei\"\n");
    assert_string_equal(font, "WenQuanYi Zen Hei");
    free(font);
    assert_null(zb_plot_style_font("set grid\n"));
}

static void test_names(void **state)
{
    (void)state;
    zb_plot_format f = ZB_PLOT_NONE;
    assert_int_equal(zb_plot_format_parse("svg", &f), ZB_OK);
    assert_int_equal(f, ZB_PLOT_SVG);
    assert_int_equal(zb_plot_format_parse("jpeg", &f), ZB_EINVALID);
    assert_string_equal(zb_plot_format_name(ZB_PLOT_PDF), "pdf");
    assert_null(zb_plot_format_name(ZB_PLOT_FORMAT_N));
    assert_string_equal(zb_chart_type_name(ZB_CHART_MULTIPLES), "multiples");
}

/* -------------------------------------------------------------- charts */

/* 镇江高新区 GDP 2019..2023 actual, target 2023 (met: 207 >= 200) and
 * 2024 (no result: open); 江阴 and 新吴区 GDP 2023 for a ranking. */
static zb_series_set *sample_set(void)
{
    zb_series_set *set = zb_series_set_new(NULL);
    assert_non_null(set);
    static const double gdp[] = {1.56e10, 1.62e10, 1.81e10, 1.93e10, 2.07e10};
    for (int i = 0; i < 5; i++) {
        char per[16], doc[32];
        snprintf(per, sizeof per, "%d", 2019 + i);
        snprintf(doc, sizeof doc, "gx_%d.txt", 2020 + i);
        rec(set, doc, "镇江高新区", "地区生产总值", ZB_KIND_AMOUNT, gdp[i], "CNY",
            ZB_STATUS_ACTUAL, per);
    }
    rec(set, "gx_2023.txt", "镇江高新区", "地区生产总值", ZB_KIND_AMOUNT, 2.0e10, "CNY",
        ZB_STATUS_TARGET, "2023");
    rec(set, "gx_2024.txt", "镇江高新区", "地区生产总值", ZB_KIND_AMOUNT, 2.35e10, "CNY",
        ZB_STATUS_TARGET, "2025");
    rec(set, "gx_2024.txt", "镇江高新区", "高新技术企业", ZB_KIND_COUNT, 168, "家",
        ZB_STATUS_ACTUAL, "2023");
    rec(set, "jy.txt", "江阴", "地区生产总值", ZB_KIND_AMOUNT, 4.9e11, "CNY", ZB_STATUS_ACTUAL,
        "2023");
    rec(set, "wx.txt", "新吴区", "地区生产总值", ZB_KIND_AMOUNT, 2.6e11, "CNY",
        ZB_STATUS_ACTUAL, "2023");
    assert_int_equal(zb_series_set_finish(set, NULL), ZB_OK);
    return set;
}

static void test_scripts(void **state)
{
    (void)state;
    zb_series_set *set = sample_set();
    char *dir = mktmp();
    zb_plot_opts o = {0};
    o.dir = dir;
    o.render = ZB_PLOT_NONE;
    collected k = {0};
    zb_plot_result res;
    zb_error e = {0};
    int rc = zb_plot_write_all(set, NULL, &o, collect, &k, &res, &e);
    if (rc != ZB_OK)
        print_error("%s\n", e.message);
    assert_int_equal(rc, ZB_OK);
    /* trend: 镇江高新区 GDP (7 points); targets: 镇江高新区; rank: GDP 2023 of 3 zones;
     * multiples: 镇江高新区 (GDP and 高新技术企业) */
    assert_int_equal(k.by_type[ZB_CHART_TREND], 1);
    assert_int_equal(k.by_type[ZB_CHART_TARGETS], 1);
    assert_int_equal(k.by_type[ZB_CHART_RANK], 1);
    assert_int_equal(k.by_type[ZB_CHART_MULTIPLES], 1);
    assert_int_equal(res.charts, 4);
    assert_int_equal(res.rendered, 0);
    assert_true(exists_in(dir, "trend-001.gp"));
    assert_false(exists_in(dir, "trend-001.png"));

    /* the index: one line per chart */
    char path[1024];
    snprintf(path, sizeof path, "%s/charts.jsonl", dir);
    char *idx = slurp(path);
    assert_non_null(idx);
    size_t lines = 0;
    for (char *q = idx; *q; q++)
        lines += *q == '\n';
    assert_int_equal(lines, 4);
    assert_non_null(strstr(idx, "\"script\":\"trend-001.gp\""));
    assert_non_null(strstr(idx, "\"image\":null"));
    free(idx);

    /* the trend datablock: x mid-year, values in 亿元 */
    snprintf(path, sizeof path, "%s/trend-001.gp", dir);
    char *s = slurp(path);
    assert_non_null(s);
    assert_non_null(strstr(s, "set encoding utf8"));
    assert_non_null(strstr(s, "noenhanced"));
    assert_non_null(strstr(s, "zb_font = 'Noto Sans CJK SC'"));
    assert_non_null(strstr(s, "set title '镇江高新区' . ' · ' . '地区生产总值'"));
    assert_non_null(strstr(s, "单位：亿元"));
    char *b = datablock(s, "actual");
    assert_non_null(b);
    static const double want_x[] = {2019.5, 2020.5, 2021.5, 2022.5, 2023.5};
    static const double want_y[] = {156, 162, 181, 193, 207};
    char *line = b;
    for (int i = 0; i < 5; i++) {
        while (*line == '#')
            line = strchr(line, '\n') + 1;
        double x, y;
        assert_int_equal(sscanf(line, "%lf %lf", &x, &y), 2);
        assert_close(x, want_x[i], 1e-9);
        assert_close(y, want_y[i], 1e-9);
        line = strchr(line, '\n') + 1;
    }
    assert_int_equal(*line, '\0');
    free(b);
    /* target 2023 met (207 >= 200), target 2025 open */
    b = datablock(s, "target_met");
    assert_non_null(strstr(b, "2023.5"));
    assert_non_null(strstr(b, "\"目标200\""));
    free(b);
    b = datablock(s, "target_open");
    assert_non_null(strstr(b, "2025.5"));
    free(b);
    /* n = 5 actual points: a fitted band is drawn */
    b = datablock(s, "fit");
    assert_non_null(b);
    free(b);
    assert_non_null(strstr(s, "with filledcurves"));
    free(s);

    /* the ranking: 江阴 4900, 新吴区 2600, 镇江高新区 207 (亿元), largest on top */
    snprintf(path, sizeof path, "%s/rank-001.gp", dir);
    s = slurp(path);
    assert_non_null(s);
    assert_non_null(strstr(s, "set ytics scale 0 ('1. 江阴' 2, '2. 新吴区' 1, '3. 镇江高新区' 0)"));
    b = datablock(s, "bars");
    assert_non_null(strstr(b, "2 4900 \"4900\" 1\n"));
    assert_non_null(strstr(b, "0 207 \"207\" 3\n"));
    free(b);
    free(s);

    rmtree(dir);
    free(dir);
    zb_series_set_free(set);
}

/* Zone and indicator names that would run commands if quoted carelessly. */
static void test_hostile(void **state)
{
    (void)state;
    static const char *const zones[] = {"`touch pwned`", "\"; system(\"touch pwned2\"); \""};
    static const char *const inds[] = {"it's `touch pwned3`", "a\nsystem('touch pwned4')",
                                       "@x_y", "b'; system('touch pwned5'); '"};
    zb_series_set *set = zb_series_set_new(NULL);
    for (size_t z = 0; z < 2; z++)
        for (size_t i = 0; i < 4; i++)
            for (int y = 2020; y <= 2023; y++) {
                char per[16];
                snprintf(per, sizeof per, "%d", y);
                rec(set, "`touch pwned6`.txt", zones[z], inds[i], ZB_KIND_AMOUNT,
                    1e9 * (double)(y - 2018 + (int)i + (int)z), "CNY",
                    y == 2023 ? ZB_STATUS_TARGET : ZB_STATUS_ACTUAL, per);
            }
    assert_int_equal(zb_series_set_finish(set, NULL), ZB_OK);

    char *cwd_before = getcwd(NULL, 0);
    char *work = mktmp();             /* gnuplot runs with this as cwd */
    char dir[1100];
    snprintf(dir, sizeof dir, "%s/charts", work);
    assert_int_equal(chdir(work), 0);
    int have = zb_plot_have_gnuplot(NULL);
    zb_plot_opts o = {0};
    o.dir = dir;
    o.render = have ? ZB_PLOT_PNG : ZB_PLOT_NONE;
    collected k = {0};
    zb_plot_result res;
    zb_error e = {0};
    int rc = zb_plot_write_all(set, NULL, &o, collect, &k, &res, &e);
    assert_int_equal(chdir(cwd_before), 0);
    assert_int_equal(rc, ZB_OK);
    assert_true(res.charts >= 8);   /* 8 trends, 2 targets, rankings, 2 multiples */
    static const char *const pw[] = {"pwned", "pwned2", "pwned3", "pwned4", "pwned5", "pwned6"};
    for (size_t i = 0; i < 6; i++) {
        assert_false(exists_in(work, pw[i]));
        assert_false(exists_in(dir, pw[i]));
        assert_false(exists_in(cwd_before, pw[i]));
    }
    if (have && !res.render_skipped) {
        assert_int_equal(res.failed, 0);
        assert_int_equal(res.rendered, res.charts);
    }
    /* every script: payloads only inside single quotes, names as written.
     * Zones are shown by their canonical name (the series module's plain
     * form: ASCII upper-cased, spaces and quote marks dropped), so look for
     * exactly those names, quoted. */
    char *zq[2] = {NULL, NULL};
    for (size_t i = 0; i < zb_series_set_count(set); i++) {
        const zb_series *sr = zb_series_set_get(set, i);
        int which = strstr(sr->zone, "SYSTEM") != NULL;
        if (!zq[which])
            zq[which] = zb_plot_quote(sr->zone, 0);
    }
    assert_non_null(zq[0]);
    assert_non_null(zq[1]);
    int saw_zone = 0, saw_quote = 0, saw_nl = 0;
    for (size_t i = 0; i < k.n && i < 64; i++) {
        char path[1200];
        snprintf(path, sizeof path, "%s/%s.gp", dir, k.names[i]);
        char *s = slurp(path);
        assert_non_null(s);
        int line = 0;
        if (!script_is_inert(s, "pwned", &line))
            print_error("%s: line %d is not inert\n", path, line);
        assert_true(script_is_inert(s, "pwned", &line));
        saw_zone |= (strstr(s, zq[0]) != NULL) | (strstr(s, zq[1]) != NULL) << 1;
        saw_quote |= strstr(s, "it''s `touch pwned3`") != NULL;
        saw_nl |= strstr(s, "a system(''touch pwned4'')") != NULL;
        free(s);
    }
    assert_int_equal(saw_zone, 3);
    free(zq[0]);
    free(zq[1]);
    assert_true(saw_quote);
    assert_true(saw_nl);
    /* titles reach the callback unquoted, the indicator as written */
    int raw = 0;
    for (size_t i = 0; i < k.n && i < 64; i++)
        raw |= strstr(k.titles[i], "b'; system('touch pwned5'); '") != NULL;
    assert_true(raw);
    rmtree(dir);
    rmtree(work);
    free(work);
    free(cwd_before);
    zb_series_set_free(set);
}

/* The realistic sample renders every chart with nothing on stderr. */
static void test_render_clean(void **state)
{
    (void)state;
    if (!zb_plot_have_gnuplot(NULL) || !zb_plot_font_available("Noto Sans CJK SC")) {
        print_message("gnuplot or Noto Sans CJK SC missing: render test skipped\n");
        skip();
    }
    FILE *f = fopen("tests/data/plot/zones.jsonl", "r");
    assert_non_null(f);
    zb_reader *rd = zb_reader_new(f, "zones.jsonl");
    zb_series_set *set = zb_series_set_new(NULL);
    zb_record r;
    zb_record_init(&r);
    zb_error e = {0};
    int got;
    size_t n = 0;
    while ((got = zb_reader_next(rd, &r, &e)) == 1) {
        assert_int_equal(zb_series_set_add(set, &r, &e), ZB_OK);
        n++;
    }
    assert_int_equal(got, 0);
    assert_true(n > 50);
    zb_record_clear(&r);
    zb_reader_free(rd);
    fclose(f);
    assert_int_equal(zb_series_set_finish(set, NULL), ZB_OK);
    char *dir = mktmp();
    zb_plot_opts o = {0};
    o.dir = dir;
    o.render = ZB_PLOT_PNG;
    zb_plot_result res;
    collected k = {0};
    assert_int_equal(zb_plot_write_all(set, NULL, &o, collect, &k, &res, &e), ZB_OK);
    assert_int_equal(res.render_skipped, 0);
    assert_true(res.charts >= 20);
    for (int t = 0; t < ZB_CHART_N; t++)
        assert_true(k.by_type[t] >= 1);
    assert_int_equal(res.failed, 0);
    assert_int_equal(res.rendered, res.charts);
    /* SVG of one chart: UTF-8 Chinese text and the font family */
    char path[1024], *log = NULL;
    snprintf(path, sizeof path, "%s/trend-001.gp", dir);
    assert_int_equal(zb_plot_render(path, ZB_PLOT_SVG, NULL, &log, &e), ZB_OK);
    assert_string_equal(log, "");
    free(log);
    snprintf(path, sizeof path, "%s/trend-001.svg", dir);
    char *svg = slurp(path);
    assert_non_null(svg);
    assert_non_null(strstr(svg, "Noto Sans CJK SC"));
    assert_non_null(strstr(svg, "地区生产总值"));
    free(svg);
    rmtree(dir);
    free(dir);
    zb_series_set_free(set);
}

static void test_errors(void **state)
{
    (void)state;
    zb_series_set *set = sample_set();
    zb_plot_opts o = {0};
    zb_error e = {0};
    assert_int_equal(zb_plot_write_all(set, NULL, &o, NULL, NULL, NULL, &e), ZB_EUSAGE);
    o.dir = "/nonexistent-dir/charts";
    assert_int_equal(zb_plot_write_all(set, NULL, &o, NULL, NULL, NULL, &e), ZB_EIO);
    assert_non_null(strstr(e.message, "/nonexistent-dir/charts"));
    char *log = NULL;
    assert_int_equal(zb_plot_render("x.gp", ZB_PLOT_PNG, "/nonexistent/gnuplot", &log, &e),
                     ZB_EDEP);
    free(log);
    assert_false(zb_plot_have_gnuplot("/nonexistent/gnuplot"));
    assert_false(zb_plot_font_available("No Such Font Family 123"));
    zb_series_set_free(set);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quote),
        cmocka_unit_test(test_style),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_scripts),
        cmocka_unit_test(test_hostile),
        cmocka_unit_test(test_render_clean),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
