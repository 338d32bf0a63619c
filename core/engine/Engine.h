// The calculation engine of engine.md sections 1-7. Pure C++ (Boost.Date_Time for the calendar),
// deterministic, no globals: everything it needs is in the deal.
#pragma once

#include "engine/BasePath.h"
#include "engine/Debt.h"
#include "engine/LoanPath.h"
#include "engine/Result.h"
#include "model/Deal.h"

namespace gds {

struct EngineOptions {
    int maxSizingRounds = 100;       // engine.md 5: at most 100 rounds, then a warning
    bool computeSpotHeadroom = true; // the 60-step bisection of section 7
    BaseLoan *baseLoan = nullptr;    // optional: receives the scheduled loan of the reported round
    BaseCase *baseCase = nullptr;    // optional: receives the base case the paths run against
};

// Computes a deal that passed validate(). A deal that is valid on paper but cannot be financed as
// specified (kappa > 1, sculpting with no positive CFADS) comes back with Result::errors set.
Result compute(const Deal &deal, const EngineOptions &options = {});

// What the loan path evaluator (LoanPath.h) needs from a scheduled loan; the spans point into
// `model`, `rates` and `debt`.
LoanSchedule loanSchedule(const Deal &deal, const CashflowModel &model, const RateSchedule &rates,
                          const DebtSchedule &debt);

} // namespace gds
