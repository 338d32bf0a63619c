#!/usr/bin/env bash
# Installs what is missing, builds the release preset and starts GPU Deal Studio on the default
# workspace (created with the sample deal at the first start).
#   packaging/run.sh [ARGS...]        opens the window (needs a display); ARGS go to gpudeal
#   packaging/run.sh --smoke          the same start without a display: opens the default workspace,
#                                     computes and renders the deal that opens, prints one line with its
#                                     debt, min DSCR and equity IRR, and exits (0, or 1 with the reason)
# The programs are build/release/bin/gpudeal and build/release/bin/gpudeal-cli.
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=()
if [[ ${1:-} == --smoke ]]; then
    smoke=(--smoke)
    shift
fi
packaging/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
if [[ ${#smoke[@]} -eq 0 && -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "run.sh: built build/release/bin/gpudeal, but there is no display (DISPLAY and WAYLAND_DISPLAY are" >&2
    echo "run.sh: not set) to open its window on. 'packaging/run.sh --smoke' runs the same start without one." >&2
    exit 1
fi
exec build/release/bin/gpudeal "${smoke[@]}" "$@"
