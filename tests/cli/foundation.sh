# foundation.sh -- the zhibiao command itself: help, version, usage errors,
# and `zhibiao check` on good and bad record files (exact messages, exit codes).
. tests/cli/lib.sh

run "$ZHIBIAO" --version
expect_rc "--version exits 0" 0
expect_out_has "--version names the version" "zhibiao 0."

run "$ZHIBIAO" --help
expect_rc "--help exits 0" 0
for c in extract check series trend compare rank plot export report; do
    expect_out_has "--help lists $c" "  $c "
done

run "$ZHIBIAO"
expect_rc "no command is a usage error" 2

run "$ZHIBIAO" frobnicate
expect_rc "unknown command exits 2" 2
expect_err "unknown command message" "zhibiao: unknown command 'frobnicate'
Try 'zhibiao --help'."

for c in extract check series trend compare rank plot export report; do
    run "$ZHIBIAO" "$c" --help
    expect_rc "$c --help exits 0" 0
    expect_out_has "$c --help prints usage" "Usage: zhibiao $c"
    run "$ZHIBIAO" help "$c"
    expect_out_has "help $c prints usage" "Usage: zhibiao $c"
done

run "$ZHIBIAO" check --frob
expect_rc "unknown option exits 2" 2
expect_err "unknown option message" "zhibiao: check: unknown option '--frob'
Try 'zhibiao check --help' for more information."

run "$ZHIBIAO" check datasets/gold/seeds.jsonl
expect_rc "check gold exits 0" 0
expect_out "check gold summary" "140 records, 5 documents, 11 zones, 136 indicators (amount 17, count 85, quantity 13, growth 7, share 9, pp 4, rank 5)"

# stdin, and '-' among files
run sh -c "head -3 datasets/gold/seeds.jsonl | '$ZHIBIAO' check"
expect_out "check reads stdin" "3 records, 1 documents, 1 zones, 3 indicators (growth 3)"
run sh -c "head -3 datasets/gold/seeds.jsonl | '$ZHIBIAO' check - datasets/gold/seeds.jsonl"
expect_out_has "check reads - among files" "143 records"

# a bad line names file and line, exit 1
head -2 datasets/gold/seeds.jsonl > "$T/bad.jsonl"
sed -n 3p datasets/gold/seeds.jsonl | sed 's/"growth"/"grwoth"/' >> "$T/bad.jsonl"
sed -n 4p datasets/gold/seeds.jsonl >> "$T/bad.jsonl"
run "$ZHIBIAO" check "$T/bad.jsonl"
expect_rc "bad kind exits 1" 1
expect_err "bad kind message" "zhibiao: $T/bad.jsonl:3: field \"kind\": \"grwoth\" is not one of amount|count|quantity|growth|share|pp|rank"
expect_out "nothing on stdout after a bad line" ""

run "$ZHIBIAO" check --skip-bad "$T/bad.jsonl"
expect_rc "--skip-bad still reports failure" 1
expect_out_has "--skip-bad counts the good records" "3 records"
expect_out_has "--skip-bad says what it skipped" "1 bad lines skipped"
expect_err_has "--skip-bad warns" "zhibiao: warning: skipped 1 bad line"

printf '{"doc":"a"' > "$T/trunc.jsonl"
run "$ZHIBIAO" check "$T/trunc.jsonl"
expect_rc "truncated JSON exits 1" 1
expect_err_has "truncated JSON message" "trunc.jsonl:1: not JSON"

run "$ZHIBIAO" check "$T/missing.jsonl"
expect_rc "missing file exits 1" 1
expect_err "missing file message" "zhibiao: $T/missing.jsonl: No such file or directory"

run "$ZHIBIAO" check "$T"
expect_rc "directory exits 1" 1
expect_err "directory message" "zhibiao: $T: is a directory"

: > "$T/empty.jsonl"
run "$ZHIBIAO" check "$T/empty.jsonl"
expect_rc "empty file is valid" 0
expect_out "empty file summary" "0 records, 0 documents, 0 zones, 0 indicators ()"

if [ -w /dev/full ]; then
    run sh -c "'$ZHIBIAO' check datasets/gold/seeds.jsonl > /dev/full"
    expect_rc "full stdout is an error" 1
    expect_err_has "full stdout message" "write error"
fi
