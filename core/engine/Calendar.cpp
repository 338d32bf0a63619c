#include "engine/Calendar.h"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace gds {

int daysInMonth(int year, int month)
{
    using Cal = boost::gregorian::gregorian_calendar;
    return Cal::end_of_month_day(static_cast<Cal::year_type>(year), static_cast<Cal::month_type>(month));
}

YearMonth periodMonth(YearMonth start, long long period)
{
    // Months since January of the start year.
    const long long index = (start.month - 1) + std::max(period - 1, 0LL);
    return {start.year + static_cast<int>(index / 12), static_cast<int>(index % 12) + 1};
}

Timeline makeTimeline(const Deal &deal)
{
    Timeline t;
    t.c = deal.constructionMonths;
    t.o = deal.operatingMonths;
    t.n = t.c + t.o;
    const auto size = static_cast<std::size_t>(t.n + 1);
    t.year.resize(size);
    t.month.resize(size);
    t.days.resize(size);
    t.hours.resize(size);
    t.modelYear.resize(size);

    t.year[0] = deal.start.year;
    t.month[0] = deal.start.month;
    for (int p = 1; p <= t.n; ++p) {
        const auto i = static_cast<std::size_t>(p);
        const YearMonth month = periodMonth(deal.start, p);
        t.year[i] = month.year;
        t.month[i] = month.month;
        t.days[i] = daysInMonth(t.year[i], t.month[i]);
        t.hours[i] = 24.0 * t.days[i];
        t.modelYear[i] = (p - 1) / 12;
    }
    return t;
}

double dayCountFraction(DayCount dc, int days)
{
    if (days == 0)
        return 0.0;
    switch (dc) {
    case DayCount::Act360:
        return days / 360.0;
    case DayCount::Act365F:
        return days / 365.0;
    case DayCount::Thirty360:
        return 30.0 / 360.0;
    }
    return 0.0;
}

} // namespace gds
