/*
 * cmd_export.c -- `zhibiao export`: records, or the JSON Lines of trend and
 * compare, to CSV, TSV or XLSX.
 *
 * Thin by design: options, a line loop over the inputs, and the library's
 * exporter (zb_export_*), which decides from the first line whether the
 * input is records or generic objects and does all the formatting.
 */
#include "cli.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: zhibiao export [OPTIONS] [FILE...]\n\n"
            "Write records (JSON Lines from extract), or the JSON Lines of trend and\n"
            "compare, as a spreadsheet.\n\n"
            "  -f, --format FMT   csv, tsv or xlsx (default: from the -o suffix, else csv)\n"
            "  -l, --layout L     long: one record per row, every field (default)\n"
            "                     wide: one row per zone+indicator(+kind, unit, status,\n"
            "                     basis), one column per period in time order\n"
            "  -o, --output FILE  write FILE (atomically) instead of standard output\n"
            "      --no-bom       CSV/TSV: no UTF-8 byte order mark (default: one, for Excel)\n"
            "      --crlf         CSV/TSV: end rows with CRLF\n"
            "      --raw          CSV/TSV: do not make formula-like text inert (by default\n"
            "                     text starting with = + - @ TAB CR gets a leading ')\n"
            "      --json         every line is a generic JSON object, records too (for\n"
            "                     mixed input; by default the first line decides)\n"
            "      --skip-bad     report bad lines and go on (default: stop at the first)\n"
            "  -h, --help         show this help\n\n"
            "XLSX has a frozen header, an autofilter and a 'sources' sheet naming the\n"
            "document, offset and quote of every number. It is not written to a terminal.\n\n"
            "Example: zhibiao extract news/*.txt | zhibiao export -l wide -o out.xlsx\n");
}

static void on_warn(void *user, size_t offset, const char *message)
{
    (void)user;
    (void)offset;
    cli_warnf("%s", message);
}

/* Format implied by an output name's suffix, or -1. */
static int format_from_name(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    char ext[8];
    size_t n = dot ? strlen(dot + 1) : sizeof ext;
    if (n >= sizeof ext)
        return -1;
    for (size_t i = 0; i <= n; i++)
        ext[i] = (char)tolower((unsigned char)dot[1 + i]);
    zb_export_format f;
    if (zb_export_format_parse(ext, &f) != ZB_OK)
        return -1;
    return (int)f;
}

/* zb_export_add_json, skipping blank lines as zb_export_add_line does. */
static int add_json_line(zb_export *ex, const char *line, size_t len, zb_error *e)
{
    if (strspn(line, " \t\r\n") >= len)
        return ZB_OK;
    return zb_export_add_json(ex, line, len, e);
}

/* Feed every line of one input to the exporter. Returns EXIT_OK, EXIT_DATA. */
static int export_file(zb_export *ex, const char *path, int as_json, int skip_bad,
                       size_t *skipped)
{
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "r");
    if (!f) {
        cli_errf("%s: %s", path, strerror(errno));
        return EXIT_DATA;
    }
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        cli_errf("%s: is a directory", path);
        if (!is_stdin)
            fclose(f);
        return EXIT_DATA;
    }
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t n;
    int rc = EXIT_OK;
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        zb_error e = {0};
        int too_long = (size_t)n > ZB_MAX_LINE;
        int r = too_long ? zb_error_set(&e, ZB_ELIMIT, "line longer than %zu bytes", ZB_MAX_LINE)
                 : as_json ? add_json_line(ex, line, (size_t)n, &e)
                           : zb_export_add_line(ex, line, (size_t)n, &e);
        if (r == ZB_OK)
            continue;
        snprintf(e.file, sizeof e.file, "%s", cli_name(path));
        e.line = lineno;
        cli_err(&e);
        /* a bad line can be skipped; a failing output (row limit, I/O) cannot */
        if (skip_bad && (r == ZB_EPARSE || r == ZB_EINVALID || too_long)) {
            (*skipped)++;
            continue;
        }
        rc = EXIT_DATA;
        break;
    }
    if (rc == EXIT_OK && ferror(f)) {
        cli_errf("%s: read error: %s", cli_name(path), strerror(errno));
        rc = EXIT_DATA;
    }
    free(line);
    if (!is_stdin)
        fclose(f);
    return rc;
}

int cmd_export(int argc, char **argv)
{
    enum { OPT_NO_BOM = 256, OPT_CRLF, OPT_RAW, OPT_SKIP_BAD, OPT_JSON };
    static const struct option long_options[] = {
        {"format", required_argument, NULL, 'f'},
        {"layout", required_argument, NULL, 'l'},
        {"output", required_argument, NULL, 'o'},
        {"no-bom", no_argument, NULL, OPT_NO_BOM},
        {"crlf", no_argument, NULL, OPT_CRLF},
        {"raw", no_argument, NULL, OPT_RAW},
        {"skip-bad", no_argument, NULL, OPT_SKIP_BAD},
        {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    zb_export_opts opts;
    zb_export_opts_init(&opts);
    opts.warn = on_warn;
    const char *output = NULL;
    int have_format = 0, skip_bad = 0, as_json = 0, c;
    while ((c = getopt_long(argc, argv, "+f:l:o:h", long_options, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (zb_export_format_parse(optarg, &opts.format) != ZB_OK)
                return cli_usage_error("export", "--format: '%s' is not one of csv|tsv|xlsx",
                                       optarg);
            have_format = 1;
            break;
        case 'l':
            if (zb_export_layout_parse(optarg, &opts.layout) != ZB_OK)
                return cli_usage_error("export", "--layout: '%s' is not one of long|wide", optarg);
            break;
        case 'o':
            output = optarg;
            break;
        case OPT_NO_BOM:
            opts.bom = 0;
            break;
        case OPT_CRLF:
            opts.crlf = 1;
            break;
        case OPT_RAW:
            opts.raw = 1;
            break;
        case OPT_SKIP_BAD:
            skip_bad = 1;
            break;
        case OPT_JSON:
            as_json = 1;
            break;
        case 'h':
            usage(stdout);
            return EXIT_OK;
        case ':':
            return cli_usage_error("export", "option '%s' needs an argument", argv[optind - 1]);
        default:
            return cli_usage_error("export", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (!have_format && format_from_name(output) >= 0)
        opts.format = (zb_export_format)format_from_name(output);
    int to_stdout = !output || strcmp(output, "-") == 0;
    if (opts.format == ZB_EXPORT_XLSX && to_stdout && isatty(STDOUT_FILENO))
        return cli_usage_error("export", "not writing XLSX to a terminal; use -o FILE.xlsx "
                                         "or redirect standard output");

    zb_error e = {0};
    zb_export *ex = zb_export_new(&opts, output, &e);
    if (!ex) {
        cli_err(&e);
        return EXIT_DATA;
    }
    static char *stdin_only[] = {"-"};
    char **files = argv + optind;
    int nfiles = argc - optind;
    if (nfiles == 0) {
        files = stdin_only;
        nfiles = 1;
    }
    size_t skipped = 0;
    int rc = EXIT_OK;
    for (int i = 0; i < nfiles && rc == EXIT_OK; i++)
        rc = export_file(ex, files[i], as_json, skip_bad, &skipped);
    if (rc == EXIT_OK && zb_export_finish(ex, &e) != ZB_OK) {
        cli_err(&e);
        rc = EXIT_DATA;
    }
    zb_export_free(ex);
    if (skipped)
        cli_warnf("skipped %zu bad line%s", skipped, skipped == 1 ? "" : "s");
    return rc;
}
