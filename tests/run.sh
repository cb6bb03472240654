#!/bin/sh
# Runs every test layer (C, Lua 5.4, headless Neovim, headless Vim) and sums
# them into one closing line: "N passed, M failed, K skipped".
cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
PASS=0
FAIL=0
SKIP=0
LOG=$(mktemp -d "${TMPDIR:-/tmp}/fulog-tests.XXXXXX")
trap 'rm -rf "$LOG"' EXIT
# A signal exits (the EXIT trap cleans): a trap that only cleaned would
# let the script go on over its deleted temp dir.
trap 'exit 130' INT
trap 'exit 143' TERM
# Tests never see the seller's own store, config or clock.
export FULOG_DB="$LOG/never-used.db"
export XDG_CONFIG_HOME="$LOG/config"
export XDG_DATA_HOME="$LOG/data"
export XDG_STATE_HOME="$LOG/state"
unset FULOG_RULES FULOG_TODAY FULOG_OWNER

# add NAME OUTPUT_FILE EXIT_CODE [BUDGET]: reads "# N passed, M failed" from
# the output. BUDGET: the seconds timeout gave it (its exit 124 is named).
add() {
    name=$1 out=$2 code=$3
    how="exit $code"
    [ -n "$4" ] && [ "$code" -eq 124 ] && how="timed out after $4 s"
    line=$(grep -E '^# [0-9]+ passed, [0-9]+ failed' "$out" | tail -n 1)
    if [ -z "$line" ]; then
        echo "not ok - $name: no result line ($how)"
        tail -n 20 "$out" | sed 's/^/    /'
        FAIL=$((FAIL + 1))
        return
    fi
    p=$(echo "$line" | sed -E 's/^# ([0-9]+) passed, ([0-9]+) failed.*/\1/')
    f=$(echo "$line" | sed -E 's/^# ([0-9]+) passed, ([0-9]+) failed.*/\2/')
    if [ "$f" -eq 0 ] && [ "$code" -ne 0 ]; then
        echo "not ok - $name: $how"
        tail -n 20 "$out" | sed 's/^/    /'
        f=1
    fi
    # A skipped test ("ok ... # SKIP") is shown as skipped, never as passed.
    s=$(grep -ciE '^ok .*# skip' "$out")
    p=$((p - s))
    [ "$p" -lt 0 ] && p=0
    grep -E '^not ok' "$out" | sed 's/^/  /'
    grep -iE '^ok .*# skip' "$out" | sed 's/^/  /'
    echo "$name: $p passed, $f failed, $s skipped"
    PASS=$((PASS + p))
    FAIL=$((FAIL + f))
    SKIP=$((SKIP + s))
}

# The cue table is generated from csrc/cues.h but kept in the tree, so a
# merge or rebase can leave a stale one that still builds (phrases then go
# unmatched). It must be exactly what the generator makes now.
mkdir -p build
# The generator is built afresh from this tree each time: a build/gen_rules
# left by an older tree (its hash may differ) would call a fresh table stale.
if ${CC:-cc} -std=c99 -O1 -Icsrc tools/gen_rules.c -o build/gen_rules 2>"$LOG/out"; then
    if build/gen_rules | cmp -s - csrc/rules_table.h; then
        echo "# 1 passed, 0 failed" >"$LOG/out"
    else
        echo "not ok - csrc/rules_table.h is stale: run 'rm csrc/rules_table.h && make all'" >"$LOG/out"
        echo "# 0 passed, 1 failed" >>"$LOG/out"
    fi
else
    echo "not ok - tools/gen_rules.c does not build: $(head -1 "$LOG/out")" >"$LOG/out.msg"
    mv "$LOG/out.msg" "$LOG/out"
    echo "# 0 passed, 1 failed" >>"$LOG/out"
fi
add "c/rules_table_fresh" "$LOG/out" 0

# C unit tests.
for t in build/tests/test_*; do
    [ -x "$t" ] || continue
    "$t" >"$LOG/out" 2>&1
    add "c/$(basename "$t")" "$LOG/out" $?
done

# Lua 5.4 tests (busted, TAP output).
if ls tests/lua/*_spec.lua >/dev/null 2>&1; then
    lua5.4 /usr/bin/busted --lpath="$ROOT/lua/?.lua;$ROOT/lua/?/init.lua;$ROOT/tests/lua/?.lua" \
        -o TAP tests/lua >"$LOG/out" 2>&1
    code=$?
    p=$(grep -cE '^ok ' "$LOG/out")
    f=$(grep -cE '^not ok ' "$LOG/out")
    echo "# $p passed, $f failed" >>"$LOG/out"
    add "lua5.4/busted" "$LOG/out" $code
fi

# Headless Neovim.
if command -v nvim >/dev/null 2>&1; then
    for t in tests/nvim/test_*.lua; do
        [ -f "$t" ] || continue
        timeout 300 nvim --headless -u NONE -i NONE -n --cmd "set rtp^=$ROOT" \
            -c "luafile $t" >"$LOG/out" 2>&1 </dev/null
        add "nvim/$(basename "$t" .lua)" "$LOG/out" $? 300
    done
fi

# Headless Vim.
if command -v vim >/dev/null 2>&1 && vim --version | grep -q '+lua'; then
    for t in tests/vim/test_*.vim; do
        [ -f "$t" ] || continue
        timeout 300 vim -N -u NONE -i NONE -n -es --cmd "set rtp^=$ROOT" --cmd 'set loadplugins' \
            -S "$t" >"$LOG/out" 2>&1 </dev/null
        add "vim/$(basename "$t" .vim)" "$LOG/out" $? 300
    done
fi

# Shell-level tests (bench smoke run, crash and concurrency tests). The
# budget only catches a hang, so it is far above a run on a loaded machine:
# the sanitize layer (ASan build, C tests, then busted with 1800 s of its
# own) outlasted the old 600 s with three test runs sharing two cores.
SH_BUDGET=2400
for t in tests/sh/test_*.sh; do
    [ -f "$t" ] || continue
    timeout $SH_BUDGET sh "$t" >"$LOG/out" 2>&1
    add "sh/$(basename "$t" .sh)" "$LOG/out" $? $SH_BUDGET
done

echo "$PASS passed, $FAIL failed, $SKIP skipped"
[ "$FAIL" -eq 0 ]
