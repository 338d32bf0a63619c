#include "engine/Sensitivity.h"

#include "engine/Engine.h"
#include "engine/MonteCarlo.h"
#include "model/Validation.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>

namespace gds {

namespace {

struct KindInfo {
    ShockKind kind;
    std::string_view key, label;
    bool relative;
};

constexpr std::array<KindInfo, 7> kKinds{{
    {ShockKind::SpotPrice, "spot_price", "Spot price", true},
    {ShockKind::Capex, "capex", "Capex", true},
    {ShockKind::PowerPrice, "power_price", "Power price", true},
    {ShockKind::Availability, "availability", "Availability", false},
    {ShockKind::Utilization, "utilization", "Merchant utilization", false},
    {ShockKind::BaseRate, "base_rate", "Base rate", false},
    {ShockKind::ContractPrice, "contract_price", "Contract price", true},
}};

const KindInfo &info(ShockKind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return k;
    return kKinds[0];
}

Shock makeShock(ShockKind kind, double low, double high)
{
    const KindInfo &k = info(kind);
    return Shock{std::string(k.key), std::string(k.label), low, high, kind};
}

// The shocked deal's metrics; the metrics it shows do not need the spot headroom.
TornadoPoint evaluate(const Deal &deal, double amount, const std::optional<TornadoMonteCarlo> &monteCarlo)
{
    TornadoPoint point;
    point.amount = amount;
    const Issues issues = validate(deal);
    if (!issues.empty()) {
        point.problem = issues.front();
        return point;
    }
    EngineOptions options;
    options.computeSpotHeadroom = false;
    const Result r = compute(deal, options);
    if (!r.ok()) {
        point.problem = r.errors.front();
        return point;
    }
    point.computable = true;
    point.minDscr = r.metrics.minDscr;
    point.equityIrr = r.metrics.equityIrr;
    point.debt = r.metrics.debt;
    if (monteCarlo) {
        MonteCarloOptions o;
        o.paths = monteCarlo->paths;
        o.seed = monteCarlo->seed;
        o.threads = monteCarlo->threads;
        const MonteCarloResult mc = runMonteCarlo(deal, o);
        point.p90MinDscr = mc.minDscrP90;
        point.probDefault = mc.probDefault;
    }
    return point;
}

TornadoNote noEffectNote(const Deal &deal, const Shock &shock)
{
    if (shock.credit)
        return deal.credit ? TornadoNote::MonteCarloOnly : TornadoNote::NoCreditBlock;
    const ShockKind kind = shock.kind;
    if (kind == ShockKind::ContractPrice && deal.offtake.empty())
        return TornadoNote::NoContracts;
    if (kind == ShockKind::Capex && deal.capex.empty())
        return TornadoNote::NoCapex;
    return TornadoNote::None;
}

} // namespace

bool isRelative(ShockKind kind)
{
    return info(kind).relative;
}

std::string_view shockKey(ShockKind kind)
{
    return info(kind).key;
}

std::optional<ShockKind> shockKindFromKey(std::string_view key)
{
    for (const KindInfo &k : kKinds)
        if (k.key == key)
            return k.kind;
    return std::nullopt;
}

std::vector<Shock> defaultShocks()
{
    return {
        makeShock(ShockKind::SpotPrice, -0.20, 0.20),    makeShock(ShockKind::Capex, -0.10, 0.10),
        makeShock(ShockKind::PowerPrice, -0.20, 0.20),   makeShock(ShockKind::Availability, -0.05, 0.0),
        makeShock(ShockKind::Utilization, -0.15, 0.15),  makeShock(ShockKind::BaseRate, -0.01, 0.01),
        makeShock(ShockKind::ContractPrice, -0.10, 0.0),
    };
}

std::string_view creditShockKey(CreditShockKind kind)
{
    return kind == CreditShockKind::DefaultProbability ? "default_probability" : "correlation";
}

std::optional<CreditShockKind> creditShockKindFromKey(std::string_view key)
{
    for (CreditShockKind k : {CreditShockKind::DefaultProbability, CreditShockKind::Correlation})
        if (creditShockKey(k) == key)
            return k;
    return std::nullopt;
}

Shock creditShock(CreditShockKind kind, double low, double high)
{
    Shock s;
    s.key = std::string(creditShockKey(kind));
    s.label = kind == CreditShockKind::DefaultProbability ? "Default probability" : "Default correlation";
    s.low = low;
    s.high = high;
    s.credit = kind;
    return s;
}

bool isRelative(const Shock &shock)
{
    return shock.credit ? *shock.credit == CreditShockKind::DefaultProbability : isRelative(shock.kind);
}

std::vector<Shock> defaultShocks(const Deal &deal)
{
    std::vector<Shock> shocks = defaultShocks();
    if (deal.credit) {
        shocks.push_back(creditShock(CreditShockKind::DefaultProbability, -0.5, 1.0));
        shocks.push_back(creditShock(CreditShockKind::Correlation, -0.2, 0.2));
    }
    return shocks;
}

Deal applyShock(const Deal &deal, const Shock &shock, double amount)
{
    if (!shock.credit)
        return applyShock(deal, shock.kind, amount);
    Deal d = deal;
    if (!d.credit)
        return d;
    if (*shock.credit == CreditShockKind::DefaultProbability)
        for (double &pd : d.credit->pdByRating)
            pd *= 1.0 + amount;
    else
        d.credit->correlation += amount;
    return d;
}

Deal applyShock(const Deal &deal, ShockKind kind, double amount)
{
    Deal d = deal;
    const double scale = 1.0 + amount;
    switch (kind) {
    case ShockKind::SpotPrice:
        d.market.spotPricePerGpuHour *= scale;
        break;
    case ShockKind::Capex:
        for (CapexItem &item : d.capex)
            item.unitCost *= scale;
        break;
    case ShockKind::PowerPrice:
        d.cluster.powerPricePerKwh *= scale;
        break;
    case ShockKind::Availability:
        d.cluster.availability += amount;
        break;
    case ShockKind::Utilization:
        d.market.merchantUtilization += amount;
        break;
    case ShockKind::BaseRate: {
        // Every rate the deal pays moves: the loan's, or (v2) each tranche's, whose rates replace it.
        // A fixed rate moves too: before close it is priced off the same base (docs/engine-conventions.md).
        const auto shift = [amount](Rate &rate) {
            if (rate.type == RateType::Fixed) {
                rate.fixedRate += amount;
            } else if (rate.useBaseCurve) {
                for (double &r : rate.baseRateCurve)
                    r += amount;
            } else {
                rate.baseRate += amount;
            }
        };
        shift(d.debt.rate);
        for (Tranche &t : d.debt.tranches)
            shift(t.rate);
        break;
    }
    case ShockKind::ContractPrice:
        for (OfftakeContract &c : d.offtake)
            c.pricePerGpuHour *= scale;
        break;
    }
    return d;
}

std::optional<double> tornadoValue(const TornadoPoint &point, TornadoMetric metric)
{
    if (!point.computable)
        return std::nullopt;
    switch (metric) {
    case TornadoMetric::MinDscr:
        return point.minDscr;
    case TornadoMetric::EquityIrr:
        return point.equityIrr;
    case TornadoMetric::Debt:
        return point.debt;
    case TornadoMetric::P90MinDscr:
        return point.p90MinDscr;
    case TornadoMetric::ProbDefault:
        return point.probDefault;
    }
    return std::nullopt;
}

double TornadoBar::swing(TornadoMetric metric) const
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const TornadoPoint *p : {&base, &low, &high}) {
        if (const std::optional<double> v = tornadoValue(*p, metric)) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    }
    return lo <= hi ? hi - lo : std::numeric_limits<double>::quiet_NaN();
}

std::vector<TornadoBar> tornado(const Deal &deal, const std::vector<Shock> &shocks, TornadoMetric sortBy,
                                const std::optional<TornadoMonteCarlo> &monteCarlo)
{
    const TornadoPoint base = evaluate(deal, 0.0, monteCarlo);
    std::vector<TornadoBar> bars;
    bars.reserve(shocks.size());
    for (const Shock &shock : shocks) {
        TornadoBar bar;
        bar.shock = shock;
        bar.base = base;
        bar.low = evaluate(applyShock(deal, shock, shock.low), shock.low, monteCarlo);
        bar.high = evaluate(applyShock(deal, shock, shock.high), shock.high, monteCarlo);
        bar.note = noEffectNote(deal, shock);
        bars.push_back(std::move(bar));
    }
    std::vector<double> swing(bars.size());
    for (std::size_t i = 0; i < bars.size(); ++i)
        swing[i] = bars[i].swing(sortBy);
    std::vector<std::size_t> order(bars.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (std::isnan(swing[a]) || std::isnan(swing[b]))
            return !std::isnan(swing[a]) && std::isnan(swing[b]);
        return swing[a] > swing[b];
    });
    std::vector<TornadoBar> sorted;
    sorted.reserve(bars.size());
    for (std::size_t i : order)
        sorted.push_back(std::move(bars[i]));
    return sorted;
}

} // namespace gds
