#!/bin/sh
# The smoke run of `make bench` (BENCH_QUICK=1, tiny trees): it must finish,
# exit 0 and print a complete table, so the benchmark cannot rot. The
# figures themselves are not checked: CI machines are too noisy for that.
cd "$(dirname "$0")/../.." || exit 1
PASS=0
FAIL=0
ok() {
    if [ "$1" -eq 0 ]; then
        echo "ok - $2"
        PASS=$((PASS + 1))
    else
        echo "not ok - $2"
        FAIL=$((FAIL + 1))
    fi
}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/fulog-bench-smoke.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
# A signal exits (the EXIT trap cleans): a trap that only cleaned would
# let the script go on over its deleted temp dir.
trap 'exit 130' INT
trap 'exit 143' TERM

BENCH_QUICK=1 BENCH_SIZES="100 300" BENCH_OUT="$TMP/report.md" sh bench/run.sh >"$TMP/out" 2>"$TMP/err"
code=$?
ok $code "make bench (quick) exits 0"
[ $code -eq 0 ] || tail -n 20 "$TMP/err" | sed 's/^/    /'
grep -q '^# bench complete: [0-9]* rows' "$TMP/out"
ok $? "it prints the closing line"
grep -q '^| figure | notes | fulog | baseline | baseline value | ratio | target | verdict |' "$TMP/out"
ok $? "it prints the table header"
for fig in 'classify' 'cold index' 'warm re-index' 're-index, one note changed' 'db:overdue()' \
    '`fulog overdue` process' 'db:log()' 'peak memory' 'store size per note' 'growth of db:overdue()' \
    'growth of db:log()' 'Neovim'; do
    grep -F -- "| $fig" "$TMP/out" | grep -q .
    ok $? "the table has a row for $fig"
done
# every row has its eight cells
bad=$(grep '^| ' "$TMP/out" | awk '{ l = $0; gsub(/\\[|]/, "", l); if (gsub(/[|]/, "", l) != 9) print }' | wc -l)
[ "$bad" -eq 0 ]
ok $? "every row has eight cells"
! grep -q 'error:' "$TMP/out"
ok $? "no figure failed to measure"
[ -s "$TMP/report.md" ] && grep -q '^| figure |' "$TMP/report.md"
ok $? "BENCH_OUT gets the report"
git status --porcelain 2>/dev/null | grep -q 'notes-' && r=1 || r=0
ok $r "no generated notes inside the repository"
echo "# $PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
