#include "TornadoPanel.h"

#include "DealDocument.h"
#include "engine/Engine.h"
#include "Format.h"
#include "HedgeExposure.h"
#include "model/Validation.h"
#include "RiskCommon.h"

#include <cmath>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace gds::ui {

namespace {

QString shockLabel(gds::ShockKind kind)
{
    switch (kind) {
    case gds::ShockKind::SpotPrice:
        return TornadoPanel::tr("Spot price");
    case gds::ShockKind::Capex:
        return TornadoPanel::tr("Capex");
    case gds::ShockKind::PowerPrice:
        return TornadoPanel::tr("Power price");
    case gds::ShockKind::Availability:
        return TornadoPanel::tr("Availability");
    case gds::ShockKind::Utilization:
        return TornadoPanel::tr("Merchant utilization");
    case gds::ShockKind::BaseRate:
        return TornadoPanel::tr("Base rate");
    case gds::ShockKind::ContractPrice:
        return TornadoPanel::tr("Contract price");
    }
    return {};
}

QString shockLabel(const gds::Shock &s)
{
    if (s.credit)
        return *s.credit == gds::CreditShockKind::DefaultProbability
                   ? TornadoPanel::tr("Default probability")
                   : TornadoPanel::tr("Default correlation");
    return shockLabel(s.kind);
}

// (v2) Monte Carlo metrics are shown for a deal with a credit block, or when one is the metric.
bool needsMonteCarlo(const gds::Deal &deal, gds::TornadoMetric metric)
{
    return deal.credit || metric == gds::TornadoMetric::P90MinDscr ||
           metric == gds::TornadoMetric::ProbDefault;
}

// (v2) The shocks with the credit shocks of a deal with a credit block (engine.md 8), without them
// otherwise; the other shocks keep their ranges and order.
std::vector<gds::Shock> withCreditShocks(std::vector<gds::Shock> shocks, const gds::Deal &deal)
{
    const bool has =
        std::any_of(shocks.begin(), shocks.end(), [](const gds::Shock &s) { return s.credit.has_value(); });
    if (deal.credit && !has) {
        for (const gds::Shock &s : gds::defaultShocks(deal))
            if (s.credit)
                shocks.push_back(s);
    } else if (!deal.credit && has) {
        std::erase_if(shocks, [](const gds::Shock &s) { return s.credit.has_value(); });
    }
    return shocks;
}

} // namespace

double TornadoPanel::displayScale(const gds::Shock &shock)
{
    return shock.credit ? 100.0 : displayScale(shock.kind);
}

QString TornadoPanel::displayUnit(const gds::Shock &shock)
{
    if (shock.credit)
        return gds::isRelative(shock) ? tr("%") : tr("points");
    return displayUnit(shock.kind);
}

double TornadoPanel::displayScale(gds::ShockKind kind)
{
    return kind == gds::ShockKind::BaseRate ? 10000.0 : 100.0;
}

QString TornadoPanel::displayUnit(gds::ShockKind kind)
{
    if (kind == gds::ShockKind::BaseRate)
        return tr("bp");
    return gds::isRelative(kind) ? tr("%") : tr("points");
}

TornadoPanel::TornadoPanel(DealDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("tornadoPanel"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("tornadoShocks"));
    m_table->setHorizontalHeaderLabels({tr("Input"), tr("Low"), tr("High"), tr("Unit")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(InputColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(LowColumn, 64);
    m_table->setColumnWidth(HighColumn, 64);
    m_table->setMinimumWidth(280);
    m_table->setMaximumWidth(QWIDGETSIZE_MAX); // below the chart, the pane's width
    m_table->setToolTip(tr("Edit the ends of each shock; untick an input to leave it out. Relative shocks in "
                           "%, availability and utilization in points, the base rate in basis points."));

    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("tornadoMetric"));
    m_metric->addItem(tr("Min DSCR"), int(gds::TornadoMetric::MinDscr));
    m_metric->addItem(tr("Equity IRR"), int(gds::TornadoMetric::EquityIrr));
    m_metric->addItem(tr("Debt"), int(gds::TornadoMetric::Debt));
    m_metric->addItem(tr("P90 min DSCR (Monte Carlo)"), int(gds::TornadoMetric::P90MinDscr));
    m_metric->addItem(tr("P(default) (Monte Carlo)"), int(gds::TornadoMetric::ProbDefault));
    m_auto = new QCheckBox(tr("Update with the deal"), this);
    m_auto->setObjectName(QStringLiteral("tornadoAuto"));
    m_auto->setChecked(true);
    m_recompute = new QPushButton(tr("Recompute"), this);
    m_recompute->setObjectName(QStringLiteral("tornadoRecompute"));
    auto *reset = new QPushButton(tr("Default ranges"), this);
    reset->setObjectName(QStringLiteral("tornadoReset"));
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("tornadoExport"));
    exportButton->setText(tr("Export chart…"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tornadoStatus"));
    m_status->setWordWrap(true);
    m_view = risk::makeChartView(QStringLiteral("tornadoChart"), this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Metric"), this));
    bar->addWidget(m_metric);
    bar->addWidget(m_auto);
    bar->addWidget(m_recompute);
    bar->addWidget(reset);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    // The chart over the ranges, each the pane's full width: the inputs' names beside the bars stay
    // whole at 1366x768 (the panel scrolls when the pane is low).
    m_view->setMinimumHeight(320);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6 +
                              m_table->horizontalHeader()->sizeHint().height());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    m_shocks = gds::defaultShocks(m_doc->deal());
    m_enabled.assign(m_shocks.size(), true);
    fillTable();

    connect(m_table, &QTableWidget::cellChanged, this, &TornadoPanel::onItemChanged);
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_bars.empty() && m_barsMetric != tornadoMetric() && !m_watcher.isRunning())
            recompute(); // gds::tornado sorts by the metric shown
    });
    connect(m_recompute, &QPushButton::clicked, this, &TornadoPanel::recompute);
    connect(reset, &QPushButton::clicked, this, &TornadoPanel::resetRanges);
    connect(exportButton, &QToolButton::clicked, this, [this] {
        const QString m = risk::exportChartInteractive(m_view, this, tr("Tornado"));
        if (!m.isEmpty())
            emit statusMessage(m);
    });
    connect(m_debounce, &QTimer::timeout, this, &TornadoPanel::recompute);
    connect(m_doc, &DealDocument::dealChanged, this, &TornadoPanel::onDealChanged);
    connect(&m_watcher, &QFutureWatcher<std::vector<gds::TornadoBar>>::finished, this,
            &TornadoPanel::onFinished);
}

TornadoPanel::~TornadoPanel()
{
    m_watcher.waitForFinished();
}

gds::TornadoMetric TornadoPanel::tornadoMetric() const
{
    return gds::TornadoMetric(m_metric->currentData().toInt());
}

void TornadoPanel::setTornadoMetric(gds::TornadoMetric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

void TornadoPanel::setAutoUpdate(bool on)
{
    m_auto->setChecked(on);
}

std::vector<gds::Shock> TornadoPanel::activeShocks() const
{
    std::vector<gds::Shock> out;
    for (std::size_t i = 0; i < m_shocks.size(); ++i)
        if (m_enabled[i])
            out.push_back(m_shocks[i]);
    return out;
}

void TornadoPanel::setShocks(const std::vector<gds::Shock> &shocks)
{
    m_shocks = shocks;
    m_enabled.assign(m_shocks.size(), true);
    fillTable();
    onDealChanged();
}

void TornadoPanel::resetRanges()
{
    setShocks(gds::defaultShocks(m_doc->deal()));
}

void TornadoPanel::fillTable()
{
    m_filling = true;
    m_table->setRowCount(int(m_shocks.size()));
    for (std::size_t i = 0; i < m_shocks.size(); ++i) {
        const gds::Shock &s = m_shocks[i];
        const int r = int(i);
        auto *name = new QTableWidgetItem(shockLabel(s));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        name->setCheckState(m_enabled[i] ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(r, InputColumn, name);
        const double scale = displayScale(s);
        for (int c : {LowColumn, HighColumn}) {
            const double v = (c == LowColumn ? s.low : s.high) * scale;
            auto *item =
                new QTableWidgetItem(m_locale.toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 2));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        auto *unit = new QTableWidgetItem(displayUnit(s));
        unit->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(r, UnitColumn, unit);
    }
    m_filling = false;
}

void TornadoPanel::onItemChanged(int row, int column)
{
    if (m_filling || row < 0 || row >= int(m_shocks.size()))
        return;
    gds::Shock &s = m_shocks[std::size_t(row)];
    if (column == InputColumn) {
        m_enabled[std::size_t(row)] = m_table->item(row, column)->checkState() == Qt::Checked;
        onDealChanged();
        return;
    }
    if (column != LowColumn && column != HighColumn)
        return;
    const std::optional<double> v = parseNumber(m_table->item(row, column)->text(), m_locale);
    if (!v || !std::isfinite(*v)) {
        m_status->setText(tr("%1: “%2” is not a number; the range is unchanged.")
                              .arg(shockLabel(s), m_table->item(row, column)->text()));
        fillTable();
        return;
    }
    (column == LowColumn ? s.low : s.high) = *v / displayScale(s);
    fillTable();
    onDealChanged();
}

void TornadoPanel::onDealChanged()
{
    // (v2) The credit shocks come and go with the deal's credit block.
    if (std::vector<gds::Shock> synced = withCreditShocks(m_shocks, m_doc->deal());
        synced.size() != m_shocks.size()) {
        std::vector<bool> enabled;
        for (const gds::Shock &shock : synced) {
            bool on = true;
            for (std::size_t i = 0; i < m_shocks.size(); ++i)
                if (m_shocks[i].key == shock.key)
                    on = m_enabled[i];
            enabled.push_back(on);
        }
        m_shocks = std::move(synced);
        m_enabled = std::move(enabled);
        fillTable();
    }
    m_dirty = true;
    if (m_auto->isChecked() && isVisible())
        m_debounce->start();
}

void TornadoPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty && m_auto->isChecked())
        m_debounce->start(0);
}

void TornadoPanel::recompute()
{
    m_debounce->stop();
    if (m_watcher.isRunning()) {
        m_again = true; // the newest deal wins once the running job ends
        return;
    }
    m_dirty = false;
    const gds::Deal deal = m_doc->deal();
    const gds::Issues issues = gds::validate(deal);
    if (!issues.empty()) {
        m_status->setText(tr("The deal is not valid; the tornado shown is for the last valid deal: %1")
                              .arg(issueText(issues.front())));
        risk::setChartOutdated(m_view->chart(), true);
        return;
    }
    m_runDeal = deal;
    m_runMetric = tornadoMetric();
    const std::vector<gds::Shock> shocks = activeShocks();
    const gds::TornadoMetric sortBy = m_runMetric;
    m_status->setText(tr("Computing %1 shocked deals…").arg(2 * shocks.size()));
    std::optional<gds::TornadoMonteCarlo> mc; // (v2) 2,000 paths, seed 1 at every end
    if (needsMonteCarlo(deal, sortBy))
        mc = gds::TornadoMonteCarlo{};
    m_watcher.setFuture(
        QtConcurrent::run([deal, shocks, sortBy, mc] { return gds::tornado(deal, shocks, sortBy, mc); }));
}

void TornadoPanel::onFinished()
{
    m_bars = m_watcher.result();
    m_barsDeal = m_runDeal;
    m_barsMetric = m_runMetric;
    if (m_again || m_barsMetric != tornadoMetric()) {
        m_again = false;
        QTimer::singleShot(0, this, &TornadoPanel::recompute);
    }
    risk::setChartOutdated(m_view->chart(), !(m_barsDeal == m_doc->deal()));
    buildChart();
    int notComputable = 0;
    for (const gds::TornadoBar &b : m_bars)
        notComputable += int(!b.low.computable) + int(!b.high.computable);
    QString status = m_bars.empty() ? tr("No input is selected.")
                     : notComputable > 0
                         ? tr("Each end is a full recompute of the deal with one input shocked. %n end(s) "
                              "cannot be computed (hover the bar for why).",
                              nullptr, notComputable)
                         : tr("Each end is a full recompute of the deal with one input shocked.");
    // Why the spot bar may point the "wrong" way: hedges larger than the merchant volume.
    if (const gds::Result base = gds::compute(m_barsDeal); base.ok()) {
        const HedgeExposure e = hedgeExposure(m_barsDeal, base);
        if (e.netShort())
            status +=
                QLatin1Char(' ') +
                tr("The hedges exceed the expected merchant volume (hedge ratio up to %1): the deal is net "
                   "short the index, so a lower spot price raises CFADS and the DSCR.")
                    .arg(e.peakRatio ? locale().toString(*e.peakRatio * 100.0, 'f', 0) + QStringLiteral(" %")
                                     : QStringLiteral("–"));
    }
    m_status->setText(status);
    emit computed();
}

QString TornadoPanel::endText(const gds::Shock &s, double amount) const
{
    const double v = amount * displayScale(s);
    const QString unit = displayUnit(s);
    return (v > 0 ? QStringLiteral("+") : QString()) +
           m_locale.toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1) +
           (unit == QLatin1String("%") ? QStringLiteral(" %") : QLatin1Char(' ') + unit);
}

void TornadoPanel::setCurrencyDisplay(CurrencyDisplay display)
{
    if (display == m_display)
        return;
    m_display = display;
    if (!m_bars.empty())
        buildChart();
}

void TornadoPanel::buildChart()
{
    QChart *chart = m_view->chart();
    const gds::TornadoMetric met = m_barsMetric;
    const QString currency = QString::fromStdString(m_barsDeal.currency);
    const std::optional<double> base =
        m_bars.empty() ? std::nullopt : gds::tornadoValue(m_bars.front().base, met);
    const bool percent = met == gds::TornadoMetric::EquityIrr || met == gds::TornadoMetric::ProbDefault;
    const double scale = met == gds::TornadoMetric::Debt ? 1e-6 : percent ? 100.0 : 1.0;
    auto valueText = [&](std::optional<double> v) {
        return formatValue(v,
                           met == gds::TornadoMetric::Debt ? gds::Unit::Money
                           : percent                       ? gds::Unit::Percent
                                                           : gds::Unit::Multiple,
                           m_locale, currency, true, m_display);
    };
    const QString metricName = m_metric->itemText(m_metric->findData(int(met)));
    const QString deltaUnit = met == gds::TornadoMetric::Debt
                                  ? tr("%1 m").arg(currencyText(currency, m_display))
                              : percent ? tr("points")
                                        : tr("x");
    risk::resetChart(chart, tr("%1: change from the base case (%2)").arg(metricName, valueText(base)));
    m_lowSet = new QBarSet(tr("Low end"));
    m_highSet = new QBarSet(tr("High end"));
    m_lowSet->setColor(QColor(31, 119, 180));
    m_highSet->setColor(QColor(255, 150, 50));
    QStringList categories;
    std::vector<gds::TornadoBar> shown(m_bars.rbegin(), m_bars.rend()); // widest on top
    double extent = 0;
    for (const gds::TornadoBar &b : shown) {
        QString label =
            tr("%1 (%2 / %3)", "input shocked (low end / high end)")
                .arg(shockLabel(b.shock), endText(b.shock, b.shock.low), endText(b.shock, b.shock.high));
        if (!b.low.computable || !b.high.computable)
            label += QStringLiteral(" ⚠");
        // Duplicate labels would merge categories.
        while (categories.contains(label))
            label += QLatin1Char(' ');
        categories << label;
        for (const auto &[set, point] : {std::pair{m_lowSet, &b.low}, std::pair{m_highSet, &b.high}}) {
            const std::optional<double> v = gds::tornadoValue(*point, met);
            const double d = v && base ? (*v - *base) * scale : 0.0;
            set->append(d);
            extent = std::max(extent, std::abs(d));
        }
    }
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.8);
    series->append(m_lowSet);
    series->append(m_highSet);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setTitleText(tr("Change in %1 (%2)").arg(metricName, deltaUnit));
    x->setRange(-(extent > 0 ? extent * 1.1 : 1), extent > 0 ? extent * 1.1 : 1);
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    for (QBarSet *set : {m_lowSet, m_highSet}) {
        const bool low = set == m_lowSet;
        connect(set, &QBarSet::hovered, set, [this, shown, low, met, valueText, base](bool on, int i) {
            if (!on || i < 0 || i >= int(shown.size())) {
                QToolTip::hideText();
                return;
            }
            const gds::TornadoBar &b = shown[std::size_t(i)];
            const gds::TornadoPoint &p = low ? b.low : b.high;
            QString text =
                shockLabel(b.shock) + QLatin1Char(' ') + endText(b.shock, p.amount) + QLatin1Char('\n');
            if (!p.computable)
                text += tr("not computable: %1").arg(p.problem ? issueText(*p.problem) : QString());
            else
                text += tr("%1 (base %2)").arg(valueText(gds::tornadoValue(p, met)), valueText(base));
            if (b.note != gds::TornadoNote::None)
                text += QLatin1Char('\n') + tornadoNoteText(b.note);
            QToolTip::showText(QCursor::pos(), text);
        });
    }
}

QString TornadoPanel::issueText(const gds::Issue &issue) const
{
    return m_namer ? m_namer(issue) : issueTextWithoutEditor(issue, m_doc->deal(), m_locale);
}

} // namespace gds::ui
