# jobs.sh -- parallel extraction: the default (one thread per core), -j 2 and
# -j 3 give exactly the output of -j 1, in input order, also when there are
# many more files than the ring of 2N job slots (each slot is reused).
. tests/cli/lib.sh

set -- datasets/corpus/*.txt datasets/heldout*/corpus/*.txt
files="$*"
# 4 rounds of every file: with -j 2 the ring has 4 slots, so each is reused many times
many="$files $files $files $files"
run "$ZHIBIAO" extract -q -j 1 $many
expect_rc "-j 1 exits 0" 0
cp "$T/out" "$T/j1.jsonl"
n=$(wc -l < "$T/j1.jsonl")
[ "$n" -gt 100 ] && ok "-j 1 finds figures ($n records)" || notok "-j 1 finds figures" "$n records"
for j in "" "-j 2" "-j 3" "-j 64"; do
    run "$ZHIBIAO" extract -q $j $many
    if cmp -s "$T/out" "$T/j1.jsonl"; then ok "extract ${j:-(default jobs)} equals -j 1"; else notok "extract ${j:-(default jobs)} equals -j 1" "outputs differ"; fi
done
# the order is the input order: the first record comes from the first file named
first=$(basename "$1")
head -1 "$T/j1.jsonl" | grep -q "\"doc\":\"$first\"" && ok "first record from the first file" || notok "first record from the first file" "$(head -c 80 "$T/j1.jsonl")"
# options after the files are read as options
run "$ZHIBIAO" extract "$1" -q -j 2
expect_rc "options after FILE accepted" 0
