// What the Result carries so that consumers do not re-derive it (engine.md 1 and 3): each offtake
// contract's and hedge's first and last period, hours, value and prepayment as the engine computed
// them (a term far past N, even INT_MAX months, ends at N without overflow), and the one
// period-to-month mapping, which the time line itself uses.
#include "common/TestDeals.h"
#include "engine/Calendar.h"
#include "engine/Engine.h"
#include "io/SampleDeal.h"
#include "model/Validation.h"

#include <climits>
#include <cmath>
#include <QTest>

using namespace gds;

Q_DECLARE_METATYPE(gds::Deal)

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestInstruments : public QObject
{
    Q_OBJECT

private slots:
    void instrumentsAsComputed_data()
    {
        QTest::addColumn<Deal>("deal");
        QTest::newRow("sample h100") << sampleDeal();
        QTest::newRow("sample ddtl") << sampleDealDdtl();
        Deal endless = sampleDeal();
        QVERIFY(!endless.offtake.empty() && !endless.hedges.empty());
        endless.offtake[0].termMonths = INT_MAX; // start + term overflows an int
        endless.hedges[0].termMonths = INT_MAX;
        QTest::newRow("terms of INT_MAX months") << endless;
    }

    // Each contract: its periods are those its revenue and contracted GPUs are booked in, its value is
    // the revenue it books, its prepayment what it pays in its first period; each hedge: its periods
    // are those its GPUs count as hedged, its hours the notional over them.
    void instrumentsAsComputed()
    {
        QFETCH(Deal, deal);
        QVERIFY(validate(deal).empty());
        const Result r = compute(deal);
        QVERIFY(r.ok());
        const PeriodTable &t = r.periods;
        QCOMPARE(r.offtake.size(), deal.offtake.size());
        QCOMPARE(r.hedges.size(), deal.hedges.size());
        double value = 0.0, prepayment = 0.0, contractedHours = 0.0;
        for (std::size_t i = 0; i < deal.offtake.size(); ++i) {
            const OfftakeContract &k = deal.offtake[i];
            const InstrumentResult &c = r.offtake[i];
            QCOMPARE(c.first, k.startPeriod);
            QCOMPARE(c.last,
                     int(std::min<long long>(static_cast<long long>(k.startPeriod) + k.termMonths - 1, t.n)));
            QCOMPARE(c.months(), c.last - c.first + 1);
            QVERIFY(c.value > 0.0);
            QVERIFY(near(c.prepayment, k.prepaymentPct * c.value));
            value += c.value;
            prepayment += c.prepayment;
            double hours = 0.0;
            for (int p = c.first; p <= c.last; ++p)
                hours += k.gpus * 24.0 * t.days[p] * deal.cluster.availability;
            QVERIFY(near(c.hours, hours));
            contractedHours += c.hours;
        }
        double revenue = 0.0, prepaid = 0.0, booked = 0.0;
        for (int p = 0; p <= t.n; ++p) {
            revenue += t.contractRevenue[p];
            prepaid += t.prepayment[p];
            booked += t.contractedGpus[p] * 24.0 * t.days[p] * deal.cluster.availability;
        }
        QVERIFY(near(value, revenue));
        QVERIFY(near(prepayment, prepaid));
        QVERIFY(near(contractedHours, booked));
        double hedged = 0.0, notional = 0.0;
        for (std::size_t i = 0; i < deal.hedges.size(); ++i) {
            const InstrumentResult &h = r.hedges[i];
            QCOMPARE(h.first, deal.hedges[i].startPeriod);
            QVERIFY(h.last >= h.first && h.last <= t.n);
            QCOMPARE(h.value, 0.0);
            notional += h.hours;
        }
        for (int p = 0; p <= t.n; ++p)
            hedged += t.hedgedGpus[p] * 24.0 * t.days[p];
        QVERIFY(near(notional, hedged));
    }

    void longTermEndsAtN()
    {
        Deal d = sampleDeal();
        d.offtake[0].termMonths = INT_MAX;
        d.hedges[0].termMonths = INT_MAX;
        const Result r = compute(d);
        QVERIFY(r.ok());
        QCOMPARE(r.offtake[0].last, r.periods.n);
        QCOMPARE(r.hedges[0].last, r.periods.n);
        QCOMPARE(r.offtake[0].months(), r.periods.n - d.offtake[0].startPeriod + 1);
    }

    void periodMonth_data()
    {
        QTest::addColumn<int>("startYear");
        QTest::addColumn<int>("startMonth");
        QTest::addColumn<qlonglong>("period");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::newRow("close is the start month") << 2027 << 11 << 0LL << 2027 << 11;
        QTest::newRow("period 1 is the start month") << 2027 << 11 << 1LL << 2027 << 11;
        QTest::newRow("period 2") << 2027 << 11 << 2LL << 2027 << 12;
        QTest::newRow("into the next year") << 2027 << 11 << 3LL << 2028 << 1;
        QTest::newRow("January start, period 13") << 2026 << 1 << 13LL << 2027 << 1;
        QTest::newRow("December start, period 12") << 2026 << 12 << 12LL << 2027 << 11;
        QTest::newRow("past INT_MAX months") << 2026 << 1 << 12LL * 200000000LL + 1 << 200002026 << 1;
    }

    void periodMonth()
    {
        QFETCH(int, startYear);
        QFETCH(int, startMonth);
        QFETCH(qlonglong, period);
        QFETCH(int, year);
        QFETCH(int, month);
        const YearMonth m = gds::periodMonth(YearMonth{startYear, startMonth}, period);
        QCOMPARE(m.year, year);
        QCOMPARE(m.month, month);
    }

    // The time line uses the same mapping for every period.
    void timelineUsesTheMapping()
    {
        Deal d = test::plainDeal();
        d.start = {2027, 7};
        const Result r = compute(d);
        QVERIFY(r.ok());
        for (int p = 0; p <= r.periods.n; ++p) {
            const YearMonth m = gds::periodMonth(d.start, p);
            QCOMPARE(r.periods.year[std::size_t(p)], m.year);
            QCOMPARE(r.periods.month[std::size_t(p)], m.month);
        }
    }
};

QTEST_APPLESS_MAIN(TestInstruments)
#include "test_instruments.moc"
