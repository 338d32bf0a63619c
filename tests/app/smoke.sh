#!/usr/bin/env bash
# `gpudeal --smoke` as the README's `packaging/run.sh --smoke` runs it, in a throw-away home:
# 1. the first start creates the default workspace with the sample deal, computes and renders it, and
#    prints one line with the sample's debt, min DSCR and equity IRR (docs/spec/examples/README.md,
#    c00_sample: 126,000,000.00, 1.5318, 25.73 %); exit 0;
# 2. the second start opens that workspace again and prints the same line;
# 3. a default workspace that cannot be created is exit 1 with the reason on stderr.
#   smoke.sh GPUDEAL_BINARY
set -uo pipefail
app=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache
unset GPUDEAL_WORKSPACE DISPLAY WAYLAND_DISPLAY
failures=0
expect='debt USD 126,000,000.00, min DSCR 1.5318x, equity IRR 25.73 %'

for start in first second; do
    out=$("$app" --smoke 2>"$home/err"); code=$?
    if [[ $code -eq 0 && $out == *"$expect"* && $(wc -l <<<"$out") -eq 1 ]]; then
        echo "PASS $start start: $out"
    else
        echo "FAIL $start start: exit $code, stdout: $out, stderr: $(cat "$home/err")"; failures=$((failures + 1))
    fi
done
ws=$(find "$home/data" -name '*.sqlite' | head -n 1)
if [[ -n $ws ]]; then echo "PASS the default workspace was created: ${ws#"$home"/}"
else echo "FAIL no default workspace under XDG_DATA_HOME"; failures=$((failures + 1)); fi

out=$(GPUDEAL_WORKSPACE=/dev/null/cannot/be.sqlite "$app" --smoke 2>"$home/err"); code=$?
if [[ $code -eq 1 && -z $out && $(cat "$home/err") == *"gpudeal --smoke: cannot open the default workspace"* ]]; then
    echo "PASS unusable workspace: exit 1, $(grep "gpudeal --smoke" "$home/err")"
else
    echo "FAIL unusable workspace: exit $code, stdout: $out, stderr: $(cat "$home/err")"; failures=$((failures + 1))
fi

echo "$((4 - failures)) passed, $failures failed"
[[ $failures -eq 0 ]]
