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

/* Write r as one line (JSON + "\n") to f. ZB_OK or ZB_EIO. */
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
 * On success *out is a new NUL-terminated buffer (free()), *out_len its
 * length, and detected (if non-NULL, size >= 32) names the encoding used.
 * Errors: ZB_EENCODING for an unknown encoding name, ZB_ENOMEM. */
int zb_decode(const char *in, size_t len, const char *encoding,
              char **out, size_t *out_len, char *detected,
              zb_warn_fn warn, void *warn_user, zb_error *err);

/* Normaliser: traditional -> simplified per character (a table built once
 * from OpenCC's t2s data), full-width ASCII forms U+FF01..U+FF5E -> ASCII,
 * U+3000 and NBSP -> ' '. Read-only after creation: one may be shared by
 * threads. Returns NULL and fills err on failure; free with
 * zb_normalizer_free (accepts NULL). */
typedef struct zb_normalizer zb_normalizer;
zb_normalizer *zb_normalizer_new(zb_error *err);
void zb_normalizer_free(zb_normalizer *n);

/* A normalised text with a map back to the source: byte i of s came from
 * the source character starting at byte map[i]; map[len] == source length.
 * Owned by the caller; zb_normtext_clear frees and zeroes it (reusable:
 * zb_normalize grows existing buffers instead of reallocating). */
typedef struct zb_normtext {
    char *s;        /* NUL-terminated UTF-8 */
    size_t len;
    size_t *map;    /* len + 1 entries */
    size_t cap;     /* allocated bytes of s (internal) */
} zb_normtext;

/* Normalise in[0..len) (valid UTF-8, as zb_decode makes it) into out.
 * Returns ZB_OK or ZB_ENOMEM. */
int zb_normalize(const zb_normalizer *n, const char *in, size_t len, zb_normtext *out, zb_error *err);
void zb_normtext_clear(zb_normtext *t);

/* Normalise a short string (zone or indicator names): returns a new
 * string (free()), NULL on ENOMEM. */
char *zb_normalize_str(const zb_normalizer *n, const char *s);

/* ------------------------------------------------------------- numerals */
/* (lib/numeral.c) */

/* ZB_NUMERAL_SECTION: declarations added by the numeral module */

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

/* ZB_STATS_SECTION: declarations added by the series/stats module */

/* --------------------------------------------------------------- export */
/* (lib/export.c) */

/* ZB_EXPORT_SECTION: declarations added by the export module */

/* ---------------------------------------------------------------- plots */
/* (lib/plot.c) */

/* ZB_PLOT_SECTION: declarations added by the plot module */

#ifdef __cplusplus
}
#endif
#endif /* ZHIBIAO_H */
