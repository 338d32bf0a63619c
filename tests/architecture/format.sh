#!/usr/bin/env bash
# Every C++ source and header follows the committed .clang-format (clang-format 14, Debian 12's).
# Usage: format.sh SOURCE_DIR. Exit 0 when clean, 1 with the files that differ (fix: clang-format -i FILE).
set -u
root=${1:?usage: format.sh SOURCE_DIR}
cd "$root" || exit 2
tool=$(command -v clang-format-14 || command -v clang-format) || {
  echo "format: clang-format is not installed (packaging/deps.sh --test installs clang-format-14)"; exit 1; }
bad=0
while IFS= read -r -d '' file; do
  if ! "$tool" --dry-run --Werror "$file" >/dev/null 2>&1; then
    echo "format: $file differs from .clang-format (run: $tool -i $file)"
    bad=1
  fi
done < <(find app core ui tests fuzz \( -name '*.cpp' -o -name '*.h' \) -print0)
exit $bad
