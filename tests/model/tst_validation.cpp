// validate(): one row per rule of deal-format.md. Each row takes the built-in sample deal (valid:
// C = 3, O = 72, N = 75, 4,096 GPUs, contracts of 2,880 and 816 GPUs from period 4, a futures hedge and
// a swap), breaks one thing, and checks the path and what the message says.
#include "common/IssueText.h"
#include "io/MessageText.h"
#include "io/SampleDeal.h"
#include "model/Validation.h"

#include <cmath>
#include <functional>
#include <limits>
#include <QtTest>

using namespace gds;

using Mutation = std::function<void(Deal &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

using gds::test::describe;
using gds::test::pathsOf;
using gds::test::q;

std::string repeat(const std::string &s, int n)
{
    std::string out;
    for (int i = 0; i < n; ++i)
        out += s;
    return out;
}

// Moves the whole deal `by` periods later (keeps it valid when C grows).
void shiftOperations(Deal &d, int by)
{
    for (OfftakeContract &o : d.offtake)
        o.startPeriod += by;
    for (Hedge &h : d.hedges)
        h.startPeriod += by;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void sampleIsValid()
    {
        const Issues issues = validate(sampleDeal());
        QVERIFY2(issues.empty(), qPrintable(describe(issues)));
    }

    void rules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("path");     // empty: the deal must stay valid
        QTest::addColumn<QString>("fragment"); // what the message must say
        QTest::addColumn<bool>("only");        // the only issue of the deal

        const auto row = [](const char *name, Mutation m, const char *path, const char *fragment,
                            bool only = true) {
            QTest::newRow(name) << m << QString::fromUtf8(path) << QString::fromUtf8(fragment) << only;
        };
        const auto ok = [](const char *name, Mutation m) {
            QTest::newRow(name) << m << QString() << QString() << true;
        };
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();

        // Header
        row(
            "name empty", [](Deal &d) { d.name.clear(); }, "name", "must not be empty");
        row(
            "name 201 code points", [](Deal &d) { d.name = repeat("\xC3\xA9", 201); }, "name",
            "at most 200 characters (has 201)");
        ok("name 200 code points (400 bytes)", [](Deal &d) { d.name = repeat("\xC3\xA9", 200); });
        row(
            "name invalid UTF-8", [](Deal &d) { d.name = "ab\xC3"; }, "name", "valid UTF-8");
        row(
            "sponsor invalid UTF-8", [](Deal &d) { d.sponsor = "\xFF"; }, "sponsor", "valid UTF-8");
        row(
            "notes invalid UTF-8", [](Deal &d) { d.notes = "\xED\xA0\x80"; }, "notes", "valid UTF-8");
        row(
            "currency lower case", [](Deal &d) { d.currency = "usd"; }, "currency", "3 capital letters");
        row(
            "currency 2 letters", [](Deal &d) { d.currency = "US"; }, "currency", "3 capital letters");
        row(
            "currency 4 letters", [](Deal &d) { d.currency = "USDT"; }, "currency", "3 capital letters");
        row(
            "currency empty", [](Deal &d) { d.currency.clear(); }, "currency", "3 capital letters");
        ok("currency EUR", [](Deal &d) { d.currency = "EUR"; });
        row(
            "start year 1989", [](Deal &d) { d.start.year = 1989; }, "start", "year must be in 1990..2200");
        row(
            "start year 2201", [](Deal &d) { d.start.year = 2201; }, "start", "year must be in 1990..2200");
        ok("start year 1990", [](Deal &d) { d.start.year = 1990; });
        ok("start year 2200", [](Deal &d) { d.start.year = 2200; });
        row(
            "start month 0", [](Deal &d) { d.start.month = 0; }, "start", "month must be in 1..12");
        row(
            "start month 13", [](Deal &d) { d.start.month = 13; }, "start", "month must be in 1..12");
        row(
            "construction 121",
            [](Deal &d) {
                d.constructionMonths = 121;
                shiftOperations(d, 118);
            },
            "construction_months", "must be in 0..120");
        ok("construction 120", [](Deal &d) {
            d.constructionMonths = 120;
            shiftOperations(d, 117);
        });
        row(
            "construction -1", [](Deal &d) { d.constructionMonths = -1; }, "construction_months",
            "must be in 0..120", false);
        row(
            "operating 0", [](Deal &d) { d.operatingMonths = 0; }, "operating_months", "must be in 1..480",
            false);
        row(
            "operating 481", [](Deal &d) { d.operatingMonths = 481; }, "operating_months",
            "must be in 1..480");

        // Cluster
        row(
            "gpus 0", [](Deal &d) { d.cluster.gpus = 0; }, "cluster.gpus", "must be in 1..10000000", false);
        row(
            "gpus 10,000,001", [](Deal &d) { d.cluster.gpus = 10'000'001; }, "cluster.gpus",
            "must be in 1..10000000");
        row(
            "availability 0", [](Deal &d) { d.cluster.availability = 0; }, "cluster.availability",
            "must be in (0, 1]");
        row(
            "availability 1.01", [](Deal &d) { d.cluster.availability = 1.01; }, "cluster.availability",
            "must be in (0, 1]");
        ok("availability 1", [](Deal &d) { d.cluster.availability = 1; });
        row(
            "availability NaN", [nan](Deal &d) { d.cluster.availability = nan; }, "cluster.availability",
            "must be a finite number");
        row(
            "kw_per_gpu negative", [](Deal &d) { d.cluster.kwPerGpu = -0.1; }, "cluster.kw_per_gpu",
            "must be >= 0");
        row(
            "kw_per_gpu infinite", [inf](Deal &d) { d.cluster.kwPerGpu = inf; }, "cluster.kw_per_gpu",
            "must be a finite number");
        row(
            "pue 0.99", [](Deal &d) { d.cluster.pue = 0.99; }, "cluster.pue", "must be >= 1");
        row(
            "power price negative", [](Deal &d) { d.cluster.powerPricePerKwh = -0.01; },
            "cluster.power_price_per_kwh", "must be >= 0");
        row(
            "power escalation -1", [](Deal &d) { d.cluster.powerEscalation = -1; },
            "cluster.power_escalation", "must be in (-1, 1]");
        row(
            "power escalation 1.5", [](Deal &d) { d.cluster.powerEscalation = 1.5; },
            "cluster.power_escalation", "must be in (-1, 1]");
        row(
            "opex escalation -1", [](Deal &d) { d.cluster.opexEscalation = -1; }, "cluster.opex_escalation",
            "must be in (-1, 1]");
        row(
            "fixed opex negative", [](Deal &d) { d.cluster.fixedOpexPerGpuMonth = -1; },
            "cluster.fixed_opex_per_gpu_month", "must be >= 0");
        row(
            "variable opex 1", [](Deal &d) { d.cluster.variableOpexPctOfRevenue = 1; },
            "cluster.variable_opex_pct_of_revenue", "must be in [0, 1)");
        row(
            "variable opex negative", [](Deal &d) { d.cluster.variableOpexPctOfRevenue = -0.01; },
            "cluster.variable_opex_pct_of_revenue", "must be in [0, 1)");

        // Capex
        row(
            "capex empty", [](Deal &d) { d.capex.clear(); }, "capex", "at least one item");
        row(
            "capex category unknown", [](Deal &d) { d.capex[1].category = static_cast<CapexCategory>(42); },
            "capex[1].category", "not a known value");
        row(
            "quantity 0", [](Deal &d) { d.capex[0].quantity = 0; }, "capex[0].quantity", "must be > 0");
        row(
            "unit cost negative", [](Deal &d) { d.capex[2].unitCost = -5; }, "capex[2].unit_cost",
            "must be > 0");
        row(
            "spend period after C", [](Deal &d) { d.capex[0].spend[1].period = 4; },
            "capex[0].spend[1].period", "must be in 0..3");
        row(
            "spend period negative", [](Deal &d) { d.capex[0].spend[0].period = -1; },
            "capex[0].spend[0].period", "must be in 0..3");
        row(
            "spend share 0",
            [](Deal &d) {
                d.capex[0].spend = {{0, 0.0}, {2, 1.0}};
            },
            "capex[0].spend[0].share", "must be in (0, 1]");
        row(
            "spend share 1.5", [](Deal &d) { d.capex[2].spend[0].share = 1.5; }, "capex[2].spend[0].share",
            "must be in (0, 1]", false);
        row(
            "spend shares sum 0.9999", [](Deal &d) { d.capex[0].spend[1].share = 0.6999; }, "capex[0].spend",
            "must sum to 1");
        row(
            "spend shares sum 1 + 2e-9", [](Deal &d) { d.capex[0].spend[1].share = 0.7 + 2e-9; },
            "capex[0].spend", "must sum to 1");
        ok("spend shares sum within 1e-9", [](Deal &d) { d.capex[0].spend[1].share = 0.7 + 5e-10; });
        row(
            "spend empty", [](Deal &d) { d.capex[3].spend.clear(); }, "capex[3].spend", "must sum to 1");
        row(
            "useful life 0", [](Deal &d) { d.capex[4].usefulLifeMonths = 0; }, "capex[4].useful_life_months",
            "must be >= 1");
        row(
            "residual 1.1", [](Deal &d) { d.capex[0].residualPct = 1.1; }, "capex[0].residual_pct",
            "must be in [0, 1]");
        row(
            "residual negative", [](Deal &d) { d.capex[0].residualPct = -0.1; }, "capex[0].residual_pct",
            "must be in [0, 1]");

        // Offtake
        row(
            "counterparty empty", [](Deal &d) { d.offtake[1].counterparty.clear(); },
            "offtake[1].counterparty", "must not be empty");
        row(
            "rating unknown", [](Deal &d) { d.offtake[0].rating = static_cast<Rating>(17); },
            "offtake[0].rating", "not a known value");
        row(
            "offtake starts in construction", [](Deal &d) { d.offtake[0].startPeriod = 3; },
            "offtake[0].start_period", "must be in 4..75");
        row(
            "offtake starts after N", [](Deal &d) { d.offtake[1].startPeriod = 76; },
            "offtake[1].start_period", "must be in 4..75");
        ok("offtake starts at N", [](Deal &d) { d.offtake[1].startPeriod = 75; });
        row(
            "term 0", [](Deal &d) { d.offtake[1].termMonths = 0; }, "offtake[1].term_months", "must be >= 1");
        row(
            "offtake gpus 0", [](Deal &d) { d.offtake[1].gpus = 0; }, "offtake[1].gpus", "must be >= 1");
        row(
            "price 0", [](Deal &d) { d.offtake[0].pricePerGpuHour = 0; }, "offtake[0].price_per_gpu_hour",
            "must be > 0");
        row(
            "offtake escalation -1", [](Deal &d) { d.offtake[0].escalation = -1; }, "offtake[0].escalation",
            "must be in (-1, 1]");
        row(
            "prepayment 1", [](Deal &d) { d.offtake[0].prepaymentPct = 1; }, "offtake[0].prepayment_pct",
            "must be in [0, 1)");
        row(
            "contracts above cluster from period 4", [](Deal &d) { d.offtake[1].gpus = 1300; }, "offtake",
            "period 4 need 4180 GPUs");
        row(
            "contracts above cluster from period 20",
            [](Deal &d) {
                d.offtake[1].gpus = 1300;
                d.offtake[1].startPeriod = 20;
            },
            "offtake", "period 20 need 4180 GPUs");
        ok("contracts back to back at the limit", [](Deal &d) {
            d.offtake[0].gpus = 4096;
            d.offtake[0].termMonths = 10;
            d.offtake[1].gpus = 4096;
            d.offtake[1].startPeriod = 14;
        });
        row(
            "contracts over the cluster in several periods",
            [](Deal &d) {
                d.offtake[0].gpus = 4096;
                d.offtake[1].startPeriod = 30;
                d.offtake.push_back(d.offtake[1]);
                d.offtake.back().startPeriod = 50;
            },
            "offtake", "period 30 need 4912 GPUs");

        // Market
        row(
            "spot negative", [](Deal &d) { d.market.spotPricePerGpuHour = -0.1; },
            "market.spot_price_per_gpu_hour", "must be >= 0");
        row(
            "annual change -1", [](Deal &d) { d.market.annualChange = -1; }, "market.annual_change",
            "must be in (-1, 10]");
        row(
            "annual change 10.5", [](Deal &d) { d.market.annualChange = 10.5; }, "market.annual_change",
            "must be in (-1, 10]");
        row(
            "merchant utilization 1.1", [](Deal &d) { d.market.merchantUtilization = 1.1; },
            "market.merchant_utilization", "must be in [0, 1]");
        row(
            "volatility 5.1", [](Deal &d) { d.market.volatility = 5.1; }, "market.volatility",
            "must be in [0, 5]");
        row(
            "mean reversion 51", [](Deal &d) { d.market.meanReversion = 51; }, "market.mean_reversion",
            "must be in [0, 50]");
        row(
            "mean reversion negative", [](Deal &d) { d.market.meanReversion = -1; }, "market.mean_reversion",
            "must be in [0, 50]");

        // Hedges (hedges[0] futures, hedges[1] swap)
        row(
            "hedge type unknown", [](Deal &d) { d.hedges[1].type = static_cast<HedgeType>(9); },
            "hedges[1].type", "not a known value");
        row(
            "hedge starts at 0", [](Deal &d) { d.hedges[1].startPeriod = 0; }, "hedges[1].start_period",
            "must be in 1..75");
        row(
            "hedge starts after N", [](Deal &d) { d.hedges[1].startPeriod = 76; }, "hedges[1].start_period",
            "must be in 1..75");
        ok("hedge starts in construction", [](Deal &d) { d.hedges[1].startPeriod = 1; });
        row(
            "hedge term 0", [](Deal &d) { d.hedges[0].termMonths = 0; }, "hedges[0].term_months",
            "must be >= 1");
        row(
            "hedge gpus 0", [](Deal &d) { d.hedges[0].gpus = 0; }, "hedges[0].gpus", "must be >= 1");
        row(
            "strike negative", [](Deal &d) { d.hedges[1].strikePerGpuHour = -1; },
            "hedges[1].strike_per_gpu_hour", "must be >= 0");
        row(
            "premium on a swap", [](Deal &d) { d.hedges[1].premiumPerGpuHour = 0.1; },
            "hedges[1].premium_per_gpu_hour", "must be 0 for a swap");
        row(
            "premium on futures", [](Deal &d) { d.hedges[0].premiumPerGpuHour = 0.1; },
            "hedges[0].premium_per_gpu_hour", "must be 0 for a futures");
        ok("premium on a floor", [](Deal &d) {
            d.hedges[1].type = HedgeType::Floor;
            d.hedges[1].premiumPerGpuHour = 0.1;
        });
        row(
            "negative premium on a floor",
            [](Deal &d) {
                d.hedges[1].type = HedgeType::Floor;
                d.hedges[1].premiumPerGpuHour = -0.1;
            },
            "hedges[1].premium_per_gpu_hour", "must be >= 0");
        row(
            "initial margin on a swap", [](Deal &d) { d.hedges[1].initialMarginPerGpu = 10; },
            "hedges[1].initial_margin_per_gpu", "must be 0 unless the hedge is futures");
        row(
            "initial margin on a floor",
            [](Deal &d) {
                d.hedges[1].type = HedgeType::Floor;
                d.hedges[1].initialMarginPerGpu = 10;
            },
            "hedges[1].initial_margin_per_gpu", "must be 0 unless the hedge is futures");
        row(
            "negative initial margin on futures", [](Deal &d) { d.hedges[0].initialMarginPerGpu = -1; },
            "hedges[0].initial_margin_per_gpu", "must be >= 0");
        row(
            "fee negative", [](Deal &d) { d.hedges[0].feePerGpuHour = -0.01; }, "hedges[0].fee_per_gpu_hour",
            "must be >= 0");

        // Debt
        row(
            "target DSCR 0", [](Deal &d) { d.debt.sizing.targetDscr = 0; }, "debt.sizing.target_dscr",
            "must be > 0");
        row(
            "max LTV 1.1", [](Deal &d) { d.debt.sizing.maxLtv = 1.1; }, "debt.sizing.max_ltv",
            "must be in [0, 1]");
        row(
            "amount negative",
            [](Deal &d) {
                d.debt.sizing.mode = Sizing::Mode::Amount;
                d.debt.sizing.amount = -1;
            },
            "debt.sizing.amount", "must be >= 0");
        ok("amount sizing ignores DSCR fields", [](Deal &d) {
            d.debt.sizing.mode = Sizing::Mode::Amount;
            d.debt.sizing.amount = 1e8;
            d.debt.sizing.targetDscr = -1;
        });
        row(
            "tenor 0", [](Deal &d) { d.debt.tenorMonths = 0; }, "debt.tenor_months", "must be in 1..72");
        row(
            "tenor above O", [](Deal &d) { d.debt.tenorMonths = 73; }, "debt.tenor_months",
            "must be in 1..72");
        ok("tenor O", [](Deal &d) { d.debt.tenorMonths = 72; });
        row(
            "profile unknown", [](Deal &d) { d.debt.profile = static_cast<Profile>(7); }, "debt.profile",
            "not a known value");
        row(
            "day count unknown", [](Deal &d) { d.debt.dayCount = static_cast<DayCount>(7); },
            "debt.day_count", "not a known value");
        row(
            "fixed rate 1.1",
            [](Deal &d) {
                d.debt.rate = Rate{};
                d.debt.rate.type = RateType::Fixed;
                d.debt.rate.fixedRate = 1.1;
            },
            "debt.rate.fixed_rate", "must be in [-0.05, 1]");
        row(
            "base rate -0.06", [](Deal &d) { d.debt.rate.baseRate = -0.06; }, "debt.rate.base_rate",
            "must be in [-0.05, 1]");
        row(
            "margin grid without min_coverage 0",
            [](Deal &d) { d.debt.rate.marginGrid[0].minCoverage = 0.1; }, "debt.rate.margin_grid",
            "must have an entry with min_coverage 0");
        row(
            "margin grid empty", [](Deal &d) { d.debt.rate.marginGrid.clear(); }, "debt.rate.margin_grid",
            "must have an entry with min_coverage 0");
        row(
            "margin grid coverage 1.1", [](Deal &d) { d.debt.rate.marginGrid[3].minCoverage = 1.1; },
            "debt.rate.margin_grid[3].min_coverage", "must be in [0, 1]");
        row(
            "margin grid margin 1.5", [](Deal &d) { d.debt.rate.marginGrid[1].margin = 1.5; },
            "debt.rate.margin_grid[1].margin", "must be in [-0.05, 1]");
        row(
            "flat margin -0.1",
            [](Deal &d) {
                d.debt.rate.useMarginGrid = false;
                d.debt.rate.marginGrid.clear();
                d.debt.rate.margin = -0.1;
            },
            "debt.rate.margin", "must be in [-0.05, 1]");
        row(
            "base rate curve empty", [](Deal &d) { d.debt.rate.useBaseCurve = true; },
            "debt.rate.base_rate_curve", "must not be empty");
        row(
            "base rate curve value 2",
            [](Deal &d) {
                d.debt.rate.useBaseCurve = true;
                d.debt.rate.baseRateCurve = {0.04, 2.0, 0.03};
            },
            "debt.rate.base_rate_curve[1]", "must be in [-0.05, 1]");
        ok("curve ignores base rate", [](Deal &d) {
            d.debt.rate.useBaseCurve = true;
            d.debt.rate.baseRateCurve = {0.04, 0.035};
            d.debt.rate.baseRate = 7;
        });
        row(
            "upfront fee 0.21", [](Deal &d) { d.debt.upfrontFee = 0.21; }, "debt.upfront_fee",
            "must be in [0, 0.2]");
        row(
            "commitment fee negative", [](Deal &d) { d.debt.commitmentFee = -0.001; }, "debt.commitment_fee",
            "must be in [0, 0.2]");
        row(
            "DSRA 25", [](Deal &d) { d.debt.dsraMonths = 25; }, "debt.dsra_months", "must be in 0..24");
        row(
            "DSRA negative", [](Deal &d) { d.debt.dsraMonths = -1; }, "debt.dsra_months", "must be in 0..24");
        row(
            "lockup DSCR 0", [](Deal &d) { d.debt.covenants.lockupDscr = 0; }, "debt.covenants.lockup_dscr",
            "must be > 0");
        row(
            "default DSCR negative", [](Deal &d) { d.debt.covenants.defaultDscr = -1; },
            "debt.covenants.default_dscr", "must be > 0");

        // Equity and tax
        row(
            "cost of equity 2.1", [](Deal &d) { d.costOfEquity = 2.1; }, "equity.cost_of_equity",
            "must be in [0, 2]");
        row(
            "cost of equity negative", [](Deal &d) { d.costOfEquity = -0.01; }, "equity.cost_of_equity",
            "must be in [0, 2]");
        row(
            "tax rate 1", [](Deal &d) { d.taxRate = 1; }, "tax.rate", "must be in [0, 1)");
        ok("tax rate 0", [](Deal &d) { d.taxRate = 0; });
        row(
            "number above 1e12", [](Deal &d) { d.capex[0].unitCost = 1.5e12; }, "capex[0].unit_cost",
            "at most 1e12 in absolute value");
        ok("number of exactly 1e12", [](Deal &d) { d.capex[0].unitCost = 1e12; });
    }

    // (v2) One row per rule of the gpudeal/2 fields (deal-format.md, rows marked v2), on the built-in
    // ddtl sample (two tranches, margin by rating, waterfall, max_ltv, collateral, MACRS, credit).
    void v2Rules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        const auto row = [](const char *name, Mutation m, const char *path, const char *fragment) {
            QTest::newRow(name) << m << QString::fromUtf8(path) << QString::fromUtf8(fragment);
        };
        const auto ok = [](const char *name, Mutation m) {
            QTest::newRow(name) << m << QString() << QString();
        };
        ok("the ddtl sample", [](Deal &) {});
        row(
            "six tranches",
            [](Deal &d) {
                d.debt.tranches.assign(6, d.debt.tranches[0]);
                for (std::size_t i = 0; i < 6; ++i) {
                    d.debt.tranches[i].name = "T" + std::to_string(i);
                    d.debt.tranches[i].share = 1.0 / 6.0;
                }
            },
            "debt.tranches", "1..5 tranches");
        row(
            "tranche shares do not sum to 1", [](Deal &d) { d.debt.tranches[1].share = 0.4; },
            "debt.tranches", "shares must sum to 1");
        row(
            "tranche share 0",
            [](Deal &d) {
                d.debt.tranches[0].share = 0.0;
                d.debt.tranches[1].share = 1.0;
            },
            "debt.tranches[0].share", "must be in (0, 1]");
        row(
            "tranche name empty", [](Deal &d) { d.debt.tranches[0].name.clear(); }, "debt.tranches[0].name",
            "must not be empty");
        row(
            "tranche name 201 characters", [](Deal &d) { d.debt.tranches[0].name = repeat("x", 201); },
            "debt.tranches[0].name", "at most 200 characters");
        row(
            "tranche names not distinct", [](Deal &d) { d.debt.tranches[1].name = d.debt.tranches[0].name; },
            "debt.tranches[1].name", "must differ");
        row(
            "tranche fixed rate out of range", [](Deal &d) { d.debt.tranches[0].rate.fixedRate = 1.5; },
            "debt.tranches[0].rate.fixed_rate", "must be in [-0.05, 1]");
        row(
            "margin by rating out of range",
            [](Deal &d) { d.debt.tranches[1].rate.marginByRating.byRating[std::size_t(Rating::BB)] = -0.1; },
            "debt.tranches[1].rate.margin_by_rating.BB", "must be in [-0.05, 1]");
        row(
            "margin by rating merchant out of range",
            [](Deal &d) { d.debt.tranches[1].rate.marginByRating.merchant = 1.1; },
            "debt.tranches[1].rate.margin_by_rating.merchant", "must be in [-0.05, 1]");
        row(
            "test_months 0", [](Deal &d) { d.debt.waterfall->testMonths = 0; }, "debt.waterfall.test_months",
            "must be in 1..12");
        row(
            "lookback_months 25", [](Deal &d) { d.debt.waterfall->lookbackMonths = 25; },
            "debt.waterfall.lookback_months", "must be in 1..24");
        row(
            "release_after 0", [](Deal &d) { d.debt.waterfall->releaseAfter = 0; },
            "debt.waterfall.release_after", "must be in 1..12");
        row(
            "sweep_trapped_after 41", [](Deal &d) { d.debt.waterfall->sweepTrappedAfter = 41; },
            "debt.waterfall.sweep_trapped_after", "must be in 0..40");
        row(
            "cash_sweep 1.1", [](Deal &d) { d.debt.waterfall->cashSweep = 1.1; }, "debt.waterfall.cash_sweep",
            "must be in [0, 1]");
        row(
            "max_ltv 0", [](Deal &d) { d.debt.covenants.maxLtv = 0.0; }, "debt.covenants.max_ltv",
            "must be in (0, 10]");
        row(
            "max_ltv without collateral", [](Deal &d) { d.collateral.reset(); }, "debt.covenants.max_ltv",
            "needs a collateral block and debt.waterfall");
        row(
            "max_ltv without waterfall", [](Deal &d) { d.debt.waterfall.reset(); }, "debt.covenants.max_ltv",
            "needs a collateral block and debt.waterfall");
        row(
            "collateral annual_decline 1", [](Deal &d) { d.collateral->annualDecline = 1.0; },
            "collateral.annual_decline", "must be in [0, 1)");
        row(
            "collateral floor above 1", [](Deal &d) { d.collateral->floor = 1.2; }, "collateral.floor",
            "must be in [0, 1]");
        row(
            "collateral categories empty", [](Deal &d) { d.collateral->categories.clear(); },
            "collateral.categories", "must not be empty");
        row(
            "collateral category twice",
            [](Deal &d) {
                d.collateral->categories = {CapexCategory::Compute, CapexCategory::Compute};
            },
            "collateral.categories[1]", "listed twice");
        row(
            "bonus above 1", [](Deal &d) { d.taxBonus = 1.5; }, "tax.bonus", "must be in [0, 1]");
        row(
            "bonus without macrs_5", [](Deal &d) { d.taxDepreciation = TaxDepreciation::StraightLine; },
            "tax.bonus", "must be 0 unless");
        row(
            "nol_limit 0", [](Deal &d) { d.nolLimit = 0.0; }, "tax.nol_limit", "must be in (0, 1]");
        row(
            "pd 1", [](Deal &d) { d.credit->pdByRating[std::size_t(Rating::CCC)] = 1.0; },
            "credit.pd_by_rating.CCC", "must be in [0, 1)");
        row(
            "correlation 1", [](Deal &d) { d.credit->correlation = 1.0; }, "credit.correlation",
            "must be in [0, 1)");
        row(
            "remarketing 25", [](Deal &d) { d.credit->remarketingMonths = 25; }, "credit.remarketing_months",
            "must be in 0..24");
        row(
            "recovery -0.1", [](Deal &d) { d.credit->recovery = -0.1; }, "credit.recovery",
            "must be in [0, 1]");
        row(
            "max_ltv above 1e12", [](Deal &d) { d.debt.covenants.maxLtv = 2e12; }, "debt.covenants.max_ltv",
            "at most 1e12");
    }
    void v2Rules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        Deal deal = sampleDealDdtl();
        mutate(deal);
        const Issues issues = validate(deal);
        const QStringList paths = pathsOf(issues);
        if (path.isEmpty()) {
            QCOMPARE(paths, QStringList());
            return;
        }
        QCOMPARE(paths, QStringList{path});
        QVERIFY2(q(issueMessage(issues.front())).contains(fragment),
                 qPrintable(q(issueText(issues.front()))));
    }

    void rules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        QFETCH(bool, only);

        Deal deal = sampleDeal();
        mutate(deal);
        const Issues issues = validate(deal);
        const QStringList paths = pathsOf(issues);
        if (path.isEmpty()) {
            QCOMPARE(paths, QStringList());
            return;
        }
        if (only)
            QCOMPARE(paths, QStringList{path});
        else
            QCOMPARE(paths.count(path), 1);
        const Issue &issue = issues[static_cast<std::size_t>(paths.indexOf(path))];
        QVERIFY2(q(issueMessage(issue)).contains(fragment), qPrintable(q(issueText(issue))));
    }

    void everyProblemAtOnce()
    {
        Deal deal = sampleDeal();
        deal.name.clear();
        deal.cluster.pue = 0.5;
        deal.capex[1].spend[0].period = 9;
        deal.offtake[1].termMonths = 0;
        deal.hedges[1].premiumPerGpuHour = 0.2;
        deal.debt.rate.marginGrid[0].minCoverage = 0.2;
        deal.debt.tenorMonths = 100;
        deal.taxRate = 1.5;
        const QStringList expected{"name",
                                   "cluster.pue",
                                   "capex[1].spend[0].period",
                                   "offtake[1].term_months",
                                   "hedges[1].premium_per_gpu_hour",
                                   "debt.tenor_months",
                                   "debt.rate.margin_grid",
                                   "tax.rate"};
        QCOMPARE(pathsOf(validate(deal)), expected);
    }

    void overCapacityReportedOnce()
    {
        // Three contracts of 2,000 GPUs (4..63, 10..75, 12..75): above the cluster in periods 12..63.
        Deal deal = sampleDeal();
        deal.offtake[0].gpus = 2000;
        deal.offtake[1].gpus = 2000;
        deal.offtake[1].startPeriod = 10;
        deal.offtake[1].termMonths = 66;
        deal.offtake.push_back(deal.offtake[1]);
        deal.offtake.back().startPeriod = 12;
        const Issues issues = validate(deal);
        QCOMPARE(pathsOf(issues), QStringList{QStringLiteral("offtake")});
        QCOMPARE(
            q(issueMessage(issues[0])),
            QStringLiteral("contracts active in period 12 need 6000 GPUs, more than cluster.gpus (4096)"));
    }

    void contractsPastTheEndAreCutOff()
    {
        // A contract running past N is cut off (engine.md 3); the capacity rule looks at periods 1..N only.
        Deal deal = sampleDeal();
        deal.offtake[1].startPeriod = 75;
        deal.offtake[1].termMonths = 60;
        deal.offtake.push_back(deal.offtake[1]);
        deal.offtake.back().startPeriod = 76; // after N: its own error, and no capacity error
        deal.offtake.back().gpus = 4096;
        const Issues issues = validate(deal);
        QCOMPARE(pathsOf(issues), QStringList{QStringLiteral("offtake[2].start_period")});
    }

    void utf8Helpers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("invalidAt"); // -1: valid
        QTest::newRow("ascii") << QByteArray("abc") << -1;
        QTest::newRow("2, 3 and 4 bytes") << QByteArray("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80") << -1;
        QTest::newRow("stray continuation") << QByteArray("a\x80") << 1;
        QTest::newRow("overlong 2 bytes") << QByteArray("\xC0\xAF") << 0;
        QTest::newRow("overlong 3 bytes") << QByteArray("ab\xE0\x80\xAF") << 2;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << 0;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("truncated") << QByteArray("x\xE2\x82") << 1;
        QTest::newRow("FF") << QByteArray("\xFF") << 0;
    }
    void utf8Helpers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, invalidAt);
        const std::size_t at =
            invalidUtf8Offset(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        QCOMPARE(at == std::string_view::npos ? -1 : static_cast<int>(at), invalidAt);
    }

    void codePoints()
    {
        QCOMPARE(codePointCount("\xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80"), std::size_t(5));
        QCOMPARE(codePointCount(""), std::size_t(0));
    }
};

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
