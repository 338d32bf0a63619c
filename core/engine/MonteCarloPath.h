// One Monte Carlo path of engine.md section 8: the base case a path starts from, the path's random
// numbers (the spot index, then (v2) the offtakers' default months) and its evaluation: the spot-driven
// lines with the offtaker defaults, tax and CFADS, then either the reserve rule of section 8 or (v2)
// the waterfall of section 5.1 run by the engine's own loan path evaluator (LoanPath.h) on the path's
// cash. evaluateInjectedPath() is the seam that runs one path on a given spot path and default months.
#pragma once

#include "engine/BasePath.h"
#include "engine/CashflowModel.h"
#include "engine/Engine.h"
#include "engine/LoanPath.h"
#include "engine/Result.h"
#include "model/Deal.h"

#include <cstdint>
#include <vector>

namespace gds {

// (v2) One offtake contract as the default model of section 8 sees it.
struct CreditContract {
    int start = 0, last = -1; // start_period_c and its last active period within N
    int termMonths = 0;
    double gpus = 0.0, prepaymentPct = 0.0;
    double pd = 0.0;           // PD_c, annual
    double logSurvival = 0.0;  // ln(1 - PD_c)
    std::vector<double> value; // V_c(p), p = 0..N
};

// Everything a path needs from the base case, shared read-only by the workers. Not copyable: the
// base case's loan schedule points into its model and loan.
struct MonteCarloBase {
    MonteCarloBase() = default;
    MonteCarloBase(const MonteCarloBase &) = delete;
    MonteCarloBase &operator=(const MonteCarloBase &) = delete;
    MonteCarloBase(MonteCarloBase &&) = default; // vectors keep their buffers: the spans stay valid

    BaseCase base; // the model, the scheduled loan, the deductions and the fixed equity flows
    Result result;
    bool waterfall = false;   // (v2) the path runs section 5.1
    bool ltvTest = false;     // (v2) max_ltv with collateral
    double maxLtv = 0.0;      // (v2) debt.covenants.max_ltv (0 without)
    bool indexLinked = false; // (v2) collateral.index_linked
    double lockupDscr = 0.0;
    std::vector<double> merchantPerGpu; // GPU-hours a merchant GPU sells in p: hours * a * utilization
    int c = 0, first = 0, last = -1, n = 0;
    double decay = 1.0, stepSd = 0.0;
    std::vector<double> halfVariance; // Var(X_p) / 2

    // (v2) Offtaker defaults (with a credit block).
    bool credit = false;
    double sqrtRho = 0.0, sqrtOneMinusRho = 1.0, recovery = 0.0;
    int remarketingMonths = 0;
    std::vector<CreditContract> contracts;
};

// Builds the base case (compute() with its BaseCase kept: the model is not built again); errors come
// back in result.errors.
MonteCarloBase makeMonteCarloBase(const Deal &deal);

// What a path reports to the aggregates.
struct PathOutcome {
    double minDscr = kNull;
    double equityIrr = kNull;
    bool defaulted = false;
    int defaultPeriod = 0;     // the first period of a payment default (0: none)
    bool lockupFailed = false; // (v2) a lock-up test failed
    int firstFailedTest = 0;   // (v2) the first test date with a failed lock-up test or a short LTV cure
    bool ltvBreached = false;  // (v2) an LTV cure fell short
    double prepaid = 0.0;      // (v2) the path's debt_prepaid
    int offtakerDefaults = 0;  // (v2) contracts that default on the path
};

// (v2) A contract month m_c (engine.md 8): 0 when the contract never defaults.
int defaultMonth(const CreditContract &c, double u);

// A path's lines, for the seam and its tests (p = 0..N).
struct PathDetail {
    std::vector<double> spot, contractRevenue, merchantRevenue, ebitda, prepaidRelease, tax, cfads,
        collateral, equity;
    std::vector<int> defaultPeriod; // per contract: p_d, or 0
    LoanPath loan;                  // (v2) with a waterfall: the path's actual loan and accounts
    PathOutcome outcome;
};

class PathEvaluator
{
public:
    explicit PathEvaluator(const MonteCarloBase &base);

    // Draws path `path` of `seed`: the index for p = 1..N, then (v2) the default months.
    void draw(std::uint64_t seed, std::uint64_t path);
    // Sets the path's index (p = 0..N) and the contracts' default months (0: never) by hand.
    void inject(const std::vector<double> &spot, const std::vector<int> &months);
    // Evaluates the drawn or injected path; `detail` (optional) receives its lines.
    PathOutcome evaluate(PathDetail *detail = nullptr);

    const std::vector<double> &spot() const { return m_lines.spot; }
    const std::vector<int> &defaultPeriods() const { return m_defaultPeriod; }
    const std::vector<double> &balance() const { return m_lines.loan.balance; }
    const std::vector<double> &collateral() const { return m_collateral; }

private:
    void applyDefaults();
    void reserveRule(PathOutcome &out);
    void waterfallRule(PathOutcome &out);

    const MonteCarloBase &m_base;
    PathLines m_lines; // the path's spot line and what the path evaluator (BasePath.h) makes of it
    std::vector<double> m_collateral, m_revenueMove, m_volumeMove;
    std::vector<int> m_months, m_defaultPeriod;
    LoanSchedule m_schedule;
};

// The seam: one path of `deal` on a given index (p = 0..N; entry 0 unused) and default months per
// contract (0: never), evaluated exactly as a drawn path.
PathDetail evaluateInjectedPath(const Deal &deal, const std::vector<double> &spot,
                                const std::vector<int> &months);

} // namespace gds
