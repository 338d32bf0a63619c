#include "ChartsView.h"

#include "ChartAxes.h"
#include "ChartExport.h"
#include "Format.h"
#include "model/Enums.h"

#include <cmath>
#include <map>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

namespace gds::ui {

namespace {

QString money(double v, const QLocale &l, const QString &currency, CurrencyDisplay display)
{
    return formatValue(v, gds::Unit::Money, l, currency, true, display);
}

// The deal's currency as the charts show it: "$", "€", "£" or the ISO code (by the preference).
QString symbolOf(const gds::Deal &deal, CurrencyDisplay display)
{
    return currencyText(QString::fromStdString(deal.currency), display);
}

double msOf(const gds::Deal &deal, int p)
{
    // A period's flows happen at its end: plot them at the 1st of the next month (close: the start).
    return double(QDateTime(periodMonth(deal, p).addMonths(p == 0 ? 0 : 1), QTime(0, 0)).toMSecsSinceEpoch());
}

// Ticks on 1 January (four-digit years) from the close to the last period end.
QCategoryAxis *timeAxis(const gds::Deal &deal, int lastPeriod, const QLocale &locale)
{
    return calendarAxis(QDateTime::fromMSecsSinceEpoch(qint64(msOf(deal, 0))),
                        QDateTime::fromMSecsSinceEpoch(qint64(msOf(deal, std::max(lastPeriod, 0)))), locale);
}

// The lock-up and default DSCR levels as dashed lines across a chart of monthly bars (x from -0.5 to
// `xEnd`), drawn alike on the lender's chart and the cash waterfall.
void covenantLevels(QLineSeries *lockup, QLineSeries *deflt, const gds::Covenants &cov, double xEnd)
{
    lockup->append(-0.5, cov.lockupDscr), lockup->append(xEnd, cov.lockupDscr);
    deflt->append(-0.5, cov.defaultDscr), deflt->append(xEnd, cov.defaultDscr);
    QPen pen(QColor(200, 110, 0), 1.5, Qt::DashLine);
    lockup->setPen(pen);
    pen.setColor(QColor(176, 0, 32));
    deflt->setPen(pen);
}

// The series' data point nearest to `pt` along x (`pt` itself for an empty series).
QPointF nearestPoint(const QXYSeries &s, const QPointF &pt)
{
    QPointF best = pt;
    double dist = INFINITY;
    for (const QPointF &q : s.points())
        if (std::abs(q.x() - pt.x()) < dist)
            dist = std::abs(q.x() - pt.x()), best = q;
    return best;
}

void hoverLine(QXYSeries *s, const gds::Deal &deal, const QLocale &locale, CurrencyDisplay display,
               bool money_, double scale)
{
    QObject::connect(
        s, &QLineSeries::hovered, s, [s, deal, locale, display, money_, scale](const QPointF &pt, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const QPointF best = nearestPoint(*s, pt);
            const QDate date = QDateTime::fromMSecsSinceEpoch(qint64(best.x())).date().addMonths(-1);
            const QString value =
                money_ ? money(best.y() * scale, locale, QString::fromStdString(deal.currency), display)
                       : locale.toString(best.y(), 'f', 2) + QLatin1Char('x');
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("%1\n%2: %3")
                                   .arg(locale.toString(date, QStringLiteral("MMM yyyy")), s->name(), value));
        });
}

void hoverBars(QBarSet *set, const QStringList &categories, const QLocale &locale, const QString &currency,
               CurrencyDisplay display, double scale)
{
    QObject::connect(set, &QBarSet::hovered, set,
                     [set, categories, locale, currency, display, scale](bool on, int index) {
                         if (!on) {
                             QToolTip::hideText();
                             return;
                         }
                         QToolTip::showText(
                             QCursor::pos(),
                             QStringLiteral("%1\n%2: %3")
                                 .arg(index < categories.size() ? categories[index] : QString(), set->label(),
                                      money(set->at(index) * scale, locale, currency, display)));
                     });
}

// Hover on a series whose x is a monthly bar's index: the month and the value as `text` writes it.
template <class Text> void hoverIndexed(QXYSeries *s, const QStringList &categories, Text text)
{
    QObject::connect(s, &QXYSeries::hovered, s, [s, categories, text](const QPointF &pt, bool on) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const QPointF best = nearestPoint(*s, pt);
        const auto k = qsizetype(std::lround(best.x()));
        QToolTip::showText(
            QCursor::pos(),
            QStringLiteral("%1\n%2: %3")
                .arg(k >= 0 && k < categories.size() ? categories[k] : QString(), s->name(), text(best.y())));
    });
}

// The waterfall's test dates (engine.md 5.1 step 3): the tenor periods with (p - C) mod test_months = 0
// and the tenor's last period, while the loan lives (a positive balance at the start of the period).
std::vector<int> testDates(const gds::Deal &deal, const gds::PeriodTable &t)
{
    std::vector<int> out;
    if (!deal.debt.waterfall || deal.debt.waterfall->testMonths <= 0)
        return out;
    const int c = deal.constructionMonths, last = std::min(c + deal.debt.tenorMonths, t.n);
    for (int p = c + 1; p <= last && p < t.size(); ++p) {
        if (!(t.balance[std::size_t(p - 1)] > 0.0))
            break;
        if ((p - c) % deal.debt.waterfall->testMonths == 0 || p == last)
            out.push_back(p);
    }
    return out;
}

// A chart that has nothing to show: its title is the note (the chart title is HTML: lines break at <br>).
// A fresh chart replaces the view's (an emptied QChart keeps drawing its last axes), the old one is
// deleted.
QChart *noteChart(QChartView *view, const QString &note)
{
    QChart *old = view->chart();
    auto *chart = new QChart;
    chart->setMargins(old->margins());
    chart->setLocalizeNumbers(true);
    chart->setLocale(old->locale());
    chart->setBackgroundBrush(old->backgroundBrush());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setTitle(note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    view->setChart(chart);
    delete old;
    return chart;
}

void resetChart(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a), delete a;
    chart->setTitle(title);
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
}

} // namespace

ChartsView::ChartsView(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("chartsView"));
    const QStringList titles = {tr("Capex"),  tr("Sources && uses"), tr("Revenue"),   tr("Debt && DSCR"),
                                tr("Equity"), tr("Cash waterfall"),  tr("Collateral")};
    const QStringList names = {QStringLiteral("capexChart"),     QStringLiteral("sourcesUsesChart"),
                               QStringLiteral("revenueChart"),   QStringLiteral("debtChart"),
                               QStringLiteral("equityChart"),    QStringLiteral("waterfallChart"),
                               QStringLiteral("collateralChart")};
    for (int i = 0; i < ChartCount; ++i) {
        auto *chart = new QChart;
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setLocalizeNumbers(true); // axis labels in the locale (1,50 in German), not printf's C locale
        chart->setLocale(m_locale);
        auto *view = new QChartView(chart, this);
        view->setObjectName(names[i]);
        view->setRenderHint(QPainter::Antialiasing);
        m_views[std::size_t(i)] = view;
        addTab(view, titles[i]);
        m_dirty[std::size_t(i)] = true;
    }
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportChartButton"));
    exportButton->setText(tr("Export chart…"));
    exportButton->setToolTip(tr("Save the visible chart as PNG or SVG"));
    connect(exportButton, &QToolButton::clicked, this, &ChartsView::exportCurrent);
    setCornerWidget(exportButton, Qt::TopRightCorner);
    connect(this, &QTabWidget::currentChanged, this, [this](int i) {
        if (i >= 0 && m_dirty[std::size_t(i)])
            updateChart(i);
    });
}

void ChartsView::setResult(const gds::Result &result, const gds::Deal &deal)
{
    m_result = result;
    m_deal = deal;
    m_has = true;
    m_dirty.fill(true);
    // Redraw once the event loop is back (after the metrics are painted); a burst of keystrokes
    // redraws once.
    if (isVisible() && !m_pending) {
        m_pending = true;
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            if (isVisible() && currentIndex() >= 0 && m_dirty[std::size_t(currentIndex())])
                updateChart(currentIndex());
        });
    }
}

void ChartsView::setCurrencyDisplay(CurrencyDisplay display)
{
    if (display == m_display)
        return;
    m_display = display;
    m_dirty.fill(true);
    if (isVisible() && currentIndex() >= 0)
        updateChart(currentIndex());
}

void ChartsView::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    for (QChartView *v : m_views)
        v->chart()->setBackgroundBrush(stale ? QColor(245, 240, 225) : QColor(Qt::white));
}

void ChartsView::showEvent(QShowEvent *event)
{
    QTabWidget::showEvent(event);
    if (currentIndex() >= 0 && m_dirty[std::size_t(currentIndex())])
        updateChart(currentIndex());
}

void ChartsView::updateChart(int i)
{
    if (!m_has || i < 0 || i >= ChartCount)
        return;
    QChart *chart = m_views[std::size_t(i)]->chart();
    switch (i) {
    case CapexChart:
        buildCapex(chart);
        break;
    case SourcesUsesChart:
        buildSourcesUses(chart);
        break;
    case RevenueChart:
        buildRevenue(chart);
        break;
    case DebtChart:
        buildDebt(chart);
        break;
    case EquityChart:
        buildEquity(chart);
        break;
    case WaterfallChart:
        buildWaterfall(chart);
        break;
    case CollateralChart:
        buildCollateral(chart);
        break;
    default:
        break;
    }
    m_dirty[std::size_t(i)] = false;
}

void ChartsView::buildCapex(QChart *chart)
{
    resetChart(chart, tr("Capex by category (%1 m)", "currency symbol").arg(symbolOf(m_deal, m_display)));
    std::map<int, double> byCategory;
    double total = 0;
    for (const gds::CapexItem &c : m_deal.capex) {
        byCategory[int(c.category)] += c.cost();
        total += c.cost();
    }
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.35);
    for (const auto &[cat, amount] : byCategory) {
        const QString label = categoryLabel(gds::CapexCategory(cat));
        QPieSlice *slice = pie->append(label, amount / 1e6);
        slice->setLabel(QStringLiteral("%1 %2 %").arg(
            label, m_locale.toString(total > 0 ? amount / total * 100 : 0, 'f', 1)));
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelVisible(total > 0 && amount / total >= 0.08); // small ones: legend and hover
        const QLocale l = m_locale;
        const QString currency = QString::fromStdString(m_deal.currency);
        const CurrencyDisplay display = m_display;
        const double value = amount; // clang 14 cannot capture a structured binding
        connect(slice, &QPieSlice::hovered, slice, [slice, label, value, l, currency, display](bool on) {
            slice->setExploded(on);
            if (on)
                QToolTip::showText(QCursor::pos(),
                                   QStringLiteral("%1: %2").arg(label, money(value, l, currency, display)));
            else
                QToolTip::hideText();
        });
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void ChartsView::buildSourcesUses(QChart *chart)
{
    resetChart(chart, tr("Sources and uses (%1 m)", "currency symbol").arg(symbolOf(m_deal, m_display)));
    const gds::Metrics &m = m_result.metrics;
    const QStringList categories = {tr("Uses"), tr("Sources")};
    auto *series = new QStackedBarSeries;
    auto add = [&](const QString &label, double uses, double sources) {
        auto *set = new QBarSet(label);
        *set << uses / 1e6 << sources / 1e6;
        hoverBars(set, categories, m_locale, QString::fromStdString(m_deal.currency), m_display, 1e6);
        series->append(set);
    };
    add(tr("Capex"), m.totalCapex, 0);
    add(tr("Capitalized interest"), m.idc, 0);
    add(tr("Fees"), m.upfrontFee + m.commitmentFees, 0);
    add(tr("Initial DSRA"), m.dsraInitial, 0);
    add(tr("Senior debt"), 0, m.debt);
    add(tr("Equity"), 0, m.equity);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setTitleText(tr("%1 m", "axis title: currency symbol, millions").arg(symbolOf(m_deal, m_display)));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    roundTicks(y, 0.0, std::max(m.totalUses, m.debt + m.equity) / 1e6);
}

void ChartsView::buildRevenue(QChart *chart)
{
    resetChart(chart,
               tr("Revenue stack by quarter (%1 m)", "currency symbol").arg(symbolOf(m_deal, m_display)));
    const gds::PeriodTable &t = m_result.periods;
    QStringList categories;
    std::vector<double> contracted, merchant, hedge;
    int lastKey = -1;
    for (int p = 1; p < t.size(); ++p) {
        const int key = t.year[std::size_t(p)] * 4 + (t.month[std::size_t(p)] - 1) / 3;
        if (key != lastKey) {
            categories << tr("Q%1 %2", "quarter, year")
                              .arg((t.month[std::size_t(p)] - 1) / 3 + 1)
                              .arg(t.year[std::size_t(p)]);
            contracted.push_back(0), merchant.push_back(0), hedge.push_back(0);
            lastKey = key;
        }
        contracted.back() += t.contractRevenue[std::size_t(p)] / 1e6;
        merchant.back() += t.merchantRevenue[std::size_t(p)] / 1e6;
        hedge.back() += t.hedge[std::size_t(p)] / 1e6;
    }
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.85);
    auto add = [&](const QString &label, const std::vector<double> &v, QColor color) {
        auto *set = new QBarSet(label);
        for (double x : v)
            *set << x;
        set->setColor(color);
        set->setBorderColor(color);
        hoverBars(set, categories, m_locale, QString::fromStdString(m_deal.currency), m_display, 1e6);
        series->append(set);
    };
    add(tr("Contracted"), contracted, QColor(31, 119, 180));
    add(tr("Merchant"), merchant, QColor(255, 160, 60));
    add(tr("Hedge settlements"), hedge, QColor(44, 160, 44));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-90);
    auto *y = new QValueAxis;
    y->setTitleText(tr("%1 m", "axis title: currency symbol, millions").arg(symbolOf(m_deal, m_display)));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    double lo = 0, hi = 0;
    for (std::size_t q = 0; q < contracted.size(); ++q) {
        const double pos =
            std::max(contracted[q], 0.0) + std::max(merchant[q], 0.0) + std::max(hedge[q], 0.0);
        const double neg =
            std::min(contracted[q], 0.0) + std::min(merchant[q], 0.0) + std::min(hedge[q], 0.0);
        hi = std::max(hi, pos), lo = std::min(lo, neg);
    }
    roundTicks(y, lo, hi);
}

void ChartsView::buildDebt(QChart *chart)
{
    // The lender's chart: CFADS as bars against the debt service, by quarter, on the money axis; the
    // DSCR (the lowest month of each quarter) and the covenant levels on a second axis.
    resetChart(chart, tr("CFADS, debt service and DSCR by quarter (%1 m)", "currency symbol")
                          .arg(symbolOf(m_deal, m_display)));
    const gds::PeriodTable &t = m_result.periods;
    QStringList categories;
    std::vector<double> cfads, service, dscrLow;
    int lastKey = -1;
    for (int p = 1; p < t.size(); ++p) {
        const auto i = std::size_t(p);
        const int key = t.year[i] * 4 + (t.month[i] - 1) / 3;
        if (key != lastKey) {
            categories << tr("Q%1 %2", "quarter, year").arg((t.month[i] - 1) / 3 + 1).arg(t.year[i]);
            cfads.push_back(0), service.push_back(0), dscrLow.push_back(gds::kNull);
            lastKey = key;
        }
        cfads.back() += t.cfads[i] / 1e6;
        service.back() += t.debtService[i] / 1e6;
        if (!gds::isNull(t.dscr[i]) && (gds::isNull(dscrLow.back()) || t.dscr[i] < dscrLow.back()))
            dscrLow.back() = t.dscr[i];
    }
    auto *bars = new QBarSeries;
    bars->setBarWidth(0.8);
    auto *cfadsSet = new QBarSet(tr("CFADS"));
    auto *serviceSet = new QBarSet(tr("Debt service"));
    cfadsSet->setColor(QColor(31, 119, 180));
    serviceSet->setColor(QColor(170, 170, 170));
    double moneyLo = 0, moneyHi = 0;
    for (std::size_t q = 0; q < cfads.size(); ++q) {
        *cfadsSet << cfads[q];
        *serviceSet << service[q];
        moneyLo = std::min({moneyLo, cfads[q], service[q]});
        moneyHi = std::max({moneyHi, cfads[q], service[q]});
    }
    for (QBarSet *set : {cfadsSet, serviceSet}) {
        hoverBars(set, categories, m_locale, QString::fromStdString(m_deal.currency), m_display, 1e6);
        bars->append(set);
    }
    chart->addSeries(bars);
    const gds::Covenants &cov = m_deal.debt.covenants;
    auto *dscr = new QLineSeries;
    dscr->setName(tr("DSCR, lowest month (right)"));
    auto *lockup = new QLineSeries;
    lockup->setName(tr("Lock-up %1x").arg(m_locale.toString(cov.lockupDscr, 'f', 2)));
    auto *deflt = new QLineSeries;
    deflt->setName(tr("Default %1x").arg(m_locale.toString(cov.defaultDscr, 'f', 2)));
    double dscrHi = std::max(cov.lockupDscr, cov.defaultDscr);
    for (std::size_t q = 0; q < dscrLow.size(); ++q)
        if (!gds::isNull(dscrLow[q])) {
            dscr->append(double(q), dscrLow[q]);
            dscrHi = std::max(dscrHi, std::min(dscrLow[q], 10.0));
        }
    const double qEnd = double(std::max<std::size_t>(categories.size(), 1)) - 0.5;
    covenantLevels(lockup, deflt, cov, qEnd);
    dscr->setPen(QPen(QColor(44, 160, 44), 2.5));
    dscr->setPointsVisible(true);
    for (QLineSeries *s : {dscr, lockup, deflt})
        chart->addSeries(s);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-90);
    auto *yl = new QValueAxis;
    yl->setTitleText(tr("%1 m", "axis title: currency symbol, millions").arg(symbolOf(m_deal, m_display)));
    roundTicks(yl, moneyLo, moneyHi * 1.05);
    auto *yr = new QValueAxis;
    yr->setTitleText(tr("DSCR (x)"));
    roundTicks(yr, 0.0, dscrHi * 1.1);
    // The line series share the bars' quarters: x = the quarter's index on a hidden value axis.
    auto *xi = new QValueAxis;
    xi->setRange(-0.5, qEnd);
    xi->setVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(xi, Qt::AlignBottom);
    chart->addAxis(yl, Qt::AlignLeft);
    chart->addAxis(yr, Qt::AlignRight);
    bars->attachAxis(x), bars->attachAxis(yl);
    for (QLineSeries *s : {dscr, lockup, deflt}) {
        s->attachAxis(xi), s->attachAxis(yr);
    }
    hoverLine(dscr, m_deal, m_locale, m_display, false, 1);
}

void ChartsView::buildEquity(QChart *chart)
{
    resetChart(
        chart,
        tr("Equity cash flow and cumulative (%1 m)", "currency symbol").arg(symbolOf(m_deal, m_display)));
    const gds::PeriodTable &t = m_result.periods;
    auto *flow = new QLineSeries;
    flow->setName(tr("Equity cash flow"));
    auto *cum = new QLineSeries;
    cum->setName(tr("Cumulative"));
    double sum = 0, lo = 0, hi = 0;
    for (int p = 0; p < t.size(); ++p) {
        const double x = msOf(m_deal, p);
        sum += t.equityFlow[std::size_t(p)];
        flow->append(x, t.equityFlow[std::size_t(p)] / 1e6);
        cum->append(x, sum / 1e6);
        lo = std::min({lo, sum / 1e6, t.equityFlow[std::size_t(p)] / 1e6});
        hi = std::max({hi, sum / 1e6, t.equityFlow[std::size_t(p)] / 1e6});
    }
    flow->setPen(QPen(QColor(255, 140, 40), 1.5));
    auto *zero = new QLineSeries;
    zero->setName(tr("Zero"));
    zero->append(msOf(m_deal, 0), 0), zero->append(msOf(m_deal, std::max(0, t.size() - 1)), 0);
    zero->setPen(QPen(Qt::gray, 1, Qt::DotLine));
    cum->setPen(QPen(QColor(31, 119, 180), 2.5));
    for (QLineSeries *s : {flow, cum, zero})
        chart->addSeries(s);
    auto *x = timeAxis(m_deal, t.size() - 1, m_locale);
    auto *y = new QValueAxis;
    y->setTitleText(tr("%1 m", "axis title: currency symbol, millions").arg(symbolOf(m_deal, m_display)));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {flow, cum, zero}) {
        s->attachAxis(x), s->attachAxis(y);
    }
    roundTicks(y, lo, hi > lo ? hi : lo + 1);
    hoverLine(flow, m_deal, m_locale, m_display, true, 1e6);
    hoverLine(cum, m_deal, m_locale, m_display, true, 1e6);
    chart->legend()->markers(zero).front()->setVisible(false);
}

void ChartsView::buildWaterfall(QChart *chart)
{
    // Where each operating month's CFADS goes, from the engine's lines (engine.md 5.1): CFADS = debt
    // service + reserve movement + prepayments + change of the distribution account (held until the
    // next test) + change of the lock-up account (trapped) + distributions - equity support.
    const QString sym = symbolOf(m_deal, m_display);
    if (!m_deal.debt.waterfall) {
        Q_UNUSED(chart);
        noteChart(m_views[WaterfallChart],
                  tr("This deal has no cash waterfall: each month's cash after debt service goes to "
                     "the equity.\nTurn the cash waterfall on in the Financing section to see the "
                     "lock-up, the sweeps and the trapped cash here."));
        return;
    }
    resetChart(chart, tr("Cash waterfall by month: where CFADS goes (%1 m)", "currency symbol").arg(sym));
    chart->legend()->setAlignment(Qt::AlignRight);
    const gds::PeriodTable &t = m_result.periods;
    const int first = std::max(1, m_deal.constructionMonths + 1), last = t.n;
    if (first > last)
        return;
    QStringList categories;
    QList<QDate> months;
    for (int p = first; p <= last; ++p) {
        months << periodMonth(m_deal, p);
        categories << m_locale.toString(months.back(), QStringLiteral("MMM yyyy"));
    }
    const auto n = std::size_t(last - first + 1);
    std::vector<double> pos(n, 0.0), neg(n, 0.0);
    const std::vector<double> cfads(t.cfads.begin() + first, t.cfads.begin() + last + 1);
    const auto delta = [&t](const std::vector<double> gds::PeriodTable::*line) {
        return [&t, line](std::size_t p) { return (t.*line)[p] - (t.*line)[p - 1]; };
    };
    const auto of = [&t](const std::vector<double> gds::PeriodTable::*line, double sign = 1.0) {
        return [&t, line, sign](std::size_t p) { return sign * (t.*line)[p]; };
    };
    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.9);
    const QString currency = QString::fromStdString(m_deal.currency);
    const auto add = [&](const char *key, const QString &label, QColor color, auto value) {
        auto *set = new QBarSet(label);
        set->setObjectName(QLatin1String(key));
        for (std::size_t k = 0; k < n; ++k) {
            const double v = value(std::size_t(first) + k) / 1e6;
            *set << v;
            (v >= 0 ? pos[k] : neg[k]) += v;
        }
        set->setColor(color);
        set->setBorderColor(color);
        const QLocale l = m_locale;
        const CurrencyDisplay display = m_display;
        connect(set, &QBarSet::hovered, set,
                [set, categories, cfads, l, currency, display](bool on, int index) {
                    if (!on) {
                        QToolTip::hideText();
                        return;
                    }
                    const bool in = index >= 0 && index < categories.size();
                    QToolTip::showText(
                        QCursor::pos(),
                        QStringLiteral("%1\n%2: %3\n%4: %5")
                            .arg(in ? categories[index] : QString(), set->label(),
                                 money(set->at(index) * 1e6, l, currency, display), tr("CFADS"),
                                 money(in ? cfads[std::size_t(index)] : 0.0, l, currency, display)));
                });
        bars->append(set);
    };
    add("debt_service", tr("Debt service"), QColor(96, 96, 96), of(&gds::PeriodTable::debtService));
    add("reserve", tr("Reserve (DSRA)"), QColor(148, 103, 189), delta(&gds::PeriodTable::dsra));
    add("prepay", tr("Prepaid (cure, sweeps)"), QColor(214, 39, 40), of(&gds::PeriodTable::prepay));
    add("held", tr("Held to next test"), QColor(158, 202, 225), delta(&gds::PeriodTable::cashAccount));
    add("trapped", tr("Trapped (lock-up)"), QColor(255, 127, 14), delta(&gds::PeriodTable::lockupAccount));
    add("distribution", tr("Distributed"), QColor(44, 160, 44), of(&gds::PeriodTable::distribution));
    add("support", tr("Equity support"), QColor(140, 86, 75), of(&gds::PeriodTable::support, -1.0));
    chart->addSeries(bars);
    // Lines of the waterfall that never move (no support, no lock-up yet) stay out of the legend.
    for (QBarSet *set : bars->barSets()) {
        bool zero = true;
        for (qsizetype k = 0; k < set->count() && zero; ++k)
            zero = set->at(k) == 0.0;
        if (zero)
            chart->legend()->markers(bars).at(bars->barSets().indexOf(set))->setVisible(false);
    }

    // The second axis: the historic DSCR on the test dates against the lock-up and default levels.
    const gds::Covenants &cov = m_deal.debt.covenants;
    const std::vector<int> tests = testDates(m_deal, t);
    auto *hist = new QLineSeries;
    hist->setObjectName(QStringLiteral("hist_dscr"));
    hist->setName(tr("Historic DSCR (right)"));
    auto *marks = new QScatterSeries;
    marks->setObjectName(QStringLiteral("test_dates"));
    marks->setName(tr("Test date"));
    double dscrHi = std::max(cov.lockupDscr, cov.defaultDscr);
    for (int p : tests) {
        const double x = double(p - first);
        marks->append(x, 0.0);
        if (const double h = t.histDscr[std::size_t(p)]; !gds::isNull(h)) {
            hist->append(x, h);
            dscrHi = std::max(dscrHi, std::min(h, 10.0));
        }
    }
    auto *lockup = new QLineSeries;
    lockup->setObjectName(QStringLiteral("lockup_level"));
    lockup->setName(m_deal.debt.waterfall->lockup
                        ? tr("Lock-up %1x").arg(m_locale.toString(cov.lockupDscr, 'f', 2))
                        : tr("Lock-up %1x (off)").arg(m_locale.toString(cov.lockupDscr, 'f', 2)));
    auto *deflt = new QLineSeries;
    deflt->setObjectName(QStringLiteral("default_level"));
    deflt->setName(tr("Default %1x").arg(m_locale.toString(cov.defaultDscr, 'f', 2)));
    const double xEnd = double(n) - 0.5;
    covenantLevels(lockup, deflt, cov, xEnd);
    hist->setPen(QPen(QColor(31, 119, 180), 2.5));
    hist->setPointsVisible(true);
    marks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    marks->setMarkerSize(9);
    marks->setColor(QColor(31, 119, 180));
    marks->setBorderColor(QColor(31, 119, 180));
    const QList<QXYSeries *> lines = {hist, lockup, deflt, marks};
    for (QXYSeries *s : lines)
        chart->addSeries(s);

    auto *xBars = new QBarCategoryAxis;
    xBars->append(categories);
    xBars->setVisible(false);
    QCategoryAxis *x = monthIndexAxis(months, m_locale);
    auto *yl = new QValueAxis;
    yl->setTitleText(tr("%1 m", "axis title: currency symbol, millions").arg(sym));
    double lo = 0, hi = 0;
    for (std::size_t k = 0; k < n; ++k)
        lo = std::min(lo, neg[k]), hi = std::max(hi, pos[k]);
    roundTicks(yl, lo, hi * 1.05);
    auto *yr = new QValueAxis;
    yr->setTitleText(tr("DSCR (x)"));
    roundTicks(yr, 0.0, dscrHi * 1.1);
    chart->addAxis(xBars, Qt::AlignBottom);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(yl, Qt::AlignLeft);
    chart->addAxis(yr, Qt::AlignRight);
    bars->attachAxis(xBars), bars->attachAxis(yl);
    for (QXYSeries *s : lines)
        s->attachAxis(x), s->attachAxis(yr);
    const QLocale l = m_locale;
    const auto multiple = [l](double v) { return l.toString(v, 'f', 2) + QLatin1Char('x'); };
    hoverIndexed(hist, categories, multiple);
    hoverIndexed(marks, categories, [](double) { return QString(); });
}

void ChartsView::buildCollateral(QChart *chart)
{
    // The lender's security: the GPUs' market value (engine.md 5.2) against the loan, and the largest
    // balance the maintenance LTV allows (limit x value); the test dates the balance stayed above it
    // after the cure (LTV breaches) are marked.
    const QString sym = symbolOf(m_deal, m_display);
    if (!m_deal.collateral) {
        Q_UNUSED(chart);
        noteChart(m_views[CollateralChart],
                  tr("This deal values no collateral.\nTurn the collateral on in the Financing section "
                     "to compare the GPUs' market value with the loan and its maintenance LTV."));
        return;
    }
    resetChart(chart, tr("Collateral value against the loan (%1 m)", "currency symbol").arg(sym));
    const gds::PeriodTable &t = m_result.periods;
    const int first = std::min(m_deal.constructionMonths, t.n), last = t.n;
    const std::optional<double> limit = m_deal.debt.covenants.maxLtv;
    auto *value = new QLineSeries;
    value->setObjectName(QStringLiteral("collateral_value"));
    value->setName(tr("Collateral market value"));
    auto *balance = new QLineSeries;
    balance->setObjectName(QStringLiteral("balance"));
    balance->setName(tr("Loan balance"));
    auto *allowed = new QLineSeries;
    allowed->setObjectName(QStringLiteral("max_balance"));
    auto *breaches = new QScatterSeries;
    breaches->setObjectName(QStringLiteral("ltv_breaches"));
    double hi = 0;
    for (int p = first; p <= last; ++p) {
        const auto i = std::size_t(p);
        const double x = msOf(m_deal, p);
        value->append(x, t.collateralValue[i] / 1e6);
        balance->append(x, t.balance[i] / 1e6);
        hi = std::max({hi, t.collateralValue[i] / 1e6, t.balance[i] / 1e6});
        if (limit)
            allowed->append(x, *limit * t.collateralValue[i] / 1e6);
    }
    int breachCount = 0;
    if (limit)
        for (int p : testDates(m_deal, t)) {
            const auto i = std::size_t(p);
            const double cap = *limit * t.collateralValue[i];
            if (t.balance[i] > cap + 1e-6 * std::max(1.0, cap)) {
                breaches->append(msOf(m_deal, p), t.balance[i] / 1e6);
                ++breachCount;
            }
        }
    allowed->setName(limit ? tr("Maximum loan: LTV limit %1 x collateral value")
                                 .arg(m_locale.toString(*limit * 100, 'f', 0) + QStringLiteral(" %"))
                           : tr("No maintenance LTV covenant"));
    breaches->setName(tr("LTV breach on a test date (%n)", "", breachCount));
    value->setPen(QPen(QColor(44, 160, 44), 2.5));
    balance->setPen(QPen(QColor(31, 119, 180), 2.5));
    allowed->setPen(QPen(QColor(176, 0, 32), 1.5, Qt::DashLine));
    breaches->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    breaches->setMarkerSize(11);
    breaches->setColor(QColor(176, 0, 32));
    breaches->setBorderColor(Qt::white);
    const QList<QXYSeries *> lines = {value, balance, allowed, breaches};
    for (QXYSeries *s : lines)
        chart->addSeries(s);
    QCategoryAxis *x = calendarAxis(QDateTime::fromMSecsSinceEpoch(qint64(msOf(m_deal, first))),
                                    QDateTime::fromMSecsSinceEpoch(qint64(msOf(m_deal, last))), m_locale);
    auto *y = new QValueAxis;
    y->setTitleText(tr("%1 m", "axis title: currency symbol, millions").arg(sym));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries *s : lines) {
        s->attachAxis(x), s->attachAxis(y);
        hoverLine(s, m_deal, m_locale, m_display, true, 1e6);
    }
    roundTicks(y, 0.0, hi > 0 ? hi * 1.05 : 1.0);
    if (!limit)
        chart->legend()->markers(allowed).front()->setVisible(false);
    if (breachCount == 0)
        chart->legend()->markers(breaches).front()->setVisible(false);
}

bool ChartsView::exportChart(int chart, const QString &path, QString *error, QSize size)
{
    if (chart < 0 || chart >= ChartCount) {
        if (error)
            *error = tr("no such chart");
        return false;
    }
    if (m_dirty[std::size_t(chart)])
        updateChart(chart);
    QChartView *view = m_views[std::size_t(chart)];
    if (!size.isValid())
        size = view->size().width() > 100 ? view->size() : QSize(900, 560);
    if (view->size() != size && !view->isVisible())
        view->resize(size);
    return writeChartView(view, path, size, tabText(chart), error);
}

void ChartsView::exportCurrent()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), tabText(currentIndex()).remove(QLatin1Char('&')) + QStringLiteral(".png"),
        tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportChart(currentIndex(), path, &error))
        emit statusMessage(tr("Chart saved to %1").arg(path));
    else
        emit statusMessage(error);
}

} // namespace gds::ui
