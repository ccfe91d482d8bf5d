/*
 * cmd_plot.c -- `zhibiao plot`: gnuplot scripts (and pictures) for the charts.
 *
 * Reads record files into a series set, hands it to zb_plot_write_all, and
 * prints one line per chart ("NAME<TAB>picture-or-script<TAB>title"). With
 * no gnuplot or no CJK font the scripts are still written and the message
 * says how to render them by hand.
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
        "Usage: zhibiao plot [options] -o DIR [FILE...]\n\n"
        "Write one self-contained gnuplot script per chart into DIR (data inline)\n"
        "and render each with gnuplot when it is installed:\n"
        "  trend-NNN      a zone's indicator over time: values, trend with 95%% band,\n"
        "                 targets marked met/missed\n"
        "  targets-NNN    a zone's targets against results and the calendar\n"
        "  rank-NNN       zones ranked by one indicator and period\n"
        "  multiples-NNN  every indicator of one zone on one page\n"
        "DIR/charts.jsonl lists the charts; stdout gets NAME<TAB>FILE<TAB>TITLE.\n\n"
        "Options:\n"
        "  -o, --output DIR      directory for the scripts and pictures (required)\n"
        "  -r, --render FORMAT   png (default), svg, pdf, or none (scripts only)\n"
        "      --style FILE      gnuplot style copied into every script instead of\n"
        "                        the built-in one (plots/zhibiao.gp)\n"
        "  -z, --zone ZONE       only charts of this zone\n"
        "  -i, --indicator NAME  only charts of this indicator\n"
        "  -a, --aliases FILE    extra alias table (see `zhibiao series --help`)\n"
        "      --skip-bad        report bad input lines and go on\n"
        "  -q, --quiet           no chart list on stdout\n"
        "  -h, --help            this help\n\n"
        "Render a script again: gnuplot DIR/NAME.gp  (or gnuplot -e \"zb_format='svg'\" DIR/NAME.gp)\n");
}

typedef struct ctx {
    zb_series_set *set;
    size_t bad_period;
} ctx;

static int add(void *user, const zb_record *r, const char *file)
{
    ctx *c = user;
    zb_error e = {0};
    int rc = zb_series_set_add(c->set, r, &e);
    if (rc == ZB_EINVALID) {     /* a period the series module cannot place */
        c->bad_period++;
        (void)file;
        return 0;
    }
    if (rc != ZB_OK) {
        cli_err(&e);
        return EXIT_DATA;
    }
    return 0;
}

typedef struct out_ctx {
    int quiet;
    size_t warned;
} out_ctx;

static int on_chart(void *user, const zb_chart *ch)
{
    out_ctx *o = user;
    if (ch->render_log && *ch->render_log) {
        /* gnuplot's own words, first line only */
        size_t n = strcspn(ch->render_log, "\n");
        cli_warnf("%s: gnuplot: %.*s", ch->script, (int)(n > 300 ? 300 : n), ch->render_log);
        o->warned++;
    }
    if (!o->quiet) {
        /* one line per chart: control characters of the title (record text) as spaces */
        printf("%s\t%s\t", ch->name, ch->image ? ch->image : ch->script);
        for (const char *t = ch->title ? ch->title : ""; *t; t++)
            putchar((unsigned char)*t < 0x20 || *t == 0x7f ? ' ' : *t);
        putchar('\n');
    }
    return 0;
}

int cmd_plot(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"render", required_argument, NULL, 'r'},
        {"style", required_argument, NULL, 'S'},
        {"zone", required_argument, NULL, 'z'},
        {"indicator", required_argument, NULL, 'i'},
        {"aliases", required_argument, NULL, 'a'},
        {"skip-bad", no_argument, NULL, 'B'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    zb_plot_opts opts = {0};
    const char *style_path = NULL, *alias_path = NULL;
    int skip_bad = 0, quiet = 0, opt;
    opts.render = ZB_PLOT_PNG;
    cli_getopt_reset();
    while ((opt = getopt_long(argc, argv, "o:r:z:i:a:qh", longopts, NULL)) != -1) {
        switch (opt) {
        case 'o': opts.dir = optarg; break;
        case 'r':
            if (zb_plot_format_parse(optarg, &opts.render) != ZB_OK)
                return cli_usage_error("plot", "--render: '%s' is not one of png|svg|pdf|none", optarg);
            break;
        case 'S': style_path = optarg; break;
        case 'z': opts.zone = optarg; break;
        case 'i': opts.indicator = optarg; break;
        case 'a': alias_path = optarg; break;
        case 'B': skip_bad = 1; break;
        case 'q': quiet = 1; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: return cli_usage_error("plot", "unknown option");
        }
    }
    if (!opts.dir)
        return cli_usage_error("plot", "-o DIR is required");

    int rc = EXIT_DATA;
    char *style = NULL;
    zb_aliases *aliases = zb_aliases_new(NULL);
    ctx c = {0};
    zb_error e = {0};
    if (!aliases || !(c.set = zb_series_set_new(aliases))) {
        cli_errf("out of memory");
        goto out;
    }
    if (alias_path && zb_aliases_load(aliases, alias_path, &e) != ZB_OK) {
        cli_err(&e);
        goto out;
    }
    if (style_path) {
        size_t len;
        if (zb_read_file(style_path, (size_t)1 << 20, &style, &len, &e) != ZB_OK) {
            cli_err(&e);
            goto out;
        }
        opts.style = style;
    }
    size_t skipped = 0;
    rc = cli_read_records(argv + optind, argc - optind, skip_bad, &skipped, add, &c);
    if (rc != EXIT_OK)
        goto out;
    if (c.bad_period)
        cli_warnf("%zu record(s) with a period that cannot be placed on a time axis were left out",
                  c.bad_period);
    if (zb_series_set_finish(c.set, &e) != ZB_OK) {
        cli_err(&e);
        rc = EXIT_DATA;
        goto out;
    }
    out_ctx oc = {quiet, 0};
    zb_plot_result res;
    if (zb_plot_write_all(c.set, aliases, &opts, on_chart, &oc, &res, &e) != ZB_OK) {
        cli_err(&e);
        rc = EXIT_DATA;
        goto out;
    }
    if (res.charts == 0)
        cli_warnf("no chart to draw: a trend needs two dated figures of one zone and indicator, "
                  "a ranking two zones with the same indicator and period");
    if (res.render_skipped == ZB_PLOT_SKIP_NO_GNUPLOT && res.charts)
        cli_warnf("gnuplot not found: %zu script(s) written; install gnuplot and render with "
                  "`gnuplot %s/NAME.gp`", res.charts, opts.dir);
    else if (res.render_skipped == ZB_PLOT_SKIP_NO_FONT && res.charts) {
        char *font = zb_plot_style_font(opts.style ? opts.style : zb_plot_default_style());
        cli_warnf("font '%s' not found by fontconfig (`fc-list :lang=zh family`): Chinese would "
                  "render as boxes, so nothing was rendered; install fonts-noto-cjk (or set "
                  "zb_font in a --style file) and run `gnuplot %s/NAME.gp`",
                  font ? font : "?", opts.dir);
        free(font);
    }
    rc = res.failed ? EXIT_DATA : EXIT_OK;
out:
    free(style);
    zb_series_set_free(c.set);
    zb_aliases_free(aliases);
    return rc;
}
