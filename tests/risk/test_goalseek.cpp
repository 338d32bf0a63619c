// Goal seek: the solved input, put back into the deal and recomputed independently, hits the target
// to 1e-6; out-of-reach targets are reported clearly; the largest debt stops at the capex limit
// (kappa <= 1) or the LTV cap and says which binds.
#include "common/TestDeals.h"
#include "engine/Engine.h"
#include "engine/GoalSeek.h"
#include "engine/MonteCarlo.h"
#include "io/MessageText.h"
#include "io/SampleDeal.h"

#include <cmath>
#include <QTest>

Q_DECLARE_METATYPE(gds::Deal)
Q_DECLARE_METATYPE(gds::SeekRequest)

namespace {

gds::SeekRequest request(gds::SeekTarget target, double value, gds::SeekVariable variable, int index = -1,
                         bool holdDebt = false)
{
    gds::SeekRequest r;
    r.target = target;
    r.targetValue = value;
    r.variable = variable;
    r.index = index;
    r.holdDebt = holdDebt;
    r.mcPaths = 500;
    r.mcSeed = 7;
    return r;
}

// The metric of the deal with the solved value, recomputed from scratch (not taken from the solver).
std::optional<double> recompute(const gds::Deal &deal, const gds::SeekRequest &r, double value)
{
    const gds::Deal solved = gds::applySeekValue(deal, r, value);
    if (r.target == gds::SeekTarget::P90MinDscr) {
        gds::MonteCarloOptions o;
        o.paths = r.mcPaths;
        o.seed = r.mcSeed;
        o.threads = 1;
        return gds::runMonteCarlo(solved, o).minDscrP90;
    }
    const gds::Result result = gds::compute(solved);
    if (!result.ok())
        return std::nullopt;
    return r.target == gds::SeekTarget::MinDscr ? result.metrics.minDscr : result.metrics.equityIrr;
}

} // namespace

class TestGoalSeek : public QObject
{
    Q_OBJECT

private slots:
    void hitsTheTarget_data()
    {
        using gds::SeekTarget;
        using gds::SeekVariable;
        QTest::addColumn<gds::Deal>("deal");
        QTest::addColumn<gds::SeekRequest>("req");
        QTest::addColumn<QString>("binding");
        const gds::Deal sample = gds::sampleDeal();
        QTest::newRow("min DSCR 1.45 by all contract prices, debt held")
            << sample << request(SeekTarget::MinDscr, 1.45, SeekVariable::ContractPrice, -1, true)
            << "min_dscr";
        QTest::newRow("min DSCR 1.60 by all contract prices, loan resized (LTV binds)")
            << sample << request(SeekTarget::MinDscr, 1.60, SeekVariable::ContractPrice) << "min_dscr";
        QTest::newRow("min DSCR 1.40 by contract 1's price")
            << sample << request(SeekTarget::MinDscr, 1.40, SeekVariable::ContractPrice, 1, true)
            << "min_dscr";
        QTest::newRow("equity IRR 30 % by the futures strike")
            << sample << request(SeekTarget::EquityIrr, 0.30, SeekVariable::SwapStrike, 0) << "equity_irr";
        QTest::newRow("equity IRR 20 % by the swap strike")
            << sample << request(SeekTarget::EquityIrr, 0.20, SeekVariable::SwapStrike, 1) << "equity_irr";
        QTest::newRow("largest debt for P90 min DSCR 2.0")
            << sample << request(SeekTarget::P90MinDscr, 2.0, SeekVariable::DebtAmount) << "p90_min_dscr";
        QTest::newRow("largest debt for P90 min DSCR 1.1, merchant deal")
            << gds::test::plainDeal() << request(SeekTarget::P90MinDscr, 1.1, SeekVariable::DebtAmount)
            << "p90_min_dscr";
        QTest::newRow("largest debt for min DSCR 1.8")
            << sample << request(SeekTarget::MinDscr, 1.8, SeekVariable::DebtAmount) << "min_dscr";
    }
    void hitsTheTarget()
    {
        QFETCH(gds::Deal, deal);
        QFETCH(gds::SeekRequest, req);
        QFETCH(QString, binding);
        const gds::SeekResult r = gds::goalSeek(deal, req);
        QVERIFY2(r.errors.empty(), r.errors.empty() ? "" : issueText(r.errors.front()).c_str());
        QVERIFY2(r.solved, seekMessage(r, deal, req).c_str());
        QCOMPARE(QString::fromStdString(r.binding), binding);
        QVERIFY(r.value >= r.lower && r.value <= r.upper);
        QVERIFY(r.achieved);
        QVERIFY2(std::fabs(*r.achieved - req.targetValue) <= 1e-6,
                 qPrintable(QString::number(*r.achieved, 'g', 17)));
        const std::optional<double> again = recompute(deal, req, r.value);
        QVERIFY(again);
        QVERIFY2(std::fabs(*again - req.targetValue) <= 1e-6, qPrintable(QString::number(*again, 'g', 17)));
        QVERIFY(r.iterations > 0);
        QVERIFY(r.deal.has_value());
        // The base case really was elsewhere: the solver moved the input.
        QVERIFY(std::fabs(r.value - r.baseValue) > 1e-6 * std::max(1.0, std::fabs(r.baseValue)));
    }

    // The largest debt: a deal with a fixed amount stops at kappa = 1 (draws equal to the capex), a
    // DSCR/LTV-sized deal at its LTV cap.
    void largestDebtStopsAtTheCapexLimit_data()
    {
        QTest::addColumn<bool>("ltvSizing");
        QTest::addColumn<QString>("binding");
        QTest::newRow("fixed amount: capex limit") << false << "capex_limit";
        QTest::newRow("DSCR/LTV sizing: LTV cap") << true << "ltv";
    }
    void largestDebtStopsAtTheCapexLimit()
    {
        QFETCH(bool, ltvSizing);
        QFETCH(QString, binding);
        gds::Deal d = gds::sampleDeal();
        if (!ltvSizing)
            d.debt.sizing = {gds::Sizing::Mode::Amount, 0.0, 0.0, 1e6};
        const gds::SeekResult r =
            gds::goalSeek(d, request(gds::SeekTarget::MinDscr, -1e9, gds::SeekVariable::DebtAmount));
        QVERIFY(r.solved);
        QCOMPARE(QString::fromStdString(r.binding), binding);
        QCOMPARE(r.value, r.upper);
        const gds::Result at = gds::compute(gds::applySeekValue(
            d, request(gds::SeekTarget::MinDscr, 0, gds::SeekVariable::DebtAmount), r.value));
        QVERIFY(at.ok());
        if (ltvSizing) {
            QCOMPARE(r.value, d.debt.sizing.maxLtv * at.metrics.totalCapex);
        } else {
            QVERIFY(std::fabs(at.metrics.debtDrawn - at.metrics.totalCapex) <= 1e-6 * at.metrics.totalCapex);
            const gds::Result above = gds::compute(
                gds::applySeekValue(d, request(gds::SeekTarget::MinDscr, 0, gds::SeekVariable::DebtAmount),
                                    r.value * (1 + 1e-9)));
            QVERIFY(!above.ok());
            QCOMPARE(QString::fromStdString(above.errors.front().path), QStringLiteral("debt.sizing"));
        }
    }

    void outOfReachIsReportedClearly_data()
    {
        QTest::addColumn<gds::SeekRequest>("req");
        QTest::addColumn<QString>("phrase");
        gds::SeekRequest high =
            request(gds::SeekTarget::MinDscr, 100.0, gds::SeekVariable::ContractPrice, -1, true);
        high.lower = 0.5;
        high.upper = 2.0;
        QTest::newRow("min DSCR 100x by contract price") << high << "is only";
        gds::SeekRequest low = request(gds::SeekTarget::EquityIrr, -0.5, gds::SeekVariable::SwapStrike, 0);
        low.lower = 2.0;
        low.upper = 3.0;
        QTest::newRow("equity IRR -50 % by strike") << low << "is still";
    }
    void outOfReachIsReportedClearly()
    {
        QFETCH(gds::SeekRequest, req);
        QFETCH(QString, phrase);
        const gds::SeekResult r = gds::goalSeek(gds::sampleDeal(), req);
        QVERIFY(r.errors.empty());
        QVERIFY(!r.solved);
        QVERIFY(!r.deal);
        const QString message = QString::fromStdString(seekMessage(r, gds::sampleDeal(), req));
        QVERIFY2(message.startsWith(QStringLiteral("even at ")) && message.contains(phrase),
                 qPrintable(message));
        QVERIFY(r.value >= *req.lower && r.value <= *req.upper);
    }

    void badRequestsAreErrors_data()
    {
        QTest::addColumn<gds::SeekRequest>("req");
        QTest::addColumn<QString>("path");
        QTest::newRow("no hedge 9") << request(gds::SeekTarget::MinDscr, 1.3, gds::SeekVariable::SwapStrike,
                                               9)
                                    << "hedges";
        QTest::newRow("no contract 5")
            << request(gds::SeekTarget::MinDscr, 1.3, gds::SeekVariable::ContractPrice, 5) << "offtake";
        gds::SeekRequest reversed = request(gds::SeekTarget::MinDscr, 1.3, gds::SeekVariable::ContractPrice);
        reversed.lower = 2.0;
        reversed.upper = 1.0;
        QTest::newRow("reversed bracket") << reversed << "bracket";
        QTest::newRow("NaN target") << request(gds::SeekTarget::MinDscr, std::nan(""),
                                               gds::SeekVariable::DebtAmount)
                                    << "target";
    }
    void badRequestsAreErrors()
    {
        QFETCH(gds::SeekRequest, req);
        QFETCH(QString, path);
        const gds::SeekResult r = gds::goalSeek(gds::sampleDeal(), req);
        QCOMPARE(r.errors.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(r.errors.front().path), path);
        QVERIFY(!r.solved);
    }
};

QTEST_APPLESS_MAIN(TestGoalSeek)
#include "test_goalseek.moc"
