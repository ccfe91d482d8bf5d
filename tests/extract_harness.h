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

#endif
