// The reports and charts in the user's language: the term sheet and the comparison report
// with the German (French, Chinese) translator installed and the matching locale (translated headings,
// "126.000.000", "1,53x", "02.03.2026"), the same documents in English without a translator, and the
// charts in the deal's currency ("€ m", never "$ m" for a EUR deal).
#include "ChartsView.h"
#include "common/SkipOrFail.h"
#include "engine/Engine.h"
#include "io/SampleDeal.h"
#include "report/ComparisonReport.h"
#include "report/TermSheet.h"

#include <cmath>
#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gds;

namespace {

// The application's translation as gpudeal installs it (the .qm files embedded under :/i18n).
class ScopedTranslator
{
public:
    explicit ScopedTranslator(const QString &language)
    {
        if (language.isEmpty())
            return;
        m_ok = m_translator.load(QStringLiteral(":/i18n/gpudeal_%1.qm").arg(language)) &&
               QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedTranslator() { QCoreApplication::removeTranslator(&m_translator); }
    ScopedTranslator(const ScopedTranslator &) = delete;
    ScopedTranslator &operator=(const ScopedTranslator &) = delete;
    bool ok() const { return m_ok; }

private:
    QTranslator m_translator;
    bool m_ok = true;
};

QString pdfText(const QString &path)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (exe.isEmpty())
        return {};
    QProcess p;
    p.start(exe, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// Every text a chart shows: title, axis titles, series names.
QString chartTexts(const QChart *chart)
{
    QStringList texts{chart->title()};
    for (const QAbstractAxis *a : chart->axes())
        texts << a->titleText();
    for (const QAbstractSeries *s : chart->series())
        texts << s->name();
    return texts.join(QLatin1Char('|'));
}

} // namespace

class TestTermSheetGerman : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_deal = sampleDeal();
        m_result = compute(m_deal);
        QVERIFY(m_result.ok());
        QVERIFY(m_deal.debt.dsraMonths > 1);
        QVERIFY(!m_deal.hedges.empty());
    }

    void termSheetLanguage_data()
    {
        QTest::addColumn<QString>("language"); // "" = no translator (English source)
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("heading"); // the facility section
        QTest::addColumn<QString>("date");    // 2026-03-02
        QTest::addColumn<QString>("group");   // the thousands separator
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QString>("months"); // the DSRA sentence, %n months
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de_DE")
                                << QStringLiteral("Indikatives Term Sheet") << QStringLiteral("Die Fazilität")
                                << QStringLiteral("02.03.2026") << QStringLiteral(".") << QStringLiteral(",")
                                << QStringLiteral("Monate");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("fr_FR")
                                << QStringLiteral("Term sheet indicatif") << QStringLiteral("La facilité")
                                << QStringLiteral("02/03/2026") << QStringLiteral("\u202f")
                                << QStringLiteral(",") << QStringLiteral("mois");
        QTest::newRow("Simplified Chinese")
            << QStringLiteral("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("指示性条款清单")
            << QStringLiteral("贷款条款") << QStringLiteral("2026/3/2") << QStringLiteral(",")
            << QStringLiteral(".") << QStringLiteral("个月");
        QTest::newRow("English (no translator)")
            << QString() << QStringLiteral("en_US") << QStringLiteral("Indicative Term Sheet")
            << QStringLiteral("The facility") << QStringLiteral("2026-03-02") << QStringLiteral(",")
            << QStringLiteral(".") << QStringLiteral("months");
    }

    // The HTML body: translated words, the locale's numbers and dates.
    void termSheetLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, locale);
        QFETCH(QString, title);
        QFETCH(QString, heading);
        QFETCH(QString, date);
        QFETCH(QString, group);
        QFETCH(QString, decimal);
        QFETCH(QString, months);
        ScopedTranslator translator(language);
        QVERIFY(translator.ok());

        TermSheetOptions options;
        options.date = QDate(2026, 3, 2);
        options.versionLabel = QStringLiteral("v7");
        options.locale = QLocale(locale);
        const QString html = termSheetHtml(m_deal, m_result, options);
        QVERIFY2(html.contains(title), qPrintable(html.left(300)));
        QVERIFY2(html.contains(heading), qPrintable(heading));
        QVERIFY2(html.contains(date), qPrintable(date));

        // The debt amount with the locale's thousands separator ("USD 126.000.000").
        const qint64 debt = qRound64(m_result.metrics.debt);
        QVERIFY(debt >= 1'000'000);
        QString grouped = QString::number(debt);
        for (qsizetype i = grouped.size() - 3; i > 0; i -= 3)
            grouped.insert(i, group);
        QVERIFY2(html.contains(QStringLiteral("USD ") + grouped), qPrintable(grouped));
        // The minimum DSCR as a multiple with the locale's decimal mark ("1,53x").
        const double minDscr = std::round(*m_result.metrics.minDscr * 100.0) / 100.0;
        const QString multiple = QString::number(minDscr, 'f', 2).replace(QLatin1Char('.'), decimal);
        QVERIFY2(html.contains(multiple + QLatin1Char('x')), qPrintable(multiple));
        // A plural (%n): the DSRA's months.
        const QString dsra = QStringLiteral("%1 %2").arg(m_deal.debt.dsraMonths).arg(months);
        QVERIFY2(html.contains(dsra), qPrintable(dsra));
    }

    // The German term sheet as a PDF: the page furniture and the charts' labels are German too.
    void germanPdf()
    {
        ScopedTranslator translator(QStringLiteral("de"));
        QVERIFY(translator.ok());
        TermSheetOptions options;
        options.date = QDate(2026, 3, 2);
        options.versionLabel = QStringLiteral("v7");
        options.locale = QLocale(QLocale::German, QLocale::Germany);
        const QString path = m_dir.filePath(QStringLiteral("de.pdf"));
        const QString error = writeTermSheetPdf(m_deal, m_result, path, options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString text = pdfText(path);
        if (text.isEmpty())
            GDS_SKIP_OR_FAIL("pdftotext (poppler-utils) is not installed");
        for (const QString &s :
             {QStringLiteral("Indikatives Term Sheet"), QStringLiteral("Seite 1 von"),
              QStringLiteral("Indikativ und unverbindlich"), QStringLiteral("Schuldendienst"),
              QStringLiteral("USD Mio."), QStringLiteral("Restschuld (links)"), QStringLiteral("02.03.2026")})
            QVERIFY2(text.contains(s), qPrintable(s));
        QVERIFY(!text.contains(QStringLiteral("Page 1 of")));
        // Errors in the caller's language as well.
        options.date = QDate();
        QCOMPARE(writeTermSheetPdf(m_deal, m_result, path, options),
                 QStringLiteral("für das Term Sheet fehlt das Datum"));
    }

    void comparisonLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de_DE")
                                << QStringList{QStringLiteral("Strukturvergleich"),
                                               QStringLiteral("Min. DSCR"),
                                               QStringLiteral("Senior-Darlehen (USD Mio.)"),
                                               QStringLiteral("02.03.2026")};
        QTest::newRow("English (no translator)")
            << QString() << QStringLiteral("en_US")
            << QStringList{QStringLiteral("Structure comparison"), QStringLiteral("Min DSCR"),
                           QStringLiteral("Senior debt (USD m)"), QStringLiteral("2026-03-02")};
    }

    void comparisonLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, locale);
        QFETCH(QStringList, texts);
        ScopedTranslator translator(language);
        QVERIFY(translator.ok());
        Deal cheaper = m_deal;
        for (OfftakeContract &c : cheaper.offtake)
            c.pricePerGpuHour *= 0.8;
        ComparisonOptions options;
        options.date = QDate(2026, 3, 2);
        options.locale = QLocale(locale);
        const QString html = comparisonHtml(
            {{QStringLiteral("A"), m_deal, m_result}, {QStringLiteral("B"), cheaper, compute(cheaper)}},
            options);
        for (const QString &s : texts)
            QVERIFY2(html.contains(s), qPrintable(s));
    }

    // Every chart of a EUR deal names euros, none dollars (titles, axes, series).
    void chartCurrency_data()
    {
        QTest::addColumn<int>("chart");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected"); // a text that must appear
        QTest::newRow("capex") << int(ui::ChartsView::CapexChart) << QString()
                               << QStringLiteral("Capex by category (€ m)");
        QTest::newRow("sources and uses")
            << int(ui::ChartsView::SourcesUsesChart) << QString() << QStringLiteral("Sources and uses (€ m)");
        QTest::newRow("revenue") << int(ui::ChartsView::RevenueChart) << QString()
                                 << QStringLiteral("Revenue stack by quarter (€ m)");
        QTest::newRow("debt") << int(ui::ChartsView::DebtChart) << QString()
                              << QStringLiteral("CFADS, debt service and DSCR by quarter (€ m)");
        QTest::newRow("equity") << int(ui::ChartsView::EquityChart) << QString()
                                << QStringLiteral("Equity cash flow and cumulative (€ m)");
        QTest::newRow("capex, German") << int(ui::ChartsView::CapexChart) << QStringLiteral("de")
                                       << QStringLiteral("Capex nach Kategorie (Mio. €)");
    }

    void chartCurrency()
    {
        QFETCH(int, chart);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        ScopedTranslator translator(language);
        QVERIFY(translator.ok());
        Deal deal = m_deal;
        deal.currency = "EUR";
        const Result result = compute(deal);
        QVERIFY(result.ok());
        ui::ChartsView view;
        view.resize(900, 600);
        view.show();
        view.setResult(result, deal);
        view.setCurrentIndex(chart);
        QTRY_VERIFY(!view.chartView(chart)->chart()->series().isEmpty());
        const QString texts = chartTexts(view.chartView(chart)->chart());
        QVERIFY2(texts.contains(expected), qPrintable(texts));
        QVERIFY2(texts.contains(QStringLiteral("€")), qPrintable(texts));
        QVERIFY2(!texts.contains(QLatin1Char('$')), qPrintable(texts));
    }

private:
    QTemporaryDir m_dir;
    Deal m_deal;
    Result m_result;
};

QTEST_MAIN(TestTermSheetGerman)
#include "TestTermSheetGerman.moc"
