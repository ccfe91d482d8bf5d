/*
 * gen_records.c -- the benchmark record file: ZONES x 20 indicators x 5 years
 * of results, plus a target per zone and indicator, deterministically.
 *
 *   gen_records OUT.jsonl [ZONES]        (ZONES defaults to 10000)
 *
 * The one idea: the records look like what `zhibiao extract` writes for a
 * run over years of statistical bulletins, so series, trend and compare do
 * the work they do on real data: each (zone, indicator) is one series of five
 * yearly points 2020-2024 that grows at its own rate with noise (trend fits
 * five points, CAGR applies to levels), and a 2024 target from a January
 * 2024 plan (compare pairs it with the 2024 result). With 10000 zones that is
 * 1,000,000 results and 200,000 targets, 1,200,000 lines; records are
 * written zone by zone, year by year, as a crawl would find them.
 * Zone names are two characters from two 100-character lists plus a suffix,
 * so all 10000 are distinct. Fixed PRNG seed: the same bytes every time.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "splitmix.h"

static uint64_t rng_state = 0x7265636f72647321ULL;

static uint64_t rng(void)
{
    return splitmix64(&rng_state);
}

/* Uniform double in [lo, hi). */
static double urand(double lo, double hi)
{
    return lo + (hi - lo) * (double)(rng() >> 11) / 9007199254740992.0;
}

/* 100 characters each (3 bytes apiece in UTF-8). */
static const char first_chars[] =
    "东西南北中安宁平昌兴泰和康永清江河湖海山川林阳华新长青白黄金玉石龙凤云天丰广宝嘉"
    "福通顺德善仁义明光成建开盛荣富源祥瑞泉溪岭峰松柏桃李梅兰竹菊武文章高丹凌远乐定固"
    "怀庆吉利常胜红绿春夏秋冬望景辉鸿鹤鹿灵秀";
static const char second_chars[] =
    "州城县都阳江宁安口沙湾桥浦港镇坪岗屯集庄堡关门亭台阁峪塘田圩营寨坝渡洲岛原陵丘谷"
    "岩坡冈垭滩汀澳湄川源泉溪湖河海山林峰岭崖洞泽淀潭浜乡村里坊街乐丰平和兴埠墩岸滨头"
    "甸店铺场寺庙井池堰埭屿岬畈垄岙坳嘴岔堤圃";
static const char *const suffixes[] = {"市", "县", "区", "高新区", "经开区"};

typedef struct indicator {
    const char *name;
    const char *kind;   /* amount | count | quantity | growth | share */
    const char *unit;
    double base;        /* typical 2020 level (growth/share: typical percent) */
    double step;        /* rounding step of a published value, base units */
    const char *show;   /* unit as written in the clause */
    double show_div;    /* base units per shown unit */
} indicator;

static const indicator indicators[20] = {
    {"地区生产总值", "amount", "CNY", 5e10, 1e7, "亿元", 1e8},
    {"一般公共预算收入", "amount", "CNY", 5e9, 1e6, "亿元", 1e8},
    {"固定资产投资", "growth", "%", 6.0, 0.1, "%", 1},
    {"规上工业增加值", "growth", "%", 7.0, 0.1, "%", 1},
    {"社会消费品零售总额", "amount", "CNY", 2e10, 1e7, "亿元", 1e8},
    {"进出口总额", "amount", "CNY", 1e10, 1e7, "亿元", 1e8},
    {"实际使用外资", "amount", "USD", 3e8, 1e5, "万美元", 1e4},
    {"高新技术企业", "count", "家", 300, 1, "家", 1},
    {"亿元以上项目", "count", "个", 50, 1, "个", 1},
    {"城镇居民人均可支配收入", "amount", "CNY", 45000, 1, "元", 1},
    {"研发经费投入占比", "share", "%", 2.5, 0.01, "%", 1},
    {"城镇新增就业", "count", "人", 20000, 1, "人", 1},
    {"全社会用电量", "quantity", "kWh", 5e9, 1e6, "亿千瓦时", 1e8},
    {"专利授权量", "count", "项", 3000, 1, "项", 1},
    {"新建商品住宅面积", "quantity", "m2", 1e6, 100, "万平方米", 1e4},
    {"规上工业总产值", "amount", "CNY", 8e10, 1e7, "亿元", 1e8},
    {"服务业增加值", "growth", "%", 6.5, 0.1, "%", 1},
    {"一般公共预算支出", "amount", "CNY", 6e9, 1e6, "亿元", 1e8},
    {"空气质量优良天数比例", "share", "%", 80, 0.1, "%", 1},
    {"常住人口城镇化率", "share", "%", 60, 0.01, "%", 1},
};

static double round_to(double x, double step)
{
    return round(x / step) * step;
}

/* Write one record line. text is the clause; the offset covers the number
 * and unit at its end, as the extractor would report them. */
static void emit(FILE *f, const char *doc, const char *published, const char *zone,
                 const indicator *ind, double value, const char *bound, const char *status,
                 int year, const char *text, size_t num_len)
{
    int growth = strcmp(ind->kind, "growth") == 0;
    size_t off = 100 + strlen(text) - num_len; /* position in a 100-byte preamble + clause */
    fprintf(f,
            "{\"doc\":\"%s\",\"published\":\"%s\",\"zone\":\"%s\",\"indicator\":\"%s\","
            "\"kind\":\"%s\",\"value\":%.15g,\"unit\":\"%s\",\"bound\":\"%s\","
            "\"status\":\"%s\",\"period\":\"%d\",\"basis\":%s,\"text\":\"%s\","
            "\"offset\":[%zu,%zu]}\n",
            doc, published, zone, ind->name, ind->kind, value, ind->unit, bound, status, year,
            growth ? "\"yoy\"" : "null", text, off, off + num_len);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: gen_records OUT.jsonl [ZONES]\n");
        return 2;
    }
    long nzones = argc > 2 ? strtol(argv[2], NULL, 10) : 10000;
    if (nzones < 1 || nzones > 10000) {
        fprintf(stderr, "gen_records: ZONES must be 1..10000\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "w");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    size_t nrec = 0;
    for (long z = 0; z < nzones; z++) {
        char zone[64];
        snprintf(zone, sizeof zone, "%.3s%.3s%s", first_chars + 3 * (z % 100),
                 second_chars + 3 * ((z / 100) % 100), suffixes[z % 5]);
        /* A zone's series: level, yearly growth rate, target ambition. */
        double level[20], rate[20];
        for (int i = 0; i < 20; i++) {
            level[i] = indicators[i].base * urand(0.3, 3.0);
            rate[i] = urand(-0.02, 0.12);
        }
        char doc[64], published[16], text[512], num[64];
        for (int year = 2020; year <= 2024; year++) {
            snprintf(doc, sizeof doc, "z%05ld_%d.txt", z, year);
            snprintf(published, sizeof published, "%d-02-%02d", year + 1, (int)(z % 28) + 1);
            for (int i = 0; i < 20; i++) {
                const indicator *ind = &indicators[i];
                double v;
                if (strcmp(ind->kind, "growth") == 0)
                    v = round_to(level[i] + urand(-3, 3), ind->step);
                else if (strcmp(ind->kind, "share") == 0)
                    v = round_to(level[i] * (1 + 0.02 * (year - 2020)) * urand(0.98, 1.02), ind->step);
                else
                    v = round_to(level[i] * pow(1 + rate[i], year - 2020) * urand(0.97, 1.03), ind->step);
                if (v > 99.9 && strcmp(ind->unit, "%") == 0 && strcmp(ind->kind, "share") == 0)
                    v = 99.9;
                snprintf(num, sizeof num, "%.15g%s", v / ind->show_div, ind->show);
                snprintf(text, sizeof text, "%d年全%s实现%s%s%s", year, zone, ind->name,
                         strcmp(ind->kind, "growth") == 0 ? "同比增长" : "", num);
                emit(f, doc, published, zone, ind, v, "eq", "actual", year, text, strlen(num));
                nrec++;
            }
        }
        snprintf(doc, sizeof doc, "z%05ld_plan2024.txt", z);
        snprintf(published, sizeof published, "2024-01-%02d", (int)(z % 28) + 1);
        for (int i = 0; i < 20; i++) {
            const indicator *ind = &indicators[i];
            double t;
            if (strcmp(ind->kind, "growth") == 0 || strcmp(ind->kind, "share") == 0)
                t = round_to(level[i] * (strcmp(ind->kind, "share") == 0 ? 1.08 : 1.0) + 0.5, ind->step);
            else
                t = round_to(level[i] * pow(1 + rate[i], 4) * urand(0.95, 1.08), ind->step * 10);
            if (t > 99.9 && strcmp(ind->kind, "share") == 0)
                t = 99.9;
            snprintf(num, sizeof num, "%.15g%s", t / ind->show_div, ind->show);
            snprintf(text, sizeof text, "力争全年%s%s达到%s", zone, ind->name, num);
            emit(f, doc, published, zone, ind, t, i % 3 ? "ge" : "eq", "target", 2024, text,
                 strlen(num));
            nrec++;
        }
    }
    if (fclose(f) != 0) {
        perror(argv[1]);
        return 1;
    }
    printf("gen_records: %zu records (%ld zones x 20 indicators x 5 years + targets) in %s\n",
           nrec, nzones, argv[1]);
    return 0;
}
