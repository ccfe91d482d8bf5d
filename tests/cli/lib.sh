# lib.sh -- helpers for the CLI tests in tests/cli/*.sh (POSIX sh).
#
# Protocol read by tests/run.sh: each check prints one line
#   "ok - NAME"  or  "not ok - NAME: why"
# Scripts run from the repository root with $ZHIBIAO the binary under test
# and $T a fresh temporary directory (removed afterwards).
#
#   run CMD...            runs CMD, keeps stdout in $T/out, stderr in $T/err, exit in $rc
#   expect_rc NAME N      check $rc = N
#   expect_out NAME TEXT  check stdout equals TEXT
#   expect_err NAME TEXT  check stderr equals TEXT (exact, whole)
#   expect_err_has NAME TEXT / expect_out_has NAME TEXT   substring checks
#   expect_no_file NAME PATH   check PATH does not exist
#   ok NAME / notok NAME WHY   raw results

: "${ZHIBIAO:?set ZHIBIAO to the zhibiao binary}"
T=$(mktemp -d "${TMPDIR:-/tmp}/zbtest.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM

ok() { echo "ok - $1"; }
notok() { echo "not ok - $1: $2"; }
run() { "$@" >"$T/out" 2>"$T/err"; rc=$?; }
expect_rc() { if [ "$rc" = "$2" ]; then ok "$1"; else notok "$1" "exit $rc, expected $2; stderr: $(head -c 300 "$T/err")"; fi; }
expect_out() { if [ "$(cat "$T/out")" = "$2" ]; then ok "$1"; else notok "$1" "stdout was: $(head -c 300 "$T/out")"; fi; }
expect_err() { if [ "$(cat "$T/err")" = "$2" ]; then ok "$1"; else notok "$1" "stderr was: $(head -c 300 "$T/err")"; fi; }
expect_out_has() { if grep -qF -- "$2" "$T/out"; then ok "$1"; else notok "$1" "stdout lacks '$2': $(head -c 300 "$T/out")"; fi; }
expect_err_has() { if grep -qF -- "$2" "$T/err"; then ok "$1"; else notok "$1" "stderr lacks '$2': $(head -c 300 "$T/err")"; fi; }
expect_no_file() { if [ -e "$2" ]; then notok "$1" "$2 exists"; else ok "$1"; fi; }
