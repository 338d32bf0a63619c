// GUI tests on the real main window, offscreen, driven by object name: edit a contract price and see
// the debt change; type an invalid value and see the error and the stale mark; undo restores the
// numbers; add and delete rows; save a version and restore it; recover autosaved edits; export charts
// and the period table. The workspace and the settings live in temporary places.
#include "ChartsView.h"
#include "common/GuiTestSupport.h"
#include "DealDocument.h"
#include "engine/Engine.h"
#include "Format.h"
#include "io/SampleDeal.h"
#include "MainWindow.h"
#include "MetricsPanel.h"
#include "PeriodTableModel.h"
#include "PeriodTableView.h"
#include "RecomputeController.h"
#include "storage/Workspace.h"
#include "WorkspaceBrowser.h"
#include "WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace gds::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        gds::test::isolateGuiTest(QStringLiteral("gui_mainwindow"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        // A fresh workspace per test: the first start creates it with the sample deal.
        gds::test::freshStart(m_dir.filePath(QStringLiteral("ws-%1.sqlite").arg(++m_counter)));
        m_window = gds::test::startedMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_panel = m_window->findChild<MetricsPanel *>(QStringLiteral("metricsPanel"));
        QVERIFY(m_panel);
        QCOMPARE(QString::fromStdString(m_window->document()->deal().name),
                 QString::fromStdString(gds::sampleDeal().name));
        QVERIFY(!m_panel->isStale());
    }

    void cleanup() { m_window.reset(); }

    void editContractPriceChangesDebt()
    {
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("offtakeTable"));
        QVERIFY(view);
        const QString debtBefore = m_panel->valueText(QStringLiteral("debt"));
        QVERIFY(!debtBefore.isEmpty());
        // The sample's debt is capped by LTV; a lower price makes the DSCR sizing bind.
        typeIntoCell(view, 0, 5, QStringLiteral("1.5")); // price per GPU-hour
        QCOMPARE(m_window->document()->deal().offtake[0].pricePerGpuHour, 1.5);
        QTRY_VERIFY(m_panel->valueText(QStringLiteral("debt")) != debtBefore);
        QCOMPARE(m_panel->valueText(QStringLiteral("debt")),
                 formatted(gds::compute(m_window->document()->deal()).metrics.debt));
        QVERIFY(!m_panel->deltaText(QStringLiteral("debt")).isEmpty()); // change since the saved version
    }

    void invalidValueMarksAndKeepsResults()
    {
        auto *spin = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("cluster_availability"));
        QVERIFY(spin);
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("metricsState"));
        QVERIFY(label);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("15"));
        QVERIFY(!m_panel->isStale());
        const QString debtValid = m_panel->valueText(QStringLiteral("debt"));
        QTest::keyClicks(spin, QStringLiteral("0"));                      // 150 %: out of (0, 1]
        QCOMPARE(m_window->document()->deal().cluster.availability, 1.5); // stored as typed, not clamped
        QVERIFY(m_panel->isStale());
        QVERIFY(label->text().contains(QStringLiteral("STALE")));
        QVERIFY(spin->property("gdsInvalid").toBool());
        // In the workbench's words, not the JSON path (the CLI keeps "cluster.availability").
        QCOMPARE(spin->toolTip(), QStringLiteral("Availability: must be greater than 0 % and at most 100 %"));
        QCOMPARE(
            m_window->statusBar()->currentMessage(),
            QStringLiteral("Cluster & market, Availability: must be greater than 0 % and at most 100 %"));
        QCOMPARE(m_panel->valueText(QStringLiteral("debt")), debtValid); // last valid results stay
        auto *issues = m_window->findChild<QToolButton *>(QStringLiteral("issueButton"));
        QVERIFY(issues && issues->isVisible());

        QTest::keyClick(spin, Qt::Key_Backspace); // back to 15 %
        QVERIFY(!m_panel->isStale());
        QVERIFY(!spin->property("gdsInvalid").toBool());
    }

    void unreadableCellEntryIsRefused()
    {
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("capexTable"));
        const gds::Deal before = m_window->document()->deal();
        typeIntoCell(view, 0, 3, QStringLiteral("lots"));
        QCOMPARE(m_window->document()->deal(), before);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("lots")));
    }

    void undoRestoresNumbers()
    {
        const QString debt = m_panel->valueText(QStringLiteral("debt"));
        const QString irr = m_panel->valueText(QStringLiteral("equity_irr"));
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("offtakeTable"));
        typeIntoCell(view, 0, 5, QStringLiteral("1.2")); // price of the first contract
        QVERIFY(m_panel->valueText(QStringLiteral("debt")) != debt);
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(m_panel->valueText(QStringLiteral("debt")), debt);
        QCOMPARE(m_panel->valueText(QStringLiteral("equity_irr")), irr);
        QCOMPARE(m_window->document()->deal(), gds::sampleDeal());
        m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(m_window->document()->deal().offtake[0].pricePerGpuHour, 1.2);
    }

    void addAndDeleteRows()
    {
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("capexTable"));
        auto *add = m_window->findChild<QToolButton *>(QStringLiteral("capexTable_add"));
        auto *del = m_window->findChild<QToolButton *>(QStringLiteral("capexTable_delete"));
        auto *dup = m_window->findChild<QToolButton *>(QStringLiteral("capexTable_duplicate"));
        QVERIFY(view && add && del && dup);
        const int n = int(m_window->document()->deal().capex.size());
        const QString debt = m_panel->valueText(QStringLiteral("debt"));
        view->setCurrentIndex(view->model()->index(n - 1, 0));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(int(m_window->document()->deal().capex.size()), n + 1);
        QCOMPARE(view->currentIndex().row(), n);
        // A new line starts valid (a placeholder unit cost of 1): the results stay live.
        QVERIFY(!m_panel->isStale());
        QCOMPARE(m_window->document()->deal().capex.back().unitCost, 1.0);
        typeIntoCell(view, n, 3, QStringLiteral("1000000"));
        QVERIFY(!m_panel->isStale());
        QVERIFY(m_panel->valueText(QStringLiteral("debt")) != debt);
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::mouseClick(dup, Qt::LeftButton);
        QCOMPARE(int(m_window->document()->deal().capex.size()), n + 2);
        QCOMPARE(m_window->document()->deal().capex[1], m_window->document()->deal().capex[0]);
        QTest::mouseClick(del, Qt::LeftButton); // the duplicate (current row 1)
        view->setCurrentIndex(view->model()->index(n, 0));
        QTest::mouseClick(del, Qt::LeftButton);
        QCOMPARE(m_window->document()->deal(), gds::sampleDeal());
        QCOMPARE(m_panel->valueText(QStringLiteral("debt")), debt);
    }

    void saveVersionAndRestoreIt()
    {
        WorkspaceSession *session = m_window->session();
        QCOMPARE(session->baseVersion(), 1);
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("offtakeTable"));
        typeIntoCell(view, 0, 5, QStringLiteral("2.5"));
        QVERIFY(m_window->saveVersion(QStringLiteral("price 2.50")));
        QCOMPARE(session->baseVersion(), 2);
        QVERIFY(!m_window->document()->isModified());
        QCOMPARE(m_panel->deltaText(QStringLiteral("debt")), QString()); // nothing changed since v2
        const QString debtV2 = m_panel->valueText(QStringLiteral("debt"));

        typeIntoCell(view, 0, 5, QStringLiteral("1.9"));
        QVERIFY(m_window->saveVersion(QStringLiteral("price 1.90")));
        QCOMPARE(session->baseVersion(), 3);
        QVERIFY(m_panel->valueText(QStringLiteral("debt")) != debtV2);

        // The browser lists the versions; open v2 from it, then restore v2 as a new version.
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("workspaceTree"));
        QVERIFY(tree);
        const QModelIndex v2 = findVersion(tree->model(), 2);
        QVERIFY(v2.isValid());
        emit tree->activated(v2);
        QCOMPARE(session->baseVersion(), 2);
        QCOMPARE(m_window->document()->deal().offtake[0].pricePerGpuHour, 2.5);
        QString error;
        QVERIFY2(session->restoreVersion(*session->dealId(), 2, &error), qPrintable(error));
        QCOMPARE(session->baseVersion(), 4);
        QCOMPARE(m_window->document()->deal().offtake[0].pricePerGpuHour, 2.5);
        QCOMPARE(m_panel->valueText(QStringLiteral("debt")), debtV2);
        QVERIFY(findVersion(tree->model(), 4).isValid());
    }

    void scenarioCreateAndSwitch()
    {
        QVERIFY(m_window->createScenario(QStringLiteral("hedged more")));
        auto *box = m_window->findChild<QComboBox *>(QStringLiteral("scenarioBox"));
        QCOMPARE(box->count(), 2);
        QCOMPARE(box->currentText(), QStringLiteral("hedged more"));
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("hedgeTable"));
        typeIntoCell(view, 0, 3, QStringLiteral("800"));
        QVERIFY(m_window->saveVersion(QStringLiteral("800 GPUs hedged")));
        // Back to the main line: its deal is the sample's.
        box->setCurrentIndex(0);
        emit box->activated(0);
        QVERIFY(!m_window->session()->scenarioId());
        QCOMPARE(m_window->document()->deal(), gds::sampleDeal());
        box->setCurrentIndex(1);
        emit box->activated(1);
        QCOMPARE(m_window->document()->deal().hedges[0].gpus, 800);
    }

    void autosaveRecoversAfterACrash()
    {
        m_window->session()->setAutosaveDelay(10);
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("offtakeTable"));
        typeIntoCell(view, 0, 5, QStringLiteral("2.9"));
        QTest::qWait(100); // the autosave fires
        // "Crash": a second window on the same workspace, without closing the first one.
        MainWindow second;
        second.startup();
        QCOMPARE(second.document()->deal().offtake[0].pricePerGpuHour, 2.9);
        QVERIFY(second.document()->isModified());
        second.document()->undoStack()->undo(); // drops the recovered edits
        QCOMPARE(second.document()->deal(), gds::sampleDeal());
    }

    void lastDealRestoredAtStart()
    {
        const gds::Deal other = [] {
            gds::Deal d = gds::sampleDeal();
            d.name = "Second deal";
            return d;
        }();
        QString error;
        QVERIFY(m_window->session()->importDeal(other, QStringLiteral("import"), true, &error));
        m_window->close(); // saves the session
        m_window.reset();
        MainWindow again;
        again.startup();
        QCOMPARE(QString::fromStdString(again.document()->deal().name), QStringLiteral("Second deal"));
    }

    void searchFiltersTheBrowser()
    {
        QString error;
        gds::Deal other = gds::sampleDeal();
        other.name = "Zebra cluster";
        QVERIFY(m_window->session()->importDeal(other, QStringLiteral("import"), false, &error));
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("workspaceTree"));
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("workspaceSearch"));
        QCOMPARE(tree->model()->rowCount(), 3); // both samples (first start) and the import
        QTest::keyClicks(search, QStringLiteral("zebra"));
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Zebra cluster"));
    }

    void exportChartsAndPeriods_data()
    {
        QTest::addColumn<int>("chart");
        QTest::addColumn<QString>("suffix");
        for (int c = 0; c < ChartsView::ChartCount; ++c) {
            QTest::addRow("chart %d png", c) << c << QStringLiteral("png");
            QTest::addRow("chart %d svg", c) << c << QStringLiteral("svg");
        }
    }
    void exportChartsAndPeriods()
    {
        QFETCH(int, chart);
        QFETCH(QString, suffix);
        const QString path = m_dir.filePath(QStringLiteral("chart%1.%2").arg(chart).arg(suffix));
        QString error;
        QVERIFY2(m_window->charts()->exportChart(chart, path, &error, QSize(800, 500)), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (suffix == QLatin1String("png")) {
            QCOMPARE(QImage::fromData(bytes, "PNG").size(), QSize(800, 500));
        } else {
            QVERIFY(bytes.contains("<svg"));
            QVERIFY(bytes.size() > 1000);
        }
        QVERIFY(
            !m_window->charts()->exportChart(chart, QStringLiteral("/nonexistent-dir/x.") + suffix, &error));
    }

    void periodTableCopyAndCsv()
    {
        PeriodTableView *periods = m_window->periodTable();
        auto *grouping = m_window->findChild<QComboBox *>(QStringLiteral("periodGrouping"));
        const int months = periods->model()->columnCount();
        grouping->setCurrentIndex(2);
        QVERIFY(periods->model()->columnCount() < months);
        periods->copy();
        const QString text = QApplication::clipboard()->text();
        QCOMPARE(text.count(QLatin1Char('\n')), periods->model()->rowCount() + 1);
        const QString csv = m_dir.filePath(QStringLiteral("years.csv"));
        QVERIFY(periods->exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), periods->model()->rowCount() + 1);
    }

private:
    QString formatted(double money) const
    {
        return gds::ui::formatValue(money, gds::Unit::Money, m_panel->locale(), QStringLiteral("USD"), true);
    }

    // Types into a table cell the way a user does: select it, type (starts the editor), Enter.
    void typeIntoCell(QTableView *view, int row, int column, const QString &text)
    {
        // Show the tab the table is on, as a user would.
        for (QWidget *w = view; w->parentWidget(); w = w->parentWidget())
            if (auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget()))
                stack->setCurrentWidget(w);
        view->setFocus();
        const QModelIndex index = view->model()->index(row, column);
        view->setCurrentIndex(index);
        view->edit(index);
        QLineEdit *editor = nullptr;
        for (QLineEdit *e : view->viewport()->findChildren<QLineEdit *>())
            if (e->isVisible())
                editor = e;
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits through a queued call
    }

    static QModelIndex findVersion(QAbstractItemModel *model, int number, const QModelIndex &parent = {})
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (i.data(WorkspaceBrowser::KindRole).toInt() == 2 &&
                i.data(WorkspaceBrowser::VersionRole).toInt() == number)
                return i;
            const QModelIndex found = findVersion(model, number, i);
            if (found.isValid())
                return found;
        }
        return {};
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<MainWindow> m_window;
    MetricsPanel *m_panel = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
