#include "engine/Analytics.h"

#include <algorithm>
#include <boost/math/tools/roots.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace gds {

namespace {

constexpr double kLowestRate = -0.99; // engine.md 7: the monthly rate lies in (-0.99, 10]
constexpr double kHighestRate = 10.0;

// A value with the sign of NPV(m) that cannot overflow on long series: the NPV itself for m >= 0
// (discount factors <= 1), and NPV * (1+m)^N for m < 0 (growth factors < 1). Both are Horner sums.
double scaledNpv(std::span<const double> cf, double m)
{
    double acc = 0.0;
    if (m >= 0.0) {
        const double x = 1.0 / (1.0 + m);
        for (auto it = cf.rbegin(); it != cf.rend(); ++it)
            acc = acc * x + *it;
    } else {
        const double y = 1.0 + m;
        for (double v : cf)
            acc = acc * y + v;
    }
    return acc;
}

int sign(double v)
{
    return (v > 0.0) - (v < 0.0);
}

// scaledNpv and its derivative in m, in one Horner pass (the derivative of a Horner sum is the
// Horner sum of the partial values).
std::pair<double, double> scaledNpvAndSlope(std::span<const double> cf, double m)
{
    double acc = 0.0, slope = 0.0;
    if (m >= 0.0) {
        const double x = 1.0 / (1.0 + m);
        for (auto it = cf.rbegin(); it != cf.rend(); ++it) {
            slope = slope * x + acc;
            acc = acc * x + *it;
        }
        return {acc, -slope * x * x}; // d/dm of a polynomial in x = 1/(1+m)
    }
    const double y = 1.0 + m;
    for (double v : cf) {
        slope = slope * y + acc;
        acc = acc * y + v;
    }
    return {acc, slope};
}

// The root inside [a, b], where scaledNpv changes sign and a, b lie on the same side of 0.
//
// Newton's method safeguarded by the bracket (rtsafe, Numerical Recipes 9.4): a Newton step that
// would leave the bracket, or that does not halve the step before last, becomes a bisection, and
// every evaluation narrows the bracket by its sign. Boost's newton_raphson_iterate does not keep the
// sign bracket and can stall at an end of a wide interval, so it is not used here. Newton stops once
// a step is below 2^-31 of the rate (or of 0.001 near 0): convergence is quadratic, so that last
// step leaves the rate at full double precision. TOMS 748 (Boost) takes over if Newton has not
// converged within kNewtonSteps evaluations.
constexpr double kNewtonTolerance = 0x1p-31;
constexpr int kNewtonSteps = 60;

// fa and fb are scaledNpv at a and b, known to the caller.
double solveBracket(std::span<const double> cf, double a, double b, double fa, double fb)
{
    const auto f = [cf](double m) { return scaledNpv(cf, m); };
    if (fa == 0.0)
        return a;
    if (fb == 0.0)
        return b;
    double below = fa < 0.0 ? a : b, above = fa < 0.0 ? b : a; // f(below) < 0 < f(above)
    double x = std::clamp(a - fa * (b - a) / (fb - fa), a, b); // the secant point
    double step = b - a, stepBefore = step;
    for (int i = 0; i < kNewtonSteps; ++i) {
        const auto [fx, slope] = scaledNpvAndSlope(cf, x);
        if (fx == 0.0)
            return x;
        (fx < 0.0 ? below : above) = x;
        const double lo = std::min(below, above), hi = std::max(below, above);
        const double newton = x - fx / slope;
        const bool bisect =
            !(newton > lo && newton < hi) || std::abs(2.0 * fx) > std::abs(stepBefore * slope);
        const double next = bisect ? 0.5 * (lo + hi) : newton;
        stepBefore = step;
        step = next - x;
        x = next;
        if (x == lo || x == hi ||
            (!bisect && std::abs(step) <= kNewtonTolerance * std::max(std::abs(x), 1e-3)))
            return x;
    }
    std::uintmax_t maxIter = 200;
    const auto [lo, hi] = boost::math::tools::toms748_solve(
        f, a, b, fa, fb, boost::math::tools::eps_tolerance<double>(53), maxIter);
    return 0.5 * (lo + hi);
}

constexpr int kGridSteps = 96; // per side; points at end * (j / kGridSteps)^2

double gridPoint(double end, int j)
{
    const double t = double(j) / kGridSteps;
    return end * t * t;
}

struct Bracket {
    double a, b, fa, fb; // the ends and scaledNpv there
};

// scaledNpv at the grid points j .. j+3 of one side, in one pass over the flows: each lane does the
// same operations in the same order as scaledNpv, so the values are identical, only faster.
void scaledNpvAtGrid4(std::span<const double> cf, double end, int j, double out[4])
{
    double acc[4] = {0.0, 0.0, 0.0, 0.0}, f[4];
    for (int k = 0; k < 4; ++k)
        f[k] = end >= 0.0 ? 1.0 / (1.0 + gridPoint(end, j + k)) : 1.0 + gridPoint(end, j + k);
    if (end >= 0.0) {
        for (auto it = cf.rbegin(); it != cf.rend(); ++it)
            for (int k = 0; k < 4; ++k)
                acc[k] = acc[k] * f[k] + *it;
    } else {
        for (double v : cf)
            for (int k = 0; k < 4; ++k)
                acc[k] = acc[k] * f[k] + v;
    }
    for (int k = 0; k < 4; ++k)
        out[k] = acc[k];
}

// A walk along one side's grid, from 0 towards `end`, to the first sign change of scaledNpv.
class GridWalk
{
public:
    GridWalk(std::span<const double> cf, double end, double f0) : m_cf(cf), m_end(end), m_prevF(f0) {}

    bool done() const { return m_done; }
    double reached() const { return std::abs(m_prevM); } // |m| walked so far
    const std::optional<Bracket> &bracket() const { return m_bracket; }

    void step()
    {
        static_assert(kGridSteps % 4 == 0);
        ++m_j;
        if ((m_j - 1) % 4 == 0)
            scaledNpvAtGrid4(m_cf, m_end, m_j, m_values);
        const double m = gridPoint(m_end, m_j);
        const double fm = m_values[(m_j - 1) % 4];
        if (fm == 0.0)
            m_bracket = Bracket{m, m, fm, fm};
        else if (sign(fm) != sign(m_prevF))
            m_bracket = m_prevM < m ? Bracket{m_prevM, m, m_prevF, fm} : Bracket{m, m_prevM, fm, m_prevF};
        m_done = m_bracket.has_value() || m_j == kGridSteps;
        m_prevM = m;
        m_prevF = fm;
    }

private:
    std::span<const double> m_cf;
    double m_end, m_prevM = 0.0, m_prevF, m_values[4] = {};
    int m_j = 0;
    bool m_done = false;
    std::optional<Bracket> m_bracket;
};

// The root nearest to 0: both sides are walked in order of |m|, and a side stops being walked once
// it has gone past a root already found on the other side.
std::optional<double> nearestRoot(std::span<const double> cf, double f0)
{
    GridWalk up(cf, kHighestRate, f0), down(cf, kLowestRate, f0);
    std::optional<double> best;
    auto consider = [&](const GridWalk &walk) {
        if (!walk.bracket())
            return;
        const Bracket &br = *walk.bracket();
        const double m = solveBracket(cf, br.a, br.b, br.fa, br.fb);
        if (!best || std::abs(m) < std::abs(*best))
            best = m;
    };
    for (;;) {
        const bool upOpen = !up.done() && (!best || up.reached() < std::abs(*best));
        const bool downOpen = !down.done() && (!best || down.reached() < std::abs(*best));
        if (!upOpen && !downOpen)
            return best;
        GridWalk &walk = upOpen && (!downOpen || up.reached() <= down.reached()) ? up : down;
        walk.step();
        if (walk.done())
            consider(walk);
    }
}

// How many sign changes scaledNpv has on the grid from 0 (excluded) to `end`.
int countBrackets(std::span<const double> cf, double end)
{
    int count = 0;
    double prevF = scaledNpv(cf, 0.0);
    for (int j = 1; j <= kGridSteps; ++j) {
        const double fm = scaledNpv(cf, gridPoint(end, j));
        if (fm == 0.0 || (prevF != 0.0 && sign(fm) != sign(prevF)))
            ++count;
        prevF = fm;
    }
    return count;
}

} // namespace

IrrResult irr(std::span<const double> cf, bool findAll)
{
    IrrResult result;
    int signChanges = 0, lastSign = 0;
    for (double v : cf) {
        const int s = sign(v);
        if (s == 0)
            continue;
        if (lastSign != 0 && s != lastSign && ++signChanges > 1)
            break; // several: the grid search below
        lastSign = s;
    }
    if (signChanges == 0)
        return result; // no sign change, no root

    // Walk a grid that is dense near 0 on each side, in order of |m|, and solve the brackets nearest
    // to 0; the root with the smaller |m| wins. With one sign change in the flows there is at most one
    // root with 1+m > 0 (Descartes' rule of signs); with several, only a full search (findAll) can
    // tell whether there are several roots.
    const bool mayHaveSeveral = findAll && signChanges > 1;
    const double f0 = scaledNpv(cf, 0.0);
    if (f0 == 0.0) {
        result.monthly = 0.0;
        result.annual = 0.0;
        if (mayHaveSeveral)
            result.multipleRoots = countBrackets(cf, kHighestRate) + countBrackets(cf, kLowestRate) > 0;
        return result;
    }
    const std::optional<double> best = nearestRoot(cf, f0);
    if (!best)
        return result;
    if (mayHaveSeveral)
        result.multipleRoots = countBrackets(cf, kHighestRate) + countBrackets(cf, kLowestRate) > 1;
    result.monthly = *best;
    result.annual = std::pow(1.0 + result.monthly, 12.0) - 1.0;
    return result;
}

double npvMonthly(std::span<const double> cf, double m)
{
    const double x = 1.0 / (1.0 + m);
    double acc = 0.0;
    for (auto it = cf.rbegin(); it != cf.rend(); ++it)
        acc = acc * x + *it;
    return acc;
}

double npvAnnual(std::span<const double> cf, double annualRate)
{
    return npvMonthly(cf, std::pow(1.0 + annualRate, 1.0 / 12.0) - 1.0);
}

} // namespace gds
