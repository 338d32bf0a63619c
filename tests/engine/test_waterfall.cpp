// engine.md version 2 by hand: each step of the cash waterfall (5.1) on hand-made accounts, the loan
// path evaluator on a hand-made schedule (phi scaling, the reserve following one period later,
// conservation), MACRS 5-year with bonus and the NOL limit (section 4), the margin by rating and the
// tranches (section 5), and the conventions of docs/engine-conventions.md (v2 items).
#include "common/TestDeals.h"
#include "engine/CashflowModel.h"
#include "engine/Debt.h"
#include "engine/Engine.h"
#include "engine/LoanPath.h"
#include "engine/MonteCarlo.h"
#include "io/SampleDeal.h"

#include <cmath>
#include <QTest>
#include <vector>

using namespace gds;

namespace {

bool near(double a, double b, double tol = 1e-9)
{
    return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}

// Evaluates each side once (the steps under test change the accounts).
#define QNEAR(a, b)                                                                                          \
    do {                                                                                                     \
        const double calculated_ = static_cast<double>(a), expected_ = static_cast<double>(b);               \
        QVERIFY2(near(calculated_, expected_), qPrintable(QStringLiteral("%1 = %2, expected %3")             \
                                                              .arg(QLatin1String(#a))                        \
                                                              .arg(calculated_, 0, 'g', 17)                  \
                                                              .arg(expected_, 0, 'g', 17)));                 \
    } while (false)

// A three-period loan of 300 at COD (C = 0), equal principal of 100, 1 % a period, reserve of one
// period of debt service.
struct HandLoan {
    std::vector<double> factor{0, 0.01, 0.01, 0.01};
    std::vector<double> interest{0, 3, 2, 1};
    std::vector<double> principal{0, 100, 100, 100};
    std::vector<double> balance{300, 200, 100, 0};
    std::vector<double> ds{0, 103, 102, 101};
    std::vector<double> reserve{103, 102, 101, 0};
    std::vector<double> value{400, 300, 150, 100};
    Waterfall waterfall;

    LoanSchedule schedule(bool withWaterfall)
    {
        LoanSchedule s;
        s.c = 0;
        s.last = 3;
        s.n = 3;
        s.debt = 300;
        s.dsraMonths = 1;
        s.initialReserve = 103;
        s.factor = factor;
        s.interest = interest;
        s.principal = principal;
        s.balance = balance;
        s.debtService = ds;
        s.tested = ds;
        s.reserveTarget = reserve;
        s.waterfall = withWaterfall ? &waterfall : nullptr;
        return s;
    }
};

} // namespace

class TestWaterfall : public QObject
{
    Q_OBJECT

private slots:
    // --- engine.md 5.1, each step on hand-made accounts ---

    void step1PaysDebtServiceAndMovesTheReserve()
    {
        Accounts a{0, 0, 100, 1000};
        QNEAR(payDebtService(a, 500, 200, 80), 500 - 200 - (80 - 100)); // a fall of the target is cash
        QNEAR(a.reserve, 80);
        QNEAR(payDebtService(a, 500, 200, 130), 500 - 200 - 50); // a rise is paid from the cash
        QNEAR(a.reserve, 130);
    }

    void step2CoversShortfallsFromDThenKThenTheReserve_data()
    {
        QTest::addColumn<double>("cash");
        QTest::addColumn<double>("d");
        QTest::addColumn<double>("k");
        QTest::addColumn<double>("r");
        QTest::addColumn<double>("support");
        QTest::newRow("surplus to D") << 70.0 << 120.0 << 30.0 << 100.0 << 0.0;
        QTest::newRow("covered by D") << -40.0 << 10.0 << 30.0 << 100.0 << 0.0;
        QTest::newRow("D then K") << -60.0 << 0.0 << 20.0 << 100.0 << 0.0;
        QTest::newRow("D, K, then the reserve") << -150.0 << 0.0 << 0.0 << 30.0 << 0.0;
        QTest::newRow("beyond all: the equity supports") << -200.0 << 0.0 << 0.0 << 0.0 << 20.0;
    }
    void step2CoversShortfallsFromDThenKThenTheReserve()
    {
        QFETCH(double, cash);
        QFETCH(double, d);
        QFETCH(double, k);
        QFETCH(double, r);
        QFETCH(double, support);
        Accounts a{50, 30, 100, 1000};
        QNEAR(placeCash(a, cash), support);
        QNEAR(a.cash, d);
        QNEAR(a.lockup, k);
        QNEAR(a.reserve, r);
        QNEAR(a.balance, 1000.0);
    }

    void step3aLtvCurePrepaysFromDThenK()
    {
        Accounts a{50, 30, 100, 1000};
        QNEAR(cureLtv(a, 60), 60.0);
        QNEAR(a.cash, 0.0);
        QNEAR(a.lockup, 20.0);
        QNEAR(a.balance, 940.0);
        QNEAR(cureLtv(a, 100), 20.0); // falls short: a breach (the evaluator counts it)
        QNEAR(a.lockup, 0.0);
        QNEAR(a.balance, 920.0);
        QNEAR(a.reserve, 100.0); // the reserve never cures
        QNEAR(cureLtv(a, -5), 0.0);
    }

    void step3bCashSweepPrepaysAShareOfD()
    {
        Accounts a{100, 30, 0, 1000};
        QNEAR(sweepCash(a, 0.25), 25.0);
        QNEAR(a.cash, 75.0);
        QNEAR(a.balance, 975.0);
        Accounts small{100, 0, 0, 10};
        QNEAR(sweepCash(small, 0.5), 10.0); // never more than the balance
        QNEAR(small.balance, 0.0);
        QNEAR(small.cash, 90.0);
    }

    void step3cLockupTrapsSweepsAndReleases()
    {
        Waterfall w;
        w.releaseAfter = 2;
        w.sweepTrappedAfter = 2;
        TestCounts counts;
        Accounts a{100, 0, 0, 1000};
        LockupOutcome o = lockupTest(a, true, counts, w); // first failure: trapped
        QNEAR(o.distributed, 0.0);
        QNEAR(o.prepaid, 0.0);
        QNEAR(a.lockup, 100.0);
        QNEAR(a.cash, 0.0);
        a.cash = 50;
        o = lockupTest(a, true, counts, w); // second consecutive failure: K swept
        QNEAR(o.prepaid, 150.0);
        QNEAR(a.lockup, 0.0);
        QNEAR(a.balance, 850.0);
        QCOMPARE(counts.failing, 2);
        a.cash = 40;
        a.lockup = 60;
        o = lockupTest(a, false, counts, w); // first pass: D paid, K kept
        QNEAR(o.distributed, 40.0);
        QNEAR(a.lockup, 60.0);
        QCOMPARE(counts.failing, 0);
        a.cash = 10;
        o = lockupTest(a, false, counts, w); // second pass: K released too
        QNEAR(o.distributed, 70.0);
        QNEAR(a.lockup, 0.0);
        QCOMPARE(counts.passing, 2);
    }

    void step3cTrappedCashIsNeverSweptWithZero()
    {
        Waterfall w; // sweep_trapped_after 0
        TestCounts counts;
        Accounts a{100, 0, 0, 1000};
        for (int i = 0; i < 5; ++i)
            QNEAR(lockupTest(a, true, counts, w).prepaid, 0.0);
        QNEAR(a.lockup, 100.0);
    }

    void step4ReleasesDAndK()
    {
        Accounts a{12, 30, 5, 0};
        QNEAR(releaseAccounts(a), 42.0);
        QNEAR(a.cash + a.lockup, 0.0);
        QNEAR(a.reserve, 5.0);
    }

    // --- The evaluator on a hand-made schedule ---

    void withoutWaterfallTheLoanIsTheSchedule()
    {
        HandLoan h;
        const std::vector<double> cfads{0, 150, 150, 150};
        const LoanPath path = evaluateLoan(h.schedule(false), cfads);
        for (int p = 1; p <= 3; ++p) {
            QCOMPARE(path.principal[p], h.principal[p]);
            QCOMPARE(path.balance[p], h.balance[p]);
            QNEAR(path.distribution[p], cfads[p] - h.ds[p] - (h.reserve[p] - h.reserve[p - 1]));
            QCOMPARE(path.prepay[p], 0.0);
        }
        QCOMPARE(path.repaidPeriod, 3);
    }

    void sweepScalesTheRestOfTheScheduleAndTheReserveFollowsAPeriodLater()
    {
        HandLoan h;
        h.waterfall.testMonths = 1;
        h.waterfall.lockup = false;
        h.waterfall.cashSweep = 0.5;
        const std::vector<double> cfads{0, 150, 150, 150};
        const LoanPath path = evaluateLoan(h.schedule(true), cfads);
        // Period 1: DS 103, reserve 103 -> 102: cash 150 - 103 + 1 = 48 to D; sweep 24, distribute 24.
        QNEAR(path.prepay[1], 24.0);
        QNEAR(path.distribution[1], 24.0);
        QNEAR(path.balance[1], 300 - 100 - 24.0);
        QNEAR(path.reserve[1], 102.0); // the target in 1 uses phi_0 = 1
        // Period 2: phi_1 = 176 / 200 scales the instalment and the reserve target.
        const double phi = 176.0 / 200.0;
        QNEAR(path.principal[2], 100 * phi);
        QNEAR(path.interest[2], 0.01 * 176.0);
        QNEAR(path.reserve[2], 101 * phi);
        QNEAR(path.histDscr[2], (150.0 + 150.0) / (103.0 + path.tested[2]));
        QVERIFY(path.conservationError < 1e-9);
        double repaid = 0;
        for (int p = 1; p <= 3; ++p)
            repaid += path.principal[p] + path.prepay[p];
        QNEAR(repaid, 300.0);
    }

    void ltvCureShortfallCountsABreach()
    {
        HandLoan h;
        h.waterfall.testMonths = 1;
        h.waterfall.lockup = false;
        LoanSchedule s = h.schedule(true);
        s.collateralValue = h.value;
        s.covenants.maxLtv = 0.5;
        const std::vector<double> cfads{0, 150, 150, 150};
        const LoanPath path = evaluateLoan(s, cfads);
        // Period 1: balance 200 after principal, V 300: need 200 - 150 = 50, D holds 48: short.
        QNEAR(path.ltv[1], 200.0 / 300.0);
        QNEAR(path.prepay[1], 48.0);
        QVERIFY(path.ltvBreaches.has_value());
        QVERIFY(*path.ltvBreaches >= 1);
        QVERIFY(path.conservationError < 1e-9);
    }

    void aPrepaymentOfTheWholeBalanceEndsTheLoan()
    {
        HandLoan h;
        h.waterfall.testMonths = 1;
        h.waterfall.lockup = false;
        h.waterfall.cashSweep = 1.0;
        const std::vector<double> cfads{0, 400, 150, 150};
        const LoanPath path = evaluateLoan(h.schedule(true), cfads);
        // Period 1: cash 400 - 103 + 1 = 298 >= balance 200: repaid in 1.
        QCOMPARE(path.repaidPeriod, 1);
        QNEAR(path.balance[1], 0.0);
        QNEAR(path.distribution[1], 98.0);
        QNEAR(path.reserve[1], 102.0); // still there at the end of 1 ...
        QNEAR(path.reserve[2], 0.0);   // ... released one period later
        QNEAR(path.distribution[2], 150 + 102.0);
        QNEAR(path.debtService[2], 0.0);
        QVERIFY(std::isnan(path.ltv[2]));
    }

    // --- Section 4: MACRS 5-year with bonus, the NOL limit ---

    void macrsFiveYearWithBonusByHand()
    {
        Deal d = test::plainDeal();
        d.operatingMonths = 84;
        d.debt.tenorMonths = 48;
        d.taxDepreciation = TaxDepreciation::Macrs5;
        d.taxBonus = 0.4;
        CapexItem cooling;
        cooling.category = CapexCategory::Cooling;
        cooling.quantity = 1;
        cooling.unitCost = 1'200'000;
        cooling.usefulLifeMonths = 60;
        d.capex.push_back(cooling);
        const CashflowModel m = buildCashflowModel(d);
        const double x = 125 * 250000.0, rest = 0.6 * x, sl = 1'200'000 / 60.0;
        QNEAR(m.taxDepreciation[1], 0.4 * x + rest * 0.20 / 12 + sl); // bonus + year 0 + cooling
        QNEAR(m.taxDepreciation[12], rest * 0.20 / 12 + sl);
        QNEAR(m.taxDepreciation[13], rest * 0.32 / 12 + sl);
        QNEAR(m.taxDepreciation[25], rest * 0.192 / 12 + sl);
        QNEAR(m.taxDepreciation[61], rest * 0.0576 / 12); // year 5; cooling's life is over
        QNEAR(m.taxDepreciation[73], 0.0);
        QNEAR(m.taxBasis, 0.0); // both items fully deducted within N
        // Book depreciation is unchanged (residual 10 %, 60 months).
        QNEAR(m.depreciation[1], x * 0.9 / 60 + sl);
    }

    void macrsAfterTheEndIsNeverDeducted()
    {
        Deal d = test::plainDeal();
        d.operatingMonths = 24;
        d.debt.tenorMonths = 24;
        d.taxDepreciation = TaxDepreciation::Macrs5;
        const CashflowModel m = buildCashflowModel(d);
        const double x = 125 * 250000.0;
        QNEAR(m.taxBasis, x * (1 - 0.20 - 0.32));
        // Terminal value (book value) against that basis is taxed at N (5.3).
        QNEAR(m.terminalTax, d.taxRate * (m.terminalValue - m.taxBasis));
    }

    void nolLimitByHand()
    {
        const std::vector<double> ebitda{0, -100, 100, 100}, deductions{0, 0, 0, 0}, release{0, 0, 0, 0};
        std::vector<double> tax(4), cfads(4);
        taxAndCfads(ebitda, deductions, release, 0.25, tax, cfads, 0.8);
        QNEAR(tax[1], 0.0);
        QNEAR(tax[2], 0.25 * (100 - 80)); // at most 80 % of the income is offset
        QNEAR(tax[3], 0.25 * (100 - 20)); // the last 20 of the loss
        taxAndCfads(ebitda, deductions, release, 0.25, tax, cfads, 1.0);
        QNEAR(tax[2], 0.0);
    }

    // --- Section 5: margin by rating, tranches ---

    void marginByRatingByHand_data()
    {
        QTest::addColumn<int>("hedged");
        QTest::addColumn<double>("margin");
        // 1,000 GPUs: 400 contracted (A, 2 %), the hedge beyond them (5 %), the rest merchant (10 %).
        QTest::newRow("300 hedged") << 300 << (400 * 0.02 + 300 * 0.05 + 300 * 0.10) / 1000;
        QTest::newRow("700 hedged: only the 600 beyond the contracts count")
            << 700 << (400 * 0.02 + 600 * 0.05) / 1000;
    }
    void marginByRatingByHand()
    {
        QFETCH(int, hedged);
        QFETCH(double, margin);
        Deal d = test::plainDeal();
        d.offtake = {OfftakeContract{"Lab", Rating::A, 1, 60, 400, 2.5, 0.0, 0.0}};
        Hedge h;
        h.type = HedgeType::Swap;
        h.startPeriod = 1;
        h.termMonths = 60;
        h.gpus = hedged;
        h.strikePerGpuHour = 1.8;
        d.hedges = {h};
        d.debt.rate.type = RateType::Floating;
        d.debt.rate.baseRate = 0.04;
        d.debt.rate.useMarginByRating = true;
        d.debt.rate.marginByRating.byRating.fill(0.07);
        d.debt.rate.marginByRating.byRating[std::size_t(Rating::A)] = 0.02;
        d.debt.rate.marginByRating.hedged = 0.05;
        d.debt.rate.marginByRating.merchant = 0.10;
        const CashflowModel m = buildCashflowModel(d);
        QNEAR(ratedMargin(d, m, d.debt.rate.marginByRating), margin);
        const Result r = compute(d);
        QVERIFY(r.ok());
        QNEAR(*r.metrics.margin, margin);
    }

    void tranchesShareTheFacilityAndTheirInterestAddsUp()
    {
        Deal d = test::plainDeal();
        Rate floating;
        floating.type = RateType::Floating;
        floating.baseRate = 0.04;
        floating.margin = 0.03;
        Rate fixed;
        fixed.type = RateType::Fixed;
        fixed.fixedRate = 0.06;
        d.debt.tranches = {Tranche{"Notes", 0.6, fixed}, Tranche{"Term loan", 0.4, floating}};
        const CashflowModel m = buildCashflowModel(d);
        const RateSchedule rates = rateSchedule(d, m);
        for (int p = 1; p <= m.timeline.n; ++p)
            QNEAR(rates.factor[p], 0.6 * rates.tranches[0].factor[p] + 0.4 * rates.tranches[1].factor[p]);
        QNEAR(*rates.margin, 0.03); // the floating tranches' share-weighted mean
        const Result r = compute(d);
        QVERIFY(r.ok());
        QCOMPARE(r.tranches.size(), std::size_t(2));
        QNEAR(r.tranches[0].amount + r.tranches[1].amount, r.metrics.debt);
        QVERIFY(!r.tranches[0].margin);
        QNEAR(*r.tranches[1].margin, 0.03);
        // Fixed 6 % notes yield less than the 7 % term loan; the facility sits between.
        QVERIFY(*r.tranches[0].lenderYield < *r.metrics.lenderYield);
        QVERIFY(*r.tranches[1].lenderYield > *r.metrics.lenderYield);
    }

    void aSingleRateIsOneTrancheNamedAfterTheDebt()
    {
        const Deal d = sampleDeal();
        const Result r = compute(d);
        QCOMPARE(r.tranches.size(), std::size_t(1));
        QCOMPARE(r.tranches[0].name, d.debt.name);
        QCOMPARE(r.tranches[0].amount, r.metrics.debt);
        QCOMPARE(r.tranches[0].lenderYield, r.metrics.lenderYield);
    }

    // --- docs/engine-conventions.md (v2 items) ---

    void lockupOffStillCountsBreachesButTrapsNothing()
    {
        Deal d = sampleDealDdtl();
        d.debt.waterfall->lockup = false;
        d.debt.covenants.lockupDscr = 100.0; // every test below the level
        const Result r = compute(d);
        QVERIFY(r.ok());
        QVERIFY(r.metrics.lockupBreaches > 0);
        QCOMPARE(r.metrics.lockupFailures, 0);
        QCOMPARE(r.metrics.maxTrapped, 0.0);
    }

    void collateralWithoutWaterfallReportsLtvOnTheScheduledLoan()
    {
        Deal d = sampleDealDdtl();
        d.debt.waterfall.reset();
        d.debt.covenants.maxLtv.reset();
        const Result r = compute(d);
        QVERIFY(r.ok());
        QVERIFY(r.metrics.peakLtv.has_value());
        QVERIFY(!r.metrics.ltvBreaches.has_value());
        QCOMPARE(r.metrics.debtPrepaid, 0.0);
        const int c = d.constructionMonths, last = c + d.debt.tenorMonths;
        QVERIFY(std::isnan(r.periods.ltv[c]));
        QNEAR(r.periods.ltv[c + 1], r.periods.balance[c + 1] / r.periods.collateralValue[c + 1]);
        QVERIFY(std::isnan(r.periods.ltv[last + 1]));
    }

    // A v2 deal runs the Monte Carlo, and with sigma = 0 every path's min DSCR is the base case's
    // (engine.md 8).
    void aV2DealRunsTheMonteCarlo()
    {
        Deal d = sampleDealDdtl();
        d.market.volatility = 0.0;
        MonteCarloOptions o;
        o.paths = 50;
        o.threads = 1;
        const MonteCarloResult mc = runMonteCarlo(d, o);
        const Result r = compute(d);
        QCOMPARE(mc.paths, 50);
        QVERIFY(mc.minDscrP50.has_value());
        QNEAR(*mc.minDscrP50, *r.metrics.minDscr);
        d.market.volatility = 0.5;
        const MonteCarloResult noisy = runMonteCarlo(d, o);
        QVERIFY(noisy.minDscrP90.has_value());
    }
};

QTEST_GUILESS_MAIN(TestWaterfall)
#include "test_waterfall.moc"
