#!/bin/sh
# Valgrind memcheck over the Lua level: tests/sh/valgrind_driver.lua (every
# fulog.core entry point in one lua5.4 process, error paths included) and
# bin/fulog index / overdue / log / touch / done. Fails on any invalid
# access or uninitialised use, and on any definite or indirect leak whose
# stack passes through fulog_core.so. Skipped (passing, with a note) when
# valgrind is missing. Prints "ok"/"not ok" lines and "# N passed, M failed".
cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
PASS=0
FAIL=0
ok() { echo "ok - $1"; PASS=$((PASS + 1)); }
notok() { echo "not ok - $1"; FAIL=$((FAIL + 1)); }
if ! command -v valgrind >/dev/null 2>&1; then
    echo "ok - valgrind # SKIP valgrind not installed"
    echo "# 1 passed, 0 failed"
    exit 0
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/fulog-vg.XXXXXX")
trap 'rm -rf "$T"' EXIT
# A signal exits (the EXIT trap cleans): a trap that only cleaned would
# let the script go on over its deleted temp dir.
trap 'exit 130' INT
trap 'exit 143' TERM
export FULOG_TODAY=2026-12-10 XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data" XDG_STATE_HOME="$T/state" FULOG_DB="$T/cli/fulog.db"
unset FULOG_RULES
VG="valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite,indirect --track-origins=no --num-callers=30"

# check NAME LOG: fulog's own problems in a memcheck log.
check() {
    name=$1 log=$2
    # Records: from a "==pid== <kind>" line to the next blank "==pid==" line.
    bad=$(awk '
        /^==[0-9]+== (Invalid|Conditional|Use of uninit|Syscall param|Mismatched|.*are (definitely|indirectly) lost)/ { rec = $0; inrec = 1; next }
        inrec && /^==[0-9]+== *$/ { if (rec ~ /fulog_core|csrc\//) { n++; if (n <= 2) print rec "\n" }; inrec = 0; next }
        inrec { rec = rec "\n" $0 }
        END { if (inrec && rec ~ /fulog_core|csrc\//) print rec }' "$log")
    errs=$(grep -E '^==[0-9]+== ERROR SUMMARY' "$log" | tail -n 1 | sed -E 's/^==[0-9]+== //')
    lost=$(grep -E 'definitely lost:' "$log" | tail -n 1 | sed -E 's/^==[0-9]+== +//')
    if [ -z "$bad" ]; then
        ok "valgrind: $name: no invalid access or leak from fulog ($errs; $lost)"
    else
        notok "valgrind: $name"
        echo "$bad" | head -n 40 | sed 's/^/    /'
    fi
}

$VG --log-file="$T/driver.vg" lua5.4 tests/sh/valgrind_driver.lua "$ROOT" "$T" >"$T/driver.out" 2>&1
if grep -q '^driver done' "$T/driver.out"; then
    check "in-process driver (every fulog.core call)" "$T/driver.vg"
else
    notok "valgrind: driver did not finish: $(tail -n 3 "$T/driver.out")"
fi

cp -r examples/notes "$T/notes"
n=0
for cmd in "index $T/notes" "index --json $T/notes" "overdue" "log" "log Acme" "accounts" \
           "touch $T/notes/acme/2026-11-20-discovery.md:16 email no reply" \
           "done $T/notes/acme/2026-11-20-discovery.md:14" \
           "history $T/notes/acme/2026-11-20-discovery.md:13" "overdue --today 2026-02-30"; do
    n=$((n + 1))
    # shellcheck disable=SC2086
    $VG --log-file="$T/cli$n.vg" lua5.4 bin/fulog $cmd >/dev/null 2>"$T/cli$n.err"
    check "bin/fulog $(echo "$cmd" | sed "s|$T/||g")" "$T/cli$n.vg"
done
echo "# $PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
