/*
 * cmd_check.c -- `zhibiao check`: validate record files and summarise them.
 *
 * Every line is parsed and checked against the record contract by the
 * library; the first bad line stops with FILE:LINE (or, with --skip-bad,
 * each bad line is reported and counted). The summary counts distinct
 * documents, zones and indicators with a string set (the library's zb_smap).
 */
#include "cli.h"
#include "zb_internal.h"

#include <getopt.h>
#include <stdlib.h>

/* A set of distinct strings: a zb_smap whose values are unused. */
typedef struct strset {
    zb_smap map;
    int oom;
} strset;

static void set_add(strset *st, const char *s)
{
    if (s && !st->oom && !zb_smap_get(&st->map, s, NULL))
        st->oom = 1;
}

typedef struct tally {
    size_t records;
    size_t by_kind[ZB_KIND_N];
    strset docs, zones, indicators;
} tally;

static int count(void *user, const zb_record *r, const char *file)
{
    (void)file;
    tally *t = user;
    t->records++;
    t->by_kind[r->kind]++;
    set_add(&t->docs, r->doc);
    set_add(&t->zones, r->zone);
    set_add(&t->indicators, r->indicator);
    return 0;
}

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: zhibiao check [options] [FILE...]\n\n"
            "Validate record files (JSON Lines, one indicator record per line) against the\n"
            "record contract and print a one-line summary. Reads standard input when no\n"
            "FILE is given or FILE is '-'.\n\n"
            "Options:\n"
            "  -k, --skip-bad   report bad lines, skip them and go on (exit 1 if any)\n"
            "  -q, --quiet      print nothing; the exit status tells\n"
            "  -h, --help       show this help\n\n"
            "Exit status: 0 all valid, 1 a bad line or unreadable file, 2 bad usage.\n"
            "Example: zhibiao check datasets/gold/seeds.jsonl\n");
}

int cmd_check(int argc, char **argv)
{
    static const struct option opts[] = {
        {"skip-bad", no_argument, NULL, 'k'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int skip_bad = 0, quiet = 0, c;
    while ((c = getopt_long(argc, argv, "kqh", opts, NULL)) != -1) {
        switch (c) {
        case 'k': skip_bad = 1; break;
        case 'q': quiet = 1; break;
        case 'h': usage(stdout); return EXIT_OK;
        default:
            return cli_usage_error("check", "unknown option '%s'", argv[optind - 1]);
        }
    }
    tally t = {0};
    size_t skipped = 0;
    int rc = cli_read_records(argv + optind, argc - optind, skip_bad, &skipped, count, &t);
    if (t.docs.oom || t.zones.oom || t.indicators.oom) {
        cli_errf("out of memory");
        rc = EXIT_DATA;
    }
    if (rc == EXIT_OK && !quiet) {
        printf("%zu records, %zu documents, %zu zones, %zu indicators (", t.records, t.docs.map.n,
               t.zones.map.n, t.indicators.map.n);
        int first = 1;
        for (int k = 0; k < ZB_KIND_N; k++)
            if (t.by_kind[k]) {
                printf("%s%s %zu", first ? "" : ", ", zb_kind_name((zb_kind)k), t.by_kind[k]);
                first = 0;
            }
        printf(")\n");
    }
    if (rc == EXIT_OK && skipped) {
        if (!quiet)
            printf("%zu bad lines skipped\n", skipped);
        rc = EXIT_DATA;
    }
    zb_smap_free(&t.docs.map);
    zb_smap_free(&t.zones.map);
    zb_smap_free(&t.indicators.map);
    return rc;
}
