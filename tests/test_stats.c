/*
 * test_stats.c -- the numeric core of lib/stats.c: trend (OLS on decimal
 * years via GSL, CAGR, 95% CI and prediction interval) and ranks.
 *
 * Expected values were computed independently with plain python3 (no
 * numpy), using the textbook formulas, not GSL:
 *
 *   def fit(x, y):  mx, my = mean; sxx = sum((x-mx)^2); sxy = sum((x-mx)(y-my))
 *                   b = sxy/sxx; a = my - b*mx; ss = sum((y-a-bx)^2); tss = sum((y-my)^2)
 *   x=[2018.5,...,2022.5]; y=[3,5,4,7,8]  (years 2018..2022)
 *     -> slope 1.2 (by hand too: sxy = 12, sxx = 10), r2 0.837209302325592,
 *        CI with t(0.975,3) = 3.182446 (t table): [0.2277466873260694, 2.1722533126739307]
 *        at 2024.5: 10.2, PI [5.055319046612112, 15.344680953387886],
 *        line band [6.075078537463073, 14.324921462536926]
 *   x=[2022.5, 2023.5, 2024.25] (2022, 2023, then 2024-H1); y=[100,110,118]
 *     -> slope 10.270270270270272 per year, r2 0.9996677004873654,
 *        CI with t(0.975,1) = 12.706205: [7.891049445229634, 12.64949109531091]
 *   CAGR 2.6 -> 6 (2017 -> 2022, 5 years): ((6/2.6)**(1/5)-1)*100 = 18.204927370905
 */
#include "zb_test.h"
#include "zhibiao.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_fit.h>

static void test_trend_five_points(void **state)
{
    (void)state;
    double x[] = {2018.5, 2019.5, 2020.5, 2021.5, 2022.5}, y[] = {3, 5, 4, 7, 8};
    zb_trend t;
    assert_int_equal(zb_stats_trend(x, y, 5, ZB_KIND_AMOUNT, &t, NULL), ZB_OK);
    assert_int_equal(t.n, 5);
    assert_true(t.has_slope && t.has_ci && t.has_r2);
    assert_close(t.slope, 1.2, 1e-10);
    assert_close(t.slope_lo, 0.2277466873260694, 1e-6); /* t table has 7 digits */
    assert_close(t.slope_hi, 2.1722533126739307, 1e-6);
    assert_close(t.r2, 0.837209302325592, 1e-10);
    assert_close(t.t975, 3.182446, 1e-6);
    assert_close(t.first, 3, 0);
    assert_close(t.last, 8, 0);
    /* CAGR over 4 years, python3: ((8/3)**0.25-1)*100 = 27.788620849254485 */
    assert_true(t.has_cagr);
    assert_close(t.cagr_pct, 27.788620849254485, 1e-12);

    zb_trend_est est;
    assert_int_equal(zb_trend_at(&t, 2024.5, &est, NULL), ZB_OK);
    assert_close(est.y, 10.2, 1e-10);
    assert_close(est.pred_lo, 5.055319046612112, 1e-6);
    assert_close(est.pred_hi, 15.344680953387886, 1e-6);
    assert_close(est.mean_lo, 6.075078537463073, 1e-6);
    assert_close(est.mean_hi, 14.324921462536926, 1e-6);

    /* the band agrees with GSL's own standard error of the mean */
    double c0, c1, c00, c01, c11, ss, yy, yerr;
    gsl_fit_linear(x, 1, y, 1, 5, &c0, &c1, &c00, &c01, &c11, &ss);
    gsl_fit_linear_est(2024.5, c0, c1, c00, c01, c11, &yy, &yerr);
    assert_close(est.mean_hi - est.y, t.t975 * yerr, 1e-7);
}

static void test_trend_uneven_spacing(void **state)
{
    (void)state;
    /* 2022, 2023, then the first half of 2024: not one year apart */
    double x[] = {2023.5, 2022.5, 2024.25}, y[] = {110, 100, 118};
    zb_trend t;
    assert_int_equal(zb_stats_trend(x, y, 3, ZB_KIND_COUNT, &t, NULL), ZB_OK);
    assert_close(t.slope, 10.270270270270272, 1e-10);
    assert_close(t.r2, 0.9996677004873654, 1e-10);
    assert_close(t.slope_lo, 7.891049445229634, 1e-6);
    assert_close(t.slope_hi, 12.64949109531091, 1e-6);
    /* first/last by time, not by input order */
    assert_close(t.x_first, 2022.5, 0);
    assert_close(t.first, 100, 0);
    assert_close(t.x_last, 2024.25, 0);
    assert_close(t.last, 118, 0);
    /* CAGR over 1.75 years, python3: ((118/100)**(1/1.75)-1)*100 = 9.919674268401458 */
    assert_close(t.cagr_pct, 9.919674268401458, 1e-12);
}

static void test_cagr_danfoss(void **state)
{
    (void)state;
    /* 从2.6亿元上升到6亿元, 2017 -> 2022 */
    double x[] = {2017.5, 2022.5}, y[] = {2.6e8, 6e8};
    zb_trend t;
    assert_int_equal(zb_stats_trend(x, y, 2, ZB_KIND_AMOUNT, &t, NULL), ZB_OK);
    assert_true(t.has_cagr);
    assert_close(t.cagr_pct, 18.204927370905, 1e-10);
    /* two points: a slope (3.4e8 over 5 years = 6.8e7/yr) but no interval, no r2 */
    assert_true(t.has_slope);
    assert_close(t.slope, 6.8e7, 1e-12);
    assert_false(t.has_ci);
    assert_false(t.has_r2);
    zb_trend_est est;
    assert_int_equal(zb_trend_at(&t, 2023.5, &est, NULL), ZB_OK);
    assert_close(est.y, 6.68e8, 1e-12);
    assert_close(est.pred_lo, est.y, 0); /* no interval: lo = hi = y */
}

static void test_one_point_and_equal_x(void **state)
{
    (void)state;
    double x1[] = {2020.5}, y1[] = {5};
    zb_trend t;
    assert_int_equal(zb_stats_trend(x1, y1, 1, ZB_KIND_AMOUNT, &t, NULL), ZB_OK);
    assert_false(t.has_slope);
    assert_false(t.has_cagr);
    assert_non_null(t.cagr_note);
    zb_trend_est est;
    zb_error e = {0};
    assert_int_equal(zb_trend_at(&t, 2021.5, &est, &e), ZB_ENUMERIC);

    /* all x equal: GSL would return a NaN slope with status 0 */
    double x2[] = {2020.5, 2020.5, 2020.5}, y2[] = {1, 2, 3};
    assert_int_equal(zb_stats_trend(x2, y2, 3, ZB_KIND_AMOUNT, &t, NULL), ZB_OK);
    assert_false(t.has_slope);
    assert_false(t.has_ci);
    assert_false(t.has_cagr);
    assert_false(isnan(t.slope) || isnan(t.slope_lo) || isnan(t.r2));

    assert_int_equal(zb_stats_trend(x2, y2, 0, ZB_KIND_AMOUNT, &t, &e), ZB_ENUMERIC);
    double yn[] = {1, NAN, 3};
    double x3[] = {1, 2, 3};
    assert_int_equal(zb_stats_trend(x3, yn, 3, ZB_KIND_AMOUNT, &t, &e), ZB_ENUMERIC);
}

static void test_cagr_not_defined(void **state)
{
    (void)state;
    double x[] = {2020.5, 2021.5, 2022.5};
    double zero[] = {0, 4, 8}, neg[] = {5, 3, -1}, flat[] = {4, 4, 4};
    zb_trend t;
    assert_int_equal(zb_stats_trend(x, zero, 3, ZB_KIND_AMOUNT, &t, NULL), ZB_OK);
    assert_false(t.has_cagr);
    assert_string_equal(t.cagr_note, "not defined for zero or negative values");
    assert_close(t.slope, 4, 1e-12); /* the slope is still there */
    assert_int_equal(zb_stats_trend(x, neg, 3, ZB_KIND_AMOUNT, &t, NULL), ZB_OK);
    assert_false(t.has_cagr);
    assert_close(t.slope, -3, 1e-12);
    /* growth rates have no CAGR of their own */
    assert_int_equal(zb_stats_trend(x, zero + 1, 2, ZB_KIND_GROWTH, &t, NULL), ZB_OK);
    assert_false(t.has_cagr);
    assert_string_equal(t.cagr_note, "only for levels (amount, count, quantity)");
    /* constant series: CAGR 0, slope 0, r2 undefined (tss = 0), CI [0, 0] */
    assert_int_equal(zb_stats_trend(x, flat, 3, ZB_KIND_COUNT, &t, NULL), ZB_OK);
    assert_true(t.has_cagr);
    assert_close(t.cagr_pct, 0, 0);
    assert_false(t.has_r2);
    assert_true(t.has_ci);
    assert_close(t.slope_lo, 0, 0);
}

static void test_rank(void **state)
{
    (void)state;
    /* by hand: mean 13.75; sample sd sqrt((3.75^2+6.25^2+6.25^2+8.75^2)/3) = sqrt(56.25) = 7.5 */
    double v[] = {10, 20, 20, 5};
    size_t rank[4];
    double z[4], pct[4];
    int has_z;
    assert_int_equal(zb_stats_rank(v, 4, 0, rank, z, pct, &has_z), ZB_OK);
    assert_int_equal(rank[0], 3);
    assert_int_equal(rank[1], 1); /* tie shares rank 1 */
    assert_int_equal(rank[2], 1);
    assert_int_equal(rank[3], 4);
    assert_true(has_z);
    assert_close(z[0], -0.5, 1e-12);
    assert_close(z[1], 6.25 / 7.5, 1e-12);
    assert_close(z[3], -8.75 / 7.5, 1e-12);
    /* percentile: values worse / (n-1) */
    assert_close(pct[1], 200.0 / 3, 1e-12);
    assert_close(pct[0], 100.0 / 3, 1e-12);
    assert_close(pct[3], 0, 0);
    /* ascending (for ranks like 全省第3): smallest first */
    assert_int_equal(zb_stats_rank(v, 4, 1, rank, z, pct, &has_z), ZB_OK);
    assert_int_equal(rank[3], 1);
    assert_int_equal(rank[0], 2);
    assert_int_equal(rank[1], 3);
    assert_int_equal(rank[2], 3);
    assert_close(pct[3], 100, 0);
    /* one zone: rank 1, percentile 100, no z */
    assert_int_equal(zb_stats_rank(v, 1, 0, rank, z, pct, &has_z), ZB_OK);
    assert_int_equal(rank[0], 1);
    assert_close(pct[0], 100, 0);
    assert_false(has_z);
    /* all equal: sd 0, no z */
    double eq[] = {3, 3, 3};
    assert_int_equal(zb_stats_rank(eq, 3, 0, rank, z, pct, &has_z), ZB_OK);
    assert_false(has_z);
    assert_int_equal(rank[2], 1);
}

int main(void)
{
    gsl_set_error_handler_off();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trend_five_points),
        cmocka_unit_test(test_trend_uneven_spacing),
        cmocka_unit_test(test_cagr_danfoss),
        cmocka_unit_test(test_one_point_and_equal_x),
        cmocka_unit_test(test_cagr_not_defined),
        cmocka_unit_test(test_rank),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
