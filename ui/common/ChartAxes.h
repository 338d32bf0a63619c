// Chart axes a banker reads at a glance: time ticks on calendar boundaries (1 January of each year,
// four-digit years; half-years when the range is short) and value ticks on round numbers.
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>

class QCategoryAxis;
class QValueAxis;

namespace gds::ui {

// X in milliseconds since the epoch (as the charts plot period ends), from `first` to `last`.
QCategoryAxis *calendarAxis(const QDateTime &first, const QDateTime &last, const QLocale &locale);
// X = the index of a monthly bar (bar k, the month months[k], centred on k; range -0.5 .. n - 0.5): the
// same calendar ticks, on the boundary before each January bar (July too when the range is short).
QCategoryAxis *monthIndexAxis(const QList<QDate> &months, const QLocale &locale);
// A value axis from lo to hi with ticks on 1, 2, 2.5 or 5 times a power of ten, and labels with the
// decimals those ticks need.
void roundTicks(QValueAxis *axis, double lo, double hi, int maxTicks = 7);

} // namespace gds::ui
