/*
 * zb_test.h -- shared helpers for the cmocka unit tests.
 *
 * Include after <stdarg.h> <stddef.h> <setjmp.h> <stdint.h> (cmocka's rule);
 * this header includes them itself, then cmocka.h.
 *
 * Why assert_close: cmocka 1.1.5's assert_float_equal casts to float, so
 * 83450000000 and 83450001000 compare equal. Every number is compared on
 * doubles with a relative tolerance instead.
 */
#ifndef ZB_TEST_H
#define ZB_TEST_H
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

/* Fail unless |a-b| <= rel*max(|a|,|b|) (or both tiny). */
#define assert_close(a, b, rel) zb_assert_close_((double)(a), (double)(b), (rel), #a, __FILE__, __LINE__)
static inline void zb_assert_close_(double a, double b, double rel, const char *what,
                                    const char *file, int line)
{
    double m = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
    if (isnan(a) || isnan(b) || fabs(a - b) > rel * m + 1e-12) {
        print_error("%s = %.17g, expected %.17g (rel %g)\n", what, a, b, rel);
        _fail(file, line);
    }
}

/* Same with a row index for table-driven tests. */
#define assert_close_row(row, a, b, rel) do { \
    double a_ = (a), b_ = (b), m_ = fabs(a_) > fabs(b_) ? fabs(a_) : fabs(b_); \
    if (isnan(a_) || isnan(b_) || fabs(a_ - b_) > (rel) * m_ + 1e-12) { \
        print_error("row %d: %s = %.17g, expected %.17g\n", (int)(row), #a, a_, b_); \
        fail(); } } while (0)

/* Path of the repository's datasets/ (tests run from the repo root). */
#define ZB_DATASETS "datasets"
#endif
