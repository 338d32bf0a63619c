// The document model's undo stack (one generic before/after command, keystroke merging) and the
// recompute controller (validate -> compute, stale on invalid input, newest edit wins off the GUI
// thread).
#include "DealDocument.h"
#include "engine/Engine.h"
#include "io/SampleDeal.h"
#include "RecomputeController.h"

#include <limits>
#include <QSignalSpy>
#include <QTest>

using namespace gds::ui;

namespace {
gds::Deal withPrice(double price)
{
    gds::Deal d = gds::sampleDeal();
    d.offtake[0].pricePerGpuHour = price;
    return d;
}
} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void editUndoRedo()
    {
        DealDocument doc;
        doc.reset(gds::sampleDeal());
        QSignalSpy changed(&doc, &DealDocument::dealChanged);
        QVERIFY(!doc.isModified());
        doc.setDeal(withPrice(3.0), QStringLiteral("price"));
        QCOMPARE(doc.deal().offtake[0].pricePerGpuHour, 3.0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QCOMPARE(doc.deal(), gds::sampleDeal());
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.deal().offtake[0].pricePerGpuHour, 3.0);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("price"));
    }

    void unchangedDealIsNoStep()
    {
        DealDocument doc;
        doc.reset(gds::sampleDeal());
        doc.setDeal(gds::sampleDeal(), QStringLiteral("nothing"));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void keystrokesMerge_data()
    {
        QTest::addColumn<bool>("endBetween");
        QTest::addColumn<int>("steps");
        QTest::newRow("one field, one step") << false << 1;
        QTest::newRow("focus left between: two steps") << true << 2;
    }
    void keystrokesMerge()
    {
        QFETCH(bool, endBetween);
        QFETCH(int, steps);
        DealDocument doc;
        doc.reset(gds::sampleDeal());
        const QString key = QStringLiteral("offtake[0].price_per_gpu_hour");
        doc.setDeal(withPrice(2.0), QStringLiteral("price"), key);
        doc.setDeal(withPrice(2.4), QStringLiteral("price"), key);
        if (endBetween)
            doc.endMerge();
        doc.setDeal(withPrice(2.45), QStringLiteral("price"), key);
        QCOMPARE(doc.undoStack()->count(), steps);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(doc.deal(), gds::sampleDeal());
    }

    void differentFieldsDoNotMerge()
    {
        DealDocument doc;
        doc.reset(gds::sampleDeal());
        gds::Deal d = doc.deal();
        d.cluster.gpus = 5000;
        doc.setDeal(d, QStringLiteral("gpus"), QStringLiteral("cluster.gpus"));
        d.cluster.pue = 1.4;
        doc.setDeal(d, QStringLiteral("pue"), QStringLiteral("cluster.pue"));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.deal().cluster.gpus, 5000);
        QCOMPARE(doc.deal().cluster.pue, gds::sampleDeal().cluster.pue);
    }

    void typingBackToTheStartLeavesNoStep()
    {
        DealDocument doc;
        doc.reset(gds::sampleDeal());
        const QString key = QStringLiteral("k");
        doc.setDeal(withPrice(2.0), QStringLiteral("price"), key);
        doc.setDeal(gds::sampleDeal(), QStringLiteral("price"), key);
        QCOMPARE(doc.undoStack()->count(), 0); // the merged command is obsolete
        QVERIFY(!doc.isModified());
    }

    void typingAfterUndoStartsANewStep()
    {
        DealDocument doc;
        doc.reset(gds::sampleDeal());
        const QString key = QStringLiteral("k");
        doc.setDeal(withPrice(2.0), QStringLiteral("a"), key);
        doc.setDeal(withPrice(2.1), QStringLiteral("b"), QStringLiteral("other"));
        doc.undoStack()->undo();
        doc.setDeal(withPrice(2.2), QStringLiteral("c"), key);
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.deal().offtake[0].pricePerGpuHour, 2.0);
    }

    void resetClearsHistory()
    {
        DealDocument doc;
        doc.setDeal(withPrice(2.0), QStringLiteral("a"));
        doc.reset(gds::sampleDeal());
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    void recomputeValidAndInvalid()
    {
        DealDocument doc;
        RecomputeController rc(&doc);
        rc.setSyncBudgetMs(std::numeric_limits<double>::infinity()); // synchronous on any machine
        QSignalSpy results(&rc, &RecomputeController::resultChanged);
        doc.reset(gds::sampleDeal());
        QCOMPARE(results.count(), 1);
        QVERIFY(!rc.isStale());
        const double debt = rc.result().metrics.debt;
        QCOMPARE(debt, gds::compute(gds::sampleDeal()).metrics.debt);

        gds::Deal bad = gds::sampleDeal();
        bad.cluster.availability = 1.5;
        doc.setDeal(bad, QStringLiteral("bad"));
        QVERIFY(rc.isStale());
        QCOMPARE(results.count(), 1);             // nothing new
        QCOMPARE(rc.result().metrics.debt, debt); // the last valid result stays
        QCOMPARE(rc.issues().size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(rc.issues().front().path), QStringLiteral("cluster.availability"));

        doc.undoStack()->undo();
        QVERIFY(!rc.isStale());
        QCOMPARE(results.count(), 2);
        QCOMPARE(rc.result().metrics.debt, debt);
    }

    // (v2) A gpudeal/2 deal (tranches, waterfall, collateral) recomputes in the workbench like any other.
    void recomputeV2Deal()
    {
        DealDocument doc;
        RecomputeController rc(&doc);
        QSignalSpy results(&rc, &RecomputeController::resultChanged);
        doc.reset(gds::sampleDealDdtl());
        QCOMPARE(results.count(), 1);
        QVERIFY(!rc.isStale());
        const gds::Result expected = gds::compute(gds::sampleDealDdtl());
        QCOMPARE(rc.result().metrics.debt, expected.metrics.debt);
        QCOMPARE(rc.result().metrics.debtPrepaid, expected.metrics.debtPrepaid);
        QCOMPARE(rc.result().tranches.size(), std::size_t(2));
    }

    void newestEditWinsOffTheGuiThread()
    {
        DealDocument doc;
        RecomputeController rc(&doc);
        rc.setAlwaysAsync(true);
        doc.reset(gds::sampleDeal());
        for (double price : {2.0, 2.2, 2.4, 2.6, 2.8})
            doc.setDeal(withPrice(price), QStringLiteral("price"));
        QVERIFY(rc.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!rc.isBusy(), 20000);
        QVERIFY(!rc.isStale());
        QCOMPARE(rc.result().metrics.debt, gds::compute(withPrice(2.8)).metrics.debt);
    }

    void invalidEditWhileComputingStaysStale()
    {
        DealDocument doc;
        RecomputeController rc(&doc);
        rc.setAlwaysAsync(true);
        doc.reset(gds::sampleDeal());
        QTRY_VERIFY_WITH_TIMEOUT(!rc.isBusy(), 20000);
        const double debt = rc.result().metrics.debt;
        doc.setDeal(withPrice(3.0), QStringLiteral("valid"));
        gds::Deal bad = withPrice(3.0);
        bad.cluster.gpus = 0;
        doc.setDeal(bad, QStringLiteral("invalid"));
        QTRY_VERIFY_WITH_TIMEOUT(!rc.isBusy(), 20000);
        QVERIFY(rc.isStale());
        QCOMPARE(rc.result().metrics.debt, debt);
    }
};

QTEST_MAIN(TestDocument)
#include "TestDocument.moc"
