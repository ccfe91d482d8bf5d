/*
 * cmd_extract.c -- `zhibiao extract [options] [FILE...]`: documents in,
 * indicator records out (one JSON line each, in document order).
 *
 * Thin by design: read each file whole (one document's memory), call
 * zb_extract_buffer with a callback that writes the record, report
 * warnings as "zhibiao: FILE: warning: ..." with byte offsets.
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DOC ((size_t)512 << 20) /* 512 MiB per document */

typedef struct sink {
    FILE *out;
    zb_error err;
    int failed;
} sink;

typedef struct warn_ctx {
    const char *file;
    int quiet;
} warn_ctx;

static void on_warn(void *user, size_t offset, const char *message)
{
    const warn_ctx *w = user;
    if (w->quiet)
        return;
    fflush(stdout);
    fprintf(stderr, "zhibiao: %s: warning: byte %zu: %s\n", cli_name(w->file), offset, message);
}

static int on_record(void *user, const zb_record *r)
{
    sink *k = user;
    if (zb_record_write(k->out, r, &k->err) != ZB_OK) {
        k->failed = 1;
        return 1;
    }
    return 0;
}

static void usage(FILE *f)
{
    fputs("Usage: zhibiao extract [options] [FILE...]\n"
          "Extract indicator records from Chinese economic news (one JSON line per figure).\n"
          "Reads standard input when no FILE or FILE is '-'.\n"
          "\n"
          "  -o, --output FILE     write records to FILE (atomically); default stdout\n"
          "  -e, --encoding NAME   input encoding (auto, UTF-8, GB18030, BIG5, UTF-16...)\n"
          "  -q, --quiet           no warnings\n"
          "  -h, --help            this help\n"
          "\n"
          "Exit status: 0 ok, 1 unreadable input or write failure, 2 bad usage.\n",
          f);
}

/* Base name of a path, the record's doc field ("-" for stdin). */
static const char *doc_name(const char *path)
{
    const char *slash;
    if (!path || strcmp(path, "-") == 0)
        return "-";
    slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"encoding", required_argument, NULL, 'e'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *output = NULL, *encoding = NULL;
    int quiet = 0, c, status = EXIT_OK;
    zb_outfile of;
    zb_extractor *x;
    zb_error err;
    sink k;

    memset(&of, 0, sizeof of);
    memset(&err, 0, sizeof err);
    while ((c = getopt_long(argc, argv, "+o:e:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'o':
            output = optarg;
            break;
        case 'e':
            encoding = optarg;
            break;
        case 'q':
            quiet = 1;
            break;
        case 'h':
            usage(stdout);
            return EXIT_OK;
        default:
            if (optopt)
                return cli_usage_error("extract", "unknown option '-%c'", optopt);
            return cli_usage_error("extract", "unknown option '%s'", argv[optind - 1]);
        }
    }
    x = zb_extractor_new(&err);
    if (!x) {
        cli_err(&err);
        return EXIT_DATA;
    }
    if (zb_outfile_open(&of, output, &err) != ZB_OK) {
        cli_err(&err);
        zb_extractor_free(x);
        return EXIT_DATA;
    }
    memset(&k, 0, sizeof k);
    k.out = of.fp;
    {
        static char *stdin_only[] = {"-"};
        char **files = optind < argc ? argv + optind : stdin_only;
        int nfiles = optind < argc ? argc - optind : 1;
        for (int f = 0; f < nfiles && !k.failed; f++) {
            char *buf = NULL;
            size_t len = 0;
            warn_ctx w = {files[f], quiet};
            zb_extract_opts opts = {doc_name(files[f]), encoding, on_warn, &w};
            memset(&err, 0, sizeof err);
            if (zb_read_file(files[f], MAX_DOC, &buf, &len, &err) != ZB_OK) {
                /* the message names the file already: "PATH: No such file..." */
                err.file[0] = 0;
                err.line = 0;
                cli_err(&err);
                status = EXIT_DATA;
                continue;
            }
            int rc = zb_extract_buffer(x, buf, len, &opts, on_record, &k, &err);
            free(buf);
            if (k.failed)
                break;
            if (rc < 0) {
                if (rc == ZB_EENCODING) {
                    cli_errf("extract: %s", err.message);
                    zb_outfile_abort(&of);
                    zb_extractor_free(x);
                    return EXIT_USAGE;
                }
                snprintf(err.file, sizeof err.file, "%s", cli_name(files[f]));
                err.line = 0;
                cli_err(&err);
                status = EXIT_DATA;
            }
        }
    }
    zb_extractor_free(x);
    if (k.failed) {
        cli_err(&k.err);
        zb_outfile_abort(&of);
        return EXIT_DATA;
    }
    if (zb_outfile_commit(&of, &err) != ZB_OK) {
        cli_err(&err);
        return EXIT_DATA;
    }
    return status;
}
