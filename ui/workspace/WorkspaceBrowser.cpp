#include "WorkspaceBrowser.h"

#include "ElidedLabel.h"
#include "Format.h"
#include "storage/Workspace.h"

#include <algorithm>
#include <functional>
#include <map>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace gds::ui {

namespace {

QDateTime toDateTime(gds::TimePoint t)
{
    return QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count());
}

// Sorting by the numeric value (SortRole) where there is one.
class BrowserProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &l, const QModelIndex &r) const override
    {
        const QVariant a = l.data(WorkspaceBrowser::SortRole), b = r.data(WorkspaceBrowser::SortRole);
        if (a.isValid() && b.isValid())
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        if (a.isValid() != b.isValid())
            return b.isValid(); // empty cells first
        return QString::localeAwareCompare(l.data().toString(), r.data().toString()) < 0;
    }
};

} // namespace

WorkspaceBrowser::WorkspaceBrowser(QWidget *parent)
    : QWidget(parent), m_location(new ElidedLabel(this)), m_search(new QLineEdit(this)),
      m_view(new QTreeView(this)), m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_proxy(new BrowserProxy(this))
{
    setObjectName(QStringLiteral("workspaceBrowser"));
    m_location->setObjectName(QStringLiteral("workspaceLocation"));
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->hide();
    m_search->setObjectName(QStringLiteral("workspaceSearch"));
    m_search->setPlaceholderText(tr("Search deals, scenarios, notes"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("workspaceTree"));
    m_model->setHorizontalHeaderLabels({tr("Deal / scenario / version"), tr("Ver."), tr("Saved"), tr("Debt"),
                                        tr("Min DSCR"), tr("Equity IRR"), tr("WACC"), tr("LCOC")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(NameCol);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTreeView::activated, this, &WorkspaceBrowser::activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &WorkspaceBrowser::contextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_location);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
}

void WorkspaceBrowser::setLocation(const QString &text, bool team)
{
    m_location->setFullText(text);
    m_location->setStyleSheet(team ? QStringLiteral("background:#e3f0ff; padding:2px; font-weight:bold;")
                                   : QStringLiteral("color: palette(mid); padding:2px;"));
    m_location->setVisible(!text.isEmpty());
}

QString WorkspaceBrowser::location() const
{
    return m_location->fullText();
}

void WorkspaceBrowser::refresh(const gds::Workspace &ws)
{
    const QLocale l = locale();
    auto row = [&](const QString &name, int kind, std::int64_t deal, std::int64_t scenario, int version,
                   std::optional<int> shownVersion, std::optional<gds::TimePoint> when,
                   const gds::MetricValues &m, const std::string &currency, const QString &tip) {
        QList<QStandardItem *> items;
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QStandardItem;
            item->setData(QVariant::fromValue<qlonglong>(deal), DealIdRole);
            item->setData(QVariant::fromValue<qlonglong>(scenario), ScenarioIdRole);
            item->setData(version, VersionRole);
            item->setData(kind, KindRole);
            items << item;
        }
        items[NameCol]->setText(name);
        items[NameCol]->setToolTip(tip.isEmpty() ? name : tip);
        if (kind == 0) {
            QFont f = items[NameCol]->font();
            f.setBold(true);
            items[NameCol]->setFont(f);
        }
        if (shownVersion) {
            items[VersionCol]->setText(QStringLiteral("v%1").arg(*shownVersion));
            items[VersionCol]->setData(*shownVersion, SortRole);
        }
        if (when) {
            const QDateTime dt = toDateTime(*when);
            items[DateCol]->setText(
                l.toString(dt.date(), QLocale::ShortFormat)); // the day; the time in the tooltip
            items[DateCol]->setToolTip(l.toString(dt, QLocale::LongFormat));
            items[DateCol]->setData(dt.toMSecsSinceEpoch(), SortRole);
        }
        const std::pair<Column, std::pair<const char *, gds::Unit>> metrics[] = {
            {DebtCol, {"debt", gds::Unit::Money}},
            {MinDscrCol, {"min_dscr", gds::Unit::Multiple}},
            {EquityIrrCol, {"equity_irr", gds::Unit::Percent}},
            {WaccCol, {"wacc", gds::Unit::Percent}},
            {LcocCol, {"lcoc", gds::Unit::PricePerHour}}};
        for (const auto &[col, km] : metrics) {
            const std::optional<double> v = m.value(km.first);
            if (!v)
                continue;
            // Each deal in its own currency (the version's; "" when unknown: no currency shown).
            items[col]->setData(QString::fromStdString(currency), CurrencyRole);
            items[col]->setData(int(km.second), UnitRole);
            items[col]->setData(*v, SortRole);
            items[col]->setText(metricText(items[col]));
            items[col]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        return items;
    };

    // Expanded rows by (deal, branch), kept over the rebuild (another user's save refreshes the list).
    std::vector<std::pair<qlonglong, qlonglong>> expanded;
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex i = m_proxy->index(r, NameCol, parent);
            if (m_view->isExpanded(i)) {
                expanded.emplace_back(i.data(DealIdRole).toLongLong(),
                                      i.data(KindRole).toInt() == 0 ? -2
                                                                    : i.data(ScenarioIdRole).toLongLong());
                collect(i);
            }
        }
    };
    collect({});
    m_model->removeRows(0, m_model->rowCount());
    for (const gds::DealSummary &d : ws.listDeals()) {
        QString name = QString::fromStdString(d.name);
        if (d.hasWorkingCopy)
            name = tr("%1  (unsaved edits)", "deal name").arg(name);
        auto dealRow = row(name, 0, d.id, -1, 0, d.latestVersion, d.updated, d.metrics, d.currency,
                           QString::fromStdString(d.sponsor));
        std::vector<gds::VersionInfo> history;
        std::vector<gds::Scenario> scenarios;
        try {
            history = ws.history(d.id);
            scenarios = ws.listScenarios(d.id);
        } catch (const gds::WorkspaceError &) {
            // listed but unreadable now: show the deal without its history
        }
        std::map<std::int64_t, QList<QStandardItem *>> branches;
        auto branch = [&](std::optional<std::int64_t> id, const QString &label) -> QList<QStandardItem *> & {
            const std::int64_t key = id.value_or(-1);
            auto it = branches.find(key);
            if (it == branches.end()) {
                const gds::VersionInfo *last = nullptr;
                for (const gds::VersionInfo &v : history)
                    if (v.scenarioId == id)
                        last = &v;
                it = branches
                         .emplace(key, row(label, 1, d.id, key, 0,
                                           last ? std::optional<int>(last->number) : std::nullopt,
                                           last ? std::optional<gds::TimePoint>(last->created) : std::nullopt,
                                           last ? last->metrics : gds::MetricValues{},
                                           last ? last->currency : std::string(), {}))
                         .first;
                dealRow[NameCol]->appendRow(it->second);
            }
            return it->second;
        };
        branch(std::nullopt, tr("Main line"));
        for (const gds::Scenario &s : scenarios)
            branch(s.id, tr("Scenario: %1").arg(QString::fromStdString(s.name)));
        for (auto it = history.rbegin(); it != history.rend(); ++it) {
            const gds::VersionInfo &v = *it;
            QString label = v.note.empty() ? tr("Version %1").arg(v.number) : QString::fromStdString(v.note);
            if (v.restoredFrom)
                label = tr("%1 (restores v%2)", "version label").arg(label, QString::number(*v.restoredFrom));
            QList<QStandardItem *> &b =
                branch(v.scenarioId, tr("Scenario: %1").arg(QString::fromStdString(v.scenario)));
            QString tip = QString::fromStdString(v.note);
            if (!v.author.empty()) { // a team workspace: who saved it, by the server's clock
                const QString when =
                    v.savedAt ? l.toString(toDateTime(*v.savedAt), QLocale::ShortFormat) : QString();
                tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) +
                       tr("Saved by %1 at %2").arg(QString::fromStdString(v.author), when);
            }
            b[NameCol]->appendRow(row(label, 2, d.id, v.scenarioId.value_or(-1), v.number, v.number,
                                      v.created, v.metrics, v.currency, tip));
        }
        m_model->appendRow(dealRow);
    }
    const std::function<void(const QModelIndex &)> restore = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex i = m_proxy->index(r, NameCol, parent);
            const std::pair<qlonglong, qlonglong> key(
                i.data(DealIdRole).toLongLong(),
                i.data(KindRole).toInt() == 0 ? -2 : i.data(ScenarioIdRole).toLongLong());
            if (std::find(expanded.begin(), expanded.end(), key) != expanded.end()) {
                m_view->expand(i);
                restore(i);
            }
        }
    };
    if (!expanded.empty())
        restore({});
    markOpen();
    for (int c = 1; c < ColumnCount; ++c)
        m_view->resizeColumnToContents(c);
    fitNameColumn();
}

// The name column takes what the version and date columns leave (names elide, their tooltip is
// whole; at least 100 px), so that those two are whole without dragging; the metric columns follow
// to the right.
void WorkspaceBrowser::fitNameColumn()
{
    m_view->resizeColumnToContents(NameCol);
    const int rest = m_view->columnWidth(VersionCol) + m_view->columnWidth(DateCol) + 4;
    const int room = std::max(100, m_view->viewport()->width() - rest);
    m_view->setColumnWidth(NameCol, std::min(m_view->columnWidth(NameCol), room));
}

void WorkspaceBrowser::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitNameColumn();
}

QString WorkspaceBrowser::metricText(const QStandardItem *item) const
{
    return formatValue(item->data(SortRole).toDouble(), gds::Unit(item->data(UnitRole).toInt()), locale(),
                       item->data(CurrencyRole).toString(), true, m_display);
}

void WorkspaceBrowser::setCurrencyDisplay(CurrencyDisplay display)
{
    if (display == m_display)
        return;
    m_display = display;
    std::function<void(QStandardItem *)> reformat = [&](QStandardItem *parent) {
        for (int r = 0; r < parent->rowCount(); ++r) {
            for (int c = 0; c < ColumnCount; ++c) {
                QStandardItem *item = parent->child(r, c);
                if (item && item->data(UnitRole).isValid())
                    item->setText(metricText(item));
            }
            if (QStandardItem *name = parent->child(r, NameCol))
                reformat(name);
        }
    };
    reformat(m_model->invisibleRootItem());
}

void WorkspaceBrowser::setCurrent(std::int64_t dealId, std::optional<std::int64_t> scenarioId, int version)
{
    m_openDeal = dealId;
    m_openScenario = scenarioId.value_or(-1);
    m_openVersion = version;
    markOpen();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex deal = m_proxy->index(r, 0);
        if (deal.data(DealIdRole).toLongLong() != dealId)
            continue;
        QModelIndex target = deal;
        for (int c = 0; c < m_proxy->rowCount(deal); ++c) {
            const QModelIndex b = m_proxy->index(c, 0, deal);
            if (b.data(ScenarioIdRole).toLongLong() == scenarioId.value_or(-1))
                target = b;
        }
        m_view->expand(deal);
        // The version the editor holds, not the newest: opening v1 highlights v1.
        if (const QModelIndex v = currentVersionIndex(); v.isValid()) {
            m_view->expand(target);
            target = v;
        }
        m_view->setCurrentIndex(target);
        m_view->scrollTo(target);
        return;
    }
}

QModelIndex WorkspaceBrowser::currentVersionIndex() const
{
    if (m_openVersion <= 0)
        return {};
    const QModelIndexList hits = m_proxy->match(m_proxy->index(0, 0), VersionRole, m_openVersion, -1,
                                                Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &i : hits)
        if (i.data(KindRole).toInt() == 2 && i.data(DealIdRole).toLongLong() == m_openDeal &&
            i.data(ScenarioIdRole).toLongLong() == m_openScenario)
            return i;
    return {};
}

// The row of the open version in bold with "(open)"; every other version plain.
void WorkspaceBrowser::markOpen()
{
    std::function<void(QStandardItem *)> walk = [&](QStandardItem *parent) {
        for (int r = 0; r < parent->rowCount(); ++r) {
            QStandardItem *name = parent->child(r, NameCol);
            if (!name)
                continue;
            if (name->data(KindRole).toInt() == 2) {
                const bool open = name->data(DealIdRole).toLongLong() == m_openDeal &&
                                  name->data(ScenarioIdRole).toLongLong() == m_openScenario &&
                                  name->data(VersionRole).toInt() == m_openVersion;
                QString text = name->data(BaseTextRole).toString();
                if (text.isEmpty()) {
                    text = name->text();
                    name->setData(text, BaseTextRole);
                }
                const QString shown = open ? tr("%1 (open)", "the version in the editor").arg(text) : text;
                if (name->text() != shown)
                    name->setText(shown);
                QFont f = name->font();
                if (f.bold() != open) {
                    f.setBold(open);
                    name->setFont(f);
                }
            }
            walk(name);
        }
    };
    walk(m_model->invisibleRootItem());
}

void WorkspaceBrowser::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const std::int64_t deal = index.data(DealIdRole).toLongLong();
    const std::int64_t scenario = index.data(ScenarioIdRole).toLongLong();
    const int kind = index.data(KindRole).toInt();
    if (kind == 2)
        emit openVersion(deal, index.data(VersionRole).toInt());
    else
        emit openLatest(deal,
                        kind == 1 && scenario >= 0 ? std::optional<std::int64_t>(scenario) : std::nullopt);
}

void WorkspaceBrowser::contextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, index] { activate(index); });
    if (index.data(KindRole).toInt() == 2 && !m_readOnly) {
        const std::int64_t deal = index.data(DealIdRole).toLongLong();
        const int number = index.data(VersionRole).toInt();
        menu.addAction(tr("Restore this version (as a new version)"), this,
                       [this, deal, number] { emit restoreVersion(deal, number); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace gds::ui
