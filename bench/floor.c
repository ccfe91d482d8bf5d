/*
 * floor.c -- the iconv floor: read each file and decode it with iconv, the
 * least work any tool that must look at every character of the corpus does.
 *
 *   floor FILE...
 *
 * The one idea: extraction speed means nothing on a shared machine as an
 * absolute number, so the benchmark reports it as a multiple of this
 * program's time on the same files in the same run. Each file is read whole
 * (one buffer reused across files, as an extractor keeps one document) and
 * converted to UTF-16LE by iconv: from UTF-8 when that succeeds over the
 * whole file (iconv validates as it goes), else from GB18030. The counts
 * printed at the end keep the work observable.
 */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *inbuf, *outbuf;
static size_t incap, outcap;

static void *grow(void *p, size_t *cap, size_t need)
{
    if (need <= *cap)
        return p;
    while (*cap < need)
        *cap = *cap ? *cap * 2 : 65536;
    void *q = realloc(p, *cap);
    if (!q) {
        fprintf(stderr, "floor: out of memory\n");
        exit(1);
    }
    return q;
}

/* Convert inbuf[0..len) with cd into outbuf; 0 on success, -1 on an invalid
 * sequence. UTF-16 needs at most 4 bytes per input byte. */
static int convert(iconv_t cd, size_t len, size_t *units)
{
    outbuf = grow(outbuf, &outcap, len * 4 + 16);
    char *in = inbuf, *out = outbuf;
    size_t inleft = len, outleft = outcap;
    iconv(cd, NULL, NULL, NULL, NULL);
    if (iconv(cd, &in, &inleft, &out, &outleft) == (size_t)-1)
        return -1;
    *units += (outcap - outleft) / 2;
    return 0;
}

int main(int argc, char **argv)
{
    iconv_t from_utf8 = iconv_open("UTF-16LE", "UTF-8");
    iconv_t from_gb = iconv_open("UTF-16LE", "GB18030");
    if (from_utf8 == (iconv_t)-1 || from_gb == (iconv_t)-1) {
        perror("floor: iconv_open");
        return 1;
    }
    size_t bytes = 0, units = 0, nutf8 = 0, ngb = 0, nbad = 0;
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            fprintf(stderr, "floor: %s: %s\n", argv[i], strerror(errno));
            return 1;
        }
        size_t len = 0, n;
        for (;;) {
            inbuf = grow(inbuf, &incap, len + 65536);
            if ((n = fread(inbuf + len, 1, incap - len, f)) == 0)
                break;
            len += n;
        }
        if (ferror(f)) {
            fprintf(stderr, "floor: %s: read error\n", argv[i]);
            return 1;
        }
        fclose(f);
        bytes += len;
        if (convert(from_utf8, len, &units) == 0)
            nutf8++;
        else if (convert(from_gb, len, &units) == 0)
            ngb++;
        else
            nbad++;
    }
    printf("%zu bytes, %zu UTF-16 units, %zu UTF-8 files, %zu GB18030 files, %zu undecodable\n",
           bytes, units, nutf8, ngb, nbad);
    iconv_close(from_utf8);
    iconv_close(from_gb);
    free(inbuf);
    free(outbuf);
    return 0;
}
