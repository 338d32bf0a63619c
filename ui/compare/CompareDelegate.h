// Compare structures' metric cells (CompareDialog).
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace gds::ui {

// A value with its change against the reference below it: the change in green when better for the
// sponsor, red when worse (the metric's sense), grey when neutral.
class ChangeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    static QColor changeColor(const QModelIndex &index);
};

} // namespace gds::ui
