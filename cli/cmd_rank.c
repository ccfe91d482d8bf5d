/*
 * cmd_rank.c -- `zhibiao rank --indicator X [--period P]`: zones ranked by
 * one indicator in one period, with rank (ties share it), value, z-score
 * and percentile, from zb_rank_run (lib/stats.c).
 */
#include "series_cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: zhibiao rank --indicator NAME [options] [FILE...]\n\n"
            "Rank the zones that report NAME (results only, status actual) for one period.\n"
            "Rank 1 is the largest value (the smallest for a rank indicator such as 全省第3);\n"
            "ties share a rank (1, 2, 2, 4). z is (value - mean) / sample sd; percentile is\n"
            "the share of the other zones with a worse value (100 for the best).\n\n"
            "Options:\n"
            "  -i, --indicator NAME  the indicator (aliases apply: GDP = 地区生产总值)\n"
            "  -p, --period P        the period (2024, 2024-H1, 2024-01/2024-05); default: the\n"
            "                        latest period any zone reports\n"
            "  -K, --kind KIND       only figures of KIND (amount|count|quantity|growth|share|\n"
            "                        pp|rank) when the indicator is reported in several\n"
            "      --ascending       rank 1 = smallest value\n"
            "      --descending      rank 1 = largest value\n"
            "  -t, --table           aligned table instead of JSON Lines\n"
            "  -o, --output FILE     write to FILE (atomically) instead of standard output\n"
            "  -a, --aliases FILE    alias list (see 'zhibiao series --help')\n"
            "  -k, --skip-bad        report bad lines and go on\n"
            "  -h, --help            show this help\n\n"
            "Output: one JSON object per zone: zone, indicator, period, kind, unit, rank, n,\n"
            "value, z, percentile, sources. Zones reporting other units are an error.\n\n"
            "Example: zhibiao rank -i 地区生产总值 -p 2023 --table records.jsonl\n");
}

enum { OPT_ASC = 256, OPT_DESC };

static const struct option long_options[] = {
    {"indicator", required_argument, NULL, 'i'}, {"period", required_argument, NULL, 'p'},
    {"ascending", no_argument, NULL, OPT_ASC},   {"descending", no_argument, NULL, OPT_DESC},
    {"kind", required_argument, NULL, 'K'},
    COMMON_LONG_OPTIONS};

/* The --table row of r. */
static void rank_row(table *t, const zb_rank_row *r, const char *per)
{
    char rk[32], v[48], z[48], pc[48];
    snprintf(rk, sizeof rk, "%zu", r->rank);
    human_number(r->value, v, sizeof v);
    if (r->has_z)
        snprintf(z, sizeof z, "%.2f", r->z);
    else
        snprintf(z, sizeof z, "-");
    snprintf(pc, sizeof pc, "%.1f", r->percentile);
    const char *cells[] = {rk, r->zone, v, r->series->unit, z, pc, per, r->series->indicator};
    table_add(t, cells);
}

int cmd_rank(int argc, char **argv)
{
    common_opts co = {0};
    int ascending = -1, kind = -1, c;
    const char *indicator = NULL, *period = NULL;
    while ((c = getopt_long(argc, argv, "i:p:K:" COMMON_SHORT, long_options, NULL)) != -1) {
        if (parse_common(c, optarg, &co))
            continue;
        switch (c) {
        case 'i': indicator = optarg; break;
        case 'p': period = optarg; break;
        case 'K': {
            zb_kind k;
            if (zb_kind_parse(optarg, &k) != ZB_OK)
                return cli_usage_error("rank", "--kind: '%s' is not one of %s", optarg, zb_kind_choices());
            kind = (int)k;
            break;
        }
        case OPT_ASC: ascending = 1; break;
        case OPT_DESC: ascending = 0; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: return cli_usage_error("rank", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (!indicator || !*indicator)
        return cli_usage_error("rank", "--indicator NAME is required");
    zb_period p;
    if (period && (zb_period_parse(period, &p, NULL) != ZB_OK || p.type == ZB_PERIOD_NONE))
        return cli_usage_error("rank", "--period: '%s' is not a period (2024, 2024-H1, 2024-Q3, "
                                       "2024-05, 2024-01/2024-05)", period);
    series_load L = {.skip_bad = co.skip_bad};
    int rc = series_load_run(&L, argv + optind, argc - optind, co.aliases, 0);
    zb_rank_row *rows = NULL;
    size_t n = 0;
    char per[32] = "";
    zb_error e = {0};
    zb_outfile o;
    if (rc == EXIT_OK &&
        zb_rank_run(L.set, L.aliases, indicator, kind, period, ascending, &rows, &n, per, &e) != ZB_OK) {
        cli_err(&e);
        rc = EXIT_DATA;
    } else if (rc == EXIT_OK && n == 0) {
        cli_errf("rank: no zone reports '%s'%s%s", indicator, period ? " for " : "", period ? period : "");
        rc = EXIT_DATA;
    }
    if (rc != EXIT_OK || (rc = output_open(&o, co.output)) != EXIT_OK) {
        free(rows);
        series_load_free(&L);
        return rc;
    }
    table t = {.cols = 8};
    if (co.table) {
        const char *head[] = {"rank", "zone", "value", "unit", "z", "percentile", "period",
                              "indicator"};
        table_add(&t, head);
    }
    for (size_t i = 0; i < n && rc == EXIT_OK; i++) {
        if (co.table)
            rank_row(&t, &rows[i], per);
        else
            rc = emit_json(o.fp, zb_rank_row_to_json(&rows[i], n, per));
    }
    free(rows);
    rc = output_finish(&o, &t, co.table, rc);
    series_load_free(&L);
    return rc;
}
