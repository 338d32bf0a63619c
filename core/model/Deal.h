// The deal model: inert value types mirroring the gpudeal/1 file (deal-format.md).
// No Qt, no behaviour beyond trivial derived values; the engine and validation work on these.
#pragma once

#include <string>
#include <vector>

namespace gds {

enum class CapexCategory { Compute, Networking, Storage, Cooling, Electrical, Facility, Deployment, Spares, SoftCosts, Other };
enum class Rating { AAA, AA, A, BBB, BB, B, CCC, NR };
enum class HedgeType { Swap, Floor, Futures };
enum class Profile { Sculpted, Annuity, StraightLine, Bullet };
enum class RateType { Fixed, Floating };
enum class DayCount { Act360, Act365F, Thirty360 };

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

// A fixed rate, or a floating rate = base (flat or a curve, one rate per model year) + margin
// (flat or a grid keyed by coverage). Only the fields of the chosen alternatives are meaningful.
struct Rate {
    RateType type = RateType::Floating;
    double fixedRate = 0.0;
    bool useBaseCurve = false;
    double baseRate = 0.0;
    std::vector<double> baseRateCurve;
    bool useMarginGrid = false;
    double margin = 0.0;
    std::vector<MarginStep> marginGrid;
    bool operator==(const Rate &) const = default;
};

struct Covenants {
    double lockupDscr = 1.2;
    double defaultDscr = 1.05;
    bool operator==(const Covenants &) const = default;
};

struct Debt {
    std::string name = "Senior term loan";
    Sizing sizing;
    int tenorMonths = 12;
    Profile profile = Profile::Sculpted;
    Rate rate;
    DayCount dayCount = DayCount::Act360;
    double upfrontFee = 0.0;
    double commitmentFee = 0.0;
    int dsraMonths = 0;
    Covenants covenants;
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

    int periodCount() const { return constructionMonths + operatingMonths; } // N
    bool operator==(const Deal &) const = default;
};

} // namespace gds
