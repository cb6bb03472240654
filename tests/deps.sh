#!/bin/sh
# Installs the Debian packages fulog builds, tests and runs with, when missing.
set -e
PKGS="build-essential pkg-config libsqlite3-dev sqlite3 lua5.4 liblua5.4-dev lua5.2 liblua5.2-dev
luajit libluajit-5.1-dev neovim vim-nox lua-busted ripgrep clang libclang-rt-14-dev valgrind e2fsprogs git
python3 python3-icalendar attr"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "fulog: installing$missing" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
