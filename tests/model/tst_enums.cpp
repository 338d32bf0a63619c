// Names of the model's enumerations as deal-format.md spells them, both ways.
#include "model/Enums.h"

#include <QtTest>
#include <string>

using namespace gds;

class TestEnums : public QObject
{
    Q_OBJECT

private:
    template <typename E>
    void checkAll(std::span<const E> all, std::optional<E> (*parse)(std::string_view),
                  const QStringList &expected)
    {
        QStringList names;
        for (const E v : all) {
            names << QString::fromUtf8(toString(v).data(), static_cast<qsizetype>(toString(v).size()));
            const auto back = parse(toString(v));
            QVERIFY(back.has_value());
            QCOMPARE(static_cast<int>(*back), static_cast<int>(v));
        }
        QCOMPARE(names, expected);
    }

private slots:
    void namesRoundTrip()
    {
        checkAll<CapexCategory>(allCapexCategories(), parseCapexCategory,
                                {"compute", "networking", "storage", "cooling", "electrical", "facility",
                                 "deployment", "spares", "soft_costs", "other"});
        checkAll<Rating>(allRatings(), parseRating, {"AAA", "AA", "A", "BBB", "BB", "B", "CCC", "NR"});
        checkAll<HedgeType>(allHedgeTypes(), parseHedgeType, {"swap", "floor", "futures"});
        checkAll<Profile>(allProfiles(), parseProfile, {"sculpted", "annuity", "straight_line", "bullet"});
        checkAll<DayCount>(allDayCounts(), parseDayCount, {"ACT/360", "ACT/365F", "30/360"});
        QCOMPARE(std::string(toString(RateType::Fixed)), std::string("fixed"));
        QCOMPARE(std::string(toString(RateType::Floating)), std::string("floating"));
        QCOMPARE(parseRateType("fixed"), std::optional<RateType>(RateType::Fixed));
        QCOMPARE(parseRateType("floating"), std::optional<RateType>(RateType::Floating));
    }

    void unknownNamesRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("wrong case") << QStringLiteral("Compute");
        QTest::newRow("trailing space") << QStringLiteral("swap ");
        QTest::newRow("display form") << QStringLiteral("straight line");
        QTest::newRow("lower-case day count") << QStringLiteral("act/360");
    }
    void unknownNamesRefused()
    {
        QFETCH(QString, name);
        const std::string s = name.toStdString();
        QVERIFY(!parseCapexCategory(s));
        QVERIFY(!parseRating(s));
        QVERIFY(!parseHedgeType(s));
        QVERIFY(!parseProfile(s));
        QVERIFY(!parseRateType(s));
        QVERIFY(!parseDayCount(s));
    }

    void outOfRangeValueHasNoName()
    {
        QVERIFY(toString(static_cast<CapexCategory>(99)).empty());
        QVERIFY(toString(static_cast<DayCount>(-1)).empty());
    }
};

QTEST_APPLESS_MAIN(TestEnums)
#include "tst_enums.moc"
