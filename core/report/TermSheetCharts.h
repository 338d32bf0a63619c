// The term sheet's two charts, drawn with QPainter as vector graphics (all labels real text):
// debt balance with DSCR and the covenant levels, and the revenue stack by calendar year.
// ChartObject puts them inline into a QTextDocument, so they flow with the text.
#pragma once

#include "engine/Result.h"
#include "model/Deal.h"
#include "ReportFormat.h"

#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

class QPainter;
class QRectF;

namespace gds::report {

enum class Chart { DebtAndDscr = 1, RevenueStack = 2 };

void drawDebtChart(QPainter &painter, const QRectF &rect, const Deal &deal, const Result &result,
                   const Format &fmt);
void drawRevenueChart(QPainter &painter, const QRectF &rect, const Deal &deal, const Result &result,
                      const Format &fmt);

class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    static constexpr int kChartProperty = QTextFormat::UserProperty + 1;

    ChartObject(const Deal &deal, const Result &result, const Format &fmt, QSizeF size,
                QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    const Deal &m_deal;
    const Result &m_result;
    const Format &m_fmt;
    QSizeF m_size;
};

} // namespace gds::report
