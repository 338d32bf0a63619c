// The one path evaluator (BasePath.h, engine.md 6-8): on the base case's own spot line it gives
// compute()'s lines exactly, whether run directly, as an injected Monte Carlo path or as a Monte
// Carlo with sigma 0 (engine.md 8: "with sigma = 0 every path's index, CFADS and DSCRs are the base
// case's"); the spot headroom's stress at a zero fall is the base case's min DSCR. Rows: the spec's
// worked examples (v1 and v2) and the two built-in samples.
#include "engine/BasePath.h"
#include "engine/Engine.h"
#include "engine/MonteCarlo.h"
#include "engine/MonteCarloPath.h"
#include "io/DealJson.h"
#include "io/SampleDeal.h"

#include <QTest>
#include <vector>

using namespace gds;

Q_DECLARE_METATYPE(gds::Deal)

namespace {

// Bit for bit: NaN equals NaN (null DSCRs), everything else compares with ==.
bool same(double a, double b)
{
    return (isNull(a) && isNull(b)) || a == b;
}

QString firstDifference(const char *what, const std::vector<double> &got, const std::vector<double> &want)
{
    if (got.size() != want.size())
        return QStringLiteral("%1: %2 periods, expected %3").arg(what).arg(got.size()).arg(want.size());
    for (std::size_t p = 0; p < got.size(); ++p)
        if (!same(got[p], want[p]))
            return QStringLiteral("%1[%2]: %3, compute() has %4")
                .arg(what)
                .arg(p)
                .arg(got[p], 0, 'g', 17)
                .arg(want[p], 0, 'g', 17);
    return {};
}

#define COMPARE_LINE(what, got, want)                                                                        \
    do {                                                                                                     \
        const QString difference = firstDifference(what, got, want);                                         \
        QVERIFY2(difference.isEmpty(), qPrintable(difference));                                              \
    } while (false)

} // namespace

class TestBasePath : public QObject
{
    Q_OBJECT

private slots:
    void basePathIsCompute_data()
    {
        QTest::addColumn<Deal>("deal");
        for (const char *name : {"c00_sample", "c04_bullet_act365_leap", "c19_annuity_30360_c0",
                                 "v2_00_sample_ddtl", "v2_01_lockup_release", "v2_02_ltv_cure"}) {
            const std::string path = std::string(GDS_TEST_DATA "/examples/") + name + ".json";
            const DealFileResult r = readDealFile(path);
            if (!r.deal)
                qFatal("cannot read %s", path.c_str());
            QTest::newRow(name) << *r.deal;
        }
        QTest::newRow("sample h100") << sampleDeal();
        QTest::newRow("sample ddtl") << sampleDealDdtl();
    }

    // The evaluator run again on the base case compute() hands out reproduces the reported lines.
    void basePathIsCompute()
    {
        QFETCH(Deal, deal);
        BaseCase base;
        EngineOptions options;
        options.baseCase = &base;
        const Result r = compute(deal, options);
        QVERIFY(r.ok());
        const PeriodTable &pt = r.periods;
        PathLines lines(base);
        lines.spot = pt.spotPrice;
        evaluateBasePath(base, lines);
        COMPARE_LINE("merchant", lines.merchant, pt.merchantRevenue);
        COMPARE_LINE("ebitda", lines.ebitda, pt.ebitda);
        COMPARE_LINE("tax", lines.tax, pt.tax);
        COMPARE_LINE("cfads", lines.cfads, pt.cfads);
        COMPARE_LINE("interest", lines.loan.interest, pt.interest);
        COMPARE_LINE("principal", lines.loan.principal, pt.principal);
        COMPARE_LINE("prepay", lines.loan.prepay, pt.prepay);
        COMPARE_LINE("balance", lines.loan.balance, pt.balance);
        COMPARE_LINE("dsra", lines.loan.reserve, pt.dsra);
        COMPARE_LINE("distribution", lines.loan.distribution, pt.distribution);
        COMPARE_LINE("support", lines.loan.support, pt.support);
        COMPARE_LINE("equity_flow", lines.equity, pt.equityFlow);
        const double lowest = minDscr(lines.cfads, lines.loan.tested, base.first, base.last);
        QVERIFY(r.metrics.minDscr.has_value() != isNull(lowest));
        if (r.metrics.minDscr)
            QCOMPARE(lowest, *r.metrics.minDscr);
    }

    void monteCarloPathOnTheForwardCurveIsCompute_data() { basePathIsCompute_data(); }

    // A Monte Carlo path injected with the base spot line and no offtaker default: the same CFADS,
    // tax and min DSCR bit for bit, and (v2) the same loan and equity flows.
    void monteCarloPathOnTheForwardCurveIsCompute()
    {
        QFETCH(Deal, deal);
        const Result r = compute(deal);
        QVERIFY(r.ok());
        const PeriodTable &pt = r.periods;
        const PathDetail path = evaluateInjectedPath(deal, pt.spotPrice, {});
        COMPARE_LINE("ebitda", path.ebitda, pt.ebitda);
        COMPARE_LINE("tax", path.tax, pt.tax);
        COMPARE_LINE("cfads", path.cfads, pt.cfads);
        QVERIFY(!path.outcome.defaulted);
        QVERIFY(r.metrics.minDscr.has_value() != isNull(path.outcome.minDscr));
        if (r.metrics.minDscr)
            QVERIFY2(path.outcome.minDscr == *r.metrics.minDscr,
                     qPrintable(QString::number(path.outcome.minDscr - *r.metrics.minDscr, 'g', 3)));
        if (deal.debt.waterfall) {
            COMPARE_LINE("balance", path.loan.balance, pt.balance);
            COMPARE_LINE("distribution", path.loan.distribution, pt.distribution);
            COMPARE_LINE("support", path.loan.support, pt.support);
        }
        if (!(deal.collateral && deal.collateral->indexLinked)) // V S / F may differ from V in the last bit
            COMPARE_LINE("equity_flow", path.equity, pt.equityFlow);
    }

    void sigmaZeroIsTheBaseCase_data() { basePathIsCompute_data(); }

    // engine.md 8: with sigma = 0 every path is the base case, so every percentile of min DSCR is it.
    void sigmaZeroIsTheBaseCase()
    {
        QFETCH(Deal, deal);
        deal.market.volatility = 0.0;
        if (deal.credit)
            deal.credit->pdByRating.fill(0.0);
        const Result r = compute(deal);
        QVERIFY(r.ok());
        MonteCarloOptions o;
        o.paths = 16;
        o.threads = 1;
        const MonteCarloResult mc = runMonteCarlo(deal, o);
        QVERIFY(mc.errors.empty());
        QCOMPARE(mc.minDscrP50.has_value(), r.metrics.minDscr.has_value());
        if (r.metrics.minDscr) {
            QVERIFY(*mc.minDscrP50 == *r.metrics.minDscr);
            QVERIFY(*mc.minDscrP99 == *r.metrics.minDscr);
        }
        QCOMPARE(mc.probDefault, 0.0);
    }
};

QTEST_APPLESS_MAIN(TestBasePath)
#include "test_basepath.moc"
