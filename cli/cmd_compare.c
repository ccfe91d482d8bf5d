/*
 * cmd_compare.c -- `zhibiao compare`: targets against results, shares of
 * annual plans against the calendar, and the figures they imply.
 * zb_compare_run and zb_compare_derive (lib/stats.c) do the work; this file
 * prints one JSON line per comparison, then the derived records, and warns
 * on stderr about what cannot be compared and statements that do not hold.
 */
#include "series_cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: zhibiao compare [options] [FILE...]\n\n"
            "Pair targets with results of the same zone, indicator and period; set shares of\n"
            "an annual plan reported for part of the year (完成年度投资计划的45.1%%, 1-5月)\n"
            "against the elapsed share of the year (5/12) and check stated figures such as\n"
            "超序时3.5个百分点; list targets with no result yet as open; derive implied\n"
            "figures (an annual target from 年度任务完成率, the other growth of 高于X个百分点).\n\n"
            "Options:\n"
            "  -t, --table          aligned table instead of JSON Lines\n"
            "  -o, --output FILE    write to FILE (atomically) instead of standard output\n"
            "  -d, --derived-only   print only the derived records (a record file)\n"
            "  -n, --no-derived     do not print derived records\n"
            "  -a, --aliases FILE   alias list (see 'zhibiao series --help')\n"
            "  -k, --skip-bad       report bad lines and go on\n"
            "  -h, --help           show this help\n\n"
            "Output: JSON Lines. type \"pair\": target, actual, achievement (actual/target, %%,\n"
            "for amounts, counts, quantities), gap (actual - target; pp for growth and share),\n"
            "met (honours the target's bound: gt is met only above it), target_side and\n"
            "actual_side with their sources. type \"open\": a target without a result, with\n"
            "the latest result if any. type \"calendar\": share, elapsed, ahead_pp, and\n"
            "stated_pp/stated_holds when the text states it. type \"units\": same key, other\n"
            "unit, not compared. Derived records follow, with \"derived\":true and sources.\n\n"
            "Example: zhibiao compare records.jsonl | jq -c 'select(.met==false)'\n");
}

static const struct option long_options[] = {{"derived-only", no_argument, NULL, 'd'},
                                               {"no-derived", no_argument, NULL, 'n'},
                                               COMMON_LONG_OPTIONS};

typedef struct emit {
    FILE *fp;
    table *t;       /* non-NULL: rows for the table */
    size_t n;
} emit;

static int emit_derived(void *user, const zb_record *r)
{
    emit *e = user;
    e->n++;
    if (e->t) {
        char v[48];
        int tgt = r->status == ZB_STATUS_TARGET; /* the value goes in its column */
        human_number(r->value, v, sizeof v);
        const char *cells[] = {"derived", r->zone, r->indicator, r->period, tgt ? v : NULL,
                               tgt ? NULL : v, NULL, NULL, NULL, r->unit};
        return table_add(e->t, cells) == ZB_OK ? 0 : EXIT_DATA;
    }
    zb_error err = {0};
    if (zb_record_write(e->fp, r, &err) != ZB_OK) {
        cli_err(&err);
        return EXIT_DATA;
    }
    return 0;
}

static void warn_comparison(const zb_comparison *c)
{
    char *key = series_key_text(c->target_series);
    char a[48], b[48], g[48], h[48];
    const char *per = c->target->period[0] ? c->target->period : "(no period)";
    if (c->type == ZB_COMPARE_UNITS)
        cli_warnf("%s %s: target in %s, result in %s: not compared", key ? key : "", per,
                  c->target_series->unit, c->actual_series->unit);
    else if (c->type == ZB_COMPARE_CALENDAR && c->stated_holds == 0)
        cli_warnf("%s %s: the text states %s pp against the calendar, but %s%% done vs %s%% "
                  "elapsed is %s pp",
                  key ? key : "", per, human_number(c->stated_pp, a, sizeof a),
                  human_number(c->target->value, b, sizeof b),
                  human_number(c->elapsed_pct, g, sizeof g),
                  human_number(c->gap, h, sizeof h));
    free(key);
}

static void compare_row(table *t, const zb_comparison *c)
{
    char tv[48], av[48], ach[48], gap[48];
    const char *met = c->met == 1 ? "yes" : c->met == 0 ? "no" : NULL;
    if (c->type == ZB_COMPARE_CALENDAR) {
        human_number(c->target->value, tv, sizeof tv);  /* share done */
        human_number(c->elapsed_pct, av, sizeof av);    /* vs elapsed */
        snprintf(ach, sizeof ach, "-");
        met = c->met == 1 ? "ahead" : "behind";
        if (c->stated_holds == 0)
            met = c->met == 1 ? "ahead (stated: wrong)" : "behind (stated: wrong)";
    } else {
        human_number(c->target->value, tv, sizeof tv);
        human_number(c->actual ? c->actual->value : NAN, av, sizeof av);
        human_number(c->has_achievement ? c->achievement_pct : NAN, ach, sizeof ach);
    }
    human_number(c->has_gap ? c->gap : NAN, gap, sizeof gap);
    const char *cells[] = {zb_compare_type_name(c->type), c->target_series->zone,
                           c->target_series->indicator, c->target->period, tv, av, ach, gap, met,
                           c->target_series->unit};
    table_add(t, cells);
}

int cmd_compare(int argc, char **argv)
{
    common_opts co = {0};
    int derived = 1, only_derived = 0, c;
    while ((c = getopt_long(argc, argv, "dn" COMMON_SHORT, long_options, NULL)) != -1) {
        if (parse_common(c, optarg, &co))
            continue;
        if (c == 'd' || c == 'n') {
            *(c == 'd' ? &only_derived : &derived) = c == 'd';
            continue;
        }
        if (c == 'h') {
            usage(stdout);
            return EXIT_OK;
        }
        return cli_usage_error("compare", "unknown option '%s'", argv[optind - 1]);
    }
    if (only_derived && !derived)
        return cli_usage_error("compare", "--derived-only and --no-derived exclude each other");
    series_load L;
    zb_outfile o;
    int rc = series_begin(&L, &co, argv + optind, argc - optind, 0, &o);
    if (rc != EXIT_OK)
        return rc;
    zb_comparison *cs = NULL;
    size_t n = 0;
    zb_error e = {0};
    table t = {.cols = 10};
    if (co.table) {
        const char *head[] = {"type", "zone", "indicator", "period", "target", "actual",
                              "achieved%", "gap", "met", "unit"};
        table_add(&t, head);
    }
    if (zb_compare_run(L.set, &cs, &n, &e) != ZB_OK) {
        cli_err(&e);
        rc = EXIT_DATA;
    }
    for (size_t i = 0; i < n && rc == EXIT_OK; i++) {
        warn_comparison(&cs[i]);
        if (only_derived)
            continue;
        if (co.table)
            compare_row(&t, &cs[i]);
        else
            rc = emit_json(o.fp, zb_comparison_to_json(&cs[i]));
    }
    free(cs);
    if (derived && rc == EXIT_OK) {
        emit em = {o.fp, co.table ? &t : NULL, 0};
        int drc = zb_compare_derive(L.set, emit_derived, &em, &e);
        if (drc < 0) {
            cli_err(&e);
            rc = EXIT_DATA;
        } else if (drc > 0) {
            rc = drc;
        }
    }
    rc = output_finish(&o, &t, co.table, rc);
    series_load_free(&L);
    return rc;
}
