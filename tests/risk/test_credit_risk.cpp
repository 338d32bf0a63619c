// Sensitivities and goal seek with the credit inputs of engine.md 8 (v2): the tornado's default
// probability and correlation bars with the Monte Carlo metrics at every end, and goal seek on the
// Monte Carlo's probability of default (a step function under common random numbers).
#include "common/TestDeals.h"
#include "engine/GoalSeek.h"
#include "engine/MonteCarlo.h"
#include "engine/Sensitivity.h"
#include "io/MessageText.h"
#include "io/SampleDeal.h"

#include <algorithm>
#include <cmath>
#include <QTest>

namespace {

// A merchant deal with one large contract from a weak offtaker: offtaker defaults matter.
gds::Deal creditDeal()
{
    gds::Deal d = gds::test::plainDeal();
    gds::OfftakeContract k;
    k.counterparty = "Weak lab";
    k.rating = gds::Rating::B;
    k.startPeriod = 1;
    k.termMonths = 48;
    k.gpus = 700;
    k.pricePerGpuHour = 2.6;
    d.offtake = {k};
    d.credit = gds::Credit{};
    d.credit->pdByRating[std::size_t(gds::Rating::B)] = 0.15;
    d.credit->correlation = 0.3;
    return d;
}

const gds::TornadoBar &bar(const std::vector<gds::TornadoBar> &bars, const std::string &key)
{
    return *std::find_if(bars.begin(), bars.end(),
                         [&](const gds::TornadoBar &b) { return b.shock.key == key; });
}

} // namespace

class TestCreditRisk : public QObject
{
    Q_OBJECT

private slots:
    void creditShocksOnlyForDealsWithCredit()
    {
        QCOMPARE(gds::defaultShocks(gds::sampleDeal()).size(), gds::defaultShocks().size());
        const std::vector<gds::Shock> shocks = gds::defaultShocks(creditDeal());
        QCOMPARE(shocks.size(), gds::defaultShocks().size() + 2);
        const gds::Shock &pd = shocks[shocks.size() - 2], &rho = shocks.back();
        QCOMPARE(pd.key, std::string("default_probability"));
        QCOMPARE(pd.low, -0.5); // x0.5
        QCOMPARE(pd.high, 1.0); // x2
        QVERIFY(gds::isRelative(pd));
        QCOMPARE(rho.key, std::string("correlation"));
        QCOMPARE(rho.low, -0.2);
        QCOMPARE(rho.high, 0.2);
        QVERIFY(!gds::isRelative(rho));
        const gds::Deal d = creditDeal();
        QCOMPARE(gds::applyShock(d, pd, 1.0).credit->pdByRating[std::size_t(gds::Rating::B)], 0.3);
        QCOMPARE(gds::applyShock(d, pd, -0.5).credit->pdByRating[std::size_t(gds::Rating::AAA)],
                 0.5 * gds::Credit::kDefaultPd[0]);
        QCOMPARE(gds::applyShock(d, rho, 0.2).credit->correlation, 0.5);
        QVERIFY(gds::applyShock(gds::sampleDeal(), pd, 1.0) == gds::sampleDeal());
    }

    // Doubling every default probability raises P(default) and lowers P90 min DSCR; halving does the
    // opposite; the deterministic metrics do not move. Each end equals its own Monte Carlo run.
    void tornadoShowsTheMonteCarloMetrics()
    {
        const gds::Deal d = creditDeal();
        const gds::TornadoMonteCarlo mc{1500, 4, 0};
        const auto bars = gds::tornado(d, gds::defaultShocks(d), gds::TornadoMetric::ProbDefault, mc);
        const gds::TornadoBar &pd = bar(bars, "default_probability");
        QVERIFY(pd.low.computable && pd.high.computable);
        QCOMPARE(pd.low.minDscr, pd.base.minDscr);
        QCOMPARE(pd.high.equityIrr, pd.base.equityIrr);
        QVERIFY2(*pd.high.probDefault > *pd.base.probDefault && *pd.base.probDefault > *pd.low.probDefault,
                 qPrintable(QStringLiteral("%1 %2 %3")
                                .arg(*pd.low.probDefault)
                                .arg(*pd.base.probDefault)
                                .arg(*pd.high.probDefault)));
        QVERIFY(*pd.high.p90MinDscr < *pd.low.p90MinDscr);
        gds::MonteCarloOptions o;
        o.paths = 1500;
        o.seed = 4;
        const gds::MonteCarloResult high = gds::runMonteCarlo(gds::applyShock(d, pd.shock, 1.0), o);
        QCOMPARE(*pd.high.probDefault, high.probDefault);
        QCOMPARE(*pd.high.p90MinDscr, *high.minDscrP90);
        const gds::TornadoBar &rho = bar(bars, "correlation");
        QVERIFY(rho.low.computable && rho.high.computable);
        QVERIFY(rho.swing(gds::TornadoMetric::ProbDefault) >= 0.0);
        // Without the Monte Carlo the credit bars show no swing of the deterministic metrics.
        const auto plain = gds::tornado(d, gds::defaultShocks(d));
        QCOMPARE(bar(plain, "default_probability").swing(gds::TornadoMetric::MinDscr), 0.0);
        QVERIFY(bar(plain, "default_probability").note == gds::TornadoNote::MonteCarloOnly);
    }

    // Goal seek on P(default): the contract price at which P(default) first falls to the target. With
    // common random numbers P(default) is a step function of the price; the answer is on the step's
    // feasible side and a hair below it P(default) is above the target.
    void solvesContractPriceForProbabilityOfDefault()
    {
        const gds::Deal d = creditDeal();
        gds::SeekRequest r;
        r.target = gds::SeekTarget::ProbDefault;
        r.variable = gds::SeekVariable::ContractPrice;
        r.holdDebt = true;
        r.mcPaths = 1000;
        r.mcSeed = 2;
        r.lower = 0.5;
        r.upper = 3.0;
        gds::MonteCarloOptions o;
        o.paths = 1000;
        o.seed = 2;
        const double atLow = gds::runMonteCarlo(gds::applySeekValue(d, r, 0.5), o).probDefault;
        const double atHigh = gds::runMonteCarlo(gds::applySeekValue(d, r, 3.0), o).probDefault;
        QVERIFY2(atLow > atHigh, qPrintable(QStringLiteral("%1 %2").arg(atLow).arg(atHigh)));
        r.targetValue = 0.5 * (atLow + atHigh);
        const gds::SeekResult s = gds::goalSeek(d, r);
        QVERIFY2(s.solved, gds::seekMessage(s, d, r).c_str());
        QVERIFY(*s.achieved <= r.targetValue);
        QCOMPARE(gds::runMonteCarlo(gds::applySeekValue(d, r, s.value), o).probDefault, *s.achieved);
        const double below = s.value * (1.0 - 1e-6);
        QVERIFY(gds::runMonteCarlo(gds::applySeekValue(d, r, below), o).probDefault > r.targetValue);
        QVERIFY(s.evaluations < 150);
    }

    // P90 min DSCR as a target learns the offtaker defaults: a riskier offtaker needs a higher price.
    void p90TargetIncludesOfftakerDefaults()
    {
        gds::Deal safe = creditDeal();
        safe.credit->pdByRating.fill(0.0);
        gds::Deal risky = creditDeal();
        risky.credit->pdByRating[std::size_t(gds::Rating::B)] = 0.02; // 8 % default within the term
        gds::SeekRequest r;
        r.target = gds::SeekTarget::P90MinDscr;
        r.variable = gds::SeekVariable::ContractPrice;
        r.holdDebt = true;
        r.mcPaths = 800;
        r.targetValue = 1.1;
        const gds::SeekResult a = gds::goalSeek(safe, r), b = gds::goalSeek(risky, r);
        QVERIFY2(a.solved && b.solved,
                 (gds::seekMessage(a, safe, r) + " / " + gds::seekMessage(b, risky, r)).c_str());
        QVERIFY2(b.value > a.value, qPrintable(QStringLiteral("%1 %2").arg(a.value).arg(b.value)));
    }
};

QTEST_GUILESS_MAIN(TestCreditRisk)
#include "test_credit_risk.moc"
