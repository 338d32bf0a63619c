// Goal seek: the contract price or swap strike needed for a target min DSCR, equity IRR or
// P90 min DSCR, and the largest debt for such a target. One input varies, everything else stays as
// the deal has it; the root is found with Boost.Math's bracketed TOMS 748 solver. The P90 min DSCR
// and (v2) P(default) come from the Monte Carlo with a fixed seed: common random numbers keep the
// objective deterministic, the P90 continuous in the input and P(default) a monotone step function
// of it (steps of 1/paths), whose step the bracketed solver closes in on; the answer is then the
// value on the side where P(default) is at most the target.
#pragma once

#include "model/Deal.h"
#include "model/Issue.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gds {

// ProbDefault (v2): the Monte Carlo's probability of a payment default, at most the target value.
enum class SeekTarget { MinDscr, EquityIrr, P90MinDscr, ProbDefault };
enum class SeekVariable {
    ContractPrice, // a scale on offtake[index].price_per_gpu_hour (every contract when index < 0)
    SwapStrike,    // hedges[index].strike_per_gpu_hour (any hedge type)
    DebtAmount,    // debt.sizing switched to a fixed amount
};

std::string_view seekTargetKey(SeekTarget target); // "min_dscr", "equity_irr", "p90_min_dscr", "prob_default"
std::string_view seekVariableKey(SeekVariable variable); // "contract_price", "swap_strike", "debt"

struct SeekRequest {
    SeekTarget target = SeekTarget::MinDscr;
    double targetValue = 1.3;
    SeekVariable variable = SeekVariable::ContractPrice;
    int index = -1; // contract (-1: all contracts) or hedge index
    // Keep the base case's debt amount (sizing switched to that fixed amount) while a price or strike
    // varies. Without it a DSCR-sized loan resizes and its min DSCR stays near the sizing target.
    bool holdDebt = false;
    // The bracket searched, in the variable's unit (scale, price per GPU-hour, amount). Unset: a
    // default (contract price scale 0.01..10; strike 0..10 x max(strike, spot); debt ~0 .. the capex
    // limit kappa <= 1 and the LTV cap of a DSCR/LTV-sized deal).
    std::optional<double> lower, upper;
    int maxIterations = 100;
    // Monte Carlo for the P90 and P(default) targets (a fixed seed: common random numbers).
    int mcPaths = 2000;
    std::uint64_t mcSeed = 1;
    int mcThreads = 0;
};

// How a search ended (SeekResult::outcome); `value` and `achieved` are the value and metric meant.
enum class SeekOutcome {
    Hit,           // the metric meets the target at value
    HitSteps,      // (P(default)) at most the target, on the step the solver closed (1/paths)
    NotBinding,    // (debt) the upper end (binding: capex_limit, ltv or bracket) meets the target
    NoConvergence, // the solver ran out of iterations; value is the closest
    Jumps,         // the metric jumps across the target near value (jumpFrom to jumpTo)
    OnlyBelow,     // not solved: even at value the metric is only achieved
    StillAbove,    // not solved: even at value the metric is still achieved, above the target
    NotComputable, // not solved: the deal cannot be computed at value (problem)
};

struct SeekResult {
    Issues errors;       // the request or the base deal is unusable (nothing was searched)
    bool solved = false; // a value meeting the target was found in the bracket
    double value = 0.0;  // the solved input: scale, strike or amount (the closest tried if not solved)
    std::optional<double> achieved;   // the target metric at `value`
    double baseValue = 0.0;           // the input as the deal has it (scale 1 for contract prices)
    std::optional<double> baseMetric; // the metric of the deal as it is
    double lower = 0.0, upper = 0.0;  // the bracket searched
    int iterations = 0;               // solver iterations (TOMS 748)
    int evaluations = 0;              // recomputes, bracket ends and scan included
    // What limits the answer: the target metric ("min_dscr", "equity_irr", "p90_min_dscr"), or for
    // the debt also "capex_limit" (debt larger than the capex it funds, kappa <= 1) or "ltv".
    std::string binding;
    // What the answer says, for the edges to word (io/MessageText.h: the CLI's sentence, e.g. "even at
    // a contract price scale of 10.0000x the min DSCR is only 0.9300x (target 1.3000x)").
    SeekOutcome outcome = SeekOutcome::Hit;
    std::optional<Issue> problem;           // NotComputable: why the closest value cannot be computed
    std::optional<double> jumpFrom, jumpTo; // Jumps: the metric at the final bracket's two ends
    bool loanResizes = false; // not solved, and the DSCR-sized loan was resized as the input moved
    std::optional<Deal> deal; // the deal with the solved value applied (when solved)
};

// The deal with the variable set to `value` (debt: sizing switched to the amount).
Deal applySeekValue(const Deal &deal, const SeekRequest &request, double value);

SeekResult goalSeek(const Deal &deal, const SeekRequest &request);

} // namespace gds
