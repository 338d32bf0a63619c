#include "CsvExport.h"

#include "fs/OutputGuard.h"
#include "fs/SafeFile.h"
#include "Preferences.h"

#include <cmath>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QSettings>

namespace gds::ui {

QChar csvSeparator(const QLocale &locale)
{
    return locale.decimalPoint() == QStringLiteral(",") ? QLatin1Char(';') : QLatin1Char(',');
}

QString csvCell(const QString &text, QChar separator)
{
    const bool quote = text.contains(separator) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote)
        return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString csvNumber(double v, const QLocale &locale)
{
    if (!std::isfinite(v))
        return {};
    if (v == 0)
        v = 0; // no "-0"
    QLocale l = locale;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l.toString(v, 'f', QLocale::FloatingPointShortest);
}

QString csvDate(const QDate &date, const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(date, format);
}

QByteArray utf8Bom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

bool writeFileSafely(const QString &path, const QByteArray &bytes, QString *error)
{
    // fs::writeFile (README "Files and the workspace"): temporary file, fsync, rename; a device is
    // written directly; never onto a workspace or a folder.
    const std::string target = QFile::encodeName(path).toStdString();
    std::string problem = fs::checkOutput(target, {});
    if (problem.empty())
        problem = fs::writeFile(target, std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (problem.empty())
        return true;
    const std::string prefix = fs::writeError(target, "");
    const std::string reason = problem.starts_with(prefix) ? problem.substr(prefix.size()) : problem;
    if (error)
        *error = QCoreApplication::translate("gds::ui::CsvExport", "cannot write %1: %2")
                     .arg(path, QString::fromStdString(reason));
    return false;
}

QString csvFilterName(CsvFlavor flavor, const QLocale &locale)
{
    return flavor == CsvFlavor::Localized
               ? QCoreApplication::translate("gds::ui::CsvExport", "CSV for spreadsheets, %1 format (*.csv)")
                     .arg(locale.name())
               : QCoreApplication::translate("gds::ui::CsvExport",
                                             "CSV for machines, locale-independent (*.csv)");
}

std::optional<CsvTarget> askCsvTarget(QWidget *parent, const QString &title, const QString &suggestedPath,
                                      const QLocale &locale, QSettings &settings)
{
    const QString localized = csvFilterName(CsvFlavor::Localized, locale);
    const QString machine = csvFilterName(CsvFlavor::Machine, locale);
    const CsvFlavor preferred = Preferences::load(settings, locale).csvFlavor;
    QString filter = preferred == CsvFlavor::Machine ? machine : localized;
    QString path = QFileDialog::getSaveFileName(parent, title, suggestedPath,
                                                localized + QStringLiteral(";;") + machine, &filter);
    if (path.isEmpty())
        return std::nullopt;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    const CsvFlavor chosen = filter == machine ? CsvFlavor::Machine : CsvFlavor::Localized;
    Preferences::rememberCsvFlavor(settings, chosen);
    return CsvTarget{path, chosen};
}

} // namespace gds::ui
