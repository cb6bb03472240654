#!/bin/sh
# Crash safety. SIGKILL `fulog index` at many points during a large index,
# and `fulog touch` / `fulog done` at many points during a write-back into a
# large note. After each kill: the store opens, passes PRAGMA integrity_check
# and foreign_key_check, and holds every note either as before or as after
# (never half); the note file is byte-for-byte the old or the new version.
# Prints "ok"/"not ok" lines and "# N passed, M failed".
cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
PASS=0
FAIL=0
ok() { echo "ok - $1"; PASS=$((PASS + 1)); }
notok() { echo "not ok - $1"; FAIL=$((FAIL + 1)); }
T=$(mktemp -d "${TMPDIR:-/tmp}/fulog-crash.XXXXXX")
trap '[ -n "$KEEP" ] || rm -rf "$T"' EXIT
# A signal exits (the EXIT trap cleans): a trap that only cleaned would
# let the script go on over its deleted temp dir.
trap 'exit 130' INT
trap 'exit 143' TERM
export FULOG_TODAY=2026-12-10 XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data" XDG_STATE_HOME="$T/state"
unset FULOG_RULES
FULOG="lua5.4 $ROOT/bin/fulog"
KILLS=${CRASH_KILLS:-30}
NFILES=${CRASH_FILES:-3000}

if ! command -v sqlite3 >/dev/null 2>&1; then
    ok "# SKIP crash tests: no sqlite3 command"
    echo "# $PASS passed, $FAIL failed"
    exit 0
fi

# gen DIR VERSION: NFILES notes in 40 account folders, 12 next steps each;
# every step carries the version tag (v1 / v2). Version 2 drops every 7th
# note, changes every other one and adds 100 new notes.
gen() {
    lua5.4 - "$1" "$2" "$NFILES" <<'EOF'
local dir, ver, n = arg[1], arg[2], tonumber(arg[3])
local function note(i, v)
  local t = { "---", ("account: Account %d"):format(i % 40), ("date: 2026-11-%02d"):format(i % 28 + 1), "---",
              ("# Call %d"):format(i), "PAIN: reporting is slow" }
  for k = 1, 12 do
    t[#t + 1] = ("- NEXT: step %d of note %d %s they send the contract by Friday"):format(k, i, v)
    if k % 3 == 0 then
      t[#t + 1] = ("  - TOUCH: 2026-12-0%d email - no reply %s"):format(k % 9 + 1, v)
    end
  end
  return table.concat(t, "\n") .. "\n"
end
for i = 1, n + 100 do
  local v
  if ver == "v1" then v = i <= n and "v1" or nil
  else
    if i % 7 == 0 then v = nil elseif i % 2 == 0 or i > n then v = "v2" else v = "v1" end
  end
  local path = ("%s/acct%02d/note%05d.md"):format(dir, i % 40, i)
  os.remove(path)
  if v then
    os.execute("mkdir -p '" .. dir .. ("/acct%02d'"):format(i % 40))
    local f = assert(io.open(path, "w"))
    f:write(note(i, v))
    f:close()
  end
end
EOF
}

# check_store DB: integrity, foreign keys, and each note wholly v1 or v2
# with every step and touch; prints a problem or nothing.
check_store() {
    db=$1
    ic=$(sqlite3 "$db" 'PRAGMA integrity_check;' 2>&1)
    [ "$ic" = ok ] || { echo "integrity_check: $ic"; return; }
    fk=$(sqlite3 "$db" 'PRAGMA foreign_key_check;' 2>&1)
    [ -z "$fk" ] || { echo "foreign_key_check: $fk"; return; }
    # A note is whole when all its 12 steps and 4 touches carry one version.
    bad=$(sqlite3 "$db" "
      SELECT n.path || ' steps=' || count(DISTINCT s.id) || ' v1=' || sum(s.text LIKE '% v1 %') || ' v2=' || sum(s.text LIKE '% v2 %')
      FROM note n LEFT JOIN step s ON s.note_id = n.id GROUP BY n.id
      HAVING count(DISTINCT s.id) != 12 OR (sum(s.text LIKE '% v1 %') != 12 AND sum(s.text LIKE '% v2 %') != 12)
      UNION ALL
      SELECT n.path || ' touches=' || count(t.id) FROM note n LEFT JOIN touch t ON t.note_id = n.id
      GROUP BY n.id HAVING count(t.id) != 4
      UNION ALL
      SELECT n.path || ' touch version differs' FROM note n JOIN touch t ON t.note_id = n.id
      JOIN step s ON s.id = t.step_id WHERE substr(t.text, -2) != substr(s.text, instr(s.text, ' v') + 1, 2)
      LIMIT 3;" 2>&1)
    [ -z "$bad" ] || { echo "half-indexed: $bad"; return; }
    # Every note file that exists now or existed before is in the store or
    # not, as a whole: the count lies between the two versions' sets.
    n=$(sqlite3 "$db" 'SELECT count(*) FROM note;')
    [ "$n" -ge "$((NFILES * 6 / 7 - 10))" ] && [ "$n" -le "$((NFILES + 100))" ] || echo "note count $n"
}

# ---- index: kill at many points ----
mkdir -p "$T/notes"
gen "$T/notes" v1
$FULOG index --db "$T/before.db" "$T/notes" >/dev/null 2>"$T/err" || { notok "crash: first index failed: $(head -n 3 "$T/err")"; }
cp -r "$T/notes" "$T/notes-v1"
gen "$T/notes" v2
before=$(sqlite3 "$T/before.db" 'SELECT count(*) FROM note;')
# How long a full index of the changes takes.
cp "$T/before.db" "$T/full.db"
start=$(date +%s%N)
$FULOG index --db "$T/full.db" "$T/notes" >"$T/full.out" 2>"$T/err" || notok "crash: full index failed: $(head -n 3 "$T/err")"
dur_ms=$(( ($(date +%s%N) - start) / 1000000 ))
problem=$(check_store "$T/full.db")
after=$(sqlite3 "$T/full.db" "SELECT count(*) FROM note; SELECT count(*) FROM note n WHERE EXISTS (SELECT 1 FROM step s WHERE s.note_id = n.id AND s.text LIKE '% v2 %');" | tr '\n' ' ')
if [ -z "$problem" ]; then
    ok "crash: reference index of $NFILES+100 notes ($before before; notes, v2 notes after: $after) in ${dur_ms} ms"
else
    notok "crash: reference index: $problem"
fi

killed=0
completed=0
bad=0
i=1
while [ $i -le "$KILLS" ]; do
    cp "$T/before.db" "$T/k.db"
    rm -f "$T/k.db-wal" "$T/k.db-shm"
    # Kill points spread over the whole run, a little past its end.
    delay_ms=$(( dur_ms * i / KILLS + (i % 3) ))
    $FULOG index --db "$T/k.db" "$T/notes" >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    if kill -KILL $pid 2>/dev/null; then
        killed=$((killed + 1))
    else
        completed=$((completed + 1))
    fi
    wait $pid 2>/dev/null
    problem=$(check_store "$T/k.db")
    if [ -n "$problem" ]; then
        bad=$((bad + 1))
        [ $bad -le 3 ] && notok "crash: index killed at ${delay_ms} ms: $problem"
    fi
    # The next run finishes the job: same result as the uninterrupted one.
    if [ $i -eq "$KILLS" ] || [ $((i % 10)) -eq 5 ]; then
        $FULOG index --db "$T/k.db" "$T/notes" >/dev/null 2>&1
        a=$(sqlite3 "$T/k.db" 'SELECT count(*) FROM note; SELECT count(*) FROM step; SELECT count(*) FROM touch; SELECT count(*) FROM step WHERE text LIKE "% v2 %";' | tr '\n' ' ')
        b=$(sqlite3 "$T/full.db" 'SELECT count(*) FROM note; SELECT count(*) FROM step; SELECT count(*) FROM touch; SELECT count(*) FROM step WHERE text LIKE "% v2 %";' | tr '\n' ' ')
        if [ "$a" != "$b" ]; then
            bad=$((bad + 1))
            notok "crash: re-index after a kill at ${delay_ms} ms gives $a, want $b"
        fi
    fi
    i=$((i + 1))
done
if [ $bad -eq 0 ]; then
    ok "crash: index SIGKILLed at $KILLS points over ${dur_ms} ms ($killed killed mid-run, $completed finished first): store intact, every note old or new"
fi

echo "# index phase done at $(date +%T)"
# ---- write-back: kill touch / done at many points ----
# A large note (about 8 MB, 100 next steps in prose), so the write-back takes long enough to hit.
lua5.4 -e '
local t = { "---", "account: Big", "date: 2026-11-20", "---", "# Big - call" }
local prose = ("Notes from the call, nothing tagged here. "):rep(4)
for i = 1, 50000 do
  t[#t + 1] = i % 500 == 0 and ("- NEXT: step %d they send the contract by Friday"):format(i) or prose
end
io.write(table.concat(t, "\n"), "\n")' >"$T/big.md"
chmod 640 "$T/big.md"
cp -p "$T/big.md" "$T/big.orig"
# The reference results of an uninterrupted touch and done.
cp -p "$T/big.orig" "$T/ref.md"
$FULOG touch --db "$T/wb.db" "$T/ref.md:25005" email no reply >/dev/null 2>"$T/err" || notok "crash: touch on the big note failed: $(head -n 2 "$T/err")"
cp "$T/ref.md" "$T/ref-touch.md"
cp -p "$T/big.orig" "$T/ref.md"
$FULOG done --db "$T/wb.db" "$T/ref.md:25005" >/dev/null 2>"$T/err" || notok "crash: done on the big note failed: $(head -n 2 "$T/err")"
cp "$T/ref.md" "$T/ref-done.md"
cmp -s "$T/ref-touch.md" "$T/big.orig" && notok "crash: touch did not change the note"
cmp -s "$T/ref-done.md" "$T/big.orig" && notok "crash: done did not change the note"
for what in touch done; do
    # Timed on a warm store (the first run also indexes the note).
    for pass in 1 2; do
        cp -p "$T/big.orig" "$T/big.md"
        start=$(date +%s%N)
        if [ $what = touch ]; then
            $FULOG touch --db "$T/wb.db" "$T/big.md:25005" email no reply >/dev/null 2>&1
        else
            $FULOG done --db "$T/wb.db" "$T/big.md:25005" >/dev/null 2>&1
        fi
        wdur=$(( ($(date +%s%N) - start) / 1000000 ))
    done
    killed=0 new=0 old=0 bad=0
    i=1
    while [ $i -le "$KILLS" ]; do
        cp -p "$T/big.orig" "$T/big.md"
        rm -f "$T"/.fulog-[!b]*
        delay_ms=$(( wdur * i / KILLS ))
        if [ $what = touch ]; then
            $FULOG touch --db "$T/wb.db" "$T/big.md:25005" email no reply >/dev/null 2>&1 &
        else
            $FULOG done --db "$T/wb.db" "$T/big.md:25005" >/dev/null 2>&1 &
        fi
        pid=$!
        sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
        kill -KILL $pid 2>/dev/null && killed=$((killed + 1))
        wait $pid 2>/dev/null
        if cmp -s "$T/big.md" "$T/big.orig"; then
            old=$((old + 1))
        elif cmp -s "$T/big.md" "$T/ref-$what.md"; then
            new=$((new + 1))
        else
            bad=$((bad + 1))
            [ $bad -le 2 ] && notok "crash: $what killed at ${delay_ms} ms left the note neither old nor new ($(wc -c <"$T/big.md") bytes)"
        fi
        ic=$(sqlite3 "$T/wb.db" 'PRAGMA integrity_check;' 2>&1)
        if [ "$ic" != ok ]; then
            bad=$((bad + 1))
            notok "crash: $what killed at ${delay_ms} ms: store integrity_check: $ic"
        fi
        i=$((i + 1))
    done
    left=$(ls -A "$T" | grep -c '^\.fulog-[^b]')
    if [ $bad -eq 0 ]; then
        ok "crash: $what SIGKILLed at $KILLS points over ${wdur} ms ($killed killed): note old $old times, new $new times, never half-written"
    fi
    # A killed write-back may leave its temp file (not a note extension,
    # never indexed): created 0600, it may only take the note's own mode.
    if [ "$left" -gt 0 ]; then
        perm=$(stat -c %a "$T"/.fulog-[!b]* | sort -u | tr '\n' ' ')
        case "$perm" in
        "600 "|"640 "|"600 640 ") ok "crash: a killed $what left $left temp file(s) (mode $perm), none wider than the note (640)" ;;
        *) notok "crash: leftover write-back temp file wider than the note (640): $perm" ;;
        esac
        rm -f "$T"/.fulog-[!b]*
    fi
done

echo "# $PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
