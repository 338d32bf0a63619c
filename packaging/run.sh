#!/usr/bin/env bash
# Installs what is missing, builds (release preset) and starts GPU Deal Studio on the default
# workspace (which opens on the sample deal at first start). Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/app/gpudeal "$@"
