#!/bin/sh
# run.sh -- run every unit-test binary (cmocka) and every CLI test script,
# then print one summary line "N passed, N failed" (the last line).
# Called by `make check` / `make asan` with ZHIBIAO and TEST_BIN_DIR set.
: "${ZHIBIAO:?}" "${TEST_BIN_DIR:?}"
export ZHIBIAO
pass=0; fail=0; failed_list=""
log=$(mktemp)
for t in "$TEST_BIN_DIR"/test_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    "$t" >"$log" 2>&1; rc=$?
    p=$(sed -n 's/^\[  PASSED  \] \([0-9][0-9]*\) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
    f=$(sed -n 's/^\[  FAILED  \] \([0-9][0-9]*\) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
    if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi   # crashed or sanitizer abort
    pass=$((pass + p)); fail=$((fail + f))
    if [ "$f" != 0 ]; then cat "$log"; failed_list="$failed_list $name"; fi
    echo "$name: $p passed, $f failed"
done
for s in tests/cli/*.sh; do
    case "$s" in */lib.sh) continue ;; esac
    name=$(basename "$s")
    sh "$s" >"$log" 2>&1; rc=$?
    p=$(grep -c '^ok - ' "$log"); f=$(grep -c '^not ok - ' "$log")
    if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; echo "$name exited $rc"; fi
    pass=$((pass + p)); fail=$((fail + f))
    if [ "$f" != 0 ]; then grep -v '^ok - ' "$log"; failed_list="$failed_list $name"; fi
    echo "$name: $p passed, $f failed"
done
rm -f "$log"
[ -n "$failed_list" ] && echo "failing:$failed_list"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ] && [ "$pass" -gt 0 ]
