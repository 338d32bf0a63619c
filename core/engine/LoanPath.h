// The actual loan and the cash waterfall of engine.md 5.1 (v2): the scheduled loan of section 5
// scaled by prepayments (phi), the reserve as an account, the accounts D and K, the test dates with
// the historic DSCR, the LTV cure, the cash sweep and the lock-up. One evaluator, evaluateLoan(), over
// the base case's schedule and one CFADS line: the base case runs it inside the circularity loop, and
// a Monte Carlo path can run it on its own CFADS. Each step of 5.1 is a small function over one
// Accounts value, tested on hand-made accounts (tests/engine/test_waterfall.cpp).
#pragma once

#include "model/Deal.h"

#include <optional>
#include <span>
#include <vector>

namespace gds {

// The waterfall's accounts at a moment: the distribution account D, the lock-up account K, the
// reserve's balance R and the loan's balance.
struct Accounts {
    double cash = 0.0;    // D
    double lockup = 0.0;  // K
    double reserve = 0.0; // R
    double balance = 0.0; // the loan's balance
};

// Consecutive failing and passing lock-up tests (5.1 step 3c); they reset each other.
struct TestCounts {
    int failing = 0;
    int passing = 0;
};

// --- The steps of engine.md 5.1, in order. Each returns what leaves the accounts. ---

// Step 1: pays debt service `ds` and moves the reserve to `target` out of (or into) the period's cash:
// returns cash_p = CFADS_p - DS_p - (target - R_{p-1}); R becomes the target.
double payDebtService(Accounts &a, double cfads, double ds, double target);

// Step 2: a positive cash goes to D; a negative one is covered from D, then K, then the reserve;
// returns what they cannot cover (support_p, paid in by the equity).
double placeCash(Accounts &a, double cash);

// Step 3a: prepays min(need, D + K), from D first, then K; returns the prepayment.
double cureLtv(Accounts &a, double need);

// Step 3b: prepays min(share * D, balance) from D; returns the prepayment.
double sweepCash(Accounts &a, double share);

// Step 3c: the lock-up test. `fails` (h_p < lockup_dscr with lockup on) traps D in K and, from the
// sweep_trapped_after-th consecutive failure (when > 0), prepays min(K, balance) from K; a pass
// distributes D, and K too from the release_after-th consecutive pass.
struct LockupOutcome {
    double distributed = 0.0;
    double prepaid = 0.0;
};
LockupOutcome lockupTest(Accounts &a, bool fails, TestCounts &counts, const Waterfall &w);

// Step 4: the end of the loan (period C+T, or a prepayment that repaid it): D and K are distributed.
double releaseAccounts(Accounts &a);

// --- The evaluator ---

// What the evaluator needs from the base case's scheduled loan (section 5), per period p = 0..N.
struct LoanSchedule {
    int c = 0, last = 0, n = 0;          // C, C+T, N
    double debt = 0.0;                   // B, the balance at COD
    bool bullet = false;                 // DS* leaves the balloon out: interest only
    int dsraMonths = 0;                  // M
    double initialReserve = 0.0;         // DSRA_C, funded by the equity
    std::span<const double> factor;      // i_p
    std::span<const double> interest;    // scheduled interest (the actual one without a waterfall)
    std::span<const double> principal;   // sprin_p
    std::span<const double> balance;     // sbal_p (sbal_C = B)
    std::span<const double> debtService; // sDS_p
    std::span<const double> tested;      // sDS*_p
    std::span<const double>
        reserveTarget; // the scheduled reserve target (section 5) when there is no waterfall
    std::span<const double> collateralValue; // V_p (empty without collateral)
    const Waterfall *waterfall = nullptr;    // none: the actual loan is the scheduled one
    Covenants covenants;
};

// The actual loan and the accounts, per period p = 0..N, and the counts of section 7.
struct LoanPath {
    std::vector<double> interest, principal, prepay, debtService, tested, balance, reserve, histDscr, cash,
        lockup, distribution, support, ltv;
    int lockupBreaches = 0, defaultBreaches = 0; // test dates (waterfall) with h_p below the levels
    int lockupFailures = 0;                      // failed lock-up tests (with lockup on)
    std::optional<int> ltvBreaches;              // null without max_ltv
    double maxTrapped = 0.0;
    int repaidPeriod = 0;           // C+T, or the period a prepayment repaid the loan
    double conservationError = 0.0; // largest |imbalance| of the accounts in a period
};

// Runs the loan from COD (p = C+1 .. N) on `cfads`. Periods 0..C are left at 0 except the reserve's
// and the balance's values at C.
LoanPath evaluateLoan(const LoanSchedule &s, std::span<const double> cfads);
// The same into `out`, reusing its vectors' storage (a Monte Carlo path runs it 10,000 times).
void evaluateLoan(const LoanSchedule &s, std::span<const double> cfads, LoanPath &out);

} // namespace gds
