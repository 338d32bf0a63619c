// Sensitivities: every tornado end is exactly the recompute of the shocked deal; shocks touch the
// inputs the brief names and nothing else; a shock that makes the deal invalid is reported, not clamped.
#include "common/TestDeals.h"
#include "engine/Engine.h"
#include "engine/Sensitivity.h"
#include "io/MessageText.h"
#include "io/SampleDeal.h"

#include <cmath>
#include <QTest>

Q_DECLARE_METATYPE(gds::Deal)

namespace {

gds::Deal floatingCurveDeal()
{
    gds::Deal d = gds::test::plainDeal();
    d.debt.rate.type = gds::RateType::Floating;
    d.debt.rate.useBaseCurve = true;
    d.debt.rate.baseRateCurve = {0.04, 0.045, 0.05};
    d.debt.rate.margin = 0.03;
    d.debt.profile = gds::Profile::Sculpted;
    d.offtake.push_back({"Lab", gds::Rating::A, 1, 36, 400, 2.4, 0.0, 0.0});
    return d;
}

} // namespace

class TestSensitivity : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheBriefsRanges()
    {
        const std::vector<gds::Shock> s = gds::defaultShocks();
        QCOMPARE(s.size(), std::size_t(7));
        const std::vector<std::tuple<std::string, double, double>> expected = {
            {"spot_price", -0.2, 0.2},    {"capex", -0.1, 0.1},         {"power_price", -0.2, 0.2},
            {"availability", -0.05, 0.0}, {"utilization", -0.15, 0.15}, {"base_rate", -0.01, 0.01},
            {"contract_price", -0.1, 0.0}};
        for (std::size_t i = 0; i < s.size(); ++i) {
            QCOMPARE(s[i].key, std::get<0>(expected[i]));
            QCOMPARE(s[i].low, std::get<1>(expected[i]));
            QCOMPARE(s[i].high, std::get<2>(expected[i]));
            QCOMPARE(gds::shockKindFromKey(s[i].key), std::optional<gds::ShockKind>(s[i].kind));
        }
    }

    void tornadoEndsAreRecomputesOfTheShockedDeals_data()
    {
        QTest::addColumn<gds::Deal>("deal");
        QTest::newRow("sample (sculpted, DSCR/LTV sizing, margin grid)") << gds::sampleDeal();
        QTest::newRow("plain (annuity, fixed rate, merchant only)") << gds::test::plainDeal();
        QTest::newRow("base-rate curve, one contract") << floatingCurveDeal();
    }
    void tornadoEndsAreRecomputesOfTheShockedDeals()
    {
        QFETCH(gds::Deal, deal);
        const std::vector<gds::TornadoBar> bars = gds::tornado(deal, gds::defaultShocks());
        QCOMPARE(bars.size(), std::size_t(7));
        const gds::Result base = gds::compute(deal);
        for (const gds::TornadoBar &bar : bars) {
            QVERIFY(bar.base.computable);
            QCOMPARE(bar.base.minDscr, base.metrics.minDscr);
            QCOMPARE(bar.base.equityIrr, base.metrics.equityIrr);
            QCOMPARE(bar.base.debt, std::optional<double>(base.metrics.debt));
            for (const gds::TornadoPoint *end : {&bar.low, &bar.high}) {
                const gds::Result r = gds::compute(gds::applyShock(deal, bar.shock.kind, end->amount));
                QVERIFY2(end->computable && r.ok(), qPrintable(QString::fromStdString(bar.shock.key)));
                QCOMPARE(end->minDscr, r.metrics.minDscr);
                QCOMPARE(end->equityIrr, r.metrics.equityIrr);
                QCOMPARE(end->debt, std::optional<double>(r.metrics.debt));
            }
        }
        // A shock that moves the deal really moves a metric (the test would not see a no-op shock).
        const auto spot =
            std::find_if(bars.begin(), bars.end(), [](const auto &b) { return b.shock.key == "spot_price"; });
        QVERIFY(spot->low.equityIrr != spot->high.equityIrr);
    }

    void barsAreSortedByTheirSwing_data()
    {
        QTest::addColumn<int>("metric");
        QTest::newRow("min DSCR") << int(gds::TornadoMetric::MinDscr);
        QTest::newRow("equity IRR") << int(gds::TornadoMetric::EquityIrr);
        QTest::newRow("debt") << int(gds::TornadoMetric::Debt);
    }
    void barsAreSortedByTheirSwing()
    {
        QFETCH(int, metric);
        const auto m = gds::TornadoMetric(metric);
        const std::vector<gds::TornadoBar> bars = gds::tornado(gds::sampleDeal(), gds::defaultShocks(), m);
        for (std::size_t i = 1; i < bars.size(); ++i)
            QVERIFY(bars[i - 1].swing(m) >= bars[i].swing(m));
        // The swing is the width spanned by the base and the two ends.
        const gds::TornadoBar &top = bars.front();
        const double lo = std::min({*gds::tornadoValue(top.base, m), *gds::tornadoValue(top.low, m),
                                    *gds::tornadoValue(top.high, m)});
        const double hi = std::max({*gds::tornadoValue(top.base, m), *gds::tornadoValue(top.low, m),
                                    *gds::tornadoValue(top.high, m)});
        QCOMPARE(top.swing(m), hi - lo);
    }

    void shocksChangeOnlyTheirInput_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("amount");
        QTest::newRow("spot +20 %") << int(gds::ShockKind::SpotPrice) << 0.2;
        QTest::newRow("capex -10 %") << int(gds::ShockKind::Capex) << -0.1;
        QTest::newRow("power +20 %") << int(gds::ShockKind::PowerPrice) << 0.2;
        QTest::newRow("availability -5 points") << int(gds::ShockKind::Availability) << -0.05;
        QTest::newRow("utilization +15 points") << int(gds::ShockKind::Utilization) << 0.15;
        QTest::newRow("base rate +100 bp") << int(gds::ShockKind::BaseRate) << 0.01;
        QTest::newRow("contract price -10 %") << int(gds::ShockKind::ContractPrice) << -0.1;
    }
    void shocksChangeOnlyTheirInput()
    {
        QFETCH(int, kind);
        QFETCH(double, amount);
        const gds::Deal d = gds::sampleDeal();
        gds::Deal expected = d;
        switch (gds::ShockKind(kind)) {
        case gds::ShockKind::SpotPrice:
            expected.market.spotPricePerGpuHour = d.market.spotPricePerGpuHour * 1.2;
            break;
        case gds::ShockKind::Capex:
            for (auto &item : expected.capex)
                item.unitCost = item.unitCost * 0.9;
            break;
        case gds::ShockKind::PowerPrice:
            expected.cluster.powerPricePerKwh = d.cluster.powerPricePerKwh * 1.2;
            break;
        case gds::ShockKind::Availability:
            expected.cluster.availability = d.cluster.availability - 0.05;
            break;
        case gds::ShockKind::Utilization:
            expected.market.merchantUtilization = d.market.merchantUtilization + 0.15;
            break;
        case gds::ShockKind::BaseRate:
            expected.debt.rate.baseRate = d.debt.rate.baseRate + 0.01;
            break;
        case gds::ShockKind::ContractPrice:
            for (auto &c : expected.offtake)
                c.pricePerGpuHour = c.pricePerGpuHour * 0.9;
            break;
        }
        const gds::Deal shocked = gds::applyShock(d, gds::ShockKind(kind), amount);
        QVERIFY(shocked != d);
        QVERIFY(shocked == expected);
    }

    void baseRateShockFollowsTheRateType()
    {
        gds::Deal fixed = gds::test::plainDeal();
        QCOMPARE(gds::applyShock(fixed, gds::ShockKind::BaseRate, 0.01).debt.rate.fixedRate,
                 fixed.debt.rate.fixedRate + 0.01);
        const gds::Deal curve = floatingCurveDeal();
        const std::vector<double> shifted =
            gds::applyShock(curve, gds::ShockKind::BaseRate, -0.01).debt.rate.baseRateCurve;
        QCOMPARE(shifted.size(), curve.debt.rate.baseRateCurve.size());
        for (std::size_t i = 0; i < shifted.size(); ++i)
            QCOMPARE(shifted[i], curve.debt.rate.baseRateCurve[i] - 0.01);
    }

    // (v2) With tranches the deal pays their rates, not debt.rate: each tranche's rate moves (a floating
    // tranche's base, a fixed note's coupon), and the metrics move with them.
    void baseRateShockMovesEveryTranche()
    {
        const gds::Deal ddtl = gds::sampleDealDdtl();
        QVERIFY(ddtl.debt.tranches.size() >= 2);
        const gds::Deal up = gds::applyShock(ddtl, gds::ShockKind::BaseRate, 0.01);
        for (std::size_t i = 0; i < ddtl.debt.tranches.size(); ++i) {
            const gds::Rate &before = ddtl.debt.tranches[i].rate, &after = up.debt.tranches[i].rate;
            if (before.type == gds::RateType::Fixed)
                QCOMPARE(after.fixedRate, before.fixedRate + 0.01);
            else if (before.useBaseCurve)
                for (std::size_t y = 0; y < before.baseRateCurve.size(); ++y)
                    QCOMPARE(after.baseRateCurve[y], before.baseRateCurve[y] + 0.01);
            else
                QCOMPARE(after.baseRate, before.baseRate + 0.01);
        }
        const gds::Result base = gds::compute(ddtl), shocked = gds::compute(up);
        QVERIFY(base.ok() && shocked.ok());
        QVERIFY(*shocked.metrics.minDscr != *base.metrics.minDscr ||
                shocked.metrics.debt != base.metrics.debt);
    }

    // availability 0.95 + 10 points is invalid: reported as not computable, never clamped to 100 %.
    void invalidShockIsNotComputable()
    {
        const gds::Deal d = gds::test::plainDeal();
        QCOMPARE(gds::applyShock(d, gds::ShockKind::Availability, 0.1).cluster.availability, 0.95 + 0.1);
        gds::Shock s = gds::defaultShocks()[3];
        QCOMPARE(s.key, std::string("availability"));
        s.high = 0.1;
        const std::vector<gds::TornadoBar> bars = gds::tornado(d, {s});
        QCOMPARE(bars.size(), std::size_t(1));
        QVERIFY(bars[0].low.computable);
        QVERIFY(!bars[0].high.computable);
        QVERIFY(!bars[0].high.minDscr && !bars[0].high.equityIrr && !bars[0].high.debt);
        QVERIFY(bars[0].high.problem);
        QVERIFY2(gds::issueText(*bars[0].high.problem).rfind("cluster.availability", 0) == 0,
                 gds::issueText(*bars[0].high.problem).c_str());
        // The bar still has a width, from the base and the computable end.
        QCOMPARE(bars[0].swing(gds::TornadoMetric::MinDscr),
                 std::fabs(*bars[0].low.minDscr - *bars[0].base.minDscr));
    }

    void contractShockWithoutContractsSaysSo()
    {
        const gds::Deal d = gds::test::plainDeal(); // merchant only
        const std::vector<gds::TornadoBar> bars = gds::tornado(d, {gds::defaultShocks()[6]});
        QCOMPARE(bars[0].low.minDscr, bars[0].base.minDscr);
        QCOMPARE(bars[0].note, gds::TornadoNote::NoContracts);
        QCOMPARE(gds::tornadoNoteText(bars[0].note),
                 std::string("the deal has no offtake contracts: no effect"));
    }
};

QTEST_APPLESS_MAIN(TestSensitivity)
#include "test_sensitivity.moc"
