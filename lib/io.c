/*
 * io.c -- outputs that never exist half-written, and whole-file reads.
 *
 * A regular-file output is written to a temporary file in the same
 * directory (so rename(2) is atomic), flushed, fsync'ed, closed and renamed
 * over the target only when everything succeeded.  Paths that are not
 * regular files (/dev/stdout, /dev/full, FIFOs, terminals) cannot be
 * replaced by a rename, so they are written directly and every write and
 * the final close are checked.
 */
#include "zhibiao.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int zb_outfile_open(zb_outfile *o, const char *path, zb_error *err)
{
    memset(o, 0, sizeof *o);
    if (!path || strcmp(path, "-") == 0) {
        o->fp = stdout;
        o->is_stdout = 1;
        return ZB_OK;
    }
    struct stat st;
    int exists = stat(path, &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        return zb_error_set(err, ZB_EIO, "%s: is a directory", path);
    if (!(o->path = strdup(path)))
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    if (exists && !S_ISREG(st.st_mode)) {
        /* device, FIFO, socket: write in place */
        if (!(o->fp = fopen(path, "w"))) {
            int e = errno;
            free(o->path);
            o->path = NULL;
            return zb_error_set(err, ZB_EIO, "%s: %s", path, strerror(e));
        }
        return ZB_OK;
    }
    size_t n = strlen(path) + sizeof ".tmpXXXXXX";
    if (!(o->tmp = malloc(n))) {
        free(o->path);
        o->path = NULL;
        return zb_error_set(err, ZB_ENOMEM, "out of memory");
    }
    snprintf(o->tmp, n, "%s.tmpXXXXXX", path);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        int e = errno;
        free(o->path);
        free(o->tmp);
        o->path = o->tmp = NULL;
        return zb_error_set(err, ZB_EIO, "%s: %s", path, strerror(e));
    }
    /* mkstemp makes 0600; give the file the mode a plain fopen would. */
    mode_t mask = umask(0);
    umask(mask);
    if (exists)
        fchmod(fd, st.st_mode & 07777);
    else
        fchmod(fd, 0666 & ~mask);
    if (!(o->fp = fdopen(fd, "w"))) {
        int e = errno;
        close(fd);
        unlink(o->tmp);
        free(o->path);
        free(o->tmp);
        o->path = o->tmp = NULL;
        return zb_error_set(err, ZB_EIO, "%s: %s", path, strerror(e));
    }
    return ZB_OK;
}

int zb_outfile_commit(zb_outfile *o, zb_error *err)
{
    int rc = ZB_OK;
    const char *name = o->path ? o->path : "<stdout>";
    if (!o->fp)
        goto out;
    if (o->is_stdout) {
        if (fflush(o->fp) != 0 || ferror(o->fp))
            rc = zb_error_set(err, ZB_EIO, "%s: write error: %s", name, strerror(errno));
        o->fp = NULL;
        goto out;
    }
    int failed = fflush(o->fp) != 0 || ferror(o->fp);
    int e = errno;
    if (!failed && o->tmp && fsync(fileno(o->fp)) != 0)
        failed = 1, e = errno;
    if (fclose(o->fp) != 0 && !failed)
        failed = 1, e = errno;
    o->fp = NULL;
    if (!failed && o->tmp && rename(o->tmp, o->path) != 0)
        failed = 1, e = errno;
    if (failed) {
        if (o->tmp)
            unlink(o->tmp);
        rc = zb_error_set(err, ZB_EIO, "%s: write error: %s", name, strerror(e));
    }
out:
    free(o->path);
    free(o->tmp);
    o->path = o->tmp = NULL;
    return rc;
}

void zb_outfile_abort(zb_outfile *o)
{
    if (o->fp && !o->is_stdout)
        fclose(o->fp);
    else if (o->fp)
        fflush(o->fp);
    o->fp = NULL;
    if (o->tmp)
        unlink(o->tmp);
    free(o->path);
    free(o->tmp);
    o->path = o->tmp = NULL;
}

/*
 * A named file is read with open(2) and read(2), not stdio: no FILE and no
 * stdio buffer to set up per file, and a regular file whose size fstat
 * gave is done at the first short read once that many bytes are in, not
 * after one more read(2) that returns 0 (a file that grows meanwhile is
 * still read on to its end).  Standard input goes through stdin.
 */
int zb_read_file(const char *path, size_t max, char **out, size_t *len, zb_error *err)
{
    int is_stdin = !path || strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    *out = NULL;
    *len = 0;
    int fd = is_stdin ? -1 : open(path, O_RDONLY | O_CLOEXEC);
    if (!is_stdin && fd < 0)
        return zb_error_set(err, ZB_EIO, "%s: %s", name, strerror(errno));
    struct stat st;
    int have_st = fstat(is_stdin ? fileno(stdin) : fd, &st) == 0;
    if (have_st && S_ISDIR(st.st_mode)) {
        if (!is_stdin)
            close(fd);
        return zb_error_set(err, ZB_EIO, "%s: is a directory", name);
    }
    int sized = have_st && S_ISREG(st.st_mode) && st.st_size > 0;
    size_t cap = sized ? (size_t)st.st_size + 1 : 65536;
    if (cap > max + 1)
        cap = max + 1;
    char *b = malloc(cap + 1);
    size_t n = 0;
    int rc = ZB_OK;
    if (!b) {
        rc = zb_error_set(err, ZB_ENOMEM, "%s: out of memory", name);
        goto out;
    }
    for (;;) {
        if (n == cap) {
            if (cap > max) {
                rc = zb_error_set(err, ZB_ELIMIT, "%s: larger than the limit of %zu bytes", name, max);
                goto out;
            }
            size_t ncap = cap * 2 > max + 1 ? max + 1 : cap * 2;
            char *t = realloc(b, ncap + 1);
            if (!t) {
                rc = zb_error_set(err, ZB_ENOMEM, "%s: out of memory", name);
                goto out;
            }
            b = t;
            cap = ncap;
        }
        size_t want = cap - n, got;
        if (is_stdin) {
            got = fread(b + n, 1, want, stdin);
            if (got == 0 && ferror(stdin)) {
                rc = zb_error_set(err, ZB_EIO, "%s: read error: %s", name, strerror(errno));
                break;
            }
        } else {
            ssize_t r = read(fd, b + n, want);
            if (r < 0) {
                if (errno == EINTR)
                    continue;
                rc = zb_error_set(err, ZB_EIO, "%s: read error: %s", name, strerror(errno));
                break;
            }
            got = (size_t)r;
        }
        n += got;
        if (got == 0 || (sized && got < want && n >= (size_t)st.st_size))
            break;
    }
    if (rc == ZB_OK && n > max)
        rc = zb_error_set(err, ZB_ELIMIT, "%s: larger than the limit of %zu bytes", name, max);
out:
    if (!is_stdin)
        close(fd);
    if (rc != ZB_OK) {
        free(b);
        return rc;
    }
    b[n] = 0;
    *out = b;
    *len = n;
    return ZB_OK;
}
