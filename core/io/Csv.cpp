#include "io/Csv.h"

#include "io/ResultJson.h"

#include <algorithm>
#include <cmath>

namespace gds {

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string writePeriodCsv(const Result &result)
{
    const PeriodTable &t = result.periods;
    const auto &fields = periodFields();

    std::string out = "period,start,end,days,phase";
    for (const PeriodField &f : fields) {
        out += ',';
        out += csvField(f.key);
    }
    out += '\n';

    // Never read past a short series, whatever the engine returned.
    std::size_t n = std::size_t(std::max(t.size(), 0));
    for (const auto *v : {&t.year, &t.month, &t.days})
        n = std::min(n, v->size());
    n = std::min(n, t.phase.size());
    for (const PeriodField &f : fields)
        n = std::min(n, (t.*f.series).size());

    for (std::size_t i = 0; i < n; ++i) {
        const int p = int(i);
        out += std::to_string(p);
        out += ',' + csvField(periodStart(t, p));
        out += ',' + csvField(periodEnd(t, p));
        out += ',' + std::to_string(t.days[i]);
        out += ',' + csvField(phaseName(t.phase[i]));
        for (const PeriodField &f : fields) {
            out += ',';
            const double v = (t.*f.series)[i];
            if (std::isfinite(v))
                out += formatNumber(v);
        }
        out += '\n';
    }
    return out;
}

} // namespace gds
