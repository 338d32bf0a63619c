// The comparison report with version-2 structures: the facility terms side by side (tranches, cash
// waterfall, maintenance LTV, collateral, tax), the tranches' amounts and yields, the v2 metrics with
// their labels, and the waterfall effect (the DDTL sample with and without its waterfall,
// engine/Comparison.h). Figures are the engine's, formatted as the report formats them.
#include "common/SkipOrFail.h"
#include "engine/Comparison.h"
#include "engine/Engine.h"
#include "io/SampleDeal.h"
#include "report/ComparisonReport.h"
#include "report/ReportFormat.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace gds;

namespace {

ComparedStructure structure(const QString &label, const Deal &deal)
{
    return {label, deal, compute(deal)};
}

QString plainText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText().simplified();
}

} // namespace

class TestComparisonReport : public QObject
{
    Q_OBJECT

private slots:
    void v2TermsAndTranches()
    {
        const std::vector<ComparedStructure> s = {
            structure(QStringLiteral("DDTL"), sampleDealDdtl()),
            structure(QStringLiteral("DDTL without waterfall"), withoutWaterfall(sampleDealDdtl())),
            structure(QStringLiteral("H100 loan"), sampleDeal())};
        ComparisonOptions options;
        options.date = QDate(2026, 3, 2);
        const QString text = plainText(comparisonHtml(s, options));
        const report::Format f(options.locale, QStringLiteral("USD"));
        auto has = [&](const QString &part) {
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral("\n---\n") + text));
        };
        has(QStringLiteral("3. Facility terms"));
        has(QStringLiteral("Term DDTL DDTL without waterfall H100 loan"));
        has(QStringLiteral("Tranches 55%: fixed 5.96% 45%: base 3.75% + margin by rating "
                           "55%: fixed 5.96% 45%: base 3.75% + margin by rating 100%: base"));
        has(QStringLiteral(
            "Cash waterfall tests every 3 months, lookback 12 months none (monthly DSCR tests) "
            "none (monthly DSCR tests)"));
        has(QStringLiteral("Trapped-cash sweep after 2 failing test(s) none none"));
        has(QStringLiteral("Excess cash sweep 25% none none"));
        has(QStringLiteral("Maintenance LTV 85% 85% none"));
        has(QStringLiteral(
            "Collateral falls 22% a year to 10% of cost falls 22% a year to 10% of cost none"));
        has(QStringLiteral(
            "Tax depreciation MACRS 5-year, 100% bonus MACRS 5-year, 100% bonus straight line"));
        // Tranche rows: the engine's amounts in millions.
        const Result &a = s[0].result, &b = s[1].result, &c = s[2].result;
        has(QStringLiteral("Tranche 1: amount (USD m) %1").arg(f.number(a.tranches[0].amount / 1e6, 1)));
        has(QStringLiteral("Tranche 2: lender yield %1").arg(f.percent(*a.tranches[1].lenderYield)));
        QVERIFY(text.contains(f.number(c.tranches[0].amount / 1e6, 1)));
        // The v2 metrics with their labels and values.
        has(QStringLiteral("Debt prepaid (waterfall) (USD m) %1")
                .arg(f.number(a.metrics.debtPrepaid / 1e6, 1)));
        has(QStringLiteral("Cash trapped at most (USD m) %1").arg(f.number(a.metrics.maxTrapped / 1e6, 1)));
        has(QStringLiteral("Peak LTV (collateral) %1").arg(f.percent(*a.metrics.peakLtv)));
        has(QStringLiteral("Debt repaid in period %1").arg(f.number(*a.metrics.debtRepaidPeriod, 0)));
        QCOMPARE(b.metrics.debtPrepaid, 0.0);
        QVERIFY(!text.contains(QStringLiteral("debt_prepaid"))); // every key has a label
        QVERIFY(!text.contains(QStringLiteral("Waterfall effect")));

        // Version-1 structures only: no facility-terms section.
        const QString v1 =
            plainText(comparisonHtml({s[2], structure(QStringLiteral("again"), sampleDeal())}, options));
        QVERIFY(!v1.contains(QStringLiteral("Facility terms")));
    }

    void waterfallEffect()
    {
        const Deal ddtl = sampleDealDdtl();
        const std::vector<ComparedStructure> s = {structure(QStringLiteral("DDTL"), ddtl),
                                                  structure(QStringLiteral("H100"), sampleDeal())};
        ComparisonOptions options;
        options.date = QDate(2026, 3, 2);
        options.effect = ComparisonOptions::Effect::Waterfall;
        options.hedgeEffect = {structure(QStringLiteral("With the waterfall"), ddtl),
                               structure(QStringLiteral("Without the waterfall"), withoutWaterfall(ddtl))};
        options.hedgeEffectOf = QStringLiteral("DDTL");
        const QString text = plainText(comparisonHtml(s, options));
        QVERIFY(text.contains(QStringLiteral("4. Waterfall effect: DDTL")));
        QVERIFY(text.contains(QStringLiteral("Metric With the waterfall Without the waterfall")));
        QVERIFY(!text.contains(QStringLiteral("Hedge effect")));
        const report::Format f(options.locale, QStringLiteral("USD"));
        const double prepaid = options.hedgeEffect[0].result.metrics.debtPrepaid;
        QVERIFY(prepaid > 0);
        // With: the engine's prepayment; without: 0.0 and the change against "with".
        QVERIFY(text.contains(
            QStringLiteral("Debt prepaid (waterfall) (USD m) %1").arg(f.number(prepaid / 1e6, 1))));

        // The PDF: real text, the effect section and its chart title.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("compare.pdf"));
        QCOMPARE(writeComparisonPdf(s, path, options), QString());
        if (qEnvironmentVariableIsSet("GDS_KEEP_OUTPUT"))
            QFile::copy(path, QStringLiteral("/tmp/comparison-v2.pdf"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            GDS_SKIP_OR_FAIL("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString pdf = QString::fromUtf8(p.readAllStandardOutput());
        // The chart title is painted text, where "ff" may come out as a ligature.
        for (const QString &part :
             {QStringLiteral("Facility terms"), QStringLiteral("Waterfall effect: DDTL"),
              QStringLiteral("on the DSCR: DDTL"), QStringLiteral("Cash trapped at most")})
            QVERIFY2(pdf.contains(part), qPrintable(part));
    }
};

QTEST_MAIN(TestComparisonReport)
#include "tst_comparison_report.moc"
