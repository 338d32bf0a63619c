// Reads cells of an .xlsx written by the exporter: per sheet, every cell's formula (if any) and
// value text, shared strings resolved. Test helper only.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace gds::test {

struct Cell {
    QString formula; // without the leading '='; empty for a plain value
    QString value;   // cached/plain value as text (shared strings resolved)
};

struct Workbook {
    QStringList sheetNames;
    QMap<QString, QString> definedNames;       // name -> reference
    QMap<QString, QMap<QString, Cell>> sheets; // sheet -> "B7" -> cell
    QString error;

    const Cell *cell(const QString &sheet, int row, int col) const; // zero-based row/col
};

Workbook readWorkbook(const QString &path);
QString cellName(int row, int col);

} // namespace gds::test
