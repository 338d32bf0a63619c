// The main window of GPU Deal Studio: workspace browser | deal editor over charts and the period
// table | metrics panel, in splitters whose state (and the last deal) is restored at start.
#pragma once

#include <cstdint>
#include <optional>
#include <QMainWindow>

class QLabel;
class QSplitter;
class QTabWidget;
class QToolButton;
class QComboBox;

namespace gds::ui {

class ChartsView;
class DealDocument;
class DealEditor;
class MetricsPanel;
class PeriodTableView;
class RecomputeController;
class SectionTable;
class WorkspaceBrowser;
class WorkspaceSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the default workspace ($GPUDEAL_WORKSPACE or the user's data folder), creating it with the
    // sample deal on first start, and shows the last deal of the previous session.
    void startup();

    DealDocument *document() const { return m_doc; }
    RecomputeController *recompute() const { return m_recompute; }
    WorkspaceSession *session() const { return m_session; }
    MetricsPanel *metricsPanel() const { return m_metrics; }
    DealEditor *editor() const { return m_editor; }
    ChartsView *charts() const { return m_charts; }
    PeriodTableView *periodTable() const { return m_periods; }
    WorkspaceBrowser *browser() const { return m_browser; }

public slots:
    bool saveVersion(const QString &note);
    bool createScenario(const QString &name);
    bool openDealFile(const QString &path, bool openInEditor);
    bool exportDealJson(const QString &path);
    void newDeal();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void buildMenus();
    void restoreSettings();
    void saveSettings() const;
    void onResultChanged();
    void onStateChanged();
    void onLoaded();
    void refreshBrowser();
    void refreshScenarioBox();
    void updateTitle();
    void showError(const QString &title, const QString &text);
    SectionTable *activeTable() const;

    // Interactive wrappers (dialogs)
    void saveVersionInteractive();
    void createScenarioInteractive();
    void openDealFileInteractive(bool openInEditor);
    void exportJsonInteractive();
    void openWorkspaceInteractive(bool create);
    void about();
    void showShortcuts();

    DealDocument *m_doc;
    RecomputeController *m_recompute;
    WorkspaceSession *m_session;
    WorkspaceBrowser *m_browser = nullptr;
    DealEditor *m_editor = nullptr;
    MetricsPanel *m_metrics = nullptr;
    ChartsView *m_charts = nullptr;
    PeriodTableView *m_periods = nullptr;
    QTabWidget *m_outputs = nullptr;
    QSplitter *m_mainSplit = nullptr, *m_centerSplit = nullptr;
    QLabel *m_dealLabel = nullptr;
    QToolButton *m_issueButton = nullptr;
    QComboBox *m_scenarioBox = nullptr;
};

} // namespace gds::ui
