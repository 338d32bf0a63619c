// Monte Carlo on the spot index (engine.md section 8): mean-reverting log paths around the forward
// curve; per path the spot-driven lines, tax and CFADS are recomputed against the base case's debt,
// the reserve is drawn and refilled, and defaults are counted. Deterministic for a seed whatever the
// thread count: every path has its own random stream keyed by (seed, path index).
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

    // Min DSCR: p50/p90/p99 = the values that 50/90/99 % of paths stay above (null without debt).
    std::optional<double> minDscrP50, minDscrP90, minDscrP99;
    double probMinDscrBelowLockup = 0.0, probMinDscrBelow1 = 0.0, probDefault = 0.0;
    std::optional<double> equityIrrP10, equityIrrP50, equityIrrP90; // plain percentiles
    int equityIrrMissing = 0;
    std::vector<SpotBand> spot; // periods 1..N: the fan of the simulated index

    std::vector<double> minDscrByPath; // every path's min DSCR (NaN without debt), for histograms
};

MonteCarloResult runMonteCarlo(const Deal &deal, const MonteCarloOptions &options = {});

// Nearest-rank percentile (cli.md) of sorted values: the value of rank ceil(q * n), q in (0, 1].
double nearestRank(const std::vector<double> &sorted, double q);

} // namespace gds
