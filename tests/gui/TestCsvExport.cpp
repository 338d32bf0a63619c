// Issue 7: the period table's CSV in two flavours. For machines: byte for byte what gpudeal-cli writes
// (months) or the model's key-headed table (quarters, years), whatever the locale, numbers that read back
// exactly. For spreadsheets: the table's own titles, one line per shown period, the locale's decimal
// point without group separators, its short dates with four-digit years, ';' where the decimal point is
// ',', RFC 4180 quoting, CRLF, UTF-8 with a byte order mark. Written through QSaveFile; the save dialog
// offers both flavours and remembers the choice; the main window exports both.
#include "common/GuiTestSupport.h"
#include "CsvExport.h"
#include "DealDocument.h"
#include "engine/Engine.h"
#include "io/Csv.h"
#include "io/SampleDeal.h"
#include "MainWindow.h"
#include "PeriodTableModel.h"
#include "PeriodTableView.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "RecomputeController.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace gds::ui;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// An RFC 4180 reader written for the test (not the product's writer run backwards): quoted cells may
// hold the separator, doubled quotes and line breaks; records end in CRLF or LF.
QList<QStringList> parseCsv(const QString &text, QChar sep)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == sep) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

QString exact(double v)
{
    return QString::number(v, 'g', 17);
}

// A translation of the "Capex" label that holds both a ';' and quotes, as a translator might write.
class QuotingTranslator : public QTranslator
{
public:
    static QString capex() { return QStringLiteral("Capex; \"gross\", all in"); }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return QByteArray(context) == "gds::ui" && QByteArray(source) == "Capex" ? capex() : QString();
    }
};

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        gds::test::isolateGuiTest(QStringLiteral("gui_csv_export"));
        QVERIFY(m_dir.isValid());
        m_result = gds::compute(m_deal);
        QVERIFY(m_result.ok());
    }

    // --- for machines

    void machineMonthsAreTheCliFormat_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("C") << QStringLiteral("C");
        QTest::newRow("German") << QStringLiteral("de_DE");
        QTest::newRow("French") << QStringLiteral("fr_FR");
        QTest::newRow("US English") << QStringLiteral("en_US");
    }
    void machineMonthsAreTheCliFormat()
    {
        QFETCH(QString, locale);
        PeriodTableView view;
        view.model()->setLocale(QLocale(locale));
        view.setResult(m_result, m_deal);
        const QString path = file(QStringLiteral("machine-%1.csv").arg(locale));
        QString error;
        QVERIFY2(view.exportCsv(path, CsvFlavor::Machine, QLocale(locale), &error), qPrintable(error));
        const QByteArray bytes = readAll(path);
        QCOMPARE(bytes, QByteArray::fromStdString(gds::writePeriodCsv(m_result)));
        // The old entry point writes the same.
        const QString old = file(QStringLiteral("machine-old-%1.csv").arg(locale));
        QVERIFY(view.exportCsv(old));
        QCOMPARE(readAll(old), bytes);

        // One line per period after the header; every number reads back exactly in the C locale.
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes), QLatin1Char(','));
        QCOMPARE(rows.size(), m_result.periods.size() + 1);
        const auto &fields = gds::periodFields();
        QCOMPARE(rows[0].size(), 5 + int(fields.size()));
        for (int p = 0; p < m_result.periods.size(); ++p) {
            const QStringList &row = rows[p + 1];
            QCOMPARE(row[0], QString::number(p));
            for (std::size_t f = 0; f < fields.size(); ++f) {
                QCOMPARE(rows[0][5 + int(f)], QString::fromLatin1(fields[f].key));
                const double v = (m_result.periods.*(fields[f].series))[std::size_t(p)];
                const QString cell = row[5 + int(f)];
                if (gds::isNull(v)) {
                    QCOMPARE(cell, QString());
                    continue;
                }
                bool ok = false;
                const double back = QLocale::c().toDouble(cell, &ok);
                QVERIFY2(ok, qPrintable(cell));
                QCOMPARE(exact(back), exact(v));
            }
        }
    }

    void machineQuartersAndYearsUnchanged_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::addColumn<QString>("label"); // the period labels across the top, locale-independent
        QTest::newRow("quarters") << int(PeriodTableModel::Grouping::Quarter)
                                  << QStringLiteral("^\\d{4}-Q[1-4]$");
        QTest::newRow("years") << int(PeriodTableModel::Grouping::Year) << QStringLiteral("^\\d{4}$");
    }
    void machineQuartersAndYearsUnchanged()
    {
        QFETCH(int, grouping);
        QFETCH(QString, label);
        PeriodTableView view;
        view.setResult(m_result, m_deal);
        view.model()->setGrouping(PeriodTableModel::Grouping(grouping));
        const QString path = file(QStringLiteral("machine-grouped-%1.csv").arg(grouping));
        QVERIFY(view.exportCsv(path, CsvFlavor::Machine, QLocale(QLocale::German, QLocale::Germany)));
        const QByteArray bytes = readAll(path);
        QCOMPARE(bytes, view.model()->toCsv().toUtf8());
        QCOMPARE(view.model()->toCsv(CsvFlavor::Machine, QLocale(QLocale::French)), view.model()->toCsv());
        QVERIFY(bytes.startsWith("line,"));
        QVERIFY(!bytes.startsWith(utf8Bom()));
        // One line per row of the table, one column per shown period.
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes), QLatin1Char(','));
        QCOMPARE(rows.size(), view.model()->rowCount() + 1);
        QCOMPARE(rows[0].size(), view.model()->columnCount() + 1);
        QCOMPARE(rows[0][1], QStringLiteral("close"));
        const QRegularExpression machineLabel(label);
        for (qsizetype c = 2; c < rows[0].size(); ++c)
            QVERIFY2(machineLabel.match(rows[0][c]).hasMatch(), qPrintable(rows[0][c]));
    }

    // --- for spreadsheets

    void localized_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("grouping");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QString>("dateFormat"); // what the locale's short date reads with four-digit years

        const int months = int(PeriodTableModel::Grouping::Month);
        const int quarters = int(PeriodTableModel::Grouping::Quarter);
        const int years = int(PeriodTableModel::Grouping::Year);
        const QString semicolon = QStringLiteral(";"), comma = QStringLiteral(","), dot = QStringLiteral(".");
        QTest::newRow("German, months") << "de_DE" << months << semicolon << comma << "dd.MM.yyyy";
        QTest::newRow("German, years") << "de_DE" << years << semicolon << comma << "dd.MM.yyyy";
        QTest::newRow("French, quarters") << "fr_FR" << quarters << semicolon << comma << "dd/MM/yyyy";
        QTest::newRow("US English, months") << "en_US" << months << comma << dot << "M/d/yyyy";
        QTest::newRow("US English, quarters") << "en_US" << quarters << comma << dot << "M/d/yyyy";
        QTest::newRow("British English, months") << "en_GB" << months << comma << dot << "dd/MM/yyyy";
        QTest::newRow("Chinese, years") << "zh_CN" << years << comma << dot << "yyyy/M/d";
    }
    void localized()
    {
        QFETCH(QString, locale);
        QFETCH(int, grouping);
        QFETCH(QString, separator);
        QFETCH(QString, decimal);
        QFETCH(QString, dateFormat);
        const QLocale loc(locale);
        QCOMPARE(csvSeparator(loc), separator.at(0));

        PeriodTableView view;
        PeriodTableModel *model = view.model();
        model->setLocale(loc); // the table on screen in the same locale, to compare titles
        view.setResult(m_result, m_deal);
        model->setGrouping(PeriodTableModel::Grouping(grouping));
        const QString path = file(QStringLiteral("localized-%1-%2.csv").arg(locale).arg(grouping));
        QString error;
        QVERIFY2(view.exportCsv(path, CsvFlavor::Localized, loc, &error), qPrintable(error));

        QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        bytes.remove(0, 3);
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(bytes.count("\r\n"), bytes.count('\n')); // CRLF everywhere
        const QString text = QString::fromUtf8(bytes);
        QCOMPARE(text.toUtf8(), bytes); // valid UTF-8

        const QList<QStringList> rows = parseCsv(text, separator.at(0));
        // A header, then one line per shown period (months: every period of the model, the close too).
        QCOMPARE(rows.size(), model->columnCount() + 1);
        if (grouping == int(PeriodTableModel::Grouping::Month))
            QCOMPARE(rows.size() - 1, m_result.periods.size());
        const QStringList &header = rows[0];
        QCOMPARE(header.size(), 5 + model->rowCount());
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(header[5 + r], model->headerData(r, Qt::Vertical).toString());

        const QRegularExpression number(
            QStringLiteral("^-?[0-9]+(%1[0-9]+)?$").arg(QRegularExpression::escape(decimal)));
        int withDecimals = 0;
        int days = 0;
        const gds::PeriodTable &t = m_result.periods;
        for (int c = 0; c < model->columnCount(); ++c) {
            const QStringList &row = rows[c + 1];
            QCOMPARE(row.size(), header.size());
            QCOMPARE(row[0], model->headerData(c, Qt::Horizontal).toString());
            const auto [first, last] = model->columnPeriods(c);
            const QDate start(t.year[std::size_t(first)], t.month[std::size_t(first)], 1);
            QCOMPARE(row[1], start.toString(dateFormat));
            const QDate lastMonth(t.year[std::size_t(last)], t.month[std::size_t(last)], 1);
            QCOMPARE(row[2], (last == 0 ? lastMonth : lastMonth.addMonths(1)).toString(dateFormat));
            QVERIFY2(number.match(row[3]).hasMatch(), qPrintable(row[3]));
            days += row[3].toInt();
            QVERIFY(!row[4].isEmpty());
            for (int r = 0; r < model->rowCount(); ++r) {
                const QString cell = row[5 + r];
                const double v = model->value(r, c);
                if (gds::isNull(v)) {
                    QCOMPARE(cell, QString());
                    continue;
                }
                QVERIFY2(number.match(cell).hasMatch(),
                         qPrintable(header[5 + r] + QStringLiteral(": ") + cell));
                withDecimals += cell.contains(decimal) ? 1 : 0;
                bool ok = false;
                const double back = loc.toDouble(cell, &ok);
                QVERIFY2(ok, qPrintable(cell));
                const bool percent = gds::periodFields()[std::size_t(r)].unit == gds::Unit::Percent;
                QCOMPARE(exact(back), exact(percent ? v * 100 : v));
            }
        }
        QVERIFY(withDecimals > 0); // the sample has fractional values: the decimal point was exercised
        int expectedDays = 0;
        for (int d : t.days)
            expectedDays += d;
        QCOMPARE(days, expectedDays);
    }

    void germanDatesAndNumbers()
    {
        // Spelled out once, so that the data-driven check above is not only self-consistent.
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(csvDate(QDate(2031, 5, 6), de), QStringLiteral("06.05.2031"));
        QCOMPARE(csvNumber(-1234567.25, de), QStringLiteral("-1234567,25"));
        QCOMPARE(csvNumber(0.1, de), QStringLiteral("0,1"));
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(csvDate(QDate(2031, 5, 6), us), QStringLiteral("5/6/2031"));
        QCOMPARE(csvNumber(-1234567.25, us), QStringLiteral("-1234567.25"));
        QCOMPARE(csvNumber(-0.0, us), QStringLiteral("0"));
        QCOMPARE(csvNumber(gds::kNull, us), QString());
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << "Debt service ($)"
                               << ";"
                               << "Debt service ($)";
        QTest::newRow("semicolon in a ; file") << "a;b"
                                               << ";"
                                               << "\"a;b\"";
        QTest::newRow("semicolon in a , file") << "a;b"
                                               << ","
                                               << "a;b";
        QTest::newRow("comma in a , file") << "1,5"
                                           << ","
                                           << "\"1,5\"";
        QTest::newRow("comma in a ; file") << "1,5"
                                           << ";"
                                           << "1,5";
        QTest::newRow("quotes") << "say \"hi\""
                                << ";"
                                << "\"say \"\"hi\"\"\"";
        QTest::newRow("line feed") << "two\nlines"
                                   << ","
                                   << "\"two\nlines\"";
        QTest::newRow("carriage return") << "two\rlines"
                                         << ","
                                         << "\"two\rlines\"";
        QTest::newRow("empty") << ""
                               << ","
                               << "";
    }
    void quoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, separator);
        QFETCH(QString, cell);
        QCOMPARE(csvCell(text, separator.at(0)), cell);
        QCOMPARE(parseCsv(cell + QStringLiteral("\r\n"), separator.at(0)), QList<QStringList>{{text}});
    }

    // A title holding the separator and quotes (here from a translation) is quoted in the file.
    void quotedTitle_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("German") << QStringLiteral("de_DE");
        QTest::newRow("US English") << QStringLiteral("en_US");
    }
    void quotedTitle()
    {
        QFETCH(QString, locale);
        const QLocale loc(locale);
        QuotingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        PeriodTableModel model;
        model.setResult(m_result, m_deal);
        const QString csv = model.toCsv(CsvFlavor::Localized, loc);
        QCoreApplication::removeTranslator(&translator);

        const QString title = QuotingTranslator::capex() + QStringLiteral(" ($)");
        QString quoted = title;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        QVERIFY2(csv.contains(QLatin1Char('"') + quoted + QLatin1Char('"')), qPrintable(csv.left(300)));
        const QList<QStringList> rows = parseCsv(csv, csvSeparator(loc));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows[0].size(), 5 + model.rowCount());
        QCOMPARE(rows[0].count(title), 1);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), rows[0].size());
    }

    // --- never lose data

    void failuresSayWhyAndKeepTheOldFile_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::newRow("machine") << int(CsvFlavor::Machine);
        QTest::newRow("localized") << int(CsvFlavor::Localized);
    }
    void failuresSayWhyAndKeepTheOldFile()
    {
        QFETCH(int, flavor);
        PeriodTableView view;
        view.setResult(m_result, m_deal);
        const QLocale de(QLocale::German, QLocale::Germany);
        QString error;
        const QString missing = QStringLiteral("/nonexistent-dir-%1/periods.csv").arg(flavor);
        QVERIFY(!view.exportCsv(missing, CsvFlavor(flavor), de, &error));
        QVERIFY2(error.contains(missing), qPrintable(error));

        // Refused while stale: an existing file stays as it was.
        const QString existing = file(QStringLiteral("existing-%1.csv").arg(flavor));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me\n");
        }
        view.model()->setStale(true);
        error.clear();
        QVERIFY(!view.exportCsv(existing, CsvFlavor(flavor), de, &error));
        QVERIFY(error.contains(QStringLiteral("Fix the marked fields first")));
        QCOMPARE(readAll(existing), QByteArray("keep me\n"));
        view.model()->setStale(false);
        QVERIFY(view.exportCsv(existing, CsvFlavor(flavor), de, &error));
        QVERIFY(readAll(existing) != QByteArray("keep me\n"));
    }

    // --- the choice: two filters in the save dialog, the preference preselected, the choice remembered

    void preferenceRoundTrip()
    {
        QSettings settings(file(QStringLiteral("prefs-csv.ini")), QSettings::IniFormat);
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Preferences::load(settings, us).csvFlavor, CsvFlavor::Localized); // the default
        Preferences::rememberCsvFlavor(settings, CsvFlavor::Machine);
        QCOMPARE(Preferences::load(settings, us).csvFlavor, CsvFlavor::Machine);
        QCOMPARE(settings.allKeys(), QStringList{QStringLiteral("preferences/csvFormat")}); // nothing else
        Preferences p = Preferences::load(settings, us);
        p.csvFlavor = CsvFlavor::Localized;
        p.save(settings);
        QCOMPARE(Preferences::load(settings, us), p);
        settings.setValue(QStringLiteral("preferences/csvFormat"), QStringLiteral("bogus"));
        QCOMPARE(Preferences::load(settings, us).csvFlavor, CsvFlavor::Localized);

        // The dialog shows and saves it.
        Preferences::rememberCsvFlavor(settings, CsvFlavor::Machine);
        PreferencesDialog dialog(&settings, us);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("csvFormatCombo"));
        QVERIFY(combo);
        QCOMPARE(CsvFlavor(combo->currentData().toInt()), CsvFlavor::Machine);
        QCOMPARE(dialog.preferences().csvFlavor, CsvFlavor::Machine);
        combo->setCurrentIndex(combo->findData(int(CsvFlavor::Localized)));
        dialog.accept();
        QCOMPARE(Preferences::load(settings, us).csvFlavor, CsvFlavor::Localized);
    }

    void saveDialogOffersBothAndRemembers_data()
    {
        QTest::addColumn<int>("remembered");
        QTest::addColumn<int>("chosen");
        QTest::newRow("spreadsheet, keep") << int(CsvFlavor::Localized) << int(CsvFlavor::Localized);
        QTest::newRow("spreadsheet to machine") << int(CsvFlavor::Localized) << int(CsvFlavor::Machine);
        QTest::newRow("machine to spreadsheet") << int(CsvFlavor::Machine) << int(CsvFlavor::Localized);
    }
    void saveDialogOffersBothAndRemembers()
    {
        QFETCH(int, remembered);
        QFETCH(int, chosen);
        const QLocale de(QLocale::German, QLocale::Germany);
        QSettings settings(file(QStringLiteral("prefs-dialog-%1-%2.ini").arg(remembered).arg(chosen)),
                           QSettings::IniFormat);
        Preferences::rememberCsvFlavor(settings, CsvFlavor(remembered));
        const QString target = file(QStringLiteral("dialog-%1-%2").arg(remembered).arg(chosen));

        QStringList filters;
        QString preselected;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            filters = dialog->nameFilters();
            preselected = dialog->selectedNameFilter();
            dialog->selectNameFilter(csvFilterName(CsvFlavor(chosen), de));
            dialog->selectFile(target);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button
        });
        poll.start();
        QWidget parent;
        const std::optional<CsvTarget> result =
            askCsvTarget(&parent, QStringLiteral("Export"), target, de, settings);
        poll.stop();

        QCOMPARE(filters, QStringList({csvFilterName(CsvFlavor::Localized, de),
                                       csvFilterName(CsvFlavor::Machine, de)}));
        QVERIFY(filters[0].contains(QStringLiteral("de_DE")));
        QCOMPARE(preselected, csvFilterName(CsvFlavor(remembered), de));
        QVERIFY(result.has_value());
        QCOMPARE(result->path, target + QStringLiteral(".csv"));
        QCOMPARE(int(result->flavor), chosen);
        QCOMPARE(int(Preferences::load(settings, de).csvFlavor), chosen);
    }

    // The main window's File > Export > Period table: both flavours, the machine one still the default
    // entry point; refused with a message while the deal has marked fields.
    void mainWindowExports_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::newRow("machine") << int(CsvFlavor::Machine);
        QTest::newRow("spreadsheet") << int(CsvFlavor::Localized);
    }
    void mainWindowExports()
    {
        QFETCH(int, flavor);
        qputenv("GPUDEAL_WORKSPACE", file(QStringLiteral("ws-%1.sqlite").arg(flavor)).toUtf8());
        QSettings().clear();
        MainWindow window;
        window.startup();
        const QLocale de(QLocale::German, QLocale::Germany);
        const QString path = file(QStringLiteral("window-%1.csv").arg(flavor));
        QVERIFY(window.exportPeriodCsvAs(path, CsvFlavor(flavor), de));
        QVERIFY(window.statusBar()->currentMessage().contains(path));
        const QByteArray bytes = readAll(path);
        if (CsvFlavor(flavor) == CsvFlavor::Machine) {
            QVERIFY(bytes.startsWith("period,start,end,days,phase,"));
            const QString old = file(QStringLiteral("window-old-%1.csv").arg(flavor));
            QVERIFY(window.exportPeriodCsv(old));
            QCOMPARE(readAll(old), bytes);
        } else {
            QVERIFY(bytes.startsWith(utf8Bom() + "Period;Start;End;Days;Phase;"));
        }

        gds::Deal bad = window.document()->deal();
        bad.cluster.availability = 1.5;
        window.document()->setDeal(bad, QStringLiteral("invalid"));
        QVERIFY(window.recompute()->isStale());
        const QString refused = file(QStringLiteral("window-refused-%1.csv").arg(flavor));
        QVERIFY(!window.exportPeriodCsvAs(refused, CsvFlavor(flavor), de));
        QVERIFY(!QFile::exists(refused));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Fix the marked fields first")));
    }

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    gds::Deal m_deal = gds::sampleDeal();
    gds::Result m_result;
};

QTEST_MAIN(TestCsvExport)
#include "TestCsvExport.moc"
