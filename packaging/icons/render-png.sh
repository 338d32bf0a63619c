#!/usr/bin/env bash
# Renders the hicolor PNG sizes of the application icon from its SVG (run after editing the SVG; the
# PNGs are committed so that building the package needs no SVG renderer). Needs rsvg-convert
# (Debian package librsvg2-bin) and optipng if present.
set -euo pipefail
cd "$(dirname "$0")"
id=io.github.gpudealstudio.GpuDealStudio
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --output "${size}x${size}/${id}.png" "${id}.svg"
    if command -v optipng >/dev/null; then optipng -quiet -o5 -strip all "${size}x${size}/${id}.png"; fi
done
