// CSV in two flavours. "For machines" is gpudeal-cli's format: C locale, full precision, field
// keys as headers, lines ending in "\n". "For spreadsheets" is what Excel and LibreOffice import in the
// user's locale: translated headers, the locale's decimal point without group separators, dates in the
// locale's short format (four-digit years), ';' between fields where the decimal point is ',', RFC 4180
// quoting, CRLF line ends and UTF-8 with a byte order mark.
#pragma once

#include <optional>
#include <QByteArray>
#include <QChar>
#include <QDate>
#include <QLocale>
#include <QString>

class QSettings;
class QWidget;

namespace gds::ui {

enum class CsvFlavor { Machine, Localized };

// The field separator for a spreadsheet CSV in `locale`: ';' where the decimal point is ',', else ','.
QChar csvSeparator(const QLocale &locale);
// One RFC 4180 cell: quoted, inner quotes doubled, when it holds `separator`, a quote, CR or LF.
QString csvCell(const QString &text, QChar separator);
// A number for a spreadsheet CSV: the shortest text that reads back to the same double, fixed notation,
// the locale's decimal point, no group separators; "" for NaN and infinities.
QString csvNumber(double v, const QLocale &locale);
// A date for a spreadsheet CSV: the locale's short format, with a four-digit year so that no
// spreadsheet guesses the century (Excel reads "31" as 1931).
QString csvDate(const QDate &date, const QLocale &locale);
// The UTF-8 byte order mark that makes Excel read the file as UTF-8.
QByteArray utf8Bom();

// Writes `bytes` through fs::writeFile: an existing file is replaced only once everything was written
// and synced; a folder or a workspace (SQLite file) is refused.
bool writeFileSafely(const QString &path, const QByteArray &bytes, QString *error);

// The save dialog's name filters, "CSV for spreadsheets, de_DE format (*.csv)" and
// "CSV for machines, locale-independent (*.csv)".
QString csvFilterName(CsvFlavor flavor, const QLocale &locale);

struct CsvTarget {
    QString path; // ends in ".csv"
    CsvFlavor flavor;
};
// The save dialog with one filter per flavour, the one of the Preferences (the last choice) selected;
// remembers the chosen flavour in `settings`. Empty when the user cancels.
std::optional<CsvTarget> askCsvTarget(QWidget *parent, const QString &title, const QString &suggestedPath,
                                      const QLocale &locale, QSettings &settings);

} // namespace gds::ui
