// The auditable workbook (cli.md "export xlsx"): its structure (sheets, defined names, header row, the
// arithmetic lines as formulas, solved values as values) and, where LibreOffice is installed, a forced
// recalculation that must reproduce the engine (1e-6 relative; 1e-4 absolute for amounts).
#include "common/SkipOrFail.h"
#include "engine/Engine.h"
#include "export/XlsxExport.h"
#include "io/DealJson.h"
#include "io/MessageText.h"
#include "io/SampleDeal.h"
#include "XlsxSheet.h"

#include <cmath>
#include <optional>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gds;
using gds::test::Workbook;

namespace {

Deal loadExample(const QString &name)
{
    const std::string path = std::string(GDS_TEST_DATA) + "/examples/" + name.toStdString() + ".json";
    DealFileResult r = readDealFile(path);
    if (!r.deal)
        qFatal("cannot read %s: %s", path.c_str(),
               r.issues.empty() ? "?" : issueText(r.issues.front()).c_str());
    return *r.deal;
}

// A CSV line as LibreOffice writes it (comma separated, '"' quoting).
QStringList splitCsv(const QString &line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cur += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    QList<QStringList> rows;
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            rows << splitCsv(QString::fromUtf8(line).trimmed());
    return rows;
}

// A number as the CSV shows it: "12.5%" is 0.125, "1.53x" is 1.53, "" is null.
std::optional<double> csvNumber(QString s, bool *ok)
{
    *ok = true;
    s = s.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    double scale = 1.0;
    if (s.endsWith(u'%')) {
        s.chop(1);
        scale = 0.01;
    } else if (s.endsWith(u'x')) {
        s.chop(1);
    }
    const double v = s.toDouble(ok);
    return v * scale;
}

bool close(double got, double want, bool money)
{
    const double tol = std::max(1e-6 * std::fabs(want), money ? 1e-4 : 1e-9);
    return std::fabs(got - want) <= tol;
}

// The DDTL sample at a lower contract price and a higher lock-up level: a test date fails (its
// historic DSCR is below the lock-up level) and a later passing test releases the trapped cash.
Deal lockupReleaseDeal()
{
    Deal deal = sampleDealDdtl();
    deal.offtake[0].pricePerGpuHour = 3.3; // test dates 7..16 fail, 19 passes, 22 releases K
    deal.debt.covenants.lockupDscr = 1.68;
    deal.debt.waterfall->sweepTrappedAfter = 0;
    return deal;
}

// A lock-up test fails, and later, while the loan lives, the lock-up account K is released to the
// equity (it falls to 0 in a period before the loan ends, with a distribution).
bool failsThenReleases(const Result &r)
{
    const PeriodTable &t = r.periods;
    const int end = int(r.metrics.debtRepaidPeriod.value_or(0));
    bool trapped = false;
    for (int p = 1; p < end; ++p) {
        trapped = trapped || t.lockupAccount[std::size_t(p)] > 0.0;
        if (trapped && t.lockupAccount[std::size_t(p) - 1] > 0.0 && t.lockupAccount[std::size_t(p)] == 0.0 &&
            t.distribution[std::size_t(p)] > t.lockupAccount[std::size_t(p) - 1] * 0.999)
            return r.metrics.lockupFailures > 0;
    }
    return false;
}

struct Case {
    QString name;
    Deal deal;          // inputs written to the workbook
    Result solved;      // whose solved values are written
    Result expected;    // what the recalculated workbook must show
    QSet<QString> skip; // metrics not comparable (solved by the engine for another deal)
};

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void definedNameForPath_data();
    void definedNameForPath();
    void structure_data();
    void structure();
    void notComputable();
    void writesVersion2Deals();
    void textAfterANulIsKept();
    void overTheCellLimitIsRefusedBeforeWriting();
    void aFailedWriteKeepsThePreviousFile();
    void recalculation_data();
    void recalculation();

private:
    QTemporaryDir m_dir;
    QList<Case> m_cases;
    bool m_converted = false;
    QString m_convertError;
    void convertAll();
};

void TestXlsx::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString &name : {QStringLiteral("c00_sample"), QStringLiteral("c04_bullet_act365_leap"),
                                QStringLiteral("c19_annuity_30360_c0")}) {
        Case c{name, loadExample(name), {}, {}, {}};
        c.solved = compute(c.deal);
        QVERIFY2(c.solved.ok(), qPrintable(name));
        c.expected = c.solved;
        m_cases << c;
    }
    // The spot price flows through the sheet: the bullet deal has a fixed debt amount, so nothing the
    // engine solves depends on the spot price except the headroom and the iteration count. Its workbook
    // with the original solved values and a 20 % lower spot price must show the engine's numbers for
    // the lower price.
    Case spot{QStringLiteral("c04_spot_down"), m_cases[1].deal, m_cases[1].solved, {}, {}};
    spot.deal.market.spotPricePerGpuHour *= 0.8;
    spot.expected = compute(spot.deal);
    QVERIFY(spot.expected.ok());
    QVERIFY(std::fabs(spot.expected.metrics.debt - spot.solved.metrics.debt) < 1e-9);
    QVERIFY(std::fabs(spot.expected.metrics.equityIrr.value_or(0) -
                      spot.solved.metrics.equityIrr.value_or(0)) > 1e-4);
    spot.skip = {QStringLiteral("spot_headroom"), QStringLiteral("sizing_iterations")};
    m_cases << spot;

    // (v2) Tranches, margin by rating, the waterfall, collateral, MACRS and the NOL limit: the DDTL
    // sample (every v2 feature), the spec's v2 examples, and the DDTL sample with a lock-up that fails
    // and then releases trapped cash.
    const auto add = [this](const QString &name, const Deal &deal) {
        Case c{name, deal, compute(deal), {}, {}};
        QVERIFY2(c.solved.ok(), qPrintable(name));
        c.expected = c.solved;
        m_cases << c;
    };
    add(QStringLiteral("ddtl"), sampleDealDdtl());
    for (const QString &name : {QStringLiteral("v2_00_sample_ddtl"), QStringLiteral("v2_01_lockup_release"),
                                QStringLiteral("v2_02_ltv_cure")})
        add(name, loadExample(name));
    add(QStringLiteral("ddtl_lockup_release"), lockupReleaseDeal());
    QVERIFY(failsThenReleases(m_cases.last().solved));
    QVERIFY(m_cases.last().solved.metrics.maxTrapped > 0.0);
    Deal swept = lockupReleaseDeal(); // trapped cash prepaid from the third failing test on
    swept.debt.waterfall->sweepTrappedAfter = 3;
    add(QStringLiteral("ddtl_trapped_sweep"), swept);
    QVERIFY(m_cases.last().solved.metrics.debtPrepaid > 0.0);
    // Other profiles under the waterfall, and a tranche priced by the margin grid.
    Deal bullet = sampleDealDdtl();
    bullet.debt.profile = Profile::Bullet;
    bullet.debt.tranches[1].rate.useMarginByRating = false;
    bullet.debt.tranches[1].rate.useMarginGrid = true;
    bullet.debt.tranches[1].rate.marginGrid = {{0.0, 0.06}, {0.5, 0.045}, {0.8, 0.03}};
    add(QStringLiteral("ddtl_bullet_grid"), bullet);
    Deal annuity = lockupReleaseDeal();
    annuity.debt.profile = Profile::Annuity;
    annuity.debt.tranches[0].rate = Rate{};
    annuity.debt.tranches[0].rate.baseRateCurve = {0.04, 0.042, 0.045};
    annuity.debt.tranches[0].rate.useBaseCurve = true;
    annuity.debt.tranches[0].rate.margin = 0.03;
    annuity.taxDepreciation = TaxDepreciation::StraightLine;
    add(QStringLiteral("ddtl_annuity_curve"), annuity);

    // The waterfall recomputes in the sheet: the annuity deal at its debt as a fixed amount (so that
    // nothing solved moves) with a 30 % lower spot price shows the engine's numbers for that price.
    Deal fixed = annuity;
    fixed.debt.sizing.mode = Sizing::Mode::Amount;
    fixed.debt.sizing.amount = m_cases.last().solved.metrics.debt;
    Case down{QStringLiteral("ddtl_annuity_spot_down"), fixed, compute(fixed), {}, {}};
    QVERIFY(down.solved.ok());
    down.deal.market.spotPricePerGpuHour *= 0.7;
    down.expected = compute(down.deal);
    QVERIFY(down.expected.ok());
    QVERIFY(std::fabs(down.expected.metrics.debtPrepaid - down.solved.metrics.debtPrepaid) > 1.0);
    down.skip = {QStringLiteral("spot_headroom"), QStringLiteral("sizing_iterations")};
    m_cases << down;
    Deal noWaterfall = sampleDealDdtl(); // tranches and collateral on the scheduled loan
    noWaterfall.debt.waterfall.reset();
    noWaterfall.debt.covenants.maxLtv.reset();
    add(QStringLiteral("ddtl_no_waterfall"), noWaterfall);
    Deal closeIsCod = m_cases[2].deal; // C = 0 (COD at close) under a default waterfall, MACRS, NOL limit
    closeIsCod.debt.waterfall = Waterfall{};
    closeIsCod.debt.waterfall->cashSweep = 0.5;
    closeIsCod.taxDepreciation = TaxDepreciation::Macrs5;
    closeIsCod.taxBonus = 0.4;
    closeIsCod.nolLimit = 0.8;
    add(QStringLiteral("c19_waterfall_macrs"), closeIsCod);
    QVERIFY(m_cases.last().solved.metrics.debtPrepaid > 0.0);
}

void TestXlsx::definedNameForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::newRow("top level") << "construction_months"
                               << "construction_months";
    QTest::newRow("nested") << "market.spot_price_per_gpu_hour"
                            << "market_spot_price_per_gpu_hour";
    QTest::newRow("list item") << "offtake[0].price_per_gpu_hour"
                               << "offtake_0_price_per_gpu_hour";
    QTest::newRow("nested lists") << "capex[12].spend[3].share"
                                  << "capex_12_spend_3_share";
    QTest::newRow("list of numbers") << "debt.rate.base_rate_curve[2]"
                                     << "debt_rate_base_rate_curve_2";
}

void TestXlsx::definedNameForPath()
{
    QFETCH(QString, path);
    QFETCH(QString, name);
    QCOMPARE(QString::fromStdString(gds::definedNameForPath(path.toStdString())), name);
}

void TestXlsx::structure_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < 3; ++i)
        QTest::newRow(qPrintable(m_cases[i].name)) << i;
}

void TestXlsx::structure()
{
    QFETCH(int, index);
    const Case &c = m_cases[index];
    const QString path = m_dir.filePath(c.name + "-structure.xlsx");
    QCOMPARE(QString::fromStdString(writeXlsx(c.deal, c.solved, path.toStdString())), QString());
    const Workbook wb = gds::test::readWorkbook(path);
    QCOMPARE(wb.error, QString());
    QCOMPARE(wb.sheetNames, (QStringList{"Assumptions", "Periods", "Metrics"}));

    // Scalar inputs are defined names on the Assumptions sheet; so are the engine's solved values.
    QStringList names = {"market_spot_price_per_gpu_hour",
                         "capex_0_unit_cost",
                         "capex_0_spend_0_share",
                         "cluster_gpus",
                         "debt_tenor_months",
                         "tax_rate",
                         "equity_cost_of_equity",
                         "solved_debt",
                         "solved_kappa",
                         "solved_spot_headroom"};
    if (!c.deal.offtake.empty())
        names << "offtake_0_price_per_gpu_hour";
    if (!c.deal.hedges.empty())
        names << "hedges_0_strike_per_gpu_hour";
    for (const QString &n : names) {
        QVERIFY2(wb.definedNames.contains(n), qPrintable(n));
        QVERIFY2(wb.definedNames.value(n).startsWith("Assumptions!$C$"),
                 qPrintable(wb.definedNames.value(n)));
    }
    const QString debtRef = wb.definedNames.value("solved_debt").section(u'!', 1).remove(u'$');
    const QMap<QString, gds::test::Cell> assumptions = wb.sheets.value("Assumptions");
    QVERIFY2(assumptions.contains(debtRef), qPrintable(debtRef));
    const gds::test::Cell debtCell = assumptions.value(debtRef);
    QCOMPARE(debtCell.formula, QString()); // a value, not a formula
    QCOMPARE(debtCell.value.toDouble(), c.solved.metrics.debt);

    // Periods: the header row is the result document's period fields; every line but the period
    // number is a formula in every period.
    QStringList expectedHeader = {"period", "start", "end", "days", "phase"};
    for (const PeriodField &f : periodFields())
        expectedHeader << f.key;
    const int n = c.solved.periods.n;
    for (int col = 0; col < expectedHeader.size(); ++col) {
        const gds::test::Cell *h = wb.cell("Periods", 0, col);
        QVERIFY(h);
        QCOMPARE(h->value, expectedHeader[col]);
        for (int p = 0; p <= n; ++p) {
            const gds::test::Cell *cell = wb.cell("Periods", p + 1, col);
            QVERIFY2(cell, qPrintable(QStringLiteral("%1 p%2").arg(expectedHeader[col]).arg(p)));
            if (col == 0)
                QCOMPARE(cell->value.toInt(), p);
            else
                QVERIFY2(
                    !cell->formula.isEmpty(),
                    qPrintable(
                        QStringLiteral("%1 in period %2 is not a formula").arg(expectedHeader[col]).arg(p)));
        }
    }
    QVERIFY(!wb.cell("Periods", n + 2, 0)); // one row per period, nothing below

    // A period ends on the date shown, as on the term sheet: the last day of its month, which the next
    // period's start follows (engine-conventions.md, dates shown); the close is its own day.
    QCOMPARE(wb.cell("Periods", 1, 2)->value.toDouble(), wb.cell("Periods", 1, 1)->value.toDouble());
    for (int p = 1; p <= n; ++p) {
        const double start = wb.cell("Periods", p + 1, 1)->value.toDouble();
        const double end = wb.cell("Periods", p + 1, 2)->value.toDouble();
        QCOMPARE(end - start + 1.0, double(c.solved.periods.days[std::size_t(p)]));
        QCOMPARE(wb.cell("Periods", p + 1, 3)->value.toDouble(),
                 double(c.solved.periods.days[std::size_t(p)]));
        if (p < n)
            QCOMPARE(wb.cell("Periods", p + 2, 1)->value.toDouble(), end + 1.0);
    }

    // Sculpted debt service is solved: a labelled value column; other profiles compute it.
    int solvedCol = -1;
    for (int col = 0; wb.cell("Periods", 0, col); ++col)
        if (wb.cell("Periods", 0, col)->value == u"solved_debt_service")
            solvedCol = col;
    if (c.deal.debt.profile == Profile::Sculpted) {
        QVERIFY(solvedCol >= 0);
        QCOMPARE(wb.cell("Periods", 1 + n / 2, solvedCol)->formula, QString());
    } else {
        QCOMPARE(solvedCol, -1);
    }

    // (v2) The waterfall's steps and each tranche's interest are formulas in every period.
    QStringList v2Columns;
    if (c.deal.debt.waterfall)
        v2Columns << "sched_principal"
                  << "sched_balance"
                  << "wf_cash"
                  << "wf_cure"
                  << "wf_sweep"
                  << "wf_failing"
                  << "wf_passing"
                  << "wf_trapped_prepay"
                  << "wf_released"
                  << "wf_end";
    for (std::size_t t = 0; t < c.deal.debt.tranches.size(); ++t)
        v2Columns << QStringLiteral("tranche_%1_interest").arg(t);
    for (const QString &key : v2Columns) {
        int col = -1;
        for (int i = 0; wb.cell("Periods", 0, i); ++i)
            if (wb.cell("Periods", 0, i)->value == key)
                col = i;
        QVERIFY2(col >= 0, qPrintable(key));
        for (int p = 0; p <= n; ++p)
            QVERIFY2(!wb.cell("Periods", p + 1, col)->formula.isEmpty(),
                     qPrintable(QStringLiteral("%1 in period %2 is not a formula").arg(key).arg(p)));
    }

    // Metrics: one row per metric in the document's order; IRRs and NPV are spreadsheet formulas.
    const auto &metrics = metricFields();
    for (std::size_t i = 0; i < metrics.size(); ++i) {
        const gds::test::Cell *name = wb.cell("Metrics", int(i) + 1, 0);
        QVERIFY(name);
        QCOMPARE(name->value, QString::fromLatin1(metrics[i].key));
        const gds::test::Cell *value = wb.cell("Metrics", int(i) + 1, 1);
        QVERIFY(value);
        const QString key = metrics[i].key;
        if (key.endsWith("_irr") || key == u"lender_yield")
            QVERIFY2(value->formula.contains("IRR("), qPrintable(key + ": " + value->formula));
        if (key == u"npv")
            QVERIFY2(value->formula.contains("NPV("), qPrintable(value->formula));
        QVERIFY2(!value->formula.isEmpty(), qPrintable(key));
    }
}

void TestXlsx::notComputable()
{
    Result bad;
    bad.errors.push_back({"debt.sizing", gds::IssueCode::DebtAboveCapex, {1.5}, {}});
    const std::string error = writeXlsx(m_cases[0].deal, bad, m_dir.filePath("bad.xlsx").toStdString());
    QVERIFY2(QString::fromStdString(error).contains("debt.sizing"), error.c_str());
    QVERIFY(!QFile::exists(m_dir.filePath("bad.xlsx")));
    const std::string io = writeXlsx(m_cases[0].deal, m_cases[0].solved, "/nonexistent-dir/model.xlsx");
    QVERIFY(!io.empty());
}

// (v2) Every v2 feature has formulas: the DDTL sample (tranches, margin by rating, the waterfall,
// collateral, MACRS, the NOL limit) is written; so is a deal whose credit block only feeds the Monte Carlo.
void TestXlsx::writesVersion2Deals()
{
    const gds::Deal ddtl = gds::sampleDealDdtl();
    QCOMPARE(writeXlsx(ddtl, gds::compute(ddtl), m_dir.filePath("ddtl.xlsx").toStdString()), std::string());
    QVERIFY(QFile::exists(m_dir.filePath("ddtl.xlsx")));
    gds::Deal creditOnly = m_cases[0].deal;
    creditOnly.credit = gds::Credit{};
    QCOMPARE(writeXlsx(creditOnly, gds::compute(creditOnly), m_dir.filePath("credit.xlsx").toStdString()),
             std::string());
}

void TestXlsx::textAfterANulIsKept()
{
    Deal deal = m_cases[0].deal;
    deal.notes = std::string("before", 6) + '\0' + std::string("after the NUL");
    const QString path = m_dir.filePath("nul.xlsx");
    QCOMPARE(QString::fromStdString(writeXlsx(deal, m_cases[0].solved, path.toStdString())), QString());
    const gds::test::Workbook wb = gds::test::readWorkbook(path);
    QVERIFY2(wb.error.isEmpty(), qPrintable(wb.error));
    bool found = false;
    for (const gds::test::Cell &c : wb.sheets.value(QStringLiteral("Assumptions")))
        found = found || c.value == QStringLiteral("before\\u0000after the NUL");
    QVERIFY(found);
}

void TestXlsx::overTheCellLimitIsRefusedBeforeWriting()
{
    Deal deal = m_cases[0].deal;
    deal.notes = std::string(kXlsxMaxCellText + 1, 'n');
    QCOMPARE(xlsxLimitProblems(deal).size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(xlsxLimitProblems(deal).front().path), QStringLiteral("notes"));
    deal.notes.pop_back();
    QVERIFY(xlsxLimitProblems(deal).empty());
    deal.notes += "\xc3\xa9"; // one more character, two bytes
    const QString path = m_dir.filePath("limit.xlsx");
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("previous");
    old.close();
    const std::string error = writeXlsx(deal, m_cases[0].solved, path.toStdString());
    QVERIFY2(QString::fromStdString(error).contains("32767"), error.c_str());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("previous"));
}

// A write that fails (here: the folder is the target) leaves no temporary file behind.
void TestXlsx::aFailedWriteKeepsThePreviousFile()
{
    const QString dir = m_dir.filePath("folder.xlsx");
    QVERIFY(QDir().mkpath(dir));
    const std::string error = writeXlsx(m_cases[0].deal, m_cases[0].solved, dir.toStdString());
    QVERIFY2(QString::fromStdString(error).contains("Is a directory"), error.c_str());
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.tmp-*")}, QDir::Files | QDir::Hidden),
             QStringList());
}

// Writes every case's workbook WITHOUT cached results (so that only a recalculation can produce the
// numbers) and converts all of them with one LibreOffice run, recalculation forced on load.
void TestXlsx::convertAll()
{
    if (m_converted)
        return;
    m_converted = true;
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        m_convertError = QStringLiteral("skip");
        return;
    }
    QStringList files;
    for (const Case &c : m_cases) {
        const QString path = m_dir.filePath(c.name + ".xlsx");
        XlsxOptions options;
        options.cacheResults = false;
        const std::string error = writeXlsx(c.deal, c.solved, path.toStdString(), options);
        if (!error.empty()) {
            m_convertError = QString::fromStdString(error);
            return;
        }
        files << path;
    }
    // A private LibreOffice profile that recalculates OOXML files on load ("always").
    const QString profile = m_dir.filePath(QStringLiteral("lo-profile"));
    QDir().mkpath(profile + "/user");
    QFile xcu(profile + "/user/registrymodifications.xcu");
    if (!xcu.open(QIODevice::WriteOnly)) {
        m_convertError = QStringLiteral("cannot write the LibreOffice profile");
        return;
    }
    xcu.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
)");
    xcu.close();
    QProcess lo;
    lo.setProcessChannelMode(QProcess::MergedChannels);
    // 44,34,76,1: comma, quote, UTF-8, from line 1; "false" at token 9: values, not as shown;
    // -1 at token 12: every sheet to NAME-SHEET.csv.
    lo.start(soffice,
             QStringList{"-env:UserInstallation=" + QUrl::fromLocalFile(profile).toString(), "--headless",
                         "--convert-to",
                         "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                         "--outdir", m_dir.filePath("csv")} +
                 files);
    if (!lo.waitForFinished(180000) || lo.exitCode() != 0)
        m_convertError = QStringLiteral("LibreOffice failed: ") + QString::fromUtf8(lo.readAll());
}

void TestXlsx::recalculation_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_cases.size(); ++i)
        QTest::newRow(qPrintable(m_cases[i].name)) << i;
}

void TestXlsx::recalculation()
{
    QFETCH(int, index);
    convertAll();
    if (m_convertError == u"skip")
        GDS_SKIP_OR_FAIL("LibreOffice (soffice) is not installed: the recalculation check needs it "
                         "(apt-get install libreoffice-calc-nogui, or packaging/deps.sh --test)");
    QVERIFY2(m_convertError.isEmpty(), qPrintable(m_convertError));
    const Case &c = m_cases[index];
    const PeriodTable &t = c.expected.periods;

    const QList<QStringList> periods = readCsv(m_dir.filePath("csv/" + c.name + "-Periods.csv"));
    QCOMPARE(periods.size(), t.n + 2);
    const QStringList header = periods[0];
    struct Line {
        QString key;
        const std::vector<double> *series;
        bool money;
    };
    QList<Line> lines;
    for (const PeriodField &f : periodFields())
        lines << Line{f.key, &(t.*f.series), f.unit == Unit::Money};
    lines << Line{"contracted_gpus", &t.contractedGpus, false} << Line{"hedged_gpus", &t.hedgedGpus, false}
          << Line{"tested_debt_service", &t.testedDebtService, true}
          << Line{"interest_factor", &t.interestFactor, false}
          << Line{"discount_factor", &t.discountFactor, false} << Line{"tax_unlevered", &t.taxUnlevered, true}
          << Line{"project_flow", &t.projectFlow, true} << Line{"lender_flow", &t.lenderFlow, true};
    int compared = 0;
    for (const Line &line : lines) {
        const qsizetype col = header.indexOf(line.key);
        QVERIFY2(col >= 0, qPrintable(line.key));
        for (int p = 0; p <= t.n; ++p) {
            bool ok = false;
            const std::optional<double> got = csvNumber(periods[p + 1].value(col), &ok);
            QVERIFY2(ok,
                     qPrintable(
                         QStringLiteral("%1 p%2: '%3'").arg(line.key).arg(p).arg(periods[p + 1].value(col))));
            const double want = (*line.series)[std::size_t(p)];
            if (isNull(want)) {
                QVERIFY2(!got, qPrintable(QStringLiteral("%1 p%2 should be empty").arg(line.key).arg(p)));
                continue;
            }
            QVERIFY2(got, qPrintable(QStringLiteral("%1 p%2 is empty").arg(line.key).arg(p)));
            QVERIFY2(close(*got, want, line.money),
                     qPrintable(QStringLiteral("%1 period %2: sheet %3, engine %4, difference %5")
                                    .arg(line.key)
                                    .arg(p)
                                    .arg(*got, 0, 'g', 17)
                                    .arg(want, 0, 'g', 17)
                                    .arg(*got - want, 0, 'g', 3)));
            ++compared;
        }
    }
    const qsizetype days = header.indexOf("days"), start = header.indexOf("start");
    for (int p = 0; p <= t.n; ++p) {
        QCOMPARE(periods[p + 1].value(days).toInt(), t.days[std::size_t(p)]);
        QCOMPARE(periods[p + 1].value(start), QStringLiteral("%1-%2-01")
                                                  .arg(t.year[std::size_t(p)])
                                                  .arg(t.month[std::size_t(p)], 2, 10, QChar(u'0')));
    }

    const QList<QStringList> metrics = readCsv(m_dir.filePath("csv/" + c.name + "-Metrics.csv"));
    QCOMPARE(metrics.size(), qsizetype(metricFields().size()) + 1);
    for (std::size_t i = 0; i < metricFields().size(); ++i) {
        const MetricField &f = metricFields()[i];
        QCOMPARE(metrics[qsizetype(i) + 1].value(0), QString::fromLatin1(f.key));
        if (c.skip.contains(f.key))
            continue;
        bool ok = false;
        const std::optional<double> got = csvNumber(metrics[qsizetype(i) + 1].value(1), &ok);
        QVERIFY2(ok, qPrintable(QString::fromLatin1(f.key)));
        const std::optional<double> want = f.get(c.expected.metrics);
        QCOMPARE(bool(got), bool(want));
        if (want)
            QVERIFY2(close(*got, *want, f.unit == Unit::Money),
                     qPrintable(QStringLiteral("%1: sheet %2, engine %3")
                                    .arg(f.key)
                                    .arg(*got, 0, 'g', 17)
                                    .arg(*want, 0, 'g', 17)));
        ++compared;
    }
    QVERIFY(compared > 100);

    // (v2) Each tranche's amount and lender yield (on its own interest), on the Assumptions sheet.
    if (c.deal.debt.tranches.empty())
        return;
    QHash<QString, QString> derived;
    for (const QStringList &row : readCsv(m_dir.filePath("csv/" + c.name + "-Assumptions.csv")))
        if (row.size() > 2)
            derived.insert(row[1], row[2]);
    QCOMPARE(c.expected.tranches.size(), c.deal.debt.tranches.size());
    for (std::size_t i = 0; i < c.expected.tranches.size(); ++i) {
        const TrancheResult &tr = c.expected.tranches[i];
        const QString prefix = QStringLiteral("calc_tranche_%1_").arg(i);
        bool ok = false;
        const std::optional<double> amount = csvNumber(derived.value(prefix + "amount"), &ok);
        QVERIFY2(ok && amount && close(*amount, tr.amount, true), qPrintable(prefix + "amount"));
        const std::optional<double> yield = csvNumber(derived.value(prefix + "lender_yield"), &ok);
        QVERIFY2(ok, qPrintable(prefix + "lender_yield"));
        QCOMPARE(bool(yield), bool(tr.lenderYield));
        if (yield)
            QVERIFY2(close(*yield, *tr.lenderYield, false),
                     qPrintable(QStringLiteral("%1lender_yield: sheet %2, engine %3")
                                    .arg(prefix)
                                    .arg(*yield, 0, 'g', 17)
                                    .arg(*tr.lenderYield, 0, 'g', 17)));
    }
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
