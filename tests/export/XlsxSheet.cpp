#include "XlsxSheet.h"

#include "ZipReader.h"

#include <QFile>
#include <QXmlStreamReader>

namespace gds::test {

QString cellName(int row, int col)
{
    QString letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

const Cell *Workbook::cell(const QString &sheet, int row, int col) const
{
    const auto s = sheets.find(sheet);
    if (s == sheets.end())
        return nullptr;
    const auto c = s->find(cellName(row, col));
    return c == s->end() ? nullptr : &*c;
}

Workbook readWorkbook(const QString &path)
{
    Workbook wb;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        wb.error = QStringLiteral("cannot open ") + path;
        return wb;
    }
    QMap<QString, QByteArray> zip;
    if (!readZip(file.readAll(), zip, wb.error))
        return wb;

    QStringList shared;
    {
        QXmlStreamReader x(zip.value(QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inSi = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"si") {
                inSi = true;
                current.clear();
            } else if (x.isStartElement() && x.name() == u"t" && inSi) {
                current += x.readElementText();
            } else if (x.isEndElement() && x.name() == u"si") {
                shared << current;
                inSi = false;
            }
        }
    }
    {
        QXmlStreamReader x(zip.value(QStringLiteral("xl/workbook.xml")));
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"sheet")
                wb.sheetNames << x.attributes().value(QLatin1String("name")).toString();
            if (x.isStartElement() && x.name() == u"definedName") {
                const QString name = x.attributes().value(QLatin1String("name")).toString();
                wb.definedNames.insert(name, x.readElementText());
            }
        }
    }
    for (int i = 0; i < wb.sheetNames.size(); ++i) {
        QXmlStreamReader x(zip.value(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1)));
        QMap<QString, Cell> &cells = wb.sheets[wb.sheetNames[i]];
        QString ref, type;
        Cell cell;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"c") {
                ref = x.attributes().value(QLatin1String("r")).toString();
                type = x.attributes().value(QLatin1String("t")).toString();
                cell = Cell{};
            } else if (x.isStartElement() && x.name() == u"f") {
                cell.formula = x.readElementText();
            } else if (x.isStartElement() && x.name() == u"v") {
                cell.value = x.readElementText();
                if (type == u"s")
                    cell.value = shared.value(cell.value.toInt());
            } else if (x.isEndElement() && x.name() == u"c") {
                cells.insert(ref, cell);
            }
        }
        if (x.hasError())
            wb.error = QStringLiteral("sheet %1: %2").arg(wb.sheetNames[i], x.errorString());
    }
    return wb;
}

} // namespace gds::test
