// Day counts, the calendar and the IRR solver against published references.
#include "engine/Analytics.h"
#include "engine/Calendar.h"

#include <cmath>
#include <QTest>
#include <vector>

Q_DECLARE_METATYPE(std::vector<double>)

class TestAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void daysInMonth_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("days");
        QTest::newRow("January") << 2027 << 1 << 31;
        QTest::newRow("February, common year") << 2027 << 2 << 28;
        QTest::newRow("February 2028, leap year") << 2028 << 2 << 29;
        QTest::newRow("February 2100, not a leap year (Gregorian century rule)") << 2100 << 2 << 28;
        QTest::newRow("February 2000, leap year (divisible by 400)") << 2000 << 2 << 29;
        QTest::newRow("April") << 2027 << 4 << 30;
    }
    void daysInMonth()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, days);
        QCOMPARE(gds::daysInMonth(year, month), days);
    }

    void dayCountFraction_data()
    {
        QTest::addColumn<int>("convention");
        QTest::addColumn<int>("days");
        QTest::addColumn<double>("expected");
        QTest::newRow("ACT/360, 31 days") << int(gds::DayCount::Act360) << 31 << 31.0 / 360.0;
        QTest::newRow("ACT/365F, 29 days") << int(gds::DayCount::Act365F) << 29 << 29.0 / 365.0;
        QTest::newRow("30/360, 28 days counts 30") << int(gds::DayCount::Thirty360) << 28 << 30.0 / 360.0;
        QTest::newRow("30/360, 31 days counts 30") << int(gds::DayCount::Thirty360) << 31 << 30.0 / 360.0;
        QTest::newRow("period 0 has no time") << int(gds::DayCount::Act360) << 0 << 0.0;
    }
    void dayCountFraction()
    {
        QFETCH(int, convention);
        QFETCH(int, days);
        QFETCH(double, expected);
        QCOMPARE(gds::dayCountFraction(gds::DayCount(convention), days), expected);
    }

    void timelineRollsOverYears()
    {
        gds::Deal d;
        d.start = {2027, 11};
        d.constructionMonths = 2;
        d.operatingMonths = 3;
        const gds::Timeline t = gds::makeTimeline(d);
        QCOMPARE(t.n, 5);
        QCOMPARE(t.days[0], 0);
        QCOMPARE(t.month[1], 11);
        QCOMPARE(t.year[3], 2028);
        QCOMPARE(t.month[3], 1);
        QCOMPARE(t.month[4], 2);
        QCOMPARE(t.days[4], 29); // February 2028
        QCOMPARE(t.hours[4], 24.0 * 29);
        QCOMPARE(t.modelYear[5], 0);
        QVERIFY(t.isConstruction(2));
        QVERIFY(t.isOperating(3));
    }

    // Microsoft, "IRR function" (Excel documentation), worked example: an initial cost of 70,000
    // and net incomes 12,000, 15,000, 18,000, 21,000 (and 26,000): IRR after four years -2.1 %,
    // after five years 8.7 % (rounded to 0.1 % there). gds::irr works per period: the monthly rate.
    void excelDocumentedIrr_data()
    {
        QTest::addColumn<std::vector<double>>("flows");
        QTest::addColumn<double>("expected");
        QTest::newRow("four years") << std::vector<double>{-70000, 12000, 15000, 18000, 21000} << -0.021;
        QTest::newRow("five years") << std::vector<double>{-70000, 12000, 15000, 18000, 21000, 26000}
                                    << 0.087;
    }
    void excelDocumentedIrr()
    {
        QFETCH(std::vector<double>, flows);
        QFETCH(double, expected);
        const gds::IrrResult r = gds::irr(flows);
        QVERIFY(r.annual.has_value());
        QVERIFY2(std::abs(r.monthly - expected) < 0.0005,
                 qPrintable(QStringLiteral("calculated %1 expected %2").arg(r.monthly).arg(expected)));
        QVERIFY(std::abs(gds::npvMonthly(flows, r.monthly)) < 1e-6);
        QVERIFY(!r.multipleRoots);
    }

    // Brealey, Myers and Allen, "Principles of Corporate Finance", ch. 5, the pump example: flows
    // -1,600, +10,000, -10,000 have two IRRs, 25 % and 400 %. The engine reports the one with the
    // smallest |rate| and flags the ambiguity.
    void multipleRootsPickTheSmallest()
    {
        const std::vector<double> flows{-1600, 10000, -10000};
        const gds::IrrResult r = gds::irr(flows);
        QVERIFY(r.annual.has_value());
        QVERIFY2(std::abs(r.monthly - 0.25) < 1e-12, qPrintable(QString::number(r.monthly, 'g', 17)));
        QVERIFY(r.multipleRoots);
        const gds::IrrResult fast = gds::irr(flows, false);
        QCOMPARE(fast.monthly, r.monthly);
    }

    void noSignChangeHasNoIrr_data()
    {
        QTest::addColumn<std::vector<double>>("flows");
        QTest::newRow("all positive") << std::vector<double>{1, 2, 3};
        QTest::newRow("all negative") << std::vector<double>{-1, -2};
        QTest::newRow("all zero") << std::vector<double>{0, 0, 0};
        QTest::newRow("root beyond 1000 % a month") << std::vector<double>{-1, 100};
    }
    void noSignChangeHasNoIrr()
    {
        QFETCH(std::vector<double>, flows);
        QVERIFY(!gds::irr(flows).annual.has_value());
    }

    void irrReportedAnnual()
    {
        // One period of 1 % a month gives (1.01)^12 - 1 a year.
        const gds::IrrResult r = gds::irr(std::vector<double>{-100, 101});
        QVERIFY(std::abs(r.monthly - 0.01) < 1e-14);
        QVERIFY(std::abs(*r.annual - (std::pow(1.01, 12) - 1)) < 1e-13);
    }

    void negativeIrrOnLongSeriesDoesNotOverflow()
    {
        // 480 months of flows losing money: a negative monthly rate must be found without inf/NaN.
        std::vector<double> flows(481, 1.0);
        flows[0] = -1000.0;
        const gds::IrrResult r = gds::irr(flows);
        QVERIFY(r.annual.has_value());
        QVERIFY(r.monthly < 0.0);
        QVERIFY(std::isfinite(*r.annual));
        QVERIFY(std::abs(gds::npvMonthly(flows, r.monthly)) < 1e-6 * 1000);
    }

    // Flows -1 now and (1+m)^k after k months have the single root m (Descartes). The solver must
    // return it to rounding precision across the whole range engine.md 7 searches, near 0 and at
    // its ends included, for short and long series.
    void knownRootToFullPrecision_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("months");
        for (const int k : {1, 12, 78}) {
            for (const double m : {-0.9, -0.25, -1e-9, 1e-9, 0.0036178, 0.05, 0.5, 3.0, 9.99})
                QTest::addRow("m=%g k=%d", m, k) << m << k;
        }
        // The upper end itself (over many months, rounding decides which side of 10 the root lies).
        QTest::newRow("m=10 k=1") << 10.0 << 1;
    }
    void knownRootToFullPrecision()
    {
        QFETCH(double, rate);
        QFETCH(int, months);
        std::vector<double> flows{-1.0};
        flows.resize(std::size_t(months), 0.0);
        flows.push_back(std::pow(1.0 + rate, months));
        for (const bool findAll : {true, false}) {
            const gds::IrrResult r = gds::irr(flows, findAll);
            QVERIFY(r.annual.has_value());
            QVERIFY2(std::abs(r.monthly - rate) <= 1e-14 * (1.0 + std::abs(rate)),
                     qPrintable(QStringLiteral("calculated %1").arg(r.monthly, 0, 'g', 17)));
            QVERIFY(!r.multipleRoots);
        }
    }

    void npvAnnualDiscountsByMonths()
    {
        const std::vector<double> flows{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 110};
        QVERIFY(std::abs(gds::npvAnnual(flows, 0.10) - 100.0) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "test_analytics.moc"
