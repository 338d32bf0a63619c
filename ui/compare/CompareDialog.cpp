#include "CompareDialog.h"

#include "CompareDelegate.h"
#include "CompareModel.h"
#include "engine/Engine.h"
#include "Format.h"
#include "Preferences.h"
#include "storage/Workspace.h"
#include "WrappingHeader.h"

#include <algorithm>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTabWidget>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace gds::ui {

namespace {

QString itemKey(const QTreeWidgetItem *item)
{
    switch (item->data(0, CompareDialog::KindRole).toInt()) {
    case CompareDialog::WorkingDeal:
        return QStringLiteral("working");
    case CompareDialog::LatestOfLine:
        return QStringLiteral("latest:%1:%2")
            .arg(item->data(0, CompareDialog::DealRole).toLongLong())
            .arg(item->data(0, CompareDialog::ScenarioRole).toLongLong());
    case CompareDialog::Version:
        return QStringLiteral("version:%1:%2")
            .arg(item->data(0, CompareDialog::DealRole).toLongLong())
            .arg(item->data(0, CompareDialog::VersionRole).toInt());
    default:
        return {};
    }
}

QColor seriesColor(std::size_t i)
{
    static const QColor colors[] = {QColor(0x1F, 0x38, 0x64), QColor(0xC5, 0x5A, 0x11),
                                    QColor(0x38, 0x8E, 0x3C), QColor(0x7B, 0x1F, 0xA2),
                                    QColor(0x00, 0x83, 0x8F), QColor(0xB0, 0x00, 0x20)};
    return colors[i % (sizeof colors / sizeof colors[0])];
}

double msOfPeriod(const gds::PeriodTable &t, int p)
{
    // A period's flows happen at its end: plotted at the 1st of the next month (the close at its month).
    const QDate month(t.year[std::size_t(p)], t.month[std::size_t(p)], 1);
    return double(QDateTime(month.addMonths(p == 0 ? 0 : 1), QTime(0, 0)).toMSecsSinceEpoch());
}

template <typename Visit> void forEachItem(QTreeWidgetItem *item, const Visit &visit)
{
    visit(item);
    for (int i = 0; i < item->childCount(); ++i)
        forEachItem(item->child(i), visit);
}

} // namespace

CompareDialog::CompareDialog(std::function<QDate()> today, QWidget *parent)
    : QDialog(parent), m_today(std::move(today))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare structures"));
    setSizeGripEnabled(true);

    m_picker = new QTreeWidget(this);
    m_picker->setObjectName(QStringLiteral("structurePicker"));
    m_picker->setHeaderLabel(tr("Structures (tick two to six)"));
    m_picker->setUniformRowHeights(true);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("compareNote"));
    m_note->setWordWrap(true);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 3 + 4);
    m_note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_picker, 1);
    leftLayout->addWidget(m_note);

    m_model = new CompareModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_titles = new WrappingHeader(m_table);
    m_table->setHorizontalHeader(m_titles);
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setItemDelegate(new ChangeDelegate(m_table));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, [this] {
        const QString deal = m_model->commonDeal();
        setWindowTitle(deal.isEmpty() ? tr("Compare structures") : tr("Compare structures: %1").arg(deal));
        // Each structure as wide as its values and its title's longest word, the title wrapped to the
        // column; on a wide screen the columns share the width (up to 420 px each), so that titles take
        // fewer lines.
        const int cap =
            std::clamp(m_table->viewport()->width() / std::max(1, m_model->columnCount()), 280, 420);
        for (int c = 0; c < m_model->columnCount(); ++c) {
            m_table->resizeColumnToContents(c);
            const int wanted = std::max(m_table->columnWidth(c), std::min(cap, m_titles->unwrappedWidth(c)));
            m_table->setColumnWidth(c, std::clamp(wanted, 120, cap));
        }
    });

    auto makeChart = [this](const QString &name) {
        auto *chart = new QChart;
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setLocalizeNumbers(true); // axis labels in the dialog's locale, not printf's C locale
        chart->setLocale(locale());
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto *view = new QChartView(chart, this);
        view->setObjectName(name);
        view->setRenderHint(QPainter::Antialiasing);
        return view;
    };
    m_dscrChart = makeChart(QStringLiteral("compareDscrChart"));
    m_balanceChart = makeChart(QStringLiteral("compareBalanceChart"));
    m_hedgeChart = makeChart(QStringLiteral("hedgeDscrChart"));

    m_hedgeBox = new QComboBox(this);
    m_hedgeBox->setObjectName(QStringLiteral("hedgeStructureBox"));
    m_effectBox = new QComboBox(this);
    m_effectBox->setObjectName(QStringLiteral("effectBox"));
    m_effectBox->addItem(tr("its hedges"), int(gds::ComparisonOptions::Effect::Hedges));
    m_effectBox->addItem(tr("its cash waterfall"), int(gds::ComparisonOptions::Effect::Waterfall));
    m_effectBox->setToolTip(
        tr("What the second column removes from the structure, everything else unchanged"));
    m_hedgeNote = new QLabel(this);
    m_hedgeNote->setWordWrap(true);
    m_hedgeModel = new CompareModel(this);
    m_hedgeTable = new QTableView(this);
    m_hedgeTable->setObjectName(QStringLiteral("hedgeTable"));
    m_hedgeTable->setModel(m_hedgeModel);
    m_hedgeTable->setAlternatingRowColors(true);
    m_hedgeTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hedgeTable->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    connect(m_hedgeModel, &QAbstractItemModel::modelReset, m_hedgeTable, [this] {
        m_hedgeTable->resizeColumnsToContents();
        for (int c = 0; c < m_hedgeModel->columnCount(); ++c)
            m_hedgeTable->setColumnWidth(c, std::clamp(m_hedgeTable->columnWidth(c), 110, 260));
    });
    auto *hedgePage = new QWidget(this);
    auto *hedgeLayout = new QVBoxLayout(hedgePage);
    auto *hedgeTop = new QHBoxLayout;
    auto *structureLabel = new QLabel(tr("&Structure:"), hedgePage);
    structureLabel->setBuddy(m_hedgeBox);
    hedgeTop->addWidget(structureLabel);
    hedgeTop->addWidget(m_hedgeBox, 1);
    auto *effectLabel = new QLabel(tr("&Without:"), hedgePage);
    effectLabel->setBuddy(m_effectBox);
    hedgeTop->addWidget(effectLabel);
    hedgeTop->addWidget(m_effectBox);
    hedgeLayout->addLayout(hedgeTop);
    hedgeLayout->addWidget(m_hedgeNote);
    auto *hedgeSplit = new QSplitter(Qt::Horizontal, hedgePage);
    hedgeSplit->addWidget(m_hedgeTable);
    hedgeSplit->addWidget(m_hedgeChart);
    hedgeSplit->setStretchFactor(0, 1);
    hedgeSplit->setStretchFactor(1, 1);
    hedgeSplit->setSizes({430, 430});
    hedgeLayout->addWidget(hedgeSplit, 1);
    connect(m_hedgeBox, &QComboBox::currentIndexChanged, this, &CompareDialog::setHedgeStructure);
    connect(m_effectBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        setEffect(gds::ComparisonOptions::Effect(m_effectBox->itemData(index).toInt()));
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_tabs->addTab(m_table, tr("Metrics"));
    m_tabs->addTab(m_dscrChart, tr("DSCR"));
    m_tabs->addTab(m_balanceChart, tr("Debt balance"));
    m_tabs->addTab(hedgePage, tr("With and without"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 800});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("compareExportPdf"));
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, &CompareDialog::exportPdfInteractive);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    // As large as the window it belongs to allows (the third structure fits at 1920x1080), never a
    // fixed size.
    const QSize room = parent ? parent->size() : screen()->availableSize();
    resize(std::max(900, int(room.width() * 0.9)), std::max(600, int(room.height() * 0.9)));

    connect(m_picker, &QTreeWidget::itemChanged, this, &CompareDialog::onPickerChanged);
    showNote(tr("Tick two to six structures; the first ticked is the reference for the changes."));
}

void CompareDialog::populate(const gds::Workspace *workspace, const std::optional<gds::Deal> &working,
                             const QString &workingLabel, bool workingValid)
{
    m_populating = true;
    m_ws = workspace;
    m_cache.clear();
    m_order.clear();
    m_picker->clear();
    m_working.reset();
    if (working) {
        auto *item = new QTreeWidgetItem(m_picker, {workingLabel});
        item->setData(0, KindRole, WorkingDeal);
        if (workingValid) {
            m_working = gds::ComparedStructure{workingLabel, *working, gds::compute(*working)};
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setToolTip(0, tr("The deal in the editor, with its unsaved edits"));
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(0, tr("The deal in the editor has marked fields: fix them first to compare it"));
            item->setText(0, tr("%1 (fix the marked fields first)").arg(workingLabel));
        }
    }
    if (workspace) {
        try {
            for (const gds::DealSummary &d : workspace->listDeals()) {
                const QString name = QString::fromStdString(d.name);
                auto *dealItem = new QTreeWidgetItem(m_picker, {name});
                dealItem->setFlags(Qt::ItemIsEnabled);
                QFont bold = dealItem->font(0);
                bold.setBold(true);
                dealItem->setFont(0, bold);
                const std::vector<gds::VersionInfo> history = workspace->history(d.id);
                auto addLatest = [&](std::optional<std::int64_t> scenario, const QString &line, int number) {
                    auto *item =
                        new QTreeWidgetItem(dealItem, {tr("%1 – latest (v%2)").arg(line).arg(number)});
                    item->setData(0, KindRole, LatestOfLine);
                    item->setData(0, DealRole, QVariant::fromValue<qlonglong>(d.id));
                    item->setData(0, ScenarioRole, QVariant::fromValue<qlonglong>(scenario.value_or(-1)));
                    item->setData(0, VersionRole, number);
                    item->setData(0, LabelRole, tr("%1 · %2 (v%3)").arg(name, line).arg(number));
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                    item->setCheckState(0, Qt::Unchecked);
                };
                int mainLatest = 0;
                for (const gds::VersionInfo &v : history)
                    if (!v.scenarioId)
                        mainLatest = std::max(mainLatest, v.number);
                if (mainLatest > 0)
                    addLatest(std::nullopt, tr("main line"), mainLatest);
                for (const gds::Scenario &s : workspace->listScenarios(d.id)) {
                    int latest = s.baseVersion;
                    for (const gds::VersionInfo &v : history)
                        if (v.scenarioId == s.id)
                            latest = std::max(latest, v.number);
                    addLatest(s.id, tr("scenario %1").arg(QString::fromStdString(s.name)), latest);
                }
                auto *versions = new QTreeWidgetItem(dealItem, {tr("All versions (%1)").arg(history.size())});
                versions->setFlags(Qt::ItemIsEnabled);
                for (auto it = history.rbegin(); it != history.rend(); ++it) {
                    const QString line =
                        it->scenarioId ? QString::fromStdString(it->scenario) : tr("main line");
                    QString text = tr("v%1 · %2").arg(it->number).arg(line);
                    if (!it->note.empty())
                        text += QStringLiteral(" – ") + QString::fromStdString(it->note);
                    auto *item = new QTreeWidgetItem(versions, {text});
                    item->setData(0, KindRole, Version);
                    item->setData(0, DealRole, QVariant::fromValue<qlonglong>(d.id));
                    item->setData(0, VersionRole, it->number);
                    item->setData(0, LabelRole, tr("%1 v%2 · %3").arg(name).arg(it->number).arg(line));
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                    item->setCheckState(0, Qt::Unchecked);
                }
                dealItem->setExpanded(true);
            }
        } catch (const gds::WorkspaceError &e) {
            showNote(tr("The workspace could not be read: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    for (int i = 0; i < m_picker->topLevelItemCount(); ++i)
        forEachItem(m_picker->topLevelItem(i), [](QTreeWidgetItem *item) {
            if (item->toolTip(0).isEmpty())
                item->setToolTip(0, item->text(0));
        });
    m_populating = false;
    setStructures({});
}

std::optional<gds::ComparedStructure> CompareDialog::structureFor(const QTreeWidgetItem *item, QString *error)
{
    const QString key = itemKey(item);
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    const int kind = item->data(0, KindRole).toInt();
    if (kind == WorkingDeal)
        return m_working;
    if (!m_ws)
        return std::nullopt;
    try {
        const std::int64_t deal = item->data(0, DealRole).toLongLong();
        gds::StoredVersion v;
        if (kind == LatestOfLine) {
            const qlonglong sc = item->data(0, ScenarioRole).toLongLong();
            v = m_ws->latest(deal, sc < 0 ? std::nullopt : std::optional<std::int64_t>(sc));
        } else {
            v = m_ws->loadVersion(deal, item->data(0, VersionRole).toInt());
        }
        gds::ComparedStructure s{item->data(0, LabelRole).toString(), v.deal, gds::compute(v.deal)};
        m_cache.insert(key, s);
        return s;
    } catch (const gds::WorkspaceError &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
}

void CompareDialog::onPickerChanged(QTreeWidgetItem *item, int)
{
    if (m_populating || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    const QString key = itemKey(item);
    if (item->checkState(0) == Qt::Checked) {
        if (m_order.size() >= kMaxStructures) {
            const QSignalBlocker block(m_picker);
            item->setCheckState(0, Qt::Unchecked);
            showNote(tr("At most %1 structures at a time: untick one first.").arg(kMaxStructures));
            return;
        }
        if (!m_order.contains(key))
            m_order << key;
    } else {
        m_order.removeAll(key);
    }
    rebuildFromPicker();
}

void CompareDialog::rebuildFromPicker()
{
    QHash<QString, QTreeWidgetItem *> items;
    for (int i = 0; i < m_picker->topLevelItemCount(); ++i)
        forEachItem(m_picker->topLevelItem(i), [&](QTreeWidgetItem *item) {
            if (item->flags() & Qt::ItemIsUserCheckable)
                items.insert(itemKey(item), item);
        });
    std::vector<gds::ComparedStructure> chosen;
    QStringList problems;
    for (const QString &key : std::as_const(m_order)) {
        QTreeWidgetItem *item = items.value(key);
        if (!item)
            continue;
        QString error;
        if (auto s = structureFor(item, &error))
            chosen.push_back(std::move(*s));
        else
            problems << tr("%1 could not be loaded: %2").arg(item->text(0), error);
    }
    setStructures(std::move(chosen));
    if (!problems.isEmpty())
        showNote(problems.join(QLatin1Char('\n')));
}

void CompareDialog::setStructures(std::vector<gds::ComparedStructure> structures)
{
    const int hedgeIndex = m_hedgeBox->currentIndex();
    m_model->setStructures(std::move(structures));
    const auto &s = m_model->structures();
    {
        const QSignalBlocker block(m_hedgeBox);
        m_hedgeBox->clear();
        for (const gds::ComparedStructure &c : s)
            m_hedgeBox->addItem(c.label);
        m_hedgeBox->setCurrentIndex(hedgeIndex >= 0 && hedgeIndex < int(s.size()) ? hedgeIndex : 0);
    }
    setHedgeStructure(m_hedgeBox->currentIndex());
    updateCharts();
    m_exportButton->setEnabled(s.size() >= 2);
    if (s.size() < 2)
        showNote(tr("Tick %n more structure(s) to compare (two to six).", nullptr, int(2 - s.size())));
    else
        showNote(
            tr("%n structures; the first ticked is the reference for the changes.", nullptr, int(s.size())));
}

void CompareDialog::setEffect(gds::ComparisonOptions::Effect effect)
{
    if (const int index = m_effectBox->findData(int(effect)); index != m_effectBox->currentIndex()) {
        const QSignalBlocker block(m_effectBox);
        m_effectBox->setCurrentIndex(index);
    }
    m_effect = effect;
    setHedgeStructure(m_hedgeBox->currentIndex());
}

void CompareDialog::setHedgeStructure(int column)
{
    const bool waterfall = m_effect == gds::ComparisonOptions::Effect::Waterfall;
    const QString chartTitle =
        waterfall ? tr("DSCR with and without the cash waterfall") : tr("DSCR with and without hedges");
    const auto &s = m_model->structures();
    if (column < 0 || column >= int(s.size())) {
        m_hedgeModel->setStructures({});
        m_hedgeNote->setText(waterfall ? tr("Pick a structure to see what its cash waterfall does.")
                                       : tr("Pick a structure to see what its hedges do."));
        fillChart(m_hedgeChart, {}, true, chartTitle);
        return;
    }
    if (m_hedgeBox->currentIndex() != column) {
        const QSignalBlocker block(m_hedgeBox);
        m_hedgeBox->setCurrentIndex(column);
    }
    const gds::ComparedStructure &with = s[std::size_t(column)];
    std::vector<gds::ComparedStructure> pair;
    if (waterfall) {
        const gds::Deal bare = gds::withoutWaterfall(with.deal);
        pair = {{tr("With the waterfall"), with.deal, with.result},
                {tr("Without the waterfall"), bare, gds::compute(bare)}};
        m_hedgeNote->setText(
            !with.deal.debt.waterfall
                ? tr("This structure has no cash waterfall: both columns are the same deal.")
                : tr("The same deal recomputed without its cash waterfall (no accounts, tests, "
                     "lock-up, cure or sweeps); everything else unchanged."));
    } else {
        const gds::Deal bare = gds::withoutHedges(with.deal);
        pair = {{tr("With hedges"), with.deal, with.result},
                {tr("Without hedges"), bare, gds::compute(bare)}};
        m_hedgeNote->setText(
            with.deal.hedges.empty()
                ? tr("This structure has no hedges: both columns are the same deal.")
                : tr("The same deal recomputed with its %n hedge(s) removed; everything else "
                     "unchanged. Changes are against the hedged deal.",
                     nullptr, int(with.deal.hedges.size())));
    }
    fillChart(m_hedgeChart, pair, true, chartTitle);
    m_hedgeModel->setStructures(std::move(pair));
}

void CompareDialog::setCurrencyDisplay(CurrencyDisplay display)
{
    m_model->setCurrencyDisplay(display);
    m_hedgeModel->setCurrencyDisplay(display);
    if (display == m_display)
        return;
    m_display = display;
    updateCharts();
}

void CompareDialog::updateCharts()
{
    fillChart(m_dscrChart, m_model->structures(), true, tr("DSCR by month"));
    fillChart(m_balanceChart, m_model->structures(), false, tr("Debt balance by month"));
}

void CompareDialog::fillChart(QChartView *view, const std::vector<gds::ComparedStructure> &structures,
                              bool dscr, const QString &title)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a), delete a;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yy"));
    x->setTickCount(8);
    auto *y = new QValueAxis;
    y->setTitleText(dscr ? tr("DSCR (x)")
                         : tr("%1 million")
                               .arg(currencyText(structures.empty() ? QStringLiteral("USD")
                                                                    : QString::fromStdString(
                                                                          structures.front().deal.currency),
                                                 m_display)));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double lo = INFINITY, hi = -INFINITY, top = 0.0;
    for (std::size_t i = 0; i < structures.size(); ++i) {
        const gds::ComparedStructure &s = structures[i];
        if (!s.result.ok())
            continue;
        const gds::PeriodTable &t = s.result.periods;
        if (t.size() > 0) { // the x range covers whole time lines: the two charts line up
            lo = std::min(lo, msOfPeriod(t, 0));
            hi = std::max(hi, msOfPeriod(t, t.n));
        }
        QLineSeries *series = nullptr;
        bool first = true;
        for (int p = 0; p <= t.n; ++p) {
            const double v = dscr ? t.dscr[std::size_t(p)] : t.balance[std::size_t(p)] / 1e6;
            if (gds::isNull(v)) {
                series = nullptr; // a gap: the next value starts a new segment
                continue;
            }
            if (!series) {
                series = new QLineSeries;
                series->setName(s.label);
                QPen pen(seriesColor(i), i == 0 ? 2.2 : 1.6, i % 2 ? Qt::DashLine : Qt::SolidLine);
                series->setPen(pen);
                chart->addSeries(series);
                series->attachAxis(x);
                series->attachAxis(y);
                if (!first)
                    for (QLegendMarker *m : chart->legend()->markers(series))
                        m->setVisible(false);
                first = false;
            }
            const double ms = msOfPeriod(t, p);
            series->append(ms, v);
            top = std::max(top, dscr ? std::min(v, 5.0) : v);
        }
    }
    if (lo < hi) {
        x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(lo)), QDateTime::fromMSecsSinceEpoch(qint64(hi)));
        y->setRange(0.0, std::max(top * 1.05, dscr ? 1.5 : 1.0));
        y->applyNiceNumbers();
    }
    if (dscr && top >= 5.0)
        y->setTitleText(tr("DSCR (x), axis capped at 5x"));
}

void CompareDialog::showNote(const QString &text)
{
    m_note->setText(text);
}

bool CompareDialog::exportPdf(const QString &path, gds::ComparisonOptions::Paper paper, QString *error)
{
    if (m_model->structures().size() < 2) {
        if (error)
            *error = tr("Tick at least two structures to compare.");
        return false;
    }
    gds::ComparisonOptions options;
    options.paper = paper;
    options.locale = QLocale(); // the chosen language's number and date formats
    options.date = m_today ? m_today() : QDate::currentDate();
    if (m_hedgeModel->structures().size() == 2) {
        options.effect = m_effect;
        options.hedgeEffect = m_hedgeModel->structures();
        options.hedgeEffectOf = m_hedgeBox->currentText();
    }
    const QString message = gds::writeComparisonPdf(m_model->structures(), path, options);
    if (!message.isEmpty()) {
        if (error)
            *error = tr("The comparison was not exported: %1").arg(message);
        return false;
    }
    return true;
}

void CompareDialog::exportPdfInteractive()
{
    const QString a4 = tr("PDF, A4 paper (*.pdf)"), letter = tr("PDF, US Letter paper (*.pdf)");
    QString filter =
        Preferences::load(QSettings(), QLocale::system()).paper == Preferences::Paper::Letter ? letter : a4;
    QString path = QFileDialog::getSaveFileName(this, tr("Export comparison"),
                                                QDir::home().filePath(QStringLiteral("comparison.pdf")),
                                                a4 + QStringLiteral(";;") + letter, &filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (exportPdf(path,
                  filter == letter ? gds::ComparisonOptions::Paper::Letter
                                   : gds::ComparisonOptions::Paper::A4,
                  &error)) {
        showNote(tr("Comparison exported to %1").arg(path));
        emit statusMessage(tr("Comparison exported to %1").arg(path));
        return;
    }
    showNote(error);
    emit statusMessage(error);
    if (!qEnvironmentVariableIsSet("GPUDEAL_NO_DIALOGS"))
        QMessageBox::warning(this, tr("Export comparison"), error);
}

} // namespace gds::ui
