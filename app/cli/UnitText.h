// The one formatter of amounts in gpudeal-cli's readable output (compute, compare and the risk
// commands): money in the deal's currency ("$1,234", "-$1,234", "EUR 1,234"), percentages ("6.76 %"),
// multiples ("1.53x"), each metric by its unit; "n/a" for a missing or non-finite value. Numbers are
// locale independent (engine/NumberText.h).
#pragma once

#include "engine/Result.h"

#include <optional>
#include <string>

namespace gds::cli {

class UnitText
{
public:
    explicit UnitText(std::string currency) : m_currency(std::move(currency)) {}

    // Whole amounts are rounded half away from zero; the sign goes before the currency.
    std::string money(std::optional<double> v, int decimals = 0) const;
    std::string price(std::optional<double> v) const { return money(v, 2) + "/GPU-h"; }
    static std::string percent(std::optional<double> v, int decimals = 2);
    static std::string multiple(std::optional<double> v, int decimals = 2);
    std::string metric(const MetricField &field, const Metrics &m) const;

private:
    std::string m_currency;
};

} // namespace gds::cli
