#!/bin/sh
# The whole test suite from a fresh clone: installs what is missing, builds
# every Lua ABI and runs all layers. Ends with "N passed, M failed".
set -e
cd "$(dirname "$0")/.."
sh tests/deps.sh
make -s all test-c
exec sh tests/run.sh
