/*
 * common.c -- printing errors the one way ("zhibiao: FILE:LINE: message"),
 * usage errors, and reading record files for the subcommands.
 */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void cli_errf(const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fputs("zhibiao: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void cli_warnf(const char *fmt, ...)
{
    va_list ap;
    fputs("zhibiao: warning: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void cli_err(const zb_error *e)
{
    if (e->file[0] && e->line)
        cli_errf("%s:%zu: %s", e->file, e->line, e->message);
    else if (e->file[0])
        cli_errf("%s: %s", e->file, e->message);
    else
        cli_errf("%s", e->message[0] ? e->message : zb_strerror(e->code));
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fputs("zhibiao: ", stderr);
    if (cmd)
        fprintf(stderr, "%s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fprintf(stderr, "Try 'zhibiao %s%s--help' for more information.\n", cmd ? cmd : "",
            cmd ? " " : "");
    return EXIT_USAGE;
}

const char *cli_name(const char *path)
{
    return (!path || strcmp(path, "-") == 0) ? "<stdin>" : path;
}

void cli_getopt_reset(void)
{
    optind = 0; /* glibc: 0 also re-initialises its internal state */
    opterr = 0; /* commands report unknown options themselves */
}

int cli_progress_enabled(int quiet)
{
    return !quiet && isatty(STDERR_FILENO);
}

int cli_read_records(char **files, int nfiles, int skip_bad, size_t *skipped,
                     cli_record_fn fn, void *user)
{
    static char *stdin_only[] = {"-"};
    if (nfiles == 0) {
        files = stdin_only;
        nfiles = 1;
    }
    size_t nskip = 0;
    int rc = EXIT_OK;
    zb_record r;
    zb_record_init(&r);
    for (int i = 0; i < nfiles && rc == EXIT_OK; i++) {
        const char *path = files[i];
        int is_stdin = strcmp(path, "-") == 0;
        FILE *f = is_stdin ? stdin : fopen(path, "r");
        if (!f) {
            cli_errf("%s: %s", path, strerror(errno));
            rc = EXIT_DATA;
            break;
        }
        struct stat st;
        if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
            cli_errf("%s: is a directory", path);
            if (!is_stdin)
                fclose(f);
            rc = EXIT_DATA;
            break;
        }
        zb_reader *rd = zb_reader_new(f, path);
        if (!rd) {
            cli_errf("out of memory");
            if (!is_stdin)
                fclose(f);
            rc = EXIT_DATA;
            break;
        }
        for (;;) {
            zb_error e = {0};
            int got = zb_reader_next(rd, &r, &e);
            if (got == 0)
                break;
            if (got < 0) {
                cli_err(&e);
                if (skip_bad && (got == ZB_EPARSE || got == ZB_EINVALID || got == ZB_ELIMIT)) {
                    nskip++;
                    continue;
                }
                rc = EXIT_DATA;
                break;
            }
            int frc = fn(user, &r, path);
            if (frc != 0) {
                rc = frc;
                break;
            }
        }
        zb_reader_free(rd);
        if (!is_stdin)
            fclose(f);
    }
    zb_record_clear(&r);
    if (nskip)
        cli_warnf("skipped %zu bad line%s", nskip, nskip == 1 ? "" : "s");
    if (skipped)
        *skipped = nskip;
    return rc;
}

/* Alias tables, for every command that groups series: --aliases FILE or
 * $ZHIBIAO_ALIASES alone; otherwise the shipped table beside the binary
 * (data/aliases.tsv in the source tree, ../share/zhibiao/aliases.tsv
 * installed) and then the user's $XDG_CONFIG_HOME/zhibiao/aliases.tsv
 * (~/.config/zhibiao/aliases.tsv). Fills paths; returns how many. */
size_t cli_alias_paths(const char *given, char paths[2][PATH_MAX + 64])
{
    if (!given || !*given)
        given = getenv("ZHIBIAO_ALIASES");
    if (given && *given) {
        snprintf(paths[0], sizeof paths[0], "%s", given);
        return 1;
    }
    size_t n = 0;
    char exe[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    char *slash = len > 0 ? (exe[len] = 0, strrchr(exe, '/')) : NULL;
    static const char *const shipped[] = {"data/aliases.tsv", "../share/zhibiao/aliases.tsv",
                                          "../data/aliases.tsv"};
    for (size_t i = 0; slash && i < sizeof shipped / sizeof shipped[0]; i++) {
        *slash = 0;
        snprintf(paths[n], sizeof paths[n], "%s/%s", exe, shipped[i]);
        if (access(paths[n], R_OK) == 0) {
            n++;
            break;
        }
    }
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    if (xdg && *xdg)
        snprintf(paths[n], sizeof paths[n], "%s/zhibiao/aliases.tsv", xdg);
    else if (home && *home)
        snprintf(paths[n], sizeof paths[n], "%s/.config/zhibiao/aliases.tsv", home);
    else
        return n;
    return access(paths[n], R_OK) == 0 ? n + 1 : n;
}

