#include "RiskCommon.h"

#include "ChartExport.h"
#include "Format.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QImage>
#include <QLegend>
#include <QPainter>
#include <QSvgGenerator>

namespace gds::ui::risk {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("gds::ui::risk", s);
}
} // namespace

void resetChart(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *a : axes) {
        chart->removeAxis(a);
        delete a;
    }
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
}

void setChartOutdated(QChart *chart, bool outdated)
{
    chart->setBackgroundBrush(outdated ? QColor(245, 240, 225) : QColor(Qt::white));
}

QChartView *makeChartView(const QString &objectName, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true); // axis labels in the widget's locale, not printf's C locale
    chart->setLocale(parent ? parent->locale() : QLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    return view;
}

bool exportChartView(QChartView *view, const QString &path, QString *error)
{
    const QSize size = view->width() > 100 && view->height() > 100 ? view->size() : QSize(900, 560);
    if (view->size() != size && !view->isVisible())
        view->resize(size);
    return writeChartView(view, path, size, view->chart()->title(), error);
}

QString exportChartInteractive(QChartView *view, QWidget *parent, const QString &suggestedName)
{
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Export chart"), suggestedName + QStringLiteral(".png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return {};
    QString error;
    if (exportChartView(view, path, &error))
        return tr("Chart saved to %1").arg(path);
    return error;
}

double periodX(const gds::Deal &deal, int period)
{
    return double(
        QDateTime(periodMonth(deal, period).addMonths(period == 0 ? 0 : 1), QTime(0, 0)).toMSecsSinceEpoch());
}

QColor hedgedColor()
{
    return QColor(31, 119, 180);
}

QColor unhedgedColor()
{
    return QColor(230, 120, 30);
}

} // namespace gds::ui::risk
