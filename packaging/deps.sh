#!/usr/bin/env bash
# Installs the Debian 12 packages GPU Deal Studio needs to build, test and run, if any are missing.
# Idempotent; works as root (no sudo needed) or through sudo when it exists.
set -euo pipefail

BUILD_DEPS=(
    g++ cmake ninja-build git pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libboost-date-time-dev libgl-dev nlohmann-json3-dev libxlsxwriter-dev
)
TEST_DEPS=(xvfb xauth x11-utils poppler-utils dpkg-dev file desktop-file-utils appstream libreoffice-calc-nogui zlib1g-dev lintian)

want=("${BUILD_DEPS[@]}")
[[ "${1:-}" == "--test" ]] && want+=("${TEST_DEPS[@]}")

missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "deps.sh: need root to install: ${missing[*]}" >&2; exit 1; }
    SUDO=sudo
fi
echo "deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
