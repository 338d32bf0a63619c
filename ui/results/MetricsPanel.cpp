#include "MetricsPanel.h"

#include "Format.h"
#include "HedgeExposure.h"
#include "IssueText.h"

#include <algorithm>
#include <cmath>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gds::ui {

namespace {

const QColor kStaleColor(140, 140, 140); // values of a result that no longer matches the deal

const gds::MetricField *fieldOf(const QString &key)
{
    for (const gds::MetricField &f : gds::metricFields())
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}
} // namespace

const QStringList &MetricsPanel::shownKeys()
{
    static const QStringList keys = {
        QStringLiteral("debt"), QStringLiteral("ltv"), QStringLiteral("gearing"), QStringLiteral("coverage"),
        QStringLiteral("margin"), QStringLiteral("min_dscr"), QStringLiteral("avg_dscr"),
        QStringLiteral("llcr"), QStringLiteral("lender_yield"), QStringLiteral("wacc"),
        QStringLiteral("equity_irr"), QStringLiteral("project_irr"), QStringLiteral("npv"),
        QStringLiteral("lcoc"), QStringLiteral("spot_headroom"), QStringLiteral("payback_months"),
        QStringLiteral("lockup_breaches"), QStringLiteral("default_breaches"),
        // (v2) shown for version-2 deals only
        QStringLiteral("debt_prepaid"), QStringLiteral("max_trapped"), QStringLiteral("ltv_breaches"),
        QStringLiteral("peak_ltv"), QStringLiteral("debt_repaid_period"), QStringLiteral("terminal_value"),
        QStringLiteral("terminal_tax")};
    return keys;
}

bool MetricsPanel::isV2Key(const QString &key)
{
    return shownKeys().indexOf(key) >= shownKeys().indexOf(QStringLiteral("debt_prepaid"));
}

MetricsPanel::MetricsPanel(QWidget *parent)
    : QWidget(parent), m_state(new QLabel(this)), m_baselineLabel(new QLabel(this)),
      m_downside(new QLabel(this)), m_hedge(new QLabel(this)), m_warnings(new QLabel(this)),
      m_table(new QTableWidget(this)), m_su(new QTableWidget(this))
{
    setObjectName(QStringLiteral("metricsPanel"));
    m_state->setObjectName(QStringLiteral("metricsState"));
    m_state->setWordWrap(true);
    m_baselineLabel->setObjectName(QStringLiteral("metricsBaseline"));
    m_baselineLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_baselineLabel->setWordWrap(true);
    m_hedge->setObjectName(QStringLiteral("metricsHedgeExposure"));
    m_hedge->setWordWrap(true);
    m_hedge->hide();
    m_table->setObjectName(QStringLiteral("metricsTable"));
    m_su->setObjectName(QStringLiteral("sourcesUsesTable"));
    for (QTableWidget *t : {m_table, m_su}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->hide();
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
        t->setSelectionMode(QAbstractItemView::ContiguousSelection);
        t->setWordWrap(false);
        t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Value"), tr("Δ saved")});
    m_table->setRowCount(int(shownKeys().size()));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_su->setColumnCount(2);
    m_su->setHorizontalHeaderLabels({tr("Sources and uses"), tr("Amount")});
    m_su->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_su->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_su->setRowCount(9);
    const int suHeight =
        m_su->horizontalHeader()->sizeHint().height() + 9 * m_su->verticalHeader()->defaultSectionSize() + 4;
    m_su->setFixedHeight(suHeight);
    m_su->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_newer = new QWidget(this);
    m_newer->setObjectName(QStringLiteral("newerVersion"));
    m_newer->setStyleSheet(QStringLiteral("#newerVersion { background:#e3f0ff; border:1px solid #8db4e2; }"));
    auto *newerLayout = new QHBoxLayout(m_newer);
    newerLayout->setContentsMargins(4, 3, 4, 3);
    m_newerText = new QLabel(m_newer);
    m_newerText->setObjectName(QStringLiteral("newerVersionText"));
    m_newerText->setWordWrap(true);
    newerLayout->addWidget(m_newerText, 1);
    auto *reload = new QPushButton(tr("&Reload"), m_newer);
    reload->setObjectName(QStringLiteral("reloadNewerVersion"));
    reload->setToolTip(
        tr("Open the newest version; your unsaved edits are kept on top of it (undo drops them)"));
    connect(reload, &QPushButton::clicked, this, &MetricsPanel::reloadRequested);
    newerLayout->addWidget(reload);
    m_newer->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_newer);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hedge);
    m_warnings->setObjectName(QStringLiteral("metricsWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("background:#fff1c2; color:#7a4b00; padding:3px;"));
    m_warnings->hide();
    layout->addWidget(m_warnings);
    m_downside->setObjectName(QStringLiteral("metricsDownside"));
    m_downside->setWordWrap(true);
    m_downside->setToolTip(
        tr("Monte Carlo estimates (engine.md 8) recomputed in the background after every "
           "accepted edit, on a fixed seed, with their standard errors; the full run is in "
           "the Risk view"));
    layout->addWidget(m_downside);
    layout->addWidget(m_baselineLabel);
    layout->addWidget(m_su);
    setState(false, false, {});
    rebuild();
}

void MetricsPanel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    rebuild();
}

void MetricsPanel::setCurrencyDisplay(CurrencyDisplay display)
{
    if (display == m_display)
        return;
    m_display = display;
    rebuild();
}

void MetricsPanel::setResult(const gds::Result &result, const gds::Deal &deal)
{
    m_metrics = result.metrics;
    m_tranches = result.tranches;
    m_deal = deal;
    m_currency = QString::fromStdString(deal.currency);
    m_warningList = result.ok() ? result.warnings : gds::Issues{};
    if (result.ok()) {
        const HedgeExposure e = hedgeExposure(deal, result);
        const QString summary = hedgeExposureSummary(e, m_locale);
        const QString warning = overHedgeWarning(e, m_locale);
        m_hedge->setText(e.overHedged() ? QStringLiteral("⚠ ") + summary : summary);
        m_hedge->setToolTip(warning.isEmpty() ? hedgeRatioByYear(e, m_locale) : warning);
        m_hedge->setProperty("overHedged", e.overHedged());
        m_hedge->setStyleSheet(e.overHedged()
                                   ? QStringLiteral("background:#fff1c2; color:#7a4b00; padding:3px;")
                                   : QStringLiteral("padding:3px;"));
        m_hedge->setVisible(!summary.isEmpty());
    }
    rebuild();
}

void MetricsPanel::setDownside(const std::optional<gds::MonteCarloResult> &estimate, bool running)
{
    if (!estimate) {
        m_downside->setText(running ? tr("Downside estimate: computing…") : QString());
        return;
    }
    const gds::MonteCarloResult &r = *estimate;
    const QString p90 =
        r.minDscrP90
            ? tr("%1 ± %2").arg(formatValue(*r.minDscrP90, gds::Unit::Multiple, m_locale, {}),
                                formatValue(r.minDscrP90Se.value_or(0.0), gds::Unit::Multiple, m_locale, {}))
            : tr("n/a");
    const QString pd = tr("%1 ± %2").arg(formatValue(r.probDefault, gds::Unit::Percent, m_locale, {}),
                                         formatValue(r.probDefaultSe, gds::Unit::Percent, m_locale, {}));
    m_downside->setText(
        tr("Downside estimate (%n paths, fixed seed): P90 min DSCR ≈ %1, P(default) ≈ %2%3", nullptr, r.paths)
            .arg(p90, pd, running ? tr(" (updating…)") : QString()));
}

QString MetricsPanel::downsideText() const
{
    return m_downside->text();
}

void MetricsPanel::setBaseline(std::optional<gds::Metrics> baseline, const QString &label)
{
    m_baseline = std::move(baseline);
    m_baselineLabel->setText(m_baseline ? tr("Δ against %1").arg(label) : tr("Δ: no saved version yet"));
    rebuild();
}

void MetricsPanel::setState(bool stale, bool busy, const QString &message)
{
    const bool changed = stale != m_stale || busy != m_busy || message != m_message;
    if (!changed && !m_state->text().isEmpty())
        return; // restyling a widget is expensive: only when the state changes
    m_stale = stale;
    m_busy = busy;
    m_message = message;
    if (busy && m_message.isEmpty())
        m_state->setText(tr("Computing…"));
    else if (stale)
        m_state->setText(tr("<b>STALE</b> – last valid results shown. %1").arg(message.toHtmlEscaped()));
    else
        m_state->setText(tr("Live: every accepted edit recomputes the deal"));
    m_state->setProperty("stale", stale);
    m_state->setStyleSheet(stale ? QStringLiteral("background:#fff1c2; color:#7a4b00; padding:3px;")
                                 : QStringLiteral("color:#1b6e20; padding:3px;"));
    if (changed)
        rebuild();
}

QString MetricsPanel::valueText(const QString &key) const
{
    const int row = int(shownKeys().indexOf(key));
    const QTableWidgetItem *i = row >= 0 ? m_table->item(row, 1) : nullptr;
    return i ? i->text() : QString();
}

QString MetricsPanel::deltaText(const QString &key) const
{
    const int row = int(shownKeys().indexOf(key));
    const QTableWidgetItem *i = row >= 0 ? m_table->item(row, 2) : nullptr;
    return i ? i->text() : QString();
}

// One cell of the metrics table: created on first use, then changed only where it differs (every setter
// signals the view, and this runs on every keystroke); grey and italic while the results are stale.
void MetricsPanel::setCell(int row, int col, const QString &text, const QString &tip, const QColor &color)
{
    QTableWidgetItem *item = m_table->item(row, col);
    if (!item) {
        item = new QTableWidgetItem;
        item->setTextAlignment(col == 0 ? (Qt::AlignLeft | Qt::AlignVCenter)
                                        : (Qt::AlignRight | Qt::AlignVCenter));
        m_table->setItem(row, col, item);
    }
    if (item->text() != text)
        item->setText(text);
    if (item->toolTip() != tip)
        item->setToolTip(tip);
    const QColor fg = m_stale ? kStaleColor : color.isValid() ? color : palette().color(QPalette::Text);
    if (item->foreground().color() != fg)
        item->setForeground(fg);
    if (item->font().italic() != m_stale) {
        QFont font = item->font();
        font.setItalic(m_stale);
        item->setFont(font);
    }
}

void MetricsPanel::rebuild()
{
    QStringList warnings;
    for (const gds::Issue &w : m_warningList)
        warnings << QStringLiteral("⚠ ") + warningText(w, m_deal, m_locale);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());

    const QStringList &keys = shownKeys();
    const bool v2 = gds::usesV2(m_deal);
    const int trancheRows = m_deal.debt.tranches.empty() ? 0 : int(m_tranches.size());
    if (m_table->rowCount() != int(keys.size()) + trancheRows)
        m_table->setRowCount(int(keys.size()) + trancheRows);
    for (int row = 0; row < keys.size(); ++row) {
        const gds::MetricField *f = fieldOf(keys[row]);
        if (!f)
            continue;
        const bool hidden = isV2Key(keys[row]) && !v2;
        if (m_table->isRowHidden(row) != hidden)
            m_table->setRowHidden(row, hidden);
        QString label = metricLabel(keys[row]);
        QString tip;
        const std::optional<double> v = m_metrics ? f->get(*m_metrics) : std::nullopt;
        QString text = m_metrics ? formatValue(v, f->unit, m_locale, m_currency, true, m_display) : QString();
        QColor valueColor;
        if (m_metrics) {
            const gds::Metrics &m = *m_metrics;
            const gds::Covenants &cov = m_deal.debt.covenants;
            if (keys[row] == QLatin1String("margin") && m.marginStep >= 0)
                text = tr("%1 (step %2)", "margin (step of the margin grid)")
                           .arg(text, QString::number(m.marginStep + 1));
            if (keys[row] == QLatin1String("min_dscr") || keys[row] == QLatin1String("avg_dscr")) {
                tip = tr("Covenants: lock-up %1x, default %2x")
                          .arg(m_locale.toString(cov.lockupDscr, 'f', 2),
                               m_locale.toString(cov.defaultDscr, 'f', 2));
                label = tr("%1 (cov. %2x)", "metric (lock-up covenant)")
                            .arg(label, m_locale.toString(cov.lockupDscr, 'f', 2));
                if (v)
                    valueColor = *v < cov.defaultDscr  ? QColor(176, 0, 32)
                                 : *v < cov.lockupDscr ? QColor(200, 110, 0)
                                                       : QColor(27, 110, 32);
            }
            if (keys[row] == QLatin1String("lcoc") && !m_deal.offtake.empty()) {
                double lo = m_deal.offtake.front().pricePerGpuHour, hi = lo;
                for (const gds::OfftakeContract &c : m_deal.offtake)
                    lo = std::min(lo, c.pricePerGpuHour), hi = std::max(hi, c.pricePerGpuHour);
                // Two decimals, as contract prices are quoted ("$2.10–2.45", "EUR 2.10").
                QString range = currencyPrefix(m_currency, m_display) + m_locale.toString(lo, 'f', 2);
                if (lo != hi)
                    range += QStringLiteral("–") + m_locale.toString(hi, 'f', 2);
                label = tr("%1 vs %2", "LCOC vs the contract prices").arg(label, range);
                tip = tr("Levelized cost of compute per sellable GPU-hour, against the contract prices %1")
                          .arg(range);
                if (v)
                    valueColor = *v <= lo ? QColor(27, 110, 32) : QColor(176, 0, 32);
            }
            if ((keys[row] == QLatin1String("lockup_breaches") ||
                 keys[row] == QLatin1String("default_breaches")) &&
                v)
                valueColor = *v > 0 ? QColor(176, 0, 32) : QColor(27, 110, 32);
            if (keys[row] == QLatin1String("spot_headroom") && v && *v >= 1.0 - 1e-9) {
                // The stress test covers falls of the whole curve up to 100 %: say so, not "may fall 100 %".
                text = tr("above the whole range");
                tip = tr("The min DSCR stays above 1.00x even with the spot price curve at zero: every "
                         "fall tested (up to 100 %) is covered");
            }
            if (keys[row] == QLatin1String("payback_months") && v)
                text = tr("%1 months").arg(m_locale.toString(*v, 'f', 0));
            if (keys[row] == QLatin1String("debt_repaid_period"))
                text = v ? periodText(m_deal, int(*v), m_locale) : tr("not within the model");
            if (keys[row] == QLatin1String("ltv_breaches") && v)
                valueColor = *v > 0 ? QColor(176, 0, 32) : QColor(27, 110, 32);
            if (keys[row] == QLatin1String("peak_ltv") && v && cov.maxLtv) {
                label = tr("%1 (cov. %2)", "metric (maintenance LTV covenant)")
                            .arg(label, formatValue(*cov.maxLtv, gds::Unit::Percent, m_locale, {}));
                valueColor = *v > *cov.maxLtv ? QColor(176, 0, 32) : QColor(27, 110, 32);
            }
        }
        QString delta;
        QColor deltaColor;
        if (m_metrics && m_baseline) {
            const std::optional<double> b = f->get(*m_baseline);
            if (v && b && !std::isnan(*v) && !std::isnan(*b)) {
                const double d = *v - *b;
                if (std::abs(d) > 1e-9 * std::max(1.0, std::abs(*b))) {
                    // One sign format for every unit ("+$2.05 m", "−0.05x", "−1.20 pp"): the sign
                    // before the currency, the magnitude as the value column shows it.
                    const QString sign = d > 0 ? QStringLiteral("+") : QStringLiteral("−");
                    const QString magnitude =
                        f->unit == gds::Unit::Percent
                            ? tr("%1 pp", "a difference in percentage points")
                                  .arg(m_locale.toString(std::abs(d) * 100.0, 'f', 2))
                            : formatValue(std::abs(d), f->unit, m_locale, m_currency, true, m_display);
                    // A change that rounds to nothing on screen is no change: no "−0.00 pp" in red.
                    static const QRegularExpression nonZero(QStringLiteral("[1-9]"));
                    if (magnitude.contains(nonZero)) {
                        delta = sign + magnitude;
                        const int sense = (d > 0 ? 1 : -1) * f->better;
                        deltaColor = sense > 0   ? QColor(27, 110, 32)
                                     : sense < 0 ? QColor(176, 0, 32)
                                                 : QColor();
                    }
                }
            } else if (v.has_value() != b.has_value()) {
                delta = tr("n/a");
            }
        }
        setCell(row, 0, label, tip, {});
        setCell(row, 1, text, tip, valueColor);
        setCell(row, 2, delta, tip, deltaColor);
    }
    // (v2) Each tranche: its amount and its lender yield.
    for (int t = 0; t < trancheRows; ++t) {
        const gds::TrancheResult &tranche = m_tranches[std::size_t(t)];
        const int row = int(keys.size()) + t;
        const QString label = tr("Tranche %1 (%2)", "tranche name (share)")
                                  .arg(QString::fromStdString(tranche.name),
                                       formatValue(tranche.share, gds::Unit::Percent, m_locale, {}));
        const QString text =
            m_metrics ? tr("%1 at %2", "tranche amount at its lender yield")
                            .arg(formatValue(tranche.amount, gds::Unit::Money, m_locale, m_currency, true,
                                             m_display),
                                 formatValue(tranche.lenderYield, gds::Unit::Percent, m_locale, {}))
                      : QString();
        const QString tip = tr("Amount and lender all-in yield of the tranche");
        setCell(row, 0, label, tip, {});
        setCell(row, 1, text, tip, {});
        setCell(row, 2, QString(), tip, {});
    }

    // Sources and uses
    struct Line {
        QString label;
        std::optional<double> value;
        bool total;
    };
    const gds::Metrics m = m_metrics.value_or(gds::Metrics{});
    const bool has = m_metrics.has_value();
    auto val = [&](double x) { return has ? std::optional<double>(x) : std::nullopt; };
    const std::vector<Line> lines = {
        {tr("Uses: capex"), val(m.totalCapex), false},
        {tr("Uses: capitalized interest"), val(m.idc), false},
        {tr("Uses: fees"), val(m.upfrontFee + m.commitmentFees), false},
        {tr("Uses: initial DSRA"), val(m.dsraInitial), false},
        {tr("Total uses"), val(m.totalUses), true},
        {tr("Sources: senior debt"), val(m.debt), false},
        {tr("Sources: equity"), val(m.equity), false},
        {tr("Total sources"), val(m.debt + m.equity), true},
        {tr("Debt share of sources"), has && m.gearing ? m.gearing : std::nullopt, false},
    };
    for (int row = 0; row < int(lines.size()); ++row) {
        const Line &l = lines[std::size_t(row)];
        const bool pct = row == int(lines.size()) - 1;
        for (int col = 0; col < 2; ++col) {
            QTableWidgetItem *item = m_su->item(row, col);
            if (!item) {
                item = new QTableWidgetItem;
                m_su->setItem(row, col, item);
            }
            // One scale down the column: millions with two decimals ("$0.95 m", not "$954.0 k").
            const QString text =
                col == 0   ? l.label
                : pct      ? formatValue(l.value, gds::Unit::Percent, m_locale, m_currency, true, m_display)
                : !l.value ? QStringLiteral("–")
                           : tr("%1%2 m", "currency symbol, amount in millions")
                                 .arg(currencyPrefix(m_currency, m_display),
                                      m_locale.toString(*l.value / 1e6, 'f', 2));
            if (item->text() != text)
                item->setText(text);
            item->setTextAlignment(col == 0 ? (Qt::AlignLeft | Qt::AlignVCenter)
                                            : (Qt::AlignRight | Qt::AlignVCenter));
            if (item->font().bold() != l.total || item->font().italic() != m_stale) {
                QFont font = item->font();
                font.setBold(l.total);
                font.setItalic(m_stale);
                item->setFont(font);
            }
            const QColor fg = m_stale ? kStaleColor : palette().color(QPalette::Text);
            if (item->foreground().color() != fg)
                item->setForeground(fg);
        }
    }
}

void MetricsPanel::setNewerVersion(const QString &text)
{
    m_newerText->setText(text);
    m_newer->setVisible(!text.isEmpty());
}

QString MetricsPanel::newerVersionText() const
{
    return m_newer->isHidden() ? QString() : m_newerText->text();
}

} // namespace gds::ui
