// View > Compare structures: pick two to six deals, scenarios or versions of the workspace
// (and the deal in the editor) and see their key metrics side by side (best marked, deltas against the
// first), their DSCR and debt-balance curves overlaid by calendar month, and one of them with and
// without its hedges or (v2) its cash waterfall (the same deal with them removed, recomputed:
// engine/Comparison.h). Exports the comparison as a PDF.
#pragma once

#include "Format.h"
#include "report/ComparisonReport.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <QDate>
#include <QDialog>
#include <QHash>

class QChartView;
class QComboBox;
class QLabel;
class QTableView;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QPushButton;

namespace gds {
class Workspace;
}

namespace gds::ui {

class CompareModel;
class WrappingHeader;

class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxStructures = 6;
    enum PickerRole { KindRole = Qt::UserRole + 1, DealRole, ScenarioRole, VersionRole, LabelRole };
    enum Kind { WorkingDeal = 1, LatestOfLine = 2, Version = 3 };

    // `today` dates the exported PDF (injectable for tests).
    explicit CompareDialog(std::function<QDate()> today, QWidget *parent = nullptr);

    // Fills the picker: the deal in the editor (if any; `workingLabel` names it, `workingValid` false
    // when it has marked fields and cannot be compared), then every live deal of the workspace with its
    // main line, scenarios (latest version of each) and all versions. The workspace must outlive the
    // dialog's use of it (the main window's session owns it).
    void populate(const gds::Workspace *workspace, const std::optional<gds::Deal> &working,
                  const QString &workingLabel, bool workingValid);

    // Programmatic choice (tests, and the picker itself): compares exactly these structures.
    void setStructures(std::vector<gds::ComparedStructure> structures);
    // The with-and-without view for structure `column` of the comparison.
    void setHedgeStructure(int column);
    // What the with-and-without view removes: the hedges (default) or the cash waterfall.
    void setEffect(gds::ComparisonOptions::Effect effect);
    gds::ComparisonOptions::Effect effect() const { return m_effect; }
    // Money in the tables and the balance axis by the currency's symbol or ISO code (Preferences).
    void setCurrencyDisplay(CurrencyDisplay display);

    QTreeWidget *picker() const { return m_picker; }
    CompareModel *model() const { return m_model; }
    CompareModel *hedgeModel() const { return m_hedgeModel; }
    QChartView *dscrChart() const { return m_dscrChart; }
    QChartView *balanceChart() const { return m_balanceChart; }
    QChartView *hedgeChart() const { return m_hedgeChart; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *effectBox() const { return m_effectBox; }

    // Writes the comparison PDF (metrics, hedge effect, overlaid curves). False with a message on failure.
    bool exportPdf(const QString &path, gds::ComparisonOptions::Paper paper, QString *error = nullptr);

public slots:
    void exportPdfInteractive();

signals:
    void statusMessage(const QString &message);

private:
    void onPickerChanged(QTreeWidgetItem *item, int column);
    void rebuildFromPicker();
    std::optional<gds::ComparedStructure> structureFor(const QTreeWidgetItem *item, QString *error);
    void updateCharts();
    void fillChart(QChartView *view, const std::vector<gds::ComparedStructure> &structures, bool dscr,
                   const QString &title);
    void showNote(const QString &text);

    std::function<QDate()> m_today;
    const gds::Workspace *m_ws = nullptr;
    std::optional<gds::ComparedStructure> m_working;
    QHash<QString, gds::ComparedStructure> m_cache;
    QStringList m_order; // keys of the checked picker items, in the order they were checked
    bool m_populating = false;

    QTreeWidget *m_picker;
    QLabel *m_note;
    QTabWidget *m_tabs;
    CompareModel *m_model;
    QTableView *m_table;
    WrappingHeader *m_titles = nullptr; // the table's column titles, wrapped to their width
    QChartView *m_dscrChart, *m_balanceChart, *m_hedgeChart;
    QComboBox *m_hedgeBox;
    QComboBox *m_effectBox;
    gds::ComparisonOptions::Effect m_effect = gds::ComparisonOptions::Effect::Hedges;
    QLabel *m_hedgeNote;
    CompareModel *m_hedgeModel;
    QTableView *m_hedgeTable;
    QPushButton *m_exportButton;
    CurrencyDisplay m_display = CurrencyDisplay::Symbol;
};

} // namespace gds::ui
