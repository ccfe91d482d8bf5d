/*
 * test_report.c -- the report page (lib/report.c): escaping of document
 * text, targets against results with their quotes, conflicts, charts,
 * determinism, input expansion, and that a failed run leaves the output
 * folder as it was.
 *
 * Expected numbers are worked out by hand in the comments; the page is read
 * as text (open_memstream) and searched for the exact strings a reader sees.
 */
#include "zb_test.h"
#include "zhibiao.h"

#include <sys/stat.h>
#include <unistd.h>

/* A record line: zone, indicator, kind, value, unit, status, period, doc, text. */
static char *line(const char *zone, const char *ind, const char *kind, const char *value,
                  const char *unit, const char *status, const char *period, const char *doc,
                  const char *text)
{
    static char buf[2048];
    snprintf(buf, sizeof buf,
             "{\"doc\":\"%s\",\"published\":\"2024-12-30\",\"zone\":%s,\"indicator\":\"%s\",\"kind\":\"%s\","
             "\"value\":%s,\"unit\":\"%s\",\"bound\":\"eq\",\"status\":\"%s\",\"period\":\"%s\","
             "\"basis\":null,\"text\":\"%s\"}",
             doc, zone, ind, kind, value, unit, status, period, text);
    return buf;
}

static void add(zb_report *rep, const char *json)
{
    zb_record r;
    zb_record_init(&r);
    zb_error e = {0};
    int rc = zb_record_parse(json, strlen(json), &r, &e);
    if (rc != ZB_OK)
        print_error("parse: %s\n", e.message);
    assert_int_equal(rc, ZB_OK);
    assert_int_equal(zb_report_add_record(rep, &r, &e), ZB_OK);
    zb_record_clear(&r);
}

/* Finish rep and return its page as a new string. */
static char *page(zb_report *rep)
{
    zb_error e = {0};
    assert_int_equal(zb_report_finish(rep, &e), ZB_OK);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    assert_int_equal(zb_report_write_html(rep, f, &e), ZB_OK);
    fclose(f);
    return buf;
}

static void assert_has(const char *html, const char *s)
{
    if (!strstr(html, s)) {
        print_error("page lacks: %s\n", s);
        fail();
    }
}

static void test_escaping(void **state)
{
    (void)state;
    zb_report *rep = zb_report_new(NULL);
    assert_non_null(rep);
    add(rep, line("\"<script>alert(1)</script>\"", "a&b\\\"c'd", "count", "7", "个", "actual", "2024",
                  "x<y>.txt", "<b>引号\\\"'&</b>共7个"));
    char *html = page(rep);
    /* the page itself has no script at all, so any "<script" came from data */
    assert_null(strstr(html, "<script"));
    assert_has(html, "&lt;script&gt;alert(1)&lt;/script&gt;");
    assert_has(html, "a&amp;b&quot;c&#39;d");
    assert_has(html, "&lt;b&gt;引号&quot;&#39;&amp;&lt;/b&gt;共7个");
    assert_has(html, "x&lt;y&gt;.txt");
    assert_null(strstr(html, "<b>引号"));
    /* offline page: UTF-8 declared, CJK fonts named, nothing fetched */
    assert_has(html, "<meta charset=\"utf-8\">");
    assert_has(html, "\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif");
    assert_null(strstr(html, "http://"));
    assert_null(strstr(html, "https://"));
    free(html);
    zb_report_free(rep);
}

/* Targets against results: two records in, the strings a reader sees out. */
static const struct {
    const char *target[5], *actual[5]; /* indicator, kind, value, unit, text */
    const char *want[10];
} pairs[] = {
    /* 1100/1000*100 = 110.0 %, gap 1100-1000 = 100亿元, met; every number
     * carries its document and quote, in a block and in the title */
    {{"营业收入", "amount", "100000000000", "CNY", "力争全年实现营业收入1000亿元"},
     {"营业收入", "amount", "110000000000", "CNY", "全年实现营业收入1100亿元"},
     {"1000亿元", "1100亿元", "110.0%", "+100亿元", "达成 met",
      "<b>plan.txt</b> <q>力争全年实现营业收入1000亿元</q>",
      "<b>result.txt</b> <q>全年实现营业收入1100亿元</q>",
      "title=\"100000000000 CNY&#10;plan.txt: 力争全年实现营业收入1000亿元\"",
      /* overview: met 1, then missed and open empty */
      "<span class=\"badge ok\">1</span></td><td class=\"r\">·</td><td class=\"r\">·</td>"}},
    /* growth: 6.5 - 8 = -1.5 percentage points, missed, no achievement ratio */
    {{"地区生产总值", "growth", "8", "%", "预期增长8%"},
     {"地区生产总值", "growth", "6.5", "%", "增长6.5%"},
     {"-1.5个百分点", "未达成 missed", ">8%</span>", ">6.5%</span>", "<h2>甲区</h2>",
      /* overview: 2 records, 2 series, met empty, missed 1 */
      "<td class=\"r\">2</td><td class=\"r\">2</td><td class=\"r\">·</td><td class=\"r\"><span class=\"badge bad\">1</span>"}},
    /* calendar: 55.7% of the annual task done after 5 of 12 months; elapsed
     * 5/12 = 41.666..% shown as 41.67%, ahead by 55.7 - 41.667 = 14.03 pp */
    {{NULL}, {"年度任务完成率", "share", "55.7", "%", "年度任务完成率55.7%"},
     {"序时进度</small> 41.67%", "+14.03个百分点", "超序时 ahead", ">55.7%</span>"}},
};

static void test_targets(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        zb_report *rep = zb_report_new(NULL);
        const char *const *t = pairs[i].target, *const *a = pairs[i].actual;
        if (t[0]) {
            add(rep, line("\"甲区\"", t[0], t[1], t[2], t[3], "target", "2024", "plan.txt", t[4]));
            add(rep, line("\"甲区\"", a[0], a[1], a[2], a[3], "actual", "2024", "result.txt", a[4]));
        } else
            add(rep, line("\"甲区\"", a[0], a[1], a[2], a[3], "actual", "2024-01/2024-05", "result.txt", a[4]));
        char *html = page(rep);
        size_t n = 0;
        const zb_comparison *c = zb_report_comparisons(rep, &n);
        assert_int_equal(n, 1);
        assert_int_equal(c[0].type, t[0] ? ZB_COMPARE_PAIR : ZB_COMPARE_CALENDAR);
        for (size_t j = 0; j < 10 && pairs[i].want[j]; j++) {
            if (!strstr(html, pairs[i].want[j]))
                print_error("row %zu: ", i);
            assert_has(html, pairs[i].want[j]);
        }
        free(html);
        zb_report_free(rep);
    }
}

static void test_conflict(void **state)
{
    (void)state;
    zb_report *rep = zb_report_new(NULL);
    add(rep, line("\"丙区\"", "新增企业", "count", "120", "家", "actual", "2023", "a.txt", "新增企业120家"));
    add(rep, line("\"丙区\"", "新增企业", "count", "125", "家", "actual", "2023", "b.txt", "新增企业125家"));
    char *html = page(rep);
    assert_has(html, "数据冲突 <small>conflicts (1)</small>");
    assert_has(html, "<b>a.txt</b> <q>新增企业120家</q>");
    assert_has(html, "<b>b.txt</b> <q>新增企业125家</q>");
    assert_has(html, "冲突</span>");
    free(html);
    zb_report_free(rep);
}

/* One fact from 12 documents: 10 listed, 3 quoted in the tooltip. */
static void test_many_sources(void **state)
{
    (void)state;
    zb_report *rep = zb_report_new(NULL);
    for (int i = 0; i < 12; i++) {
        char doc[32];
        snprintf(doc, sizeof doc, "d%02d.txt", i);
        add(rep, line("\"戊区\"", "项目", "count", "9", "个", "actual", "2024", doc, "项目9个"));
    }
    char *html = page(rep);
    assert_has(html, "<summary>来源 12</summary>");
    assert_has(html, "<b>d09.txt</b>");
    assert_null(strstr(html, "<b>d10.txt</b>"));
    assert_has(html, "<li>… 2 more documents (all in series.jsonl)</li>");
    assert_has(html, "d02.txt: 项目9个&#10;… 9 more\">");
    free(html);
    zb_report_free(rep);
}

/* Same document, period and value under two indicators (and a growth with
 * and without basis): each number shows its own clause, not the first one. */
static void test_quote_per_series(void **state)
{
    (void)state;
    zb_report *rep = zb_report_new(NULL);
    add(rep, line("\"己区\"", "GDP", "count", "5", "个", "actual", "2024", "a.txt", "新建GDP5个"));
    add(rep, line("\"己区\"", "研发平台", "count", "5", "个", "actual", "2024", "a.txt", "新建研发平台5个"));
    const char *yoy = "{\"doc\":\"a.txt\",\"published\":null,\"zone\":\"己区\",\"indicator\":\"产值\","
                      "\"kind\":\"growth\",\"value\":7,\"unit\":\"%\",\"bound\":\"eq\",\"status\":\"actual\","
                      "\"period\":\"2024\",\"basis\":\"yoy\",\"text\":\"产值同比增长7%\"}";
    add(rep, yoy);
    add(rep, line("\"己区\"", "产值", "growth", "7", "%", "actual", "2024", "a.txt", "产值增长7%"));
    char *html = page(rep);
    assert_has(html, "<b>a.txt</b> <q>新建GDP5个</q>");
    assert_has(html, "<b>a.txt</b> <q>新建研发平台5个</q>");
    assert_has(html, "<b>a.txt</b> <q>产值同比增长7%</q>");
    assert_has(html, "<b>a.txt</b> <q>产值增长7%</q>");
    free(html);
    zb_report_free(rep);
}

/* Names: an alias table's canonical name is shown; without one, the name
 * as written (not its upper-cased plain form). */
static void test_display_names(void **state)
{
    (void)state;
    zb_aliases *a = zb_aliases_new(NULL);
    assert_int_equal(zb_aliases_add(a, "zone", "庚高新技术产业开发区", "庚高新区"), ZB_OK);
    zb_report *rep = zb_report_new(a);
    add(rep, line("\"庚高新区\"", "R&d投入", "count", "2", "个", "actual", "2024", "a.txt", "2个"));
    add(rep, line("\"Xin区\"", "项目", "count", "3", "个", "actual", "2024", "a.txt", "3个"));
    char *html = page(rep);
    assert_has(html, "<h2>庚高新技术产业开发区</h2>");
    assert_has(html, "<h2>Xin区</h2>");
    assert_has(html, "<td>R&amp;d投入</td>");
    free(html);
    zb_report_free(rep);
    zb_aliases_free(a);
}

static void test_charts_and_zones(void **state)
{
    (void)state;
    zb_report *rep = zb_report_new(NULL);
    zb_error e = {0};
    add(rep, line("\"丁区\"", "项目", "count", "3", "个", "actual", "2024", "d.txt", "项目3个"));
    add(rep, line("null", "项目", "count", "4", "个", "actual", "2024", "d.txt", "项目4个"));
    assert_int_equal(zb_report_add_chart(rep, "丁区", "charts/trend-001.png", "丁区 <项目>", &e), ZB_OK);
    assert_int_equal(zb_report_add_chart(rep, "丁区", "charts/targets-001.gp", "丁区 目标", &e), ZB_OK);
    assert_int_equal(zb_report_add_chart(rep, NULL, "charts/rank-001.svg", "排名", &e), ZB_OK);
    char *html = page(rep);
    assert_has(html, "<img src=\"charts/trend-001.png\" alt=\"丁区 &lt;项目&gt;\">");
    assert_has(html, "<a href=\"charts/targets-001.gp\">丁区 目标</a>");
    assert_null(strstr(html, "<img src=\"charts/targets-001.gp\""));
    assert_has(html, "<img src=\"charts/rank-001.svg\"");
    /* the overview chart comes before the first zone section */
    assert_true(strstr(html, "rank-001.svg") < strstr(html, "<section id=\"zone-1\">"));
    assert_true(strstr(html, "<h2>地区之间") < strstr(html, "rank-001.svg"));
    /* named zones first, the records without a zone last */
    assert_true(strstr(html, "<h2>丁区</h2>") < strstr(html, "<h2>未注明地区"));
    free(html);
    zb_report_free(rep);
}

static void test_deterministic_and_usage(void **state)
{
    (void)state;
    char *pages[2];
    for (int i = 0; i < 2; i++) {
        zb_report *rep = zb_report_new(NULL);
        zb_error e = {0};
        assert_int_equal(zb_report_write_html(rep, stdout, &e), ZB_EUSAGE);
        add(rep, line("\"甲区\"", "营业收入", "amount", "5e9", "CNY", "actual", "2023", "a.txt", "50亿元"));
        add(rep, line("\"甲区\"", "营业收入", "amount", "6e9", "CNY", "actual", "2024", "a.txt", "60亿元"));
        pages[i] = page(rep);
        zb_record r;
        zb_record_init(&r);
        const char *l = line("null", "x", "count", "1", "个", "actual", "2024", "a", "t");
        assert_int_equal(zb_record_parse(l, strlen(l), &r, &e), ZB_OK);
        assert_int_equal(zb_report_add_record(rep, &r, &e), ZB_EUSAGE);
        zb_record_clear(&r);
        zb_report_free(rep);
    }
    assert_string_equal(pages[0], pages[1]);
    /* 50亿元 -> 60亿元 over one year: CAGR (60/50)^(1/1) - 1 = 20.0 % */
    assert_has(pages[0], "年均 +20.0%");
    free(pages[0]);
    free(pages[1]);
}

static void touch(const char *path)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("x", f);
    fclose(f);
}

static void test_inputs(void **state)
{
    (void)state;
    char dir[] = "/tmp/zbrep.XXXXXX";
    assert_non_null(mkdtemp(dir));
    char p[256];
    snprintf(p, sizeof p, "%s/b.txt", dir), touch(p);
    snprintf(p, sizeof p, "%s/a.txt", dir), touch(p);
    snprintf(p, sizeof p, "%s/.hidden", dir), touch(p);
    snprintf(p, sizeof p, "%s/sub", dir), mkdir(p, 0777);
    snprintf(p, sizeof p, "%s/sub/c.txt", dir), touch(p);
    snprintf(p, sizeof p, "%s/sub/c.txt", dir);
    const char *paths[] = {p, dir};
    char **files = NULL;
    size_t n = 0;
    zb_error e = {0};
    assert_int_equal(zb_report_inputs(paths, 2, &files, &n, &e), ZB_OK);
    assert_int_equal(n, 3);
    char want[256];
    assert_string_equal(files[0], p); /* a file is kept as given, first */
    snprintf(want, sizeof want, "%s/a.txt", dir);
    assert_string_equal(files[1], want);
    snprintf(want, sizeof want, "%s/b.txt", dir);
    assert_string_equal(files[2], want);
    zb_report_inputs_free(files, n);

    /* a folder with no files, and a missing path, are errors */
    snprintf(p, sizeof p, "%s/empty", dir);
    mkdir(p, 0777);
    const char *empty[] = {p};
    assert_int_equal(zb_report_inputs(empty, 1, &files, &n, &e), ZB_EIO);
    assert_non_null(strstr(e.message, "no files"));
    const char *missing[] = {"/nonexistent/zb"};
    assert_int_equal(zb_report_inputs(missing, 1, &files, &n, &e), ZB_EIO);
    assert_null(files);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

/* A run that fails keeps the old index.html and leaves no staging folder;
 * an output below a regular file is refused before anything is written. */
static void test_failed_run(void **state)
{
    (void)state;
    char dir[] = "/tmp/zbrep.XXXXXX";
    assert_non_null(mkdtemp(dir));
    char index[256], out[256], file[256];
    snprintf(index, sizeof index, "%s/index.html", dir);
    FILE *f = fopen(index, "w");
    fputs("old page\n", f);
    fclose(f);
    const char *files[] = {"/nonexistent/doc.txt"};
    zb_report_opts o;
    zb_report_opts_init(&o);
    o.render = ZB_PLOT_NONE;
    zb_error e = {0};
    assert_true(zb_report_run(files, 1, dir, &o, NULL, &e) < 0);
    char *old = NULL;
    size_t len = 0;
    assert_int_equal(zb_read_file(index, 100, &old, &len, &e), ZB_OK);
    assert_string_equal(old, "old page\n");
    free(old);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "test $(ls -A %s | wc -l) = 1", dir);
    assert_int_equal(system(cmd), 0); /* only index.html: no staging folder left */

    snprintf(file, sizeof file, "%s/plain", dir);
    touch(file);
    snprintf(out, sizeof out, "%s/plain/out", dir);
    assert_int_equal(zb_report_run(files, 1, out, &o, NULL, &e), ZB_EIO);
    assert_non_null(strstr(e.message, "plain"));
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

static int stop_after_one(void *user, const zb_report_progress *p)
{
    int *calls = user;
    ++*calls;
    return p->docs_done >= 1;
}

/* A caller that stops the run (as the CLI does on SIGINT) gets ZB_EUSAGE,
 * and the folder is as it was: no output, no staging folder. */
static void test_stopped_run(void **state)
{
    (void)state;
    char dir[] = "/tmp/zbrep.XXXXXX";
    assert_non_null(mkdtemp(dir));
    const char *files[] = {ZB_DATASETS "/corpus/000_1464f3ad2492a083.txt",
                           ZB_DATASETS "/corpus/001_18ede2ede8d902f8.txt"};
    zb_report_opts o;
    zb_report_opts_init(&o);
    o.render = ZB_PLOT_NONE;
    int calls = 0;
    o.progress = stop_after_one;
    o.progress_user = &calls;
    zb_error e = {0};
    assert_int_equal(zb_report_run(files, 2, dir, &o, NULL, &e), ZB_EUSAGE);
    assert_string_equal(e.message, "stopped");
    assert_int_equal(calls, 2); /* "extract" at the start, then after document 1 */
    char cmd[300];
    snprintf(cmd, sizeof cmd, "test -z \"$(ls -A %s)\"", dir);
    assert_int_equal(system(cmd), 0);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escaping),         cmocka_unit_test(test_targets),
        cmocka_unit_test(test_conflict),         cmocka_unit_test(test_many_sources),
        cmocka_unit_test(test_charts_and_zones), cmocka_unit_test(test_deterministic_and_usage),
        cmocka_unit_test(test_inputs),           cmocka_unit_test(test_failed_run),
        cmocka_unit_test(test_stopped_run),      cmocka_unit_test(test_quote_per_series),
        cmocka_unit_test(test_display_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
