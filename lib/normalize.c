/*
 * normalize.c -- one code point at a time: traditional -> simplified,
 * full-width ASCII -> ASCII, ideographic space and NBSP -> ' '.
 *
 * The one idea: everything is a lookup in one 64 K-entry table indexed by
 * BMP code point (0 = keep the character), filled once by
 * zb_normalizer_new.  The traditional -> simplified part of the table comes
 * from OpenCC's t2s config, asked about every candidate ideograph
 * (U+3400..U+9FFF, U+F900..U+FAFF) in ONE call with the characters
 * separated by newlines.  t2s is phrase-based (it would turn 乾 into 干 or
 * keep it depending on the neighbours); isolating each character gives its
 * context-free reading, and only 1-character BMP -> 1-character BMP answers
 * are kept, so a replacement is never longer in UTF-8 than its source
 * (a 3-byte ideograph stays 3 bytes; full-width forms shrink to 1 byte).
 * Characters OpenCC maps outside the BMP (a few rare ones) are kept as is.
 *
 * Hence out->len <= len, and output and source advance together except
 * where a character shrinks (full-width form 3 -> 1 byte, U+3000 3 -> 1,
 * NBSP 2 -> 1, a shorter t2s answer).  The map back to the source is
 * therefore sparse: one break point (output offset, source - output delta)
 * after each shrunk character; zb_normtext_source finds a byte's character
 * start and adds the delta of the last break point before it (binary
 * search).  Text needing no change is copied as it is checked: ASCII
 * eight bytes at a time, 3-byte characters (all of CJK) two at a time,
 * each tested against a bitmap of the code points that change.  Invalid
 * UTF-8 (not made by zb_decode) is copied through byte by byte, never read
 * past the end -- or, for zb_normalize_checked (zb_decode_normalize's
 * one pass over input that may need no decoding), stops the loop: the
 * bitmap also flags the ill-formed 3-byte forms, so checking costs the
 * fast paths nothing.
 */
#if defined(__linux__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE                     /* dladdr */
#endif
#include "zhibiao.h"

#include <opencc/opencc.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
#include <dlfcn.h>                      /* dladdr in libc itself, no -ldl */
#define T2S_CACHE 1
#endif

#define CJK_RANGES { {0x3400, 0x9FFF}, {0xF900, 0xFAFF} }

struct zb_normalizer {
    /* The replacement of code point c as it is written: its UTF-8 bytes
     * (byte j in bits 8j..8j+7) | their count << 24; 0 = keep c. */
    uint32_t rep[0x10000];
    /* The 3-byte form b0 b1 b2 of code point c needs a closer look when
     * bit b2 & 63 of look[(b1 << 8 | b0) - 0x8000] is set: c changes
     * (rep[c] != 0) or the form is no well-formed UTF-8 (an overlong form
     * of c < U+0800, a surrogate).  Indexed by the first two bytes as they
     * stand (one 16-bit load), so only 16 of every 256 entries are used:
     * 128 KB, of which the 8 KB used stay in L1.  The fast paths test only
     * this bit, so they check and keep a character in one step. */
    uint64_t look[0x4000];
};

/* Encode BMP code point c as UTF-8 into o; returns the byte count. */
static size_t put_utf8(unsigned c, unsigned char *o)
{
    if (c < 0x80) {
        o[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (unsigned char)(0xC0 | (c >> 6));
        o[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    }
    o[0] = (unsigned char)(0xE0 | (c >> 12));
    o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (c & 0x3F));
    return 3;
}

/* BMP code point c as a `rep` entry. */
static uint32_t rep_of(unsigned c)
{
    unsigned char b[3] = {0, 0, 0};
    size_t w = put_utf8(c, b);
    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)w << 24;
}

/* Write the replacement e (a `rep` entry) at o; returns its byte count. */
static size_t put_rep(uint32_t e, unsigned char *o)
{
    size_t w = e >> 24, j;
    for (j = 0; j < w; j++)
        o[j] = (unsigned char)(e >> (8 * j));
    return w;
}

/* Decode one whole line p[0..n) holding a single 3-byte BMP character;
 * returns it, or 0 when the line is anything else. */
static unsigned one_bmp_char(const unsigned char *p, size_t n)
{
    if (n != 3 || p[0] < 0xE0 || p[0] > 0xEF || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
        return 0;
    return ((unsigned)(p[0] & 0x0F) << 12) | ((unsigned)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
}

/*
 * Ask OpenCC t2s about every candidate ideograph at once ("c\n" each) and
 * store the 1:1 BMP answers in n->rep.  Returns ZB_OK, ZB_EDEP (OpenCC
 * missing or its answer misaligned) or ZB_ENOMEM.
 */
static int t2s_from_opencc(zb_normalizer *n, zb_error *err)
{
    static const unsigned ranges[][2] = CJK_RANGES;
    size_t r, count = 0, len = 0;
    unsigned c;
    unsigned char *in = NULL;
    char *res = NULL;
    const unsigned char *p, *q;
    opencc_t cc = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    int rc = ZB_OK;

    if (cc == (opencc_t)-1)
        cc = opencc_open("/usr/share/opencc/" OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    if (cc == (opencc_t)-1)
        return zb_error_set(err, ZB_EDEP, "OpenCC: cannot open %s: %s",
                            OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP, opencc_error());
    for (r = 0; r < sizeof ranges / sizeof ranges[0]; r++)
        count += ranges[r][1] - ranges[r][0] + 1;
    in = malloc(count * 4);
    if (!in) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory building the t2s table");
        goto out;
    }
    for (r = 0; r < sizeof ranges / sizeof ranges[0]; r++)
        for (c = ranges[r][0]; c <= ranges[r][1]; c++) {
            len += put_utf8(c, in + len);
            in[len++] = '\n';
        }
    res = opencc_convert_utf8(cc, (const char *)in, len);
    if (!res) {
        rc = zb_error_set(err, ZB_EDEP, "OpenCC: conversion failed: %s", opencc_error());
        goto out;
    }
    /* Walk source and answer line by line, in step. */
    p = in;
    q = (const unsigned char *)res;
    for (r = 0; r < count; r++) {
        const unsigned char *pe = memchr(p, '\n', (size_t)(in + len - p));
        const unsigned char *qe = (const unsigned char *)strchr((const char *)q, '\n');
        unsigned from, to;
        if (!pe || !qe) {
            rc = zb_error_set(err, ZB_EDEP, "OpenCC: t2s answer has fewer lines than asked");
            goto out;
        }
        from = one_bmp_char(p, (size_t)(pe - p));
        to = one_bmp_char(q, (size_t)(qe - q));
        if (from && to && to != from)
            n->rep[from] = rep_of(to);
        p = pe + 1;
        q = qe + 1;
    }
out:
    if (res)
        opencc_convert_utf8_free(res);
    free(in);
    opencc_close(cc);
    return rc;
}

/*
 * The t2s answers cached in a file.  Asking OpenCC (loading its
 * dictionaries, converting ~28K characters) is ~12 ms at every start,
 * most of a one-file run, so its 1:1 answers are kept in
 * $XDG_CACHE_HOME/zhibiao/t2s.bin (else ~/.cache/zhibiao/t2s.bin).  The
 * file starts with a key naming what OpenCC would read: its library file
 * (found with dladdr) and, in <prefix>/share/opencc next to it, t2s.json
 * and every dictionary file it names, each with its size, mtime and
 * inode.  The cache is used only when the key is the same now and no such
 * file name stands in the current directory (OpenCC would look there
 * first); the payload is checksummed and checked pair by pair.  Anything
 * else -- no cache, a stale or damaged one, no dladdr -- asks OpenCC as
 * before and (re)writes the cache, silently: OpenCC stays the source of
 * truth, the cache only remembers its answer.
 */
#ifdef T2S_CACHE
#define T2S_MAGIC "zhibiao t2s cache 1\n"
#define T2S_KEY_CAP 4096
#define T2S_MAX_PAIRS 0x10000

/* Append "name size mtime inode\n" of path to key[*n..cap); 0 when path
 * cannot be stat'ed or the key is full. */
static int key_file(char *key, size_t *n, size_t cap, const char *path)
{
    struct stat st;
    int w;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    w = snprintf(key + *n, cap - *n, "%s %lld %lld.%09ld %llu\n", path, (long long)st.st_size,
                 (long long)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec,
                 (unsigned long long)st.st_ino);
    if (w < 0 || (size_t)w >= cap - *n)
        return 0;
    *n += (size_t)w;
    return 1;
}

/* A file of that name in the current directory (OpenCC's first place). */
static int in_cwd(const char *name)
{
    struct stat st;
    return stat(name, &st) == 0;
}

/* Build the cache key into key[cap]; returns its length, 0 when the cache
 * cannot be used. */
static size_t t2s_key(char *key, size_t cap)
{
    Dl_info info;
    char lib[4096], dir[4096], path[4096], cfg[8192];
    size_t n = 0, dl;
    const char *l;
    FILE *f;
    if (!dladdr((void *)opencc_open, &info) || !info.dli_fname || !realpath(info.dli_fname, lib))
        return 0;
    /* <prefix>/lib/... -> <prefix>/share/opencc/ */
    if (!(l = strstr(lib, "/lib/")) && !(l = strstr(lib, "/lib64/")))
        return 0;
    dl = (size_t)snprintf(dir, sizeof dir, "%.*s/share/opencc/", (int)(l - lib), lib);
    if (dl >= sizeof dir || in_cwd(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP))
        return 0;
    memcpy(key, T2S_MAGIC, sizeof T2S_MAGIC - 1);
    n = sizeof T2S_MAGIC - 1;
    if ((size_t)snprintf(path, sizeof path, "%s%s", dir, OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP) >=
        sizeof path)
        return 0;
    if (!key_file(key, &n, cap, lib) || !key_file(key, &n, cap, path) || !(f = fopen(path, "r")))
        return 0;
    size_t cl = fread(cfg, 1, sizeof cfg - 1, f);
    int whole = feof(f) && !ferror(f);
    fclose(f);
    if (!whole)
        return 0;
    cfg[cl] = 0;
    /* every "file": "NAME" of the config */
    for (const char *p = strstr(cfg, "\"file\""); p; p = strstr(p, "\"file\"")) {
        const char *a, *b;
        p += 6;
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == ':')
            p++;
        if (*p != '"' || !(b = strchr(a = p + 1, '"')) || b == a || memchr(a, '/', (size_t)(b - a)))
            return 0;
        if ((size_t)snprintf(path, sizeof path, "%.*s", (int)(b - a), a) >= sizeof path ||
            in_cwd(path))
            return 0;
        if ((size_t)snprintf(path, sizeof path, "%s%.*s", dir, (int)(b - a), a) >= sizeof path ||
            !key_file(key, &n, cap, path))
            return 0;
        p = b + 1;
    }
    return n;
}

/* The cache file's path into path[cap]; 0 when there is no place. */
static int t2s_path(char *path, size_t cap, int make_dir)
{
    const char *x = getenv("XDG_CACHE_HOME"), *h = getenv("HOME");
    int w;
    if (x && x[0] == '/') {
        if (make_dir)
            mkdir(x, 0700);
        w = snprintf(path, cap, "%s/zhibiao", x);
    } else if (h && h[0] == '/') {
        w = snprintf(path, cap, "%s/.cache", h);
        if (w > 0 && (size_t)w < cap && make_dir)
            mkdir(path, 0700);
        w = snprintf(path, cap, "%s/.cache/zhibiao", h);
    } else
        return 0;
    if (w < 0 || (size_t)w >= cap - 16)
        return 0;
    if (make_dir)
        mkdir(path, 0700);
    memcpy(path + w, "/t2s.bin", sizeof "/t2s.bin");
    return 1;
}

static uint32_t fnv1a(const unsigned char *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

static int t2s_from_cache_pair(unsigned from)
{
    static const unsigned ranges[][2] = CJK_RANGES;
    for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++)
        if (from >= ranges[r][0] && from <= ranges[r][1])
            return 1;
    return 0;
}

/* Fill n->rep from the cache file when its key is key[0..kn); 1 on
 * success, 0 (n->rep untouched) otherwise.  File: key, uint32 count,
 * count uint32 pairs from << 16 | to, uint32 FNV-1a of the pairs. */
static int t2s_load(zb_normalizer *n, const char *key, size_t kn)
{
    char path[4096];
    unsigned char *buf = NULL;
    uint32_t count, sum, pr;
    size_t len, i;
    int ok = 0;
    FILE *f;
    if (!t2s_path(path, sizeof path, 0) || !(f = fopen(path, "rb")))
        return 0;
    buf = malloc(kn + 8 + 4 * (size_t)T2S_MAX_PAIRS + 1);
    if (buf) {
        len = fread(buf, 1, kn + 8 + 4 * (size_t)T2S_MAX_PAIRS + 1, f);
        if (len >= kn + 8 && memcmp(buf, key, kn) == 0) {
            memcpy(&count, buf + kn, 4);
            if (count <= T2S_MAX_PAIRS && len == kn + 8 + 4 * (size_t)count) {
                memcpy(&sum, buf + kn + 4 + 4 * (size_t)count, 4);
                ok = sum == fnv1a(buf + kn + 4, 4 * (size_t)count);
                for (i = 0; ok && i < count; i++) {
                    memcpy(&pr, buf + kn + 4 + 4 * i, 4);
                    ok = t2s_from_cache_pair(pr >> 16) && (pr & 0xFFFF) && (pr & 0xFFFF) != pr >> 16;
                }
                for (i = 0; ok && i < count; i++) {
                    memcpy(&pr, buf + kn + 4 + 4 * i, 4);
                    n->rep[pr >> 16] = rep_of(pr & 0xFFFF);
                }
            }
        }
    }
    free(buf);
    fclose(f);
    return ok;
}

/* Write n->rep's t2s answers (all it holds yet) to the cache; failures are
 * ignored.  Written to a temporary file renamed over the old one. */
static void t2s_store(const zb_normalizer *n, const char *key, size_t kn)
{
    char path[4096], tmp[4112];
    unsigned char *buf = malloc(kn + 8 + 4 * (size_t)T2S_MAX_PAIRS);
    uint32_t count = 0, sum;
    unsigned c;
    int fd;
    FILE *f;
    if (!buf || !t2s_path(path, sizeof path, 1)) {
        free(buf);
        return;
    }
    memcpy(buf, key, kn);
    for (c = 0; c < 0x10000; c++)
        if (n->rep[c]) {
            uint32_t e = n->rep[c], b0 = e & 0xFF, b1 = e >> 8 & 0x3F, b2 = e >> 16 & 0x3F;
            uint32_t to = e >> 24 == 3 ? (b0 & 0x0F) << 12 | b1 << 6 | b2
                          : e >> 24 == 2 ? (b0 & 0x1F) << 6 | b1 : b0;   /* rep_of undone */
            uint32_t pr = (uint32_t)c << 16 | to;
            memcpy(buf + kn + 4 + 4 * (size_t)count++, &pr, 4);
        }
    memcpy(buf + kn, &count, 4);
    sum = fnv1a(buf + kn + 4, 4 * (size_t)count);
    memcpy(buf + kn + 4 + 4 * (size_t)count, &sum, 4);
    snprintf(tmp, sizeof tmp, "%s.XXXXXX", path);
    if ((fd = mkstemp(tmp)) < 0) {
        free(buf);
        return;
    }
    if (!(f = fdopen(fd, "wb"))) {
        close(fd);
        unlink(tmp);
        free(buf);
        return;
    }
    size_t len = kn + 8 + 4 * (size_t)count;
    int bad = fwrite(buf, 1, len, f) != len;
    bad |= fclose(f) != 0;
    if (bad || rename(tmp, path) != 0)
        unlink(tmp);
    free(buf);
}
#endif

/* The t2s part of n->rep: from the cache when it holds OpenCC's answer,
 * else from OpenCC (then cached). */
static int fill_t2s(zb_normalizer *n, zb_error *err)
{
#ifdef T2S_CACHE
    char key[T2S_KEY_CAP];
    size_t kn = t2s_key(key, sizeof key);
    int rc;
    if (kn && t2s_load(n, key, kn))
        return ZB_OK;
    rc = t2s_from_opencc(n, err);
    if (rc == ZB_OK && kn)
        t2s_store(n, key, kn);
    return rc;
#else
    return t2s_from_opencc(n, err);
#endif
}

zb_normalizer *zb_normalizer_new(zb_error *err)
{
    zb_normalizer *n = calloc(1, sizeof *n);
    unsigned c;
    if (!n) {
        zb_error_set(err, ZB_ENOMEM, "out of memory creating the normaliser");
        return NULL;
    }
    if (fill_t2s(n, err) != ZB_OK) {
        free(n);
        return NULL;
    }
    for (c = 0xFF01; c <= 0xFF5E; c++)   /* ！..～ -> !..~ */
        n->rep[c] = rep_of(c - 0xFF01 + 0x21);
    n->rep[0x3000] = rep_of(' ');
    n->rep[0x00A0] = rep_of(' ');
    for (c = 0; c < 0x10000; c++)
        if (n->rep[c] || c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
            n->look[((0x80 | (c >> 6 & 0x3F)) << 8 | (0xE0 | c >> 12)) - 0x8000] |=
                (uint64_t)1 << (c & 63);
    return n;
}

void zb_normalizer_free(zb_normalizer *n)
{
    free(n);
}

void zb_normtext_clear(zb_normtext *t)
{
    if (!t)
        return;
    free(t->s);
    free(t->brk);
    memset(t, 0, sizeof *t);
}

#define HIGH_BITS UINT64_C(0x8080808080808080)

/* Length of the UTF-8 character at p[0..left): its lead byte's claim cut
 * down to the continuation bytes actually present (1 for a stray byte). */
static size_t char_len(const unsigned char *p, size_t left)
{
    size_t want = p[0] < 0xC2 ? 1 : p[0] < 0xE0 ? 2 : p[0] < 0xF0 ? 3 : p[0] < 0xF5 ? 4 : 1, k;
    for (k = 1; k < want && k < left && (p[k] & 0xC0) == 0x80; k++)
        ;
    return k;
}

/* Record a break point: from output offset `at` on, source offsets are
 * output offsets + delta.  Returns ZB_OK or ZB_ENOMEM. */
static int add_break(zb_normtext *t, size_t at, size_t delta)
{
    if (t->nbrk == t->brk_cap) {
        size_t cap = t->brk_cap ? 2 * t->brk_cap : 64;
        zb_normbreak *b;
        if (cap > SIZE_MAX / sizeof *b)
            return ZB_ENOMEM;
        b = realloc(t->brk, cap * sizeof *b);
        if (!b)
            return ZB_ENOMEM;
        t->brk = b;
        t->brk_cap = cap;
    }
    t->brk[t->nbrk].at = at;
    t->brk[t->nbrk].delta = delta;
    t->nbrk++;
    return ZB_OK;
}

/* p[0..8) as a little-endian word (one load on little-endian machines). */
static uint64_t le64(const unsigned char *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
#else
    return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24 |
           (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 |
           (uint64_t)p[7] << 56;
#endif
}

/* Bytes 0..5 of a le64 word are two 3-byte characters (lead 1110xxxx,
 * then 10xxxxxx twice; bytes 6, 7 not looked at). */
#define PAIR_MASK UINT64_C(0x0000C0C0F0C0C0F0)
#define PAIR_SHAPE UINT64_C(0x00008080E08080E0)
/* Number of ASCII bytes (1..8) that start the le64 word v, whose byte 0
 * is ASCII. */
static size_t ascii_prefix(uint64_t v)
{
    uint64_t h = v & HIGH_BITS;
#if defined(__GNUC__)
    return h ? (size_t)__builtin_ctzll(h) >> 3 : 8;
#else
    size_t a = 1;
    while (a < 8 && !(h >> (8 * a) & 0x80))
        a++;
    return a;
#endif
}

/* Bytes 0..2 of a le64 word are one 3-byte character. */
#define ONE_MASK UINT64_C(0xC0C0F0)
#define ONE_SHAPE UINT64_C(0x8080E0)
#define IS_CONT(b) (((b) & 0xC0) == 0x80)

/* Code point of the 3-byte character p[0..3) (shape checked). */
static unsigned cp3(const unsigned char *p)
{
    return ((unsigned)(p[0] & 0x0F) << 12) | ((unsigned)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
}

/* Bit 0: the 3-byte character p[0..3) (shape checked) changes or is
 * ill-formed (see `look`). */
static uint64_t look_bit(const uint64_t *look, const unsigned char *p)
{
    return look[(ptrdiff_t)((unsigned)p[1] << 8 | p[0]) - 0x8000] >> (p[2] & 63);
}

/* Is the character p[0..cl) (lead >= 0x80, cl from char_len) well-formed
 * UTF-8 (Unicode Table 3-7: whole, no overlong form, no surrogate, nothing
 * above U+10FFFF)? */
static int well_formed(const unsigned char *p, size_t cl)
{
    unsigned c = p[0];
    if (c < 0xC2 || c > 0xF4)
        return 0;
    if (c < 0xE0)
        return cl == 2;
    if (c < 0xF0)
        return cl == 3 && (c == 0xE0 ? p[1] >= 0xA0 : c != 0xED || p[1] < 0xA0);
    return cl == 4 && (c == 0xF0 ? p[1] >= 0x90 : c != 0xF4 || p[1] < 0x90);
}

#define ILL_FORMED (SIZE_MAX - 1)       /* normalize_into's answer when checking */

/*
 * The loop behind zb_normalize, zb_normalize_checked and zb_normalize_str:
 * normalise in[0..len) into o (room for len bytes), recording break points
 * in t when t is non-NULL.  Returns the output length (<= len), SIZE_MAX on
 * ENOMEM, or, when `checked`, ILL_FORMED at the first character that is no
 * well-formed UTF-8 (unchecked, such bytes are copied through).
 *
 * Most text stays as it is, so the loop copies as it checks: ASCII eight
 * bytes at a time, unchanged 3-byte characters (all of CJK) two at a time
 * (one 8-byte load checks both shapes, two bits of `look` say neither
 * needs a look; all 8 bytes are stored and 6 kept -- k <= i, so o has
 * room), else one at a time, where a t2s answer of 3 bytes is written
 * too, without leaving the run; whatever is left (a character that
 * shrinks, 2- and 4-byte characters, invalid UTF-8) takes the general
 * path.  A 3-byte character `look` lets through is well-formed, so only
 * the general path checks.
 */
/* (On a 64-byte boundary: where its loops fall otherwise depends on the
 * code before it, which moved this loop's speed by ~10% on an EPYC.) */
#if defined(__GNUC__)
__attribute__((aligned(64)))
#endif
static size_t normalize_into(const zb_normalizer *n, const unsigned char *in, size_t len,
                             unsigned char *o, zb_normtext *t, int checked)
{
    const uint64_t *look = n->look;
    const size_t lim8 = len > 7 ? len - 7 : 0;  /* i < lim8: in[i..i+8) is there */
    size_t i = 0, k = 0;
    while (i < len) {
        size_t cl, w;
        unsigned cp = 0;
        uint32_t e;
        /* While 8 bytes are left, one 8-byte load a step (k <= i, so o has
         * room for 8 bytes too): two 3-byte characters kept; else the
         * ASCII bytes up to the first other one; else one 3-byte
         * character, kept or replaced by its 3-byte t2s answer (only
         * ideographs have such answers). */
        while (i < lim8) {
            uint64_t v = le64(in + i), b0;
            if ((v & PAIR_MASK) == PAIR_SHAPE) {
                b0 = look_bit(look, in + i);
                if (!((b0 | look_bit(look, in + i + 3)) & 1)) {
                    memcpy(o + k, in + i, 8);
                    i += 6;
                    k += 6;
                    continue;
                }
            } else if (!(v & 0x80)) {
                size_t a = ascii_prefix(v);
                memcpy(o + k, in + i, 8);
                i += a;
                k += a;
                /* (ASCII is mostly a few digits or a mark inside Chinese
                 * text: the pair after it, taken here, is a branch that
                 * goes the same way nearly every time) */
                if (i < lim8 && ((v = le64(in + i)) & PAIR_MASK) == PAIR_SHAPE &&
                    !((look_bit(look, in + i) | look_bit(look, in + i + 3)) & 1)) {
                    memcpy(o + k, in + i, 8);
                    i += 6;
                    k += 6;
                }
                continue;
            } else if ((v & ONE_MASK) == ONE_SHAPE) {
                b0 = look_bit(look, in + i);
            } else {
                break;
            }
            if (b0 & 1) {
                e = n->rep[cp3(in + i)];
                if (e >> 24 != 3)
                    break;              /* it shrinks or is ill-formed: the general path */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                memcpy(o + k, &e, 4);   /* 3 written, the count byte after them */
#else
                put_rep(e, o + k);
#endif
            } else {
                memcpy(o + k, in + i, 4);   /* 3 kept */
            }
            i += 3;
            k += 3;
        }
        if (i >= len)
            break;
        if (i >= lim8) {
            /* the last 7 bytes: the same, one character at a time */
            if (in[i] < 0x80) {
                o[k++] = in[i++];
                continue;
            }
            if (i + 3 <= len && (in[i] & 0xF0) == 0xE0 && IS_CONT(in[i + 1]) &&
                IS_CONT(in[i + 2])) {
                if (!(look_bit(look, in + i) & 1)) {
                    memcpy(o + k, in + i, 3);
                    i += 3;
                    k += 3;
                    continue;
                }
                e = n->rep[cp3(in + i)];
                if (e >> 24 == 3) {
                    put_rep(e, o + k);
                    i += 3;
                    k += 3;
                    continue;
                }
            }
        }
        /* general path: one character */
        cl = char_len(in + i, len - i);
        if (checked && !well_formed(in + i, cl))
            return ILL_FORMED;
        if (cl == 3)
            cp = cp3(in + i);
        else if (cl == 2)
            cp = ((unsigned)(in[i] & 0x1F) << 6) | (in[i + 1] & 0x3F);
        e = cp ? n->rep[cp] : 0;
        w = e >> 24;
        if (!w || w > cl) {             /* w > cl: never, by construction; stay in bounds */
            w = cl;
            memcpy(o + k, in + i, cl);
        } else {
            put_rep(e, o + k);
        }
        k += w;
        i += cl;
        if (w < cl && t && add_break(t, k, i - k) != ZB_OK)
            return SIZE_MAX;
    }
    return k;
}

/* zb_normalize and (checked) zb_normalize_checked. */
static int normalize_text(const zb_normalizer *n, const char *in, size_t len, zb_normtext *out,
                          int checked, zb_error *err)
{
    size_t k;
    if (!in)
        len = 0;
    if (out->cap < len + 1 || !out->s) {
        char *s;
        if (len == SIZE_MAX)
            return zb_error_set(err, ZB_ENOMEM, "text of %zu bytes too large to normalise", len);
        s = realloc(out->s, len + 1);
        if (!s)
            return zb_error_set(err, ZB_ENOMEM, "out of memory normalising %zu bytes", len);
        out->s = s;
        out->cap = len + 1;
    }
    out->nbrk = 0;
    if (checked && len && memchr(in, '\0', len))
        k = ILL_FORMED;                 /* zb_decode would turn it into a space */
    else
        k = len ? normalize_into(n, (const unsigned char *)in, len, (unsigned char *)out->s,
                                 out, checked)
                : 0;
    if (k == SIZE_MAX || k == ILL_FORMED) {
        out->len = 0;
        out->s[0] = '\0';
        out->nbrk = 0;
        if (k == ILL_FORMED)
            return ZB_EPARSE;
        return zb_error_set(err, ZB_ENOMEM, "out of memory normalising %zu bytes", len);
    }
    out->len = k;
    out->s[k] = '\0';
    return ZB_OK;
}

int zb_normalize(const zb_normalizer *n, const char *in, size_t len, zb_normtext *out,
                 zb_error *err)
{
    return normalize_text(n, in, len, out, 0, err);
}

int zb_normalize_checked(const zb_normalizer *n, const char *in, size_t len, zb_normtext *out,
                         zb_error *err)
{
    return normalize_text(n, in, len, out, 1, err);
}

size_t zb_normtext_source(const zb_normtext *t, size_t off)
{
    size_t src;
    zb_normtext_sources(t, &off, &src, 1);
    return src;
}

char *zb_normalize_str(const zb_normalizer *n, const char *s)
{
    size_t len = s ? strlen(s) : 0, k;
    char *o = malloc(len + 1);
    if (!o)
        return NULL;
    k = len ? normalize_into(n, (const unsigned char *)s, len, (unsigned char *)o, NULL, 0) : 0;
    o[k] = '\0';
    return o;
}

/* zb_normtext_source of n offsets at once (out[i] for off[i]).  The
 * extractor asks about the figures of a text in order, a few bytes apart,
 * so each search starts from the answer before (the first from the
 * thread's last one) and widens by doubling steps before it halves; a
 * figure's number and its clause, given in increasing order, then cost a
 * compare or two each past the first (any start gives the same answer). */
void zb_normtext_sources(const zb_normtext *t, const size_t *off, size_t *out, size_t n)
{
    static _Thread_local size_t last;
    const unsigned char *s = (const unsigned char *)t->s;
    const zb_normbreak *brk = t->brk;
    size_t len = t->len, nb = t->nbrk, h = last < nb ? last : nb;
    for (size_t i = 0; i < n; i++) {
        size_t c = off[i] > len ? len : off[i], lo, hi = nb, step = 1;
        if (c < len && (s[c] & 0xC0) == 0x80) {
            /* inside a character: back to its lead byte (at most 3 back).
             * A continuation byte that no lead's length covers (invalid
             * input copied through) is a character of its own. */
            size_t b = c;
            while (b > 0 && c - b < 3 && (s[b] & 0xC0) == 0x80)
                b--;
            if ((s[b] & 0xC0) != 0x80 && c < b + char_len(s + b, len - b))
                c = b;
        }
        /* lo = the number of break points at or before c: most often the
         * answer before (no break point between the two offsets) */
        if ((h == 0 || brk[h - 1].at <= c) && (h == nb || brk[h].at > c)) {
            out[i] = c + (h ? brk[h - 1].delta : 0);
            continue;
        }
        if (h > 0 && brk[h - 1].at > c) {           /* the answer is below h */
            hi = h - 1;
            while (hi > step && brk[hi - step].at > c) {
                hi -= step;
                step *= 2;
            }
            lo = hi > step ? hi - step : 0;
        } else {                                    /* at h or above */
            lo = h;
            while (hi - lo > step && brk[lo + step - 1].at <= c) {
                lo += step;
                step *= 2;
            }
            if (hi - lo > step)
                hi = lo + step - 1;
        }
        while (lo < hi) {              /* first break point after c */
            size_t mid = lo + (hi - lo) / 2;
            if (brk[mid].at <= c)
                lo = mid + 1;
            else
                hi = mid;
        }
        h = lo;
        out[i] = c + (lo ? brk[lo - 1].delta : 0);
    }
    last = h;
}
