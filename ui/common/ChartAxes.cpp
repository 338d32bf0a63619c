#include "ChartAxes.h"

#include <algorithm>
#include <cmath>
#include <QCategoryAxis>
#include <QDateTime>
#include <QValueAxis>

namespace gds::ui {

QCategoryAxis *calendarAxis(const QDateTime &first, const QDateTime &last, const QLocale &locale)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double x0 = double(first.toMSecsSinceEpoch()), x1 = double(last.toMSecsSinceEpoch());
    axis->setRange(x0, x1);
    axis->setStartValue(x0);
    const int years = last.date().year() - first.date().year();
    const int step = years > 12 ? 2 : 1; // a label every year, every other year on long deals
    const bool halves = years < 2;
    for (QDate d(first.date().year(), 1, 1); d <= last.date(); d = d.addMonths(halves ? 6 : 12 * step)) {
        const double x = double(QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch());
        if (x <= x0 || x > x1)
            continue;
        axis->append(halves ? locale.toString(d, QStringLiteral("MMM yyyy")) : QString::number(d.year()), x);
    }
    axis->setGridLineVisible(true);
    return axis;
}

QCategoryAxis *monthIndexAxis(const QList<QDate> &months, const QLocale &locale)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double x1 = double(std::max<qsizetype>(months.size(), 1)) - 0.5;
    axis->setRange(-0.5, x1);
    axis->setStartValue(-0.5);
    if (!months.isEmpty()) {
        const int years = months.back().year() - months.front().year();
        const int step = years > 12 ? 2 : 1;
        const bool halves = years < 2;
        for (qsizetype k = 1; k < months.size(); ++k) {
            const QDate d = months[k];
            const bool tick =
                halves ? (d.month() == 1 || d.month() == 7) : (d.month() == 1 && d.year() % step == 0);
            if (tick)
                axis->append(halves ? locale.toString(d, QStringLiteral("MMM yyyy"))
                                    : QString::number(d.year()),
                             double(k) - 0.5);
        }
    }
    axis->setGridLineVisible(true);
    return axis;
}

void roundTicks(QValueAxis *axis, double lo, double hi, int maxTicks)
{
    if (!(hi > lo))
        hi = lo + 1.0;
    const double raw = (hi - lo) / std::max(1, maxTicks - 1);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag * 10.0;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * mag >= raw) {
            step = m * mag;
            break;
        }
    const double a = std::floor(lo / step + 1e-9) * step, b = std::ceil(hi / step - 1e-9) * step;
    axis->setRange(a, b);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(int(std::lround((b - a) / step)) + 1);
    const int decimals =
        std::max(0, -int(std::floor(std::log10(step) + 1e-9)) + (std::fmod(step / mag, 1.0) > 0 ? 1 : 0));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

} // namespace gds::ui
