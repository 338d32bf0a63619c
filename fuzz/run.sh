#!/usr/bin/env bash
# Builds the fuzz preset and runs each libFuzzer target for N seconds (default 60) over its seed
# corpus (fuzz/corpus/<target>, never modified: new inputs go to a scratch copy). Prints executions
# and findings per target; exits non-zero if any target found a crash, leak, timeout or sanitizer
# report (the reproducer is kept under build/fuzz/findings/<target>/).
#   fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_deal_file fuzz_workspace fuzz_export fuzz_term_sheet)

command -v clang++ >/dev/null || { echo "fuzz/run.sh: clang++ not found (packaging/deps.sh --fuzz)" >&2; exit 2; }
cmake --preset fuzz >/dev/null || exit 2
cmake --build build/fuzz --target "${targets[@]}" -j2 || exit 2

# Scratch on tmpfs when there is one: the workspace target writes a file per input.
base=${TMPDIR:-/tmp}
[ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ] && base=/dev/shm
scratch=$(mktemp -d "$base/gds-fuzz-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export TMPDIR="$scratch"
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:${LSAN_OPTIONS:-}"

status=0
for t in "${targets[@]}"; do
    work="$scratch/$t"
    findings="build/fuzz/findings/$t"
    mkdir -p "$work/corpus" "$findings"
    cp -r "fuzz/corpus/$t/." "$work/corpus/" 2>/dev/null || true
    dict=()
    case $t in fuzz_deal_file) dict=(-dict=fuzz/deal.dict) ;; esac
    log="$scratch/$t.log"
    [ -x "build/fuzz/bin/$t" ] || { echo "fuzz/run.sh: build/fuzz/bin/$t was not built" >&2; exit 2; }
    set +e
    "build/fuzz/bin/$t" "$work/corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1
    rc=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    corp=$(grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' "$log" | tail -1)
    if [ $rc -eq 0 ]; then
        echo "$t: ${seconds} s, ${runs:-?} executions, ${cov:-cov: ?}, ${corp:-corp: ?}, no finding"
    else
        status=1
        echo "$t: FINDING after ${runs:-?} executions (exit $rc); reproducer(s) in $findings:" >&2
        ls "$findings" >&2 || true
        grep -E 'ERROR|runtime error|SUMMARY|violated' "$log" | head -5 >&2 || true
    fi
done
exit $status
