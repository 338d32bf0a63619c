// A check that needs an external program (pdftotext, soffice): where the program is missing it is
// skipped on a developer's machine, but fails under CI (the CI variable is set), where
// packaging/deps.sh --test installs every such program; so a missing install step never turns a check
// into one that cannot fail.
#pragma once

#include <QTest>
#include <QtGlobal>

#define GDS_SKIP_OR_FAIL(message)                                                                            \
    do {                                                                                                     \
        if (qEnvironmentVariableIsSet("CI"))                                                                 \
            QFAIL(message " (CI: packaging/deps.sh --test must install it)");                                \
        QSKIP(message);                                                                                      \
    } while (false)
