/*
 * cmd_trend.c -- `zhibiao trend`: per series, CAGR, OLS slope per year with
 * its 95% CI, r2, and with --forecast a value and 95% prediction interval.
 * The numbers come from zb_series_trend (lib/stats.c); this file parses
 * options and prints.
 */
#include "series_cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: zhibiao trend [options] [FILE...]\n\n"
            "Fit a trend to each series with at least two points (see 'zhibiao series').\n"
            "Periods are placed at their midpoint in decimal years (2024-H1 = 2024.25), so\n"
            "unevenly spaced points give the right slope per year.\n\n"
            "Options:\n"
            "  -f, --forecast PERIOD  also the fitted value and 95%% prediction interval at\n"
            "                         PERIOD (2026, 2026-H1, 2026-05, ...)\n"
            "  -t, --table            aligned table instead of JSON Lines\n"
            "  -o, --output FILE      write to FILE (atomically) instead of standard output\n"
            "  -a, --aliases FILE     alias list (see 'zhibiao series --help')\n"
            "  -k, --skip-bad         report bad lines and go on\n"
            "  -h, --help             show this help\n\n"
            "Output: one JSON object per series: the key, period_class, n, points_used,\n"
            "excluded (conflicting values are left out), first, last, years, cagr (percent\n"
            "per year; levels with positive ends only, else null and cagr_note), slope (unit\n"
            "per year), slope_ci [low, high] (95%%, needs 3 points), r2; forecast_period,\n"
            "forecast, forecast_pi with --forecast.\n\n"
            "Example: zhibiao trend --forecast 2026 --table records.jsonl\n");
}

static const struct option long_options[] = {{"forecast", required_argument, NULL, 'f'},
                                               COMMON_LONG_OPTIONS};

static void trend_row(table *t, const zb_series *s, const zb_trend *tr, const zb_period *fc)
{
    char n[32], first[48], last[48], cagr[48], slope[48], ci[96], r2[48], f[48], pi[96];
    snprintf(n, sizeof n, "%zu", tr->n);
    human_number(tr->first, first, sizeof first);
    human_number(tr->last, last, sizeof last);
    if (tr->has_cagr)
        snprintf(cagr, sizeof cagr, "%.1f%%", tr->cagr_pct);
    else
        snprintf(cagr, sizeof cagr, "-");
    human_number(tr->has_slope ? tr->slope : NAN, slope, sizeof slope);
    if (tr->has_ci) {
        char a[48], b[48];
        snprintf(ci, sizeof ci, "[%s, %s]", human_number(tr->slope_lo, a, sizeof a),
                 human_number(tr->slope_hi, b, sizeof b));
    } else {
        snprintf(ci, sizeof ci, "-");
    }
    if (tr->has_r2)
        snprintf(r2, sizeof r2, "%.3f", tr->r2);
    else
        snprintf(r2, sizeof r2, "-");
    snprintf(f, sizeof f, "-");
    snprintf(pi, sizeof pi, "-");
    zb_trend_est est;
    if (fc && zb_trend_at(tr, zb_period_mid_year(fc), &est, NULL) == ZB_OK) {
        human_number(est.y, f, sizeof f);
        if (tr->has_ci) {
            char a[48], b[48];
            snprintf(pi, sizeof pi, "[%s, %s]", human_number(est.pred_lo, a, sizeof a),
                     human_number(est.pred_hi, b, sizeof b));
        }
    }
    const char *cells[] = {s->zone, s->indicator, s->unit, zb_status_name(s->status), s->period_class,
                           n, first, last, cagr, slope, ci, r2, f, pi};
    table_add(t, cells);
}

int cmd_trend(int argc, char **argv)
{
    common_opts co = {0};
    const char *fc_text = NULL;
    zb_period fc;
    int c;
    while ((c = getopt_long(argc, argv, "f:" COMMON_SHORT, long_options, NULL)) != -1) {
        if (parse_common(c, optarg, &co))
            continue;
        if (c == 'f') {
            fc_text = optarg;
            continue;
        }
        if (c == 'h') {
            usage(stdout);
            return EXIT_OK;
        }
        return cli_usage_error("trend", "unknown option '%s'", argv[optind - 1]);
    }
    if (fc_text && (zb_period_parse(fc_text, &fc, NULL) != ZB_OK || fc.type == ZB_PERIOD_NONE))
        return cli_usage_error("trend", "--forecast: '%s' is not a period (2026, 2026-H1, 2026-Q3, "
                                        "2026-05, 2026-01/2026-05)", fc_text);
    series_load L;
    zb_outfile o;
    int rc = series_begin(&L, &co, argv + optind, argc - optind, 1, &o);
    if (rc != EXIT_OK)
        return rc;
    table t = {.cols = 14};
    if (co.table) {
        const char *head[] = {"zone", "indicator", "unit", "status", "periods", "n", "first", "last",
                              "cagr", "slope/yr", "95% CI", "r2", fc_text ? fc_text : "forecast",
                              "95% PI"};
        table_add(&t, head);
    }
    size_t ns = zb_series_set_count(L.set), undated = 0;
    for (size_t i = 0; i < ns && rc == EXIT_OK; i++) {
        const zb_series *s = zb_series_set_get(L.set, i);
        undated += s->period_type == ZB_PERIOD_NONE;
        if (s->npoints < 2 || s->period_type == ZB_PERIOD_NONE)
            continue;
        zb_trend tr;
        zb_error e = {0};
        int src = zb_series_trend(s, &tr, NULL, &e);
        if (src == ZB_ENUMERIC) { /* no usable point: all of them conflict */
            continue;
        } else if (src != ZB_OK) {
            cli_err(&e);
            rc = EXIT_DATA;
        } else if (co.table) {
            trend_row(&t, s, &tr, fc_text ? &fc : NULL);
        } else {
            rc = emit_json(o.fp, zb_trend_to_json(s, &tr, fc_text ? &fc : NULL));
        }
    }
    if (undated)
        cli_warnf("%zu series without a period (null) not fitted: a trend needs dates", undated);
    rc = output_finish(&o, &t, co.table, rc);
    series_load_free(&L);
    return rc;
}
