#!/bin/bash
# bench/same-output.sh OLD_ZHIBIAO NEW_ZHIBIAO [FILES_FROM_BENCH_CORPUS]
#
# Speed work must not change one record: run `extract -j 1` with both
# binaries over every datasets/*/corpus and over the first N files of the
# bench corpus (build-bench/corpus, made by `make bench`; default 2000 files,
# about 53 MB; skipped if absent), and compare stdout and stderr byte for byte.
# Prints "same output: K inputs" and exits 0, or names the first differences
# and exits 1.  Typical use:
#   git worktree add /tmp/old HEAD~1 && make -C /tmp/old && make &&
#   bench/same-output.sh /tmp/old/zhibiao ./zhibiao
set -u
[ $# -ge 2 ] || { echo "usage: $0 OLD_ZHIBIAO NEW_ZHIBIAO [N]" >&2; exit 2; }
old=$(readlink -f "$1") new=$(readlink -f "$2") n=${3:-2000}
cd "$(dirname "$0")/.." || exit 2
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
sets=(datasets/corpus datasets/heldout*/corpus)
rc=0 k=0
run() { # name files...
    local name=$1; shift
    "$old" extract -j 1 "$@" > "$tmp/old.out" 2> "$tmp/old.err"
    "$new" extract -j 1 "$@" > "$tmp/new.out" 2> "$tmp/new.err"
    k=$((k + 1))
    for s in out err; do
        if ! cmp -s "$tmp/old.$s" "$tmp/new.$s"; then
            echo "DIFFERENT std$s on $name:"
            diff "$tmp/old.$s" "$tmp/new.$s" | head -6
            rc=1
        fi
    done
}
for d in "${sets[@]}"; do
    run "$d" "$d"/*
done
if [ -d build-bench/corpus ]; then
    mapfile -t files < <(find build-bench/corpus -name '*.txt' ! -name files.txt ! -name manifest.txt | sort | head -n "$n")
    [ ${#files[@]} -gt 0 ] && run "build-bench/corpus (${#files[@]} files)" "${files[@]}"
fi
[ $rc = 0 ] && echo "same output: $k inputs"
exit $rc
