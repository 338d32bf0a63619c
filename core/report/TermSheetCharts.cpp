#include "TermSheetCharts.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace gds::report {

namespace {

// The charts' words, context "gds::TermSheet" (with the term sheet's text).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gds::TermSheet)
};

const QColor kNavy(0x1F, 0x38, 0x64), kBlue(0x9D, 0xC3, 0xE6), kLight(0x8F, 0xAA, 0xDC),
    kOrange(0xF4, 0xB1, 0x83), kRed(0xC0, 0x00, 0x00), kGrid(0xD9, 0xD9, 0xD9), kText(0x40, 0x40, 0x40);

struct Frame {
    QRectF plot;
    double unit; // device units per point (for pens and fonts)
};

Frame frame(QPainter &p, const QRectF &rect, double leftPt, double rightPt)
{
    const double unit = p.device()->logicalDpiY() / 72.0;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(6.5);
    p.setFont(font);
    const QRectF plot = rect.adjusted(leftPt * unit, 16 * unit, -rightPt * unit, -14 * unit);
    return {plot, unit};
}

void legend(QPainter &p, const Frame &f, const QRectF &rect,
            const std::vector<std::pair<QString, QColor>> &items, const std::vector<bool> &lines)
{
    double x = f.plot.left();
    const double y = rect.top() + 3 * f.unit;
    const QFontMetricsF fm(p.font(), p.device());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QRectF swatch(x, y + 2 * f.unit, 12 * f.unit, 6 * f.unit);
        if (lines[i]) {
            p.setPen(QPen(items[i].second, 1.2 * f.unit));
            p.drawLine(QPointF(swatch.left(), swatch.center().y()),
                       QPointF(swatch.right(), swatch.center().y()));
        } else {
            p.fillRect(swatch, items[i].second);
        }
        p.setPen(kText);
        const QPointF at(swatch.right() + 3 * f.unit, y + 8 * f.unit);
        p.drawText(at, items[i].first);
        x = at.x() + fm.horizontalAdvance(items[i].first) + 10 * f.unit;
    }
}

void yearLabels(QPainter &p, const Frame &f, const PeriodTable &t, double slot)
{
    p.setPen(kText);
    for (int q = 1; q <= t.n; ++q) {
        if (t.month[q] != 1 && q != 1)
            continue;
        const double x = f.plot.left() + q * slot;
        p.setPen(QPen(kGrid, 0.5 * f.unit));
        p.drawLine(QPointF(x, f.plot.bottom()), QPointF(x, f.plot.bottom() + 3 * f.unit));
        p.setPen(kText);
        p.drawText(QPointF(x + 1.5 * f.unit, f.plot.bottom() + 10 * f.unit), QString::number(t.year[q]));
    }
}

// "USD million" written upwards along the left money axis.
void moneyAxisTitle(QPainter &p, const Frame &f, const QRectF &rect, const Format &fmt)
{
    p.save();
    p.translate(rect.left() + 6 * f.unit, f.plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-60 * f.unit, -6 * f.unit, 120 * f.unit, 10 * f.unit), Qt::AlignCenter,
               Tr::tr("%1 million", "axis title: currency code").arg(fmt.currency()));
    p.restore();
}

} // namespace

void drawDebtChart(QPainter &p, const QRectF &rect, const Deal &deal, const Result &result, const Format &fmt)
{
    const PeriodTable &t = result.periods;
    const Frame f = frame(p, rect, 40, 30);
    const double maxBalance = std::max(1.0, *std::max_element(t.balance.begin(), t.balance.end()));
    const double bStep = niceStep(maxBalance / 1e6, 4) * 1e6;
    const double bTop = std::ceil(maxBalance / bStep) * bStep;
    double maxDscr = deal.debt.covenants.lockupDscr;
    for (double v : t.dscr)
        if (!isNull(v))
            maxDscr = std::max(maxDscr, v);
    maxDscr = std::min(maxDscr, 10.0);
    const double dStep = niceStep(maxDscr, 4);
    const double dTop = std::ceil(maxDscr * 1.05 / dStep) * dStep;
    const int ticks = int(std::round(bTop / bStep));
    const double slot = f.plot.width() / (t.n + 1);

    // Grid and left axis (balance, millions) and right axis (DSCR).
    for (int i = 0; i <= ticks; ++i) {
        const double y = f.plot.bottom() - f.plot.height() * i / ticks;
        p.setPen(QPen(kGrid, 0.5 * f.unit));
        p.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
        p.setPen(kText);
        p.drawText(QRectF(rect.left(), y - 5 * f.unit, f.plot.left() - rect.left() - 3 * f.unit, 10 * f.unit),
                   Qt::AlignRight | Qt::AlignVCenter, fmt.number(bStep * i / 1e6, bStep < 1e6 ? 1 : 0));
    }
    for (double d = 0; d <= dTop + 1e-9; d += dStep) {
        const double y = f.plot.bottom() - f.plot.height() * d / dTop;
        p.drawText(QRectF(f.plot.right() + 3 * f.unit, y - 5 * f.unit, 30 * f.unit, 10 * f.unit),
                   Qt::AlignLeft | Qt::AlignVCenter, fmt.multiple(d));
    }
    moneyAxisTitle(p, f, rect, fmt);

    for (int q = 0; q <= t.n; ++q) {
        const double h = f.plot.height() * t.balance[q] / bTop;
        p.fillRect(QRectF(f.plot.left() + q * slot + 0.1 * slot, f.plot.bottom() - h, 0.8 * slot, h), kBlue);
    }
    p.save();
    p.setClipRect(f.plot);
    auto yOf = [&](double d) { return f.plot.bottom() - f.plot.height() * d / dTop; };
    const std::pair<double, QColor> covenants[] = {{deal.debt.covenants.lockupDscr, kOrange},
                                                   {deal.debt.covenants.defaultDscr, kRed}};
    for (const auto &[level, color] : covenants) {
        p.setPen(QPen(color, 0.9 * f.unit, Qt::DashLine));
        p.drawLine(QPointF(f.plot.left(), yOf(level)), QPointF(f.plot.right(), yOf(level)));
    }
    QPainterPath line;
    bool started = false;
    for (int q = 0; q <= t.n; ++q) {
        if (isNull(t.dscr[q])) {
            started = false;
            continue;
        }
        const QPointF pt(f.plot.left() + (q + 0.5) * slot, yOf(t.dscr[q]));
        started ? line.lineTo(pt) : line.moveTo(pt);
        started = true;
    }
    p.setPen(QPen(kNavy, 1.3 * f.unit));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    p.restore();
    p.setPen(QPen(kText, 0.6 * f.unit));
    p.drawLine(f.plot.bottomLeft(), f.plot.bottomRight());
    yearLabels(p, f, t, slot);
    legend(p, f, rect,
           {{Tr::tr("Debt balance (left)"), kBlue},
            {Tr::tr("DSCR (right)"), kNavy},
            {Tr::tr("Lock-up %1").arg(fmt.multiple(deal.debt.covenants.lockupDscr)), kOrange},
            {Tr::tr("Default %1").arg(fmt.multiple(deal.debt.covenants.defaultDscr)), kRed}},
           {false, true, true, true});
}

void drawRevenueChart(QPainter &p, const QRectF &rect, const Deal &, const Result &result, const Format &fmt)
{
    const PeriodTable &t = result.periods;
    struct Year {
        double contract = 0, merchant = 0, hedge = 0;
    };
    std::map<int, Year> years;
    for (int q = 1; q <= t.n; ++q) {
        Year &y = years[t.year[q]];
        y.contract += t.contractRevenue[q];
        y.merchant += t.merchantRevenue[q];
        y.hedge += t.hedge[q];
    }
    const Frame f = frame(p, rect, 40, 10);
    double top = 1.0, bottom = 0.0;
    for (const auto &[year, y] : years) {
        top = std::max(top, y.contract + y.merchant + std::max(y.hedge, 0.0));
        bottom = std::min(bottom, std::min(y.hedge, 0.0));
    }
    const double step = niceStep((top - bottom) / 1e6, 5) * 1e6;
    const double axisTop = std::ceil(top / step) * step, axisBottom = std::floor(bottom / step) * step;
    auto yOf = [&](double v) {
        return f.plot.bottom() - f.plot.height() * (v - axisBottom) / (axisTop - axisBottom);
    };
    for (double v = axisBottom; v <= axisTop + step * 1e-6; v += step) {
        p.setPen(QPen(kGrid, 0.5 * f.unit));
        p.drawLine(QPointF(f.plot.left(), yOf(v)), QPointF(f.plot.right(), yOf(v)));
        p.setPen(kText);
        p.drawText(
            QRectF(rect.left(), yOf(v) - 5 * f.unit, f.plot.left() - rect.left() - 3 * f.unit, 10 * f.unit),
            Qt::AlignRight | Qt::AlignVCenter, fmt.number(v / 1e6, step < 1e6 ? 1 : 0));
    }
    moneyAxisTitle(p, f, rect, fmt);
    const double slot = f.plot.width() / std::max<std::size_t>(years.size(), 1);
    int i = 0;
    for (const auto &[year, y] : years) {
        const double x = f.plot.left() + i * slot + 0.2 * slot, w = 0.6 * slot;
        double base = 0.0;
        for (const auto &[v, color] : {std::pair{y.contract, kNavy}, std::pair{y.merchant, kLight},
                                       std::pair{std::max(y.hedge, 0.0), kOrange}}) {
            p.fillRect(QRectF(x, yOf(base + v), w, yOf(base) - yOf(base + v)), color);
            base += v;
        }
        if (y.hedge < 0)
            p.fillRect(QRectF(x, yOf(0), w, yOf(y.hedge) - yOf(0)), kOrange);
        p.setPen(kText);
        p.drawText(QRectF(x - 0.2 * slot, f.plot.bottom() + 2 * f.unit, slot, 10 * f.unit), Qt::AlignCenter,
                   QString::number(year));
        ++i;
    }
    p.setPen(QPen(kText, 0.6 * f.unit));
    p.drawLine(QPointF(f.plot.left(), yOf(0)), QPointF(f.plot.right(), yOf(0)));
    legend(p, f, rect,
           {{Tr::tr("Contracted"), kNavy},
            {Tr::tr("Merchant (spot)"), kLight},
            {Tr::tr("Hedge settlements"), kOrange}},
           {false, false, false});
}

ChartObject::ChartObject(const Deal &deal, const Result &result, const Format &fmt, QSizeF size,
                         QObject *parent)
    : QObject(parent), m_deal(deal), m_result(result), m_fmt(fmt), m_size(size)
{
}

QSizeF ChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &)
{
    return m_size;
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                             const QTextFormat &format)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (format.intProperty(kChartProperty) == int(Chart::DebtAndDscr))
        drawDebtChart(*painter, rect, m_deal, m_result, m_fmt);
    else
        drawRevenueChart(*painter, rect, m_deal, m_result, m_fmt);
    painter->restore();
}

} // namespace gds::report
