/*
 * bench.c -- `make bench`: time zhibiao against baselines measured in the
 * same run on the same bytes, and print the ratios.
 *
 *   bench --zhibiao PATH --floor PATH --dir BUILD_BENCH_DIR [--runs N]
 *
 * The one idea: on a shared machine absolute times drift by tens of percent
 * from one minute to the next, so every figure is a RATIO against a
 * baseline run interleaved with it (floor, extract, floor, extract, ...):
 *   - extract vs the iconv floor (bench/floor.c: read + iconv every file);
 *   - series, trend, compare vs `zhibiao check` (parse and validate only);
 * and the ratios use the CPU time (user + sys) of the child, which another
 * developer's compile steals much less of than wall time. Wall time is shown
 * too, and is what the -j scaling uses. Each command runs as a child
 * (fork/exec, stdout to a file) reaped with wait4(), whose rusage gives that
 * child's own CPU time and peak RSS (ru_maxrss), so no /usr/bin/time needed.
 * Each figure is the median of --runs runs (BENCH_RUNS); the 1 GB extract
 * and the xlsx exports run once. Commands that are not built yet (their
 * --help fails) are reported as missing, not as failures.
 *
 * Inputs (made by bench/bench.mk): DIR/corpus/files.txt (paths relative to
 * DIR/corpus), DIR/records.jsonl, DIR/records-1m.jsonl, DIR/records-100k.jsonl.
 * Outputs of the commands go to DIR/out/, their stderr to DIR/out/NAME.err.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAXRUNS 15

static const char *zb, *floor_bin, *dir;
static int runs = 3;

/* One measured child. */
typedef struct sample {
    double wall, cpu;   /* seconds */
    double rss_mb;      /* peak resident set, MB (1e6 bytes) */
    int ok;             /* exited 0 */
} sample;

/* Medians of up to MAXRUNS samples of one measure. */
typedef struct measure {
    const char *name;
    sample s[MAXRUNS];
    int n, failed;
    double wall, cpu, rss_mb; /* medians, filled by finish() */
} measure;

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "bench: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    exit(1);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Run argv with cwd, stdout to out (or /dev/null), stderr to err (or
 * /dev/null); returns wall/CPU/RSS of that child alone (wait4). */
static sample run(char *const *argv, const char *cwd, const char *out, const char *err)
{
    sample s = {0};
    fflush(stdout);
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0)
        die("fork: %s", strerror(errno));
    if (pid == 0) {
        int fo = open(out ? out : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0666);
        int fe = open(err ? err : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0666);
        int fi = open("/dev/null", O_RDONLY);
        if (fo < 0 || fe < 0 || fi < 0 || dup2(fi, 0) < 0 || dup2(fo, 1) < 0 || dup2(fe, 2) < 0)
            _exit(126);
        if (cwd && chdir(cwd) != 0)
            _exit(126);
        execv(argv[0], argv);
        _exit(127);
    }
    int st;
    struct rusage ru;
    while (wait4(pid, &st, 0, &ru) < 0)
        if (errno != EINTR)
            die("wait4: %s", strerror(errno));
    s.wall = now() - t0;
    s.cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec +
            ru.ru_stime.tv_usec / 1e6;
    s.rss_mb = ru.ru_maxrss * 1024.0 / 1e6; /* ru_maxrss is in KiB on Linux */
    s.ok = WIFEXITED(st) && WEXITSTATUS(st) == 0;
    return s;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    if (n == 0)
        return 0;
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void finish(measure *m)
{
    double w[MAXRUNS], c[MAXRUNS], r[MAXRUNS];
    int k = 0;
    for (int i = 0; i < m->n; i++)
        if (m->s[i].ok) {
            w[k] = m->s[i].wall;
            c[k] = m->s[i].cpu;
            r[k] = m->s[i].rss_mb;
            k++;
        }
    m->failed = m->n - k;
    m->wall = median(w, k);
    m->cpu = median(c, k);
    m->rss_mb = median(r, k);
    m->n = k;
}

static char *path_in(const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (!p)
        die("out of memory");
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* Record one sample of m, printing progress on stderr; on failure show the
 * tail of the child's stderr once. */
static void take(measure *m, char *const *argv, const char *cwd, const char *out)
{
    char errname[256];
    snprintf(errname, sizeof errname, "out/%s.err", m->name);
    char *err = path_in(errname);
    sample s = run(argv, cwd, out, err);
    fprintf(stderr, "  %-22s wall %7.2f s  cpu %7.2f s  rss %7.1f MB%s\n", m->name, s.wall, s.cpu,
            s.rss_mb, s.ok ? "" : "  FAILED");
    if (!s.ok && m->failed == 0) {
        FILE *f = fopen(err, "r");
        char line[512];
        for (int i = 0; f && i < 5 && fgets(line, sizeof line, f); i++)
            fprintf(stderr, "    | %s", line);
        if (f)
            fclose(f);
    }
    if (m->n < MAXRUNS)
        m->s[m->n++] = s;
    if (!s.ok)
        m->failed++;
    free(err);
}

/* Does `zhibiao CMD --help` succeed? The help text goes to help_out. */
static int have(const char *cmd, char *help_out, size_t size)
{
    char *argv[] = {(char *)zb, (char *)cmd, "--help", NULL};
    char name[64];
    snprintf(name, sizeof name, "out/help-%s.txt", cmd);
    char *p = path_in(name);
    sample s = run(argv, NULL, p, NULL);
    help_out[0] = '\0';
    FILE *f = fopen(p, "r");
    if (f) {
        size_t n = fread(help_out, 1, size - 1, f);
        help_out[n] = '\0';
        fclose(f);
    }
    free(p);
    return s.ok && help_out[0];
}

/* Lines in a file (records written, series printed); -1 if unreadable. */
static long count_lines(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    static char chunk[1 << 16];
    long n = 0;
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        for (size_t i = 0; i < k; i++)
            n += chunk[i] == '\n';
    fclose(f);
    return n;
}

/* Byte-identical files? */
static int same_file(const char *a, const char *b)
{
    FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
    int same = fa && fb;
    static char ca[1 << 16], cb[1 << 16];
    while (same) {
        size_t na = fread(ca, 1, sizeof ca, fa), nb = fread(cb, 1, sizeof cb, fb);
        if (na != nb || memcmp(ca, cb, na) != 0)
            same = 0;
        if (na == 0)
            break;
    }
    if (fa)
        fclose(fa);
    if (fb)
        fclose(fb);
    return same;
}

static long file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

/* Read a whole file once so the timed runs start with it in the page cache. */
static void warm(const char *path)
{
    FILE *f = fopen(path, "rb");
    static char chunk[1 << 16];
    while (f && fread(chunk, 1, sizeof chunk, f) > 0)
        ;
    if (f)
        fclose(f);
}

static void machine(void)
{
    struct utsname u;
    uname(&u);
    char model[256] = "unknown CPU", line[512];
    FILE *f = fopen("/proc/cpuinfo", "r");
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "model name", 10) == 0) {
            char *c = strchr(line, ':');
            if (c) {
                snprintf(model, sizeof model, "%s", c + 2);
                model[strcspn(model, "\n")] = '\0';
            }
            break;
        }
    if (f)
        fclose(f);
    printf("machine: %s, %ld cores online, %s %s %s\n", model, sysconf(_SC_NPROCESSORS_ONLN),
           u.sysname, u.release, u.machine);
    char when[64];
    time_t t = time(NULL);
    strftime(when, sizeof when, "%Y-%m-%d %H:%M UTC", gmtime(&t));
    char commit[64] = "unknown";
    FILE *g = popen("git describe --always --dirty 2>/dev/null", "r");
    if (g) {
        if (fgets(commit, sizeof commit, g))
            commit[strcspn(commit, "\n")] = '\0';
        pclose(g);
    }
    printf("date: %s; source: git %s\n", when, commit);
}

static void loadavg(const char *when)
{
    char buf[128] = "?";
    FILE *f = fopen("/proc/loadavg", "r");
    if (f) {
        if (!fgets(buf, sizeof buf, f))
            buf[0] = '\0';
        fclose(f);
    }
    buf[strcspn(buf, "\n")] = '\0';
    printf("load average %s: %s\n", when, buf);
}

/* A growable argv. */
typedef struct args {
    char **v;
    size_t n, cap;
} args;

static void arg(args *a, const char *s)
{
    if (a->n + 2 > a->cap) {
        a->cap = a->cap ? a->cap * 2 : 64;
        if (!(a->v = realloc(a->v, a->cap * sizeof *a->v)))
            die("out of memory");
    }
    a->v[a->n++] = (char *)s;
    a->v[a->n] = NULL;
}

static void row(const measure *m, const char *input, const char *speed, const char *ratio)
{
    if (m->n == 0) {
        printf("| %-24s | %-26s | %4s | %8s | %8s | %-18s | %-22s | %8s |\n", m->name, input,
               "-", "-", "-", m->failed ? "FAILED" : "missing", "-", "-");
        return;
    }
    printf("| %-24s | %-26s | %4d | %8.2f | %8.2f | %-18s | %-22s | %8.1f |\n", m->name, input, m->n,
           m->wall, m->cpu, speed, ratio, m->rss_mb);
}

int main(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--zhibiao") == 0)
            zb = argv[i + 1];
        else if (strcmp(argv[i], "--floor") == 0)
            floor_bin = argv[i + 1];
        else if (strcmp(argv[i], "--dir") == 0)
            dir = argv[i + 1];
        else if (strcmp(argv[i], "--runs") == 0)
            runs = atoi(argv[i + 1]);
        else
            die("unknown option %s", argv[i]);
    }
    if (!zb || !floor_bin || !dir)
        die("usage: bench --zhibiao PATH --floor PATH --dir DIR [--runs N]");
    if (runs < 1 || runs > MAXRUNS)
        die("--runs must be 1..%d", MAXRUNS);
    char *outdir = path_in("out");
    mkdir(outdir, 0777);

    /* The corpus file list: paths relative to DIR/corpus, kept short so that
     * five copies of the list fit on one command line (the 1 GB run). */
    char *corpus = path_in("corpus"), *list = path_in("corpus/files.txt");
    FILE *lf = fopen(list, "r");
    if (!lf)
        die("%s: %s (run make bench)", list, strerror(errno));
    args files = {0};
    char line[4096];
    double corpus_mb = 0;
    while (fgets(line, sizeof line, lf)) {
        line[strcspn(line, "\n")] = '\0';
        if (!line[0])
            continue;
        char *p = strdup(line);
        if (!p)
            die("out of memory");
        arg(&files, p);
        char full[8192];
        snprintf(full, sizeof full, "%s/%s", corpus, p);
        long sz = file_size(full);
        if (sz < 0)
            die("%s: missing", full);
        corpus_mb += sz / 1e6;
    }
    fclose(lf);
    char *records = path_in("records.jsonl"), *rec1m = path_in("records-1m.jsonl"),
         *rec100k = path_in("records-100k.jsonl");
    long nrecords = count_lines(records);
    if (nrecords <= 0)
        die("%s: missing or empty", records);
    double records_mb = file_size(records) / 1e6;

    machine();
    loadavg("at start");
    printf("corpus: %zu files, %.1f MB (MB = 10^6 bytes); records: %ld lines, %.1f MB; %d runs each\n",
           files.n, corpus_mb, nrecords, records_mb, runs);

    char help[8192];
    int has_extract = have("extract", help, sizeof help);
    const char *jopt = NULL; /* "--jobs" or "-j" */
    if (has_extract)
        jopt = strstr(help, "--jobs") ? "--jobs" : strstr(help, "-j") ? "-j" : NULL;
    int has_series = have("series", help, sizeof help);
    int has_trend = have("trend", help, sizeof help);
    int has_compare = have("compare", help, sizeof help);
    int has_export = have("export", help, sizeof help);
    int has_check = have("check", help, sizeof help);

    /* Warm the page cache: the first timed run must not pay for the disk. */
    {
        args a = {0};
        arg(&a, floor_bin);
        for (size_t i = 0; i < files.n; i++)
            arg(&a, files.v[i]);
        run(a.v, corpus, NULL, NULL);
        free(a.v);
        warm(records);
    }

    /* Extraction, interleaved with its floor. */
    measure m_floor = {.name = "iconv-floor"}, m_x1 = {.name = "extract-j1"},
            m_x2 = {.name = "extract-j2"}, m_x1g = {.name = "extract-j2-1GB"};
    char *x1_out = path_in("out/extract-j1.jsonl"), *x2_out = path_in("out/extract-j2.jsonl");
    args a_floor = {0}, a_x1 = {0}, a_x2 = {0}, a_x1g = {0};
    arg(&a_floor, floor_bin);
    arg(&a_x1, zb), arg(&a_x1, "extract");
    arg(&a_x2, zb), arg(&a_x2, "extract");
    arg(&a_x1g, zb), arg(&a_x1g, "extract");
    if (jopt && strcmp(jopt, "--jobs") == 0) {
        arg(&a_x1, "--jobs=1"), arg(&a_x2, "--jobs=2"), arg(&a_x1g, "--jobs=2");
    } else if (jopt) {
        arg(&a_x1, "-j"), arg(&a_x1, "1"), arg(&a_x2, "-j"), arg(&a_x2, "2");
        arg(&a_x1g, "-j"), arg(&a_x1g, "2");
    }
    for (size_t i = 0; i < files.n; i++) {
        arg(&a_floor, files.v[i]);
        arg(&a_x1, files.v[i]);
        arg(&a_x2, files.v[i]);
    }
    for (int k = 0; k < 5; k++)
        for (size_t i = 0; i < files.n; i++)
            arg(&a_x1g, files.v[i]);
    fprintf(stderr, "bench: extraction (%zu files, %.1f MB)\n", files.n, corpus_mb);
    for (int r = 0; r < runs; r++) {
        take(&m_floor, a_floor.v, corpus, NULL);
        if (has_extract) {
            take(&m_x1, a_x1.v, corpus, x1_out);
            if (jopt)
                take(&m_x2, a_x2.v, corpus, x2_out);
        }
    }
    if (has_extract)
        take(&m_x1g, a_x1g.v, corpus, NULL);
    finish(&m_floor), finish(&m_x1), finish(&m_x2), finish(&m_x1g);
    long x_records = has_extract ? count_lines(x1_out) : -1;
    int x_same = jopt && m_x1.n && m_x2.n ? same_file(x1_out, x2_out) : -1;
    int x_valid = -1;
    if (has_extract && has_check && m_x1.n) {
        char *cv[] = {(char *)zb, "check", "-q", x1_out, NULL};
        x_valid = run(cv, NULL, NULL, NULL).ok;
    }

    /* Statistics, interleaved with the parse-only baseline. */
    measure m_check = {.name = "check (parse only)"}, m_series = {.name = "series"},
            m_trend = {.name = "trend"}, m_compare = {.name = "compare"};
    char *series_out = path_in("out/series.jsonl"), *trend_out = path_in("out/trend.jsonl"),
         *compare_out = path_in("out/compare.jsonl");
    char *a_check[] = {(char *)zb, "check", records, NULL};
    char *a_series[] = {(char *)zb, "series", records, NULL};
    char *a_trend[] = {(char *)zb, "trend", records, NULL};
    char *a_compare[] = {(char *)zb, "compare", records, NULL};
    fprintf(stderr, "bench: statistics (%ld records)\n", nrecords);
    for (int r = 0; r < runs; r++) {
        if (has_check)
            take(&m_check, a_check, NULL, NULL);
        if (has_series)
            take(&m_series, a_series, NULL, series_out);
        if (has_trend)
            take(&m_trend, a_trend, NULL, trend_out);
        if (has_compare)
            take(&m_compare, a_compare, NULL, compare_out);
    }
    /* The same records twice: twice the records, the same series and
     * points; memory bounded by series and points stays where it was. */
    measure m_series2 = {.name = "series-records-2x"};
    char *a_series2[] = {(char *)zb, "series", records, records, NULL};
    if (has_series)
        take(&m_series2, a_series2, NULL, NULL);
    finish(&m_check), finish(&m_series), finish(&m_trend), finish(&m_compare), finish(&m_series2);

    /* XLSX export: 1,000,000 rows and 100,000 rows; constant memory means
     * the two peak RSS figures are close. */
    measure m_x1m = {.name = "export-xlsx-1M"}, m_x100k = {.name = "export-xlsx-100k"};
    char *xlsx1m = path_in("out/export-1m.xlsx"), *xlsx100k = path_in("out/export-100k.xlsx");
    char *a_e1m[] = {(char *)zb, "export", "--format", "xlsx", "-o", xlsx1m, rec1m, NULL};
    char *a_e100k[] = {(char *)zb, "export", "--format", "xlsx", "-o", xlsx100k, rec100k, NULL};
    long rows1m = count_lines(rec1m), rows100k = count_lines(rec100k);
    if (has_export) {
        fprintf(stderr, "bench: export (%ld and %ld rows)\n", rows1m, rows100k);
        warm(rec1m);
        take(&m_x100k, a_e100k, NULL, NULL);
        take(&m_x1m, a_e1m, NULL, NULL);
    }
    finish(&m_x1m), finish(&m_x100k);

    /* The table. */
    char input[64], speed[64], ratio[64];
    printf("\n| %-24s | %-26s | %4s | %8s | %8s | %-18s | %-22s | %8s |\n", "measure", "input", "runs",
           "wall s", "CPU s", "throughput", "ratio (CPU time)", "RSS MB");
    printf("|%s|%s|%s|%s|%s|%s|%s|%s|\n", "--------------------------", "----------------------------",
           "------", "----------", "----------", "--------------------", "------------------------",
           "----------");
    snprintf(input, sizeof input, "%.0f MB, %zu files", corpus_mb, files.n);
    snprintf(speed, sizeof speed, "%.0f MB/s", corpus_mb / m_floor.cpu);
    row(&m_floor, input, speed, "1 (baseline)");
    double x_rate = m_x1.n ? corpus_mb / m_x1.cpu : 0;
    snprintf(speed, sizeof speed, "%.1f MB/s/core", x_rate);
    snprintf(ratio, sizeof ratio, "%.2fx floor", m_x1.cpu / m_floor.cpu);
    row(&m_x1, input, speed, ratio);
    snprintf(speed, sizeof speed, "%.1f MB/s", m_x2.n ? corpus_mb / m_x2.wall : 0);
    snprintf(ratio, sizeof ratio, "%.2fx -j1 (wall)", m_x2.n ? m_x1.wall / m_x2.wall : 0);
    row(&m_x2, input, speed, ratio);
    char in1g[64];
    snprintf(in1g, sizeof in1g, "%.0f MB, list 5x", corpus_mb * 5);
    snprintf(speed, sizeof speed, "%.1f MB/s", m_x1g.n ? corpus_mb * 5 / m_x1g.wall : 0);
    snprintf(ratio, sizeof ratio, "RSS %.2fx 200 MB run", m_x2.n ? m_x1g.rss_mb / m_x2.rss_mb
                                                         : m_x1.n ? m_x1g.rss_mb / m_x1.rss_mb : 0);
    row(&m_x1g, in1g, speed, ratio);
    double mrec = nrecords / 1e6;
    snprintf(input, sizeof input, "%.2fM records, %.0f MB", mrec, records_mb);
    snprintf(speed, sizeof speed, "%.2f s/M records", m_check.cpu / mrec);
    row(&m_check, input, speed, "1 (baseline)");
    measure *stats[3] = {&m_series, &m_trend, &m_compare};
    for (int i = 0; i < 3; i++) {
        snprintf(speed, sizeof speed, "%.2f s/M records", stats[i]->cpu / mrec);
        snprintf(ratio, sizeof ratio, "%.2fx parse-only", stats[i]->cpu / m_check.cpu);
        row(stats[i], input, speed, ratio);
    }
    snprintf(input, sizeof input, "%.2fM records (file 2x)", 2 * mrec);
    snprintf(speed, sizeof speed, "%.2f s/M records", m_series2.cpu / (2 * mrec));
    snprintf(ratio, sizeof ratio, "RSS %.2fx series", m_series.n ? m_series2.rss_mb / m_series.rss_mb : 0);
    row(&m_series2, input, speed, ratio);
    snprintf(input, sizeof input, "%ld rows", rows1m);
    snprintf(speed, sizeof speed, "%.0f rows/s", m_x1m.n ? rows1m / m_x1m.wall : 0);
    snprintf(ratio, sizeof ratio, "RSS %.2fx 100k run", m_x100k.n ? m_x1m.rss_mb / m_x100k.rss_mb : 0);
    row(&m_x1m, input, speed, ratio);
    snprintf(input, sizeof input, "%ld rows", rows100k);
    snprintf(speed, sizeof speed, "%.0f rows/s", m_x100k.n ? rows100k / m_x100k.wall : 0);
    row(&m_x100k, input, speed, "-");
    printf("\n");
    loadavg("at end");
    printf("\n");

    /* One line per figure. */
    if (m_x1.n) {
        double r = m_x1.cpu / m_floor.cpu;
        printf("extract: %.1f MB/s/core, %.2fx iconv floor, peak RSS %.0f MB; %ld records from %.0f MB"
               " (goal >= 100 MB/s/core and <= 4x floor: %s)\n",
               x_rate, r, m_x1.rss_mb, x_records, corpus_mb,
               x_rate >= 100 && r <= 4 ? "met" : "NOT met");
        if (x_valid >= 0)
            printf("extract output: %s by zhibiao check\n", x_valid ? "valid" : "INVALID");
    } else {
        printf("extract: %s\n", has_extract ? "FAILED (see build-bench/out/extract-j1.err)"
                                           : "missing (zhibiao extract --help fails: not built yet)");
    }
    /* On a shared machine the wall speed-up also depends on whether two
     * cores were free; CPU time of -j 2 over -j 1 is the parallel overhead,
     * CPU over wall the cores it actually got. */
    if (m_x2.n)
        printf("extract -j 2: %.2fx the speed of -j 1 (wall) with %.2f cores busy, %.2fx the CPU time"
               " of -j 1; output %s -j 1 (goal near 2x on 2 cores, input order)\n",
               m_x1.wall / m_x2.wall, m_x2.cpu / m_x2.wall, m_x2.cpu / m_x1.cpu,
               x_same == 1 ? "identical to" : "DIFFERS from");
    else if (has_extract)
        printf("extract -j: %s\n", jopt ? "FAILED" : "missing (no -j/--jobs in extract --help)");
    if (m_x1g.n)
        printf("extract memory: peak RSS %.0f MB at %.0f MB of corpus, %.0f MB at %.0f MB (%s; goal: flat)\n",
               m_x2.n ? m_x2.rss_mb : m_x1.rss_mb, corpus_mb, m_x1g.rss_mb, corpus_mb * 5,
               jopt ? "-j 2" : "one process");
    for (int i = 0; i < 3; i++) {
        const measure *m = stats[i];
        if (!m->n) {
            printf("%s: %s\n", m->name, m->failed ? "FAILED" : "missing (not built yet)");
            continue;
        }
        double r = m->cpu / m_check.cpu;
        printf("%s: %.2fx parse-only, %.2f s CPU per million records, peak RSS %.0f MB"
               " (check: %.0f MB) (goal <= 3x: %s)\n",
               m->name, r, m->cpu / mrec, m->rss_mb, m_check.rss_mb, r <= 3 ? "met" : "NOT met");
    }
    if (m_series2.n)
        printf("series memory: peak RSS %.0f MB for %.1fM records, %.0f MB when each record comes twice"
               " (%.1fM records, same series and points; goal: no growth with records)\n",
               m_series.rss_mb, mrec, m_series2.rss_mb, 2 * mrec);
    if (m_x1m.n)
        printf("export xlsx: %ld rows in %.1f s, peak RSS %.0f MB (%ld rows: %.0f MB), %.0f MB file\n",
               rows1m, m_x1m.wall, m_x1m.rss_mb, rows100k, m_x100k.rss_mb,
               file_size(xlsx1m) / 1e6);
    else
        printf("export xlsx: %s\n", has_export ? "FAILED" : "missing (not built yet)");
    return 0;
}
