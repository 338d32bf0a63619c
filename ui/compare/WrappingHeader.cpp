#include "WrappingHeader.h"

#include <algorithm>
#include <QPainter>
#include <QRegularExpression>

namespace gds::ui {

namespace {
constexpr int kPadding = 6; // on each side of the text, inside the section
}

WrappingHeader::WrappingHeader(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setDefaultAlignment(Qt::AlignCenter);
    setSectionsClickable(false);
    // The height follows the wrapped titles when the columns change width.
    connect(this, &QHeaderView::sectionResized, this, [this] { updateGeometry(); });
}

QString WrappingHeader::title(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
}

QRect WrappingHeader::textRect(const QRect &section) const
{
    return section.adjusted(kPadding, 2, -kPadding, -2);
}

int WrappingHeader::unwrappedWidth(int section) const
{
    int widest = 0;
    for (const QString &line : title(section).split(QLatin1Char('\n')))
        widest = std::max(widest, fontMetrics().horizontalAdvance(line));
    return widest + 2 * kPadding + 2;
}

QSize WrappingHeader::sectionSizeFromContents(int logicalIndex) const
{
    const QString text = title(logicalIndex);
    int word = 0;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &w : text.split(space, Qt::SkipEmptyParts))
        word = std::max(word, fontMetrics().horizontalAdvance(w));
    const int width = std::max(sectionSize(logicalIndex), word + 2 * kPadding + 2);
    const QRect wrapped = fontMetrics().boundingRect(textRect(QRect(0, 0, width, 10000)),
                                                     Qt::AlignCenter | Qt::TextWordWrap, text);
    return {word + 2 * kPadding + 2,
            std::max(QHeaderView::sectionSizeFromContents(logicalIndex).height(), wrapped.height() + 8)};
}

void WrappingHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    // The style draws the section's frame and background (without text); the title is drawn wrapped.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
    painter->save();
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(textRect(rect), Qt::AlignCenter | Qt::TextWordWrap, title(logicalIndex));
    painter->restore();
}

} // namespace gds::ui
