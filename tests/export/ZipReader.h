// Just enough of a ZIP reader (stored and deflated entries, via zlib) to look inside an .xlsx.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace gds::test {

// Reads every entry of a ZIP archive. Returns false (with `error` set) when it is not a ZIP.
bool readZip(const QByteArray &zip, QMap<QString, QByteArray> &entries, QString &error);

} // namespace gds::test
