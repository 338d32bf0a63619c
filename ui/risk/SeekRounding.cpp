#include "SeekRounding.h"

#include "engine/Engine.h"
#include "engine/MonteCarlo.h"

#include <cmath>
#include <vector>

namespace gds::ui {

std::optional<double> seekMetricAt(const gds::Deal &deal, const gds::SeekRequest &request, double value)
{
    const gds::Deal d = gds::applySeekValue(deal, request, value);
    if (request.target == gds::SeekTarget::P90MinDscr) {
        gds::MonteCarloOptions o;
        o.paths = request.mcPaths;
        o.seed = request.mcSeed;
        o.threads = request.mcThreads;
        const gds::MonteCarloResult mc = gds::runMonteCarlo(d, o);
        return mc.errors.empty() ? mc.minDscrP90 : std::nullopt;
    }
    gds::EngineOptions options;
    options.computeSpotHeadroom = false;
    const gds::Result r = gds::compute(d, options);
    if (!r.ok())
        return std::nullopt;
    return request.target == gds::SeekTarget::MinDscr ? r.metrics.minDscr : r.metrics.equityIrr;
}

RoundedAnswer roundSeekAnswer(const gds::Deal &deal, const gds::SeekRequest &request, double solved,
                              double tick)
{
    RoundedAnswer out;
    out.value = solved;
    // The unit the tick applies to, and the way back to the input's unit.
    double unit = 1.0; // input = rounded quantity / unit
    double step = tick;
    if (request.variable == gds::SeekVariable::ContractPrice) {
        const bool one = request.index >= 0 || deal.offtake.size() == 1;
        const std::size_t c = request.index >= 0 ? std::size_t(request.index) : 0;
        if (one && c < deal.offtake.size() && deal.offtake[c].pricePerGpuHour > 0.0)
            unit = deal.offtake[c].pricePerGpuHour;
        else
            step = 0.0001; // a scale on every contract: four decimals
    }
    out.tick = step;
    std::vector<double> candidates;
    if (step > 0.0) {
        const double q = solved * unit / step;
        const double down = std::floor(q + 1e-9) * step / unit, up = std::ceil(q - 1e-9) * step / unit;
        candidates.push_back(down);
        if (up != down)
            candidates.push_back(up);
    } else {
        candidates.push_back(solved);
    }
    bool first = true;
    for (double x : candidates) {
        if (x < 0.0 || (request.variable != gds::SeekVariable::SwapStrike && !(x > 0.0)))
            continue;
        const std::optional<double> m = seekMetricAt(deal, request, x);
        const bool meets = m && *m >= request.targetValue;
        const double gap = m ? std::fabs(*m - request.targetValue) : 1e300;
        const double bestGap = out.metric ? std::fabs(*out.metric - request.targetValue) : 1e300;
        if (first || (meets && !out.meetsTarget) || (meets == out.meetsTarget && gap < bestGap)) {
            out.value = x;
            out.metric = m;
            out.meetsTarget = meets;
            first = false;
        }
    }
    if (first) { // no candidate on the tick is usable: the solver's value as it is
        out.metric = seekMetricAt(deal, request, solved);
        out.meetsTarget = out.metric && *out.metric >= request.targetValue;
    }
    return out;
}

} // namespace gds::ui
