// gpudeal-cli montecarlo / sensitivity / solve as a user runs them (the real binary under QProcess):
// the gpudeal-montecarlo/1 document of cli.md key by key and in order, thread-count invariance, exit
// codes (64 usage, 2 invalid deal, 1 missing file), and the sensitivity and solve documents' shape.
#include "common/CliRunner.h"

#include <nlohmann/json.hpp>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using ojson = nlohmann::ordered_json;

namespace {

const QString kSample = QStringLiteral(GDS_SOURCE_DIR "/resources/sample-deal.json");

using Run = gds::test::CliRun;
using gds::test::runCli;

std::vector<std::string> keys(const ojson &object)
{
    std::vector<std::string> k;
    for (auto it = object.begin(); it != object.end(); ++it)
        k.push_back(it.key());
    return k;
}

ojson parse(const QByteArray &bytes)
{
    return ojson::parse(bytes.constData(), bytes.constData() + bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRiskCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(QStringLiteral(GDS_CLI_PATH)), GDS_CLI_PATH); }

    // cli.md: the gpudeal-montecarlo/1 document, its keys in this order, a spot band per period 1..N.
    void monteCarloDocument()
    {
        const Run r =
            runCli({"montecarlo", kSample, "--paths", "800", "--seed", "5", "--threads", "2", "--json"});
        QCOMPARE(r.code, 0);
        const ojson doc = parse(r.out);
        const std::vector<std::string> top = {"format",
                                              "paths",
                                              "seed",
                                              "threads",
                                              "elapsed_ms",
                                              "min_dscr",
                                              "prob_min_dscr_below_lockup",
                                              "prob_min_dscr_below_1",
                                              "prob_default",
                                              "equity_irr",
                                              "equity_irr_missing",
                                              "spot"};
        QCOMPARE(keys(doc), top);
        QCOMPARE(doc["format"].get<std::string>(), std::string("gpudeal-montecarlo/1"));
        QCOMPARE(doc["paths"].get<int>(), 800);
        QCOMPARE(doc["seed"].get<int>(), 5);
        QCOMPARE(doc["threads"].get<int>(), 2);
        QVERIFY(doc["elapsed_ms"].is_number() && doc["elapsed_ms"].get<double>() >= 0.0);
        QCOMPARE(keys(doc["min_dscr"]), (std::vector<std::string>{"p50", "p90", "p99"}));
        QCOMPARE(keys(doc["equity_irr"]), (std::vector<std::string>{"p10", "p50", "p90"}));
        // p90 is the value 90 % of paths stay above: below the median.
        QVERIFY(doc["min_dscr"]["p99"].get<double>() <= doc["min_dscr"]["p90"].get<double>());
        QVERIFY(doc["min_dscr"]["p90"].get<double>() <= doc["min_dscr"]["p50"].get<double>());
        QVERIFY(doc["equity_irr"]["p10"].get<double>() <= doc["equity_irr"]["p90"].get<double>());
        const ojson deal = parse(readFile(kSample));
        const int n = deal["construction_months"].get<int>() + deal["operating_months"].get<int>();
        QCOMPARE(int(doc["spot"].size()), n);
        for (int p = 0; p < n; ++p) {
            const ojson &band = doc["spot"][std::size_t(p)];
            QCOMPARE(keys(band), (std::vector<std::string>{"period", "mean", "p10", "p50", "p90"}));
            QCOMPARE(band["period"].get<int>(), p + 1);
            QVERIFY(band["p10"].get<double>() <= band["p50"].get<double>());
        }
    }

    // Everything but elapsed_ms and threads is the same for 1 and 2 threads.
    void threadCountDoesNotChangeTheNumbers()
    {
        ojson docs[2];
        for (int t = 1; t <= 2; ++t) {
            const Run r =
                runCli({"montecarlo", kSample, "--paths", "1500", "--threads", QString::number(t), "--json"});
            QCOMPARE(r.code, 0);
            docs[t - 1] = parse(r.out);
            QCOMPARE(docs[t - 1]["threads"].get<int>(), t);
            docs[t - 1].erase("elapsed_ms");
            docs[t - 1].erase("threads");
        }
        QCOMPARE(QByteArray::fromStdString(docs[0].dump()), QByteArray::fromStdString(docs[1].dump()));
        const Run other = runCli({"montecarlo", kSample, "--paths", "1500", "--seed", "2", "--json"});
        ojson d = parse(other.out);
        d.erase("elapsed_ms");
        d.erase("threads");
        QVERIFY(d["min_dscr"] != docs[0]["min_dscr"]); // the seed matters: the comparison above can fail
    }

    void readableSummary()
    {
        const Run r = runCli({"montecarlo", "-", "--paths", "300"}, readFile(kSample));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Min DSCR, P90"));
        QVERIFY(r.out.contains("Probability of default"));
        QVERIFY(r.out.contains("Spot index fan"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("--paths 0") << QStringList{"montecarlo", kSample, "--paths", "0"} << 64;
        QTest::newRow("--paths abc") << QStringList{"montecarlo", kSample, "--paths", "abc"} << 64;
        QTest::newRow("--paths 10x") << QStringList{"montecarlo", kSample, "--paths=10x"} << 64;
        QTest::newRow("--threads 0") << QStringList{"montecarlo", kSample, "--threads", "0"} << 64;
        QTest::newRow("--seed -1") << QStringList{"montecarlo", kSample, "--seed", "-1"} << 64;
        QTest::newRow("unknown option") << QStringList{"montecarlo", kSample, "--fast"} << 64;
        QTest::newRow("no deal") << QStringList{"montecarlo"} << 64;
        QTest::newRow("--paths without value") << QStringList{"montecarlo", kSample, "--paths"} << 64;
        QTest::newRow("missing file") << QStringList{"montecarlo", "/nonexistent/deal.json"} << 1;
        QTest::newRow("sensitivity, missing file")
            << QStringList{"sensitivity", "/nonexistent/deal.json"} << 1;
        QTest::newRow("solve, missing file")
            << QStringList{"solve", "/nonexistent/deal.json", "--target", "min_dscr=1.3", "--vary", "debt"}
            << 1;
        QTest::newRow("sensitivity, bad shock key")
            << QStringList{"sensitivity", kSample, "--shock", "gold=-1,1"} << 64;
        QTest::newRow("sensitivity, bad range")
            << QStringList{"sensitivity", kSample, "--shock", "capex=-0.1"} << 64;
        QTest::newRow("sensitivity, bad sort") << QStringList{"sensitivity", kSample, "--sort", "npv"} << 64;
        QTest::newRow("solve, no target") << QStringList{"solve", kSample, "--vary", "debt"} << 64;
        QTest::newRow("solve, bad metric")
            << QStringList{"solve", kSample, "--target", "npv=1", "--vary", "debt"} << 64;
        QTest::newRow("solve, bad vary")
            << QStringList{"solve", kSample, "--target", "min_dscr=1.3", "--vary", "swap_strike"} << 64;
        QTest::newRow("solve, bad bracket")
            << QStringList{"solve", kSample, "--target", "min_dscr=1.3", "--vary", "debt", "--between", "5,1"}
            << 64;
        QTest::newRow("solve, no such hedge")
            << QStringList{"solve", kSample, "--target", "min_dscr=1.3", "--vary", "swap_strike:7"} << 2;
        QTest::newRow("montecarlo --help") << QStringList{"montecarlo", "--help"} << 0;
        QTest::newRow("sensitivity --help") << QStringList{"sensitivity", "--help"} << 0;
        QTest::newRow("solve --help") << QStringList{"solve", "--help"} << 0;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run r = runCli(args);
        QVERIFY(!r.crashed());
        QCOMPARE(r.code, code);
        if (code != 0)
            QVERIFY(r.out.isEmpty() && !r.err.isEmpty());
    }

    // An invalid deal: exit 2, each issue on its own line starting with its JSON path.
    void invalidDealIsExit2_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("montecarlo") << "montecarlo";
        QTest::newRow("sensitivity") << "sensitivity";
        QTest::newRow("solve") << "solve";
    }
    void invalidDealIsExit2()
    {
        QFETCH(QString, command);
        ojson deal = parse(readFile(kSample));
        deal["cluster"]["availability"] = 1.5;
        deal["market"]["merchant_utilization"] = -1;
        QStringList args{command, "-"};
        if (command == "solve")
            args << "--target"
                 << "min_dscr=1.3"
                 << "--vary"
                 << "debt";
        const Run r = runCli(args, QByteArray::fromStdString(deal.dump()));
        QCOMPARE(r.code, 2);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith("cluster.availability"), lines[0].constData());
        QVERIFY2(lines[1].startsWith("market.merchant_utilization"), lines[1].constData());
    }

    void sensitivityDocument()
    {
        const Run r = runCli({"sensitivity", kSample, "--shock", "spot_price=-0.3,0.3", "--json"});
        QCOMPARE(r.code, 0);
        const ojson doc = parse(r.out);
        QCOMPARE(keys(doc), (std::vector<std::string>{"format", "sort", "base", "bars"}));
        QCOMPARE(doc["format"].get<std::string>(), std::string("gpudeal-sensitivity/1"));
        QCOMPARE(keys(doc["base"]), (std::vector<std::string>{"min_dscr", "equity_irr", "debt"}));
        QCOMPARE(doc["bars"].size(), std::size_t(7));
        double previous = std::numeric_limits<double>::infinity();
        for (const ojson &bar : doc["bars"]) {
            QCOMPARE(keys(bar),
                     (std::vector<std::string>{"key", "label", "unit", "low", "high", "swing", "note"}));
            for (const char *end : {"low", "high"})
                QCOMPARE(keys(bar[end]), (std::vector<std::string>{"shock", "computable", "min_dscr",
                                                                   "equity_irr", "debt", "problem"}));
            QVERIFY(bar["swing"].get<double>() <= previous);
            previous = bar["swing"].get<double>();
            if (bar["key"] == "spot_price") {
                QCOMPARE(bar["low"]["shock"].get<double>(), -0.3);
                QCOMPARE(bar["high"]["shock"].get<double>(), 0.3);
            }
        }
    }

    void solveDocument()
    {
        const Run r = runCli({"solve", kSample, "--target", "min_dscr=1.45", "--vary", "contract_price",
                              "--hold-debt", "--json"});
        QCOMPARE(r.code, 0);
        const ojson doc = parse(r.out);
        QCOMPARE(keys(doc),
                 (std::vector<std::string>{"format", "target", "vary", "solved", "value", "achieved",
                                           "base_value", "base_metric", "bracket", "iterations",
                                           "evaluations", "binding", "prices", "message"}));
        QCOMPARE(doc["format"].get<std::string>(), std::string("gpudeal-solve/1"));
        QVERIFY(doc["solved"].get<bool>());
        QVERIFY(std::fabs(doc["achieved"].get<double>() - 1.45) <= 1e-6);
        QCOMPARE(doc["binding"].get<std::string>(), std::string("min_dscr"));

        const Run none = runCli(
            {"solve", kSample, "--target", "min_dscr=100", "--vary", "contract_price", "--between", "0.5,2"});
        QCOMPARE(none.code, 0);
        QVERIFY2(none.out.contains("even at") && none.out.contains("is only"), none.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestRiskCli)
#include "test_risk_cli.moc"
