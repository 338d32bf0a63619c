#include "engine/MonteCarlo.h"

#include "engine/MonteCarloPath.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <mutex>
#include <thread>

namespace gds {

double nearestRank(const std::vector<double> &sorted, double q)
{
    const auto n = sorted.size();
    auto rank = static_cast<std::size_t>(std::ceil(q * double(n) - 1e-9));
    rank = std::clamp<std::size_t>(rank, 1, n);
    return sorted[rank - 1];
}

MonteCarloResult runMonteCarlo(const Deal &dealIn, const MonteCarloOptions &options)
{
    const auto started = std::chrono::steady_clock::now();
    MonteCarloResult out;
    out.paths = std::max(options.paths, 1);
    out.seed = options.seed;
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    out.threads = std::clamp(options.threads > 0 ? options.threads : int(hardware), 1, out.paths);

    const bool strip =
        (!options.offtakerDefaults && dealIn.credit) || (!options.waterfall && dealIn.debt.waterfall);
    Deal stripped;
    if (strip) {
        stripped = dealIn;
        if (!options.offtakerDefaults)
            stripped.credit.reset();
        if (!options.waterfall)
            stripped.debt.waterfall.reset();
    }
    const Deal &deal = strip ? stripped : dealIn;
    const MonteCarloBase b = makeMonteCarloBase(deal);
    if (!b.result.ok()) {
        out.errors = b.result.errors;
        return out;
    }
    out.base = b.result;
    const int paths = out.paths, n = b.n;
    const auto rows = static_cast<std::size_t>(paths);
    // (v2) The collateral fan needs every path's balance from C to N.
    const bool fanCollateral = b.indexLinked && b.waterfall && b.result.metrics.debt > 0.0;
    const int fanPeriods = fanCollateral ? n - b.c + 1 : 0;

    std::vector<PathOutcome> outcomes(rows);
    // The simulated index, period by period (one row of `paths` values per period), so that the fan
    // below reads and partitions each period in place; the same for the balance.
    std::vector<double> spots(rows * static_cast<std::size_t>(n));
    std::vector<double> balances(rows * static_cast<std::size_t>(fanPeriods));
    const auto histogramSize = static_cast<std::size_t>(n + 1);
    std::vector<std::vector<int>> contractDefaults; // per worker; integer sums do not depend on the order
    std::mutex merge;
    std::atomic<int> next{0}, done{0};
    std::atomic<bool> stopped{false};
    constexpr int kChunk = 64;
    auto work = [&] {
        PathEvaluator path(b);
        std::vector<int> byPeriod(histogramSize, 0);
        for (;;) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                break;
            }
            const int begin = next.fetch_add(kChunk);
            if (begin >= paths)
                break;
            const int end = std::min(begin + kChunk, paths);
            for (int i = begin; i < end; ++i) {
                path.draw(options.seed, std::uint64_t(i));
                outcomes[std::size_t(i)] = path.evaluate();
                for (int p = 1; p <= n; ++p)
                    spots[std::size_t(p - 1) * rows + std::size_t(i)] = path.spot()[std::size_t(p)];
                for (int k = 0; k < fanPeriods; ++k)
                    balances[std::size_t(k) * rows + std::size_t(i)] = path.balance()[std::size_t(b.c + k)];
                for (int d : path.defaultPeriods())
                    if (d > 0)
                        ++byPeriod[std::size_t(d)];
            }
            const int finished = done.fetch_add(end - begin) + (end - begin);
            if (options.progress)
                options.progress(finished);
        }
        const std::lock_guard lock(merge);
        contractDefaults.push_back(std::move(byPeriod));
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < out.threads; ++t)
        pool.emplace_back(work);
    work();
    for (auto &thread : pool)
        thread.join();
    if (stopped) {
        out.cancelled = true;
        return out;
    }

    // Aggregates, in path order (deterministic whatever the threads did).
    std::vector<double> minDscr, irrs;
    int belowLockup = 0, below1 = 0, defaults = 0, offtaker = 0, lockups = 0, ltv = 0;
    double prepaid = 0.0;
    out.minDscrByPath.reserve(outcomes.size());
    out.offtakerDefaultsByPath.reserve(outcomes.size());
    out.offtakerDefaultsByPeriod.assign(histogramSize, 0);
    out.firstFailedTestByPeriod.assign(histogramSize, 0);
    out.defaultsByPeriod.assign(histogramSize, 0);
    for (const auto &h : contractDefaults)
        for (std::size_t p = 0; p < histogramSize; ++p)
            out.offtakerDefaultsByPeriod[p] += h[p];
    for (const PathOutcome &o : outcomes) {
        out.minDscrByPath.push_back(o.minDscr);
        if (!isNull(o.minDscr)) {
            minDscr.push_back(o.minDscr);
            belowLockup += o.minDscr < deal.debt.covenants.lockupDscr;
            below1 += o.minDscr < 1.0;
        }
        defaults += o.defaulted;
        if (isNull(o.equityIrr))
            ++out.equityIrrMissing;
        else
            irrs.push_back(o.equityIrr);
        out.offtakerDefaultsByPath.push_back(o.offtakerDefaults);
        offtaker += o.offtakerDefaults > 0;
        lockups += o.lockupFailed;
        ltv += o.ltvBreached;
        prepaid += o.prepaid;
        ++out.firstFailedTestByPeriod[std::size_t(o.firstFailedTest)];
        ++out.defaultsByPeriod[std::size_t(o.defaultPeriod)];
    }
    out.firstFailedTestByPeriod[0] = 0; // period 0 counted the paths without one
    out.defaultsByPeriod[0] = 0;
    out.probMinDscrBelowLockup = double(belowLockup) / paths;
    out.probMinDscrBelow1 = double(below1) / paths;
    out.probDefault = double(defaults) / paths;
    out.probDefaultSe = std::sqrt(out.probDefault * (1.0 - out.probDefault) / paths);
    out.probOfftakerDefault = double(offtaker) / paths;
    if (b.waterfall)
        out.probLockup = double(lockups) / paths;
    if (b.result.metrics.ltvBreaches)
        out.probLtvBreach = double(ltv) / paths;
    out.meanDebtPrepaid = prepaid / paths;
    out.maxLtv = deal.debt.covenants.maxLtv;
    std::sort(minDscr.begin(), minDscr.end());
    if (!minDscr.empty()) {
        out.minDscrP50 = nearestRank(minDscr, 0.50);
        out.minDscrP90 = nearestRank(minDscr, 0.10);
        out.minDscrP99 = nearestRank(minDscr, 0.01);
        const double delta = std::sqrt(0.10 * 0.90 / double(minDscr.size()));
        out.minDscrP90Se = 0.5 * (nearestRank(minDscr, std::min(0.10 + delta, 1.0)) -
                                  nearestRank(minDscr, std::max(0.10 - delta, 1e-12)));
    }
    std::sort(irrs.begin(), irrs.end()); // once for the three percentiles
    if (!irrs.empty()) {
        out.equityIrrP10 = nearestRank(irrs, 0.10);
        out.equityIrrP50 = nearestRank(irrs, 0.50);
        out.equityIrrP90 = nearestRank(irrs, 0.90);
    }

    // The fans: per period the mean (summed in path order) and three order statistics, periods shared
    // out among the threads (each period's numbers do not depend on which thread).
    auto rankIndex = [paths](double q) {
        return static_cast<std::size_t>(std::clamp<long>(long(std::ceil(q * paths - 1e-9)), 1, paths) - 1);
    };
    const std::size_t k10 = rankIndex(0.10), k50 = rankIndex(0.50), k90 = rankIndex(0.90);
    // The median first, then P10 among the values below it and P90 among those above (the k-th
    // smallest value is the same whatever the order of the elements around it).
    const auto percentiles = [&](std::vector<double>::iterator row, double &p10, double &p50, double &p90) {
        std::nth_element(row, row + long(k50), row + paths);
        p50 = row[long(k50)];
        if (k10 < k50)
            std::nth_element(row, row + long(k10), row + long(k50));
        p10 = row[long(k10)];
        if (k90 > k50)
            std::nth_element(row + long(k50) + 1, row + long(k90), row + paths);
        p90 = row[long(k90)];
    };
    out.spot.assign(static_cast<std::size_t>(n), SpotBand{});
    out.collateral.assign(static_cast<std::size_t>(fanPeriods), CollateralBand{});
    std::atomic<int> nextRow{0};
    const int fanRows = n + fanPeriods;
    auto fan = [&] {
        for (int r = nextRow.fetch_add(1); r < fanRows; r = nextRow.fetch_add(1)) {
            if (r < n) {
                const int p = r + 1;
                const auto row = spots.begin() + long(std::size_t(p - 1) * rows);
                double sum = 0.0;
                for (int i = 0; i < paths; ++i)
                    sum += row[i];
                SpotBand band{p, sum / paths, 0.0, 0.0, 0.0};
                percentiles(row, band.p10, band.p50, band.p90);
                out.spot[std::size_t(p - 1)] = band;
            } else {
                const int k = r - n;
                CollateralBand &band = out.collateral[std::size_t(k)];
                band.period = b.c + k;
                percentiles(balances.begin() + long(std::size_t(k) * rows), band.balanceP10, band.balanceP50,
                            band.balanceP90);
            }
        }
    };
    pool.clear();
    for (int t = 1; t < std::min(out.threads, fanRows); ++t)
        pool.emplace_back(fan);
    fan();
    for (auto &thread : pool)
        thread.join();
    // The collateral value V_p S_p / F_p is increasing in S_p: its percentiles are the index's, scaled.
    for (CollateralBand &band : out.collateral) {
        const auto p = static_cast<std::size_t>(band.period);
        const double v = b.base.model.collateralValue[p], f = b.base.model.forwardSpot[p];
        const SpotBand *s = band.period >= 1 ? &out.spot[p - 1] : nullptr;
        const double scale = f > 0.0 ? v / f : 0.0;
        band.valueP10 = s && f > 0.0 ? scale * s->p10 : v;
        band.valueP50 = s && f > 0.0 ? scale * s->p50 : v;
        band.valueP90 = s && f > 0.0 ? scale * s->p90 : v;
    }
    out.elapsedMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return out;
}

} // namespace gds
