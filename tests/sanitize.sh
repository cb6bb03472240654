#!/bin/sh
# make sanitize: builds the Lua 5.4 module and the C tests with
# AddressSanitizer + UndefinedBehaviorSanitizer (clang, else gcc) into
# build/san/, then runs
#   - the C unit tests, with LeakSanitizer on (leaks in fulog's C code fail);
#   - the Lua 5.4 busted suite, in a shadow tree whose build/lua5.4 is the
#     sanitized module (bin/fulog runs under it too, as child processes),
#     with the ASan runtime preloaded into the uninstrumented lua5.4
#     interpreter and leak detection off (the interpreter's own exit).
# Every sanitizer report goes to a log file; any report is a failure.
# Prints "ok"/"not ok" lines and "# N passed, M failed".
cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
PASS=0
FAIL=0
ok() { echo "ok - $1"; PASS=$((PASS + 1)); }
notok() { echo "not ok - $1"; FAIL=$((FAIL + 1)); }
finish() { echo "# $PASS passed, $FAIL failed"; [ "$FAIL" -eq 0 ]; exit $?; }

if [ -n "$SAN_CC" ]; then
    CC=$SAN_CC
elif command -v clang >/dev/null 2>&1; then
    CC=clang
else
    CC=gcc
fi
case $CC in
*clang*) RT=$($CC -print-file-name=libclang_rt.asan-x86_64.so); SHARED=-shared-libasan ;;
*) RT=$($CC -print-file-name=libasan.so); SHARED= ;;
esac
if [ ! -f "$RT" ]; then
    notok "sanitize: no ASan runtime for $CC ($RT); install libclang-rt-14-dev or gcc's libasan"
    finish
fi

OUT=build/san
LOG=$(mktemp -d "${TMPDIR:-/tmp}/fulog-san.XXXXXX")
SHADOW=$(mktemp -d "${TMPDIR:-/tmp}/fulog-san-tree.XXXXXX")
trap 'rm -rf "$LOG" "$SHADOW"' EXIT
# A signal (run.sh's per-layer timeout sends TERM) stops the busted run and
# exits; the EXIT trap then cleans. Cleaning in the INT/TERM trap itself let
# the script go on over deleted dirs: busted (in its own process group,
# which the TERM never reached) finished, and its log was gone.
BUSTED=
stop() {
    [ -n "$BUSTED" ] && kill -TERM "$BUSTED" 2>/dev/null && wait "$BUSTED"
    exit "$1"
}
trap 'stop 130' INT
trap 'stop 143' TERM
# Some tests run fulog as an unprivileged user (unreadable files under root):
# it must reach the shadow tree and write its sanitizer logs.
chmod 755 "$SHADOW"
chmod 1777 "$LOG"
SANFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
SANCFLAGS="-O1 -g $SANFLAGS"
# The same sources and flags as the Makefile, plus the sanitizers, built
# by hand into build/san/ so the normal build is untouched.
mkdir -p "$OUT/core" "$OUT/lua5.4" "$OUT/tests"
SQLITE_CFLAGS=$(pkg-config --cflags sqlite3 2>/dev/null)
SQLITE_LIBS=$(pkg-config --libs sqlite3 2>/dev/null || echo -lsqlite3)
LUA_CFLAGS=$(pkg-config --cflags lua5.4 2>/dev/null)
COMMON="-std=c99 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -fPIC -pthread -Wall -Wextra -Wno-unused-function $SANCFLAGS $SQLITE_CFLAGS"
build_ok=1
objs=""
for f in csrc/*.c; do
    b=$(basename "$f" .c)
    case $b in fulog|lua_*) continue ;; esac
    if ! $CC $COMMON -c "$f" -o "$OUT/core/$b.o" 2>>"$LOG/build.err"; then build_ok=0; fi
    objs="$objs $OUT/core/$b.o"
done
bobjs=""
for f in csrc/fulog.c csrc/lua_*.c; do
    b=$(basename "$f" .c)
    if ! $CC $COMMON $LUA_CFLAGS -DFUL_ABI_NAME='"lua5.4"' -c "$f" -o "$OUT/lua5.4/$b.o" 2>>"$LOG/build.err"; then
        build_ok=0
    fi
    bobjs="$bobjs $OUT/lua5.4/$b.o"
done
if [ $build_ok -eq 1 ]; then
    # shellcheck disable=SC2086
    $CC -shared -pthread $SANFLAGS $SHARED -o "$OUT/lua5.4/fulog_core.so" $objs $bobjs $SQLITE_LIBS 2>>"$LOG/build.err" || build_ok=0
fi
tbins=""
for t in tests/c/test_*.c; do
    [ -f "$t" ] || continue
    b=$(basename "$t" .c)
    # shellcheck disable=SC2086
    if $CC $COMMON -Icsrc -o "$OUT/tests/$b" "$t" $objs $SQLITE_LIBS $SANFLAGS 2>>"$LOG/build.err"; then
        tbins="$tbins $OUT/tests/$b"
    else
        build_ok=0
    fi
done
if [ $build_ok -eq 1 ]; then
    ok "sanitize: build with $CC -fsanitize=address,undefined"
else
    notok "sanitize: build with $CC failed"
    sed 's/^/    /' "$LOG/build.err" | tail -n 30
    finish
fi

export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$LOG/ubsan"
# C tests: leaks count.
for t in $tbins; do
    name=$(basename "$t")
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:log_path=$LOG/asan-$name" "$t" >"$LOG/out" 2>&1
    code=$?
    line=$(grep -E '^# [0-9]+ passed, [0-9]+ failed' "$LOG/out" | tail -n 1)
    reports=$(ls "$LOG"/asan-"$name".* "$LOG"/ubsan.* 2>/dev/null)
    if [ $code -eq 0 ] && [ -n "$line" ] && [ -z "$reports" ]; then
        ok "sanitize: c/$name under ASan+UBSan+LSan ($(echo "$line" | sed 's/^# //'))"
    else
        notok "sanitize: c/$name: exit $code, ${line:-no result line}"
        grep -E '^not ok' "$LOG/out" | head -n 10 | sed 's/^/    /'
        for r in $reports; do head -n 40 "$r" | sed 's/^/    /'; done
        rm -f $reports
    fi
done

# Lua 5.4 suite in a shadow tree using the sanitized module.
for d in bin lua tests examples fuzz doc plugin; do
    [ -e "$ROOT/$d" ] && ln -s "$ROOT/$d" "$SHADOW/$d"
done
mkdir -p "$SHADOW/build/lua5.4"
cp "$OUT/lua5.4/fulog_core.so" "$SHADOW/build/lua5.4/fulog_core.so"
# bin/fulog's compiled modules (make all), copied: tests write into copies.
[ -d build/lua5.4/luac ] && cp -R build/lua5.4/luac "$SHADOW/build/lua5.4/"
if ls tests/lua/*_spec.lua >/dev/null 2>&1; then
    # In the background so that a TERM interrupts the wait at once (the
    # trap stops busted); timeout makes its own process group and passes
    # the TERM on to it.
    (
        cd "$SHADOW" || exit 1
        LD_PRELOAD="$RT" ASAN_OPTIONS="detect_leaks=0:log_path=$LOG/asan-lua" \
        FULOG_SANITIZE=1 \
            exec timeout 1800 lua5.4 /usr/bin/busted --lpath="$SHADOW/lua/?.lua;$SHADOW/lua/?/init.lua;$SHADOW/tests/lua/?.lua" \
            -o TAP tests/lua
    ) >"$LOG/lua.out" 2>&1 &
    BUSTED=$!
    wait "$BUSTED"
    code=$?
    BUSTED=
    # Say what went missing rather than print empty counts.
    why=
    [ -d "$SHADOW/build/lua5.4" ] || why="$why, shadow tree $SHADOW gone"
    [ -f "$LOG/lua.out" ] || why="$why, busted output $LOG/lua.out gone"
    [ "$code" -eq 124 ] && why="$why, busted timed out after 1800 s"
    p=$(grep -cE '^ok ' "$LOG/lua.out" 2>/dev/null)
    f=$(grep -cE '^not ok ' "$LOG/lua.out" 2>/dev/null)
    p=${p:-0} f=${f:-0}
    reports=$(ls "$LOG"/asan-lua.* "$LOG"/ubsan.* 2>/dev/null)
    if [ "$code" -eq 0 ] && [ "$f" -eq 0 ] && [ "$p" -gt 0 ] && [ -z "$reports" ] && [ -z "$why" ]; then
        ok "sanitize: lua5.4 busted suite under ASan+UBSan ($p tests)"
    else
        notok "sanitize: lua5.4 busted suite: exit $code, $p passed, $f failed, $(echo "$reports" | grep -c .) sanitizer report(s)$why"
        grep -E '^not ok' "$LOG/lua.out" 2>/dev/null | head -n 10 | sed 's/^/    /'
        [ "$p" -eq 0 ] && [ -f "$LOG/lua.out" ] && tail -n 20 "$LOG/lua.out" | sed 's/^/    /'
        for r in $reports; do head -n 40 "$r" | sed 's/^/    /'; done
    fi
fi
finish
