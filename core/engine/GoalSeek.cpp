#include "engine/GoalSeek.h"

#include "engine/Engine.h"
#include "engine/MonteCarlo.h"
#include "model/Validation.h"

#include <algorithm>
#include <boost/math/tools/roots.hpp>
#include <cmath>
#include <map>
#include <numeric>

namespace gds {

namespace {

constexpr double kBig = 1e30;          // stands for "far below/above the target" where a metric is null
constexpr double kHitTolerance = 1e-7; // |achieved - target| accepted as a hit (the promise is 1e-6)
constexpr int kScanPoints = 8;         // interior points tried when the bracket's ends do not straddle

double totalCapex(const Deal &deal)
{
    double total = 0.0;
    for (const CapexItem &item : deal.capex)
        total += item.cost();
    return total;
}

Deal withAmount(const Deal &deal, double amount)
{
    Deal d = deal;
    d.debt.sizing.mode = Sizing::Mode::Amount;
    d.debt.sizing.amount = amount;
    return d;
}

struct Eval {
    bool ok = false;
    std::optional<double> metric;
    double objective = -kBig; // metric - target, with nulls and failures mapped to +/-kBig
    std::optional<Issue> problem;
};

class Objective
{
public:
    Objective(const Deal &deal, const SeekRequest &request) : m_deal(deal), m_request(request) {}

    const Eval &at(double x)
    {
        if (const auto it = m_cache.find(x); it != m_cache.end())
            return it->second;
        ++evaluations;
        return m_cache.emplace(x, evaluate(applySeekValue(m_deal, m_request, x))).first->second;
    }

    Eval evaluate(const Deal &d) const
    {
        Eval e;
        const SeekTarget t = m_request.target;
        if (t == SeekTarget::P90MinDscr || t == SeekTarget::ProbDefault) {
            MonteCarloOptions o;
            o.paths = m_request.mcPaths;
            o.seed = m_request.mcSeed;
            o.threads = m_request.mcThreads;
            const MonteCarloResult mc = runMonteCarlo(d, o);
            if (!mc.errors.empty()) {
                e.problem = mc.errors.front();
                return e;
            }
            e.ok = true;
            if (t == SeekTarget::ProbDefault) {
                // Feasible (> 0) where P(default) <= target, infeasible (< 0) above; never 0, so that
                // the solver closes in on the step where P(default) falls to the target.
                e.metric = mc.probDefault;
                e.objective = m_request.targetValue - mc.probDefault;
                if (e.objective >= 0.0)
                    e.objective += 0.5 / mc.paths;
                return e;
            }
            e.metric = mc.minDscrP90;
        } else {
            EngineOptions options;
            options.computeSpotHeadroom = false;
            const Result r = compute(d, options);
            if (!r.ok()) {
                e.problem = r.errors.front();
                return e;
            }
            e.ok = true;
            e.metric = t == SeekTarget::MinDscr ? r.metrics.minDscr : r.metrics.equityIrr;
            if (!e.metric && t == SeekTarget::EquityIrr) {
                // No IRR: the flows do not change sign. All money in is an unbounded return.
                const double sum =
                    std::accumulate(r.periods.equityFlow.begin(), r.periods.equityFlow.end(), 0.0);
                e.objective = sum > 0.0 ? kBig : -kBig;
                return e;
            }
        }
        // A DSCR that does not exist means there is no debt to test: never a success.
        e.objective = e.metric ? *e.metric - m_request.targetValue : -kBig;
        return e;
    }

    int evaluations = 0;

private:
    const Deal &m_deal;
    const SeekRequest &m_request;
    std::map<double, Eval> m_cache;
};

// The largest fixed debt amount the engine accepts (kappa <= 1: draws never exceed the capex).
std::optional<double> capexLimit(const Deal &deal, int &evaluations)
{
    const double capex = totalCapex(deal);
    if (!(capex > 0.0))
        return std::nullopt;
    EngineOptions options;
    options.computeSpotHeadroom = false;
    double probe = 0.5 * capex;
    for (int i = 0; i < 60; ++i, probe *= 0.5) {
        ++evaluations;
        const Result r = compute(withAmount(deal, probe), options);
        if (!r.ok())
            continue;
        if (!(r.metrics.debtDrawn > 0.0))
            return std::nullopt;
        // kappa = B / (capex compounded at the construction rates), linear in B.
        double limit = probe * capex / r.metrics.debtDrawn;
        for (int k = 0; k < 60; ++k) {
            ++evaluations;
            if (compute(withAmount(deal, limit), options).ok())
                return limit;
            limit = std::nextafter(limit, 0.0) * (1.0 - std::ldexp(1.0, k - 52));
        }
        return probe;
    }
    return std::nullopt;
}

bool straddles(double a, double b)
{
    return (a <= 0.0 && b >= 0.0) || (a >= 0.0 && b <= 0.0);
}

} // namespace

std::string_view seekTargetKey(SeekTarget target)
{
    switch (target) {
    case SeekTarget::MinDscr:
        return "min_dscr";
    case SeekTarget::EquityIrr:
        return "equity_irr";
    case SeekTarget::P90MinDscr:
        return "p90_min_dscr";
    case SeekTarget::ProbDefault:
        return "prob_default";
    }
    return {};
}

std::string_view seekVariableKey(SeekVariable variable)
{
    switch (variable) {
    case SeekVariable::ContractPrice:
        return "contract_price";
    case SeekVariable::SwapStrike:
        return "swap_strike";
    case SeekVariable::DebtAmount:
        return "debt";
    }
    return {};
}

Deal applySeekValue(const Deal &deal, const SeekRequest &request, double value)
{
    Deal d = deal;
    if (request.holdDebt && request.variable != SeekVariable::DebtAmount &&
        d.debt.sizing.mode != Sizing::Mode::Amount) {
        const Result base = compute(deal);
        if (base.ok())
            d = withAmount(d, base.metrics.debt);
    }
    switch (request.variable) {
    case SeekVariable::ContractPrice:
        for (std::size_t i = 0; i < d.offtake.size(); ++i)
            if (request.index < 0 || std::size_t(request.index) == i)
                d.offtake[i].pricePerGpuHour = deal.offtake[i].pricePerGpuHour * value;
        break;
    case SeekVariable::SwapStrike:
        if (request.index >= 0 && std::size_t(request.index) < d.hedges.size())
            d.hedges[std::size_t(request.index)].strikePerGpuHour = value;
        break;
    case SeekVariable::DebtAmount:
        d = withAmount(d, value);
        break;
    }
    return d;
}

SeekResult goalSeek(const Deal &deal, const SeekRequest &request)
{
    SeekResult out;
    if (Issues issues = validate(deal); !issues.empty()) {
        out.errors = std::move(issues);
        return out;
    }
    if (!std::isfinite(request.targetValue)) {
        out.errors.push_back({"target", IssueCode::SeekTargetNotFinite, {}, {}});
        return out;
    }
    const bool monteCarlo =
        request.target == SeekTarget::P90MinDscr || request.target == SeekTarget::ProbDefault;
    if (monteCarlo && request.mcPaths < 1) {
        out.errors.push_back({"paths", IssueCode::SeekNoPaths, {}, {}});
        return out;
    }

    // The deal the search varies: with holdDebt, sizing switched to the base case's amount.
    EngineOptions plain;
    plain.computeSpotHeadroom = false;
    const Result base = compute(deal, plain);
    if (!base.ok()) {
        out.errors = base.errors;
        return out;
    }
    Deal prepared = deal;
    if (request.holdDebt && request.variable != SeekVariable::DebtAmount)
        prepared = withAmount(deal, base.metrics.debt);
    SeekRequest inner = request;
    inner.holdDebt = false; // already applied to `prepared`
    Objective objective(prepared, inner);

    // Bracket and base value.
    double lo = 0.0, hi = 0.0;
    std::string upperBinding = "bracket"; // what the upper end stands for
    switch (request.variable) {
    case SeekVariable::ContractPrice:
        if (deal.offtake.empty() || request.index >= int(deal.offtake.size())) {
            out.errors.push_back(
                deal.offtake.empty()
                    ? Issue{"offtake", IssueCode::SeekNoContracts, {}, {}}
                    : Issue{"offtake", IssueCode::SeekNoContract, {double(request.index)}, {}});
            return out;
        }
        out.baseValue = 1.0;
        lo = request.lower.value_or(0.01);
        hi = request.upper.value_or(10.0);
        if (!(lo > 0.0)) {
            out.errors.push_back({"lower", IssueCode::SeekScaleNotPositive, {}, {}});
            return out;
        }
        break;
    case SeekVariable::SwapStrike: {
        if (request.index < 0 || request.index >= int(deal.hedges.size())) {
            out.errors.push_back(deal.hedges.empty()
                                     ? Issue{"hedges", IssueCode::SeekNoHedges, {}, {}}
                                     : Issue{"hedges", IssueCode::SeekNoHedge, {double(request.index)}, {}});
            return out;
        }
        const double strike = deal.hedges[std::size_t(request.index)].strikePerGpuHour;
        out.baseValue = strike;
        lo = request.lower.value_or(0.0);
        hi = request.upper.value_or(10.0 * std::max({strike, deal.market.spotPricePerGpuHour, 0.1}));
        if (lo < 0.0) {
            out.errors.push_back({"lower", IssueCode::SeekNegativeStrike, {}, {}});
            return out;
        }
        break;
    }
    case SeekVariable::DebtAmount: {
        out.baseValue = base.metrics.debt;
        const std::optional<double> limit = capexLimit(deal, objective.evaluations);
        if (!limit) {
            out.errors.push_back({"capex", IssueCode::SeekNoCapex, {}, {}});
            return out;
        }
        hi = *limit;
        upperBinding = "capex_limit";
        if (deal.debt.sizing.mode == Sizing::Mode::DscrLtv &&
            deal.debt.sizing.maxLtv * totalCapex(deal) < hi) {
            hi = deal.debt.sizing.maxLtv * totalCapex(deal);
            upperBinding = "ltv";
        }
        if (request.upper && *request.upper < hi) {
            hi = *request.upper;
            upperBinding = "bracket";
        }
        lo = request.lower.value_or(hi * 1e-6);
        if (!(lo > 0.0)) {
            out.errors.push_back({"lower", IssueCode::SeekDebtNotPositive, {}, {}});
            return out;
        }
        break;
    }
    }
    if (!(lo < hi) || !std::isfinite(lo) || !std::isfinite(hi)) {
        out.errors.push_back({"bracket", IssueCode::SeekBracket, {}, {}});
        return out;
    }
    out.lower = lo;
    out.upper = hi;
    if (monteCarlo) {
        out.baseMetric = objective.evaluate(deal).metric;
        ++objective.evaluations;
    } else {
        out.baseMetric =
            request.target == SeekTarget::MinDscr ? base.metrics.minDscr : base.metrics.equityIrr;
    }

    const bool debt = request.variable == SeekVariable::DebtAmount;
    const bool atLeast = request.target != SeekTarget::EquityIrr; // "largest debt with metric >= target"
    auto finish = [&](double x, bool solved, std::string binding, SeekOutcome outcome) {
        const Eval &e = objective.at(x);
        out.value = x;
        out.achieved = e.metric;
        out.solved = solved;
        out.binding = std::move(binding);
        out.outcome = outcome;
        out.evaluations = objective.evaluations;
        if (solved)
            out.deal = applySeekValue(prepared, inner, x);
        return out;
    };

    // The largest debt: if even the upper end meets the target, the capex limit (or LTV) binds.
    const double gLo = objective.at(lo).objective, gHi = objective.at(hi).objective;
    if (debt && atLeast && gHi >= 0.0) {
        return finish(hi, true, upperBinding, SeekOutcome::NotBinding);
    }

    // Find a sub-bracket whose ends straddle the target: the whole bracket, else a scan (from the top
    // for the debt, where the largest amount is wanted, from the bottom otherwise).
    std::vector<double> grid{lo};
    if (!straddles(gLo, gHi))
        for (int i = 1; i <= kScanPoints; ++i)
            grid.push_back(lo + (hi - lo) * i / (kScanPoints + 1));
    grid.push_back(hi);
    std::optional<std::pair<double, double>> bracket;
    for (std::size_t k = 0; k + 1 < grid.size() && !bracket; ++k) {
        const std::size_t i = debt ? grid.size() - 2 - k : k;
        if (straddles(objective.at(grid[i]).objective, objective.at(grid[i + 1]).objective))
            bracket = std::pair{grid[i], grid[i + 1]};
    }
    if (!bracket) {
        // No solution: report the value that came closest.
        double best = grid.front();
        for (double x : grid) {
            const double g = objective.at(x).objective, gb = objective.at(best).objective;
            if (std::fabs(g) < std::fabs(gb))
                best = x;
        }
        const Eval &e = objective.at(best);
        SeekOutcome outcome = SeekOutcome::StillAbove;
        if (!e.ok) {
            outcome = SeekOutcome::NotComputable;
            out.problem = e.problem;
        } else if (e.objective < 0.0 && request.target != SeekTarget::ProbDefault) {
            outcome = SeekOutcome::OnlyBelow;
        }
        out.loanResizes = !debt && request.target == SeekTarget::MinDscr && !request.holdDebt &&
                          deal.debt.sizing.mode == Sizing::Mode::DscrLtv;
        return finish(best, false, "none", outcome);
    }

    auto [a, b] = *bracket;
    double fa = objective.at(a).objective, fb = objective.at(b).objective;
    std::uintmax_t iterations = std::uintmax_t(std::max(request.maxIterations, 1));
    if (fa != 0.0 && fb != 0.0) {
        try {
            const auto root = boost::math::tools::toms748_solve(
                [&](double x) { return objective.at(x).objective; }, a, b, fa, fb,
                // A step of P(default) is closed to 30 bits (1e-9 relative): each try is a Monte Carlo.
                boost::math::tools::eps_tolerance<double>(
                    request.target == SeekTarget::ProbDefault ? 30 : std::numeric_limits<double>::digits - 3),
                iterations);
            a = root.first;
            b = root.second;
        } catch (const std::exception &ex) {
            out.errors.push_back({"solver", IssueCode::SeekSolverFailed, {}, ex.what()});
            out.evaluations = objective.evaluations;
            return out;
        }
    } else {
        iterations = 0;
    }
    out.iterations = int(iterations);
    // Of the final bracket's ends, the one on the feasible side (metric >= target), else the closer.
    fa = objective.at(a).objective;
    fb = objective.at(b).objective;
    double x =
        fa >= 0.0 && (fb < 0.0 || fa <= fb) ? a : (fb >= 0.0 ? b : (std::fabs(fa) <= std::fabs(fb) ? a : b));
    const Eval &e = objective.at(x);
    // P(default) moves in steps of 1/paths: a hit is the feasible side of the step the solver closed.
    const bool steps = request.target == SeekTarget::ProbDefault;
    const bool hit = e.metric && (steps ? e.objective >= 0.0
                                        : std::fabs(*e.metric - request.targetValue) <= kHitTolerance);
    SeekOutcome outcome = SeekOutcome::Jumps;
    if (hit && steps) {
        outcome = SeekOutcome::HitSteps;
    } else if (hit) {
        outcome = SeekOutcome::Hit;
    } else if (out.iterations >= request.maxIterations) {
        outcome = SeekOutcome::NoConvergence;
    } else {
        out.jumpFrom = objective.at(a).metric;
        out.jumpTo = objective.at(b).metric;
    }
    return finish(x, hit, std::string(seekTargetKey(request.target)), outcome);
}

} // namespace gds
