// Monte Carlo version 2 (engine.md section 8, the v2 paragraphs): the waterfall on every path through
// the engine's loan path evaluator, the v2 default rule, offtaker defaults with a one-factor Gaussian
// copula, index-linked collateral; checked against the base case, hand computations, the
// deterministic waterfall on the same cash and independent references (within 5 standard errors).
#include "common/TestDeals.h"
#include "engine/CashflowModel.h"
#include "engine/Engine.h"
#include "engine/LoanPath.h"
#include "engine/MonteCarlo.h"
#include "engine/MonteCarloPath.h"
#include "io/DealJson.h"
#include "io/SampleDeal.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <QTest>
#include <vector>

using namespace gds;

namespace {

bool near(double a, double b, double rel = 1e-9)
{
    return std::abs(a - b) <= rel * std::max({1.0, std::abs(a), std::abs(b)});
}

// Every default probability 0 (the credit block kept).
Deal withoutDefaultRisk(Deal d)
{
    d.credit->pdByRating.fill(0.0);
    return d;
}

// The v2_01 example (a lock-up that traps and releases) with a sweep of trapped cash and a cash sweep.
Deal lockupDeal()
{
    const DealFileResult r = readDealFile(GDS_TEST_DATA "/examples/v2_01_lockup_release.json");
    Deal d = *r.deal;
    d.debt.waterfall->sweepTrappedAfter = 2;
    d.debt.waterfall->cashSweep = 0.0;
    return d;
}

// The forward curve of a deal, p = 0..N.
std::vector<double> forwardCurve(const Deal &d)
{
    return buildCashflowModel(d).forwardSpot;
}

// Many small contracts of one rating, wholly inside the model, for the copula's statistics.
Deal manyContracts(double pd, double rho, int contracts, int term)
{
    Deal d = test::plainDeal();
    d.market.volatility = 0.0;
    d.cluster.gpus = 10 * contracts;
    d.capex[0].quantity = d.cluster.gpus / 8.0;
    d.offtake.clear();
    for (int i = 0; i < contracts; ++i) {
        OfftakeContract k;
        k.counterparty = "Lab " + std::to_string(i);
        k.rating = Rating::B;
        k.startPeriod = 1;
        k.termMonths = term;
        k.gpus = 10;
        k.pricePerGpuHour = 2.5;
        d.offtake.push_back(k);
    }
    d.credit = Credit{};
    d.credit->pdByRating[std::size_t(Rating::B)] = pd;
    d.credit->correlation = rho;
    return d;
}

double mean(const std::vector<int> &v)
{
    double s = 0.0;
    for (int x : v)
        s += x;
    return s / double(v.size());
}
double sd(const std::vector<int> &v)
{
    const double m = mean(v);
    double s = 0.0;
    for (int x : v)
        s += (x - m) * (x - m);
    return std::sqrt(s / double(v.size() - 1));
}

} // namespace

class TestMonteCarloV2 : public QObject
{
    Q_OBJECT

private slots:
    // engine.md 8: with sigma = 0 (and no offtaker default) every path is the base case, the waterfall
    // included: its index, CFADS, DSCRs, accounts, prepayments and equity flows.
    void zeroVolatilityAndNoDefaultsReproduceTheBaseCase_data()
    {
        QTest::addColumn<bool>("indexLinked");
        QTest::newRow("DDTL sample") << false;
        QTest::newRow("DDTL sample, index-linked collateral") << true;
    }
    void zeroVolatilityAndNoDefaultsReproduceTheBaseCase()
    {
        QFETCH(bool, indexLinked);
        Deal d = withoutDefaultRisk(sampleDealDdtl());
        d.market.volatility = 0.0;
        d.collateral->indexLinked = indexLinked;
        QVERIFY(d.debt.waterfall);
        const Result base = compute(d);
        QVERIFY(base.ok());
        QVERIFY(base.metrics.debtPrepaid > 0.0); // the waterfall does something in the base case
        MonteCarloOptions o;
        o.paths = 300;
        const MonteCarloResult mc = runMonteCarlo(d, o);
        QVERIFY(mc.errors.empty());
        for (double v : mc.minDscrByPath)
            QVERIFY2(near(v, *base.metrics.minDscr), qPrintable(QString::number(v, 'g', 17)));
        for (const auto &v : {mc.equityIrrP10, mc.equityIrrP50, mc.equityIrrP90})
            QVERIFY2(near(*v, *base.metrics.equityIrr), qPrintable(QString::number(*v, 'g', 17)));
        QCOMPARE(mc.probDefault, 0.0);
        QCOMPARE(mc.probOfftakerDefault, 0.0);
        QCOMPARE(*mc.probLockup, base.metrics.lockupFailures > 0 ? 1.0 : 0.0);
        QCOMPARE(*mc.probLtvBreach, *base.metrics.ltvBreaches > 0 ? 1.0 : 0.0);
        QVERIFY(near(mc.meanDebtPrepaid, base.metrics.debtPrepaid));

        // One path line by line (the seam with the forward curve and no default).
        const PathDetail path = evaluateInjectedPath(d, forwardCurve(d), {});
        const PeriodTable &pt = base.periods;
        for (int p = 0; p <= pt.n; ++p) {
            const auto check = [&](const char *what, double a, double b) {
                QVERIFY2(near(a, b), qPrintable(QStringLiteral("%1 in %2: path %3, base %4")
                                                    .arg(what)
                                                    .arg(p)
                                                    .arg(a, 0, 'g', 17)
                                                    .arg(b, 0, 'g', 17)));
            };
            check("cfads", path.cfads[p], pt.cfads[p]);
            check("equity", path.equity[p], pt.equityFlow[p]);
            check("collateral", path.collateral[p], pt.collateralValue[p]);
            check("balance", path.loan.balance[p], pt.balance[p]);
            check("prepay", path.loan.prepay[p], pt.prepay[p]);
            check("cash", path.loan.cash[p], pt.cashAccount[p]);
            check("lockup", path.loan.lockup[p], pt.lockupAccount[p]);
            check("reserve", path.loan.reserve[p], pt.dsra[p]);
            check("distribution", path.loan.distribution[p], pt.distribution[p]);
        }
        if (indexLinked) // the fan: value = V_p at sigma 0, balance = the base case's
            for (const CollateralBand &b : mc.collateral) {
                QVERIFY(near(b.valueP10, pt.collateralValue[b.period]) &&
                        near(b.valueP90, pt.collateralValue[b.period]));
                QVERIFY(near(b.balanceP50, pt.balance[b.period]));
            }
        else
            QVERIFY(mc.collateral.empty());
    }

    // A contract with default probability 1 defaults in its first month on every path; from then it
    // pays nothing and releases no prepaid value, the recovery comes in that month as revenue, and its
    // GPUs idle for the remarketing months, then sell at the index until its original end.
    void certainDefaultMovesRevenueAsSection8Says()
    {
        Deal d = test::plainDeal();
        d.market.volatility = 0.0;
        d.cluster.variableOpexPctOfRevenue = 0.05;
        OfftakeContract k;
        k.counterparty = "Weak lab";
        k.rating = Rating::CCC;
        k.startPeriod = 7;
        k.termMonths = 24;
        k.gpus = 400;
        k.pricePerGpuHour = 2.5;
        k.prepaymentPct = 0.2;
        d.offtake = {k};
        d.credit = Credit{};
        d.credit->pdByRating[std::size_t(Rating::CCC)] = 1.0;
        d.credit->recovery = 0.4;
        d.credit->remarketingMonths = 3;

        MonteCarloOptions o;
        o.paths = 200;
        const MonteCarloResult mc = runMonteCarlo(d, o);
        QCOMPARE(mc.probOfftakerDefault, 1.0);
        QCOMPARE(mc.offtakerDefaultsByPeriod[7], 200);
        QCOMPARE(std::count(mc.offtakerDefaultsByPath.begin(), mc.offtakerDefaultsByPath.end(), 1), 200L);
        for (double u : {0.0, 0.3, 0.999999})
            QCOMPARE(defaultMonth({7, 30, 24, 400, 0.2, 1.0, 0.0, {}}, u), 1);

        // By hand: V(q) = 400 GPUs x hours x availability x 2.5 for q = 7..30; S = the forward curve.
        const Result base = compute(d);
        const PeriodTable &pt = base.periods;
        const PathDetail path = evaluateInjectedPath(d, pt.spotPrice, {1});
        QCOMPARE(path.defaultPeriod, std::vector<int>{7});
        const double availability = 0.95, utilization = 0.8;
        double remaining = 0.0;
        for (int q = 7; q <= 30; ++q)
            remaining += 400 * (pt.sellableHours[q] / (1000 * availability)) * availability * 2.5;
        const double recovery = 0.4 * (1 - 0.2) * remaining;
        for (int p = 1; p <= pt.n; ++p) {
            const double hours = pt.sellableHours[p] / (1000 * availability);
            const bool active = p >= 7 && p <= 30;
            const double contract = p == 7 ? recovery : 0.0;
            const double merchantGpus = 1000 - (active && p < 10 ? 400 : 0);
            const double merchant = merchantGpus * hours * availability * utilization * pt.spotPrice[p];
            const double revenue = contract + merchant;
            const double ebitda = revenue + pt.hedge[p] - pt.power[p] - pt.fixedOpex[p] - 0.05 * revenue;
            QVERIFY2(near(path.contractRevenue[p], contract, 1e-12),
                     qPrintable(QStringLiteral("contract revenue in %1: %2, by hand %3")
                                    .arg(p)
                                    .arg(path.contractRevenue[p])
                                    .arg(contract)));
            QVERIFY2(near(path.merchantRevenue[p], merchant, 1e-12),
                     qPrintable(QStringLiteral("merchant revenue in %1: %2, by hand %3")
                                    .arg(p)
                                    .arg(path.merchantRevenue[p])
                                    .arg(merchant)));
            QVERIFY2(near(path.ebitda[p], ebitda, 1e-12), qPrintable(QStringLiteral("EBITDA in %1").arg(p)));
            QVERIFY(path.prepaidRelease[p] == 0.0); // the contract's prepaid value is never released
        }
    }

    // Correlation moves the spread of the number of defaults, not its mean; the mean default rate is
    // 1 - (1 - PD)^(term/12).
    void correlationWidensTheSpreadNotTheMean()
    {
        const double pd = 0.05;
        const int contracts = 40, term = 36, paths = 4000;
        const double rate = 1.0 - std::pow(1.0 - pd, term / 12.0);
        MonteCarloOptions o;
        o.paths = paths;
        o.seed = 11;
        const MonteCarloResult low = runMonteCarlo(manyContracts(pd, 0.0, contracts, term), o);
        const MonteCarloResult high = runMonteCarlo(manyContracts(pd, 0.9, contracts, term), o);
        for (const MonteCarloResult *r : {&low, &high}) {
            const double m = mean(r->offtakerDefaultsByPath),
                         se = sd(r->offtakerDefaultsByPath) / std::sqrt(paths);
            QVERIFY2(std::abs(m / contracts - rate) < 5 * se / contracts,
                     qPrintable(QStringLiteral("mean default rate %1, law %2, se %3")
                                    .arg(m / contracts)
                                    .arg(rate)
                                    .arg(se / contracts)));
        }
        // Independent draws: a binomial spread; rho 0.9: far wider.
        const double binomialSd = std::sqrt(contracts * rate * (1 - rate));
        QVERIFY(std::abs(sd(low.offtakerDefaultsByPath) - binomialSd) < 0.1 * binomialSd);
        QVERIFY2(sd(high.offtakerDefaultsByPath) > 3 * sd(low.offtakerDefaultsByPath),
                 qPrintable(QStringLiteral("sd %1 vs %2")
                                .arg(sd(high.offtakerDefaultsByPath))
                                .arg(sd(low.offtakerDefaultsByPath))));
        // Default months follow the cumulative law 1 - (1 - PD)^(m/12): within the first year, PD.
        int firstYear = 0, all = 0;
        for (int p = 0; p < int(low.offtakerDefaultsByPeriod.size()); ++p) {
            all += low.offtakerDefaultsByPeriod[std::size_t(p)];
            firstYear += p <= 12 ? low.offtakerDefaultsByPeriod[std::size_t(p)] : 0;
        }
        const double share = double(firstYear) / (double(paths) * contracts);
        QVERIFY(std::abs(share - pd) < 5 * std::sqrt(pd * (1 - pd) / (double(paths) * contracts)));
        QVERIFY(all > 0);
    }

    // P(at least one offtaker defaults) on the DDTL sample against the copula integrated numerically.
    void offtakerDefaultProbabilityMatchesTheCopula()
    {
        const Deal d = sampleDealDdtl();
        MonteCarloOptions o;
        o.paths = 20000;
        o.seed = 3;
        const MonteCarloResult mc = runMonteCarlo(d, o);
        const double rho = d.credit->correlation;
        const boost::math::normal phi;
        std::vector<double> thresholds; // Phi^-1 of each contract's probability of defaulting within its term
        for (const OfftakeContract &k : d.offtake) {
            const double pd = d.credit->pdByRating[std::size_t(k.rating)];
            thresholds.push_back(boost::math::quantile(phi, 1.0 - std::pow(1.0 - pd, k.termMonths / 12.0)));
        }
        double none = 0.0;
        const int steps = 4000;
        for (int i = 0; i < steps; ++i) { // midpoint rule over M in [-8, 8]
            const double m = -8.0 + 16.0 * (i + 0.5) / steps;
            double survive = 1.0;
            for (double t : thresholds)
                survive *= 1.0 - boost::math::cdf(phi, (t - std::sqrt(rho) * m) / std::sqrt(1 - rho));
            none += boost::math::pdf(phi, m) * survive * 16.0 / steps;
        }
        const double expected = 1.0 - none, se = std::sqrt(expected * (1 - expected) / o.paths);
        QVERIFY2(std::abs(mc.probOfftakerDefault - expected) < 5 * se,
                 qPrintable(QStringLiteral("simulated %1, copula %2, se %3")
                                .arg(mc.probOfftakerDefault)
                                .arg(expected)
                                .arg(se)));
    }

    // The waterfall on a path: the lock-up example (with sweeps) on its own forward curve traps,
    // releases and sweeps exactly as the deterministic waterfall of the base case.
    void injectedPathRunsTheBaseCaseWaterfall()
    {
        const Deal d = lockupDeal();
        const Result base = compute(d);
        QVERIFY(base.ok());
        QVERIFY(base.metrics.lockupFailures > 0 && base.metrics.debtPrepaid > 0.0);
        const PathDetail path = evaluateInjectedPath(d, forwardCurve(d), {});
        const PeriodTable &pt = base.periods;
        bool released = false;
        for (int p = 1; p <= pt.n; ++p) {
            QVERIFY2(near(path.loan.lockup[p], pt.lockupAccount[p]) &&
                         near(path.loan.cash[p], pt.cashAccount[p]) &&
                         near(path.loan.prepay[p], pt.prepay[p]) &&
                         near(path.loan.distribution[p], pt.distribution[p]) &&
                         near(path.loan.balance[p], pt.balance[p]) && near(path.loan.reserve[p], pt.dsra[p]),
                     qPrintable(QStringLiteral("period %1").arg(p)));
            released = released || (pt.lockupAccount[p - 1] > 0.0 && pt.lockupAccount[p] == 0.0);
        }
        QVERIFY(released);
        QVERIFY(path.outcome.lockupFailed);
        QCOMPARE(path.outcome.firstFailedTest > 0, true);
    }

    // A spot path forced through a lock-up on the DDTL sample: the path's loan is the deterministic
    // loan path evaluator run on the path's cash against the base case's scheduled loan.
    void forcedLockupMatchesTheDeterministicWaterfallOnTheSameCash()
    {
        Deal d = withoutDefaultRisk(sampleDealDdtl());
        d.debt.waterfall->sweepTrappedAfter = 0; // trapped cash stays in K until released
        std::vector<double> spot = forwardCurve(d);
        for (int p = 14; p <= 30; ++p)
            spot[std::size_t(p)] *= 0.05; // the index collapses for a year and a half ...
        const PathDetail path = evaluateInjectedPath(d, spot, {1, 1}); // ... and both offtakers default
        QVERIFY(path.outcome.lockupFailed);
        QVERIFY(path.loan.maxTrapped > 0.0);
        QVERIFY(*std::max_element(path.loan.support.begin(), path.loan.support.end()) > 0.0);

        BaseLoan loan;
        EngineOptions eo;
        eo.baseLoan = &loan;
        const Result base = compute(d, eo);
        const CashflowModel model = buildCashflowModel(d);
        const LoanPath direct = evaluateLoan(loanSchedule(d, model, loan.rates, loan.debt), path.cfads);
        QCOMPARE(path.loan.prepay, direct.prepay);
        QCOMPARE(path.loan.lockup, direct.lockup);
        QCOMPARE(path.loan.cash, direct.cash);
        QCOMPARE(path.loan.distribution, direct.distribution);
        QCOMPARE(path.loan.support, direct.support);
        QCOMPARE(path.loan.lockupFailures, direct.lockupFailures);
        QVERIFY(direct.conservationError < 1e-6 * base.metrics.debt);
        // The default rule: DS* above max(CFADS, 0) + D + K + R of the period before.
        int expected = 0;
        for (int p = model.timeline.c + 1; p <= model.timeline.c + d.debt.tenorMonths && !expected; ++p)
            if (direct.tested[p] > std::max(path.cfads[p], 0.0) + direct.cash[p - 1] + direct.lockup[p - 1] +
                                       direct.reserve[p - 1])
                expected = p;
        QCOMPARE(path.outcome.defaultPeriod, expected);
        QCOMPARE(path.outcome.defaulted, expected > 0);
        // The equity: section 6 with the path's distributions and support.
        for (int p = model.timeline.c + 1; p < model.timeline.n; ++p)
            QVERIFY(near(path.equity[p], model.hedgeMargin[p] + model.prepayment[p] + direct.distribution[p] -
                                             direct.support[p]));
    }

    // Index-linked collateral follows the index: the value band is V_p S_p / F_p at the index's bands.
    void indexLinkedCollateralFollowsTheIndex()
    {
        Deal d = sampleDealDdtl();
        d.collateral->indexLinked = true;
        MonteCarloOptions o;
        o.paths = 2000;
        const MonteCarloResult mc = runMonteCarlo(d, o);
        const CashflowModel model = buildCashflowModel(d);
        QCOMPARE(int(mc.collateral.size()), model.timeline.n - model.timeline.c + 1);
        for (const CollateralBand &b : mc.collateral) {
            const auto p = std::size_t(b.period);
            const SpotBand &s = mc.spot[p - 1];
            QVERIFY(near(b.valueP50, model.collateralValue[p] * s.p50 / model.forwardSpot[p]));
            QVERIFY(b.valueP10 <= b.valueP50 && b.valueP50 <= b.valueP90);
            QVERIFY(b.balanceP10 <= b.balanceP50 && b.balanceP50 <= b.balanceP90);
        }
        // Wrong-way risk: with the collateral tied to the index, LTV cures fall short more often.
        Deal fixed = d;
        fixed.collateral->indexLinked = false;
        QVERIFY(*mc.probLtvBreach >= *runMonteCarlo(fixed, o).probLtvBreach);
    }

    // The first failing test date agrees with the evaluator's counts: a path has one exactly when a
    // lock-up test failed or an LTV cure fell short (index-linked collateral, the index crashing).
    void firstFailingTestAgreesWithTheCounts()
    {
        Deal d = withoutDefaultRisk(sampleDealDdtl());
        d.collateral->indexLinked = true;
        d.debt.covenants.maxLtv = 0.6;
        int shortCures = 0;
        for (double level : {1.0, 0.6, 0.3, 0.1, 0.02}) {
            std::vector<double> spot = forwardCurve(d);
            for (std::size_t p = 10; p < spot.size(); ++p)
                spot[p] *= level;
            const PathDetail path = evaluateInjectedPath(d, spot, {});
            const PathOutcome &o = path.outcome;
            QCOMPARE(o.firstFailedTest > 0, o.lockupFailed || o.ltvBreached);
            shortCures += o.ltvBreached ? 1 : 0;
        }
        QVERIFY(shortCures > 0);
    }

    void sameNumbersWhateverTheThreads()
    {
        Deal d = sampleDealDdtl();
        d.collateral->indexLinked = true;
        d.credit->pdByRating[std::size_t(Rating::BB)] = 0.05;
        MonteCarloOptions o;
        o.paths = 1500;
        o.seed = 9;
        o.threads = 1;
        const MonteCarloResult one = runMonteCarlo(d, o);
        for (int threads : {2, 5}) {
            o.threads = threads;
            const MonteCarloResult many = runMonteCarlo(d, o);
            QCOMPARE(many.minDscrByPath, one.minDscrByPath);
            QCOMPARE(many.offtakerDefaultsByPath, one.offtakerDefaultsByPath);
            QCOMPARE(many.offtakerDefaultsByPeriod, one.offtakerDefaultsByPeriod);
            QCOMPARE(many.firstFailedTestByPeriod, one.firstFailedTestByPeriod);
            QCOMPARE(many.defaultsByPeriod, one.defaultsByPeriod);
            QCOMPARE(many.probOfftakerDefault, one.probOfftakerDefault);
            QCOMPARE(*many.probLockup, *one.probLockup);
            QCOMPARE(*many.probLtvBreach, *one.probLtvBreach);
            QCOMPARE(many.meanDebtPrepaid, one.meanDebtPrepaid);
            QCOMPARE(*many.equityIrrP10, *one.equityIrrP10);
            QCOMPARE(*many.minDscrP90Se, *one.minDscrP90Se);
            for (std::size_t i = 0; i < one.collateral.size(); ++i) {
                QCOMPARE(many.collateral[i].balanceP10, one.collateral[i].balanceP10);
                QCOMPARE(many.collateral[i].valueP90, one.collateral[i].valueP90);
            }
        }
        QVERIFY(one.probOfftakerDefault > 0.0);
    }

    // --no-defaults and --no-waterfall: the deal without its credit block or its waterfall.
    void mechanismsCanBeSwitchedOff()
    {
        const Deal d = sampleDealDdtl();
        MonteCarloOptions o;
        o.paths = 1000;
        o.offtakerDefaults = false;
        const MonteCarloResult noDefaults = runMonteCarlo(d, o);
        QCOMPARE(noDefaults.probOfftakerDefault, 0.0);
        Deal stripped = d;
        stripped.credit.reset();
        o.offtakerDefaults = true;
        QCOMPARE(runMonteCarlo(stripped, o).minDscrByPath, noDefaults.minDscrByPath);
        o.waterfall = false;
        const MonteCarloResult noWaterfall = runMonteCarlo(d, o);
        QVERIFY(!noWaterfall.probLockup && !noWaterfall.probLtvBreach);
        QCOMPARE(noWaterfall.meanDebtPrepaid, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestMonteCarloV2)
#include "test_montecarlo_v2.moc"
