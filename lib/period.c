/*
 * period.c -- record periods as spans of whole months.
 *
 * The one idea: every period string of the record contract is a closed span
 * of months [start, end], with months counted from year 0
 * (index = year*12 + month-1). A year is 12 months, a half 6, a quarter 3,
 * "2024-01/2024-05" the five months Jan..May. Everything else is integer
 * arithmetic on the two ends:
 *
 *     mid-year (decimal years) = (start + end + 1) / 2 / 12
 *         2024     -> (24288 + 24299 + 1)/24 = 2024.5
 *         2024-H1  -> 2024.25        2024-05 -> 2024.375
 *
 * A day (YYYY-MM-DD, which the contract allows as a point) is taken as its
 * month: the tools here work at month resolution.
 */
#include "zhibiao.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const type_names[] = {"year", "half", "quarter", "month", "interval", "none"};

const char *zb_period_type_name(zb_period_type t)
{
    return (unsigned)t < ZB_PERIOD_TYPE_N ? type_names[t] : NULL;
}

static int digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static int num(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

/* One point s[0..n): sets its span and type; 0 when it is not a point. */
static int parse_point(const char *s, size_t n, zb_period *p)
{
    if (n < 4 || !digits(s, 4))
        return 0;
    int y = num(s, 4);
    if (y < 1000)
        return 0;
    int base = y * 12;
    if (n == 4) {
        *p = (zb_period){ZB_PERIOD_YEAR, base, base + 11};
        return 1;
    }
    if (s[4] != '-')
        return 0;
    if (n == 7 && s[5] == 'H' && (s[6] == '1' || s[6] == '2')) {
        int h = s[6] - '1';
        *p = (zb_period){ZB_PERIOD_HALF, base + 6 * h, base + 6 * h + 5};
        return 1;
    }
    if (n == 7 && s[5] == 'Q' && s[6] >= '1' && s[6] <= '4') {
        int q = s[6] - '1';
        *p = (zb_period){ZB_PERIOD_QUARTER, base + 3 * q, base + 3 * q + 2};
        return 1;
    }
    if ((n == 7 || (n == 10 && s[7] == '-' && digits(s + 8, 2))) && digits(s + 5, 2)) {
        int m = num(s + 5, 2);
        if (m < 1 || m > 12)
            return 0;
        if (n == 10) {
            int d = num(s + 8, 2);
            if (d < 1 || d > 31)
                return 0;
        }
        *p = (zb_period){ZB_PERIOD_MONTH, base + m - 1, base + m - 1};
        return 1;
    }
    return 0;
}

int zb_period_parse(const char *s, zb_period *p, zb_error *err)
{
    *p = (zb_period){ZB_PERIOD_NONE, 0, 0};
    if (!s || !*s)
        return ZB_OK;
    const char *slash = strchr(s, '/');
    zb_period a, b;
    if (!slash) {
        if (parse_point(s, strlen(s), &a)) {
            *p = a;
            return ZB_OK;
        }
    } else if (!strchr(slash + 1, '/') && parse_point(s, (size_t)(slash - s), &a) &&
               parse_point(slash + 1, strlen(slash + 1), &b) && a.start <= b.end) {
        *p = (zb_period){ZB_PERIOD_INTERVAL, a.start, b.end};
        return ZB_OK;
    }
    return zb_error_set(err, ZB_EINVALID,
                        "period \"%.80s\" is not a period (2024, 2024-H1, 2024-Q3, 2024-05, "
                        "2024-01/2024-05)", s);
}

double zb_period_mid_year(const zb_period *p)
{
    if (p->type == ZB_PERIOD_NONE)
        return NAN;
    return (double)(p->start + p->end + 1) / 24.0;
}

int zb_period_months(const zb_period *p)
{
    return p->type == ZB_PERIOD_NONE ? 0 : p->end - p->start + 1;
}

double zb_period_year_fraction(const zb_period *p)
{
    if (p->type == ZB_PERIOD_NONE || p->start / 12 != p->end / 12)
        return -1;
    return (double)(p->end - p->start + 1) / 12.0;
}

char *zb_period_format(const zb_period *p, char *buf, size_t size)
{
    int y = p->start / 12, m = p->start % 12 + 1;
    switch (p->type) {
    case ZB_PERIOD_YEAR: snprintf(buf, size, "%04d", y); break;
    case ZB_PERIOD_HALF: snprintf(buf, size, "%04d-H%d", y, m / 6 + 1); break;
    case ZB_PERIOD_QUARTER: snprintf(buf, size, "%04d-Q%d", y, m / 3 + 1); break;
    case ZB_PERIOD_MONTH: snprintf(buf, size, "%04d-%02d", y, m); break;
    case ZB_PERIOD_INTERVAL:
        snprintf(buf, size, "%04d-%02d/%04d-%02d", y, m, p->end / 12, p->end % 12 + 1);
        break;
    default: snprintf(buf, size, "%s", ""); break;
    }
    return buf;
}

char *zb_period_class(const zb_period *p, char *buf, size_t size)
{
    if (p->type == ZB_PERIOD_INTERVAL) {
        if (p->start / 12 == p->end / 12)
            snprintf(buf, size, "interval:%02d-%02d", p->start % 12 + 1, p->end % 12 + 1);
        else
            snprintf(buf, size, "interval:%dm", p->end - p->start + 1);
    } else {
        const char *n = zb_period_type_name(p->type);
        snprintf(buf, size, "%s", n ? n : "none");
    }
    return buf;
}
