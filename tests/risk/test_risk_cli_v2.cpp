// gpudeal-cli montecarlo on a gpudeal/2 deal (the real binary under QProcess): the
// gpudeal-montecarlo/2 document of cli.md key by key and in order, its nulls, the thread-count
// invariance, and --no-defaults / --no-waterfall.
#include "common/CliRunner.h"

#include <nlohmann/json.hpp>
#include <QtTest>

using ojson = nlohmann::ordered_json;

namespace {

const QString kDdtl = QStringLiteral(GDS_SOURCE_DIR "/resources/sample-deal-ddtl.json");

using Run = gds::test::CliRun;
using gds::test::runCli;

std::vector<std::string> keys(const ojson &object)
{
    std::vector<std::string> k;
    for (auto it = object.begin(); it != object.end(); ++it)
        k.push_back(it.key());
    return k;
}

ojson run(QStringList args)
{
    args.prepend(kDdtl);
    args.prepend(QStringLiteral("montecarlo"));
    args << "--json";
    const Run r = runCli(args);
    if (r.code != 0)
        return ojson();
    return ojson::parse(r.out.constData(), r.out.constData() + r.out.size());
}

} // namespace

class TestRiskCliV2 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(QStringLiteral(GDS_CLI_PATH)), GDS_CLI_PATH); }

    void monteCarloDocumentVersion2()
    {
        const ojson doc = run({"--paths", "600", "--seed", "4", "--threads", "2"});
        const std::vector<std::string> top = {"format",
                                              "paths",
                                              "seed",
                                              "threads",
                                              "elapsed_ms",
                                              "min_dscr",
                                              "prob_min_dscr_below_lockup",
                                              "prob_min_dscr_below_1",
                                              "prob_default",
                                              "prob_offtaker_default",
                                              "prob_lockup",
                                              "prob_ltv_breach",
                                              "mean_debt_prepaid",
                                              "equity_irr",
                                              "equity_irr_missing",
                                              "spot"};
        QCOMPARE(keys(doc), top);
        QCOMPARE(doc["format"].get<std::string>(), std::string("gpudeal-montecarlo/2"));
        for (const char *k : {"prob_offtaker_default", "prob_lockup", "prob_ltv_breach"}) {
            QVERIFY2(doc[k].is_number(), k);
            QVERIFY(doc[k].get<double>() >= 0.0 && doc[k].get<double>() <= 1.0);
        }
        QVERIFY(doc["mean_debt_prepaid"].get<double>() > 0.0); // the sample sweeps cash
    }

    // Without a waterfall there is no lock-up test and no LTV cure: both null; nothing is prepaid.
    void switchesShowEachMechanism()
    {
        const ojson noWaterfall = run({"--paths", "600", "--no-waterfall"});
        QCOMPARE(noWaterfall["format"].get<std::string>(), std::string("gpudeal-montecarlo/2"));
        QVERIFY(noWaterfall["prob_lockup"].is_null());
        QVERIFY(noWaterfall["prob_ltv_breach"].is_null());
        QCOMPARE(noWaterfall["mean_debt_prepaid"].get<double>(), 0.0);
        const ojson noDefaults = run({"--paths", "600", "--no-defaults"});
        QCOMPARE(noDefaults["prob_offtaker_default"].get<double>(), 0.0);
        const ojson both = run({"--paths", "600", "--no-defaults", "--no-waterfall"});
        QCOMPARE(both["prob_offtaker_default"].get<double>(), 0.0);
        QVERIFY(both["prob_lockup"].is_null());
        const ojson all = run({"--paths", "600"});
        QVERIFY(all["min_dscr"] != noWaterfall["min_dscr"]);
        const Run text = runCli({"montecarlo", kDdtl, "--paths", "300", "--no-defaults"});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("Run without offtaker defaults"));
        QVERIFY(text.out.contains("Probability an offtaker defaults"));
        QVERIFY(text.out.contains("Probability a lock-up test fails"));
        QVERIFY(text.out.contains("Mean debt prepaid"));
        QCOMPARE(runCli({"montecarlo", kDdtl, "--no-defaults=1"}).code, 64);
    }

    // sensitivity: the credit shocks and the Monte Carlo metrics for a deal with a credit block.
    void sensitivityLearnsTheCreditInputs()
    {
        const Run r = runCli({"sensitivity", kDdtl, "--paths", "300", "--sort", "prob_default", "--shock",
                              "correlation=-0.1,0.1", "--json"});
        QCOMPARE(r.code, 0);
        const ojson doc = ojson::parse(r.out.constData(), r.out.constData() + r.out.size());
        QVERIFY(doc["base"]["p90_min_dscr"].is_number());
        QVERIFY(doc["base"]["prob_default"].is_number());
        bool pd = false, rho = false;
        for (const ojson &bar : doc["bars"]) {
            QVERIFY(bar["low"].contains("p90_min_dscr") && bar["high"].contains("prob_default"));
            if (bar["key"] == "default_probability") {
                pd = true;
                QCOMPARE(bar["low"]["shock"].get<double>(), -0.5);
                QCOMPARE(bar["high"]["shock"].get<double>(), 1.0);
                QCOMPARE(bar["unit"].get<std::string>(), std::string("relative"));
            }
            if (bar["key"] == "correlation") {
                rho = true;
                QCOMPARE(bar["high"]["shock"].get<double>(), 0.1);
                QCOMPARE(bar["unit"].get<std::string>(), std::string("points"));
            }
        }
        QVERIFY(pd && rho);
    }

    // solve: a target probability of default.
    void solveForProbabilityOfDefault()
    {
        const Run r = runCli({"solve", kDdtl, "--target", "prob_default=0.01", "--vary", "contract_price:1",
                              "--hold-debt", "--paths", "300", "--json"});
        QCOMPARE(r.code, 0);
        const ojson doc = ojson::parse(r.out.constData(), r.out.constData() + r.out.size());
        QCOMPARE(doc["target"]["metric"].get<std::string>(), std::string("prob_default"));
        QVERIFY(doc["achieved"].get<double>() <= 0.01);
        QCOMPARE(runCli({"solve", kDdtl, "--target", "prob_defaults=0.01", "--vary", "contract_price"}).code,
                 64);
    }

    void threadCountDoesNotChangeTheNumbers()
    {
        ojson docs[2];
        for (int t = 1; t <= 2; ++t) {
            docs[t - 1] = run({"--paths", "1200", "--seed", "8", "--threads", QString::number(t)});
            docs[t - 1].erase("elapsed_ms");
            docs[t - 1].erase("threads");
        }
        QCOMPARE(QByteArray::fromStdString(docs[0].dump()), QByteArray::fromStdString(docs[1].dump()));
    }
};

QTEST_GUILESS_MAIN(TestRiskCliV2)
#include "test_risk_cli_v2.moc"
