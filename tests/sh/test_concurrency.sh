#!/bin/sh
# Concurrency: two bin/fulog processes at once, each indexing the notes and
# recording touches (write-back into the note + re-index), a third indexing
# in a loop; some notes are touched by both writers. No "database is
# locked" reaches the user, no touch is lost, and the counts add up: every
# touch that said "recorded" is in its note and in the store, and the store
# agrees with the notes. Prints "ok"/"not ok" lines and "# N passed, M failed".
cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
PASS=0
FAIL=0
ok() { echo "ok - $1"; PASS=$((PASS + 1)); }
notok() { echo "not ok - $1"; FAIL=$((FAIL + 1)); }
T=$(mktemp -d "${TMPDIR:-/tmp}/fulog-conc.XXXXXX")
trap '[ -n "$KEEP" ] || rm -rf "$T"' EXIT
# A signal exits (the EXIT trap cleans): a trap that only cleaned would
# let the script go on over its deleted temp dir.
trap 'exit 130' INT
trap 'exit 143' TERM
export FULOG_TODAY=2026-12-10 XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data" XDG_STATE_HOME="$T/state" FULOG_DB="$T/store/fulog.db"
unset FULOG_RULES
FULOG="lua5.4 $ROOT/bin/fulog"
ROUNDS=${CONC_ROUNDS:-40}

# 300 background notes (so an index takes a while) and the notes the two
# writers touch: a/ only by writer A, b/ only by B, shared/ by both.
lua5.4 - "$T/notes" <<'EOF'
local dir = arg[1]
local function w(path, text)
  os.execute("mkdir -p '" .. path:match("^(.*)/") .. "'")
  local f = assert(io.open(path, "w")); f:write(text); f:close()
end
for i = 1, 300 do
  local t = { ("# Filler %d - 2026-11-%02d"):format(i, i % 28 + 1) }
  for k = 1, 10 do t[#t + 1] = ("- NEXT: filler %d step %d they send the contract by Friday"):format(i, k) end
  w(("%s/filler/f%03d.md"):format(dir, i), table.concat(t, "\n") .. "\n")
end
for _, who in ipairs({ "a", "b", "shared" }) do
  for i = 1, 3 do
    local t = { "---", "account: " .. who .. i, "date: 2026-11-20", "---", "# call" }
    for k = 1, 4 do t[#t + 1] = ("- NEXT: %s%d step %d call them back next week"):format(who, i, k) end
    w(("%s/%s/n%d.md"):format(dir, who, i), table.concat(t, "\n") .. "\n")
  end
end
EOF
$FULOG index "$T/notes" >/dev/null 2>"$T/err0" || notok "concurrency: first index failed: $(head -n 2 "$T/err0")"

# writer NAME: ROUNDS touches; each targets its own note or a shared one,
# found by text (the step moves down as touches are inserted above it).
writer() {
    name=$1
    r=1
    while [ $r -le "$ROUNDS" ]; do
        n=$((r % 3 + 1))
        k=$((r % 4 + 1))
        # In a shared note both touch its last step: the TOUCH lines go
        # below it, so its line number holds while the other writer works
        # (FILE:LINE names a line; a step moved by another edit is refused).
        if [ $((r % 3)) -eq 0 ]; then dir=shared k=4; else dir=$name; fi
        f="$T/notes/$dir/n$n.md"
        line=$(grep -n "NEXT: $dir$n step $k " "$f" | cut -d: -f1)
        out=$($FULOG touch "$f:$line" email "attempt $name-$r" 2>&1)
        code=$?
        echo "$code $dir/n$n.md attempt $name-$r :: $out" >>"$T/log-$name"
        if [ $((r % 8)) -eq 0 ]; then
            $FULOG index "$T/notes" >/dev/null 2>>"$T/idx-$name" || echo "index exit $?" >>"$T/idx-$name"
        fi
        r=$((r + 1))
    done
}
indexer() {
    while [ ! -f "$T/stop" ]; do
        $FULOG index "$T/notes" >/dev/null 2>>"$T/idx-loop" || echo "index exit $?" >>"$T/idx-loop"
        echo x >>"$T/count-idx"
    done
}

start=$(date +%s)
indexer &
ip=$!
writer a &
pa=$!
writer b &
pb=$!
wait $pa
wait $pb
touch "$T/stop"
wait $ip
secs=$(( $(date +%s) - start ))
idx=$(wc -l <"$T/count-idx" 2>/dev/null || echo 0)

locked=$(cat "$T"/log-* "$T"/idx-* 2>/dev/null | grep -ci 'locked\|busy')
if [ "$locked" -eq 0 ]; then
    ok "concurrency: no 'database is locked' or busy error in $((ROUNDS * 2)) touches, $((ROUNDS / 4)) writer indexes and $idx looping indexes (${secs}s)"
else
    notok "concurrency: $locked locked/busy errors reached the user"
    cat "$T"/log-* "$T"/idx-* | grep -i 'locked\|busy' | head -n 3 | sed 's/^/    /'
fi
idxerr=$(cat "$T"/idx-* 2>/dev/null | grep -v '^$' | head -n 3)
if [ -z "$idxerr" ]; then
    ok "concurrency: every index run succeeded"
else
    notok "concurrency: index errors: $(echo "$idxerr" | head -n 1)"
fi

# Every touch that succeeded is in its note, once; a touch that failed
# said why in one line and is not in the note.
succ=0 failed=0 lost=0 dup=0 phantom=0
while read -r code file _ tag _; do
    n=$(grep -c "email - attempt $tag\$" "$T/notes/$file")
    if [ "$code" -eq 0 ]; then
        succ=$((succ + 1))
        [ "$n" -eq 0 ] && lost=$((lost + 1))
        [ "$n" -gt 1 ] && dup=$((dup + 1))
    else
        failed=$((failed + 1))
        [ "$n" -ne 0 ] && phantom=$((phantom + 1))
    fi
done <<EOF
$(cat "$T"/log-a "$T"/log-b)
EOF
if [ $lost -eq 0 ] && [ $dup -eq 0 ] && [ $phantom -eq 0 ] && [ $failed -eq 0 ]; then
    ok "concurrency: all $succ touches recorded, none lost or doubled"
else
    notok "concurrency: $succ succeeded ($lost lost, $dup doubled), $failed failed ($phantom written anyway)"
    grep -v '^0 ' "$T"/log-a "$T"/log-b | head -n 3 | sed 's/^/    /'
fi

# The counts add up: the store holds exactly the TOUCH lines of the notes.
$FULOG index "$T/notes" >/dev/null 2>&1
infiles=$(cat "$T"/notes/a/*.md "$T"/notes/b/*.md "$T"/notes/shared/*.md | grep -c 'TOUCH:')
instore=$(sqlite3 "$FULOG_DB" 'SELECT count(*) FROM touch;' 2>/dev/null)
steps=$(sqlite3 "$FULOG_DB" 'SELECT count(*) FROM step;' 2>/dev/null)
orphans=$(sqlite3 "$FULOG_DB" 'SELECT count(*) FROM touch WHERE step_id IS NULL;' 2>/dev/null)
if [ "$infiles" -eq "$succ" ] && [ "$instore" = "$infiles" ] && [ "$steps" = 3036 ] && [ "$orphans" = 0 ]; then
    ok "concurrency: counts add up: $succ touches said recorded = $infiles TOUCH lines in notes = $instore in the store; 3036 steps"
else
    notok "concurrency: counts: $succ recorded, $infiles in notes, $instore in store, $steps steps (want 3036), $orphans touches without a step"
fi
ic=$(sqlite3 "$FULOG_DB" 'PRAGMA integrity_check; PRAGMA foreign_key_check;' 2>&1)
if [ "$ic" = ok ]; then ok "concurrency: store passes integrity_check and foreign_key_check"; else notok "concurrency: store check: $ic"; fi

echo "# $PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
