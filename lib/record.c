/*
 * record.c -- the indicator record: enumerations, validation, and its JSON
 * Lines form (records.md, contract v1).
 *
 * Reading goes through cJSON and checks every field against the contract,
 * naming the field and the value in the message.  Writing is done by hand so
 * that key order is fixed (contract order, then any extra fields in input
 * order), output is compact, Chinese stays UTF-8, and numbers use the fewest
 * digits that read back equal: write -> read -> write is byte-identical.
 */
#include "zhibiao.h"
#include "zb_internal.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[ZB_KIND_N] = {"amount", "count", "quantity", "growth",
                                                  "share", "pp", "rank"};
static const char *const bound_names[ZB_BOUND_N] = {"eq", "gt", "ge", "lt", "le", "approx"};
static const char *const status_names[ZB_STATUS_N] = {"actual", "estimate", "target"};

const char *zb_kind_name(zb_kind k) { return (unsigned)k < ZB_KIND_N ? kind_names[k] : NULL; }
const char *zb_bound_name(zb_bound b) { return (unsigned)b < ZB_BOUND_N ? bound_names[b] : NULL; }
const char *zb_status_name(zb_status s) { return (unsigned)s < ZB_STATUS_N ? status_names[s] : NULL; }
const char *zb_kind_choices(void) { return "amount|count|quantity|growth|share|pp|rank"; }
const char *zb_bound_choices(void) { return "eq|gt|ge|lt|le|approx"; }
const char *zb_status_choices(void) { return "actual|estimate|target"; }

static int parse_enum(const char *s, const char *const *names, int n, int *out)
{
    if (!s)
        return ZB_EINVALID;
    for (int i = 0; i < n; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = i;
            return ZB_OK;
        }
    return ZB_EINVALID;
}

int zb_kind_parse(const char *s, zb_kind *out)
{
    int v, rc = parse_enum(s, kind_names, ZB_KIND_N, &v);
    if (rc == ZB_OK)
        *out = (zb_kind)v;
    return rc;
}

int zb_bound_parse(const char *s, zb_bound *out)
{
    int v, rc = parse_enum(s, bound_names, ZB_BOUND_N, &v);
    if (rc == ZB_OK)
        *out = (zb_bound)v;
    return rc;
}

int zb_status_parse(const char *s, zb_status *out)
{
    int v, rc = parse_enum(s, status_names, ZB_STATUS_N, &v);
    if (rc == ZB_OK)
        *out = (zb_status)v;
    return rc;
}

void zb_record_init(zb_record *r)
{
    memset(r, 0, sizeof *r);
    r->kind = ZB_KIND_AMOUNT;
    r->bound = ZB_BOUND_EQ;
    r->status = ZB_STATUS_ACTUAL;
    r->derived = ZB_ABSENT;
}

void zb_record_clear(zb_record *r)
{
    if (!r)
        return;
    free(r->doc);
    free(r->published);
    free(r->zone);
    free(r->indicator);
    free(r->unit);
    free(r->period);
    free(r->basis);
    free(r->text);
    cJSON_Delete((cJSON *)r->extra);
    zb_record_init(r);
}

int zb_record_set(char **field, const char *s)
{
    char *copy = NULL;
    if (s && !(copy = strdup(s)))
        return ZB_ENOMEM;
    free(*field);
    *field = copy;
    return ZB_OK;
}

int zb_record_copy(zb_record *dst, const zb_record *src)
{
    zb_record t;
    zb_record_init(&t);
    t.kind = src->kind;
    t.value = src->value;
    t.bound = src->bound;
    t.status = src->status;
    t.has_offset = src->has_offset;
    t.off_start = src->off_start;
    t.off_end = src->off_end;
    t.derived = src->derived;
    if (zb_record_set(&t.doc, src->doc) || zb_record_set(&t.published, src->published) ||
        zb_record_set(&t.zone, src->zone) || zb_record_set(&t.indicator, src->indicator) ||
        zb_record_set(&t.unit, src->unit) || zb_record_set(&t.period, src->period) ||
        zb_record_set(&t.basis, src->basis) || zb_record_set(&t.text, src->text))
        goto nomem;
    if (src->extra && !(t.extra = cJSON_Duplicate((const cJSON *)src->extra, 1)))
        goto nomem;
    zb_record_clear(dst);
    *dst = t;
    return ZB_OK;
nomem:
    zb_record_clear(&t);
    return ZB_ENOMEM;
}

/* ---------------------------------------------------------------- shapes */

static int digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* YYYY-MM-DD with a real month and a day that exists in it. */
static int is_date(const char *s)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (strlen(s) != 10 || !digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) || s[7] != '-' ||
        !digits(s + 8, 2))
        return 0;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return 0;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 0;
    return 1;
}

/* One period point: YYYY, YYYY-H1/2, YYYY-Q1..4, YYYY-MM, YYYY-MM-DD. */
static int is_period_point(const char *s, size_t n)
{
    if (n < 4 || !digits(s, 4))
        return 0;
    if (n == 4)
        return 1;
    if (s[4] != '-')
        return 0;
    if (n == 7 && s[5] == 'H')
        return s[6] == '1' || s[6] == '2';
    if (n == 7 && s[5] == 'Q')
        return s[6] >= '1' && s[6] <= '4';
    if (n == 7 && digits(s + 5, 2)) {
        int m = atoi(s + 5);
        return m >= 1 && m <= 12;
    }
    if (n == 10) {
        char buf[11];
        memcpy(buf, s, 10);
        buf[10] = 0;
        return is_date(buf);
    }
    return 0;
}

/* A period: a point, or START/END (an ISO 8601 interval of two points). */
static int is_period(const char *s)
{
    const char *slash = strchr(s, '/');
    if (!slash)
        return is_period_point(s, strlen(s));
    return is_period_point(s, (size_t)(slash - s)) && strchr(slash + 1, '/') == NULL &&
           is_period_point(slash + 1, strlen(slash + 1));
}

int zb_record_validate(const zb_record *r, zb_error *err)
{
    if (!r->doc || !*r->doc)
        return zb_error_set(err, ZB_EINVALID, "field \"doc\": missing or empty");
    if (!r->indicator || !*r->indicator)
        return zb_error_set(err, ZB_EINVALID, "field \"indicator\": missing or empty");
    if (!r->unit || !*r->unit)
        return zb_error_set(err, ZB_EINVALID, "field \"unit\": missing or empty");
    if (!zb_kind_name(r->kind))
        return zb_error_set(err, ZB_EINVALID, "field \"kind\": out of range");
    if (!zb_bound_name(r->bound))
        return zb_error_set(err, ZB_EINVALID, "field \"bound\": out of range");
    if (!zb_status_name(r->status))
        return zb_error_set(err, ZB_EINVALID, "field \"status\": out of range");
    if (!isfinite(r->value))
        return zb_error_set(err, ZB_EINVALID, "field \"value\": not a finite number");
    if (r->published && !is_date(r->published))
        return zb_error_set(err, ZB_EINVALID, "field \"published\": \"%.80s\" is not a date YYYY-MM-DD",
                            r->published);
    if (r->period && !is_period(r->period))
        return zb_error_set(err, ZB_EINVALID,
                            "field \"period\": \"%.80s\" is not a period (2024, 2024-H1, 2024-Q3, "
                            "2024-05, 2024-01/2024-05)", r->period);
    if (r->basis && strcmp(r->basis, "yoy") && strcmp(r->basis, "mom"))
        return zb_error_set(err, ZB_EINVALID, "field \"basis\": \"%.80s\" is not one of yoy|mom|null",
                            r->basis);
    if (r->has_offset && r->off_start > r->off_end)
        return zb_error_set(err, ZB_EINVALID, "field \"offset\": start %zu is after end %zu",
                            r->off_start, r->off_end);
    return ZB_OK;
}

/* --------------------------------------------------------------- parsing */

/* The contract's fields, in contract order; F_* index them. */
enum { F_DOC, F_PUBLISHED, F_ZONE, F_INDICATOR, F_KIND, F_VALUE, F_UNIT, F_BOUND, F_STATUS,
       F_PERIOD, F_BASIS, F_TEXT, F_OFFSET, F_DERIVED, F_N };
static const char *const known_fields[F_N] = {"doc", "published", "zone", "indicator", "kind",
                                              "value", "unit", "bound", "status", "period",
                                              "basis", "text", "offset", "derived"};

/* Index of a contract field, or -1 for a field beyond the contract. */
static int field_index(const char *k)
{
    for (int i = 0; i < F_N; i++)
        if (k[0] == known_fields[i][0] && strcmp(k, known_fields[i]) == 0)
            return i;
    return -1;
}

static const char *type_name(const cJSON *v)
{
    if (cJSON_IsString(v)) return "a string";
    if (cJSON_IsNumber(v)) return "a number";
    if (cJSON_IsBool(v)) return "a boolean";
    if (cJSON_IsNull(v)) return "null";
    if (cJSON_IsArray(v)) return "an array";
    if (cJSON_IsObject(v)) return "an object";
    return "invalid";
}

/* Copy a string field v (NULL when the key is missing). nullable: JSON
 * null or a missing key give NULL. */
static int get_string(const cJSON *v, const char *name, int nullable, char **out, zb_error *err)
{
    if (!v || cJSON_IsNull(v)) {
        if (nullable)
            return ZB_OK;
        return zb_error_set(err, ZB_EINVALID, "field \"%s\": missing", name);
    }
    if (!cJSON_IsString(v))
        return zb_error_set(err, ZB_EINVALID, "field \"%s\": expected a string, got %s", name,
                            type_name(v));
    if (!(*out = strdup(v->valuestring)))
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    return ZB_OK;
}

static int get_enum(const cJSON *v, const char *name, const char *choices,
                    int (*parse)(const char *, void *), void *out, zb_error *err)
{
    if (!v)
        return zb_error_set(err, ZB_EINVALID, "field \"%s\": missing", name);
    if (!cJSON_IsString(v))
        return zb_error_set(err, ZB_EINVALID, "field \"%s\": expected a string, got %s", name,
                            type_name(v));
    if (parse(v->valuestring, out) != ZB_OK)
        return zb_error_set(err, ZB_EINVALID, "field \"%s\": \"%.80s\" is not one of %s", name,
                            v->valuestring, choices);
    return ZB_OK;
}

static int kind_parse_v(const char *s, void *o) { return zb_kind_parse(s, (zb_kind *)o); }
static int bound_parse_v(const char *s, void *o) { return zb_bound_parse(s, (zb_bound *)o); }
static int status_parse_v(const char *s, void *o) { return zb_status_parse(s, (zb_status *)o); }

/* A JSON number that is a whole non-negative value below 2^53, as an offset. */
static int offset_part(const cJSON *v, size_t *out)
{
    if (!cJSON_IsNumber(v))
        return 0;
    double d = v->valuedouble;
    if (!(d >= 0 && d <= 9007199254740992.0) || d != floor(d))
        return 0;
    *out = (size_t)d;
    return 1;
}

/* One pass over the object's keys: each contract field to its slot, a key
 * given twice refused (a record with two "kind"s is ambiguous), fields beyond
 * the contract left in place. Returns ZB_OK or ZB_EINVALID. */
static int collect(const cJSON *o, const cJSON *slot[F_N], int *nextra, zb_error *err)
{
    *nextra = 0;
    for (const cJSON *it = o->child; it; it = it->next) {
        if (!it->string)
            continue;
        int i = field_index(it->string);
        if (i >= 0) {
            if (slot[i])
                return zb_error_set(err, ZB_EINVALID, "field \"%s\": given twice", known_fields[i]);
            slot[i] = it;
            continue;
        }
        (*nextra)++;
        for (const cJSON *b = it->next; b; b = b->next)
            if (b->string && strcmp(b->string, it->string) == 0)
                return zb_error_set(err, ZB_EINVALID, "field \"%.80s\": given twice", it->string);
    }
    return ZB_OK;
}

static int fill_record(cJSON *o, zb_record *r, zb_error *err)
{
    const cJSON *f[F_N] = {0};
    int rc, nextra;
    if ((rc = collect(o, f, &nextra, err)))
        return rc;
    if ((rc = get_string(f[F_DOC], "doc", 0, &r->doc, err)) ||
        (rc = get_string(f[F_PUBLISHED], "published", 1, &r->published, err)) ||
        (rc = get_string(f[F_ZONE], "zone", 1, &r->zone, err)) ||
        (rc = get_string(f[F_INDICATOR], "indicator", 0, &r->indicator, err)) ||
        (rc = get_enum(f[F_KIND], "kind", zb_kind_choices(), kind_parse_v, &r->kind, err)))
        return rc;
    const cJSON *v = f[F_VALUE];
    if (!v)
        return zb_error_set(err, ZB_EINVALID, "field \"value\": missing");
    if (!cJSON_IsNumber(v))
        return zb_error_set(err, ZB_EINVALID, "field \"value\": expected a number, got %s",
                            type_name(v));
    r->value = v->valuedouble;
    if (!isfinite(r->value))
        return zb_error_set(err, ZB_EINVALID, "field \"value\": out of range");
    if ((rc = get_string(f[F_UNIT], "unit", 0, &r->unit, err)) ||
        (rc = get_enum(f[F_BOUND], "bound", zb_bound_choices(), bound_parse_v, &r->bound, err)) ||
        (rc = get_enum(f[F_STATUS], "status", zb_status_choices(), status_parse_v, &r->status, err)) ||
        (rc = get_string(f[F_PERIOD], "period", 1, &r->period, err)) ||
        (rc = get_string(f[F_BASIS], "basis", 1, &r->basis, err)) ||
        (rc = get_string(f[F_TEXT], "text", 1, &r->text, err)))
        return rc;
    v = f[F_OFFSET];
    if (v && !cJSON_IsNull(v)) {
        if (!cJSON_IsArray(v) || cJSON_GetArraySize(v) != 2 ||
            !offset_part(cJSON_GetArrayItem(v, 0), &r->off_start) ||
            !offset_part(cJSON_GetArrayItem(v, 1), &r->off_end))
            return zb_error_set(err, ZB_EINVALID,
                                "field \"offset\": expected [start, end], two whole numbers >= 0");
        r->has_offset = 1;
    }
    v = f[F_DERIVED];
    if (v) {
        if (!cJSON_IsBool(v))
            return zb_error_set(err, ZB_EINVALID, "field \"derived\": expected true or false, got %s",
                                type_name(v));
        r->derived = cJSON_IsTrue(v) ? 1 : 0;
    }
    if ((rc = zb_record_validate(r, err)))
        return rc;
    /* Keep fields beyond the contract, in order, so nothing is lost: they are
     * moved (not copied) from the parsed object, which is deleted next. */
    if (nextra) {
        cJSON *extra = cJSON_CreateObject();
        if (!extra)
            return zb_error_set(err, ZB_ENOMEM, "out of memory");
        for (cJSON *it = o->child, *next; it; it = next) {
            next = it->next;
            if (it->string && field_index(it->string) < 0)
                cJSON_AddItemToArray(extra, cJSON_DetachItemViaPointer(o, it)); /* keeps its key */
        }
        r->extra = extra;
    }
    return ZB_OK;
}

int zb_record_parse(const char *line, size_t len, zb_record *r, zb_error *err)
{
    zb_record_clear(r);
    if (len >= 3 && (unsigned char)line[0] == 0xEF && (unsigned char)line[1] == 0xBB &&
        (unsigned char)line[2] == 0xBF) {
        line += 3;
        len -= 3;
    }
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
        len--;
    if (memchr(line, '\0', len))
        return zb_error_set(err, ZB_EPARSE, "not JSON: NUL byte in line");
    const char *end = NULL;
    cJSON *o = cJSON_ParseWithLengthOpts(line, len, &end, 0);
    if (!o) {
        const char *at = cJSON_GetErrorPtr();
        size_t col = (at && at >= line && at <= line + len) ? (size_t)(at - line) + 1 : 0;
        if (err)
            err->column = col;
        return zb_error_set(err, ZB_EPARSE, "not JSON (column %zu)", col);
    }
    int rc;
    for (; end && end < line + len; end++)
        if (!isspace((unsigned char)*end)) {
            rc = zb_error_set(err, ZB_EPARSE, "not JSON: text after the object (column %zu)",
                              (size_t)(end - line) + 1);
            goto out;
        }
    if (!cJSON_IsObject(o)) {
        rc = zb_error_set(err, ZB_EINVALID, "expected a JSON object, got %s", type_name(o));
        goto out;
    }
    rc = fill_record(o, r, err);
out:
    cJSON_Delete(o);
    if (rc != ZB_OK)
        zb_record_clear(r);
    return rc;
}

/* --------------------------------------------------------------- writing */

/* Write unsigned u into o (room for 20); returns the digit count.  The
 * digits are counted first (from the bit length: bits * 1233 / 4096 is
 * log10(2^bits) rounded down, one compare with a power of ten makes it
 * the count, no loop) and written from the right, two at a time. */
static size_t put_uint(uint64_t u, char *o)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                                "25262728293031323334353637383940414243444546474849"
                                "50515253545556575859606162636465666768697071727374"
                                "75767778798081828384858687888990919293949596979899";
    static const uint64_t p10[20] = {1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
                                     10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
                                     100000000000ULL, 1000000000000ULL, 10000000000000ULL,
                                     100000000000000ULL, 1000000000000000ULL,
                                     10000000000000000ULL, 100000000000000000ULL,
                                     1000000000000000000ULL, 10000000000000000000ULL};
    size_t n, k;
#if defined(__GNUC__)
    size_t t = ((size_t)(64 - __builtin_clzll(u | 1)) * 1233) >> 12;
    n = t + (u >= p10[t]);
    n += !n;
#else
    n = 1;
    while (n < 20 && u >= p10[n])
        n++;
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* below 10^8 (offsets, most values): the eight digits of u, leading
     * zeros too, as four pairs in one word, shifted down past the zeros
     * and stored whole (o has room for 20): no loop, no branch on n */
    if (u < 100000000) {
        uint32_t v = (uint32_t)u, hi = v / 10000, lo = v % 10000;
        uint16_t p[4];
        uint64_t w;
        memcpy(&p[0], pairs + 2 * (hi / 100), 2);
        memcpy(&p[1], pairs + 2 * (hi % 100), 2);
        memcpy(&p[2], pairs + 2 * (lo / 100), 2);
        memcpy(&p[3], pairs + 2 * (lo % 100), 2);
        memcpy(&w, p, 8);
        w >>= 8 * (8 - n);
        memcpy(o, &w, 8);
        return n;
    }
#endif
    k = n;
    while (u >= 100) {
        k -= 2;
        memcpy(o + k, pairs + 2 * (u % 100), 2);
        u /= 100;
    }
    if (u >= 10)
        memcpy(o + k - 2, pairs + 2 * u, 2);
    else
        o[k - 1] = (char)('0' + u);
    return n;
}

/*
 * The exact fast path of zb_format_number: x is the double nearest to
 * r / 10^d for an integer |r| < 10^15 and d <= 6 (tried smallest d first),
 * with 1e-4 <= |x| < 1e15.  Then r / 10^d has at most 15 significant
 * digits, so "%.15g" prints exactly it (x is far closer to it than half a
 * unit of the 15th digit), it reads back as x, and %g uses no exponent in
 * this range: the output is r with the point put d digits from the right.
 * r / 10^d is one correctly rounded division (10^d is exact), so the test
 * is exact.  Returns the length written to tmp (room for 40), or 0 when
 * x is not such a number.
 */
static size_t short_decimal(double x, char *tmp)
{
    static const double p10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
    double ax = fabs(x);
    size_t d, n = 0, nd, k;
    if (!(ax >= 1e-4 && ax < 1e15))
        return 0;
    /* a whole number (most figures): d = 0, r = x; its digits go straight
     * to tmp, no division, copy or point */
    if ((double)(uint64_t)ax == ax) {
        if (x < 0)
            tmp[n++] = '-';
        return n + put_uint((uint64_t)ax, tmp + n);
    }
    for (d = 1; d < sizeof p10 / sizeof p10[0]; d++) {
        double r = floor(ax * p10[d] + 0.5);
        char dig[24];
        if (r >= 1e15)
            return 0;
        if (r / p10[d] != ax)
            continue;
        if (x < 0)
            tmp[n++] = '-';
        nd = put_uint((uint64_t)r, dig);
        if (nd <= d) {                  /* 0.00ddd */
            tmp[n++] = '0';
            tmp[n++] = '.';
            for (k = nd; k < d; k++)
                tmp[n++] = '0';
            memcpy(tmp + n, dig, nd);
            n += nd;
        } else {
            memcpy(tmp + n, dig, nd - d);
            n += nd - d;
            if (d) {
                tmp[n++] = '.';
                memcpy(tmp + n, dig + nd - d, d);
                n += d;
            }
        }
        while (d && tmp[n - 1] == '0')  /* not reached (smallest d), kept for safety */
            n--;
        if (tmp[n - 1] == '.')
            n--;
        return n;
    }
    return 0;
}

char *zb_format_number(double x, int plain, char *out, size_t size)
{
    char tmp[64];
    size_t n;
    if (size && (n = short_decimal(x, tmp)) != 0) {
        if (n >= size)
            n = size - 1;
        memcpy(out, tmp, n);
        out[n] = 0;
        return out;
    }
    if (!isfinite(x)) {
        snprintf(out, size, "null");
        return out;
    }
    if (x == 0) {
        snprintf(out, size, "0");
        return out;
    }
    int prec = 15;
    snprintf(tmp, sizeof tmp, "%.15g", x);
    if (strtod(tmp, NULL) != x) {
        prec = 17;
        snprintf(tmp, sizeof tmp, "%.17g", x);
    }
    char *e = strchr(tmp, 'e');
    if (plain && e && fabs(x) >= 1e-6 && fabs(x) < 1e21) {
        /* digits after the point = significant digits - 1 - exponent */
        int exp10 = atoi(e + 1);
        int dec = prec - 1 - exp10;
        if (dec < 0)
            dec = 0;
        snprintf(tmp, sizeof tmp, "%.*f", dec, x);
        if (strchr(tmp, '.')) {
            size_t n = strlen(tmp);
            while (n && tmp[n - 1] == '0')
                tmp[--n] = 0;
            if (n && tmp[n - 1] == '.')
                tmp[--n] = 0;
        }
    }
    snprintf(out, size, "%s", tmp);
    return out;
}

/*
 * Writing a record is one pass into memory sized beforehand: the string
 * fields' lengths give the room (each escaped at most 6 bytes a byte, the
 * keys, number and offsets fit in REC_FIXED), so nothing is checked or grown
 * on the way, and zb_record_write needs no allocation for a usual record.
 */
enum { S_DOC, S_PUBLISHED, S_ZONE, S_INDICATOR, S_UNIT, S_PERIOD, S_BASIS, S_TEXT, S_N };
#define REC_FIXED 400   /* keys (~135), value (< 64), enums (< 72), offset (< 44), derived, "}\n" */

/* The free-text string fields of a record (NULL = null) and their
 * lengths (the enumerations are written from the tables below). */
typedef struct rec_strs {
    const char *s[S_N];
    size_t len[S_N];
} rec_strs;

/* Fill t from r; returns the room rec_core needs, or 0 when it is too big
 * to count. */
static size_t rec_strs_of(const zb_record *r, rec_strs *t)
{
    size_t room = REC_FIXED;
    t->s[S_DOC] = r->doc ? r->doc : "";
    t->s[S_PUBLISHED] = r->published;
    t->s[S_ZONE] = r->zone;
    t->s[S_INDICATOR] = r->indicator ? r->indicator : "";
    t->s[S_UNIT] = r->unit ? r->unit : "";
    t->s[S_PERIOD] = r->period;
    t->s[S_BASIS] = r->basis;
    t->s[S_TEXT] = r->text;
    for (int i = 0; i < S_N; i++) {
        t->len[i] = t->s[i] ? strlen(t->s[i]) : 0;
        if (t->len[i] > SIZE_MAX / 64)
            return 0;
        room += ZB_JSON_ROOM(t->len[i]);
    }
    return room;
}

/* ,"key": -- key is a literal with nothing to escape */
#define PUT_KEY(o, k) (memcpy((o), ",\"" k "\":", sizeof(k) + 3), (o) += sizeof(k) + 3)

/* A piece of JSON known in advance, copied 24 bytes at a time (the bytes
 * past it are written over next; REC_FIXED has room), not by a
 * variable-length memcpy. */
typedef struct fixed_json {
    char s[24];
    unsigned char n;
} fixed_json;
#define FIXED(str) {str, sizeof(str) - 1}

static char *put_fixed(char *o, const fixed_json *f)
{
    memcpy(o, f->s, sizeof f->s);
    return o + f->n;
}

/* ,"key":"value" of the enumerations, the last entry for out of range */
static const fixed_json kind_json[ZB_KIND_N + 1] = {
    FIXED(",\"kind\":\"amount\""), FIXED(",\"kind\":\"count\""), FIXED(",\"kind\":\"quantity\""),
    FIXED(",\"kind\":\"growth\""), FIXED(",\"kind\":\"share\""), FIXED(",\"kind\":\"pp\""),
    FIXED(",\"kind\":\"rank\""), FIXED(",\"kind\":null")};
static const fixed_json bound_json[ZB_BOUND_N + 1] = {
    FIXED(",\"bound\":\"eq\""), FIXED(",\"bound\":\"gt\""), FIXED(",\"bound\":\"ge\""),
    FIXED(",\"bound\":\"lt\""), FIXED(",\"bound\":\"le\""), FIXED(",\"bound\":\"approx\""),
    FIXED(",\"bound\":null")};
static const fixed_json status_json[ZB_STATUS_N + 1] = {
    FIXED(",\"status\":\"actual\""), FIXED(",\"status\":\"estimate\""),
    FIXED(",\"status\":\"target\""), FIXED(",\"status\":null")};

/* the key of each free-text field */
static const fixed_json str_key[S_N] = {
    FIXED("{\"doc\":"), FIXED(",\"published\":"), FIXED(",\"zone\":"), FIXED(",\"indicator\":"),
    FIXED(",\"unit\":"), FIXED(",\"period\":"), FIXED(",\"basis\":"), FIXED(",\"text\":")};

/* The free-text field i with its key: "value" or null.  (Always inline:
 * eight calls a record, each little more than the call.) */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline char *put_str(char *o, const rec_strs *t, int i)
{
    o = put_fixed(o, &str_key[i]);
    if (!t->s[i]) {
        memcpy(o, "null", 4);
        return o + 4;
    }
    return o + zb_json_escape(o, t->s[i], t->len[i]);
}

/* r as a JSON object without its extra fields and closing brace, at o
 * (room from rec_strs_of); returns the end.  Contract order. */
static char *rec_core(char *o, const zb_record *r, const rec_strs *t)
{
    size_t n;
    o = put_str(o, t, S_DOC);
    o = put_str(o, t, S_PUBLISHED);
    o = put_str(o, t, S_ZONE);
    o = put_str(o, t, S_INDICATOR);
    o = put_fixed(o, &kind_json[(unsigned)r->kind < ZB_KIND_N ? r->kind : ZB_KIND_N]);
    PUT_KEY(o, "value");
    if (!(n = short_decimal(r->value, o))) {
        char num[64];
        zb_format_number(r->value, 0, num, sizeof num);
        n = strlen(num);
        memcpy(o, num, n);
    }
    o += n;
    o = put_str(o, t, S_UNIT);
    o = put_fixed(o, &bound_json[(unsigned)r->bound < ZB_BOUND_N ? r->bound : ZB_BOUND_N]);
    o = put_fixed(o, &status_json[(unsigned)r->status < ZB_STATUS_N ? r->status : ZB_STATUS_N]);
    o = put_str(o, t, S_PERIOD);
    o = put_str(o, t, S_BASIS);
    if (t->s[S_TEXT])
        o = put_str(o, t, S_TEXT);
    if (r->has_offset) {
        PUT_KEY(o, "offset");
        *o++ = '[';
        o += put_uint(r->off_start, o);
        *o++ = ',';
        o += put_uint(r->off_end, o);
        *o++ = ']';
    }
    if (r->derived != ZB_ABSENT) {
        PUT_KEY(o, "derived");
        if (r->derived) {
            memcpy(o, "true", 4);
            o += 4;
        } else {
            memcpy(o, "false", 5);
            o += 5;
        }
    }
    return o;
}

/* Append r as one JSON object (no newline) to b. */
static void record_json(zb_buf *b, const zb_record *r)
{
    rec_strs t;
    size_t room = rec_strs_of(r, &t);
    if (!room) {
        b->oom = 1;
        return;
    }
    if (zb_buf_reserve(b, room) != 0)
        return;
    b->len = (size_t)(rec_core(b->s + b->len, r, &t) - b->s);
    b->s[b->len] = 0;
    if (r->extra) {
        for (const cJSON *it = ((const cJSON *)r->extra)->child; it; it = it->next) {
            char *v = cJSON_PrintUnformatted(it);
            if (!v) {
                b->oom = 1;
                break;
            }
            zb_buf_put(b, ",", 1);
            zb_buf_json_string(b, it->string);
            zb_buf_put(b, ":", 1);
            zb_buf_puts(b, v);
            cJSON_free(v);
        }
    }
    zb_buf_put(b, "}", 1);
}

char *zb_record_to_json(const zb_record *r)
{
    zb_buf b = {0};
    record_json(&b, r);
    if (b.oom) {
        zb_buf_free(&b);
        return NULL;
    }
    return b.s;
}

size_t zb_record_line(char *o, size_t cap, const zb_record *r)
{
    rec_strs t;
    size_t room;
    char *e;
    if (!isfinite(r->value) || r->extra || !(room = rec_strs_of(r, &t)) || room > cap)
        return 0;
    e = rec_core(o, r, &t);
    *e++ = '}';
    *e++ = '\n';
    return (size_t)(e - o);
}

int zb_record_write(FILE *f, const zb_record *r, zb_error *err)
{
    /* JSON has no Inf/NaN: writing "null" would make a line no reader accepts */
    if (!isfinite(r->value))
        return zb_error_set(err, ZB_EINVALID, "field \"value\": not a finite number (indicator \"%.80s\")",
                            r->indicator ? r->indicator : "");
    char stack[4096];
    size_t n = zb_record_line(stack, sizeof stack, r);
    int ok;
    if (n) {
        /* the usual record: written on the stack, one fwrite */
        ok = fwrite(stack, 1, n, f) == n;
    } else {
        zb_buf b = {0};
        record_json(&b, r);
        zb_buf_put(&b, "\n", 1);
        if (b.oom) {
            zb_buf_free(&b);
            return zb_error_set(err, ZB_ENOMEM, "out of memory");
        }
        ok = fwrite(b.s, 1, b.len, f) == b.len;
        zb_buf_free(&b);
    }
    if (!ok)
        return zb_error_set(err, ZB_EIO, "write failed: %s", strerror(errno));
    return ZB_OK;
}

/* ---------------------------------------------------------------- reader */

struct zb_reader {
    FILE *f;
    char *name;
    char *line;
    size_t cap;
    size_t lineno;
};

zb_reader *zb_reader_new(FILE *f, const char *name)
{
    zb_reader *rd = calloc(1, sizeof *rd);
    if (!rd)
        return NULL;
    rd->f = f;
    rd->name = strdup(name && strcmp(name, "-") ? name : "<stdin>");
    if (!rd->name) {
        free(rd);
        return NULL;
    }
    return rd;
}

void zb_reader_free(zb_reader *rd)
{
    if (!rd)
        return;
    free(rd->name);
    free(rd->line);
    free(rd);
}

size_t zb_reader_line(const zb_reader *rd) { return rd->lineno; }

static void where(const zb_reader *rd, zb_error *err)
{
    if (err) {
        snprintf(err->file, sizeof err->file, "%s", rd->name);
        err->line = rd->lineno;
    }
}

/* Read one line into rd->line (without the newline; NUL bytes kept, so the
 * parser sees and rejects them). Returns its length, (size_t)-1 at EOF with
 * nothing read, (size_t)-2 on a line over ZB_MAX_LINE (the rest of it is
 * consumed), (size_t)-3 on ENOMEM or a read error. */
static size_t read_line(zb_reader *rd)
{
    size_t len = 0;
    int c = EOF, any = 0;
    FILE *f = rd->f;
    while ((c = getc_unlocked(f)) != EOF) {
        any = 1;
        if (c == '\n')
            break;
        if (len + 1 >= rd->cap) {
            if (rd->cap > ZB_MAX_LINE) { /* len == ZB_MAX_LINE and more follows */
                while ((c = getc_unlocked(f)) != EOF && c != '\n')
                    ;
                return (size_t)-2;
            }
            size_t cap = rd->cap ? rd->cap * 2 : 4096;
            if (cap > ZB_MAX_LINE + 1)
                cap = ZB_MAX_LINE + 1;
            char *t = realloc(rd->line, cap);
            if (!t)
                return (size_t)-3;
            rd->line = t;
            rd->cap = cap;
        }
        rd->line[len++] = (char)c;
    }
    if (ferror(f))
        return (size_t)-3;
    if (!any)
        return (size_t)-1;
    if (!rd->line && !(rd->line = malloc(rd->cap = 16)))
        return (size_t)-3;
    rd->line[len] = 0;
    return len;
}

int zb_reader_next(zb_reader *rd, zb_record *r, zb_error *err)
{
    for (;;) {
        size_t len = read_line(rd);
        if (len == (size_t)-1)
            return 0;
        rd->lineno++;
        where(rd, err);
        if (len == (size_t)-2)
            return zb_error_set(err, ZB_ELIMIT, "line longer than %zu bytes", ZB_MAX_LINE);
        if (len == (size_t)-3)
            return zb_error_set(err, ferror(rd->f) ? ZB_EIO : ZB_ENOMEM, "%s",
                                ferror(rd->f) ? "read error" : "out of memory");
        const char *s = rd->line;
        size_t n = len;
        if (rd->lineno == 1 && n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
            s += 3, n -= 3;
        size_t i = 0;
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
            i++;
        if (i == n)
            continue; /* blank line */
        int rc = zb_record_parse(s, n, r, err);
        if (rc != ZB_OK)
            return rc;
        return 1;
    }
}
