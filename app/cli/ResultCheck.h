// The last guard before numbers reach the user (deal-format.md bounds every input, engine.md keeps
// every line finite): a result holding an infinity, or a NaN where the line has no null, is refused
// by every command that computes, never printed or exported as numbers.
#pragma once

#include "engine/Result.h"
#include "model/Issue.h"

namespace gds::cli {

// One issue naming the first offending line or metric ("periods.cfads[12]: the computation produced
// a number that is not finite ... (and 3 more ...)"); empty when every number is finite (NaN allowed
// where it means null).
Issues nonFiniteNumbers(const Result &result);

} // namespace gds::cli
