// gpudeal/1 files (deal-format.md): whole-document refusals, mapping issues with their paths,
// defaults, "every problem at once", round trips and the embedded sample.
#include "common/IssueText.h"
#include "io/DealJson.h"
#include "io/MessageText.h"
#include "io/SampleDeal.h"
#include "model/Validation.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <QtTest>

using namespace gds;

using DealMutation = void (*)(gds::Deal &);
Q_DECLARE_METATYPE(DealMutation)

namespace {

using gds::test::describe;
using gds::test::pathsOf;
using gds::test::q;

std::string sampleText()
{
    return std::string(sampleDealJson());
}

std::string readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

// Replaces the first occurrence of `what` in `text`; an absent `what` is a test defect (empty result).
std::string replaced(std::string text, const std::string &what, const std::string &with)
{
    const auto at = text.find(what);
    if (at == std::string::npos)
        return {};
    return text.replace(at, what.size(), with);
}

// The sample with the value at JSON pointer `pointer` set to the raw JSON text `raw` (kept byte for
// byte, so that 1e999 or 4.0 reach the reader as written), or removed when `raw` is null.
std::string mutatedSample(const QString &pointer, const QString &raw)
{
    using Json = nlohmann::ordered_json;
    Json doc = Json::parse(sampleText());
    const Json::json_pointer ptr(pointer.toStdString());
    if (raw.isNull()) {
        Json &parent = doc[ptr.parent_pointer()];
        if (parent.is_array())
            parent.erase(static_cast<std::size_t>(std::stoul(ptr.back())));
        else
            parent.erase(ptr.back());
        return doc.dump(1);
    }
    const std::string placeholder = "@@raw-value@@";
    doc[ptr] = placeholder;
    return replaced(doc.dump(1), "\"" + placeholder + "\"", raw.toStdString());
}

std::string repeat(char c, std::size_t n)
{
    return std::string(n, c);
}

} // namespace

class TestDealJson : public QObject
{
    Q_OBJECT

private slots:
    void wholeDocumentRefusals_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fragment");
        const auto row = [](const char *name, const std::string &input, const char *fragment) {
            QTest::newRow(name) << QByteArray(input.data(), static_cast<qsizetype>(input.size()))
                                << QString::fromUtf8(fragment);
        };
        const std::string sample = sampleText();
        row("over 16 MiB", repeat(' ', kMaxDealFileBytes + 1), "over the limit of 16 MiB");
        row("16 MiB of spaces is parsed, not refused for size", repeat(' ', kMaxDealFileBytes),
            "not valid JSON at byte");
        row("invalid UTF-8 in a string", replaced(sample, "Sample: 4,096", "Sample: \xC3\x28"),
            "not valid UTF-8 at byte 47");
        row("invalid UTF-8 outside strings", "{\xFF}", "not valid UTF-8 at byte 2");
        row("UTF-8 encoded surrogate", replaced(sample, "Sample", "\xED\xA0\x80"), "not valid UTF-8");
        row("escaped lone surrogate", replaced(sample, "Sample", "\\ud800"), "not valid JSON");
        row("invalid JSON", "{\"format\": }", "not valid JSON at byte 12");
        row("empty input", "", "not valid JSON at byte");
        row("NaN literal", replaced(sample, "0.97", "NaN"), "not valid JSON");
        row("comment", "// deal\n" + sample, "not valid JSON");
        row("trailing garbage", sample + "x", "not valid JSON");
        row("second document", sample + "{}", "not valid JSON");
        row("duplicate top-level key", replaced(sample, "{", "{\"name\": \"again\","),
            "duplicate key \"name\" at name");
        row("duplicate nested key", replaced(sample, "\"gpus\": 4096,", "\"gpus\": 4096, \"gpus\": 1,"),
            "duplicate key \"gpus\" at cluster.gpus");
        row("duplicate key in a list item",
            replaced(sample, "\"Frontier Lab Inc.\",", "\"Frontier Lab Inc.\", \"gpus\": 1,"),
            "duplicate key \"gpus\" at offtake[1].gpus");
        row("1e999", replaced(sample, "\"gpus\": 4096", "\"gpus\": 1e999"), "number 1e999 at byte");
        row("-1e999", replaced(sample, "0.97", "-1e999"), "number -1e999 at byte");
        row("100000 open brackets", repeat('[', 100000), "nested deeper than 64 levels");
        row("100000 nested lists", repeat('[', 100000) + repeat(']', 100000), "nested deeper than 64 levels");
        row("65 levels", "{\"notes\": " + repeat('[', 64) + repeat(']', 64) + "}",
            "nested deeper than 64 levels");
        row("a list, not an object", "[]", "a deal must be a JSON object, not an array");
        row("a string, not an object", "\"gpudeal/1\"", "a deal must be a JSON object, not a string");
        row("null document", "null", "a deal must be a JSON object, not null");
    }

    void wholeDocumentRefusals()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, fragment);
        QVERIFY(!input.isEmpty() || fragment.contains(QLatin1String("JSON"))); // the row's text was found
        const auto r = readDeal(std::string_view(input.constData(), static_cast<std::size_t>(input.size())));
        QVERIFY(!r.deal);
        QCOMPARE(pathsOf(r.issues), QStringList{QString()});
        QVERIFY2(q(issueMessage(r.issues[0])).contains(fragment), qPrintable(describe(r.issues)));
    }

    void sixtyFourLevelsParse()
    {
        // The root object plus 63 lists is within the limit: the reader gets to the field's type.
        const auto r = readDeal("{\"notes\": " + repeat('[', 63) + repeat(']', 63) + "}");
        QVERIFY(pathsOf(r.issues).contains(QStringLiteral("notes")));
        QVERIFY2(!describe(r.issues).contains(QLatin1String("nested")), qPrintable(describe(r.issues)));
    }

    void mappingIssues_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("raw"); // null: remove the member
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        const auto set = [](const char *name, const char *pointer, const char *raw, const char *path,
                            const char *fragment) {
            QTest::newRow(name) << QString::fromUtf8(pointer) << QString::fromUtf8(raw)
                                << QString::fromUtf8(path) << QString::fromUtf8(fragment);
        };
        const auto remove = [](const char *pointer, const char *path) {
            QTest::newRow((std::string("missing ") + path).c_str())
                << QString::fromUtf8(pointer) << QString() << QString::fromUtf8(path)
                << QStringLiteral("is required");
        };

        // null is a wrong type, not a missing value
        set("gpus null", "/cluster/gpus", "null", "cluster.gpus", "must be a whole number, not null");
        set("name null", "/name", "null", "name", "must be a string, not null");
        set("availability null", "/cluster/availability", "null", "cluster.availability",
            "must be a number, not null");
        set("offtake null", "/offtake", "null", "offtake", "must be a list, not null");
        set("tax null", "/tax", "null", "tax", "must be an object, not null");
        // whole numbers
        set("gpus 2.5", "/cluster/gpus", "2.5", "cluster.gpus", "must be a whole number (is 2.5)");
        set("gpus 1e20", "/cluster/gpus", "1e20", "cluster.gpus", "is out of range");
        set("gpus beyond 64 bits", "/cluster/gpus", "99999999999999999999", "cluster.gpus",
            "is out of range");
        set("gpus 3000000000", "/cluster/gpus", "3000000000", "cluster.gpus", "is out of range");
        set("gpus -3000000000", "/cluster/gpus", "-3000000000", "cluster.gpus", "is out of range");
        set("gpus as text", "/cluster/gpus", "\"4096\"", "cluster.gpus",
            "must be a whole number, not a string");
        set("gpus boolean", "/cluster/gpus", "true", "cluster.gpus", "must be a whole number, not a boolean");
        set("price as text", "/offtake/0/price_per_gpu_hour", "\"2.35\"", "offtake[0].price_per_gpu_hour",
            "must be a number, not a string");
        // containers of the wrong type
        set("cluster a list", "/cluster", "[]", "cluster", "must be an object, not an array");
        set("capex an object", "/capex", "{}", "capex", "must be a list, not an object");
        set("capex item a number", "/capex/0", "5", "capex[0]", "must be an object, not a number");
        set("spend item a string", "/capex/0/spend/1", "\"x\"", "capex[0].spend[1]",
            "must be an object, not a string");
        // names
        set("rating unknown", "/offtake/0/rating", "\"AAAA\"", "offtake[0].rating",
            "must be one of \"AAA\", \"AA\", \"A\", \"BBB\", \"BB\", \"B\", \"CCC\", \"NR\" (is \"AAAA\")");
        set("category in capitals", "/capex/0/category", "\"Compute\"", "capex[0].category",
            "must be one of");
        set("hedge type unknown", "/hedges/1/type", "\"collar\"", "hedges[1].type",
            "must be one of \"swap\", \"floor\", \"futures\"");
        set("rate type unknown", "/debt/rate/type", "\"variable\"", "debt.rate.type",
            "must be one of \"fixed\", \"floating\"");
        set("day count unknown", "/debt/day_count", "\"ACT/365\"", "debt.day_count", "must be one of");
        set("profile unknown", "/debt/profile", "\"linear\"", "debt.profile", "must be one of");
        set("format gpudeal/3", "/format", "\"gpudeal/3\"", "format",
            "must be \"gpudeal/1\" or \"gpudeal/2\" (is \"gpudeal/3\")");
        set("start without leading zero", "/start", "\"2027-1\"", "start",
            "must be a month written \"YYYY-MM\"");
        set("start a number", "/start", "202701", "start", "must be a string, not a number");
        set("start month 13", "/start", "\"2027-13\"", "start", "month must be in 1..12");
        // unknown keys
        set("unknown top-level key", "/clustr", "{}", "clustr", "unknown field");
        set("unknown cluster key", "/cluster/gpu", "1", "cluster.gpu", "unknown field");
        set("unknown spend key", "/capex/0/spend/0/perod", "0", "capex[0].spend[0].perod", "unknown field");
        set("unknown rate key", "/debt/rate/spread", "0.01", "debt.rate.spread", "unknown field");
        set("unknown key with a dot", "/cluster/a.b", "1", "cluster[\"a.b\"]", "unknown field");
        // missing required fields
        remove("/format", "format");
        remove("/name", "name");
        remove("/start", "start");
        remove("/operating_months", "operating_months");
        remove("/cluster", "cluster");
        remove("/cluster/gpus", "cluster.gpus");
        remove("/capex", "capex");
        remove("/capex/0/quantity", "capex[0].quantity");
        remove("/capex/1/unit_cost", "capex[1].unit_cost");
        remove("/capex/2/useful_life_months", "capex[2].useful_life_months");
        remove("/capex/0/spend/0/period", "capex[0].spend[0].period");
        remove("/capex/0/spend/1/share", "capex[0].spend[1].share");
        remove("/offtake/0/counterparty", "offtake[0].counterparty");
        remove("/offtake/0/start_period", "offtake[0].start_period");
        remove("/offtake/1/term_months", "offtake[1].term_months");
        remove("/offtake/1/gpus", "offtake[1].gpus");
        remove("/offtake/1/price_per_gpu_hour", "offtake[1].price_per_gpu_hour");
        remove("/market", "market");
        remove("/market/spot_price_per_gpu_hour", "market.spot_price_per_gpu_hour");
        remove("/hedges/0/type", "hedges[0].type");
        remove("/hedges/0/start_period", "hedges[0].start_period");
        remove("/hedges/1/term_months", "hedges[1].term_months");
        remove("/hedges/1/gpus", "hedges[1].gpus");
        remove("/hedges/1/strike_per_gpu_hour", "hedges[1].strike_per_gpu_hour");
        remove("/debt", "debt");
        remove("/debt/sizing", "debt.sizing");
        remove("/debt/tenor_months", "debt.tenor_months");
        remove("/debt/rate", "debt.rate");
        remove("/debt/rate/type", "debt.rate.type");
        remove("/debt/rate/margin_grid/2/margin", "debt.rate.margin_grid[2].margin");
        remove("/equity", "equity");
        remove("/equity/cost_of_equity", "equity.cost_of_equity");
        // sizing alternatives
        set("sizing with both modes", "/debt/sizing",
            R"({"target_dscr": 1.3, "max_ltv": 0.7, "amount": 1e8})", "debt.sizing",
            "must have either target_dscr and max_ltv, or amount, not both");
        set("sizing empty", "/debt/sizing", "{}", "debt.sizing",
            "must have target_dscr and max_ltv, or amount");
        set("target DSCR without max LTV", "/debt/sizing", R"({"target_dscr": 1.3})", "debt.sizing.max_ltv",
            "is required");
        set("max LTV without target DSCR", "/debt/sizing", R"({"max_ltv": 0.7})", "debt.sizing.target_dscr",
            "is required");
        set("amount as text", "/debt/sizing", R"({"amount": "1e8"})", "debt.sizing.amount",
            "must be a number, not a string");
        set("amount negative", "/debt/sizing", R"({"amount": -5})", "debt.sizing.amount", "must be >= 0");
        // rate alternatives
        set("fixed_rate on a floating rate", "/debt/rate/fixed_rate", "0.05", "debt.rate.fixed_rate",
            "is not allowed with a floating rate");
        set("base rate and curve", "/debt/rate/base_rate_curve", "[0.04]", "debt.rate",
            "a floating rate needs exactly one of base_rate, base_rate_curve (both are given)");
        set("margin and grid", "/debt/rate/margin", "0.05", "debt.rate",
            "a floating rate needs exactly one of margin, margin_grid (both are given)");
        set("floating without base", "/debt/rate", R"({"type": "floating", "margin": 0.05})", "debt.rate",
            "a floating rate needs exactly one of base_rate, base_rate_curve");
        set("fixed with a base rate", "/debt/rate",
            R"({"type": "fixed", "fixed_rate": 0.05, "base_rate": 0.04})", "debt.rate.base_rate",
            "is not allowed with a fixed rate");
        set("fixed without fixed_rate", "/debt/rate", R"({"type": "fixed"})", "debt.rate.fixed_rate",
            "is required for a fixed rate");
        set("curve with text", "/debt/rate",
            R"({"type": "floating", "base_rate_curve": [0.04, "x"], "margin": 0.05})",
            "debt.rate.base_rate_curve[1]", "must be a number, not a string");
        set("curve empty", "/debt/rate", R"({"type": "floating", "base_rate_curve": [], "margin": 0.05})",
            "debt.rate.base_rate_curve", "must not be empty");
        set("grid without min_coverage 0", "/debt/rate/margin_grid/0/min_coverage", "0.1",
            "debt.rate.margin_grid", "must have an entry with min_coverage 0");
        // validate() through the reader
        set("term 0", "/offtake/1/term_months", "0", "offtake[1].term_months", "must be >= 1");
        set("contracts above the cluster", "/offtake/1/gpus", "1300", "offtake", "period 4 need 4180 GPUs");
        set("premium on a swap", "/hedges/1/premium_per_gpu_hour", "0.1", "hedges[1].premium_per_gpu_hour",
            "must be 0 for a swap");
        set("name of 201 characters", "/name", ("\"" + std::string(201, 'n') + "\"").c_str(), "name",
            "at most 200 characters");
        // a field that did not map is not judged again by rules that read it
        set("construction months as text", "/construction_months", "\"3\"", "construction_months",
            "must be a whole number, not a string");
        set("hedge type a number", "/hedges/0/type", "5", "hedges[0].type", "must be one of");
        set("cluster gpus as text", "/cluster/gpus", "\"many\"", "cluster.gpus", "not a string");
    }

    void mappingIssues()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, raw);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        const std::string text = mutatedSample(pointer, raw);
        QVERIFY(!text.empty());
        const auto r = readDeal(text);
        QVERIFY(!r.deal); // no partial load
        QCOMPARE(pathsOf(r.issues), QStringList{path});
        QVERIFY2(q(issueMessage(r.issues[0])).contains(fragment), qPrintable(describe(r.issues)));
    }

    void wholeNumbersAccepted_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("raw");
        QTest::newRow("4096.0 GPUs") << QStringLiteral("/cluster/gpus") << QStringLiteral("4096.0");
        QTest::newRow("3.0 construction months")
            << QStringLiteral("/construction_months") << QStringLiteral("3.0");
        QTest::newRow("4.096e3 GPUs") << QStringLiteral("/cluster/gpus") << QStringLiteral("4.096e3");
        QTest::newRow("0.0 DSRA months") << QStringLiteral("/debt/dsra_months") << QStringLiteral("3e0");
    }
    void wholeNumbersAccepted()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, raw);
        const auto r = readDeal(mutatedSample(pointer, raw));
        QVERIFY2(r.issues.empty(), qPrintable(describe(r.issues)));
        QVERIFY(r.deal);
        QCOMPARE(*r.deal, sampleDeal());
    }

    void defaultsApplied()
    {
        const std::string minimal = R"({
  "format": "gpudeal/1", "name": "Minimal", "start": "2026-01", "operating_months": 24,
  "cluster": {"gpus": 8},
  "capex": [{"quantity": 1, "unit_cost": 100, "useful_life_months": 24}],
  "offtake": [{"counterparty": "Lab", "start_period": 1, "term_months": 12, "gpus": 8,
               "price_per_gpu_hour": 2}],
  "market": {"spot_price_per_gpu_hour": 2},
  "hedges": [{"type": "floor", "start_period": 1, "term_months": 12, "gpus": 4, "strike_per_gpu_hour": 1.5}],
  "debt": {"sizing": {"amount": 0}, "tenor_months": 12, "rate": {"type": "fixed", "fixed_rate": 0.05}},
  "equity": {"cost_of_equity": 0.1}
})";
        const auto r = readDeal(minimal);
        QVERIFY2(r.issues.empty(), qPrintable(describe(r.issues)));
        QVERIFY(r.deal);

        // The defaults column of deal-format.md, written out field by field.
        Deal e;
        e.name = "Minimal";
        e.sponsor = "";
        e.currency = "USD";
        e.notes = "";
        e.start = {2026, 1};
        e.constructionMonths = 0;
        e.operatingMonths = 24;
        e.cluster = Cluster{"", 8, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0};
        e.capex = {CapexItem{CapexCategory::Other, "", 1.0, 100.0, {SpendShare{0, 1.0}}, 24, 0.0}};
        e.offtake = {OfftakeContract{"Lab", Rating::NR, 1, 12, 8, 2.0, 0.0, 0.0}};
        e.market = Market{"", 2.0, 0.0, 1.0, 0.0, 0.0};
        e.hedges = {Hedge{HedgeType::Floor, 1, 12, 4, 1.5, 0.0, 0.0, 0.0}};
        e.debt.name = "Senior term loan";
        e.debt.sizing = Sizing{};
        e.debt.sizing.mode = Sizing::Mode::Amount;
        e.debt.sizing.amount = 0.0;
        e.debt.tenorMonths = 12;
        e.debt.profile = Profile::Sculpted;
        e.debt.rate = Rate{};
        e.debt.rate.type = RateType::Fixed;
        e.debt.rate.fixedRate = 0.05;
        e.debt.dayCount = DayCount::Act360;
        e.debt.upfrontFee = 0.0;
        e.debt.commitmentFee = 0.0;
        e.debt.dsraMonths = 0;
        e.debt.covenants = Covenants{1.2, 1.05, std::nullopt};
        e.costOfEquity = 0.1;
        e.taxRate = 0.0;
        QCOMPARE(q(writeDeal(*r.deal)), q(writeDeal(e))); // readable on failure
        QCOMPARE(*r.deal, e);
    }

    void everyProblemAtOnce()
    {
        using Json = nlohmann::ordered_json;
        Json doc = Json::parse(sampleText());
        doc["name"] = 5;                                // wrong type
        doc["cluster"]["gpu"] = 1;                      // unknown key
        doc["market"].erase("spot_price_per_gpu_hour"); // missing
        doc["offtake"][1]["term_months"] = 0;           // range (validate)
        doc["hedges"][0]["strike_per_gpu_hour"] = 1.5;
        doc["hedges"][0]["gpus"] = 2.5;       // not whole
        doc["debt"]["rate"]["margin"] = 0.01; // alternatives
        doc["tax"]["rate"] = 2;               // range (validate)
        doc["extra"] = true;                  // unknown key
        const auto r = readDeal(doc.dump(2));
        QVERIFY(!r.deal);
        QStringList paths = pathsOf(r.issues);
        paths.sort();
        const QStringList expected{"cluster.gpu",
                                   "debt.rate",
                                   "extra",
                                   "hedges[0].gpus",
                                   "market.spot_price_per_gpu_hour",
                                   "name",
                                   "offtake[1].term_months",
                                   "tax.rate"};
        QCOMPARE(paths, expected);
    }

    void issuesAreCapped()
    {
        // 3,000 empty capex items: 9,000 missing fields, of which the first 1,000 are listed.
        using Json = nlohmann::ordered_json;
        Json doc = Json::parse(sampleText());
        doc["capex"] = Json::array();
        for (int i = 0; i < 3000; ++i)
            doc["capex"].push_back(Json::object());
        const auto r = readDeal(doc.dump());
        QVERIFY(!r.deal);
        QCOMPARE(r.issues.size(), std::size_t(1001));
        QCOMPARE(q(issueText(r.issues[0])), QStringLiteral("capex[0].quantity: is required"));
        QCOMPARE(q(issueText(r.issues.back())),
                 QStringLiteral("and 8000 more problems (the first 1000 are listed)"));
    }

    void roundTripFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("sample") << QStringLiteral(GDS_SOURCE_DIR "/resources/sample-deal.json");
        QTest::newRow("sample ddtl (gpudeal/2)")
            << QStringLiteral(GDS_SOURCE_DIR "/resources/sample-deal-ddtl.json");
        for (const char *name : {"c00_sample", "c04_bullet_act365_leap", "c19_annuity_30360_c0",
                                 "v2_00_sample_ddtl", "v2_01_lockup_release", "v2_02_ltv_cure"})
            QTest::newRow(name) << QStringLiteral(GDS_TEST_DATA "/examples/") + QString::fromLatin1(name) +
                                       QStringLiteral(".json");
    }
    void roundTripFiles()
    {
        QFETCH(QString, file);
        const auto first = readDealFile(file.toStdString());
        QVERIFY2(first.issues.empty(), qPrintable(describe(first.issues)));
        QVERIFY(first.deal);
        checkRoundTrip(*first.deal);
    }

    void roundTripConstructed_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("base rate curve, flat margin") << 0;
        QTest::newRow("fixed rate, amount sizing") << 1;
        QTest::newRow("text needing escapes") << 2;
        QTest::newRow("awkward numbers") << 3;
    }
    void roundTripConstructed()
    {
        QFETCH(int, variant);
        Deal d = sampleDeal();
        switch (variant) {
        case 0:
            d.debt.rate.useBaseCurve = true;
            d.debt.rate.baseRate = 0.0;
            d.debt.rate.baseRateCurve = {0.041, 0.0375, 0.035, -0.001};
            d.debt.rate.useMarginGrid = false;
            d.debt.rate.marginGrid.clear();
            d.debt.rate.margin = 0.065;
            break;
        case 1:
            d.debt.rate = Rate{};
            d.debt.rate.type = RateType::Fixed;
            d.debt.rate.fixedRate = 0.0725;
            d.debt.sizing = Sizing{};
            d.debt.sizing.mode = Sizing::Mode::Amount;
            d.debt.sizing.amount = 123456789.01;
            break;
        case 2:
            d.name = "Quote \" backslash \\ tab \t newline \n bell \x07 \xE2\x82\xAC \xF0\x9F\x9A\x80";
            d.notes = "/ slash, \x7F del, \x1F unit separator";
            d.capex[0].description = "";
            break;
        default:
            d.cluster.availability = 0.1 + 0.2;
            d.cluster.kwPerGpu = 1e-300;
            d.cluster.fixedOpexPerGpuMonth = 1.0 / 3.0;
            d.capex[0].unitCost = std::nextafter(1e12, 0.0); // deal-format.md: numbers are at most 1e12
            d.market.spotPricePerGpuHour = 5e-324;
            d.market.annualChange = -0.0;
            break;
        }
        QVERIFY2(validate(d).empty(), qPrintable(describe(validate(d))));
        checkRoundTrip(d);
    }

    // (v2) deal-format.md: gpudeal/2 is written only when the deal uses a v2 field; a v1 deal is written
    // as gpudeal/1 exactly as before, and each v2 field alone switches the format.
    void writeRule_data()
    {
        using Mutation = DealMutation;
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("format");
        QTest::newRow("v1 deal") << Mutation([](Deal &) {}) << QStringLiteral("gpudeal/1");
        QTest::newRow("nol_limit 1 is the default")
            << Mutation([](Deal &d) { d.nolLimit = 1.0; }) << QStringLiteral("gpudeal/1");
        QTest::newRow("tranches") << Mutation([](Deal &d) {
            d.debt.tranches = {Tranche{"A", 0.5, d.debt.rate}, Tranche{"B", 0.5, d.debt.rate}};
            d.debt.rate = Rate{}; // with tranches debt.rate is not part of the deal
        }) << QStringLiteral("gpudeal/2");
        QTest::newRow("margin by rating") << Mutation([](Deal &d) {
            d.debt.rate.useMarginGrid = false;
            d.debt.rate.marginGrid.clear();
            d.debt.rate.useMarginByRating = true;
            d.debt.rate.marginByRating.hedged = 0.04;
        }) << QStringLiteral("gpudeal/2");
        QTest::newRow("waterfall with defaults")
            << Mutation([](Deal &d) { d.debt.waterfall = Waterfall{}; }) << QStringLiteral("gpudeal/2");
        QTest::newRow("collateral") << Mutation([](Deal &d) {
            d.collateral = Collateral{0.2, 0.1, {CapexCategory::Compute}, true};
        }) << QStringLiteral("gpudeal/2");
        QTest::newRow("macrs_5") << Mutation([](Deal &d) {
            d.taxDepreciation = TaxDepreciation::Macrs5;
            d.taxBonus = 0.6;
        }) << QStringLiteral("gpudeal/2");
        QTest::newRow("nol_limit 0.8")
            << Mutation([](Deal &d) { d.nolLimit = 0.8; }) << QStringLiteral("gpudeal/2");
        QTest::newRow("credit") << Mutation([](Deal &d) { d.credit = Credit{}; })
                                << QStringLiteral("gpudeal/2");
        QTest::newRow("max_ltv with waterfall and collateral") << Mutation([](Deal &d) {
            d.debt.waterfall = Waterfall{6, 24, false, 1, 3, 0.5};
            d.collateral = Collateral{};
            d.collateral->annualDecline = 0.3;
            d.debt.covenants.maxLtv = 0.9;
        }) << QStringLiteral("gpudeal/2");
    }
    void writeRule()
    {
        QFETCH(DealMutation, mutate);
        QFETCH(QString, format);
        Deal d = sampleDeal();
        mutate(d);
        QVERIFY2(validate(d).empty(), qPrintable(describe(validate(d))));
        const std::string text = writeDeal(d);
        QVERIFY2(q(text).startsWith(QStringLiteral("{\n  \"format\": \"") + format + QStringLiteral("\"")),
                 text.c_str());
        if (format == QLatin1String("gpudeal/1"))
            QCOMPARE(q(text), q(writeDeal(sampleDeal())));
        checkRoundTrip(d);
    }

    // (v2) A gpudeal/2 key in a gpudeal/1 file is an unknown field; the same file as gpudeal/2 reads.
    void v2KeysNeedTheV2Format()
    {
        std::string text(sampleDealDdtlJson());
        QVERIFY(readDeal(text).deal);
        const auto at = text.find("gpudeal/2");
        QVERIFY(at != std::string::npos);
        text.replace(at, 9, "gpudeal/1");
        const DealReadResult r = readDeal(text);
        QVERIFY(!r.deal);
        const QStringList paths = pathsOf(r.issues);
        for (const char *path : {"collateral", "credit", "debt.tranches", "debt.waterfall",
                                 "debt.covenants.max_ltv", "tax.depreciation", "tax.bonus", "tax.nol_limit"})
            QVERIFY2(paths.contains(QString::fromLatin1(path)), qPrintable(describe(r.issues)));
    }

    // (v2) Defaults: an empty waterfall object switches it on with every default; tranche names
    // default to "Tranche N"; a left-out pd_by_rating key takes the S&P default.
    void v2Defaults()
    {
        std::string text(sampleDealDdtlJson());
        const auto replace = [&](const std::string &from, const std::string &to) {
            const auto at = text.find(from);
            QVERIFY2(at != std::string::npos, from.c_str());
            text.replace(at, from.size(), to);
        };
        replace(R"x("waterfall": {"test_months": 3, "lookback_months": 12, "lockup": true, "release_after": 2,
                  "sweep_trapped_after": 2, "cash_sweep": 0.25})x",
                R"x("waterfall": {})x");
        replace(R"x({"name": "Senior secured notes (fixed)", "share": 0.55,)x", R"x({"share": 0.55,)x");
        const DealReadResult r = readDeal(text);
        QVERIFY2(r.deal, qPrintable(describe(r.issues)));
        QCOMPARE(*r.deal->debt.waterfall, Waterfall{});
        QCOMPARE(r.deal->debt.tranches[0].name, std::string("Tranche 1"));
        QCOMPARE(r.deal->credit->pdByRating, Credit::kDefaultPd);
    }

    void writeLayout()
    {
        const std::string text = writeDeal(sampleDeal());
        QVERIFY(q(text).startsWith(
            QStringLiteral("{\n  \"format\": \"gpudeal/1\",\n  \"name\": \"Sample: 4,096")));
        QVERIFY(q(text).contains(
            QStringLiteral("\n  \"cluster\": {\n    \"gpu_model\": \"H100 SXM\",\n    \"gpus\": 4096,\n")));
        QVERIFY(q(text).contains(QStringLiteral("\"unit_cost\": 275000,")));
        QVERIFY(q(text).contains(QStringLiteral("\"price_per_gpu_hour\": 2.35,")));
        QVERIFY(q(text).contains(QStringLiteral("\"hedges\": [\n    {\n      \"type\": \"futures\",")));
        QVERIFY(q(text).endsWith(QStringLiteral("\n}\n")));

        // Every field, in the order of deal-format.md's example.
        using Json = nlohmann::ordered_json;
        const Json doc = Json::parse(text);
        QCOMPARE(keysOf(doc), QStringList({"format", "name", "sponsor", "currency", "notes", "start",
                                           "construction_months", "operating_months", "cluster", "capex",
                                           "offtake", "market", "hedges", "debt", "equity", "tax"}));
        QCOMPARE(keysOf(doc["cluster"]),
                 QStringList({"gpu_model", "gpus", "availability", "kw_per_gpu", "pue", "power_price_per_kwh",
                              "power_escalation", "fixed_opex_per_gpu_month", "opex_escalation",
                              "variable_opex_pct_of_revenue"}));
        QCOMPARE(keysOf(doc["capex"][1]), QStringList({"category", "description", "quantity", "unit_cost",
                                                       "spend", "useful_life_months", "residual_pct"}));
        QCOMPARE(keysOf(doc["offtake"][0]),
                 QStringList({"counterparty", "rating", "start_period", "term_months", "gpus",
                              "price_per_gpu_hour", "escalation", "prepayment_pct"}));
        QCOMPARE(keysOf(doc["market"]),
                 QStringList({"index", "spot_price_per_gpu_hour", "annual_change", "merchant_utilization",
                              "volatility", "mean_reversion"}));
        QCOMPARE(keysOf(doc["hedges"][1]),
                 QStringList({"type", "start_period", "term_months", "gpus", "strike_per_gpu_hour",
                              "premium_per_gpu_hour", "fee_per_gpu_hour", "initial_margin_per_gpu"}));
        QCOMPARE(keysOf(doc["debt"]),
                 QStringList({"name", "sizing", "tenor_months", "profile", "rate", "day_count", "upfront_fee",
                              "commitment_fee", "dsra_months", "covenants"}));
        QCOMPARE(keysOf(doc["debt"]["sizing"]), QStringList({"target_dscr", "max_ltv"}));
        QCOMPARE(keysOf(doc["debt"]["rate"]), QStringList({"type", "base_rate", "margin_grid"}));
        QCOMPARE(keysOf(doc["debt"]["covenants"]), QStringList({"lockup_dscr", "default_dscr"}));
        QCOMPARE(keysOf(doc["equity"]), QStringList({"cost_of_equity"}));
        QCOMPARE(keysOf(doc["tax"]), QStringList({"rate"}));
    }

    void writeOnlyChosenAlternatives()
    {
        Deal d = sampleDeal();
        d.debt.sizing.mode = Sizing::Mode::Amount;
        d.debt.sizing.amount = 5e7;
        d.debt.rate.useBaseCurve = true;
        d.debt.rate.baseRateCurve = {0.04, 0.03};
        d.debt.rate.useMarginGrid = false;
        d.debt.rate.margin = 0.05;
        using Json = nlohmann::ordered_json;
        Json doc = Json::parse(writeDeal(d));
        QCOMPARE(keysOf(doc["debt"]["sizing"]), QStringList({"amount"}));
        QCOMPARE(keysOf(doc["debt"]["rate"]), QStringList({"type", "base_rate_curve", "margin"}));
        d.debt.rate.type = RateType::Fixed;
        d.debt.rate.fixedRate = 0.08;
        doc = Json::parse(writeDeal(d));
        QCOMPARE(keysOf(doc["debt"]["rate"]), QStringList({"type", "fixed_rate"}));
    }

    void embeddedSample()
    {
        const std::string file = readAll(QStringLiteral(GDS_SOURCE_DIR "/resources/sample-deal.json"));
        QVERIFY(!file.empty());
        QCOMPARE(q(sampleDealJson()), q(file));
        const auto r = readDeal(sampleDealJson());
        QVERIFY2(r.issues.empty(), qPrintable(describe(r.issues)));
        QVERIFY(r.deal);
        QCOMPARE(*r.deal, sampleDeal());
    }

    void readFileErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string missing = (dir.path() + QStringLiteral("/no-such-deal.json")).toStdString();
        auto r = readDealFile(missing);
        QVERIFY(r.ioError);
        QVERIFY(!r.deal);
        QCOMPARE(pathsOf(r.issues), QStringList{QString()});
        QVERIFY2(q(issueMessage(r.issues[0])).contains(q(missing)), qPrintable(describe(r.issues)));
        QVERIFY2(q(issueMessage(r.issues[0])).contains(QLatin1String("No such file")),
                 qPrintable(describe(r.issues)));

        r = readDealFile(dir.path().toStdString());
        QVERIFY(r.ioError);
        QVERIFY2(q(issueMessage(r.issues[0])).contains(QLatin1String("is a directory")),
                 qPrintable(describe(r.issues)));

        const std::string big = (dir.path() + QStringLiteral("/big.json")).toStdString();
        {
            std::ofstream out(big, std::ios::binary);
            out << std::string(kMaxDealFileBytes + 1, ' ');
        }
        r = readDealFile(big);
        QVERIFY(!r.ioError); // refused input, not an I/O failure
        QVERIFY(!r.deal);
        QCOMPARE(pathsOf(r.issues), QStringList{QString()});
        QVERIFY2(q(issueMessage(r.issues[0])).contains(QLatin1String("over the limit of 16 MiB")),
                 qPrintable(describe(r.issues)));
        QVERIFY2(q(issueMessage(r.issues[0])).contains(q(big)), qPrintable(describe(r.issues)));

        const std::string broken = (dir.path() + QStringLiteral("/broken.json")).toStdString();
        {
            std::ofstream out(broken, std::ios::binary);
            out << "{\"format\": \"gpudeal/1\",";
        }
        r = readDealFile(broken);
        QVERIFY(!r.ioError);
        QVERIFY2(q(issueMessage(r.issues[0])).contains(QLatin1String("not valid JSON")),
                 qPrintable(describe(r.issues)));
    }

private:
    static QStringList keysOf(const nlohmann::ordered_json &object)
    {
        QStringList keys;
        for (const auto &[k, v] : object.items())
            keys << q(k);
        return keys;
    }

    static void checkRoundTrip(const Deal &d)
    {
        const std::string written = writeDeal(d);
        const auto back = readDeal(written);
        QVERIFY2(back.issues.empty(), qPrintable(describe(back.issues) + QLatin1Char('\n') + q(written)));
        QVERIFY(back.deal);
        QCOMPARE(*back.deal, d);
        QCOMPARE(q(writeDeal(*back.deal)), q(written)); // stable
    }
};

QTEST_APPLESS_MAIN(TestDealJson)
#include "tst_dealjson.moc"
