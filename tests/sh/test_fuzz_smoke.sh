#!/bin/sh
# CI's short fuzz run: every libFuzzer target (fuzz/fuzz_*.c) replays the
# seed corpus (which holds the regression inputs, fuzz/seeds/regress-*), then
# fuzzes for FUZZ_SMOKE_SECONDS (default 10) each. Without clang and its
# libFuzzer runtime the tests are reported as passing skips, with a note.
# Prints "ok"/"not ok" lines and "# N passed, M failed".
cd "$(dirname "$0")/../.." || exit 1
if ! command -v clang >/dev/null 2>&1 ||
   ! [ -f "$(clang -print-file-name=libclang_rt.fuzzer-x86_64.a)" ]; then
    echo "ok - fuzz smoke # SKIP clang or libclang-rt-14-dev (libFuzzer) not installed"
    echo "# 1 passed, 0 failed"
    exit 0
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/fulog-fuzz.XXXXXX")
trap 'rm -rf "$T"' EXIT
# A signal exits (the EXIT trap cleans): a trap that only cleaned would
# let the script go on over its deleted temp dir.
trap 'exit 130' INT
trap 'exit 143' TERM
sh fuzz/run.sh --replay fuzz/seeds/* 2>&1 | grep -E '^(ok|not ok|    )' | sed -E 's/^(ok|not ok) - /\1 - replay: /' >"$T/out"
FUZZ_SECONDS=${FUZZ_SMOKE_SECONDS:-10} sh fuzz/run.sh 2>&1 | grep -E '^(ok|not ok|    )' >>"$T/out"
cat "$T/out"
p=$(grep -c '^ok ' "$T/out")
f=$(grep -c '^not ok ' "$T/out")
[ "$p" -gt 0 ] || { echo "not ok - fuzz smoke: no target ran"; f=$((f + 1)); }
echo "# $p passed, $f failed"
[ "$f" -eq 0 ]
