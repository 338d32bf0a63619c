#include "ResultCheck.h"

#include <cmath>
#include <string>

namespace gds::cli {

namespace {
constexpr const char *kWhy = "the computation produced a number that is not finite; the inputs are "
                             "beyond what the model can compute (deal-format.md bounds every number)";
} // namespace

Issues nonFiniteNumbers(const Result &result)
{
    Issues issues;
    for (const PeriodField &f : periodFields()) {
        const std::vector<double> &series = result.periods.*(f.series);
        for (std::size_t p = 0; p < series.size(); ++p) {
            const double v = series[p];
            if (std::isinf(v) || (std::isnan(v) && !f.nullable)) {
                issues.push_back({std::string("periods.") + f.key + "[" + std::to_string(p) + "]",
                                  IssueCode::Text,
                                  {},
                                  kWhy});
                break; // one line is enough to tell
            }
        }
    }
    for (const MetricField &f : metricFields()) {
        const std::optional<double> v = f.get(result.metrics);
        if (v && !std::isfinite(*v))
            issues.push_back({std::string("metrics.") + f.key, IssueCode::Text, {}, kWhy});
    }
    if (issues.size() > 1) { // one line tells the user enough
        issues.front().text += " (and " + std::to_string(issues.size() - 1) + " more lines and metrics)";
        issues.resize(1);
    }
    return issues;
}

} // namespace gds::cli
