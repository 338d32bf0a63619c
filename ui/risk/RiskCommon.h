// Small helpers shared by the Risk view's panels: chart styling, the "results are outdated" tint, chart
// export to PNG/SVG (as the deal charts do) and the x position of a model period on a time axis.
#pragma once

#include "model/Deal.h"

#include <QColor>
#include <QString>

class QChart;
class QChartView;
class QWidget;

namespace gds::ui::risk {

// Removes every series and axis, sets the title, legend at the bottom, no animation.
void resetChart(QChart *chart, const QString &title);
// The chart background: white, or the workbench's "stale" tint.
void setChartOutdated(QChart *chart, bool outdated);
// A chart view as the workbench draws them (antialiased, small margins, object name).
QChartView *makeChartView(const QString &objectName, QWidget *parent);

// Writes the chart as PNG or SVG (by suffix) at its on-screen size (900x560 when not laid out yet).
bool exportChartView(QChartView *view, const QString &path, QString *error);
// Asks for a file name and exports; returns a status message (empty when the user cancelled).
QString exportChartInteractive(QChartView *view, QWidget *parent, const QString &suggestedName);

// Milliseconds since the epoch where period p's flows are plotted (the 1st of the month after it).
double periodX(const gds::Deal &deal, int period);

QColor hedgedColor();
QColor unhedgedColor();

} // namespace gds::ui::risk
