// Issues as QTest wants to show them: one issue per line for a failure message, the list of paths
// for QCOMPARE. Shared by the deal-file and validation tests.
#pragma once

#include "io/MessageText.h"
#include "model/Issue.h"

#include <QString>
#include <QStringList>
#include <string_view>

namespace gds::test {

inline QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

inline QString describe(const Issues &issues)
{
    QStringList lines;
    for (const Issue &i : issues)
        lines << q(issueText(i));
    return lines.join(QLatin1Char('\n'));
}

inline QStringList pathsOf(const Issues &issues)
{
    QStringList paths;
    for (const Issue &i : issues)
        paths << q(i.path);
    return paths;
}

} // namespace gds::test
