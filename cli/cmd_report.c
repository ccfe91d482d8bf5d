/*
 * cmd_report.c -- `zhibiao report`: the whole job in one command.
 *
 * Thin over zb_report_run (lib/report.c), which does extract -> series ->
 * trend -> compare -> charts -> export -> index.html into one folder and
 * moves the results into place only when every step succeeded. This file
 * parses options, expands FILE|DIR arguments, shows progress on a terminal
 * and prints the summary.
 */
#include "cli.h"

#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define DEFAULT_INPUT "datasets/corpus"
#define DEFAULT_OUTPUT "out"

static void usage(FILE *f)
{
    fputs("Usage: zhibiao report [FILE|DIR...] [-o DIR] [-q] [--render png|svg|none]\n\n"
          "Runs the whole job: extract the figures of every document, group them into\n"
          "series, fit trends, set targets against results, draw the charts, export the\n"
          "spreadsheets, and write index.html, a page that works offline from the folder.\n\n"
          "Inputs: FILE is read as one document; DIR gives its regular files (not\n"
          "subdirectories, not names starting with '.'), sorted by name. Without any,\n"
          "" DEFAULT_INPUT " (relative to the current directory) is read.\n\n"
          "Options:\n"
          "  -o, --output DIR     write into DIR (default " DEFAULT_OUTPUT "/; created if missing)\n"
          "  -q, --quiet          no progress and no summary on stderr\n"
          "      --render FMT     pictures of the charts: png (default), svg, pdf or none\n"
          "                       (none: gnuplot scripts only)\n"
          "      --aliases FILE   alias table of indicator and zone names (default: as\n"
          "                       `zhibiao series` finds them, $ZHIBIAO_ALIASES first)\n"
          "  -h, --help           show this help\n\n"
          "DIR gets records.jsonl, series.jsonl, trend.jsonl, compare.jsonl,\n"
          "indicators.csv, indicators.xlsx, charts/ (scripts and pictures) and\n"
          "index.html. Everything is built in a hidden folder inside DIR and moved into\n"
          "place at the end, index.html last: a failed run leaves DIR as it was.\n"
          "Chart files of an earlier run in DIR/charts/ (trend-NNN.png, ...) are\n"
          "replaced; other files of DIR are left alone. Re-running on the\n"
          "same input writes the same bytes.\n\n"
          "Example: zhibiao report datasets/corpus -o out && xdg-open out/index.html\n",
          f);
}

typedef struct progress_state {
    int enabled;
    int shown;              /* a progress line is on the terminal */
    struct timespec start, last;
} progress_state;

static double since(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void clear_line(progress_state *ps)
{
    if (ps->shown) {
        fputs("\r\033[K", stderr);
        ps->shown = 0;
    }
}

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
    interrupted = sig;
}

/* Documents done / total and MB/s, at most four times a second; stops the
 * run after SIGINT/SIGTERM so the staging folder is removed. */
static int on_progress(void *user, const zb_report_progress *p)
{
    progress_state *ps = user;
    if (interrupted)
        return 1;
    if (!ps->enabled)
        return 0;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    int last_doc = p->docs_done == p->docs_total && strcmp(p->phase, "extract") == 0;
    if (strcmp(p->phase, "done") == 0) {
        clear_line(ps);
        return 0;
    }
    if (ps->shown && since(&ps->last, &now) < 0.25 && !last_doc)
        return 0;
    ps->last = now;
    double secs = since(&ps->start, &now);
    double mb = (double)p->bytes_done / 1e6;
    fprintf(stderr, "\r\033[Kzhibiao report: %zu/%zu documents, %.1f MB, %.1f MB/s; %s",
            p->docs_done, p->docs_total, mb, secs > 0 ? mb / secs : 0.0,
            strcmp(p->phase, "extract") == 0 ? "extracting" : p->phase);
    fflush(stderr);
    ps->shown = 1;
    return 0;
}

static void on_warn(void *user, size_t offset, const char *message)
{
    (void)offset;
    clear_line(user);
    cli_warnf("%s", message);
}

int cmd_report(int argc, char **argv)
{
    enum { OPT_RENDER = 256, OPT_ALIASES };
    static const struct option long_options[] = {
        {"output", required_argument, NULL, 'o'},
        {"quiet", no_argument, NULL, 'q'},
        {"render", required_argument, NULL, OPT_RENDER},
        {"aliases", required_argument, NULL, OPT_ALIASES},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *outdir = DEFAULT_OUTPUT, *alias_file = NULL;
    int quiet = 0;
    zb_report_opts opts;
    zb_report_opts_init(&opts);
    int c;
    while ((c = getopt_long(argc, argv, ":o:qh", long_options, NULL)) != -1) {
        switch (c) {
        case 'o':
            outdir = optarg;
            break;
        case 'q':
            quiet = 1;
            break;
        case OPT_RENDER:
            if (zb_plot_format_parse(optarg, &opts.render) != ZB_OK)
                return cli_usage_error("report", "--render: '%s' is not one of png|svg|pdf|none", optarg);
            break;
        case OPT_ALIASES:
            alias_file = optarg;
            break;
        case 'h':
            usage(stdout);
            return EXIT_OK;
        case ':':
            return cli_usage_error("report", "option '%s' needs a value", argv[optind - 1]);
        default:
            return cli_usage_error("report", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (!outdir[0])
        return cli_usage_error("report", "-o: empty directory name");

    const char *default_input[] = {DEFAULT_INPUT};
    const char *const *inputs = (const char *const *)argv + optind;
    size_t ninputs = (size_t)(argc - optind);
    if (ninputs == 0) {
        struct stat st;
        if (stat(DEFAULT_INPUT, &st) != 0 || !S_ISDIR(st.st_mode))
            return cli_usage_error("report", "no input named, and no " DEFAULT_INPUT
                                   " folder in the current directory; name the files or folders to read");
        inputs = default_input;
        ninputs = 1;
    }

    zb_error err = {0};
    char **files = NULL;
    size_t nfiles = 0;
    if (zb_report_inputs(inputs, ninputs, &files, &nfiles, &err) != ZB_OK) {
        cli_err(&err);
        return EXIT_DATA;
    }

    char alias_paths[2][PATH_MAX + 64];
    const char *alias_list[2] = {alias_paths[0], alias_paths[1]};
    opts.naliases = cli_alias_paths(alias_file, alias_paths);
    opts.aliases = alias_list;

    progress_state ps = {0};
    ps.enabled = cli_progress_enabled(quiet);
    clock_gettime(CLOCK_MONOTONIC, &ps.start);
    opts.progress = on_progress;
    opts.progress_user = &ps;
    opts.warn = on_warn;
    opts.warn_user = &ps;

    struct sigaction sa, old_int, old_term;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);
    zb_report_summary sum;
    int rc = zb_report_run((const char *const *)files, nfiles, outdir, &opts, &sum, &err);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    clear_line(&ps);
    zb_report_inputs_free(files, nfiles);
    if (rc != ZB_OK && interrupted) {
        cli_errf("report: interrupted; nothing written to %s", outdir);
        return 128 + (int)interrupted;
    }
    if (rc != ZB_OK) {
        cli_err(&err);
        cli_errf("report: nothing written to %s", outdir);
        return EXIT_DATA;
    }
    size_t len = strlen(outdir);
    if (!quiet)
        fprintf(stderr, "zhibiao report: %zu document%s, %zu records, %zu series, %zu comparisons, "
                        "%zu conflicts, %zu charts -> %s%sindex.html\n",
                sum.documents, sum.documents == 1 ? "" : "s", sum.records, sum.series,
                sum.comparisons, sum.conflicts, sum.charts, outdir, outdir[len - 1] == '/' ? "" : "/");
    return EXIT_OK;
}
