#include "UnitText.h"

#include "engine/NumberText.h"
#include "io/ResultJson.h"

#include <cmath>

namespace gds::cli {

namespace {
bool finite(const std::optional<double> &v)
{
    return v && std::isfinite(*v);
}
} // namespace

std::string UnitText::money(std::optional<double> v, int decimals) const
{
    if (!finite(v))
        return "n/a";
    std::string body = grouped(decimals == 0 ? std::round(*v) : *v, decimals);
    std::string out;
    if (!body.empty() && body[0] == '-') {
        out = "-";
        body.erase(0, 1);
    }
    out += m_currency == "USD" ? std::string("$") : m_currency + " ";
    out += body;
    return out;
}

std::string UnitText::percent(std::optional<double> v, int decimals)
{
    return finite(v) ? grouped(*v * 100, decimals) + " %" : "n/a";
}

std::string UnitText::multiple(std::optional<double> v, int decimals)
{
    return finite(v) ? grouped(*v, decimals) + "x" : "n/a";
}

std::string UnitText::metric(const MetricField &field, const Metrics &m) const
{
    const std::optional<double> v = field.get(m);
    if (!finite(v))
        return "n/a";
    switch (field.unit) {
    case Unit::Money:
        return money(v);
    case Unit::Percent:
    case Unit::Ratio:
        return percent(v);
    case Unit::Multiple:
        return multiple(v);
    case Unit::PricePerHour:
        return price(v);
    case Unit::Months:
        return grouped(*v, 0) + " months";
    case Unit::Days:
        return grouped(*v, 0) + " days";
    case Unit::Hours:
        return grouped(*v, 0) + " h";
    case Unit::Count:
        return grouped(*v, 0);
    case Unit::Text:
        break;
    }
    return formatNumber(*v);
}

} // namespace gds::cli
