// Sensitivities: one-at-a-time shocks of the main inputs and the tornado of min DSCR, equity
// IRR and debt size they give. Every shocked deal is an ordinary Deal value, recomputed by compute();
// a shock that makes the deal invalid is reported as not computable, never clamped.
#pragma once

#include "model/Deal.h"
#include "model/Issue.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gds {

enum class ShockKind {
    SpotPrice,     // market.spot_price_per_gpu_hour * (1 + x)
    Capex,         // every capex[].unit_cost * (1 + x)
    PowerPrice,    // cluster.power_price_per_kwh * (1 + x)
    Availability,  // cluster.availability + x (points: -0.05 = -5 points)
    Utilization,   // market.merchant_utilization + x (points)
    BaseRate,      // floating: base_rate or every base_rate_curve entry + x; fixed: fixed_rate + x
    ContractPrice, // every offtake[].price_per_gpu_hour * (1 + x)
};

// True for shocks given as a relative change (x = -0.2 is -20 %), false for shocks in points.
bool isRelative(ShockKind kind);

// The key used in files and on the command line ("spot_price", "capex", "power_price",
// "availability", "utilization", "base_rate", "contract_price").
std::string_view shockKey(ShockKind kind);
std::optional<ShockKind> shockKindFromKey(std::string_view key);

// (v2) Shocks of the credit block (engine.md 8); they move only the Monte Carlo metrics.
enum class CreditShockKind {
    DefaultProbability, // every credit.pd_by_rating entry * (1 + x): +1 = x2, -0.5 = x0.5 (relative)
    Correlation,        // credit.correlation + x (points)
};
std::string_view creditShockKey(CreditShockKind kind); // "default_probability", "correlation"
std::optional<CreditShockKind> creditShockKindFromKey(std::string_view key);

struct Shock {
    std::string key, label;       // "spot_price", "Spot price"
    double low = 0.0, high = 0.0; // the two ends, in the kind's unit (relative or points)
    ShockKind kind = ShockKind::SpotPrice;
    std::optional<CreditShockKind> credit = std::nullopt; // (v2) set: a credit shock (kind unused)
};

// Whether a shock (of either family) is relative.
bool isRelative(const Shock &shock);

// Spot price +/-20 %, capex +/-10 %, power price +/-20 %, availability -5 points, merchant utilization
// +/-15 points, base rate +/-100 bp, contract price -10 %. A one-sided shock has 0 at its other end.
std::vector<Shock> defaultShocks();
// The same, and for a deal with a credit block default probability x0.5 / x2 and correlation -/+ 0.2.
std::vector<Shock> defaultShocks(const Deal &deal);
Shock creditShock(CreditShockKind kind, double low, double high);

// A copy of `deal` with one input shocked by `amount` (see ShockKind). The result may be invalid
// (availability above 1, a negative price...): check it with validate().
Deal applyShock(const Deal &deal, ShockKind kind, double amount);
Deal applyShock(const Deal &deal, const Shock &shock, double amount); // either family

// The metrics one end of a bar shows.
struct TornadoPoint {
    double amount = 0.0;     // the shock applied (0 for the base case)
    bool computable = false; // false: the shocked deal is invalid or cannot be financed
    std::optional<double> minDscr, equityIrr, debt;
    // (v2) With TornadoMonteCarlo: P90 min DSCR and P(default) of the Monte Carlo (engine.md 8).
    std::optional<double> p90MinDscr, probDefault;
    std::optional<Issue> problem; // why it is not computable (the first issue)
};

enum class TornadoMetric { MinDscr, EquityIrr, Debt, P90MinDscr, ProbDefault };

// (v2) Monte Carlo metrics at every end of every bar, with common random numbers (one seed).
struct TornadoMonteCarlo {
    int paths = 2000;
    std::uint64_t seed = 1;
    int threads = 0;
};

// Why a bar says something beyond its numbers (io/MessageText.h words it for the CLI).
enum class TornadoNote {
    None,
    MonteCarloOnly, // a credit shock: it moves only the Monte Carlo (offtaker defaults, engine.md 8)
    NoCreditBlock,  // a credit shock on a deal without a credit block: no effect
    NoContracts,    // contract price shock without offtake contracts: no effect
    NoCapex,        // capex shock without capex lines: no effect
};

struct TornadoBar {
    Shock shock;
    TornadoPoint base, low, high;
    TornadoNote note = TornadoNote::None; // e.g. NoContracts: the shock has no effect

    // The width of the bar for a metric: the range spanned by base, low and high (computable ends
    // only); NaN when no end has the metric.
    double swing(TornadoMetric metric) const;
};

std::optional<double> tornadoValue(const TornadoPoint &point, TornadoMetric metric);

// One bar per shock, sorted by the width of the swing of `sortBy` (widest first; bars without the
// metric last, in input order). Each end equals compute(applyShock(deal, kind, end)).
std::vector<TornadoBar> tornado(const Deal &deal, const std::vector<Shock> &shocks,
                                TornadoMetric sortBy = TornadoMetric::MinDscr,
                                const std::optional<TornadoMonteCarlo> &monteCarlo = std::nullopt);

} // namespace gds
