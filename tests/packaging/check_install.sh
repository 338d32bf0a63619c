#!/usr/bin/env bash
# packaging_install: `cmake --install` of the build tree into a temporary prefix gives a complete
# installation (binaries, man pages, desktop entry, metainfo, icons, MIME type) whose gpudeal-cli runs.
# Usage (from ctest): check_install.sh CMAKE BUILD_DIR
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
require_env
cmake_cmd="$1" build="$2"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if "$cmake_cmd" --install "$build" --prefix "$tmp/usr" --strip >"$tmp/install.log" 2>&1; then
    pass "cmake --install --prefix $tmp/usr"
else
    cat "$tmp/install.log"
    fail "cmake --install --prefix $tmp/usr"
    finish
fi
check_tree "$tmp/usr"
check_cli "$tmp/usr/bin/gpudeal-cli"
finish
