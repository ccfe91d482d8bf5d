/*
 * export.c -- records (or any JSON Lines objects) to CSV, TSV and XLSX.
 *
 * The one idea: every layout produces a sequence of rows of typed cells
 * (text, number, boolean, empty), and one small "sheet" layer turns a cell
 * into either delimited text or a libxlsxwriter call. What differs per
 * format stays in that layer:
 *   - CSV/TSV: RFC 4180 quoting (TSV quotes the same way with a tab), an
 *     optional BOM and CRLF, numbers in plain positional notation
 *     (zb_export_number), and the formula guard: a text cell starting with
 *     = + - @ TAB CR or a full-width ＝＋－＠ gets a leading apostrophe
 *     (OWASP "CSV injection"); numbers are never guarded.
 *   - XLSX: constant_memory mode, so every sheet must be written in row
 *     order; the main sheet and the `sources` sheet each keep their own
 *     row counter and libxlsxwriter keeps one temporary file per sheet, so
 *     writing them interleaved is fine. Text is always a string cell (inert
 *     by construction), cleaned to valid UTF-8 and cut to 32767 characters;
 *     widths follow display width (CJK = 2) and are set at finish, which
 *     libxlsxwriter allows because <cols> is assembled at close.
 * Long records are streamed. The wide layout must see every record before
 * it can order periods, so it keeps them (grouped, with interned strings);
 * generic objects are spooled to a temporary file while their key union is
 * collected, and written at finish.
 */
#include "zhibiao.h"
#include "zb_internal.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#define XLSX_MAX_ROWS 1048576u  /* rows per sheet, header included */
#define XLSX_MAX_COLS 16384u
#define XLSX_MAX_CHARS 32767u   /* characters per string cell */
#define WIDTH_CAP 60u           /* widest column, in Excel character units */
#define FIXED_CREATED 946684800 /* 2000-01-01T00:00:00Z: reproducible files */

enum { MODE_NONE, MODE_RECORDS, MODE_GENERIC };

/* ------------------------------------------------------------ utilities */

/* String -> index maps on zb_smap (the index lives in the slot's num). */

/* Find s; if absent insert it with value next. *found says which. Returns
 * the slot's value, or (size_t)-1 on ENOMEM. *stored (if non-NULL) gets the
 * map's own copy of the key, valid until zb_smap_free. */
static size_t smap_intern(zb_smap *m, const char *s, size_t next, int *found, const char **stored)
{
    int fresh;
    zb_smap_slot *slot = zb_smap_get(m, s, &fresh);
    if (!slot)
        return (size_t)-1;
    if (fresh)
        slot->num = next;
    *found = !fresh;
    if (stored)
        *stored = slot->key;
    return slot->num;
}

/* Value of s, or (size_t)-1 when absent. */
static size_t smap_find(const zb_smap *m, const char *s)
{
    const zb_smap_slot *slot = zb_smap_find(m, s);
    return slot ? slot->num : (size_t)-1;
}

/* Decode one UTF-8 sequence at s[0..n); returns its length (0 when
 * invalid: bad lead, truncated, overlong, surrogate, > U+10FFFF). */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    size_t len;
    uint32_t c, min;
    if ((s[0] & 0xE0) == 0xC0)
        len = 2, c = s[0] & 0x1F, min = 0x80;
    else if ((s[0] & 0xF0) == 0xE0)
        len = 3, c = s[0] & 0x0F, min = 0x800;
    else if ((s[0] & 0xF8) == 0xF0)
        len = 4, c = s[0] & 0x07, min = 0x10000;
    else
        return 0;
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

/* Columns a code point takes in a spreadsheet cell: 2 for East Asian Wide
 * and Fullwidth (CJK, Hangul, full-width forms), 1 otherwise. */
static unsigned cp_width(uint32_t c)
{
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
        (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

/* Display width of UTF-8 s (invalid bytes count 1), widest line. */
static unsigned display_width(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    unsigned w = 0, best = 0;
    while (n) {
        uint32_t c = 0xFFFD;
        size_t k = utf8_decode(p, n, &c);
        if (!k)
            k = 1;
        if (c == '\n') {
            w = 0;
        } else {
            w += cp_width(c);
            if (w > best)
                best = w;
            if (best >= WIDTH_CAP)
                return best;
        }
        p += k;
        n -= k;
    }
    return best;
}

/* ------------------------------------------------------------- numbers */

char *zb_export_number(double x, char *buf, size_t size)
{
    if (!buf || size == 0)
        return buf;
    buf[0] = 0;
    if (isnan(x)) {
        snprintf(buf, size, "NaN");
        return buf;
    }
    if (isinf(x)) {
        snprintf(buf, size, x < 0 ? "-Infinity" : "Infinity");
        return buf;
    }
    if (x == 0) {
        snprintf(buf, size, "0");
        return buf;
    }
    /* Shortest mantissa that reads back equal: d.ddd e E. 15 significant
     * digits (DBL_DIG) with trailing zeros stripped is the shortest form
     * whenever a form of 15 or fewer digits exists; else 16, else 17.
     * Subnormals carry fewer bits: search them from one digit up. */
    char e[48];
    for (int p = fabs(x) < DBL_MIN ? 0 : 14; p <= 16; p++) {
        snprintf(e, sizeof e, "%.*e", p, x);
        if (strtod(e, NULL) == x)
            break;
    }
    const char *s = e;
    int neg = *s == '-';
    if (neg)
        s++;
    char digits[24];
    size_t nd = 0;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9' && nd < sizeof digits - 1)
            digits[nd++] = *s;
    int exp10 = *s == 'e' ? atoi(s + 1) : 0;
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    /* value = 0.d1..dn * 10^(exp10+1): the point goes after exp10+1 digits. */
    long point = (long)exp10 + 1;
    size_t need = point <= 0 ? (size_t)neg + 2 + (size_t)-point + nd
                             : (size_t)neg + ((size_t)point >= nd ? (size_t)point : nd + 1);
    if (need >= size)
        return buf; /* "" rather than a truncated number */
    char *o = buf;
    if (neg)
        *o++ = '-';
    if (point <= 0) {
        *o++ = '0';
        *o++ = '.';
        for (long i = 0; i < -point; i++)
            *o++ = '0';
        memcpy(o, digits, nd);
        o += nd;
    } else {
        for (long i = 0; i < point; i++)
            *o++ = (size_t)i < nd ? digits[i] : '0';
        if ((size_t)point < nd) {
            *o++ = '.';
            memcpy(o, digits + point, nd - (size_t)point);
            o += nd - (size_t)point;
        }
    }
    *o = 0;
    return buf;
}

/* ------------------------------------------------------ the sheet layer */

typedef struct sheet {
    lxw_worksheet *ws;  /* XLSX only */
    size_t row;         /* next row to write; 0 is the header */
    size_t col;         /* next column in the current row (CSV) */
    size_t ncols;
    unsigned *width;    /* widest cell per column (XLSX) */
    size_t width_cap;
    const char *name;
} sheet;

/* One record kept by the wide layout. Strings point into interning maps
 * (doc) or are owned (text, XLSX only). */
typedef struct wide_entry {
    size_t group, period, seq;
    double value;
    zb_bound bound;
    int derived;        /* 1: computed from other figures (records.md) */
    const char *doc;
    char *text;
    int has_offset;
    size_t off_start, off_end;
} wide_entry;

typedef struct wide_group {
    const char *zone, *indicator, *unit, *basis; /* NULL or owned copies */
    zb_kind kind;
    zb_status status;
} wide_group;

struct zb_export {
    zb_export_opts o;
    zb_outfile out;
    int finished;
    int failed;          /* a write failed: finish must not commit */
    int mode;
    /* CSV/TSV */
    FILE *fp;
    char sep;
    const char *eol;
    /* XLSX */
    lxw_workbook *wb;
    char *own_tmp;       /* XLSX to a stream: our temporary file */
    lxw_format *f_head, *f_int, *f_big, *f_dec;
    sheet main, src;
    zb_buf cell;         /* scratch for cleaned strings and notes */
    /* wide */
    zb_smap groups_by_key, periods_by_name, docs;
    wide_group *groups;
    size_t ngroups, groups_cap;
    const char **periods;
    size_t nperiods, periods_cap;
    wide_entry *entries;
    size_t nentries, entries_cap;
    /* generic */
    FILE *spool;
    size_t nspooled;
    zb_smap key_index;
    const char **keys;
    size_t nkeys, keys_cap;
};

static int is_xlsx(const zb_export *ex)
{
    return ex->o.format == ZB_EXPORT_XLSX;
}

static int io_fail(zb_export *ex, zb_error *err)
{
    ex->failed = 1;
    return zb_error_set(err, ZB_EIO, "%s: write error: %s",
                        ex->out.path ? ex->out.path : "<stdout>", strerror(errno));
}

static int lxw_fail(zb_export *ex, lxw_error e, zb_error *err)
{
    ex->failed = 1;
    return zb_error_set(err, ZB_EDEP, "libxlsxwriter: %s", lxw_strerror(e));
}

/* Does a text cell start with something a spreadsheet would evaluate? */
static int needs_guard(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == '=' || u[0] == '+' || u[0] == '-' || u[0] == '@' || u[0] == '\t' || u[0] == '\r')
        return 1;
    /* U+FF1D ＝ EF BC 9D, U+FF0B ＋ EF BC 8B, U+FF0D － EF BC 8D, U+FF20 ＠ EF BC A0 */
    return u[0] == 0xEF && u[1] == 0xBC &&
           (u[2] == 0x9D || u[2] == 0x8B || u[2] == 0x8D || u[2] == 0xA0);
}

static void note_width(sheet *sh, size_t col, unsigned w)
{
    if (col + 1 > sh->ncols)
        sh->ncols = col + 1;
    if (col >= sh->width_cap) {
        size_t cap = sh->width_cap ? sh->width_cap : 16;
        while (cap <= col)
            cap *= 2;
        unsigned *p = realloc(sh->width, cap * sizeof *p);
        if (!p)
            return; /* widths are cosmetic */
        memset(p + sh->width_cap, 0, (cap - sh->width_cap) * sizeof *p);
        sh->width = p;
        sh->width_cap = cap;
    }
    if (w > sh->width[col])
        sh->width[col] = w;
}

/* Start the next row of sh; ZB_ELIMIT past the XLSX row limit. */
static int row_begin(zb_export *ex, sheet *sh, zb_error *err)
{
    if (is_xlsx(ex) && sh->row >= XLSX_MAX_ROWS) {
        ex->failed = 1;
        return zb_error_set(err, ZB_ELIMIT,
                            "sheet '%s': more than %u rows (the XLSX limit, header included); "
                            "use --format csv", sh->name, XLSX_MAX_ROWS);
    }
    sh->col = 0;
    /* the BOM goes out with the first row, so a failed export to a
     * stream prints nothing at all */
    if (!is_xlsx(ex) && ex->o.bom && sh->row == 0) {
        if (fputs("\xEF\xBB\xBF", ex->fp) == EOF)
            return io_fail(ex, err);
    }
    return ZB_OK;
}

static int row_end(zb_export *ex, sheet *sh, zb_error *err)
{
    sh->row++;
    if (!is_xlsx(ex)) {
        if (fputs(ex->eol, ex->fp) == EOF || ferror(ex->fp))
            return io_fail(ex, err);
    }
    return ZB_OK;
}

static int csv_sep(zb_export *ex, sheet *sh)
{
    if (sh->col++ > 0 && fputc(ex->sep, ex->fp) == EOF)
        return -1;
    return 0;
}

/* Is p (n bytes left) an Excel escape such as _x000D_? */
static int excel_escape_at(const unsigned char *p, size_t n)
{
    if (n < 7 || p[0] != '_' || p[1] != 'x' || p[6] != '_')
        return 0;
    for (int i = 2; i < 6; i++)
        if (!((p[i] >= '0' && p[i] <= '9') || ((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'f')))
            return 0;
    return 1;
}

/* Clean s for XLSX into ex->cell: invalid UTF-8 -> U+FFFD; a literal
 * "_xHHHH_" gets its '_' escaped as _x005F_ (Excel would otherwise decode
 * it as a character, the way libxlsxwriter's control-character escapes
 * are meant); at most XLSX_MAX_CHARS characters, escapes counted. Returns
 * 1 when truncated; *nchars is the length of s in characters. */
static int xlsx_clean(zb_export *ex, const char *s, size_t *nchars)
{
    zb_buf *b = &ex->cell;
    b->len = 0;
    zb_buf_put(b, "", 0);
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), count = 0, used = 0;
    int cut = 0;
    while (n) {
        uint32_t c;
        size_t k = utf8_decode(p, n, &c);
        int esc = excel_escape_at(p, n);
        size_t w = esc ? 7 : 1;
        if (!cut && used + w > XLSX_MAX_CHARS)
            cut = 1;
        if (!cut) {
            if (esc)
                zb_buf_puts(b, "_x005F_");
            else if (k && c != 0xFFFE && c != 0xFFFF)
                zb_buf_put(b, (const char *)p, k);
            else
                zb_buf_put(b, "\xEF\xBF\xBD", 3);
            used += w;
        }
        k = k ? k : 1;
        p += k, n -= k, count++;
    }
    *nchars = count;
    return cut;
}

static int col_limit(zb_export *ex, const sheet *sh, zb_error *err)
{
    ex->failed = 1;
    return zb_error_set(err, ZB_ELIMIT, "sheet '%s': more than %u columns (the XLSX limit)",
                        sh->name, XLSX_MAX_COLS);
}

/* A text cell; NULL is an empty cell. */
static int cell_text(zb_export *ex, sheet *sh, const char *s, zb_error *err)
{
    size_t col = sh->col;
    if (!is_xlsx(ex)) {
        if (csv_sep(ex, sh))
            return io_fail(ex, err);
        if (!s)
            return ZB_OK;
        int guard = !ex->o.raw && needs_guard(s);
        int quote = strchr(s, ex->sep) || strpbrk(s, "\"\r\n");
        int bad = 0;
        if (quote)
            bad |= fputc('"', ex->fp) == EOF;
        if (guard)
            bad |= fputc('\'', ex->fp) == EOF;
        for (const char *p = s; *p && !bad; p++) {
            if (*p == '"')
                bad |= fputc('"', ex->fp) == EOF;
            bad |= fputc(*p, ex->fp) == EOF;
        }
        if (quote)
            bad |= fputc('"', ex->fp) == EOF;
        return bad ? io_fail(ex, err) : ZB_OK;
    }
    sh->col++;
    if (!s)
        return ZB_OK;
    if (col >= XLSX_MAX_COLS)
        return col_limit(ex, sh, err);
    size_t nchars;
    if (xlsx_clean(ex, s, &nchars))
        zb_warnf(ex->o.warn, ex->o.warn_user,
                 "sheet '%s' row %zu column %zu: text of %zu characters cut to %u (the XLSX limit)",
                 sh->name, sh->row + 1, col + 1, nchars, XLSX_MAX_CHARS);
    if (ex->cell.oom)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    lxw_format *f = sh->row == 0 ? ex->f_head : NULL;
    lxw_error e = worksheet_write_string(sh->ws, (lxw_row_t)sh->row, (lxw_col_t)col, ex->cell.s, f);
    if (e != LXW_NO_ERROR)
        return lxw_fail(ex, e, err);
    note_width(sh, col, display_width(ex->cell.s));
    return ZB_OK;
}

/* A number cell: plain notation in CSV; a typed number in XLSX with a
 * format that never shows exponents. NaN/Inf become text. */
static int cell_num(zb_export *ex, sheet *sh, double x, zb_error *err)
{
    char num[400];
    zb_export_number(x, num, sizeof num);
    if (!isfinite(x))
        return cell_text(ex, sh, num, err);
    if (!is_xlsx(ex)) {
        if (csv_sep(ex, sh) || fputs(num, ex->fp) == EOF)
            return io_fail(ex, err);
        return ZB_OK;
    }
    size_t col = sh->col++;
    if (col >= XLSX_MAX_COLS)
        return col_limit(ex, sh, err);
    lxw_format *f;
    unsigned w = (unsigned)strlen(num);
    if (x != floor(x)) {
        f = ex->f_dec;
    } else if (fabs(x) >= 10000) {
        f = ex->f_big;
        w += w / 3; /* thousands separators */
    } else {
        f = ex->f_int;
    }
    lxw_error e = worksheet_write_number(sh->ws, (lxw_row_t)sh->row, (lxw_col_t)col, x, f);
    if (e != LXW_NO_ERROR)
        return lxw_fail(ex, e, err);
    note_width(sh, col, w > WIDTH_CAP ? WIDTH_CAP : w);
    return ZB_OK;
}

static int cell_bool(zb_export *ex, sheet *sh, int v, zb_error *err)
{
    if (!is_xlsx(ex))
        return cell_text(ex, sh, v ? "true" : "false", err);
    size_t col = sh->col++;
    if (col >= XLSX_MAX_COLS)
        return col_limit(ex, sh, err);
    lxw_error e = worksheet_write_boolean(sh->ws, (lxw_row_t)sh->row, (lxw_col_t)col, v, NULL);
    if (e != LXW_NO_ERROR)
        return lxw_fail(ex, e, err);
    note_width(sh, col, 5);
    return ZB_OK;
}

static int cell_size(zb_export *ex, sheet *sh, int present, size_t v, zb_error *err)
{
    if (!present)
        return cell_text(ex, sh, NULL, err);
    return cell_num(ex, sh, (double)v, err);
}

static int write_header(zb_export *ex, sheet *sh, const char *const *names, size_t n,
                        zb_error *err)
{
    int rc = row_begin(ex, sh, err);
    for (size_t i = 0; i < n && rc == ZB_OK; i++)
        rc = cell_text(ex, sh, names[i], err);
    return rc ? rc : row_end(ex, sh, err);
}

/* ------------------------------------------------------------- layouts */

static const char *const long_columns[] = {
    "doc", "published", "zone", "indicator", "kind", "value", "unit", "bound", "status",
    "period", "basis", "text", "offset_start", "offset_end", "derived"};
#define LONG_NCOLS (sizeof long_columns / sizeof long_columns[0])
#define LONG_VALUE_COL 5

static const char *const source_columns[] = {"cell", "value", "doc", "offset_start",
                                             "offset_end", "quote"};
#define SOURCE_NCOLS (sizeof source_columns / sizeof source_columns[0])

static const char *const wide_key_columns[] = {"zone", "indicator", "kind", "unit", "status",
                                               "basis"};
#define WIDE_NKEYS (sizeof wide_key_columns / sizeof wide_key_columns[0])
#define NO_PERIOD ((size_t)-1)
#define NO_PERIOD_NAME "(no period)"

/* Create the sheets once the kind of input is known. */
static int begin_mode(zb_export *ex, int mode, zb_error *err)
{
    ex->mode = mode;
    int records = mode == MODE_RECORDS;
    int wide = ex->o.layout == ZB_EXPORT_WIDE;
    ex->main.name = !records ? "data" : wide ? "wide" : "records";
    ex->src.name = "sources";
    if (is_xlsx(ex)) {
        ex->main.ws = workbook_add_worksheet(ex->wb, ex->main.name);
        if (records && !(ex->src.ws = workbook_add_worksheet(ex->wb, ex->src.name)))
            return zb_error_set(err, ZB_EDEP, "libxlsxwriter: cannot add sheet '%s'", ex->src.name);
        if (!ex->main.ws)
            return zb_error_set(err, ZB_EDEP, "libxlsxwriter: cannot add sheet '%s'", ex->main.name);
    }
    if (!records || wide)
        return ZB_OK; /* headers known at finish */
    int rc = write_header(ex, &ex->main, long_columns, LONG_NCOLS, err);
    if (rc == ZB_OK && is_xlsx(ex))
        rc = write_header(ex, &ex->src, source_columns, SOURCE_NCOLS, err);
    return rc;
}

/* One sources row: the cell (A1 name in the main sheet) and where its
 * number came from. */
static int write_source(zb_export *ex, size_t row, size_t col, double value, const char *doc,
                        const char *text, int has_offset, size_t start, size_t end,
                        zb_error *err)
{
    char ref[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(ref, (lxw_row_t)row, (lxw_col_t)col);
    sheet *sh = &ex->src;
    int rc = row_begin(ex, sh, err);
    if (rc == ZB_OK)
        rc = cell_text(ex, sh, ref, err);
    if (rc == ZB_OK)
        rc = cell_num(ex, sh, value, err);
    if (rc == ZB_OK)
        rc = cell_text(ex, sh, doc, err);
    if (rc == ZB_OK)
        rc = cell_size(ex, sh, has_offset, start, err);
    if (rc == ZB_OK)
        rc = cell_size(ex, sh, has_offset, end, err);
    if (rc == ZB_OK)
        rc = cell_text(ex, sh, text, err);
    return rc ? rc : row_end(ex, sh, err);
}

/* The source clause of r: its text, or the "quote" of a gold-file record
 * (an extra field); NULL when it has neither. */
static const char *record_quote(const zb_record *r)
{
    if (r->text || !r->extra)
        return r->text;
    const cJSON *q = cJSON_GetObjectItemCaseSensitive((const cJSON *)r->extra, "quote");
    return cJSON_IsString(q) ? q->valuestring : NULL;
}

static int long_row(zb_export *ex, const zb_record *r, zb_error *err)
{
    sheet *sh = &ex->main;
    size_t row = sh->row;
    int rc = row_begin(ex, sh, err);
    const char *texts[] = {r->doc, r->published, r->zone, r->indicator,
                           zb_kind_name(r->kind)};
    for (size_t i = 0; i < 5 && rc == ZB_OK; i++)
        rc = cell_text(ex, sh, texts[i], err);
    if (rc == ZB_OK)
        rc = cell_num(ex, sh, r->value, err);
    const char *more[] = {r->unit, zb_bound_name(r->bound), zb_status_name(r->status),
                          r->period, r->basis, r->text};
    for (size_t i = 0; i < 6 && rc == ZB_OK; i++)
        rc = cell_text(ex, sh, more[i], err);
    if (rc == ZB_OK)
        rc = cell_size(ex, sh, r->has_offset, r->off_start, err);
    if (rc == ZB_OK)
        rc = cell_size(ex, sh, r->has_offset, r->off_end, err);
    if (rc == ZB_OK)
        rc = r->derived == ZB_ABSENT ? cell_text(ex, sh, NULL, err)
                                     : cell_bool(ex, sh, r->derived, err);
    if (rc == ZB_OK)
        rc = row_end(ex, sh, err);
    if (rc == ZB_OK && is_xlsx(ex))
        rc = write_source(ex, row, LONG_VALUE_COL, r->value, r->doc, record_quote(r), r->has_offset,
                          r->off_start, r->off_end, err);
    return rc;
}

/* --- wide: keep, then group and order at finish --- */

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void put_key_part(zb_buf *b, const char *s)
{
    if (s)
        zb_buf_puts(b, s);
    else
        zb_buf_put(b, "\x1e", 1); /* NULL differs from "" */
    zb_buf_put(b, "\x1f", 1);
}

static int wide_add(zb_export *ex, const zb_record *r, zb_error *err)
{
    zb_buf *k = &ex->cell;
    k->len = 0;
    zb_buf_put(k, "", 0);
    put_key_part(k, r->zone);
    put_key_part(k, r->indicator);
    put_key_part(k, zb_kind_name(r->kind));
    put_key_part(k, r->unit);
    put_key_part(k, zb_status_name(r->status));
    put_key_part(k, r->basis);
    if (k->oom)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    int found;
    size_t g = smap_intern(&ex->groups_by_key, k->s, ex->ngroups, &found, NULL);
    if (g == (size_t)-1)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    if (!found) {
        if (zb_grow(&ex->groups, &ex->groups_cap, ex->ngroups, sizeof *ex->groups, 64))
            return zb_error_set(err, ZB_ENOMEM, "out of memory");
        wide_group *wg = &ex->groups[ex->ngroups++];
        memset(wg, 0, sizeof *wg);
        wg->kind = r->kind;
        wg->status = r->status;
        wg->zone = dup_or_null(r->zone);
        wg->indicator = dup_or_null(r->indicator);
        wg->unit = dup_or_null(r->unit);
        wg->basis = dup_or_null(r->basis);
        if ((r->zone && !wg->zone) || (r->indicator && !wg->indicator) ||
            (r->unit && !wg->unit) || (r->basis && !wg->basis))
            return zb_error_set(err, ZB_ENOMEM, "out of memory");
    }
    size_t p = NO_PERIOD;
    if (r->period) {
        const char *name;
        p = smap_intern(&ex->periods_by_name, r->period, ex->nperiods, &found, &name);
        if (p == (size_t)-1)
            return zb_error_set(err, ZB_ENOMEM, "out of memory");
        if (!found) {
            if (zb_grow(&ex->periods, &ex->periods_cap, ex->nperiods, sizeof *ex->periods, 64))
                return zb_error_set(err, ZB_ENOMEM, "out of memory");
            ex->periods[ex->nperiods++] = name;
        }
    }
    const char *doc = NULL;
    if (r->doc && smap_intern(&ex->docs, r->doc, 0, &found, &doc) == (size_t)-1)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    if (zb_grow(&ex->entries, &ex->entries_cap, ex->nentries, sizeof *ex->entries, 64))
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    wide_entry *e = &ex->entries[ex->nentries];
    memset(e, 0, sizeof *e);
    e->group = g;
    e->period = p;
    e->seq = ex->nentries;
    e->value = r->value;
    e->bound = r->bound;
    e->derived = r->derived == 1;
    e->doc = doc;
    e->has_offset = r->has_offset;
    e->off_start = r->off_start;
    e->off_end = r->off_end;
    const char *quote = record_quote(r);
    if (is_xlsx(ex) && quote && !(e->text = strdup(quote)))
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    ex->nentries++;
    return ZB_OK;
}

typedef struct period_key {
    const char *name;
    int parsed;
    long start, end;
    size_t index;
} period_key;

/* Chronological, on month spans from zb_period_parse: by last month, then
 * the shorter span first (2024-06, 2024-Q2, 2024-H1, 2024-01/2024-06),
 * then by text; periods that do not parse go last, by text. */
static int cmp_period(const void *a, const void *b)
{
    const period_key *x = a, *y = b;
    if (x->parsed != y->parsed)
        return x->parsed ? -1 : 1;
    if (x->parsed) {
        if (x->end != y->end)
            return x->end < y->end ? -1 : 1;
        if (x->start != y->start)
            return x->start > y->start ? -1 : 1;
    }
    return strcmp(x->name, y->name);
}

static int cmp_str_null(const char *a, const char *b)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

/* qsort has no user pointer: sort an array of entry pointers carrying
 * ranks computed beforehand. */
typedef struct entry_ref {
    size_t grank, prank, seq;
    wide_entry *e;
} entry_ref;

static int cmp_entry(const void *a, const void *b)
{
    const entry_ref *x = a, *y = b;
    if (x->grank != y->grank)
        return x->grank < y->grank ? -1 : 1;
    if (x->prank != y->prank)
        return x->prank < y->prank ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

typedef struct group_ref {
    const wide_group *g;
    size_t index;
} group_ref;

static int cmp_group(const void *a, const void *b)
{
    const wide_group *x = ((const group_ref *)a)->g, *y = ((const group_ref *)b)->g;
    int c;
    if ((c = cmp_str_null(x->zone, y->zone)) || (c = cmp_str_null(x->indicator, y->indicator)))
        return c;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    if ((c = cmp_str_null(x->unit, y->unit)))
        return c;
    if (x->status != y->status)
        return x->status < y->status ? -1 : 1;
    return cmp_str_null(x->basis, y->basis);
}

static int same_value(const wide_entry *a, const wide_entry *b)
{
    return a->value == b->value && a->bound == b->bound;
}

/* Write the row of one group, refs[0..n) sorted by period rank, then its
 * sources rows (XLSX). cell_of[p] gets the first entry of each period
 * column p; later different values go to the note and to warn. */
static int wide_group_row(zb_export *ex, const wide_group *g, entry_ref *refs, size_t n,
                          size_t ncols, wide_entry **cell_of, const char **col_name,
                          zb_buf *note, zb_error *err)
{
    sheet *sh = &ex->main;
    size_t row = sh->row;
    memset(cell_of, 0, ncols * sizeof *cell_of);
    note->len = 0;
    zb_buf_put(note, "", 0);
    char num[400], num2[400];
    for (size_t i = 0; i < n; i++) {
        wide_entry *e = refs[i].e;
        size_t p = refs[i].prank;
        if (!cell_of[p]) {
            cell_of[p] = e;
            if (e->bound != ZB_BOUND_EQ || e->derived) {
                zb_buf_puts(note, note->len ? "; " : "");
                zb_buf_puts(note, col_name[p]);
                zb_buf_puts(note, ":");
            }
            if (e->bound != ZB_BOUND_EQ) {
                zb_buf_puts(note, " bound ");
                zb_buf_puts(note, zb_bound_name(e->bound));
            }
            if (e->derived)
                zb_buf_puts(note, " derived");
            continue;
        }
        if (same_value(cell_of[p], e))
            continue; /* the same figure again (another document): sources lists both */
        zb_export_number(e->value, num, sizeof num);
        zb_export_number(cell_of[p]->value, num2, sizeof num2);
        zb_buf_puts(note, note->len ? "; " : "");
        zb_buf_puts(note, col_name[p]);
        zb_buf_puts(note, ": also ");
        zb_buf_puts(note, num);
        if (e->bound != ZB_BOUND_EQ) {
            zb_buf_puts(note, " (");
            zb_buf_puts(note, zb_bound_name(e->bound));
            zb_buf_puts(note, ")");
        }
        zb_buf_puts(note, " in ");
        zb_buf_puts(note, e->doc ? e->doc : "?");
        zb_warnf(ex->o.warn, ex->o.warn_user,
                 "wide: %s %s %s: %s (%s) and %s (%s) in one cell; kept the first, "
                 "the other is in the note column",
                 g->zone ? g->zone : "-", g->indicator ? g->indicator : "-", col_name[p], num2,
                 cell_of[p]->doc ? cell_of[p]->doc : "?", num, e->doc ? e->doc : "?");
    }
    if (note->oom)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    int rc = row_begin(ex, sh, err);
    const char *keys[WIDE_NKEYS] = {g->zone, g->indicator, zb_kind_name(g->kind), g->unit,
                                    zb_status_name(g->status), g->basis};
    for (size_t i = 0; i < WIDE_NKEYS && rc == ZB_OK; i++)
        rc = cell_text(ex, sh, keys[i], err);
    for (size_t p = 0; p < ncols && rc == ZB_OK; p++)
        rc = cell_of[p] ? cell_num(ex, sh, cell_of[p]->value, err) : cell_text(ex, sh, NULL, err);
    /* the note has its own buffer: cell_text cleans XLSX text in ex->cell */
    if (rc == ZB_OK)
        rc = cell_text(ex, sh, note->len ? note->s : NULL, err);
    if (rc == ZB_OK)
        rc = row_end(ex, sh, err);
    for (size_t i = 0; i < n && rc == ZB_OK && is_xlsx(ex); i++) {
        wide_entry *e = refs[i].e;
        rc = write_source(ex, row, WIDE_NKEYS + refs[i].prank, e->value, e->doc, e->text,
                          e->has_offset, e->off_start, e->off_end, err);
    }
    return rc;
}

static int wide_finish(zb_export *ex, zb_error *err)
{
    int rc = ZB_OK;
    int has_none = 0;
    for (size_t i = 0; i < ex->nentries; i++)
        has_none |= ex->entries[i].period == NO_PERIOD;
    size_t ncols = ex->nperiods + (size_t)has_none;
    period_key *pk = calloc(ex->nperiods + 1, sizeof *pk);
    size_t *prank = calloc(ex->nperiods + 1, sizeof *prank);
    group_ref *gr = calloc(ex->ngroups + 1, sizeof *gr);
    size_t *grank = calloc(ex->ngroups + 1, sizeof *grank);
    entry_ref *refs = calloc(ex->nentries + 1, sizeof *refs);
    wide_entry **cell_of = calloc(ncols + 1, sizeof *cell_of);
    const char **header = calloc(WIDE_NKEYS + ncols + 1, sizeof *header);
    zb_buf note = {0};
    if (!pk || !prank || !gr || !grank || !refs || !cell_of || !header) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < ex->nperiods; i++) {
        pk[i].name = ex->periods[i];
        pk[i].index = i;
        zb_period per;
        pk[i].parsed = zb_period_parse(ex->periods[i], &per, NULL) == ZB_OK &&
                       per.type != ZB_PERIOD_NONE;
        pk[i].start = per.start;
        pk[i].end = per.end;
    }
    qsort(pk, ex->nperiods, sizeof *pk, cmp_period);
    for (size_t i = 0; i < WIDE_NKEYS; i++)
        header[i] = wide_key_columns[i];
    for (size_t i = 0; i < ex->nperiods; i++) {
        prank[pk[i].index] = i;
        header[WIDE_NKEYS + i] = pk[i].name;
    }
    if (has_none)
        header[WIDE_NKEYS + ex->nperiods] = NO_PERIOD_NAME;
    header[WIDE_NKEYS + ncols] = "note";
    for (size_t i = 0; i < ex->ngroups; i++)
        gr[i].g = &ex->groups[i], gr[i].index = i;
    qsort(gr, ex->ngroups, sizeof *gr, cmp_group);
    for (size_t i = 0; i < ex->ngroups; i++)
        grank[gr[i].index] = i;
    for (size_t i = 0; i < ex->nentries; i++) {
        wide_entry *e = &ex->entries[i];
        refs[i].e = e;
        refs[i].seq = e->seq;
        refs[i].grank = grank[e->group];
        refs[i].prank = e->period == NO_PERIOD ? ex->nperiods : prank[e->period];
    }
    qsort(refs, ex->nentries, sizeof *refs, cmp_entry);
    if (is_xlsx(ex) && WIDE_NKEYS + ncols + 1 > XLSX_MAX_COLS) {
        rc = zb_error_set(err, ZB_ELIMIT, "wide: %zu periods need more than %u columns",
                          ncols, XLSX_MAX_COLS);
        goto out;
    }
    rc = write_header(ex, &ex->main, header, WIDE_NKEYS + ncols + 1, err);
    if (rc == ZB_OK && is_xlsx(ex))
        rc = write_header(ex, &ex->src, source_columns, SOURCE_NCOLS, err);
    for (size_t i = 0; i < ex->nentries && rc == ZB_OK;) {
        size_t j = i;
        while (j < ex->nentries && refs[j].grank == refs[i].grank)
            j++;
        rc = wide_group_row(ex, &ex->groups[refs[i].e->group], refs + i, j - i, ncols,
                            cell_of, header + WIDE_NKEYS, &note, err);
        i = j;
    }
out:
    free(pk);
    free(prank);
    free(gr);
    free(grank);
    free(refs);
    free(cell_of);
    free(header);
    free(note.s);
    if (rc != ZB_OK)
        ex->failed = 1;
    return rc;
}

/* --- generic JSON objects: spool, collect keys, write at finish --- */

/* Parse one line as a JSON object; returns it (cJSON_Delete) or NULL with
 * err filled. */
/* Drop a leading BOM and trailing line ends. */
static void trim_line(const char **line, size_t *len)
{
    if (*len >= 3 && !memcmp(*line, "\xEF\xBB\xBF", 3))
        *line += 3, *len -= 3;
    while (*len && ((*line)[*len - 1] == '\n' || (*line)[*len - 1] == '\r'))
        (*len)--;
}

/* line must be trimmed (trim_line). */
static cJSON *parse_object(const char *line, size_t len, int *code, zb_error *err)
{
    *code = ZB_EPARSE;
    if (memchr(line, 0, len)) {
        zb_error_set(err, ZB_EPARSE, "not JSON: NUL byte in line");
        return NULL;
    }
    const char *end = NULL;
    cJSON *o = cJSON_ParseWithLengthOpts(line, len, &end, 0);
    if (!o) {
        zb_error_set(err, ZB_EPARSE, "not JSON");
        return NULL;
    }
    for (; end && end < line + len; end++)
        if (*end != ' ' && *end != '\t' && *end != '\r' && *end != '\n') {
            zb_error_set(err, ZB_EPARSE, "not JSON: text after the value (column %zu)",
                         (size_t)(end - line) + 1);
            cJSON_Delete(o);
            return NULL;
        }
    if (!cJSON_IsObject(o)) {
        *code = zb_error_set(err, ZB_EINVALID, "expected a JSON object");
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* Collect o's keys and spool its text (the input text itself, length
 * first: re-printing through cJSON would round numbers to 15 digits). */
static int generic_add(zb_export *ex, const cJSON *o, const char *text, size_t len,
                       zb_error *err)
{
    for (const cJSON *it = o->child; it; it = it->next) {
        int found;
        const char *name;
        if (!it->string)
            continue;
        size_t k = smap_intern(&ex->key_index, it->string, ex->nkeys, &found, &name);
        if (k == (size_t)-1)
            return zb_error_set(err, ZB_ENOMEM, "out of memory");
        if (found)
            continue;
        if (zb_grow(&ex->keys, &ex->keys_cap, ex->nkeys, sizeof *ex->keys, 64))
            return zb_error_set(err, ZB_ENOMEM, "out of memory");
        ex->keys[ex->nkeys++] = name;
    }
    if (fwrite(&len, sizeof len, 1, ex->spool) != 1 || fwrite(text, 1, len, ex->spool) != len)
        return zb_error_set(err, ZB_EIO, "temporary file: %s", strerror(errno));
    ex->nspooled++;
    return ZB_OK;
}

/* Compact JSON text of v, numbers in full precision (cJSON's printer keeps
 * 15 digits when the 17-digit form is within an epsilon), non-finite
 * numbers as null, UTF-8 as is. */
static void json_render(zb_buf *b, const cJSON *v)
{
    char num[400];
    if (cJSON_IsNumber(v)) {
        zb_buf_puts(b, isfinite(v->valuedouble) ? zb_export_number(v->valuedouble, num, sizeof num)
                                            : "null");
    } else if (cJSON_IsString(v)) {
        zb_buf_put(b, "\"", 1);
        for (const unsigned char *p = (const unsigned char *)v->valuestring; *p; p++) {
            const char *esc = *p == '"' ? "\\\"" : *p == '\\' ? "\\\\" : *p == '\n' ? "\\n"
                            : *p == '\r' ? "\\r" : *p == '\t' ? "\\t" : NULL;
            if (esc) {
                zb_buf_puts(b, esc);
            } else if (*p < 0x20) {
                snprintf(num, sizeof num, "\\u%04x", *p);
                zb_buf_puts(b, num);
            } else {
                zb_buf_put(b, (const char *)p, 1);
            }
        }
        zb_buf_put(b, "\"", 1);
    } else if (cJSON_IsArray(v) || cJSON_IsObject(v)) {
        int obj = cJSON_IsObject(v);
        zb_buf_put(b, obj ? "{" : "[", 1);
        for (const cJSON *it = v->child; it; it = it->next) {
            if (it != v->child)
                zb_buf_put(b, ",", 1);
            if (obj) {
                cJSON key = {0};
                key.type = cJSON_String;
                key.valuestring = it->string ? it->string : "";
                json_render(b, &key);
                zb_buf_put(b, ":", 1);
            }
            json_render(b, it);
        }
        zb_buf_put(b, obj ? "}" : "]", 1);
    } else {
        zb_buf_puts(b, cJSON_IsTrue(v) ? "true" : cJSON_IsFalse(v) ? "false" : "null");
    }
}

static int generic_cell(zb_export *ex, const cJSON *v, zb_error *err)
{
    sheet *sh = &ex->main;
    if (!v || cJSON_IsNull(v))
        return cell_text(ex, sh, NULL, err);
    if (cJSON_IsNumber(v))
        return cell_num(ex, sh, v->valuedouble, err);
    if (cJSON_IsBool(v))
        return cell_bool(ex, sh, cJSON_IsTrue(v), err);
    if (cJSON_IsString(v))
        return cell_text(ex, sh, v->valuestring, err);
    zb_buf b = {0};
    json_render(&b, v);
    int rc = b.oom ? zb_error_set(err, ZB_ENOMEM, "out of memory") : cell_text(ex, sh, b.s, err);
    free(b.s);
    return rc;
}

static int generic_finish(zb_export *ex, zb_error *err)
{
    int rc = write_header(ex, &ex->main, ex->keys, ex->nkeys, err);
    const cJSON **cells = calloc(ex->nkeys + 1, sizeof *cells);
    char *line = NULL;
    size_t cap = 0;
    if (!cells)
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
    if (rc == ZB_OK && (fflush(ex->spool) != 0 || fseek(ex->spool, 0, SEEK_SET) != 0))
        rc = zb_error_set(err, ZB_EIO, "temporary file: %s", strerror(errno));
    for (size_t i = 0; i < ex->nspooled && rc == ZB_OK; i++) {
        size_t n;
        if (fread(&n, sizeof n, 1, ex->spool) != 1) {
            rc = zb_error_set(err, ZB_EIO, "temporary file: short read");
            break;
        }
        if (n + 1 > cap) {
            char *p = realloc(line, n + 1);
            if (!p) {
                rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
                break;
            }
            line = p;
            cap = n + 1;
        }
        if (fread(line, 1, n, ex->spool) != n) {
            rc = zb_error_set(err, ZB_EIO, "temporary file: short read");
            break;
        }
        cJSON *o = cJSON_ParseWithLength(line, n);
        if (!o) {
            rc = zb_error_set(err, ZB_EIO, "temporary file: corrupt");
            break;
        }
        memset(cells, 0, ex->nkeys * sizeof *cells);
        for (const cJSON *it = o->child; it; it = it->next) {
            size_t k = it->string ? smap_find(&ex->key_index, it->string) : (size_t)-1;
            if (k < ex->nkeys && !cells[k])
                cells[k] = it;
        }
        rc = row_begin(ex, &ex->main, err);
        for (size_t k = 0; k < ex->nkeys && rc == ZB_OK; k++)
            rc = generic_cell(ex, cells[k], err);
        if (rc == ZB_OK)
            rc = row_end(ex, &ex->main, err);
        cJSON_Delete(o);
    }
    free(line);
    free(cells);
    if (rc != ZB_OK)
        ex->failed = 1;
    return rc;
}

/* ------------------------------------------------------------- the API */

void zb_export_opts_init(zb_export_opts *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->format = ZB_EXPORT_CSV;
    opts->layout = ZB_EXPORT_LONG;
    opts->bom = 1;
}

int zb_export_format_parse(const char *s, zb_export_format *out)
{
    static const char *const names[] = {"csv", "tsv", "xlsx"};
    for (int i = 0; s && i < 3; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = (zb_export_format)i;
            return ZB_OK;
        }
    return ZB_EUSAGE;
}

int zb_export_layout_parse(const char *s, zb_export_layout *out)
{
    if (s && strcmp(s, "long") == 0)
        *out = ZB_EXPORT_LONG;
    else if (s && strcmp(s, "wide") == 0)
        *out = ZB_EXPORT_WIDE;
    else
        return ZB_EUSAGE;
    return ZB_OK;
}

/* XLSX: open the workbook on the temporary path zb_outfile made (its FILE
 * stays open and unwritten, so commit's fsync covers what libxlsxwriter
 * wrote), or on a temporary file of our own when the output is a stream. */
static int xlsx_open(zb_export *ex, zb_error *err)
{
    const char *target = ex->out.tmp;
    if (!target) {
        const char *dir = getenv("TMPDIR");
        size_t n = strlen(dir && *dir ? dir : "/tmp") + sizeof "/zhibiao-xlsx-XXXXXX";
        if (!(ex->own_tmp = malloc(n)))
            return zb_error_set(err, ZB_ENOMEM, "out of memory");
        snprintf(ex->own_tmp, n, "%s/zhibiao-xlsx-XXXXXX", dir && *dir ? dir : "/tmp");
        int fd = mkstemp(ex->own_tmp);
        if (fd < 0) {
            int e = errno;
            free(ex->own_tmp);
            ex->own_tmp = NULL;
            return zb_error_set(err, ZB_EIO, "temporary file: %s", strerror(e));
        }
        close(fd);
        target = ex->own_tmp;
    }
    lxw_workbook_options wo = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
    if (!(ex->wb = workbook_new_opt(target, &wo)))
        return zb_error_set(err, ZB_EDEP, "libxlsxwriter: cannot start a workbook at %s", target);
    lxw_doc_properties props = {0};
    props.created = FIXED_CREATED;
    props.title = "zhibiao export";
    workbook_set_properties(ex->wb, &props);
    ex->f_head = workbook_add_format(ex->wb);
    ex->f_int = workbook_add_format(ex->wb);
    ex->f_big = workbook_add_format(ex->wb);
    ex->f_dec = workbook_add_format(ex->wb);
    if (!ex->f_head || !ex->f_int || !ex->f_big || !ex->f_dec)
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    format_set_bold(ex->f_head);
    format_set_num_format(ex->f_int, "0");
    format_set_num_format(ex->f_big, "#,##0");
    format_set_num_format(ex->f_dec, "#,##0.0###############");
    return ZB_OK;
}

zb_export *zb_export_new(const zb_export_opts *opts, const char *path, zb_error *err)
{
    zb_export_opts def;
    if (!opts) {
        zb_export_opts_init(&def);
        opts = &def;
    }
    if ((unsigned)opts->format > ZB_EXPORT_XLSX || (unsigned)opts->layout > ZB_EXPORT_WIDE) {
        zb_error_set(err, ZB_EUSAGE, "export: unknown format or layout");
        return NULL;
    }
    zb_export *ex = calloc(1, sizeof *ex);
    if (!ex) {
        zb_error_set(err, ZB_ENOMEM, "out of memory");
        return NULL;
    }
    ex->o = *opts;
    ex->sep = opts->format == ZB_EXPORT_TSV ? '\t' : ',';
    ex->eol = opts->crlf ? "\r\n" : "\n";
    if (zb_outfile_open(&ex->out, path, err) != ZB_OK) {
        free(ex);
        return NULL;
    }
    ex->fp = ex->out.fp;
    int rc = is_xlsx(ex) ? xlsx_open(ex, err) : ZB_OK;
    if (rc != ZB_OK) {
        zb_export_free(ex);
        return NULL;
    }
    return ex;
}

int zb_export_add_record(zb_export *ex, const zb_record *r, zb_error *err)
{
    if (ex->finished || ex->failed)
        return zb_error_set(err, ZB_EUSAGE, "export: already finished or failed");
    if (ex->mode == MODE_GENERIC)
        return zb_error_set(err, ZB_EUSAGE, "a record among generic JSON objects");
    if (ex->mode == MODE_NONE) {
        int rc = begin_mode(ex, MODE_RECORDS, err);
        if (rc != ZB_OK)
            return ex->failed = 1, rc;
    }
    if (ex->o.layout == ZB_EXPORT_WIDE)
        return wide_add(ex, r, err);
    return long_row(ex, r, err);
}

static int add_object(zb_export *ex, const cJSON *o, const char *text, size_t len,
                      zb_error *err)
{
    if (ex->o.layout == ZB_EXPORT_WIDE)
        return zb_error_set(err, ZB_EUSAGE, "the wide layout needs records, not generic JSON objects");
    if (ex->mode == MODE_RECORDS)
        return zb_error_set(err, ZB_EUSAGE, "a generic JSON object among records");
    if (ex->mode == MODE_NONE) {
        if (!(ex->spool = tmpfile()))
            return zb_error_set(err, ZB_EIO, "temporary file: %s", strerror(errno));
        int rc = begin_mode(ex, MODE_GENERIC, err);
        if (rc != ZB_OK)
            return ex->failed = 1, rc;
    }
    return generic_add(ex, o, text, len, err);
}

int zb_export_add_json(zb_export *ex, const char *line, size_t len, zb_error *err)
{
    if (ex->finished || ex->failed)
        return zb_error_set(err, ZB_EUSAGE, "export: already finished or failed");
    int code;
    trim_line(&line, &len);
    cJSON *o = parse_object(line, len, &code, err);
    if (!o)
        return code;
    int rc = add_object(ex, o, line, len, err);
    cJSON_Delete(o);
    return rc;
}

/* Is the object meant as a record? "doc" and "indicator" are what no
 * trend/compare/series summary carries at its top level; a record missing
 * other fields is then reported by zb_record_parse instead of being
 * exported silently as a generic object. */
static int looks_like_record(const cJSON *o)
{
    return cJSON_GetObjectItemCaseSensitive(o, "doc") &&
           cJSON_GetObjectItemCaseSensitive(o, "indicator");
}

/* After a record failed to parse in a record export: say so plainly when
 * the line is some other JSON object (mixed input). */
static void explain_not_record(const char *line, size_t len, zb_error *err)
{
    int code;
    trim_line(&line, &len);
    cJSON *o = parse_object(line, len, &code, NULL);
    if (o && !looks_like_record(o) && err) {
        char msg[400];
        snprintf(msg, sizeof msg, "%.380s", err->message);
        zb_error_set(err, ZB_EINVALID,
                     "a JSON object that is not a record, in a record export (%s)", msg);
    }
    cJSON_Delete(o);
}

int zb_export_add_line(zb_export *ex, const char *line, size_t len, zb_error *err)
{
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '\n'))
        i++;
    if (i == len)
        return ZB_OK;
    if (ex->finished || ex->failed)
        return zb_error_set(err, ZB_EUSAGE, "export: already finished or failed");
    int rc;
    if (ex->mode != MODE_RECORDS) {
        int code;
        const char *t = line;
        size_t tlen = len;
        trim_line(&t, &tlen);
        cJSON *o = parse_object(t, tlen, &code, err);
        if (!o)
            return code;
        int rec = ex->mode == MODE_NONE && looks_like_record(o);
        rc = rec ? ZB_OK : add_object(ex, o, t, tlen, err);
        cJSON_Delete(o);
        if (!rec)
            return rc;
    }
    zb_record r;
    zb_record_init(&r);
    rc = zb_record_parse(line, len, &r, err);
    if (rc == ZB_EINVALID && ex->mode == MODE_RECORDS)
        explain_not_record(line, len, err);
    if (rc == ZB_OK)
        rc = zb_export_add_record(ex, &r, err);
    zb_record_clear(&r);
    return rc;
}

static void finish_sheet(sheet *sh)
{
    if (!sh->ws)
        return;
    worksheet_freeze_panes(sh->ws, 1, 0);
    size_t ncols = sh->ncols ? sh->ncols : 1;
    size_t last = sh->row ? sh->row - 1 : 0;
    worksheet_autofilter(sh->ws, 0, 0, (lxw_row_t)last, (lxw_col_t)(ncols - 1));
    for (size_t c = 0; c < sh->ncols && c < sh->width_cap; c++) {
        unsigned w = sh->width[c] + 2; /* room for the filter button */
        worksheet_set_column(sh->ws, (lxw_col_t)c, (lxw_col_t)c, w > WIDTH_CAP ? WIDTH_CAP : w,
                             NULL);
    }
}

/* Copy our temporary XLSX to the output stream. */
static int copy_to_stream(zb_export *ex, zb_error *err)
{
    FILE *in = fopen(ex->own_tmp, "rb");
    if (!in)
        return zb_error_set(err, ZB_EIO, "%s: %s", ex->own_tmp, strerror(errno));
    char buf[65536];
    size_t n;
    int rc = ZB_OK;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, ex->out.fp) != n) {
            rc = io_fail(ex, err);
            break;
        }
    if (rc == ZB_OK && ferror(in))
        rc = zb_error_set(err, ZB_EIO, "%s: read error", ex->own_tmp);
    fclose(in);
    return rc;
}

int zb_export_finish(zb_export *ex, zb_error *err)
{
    if (ex->finished)
        return zb_error_set(err, ZB_EUSAGE, "export: finished twice");
    if (ex->failed)
        return zb_error_set(err, ZB_EUSAGE, "export: an earlier error stopped this export");
    ex->finished = 1;
    int rc = ZB_OK;
    if (ex->mode == MODE_NONE)
        rc = begin_mode(ex, MODE_RECORDS, err);
    if (rc == ZB_OK && ex->mode == MODE_RECORDS && ex->o.layout == ZB_EXPORT_WIDE)
        rc = wide_finish(ex, err);
    if (rc == ZB_OK && ex->mode == MODE_GENERIC)
        rc = generic_finish(ex, err);
    if (rc == ZB_OK && is_xlsx(ex)) {
        finish_sheet(&ex->main);
        finish_sheet(&ex->src);
        lxw_error e = workbook_close(ex->wb);
        ex->wb = NULL;
        if (e != LXW_NO_ERROR)
            rc = lxw_fail(ex, e, err);
        if (rc == ZB_OK && ex->own_tmp)
            rc = copy_to_stream(ex, err);
    }
    if (rc != ZB_OK) {
        ex->failed = 1;
        zb_outfile_abort(&ex->out);
        return rc;
    }
    return zb_outfile_commit(&ex->out, err);
}

void zb_export_free(zb_export *ex)
{
    if (!ex)
        return;
    if (ex->wb)
        lxw_workbook_free(ex->wb);
    if (!ex->finished || ex->failed)
        zb_outfile_abort(&ex->out);
    if (ex->own_tmp) {
        unlink(ex->own_tmp);
        free(ex->own_tmp);
    }
    if (ex->spool)
        fclose(ex->spool);
    free(ex->main.width);
    free(ex->src.width);
    free(ex->cell.s);
    for (size_t i = 0; i < ex->ngroups; i++) {
        free((char *)ex->groups[i].zone);
        free((char *)ex->groups[i].indicator);
        free((char *)ex->groups[i].unit);
        free((char *)ex->groups[i].basis);
    }
    free(ex->groups);
    for (size_t i = 0; i < ex->nentries; i++)
        free(ex->entries[i].text);
    free(ex->entries);
    free(ex->periods);
    free(ex->keys);
    zb_smap_free(&ex->groups_by_key);
    zb_smap_free(&ex->periods_by_name);
    zb_smap_free(&ex->docs);
    zb_smap_free(&ex->key_index);
    free(ex);
}
