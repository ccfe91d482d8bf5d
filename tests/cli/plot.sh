#!/bin/sh
# plot.sh -- `zhibiao plot`: usage errors, scripts and index, hostile names,
# rendering without warnings, no gnuplot, no CJK font, --style.
. tests/cli/lib.sh

DATA=tests/data/plot/zones.jsonl
HAVE_GP=0
command -v gnuplot >/dev/null 2>&1 && fc-list :lang=zh family 2>/dev/null | grep -q 'Noto Sans CJK SC' && HAVE_GP=1

# ---- usage
run "$ZHIBIAO" plot "$DATA"
expect_rc "no -o is a usage error" 2
expect_err_has "no -o names the option" "-o DIR is required"
run "$ZHIBIAO" plot -o "$T/x" --render jpeg "$DATA"
expect_rc "bad --render is a usage error" 2
expect_err_has "bad --render lists the choices" "png|svg|pdf|none"
run "$ZHIBIAO" plot --help
expect_rc "--help exits 0" 0
expect_out_has "--help shows how to re-render" "gnuplot DIR/NAME.gp"

# ---- scripts only: one .gp per index line, one stdout line per chart
run "$ZHIBIAO" plot -r none -o "$T/s" "$DATA"
expect_rc "render none exits 0" 0
n_gp=$(ls "$T/s"/*.gp | wc -l)
n_idx=$(wc -l < "$T/s/charts.jsonl")
n_out=$(wc -l < "$T/out")
if [ "$n_gp" -gt 20 ] && [ "$n_gp" = "$n_idx" ] && [ "$n_gp" = "$n_out" ]; then ok "index lists every script"
else notok "index lists every script" "gp=$n_gp index=$n_idx stdout=$n_out"; fi
if ls "$T/s"/*.png >/dev/null 2>&1; then notok "render none draws nothing" "png found"; else ok "render none draws nothing"; fi
# file names are ASCII stems only
if ls "$T/s" | grep -qv '^[a-z]*-[0-9][0-9][0-9]\.gp$\|^charts\.jsonl$'; then
    notok "file names are ASCII stems" "$(ls "$T/s" | grep -v '^[a-z]*-[0-9]*\.gp$' | head -3)"
else ok "file names are ASCII stems"; fi
# 镇江高新区 GDP 2019: 1.56e10 yuan -> 156 亿元 at x = 2019.5
if grep -q '^2019.500000 156 "156" 1$' "$T/s"/trend-*.gp; then ok "trend datablock in 亿元 at mid-year"
else notok "trend datablock in 亿元 at mid-year" "row not found"; fi
run "$ZHIBIAO" plot -r none -o "$T/z" --zone 江阴 "$DATA"
if grep -v '"zone":"江阴"' "$T/z/charts.jsonl" | grep -q '"type":"\(trend\|targets\|multiples\)"'; then
    notok "--zone keeps one zone" "$(head -c 300 "$T/z/charts.jsonl")"
else ok "--zone keeps one zone"; fi

run "$ZHIBIAO" plot -r none -o "$T/i" --indicator 引进大学生 "$DATA"
types=$(sed 's/.*"type":"\([a-z]*\)".*/\1/' "$T/i/charts.jsonl" | sort | tr '\n' ' ')
if [ "$types" = "targets trend " ] && ! grep -q '有效高企' "$T/i"/*.gp; then ok "--indicator keeps one indicator"
else notok "--indicator keeps one indicator" "types: $types"; fi
# calendar progress: 镇江市 share 44.6% of the annual plan by Jan-May, elapsed 5/12 = 41.6667%
f=$(grep -l "'镇江市'" "$T/s"/targets-*.gp)
if [ -n "$f" ] && grep -q '^[0-9]* 44.6000 1$' "$f" && grep -q '^[0-9]* 41.6667$' "$f"; then
    ok "targets chart: plan share against the calendar"
else notok "targets chart: plan share against the calendar" "file '$f'"; fi

# ---- hostile names: nothing runs, names printed as written
cat > "$T/evil.jsonl" <<'EOF'
{"doc":"e1.txt","zone":"`touch pwned`","indicator":"it's `touch pwned3`","kind":"amount","value":1e9,"unit":"CNY","bound":"eq","status":"actual","period":"2021"}
{"doc":"e2.txt","zone":"`touch pwned`","indicator":"it's `touch pwned3`","kind":"amount","value":2e9,"unit":"CNY","bound":"eq","status":"actual","period":"2022"}
{"doc":"e2.txt","zone":"`touch pwned`","indicator":"it's `touch pwned3`","kind":"amount","value":3e9,"unit":"CNY","bound":"eq","status":"target","period":"2022"}
{"doc":"e1.txt","zone":"\"; system(\"touch pwned2\"); \"","indicator":"it's `touch pwned3`","kind":"amount","value":5e9,"unit":"CNY","bound":"eq","status":"actual","period":"2021"}
{"doc":"e2.txt","zone":"\"; system(\"touch pwned2\"); \"","indicator":"a\nb'; system('touch pwned4'); '@x_y","kind":"count","value":7,"unit":"个","bound":"eq","status":"actual","period":"2022"}
{"doc":"e2.txt","zone":"\"; system(\"touch pwned2\"); \"","indicator":"a\nb'; system('touch pwned4'); '@x_y","kind":"count","value":9,"unit":"个","bound":"eq","status":"actual","period":"2023"}
EOF
mkdir "$T/cwd"
( cd "$T/cwd" && "$ZHIBIAO" plot -o "$T/cwd/evil" "$T/evil.jsonl" >"$T/out" 2>"$T/err" ); rc=$?
expect_rc "hostile names render" 0
n_out=$(wc -l < "$T/out"); n_gp=$(ls "$T/cwd/evil"/*.gp | wc -l)
if [ "$n_out" = "$n_gp" ]; then ok "a newline in a name keeps one stdout line per chart"
else notok "a newline in a name keeps one stdout line per chart" "$n_out lines for $n_gp charts"; fi
found=$(find "$T" . -maxdepth 3 -name 'pwned*' 2>/dev/null | head -3)
if [ -z "$found" ]; then ok "no pwned file anywhere"; else notok "no pwned file anywhere" "$found"; fi
if grep -q "it''s \`touch pwned3\`" "$T/cwd/evil"/trend-*.gp; then ok "indicator quoted as written"
else notok "indicator quoted as written" "$(grep -h 'set title' "$T/cwd/evil"/*.gp | head -2)"; fi
if grep -q "'a b'';" "$T/cwd/evil"/*.gp; then ok "newline and quote in a name are inert"
else notok "newline and quote in a name are inert" "$(grep -h 'pwned4' "$T/cwd/evil"/*.gp | head -2)"; fi
if [ "$HAVE_GP" = 1 ]; then
    if [ -s "$T/err" ]; then notok "hostile render is silent" "$(head -c 300 "$T/err")"; else ok "hostile render is silent"; fi
    n_png=$(ls "$T/cwd/evil"/*.png 2>/dev/null | wc -l)
    n_gp=$(ls "$T/cwd/evil"/*.gp | wc -l)
    if [ "$n_png" = "$n_gp" ]; then ok "hostile charts all rendered"; else notok "hostile charts all rendered" "$n_png of $n_gp"; fi
fi

# ---- rendering the sample: every chart, nothing on stderr, real PNGs
if [ "$HAVE_GP" = 1 ]; then
    run "$ZHIBIAO" plot -o "$T/png" "$DATA"
    expect_rc "png render exits 0" 0
    expect_err "png render prints no warning" ""
    n_gp=$(ls "$T/png"/*.gp | wc -l); n_png=$(ls "$T/png"/*.png | wc -l)
    if [ "$n_gp" = "$n_png" ]; then ok "one png per script"; else notok "one png per script" "$n_png of $n_gp"; fi
    if [ "$(head -c 4 "$T/png/trend-001.png" | od -An -c | tr -d ' ')" = "211PNG" ]; then ok "png magic"
    else notok "png magic" "$(head -c 4 "$T/png/trend-001.png" | od -An -c)"; fi
    # a script re-renders alone from another directory, picture beside it
    rm "$T/png/rank-001.png"
    ( cd / && gnuplot "$T/png/rank-001.gp" ) 2>"$T/err"
    if [ -s "$T/png/rank-001.png" ] && [ ! -s "$T/err" ]; then ok "script re-renders alone"
    else notok "script re-renders alone" "$(head -c 200 "$T/err")"; fi
    run "$ZHIBIAO" plot -o "$T/svg" --render svg --zone 镇江高新区 "$DATA"
    expect_rc "svg render exits 0" 0
    if grep -q 'Noto Sans CJK SC' "$T/svg/trend-001.svg" && grep -q '镇江高新区' "$T/svg/trend-001.svg"; then
        ok "svg carries the font and Chinese text"
    else notok "svg carries the font and Chinese text" "missing"; fi
    run "$ZHIBIAO" plot -o "$T/pdf" --render pdf --zone 镇江市 "$DATA"
    if [ "$rc" = 0 ] && [ "$(head -c 4 "$T/pdf/trend-001.pdf")" = "%PDF" ]; then ok "pdf render"
    else notok "pdf render" "rc=$rc $(head -c 200 "$T/err")"; fi
fi

# ---- no gnuplot on PATH: scripts written, message says how to render
run env PATH=/nonexistent "$ZHIBIAO" plot -o "$T/nogp" "$DATA"
expect_rc "no gnuplot still exits 0" 0
expect_err_has "no gnuplot says how to render" "gnuplot $T/nogp/NAME.gp"
if [ -s "$T/nogp/trend-001.gp" ] && ! ls "$T/nogp"/*.png >/dev/null 2>&1; then ok "no gnuplot: scripts, no pictures"
else notok "no gnuplot: scripts, no pictures" "$(ls "$T/nogp" | head -3)"; fi

# ---- a style whose font fontconfig does not know: warn, render nothing
{ cat plots/zhibiao.gp; echo "zb_font = 'No Such CJK Font'"; echo "# my-style-marker"; } > "$T/style.gp"
run "$ZHIBIAO" plot -o "$T/nofont" --style "$T/style.gp" --zone 江阴 "$DATA"
if [ "$HAVE_GP" = 1 ]; then
    expect_err_has "missing font warns" "font 'No Such CJK Font' not found"
fi
if grep -q '# my-style-marker' "$T/nofont/trend-001.gp"; then ok "--style is copied into scripts"
else notok "--style is copied into scripts" "marker missing"; fi
run "$ZHIBIAO" plot -o "$T/nostyle" --style "$T/missing.gp" "$DATA"
expect_rc "missing style file exits 1" 1
