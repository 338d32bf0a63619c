// Screenshots of every view of the workbench at laptop and desktop sizes, for people to look at (not a
// CTest entry): gui_shots OUT_DIR [WIDTHxHEIGHT ...]. Offscreen; the workspace and settings live in a
// temporary place. Views: the editor with the charts, each chart, the period table, the three Risk
// panels after a run, and Compare structures.
#include "ChartsView.h"
#include "common/GuiTestSupport.h"
#include "CompareDialog.h"
#include "DealDocument.h"
#include "DealEditor.h"
#include "GoalSeekPanel.h"
#include "HdScreen.h"
#include "MainWindow.h"
#include "MonteCarloPanel.h"
#include "RiskView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

int main(int argc, char **argv)
{
    // A screen larger than the largest size shot (the default offscreen screen is 800x800, and a
    // window is never larger than its screen).
    QTemporaryDir screenDir;
    if (!gds::test::useOffscreenScreen(screenDir, 2560, 1440))
        return 1;
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        qWarning("usage: gui_shots OUT_DIR [WIDTHxHEIGHT ...]");
        return 64;
    }
    const QDir out(args[1]);
    QDir().mkpath(out.path());
    QStringList sizes = args.mid(2);
    if (sizes.isEmpty())
        sizes = {QStringLiteral("1366x768"), QStringLiteral("1920x1080")};
    gds::test::isolateGuiTest(QStringLiteral("gui_shots"));
    QTemporaryDir dir;
    int n = 0;
    for (const QString &size : sizes) {
        const QSize s(size.section(QLatin1Char('x'), 0, 0).toInt(),
                      size.section(QLatin1Char('x'), 1, 1).toInt());
        gds::test::freshStart(dir.filePath(QStringLiteral("ws-%1.sqlite").arg(++n)));
        auto window = gds::test::startedMainWindow();
        auto *risk = new gds::ui::RiskView(window->document());
        window->addAnalysisTab(risk, QStringLiteral("Risk"));
        window->resize(s); // a first start: the panes follow the window's size (applyDefaultLayout)
        QTest::qWait(200);
        auto shot = [&](QWidget *w, const QString &name) {
            QApplication::processEvents();
            w->grab().save(out.filePath(size + QLatin1Char('-') + name + QStringLiteral(".png")));
        };
        // Tabs are clicked as a user does: the editor and the analysis then share the height by task.
        const auto click = [](QTabWidget *tabs, int index) {
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
            QApplication::processEvents();
        };
        shot(window.get(), QStringLiteral("01-editor"));
        for (int tab = 1; tab < window->editor()->count(); ++tab) {
            click(window->editor(), tab);
            shot(window.get(), QStringLiteral("01-editor-%1").arg(tab));
        }
        // The version-2 terms of the Financing section on the DDTL sample, then back.
        if (auto *ddtl = window->findChild<QAction *>(QStringLiteral("actionSampleDdtl"))) {
            ddtl->trigger();
            QTest::qWait(300);
            click(window->editor(), gds::ui::DealEditor::FinancingTab);
            shot(window.get(), QStringLiteral("01-editor-financing-v2"));
            // The waterfall and collateral charts of the DDTL sample.
            window->editor()->setCurrentIndex(0);
            if (gds::ui::ChartsView *v2charts = window->charts()) {
                for (int chart :
                     {gds::ui::ChartsView::WaterfallChart, gds::ui::ChartsView::CollateralChart}) {
                    click(v2charts, chart);
                    QTest::qWait(100);
                    shot(window.get(), QStringLiteral("02-ddtl-chart-%1").arg(chart));
                }
                v2charts->setCurrentIndex(0);
            }
            window->findChild<QAction *>(QStringLiteral("actionSampleH100"))->trigger();
            QTest::qWait(300);
        }
        click(window->editor(), 0);
        QTabWidget *charts = window->charts();
        for (int i = 0; i < charts->count(); ++i) {
            click(charts, i);
            shot(window.get(), QStringLiteral("02-chart-%1").arg(i));
        }
        click(window->outputTabs(), 1);
        shot(window.get(), QStringLiteral("03-periods"));
        click(window->outputTabs(), window->outputTabs()->indexOf(risk));
        risk->monteCarloPanel()->setPaths(1000);
        QSignalSpy done(risk->monteCarloPanel(), &gds::ui::MonteCarloPanel::finished);
        risk->monteCarloPanel()->run();
        done.wait(60000);
        shot(window.get(), QStringLiteral("04-risk-mc"));
        QAction *full = window->findChild<QAction *>(QStringLiteral("actionAnalysisFullWindow"));
        full->setChecked(true);
        shot(window.get(), QStringLiteral("04b-risk-mc-full"));
        window->outputTabs()->setCurrentIndex(1);
        shot(window.get(), QStringLiteral("03b-periods-full"));
        window->outputTabs()->setCurrentIndex(0);
        charts->setCurrentIndex(3);
        shot(window.get(), QStringLiteral("02b-debt-full"));
        window->outputTabs()->setCurrentWidget(risk);
        full->setChecked(false);
        click(risk->tabs(), 1);
        QTest::qWait(1500);
        shot(window.get(), QStringLiteral("05-risk-tornado"));
        click(risk->tabs(), 2);
        QSignalSpy solved(risk->goalSeekPanel(), &gds::ui::GoalSeekPanel::solved);
        risk->goalSeekPanel()->solve();
        solved.wait(60000);
        shot(window.get(), QStringLiteral("06-risk-seek"));
        // A second version with another price, so that Compare structures has changes to colour.
        {
            gds::Deal d = window->document()->deal();
            d.offtake[0].pricePerGpuHour *= 0.9;
            window->document()->setDeal(d, QStringLiteral("cheaper"));
            window->saveVersion(QStringLiteral("price -10 %"));
        }
        gds::ui::CompareDialog *compare = window->showCompare();
        if (auto *picker = compare->findChild<QTreeWidget *>(QStringLiteral("structurePicker"))) {
            int ticked = 0;
            for (QTreeWidgetItemIterator it(picker); *it && ticked < 3; ++it)
                if ((*it)->flags() & Qt::ItemIsUserCheckable) {
                    (*it)->setCheckState(0, Qt::Checked);
                    ++ticked;
                }
        }
        QTest::qWait(300);
        shot(compare, QStringLiteral("07-compare"));
        compare->close();
    }
    return 0;
}
