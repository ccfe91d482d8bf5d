/*
 * cmd_series.c -- `zhibiao series`: group records into time series.
 *
 * Also home of what series, trend, compare and rank share (series_cli.h):
 * loading record files into a zb_series_set with the alias table, the
 * warnings about conflicts and mixed period types, the -o output, and the
 * --table printer that aligns columns by display width (CJK = 2 columns).
 */
#include "series_cli.h"
#include "zb_internal.h"

#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ------------------------------------------------------ shared: load */

static int load_alias_file(zb_aliases *a, const char *path)
{
    zb_error e = {0};
    if (zb_aliases_load(a, path, &e) != ZB_OK) {
        cli_err(&e);
        return EXIT_DATA;
    }
    return EXIT_OK;
}

/* Load the alias tables cli_alias_paths names, in order. */
static int load_aliases(zb_aliases *a, const char *path)
{
    char paths[2][PATH_MAX + 64];
    size_t n = cli_alias_paths(path, paths);
    for (size_t i = 0; i < n; i++)
        if (load_alias_file(a, paths[i]) != EXIT_OK)
            return EXIT_DATA;
    return EXIT_OK;
}

static int add_record(void *user, const zb_record *r, const char *file)
{
    series_load *L = user;
    zb_error e = {0};
    int rc = zb_series_set_add(L->set, r, &e);
    if (rc == ZB_OK)
        return 0;
    snprintf(e.file, sizeof e.file, "%s", cli_name(file));
    cli_err(&e);
    if (rc == ZB_EINVALID && L->skip_bad) {
        L->nbad++;
        return 0;
    }
    return EXIT_DATA;
}

/* "镇江市 地区生产总值 (amount, CNY, actual)": a new string for messages. */
char *series_key_text(const zb_series *s)
{
    return zb_strdupf("%s %s (%s, %s%s%s, %s)", s->zone ? s->zone : "-", s->indicator,
                      zb_kind_name(s->kind), s->unit, s->basis ? ", " : "", s->basis ? s->basis : "",
                      zb_status_name(s->status));
}

enum { MAX_WARNINGS = 20 };

/* Warnings on stderr: conflicting values, and (warn_mixed) one key split
 * over several period types. At most MAX_WARNINGS of each, then a count. */
static void warn_series(const zb_series_set *set, int warn_mixed)
{
    size_t nconf = 0, nmixed = 0, ns = zb_series_set_count(set);
    char b1[64], b2[64];
    for (size_t i = 0; i < ns; i++) {
        const zb_series *s = zb_series_set_get(set, i);
        for (size_t k = 0; s->nconflicts && k < s->npoints; k++) {
            const zb_point *p = &s->points[k];
            if (!p->conflict || (k > 0 && s->points[k - 1].conflict &&
                                 strcmp(s->points[k - 1].period, p->period) == 0))
                continue;
            if (nconf++ < MAX_WARNINGS) {
                char *key = series_key_text(s);
                const zb_point *q = p + 1;
                cli_warnf("%s %s: conflicting values %s (%s) and %s (%s); both kept", key ? key : "",
                          p->period[0] ? p->period : "(no period)",
                          zb_format_number(p->value, 1, b1, sizeof b1), p->nsources ? p->sources[0] : "-",
                          zb_format_number(q->value, 1, b2, sizeof b2), q->nsources ? q->sources[0] : "-");
                free(key);
            }
        }
        if (warn_mixed && s->nsiblings && s->siblings[0] > i) { /* once per family */
            if (nmixed++ < MAX_WARNINGS) {
                char *key = series_key_text(s);
                char list[512];
                size_t off = (size_t)snprintf(list, sizeof list, "%s: %zu", s->period_class, s->npoints);
                for (size_t j = 0; j < s->nsiblings && off < sizeof list; j++) {
                    const zb_series *b = zb_series_set_get(set, s->siblings[j]);
                    off += (size_t)snprintf(list + off, sizeof list - off, ", %s: %zu", b->period_class,
                                            b->npoints);
                }
                cli_warnf("%s: points of %zu period types (%s) kept in separate series",
                          key ? key : "", s->nsiblings + 1, list);
                free(key);
            }
        }
    }
    if (nconf > MAX_WARNINGS)
        cli_warnf("... and %zu more conflicts", nconf - MAX_WARNINGS);
    if (nmixed > MAX_WARNINGS)
        cli_warnf("... and %zu more series split by period type", nmixed - MAX_WARNINGS);
}

/* Read FILE... into L->set (finished). Returns an exit code. */
int series_load_run(series_load *L, char **files, int nfiles, const char *aliases_path, int warn_mixed)
{
    zb_error e = {0};
    L->norm = zb_normalizer_new(&e);
    if (!L->norm) /* aliases still work, only traditional forms are not folded */
        cli_warnf("no traditional->simplified folding of names: %s", e.message);
    L->aliases = zb_aliases_new(L->norm);
    if (!L->aliases) {
        cli_errf("out of memory");
        return EXIT_DATA;
    }
    if (load_aliases(L->aliases, aliases_path) != EXIT_OK)
        return EXIT_DATA;
    L->set = zb_series_set_new(L->aliases);
    if (!L->set) {
        cli_errf("out of memory");
        return EXIT_DATA;
    }
    size_t skipped = 0;
    int rc = cli_read_records(files, nfiles, L->skip_bad, &skipped, add_record, L);
    if (rc != EXIT_OK)
        return rc;
    if (L->nbad)
        cli_warnf("skipped %zu record%s that could not be placed", L->nbad, L->nbad == 1 ? "" : "s");
    if (zb_series_set_finish(L->set, &e) != ZB_OK) {
        cli_err(&e);
        return EXIT_DATA;
    }
    warn_series(L->set, warn_mixed);
    return EXIT_OK;
}

void series_load_free(series_load *L)
{
    zb_series_set_free(L->set);
    zb_aliases_free(L->aliases);
    zb_normalizer_free(L->norm);
    memset(L, 0, sizeof *L);
}

/* ---------------------------------------------------- shared: output */

/* Display width of a UTF-8 string: East Asian wide and full-width
 * characters count 2, combining marks 0, everything else 1. */
static size_t display_width(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t w = 0;
    while (*p) {
        unsigned c = *p;
        int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        unsigned cp = len == 1 ? c : c & (0x3F >> (len - 1));
        for (int i = 1; i < len; i++) {
            if ((p[i] & 0xC0) != 0x80) { /* broken sequence: count a byte */
                len = 1;
                cp = '?';
                break;
            }
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        p += len;
        if (cp >= 0x300 && cp < 0x370)
            continue;
        w += (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) ||
                     (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                     (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                     (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD)
                 ? 2
                 : 1;
    }
    return w;
}

/* Append a row of t->cols cells (copied; NULL prints as "-"). */
int table_add(table *t, const char *const *cells)
{
    if (zb_grow(&t->cell, &t->cap, t->rows, t->cols * sizeof *t->cell, 32) != 0)
        return ZB_ENOMEM;
    for (size_t j = 0; j < t->cols; j++)
        if (!(t->cell[t->rows * t->cols + j] = strdup(cells[j] ? cells[j] : "-"))) {
            while (j--)
                free(t->cell[t->rows * t->cols + j]);
            return ZB_ENOMEM;
        }
    t->rows++;
    return ZB_OK;
}

/* Columns separated by two spaces, padded to the widest cell. */
void table_print(FILE *f, const table *t)
{
    size_t *w = calloc(t->cols ? t->cols : 1, sizeof *w);
    if (!w)
        return;
    for (size_t i = 0; i < t->rows; i++)
        for (size_t j = 0; j < t->cols; j++) {
            size_t d = display_width(t->cell[i * t->cols + j]);
            if (d > w[j])
                w[j] = d;
        }
    for (size_t i = 0; i < t->rows; i++) {
        for (size_t j = 0; j < t->cols; j++) {
            const char *c = t->cell[i * t->cols + j];
            fputs(c, f);
            if (j + 1 < t->cols)
                for (size_t k = display_width(c); k < w[j] + 2; k++)
                    fputc(' ', f);
        }
        fputc('\n', f);
    }
    free(w);
}

void table_free(table *t)
{
    for (size_t i = 0; i < t->rows * t->cols; i++)
        free(t->cell[i]);
    free(t->cell);
    memset(t, 0, sizeof *t);
}

/* A number for people: integers in full, others with 4 significant digits
 * (2 decimals above 1000); never exponent form below 1e15. */
char *human_number(double x, char *buf, size_t size)
{
    if (!isfinite(x))
        snprintf(buf, size, "-");
    else if (x == floor(x) && fabs(x) < 1e15)
        snprintf(buf, size, "%.0f", x);
    else if (fabs(x) >= 1000 && fabs(x) < 1e15)
        snprintf(buf, size, "%.2f", x);
    else
        snprintf(buf, size, "%.4g", x);
    return buf;
}

int output_open(zb_outfile *o, const char *path)
{
    zb_error e = {0};
    memset(o, 0, sizeof *o);
    if (zb_outfile_open(o, path, &e) != ZB_OK) {
        cli_err(&e);
        return EXIT_DATA;
    }
    return EXIT_OK;
}

/* Commit the output when rc is EXIT_OK, else drop it. Returns the exit code. */
int output_close(zb_outfile *o, int rc)
{
    zb_error e = {0};
    if (rc != EXIT_OK) {
        zb_outfile_abort(o);
        return rc;
    }
    if (zb_outfile_commit(o, &e) != ZB_OK) {
        cli_err(&e);
        return EXIT_DATA;
    }
    return EXIT_OK;
}

int parse_common(int c, const char *arg, common_opts *co)
{
    switch (c) {
    case 't': co->table = 1; return 1;
    case 'o': co->output = arg; return 1;
    case 'a': co->aliases = arg; return 1;
    case 'k': co->skip_bad = 1; return 1;
    default: return 0;
    }
}

int series_begin(series_load *L, const common_opts *co, char **files, int nfiles, int warn_mixed,
                 zb_outfile *o)
{
    memset(L, 0, sizeof *L);
    L->skip_bad = co->skip_bad;
    int rc = series_load_run(L, files, nfiles, co->aliases, warn_mixed);
    if (rc != EXIT_OK || (rc = output_open(o, co->output)) != EXIT_OK)
        series_load_free(L);
    return rc;
}

int emit_json(FILE *f, char *json)
{
    if (!json) {
        cli_errf("out of memory");
        return EXIT_DATA;
    }
    fputs(json, f);
    fputc('\n', f);
    free(json);
    return EXIT_OK;
}

int output_finish(zb_outfile *o, table *t, int as_table, int rc)
{
    if (as_table && rc == EXIT_OK)
        table_print(o->fp, t);
    table_free(t);
    return output_close(o, rc);
}

/* ------------------------------------------------------ the command */

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: zhibiao series [options] [FILE...]\n\n"
            "Group records into time series keyed by zone, indicator, kind, unit, basis and\n"
            "status, one period type per series. Indicator names that differ only in script\n"
            "or trivial wording fall together (alias list: data/aliases.tsv). The same fact\n"
            "from several documents is one point listing its sources; two values for the\n"
            "same key and period are both kept and flagged as a conflict.\n\n"
            "Options:\n"
            "  -t, --table          aligned table instead of JSON Lines\n"
            "  -o, --output FILE    write to FILE (atomically) instead of standard output\n"
            "  -a, --aliases FILE   alias list (default: $ZHIBIAO_ALIASES, else the shipped\n"
            "                       list; ~/.config/zhibiao/aliases.tsv is added when present)\n"
            "  -k, --skip-bad       report bad lines and go on\n"
            "  -h, --help           show this help\n\n"
            "Output: one JSON object per series: zone, indicator, kind, unit, basis, status,\n"
            "period_type, period_class, n, points [{period, x, value, bound, sources}],\n"
            "conflicts, elsewhere (the same key's points of other period types).\n"
            "Warnings (conflicts, split period types) go to standard error.\n\n"
            "Example: zhibiao series --table records.jsonl\n");
}

static const struct option long_options[] = {COMMON_LONG_OPTIONS};

static void series_row(table *t, const zb_series *s)
{
    char n[32], c[32], span[96];
    snprintf(n, sizeof n, "%zu", s->npoints);
    snprintf(c, sizeof c, "%zu", s->nconflicts);
    if (s->period_type == ZB_PERIOD_NONE)
        snprintf(span, sizeof span, "(no period)");
    else if (s->npoints)
        snprintf(span, sizeof span, "%s..%s", s->points[0].period[0] ? s->points[0].period : "-",
                 s->points[s->npoints - 1].period[0] ? s->points[s->npoints - 1].period : "-");
    else
        snprintf(span, sizeof span, "-");
    const char *cells[] = {s->zone, s->indicator, zb_kind_name(s->kind), s->unit, s->basis,
                           zb_status_name(s->status), s->period_class, n, span, c};
    table_add(t, cells);
}

int cmd_series(int argc, char **argv)
{
    common_opts co = {0};
    int c;
    while ((c = getopt_long(argc, argv, COMMON_SHORT, long_options, NULL)) != -1) {
        if (parse_common(c, optarg, &co))
            continue;
        if (c == 'h') {
            usage(stdout);
            return EXIT_OK;
        }
        return cli_usage_error("series", "unknown option '%s'", argv[optind - 1]);
    }
    series_load L;
    zb_outfile o;
    int rc = series_begin(&L, &co, argv + optind, argc - optind, 1, &o);
    if (rc != EXIT_OK)
        return rc;
    table t = {.cols = 10};
    if (co.table) {
        const char *head[] = {"zone", "indicator", "kind", "unit", "basis", "status", "periods", "n",
                              "span", "conflicts"};
        table_add(&t, head);
    }
    size_t ns = zb_series_set_count(L.set);
    for (size_t i = 0; i < ns && rc == EXIT_OK; i++) {
        const zb_series *s = zb_series_set_get(L.set, i);
        if (co.table)
            series_row(&t, s);
        else
            rc = emit_json(o.fp, zb_series_to_json(L.set, s));
    }
    rc = output_finish(&o, &t, co.table, rc);
    series_load_free(&L);
    return rc;
}
