// The main window of GPU Deal Studio: workspace browser | deal editor over charts and the period
// table | metrics panel, in splitters whose state (and the last deal) is restored at start.
#pragma once

#include "CsvExport.h"
#include "Format.h"
#include "report/TermSheet.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <QDate>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QToolButton;
class QComboBox;

namespace gds::ui {

class AnalysisView;
class ChartsView;
class CompareDialog;
class DealDocument;
class DealEditor;
class ElidedLabel;
class MetricsPanel;
class PeriodTableView;
class LiveDownside;
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

    // Opens the workspace of the start (chooseStartWorkspace(): $GPUDEAL_WORKSPACE, else the preferred
    // default workspace, else the team workspace or file open when the last session ended, else the
    // data folder's file, created with the sample deals on first start) and shows the last deal of the
    // previous session. A preferred or last workspace that cannot be opened (a team server down, a
    // password refused or not given) leaves the data folder's file open, with a message saying why and
    // how to reconnect (status bar; a dialog unless GPUDEAL_NO_DIALOGS). False (with the reason in
    // `error`) when no workspace can be opened or it holds no deal that can be loaded; the editor then
    // works on an empty deal without versions or autosave.
    bool startup(QString *error = nullptr);

    DealDocument *document() const { return m_doc; }
    RecomputeController *recompute() const { return m_recompute; }
    LiveDownside *liveDownside() const { return m_downside; }
    WorkspaceSession *session() const { return m_session; }
    MetricsPanel *metricsPanel() const { return m_metrics; }
    DealEditor *editor() const { return m_editor; }
    ChartsView *charts() const { return m_charts; }
    PeriodTableView *periodTable() const { return m_periods; }
    WorkspaceBrowser *browser() const { return m_browser; }
    QTabWidget *outputTabs() const { return m_outputs; }

    // Where "today" comes from (the date on exported PDFs); tests pass a fixed date.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    // The workspace version the editor holds, for exports: "v3 · main line", "v5 · scenario hedged",
    // with " + unsaved edits" when the document differs from it.
    QString versionLabel() const;
    // Adds an analysis view (e.g. Risk) as a tab after "Charts" and "Period table".
    void addAnalysisTab(AnalysisView *view, const QString &title);
    // Money everywhere on screen by the currency's symbol or ISO code (Preferences: currency display).
    // Applied at once to the browser, editor, metrics, charts, period table, the comparison and the
    // analysis tabs. Restored from the
    // preferences at start; the Preferences dialog applies a change when accepted.
    void setCurrencyDisplay(gds::ui::CurrencyDisplay display);
    CurrencyDisplay currencyDisplay() const { return m_currencyDisplay; }

public slots:
    bool saveVersion(const QString &note);
    bool createScenario(const QString &name);
    bool openDealFile(const QString &path, bool openInEditor);
    bool exportDealJson(const QString &path);
    void newDeal();
    void newFromSample(const gds::Deal &deal); // a sample as a new deal in the workspace
    // Exports of the current deal. Refused (false, with a message) while the deal has marked fields or
    // cannot be computed: nothing is exported from a stale result.
    bool exportTermSheetPdf(const QString &path, gds::TermSheetOptions::Paper paper);
    bool exportXlsx(const QString &path);
    bool exportPeriodCsv(const QString &path); // for machines (gpudeal-cli's format)
    // The period table as CSV in `flavor` (Localized: numbers, dates and separator of `locale`).
    bool exportPeriodCsvAs(const QString &path, gds::ui::CsvFlavor flavor, const QLocale &locale);
    // File > Connect to team workspace: opens the PostgreSQL workspace at `url` with
    // `password` (empty: the one in the system keyring, if any, else the URL's or libpq's own),
    // remembers the URL without its password among the recent connections, and keeps the password in
    // the keyring when `rememberPassword` (never in a settings file). False with the reason; then
    // `needsPassword` says whether the server wants a (different) password.
    bool connectTeamWorkspace(const QString &url, const QString &password = {}, bool rememberPassword = false,
                              QString *error = nullptr, bool *needsPassword = nullptr);
    // File > Open local workspace: back to the default workspace file.
    bool openLocalWorkspace();
    // The recent team connections, newest first, without passwords (QSettings "team/recent").
    QStringList recentTeamWorkspaces() const;
    // Opens the connect dialog (prefilled with `url`, asking for the password when `askPassword`).
    void connectTeamInteractive(const QString &url = {}, bool askPassword = false);
    // Opens deal files given on the command line (`gpudeal FILE.gpudeal.json`); the last one is shown.
    bool openFiles(const QStringList &paths);
    // View > Compare structures: the dialog, filled from the workspace and the deal in the editor.
    CompareDialog *showCompare();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

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
    void updateWorkspaceState(); // location, read-only banner and actions, connection state
    void updateNewerVersion();
    void rememberTeamConnection(const QString &url);
    // The editor and the analysis share the window's height by task: editing gives the editor what its
    // section needs to show every field (at least 58 %, at most 70 %), the charts share the height
    // evenly, the period table and the Risk view get two thirds.
    enum class Task { Editing, Charts, Analysis };
    void splitHeight(Task task, int height); // sets the split of `height` for `task`
    void shareHeight(Task task);             // the user's task: the split stays as chosen
    void applyDefaultLayout();
    void fillRecentTeamMenu();
    void showError(const QString &title, const QString &text);
    SectionTable *activeTable() const;

    // Interactive wrappers (dialogs)
    void saveVersionInteractive();
    void createScenarioInteractive();
    void openDealFileInteractive(bool openInEditor);
    void exportJsonInteractive();
    void exportPdfInteractive();
    void exportXlsxInteractive();
    void exportCsvInteractive();
    QString suggestedFileName(const QString &suffix) const;
    // True when the current result may be exported; otherwise shows why and returns false.
    bool canExport(const QString &title);
    void openWorkspaceInteractive(bool create);
    void about();
    void showShortcuts();

    DealDocument *m_doc;
    RecomputeController *m_recompute;
    LiveDownside *m_downside;
    WorkspaceSession *m_session;
    WorkspaceBrowser *m_browser = nullptr;
    DealEditor *m_editor = nullptr;
    MetricsPanel *m_metrics = nullptr;
    ChartsView *m_charts = nullptr;
    PeriodTableView *m_periods = nullptr;
    QTabWidget *m_outputs = nullptr;
    QSplitter *m_mainSplit = nullptr, *m_centerSplit = nullptr;
    QLabel *m_dealLabel = nullptr;
    bool m_defaultLayout = false;            // first start: the panes follow the window (applyDefaultLayout)
    ElidedLabel *m_workspaceLabel = nullptr; // status bar: "Team: ..." / "Local: ..."
    QLabel *m_readOnlyBanner = nullptr;      // a reader's team workspace
    QWidget *m_connectionBanner = nullptr;   // the server is unreachable: retrying
    QLabel *m_connectionText = nullptr;
    QMenu *m_recentTeamMenu = nullptr;
    QToolButton *m_issueButton = nullptr;
    QComboBox *m_scenarioBox = nullptr;
    QPointer<CompareDialog> m_compare;
    QList<QPointer<AnalysisView>> m_analysisTabs;
    CurrencyDisplay m_currencyDisplay = CurrencyDisplay::Symbol;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
};

} // namespace gds::ui
