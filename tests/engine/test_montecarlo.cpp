// Monte Carlo on the spot index (engine.md section 8).
#include "common/TestDeals.h"
#include "engine/Engine.h"
#include "engine/MonteCarlo.h"
#include "io/SampleDeal.h"

#include <cmath>
#include <QTest>

class TestMonteCarlo : public QObject
{
    Q_OBJECT

private slots:
    // With sigma = 0 every path is the base case: its min DSCR and equity IRR, no default.
    void zeroVolatilityReproducesTheBaseCase()
    {
        gds::Deal d = gds::sampleDeal();
        d.market.volatility = 0.0;
        const gds::Result base = gds::compute(d);
        gds::MonteCarloOptions o;
        o.paths = 500;
        const gds::MonteCarloResult mc = gds::runMonteCarlo(d, o);
        QVERIFY(mc.errors.empty());
        for (const auto &v : {mc.minDscrP50, mc.minDscrP90, mc.minDscrP99})
            QVERIFY2(std::abs(*v - *base.metrics.minDscr) < 1e-12, qPrintable(QString::number(*v, 'g', 17)));
        for (const auto &v : {mc.equityIrrP10, mc.equityIrrP50, mc.equityIrrP90})
            QVERIFY2(std::abs(*v - *base.metrics.equityIrr) < 1e-9, qPrintable(QString::number(*v, 'g', 17)));
        QCOMPARE(mc.probDefault, 0.0);
        QCOMPARE(mc.probMinDscrBelow1, 0.0);
        for (const gds::SpotBand &b : mc.spot)
            QVERIFY(std::abs(b.p50 - base.periods.spotPrice[b.period]) < 1e-12);
    }

    void sameSeedSameNumbersWhateverTheThreads_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("2 threads") << 2;
        QTest::newRow("3 threads") << 3;
        QTest::newRow("7 threads") << 7;
    }
    void sameSeedSameNumbersWhateverTheThreads()
    {
        QFETCH(int, threads);
        const gds::Deal d = gds::sampleDeal();
        gds::MonteCarloOptions o;
        o.paths = 1000;
        o.seed = 42;
        o.threads = 1;
        const gds::MonteCarloResult one = gds::runMonteCarlo(d, o);
        o.threads = threads;
        const gds::MonteCarloResult many = gds::runMonteCarlo(d, o);
        QCOMPARE(many.threads, threads);
        QCOMPARE(*many.minDscrP50, *one.minDscrP50);
        QCOMPARE(*many.minDscrP90, *one.minDscrP90);
        QCOMPARE(*many.minDscrP99, *one.minDscrP99);
        QCOMPARE(many.probDefault, one.probDefault);
        QCOMPARE(*many.equityIrrP10, *one.equityIrrP10);
        QCOMPARE(many.minDscrByPath, one.minDscrByPath);
        for (std::size_t i = 0; i < one.spot.size(); ++i) {
            QCOMPARE(many.spot[i].mean, one.spot[i].mean);
            QCOMPARE(many.spot[i].p90, one.spot[i].p90);
        }
        o.seed = 43;
        QVERIFY(*gds::runMonteCarlo(d, o).minDscrP50 != *one.minDscrP50);
    }

    // E[S_p] = F_p: the simulated mean stays within 4 standard errors of the forward curve, and the
    // median follows the log-OU law, F_p exp(-Var(X_p)/2).
    void indexFollowsTheForwardCurveAndTheLogOuLaw()
    {
        const gds::Deal d = gds::sampleDeal();
        const gds::Result base = gds::compute(d);
        gds::MonteCarloOptions o;
        o.paths = 20000;
        const gds::MonteCarloResult mc = gds::runMonteCarlo(d, o);
        const double kappa = d.market.meanReversion, sigma = d.market.volatility;
        for (const gds::SpotBand &b : mc.spot) {
            const double f = base.periods.spotPrice[b.period];
            const double var = sigma * sigma * (1 - std::exp(-2 * kappa * b.period / 12.0)) / (2 * kappa);
            const double sd = f * std::sqrt(std::exp(var) - 1.0); // of the lognormal S_p
            QVERIFY2(
                std::abs(b.mean - f) < 4 * sd / std::sqrt(o.paths),
                qPrintable(QStringLiteral("period %1 mean %2 forward %3").arg(b.period).arg(b.mean).arg(f)));
            const double median = f * std::exp(-var / 2);
            // The sample median's standard error: 1/(2 f(m) sqrt(n)) for the lognormal density at m.
            const double density = 1.0 / (median * std::sqrt(var) * std::sqrt(2 * M_PI));
            QVERIFY2(std::abs(b.p50 - median) < 4 / (2 * density * std::sqrt(o.paths)),
                     qPrintable(
                         QStringLiteral("period %1 median %2 law %3").arg(b.period).arg(b.p50).arg(median)));
            QVERIFY(b.p10 < b.p50 && b.p50 < b.p90);
        }
    }

    // A fully hedged merchant book is safer for the lender: its P90 min DSCR is at least the unhedged one's.
    void hedgingTheMerchantBookRaisesP90MinDscr()
    {
        gds::Deal unhedged = gds::test::plainDeal();
        unhedged.debt.sizing = {gds::Sizing::Mode::Amount, 0, 0, 12e6};
        gds::Deal hedged = unhedged;
        gds::Hedge swap;
        swap.type = gds::HedgeType::Swap;
        swap.startPeriod = 1;
        swap.termMonths = hedged.operatingMonths;
        // Hedge the expected merchant volume: utilization x availability x GPUs.
        swap.gpus = int(std::lround(hedged.cluster.gpus * hedged.cluster.availability *
                                    hedged.market.merchantUtilization));
        swap.strikePerGpuHour = 1.8;
        hedged.hedges = {swap};
        gds::MonteCarloOptions o;
        o.paths = 2000;
        const auto a = gds::runMonteCarlo(unhedged, o), b = gds::runMonteCarlo(hedged, o);
        QVERIFY2(*b.minDscrP90 >= *a.minDscrP90,
                 qPrintable(QStringLiteral("hedged %1 unhedged %2").arg(*b.minDscrP90).arg(*a.minDscrP90)));
        QVERIFY(b.probMinDscrBelow1 <= a.probMinDscrBelow1);
    }

    void nearestRankPercentiles()
    {
        const std::vector<double> v{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QCOMPARE(gds::nearestRank(v, 0.10), 1.0);
        QCOMPARE(gds::nearestRank(v, 0.50), 5.0);
        QCOMPARE(gds::nearestRank(v, 0.90), 9.0);
        QCOMPARE(gds::nearestRank(v, 0.01), 1.0);
        QCOMPARE(gds::nearestRank(v, 1.00), 10.0);
    }

    void cancelStopsEarly()
    {
        std::atomic<bool> cancel{true};
        gds::MonteCarloOptions o;
        o.cancel = &cancel;
        QVERIFY(gds::runMonteCarlo(gds::sampleDeal(), o).cancelled);
    }
};

QTEST_GUILESS_MAIN(TestMonteCarlo)
#include "test_montecarlo.moc"
