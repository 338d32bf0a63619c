// gpudeal-cli as a user runs it: the real binary (GDS_CLI_PATH) under QProcess. Checks the exit codes of
// cli.md (0 ok, 1 runtime failure, 2 invalid input, 64 usage), the documents it prints, and the worked
// examples of tests/data/examples (README.md there: the reference implementation's result documents,
// compared to 1e-6 relative or 1e-4 absolute, whichever is looser; sizing_iterations and warnings not
// compared).
#include "common/CliRunner.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using ojson = nlohmann::ordered_json;

namespace {

const QString kSample = QStringLiteral(GDS_SOURCE_DIR "/resources/sample-deal.json");
const QString kSampleDdtl = QStringLiteral(GDS_SOURCE_DIR "/resources/sample-deal-ddtl.json");
const QString kExamples = QStringLiteral(GDS_TEST_DATA "/examples/");

// The gpudeal-result/2 document of cli.md, written out here (not taken from the product's field tables).
const std::vector<std::string> kTopKeys = {"format", "metrics", "tranches", "periods", "warnings"};
const std::vector<std::string> kMetricKeys = {"total_capex",
                                              "idc",
                                              "upfront_fee",
                                              "commitment_fees",
                                              "dsra_initial",
                                              "total_uses",
                                              "debt",
                                              "debt_drawn",
                                              "equity",
                                              "gearing",
                                              "ltv",
                                              "coverage",
                                              "margin",
                                              "min_dscr",
                                              "avg_dscr",
                                              "llcr",
                                              "lender_yield",
                                              "equity_irr",
                                              "project_irr",
                                              "wacc",
                                              "npv",
                                              "lcoc",
                                              "spot_headroom",
                                              "payback_months",
                                              "lockup_breaches",
                                              "default_breaches",
                                              "terminal_value",
                                              "terminal_tax",
                                              "debt_prepaid",
                                              "max_trapped",
                                              "ltv_breaches",
                                              "peak_ltv",
                                              "debt_repaid_period",
                                              "sizing_iterations"};
const std::vector<std::string> kPeriodKeys = {"period",
                                              "start",
                                              "end",
                                              "days",
                                              "phase",
                                              "capex",
                                              "sellable_hours",
                                              "contract_revenue",
                                              "prepayment",
                                              "prepaid_release",
                                              "merchant_revenue",
                                              "spot_price",
                                              "hedge",
                                              "hedge_margin",
                                              "power",
                                              "fixed_opex",
                                              "variable_opex",
                                              "ebitda",
                                              "depreciation",
                                              "fin_amort",
                                              "interest",
                                              "tax",
                                              "cfads",
                                              "draw",
                                              "idc",
                                              "commitment_fee",
                                              "principal",
                                              "prepay",
                                              "debt_service",
                                              "balance",
                                              "dscr",
                                              "dsra",
                                              "hist_dscr",
                                              "cash_account",
                                              "lockup_account",
                                              "distribution",
                                              "support",
                                              "collateral_value",
                                              "ltv",
                                              "equity_flow"};

using Run = gds::test::CliRun;
using gds::test::runCli;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

ojson parse(const QByteArray &bytes)
{
    return ojson::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

std::vector<std::string> keysOf(const ojson &object)
{
    std::vector<std::string> keys;
    if (object.is_object())
        for (const auto &item : object.items())
            keys.push_back(item.key());
    return keys;
}

QStringList toQt(const std::vector<std::string> &v)
{
    QStringList out;
    for (const std::string &s : v)
        out << QString::fromStdString(s);
    return out;
}

QStringList lines(const QByteArray &text)
{
    QStringList out;
    for (const QString &l : QString::fromUtf8(text).split(QLatin1Char('\n')))
        if (!l.isEmpty())
            out << l;
    return out;
}

// Expected against calculated, to 1e-6 relative or 1e-4 absolute, whichever is looser; null only where
// null. sizing_iterations and the warnings are informative (cli.md) and skipped.
void compareDocument(const ojson &actual, const ojson &expected, const std::string &path, QStringList &bad)
{
    const QString where = QString::fromStdString(path);
    if (expected.is_null()) {
        if (!actual.is_null())
            bad << where + QStringLiteral(": calculated %1, expected null")
                               .arg(QString::fromStdString(actual.dump()));
        return;
    }
    if (expected.is_number()) {
        if (!actual.is_number()) {
            bad << where + QStringLiteral(": calculated %1, expected %2")
                               .arg(QString::fromStdString(actual.dump()),
                                    QString::fromStdString(expected.dump()));
            return;
        }
        const double a = actual.get<double>(), e = expected.get<double>();
        const double tolerance = std::max(1e-6 * std::fabs(e), 1e-4);
        if (!(std::fabs(a - e) <= tolerance))
            bad << where + QStringLiteral(": calculated %1, expected %2, error %3")
                               .arg(a, 0, 'g', 17)
                               .arg(e, 0, 'g', 17)
                               .arg(a - e, 0, 'g', 3);
        return;
    }
    if (expected.is_object()) {
        if (keysOf(actual) != keysOf(expected)) {
            bad << where + QStringLiteral(": keys [%1], expected [%2]")
                               .arg(toQt(keysOf(actual)).join(QLatin1Char(',')),
                                    toQt(keysOf(expected)).join(QLatin1Char(',')));
            return;
        }
        for (const auto &item : expected.items()) {
            if (item.key() == "sizing_iterations" || (path.empty() && item.key() == "warnings"))
                continue;
            compareDocument(actual[item.key()], item.value(),
                            path.empty() ? item.key() : path + "." + item.key(), bad);
        }
        return;
    }
    if (expected.is_array()) {
        if (!actual.is_array() || actual.size() != expected.size()) {
            bad << where +
                       QStringLiteral(": %1 entries, expected %2").arg(actual.size()).arg(expected.size());
            return;
        }
        for (std::size_t i = 0; i < expected.size(); ++i)
            compareDocument(actual[i], expected[i], path + "[" + std::to_string(i) + "]", bad);
        return;
    }
    if (actual != expected)
        bad << where +
                   QStringLiteral(": calculated %1, expected %2")
                       .arg(QString::fromStdString(actual.dump()), QString::fromStdString(expected.dump()));
}

// A stderr line of an invalid deal starts with its JSON path, e.g. "offtake[1].term_months: ...".
const QRegularExpression kPathLine(
    QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\[\\d+\\])*(\\.[A-Za-z_][A-Za-z0-9_]*(\\[\\d+\\])*)*: \\S"));

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString tmp(const QString &name) const { return m_dir.filePath(name); }

    // The sample deal with one value replaced (a JSON pointer), written to a temporary file.
    QString mutatedSample(const QString &name, const QString &pointer, const QByteArray &valueJson)
    {
        ojson deal = parse(readFile(kSample));
        deal[ojson::json_pointer(pointer.toStdString())] = parse(valueJson);
        const QString path = tmp(name);
        return writeFile(path, QByteArray::fromStdString(deal.dump(2))) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(GDS_CLI_PATH)), GDS_CLI_PATH);
        QVERIFY(!readFile(kSample).isEmpty());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("expected");
        const QString s = kSample;
        const QString missing = QStringLiteral("/nonexistent-dir/no-such-deal.json");
        const QString out = QStringLiteral("@tmp/out.csv");
        const QByteArray sample = readFile(kSample);
        using L = QStringList;
        QTest::newRow("no arguments") << L{} << QByteArray() << 64;
        QTest::newRow("unknown command") << L{"frobnicate"} << QByteArray() << 64;
        QTest::newRow("unknown top-level option") << L{"--frobnicate"} << QByteArray() << 64;
        QTest::newRow("--help") << L{"--help"} << QByteArray() << 0;
        QTest::newRow("help") << L{"help"} << QByteArray() << 0;
        QTest::newRow("--version") << L{"--version"} << QByteArray() << 0;
        QTest::newRow("sample") << L{"sample"} << QByteArray() << 0;
        QTest::newRow("sample with an argument") << L{"sample", s} << QByteArray() << 64;
        QTest::newRow("sample h100") << L{"sample", "h100"} << QByteArray() << 0;
        QTest::newRow("sample ddtl") << L{"sample", "ddtl"} << QByteArray() << 0;
        QTest::newRow("sample with two arguments") << L{"sample", "h100", "ddtl"} << QByteArray() << 64;
        QTest::newRow("validate") << L{"validate", s} << QByteArray() << 0;
        QTest::newRow("validate without a deal") << L{"validate"} << QByteArray() << 64;
        QTest::newRow("validate two deals") << L{"validate", s, s} << QByteArray() << 64;
        QTest::newRow("validate unknown option") << L{"validate", s, "--json"} << QByteArray() << 64;
        QTest::newRow("validate missing file") << L{"validate", missing} << QByteArray() << 1;
        QTest::newRow("validate a directory") << L{"validate", "@tmp"} << QByteArray() << 1;
        QTest::newRow("validate stdin") << L{"validate", "-"} << sample << 0;
        QTest::newRow("validate empty stdin") << L{"validate", "-"} << QByteArray() << 2;
        QTest::newRow("compute") << L{"compute", s} << QByteArray() << 0;
        QTest::newRow("compute --json") << L{"compute", s, "--json"} << QByteArray() << 0;
        QTest::newRow("compute --json first") << L{"compute", "--json", s} << QByteArray() << 0;
        QTest::newRow("compute stdin") << L{"compute", "-", "--json"} << sample << 0;
        QTest::newRow("compute without a deal") << L{"compute"} << QByteArray() << 64;
        QTest::newRow("compute unknown option") << L{"compute", s, "--fast"} << QByteArray() << 64;
        QTest::newRow("compute missing file") << L{"compute", missing} << QByteArray() << 1;
        QTest::newRow("compare") << L{"compare", s, s} << QByteArray() << 0;
        QTest::newRow("compare --json") << L{"compare", s, s, "--json"} << QByteArray() << 0;
        QTest::newRow("compare without deals") << L{"compare"} << QByteArray() << 64;
        QTest::newRow("compare unknown option") << L{"compare", s, "-x"} << QByteArray() << 64;
        QTest::newRow("compare missing file") << L{"compare", s, missing} << QByteArray() << 1;
        QTest::newRow("export csv") << L{"export", "csv", s, "-o", out} << QByteArray() << 0;
        QTest::newRow("export csv --output=")
            << L{"export", "csv", s, "--output=" + out} << QByteArray() << 0;
        QTest::newRow("export csv without -o") << L{"export", "csv", s} << QByteArray() << 64;
        QTest::newRow("export csv -o without file") << L{"export", "csv", s, "-o"} << QByteArray() << 64;
        QTest::newRow("export csv without a deal") << L{"export", "csv", "-o", out} << QByteArray() << 64;
        QTest::newRow("export csv missing deal")
            << L{"export", "csv", missing, "-o", out} << QByteArray() << 1;
        QTest::newRow("export csv unwritable") << L{"export", "csv", s, "-o", missing} << QByteArray() << 1;
        QTest::newRow("export without format") << L{"export"} << QByteArray() << 64;
        QTest::newRow("export unknown format") << L{"export", "docx", s, "-o", out} << QByteArray() << 64;
        QTest::newRow("bench") << L{"bench", s, "--iterations", "3"} << QByteArray() << 0;
        QTest::newRow("bench --iterations=")
            << L{"bench", s, "--iterations=2", "--json"} << QByteArray() << 0;
        QTest::newRow("bench iterations not a number")
            << L{"bench", s, "--iterations", "abc"} << QByteArray() << 64;
        QTest::newRow("bench iterations zero") << L{"bench", s, "--iterations", "0"} << QByteArray() << 64;
        QTest::newRow("bench iterations negative")
            << L{"bench", s, "--iterations", "-5"} << QByteArray() << 64;
        QTest::newRow("bench iterations fraction")
            << L{"bench", s, "--iterations", "1.5"} << QByteArray() << 64;
        QTest::newRow("bench iterations overflow")
            << L{"bench", s, "--iterations", "99999999999999999999"} << QByteArray() << 64;
        QTest::newRow("bench iterations missing") << L{"bench", s, "--iterations"} << QByteArray() << 64;
        QTest::newRow("bench missing file") << L{"bench", missing, "--iterations", "1"} << QByteArray() << 1;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, expected);
        for (QString &a : args)
            a.replace(QStringLiteral("@tmp"), m_dir.path());
        const Run r = runCli(args, input);
        QVERIFY2(!r.crashed(), r.err.constData());
        QCOMPARE(r.code, expected);
        if (expected != 0)
            QVERIFY2(!r.err.trimmed().isEmpty(), "a failure must say why on stderr");
        if (expected == 64)
            QVERIFY(r.out.isEmpty());
    }

    void invalidDeal_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("negative GPU count") << "/cluster/gpus" << QByteArray("-5") << "cluster.gpus";
        QTest::newRow("contract term 0")
            << "/offtake/1/term_months" << QByteArray("0") << "offtake[1].term_months";
        QTest::newRow("wrong type") << "/market/volatility" << QByteArray("\"high\"") << "market.volatility";
        QTest::newRow("unknown key") << "/cluster/colour" << QByteArray("\"red\"") << "cluster.colour";
        QTest::newRow("debt larger than the capex it funds (engine)")
            << "/debt/sizing" << QByteArray("{\"amount\": 1e10}") << "debt.sizing";
    }

    void invalidDeal()
    {
        QFETCH(QString, pointer);
        QFETCH(QByteArray, value);
        QFETCH(QString, path);
        const QString file = mutatedSample(QStringLiteral("invalid.json"), pointer, value);
        QVERIFY(!file.isEmpty());
        const QList<QStringList> invocations = {{"validate", file},
                                                {"compute", file},
                                                {"compute", file, "--json"},
                                                {"export", "csv", file, "-o", tmp("never.csv")},
                                                {"bench", file, "--iterations", "1"},
                                                {"validate", "-"}};
        for (const QStringList &args : invocations) {
            const Run r = runCli(args, args.last() == QLatin1String("-") ? readFile(file) : QByteArray());
            QVERIFY2(!r.crashed(), qPrintable(args.join(' ')));
            QCOMPARE(r.code, 2);
            QCOMPARE(r.out, QByteArray());
            const QStringList errors = lines(r.err);
            QVERIFY(!errors.isEmpty());
            for (const QString &line : errors)
                QVERIFY2(kPathLine.match(line).hasMatch(), qPrintable(line));
            QVERIFY2(std::any_of(errors.begin(), errors.end(),
                                 [&](const QString &l) {
                                     return l.startsWith(path + QLatin1Char(':')) ||
                                            l.startsWith(path + QLatin1Char('.'));
                                 }),
                     qPrintable(errors.join('\n')));
        }
        QVERIFY(!QFile::exists(tmp("never.csv")));
    }

    void compareNamesTheInvalidFile()
    {
        const QString bad =
            mutatedSample(QStringLiteral("bad-gpus.json"), QStringLiteral("/cluster/gpus"), "-5");
        const Run r = runCli({"compare", kSample, bad});
        QCOMPARE(r.code, 2);
        const QStringList errors = lines(r.err);
        QVERIFY(!errors.isEmpty());
        for (const QString &line : errors) {
            QVERIFY2(line.startsWith(bad + QStringLiteral(": ")), qPrintable(line));
            QVERIFY2(kPathLine.match(line.mid(bad.size() + 2)).hasMatch(), qPrintable(line));
        }
    }

    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("truncated") << readFile(kSample).left(700);
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\"format\"\x80", 13);
        QTest::newRow("invalid UTF-8 in a string")
            << QByteArray("{\"format\": \"gpudeal/1\", \"name\": \"\xc3\x28\"}");
        QTest::newRow("overflowing number")
            << QByteArray("{\"format\": \"gpudeal/1\", \"operating_months\": 1e999}");
        QTest::newRow("deep nesting") << QByteArray(20000, '[') + QByteArray(20000, ']');
        QTest::newRow("over 16 MiB") << QByteArray(16 * 1024 * 1024 + 10, ' ');
    }

    void garbageNeverCrashes()
    {
        QFETCH(QByteArray, input);
        for (const char *command : {"validate", "compute"}) {
            const Run r = runCli({command, "-"}, input);
            QVERIFY2(!r.crashed(), command);
            QCOMPARE(r.code, 2);
            QVERIFY(!r.err.isEmpty());
        }
    }

    void sampleIsTheResourceVerbatim()
    {
        const Run r = runCli({"sample"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, readFile(kSample));
    }

    void sampleDdtlIsTheResourceVerbatim()
    {
        QCOMPARE(runCli({"sample", "h100"}).out, readFile(kSample));
        const Run r = runCli({"sample", "ddtl"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, readFile(kSampleDdtl));
        const Run v = runCli({"validate", "-"}, r.out);
        QCOMPARE(v.out, QByteArray("ok\n"));
    }

    // Invalid gpudeal/2 deals (deal-format.md, v2 rows): exit 2, each error on a line starting with
    // its JSON path.
    void invalidV2DealsExitTwoWithTheirPaths_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("tranche shares") << "/debt/tranches/1/share" << QByteArray("0.5") << "debt.tranches";
        QTest::newRow("waterfall test_months")
            << "/debt/waterfall/test_months" << QByteArray("13") << "debt.waterfall.test_months";
        QTest::newRow("max_ltv out of range")
            << "/debt/covenants/max_ltv" << QByteArray("11") << "debt.covenants.max_ltv";
        QTest::newRow("collateral floor") << "/collateral/floor" << QByteArray("1.5") << "collateral.floor";
        QTest::newRow("bonus") << "/tax/bonus" << QByteArray("2") << "tax.bonus";
        QTest::newRow("margin by rating") << "/debt/tranches/1/rate/margin_by_rating/BB" << QByteArray("2")
                                          << "debt.tranches[1].rate.margin_by_rating.BB";
        QTest::newRow("credit correlation")
            << "/credit/correlation" << QByteArray("1") << "credit.correlation";
        QTest::newRow("beyond 1e12") << "/capex/0/unit_cost" << QByteArray("2e12") << "capex[0].unit_cost";
        QTest::newRow("v2 key in a gpudeal/1 file")
            << "/format" << QByteArray("\"gpudeal/1\"") << "debt.tranches";
    }
    void invalidV2DealsExitTwoWithTheirPaths()
    {
        QFETCH(QString, pointer);
        QFETCH(QByteArray, value);
        QFETCH(QString, path);
        ojson deal = parse(readFile(kSampleDdtl));
        deal[ojson::json_pointer(pointer.toStdString())] = parse(value);
        const QString file = tmp(QStringLiteral("invalid-v2.json"));
        QVERIFY(writeFile(file, QByteArray::fromStdString(deal.dump(2))));
        const Run r = runCli({"validate", file});
        QCOMPARE(r.code, 2);
        const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        bool found = false;
        for (const QString &line : lines) {
            QVERIFY2(kPathLine.match(line).hasMatch(), qPrintable(line));
            found = found || line.startsWith(path + QStringLiteral(": "));
        }
        QVERIFY2(found, qPrintable(r.err));
        QCOMPARE(runCli({"compute", file, "--json"}).code, 2);
    }

    void sampleRoundTripsThroughValidate()
    {
        const Run sample = runCli({"sample"});
        const Run r = runCli({"validate", "-"}, sample.out);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("ok\n"));
        QCOMPARE(r.err, QByteArray());
    }

    void validatePrintsOk()
    {
        const Run r = runCli({"validate", kSample});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("ok\n"));
    }

    void version()
    {
        const Run r = runCli({"--version"});
        QCOMPARE(r.code, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^gpudeal-cli \\d+\\.\\d+\\.\\d+\\n$"))
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
    }

    void computeJsonDocument()
    {
        const Run r = runCli({"compute", kSample, "--json"});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);

        const ojson doc = parse(r.out);
        QVERIFY(!doc.is_discarded());
        QCOMPARE(toQt(keysOf(doc)), toQt(kTopKeys));
        QCOMPARE(doc["format"].get<std::string>(), std::string("gpudeal-result/2"));
        QCOMPARE(toQt(keysOf(doc["metrics"])), toQt(kMetricKeys));
        QCOMPARE(int(doc["tranches"].size()), 1); // one tranche, named after debt.name
        QCOMPARE(toQt(keysOf(doc["tranches"][0])), (QStringList{"name", "amount", "margin", "lender_yield"}));
        QCOMPARE(doc["tranches"][0]["name"], parse(readFile(kSample))["debt"]["name"]);
        QVERIFY(doc["warnings"].is_array());
        for (const ojson &w : doc["warnings"])
            QVERIFY(w.is_string());
        for (const char *integer : {"payback_months", "lockup_breaches", "default_breaches", "ltv_breaches",
                                    "debt_repaid_period", "sizing_iterations"})
            QVERIFY2(doc["metrics"][integer].is_null() || doc["metrics"][integer].is_number_integer(),
                     integer);

        const ojson &periods = doc["periods"];
        QCOMPARE(int(periods.size()), 3 + 72 + 1); // the sample: C = 3, O = 72, periods 0..N
        for (std::size_t p = 0; p < periods.size(); ++p) {
            QCOMPARE(toQt(keysOf(periods[p])), toQt(kPeriodKeys));
            QCOMPARE(periods[p]["period"].get<int>(), int(p));
            const std::string phase = periods[p]["phase"];
            QCOMPARE(phase, std::string(p == 0 ? "close" : p <= 3 ? "construction" : "operation"));
            if (p == 0) {
                QCOMPARE(periods[p]["start"].get<std::string>(), std::string("2027-01-01"));
                QCOMPARE(periods[p]["end"].get<std::string>(), std::string("2027-01-01"));
                QCOMPARE(periods[p]["days"].get<int>(), 0);
            } else if (p + 1 < periods.size()) {
                QCOMPARE(periods[p]["end"], periods[p + 1]["start"]);
            }
        }
        QCOMPARE(periods[1]["start"].get<std::string>(), std::string("2027-01-01"));
        QCOMPARE(periods[12]["end"].get<std::string>(), std::string("2028-01-01"));
        QCOMPARE(periods[14]["days"].get<int>(), 29); // February 2028
        QCOMPARE(periods[75]["end"].get<std::string>(), std::string("2033-04-01"));
    }

    void examples_data()
    {
        QTest::addColumn<QString>("name");
        // tests/data/examples/README.md: reference result documents of an independent implementation.
        QTest::newRow("c00_sample: sculpted, LTV cap, margin grid, prepayment, futures") << "c00_sample";
        QTest::newRow("c04: bullet, fixed amount, ACT/365F, leap February") << "c04_bullet_act365_leap";
        QTest::newRow("c19: annuity, fixed rate, 30/360, no construction") << "c19_annuity_30360_c0";
        QTest::newRow("v2_00: sample ddtl, tranches, sweep, LTV, MACRS") << "v2_00_sample_ddtl";
        QTest::newRow("v2_01: lock-up and release") << "v2_01_lockup_release";
        QTest::newRow("v2_02: LTV cure and breaches") << "v2_02_ltv_cure";
    }

    void examples()
    {
        QFETCH(QString, name);
        const ojson expected = parse(readFile(kExamples + name + ".expected.json"));
        QVERIFY(!expected.is_discarded());
        const Run r = runCli({"compute", kExamples + name + ".json", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const ojson actual = parse(r.out);
        QVERIFY(!actual.is_discarded());
        QStringList mismatches;
        compareDocument(actual, expected, "", mismatches);
        // Printed as "field: calculated x, expected y, error e", at most 20 lines.
        QVERIFY2(mismatches.isEmpty(), qPrintable(QStringLiteral("%1 mismatches:\n").arg(mismatches.size()) +
                                                  mismatches.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void compareJsonEqualsComputeMetrics()
    {
        const QStringList names = {"c19_annuity_30360_c0", "c00_sample", "c04_bullet_act365_leap"};
        QStringList args{"compare"};
        for (const QString &n : names)
            args << kExamples + n + ".json";
        args << "--json";
        const Run r = runCli(args);
        QCOMPARE(r.code, 0);
        const ojson doc = parse(r.out);
        QCOMPARE(toQt(keysOf(doc)), QStringList{"structures"});
        QCOMPARE(int(doc["structures"].size()), names.size());
        for (int i = 0; i < names.size(); ++i) {
            const QString file = kExamples + names[i] + ".json";
            const ojson &s = doc["structures"][std::size_t(i)];
            QCOMPARE(toQt(keysOf(s)), (QStringList{"name", "file", "metrics"}));
            QCOMPARE(QString::fromStdString(s["file"]), file);
            QCOMPARE(s["name"], parse(readFile(file))["name"]);
            const ojson computed = parse(runCli({"compute", file, "--json"}).out);
            QCOMPARE(QString::fromStdString(s["metrics"].dump()),
                     QString::fromStdString(computed["metrics"].dump()));
        }
        const Run readable = runCli({"compare", kExamples + names[0] + ".json", kSample});
        QCOMPARE(readable.code, 0);
        QVERIFY(readable.out.contains("Min DSCR"));
        QVERIFY(readable.out.contains("Equity IRR"));
    }

    void exportCsvMatchesComputeJson_data() { examples_data(); }

    void exportCsvMatchesComputeJson()
    {
        QFETCH(QString, name);
        const QString deal = kExamples + name + ".json";
        const QString csvPath = tmp(name + ".csv");
        const Run r = runCli({"export", "csv", deal, "-o", csvPath});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray());
        const ojson doc = parse(runCli({"compute", deal, "--json"}).out);
        const ojson &periods = doc["periods"];

        const QByteArray csv = readFile(csvPath);
        QVERIFY(csv.endsWith('\n'));
        const QList<QByteArray> rows = csv.trimmed().split('\n');
        QCOMPARE(rows.size(), int(periods.size()) + 1);
        QCOMPARE(QString::fromUtf8(rows[0]), toQt(kPeriodKeys).join(QLatin1Char(',')));
        for (std::size_t p = 0; p < periods.size(); ++p) {
            const QList<QByteArray> cells = rows[int(p) + 1].split(',');
            QCOMPARE(cells.size(), int(kPeriodKeys.size()));
            for (std::size_t c = 0; c < kPeriodKeys.size(); ++c) {
                const ojson &v = periods[p][kPeriodKeys[c]];
                const QByteArray &cell = cells[int(c)];
                if (v.is_null())
                    QCOMPARE(cell, QByteArray());
                else if (v.is_string())
                    QCOMPARE(cell.toStdString(), v.get<std::string>());
                else
                    QCOMPARE(cell.toDouble(), v.get<double>()); // same shortest round-trip text, exactly
            }
        }
    }

    void stdinDash()
    {
        const QByteArray sample = readFile(kSample);
        const Run fromFile = runCli({"compute", kSample, "--json"});
        const Run fromStdin = runCli({"compute", "-", "--json"}, sample);
        QCOMPARE(fromStdin.code, 0);
        QCOMPARE(fromStdin.out, fromFile.out);

        const Run csv = runCli({"export", "csv", "-", "-o", tmp("stdin.csv")}, sample);
        QCOMPARE(csv.code, 0);
        const Run csvFile = runCli({"export", "csv", kSample, "-o", "-"});
        QCOMPARE(csvFile.code, 0);
        QCOMPARE(readFile(tmp("stdin.csv")), csvFile.out);
    }

    void computeReadableSummary()
    {
        const Run r = runCli({"compute", kSample});
        QCOMPARE(r.code, 0);
        const QString text = QString::fromUtf8(r.out);
        for (const char *expected : {"Sample: 4,096 x H100 SXM cluster",
                                     "Example Compute SPV I LLC",
                                     "Sources and uses",
                                     "$126,000,000",
                                     "Senior secured delayed-draw term loan",
                                     "57 months",
                                     "sculpted",
                                     "ACT/360",
                                     "grid step 4 of 4",
                                     "Min DSCR",
                                     "1.53x",
                                     "Equity IRR",
                                     "25.73 %",
                                     "LLCR",
                                     "WACC",
                                     "NPV",
                                     "LCOC",
                                     "Spot headroom",
                                     "45 months",
                                     "Annual summary",
                                     "Closing balance",
                                     "Warnings"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        QCOMPARE(
            text.count(QRegularExpression(QStringLiteral("\\n  \\d+ +\\d{4}-\\d{2}\\.\\.\\d{4}-\\d{2} "))),
            7); // model years 1..7 (75 months)
    }

    // (v2) The ddtl sample's summary shows the tranches, the waterfall (test dates failed, cash trapped
    // at most, prepaid in total, repaid in which period) and the LTV line; a v1 deal shows none of it.
    void computeReadableSummaryV2()
    {
        const Run r = runCli({"compute", kSampleDdtl});
        QCOMPARE(r.code, 0);
        const QString text = QString::fromUtf8(r.out);
        for (const char *expected :
             {"Tranches (pari passu)", "Senior secured notes (fixed)", "55.0 %", "$197,920,800",
              "fixed 5.96 %", "Delayed-draw term loan (floating)", "margin 3.63 % by offtaker rating",
              "8.64 %", "Cash waterfall", "Test dates failed", "Cash trapped at most", "Prepaid in total",
              "$102,629,969", "in period 55", "3 months early", "LTV (collateral at market)",
              "peak 74.0 %, maintenance 85.0 %", "maximum LTV 85.0 %"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        const QString v1 = QString::fromUtf8(runCli({"compute", kSample}).out);
        QVERIFY(!v1.contains(QStringLiteral("Cash waterfall")));
        QVERIFY(!v1.contains(QStringLiteral("Tranches")));
    }

    void computeReadableWithoutDebt()
    {
        const QString file =
            mutatedSample(QStringLiteral("no-debt.json"), QStringLiteral("/debt/sizing"), "{\"amount\": 0}");
        const Run r = runCli({"compute", file});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("n/a")); // DSCRs and LLCR do not exist without debt
        const ojson doc = parse(runCli({"compute", file, "--json"}).out);
        QVERIFY(doc["metrics"]["min_dscr"].is_null());
        QVERIFY(doc["metrics"]["llcr"].is_null());
    }

    void benchJson()
    {
        const Run r = runCli({"bench", kSample, "--iterations", "5", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const ojson doc = parse(r.out);
        QCOMPARE(toQt(keysOf(doc)), (QStringList{"iterations", "median_us", "p99_us", "deal"}));
        QCOMPARE(doc["iterations"].get<int>(), 5);
        QVERIFY(doc["median_us"].is_number() && doc["median_us"].get<double>() > 0);
        QVERIFY(doc["p99_us"].get<double>() >= doc["median_us"].get<double>());
        QCOMPARE(doc["deal"], parse(readFile(kSample))["name"]);

        const Run readable = runCli({"bench", kSample, "--iterations", "2"});
        QCOMPARE(readable.code, 0);
        QVERIFY(readable.out.contains("median"));
        QVERIFY(readable.out.contains("p99"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
