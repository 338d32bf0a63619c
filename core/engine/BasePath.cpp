#include "engine/BasePath.h"

#include "engine/Result.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gds {

std::vector<double> fixedEquityFlows(const CashflowModel &model, const DebtSchedule &debt, int c)
{
    const int n = model.timeline.n;
    std::vector<double> fixed(static_cast<std::size_t>(n + 1), 0.0);
    for (int p = 0; p <= n; ++p) {
        double e = model.hedgeMargin[p];
        if (p == 0)
            e += -(model.capex[0] - debt.draw[0]) - debt.upfrontFee;
        else if (p <= c)
            e += -(model.capex[p] - debt.draw[p]) - debt.commitmentFee[p];
        else
            e += model.prepayment[p];
        if (p == c)
            e -= debt.dsra[c];
        if (p == n)
            e += model.terminalValue - model.terminalTax; // engine.md 5.3
        fixed[p] = e;
    }
    return fixed;
}

PathLines::PathLines(const BaseCase &base)
{
    const auto size = static_cast<std::size_t>(base.n + 1);
    for (auto *v : {&spot, &merchant, &hedge, &variable, &ebitda, &tax, &cfads, &equity})
        v->assign(size, 0.0);
    release = base.model.prepaidRelease;
}

void pathSpotLines(const BaseCase &base, PathLines &lines)
{
    base.model.spotLines(lines.spot, lines.merchant, lines.hedge, lines.variable, lines.ebitda);
}

void pathCash(const BaseCase &base, PathLines &lines)
{
    taxAndCfads(lines.ebitda, base.deductions, lines.release, base.model.taxRate, lines.tax, lines.cfads,
                base.model.nolLimit);
}

void pathEquity(const BaseCase &base, std::span<const double> cfads, std::span<const double> distribution,
                std::span<const double> support, std::span<double> equity)
{
    for (int p = 0; p <= base.n; ++p) {
        double e = base.fixedEquity[p];
        if (p >= 1 && p <= base.c)
            e += cfads[p];
        if (p > base.c)
            e += distribution[p] - support[p];
        equity[p] = e;
    }
}

void pathLoan(const BaseCase &base, const LoanSchedule &schedule, PathLines &lines)
{
    evaluateLoan(schedule, lines.cfads, lines.loan);
    pathEquity(base, lines.cfads, lines.loan.distribution, lines.loan.support, lines.equity);
}

void evaluateBasePath(const BaseCase &base, PathLines &lines)
{
    pathSpotLines(base, lines);
    pathCash(base, lines);
    pathLoan(base, base.schedule, lines);
}

double minDscr(std::span<const double> cfads, std::span<const double> tested, int first, int last)
{
    double lowest = kNull;
    for (int p = first; p <= last; ++p)
        if (tested[p] > 0.0) {
            const double v = cfads[p] / tested[p];
            lowest = isNull(lowest) ? v : std::min(lowest, v);
        }
    return lowest;
}

double spotHeadroom(const BaseCase &base, double baseMinDscr)
{
    if (baseMinDscr < 1.0)
        return 0.0;
    PathLines lines(base);
    const auto stressed = [&](double fall) {
        for (std::size_t p = 0; p < lines.spot.size(); ++p)
            lines.spot[p] = (1.0 - fall) * base.model.forwardSpot[p];
        pathSpotLines(base, lines);
        pathCash(base, lines);
        return minDscr(lines.cfads, base.tested, base.first, base.last);
    };
    if (stressed(1.0) >= 1.0)
        return 1.0;
    double lo = 0.0, hi = 1.0;
    for (int step = 0; step < 60; ++step) {
        const double mid = 0.5 * (lo + hi);
        (stressed(mid) >= 1.0 ? lo : hi) = mid;
    }
    return lo;
}

} // namespace gds
