#include "ReportFormat.h"

#include <cmath>

namespace gds::report {

QString Format::number(double v, int decimals) const
{
    if (!std::isfinite(v))
        return na();
    const double rounded = std::round(v * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    return m_locale.toString(rounded == 0.0 ? 0.0 : rounded, 'f', decimals); // no "-0"
}

QString Format::price(double v) const
{
    // Two decimals unless the price needs more (fees such as 0.0075).
    int decimals = 2;
    while (decimals < 4 &&
           std::fabs(v * std::pow(10.0, decimals) - std::round(v * std::pow(10.0, decimals))) > 1e-9)
        ++decimals;
    return m_currency + ' ' + number(v, decimals) + QStringLiteral(" per GPU-hour");
}

QString Format::percent(double v, int decimals) const
{
    return number(v * 100.0, decimals) + '%';
}

QDate closeDate(const Deal &deal)
{
    return QDate(deal.start.year, deal.start.month, 1);
}
QDate periodEnd(const Deal &deal, int p)
{
    return closeDate(deal).addMonths(p);
}
QDate periodStart(const Deal &deal, int p)
{
    return p == 0 ? closeDate(deal) : closeDate(deal).addMonths(p - 1);
}

} // namespace gds::report
