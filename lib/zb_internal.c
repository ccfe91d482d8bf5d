/*
 * zb_internal.c -- the out-of-line half of zb_internal.h: growing a zb_buf,
 * printf into one, formatted warnings, array growth, and the string map.
 *
 * The one idea: everything here fails soft and leaves its object usable.
 * A zb_buf remembers ENOMEM in oom so builders check once; zb_grow and
 * zb_smap_get leave the array or map as it was when they cannot grow.
 */
#include "zb_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#if defined(__SSE2__) && !defined(ZB_NO_SSE2)
#include <emmintrin.h>
#endif

/* ------------------------------------------------------- growable string */

int zb_buf_reserve(zb_buf *b, size_t n)
{
    if (b->oom)
        return -1;
    if (n > SIZE_MAX / 4 || b->len > SIZE_MAX / 4) {
        b->oom = 1;
        return -1;
    }
    size_t need = b->len + n + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->s, cap);
    if (!p) {
        b->oom = 1;
        return -1;
    }
    b->s = p;
    b->cap = cap;
    return 0;
}

void zb_buf_printf(zb_buf *b, const char *fmt, ...)
{
    if (b->oom)
        return;
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->oom = 1; /* an encoding error: treat as a failed build */
        return;
    }
    if ((size_t)n < sizeof tmp) {
        zb_buf_put(b, tmp, (size_t)n);
        return;
    }
    if (zb_buf_reserve(b, (size_t)n) != 0)
        return;
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void zb_buf_free(zb_buf *b)
{
    if (!b)
        return;
    free(b->s);
    memset(b, 0, sizeof *b);
}

char *zb_strdupf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *s = malloc((size_t)n + 1);
    if (!s)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* -------------------------------------------------------------- warnings */

void zb_warnf(zb_warn_fn warn, void *user, const char *fmt, ...)
{
    if (!warn)
        return;
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    warn(user, 0, msg);
}

/* ---------------------------------------------------------------- arrays */

int zb_grow_(void *arr, size_t *cap, size_t n, size_t size, size_t first)
{
    if (n < *cap)
        return 0;
    if (*cap > SIZE_MAX / 2)
        return -1;
    size_t nc = *cap ? *cap * 2 : first ? first : 1;
    while (nc <= n) {
        if (nc > SIZE_MAX / 2)
            return -1;
        nc *= 2;
    }
    if (size && nc > SIZE_MAX / size)
        return -1;
    void *p = realloc(*(void **)arr, nc * size);
    if (!p)
        return -1;
    *(void **)arr = p;
    *cap = nc;
    return 0;
}

/* ------------------------------------------------------------ string map */

/* Double the map (at least 64 slots), moving slots by their stored hash. */
static int smap_grow(zb_smap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    zb_smap_slot *s = calloc(cap, sizeof *s);
    if (!s)
        return ZB_ENOMEM;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slot[i].key)
            continue;
        size_t j = m->slot[i].hash & (cap - 1);
        while (s[j].key)
            j = (j + 1) & (cap - 1);
        s[j] = m->slot[i];
    }
    free(m->slot);
    m->slot = s;
    m->cap = cap;
    return ZB_OK;
}

zb_smap_slot *zb_smap_add_(zb_smap *m, const char *key, uint64_t h, int *fresh)
{
    if ((m->n + 1) * 4 > m->cap * 3 && smap_grow(m) != ZB_OK)
        return NULL;
    zb_smap_slot *s = zb_smap_probe_(m, key, h);
    if (!(s->key = strdup(key)))
        return NULL;
    s->hash = h;
    memset(&s->num, 0, sizeof *s - offsetof(zb_smap_slot, num));
    m->n++;
    if (fresh)
        *fresh = 1;
    return s;
}

const zb_smap_slot *zb_smap_find(const zb_smap *m, const char *key)
{
    if (!m->cap)
        return NULL;
    const zb_smap_slot *s = zb_smap_probe_(m, key, zb_hash_str(key));
    return s->key ? s : NULL;
}

void zb_smap_free(zb_smap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->slot[i].key);
    free(m->slot);
    memset(m, 0, sizeof *m);
}

void zb_smap_free_vals(zb_smap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free((void *)m->slot[i].val);
    zb_smap_free(m);
}

/* ---------------------------------------------------------- JSON strings */

/* Bytes JSON wants escaped: control bytes, " and \. */
#define JSON_SPECIAL(c) ((unsigned char)(c) < 0x20 || (c) == '"' || (c) == '\\')

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* High bit of the bytes of v (8 bytes as memcpy loads them) that JSON wants
 * escaped.  Exact for the first such byte (the lowest flagged): a borrow
 * only runs upwards from a byte that is flagged itself. */
static uint64_t json_special8(uint64_t v)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones * 0x80;
    uint64_t q = v ^ (ones * '"'), bs = v ^ (ones * '\\');
    return (((v - ones * 0x20) & ~v) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & highs;
}

#endif

/* zb_json_escape from s[i], which JSON wants escaped, on (o[0..k) written):
 * the rare part, out of line so that the common one stays small. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t json_escape_rest(char *o, size_t k, const char *s, size_t n, size_t i)
{
    static const char hex[] = "0123456789abcdef";
    for (;;) {
        while (i < n && !JSON_SPECIAL(s[i]))
            o[k++] = s[i++];
        if (i == n)
            break;
        unsigned char c = (unsigned char)s[i++];
        o[k++] = '\\';
        switch (c) {
        case '"': o[k++] = '"'; break;
        case '\\': o[k++] = '\\'; break;
        case '\n': o[k++] = 'n'; break;
        case '\r': o[k++] = 'r'; break;
        case '\t': o[k++] = 't'; break;
        case '\b': o[k++] = 'b'; break;
        case '\f': o[k++] = 'f'; break;
        default:
            o[k++] = 'u', o[k++] = '0', o[k++] = '0', o[k++] = hex[c >> 4], o[k++] = hex[c & 15];
        }
    }
    o[k++] = '"';
    return k;
}

/*
 * Most of a record's text needs no escape, so plain bytes are copied a
 * word at a time, sixteen bytes with SSE2, else eight: each word is stored
 * whole and the bytes before the first one to escape are kept.  A string
 * of at least a word ends with a word that overlaps the one before (the
 * bytes done already are masked out of its test, and stored again as they
 * were), so there is no byte loop and no branch on the length of a tail;
 * only a string shorter than 8 bytes is loaded in pieces (load_short).
 * From the first byte to escape on, json_escape_rest goes byte by byte.
 */
size_t zb_json_escape(char *o, const char *s, size_t n)
{
    o[0] = '"';
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    size_t i = 0;
#if defined(__SSE2__) && !defined(ZB_NO_SSE2)
    /* bytes below 0x20 are those that max(byte, 0x1F) leaves at 0x1F */
    if (n >= 16) {
        const __m128i low = _mm_set1_epi8(0x1F), quote = _mm_set1_epi8('"'),
                      bslash = _mm_set1_epi8('\\');
        do {
            size_t at = n - i >= 16 ? i : n - 16;
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + at));
            __m128i sp = _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, bslash));
            unsigned m;
            sp = _mm_or_si128(sp, _mm_cmpeq_epi8(_mm_max_epu8(x, low), low));
            _mm_storeu_si128((__m128i *)(void *)(o + 1 + at), x);
            if ((m = (unsigned)_mm_movemask_epi8(sp) >> (i - at)) != 0) {
                size_t a = i + (size_t)__builtin_ctz(m);
                return json_escape_rest(o, 1 + a, s, n, a);
            }
            i = at + 16;
        } while (i < n);
        o[n + 1] = '"';
        return n + 2;
    }
#endif
    if (n >= 8) {
        do {
            size_t at = n - i >= 8 ? i : n - 8;
            uint64_t v, m;
            memcpy(&v, s + at, 8);
            memcpy(o + 1 + at, &v, 8);
            /* (bytes below i are clean: no borrow runs up from them) */
            if ((m = json_special8(v) >> (8 * (i - at))) != 0) {
                size_t a = i + ((size_t)__builtin_ctzll(m) >> 3);
                return json_escape_rest(o, 1 + a, s, n, a);
            }
            i = at + 8;
        } while (i < n);
    } else if (n) {
        uint64_t v = zb_load_short(s, n);  /* the zeros above flag too: cut off */
        uint64_t m = json_special8(v) & ((UINT64_C(1) << (8 * n)) - 1);
        memcpy(o + 1, &v, 8);
        if (m) {
            size_t a = (size_t)__builtin_ctzll(m) >> 3;
            return json_escape_rest(o, 1 + a, s, n, a);
        }
    }
    o[n + 1] = '"';
    return n + 2;
#else
    return json_escape_rest(o, 1, s, n, 0);
#endif
}

/* JSON string: escape " \ and control characters; UTF-8 passes through. */
void zb_buf_json_string(zb_buf *b, const char *s)
{
    size_t n = strlen(s);
    if (n > SIZE_MAX / 8) {
        b->oom = 1;
        return;
    }
    if (zb_buf_reserve(b, ZB_JSON_ROOM(n)) != 0)
        return;
    b->len += zb_json_escape(b->s + b->len, s, n);
    b->s[b->len] = 0;
}
