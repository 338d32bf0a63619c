// Monte Carlo on the spot index (engine.md section 8): mean-reverting log paths around the forward
// curve; per path the spot-driven lines, tax and CFADS are recomputed against the base case's debt,
// the reserve is drawn and refilled (or, v2, the waterfall of 5.1 runs on the path's cash), offtakers
// default (v2, with a credit block) and defaults are counted. One path is MonteCarloPath.h.
// Deterministic for a seed whatever the thread count: every path has its own random stream keyed by
// (seed, path index).
#pragma once

#include "engine/Result.h"
#include "model/Deal.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace gds {

struct MonteCarloOptions {
    int paths = 10000;
    std::uint64_t seed = 1;
    int threads = 0; // 0: every hardware thread
    // Optional: set to true from another thread to stop early (the result is then marked cancelled).
    const std::atomic<bool> *cancel = nullptr;
    // Optional: called now and then with the number of finished paths, from worker threads.
    std::function<void(int done)> progress;
    // (v2) Switch a mechanism off to see its effect: the deal is run without its credit block (no
    // offtaker defaults) or without its waterfall (the base case then has none either).
    bool offtakerDefaults = true;
    bool waterfall = true;
};

// (v2) The collateral fan with index-linked collateral: the path's collateral value and the loan's
// balance, period by period (plain percentiles: P10 is the low one).
struct CollateralBand {
    int period = 0;
    double valueP10 = 0.0, valueP50 = 0.0, valueP90 = 0.0;
    double balanceP10 = 0.0, balanceP50 = 0.0, balanceP90 = 0.0;
};

struct SpotBand {
    int period = 0;
    double mean = 0.0, p10 = 0.0, p50 = 0.0, p90 = 0.0;
};

struct MonteCarloResult {
    int paths = 0;
    std::uint64_t seed = 0;
    int threads = 0;
    double elapsedMs = 0.0;
    bool cancelled = false;
    Issues errors; // the base case could not be computed
    Result base;   // the base case the paths ran against (compute() without the spot headroom)

    // Min DSCR: p50/p90/p99 = the values that 50/90/99 % of paths stay above (null without debt).
    std::optional<double> minDscrP50, minDscrP90, minDscrP99;
    double probMinDscrBelowLockup = 0.0, probMinDscrBelow1 = 0.0, probDefault = 0.0;
    std::optional<double> equityIrrP10, equityIrrP50, equityIrrP90; // plain percentiles
    int equityIrrMissing = 0;
    std::vector<SpotBand> spot; // periods 1..N: the fan of the simulated index

    std::vector<double> minDscrByPath; // every path's min DSCR (NaN without debt), for histograms

    // (v2) engine.md 8's report: P(at least one offtaker defaults), P(a lock-up test fails) (null
    // without a waterfall), P(an LTV cure falls short) (null without max_ltv), mean debt_prepaid.
    double probOfftakerDefault = 0.0;
    std::optional<double> probLockup, probLtvBreach;
    double meanDebtPrepaid = 0.0;
    // Standard errors of the estimates: P(default) sqrt(p(1-p)/n); P90 min DSCR from the order
    // statistics at the ranks n(0.1 -+ sqrt(0.09/n)) (half their distance; null without debt).
    double probDefaultSe = 0.0;
    std::optional<double> minDscrP90Se;
    // Histograms by period p = 0..N: contracts defaulting in p (over every path), paths whose first
    // failing test (a lock-up test failed or an LTV cure fell short) is in p, paths whose payment
    // default is in p.
    std::vector<int> offtakerDefaultsByPeriod, firstFailedTestByPeriod, defaultsByPeriod;
    std::vector<int> offtakerDefaultsByPath; // the number of contracts defaulting on each path
    std::vector<CollateralBand> collateral;  // periods C..N, with index-linked collateral and debt
    std::optional<double> maxLtv;            // debt.covenants.max_ltv, for the fan's LTV line
};

MonteCarloResult runMonteCarlo(const Deal &deal, const MonteCarloOptions &options = {});

// Nearest-rank percentile (cli.md) of sorted values: the value of rank ceil(q * n), q in (0, 1].
double nearestRank(const std::vector<double> &sorted, double q);

} // namespace gds
