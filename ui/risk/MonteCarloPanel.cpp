#include "MonteCarloPanel.h"

#include "DealDocument.h"
#include "engine/Engine.h"
#include "engine/GoalSeek.h"
#include "Format.h"
#include "model/Validation.h"
#include "RiskCommon.h"

#include <algorithm>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>
#include <QVBoxLayout>

namespace gds::ui {

namespace {

void storeMax(std::atomic<int> &a, int v)
{
    int cur = a.load();
    while (v > cur && !a.compare_exchange_weak(cur, v)) {
    }
}

QString multiple(double v, const QLocale &l)
{
    return formatValue(v, gds::Unit::Multiple, l, {});
}

} // namespace

MonteCarloPanel::MonteCarloPanel(DealDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("monteCarloPanel"));
    m_paths = new QSpinBox(this);
    m_paths->setObjectName(QStringLiteral("mcPaths"));
    m_paths->setRange(10, 1000000);
    m_paths->setSingleStep(1000);
    m_paths->setValue(10000);
    m_paths->setGroupSeparatorShown(true);
    m_paths->setToolTip(tr("Number of simulated paths of the spot index (each run)"));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("mcSeed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed gives the same numbers; both runs use the same random numbers"));
    m_holdDebt = new QCheckBox(tr("Same debt without hedges"), this);
    m_holdDebt->setObjectName(QStringLiteral("mcHoldDebt"));
    m_holdDebt->setChecked(true);
    m_holdDebt->setToolTip(tr("The run without hedges keeps the hedged deal's debt amount and schedule "
                              "basis, so both runs face the same loan; unchecked, the loan is resized "
                              "without the hedges"));
    m_defaults = new QCheckBox(tr("Offtaker defaults"), this);
    m_defaults->setObjectName(QStringLiteral("mcDefaults"));
    m_defaults->setChecked(true);
    m_defaults->setToolTip(
        tr("Offtakers default as the deal's credit block says (one-factor Gaussian copula by "
           "rating); unchecked, both runs leave them out, to show their effect"));
    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(QStringLiteral("mcRun"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("mcCancel"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("mcProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_status = new QLabel(tr("Press Run to simulate the spot index with and without the hedges."), this);
    m_status->setObjectName(QStringLiteral("mcStatus"));
    m_status->setWordWrap(true);

    m_fanView = risk::makeChartView(QStringLiteral("mcFanChart"), this);
    m_histView = risk::makeChartView(QStringLiteral("mcHistogram"), this);
    m_fanView->chart()->setTitle(tr("Spot index fan"));
    m_histView->chart()->setTitle(tr("Min DSCR distribution"));
    m_timingView = risk::makeChartView(QStringLiteral("mcTimingChart"), this);
    m_collateralView = risk::makeChartView(QStringLiteral("mcCollateralChart"), this);
    m_collateralView->hide(); // shown with index-linked collateral

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("mcExport"));
    exportButton->setText(tr("Export chart…"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Fan chart…"), this, [this] {
        const QString m = risk::exportChartInteractive(m_fanView, this, tr("Spot fan"));
        if (!m.isEmpty())
            emit statusMessage(m);
    });
    menu->addAction(tr("Min DSCR histogram…"), this, [this] {
        const QString m = risk::exportChartInteractive(m_histView, this, tr("Min DSCR histogram"));
        if (!m.isEmpty())
            emit statusMessage(m);
    });
    exportButton->setMenu(menu);

    m_table = new QTableWidget(RowCount, 2, this);
    m_table->setObjectName(QStringLiteral("mcTable"));
    m_table->setHorizontalHeaderLabels({tr("With hedges"), tr("Without hedges")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int r = 0; r < RowCount; ++r)
        for (int c = 0; c < 2; ++c) {
            auto *item = new QTableWidgetItem(QStringLiteral("–"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    // (v2) engine.md 8: offtaker defaults, lock-up, LTV cure, prepayments, beside the figures above.
    m_v2Table = new QTableWidget(V2RowCount, 2, this);
    m_v2Table->setObjectName(QStringLiteral("mcV2Table"));
    m_v2Table->setHorizontalHeaderLabels({tr("With hedges"), tr("Without hedges")});
    m_v2Table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Beside the main table, sized like it: its own column titles, no empty rows below the last.
    m_v2Table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_v2Table->horizontalHeader()->setMinimumSectionSize(120);
    m_v2Table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_v2Table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_v2Table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_v2Table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_v2Table->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    for (int r = 0; r < V2RowCount; ++r)
        for (int c = 0; c < 2; ++c) {
            auto *item = new QTableWidgetItem(QStringLiteral("–"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_v2Table->setItem(r, c, item);
        }
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Paths"), this));
    bar->addWidget(m_paths);
    bar->addWidget(new QLabel(tr("Seed"), this));
    bar->addWidget(m_seed);
    bar->addWidget(m_holdDebt);
    bar->addWidget(m_defaults);
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress, 1);
    bar->addWidget(exportButton);

    // The numbers first, their columns and row titles at full length; the two charts below, side by
    // side, tall enough for their legends and axis labels (the panel scrolls when the pane is low).
    m_table->setMinimumWidth(0);
    m_table->setMaximumWidth(QWIDGETSIZE_MAX);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(120);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    for (QChartView *v : {m_fanView, m_histView})
        v->setMinimumHeight(300);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_fanView);
    splitter->addWidget(m_histView);
    splitter->setChildrenCollapsible(false);

    // (v2) Below the charts: when offtakers default and tests fail, and the collateral fan (engine.md 8).
    auto *credit = new QSplitter(Qt::Horizontal, this);
    credit->addWidget(m_timingView);
    credit->addWidget(m_collateralView);
    credit->setChildrenCollapsible(false);
    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->addWidget(splitter);
    rows->addWidget(credit);
    rows->setStretchFactor(0, 3);
    rows->setStretchFactor(1, 2);
    rows->setChildrenCollapsible(false);

    // The base numbers and, beside them, the version-2 credit numbers.
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_table, 0, Qt::AlignTop);
    tables->addWidget(m_v2Table, 0, Qt::AlignTop);
    tables->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addLayout(tables);
    layout->addWidget(rows, 1);

    connect(m_run, &QPushButton::clicked, this, &MonteCarloPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &MonteCarloPanel::cancel);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &MonteCarloPanel::onFinished);
    connect(m_doc, &DealDocument::dealChanged, this, &MonteCarloPanel::onDealChanged);
    fillTable();
}

MonteCarloPanel::~MonteCarloPanel()
{
    if (m_job)
        m_job->cancel = true;
    m_watcher.waitForFinished();
}

void MonteCarloPanel::setPaths(int paths)
{
    m_paths->setValue(paths);
}

void MonteCarloPanel::setSeed(int seed)
{
    m_seed->setValue(seed);
}

void MonteCarloPanel::setHoldDebt(bool on)
{
    m_holdDebt->setChecked(on);
}

void MonteCarloPanel::setOfftakerDefaults(bool on)
{
    m_defaults->setChecked(on);
}

bool MonteCarloPanel::isRunning() const
{
    return m_watcher.isRunning() || m_job != nullptr;
}

gds::Deal MonteCarloPanel::unhedgedDeal(const gds::Deal &deal, const gds::Result &base, bool holdDebt)
{
    gds::Deal d = deal;
    if (holdDebt && deal.debt.sizing.mode == gds::Sizing::Mode::DscrLtv && base.ok() &&
        base.metrics.debt > 0) {
        gds::SeekRequest hold;
        hold.variable = gds::SeekVariable::DebtAmount;
        d = gds::applySeekValue(deal, hold, base.metrics.debt);
    }
    d.hedges.clear();
    return d;
}

void MonteCarloPanel::run()
{
    if (isRunning())
        return;
    const gds::Deal deal = m_doc->deal();
    const gds::Issues issues = gds::validate(deal);
    if (!issues.empty()) {
        m_status->setText(
            tr("The deal is not valid, nothing was simulated: %1").arg(issueText(issues.front())));
        emit finished();
        return;
    }
    auto job = std::make_shared<Progress>();
    m_job = job;
    m_runPaths = m_paths->value();
    const int paths = m_runPaths;
    const auto seed = std::uint64_t(m_seed->value());
    const bool holdDebt = m_holdDebt->isChecked();
    const bool defaults = m_defaults->isChecked();
    m_progress->setRange(0, 2 * paths);
    m_progress->setValue(0);
    m_status->setText(tr("Simulating %1 paths with hedges, then without…").arg(m_locale.toString(paths)));
    setRunning(true);

    auto post = [this, job] {
        if (!job->posted.exchange(true))
            QMetaObject::invokeMethod(
                this,
                [this, job] {
                    job->posted = false;
                    if (job == m_job)
                        onProgress();
                },
                Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([deal, paths, seed, holdDebt, defaults, job, post] {
        Outcome out;
        gds::MonteCarloOptions opt;
        opt.paths = paths;
        opt.seed = seed;
        opt.cancel = &job->cancel;
        opt.offtakerDefaults = defaults;
        opt.progress = [job, post](int done) {
            storeMax(job->hedged, done);
            post();
        };
        out.hedged = gds::runMonteCarlo(deal, opt);
        if (out.hedged.cancelled || !out.hedged.errors.empty())
            return out;
        out.base = out.hedged.base; // the base case the hedged paths ran against: not computed again
        opt.progress = [job, post](int done) {
            storeMax(job->unhedged, done);
            post();
        };
        out.unhedged = gds::runMonteCarlo(unhedgedDeal(deal, out.base, holdDebt), opt);
        return out;
    }));
    m_runDeal = deal;
}

void MonteCarloPanel::cancel()
{
    if (!m_job)
        return;
    m_job->cancel = true;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void MonteCarloPanel::onProgress()
{
    if (!m_job)
        return;
    m_progress->setValue(std::min(2 * m_runPaths, m_job->hedged.load() + m_job->unhedged.load()));
}

void MonteCarloPanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_paths->setEnabled(!running);
    m_seed->setEnabled(!running);
    m_holdDebt->setEnabled(!running);
    m_defaults->setEnabled(!running);
}

void MonteCarloPanel::onFinished()
{
    if (!m_job)
        return;
    const Outcome out = m_watcher.result();
    const int done = m_job->hedged.load() + m_job->unhedged.load();
    m_job.reset();
    setRunning(false);
    if (!out.errors.empty() || !out.hedged.errors.empty() || !out.unhedged.errors.empty()) {
        const gds::Issues &e = !out.errors.empty()          ? out.errors
                               : !out.hedged.errors.empty() ? out.hedged.errors
                                                            : out.unhedged.errors;
        m_status->setText(tr("The deal cannot be simulated: %1").arg(issueText(e.front())));
        m_progress->setValue(0);
        emit finished();
        return;
    }
    if (out.hedged.cancelled || out.unhedged.cancelled) {
        m_status->setText(m_has ? tr("Cancelled after %1 paths; the previous results are still shown.")
                                      .arg(m_locale.toString(done))
                                : tr("Cancelled after %1 paths.").arg(m_locale.toString(done)));
        m_progress->setValue(0);
        emit finished();
        return;
    }
    m_hedged = out.hedged;
    m_unhedged = out.unhedged;
    m_base = out.base;
    m_deal = m_runDeal;
    m_has = true;
    m_progress->setValue(m_progress->maximum());
    showResults();
    m_status->setText(
        tr("%1 paths, seed %2, with and without hedges on the same random numbers: %3 s.")
            .arg(m_locale.toString(m_hedged.paths), QString::number(m_hedged.seed),
                 m_locale.toString((m_hedged.elapsedMs + m_unhedged.elapsedMs) / 1000.0, 'f', 2)));
    applyOutdated(false);
    onDealChanged(); // edited while it ran
    emit finished();
}

void MonteCarloPanel::onDealChanged()
{
    if (!m_has || m_job)
        return;
    const bool outdated = !(m_doc->deal() == m_deal);
    if (outdated == m_outdated)
        return;
    applyOutdated(outdated);
    if (outdated)
        m_status->setText(tr("The deal has changed since this run: the results are outdated. Press Run "
                             "to simulate again."));
    else
        m_status->setText(tr("The results match the deal again."));
}

void MonteCarloPanel::applyOutdated(bool outdated)
{
    m_outdated = outdated;
    risk::setChartOutdated(m_fanView->chart(), outdated);
    risk::setChartOutdated(m_histView->chart(), outdated);
    risk::setChartOutdated(m_timingView->chart(), outdated);
    risk::setChartOutdated(m_collateralView->chart(), outdated);
    for (int r = 0; r < RowCount; ++r)
        for (int c = 0; c < 2; ++c)
            m_table->item(r, c)->setForeground(outdated ? QColor(Qt::gray) : palette().text().color());
    for (int r = 0; r < V2RowCount; ++r)
        for (int c = 0; c < 2; ++c)
            m_v2Table->item(r, c)->setForeground(outdated ? QColor(Qt::gray) : palette().text().color());
}

void MonteCarloPanel::setCurrencyDisplay(CurrencyDisplay display)
{
    if (display == m_display)
        return;
    m_display = display;
    if (m_has)
        buildFan();
}

void MonteCarloPanel::showResults()
{
    fillTable();
    buildFan();
    buildHistogram();
    buildTiming();
    buildCollateralFan();
}

void MonteCarloPanel::fillTable()
{
    const gds::Covenants &cov = m_deal.debt.covenants;
    const QStringList rows = {
        tr("P(min DSCR < lock-up %1)").arg(multiple(cov.lockupDscr, m_locale)),
        tr("P(min DSCR < %1)").arg(multiple(1.0, m_locale)),
        tr("P(default)"),
        tr("Min DSCR P50"),
        tr("Min DSCR P90 (downside)"),
        tr("Min DSCR P99 (stress)"),
        tr("Equity IRR P90 (downside)"),
        tr("Equity IRR P50"),
        tr("Equity IRR P10 (upside)"),
    };
    m_table->setVerticalHeaderLabels(rows);
    m_table->setToolTip(tr("P-values follow the lender's convention for every metric: P90 is the value "
                           "exceeded on 90 % of paths (the downside), P10 the value exceeded on only 10 % "
                           "(the upside)"));
    m_table->verticalHeaderItem(MinDscrP90Row)->setToolTip(tr("The min DSCR that 90 % of paths stay above"));
    m_table->verticalHeaderItem(IrrP90Row)->setToolTip(tr("The equity IRR that 90 % of paths exceed"));
    m_table->verticalHeaderItem(IrrP10Row)->setToolTip(tr("The equity IRR that only 10 % of paths exceed"));
    m_table->verticalHeaderItem(ProbDefaultRow)
        ->setToolTip(tr("Share of paths where a shortfall is larger than the reserve's balance (with a "
                        "waterfall: than the period's cash and the accounts D, K and the reserve)"));
    m_v2Table->setVerticalHeaderLabels({tr("P(an offtaker defaults)"), tr("P(a lock-up test fails)"),
                                        tr("P(an LTV cure falls short)"), tr("Mean debt prepaid")});
    m_v2Table->verticalHeaderItem(ProbLockupTestRow)->setToolTip(tr("Needs a cash waterfall; – without one"));
    m_v2Table->verticalHeaderItem(ProbLtvBreachRow)->setToolTip(tr("Needs a maintenance LTV; – without one"));
    if (!m_has)
        return;
    for (int c = 0; c < 2; ++c) {
        const gds::MonteCarloResult &r = c == HedgedColumn ? m_hedged : m_unhedged;
        const std::optional<double> values[RowCount] = {r.probMinDscrBelowLockup,
                                                        r.probMinDscrBelow1,
                                                        r.probDefault,
                                                        r.minDscrP50,
                                                        r.minDscrP90,
                                                        r.minDscrP99,
                                                        r.equityIrrP10, // exceeded on 90 % of paths
                                                        r.equityIrrP50,
                                                        r.equityIrrP90};
        for (int row = 0; row < RowCount; ++row) {
            const bool isMultiple = row >= MinDscrP50Row && row <= MinDscrP99Row;
            QTableWidgetItem *item = m_table->item(row, c);
            item->setText(formatValue(values[row], isMultiple ? gds::Unit::Multiple : gds::Unit::Percent,
                                      m_locale, QString::fromStdString(m_deal.currency)));
            item->setData(Qt::UserRole, values[row] ? QVariant(*values[row]) : QVariant());
        }
        const std::optional<double> v2[V2RowCount] = {r.probOfftakerDefault, r.probLockup, r.probLtvBreach,
                                                      r.meanDebtPrepaid};
        for (int row = 0; row < V2RowCount; ++row) {
            QTableWidgetItem *item = m_v2Table->item(row, c);
            item->setText(row == MeanPrepaidRow
                              ? formatValue(v2[row], gds::Unit::Money, m_locale,
                                            QString::fromStdString(m_deal.currency), true, m_display)
                              : formatValue(v2[row], gds::Unit::Percent, m_locale, {}));
            item->setData(Qt::UserRole, v2[row] ? QVariant(*v2[row]) : QVariant());
        }
    }
}

QString MonteCarloPanel::issueText(const gds::Issue &issue) const
{
    return m_namer ? m_namer(issue) : issueTextWithoutEditor(issue, m_doc->deal(), m_locale);
}

} // namespace gds::ui
