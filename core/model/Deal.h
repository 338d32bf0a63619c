// The deal model: inert value types mirroring the gpudeal/1 and gpudeal/2 files (deal-format.md).
// No Qt, no behaviour beyond trivial derived values; the engine and validation work on these.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace gds {

enum class CapexCategory {
    Compute,
    Networking,
    Storage,
    Cooling,
    Electrical,
    Facility,
    Deployment,
    Spares,
    SoftCosts,
    Other
};
enum class Rating { AAA, AA, A, BBB, BB, B, CCC, NR };
enum class HedgeType { Swap, Floor, Futures };
enum class Profile { Sculpted, Annuity, StraightLine, Bullet };
enum class RateType { Fixed, Floating };
enum class DayCount { Act360, Act365F, Thirty360 };
enum class TaxDepreciation { StraightLine, Macrs5 }; // (v2) tax.depreciation

inline constexpr std::size_t kRatingCount = 8;

struct YearMonth {
    int year = 2026;
    int month = 1; // 1..12
    bool operator==(const YearMonth &) const = default;
};

struct Cluster {
    std::string gpuModel;
    int gpus = 1;
    double availability = 1.0;
    double kwPerGpu = 0.0;
    double pue = 1.0;
    double powerPricePerKwh = 0.0;
    double powerEscalation = 0.0;
    double fixedOpexPerGpuMonth = 0.0;
    double opexEscalation = 0.0;
    double variableOpexPctOfRevenue = 0.0;
    bool operator==(const Cluster &) const = default;
};

struct SpendShare {
    int period = 0;
    double share = 1.0;
    bool operator==(const SpendShare &) const = default;
};

struct CapexItem {
    CapexCategory category = CapexCategory::Other;
    std::string description;
    double quantity = 1.0;
    double unitCost = 0.0;
    std::vector<SpendShare> spend{SpendShare{}};
    int usefulLifeMonths = 60;
    double residualPct = 0.0;

    double cost() const { return quantity * unitCost; }
    bool operator==(const CapexItem &) const = default;
};

struct OfftakeContract {
    std::string counterparty;
    Rating rating = Rating::NR;
    int startPeriod = 1;
    int termMonths = 12;
    int gpus = 1;
    double pricePerGpuHour = 0.0;
    double escalation = 0.0;
    double prepaymentPct = 0.0;
    bool operator==(const OfftakeContract &) const = default;
};

struct Market {
    std::string index;
    double spotPricePerGpuHour = 0.0;
    double annualChange = 0.0;
    double merchantUtilization = 1.0;
    double volatility = 0.0;
    double meanReversion = 0.0;
    bool operator==(const Market &) const = default;
};

struct Hedge {
    HedgeType type = HedgeType::Swap;
    int startPeriod = 1;
    int termMonths = 12;
    int gpus = 1;
    double strikePerGpuHour = 0.0;
    double premiumPerGpuHour = 0.0;
    double initialMarginPerGpu = 0.0;
    double feePerGpuHour = 0.0;
    bool operator==(const Hedge &) const = default;
};

// Debt sizing: either by target DSCR capped by LTV, or a fixed amount.
struct Sizing {
    enum class Mode { DscrLtv, Amount };
    Mode mode = Mode::DscrLtv;
    double targetDscr = 1.3; // used when mode == DscrLtv
    double maxLtv = 0.7;     // used when mode == DscrLtv
    double amount = 0.0;     // used when mode == Amount
    bool operator==(const Sizing &) const = default;
};

struct MarginStep {
    double minCoverage = 0.0;
    double margin = 0.0;
    bool operator==(const MarginStep &) const = default;
};

// (v2) rate.margin_by_rating: a margin per offtaker rating (indexed by Rating), for hedged and for
// merchant GPU-hours (engine.md 5, margin by rating).
struct MarginByRating {
    std::array<double, kRatingCount> byRating{};
    double hedged = 0.0;
    double merchant = 0.0;
    bool operator==(const MarginByRating &) const = default;
};

// A fixed rate, or a floating rate = base (flat or a curve, one rate per model year) + margin
// (flat, a grid keyed by coverage, or (v2) by rating). Only the fields of the chosen alternatives
// are meaningful; useMarginByRating wins over useMarginGrid.
struct Rate {
    RateType type = RateType::Floating;
    double fixedRate = 0.0;
    bool useBaseCurve = false;
    double baseRate = 0.0;
    std::vector<double> baseRateCurve;
    bool useMarginGrid = false;
    double margin = 0.0;
    std::vector<MarginStep> marginGrid;
    bool useMarginByRating = false;
    MarginByRating marginByRating;
    bool operator==(const Rate &) const = default;
};

// (v2) debt.tranches[]: a pari-passu share of the facility with its own rate.
struct Tranche {
    std::string name;
    double share = 1.0;
    Rate rate;
    bool operator==(const Tranche &) const = default;
};

struct Covenants {
    double lockupDscr = 1.2;
    double defaultDscr = 1.05;
    std::optional<double> maxLtv; // (v2) maintenance LTV on the collateral's market value
    bool operator==(const Covenants &) const = default;
};

// (v2) debt.waterfall (engine.md 5.1): present = the cash waterfall applies.
struct Waterfall {
    int testMonths = 3;
    int lookbackMonths = 12;
    bool lockup = true;
    int releaseAfter = 2;
    int sweepTrappedAfter = 0;
    double cashSweep = 0.0;
    bool operator==(const Waterfall &) const = default;
};

// (v2) collateral (engine.md 5.2).
struct Collateral {
    double annualDecline = 0.0;
    double floor = 0.0;
    std::vector<CapexCategory> categories{CapexCategory::Compute, CapexCategory::Networking,
                                          CapexCategory::Storage};
    bool indexLinked = false;
    bool operator==(const Collateral &) const = default;
};

// (v2) credit (engine.md 8, Monte Carlo only): annual default probabilities indexed by Rating.
struct Credit {
    static constexpr std::array<double, kRatingCount> kDefaultPd{0.0003, 0.0003, 0.0005, 0.0015,
                                                                 0.006,  0.03,   0.25,   0.03};
    std::array<double, kRatingCount> pdByRating = kDefaultPd;
    double correlation = 0.2;
    int remarketingMonths = 3;
    double recovery = 0.0;
    bool operator==(const Credit &) const = default;
};

struct Debt {
    std::string name = "Senior term loan";
    Sizing sizing;
    int tenorMonths = 12;
    Profile profile = Profile::Sculpted;
    Rate rate;                     // the single rate, unless tranches is non-empty
    std::vector<Tranche> tranches; // (v2) 1..5 tranches instead of rate; empty: one tranche of rate
    DayCount dayCount = DayCount::Act360;
    double upfrontFee = 0.0;
    double commitmentFee = 0.0;
    int dsraMonths = 0;
    Covenants covenants;
    std::optional<Waterfall> waterfall; // (v2)
    bool operator==(const Debt &) const = default;
};

struct Deal {
    std::string name;
    std::string sponsor;
    std::string currency = "USD";
    std::string notes;
    YearMonth start;
    int constructionMonths = 0;
    int operatingMonths = 12;
    Cluster cluster;
    std::vector<CapexItem> capex;
    std::vector<OfftakeContract> offtake;
    Market market;
    std::vector<Hedge> hedges;
    Debt debt;
    double costOfEquity = 0.0;
    double taxRate = 0.0;
    TaxDepreciation taxDepreciation = TaxDepreciation::StraightLine; // (v2) tax.depreciation
    double taxBonus = 0.0;                                           // (v2) tax.bonus
    double nolLimit = 1.0;                                           // (v2) tax.nol_limit
    std::optional<Collateral> collateral;                            // (v2)
    std::optional<Credit> credit;                                    // (v2)

    int periodCount() const { return constructionMonths + operatingMonths; } // N
    bool operator==(const Deal &) const = default;
};

// Whether the deal uses a field of gpudeal/2 (deal-format.md: then it is written as gpudeal/2).
inline bool usesV2(const Deal &d)
{
    const auto rateV2 = [](const Rate &r) { return r.useMarginByRating; };
    return !d.debt.tranches.empty() || rateV2(d.debt.rate) || d.debt.waterfall || d.debt.covenants.maxLtv ||
           d.taxDepreciation != TaxDepreciation::StraightLine || d.taxBonus != 0.0 || d.nolLimit != 1.0 ||
           d.collateral || d.credit;
}

// The facility's tranches (engine.md 5): debt.tranches, or one tranche of debt.rate named after the
// debt with share 1.
inline std::vector<Tranche> effectiveTranches(const Debt &d)
{
    if (!d.tranches.empty())
        return d.tranches;
    return {Tranche{d.name, 1.0, d.rate}};
}

} // namespace gds
