// The GUI's background recompute (ui/RecomputeController) under a stream of edits, for
// ThreadSanitizer (build/tsan) as much as for its result: every compute runs on the worker thread,
// edits arrive while it computes (valid and invalid ones, an undo among them), the event loop delivers
// the finished computes in between, and a controller is destroyed while its worker still computes.
// Whatever the interleaving, the controller ends on exactly the result of the newest deal (one
// interleaving, an edit between the worker's end and the delivery of its signal, is forced).
#include "DealDocument.h"
#include "engine/Engine.h"
#include "engine/Result.h"
#include "io/SampleDeal.h"
#include "RecomputeController.h"

#include <cmath>
#include <memory>
#include <QCoreApplication>
#include <QThreadPool>
#include <QtTest>

using gds::ui::DealDocument;
using gds::ui::RecomputeController;

namespace {

gds::Deal withSpot(double price)
{
    gds::Deal d = gds::sampleDeal();
    d.market.spotPricePerGpuHour = price;
    return d;
}

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Bit-for-bit the same period table and metrics (one engine, one deal: nothing may differ).
bool sameResult(const gds::Result &a, const gds::Result &b)
{
    for (const gds::PeriodField &field : gds::periodFields()) {
        const auto &x = a.periods.*field.series, &y = b.periods.*field.series;
        if (x.size() != y.size())
            return false;
        for (std::size_t p = 0; p < x.size(); ++p)
            if (!sameNumber(x[p], y[p]))
                return false;
    }
    for (const gds::MetricField &field : gds::metricFields()) {
        const auto x = field.get(a.metrics), y = field.get(b.metrics);
        if (x.has_value() != y.has_value() || (x && !sameNumber(*x, *y)))
            return false;
    }
    return true;
}

} // namespace

class RecomputeThreadsTest : public QObject
{
    Q_OBJECT

private slots:
    void editsWhileComputing_data()
    {
        QTest::addColumn<int>("edits");
        QTest::addColumn<int>("eventsEvery"); // deliver pending events after every n-th edit (0: never)
        QTest::newRow("burst, no events") << 40 << 0;
        QTest::newRow("events after each edit") << 40 << 1;
        QTest::newRow("events after every third edit") << 60 << 3;
    }
    void editsWhileComputing()
    {
        QFETCH(int, edits);
        QFETCH(int, eventsEvery);
        DealDocument doc;
        RecomputeController rc(&doc);
        rc.setAlwaysAsync(true);
        doc.reset(gds::sampleDeal());
        double last = 0;
        for (int i = 0; i < edits; ++i) {
            last = 1.0 + 0.05 * i;
            doc.setDeal(withSpot(last), QStringLiteral("spot"));
            if (i % 7 == 3) { // an invalid edit, then its undo
                gds::Deal bad = withSpot(last);
                bad.cluster.gpus = 0;
                doc.setDeal(bad, QStringLiteral("invalid"));
                doc.undoStack()->undo();
            }
            if (eventsEvery > 0 && i % eventsEvery == 0)
                QCoreApplication::processEvents();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!rc.isBusy(), 60000);
        QVERIFY(rc.issues().empty());
        QVERIFY(rc.hasResult());
        QCOMPARE(doc.deal(), withSpot(last));
        QVERIFY(sameResult(rc.result(), gds::compute(withSpot(last))));
    }

    // An edit that arrives after the worker finished but before its "finished" signal was delivered
    // (the GUI thread was busy): the edit that waited for that worker is older than this one and must
    // not be computed after it and shown in its place.
    void editBetweenWorkerEndAndItsSignal()
    {
        // The interleaving depends on when Qt marks the future finished, so the sequence is repeated.
        for (int attempt = 0; attempt < 20; ++attempt) {
            DealDocument doc;
            RecomputeController rc(&doc);
            rc.setAlwaysAsync(true);
            doc.reset(withSpot(1.5));                        // worker 1 starts
            doc.setDeal(withSpot(2.0), QStringLiteral("a")); // waits for worker 1
            QThreadPool::globalInstance()->waitForDone();    // worker 1 done, its signal not yet delivered
            doc.setDeal(withSpot(2.5), QStringLiteral("b")); // the newest edit
            QTRY_VERIFY_WITH_TIMEOUT(!rc.isBusy(), 60000);
            QVERIFY(rc.issues().empty());
            QCOMPARE(doc.deal(), withSpot(2.5));
            QVERIFY2(
                sameResult(rc.result(), gds::compute(withSpot(2.5))),
                qPrintable(QStringLiteral("attempt %1: ").arg(attempt + 1) +
                           (sameResult(rc.result(), gds::compute(withSpot(2.0)))
                                ? "shows the result of the older edit (spot 2.0), not of the newest (2.5)"
                                : "shows a result of neither edit")));
        }
    }

    void destroyedWhileComputing()
    {
        for (int round = 0; round < 5; ++round) {
            DealDocument doc;
            auto rc = std::make_unique<RecomputeController>(&doc);
            rc->setAlwaysAsync(true);
            doc.reset(withSpot(1.5 + round));
            doc.setDeal(withSpot(2.5 + round), QStringLiteral("spot")); // waits behind the first
            QVERIFY(rc->isBusy());
            rc.reset(); // joins the worker; the waiting deal is dropped
        }
    }
};

QTEST_GUILESS_MAIN(RecomputeThreadsTest)
#include "tst_recompute_threads.moc"
