// engine/Comparison.h: the variants of a deal that Compare structures and the comparison report show
// (without hedges, without the cash waterfall: docs/engine-conventions.md "Without the waterfall"), and
// the tranche rows side by side. Figures are the engine's own, checked against engine.md's rules for a
// deal without a waterfall (section 5.1: distribution = CFADS - DS - dDSRA, nothing prepaid or trapped).
#include "engine/Comparison.h"
#include "engine/Engine.h"
#include "io/SampleDeal.h"

#include <cmath>
#include <QTest>

using namespace gds;

namespace {

bool near(double a, double b, double tol = 1e-6)
{
    return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void withoutWaterfallRemovesOnlyTheWaterfall()
    {
        const Deal ddtl = sampleDealDdtl();
        QVERIFY(ddtl.debt.waterfall);
        const Deal bare = withoutWaterfall(ddtl);
        QVERIFY(!bare.debt.waterfall);
        Deal back = bare;
        back.debt.waterfall = ddtl.debt.waterfall;
        QCOMPARE(back, ddtl); // tranches, covenants, maintenance LTV, collateral, tax, credit all kept
        QVERIFY(bare.debt.covenants.maxLtv && bare.collateral && !bare.debt.tranches.empty());
        // A deal without a waterfall is returned as it is.
        QCOMPARE(withoutWaterfall(sampleDeal()), sampleDeal());
        QCOMPARE(withoutWaterfall(bare), bare);
    }

    // The DDTL sample traps and prepays cash with its waterfall (so the test below can fail) and
    // neither without it.
    void withoutWaterfallTrapsAndPrepaysNothing()
    {
        const Deal ddtl = sampleDealDdtl();
        const Result with = compute(ddtl);
        QVERIFY(with.ok());
        QVERIFY(with.metrics.debtPrepaid > 1.0); // the 25 % cash sweep prepays
        const Result r = compute(withoutWaterfall(ddtl));
        QVERIFY(r.ok());
        const Metrics &m = r.metrics;
        QCOMPARE(m.debtPrepaid, 0.0);
        QCOMPARE(m.maxTrapped, 0.0);
        QCOMPARE(m.lockupFailures, 0);
        const int c = ddtl.constructionMonths, tenor = ddtl.debt.tenorMonths;
        QVERIFY(m.debtRepaidPeriod);
        QCOMPARE(*m.debtRepaidPeriod, double(c + tenor)); // repaid at maturity, nothing earlier
        const PeriodTable &t = r.periods;
        for (int p = c + 1; p <= t.n; ++p) {
            const auto i = std::size_t(p);
            QCOMPARE(t.prepay[i], 0.0);
            QCOMPARE(t.lockupAccount[i], 0.0);
            QCOMPARE(t.cashAccount[i], 0.0);
            QCOMPARE(t.support[i], 0.0);
            const double expected = t.cfads[i] - t.debtService[i] - (t.dsra[i] - t.dsra[i - 1]);
            QVERIFY2(near(t.distribution[i], expected),
                     qPrintable(QStringLiteral("period %1: distribution %2, expected %3")
                                    .arg(p)
                                    .arg(t.distribution[i], 0, 'f', 2)
                                    .arg(expected, 0, 'f', 2)));
        }
        // Same sizing rule, same tranches: the facility is the one without prepayments.
        QCOMPARE(r.tranches.size(), with.tranches.size());
    }

    void withoutHedgesRemovesTheHedges()
    {
        const Deal d = sampleDealDdtl();
        QVERIFY(!d.hedges.empty());
        Deal bare = withoutHedges(d);
        QVERIFY(bare.hedges.empty());
        bare.hedges = d.hedges;
        QCOMPARE(bare, d);
    }

    void trancheRowsSideBySide()
    {
        const Result a = compute(sampleDealDdtl()), b = compute(withoutWaterfall(sampleDealDdtl())),
                     plain = compute(sampleDeal());
        const std::vector<TrancheRow> rows = trancheComparison({&a, &b, &plain});
        QCOMPARE(a.tranches.size(), std::size_t(2));
        QCOMPARE(plain.tranches.size(), std::size_t(1));
        QCOMPARE(rows.size(), std::size_t(4)); // two tranches, amount and yield each
        for (std::size_t k = 0; k < 2; ++k) {
            const TrancheRow &amount = rows[2 * k], &yield = rows[2 * k + 1];
            QCOMPARE(amount.tranche, k);
            QVERIFY(!amount.yield && yield.yield);
            QCOMPARE(*amount.cells[0].value, a.tranches[k].amount);
            QCOMPARE(*amount.cells[1].value, b.tranches[k].amount);
            QCOMPARE(amount.cells[1].delta.has_value(), true);
            QCOMPARE(*amount.cells[1].delta, b.tranches[k].amount - a.tranches[k].amount);
            QVERIFY(!amount.cells[0].best && !amount.cells[1].best); // amounts are neutral
            QCOMPARE(yield.cells[0].value, a.tranches[k].lenderYield);
            QCOMPARE(amount.cells[2].value.has_value(), k < plain.tranches.size());
        }
        // The lowest yield of a row is the best for the sponsor.
        const TrancheRow &yield = rows[1];
        std::optional<double> lowest;
        for (const ComparisonCell &cell : yield.cells)
            if (cell.value)
                lowest = lowest ? std::min(*lowest, *cell.value) : *cell.value;
        for (const ComparisonCell &cell : yield.cells)
            if (cell.best)
                QVERIFY(std::abs(*cell.value - *lowest) <= 0.5e-4);
        // A failed or missing result has no values.
        Result failed;
        failed.errors.push_back(Issue{});
        const auto table = comparisonTable({&a, &failed, nullptr});
        for (const auto &row : table)
            QVERIFY(!row[1].value && !row[2].value);
    }
};

QTEST_APPLESS_MAIN(TestComparison)
#include "test_comparison.moc"
