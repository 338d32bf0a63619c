#include "ReportFormat.h"

#include "engine/Calendar.h"

#include <cmath>

namespace gds::report {

Format::Format(QLocale locale, QString currency)
    : m_locale(locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                               : std::move(locale)),
      m_currency(std::move(currency))
{
}

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
    return tr("%1 %2 per GPU-hour", "currency code, price").arg(m_currency, number(v, decimals));
}

QString Format::percent(double v, int decimals) const
{
    return tr("%1%", "a percentage").arg(number(v * 100.0, decimals));
}

QString Format::multiple(double v) const
{
    return tr("%1x", "a multiple such as a DSCR of 1.53x").arg(number(v, 2));
}

QString Format::date(const QDate &d) const
{
    if (m_locale.language() == QLocale::English)
        return d.toString(Qt::ISODate);
    QString pattern = m_locale.dateFormat(QLocale::ShortFormat);
    if (!pattern.contains(QStringLiteral("yyyy")))
        pattern.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return m_locale.toString(d, pattern);
}

QString Format::na()
{
    return tr("n/a");
}

QDate closeDate(const Deal &deal)
{
    return QDate(deal.start.year, deal.start.month, 1);
}
QDate periodStart(const Deal &deal, int p)
{
    const YearMonth month = periodMonth(deal.start, p); // the engine's mapping (the close: the start month)
    return QDate(month.year, month.month, 1);
}
QDate periodEnd(const Deal &deal, int p)
{
    // One convention with the period table: a period ends on the last day of the month it is shown
    // as ("Jan 2027" ends 2027-01-31); the close is its own day.
    const QDate start = periodStart(deal, p);
    return p == 0 ? start : start.addDays(start.daysInMonth() - 1);
}

double niceStep(double range, int ticks)
{
    if (range <= 0)
        return 1.0;
    const double raw = range / ticks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * mag)
            return m * mag;
    return 10 * mag;
}

} // namespace gds::report
