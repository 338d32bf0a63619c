#include "MainWindow.h"

#include "AnalysisView.h"
#include "ChartsView.h"
#include "CompareDialog.h"
#include "CsvExport.h"
#include "DealDocument.h"
#include "DealEditor.h"
#include "ElidedLabel.h"
#include "export/XlsxExport.h"
#include "io/DealJson.h"
#include "LiveDownside.h"
#include "MetricsPanel.h"
#include "PeriodTableModel.h"
#include "PeriodTableView.h"
#include "Preferences.h"
#include "RecomputeController.h"
#include "SectionTable.h"
#include "StartWorkspace.h"
#include "storage/Workspace.h"
#include "WorkspaceBrowser.h"
#include "WorkspaceSession.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace gds::ui {

namespace {

// How the settings name a workspace: a team URL without its password (nothing secret goes into the
// settings file), a file by its path.
QString sessionKey(const QString &workspace)
{
    const std::string w = workspace.toStdString();
    return gds::Workspace::isServerUrl(w) ? QString::fromStdString(gds::withoutPassword(w)) : workspace;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_doc(new DealDocument(this)), m_recompute(new RecomputeController(m_doc, this)),
      m_downside(new LiveDownside(this)), m_session(new WorkspaceSession(m_doc, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("GPU Deal Studio"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.gpudealstudio.GpuDealStudio"),
                                   QIcon(QStringLiteral(":/icons/gpudeal.svg"))));
    buildLayout();
    buildMenus();

    connect(m_recompute, &RecomputeController::resultChanged, this, &MainWindow::onResultChanged);
    connect(m_recompute, &RecomputeController::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_downside, &LiveDownside::estimateChanged, this,
            [this] { m_metrics->setDownside(m_downside->estimate(), m_downside->isRunning()); });
    connect(m_session, &WorkspaceSession::loaded, this, &MainWindow::onLoaded);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &MainWindow::refreshBrowser);
    connect(m_session, &WorkspaceSession::message, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_session, &WorkspaceSession::newerVersionChanged, this, &MainWindow::updateNewerVersion);
    connect(m_session, &WorkspaceSession::connectionStateChanged, this, &MainWindow::updateWorkspaceState);
    connect(m_session, &WorkspaceSession::pendingSaveFinished, this, [this](bool saved, const QString &text) {
        if (saved)
            statusBar()->showMessage(text, 10000);
        else
            showError(tr("Save version"), text);
    });
    connect(m_metrics, &MetricsPanel::reloadRequested, this, [this] {
        QString error;
        if (m_session->dealId() &&
            !m_session->loadLatest(*m_session->dealId(), m_session->scenarioId(), &error))
            showError(tr("Reload"), error);
    });
    connect(m_doc->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &DealDocument::dealChanged, this, &MainWindow::updateTitle);
    connect(m_browser, &WorkspaceBrowser::openLatest, this,
            [this](std::int64_t deal, std::optional<std::int64_t> sc) {
                QString error;
                if (!m_session->loadLatest(deal, sc, &error))
                    showError(tr("Open deal"), error);
            });
    connect(m_browser, &WorkspaceBrowser::openVersion, this, [this](std::int64_t deal, int number) {
        QString error;
        if (!m_session->loadVersion(deal, number, &error))
            showError(tr("Open version"), error);
    });
    connect(m_browser, &WorkspaceBrowser::restoreVersion, this, [this](std::int64_t deal, int number) {
        QString error;
        if (!m_session->restoreVersion(deal, number, &error))
            showError(tr("Restore version"), error);
    });
    const auto showStatus = [this](const QString &message) { statusBar()->showMessage(message); };
    connect(m_editor, &DealEditor::statusMessage, this, showStatus);
    connect(m_charts, &ChartsView::statusMessage, this, showStatus);
    connect(m_periods, &PeriodTableView::statusMessage, this, showStatus);
    restoreSettings();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Widgets going away may still commit an open cell editor: nothing may call back into this
    // half-destroyed window.
    m_recompute->disconnect(this);
    m_session->disconnect(this);
    m_doc->disconnect(this);
    m_doc->undoStack()->disconnect(this);
    for (const QPointer<AnalysisView> &view : std::as_const(m_analysisTabs))
        if (view) // the undo stack's clear reaches a goal seek's status message
            view->disconnect(this);
    m_recompute->waitForIdle();
}

void MainWindow::buildLayout()
{
    m_browser = new WorkspaceBrowser(this);
    m_editor = new DealEditor(m_doc, this);
    m_metrics = new MetricsPanel(this);
    m_charts = new ChartsView(this);
    m_periods = new PeriodTableView(this);
    m_outputs = new QTabWidget(this);
    m_outputs->setObjectName(QStringLiteral("outputTabs"));
    m_outputs->addTab(m_charts, tr("Charts"));
    m_outputs->addTab(m_periods, tr("Period table"));

    m_centerSplit = new QSplitter(Qt::Vertical, this);
    m_centerSplit->setObjectName(QStringLiteral("centerSplitter"));
    m_centerSplit->addWidget(m_editor);
    m_centerSplit->addWidget(m_outputs);
    m_centerSplit->setStretchFactor(0, 5);
    m_centerSplit->setStretchFactor(1, 4);
    m_centerSplit->setChildrenCollapsible(false);

    m_mainSplit = new QSplitter(Qt::Horizontal, this);
    m_mainSplit->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplit->addWidget(m_browser);
    m_mainSplit->addWidget(m_centerSplit);
    m_mainSplit->addWidget(m_metrics);
    m_mainSplit->setStretchFactor(0, 0);
    m_mainSplit->setStretchFactor(1, 1);
    m_mainSplit->setStretchFactor(2, 0);
    m_mainSplit->setCollapsible(1, false);
    m_metrics->setMinimumWidth(260);
    for (QSplitter *split : {m_mainSplit, m_centerSplit})
        connect(split, &QSplitter::splitterMoved, this, [this] { m_defaultLayout = false; });

    // Above the panes: a reader's read-only note and the unreachable server's retry state.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_readOnlyBanner = new QLabel(
        tr("Read-only: you can open, compute and export; saving is not allowed for your role"), central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setStyleSheet(QStringLiteral("background:#fff1c2; color:#5c3b00; padding:4px 8px;"));
    m_readOnlyBanner->hide();
    m_connectionBanner = new QWidget(central);
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setStyleSheet(QStringLiteral("#connectionBanner { background:#fde0dc; }"));
    auto *connectionLayout = new QHBoxLayout(m_connectionBanner);
    connectionLayout->setContentsMargins(8, 2, 8, 2);
    m_connectionText = new QLabel(m_connectionBanner);
    m_connectionText->setObjectName(QStringLiteral("connectionState"));
    m_connectionText->setStyleSheet(QStringLiteral("color:#7a1a10;"));
    connectionLayout->addWidget(m_connectionText, 1);
    auto *retry = new QPushButton(tr("Retry &now"), m_connectionBanner);
    retry->setObjectName(QStringLiteral("retryConnectionButton"));
    connect(retry, &QPushButton::clicked, this, [this] { m_session->retryNow(); });
    connectionLayout->addWidget(retry);
    m_connectionBanner->hide();
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(m_connectionBanner);
    centralLayout->addWidget(m_mainSplit, 1);
    setCentralWidget(central);

    m_dealLabel = new QLabel(this);
    m_dealLabel->setObjectName(QStringLiteral("dealStatus"));
    m_issueButton = new QToolButton(this);
    m_issueButton->setObjectName(QStringLiteral("issueButton"));
    m_issueButton->setAutoRaise(true);
    m_issueButton->setToolTip(
        tr("The problems that keep the deal from computing; pick one to go to its field"));
    // A click opens the list; each entry jumps to its field.
    auto *issueMenu = new QMenu(m_issueButton);
    issueMenu->setObjectName(QStringLiteral("issueMenu"));
    m_issueButton->setMenu(issueMenu);
    m_issueButton->setPopupMode(QToolButton::InstantPopup);
    m_issueButton->hide();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_workspaceLabel = new ElidedLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceStatus"));
    statusBar()->addPermanentWidget(m_issueButton);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    statusBar()->addPermanentWidget(m_dealLabel);
}

bool MainWindow::startup(QString *error)
{
    using Source = StartWorkspace::Source;
    QSettings settings;
    const QString last = settings.value(QStringLiteral("session/workspace")).toString();
    const StartWorkspace start =
        chooseStartWorkspace(qEnvironmentVariable("GPUDEAL_WORKSPACE"),
                             Preferences::load(settings, QLocale::system()).defaultWorkspace, last,
                             settings.value(QStringLiteral("session/fromEnvironment")).toBool(),
                             !last.isEmpty() && QFileInfo::exists(last));
    // A team workspace as File > Recent team workspaces connects to it: the keyring's password, else the
    // connect dialog asks for one (when dialogs are allowed).
    const auto connectTeam = [this](const QString &url, QString *why) {
        bool needsPassword = false;
        if (connectTeamWorkspace(url, {}, false, why, &needsPassword))
            return true;
        if (!needsPassword || qEnvironmentVariableIsSet("GPUDEAL_NO_DIALOGS"))
            return false;
        connectTeamInteractive(url, true);
        if (m_session->isTeam())
            return true;
        *why = tr("Cannot open the workspace %1: no password was given.").arg(sessionKey(url));
        return false;
    };
    QString reason;
    bool opened =
        start.isTeam() ? connectTeam(start.workspace, &reason) : m_session->open(start.workspace, &reason);
    // The preferred or last workspace cannot be opened: the data folder's file instead, and the next start
    // opens that file too unless the user reconnects (README "Team workspace (PostgreSQL)").
    QString notice, noticeDetail; // one line for the status bar; the dialog's text
    if (!opened && (start.source == Source::Preference || start.source == Source::LastSession)) {
        QString localReason;
        if (m_session->open({}, &localReason)) {
            opened = true;
            // What happened and what to do first (the status bar shows one line), then the reason.
            QString how;
            if (start.isTeam()) {
                rememberTeamConnection(start.workspace); // File > Recent team workspaces offers it
                notice = tr("The team workspace %1 could not be opened; the local workspace is open instead.")
                             .arg(QString::fromStdString(gds::serverLabel(start.workspace.toStdString())));
                how = tr("To connect again: File > Recent team workspaces.");
            } else {
                notice = tr("The workspace %1 could not be opened; the local workspace is open instead.")
                             .arg(start.workspace);
                how = start.source == Source::Preference
                          ? tr("Edit > Preferences names the default workspace.")
                          : tr("File > Open workspace opens another.");
            }
            noticeDetail = notice;
            noticeDetail += QStringLiteral("\n\n");
            noticeDetail +=
                QString(reason).replace(QStringLiteral("\n\t"), QStringLiteral("\n")); // libpq's indent
            noticeDetail += QStringLiteral("\n\n");
            noticeDetail += tr("Nothing in the local workspace has changed.");
            noticeDetail += QLatin1Char(' ');
            noticeDetail += how;
            notice += QLatin1Char(' ');
            notice += how;
            notice += QStringLiteral(" (");
            notice += reason.simplified();
            notice += QLatin1Char(')');
            if (last != sessionKey(m_session->path())) {
                settings.setValue(QStringLiteral("session/workspace"), sessionKey(m_session->path()));
                settings.remove(QStringLiteral("session/fromEnvironment"));
                settings.remove(QStringLiteral("session/dealId")); // they were the other workspace's
                settings.remove(QStringLiteral("session/scenarioId"));
            }
        } else {
            reason += QLatin1Char('\n');
            reason += localReason;
        }
    }
    if (!opened) {
        showError(tr("Workspace"),
                  tr("%1\n\nThe deal editor works, but versions and autosave are off.").arg(reason));
        m_doc->reset(gds::Deal{});
        if (error)
            *error = reason;
        return false;
    }
    // Then the last deal of the session, when it belonged to this workspace.
    std::optional<std::int64_t> deal;
    std::optional<std::int64_t> scenario;
    if (settings.contains(QStringLiteral("session/dealId")))
        deal = settings.value(QStringLiteral("session/dealId")).toLongLong();
    if (sessionKey(settings.value(QStringLiteral("session/workspace")).toString()) !=
        sessionKey(m_session->path()))
        deal.reset(); // the last deal belonged to another workspace
    if (deal && settings.contains(QStringLiteral("session/scenarioId")))
        scenario = settings.value(QStringLiteral("session/scenarioId")).toLongLong();
    bool loaded = deal && m_session->loadLatest(*deal, scenario, &reason);
    std::optional<std::int64_t> recent;
    if (!loaded) {
        recent = m_session->mostRecentDeal();
        loaded = recent && m_session->loadLatest(*recent, std::nullopt, &reason);
    }
    if (!loaded && error)
        *error = recent ? reason : tr("The workspace %1 holds no deal.").arg(m_session->path());
    if (!notice.isEmpty()) { // last, so that no message of the start hides it
        statusBar()->showMessage(notice.simplified(), 60000);
        if (!qEnvironmentVariableIsSet("GPUDEAL_NO_DIALOGS"))
            QMessageBox::warning(this, tr("Workspace"), noticeDetail);
    }
    return loaded;
}

void MainWindow::restoreSettings()
{
    const QSettings s;
    const QRect screen = QGuiApplication::primaryScreen()
                             ? QGuiApplication::primaryScreen()->availableGeometry()
                             : QRect(0, 0, 1366, 768);
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(screen.size() * 0.96);
        if (screen.width() <= 1440 || screen.height() <= 800)
            setWindowState(Qt::WindowMaximized);
    }
    m_editor->setCurrentIndex(s.value(QStringLiteral("window/editorTab"), 0).toInt());
    m_outputs->setCurrentIndex(s.value(QStringLiteral("window/outputTab"), 0).toInt());
    m_charts->setCurrentIndex(s.value(QStringLiteral("window/chartTab"), 0).toInt());
    const bool restored =
        m_mainSplit->restoreState(s.value(QStringLiteral("window/mainSplitter")).toByteArray()) &&
        m_centerSplit->restoreState(s.value(QStringLiteral("window/centerSplitter")).toByteArray());
    m_defaultLayout = !restored;
    applyDefaultLayout();
    m_periods->groupingBox()->setCurrentIndex(s.value(QStringLiteral("window/periodGrouping"), 0).toInt());
    setCurrencyDisplay(Preferences::load(s, QLocale::system()).currencyDisplay);
}

void MainWindow::splitHeight(Task task, int height)
{
    int editor = height / 3;
    if (task == Task::Editing)
        editor = std::clamp(m_editor->neededHeight(), height * 58 / 100, height * 7 / 10);
    else if (task == Task::Charts)
        editor = height / 2;
    m_centerSplit->setSizes({editor, height - editor});
}

void MainWindow::shareHeight(Task task)
{
    if (m_centerSplit->height() <= 0)
        return;
    m_defaultLayout = false; // the user's choice stays when the window is resized
    splitHeight(task, m_centerSplit->height());
}

// Until the user moves a splitter or picks a task, the panes follow the window's size: the editor's
// two columns of fields need about 740 px, so on a laptop the browser takes what is left beside the
// editor and the metrics, on a wide screen a fifth of the width; the editor's height shows the first
// section's fields whole. Before the window is shown the splitters have no size of their own yet.
void MainWindow::applyDefaultLayout()
{
    if (!m_defaultLayout)
        return;
    const int w = isVisible() ? m_mainSplit->width() : std::max(width(), 1000);
    const int metrics = w < 1500 ? 370 : 400;
    const int browser = w < 1500 ? std::clamp(w - metrics - 740, 200, 300) : std::clamp(w / 5, 300, 420);
    m_mainSplit->setSizes({browser, w - browser - metrics, metrics});
    splitHeight(Task::Editing, isVisible() ? m_centerSplit->height() : std::max(height() - 80, 500));
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    applyDefaultLayout();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    applyDefaultLayout(); // the splitters' own sizes are known from now on
}

void MainWindow::setCurrencyDisplay(gds::ui::CurrencyDisplay display)
{
    m_currencyDisplay = display; // the views skip what they show already
    m_browser->setCurrencyDisplay(display);
    m_editor->setCurrencyDisplay(display);
    m_metrics->setCurrencyDisplay(display);
    m_charts->setCurrencyDisplay(display);
    m_periods->model()->setCurrencyDisplay(display);
    if (m_compare)
        m_compare->setCurrencyDisplay(display);
    for (const QPointer<AnalysisView> &tab : std::as_const(m_analysisTabs))
        if (AnalysisView *view = tab.data())
            view->setCurrencyDisplay(display);
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/mainSplitter"), m_mainSplit->saveState());
    s.setValue(QStringLiteral("window/centerSplitter"), m_centerSplit->saveState());
    s.setValue(QStringLiteral("window/editorTab"), m_editor->currentIndex());
    s.setValue(QStringLiteral("window/outputTab"), m_outputs->currentIndex());
    s.setValue(QStringLiteral("window/chartTab"), m_charts->currentIndex());
    s.setValue(QStringLiteral("window/periodGrouping"), m_periods->groupingBox()->currentIndex());
    // The workspace reopened at the next start (startup()), a team's URL without its password; not the
    // one $GPUDEAL_WORKSPACE named, a script's or a test's.
    const QString workspace = sessionKey(m_session->path());
    const QString environment = qEnvironmentVariable("GPUDEAL_WORKSPACE");
    s.setValue(QStringLiteral("session/workspace"), workspace);
    s.setValue(QStringLiteral("session/fromEnvironment"),
               !environment.isEmpty() && sessionKey(environment) == workspace);
    if (m_session->dealId())
        s.setValue(QStringLiteral("session/dealId"), QVariant::fromValue<qlonglong>(*m_session->dealId()));
    if (m_session->scenarioId())
        s.setValue(QStringLiteral("session/scenarioId"),
                   QVariant::fromValue<qlonglong>(*m_session->scenarioId()));
    else
        s.remove(QStringLiteral("session/scenarioId"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->flushAutosave();
    saveSettings();
    event->accept();
}

void MainWindow::onResultChanged()
{
    const gds::Result &r = m_recompute->result();
    const gds::Deal &d = m_doc->deal();
    m_metrics->setResult(r, d);
    if (r.metrics.debt > 0.0) { // the live downside estimate of the accepted edit (engine.md 8)
        m_downside->request(d);
        m_metrics->setDownside(m_downside->estimate(), true);
    } else {
        m_downside->clear();
    }
    m_editor->setResult(r, d);
    m_charts->setResult(r, d);
    m_periods->setResult(r, d);
}

void MainWindow::onStateChanged()
{
    const gds::Issues &issues = m_recompute->issues();
    m_editor->setIssues(issues);
    const bool stale = !issues.empty();
    QString message;
    if (stale) {
        message = m_editor->issueText(issues.front());
        if (issues.size() > 1)
            message = tr("%1 (and %n more)", nullptr, int(issues.size() - 1)).arg(message);
        statusBar()->showMessage(message);
        m_issueButton->setText(tr("⚠ %n problem(s)", nullptr, int(issues.size())));
        QMenu *menu = m_issueButton->menu();
        menu->clear();
        for (const gds::Issue &i : issues) {
            const QString path = QString::fromStdString(i.path);
            menu->addAction(m_editor->issueText(i), this, [this, path] { m_editor->reveal(path); });
        }
        m_issueButton->show();
    } else {
        if (m_issueButton->isVisible())
            statusBar()->clearMessage();
        m_issueButton->hide();
    }
    m_metrics->setState(stale, m_recompute->isBusy(), message);
    m_charts->setStale(stale);
    m_periods->model()->setStale(stale);
}

void MainWindow::onLoaded()
{
    m_metrics->setBaseline(m_session->baseline(), tr("v%1").arg(m_session->baseVersion()));
    if (m_session->dealId())
        m_browser->setCurrent(*m_session->dealId(), m_session->scenarioId(), m_session->baseVersion());
    refreshScenarioBox();
    updateTitle();
}

void MainWindow::refreshBrowser()
{
    updateWorkspaceState();
    if (const gds::Workspace *ws = m_session->workspace()) {
        try {
            m_browser->refresh(*ws);
        } catch (const gds::WorkspaceError &e) {
            statusBar()->showMessage(tr("Workspace: %1").arg(QString::fromUtf8(e.what())));
        }
        if (m_session->dealId())
            m_browser->setCurrent(*m_session->dealId(), m_session->scenarioId(), m_session->baseVersion());
    }
    refreshScenarioBox();
}

void MainWindow::refreshScenarioBox()
{
    const QSignalBlocker block(m_scenarioBox);
    m_scenarioBox->clear();
    m_scenarioBox->addItem(tr("Main line"), QVariant::fromValue<qlonglong>(-1));
    const gds::Workspace *ws = m_session->workspace();
    if (!ws || !m_session->dealId())
        return;
    try {
        for (const gds::Scenario &s : ws->listScenarios(*m_session->dealId()))
            m_scenarioBox->addItem(QString::fromStdString(s.name), QVariant::fromValue<qlonglong>(s.id));
    } catch (const gds::WorkspaceError &) {
    }
    m_scenarioBox->setCurrentIndex(std::max(
        0, m_scenarioBox->findData(QVariant::fromValue<qlonglong>(m_session->scenarioId().value_or(-1)))));
}

void MainWindow::updateTitle()
{
    const QString name = QString::fromStdString(m_doc->deal().name);
    QString title = name.isEmpty() ? tr("GPU Deal Studio") : tr("GPU Deal Studio – %1").arg(name);
    if (m_doc->isModified())
        title = tr("%1 *", "window title of a deal with unsaved edits").arg(title);
    if (m_session->isTeam())
        title = tr("%1 [%2]", "window title, then the team workspace").arg(title, m_session->locationLabel());
    setWindowTitle(title);
    m_dealLabel->setText(
        m_doc->isModified()
            ? tr("%1 · unsaved edits (autosaved)", "version, e.g. v3 · main line").arg(m_session->describe())
            : m_session->describe());
}

void MainWindow::showError(const QString &title, const QString &text)
{
    statusBar()->showMessage(text.section(QLatin1Char('\n'), 0, 0), 10000);
    if (!qEnvironmentVariableIsSet("GPUDEAL_NO_DIALOGS"))
        QMessageBox::warning(this, title, text);
}

SectionTable *MainWindow::activeTable() const
{
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (auto *t = qobject_cast<SectionTable *>(w))
            return t;
    return m_editor->currentTable();
}

bool MainWindow::saveVersion(const QString &note)
{
    QString error;
    std::optional<gds::Metrics> metrics;
    if (!m_recompute->isStale() && m_recompute->hasResult())
        metrics = m_recompute->result().metrics;
    if (!m_session->saveVersion(note, metrics, &error)) {
        showError(tr("Save version"), error);
        return false;
    }
    return true;
}

bool MainWindow::createScenario(const QString &name)
{
    QString error;
    if (!m_session->createScenario(name, &error)) {
        showError(tr("New scenario"), error);
        return false;
    }
    return true;
}

bool MainWindow::openDealFile(const QString &path, bool openInEditor)
{
    const gds::DealFileResult r = gds::readDealFile(path.toStdString());
    if (!r.deal) {
        QStringList lines;
        for (const gds::Issue &i : r.issues) // the section, row and field as the editor shows them
            lines << m_editor->issueText(i);
        if (lines.size() > 25)
            lines = lines.mid(0, 25) << tr("…");
        showError(tr("Open deal file"),
                  tr("%1 was not loaded:\n%2").arg(path, lines.join(QLatin1Char('\n'))));
        return false;
    }
    if (!m_session->isOpen()) {
        m_doc->reset(*r.deal);
        return true;
    }
    QString error;
    if (!m_session->importDeal(*r.deal, tr("From %1").arg(QFileInfo(path).fileName()), openInEditor,
                               &error)) {
        showError(tr("Open deal file"), error);
        return false;
    }
    return true;
}

bool MainWindow::exportDealJson(const QString &path)
{
    QString error; // the whole file or nothing (README "Files and the workspace")
    if (!writeFileSafely(path, QByteArray::fromStdString(gds::writeDeal(m_doc->deal())), &error)) {
        showError(tr("Export deal"), error);
        return false;
    }
    statusBar()->showMessage(tr("Deal exported to %1").arg(path), 8000);
    return true;
}

QString MainWindow::versionLabel() const
{
    const QString label = m_session->dealId() ? m_session->describe() : tr("not saved in a workspace");
    return m_doc->isModified() ? tr("%1 + unsaved edits", "version, e.g. v3 · main line").arg(label) : label;
}

void MainWindow::addAnalysisTab(AnalysisView *view, const QString &title)
{
    const int index = m_outputs->addTab(view, title);
    // The tab shown at the last exit may be this one (settings were restored before it existed).
    if (QSettings().value(QStringLiteral("window/outputTab")).toInt() == index)
        m_outputs->setCurrentIndex(index);
    m_analysisTabs << view;
    for (QTabWidget *panels : view->findChildren<QTabWidget *>())
        connect(panels, &QTabWidget::tabBarClicked, this, [this] { shareHeight(Task::Analysis); });
    view->setCurrencyDisplay(m_currencyDisplay);
    view->setIssueNamer([this](const gds::Issue &issue) { return m_editor->issueText(issue); });
    connect(view, &AnalysisView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
}

bool MainWindow::canExport(const QString &title)
{
    m_recompute->waitForIdle();
    if (!m_recompute->issues().empty()) {
        const gds::Issues &issues = m_recompute->issues();
        QString text =
            tr("Nothing was exported: the deal has %n marked field(s). Fix the marked fields first.", nullptr,
               int(issues.size()));
        text += QStringLiteral("\n") + m_editor->issueText(issues.front());
        showError(title, text);
        return false;
    }
    if (!m_recompute->hasResult() || !m_recompute->result().ok()) {
        showError(title, tr("Nothing was exported: the deal cannot be computed yet."));
        return false;
    }
    return true;
}

bool MainWindow::exportTermSheetPdf(const QString &path, gds::TermSheetOptions::Paper paper)
{
    const QString title = tr("Export term sheet");
    if (!canExport(title))
        return false;
    gds::TermSheetOptions options;
    options.paper = paper;
    options.locale = QLocale(); // the chosen language's number and date formats
    options.date = m_today();
    options.versionLabel = versionLabel();
    const QString error = gds::writeTermSheetPdf(m_doc->deal(), m_recompute->result(), path, options);
    if (!error.isEmpty()) {
        showError(title, tr("The term sheet was not exported: %1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Term sheet exported to %1").arg(path), 8000);
    return true;
}

bool MainWindow::exportXlsx(const QString &path)
{
    const QString title = tr("Export model");
    if (!canExport(title))
        return false;
    const std::string error = gds::writeXlsx(m_doc->deal(), m_recompute->result(), path.toStdString());
    if (!error.empty()) {
        showError(title, tr("The workbook was not exported: %1").arg(QString::fromStdString(error)));
        return false;
    }
    statusBar()->showMessage(tr("Model exported to %1").arg(path), 8000);
    return true;
}

bool MainWindow::exportPeriodCsv(const QString &path)
{
    const QString title = tr("Export period table");
    if (!canExport(title))
        return false;
    QString error;
    if (!m_periods->exportCsv(path, &error)) {
        showError(title, tr("The period table was not exported: %1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Period table exported to %1").arg(path), 8000);
    return true;
}

bool MainWindow::openFiles(const QStringList &paths)
{
    bool ok = !paths.isEmpty();
    for (const QString &path : paths)
        ok = openDealFile(QFileInfo(path).absoluteFilePath(), true) && ok;
    return ok;
}

CompareDialog *MainWindow::showCompare()
{
    if (!m_compare) {
        m_compare = new CompareDialog([this] { return m_today(); }, this);
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
        m_compare->setCurrencyDisplay(m_currencyDisplay);
        connect(m_compare, &CompareDialog::statusMessage, this,
                [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    }
    m_session->flushAutosave();
    const QString name = QString::fromStdString(m_doc->deal().name);
    const QString label = tr("%1 · in the editor (%2)").arg(name, versionLabel());
    m_recompute->waitForIdle();
    m_compare->populate(m_session->workspace(), m_doc->deal(), label, m_recompute->issues().empty());
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
    return m_compare;
}

void MainWindow::updateWorkspaceState()
{
    const bool team = m_session->isTeam();
    const QString location = m_session->isOpen() ? m_session->locationLabel() : QString();
    m_browser->setLocation(location, team);
    m_workspaceLabel->setFullText(location);
    const bool reader = team && m_session->roleReadOnly();
    m_readOnlyBanner->setVisible(reader);
    m_browser->setReadOnly(m_session->roleReadOnly());
    // A reader computes and exports; everything that writes the workspace is off.
    for (const char *name : {"actionSaveVersion", "actionNewScenario", "actionNewDeal", "actionImportDeal",
                             "actionSampleH100", "actionSampleDdtl"})
        if (auto *a = findChild<QAction *>(QLatin1String(name)))
            a->setEnabled(!reader);
    if (auto *samples = findChild<QMenu *>(QStringLiteral("sampleMenu")))
        samples->setEnabled(!reader);
    const QString state = m_session->connectionState();
    m_connectionText->setText(state);
    m_connectionBanner->setVisible(!state.isEmpty());
    if (auto *a = findChild<QAction *>(QStringLiteral("actionRetryConnection")))
        a->setEnabled(m_session->isDisconnected());
    updateTitle();
}

void MainWindow::updateNewerVersion()
{
    const auto &newer = m_session->newerVersion();
    if (!newer) {
        m_metrics->setNewerVersion({});
        return;
    }
    QString when;
    if (newer->savedAt)
        when = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(
                std::chrono::duration_cast<std::chrono::milliseconds>(newer->savedAt->time_since_epoch())
                    .count()),
            QLocale::ShortFormat);
    const QString text = newer->author.empty()
                             ? tr("A newer version (v%1) of this deal was saved.").arg(newer->number)
                             : tr("A newer version (v%1) of this deal was saved by %2 at %3.")
                                   .arg(newer->number)
                                   .arg(QString::fromStdString(newer->author), when);
    m_metrics->setNewerVersion(text);
    statusBar()->showMessage(text, 10000);
}

} // namespace gds::ui
