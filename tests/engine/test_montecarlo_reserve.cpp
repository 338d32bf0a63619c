// engine.md section 8, the reserve rule of a path without a waterfall, on spot paths injected through
// the seam (evaluateInjectedPath): a draw from the DSRA and its refill, the releases as the target
// falls, a payment default, and the probability of default of a stressed deal against the same rule
// run by hand on every path. The expectations are worked out here, step by step from the spec's
// sentences ("the shortfall DS*_p - max(CFADS_p, 0) is drawn from the reserve; a surplus refills it
// up to the period's target; a balance above the target goes back to the equity; the path defaults in
// the first period whose shortfall is larger than the reserve's balance"), on the path's own CFADS.
#include "common/TestDeals.h"
#include "engine/Engine.h"
#include "engine/MonteCarlo.h"
#include "engine/MonteCarloPath.h"

#include <algorithm>
#include <cmath>
#include <QTest>
#include <vector>

using namespace gds;

namespace {

bool near(double a, double b, double rel = 1e-9)
{
    return std::abs(a - b) <= rel * std::max({1.0, std::abs(a), std::abs(b)});
}

// A merchant-only deal (plainDeal: no contracts, 48-month annuity, 3 months of reserve) whose index
// matters for every dollar of revenue.
Deal merchantDeal()
{
    Deal d = test::plainDeal();
    d.debt.dsraMonths = 6;
    return d;
}

// The rule of section 8 run by hand on a path's CFADS, with the base case's DS, DS* and targets.
struct HandPath {
    std::vector<double> reserve, equityChange; // equity: the path's flow minus the base case's
    int defaultPeriod = 0;
    double closestCall = 1e300; // |shortfall - reserve| at its smallest: a tie would make the test fragile
};

HandPath reserveByHand(const Result &base, const std::vector<double> &cfads, int constructionMonths = 0)
{
    const PeriodTable &pt = base.periods;
    const int c = constructionMonths;
    HandPath h;
    h.reserve.assign(std::size_t(pt.size()), 0.0);
    h.equityChange.assign(std::size_t(pt.size()), 0.0);
    for (int p = 0; p <= pt.n; ++p) {
        h.equityChange[p] = cfads[p] - pt.cfads[p]; // the CFADS is the equity's, whatever happens
        if (p < c)
            continue;
        if (p == c) {
            h.reserve[p] = pt.dsra[p]; // funded at COD as in the base case
            continue;
        }
        double r = h.reserve[p - 1];
        const double target = pt.dsra[p], previous = pt.dsra[p - 1];
        // The base case moved its reserve from target to target: undo that, then apply the path's rule.
        h.equityChange[p] += target - previous;
        if (target > previous) { // a rise of the target is funded by the equity
            r += target - previous;
            h.equityChange[p] -= target - previous;
        }
        const double tested = pt.testedDebtService[p];
        const double shortfall = tested > 0.0 ? tested - std::max(cfads[p], 0.0) : 0.0;
        if (shortfall > 0.0) {
            h.closestCall = std::min(h.closestCall, std::abs(shortfall - r));
            if (shortfall > r && h.defaultPeriod == 0)
                h.defaultPeriod = p;
            const double drawn = std::min(shortfall, r);
            r -= drawn;
            h.equityChange[p] += drawn;
        } else if (cfads[p] - tested > 0.0 && r < target) {
            const double refill = std::min(cfads[p] - tested, target - r);
            r += refill;
            h.equityChange[p] -= refill;
        }
        if (r > target) { // the target fell: the excess goes back to the equity
            h.equityChange[p] += r - target;
            r = target;
        }
        h.reserve[p] = r;
    }
    return h;
}

// The base case's index with a multiple of it in periods [from, to].
std::vector<double> indexWithDip(const Result &base, int from, int to, double factor)
{
    std::vector<double> spot = base.periods.spotPrice;
    for (int p = from; p <= to; ++p)
        spot[p] *= factor;
    return spot;
}

void compareEquity(const Result &base, const PathDetail &path, const HandPath &hand)
{
    for (int p = 0; p <= base.periods.n; ++p) {
        const double expected = base.periods.equityFlow[p] + hand.equityChange[p];
        QVERIFY2(near(path.equity[p], expected, 1e-9),
                 qPrintable(QStringLiteral("equity in %1: path %2, by hand %3")
                                .arg(p)
                                .arg(path.equity[p], 0, 'f', 4)
                                .arg(expected, 0, 'f', 4)));
    }
}

} // namespace

class TestMonteCarloReserve : public QObject
{
    Q_OBJECT

private slots:
    // The base case's own index: no draw, the reserve follows its target (including the releases as
    // the target falls over the last six months of the tenor) and the equity flows are the base case's.
    void baseIndexKeepsTheReserveAtItsTarget()
    {
        const Deal d = merchantDeal();
        const Result base = compute(d);
        QVERIFY(base.ok());
        const PeriodTable &pt = base.periods;
        const int lastTenor = d.constructionMonths + d.debt.tenorMonths;
        QVERIFY(pt.dsra[lastTenor - 1] < pt.dsra[lastTenor - 3]); // the target falls: releases happen
        const PathDetail path = evaluateInjectedPath(d, pt.spotPrice, {});
        QVERIFY(!path.outcome.defaulted);
        for (int p = 0; p <= pt.n; ++p)
            QVERIFY2(near(path.equity[p], pt.equityFlow[p]), qPrintable(QString::number(p)));
        QVERIFY(near(path.outcome.minDscr, *base.metrics.minDscr));
    }

    // One month with no merchant revenue: the month's debt service comes from the reserve (its CFADS
    // is below zero, so the whole DS* is the shortfall and the equity pays the operating loss), and
    // the following months' surplus refills the reserve before any cash goes to the equity.
    void oneBadMonthDrawsAndRefills()
    {
        const Deal d = merchantDeal();
        const Result base = compute(d);
        QVERIFY(base.ok());
        const PeriodTable &pt = base.periods;
        const int k = 12;
        const PathDetail path = evaluateInjectedPath(d, indexWithDip(base, k, k, 0.0), {});
        QVERIFY(path.cfads[k] < 0.0);
        const HandPath hand = reserveByHand(base, path.cfads);
        QCOMPARE(hand.defaultPeriod, 0);
        QVERIFY(!path.outcome.defaulted);
        // The draw: the whole DS* of month k, so the reserve stands that much below its target...
        QVERIFY(near(hand.reserve[k], pt.dsra[k] - pt.testedDebtService[k]));
        // ...and the equity receives the draw: its flow in k is the month's (negative) CFADS alone.
        QVERIFY(
            near(path.equity[k] - pt.equityFlow[k], path.cfads[k] - pt.cfads[k] + pt.testedDebtService[k]));
        // The next month's surplus over DS* goes to the reserve, up to its (unchanged) target, before any
        // cash goes to the equity.
        QVERIFY(near(pt.dsra[k + 1], pt.dsra[k]));
        const double surplus = path.cfads[k + 1] - pt.testedDebtService[k + 1];
        const double refill = std::min(surplus, pt.dsra[k + 1] - hand.reserve[k]);
        QVERIFY(surplus > 0.0 && refill > 0.0);
        QVERIFY(near(hand.reserve[k + 1], hand.reserve[k] + refill));
        QVERIFY(
            near(path.equity[k + 1] - pt.equityFlow[k + 1], path.cfads[k + 1] - pt.cfads[k + 1] - refill));
        compareEquity(base, path, hand);
        QVERIFY(near(path.outcome.minDscr, path.cfads[k] / pt.testedDebtService[k]));
    }

    // Months at a fraction of the index until the reserve cannot cover a shortfall: the path defaults in
    // the first such month, the reserve is used up, and the equity pays what is left. The fraction is the
    // mildest (in steps of 5 %) that defaults without a near tie between a shortfall and the reserve.
    void aLongSlumpDefaultsWhenTheReserveRunsOut()
    {
        const Deal d = merchantDeal();
        const Result base = compute(d);
        QVERIFY(base.ok());
        PathDetail path;
        HandPath hand;
        for (int percent = 95; percent >= 0; percent -= 5) {
            path = evaluateInjectedPath(d, indexWithDip(base, 10, 30, percent / 100.0), {});
            hand = reserveByHand(base, path.cfads);
            if (hand.defaultPeriod > 0 && hand.closestCall > 1.0)
                break;
        }
        QVERIFY(hand.defaultPeriod > 10 && hand.defaultPeriod <= 30);
        QVERIFY2(hand.closestCall > 1.0, qPrintable(QString::number(hand.closestCall))); // no near tie
        QVERIFY(path.outcome.defaulted);
        QCOMPARE(path.outcome.defaultPeriod, hand.defaultPeriod);
        QVERIFY(near(hand.reserve[hand.defaultPeriod], 0.0)); // used up
        compareEquity(base, path, hand);
    }

    // A stressed deal (a volatile index, thin cover): the Monte Carlo's probability of default is the
    // share of its paths on which the rule, run by hand on the path's CFADS, finds a default; and it is
    // neither 0 nor 1.
    void probabilityOfDefaultCountsTheHandRule()
    {
        Deal d = merchantDeal();
        d.market.volatility = 0.9;
        d.debt.sizing.targetDscr = 1.1;
        const Result base = compute(d);
        QVERIFY(base.ok());
        MonteCarloOptions o;
        o.paths = 400;
        o.seed = 7;
        o.threads = 1;
        const MonteCarloResult mc = runMonteCarlo(d, o);
        QVERIFY(mc.errors.empty());

        const MonteCarloBase mcBase = makeMonteCarloBase(d);
        PathEvaluator evaluator(mcBase);
        int defaults = 0;
        for (int i = 0; i < o.paths; ++i) {
            evaluator.draw(o.seed, std::uint64_t(i));
            PathDetail detail;
            const PathOutcome out = evaluator.evaluate(&detail);
            const HandPath hand = reserveByHand(base, detail.cfads);
            QCOMPARE(out.defaultPeriod, hand.defaultPeriod);
            defaults += hand.defaultPeriod > 0 ? 1 : 0;
        }
        QCOMPARE(mc.probDefault, double(defaults) / o.paths);
        QVERIFY2(mc.probDefault > 0.02 && mc.probDefault < 0.98, qPrintable(QString::number(mc.probDefault)));
    }
};

QTEST_APPLESS_MAIN(TestMonteCarloReserve)
#include "test_montecarlo_reserve.moc"
