#!/usr/bin/env bash
# Installs what is missing, builds and runs every test (dev preset, warnings as errors).
# With --asan, the same suite is also built and run under AddressSanitizer + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/deps.sh --test
export QT_QPA_PLATFORM=offscreen
presets=(dev)
[[ "${1:-}" == "--asan" ]] && presets+=(asan)
for p in "${presets[@]}"; do
    echo "== preset $p" >&2
    cmake --preset "$p" >/dev/null
    cmake --build --preset "$p"
    ctest --preset "$p"
done
