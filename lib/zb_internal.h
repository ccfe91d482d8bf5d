/*
 * zb_internal.h -- private helpers shared by two or more modules of the
 * library (and by the CLI, which is built beside it). Never installed, never
 * part of the API: names may change with any commit.
 *
 * What belongs here: small, general tools that several .c files would
 * otherwise each write again (a growable string, a string hash, a string
 * map, array growth, a formatted warning). A helper that only one module
 * uses stays static in that module; anything tuned for one table
 * (series.c's avalanche of pointer keys) stays there too.
 *
 * Conventions are the library's: no printing, no exit, ENOMEM is reported
 * (as a flag or a return value), never fatal.
 */
#ifndef ZB_INTERNAL_H
#define ZB_INTERNAL_H

#include "zhibiao.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ------------------------------------------------------- growable string */

/*
 * A growable NUL-terminated string, zero-initialised (zb_buf b = {0}).
 * Appends never fail loudly: on ENOMEM they set oom and every later append
 * does nothing, so a builder checks oom once at the end. s stays NULL until
 * the first append; the caller owns s (free it, or zb_buf_free the buffer).
 */
typedef struct zb_buf {
    char *s;
    size_t len, cap;
    int oom;
} zb_buf;

/* Make room for n more bytes plus the NUL; 0, or -1 with oom set. */
int zb_buf_reserve(zb_buf *b, size_t n);

/* Append n bytes of s (may contain NULs; s may be NULL when n is 0). */
static inline void zb_buf_put(zb_buf *b, const char *s, size_t n)
{
    if (b->oom || (b->len + n + 1 > b->cap && zb_buf_reserve(b, n) != 0))
        return;
    if (n)
        memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

/* Append the C string s. */
static inline void zb_buf_puts(zb_buf *b, const char *s)
{
    zb_buf_put(b, s, strlen(s));
}

/* Append printf-style text. */
void zb_buf_printf(zb_buf *b, const char *fmt, ...) ZB_PRINTF(2, 3);
/* Append s as a JSON string: " \ \b \f \n \r \t escaped short, other bytes
 * below 0x20 as \u00xx, UTF-8 as is (the bytes cJSON prints). s non-NULL. */
void zb_buf_json_string(zb_buf *b, const char *s);

/* Room zb_json_escape needs for n bytes of text: every byte escaped as
 * \u00xx, the two quotes, 8 bytes of slack for its word stores. */
#define ZB_JSON_ROOM(n) (6 * (n) + 10)
/* Write s[0..n) as a JSON string (quotes included, escaped as
 * zb_buf_json_string does) at o, which has room for ZB_JSON_ROOM(n) bytes;
 * returns the bytes written. */
size_t zb_json_escape(char *o, const char *s, size_t n);

/* Write r as zb_record_write would, its JSON line with the newline, at o
 * when it fits in cap bytes (the room counted generously, as for the
 * worst escapes) and has no extra fields and a finite value; returns the
 * bytes written, or 0 (nothing usable written: use zb_record_write). */
size_t zb_record_line(char *o, size_t cap, const zb_record *r);

/* Free the text and zero the buffer (reusable after). Accepts NULL. */
void zb_buf_free(zb_buf *b);

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* s[0..r) (1 <= r <= 7) as memcpy would load them into a word, the bytes
 * above them 0: two overlapping loads, not a byte loop. */
static inline uint64_t zb_load_short(const char *s, size_t r)
{
    if (r >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + r - 4, 4);
        return a | (uint64_t)b << (8 * (r - 4));
    }
    return (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[r >> 1] << (8 * (r >> 1)) |
           (uint64_t)(unsigned char)s[r - 1] << (8 * (r - 1));
}
#endif

/* A new string formatted printf-style (free()); NULL on ENOMEM. */
char *zb_strdupf(const char *fmt, ...) ZB_PRINTF(1, 2);

/* -------------------------------------------------------------- warnings */

/* Format a warning (at most 1023 bytes) and pass it to warn(user, 0, text);
 * nothing when warn is NULL. */
void zb_warnf(zb_warn_fn warn, void *user, const char *fmt, ...) ZB_PRINTF(3, 4);

/* ---------------------------------------------------------------- arrays */

/*
 * Grow the array *arr (elements of size bytes, capacity *cap) so that index
 * n fits, doubling from first elements (small for arrays that exist by the
 * million, such as a point's sources). 0, or -1 on ENOMEM or overflow (*arr
 * and *cap are then unchanged). arr is the address of the array pointer.
 */
int zb_grow_(void *arr, size_t *cap, size_t n, size_t size, size_t first);
static inline int zb_grow(void *arr, size_t *cap, size_t n, size_t size, size_t first)
{
    return n < *cap ? 0 : zb_grow_(arr, cap, n, size, first); /* inline: the common case */
}

/* ---------------------------------------------------------- string hash */

/* FNV-1a, 64 bit, over the bytes of s up to its NUL: offset basis
 * 0xcbf29ce484222325, prime 0x100000001b3 (the four copies this replaced
 * started from 1469598103934665603, the basis with its last digit lost; no
 * output depended on it). Its low bits are what power-of-two tables use;
 * keys that need better mixing (pointers, small integers) want a finaliser
 * on top, as series.c does. */
static inline uint64_t zb_hash_str(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return h;
}

/* ------------------------------------------------------------ string map */

/*
 * A string -> pointer-or-number map: open addressing with linear probing,
 * power-of-two capacity, at most 3/4 full, the hash kept in each slot so a
 * probe compares strings only on equal hashes. Keys are owned copies; the
 * value is the caller's (the map never frees val), and a map uses either
 * val or num, never both: they share the slot's last word, which keeps a
 * slot at 24 bytes for the series set's big tables. Zero-initialise
 * (zb_smap m = {0}). Slots move when the map grows: a slot pointer is valid
 * until the next zb_smap_get; the key string itself stays put until
 * zb_smap_free.
 */
typedef struct zb_smap_slot {
    char *key;          /* owned; NULL = empty slot */
    uint64_t hash;
    union {
        const void *val;
        size_t num;
    };
} zb_smap_slot;

typedef struct zb_smap {
    zb_smap_slot *slot;
    size_t n, cap;
} zb_smap;

/* The slot of key (hash h) in a map with slots: found (key set) or the
 * empty slot where it goes. Internal to zb_smap_get and zb_smap_find. */
static inline zb_smap_slot *zb_smap_probe_(const zb_smap *m, const char *key, uint64_t h)
{
    size_t j = h & (m->cap - 1);
    while (m->slot[j].key && (m->slot[j].hash != h || strcmp(m->slot[j].key, key) != 0))
        j = (j + 1) & (m->cap - 1);
    return &m->slot[j];
}

/* Insert key (hash h, known absent): zb_smap_get's slow path. */
zb_smap_slot *zb_smap_add_(zb_smap *m, const char *key, uint64_t h, int *fresh);

/* The slot of key, inserted (value zeroed) when absent; *fresh (if not
 * NULL) says whether it was. NULL on ENOMEM (the map is unchanged). Inline
 * because a key that is there already (most lookups of the series set) is
 * a hash and a probe. */
static inline zb_smap_slot *zb_smap_get(zb_smap *m, const char *key, int *fresh)
{
    uint64_t h = zb_hash_str(key);
    if (m->cap) {
        zb_smap_slot *s = zb_smap_probe_(m, key, h);
        if (s->key) {
            if (fresh)
                *fresh = 0;
            return s;
        }
    }
    return zb_smap_add_(m, key, h, fresh);
}

/* The slot of key, or NULL when absent. Borrowed. */
const zb_smap_slot *zb_smap_find(const zb_smap *m, const char *key);

/* Free the keys and the slots (not the values) and zero the map. */
void zb_smap_free(zb_smap *m);

/* zb_smap_free after free() on every val: for maps that own their values
 * (allocated with malloc, or NULL). */
void zb_smap_free_vals(zb_smap *m);

#endif
