#!/usr/bin/env python3
"""Build datasets/heldout11: encode corpus/ from build/src/ (UTF-8) and write/check gold.jsonl.

usage: python3 build/gold.py [--pred OUT.jsonl]   (run from datasets/heldout11 or anywhere)

--pred also writes the required gold facts as predicted records (text/offset set from the
quote in the decoded article) so that tests/score.py can be run gold-against-gold.
"""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC, CORPUS = os.path.join(HERE, "src"), os.path.join(ROOT, "corpus")

ENC = {  # file -> encoding written to corpus/
    "1101_3f9a2c7e5b81d046.txt": "utf-8",
    "1101_8c24e1f07ad9b35e.txt": "gb18030",
    "1101_b61d09a4e72f5c38.txt": "utf-8",
    "1101_0e7f4a95c3d2b168.txt": "utf-8",
    "1101_d5a8310bf96e27c4.txt": "big5",
}
KINDS = {"amount", "count", "quantity", "growth", "share", "pp", "rank"}
BOUNDS = {"eq", "gt", "ge", "lt", "le", "approx"}
STATUS = {"actual", "estimate", "target"}
BASIS = {None, "yoy", "mom"}
FIELDS = ["doc", "published", "zone", "indicator", "kind", "value", "unit", "bound",
          "status", "period", "basis", "quote", "optional"]

Y = 1e8          # 亿
W = 1e4          # 万
MU = 666.667     # 亩 in m2 (contract)
FACTS = []


class Doc:
    def __init__(self, name, published, zone=None, period=None, status="actual"):
        self.name, self.published = name, published
        self.zone, self.period, self.status = zone, period, status

    def f(self, indicator, kind, value, unit, quote, bound="eq", status=None, period="_",
          basis=None, zone="_", opt=False):
        v = round(value, 6)
        if v == int(v):
            v = int(v)
        FACTS.append({"doc": self.name, "published": self.published,
                      "zone": self.zone if zone == "_" else zone, "indicator": indicator,
                      "kind": kind, "value": v, "unit": unit, "bound": bound,
                      "status": status or self.status,
                      "period": self.period if period == "_" else period,
                      "basis": basis, "quote": quote, "optional": opt})

    # shorthands
    def amt(self, ind, v, q, unit="CNY", **k): self.f(ind, "amount", v, unit, q, **k)
    def cnt(self, ind, v, unit, q, **k): self.f(ind, "count", v, unit, q, **k)
    def qty(self, ind, v, unit, q, **k): self.f(ind, "quantity", v, unit, q, **k)
    def gr(self, ind, v, q, **k): self.f(ind, "growth", v, "%", q, **k)
    def sh(self, ind, v, q, **k): self.f(ind, "share", v, "%", q, **k)
    def pp(self, ind, v, q, **k): self.f(ind, "pp", v, "pp", q, **k)
    def rk(self, ind, v, q, **k): self.f(ind, "rank", v, "rank", q, **k)


# ---------------------------------------------------------------- 1101_3f9a2c7e5b81d046
# 安徽省商务厅: foreign trade and FDI, Jan-Oct 2025, by city. UTF-8.
d = Doc("1101_3f9a2c7e5b81d046.txt", "2025-11-18", "安徽省", "2025-01/2025-10")
d.cnt("进出口增速高于全省平均的设区市", 5, "个", "稳中有进 5市", opt=True)
d.amt("货物贸易进出口总值", 6128.4 * Y, "货物贸易进出口总值6128.4亿元")
d.gr("货物贸易进出口总值", 7.6, "同比增长7.6%", basis="yoy")
d.pp("进出口增速高于全国", 2.9, "增速高于全国2.9个百分点")
d.rk("进出口规模全国排名", 11, "规模居全国第11位")
d.amt("出口", 3905.7 * Y, "出口3905.7亿元")
d.gr("出口", 9.3, "同比增长9.3%", basis="yoy")
d.cnt("有进出口实绩的外贸企业", 12700, "家", "外贸企业达1.27万家")
d.cnt("有进出口实绩的外贸企业增加", 836, "家", "比去年同期增加836家")
d.amt("新三样产品出口", 412.8 * Y, "产品出口412.8亿元")
d.gr("新三样产品出口", 24.6, "同比增长24.6%", basis="yoy")
d.sh("新三样产品出口占全省出口比重", 10.6, "占全省出口总值的10.6%")
d.amt("实际使用外资", 18.62 * Y, "实际使用外资18.62亿美元", unit="USD")
d.gr("实际使用外资", -6.3, "同比下降6.3%", basis="yoy")
d.pp("实际使用外资降幅收窄", 2.1, "收窄2.1个百分点")
d.cnt("新设外商投资企业", 1126, "家", "新设外商投资企业1126家")
d.gr("新设外商投资企业", 14.5, "同比增长14.5%", basis="yoy")
d.amt("制造业实际使用外资", 7.94 * Y, "制造业实际使用外资7.94亿美元", unit="USD")
d.sh("制造业实际使用外资占全省比重", 42.6, "占全省比重42.6%")
z = "合肥市"
d.amt("进出口", 2315.6 * Y, "合肥市进出口2315.6亿元", zone=z)
d.gr("进出口", 10.2, "同比增长10.2%", basis="yoy", zone=z)
d.sh("进出口占全省比重", 37.8, "占全省比重37.8%", zone=z)
d.rk("进出口总量全省排名", 1, "总量继续居全省首位", zone=z, opt=True)
d.amt("实际使用外资", 5.87 * Y, "实际使用外资5.87亿美元", unit="USD", zone=z)
d.rk("实际使用外资全省排名", 1, "居全省第1位", zone=z)
z = "芜湖市"
d.amt("进出口", 812.3 * Y, "芜湖市进出口812.3亿元", zone=z)
d.gr("进出口", 13.6, "同比增长13.6%", basis="yoy", zone=z)
d.rk("进出口增速全省排名", 2, "增速居全省第2位", zone=z)
z = "滁州市"
d.amt("进出口", 436.9 * Y, "滁州市进出口436.9亿元", zone=z)
d.gr("进出口", 21.7, "同比增长21.7%", basis="yoy", zone=z)
d.rk("进出口增速全省排名", 1, "增速全省第一", zone=z, opt=True)
d.cnt("新设外资企业", 96, "家", "新设外资企业96家", zone=z)
z = "马鞍山市"
z = "宣城市"
d.amt("进出口", 298.7 * Y, "宣城市进出口298.7亿元", zone=z)
d.gr("进出口", 9.1, "同比增长9.1%", basis="yoy", zone=z)
d.amt("跨境电商进出口", 26.4 * Y, "跨境电商进出口26.4亿元", zone=z)
d.gr("跨境电商进出口", 130, "同比增长1.3倍", basis="yoy", zone=z)
d.cnt("进出口增速高于全省平均的设区市", 5, "个", "安庆等5市", opt=True)
z = "合肥经济技术开发区综合保税区"
d.amt("进出口", 542.3 * Y, "进出口542.3亿元", zone=z)
d.gr("进出口", 16.8, "同比增长16.8%", basis="yoy", zone=z)
d.rk("全国综合保税区发展绩效评估排名", 9, "位列第9位", zone=z, opt=True)
z = "中国(安徽)自由贸易试验区"
d.sh("面积占全省比重", 0.05, "不到全省万分之五", bound="lt", zone=z, opt=True)
d.sh("进出口占全省比重", 22.4, "全省22.4%的进出口", zone=z)
d.sh("实际使用外资占全省比重", 18.7, "18.7%的实际使用外资", zone=z)
d.amt("进出口总值", 7400 * Y, "突破7400亿元", bound="gt", status="target", period="2025")
d.amt("实际使用外资", 22 * Y, "超过22亿美元", unit="USD", bound="gt", status="target", period="2025")
d.cnt("新设外商投资企业", 1300, "家", "不少于1300家", bound="ge", status="target", period="2025")

# ---------------------------------------------------------------- 1101_8c24e1f07ad9b35e
# 泗洪县 2024 statistical bulletin. GB18030.
d = Doc("1101_8c24e1f07ad9b35e.txt", "2025-03-26", "泗洪县", "2024")
d.amt("地区生产总值", 586.32 * Y, "(GDP)586.32亿元")
d.gr("地区生产总值", 6.1, "比上年增长6.1%", basis="yoy")
d.amt("第一产业增加值", 91.47 * Y, "第一产业增加值91.47亿元")
d.gr("第一产业增加值", 3.2, "增长3.2%")
d.amt("第二产业增加值", 214.05 * Y, "第二产业增加值214.05亿元")
d.gr("第二产业增加值", 7.4, "增长7.4%")
d.amt("第三产业增加值", 280.80 * Y, "第三产业增加值280.80亿元")
d.gr("第三产业增加值", 6.0, "增长6.0%")
d.amt("人均地区生产总值", 70568, "人均地区生产总值70568元")
d.gr("人均地区生产总值", 6.8, "比上年增长6.8%", basis="yoy")
d.cnt("常住人口", 830900, "人", "常住人口83.09万人")
d.sh("常住人口城镇化率", 58.3, "城镇化率为58.3%")
d.pp("常住人口城镇化率提高", 1.2, "提高1.2个百分点")
d.qty("粮食播种面积", 138.6 * W * MU, "m2", "粮食播种面积138.6万亩")
d.qty("粮食总产量", 63.85 * W, "t", "粮食总产量63.85万吨")
d.gr("粮食总产量", 1.7, "比上年增长1.7%", basis="yoy")
d.qty("新建高标准农田", 5.2 * W * MU, "m2", "新建高标准农田5.2万亩")
for name, t, g, row in [("粮食产量", 63.85, 1.7, "粮食        63.85        1.7"),
                        ("油料产量", 1.26, -3.4, "油料        1.26         -3.4"),
                        ("蔬菜产量", 92.37, 4.1, "蔬菜        92.37        4.1"),
                        ("水产品产量", 7.58, 2.2, "水产品      7.58         2.2")]:
    d.qty(name, t * W, "t", row, opt=True)
    d.gr(name, g, row, basis="yoy", opt=True)
d.gr("规模以上工业增加值", 8.3, "比上年增长8.3%", basis="yoy")
d.cnt("规模以上工业企业", 527, "家", "规模以上工业企业527家")
d.cnt("规模以上工业企业净增", 43, "家", "净增43家")
d.amt("规模以上工业营业收入", 1062.7 * Y, "营业收入1062.7亿元")
d.gr("规模以上工业营业收入", 9.6, "增长9.6%")
d.sh("高新技术产业产值占规上工业总产值比重", 46.2, "比重达46.2%")
d.pp("高新技术产业产值占比提高", 2.5, "提高2.5个百分点")
d.gr("固定资产投资", 5.4, "比上年增长5.4%", basis="yoy")
d.gr("工业投资", 12.7, "工业投资增长12.7%")
d.sh("工业投资占固定资产投资比重", 52.3, "比重52.3%")
d.cnt("新开工亿元以上项目", 87, "个", "新开工亿元以上项目87个")
d.cnt("新开工10亿元以上项目", 9, "个", "其中10亿元以上项目9个")
d.qty("商品房销售面积", 86.4 * W, "m2", "商品房销售面积86.4万平方米")
d.gr("商品房销售面积", -7.9, "下降7.9%")
d.amt("进出口总额", 11.64 * Y, "进出口总额11.64亿美元", unit="USD")
d.gr("进出口总额", 15.3, "增长15.3%")
d.amt("实际使用外资", 4210 * W, "实际使用外资4210万美元", unit="USD")
z = "泗洪经济开发区"
d.amt("规上工业产值", 612.5 * Y, "规上工业产值612.5亿元", zone=z)
d.sh("规上工业产值占全县比重", 64.8, "规上工业产值的64.8%", zone=z)
d.amt("一般公共预算收入", 9.86 * Y, "一般公共预算收入9.86亿元", zone=z)
d.cnt("规上工业企业", 218, "家", "规上工业企业达218家", zone=z)
d.amt("一般公共预算收入", 33.07 * Y, "一般公共预算收入33.07亿元")
d.gr("一般公共预算收入", 2.6, "比上年增长2.6%", basis="yoy")
d.amt("全体居民人均可支配收入", 32816, "全体居民人均可支配收入32816元")
d.gr("全体居民人均可支配收入", 5.9, "比上年增长5.9%", basis="yoy")

# ---------------------------------------------------------------- 1101_b61d09a4e72f5c38
# 淮安经开区 Q3 work summary + Q4 plan. UTF-8, full-width digits in the first figures.
d = Doc("1101_b61d09a4e72f5c38.txt", "2025-10-14", "淮安经济技术开发区", "2025-01/2025-09")
d.amt("地区生产总值", 486.2 * Y, "地区生产总值４８６．２亿元")
d.gr("地区生产总值", 6.8, "同比增长６．８％", basis="yoy")
d.sh("地区生产总值完成全年目标任务", 76.3, "完成全年目标任务的７６．３％")
d.pp("地区生产总值超序时进度", 1.3, "超序时进度1.3个百分点")
d.amt("规上工业总产值", 1327.5 * Y, "规上工业总产值1327.5亿元")
d.gr("规上工业总产值", 9.2, "同比增长9.2%", basis="yoy")
d.sh("规上工业总产值完成全年目标", 74.1, "完成全年目标的74.1%")
d.gr("规上工业增加值", 8.7, "同比增长8.7%", basis="yoy")
d.rk("规上工业增加值增速全市排名", 2, "增速列全市各县区第2位")
d.amt("一般公共预算收入", 38.61 * Y, "一般公共预算收入38.61亿元")
d.gr("一般公共预算收入", 3.4, "同比增长3.4%", basis="yoy")
d.gr("固定资产投资", 7.9, "同比增长7.9%", basis="yoy")
d.amt("外贸进出口", 112.8 * Y, "外贸进出口112.8亿元")
d.gr("外贸进出口", 22.5, "同比增长22.5%", basis="yoy")
d.amt("实际使用外资", 1.83 * Y, "实际使用外资1.83亿美元", unit="USD")
d.sh("实际使用外资完成全年目标任务", 81.3, "完成全年目标任务的81.3%")
d.pp("实际使用外资超序时进度", 6.3, "超序时进度6.3个百分点")
d.cnt("新签约亿元以上项目", 64, "个", "新签约亿元以上项目64个")
d.cnt("新签约10亿元以上项目", 11, "个", "10亿元以上项目11个")
d.cnt("新开工亿元以上项目", 41, "个", "新开工亿元以上项目41个")
d.cnt("省重大项目", 5, "个", "列入省重大项目5个")
d.amt("省重大项目年度计划投资", 47.2 * Y, "年度计划投资47.2亿元", status="target", period="2025")
d.amt("省重大项目完成投资", 39.5 * Y, "完成投资39.5亿元")
d.sh("省重大项目完成年度计划", 83.7, "完成年度计划的83.7%")
d.cnt("高新技术企业", 412, "家", "高新技术企业412家", period="2025-09")
d.cnt("高新技术企业净增", 37, "家", "较年初净增37家")
d.cnt("省级以上研发机构", 86, "个", "省级以上研发机构86个", period="2025-09")
d.cnt("新增专精特新中小企业", 28, "家", "中小企业28家")
d.amt("科创贷累计发放", 9.7 * Y, "\"科创贷\"9.7亿元", period="2025-09")
d.pp("规上工业增加值增幅回落", 0.6, "分别回落0.6个")
d.pp("一般公共预算收入增幅回落", 1.1, "0.6个和1.1个百分点")
d.cnt("新开工亿元以上项目", 9, "个", "新开工亿元以上项目仅9个", period="2025-Q3")
T = dict(status="target", period="2025")
d.gr("地区生产总值", 7, "地区生产总值增长7%以上", bound="gt", **T)
d.amt("规上工业总产值", 1800 * Y, "突破1800亿元", bound="gt", **T)
d.amt("一般公共预算收入", 50.5 * Y, "完成50.5亿元", **T)
d.gr("固定资产投资", 8, "增长8%左右", bound="approx", **T)
d.cnt("新开工亿元以上项目", 15, "个", "项目15个以上", bound="gt", status="target", period="2025-Q4")
d.amt("实际使用外资", 2.25 * Y, "达到2.25亿美元", unit="USD", **T)
d.amt("外贸进出口", 150 * Y, "突破150亿元", bound="gt", **T)
d.cnt("新增专精特新企业", 10, "家", "企业10家", status="target", period="2025-Q4")
d.cnt("新增高新技术企业", 50, "家", "高新技术企业50家以上", bound="gt", **T)

# ---------------------------------------------------------------- 1101_0e7f4a95c3d2b168
# 重庆日报: 西永综合保税区, July 2025 and Jan-Jul. UTF-8.
d = Doc("1101_0e7f4a95c3d2b168.txt", "2025-08-12", "西永综合保税区", "2025-01/2025-07")
M = "2025-07"
d.gr("进出口额", 12.4, "进出口额环比增长12.4%", basis="mom", period=M, opt=True)
d.cnt("跨境电商单量", 1e7, "单", "突破千万单", bound="gt", opt=True)
d.amt("进出口额", 386.2 * Y, "实现进出口额386.2亿元", period=M)
d.gr("进出口额", 9.7, "同比增长9.7%", basis="yoy", period=M)
d.gr("进出口额", 12.4, "环比增长12.4%,占", basis="mom", period=M)
d.sh("进出口额占全市比重", 52.3, "占全市进出口总额的52.3%", period=M)
d.pp("进出口额占全市比重提高", 1.8, "提高1.8个百分点", period=M)
d.amt("进出口额", 2418.5 * Y, "累计实现进出口额2418.5亿元")
d.gr("进出口额", 6.1, "同比增长6.1%", basis="yoy")
d.rk("进出口总额全国综合保税区排名", 3, "排名第3位")
d.cnt("笔记本电脑出口", 3862 * W, "台", "笔记本电脑出口3862万台")
d.gr("笔记本电脑出口", 4.5, "同比增长4.5%", basis="yoy")
d.amt("笔记本电脑出口货值", 1327.6 * Y, "出口货值1327.6亿元")
d.amt("集成电路进口货值", 418.3 * Y, "进口货值418.3亿元")
d.gr("集成电路进口货值", 17.2, "同比增长17.2%", basis="yoy")
d.cnt("跨境电商进出口单量", 1046.3 * W, "单", "单量1046.3万单")
d.gr("跨境电商进出口单量", 58.7, "同比增长58.7%", basis="yoy")
d.amt("跨境电商货值", 22.6 * Y, "货值22.6亿元")
d.gr("跨境电商货值", 41.3, "同比增长41.3%", basis="yoy")
d.cnt("跨境电商单量", 182.4 * W, "单", "单量182.4万单", period=M)
d.gr("跨境电商单量", 9.8, "环比增长9.8%", basis="mom", period=M)
d.cnt("跨境电商企业", 136, "家", "跨境电商企业达到136家", period="2025-08")
d.amt("保税维修货值", 31.4 * Y, "维修货值31.4亿元", period="2025-H1")
d.gr("保税维修货值", 120, "较去年同期增长1.2倍", basis="yoy", period="2025-H1")
d.cnt("注册企业", 512, "家", "注册企业达到512家", period=M)
d.cnt("加工贸易企业", 97, "家", "加工贸易企业97家", period=M)
d.cnt("重点企业用工", 6.8 * W, "人", "用工约6.8万人", bound="approx", period=M)
z = "重庆两路果园港综合保税区"
d.amt("进出口额", 326.7 * Y, "进出口额326.7亿元", zone=z)
d.gr("进出口额", 18.9, "同比增长18.9%", basis="yoy", zone=z)
d.amt("进出口额", 51.2 * Y, "进出口额51.2亿元", zone=z, period=M)
d.gr("进出口额", -3.6, "环比下降3.6%", basis="mom", zone=z, period=M)
z = "江津综合保税区"
d.amt("进出口额", 108.4 * Y, "进出口额108.4亿元", zone=z)
d.gr("进出口额", 26.3, "同比增长26.3%", basis="yoy", zone=z)
d.rk("进出口增速全市综保区排名", 1, "增速居全市综保区首位", zone=z, opt=True)
z = "重庆市"
d.cnt("综合保税区", 8, "个", "全市8个综合保税区", zone=z, opt=True)
d.amt("综合保税区进出口额", 3685.9 * Y, "进出口额3685.9亿元", zone=z)
d.sh("综合保税区进出口占全市外贸比重", 70, "近七成", bound="lt", zone=z)
d.cnt("中欧班列发运", 412, "列", "达到412列")
d.cnt("新业态项目", 20, "个", "项目20个以上", bound="gt", status="target", period="2025-H2")
d.amt("进出口额", 4200 * Y, "突破4200亿元", bound="gt", status="target", period="2025")
d.amt("综合保税区进出口额", 6500 * Y, "超过6500亿元", bound="gt", status="estimate", period="2025",
      zone="重庆市")

# ---------------------------------------------------------------- 1101_d5a8310bf96e27c4
# 香港商報: 河套 (深港科技創新合作區) and 前海. Traditional Chinese, Big5.
SZ = "深港科技创新合作区深圳园区"
d = Doc("1101_d5a8310bf96e27c4.txt", "2025-09-05", SZ, "2025-H1")
d.gr("营业收入", 20, "營收按年增兩成", basis="yoy", opt=True)
d.cnt("落户港企", 300, "家", "港企落戶逾三百家", bound="gt", period="2025-08", opt=True)
d.amt("规模以上企业营业收入", 312.6 * Y, "營業收入312.6億元人民幣")
d.gr("规模以上企业营业收入", 20.8, "按年增長20.8%", basis="yoy")
d.amt("研发投入", 48.7 * Y, "研發投入48.7億元人民幣")
d.gr("研发投入", 15.2, "按年增長15.2%", basis="yoy")
d.sh("研发投入强度", 15.6, "研發投入強度達15.6%")
A8 = "2025-08"
d.cnt("累计引进香港企业及机构", 318, "家", "香港企業及機構318家", period=A8)
d.cnt("引进香港企业及机构较去年底增加", 46, "家", "較去年底增加46家", period="2025-01/2025-08")
d.cnt("落户科研项目", 160, "个", "落戶科研項目超過160個", bound="gt", period=A8)
d.cnt("香港高校项目", 73, "个", "香港高校項目73個", period=A8)
d.cnt("国家级高新技术企业", 205, "家", "國家級高新技術企業205家", period="2025-09")
d.cnt("专精特新企业", 90, "家", "專精特新企業約90家", bound="approx", period="2025-09")
d.cnt("科研人员", 12000, "人", "科研人員逾1.2萬人", bound="gt", period="2025-09")
d.cnt("累计引进香港企业及机构", 400, "家", "突破400家", bound="gt", status="target", period="2026")
HK = "港深创新及科技园"
d.cnt("落成大楼", 3, "座", "首批三座大樓", zone=HK, period="2025", opt=True)
d.qty("总楼面面积", 13.5 * W, "m2", "總樓面面積約13.5萬平方米", bound="approx", zone=HK, period="2025")
d.sh("出租率", 72, "出租率已達72%", zone=HK, period="2025-09")
d.amt("政府注资", 52 * Y, "注資52億港元", unit="HKD", status="target", zone=HK, period=None)
d.amt("政府预留发展资金", 300 * Y, "預留約300億港元", unit="HKD", bound="approx", zone="河套香港园区",
      period=None)
d.cnt("就业岗位", 5.2 * W, "个", "約5.2萬個就業崗位", bound="approx", status="estimate", zone=HK,
      period=None, opt=True)
A7 = "2025-07"
d.amt("跨境资金结算", 86 * Y, "結算約86億元人民幣", bound="approx", period=A7)
d.gr("跨境资金结算", 7.3, "按月增長7.3%", basis="mom", period=A7)
d.amt("银行授信", 120 * Y, "授信逾120億港元", unit="HKD", bound="gt", period=A7)
d.cnt("获批开立科研资金跨境专用帐户的港资科研机构", 27, "家", "已有27家", period="2025-09")
d.cnt("新增入驻团队", 64, "个", "入駐團隊64個")
d.cnt("新增入驻香港团队", 41, "个", "香港團隊41個")
d.cnt("在园区工作的香港居民", 2300, "人", "香港居民約2,300人", bound="approx", period="2025-09")
d.gr("在园区工作的香港居民", 30, "較去年同期增長三成", basis="yoy", period="2025-09")
QH = "前海深港现代服务业合作区"
P7 = "2025-01/2025-07"
d.amt("实际使用港资", 46.2 * Y, "實際使用港資46.2億美元", unit="USD", zone=QH, period=P7)
d.gr("实际使用港资", 11.4, "按年增長11.4%", basis="yoy", zone=QH, period=P7)
d.sh("实际使用港资占深圳全市比重", 40, "近四成", bound="lt", zone=QH, period=P7)
d.cnt("港资企业", 12000, "家", "前海港資企業逾萬二", bound="gt", zone=QH, period=A7, opt=True)
d.cnt("港资企业", 12800, "家", "港資企業達到1.28萬家", zone=QH, period=A7)
d.cnt("港资企业较去年同期增加", 1150, "家", "增加1,150家", zone=QH, period=A7)
d.amt("税收收入", 196.3 * Y, "稅收收入196.3億元人民幣", zone=QH, period=P7)
d.gr("税收收入", 5.7, "按年上升5.7%", basis="yoy", zone=QH, period=P7)
d.amt("跨境人民币结算量", 3420 * Y, "結算量達3,420億元人民幣", zone=QH, period=P7)
d.gr("跨境人民币结算量", 16.1, "按年增長16.1%", basis="yoy", zone=QH, period=P7)
d.sh("跨境人民币结算量占深圳全市比重", 100 / 3, "約佔深圳全市的三分之一", bound="approx", zone=QH,
     period=P7, opt=True)
d.cnt("港资企业", 16000, "家", "突破1.6萬家", bound="gt", status="target", zone=QH, period="2027")
d.amt("经济总量", 5000 * Y, "5000億元人民幣", status="target", zone=QH, period="2027")


# ---------------------------------------------------------------- build + checks
def main():
    os.makedirs(CORPUS, exist_ok=True)
    texts, errors = {}, []
    for name, enc in ENC.items():
        src = open(os.path.join(SRC, name), encoding="utf-8").read()
        raw = src.encode(enc)
        if raw.decode(enc) != src:
            errors.append(f"{name}: {enc} round trip differs")
        open(os.path.join(CORPUS, name), "wb").write(raw)
        texts[name] = src
        if not 1500 <= len(src) <= 3500:
            errors.append(f"{name}: {len(src)} characters")
    for i, r in enumerate(FACTS):
        where = f"fact {i} {r['doc']} {r['quote']!r}"
        if list(r) != FIELDS:
            errors.append(f"{where}: fields")
        if r["kind"] not in KINDS or r["bound"] not in BOUNDS or r["status"] not in STATUS \
                or r["basis"] not in BASIS:
            errors.append(f"{where}: enum")
        if r["basis"] and r["kind"] != "growth":
            errors.append(f"{where}: basis on non-growth")
        unit_ok = {"share": "%", "growth": "%", "pp": "pp", "rank": "rank"}.get(r["kind"])
        if unit_ok and r["unit"] != unit_ok:
            errors.append(f"{where}: unit")
        n = texts[r["doc"]].count(r["quote"])
        if n != 1:
            errors.append(f"{where}: quote occurs {n} times")
    # shared quotes must come from one phrase: list them for review
    # encoded files: (kind, unit, value) may not repeat with different attributes among required
    # facts (the scorer cannot locate quotes in non-UTF-8 bytes)
    for name, enc in ENC.items():
        if enc == "utf-8":
            continue
        seen = collections.defaultdict(list)
        for r in FACTS:
            if r["doc"] == name:
                seen[(r["kind"], r["unit"], r["value"])].append(r)
        for key, rs in seen.items():
            req = [r for r in rs if not r["optional"]]
            attrs = {tuple(r[a] for a in ("zone", "indicator", "period", "status", "bound", "basis"))
                     for r in req}
            if len(attrs) > 1:
                errors.append(f"{name}: {key} repeats with different attributes")
            if len(req) and len(rs) > len(req):
                first_req = rs.index(req[0])
                if any(r["optional"] for r in rs[:first_req]):
                    errors.append(f"{name}: {key} optional before required")
    if errors:
        sys.exit("\n".join(errors))
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in FACTS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--pred" in sys.argv:
        out = sys.argv[sys.argv.index("--pred") + 1]
        with open(out, "w", encoding="utf-8") as f:
            for r in FACTS:
                if r["optional"]:
                    continue
                t = texts[r["doc"]]
                b = t.encode("utf-8").find(r["quote"].encode("utf-8"))
                p = {k: r[k] for k in FIELDS if k not in ("quote", "optional")}
                p["text"] = r["quote"]
                p["offset"] = [b, b + len(r["quote"].encode("utf-8"))]
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
    c = collections.Counter((r["doc"], r["optional"]) for r in FACTS)
    for name in ENC:
        print(f"{name}  {ENC[name]:8} required {c[(name, False)]:3}  optional {c[(name, True)]:3}")
    print(f"total {len(FACTS)}: required {sum(not r['optional'] for r in FACTS)}, "
          f"optional {sum(r['optional'] for r in FACTS)}")


if __name__ == "__main__":
    main()
