#include "ChartExport.h"

#include <QChartView>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace gds::ui {

bool writeChartView(QChartView *view, const QString &path, QSize size, const QString &title, QString *error)
{
    const auto fail = [&] {
        if (error)
            *error = QCoreApplication::translate("gds::ui::ChartsView", "cannot write %1").arg(path);
        return false;
    };
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        QPainter painter;
        if (!painter.begin(&svg))
            return fail();
        view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        return true;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    return image.save(path, "PNG") || fail();
}

} // namespace gds::ui
