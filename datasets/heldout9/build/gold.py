#!/usr/bin/env python3
"""Write ../gold.jsonl for heldout9 and check it.

Corpus files are built from build/src/*.txt (UTF-8):
  901, 903, 904 copied as UTF-8; 902 -> GB18030, 905 -> Big5 (iconv).
Checks: every fact has valid enumerations; each quote occurs exactly once in
its DECODED article (902 read as gb18030, 905 as big5, others utf-8). Also
reports, for the non-UTF-8 files, whether the scorer (which searches the UTF-8
quote in the raw bytes) can locate quotes, and whether a (kind, unit, value)
repeats there with different attributes (the scorer then matches on value only).
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, 'corpus')
MU = 666.667
def mu(n): return round(n * MU, 3)
Y = 1e8; W = 1e4
N = None; O = True
D = {}
ENC = {'902_a16d0c58e4f927b3.txt': 'gb18030', '905_7d29c4e6b81a0f53.txt': 'big5'}
# (zone, indicator, kind, value, unit, bound, status, period, basis, quote[, optional])
def F(*a):
    assert len(a) in (10, 11), a
    return a if len(a) == 11 else a + (False,)

# ---------------------------------------------------------------- 901
doc = '901_3b7e2f90c1d4a865.txt'; pub = '2025-11-19'; p = '湖南省'
M = '2025-10'; C = '2025-01/2025-10'
D[doc] = (pub, [
 F(p,'规模以上工业增加值','growth',6.3,'%','eq','actual',M,'yoy','全省规模以上工业增加值同比增长6.3%'),
 F(p,'规模以上工业增加值增速高于全国','pp',1.4,'pp','eq','actual',M,N,'增速高于全国1.4个百分点'),
 F(p,'规模以上工业增加值','growth',0.47,'%','eq','actual',M,'mom','环比增长0.47%'),
 F(p,'规模以上工业增加值','growth',6.9,'%','eq','actual',C,N,'累计增长6.9%'),
 F('长沙市','规模以上工业增加值','growth',8.4,'%','eq','actual',C,N,'长沙市规模以上工业增加值增长8.4%'),
 F('岳阳市','规模以上工业增加值','growth',7.9,'%','eq','actual',C,N,'岳阳市增长7.9%'),
 F('常德市','规模以上工业增加值','growth',7.5,'%','eq','actual',C,N,'常德市增长7.5%'),
 F('长沙市','规模以上工业增加值增速排名','rank',3,'rank','le','actual',C,N,'增速位列全省前三',O),
 F('岳阳市','规模以上工业增加值增速排名','rank',3,'rank','le','actual',C,N,'增速位列全省前三',O),
 F('常德市','规模以上工业增加值增速排名','rank',3,'rank','le','actual',C,N,'增速位列全省前三',O),
 F('长沙市','规模以上工业增加值增速排名','rank',1,'rank','eq','actual',C,N,'其中长沙市增速位列全省第一',O),
 F(p,'工业大类行业','count',41,'个','eq','actual',M,N,'全省41个工业大类行业中',O),
 F(p,'增加值实现增长的工业行业','count',29,'个','eq','actual',M,N,'有29个行业增加值实现增长'),
 F(p,'工业行业增长面','share',70.7,'%','eq','actual',M,N,'增长面为70.7%'),
 F(p,'社会消费品零售总额','amount',1826.4*Y,'CNY','eq','actual',M,N,'全省社会消费品零售总额1826.4亿元'),
 F(p,'社会消费品零售总额','growth',4.8,'%','eq','actual',M,'yoy','同比增长4.8%'),
 F(p,'社会消费品零售总额','growth',0.31,'%','eq','actual',M,'mom','环比增长0.31%'),
 F('郴州','社会消费品零售总额','growth',6.7,'%','eq','actual',M,'yoy','同比分别增长6.7%'),
 F('衡阳','社会消费品零售总额','growth',6.2,'%','eq','actual',M,'yoy','6.7%、6.2%'),
 F('娄底','社会消费品零售总额','growth',5.9,'%','eq','actual',M,'yoy','6.2%和5.9%'),
 F(p,'限额以上单位网上商品零售额','growth',21.3,'%','eq','actual',M,N,'商品零售额增长21.3%'),
 F(p,'接待游客','count',5836.2*W,'人次','eq','actual',M,N,'接待游客5836.2万人次'),
 F(p,'接待游客','growth',9.4,'%','eq','actual',M,'yoy','同比增长9.4%'),
 F(p,'旅游收入','amount',486.7*Y,'CNY','eq','actual',M,N,'旅游收入486.7亿元'),
 F(p,'旅游收入','growth',10.2,'%','eq','actual',M,'yoy','同比增长10.2%'),
 F('张家界市','接待游客','growth',15.6,'%','eq','actual',M,N,'张家界市接待游客增长15.6%'),
 F('湘西州','接待游客','growth',13.8,'%','eq','actual',M,N,'湘西州增长13.8%'),
 F('长沙市','接待游客','growth',11.5,'%','eq','actual',M,N,'长沙市增长11.5%'),
 F('张家界市','接待游客增速排名','rank',1,'rank','eq','actual',M,N,'张家界市增速位列全省第一',O),
 F(p,'规模以上服务业营业收入','growth',7.8,'%','eq','actual',C,'yoy','营业收入同比增长7.8%'),
 F(p,'信息传输、软件和信息技术服务业营业收入','growth',12.3,'%','eq','actual',C,'yoy','营业收入同比增长12.3%'),
 F(p,'租赁和商务服务业营业收入','growth',6.4,'%','eq','actual',C,'yoy','营业收入同比增长6.4%'),
 F(p,'居民消费价格','growth',0,'%','eq','actual',M,'yoy','居民消费价格同比持平'),
 F(p,'居民消费价格','growth',-0.2,'%','eq','actual',M,'mom','环比下降0.2%'),
 F(p,'食品价格','growth',-1.6,'%','eq','actual',M,'yoy','食品价格同比下降1.6%'),
 F(p,'服务价格','growth',0.9,'%','eq','actual',M,'yoy','服务价格同比上涨0.9%'),
 F(p,'工业生产者出厂价格','growth',-2.1,'%','eq','actual',M,'yoy','工业生产者出厂价格同比下降2.1%'),
 F(p,'工业生产者出厂价格降幅收窄','pp',0.5,'pp','eq','actual',M,N,'降幅比上月收窄0.5个百分点'),
 F(p,'固定资产投资','growth',3.6,'%','eq','actual',C,'yoy','全省固定资产投资同比增长3.6%'),
 F(p,'制造业投资','growth',9.2,'%','eq','actual',C,'yoy','制造业投资同比增长9.2%'),
 F(p,'高技术产业投资','growth',14.5,'%','eq','actual',C,'yoy','高技术产业投资同比增长14.5%'),
 F('衡阳市','固定资产投资增速排名','rank',2,'rank','eq','actual',C,N,'衡阳市固定资产投资增速居全省第2位'),
 F(p,'进出口总值','amount',4587.3*Y,'CNY','eq','actual',C,N,'全省进出口总值4587.3亿元'),
 F(p,'进出口总值','growth',5.1,'%','eq','actual',C,'yoy','同比增长5.1%'),
 F(p,'出口','amount',3012.8*Y,'CNY','eq','actual',C,N,'其中出口3012.8亿元'),
 F(p,'出口','growth',7.3,'%','eq','actual',C,'yoy','同比增长7.3%'),
 F('长沙市','进出口总值占全省比重','share',68.2,'%','eq','actual',C,N,'占全省比重达68.2%'),
 F(p,'金融机构本外币各项贷款余额','amount',8.96e12,'CNY','eq','actual',M,N,'各项贷款余额8.96万亿元'),
 F(p,'金融机构本外币各项贷款余额','growth',8.1,'%','eq','actual',M,'yoy','同比增长8.1%'),
 F(p,'各项贷款比年初增加','amount',5238*Y,'CNY','eq','actual',C,N,'比年初增加5238亿元'),
 F(p,'地区生产总值','growth',5.5,'%','approx','estimate','2025',N,'预计全年全省地区生产总值增长5.5%左右'),
])

# ---------------------------------------------------------------- 902 (GB18030)
doc = '902_a16d0c58e4f927b3.txt'; pub = '2025-11-21'; z = '九江市'
M = '2025-10'; C = '2025-01/2025-10'; Q = '2025-01/2025-09'
r_gdp = '地区生产总值（前三季度）            亿元        3012.47         5.6'
r_ind = '规模以上工业增加值                  %           —               6.8'
r_rev = '规模以上工业营业收入                亿元        4215.70         3.9'
r_fai = '固定资产投资                        %           —               4.2'
r_ifa = '其中：工业投资                    %           —               11.5'
r_pri = '民间投资                    %           —               -3.7'
r_ret = '社会消费品零售总额                  亿元        1186.35         5.3'
r_gpb = '一般公共预算收入                    亿元        276.42          2.7'
r_tax = '其中：税收收入                    亿元        191.08          -1.4'
r_trd = '进出口总额                          亿元        412.60          9.6'
r_exp = '其中：出口                        亿元        318.95          12.2'
r_fdi = '实际使用外资                        万美元      48650           -12.3'
r_dep = '金融机构本外币存款余额（10月末）    亿元        6754.21         8.9'
r_lon = '金融机构本外币贷款余额（10月末）    亿元        6230.88         10.4'
D[doc] = (pub, [
 F(z,'地区生产总值','amount',3012.47*Y,'CNY','eq','actual',Q,N,r_gdp),
 F(z,'地区生产总值','growth',5.6,'%','eq','actual',Q,'yoy',r_gdp),
 F(z,'规模以上工业增加值','growth',6.8,'%','eq','actual',C,'yoy',r_ind),
 F(z,'规模以上工业营业收入','amount',4215.70*Y,'CNY','eq','actual',C,N,r_rev),
 F(z,'规模以上工业营业收入','growth',3.9,'%','eq','actual',C,'yoy',r_rev),
 F(z,'固定资产投资','growth',4.2,'%','eq','actual',C,'yoy',r_fai),
 F(z,'工业投资','growth',11.5,'%','eq','actual',C,'yoy',r_ifa),
 F(z,'民间投资','growth',-3.7,'%','eq','actual',C,'yoy',r_pri),
 F(z,'社会消费品零售总额','amount',1186.35*Y,'CNY','eq','actual',C,N,r_ret),
 F(z,'社会消费品零售总额','growth',5.3,'%','eq','actual',C,'yoy',r_ret),
 F(z,'一般公共预算收入','amount',276.42*Y,'CNY','eq','actual',C,N,r_gpb),
 F(z,'一般公共预算收入','growth',2.7,'%','eq','actual',C,'yoy',r_gpb),
 F(z,'税收收入','amount',191.08*Y,'CNY','eq','actual',C,N,r_tax),
 F(z,'税收收入','growth',-1.4,'%','eq','actual',C,'yoy',r_tax),
 F(z,'进出口总额','amount',412.60*Y,'CNY','eq','actual',C,N,r_trd),
 F(z,'进出口总额','growth',9.6,'%','eq','actual',C,'yoy',r_trd),
 F(z,'出口','amount',318.95*Y,'CNY','eq','actual',C,N,r_exp),
 F(z,'出口','growth',12.2,'%','eq','actual',C,'yoy',r_exp),
 F(z,'实际使用外资','amount',48650*W,'USD','eq','actual',C,N,r_fdi),
 F(z,'实际使用外资','growth',-12.3,'%','eq','actual',C,'yoy',r_fdi),
 F(z,'金融机构本外币存款余额','amount',6754.21*Y,'CNY','eq','actual',M,N,r_dep),
 F(z,'金融机构本外币存款余额','growth',8.9,'%','eq','actual',M,'yoy',r_dep),
 F(z,'金融机构本外币贷款余额','amount',6230.88*Y,'CNY','eq','actual',M,N,r_lon),
 F(z,'金融机构本外币贷款余额','growth',10.4,'%','eq','actual',M,'yoy',r_lon),
 F(z,'规模以上工业增加值','growth',7.1,'%','eq','actual',M,'yoy','规模以上工业增加值        增长        7.1%'),
 F(z,'社会消费品零售总额','growth',4.6,'%','eq','actual',M,'yoy','社会消费品零售总额        增长        4.6%'),
 F(z,'居民消费价格指数','growth',0.3,'%','eq','actual',M,'yoy','居民消费价格指数          上涨        0.3%'),
 F(z,'工业用电量','growth',8.2,'%','eq','actual',M,'yoy','工业用电量                增长        8.2%'),
 F(z,'规模以上工业增加值增速高于全省','pp',0.9,'pp','eq','actual',C,N,'增速高于全省0.9个百分点'),
 F(z,'规模以上工业增加值增速排名','rank',4,'rank','eq','actual',C,N,'列全省第4位'),
 F(z,'电子信息产业增加值','growth',19.6,'%','eq','actual',C,N,'分别增长19.6%'),
 F(z,'新能源产业增加值','growth',15.8,'%','eq','actual',C,N,'19.6%和15.8%'),
 F(z,'电子信息和新能源产业对规上工业增长的贡献率','share',46.5,'%','eq','actual',C,N,'贡献率达到46.5%'),
 F('共青城市','规模以上工业增加值','growth',13.7,'%','eq','actual',C,N,'分别增长13.7%'),
 F('湖口县','规模以上工业增加值','growth',11.2,'%','eq','actual',C,N,'13.7%、11.2%'),
 F('瑞昌市','规模以上工业增加值','growth',10.9,'%','eq','actual',C,N,'11.2%和10.9%'),
 F('共青城市','规模以上工业增加值增速排名','rank',3,'rank','le','actual',C,N,'增速居全市前三位',O),
 F('湖口县','规模以上工业增加值增速排名','rank',3,'rank','le','actual',C,N,'增速居全市前三位',O),
 F('瑞昌市','规模以上工业增加值增速排名','rank',3,'rank','le','actual',C,N,'增速居全市前三位',O),
 F('彭泽县','固定资产投资','growth',14.1,'%','eq','actual',C,N,'彭泽县固定资产投资增长14.1%'),
 F('彭泽县','固定资产投资增速排名','rank',1,'rank','eq','actual',C,N,'增速居全市首位',O),
 F(z,'居民消费价格','growth',0.1,'%','eq','actual',C,N,'累计上涨0.1%'),
 F(z,'食品价格','growth',-1.2,'%','eq','actual',C,N,'食品价格下降1.2%'),
 F(z,'在建亿元以上项目','count',583,'个','eq','actual',M,N,'在建亿元以上项目达到583个'),
 F(z,'在建亿元以上项目增加','count',47,'个','eq','actual',M,N,'比上年同期增加47个'),
 F(z,'新入库规上工业企业','count',136,'家','eq','actual',C,N,'新入库规上工业企业136家'),
 F(z,'规模以上工业增加值','growth',6.5,'%','gt','target','2025',N,'确保全年规模以上工业增加值增长6.5%以上'),
])

# ---------------------------------------------------------------- 903
doc = '903_5c82e71f0ab3d946.txt'; pub = '2025-11-14'; p = '福建省'
M = '2025-10'; C = '2025-01/2025-10'
D[doc] = (pub, [
 F(p,'全社会用电量','quantity',236.8*Y,'kWh','eq','actual',M,N,'全社会用电量236.8亿千瓦时'),
 F(p,'全社会用电量','growth',7.4,'%','eq','actual',M,'yoy','同比增长7.4%'),
 F(p,'全社会用电量','growth',-3.1,'%','eq','actual',M,'mom','较上月下降3.1%'),
 F(p,'第三产业用电量','quantity',41.5*Y,'kWh','eq','actual',M,N,'第三产业用电量41.5亿千瓦时'),
 F(p,'第三产业用电量','growth',10.6,'%','eq','actual',M,'yoy','同比增长10.6%'),
 F(p,'城乡居民生活用电量','quantity',28.7*Y,'kWh','eq','actual',M,N,'城乡居民生活用电量28.7亿千瓦时'),
 F(p,'城乡居民生活用电量','growth',-2.3,'%','eq','actual',M,'yoy','同比下降2.3%'),
 F(p,'发电量','quantity',221.4*Y,'kWh','eq','actual',M,N,'全省发电量221.4亿千瓦时'),
 F(p,'发电量','growth',5.2,'%','eq','actual',M,'yoy','同比增长5.2%'),
 F(p,'核电发电量','quantity',78.9*Y,'kWh','eq','actual',M,N,'核电发电量78.9亿千瓦时'),
 F(p,'核电发电量占全省发电量比重','share',35.6,'%','eq','actual',M,N,'占全省发电量的35.6%'),
 F(p,'新增光伏发电装机','quantity',58.6*W,'kW','eq','actual',M,N,'新增光伏发电装机58.6万千瓦'),
 F(p,'发电装机容量','quantity',8125*W,'kW','eq','actual',M,N,'装机容量达到8125万千瓦'),
 F(p,'风电、光伏装机','quantity',2047*W,'kW','eq','actual',M,N,'光伏装机合计2047万千瓦'),
 F(p,'风电、光伏装机占比','share',25.2,'%','eq','actual',M,N,'占比25.2%'),
 F(p,'海上风电累计并网','quantity',412*W,'kW','approx','actual',M,N,'海上风电累计并网约412万千瓦'),
 F(p,'天然气消费量','quantity',4.2*Y,'m3','eq','actual',M,N,'天然气消费量4.2亿立方米'),
 F(p,'天然气消费量','growth',6.1,'%','eq','actual',M,'yoy','同比增长6.1%'),
 F(p,'公共充电设施充电量','quantity',2.36*Y,'kWh','eq','actual',M,N,'充电量2.36亿千瓦时'),
 F(p,'公共充电设施充电量','growth',38.5,'%','eq','actual',M,'yoy','同比增长38.5%'),
 F(p,'港口货物吞吐量','quantity',6420*W,'t','eq','actual',M,N,'货物吞吐量6420万吨'),
 F(p,'港口货物吞吐量','growth',3.8,'%','eq','actual',M,'yoy','同比增长3.8%'),
 F(p,'港口货物吞吐量','growth',-1.9,'%','eq','actual',M,'mom','较上月下降1.9%'),
 F(p,'港口集装箱吞吐量','quantity',182.3*W,'TEU','eq','actual',M,N,'集装箱吞吐量182.3万标箱'),
 F(p,'港口集装箱吞吐量','growth',9.1,'%','eq','actual',M,'yoy','同比增长9.1%'),
 F('厦门港','集装箱吞吐量','quantity',108.7*W,'TEU','eq','actual',M,N,'集装箱吞吐量108.7万标箱'),
 F('厦门港','集装箱吞吐量','growth',8.7,'%','eq','actual',M,'yoy','同比增长8.7%'),
 F(p,'新开通高速公路','quantity',46.3,'km','eq','actual',C,N,'新开通高速公路46.3公里'),
 F(p,'高速公路通车里程','quantity',6718,'km','eq','actual',M,N,'通车里程达到6718公里'),
 F(p,'铁路发送旅客','count',1248*W,'人次','eq','actual',M,N,'铁路发送旅客1248万人次'),
 F(p,'铁路发送旅客','growth',18.6,'%','eq','actual',M,'mom','较上月增长18.6%'),
 F(p,'机场起降航班','count',3.86*W,'架次','eq','actual',M,N,'起降航班3.86万架次'),
 F(p,'机场起降航班','growth',4.5,'%','eq','actual',M,'yoy','同比增长4.5%'),
 F(p,'机场旅客吞吐量','count',512.6*W,'人次','eq','actual',M,N,'旅客吞吐量512.6万人次'),
 F(p,'机场旅客吞吐量','growth',6.9,'%','eq','actual',M,'yoy','同比增长6.9%'),
 F(p,'机场旅客吞吐量','growth',11.2,'%','eq','actual',M,'mom','较上月增长11.2%'),
 F(p,'机场货邮吞吐量','quantity',3.9*W,'t','eq','actual',M,N,'货邮吞吐量3.9万吨'),
 F(p,'机场货邮吞吐量','growth',-4.1,'%','eq','actual',M,'yoy','同比下降4.1%'),
 F('福州','城市轨道交通客运量','count',1865*W,'人次','eq','actual',M,N,'分别为1865万人次'),
 F('厦门','城市轨道交通客运量','count',2310*W,'人次','eq','actual',M,N,'和2310万人次'),
])

# ---------------------------------------------------------------- 904
doc = '904_e0f4b9a27d315c68.txt'; pub = '2026-01-08'; z = '滁州经济技术开发区'
A = '2025'; T = '2026'
D[doc] = (pub, [
 F(z,'地区生产总值','amount',618.5*Y,'CNY','eq','actual',A,N,'全年实现地区生产总值618.5亿元'),
 F(z,'地区生产总值','growth',7.6,'%','eq','actual',A,'yoy','同比增长7.6%'),
 F(z,'地区生产总值年度目标完成率','share',101.3,'%','eq','actual',A,N,'完成年度目标的101.3%'),
 F(z,'规模以上工业产值','amount',2315.4*Y,'CNY','eq','actual',A,N,'规模以上工业产值2315.4亿元'),
 F(z,'规模以上工业产值','amount',2200*Y,'CNY','eq','target',A,N,'年度目标为2200亿元'),
 F(z,'规模以上工业产值年度目标完成率','share',105.2,'%','eq','actual',A,N,'完成年度目标的105.2%'),
 F(z,'规模以上工业产值超额完成','amount',115.4*Y,'CNY','eq','actual',A,N,'超额完成115.4亿元'),
 F(z,'固定资产投资','amount',312.6*Y,'CNY','eq','actual',A,N,'完成固定资产投资312.6亿元'),
 F(z,'固定资产投资','growth',9.8,'%','eq','actual',A,'yoy','同比增长9.8%'),
 F(z,'年度投资计划完成率','share',96.8,'%','eq','actual','2025-01/2025-11',N,'完成年度投资计划的96.8%'),
 F(z,'投资超序时进度','pp',5.1,'pp','eq','actual','2025-01/2025-11',N,'超序时进度5.1个百分点'),
 F(z,'新签约亿元以上项目','count',86,'个','eq','actual',A,N,'新签约亿元以上项目86个'),
 F(z,'新签约亿元以上项目','count',80,'个','eq','target',A,N,'年度目标为80个'),
 F(z,'协议投资额','amount',628.3*Y,'CNY','eq','actual',A,N,'协议投资额628.3亿元'),
 F(z,'10亿元以上项目','count',14,'个','eq','actual',A,N,'其中10亿元以上项目14个'),
 F(z,'实际使用外资','amount',1.86*Y,'USD','eq','actual',A,N,'实际使用外资1.86亿美元'),
 F(z,'实际使用外资年度目标完成率','share',124,'%','eq','actual',A,N,'完成年度目标的124%'),
 F(z,'进出口总额','amount',97.4*Y,'CNY','eq','actual',A,N,'进出口总额97.4亿元'),
 F(z,'进出口总额','growth',12.6,'%','eq','actual',A,N,'增长12.6%'),
 F(z,'一般公共预算收入','amount',42.7*Y,'CNY','eq','actual',A,N,'一般公共预算收入42.7亿元'),
 F(z,'一般公共预算收入','growth',5.4,'%','eq','actual',A,N,'增长5.4%'),
 F(z,'一般公共预算收入预算完成率','share',103.6,'%','eq','actual',A,N,'完成预算的103.6%'),
 F(z,'税收占比','share',81.3,'%','eq','actual',A,N,'税收占比达到81.3%'),
 F(z,'新增高新技术企业','count',78,'家','eq','actual',A,N,'新增高新技术企业78家'),
 F(z,'高新技术企业','count',516,'家','eq','actual',A,N,'总数达到516家'),
 F(z,'研发投入占地区生产总值比重','share',3.42,'%','eq','actual',A,N,'比重达3.42%'),
 F(z,'研发投入占比提高','pp',0.18,'pp','eq','actual',A,N,'较上年提高0.18个百分点'),
 F(z,'规模以上工业企业','count',342,'家','eq','actual','2025-12',N,'规模以上工业企业达到342家'),
 F(z,'规模以上工业企业净增','count',29,'家','eq','actual',A,N,'比上年净增29家'),
 F(z,'智能家电产业产值','amount',800*Y,'CNY','gt','actual',A,N,'智能家电产业产值突破800亿元'),
 F(z,'新能源产业产值','growth',36.5,'%','eq','actual',A,N,'新能源产业产值增长36.5%'),
 F(z,'智能家电和新能源产业占规模以上工业产值比重','share',72.4,'%','eq','actual',A,N,'比重达到72.4%'),
 F(z,'新建改造道路','quantity',21.6,'km','eq','actual',A,N,'新建改造道路21.6公里'),
 F(z,'新增绿地面积','quantity',35.2*W,'m2','eq','actual',A,N,'新增绿地面积35.2万平方米'),
 F(z,'建成标准化厂房','quantity',68*W,'m2','eq','actual',A,N,'建成标准化厂房68万平方米'),
 F(z,'新增城镇就业','count',8460,'人','eq','actual',A,N,'新增城镇就业8460人'),
 F(z,'审批事项平均提速','share',50,'%','gt','actual',A,N,'平均提速一半以上',O),
 F(z,'地区生产总值','growth',7,'%','gt','target',T,N,'力争地区生产总值增长7%以上'),
 F(z,'规模以上工业产值','amount',2500*Y,'CNY','gt','target',T,N,'规模以上工业产值突破2500亿元'),
 F(z,'固定资产投资','growth',10,'%','approx','target',T,N,'固定资产投资增长10%左右'),
 F(z,'新签约亿元以上项目','count',90,'个','ge','target',T,N,'新签约亿元以上项目不少于90个'),
 F(z,'20亿元以上重大项目','count',5,'个','eq','target',T,N,'力争达到5个'),
 F(z,'实际使用外资','amount',2*Y,'USD','ge','target',T,N,'实际使用外资不低于2亿美元'),
 F(z,'新建标准化厂房','quantity',50*W,'m2','gt','target',T,N,'新建标准化厂房50万平方米以上'),
 F(z,'集中开工项目','count',32,'个','eq','target','2026-Q1',N,'计划集中开工项目32个'),
 F(z,'集中开工项目总投资','amount',186*Y,'CNY','eq','target','2026-Q1',N,'总投资186亿元'),
])

# ---------------------------------------------------------------- 905 (Big5)
doc = '905_7d29c4e6b81a0f53.txt'; pub = '2025-11-28'; k = '昆山经济技术开发区'
M = '2025-11'
D[doc] = (pub, [
 F(k,'鼎联精密增资投资额','amount',4.5e9,'TWD','eq','target',N,N,'新臺幣４５億元擴建'),
 F(k,'鼎联精密增资投资额','amount',4.5e9,'TWD','eq','target',N,N,'投資新臺幣45億元'),
 F(k,'鼎联精密增资投资额','amount',10.2*Y,'CNY','approx','target',N,N,'約合人民幣10.2億元'),
 F(k,'二期厂房规划用地','quantity',mu(120),'m2','approx','target',N,N,'規劃用地約120畝'),
 F(k,'二期厂房建筑面积','quantity',8.6*W,'m2','eq','target',N,N,'建築面積8.6萬平方米'),
 F(k,'车用电子模组新增年产能','count',600*W,'套','eq','target',N,N,'年產能600萬套',O),
 F(k,'达产后新增年营收','amount',18*Y,'CNY','eq','estimate',N,N,'年營收可增加人民幣18億元'),
 F(k,'新增就业岗位','count',1200,'个','approx','estimate',N,N,'新增就業崗位約1200個'),
 F(k,'鼎联精密一期厂房员工','count',3200,'人','approx','actual',M,N,'目前員工約3200人'),
 F(k,'鼎联精密一期厂房台籍干部','count',85,'人','eq','actual',M,N,'其中台籍幹部85人'),
 F(N,'鼎联精密合并营收','amount',312.6*Y,'TWD','eq','actual','2024',N,'合併營收新臺幣312.6億元'),
 F(N,'鼎联精密合并营收','growth',9.4,'%','eq','actual','2024','yoy','年增9.4%'),
 F(N,'鼎联精密大陆营收占比','share',58,'%','approx','actual','2024',N,'大陸營收占比約58%'),
 F(N,'鼎联精密资本支出','amount',68*Y,'TWD','approx','estimate','2026',N,'資本支出約新臺幣68億元'),
 F(N,'鼎联精密资本支出投向大陆厂区比重','share',60,'%','approx','estimate','2026',N,'其中約六成投向大陸廠區'),
 F(N,'鼎联精密股价','amount',186.5,'TWD','eq','actual',M,N,'股價收在新臺幣186.5元',O),
 F(N,'鼎联精密股价','growth',2.8,'%','eq','actual',M,N,'上漲2.8%',O),
 F(k,'宏昕光电研发中心投资','amount',3.5*Y,'CNY','eq','target',N,N,'投資人民幣3.5億元'),
 F(k,'宏昕光电引进研发人员','count',300,'名','approx','estimate',N,N,'引進研發人員約300名'),
 F('台湾','核准对大陆投资金额','amount',26.8*Y,'USD','eq','actual','2025-01/2025-10',N,'核准對大陸投資金額為26.8億美元'),
 F('台湾','核准对大陆投资金额','growth',-18.6,'%','eq','actual','2025-01/2025-10','yoy','年減18.6%'),
 F(k,'新设台资项目','count',43,'个','eq','actual','2025-01/2025-10',N,'新設台資項目43個'),
 F(k,'合同台资','amount',4.7*Y,'USD','eq','actual','2025-01/2025-10',N,'合同台資4.7億美元'),
 F(k,'合同台资','growth',12.5,'%','eq','actual','2025-01/2025-10','yoy','年增１２．５％'),
 F(k,'台资企业','count',1800,'家','gt','actual',M,N,'集聚台資企業逾1800家'),
 F(k,'台资企业累计投资总额','amount',600*Y,'USD','gt','actual',M,N,'累計投資總額超過600億美元'),
 F(k,'向台资企业发放研发补助','amount',3860*W,'CNY','eq','actual','2024',N,'研發補助人民幣3860萬元'),
 F(k,'鼎联精密获得研发补助','amount',860*W,'CNY','eq','actual','2024',N,'其中鼎聯精密獲得860萬元'),
 F(k,'鼎联精密智慧制造改造投入','amount',1.2*Y,'TWD','eq','target','2026/2028',N,'再投入新臺幣1.2億元'),
])

KINDS = {'amount','count','quantity','growth','share','pp','rank'}
BOUNDS = {'eq','gt','ge','lt','le','approx'}
STAT = {'actual','estimate','target'}

def decoded(doc):
    raw = open(os.path.join(CORPUS, doc), 'rb').read()
    return raw, raw.decode(ENC.get(doc, 'utf-8'))

out = []; errs = 0
for doc, (pub, facts) in D.items():
    raw, text = decoded(doc)
    for f in facts:
        zone, ind, kind, val, unit, bound, status, period, basis, quote, opt = f
        assert kind in KINDS and bound in BOUNDS and status in STAT, f
        assert (basis is None) or kind == 'growth', f
        if kind in ('growth', 'share'): assert unit == '%', f
        if kind == 'pp': assert unit == 'pp', f
        if kind == 'rank': assert unit == 'rank', f
        v = round(val, 6)
        if abs(v - round(v)) < 1e-6: v = int(round(v))
        c = text.count(quote)
        if c != 1:
            print('QUOTE COUNT', c, doc, quote); errs += 1
        out.append({"doc": doc, "published": pub, "zone": zone, "indicator": ind, "kind": kind, "value": v,
                    "unit": unit, "bound": bound, "status": status, "period": period, "basis": basis,
                    "quote": quote, "optional": opt, "_pos": text.find(quote)})
out.sort(key=lambda r: (r['doc'], r['_pos']))
with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as fh:
    for r in out:
        r.pop('_pos'); fh.write(json.dumps(r, ensure_ascii=False) + '\n')
# re-read: valid JSON, 13 fields
for n, line in enumerate(open(os.path.join(ROOT, 'gold.jsonl'), encoding='utf-8'), 1):
    r = json.loads(line); assert len(r) == 13, n
# scorer view of non-UTF-8 docs
for doc, enc in ENC.items():
    raw, _ = decoded(doc)
    rs = [r for r in out if r['doc'] == doc]
    found = sum(raw.find(r['quote'].encode('utf-8')) >= 0 for r in rs)
    print(f'{doc} ({enc}): scorer locates {found}/{len(rs)} quotes in raw bytes -> value-only matching')
    seen = {}
    for r in rs:
        key = (r['kind'], r['unit'], r['value'])
        attrs = tuple(r[a] for a in ('zone','indicator','period','status','bound','basis'))
        if key in seen and seen[key] != attrs:
            print('  value repeats with different attributes:', key)
        seen[key] = attrs
print('errors', errs, 'facts', len(out), 'optional', sum(r['optional'] for r in out))
for doc in D:
    rs = [r for r in out if r['doc'] == doc]
    print(doc, len(rs), sum(not r['optional'] for r in rs), sum(r['optional'] for r in rs))
sys.exit(1 if errs else 0)
