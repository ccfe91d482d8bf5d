/*
 * zhibiao.h -- the public interface of libzhibiao.
 *
 * libzhibiao turns the figures in Chinese economic news into typed indicator
 * records (see the record contract, datasets/README.md and records.md), groups
 * them into series, computes trends and target comparisons (GSL), and writes
 * gnuplot scripts and spreadsheets.
 *
 * Conventions for every function declared here (the cJSON rule):
 *   - inputs are borrowed: the library never frees or keeps a pointer you pass,
 *     unless the comment says otherwise;
 *   - what a function returns through a pointer or as a `char *` is the
 *     caller's: free it with the matching zb_*_free / zb_*_clear, or free();
 *   - functions that can fail return int: ZB_OK (0) or a negative zb_code,
 *     and fill the caller's zb_error (may be NULL) with the detail;
 *   - the library never prints, never exits, never aborts on bad input.
 *
 * Sections: errors · records · record I/O · output files · decoding and
 * normalisation · numerals · extraction · series and statistics · export ·
 * plots.  Each module owns its section; keep declarations in their section.
 */
#ifndef ZHIBIAO_H
#define ZHIBIAO_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ZB_VERSION "0.1.0"

#if defined(__GNUC__)
#define ZB_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define ZB_PRINTF(a, b)
#endif

/* ------------------------------------------------------------------ errors */

/* Status codes. ZB_OK is 0; every failure is negative. */
typedef enum zb_code {
    ZB_OK = 0,
    ZB_ENOMEM = -1,    /* out of memory */
    ZB_EIO = -2,       /* read, write, open, rename failed (errno in message) */
    ZB_EPARSE = -3,    /* input is not well-formed (not JSON, bad encoding) */
    ZB_EINVALID = -4,  /* well-formed but violates the contract (bad field) */
    ZB_EUSAGE = -5,    /* a caller-supplied option is wrong */
    ZB_EENCODING = -6, /* unknown or unsupported character encoding */
    ZB_ELIMIT = -7,    /* a documented size limit was exceeded */
    ZB_ENUMERIC = -8,  /* a computation is undefined (too few points, ...) */
    ZB_EDEP = -9       /* an external library or tool failed (OpenCC, GSL, ...) */
} zb_code;

/* Detail of a failure, filled by the library, printed only by the CLI as
 * "zhibiao: FILE:LINE: message". line is 1-based, 0 when not applicable. */
typedef struct zb_error {
    int code;
    char file[256];
    size_t line;
    size_t column;
    char message[512];
} zb_error;

/* Static text for a zb_code ("out of memory", ...). Never NULL. */
const char *zb_strerror(int code);

/* Fill err (if non-NULL) with code and a printf-style message; returns code.
 * file/line of err are left untouched. */
int zb_error_set(zb_error *err, int code, const char *fmt, ...) ZB_PRINTF(3, 4);

/* ----------------------------------------------------------------- records */

/* Enumerations of the record contract. *_N is the count, not a value. */
typedef enum zb_kind {
    ZB_KIND_AMOUNT, ZB_KIND_COUNT, ZB_KIND_QUANTITY, ZB_KIND_GROWTH,
    ZB_KIND_SHARE, ZB_KIND_PP, ZB_KIND_RANK, ZB_KIND_N
} zb_kind;

typedef enum zb_bound {
    ZB_BOUND_EQ, ZB_BOUND_GT, ZB_BOUND_GE, ZB_BOUND_LT, ZB_BOUND_LE,
    ZB_BOUND_APPROX, ZB_BOUND_N
} zb_bound;

typedef enum zb_status {
    ZB_STATUS_ACTUAL, ZB_STATUS_ESTIMATE, ZB_STATUS_TARGET, ZB_STATUS_N
} zb_status;

/* "amount", "gt", "target", ...; NULL for an out-of-range value. */
const char *zb_kind_name(zb_kind k);
const char *zb_bound_name(zb_bound b);
const char *zb_status_name(zb_status s);
/* Parse an enumeration name; returns ZB_OK or ZB_EINVALID. */
int zb_kind_parse(const char *s, zb_kind *out);
int zb_bound_parse(const char *s, zb_bound *out);
int zb_status_parse(const char *s, zb_status *out);
/* "amount|count|quantity|growth|share|pp|rank" etc., for messages. */
const char *zb_kind_choices(void);
const char *zb_bound_choices(void);
const char *zb_status_choices(void);

/* Tri-state for optional booleans, so a file round-trips byte for byte. */
enum { ZB_ABSENT = -1 };

/*
 * One indicator record (records.md). Every char * is owned by the record
 * (NULL means JSON null or, for text, absent) and freed by zb_record_clear.
 * Strings are UTF-8.
 */
typedef struct zb_record {
    char *doc;          /* required */
    char *published;    /* YYYY-MM-DD or NULL */
    char *zone;         /* or NULL */
    char *indicator;    /* required */
    zb_kind kind;
    double value;       /* base units (yuan, m2, people, percent as written) */
    char *unit;         /* required: CNY, %, pp, rank, m2, 个, ... */
    zb_bound bound;
    zb_status status;
    char *period;       /* ISO-style period or NULL */
    char *basis;        /* yoy, mom or NULL */
    char *text;         /* source clause; NULL when absent (gold files) */
    int has_offset;     /* offset present? */
    size_t off_start;   /* byte range of number+unit in the decoded UTF-8 */
    size_t off_end;
    int derived;        /* ZB_ABSENT, 0 or 1 */
    void *extra;        /* cJSON object: fields beyond the contract (quote,
                           optional, sources, ...) in input order; or NULL */
} zb_record;

/* Set every field to empty/NULL (kind amount, bound eq, status actual,
 * derived ZB_ABSENT). Call before first use. */
void zb_record_init(zb_record *r);
/* Free everything r owns and re-initialise it. Accepts NULL. */
void zb_record_clear(zb_record *r);
/* Deep copy src into dst (dst must be initialised; its old content is
 * cleared). Returns ZB_OK or ZB_ENOMEM. */
int zb_record_copy(zb_record *dst, const zb_record *src);
/* Set a string field: frees *field and stores a copy of s (NULL allowed). */
int zb_record_set(char **field, const char *s);

/* Check the record against the contract (required fields, enumerations
 * already typed, value finite, offset order, period and date shapes).
 * Returns ZB_OK or ZB_EINVALID with a message naming the field. */
int zb_record_validate(const zb_record *r, zb_error *err);

/* ------------------------------------------------------------- record I/O */

/* Parse one JSON Lines line (no trailing newline needed; a trailing \r is
 * tolerated; a leading UTF-8 BOM is skipped) into r (initialised by the
 * caller, cleared first). Validates every field: on failure returns
 * ZB_EPARSE/ZB_EINVALID with a message like
 *   field "kind": "grwoth" is not one of amount|count|...
 * and leaves r cleared. */
int zb_record_parse(const char *line, size_t len, zb_record *r, zb_error *err);

/* Serialise r as one compact JSON object, keys in contract order then the
 * extra fields, Chinese as UTF-8, numbers with the fewest digits that read
 * back equal. Returns a new string (no newline); free(); NULL on ENOMEM. */
char *zb_record_to_json(const zb_record *r);

/* Write r as one line (JSON + "\n") to f. ZB_OK, ZB_EIO, or ZB_EINVALID for a
 * value that is not finite (JSON cannot hold it; nothing is written). */
int zb_record_write(FILE *f, const zb_record *r, zb_error *err);

/* Streaming reader over a FILE: one record per non-blank line, memory
 * bounded by the longest line (limit ZB_MAX_LINE). */
typedef struct zb_reader zb_reader;
#define ZB_MAX_LINE ((size_t)64 << 20)   /* 64 MiB per JSON line */

/* New reader on f (borrowed; not closed by the reader). name is used in
 * errors ("-" shows as "<stdin>"). Returns NULL on ENOMEM. */
zb_reader *zb_reader_new(FILE *f, const char *name);
/* Read the next record into r. Returns 1 when a record was read, 0 at end
 * of input, or a negative zb_code; err->file and err->line name the place.
 * After a bad line (ZB_EPARSE/ZB_EINVALID) the reader may go on with the
 * next line; after ZB_EIO/ZB_ELIMIT/ZB_ENOMEM it should not. */
int zb_reader_next(zb_reader *rd, zb_record *r, zb_error *err);
/* Line number of the last line read (1-based). */
size_t zb_reader_line(const zb_reader *rd);
/* Free the reader (not the FILE). Accepts NULL. */
void zb_reader_free(zb_reader *rd);

/* Format a double for JSON/CSV: shortest of %.15g/%.17g that reads back
 * equal, never exponent form for |x| in [1e-6, 1e21) when plain is set.
 * Writes into buf (size >= 64); returns buf. */
char *zb_format_number(double x, int plain, char *buf, size_t size);

/* ------------------------------------------------------------ output files */

/* An output that never exists half-written: a regular-file path is written
 * to PATH.tmpXXXXXX beside it and renamed on commit; stdout ("-" or NULL)
 * and non-regular paths (/dev/stdout, /dev/full, FIFOs) are written
 * directly. */
typedef struct zb_outfile {
    FILE *fp;       /* write here */
    char *path;     /* final path, or NULL for stdout */
    char *tmp;      /* temporary path, or NULL when written directly */
    int is_stdout;
} zb_outfile;

/* Open an output. Returns ZB_OK or ZB_EIO (message names the path). */
int zb_outfile_open(zb_outfile *o, const char *path, zb_error *err);
/* Flush, fsync, close, rename into place. On any failure removes the temp
 * file and returns ZB_EIO. Frees o's strings either way. */
int zb_outfile_commit(zb_outfile *o, zb_error *err);
/* Close and remove the temp file; nothing appears at path. Accepts a
 * zeroed or already committed o. */
void zb_outfile_abort(zb_outfile *o);

/* Read a whole file (or stdin for "-"/NULL) into a new buffer (NUL added
 * after len bytes). Returns ZB_OK, ZB_EIO or ZB_ELIMIT (max bytes). */
int zb_read_file(const char *path, size_t max, char **out, size_t *len, zb_error *err);

/* ------------------------------------------- decoding and normalisation */
/* (lib/decode.c, lib/normalize.c) */

/* Called for recoverable problems (an invalid byte replaced, an encoding
 * guessed). offset is a byte offset in the input of the stage that warns. */
typedef void (*zb_warn_fn)(void *user, size_t offset, const char *message);

/* Decode a document to UTF-8. encoding NULL or "auto": detect (BOMs for
 * UTF-8/UTF-16LE/BE; valid UTF-8; else uchardet, GB18030 and Big5 among
 * its answers); otherwise an iconv name ("GB18030", "BIG5", "UTF-16"...).
 * The BOM is dropped; line ends are kept as they are (CR, CRLF), so for
 * UTF-8 input without BOM offsets equal file offsets. Invalid bytes are
 * replaced by U+FFFD and reported through warn with their input offset.
 * NUL characters become spaces (one warning), so the text is a C string.
 * At most 20 warnings per call reach warn, then one counting the rest.
 * On success *out is a new NUL-terminated buffer (free()), *out_len its
 * length, and detected (if non-NULL, size >= 32) names the encoding used.
 * Errors: ZB_EENCODING for an unknown encoding name, ZB_ENOMEM. */
int zb_decode(const char *in, size_t len, const char *encoding,
              char **out, size_t *out_len, char *detected,
              zb_warn_fn warn, void *warn_user, zb_error *err);

/* Normaliser: traditional -> simplified per character (a table built once
 * from OpenCC's t2s data), full-width ASCII forms U+FF01..U+FF5E -> ASCII,
 * U+3000 and NBSP -> ' '. No character grows (the few t2s answers outside
 * the BMP are not taken), so out->len <= len. Build cost ~13 ms (one OpenCC
 * call). Read-only after creation: one may be shared by threads. Returns
 * NULL and fills err (ZB_EDEP: OpenCC data missing) on failure; free with
 * zb_normalizer_free (accepts NULL). */
typedef struct zb_normalizer zb_normalizer;
zb_normalizer *zb_normalizer_new(zb_error *err);
void zb_normalizer_free(zb_normalizer *n);

/* A normalised text with the way back to the source.  Output and source
 * advance together except after a character that shrinks (full-width form
 * 3 -> 1 byte, U+3000 3 -> 1, NBSP 2 -> 1, a shorter t2s answer), so the
 * map is sparse: after each shrunk character a break point records from
 * which output offset on source = output + delta.  zb_normtext_source
 * answers "which source character did output byte i come from".
 * Owned by the caller; zb_normtext_clear frees and zeroes it (reusable:
 * zb_normalize grows existing buffers instead of reallocating). */
typedef struct zb_normbreak {
    size_t at;      /* output offset where delta starts to apply */
    size_t delta;   /* source offset - output offset from `at` on */
} zb_normbreak;

typedef struct zb_normtext {
    char *s;        /* NUL-terminated UTF-8 */
    size_t len;
    zb_normbreak *brk;      /* nbrk break points, `at` increasing (internal) */
    size_t nbrk, brk_cap;
    size_t cap;     /* allocated bytes of s (internal) */
} zb_normtext;

/* Normalise in[0..len) (valid UTF-8, as zb_decode makes it) into out.
 * Returns ZB_OK or ZB_ENOMEM. */
int zb_normalize(const zb_normalizer *n, const char *in, size_t len, zb_normtext *out, zb_error *err);

/* zb_normalize of text checked on the way: ZB_EPARSE (err untouched, out
 * emptied) when in[0..len) is not well-formed UTF-8 or holds a NUL byte,
 * i.e. is not text zb_decode would return as it is; else as zb_normalize. */
int zb_normalize_checked(const zb_normalizer *n, const char *in, size_t len, zb_normtext *out,
                         zb_error *err);

/* zb_decode, then zb_normalize of the decoded text into nt, with the same
 * results, warnings and errors, in one pass over input that is valid UTF-8
 * without NUL bytes (then the decoded text is the input itself less a BOM,
 * and nothing is copied but the normalised text).  On success *text,
 * *text_len is the decoded text: a pointer into in (*owned NULL), or a
 * new NUL-terminated buffer (*owned == *text, free() it). */
int zb_decode_normalize(const zb_normalizer *n, const char *in, size_t len, const char *encoding,
                        zb_normtext *nt, const char **text, size_t *text_len, char **owned,
                        zb_warn_fn warn, void *warn_user, zb_error *err);
void zb_normtext_clear(zb_normtext *t);

/* Source offset of the character containing normalised byte off of t
 * (off == t->len, or beyond, gives the source length). */
size_t zb_normtext_source(const zb_normtext *t, size_t off);
/* zb_normtext_source of off[0..n) into out[0..n): one call for several
 * offsets, cheapest in increasing order (each search starts at the answer
 * before). */
void zb_normtext_sources(const zb_normtext *t, const size_t *off, size_t *out, size_t n);

/* Normalise a short string (zone or indicator names): returns a new
 * string (free()), NULL on ENOMEM. */
char *zb_normalize_str(const zb_normalizer *n, const char *s);

/* ------------------------------------------------------------- numerals */
/* (lib/numeral.c) */

/* How a numeral was written (bits of zb_numeral.form). */
enum {
    ZB_NUMERAL_ARABIC = 1,    /* digits 0-9 (after normalisation) */
    ZB_NUMERAL_CHINESE = 2,   /* 〇一二两三...九 with 十百千 */
    ZB_NUMERAL_SCALED = 4,    /* multiplied by 万/亿/千/百/十 after the digits */
    ZB_NUMERAL_PERCENT = 8,   /* 百分之X: value is X, a percentage */
    ZB_NUMERAL_FRACTION = 16, /* X分之Y: value is 100*Y/X, a percentage */
    ZB_NUMERAL_DECIMAL = 32   /* has a fractional part (3.5, 三点五) */
};

/* A parsed numeral: value, form bits, and the byte length of the digits
 * before any scale word (so "80 万" has len_digits 2). */
typedef struct zb_numeral {
    double value;
    int form;
    size_t len_digits;
} zb_numeral;

/* Parse the numeral starting at s[0] (UTF-8, normalised: ASCII digits;
 * len bytes available, never read beyond). Returns the bytes consumed, 0
 * when no numeral starts there (out is then untouched). Grammar in
 * lib/numeral.c. */
size_t zb_numeral_parse(const char *s, size_t len, zb_numeral *out);

/* A unit or classifier after a number: kind, contract unit name (static
 * string), factor to base units, and bytes consumed. */
typedef struct zb_unit {
    zb_kind kind;
    const char *unit;   /* "CNY", "%", "pp", "m2", "个", ... (static) */
    double factor;      /* value * factor = base units (亿元 -> 1e8) */
    size_t len;
} zb_unit;

/* Parse the unit at s[0] (scale words such as 万 belong to the numeral,
 * not here; a scale inside a unit such as 千米/万千瓦时 is handled here).
 * Returns bytes consumed, 0 when no known unit starts there. */
size_t zb_unit_parse(const char *s, size_t len, zb_unit *out);

/* ----------------------------------------------------------- extraction */
/* (lib/extract.c) */

typedef struct zb_extractor zb_extractor;

typedef struct zb_extract_opts {
    const char *doc;       /* document name written into records ("-" for stdin) */
    const char *encoding;  /* NULL or "auto": detect; else an iconv name */
    zb_warn_fn warn;       /* may be NULL */
    void *warn_user;
} zb_extract_opts;

/* Called once per record, in document order. The record is borrowed and
 * valid only during the call (copy it to keep it). Return 0 to go on,
 * non-zero to stop extraction (zb_extract_buffer then returns that value). */
typedef int (*zb_record_fn)(void *user, const zb_record *r);

/* A reusable extractor (tables, OpenCC converter). Not thread-safe: use one
 * per thread. Returns NULL and fills err on failure. Free with
 * zb_extractor_free (accepts NULL). */
zb_extractor *zb_extractor_new(zb_error *err);
void zb_extractor_free(zb_extractor *x);

/* Extract the records of one document held in bytes[0..len) (any supported
 * encoding). Memory is bounded by a small multiple of len. Returns ZB_OK, a
 * negative zb_code, or the callback's non-zero return. */
int zb_extract_buffer(zb_extractor *x, const char *bytes, size_t len,
                      const zb_extract_opts *opts, zb_record_fn fn, void *user,
                      zb_error *err);

/* ZB_EXTRACT_SECTION: further declarations of the extractor module */

/* ------------------------------------------------ series and statistics */
/* (lib/series.c, lib/stats.c) */

/*
 * Periods. A record's period string ("2024", "2024-H1", "2024-Q3",
 * "2024-05", "2024-01/2024-05", "2017-06/2022-06") parsed into a span of
 * whole months. Months are counted from year 0: index = year*12 + (month-1),
 * so arithmetic on spans is integer arithmetic.
 */
typedef enum zb_period_type {
    ZB_PERIOD_YEAR, ZB_PERIOD_HALF, ZB_PERIOD_QUARTER, ZB_PERIOD_MONTH,
    ZB_PERIOD_INTERVAL,    /* cumulative from..to ("2024-01/2024-05") */
    ZB_PERIOD_NONE,        /* the record has no period (JSON null) */
    ZB_PERIOD_TYPE_N
} zb_period_type;

typedef struct zb_period {
    zb_period_type type;
    int start;             /* first month, year*12 + (month-1) */
    int end;               /* last month, inclusive; end >= start */
} zb_period;

/* Parse s into *p. NULL or "" gives ZB_PERIOD_NONE and ZB_OK. Returns
 * ZB_OK or ZB_EINVALID (message quotes s) for anything else; *p is then
 * set to ZB_PERIOD_NONE. Years 1000..9999 only. */
int zb_period_parse(const char *s, zb_period *p, zb_error *err);
/* Midpoint in decimal years: 2024 -> 2024.5, 2024-H1 -> 2024.25,
 * 2024-05 -> 2024.375, 2024-01/2024-05 -> 2024.2083. NaN for NONE. */
double zb_period_mid_year(const zb_period *p);
/* Number of months covered (1 for a month, 12 for a year); 0 for NONE. */
int zb_period_months(const zb_period *p);
/* Canonical string of p into buf (size >= 32): "2024", "2024-H1",
 * "2024-01/2024-05"; "" for NONE. Returns buf. */
char *zb_period_format(const zb_period *p, char *buf, size_t size);
/* The period class that keeps a series homogeneous, into buf (size >= 32):
 * "year", "half", "quarter", "month", "none"; an interval within one
 * calendar year gives "interval:MM-MM" (Jan-May of any year is
 * "interval:01-05"), a longer one "interval:Nm" (N months). Returns buf. */
char *zb_period_class(const zb_period *p, char *buf, size_t size);
/* "year", "half", "quarter", "month", "interval", "none"; NULL if out of range. */
const char *zb_period_type_name(zb_period_type t);
/* Fraction of its calendar year that p covers when p lies within one year
 * (Jan-May -> 5/12); -1 when p spans years or is NONE. */
double zb_period_year_fraction(const zb_period *p);

/*
 * Alias table: canonical names for indicators and zones. Names are first
 * reduced to a plain form (spaces and quote marks dropped, full-width ASCII
 * made ASCII, ASCII letters upper-cased, traditional -> simplified when a
 * normaliser is given), then looked up. Built-in entries (地区生产总值 =
 * GDP, ...) are always present; files add more. File format (UTF-8, '#'
 * comments, blank lines ignored), one group per line, TAB-separated:
 *     indicator<TAB>地区生产总值<TAB>GDP<TAB>生产总值
 *     zone<TAB>镇江高新区<TAB>镇江高新技术产业开发区
 * The first name after the kind word is the canonical one.
 */
typedef struct zb_aliases zb_aliases;
/* New table with the built-in entries; norm (borrowed, may be NULL, must
 * outlive the table) adds traditional -> simplified. NULL on ENOMEM. */
zb_aliases *zb_aliases_new(const zb_normalizer *norm);
/* Add the groups of a file. ZB_OK, ZB_EIO (cannot open), ZB_EPARSE
 * (bad line: err->file/line set). Lines already read stay added. */
int zb_aliases_load(zb_aliases *a, const char *path, zb_error *err);
/* Add one alias by hand; what is "indicator" or "zone". ZB_OK, ZB_EUSAGE, ZB_ENOMEM. */
int zb_aliases_add(zb_aliases *a, const char *what, const char *canonical, const char *alias);
/* Canonical indicator / zone name of s: a new string (free()); NULL on
 * ENOMEM or when s is NULL. */
char *zb_aliases_indicator(const zb_aliases *a, const char *s);
char *zb_aliases_zone(const zb_aliases *a, const char *s);
/* Free the table. Accepts NULL. */
void zb_aliases_free(zb_aliases *a);

/*
 * Series. Records are added one at a time (streaming); the set keeps one
 * point per distinct (series, period, value), so memory grows with series
 * and points, not with records. A series is keyed by zone, canonical
 * indicator, kind, unit, basis, status AND period class: points of another
 * period class go to a sibling series (listed in zb_series.siblings).
 * The same fact from several documents is one point with several sources;
 * two values for one key and period are two points, both flagged conflict.
 */
typedef struct zb_series_set zb_series_set;

typedef struct zb_point {
    const char *period;          /* canonical period string ("2024-H1") */
    zb_period when;
    double x;                    /* zb_period_mid_year(&when), decimal years */
    double value;                /* base units, as in the records */
    zb_bound bound;              /* bound of the first record seen */
    int conflict;                /* 1: same series and period, other value */
    size_t nrecords;             /* records merged into this point */
    size_t nsources;
    const char *const *sources;  /* distinct doc names, first-seen order */
    int has_offset;              /* offset known (records with "offset") */
    size_t offset;               /* off_start of the first record in sources[0]:
                                    tells which figures were stated together */
} zb_point;

/* Strings in views are interned per set: within one set, equal zone,
 * indicator, unit, basis and doc names are the same pointer. */
typedef struct zb_series {
    size_t id;                   /* index in the set: zb_series_set_get(set, id) */
    const char *zone;            /* canonical; NULL when records name none */
    const char *indicator;       /* canonical (alias table applied) */
    zb_kind kind;
    const char *unit;
    const char *basis;           /* NULL when none */
    zb_status status;
    zb_period_type period_type;  /* ZB_PERIOD_INTERVAL for every interval class */
    const char *period_class;    /* zb_period_class of its points */
    size_t npoints;
    const zb_point *points;      /* sorted by x, then value */
    size_t nrecords;             /* records that went into the series */
    size_t nconflicts;           /* periods that carry more than one value */
    size_t nsiblings;
    const size_t *siblings;      /* ids of series with the same key but another period class */
    size_t nnames;
    const char *const *names;    /* indicator names as written, distinct (<= 8 kept) */
} zb_series;

/* New empty set. aliases (borrowed, may be NULL: then only the plain-form
 * reduction applies) must outlive the set. NULL on ENOMEM. */
zb_series_set *zb_series_set_new(const zb_aliases *aliases);
/* Add one record (borrowed; nothing of it is kept but copies of strings).
 * Returns ZB_OK, ZB_EINVALID (bad period: message names it; the record is
 * not added), ZB_EUSAGE (after finish), ZB_ENOMEM (also past the limits of
 * 4294967295 series per set or 2147483647 points per series: "too many ..."). */
int zb_series_set_add(zb_series_set *set, const zb_record *r, zb_error *err);
/* Sort points, fill siblings and views. Call once after the last add;
 * views are valid until zb_series_set_free. ZB_OK or ZB_ENOMEM. */
int zb_series_set_finish(zb_series_set *set, zb_error *err);
/* Number of series; series i (0 <= i < count), borrowed. NULL before
 * finish or when i is out of range. Series are ordered by zone, indicator,
 * kind, unit, basis, status, period class (byte order). */
size_t zb_series_set_count(const zb_series_set *set);
const zb_series *zb_series_set_get(const zb_series_set *set, size_t i);
/* Records added, and records whose value duplicated an existing point. */
size_t zb_series_set_nrecords(const zb_series_set *set);
/* Free the set and every view. Accepts NULL. */
void zb_series_set_free(zb_series_set *set);
/* One JSON object (no newline) for series s: key, period_type,
 * period_class, n, records, conflicts, names (when written otherwise),
 * points [{period, x, value, bound, records, sources, conflict?}],
 * elsewhere [{period_class, n, periods, reason}] (sibling series).
 * New string (free()); NULL on ENOMEM. */
char *zb_series_to_json(const zb_series_set *set, const zb_series *s);

/*
 * Trend of one series: OLS y = c0 + c1*x on x in decimal years
 * (gsl_fit_linear), so uneven spacing gives the right slope per year.
 * CAGR = (last/first)^(1/(x_last-x_first)) - 1, in percent, only for
 * levels (amount, count, quantity) with both ends positive.
 */
typedef struct zb_trend {
    size_t n;                    /* points used */
    double x_first, x_last;      /* decimal years of the first/last point used */
    double first, last;          /* their values */
    int has_cagr;                /* 0: see cagr_note */
    double cagr_pct;             /* percent per year */
    const char *cagr_note;       /* static text why there is no CAGR, or NULL */
    int has_slope;               /* needs >= 2 points with distinct x */
    double slope;                /* c1, units per year */
    double intercept;            /* c0 (value at year 0: use zb_trend_at) */
    int has_ci;                  /* needs n >= 3 */
    double slope_lo, slope_hi;   /* 95% CI: c1 -+ t(0.975, n-2) sqrt(cov11) */
    int has_r2;                  /* needs non-zero spread of y */
    double r2;                   /* 1 - sumsq/tss */
    double cov00, cov01, cov11, sumsq; /* from gsl_fit_linear (for bands) */
    double t975;                 /* t(0.975, n-2), 0 when n < 3 */
    double x_mean, y_mean;       /* means of the points used (the line passes through them) */
} zb_trend;

/* Fit x[0..n), y[0..n) (borrowed, x need not be sorted). Fills *t even on
 * partial success: n = 1 or equal x gives ZB_OK with has_slope = 0.
 * kind decides whether CAGR applies. Returns ZB_OK, ZB_ENUMERIC (n == 0 or
 * a non-finite input), ZB_EDEP (GSL failed). Never yields NaN fields. */
int zb_stats_trend(const double *x, const double *y, size_t n, zb_kind kind,
                   zb_trend *t, zb_error *err);
/* Trend of a series: uses its points without conflicts (conflicting
 * periods are left out; *nexcluded, if non-NULL, counts them). */
int zb_series_trend(const zb_series *s, zb_trend *t, size_t *nexcluded, zb_error *err);

/* The fit evaluated at x (for forecasts and chart bands). */
typedef struct zb_trend_est {
    double x, y;                 /* fitted value at x */
    double mean_lo, mean_hi;     /* 95% confidence band of the line */
    double pred_lo, pred_hi;     /* 95% prediction interval of a new point */
} zb_trend_est;
/* ZB_OK; ZB_ENUMERIC when t has no slope (bands need has_ci: without it
 * the lo/hi fields equal y). */
int zb_trend_at(const zb_trend *t, double x, zb_trend_est *est, zb_error *err);
/* One JSON object for the trend of s: key fields, period_class, n,
 * points_used [periods], excluded [{period, value, reason}], first_period,
 * first, last_period, last, years, cagr (or null + cagr_note), slope,
 * slope_ci, r2 (null when undefined, never NaN; a note says why); with
 * forecast non-NULL also forecast_period, forecast, forecast_pi.
 * New string (free()); NULL on ENOMEM. */
char *zb_trend_to_json(const zb_series *s, const zb_trend *t,
                       const zb_period *forecast);

/*
 * Compare: targets against results. Pairs a target point with the result
 * (status actual, else estimate) of the same zone, indicator, kind and
 * period; achievement = actual/target*100 for amount/count/quantity;
 * gap = actual - target (pp for growth/share); met honours the target's
 * bound (gt: actual > target; ge/eq/approx: >=; lt: <; le: <=).
 */
typedef enum zb_compare_type {
    ZB_COMPARE_PAIR,         /* target and result of the same period */
    ZB_COMPARE_OPEN,         /* target without a result; latest result if any */
    ZB_COMPARE_CALENDAR,     /* share of an annual plan vs elapsed share of the year */
    ZB_COMPARE_UNITS,        /* same key but different units: not comparable */
    ZB_COMPARE_TYPE_N
} zb_compare_type;

typedef struct zb_comparison {
    zb_compare_type type;
    const zb_series *target_series;  /* PAIR/OPEN/UNITS: the target; CALENDAR: the share */
    const zb_point *target;
    const zb_series *actual_series;  /* result side; NULL when none (OPEN) */
    const zb_point *actual;          /* OPEN: latest result of that series, or NULL */
    int has_achievement;
    double achievement_pct;          /* actual/target*100 */
    int has_gap;
    double gap;                      /* actual - target; CALENDAR: share - elapsed, pp */
    int met;                         /* 1, 0, or -1 when undecidable */
    double elapsed_pct;              /* CALENDAR: months/12*100; OPEN: share of the
                                        target's period the latest result covers
                                        when it is a cumulative part of it, else 0 */
    const zb_series *stated_series;  /* CALENDAR: the 超序时/落后序时 pp statement, or NULL */
    const zb_point *stated;
    double stated_pp;                /* signed: + ahead, - behind */
    int stated_holds;                /* 1, 0, -1 when nothing stated */
    double tolerance_pp;             /* rounding allowance used for stated_holds */
} zb_comparison;

/* All comparisons of a finished set, in series order: *out is a new array
 * (free()) of *n entries pointing into set (valid while set lives).
 * ZB_OK or ZB_ENOMEM. */
int zb_compare_run(const zb_series_set *set, zb_comparison **out, size_t *n, zb_error *err);
/* "pair", "open", "calendar", "units"; NULL if out of range. */
const char *zb_compare_type_name(zb_compare_type t);
/* One JSON object per comparison (key fields, type, target, actual,
 * achievement, gap, met, sources of both sides; calendar fields).
 * New string (free()); NULL on ENOMEM. */
char *zb_comparison_to_json(const zb_comparison *c);

/* Implied figures of a finished set as derived records (derived = 1, extra
 * {"sources":[{doc, indicator, kind, value, unit, period}...],
 * "derivation":"annual target = 1113 / 55.7%"}): an annual target
 * from a level and its 年度任务/计划完成率 share (1113个 at 55.7% -> 1998.2);
 * the other growth from a growth and a pp "高于/低于 X" (3.1% 高于 by 2.9
 * -> X 0.2%). fn gets each record borrowed; non-zero stops and is returned.
 * Returns ZB_OK, ZB_ENOMEM, or fn's value. */
int zb_compare_derive(const zb_series_set *set, zb_record_fn fn, void *user, zb_error *err);

/*
 * Rank: zones ranked by one indicator in one period. rank 1 = largest
 * value (smallest when ascending); ties share the best rank (1,2,2,4).
 * z = (v - mean)/sd (sample sd; has_z = 0 when n < 2 or sd = 0);
 * percentile = 100 * (values strictly worse)/(n-1) (PERCENTRANK.INC; 100
 * when n == 1).
 */
typedef struct zb_rank_row {
    const zb_series *series;     /* borrowed from the set */
    const zb_point *point;
    const char *zone;
    double value;
    size_t rank;
    int has_z;
    double z;
    double percentile;
} zb_rank_row;

/* Rank values v[0..n) (borrowed) into rank/z/pct arrays of n (caller's);
 * has_z is set to 0 when sd is 0 or n < 2 (z then 0). ZB_OK or ZB_ENOMEM. */
int zb_stats_rank(const double *v, size_t n, int ascending, size_t *rank,
                  double *z, double *pct, int *has_z);
/* Rank the zones of series whose indicator is canonically indicator, status
 * actual, of kind (a zb_kind, or -1 for any), in period (NULL: the latest
 * period any zone has). Series of one kind and unit only: mixed kinds or
 * units give ZB_EINVALID naming both; a zone
 * with conflicting values gives ZB_EINVALID naming it. ascending < 0 means
 * automatic (ascending for kind rank, else descending). *rows is a new
 * array (free()) sorted by rank; *period_out (if non-NULL) gets the
 * canonical period ranked (static buffer of the caller, size >= 32).
 * ZB_OK with *n = 0 when nothing matches. */
int zb_rank_run(const zb_series_set *set, const zb_aliases *aliases,
                const char *indicator, int kind, const char *period, int ascending,
                zb_rank_row **rows, size_t *n, char *period_out, zb_error *err);
/* One JSON object for a rank row (zone, indicator, period, kind, unit,
 * rank, n, value, z, percentile, sources). New string; NULL on ENOMEM. */
char *zb_rank_row_to_json(const zb_rank_row *row, size_t n, const char *period);

/* --------------------------------------------------------------- export */
/* (lib/export.c) */

/* Spreadsheet export: records (or any JSON Lines objects, e.g. the output
 * of trend/compare) to CSV, TSV or XLSX. Rows are streamed (long layout,
 * CSV or XLSX in libxlsxwriter's constant_memory mode); the wide layout
 * and generic objects are held until zb_export_finish (generic objects are
 * spooled to a temporary file, not kept in memory). */
typedef enum zb_export_format {
    ZB_EXPORT_CSV, ZB_EXPORT_TSV, ZB_EXPORT_XLSX
} zb_export_format;

typedef enum zb_export_layout {
    ZB_EXPORT_LONG,  /* one record (object) per row */
    ZB_EXPORT_WIDE   /* one row per zone+indicator+kind+unit+status+basis,
                        one column per period (records only) */
} zb_export_layout;

typedef struct zb_export_opts {
    zb_export_format format;
    zb_export_layout layout;
    int bom;          /* CSV/TSV: start with a UTF-8 BOM (default 1) */
    int crlf;         /* CSV/TSV: end rows with CRLF (default 0: LF) */
    int raw;          /* CSV/TSV: no formula guard (default 0: a text cell
                         starting with = + - @ TAB CR or ＝＋－＠ gets a ') */
    zb_warn_fn warn;  /* collisions in wide cells, truncated strings; may be NULL */
    void *warn_user;
} zb_export_opts;

/* Fill opts with the defaults (CSV, long, BOM, LF, guarded, no warn). */
void zb_export_opts_init(zb_export_opts *opts);
/* "csv"/"tsv"/"xlsx" and "long"/"wide" -> enum; ZB_OK or ZB_EUSAGE. */
int zb_export_format_parse(const char *s, zb_export_format *out);
int zb_export_layout_parse(const char *s, zb_export_layout *out);

typedef struct zb_export zb_export;

/* Start an export to path ("-" or NULL: stdout), written atomically
 * (zb_outfile: nothing appears at path unless zb_export_finish succeeds).
 * XLSX to stdout is written to a temporary file and copied at finish.
 * opts is copied. Returns a new exporter (free with zb_export_free) or
 * NULL with err filled (ZB_EIO, ZB_EDEP, ZB_ENOMEM). */
zb_export *zb_export_new(const zb_export_opts *opts, const char *path, zb_error *err);

/* Add one record (borrowed). Fails with ZB_EUSAGE after generic objects,
 * ZB_ELIMIT past 1,048,575 XLSX data rows, ZB_EIO on a write error. */
int zb_export_add_record(zb_export *ex, const zb_record *r, zb_error *err);

/* Add one generic JSON object given as text (one JSON Lines line; a
 * trailing \r and a leading BOM are tolerated). Columns are the union of
 * keys in first-seen order; arrays and objects become JSON text. Long
 * layout only. ZB_EPARSE for bad JSON, ZB_EINVALID for a non-object,
 * ZB_EUSAGE after records or in the wide layout. */
int zb_export_add_json(zb_export *ex, const char *line, size_t len, zb_error *err);

/* Add one JSON Lines line of either kind: the first non-blank line decides
 * (an object with "doc" and "indicator" is a record, parsed and validated
 * with zb_record_parse; anything else a generic object); later lines must
 * be of the same kind (use zb_export_add_json for mixed input). Blank
 * lines are ignored (returns ZB_OK). After a ZB_EPARSE or ZB_EINVALID the
 * export may go on with the next line. */
int zb_export_add_line(zb_export *ex, const char *line, size_t len, zb_error *err);

/* Write what is held, close and commit the output. Returns ZB_OK or a
 * negative zb_code (then nothing is left at path). Call once; the
 * exporter must still be freed. */
int zb_export_finish(zb_export *ex, zb_error *err);

/* Free the exporter; if not finished, abort the output (temporary file
 * removed). Accepts NULL. */
void zb_export_free(zb_export *ex);

/* Format a finite double in plain positional notation with the fewest
 * digits that read back equal, never exponent form (83450000000, 1e16 ->
 * 10000000000000000, 1e-7 -> 0.0000001; -0 -> 0). buf needs up to 400
 * bytes for extreme magnitudes (size is checked; truncated output is never
 * returned: "" when it does not fit). Non-finite: "NaN", "Infinity",
 * "-Infinity". Returns buf. */
char *zb_export_number(double x, char *buf, size_t size);

/* ---------------------------------------------------------------- plots */
/* (lib/plot.c) */

/*
 * Charts as gnuplot scripts. zb_plot_write_all draws from a finished
 * series set: trend-NNN (one zone and indicator over real time, fitted
 * trend and 95% band when n >= 3, targets marked met/missed), targets-NNN
 * (one zone: each target against its result, plan shares against the
 * calendar), rank-NNN (zones by one indicator and period), multiples-NNN
 * (every indicator of one zone, 12 panels a page). Each DIR/NAME.gp is
 * self-contained (style copied in, data as datablocks) and writes
 * NAME.<format> beside itself; DIR/charts.jsonl lists the charts. Text from
 * records appears in scripts only as single-quoted strings with ' doubled
 * and control characters replaced; file names never come from records.
 */
typedef enum zb_chart_type {
    ZB_CHART_TREND, ZB_CHART_TARGETS, ZB_CHART_RANK, ZB_CHART_MULTIPLES, ZB_CHART_N
} zb_chart_type;

typedef enum zb_plot_format {
    ZB_PLOT_NONE, ZB_PLOT_PNG, ZB_PLOT_SVG, ZB_PLOT_PDF, ZB_PLOT_FORMAT_N
} zb_plot_format;

/* Why rendering was skipped (zb_plot_result.render_skipped). */
enum { ZB_PLOT_SKIP_NO_GNUPLOT = 1, ZB_PLOT_SKIP_NO_FONT = 2 };

typedef struct zb_plot_opts {
    const char *dir;          /* output directory; created when missing (one level) */
    const char *style;        /* style text copied into scripts; NULL: zb_plot_default_style() */
    const char *zone;         /* only this zone (alias-resolved), or NULL */
    const char *indicator;    /* only this indicator (alias-resolved), or NULL */
    zb_plot_format render;    /* run gnuplot for this format; ZB_PLOT_NONE: scripts only */
    const char *gnuplot;      /* program to run; NULL: "gnuplot" on PATH */
} zb_plot_opts;

/* One written chart, as the callback sees it: every pointer borrowed and
 * valid only during the call. */
typedef struct zb_chart {
    zb_chart_type type;
    const char *name;         /* ASCII file stem, "trend-003" */
    const char *script;       /* DIR/NAME.gp */
    const char *image;        /* DIR/NAME.png (.svg, .pdf) when rendered cleanly, else NULL */
    const char *title;        /* plain-text title (record text, UTF-8) */
    const char *zone;         /* NULL for rankings */
    const char *indicator;    /* NULL for targets and multiples */
    const char *period;       /* "2019–2024", "2024-H1", or NULL */
    const char *unit;         /* display unit ("亿元", "%"), or NULL */
    size_t points;            /* data points drawn */
    size_t ndocs;
    const char *const *docs;  /* source documents, first-seen order */
    const char *render_log;   /* gnuplot's stderr (or the failure) when rendering was not clean */
} zb_chart;

/* Called once per chart after its script is written (and rendered);
 * non-zero stops zb_plot_write_all, which returns that value. */
typedef int (*zb_chart_fn)(void *user, const zb_chart *c);

typedef struct zb_plot_result {
    size_t charts;            /* scripts written */
    size_t rendered;          /* pictures made with an empty gnuplot stderr */
    size_t failed;            /* renders that failed or printed anything on stderr */
    int render_skipped;       /* 0 or ZB_PLOT_SKIP_*: nothing rendered, scripts written */
} zb_plot_result;

/* Write every chart of set (borrowed, finished) into opts->dir, render when
 * asked and possible, write DIR/charts.jsonl. aliases (may be NULL)
 * resolves opts->zone/indicator. res (may be NULL) gets the counts.
 * Returns ZB_OK, ZB_EUSAGE, ZB_EIO, ZB_ENOMEM or fn's non-zero value. */
int zb_plot_write_all(const zb_series_set *set, const zb_aliases *aliases,
                      const zb_plot_opts *opts, zb_chart_fn fn, void *user,
                      zb_plot_result *res, zb_error *err);
/* Run gnuplot on script for fmt (gnuplot -e "zb_format='png'" SCRIPT, no
 * shell). *log (if log non-NULL) gets gnuplot's stderr as a new string
 * (free()). ZB_OK when it exited 0 (check *log for warnings), ZB_EDEP
 * otherwise, ZB_EUSAGE for ZB_PLOT_NONE. */
int zb_plot_render(const char *script, zb_plot_format fmt, const char *gnuplot,
                   char **log, zb_error *err);
/* 1 when `gnuplot --version` runs (gnuplot NULL: "gnuplot"), else 0. */
int zb_plot_have_gnuplot(const char *gnuplot);
/* 1 when `fc-list :lang=zh family` lists family, else 0. */
int zb_plot_font_available(const char *family);
/* The zb_font = '...' value of a style text: new string (free()), or NULL. */
char *zb_plot_style_font(const char *style);
/* The built-in style (the text of plots/zhibiao.gp). Static; never NULL. */
const char *zb_plot_default_style(void);
/* s as a safe single-quoted gnuplot string ('it''s', control characters
 * as spaces), cut to max_chars characters plus "…" (0: no cut). New
 * string (free()); NULL on ENOMEM. */
char *zb_plot_quote(const char *s, size_t max_chars);
/* "trend", "targets", "rank", "multiples" / "none", "png", "svg", "pdf";
 * NULL when out of range. */
const char *zb_chart_type_name(zb_chart_type t);
const char *zb_plot_format_name(zb_plot_format f);
/* Parse a format name; ZB_OK or ZB_EINVALID. */
int zb_plot_format_parse(const char *s, zb_plot_format *out);

/* --------------------------------------------------------------- report */
/* (lib/report.c) ZB_REPORT_SECTION: the whole job, and the HTML page */

/* Where a run is (all fields borrowed, valid during the callback only). */
typedef struct zb_report_progress {
    const char *phase;              /* "extract", "series", "charts", "export", "html", "done" */
    size_t docs_done, docs_total;
    unsigned long long bytes_done, bytes_total;
} zb_report_progress;
/* Return 0 to go on; non-zero stops the run (ZB_EUSAGE "stopped"; nothing
 * is written), e.g. after SIGINT. */
typedef int (*zb_report_progress_fn)(void *user, const zb_report_progress *p);

typedef struct zb_report_opts {
    zb_plot_format render;          /* pictures of the charts; default ZB_PLOT_PNG */
    const char *const *aliases;     /* alias files loaded in order (zb_aliases_load) */
    size_t naliases;
    zb_report_progress_fn progress; /* after each document, chart and phase; may be NULL */
    void *progress_user;
    zb_warn_fn warn;                /* recoverable problems (message names the file); may be NULL */
    void *warn_user;
} zb_report_opts;

/* What a run produced (counts). */
typedef struct zb_report_summary {
    size_t documents, records, series, comparisons, conflicts, zones, charts;
    unsigned long long bytes;
} zb_report_summary;

/* Fill opts with the defaults (PNG, no alias file, no callbacks). */
void zb_report_opts_init(zb_report_opts *opts);

/* Expand FILE|DIR paths into files: a file is kept as given, a directory
 * gives its regular files (non-recursive; names starting with '.' skipped)
 * sorted by byte order of their names. *out is a new array of new strings
 * (free with zb_report_inputs_free). ZB_EIO names a path that cannot be
 * read or a directory without files; ZB_ENOMEM. */
int zb_report_inputs(const char *const *paths, size_t n, char ***out, size_t *nout, zb_error *err);
void zb_report_inputs_free(char **files, size_t n);

/* Run extract -> series -> trend -> compare -> charts -> export -> HTML on
 * files[0..n) (borrowed) into directory outdir (created with its parents).
 * Everything is built in a hidden staging directory inside outdir and moved
 * into place only when all steps succeeded, index.html last: a failed run
 * leaves outdir as it was. Writes records.jsonl, series.jsonl, trend.jsonl,
 * compare.jsonl, indicators.csv, indicators.xlsx, charts/, index.html.
 * Outputs are byte-identical for identical inputs. sum (may be NULL) gets
 * the counts. ZB_OK or a negative zb_code (err names the file). */
int zb_report_run(const char *const *files, size_t n, const char *outdir,
                  const zb_report_opts *opts, zb_report_summary *sum, zb_error *err);

/* The page model behind index.html, usable alone: records in, HTML out. */
typedef struct zb_report zb_report;
/* New report; aliases (borrowed, may be NULL) must outlive it. NULL on ENOMEM. */
zb_report *zb_report_new(const zb_aliases *aliases);
/* Count a document read (so documents without figures are listed). */
int zb_report_add_document(zb_report *rep, const char *name, zb_error *err);
/* Add a record (borrowed): series and the quote shown beside each number.
 * ZB_EINVALID (bad period: not added; go on if you like), ZB_EUSAGE after
 * finish, ZB_ENOMEM. */
int zb_report_add_record(zb_report *rep, const zb_record *r, zb_error *err);
/* Finish the series and compare targets with results. Call once. */
int zb_report_finish(zb_report *rep, zb_error *err);
/* The finished series set and comparisons (borrowed, valid while rep lives). */
const zb_series_set *zb_report_series(const zb_report *rep);
const zb_comparison *zb_report_comparisons(const zb_report *rep, size_t *n);
/* Show a chart (path relative to the page, e.g. "charts/x.png": a picture
 * is shown, any other file linked) in the section of zone (NULL: the
 * overview). Strings are copied. */
int zb_report_add_chart(zb_report *rep, const char *zone, const char *path,
                        const char *caption, zb_error *err);
/* Write the page (UTF-8 HTML, CSS inline, no script, every document text
 * escaped) to f. ZB_OK, ZB_EUSAGE before finish, ZB_EIO. */
int zb_report_write_html(const zb_report *rep, FILE *f, zb_error *err);
/* Free the report. Accepts NULL. */
void zb_report_free(zb_report *rep);

#ifdef __cplusplus
}
#endif
#endif /* ZHIBIAO_H */
