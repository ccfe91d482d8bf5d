#!/usr/bin/env python3
"""Fill the per-article table and counts into ../README.md (between the markers)."""
import json, os, re
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
DESC = {
 "1001": ("UTF-8", "市发改委 web bulletin: 上半年重点项目建设情况通报 (滁州市), breadcrumb, 发布时间/来源/浏览次数, 联系电话, 责任编辑, 相关链接, ICP footer",
          "完成年度计划的x% (share), 超序时进度x个百分点, 开工率 + 较去年同期提高x个百分点, 形象进度 (share), 同比下降 (negative growth), 分别 over three counties, 经济技术开发区/高新区 zones, 截至6月底, 累计 with no start, 三季度末/全年 targets with 以上, project specs optional, 预计三季度末 (estimate)"),
 "1002": ("GB18030", "县政府工作报告 摘要 (如东县) on the county portal: 过去五年 results (2021-2025) and 2026年主要预期目标",
          "由2020年的X增加到2025年的Y, 年均增长, 五年累计, 增长1.7倍, 突破/超过/以上 (gt), 分别达到…年均增长…、… (分别 over amounts and growths), 公顷→m2, 公里→km, 万吨→t, 亿美元 (USD); targets with 左右, 以上, 力争, 不低于, 不少于, 以内, 与经济增长同步 (no fact)"),
 "1003": ("UTF-8, full-width digits", "高新区 WeChat 公众号 post (合肥高新区): emoji, 【】 headings, ━ rules, 往期推荐, 阅读 1.2万",
          "full-width digits (６８６.２亿元, ７.１%), Chinese numerals (一百二十亿元, 三百二十亿元, 近三成, 七成, 两成, 四分之一, 三分之一), 翻了一番, range 80-100亿元 (optional), threshold range inside an indicator (单体投资10-15亿元的项目6个), rank 第６位, 截至6月底 vs 上半年 vs 位列第６位 (publication month), 下半年 target (2025-H2)"),
 "1004": ("Big5", "Macau daily item in traditional Chinese on the 横琴粤澳深度合作区, first three quarters",
          "traditional characters, 人民幣/港元/澳門元 amounts (CNY/HKD/MOP), thousands separators (7,285家, 1,932.6萬人次), 按年增長/按年下降 (yoy), 首三季 → 2025-01/2025-09, 截至九月底, 一成半/六成/一成, 逾/約/以上/不少於, Macau-wide figures (zone 澳门, 第三季 → 2025-Q3), a headline 逾九百家 restating 936家 (optional)"),
 "1005": ("UTF-8", "市统计局 数据解读 (赣州市 上半年)", 
          "同比 vs bare 增长 (basis null), 比一季度加快x个百分点, 高于全省, 两年平均增长, 拉动…增长x个百分点, 环比 (mom) for 6月份, 下降 (negative), 比1—5月回落 / 降幅收窄 (optional pp), 分别增长x%、y%, 6月份 (2025-06), 同比上涨 (CPI), 城乡居民收入比2.20 (no fact), 39个…中有28个"),
 "1006": ("UTF-8, full-width digits", "市报 investment-promotion news (衡阳市 湾区招商签约): 作者/编辑/浏览量, 相关链接 with a figure (not a fact), footer",
          "A、B、C三地分别签约项目x个、y个、z个 / 投资额分别为…, 各签约项目5个 (two zones), 签约项目x个、总投资y亿元 per zone, 今年以来 / 截至目前, 预计 (estimate), 总投资65亿元的…项目落户松木经济开发区 (zone from the sentence), 亩→m2, ４２万平方米 full-width, 到2027年 target with 年均增长…以上"),
}
gold = [json.loads(l) for l in open(os.path.join(OUT, "gold.jsonl"), encoding="utf-8")]
docs = sorted({g["doc"] for g in gold})
rows = ["| file | encoding | shape | constructions exercised | facts | required | optional |", "|---|---|---|---|---|---|---|"]
for d in docs:
    gs = [g for g in gold if g["doc"] == d]; req = sum(not g["optional"] for g in gs)
    enc, shape, cons = DESC[d[:4]]
    n = len(open(os.path.join(HERE, "src", d), encoding="utf-8").read())
    rows.append(f"| `{d}` | {enc} | {shape} ({n} characters) | {cons} | {len(gs)} | {req} | {len(gs)-req} |")
req = [g for g in gold if not g["optional"]]
rows.append(f"| **total** | | | | **{len(gold)}** | **{len(req)}** | **{len(gold)-len(req)}** |")
ka, kr = Counter(g["kind"] for g in gold), Counter(g["kind"] for g in req)
rows.append("")
rows.append("By kind (all / required): " + ", ".join(f"{k} {ka[k]} / {kr[k]}" for k, _ in ka.most_common()) + ".")
sa = Counter(g["status"] for g in req)
rows.append("By status (required): " + ", ".join(f"{k} {v}" for k, v in sa.most_common()) + ".")
table = "\n".join(rows)
p = os.path.join(OUT, "README.md"); s = open(p, encoding="utf-8").read()
s = re.sub(r"<!-- table -->.*<!-- /table -->|COUNTS_TABLE", lambda m: "<!-- table -->\n" + table + "\n<!-- /table -->", s, flags=re.S)
open(p, "w", encoding="utf-8").write(s)
print(table)
