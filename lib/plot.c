/*
 * plot.c -- gnuplot scripts for zhibiao's charts, and running gnuplot on them.
 *
 * Four charts are drawn from a finished series set (lib/series.c):
 *   trend-NNN      one zone and indicator over real time (decimal years, a
 *                  half-year at mid-year): values, the OLS trend with its 95%
 *                  confidence band (n >= 3, zb_stats_trend/zb_trend_at), and
 *                  the targets at their periods, coloured met/missed/pending
 *                  as zb_compare_run decided;
 *   targets-NNN    one zone: each target against its result, as percent of
 *                  the target, and shares of an annual plan against the
 *                  share of the year elapsed (calendar progress);
 *   rank-NNN       one indicator and period: zones as sorted horizontal bars;
 *   multiples-NNN  one zone: every indicator as a small panel, 12 a page.
 * Each script is self-contained: the style (plots/zhibiao.gp or --style) is
 * copied in, the data are datablocks, and the picture is written beside the
 * script whatever the working directory (the path is taken from ARG0).
 *
 * The one idea: a script is a program, and zone, indicator, unit and
 * document names are scraped web text. Such text reaches a script only
 * through put_str(), which writes a single-quoted gnuplot string with every
 * ' doubled and every control character made a space (gnuplot runs
 * `backquotes` and expands @macros everywhere except inside single quotes,
 * and a newline ends a command: ecosystem.md section 6). Terminals are
 * 'noenhanced' so _ ^ @ { } print as written. Datablocks carry only numbers
 * and labels this file formats itself; file names are ASCII stems of a
 * chart type and a counter, never document text.
 */
#include "zhibiao.h"
#include "zb_internal.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* ------------------------------------------------------------- the style */

/* Must equal plots/zhibiao.gp byte for byte (tests/test_plot.c checks). */
static const char default_style[] =
"# zhibiao.gp -- the default look of zhibiao charts: font, colours, line styles.\n"
"#\n"
"# `zhibiao plot` copies this file into every script it writes (between the\n"
"# \"style\" markers), so each script renders alone; `--style FILE` copies FILE\n"
"# instead. A style may set any gnuplot option; the chart scripts rely only on\n"
"# the zb_* variables and line styles 1-8 defined here.\n"
"#\n"
"# Font: a CJK family that fontconfig finds. 'Noto Sans CJK SC' (Debian\n"
"# fonts-noto-cjk) gives simplified-Chinese glyph forms; without a family name\n"
"# pango falls back to Noto Sans CJK JP (Japanese forms). zhibiao checks\n"
"# `fc-list :lang=zh family` for zb_font before rendering.\n"
"zb_font = 'Noto Sans CJK SC'\n"
"zb_fontsize = 11\n"
"zb_titlesize = 14\n"
"zb_smallsize = 9\n"
"\n"
"zb_c_actual   = '#1f77b4'\n"
"zb_c_estimate = '#6baed6'\n"
"zb_c_fit      = '#444444'\n"
"zb_c_band     = '#9ecae1'\n"
"zb_c_target   = '#ff7f0e'\n"
"zb_c_met      = '#2ca02c'\n"
"zb_c_missed   = '#d62728'\n"
"zb_c_pending  = '#8c8c8c'\n"
"zb_c_calendar = '#7b4fa0'\n"
"zb_c_grid     = '#dddddd'\n"
"zb_c_muted    = '#666666'\n"
"\n"
"set style line 1 lc rgb zb_c_actual lw 2 pt 7 ps 1.1      # reported values\n"
"set style line 2 lc rgb zb_c_estimate lw 2 pt 6 ps 1.1    # estimates (open circle)\n"
"set style line 3 lc rgb zb_c_fit lw 1.5 dt 2              # fitted trend\n"
"set style line 4 lc rgb zb_c_met lw 2 pt 9 ps 1.6         # target met (triangle)\n"
"set style line 5 lc rgb zb_c_missed lw 2 pt 11 ps 1.6     # target missed (down triangle)\n"
"set style line 6 lc rgb zb_c_pending lw 2 pt 8 ps 1.6     # target not yet assessed (open triangle)\n"
"set style line 7 lc rgb zb_c_calendar lw 2 dt 3           # time elapsed (calendar progress)\n"
"set style line 8 lc rgb zb_c_target lw 1.5 dt 4           # target level (100%)\n"
"\n"
"set border 3 lc rgb zb_c_muted\n"
"set tics nomirror textcolor rgb '#333333'\n"
"set grid ytics lc rgb zb_c_grid lw 1 dt 1\n"
"set key top left noautotitle box lc rgb zb_c_grid opaque samplen 2 spacing 1.1\n"
"set style fill transparent solid 0.35 noborder\n"
"set datafile missing '?'\n";

const char *zb_plot_default_style(void) { return default_style; }

static const char *const chart_type_names[] = {"trend", "targets", "rank", "multiples"};
static const char *const format_names[] = {"none", "png", "svg", "pdf"};

const char *zb_chart_type_name(zb_chart_type t)
{
    return (unsigned)t < ZB_CHART_N ? chart_type_names[t] : NULL;
}

const char *zb_plot_format_name(zb_plot_format f)
{
    return (unsigned)f < ZB_PLOT_FORMAT_N ? format_names[f] : NULL;
}

int zb_plot_format_parse(const char *s, zb_plot_format *out)
{
    for (int i = 0; s && i < ZB_PLOT_FORMAT_N; i++)
        if (strcmp(s, format_names[i]) == 0) {
            *out = (zb_plot_format)i;
            return ZB_OK;
        }
    return ZB_EINVALID;
}

/* ------------------------------------------------------- safe strings */

/* Length of the UTF-8 sequence starting at s (1..4), or 0 when s does not
 * start a valid, shortest-form sequence. */
static size_t utf8_len(const unsigned char *s)
{
    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xc2 && s[0] <= 0xdf)
        return (s[1] & 0xc0) == 0x80 ? 2 : 0;
    if (s[0] >= 0xe0 && s[0] <= 0xef) {
        if ((s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80)
            return 0;
        if ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] >= 0xa0))
            return 0;
        return 3;
    }
    if (s[0] >= 0xf0 && s[0] <= 0xf4) {
        if ((s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 || (s[3] & 0xc0) != 0x80)
            return 0;
        if ((s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

/*
 * Write s as the body of a single-quoted gnuplot string into f (without the
 * quotes): ' doubled; C0 controls, DEL, C1 controls (U+0080..U+009F) and
 * the line/paragraph separators U+2028/U+2029 made a space; an invalid
 * UTF-8 byte becomes '?'. At most max_chars characters (0: no limit), the
 * rest replaced by "…". NULL writes nothing.
 */
static void put_str_body(FILE *f, const char *s, size_t max_chars)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t chars = 0;
    if (!s)
        return;
    while (*p) {
        if (max_chars && chars == max_chars) {
            fputs("…", f);
            return;
        }
        size_t n = utf8_len(p);
        if (n == 0) {
            fputc('?', f);
            p++;
        } else if (n == 1) {
            if (*p < 0x20 || *p == 0x7f)
                fputc(' ', f);
            else if (*p == '\'')
                fputs("''", f);
            else
                fputc(*p, f);
            p++;
        } else {
            int c1 = n == 2 && p[0] == 0xc2 && p[1] < 0xa0;
            int sep = n == 3 && p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9);
            if (c1 || sep)
                fputc(' ', f);
            else
                fwrite(p, 1, n, f);
            p += n;
        }
        chars++;
    }
}

/* Write s as a complete single-quoted gnuplot string. */
static void put_str(FILE *f, const char *s, size_t max_chars)
{
    fputc('\'', f);
    put_str_body(f, s, max_chars);
    fputc('\'', f);
}

/* Display width of s cut to max_chars characters (as put_str_body cuts
 * it): 2 columns for CJK and other wide characters, 1 otherwise. */
static size_t text_width(const char *s, size_t max_chars)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t w = 0, chars = 0;
    while (p && *p) {
        if (max_chars && chars == max_chars)
            return w + 2;
        size_t n = utf8_len(p);
        w += n >= 3 ? 2 : 1;
        p += n ? n : 1;
        chars++;
    }
    return w;
}

char *zb_plot_quote(const char *s, size_t max_chars)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return NULL;
    put_str(f, s ? s : "", max_chars);
    if (fclose(f) != 0) {
        free(buf);
        return NULL;
    }
    return buf;
}

/* ------------------------------------------------------------- units */

/* How values of one chart are shown: value / div, axis label text. */
typedef struct unitdisp {
    double div;
    char label[96];     /* 亿元, %, 万人, 万平方米 ...; may hold record text */
    int reverse;        /* rank: 1 at the top */
} unitdisp;

/* Display name of an SI-style or currency unit code, or NULL for a
 * classifier (个, 家, 人...) that is shown as written. */
static const char *unit_word(const char *unit)
{
    static const char *const map[][2] = {
        {"CNY", "元"}, {"USD", "美元"}, {"EUR", "欧元"}, {"JPY", "日元"}, {"HKD", "港元"},
        {"m2", "平方米"}, {"m3", "立方米"}, {"t", "吨"}, {"km", "公里"}, {"m", "米"},
        {"kWh", "千瓦时"}, {"MWh", "兆瓦时"}, {"GWh", "吉瓦时"}, {"TB", "TB"}, {"GB", "GB"},
        {"kg", "千克"}, {"ha", "公顷"}, {"km2", "平方公里"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(unit, map[i][0]) == 0)
            return map[i][1];
    return NULL;
}

/*
 * Choose how to show values of kind/unit whose largest magnitude is
 * maxabs: money, SI quantities of mass/area/volume/energy and counts get
 * 亿 (1e8) or 万 (1e4) when the values reach them, so 83450000000 CNY reads
 * 834.5 亿元; MWh/GWh/TB and percentages stay as they are.
 */
static void unit_display(const char *unit, zb_kind kind, double maxabs, unitdisp *u)
{
    const char *w = unit ? unit_word(unit) : NULL;
    int scalable = 1;
    u->div = 1;
    u->reverse = 0;
    if (!unit)
        unit = "";
    if (kind == ZB_KIND_GROWTH || kind == ZB_KIND_SHARE || strcmp(unit, "%") == 0) {
        snprintf(u->label, sizeof u->label, "%%");
        return;
    }
    if (kind == ZB_KIND_PP || strcmp(unit, "pp") == 0) {
        snprintf(u->label, sizeof u->label, "百分点");
        return;
    }
    if (kind == ZB_KIND_RANK || strcmp(unit, "rank") == 0) {
        snprintf(u->label, sizeof u->label, "位次");
        u->reverse = 1;
        return;
    }
    if (w && (!strcmp(unit, "MWh") || !strcmp(unit, "GWh") || !strcmp(unit, "TB") ||
              !strcmp(unit, "GB") || !strcmp(unit, "km") || !strcmp(unit, "m") ||
              !strcmp(unit, "km2") || !strcmp(unit, "ha")))
        scalable = 0;
    const char *name = w ? w : unit;
    if (scalable && maxabs >= 1e8) {
        u->div = 1e8;
        snprintf(u->label, sizeof u->label, "亿%s", name);
    } else if (scalable && maxabs >= 1e4) {
        u->div = 1e4;
        snprintf(u->label, sizeof u->label, "万%s", name);
    } else {
        snprintf(u->label, sizeof u->label, "%s", name);
    }
}

/* Digits after the point for values whose largest magnitude is m: about
 * four significant digits, at most three decimals. */
static int decimals_for(double m)
{
    if (!(m > 0) || m >= 1000)
        return 0;
    int d = 3 - (int)floor(log10(m));
    return d < 0 ? 0 : d > 3 ? 3 : d;
}

/* v with dec decimals, trailing zeros dropped, into buf (size >= 48). */
static char *fmt_num(double v, int dec, char *buf, size_t size)
{
    snprintf(buf, size, "%.*f", dec, v);
    if (strchr(buf, '.')) {
        size_t n = strlen(buf);
        while (n > 0 && buf[n - 1] == '0')
            buf[--n] = '\0';
        if (n > 0 && buf[n - 1] == '.')
            buf[--n] = '\0';
    }
    if (strcmp(buf, "-0") == 0)
        snprintf(buf, size, "0");
    return buf;
}

/* A short prefix for a bound: 超 834.5, 约 23, 近 1.1. */
static const char *bound_prefix(zb_bound b)
{
    switch (b) {
    case ZB_BOUND_GT: return "超";
    case ZB_BOUND_GE: return "≥";
    case ZB_BOUND_LT: return "近";
    case ZB_BOUND_LE: return "≤";
    case ZB_BOUND_APPROX: return "约";
    default: return "";
    }
}

/* ---------------------------------------------------------- names */

/* A period as a Chinese reader writes it, into buf (size >= 48): 2024年,
 * 2024年上半年, 2024年三季度, 2024年5月, 2024年1–5月, 2017年6月–2022年6月.
 * Made from the parsed numbers, so it carries no document text. */
static const char *period_cn(const zb_point *pt, char *buf, size_t size)
{
    static const char *const q[] = {"一", "二", "三", "四"};
    const zb_period *w = &pt->when;
    int y0 = w->start / 12, m0 = w->start % 12 + 1, y1 = w->end / 12, m1 = w->end % 12 + 1;
    switch (w->type) {
    case ZB_PERIOD_YEAR: snprintf(buf, size, "%d年", y0); break;
    case ZB_PERIOD_HALF: snprintf(buf, size, "%d年%s半年", y0, m0 == 1 ? "上" : "下"); break;
    case ZB_PERIOD_QUARTER: snprintf(buf, size, "%d年%s季度", y0, q[(m0 - 1) / 3 % 4]); break;
    case ZB_PERIOD_MONTH: snprintf(buf, size, "%d年%d月", y0, m0); break;
    case ZB_PERIOD_INTERVAL:
        if (y0 == y1)
            snprintf(buf, size, "%d年%d–%d月", y0, m0, m1);
        else
            snprintf(buf, size, "%d年%d月–%d年%d月", y0, m0, y1, m1);
        break;
    default: snprintf(buf, size, "%s", ""); break;
    }
    return buf;
}

/* Bytes at s that the series module's plain form drops: blanks, ASCII
 * and CJK quote marks, NBSP, U+3000 (0 when none). */
static size_t plain_skip(const char *p)
{
    static const char *const drop[] = {"\u3000", "\u201c", "\u201d", "\u2018", "\u2019",
                                       "\u300c", "\u300d", "\u300e", "\u300f", "\u300a",
                                       "\u300b", "\u00a0"};
    if (*p && strchr(" \t\n\r\"'", *p))
        return 1;
    for (size_t i = 0; i < sizeof drop / sizeof drop[0]; i++)
        if (strncmp(p, drop[i], strlen(drop[i])) == 0)
            return strlen(drop[i]);
    return 0;
}

/* a and b equal once ASCII case and what plain_skip drops are ignored. */
static int same_plain(const char *a, const char *b)
{
    for (;;) {
        size_t k;
        while ((k = plain_skip(a)) != 0)
            a += k;
        while ((k = plain_skip(b)) != 0)
            b += k;
        if (!*a || !*b)
            return !*a && !*b;
        unsigned char x = (unsigned char)*a++, y = (unsigned char)*b++;
        if (x >= 'a' && x <= 'z')
            x = (unsigned char)(x - 32);
        if (y >= 'a' && y <= 'z')
            y = (unsigned char)(y - 32);
        if (x != y)
            return 0;
    }
}

/* The indicator as a reader should see it: the name as first written when
 * the canonical name is only its plain form (upper-cased, spaces and
 * quotes dropped), the canonical name when an alias merged other names. */
static const char *shown_indicator(const zb_series *s)
{
    if (s->nnames && s->names[0] && same_plain(s->names[0], s->indicator))
        return s->names[0];
    return s->indicator;
}

/* ------------------------------------------------------- chart groups */

/*
 * A trend group: the series of one zone, indicator, kind, unit, basis and
 * period class, whatever their status (actual, estimate, target are
 * separate series in the set).
 */
typedef struct group {
    const zb_series *s[ZB_STATUS_N];
    size_t npoints;
} group;

static int streq(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

static int same_group(const zb_series *a, const zb_series *b)
{
    return streq(a->zone, b->zone) && streq(a->indicator, b->indicator) && a->kind == b->kind &&
           streq(a->unit, b->unit) && streq(a->basis, b->basis) &&
           streq(a->period_class, b->period_class);
}

/* A growable array of borrowed strings with de-duplication (doc names). */
typedef struct strlist {
    const char **v;
    size_t n, cap;
    int oom;
} strlist;

static void strlist_add(strlist *l, const char *s)
{
    if (!s || l->oom)
        return;
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i], s) == 0)
            return;
    if (zb_grow(&l->v, &l->cap, l->n, sizeof *l->v, 8) != 0) {
        l->oom = 1;
        return;
    }
    l->v[l->n++] = s;
}

static void strlist_add_point(strlist *l, const zb_point *p)
{
    for (size_t i = 0; i < p->nsources; i++)
        strlist_add(l, p->sources[i]);
}

/* ------------------------------------------------------------ context */

typedef struct plotter {
    const zb_series_set *set;
    const zb_plot_opts *o;
    const char *style;
    zb_comparison *cmp;     /* zb_compare_run */
    size_t ncmp;
    const zb_comparison **bytarget; /* pair/open comparisons sorted by target point */
    size_t nbytarget;
    char *zone;             /* --zone, canonical; NULL: all */
    char *indicator;        /* --indicator, canonical; NULL: all */
    size_t seq[ZB_CHART_N];
    int render;             /* 1: run gnuplot on each script */
    zb_outfile index;
    zb_chart_fn fn;
    void *user;
    zb_plot_result *res;
    zb_error *err;
} plotter;

/* The script being written. */
typedef struct script {
    zb_chart c;             /* what the callback gets */
    char name[32];
    char *script_path;
    char *image_path;
    char *title;            /* plain title for the index */
    char unit_label[96];
    char period[80];
    zb_outfile out;
    FILE *f;
    strlist docs;
} script;

static int want_zone(const plotter *p, const char *zone)
{
    return !p->zone || streq(p->zone, zone);
}

static int want_indicator(const plotter *p, const char *ind)
{
    return !p->indicator || streq(p->indicator, ind);
}

static char *path_join(const char *dir, const char *name, const char *ext)
{
    return zb_strdupf("%s/%s%s", dir, name, ext);
}

/*
 * Start a script of type t and pixel size w x h: header comment, the style
 * copied in, the terminal chosen by zb_format (png unless given with
 * gnuplot -e "zb_format='svg'"), output beside the script.
 */
static int script_open(plotter *p, script *s, zb_chart_type t, int w, int h)
{
    memset(s, 0, sizeof *s);
    snprintf(s->name, sizeof s->name, "%s-%03zu", chart_type_names[t], ++p->seq[t]);
    s->c.type = t;
    s->c.name = s->name;
    if (!(s->script_path = path_join(p->o->dir, s->name, ".gp")))
        return zb_error_set(p->err, ZB_ENOMEM, "out of memory");
    int rc = zb_outfile_open(&s->out, s->script_path, p->err);
    if (rc != ZB_OK)
        return rc;
    FILE *f = s->f = s->out.fp;
    const char *fmt = p->o->render == ZB_PLOT_NONE ? "png" : format_names[p->o->render];
    fprintf(f, "# %s.gp -- a %s chart written by zhibiao %s; edit and re-run freely.\n"
               "#   gnuplot %s.gp                        -> %s.png beside this file\n"
               "#   gnuplot -e \"zb_format='svg'\" %s.gp   -> .svg (or 'pdf')\n"
               "# Text from documents appears only inside single quotes ('' is one ').\n"
               "set encoding utf8\n\n"
               "# ---- style (copied in so this script stands alone) ----\n",
            s->name, chart_type_names[t], ZB_VERSION, s->name, s->name, s->name);
    fputs(p->style, f);
    size_t sl = strlen(p->style);
    if (sl && p->style[sl - 1] != '\n')
        fputc('\n', f);
    fprintf(f, "# ---- end of style ----\n\n"
               "if (!exists('zb_format')) zb_format = '%s'\n"
               "zb_name = '%s'\n"
               "zb_dir = ''\n"
               "if (exists('ARG0') && strlen(ARG0) > 0) { zb_i = strlen(ARG0); "
               "while (zb_i > 0 && ARG0[zb_i:zb_i] ne '/') { zb_i = zb_i - 1 }; "
               "if (zb_i > 0) { zb_dir = ARG0[1:zb_i] } }\n"
               "zb_termfont = sprintf('%%s,%%d', zb_font, zb_fontsize)\n"
               "zb_basefont = sprintf(',%%d', zb_fontsize)\n"
               "zb_smallfont = sprintf(',%%d', zb_smallsize)\n"
               "zb_titlefont = sprintf(',%%d', zb_titlesize)\n"
               "if (zb_format eq 'svg') {\n"
               "    set terminal svg size %d,%d dynamic noenhanced font zb_termfont background rgb 'white'\n"
               "} else {\n"
               "    if (zb_format eq 'pdf') {\n"
               "        set terminal pdfcairo size %.2fin,%.2fin noenhanced font zb_termfont\n"
               "    } else {\n"
               "        set terminal pngcairo size %d,%d noenhanced font zb_termfont background rgb 'white'\n"
               "    }\n"
               "}\n"
               "set output zb_dir . zb_name . '.' . zb_format\n\n",
            fmt, s->name, w, h, w / 100.0, h / 100.0, w, h);
    return ZB_OK;
}

/* "来源：a、b、c 等 N 篇" at the bottom left, as label tag. */
static void put_source(FILE *f, const strlist *docs, int tag)
{
    fprintf(f, "set label %d '来源：' . ", tag);
    fputc('\'', f);
    for (size_t i = 0; i < docs->n && i < 3; i++) {
        if (i)
            fputs("、", f);
        put_str_body(f, docs->v[i], 40);
    }
    if (docs->n > 3)
        fprintf(f, " 等 %zu 篇", docs->n);
    fputc('\'', f);
    fputs(" at screen 0.01, screen 0.03 left font zb_smallfont "
          "tc rgb zb_c_muted front\n", f);
}

/* Title: line1 (document text) and an optional second line of ours. */
static void put_title(FILE *f, const char *a, const char *sep, const char *b, const char *line2)
{
    fputs("set title ", f);
    put_str(f, a, 40);
    if (b) {
        fprintf(f, " . '%s' . ", sep);
        put_str(f, b, 60);
    }
    if (line2) {
        fputs(" . \"\\n\" . ", f);
        put_str(f, line2, 80);
    }
    fputs(" font zb_titlefont\n", f);
}

static char *join3(const char *a, const char *sep, const char *b)
{
    return zb_strdupf("%s%s%s", a ? a : "", b ? sep : "", b ? b : "");
}

/* Run gnuplot if asked, write the index line, call back. Frees s. */
static int script_close(plotter *p, script *s, size_t npoints)
{
    int rc = ZB_OK;
    char *log = NULL;
    if (ferror(s->f)) {
        zb_outfile_abort(&s->out);
        rc = zb_error_set(p->err, ZB_EIO, "%s: write error", s->script_path);
        goto out;
    }
    if ((rc = zb_outfile_commit(&s->out, p->err)) != ZB_OK)
        goto out;
    p->res->charts++;
    s->c.script = s->script_path;
    s->c.title = s->title;
    s->c.period = s->period[0] ? s->period : NULL;
    s->c.unit = s->unit_label[0] ? s->unit_label : NULL;
    s->c.points = npoints;
    s->c.ndocs = s->docs.n;
    s->c.docs = s->docs.v;
    if (p->render) {
        zb_error e = {0};
        int r = zb_plot_render(s->script_path, p->o->render, p->o->gnuplot, &log, &e);
        if (r == ZB_OK && (!log || !*log)) {
            p->res->rendered++;
            const char *ext = format_names[p->o->render];
            char dotext[8];
            snprintf(dotext, sizeof dotext, ".%s", ext);
            s->image_path = path_join(p->o->dir, s->name, dotext);
            s->c.image = s->image_path;
        } else {
            p->res->failed++;
            if (r != ZB_OK && (!log || !*log)) {
                free(log);
                log = strdup(e.message);
            }
            s->c.render_log = log;
        }
    }
    /* the index: one JSON object per chart, names relative to the directory */
    cJSON *o = cJSON_CreateObject();
    if (!o) {
        rc = zb_error_set(p->err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    char file[48];
    cJSON_AddStringToObject(o, "type", chart_type_names[s->c.type]);
    cJSON_AddStringToObject(o, "name", s->name);
    snprintf(file, sizeof file, "%s.gp", s->name);
    cJSON_AddStringToObject(o, "script", file);
    if (s->c.image) {
        snprintf(file, sizeof file, "%s.%s", s->name, format_names[p->o->render]);
        cJSON_AddStringToObject(o, "image", file);
    } else {
        cJSON_AddNullToObject(o, "image");
    }
    cJSON_AddStringToObject(o, "title", s->title ? s->title : "");
    if (s->c.zone)
        cJSON_AddStringToObject(o, "zone", s->c.zone);
    else
        cJSON_AddNullToObject(o, "zone");
    if (s->c.indicator)
        cJSON_AddStringToObject(o, "indicator", s->c.indicator);
    else
        cJSON_AddNullToObject(o, "indicator");
    if (s->c.period)
        cJSON_AddStringToObject(o, "period", s->c.period);
    else
        cJSON_AddNullToObject(o, "period");
    if (s->c.unit)
        cJSON_AddStringToObject(o, "unit", s->c.unit);
    else
        cJSON_AddNullToObject(o, "unit");
    cJSON_AddNumberToObject(o, "points", (double)npoints);
    cJSON *docs = cJSON_AddArrayToObject(o, "docs");
    for (size_t i = 0; docs && i < s->docs.n; i++)
        cJSON_AddItemToArray(docs, cJSON_CreateString(s->docs.v[i]));
    char *line = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    if (!line) {
        rc = zb_error_set(p->err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    if (fprintf(p->index.fp, "%s\n", line) < 0)
        rc = zb_error_set(p->err, ZB_EIO, "%s/charts.jsonl: write error", p->o->dir);
    free(line);
    if (rc == ZB_OK && p->fn) {
        int r = p->fn(p->user, &s->c);
        if (r)
            rc = r;
    }
out:
    free(log);
    free(s->script_path);
    free(s->image_path);
    free(s->title);
    free(s->docs.v);
    if (rc == ZB_OK && s->docs.oom)
        rc = zb_error_set(p->err, ZB_ENOMEM, "out of memory");
    memset(s, 0, sizeof *s);
    return rc;
}

/* ------------------------------------------------------------ x axis */

/*
 * Tics for a time axis from x0 to x1 (decimal years), at most max_labels
 * labels. Spans over two years get the year written at mid-year (where a
 * year's figure sits) and grid lines at the year boundaries; shorter spans
 * get month starts ("2024-04").
 */
static void put_time_axis(FILE *f, double x0, double x1, int max_labels)
{
    static const int ysteps[] = {1, 2, 5, 10, 20, 50, 100};
    static const int msteps[] = {1, 2, 3, 6, 12};
    fprintf(f, "set xrange [%.4f:%.4f]\n", x0, x1);
    int y0 = (int)floor(x0), y1 = (int)floor(x1);
    int first = 1;
    if (x1 - x0 > 2.0) {
        int step = 1;
        for (size_t i = 0; i < sizeof ysteps / sizeof ysteps[0]; i++) {
            step = ysteps[i];
            if ((y1 - y0) / step + 1 <= max_labels)
                break;
        }
        fputs("set xtics scale 0 (", f);
        for (int y = y0; y <= y1; y++) {
            if (y + 0.5 < x0 || y + 0.5 > x1 || y % step)
                continue;
            fprintf(f, "%s'%d' %d.5", first ? "" : ", ", y, y);
            first = 0;
        }
        fputs(")\n", f);
        fprintf(f, "set x2range [%.4f:%.4f]\nset x2tics %d, 1 format '' scale 0\n"
                   "set grid x2tics lc rgb zb_c_grid\n", x0, x1, y0);
        return;
    }
    int m0 = (int)ceil(x0 * 12 - 1e-6), m1 = (int)floor(x1 * 12 + 1e-6);
    int step = 12;
    for (size_t i = 0; i < sizeof msteps / sizeof msteps[0]; i++) {
        step = msteps[i];
        if ((m1 - m0) / step + 1 <= max_labels)
            break;
    }
    fputs("set xtics (", f);
    for (int m = m0; m <= m1; m++) {
        if ((m % 12) % step)
            continue;
        fprintf(f, "%s'%d-%02d' %.6f", first ? "" : ", ", m / 12, m % 12 + 1, m / 12.0);
        first = 0;
    }
    fputs(")\n", f);
}

/* ----------------------------------------------------------- trend */

/* The comparison that judged target point t, or NULL. */
static int by_target_cmp(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)(*(const zb_comparison *const *)a)->target;
    uintptr_t y = (uintptr_t)(*(const zb_comparison *const *)b)->target;
    return x < y ? -1 : x > y;
}

static const zb_comparison *comparison_of(const plotter *p, const zb_point *t)
{
    zb_comparison key;
    const zb_comparison *kp = &key;
    key.target = t;
    const zb_comparison *const *hit =
        p->nbytarget ? bsearch(&kp, p->bytarget, p->nbytarget, sizeof *p->bytarget, by_target_cmp)
                     : NULL;
    return hit ? *hit : NULL;
}

static double group_maxabs(const group *g)
{
    double m = 0;
    for (int st = 0; st < ZB_STATUS_N; st++)
        for (size_t i = 0; g->s[st] && i < g->s[st]->npoints; i++)
            if (fabs(g->s[st]->points[i].value) > m)
                m = fabs(g->s[st]->points[i].value);
    return m;
}

/* Write "$NAME << EOD" with x y "label" rows of the points of s. */
/* Write "$NAME << EOD" with rows x y "label" side of the dated points of
 * s (met_filter 1/0/-1: only targets judged so; 9: all). side is +1 for a
 * label above the point, -1 below: below when a point of avoid (the
 * targets) sits higher at the same time, so the two labels do not meet. */
static void put_points_block(FILE *f, const char *name, const zb_series *s, const zb_series *avoid,
                             const unitdisp *u, int dec, const plotter *p, int met_filter)
{
    fprintf(f, "$%s << EOD\n# x(decimal year)  value(display unit)  label  side\n", name);
    for (size_t i = 0; s && i < s->npoints; i++) {
        const zb_point *pt = &s->points[i];
        if (isnan(pt->x))
            continue;
        if (met_filter != 9) {
            const zb_comparison *c = comparison_of(p, pt);
            int met = c ? c->met : -1;
            if (met != met_filter)
                continue;
        }
        char num[64];
        fmt_num(pt->value / u->div, dec, num, sizeof num);
        int side = 1;
        for (size_t j = 0; avoid && j < avoid->npoints; j++)
            if (fabs(avoid->points[j].x - pt->x) < 1e-6 && avoid->points[j].value > pt->value)
                side = -1;
        /* two values for one period (a conflict): the lower label goes below */
        for (size_t j = 0; j < s->npoints; j++)
            if (j != i && fabs(s->points[j].x - pt->x) < 1e-6 && s->points[j].value > pt->value)
                side = -1;
        fprintf(f, "%.6f %.10g \"%s%s%s\" %d\n", pt->x, pt->value / u->div,
                s->status == ZB_STATUS_TARGET ? "目标" : "", bound_prefix(pt->bound), num, side);
    }
    fputs("EOD\n", f);
}

static size_t count_dated(const zb_series *s, int met_filter, const plotter *p)
{
    size_t n = 0;
    for (size_t i = 0; s && i < s->npoints; i++) {
        if (isnan(s->points[i].x))
            continue;
        if (met_filter != 9) {
            const zb_comparison *c = comparison_of(p, &s->points[i]);
            if ((c ? c->met : -1) != met_filter)
                continue;
        }
        n++;
    }
    return n;
}

/* Range of x over a group's dated points; 0 when there is none. */
static int group_xrange(const group *g, double *lo, double *hi)
{
    int any = 0;
    for (int st = 0; st < ZB_STATUS_N; st++)
        for (size_t i = 0; g->s[st] && i < g->s[st]->npoints; i++) {
            double x = g->s[st]->points[i].x;
            if (isnan(x))
                continue;
            if (!any || x < *lo)
                *lo = x;
            if (!any || x > *hi)
                *hi = x;
            any = 1;
        }
    return any;
}

/*
 * The period shown for points a..b (first and last in time): one period
 * as written ("2024-H1"); years "2019–2025"; the same part of several
 * years "2022–2024 1–5月累计"; otherwise the years spanned.
 */
static void span_text(const zb_point *a, const zb_point *b, char *buf, size_t size)
{
    int ya = a->when.start / 12, yb = b->when.end / 12;
    if (a == b || strcmp(a->period, b->period) == 0)
        snprintf(buf, size, "%s", a->period);
    else if (a->when.type == ZB_PERIOD_INTERVAL && b->when.type == ZB_PERIOD_INTERVAL &&
             a->when.start / 12 == a->when.end / 12 &&
             a->when.start % 12 == b->when.start % 12 && a->when.end % 12 == b->when.end % 12)
        snprintf(buf, size, "%d–%d %d–%d月累计", ya, yb, a->when.start % 12 + 1,
                 a->when.end % 12 + 1);
    else if (a->when.type == b->when.type && a->when.type != ZB_PERIOD_YEAR &&
             a->when.type != ZB_PERIOD_INTERVAL)
        snprintf(buf, size, "%s–%s", a->period, b->period);
    else if (ya == yb)
        snprintf(buf, size, "%d", ya);
    else
        snprintf(buf, size, "%d–%d", ya, yb);
}

static void group_period(const group *g, char *buf, size_t size)
{
    const zb_point *a = NULL, *b = NULL;
    for (int st = 0; st < ZB_STATUS_N; st++)
        for (size_t i = 0; g->s[st] && i < g->s[st]->npoints; i++) {
            const zb_point *pt = &g->s[st]->points[i];
            if (isnan(pt->x))
                continue;
            if (!a || pt->x < a->x)
                a = pt;
            if (!b || pt->x > b->x)
                b = pt;
        }
    if (!a)
        snprintf(buf, size, "%s", "");
    else
        span_text(a, b, buf, size);
}

/* Extent of a group's values in display units. */
static void group_yextent(const group *g, double div, double *lo, double *hi)
{
    int any = 0;
    for (int st = 0; st < ZB_STATUS_N; st++)
        for (size_t i = 0; g->s[st] && i < g->s[st]->npoints; i++) {
            const zb_point *pt = &g->s[st]->points[i];
            if (isnan(pt->x))
                continue;
            double v = pt->value / div;
            if (!any || v < *lo)
                *lo = v;
            if (!any || v > *hi)
                *hi = v;
            any = 1;
        }
    if (!any)
        *lo = *hi = 0;
}

/*
 * An explicit y range for values lo..hi (display units), with room above
 * for value labels (head, a fraction of the span): the range always
 * includes 0 (levels start at it), ranks run top-down from 1. Explicit
 * ranges also keep gnuplot from warning about an empty range when all
 * values are equal.
 */
static void put_yrange(FILE *f, int reverse, double lo, double hi, double head, double dy)
{
    double a, b;
    if (reverse) {
        a = hi + 0.8;
        b = lo - 0.8 < 0.5 ? 0.5 : lo - 0.8;
    } else {
        if (lo > 0)
            lo = 0;
        if (hi < 0)
            hi = 0;
        double w = hi - lo;
        if (!(w > 0))
            w = 1;
        a = lo < 0 ? lo - w * 0.12 : 0.0;
        b = hi + w * head;
    }
    /* ranks are whole numbers: integer tics, 1 2 5 10 ... apart */
    if (reverse) {
        double step = 1;
        while ((a - b) / step > 8)
            step *= (step == 1 || step == 10 || step == 100) ? 2 : (step == 2 || step == 20) ? 2.5 : 2;
        fprintf(f, "set ytics %.0f\n", step);
    } else {
        fputs("set ytics autofreq\n", f);
    }
    /* zb_dy: how far a value label sits from its point, in y units */
    fprintf(f, "set yrange [%.6g:%.6g]\nzb_dy = %.6g\n", a, b, (b - a) * dy);
}

/* The earliest dated point of a group, or NULL. */
static const zb_point *first_dated(const group *g)
{
    const zb_point *a = NULL;
    for (int st = 0; st < ZB_STATUS_N; st++)
        for (size_t i = 0; g->s[st] && i < g->s[st]->npoints; i++)
            if (!isnan(g->s[st]->points[i].x) && (!a || g->s[st]->points[i].x < a->x))
                a = &g->s[st]->points[i];
    return a;
}

static const zb_series *group_any(const group *g)
{
    for (int st = 0; st < ZB_STATUS_N; st++)
        if (g->s[st])
            return g->s[st];
    return NULL;
}

/* Number of distinct times among a group's dated points. */
static size_t distinct_times(const group *g)
{
    double seen[64];
    size_t n = 0;
    for (int st = 0; st < ZB_STATUS_N; st++)
        for (size_t i = 0; g->s[st] && i < g->s[st]->npoints && n < 64; i++) {
            double x = g->s[st]->points[i].x;
            size_t j = 0;
            while (j < n && fabs(seen[j] - x) > 1e-9)
                j++;
            if (!isnan(x) && j == n)
                seen[n++] = x;
        }
    return n;
}

/* The time axis of a group over [a, b]; when all its points sit at one
 * moment, that period is the only tic (a month axis would mislead). */
static void put_group_axis(FILE *f, const group *g, double a, double b, int max_labels)
{
    double x0 = 0, x1 = 0;
    group_xrange(g, &x0, &x1);
    if (x1 - x0 > 1e-9) {
        put_time_axis(f, a, b, max_labels);
        return;
    }
    const zb_point *pt = first_dated(g);
    fprintf(f, "set xrange [%.4f:%.4f]\nset xtics (", a, b);
    char pbuf[48];
    put_str(f, pt ? period_cn(pt, pbuf, sizeof pbuf) : "", 0);
    fprintf(f, " %.6f)\n", x0);
}

/* What a series measures, for titles: NULL for levels. */
static const char *kind_word(const zb_series *s)
{
    switch (s->kind) {
    case ZB_KIND_GROWTH: return s->basis && !strcmp(s->basis, "mom") ? "环比增长" : "增长";
    case ZB_KIND_SHARE: return "占比";
    case ZB_KIND_PP: return "百分点差";
    case ZB_KIND_RANK: return "排名";
    default: return NULL;
    }
}

/* Axis label: "地区生产总值 增速（%）" style, ours plus the unit label. */
static void put_ylabel(FILE *f, const zb_series *s, const unitdisp *u)
{
    const char *what = s->kind == ZB_KIND_GROWTH
                           ? (s->basis && !strcmp(s->basis, "mom") ? "环比增长" : "同比增长")
                       : s->kind == ZB_KIND_SHARE ? "占比"
                       : s->kind == ZB_KIND_PP ? "差值"
                       : s->kind == ZB_KIND_RANK ? "排名" : "";
    fputs("set ylabel ", f);
    fputc('\'', f);
    put_str_body(f, what, 0);
    fputs("（", f);
    put_str_body(f, u->label, 20);
    fputs("）'\n", f);
}

/* Fitted line and 95% confidence band of the line on a grid over [x0,x1]. */
static int put_fit_block(FILE *f, const group *g, double x0, double x1, const unitdisp *u,
                         zb_trend *t, double *lo, double *hi)
{
    double xs[256], ys[256];
    size_t n = 0;
    for (int st = ZB_STATUS_ACTUAL; st <= ZB_STATUS_ESTIMATE; st++)
        for (size_t i = 0; g->s[st] && i < g->s[st]->npoints && n < 256; i++) {
            const zb_point *pt = &g->s[st]->points[i];
            if (pt->conflict || isnan(pt->x))
                continue;
            xs[n] = pt->x;
            ys[n] = pt->value / u->div;
            n++;
        }
    if (n < 3)
        return 0;
    zb_error e = {0};
    if (zb_stats_trend(xs, ys, n, g->s[ZB_STATUS_ACTUAL] ? g->s[ZB_STATUS_ACTUAL]->kind
                                                        : group_any(g)->kind, t, &e) != ZB_OK ||
        !t->has_slope || !t->has_ci)
        return 0;
    fputs("$fit << EOD\n# x  fitted  lo95  hi95 (95% confidence band of the line)\n", f);
    for (int i = 0; i <= 60; i++) {
        double x = x0 + (x1 - x0) * i / 60.0;
        zb_trend_est est;
        if (zb_trend_at(t, x, &est, &e) != ZB_OK)
            return 0;
        fprintf(f, "%.6f %.10g %.10g %.10g\n", x, est.y, est.mean_lo, est.mean_hi);
        if (est.mean_lo < *lo)
            *lo = est.mean_lo;
        if (est.mean_hi > *hi)
            *hi = est.mean_hi;
    }
    fputs("EOD\n", f);
    return 1;
}

/* One trend chart for group g. */
static int chart_trend(plotter *p, const group *g)
{
    const zb_series *any = group_any(g);
    script s;
    double x0 = 0, x1 = 0;
    if (!group_xrange(g, &x0, &x1))
        return ZB_OK;
    int rc = script_open(p, &s, ZB_CHART_TREND, 900, 560);
    if (rc != ZB_OK)
        return rc;
    FILE *f = s.f;
    unitdisp u;
    unit_display(any->unit, any->kind, group_maxabs(g), &u);
    int dec = decimals_for(group_maxabs(g) / u.div);
    group_period(g, s.period, sizeof s.period);
    snprintf(s.unit_label, sizeof s.unit_label, "%s", u.label);
    s.c.zone = any->zone;
    s.c.indicator = shown_indicator(any);
    for (int st = 0; st < ZB_STATUS_N; st++)
        for (size_t i = 0; g->s[st] && i < g->s[st]->npoints; i++)
            strlist_add_point(&s.docs, &g->s[st]->points[i]);

    /* x range padded so end points and their labels stay inside */
    double span = x1 - x0;
    double pad = span < 1 ? 0.5 : span * 0.08 + 0.3;
    double ax0 = x0 - pad, ax1 = x1 + pad + (g->s[ZB_STATUS_TARGET] ? 0.3 : 0);

    const zb_series *tg = g->s[ZB_STATUS_TARGET];
    put_points_block(f, "actual", g->s[ZB_STATUS_ACTUAL], tg, &u, dec, p, 9);
    put_points_block(f, "estimate", g->s[ZB_STATUS_ESTIMATE], tg, &u, dec, p, 9);
    put_points_block(f, "target_met", tg, NULL, &u, dec, p, 1);
    put_points_block(f, "target_missed", tg, NULL, &u, dec, p, 0);
    put_points_block(f, "target_open", tg, NULL, &u, dec, p, -1);
    zb_trend t;
    double ylo, yhi;
    group_yextent(g, u.div, &ylo, &yhi);
    int has_fit = put_fit_block(f, g, ax0, ax1, &u, &t, &ylo, &yhi);
    fputc('\n', f);

    char line2[320];
    snprintf(line2, sizeof line2, "%s · 单位：%s", s.period, u.label);
    const char *zone = any->zone ? any->zone : "（未注明地区）";
    char *ind = join3(shown_indicator(any), " · ", kind_word(any));
    if (!ind) {
        zb_outfile_abort(&s.out);
        return zb_error_set(p->err, ZB_ENOMEM, "out of memory");
    }
    put_title(f, zone, " · ", ind, line2);
    char *t1 = join3(zone, " · ", ind);
    free(ind);
    s.title = join3(t1, " ", s.period);
    free(t1);
    put_group_axis(f, g, ax0, ax1, 9);
    put_ylabel(f, any, &u);
    put_yrange(f, u.reverse, ylo, yhi, 0.15, 0.055);
    if (any->kind == ZB_KIND_GROWTH || any->kind == ZB_KIND_PP)
        fputs("set xzeroaxis lt -1 lc rgb zb_c_muted\n", f);
    fputs("set key outside right top vertical Left reverse nobox width 1\nset bmargin 5\n", f);
    put_source(f, &s.docs, 1);
    if (has_fit) {
        char a[64], lo[64], hi[64];
        int d2 = decimals_for(fabs(t.slope)) - 1;
        d2 = d2 < 0 ? 0 : d2;
        fprintf(f, "# trend: %s per year, 95%% CI [%s, %s], n = %zu\n",
                fmt_num(t.slope, d2, a, sizeof a), fmt_num(t.slope_lo, d2, lo, sizeof lo),
                fmt_num(t.slope_hi, d2, hi, sizeof hi), t.n);
        fprintf(f, "zb_trend_title = '趋势 %s%s/年（95%% 区间）'\n", t.slope >= 0 ? "+" : "", a);
    }

    /* plot clauses only for non-empty blocks (an empty datablock warns) */
    fputs("\nplot ", f);
    int first = 1;
#define CLAUSE(...) do { fprintf(f, "%s", first ? "" : ", \\\n     "); fprintf(f, __VA_ARGS__); first = 0; } while (0)
    if (has_fit) {
        CLAUSE("$fit using 1:3:4 with filledcurves fc rgb zb_c_band title zb_trend_title");
        CLAUSE("$fit using 1:2 with lines ls 3 notitle");
    }
    size_t n_act = count_dated(g->s[ZB_STATUS_ACTUAL], 9, p);
    size_t n_est = count_dated(g->s[ZB_STATUS_ESTIMATE], 9, p);
    size_t n_met = count_dated(g->s[ZB_STATUS_TARGET], 1, p);
    size_t n_mis = count_dated(g->s[ZB_STATUS_TARGET], 0, p);
    size_t n_open = count_dated(g->s[ZB_STATUS_TARGET], -1, p);
    if (n_act) {
        CLAUSE("$actual using 1:2 with linespoints ls 1 title '实际'");
        CLAUSE("$actual using 1:($2+$4*zb_dy):3 with labels tc rgb zb_c_actual notitle");
    }
    if (n_est) {
        CLAUSE("$estimate using 1:2 with linespoints ls 2 title '预计'");
        CLAUSE("$estimate using 1:($2+$4*zb_dy):3 with labels tc rgb zb_c_estimate notitle");
    }
    if (n_met) {
        CLAUSE("$target_met using 1:2 with points ls 4 title '目标·已完成'");
        CLAUSE("$target_met using 1:2:3 with labels offset 1,0 left tc rgb zb_c_met notitle");
    }
    if (n_mis) {
        CLAUSE("$target_missed using 1:2 with points ls 5 title '目标·未完成'");
        CLAUSE("$target_missed using 1:2:3 with labels offset 1,0 left tc rgb zb_c_missed notitle");
    }
    if (n_open) {
        CLAUSE("$target_open using 1:2 with points ls 6 title '目标·待检验'");
        CLAUSE("$target_open using 1:2:3 with labels offset 1,0 left tc rgb zb_c_pending notitle");
    }
#undef CLAUSE
    fputc('\n', f);
    return script_close(p, &s, n_act + n_est + n_met + n_mis + n_open);
}

/* -------------------------------------------------------- multiples */

#define PANELS_PER_PAGE 12

static int group_cmp_points(const void *a, const void *b)
{
    const group *x = a, *y = b;
    if (x->npoints != y->npoints)
        return x->npoints > y->npoints ? -1 : 1;
    return strcmp(group_any(x)->indicator, group_any(y)->indicator);
}

/* One page of small multiples: groups g[0..n) of one zone. */
static int chart_multiples_page(plotter *p, const group *g, size_t n, size_t page, size_t pages)
{
    size_t cols = n <= 1 ? 1 : n <= 4 ? 2 : 3;
    size_t rows = (n + cols - 1) / cols;
    script s;
    int rc = script_open(p, &s, ZB_CHART_MULTIPLES, (int)(cols * 400), (int)(rows * 260 + 130));
    if (rc != ZB_OK)
        return rc;
    FILE *f = s.f;
    const zb_series *z = group_any(&g[0]);
    s.c.zone = z->zone;
    size_t npoints = 0;
    double gx0 = 0, gx1 = 0;
    int gany = 0;
    for (size_t k = 0; k < n; k++) {
        unitdisp u;
        double m = group_maxabs(&g[k]);
        unit_display(group_any(&g[k])->unit, group_any(&g[k])->kind, m, &u);
        int dec = decimals_for(m / u.div);
        char name[32];
        static const char *const st_names[ZB_STATUS_N] = {"a", "e", "t"};
        for (int st = 0; st < ZB_STATUS_N; st++) {
            snprintf(name, sizeof name, "p%zu%s", k + 1, st_names[st]);
            put_points_block(f, name, g[k].s[st],
                             st == ZB_STATUS_TARGET ? NULL : g[k].s[ZB_STATUS_TARGET], &u, dec, p, 9);
            npoints += count_dated(g[k].s[st], 9, p);
            for (size_t i = 0; g[k].s[st] && i < g[k].s[st]->npoints; i++)
                strlist_add_point(&s.docs, &g[k].s[st]->points[i]);
        }
        double a = 0, b = 0;
        if (group_xrange(&g[k], &a, &b)) {
            if (!gany || a < gx0)
                gx0 = a;
            if (!gany || b > gx1)
                gx1 = b;
            gany = 1;
        }
    }
    snprintf(s.period, sizeof s.period, "%.0f–%.0f", floor(gx0), floor(gx1));
    if (floor(gx0) == floor(gx1))
        snprintf(s.period, sizeof s.period, "%.0f", floor(gx0));
    const char *zone = z->zone ? z->zone : "（未注明地区）";
    char head[160];
    if (pages > 1)
        snprintf(head, sizeof head, " · 各项指标 %s（第 %zu/%zu 页）", s.period, page, pages);
    else
        snprintf(head, sizeof head, " · 各项指标 %s", s.period);
    s.title = join3(zone, "", head);
    fputs("\nunset key\nset bmargin 3\nset tmargin 3\n", f);
    /* fixed page margins: room at the bottom for the source line, at the
     * top for the page title */
    int h = (int)(rows * 260 + 130);
    fprintf(f, "set multiplot layout %zu,%zu margins %.4f, 0.98, %.4f, %.4f spacing %.4f, %.4f "
               "title ", rows, cols, 70.0 / (cols * 400), 75.0 / h, 1 - 100.0 / h,
            80.0 / (cols * 400), 85.0 / h);
    put_str(f, zone, 40);
    fputs(" . ", f);
    put_str(f, head, 0);
    fputs(" font zb_titlefont\n", f);
    fputs("set tics font zb_smallfont\n", f);
    put_source(f, &s.docs, 1);
    fputs("set label 2 '● 实际   ○ 预计   △ 目标' at screen 0.99, screen 0.03 right "
          "font zb_smallfont tc rgb zb_c_muted front\n", f);
    for (size_t k = 0; k < n; k++) {
        const zb_series *a = group_any(&g[k]);
        unitdisp u;
        unit_display(a->unit, a->kind, group_maxabs(&g[k]), &u);
        double x0 = 0, x1 = 0;
        group_xrange(&g[k], &x0, &x1);
        double span = x1 - x0, pad = span < 1 ? 0.6 : span * 0.1 + 0.3;
        double ylo, yhi;
        group_yextent(&g[k], u.div, &ylo, &yhi);
        fprintf(f, "\n# panel %zu\n", k + 1);
        if (k == 1)
            fputs("unset label 1\nunset label 2\n", f);
        fputs("set title ", f);
        fputc('\'', f);
        put_str_body(f, shown_indicator(a), 16);
        if (kind_word(a)) {
            fputs(" ", f);
            put_str_body(f, kind_word(a), 0);
        }
        fputs("（", f);
        put_str_body(f, u.label, 12);
        fputs("）' font zb_basefont\n", f);
        fputs("unset x2tics\nunset grid\nset grid ytics lc rgb zb_c_grid\n", f);
        put_group_axis(f, &g[k], x0 - pad, x1 + pad, 5);
        put_yrange(f, u.reverse, ylo, yhi, 0.3, 0.1);
        fputs("plot ", f);
        int lines = distinct_times(&g[k]) >= 2;
        static const char *const st_names[ZB_STATUS_N] = {"a", "e", "t"};
        static const int st_ls[ZB_STATUS_N] = {1, 2, 6};

        static const char *const st_color[ZB_STATUS_N] = {"zb_c_actual", "zb_c_estimate",
                                                          "zb_c_pending"};
        int first = 1;
        for (int st = 0; st < ZB_STATUS_N; st++) {
            if (!count_dated(g[k].s[st], 9, p))
                continue;
            /* targets unlabelled: their numbers are on the trend chart */
            fprintf(f, "%s$p%zu%s using 1:2 with %s ls %d", first ? "" : ", ", k + 1,
                    st_names[st], st == ZB_STATUS_TARGET || !lines ? "points" : "linespoints",
                    st_ls[st]);
            if (st != ZB_STATUS_TARGET)
                fprintf(f, ", $p%zu%s using 1:($2+$4*zb_dy):3 with labels font zb_smallfont "
                           "tc rgb %s", k + 1, st_names[st], st_color[st]);
            first = 0;
        }
        fputc('\n', f);
    }
    fputs("\nunset multiplot\n", f);
    return script_close(p, &s, npoints);
}

/* Small multiples of one zone: its groups g[0..n) with dated points. */
static int chart_multiples(plotter *p, group *g, size_t n)
{
    if (n < 2)
        return ZB_OK;
    qsort(g, n, sizeof *g, group_cmp_points);
    size_t pages = (n + PANELS_PER_PAGE - 1) / PANELS_PER_PAGE;
    for (size_t pg = 0; pg < pages; pg++) {
        size_t k = pg * PANELS_PER_PAGE;
        size_t m = n - k < PANELS_PER_PAGE ? n - k : PANELS_PER_PAGE;
        int rc = chart_multiples_page(p, g + k, m, pg + 1, pages);
        if (rc != ZB_OK)
            return rc;
    }
    return ZB_OK;
}

/* ---------------------------------------------------------- targets */

/* One row's text: "实际 26.84 / 目标 60 亿元 · 44.7%". */
static void row_text(const zb_comparison *c, char *buf, size_t size)
{
    const zb_series *ts = c->target_series;
    char a[64], t[64], pct[64];
    if (c->type == ZB_COMPARE_CALENDAR) {
        int n = snprintf(buf, size, "完成 %s%% · 时间进度 %s%%",
                         fmt_num(c->target->value, 1, a, sizeof a),
                         fmt_num(c->elapsed_pct, 1, t, sizeof t));
        if (c->stated && n > 0 && (size_t)n < size)
            snprintf(buf + n, size - (size_t)n, " · 报称%s序时 %s 个百分点%s",
                     c->stated_pp >= 0 ? "超" : "落后", fmt_num(fabs(c->stated_pp), 1, pct, sizeof pct),
                     c->stated_holds == 0 ? "（与计算不符）" : "");
        return;
    }
    double m = fabs(c->target->value);
    if (c->actual && fabs(c->actual->value) > m)
        m = fabs(c->actual->value);
    unitdisp u;
    unit_display(ts->unit, ts->kind, m, &u);
    int dec = decimals_for(m / u.div);
    fmt_num(c->target->value / u.div, dec, t, sizeof t);
    if (!c->actual) {
        snprintf(buf, size, "目标 %s%s%s · 尚无结果", bound_prefix(c->target->bound), t, u.label);
        return;
    }
    fmt_num(c->actual->value / u.div, dec, a, sizeof a);
    if (c->type == ZB_COMPARE_OPEN)
        snprintf(buf, size, "最新 %s（%s）/ 目标 %s%s%s", a, c->actual->period,
                 bound_prefix(c->target->bound), t, u.label);
    else if (c->has_achievement)
        snprintf(buf, size, "实际 %s / 目标 %s%s%s · %s%%", a, bound_prefix(c->target->bound), t,
                 u.label, fmt_num(c->achievement_pct, 1, pct, sizeof pct));
    else
        snprintf(buf, size, "实际 %s / 目标 %s%s%s", a, bound_prefix(c->target->bound), t, u.label);
}

/* Bar length in percent of target for a comparison, NaN when none. */
static double row_pct(const zb_comparison *c)
{
    if (c->type == ZB_COMPARE_CALENDAR)
        return c->target->value;
    if (c->actual && c->has_achievement)
        return c->achievement_pct;
    if (c->actual && c->target->value != 0 && c->target->value * c->actual->value > 0)
        return c->actual->value / c->target->value * 100;
    return NAN;
}

/* Targets against results for one zone: rows rows[0..n) of comparisons. */
static int chart_targets(plotter *p, const char *zone, const zb_comparison **rows, size_t n)
{
    script s;
    int h = (int)(n * 46 + 170);
    int rc = script_open(p, &s, ZB_CHART_TARGETS, 1000, h < 340 ? 340 : h);
    if (rc != ZB_OK)
        return rc;
    FILE *f = s.f;
    s.c.zone = zone;
    snprintf(s.unit_label, sizeof s.unit_label, "%%");
    double xmax = 120;
    size_t nbars = 0;
    const zb_point *pmin = NULL, *pmax = NULL;
    /* rows are drawn top-down: row i at y = n-1-i */
    fputs("$bars << EOD\n# y  percent-of-target  colour(1 met, 0 missed, -1 open)\n", f);
    for (size_t i = 0; i < n; i++) {
        const zb_comparison *c = rows[i];
        double v = row_pct(c);
        int met = c->met;
        if (c->type == ZB_COMPARE_CALENDAR)
            met = c->gap >= 0 ? 1 : 0;
        if (!isnan(v) && v > xmax)
            xmax = v;
        if (isnan(v)) {
            fprintf(f, "%zu ? %d\n", n - 1 - i, met);
        } else {
            fprintf(f, "%zu %.4f %d\n", n - 1 - i, v, met);
            nbars++;
        }
        strlist_add_point(&s.docs, c->target);
        if (c->actual)
            strlist_add_point(&s.docs, c->actual);
        if (!isnan(c->target->x) && (!pmin || c->target->x < pmin->x))
            pmin = c->target;
        if (!isnan(c->target->x) && (!pmax || c->target->x > pmax->x))
            pmax = c->target;
    }
    fputs("EOD\n", f);
    int ncal = 0;
    fputs("$calendar << EOD\n# y  elapsed share of the year (percent)\n", f);
    for (size_t i = 0; i < n; i++)
        if (rows[i]->type == ZB_COMPARE_CALENDAR) {
            fprintf(f, "%zu %.4f\n", n - 1 - i, rows[i]->elapsed_pct);
            ncal++;
        }
    fputs("EOD\n\n", f);
    if (pmin)
        span_text(pmin, pmax, s.period, sizeof s.period);
    char line2[320];
    snprintf(line2, sizeof line2, "完成率 = 实际 ÷ 目标（%%）%s%s", s.period[0] ? " · " : "", s.period);
    const char *zname = zone ? zone : "（未注明地区）";
    put_title(f, zname, "", " · 目标与完成", line2);
    s.title = join3(zname, " ", "目标与完成");
    /* row names: indicator and period, document text via put_str */
    size_t lm = 10;
    char pbuf[48];
    fputs("set ytics scale 0 (", f);
    for (size_t i = 0; i < n; i++) {
        const zb_comparison *c = rows[i];
        const char *kw = kind_word(c->target_series);
        size_t w = text_width(shown_indicator(c->target_series), 12) + 1 +
                   text_width(period_cn(c->target, pbuf, sizeof pbuf), 0) +
                   (kw ? 1 + text_width(kw, 0) : 0);
        lm = w > lm ? w : lm;
        fputs(i ? ", " : "", f);
        fputc('\'', f);
        put_str_body(f, shown_indicator(c->target_series), 12);
        if (kw) {
            fputs(" ", f);
            put_str_body(f, kw, 0);
        }
        if (c->target->period) {
            fputs(" ", f);
            put_str_body(f, period_cn(c->target, pbuf, sizeof pbuf), 0);
        }
        fprintf(f, "' %zu", n - 1 - i);
    }
    fputs(")\n", f);
    double xr = xmax * 1.05 + 80;   /* room on the right for the row texts */
    fprintf(f, "set yrange [-0.7:%zu.7]\nset xrange [0:%.1f]\n", n - 1, xr);
    fputs("set xtics 0, 25, 100 format '%g%%' nomirror\nset grid xtics lc rgb zb_c_grid\n"
          "set style textbox opaque noborder margins 1,1\n"
          "set border 1\nset key at screen 0.99, screen 0.05 right bottom horizontal nobox\n"
          "set bmargin 5\n", f);
    fprintf(f, "set lmargin %zu\n", lm + 2);
    for (size_t i = 0; i < n; i++) {
        char text[256];
        row_text(rows[i], text, sizeof text);
        double v = row_pct(rows[i]);
        fprintf(f, "set label %zu ", i + 10);
        put_str(f, text, 0);
        fprintf(f, " at %.2f, %zu left offset 1,0 font zb_smallfont boxed front\n",
                isnan(v) ? 0.0 : v, n - 1 - i);
    }
    put_source(f, &s.docs, 1);
    fputs("set arrow 1 from 100, graph 0 to 100, graph 1 nohead back ls 8\n"
          "zb_color(m) = m > 0 ? 0x2ca02c : m == 0 ? 0xd62728 : 0x8c8c8c\n"
          "set style fill solid 0.75 noborder\n", f);
    /* rows without a result have no bar; an all-empty $bars would warn */
    fputs("\nplot ", f);
    if (nbars)
        fputs("$bars using (0):1:(0):2:($1-0.32):($1+0.32):(zb_color($3)) "
              "with boxxyerror lc rgb variable notitle, \\\n     ", f);
    fputs("NaN with lines ls 8 title '目标 = 100%'", f);
    if (ncal)
        fputs(", \\\n     $calendar using 2:($1-0.45):(0):(0.9) with vectors nohead "
              "lc rgb zb_c_calendar lw 3 title '时间进度'", f);
    fputc('\n', f);
    return script_close(p, &s, n);
}

/* ------------------------------------------------------------- rank */

typedef struct rank_item {
    const zb_series *s;
    const zb_point *pt;
} rank_item;

/* A ranking of items[0..n) (one indicator/kind/unit/basis/period, status
 * actual, one per zone). */
static int chart_rank(plotter *p, rank_item *items, size_t n)
{
    const zb_series *a = items[0].s;
    int asc = a->kind == ZB_KIND_RANK;
    double *v = malloc(n * sizeof *v), *z = malloc(n * sizeof *z), *pc = malloc(n * sizeof *pc);
    size_t *rk = malloc(n * sizeof *rk), *ord = malloc(n * sizeof *ord);
    int has_z = 0, rc = ZB_OK;
    script s;
    if (!v || !z || !pc || !rk || !ord) {
        rc = zb_error_set(p->err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    double m = 0;
    for (size_t i = 0; i < n; i++) {
        v[i] = items[i].pt->value;
        if (fabs(v[i]) > m)
            m = fabs(v[i]);
    }
    if ((rc = zb_stats_rank(v, n, asc, rk, z, pc, &has_z)) != ZB_OK) {
        rc = zb_error_set(p->err, rc, "ranking failed");
        goto out;
    }
    /* order by rank, then zone name (stable for ties) */
    for (size_t i = 0; i < n; i++)
        ord[i] = i;
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0; j--) {
            size_t x = ord[j - 1], y = ord[j];
            int swap = rk[x] > rk[y] ||
                       (rk[x] == rk[y] && strcmp(items[x].s->zone, items[y].s->zone) > 0);
            if (!swap)
                break;
            ord[j - 1] = y;
            ord[j] = x;
        }
    int h = (int)(n * 34 + 170);
    if ((rc = script_open(p, &s, ZB_CHART_RANK, 900, h < 320 ? 320 : h)) != ZB_OK)
        goto out;
    FILE *f = s.f;
    unitdisp u;
    unit_display(a->unit, a->kind, m, &u);
    u.reverse = 0;
    int dec = decimals_for(m / u.div);
    s.c.indicator = shown_indicator(a);
    snprintf(s.period, sizeof s.period, "%s", items[0].pt->period);
    snprintf(s.unit_label, sizeof s.unit_label, "%s", u.label);
    double lo = 0, hi = 0;
    fputs("$bars << EOD\n# y  value(display unit)  label  rank\n", f);
    for (size_t i = 0; i < n; i++) {
        const rank_item *it = &items[ord[i]];
        double y = it->pt->value / u.div;
        char num[64];
        fmt_num(y, dec, num, sizeof num);
        fprintf(f, "%zu %.10g \"%s%s\" %zu\n", n - 1 - i, y, bound_prefix(it->pt->bound), num,
                rk[ord[i]]);
        if (y < lo)
            lo = y;
        if (y > hi)
            hi = y;
        strlist_add_point(&s.docs, it->pt);
    }
    fputs("EOD\n\n", f);
    char line2[320];
    snprintf(line2, sizeof line2, "%s · 单位：%s · %zu 个地区%s", s.period, u.label, n,
             asc ? "（数值小者居前）" : "");
    char *ind = join3(shown_indicator(a), " · ", kind_word(a));
    if (!ind) {
        zb_outfile_abort(&s.out);
        rc = zb_error_set(p->err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    put_title(f, ind, "", " · 地区排名", line2);
    s.title = join3(ind, " ", "地区排名");
    free(ind);
    char *t2 = join3(s.title, " ", s.period);
    free(s.title);
    s.title = t2;
    size_t lm = 8;
    fputs("set ytics scale 0 (", f);
    for (size_t i = 0; i < n; i++) {
        size_t w = text_width(items[ord[i]].s->zone, 16) + 5;
        lm = w > lm ? w : lm;
        fputs(i ? ", " : "", f);
        fprintf(f, "'%zu. ", rk[ord[i]]);
        put_str_body(f, items[ord[i]].s->zone, 16);
        fprintf(f, "' %zu", n - 1 - i);
    }
    fputs(")\n", f);
    double w = hi - lo;
    if (w <= 0)
        w = 1;
    fprintf(f, "set yrange [-0.7:%zu.7]\nset xrange [%.6g:%.6g]\n", n - 1,
            lo < 0 ? lo - w * 0.18 : 0, hi > 0 ? hi + w * 0.18 : 0);
    fputs("set border 1\nset grid xtics noytics lc rgb zb_c_grid\nunset key\nset bmargin 5\n"
          "set style fill solid 0.8 noborder\n", f);
    fputs("set xlabel ", f);
    put_str(f, u.label, 20);
    fputc('\n', f);
    fprintf(f, "set yzeroaxis lt -1 lc rgb zb_c_muted\nset lmargin %zu\n", lm + 1);
    put_source(f, &s.docs, 1);
    fputs("\nplot $bars using (0):1:(0):2:($1-0.34):($1+0.34) with boxxyerror lc rgb zb_c_actual "
          "notitle, \\\n     $bars using 2:1:3 with labels offset char 0.5,0 left "
          "font zb_smallfont notitle\n", f);
    rc = script_close(p, &s, n);
out:
    free(v);
    free(z);
    free(pc);
    free(rk);
    free(ord);
    return rc;
}

/* ------------------------------------------------------- the driver */

/* A candidate for a ranking: point k of series s (status actual, a zone). */
static int rank_item_cmp(const void *pa, const void *pb)
{
    const rank_item *a = pa, *b = pb;
    int c;
    if ((c = strcmp(a->s->indicator, b->s->indicator)) != 0)
        return c;
    if (a->s->kind != b->s->kind)
        return a->s->kind < b->s->kind ? -1 : 1;
    if ((c = strcmp(a->s->unit, b->s->unit)) != 0)
        return c;
    if ((c = strcmp(a->s->basis ? a->s->basis : "", b->s->basis ? b->s->basis : "")) != 0)
        return c;
    if ((c = strcmp(a->pt->period, b->pt->period)) != 0)
        return c;
    return strcmp(a->s->zone, b->s->zone);
}

static int same_ranking(const rank_item *a, const rank_item *b)
{
    return strcmp(a->s->indicator, b->s->indicator) == 0 && a->s->kind == b->s->kind &&
           strcmp(a->s->unit, b->s->unit) == 0 && streq(a->s->basis, b->s->basis) &&
           strcmp(a->pt->period, b->pt->period) == 0;
}

/* Rankings: every reported (actual) point of a zone is a candidate; sorted
 * by indicator, kind, unit, basis, period and zone, each run that at least
 * two zones share is one chart. Conflicting values are left out. With
 * --zone, only rankings that include that zone are drawn. */
static int all_rankings(plotter *p)
{
    size_t ns = zb_series_set_count(p->set), n = 0, cap = 0;
    rank_item *items = NULL;
    int rc = ZB_OK;
    for (size_t i = 0; i < ns; i++) {
        const zb_series *s = zb_series_set_get(p->set, i);
        if (s->status != ZB_STATUS_ACTUAL || !s->zone || !want_indicator(p, s->indicator))
            continue;
        for (size_t k = 0; k < s->npoints; k++) {
            if (s->points[k].conflict || !s->points[k].period || !*s->points[k].period)
                continue;
            if (zb_grow(&items, &cap, n, sizeof *items, 64) != 0) {
                free(items);
                return zb_error_set(p->err, ZB_ENOMEM, "out of memory");
            }
            items[n++] = (rank_item){s, &s->points[k]};
        }
    }
    if (n)
        qsort(items, n, sizeof *items, rank_item_cmp);
    for (size_t i = 0; i < n && rc == ZB_OK;) {
        size_t j = i + 1;
        int has_zone = want_zone(p, items[i].s->zone);
        while (j < n && same_ranking(&items[i], &items[j])) {
            has_zone |= want_zone(p, items[j].s->zone);
            j++;
        }
        if (j - i >= 2 && has_zone)
            rc = chart_rank(p, items + i, j - i);
        i = j;
    }
    free(items);
    return rc;
}

#define TARGET_ROWS_PER_CHART 25

static int zone_cmp(const void *a, const void *b)
{
    const zb_comparison *x = *(const zb_comparison *const *)a, *y = *(const zb_comparison *const *)b;
    const char *zx = x->target_series->zone, *zy = y->target_series->zone;
    int c = !zx ? (zy ? -1 : 0) : !zy ? 1 : strcmp(zx, zy);
    return c ? c : x < y ? -1 : x > y;   /* then set order */
}

/* Targets charts: per zone, its comparisons (not unit mismatches), 25 rows
 * a chart; a chunk where no target has a result is not drawn (it would be
 * an empty chart: the report's tables list such targets). */
static int all_targets(plotter *p)
{
    const zb_comparison **rows = malloc((p->ncmp ? p->ncmp : 1) * sizeof *rows);
    size_t n = 0;
    int rc = ZB_OK;
    if (!rows)
        return zb_error_set(p->err, ZB_ENOMEM, "out of memory");
    for (size_t i = 0; i < p->ncmp; i++) {
        const zb_comparison *c = &p->cmp[i];
        if (c->type != ZB_COMPARE_UNITS && c->target_series && c->target &&
            want_zone(p, c->target_series->zone) && want_indicator(p, c->target_series->indicator))
            rows[n++] = c;
    }
    if (n)
        qsort(rows, n, sizeof *rows, zone_cmp);
    for (size_t i = 0; i < n && rc == ZB_OK;) {
        const char *zone = rows[i]->target_series->zone;
        size_t j = i, k = 0, with_bar = 0;
        while (j < n && k < TARGET_ROWS_PER_CHART && streq(rows[j]->target_series->zone, zone)) {
            with_bar += !isnan(row_pct(rows[j]));
            j++;
            k++;
        }
        if (with_bar)
            rc = chart_targets(p, zone, rows + i, j - i);
        i = j;
    }
    free(rows);
    return rc;
}

/* Trend charts (groups with two or more dated points) and small multiples
 * (per zone, every group with a dated point). */
static int all_trends(plotter *p)
{
    size_t ns = zb_series_set_count(p->set);
    group *g = calloc(ns ? ns : 1, sizeof *g);
    unsigned char *used = calloc(ns ? ns : 1, 1);
    size_t ng = 0;
    int rc = ZB_OK;
    if (!g || !used) {
        rc = zb_error_set(p->err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < ns; i++) {
        if (used[i])
            continue;
        const zb_series *s = zb_series_set_get(p->set, i);
        if (s->period_type == ZB_PERIOD_NONE || !want_zone(p, s->zone) ||
            !want_indicator(p, s->indicator))
            continue;
        group *gr = &g[ng++];
        /* the set is sorted by zone, indicator, kind, unit, basis, then
         * status and period class: a group lies within one run of the
         * first five */
        for (size_t j = i; j < ns; j++) {
            const zb_series *o = zb_series_set_get(p->set, j);
            if (!streq(s->zone, o->zone) || !streq(s->indicator, o->indicator) ||
                s->kind != o->kind || !streq(s->unit, o->unit) || !streq(s->basis, o->basis))
                break;
            if (!used[j] && same_group(s, o) && (unsigned)o->status < ZB_STATUS_N &&
                !gr->s[o->status]) {
                used[j] = 1;
                gr->s[o->status] = o;
                gr->npoints += count_dated(o, 9, p);
            }
        }
        if (gr->npoints == 0)
            ng--;
    }
    for (size_t i = 0; i < ng && rc == ZB_OK; i++)
        if (distinct_times(&g[i]) >= 2)
            rc = chart_trend(p, &g[i]);
    /* groups are in zone order (the set sorts by zone first) */
    for (size_t i = 0; i < ng && rc == ZB_OK;) {
        size_t j = i;
        while (j < ng && streq(group_any(&g[j])->zone, group_any(&g[i])->zone))
            j++;
        if (group_any(&g[i])->zone)
            rc = chart_multiples(p, g + i, j - i);
        i = j;
    }
out:
    free(g);
    free(used);
    return rc;
}

int zb_plot_write_all(const zb_series_set *set, const zb_aliases *aliases,
                      const zb_plot_opts *opts, zb_chart_fn fn, void *user,
                      zb_plot_result *res, zb_error *err)
{
    plotter p;
    zb_plot_result dummy;
    int rc = ZB_OK;
    memset(&p, 0, sizeof p);
    if (!res)
        res = &dummy;
    memset(res, 0, sizeof *res);
    if (!opts || !opts->dir || !*opts->dir)
        return zb_error_set(err, ZB_EUSAGE, "no output directory");
    if ((unsigned)opts->render >= ZB_PLOT_FORMAT_N)
        return zb_error_set(err, ZB_EUSAGE, "unknown render format %d", (int)opts->render);
    p.set = set;
    p.o = opts;
    p.style = opts->style ? opts->style : default_style;
    p.fn = fn;
    p.user = user;
    p.res = res;
    p.err = err;
    if (mkdir(opts->dir, 0777) != 0 && errno != EEXIST)
        return zb_error_set(err, ZB_EIO, "%s: %s", opts->dir, strerror(errno));
    struct stat st;
    if (stat(opts->dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return zb_error_set(err, ZB_EIO, "%s: not a directory", opts->dir);
    if (opts->zone && !(p.zone = aliases ? zb_aliases_zone(aliases, opts->zone) : strdup(opts->zone)))
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    if (opts->indicator &&
        !(p.indicator = aliases ? zb_aliases_indicator(aliases, opts->indicator)
                                : strdup(opts->indicator))) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    if (opts->render != ZB_PLOT_NONE) {
        char *font = zb_plot_style_font(p.style);
        if (!zb_plot_have_gnuplot(opts->gnuplot))
            res->render_skipped = ZB_PLOT_SKIP_NO_GNUPLOT;
        else if (font && !zb_plot_font_available(font))
            res->render_skipped = ZB_PLOT_SKIP_NO_FONT;
        else
            p.render = 1;
        free(font);
    }
    if ((rc = zb_compare_run(set, &p.cmp, &p.ncmp, err)) != ZB_OK)
        goto out;
    if (!(p.bytarget = malloc((p.ncmp ? p.ncmp : 1) * sizeof *p.bytarget))) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < p.ncmp; i++)
        if (p.cmp[i].target && p.cmp[i].type != ZB_COMPARE_UNITS &&
            p.cmp[i].type != ZB_COMPARE_CALENDAR)
            p.bytarget[p.nbytarget++] = &p.cmp[i];
    qsort(p.bytarget, p.nbytarget, sizeof *p.bytarget, by_target_cmp);
    char *ipath = path_join(opts->dir, "charts", ".jsonl");
    if (!ipath) {
        rc = zb_error_set(err, ZB_ENOMEM, "out of memory");
        goto out;
    }
    rc = zb_outfile_open(&p.index, ipath, err);
    free(ipath);
    if (rc != ZB_OK)
        goto out;
    if ((rc = all_trends(&p)) == ZB_OK && (rc = all_targets(&p)) == ZB_OK)
        rc = all_rankings(&p);
    if (rc == ZB_OK)
        rc = zb_outfile_commit(&p.index, err);
    else
        zb_outfile_abort(&p.index);
out:
    free(p.bytarget);
    free(p.cmp);
    free(p.zone);
    free(p.indicator);
    return rc;
}

/* ---------------------------------------------------------- rendering */

/*
 * Run argv (argv[0] looked up on PATH, no shell) with stdin from /dev/null,
 * the output stream `which` (1 or 2) collected into *out (new string, may
 * be empty; freed when out is NULL, at most 64 KiB kept) and the other one
 * sent to /dev/null. Returns the exit status, 127 when the program could
 * not be run, 128 when it died of a signal, -1 when fork/pipe failed.
 */
static int run_capture(char *const argv[], int which, char **out)
{
    int fd[2];
    if (out)
        *out = NULL;
    if (pipe(fd) != 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0) {
        close(fd[0]);
        close(fd[1]);
        return -1;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        if (null >= 0) {
            dup2(null, 0);
            dup2(null, which == 1 ? 2 : 1);
        }
        dup2(fd[1], which);
        close(fd[0]);
        close(fd[1]);
        execvp(argv[0], argv);
        _exit(127);
    }
    close(fd[1]);
    char *buf = malloc(65536 + 1);
    size_t len = 0;
    for (;;) {
        char chunk[4096];
        ssize_t r = read(fd[0], chunk, sizeof chunk);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        size_t keep = buf && len < 65536 ? 65536 - len : 0;
        if (keep > (size_t)r)
            keep = (size_t)r;
        if (keep)
            memcpy(buf + len, chunk, keep);
        len += keep;
    }
    close(fd[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (buf)
        buf[len] = '\0';
    if (out)
        *out = buf;
    else
        free(buf);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

int zb_plot_have_gnuplot(const char *gnuplot)
{
    char *argv[] = {(char *)(gnuplot ? gnuplot : "gnuplot"), "--version", NULL};
    return run_capture(argv, 1, NULL) == 0;
}

int zb_plot_font_available(const char *family)
{
    char *argv[] = {"fc-list", ":lang=zh", "family", NULL};
    char *out = NULL;
    int found = 0;
    if (!family || !*family || run_capture(argv, 1, &out) != 0 || !out) {
        free(out);
        return 0;
    }
    /* each line lists the family names of one font, comma-separated */
    size_t fl = strlen(family);
    for (char *q = out; (q = strstr(q, family)) != NULL; q++)
        if ((q == out || q[-1] == ',' || q[-1] == '\n') &&
            (q[fl] == ',' || q[fl] == '\n' || q[fl] == '\0'))
            found = 1;
    free(out);
    return found;
}

char *zb_plot_style_font(const char *style)
{
    /* the last assignment at the start of a line wins, as in gnuplot */
    const char *val = NULL;
    size_t vlen = 0;
    for (const char *q = style; q && (q = strstr(q, "zb_font")) != NULL; q++) {
        if (q != style && q[-1] != '\n')
            continue;
        const char *r = q + 7;
        while (*r == ' ' || *r == '\t')
            r++;
        if (*r++ != '=')
            continue;
        while (*r == ' ' || *r == '\t')
            r++;
        char quote = *r;
        const char *e = quote == '\'' || quote == '"' ? strchr(r + 1, quote) : NULL;
        if (!e)
            continue;
        val = r + 1;
        vlen = (size_t)(e - r - 1);
    }
    if (!val)
        return NULL;
    return strndup(val, vlen);
}

int zb_plot_render(const char *script, zb_plot_format fmt, const char *gnuplot, char **log,
                   zb_error *err)
{
    char expr[64];
    if (log)
        *log = NULL;
    if (fmt == ZB_PLOT_NONE || (unsigned)fmt >= ZB_PLOT_FORMAT_N)
        return zb_error_set(err, ZB_EUSAGE, "no render format");
    snprintf(expr, sizeof expr, "zb_format='%s'", format_names[fmt]);
    char *argv[] = {(char *)(gnuplot ? gnuplot : "gnuplot"), "-e", expr, (char *)script, NULL};
    char *out = NULL;
    int st = run_capture(argv, 2, &out);
    if (log)
        *log = out;
    else
        free(out);
    if (st == 127)
        return zb_error_set(err, ZB_EDEP, "%s: cannot run %s", script, argv[0]);
    if (st != 0)
        return zb_error_set(err, ZB_EDEP, "%s: gnuplot exited with status %d", script, st);
    return ZB_OK;
}
