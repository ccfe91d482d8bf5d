# stats.sh -- zhibiao series, trend, compare and rank end to end on the
# hand-written record files in tests/data/stats/.
#
# Expected numbers, computed independently:
#   丹佛斯 2.6亿 (2017) -> 6亿 (2022): python3 ((6/2.6)**(1/5)-1)*100 = 18.204927370905
#   丹阳 GDP 2018..2022 = 3,5,4,7,8 (written as 地区生产总值, GDP, 地區生產總值, ＧＤＰ):
#     slope 1.2 by hand (sxy 12 / sxx 10); at 2024: 3+... -> 10.2 (mean 5.4 + 1.2*4);
#     python3 with t(0.975,3) = 3.182446: CI [0.2277466873, 2.1722533127],
#     PI at 2024.5 [5.0553190466, 15.3446809534]
#   引进大学生 17200 / 16000 = 107.5 %; 未来产业产值 6e10 / 1e11 = 60 %
#   1113 个 at 55.7 %: python3 1113/0.557 = 1998.2046678635545; 3.1 - 2.9 = 0.2
#   rank 10, 20, 20, 5: ranks 3, 1, 1, 4; z(10) = (10-13.75)/7.5 = -0.5
. tests/cli/lib.sh
D=tests/data/stats

# pyq EXPR: evaluate a python expression over the JSON lines of $T/out as
# `rows` (a list of dicts); prints its value. Exits non-zero on error.
pyq() { python3 -c "import json,sys
rows=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print($1)" "$T/out"; }
# check_py NAME EXPR: ok when the python expression is true
check_py() {
    if [ "$(pyq "$2" 2>&1)" = "True" ]; then ok "$1"; else notok "$1" "$2 was $(pyq "$2" 2>&1 | tail -1)"; fi
}
near='lambda a, b, r: abs(a - b) <= r * max(abs(a), abs(b))'

# ------------------------------------------------------------------ trend
run "$ZHIBIAO" trend --forecast 2024 "$D/trend.jsonl"
expect_rc "trend exits 0" 0
check_py "trend: CAGR 2.6亿->6亿 over 5 years is 18.2%" \
    "($near)([r for r in rows if r['indicator']=='丹佛斯动力系统销售额'][0]['cagr'], 18.204927370905, 1e-10)"
check_py "trend: GDP aliases and script variants are one series of 5 points" \
    "[r['n'] for r in rows if r['zone']=='丹阳'] == [5]"
check_py "trend: slope 1.2 per year" \
    "($near)([r for r in rows if r['zone']=='丹阳'][0]['slope'], 1.2, 1e-10)"
check_py "trend: slope 95% CI" \
    "all(($near)(a, b, 1e-6) for a, b in zip([r for r in rows if r['zone']=='丹阳'][0]['slope_ci'], [0.2277466873, 2.1722533127]))"
check_py "trend: forecast 2024 = 10.2" \
    "($near)([r for r in rows if r['zone']=='丹阳'][0]['forecast'], 10.2, 1e-12)"
check_py "trend: 95% prediction interval" \
    "all(($near)(a, b, 1e-6) for a, b in zip([r for r in rows if r['zone']=='丹阳'][0]['forecast_pi'], [5.0553190466, 15.3446809534]))"
check_py "trend: conflicting values are excluded and listed" \
    "[e['reason'] for r in rows if r['indicator']=='一般公共预算收入' for e in r['excluded']] == ['conflicting values']*2"
check_py "trend: CAGR from zero is null with a note, never NaN" \
    "[(r['cagr'], r['cagr_note']) for r in rows if r['indicator']=='亏损企业'] == [(None, 'not defined for zero or negative values')]"
check_py "trend: a one-point series gives no line" "not [r for r in rows if r['indicator']=='单点指标']"
check_py "trend: two points: slope but no interval" \
    "[r['slope_ci'] for r in rows if r['indicator']=='丹佛斯动力系统销售额'] == [None]"
if grep -qi nan "$T/out"; then notok "trend: no NaN in output" "$(grep -i nan "$T/out" | head -1)"; else ok "trend: no NaN in output"; fi
expect_err_has "trend: conflict warned on stderr" "zhibiao: warning: 句容 一般公共预算收入 (amount, CNY, actual) 2023: conflicting values 30 (h.txt) and 31 (i.txt); both kept"
expect_err_has "trend: split period types warned on stderr" "zhibiao: warning: 丹阳 地区生产总值 (amount, CNY, actual): points of 2 period types (half: 1, year: 5) kept in separate series"

run "$ZHIBIAO" trend --forecast 20x "$D/trend.jsonl"
expect_rc "trend: bad --forecast exits 2" 2
expect_err_has "trend: bad --forecast names it" "--forecast: '20x' is not a period"
run "$ZHIBIAO" trend --frobnicate "$D/trend.jsonl"
expect_rc "trend: unknown option exits 2" 2

# ----------------------------------------------------------------- series
run "$ZHIBIAO" series "$D/trend.jsonl"
expect_rc "series exits 0" 0
check_py "series: duplicate facts are one point listing all sources" \
    "[p['sources'] for r in rows if r['zone']=='丹阳' and r['period_class']=='year' for p in r['points'] if p['period']=='2022'] == [['e.txt', 'f.txt']]"
check_py "series: the half year is a sibling series, named in elsewhere" \
    "[e['periods'] for r in rows if r['zone']=='丹阳' and r['period_class']=='year' for e in r['elsewhere']] == [['2024-H1']]"
check_py "series: names as written are listed" \
    "sorted([r['names'] for r in rows if r['zone']=='丹阳' and r['period_class']=='year'][0]) == sorted(['地区生产总值', 'GDP', '地區生產總值', 'ＧＤＰ'])"
check_py "series: conflicts flagged on both points" \
    "[p.get('conflict') for r in rows if r['indicator']=='一般公共预算收入' for p in r['points'] if p['period']=='2023'] == [True, True]"

run "$ZHIBIAO" series --table "$D/trend.jsonl"
# every column starts at the same display column (CJK characters are 2 wide)
cat >"$T/align.py" <<'PY'
import re, sys, unicodedata
def w(s): return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)
starts = set()
for line in open(sys.argv[1], encoding='utf-8'):
    cols = [m.start() for m in re.finditer(r'(?<=  )\S', line)]
    starts.add(tuple(w(line[:c]) for c in cols[:4]))
print(len(starts) == 1)
PY
if [ "$(python3 "$T/align.py" "$T/out")" = True ]; then ok "series --table aligns by display width"; else notok "series --table aligns by display width" "$(head -3 "$T/out")"; fi
expect_out_has "series --table has a header" "zone"

run "$ZHIBIAO" series -o "$T/s.jsonl" "$D/trend.jsonl"
expect_rc "series -o exits 0" 0
expect_out "series -o leaves stdout empty" ""
# 丹佛斯; 丹阳 GDP by year and by half; 句容 预算收入, 亏损企业, 单点指标
if [ "$(wc -l <"$T/s.jsonl")" -eq 6 ]; then ok "series -o writes 6 series"; else notok "series -o writes 6 series" "$(wc -l <"$T/s.jsonl")"; fi
run "$ZHIBIAO" series -o /dev/full "$D/trend.jsonl"
expect_rc "series -o /dev/full exits 1" 1

# ------------------------------------------------------------- bad input
run "$ZHIBIAO" trend "$D/bad.jsonl"
expect_rc "bad line exits 1" 1
expect_err "bad line names file and line" "zhibiao: $D/bad.jsonl:2: field \"kind\": \"amont\" is not one of amount|count|quantity|growth|share|pp|rank"
run "$ZHIBIAO" trend --skip-bad "$D/bad.jsonl"
expect_rc "--skip-bad goes on" 0
expect_err_has "--skip-bad counts" "zhibiao: warning: skipped 1 bad line"
check_py "--skip-bad fits the good lines" "[r['n'] for r in rows] == [2]"
run "$ZHIBIAO" series --aliases "$T/missing.tsv" "$D/trend.jsonl"
expect_rc "missing alias file exits 1" 1
expect_err_has "missing alias file is named" "$T/missing.tsv"

# ---------------------------------------------------------------- compare
run "$ZHIBIAO" compare "$D/compare.jsonl"
expect_rc "compare exits 0" 0
check_py "compare: 突破1200家 is not met by 1200" \
    "[(r['achievement'], r['gap'], r['met']) for r in rows if r.get('type')=='pair' and r['indicator']=='有效高新技术企业'] == [(100, 0, False)]"
check_py "compare: achievement 17200/16000 = 107.5%" \
    "[(r['achievement'], r['met'], r['target_side']['sources'], r['actual_side']['sources']) for r in rows if r.get('indicator')=='引进大学生'] == [(107.5, True, ['t.txt'], ['r.txt'])]"
check_py "compare: different units are not compared" \
    "[(r['type'], r['actual_unit']) for r in rows if r.get('indicator')=='新增高层次人才'] == [('units', '名')]"
expect_err_has "compare: units warned" "zhibiao: warning: 江阴市 新增高层次人才 (count, 人, target) 2024: target in 人, result in 名: not compared"
check_py "compare: open target with its latest result (60%)" \
    "[(r['type'], r['actual'], r['achievement']) for r in rows if r.get('indicator')=='未来产业产值'] == [('open', 60000000000, 60)]"
check_py "compare: 45.1% for Jan-May vs 5/12 elapsed is 3.43 pp ahead; 超序时3.5 holds" \
    "[(round(r['elapsed'], 4), round(r['ahead_pp'], 4), r['stated_pp'], r['stated_holds']) for r in rows if r.get('indicator')=='省重大项目年度投资计划完成率'] == [(41.6667, 3.4333, 3.5, True)]"
check_py "compare: a stated 5 pp that does not hold is flagged" \
    "[r['stated_holds'] for r in rows if r.get('indicator')=='市重大项目年度投资计划完成率'] == [False]"
expect_err_has "compare: wrong statement warned" "the text states 5 pp against the calendar, but 44.6% done vs 41.67% elapsed is 2.933 pp"
check_py "compare: implied annual target 1113/55.7% = 1998.2" \
    "[(r['value'], r['status'], r['bound'], r['period'], r['derived']) for r in rows if r.get('derived') and r['indicator']=='新增公共停车泊位'] == [(1998.2046678635545, 'target', 'approx', '2024', True)]"
check_py "compare: implied growth 3.1 - 2.9 = 0.2 with its sources" \
    "[(r['value'], [s['indicator'] for s in r['sources']]) for r in rows if r.get('derived') and r['indicator']=='规上工业'] == [(0.2, ['四大产业集群开票销售', '四大产业集群开票销售增速高于规上工业'])]"
run "$ZHIBIAO" compare --table "$D/compare.jsonl"
if [ "$(python3 "$T/align.py" "$T/out")" = True ]; then ok "compare --table aligns by display width"; else notok "compare --table aligns by display width" "$(head -3 "$T/out")"; fi
expect_out_has "compare --table marks the wrong statement" "ahead (stated: wrong)"
run "$ZHIBIAO" trend --table "$D/trend.jsonl"
expect_out_has "trend --table shows CAGR 18.2%" "18.2%"
run "$ZHIBIAO" compare --derived-only "$D/compare.jsonl"
"$ZHIBIAO" check <"$T/out" >"$T/check.out" 2>&1
if [ $? = 0 ]; then ok "compare --derived-only is a valid record file"; else notok "compare --derived-only is a valid record file" "$(cat "$T/check.out")"; fi
run "$ZHIBIAO" compare --derived-only --no-derived "$D/compare.jsonl"
expect_rc "compare: contradictory options exit 2" 2

# ------------------------------------------------------------------- rank
run "$ZHIBIAO" rank -i GDP "$D/rank.jsonl"
expect_rc "rank exits 0" 0
check_py "rank: latest period, ties share a rank" \
    "[(r['zone'], r['rank'], r['period']) for r in rows] == [('丙区', 1, '2023'), ('乙区', 1, '2023'), ('甲区', 3, '2023'), ('丁区', 4, '2023')]"
check_py "rank: z-score and percentile" \
    "[(r['z'], round(r['percentile'], 4)) for r in rows if r['zone']=='甲区'] == [(-0.5, 33.3333)]"
run "$ZHIBIAO" rank -i 地区生产总值 -p 2022 "$D/rank.jsonl"
check_py "rank: one zone has no z" "[(r['rank'], r['z'], r['percentile']) for r in rows] == [(1, None, 100)]"
run "$ZHIBIAO" rank -i 有效高企 "$D/rank.jsonl"
expect_rc "rank: different units exit 1" 1
expect_err "rank: different units are named" "zhibiao: cannot rank 有效高新技术企业: units differ (个 for 乙区, 家 for 甲区)"
run "$ZHIBIAO" rank "$D/rank.jsonl"
expect_rc "rank: --indicator is required" 2
run "$ZHIBIAO" rank -i GDP -p 2023-13 "$D/rank.jsonl"
expect_rc "rank: bad --period exits 2" 2
run "$ZHIBIAO" rank -i 不存在 "$D/rank.jsonl"
expect_rc "rank: unknown indicator exits 1" 1
expect_err "rank: unknown indicator message" "zhibiao: rank: no zone reports '不存在'"

# an indicator reported both as a level and as a growth rate
{ cat "$D/rank.jsonl"
  echo '{"doc":"r.txt","published":null,"zone":"甲区","indicator":"GDP","kind":"growth","value":5.1,"unit":"%","bound":"eq","status":"actual","period":"2023","basis":"yoy"}'
} >"$T/kinds.jsonl"
run "$ZHIBIAO" rank -i GDP "$T/kinds.jsonl"
expect_rc "rank: mixed kinds exit 1" 1
expect_err "rank: mixed kinds are named" "zhibiao: cannot rank 地区生产总值: reported as amount (丁区) and as growth (甲区); choose one kind"
run "$ZHIBIAO" rank -i GDP --kind growth "$T/kinds.jsonl"
check_py "rank --kind growth keeps the growth figure" "[(r['zone'], r['value'], r['percentile']) for r in rows] == [('甲区', 5.1, 100)]"
run "$ZHIBIAO" rank -i GDP --kind speed "$T/kinds.jsonl"
expect_rc "rank: bad --kind exits 2" 2

# a user alias list: --aliases FILE and $ZHIBIAO_ALIASES
printf '# mine\nzone\t丹阳市\t丹阳\nindicator\t财政收入\t一般公共预算收入\n' >"$T/mine.tsv"
run "$ZHIBIAO" series --aliases "$T/mine.tsv" "$D/trend.jsonl"
check_py "--aliases renames zones and indicators" \
    "sorted(set((r['zone'], r['indicator']) for r in rows if r['zone'] in ('丹阳市', '句容') and r['indicator'] in ('地区生产总值', '财政收入'))) == [('丹阳市', '地区生产总值'), ('句容', '财政收入')]"
ZHIBIAO_ALIASES="$T/mine.tsv"; export ZHIBIAO_ALIASES
run "$ZHIBIAO" series "$D/trend.jsonl"
unset ZHIBIAO_ALIASES
check_py "ZHIBIAO_ALIASES is read" "any(r['zone'] == '丹阳市' for r in rows)"
printf 'zone\t丹阳市\n' >"$T/short.tsv"
run "$ZHIBIAO" series --aliases "$T/short.tsv" "$D/trend.jsonl"
expect_rc "a bad alias line exits 1" 1
expect_err_has "a bad alias line names file and line" "$T/short.tsv:1: expected 'indicator|zone<TAB>CANONICAL<TAB>ALIAS...'"
