/*
 * extract_places.c -- the place names the extractor knows without being
 * told: provinces, prefecture-level cities, a few well-known county-level
 * cities, and economic regions.
 *
 * The one idea: names are looked up at a position by their first two
 * characters (a small open hash of their six bytes), so finding every
 * place name in a sentence costs one probe per character, and most probes
 * stop at a bitmap of those two characters (xpair_maybe), which the zone
 * walk of a sentence reads in place. Other names (districts, towns,
 * parks) are learned from each document by the extractor (headings,
 * "X区委", "<city>高新区"), not listed here.
 *
 * Names that are also common words (白银, 来宾, 安康, 日照 ...) are marked
 * strict: they count only when 市 follows.
 */
#include "extract_internal.h"

#include <stdint.h>
#include <stdlib.h>

/* Provinces (with 省/自治区 these are zones; municipalities are cities). */
static const char PROVINCES[] =
    "河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 "
    "四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆";

static const char CITIES[] =
    "北京 天津 上海 重庆 香港 澳门 "
    "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 "
    "太原 阳泉 晋城 朔州 晋中 运城 忻州 临汾 吕梁 "
    "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 "
    "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛 "
    "长春 吉林 辽源 松原 白城 延边 "
    "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 佳木斯 七台河 牡丹江 绥化 "
    "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 "
    "杭州 宁波 温州 嘉兴 湖州 绍兴 衢州 舟山 台州 丽水 "
    "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 滁州 阜阳 宿州 六安 亳州 池州 宣城 "
    "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 "
    "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 宜春 抚州 上饶 "
    "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 威海 临沂 德州 聊城 滨州 菏泽 "
    "郑州 洛阳 平顶山 安阳 鹤壁 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源 "
    "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 "
    "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 "
    "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 潮州 揭阳 云浮 "
    "南宁 柳州 桂林 梧州 防城港 钦州 贵港 贺州 河池 崇左 "
    "海口 三亚 三沙 儋州 "
    "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 "
    "贵阳 六盘水 遵义 安顺 毕节 铜仁 "
    "昆明 曲靖 玉溪 昭通 丽江 临沧 楚雄 西双版纳 "
    "拉萨 日喀则 昌都 林芝 那曲 "
    "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 商洛 "
    "兰州 嘉峪关 金昌 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 "
    "西宁 银川 石嘴山 吴忠 固原 "
    "乌鲁木齐 克拉玛依 吐鲁番 哈密 喀什 阿克苏 伊犁 和田 昌吉 "
    /* county-level cities often in economic news */
    "江阴 宜兴 昆山 常熟 张家港 太仓 义乌 慈溪 余姚 晋江 丹阳 句容 扬中 溧阳 靖江 如皋 启东 "
    "海安 诸暨 海宁 桐乡 瑞安 乐清 温岭 福清 寿光 邳州 新沂 仪征 高邮 兴化 泰兴 东台";

/* Cities whose name is also an everyday word: only "X市" counts. */
static const char CITIES_STRICT[] =
    "大同 长治 朝阳 四平 通化 白山 伊春 黑河 金华 黄山 吉安 泰安 日照 开封 新乡 中山 北海 "
    "玉林 百色 来宾 保山 普洱 大理 红河 文山 山南 安康 白银 海东 中卫 鹤壁";

static const char REGIONS[] =
    "长三角 珠三角 京津冀 粤港澳大湾区 大湾区 长江经济带 成渝 长株潭 苏南 苏北 苏中"
    "";

#define NBUCKET 1024

typedef struct place {
    const char *name; /* points into the static strings above */
    uint64_t key;     /* its first six bytes (two characters), see key6 */
    unsigned char len;
    unsigned char kind;
    short next;       /* next entry in the same bucket, -1 ends */
} place;

struct xplaces {
    place *v;
    size_t n;
    short head[NBUCKET]; /* by bucket_of(key) */
    short shorts;        /* names shorter than six bytes (none yet), one chain */
    uint64_t pairs[XPAIR_BITS / 64]; /* xpair_maybe's filter of the names of six bytes or more */
};

/* The first six bytes of u (n >= 6) as one number: a name's first two
 * characters are compared in one step. */
static uint64_t key6(const unsigned char *u)
{
    return xload6(u);
}

static unsigned bucket_of(uint64_t key)
{
    return (unsigned)((key * 0x9E3779B97F4A7C15u) >> 54) % NBUCKET;
}

static int add_list(xplaces *p, const char *list, int kind, size_t *cap)
{
    const char *s = list;
    while (*s) {
        const char *e = s;
        while (*e && *e != ' ')
            e++;
        if (e > s) {
            if (p->n == *cap) {
                size_t nc = *cap ? *cap * 2 : 256;
                place *nv = realloc(p->v, nc * sizeof *nv);
                if (!nv)
                    return -1;
                p->v = nv;
                *cap = nc;
            }
            size_t len = (size_t)(e - s);
            uint64_t key = len >= 6 ? key6((const unsigned char *)s) : 0;
            short *head = len >= 6 ? &p->head[bucket_of(key)] : &p->shorts;
            if (len >= 6) {
                unsigned h = xpair_hash((const unsigned char *)s);
                p->pairs[h >> 6] |= (uint64_t)1 << (h & 63);
            }
            p->v[p->n] = (place){s, key, (unsigned char)len, (unsigned char)kind, *head};
            *head = (short)p->n;
            p->n++;
        }
        s = *e ? e + 1 : e;
    }
    return 0;
}

xplaces *xplaces_new(void)
{
    xplaces *p = calloc(1, sizeof *p);
    size_t cap = 0;
    if (!p)
        return NULL;
    for (size_t i = 0; i < NBUCKET; i++)
        p->head[i] = -1;
    p->shorts = -1;
    if (add_list(p, PROVINCES, PLACE_PROVINCE, &cap) || add_list(p, CITIES, PLACE_CITY, &cap) ||
        add_list(p, CITIES_STRICT, PLACE_CITY_STRICT, &cap) ||
        add_list(p, REGIONS, PLACE_REGION, &cap)) {
        xplaces_free(p);
        return NULL;
    }
    return p;
}

void xplaces_free(xplaces *p)
{
    if (!p)
        return;
    free(p->v);
    free(p);
}

int xplaces_pairs(const xplaces *p, uint64_t *pairs)
{
    if (p->shorts >= 0)
        return -1;
    memcpy(pairs, p->pairs, sizeof p->pairs);
    return 0;
}

void xplaces_mark(const xplaces *p, unsigned short *cclass, unsigned short bit)
{
    size_t adv;
    for (size_t k = 0; k < p->n; k++) {
        unsigned c = xcp(p->v[k].name, 0, p->v[k].len, &adv);
        if (c < 0x10000)
            cclass[c] |= bit;
    }
}

/* Names of six bytes or more (all of them: two characters) are found in
 * the bucket of the text's first six bytes and compared on those at once,
 * then on the rest byte by byte; shorter names, in their own chain, byte
 * by byte. Every name is of 3-byte characters: only a 3-byte lead can
 * start one. The same name in two lists (吉林, 鹤壁) is found first as
 * the one added last, as the chains run newest first. */
/* Is e at u[0..left) (its first m bytes known equal), and longer than
 * *best? Then it becomes the match. */
static inline void try_place(const place *e, const unsigned char *u, size_t left, size_t m, size_t *best,
                             int *kind)
{
    if (e->len <= *best || e->len > left)
        return;
    while (m < e->len && u[m] == (unsigned char)e->name[m])
        m++;
    if (m < e->len || (e->kind == PLACE_CITY_STRICT && !xat((const char *)u, e->len, left, "市")))
        return;
    *best = e->len;
    *kind = e->kind == PLACE_CITY_STRICT ? PLACE_CITY : e->kind;
}

size_t xplaces_match(const xplaces *p, const char *s, size_t i, size_t end, int *kind)
{
    const unsigned char *u = (const unsigned char *)s + i;
    size_t best = 0, left = end - i;
    if (i >= end || left < 3 || (u[0] & 0xF0) != 0xE0)
        return 0;
    /* (most positions: no name starts with these two characters) */
    if (p->shorts < 0 && !xpair_maybe(p->pairs, u, left))
        return 0;
    if (left >= 6) {
        uint64_t key = key6(u);
        for (short k = p->head[bucket_of(key)]; k >= 0; k = p->v[k].next)
            if (p->v[k].key == key)
                try_place(&p->v[k], u, left, 6, &best, kind);
    }
    for (short k = p->shorts; k >= 0; k = p->v[k].next)
        try_place(&p->v[k], u, left, 0, &best, kind);
    return best;
}
