# report.sh -- `zhibiao report`: every output of the shipped corpus exists
# and is valid, document text is escaped in index.html, two runs write the
# same bytes, failed runs leave nothing half-written, usage and progress.
. tests/cli/lib.sh

# Render PNGs when gnuplot and a CJK font are there, else scripts only.
render=none
if command -v gnuplot >/dev/null 2>&1 && fc-list :lang=zh family 2>/dev/null | grep -q 'Noto Sans CJK SC'; then
    render=png
fi

run "$ZHIBIAO" report datasets/corpus -o "$T/a" --render "$render"
expect_rc "report on the corpus exits 0" 0
expect_out "report writes nothing on stdout" ""
expect_err_has "summary line names the folder" "-> $T/a/index.html"
expect_err_has "summary counts the documents" "5 documents"
if grep -q "$(printf '\r')" "$T/err"; then notok "no progress when stderr is not a terminal" "found a CR"; else ok "no progress when stderr is not a terminal"; fi

for f in records.jsonl series.jsonl trend.jsonl compare.jsonl indicators.csv indicators.xlsx index.html charts/charts.jsonl; do
    if [ -f "$T/a/$f" ]; then ok "$f written"; else notok "$f written" "missing"; fi
done
for f in records.jsonl series.jsonl indicators.csv indicators.xlsx index.html; do
    if [ -s "$T/a/$f" ]; then ok "$f not empty"; else notok "$f not empty" "empty"; fi
done
if ls -A "$T/a" | grep -q '^\.'; then notok "no staging folder left" "$(ls -A "$T/a")"; else ok "no staging folder left"; fi

run "$ZHIBIAO" check "$T/a/records.jsonl"
expect_rc "records.jsonl passes zhibiao check" 0

# the same records as `zhibiao extract` writes for the same files
run "$ZHIBIAO" extract datasets/corpus/000_1464f3ad2492a083.txt datasets/corpus/001_18ede2ede8d902f8.txt \
    datasets/corpus/002_9b034201a5caef24.txt datasets/corpus/003_43fa801341aace3e.txt datasets/corpus/004_7353c12e103316cd.txt
if [ "$rc" = 0 ] && cmp -s "$T/out" "$T/a/records.jsonl"; then ok "records.jsonl equals zhibiao extract"; \
else notok "records.jsonl equals zhibiao extract" "rc $rc; $(head -c 200 "$T/err")"; fi
# and the series/compare files equal the pipeline's
run "$ZHIBIAO" series "$T/a/records.jsonl"
if cmp -s "$T/out" "$T/a/series.jsonl"; then ok "series.jsonl equals zhibiao series"; else notok "series.jsonl equals zhibiao series" "differs"; fi
run "$ZHIBIAO" compare "$T/a/records.jsonl"
if cmp -s "$T/out" "$T/a/compare.jsonl"; then ok "compare.jsonl equals zhibiao compare"; else notok "compare.jsonl equals zhibiao compare" "differs"; fi
run "$ZHIBIAO" trend "$T/a/records.jsonl"
if cmp -s "$T/out" "$T/a/trend.jsonl"; then ok "trend.jsonl equals zhibiao trend"; else notok "trend.jsonl equals zhibiao trend" "differs"; fi

# JSON Lines are valid JSON; the CSV has as many data rows as records; the
# XLSX reads back with an independent reader (xlsx2csv) when present.
if python3 -c '
import json, sys
for name in sys.argv[1:]:
    for line in open(name, encoding="utf-8"):
        json.loads(line)
' "$T/a/records.jsonl" "$T/a/series.jsonl" "$T/a/trend.jsonl" "$T/a/compare.jsonl" 2>"$T/py"; then
    ok "JSON Lines outputs parse"; else notok "JSON Lines outputs parse" "$(head -c 200 "$T/py")"; fi
nrec=$(grep -c . "$T/a/records.jsonl")
ncsv=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8-sig"))) - 1)' "$T/a/indicators.csv")
if [ "$nrec" = "$ncsv" ]; then ok "CSV has one row per record ($nrec)"; else notok "CSV has one row per record" "$ncsv rows, $nrec records"; fi
if command -v xlsx2csv >/dev/null 2>&1; then
    nx=$(xlsx2csv "$T/a/indicators.xlsx" 2>/dev/null | python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(sys.stdin)) - 1)')
    if [ "$nx" = "$nrec" ]; then ok "XLSX first sheet has one row per record"; else notok "XLSX first sheet has one row per record" "$nx rows, $nrec records"; fi
fi

# index.html: offline, UTF-8, every zone of the series in a heading, every
# picture it shows is in the folder.
page="$T/a/index.html"
if grep -q '<meta charset="utf-8">' "$page"; then ok "page declares UTF-8"; else notok "page declares UTF-8" "no meta charset"; fi
if grep -Eqi '<script|https?://|<link ' "$page"; then notok "page has no script or network asset" "$(grep -Eoi '<script|https?://[^"]*|<link ' "$page" | head -3)"; \
else ok "page has no script or network asset"; fi
if grep -q '"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif' "$page"; then ok "page lists the CJK fonts"; \
else notok "page lists the CJK fonts" "font-family missing"; fi
missing=$(python3 -c '
import json, sys, html
page = open(sys.argv[2], encoding="utf-8").read()
for line in open(sys.argv[1], encoding="utf-8"):
    z = json.loads(line).get("zone")
    # the page shows a name as written when the canonical form only upper-cases it
    if z and html.escape(z, quote=True).replace("&#x27;", "&#39;").upper() not in page.upper():
        print(z)
' "$T/a/series.jsonl" "$page")
nzones=$(python3 -c 'import json,sys; print(len({json.loads(l).get("zone") for l in open(sys.argv[1], encoding="utf-8")} - {None}))' "$T/a/series.jsonl")
if [ -z "$missing" ] && [ "$nzones" -gt 0 ]; then ok "page names all $nzones zones"; else notok "page names every zone" "missing: $missing"; fi
bad=""
for src in $(grep -o '<img src="[^"]*"' "$page" | sed 's/<img src="//; s/"$//'); do
    [ -s "$T/a/$src" ] || bad="$bad $src"
done
if [ -z "$bad" ]; then ok "every picture of the page is in the folder"; else notok "every picture of the page is in the folder" "$bad"; fi
if [ "$render" = png ]; then
    if grep -q '<img src="charts/[^"]*\.png"' "$page"; then ok "page shows PNG charts"; else notok "page shows PNG charts" "no img"; fi
    for f in $(grep -o '<img src="[^"]*"' "$page" | sed 's/<img src="//; s/"$//'); do
        if [ "$(head -c 4 "$T/a/$f" | od -An -c | tr -d ' ')" != "211PNG" ]; then bad="$bad $f"; fi
    done
    if [ -z "$bad" ]; then ok "charts are PNG files"; else notok "charts are PNG files" "$bad"; fi
fi
# every figure shown comes with its document and quote
nnum=$(grep -o 'class="num"' "$page" | wc -l)
nsrc=$(grep -o '<details class="src"' "$page" | wc -l)
if [ "$nnum" -gt 0 ] && [ "$nnum" = "$nsrc" ]; then ok "each of $nnum numbers has a source block"; \
else notok "each number has a source block" "$nnum numbers, $nsrc source blocks"; fi
if grep -q '<q>(无原文)</q>' "$page"; then notok "every source block quotes its text" "found (无原文)"; else ok "every source block quotes its text"; fi

# determinism: a second run writes the same bytes, file for file
run "$ZHIBIAO" report -q datasets/corpus -o "$T/b" --render "$render"
expect_rc "second run exits 0" 0
if grep -q '^zhibiao report:' "$T/err"; then notok "-q prints no summary" "$(head -c 200 "$T/err")"; else ok "-q prints no summary"; fi
(cd "$T/a" && find . -type f | LC_ALL=C sort) >"$T/la"
(cd "$T/b" && find . -type f | LC_ALL=C sort) >"$T/lb"
if cmp -s "$T/la" "$T/lb"; then ok "both runs write the same files ($(wc -l <"$T/la"))"; else notok "both runs write the same files" "$(diff "$T/la" "$T/lb" | head -5)"; fi
diffs=""
while read -r f; do cmp -s "$T/a/$f" "$T/b/$f" || diffs="$diffs $f"; done <"$T/la"
if [ -z "$diffs" ]; then ok "both runs are byte-identical"; else notok "both runs are byte-identical" "$diffs"; fi

# escaping: a document whose name is markup is listed as text
mkdir "$T/esc"
cp datasets/corpus/000_1464f3ad2492a083.txt "$T/esc/<img src=x onerror=alert(1)>&'\".txt"
run "$ZHIBIAO" report -q "$T/esc" -o "$T/e" --render none
expect_rc "report on an oddly named document exits 0" 0
if grep -q '&lt;img src=x onerror=alert(1)&gt;&amp;&#39;&quot;.txt' "$T/e/index.html" && ! grep -q '<img src=x' "$T/e/index.html"; then
    ok "document name is escaped in the page"; else notok "document name is escaped in the page" "$(grep -o '.\{20\}onerror.\{20\}' "$T/e/index.html" | head -2)"; fi
# with --render none: scripts linked, no pictures
if grep -q '<a href="charts/[^"]*\.gp">' "$T/e/index.html" && ! grep -q '<img ' "$T/e/index.html"; then
    ok "--render none links the scripts"; else notok "--render none links the scripts" "no .gp link or an img"; fi

# a failed run keeps the previous output and leaves no half-written file
cp "$T/a/index.html" "$T/old.html"
if [ -r /proc/self/mem ]; then unreadable=/proc/self/mem; else
    unreadable="$T/unreadable.txt"; echo x >"$unreadable"; chmod 000 "$unreadable"; fi
run "$ZHIBIAO" report datasets/corpus/000_1464f3ad2492a083.txt "$unreadable" -o "$T/a" --render none
expect_rc "unreadable input exits 1" 1
expect_err_has "error names the input" "$unreadable"
if cmp -s "$T/a/index.html" "$T/old.html"; then ok "failed run leaves index.html as it was"; else notok "failed run leaves index.html as it was" "changed"; fi
if ls -A "$T/a" | grep -q '^\.'; then notok "failed run leaves no staging folder" "$(ls -A "$T/a")"; else ok "failed run leaves no staging folder"; fi
run "$ZHIBIAO" report "$unreadable" -o "$T/new" --render none
expect_rc "unreadable input into a new folder exits 1" 1
expect_no_file "no index.html in a new folder after a failure" "$T/new/index.html"
expect_no_file "the new folder is taken back" "$T/new"

touch "$T/plain"
run "$ZHIBIAO" report datasets/corpus -o "$T/plain/out" --render none
expect_rc "-o below a regular file exits 1" 1
expect_err_has "-o below a regular file is named" "$T/plain"
expect_no_file "nothing below the regular file" "$T/plain/out"

# an alias table is applied as `zhibiao series` applies it
printf 'zone\t镇江高新技术产业开发区\t镇江高新区\n' >"$T/aliases.tsv"
run "$ZHIBIAO" report -q datasets/corpus -o "$T/al" --render none --aliases "$T/aliases.tsv"
expect_rc "report with --aliases exits 0" 0
if grep -q '"zone":"镇江高新技术产业开发区"' "$T/al/series.jsonl" && ! grep -q '"zone":"镇江高新区"' "$T/al/series.jsonl"; then
    ok "--aliases renames the zone in series.jsonl"; else notok "--aliases renames the zone in series.jsonl" "alias not applied"; fi
if grep -q '<h2>镇江高新技术产业开发区</h2>' "$T/al/index.html"; then ok "page shows the alias table's zone name"; \
else notok "page shows the alias table's zone name" "$(grep -o '<h2>[^<]*' "$T/al/index.html" | head -12 | tr '\n' ' ')"; fi
run "$ZHIBIAO" series --aliases "$T/aliases.tsv" "$T/al/records.jsonl"
if cmp -s "$T/out" "$T/al/series.jsonl"; then ok "series.jsonl with --aliases equals zhibiao series --aliases"; else notok "series.jsonl with --aliases equals zhibiao series --aliases" "differs"; fi
run "$ZHIBIAO" report datasets/corpus -o "$T/al2" --render none --aliases "$T/no-such.tsv"
expect_rc "missing alias file exits 1" 1
expect_err_has "missing alias file is named" "$T/no-such.tsv"
expect_no_file "nothing written when the alias file is missing" "$T/al2"

# a re-run replaces the chart files of the earlier run, and only those
cp -r "$T/b" "$T/rerun"
echo mine >"$T/rerun/charts/notes.txt"
echo mine >"$T/rerun/mine.txt"
touch "$T/rerun/charts/trend-999.svg"
run "$ZHIBIAO" report -q datasets/corpus -o "$T/rerun" --render none
expect_rc "re-run with --render none exits 0" 0
if ls "$T/rerun/charts" | grep -q '\.png$\|trend-999'; then notok "re-run removes the old chart files" "$(ls "$T/rerun/charts" | grep 'png$\|999' | head -3)"; \
else ok "re-run removes the old chart files"; fi
if [ -f "$T/rerun/charts/notes.txt" ] && [ -f "$T/rerun/mine.txt" ]; then ok "re-run keeps other files"; else notok "re-run keeps other files" "gone"; fi
if cmp -s "$T/rerun/records.jsonl" "$T/b/records.jsonl"; then ok "re-run writes the same records"; \
else notok "re-run writes the same records" "differs"; fi

# usage
run "$ZHIBIAO" report --render gif
expect_rc "bad --render exits 2" 2
expect_err_has "bad --render is named" "--render: 'gif'"
run "$ZHIBIAO" report --frob
expect_rc "unknown option exits 2" 2
mkdir "$T/empty"
run sh -c "cd '$T/empty' && '$ZHIBIAO' report"
expect_rc "no input and no datasets/corpus exits 2" 2
expect_err_has "missing default input is explained" "no datasets/corpus folder in the current directory"
run "$ZHIBIAO" report "$T/empty" -o "$T/x"
expect_rc "a folder without files exits 1" 1
expect_err_has "a folder without files is named" "no files in this directory"

# progress on a terminal (util-linux script gives the command a pty)
if command -v script >/dev/null 2>&1; then
    script -qec "'$ZHIBIAO' report datasets/corpus -o '$T/p' --render none" /dev/null >"$T/tty" 2>&1
    if grep -q 'documents, .* MB/s' "$T/tty"; then ok "progress shown on a terminal"; else notok "progress shown on a terminal" "$(head -c 200 "$T/tty")"; fi
    script -qec "'$ZHIBIAO' report -q datasets/corpus -o '$T/p' --render none" /dev/null >"$T/tty" 2>&1
    if grep -q 'MB/s\|zhibiao report:' "$T/tty"; then notok "-q silences progress on a terminal" "$(head -c 200 "$T/tty")"; else ok "-q silences progress on a terminal"; fi
fi

# the page in a browser: headless Chromium loads every chart. A wrapper page
# beside index.html lists the same pictures and writes each one's natural
# width into the DOM once loaded; --dump-dom prints that DOM. (No backslash
# escapes in the script: dash's echo would expand them.)
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$chromium" ] && [ "$render" = png ]; then
    {
        echo '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        grep -o '<img src="[^"]*"' "$page" | sed 's/$/>/'
        echo '<pre id="r"></pre><script>window.onload=function(){var s="";'
        echo 'for(const i of document.images)s+=(i.naturalWidth>0?"loaded ":"broken ")+i.getAttribute("src")+" | ";'
        echo 'document.getElementById("r").textContent=s;};</script></body></html>'
    } >"$T/a/zz-check.html"
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
        --virtual-time-budget=5000 --dump-dom "file://$T/a/zz-check.html" >"$T/dom" 2>/dev/null
    nimg=$(grep -c '<img src=' "$page")
    nloaded=$(grep -o 'loaded charts/' "$T/dom" | wc -l)
    if [ "$nimg" -gt 0 ] && [ "$nloaded" = "$nimg" ]; then
        ok "Chromium loads all $nimg charts"; else notok "Chromium loads all charts" "$nloaded of $nimg; $(grep -o 'broken charts/[^ <]*' "$T/dom" | head -3)"; fi
    rm -f "$T/a/zz-check.html"
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
        --screenshot="$T/shot.png" --window-size=1200,2000 "file://$page" >/dev/null 2>&1
    if [ "$(head -c 4 "$T/shot.png" 2>/dev/null | od -An -c | tr -d ' ')" = "211PNG" ] && [ "$(wc -c <"$T/shot.png")" -gt 20000 ]; then
        ok "Chromium screenshot of the page"; else notok "Chromium screenshot of the page" "no or tiny PNG"; fi
fi
