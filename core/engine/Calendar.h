// The model's time line (engine.md section 1): period 0 is the instant of financial close, period
// p >= 1 is the calendar month start + (p - 1).
#pragma once

#include "model/Deal.h"

#include <vector>

namespace gds {

enum class Phase;

struct Timeline {
    int n = 0;                    // N = C + O
    int c = 0;                    // C, construction periods 1..C
    int o = 0;                    // O, operating periods C+1..N
    std::vector<int> year, month; // calendar month of each period (period 0: the start month)
    std::vector<int> days;        // real days of the month (0 for period 0)
    std::vector<double> hours;    // 24 * days
    std::vector<int> modelYear;   // y(p) = floor((p-1)/12) for p >= 1; 0 for p = 0

    bool isOperating(int p) const { return p > c; }
    bool isConstruction(int p) const { return p >= 1 && p <= c; }
};

Timeline makeTimeline(const Deal &deal);

// The calendar month of period p (engine.md 1): period p >= 1 is the month start + (p - 1); the close
// (p = 0) is the start month. The one period-to-month mapping: the time line, the GUI, the reports
// and the CLI all call it (64-bit, so a period past any term cannot overflow).
YearMonth periodMonth(YearMonth start, long long period);

// Days in a calendar month, leap years counted (Boost.Date_Time).
int daysInMonth(int year, int month);

// Day-count fraction of a period of `days` days (engine.md section 5); 0 for period 0.
double dayCountFraction(DayCount dc, int days);

} // namespace gds
