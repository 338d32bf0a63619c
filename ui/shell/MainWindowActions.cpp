// Menus, tool bar and the dialogs behind them.
#include "ChartsView.h"
#include "CompareDialog.h"
#include "ConnectDialog.h"
#include "DealDocument.h"
#include "DealEditor.h"
#include "io/SampleDeal.h"
#include "MainWindow.h"
#include "MetricsPanel.h"
#include "PasswordStore.h"
#include "PeriodTableView.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "SectionTable.h"
#include "storage/Workspace.h"
#include "WorkspaceBrowser.h"
#include "WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace gds::ui {

namespace {
QAction *menuAction(QMenu *menu, const QString &text, const QKeySequence &key, const QString &name)
{
    QAction *a = menu->addAction(text);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    return a;
}

// A small valid deal to start from: one capex line, merchant revenue only, a sculpted loan.
gds::Deal blankDeal(const QString &name, QDate today)
{
    gds::Deal d = gds::sampleDeal();
    d.name = name.toStdString();
    d.sponsor.clear();
    d.notes.clear();
    const QDate next = today.addMonths(1);
    d.start = {next.year(), next.month()};
    d.offtake.clear();
    d.hedges.clear();
    d.capex.resize(1);
    d.capex[0].description = "GPU servers";
    return d;
}
} // namespace

void MainWindow::buildMenus()
{
    QUndoStack *undo = m_doc->undoStack();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    connect(menuAction(file, tr("&New deal…"), QKeySequence::New, QStringLiteral("actionNewDeal")),
            &QAction::triggered, this, &MainWindow::newDeal);
    // Both samples, as new deals in the workspace.
    QMenu *samples = file->addMenu(tr("New from samp&le"));
    samples->setObjectName(QStringLiteral("sampleMenu"));
    connect(menuAction(samples, tr("&H100 cluster, one senior loan"), {}, QStringLiteral("actionSampleH100")),
            &QAction::triggered, this, [this] { newFromSample(gds::sampleDeal()); });
    connect(menuAction(samples, tr("&B200 cluster, notes and DDTL with a cash waterfall (version 2)"), {},
                       QStringLiteral("actionSampleDdtl")),
            &QAction::triggered, this, [this] { newFromSample(gds::sampleDealDdtl()); });
    connect(menuAction(file, tr("&Open deal file…"), QKeySequence::Open, QStringLiteral("actionOpenDeal")),
            &QAction::triggered, this, [this] { openDealFileInteractive(true); });
    connect(menuAction(file, tr("&Import deal file into workspace…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                       QStringLiteral("actionImportDeal")),
            &QAction::triggered, this, [this] { openDealFileInteractive(false); });
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    connect(menuAction(exportMenu, tr("Deal as &JSON…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                       QStringLiteral("actionExportJson")),
            &QAction::triggered, this, &MainWindow::exportJsonInteractive);
    connect(menuAction(exportMenu, tr("&Term sheet (PDF)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                       QStringLiteral("actionExportPdf")),
            &QAction::triggered, this, &MainWindow::exportPdfInteractive);
    connect(menuAction(exportMenu, tr("&Model (XLSX)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                       QStringLiteral("actionExportXlsx")),
            &QAction::triggered, this, &MainWindow::exportXlsxInteractive);
    connect(menuAction(exportMenu, tr("&Period table (CSV)…"), {}, QStringLiteral("actionExportCsv")),
            &QAction::triggered, this, &MainWindow::exportCsvInteractive);
    connect(menuAction(exportMenu, tr("Visible c&hart as PNG/SVG…"), {}, QStringLiteral("actionExportChart")),
            &QAction::triggered, m_charts, &ChartsView::exportCurrent);
    file->addSeparator();
    connect(menuAction(file, tr("&Save version…"), QKeySequence::Save, QStringLiteral("actionSaveVersion")),
            &QAction::triggered, this, &MainWindow::saveVersionInteractive);
    connect(menuAction(file, tr("New scenario from current deal…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QStringLiteral("actionNewScenario")),
            &QAction::triggered, this, &MainWindow::createScenarioInteractive);
    file->addSeparator();
    connect(menuAction(file, tr("Open &workspace…"), {}, QStringLiteral("actionOpenWorkspace")),
            &QAction::triggered, this, [this] { openWorkspaceInteractive(false); });
    connect(menuAction(file, tr("New wor&kspace…"), {}, QStringLiteral("actionNewWorkspace")),
            &QAction::triggered, this, [this] { openWorkspaceInteractive(true); });
    // The team workspace on PostgreSQL.
    connect(menuAction(file, tr("Connect to &team workspace…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), QStringLiteral("actionConnectTeam")),
            &QAction::triggered, this, [this] { connectTeamInteractive(); });
    m_recentTeamMenu = file->addMenu(tr("&Recent team workspaces"));
    m_recentTeamMenu->setObjectName(QStringLiteral("recentTeamMenu"));
    connect(m_recentTeamMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentTeamMenu);
    fillRecentTeamMenu();
    connect(menuAction(file, tr("Open lo&cal workspace"), {}, QStringLiteral("actionOpenLocal")),
            &QAction::triggered, this, &MainWindow::openLocalWorkspace);
    QAction *retry =
        menuAction(file, tr("Retr&y connection now"), {}, QStringLiteral("actionRetryConnection"));
    retry->setEnabled(false);
    connect(retry, &QAction::triggered, this, [this] { m_session->retryNow(); });
    file->addSeparator();
    connect(menuAction(file, tr("&Quit"), QKeySequence::Quit, QStringLiteral("actionQuit")),
            &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("actionUndo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("actionRedo"));
    redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    struct RowOp {
        QString text;
        QKeySequence key;
        QString name;
        void (SectionTable::*slot)();
    };
    const RowOp ops[] = {
        {tr("&Add row"), QKeySequence(Qt::CTRL | Qt::Key_Insert), QStringLiteral("actionAddRow"),
         &SectionTable::addRow},
        {tr("D&uplicate row"), QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("actionDuplicateRow"),
         &SectionTable::duplicateRow},
        {tr("&Delete rows"), QKeySequence(Qt::CTRL | Qt::Key_Delete), QStringLiteral("actionDeleteRows"),
         &SectionTable::deleteRows},
        {tr("Move row u&p"), QKeySequence(Qt::ALT | Qt::Key_Up), QStringLiteral("actionMoveUp"),
         &SectionTable::moveUp},
        {tr("Move row do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down), QStringLiteral("actionMoveDown"),
         &SectionTable::moveDown},
    };
    for (const RowOp &op : ops) {
        QAction *a = menuAction(edit, op.text, op.key, op.name);
        connect(a, &QAction::triggered, this, [this, slot = op.slot] {
            if (SectionTable *t = activeTable())
                (t->*slot)();
            else
                statusBar()->showMessage(tr("Rows: go to the Capex, Offtake or Hedges tab first"), 5000);
        });
    }
    edit->addSeparator();
    connect(menuAction(edit, tr("Pre&ferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                       QStringLiteral("actionPreferences")),
            &QAction::triggered, this, [this] {
                PreferencesDialog dialog(this);
                connect(&dialog, &PreferencesDialog::preferencesChanged, this,
                        [this](const Preferences &p) { setCurrencyDisplay(p.currencyDisplay); });
                if (dialog.exec() == QDialog::Accepted)
                    statusBar()->showMessage(tr("Preferences saved"), 5000);
            });
    edit->addSeparator();
    QAction *copyHint =
        edit->addAction(tr("Copy cells (Ctrl+C) and paste rows from a spreadsheet (Ctrl+V) in any table"));
    copyHint->setEnabled(false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList sections = {tr("Cluster && market"), tr("Capex"), tr("Offtake"), tr("Hedges"),
                                  tr("Financing")};
    for (int i = 0; i < sections.size(); ++i)
        connect(menuAction(view, sections[i], QKeySequence(Qt::CTRL | (Qt::Key_1 + i)),
                           QStringLiteral("actionSection%1").arg(i + 1)),
                &QAction::triggered, this, [this, i] {
                    m_editor->setCurrentIndex(i);
                    m_editor->currentWidget()->setFocus();
                });
    view->addSeparator();
    connect(
        menuAction(view, tr("C&harts"), QKeySequence(Qt::CTRL | Qt::Key_6), QStringLiteral("actionCharts")),
        &QAction::triggered, this, [this] { m_outputs->setCurrentWidget(m_charts); });
    connect(menuAction(view, tr("&Period table"), QKeySequence(Qt::CTRL | Qt::Key_7),
                       QStringLiteral("actionPeriods")),
            &QAction::triggered, this, [this] {
                m_outputs->setCurrentWidget(m_periods);
                m_periods->view()->setFocus();
            });
    QMenu *grouping = view->addMenu(tr("Period table &by"));
    const QStringList groups = {tr("&Months"), tr("&Quarters"), tr("&Years")};
    for (int i = 0; i < groups.size(); ++i)
        connect(menuAction(grouping, groups[i], QKeySequence(Qt::CTRL | Qt::ALT | (Qt::Key_1 + i)),
                           QStringLiteral("actionGrouping%1").arg(i)),
                &QAction::triggered, this, [this, i] { m_periods->groupingBox()->setCurrentIndex(i); });
    view->addSeparator();
    connect(menuAction(view, tr("C&ompare structures…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                       QStringLiteral("actionCompare")),
            &QAction::triggered, this, &MainWindow::showCompare);
    view->addSeparator();
    QAction *showBrowser = menuAction(view, tr("&Workspace browser"), QKeySequence(Qt::CTRL | Qt::Key_B),
                                      QStringLiteral("actionShowBrowser"));
    showBrowser->setCheckable(true);
    showBrowser->setChecked(true);
    connect(showBrowser, &QAction::toggled, m_browser, &QWidget::setVisible);
    connect(menuAction(view, tr("&Find deal"), QKeySequence::Find, QStringLiteral("actionFind")),
            &QAction::triggered, this, [this, showBrowser] {
                showBrowser->setChecked(true);
                m_browser->search()->setFocus();
                m_browser->search()->selectAll();
            });
    QAction *showMetrics = menuAction(view, tr("&Metrics panel"), QKeySequence(Qt::CTRL | Qt::Key_M),
                                      QStringLiteral("actionShowMetrics"));
    showMetrics->setCheckable(true);
    showMetrics->setChecked(true);
    connect(showMetrics, &QAction::toggled, m_metrics, &QWidget::setVisible);
    // One key gives the analysis (charts, period table, risk) the whole window, and back: the editor,
    // the browser and the metrics step aside; an editor section (Ctrl+1..5) brings them back.
    QAction *fullAnalysis = menuAction(view, tr("&Analysis in the whole window"), QKeySequence(Qt::Key_F11),
                                       QStringLiteral("actionAnalysisFullWindow"));
    fullAnalysis->setCheckable(true);
    connect(fullAnalysis, &QAction::toggled, this, [this, showBrowser, showMetrics](bool on) {
        m_editor->setVisible(!on);
        m_browser->setVisible(!on && showBrowser->isChecked());
        m_metrics->setVisible(!on && showMetrics->isChecked());
        if (on)
            m_outputs->currentWidget()->setFocus();
    });
    // The editor and the analysis share the window by task (shareHeight()): a click on a tab of the
    // analysis (a chart, the period table, the Risk view and its panels) or of the editor.
    connect(m_outputs, &QTabWidget::tabBarClicked, this, [this](int index) {
        shareHeight(m_outputs->widget(index) == m_charts ? Task::Charts : Task::Analysis);
    });
    connect(m_charts, &QTabWidget::tabBarClicked, this, [this] { shareHeight(Task::Charts); });
    connect(m_editor, &QTabWidget::tabBarClicked, this, [this](int index) {
        m_editor->setCurrentIndex(index); // measure the section clicked, not the one it replaces
        shareHeight(Task::Editing);
    });
    for (int i = 1; i <= 5; ++i)
        connect(findChild<QAction *>(QStringLiteral("actionSection%1").arg(i)), &QAction::triggered,
                fullAnalysis, [this, fullAnalysis] {
                    fullAnalysis->setChecked(false);
                    shareHeight(Task::Editing);
                });
    for (const char *name : {"actionCharts", "actionPeriods"})
        connect(findChild<QAction *>(QLatin1String(name)), &QAction::triggered, this, [this, name] {
            shareHeight(qstrcmp(name, "actionCharts") == 0 ? Task::Charts : Task::Analysis);
        });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(menuAction(help, tr("&Keyboard shortcuts"), QKeySequence::HelpContents,
                       QStringLiteral("actionShortcuts")),
            &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(menuAction(help, tr("&About GPU Deal Studio"), {}, QStringLiteral("actionAbout")),
            &QAction::triggered, this, &MainWindow::about);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Fixed labels on the toolbar (the step's name in the tooltip): the bar does not jump as the
    // menu's "Undo Edit ..." text grows.
    for (const bool isUndo : {true, false}) {
        auto *a = new QAction(isUndo ? tr("Undo") : tr("Redo"), bar);
        a->setObjectName(isUndo ? QStringLiteral("toolbarUndo") : QStringLiteral("toolbarRedo"));
        a->setEnabled(isUndo ? undo->canUndo() : undo->canRedo());
        connect(a, &QAction::triggered, undo, isUndo ? &QUndoStack::undo : &QUndoStack::redo);
        connect(undo, isUndo ? &QUndoStack::canUndoChanged : &QUndoStack::canRedoChanged, a,
                &QAction::setEnabled);
        connect(undo, isUndo ? &QUndoStack::undoTextChanged : &QUndoStack::redoTextChanged, a,
                [a, isUndo](const QString &step) {
                    a->setToolTip(step.isEmpty() ? QString()
                                                 : (isUndo ? tr("Undo: %1") : tr("Redo: %1")).arg(step));
                });
        bar->addAction(a);
    }
    bar->addSeparator();
    bar->addAction(findChild<QAction *>(QStringLiteral("actionSaveVersion")));
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Scenario "), bar));
    m_scenarioBox = new QComboBox(bar);
    m_scenarioBox->setObjectName(QStringLiteral("scenarioBox"));
    m_scenarioBox->setMinimumContentsLength(14);
    m_scenarioBox->setToolTip(tr("Switch between the main line and the scenarios of this deal"));
    bar->addWidget(m_scenarioBox);
    bar->addAction(findChild<QAction *>(QStringLiteral("actionNewScenario")));
    connect(m_scenarioBox, &QComboBox::activated, this, [this](int i) {
        if (!m_session->dealId())
            return;
        const qlonglong id = m_scenarioBox->itemData(i).toLongLong();
        QString error;
        if (!m_session->loadLatest(*m_session->dealId(),
                                   id < 0 ? std::nullopt : std::optional<std::int64_t>(id), &error))
            showError(tr("Switch scenario"), error);
    });
}

void MainWindow::newDeal()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New deal"), tr("Name of the deal:"),
                                               QLineEdit::Normal, tr("New GPU cluster deal"), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const gds::Deal deal = blankDeal(name.trimmed(), QDate::currentDate());
    if (!m_session->isOpen()) {
        m_doc->reset(deal);
        return;
    }
    QString error;
    if (!m_session->importDeal(deal, tr("New deal"), true, &error))
        showError(tr("New deal"), error);
}

void MainWindow::newFromSample(const gds::Deal &deal)
{
    if (!m_session->isOpen()) {
        m_doc->reset(deal);
        return;
    }
    QString error;
    if (!m_session->importDeal(deal, tr("Sample deal"), true, &error))
        showError(tr("New from sample"), error);
}

void MainWindow::saveVersionInteractive()
{
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Save version"), tr("Note for this version (what changed):"), QLineEdit::Normal, {}, &ok);
    if (ok)
        saveVersion(note);
}

void MainWindow::createScenarioInteractive()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New scenario"),
                                               tr("Scenario name (e.g. \"hedged\", \"48-month tenor\"):"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        createScenario(name.trimmed());
}

void MainWindow::openDealFileInteractive(bool openInEditor)
{
    const QString path =
        QFileDialog::getOpenFileName(this, openInEditor ? tr("Open deal file") : tr("Import deal file"),
                                     QDir::homePath(), tr("Deal files (*.json *.gpudeal);;All files (*)"));
    if (!path.isEmpty() && openDealFile(path, openInEditor) && !openInEditor)
        statusBar()->showMessage(tr("%1 imported into the workspace").arg(QFileInfo(path).fileName()), 8000);
}

void MainWindow::exportJsonInteractive()
{
    QString name = QString::fromStdString(m_doc->deal().name).simplified();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export deal"),
                                                      QDir::home().filePath(name + QStringLiteral(".json")),
                                                      tr("Deal files (*.json)"));
    if (!path.isEmpty())
        exportDealJson(path);
}

QString MainWindow::suggestedFileName(const QString &suffix) const
{
    QString name = QString::fromStdString(m_doc->deal().name).simplified();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    if (name.isEmpty())
        name = QStringLiteral("deal");
    return QDir::home().filePath(name + suffix);
}

void MainWindow::exportPdfInteractive()
{
    if (!canExport(tr("Export term sheet")))
        return;
    // The paper is chosen with the file type; the default follows the locale's measurement system.
    const QString a4 = tr("PDF, A4 paper (*.pdf)"), letter = tr("PDF, US Letter paper (*.pdf)");
    const Preferences prefs = Preferences::load(QSettings(), QLocale::system());
    QString filter = prefs.paper == Preferences::Paper::Letter ? letter : a4;
    QString path = QFileDialog::getSaveFileName(this, tr("Export term sheet"),
                                                suggestedFileName(QStringLiteral("-term-sheet.pdf")),
                                                a4 + QStringLiteral(";;") + letter, &filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    exportTermSheetPdf(path, filter == letter ? gds::TermSheetOptions::Paper::Letter
                                              : gds::TermSheetOptions::Paper::A4);
}

void MainWindow::exportXlsxInteractive()
{
    if (!canExport(tr("Export model")))
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export model"), suggestedFileName(QStringLiteral(".xlsx")), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    exportXlsx(path);
}

void MainWindow::exportCsvInteractive()
{
    const QString title = tr("Export period table");
    if (!canExport(title))
        return;
    QSettings settings;
    const auto target =
        askCsvTarget(this, title, suggestedFileName(QStringLiteral("-periods.csv")), locale(), settings);
    if (target)
        exportPeriodCsvAs(target->path, target->flavor, locale());
}

bool MainWindow::exportPeriodCsvAs(const QString &path, CsvFlavor flavor, const QLocale &locale)
{
    const QString title = tr("Export period table");
    if (!canExport(title))
        return false;
    QString error;
    if (!m_periods->exportCsv(path, flavor, locale, &error)) {
        showError(title, tr("The period table was not exported: %1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Period table exported to %1").arg(path), 8000);
    return true;
}

void MainWindow::openWorkspaceInteractive(bool create)
{
    const QString path =
        create ? QFileDialog::getSaveFileName(this, tr("New workspace"), QDir::homePath(),
                                              tr("Workspaces (*.sqlite *.gpudeal.sqlite)"))
               : QFileDialog::getOpenFileName(this, tr("Open workspace"), QDir::homePath(),
                                              tr("Workspaces (*.sqlite *.gpudeal.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path)) {
        showError(tr("New workspace"), tr("%1 exists already; choose a new file name.").arg(path));
        return;
    }
    QString error;
    if (!m_session->open(path, &error)) {
        showError(tr("Workspace"), error);
        return;
    }
    if (const auto recent = m_session->mostRecentDeal())
        m_session->loadLatest(*recent, std::nullopt, &error);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About GPU Deal Studio"),
        tr("<h3>GPU Deal Studio %1</h3><p>Build a GPU cluster financing deal – capex, offtake contracts, "
           "hedges on the GPU-hour index, senior debt – and see live what each contract and hedge does "
           "to debt capacity, cost of capital and downside risk.</p><p>Workspace: %2</p>")
            .arg(QApplication::applicationVersion(), m_session->path().toHtmlEscaped()));
}

void MainWindow::showShortcuts()
{
    QStringList rows;
    for (QAction *a : findChildren<QAction *>())
        if (!a->shortcut().isEmpty() && !a->text().isEmpty())
            rows << QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                        .arg(QString(a->text()).remove(QLatin1Char('&')).toHtmlEscaped(),
                             a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    rows.sort();
    rows.removeDuplicates();
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setText(
        tr("<table>%1</table><p>In tables: type or F2 to edit, Enter to accept, Esc to cancel, Tab to move; "
           "Ctrl+C copies cells, Ctrl+V pastes rows copied from a spreadsheet.</p>")
            .arg(rows.join(QString())));
    box.exec();
}

// --- team workspace ------------------------------------------------------------------------

QStringList MainWindow::recentTeamWorkspaces() const
{
    return QSettings().value(QStringLiteral("team/recent")).toStringList();
}

void MainWindow::rememberTeamConnection(const QString &url)
{
    const QString clean = QString::fromStdString(gds::withoutPassword(url.toStdString()));
    QStringList recent = recentTeamWorkspaces();
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > 8)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("team/recent"), recent);
    fillRecentTeamMenu();
}

void MainWindow::fillRecentTeamMenu()
{
    m_recentTeamMenu->clear();
    const QStringList recent = recentTeamWorkspaces();
    int n = 0;
    for (const QString &url : recent) {
        const QString label = QString::fromStdString(gds::serverLabel(url.toStdString()));
        QAction *a = m_recentTeamMenu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(label));
        a->setToolTip(url);
        a->setData(url);
        connect(a, &QAction::triggered, this, [this, url] {
            QString error;
            bool needsPassword = false;
            if (!connectTeamWorkspace(url, {}, false, &error, &needsPassword)) {
                if (needsPassword)
                    connectTeamInteractive(url, true);
                else
                    showError(tr("Connect to team workspace"), error);
            }
        });
    }
    if (recent.isEmpty())
        m_recentTeamMenu->addAction(tr("(none yet)"))->setEnabled(false);
    m_recentTeamMenu->menuAction()->setEnabled(true);
}

bool MainWindow::connectTeamWorkspace(const QString &url, const QString &password, bool rememberPassword,
                                      QString *error, bool *needsPassword)
{
    const std::string key = url.trimmed().toStdString();
    QString pw = password;
    const auto loc = gds::parseServerUrl(key);
    if (pw.isEmpty() && loc && !loc->hasPassword)
        if (const auto stored = PasswordStore::read(url.trimmed()))
            pw = *stored;
    QString reason;
    bool needs = false;
    if (!m_session->open(url.trimmed(), &reason, pw, &needs)) {
        if (error)
            *error = reason;
        if (needsPassword)
            *needsPassword = needs;
        return false;
    }
    if (rememberPassword && !password.isEmpty()) {
        QString why;
        if (!PasswordStore::write(url.trimmed(), password, &why))
            statusBar()->showMessage(
                tr("The password was not stored (%1): it will be asked next time.").arg(why), 10000);
    }
    rememberTeamConnection(url.trimmed());
    QString loadError;
    if (const auto recent = m_session->mostRecentDeal())
        m_session->loadLatest(*recent, std::nullopt, &loadError);
    else
        m_doc->reset(gds::Deal{}); // an empty deal book: nothing of the previous workspace stays
    refreshBrowser();
    statusBar()->showMessage(tr("Connected to %1").arg(m_session->locationLabel()), 8000);
    return true;
}

void MainWindow::connectTeamInteractive(const QString &url, bool askPassword)
{
    ConnectDialog dialog(this);
    const QStringList recent = recentTeamWorkspaces();
    dialog.setUrl(!url.isEmpty() ? url : recent.value(0));
    if (askPassword)
        dialog.askPassword(tr("The server asks for a password."), PasswordStore::available());
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        bool needsPassword = false;
        const QString password = dialog.password();
        if (connectTeamWorkspace(dialog.url(), password, dialog.rememberPassword(), &error, &needsPassword))
            return;
        if (needsPassword)
            dialog.askPassword(password.isEmpty() ? tr("The server asks for a password.")
                                                  : tr("The server did not accept the password."),
                               PasswordStore::available());
        else
            dialog.setError(error);
    }
}

bool MainWindow::openLocalWorkspace()
{
    QString error;
    if (!m_session->open({}, &error)) {
        showError(tr("Workspace"), error);
        return false;
    }
    if (const auto recent = m_session->mostRecentDeal())
        m_session->loadLatest(*recent, std::nullopt, &error);
    refreshBrowser();
    return true;
}

} // namespace gds::ui
