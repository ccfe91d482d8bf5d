/*
 * test_extract.c -- zb_extract_buffer on phrases shaped the way statistical
 * communiqués, government work reports and local news state figures:
 * units and kinds, bounds, periods resolved against the publication date,
 * status, basis, indicators and zones; simplified, traditional and
 * full-width; and things that are not figures (dates, codes, phone
 * numbers, programme names, page noise).
 *
 * Each row is a document: a publication line then the phrase. The row
 * names which record (0-based) it checks; values are computed by hand in
 * the comment where the scale or unit converts.
 */
#include "zb_test.h"
#include "zhibiao.h"

#include "extract_harness.h"

typedef struct row {
    const char *pub;      /* publication line */
    const char *text;     /* the phrase */
    int idx;              /* which record */
    zb_kind kind;
    double value;
    const char *unit;
    zb_bound bound;
    zb_status status;
    const char *period;   /* NULL: null */
    const char *basis;    /* NULL: null */
    const char *ind;      /* substring the indicator must contain, or NULL */
} row;

#define P24 "2024-07-11 13:27 来源:某某网\n"
#define P22 "来源:新华日报 | 2022-06-06 09:35:10\n"
#define P21 "2021-01-27 11:32:00 来源:中国江苏网\n"
#define P23 "2023-04-21 11:03 江城日报\n"
#define P24J "2024年1月18日\n"
/* The same July text under a heading that announces a plan, or after a
 * lead sentence "X将...": 今年/全年 figures there are targets. */
#define P24PLAN P24 "下半年工作计划\n"
#define P24LEAD P24 "全区将加快培育创新主体。\n"

#define AM ZB_KIND_AMOUNT
#define CO ZB_KIND_COUNT
#define QU ZB_KIND_QUANTITY
#define GR ZB_KIND_GROWTH
#define SH ZB_KIND_SHARE
#define PP ZB_KIND_PP
#define RK ZB_KIND_RANK
#define EQ ZB_BOUND_EQ
#define GT ZB_BOUND_GT
#define GE ZB_BOUND_GE
#define LT ZB_BOUND_LT
#define LE ZB_BOUND_LE
#define AP ZB_BOUND_APPROX
#define ACT ZB_STATUS_ACTUAL
#define EST ZB_STATUS_ESTIMATE
#define TGT ZB_STATUS_TARGET

static const row ROWS[] = {
    /* ---- money, scales and currencies */
    {P24, "1-5月,全市完成固定资产投资268.4亿元。", 0, AM, 268.4e8, "CNY", EQ, ACT, "2024-01/2024-05", NULL, "固定资产投资"},
    {P24, "上半年,全市一般公共预算收入完成5000万元。", 0, AM, 5e7, "CNY", EQ, ACT, "2024-H1", NULL, "一般公共预算收入"},
    {P24, "上半年实现营业收入1 千亿元。", 0, AM, 1e11, "CNY", EQ, ACT, "2024-H1", NULL, "营业收入"},
    {P24, "上半年集群总规模达到1.2万亿元。", 0, AM, 1.2e12, "CNY", EQ, ACT, "2024-H1", NULL, "总规模"},
    {P24, "上半年实际使用外资3.2亿美元。", 0, AM, 3.2e8, "USD", EQ, ACT, "2024-H1", NULL, "实际使用外资"},
    /* ---- q7: currencies named before the number or after it
     * (新台币45亿元, 45亿新台币, 5亿台币, 45亿元新台币, 港币, 澳门币), both
     * scripts: money in CNY, other currencies by ISO code */
    {P24, "在江苏昆山经济技术开发区投资新台币45亿元(约合人民币10.2亿元)。", 0, AM, 45e8, "TWD", EQ, ACT, "2024-07", NULL, NULL},
    {P24, "在江苏昆山经济技术开发区投资新台币45亿元(约合人民币10.2亿元)。", 1, AM, 10.2e8, "CNY", EQ, ACT, "2024-07", NULL, NULL},
    {P24, "在江蘇昆山經濟技術開發區投資新臺幣45億元(約合人民幣10.2億元)。", 0, AM, 45e8, "TWD", EQ, ACT, "2024-07", NULL, NULL},
    {P24, "在江蘇昆山經濟技術開發區投資新臺幣45億元(約合人民幣10.2億元)。", 1, AM, 10.2e8, "CNY", EQ, ACT, "2024-07", NULL, NULL},
    {P24, "该项目总投资45亿新台币。", 0, AM, 45e8, "TWD", EQ, ACT, "2024-07", NULL, "总投资"},
    {P24, "該項目總投資45億新臺幣。", 0, AM, 45e8, "TWD", EQ, ACT, "2024-07", NULL, "总投资"},
    {P24, "该项目总投资45亿元新台币。", 0, AM, 45e8, "TWD", EQ, ACT, "2024-07", NULL, "总投资"},
    {P24, "上半年公司营收5亿台币。", 0, AM, 5e8, "TWD", EQ, ACT, "2024-H1", NULL, "营收"},
    {P24, "上半年公司营收台币30亿元。", 0, AM, 30e8, "TWD", EQ, ACT, "2024-H1", NULL, "营收"},
    {P24, "上半年出口额达12亿元港币。", 0, AM, 12e8, "HKD", EQ, ACT, "2024-H1", NULL, "出口额"},
    {P24, "上半年出口額達12億港幣。", 0, AM, 12e8, "HKD", EQ, ACT, "2024-H1", NULL, "出口额"},
    {P24, "上半年博彩收入达100亿澳门币。", 0, AM, 100e8, "MOP", EQ, ACT, "2024-H1", NULL, "博彩收入"},
    {P24, "上半年博彩毛收入達1,785億澳門元。", 0, AM, 1785e8, "MOP", EQ, ACT, "2024-H1", NULL, "博彩毛收入"},
    {P24, "上半年对澳大利亚出口额3.2亿澳元。", 0, AM, 3.2e8, "AUD", EQ, ACT, "2024-H1", NULL, "澳大利亚出口额"},
    {P24, "上半年实际使用外资2.5亿欧元。", 0, AM, 2.5e8, "EUR", EQ, ACT, "2024-H1", NULL, "实际使用外资"},
    {P24, "上半年出口额300亿日元。", 0, AM, 300e8, "JPY", EQ, ACT, "2024-H1", NULL, "出口额"},
    {P24, "上半年投资额人民币20亿元。", 0, AM, 20e8, "CNY", EQ, ACT, "2024-H1", NULL, "投资额"},
    /* ---- end q7 currencies */
    {P24, "上半年到位资金约23亿元。", 0, AM, 23e8, "CNY", AP, ACT, "2024-H1", NULL, "到位资金"},
    {P24, "上半年总投资超834.5亿元。", 0, AM, 834.5e8, "CNY", GT, ACT, "2024-H1", NULL, "总投资"},
    {P24, "上半年累计投入超过5000万元的科技人才扶持资金。", 0, AM, 5e7, "CNY", GT, ACT, "2024-H1", NULL, "科技人才扶持资金"},
    {P24, "上半年城镇居民人均可支配收入32000元。", 0, AM, 32000, "CNY", EQ, ACT, "2024-H1", NULL, "人均可支配收入"},
    {P24, "上半年财政民生保障支出32007万元。", 0, AM, 320070000, "CNY", EQ, ACT, "2024-H1", NULL, "民生保障"},
    {P24, "上半年实现税收一千二百万元。", 0, AM, 1200e4, "CNY", EQ, ACT, "2024-H1", NULL, "税收"},
    {P24, "上半年实现销售额三点五亿元。", 0, AM, 3.5e8, "CNY", EQ, ACT, "2024-H1", NULL, "销售额"},
    /* ---- counts with classifiers */
    {P24, "1-5月全市累计新增停车泊位1113个。", 0, CO, 1113, "个", EQ, ACT, "2024-01/2024-05", NULL, "停车泊位"},
    {P24, "1-5月共实施智能化数字化技改项目124个。", 0, CO, 124, "个", EQ, ACT, "2024-01/2024-05", NULL, "技改项目"},
    {P24, "集聚涉航企业110余家。", 0, CO, 110, "家", AP, ACT, "2024-07", NULL, "涉航企业"},
    {P24, "200多项技术创新成果填补国内空白。", 0, CO, 200, "项", AP, ACT, "2024-07", NULL, "技术创新成果"},
    {P24, "1-5月日均服务患者2300人次左右。", 0, CO, 2300, "人次", AP, ACT, "2024-01/2024-05", NULL, "服务患者"},
    {P24, "1-5月医生调阅影像数据7.13万次。", 0, CO, 71300, "次", EQ, ACT, "2024-01/2024-05", NULL, "调阅影像数据"},
    {P24, "1-5月累计出具报告35万份。", 0, CO, 350000, "份", EQ, ACT, "2024-01/2024-05", NULL, "出具报告"},
    {P22, "4月23日,镇江高新区351套人才公寓顺利交付。", 0, CO, 351, "套", EQ, ACT, "2022-04", NULL, "人才公寓"},
    {P22, "辐射周边住宅小区近1.1万户、3万名居民。", 0, CO, 11000, "户", LT, ACT, "2022-06", NULL, NULL},
    {P22, "辐射周边住宅小区近1.1万户、3万名居民。", 1, CO, 30000, "名", EQ, ACT, "2022-06", NULL, "居民"},
    {P22, "新建三跨交通桥1座、滚水坝2座。", 1, CO, 2, "座", EQ, ACT, "2022-06", NULL, "滚水坝"},
    {P22, "对七里河等9条河道进行系统治理。", 0, CO, 9, "条", EQ, ACT, "2022-06", NULL, "河道"},
    {P22, "建设各类沉井、截流井200余座。", 0, CO, 200, "座", AP, ACT, "2022-06", NULL, "截流井"},
    {P22, "现有348户486名农村及城市低保户保障金全面到位。", 0, CO, 348, "户", EQ, ACT, "2022-06", NULL, "低保户"},
    {P22, "现有348户486名农村及城市低保户保障金全面到位。", 1, CO, 486, "名", EQ, ACT, "2022-06", NULL, NULL},
    {P24, "上半年新签约项目两万个。", 0, CO, 20000, "个", EQ, ACT, "2024-H1", NULL, "新签约项目"},
    {P24, "上半年累计接待游客1.2亿人次。", 0, CO, 1.2e8, "人次", EQ, ACT, "2024-H1", NULL, "接待游客"},
    {P24, "1-5月新增市场主体3.2万户。", 0, CO, 32000, "户", EQ, ACT, "2024-01/2024-05", NULL, "市场主体"},
    {P24, "上半年全市高新技术企业达到1,856家。", 0, CO, 1856, "家", EQ, ACT, "2024-H1", NULL, "高新技术企业"},
    /* thresholds stay in the indicator */
    {P23, "全年推进实施5000万元以上项目36个。", 0, CO, 36, "个", EQ, TGT, "2023", NULL, "5000万元以上项目"},
    {P24, "全年新招引超 50 亿元重大项目 3 个、其中超 100 亿元项目 2 个。", 0, CO, 3, "个", EQ, TGT, "2024", NULL, "50亿元重大项目"},
    {P24, "全年新招引超 50 亿元重大项目 3 个、其中超 100 亿元项目 2 个。", 1, CO, 2, "个", EQ, TGT, "2024", NULL, "100亿元项目"},
    {P22, "5年来累计签约亿元以上项目85个,总投资超834.5亿元。", 0, CO, 85, "个", EQ, ACT, "2017-06/2022-06", NULL, "亿元以上项目"},
    /* ---- quantities */
    {P22, "4月23日交付人才公寓,总建筑面积34261.36平方米。", 0, QU, 34261.36, "m2", EQ, ACT, "2022-04", NULL, "总建筑面积"},
    {P22, "5年来新增绿地面积近18万平方米。", 0, QU, 180000, "m2", LT, ACT, "2017-06/2022-06", NULL, "新增绿地面积"},
    {P22, "5年来共清淤10万立方米。", 0, QU, 100000, "m3", EQ, ACT, "2017-06/2022-06", NULL, "清淤"},
    {P22, "5年来完成190公里雨水、污水管网普查。", 0, QU, 190, "km", EQ, ACT, "2017-06/2022-06", NULL, "管网普查"},
    {P24PLAN, "全年建成投用科创载体 80 万平方米。", 0, QU, 800000, "m2", EQ, TGT, "2024", NULL, "科创载体"},
    {P24, "上半年全市粮食总产量达到52.3万吨。", 0, QU, 523000, "t", EQ, ACT, "2024-H1", NULL, "粮食总产量"},
    {P24, "上半年全社会用电量450亿千瓦时。", 0, QU, 450e8, "kWh", EQ, ACT, "2024-H1", NULL, "全社会用电量"},
    {P24, "上半年集装箱吞吐量500万标箱。", 0, QU, 5e6, "TEU", EQ, ACT, "2024-H1", NULL, "集装箱吞吐量"},
    {P24, "上半年新增造林面积1.5万亩。", 0, QU, 15000 * 666.667, "m2", EQ, ACT, "2024-H1", NULL, "造林面积"},  /* 1.5e4 亩 x 666.667 */
    {P24, "上半年新建高标准农田120公顷。", 0, QU, 120e4, "m2", EQ, ACT, "2024-H1", NULL, "高标准农田"},
    {P24, "规划面积12.5平方公里。", 0, QU, 12.5e6, "m2", EQ, ACT, "2024-07", NULL, "规划面积"},
    {P24, "今年3月以来平均每天的出货量达到15MWh。", 0, QU, 15, "MWh", EQ, ACT, "2024-03/2024-07", NULL, "出货量"},
    {P24, "预计今年出货量超3.5GWh。", 0, QU, 3.5, "GWh", GT, EST, "2024", NULL, "出货量"},
    {P24, "1-5月影像存储量约51TB。", 0, QU, 51, "TB", AP, ACT, "2024-01/2024-05", NULL, "影像存储量"},
    /* ---- growth, basis, sign */
    {P21, "预计核心区全年实现地区生产总值同比增长3.3%。", 0, GR, 3.3, "%", EQ, EST, "2021", "yoy", "地区生产总值"},
    {P21, "2020年,高新区奋力夺取双胜利。预计全年一般公共预算收入同比增长2.1%。", 0, GR, 2.1, "%", EQ, EST, "2020", "yoy", "一般公共预算收入"}, /* the paragraph's year */
    {P21, "2020年,高新区奋力夺取双胜利,预计全年一般公共预算收入同比增长2.1%。", 0, GR, 2.1, "%", EQ, EST, "2020", "yoy", "一般公共预算收入"},
    {P24, "上半年居民消费价格比上年同期上涨0.3%。", 0, GR, 0.3, "%", EQ, ACT, "2024-H1", "yoy", "居民消费价格"},
    {P24, "上半年规模以上工业增加值增长8.5%。", 0, GR, 8.5, "%", EQ, ACT, "2024-H1", NULL, "规模以上工业增加值"},
    {P24, "二季度社会消费品零售总额环比增长1.2%。", 0, GR, 1.2, "%", EQ, ACT, "2024-Q2", "mom", "社会消费品零售总额"},
    {P24, "5月全市发电量较上月下降3.1%。", 0, GR, -3.1, "%", EQ, ACT, "2024-05", "mom", "发电量"},
    {P24, "5月全市用电量比上月增长2.4%。", 0, GR, 2.4, "%", EQ, ACT, "2024-05", "mom", "用电量"},
    {P24, "5月全市發電量較上個月增長1.5%。", 0, GR, 1.5, "%", EQ, ACT, "2024-05", "mom", "电量"},
    /* a lead paragraph reviewing last year, in January: 全年 and the
     * figures of the text are that year's results; 今年/2026年 plans stay */
#define P26R "2026-01-08 10:21 来源:某某日报\n开发区交出高质量发展成绩单\n"
    {P26R, "刚刚过去的2025年,开发区主要经济指标全面完成。\n全年完成地区生产总值356亿元,同比增长7.2%。", 0, AM, 356e8, "CNY", EQ, ACT, "2025", NULL, "地区生产总值"},
    {P26R, "刚刚过去的2025年,开发区主要经济指标全面完成。\n新签约亿元以上项目45个。", 0, CO, 45, "个", EQ, ACT, "2025", NULL, "项目"},
    {P26R, "過去的一年,開發區主要經濟指標全面完成。\n全年完成地區生產總值356億元。\n今年,全區將力爭全年新簽約項目50個。", 1, CO, 50, "个", EQ, TGT, "2026", NULL, "项目"},
    {P26R, "回顾2025年,开发区主要经济指标全面完成。\n全年完成固定资产投资120亿元。", 0, AM, 120e8, "CNY", EQ, ACT, "2025", NULL, "固定资产投资"},
    {P26R, "2025年,开发区实现地区生产总值356亿元。\n全年完成固定资产投资120亿元。", 1, AM, 120e8, "CNY", EQ, ACT, "2025", NULL, "固定资产投资"},
    {P26R, "2025年以来,开发区主要经济指标全面完成。\n全年完成地区生产总值356亿元。", 0, AM, 356e8, "CNY", EQ, TGT, "2026", NULL, "地区生产总值"},
    /* 当月/本月 in a month report: the report's month; the day the news
     * came (获悉, 了解到, 发布会) dates nothing */
#define P25N "2025-11-14 来源:某某网\n"
    {P25N, "11月13日,记者从福建省能源局获悉,10月份全省能源供应平稳有序。\n当月全省发电量221.4亿千瓦时,较上月下降3.1%。", 0, QU, 221.4e8, "kWh", EQ, ACT, "2025-10", NULL, "发电量"},
    {P25N, "11月13日,记者从福建省能源局获悉,10月份全省能源供应平稳有序。\n当月全省发电量221.4亿千瓦时,较上月下降3.1%。", 1, GR, -3.1, "%", EQ, ACT, "2025-10", "mom", "发电量"},
    {P25N, "10月份,全省能源供应平稳有序,本月全省用电量200亿千瓦时。", 0, QU, 200e8, "kWh", EQ, ACT, "2025-10", NULL, "用电量"},
    {P25N, "1-10月,全省发电量2000亿千瓦时。当月全省发电量221.4亿千瓦时。", 1, QU, 221.4e8, "kWh", EQ, ACT, "2025-10", NULL, "发电量"},
    {P25N, "10月份全省能源供应平稳有序。\n11月13日,记者从省统计局了解到,全省发电量221.4亿千瓦时。", 0, QU, 221.4e8, "kWh", EQ, ACT, "2025-10", NULL, "发电量"},
    {"2025-12-14 来源:某某网\n", "11月13日,省统计局召开新闻发布会,全省发电量221.4亿千瓦时。", 0, QU, 221.4e8, "kWh", EQ, ACT, "2025-12", NULL, "发电量"},
    {P25N, "本月全省发电量221.4亿千瓦时。", 0, QU, 221.4e8, "kWh", EQ, ACT, "2025-11", NULL, "发电量"},
    {P24, "1-5月单位工业增加值能耗同比下降3.5%。", 0, GR, -3.5, "%", EQ, ACT, "2024-01/2024-05", "yoy", "能耗"},
    {P24, "上半年出口额较上年减少2.4%。", 0, GR, -2.4, "%", EQ, ACT, "2024-H1", "yoy", "出口额"},
    {P24, "上半年新能源汽车产量增长1.5倍。", 0, GR, 150, "%", EQ, ACT, "2024-H1", NULL, "新能源汽车产量"},
    {P24, "上半年跨境电商交易额翻了一番。", 0, GR, 100, "%", EQ, ACT, "2024-H1", NULL, "跨境电商交易额"},
    {P24, "力争到2026年,全市数字经济规模实现翻番。", 0, GR, 100, "%", EQ, TGT, "2026", NULL, "数字经济规模"},
    {P24, "上半年外贸进出口总额增长两成。", 0, GR, 20, "%", EQ, ACT, "2024-H1", NULL, "外贸进出口总额"},
    {P24, "上半年全市新签约亿元以上产业项目数221个、计划总投资1094.6亿元,分别同比增长18.2%、10.3%。", 2, GR, 18.2, "%", EQ, ACT, "2024-H1", "yoy", "项目数"},
    {P24, "上半年全市新签约亿元以上产业项目数221个、计划总投资1094.6亿元,分别同比增长18.2%、10.3%。", 3, GR, 10.3, "%", EQ, ACT, "2024-H1", "yoy", "总投资"},
    {P24, "上半年全市新签约亿元以上产业项目数221个、计划总投资1094.6亿元,分别同比增长18.2%、10.3%。", 1, AM, 1094.6e8, "CNY", EQ, ACT, "2024-H1", NULL, "总投资"},
    {P24, "1-5月,四大产业集群完成开票销售,占全市规上工业比重为74.1%,同比增长3.1%。", 1, GR, 3.1, "%", EQ, ACT, "2024-01/2024-05", "yoy", "开票销售"},
    /* ---- shares, points, ranks */
    {P24, "1-5月,四大产业集群完成开票销售,占全市规上工业比重为74.1%,同比增长3.1%。", 0, SH, 74.1, "%", EQ, ACT, "2024-01/2024-05", NULL, "比重"},
    {P24, "1-5月省重大项目完成年度投资计划的45.1%,超序时3.5个百分点。", 0, SH, 45.1, "%", EQ, ACT, "2024-01/2024-05", NULL, "年度投资计划"},
    {P24, "1-5月省重大项目完成年度投资计划的45.1%,超序时3.5个百分点。", 1, PP, 3.5, "pp", EQ, ACT, "2024-01/2024-05", NULL, "超序时"},
    {P24, "1-5月增速高于规上工业2.9个百分点。", 0, PP, 2.9, "pp", EQ, ACT, "2024-01/2024-05", NULL, "高于规上工业"},
    {P24, "上半年城镇调查失业率下降0.2个百分点。", 0, PP, -0.2, "pp", EQ, ACT, "2024-H1", NULL, "失业率"},
    {P24, "1-5月年度任务完成率为55.7%。", 0, SH, 55.7, "%", EQ, ACT, "2024-01/2024-05", NULL, "完成率"},
    {P24, "截至5月底,全市已完成宫颈癌筛查4.01万人、乳腺癌筛查4.73万人,年度任务完成率均超100%。", 2, SH, 100, "%", GT, ACT, "2024-01/2024-05", NULL, "宫颈癌筛查"},
    {P24, "截至5月底,全市已完成宫颈癌筛查4.01万人、乳腺癌筛查4.73万人,年度任务完成率均超100%。", 3, SH, 100, "%", GT, ACT, "2024-01/2024-05", NULL, "乳腺癌筛查"},
    {P24, "上半年三分之一以上的企业开展了数字化改造。", 0, SH, 100.0 / 3, "%", GT, ACT, "2024-H1", NULL, "企业"},
    {P24, "上半年百分之九十的村实现集体经济收入增长。", 0, SH, 90, "%", EQ, ACT, "2024-H1", NULL, "村"},
    {P24, "全市研发经费投入占GDP比重达到3.1%。", 0, SH, 3.1, "%", EQ, ACT, "2024-07", NULL, "研发经费投入占GDP比重"},
    {P22, "目前,在全国169家国家高新区综合评价中,镇江高新区位列第80位。", 1, RK, 80, "rank", EQ, ACT, "2022-06", NULL, "综合评价"},
    {P24, "全市综合实力排名全省第3位。", 0, RK, 3, "rank", EQ, ACT, "2024-07", NULL, "综合实力"},
    {P24, "全市综合实力居全国第25位。", 0, RK, 25, "rank", EQ, ACT, "2024-07", NULL, NULL},
    /* a move in a ranking (前移/后移 N位, as 前进/后退) is a rank, no count of 位 */
    {P24, "全市在百强县中位列第28位,较上年前移9位。", 1, RK, 9, "rank", EQ, ACT, "2024-07", NULL, NULL},
    {P24, "全區排名較上年後移2位。", 0, RK, 2, "rank", EQ, ACT, "2024-07", NULL, NULL},
    /* ---- bounds */
    {P24, "全市有效高企突破 1200 家。", 0, CO, 1200, "家", GT, ACT, "2024-07", NULL, "有效高企"},
    {P24, "全市核心专利技术50项以上。", 0, CO, 50, "项", GT, ACT, "2024-07", NULL, "核心专利技术"},
    {P24, "全市参赛企业不少于300家。", 0, CO, 300, "家", GE, ACT, "2024-07", NULL, "参赛企业"},
    {P24, "全市每年新增就业岗位至少2000个。", 0, CO, 2000, "个", GE, ACT, "2024-07", NULL, "就业岗位"},
    {P24, "全市单个项目补助不超过500万元。", 0, AM, 500e4, "CNY", LE, ACT, "2024-07", NULL, "补助"},
    {P24, "全市城镇调查失业率控制在5.5%以内。", 0, SH, 5.5, "%", LE, ACT, "2024-07", NULL, "失业率"},
    {P24, "全市闲置厂房不足10万平方米。", 0, QU, 1e5, "m2", LT, ACT, "2024-07", NULL, "闲置厂房"},
    {P24, "全市居民储蓄存款逾千亿元,外资企业不到50家。", 0, AM, 1e11, "CNY", GT, ACT, "2024-07", NULL, "居民储蓄存款"},
    {P24, "全市居民储蓄存款逾千亿元,外资企业不到50家。", 1, CO, 50, "家", LT, ACT, "2024-07", NULL, "外资企业"},
    {P24, "全市企业通过10项认证,经过3个月试运行。", 0, CO, 10, "项", EQ, ACT, "2024-07", NULL, "认证"}, /* 通过 is no 超过 */
    {P24, "上半年全市实现营业收入500亿元、利润50亿元,人均5万元。", 2, AM, 5e4, "CNY", EQ, ACT, "2024-H1", NULL, "人均"}, /* one record: 人均 is not 均 */
    {P24, "全市户籍人口约为680万人。", 0, CO, 680e4, "人", AP, ACT, "2024-07", NULL, "户籍人口"},
    {P24, "全市总规模跨越 1 万亿元大关。", 0, AM, 1e12, "CNY", GT, ACT, "2024-07", NULL, "总规模"},
    /* ---- a time word in a later clause dates that clause only; the
     * sentence's opening time word (the frame) resumes after it */
    {P24, "“十三五”时期,全县粮食总产量年均增长2.1%,2020年达到85万吨;农民人均可支配收入累计增长46%。", 1, QU, 85e4, "t", EQ, ACT, "2020", NULL, "粮食总产量"},
    {P24, "“十三五”时期,全县粮食总产量年均增长2.1%,2020年达到85万吨;农民人均可支配收入累计增长46%。", 2, GR, 46, "%", EQ, ACT, "2016/2020", NULL, "农民人均可支配收入"},
    {P24, "上半年,全区实现营业收入900亿元,其中6月份实现120亿元,新增注册企业1500家。", 1, AM, 120e8, "CNY", EQ, ACT, "2024-06", NULL, NULL},
    {P24, "上半年,全区实现营业收入900亿元,其中6月份实现120亿元,新增注册企业1500家。", 2, CO, 1500, "家", EQ, ACT, "2024-H1", NULL, "注册企业"},
    {P24, "“十三五”時期，全縣糧食總產量年均增長2.1％，2020年達到85萬噸；農民人均可支配收入累計增長46％。", 2, GR, 46, "%", EQ, ACT, "2016/2020", NULL, "农民人均可支配收入"}, /* traditional, full-width marks */
    /* a time word that leaves the frame (2022年...;2023年...) or stands as a
     * clause of its own (",6月,") starts a new frame for what follows */
    {P24, "2022年,全县地区生产总值增长4.1%;2023年地区生产总值增长5.2%,财政收入增长6%。", 2, GR, 6, "%", EQ, ACT, "2023", NULL, "财政收入"},
    {P24, "上半年,全区工业产值增长8%,6月,新增企业2000家,引进项目30个。", 2, CO, 30, "个", EQ, ACT, "2024-06", NULL, "项目"},
    /* a heading naming the year frames the plan below it */
    {P24J "二、2024年主要目标\n", "地区生产总值增长5%,城镇新增就业1.2万人。", 1, CO, 12000, "人", EQ, TGT, "2024", NULL, "城镇新增就业"},
    {"2024-01-20 来源:某某网\n2023年全市经济运行情况\n", "全市将新建学校5所。", 0, CO, 5, "所", EQ, TGT, NULL, NULL, "学校"}, /* a past year's review: no year for its plan */
    /* a growth clause goes on from the figure just named: its time word too */
    {P24, "上半年,全区完成投资300亿元,6月当月完成80亿元,同比增长12%。", 2, GR, 12, "%", EQ, ACT, "2024-06", "yoy", NULL},
    /* ---- a period ending in a later year than the text is a plan, even
     * summed up (累计) or with a plain verb; 预计 stays an estimate, and the
     * same words after the period are a result */
    {P21, "“十四五”期间,全县累计新增城镇就业5万人。", 0, CO, 5e4, "人", EQ, TGT, "2021/2025", NULL, "城镇就业"},
    {P21, "2023年,全区规上工业产值达到800亿元。", 0, AM, 800e8, "CNY", EQ, TGT, "2023", NULL, "规上工业产值"},
    {P21, "预计“十四五”期间全县累计完成投资800亿元。", 0, AM, 800e8, "CNY", EQ, EST, "2021/2025", NULL, "投资"},
    {"2026-02-03 来源:某某网\n", "“十四五”期间,全县累计新增城镇就业5万人。", 0, CO, 5e4, "人", EQ, ACT, "2021/2025", NULL, "城镇就业"},
    /* ---- 今年/全年 with a verb of result in a report (no word of
     * intention, no plan around) is a result so far; the plan context of
     * a heading or a lead "X将..." keeps it a target */
    {"2024-06-15 来源:某某网\n", "今年全县油菜种植面积达30万亩,总产量约5.1万吨。", 1, QU, 51000, "t", AP, ACT, "2024", NULL, "总产量"},
    {P24, "今年全区新修农村公路120公里。", 0, QU, 120, "km", EQ, ACT, "2024", NULL, "农村公路"},
    {P24, "全年建成投用科创载体 80 万平方米。", 0, QU, 800000, "m2", EQ, ACT, "2024", NULL, "科创载体"},
    {P24J, "今年全区新修农村公路120公里。", 0, QU, 120, "km", EQ, TGT, "2024", NULL, "农村公路"}, /* January: the year's plan */
    {P24PLAN, "今年全区新修农村公路120公里。", 0, QU, 120, "km", EQ, TGT, "2024", NULL, "农村公路"},
    {P24, "今年全区计划新修农村公路120公里。", 0, QU, 120, "km", EQ, TGT, "2024", NULL, "农村公路"},
    {P24, "今年全区完成年度计划的45%。", 0, SH, 45, "%", EQ, ACT, "2024", NULL, NULL}, /* 计划 a noun */
    {P24, "今年全区力争新修农村公路120公里。", 0, QU, 120, "km", EQ, TGT, "2024", NULL, "农村公路"},
    {P24, "今年全区预计新修农村公路120公里。", 0, QU, 120, "km", EQ, EST, "2024", NULL, "农村公路"},
    {P24, "今年全縣新修農村公路120公里。", 0, QU, 120, "km", EQ, ACT, "2024", NULL, "农村公路"}, /* traditional */
    {P24, "今年小麦亩产比去年提高15公斤。", 0, QU, 0.015, "t", EQ, ACT, "2024", NULL, "亩产"},
    /* ---- status */
    {P24, "力争到 2026 年,数字经济核心产业营收突破 5000 亿元。", 0, AM, 5000e8, "CNY", GT, TGT, "2026", NULL, "数字经济核心产业营收"},
    {P24, "确保全年落地各类产业项目超 300 家。", 0, CO, 300, "家", GT, TGT, "2024", NULL, "产业项目"},
    {P24LEAD, "今年净增 135 家以上高企。", 0, CO, 135, "家", GT, TGT, "2024", NULL, NULL},
    {P23, "年内力争完成招商引资到位资金84亿元。", 0, AM, 84e8, "CNY", EQ, TGT, "2023", NULL, "招商引资到位资金"},
    {P24J, "今年的主要预期目标是:地区生产总值增长5.5%左右。", 0, GR, 5.5, "%", AP, TGT, "2024", NULL, "地区生产总值"},
    {P24J, "今年的主要预期目标是:城镇调查失业率5.5%以内;居民消费价格涨幅3%左右。", 1, GR, 3, "%", AP, TGT, "2024", NULL, "居民消费价格"}, /* 居民 is no ranking word */
    {P24J, "到“十四五”末,常住人口城镇化率达到75%。", 0, SH, 75, "%", EQ, TGT, "2025", NULL, "城镇化率"},
    {P24J, "计划到2025年新建5G基站2000个。", 0, CO, 2000, "个", EQ, TGT, "2025", NULL, "5G基站"},
    {P24, "明年将新增公共停车泊位3000个。", 0, CO, 3000, "个", EQ, TGT, "2025", NULL, "停车泊位"},
    {P24, "预计全年实现营业收入120亿元。", 0, AM, 120e8, "CNY", EQ, EST, "2024", NULL, "营业收入"},
    {P24, "去年全市地区生产总值5280.3亿元。", 0, AM, 5280.3e8, "CNY", EQ, ACT, "2023", NULL, "地区生产总值"},
    {P24, "去年全市地区生产总值5280.3亿元,同比增长6.2%。", 1, GR, 6.2, "%", EQ, ACT, "2023", "yoy", "地区生产总值"},
    /* ---- periods */
    {P24, "2023年,全市实现营业收入500亿元。", 0, AM, 500e8, "CNY", EQ, ACT, "2023", NULL, NULL},
    {P24, "2023年上半年,全市实现营业收入500亿元。", 0, AM, 500e8, "CNY", EQ, ACT, "2023-H1", NULL, NULL},
    {P24, "2023年第三季度,全市实现营业收入500亿元。", 0, AM, 500e8, "CNY", EQ, ACT, "2023-Q3", NULL, NULL},
    {P24, "一季度,全市实现营业收入500亿元。", 0, AM, 500e8, "CNY", EQ, ACT, "2024-Q1", NULL, NULL},
    {P24, "前三季度,全市实现营业收入500亿元。", 0, AM, 500e8, "CNY", EQ, TGT, "2024-01/2024-09", NULL, NULL}, /* after July: not yet */
    {P24, "1至4月,全市实现营业收入500亿元。", 0, AM, 500e8, "CNY", EQ, ACT, "2024-01/2024-04", NULL, NULL},
    {P24, "2024年5月,全市实现营业收入50亿元。", 0, AM, 50e8, "CNY", EQ, ACT, "2024-05", NULL, NULL},
    {P24, "截至6月底,全市共有高新技术企业1856家。", 0, CO, 1856, "家", EQ, ACT, "2024-06", NULL, "高新技术企业"},
    {P24, "截至2023年底,全市共有国家级专精特新企业56家。", 0, CO, 56, "家", EQ, ACT, "2023-12", NULL, "专精特新企业"},
    {P24, "截至5月底,全市累计新增停车泊位1113个。", 0, CO, 1113, "个", EQ, ACT, "2024-01/2024-05", NULL, NULL},
    {P24, "过去五年,全市累计完成投资1.2万亿元。", 0, AM, 1.2e12, "CNY", EQ, ACT, "2019-07/2024-07", NULL, "完成投资"},
    {P24, "近5年,全市累计完成投资1.2万亿元。", 0, AM, 1.2e12, "CNY", EQ, ACT, "2019-07/2024-07", NULL, "完成投资"},
    {P24, "今年以来,全市新增市场主体3.2万户。", 0, CO, 32000, "户", EQ, ACT, "2024-01/2024-07", NULL, NULL},
    {P24, "2021年以来,全市新增市场主体3.2万户。", 0, CO, 32000, "户", EQ, ACT, "2021-01/2024-07", NULL, NULL},
    {P24, "“十四五”以来,全市新增市场主体3.2万户。", 0, CO, 32000, "户", EQ, ACT, "2021-01/2024-07", NULL, NULL},
    {P24, "目前,全市拥有省级以上研发机构300家。", 0, CO, 300, "家", EQ, ACT, "2024-07", NULL, "研发机构"},
    {P24, "5月28日,全市签约项目12个。", 0, CO, 12, "个", EQ, ACT, "2024-05", NULL, NULL},
    {"2021-01-27 11:32:00\n", "12月28日,全市签约项目12个。", 0, CO, 12, "个", EQ, ACT, "2020-12", NULL, NULL},
    {P22, "2017年6月6日,镇江高新区实体化运作。自镇江高新区实体化运作以来,共开展各类城市建设项目35个。", 0, CO, 35, "个", EQ, ACT, "2017-06/2022-06", NULL, "城市建设项目"},
    {P23, "推动21个项目春季集中开复工。", 0, CO, 21, "个", EQ, TGT, "2023", NULL, "项目"}, /* this year, after the figure; not over */
    /* ---- ranges: a lower (ge) and an upper (le) record */
    {P24, "今年力争新增上市企业3至5家。", 0, CO, 3, "家", GE, TGT, "2024", NULL, "上市企业"},
    {P24, "今年力争新增上市企业3至5家。", 1, CO, 5, "家", LE, TGT, "2024", NULL, "上市企业"},
    {P24PLAN, "全年新增就业3至5万人。", 0, CO, 30000, "人", GE, TGT, "2024", NULL, "新增就业"}, /* 3 takes 万 from 5万 */
    {P24, "上半年地区生产总值同比增长3%-5%。", 1, GR, 5, "%", LE, ACT, "2024-H1", "yoy", "地区生产总值"},
    {P24, "上半年实现销售收入300余万元。", 0, AM, 300e4, "CNY", AP, ACT, "2024-H1", NULL, "销售收入"},
    {P24, "上半年,全市规上工业企业实现营业收入1.2万亿元、利润总额850亿元,分别增长5%和8%。", 3, GR, 8, "%", EQ, ACT, "2024-H1", NULL, "利润总额"},
    {P24, "上半年,全市地区生产总值比2019年增长20%。", 0, GR, 20, "%", EQ, ACT, "2024-H1", NULL, "地区生产总值"}, /* 比2019年 is a base, not the period */
    /* ---- ranks in words */
    {P24, "上半年GDP增速位居全省第一。", 0, RK, 1, "rank", EQ, ACT, "2024-H1", NULL, "GDP增速"},
    {P24, "战略性新兴产业产值占比全市第一。", 0, RK, 1, "rank", EQ, ACT, "2024-07", NULL, "产值占比"},
    {P24, "上半年,常州市规上工业增加值同比增长8.1%,增速居全省首位。", 1, RK, 1, "rank", EQ, ACT, "2024-H1", NULL, "增速"},
    {P24, "重点抓好3个方面工作,2024届毕业生3.2万人。", 0, CO, 32000, "人", EQ, ACT, "2024-07", NULL, "毕业生"}, /* not 3个方面, not 2024届 */
    /* ---- a yearly report dates 全年 to its year; headings set year and mood */
    {"2023年某某市国民经济和社会发展统计公报\n2024-03-20 来源:统计局\n", "全年全市地区生产总值5280.3亿元,比上年增长6.2%。", 1, GR, 6.2, "%", EQ, ACT, "2023", "yoy", "地区生产总值"},
    {"2023年某某市国民经济和社会发展统计公报\n2024-03-20 来源:统计局\n", "年末全市常住人口为320.5万人。", 0, CO, 320.5e4, "人", EQ, ACT, "2023", NULL, "常住人口"},
    {"政府工作报告\n2024年1月18日\n二、2024年主要目标\n", "全年完成10个老旧小区改造。", 0, CO, 10, "个", EQ, TGT, "2024", NULL, "老旧小区改造"},
    {"政府工作报告\n2024年1月18日\n一、2023年工作回顾\n", "新开工亿元以上产业项目120个。", 0, CO, 120, "个", EQ, ACT, "2023", NULL, "亿元以上产业项目"},
    {"政府工作报告\n2024年1月18日\n", "过去的一年,全市地区生产总值突破2300亿元。", 0, AM, 2300e8, "CNY", GT, ACT, "2023", NULL, "地区生产总值"},
    /* a statistical period goes on to the next paragraph; a date does not */
    {"2023-10-28 来源:日报\n前三季度,全市地区生产总值7350.6亿元。\n", "分产业看,第一产业增加值131.2亿元。", 1, AM, 131.2e8, "CNY", EQ, ACT, "2023-01/2023-09", NULL, "第一产业增加值"},
    {"2023-10-28 来源:日报\n5月28日,全市举办对接会,签约项目12个。\n", "集聚涉航企业110余家。", 1, CO, 110, "家", AP, ACT, "2023-10", NULL, "涉航企业"},
    {"2024-01-11\n", "二〇二三年,全市新增项目100个。", 0, CO, 100, "个", EQ, ACT, "2023", NULL, "新增项目"},
    {"2024-01-11\n", "上月,全市新增项目100个。", 0, CO, 100, "个", EQ, ACT, "2023-12", NULL, "新增项目"},
    {P24, "今年前5个月,全市新增项目100个。", 0, CO, 100, "个", EQ, ACT, "2024-01/2024-05", NULL, "新增项目"},
    {P24, "1—5月份,全市新增项目100个。", 0, CO, 100, "个", EQ, ACT, "2024-01/2024-05", NULL, "新增项目"},
    {P24, "近两年,全市新增项目100个。", 0, CO, 100, "个", EQ, ACT, "2022-07/2024-07", NULL, "新增项目"},
    {P24, "“十三五”期间,全市新增项目100个。", 0, CO, 100, "个", EQ, ACT, "2016/2020", NULL, "新增项目"},
    /* a notice dated at its end */
    {"关于全市经济运行情况的通报\n", "上半年,全市地区生产总值增长5%。\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n某某市人民政府\n2024年7月11日", 0, GR, 5, "%", EQ, ACT, "2024-H1", NULL, "地区生产总值"},
    /* ---- traditional script */
    {P24, "1-5月,鎮江市17個省重大項目完成投資31.9億元。", 0, CO, 17, "个", EQ, ACT, "2024-01/2024-05", NULL, "省重大项目"},
    {P24, "1-5月,鎮江市17個省重大項目完成投資31.9億元。", 1, AM, 31.9e8, "CNY", EQ, ACT, "2024-01/2024-05", NULL, "省重大项目完成投资"},
    {P24, "上半年全市新簽約億元以上產業項目數221個。", 0, CO, 221, "个", EQ, ACT, "2024-H1", NULL, "新签约亿元以上产业项目"},
    {P24, "1-5月全市累計新增停車泊位1113個,年度任務完成率為55.7%。", 1, SH, 55.7, "%", EQ, ACT, "2024-01/2024-05", NULL, "完成率"},
    {P24, "預計今年出貨量超3.5GWh。", 0, QU, 3.5, "GWh", GT, EST, "2024", NULL, "出货量"},
    {P24, "上半年規模以上工業增加值同比增長8.5%。", 0, GR, 8.5, "%", EQ, ACT, "2024-H1", "yoy", "规模以上工业增加值"},
    {P24, "集聚涉航企業110餘家。", 0, CO, 110, "家", AP, ACT, "2024-07", NULL, "涉航企业"},
    /* ---- full-width digits, %, . and spaces */
    {P24, "上半年地区生产总值同比增长５．２％。", 0, GR, 5.2, "%", EQ, ACT, "2024-H1", "yoy", "地区生产总值"},
    {P24, "上半年完成投资３１．９亿元。", 0, AM, 31.9e8, "CNY", EQ, ACT, "2024-H1", NULL, "完成投资"},
    {P24, "上半年新增就业１２００人。", 0, CO, 1200, "人", EQ, ACT, "2024-H1", NULL, "新增就业"},
    {P24, "上半年新增绿地　８０　万平方米。", 0, QU, 80e4, "m2", EQ, ACT, "2024-H1", NULL, "新增绿地"},
    {"２０２４－０７－１１ １３:２７\n", "上半年新增就业１２００人。", 0, CO, 1200, "人", EQ, ACT, "2024-H1", NULL, NULL},
    {P24, "上半年實現營業收入１．２億元，同比增長３％。", 1, GR, 3, "%", EQ, ACT, "2024-H1", "yoy", "营业收入"},
    /* ---- unseen-text shapes: a month itself, a bare 经开区 as subject, Taiwan/HK usage */
    {P24, "5月当月,规上工业产值58.2亿元。", 0, AM, 58.2e8, "CNY", EQ, ACT, "2024-05", NULL, "规上工业产值"},
    {P24, "1-6月,经开区完成地区生产总值482.6亿元。", 0, AM, 482.6e8, "CNY", EQ, ACT, "2024-01/2024-06", NULL, "地区生产总值"},
    {P24, "上半年出口货值按年下跌7.8%。", 0, GR, -7.8, "%", EQ, ACT, "2024-H1", "yoy", "出口货值"},
    {P24, "上半年營業額達新臺幣1.12兆元。", 0, AM, 1.12e12, "TWD", EQ, ACT, "2024-H1", NULL, "营业额"},
    {P24, "上半年從業員工人數為5.1萬人,年增3.8%。", 1, GR, 3.8, "%", EQ, ACT, "2024-H1", "yoy", "从业员工人数"},
    {P24, "上半年全市完成年度计划的52.3%。", 0, SH, 52.3, "%", EQ, ACT, "2024-H1", NULL, "年度计划完成率"},
    {P24, "1至5月,税收收入完成年初预算的46.5%。", 0, SH, 46.5, "%", EQ, ACT, "2024-01/2024-05", NULL, "年初预算完成率"},
    {P24, "上半年外銷訂單金額年增率為12.4%。", 0, GR, 12.4, "%", EQ, ACT, "2024-H1", "yoy", "外销订单金额"},
    {P24, "今年第一季本地生產總值按年上升19.1%。", 0, GR, 19.1, "%", EQ, ACT, "2024-Q1", "yoy", "本地生产总值"},
    {P24, "上半年出口按年增加9.3%,进口增加3.1%。", 1, GR, 3.1, "%", EQ, ACT, "2024-H1", "yoy", "进口"},
    {P24, "上半年出口比上年增长9.3%,比2019年增长20%。", 1, GR, 20, "%", EQ, ACT, "2024-H1", NULL, "出口"},
    {P24, "上半年電子產品訂單月增5.2%。", 0, GR, 5.2, "%", EQ, ACT, "2024-H1", "mom", "电子产品订单"},
    {P24, "上半年失業率降至3.4%。", 0, SH, 3.4, "%", EQ, ACT, "2024-H1", NULL, "失业率"},
    {P24J, "到2025年,全市地区生产总值力争突破5000亿元。", 0, AM, 5000e8, "CNY", GT, TGT, "2025", NULL, "地区生产总值"},
    {P24J, "一般公共预算收入从2015年的195.3亿元增加到2020年的237.7亿元。", 1, AM, 237.7e8, "CNY", EQ, ACT, "2020", NULL, "一般公共预算收入"},
};

/* Check one row; prints every mismatch, returns 1 when the row holds. */
static int check_row(size_t i, const row *w)
{
    char doc[2048];
    got g;
    snprintf(doc, sizeof doc, "%s%s\n", w->pub, w->text);
    run_doc(doc, &g);
    if ((size_t)w->idx >= g.n) {
        print_error("row %zu (%s): %zu records, wanted record %d\n", i, w->text, g.n, w->idx);
        free_got(&g);
        return 0;
    }
    const zb_record *r = &g.r[w->idx];
    int ok = 1;
    if (r->kind != w->kind || strcmp(r->unit, w->unit) != 0) {
        print_error("row %zu (%s): kind/unit %s/%s, expected %s/%s\n", i, w->text,
                    zb_kind_name(r->kind), r->unit, zb_kind_name(w->kind), w->unit);
        ok = 0;
    }
    double m = fabs(r->value) > fabs(w->value) ? fabs(r->value) : fabs(w->value);
    if (fabs(r->value - w->value) > 1e-9 * m + 1e-9) {
        print_error("row %zu (%s): value %.17g, expected %.17g\n", i, w->text, r->value, w->value);
        ok = 0;
    }
    if (r->bound != w->bound) {
        print_error("row %zu (%s): bound %s, expected %s\n", i, w->text, zb_bound_name(r->bound),
                    zb_bound_name(w->bound));
        ok = 0;
    }
    if (r->status != w->status) {
        print_error("row %zu (%s): status %s, expected %s\n", i, w->text, zb_status_name(r->status),
                    zb_status_name(w->status));
        ok = 0;
    }
    if ((r->period == NULL) != (w->period == NULL) ||
        (r->period && strcmp(r->period, w->period) != 0)) {
        print_error("row %zu (%s): period %s, expected %s\n", i, w->text,
                    r->period ? r->period : "null", w->period ? w->period : "null");
        ok = 0;
    }
    if ((r->basis == NULL) != (w->basis == NULL) || (r->basis && strcmp(r->basis, w->basis) != 0)) {
        print_error("row %zu (%s): basis %s, expected %s\n", i, w->text,
                    r->basis ? r->basis : "null", w->basis ? w->basis : "null");
        ok = 0;
    }
    if (w->ind && !strstr(r->indicator, w->ind)) {
        print_error("row %zu (%s): indicator '%s' lacks '%s'\n", i, w->text, r->indicator, w->ind);
        ok = 0;
    }
    free_got(&g);
    return ok;
}

static void test_rows(void **state)
{
    size_t bad = 0;
    (void)state;
    for (size_t i = 0; i < sizeof ROWS / sizeof ROWS[0]; i++)
        bad += !check_row(i, &ROWS[i]);
    if (bad) {
        print_error("%zu of %zu rows failed\n", bad, sizeof ROWS / sizeof ROWS[0]);
        fail();
    }
}

/* Texts that hold numbers but no figure. */
static const char *const NONE[] = {
    "2021-01-27 11:32:00\n在“十四五”开局之际,2020年12月28日,镇江市委七届十二次全会召开。\n",
    P24 "围绕“1+4”产业链,探索搭建5G工业物联大数据平台,加快融入G312宁镇产业创新走廊。\n",
    P24 "实施污水处理提质增效精准攻坚“333”行动,全市深入实施“876”创新引领工程。\n",
    P24 "东方航空接收C919的首架机;首台大型数控加工设备(260镗床)顺利完成试加工。\n",
    P24 "打造综合服务超市、技术诊疗所、金融输血站三大服务品牌,抓好四项重点工作。\n",
    P24 "程律师(法律顾问)0432-62223777\n",
    P24 "6月30日上午10时,会议在市行政中心召开,持续1个多月。\n",
    P24 "加快推动形成“一核引领、多点支撑”格局,实施六大振兴行动。\n",
    P24 "第十一批跨国公司功能性机构在第5届大会上授牌。\n",
    P24 "一是加快建设;二是深化改革;三是优化服务。\n",
    P24 "首頁 專題新聞 本地專題 新時代 新作為 新篇章 鎮江新聞\n",
    P24 "这是一个很长的句子,用来说明正文已经开始,并且有足够的长度来被当作正文处理,后面还有更多的文字来凑足长度,让它足够长。\n责任编辑:费菲\n全市新增项目100个,投资50亿元。\n",
    P24 "主站蜘蛛池模板: 久久99热成人精品国产| 亚洲高清美女一区二区三区| 18美女腿打开无遮挡| 国产视频2021| 80电影天堂网理论r片|\n",
    P24 "相关标签 江阴 生态环境 生物 核心技术\n",
    P24 "热点推荐\n· 常州2023年新增就业3.2万人\n· 全市GDP增长5.5%\n",
    P24 "已有3人评论 分享到微信\n",
    P24 "Copyright © 2023 常州网 All Rights Reserved 苏ICP备12345678号\n",
    P24 "入选全国第一批试点,建设全省第一个示范区,位居全省第一方阵。\n",
    P24 "是去年的2倍,给予最高2倍的配套资金支持。\n",
};

static void test_not_figures(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof NONE / sizeof NONE[0]; i++) {
        got g;
        run_doc(NONE[i], &g);
        if (g.n) {
            print_error("row %zu: unexpected record %g %s (%s) from: %s\n", i, g.r[0].value,
                        g.r[0].unit, g.r[0].indicator, NONE[i]);
            free_got(&g);
            fail();
        }
        free_got(&g);
    }
}

/* A run of digits pasted into the text is no figure: 10,000 ones read as
 * inf (the record writer refuses it) and 21 significant digits are more
 * than any statistic has; both are skipped whole, the sentence's other
 * figures stay.  Twenty ones are still a figure: (10^20 - 1) / 9. */
static void test_absurd_figures(void **state)
{
    static const char *const tails[] = {"家,新增项目100个。\n", "家。新增项目100个。\n"};
    (void)state;
    for (size_t big = 0; big < 2; big++) {
        size_t ndig = big ? 10000 : 21, n0 = strlen(P24 "今年全市新增企业");
        char *text = malloc(n0 + ndig + 64);
        got g;
        assert_non_null(text);
        memcpy(text, P24 "今年全市新增企业", n0);
        memset(text + n0, '1', ndig);
        strcpy(text + n0 + ndig, tails[big]);
        run_doc(text, &g);
        assert_int_equal(g.n, 1);
        assert_close(g.r[0].value, 100, 0);
        assert_string_equal(g.r[0].unit, "个");
        free_got(&g);
        free(text);
    }
    {
        got g;
        run_doc(P24 "今年全市新增企业00011111111111111111111家。\n", &g);
        assert_int_equal(g.n, 1);
        assert_close(g.r[0].value, 11111111111111111111.0, 1e-12);
        free_got(&g);
    }
}

/* Offsets point at the number and unit in the decoded source, also when
 * the source is traditional or full-width (normalisation keeps a map). */
static void test_offsets(void **state)
{
    static const struct {
        const char *doc;
        const char *span;
    } cases[] = {
        {P24 "上半年完成投資31.9億元。\n", "31.9億元"},
        {P24 "上半年完成投资３１．９亿元。\n", "３１．９亿元"},
        {P24 "上半年新增绿地 80 万平方米。\n", "80 万平方米"},
        {P24 "上半年涉航企业110余家。\n", "110余家"},
        {P24 "\xEF\xBB\xBF上半年涉航企业110余家。\n", "110余家"},
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        got g;
        const char *doc = cases[i].doc;
        size_t bom = strncmp(doc, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        const char *at = strstr(doc, cases[i].span);
        run_doc(doc, &g);
        assert_true(g.n >= 1);
        assert_true(g.r[0].has_offset);
        assert_int_equal(g.r[0].off_start, (size_t)(at - doc) - bom);
        assert_int_equal(g.r[0].off_end, (size_t)(at - doc) - bom + strlen(cases[i].span));
        assert_string_equal(g.r[0].doc, "t.txt");
        assert_string_equal(g.r[0].published, "2024-07-11");
        free_got(&g);
    }
}

/* Zones: a heading of spaced characters, 全市 in an article on a city,
 * a name inside the sentence, a learned district. */
static void test_zones(void **state)
{
    got g;
    (void)state;
    run_doc(P24 "江苏镇江:项目建设跑出加速度\n"
                "这是一段足够长的正文,用来让提取器认定正文已经开始,这里面没有任何数字,只有很多很多的文字,一直写到足够长为止,再多写几个字。\n"
                "1-5月,全市新签约项目221个。\n"
                "江 阴\n"
                "江阴将坚决贯彻会议精神,全年引进大学生 1.6 万人。\n"
                "梁溪区委书记表示,梁溪将加快建设 400 万平方米高品质园区载体。\n"
                "服务半径覆盖长三角20多个城市。\n",
            &g);
    assert_int_equal(g.n, 4);
    assert_string_equal(g.r[0].zone, "镇江市");
    assert_string_equal(g.r[1].zone, "江阴");
    assert_string_equal(g.r[1].period, "2024");
    assert_int_equal(g.r[1].status, ZB_STATUS_TARGET);
    assert_string_equal(g.r[2].zone, "梁溪区");
    assert_string_equal(g.r[3].zone, "长三角");
    assert_int_equal(g.r[3].bound, ZB_BOUND_APPROX);
    free_got(&g);
}

/* A district named as the subject of its clause is the zone; common nouns
 * ending in 区/市 (示范区, 消费市场, 占全市) are not. */
static void test_clause_zones(void **state)
{
    got g;
    (void)state;
    run_doc(P24 "南京:上半年经济运行稳中向好\n"
                "上半年,江宁区实现地区生产总值1500亿元,昆山市新增上市企业5家。\n"
                "示范区新增企业30家,占全市规上工业比重为12%。\n",
            &g);
    assert_int_equal(g.n, 4);
    assert_string_equal(g.r[0].zone, "江宁区");
    assert_string_equal(g.r[0].indicator, "地区生产总值");
    assert_string_equal(g.r[1].zone, "昆山市");
    assert_string_equal(g.r[2].zone, "南京市"); /* the headline's city, not 示范区 */
    assert_string_equal(g.r[3].zone, "南京市"); /* not 占全市 */
    free_got(&g);
    /* a minus sign after a word is a negative figure */
    run_doc(P24 "上半年出口增长-2.5%。\n", &g);
    assert_int_equal(g.n, 1);
    assert_close(g.r[0].value, -2.5, 1e-12);
    assert_int_equal(g.r[0].kind, ZB_KIND_GROWTH);
    free_got(&g);
}

/* A province named in the headline answers for 全省; a dateline's place
 * is where the story was filed, not the zone; 全国 as the subject; 分别
 * over a list of zones. */
static void test_zone_lists(void **state)
{
    got g;
    (void)state;
    run_doc("江苏:上半年经济运行稳中向好\n2024-07-30 08:00:00 来源:新华日报\n"
            "上半年,全省实现地区生产总值63326.3亿元。常州市规上工业增加值同比增长8.1%。"
            "徐州、南通分别增长7.0%和6.8%。\n",
            &g);
    assert_int_equal(g.n, 4);
    assert_string_equal(g.r[0].zone, "江苏省");
    assert_string_equal(g.r[1].zone, "常州市");
    assert_string_equal(g.r[2].zone, "徐州市");
    assert_string_equal(g.r[3].zone, "南通市");
    assert_string_equal(g.r[3].indicator, "规上工业增加值");
    assert_close(g.r[3].value, 6.8, 1e-12);
    free_got(&g);
    run_doc("新华社北京1月17日电\n2024-01-17\n全年全国粮食总产量69541万吨,比上年增加888万吨。\n", &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.r[0].zone, "全国");
    assert_close(g.r[0].value, 69541e4, 1e-12);
    assert_string_equal(g.r[0].unit, "t");
    free_got(&g);
}

/* Print every record of g (for a failing check). */
static void dump(const got *g)
{
    for (size_t i = 0; i < g->n; i++)
        print_error("  [%zu] %s | %s | %g %s | %s | %s\n", i, g->r[i].zone ? g->r[i].zone : "null",
                    g->r[i].indicator, g->r[i].value, g->r[i].unit,
                    g->r[i].period ? g->r[i].period : "null", zb_status_name(g->r[i].status));
}

/* Zone names that no table lists: a headline's <name><suffix>, the same
 * name or its anaphora (园区, 全区) later; traditional script; common
 * nouns ending in 区/市 are no names. */
static void test_generic_zones(void **state)
{
    got g;
    (void)state;
    run_doc("滨江高新区前三季度经济运行良好\n2024年10月25日\n\n"
            "前三季度,滨江高新区实现营业收入2100亿元。园区新增企业800家,全区实际使用外资3.2亿美元。\n",
            &g);
    if (g.n != 3)
        dump(&g);
    assert_int_equal(g.n, 3);
    for (size_t i = 0; i < 3; i++) {
        assert_string_equal(g.r[i].zone, "滨江高新区");
        assert_string_equal(g.r[i].period, "2024-01/2024-09");
    }
    assert_string_equal(g.r[0].indicator, "营业收入");
    free_got(&g);
    /* a county in the headline; 城区/景区 inside the text name no zone */
    run_doc("丰宁县一季度主要经济指标\n2024年4月18日\n\n"
            "一季度,城区常住人口达到35万人,景区接待游客120万人次。\n",
            &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.r[0].zone, "丰宁县");
    assert_string_equal(g.r[1].zone, "丰宁县");
    assert_string_equal(g.r[1].unit, "人次");
    free_got(&g);
    /* traditional script: 科學園區, 新臺幣...兆元 (a trillion), 較前一年成長 */
    run_doc("新竹科學園區去年營業額創新高\n2024年3月1日\n\n"
            "新竹科學園區去年營業額達新臺幣3.1兆元,較前一年成長5.3%。\n",
            &g);
    if (g.n != 2)
        dump(&g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.r[0].zone, "新竹科学园区");
    assert_string_equal(g.r[0].unit, "TWD");
    assert_close(g.r[0].value, 3.1e12, 1e-12); /* 3.1 x 10^12 */
    assert_string_equal(g.r[0].period, "2023");
    assert_int_equal(g.r[1].kind, ZB_KIND_GROWTH);
    assert_close(g.r[1].value, 5.3, 1e-12);
    assert_string_equal(g.r[1].basis, "yoy");
    assert_string_equal(g.r[1].indicator, "营业额");
    free_got(&g);
}

/* A work report's subtitle names its district (萧山区: 山区 is a common
 * noun only after a modifier); a learned stem takes a zone suffix (萧山 +
 * 经开区); a bare suffix of the text's zone (科学城) points back to it. */
static void test_subtitle_zones(void **state)
{
    got g;
    (void)state;
    run_doc("政府工作报告\n——2024年1月12日在宝山区第八届人民代表大会第四次会议上\n\n"
            "过去一年,全区地区生产总值增长5.2%。宝山经开区实现规上工业产值900亿元。\n",
            &g);
    if (g.n != 2)
        dump(&g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.r[0].zone, "宝山区");
    assert_string_equal(g.r[0].period, "2023");
    assert_string_equal(g.r[1].zone, "宝山经开区");
    assert_string_equal(g.r[1].indicator, "规上工业产值");
    free_got(&g);
    /* October: 今年新增 in a report is a result so far, 全年目标 a target */
    run_doc("光谷科学城前三季度发展情况\n2024年10月30日\n\n"
            "前三季度,科学城实现营业收入3200亿元。今年新增上市企业5家。全年目标:营业收入突破4500亿元。\n",
            &g);
    if (g.n != 3)
        dump(&g);
    assert_int_equal(g.n, 3);
    assert_string_equal(g.r[0].zone, "光谷科学城");
    assert_string_equal(g.r[0].indicator, "营业收入");
    assert_int_equal(g.r[1].status, ZB_STATUS_ACTUAL);
    assert_int_equal(g.r[2].status, ZB_STATUS_TARGET);
    free_got(&g);
}

/* A roundup: each clause names its district; 全市第一 is the field of a
 * rank, not the zone, and the rank names what is ranked; a district with
 * only a growth after it takes the topic. */
static void test_roundup_ranks(void **state)
{
    got g;
    (void)state;
    run_doc("无锡:一季度消费市场回暖\n2024年4月20日\n\n"
            "一季度,宜兴市社会消费品零售总额增长9.3%,增速全市第一;惠山区增长6.8%。\n",
            &g);
    if (g.n != 3)
        dump(&g);
    assert_int_equal(g.n, 3);
    assert_string_equal(g.r[0].zone, "宜兴市");
    assert_int_equal(g.r[1].kind, ZB_KIND_RANK);
    assert_close(g.r[1].value, 1, 1e-12);
    assert_string_equal(g.r[1].zone, "宜兴市");
    assert_string_equal(g.r[1].indicator, "社会消费品零售总额增速全市排名");
    assert_string_equal(g.r[2].zone, "惠山区");
    assert_string_equal(g.r[2].indicator, "社会消费品零售总额");
    free_got(&g);
}

/* A headline's 1-6月 holds for the body under a "发布日期" line, which is
 * no section of its own; 2024年1-6月 is no publication date; a name
 * right after a time word (1-6月某某县) is the text's zone. */
static void test_headline_period(void **state)
{
    got g;
    (void)state;
    run_doc("2024年1-6月丰宁县主要经济指标\n发布日期:2024-07-20\n\n"
            "(一)地区生产总值:完成156.2亿元,增长6.3%。\n",
            &g);
    if (g.n != 2)
        dump(&g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.r[0].published, "2024-07-20");
    assert_string_equal(g.r[0].zone, "丰宁县");
    assert_string_equal(g.r[0].period, "2024-01/2024-06");
    assert_string_equal(g.r[1].period, "2024-01/2024-06");
    free_got(&g);
}

/* A zone named right after another (滨海新区|临港经济区) makes the fuller
 * name, which later mentions of the inner one also take. */
static void test_nested_zone(void **state)
{
    got g;
    (void)state;
    run_doc("浦东新区张江科学城2023年发展报告\n2024年1月18日\n\n"
            "2023年,张江科学城实现营业收入9800亿元。\n",
            &g);
    if (g.n != 1)
        dump(&g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.r[0].zone, "浦东新区张江科学城");
    assert_string_equal(g.r[0].indicator, "营业收入");
    free_got(&g);
    /* the same on the place-table route: a city's zone (上海 + 自贸区)
     * with a zone inside it named right after */
    run_doc("2023-10-25 来源:某报\n\n今年前三季度,上海自贸区临港新片区外贸进出口额达2860亿元。\n", &g);
    if (g.n != 1)
        dump(&g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.r[0].zone, "上海自贸区临港新片区");
    assert_string_equal(g.r[0].indicator, "外贸进出口额");
    free_got(&g);
}

/* Zones of whole documents: each row a text, the zone of each record in
 * order (NULL: any), and one record whose indicator and value it checks. */
typedef struct zone_doc {
    const char *text;
    size_t n;
    const char *zones[12];
    size_t idx;       /* the record checked further */
    const char *ind;  /* its indicator, or NULL */
    double value;
} zone_doc;

static const zone_doc ZONE_DOCS[] = {
    /* ---- q7: 全省 in a provincial text is the province the text names
     * (a headline "福建10月份...", an office 湖南省统计局), not a city
     * named earlier; a bare city name under the province's heading is the
     * city (厦门港 -> 厦门市); both scripts */
    {"福建10月份能源交通运行平稳 厦门港集装箱单月吞吐量创新高\n2024-11-20 来源:东南网\n"
     "记者从福建省能源局获悉,10月份,全省能源供应总体平稳。\n全社会用电量236.8亿千瓦时,同比增长6.5%。\n"
     "全省规模以上工业发电量210亿千瓦时。厦门港集装箱吞吐量115万标箱。\n",
     4, {"福建省", "福建省", "福建省", "厦门市"}, 0, "全社会用电量", 236.8e8},
    {"福建10月份能源交通運行平穩 廈門港集裝箱單月吞吐量創新高\n2024-11-20 來源:東南網\n"
     "記者從福建省能源局獲悉,10月份,全省能源供應總體平穩。\n全社會用電量236.8億千瓦時,同比增長6.5%。\n"
     "全省規模以上工業發電量210億千瓦時。廈門港集裝箱吞吐量115萬標箱。\n",
     4, {"福建省", "福建省", "福建省", "厦门市"}, 3, NULL, 115e4},
    {"长沙市前三季度经济运行情况\n2024-10-25 来源:红网\n前三季度,长沙市地区生产总值增长4.8%。"
     "湖南省统计局数据显示,全省社会消费品零售总额15000亿元,增长5.1%。\n",
     3, {"长沙市", "湖南省", "湖南省"}, 1, "社会消费品零售总额", 15000e8},
    {"長沙市前三季度經濟運行情況\n2024-10-25 來源:紅網\n前三季度,長沙市地區生產總值增長4.8%。"
     "湖南省統計局數據顯示,全省社會消費品零售總額15000億元,增長5.1%。\n",
     3, {"长沙市", "湖南省", "湖南省"}, 2, NULL, 5.1},
    {"湖南前三季度经济稳中有进\n2024-10-25 来源:湖南日报\n前三季度,长沙市地区生产总值增长4.8%。"
     "全省社会消费品零售总额15000亿元,增长5.1%。\n",
     3, {"长沙市", "湖南省", "湖南省"}, 1, NULL, 15000e8},
    /* ---- end q7 */
    /* 1. A place inside a publication's or a body's name (香港商報,
     * 香港文匯報, 香港贸发局) is no zone; an office of an area named after
     * the place (廣州南沙區統計局) names that area, and its short form
     * (南沙) stands for it; traditional script. */
    {"南沙首季GDP增長5.2%\n2024-04-26 香港商報\n"
     "【香港商報網訊】記者李明報道：廣州南沙區統計局日前公布，首季南沙實現地區生產總值588.6億元，"
     "同比增長5.2%。南沙規模以上工業增加值同比增長8.1%，南沙固定資產投資增長12.3%。\n",
     5, {"广州南沙区", "广州南沙区", "广州南沙区", "广州南沙区", "广州南沙区"}, 1, NULL, 588.6e8},
    {"前海首季經濟穩步增長\n2024-04-26 來源:香港文匯報\n"
     "據香港文匯報報道,深圳前海合作區一季度實現地區生產總值620.5億元,同比增長7.1%。"
     "香港貿發局數據顯示,前海港資企業新增120家。\n",
     3, {"深圳前海合作区", "深圳前海合作区", "深圳前海合作区"}, 2, NULL, 120},
    /* where the story was filed (广州报道) is no zone; 南沙 of 广州市南沙区 */
    {"南沙经济\n2024-04-26 来源:某报\n"
     "记者李明广州报道:广州市南沙区一季度实现地区生产总值588.6亿元。南沙规上工业增加值增长8.1%。\n",
     2, {"南沙区", "南沙区"}, 1, "规上工业增加值", 8.1},
    /* 南沙 of 广州南沙新区 (the stem before 新区) */
    {"首季經濟\n2024-04-26 香港商報\n"
     "【香港商報網訊】據廣州南沙新區管委會消息,首季南沙實現地區生產總值588.6億元。南沙固定資產投資增長12.3%。\n",
     2, {"广州南沙新区", "广州南沙新区"}, 1, "固定资产投资", 12.3},
    /* a city's own office is the source, not the subject: 安徽省统计局 */
    {"2024-04-26 来源:某报\n合肥高新区一季度经济运行良好\n"
     "据安徽省统计局数据,合肥高新区一季度规上工业增加值增长9.1%。\n",
     1, {"合肥高新区"}, 0, NULL, 9.1},
    /* 2. A region (长三角, 珠三角, 粤港澳大湾区, 京津冀) is the zone only as
     * the subject of its figure, not where investors come from or a
     * campaign went. */
    {"合肥经开区一季度招商引资成绩亮眼\n2024-04-10\n"
     "今年一季度,合肥经开区新签约项目58个,总投资320亿元。签约项目中来自长三角地区的项目占比超过六成。"
     "经开区组织招商小分队赴珠三角、长三角开展招商活动20余次,共签约项目36个,协议投资额达到150亿元。"
     "长三角地区生产总值增长5.5%。\n",
     7, {"合肥经开区", "合肥经开区", "合肥经开区", "合肥经开区", "合肥经开区", "合肥经开区", "长三角"}, 6,
     "地区生产总值", 5.5},
    {"苏州工业园区招商成果\n2024-05-10\n"
     "今年以来,苏州工业园区与粤港澳大湾区城市合作项目12个,面向京津冀地区销售额达5亿元。"
     "园区赴长三角、珠三角等地招商签约项目45个。粤港澳大湾区经济总量突破14万亿元。\n",
     4, {"苏州工业园区", "苏州工业园区", "苏州工业园区", "粤港澳大湾区"}, 3, NULL, 14e12},
    /* 3. Districts compared: a district opening a paragraph (or a
     * sentence) as its subject is the zone of the paragraph's figures
     * after it; 分别 over a list of districts gives each value the
     * district in its place, for a second 分别 too. */
    {"淮安两区一季度经济运行情况\n2024-04-20\n"
     "淮阴区一季度实现地区生产总值152.3亿元,同比增长6.1%。规上工业增加值增长8.2%。\n"
     "洪泽区一季度地区生产总值达到98.6亿元,同比增长5.4%。规上工业增加值增长7.9%。\n"
     "2023年,淮阴区、洪泽区地区生产总值分别达到612.4亿元、498.7亿元,分别增长6.2%、5.8%。\n",
     10, {"淮阴区", "淮阴区", "淮阴区", "洪泽区", "洪泽区", "洪泽区", "淮阴区", "洪泽区", "淮阴区", "洪泽区"}, 7,
     NULL, 498.7e8},
    {"淮安各区一季度经济数据\n2024-04-20\n"
     "淮阴区:一季度地区生产总值152.3亿元。规上工业增加值增长8.2%。\n"
     "洪泽区方面,一季度规上工业增加值增长7.9%。\n"
     "淮阴区、洪泽区、淮安区一般公共预算收入分别增长6.2%、5.8%、6.0%。\n"
     "江宁区和浦口区分别新增企业320家和210家。\n",
     8, {"淮阴区", "淮阴区", "洪泽区", "淮阴区", "洪泽区", "淮安区", "江宁区", "浦口区"}, 7, NULL, 210},
    /* a sentence with no figure names the paragraph's district; a list
     * does not, nor a name alone as a sentence ("突出项目立区。") */
    {"淮安两区经济\n2024-04-20\n"
     "淮阴区经济运行稳中向好。一季度地区生产总值152.3亿元,同比增长6.1%。\n"
     "洪泽区:经济稳中有进。一季度地区生产总值98.6亿元。\n"
     "淮阴区、洪泽区经济运行良好。一季度地区生产总值增长6%。\n",
     4, {"淮阴区", "淮阴区", "洪泽区", "淮安市"}, 2, "地区生产总值", 98.6e8},
    /* a district named as a subject teaches its short form (淮阴, 洪泽) */
    {"淮安两区\n2024-04-20\n淮阴区一季度实现地区生产总值152.3亿元。\n"
     "洪泽区一季度地区生产总值98.6亿元。淮阴规上工业增加值增长8.2%,洪泽增长7.9%。\n",
     4, {"淮阴区", "洪泽区", "淮阴区", "洪泽区"}, 3, "规上工业增加值", 7.9},
    {"惠山\n2014-11-10\n\n惠 山\n\n  突出项目立区。年内力争完成招商引资到位资金59亿元。\n", 1, {"惠山"}, 0, NULL,
     59e8},
};

static void test_zone_docs(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof ZONE_DOCS / sizeof ZONE_DOCS[0]; k++) {
        const zone_doc *z = &ZONE_DOCS[k];
        got g;
        run_doc(z->text, &g);
        int bad = g.n != z->n;
        for (size_t i = 0; !bad && i < z->n; i++)
            bad = z->zones[i] && (!g.r[i].zone || strcmp(g.r[i].zone, z->zones[i]) != 0);
        bad = bad || (z->ind && strcmp(g.r[z->idx].indicator, z->ind) != 0);
        if (bad || fabs(g.r[z->idx].value - z->value) > 1e-9 * fabs(z->value)) {
            print_error("zone doc %zu:\n", k);
            dump(&g);
            fail();
        }
        free_got(&g);
    }
}

/* A statistical period opening a paragraph holds for the paragraph and
 * the next ones; 截至 with a stock verb is a point, with a flow the year
 * to date; the share of a plan done is a result, not a target. */
static void test_period_carry(void **state)
{
    got g;
    (void)state;
    run_doc(P24 "1-6月,全市工业投资增长8.1%。技改投资完成65亿元。\n"
                "外贸进出口总额完成820亿元。\n"
                "截至6月底,全市累计拥有高新技术企业1850家,新增科技型中小企业420家。\n"
                "一般公共预算收入完成48.6亿元,完成年度计划的52.3%。\n",
            &g);
    if (g.n != 7)
        dump(&g);
    assert_int_equal(g.n, 7);
    assert_string_equal(g.r[1].period, "2024-01/2024-06");
    assert_string_equal(g.r[2].period, "2024-01/2024-06"); /* next paragraph */
    assert_string_equal(g.r[3].period, "2024-06");         /* a stock at 6月底 */
    assert_string_equal(g.r[3].indicator, "高新技术企业");
    assert_string_equal(g.r[4].period, "2024-01/2024-06"); /* a flow up to it */
    assert_int_equal(g.r[6].kind, ZB_KIND_SHARE);
    assert_int_equal(g.r[6].status, ZB_STATUS_ACTUAL);
    assert_string_equal(g.r[6].indicator, "一般公共预算收入年度计划完成率");
    free_got(&g);
    /* 年增 and 较上年同期减少 are year-on-year growth; a base year is no period */
    run_doc(P24J "去年园区从业人员为3.2万人,年增4.1%;出口总额较上年同期减少2.5%。"
                 "高新技术企业总数较2019年翻一番。\n",
            &g);
    if (g.n != 4)
        dump(&g);
    assert_int_equal(g.n, 4);
    assert_string_equal(g.r[0].indicator, "从业人员");
    assert_string_equal(g.r[1].basis, "yoy");
    assert_string_equal(g.r[1].indicator, "从业人员");
    assert_close(g.r[2].value, -2.5, 1e-12);
    assert_string_equal(g.r[2].basis, "yoy");
    assert_string_equal(g.r[2].indicator, "出口总额");
    assert_close(g.r[3].value, 100, 1e-12);
    assert_string_equal(g.r[3].period, "2023");
    free_got(&g);
}

/* The callback's non-zero return stops extraction and is returned. */
static int stop_after_one(void *user, const zb_record *r)
{
    (void)r;
    (*(int *)user)++;
    return 7;
}

static void test_callback_stop(void **state)
{
    const char *doc = P24 "上半年新增项目100个,投资50亿元,增长5%。\n";
    zb_extract_opts o = {"-", NULL, NULL, NULL};
    int calls = 0;
    zb_error err;
    (void)state;
    assert_int_equal(zb_extract_buffer(X, doc, strlen(doc), &o, stop_after_one, &calls, &err), 7);
    assert_int_equal(calls, 1);
    /* an unknown encoding name is an error, not a crash */
    o.encoding = "NO-SUCH-ENCODING";
    assert_int_equal(zb_extract_buffer(X, doc, strlen(doc), &o, stop_after_one, &calls, &err),
                     ZB_EENCODING);
}

/* A headline figure restated in the body (same value, kind, unit) is one
 * record, the body's; one the body does not restate stays, in its place;
 * a body figure of another value drops nothing. */
static void test_headline_restated(void **state)
{
    got g;
    (void)state;
    run_doc("南山区上半年固定资产投资达560亿元 增长8.5%\n2024年7月20日\n\n"
            "上半年,南山区固定资产投资达560亿元,同比增长6.1%。\n",
            &g);
    if (g.n != 3)
        dump(&g);
    assert_int_equal(g.n, 3);
    assert_close(g.r[0].value, 8.5, 1e-12); /* the headline's, not restated */
    /* the body's copy: its offset lies past the headline and date lines */
    assert_true(g.r[1].off_start > strlen("南山区上半年固定资产投资达560亿元 增长8.5%\n2024年7月20日\n"));
    assert_close(g.r[1].value, 56e9, 1e-12);
    assert_close(g.r[2].value, 6.1, 1e-12);
    free_got(&g);
    /* a callback stopping on a held record still stops */
    const char *doc = "南山区固定资产投资达560亿元\n2024年7月20日\n\n南山区固定资产投资达560亿元,增长6%。\n";
    zb_extract_opts o = {"-", NULL, NULL, NULL};
    int calls = 0;
    zb_error err;
    assert_int_equal(zb_extract_buffer(X, doc, strlen(doc), &o, stop_after_one, &calls, &err), 7);
    assert_int_equal(calls, 1);
}

/* A count stated as a stock (累计达到, 累计拥有, 总量突破) inside a month
 * interval is the stock at its last month; the flow beside it keeps the
 * interval. A news report full of 加快推进 but with no word of intention
 * (将, 要, 力争) states results. */
static void test_stock_and_mood(void **state)
{
    got g;
    (void)state;
    run_doc("2023-10-20 来源:某某网\n\n1-9月,全区新增高新技术企业9家,累计拥有高新技术企业86家。\n", &g);
    if (g.n != 2)
        dump(&g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.r[0].period, "2023-01/2023-09"); /* the flow */
    assert_string_equal(g.r[1].period, "2023-09");         /* the stock at 9月 */
    free_got(&g);
    /* the total after 新增...: of the whole kind, at 9月 */
    run_doc("2023-10-20 来源:某某网\n\n1-9月,全区新增规模以上工业企业12家,累计达到268家。\n", &g);
    if (g.n != 2)
        dump(&g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.r[0].indicator, "新增规模以上工业企业");
    assert_string_equal(g.r[1].indicator, "规模以上工业企业");
    assert_string_equal(g.r[1].period, "2023-09");
    free_got(&g);
    run_doc("2023年8月12日 来源:某某报\n\n某县加快推进农田建设,大力推进环境整治,加快推进产业发展,持续推进改革。\n"
            "全县建成高标准农田1.6万公顷,新修农村道路58公里。\n",
            &g);
    if (g.n != 2)
        dump(&g);
    assert_int_equal(g.n, 2);
    assert_int_equal(g.r[0].status, ZB_STATUS_ACTUAL);
    assert_int_equal(g.r[1].status, ZB_STATUS_ACTUAL);
    free_got(&g);
    /* 今年 named by the sentence before, in the paragraph: a result verb
     * (建成, 新修) in a text of June reports what is done (by hand: period
     * 2022 inherited, status actual) */
    run_doc("2022年6月30日 来源:某某报\n\n今年全县小麦种植面积达52万亩。全县建成高标准农田3.2万公顷。\n", &g);
    if (g.n != 2)
        dump(&g);
    assert_int_equal(g.n, 2);
    assert_int_equal(g.r[1].status, ZB_STATUS_ACTUAL);
    assert_string_equal(g.r[1].period, "2022");
    free_got(&g);
    /* the same text with 将 is a plan */
    run_doc("2023年8月12日 来源:某某报\n\n某县将加快推进农田建设,大力推进环境整治,加快推进产业发展,持续推进改革。\n"
            "全县建成高标准农田1.6万公顷,新修农村道路58公里。\n",
            &g);
    assert_int_equal(g.n, 2);
    assert_int_equal(g.r[0].status, ZB_STATUS_TARGET);
    free_got(&g);
}

/* Brackets holding a list of kinds of administrative unit or an
 * abbreviation do not break the phrase: the rank is found and its
 * indicator reads as without them; other brackets still cut. */
static void test_bracket_asides(void **state)
{
    got g;
    (void)state;
    run_doc("2023-10-25 来源:某报\n\n奉贤区社会消费品零售总额增速居全省各县（市、区）第二。\n", &g);
    if (g.n != 1)
        dump(&g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.r[0].kind, ZB_KIND_RANK);
    assert_close(g.r[0].value, 2, 1e-12);
    assert_string_equal(g.r[0].indicator, "社会消费品零售总额增速全省各县排名");
    /* text and offsets stay the source's */
    assert_true(strstr(g.r[0].text, "（市、区）") != NULL);
    free_got(&g);
    run_doc("2023-10-25 来源:某报\n\n全区地区生产总值(GDP)增长5.1%。\n", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.r[0].indicator, "地区生产总值");
    free_got(&g);
    /* a rank after a figure of its sentence takes that figure's period,
     * here the paragraph's 1-9月 carried on (not the publication month) */
    run_doc("2023-10-25 来源:某报\n\n1-9月,全区实现营业收入80亿元。\n"
            "其中,规模以上工业总产值增长18.6%,增速居全市各区（县）第一。\n",
            &g);
    if (g.n != 3)
        dump(&g);
    assert_int_equal(g.n, 3);
    assert_string_equal(g.r[1].period, "2023-01/2023-09");
    assert_int_equal(g.r[2].kind, ZB_KIND_RANK);
    assert_string_equal(g.r[2].period, "2023-01/2023-09");
    free_got(&g);
    /* a bracket with other words is no aside: 居全市(含开发区) is not read through */
    run_doc("2023-10-25 来源:某报\n\n奉贤区零售总额增速居全市各区(含开发区)第二。\n", &g);
    assert_int_equal(g.n, 0);
    free_got(&g);
}

/* Periods and status set by context: a work report's review of the past
 * year (一、过去一年工作回顾, 过去一年,..., 全年 there is that year) and
 * its plan section after it; the first quarter in words (首季, 今年首季,
 * 第一季度, 前一季度) carried from the headline or an earlier paragraph;
 * a date inside a clause ending in 以来 (自2022年6月印发《...》以来); 一季度
 * at the head of a sentence governing its later clauses, past a 全年 that
 * names the plan a share is taken of (完成全年投资计划的27.6%). Each case
 * is a document and the records it must give, found by value and a part
 * of the indicator. */
/* A record wanted: the first one with this value (and, when given, an
 * indicator holding ind) must have this status and period. */
typedef struct want {
    double value;
    const char *ind;
    zb_status status;
    const char *period; /* NULL: null */
} want;

typedef struct kase {
    const char *text;
    want w[6];
} kase;

static const kase CASES[] = {
    /* a review of the past year in a report of February: 全年 is 2024,
     * verbs of result there are results; the plan section after it is
     * 2025 */
    {"2025年政府工作报告\n2025-02-10 来源:某某网\n一、过去一年工作回顾\n"
     "过去一年,全区经济运行稳中有进。地区生产总值增长6.1%。全年新开工项目56个,完成投资120亿元,"
     "高新技术企业总数达到315家。\n全年实际使用外资3.2亿美元,同比增长12%。\n"
     "二、2025年主要预期目标\n地区生产总值增长6%左右,全年新开工项目60个。\n",
     {{6.1, "地区生产总值", ACT, "2024"},
      {56, "新开工项目", ACT, "2024"},
      {120e8, "投资", ACT, "2024"}, /* 120亿元 */
      {315, "高新技术企业", ACT, "2024"},
      {3.2e8, "外资", ACT, "2024"}, /* 3.2亿美元 */
      {60, "新开工项目", TGT, "2025"}}},
    /* traditional, and a plan section naming its year in words */
    {"政府工作報告\n2025-02-12 來源:某某網\n一、過去一年工作回顧\n"
     "過去一年,全區經濟持續回升向好。全年新開工項目56個,完成投資120億元。\n"
     "二、今年工作安排\n力爭全年新開工項目60個。\n",
     {{56, "新开工项目", ACT, "2024"}, {120e8, "投资", ACT, "2024"}, {60, "新开工项目", TGT, "2025"}}},
    /* a monthly release: 上年 in a heading as the base of comparison
     * (与上年同月比, 比上年同期) names no year for the section */
    {"2025年1-10月某市主要经济指标\n发布时间:2025-11-21 来源:某市统计局\n"
     "一、1-10月主要指标\n地区生产总值增长5.6%。\n"
     "二、10月份当月主要指标(与上年同月比)\n规模以上工业增加值增长7.1%。\n"
     "1-10月新入库规上工业企业136家。\n",
     {{5.6, "地区生产总值", ACT, "2025-01/2025-10"}, {136, "新入库规上工业企业", ACT, "2025-01/2025-10"}}},
    /* a year in the heading; the next numbered heading ends its section */
    {"政府工作报告\n2025-01-20 来源:某某网\n一、2024年工作回顾\n"
     "全年完成固定资产投资85亿元,增长8.2%。\n二、今年工作安排\n力争全年完成固定资产投资90亿元。\n",
     {{85e8, "固定资产投资", ACT, "2024"}, {90e8, "固定资产投资", TGT, "2025"}}},
    /* 去年工作回顾: no number, no digit */
    {"政府工作报告\n2025-01-22 来源:某某网\n去年工作回顾\n"
     "全年完成固定资产投资120亿元,高新技术企业总数达到315家。\n",
     {{120e8, "固定资产投资", ACT, "2024"}, {315, "高新技术企业", ACT, "2024"}}},
    {"今年首季經濟開局良好\n2025-04-20 來源:某某網\n今年首季,全市實現地區生產總值1200億元,增長5.6%。\n"
     "固定資產投資同比增長4.2%。\n",
     {{1200e8, "地区生产总值", ACT, "2025-Q1"}, {5.6, NULL, ACT, "2025-Q1"}, {4.2, "固定资产投资", ACT, "2025-Q1"}}},
    {"全市前一季度经济运行情况\n2025-04-22 来源:某某网\n前一季度,全市规模以上工业增加值同比增长6.3%。\n"
     "社会消费品零售总额同比增长4.1%。\n",
     {{6.3, "规模以上工业增加值", ACT, "2025-Q1"}, {4.1, "社会消费品零售总额", ACT, "2025-Q1"}}},
    /* 首季 in the headline and the body; a later paragraph with no time
     * word of its own (按年增长, 同比增长) keeps the quarter, past a
     * byline and subheadings that name no time of their own */
    {"南沙首季GDP增长5.2%\n2025-04-25 来源:某某网\n记者 张三 通讯员 李四\n"
     "首季南沙实现地区生产总值620亿元,同比增长5.2%。\n规模以上工业增加值按年增长7.1%。\n"
     "消费市场持续回暖\n社会消费品零售总额85亿元,同比增长3.4%。\n",
     {{620e8, "地区生产总值", ACT, "2025-Q1"},
      {7.1, "规模以上工业增加值", ACT, "2025-Q1"},
      {85e8, "社会消费品零售总额", ACT, "2025-Q1"},
      {3.4, "社会消费品零售总额", ACT, "2025-Q1"}}},
    /* ... but not in a plan: a target with no time word stays undated */
    {"区政府召开工作推进会\n2025-04-25 来源:某某网\n一季度,全区实现地区生产总值120亿元。\n下一步工作\n"
     "全区将加快推进重大项目建设,力争新建学校5所,确保新开工项目20个。\n",
     {{120e8, "地区生产总值", ACT, "2025-Q1"}, {5, "学校", TGT, NULL}, {20, "新开工项目", TGT, NULL}}},
    /* 与前一季度相比: a base of comparison, not the period */
    {"全市经济运行\n2025-07-20 来源:某某网\n二季度,全市规上工业增加值增长6.1%,与前一季度相比,提高0.5个百分点。\n",
     {{6.1, "工业增加值", ACT, "2025-Q2"}, {0.5, NULL, ACT, "2025-Q2"}}},
    {"2025年首季度全市经济稳中向好\n2025-04-22 来源:某某网\n全市规模以上工业增加值同比增长6.3%。\n",
     {{6.3, "规模以上工业增加值", ACT, "2025-Q1"}}},
    /* a date inside a clause ending in 以来: the interval since, for a
     * 累计 figure; nothing for the figure beside it (the quarter carried
     * from before) */
    {"南沙首季经济运行情况\n2025-04-25 来源:某某网\n一季度,南沙地区生产总值同比增长5.2%。\n"
     "自2022年6月印发《南沙方案》以来,累计引进项目320个,新增企业5000家。\n",
     {{320, "引进项目", ACT, "2022-06/2025-04"}, {5000, "企业", ACT, "2025-Q1"}}},
    {"园区发展势头强劲\n2025-04-22 来源:某某网\n自2019年园区获批《建设方案》以来,累计引进项目320个。\n",
     {{320, "引进项目", ACT, "2019-01/2025-04"}}},
    {"园区发展势头强劲\n2025-04-22 来源:某某网\n自去年6月《建设方案》实施以来,园区累计引进项目320个。\n"
     "一季度,园区完成投资42.3亿元,达到全年目标的27.6%,实际到账外资6800万美元。\n",
     {{320, "引进项目", ACT, "2024-06/2025-04"},
      {42.3e8, "投资", ACT, "2025-Q1"},
      {27.6, NULL, ACT, "2025-Q1"},
      {6800e4, "外资", ACT, "2025-Q1"}}},
    /* 一季度 at the head of the sentence governs its later clauses; the
     * 全年 of the plan a share is taken of dates nothing */
    {"开发区集中签约一批重大项目\n2025-04-18 来源:某某网\n"
     "4月17日,开发区举行重大项目集中签约活动。一季度,开发区累计完成工业投资42.3亿元,同比增长13.5%,"
     "完成全年投资计划的27.6%;新开工亿元以上项目12个,实际到账外资6800万美元。\n",
     {{42.3e8, "工业投资", ACT, "2025-Q1"},
      {13.5, NULL, ACT, "2025-Q1"},
      {27.6, NULL, ACT, "2025-Q1"},
      {12, "新开工", ACT, "2025-Q1"},
      {6800e4, "外资", ACT, "2025-Q1"}}}, /* 6800万美元 */
    {"開發區集中簽約一批重大項目\n2025-04-18 來源:某某網\n"
     "一季度,開發區累計完成工業投資42.3億元,同比增長13.5%,占全年目標的27.6%;"
     "新開工億元以上項目12個,實際到賬外資6800萬美元。\n",
     {{27.6, NULL, ACT, "2025-Q1"}, {12, "新开工", ACT, "2025-Q1"}, {6800e4, "外资", ACT, "2025-Q1"}}},
};

/* The year to date (截至3月底 with 今年/年初以来), results of the current
 * year in a text that plans, and dated events. */
static const kase TODATE[] = {
    /* 截至3月底 + 今年 + 累计: January to March, for the growth beside it
     * and for the figures after ; too; the paragraph's plan stays one */
    {"开发区加快推进项目建设\n2025-04-10 来源:某某网\n"
     "今年,开发区将加快推进重大项目建设,力争全年完成工业投资180亿元,确保新开工项目50个。\n"
     "截至3月底,开发区今年累计完成工业投资42.3亿元,同比增长13.5%,完成年度计划的27.6%;"
     "新开工亿元以上项目15个,实际到账外资6800万美元,同比增长8.2%。\n",
     {{180e8, "工业投资", TGT, "2025"},
      {42.3e8, "工业投资", ACT, "2025-01/2025-03"},
      {13.5, NULL, ACT, "2025-01/2025-03"},
      {15, "新开工", ACT, "2025-01/2025-03"},
      {6800e4, "外资", ACT, "2025-01/2025-03"},
      {8.2, NULL, ACT, "2025-01/2025-03"}}},
    /* traditional; 一季度末, 年初以来, 年内 */
    {"開發區經濟運行\n2025-04-10 來源:某某網\n"
     "截至一季度末,今年以來全區累計完成固定資產投資42.3億元,同比增長13.5%。\n"
     "年初以来,截至3月末,全市实现外贸进出口总额80亿元,同比增长6.2%。\n"
     "截至3月底,全县年内共引进项目15个。\n",
     {{42.3e8, "固定资产投资", ACT, "2025-01/2025-03"},
      {13.5, NULL, ACT, "2025-01/2025-03"},
      {80e8, "外贸进出口总额", ACT, "2025-01/2025-03"},
      {6.2, NULL, ACT, "2025-01/2025-03"},
      {15, "项目", ACT, "2025-01/2025-03"}}},
    /* 到3月底 (a month's end reached) as 截至; 到6月底 in April is a
     * deadline, not a point reached; a stock at 到3月底 stays the month */
    {"开发区经济运行\n2025-04-10 来源:某某网\n"
     "到3月底,今年已完成投资5亿元,同比增长3.1%。\n"
     "今年到3月末,全区累計實現稅收8億元。\n"
     "到3月底,全区拥有企业200家。\n"
     "到6月底,力争今年完成投资10亿元。\n",
     {{5e8, "投资", ACT, "2025-01/2025-03"},
      {3.1, NULL, ACT, "2025-01/2025-03"},
      {8e8, "税收", ACT, "2025-01/2025-03"},
      {200, "企业", ACT, "2025-03"},
      {10e8, "投资", TGT, "2025"}}},
    /* without 今年: a stock at the month stays the month; a 今年 after
     * the stock dates only the flow after it */
    {"开发区经济运行\n2025-04-10 来源:某某网\n"
     "截至3月底,全区拥有高新技术企业120家,今年新增15家。\n",
     {{120, "高新技术企业", ACT, "2025-03"}, {15, NULL, ACT, "2025-01/2025-03"}}},
    /* a plan of the current year with 全年...增长 stays a target */
    {"区政府工作报告\n2025-04-10 来源:某某网\n"
     "今年,全区将加快推进高质量发展,力争全年地区生产总值增长6%,要确保新开工项目50个。\n"
     "全年一般公共预算收入增长5%,固定资产投资增长8%。\n",
     {{6, "地区生产总值", TGT, "2025"}, {5, "一般公共预算收入", TGT, "2025"}, {8, "固定资产投资", TGT, "2025"}}},
    /* a result of the current year in a text that plans: 实际, 同比 */
    {"开发区加快推进项目建设\n2025-05-10 来源:某某网\n"
     "今年,开发区将加快推进重大项目建设,力争全年完成工业投资180亿元,确保新开工项目50个。\n"
     "今年实际到账外资6800万美元,同比增长8.2%。\n"
     "下一步,开发区将加快推进项目建设,要加快招商引资,推进产业升级。\n",
     {{6800e4, "外资", ACT, "2025"}, {8.2, NULL, ACT, "2025"}}},
    {"開發區加快推進項目建設\n2025-05-10 來源:某某網\n"
     "今年,開發區將加快推進重大項目建設,力爭全年完成工業投資180億元,確保新開工項目50個。\n"
     "上半年,全區實際使用外資3200萬美元,進出口總額比上年同期增長6.5%。\n"
     "下一步,開發區將加快推進項目建設,要加快招商引資,推進產業升級。\n",
     {{180e8, "工业投资", TGT, "2025"}, {3200e4, "外资", ACT, "2025-H1"}, {6.5, NULL, ACT, "2025-H1"}}},
    /* a year in an event's name is no period: the day date at the head
     * dates the signing, which is done */
    {"开发区加快推进项目建设\n2025-04-10 来源:某某网\n"
     "今年,开发区将加快推进重大项目建设,力争全年完成工业投资180亿元,确保新开工项目50个。\n"
     "4月2日,淮安经济技术开发区举行2025年重大项目集中签约仪式,12个重点项目现场签约,总投资98.6亿元。\n"
     "4月8日,開發區在《2025年招商引資推介會》上簽約項目8個,總投資36億元。\n"
     "下一步,开发区将加快推进项目建设,要加快招商引资,推进产业升级。\n",
     {{12, "项目", ACT, "2025-04"},
      {98.6e8, "总投资", ACT, "2025-04"},
      {8, "项目", ACT, "2025-04"},
      {36e8, "总投资", ACT, "2025-04"}}},
    /* the day date alone, the verb of result after the figure */
    {"开发区加快推进项目建设\n2025-04-10 来源:某某网\n"
     "今年,开发区将加快推进重大项目建设,力争全年完成工业投资180亿元,确保新开工项目50个。\n"
     "4月2日,开发区12个重点项目现场签约,总投资98.6亿元。\n"
     "4月3日,开发区在2025年中国食品博览会上签约项目6个。\n"
     "下一步,开发区将加快推进项目建设,要加快招商引资,推进产业升级。\n",
     {{12, "项目", ACT, "2025-04"}, {98.6e8, "总投资", ACT, "2025-04"}, {6, "项目", ACT, "2025-04"}}},
    /* ... but a year heading its clause is the period (2025年全区举办招商
     * 活动50场), and a day still to come is a plan */
    {"开发区招商工作\n2025-04-10 来源:某某网\n"
     "2025年全区举办招商活动50场,力争签约项目100个。\n"
     "开发区将于2025年举办招商推介会,确保引进项目30个。\n"
     "4月20日,开发区将举行重大项目集中签约仪式,计划签约项目20个。\n",
     {{50, "招商活动", TGT, "2025"}, {100, "项目", TGT, "2025"}, {30, "项目", TGT, "2025"},
      {20, "项目", TGT, "2025-04"}}},
};

/* End of one case of a table: dump what it gave when it failed. */
static void case_done(got *g, int ok, size_t *bad)
{
    if (!ok) {
        dump(g);
        (*bad)++;
    }
    free_got(g);
}

/* End of a table: fail when a case did. */
static void cases_done(size_t bad, size_t ncases)
{
    if (bad) {
        print_error("%zu of %zu cases failed\n", bad, ncases);
        fail();
    }
}

static void check_cases(const kase *cases, size_t ncases)
{
    size_t bad = 0;
    for (size_t c = 0; c < ncases; c++) {
        got g;
        int ok = 1;
        run_doc(cases[c].text, &g);
        for (size_t k = 0; k < 6 && cases[c].w[k].value != 0; k++) {
            const want *w = &cases[c].w[k];
            const zb_record *r = NULL;
            for (size_t i = 0; i < g.n && !r; i++)
                if (fabs(g.r[i].value - w->value) <= 1e-9 * fabs(w->value) &&
                    (!w->ind || strstr(g.r[i].indicator, w->ind)))
                    r = &g.r[i];
            if (!r) {
                print_error("case %zu: no record %.17g %s\n", c, w->value, w->ind ? w->ind : "");
                ok = 0;
                continue;
            }
            if (r->status != w->status || (r->period == NULL) != (w->period == NULL) ||
                (r->period && strcmp(r->period, w->period) != 0)) {
                print_error("case %zu: %.17g %s: %s %s, expected %s %s\n", c, w->value, r->indicator,
                            zb_status_name(r->status), r->period ? r->period : "null",
                            zb_status_name(w->status), w->period ? w->period : "null");
                ok = 0;
            }
        }
        case_done(&g, ok, &bad);
    }
    cases_done(bad, ncases);
}

static void test_context_periods(void **state)
{
    (void)state;
    check_cases(CASES, sizeof CASES / sizeof CASES[0]);
}

static void test_year_to_date(void **state)
{
    (void)state;
    check_cases(TODATE, sizeof TODATE / sizeof TODATE[0]);
}

/* What a figure measures, in shapes news writes that once named the wrong
 * thing. Each case is a document and the exact indicator and value of
 * every record it gives, in order (1386.2亿元 = 138620000000 yuan). */
typedef struct named {
    const char *ind;
    double value;
} named;

typedef struct named_case {
    const char *text;
    named w[8]; /* ind NULL ends */
} named_case;

static void check_named(const named_case *cases, size_t ncases)
{
    size_t bad = 0;
    for (size_t c = 0; c < ncases; c++) {
        got g;
        size_t nw = 0;
        int ok = 1;
        run_doc(cases[c].text, &g);
        while (nw < 8 && cases[c].w[nw].ind)
            nw++;
        ok = g.n == nw;
        for (size_t k = 0; ok && k < nw; k++)
            ok = strcmp(g.r[k].indicator, cases[c].w[k].ind) == 0 &&
                 fabs(g.r[k].value - cases[c].w[k].value) <= 1e-9 * fabs(cases[c].w[k].value);
        if (!ok) {
            print_error("case %zu: expected", c);
            for (size_t k = 0; k < nw; k++)
                print_error(" %s %.17g", cases[c].w[k].ind, cases[c].w[k].value);
            print_error("\n");
        }
        case_done(&g, ok, &bad);
    }
    cases_done(bad, ncases);
}

#define PUB "发布时间:2024-04-20\n\n"

/* A qualifier of computation (按可比价计算, 按可比口径, 扣除/剔除价格因素)
 * names nothing: the growth is of the figure before it. */
static const named_case QUALIFIERS[] = {
    {PUB "全县实现地区生产总值1386.2亿元,按可比价计算增长6.1%。",
     {{"地区生产总值", 138620000000.0}, {"地区生产总值", 6.1}}},
    {PUB "全县实现地区生产总值1386.2亿元,增长6.1%。",
     {{"地区生产总值", 138620000000.0}, {"地区生产总值", 6.1}}},
    {PUB "全市地区生产总值1386.2亿元,按可比价格计算比上年增长6.1%。",
     {{"地区生产总值", 138620000000.0}, {"地区生产总值", 6.1}}},
    {PUB "全市一般公共预算收入80亿元,按可比口径增长3.2%。",
     {{"一般公共预算收入", 8000000000.0}, {"一般公共预算收入", 3.2}}},
    {PUB "全市规上工业增加值520亿元,扣除价格因素后增长5.3%。",
     {{"规上工业增加值", 52000000000.0}, {"规上工业增加值", 5.3}}},
    {PUB "全市社会消费品零售总额300亿元,剔除价格因素影响实际增长4.1%。",
     {{"社会消费品零售总额", 30000000000.0}, {"社会消费品零售总额", 4.1}}},
    /* traditional, full-width figures */
    {PUB "全縣實現地區生產總值1386.2億元,按可比價格計算增長６．１％。",
     {{"地区生产总值", 138620000000.0}, {"地区生产总值", 6.1}}},
    /* a qualifier before the subject leaves the subject */
    {PUB "按可比价计算,全市地区生产总值增长6.1%。", {{"地区生产总值", 6.1}}},
    /* 实际使用外资 is a name, not a qualifier */
    {PUB "全市实际使用外资12亿元,增长5%。", {{"实际使用外资", 1200000000.0}, {"实际使用外资", 5}}},
};

static void test_qualifiers(void **state)
{
    (void)state;
    check_named(QUALIFIERS, sizeof QUALIFIERS / sizeof QUALIFIERS[0]);
}

/* 分别 twice in a sentence: the second list is of the same items as the
 * first, in its order (城乡 names two: 城镇 and 农村); a 、-list of
 * subjects (its last separator may be 和) sharing a head noun written
 * once after the last: each figure takes its item and the head. */
static const named_case RESPECTIVELY[] = {
    {PUB "城镇新增就业1.2万人。城乡居民人均可支配收入分别达到58312元和32175元,分别增长4.6%和6.2%。",
     {{"城镇新增就业", 12000},
      {"城镇居民人均可支配收入", 58312},
      {"农村居民人均可支配收入", 32175},
      {"城镇居民人均可支配收入", 4.6},
      {"农村居民人均可支配收入", 6.2}}},
    {PUB "城镇新增就业1.2万人。城鄉居民人均可支配收入分別為58312元、32175元,分別比上年增長4.6%、6.2%。",
     {{"城镇新增就业", 12000},
      {"城镇居民人均可支配收入", 58312},
      {"农村居民人均可支配收入", 32175},
      {"城镇居民人均可支配收入", 4.6},
      {"农村居民人均可支配收入", 6.2}}},
    {PUB "城镇和农村居民人均可支配收入分别达到58312元和32175元,分别增长4.6%和6.2%。",
     {{"城镇居民人均可支配收入", 58312},
      {"农村居民人均可支配收入", 32175},
      {"城镇居民人均可支配收入", 4.6},
      {"农村居民人均可支配收入", 6.2}}},
    /* zones listed once: the later lists keep them and what they measure */
    {PUB "淮阴区、洪泽区地区生产总值分别增长6.2%和5.8%,一般公共预算收入分别为31.6亿元、22.9亿元。",
     {{"地区生产总值", 6.2}, {"地区生产总值", 5.8}, {"一般公共预算收入", 3160000000.0},
      {"一般公共预算收入", 2290000000.0}}},
    /* a list with a subject of its own keeps it */
    {PUB "城镇和农村居民收入分别增长5%和6%,消费支出分别增长3%和4%。",
     {{"城镇居民收入", 5}, {"农村居民收入", 6}, {"消费支出", 3}, {"消费支出", 4}}},
    {PUB "国有控股企业、股份制企业、外商及港澳台投资企业增加值分别增长4.2%、8.6%和7.3%。",
     {{"国有控股企业增加值", 4.2}, {"股份制企业增加值", 8.6}, {"外商及港澳台投资企业增加值", 7.3}}},
    {PUB "國有控股企業、股份制企業和外商及港澳台投資企業增加值分別增長4.2%、8.6%和7.3%。",
     {{"国有控股企业增加值", 4.2}, {"股份制企业增加值", 8.6}, {"外商及港澳台投资企业增加值", 7.3}}},
    {PUB "全市工业、服务业增加值分别为520亿元和610亿元。",
     {{"工业增加值", 52000000000.0}, {"服务业增加值", 61000000000.0}}},
    /* no shared head: each item as written */
    {PUB "全市进口、出口分别增长3%和5%。", {{"进口", 3}, {"出口", 5}}},
    /* the existing shape: figures listed before 分别 */
    {PUB "项目数221个、计划总投资1094.6亿元,分别同比增长18.2%、10.3%。",
     {{"项目数", 221}, {"计划总投资", 109460000000.0}, {"项目数", 18.2}, {"计划总投资", 10.3}}},
};

static void test_respectively(void **state)
{
    (void)state;
    check_named(RESPECTIVELY, sizeof RESPECTIVELY / sizeof RESPECTIVELY[0]);
}

/* An abbreviation as the whole subject (after the zone and time words go)
 * names the figure, as written (aliases.c maps GDP to 地区生产总值 for
 * series; test_rows keeps 占GDP比重, GDP增速 as written). */
static const named_case ABBREVIATIONS[] = {
    {PUB "南沙首季ＧＤＰ增長５．２％", {{"GDP", 5.2}}},
    {PUB "全市GDP达到1386.2亿元,按可比价计算增长6.1%。",
     {{"GDP", 138620000000.0}, {"GDP", 6.1}}},
    {PUB "全市人均GDP达到12.5万元。", {{"人均GDP", 125000}}},
    {PUB "3月份,全市CPI同比上涨2.1%,PPI同比下降1.1%。", {{"CPI", 2.1}, {"PPI", -1.1}}},
    {PUB "全市R&D投入增长12.1%。", {{"R&D投入", 12.1}}},
};

static void test_abbreviations(void **state)
{
    (void)state;
    check_named(ABBREVIATIONS, sizeof ABBREVIATIONS / sizeof ABBREVIATIONS[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_not_figures),
        cmocka_unit_test(test_absurd_figures),
        cmocka_unit_test(test_offsets),
        cmocka_unit_test(test_zones),
        cmocka_unit_test(test_clause_zones),
        cmocka_unit_test(test_zone_lists),
        cmocka_unit_test(test_generic_zones),
        cmocka_unit_test(test_period_carry),
        cmocka_unit_test(test_subtitle_zones),
        cmocka_unit_test(test_roundup_ranks),
        cmocka_unit_test(test_headline_period),
        cmocka_unit_test(test_nested_zone),
        cmocka_unit_test(test_zone_docs),
        cmocka_unit_test(test_callback_stop),
        cmocka_unit_test(test_headline_restated),
        cmocka_unit_test(test_stock_and_mood),
        cmocka_unit_test(test_bracket_asides),
        cmocka_unit_test(test_context_periods),
        cmocka_unit_test(test_year_to_date),
        cmocka_unit_test(test_qualifiers),
        cmocka_unit_test(test_respectively),
        cmocka_unit_test(test_abbreviations),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
