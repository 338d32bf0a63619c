#include "engine/MonteCarloPath.h"

#include "engine/Analytics.h"

#include <algorithm>
#include <boost/random/normal_distribution.hpp>
#include <cmath>
#include <limits>

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

class PathRandom
{
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

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

} // namespace

int defaultMonth(const CreditContract &c, double u)
{
    if (!(c.pd > 0.0))
        return 0;
    double month = 1.0; // PD = 1: the first month
    if (c.pd < 1.0) {
        if (!(u < 1.0))
            return 0;
        month = std::max(1.0, std::ceil(12.0 * std::log1p(-u) / c.logSurvival));
    }
    return month > c.termMonths ? 0 : int(month);
}

MonteCarloBase makeMonteCarloBase(const Deal &deal)
{
    MonteCarloBase b;
    EngineOptions engine;
    engine.computeSpotHeadroom = false; // not used by the paths
    engine.baseCase = &b.base;
    b.result = compute(deal, engine);
    if (!b.result.ok())
        return b;
    const Timeline &t = b.base.model.timeline;
    b.n = b.base.n;
    b.c = b.base.c;
    b.first = b.base.first;
    b.last = b.base.last;
    b.lockupDscr = deal.debt.covenants.lockupDscr;
    const auto size = static_cast<std::size_t>(b.n + 1);
    b.halfVariance.assign(size, 0.0);
    b.merchantPerGpu.assign(size, 0.0);
    for (int p = b.c + 1; p <= b.n; ++p)
        b.merchantPerGpu[p] = t.hours[p] * deal.cluster.availability * deal.market.merchantUtilization;

    const double kappa = deal.market.meanReversion, sigma = deal.market.volatility, dt = 1.0 / 12.0;
    b.decay = std::exp(-kappa * dt);
    b.stepSd = kappa > 0.0 ? sigma * std::sqrt((1.0 - std::exp(-2.0 * kappa * dt)) / (2.0 * kappa))
                           : sigma * std::sqrt(dt);
    for (int p = 1; p <= b.n; ++p) {
        const double variance = kappa > 0.0
                                    ? sigma * sigma * (1.0 - std::exp(-2.0 * kappa * p * dt)) / (2.0 * kappa)
                                    : sigma * sigma * p * dt;
        b.halfVariance[p] = 0.5 * variance;
    }

    // (v2) The waterfall on every path, index-linked collateral and the offtakers' default terms.
    b.waterfall = deal.debt.waterfall.has_value();
    b.ltvTest = b.waterfall && deal.debt.covenants.maxLtv && b.base.model.hasCollateral;
    b.maxLtv = deal.debt.covenants.maxLtv.value_or(0.0);
    b.indexLinked = deal.collateral && deal.collateral->indexLinked;
    if (deal.credit) {
        const Credit &cr = *deal.credit;
        b.credit = true;
        b.sqrtRho = std::sqrt(cr.correlation);
        b.sqrtOneMinusRho = std::sqrt(1.0 - cr.correlation);
        b.recovery = cr.recovery;
        b.remarketingMonths = cr.remarketingMonths;
        for (std::size_t i = 0; i < deal.offtake.size(); ++i) {
            const OfftakeContract &k = deal.offtake[i];
            CreditContract c;
            c.start = k.startPeriod;
            c.last = b.base.model.offtake[i].last;
            c.termMonths = k.termMonths;
            c.gpus = k.gpus;
            c.prepaymentPct = k.prepaymentPct;
            c.pd = cr.pdByRating[static_cast<std::size_t>(k.rating)];
            c.logSurvival = c.pd < 1.0 ? std::log1p(-c.pd) : 0.0;
            c.value = b.base.model.contractValues[i];
            b.contracts.push_back(std::move(c));
        }
    }
    return b;
}

PathEvaluator::PathEvaluator(const MonteCarloBase &base) : m_base(base), m_lines(base.base)
{
    const auto size = static_cast<std::size_t>(base.n + 1);
    for (auto *v : {&m_revenueMove, &m_volumeMove})
        v->assign(size, 0.0);
    m_collateral = base.base.model.collateralValue;
    m_months.assign(base.contracts.size(), 0);
    m_defaultPeriod.assign(base.contracts.size(), 0);
    m_schedule = base.base.schedule;
    if (base.indexLinked)
        m_schedule.collateralValue = m_collateral;
}

void PathEvaluator::draw(std::uint64_t seed, std::uint64_t path)
{
    const MonteCarloBase &b = m_base;
    PathRandom random(seed, path);
    boost::random::normal_distribution<double> normal;
    double x = 0.0;
    for (int p = 1; p <= b.n; ++p) {
        x = x * b.decay + b.stepSd * normal(random);
        m_lines.spot[p] = b.base.model.forwardSpot[p] * std::exp(x - b.halfVariance[p]);
    }
    if (!b.credit)
        return;
    // engine.md 8 (v2): one common factor M, then one e_c per contract, after the spot numbers.
    const double common = b.sqrtRho * normal(random);
    for (std::size_t i = 0; i < b.contracts.size(); ++i) {
        const double u = normalCdf(common + b.sqrtOneMinusRho * normal(random));
        m_months[i] = defaultMonth(b.contracts[i], u);
    }
}

void PathEvaluator::inject(const std::vector<double> &spot, const std::vector<int> &months)
{
    for (std::size_t p = 1; p < m_lines.spot.size() && p < spot.size(); ++p)
        m_lines.spot[p] = spot[p];
    for (std::size_t i = 0; i < m_months.size(); ++i)
        m_months[i] = i < months.size() ? months[i] : 0;
}

// engine.md 8 (v2): from p_d a defaulted contract pays nothing and releases no prepaid value; the
// recovery comes in p_d as revenue; its GPUs idle for the remarketing months, then sell at the index
// until the contract's original end.
void PathEvaluator::applyDefaults()
{
    const MonteCarloBase &b = m_base;
    std::fill(m_revenueMove.begin(), m_revenueMove.end(), 0.0);
    std::fill(m_volumeMove.begin(), m_volumeMove.end(), 0.0);
    std::copy(b.base.model.prepaidRelease.begin(), b.base.model.prepaidRelease.end(),
              m_lines.release.begin());
    bool any = false;
    for (std::size_t i = 0; i < b.contracts.size(); ++i) {
        const CreditContract &c = b.contracts[i];
        m_defaultPeriod[i] = 0;
        if (m_months[i] <= 0)
            continue;
        const long long pd = static_cast<long long>(c.start) + m_months[i] - 1;
        if (pd > c.last || pd < 1)
            continue;
        const int d = int(pd);
        m_defaultPeriod[i] = d;
        any = true;
        double remaining = 0.0;
        for (int q = d; q <= c.last; ++q) {
            remaining += c.value[q];
            m_revenueMove[q] -= c.value[q];
            m_lines.release[q] -= c.prepaymentPct * c.value[q];
        }
        m_revenueMove[d] += b.recovery * (1.0 - c.prepaymentPct) * remaining;
        for (int q = std::max(d + b.remarketingMonths, b.first); q <= c.last; ++q)
            m_volumeMove[q] += c.gpus * b.merchantPerGpu[q];
    }
    if (!any)
        return;
    const double pct = b.base.model.variableOpexPct;
    for (int p = 1; p <= b.n; ++p) {
        if (m_revenueMove[p] == 0.0 && m_volumeMove[p] == 0.0)
            continue;
        const double merchant = m_volumeMove[p] * m_lines.spot[p];
        const double revenue = m_revenueMove[p] + merchant;
        m_lines.merchant[p] += merchant;
        m_lines.variable[p] += pct * revenue;
        m_lines.ebitda[p] += revenue - pct * revenue;
    }
}

PathOutcome PathEvaluator::evaluate(PathDetail *detail)
{
    const MonteCarloBase &b = m_base;
    pathSpotLines(b.base, m_lines);
    if (b.credit)
        applyDefaults();
    pathCash(b.base, m_lines);
    if (b.indexLinked) // engine.md 8 (v2): V_p S_p / F_p where F_p > 0
        for (int p = 0; p <= b.n; ++p)
            m_collateral[p] =
                b.base.model.forwardSpot[p] > 0.0
                    ? b.base.model.collateralValue[p] * m_lines.spot[p] / b.base.model.forwardSpot[p]
                    : b.base.model.collateralValue[p];

    PathOutcome out;
    if (b.waterfall)
        waterfallRule(out);
    else
        reserveRule(out);
    if (b.indexLinked) // the path's terminal value and its tax (5.3)
        m_lines.equity[b.n] +=
            (1.0 - b.base.model.taxRate) * (m_collateral[b.n] - b.base.model.collateralValue[b.n]);
    for (int d : m_defaultPeriod)
        out.offtakerDefaults += d > 0 ? 1 : 0;
    out.equityIrr = irr(m_lines.equity, false).annual.value_or(kNull);

    if (detail) {
        detail->spot = m_lines.spot;
        detail->contractRevenue = b.base.model.contractRevenue;
        for (std::size_t p = 0; p < m_revenueMove.size(); ++p)
            detail->contractRevenue[p] += b.credit ? m_revenueMove[p] : 0.0;
        detail->merchantRevenue = m_lines.merchant;
        detail->ebitda = m_lines.ebitda;
        detail->prepaidRelease = m_lines.release;
        detail->tax = m_lines.tax;
        detail->cfads = m_lines.cfads;
        detail->collateral = m_collateral;
        detail->equity = m_lines.equity;
        detail->defaultPeriod = m_defaultPeriod;
        detail->loan = b.waterfall ? m_lines.loan : LoanPath{};
        detail->outcome = out;
    }
    return out;
}

// Section 8 without a waterfall: the base case's debt held fixed, the reserve drawn and refilled.
void PathEvaluator::reserveRule(PathOutcome &out)
{
    const MonteCarloBase &b = m_base;
    const PeriodTable &pt = b.result.periods;
    double reserve = 0.0;
    for (int p = 0; p <= b.n; ++p) {
        double e = b.base.fixedEquity[p];
        if (p >= 1 && p <= b.c)
            e += m_lines.cfads[p];
        if (p == b.c)
            reserve = pt.dsra[p];
        if (p > b.c) {
            const double target = pt.dsra[p], tested = pt.testedDebtService[p];
            const double available = std::max(m_lines.cfads[p], 0.0);
            e += m_lines.cfads[p] - pt.debtService[p] - pt.prepay[p];
            const double rise = std::max(target - pt.dsra[p - 1], 0.0);
            e -= rise;
            reserve += rise;
            if (tested > 0.0) {
                const double shortfall = tested - available;
                if (shortfall > 0.0) {
                    const double drawn = std::min(shortfall, reserve);
                    if (shortfall > reserve && !out.defaulted) {
                        out.defaulted = true;
                        out.defaultPeriod = p;
                    }
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
        m_lines.equity[p] = e;
    }
    out.minDscr = minDscr(m_lines.cfads, pt.testedDebtService, b.first, b.last);
}

// Section 8 (v2) with a waterfall: the engine's loan path evaluator (5.1) on the path's own cash.
void PathEvaluator::waterfallRule(PathOutcome &out)
{
    const MonteCarloBase &b = m_base;
    pathLoan(b.base, m_schedule, m_lines);
    const LoanPath &l = m_lines.loan;
    const bool lockupOn = b.base.schedule.waterfall->lockup;
    out.minDscr = minDscr(m_lines.cfads, l.tested, b.first, b.last);
    for (int p = 0; p <= b.n; ++p) {
        out.prepaid += l.prepay[p];
        if (p < b.first || p > b.last)
            continue;
        if (l.tested[p] > 0.0) {
            // The default rule of section 8 (v2), on the accounts as they stood at the end of p - 1.
            const double cover =
                std::max(m_lines.cfads[p], 0.0) + l.cash[p - 1] + l.lockup[p - 1] + l.reserve[p - 1];
            if (!out.defaulted && l.tested[p] > cover) {
                out.defaulted = true;
                out.defaultPeriod = p;
            }
        }
        if (lockupOn && !out.firstFailedTest && !isNull(l.histDscr[p]) && l.histDscr[p] < b.lockupDscr)
            out.firstFailedTest = p;
        // An LTV cure that fell short (5.1 step 3a): D and K went to the cure and were not enough,
        // so the period's prepayment is the cure alone and below the need.
        const Waterfall &w = *b.base.schedule.waterfall;
        if (b.ltvTest && !out.firstFailedTest && !isNull(l.ltv[p]) &&
            ((p - b.c) % w.testMonths == 0 || p == b.last)) {
            const double value = m_schedule.collateralValue[std::size_t(p)];
            const double need = (l.ltv[p] - b.maxLtv) * value;
            if (need > 0.0 && l.prepay[p] < need * (1.0 - 1e-9))
                out.firstFailedTest = p;
        }
    }
    out.lockupFailed = l.lockupFailures > 0;
    out.ltvBreached = l.ltvBreaches && *l.ltvBreaches > 0;
}

PathDetail evaluateInjectedPath(const Deal &deal, const std::vector<double> &spot,
                                const std::vector<int> &months)
{
    const MonteCarloBase base = makeMonteCarloBase(deal);
    PathDetail detail;
    if (!base.result.ok())
        return detail;
    PathEvaluator path(base);
    path.inject(spot, months);
    path.evaluate(&detail);
    return detail;
}

} // namespace gds
