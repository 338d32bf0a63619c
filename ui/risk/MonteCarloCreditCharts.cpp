// The Monte Carlo panel's v2 charts (engine.md 8): when offtakers default and when the first test
// fails (a lock-up test or an LTV cure) (share of paths per month, with and without hedges), and with
// index-linked collateral the collateral fan: the path's collateral value (P10-P90, P50) against the loan's
// balance (P50, P90) and the maintenance LTV line (max_ltv x the median value).
#include "Format.h"
#include "MonteCarloPanel.h"
#include "RiskCommon.h"

#include <algorithm>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace gds::ui {

void MonteCarloPanel::buildTiming()
{
    QChart *chart = m_timingView->chart();
    risk::resetChart(chart, tr("When offtakers default and the first test fails, % of paths"));
    double ymax = 0.0;
    std::vector<QLineSeries *> series;
    auto add = [&](const std::vector<int> &counts, int paths, const QString &name, const QPen &pen) {
        auto *s = new QLineSeries;
        s->setName(name);
        for (std::size_t p = 1; p < counts.size(); ++p) {
            const double share = paths > 0 ? 100.0 * counts[p] / paths : 0.0;
            s->append(risk::periodX(m_deal, int(p)), share);
            ymax = std::max(ymax, share);
        }
        s->setPen(pen);
        chart->addSeries(s);
        series.push_back(s);
    };
    add(m_hedged.offtakerDefaultsByPeriod, m_hedged.paths, tr("Offtaker defaults"),
        QPen(QColor(176, 0, 32), 1.8));
    if (m_hedged.probLockup) {
        add(m_hedged.firstFailedTestByPeriod, m_hedged.paths,
            tr("First failed test (lock-up or LTV), hedged"), QPen(risk::hedgedColor(), 1.8));
        add(m_unhedged.firstFailedTestByPeriod, m_unhedged.paths,
            tr("First failed test (lock-up or LTV), unhedged"),
            QPen(risk::unhedgedColor(), 1.5, Qt::DashLine));
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yy"));
    x->setTickCount(5);
    auto *y = new QValueAxis;
    y->setTitleText(tr("% of paths"));
    y->setRange(0, ymax > 0 ? ymax * 1.1 : 1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : series)
        s->attachAxis(x), s->attachAxis(y);
}

void MonteCarloPanel::buildCollateralFan()
{
    const std::vector<gds::CollateralBand> &bands = m_hedged.collateral;
    m_collateralView->setVisible(!bands.empty());
    QChart *chart = m_collateralView->chart();
    risk::resetChart(chart, tr("Index-linked collateral against the loan"));
    if (bands.empty())
        return;
    auto *v10 = new QLineSeries, *v90 = new QLineSeries, *v50 = new QLineSeries;
    auto *b50 = new QLineSeries, *b90 = new QLineSeries, *ltv = new QLineSeries;
    v50->setName(tr("Collateral value P50"));
    b50->setName(tr("Balance P50"));
    b90->setName(tr("Balance P90"));
    double hi = 0.0;
    const double maxLtv = m_hedged.maxLtv.value_or(0.0);
    for (const gds::CollateralBand &b : bands) {
        const double xv = risk::periodX(m_deal, std::max(b.period, 1));
        v10->append(xv, b.valueP10 / 1e6), v90->append(xv, b.valueP90 / 1e6),
            v50->append(xv, b.valueP50 / 1e6);
        b50->append(xv, b.balanceP50 / 1e6), b90->append(xv, b.balanceP90 / 1e6);
        if (m_hedged.maxLtv)
            ltv->append(xv, maxLtv * b.valueP50 / 1e6);
        hi = std::max({hi, b.valueP90 / 1e6, b.balanceP90 / 1e6});
    }
    auto *band = new QAreaSeries(v90, v10);
    v90->setParent(band);
    v10->setParent(band);
    band->setName(tr("Collateral value P10–P90"));
    QColor fill(44, 160, 44);
    fill.setAlpha(60);
    band->setBrush(fill);
    band->setPen(QPen(fill.darker(), 0.5));
    v50->setPen(QPen(QColor(44, 160, 44), 2));
    b50->setPen(QPen(Qt::black, 2));
    b90->setPen(QPen(Qt::black, 1.2, Qt::DashLine));
    chart->addSeries(band);
    std::vector<QLineSeries *> lines{v50, b50, b90};
    if (m_hedged.maxLtv) {
        ltv->setName(
            tr("Max LTV %1 of the median value").arg(formatValue(maxLtv, gds::Unit::Percent, m_locale, {})));
        ltv->setPen(QPen(QColor(200, 110, 0), 1.5, Qt::DashDotLine));
        lines.push_back(ltv);
    } else {
        delete ltv;
    }
    for (QLineSeries *s : lines)
        chart->addSeries(s);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yy"));
    x->setTickCount(5);
    auto *y = new QValueAxis;
    y->setTitleText(tr("%1 millions").arg(currencyText(QString::fromStdString(m_deal.currency), m_display)));
    y->setRange(0, hi > 0 ? hi * 1.05 : 1);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    band->attachAxis(x), band->attachAxis(y);
    for (QLineSeries *s : lines)
        s->attachAxis(x), s->attachAxis(y);
}

} // namespace gds::ui
