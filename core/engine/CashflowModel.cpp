#include "engine/CashflowModel.h"

#include <algorithm>
#include <cmath>

namespace gds {

namespace {

double escalation(double rate, int years)
{
    return std::pow(1.0 + rate, years);
}

// The last period of something that starts at `start` and lasts `months` (the format bounds neither
// term, so the sum is taken in 64 bits).
long long lastPeriodOf(int start, int months)
{
    return static_cast<long long>(start) + months - 1;
}

Issue periodsPastEnd(const char *list, std::size_t i, long long lastPeriod, int n)
{
    return Issue{std::string(list) + "[" + std::to_string(i) + "]",
                 IssueCode::PastModelEnd,
                 {double(lastPeriod), double(n)},
                 {}};
}

} // namespace

CashflowModel buildCashflowModel(const Deal &deal)
{
    CashflowModel m;
    m.timeline = makeTimeline(deal);
    const Timeline &t = m.timeline;
    const int n = t.n, c = t.c, o = t.o;
    const auto size = static_cast<std::size_t>(n + 1);
    for (auto *v :
         {&m.sellableHours, &m.contractRevenue, &m.contractedGpus, &m.prepaidRelease, &m.prepayment, &m.power,
          &m.fixedOpex, &m.hedgedGpus, &m.hedgeMargin, &m.depreciation, &m.capex, &m.forwardSpot,
          &m.merchantVolume, &m.linearNotional, &m.linearFixed, &m.taxDepreciation, &m.collateralValue})
        v->assign(size, 0.0);

    const Cluster &cl = deal.cluster;
    m.gpus = cl.gpus;
    m.variableOpexPct = cl.variableOpexPctOfRevenue;
    m.taxRate = deal.taxRate;
    m.nolLimit = deal.nolLimit;

    // Section 2: sellable hours, power and fixed opex in operating periods; section 3: the index curve.
    for (int p = 1; p <= n; ++p) {
        const int y = t.modelYear[p];
        m.forwardSpot[p] = deal.market.spotPricePerGpuHour * escalation(deal.market.annualChange, y);
        if (!t.isOperating(p))
            continue;
        m.sellableHours[p] = m.gpus * t.hours[p] * cl.availability;
        m.power[p] = m.gpus * cl.kwPerGpu * cl.pue * t.hours[p] * cl.powerPricePerKwh *
                     escalation(cl.powerEscalation, y);
        m.fixedOpex[p] = m.gpus * cl.fixedOpexPerGpuMonth * escalation(cl.opexEscalation, y);
    }

    // The hours of periods first..last (1 <= first), from running sums (outside the hot loops).
    std::vector<double> runningHours(size, 0.0);
    for (int p = 1; p <= n; ++p)
        runningHours[p] = runningHours[p - 1] + t.hours[p];
    const auto hoursIn = [&runningHours](int first, int last) {
        return last >= first ? runningHours[last] - runningHours[first - 1] : 0.0;
    };

    // Section 3: offtake contracts, their prepayments and the prepaid share released each month.
    for (std::size_t i = 0; i < deal.offtake.size(); ++i) {
        const OfftakeContract &k = deal.offtake[i];
        const long long lastUncut = lastPeriodOf(k.startPeriod, k.termMonths);
        if (lastUncut > n)
            m.warnings.push_back(periodsPastEnd("offtake", i, lastUncut, n));
        InstrumentResult &contract = m.offtake.emplace_back();
        contract.first = std::max(k.startPeriod, 1);
        contract.last = static_cast<int>(std::min<long long>(lastUncut, n));
        std::vector<double> &values = m.contractValues.emplace_back(size, 0.0);
        double tcv = 0.0;
        for (int p = contract.first; p <= contract.last; ++p) {
            const double value = k.gpus * t.hours[p] * cl.availability * k.pricePerGpuHour *
                                 escalation(k.escalation, (p - k.startPeriod) / 12);
            values[p] = value;
            m.contractedGpus[p] += k.gpus;
            m.contractRevenue[p] += value;
            m.prepaidRelease[p] += k.prepaymentPct * value;
            tcv += value;
        }
        contract.value = tcv;
        contract.hours = k.gpus * cl.availability * hoursIn(contract.first, contract.last);
        if (k.startPeriod >= 1 && k.startPeriod <= n) {
            contract.prepayment = k.prepaymentPct * tcv;
            m.prepayment[k.startPeriod] += contract.prepayment;
        }
    }

    // Merchant capacity: what the contracts leave, sold at the index in operating periods.
    for (int p = c + 1; p <= n; ++p)
        m.merchantVolume[p] =
            (m.gpus - m.contractedGpus[p]) * t.hours[p] * cl.availability * deal.market.merchantUtilization;

    // Hedges: swaps and futures are linear in the index; floors are kept as legs. Futures post
    // initial margin at the end of start - 1 and get it back at the end of their last period.
    for (std::size_t i = 0; i < deal.hedges.size(); ++i) {
        const Hedge &h = deal.hedges[i];
        const int first = std::max(h.startPeriod, 1);
        const long long lastUncut = lastPeriodOf(h.startPeriod, h.termMonths);
        const int last = static_cast<int>(std::min<long long>(lastUncut, n));
        if (lastUncut > n)
            m.warnings.push_back(periodsPastEnd("hedges", i, lastUncut, n));
        InstrumentResult &hedge = m.hedges.emplace_back();
        hedge.first = first;
        hedge.last = last;
        for (int p = first; p <= last; ++p)
            m.hedgedGpus[p] += h.gpus;
        hedge.hours = h.gpus * hoursIn(first, last);
        if (h.type == HedgeType::Floor) {
            m.floors.push_back(
                {first, last, double(h.gpus), h.strikePerGpuHour, h.premiumPerGpuHour + h.feePerGpuHour});
            continue;
        }
        for (int p = first; p <= last; ++p) {
            const double notional = h.gpus * t.hours[p];
            m.linearNotional[p] += notional;
            m.linearFixed[p] += notional * (h.strikePerGpuHour - h.feePerGpuHour);
        }
        if (h.type == HedgeType::Futures && first <= last) {
            const double im = h.gpus * h.initialMarginPerGpu;
            m.hedgeMargin[first - 1] -= im;
            m.hedgeMargin[last] += im;
        }
    }

    // Section 4: capex along its spend schedule, straight-line depreciation from COD, book value at N;
    // (v2) tax depreciation, the collateral's market value (5.2) and the tax on the terminal value (5.3).
    const bool macrs = deal.taxDepreciation == TaxDepreciation::Macrs5;
    const Collateral *coll = deal.collateral ? &*deal.collateral : nullptr;
    m.hasCollateral = coll != nullptr;
    double collateralCost = 0.0;
    for (const CapexItem &item : deal.capex) {
        const double cost = item.cost();
        for (const SpendShare &s : item.spend)
            m.capex[s.period] += cost * s.share;
        const int life = item.usefulLifeMonths;
        const double dep = cost * (1.0 - item.residualPct) / life;
        for (int p = c + 1; p <= std::min(c + life, n); ++p)
            m.depreciation[p] += dep;
        const double nbv = cost - dep * std::min(life, o);
        const bool pledged = coll && std::find(coll->categories.begin(), coll->categories.end(),
                                               item.category) != coll->categories.end();
        if (pledged)
            collateralCost += cost;
        else
            m.terminalValue += nbv;
        double deducted = 0.0;
        if (macrs && isFiveYearProperty(item.category)) {
            // Bonus share in C+1, the rest at the half-year rates, each operating year in twelfths.
            const double rest = (1.0 - deal.taxBonus) * cost;
            if (c + 1 <= n) {
                m.taxDepreciation[c + 1] += deal.taxBonus * cost;
                deducted += deal.taxBonus * cost;
            }
            for (int j = 0; j < 6; ++j)
                for (int p = c + 1 + 12 * j; p <= std::min(c + 12 * (j + 1), n); ++p) {
                    m.taxDepreciation[p] += rest * kMacrs5[j] / 12.0;
                    deducted += rest * kMacrs5[j] / 12.0;
                }
        } else {
            for (int p = c + 1; p <= std::min(c + life, n); ++p)
                m.taxDepreciation[p] += dep;
            deducted = dep * std::min(life, o);
        }
        m.taxBasis += cost - deducted;
    }
    for (double v : m.capex)
        m.totalCapex += v;
    if (!macrs && !coll)
        m.taxDepreciation = m.depreciation;
    if (coll) {
        for (int p = c; p <= n; ++p)
            m.collateralValue[p] =
                collateralCost * std::max(coll->floor, std::pow(1.0 - coll->annualDecline, (p - c) / 12.0));
        m.terminalValue += m.collateralValue[n];
    }
    if (macrs || coll)
        m.terminalTax = deal.taxRate * (m.terminalValue - m.taxBasis);
    return m;
}

bool isFiveYearProperty(CapexCategory c)
{
    return c == CapexCategory::Compute || c == CapexCategory::Networking || c == CapexCategory::Storage ||
           c == CapexCategory::Spares;
}

void CashflowModel::spotLines(std::span<const double> spot, std::span<double> merchant,
                              std::span<double> hedge, std::span<double> variable,
                              std::span<double> ebitda) const
{
    const int n = timeline.n;
    for (int p = 0; p <= n; ++p) {
        merchant[p] = merchantVolume[p] * spot[p];
        hedge[p] = linearFixed[p] - linearNotional[p] * spot[p];
    }
    for (const FloorLeg &f : floors)
        for (int p = f.first; p <= f.last; ++p)
            hedge[p] += f.gpus * timeline.hours[p] * (std::max(f.strike - spot[p], 0.0) - f.cost);
    for (int p = 0; p <= n; ++p) {
        const double revenue = contractRevenue[p] + merchant[p];
        variable[p] = variableOpexPct * revenue;
        ebitda[p] = p == 0 ? 0.0 : revenue + hedge[p] - power[p] - fixedOpex[p] - variable[p];
    }
}

void taxAndCfads(std::span<const double> ebitda, std::span<const double> deductions,
                 std::span<const double> prepaidRelease, double taxRate, std::span<double> tax,
                 std::span<double> cfads, double nolLimit)
{
    double losses = 0.0;
    tax[0] = 0.0;
    cfads[0] = 0.0;
    for (std::size_t p = 1; p < ebitda.size(); ++p) {
        const double taxable = ebitda[p] - deductions[p];
        double due = 0.0;
        if (taxable <= 0.0) {
            losses += -taxable;
        } else {
            const double used = std::min(losses, nolLimit * taxable);
            losses -= used;
            due = taxRate * (taxable - used);
        }
        tax[p] = due;
        cfads[p] = ebitda[p] - prepaidRelease[p] - due;
    }
}

} // namespace gds
