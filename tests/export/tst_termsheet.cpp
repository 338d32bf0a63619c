// The term-sheet PDF: its text (pdftotext) against a reviewed golden file, paper sizes, page numbers,
// and clear failures. The golden file never blesses itself: when it is missing or different the test
// fails; after reviewing a change, regenerate it with GDS_UPDATE_GOLDEN=1 (see tests/data/golden/README.md).
#include "engine/Comparison.h"
#include "engine/Engine.h"
#include "io/DealJson.h"
#include "report/ReportFormat.h"
#include "report/TermSheet.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace gds;

namespace {

Deal loadExample(const QString &name)
{
    const std::string path = std::string(GDS_TEST_DATA) + "/examples/" + name.toStdString() + ".json";
    DealFileResult r = readDealFile(path);
    if (!r.deal)
        qFatal("cannot read %s", path.c_str());
    return *r.deal;
}

QString run(const QString &tool, const QStringList &args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return QStringLiteral("<%1 not installed: apt-get install poppler-utils (packaging/deps.sh --test)>")
            .arg(tool);
    QProcess p;
    p.start(exe, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext's output with each line trimmed, blank lines dropped and form feeds as their own line.
QString normalized(const QString &text)
{
    QStringList out;
    for (QString line : text.split(u'\n')) {
        if (line.contains(u'\f')) {
            line.remove(u'\f');
            out << QStringLiteral("<page break>");
        }
        line = line.simplified();
        if (!line.isEmpty())
            out << line;
    }
    return out.join(u'\n') + u'\n';
}

} // namespace

class TestTermSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void goldenText_data();
    void goldenText();
    void paper_data();
    void paper();
    void failures();
    void titleMetadataHasNoControlCharacters();
    void failedWriteKeepsThePreviousFile();
    void v2TermsWithTheEnginesFigures();
    void v1SheetsHaveNoV2Sections();

private:
    QTemporaryDir m_dir;
    QString write(const QString &example, TermSheetOptions::Paper paper, const QString &file);
};

QString TestTermSheet::write(const QString &example, TermSheetOptions::Paper paper, const QString &file)
{
    const Deal deal = loadExample(example);
    const Result result = compute(deal);
    TermSheetOptions options;
    options.paper = paper;
    options.date = QDate(2026, 3, 2);
    options.versionLabel = QStringLiteral("v7 (golden)");
    const QString path = m_dir.filePath(file);
    const QString error = writeTermSheetPdf(deal, result, path, options);
    return error.isEmpty() ? path : QStringLiteral("error: ") + error;
}

void TestTermSheet::goldenText_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("sample deal") << "c00_sample";
    QTest::newRow("bullet, fixed amount") << "c04_bullet_act365_leap";
    QTest::newRow("v2 DDTL sample") << "v2_00_sample_ddtl"; // docs/spec/sample-deal-ddtl.json
}

void TestTermSheet::goldenText()
{
    QFETCH(QString, example);
    const QString pdf = write(example, TermSheetOptions::Paper::A4, example + ".pdf");
    QVERIFY2(!pdf.startsWith("error"), qPrintable(pdf));
    const QString text =
        normalized(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                     QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
    QVERIFY2(!text.startsWith(u'<'), qPrintable(text));
    // Real text: the title, the date and the facility amount are searchable.
    QVERIFY(text.contains(QStringLiteral("Indicative Term Sheet")));
    QVERIFY(text.contains(QStringLiteral("2026-03-02")));
    QVERIFY(text.contains(QStringLiteral("non-binding")));

    const QString golden = QStringLiteral(GDS_TEST_DATA "/golden/term_sheet_%1.txt").arg(example);
    if (qEnvironmentVariableIntValue("GDS_UPDATE_GOLDEN") == 1) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
        QSKIP("golden file written: review the diff and commit it");
    }
    QFile in(golden);
    QVERIFY2(in.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral(
                            "golden file %1 is missing; generate it with GDS_UPDATE_GOLDEN=1 and review it")
                            .arg(golden)));
    const QString want = QString::fromUtf8(in.readAll());
    if (text != want) {
        const QStringList a = text.split(u'\n'), b = want.split(u'\n');
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
            if (a.value(i) != b.value(i))
                QFAIL(qPrintable(
                    QStringLiteral("term sheet text differs from %1 at line %2:\n  got:  %3\n  want: %4")
                        .arg(golden)
                        .arg(i + 1)
                        .arg(a.value(i), b.value(i))));
    }
}

void TestTermSheet::paper_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<QString>("size");
    QTest::newRow("A4") << int(TermSheetOptions::Paper::A4) << "595 x 842 pts (A4)";
    QTest::newRow("Letter") << int(TermSheetOptions::Paper::Letter) << "612 x 792 pts (letter)";
}

void TestTermSheet::paper()
{
    QFETCH(int, paper);
    QFETCH(QString, size);
    const QString pdf = write(QStringLiteral("c19_annuity_30360_c0"), TermSheetOptions::Paper(paper),
                              QStringLiteral("paper%1.pdf").arg(paper));
    QVERIFY2(!pdf.startsWith("error"), qPrintable(pdf));
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression pageSize(QStringLiteral("Page size:\\s+(.*)\\n"));
    QCOMPARE(pageSize.match(info).captured(1).trimmed(), size);
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    QVERIFY(pages >= 2);
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (int i = 1; i <= pages; ++i)
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(i).arg(pages)),
                 qPrintable(QString::number(i)));
    QCOMPARE(text.count(QStringLiteral("Indicative Term Sheet - ")), pages); // the header of every page
}

void TestTermSheet::failures()
{
    const Deal deal = loadExample(QStringLiteral("c00_sample"));
    const Result ok = compute(deal);
    TermSheetOptions options;
    options.date = QDate(2026, 3, 2);
    Result bad;
    bad.errors.push_back({"debt.sizing", gds::IssueCode::SculptedNoCfads, {}, {}});
    QVERIFY(writeTermSheetPdf(deal, bad, m_dir.filePath("bad.pdf"), options).contains("debt.sizing"));
    QVERIFY(!writeTermSheetPdf(deal, ok, QStringLiteral("/nonexistent-dir/x.pdf"), options).isEmpty());
    options.date = QDate();
    QVERIFY(writeTermSheetPdf(deal, ok, m_dir.filePath("nodate.pdf"), options).contains("date"));
}

void TestTermSheet::titleMetadataHasNoControlCharacters()
{
    Deal deal = loadExample(QStringLiteral("c00_sample"));
    deal.name = std::string("X\x1b]0;PWNED\x07", 10) + '\0' + "tail";
    TermSheetOptions options;
    options.date = QDate(2026, 3, 2);
    const QString pdf = m_dir.filePath("title.pdf");
    QCOMPARE(writeTermSheetPdf(deal, compute(deal), pdf, options), QString());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("\x1b]0;PWNED"));
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    if (info.startsWith(u'<'))
        QSKIP("pdfinfo not installed");
    const QString title = info.section(QStringLiteral("Title:"), 1).section(u'\n', 0, 0);
    QVERIFY2(title.contains(QStringLiteral("PWNED")) && title.contains(QStringLiteral("tail")),
             qPrintable(title));
    for (const QChar c : title)
        QVERIFY2(c.unicode() >= 0x20 && !(c.unicode() >= 0x7f && c.unicode() < 0xa0), qPrintable(title));
}

void TestTermSheet::failedWriteKeepsThePreviousFile()
{
    const Deal deal = loadExample(QStringLiteral("c00_sample"));
    TermSheetOptions options;
    options.date = QDate(2026, 3, 2);
    const QString error = writeTermSheetPdf(deal, compute(deal), QStringLiteral("/dev/full"), options);
    if (QFileInfo(QStringLiteral("/dev/full")).exists())
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
    const QString missing =
        writeTermSheetPdf(deal, compute(deal), QStringLiteral("/nonexistent-dir/x.pdf"), options);
    QVERIFY2(missing.contains(QStringLiteral("No such file or directory")), qPrintable(missing));
}

// The sheet's text (HTML as plain text, one space between words: independent of the PDF's line breaks).
QString sheetText(const Deal &deal, const Result &result)
{
    TermSheetOptions options;
    options.date = QDate(2026, 3, 2);
    options.versionLabel = QStringLiteral("v1");
    QTextDocument doc;
    doc.setHtml(termSheetHtml(deal, result, options));
    return doc.toPlainText().simplified();
}

// Each version-2 term of the DDTL sample appears with the deal's terms and the engine's figures (formatted
// as the sheet formats them, not recomputed here).
void TestTermSheet::v2TermsWithTheEnginesFigures()
{
    const Deal deal = loadExample(QStringLiteral("v2_00_sample_ddtl"));
    const Result r = compute(deal);
    QVERIFY(r.ok());
    const QString text = sheetText(deal, r);
    const report::Format f(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD"));
    const Metrics &m = r.metrics;
    const PeriodTable &t = r.periods;
    const int c = deal.constructionMonths;
    auto has = [&](const QString &s) {
        QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral("\n---\n") + text));
    };
    // Tranches: amount, share, rate, margin applied, yield.
    QCOMPARE(r.tranches.size(), std::size_t(2));
    has(QStringLiteral("Tranches (pari passu"));
    has(QStringLiteral("Senior secured notes (fixed) 55% %1 Fixed 5.96%")
            .arg(f.number(r.tranches[0].amount)));
    has(QStringLiteral("Delayed-draw term loan (floating) 45% %1 Base 3.75% + margin by rating %2 %3")
            .arg(f.number(r.tranches[1].amount), f.percent(*r.tranches[1].margin),
                 f.percent(*r.tranches[1].lenderYield)));
    // Margin by rating: the table of the floating tranche, hedged and merchant included.
    has(QStringLiteral("Margin by rating, Delayed-draw term loan (floating)"));
    has(QStringLiteral("AAA AA A BBB BB B CCC NR Hedged Merchant"));
    has(QStringLiteral("Margin 1.75% 2.00% 2.25% 3.00% 4.50% 6.50% 10.00% 6.50% 5.00% 11.00%"));
    has(QStringLiteral("All-in rate 5.50% 5.75% 6.00% 6.75% 8.25% 10.25% 13.75% 10.25% 8.75% 14.75%"));
    // Cash management.
    has(QStringLiteral("Cash management"));
    has(QStringLiteral("controlled by the lenders"));
    has(QStringLiteral("Every 3 months from COD (first test date %1)")
            .arg(f.date(report::periodEnd(deal, c + 3))));
    has(QStringLiteral("Historic DSCR below 1.20x (lookback 12 months)"));
    has(QStringLiteral("once 2 consecutive test(s) pass"));
    has(QStringLiteral("Once 2 consecutive test(s) fail"));
    has(QStringLiteral("25% of the distribution account prepays the facility on every test date"));
    // The base case's figures.
    int firstFail = -1;
    for (int p = c + 1; p <= t.n && firstFail < 0; ++p)
        if (!isNull(t.histDscr[std::size_t(p)]) && t.histDscr[std::size_t(p)] < 1.2)
            firstFail = p;
    if (firstFail < 0)
        has(QStringLiteral("First failing test None"));
    else
        has(QStringLiteral("First failing test %1 (month %2 from COD), historic DSCR %3")
                .arg(f.date(report::periodEnd(deal, firstFail)))
                .arg(firstFail - c)
                .arg(f.multiple(t.histDscr[std::size_t(firstFail)])));
    has(QStringLiteral("Cash trapped at most %1")
            .arg(m.maxTrapped > 0 ? f.money(m.maxTrapped) : QStringLiteral("None")));
    QVERIFY(m.debtPrepaid > 0);
    has(QStringLiteral("Prepaid in total %1 (%2 of the facility)")
            .arg(f.money(m.debtPrepaid), f.percent(m.debtPrepaid / m.debt, 1)));
    QVERIFY(m.debtRepaidPeriod);
    const int repaid = int(*m.debtRepaidPeriod);
    has(QStringLiteral("Repaid in %1 (month %2 from COD)")
            .arg(f.date(report::periodEnd(deal, repaid)))
            .arg(repaid - c));
    // Maintenance LTV and its cure.
    has(QStringLiteral("Maintenance LTV Loan balance at most 85% of the collateral's market value"));
    has(QStringLiteral("cured by prepayment from the distribution account, then the lock-up account"));
    has(QStringLiteral("peak LTV %1").arg(f.percentOpt(m.peakLtv, 1)));
    // Collateral and its value curve.
    has(QStringLiteral("capex categories compute, networking: %1 at cost")
            .arg(f.money(t.collateralValue[std::size_t(c)])));
    has(QStringLiteral("falling 22% a year (monthly, compounding) to a floor of 10% of cost"));
    has(QStringLiteral("Terminal value %1 at the end of operations").arg(f.money(m.terminalValue)));
    has(QStringLiteral("%1 %2 %3")
            .arg(f.date(report::periodEnd(deal, c + 12)), f.number(t.collateralValue[std::size_t(c + 12)]),
                 f.number(t.balance[std::size_t(c + 12)])));
    // Tax basis.
    has(QStringLiteral("Tax rate 21.0%"));
    has(QStringLiteral("MACRS 5-year (half-year convention)"));
    has(QStringLiteral("100% bonus depreciation"));
    has(QStringLiteral("offset at most 80% of a period's taxable income"));
    has(QStringLiteral("Tax on the terminal value %1").arg(f.money(m.terminalTax)));
    // Key metrics.
    has(QStringLiteral("Prepaid in total %1 Cash trapped at most %2")
            .arg(f.money(m.debtPrepaid), f.money(m.maxTrapped)));

    // Without the waterfall the sheet has no cash management and says nothing is prepaid.
    const Deal bare = withoutWaterfall(deal);
    const QString plain = sheetText(bare, compute(bare));
    QVERIFY(!plain.contains(QStringLiteral("Cash management")));
    QVERIFY(plain.contains(QStringLiteral("without a cash waterfall no cure is modelled")));
    QVERIFY(plain.contains(QStringLiteral("Prepaid in total USD 0 Cash trapped at most USD 0")));
}

// A version-1 deal's sheet has none of the version-2 sections (its golden text is unchanged).
void TestTermSheet::v1SheetsHaveNoV2Sections()
{
    const Deal deal = loadExample(QStringLiteral("c00_sample"));
    const QString text = sheetText(deal, compute(deal));
    for (const QString &s :
         {QStringLiteral("Cash management"), QStringLiteral("Tax basis"), QStringLiteral("Maintenance LTV"),
          QStringLiteral("pari passu"), QStringLiteral("Prepaid in total")})
        QVERIFY2(!text.contains(s), qPrintable(s));
    QVERIFY(text.contains(QStringLiteral("Hedging requirements")));
}

QTEST_MAIN(TestTermSheet)
#include "tst_termsheet.moc"
