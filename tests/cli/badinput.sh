# badinput.sh -- hostile and broken record files (issue 8): each case pins the
# message users see and the exit code, and that no partial output is left.
. tests/cli/lib.sh

GOOD=$(sed -n 1p datasets/gold/seeds.jsonl)

# empty file and blank lines: valid, zero records
printf '\n\n  \n' > "$T/blank.jsonl"
run "$ZHIBIAO" check "$T/blank.jsonl"
expect_rc "blank lines are no records" 0
expect_out_has "blank lines summary" "0 records"

# binary bytes
printf '\001\002\377\376binary\000stuff\n' > "$T/bin.jsonl"
run "$ZHIBIAO" check "$T/bin.jsonl"
expect_rc "binary exits 1" 1
expect_err "binary message" "zhibiao: $T/bin.jsonl:1: not JSON: NUL byte in line"

# NUL inside an otherwise good line
printf '%s\n' "$GOOD" | sed 's/镇江/镇\x00江/' > "$T/nul.jsonl"
run "$ZHIBIAO" check "$T/nul.jsonl"
expect_rc "NUL byte exits 1" 1
expect_err_has "NUL byte message" "nul.jsonl:1: not JSON: NUL byte in line"

# truncated last line (no newline, cut inside a UTF-8 character)
printf '%s\n' "$GOOD" > "$T/trunc.jsonl"
printf '%s' "$GOOD" | head -c 120 >> "$T/trunc.jsonl"
run "$ZHIBIAO" check "$T/trunc.jsonl"
expect_rc "truncated last line exits 1" 1
expect_err_has "truncated last line names line 2" "trunc.jsonl:2: not JSON"

# 10,000-digit number and 1e400 as value
digits=$(head -c 10000 /dev/zero | tr '\0' '7')
printf '%s\n' "$GOOD" | sed "s/\"value\": [0-9.]*/\"value\": $digits/" > "$T/huge_num.jsonl"
run "$ZHIBIAO" check "$T/huge_num.jsonl"
expect_rc "10000-digit value exits 1" 1
expect_err "10000-digit value message" "zhibiao: $T/huge_num.jsonl:1: field \"value\": out of range"
printf '%s\n' "$GOOD" | sed 's/"value": [0-9.]*/"value": 1e400/' > "$T/e400.jsonl"
run "$ZHIBIAO" check "$T/e400.jsonl"
expect_err "1e400 value message" "zhibiao: $T/e400.jsonl:1: field \"value\": out of range"
# 1e300 is a finite double: accepted
printf '%s\n' "$GOOD" | sed 's/"value": [0-9.]*/"value": 1e300/' > "$T/e300.jsonl"
run "$ZHIBIAO" check "$T/e300.jsonl"
expect_rc "1e300 value is valid" 0

# deeply nested JSON (cJSON stops at its nesting limit instead of overflowing the stack)
python3 -c 'print("[" * 200000 + "]" * 200000)' > "$T/deep.jsonl"
run "$ZHIBIAO" check "$T/deep.jsonl"
expect_rc "deep nesting exits 1" 1
expect_err_has "deep nesting message" "deep.jsonl:1: not JSON"

# a deeply nested unknown field inside a record is refused the same way
python3 -c 'import sys; g=sys.argv[1]; print(g[:-1] + ", \"x\": " + "[" * 5000 + "]" * 5000 + "}")' "$GOOD" > "$T/deep2.jsonl"
run "$ZHIBIAO" check "$T/deep2.jsonl"
expect_rc "nested unknown field exits 1" 1

# unknown fields are kept, not an error
printf '%s\n' "$GOOD" | sed 's/}$/, "note": "人工复核", "tags": ["a", 1]}/' > "$T/unknown.jsonl"
run "$ZHIBIAO" check "$T/unknown.jsonl"
expect_rc "unknown fields are valid" 0

# a line over the 64 MiB limit; the next line is still read with --skip-bad
python3 -c 'import sys; sys.stdout.write("{\"doc\": \"" + "x" * (65 << 20) + "\"}\n")' > "$T/long.jsonl"
printf '%s\n' "$GOOD" >> "$T/long.jsonl"
run "$ZHIBIAO" check "$T/long.jsonl"
expect_rc "over-long line exits 1" 1
expect_err "over-long line message" "zhibiao: $T/long.jsonl:1: line longer than 67108864 bytes"
run "$ZHIBIAO" check --skip-bad "$T/long.jsonl"
expect_out_has "over-long line skipped, next read" "1 records"

# a huge line under the limit is fine (30 MB of text in one record)
python3 -c 'import sys,json; g=json.loads(sys.argv[1]); g["quote"]="字"*(10<<20); print(json.dumps(g, ensure_ascii=False))' "$GOOD" > "$T/big.jsonl"
run "$ZHIBIAO" check "$T/big.jsonl"
expect_rc "30 MB record is valid" 0

# a directory and a missing file given as inputs
run "$ZHIBIAO" check "$T"
expect_err "directory as input" "zhibiao: $T: is a directory"
run "$ZHIBIAO" check "$T/nope.jsonl"
expect_err "missing input" "zhibiao: $T/nope.jsonl: No such file or directory"

# ---- articles: hostile and broken text for `zhibiao extract` ----
A=datasets/corpus/000_1464f3ad2492a083.txt

# binary noise: decoded with replacement and warnings, never a crash; output valid
head -c 4096 /dev/urandom > "$T/noise.bin"
run "$ZHIBIAO" extract "$T/noise.bin"
expect_rc "binary article exits 0" 0
cp "$T/out" "$T/noise.jsonl"
run "$ZHIBIAO" check "$T/noise.jsonl"
expect_rc "records from binary noise are valid" 0

# NUL bytes inside an article: replaced by spaces with a warning; figures still found
{ head -c 600 "$A"; printf '\000\000'; tail -c +601 "$A"; } > "$T/nul.txt"
run "$ZHIBIAO" extract "$T/nul.txt"
expect_rc "NUL bytes in an article exit 0" 0
expect_err_has "NUL bytes warned" "NUL"
expect_out_has "figures after the NUL bytes found" '"value":3.3,"unit":"%"'

# truncated UTF-8 at the end of the file (a 3-byte character cut after 2 bytes)
{ cat "$A"; printf '\345\242'; } > "$T/trunc.txt"
run "$ZHIBIAO" extract "$T/trunc.txt"
expect_rc "truncated UTF-8 at EOF exits 0" 0
expect_err_has "truncated UTF-8 warned with its offset" "byte $(wc -c < "$A" | tr -d ' ')"
expect_out_has "figures before the cut found" '"value":6.5,"unit":"%"'

# GBK read as UTF-8 on purpose: replacement characters and warnings, no crash
iconv -f UTF-8 -t GB18030 "$A" > "$T/gbk.txt"
run "$ZHIBIAO" extract --encoding UTF-8 "$T/gbk.txt"
expect_rc "GBK forced as UTF-8 exits 0" 0
expect_err_has "GBK forced as UTF-8 warns" "warning: byte "
cp "$T/out" "$T/gbk.jsonl"
run "$ZHIBIAO" check "$T/gbk.jsonl"
expect_rc "records from mis-decoded text are valid" 0
# ...and detected as what it is when not forced
run "$ZHIBIAO" extract "$T/gbk.txt"
expect_out_has "GBK detected and decoded" '"indicator":"一般公共预算收入"'

# a 100 MB article on one line: finishes, every figure found (count made by python)
python3 -c '
import sys
filler = "推进产业链强链延链补链,加快形成集聚优势" * 25
sys.stdout.write(((filler + "新增企业35家,") * 100000)[: 100 * 1000 * 1000 // 3])' > "$T/oneline.txt"
want=$(python3 -c 'import sys; print(open(sys.argv[1], encoding="utf-8").read().count("新增企业35家"))' "$T/oneline.txt")
run "$ZHIBIAO" extract -o "$T/oneline.jsonl" "$T/oneline.txt"
expect_rc "100 MB single line exits 0" 0
got=$(grep -c '"value":35,"unit":"家"' "$T/oneline.jsonl")
if [ "$got" = "$want" ]; then ok "100 MB single line: all $want figures"; else notok "100 MB single line" "got $got of $want"; fi
rm -f "$T/oneline.txt" "$T/oneline.jsonl"

# a directory given as an article, and a failed run leaves no output file
run "$ZHIBIAO" extract "$T"
expect_rc "directory as article exits 1" 1
expect_err "directory as article message" "zhibiao: $T: is a directory"
run "$ZHIBIAO" extract --encoding NO-SUCH -o "$T/never.jsonl" "$A"
expect_rc "unknown encoding with -o exits 2" 2
expect_no_file "unknown encoding leaves no output file" "$T/never.jsonl"
run "$ZHIBIAO" extract -o /dev/full "$A"
expect_rc "extract -o /dev/full exits 1" 1
expect_err_has "extract -o /dev/full says so" "/dev/full"
