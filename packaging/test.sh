#!/usr/bin/env bash
# Installs what is missing, builds and runs every test, warnings as errors.
#   packaging/test.sh                 the dev preset (what the README shows)
#   packaging/test.sh --asan          the dev preset, then the same suite under AddressSanitizer + UBSan
#   packaging/test.sh --preset NAME   one preset only (CI runs --preset asan beside the pristine run)
set -euo pipefail
cd "$(dirname "$0")/.."
presets=(dev)
case ${1:-} in
"") ;;
--asan) presets+=(asan) ;;
--preset) presets=("${2:?--preset needs a name: dev or asan}") ;;
*) echo "test.sh: unknown option $1 (use --asan or --preset NAME)" >&2; exit 64 ;;
esac
packaging/deps.sh --test
export QT_QPA_PLATFORM=offscreen
for p in "${presets[@]}"; do
    echo "== preset $p" >&2
    cmake --preset "$p" >/dev/null
    cmake --build --preset "$p"
    ctest --preset "$p"
done
