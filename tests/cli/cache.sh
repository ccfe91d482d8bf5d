# cache.sh -- the cache of OpenCC's traditional -> simplified answers
# ($XDG_CACHE_HOME/zhibiao/t2s.bin): made on the first run, used as it is on
# the next (same file, not rewritten), and when it is damaged (a flipped
# byte, cut short) or cannot be written, OpenCC is asked again and the
# records are the same; nothing is said on stderr in any of these cases.
. tests/cli/lib.sh

printf '臺灣經濟日報 2024年7月20日\n\n上半年，臺北市營業收入達120億元，同比增長5.2%%。\n' > "$T/trad.txt"
C="$T/cache"
cachef="$C/zhibiao/t2s.bin"

XDG_CACHE_HOME="$C" run "$ZHIBIAO" extract "$T/trad.txt"
expect_rc "first run exits 0" 0
expect_err "first run says nothing on stderr" ""
expect_out_has "traditional text read as simplified" '"indicator":"营业收入"'
cp "$T/out" "$T/ref.jsonl"
[ -s "$cachef" ] && ok "the first run writes the cache" || notok "the first run writes the cache" "no $cachef"

id1=$(stat -c '%i %Y %s' "$cachef")
XDG_CACHE_HOME="$C" run "$ZHIBIAO" extract "$T/trad.txt"
cmp -s "$T/out" "$T/ref.jsonl" && ok "second run (cache used) gives the same records" || notok "second run gives the same records" "outputs differ"
[ "$(stat -c '%i %Y %s' "$cachef")" = "$id1" ] && ok "a valid cache is not rewritten" || notok "a valid cache is not rewritten" "inode/mtime/size changed"

# a flipped byte in the middle of the table: the checksum fails, OpenCC is asked again
size=$(stat -c %s "$cachef")
printf '\377' | dd of="$cachef" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
XDG_CACHE_HOME="$C" run "$ZHIBIAO" extract "$T/trad.txt"
expect_err "a damaged cache says nothing on stderr" ""
cmp -s "$T/out" "$T/ref.jsonl" && ok "a damaged cache gives the same records" || notok "a damaged cache gives the same records" "outputs differ"
[ "$(stat -c %s "$cachef")" = "$size" ] && [ "$(stat -c '%i %Y %s' "$cachef")" != "$id1" ] &&
    ok "a damaged cache is rewritten" || notok "a damaged cache is rewritten" "$(stat -c '%i %Y %s' "$cachef") vs $id1"

# cut short
head -c 100 "$cachef" > "$T/short" && cat "$T/short" > "$cachef"
XDG_CACHE_HOME="$C" run "$ZHIBIAO" extract "$T/trad.txt"
cmp -s "$T/out" "$T/ref.jsonl" && ok "a cache cut short gives the same records" || notok "a cache cut short gives the same records" "outputs differ"
[ "$(stat -c %s "$cachef")" = "$size" ] && ok "a cache cut short is rewritten whole" || notok "a cache cut short is rewritten whole" "size $(stat -c %s "$cachef")"

# a cache directory that cannot be made
XDG_CACHE_HOME=/proc/zhibiao-no-such-dir run "$ZHIBIAO" extract "$T/trad.txt"
expect_rc "an unwritable cache directory: exit 0" 0
expect_err "an unwritable cache directory says nothing" ""
cmp -s "$T/out" "$T/ref.jsonl" && ok "an unwritable cache directory gives the same records" || notok "an unwritable cache directory gives the same records" "outputs differ"
