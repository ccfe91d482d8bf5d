# extract.sh -- `zhibiao extract` end to end: the shipped corpus scored
# against the gold facts (tests/score.py, a copy of the project's scorer),
# encodings, stdin, -o, warnings and errors.
. tests/cli/lib.sh

C=datasets/corpus
GOLD=datasets/gold/seeds.jsonl

# ---- quality: the seed corpus, then texts written apart from it
# (datasets/heldout, datasets/heldout2: other genres, zones no table lists,
# traditional script). Bars a little below what the extractor reaches
# (2026-11-27: seeds F1 1.000 strict 0.952; heldout 1.000/1.000; heldout2
# 0.986/1.000; heldout3 1.000/1.000), so a rule that only fits the samples
# shows here.
score_bar() { # NAME GOLD CORPUS_DIR F1_BAR STRICT_BAR
    "$ZHIBIAO" extract "$3"/*.txt >"$T/scored.jsonl" 2>/dev/null
    python3 tests/score.py "$2" "$T/scored.jsonl" --corpus "$3" 2>&1 | sed 's/^/# /'
    got=$(python3 tests/score.py "$2" "$T/scored.jsonl" --corpus "$3" --json |
          python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["f1"], d["strict"])')
    if python3 -c "import sys; f,s='$got'.split(); sys.exit(0 if float(f) >= $4 and float(s) >= $5 else 1)"; then
        ok "$1 F1/strict $got >= $4/$5"
    else
        notok "$1 F1 >= $4, strict >= $5" "F1/strict are $got"
    fi
}
run "$ZHIBIAO" extract $C/*.txt
expect_rc "extract corpus exits 0" 0
cp "$T/out" "$T/corpus.jsonl"
if command -v python3 >/dev/null 2>&1; then
    score_bar "seed corpus" "$GOLD" "$C" 0.95 0.90
    score_bar heldout datasets/heldout/gold.jsonl datasets/heldout/corpus 0.95 0.92
    score_bar heldout2 datasets/heldout2/gold.jsonl datasets/heldout2/corpus 0.94 0.92
    score_bar heldout3 datasets/heldout3/gold.jsonl datasets/heldout3/corpus 0.94 0.90
    # heldout5: how time words and mood scope (a year inside a later clause,
    # a later period summed up, 今年 + a verb of result in a report);
    # 2026-11-27: 1.000/1.000 (before the scoping rules 1.000/0.686)
    score_bar heldout5 datasets/heldout5/gold.jsonl datasets/heldout5/corpus 0.95 0.90
    # heldout7: texts written (gold first) for the last round's defects: plan
    # mood in news, a stock at an interval's end, brackets in a ranking's
    # field, a zone inside a zone, a headline figure restated;
    # 2026-11-27: before 0.930/0.591, after 1.000/0.955
    score_bar heldout7 datasets/heldout7/gold.jsonl datasets/heldout7/corpus 0.98 0.90
else
    notok "corpus scores" "python3 not found"
fi

# every record passes the contract check
run "$ZHIBIAO" check "$T/corpus.jsonl"
expect_rc "records pass zhibiao check" 0

# nothing from the spam tail of 004 or the copyright notice of 003
if grep -q '蜘蛛\|国产\|律师' "$T/corpus.jsonl"; then notok "no records from page noise" "$(grep -c '蜘蛛\|国产\|律师' "$T/corpus.jsonl") noisy"; else ok "no records from page noise"; fi

# a figure written with 10,000 digits reads as inf: no record for it (the
# writer would refuse it and exit 1), the figure after it still comes out
{ printf '2024-07-11 13:27\n今年全市新增企业'; head -c 10000 /dev/zero | tr '\0' 1; printf '家,新增项目100个。\n'; } >"$T/huge.txt"
run "$ZHIBIAO" extract "$T/huge.txt"
expect_rc "10,000-digit figure: extract exits 0" 0
if [ "$(wc -l <"$T/out")" = 1 ] && grep -q '"value":100,"unit":"个"' "$T/out"; then ok "10,000-digit figure: no record, the next figure kept"; else notok "10,000-digit figure: no record, the next figure kept" "$(head -c 300 "$T/out")"; fi

# ---- stdin and doc names
run sh -c "\"$ZHIBIAO\" extract < $C/000_1464f3ad2492a083.txt"
expect_rc "stdin exits 0" 0
expect_out_has "stdin records are doc -" '"doc":"-"'
expect_out_has "publication date found" '"published":"2021-01-27"'
n_stdin=$(wc -l <"$T/out")
run "$ZHIBIAO" extract - <$C/000_1464f3ad2492a083.txt
expect_out_has "'-' is stdin" '"doc":"-"'
run "$ZHIBIAO" extract ./$C/000_1464f3ad2492a083.txt
expect_out_has "doc is the base name" '"doc":"000_1464f3ad2492a083.txt"'
if [ "$(wc -l <"$T/out")" = "$n_stdin" ] && [ "$n_stdin" -gt 0 ]; then ok "file and stdin agree"; else notok "file and stdin agree" "$n_stdin vs $(wc -l <"$T/out")"; fi

# ---- encodings: the same document in GB18030 and UTF-16 gives the same records
# (offsets count bytes of the decoded UTF-8, so even they agree)
strip_doc() { sed 's/"doc":"[^"]*"//' "$1"; }
"$ZHIBIAO" extract $C/001_18ede2ede8d902f8.txt >"$T/u8.jsonl"
if iconv -f UTF-8 -t GB18030 $C/001_18ede2ede8d902f8.txt >"$T/gb.txt" 2>/dev/null; then
    run "$ZHIBIAO" extract "$T/gb.txt"
    strip_doc "$T/out" >"$T/a"; strip_doc "$T/u8.jsonl" >"$T/b"
    if cmp -s "$T/a" "$T/b"; then ok "GB18030 input detected, same records"; else notok "GB18030 input detected, same records" "$(diff "$T/a" "$T/b" | head -3)"; fi
    run "$ZHIBIAO" extract --encoding GB18030 "$T/gb.txt"
    strip_doc "$T/out" >"$T/a"
    if cmp -s "$T/a" "$T/b"; then ok "--encoding GB18030"; else notok "--encoding GB18030" "differs"; fi
fi
if { printf '\377\376'; iconv -f UTF-8 -t UTF-16LE $C/001_18ede2ede8d902f8.txt; } >"$T/u16.txt" 2>/dev/null; then
    run "$ZHIBIAO" extract "$T/u16.txt"
    strip_doc "$T/out" >"$T/a"
    if cmp -s "$T/a" "$T/b"; then ok "UTF-16LE with BOM, same records"; else notok "UTF-16LE with BOM, same records" "$(diff "$T/a" "$T/b" | head -3)"; fi
fi
# CRLF line ends: same figures (offsets move by one byte per line)
sed 's/$/\r/' $C/001_18ede2ede8d902f8.txt >"$T/crlf.txt"
run "$ZHIBIAO" extract "$T/crlf.txt"
vals() { sed 's/.*"kind":"\([a-z]*\)","value":\([^,]*\),"unit":"\([^"]*\)".*/\1 \2 \3/' "$1"; }
vals "$T/out" >"$T/a"; vals "$T/u8.jsonl" >"$T/b"
if cmp -s "$T/a" "$T/b"; then ok "CRLF line ends, same figures"; else notok "CRLF line ends, same figures" "$(diff "$T/a" "$T/b" | head -3)"; fi

# ---- traditional and full-width
printf '2024-07-11 13:27\n上半年實現營業收入１．２億元，同比增長３％。\n' >"$T/tw.txt"
run "$ZHIBIAO" extract "$T/tw.txt"
expect_out_has "traditional + full-width amount" '"indicator":"营业收入","kind":"amount","value":120000000,"unit":"CNY"'
expect_out_has "traditional growth" '"kind":"growth","value":3,"unit":"%"'
expect_out_has "text stays as in the source" '"text":"上半年實現營業收入１．２億元"'

# ---- invalid bytes: a warning with the byte offset, then records
printf '2024-07-11\n\377上半年新增项目100个。\n' >"$T/bad.txt"
run "$ZHIBIAO" extract "$T/bad.txt"
expect_rc "invalid byte is not an error" 0
expect_err_has "invalid byte warning names file and offset" "zhibiao: $T/bad.txt: warning: byte 11:"
expect_out_has "record after an invalid byte" '"value":100,"unit":"个"'
run "$ZHIBIAO" extract -q "$T/bad.txt"
expect_err "-q silences warnings" ""

# ---- -o: atomic output
run "$ZHIBIAO" extract -o "$T/o.jsonl" $C/000_1464f3ad2492a083.txt
expect_rc "-o exits 0" 0
expect_out "-o writes nothing to stdout" ""
if [ -s "$T/o.jsonl" ] && [ "$(wc -l <"$T/o.jsonl")" = "$n_stdin" ]; then ok "-o file holds the records"; else notok "-o file holds the records" "missing or short"; fi
run "$ZHIBIAO" extract -o /dev/full $C/001_18ede2ede8d902f8.txt
expect_rc "-o /dev/full exits 1" 1
run "$ZHIBIAO" extract -o "$T/nodir/x.jsonl" $C/000_1464f3ad2492a083.txt
expect_rc "-o into a missing directory exits 1" 1
expect_no_file "nothing half-written" "$T/nodir/x.jsonl"

# ---- errors and usage
run "$ZHIBIAO" extract "$T/missing.txt"
expect_rc "missing file exits 1" 1
expect_err "missing file message" "zhibiao: $T/missing.txt: No such file or directory"
run "$ZHIBIAO" extract "$T/missing.txt" $C/000_1464f3ad2492a083.txt
expect_rc "missing file among others exits 1" 1
expect_out_has "the other files are still extracted" '"doc":"000_1464f3ad2492a083.txt"'
run "$ZHIBIAO" extract --frobnicate
expect_rc "unknown option exits 2" 2
expect_err_has "unknown option hint" "Try 'zhibiao extract --help'"
run "$ZHIBIAO" extract --encoding NO-SUCH $C/000_1464f3ad2492a083.txt
expect_rc "unknown encoding exits 2" 2
run "$ZHIBIAO" extract --help
expect_rc "--help exits 0" 0
expect_out_has "--help prints usage" "Usage: zhibiao extract"
: >"$T/empty.txt"
run "$ZHIBIAO" extract "$T/empty.txt"
expect_rc "empty file exits 0" 0
expect_out "empty file has no records" ""

# ---- -j N: threads, same records in the same order
"$ZHIBIAO" extract $C/*.txt $C/*.txt >"$T/seq.jsonl"
run "$ZHIBIAO" extract -j 3 $C/*.txt $C/*.txt
expect_rc "-j 3 exits 0" 0
if cmp -s "$T/out" "$T/seq.jsonl"; then ok "-j 3 output equals the sequential output"; else notok "-j 3 output equals the sequential output" "differs"; fi
run "$ZHIBIAO" extract -j 2 "$T/missing.txt" $C/000_1464f3ad2492a083.txt "$T/bad.txt"
expect_rc "-j with a missing file exits 1" 1
expect_err_has "-j reports the missing file" "zhibiao: $T/missing.txt: No such file or directory"
expect_err_has "-j reports warnings" "zhibiao: $T/bad.txt: warning: byte 11:"
expect_out_has "-j extracts the readable files" '"doc":"000_1464f3ad2492a083.txt"'
run "$ZHIBIAO" extract -j 2 -o /dev/full $C/*.txt
expect_rc "-j with -o /dev/full exits 1" 1
run "$ZHIBIAO" extract -j 0 $C/000_1464f3ad2492a083.txt
expect_rc "-j 0 is a usage error" 2
run "$ZHIBIAO" extract -j x $C/000_1464f3ad2492a083.txt
expect_rc "-j x is a usage error" 2

# ---- no quadratic work: a 1.6 MB line of figures without punctuation
python3 -c "import sys; sys.stdout.write('2024-07-11\n' + '新增项目1个'*100000 + '\n')" >"$T/long.txt" 2>/dev/null &&
if command -v timeout >/dev/null 2>&1; then
    run timeout 30 "$ZHIBIAO" extract "$T/long.txt"
    expect_rc "a long line without punctuation finishes" 0
    if [ "$(wc -l <"$T/out")" = 100000 ]; then ok "every figure of the long line"; else notok "every figure of the long line" "$(wc -l <"$T/out") records"; fi
fi

# ---- no quadratic work in the top lines: a 2.4 MB line of year numbers
# (find_doc_year once scanned the whole line for each of them: minutes)
python3 -c "import sys; sys.stdout.write('2024-01-11\n' + '2023年,'*300000 + '新增项目1个\n')" >"$T/years.txt" 2>/dev/null &&
if command -v timeout >/dev/null 2>&1; then
    run timeout 30 "$ZHIBIAO" extract "$T/years.txt"
    expect_rc "a long line of years finishes" 0
    expect_out_has "the figure after the years" '"value":1,'
fi

# ---- progress: on a terminal (script(1) gives one), a line per file count
# on stderr, cleared at the end; never when stderr is not a terminal
if command -v script >/dev/null 2>&1; then
    script -qec "$ZHIBIAO extract -j 1 -o $T/tty.jsonl $C/*.txt" /dev/null >"$T/tty.txt" 2>&1
    n=$(ls $C/*.txt | wc -l)
    if grep -q "zhibiao extract: $n/$n files" "$T/tty.txt"; then ok "progress line on a terminal"; else notok "progress line on a terminal" "$(head -c 300 "$T/tty.txt" | od -c | head -3)"; fi
    if cmp -s "$T/tty.jsonl" "$T/corpus.jsonl"; then ok "records with progress equal those without"; else notok "records with progress equal those without" "differ"; fi
    script -qec "$ZHIBIAO extract -j 1 $C/*.txt" /dev/null >"$T/tty2.txt" 2>&1
    if grep -q "files," "$T/tty2.txt"; then notok "no progress when records go to the terminal" "progress shown"; else ok "no progress when records go to the terminal"; fi
fi
run "$ZHIBIAO" extract -j 2 -o "$T/nt.jsonl" $C/*.txt
expect_err "no progress when stderr is not a terminal" ""
# a range whose lower end names nothing ("上升1到6亿元"): the upper end still
# gets an indicator, so every record passes `check` (found by the fuzzer)
printf '镇江高新区2024年7月1日\n\n上升1到6亿元。\n' > "$T/range.txt"
"$ZHIBIAO" extract -q "$T/range.txt" > "$T/range.jsonl"
run "$ZHIBIAO" check "$T/range.jsonl"
expect_rc "a range with a bare lower end gives records that pass check" 0
