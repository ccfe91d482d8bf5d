/*
 * main.c -- the zhibiao command: a table of subcommands and the dispatch.
 *
 * `zhibiao <command> [options] [FILE...]`. `zhibiao help [CMD]`,
 * `zhibiao --help`, `zhibiao --version`. Each command prints its own usage
 * for --help (Miller 5's one-verb-per-file habit).
 */
#include "cli.h"

#include <gsl/gsl_errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv);
} command;

static const command commands[] = {
    {"extract", "turn articles into indicator records (JSON Lines)", cmd_extract},
    {"check",   "validate record files and summarise them", cmd_check},
    {"series",  "group records into time series; flag conflicts", cmd_series},
    {"trend",   "fit trends per series: CAGR, slope with 95% CI, forecast", cmd_trend},
    {"compare", "set targets against results and the calendar", cmd_compare},
    {"rank",    "rank zones by an indicator for a period", cmd_rank},
    {"plot",    "write gnuplot scripts (and pictures) for the charts", cmd_plot},
    {"export",  "write CSV, TSV or XLSX for spreadsheets", cmd_export},
    {"report",  "the whole job: extract → charts → spreadsheet → index.html", cmd_report},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *f)
{
    fprintf(f, "Usage: zhibiao <command> [options] [FILE...]\n\n"
               "Turns the figures in Chinese economic news into indicator time series,\n"
               "compares targets with results, draws them and exports them.\n\n"
               "Commands:\n");
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(f, "  %-8s  %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\nFILE is read from standard input when absent or '-'.\n"
               "Exit status: 0 success, 1 bad data or I/O failure, 2 bad usage.\n\n"
               "  zhibiao help CMD      show the options of CMD (same as CMD --help)\n"
               "  zhibiao --version     print the version\n\n"
               "Example: zhibiao extract datasets/corpus/*.txt | zhibiao trend --table\n");
}

static const command *find(const char *name)
{
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

/* Report a failed write to stdout (full disk) as an error: datamash's close_stdout. */
static void close_stdout(void)
{
    if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
        cli_errf("write error on standard output");
        _exit(EXIT_DATA);
    }
}

int main(int argc, char **argv)
{
    setlocale(LC_CTYPE, "");
    gsl_set_error_handler_off();
    atexit(close_stdout);

    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *a = argv[1];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
        usage(stdout);
        return EXIT_OK;
    }
    if (!strcmp(a, "--version") || !strcmp(a, "-V") || !strcmp(a, "version")) {
        printf("zhibiao %s\n", ZB_VERSION);
        return EXIT_OK;
    }
    if (!strcmp(a, "help")) {
        if (argc < 3) {
            usage(stdout);
            return EXIT_OK;
        }
        const command *c = find(argv[2]);
        if (!c) {
            cli_errf("unknown command '%s'", argv[2]);
            fprintf(stderr, "Try 'zhibiao --help'.\n");
            return EXIT_USAGE;
        }
        char *hargv[] = {argv[2], "--help", NULL};
        cli_getopt_reset();
        return c->run(2, hargv);
    }
    const command *c = find(a);
    if (!c) {
        cli_errf("unknown command '%s'", a);
        fprintf(stderr, "Try 'zhibiao --help'.\n");
        return EXIT_USAGE;
    }
    cli_getopt_reset();
    return c->run(argc - 1, argv + 1);
}
