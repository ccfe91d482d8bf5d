/*
 * gen_corpus.c -- the benchmark corpus: hundreds of megabytes of article text
 * made from the five shipped articles, deterministically.
 *
 *   gen_corpus OUTDIR MEGABYTES CORPUS_FILE...
 *
 * The one idea: every generated document is a recombination of real
 * paragraphs in the shape of a real page, so the extractor sees the sentence
 * shapes and the boilerplate it will meet in the wild, but never the same
 * document twice. Each source article is cut into head (navigation, title,
 * date line), body and tail (editor, tags, copyright, link lists); a
 * document takes the head and tail of one article and a body of paragraphs
 * drawn at random from all the bodies until its size (5-50 KB) is reached.
 * Every document gets
 *   - its numbers re-drawn (years stay years, months months, days days; other
 *     digit runs keep their length) and 镇江/鎮江 replaced by another city;
 *   - a script: simplified (articles 000-003), or traditional (all five
 *     articles, converted with OpenCC s2t; 004 is traditional already), and
 *     independently full-width digits and percent signs;
 *   - an encoding: UTF-8, or GB18030 (iconv) for about a fifth of them.
 * Documents go to OUTDIR/d0 .. d7/NNNNN.txt; OUTDIR/files.txt lists them
 * relative to OUTDIR, and OUTDIR/manifest.txt counts bytes per kind. The
 * PRNG (splitmix64) has a fixed seed: the same inputs give the same bytes.
 */
#include <errno.h>
#include <iconv.h>
#include <opencc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "splitmix.h"
#include <sys/stat.h>

#define NDIRS 8

static uint64_t rng_state = 0x5a68696269616f42ULL; /* "ZhibiaoB" */

static uint64_t rng(void)
{
    return splitmix64(&rng_state);
}

/* Uniform integer in [lo, hi]. */
static long rnd(long lo, long hi)
{
    return lo + (long)(rng() % (uint64_t)(hi - lo + 1));
}

static void die(const char *what)
{
    fprintf(stderr, "gen_corpus: %s: %s\n", what, strerror(errno));
    exit(1);
}

/* A growable byte buffer. */
typedef struct buf {
    char *p;
    size_t len, cap;
} buf;

static void buf_add(buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n + 1)
            cap *= 2;
        if (!(b->p = realloc(b->p, cap)))
            die("realloc");
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void buf_str(buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

/* A list of lines. */
typedef struct pool {
    char **para;
    size_t n, cap;
} pool;

/* An article cut in three: head (navigation, title, up to the date line),
 * body, tail (from the first editor/tag/copyright line on). Documents keep
 * this order, so the boilerplate sits where scraped pages have it. */
typedef struct article {
    pool head, body, tail;
    int trad;
} article;

#define MAX_ARTICLES 64
static article articles[MAX_ARTICLES];
static size_t narticles;
static pool bodies[2]; /* body lines of the simplified (0) and traditional (1) articles */

static void pool_add(pool *p, const char *s, size_t n)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 256;
        if (!(p->para = realloc(p->para, p->cap * sizeof *p->para)))
            die("realloc");
    }
    char *c = malloc(n + 1);
    if (!c)
        die("malloc");
    memcpy(c, s, n);
    c[n] = '\0';
    p->para[p->n++] = c;
}

/* Does the line hold a date "YYYY-MM-DD"? */
static int has_date(const char *s)
{
    for (; s[0]; s++)
        if (strlen(s) >= 10 && s[4] == '-' && s[7] == '-' && (s[0] == '1' || s[0] == '2')) {
            int ok = 1;
            for (int i = 0; i < 10; i++)
                if (i != 4 && i != 7 && !(s[i] >= '0' && s[i] <= '9'))
                    ok = 0;
            if (ok)
                return 1;
        }
    return 0;
}

/* Lines that start the tail of a scraped article (simplified and
 * traditional forms). */
static int is_tail(const char *s)
{
    static const char *const marks[] = {"标签", "责编", "编辑:", "原标题", "相关标签", "相关文章",
                                        "反侵权", "来源:无锡日报", "責任編輯", "返回首頁",
                                        "相關新聞", "最新推荐", NULL};
    while (*s == ' ' || *s == '\t')
        s++;
    for (int i = 0; marks[i]; i++)
        if (strstr(s, marks[i]) == s)
            return 1;
    return 0;
}

/* Split a file into its non-blank lines (a scraped article has one paragraph
 * per line) and cut it into head, body and tail. An article without a date
 * line has no head; one without a tail mark has no tail. */
static void load_article(const char *path)
{
    if (narticles == MAX_ARTICLES)
        return;
    FILE *f = fopen(path, "rb");
    if (!f)
        die(path);
    buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    fclose(f);
    pool lines = {0};
    size_t start = 0;
    for (size_t i = 0; i <= b.len; i++) {
        if (i < b.len && b.p[i] != '\n')
            continue;
        size_t end = i;
        if (end > start && b.p[end - 1] == '\r')
            end--;
        int blank = 1;
        for (size_t j = start; j < end; j++)
            if (b.p[j] != ' ' && b.p[j] != '\t')
                blank = 0;
        if (!blank)
            pool_add(&lines, b.p + start, end - start);
        start = i + 1;
    }
    free(b.p);
    article *a = &articles[narticles++];
    /* 004 is the traditional-Chinese article of the sample corpus. */
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    a->trad = strncmp(base, "004", 3) == 0;
    size_t body = 0, tail = lines.n;
    for (size_t i = 0; i < lines.n && i < 12; i++)
        if (has_date(lines.para[i])) {
            body = i + 1;
            break;
        }
    for (size_t i = body; i < lines.n; i++)
        if (is_tail(lines.para[i])) {
            tail = i;
            break;
        }
    for (size_t i = 0; i < lines.n; i++) {
        pool *to = i < body ? &a->head : i < tail ? &a->body : &a->tail;
        pool_add(to, lines.para[i], strlen(lines.para[i]));
        if (i >= body && i < tail)
            pool_add(&bodies[a->trad], lines.para[i], strlen(lines.para[i]));
        free(lines.para[i]);
    }
    free(lines.para);
}

static const char *const cities[] = {
    "镇江", "常州", "无锡", "苏州", "南通", "扬州", "泰州", "盐城", "淮安", "宿迁",
    "徐州", "连云港", "南京", "合肥", "芜湖", "马鞍山", "嘉兴", "湖州", "绍兴", "金华",
    "台州", "温州", "宁波", "杭州", "潍坊", "烟台", "临沂", "济宁", "洛阳", "襄阳",
    "宜昌", "株洲", "湘潭", "赣州", "九江", "泉州", "漳州", "莆田", "惠州", "江门",
    "佛山", "东莞", "中山", "柳州", "绵阳", "德阳", "宝鸡", "榆林", "包头", "鄂尔多斯",
    "吉林", "长春", "大庆", "鞍山", "唐山", "保定", "沧州", "廊坊", "昆山", "江阴",
};
#define NCITIES (sizeof cities / sizeof cities[0])

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Append paragraph s to b with its numbers re-drawn and the city replaced.
 * Digit runs followed by 年 (four digits), 月 or 日 stay plausible dates; an
 * ASCII date "2021-01-27" keeps its shape; other runs keep their length, so
 * "1094.6亿元" becomes another four-digit amount with one decimal. */
static void add_varied(buf *b, const char *s, const char *city, int year)
{
    static const char nian[] = "年", yue[] = "月", ri[] = "日", hao[] = "号";
    const char *first = s;
    while (*s) {
        if (strncmp(s, "镇江", 6) == 0 || strncmp(s, "鎮江", 6) == 0) {
            buf_str(b, city);
            s += 6;
            continue;
        }
        if (!is_digit(*s)) {
            buf_add(b, s, 1);
            s++;
            continue;
        }
        size_t n = 0;
        while (is_digit(s[n]))
            n++;
        const char *next = s + n;
        char out[64];
        if (n == 4 && (s[0] == '1' || s[0] == '2') && (strncmp(next, nian, 3) == 0 || *next == '-'))
            snprintf(out, sizeof out, "%ld", rnd(year - 6, year + 5 > 2035 ? 2035 : year + 5));
        else if (n <= 2 && strncmp(next, yue, 3) == 0)
            snprintf(out, sizeof out, "%ld", rnd(1, 12));
        else if (n <= 2 && (strncmp(next, ri, 3) == 0 || strncmp(next, hao, 3) == 0))
            snprintf(out, sizeof out, "%ld", rnd(1, 28));
        else if (n == 2 && *next == ':')
            snprintf(out, sizeof out, "%02ld", rnd(0, 23));
        else if (n == 2 && s > first && (s[-1] == '-' || s[-1] == ':'))
            snprintf(out, sizeof out, "%02ld", rnd(1, 12));
        else if (n < sizeof out) {
            for (size_t i = 0; i < n; i++)
                out[i] = (char)('0' + rnd(i == 0 && n > 1 ? 1 : 0, 9));
            out[n] = '\0';
        } else {
            memcpy(out, s, sizeof out - 1);
            out[sizeof out - 1] = '\0';
            n = sizeof out - 1;
        }
        buf_str(b, out);
        s += n;
    }
}

/* Full-width forms: ASCII digits -> U+FF10.., % -> U+FF05, '.' between digits
 * -> U+FF0E. */
static void to_fullwidth(buf *b)
{
    buf o = {0};
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = (unsigned char)b->p[i];
        char fw[3] = {(char)0xEF, (char)0xBC, 0};
        if (is_digit((char)c))
            fw[2] = (char)(0x90 + (c - '0'));
        else if (c == '%')
            fw[2] = (char)0x85;
        else if (c == '.' && i > 0 && i + 1 < b->len && is_digit(b->p[i - 1]) && is_digit(b->p[i + 1]))
            fw[2] = (char)0x8E;
        if (fw[2])
            buf_add(&o, fw, 3);
        else
            buf_add(&o, b->p + i, 1);
    }
    free(b->p);
    *b = o;
}

/* Convert b's UTF-8 to GB18030 with iconv (every Unicode scalar has a
 * GB18030 form, so nothing is lost). */
static void to_gb18030(buf *b, iconv_t cd)
{
    buf o = {0};
    buf_add(&o, "", 0);
    size_t cap = b->len * 2 + 16;
    if (!(o.p = realloc(o.p, cap)))
        die("realloc");
    char *in = b->p, *out = o.p;
    size_t inleft = b->len, outleft = cap;
    iconv(cd, NULL, NULL, NULL, NULL);
    if (iconv(cd, &in, &inleft, &out, &outleft) == (size_t)-1)
        die("iconv UTF-8 -> GB18030");
    o.len = cap - outleft;
    o.cap = cap;
    free(b->p);
    *b = o;
}

static void write_file(const char *path, const char *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(p, 1, n, f) != n || fclose(f) != 0)
        die(path);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: gen_corpus OUTDIR MEGABYTES CORPUS_FILE...\n");
        return 2;
    }
    const char *outdir = argv[1];
    size_t want = (size_t)strtoul(argv[2], NULL, 10) * 1000000;
    for (int i = 3; i < argc; i++)
        load_article(argv[i]);
    size_t nsimple = 0;
    for (size_t i = 0; i < narticles; i++)
        nsimple += !articles[i].trad;
    if (nsimple == 0 || bodies[0].n == 0) {
        fprintf(stderr, "gen_corpus: no simplified article with body paragraphs\n");
        return 1;
    }
    opencc_t s2t = opencc_open("s2t.json");
    if (s2t == (opencc_t)-1) {
        fprintf(stderr, "gen_corpus: opencc_open(s2t.json): %s\n", opencc_error());
        return 1;
    }
    iconv_t gb = iconv_open("GB18030", "UTF-8");
    if (gb == (iconv_t)-1)
        die("iconv_open GB18030");
    char path[4096];
    if (mkdir(outdir, 0777) != 0 && errno != EEXIST)
        die(outdir);
    for (int d = 0; d < NDIRS; d++) {
        snprintf(path, sizeof path, "%s/d%d", outdir, d);
        if (mkdir(path, 0777) != 0 && errno != EEXIST)
            die(path);
    }
    snprintf(path, sizeof path, "%s/files.txt", outdir);
    FILE *list = fopen(path, "w");
    if (!list)
        die(path);

    size_t total = 0, nfiles = 0;
    size_t by_kind[4] = {0}; /* bytes: traditional, full-width, GB18030, simplified UTF-8 */
    size_t files_kind[4] = {0};
    while (total < want) {
        int year = (int)rnd(2016, 2025);
        const char *city = cities[rnd(0, NCITIES - 1)];
        int trad = rnd(0, 99) < 20, full = rnd(0, 99) < 15, gbk = rnd(0, 99) < 20;
        size_t size = (size_t)rnd(5000, 50000);
        /* The template: any article for a traditional document, a
         * simplified one otherwise. */
        const article *t;
        do
            t = &articles[rnd(0, (long)narticles - 1)];
        while (!trad && t->trad);
        buf doc = {0};
        for (size_t i = 0; i < t->head.n; i++) {
            add_varied(&doc, t->head.para[i], city, year);
            buf_str(&doc, "\n\n");
        }
        size_t tail_len = 0;
        for (size_t i = 0; i < t->tail.n; i++)
            tail_len += strlen(t->tail.para[i]) + 2;
        /* Body: traditional documents draw from all five articles,
         * simplified ones from the simplified articles only. */
        size_t all = bodies[0].n + bodies[1].n;
        while (doc.len + tail_len < size) {
            size_t k = (size_t)rnd(0, (long)(trad ? all : bodies[0].n) - 1);
            const char *para = k < bodies[0].n ? bodies[0].para[k] : bodies[1].para[k - bodies[0].n];
            add_varied(&doc, para, city, year);
            buf_str(&doc, "\n\n");
        }
        for (size_t i = 0; i < t->tail.n; i++) {
            add_varied(&doc, t->tail.para[i], city, year);
            buf_str(&doc, "\n");
        }
        if (trad) {
            char *t = opencc_convert_utf8(s2t, doc.p, doc.len);
            if (!t) {
                fprintf(stderr, "gen_corpus: opencc: %s\n", opencc_error());
                return 1;
            }
            doc.len = 0;
            buf_str(&doc, t);
            opencc_convert_utf8_free(t);
        }
        if (full)
            to_fullwidth(&doc);
        if (gbk)
            to_gb18030(&doc, gb);
        char rel[64];
        snprintf(rel, sizeof rel, "d%zu/%05zu.txt", nfiles % NDIRS, nfiles);
        snprintf(path, sizeof path, "%s/%s", outdir, rel);
        write_file(path, doc.p, doc.len);
        fprintf(list, "%s\n", rel);
        int kinds[4] = {trad, full, gbk, !trad && !full && !gbk};
        for (int i = 0; i < 4; i++)
            if (kinds[i]) {
                by_kind[i] += doc.len;
                files_kind[i]++;
            }
        total += doc.len;
        nfiles++;
        free(doc.p);
    }
    if (fclose(list) != 0)
        die("files.txt");
    snprintf(path, sizeof path, "%s/manifest.txt", outdir);
    FILE *m = fopen(path, "w");
    if (!m)
        die(path);
    fprintf(m, "files %zu\nbytes %zu\n", nfiles, total);
    static const char *const names[4] = {"traditional", "fullwidth", "gb18030", "plain"};
    for (int i = 0; i < 4; i++)
        fprintf(m, "%s %zu files %zu bytes\n", names[i], files_kind[i], by_kind[i]);
    if (fclose(m) != 0)
        die("manifest.txt");
    iconv_close(gb);
    opencc_close(s2t);
    printf("gen_corpus: %zu files, %.1f MB in %s\n", nfiles, total / 1e6, outdir);
    return 0;
}
