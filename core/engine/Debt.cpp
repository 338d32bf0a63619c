#include "engine/Debt.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gds {

double ratedMargin(const Deal &deal, const CashflowModel &model, const MarginByRating &table)
{
    const Timeline &t = model.timeline;
    const int first = t.c + 1, last = t.c + deal.debt.tenorMonths;
    double weighted = 0.0, total = 0.0;
    for (int p = first; p <= last; ++p) {
        double contracted = 0.0;
        for (const OfftakeContract &k : deal.offtake)
            if (k.startPeriod <= p &&
                static_cast<long long>(p) < static_cast<long long>(k.startPeriod) + k.termMonths)
                contracted += k.gpus * table.byRating[std::size_t(k.rating)];
        const double free = model.gpus - model.contractedGpus[p];
        const double hedged = std::min(model.hedgedGpus[p], free);
        weighted += t.hours[p] * (contracted + hedged * table.hedged + (free - hedged) * table.merchant);
        total += model.gpus * t.hours[p];
    }
    return total > 0.0 ? weighted / total : 0.0;
}

namespace {

TrancheRate trancheRate(const Deal &deal, const CashflowModel &model, const Tranche &tranche, double coverage)
{
    const Timeline &t = model.timeline;
    const Rate &rate = tranche.rate;
    TrancheRate s;
    s.name = tranche.name;
    s.share = tranche.share;
    if (rate.type == RateType::Floating) {
        if (rate.useMarginByRating) {
            s.margin = ratedMargin(deal, model, rate.marginByRating);
        } else if (rate.useMarginGrid) {
            // The step with the largest min_coverage <= coverage; should two steps share a threshold
            // (the format does not forbid it), the lower margin applies, whatever the list order.
            double bestMin = -1.0;
            for (std::size_t i = 0; i < rate.marginGrid.size(); ++i) {
                const MarginStep &step = rate.marginGrid[i];
                const bool better =
                    step.minCoverage > bestMin || (step.minCoverage == bestMin && step.margin < *s.margin);
                if (step.minCoverage <= coverage && better) {
                    bestMin = step.minCoverage;
                    s.margin = step.margin;
                    s.marginStep = static_cast<int>(i);
                }
            }
        } else {
            s.margin = rate.margin;
        }
    }

    const auto size = static_cast<std::size_t>(t.n + 1);
    s.rate.assign(size, 0.0);
    s.factor.assign(size, 0.0);
    for (int p = 1; p <= t.n; ++p) {
        double r = rate.fixedRate;
        if (rate.type == RateType::Floating) {
            const double base =
                rate.useBaseCurve
                    ? rate.baseRateCurve[std::min<std::size_t>(t.modelYear[p], rate.baseRateCurve.size() - 1)]
                    : rate.baseRate;
            r = base + s.margin.value_or(0.0);
        }
        s.rate[p] = r;
        s.factor[p] = r * dayCountFraction(deal.debt.dayCount, t.days[p]);
    }
    return s;
}

} // namespace

RateSchedule rateSchedule(const Deal &deal, const CashflowModel &model)
{
    const Timeline &t = model.timeline;
    RateSchedule s;

    // Coverage: contracted or hedged share of the sellable hours over the tenor periods.
    const int first = t.c + 1, last = t.c + deal.debt.tenorMonths;
    double covered = 0.0, total = 0.0;
    for (int p = first; p <= last; ++p) {
        covered += std::min(model.contractedGpus[p] + model.hedgedGpus[p], model.gpus) * t.hours[p];
        total += model.gpus * t.hours[p];
    }
    s.coverage = total > 0.0 ? covered / total : 0.0;

    for (const Tranche &tranche : effectiveTranches(deal.debt))
        s.tranches.push_back(trancheRate(deal, model, tranche, s.coverage));
    if (s.tranches.size() == 1) {
        const TrancheRate &only = s.tranches.front();
        s.margin = only.margin;
        s.marginStep = only.marginStep;
        s.rate = only.rate;
        s.factor = only.factor;
        return s;
    }
    // Tranches: the facility's factor is the share-weighted one; its margin the share-weighted mean
    // of the floating tranches' margins (engine.md 7, margin).
    const auto size = static_cast<std::size_t>(t.n + 1);
    s.rate.assign(size, 0.0);
    s.factor.assign(size, 0.0);
    double marginSum = 0.0, floatingShare = 0.0;
    for (const TrancheRate &tr : s.tranches) {
        for (std::size_t p = 0; p < size; ++p) {
            s.rate[p] += tr.share * tr.rate[p];
            s.factor[p] += tr.share * tr.factor[p];
        }
        if (tr.margin) {
            marginSum += tr.share * *tr.margin;
            floatingShare += tr.share;
        }
    }
    if (floatingShare > 0.0)
        s.margin = marginSum / floatingShare;
    return s;
}

TenorFactors tenorFactors(const Debt &debt, const Timeline &t, const std::vector<double> &factor)
{
    TenorFactors f;
    const int T = debt.tenorMonths;
    f.first = t.c + 1;
    f.last = t.c + T;
    const auto size = static_cast<std::size_t>(t.n + 1);
    f.df.assign(size, 0.0);
    f.u.assign(size, 0.0);
    f.uTested.assign(size, 0.0);

    double df = 1.0, sumDf = 0.0;
    for (int p = f.first; p <= f.last; ++p) {
        df /= 1.0 + factor[p];
        f.df[p] = df;
        sumDf += df;
    }
    for (int p = f.first; p <= f.last; ++p) {
        const int k = p - t.c;
        switch (debt.profile) {
        case Profile::Annuity:
            f.u[p] = 1.0 / sumDf;
            break;
        case Profile::StraightLine:
            f.u[p] = 1.0 / T + factor[p] * (1.0 - double(k - 1) / T);
            break;
        case Profile::Bullet:
            f.u[p] = factor[p] + (k == T ? 1.0 : 0.0);
            break;
        case Profile::Sculpted:
            break;
        }
        f.uTested[p] = debt.profile == Profile::Bullet ? factor[p] : f.u[p];
    }
    return f;
}

namespace {

double debtCapacity(const Deal &deal, const TenorFactors &tenor, std::span<const double> cfads,
                    double totalCapex)
{
    const Sizing &sizing = deal.debt.sizing;
    if (sizing.mode == Sizing::Mode::Amount)
        return sizing.amount;
    const double d = sizing.targetDscr;
    double byDscr = std::numeric_limits<double>::infinity();
    if (deal.debt.profile == Profile::Sculpted) {
        byDscr = 0.0;
        for (int p = tenor.first; p <= tenor.last; ++p)
            byDscr += std::max(cfads[p], 0.0) / d * tenor.df[p];
    } else {
        for (int p = tenor.first; p <= tenor.last; ++p)
            if (tenor.uTested[p] > 0.0)
                byDscr = std::min(byDscr, std::max(cfads[p], 0.0) / (d * tenor.uTested[p]));
    }
    return std::min(byDscr, sizing.maxLtv * totalCapex);
}

} // namespace

DebtSchedule sizeAndSchedule(const Deal &deal, const CashflowModel &model, const RateSchedule &rates,
                             const TenorFactors &tenor, std::span<const double> cfads)
{
    const Timeline &t = model.timeline;
    const int n = t.n, c = t.c;
    const std::vector<double> &i = rates.factor;
    DebtSchedule s;
    const auto size = static_cast<std::size_t>(n + 1);
    for (auto *v : {&s.debtService, &s.testedDebtService, &s.interest, &s.principal, &s.balance, &s.draw,
                    &s.idc, &s.commitmentFee, &s.dsra})
        v->assign(size, 0.0);

    const double B = debtCapacity(deal, tenor, cfads, model.totalCapex);
    s.debt = B;

    // Debt service: sculpted follows CFADS so that its present value at loan rates is B.
    if (deal.debt.profile == Profile::Sculpted) {
        double w = 0.0;
        for (int p = tenor.first; p <= tenor.last; ++p)
            w += std::max(cfads[p], 0.0) * tenor.df[p];
        if (B > 0.0 && w <= 0.0) {
            s.error = Issue{"debt.sizing", IssueCode::SculptedNoCfads, {}, {}};
            return s;
        }
        for (int p = tenor.first; p <= tenor.last; ++p)
            s.debtService[p] = B > 0.0 ? std::max(cfads[p], 0.0) * B / w : 0.0;
        s.testedDebtService = s.debtService;
    } else {
        for (int p = tenor.first; p <= tenor.last; ++p) {
            s.debtService[p] = B * tenor.u[p];
            s.testedDebtService[p] = B * tenor.uTested[p];
        }
    }

    // Construction: cash draws follow capex, interest is capitalized, the balance at COD is B.
    double compounded = 0.0;
    for (int p = 0; p <= c; ++p) {
        double growth = 1.0;
        for (int q = p + 1; q <= c; ++q)
            growth *= 1.0 + i[q];
        compounded += model.capex[p] * growth;
    }
    s.kappa = compounded > 0.0 ? B / compounded : 0.0;
    if (s.kappa > 1.0) {
        s.error = Issue{"debt.sizing", IssueCode::DebtAboveCapex, {s.kappa}, {}};
        return s;
    }
    double bal = 0.0;
    for (int p = 0; p <= c; ++p) {
        s.draw[p] = s.kappa * model.capex[p];
        s.idc[p] = p == 0 ? 0.0 : bal * i[p];
        bal += s.idc[p] + s.draw[p];
        s.balance[p] = bal;
        s.drawn += s.draw[p];
    }
    s.balance[c] = B; // equal up to rounding; B is the definition
    s.idcTotal = B - s.drawn;
    s.upfrontFee = deal.debt.upfrontFee * B;
    double drawnBefore = s.draw[0];
    for (int p = 1; p <= c; ++p) {
        s.commitmentFee[p] = deal.debt.commitmentFee * (s.drawn - drawnBefore) *
                             dayCountFraction(deal.debt.dayCount, t.days[p]);
        s.commitmentFees += s.commitmentFee[p];
        drawnBefore += s.draw[p];
    }

    // Operations: interest on the opening balance, the rest of debt service repays principal.
    bal = B;
    for (int p = tenor.first; p <= tenor.last; ++p) {
        s.interest[p] = i[p] * bal;
        s.principal[p] = s.debtService[p] - s.interest[p];
        if (s.principal[p] < 0.0)
            s.negativePrincipal = true;
        bal -= s.principal[p];
        s.balance[p] = bal;
    }

    // Reserve: the tested debt service of the next M periods, from COD to the last debt period.
    const int months = deal.debt.dsraMonths;
    if (months > 0) {
        for (int p = c; p <= tenor.last; ++p) {
            double target = 0.0;
            for (int q = p + 1; q <= std::min(p + months, tenor.last); ++q)
                target += s.testedDebtService[q];
            s.dsra[p] = target;
        }
    }
    return s;
}

} // namespace gds
