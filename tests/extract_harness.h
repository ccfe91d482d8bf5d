/*
 * extract_harness.h -- what the extractor tests share: one extractor per
 * test binary (setup/teardown for cmocka groups), run_doc to extract a
 * document into `got`, the records copied so they outlive the callback,
 * free_got to release them. Include after zb_test.h in a test file that
 * uses all of them.
 */
#ifndef ZB_EXTRACT_HARNESS_H
#define ZB_EXTRACT_HARNESS_H

#include "zhibiao.h"

#include <string.h>

#define MAXREC 32

typedef struct got {
    zb_record r[MAXREC];
    size_t n;
} got;

static int collect(void *user, const zb_record *r)
{
    got *g = user;
    if (g->n < MAXREC) {
        zb_record_init(&g->r[g->n]);
        if (zb_record_copy(&g->r[g->n], r) != ZB_OK)
            return 1;
        g->n++;
    }
    return 0;
}

static zb_extractor *X;

static int setup(void **state)
{
    zb_error err;
    (void)state;
    X = zb_extractor_new(&err);
    return X ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    zb_extractor_free(X);
    return 0;
}

/* Extract text (doc name t.txt, encoding detected) into *g. */
static void run_doc(const char *text, got *g)
{
    zb_extract_opts o = {"t.txt", NULL, NULL, NULL};
    zb_error err;
    memset(g, 0, sizeof *g);
    assert_int_equal(zb_extract_buffer(X, text, strlen(text), &o, collect, g, &err), ZB_OK);
}

static void free_got(got *g)
{
    for (size_t i = 0; i < g->n; i++)
        zb_record_clear(&g->r[i]);
}

/* One expected record of a zone test: its zone ("(null)": none),
 * indicator (NULL: not checked), kind, value and unit. */
typedef struct zone_want {
    const char *zone, *ind;
    zb_kind kind;
    double value;
    const char *unit;
} zone_want;

/* The records of g are w[0..n), in order (inline: not every test file
 * that includes this uses it). */
static inline void check_zone_records(const got *g, const zone_want *w, size_t n)
{
    assert_int_equal(g->n, n);
    for (const zone_want *e = w; e < w + n; e++) {
        const zb_record *r = &g->r[e - w];
        assert_string_equal(r->zone ? r->zone : "(null)", e->zone);
        assert_string_equal(e->ind ? r->indicator : "", e->ind ? e->ind : "");
        assert_true(r->kind == e->kind && strcmp(r->unit, e->unit) == 0);
        assert_close_row((size_t)(e - w), r->value, e->value, 1e-9);
    }
}

#endif
