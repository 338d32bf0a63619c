// The result writers behind compute --json and export csv (io/ResultJson.h, io/Csv.h) on a small
// hand-built result: key order, dates, nulls, integer metrics, number text, CSV quoting.
#include "io/Csv.h"
#include "io/ResultJson.h"

#include <cmath>
#include <cstdlib>
#include <limits>
#include <nlohmann/json.hpp>
#include <QtTest>
#include <random>

using ojson = nlohmann::ordered_json;

namespace {

// Three periods across a year end: close and one construction month in December 2027, then January 2028.
gds::Result smallResult()
{
    gds::Result r;
    gds::PeriodTable &t = r.periods;
    t.n = 2;
    t.year = {2027, 2027, 2028};
    t.month = {12, 12, 1};
    t.days = {0, 31, 31};
    t.phase = {gds::Phase::Close, gds::Phase::Construction, gds::Phase::Operation};
    double v = 1;
    for (const gds::PeriodField &f : gds::periodFields()) {
        t.*f.series = {v, v + 0.5, -v / 3};
        v += 1;
    }
    t.dscr = {gds::kNull, gds::kNull, 1.25};
    r.metrics.totalCapex = 180000000;
    r.metrics.debt = 125999999.99999999;
    r.metrics.gearing = 0.6617465588544154;
    r.metrics.minDscr = 1.25;
    r.metrics.paybackMonths = 45;
    r.metrics.lockupBreaches = 2;
    r.metrics.sizingIterations = 7;
    r.warnings = {{"", gds::IssueCode::Text, {}, "a \"quoted\" warning\nwith a line break"},
                  {"", gds::IssueCode::Text, {}, "second"},
                  {"debt.sizing", gds::IssueCode::SizingNotConverged, {50.0}, {}}};
    return r;
}

ojson parse(const std::string &text)
{
    return ojson::parse(text, nullptr, false);
}

} // namespace

class TestWriters : public QObject
{
    Q_OBJECT

private slots:
    void formatNumber_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << "0";
        QTest::newRow("negative zero") << -0.0 << "0";
        QTest::newRow("integer") << 126000000.0 << "126000000";
        QTest::newRow("tenth") << 0.1 << "0.1";
        QTest::newRow("negative") << -2.5 << "-2.5";
        QTest::newRow("third") << 1.0 / 3 << "0.3333333333333333";
        QTest::newRow("17 digits") << 1.5318372612447813 << "1.5318372612447813";
        QTest::newRow("amount with cents") << 125045995.18177465 << "125045995.18177465";
        QTest::newRow("small rate") << 0.0000075 << "0.0000075";
        QTest::newRow("tiny") << 1e-7 << "1e-07";
        QTest::newRow("largest plain") << 1e20 << "100000000000000000000";
        QTest::newRow("large") << 1e21 << "1e+21";
        QTest::newRow("NaN is null") << std::numeric_limits<double>::quiet_NaN() << "null";
        QTest::newRow("infinity is null") << std::numeric_limits<double>::infinity() << "null";
    }

    void formatNumber()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(gds::formatNumber(value)), text);
    }

    void formatNumberRoundTrips()
    {
        std::mt19937_64 rng(20260101);
        std::uniform_real_distribution<double> mantissa(-1, 1);
        std::uniform_int_distribution<int> exponent(-300, 300);
        for (int i = 0; i < 20000; ++i) {
            const double v = std::ldexp(mantissa(rng), exponent(rng));
            const std::string text = gds::formatNumber(v);
            QCOMPARE(std::strtod(text.c_str(), nullptr), v == 0 ? 0.0 : v);
        }
    }

    void resultDocument()
    {
        const gds::Result r = smallResult();
        const std::string text = gds::writeResultJson(r);
        const ojson doc = parse(text);
        QVERIFY2(!doc.is_discarded(), text.c_str());
        std::vector<std::string> top;
        for (const auto &item : doc.items())
            top.push_back(item.key());
        QCOMPARE(top, (std::vector<std::string>{"format", "metrics", "tranches", "periods", "warnings"}));
        QCOMPARE(doc["format"].get<std::string>(), std::string("gpudeal-result/2"));

        // Metrics: in field-table order, nulls for missing values, counts as integers.
        const auto &fields = gds::metricFields();
        QCOMPARE(doc["metrics"].size(), fields.size());
        std::size_t i = 0;
        for (const auto &item : doc["metrics"].items())
            QCOMPARE(item.key(), std::string(fields[i++].key));
        QCOMPARE(doc["metrics"]["debt"].get<double>(), 125999999.99999999);
        QCOMPARE(doc["metrics"]["gearing"].get<double>(), 0.6617465588544154);
        QVERIFY(doc["metrics"]["ltv"].is_null());
        QVERIFY(doc["metrics"]["equity_irr"].is_null());
        QVERIFY(text.find("\"payback_months\": 45,") != std::string::npos);
        QVERIFY(text.find("\"lockup_breaches\": 2,") != std::string::npos);
        QVERIFY(doc["metrics"]["sizing_iterations"].is_number_integer());

        // Periods: calendar bounds, phases, every line in order, null DSCR outside tested periods.
        const ojson &periods = doc["periods"];
        QCOMPARE(periods.size(), std::size_t(3));
        const std::vector<std::array<const char *, 3>> bounds = {{"2027-12-01", "2027-12-01", "close"},
                                                                 {"2027-12-01", "2028-01-01", "construction"},
                                                                 {"2028-01-01", "2028-02-01", "operation"}};
        for (std::size_t p = 0; p < 3; ++p) {
            QCOMPARE(periods[p]["period"].get<int>(), int(p));
            QCOMPARE(periods[p]["start"].get<std::string>(), std::string(bounds[p][0]));
            QCOMPARE(periods[p]["end"].get<std::string>(), std::string(bounds[p][1]));
            QCOMPARE(periods[p]["phase"].get<std::string>(), std::string(bounds[p][2]));
            QCOMPARE(periods[p]["days"].get<int>(), r.periods.days[p]);
            std::vector<std::string> keys;
            for (const auto &item : periods[p].items())
                keys.push_back(item.key());
            QCOMPARE(keys.size(), 5 + gds::periodFields().size());
            for (std::size_t k = 0; k < gds::periodFields().size(); ++k) {
                const gds::PeriodField &f = gds::periodFields()[k];
                QCOMPARE(keys[5 + k], std::string(f.key));
                const double v = (r.periods.*f.series)[p];
                if (std::isnan(v))
                    QVERIFY(periods[p][f.key].is_null());
                else
                    QCOMPARE(periods[p][f.key].get<double>(), v);
            }
        }
        QCOMPARE(periods[2]["dscr"].get<double>(), 1.25);
        // The warnings' codes are worded as the CLI always wrote them (io/MessageText.h).
        QCOMPARE(doc["warnings"].get<std::vector<std::string>>(),
                 (std::vector<std::string>{
                     "a \"quoted\" warning\nwith a line break", "second",
                     "debt sizing did not converge in 50 rounds; the last round is reported"}));
    }

    void metricsJsonIsTheDocumentsMetrics()
    {
        const gds::Result r = smallResult();
        const std::string line = gds::writeMetricsJson(r.metrics);
        QVERIFY(line.find('\n') == std::string::npos);
        QCOMPARE(parse(line), parse(gds::writeResultJson(r))["metrics"]);
    }

    void invalidUtf8WarningIsReplaced()
    {
        gds::Result r;
        r.warnings = {{"", gds::IssueCode::Text, {}, std::string("bad \xc3\x28 byte")}};
        const ojson doc = parse(gds::writeResultJson(r));
        QVERIFY(!doc.is_discarded());
        QCOMPARE(doc["periods"].size(), std::size_t(0));
        QCOMPARE(doc["warnings"].size(), std::size_t(1));
    }

    void shortSeriesAreNotOverrun()
    {
        gds::Result r = smallResult();
        r.periods.n = 10; // claims more periods than the series hold
        r.periods.cfads.resize(2);
        QCOMPARE(parse(gds::writeResultJson(r))["periods"].size(), std::size_t(2));
        const std::string csv = gds::writePeriodCsv(r);
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 3L);
    }

    void periodCsv()
    {
        const gds::Result r = smallResult();
        const QList<QByteArray> rows = QByteArray::fromStdString(gds::writePeriodCsv(r)).split('\n');
        QCOMPARE(rows.size(), 3 + 2); // header, three periods, and the empty piece after the final newline
        QCOMPARE(rows.last(), QByteArray());
        QByteArray header = "period,start,end,days,phase";
        for (const gds::PeriodField &f : gds::periodFields())
            header += QByteArray(",") + f.key;
        QCOMPARE(rows[0], header);
        QVERIFY(rows[1].startsWith("0,2027-12-01,2027-12-01,0,close,1,"));
        QVERIFY(rows[2].startsWith("1,2027-12-01,2028-01-01,31,construction,1.5,"));
        QVERIFY(rows[3].startsWith("2,2028-01-01,2028-02-01,31,operation,-0.3333333333333333,"));
        const auto dscrColumn =
            5 + std::distance(gds::periodFields().begin(),
                              std::find_if(gds::periodFields().begin(), gds::periodFields().end(),
                                           [](const auto &f) { return std::string(f.key) == "dscr"; }));
        QCOMPARE(rows[1].split(',').at(int(dscrColumn)), QByteArray());
        QCOMPARE(rows[2].split(',').at(int(dscrColumn)), QByteArray());
        QCOMPARE(rows[3].split(',').at(int(dscrColumn)), QByteArray("1.25"));
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << "operation"
                               << "operation";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("line feed") << "two\nlines"
                                   << "\"two\nlines\"";
        QTest::newRow("carriage return") << "a\rb"
                                         << "\"a\rb\"";
    }

    void csvField()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(QString::fromStdString(gds::csvField(text.toStdString())), cell);
    }
};

QTEST_GUILESS_MAIN(TestWriters)
#include "test_writers.moc"
