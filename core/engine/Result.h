// What the engine returns: the period table (one flat array per line, index p = 0..N) and the
// metrics of engine.md section 7. Field tables describe both for writers (JSON, CSV, XLSX, GUI),
// in the order of the gpudeal-result/2 document (cli.md).
#pragma once

#include "model/Issue.h"

#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gds {

enum class Phase { Close, Construction, Operation };

// "Not a number" stands for null in a series (dscr outside tested periods).
inline constexpr double kNull = std::numeric_limits<double>::quiet_NaN();
inline bool isNull(double v)
{
    return std::isnan(v);
}

struct PeriodTable {
    int n = 0;                          // N; every series has n + 1 entries
    std::vector<int> year, month, days; // calendar month of period p (close: the start month)
    std::vector<Phase> phase;

    std::vector<double> capex, sellableHours, contractRevenue, prepayment, prepaidRelease, merchantRevenue,
        spotPrice, hedge, hedgeMargin, power, fixedOpex, variableOpex, ebitda, depreciation, finAmort,
        interest, tax, cfads, draw, idc, commitmentFee, principal, prepay, debtService, balance, dscr, dsra,
        histDscr, cashAccount, lockupAccount, distribution, support, collateralValue, ltv, equityFlow;

    // Lines that are not in the result document but that the risk analytics and exports need.
    std::vector<double> contractedGpus;    // g_c(p)
    std::vector<double> hedgedGpus;        // g_h(p)
    std::vector<double> testedDebtService; // DS*_p
    std::vector<double> interestFactor;    // i_p
    std::vector<double> discountFactor;    // DF_p in tenor periods (0 outside the tenor)
    std::vector<double> taxUnlevered;      // tax with no interest and no financing costs
    std::vector<double> projectFlow;       // section 7 project flows (TV included at N)
    std::vector<double> lenderFlow;        // section 7 lender flows

    int size() const { return n + 1; }
};

enum class Unit { Money, Hours, PricePerHour, Count, Days, Ratio, Multiple, Percent, Months, Text };

// One line of the period table as the result document names it.
struct PeriodField {
    const char *key; // JSON/CSV name
    std::vector<double> PeriodTable::*series;
    Unit unit;
    bool balance; // an end-of-period balance: aggregates take the last value, not the sum
    bool nullable;
};

// The numeric lines, in the result document's order, after period/start/end/days/phase.
const std::vector<PeriodField> &periodFields();

struct Metrics {
    double totalCapex = 0, idc = 0, upfrontFee = 0, commitmentFees = 0, dsraInitial = 0, totalUses = 0,
           debt = 0, debtDrawn = 0, equity = 0;
    std::optional<double> gearing, ltv;
    double coverage = 0;
    std::optional<double> margin, minDscr, avgDscr, llcr, lenderYield, equityIrr, projectIrr, wacc, npv, lcoc,
        spotHeadroom, paybackMonths;
    int lockupBreaches = 0, defaultBreaches = 0, sizingIterations = 0;
    double terminalValue = 0;                                     // TV (engine.md 4, 5.2)
    double terminalTax = 0;                                       // (v2) 5.3
    double debtPrepaid = 0;                                       // (v2) sum of prepay_p
    double maxTrapped = 0;                                        // (v2) the largest lock-up balance K
    std::optional<double> ltvBreaches, peakLtv, debtRepaidPeriod; // (v2) section 7
    int lockupFailures = 0; // (v2) failed lock-up tests (test dates with cash trapped); not in the document
    int marginStep = -1;    // index of the margin grid entry applied, -1 if none
};

// (v2) One tranche of the facility (engine.md 7, tranches).
struct TrancheResult {
    std::string name;
    double share = 1.0;
    double amount = 0.0;
    std::optional<double> margin, lenderYield;
};

// (engine.md 3) One offtake contract or hedge as the engine computed it, in the deal's order. Consumers
// read these instead of re-deriving start + term (which overflows an int for a long term).
struct InstrumentResult {
    int first = 0, last = -1; // its first and last period within the model (start_period .. min(end, N))
    double hours = 0.0;       // GPU-hours: a contract's sold hours (availability counted), a hedge's notional
    double value = 0.0;       // a contract's value sum V_c(p) (0 for a hedge)
    double prepayment = 0.0;  // a contract's prepayment, received in its first period (0 for a hedge)

    int months() const { return last >= first ? last - first + 1 : 0; }
};

// One metric of the result document: its key, unit and direction, and its one English label. `label` is
// the lender's full wording (the CLI's summary, the comparison report), `shortLabel` the workbench's
// compact one (metrics panel, Compare structures); the GUI and the reports translate both in the
// context "gds::MetricField".
struct MetricField {
    const char *key;
    Unit unit;
    int better; // +1 higher is better for the sponsor, -1 lower is better, 0 neutral
    std::optional<double> (*get)(const Metrics &);
    const char *label;
    const char *shortLabel;
};

// The metrics in the result document's order.
const std::vector<MetricField> &metricFields();
// The metric with this key, or nullptr.
const MetricField *metricField(std::string_view key);

struct Result {
    PeriodTable periods;
    Metrics metrics;
    std::vector<TrancheResult> tranches;
    std::vector<InstrumentResult> offtake, hedges; // deal.offtake and deal.hedges, in order
    Issues warnings; // codes with parameters: io/MessageText.h words them as cli.md does
    Issues errors;   // non-empty: the deal cannot be computed (e.g. debt.sizing), numbers are meaningless
    bool ok() const { return errors.empty(); }
};

} // namespace gds
