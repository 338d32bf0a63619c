#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gds {

// What a problem or a note says, as a code with parameters: core makes no sentences. The edges turn
// a code into words: the CLI (io/MessageText.h) in the English of cli.md, the GUI through tr().
enum class IssueCode : std::uint8_t {
    // deal-format.md rules (model/Validation). values: the bounds; text: as noted.
    Greater,              // must be > v0
    AtLeast,              // must be >= v0
    Interval,             // must be in v0..v1; v2 = 1: lower end open, v3 = 1: upper end open
    IntAtLeast,           // must be >= v0 (a whole number)
    IntRange,             // must be in v0..v1 (whole numbers)
    IntRangeCloseOrBuild, // the same, "close or a construction period, 0..C"
    IntRangeOperating,    // the same, "an operating period, C+1..N"
    IntRangePeriod,       // the same, "a period, 1..N"
    IntRangeTenor,        // the same, "1..O, the operating months"
    NotUtf8,              // must be valid UTF-8 text
    Empty,                // must not be empty
    EmptyCurve,           // must not be empty (one rate a model year)
    UnknownValue,         // is not a known value (v0)
    NotFinite,            // must be a finite number
    TooLarge,             // must be at most 1e12 in absolute value
    NameTooLong,          // must be at most 200 characters (has v0)
    TrancheNameTooLong,   // must be at most 200 characters
    Currency,             // an ISO 4217 code
    StartYear,            // year in 1990..2200 (is v0)
    StartMonth,           // month in 1..12 (is v0)
    NoItems,              // must have at least one item
    SharesSum,            // shares must sum to 1 (they sum to v0)
    Capacity,             // contracts active in period v0 need v1 GPUs, more than cluster.gpus (v2)
    PremiumNotZero,       // must be 0 for a hedge of type `text`
    MarginNotFutures,     // must be 0 unless the hedge is futures
    GridNoZero,           // must have an entry with min_coverage 0
    TrancheCount,         // must have 1..5 tranches (has v0)
    TrancheNameTwice,     // must differ from the other tranches' names (same as tranche v0)
    UnknownSizing,        // has an unknown sizing mode
    CovenantLtvNeeds,     // needs a collateral block and debt.waterfall
    ListedTwice,          // is listed twice
    BonusNeedsMacrs,      // must be 0 unless tax.depreciation is "macrs_5"
    // The engine's refusals (debt sizing, engine.md 5).
    SculptedNoCfads, // a sculpted loan needs positive CFADS in the tenor
    DebtAboveCapex,  // draws would exceed capex by a factor of v0
    // Goal seek requests that cannot be searched.
    SeekTargetNotFinite,
    SeekNoPaths,
    SeekNoContracts,
    SeekNoContract, // v0: the contract index
    SeekScaleNotPositive,
    SeekNoHedges,
    SeekNoHedge, // v0: the hedge index
    SeekNegativeStrike,
    SeekNoCapex,
    SeekDebtNotPositive,
    SeekBracket,
    SeekSolverFailed, // text: the solver library's own message
    // The engine's warnings (Result::warnings; the path names the line or the metric).
    PastModelEnd,       // path (offtake[i] or hedges[i]) runs to period v0, past the last period v1
    SeveralIrrs,        // path: the metric ("lender_yield", "equity_irr", ...); text: the tranche
    SizingNotConverged, // in v0 rounds
    NegativePrincipal,
    AccountsUnbalanced,
    // The workbook's cell limit (export/XlsxExport.h): the text has v0 characters, a cell holds v1.
    CellTooLong,
    // Words of an edge itself (the deal file's reader, io/DealJson.h, in the English of cli.md): `text`.
    Text,
};

// A problem found in a deal, addressed by its JSON path (deal-format.md), e.g. "offtake[1].term_months"
// with IntAtLeast {1}; also an engine warning.
struct Issue {
    std::string path;
    IssueCode code = IssueCode::Text;
    std::vector<double> values;
    std::string text;

    bool operator==(const Issue &) const = default;
};

using Issues = std::vector<Issue>;

} // namespace gds
