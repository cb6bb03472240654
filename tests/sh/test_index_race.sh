#!/bin/sh
# Index race: another process writes the store in the middle of a large
# cold `fulog index`, between two of its write transactions. The run
# queues new notes' rows under the ids SQLite would give them (store.c
# put_note) only while no other writer has been in the store since it read
# what the store holds; PRAGMA data_version under each BEGIN IMMEDIATE
# tells, and then it inserts and looks up as before. Here the other writer
# stores some notes the run has yet to reach (the run still calls them
# new), and notes of another folder (the ids move on). The run must still
# succeed, and the store hold exactly what a run with no other writer
# stores: every step, touch and PAIN under the note whose file it came
# from, integrity_check and foreign_key_check clean, and a re-index finds
# nothing to change. With the data_version check off (store.c
# ful_store_begin) the run queues a note the other writer stored as new and
# stops at "UNIQUE constraint failed: note.path", its open transaction
# rolled back: 4 of these 7 checks fail.
# The interleaving is not left to timing: FULOG_TEST_INDEX_PAUSE=N:DIR
# (csrc/index.c ful_test_pause) has the run commit its first N notes,
# create DIR/paused and wait for DIR/resume.
# Prints "ok"/"not ok" lines and "# N passed, M failed".
cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
PASS=0
FAIL=0
ok() { echo "ok - $1"; PASS=$((PASS + 1)); }
notok() { echo "not ok - $1"; FAIL=$((FAIL + 1)); }
# The real path: the store names notes by it, and the other writer's
# paths and root must be the ones the indexer makes of the folder.
T=$(mktemp -d "${TMPDIR:-/tmp}/fulog-race.XXXXXX") && T=$(cd "$T" && pwd -P) || exit 1
IDX=
trap '[ -n "$IDX" ] && kill "$IDX" 2>/dev/null; [ -n "$KEEP" ] || rm -rf "$T"' EXIT
# A signal exits (the EXIT trap cleans): a trap that only cleaned would
# let the script go on over its deleted temp dir.
trap 'exit 130' INT
trap 'exit 143' TERM
export FULOG_TODAY=2026-12-10 XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data" XDG_STATE_HOME="$T/state" FULOG_DB="$T/store/fulog.db"
unset FULOG_RULES FULOG_TEST_INDEX_PAUSE FULOG_INDEX_THREADS
FULOG="lua5.4 $ROOT/bin/fulog"
if ! command -v sqlite3 >/dev/null 2>&1; then
    ok "# SKIP index race tests: no sqlite3 command"
    echo "# $PASS passed, $FAIL failed"
    exit 0
fi
mkdir -p "$T/store" "$T/ref" "$T/sync" "$T/notes/acme" "$T/notes/globex" "$T/notes/initech" "$T/other/zeta"

# 1,500 notes, 500 an account folder (walked in path order: acme, globex,
# initech), and 20 in another folder. Note nNNNN's every step, touch and
# PAIN line names nNNNN, so each row shows which file it came from.
PER=500
NOTES=$((3 * PER))
PAUSE_AT=600
lua5.4 - "$T" "$PER" <<'EOF'
local dir, per = arg[1], tonumber(arg[2])
local function w(path, text)
  local f = assert(io.open(path, "w")); f:write(text); f:close()
end
local function note(path, n)
  local tag = ("n%04d"):format(n)
  w(path, table.concat({
    ("# %s call - 2026-11-%02d"):format(tag, n % 28 + 1),
    ("PAIN: %s month-end reporting takes three days"):format(tag),
    ("- NEXT: %s step 1 they send the signed contract by Friday"):format(tag),
    ("  TOUCH: 2026-11-%02d email - %s sent the deck"):format(n % 28 + 1, tag),
    ("- NEXT: %s step 2 call them back next week"):format(tag),
    ("- NEXT: %s step 3 send the case studies"):format(tag),
    "" }, "\n"))
end
for a, acc in ipairs({ "acme", "globex", "initech" }) do
  for i = 1, per do
    local n = (a - 1) * per + i
    note(("%s/notes/%s/n%04d.md"):format(dir, acc, n), n)
  end
end
for n = 9001, 9020 do note(("%s/other/zeta/n%04d.md"):format(dir, n), n) end
EOF

# The notes the other writer stores while the run waits: ones it has yet
# to reach (the very next, a run in the middle, the last), each under the
# run's root so its row is the one the run would write.
COLLIDE="globex/n0601.md globex/n0650.md globex/n0651.md globex/n0652.md globex/n0700.md initech/n1200.md initech/n1500.md"
NCOLLIDE=7
NOTHER=20

sq() { sqlite3 "$FULOG_DB" "$@" 2>&1; }
start=$(date +%s)

# The run, paused after its first PAUSE_AT notes.
FULOG_TEST_INDEX_PAUSE="$PAUSE_AT:$T/sync" $FULOG index "$T/notes" >"$T/out1" 2>"$T/err1" &
IDX=$!
i=0
while [ ! -f "$T/sync/paused" ] && kill -0 "$IDX" 2>/dev/null && [ $i -lt 1200 ]; do
    sleep 0.1
    i=$((i + 1))
done
at_pause=$(sq 'SELECT count(*) FROM note;')
if [ -f "$T/sync/paused" ] && kill -0 "$IDX" 2>/dev/null && [ "$at_pause" = "$PAUSE_AT" ]; then
    ok "race: the index run paused mid-run with $at_pause of $NOTES notes committed"
else
    notok "race: the index run did not pause mid-run (paused file: $([ -f "$T/sync/paused" ] && echo yes || echo no), $at_pause notes stored): $(head -n 2 "$T/err1")"
fi

# The other writer: a second process with its own connection, through the
# module's store API, while the run waits between two transactions.
lua5.4 - "$ROOT" "$FULOG_DB" "$T" "$COLLIDE" >"$T/out2" 2>&1 <<'EOF'
local root, db_path, dir, collide = arg[1], arg[2], arg[3], arg[4]
package.path = root .. "/lua/?.lua;" .. package.path
local core = require("fulog.core")
local db = assert(core.open(db_path))
local paths = {}
for p in collide:gmatch("%S+") do paths[#paths + 1] = dir .. "/notes/" .. p end
local st = assert(db:index(paths, { today = "2026-12-10", root = dir .. "/notes" }))
assert(st.indexed == #paths, "indexed " .. st.indexed)
st = assert(db:index({ dir .. "/other" }, { today = "2026-12-10" }))
assert(st.indexed == 20, "indexed " .. st.indexed)
db:close()
print("other writer done")
EOF
code2=$?
mid=$(sq 'SELECT count(*) FROM note;')
want_mid=$((PAUSE_AT + NCOLLIDE + NOTHER))
if [ $code2 -eq 0 ] && [ "$mid" = "$want_mid" ] && kill -0 "$IDX" 2>/dev/null; then
    ok "race: another process stored $NCOLLIDE notes the run had yet to reach and $NOTHER of another folder while it waited"
else
    notok "race: the other writer (exit $code2, $mid notes stored, want $want_mid): $(tail -n 2 "$T/out2")"
fi

touch "$T/sync/resume"
wait "$IDX"
code1=$?
IDX=
secs=$(( $(date +%s) - start ))
want1="$NOTES notes: $NOTES indexed, 0 unchanged, 0 removed; 0 other files skipped"
if [ $code1 -eq 0 ] && [ ! -s "$T/err1" ] && [ "$(cat "$T/out1")" = "$want1" ]; then
    ok "race: the run went on and indexed all $NOTES notes (${secs}s)"
else
    notok "race: the run (exit $code1): $(head -n 2 "$T/err1") $(cat "$T/out1")"
fi

ic=$(sq 'PRAGMA integrity_check; PRAGMA foreign_key_check;')
if [ "$ic" = ok ]; then ok "race: store passes integrity_check and foreign_key_check"; else notok "race: store check: $(echo "$ic" | head -n 3)"; fi

# Every row under the note whose file it came from: note nNNNN's rows name
# nNNNN (its path ends in nNNNN.md), each note holds its 3 steps, 1 touch
# (on its own first step) and 1 PAIN, and no row is left without its note.
total=$((NOTES + NOTHER))
rows=$(sq "
SELECT (SELECT count(*) FROM note),
 (SELECT count(*) FROM step), (SELECT count(*) FROM touch), (SELECT count(*) FROM need),
 (SELECT count(*) FROM step s JOIN note n ON n.id = s.note_id
    WHERE instr(s.text, substr(n.path, -8, 5) || ' step ') = 1),
 (SELECT count(*) FROM touch t JOIN note n ON n.id = t.note_id JOIN step s ON s.id = t.step_id
    WHERE s.note_id = t.note_id AND instr(t.text, substr(n.path, -8, 5) || ' sent') > 0
    AND instr(s.text, ' step 1 ') > 0),
 (SELECT count(*) FROM need d JOIN note n ON n.id = d.note_id
    WHERE instr(d.text, substr(n.path, -8, 5) || ' month-end') = 1),
 (SELECT count(*) FROM note n WHERE (SELECT count(*) FROM step s WHERE s.note_id = n.id) <> 3);")
want_rows="$total|$((3 * total))|$total|$total|$((3 * total))|$total|$total|0"
if [ "$rows" = "$want_rows" ]; then
    ok "race: every step, touch and PAIN row sits under the note of the file it came from ($total notes)"
else
    notok "race: rows (notes|steps|touches|needs|steps/touches/needs under their own note|notes without 3 steps): $rows, want $want_rows"
fi

# The same store as a run with no other writer makes, row for row, by
# path (ids may differ). Of an account's display_rank only the rank: its
# low bits are the date of the note that first named the folder in a
# transaction (store.c account_id), which here the other writer's notes
# were.
dump() {
    sqlite3 "$1" "
SELECT 'note', n.path, n.root, a.name, n.meeting, n.date_source, n.size, n.mtime_ns, n.hash, n.has_firm,
 n.indexed_on, n.owner, n.parser FROM note n LEFT JOIN account a ON a.id = n.account_id ORDER BY n.path;
SELECT 'step', n.path, s.line, s.col, s.key, s.text, s.class, s.overridden, s.due, s.done, s.why, s.ask,
 s.first_seen, s.state, s.next, s.unanswered, s.since, s.since_channel, s.last_touch, s.suggest, s.pushed,
 s.last_channel FROM step s JOIN note n ON n.id = s.note_id ORDER BY n.path, s.line, s.col;
SELECT 'touch', n.path, t.line, sn.path, s.line, a.name, t.day, t.channel, t.replied, t.text FROM touch t
 JOIN note n ON n.id = t.note_id LEFT JOIN step s ON s.id = t.step_id LEFT JOIN note sn ON sn.id = s.note_id
 LEFT JOIN account a ON a.id = t.account_id ORDER BY n.path, t.line;
SELECT 'need', n.path, d.line, d.kind, d.text FROM need d JOIN note n ON n.id = d.note_id ORDER BY n.path, d.line;
SELECT 'event', path, key, day, event, old, new FROM step_event ORDER BY path, key, day, event;
SELECT 'account', name, display, display_rank >> 33 FROM account ORDER BY name;" 2>&1
}
FULOG_DB="$T/ref/fulog.db" $FULOG index "$T/notes" "$T/other" >/dev/null 2>"$T/err-ref"
dump "$FULOG_DB" >"$T/dump-race"
dump "$T/ref/fulog.db" >"$T/dump-ref"
if [ -s "$T/dump-ref" ] && [ ! -s "$T/err-ref" ] && cmp -s "$T/dump-race" "$T/dump-ref"; then
    ok "race: the store holds row for row what a run with no other writer stores ($(wc -l <"$T/dump-ref") rows)"
else
    notok "race: the store differs from a run with no other writer: $(diff "$T/dump-ref" "$T/dump-race" | sed -n 2,3p)"
fi

# A re-index finds nothing to change, and changes nothing.
out3=$($FULOG index "$T/notes" "$T/other" 2>&1)
dump "$FULOG_DB" >"$T/dump-again"
want3="$total notes: 0 indexed, $total unchanged, 0 removed; 0 other files skipped"
if [ "$out3" = "$want3" ] && cmp -s "$T/dump-race" "$T/dump-again"; then
    ok "race: a re-index finds nothing to change"
else
    notok "race: re-index: $out3 (want: $want3)$(cmp -s "$T/dump-race" "$T/dump-again" || echo '; the rows changed')"
fi

echo "# $PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
