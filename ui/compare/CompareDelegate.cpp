#include "CompareDelegate.h"

#include "CompareModel.h"
#include "engine/Result.h"

#include <QPainter>
#include <QStyle>
#include <QWidget>

namespace gds::ui {

void ChangeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    if (nl < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem o = option;
    initStyleOption(&o, index);
    o.text.clear();
    o.widget->style()->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget);
    const QRect r = o.rect.adjusted(4, 2, -4, -2);
    const int half = r.height() / 2;
    painter->save();
    painter->setFont(o.font);
    painter->setPen(o.palette.color(QPalette::Text));
    painter->drawText(QRect(r.left(), r.top(), r.width(), half), Qt::AlignRight | Qt::AlignVCenter,
                      text.left(nl));
    painter->setPen(changeColor(index));
    painter->drawText(QRect(r.left(), r.top() + half, r.width(), r.height() - half),
                      Qt::AlignRight | Qt::AlignVCenter, text.mid(nl + 1));
    painter->restore();
}

QColor ChangeDelegate::changeColor(const QModelIndex &index)
{
    const QVariant delta = index.data(CompareModel::DeltaRole);
    const QString key = index.data(CompareModel::KeyRole).toString();
    int better = 0;
    for (const gds::MetricField &f : gds::metricFields())
        if (key == QLatin1String(f.key))
            better = f.better;
    const double d = delta.isValid() ? delta.toDouble() : 0.0;
    const int sense = (d > 0 ? 1 : d < 0 ? -1 : 0) * better;
    return sense > 0 ? QColor(27, 110, 32) : sense < 0 ? QColor(176, 0, 32) : QColor(110, 110, 110);
}

} // namespace gds::ui
