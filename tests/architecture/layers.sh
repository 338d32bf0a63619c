#!/usr/bin/env bash
# The layers of the README's "What is where", checked on the sources: app -> ui -> core, and inside
# core model <- engine <- io <- export/storage. Linking already refuses a missing dependency; this check
# also refuses an #include that reaches up a layer (a header-only use links fine and would slip by),
# and Qt in the parts of core that must stay pure C++ (engine.md is computed without Qt).
# Usage: layers.sh SOURCE_DIR. Exit 0 when clean, 1 with one line per offending include.
set -u
root=${1:?usage: layers.sh SOURCE_DIR}
cd "$root" || exit 2

# The folders of core each part may include, by its include prefix ("engine/Engine.h").
declare -A allowed=(
  [core/model]="model"
  [core/fs]="fs"
  [core/engine]="engine model"
  [core/io]="io model engine fs"
  [core/export]="export model engine fs io"
  [core/storage]="storage model engine io fs"
  [core/report]="report model engine fs io"
)
# Parts of core with no Qt at all (storage uses QtCore for the standard paths; see its CMakeLists.txt;
# report draws the PDFs with QtGui).
pure="core/model core/fs core/engine core/io core/export"

bad=0
complain() { echo "layers: $1"; bad=1; }

for part in "${!allowed[@]}"; do
  while IFS=: read -r file line text; do
    prefix=$(sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]+"([^/"]+)\/.*/\1/' <<<"$text")
    case " ${allowed[$part]} " in
      *" $prefix "*) ;;
      *) complain "$file:$line: $part may not include \"$prefix/...\" (${text#*#include })" ;;
    esac
  done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]+"[^/"]+/' "$part" --include='*.h' --include='*.cpp')
  # A header without a folder must be the part's own (same folder).
  while IFS=: read -r file line text; do
    name=$(sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]+"([^"]+)".*/\1/' <<<"$text")
    [[ -f $(dirname "$file")/$name || $name == *.moc || $name == moc_* || $name == ui_* ]] ||
      complain "$file:$line: \"$name\" is not a header of $part"
  done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]+"[^/"]+"' "$part" --include='*.h' --include='*.cpp')
done

for part in $pure; do
  while IFS=: read -r file line text; do
    complain "$file:$line: $part stays free of Qt (${text#*#include })"
  done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]+<Q[A-Za-z]*>?' "$part" --include='*.h' --include='*.cpp')
done

# The report library (core/report) is drawn with QtGui only (the CLI prints PDFs without widgets).
while IFS=: read -r file line text; do
  complain "$file:$line: core/report uses QtGui only (${text#*#include })"
done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]+<(QtWidgets|QtCharts|QWidget|QAbstractItemView|QApplication|QChart)' core/report)

# Nothing below app/ includes an app header.
app_headers=$(cd app && find . -name '*.h' -printf '%f\n' | sort -u)
for header in $app_headers; do
  while IFS=: read -r file line _; do
    complain "$file:$line: includes $header from app/ (dependencies point app -> ui -> core)"
  done < <(grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]+[\"<]([^\"<>]*/)?$header[\">]" core ui)
done

# core includes nothing of ui/.
ui_prefixes="risk"
for prefix in $ui_prefixes; do
  while IFS=: read -r file line _; do
    complain "$file:$line: core includes ui/$prefix"
  done < <(grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]+\"$prefix/" core)
done

[[ $bad == 0 ]] && echo "layers: clean (core: model <- engine <- io, export, storage, report; app -> ui -> core)"
exit $bad
