// Writes a chart view to a file: SVG (vector) when the path ends in .svg, otherwise PNG.
#pragma once

#include <QSize>
#include <QString>

class QChartView;

namespace gds::ui {

// Renders `view` at `size` into `path`; on failure returns false and says why in *error.
bool writeChartView(QChartView *view, const QString &path, QSize size, const QString &title, QString *error);

} // namespace gds::ui
