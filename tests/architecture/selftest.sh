#!/usr/bin/env bash
# layers.sh must refuse a tree where a lower layer includes a higher one (a check that cannot fail is
# a defect): copies core/ and ui/ and app/ headers to a temporary tree, plants one upward include of
# each kind, and expects one complaint for each.
set -u
check=${1:?usage: selftest.sh LAYERS_SH SOURCE_DIR} src=${2:?}
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
cp -a "$src/core" "$src/ui" "$src/app" "$tmp/"
printf '#include "engine/Engine.h"\n' >>"$tmp/core/model/Deal.h"
printf '#include <QString>\n' >>"$tmp/core/engine/Engine.h"
printf '#include "CliSupport.h"\n' >>"$tmp/ui/shell/MainWindow.h"
printf '#include "report/TermSheet.h"\n' >>"$tmp/core/storage/Workspace.h"
printf '#include <QWidget>\n' >>"$tmp/core/report/TermSheet.h"
out=$(bash "$check" "$tmp") && { echo "selftest: layers.sh accepted a tree with upward includes"; exit 1; }
for expected in 'core/model may not include "engine/' 'core/engine stays free of Qt' \
                'ui/shell/MainWindow.h:.*includes CliSupport.h from app/' 'core/storage may not include "report/' \
                'core/report/TermSheet.h:.*core/report uses QtGui only'; do
  grep -q "$expected" <<<"$out" || { echo "selftest: no complaint matching '$expected' in:"; echo "$out"; exit 1; }
done
echo "selftest: layers.sh refuses each planted upward include"
