// The workspace browser: deals, their scenarios (the main line first) and versions, with key metrics
// in sortable columns and a search field. Double-click opens; the context menu restores a version.
#pragma once

#include "Format.h"

#include <cstdint>
#include <optional>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace gds {
class Workspace;
}

namespace gds::ui {

class ElidedLabel;

class WorkspaceBrowser : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        NameCol,
        VersionCol,
        DateCol,
        DebtCol,
        MinDscrCol,
        EquityIrrCol,
        WaccCol,
        LcocCol,
        ColumnCount
    };
    static constexpr int DealIdRole = Qt::UserRole + 1;
    static constexpr int ScenarioIdRole = Qt::UserRole + 2; // -1: main line
    static constexpr int VersionRole = Qt::UserRole + 3;    // 0: not a version row
    static constexpr int SortRole = Qt::UserRole + 4;
    static constexpr int KindRole = Qt::UserRole + 5;     // 0 deal, 1 branch, 2 version
    static constexpr int CurrencyRole = Qt::UserRole + 6; // metric cells: the row's currency code
    static constexpr int UnitRole = Qt::UserRole + 7;     // metric cells: int(gds::Unit)
    static constexpr int BaseTextRole = Qt::UserRole + 8; // version rows: the name without "(open)"

    explicit WorkspaceBrowser(QWidget *parent = nullptr);

    // Rebuilds the list; the deals and branches that were expanded stay expanded.
    void refresh(const gds::Workspace &ws);
    // Which workspace is listed ("Team: alice@db/deals", "Local: path"), shown above the list.
    void setLocation(const QString &text, bool team);
    QString location() const;
    // A workspace this user may only read: no "Restore" in the context menu.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    void setCurrent(std::int64_t dealId, std::optional<std::int64_t> scenarioId, int version = 0);
    // The version row the editor holds (marked "open"); invalid when the branch is not expanded yet.
    QModelIndex currentVersionIndex() const;
    // Money in each deal's own currency, by symbol or ISO code; re-labels the listed rows at once.
    void setCurrencyDisplay(CurrencyDisplay display);
    CurrencyDisplay currencyDisplay() const { return m_display; }
    QTreeView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    QStandardItemModel *model() const { return m_model; }

signals:
    // Open the newest version of a deal's main line or scenario.
    void openLatest(std::int64_t dealId, std::optional<std::int64_t> scenarioId);
    void openVersion(std::int64_t dealId, int number);
    void restoreVersion(std::int64_t dealId, int number);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void markOpen();
    void fitNameColumn();
    std::int64_t m_openDeal = -1, m_openScenario = -1;
    int m_openVersion = 0;
    void activate(const QModelIndex &proxyIndex);
    void contextMenu(const QPoint &pos);
    QString metricText(const QStandardItem *item) const;

    ElidedLabel *m_location;
    bool m_readOnly = false;
    QLineEdit *m_search;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    CurrencyDisplay m_display = CurrencyDisplay::Symbol;
};

} // namespace gds::ui
