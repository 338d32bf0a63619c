#include "engine/MonteCarlo.h"

#include "engine/Analytics.h"
#include "engine/CashflowModel.h"
#include "engine/Engine.h"

#include <boost/random/normal_distribution.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <thread>

namespace gds {

namespace {

// Random streams: xoshiro256++ (Blackman and Vigna, 2019), seeded through splitmix64 from
// (seed, path index), so that a path's numbers do not depend on which thread runs it. Boost 1.74
// has no small-state generator that can be keyed like this cheaply; the algorithms are public domain
// and specified bit for bit, so results are the same on every platform.
std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

class PathRandom {
public:
    using result_type = std::uint64_t;
    PathRandom(std::uint64_t seed, std::uint64_t path)
    {
        std::uint64_t sm = seed ^ (path * 0xD1342543DE82EF95ull + 0x2545F4914F6CDD1Dull);
        for (auto &word : m_s)
            word = splitmix64(sm);
    }
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }
    result_type operator()()
    {
        const std::uint64_t result = rotl(m_s[0] + m_s[3], 23) + m_s[0];
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

// Everything a path needs from the base case, shared read-only by the workers.
struct BaseCase {
    CashflowModel model;
    Result result;
    std::vector<double> deductions; // depreciation + base interest + base financing-cost amortization
    std::vector<double> fixedEquity; // equity flows that do not depend on the path (construction, fees...)
    int c = 0, first = 0, last = -1, n = 0;
    double decay = 1.0, stepSd = 0.0;
    std::vector<double> halfVariance; // Var(X_p) / 2
};

struct PathOutcome {
    double minDscr = kNull;
    double equityIrr = kNull;
    bool defaulted = false;
};

class PathWorker {
public:
    explicit PathWorker(const BaseCase &base) : m_base(base)
    {
        const auto size = static_cast<std::size_t>(base.n + 1);
        for (auto *v : {&m_spot, &m_merchant, &m_hedge, &m_variable, &m_ebitda, &m_tax, &m_cfads, &m_equity})
            v->assign(size, 0.0);
    }

    // Writes the path's index to spotOut[(p - 1) * stride], p = 1..N.
    PathOutcome run(std::uint64_t seed, std::uint64_t path, double *spotOut, std::size_t stride)
    {
        const BaseCase &b = m_base;
        const PeriodTable &pt = b.result.periods;
        PathRandom random(seed, path);
        boost::random::normal_distribution<double> normal;
        double x = 0.0;
        for (int p = 1; p <= b.n; ++p) {
            x = x * b.decay + b.stepSd * normal(random);
            m_spot[p] = b.model.forwardSpot[p] * std::exp(x - b.halfVariance[p]);
            spotOut[std::size_t(p - 1) * stride] = m_spot[p];
        }
        b.model.spotLines(m_spot, m_merchant, m_hedge, m_variable, m_ebitda);
        taxAndCfads(m_ebitda, b.deductions, b.model.prepaidRelease, b.model.taxRate, m_tax, m_cfads,
                    b.model.nolLimit);

        PathOutcome out;
        double reserve = 0.0;
        for (int p = 0; p <= b.n; ++p) {
            double e = b.fixedEquity[p];
            if (p >= 1 && p <= b.c)
                e += m_cfads[p];
            if (p == b.c)
                reserve = pt.dsra[p];
            if (p > b.c) {
                const double target = pt.dsra[p], tested = pt.testedDebtService[p];
                const double available = std::max(m_cfads[p], 0.0);
                e += m_cfads[p] - pt.debtService[p] -
                     pt.prepay[p]; // (v2) the base case's prepayments held fixed
                const double rise = std::max(target - pt.dsra[p - 1], 0.0);
                e -= rise;
                reserve += rise;
                if (tested > 0.0) {
                    const double dscr = m_cfads[p] / tested;
                    out.minDscr = isNull(out.minDscr) ? dscr : std::min(out.minDscr, dscr);
                    const double shortfall = tested - available;
                    if (shortfall > 0.0) {
                        const double drawn = std::min(shortfall, reserve);
                        if (shortfall > reserve)
                            out.defaulted = true;
                        reserve -= drawn;
                        e += drawn;
                    }
                }
                const double surplus = available - tested;
                if (surplus > 0.0 && reserve < target) {
                    const double refill = std::min(surplus, target - reserve);
                    reserve += refill;
                    e -= refill;
                }
                if (reserve > target) {
                    e += reserve - target;
                    reserve = target;
                }
            }
            m_equity[p] = e;
        }
        out.equityIrr = irr(m_equity, false).annual.value_or(kNull);
        return out;
    }

private:
    const BaseCase &m_base;
    std::vector<double> m_spot, m_merchant, m_hedge, m_variable, m_ebitda, m_tax, m_cfads, m_equity;
};

BaseCase makeBaseCase(const Deal &deal, Result result)
{
    BaseCase b;
    b.model = buildCashflowModel(deal);
    b.result = std::move(result);
    const PeriodTable &pt = b.result.periods;
    const Timeline &t = b.model.timeline;
    b.n = t.n;
    b.c = t.c;
    b.first = t.c + 1;
    b.last = t.c + deal.debt.tenorMonths;
    const auto size = static_cast<std::size_t>(b.n + 1);
    b.deductions.assign(size, 0.0);
    b.fixedEquity.assign(size, 0.0);
    b.halfVariance.assign(size, 0.0);
    for (int p = 0; p <= b.n; ++p) {
        b.deductions[p] = pt.depreciation[p] + pt.interest[p] + pt.finAmort[p];
        // Section 6's equity flows less CFADS, debt service and reserve movements (added per path).
        double e = b.model.hedgeMargin[p];
        if (p == 0)
            e += -(pt.capex[0] - pt.draw[0]) - b.result.metrics.upfrontFee;
        else if (p <= b.c)
            e += -(pt.capex[p] - pt.draw[p]) - pt.commitmentFee[p];
        else
            e += pt.prepayment[p];
        if (p == b.c)
            e -= pt.dsra[p];
        if (p == b.n)
            e += b.model.terminalValue - b.model.terminalTax; // engine.md 5.3
        b.fixedEquity[p] = e;
    }

    const double kappa = deal.market.meanReversion, sigma = deal.market.volatility, dt = 1.0 / 12.0;
    b.decay = std::exp(-kappa * dt);
    b.stepSd = kappa > 0.0 ? sigma * std::sqrt((1.0 - std::exp(-2.0 * kappa * dt)) / (2.0 * kappa))
                           : sigma * std::sqrt(dt);
    for (int p = 1; p <= b.n; ++p) {
        const double variance = kappa > 0.0 ? sigma * sigma * (1.0 - std::exp(-2.0 * kappa * p * dt)) / (2.0 * kappa)
                                            : sigma * sigma * p * dt;
        b.halfVariance[p] = 0.5 * variance;
    }
    return b;
}

std::optional<double> rankOrNull(std::vector<double> values, double q)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    return nearestRank(values, q);
}

} // namespace

double nearestRank(const std::vector<double> &sorted, double q)
{
    const auto n = sorted.size();
    auto rank = static_cast<std::size_t>(std::ceil(q * double(n) - 1e-9));
    rank = std::clamp<std::size_t>(rank, 1, n);
    return sorted[rank - 1];
}

MonteCarloResult runMonteCarlo(const Deal &deal, const MonteCarloOptions &options)
{
    const auto started = std::chrono::steady_clock::now();
    MonteCarloResult out;
    out.paths = std::max(options.paths, 1);
    out.seed = options.seed;
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    out.threads = std::clamp(options.threads > 0 ? options.threads : int(hardware), 1, out.paths);

    Result base = compute(deal);
    if (!base.ok()) {
        out.errors = base.errors;
        return out;
    }
    const BaseCase b = makeBaseCase(deal, std::move(base));
    const int paths = out.paths, n = b.n;

    std::vector<PathOutcome> outcomes(static_cast<std::size_t>(paths));
    // The simulated index, period by period (one row of `paths` values per period), so that the fan
    // below reads and partitions each period in place.
    std::vector<double> spots(static_cast<std::size_t>(paths) * static_cast<std::size_t>(n));
    std::atomic<int> next{0}, done{0};
    std::atomic<bool> stopped{false};
    constexpr int kChunk = 64;
    auto work = [&] {
        PathWorker worker(b);
        for (;;) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            const int begin = next.fetch_add(kChunk);
            if (begin >= paths)
                return;
            const int end = std::min(begin + kChunk, paths);
            for (int i = begin; i < end; ++i)
                outcomes[i] = worker.run(options.seed, std::uint64_t(i), &spots[std::size_t(i)], std::size_t(paths));
            const int finished = done.fetch_add(end - begin) + (end - begin);
            if (options.progress)
                options.progress(finished);
        }
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
    int belowLockup = 0, below1 = 0, defaults = 0;
    out.minDscrByPath.reserve(outcomes.size());
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
    }
    out.probMinDscrBelowLockup = double(belowLockup) / paths;
    out.probMinDscrBelow1 = double(below1) / paths;
    out.probDefault = double(defaults) / paths;
    std::sort(minDscr.begin(), minDscr.end());
    if (!minDscr.empty()) {
        out.minDscrP50 = nearestRank(minDscr, 0.50);
        out.minDscrP90 = nearestRank(minDscr, 0.10);
        out.minDscrP99 = nearestRank(minDscr, 0.01);
    }
    out.equityIrrP10 = rankOrNull(irrs, 0.10);
    out.equityIrrP50 = rankOrNull(irrs, 0.50);
    out.equityIrrP90 = rankOrNull(irrs, 0.90);

    // The fan of the index: per period the mean (summed in path order) and three order statistics,
    // periods shared out among the threads (each period's numbers do not depend on which thread).
    out.spot.assign(static_cast<std::size_t>(n), SpotBand{});
    std::atomic<int> nextPeriod{1};
    auto rankIndex = [paths](double q) {
        return static_cast<std::size_t>(std::clamp<long>(long(std::ceil(q * paths - 1e-9)), 1, paths) - 1);
    };
    const std::size_t k10 = rankIndex(0.10), k50 = rankIndex(0.50), k90 = rankIndex(0.90);
    auto fan = [&] {
        for (int p = nextPeriod.fetch_add(1); p <= n; p = nextPeriod.fetch_add(1)) {
            const auto row = spots.begin() + long(std::size_t(p - 1) * std::size_t(paths));
            double sum = 0.0;
            for (int i = 0; i < paths; ++i)
                sum += row[i];
            // The median first, then P10 among the values below it and P90 among those above (the
            // k-th smallest value is the same whatever the order of the elements around it).
            SpotBand band{p, sum / paths, 0.0, 0.0, 0.0};
            std::nth_element(row, row + long(k50), row + paths);
            band.p50 = row[long(k50)];
            if (k10 < k50)
                std::nth_element(row, row + long(k10), row + long(k50));
            band.p10 = row[long(k10)];
            if (k90 > k50)
                std::nth_element(row + long(k50) + 1, row + long(k90), row + paths);
            band.p90 = row[long(k90)];
            out.spot[std::size_t(p - 1)] = band;
        }
    };
    pool.clear();
    for (int t = 1; t < std::min(out.threads, n); ++t)
        pool.emplace_back(fan);
    fan();
    for (auto &thread : pool)
        thread.join();
    out.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return out;
}

} // namespace gds
