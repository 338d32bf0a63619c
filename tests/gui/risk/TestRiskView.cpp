// The Risk view, offscreen: the Monte Carlo panel shows gds::runMonteCarlo's numbers for the same seed
// (with hedges, and without them on the same random numbers), Cancel stops a run and re-enables the
// form, the event loop keeps running during a run; the tornado's bars are gds::tornado's; goal seek for
// a swap strike at a P90 min DSCR target gives gds::goalSeek's answer on the $0.0001 tick, says "not
// binding" when every strike meets the target, and Apply is one undo step that names every change
// (the sizing only when the user applies the held debt too).
#include "DealDocument.h"
#include "engine/Engine.h"
#include "engine/GoalSeek.h"
#include "engine/MonteCarlo.h"
#include "engine/Sensitivity.h"
#include "Format.h"
#include "GoalSeekPanel.h"
#include "io/SampleDeal.h"
#include "MonteCarloPanel.h"
#include "RiskView.h"
#include "SeekRounding.h"
#include "TornadoPanel.h"

#include <QBarSet>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace gds::ui;

namespace {

std::optional<double> cellValue(QTableWidget *t, int row, int column)
{
    const QVariant v = t->item(row, column)->data(Qt::UserRole);
    return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::vector<std::optional<double>> tableRows(const gds::MonteCarloResult &r)
{
    return {r.probMinDscrBelowLockup,
            r.probMinDscrBelow1,
            r.probDefault,
            r.minDscrP50,
            r.minDscrP90,
            r.minDscrP99,
            r.equityIrrP10,
            r.equityIrrP50,
            r.equityIrrP90};
}

struct Fixture {
    DealDocument doc;
    RiskView view{&doc};
    Fixture()
    {
        doc.reset(gds::sampleDeal());
        view.resize(1366, 500);
    }
};

} // namespace

class TestRiskView : public QObject
{
    Q_OBJECT

private slots:
    void monteCarloMatchesEngine_data()
    {
        QTest::addColumn<int>("paths");
        QTest::addColumn<int>("seed");
        QTest::addColumn<bool>("holdDebt");
        QTest::newRow("300 paths, seed 1, same debt") << 300 << 1 << true;
        QTest::newRow("250 paths, seed 42, same debt") << 250 << 42 << true;
        QTest::newRow("200 paths, seed 7, debt resized") << 200 << 7 << false;
    }

    void monteCarloMatchesEngine()
    {
        QFETCH(int, paths);
        QFETCH(int, seed);
        QFETCH(bool, holdDebt);
        Fixture f;
        MonteCarloPanel *mc = f.view.monteCarloPanel();
        mc->setPaths(paths);
        mc->setSeed(seed);
        mc->setHoldDebt(holdDebt);
        QSignalSpy finished(mc, &MonteCarloPanel::finished);
        QTest::mouseClick(mc->findChild<QPushButton *>(QStringLiteral("mcRun")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(mc->hasResults());
        QVERIFY(!mc->isOutdated());

        const gds::Deal deal = gds::sampleDeal();
        gds::MonteCarloOptions opt;
        opt.paths = paths;
        opt.seed = std::uint64_t(seed);
        opt.threads = 1; // the panel uses every thread: the numbers must not depend on it
        const gds::MonteCarloResult hedged = gds::runMonteCarlo(deal, opt);
        const gds::Deal bare = MonteCarloPanel::unhedgedDeal(deal, gds::compute(deal), holdDebt);
        QVERIFY(bare.hedges.empty());
        QCOMPARE(bare.debt.sizing.mode == gds::Sizing::Mode::Amount, holdDebt);
        const gds::MonteCarloResult unhedged = gds::runMonteCarlo(bare, opt);

        const auto want = std::array{tableRows(hedged), tableRows(unhedged)};
        for (int c = 0; c < 2; ++c)
            for (int r = 0; r < MonteCarloPanel::RowCount; ++r) {
                const std::optional<double> expected = want[std::size_t(c)][std::size_t(r)];
                QCOMPARE(cellValue(mc->table(), r, c), expected);
                const bool multiple =
                    r >= MonteCarloPanel::MinDscrP50Row && r <= MonteCarloPanel::MinDscrP99Row;
                QCOMPARE(mc->table()->item(r, c)->text(),
                         formatValue(expected, multiple ? gds::Unit::Multiple : gds::Unit::Percent, QLocale(),
                                     QStringLiteral("USD")));
            }
        // One convention for every metric: P90 is the downside (exceeded on 90 % of paths).
        QVERIFY(mc->table()
                    ->verticalHeaderItem(MonteCarloPanel::IrrP90Row)
                    ->text()
                    .contains(QStringLiteral("P90 (downside)")));
        QCOMPARE(cellValue(mc->table(), MonteCarloPanel::IrrP90Row, 0), hedged.equityIrrP10);
        QVERIFY(*cellValue(mc->table(), MonteCarloPanel::IrrP90Row, 0) <=
                *cellValue(mc->table(), MonteCarloPanel::IrrP10Row, 0));
        QVERIFY(*cellValue(mc->table(), MonteCarloPanel::MinDscrP90Row, 0) <=
                *cellValue(mc->table(), MonteCarloPanel::MinDscrP50Row, 0));
        QVERIFY(mc->table()->toolTip().contains(QStringLiteral("exceeded on 90 % of paths")));
        QCOMPARE(mc->hedgedResult().minDscrByPath, hedged.minDscrByPath);
        QCOMPARE(mc->unhedgedResult().minDscrByPath, unhedged.minDscrByPath);
        // The hedges matter on the sample: the same random numbers give other min DSCRs without them.
        QVERIFY(hedged.minDscrByPath != unhedged.minDscrByPath);

        // An edit after the run marks the results outdated; undoing it makes them current again.
        gds::Deal edited = f.doc.deal();
        edited.market.volatility = 0.5;
        f.doc.setDeal(edited, QStringLiteral("volatility"));
        QVERIFY(mc->isOutdated());
        f.doc.undoStack()->undo();
        QVERIFY(!mc->isOutdated());
    }

    void cancelStopsRunAndReenables()
    {
        Fixture f;
        f.view.show();
        MonteCarloPanel *mc = f.view.monteCarloPanel();
        mc->setPaths(1000000);
        auto *run = mc->findChild<QPushButton *>(QStringLiteral("mcRun"));
        auto *cancel = mc->findChild<QPushButton *>(QStringLiteral("mcCancel"));
        auto *progress = mc->findChild<QProgressBar *>(QStringLiteral("mcProgress"));
        QVERIFY(!cancel->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(mc->isRunning());
        QVERIFY(!run->isEnabled());
        QVERIFY(cancel->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 20000); // progress reaches the GUI thread
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!mc->isRunning(), 20000);
        qInfo("cancel took %lld ms", timer.elapsed());
        QVERIFY(run->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!mc->hasResults()); // a cancelled run shows nothing as if it were complete
        QVERIFY(mc->findChild<QLabel *>(QStringLiteral("mcStatus"))
                    ->text()
                    .contains(QStringLiteral("Cancelled")));
    }

    void windowRespondsDuringRun()
    {
        // The run goes on in the background while the GUI thread keeps serving events: counted in events
        // the GUI thread handled (progress updates reaching the bar, a posted call), not in wall-clock
        // ticks, so a slow machine cannot fail it.
        Fixture f;
        f.view.show();
        MonteCarloPanel *mc = f.view.monteCarloPanel();
        auto *bar = f.view.findChild<QProgressBar *>(QStringLiteral("mcProgress"));
        QSignalSpy progressed(bar, &QProgressBar::valueChanged);
        mc->setPaths(1000000);
        mc->run();
        QVERIFY(mc->isRunning());
        bool servedWhileRunning = false;
        QTimer::singleShot(0, this, [&servedWhileRunning, mc] { servedWhileRunning = mc->isRunning(); });
        QTRY_VERIFY_WITH_TIMEOUT(progressed.count() >= 3 || !mc->isRunning(), 60000);
        QVERIFY2(mc->isRunning(), "a million paths twice finished before three progress updates");
        QVERIFY(servedWhileRunning); // a call posted after the start ran while the paths were computed
        int last = -1;
        for (const QList<QVariant> &args : progressed) { // progress only moves forward
            QVERIFY(args.at(0).toInt() >= last);
            last = args.at(0).toInt();
        }
        mc->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!mc->isRunning(), 20000);
    }

    void tornadoEqualsEngine_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<double>("scale"); // the chart's unit: x, points of IRR, $ m
        QTest::newRow("min DSCR") << int(gds::TornadoMetric::MinDscr) << 1.0;
        QTest::newRow("equity IRR") << int(gds::TornadoMetric::EquityIrr) << 100.0;
        QTest::newRow("debt") << int(gds::TornadoMetric::Debt) << 1e-6;
    }

    void tornadoEqualsEngine()
    {
        QFETCH(int, metric);
        QFETCH(double, scale);
        Fixture f;
        TornadoPanel *t = f.view.tornadoPanel();
        t->setAutoUpdate(false);
        t->setTornadoMetric(gds::TornadoMetric(metric));
        // Edit one range in the table as a user would: spot price low end -30 %.
        t->table()->item(0, TornadoPanel::LowColumn)->setText(QStringLiteral("-30"));
        QCOMPARE(t->shocks().front().low, -0.3);
        QSignalSpy computed(t, &TornadoPanel::computed);
        t->recompute();
        QTRY_COMPARE_WITH_TIMEOUT(computed.count(), 1, 30000);

        std::vector<gds::Shock> shocks = gds::defaultShocks();
        shocks.front().low = -0.3;
        const auto m = gds::TornadoMetric(metric);
        const std::vector<gds::TornadoBar> want = gds::tornado(gds::sampleDeal(), shocks, m);
        const std::vector<gds::TornadoBar> &got = t->bars();
        QCOMPARE(got.size(), want.size());
        QCOMPARE(t->lowSet()->count(), int(want.size()));
        const std::optional<double> base = gds::tornadoValue(want.front().base, m);
        QVERIFY(base);
        for (std::size_t i = 0; i < want.size(); ++i) {
            QCOMPARE(got[i].shock.key, want[i].shock.key);
            QCOMPARE(gds::tornadoValue(got[i].low, m), gds::tornadoValue(want[i].low, m));
            QCOMPARE(gds::tornadoValue(got[i].high, m), gds::tornadoValue(want[i].high, m));
            // The chart draws the widest bar on top, i.e. last in the sets.
            const int j = int(want.size() - 1 - i);
            const auto lo = gds::tornadoValue(want[i].low, m), hi = gds::tornadoValue(want[i].high, m);
            QCOMPARE(t->lowSet()->at(j), lo ? (*lo - *base) * scale : 0.0);
            QCOMPARE(t->highSet()->at(j), hi ? (*hi - *base) * scale : 0.0);
        }
    }

    void tornadoRejectsBadRange()
    {
        Fixture f;
        TornadoPanel *t = f.view.tornadoPanel();
        const double before = t->shocks().front().high;
        t->table()->item(0, TornadoPanel::HighColumn)->setText(QStringLiteral("abc"));
        QCOMPARE(t->shocks().front().high, before);
        QCOMPARE(t->table()->item(0, TornadoPanel::HighColumn)->text(), QStringLiteral("20"));
        QVERIFY(!t->findChild<QLabel *>(QStringLiteral("tornadoStatus"))->text().isEmpty());
    }

    void goalSeekSwapStrikeForP90_data()
    {
        QTest::addColumn<int>("hedge");
        QTest::addColumn<double>("target");
        QTest::addColumn<bool>("reachable");
        // The sample's P90 min DSCR is 1.47x and still 1.34x with the swap struck at 0: 1.30x is met at
        // any strike, and the panel must say so rather than offer a value to apply.
        QTest::newRow("swap (#2), P90 min DSCR 1.30x: met at any strike") << 1 << 1.30 << false;
        QTest::newRow("swap (#2), P90 min DSCR 1.60x") << 1 << 1.60 << true;
        QTest::newRow("futures (#1), P90 min DSCR 1.60x") << 0 << 1.60 << true;
    }

    void goalSeekSwapStrikeForP90()
    {
        QFETCH(int, hedge);
        QFETCH(double, target);
        QFETCH(bool, reachable);
        Fixture f;
        f.view.show();
        GoalSeekPanel *g = f.view.goalSeekPanel();
        gds::SeekRequest req;
        req.target = gds::SeekTarget::P90MinDscr;
        req.targetValue = target;
        req.variable = gds::SeekVariable::SwapStrike;
        req.index = hedge;
        req.holdDebt = true;
        g->setRequest(req);
        const gds::SeekRequest shown = g->request();
        QCOMPARE(shown.target, req.target);
        QCOMPARE(shown.targetValue, req.targetValue);
        QCOMPARE(shown.variable, req.variable);
        QCOMPARE(shown.index, req.index);
        QCOMPARE(shown.holdDebt, true);
        QCOMPARE(shown.mcPaths, req.mcPaths);

        QSignalSpy solved(g, &GoalSeekPanel::solved);
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(g->findChild<QPushButton *>(QStringLiteral("seekSolve")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(solved.count(), 1, 60000);
        qInfo("goal seek (hedge %d, P90 min DSCR %.2fx): %.0f ms in the solver, %lld ms click to answer",
              hedge, target, g->lastSolveMs(), timer.elapsed());

        const gds::SeekResult want = gds::goalSeek(gds::sampleDeal(), req);
        QVERIFY(want.errors.empty());
        QCOMPARE(g->result().solved, want.solved);
        QCOMPARE(g->result().value, want.value);
        QCOMPARE(g->result().achieved, want.achieved);
        QCOMPARE(g->result().binding, want.binding);
        QCOMPARE(want.solved, reachable);
        auto *apply = g->findChild<QPushButton *>(QStringLiteral("seekApply"));
        const QString solvedText = g->findChild<QLabel *>(QStringLiteral("seekSolvedValue"))->text();
        if (!reachable) {
            // Met at every strike: not binding, in neutral words, with the range searched.
            QVERIFY(!apply->isEnabled());
            QCOMPARE(solvedText, QStringLiteral("Met at every strike in the range: not binding"));
            QVERIFY(g->findChild<QLabel *>(QStringLiteral("seekSolvedValue"))->styleSheet().isEmpty());
            QCOMPARE(g->findChild<QLabel *>(QStringLiteral("seekBinding"))->text(),
                     QStringLiteral("none: the target holds across the range"));
            const QString message = g->findChild<QLabel *>(QStringLiteral("seekMessage"))->text();
            QVERIFY2(message.contains(QStringLiteral("from $0.0000 to $")) &&
                         message.contains(QStringLiteral("per GPU-hour")) &&
                         message.contains(QStringLiteral("does not bind")),
                     qPrintable(message));
            QVERIFY2(message.contains(formatValue(want.achieved, gds::Unit::Multiple, QLocale(), {})),
                     qPrintable(message));
            return;
        }
        QCOMPARE(g->findChild<QLabel *>(QStringLiteral("seekBinding"))->text(),
                 GoalSeekPanel::bindingLabel(want.binding));
        // The answer on the index's tick ($0.0001), the metric at that value, the target held.
        const RoundedAnswer &rounded = g->rounded();
        QCOMPARE(rounded.tick, 0.0001);
        QCOMPARE(std::round(rounded.value * 1e4) / 1e4, rounded.value);
        QVERIFY(std::fabs(rounded.value - want.value) <= 0.0001);
        QVERIFY(rounded.meetsTarget);
        QCOMPARE(rounded.metric, seekMetricAt(gds::sampleDeal(), req, rounded.value));
        QVERIFY2(solvedText.contains(QLocale().toString(rounded.value, 'f', 4)), qPrintable(solvedText));
        QVERIFY(g->findChild<QLabel *>(QStringLiteral("seekAchieved"))
                    ->text()
                    .startsWith(formatValue(rounded.metric, gds::Unit::Multiple, QLocale(), {})));

        // The debt was held: applied as solved, the sizing changes too, and the undo step says so.
        QVERIFY(apply->isEnabled());
        QCOMPARE(f.doc.undoStack()->count(), 0);
        g->applyWith(GoalSeekPanel::ApplyChoice::FixDebt);
        QCOMPARE(f.doc.undoStack()->count(), 1);
        QCOMPARE(f.doc.deal(), gds::applySeekValue(gds::sampleDeal(), req, rounded.value));
        QCOMPARE(f.doc.deal().hedges[std::size_t(hedge)].strikePerGpuHour, rounded.value);
        const QString step = f.doc.undoStack()->text(0);
        QVERIFY2(step.contains(QStringLiteral("Hedge %1, strike $").arg(hedge + 1)) &&
                     step.contains(QStringLiteral("Financing, sizing: Fixed amount")) &&
                     step.contains(QStringLiteral("was Target DSCR 1.30x, capped by LTV")),
                 qPrintable(step));
        QVERIFY(!apply->isEnabled()); // applied: the answer is now the deal
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.deal(), gds::sampleDeal());

        // Only the strike: the sizing stays as it was.
        QVERIFY(apply->isEnabled());
        g->applyWith(GoalSeekPanel::ApplyChoice::KeepSizing);
        QCOMPARE(f.doc.deal().debt.sizing, gds::sampleDeal().debt.sizing);
        QCOMPARE(f.doc.deal().hedges[std::size_t(hedge)].strikePerGpuHour, rounded.value);
        QVERIFY(!f.doc.undoStack()->text(0).contains(QStringLiteral("sizing")));
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.deal(), gds::sampleDeal());
    }

    void goalSeekOnInvalidDealSaysWhy()
    {
        Fixture f;
        gds::Deal bad = f.doc.deal();
        bad.cluster.availability = 1.5;
        f.doc.setDeal(bad, QStringLiteral("bad"));
        GoalSeekPanel *g = f.view.goalSeekPanel();
        QSignalSpy solved(g, &GoalSeekPanel::solved);
        g->solve();
        QCOMPARE(solved.count(), 1);
        QVERIFY(!g->hasResult());
        // The field in words, not its JSON path.
        const QString message = g->findChild<QLabel *>(QStringLiteral("seekMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("availability"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("cluster.")), qPrintable(message));
    }
};

QTEST_MAIN(TestRiskView)
#include "TestRiskView.moc"
