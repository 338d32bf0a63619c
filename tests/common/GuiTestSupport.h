// Set-up shared by the tests that drive the real main window: settings and paths kept away from the
// user's (QStandardPaths test mode, an application name per test), no modal dialogs, and a fresh
// workspace per window. Header-only.
#pragma once

#include "MainWindow.h"
#include "RecomputeController.h"

#include <limits>
#include <memory>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTableView>
#include <QTest>

namespace gds::test {

// Call from initTestCase(): this test's settings and files stay under its own name, and every
// question the workbench would ask in a dialog is answered by default.
inline void isolateGuiTest(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GPU Deal Studio Tests"));
    QCoreApplication::setApplicationName(applicationName);
    qputenv("GPUDEAL_NO_DIALOGS", "1");
}

// Points the next main window at a new workspace file (its first start creates it with the sample
// deal) and clears the settings, as on a first start.
inline void freshStart(const QString &workspacePath)
{
    qputenv("GPUDEAL_WORKSPACE", workspacePath.toUtf8());
    QSettings().clear();
}

// A main window at 1366x768, shown and started (the sample deal open); `configure` runs before the
// start (e.g. to inject a clock). Check the result with QVERIFY(QTest::qWaitForWindowExposed(...)).
template <typename Configure = void (*)(gds::ui::MainWindow &)>
std::unique_ptr<gds::ui::MainWindow> startedMainWindow(Configure configure = [](gds::ui::MainWindow &) {})
{
    auto window = std::make_unique<gds::ui::MainWindow>();
    // Every recompute on the GUI thread whatever the machine's speed (sanitizers, a busy CI): the
    // tests read the results right after an edit. The worker path has tests of its own (gui_document).
    window->recompute()->setSyncBudgetMs(std::numeric_limits<double>::infinity());
    configure(*window);
    window->resize(1366, 768);
    window->show();
    window->startup();
    return window;
}

// Types into a table cell as a user does: select it, F2 starts its editor (a line edit or a spin
// box), type, Return.
inline void typeIntoCell(QTableView *view, int row, int column, const QString &text)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, column));
    QTest::keyClick(view, Qt::Key_F2);
    // The cell's editor has the focus (a spin box's line edit inside it).
    QWidget *editor = QApplication::focusWidget();
    if (editor && qobject_cast<QAbstractSpinBox *>(editor->parentWidget()))
        editor = editor->parentWidget();
    if (!qobject_cast<QLineEdit *>(editor) && !qobject_cast<QAbstractSpinBox *>(editor))
        editor = nullptr;
    QVERIFY2(editor, qPrintable(QStringLiteral("no editor at %1,%2").arg(row).arg(column)));
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    else
        static_cast<QAbstractSpinBox *>(editor)->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
}

// A choice cell: F2 opens its combo box; arrow keys to `choice`, Return.
inline void chooseInCell(QTableView *view, int row, int column, int choice)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, column));
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(combo);
    for (int guard = 0; combo->currentIndex() != choice && guard < 10; ++guard)
        QTest::keyClick(combo, combo->currentIndex() < choice ? Qt::Key_Down : Qt::Key_Up);
    QTest::keyClick(combo, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(view->model()->index(row, column).data(Qt::EditRole).toInt(), choice);
}

} // namespace gds::test
