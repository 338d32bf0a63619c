// The GUI side of Monte Carlo version 2 (engine.md 8), offscreen: the metrics panel's live downside
// estimate (P90 min DSCR and P(default) of 2,000 paths on a fixed seed, the newest edit wins, updated
// after an edit of the BB-rated contract's price or of the correlation in the credit editor), the
// credit editor writing the credit block, and the Risk view's v2 figures with and without hedges and
// offtaker defaults.
#include "common/GuiTestSupport.h"
#include "CreditEditor.h"
#include "DealDocument.h"
#include "Format.h"
#include "FormBinder.h"
#include "GoalSeekPanel.h"
#include "io/SampleDeal.h"
#include "LiveDownside.h"
#include "MetricsPanel.h"
#include "MonteCarloPanel.h"
#include "RecomputeController.h"
#include "RiskView.h"
#include "TornadoPanel.h"

#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace gds::ui;

namespace {

gds::MonteCarloResult estimateOf(const gds::Deal &d)
{
    gds::MonteCarloOptions o;
    o.paths = LiveDownside::kPaths;
    o.seed = LiveDownside::kSeed;
    return gds::runMonteCarlo(d, o);
}

std::size_t bbContract(const gds::Deal &d)
{
    for (std::size_t i = 0; i < d.offtake.size(); ++i)
        if (d.offtake[i].rating == gds::Rating::BB)
            return i;
    return 0;
}

} // namespace

class TestRiskV2 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { gds::test::isolateGuiTest(QStringLiteral("gui_risk_v2")); }

    void liveDownsideFollowsEdits()
    {
        gds::test::freshStart(m_dir.filePath(QStringLiteral("live.sqlite")));
        auto w = gds::test::startedMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        DealDocument *doc = w->document();
        doc->reset(gds::sampleDealDdtl());
        LiveDownside *live = w->liveDownside();
        gds::Deal deal = doc->deal();
        const gds::MonteCarloResult first = estimateOf(deal);
        // The H100 sample's estimate (the deal that opened) may be shown until the DDTL's arrives.
        QTRY_VERIFY_WITH_TIMEOUT(live->estimate() && !live->isRunning() &&
                                     *live->estimate()->minDscrP90 == *first.minDscrP90,
                                 30000);
        QCOMPARE(live->estimate()->probDefault, first.probDefault);
        const QString text = w->metricsPanel()->downsideText();
        QVERIFY2(text.contains(formatValue(*first.minDscrP90, gds::Unit::Multiple, QLocale(), {})),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("±")));

        // The BB-rated contract's price: the estimate follows within a moment.
        const std::size_t bb = bbContract(deal);
        deal.offtake[bb].pricePerGpuHour *= 0.6;
        QElapsedTimer timer;
        timer.start();
        doc->setDeal(deal, QStringLiteral("price"));
        const gds::MonteCarloResult cheaper = estimateOf(deal);
        QVERIFY(*cheaper.minDscrP90 != *first.minDscrP90);
        QTRY_VERIFY_WITH_TIMEOUT(live->estimate() && !live->isRunning() &&
                                     *live->estimate()->minDscrP90 == *cheaper.minDscrP90,
                                 10000);
        qInfo("live estimate after a price edit: %lld ms (busy machine)", timer.elapsed());

        // Several edits in a row: the newest wins.
        for (double correlation : {0.1, 0.5, 0.9, 0.7}) {
            deal.credit->correlation = correlation;
            deal.credit->pdByRating[std::size_t(gds::Rating::BB)] = 0.2;
            doc->setDeal(deal, QStringLiteral("correlation"));
        }
        const gds::MonteCarloResult last = estimateOf(deal);
        // Wait (events processed) until the estimate of the newest edit is shown.
        const auto newestShown = [&] {
            return !live->isRunning() && live->estimate() &&
                   live->estimate()->probOfftakerDefault == last.probOfftakerDefault &&
                   *live->estimate()->minDscrP90 == *last.minDscrP90;
        };
        for (int i = 0; i < 200 && !newestShown(); ++i)
            QTest::qWait(50);
        QVERIFY(newestShown());
        live->waitForIdle();
        QCOMPARE(live->estimate()->minDscrByPath, last.minDscrByPath);
    }

    // An older pending deal never runs after a newer one, even when the newer one arrives between the
    // end of a run and the delivery of its finished signal.
    void newestDealWinsAfterAFinishedRun()
    {
        gds::Deal a = gds::sampleDealDdtl(), b = a, c = a;
        b.credit->correlation = 0.5;
        c.credit->correlation = 0.9;
        c.credit->pdByRating[std::size_t(gds::Rating::BB)] = 0.2;
        LiveDownside live;
        live.request(a);
        live.request(b); // pending behind a
        while (live.isComputing())
            QThread::msleep(1);    // a has finished; its signal is not delivered yet
        QVERIFY(live.isRunning()); // b's estimate is still on its way
        live.request(c);
        const gds::MonteCarloResult want = estimateOf(c);
        for (int i = 0; i < 200 && !(live.estimate() && !live.isRunning()); ++i)
            QTest::qWait(50);
        QTest::qWait(200); // a stale run would replace the estimate here
        QVERIFY(live.estimate() && !live.isRunning());
        QCOMPARE(live.estimate()->minDscrByPath, want.minDscrByPath);
        QCOMPARE(live.estimate()->probOfftakerDefault, want.probOfftakerDefault);
    }

    // The credit editor writes the credit block; the correlation edit reaches the live estimate.
    void creditEditorWritesTheBlock()
    {
        DealDocument doc;
        gds::Deal d = gds::sampleDeal(); // no credit block
        doc.reset(d);
        CreditEditor editor(&doc);
        auto *rho =
            qobject_cast<QDoubleSpinBox *>(editor.binder()->widgetFor(QStringLiteral("credit.correlation")));
        QVERIFY(rho);
        QCOMPARE(rho->value(), gds::Credit{}.correlation); // the format's default is shown
        auto *bbPd = qobject_cast<QDoubleSpinBox *>(
            editor.binder()->widgetFor(QStringLiteral("credit.pd_by_rating.BB")));
        QVERIFY(bbPd);
        QCOMPARE(bbPd->value(), 0.6); // 0.006 in percent
        rho->setValue(0.45);
        emit rho->editingFinished();
        QVERIFY(doc.deal().credit);
        QCOMPARE(doc.deal().credit->correlation, 0.45);
        QCOMPARE(doc.deal().credit->pdByRating, gds::Credit::kDefaultPd);
        doc.undoStack()->undo();
        QVERIFY(!doc.deal().credit);
    }

    // The tornado of a deal with a credit block gets the credit bars, and its Monte Carlo metrics are
    // gds::tornado's with the Monte Carlo (2,000 paths, seed 1); the bars go with the credit block.
    void tornadoLearnsTheCreditInputs()
    {
        DealDocument doc;
        gds::Deal d = gds::sampleDealDdtl();
        d.credit->pdByRating[std::size_t(gds::Rating::BB)] = 0.1;
        doc.reset(d);
        TornadoPanel t(&doc);
        QCOMPARE(t.shocks().size(), gds::defaultShocks().size() + 2);
        t.setTornadoMetric(gds::TornadoMetric::ProbDefault);
        QSignalSpy computed(&t, &TornadoPanel::computed);
        t.recompute();
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() >= 1 && t.bars().size() == t.shocks().size(), 120000);
        const auto want =
            gds::tornado(d, t.shocks(), gds::TornadoMetric::ProbDefault, gds::TornadoMonteCarlo{});
        QCOMPARE(t.bars().size(), want.size());
        for (std::size_t i = 0; i < want.size(); ++i) {
            QCOMPARE(t.bars()[i].shock.key, want[i].shock.key);
            QCOMPARE(t.bars()[i].high.probDefault, want[i].high.probDefault);
            QCOMPARE(t.bars()[i].low.p90MinDscr, want[i].low.p90MinDscr);
        }
        gds::Deal plain = d;
        plain.credit.reset();
        doc.setDeal(plain, QStringLiteral("no credit"));
        QCOMPARE(t.shocks().size(), gds::defaultShocks().size());
    }

    // Goal seek offers P(default) as a target, entered in percent.
    void goalSeekOffersProbabilityOfDefault()
    {
        DealDocument doc;
        doc.reset(gds::sampleDealDdtl());
        GoalSeekPanel panel(&doc);
        gds::SeekRequest r;
        r.target = gds::SeekTarget::ProbDefault;
        r.targetValue = 0.02;
        r.variable = gds::SeekVariable::ContractPrice;
        r.index = 1;
        r.mcPaths = 500;
        panel.setRequest(r);
        const gds::SeekRequest back = panel.request();
        QCOMPARE(back.target, gds::SeekTarget::ProbDefault);
        QCOMPARE(back.targetValue, 0.02);
        QCOMPARE(back.mcPaths, 500);
    }

    // The Risk view: the v2 figures with and without hedges, and without offtaker defaults.
    void riskViewShowsV2Figures()
    {
        DealDocument doc;
        gds::Deal d = gds::sampleDealDdtl();
        d.collateral->indexLinked = true;
        d.credit->pdByRating[std::size_t(gds::Rating::BB)] = 0.1;
        doc.reset(d);
        RiskView view(&doc);
        view.resize(1366, 700);
        MonteCarloPanel *mc = view.monteCarloPanel();
        mc->setPaths(400);
        mc->setSeed(3);
        for (bool defaults : {true, false}) {
            mc->setOfftakerDefaults(defaults);
            QSignalSpy finished(mc, &MonteCarloPanel::finished);
            QTest::mouseClick(mc->findChild<QPushButton *>(QStringLiteral("mcRun")), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
            gds::MonteCarloOptions o;
            o.paths = 400;
            o.seed = 3;
            o.offtakerDefaults = defaults;
            const gds::MonteCarloResult hedged = gds::runMonteCarlo(d, o);
            QCOMPARE(mc->hedgedResult().probOfftakerDefault, hedged.probOfftakerDefault);
            QTableWidget *t = mc->v2Table();
            QCOMPARE(t->item(MonteCarloPanel::ProbOfftakerDefaultRow, 0)->data(Qt::UserRole).toDouble(),
                     hedged.probOfftakerDefault);
            QCOMPARE(t->item(MonteCarloPanel::ProbLockupTestRow, 0)->data(Qt::UserRole).toDouble(),
                     *hedged.probLockup);
            QCOMPARE(t->item(MonteCarloPanel::ProbLtvBreachRow, 0)->data(Qt::UserRole).toDouble(),
                     *hedged.probLtvBreach);
            QCOMPARE(t->item(MonteCarloPanel::MeanPrepaidRow, 0)->data(Qt::UserRole).toDouble(),
                     hedged.meanDebtPrepaid);
            QCOMPARE(t->item(MonteCarloPanel::ProbOfftakerDefaultRow, 1)->data(Qt::UserRole).toDouble(),
                     mc->unhedgedResult().probOfftakerDefault);
            QCOMPARE(hedged.probOfftakerDefault > 0.0, defaults);
            QVERIFY(!mc->collateralView()->isHidden());
            QVERIFY(mc->timingView()->chart()->series().size() >= 1);
        }
    }
};

QTEST_MAIN(TestRiskV2)
#include "TestRiskV2.moc"
