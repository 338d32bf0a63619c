// Goal seek's answer as a deal can hold it: the solved input rounded to its tick (the index's
// $0.0001 per GPU-hour for prices and strikes, or a tick the user sets) and the target metric at the
// rounded value (docs/spec engine.md, goal seek; the solver's own value is not a price anyone quotes).
// Pure functions: no widgets, safe on a worker thread.
#pragma once

#include "engine/GoalSeek.h"
#include "model/Deal.h"

#include <optional>

namespace gds::ui {

struct RoundedAnswer {
    double value = 0.0;           // the solved input on the tick (a scale for contract prices)
    std::optional<double> metric; // the target metric at `value`
    bool meetsTarget = false;     // metric >= target
    double tick = 0.0;            // the tick applied, in the input's own unit
};

// The target metric of `deal` with `value` applied as the request says (holdDebt included).
std::optional<double> seekMetricAt(const gds::Deal &deal, const gds::SeekRequest &request, double value);

// `solved` rounded down or up to `tick` (contract prices: the price per GPU-hour is rounded, the scale
// follows; every contract at once: the scale on 0.0001), whichever meets the target and lies closer
// to it; when neither meets it, the nearer. tick <= 0: no rounding.
RoundedAnswer roundSeekAnswer(const gds::Deal &deal, const gds::SeekRequest &request, double solved,
                              double tick);

} // namespace gds::ui
