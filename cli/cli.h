/*
 * cli.h -- what the subcommands of the zhibiao command share.
 *
 * Every subcommand lives in cli/cmd_<name>.c and exports one
 * `int cmd_<name>(int argc, char **argv)` (argv[0] is the command name) that
 * returns an exit code. The table in cli/main.c lists them. Subcommands
 * parse options with getopt_long, call the library, and print; all printing
 * of errors goes through cli_err/cli_errf so the format stays
 * "zhibiao: FILE:LINE: message".
 */
#ifndef ZB_CLI_H
#define ZB_CLI_H

#include "zhibiao.h"
#include <stdio.h>

/* Exit codes (jq/datamash habit: named, never bare numbers). */
enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

/* "zhibiao: " + message on stderr. */
void cli_errf(const char *fmt, ...) ZB_PRINTF(1, 2);
/* "zhibiao: FILE:LINE: message" from a filled zb_error ("-" → <stdin>;
 * LINE omitted when 0, FILE omitted when empty). */
void cli_err(const zb_error *e);
/* "zhibiao: warning: ..." */
void cli_warnf(const char *fmt, ...) ZB_PRINTF(1, 2);
/* Short usage error: message, then "Try 'zhibiao CMD --help'". Returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) ZB_PRINTF(2, 3);
/* Display name of an input path: "-" or NULL → "<stdin>". */
const char *cli_name(const char *path);
/* Reset getopt for a subcommand (optind = 0 semantics). */
void cli_getopt_reset(void);

/*
 * Iterate the records of FILE... (stdin when nfiles == 0 or a file is "-").
 * fn is called per valid record (borrowed). With skip_bad, bad lines are
 * reported on stderr, counted in *skipped, and reading goes on; without, the
 * first bad line stops with its error printed. Returns EXIT_OK, EXIT_DATA.
 * If fn returns non-zero, reading stops and that value is returned.
 */
typedef int (*cli_record_fn)(void *user, const zb_record *r, const char *file);
int cli_read_records(char **files, int nfiles, int skip_bad, size_t *skipped,
                     cli_record_fn fn, void *user);

/* Where the indicator alias tables are: --aliases FILE (given) or
 * $ZHIBIAO_ALIASES alone, else the shipped data/aliases.tsv beside the
 * binary (../share/zhibiao/aliases.tsv installed) and then the user's
 * ~/.config/zhibiao/aliases.tsv when present. Fills paths in load order and
 * returns how many (0-2). A given path is returned even if missing, so the
 * loader reports it. */
#include <limits.h>
size_t cli_alias_paths(const char *given, char paths[2][PATH_MAX + 64]);

/* True when progress should be shown (stderr is a terminal and !quiet). */
int cli_progress_enabled(int quiet);

int cmd_check(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_series(int argc, char **argv);
int cmd_trend(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_rank(int argc, char **argv);
int cmd_plot(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_report(int argc, char **argv);

#endif
