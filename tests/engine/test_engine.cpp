// The engine against engine.md: the published worked examples field by field, published loan
// references, the invariants every deal must keep, and the edge cases the spec names.
#include "common/TestDeals.h"
#include "engine/Analytics.h"
#include "engine/Engine.h"
#include "io/DealJson.h"
#include "io/MessageText.h"
#include "io/SampleDeal.h"

#include <cmath>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using gds::Deal;
using gds::Result;

namespace {

Deal loadDeal(const QString &path)
{
    const gds::DealFileResult r = gds::readDealFile(path.toStdString());
    if (!r.deal) {
        QString text;
        for (const auto &issue : r.issues)
            text += QString::fromStdString(gds::issueText(issue)) + QLatin1Char('\n');
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(text));
    }
    return *r.deal;
}

QJsonObject loadJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The examples' tolerance (spec/examples/README.md): 1e-6 relative or 1e-4 absolute, the looser.
bool close(double calculated, double expected)
{
    return std::abs(calculated - expected) <= std::max(1e-6 * std::abs(expected), 1e-4);
}

QString mismatch(const QString &what, double calculated, double expected)
{
    return QStringLiteral("%1: calculated %2, expected %3, error %4")
        .arg(what)
        .arg(calculated, 0, 'g', 17)
        .arg(expected, 0, 'g', 17)
        .arg(calculated - expected, 0, 'g', 3);
}

QString examplePath(const QString &name)
{
    return QStringLiteral(GDS_TEST_DATA "/examples/") + name;
}

// Tenor periods C+1 .. C+T.
int tenorEnd(const Deal &d)
{
    return d.constructionMonths + d.debt.tenorMonths;
}

double scale(const Result &r)
{
    return std::max(1.0, r.metrics.totalUses);
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    // The six worked examples of docs/spec/examples (README.md there): the result document of an
    // independent implementation of engine.md (version 2). Every metric, every tranche field and
    // every period field must match (sizing_iterations and warnings are informative, cli.md).
    void workedExamples_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("c00_sample: sculpted, LTV binds, margin grid, prepayment, futures + swap")
            << QStringLiteral("c00_sample");
        QTest::newRow("c04_bullet_act365_leap: bullet, fixed amount, ACT/365F over February 2028")
            << QStringLiteral("c04_bullet_act365_leap");
        QTest::newRow("c19_annuity_30360_c0: annuity, 30/360, no construction, DSCR binds")
            << QStringLiteral("c19_annuity_30360_c0");
        QTest::newRow(
            "v2_00_sample_ddtl: tranches, margin by rating, sweep repays early, LTV, MACRS, NOL limit")
            << QStringLiteral("v2_00_sample_ddtl");
        QTest::newRow("v2_01_lockup_release: lock-up traps cash, the second passing test releases it")
            << QStringLiteral("v2_01_lockup_release");
        QTest::newRow("v2_02_ltv_cure: maintenance LTV cured by prepayment, two breaches, terminal tax")
            << QStringLiteral("v2_02_ltv_cure");
    }
    void workedExamples()
    {
        QFETCH(QString, name);
        const Result r = gds::compute(loadDeal(examplePath(name + QStringLiteral(".json"))));
        QVERIFY(r.ok());
        const QJsonObject expected = loadJson(examplePath(name + QStringLiteral(".expected.json")));

        const QJsonObject metrics = expected[QStringLiteral("metrics")].toObject();
        for (const gds::MetricField &f : gds::metricFields()) {
            const QString key = QString::fromLatin1(f.key);
            if (key == QLatin1String("sizing_iterations"))
                continue; // informative (cli.md)
            QVERIFY2(metrics.contains(key), qPrintable(key));
            const std::optional<double> got = f.get(r.metrics);
            if (metrics[key].isNull()) {
                QVERIFY2(!got, qPrintable(key + QStringLiteral(" should be null")));
                continue;
            }
            QVERIFY2(got, qPrintable(key + QStringLiteral(" is null, expected a number")));
            QVERIFY2(close(*got, metrics[key].toDouble()),
                     qPrintable(mismatch(key, *got, metrics[key].toDouble())));
        }

        const QJsonArray tranches = expected[QStringLiteral("tranches")].toArray();
        QCOMPARE(qsizetype(r.tranches.size()), tranches.size());
        for (qsizetype t = 0; t < tranches.size(); ++t) {
            const QJsonObject row = tranches[t].toObject();
            const gds::TrancheResult &got = r.tranches[std::size_t(t)];
            QCOMPARE(QString::fromStdString(got.name), row[QStringLiteral("name")].toString());
            const std::pair<const char *, std::optional<double>> fields[] = {
                {"amount", got.amount}, {"margin", got.margin}, {"lender_yield", got.lenderYield}};
            for (const auto &[key, value] : fields) {
                const QString what = QStringLiteral("tranche %1 %2").arg(t).arg(QLatin1String(key));
                if (row[QLatin1String(key)].isNull()) {
                    QVERIFY2(!value, qPrintable(what + QStringLiteral(" should be null")));
                    continue;
                }
                QVERIFY2(value, qPrintable(what + QStringLiteral(" is null, expected a number")));
                QVERIFY2(close(*value, row[QLatin1String(key)].toDouble()),
                         qPrintable(mismatch(what, *value, row[QLatin1String(key)].toDouble())));
            }
        }

        const QJsonArray periods = expected[QStringLiteral("periods")].toArray();
        QCOMPARE(periods.size(), r.periods.size());
        for (int p = 0; p < r.periods.size(); ++p) {
            const QJsonObject row = periods[p].toObject();
            QCOMPARE(row[QStringLiteral("days")].toInt(), r.periods.days[p]);
            for (const gds::PeriodField &f : gds::periodFields()) {
                const QString key = QString::fromLatin1(f.key);
                const double got = (r.periods.*f.series)[p];
                const QString what = QStringLiteral("period %1 %2").arg(p).arg(key);
                if (row[key].isNull()) {
                    QVERIFY2(gds::isNull(got), qPrintable(what + QStringLiteral(" should be null")));
                    continue;
                }
                QVERIFY2(close(got, row[key].toDouble()),
                         qPrintable(mismatch(what, got, row[key].toDouble())));
            }
        }
    }

    // Invariants of engine.md sections 5-7 on every example and on structures built to stress them.
    void invariants_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("variant");
        for (const char *name : {"c00_sample", "c04_bullet_act365_leap", "c19_annuity_30360_c0",
                                 "v2_00_sample_ddtl", "v2_01_lockup_release", "v2_02_ltv_cure"})
            for (int variant = 0; variant < 5; ++variant)
                QTest::addRow("%s variant %d", name, variant) << QString::fromLatin1(name) << variant;
    }
    void invariants()
    {
        QFETCH(QString, file);
        QFETCH(int, variant);
        Deal d = loadDeal(examplePath(file + QStringLiteral(".json")));
        const gds::Profile profiles[] = {d.debt.profile, gds::Profile::Sculpted, gds::Profile::Annuity,
                                         gds::Profile::StraightLine, gds::Profile::Bullet};
        d.debt.profile = profiles[variant];
        const Result r = gds::compute(d);
        QVERIFY(r.ok());
        const gds::Metrics &m = r.metrics;
        const gds::PeriodTable &pt = r.periods;

        // Uses == sources.
        QVERIFY2(std::abs(m.totalUses - (m.debt + m.equity)) < 1e-6 * scale(r),
                 qPrintable(mismatch(QStringLiteral("uses - sources"), m.totalUses, m.debt + m.equity)));
        // The balance reaches 0 at maturity and stays there; the balance at COD is B.
        QVERIFY2(std::abs(pt.balance[tenorEnd(d)]) < 1e-6 * scale(r),
                 qPrintable(mismatch(QStringLiteral("balance at maturity"), pt.balance[tenorEnd(d)], 0)));
        QCOMPARE(pt.balance[d.constructionMonths], m.debt);
        // Principal repaid, instalments and (v2) prepayments, equals the debt.
        double principal = 0.0;
        for (int p = 0; p < pt.size(); ++p)
            principal += pt.principal[p] + pt.prepay[p];
        QVERIFY(std::abs(principal - m.debt) < 1e-6 * scale(r));
        // (v2) Conservation of the waterfall's accounts (engine.md 5.1): what comes in (the accounts at
        // the start, CFADS, support) is what goes out (debt service, prepayments, distributions) or
        // stays (the accounts at the end), in every operating period.
        for (int p = d.constructionMonths + 1; p < pt.size(); ++p) {
            const double in = pt.cashAccount[p - 1] + pt.lockupAccount[p - 1] + pt.dsra[p - 1] + pt.cfads[p] +
                              pt.support[p];
            const double out = pt.debtService[p] + pt.prepay[p] + pt.distribution[p] + pt.cashAccount[p] +
                               pt.lockupAccount[p] + pt.dsra[p];
            QVERIFY2(std::abs(in - out) < 1e-6 * scale(r),
                     qPrintable(mismatch(QStringLiteral("period %1 in - out").arg(p), in, out)));
        }
        // Each reported IRR zeroes its flows.
        const std::pair<std::optional<double>, const std::vector<double> *> irrs[] = {
            {m.lenderYield, &pt.lenderFlow}, {m.equityIrr, &pt.equityFlow}, {m.projectIrr, &pt.projectFlow}};
        for (const auto &[rate, flows] : irrs) {
            if (!rate)
                continue;
            const double monthly = std::pow(1.0 + *rate, 1.0 / 12.0) - 1.0;
            QVERIFY2(std::abs(gds::npvMonthly(*flows, monthly)) < 1e-6 * scale(r),
                     qPrintable(QString::number(gds::npvMonthly(*flows, monthly))));
        }
        // Debt service splits into interest and principal in every period.
        for (int p = 0; p < pt.size(); ++p)
            QVERIFY(std::abs(pt.debtService[p] - pt.interest[p] - pt.principal[p]) < 1e-6 * scale(r));
        // Cash draws plus capitalized interest make the debt.
        QVERIFY(std::abs(m.debtDrawn + m.idc - m.debt) < 1e-6 * scale(r));
    }

    // When DSCR sizing binds (no LTV cap), a sculpted loan's DSCR equals the target in every period.
    void sculptedDscrEqualsTargetWhenDscrBinds()
    {
        Deal d = gds::sampleDeal();
        d.debt.sizing.maxLtv = 1.0;
        const Result r = gds::compute(d);
        QVERIFY(r.ok());
        QVERIFY(r.metrics.debt < d.debt.sizing.maxLtv * r.metrics.totalCapex);
        for (int p = d.constructionMonths + 1; p <= tenorEnd(d); ++p)
            QVERIFY2(std::abs(r.periods.dscr[p] - 1.3) < 1e-9,
                     qPrintable(QString::number(r.periods.dscr[p], 'g', 17)));
    }

    // A level-payment loan: 300,000 at 5 % a year over 360 months pays 1,610.46 a month
    // (the annuity formula P = B i / (1 - (1+i)^-n); the reference KMyMoney tests its financial
    // calculator with, test-mymoneyfinancialcalculator.cpp). 30/360 makes every month i = 5 %/12.
    void levelPaymentReference()
    {
        const Result r = gds::compute(
            gds::test::loanOnly(300000, 360, 0.05, gds::Profile::Annuity, gds::DayCount::Thirty360));
        QVERIFY(r.ok());
        for (int p : {1, 180, 360})
            QVERIFY2(std::abs(r.periods.debtService[p] - 1610.46) < 0.005,
                     qPrintable(mismatch(QStringLiteral("payment"), r.periods.debtService[p], 1610.46)));
    }

    // A textbook amortization table (e.g. Brealey, Myers and Allen, "Principles of Corporate Finance",
    // ch. 2, amortizing loans): 100,000 at 6 % over 12 months, monthly payment 8,606.64; month 1 pays
    // 500.00 interest and 8,106.64 principal, leaving 91,893.36; month 12 interest 42.82.
    void textbookAmortizationTable_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<double>("interest");
        QTest::addColumn<double>("principal");
        QTest::addColumn<double>("balance");
        QTest::newRow("month 1") << 1 << 500.00 << 8106.64 << 91893.36;
        QTest::newRow("month 2") << 2 << 459.47 << 8147.18 << 83746.18;
        QTest::newRow("month 12") << 12 << 42.82 << 8563.82 << 0.00;
    }
    void textbookAmortizationTable()
    {
        QFETCH(int, period);
        QFETCH(double, interest);
        QFETCH(double, principal);
        QFETCH(double, balance);
        const Result r = gds::compute(
            gds::test::loanOnly(100000, 12, 0.06, gds::Profile::Annuity, gds::DayCount::Thirty360));
        QVERIFY(r.ok());
        QVERIFY(std::abs(r.periods.debtService[period] - 8606.64) < 0.005);
        QVERIFY2(std::abs(r.periods.interest[period] - interest) < 0.005,
                 qPrintable(QString::number(r.periods.interest[period])));
        QVERIFY2(std::abs(r.periods.principal[period] - principal) < 0.005,
                 qPrintable(QString::number(r.periods.principal[period])));
        QVERIFY2(std::abs(r.periods.balance[period] - balance) < 0.005,
                 qPrintable(QString::number(r.periods.balance[period])));
    }

    // Equal principal: 120,000 over 12 months at 12 % (30/360): principal 10,000 a month, interest on
    // the opening balance, 1,200 then 1,100 ... 100.
    void straightLineSchedule()
    {
        const Result r = gds::compute(
            gds::test::loanOnly(120000, 12, 0.12, gds::Profile::StraightLine, gds::DayCount::Thirty360));
        QVERIFY(r.ok());
        for (int p = 1; p <= 12; ++p) {
            QVERIFY(std::abs(r.periods.principal[p] - 10000.0) < 1e-6);
            QVERIFY(std::abs(r.periods.interest[p] - (1200.0 - 100.0 * (p - 1))) < 1e-6);
        }
    }

    // A bullet pays interest only and the balloon at maturity; the balloon is not tested debt service.
    void bulletLeavesTheBalloonOutOfTestedDebtService()
    {
        const Result r = gds::compute(
            gds::test::loanOnly(100000, 12, 0.06, gds::Profile::Bullet, gds::DayCount::Thirty360));
        QVERIFY(r.ok());
        QVERIFY(std::abs(r.periods.debtService[12] - 100500.0) < 1e-6);
        QVERIFY(std::abs(r.periods.testedDebtService[12] - 500.0) < 1e-6);
        QVERIFY(std::abs(r.periods.principal[5]) < 1e-9);
    }

    void noDebtGivesNullsNotNumbers()
    {
        Deal d = gds::test::plainDeal();
        d.debt.sizing = {gds::Sizing::Mode::Amount, 0, 0, 0};
        const Result r = gds::compute(d);
        QVERIFY(r.ok());
        QCOMPARE(r.metrics.debt, 0.0);
        QVERIFY(!r.metrics.minDscr);
        QVERIFY(!r.metrics.avgDscr);
        QVERIFY(!r.metrics.llcr);
        QVERIFY(!r.metrics.lenderYield);
        QVERIFY(!r.metrics.spotHeadroom);
        QCOMPARE(*r.metrics.wacc, d.costOfEquity);
        QCOMPARE(r.metrics.lockupBreaches, 0);
        QVERIFY(r.metrics.equityIrr.has_value());
        QCOMPARE(*r.metrics.equityIrr, *r.metrics.projectIrr); // unlevered: same flows
    }

    void debtAboveCapexIsRefusedAtDebtSizing()
    {
        Deal d = gds::test::plainDeal();
        d.debt.sizing = {gds::Sizing::Mode::Amount, 0, 0, 2 * d.capex[0].cost()};
        const Result r = gds::compute(d);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.front().path, std::string("debt.sizing"));
    }

    void sculptingWithoutPositiveCfadsIsRefused()
    {
        Deal d = gds::test::plainDeal();
        d.market.spotPricePerGpuHour = 0.0; // no revenue at all
        d.debt.profile = gds::Profile::Sculpted;
        d.debt.sizing = {gds::Sizing::Mode::Amount, 0, 0, 1e6};
        const Result r = gds::compute(d);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.front().path, std::string("debt.sizing"));
    }

    // The spot headroom is the fall of the whole index at which min DSCR reaches 1.00, debt service,
    // interest and financing costs held. A fixed-amount annuity makes debt service independent of
    // CFADS, so recomputing the deal with the index cut by the headroom must give min DSCR 1.00.
    void spotHeadroomIsWhereMinDscrReachesOne()
    {
        Deal d = gds::test::plainDeal();
        d.debt.sizing = {gds::Sizing::Mode::Amount, 0, 0, 15e6};
        d.taxRate = 0.0; // so that nothing but the index moves CFADS
        const Result base = gds::compute(d);
        QVERIFY(base.ok());
        const double headroom = *base.metrics.spotHeadroom;
        QVERIFY2(headroom > 0.0 && headroom < 1.0, qPrintable(QString::number(headroom)));
        Deal shocked = d;
        shocked.market.spotPricePerGpuHour *= 1.0 - headroom;
        const Result r = gds::compute(shocked);
        QVERIFY2(std::abs(*r.metrics.minDscr - 1.0) < 1e-9,
                 qPrintable(QString::number(*r.metrics.minDscr, 'g', 17)));
        // A slightly smaller fall keeps min DSCR above 1, a slightly larger one breaks it.
        shocked.market.spotPricePerGpuHour = d.market.spotPricePerGpuHour * (1.0 - (headroom - 1e-6));
        QVERIFY(*gds::compute(shocked).metrics.minDscr > 1.0);
        shocked.market.spotPricePerGpuHour = d.market.spotPricePerGpuHour * (1.0 - (headroom + 1e-6));
        QVERIFY(*gds::compute(shocked).metrics.minDscr < 1.0);
    }

    void coverageSelectsTheMarginGridStep()
    {
        Deal d = gds::sampleDeal();
        const Result full = gds::compute(d);
        QCOMPARE(full.metrics.marginStep, 3); // coverage 0.964 >= 0.9
        d.offtake.pop_back();
        d.hedges.clear();
        const Result less = gds::compute(d);
        QVERIFY(less.metrics.coverage < 0.75 && less.metrics.coverage >= 0.5);
        QCOMPARE(*less.metrics.margin, 0.065);
    }

    void baseRateCurveStepsByModelYear()
    {
        Deal d = gds::test::plainDeal();
        d.debt.rate = {};
        d.debt.rate.type = gds::RateType::Floating;
        d.debt.rate.useBaseCurve = true;
        d.debt.rate.baseRateCurve = {0.03, 0.04};
        d.debt.rate.margin = 0.02;
        d.debt.dayCount = gds::DayCount::Thirty360;
        const Result r = gds::compute(d);
        QVERIFY(r.ok());
        QVERIFY(std::abs(r.periods.interestFactor[12] - 0.05 / 12) < 1e-15);
        QVERIFY(std::abs(r.periods.interestFactor[13] - 0.06 / 12) < 1e-15);
        QVERIFY(std::abs(r.periods.interestFactor[60] - 0.06 / 12) < 1e-15); // the last rate holds
    }

    void contractsPastTheEndAreCutWithAWarning()
    {
        Deal d = gds::test::plainDeal();
        gds::OfftakeContract c;
        c.counterparty = "Long contract";
        c.startPeriod = 50;
        c.termMonths = 24;
        c.gpus = 500;
        c.pricePerGpuHour = 2.0;
        d.offtake = {c};
        const Result r = gds::compute(d);
        QVERIFY(r.ok());
        QCOMPARE(r.periods.contractedGpus[60], 500.0);
        QVERIFY(!r.warnings.empty());
        QCOMPARE(r.warnings.front().path, std::string("offtake[0]"));
        QCOMPARE(QString::fromStdString(warningText(r.warnings.front())),
                 QStringLiteral("offtake[0] runs to period 73, past the model's last period 60: the periods "
                                "after 60 are cut off"));
    }

    void futuresMarginIsPostedAndReturned()
    {
        const Deal d = gds::sampleDeal();
        const Result r = gds::compute(d);
        const gds::Hedge &h = d.hedges[0];
        QCOMPARE(h.type, gds::HedgeType::Futures);
        const double im = h.gpus * h.initialMarginPerGpu;
        QCOMPARE(r.periods.hedgeMargin[h.startPeriod - 1], -im);
        QCOMPARE(r.periods.hedgeMargin[h.startPeriod + h.termMonths - 1], im);
    }

    void computeIsDeterministic()
    {
        const Deal d = gds::sampleDeal();
        const Result a = gds::compute(d), b = gds::compute(d);
        for (const gds::PeriodField &f : gds::periodFields())
            for (int p = 0; p < a.periods.size(); ++p) {
                const double x = (a.periods.*f.series)[p], y = (b.periods.*f.series)[p];
                QVERIFY(x == y || (gds::isNull(x) && gds::isNull(y)));
            }
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "test_engine.moc"
