# first_pass.sh -- every copy of the first pass (line_stats: SSE2 or scalar,
# AVX2, AVX-512, AVX-512 VBMI, VBMI2; the best the CPU has is used) gives
# the same records and messages. ZB_FIRST_PASS=N caps the copy; a level the
# CPU lacks falls back to the best below it, so on any machine the levels it
# has are compared with each other. Inputs: every datasets corpus (UTF-8,
# GB18030, Big5, traditional, full-width) and lines built to put 2- and
# 4-byte characters, digits, marks and mood words across 64-byte blocks.
. tests/cli/lib.sh

i=0
while [ $i -lt 70 ]; do
    pad=$(printf '%*s' $i '' | tr ' ' 'a')
    printf '%s2025年1-9月，全市规模以上工业增加值同比增长5.2%%，é 😀 ＧＤＰ达１２３亿元；力争全年完成投资300亿元。\n' "$pad"
    printf '%s上半年\xC2\xA0签约项目12个,总投资45.6亿元!计划到2026年将新建标准厂房8万平方米?\n' "$pad"
    i=$((i + 1))
done > "$T/blocks.txt"

set -- datasets/corpus/* datasets/heldout*/corpus/* "$T/blocks.txt"
run "$ZHIBIAO" extract -j 1 "$@"
expect_rc "extract with the CPU's best copy exits 0" 0
cp "$T/out" "$T/best.out"
cp "$T/err" "$T/best.err"
[ "$(wc -l < "$T/best.out")" -gt 1000 ] && ok "the inputs give records ($(wc -l < "$T/best.out"))" ||
    notok "the inputs give records" "$(wc -l < "$T/best.out") lines"
for cap in 0 1 2 3 4; do
    ZB_FIRST_PASS=$cap run "$ZHIBIAO" extract -j 1 "$@"
    if cmp -s "$T/out" "$T/best.out" && cmp -s "$T/err" "$T/best.err"; then
        ok "first pass capped at level $cap: same records and messages"
    else
        notok "first pass capped at level $cap: same records and messages" \
            "$(diff "$T/best.out" "$T/out" | head -4)"
    fi
done
