#pragma once

#include <QLabel>

namespace gds::ui {

// A one-line label that never asks for more width than it gets: a long text (a workspace's path or
// server) is elided in the middle, so that its start and its end (the file name) stay readable, and
// the whole text is its tooltip. A plain QLabel's minimum width is its whole text, which let a long
// path push the window's splitters apart.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace gds::ui
