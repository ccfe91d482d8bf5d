/*
 * series_cli.h -- what the series, trend, compare and rank commands share
 * (defined in cli/cmd_series.c): loading record files into a finished
 * zb_series_set with the alias table and the warnings about conflicts and
 * split period types; -o output; the --table printer aligned by display
 * width (CJK = 2 columns).
 */
#ifndef ZB_SERIES_CLI_H
#define ZB_SERIES_CLI_H

#include "cli.h"

typedef struct series_load {
    zb_normalizer *norm;
    zb_aliases *aliases;
    zb_series_set *set;   /* finished after series_load_run */
    int skip_bad;         /* set before the run: go on after bad lines */
    size_t nbad;
} series_load;

/* Read FILE... (stdin when none) into L->set and finish it; aliases_path
 * NULL means the default search. Prints errors and warnings (split period
 * types only with warn_mixed). Returns an exit code. */
int series_load_run(series_load *L, char **files, int nfiles, const char *aliases_path,
                    int warn_mixed);
/* Free what L holds; L is zeroed. */
void series_load_free(series_load *L);
/* "镇江市 地区生产总值 (amount, CNY, actual)" for messages: new string (free()). */
char *series_key_text(const zb_series *s);

/* A table of strings printed with columns aligned by display width. */
typedef struct table {
    char **cell;          /* rows * cols, owned */
    size_t rows, cols, cap;
} table;
/* Append a row of t->cols cells (copied; NULL shows as "-"). ZB_OK or ZB_ENOMEM. */
int table_add(table *t, const char *const *cells);
void table_print(FILE *f, const table *t);
void table_free(table *t);
/* A number for people (no exponent below 1e15; "-" for non-finite). Returns buf. */
char *human_number(double x, char *buf, size_t size);

/* Options every one of these commands takes; parse_common handles them. */
typedef struct common_opts {
    int table;            /* -t, --table */
    const char *output;   /* -o, --output FILE */
    const char *aliases;  /* -a, --aliases FILE */
    int skip_bad;         /* -k, --skip-bad */
} common_opts;
#define COMMON_SHORT "to:a:kh"
#define COMMON_LONG_OPTIONS                                                                    \
    {"table", no_argument, NULL, 't'}, {"output", required_argument, NULL, 'o'},               \
        {"aliases", required_argument, NULL, 'a'}, {"skip-bad", no_argument, NULL, 'k'},       \
        {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}
/* Handle getopt result c if it is a common option: 1 handled, 0 not one. */
int parse_common(int c, const char *arg, common_opts *co);

/* series_load_run on FILE... with co's options, then output_open(o,
 * co->output). On failure L is freed. Returns an exit code. */
int series_begin(series_load *L, const common_opts *co, char **files, int nfiles, int warn_mixed,
                 zb_outfile *o);

/* Print json (consumed) as one line; NULL means out of memory. Exit code. */
int emit_json(FILE *f, char *json);
/* Print the table when as_table and rc is EXIT_OK, free it, then commit or
 * drop the output (output_close). Returns the final exit code. */
int output_finish(zb_outfile *o, table *t, int as_table, int rc);

/* Open -o FILE (NULL: stdout); prints the error. Returns an exit code. */
int output_open(zb_outfile *o, const char *path);
/* Commit when rc is EXIT_OK, else abort. Returns the final exit code. */
int output_close(zb_outfile *o, int rc);

#endif
