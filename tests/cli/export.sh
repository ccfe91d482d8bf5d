# export.sh -- end-to-end tests of `zhibiao export` (issue 6).
#
# Every output is read back by a reader that shares no code with zhibiao:
# Python's csv module, tests/export_xlsx.py (zipfile + xml.etree) through
# tests/export_check.py, and Debian's xlsx2csv. Expected cells are computed
# by export_check.py from the input records, or written by hand
# (tests/data/export/wide.expected.csv: see the derivation below).
. tests/cli/lib.sh

D=tests/data/export
CHECK="python3 tests/export_check.py"

# check NAME ARGS...: run export_check.py, one ok/not ok line
check() {
    name=$1
    shift
    if res=$($CHECK "$@" 2>&1) && [ "$res" = ok ]; then ok "$name"; else notok "$name" "$(echo "$res" | head -3)"; fi
}

# --- long layout, every field, hostile cells, big and tiny numbers ----------
run "$ZHIBIAO" export -o "$T/l.csv" "$D/records.jsonl"
expect_rc "long csv: exit 0" 0
check "long csv: every cell, guarded text, plain numbers" long csv "$D/records.jsonl" "$T/l.csv"
if [ "$(head -c 3 "$T/l.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ]; then ok "csv: BOM by default"; else notok "csv: BOM by default" "no EF BB BF"; fi
# 834.5亿元 = 83450000000, 1e16 and 0.000001 written out in full (hand values)
for n in ,83450000000, ,10000000000000000, ,0.000001, ,-12,; do
    if grep -qF -- "$n" "$T/l.csv"; then ok "csv: number $n plain"; else notok "csv: number $n plain" "absent"; fi
done
if grep -qiE '[0-9]e[+-]?[0-9]' "$T/l.csv"; then notok "csv: no exponent form" "$(grep -iE '[0-9]e[+-]?[0-9]' "$T/l.csv" | head -1)"; else ok "csv: no exponent form"; fi
# the hostile cells come back with one apostrophe, quoted where RFC 4180 says
expect_file_has() { if grep -qF -- "$3" "$2"; then ok "$1"; else notok "$1" "lacks $3"; fi; }
expect_file_has "csv: =HYPERLINK inert and quoted" "$T/l.csv" "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
expect_file_has "csv: @SUM inert" "$T/l.csv" ",'@SUM(1),"
expect_file_has "csv: -1+2 document name inert" "$T/l.csv" "'-1+2.txt,"
expect_file_has "csv: +cmd inert" "$T/l.csv" ",'+cmd,"
expect_file_has "csv: full-width minus inert" "$T/l.csv" ",'－全角减号,"
expect_file_has "csv: negative number not guarded" "$T/l.csv" ",count,-12,"

run "$ZHIBIAO" export --raw --no-bom -o "$T/raw.csv" "$D/records.jsonl"
check "csv --raw: text exactly as in the records" long csv "$D/records.jsonl" "$T/raw.csv" --raw
if [ "$(head -c 3 "$T/raw.csv")" = doc ]; then ok "csv --no-bom: starts with the header"; else notok "csv --no-bom" "$(head -c 3 "$T/raw.csv" | od -c | head -1)"; fi
if $CHECK long csv "$D/records.jsonl" "$T/raw.csv" >/dev/null 2>&1; then
    notok "checker: unguarded output fails the guard check" "checker accepted it"
else ok "checker: unguarded output fails the guard check"; fi

run "$ZHIBIAO" export --crlf -o "$T/crlf.csv" "$D/records.jsonl"
check "csv --crlf: same cells" long csv "$D/records.jsonl" "$T/crlf.csv"
# every LF is part of a CRLF: 6 row ends (header + 5 rows) + the CRLF inside one text field
lf=$(tr -cd '\n' <"$T/crlf.csv" | wc -c); crlf=$(grep -c "$(printf '\r')\$" "$T/crlf.csv")
if [ "$lf" = 7 ] && [ "$crlf" = 7 ]; then ok "csv --crlf: 7 LF, all after CR"; else notok "csv --crlf" "LF $lf, CRLF $crlf"; fi

run "$ZHIBIAO" export -f tsv -o "$T/l.tsv" "$D/records.jsonl"
check "long tsv: every cell" long tsv "$D/records.jsonl" "$T/l.tsv"
run "$ZHIBIAO" export -o "$T/auto.tsv" "$D/records.jsonl"
check "format from the -o suffix (.tsv)" long tsv "$D/records.jsonl" "$T/auto.tsv"

run "$ZHIBIAO" export -f xlsx -o "$T/l.xlsx" "$D/records.jsonl"
expect_rc "long xlsx: exit 0" 0
check "long xlsx: typed cells, plain strings, sources sheet" long xlsx "$D/records.jsonl" "$T/l.xlsx"
python3 - "$T/l.xlsx" >"$T/py" 2>&1 <<'EOF'
import sys; sys.path.insert(0, "tests")
import export_xlsx
b = export_xlsx.read(sys.argv[1])
s = b["sheets"][0]
assert s["freeze"] == "A2", s["freeze"]
assert s["autofilter"] == "A1:O6", s["autofilter"]
w = s["widths"]
# indicator column (D): '=HYPERLINK("http://x","y")' is 26 ASCII columns;
# zone column (C): 镇江高新区 is 5 CJK characters = 10 columns; doc (A) 24 ASCII.
assert w["4"] >= 26 and w["3"] >= 10 and w["3"] < 16 and w["1"] >= 24, w
# text column (L) holds a 22-character Chinese clause = 44 columns, capped at 60
assert 44 <= w["12"] <= 61, w["12"]
assert b["created"] == "2000-01-01T00:00:00Z", b["created"]
print("ok")
EOF
if [ "$(cat "$T/py")" = ok ]; then ok "xlsx: frozen header, autofilter, CJK widths, fixed date"; else notok "xlsx layout" "$(tail -2 "$T/py")"; fi
# a second independent reader: Debian's xlsx2csv sees the same Chinese and hostile text
if xlsx2csv -a "$T/l.xlsx" >"$T/x2c" 2>&1 && grep -qF '预计核心区全年实现地区生产总值同比增长3.3%' "$T/x2c" &&
    grep -qF ',@SUM(1),' "$T/x2c" && grep -qF '"=HYPERLINK(""http://x"",""y"")"' "$T/x2c" &&
    grep -qF -- '-1+2.txt,' "$T/x2c" && grep -qF -- ',-12,' "$T/x2c" && grep -qF -- '-------- 2 - sources' "$T/x2c"; then
    ok "xlsx2csv: Chinese intact, hostile text plain, two sheets"
else notok "xlsx2csv" "$(head -c 300 "$T/x2c")"; fi

# reproducible: same input, same bytes (also through standard output)
sleep 1
"$ZHIBIAO" export -f xlsx "$D/records.jsonl" >"$T/l2.xlsx"
if cmp -s "$T/l.xlsx" "$T/l2.xlsx"; then ok "xlsx: byte-identical re-run, stdout = -o"; else notok "xlsx reproducible" "files differ"; fi
if script -qec "$ZHIBIAO export -f xlsx $D/records.jsonl" /dev/null >"$T/tty" 2>&1; then
    notok "xlsx to a terminal refused" "exit 0"
elif grep -qF 'not writing XLSX to a terminal' "$T/tty"; then ok "xlsx to a terminal refused"
else notok "xlsx to a terminal refused" "$(head -c 200 "$T/tty")"; fi

# --- wide layout ---------------------------------------------------------------
# Expected table by hand (wide.expected.csv), from wide.jsonl:
#  rows sort by zone (UTF-8 byte order: '=' < 江 U+6C5F < 镇 U+9547), indicator,
#  kind, unit (CNY < USD), status (actual < target), basis;
#  columns are periods ordered by their last month, shorter first on a tie:
#  2020 (Dec 2020), 2023, 2024-Q1 (Mar), 2024-05 (May, 1 month) before
#  2024-01/2024-05 (May, 5 months), 2024-H1 (Jun), then "(no period)", "note";
#  镇江市 GDP 2024-H1 has 1300亿 (b.txt), 1310亿 (c.txt), 1300亿 (d.txt): the first
#  stays, 1310亿 goes to the note and stderr, d.txt repeats b.txt (no note);
#  2024-Q1 is "超600亿" (bound gt), so the note says so.
run "$ZHIBIAO" export -l wide -o "$T/w.csv" "$D/wide.jsonl"
expect_rc "wide csv: exit 0" 0
check "wide csv: hand-computed table" table csv "$D/wide.expected.csv" "$T/w.csv"
expect_err "wide: collision reported on stderr" "zhibiao: warning: wide: 镇江市 地区生产总值 2024-H1: 130000000000 (b.txt) and 131000000000 (c.txt) in one cell; kept the first, the other is in the note column"
run "$ZHIBIAO" export -l wide -f xlsx -o "$T/w.xlsx" "$D/wide.jsonl"
check "wide xlsx: same table, typed" table xlsx "$D/wide.expected.csv" "$T/w.xlsx"
python3 - "$T/w.xlsx" >"$T/py" 2>&1 <<'EOF'
import sys; sys.path.insert(0, "tests")
import export_xlsx
b = export_xlsx.read(sys.argv[1])
names = [s["name"] for s in b["sheets"]]
assert names == ["wide", "sources"], names
src = b["sheets"][1]["rows"]
# all 12 records traced, including both colliding values and the repeat
assert len(src) == 13, len(src)
cells = {(r[0], r[1], r[2]) for r in src[1:]}
assert ("L5", 131000000000.0, "c.txt") in cells and ("L5", 130000000000.0, "d.txt") in cells, cells
assert ("B2", -5.0, "g.txt") not in cells and ("G2", -5.0, "g.txt") in cells, cells
print("ok")
EOF
if [ "$(cat "$T/py")" = ok ]; then ok "wide xlsx: sources sheet traces every record"; else notok "wide sources" "$(tail -2 "$T/py")"; fi

# --- generic JSON Lines (trend / compare output) --------------------------------
for f in csv tsv xlsx; do
    run "$ZHIBIAO" export -f $f -o "$T/g.$f" "$D/trend.jsonl"
    check "generic $f: key union, JSON text for arrays" generic $f "$D/trend.jsonl" "$T/g.$f"
done
run "$ZHIBIAO" export -l wide "$D/trend.jsonl"
expect_rc "generic objects in wide layout: exit 1" 1
expect_err_has "generic objects in wide layout: says why" "wide layout needs records"

# --- bad input, bad usage, failing outputs -------------------------------------
printf '%s\n' "$(head -1 "$D/records.jsonl")" '{"doc":"x.txt","indicator' "$(sed -n 2p "$D/records.jsonl")" >"$T/bad.jsonl"
run "$ZHIBIAO" export -o "$T/bad.csv" "$T/bad.jsonl"
expect_rc "bad line: exit 1" 1
expect_err_has "bad line: FILE:LINE named" "$T/bad.jsonl:2: not JSON"
expect_no_file "bad line: nothing half-written" "$T/bad.csv"
run "$ZHIBIAO" export --skip-bad -o "$T/bad.csv" "$T/bad.jsonl"
expect_rc "--skip-bad: exit 0" 0
expect_err_has "--skip-bad: counts what it skipped" "skipped 1 bad line"
rows=$(python3 -c 'import csv,sys; print(len(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig")))))' "$T/bad.csv")
if [ "$rows" = 3 ]; then ok "--skip-bad: the two good records kept"; else notok "--skip-bad rows" "$rows rows"; fi
printf '{"doc":"x.txt","indicator":"y","kind":"grwoth","value":1,"unit":"%%","bound":"eq","status":"actual","period":null,"basis":null}\n' >"$T/inv.jsonl"
run "$ZHIBIAO" export "$T/inv.jsonl"
expect_rc "invalid record: exit 1" 1
expect_err_has "invalid record: field named" "kind"
expect_out "invalid first record: nothing on stdout, not even the BOM" ""

run "$ZHIBIAO" export -f ods "$D/records.jsonl"
expect_rc "unknown format: exit 2" 2
expect_err_has "unknown format: names the choices" "csv|tsv|xlsx"
run "$ZHIBIAO" export --layout tall "$D/records.jsonl"
expect_rc "unknown layout: exit 2" 2
run "$ZHIBIAO" export --bogus
expect_rc "unknown option: exit 2" 2
run "$ZHIBIAO" export --help
expect_rc "--help: exit 0" 0
expect_out_has "--help: lists --layout" "--layout"
run "$ZHIBIAO" export "$T/missing.jsonl"
expect_rc "missing input: exit 1" 1
if [ -w /dev/full ]; then
    run "$ZHIBIAO" export -o /dev/full "$D/records.jsonl"
    expect_rc "csv to /dev/full: exit 1" 1
    run "$ZHIBIAO" export -f xlsx -o /dev/full "$D/records.jsonl"
    expect_rc "xlsx to /dev/full: exit 1" 1
fi
run "$ZHIBIAO" export -f xlsx -o "$T/nodir/x.xlsx" "$D/records.jsonl"
expect_rc "xlsx into a missing directory: exit 1" 1

# --- empty input: a header and nothing else ------------------------------------
run "$ZHIBIAO" export --no-bom </dev/null
expect_out "empty input: header only" "doc,published,zone,indicator,kind,value,unit,bound,status,period,basis,text,offset_start,offset_end,derived"

# --- XLSX limits: a 40000-character quote is cut to 32767 with a warning --------
python3 -c '
import json
print(json.dumps({"doc":"long.txt","published":None,"zone":None,"indicator":"长文本","kind":"count","value":1,"unit":"个","bound":"eq","status":"actual","period":None,"basis":None,"text":"长"*40000,"offset":[0,3]}, ensure_ascii=False))' >"$T/long.jsonl"
run "$ZHIBIAO" export -f xlsx -o "$T/long.xlsx" "$T/long.jsonl"
expect_rc "40000-char text: exit 0" 0
expect_err_has "40000-char text: warned" "text of 40000 characters cut to 32767"
n=$(python3 -c 'import sys; sys.path.insert(0,"tests"); import export_xlsx; print(len(export_xlsx.read(sys.argv[1])["sheets"][0]["rows"][1][11]))' "$T/long.xlsx")
if [ "$n" = 32767 ]; then ok "40000-char text: 32767 characters kept"; else notok "truncation" "$n characters"; fi

# --- gold-file records carry "quote" instead of text: sources still shows it ----
printf '%s\n' '{"doc":"d.txt","published":"2022-06-06","zone":"全国","indicator":"国家高新区","kind":"count","value":169,"unit":"家","bound":"approx","status":"actual","period":"2022-06","basis":null,"quote":"在全国169家国家高新区综合评价中","optional":true}' >"$T/gold.jsonl"
run "$ZHIBIAO" export -f xlsx -o "$T/gold.xlsx" "$T/gold.jsonl"
q=$(python3 -c 'import sys; sys.path.insert(0,"tests"); import export_xlsx; b=export_xlsx.read(sys.argv[1]); print(b["sheets"][1]["rows"][1][5], b["sheets"][0]["rows"][1][5])' "$T/gold.xlsx")
if [ "$q" = "在全国169家国家高新区综合评价中 169.0" ]; then ok "gold record: quote in sources, value a number"; else notok "gold quote" "$q"; fi
run "$ZHIBIAO" export -o "$T/up.XLSX" "$D/records.jsonl"
if [ "$(head -c 2 "$T/up.XLSX")" = PK ]; then ok "format from an upper-case suffix (.XLSX)"; else notok "upper-case suffix" "not a zip"; fi

# --- mixed input: records then trend objects ------------------------------------
run "$ZHIBIAO" export "$D/records.jsonl" "$D/trend.jsonl"
expect_rc "records then other objects: exit 1" 1
expect_err_has "records then other objects: says so, with FILE:LINE" "$D/trend.jsonl:1: a JSON object that is not a record, in a record export"
cat "$D/records.jsonl" "$D/trend.jsonl" >"$T/mixed.jsonl"
run "$ZHIBIAO" export --json -o "$T/mixed.csv" "$D/records.jsonl" "$D/trend.jsonl"
expect_rc "--json: mixed input exported" 0
check "--json: records and trend objects as generic rows" generic csv "$T/mixed.jsonl" "$T/mixed.csv"
# a first line meant as a record (doc, indicator) but missing unit is an error, not a generic row
printf '{"doc":"x.txt","indicator":"y","kind":"count","value":1,"bound":"eq","status":"actual","period":null,"basis":null}\n' >"$T/nounit.jsonl"
run "$ZHIBIAO" export "$T/nounit.jsonl"
expect_rc "record without unit: exit 1" 1
expect_err_has "record without unit: field named" "unit"

# --- the real outputs of trend and compare, whatever their fields ----------------
for cmd in trend compare; do
    "$ZHIBIAO" $cmd "$D/series.jsonl" "$D/wide.jsonl" >"$T/$cmd.jsonl" 2>/dev/null
    if [ -s "$T/$cmd.jsonl" ]; then
        run "$ZHIBIAO" export -o "$T/$cmd.csv" "$T/$cmd.jsonl"
        check "$cmd | export csv: every key a column, every cell" generic csv "$T/$cmd.jsonl" "$T/$cmd.csv"
        run "$ZHIBIAO" export -f xlsx -o "$T/$cmd.xlsx" "$T/$cmd.jsonl"
        check "$cmd | export xlsx: every cell typed" generic xlsx "$T/$cmd.jsonl" "$T/$cmd.xlsx"
    else
        notok "$cmd output for export" "zhibiao $cmd printed nothing"
    fi
done

# --- text that looks like Excel's _xHHHH_ escape stays literal in XLSX -----------
run "$ZHIBIAO" export -f xlsx -o "$T/esc.xlsx" "$D/escapes.jsonl"
check "xlsx: literal _x000D_ and _x0041_ come back as written" long xlsx "$D/escapes.jsonl" "$T/esc.xlsx"
