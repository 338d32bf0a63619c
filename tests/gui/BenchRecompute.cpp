// Benchmark (not a pass/fail test): from an accepted edit of a contract price to the repainted metrics
// panel, on the sample deal, through the real main window (document, undo command, validation, engine,
// metrics panel, visible chart, period table). Run: gui_bench [-iterations N]; the README records the
// figure. Budget: 16 ms.
#include "DealDocument.h"
#include "MainWindow.h"
#include "MetricsPanel.h"
#include "OfftakeModel.h"
#include "RecomputeController.h"

#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace gds::ui;

class BenchRecompute : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("GPUDEAL_WORKSPACE", m_dir.filePath(QStringLiteral("bench.sqlite")).toUtf8());
        qputenv("GPUDEAL_NO_DIALOGS", "1");
    }

    void editToRepaintedMetrics()
    {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        w.startup();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *view = w.findChild<QTableView *>(QStringLiteral("offtakeTable"));
        auto *panel = w.findChild<MetricsPanel *>(QStringLiteral("metricsPanel"));
        QVERIFY(view && panel);
        QAbstractItemModel *model = view->model();
        const QModelIndex price = model->index(0, OfftakeModel::Price);
        int i = 0;
        QBENCHMARK
        {
            // Alternate between two prices so that every edit changes the deal.
            model->setData(price, (++i % 2) ? QStringLiteral("2.40") : QStringLiteral("2.35"));
            panel->repaint();
        }
        QVERIFY(!w.recompute()->isStale());
        qInfo("engine compute alone: %.2f ms (last edit)", w.recompute()->lastComputeMs());
    }

    void computeOnly()
    {
        MainWindow w;
        w.startup();
        gds::Deal d = w.document()->deal();
        int i = 0;
        QBENCHMARK
        {
            d.offtake[0].pricePerGpuHour = (++i % 2) ? 2.40 : 2.35;
            w.document()->setDeal(d, QStringLiteral("bench"));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(BenchRecompute)
#include "BenchRecompute.moc"
