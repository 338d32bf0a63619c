// The Monte Carlo panel's two charts: the fan of the simulated index with the forward curve and the
// hedge strikes, and the histogram of min DSCR with and without hedges and the covenant lines.
#include "ChartAxes.h"
#include "Format.h"
#include "MonteCarloPanel.h"
#include "RiskCommon.h"

#include <algorithm>
#include <cmath>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTime>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

namespace gds::ui {

namespace {

constexpr int kBins = 40; // histogram bins

QString multiple(double v, const QLocale &l)
{
    return formatValue(v, gds::Unit::Multiple, l, {});
}

} // namespace

void MonteCarloPanel::buildFan()
{
    QChart *chart = m_fanView->chart();
    risk::resetChart(chart, tr("Spot index, %1 paths").arg(m_locale.toString(m_hedged.paths)));
    auto *p10 = new QLineSeries, *p90 = new QLineSeries;
    auto *p50 = new QLineSeries, *mean = new QLineSeries, *forward = new QLineSeries;
    p50->setName(tr("P50"));
    mean->setName(tr("Mean"));
    forward->setName(tr("Forward"));
    double hi = 0;
    for (const gds::SpotBand &b : m_hedged.spot) {
        const double x = risk::periodX(m_deal, b.period);
        p10->append(x, b.p10), p90->append(x, b.p90), p50->append(x, b.p50), mean->append(x, b.mean);
        hi = std::max(hi, b.p90);
    }
    const gds::PeriodTable &t = m_base.periods;
    for (int p = 1; p < t.size(); ++p) {
        forward->append(risk::periodX(m_deal, p), t.spotPrice[std::size_t(p)]);
        hi = std::max(hi, t.spotPrice[std::size_t(p)]);
    }
    auto *band = new QAreaSeries(p90, p10);
    p90->setParent(band); // an area series does not own its boundary lines
    p10->setParent(band);
    band->setName(tr("P10–P90"));
    QColor fill = risk::hedgedColor();
    fill.setAlpha(60);
    band->setBrush(fill);
    band->setPen(QPen(fill.darker(), 0.5));
    p50->setPen(QPen(risk::hedgedColor(), 2));
    mean->setPen(QPen(risk::hedgedColor(), 1.2, Qt::DashLine));
    forward->setPen(QPen(Qt::black, 1.5));
    chart->addSeries(band);
    for (QLineSeries *s : {p50, mean, forward})
        chart->addSeries(s);
    const QColor strikeColors[] = {QColor(44, 160, 44), QColor(148, 103, 189), QColor(214, 39, 40),
                                   QColor(140, 86, 75), QColor(23, 190, 207)};
    std::vector<QLineSeries *> strikes;
    const int n = m_deal.periodCount();
    for (std::size_t i = 0; i < m_deal.hedges.size(); ++i) {
        const gds::Hedge &h = m_deal.hedges[i];
        if (i >= m_base.hedges.size())
            break;
        const int first = m_base.hedges[i].first, last = m_base.hedges[i].last; // as the engine ran it
        if (last < first)
            continue;
        auto *s = new QLineSeries;
        s->setName(tr("%1 %2").arg(hedgeTypeLabel(h.type), m_locale.toString(h.strikePerGpuHour, 'f', 2)));
        s->append(risk::periodX(m_deal, first), h.strikePerGpuHour);
        s->append(risk::periodX(m_deal, last), h.strikePerGpuHour);
        s->setPen(QPen(strikeColors[i % 5], 2.5, Qt::DashDotLine));
        hi = std::max(hi, h.strikePerGpuHour);
        chart->addSeries(s);
        strikes.push_back(s);
    }
    // Ticks on 1 January, four-digit years.
    auto *x = calendarAxis(QDateTime::fromMSecsSinceEpoch(qint64(risk::periodX(m_deal, 0))),
                           QDateTime::fromMSecsSinceEpoch(qint64(risk::periodX(m_deal, n))), m_locale);
    auto *y = new QValueAxis;
    y->setTitleText(tr("%1/GPU-h").arg(currencyText(QString::fromStdString(m_deal.currency), m_display)));
    y->setRange(0, hi > 0 ? hi * 1.05 : 1);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    band->attachAxis(x), band->attachAxis(y);
    for (QLineSeries *s : {p50, mean, forward})
        s->attachAxis(x), s->attachAxis(y);
    for (QLineSeries *s : strikes)
        s->attachAxis(x), s->attachAxis(y);

    // Hover anywhere on the band or the lines: the date's P10/P50/P90, mean and forward.
    const std::vector<gds::SpotBand> bands = m_hedged.spot;
    const gds::Deal deal = m_deal;
    const std::vector<double> fwd = t.spotPrice;
    const QLocale l = m_locale;
    auto show = [bands, deal, fwd, l](const QPointF &pt, bool on) {
        if (!on || bands.empty()) {
            QToolTip::hideText();
            return;
        }
        const gds::SpotBand *best = &bands.front();
        double dist = INFINITY;
        for (const gds::SpotBand &b : bands) {
            const double d = std::abs(risk::periodX(deal, b.period) - pt.x());
            if (d < dist)
                dist = d, best = &b;
        }
        const auto p = std::size_t(best->period);
        QToolTip::showText(
            QCursor::pos(),
            QCoreApplication::translate("gds::ui::MonteCarloPanel",
                                        "%1 (period %2)\nP90 %3\nP50 %4\nP10 %5\nMean %6\nForward %7")
                .arg(l.toString(periodMonth(deal, best->period), QStringLiteral("MMM yyyy")))
                .arg(best->period)
                // P90 = the index level exceeded on 90 % of paths (the downside), as in the table.
                .arg(l.toString(best->p10, 'f', 3), l.toString(best->p50, 'f', 3),
                     l.toString(best->p90, 'f', 3), l.toString(best->mean, 'f', 3),
                     p < fwd.size() ? l.toString(fwd[p], 'f', 3) : QString()));
    };
    connect(band, &QAreaSeries::hovered, band, show);
    for (QLineSeries *s : {p50, mean, forward})
        connect(s, &QLineSeries::hovered, s, show);
}

void MonteCarloPanel::buildHistogram()
{
    QChart *chart = m_histView->chart();
    const gds::Covenants &cov = m_deal.debt.covenants;
    risk::resetChart(chart, tr("Min DSCR, share of paths"));
    std::vector<double> all;
    for (const auto *r : {&m_hedged, &m_unhedged})
        for (double v : r->minDscrByPath)
            if (!std::isnan(v))
                all.push_back(v);
    if (all.empty()) {
        chart->setTitle(tr("Min DSCR: the deal has no debt service"));
        return;
    }
    std::sort(all.begin(), all.end());
    double lo = std::min({gds::nearestRank(all, 0.005), cov.defaultDscr * 0.9, 0.9});
    double hi = std::max({gds::nearestRank(all, 0.995), cov.lockupDscr * 1.1});
    lo = std::floor(lo * 10) / 10, hi = std::ceil(hi * 10) / 10;
    const double w = (hi - lo) / kBins;
    double ymax = 0;
    auto makeArea = [&](const gds::MonteCarloResult &r, const QString &name, QColor color) {
        std::vector<int> count(kBins, 0);
        int n = 0;
        for (double v : r.minDscrByPath) {
            if (std::isnan(v))
                continue;
            const int b = std::clamp(int(std::floor((v - lo) / w)), 0, kBins - 1);
            ++count[std::size_t(b)], ++n;
        }
        auto *upper = new QLineSeries;
        for (int b = 0; b < kBins; ++b) {
            const double share = n > 0 ? 100.0 * count[std::size_t(b)] / n : 0.0;
            upper->append(lo + b * w, share);
            upper->append(lo + (b + 1) * w, share);
            ymax = std::max(ymax, share);
        }
        auto *area = new QAreaSeries(upper);
        upper->setParent(area); // an area series does not own its boundary line
        area->setName(name);
        QColor fill = color;
        fill.setAlpha(90);
        area->setBrush(fill);
        area->setPen(QPen(color, 1.2));
        const QLocale l = m_locale;
        connect(area, &QAreaSeries::hovered, area, [count, n, lo, w, name, l](const QPointF &pt, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const int b = std::clamp(int(std::floor((pt.x() - lo) / w)), 0, kBins - 1);
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("%1\n%2x – %3x: %4 %")
                                   .arg(name, l.toString(lo + b * w, 'f', 2),
                                        l.toString(lo + (b + 1) * w, 'f', 2),
                                        l.toString(n > 0 ? 100.0 * count[std::size_t(b)] / n : 0.0, 'f', 1)));
        });
        return area;
    };
    QAreaSeries *hedged = makeArea(m_hedged, tr("Hedged"), risk::hedgedColor());
    QAreaSeries *unhedged = makeArea(m_unhedged, tr("Unhedged"), risk::unhedgedColor());
    chart->addSeries(unhedged);
    chart->addSeries(hedged);
    ymax = ymax > 0 ? ymax * 1.1 : 1;
    auto vline = [&](double x, const QString &name, const QPen &pen) {
        auto *s = new QLineSeries;
        s->setName(name);
        s->append(x, 0), s->append(x, ymax);
        s->setPen(pen);
        chart->addSeries(s);
        return s;
    };
    QLineSeries *lines[] = {
        vline(cov.lockupDscr, tr("Lock-up %1").arg(multiple(cov.lockupDscr, m_locale)),
              QPen(QColor(200, 110, 0), 1.5, Qt::DashLine)),
        vline(cov.defaultDscr, tr("Default %1").arg(multiple(cov.defaultDscr, m_locale)),
              QPen(QColor(176, 0, 32), 1.5, Qt::DashLine)),
        vline(1.0, multiple(1.0, m_locale), QPen(Qt::darkGray, 1.2, Qt::DotLine)),
    };
    auto *x = new QValueAxis;
    x->setTitleText(tr("Min DSCR (x)"));
    x->setRange(lo, hi);
    x->setLabelFormat(QStringLiteral("%.1f"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0.0);
    x->setTickInterval(hi - lo > 2.0 ? 0.5 : hi - lo > 0.8 ? 0.2 : 0.1);
    auto *y = new QValueAxis;
    y->setTitleText(tr("% of paths"));
    y->setRange(0, ymax);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    for (QLineSeries *s : lines)
        s->replace(1, QPointF(s->at(1).x(), y->max()));
    m_histView->setToolTip(tr("Paths below or above the range are counted in the end bins"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAreaSeries *a : {unhedged, hedged})
        a->attachAxis(x), a->attachAxis(y);
    for (QLineSeries *s : lines)
        s->attachAxis(x), s->attachAxis(y);
}

} // namespace gds::ui
