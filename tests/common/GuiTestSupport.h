// Set-up shared by the tests that drive the real main window: settings and paths kept away from the
// user's (QStandardPaths test mode, an application name per test), no modal dialogs, and a fresh
// workspace per window. Header-only.
#pragma once

#include "MainWindow.h"
#include "RecomputeController.h"

#include <limits>
#include <memory>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
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

} // namespace gds::test
