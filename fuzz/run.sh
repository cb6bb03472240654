#!/bin/sh
# make fuzz: builds every libFuzzer target fuzz/fuzz_*.c with clang
# (-fsanitize=fuzzer,address,undefined) against the Lua-free core and runs
# each for FUZZ_SECONDS (default 60) from a corpus seeded by fuzz/seeds/.
#
#   FUZZ_SECONDS=600 make fuzz           longer runs
#   FUZZ_TARGETS="note dates" make fuzz  only some targets
#   sh fuzz/run.sh --build-only          just build build/fuzz/fuzz_*
#   sh fuzz/run.sh --replay FILE...      run inputs once through every target
#
# The growing corpus lives in fuzz/corpus-<target>/ (ignored by git). A crash
# is saved as fuzz/crash-<target>-<hash>; copy it into fuzz/seeds/ (named
# regress-*) and add a test: every seed is replayed by tests/sh/test_fuzz_smoke.sh.
# Prints one "ok"/"not ok" line per target and "# N passed, M failed".
cd "$(dirname "$0")/.." || exit 1
SECONDS_EACH=${FUZZ_SECONDS:-60}
CC=${FUZZ_CC:-clang}
OUT=build/fuzz
PASS=0
FAIL=0
ok() { echo "ok - $1"; PASS=$((PASS + 1)); }
notok() { echo "not ok - $1"; FAIL=$((FAIL + 1)); }
finish() { echo "# $PASS passed, $FAIL failed"; [ "$FAIL" -eq 0 ]; exit $?; }

mode=run
case $1 in
--build-only) mode=build; shift ;;
--replay) mode=replay; shift ;;
esac

if ! command -v "$CC" >/dev/null 2>&1; then
    echo "fuzz: $CC not found; install clang and libclang-rt-14-dev" >&2
    exit 3
fi
mkdir -p "$OUT/core"
SQLITE_CFLAGS=$(pkg-config --cflags sqlite3 2>/dev/null)
SQLITE_LIBS=$(pkg-config --libs sqlite3 2>/dev/null || echo -lsqlite3)
FLAGS="-std=c99 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -pthread -g -O1 -fno-omit-frame-pointer -Icsrc $SQLITE_CFLAGS"
SAN="-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"

# The core once, instrumented for coverage (fuzzer-no-link) and sanitizers.
objs=""
for f in csrc/*.c; do
    b=$(basename "$f" .c)
    case $b in fulog|lua_*) continue ;; esac
    o=$OUT/core/$b.o
    if [ ! -f "$o" ] || [ "$f" -nt "$o" ] || [ -n "$(find csrc -name '*.h' -newer "$o" 2>/dev/null)" ]; then
        # shellcheck disable=SC2086
        if ! $CC $FLAGS -fsanitize=fuzzer-no-link,address,undefined -c "$f" -o "$o"; then
            echo "fuzz: cannot build $f (is libclang-rt-14-dev installed?)" >&2
            exit 3
        fi
    fi
    objs="$objs $o"
done

targets=""
for t in fuzz/fuzz_*.c; do
    [ -f "$t" ] || continue
    name=$(basename "$t" .c | sed 's/^fuzz_//')
    if [ -n "$FUZZ_TARGETS" ]; then
        case " $FUZZ_TARGETS " in *" $name "*) ;; *) continue ;; esac
    fi
    # shellcheck disable=SC2086
    if ! $CC $FLAGS $SAN -o "$OUT/fuzz_$name" "$t" $objs $SQLITE_LIBS; then
        notok "fuzz/$name: build failed"
        continue
    fi
    targets="$targets $name"
done
[ "$mode" = build ] && finish

if [ "$mode" = replay ]; then
    for name in $targets; do
        if "$OUT/fuzz_$name" -runs=0 "$@" >"$OUT/replay-$name.log" 2>&1 &&
           ! grep -aq 'ERROR: \|runtime error' "$OUT/replay-$name.log"; then
            ok "fuzz/$name: $# inputs replayed"
        else
            notok "fuzz/$name: replay failed"
            grep -aE 'ERROR|runtime error|Running:' "$OUT/replay-$name.log" | tail -n 5 | sed 's/^/    /'
        fi
    done
    finish
fi

export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for name in $targets; do
    corpus=fuzz/corpus-$name
    mkdir -p "$corpus"
    log=$OUT/fuzz-$name.log
    # -max_len 4096 keeps each input note-sized; -timeout catches hangs
    # (a second per input is far above what any note costs).
    "$OUT/fuzz_$name" -max_total_time="$SECONDS_EACH" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="fuzz/crash-$name-" -print_final_stats=1 \
        "$corpus" fuzz/seeds >"$log" 2>&1
    code=$?
    execs=$(grep -aE '^stat::number_of_executed_units' "$log" | awk '{print $2}')
    cov=$(grep -aE '#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -n 1 | sed -nE 's/.* cov: ([0-9]+) ft: ([0-9]+).*/cov \1, ft \2/p')
    units=$(ls "$corpus" | wc -l)
    if [ $code -eq 0 ]; then
        ok "fuzz/$name: ${execs:-?} executions in ${SECONDS_EACH}s, ${cov:-cov ?}, corpus $units"
    else
        notok "fuzz/$name: exit $code after ${execs:-?} executions; see $log and fuzz/crash-$name-*"
        grep -aE 'ERROR|runtime error|SUMMARY|Test unit written' "$log" | head -n 8 | sed 's/^/    /'
    fi
done
finish
