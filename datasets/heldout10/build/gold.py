#!/usr/bin/env python3
"""Write ../gold.jsonl and ../corpus/ from src/ and the fact tables below, and check them.

Run from anywhere: python3 datasets/heldout10/build/gold.py
Written blind from ../../../shared/design/records.md and the seed gold (no tool output, no tool source).
"""
import json, os, subprocess, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.dirname(HERE)
CORPUS = os.path.join(OUT, "corpus")

KINDS = {"amount", "count", "quantity", "growth", "share", "pp", "rank"}
BOUNDS = {"eq", "gt", "ge", "lt", "le", "approx"}
STATUS = {"actual", "estimate", "target"}
BASIS = {None, "yoy", "mom"}
YI, WAN = 100000000, 10000
MU = 666.667

DOCS = []  # (name, published, encoding, default zone, default period, facts)


def doc(name, published, enc, zone, period):
    facts = []
    DOCS.append((name, published, enc, zone, period, facts))

    def F(quote, ind, kind, value, unit, bound="eq", status="actual", period=period, basis=None,
          zone=zone, opt=False):
        if isinstance(value, float):
            value = round(value, 6)
            if abs(value - round(value)) < 1e-3:
                value = int(round(value))
        facts.append(dict(quote=quote, indicator=ind, kind=kind, value=value, unit=unit, bound=bound,
                          status=status, period=period, basis=basis, zone=zone, optional=opt))
    return F


# ---------------------------------------------------------------- 1001 发改委 mid-year bulletin
F = doc("1001_3f9a2c7d81e04b56.txt", "2025-07-16", "utf-8", "滁州市", "2025-H1")
F("全市共安排重点项目1126个", "重点项目", "count", 1126, "个", period="2025")
F("总投资8635.2亿元", "重点项目总投资", "amount", 8635.2 * YI, "CNY", period="2025")
F("年度计划投资1870亿元", "重点项目年度计划投资", "amount", 1870 * YI, "CNY", status="target", period="2025")
F("累计完成投资1046.7亿元", "重点项目完成投资", "amount", 1046.7 * YI, "CNY")
F("完成年度计划的56.0%", "重点项目年度计划完成率", "share", 56.0, "%")
F("超序时进度6个百分点", "重点项目超序时进度", "pp", 6, "pp")
F("同比增长9.4%", "重点项目完成投资", "growth", 9.4, "%", basis="yoy")
F("全年计划新开工项目486个", "计划新开工项目", "count", 486, "个", status="target", period="2025")
F("上半年已开工412个", "已开工项目", "count", 412, "个")
F("开工率84.8%", "新开工项目开工率", "share", 84.8, "%")
F("较去年同期提高5.2个百分点", "开工率较去年同期提高", "pp", 5.2, "pp")
F("工业项目完成投资612.4亿元", "工业项目完成投资", "amount", 612.4 * YI, "CNY")
F("占重点项目完成投资的58.5%", "工业项目完成投资占比", "share", 58.5, "%")
F("同比增长14.6%", "工业项目完成投资", "growth", 14.6, "%", basis="yoy")
F("完成投资247.3亿元", "基础设施项目完成投资", "amount", 247.3 * YI, "CNY")
F("增长3.8%", "基础设施项目完成投资", "growth", 3.8, "%")
F("完成投资96.1亿元", "社会民生项目完成投资", "amount", 96.1 * YI, "CNY")
F("同比下降2.7%", "社会民生项目完成投资", "growth", -2.7, "%", basis="yoy")
F("分别为61.2%", "年度计划完成率", "share", 61.2, "%", zone="天长市")
F("61.2%、59.4%", "年度计划完成率", "share", 59.4, "%", zone="来安县")
F("59.4%、58.8%", "年度计划完成率", "share", 58.8, "%", zone="全椒县")
F("完成率低于50%", "年度计划完成率", "share", 50, "%", bound="lt", zone="琅琊区", opt=True)
F("完成率低于50%", "年度计划完成率", "share", 50, "%", bound="lt", zone="南谯区", opt=True)
F("完成率低于50%", "年度计划完成率", "share", 50, "%", bound="lt", zone="凤阳县", opt=True)
F("重点项目完成投资168.9亿元", "重点项目完成投资", "amount", 168.9 * YI, "CNY", zone="滁州经济技术开发区")
F("完成年度计划的57.6%", "重点项目年度计划完成率", "share", 57.6, "%", zone="滁州经济技术开发区")
F("完成投资93.4亿元", "重点项目完成投资", "amount", 93.4 * YI, "CNY", zone="中新苏滁高新区")
F("完成年度计划的54.2%", "重点项目年度计划完成率", "share", 54.2, "%", zone="中新苏滁高新区")
F("总投资约120亿元", "惠科光电二期项目总投资", "amount", 120 * YI, "CNY", bound="approx", period=None, opt=True)
F("主厂房形象进度达85%", "惠科光电二期主厂房形象进度", "share", 85, "%")
F("完成投资31.6亿元", "惠科光电二期完成投资", "amount", 31.6 * YI, "CNY")
F("线路全长约14.6公里", "滁宁城际铁路滁州段三期线路长度", "quantity", 14.6, "km", bound="approx", period=None, opt=True)
F("土建形象进度62%", "滁宁城际铁路滁州段三期土建形象进度", "share", 62, "%")
F("累计完成投资42.8亿元", "滁宁城际铁路滁州段三期累计完成投资", "amount", 42.8 * YI, "CNY", period="2025-07")
F("计划新建截污管网38.6公里", "明湖截污管网计划新建长度", "quantity", 38.6, "km", status="target", period=None, opt=True)
F("已完成26.1公里", "明湖截污管网已完成长度", "quantity", 26.1, "km", period="2025-07")
F("完成率67.6%", "明湖截污管网完成率", "share", 67.6, "%", period="2025-07")
F("仍有17个项目", "未开工重点项目", "count", 17, "个", period="2025-06")
F("累计完成投资可达1500亿元左右", "重点项目累计完成投资", "amount", 1500 * YI, "CNY", bound="approx", status="estimate", period="2025-09")
F("完成年度计划的80%以上", "重点项目年度计划完成率", "share", 80, "%", bound="gt", status="target", period="2025-09")
F("全年完成投资1950亿元以上", "重点项目完成投资", "amount", 1950 * YI, "CNY", bound="gt", status="target", period="2025")
F("开工率达到95%以上", "新开工项目开工率", "share", 95, "%", bound="gt", status="target", period="2025")

# ---------------------------------------------------------------- 1002 政府工作报告 (GB18030)
F = doc("1002_8d2e61b0c4f7a935.txt", "2026-01-14", "gb18030", "如东县", "2021/2025")
F("由2020年的1101.3亿元", "地区生产总值", "amount", 1101.3 * YI, "CNY", period="2020")
F("增加到2025年的1586.4亿元", "地区生产总值", "amount", 1586.4 * YI, "CNY", period="2025")
F("年均增长6.3%", "地区生产总值年均增长", "growth", 6.3, "%")
F("一般公共预算收入达到80.6亿元", "一般公共预算收入", "amount", 80.6 * YI, "CNY", period="2025")
F("五年累计完成371.2亿元", "一般公共预算收入累计", "amount", 371.2 * YI, "CNY")
F("规上工业总产值突破3000亿元", "规上工业总产值", "amount", 3000 * YI, "CNY", bound="gt", period="2025", opt=True)
F("达到3127亿元", "规上工业总产值", "amount", 3127 * YI, "CNY", period="2025")
F("位列第28位", "全国综合实力百强县排名", "rank", 28, "rank", period="2025")
F("较五年前前移9位", "全国综合实力百强县排名前移", "rank", 9, "rank", opt=True)
F("累计完成固定资产投资4120亿元", "固定资产投资累计", "amount", 4120 * YI, "CNY")
F("年均增长8.2%", "固定资产投资年均增长", "growth", 8.2, "%")
F("新增规上工业企业412家", "新增规上工业企业", "count", 412, "家")
F("总数达到1186家", "规上工业企业", "count", 1186, "家", period="2025")
F("由168家", "高新技术企业", "count", 168, "家", period="2020")
F("增加到455家", "高新技术企业", "count", 455, "家", period="2025")
F("增长1.7倍", "高新技术企业", "growth", 170, "%")
F("比重提高到2.9%", "研发经费投入占地区生产总值比重", "share", 2.9, "%", period="2025")
F("全省县域第一", "海上风电并网装机规模全省县域排名", "rank", 1, "rank", period="2025", opt=True)
F("上网电量96.3亿千瓦时", "海上风电上网电量", "quantity", 96.3 * YI, "kWh", period="2025", opt=True)
F("吞吐量达到2680万吨", "洋口港区货物吞吐量", "quantity", 2680 * WAN, "t", period="2025")
F("是2020年的2.4倍", "洋口港区货物吞吐量", "growth", 140, "%", opt=True)
F("实际使用外资12.8亿美元", "实际使用外资", "amount", 12.8 * YI, "USD")
F("累计突破2000亿元", "外贸进出口总额", "amount", 2000 * YI, "CNY", bound="gt")
F("新建改造农村公路1260公里", "新建改造农村公路", "quantity", 1260, "km")
F("新增城市绿地186公顷", "新增城市绿地", "quantity", 186 * WAN, "m2")
F("始终保持在80%以上", "民生支出占一般公共预算支出比重", "share", 80, "%", bound="gt")
F("分别达到6.38万元", "城镇居民人均可支配收入", "amount", 63800, "CNY", period="2025")
F("6.38万元、3.42万元", "农村居民人均可支配收入", "amount", 34200, "CNY", period="2025")
F("年均增长5.6%", "城镇居民人均可支配收入年均增长", "growth", 5.6, "%")
F("5.6%、7.1%", "农村居民人均可支配收入年均增长", "growth", 7.1, "%")
F("幼儿园47所", "新建改扩建中小学幼儿园", "count", 47, "所")
F("城镇新增就业6.1万人", "城镇新增就业", "count", 6.1 * WAN, "人")
T = dict(status="target", period="2026")
F("地区生产总值增长6%左右", "地区生产总值", "growth", 6, "%", bound="approx", **T)
F("增长5%以上", "一般公共预算收入", "growth", 5, "%", bound="gt", **T)
F("规上工业增加值增长8.5%", "规上工业增加值", "growth", 8.5, "%", **T)
F("固定资产投资增长6.5%左右", "固定资产投资", "growth", 6.5, "%", bound="approx", **T)
F("社会消费品零售总额增长6.2%", "社会消费品零售总额", "growth", 6.2, "%", **T)
F("力争增长4%", "外贸进出口总额", "growth", 4, "%", **T)
F("控制在5%以内", "城镇调查失业率", "share", 5, "%", bound="le", **T)
F("稳定在62万吨以上", "粮食总产量", "quantity", 62 * WAN, "t", bound="gt", **T)
F("实施县级重点项目260个", "县级重点项目", "count", 260, "个", **T)
F("年度计划投资不低于420亿元", "县级重点项目年度计划投资", "amount", 420 * YI, "CNY", bound="ge", **T)
F("重大产业项目30个", "10亿元以上重大产业项目", "count", 30, "个", **T)
F("50亿元以上项目不少于5个", "50亿元以上项目", "count", 5, "个", bound="ge", **T)
F("比重达到3.1%", "研发经费投入占地区生产总值比重", "share", 3.1, "%", **T)
F("新增城镇就业1.2万人", "城镇新增就业", "count", 1.2 * WAN, "人", **T)
F("民生支出占比不低于78%", "民生支出占比", "share", 78, "%", bound="ge", **T)

# ---------------------------------------------------------------- 1003 高新区 WeChat post
F = doc("1003_5c0b7e9a2f6d1384.txt", "2025-08-06", "utf-8", "合肥高新区", "2025-H1")
F("地区生产总值６８６.２亿元", "地区生产总值", "amount", 686.2 * YI, "CNY")
F("同比增长７.１%", "地区生产总值", "growth", 7.1, "%", basis="yoy")
F("高于全市１.３个百分点", "地区生产总值增速高于全市", "pp", 1.3, "pp")
F("同比增长近三成", "规上工业增加值", "growth", 30, "%", bound="lt", basis="yoy")
F("突破一百二十亿元", "光伏及新能源产业产值", "amount", 120 * YI, "CNY", bound="gt")
F("比重达到６２.４%", "高技术制造业增加值占规上工业比重", "share", 62.4, "%")
F("一般公共预算收入４３.７亿元", "一般公共预算收入", "amount", 43.7 * YI, "CNY")
F("同比增长５.２%", "一般公共预算收入", "growth", 5.2, "%", basis="yoy")
F("上半年新签约项目53个", "新签约项目", "count", 53, "个")
F("协议总投资达三百二十亿元", "新签约项目协议总投资", "amount", 320 * YI, "CNY")
F("的项目6个", "单体投资10-15亿元项目", "count", 6, "个")
F("20亿元以上项目4个", "20亿元以上项目", "count", 4, "个")
F("新开工亿元以上项目27个", "新开工亿元以上项目", "count", 27, "个")
F("竣工投产项目19个", "竣工投产项目", "count", 19, "个")
F("形象进度超过七成", "量子信息未来产业园一期形象进度", "share", 70, "%", bound="gt")
F("完成年度计划投资的６１.８%", "市重点项目年度计划投资完成率", "share", 61.8, "%")
F("总数达到２８６０家", "国家高新技术企业", "count", 2860, "家", period="2025-06")
F("较“十三五”末翻了一番", "国家高新技术企业", "growth", 100, "%", period="2025-06", opt=True)
F("拥有量达到１９８件", "每万人口高价值发明专利拥有量", "count", 198, "件", period="2025-06")
F("新增科技型中小企业６１５家", "新增科技型中小企业", "count", 615, "家")
F("“小巨人”企业１２家", "新认定专精特新小巨人企业", "count", 12, "家")
F("技术合同登记额２３３.５亿元", "技术合同登记额", "amount", 233.5 * YI, "CNY")
F("同比增长两成", "技术合同登记额", "growth", 20, "%", basis="yoy")
F("新增上市公司3家", "新增上市公司", "count", 3, "家")
F("上市公司总数达到58家", "境内外上市公司", "count", 58, "家")
F("位列全国第６位", "国家高新区综合评价排名", "rank", 6, "rank", period="2025-08")
F("新引进各类人才１.８万人", "新引进人才", "count", 1.8 * WAN, "人")
F("博士７００余名", "新引进博士", "count", 700, "名", bound="approx")
F("奖励资金1.26亿元", "人才补贴和奖励资金", "amount", 1.26 * YI, "CNY")
F("同比增加三分之一", "人才补贴和奖励资金", "growth", 100 / 3, "%", basis="yoy", opt=True)
F("进出口总额１６８.３亿元", "进出口总额", "amount", 168.3 * YI, "CNY")
F("同比增长９.７%", "进出口总额", "growth", 9.7, "%", basis="yoy")
F("约占全市的四分之一", "进出口总额占全市比重", "share", 25, "%", bound="approx")
T = dict(status="target", period="2025")
F("增长７.５%以上", "地区生产总值", "growth", 7.5, "%", bound="gt", **T)
F("协议总投资突破600亿元", "新签约项目协议总投资", "amount", 600 * YI, "CNY", bound="gt", **T)
F("力争达到３０００家", "高新技术企业", "count", 3000, "家", **T)
F("不少于３.５万人", "新引进人才", "count", 3.5 * WAN, "人", bound="ge", **T)
F("新增固定资产投资80-100亿元", "新增固定资产投资", "amount", 80 * YI, "CNY", bound="ge", status="estimate", period="2025", opt=True)
F("新增固定资产投资80-100亿元", "新增固定资产投资", "amount", 100 * YI, "CNY", bound="le", status="estimate", period="2025", opt=True)
F("10亿元以上项目15个", "10亿元以上项目", "count", 15, "个", status="target", period="2025-H2")

# ---------------------------------------------------------------- 1004 Macau daily, traditional (Big5)
F = doc("1004_a17e4d93b6c20f58.txt", "2025-10-22", "big5", "横琴粤澳深度合作区", "2025-01/2025-09")
F("新設澳資企業逾九百家", "新设澳资企业", "count", 900, "家", bound="gt", opt=True)  # headline
F("新設立澳資企業936家", "新设澳资企业", "count", 936, "家")
F("同比增長12.4%", "新设澳资企业", "growth", 12.4, "%", basis="yoy")
F("實有澳資企業達7,285家", "实有澳资企业", "count", 7285, "家", period="2025-09")
F("企業總數的一成半", "澳资企业占企业总数比重", "share", 15, "%", bound="approx", period="2025-09")
F("地區生產總值387.6億元人民幣", "地区生产总值", "amount", 387.6 * YI, "CNY")
F("按年增長5.8%", "地区生产总值", "growth", 5.8, "%", basis="yoy")
F("按年下降3.1%", "固定资产投资", "growth", -3.1, "%", basis="yoy")
F("按年增長14.2%", "规上工业增加值", "growth", 14.2, "%", basis="yoy")
F("提高至71.5%", "科技研发和高端制造产业产值占规上工业比重", "share", 71.5, "%")
F("累計達2,860億元人民幣", "跨境人民币结算量", "amount", 2860 * YI, "CNY", period="2025-09")
F("約46億港元", "跨境理财通汇划金额", "amount", 46 * YI, "HKD", bound="approx", period="2025-09")
F("新增1.2萬個", "澳门居民个人账户新增", "count", 1.2 * WAN, "个", period="2025-09")
F("累計逾58億澳門元", "澳门投资发展公司向合作区产业项目注资", "amount", 58 * YI, "MOP", bound="gt", period="2025-09")
F("澳門居民達18,640人", "在合作区居住的澳门居民", "count", 18640, "人", period="2025-09")
F("較去年底增加2,130人", "在合作区居住的澳门居民较去年底增加", "count", 2130, "人", period="2025-09", opt=True)
F("澳門居民4,960人", "在合作区就业的澳门居民", "count", 4960, "人", period="2025-09")
F("同比增長21.7%", "在合作区就业的澳门居民", "growth", 21.7, "%", basis="yoy", period="2025-09")
F("已交付住宅約4,000套", "澳门新街坊已交付住宅", "count", 4000, "套", bound="approx", period="2025-09")
F("入住率超過六成", "澳门新街坊入住率", "share", 60, "%", bound="gt", period="2025-09")
F("旅客1,932.6萬人次", "横琴口岸出入境旅客", "count", 1932.6 * WAN, "人次")
F("按年增長18.9%", "横琴口岸出入境旅客", "growth", 18.9, "%", basis="yoy")
F("佔比達到74.3%", "横琴口岸出入境旅客中澳门居民占比", "share", 74.3, "%")
F("接待遊客約1,150萬人次", "接待游客", "count", 1150 * WAN, "人次", bound="approx")
F("旅遊收入128.4億元人民幣", "旅游收入", "amount", 128.4 * YI, "CNY")
F("科技型企業1,437家", "新增登记科技型企业", "count", 1437, "家")
F("澳資科技企業312家", "新增澳资科技企业", "count", 312, "家")
F("總數達到468家", "国家级高新技术企业", "count", 468, "家")
F("澳門企業47家", "澳门品牌工业项目引入澳门企业", "count", 47, "家", period="2025-10")
F("約9.8億澳門元", "澳门品牌工业项目签约投资额", "amount", 9.8 * YI, "MOP", bound="approx", period="2025-10")
F("42個政府投資項目", "政府投资项目", "count", 42, "个", period="2025", opt=True)
F("完成投資86.7億元人民幣", "政府投资项目完成投资", "amount", 86.7 * YI, "CNY")
F("完成年度計劃的78.2%", "政府投资项目年度计划完成率", "share", 78.2, "%")
T = dict(status="target", period="2025")
F("地區生產總值增長6%左右", "地区生产总值", "growth", 6, "%", bound="approx", **T)
F("突破1,200家", "新设澳资企业", "count", 1200, "家", bound="gt", **T)
F("達到2萬人以上", "在合作区居住的澳门居民", "count", 2 * WAN, "人", bound="gt", **T)
F("約320億元人民幣", "产业用地项目总投资", "amount", 320 * YI, "CNY", bound="approx", period=None, opt=True)
F("不少於50萬平方米", "新增产业用房面积", "quantity", 50 * WAN, "m2", bound="ge", **T)
F("按年實質增長6.3%", "本地生产总值", "growth", 6.3, "%", basis="yoy", period="2025-Q3", zone="澳门")
F("總體失業率為1.8%", "澳门居民总体失业率", "share", 1.8, "%", period="2025-Q3", zone="澳门")
F("按年增長約一成", "入境旅客", "growth", 10, "%", bound="approx", basis="yoy", zone="澳门")
F("達2,960萬人次", "入境旅客", "count", 2960 * WAN, "人次", zone="澳门")
F("博彩毛收入1,785億澳門元", "博彩毛收入", "amount", 1785 * YI, "MOP", zone="澳门")

# ---------------------------------------------------------------- 1005 统计局 quarterly interpretation
F = doc("1005_e6b3914c7d0a28f2.txt", "2025-07-21", "utf-8", "赣州市", "2025-H1")
F("地区生产总值2416.8亿元", "地区生产总值", "amount", 2416.8 * YI, "CNY")
F("同比增长5.7%", "地区生产总值", "growth", 5.7, "%", basis="yoy")
F("比一季度加快0.4个百分点", "地区生产总值增速比一季度加快", "pp", 0.4, "pp")
F("高于全省0.3个百分点", "地区生产总值增速高于全省", "pp", 0.3, "pp")
F("第一产业增加值181.2亿元", "第一产业增加值", "amount", 181.2 * YI, "CNY")
F("增长3.6%", "第一产业增加值", "growth", 3.6, "%")
F("第二产业增加值996.5亿元", "第二产业增加值", "amount", 996.5 * YI, "CNY")
F("增长6.8%", "第二产业增加值", "growth", 6.8, "%")
F("第三产业增加值1239.1亿元", "第三产业增加值", "amount", 1239.1 * YI, "CNY")
F("增长5.1%", "第三产业增加值", "growth", 5.1, "%")
F("同比增长7.9%", "规上工业增加值", "growth", 7.9, "%", basis="yoy")
F("比一季度加快1.2个百分点", "规上工业增加值增速比一季度加快", "pp", 1.2, "pp")
F("两年平均增长7.4%", "规上工业增加值两年平均增长", "growth", 7.4, "%")
F("39个行业大类", "工业行业大类", "count", 39, "个", opt=True)
F("有28个行业", "增加值增长的行业大类", "count", 28, "个")
F("增长面为71.8%", "工业行业增长面", "share", 71.8, "%")
F("有色金属冶炼和压延加工业增长12.7%", "有色金属冶炼和压延加工业增加值", "growth", 12.7, "%")
F("拉动全市规上工业增长2.9个百分点", "有色金属冶炼和压延加工业拉动规上工业增长", "pp", 2.9, "pp")
F("电子信息产业增长16.4%", "电子信息产业增加值", "growth", 16.4, "%")
F("规上工业增加值增长8.6%", "规上工业增加值", "growth", 8.6, "%", period="2025-06")
F("环比增长0.72%", "规上工业增加值", "growth", 0.72, "%", basis="mom", period="2025-06")
F("固定资产投资同比增长4.2%", "固定资产投资", "growth", 4.2, "%", basis="yoy")
F("比1—5月回落0.5个百分点", "固定资产投资增速比1-5月回落", "pp", 0.5, "pp", opt=True)
F("工业投资增长13.5%", "工业投资", "growth", 13.5, "%")
F("占全部投资的比重为46.3%", "工业投资占全部投资比重", "share", 46.3, "%")
F("比上年同期提高4.1个百分点", "工业投资占比比上年同期提高", "pp", 4.1, "pp")
F("基础设施投资下降2.8%", "基础设施投资", "growth", -2.8, "%")
F("房地产开发投资下降9.6%", "房地产开发投资", "growth", -9.6, "%")
F("降幅比一季度收窄3.4个百分点", "房地产开发投资降幅比一季度收窄", "pp", 3.4, "pp", opt=True)
F("在建亿元以上项目1382个", "在建亿元以上项目", "count", 1382, "个")
F("比上年同期增加96个", "在建亿元以上项目比上年同期增加", "count", 96, "个", opt=True)
F("社会消费品零售总额912.6亿元", "社会消费品零售总额", "amount", 912.6 * YI, "CNY")
F("同比增长5.3%", "社会消费品零售总额", "growth", 5.3, "%", basis="yoy")
F("两年平均增长5.9%", "社会消费品零售总额两年平均增长", "growth", 5.9, "%")
F("分别增长31.5%", "限额以上单位通讯器材类商品零售额", "growth", 31.5, "%")
F("31.5%、24.8%", "限额以上单位家用电器和音像器材类商品零售额", "growth", 24.8, "%")
F("进出口总额386.7亿元", "进出口总额", "amount", 386.7 * YI, "CNY")
F("同比增长10.9%", "进出口总额", "growth", 10.9, "%", basis="yoy")
F("一般公共预算收入198.3亿元", "一般公共预算收入", "amount", 198.3 * YI, "CNY")
F("同比增长2.5%", "一般公共预算收入", "growth", 2.5, "%", basis="yoy")
F("税收收入占比为63.7%", "税收收入占比", "share", 63.7, "%")
F("人均可支配收入16428元", "全体居民人均可支配收入", "amount", 16428, "CNY")
F("同比增长5.5%", "全体居民人均可支配收入", "growth", 5.5, "%", basis="yoy")
F("人均可支配收入23176元", "城镇居民人均可支配收入", "amount", 23176, "CNY")
F("增长4.6%", "城镇居民人均可支配收入", "growth", 4.6, "%")
F("人均可支配收入10538元", "农村居民人均可支配收入", "amount", 10538, "CNY")
F("增长6.4%", "农村居民人均可支配收入", "growth", 6.4, "%")
F("同比上涨0.3%", "居民消费价格", "growth", 0.3, "%", basis="yoy")

# ---------------------------------------------------------------- 1006 investment-promotion news
F = doc("1006_47d0c8e25a9b3f61.txt", "2025-11-12", "utf-8", "衡阳市", "2025-11")
F("300余名湾区客商", "参会湾区客商和企业家", "count", 300, "名", bound="approx", opt=True)
F("集中签约项目63个", "集中签约项目", "count", 63, "个")
F("总投资512.8亿元", "集中签约项目总投资", "amount", 512.8 * YI, "CNY")
F("制造业项目47个", "签约制造业项目", "count", 47, "个")
F("占签约项目总数的74.6%", "制造业项目占签约项目比重", "share", 74.6, "%")
F("超过10亿元的项目18个", "投资额超过10亿元的签约项目", "count", 18, "个")
F("50亿元以上项目2个", "50亿元以上签约项目", "count", 2, "个")
F("分别签约项目9个", "签约项目", "count", 9, "个", zone="耒阳市")
F("9个、7个", "签约项目", "count", 7, "个", zone="常宁市")
F("7个、8个", "签约项目", "count", 8, "个", zone="衡南县")
F("分别为86.3亿元", "签约项目投资额", "amount", 86.3 * YI, "CNY", zone="耒阳市")
F("86.3亿元、64.5亿元", "签约项目投资额", "amount", 64.5 * YI, "CNY", zone="常宁市")
F("64.5亿元、71.2亿元", "签约项目投资额", "amount", 71.2 * YI, "CNY", zone="衡南县")
F("签约项目11个", "签约项目", "count", 11, "个", zone="衡阳高新区")
F("总投资97.6亿元", "签约项目总投资", "amount", 97.6 * YI, "CNY", zone="衡阳高新区")
F("各签约项目5个", "签约项目", "count", 5, "个", zone="衡阳综合保税区")
F("各签约项目5个", "签约项目", "count", 5, "个", zone="松木经济开发区")
F("投资额合计43.9亿元", "签约项目投资额合计", "amount", 43.9 * YI, "CNY", opt=True)
F("分别签约项目15个", "新能源新材料签约项目", "count", 15, "个")
F("15个、12个", "电子信息签约项目", "count", 12, "个")
F("12个、11个", "先进装备制造签约项目", "count", 11, "个")
F("总投资65亿元", "锂电池正极材料一体化项目总投资", "amount", 65 * YI, "CNY", zone="松木经济开发区")
F("年产值可达120亿元", "锂电池正极材料一体化项目年产值", "amount", 120 * YI, "CNY", status="estimate", period=None, zone="松木经济开发区")
F("新增就业岗位2000个以上", "锂电池正极材料一体化项目新增就业岗位", "count", 2000, "个", bound="gt", status="estimate", period=None, zone="松木经济开发区")
F("总投资28亿元", "半导体封装测试基地总投资", "amount", 28 * YI, "CNY", zone="衡阳高新区")
Y = "2025-01/2025-11"
F("企业投资项目26个", "三类500强企业投资项目", "count", 26, "个", period=Y)
F("新引进亿元以上项目352个", "新引进亿元以上项目", "count", 352, "个", period=Y)
F("同比增长13.5%", "新引进亿元以上项目", "growth", 13.5, "%", basis="yoy", period=Y)
F("实际到位内资1126亿元", "实际到位内资", "amount", 1126 * YI, "CNY", period=Y)
F("同比增长9.1%", "实际到位内资", "growth", 9.1, "%", basis="yoy", period=Y)
F("实际使用外资1.86亿美元", "实际使用外资", "amount", 1.86 * YI, "USD", period=Y)
F("同比下降4.2%", "实际使用外资", "growth", -4.2, "%", basis="yoy", period=Y)
Z = "2025-01/2025-10"
F("粤港澳企业达到1420家", "在衡投资的粤港澳企业", "count", 1420, "家")
F("累计投资额超过1800亿元", "粤港澳企业累计投资额", "amount", 1800 * YI, "CNY", bound="gt")
F("开工率达到50%", "签约项目三个月内开工率", "share", 50, "%", status="target", period=None)
F("履约率不低于80%", "签约项目半年内履约率", "share", 80, "%", bound="ge", status="target", period=None)
F("新建标准厂房４２万平方米", "新建标准厂房", "quantity", 42 * WAN, "m2", zone="衡阳高新区", period=Y)
F("超过300万平方米", "累计建成标准厂房", "quantity", 300 * WAN, "m2", bound="gt", zone="衡阳高新区")
F("入驻率达到91%", "标准厂房入驻率", "share", 91, "%", zone="衡阳高新区")
F("新增供应工业用地1860亩", "新增供应工业用地", "quantity", 1860 * MU, "m2", zone="白沙洲工业园区", period=Y)
F("亿元以上项目1000个以上", "引进亿元以上项目", "count", 1000, "个", bound="gt", status="target", period="2027")
F("年均增长10%以上", "实际到位内资年均增长", "growth", 10, "%", bound="gt", status="target", period="2027")


def main():
    os.makedirs(CORPUS, exist_ok=True)
    lines, errors = [], []
    for name, pub, enc, _z, _p, facts in DOCS:
        text = open(os.path.join(SRC, name), encoding="utf-8").read()
        raw = text.encode(enc)
        if raw.decode(enc) != text:
            errors.append(f"{name}: {enc} round trip differs")
        if enc != "utf-8":  # the brief asks for iconv; check it agrees
            ic = subprocess.run(["iconv", "-f", "UTF-8", "-t", enc.upper(), os.path.join(SRC, name)],
                                capture_output=True).stdout
            if ic != raw:
                errors.append(f"{name}: iconv {enc} output differs from Python codec")
        open(os.path.join(CORPUS, name), "wb").write(raw)
        n = len(text)
        if not 1500 <= n <= 4000:
            errors.append(f"{name}: {n} characters")
        groups = defaultdict(list)
        for f in facts:
            q = f["quote"]
            if text.count(q) != 1:
                errors.append(f"{name}: quote occurs {text.count(q)}x: {q}")
            if f["kind"] not in KINDS or f["bound"] not in BOUNDS or f["status"] not in STATUS or f["basis"] not in BASIS:
                errors.append(f"{name}: bad enum {f}")
            if f["basis"] and f["kind"] != "growth":
                errors.append(f"{name}: basis on non-growth {q}")
            rec = {"doc": name, "published": pub, "zone": f["zone"], "indicator": f["indicator"],
                   "kind": f["kind"], "value": f["value"], "unit": f["unit"], "bound": f["bound"],
                   "status": f["status"], "period": f["period"], "basis": f["basis"], "quote": q,
                   "optional": f["optional"]}
            assert len(rec) == 13
            lines.append(rec)
            groups[(f["kind"], f["unit"], f["value"])].append(rec)
        if enc != "utf-8":  # scorer cannot locate quotes in non-UTF-8 bytes: value must identify the fact
            for key, g in groups.items():
                req = [r for r in g if not r["optional"]]
                attrs = {tuple(r[a] for a in ("zone", "indicator", "period", "status", "bound", "basis")) for r in g}
                if len(g) > 1 and req and len(attrs) > 1:
                    errors.append(f"{name}: {key} repeats with different attributes in a {enc} file")
    # ordering: document order of quotes
    order = []
    for name, *_ , facts in DOCS:
        text = open(os.path.join(SRC, name), encoding="utf-8").read()
        recs = [r for r in lines if r["doc"] == name]
        recs.sort(key=lambda r: text.find(r["quote"]))
        order += recs
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for r in order:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # gold as prediction (non-optional only): offset = byte span of the number inside the quote (UTF-8 src)
    with open(os.path.join(HERE, "gold_as_pred.jsonl"), "w", encoding="utf-8") as fh:
        for r in order:
            if r["optional"]:
                continue
            text = open(os.path.join(SRC, r["doc"]), encoding="utf-8").read().encode("utf-8")
            i = text.find(r["quote"].encode("utf-8"))
            p = {k: r[k] for k in ("doc", "published", "zone", "indicator", "kind", "value", "unit",
                                   "bound", "status", "period", "basis")}
            p["text"] = r["quote"]
            p["offset"] = [i, i + len(r["quote"].encode("utf-8"))]
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    per = Counter((r["doc"], r["optional"]) for r in order)
    for name, *_ in DOCS:
        print(f"{name}: {per[(name, False)] + per[(name, True)]} facts, {per[(name, False)]} required, {per[(name, True)]} optional")
    req = [r for r in order if not r["optional"]]
    print(f"total {len(order)}, required {len(req)}, optional {len(order) - len(req)}")
    ka, kr = Counter(r["kind"] for r in order), Counter(r["kind"] for r in req)
    print("by kind (all / required): " + ", ".join(f"{k} {ka[k]} / {kr[k]}" for k, _ in ka.most_common()))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    print("checks OK")


if __name__ == "__main__":
    main()
