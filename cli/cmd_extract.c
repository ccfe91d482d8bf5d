/*
 * cmd_extract.c -- `zhibiao extract [options] [FILE...]`: documents in,
 * indicator records out (one JSON line each, in document order).
 *
 * Thin by design: read each file whole (one document's memory), call
 * zb_extract_buffer with a callback that writes the record, report
 * warnings as "zhibiao: FILE: warning: byte N: ..." with byte offsets.
 *
 * With -j N, N threads each own a zb_extractor and take the next file;
 * a thread writes a document's records and messages into memory, and the
 * main thread prints documents strictly in input order. A thread may run
 * at most 2N documents ahead of the printer and the jobs live in a ring of
 * 2N slots, so memory stays bounded by a few documents whatever the number
 * of files. Without -j, N is the number of online cores.
 *
 * On a terminal, a progress line (files, MB, MB/s) is kept on stderr while
 * several files are read, unless the records go to that terminal too.
 */
#include "cli.h"
#include "zb_internal.h"

#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_DOC ((size_t)512 << 20) /* 512 MiB per document */
#define MAX_JOBS 64

/*
 * Where a document's records go.  Records are formatted straight into buf
 * and handed to stdio a buffer at a time (at the end of each document,
 * when buf is full, and before any message), not one fwrite per record.
 *
 * Without -j, into a file or pipe, buf (SINK_DIRECT bytes) is kept across
 * documents and written straight to out's descriptor when full: stdio
 * would only copy it into its own buffer first (glibc copies a chunk
 * smaller than its buffer).  stdio is flushed before each such write, so
 * what went through it (an unusual record) keeps its place; before a
 * message too; the last bytes go through stdio, so a failure at the end
 * is reported at commit as before.
 *
 * With -j, buf grows instead (to SINK_BUF bytes free when a record does
 * not fit, so the same records are unusual) and becomes the job's record
 * text as it is: not copied into a memory stream.
 */
#define SINK_BUF ((size_t)64 << 10)
#define SINK_DIRECT ((size_t)256 << 10)
typedef struct sink {
    FILE *out;
    zb_error err;
    int failed;
    int fd;             /* >= 0: full buffers go to this descriptor (out's) */
    int grow;           /* buf keeps the whole document (-j); out is unused */
    size_t cap;         /* size of buf */
    size_t len;         /* bytes of buf not yet written */
    char *buf;          /* cap bytes; NULL: records go to out one by one */
} sink;

typedef struct warn_ctx {
    const char *file;
    int quiet;
    FILE *errf;
    sink *k;            /* flushed before a message */
} warn_ctx;

/* Write b[0..n) to fd (again after a short write or EINTR); the bytes
 * written, n unless write(2) failed. */
static size_t write_all(int fd, const char *b, size_t n)
{
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(fd, b + done, n - done);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        done += (size_t)w;
    }
    return done;
}

/* Hand the records in k->buf to stdio (to k->fd when it is set and
 * direct); 0, or -1 with k->failed set. */
static int sink_write(sink *k, int direct)
{
    if (k->len && !k->failed) {
        int bad;
        if (direct && k->fd >= 0) {
            /* after a failed write(2), what is left goes to stdio as it
             * would have: its error (and the stream's error flag, which
             * the exit check reads) is the one reported as before */
            size_t w = fflush(k->out) != 0 ? 0 : write_all(k->fd, k->buf, k->len);
            bad = w < k->len && fwrite(k->buf + w, 1, k->len - w, k->out) != k->len - w;
        } else
            bad = fwrite(k->buf, 1, k->len, k->out) != k->len;
        if (bad) {
            zb_error_set(&k->err, ZB_EIO, "write failed: %s", strerror(errno));
            k->failed = 1;
        }
    }
    k->len = 0;
    return k->failed ? -1 : 0;
}

/* The records so far out, before a message or when buf is full (a
 * growing buf keeps them: a job's messages are printed before them). */
static int sink_flush(sink *k)
{
    if (k->grow)
        return k->failed ? -1 : 0;
    return sink_write(k, 1);
}

/* At the end of a document: kept when buf goes to k->fd or grows, to
 * stdio if not. */
static void sink_doc_end(sink *k)
{
    if (k->fd < 0 && !k->grow)
        sink_write(k, 0);
}

/* A growing buf with room for n more bytes; 0, or -1 with k->failed set. */
static int sink_room(sink *k, size_t n)
{
    if (k->cap - k->len < n) {
        size_t cap = k->cap * 2 > k->len + n ? k->cap * 2 : k->len + n;
        char *b = realloc(k->buf, cap);
        if (!b) {
            zb_error_set(&k->err, ZB_EIO, "write failed: %s", strerror(ENOMEM));
            k->failed = 1;
            return -1;
        }
        k->buf = b;
        k->cap = cap;
    }
    return 0;
}

/* r written by zb_record_write, appended to a growing buf. */
static int sink_append_record(sink *k, const zb_record *r)
{
    char *t = NULL;
    size_t tn = 0;
    FILE *f = open_memstream(&t, &tn);
    int rc = f ? zb_record_write(f, r, &k->err) : ZB_ENOMEM;
    if (f && fclose(f) != 0 && rc == ZB_OK)
        rc = zb_error_set(&k->err, ZB_EIO, "write failed: %s", strerror(errno));
    else if (!f)
        zb_error_set(&k->err, ZB_EIO, "write failed: %s", strerror(ENOMEM));
    if (rc == ZB_OK && sink_room(k, tn) == 0) {
        memcpy(k->buf + k->len, t, tn);
        k->len += tn;
    } else {
        k->failed = 1;
    }
    free(t);
    return k->failed ? 1 : 0;
}

/*
 * Progress on a terminal: "zhibiao extract: 812/8031 files, 21.3 MB, 105
 * MB/s" on stderr, redrawn at most four times a second, only when stderr is
 * a terminal, records do not go to that terminal, and there are several
 * files. Cleared before any message and at the end. One run, one state.
 */
static struct {
    int enabled, shown;
    int nfiles, done;
    double bytes;
    struct timespec start, last;
} prog;

static double secs_between(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void prog_clear(void)
{
    if (prog.shown) {
        fputs("\r\033[K", stderr);
        prog.shown = 0;
    }
}

/* One more file done, of len bytes. */
static void prog_tick(size_t len)
{
    struct timespec now;
    prog.done++;
    prog.bytes += (double)len;
    if (!prog.enabled)
        return;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (prog.shown && secs_between(&prog.last, &now) < 0.25 && prog.done < prog.nfiles)
        return;
    prog.last = now;
    double t = secs_between(&prog.start, &now), mb = prog.bytes / 1e6;
    fprintf(stderr, "\r\033[Kzhibiao extract: %d/%d files, %.1f MB, %.0f MB/s", prog.done, prog.nfiles,
            mb, t > 0 ? mb / t : 0.0);
    fflush(stderr);
    prog.shown = 1;
}

static void on_warn(void *user, size_t offset, const char *message)
{
    const warn_ctx *w = user;
    if (w->quiet)
        return;
    sink_flush(w->k);
    if (w->errf == stderr) {
        prog_clear();
        fflush(stdout);
    }
    fprintf(w->errf, "zhibiao: %s: warning: byte %zu: %s\n", cli_name(w->file), offset, message);
}

static int on_record(void *user, const zb_record *r)
{
    sink *k = user;
    size_t n;
    if (k->grow) {
        /* a record is unusual when it does not fit in SINK_BUF bytes, as
         * below: offered the room left up to that, then SINK_BUF */
        size_t room = k->cap - k->len < SINK_BUF ? k->cap - k->len : SINK_BUF;
        if (k->failed)
            return 1;
        if (!(n = zb_record_line(k->buf + k->len, room, r)) && room < SINK_BUF) {
            if (sink_room(k, SINK_BUF) != 0)
                return 1;
            n = zb_record_line(k->buf + k->len, SINK_BUF, r);
        }
        if (n) {
            k->len += n;
            return 0;
        }
        return sink_append_record(k, r); /* unusual, as below */
    }
    if (k->buf) {
        if (k->failed)
            return 1;
        if (!(n = zb_record_line(k->buf + k->len, k->cap - k->len, r)) && k->len) {
            if (sink_flush(k) != 0)
                return 1;
            n = zb_record_line(k->buf, k->cap, r);
        }
        if (n) {
            k->len += n;
            return 0;
        }
        /* an unusual record (extra fields, not finite, very long): as it is */
    }
    if (zb_record_write(k->out, r, &k->err) != ZB_OK) {
        k->failed = 1;
        return 1;
    }
    return 0;
}

static void usage(FILE *f)
{
    fputs("Usage: zhibiao extract [options] [FILE...]\n"
          "Extract indicator records from Chinese economic news (one JSON line per figure).\n"
          "Reads standard input when no FILE or FILE is '-'.\n"
          "\n"
          "  -o, --output FILE     write records to FILE (atomically); default stdout\n"
          "  -e, --encoding NAME   input encoding (auto, UTF-8, GB18030, BIG5, UTF-16...)\n"
          "  -j, --jobs N          extract N documents at a time (threads; default: the\n"
          "                        number of cores); output order stays the input order\n"
          "  -q, --quiet           no warnings, no progress line\n"
          "  -h, --help            this help\n"
          "\n"
          "Exit status: 0 ok, 1 unreadable input or write failure, 2 bad usage.\n",
          f);
}

/* Base name of a path, the record's doc field ("-" for stdin). */
static const char *doc_name(const char *path)
{
    const char *slash;
    if (!path || strcmp(path, "-") == 0)
        return "-";
    slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* "zhibiao: message" (cli_err's format) into f; on stderr after the
 * records so far (cli_err flushes stdout: k's too, when it is given). */
static void print_err(FILE *f, const zb_error *e, sink *k)
{
    if (f == stderr) {
        if (k)
            sink_flush(k);
        prog_clear();
        cli_err(e);
        return;
    }
    if (e->file[0])
        fprintf(f, "zhibiao: %s: %s\n", e->file, e->message);
    else
        fprintf(f, "zhibiao: %s\n", e->message[0] ? e->message : zb_strerror(e->code));
}

/*
 * Extract one file: records to k->out, warnings and errors to errf.
 * Returns EXIT_OK or EXIT_DATA (unreadable file, failed extraction);
 * k->failed is set when writing a record failed.
 */
static int extract_file(zb_extractor *x, const char *path, const char *encoding, int quiet,
                        sink *k, FILE *errf, size_t *bytes)
{
    char *buf = NULL;
    size_t len = 0;
    zb_error err;
    warn_ctx w = {path, quiet, errf, k};
    zb_extract_opts opts = {doc_name(path), encoding, on_warn, &w};
    memset(&err, 0, sizeof err);
    if (zb_read_file(path, MAX_DOC, &buf, &len, &err) != ZB_OK) {
        /* the message names the file already: "PATH: No such file..." */
        err.file[0] = 0;
        print_err(errf, &err, k);
        return EXIT_DATA;
    }
    *bytes = len;
    int rc = zb_extract_buffer(x, buf, len, &opts, on_record, k, &err);
    free(buf);
    sink_doc_end(k);
    if (rc < 0 && !k->failed) {
        snprintf(err.file, sizeof err.file, "%s", cli_name(path));
        err.line = 0;
        print_err(errf, &err, k);
        return EXIT_DATA;
    }
    return EXIT_OK;
}

/* ------------------------------------------------------------- -j N */

typedef struct job {
    char *out, *errs;       /* records and messages of the document */
    size_t out_len, errs_len;
    size_t bytes;           /* the document's size, for the progress line */
    int status, failed, done;
} job;

typedef struct pool {
    char **files;
    int nfiles, window;
    const char *encoding;
    int quiet;
    job *jobs;
    int next_claim, next_print, stop;
    /* Who waits, so that only they are woken (a wake-up per document for
     * every thread cost ~5% of the CPU time in context switches): the
     * printer for document print_wait (-1: not waiting), work_waiting
     * workers for the window to move. */
    int print_wait, work_waiting;
    pthread_mutex_t mu;
    pthread_cond_t print_cv, work_cv;
} pool;

static void *worker(void *arg)
{
    pool *p = arg;
    zb_error err;
    zb_extractor *x = zb_extractor_new(&err);
    for (;;) {
        int i;
        pthread_mutex_lock(&p->mu);
        while (!p->stop && p->next_claim < p->nfiles && p->next_claim >= p->next_print + p->window) {
            p->work_waiting++;
            pthread_cond_wait(&p->work_cv, &p->mu);
            p->work_waiting--;
        }
        if (p->stop || p->next_claim >= p->nfiles) {
            pthread_mutex_unlock(&p->mu);
            break;
        }
        i = p->next_claim++;
        pthread_mutex_unlock(&p->mu);

        job *j = &p->jobs[i % p->window]; /* slot freed and reset by the printer */
        sink k;
        memset(&k, 0, sizeof k);
        k.fd = -1;
        k.cap = SINK_BUF;
        k.buf = malloc(k.cap);          /* becomes j->out */
        k.grow = k.buf != NULL;
        if (!k.grow)                    /* records written one by one */
            k.out = open_memstream(&j->out, &j->out_len);
        FILE *ef = open_memstream(&j->errs, &j->errs_len);
        if (!x || (!k.grow && !k.out) || !ef) {
            j->status = EXIT_DATA;
            if (ef)
                fprintf(ef, "zhibiao: %s: %s\n", cli_name(p->files[i]), zb_strerror(ZB_ENOMEM));
        } else {
            j->status = extract_file(x, p->files[i], p->encoding, p->quiet, &k, ef, &j->bytes);
            if (k.failed) {
                print_err(ef, &k.err, NULL);
                j->failed = 1;
            }
        }
        if (k.grow) {
            j->out = k.buf;
            j->out_len = k.len;
        }
        if (k.out && fclose(k.out) != 0)
            j->failed = 1;
        if (ef)
            fclose(ef);
        pthread_mutex_lock(&p->mu);
        j->done = 1;
        if (p->print_wait == i)
            pthread_cond_signal(&p->print_cv);
        pthread_mutex_unlock(&p->mu);
    }
    zb_extractor_free(x);
    return NULL;
}

/* Run the files on n threads, print in order to out. Returns the exit status;
 * *write_failed is set when out could not take the records. */
static int run_parallel(char **files, int nfiles, int n, const char *encoding, int quiet,
                        FILE *out, int *write_failed)
{
    pool p;
    pthread_t th[MAX_JOBS];
    int started = 0, status = EXIT_OK;
    memset(&p, 0, sizeof p);
    p.files = files;
    p.nfiles = nfiles;
    p.window = 2 * n;
    p.encoding = encoding;
    p.quiet = quiet;
    p.jobs = calloc((size_t)p.window, sizeof *p.jobs);
    if (!p.jobs) {
        cli_errf("extract: out of memory");
        return EXIT_DATA;
    }
    p.print_wait = -1;
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.print_cv, NULL);
    pthread_cond_init(&p.work_cv, NULL);
    for (int t = 0; t < n && t < nfiles; t++)
        if (pthread_create(&th[t], NULL, worker, &p) == 0)
            started++;
    if (!started) {
        cli_errf("extract: cannot start threads");
        status = EXIT_DATA;
    }
    for (int i = 0; started && i < nfiles; i++) {
        job *j = &p.jobs[i % p.window];
        pthread_mutex_lock(&p.mu);
        while (!j->done) {
            p.print_wait = i;
            pthread_cond_wait(&p.print_cv, &p.mu);
        }
        p.print_wait = -1;
        pthread_mutex_unlock(&p.mu);
        if (j->errs_len) {
            prog_clear();
            fflush(out);
            fwrite(j->errs, 1, j->errs_len, stderr);
        }
        if (j->out_len && !*write_failed && fwrite(j->out, 1, j->out_len, out) != j->out_len) {
            cli_errf("write error: %s", "records could not be written");
            *write_failed = 1;
        }
        prog_tick(j->bytes);
        if (j->status != EXIT_OK)
            status = j->status;
        if (j->failed)
            *write_failed = 1;
        free(j->out);
        free(j->errs);
        j->out = j->errs = NULL;
        pthread_mutex_lock(&p.mu);
        memset(j, 0, sizeof *j); /* the slot is free for document i + window */
        p.next_print = i + 1;
        if (*write_failed)
            p.stop = 1;
        if (p.work_waiting)
            pthread_cond_broadcast(&p.work_cv);
        pthread_mutex_unlock(&p.mu);
        if (*write_failed)
            break;
    }
    pthread_mutex_lock(&p.mu);
    p.stop = 1;
    pthread_cond_broadcast(&p.work_cv);
    pthread_mutex_unlock(&p.mu);
    for (int t = 0; t < started; t++)
        pthread_join(th[t], NULL);
    for (int i = 0; i < p.window; i++) {
        free(p.jobs[i].out);
        free(p.jobs[i].errs);
    }
    free(p.jobs);
    pthread_mutex_destroy(&p.mu);
    pthread_cond_destroy(&p.print_cv);
    pthread_cond_destroy(&p.work_cv);
    return status;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"encoding", required_argument, NULL, 'e'},
        {"jobs", required_argument, NULL, 'j'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    static char *stdin_only[] = {"-"};
    const char *output = NULL, *encoding = NULL;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    int quiet = 0, c, status = EXIT_OK;
    int jobs = ncpu < 1 ? 1 : ncpu > MAX_JOBS ? MAX_JOBS : (int)ncpu;
    zb_outfile of;
    zb_error err;

    memset(&of, 0, sizeof of);
    memset(&err, 0, sizeof err);
    while ((c = getopt_long(argc, argv, "o:e:j:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'o':
            output = optarg;
            break;
        case 'e':
            encoding = optarg;
            break;
        case 'j': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || end == optarg || v < 1 || v > MAX_JOBS)
                return cli_usage_error("extract", "invalid number of jobs '%s' (1-%d)", optarg,
                                       MAX_JOBS);
            jobs = (int)v;
            break;
        }
        case 'q':
            quiet = 1;
            break;
        case 'h':
            usage(stdout);
            return EXIT_OK;
        default:
            if (optopt)
                return cli_usage_error("extract", "unknown option '-%c'", optopt);
            return cli_usage_error("extract", "unknown option '%s'", argv[optind - 1]);
        }
    }
    /* an unknown encoding is a usage error, found before any output */
    if (encoding) {
        char *probe = NULL;
        size_t plen;
        if (zb_decode("", 0, encoding, &probe, &plen, NULL, NULL, NULL, &err) == ZB_EENCODING)
            return cli_usage_error("extract", "%s", err.message);
        free(probe);
    }
    char **files = optind < argc ? argv + optind : stdin_only;
    int nfiles = optind < argc ? argc - optind : 1;
    if (zb_outfile_open(&of, output, &err) != ZB_OK) {
        cli_err(&err);
        return EXIT_DATA;
    }
    /* records are written in bulk: a 256 KiB buffer instead of stdio's 4 KiB
     * (one write(2) per 4 KiB was ~5% of extraction time); a terminal stays
     * line-buffered.  The buffer is given, not only its size: glibc ignores
     * the size when the buffer is NULL and keeps st_blksize (4 KiB).  It is
     * static, as it must outlive the stream (stdout is flushed at exit). */
    static char outbuf[(size_t)1 << 18];
    int to_tty = isatty(fileno(of.fp));
    if (!to_tty)
        setvbuf(of.fp, outbuf, _IOFBF, sizeof outbuf);
    prog.enabled = !quiet && nfiles > 1 && isatty(STDERR_FILENO) &&
                   !(of.is_stdout && isatty(STDOUT_FILENO));
    prog.nfiles = nfiles;
    clock_gettime(CLOCK_MONOTONIC, &prog.start);
    int write_failed = 0;
    if (jobs > 1 && nfiles > 1) {
        status = run_parallel(files, nfiles, jobs, encoding, quiet, of.fp, &write_failed);
    } else {
        zb_extractor *x = zb_extractor_new(&err);
        sink k;
        if (!x) {
            cli_err(&err);
            zb_outfile_abort(&of);
            return EXIT_DATA;
        }
        memset(&k, 0, sizeof k);
        k.fd = to_tty ? -1 : fileno(of.fp);
        k.cap = k.fd >= 0 ? SINK_DIRECT : SINK_BUF;
        k.buf = malloc(k.cap);
        k.out = of.fp;
        for (int f = 0; f < nfiles && !k.failed; f++) {
            size_t bytes = 0;
            if (extract_file(x, files[f], encoding, quiet, &k, stderr, &bytes) != EXIT_OK)
                status = EXIT_DATA;
            prog_tick(bytes);
        }
        zb_extractor_free(x);
        sink_write(&k, 0); /* the last records, through stdio */
        free(k.buf);
        if (k.failed) {
            cli_err(&k.err);
            write_failed = 1;
        }
    }
    prog_clear();
    if (write_failed) {
        zb_outfile_abort(&of);
        return EXIT_DATA;
    }
    if (zb_outfile_commit(&of, &err) != ZB_OK) {
        cli_err(&err);
        return EXIT_DATA;
    }
    return status;
}
