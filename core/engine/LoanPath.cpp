#include "engine/LoanPath.h"

#include "engine/Result.h"

#include <algorithm>
#include <cmath>

namespace gds {

double payDebtService(Accounts &a, double cfads, double ds, double target)
{
    const double cash = cfads - ds - (target - a.reserve);
    a.reserve = target;
    return cash;
}

double placeCash(Accounts &a, double cash)
{
    if (cash >= 0.0) {
        a.cash += cash;
        return 0.0;
    }
    double gap = -cash;
    for (double *account : {&a.cash, &a.lockup, &a.reserve}) {
        const double used = std::min(gap, std::max(*account, 0.0));
        *account -= used;
        gap -= used;
    }
    return gap;
}

double cureLtv(Accounts &a, double need)
{
    if (!(need > 0.0))
        return 0.0;
    const double available = std::max(a.cash, 0.0) + std::max(a.lockup, 0.0);
    if (need >= available) { // all of D and K, and short when need > available
        a.cash = 0.0;
        a.lockup = 0.0;
        a.balance -= available;
        return available;
    }
    const double fromCash = std::min(need, a.cash);
    a.cash -= fromCash;
    a.lockup -= need - fromCash;
    a.balance -= need; // exactly the need: a balance of need (V = 0) ends at exactly 0
    return need;
}

double sweepCash(Accounts &a, double share)
{
    const double paid = std::min(share * a.cash, a.balance);
    if (!(paid > 0.0))
        return 0.0;
    a.cash -= paid;
    a.balance -= paid;
    return paid;
}

LockupOutcome lockupTest(Accounts &a, bool fails, TestCounts &counts, const Waterfall &w)
{
    LockupOutcome out;
    if (fails) {
        a.lockup += a.cash;
        a.cash = 0.0;
        ++counts.failing;
        counts.passing = 0;
        if (w.sweepTrappedAfter > 0 && counts.failing >= w.sweepTrappedAfter) {
            out.prepaid = std::max(std::min(a.lockup, a.balance), 0.0);
            a.lockup -= out.prepaid;
            a.balance -= out.prepaid;
        }
        return out;
    }
    out.distributed = a.cash;
    a.cash = 0.0;
    ++counts.passing;
    counts.failing = 0;
    if (counts.passing >= w.releaseAfter) {
        out.distributed += a.lockup;
        a.lockup = 0.0;
    }
    return out;
}

double releaseAccounts(Accounts &a)
{
    const double out = a.cash + a.lockup;
    a.cash = 0.0;
    a.lockup = 0.0;
    return out;
}

namespace {

// The historic DSCR of 5.1 step 3 over the tenor periods max(C+1, p - lookback + 1) .. p with DS* > 0;
// null when there is none.
std::optional<double> historicDscr(std::span<const double> cfads, std::span<const double> tested, int first,
                                   int p, int lookback)
{
    double sumCfads = 0.0, sumTested = 0.0;
    bool any = false;
    for (int q = std::max(first, p - lookback + 1); q <= p; ++q)
        if (tested[q] > 0.0) {
            sumCfads += cfads[q];
            sumTested += tested[q];
            any = true;
        }
    if (!any)
        return std::nullopt;
    return sumCfads / sumTested;
}

// Without a waterfall the actual loan is the scheduled one (section 5) and every operating period
// distributes CFADS - DS - dDSRA.
void scheduledLoan(const LoanSchedule &s, std::span<const double> cfads, LoanPath &out)
{
    for (int p = s.c + 1; p <= s.n; ++p) {
        out.interest[p] = s.interest[p];
        out.principal[p] = s.principal[p];
        out.debtService[p] = s.debtService[p];
        out.tested[p] = s.tested[p];
        out.balance[p] = s.balance[p];
        out.reserve[p] = s.reserveTarget[p];
        out.distribution[p] = cfads[p] - s.debtService[p] - (s.reserveTarget[p] - s.reserveTarget[p - 1]);
    }
    out.repaidPeriod = s.last;
}

} // namespace

LoanPath evaluateLoan(const LoanSchedule &s, std::span<const double> cfads)
{
    LoanPath out;
    evaluateLoan(s, cfads, out);
    return out;
}

void evaluateLoan(const LoanSchedule &s, std::span<const double> cfads, LoanPath &out)
{
    out.lockupBreaches = out.defaultBreaches = out.lockupFailures = 0;
    out.ltvBreaches.reset();
    out.maxTrapped = 0.0;
    out.repaidPeriod = 0;
    out.conservationError = 0.0;
    const auto size = static_cast<std::size_t>(s.n + 1);
    for (auto *v : {&out.interest, &out.principal, &out.prepay, &out.debtService, &out.tested, &out.balance,
                    &out.reserve, &out.cash, &out.lockup, &out.distribution, &out.support})
        v->assign(size, 0.0);
    out.histDscr.assign(size, kNull);
    out.ltv.assign(size, kNull);
    for (int p = 0; p <= s.c; ++p)
        out.balance[p] = s.balance[p];
    out.reserve[s.c] = s.initialReserve;

    const bool hasCollateral = !s.collateralValue.empty();
    const auto ltvOf = [&](int p, double balance) {
        if (hasCollateral && s.collateralValue[p] > 0.0)
            out.ltv[p] = balance / s.collateralValue[p];
    };

    if (!s.waterfall) {
        scheduledLoan(s, cfads, out);
        if (s.debt > 0.0)
            for (int p = s.c + 1; p <= s.last; ++p)
                ltvOf(p, s.balance[p - 1] - s.principal[p]);
        return;
    }

    // engine.md 5.1, periods C+1 .. C+T while the loan lives; then cash goes straight to the equity.
    const Waterfall &w = *s.waterfall;
    const bool ltvTest = s.covenants.maxLtv && hasCollateral;
    if (s.covenants.maxLtv)
        out.ltvBreaches = 0;
    Accounts a;
    a.balance = s.debt;
    a.reserve = s.initialReserve;
    TestCounts counts;
    bool alive = s.debt > 0.0;
    for (int p = s.c + 1; p <= s.n; ++p) {
        const Accounts before = a;
        double support = 0.0, prepay = 0.0, distributed = 0.0, ds = 0.0;
        if (alive && p <= s.last) {
            // Section 5: the scheduled instalment scaled by phi_{p-1}, interest on the actual balance.
            const double phi = s.balance[p - 1] > 0.0 ? a.balance / s.balance[p - 1] : 0.0;
            out.interest[p] = s.factor[p] * a.balance;
            out.principal[p] = s.principal[p] * phi;
            ds = out.interest[p] + out.principal[p];
            out.debtService[p] = ds;
            out.tested[p] = s.bullet ? out.interest[p] : ds;
            double target = 0.0;
            for (int q = p + 1; q <= std::min(p + s.dsraMonths, s.last); ++q)
                target += s.tested[q];
            target *= phi;
            a.balance -= out.principal[p];
            ltvOf(p, a.balance);

            support = placeCash(a, payDebtService(a, cfads[p], ds, target)); // steps 1 and 2
            const bool testDate = (p - s.c) % w.testMonths == 0 || p == s.last;
            if (testDate) { // step 3
                const auto h = historicDscr(cfads, out.tested, s.c + 1, p, w.lookbackMonths);
                out.histDscr[p] = h.value_or(kNull);
                if (ltvTest) {
                    const double need = a.balance - *s.covenants.maxLtv * s.collateralValue[p];
                    const double cured = cureLtv(a, need);
                    prepay += cured;
                    if (need > 0.0 && cured < need)
                        ++*out.ltvBreaches;
                }
                prepay += sweepCash(a, w.cashSweep);
                const bool below = h && *h < s.covenants.lockupDscr;
                out.lockupBreaches += below ? 1 : 0;
                out.defaultBreaches += h && *h < s.covenants.defaultDscr ? 1 : 0;
                const bool fails = w.lockup && below;
                out.lockupFailures += fails ? 1 : 0;
                const LockupOutcome lock = lockupTest(a, fails, counts, w);
                prepay += lock.prepaid;
                distributed += lock.distributed;
            }
            if (p == s.last || (prepay > 0.0 && a.balance == 0.0)) { // step 4
                distributed += releaseAccounts(a);
                alive = false;
                out.repaidPeriod = p;
            }
        } else {
            // After the loan: the reserve's target is 0 (it is released), the rest goes to the equity.
            distributed = payDebtService(a, cfads[p], 0.0, 0.0);
        }
        out.prepay[p] = prepay;
        out.balance[p] = a.balance;
        out.reserve[p] = a.reserve;
        out.cash[p] = a.cash;
        out.lockup[p] = a.lockup;
        out.distribution[p] = distributed;
        out.support[p] = support;
        out.maxTrapped = std::max(out.maxTrapped, a.lockup);
        const double in = before.cash + before.lockup + before.reserve + cfads[p] + support;
        const double outflow = ds + prepay + distributed + a.cash + a.lockup + a.reserve;
        out.conservationError = std::max(out.conservationError, std::abs(in - outflow));
    }
}

} // namespace gds
