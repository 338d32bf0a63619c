#pragma once

#include <QHeaderView>

namespace gds::ui {

// A horizontal header whose titles wrap at word boundaries to their column's width, the section as
// tall as the longest title needs: a deal's long name stays whole over two or three lines instead of
// being clipped at both ends of a centred line.
class WrappingHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit WrappingHeader(QWidget *parent = nullptr);

    // The width a title needs on its lines as given (no wrapping), padding included.
    int unwrappedWidth(int section) const;

protected:
    // As wide as the title's longest word, as tall as the title wrapped to the section's width.
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    QRect textRect(const QRect &section) const;
    QString title(int logicalIndex) const;
};

} // namespace gds::ui
