#!/bin/sh
# `make bench`: generates notes trees under a temp folder (never in the
# repository), times fulog against baselines measured in the same run, and
# prints the table. A full run also rewrites BENCHMARKS.md.
#   BENCH_SIZES="1000 5000 10000 100000"   notes per tree
#   BENCH_QUICK=1                     the smoke run: one run per figure, small inputs
#   BENCH_OUT=FILE                    where the report goes (full run: BENCHMARKS.md;
#                                     quick run or BENCH_ONLY: nowhere unless set)
#   BENCH_ONLY="classify index startup bignote"   only these parts ("nvim": both
#                                     editor parts); unset: all
set -e
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CC=${CC:-cc}
mkdir -p build/bench
if [ ! -x build/bench/timeit ] || [ bench/timeit.c -nt build/bench/timeit ]; then
    $CC -O2 -o build/bench/timeit bench/timeit.c
fi
BENCH_TMP=$(mktemp -d "${TMPDIR:-/tmp}/fulog-bench.XXXXXX")
trap 'rm -rf "$BENCH_TMP"' EXIT
# A signal exits (the EXIT trap cleans): a trap that only cleaned would
# let the script go on over its deleted temp dir.
trap 'exit 130' INT
trap 'exit 143' TERM
if [ "${BENCH_QUICK:-0}" = 1 ]; then
    : "${BENCH_SIZES:=200 1000}"
else
    : "${BENCH_SIZES:=1000 5000 10000 100000}"
    # a partial run never rewrites the full report
    [ -n "${BENCH_ONLY:-}" ] || : "${BENCH_OUT:=$ROOT/BENCHMARKS.md}"
fi
# Never the seller's store, config or clock.
export FULOG_DB="$BENCH_TMP/never-used.db"
export XDG_CONFIG_HOME="$BENCH_TMP/config" XDG_DATA_HOME="$BENCH_TMP/data" XDG_STATE_HOME="$BENCH_TMP/state"
unset FULOG_RULES FULOG_TODAY
export BENCH_ROOT="$ROOT" BENCH_TMP BENCH_SIZES BENCH_QUICK BENCH_OUT BENCH_ONLY
export BENCH_TIMEIT="$ROOT/build/bench/timeit"
lua5.4 bench/bench.lua
