// The workbench as an advisor reads it (README, "The workbench"), offscreen on the real main window at
// 1366x768: the hedge ratio and net index exposure beside the metrics and under the Hedges table with
// the over-hedge warning; problems named by section, row and field as the user sees them, listed by
// the problems button (each entry jumps to its field); new capex rows valid from the start; letters in
// a number field explained; window shortcuts (Undo, Compare structures) whatever has the focus; goal
// seek's apply asks before changing the sizing; the period table's banker formatting and total
// column; one sign format for changes; the browser's open version. The layout: TestLaptopLayout.
#include "ChartsView.h"
#include "common/GuiTestSupport.h"
#include "CompareDialog.h"
#include "CompareModel.h"
#include "DealDocument.h"
#include "DealEditor.h"
#include "engine/Engine.h"
#include "GoalSeekPanel.h"
#include "HdScreen.h"
#include "HedgeExposure.h"
#include "io/SampleDeal.h"
#include "MainWindow.h"
#include "MetricsPanel.h"
#include "MonteCarloPanel.h"
#include "PeriodTableModel.h"
#include "PeriodTableView.h"
#include "RecomputeController.h"
#include "RiskView.h"
#include "SectionTable.h"
#include "TornadoPanel.h"
#include "WorkspaceBrowser.h"
#include "WorkspaceSession.h"

#include <functional>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QValueAxis>

using namespace gds::ui;

using Mutation = std::function<void(gds::Deal &)>;
Q_DECLARE_METATYPE(Mutation)

class TestAdvisor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        gds::test::isolateGuiTest(QStringLiteral("gui_advisor"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        gds::test::freshStart(m_dir.filePath(QStringLiteral("ws-%1.sqlite").arg(++m_counter)));
        m_window = gds::test::startedMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    // Hedge ratio = hedged GPU-hours / expected merchant GPU-hours, by calendar year, from the period
    // lines (engine.md section 3); the sample's hedges exceed its merchant volume.
    void hedgeRatioFromPeriodLines()
    {
        const gds::Deal deal = gds::sampleDeal();
        const gds::Result r = gds::compute(deal);
        QVERIFY(r.ok());
        const HedgeExposure e = hedgeExposure(deal, r);
        double merchant = 0, hedged = 0;
        const gds::PeriodTable &t = r.periods;
        for (int p = 1; p < t.size(); ++p) {
            const auto i = std::size_t(p);
            if (t.spotPrice[i] > 0)
                merchant += t.merchantRevenue[i] / t.spotPrice[i];
            hedged += t.hedgedGpus[i] * 24.0 * t.days[i];
        }
        QVERIFY(merchant > 0 && hedged > 0);
        QCOMPARE(e.merchantHours, merchant);
        QCOMPARE(e.hedgedHours, hedged);
        QVERIFY(e.ratio);
        QVERIFY(std::fabs(*e.ratio - hedged / merchant) < 1e-12);
        QString years;
        for (const HedgeYear &y : e.years)
            years += QStringLiteral("%1: merchant %2 hedged %3 net %4; ")
                         .arg(y.year)
                         .arg(y.merchantHours)
                         .arg(y.hedgedHours)
                         .arg(y.netHours);
        QVERIFY2(e.overHedged(), qPrintable(years));
        QVERIFY2(e.netShort(), qPrintable(years));
        QVERIFY(!e.years.empty());
        for (const HedgeYear &y : e.years)
            QCOMPARE(y.year >= deal.start.year, true);
    }

    void hedgeExposureShown_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<bool>("overHedged");
        QTest::addColumn<bool>("shown");
        QTest::newRow("sample: over-hedged") << Mutation([](gds::Deal &) {}) << true << true;
        QTest::newRow("hedges of 1 GPU: under-hedged") << Mutation([](gds::Deal &d) {
            for (gds::Hedge &h : d.hedges)
                h.gpus = 1;
        }) << false << true;
        QTest::newRow("no hedges: nothing to show")
            << Mutation([](gds::Deal &d) { d.hedges.clear(); }) << false << false;
    }

    void hedgeExposureShown()
    {
        QFETCH(Mutation, mutate);
        QFETCH(bool, overHedged);
        QFETCH(bool, shown);
        gds::Deal d = m_window->document()->deal();
        mutate(d);
        m_window->document()->setDeal(d, QStringLiteral("hedges"));
        m_window->recompute()->waitForIdle();
        QApplication::processEvents();
        auto *metrics = m_window->findChild<QLabel *>(QStringLiteral("metricsHedgeExposure"));
        auto *section = m_window->findChild<QLabel *>(QStringLiteral("hedgeExposure"));
        QVERIFY(metrics && section);
        QCOMPARE(metrics->isVisibleTo(m_window.get()), shown);
        QCOMPARE(metrics->property("overHedged").toBool(), overHedged);
        QCOMPARE(section->property("overHedged").toBool(), overHedged);
        if (shown) {
            QVERIFY2(metrics->text().contains(QStringLiteral("Hedge ratio")), qPrintable(metrics->text()));
            QVERIFY2(metrics->text().contains(QStringLiteral("net ")), qPrintable(metrics->text()));
            QVERIFY2(section->text().contains(QStringLiteral("Hedge ratio by year")),
                     qPrintable(section->text()));
            QVERIFY(section->text().contains(QString::number(d.start.year + 1)));
        }
        QCOMPARE(section->text().contains(QStringLiteral("Over-hedged in")), overHedged);
        QCOMPARE(metrics->toolTip().contains(QStringLiteral("net short the index")), overHedged);
    }

    void problemsInTheUsersWords_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("focusName");
        QTest::newRow("capex unit cost") << Mutation([](gds::Deal &d) { d.capex[1].unitCost = 0; })
                                         << QStringLiteral("Capex row 2, Unit cost: must be greater than 0")
                                         << QStringLiteral("capexTable");
        QTest::newRow("hedge GPUs") << Mutation([](gds::Deal &d) { d.hedges[1].gpus = 0; })
                                    << QStringLiteral("Hedges row 2, GPUs: must be at least 1")
                                    << QStringLiteral("hedgeTable");
        QTest::newRow("capex spend entry")
            << Mutation([](gds::Deal &d) {
                   d.capex[0].spend.push_back({0, 0.0});
               })
            << QStringLiteral("Capex row 1, Spend, spend entry 3, share: must be "
                              "greater than 0 % and at most 100 %")
            << QStringLiteral("capexTable");
        QTest::newRow("availability in %")
            << Mutation([](gds::Deal &d) { d.cluster.availability = 1.5; })
            << QStringLiteral("Cluster & market, Availability: must be greater "
                              "than 0 % and at most 100 %")
            << QStringLiteral("cluster_availability");
        QTest::newRow("contracts above the cluster")
            << Mutation([](gds::Deal &d) { d.cluster.gpus = 100; })
            << QStringLiteral("Offtake: the contracts active in Apr 2027 need 3,696 GPUs, more than the "
                              "cluster's 100")
            << QStringLiteral("offtakeTable");
    }

    void problemsInTheUsersWords()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, first);
        QFETCH(QString, focusName);
        gds::Deal d = m_window->document()->deal();
        mutate(d);
        m_window->document()->setDeal(d, QStringLiteral("bad"));
        m_window->recompute()->waitForIdle();
        QApplication::processEvents();
        QVERIFY(m_window->metricsPanel()->isStale());
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(first),
                 qPrintable(m_window->statusBar()->currentMessage()));
        auto *button = m_window->findChild<QToolButton *>(QStringLiteral("issueButton"));
        QVERIFY(button && button->isVisible());
        // The button opens the list; each entry jumps to its field.
        QMenu *menu = button->menu();
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("issueMenu"));
        QCOMPARE(qsizetype(menu->actions().size()), qsizetype(m_window->recompute()->issues().size()));
        QCOMPARE(menu->actions().front()->text(), first);
        QCOMPARE(button->popupMode(), QToolButton::InstantPopup);
        for (const QAction *a : menu->actions())
            QVERIFY2(!a->text().contains(QLatin1Char('[')) && !a->text().contains(QLatin1Char('_')),
                     qPrintable(a->text())); // no JSON paths
        m_window->metricsPanel()->setFocus();
        menu->actions().front()->trigger();
        QApplication::processEvents();
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY2(focus->objectName() == focusName ||
                     (focus->parentWidget() && focus->parentWidget()->objectName() == focusName),
                 qPrintable(focus->objectName()));
    }

    void newCapexRowStartsValid()
    {
        DealEditor *editor = m_window->editor();
        editor->setCurrentIndex(DealEditor::CapexTab);
        const auto rows = m_window->document()->deal().capex.size();
        editor->capexTable()->addRow();
        m_window->recompute()->waitForIdle();
        QApplication::processEvents();
        QCOMPARE(m_window->document()->deal().capex.size(), rows + 1);
        QVERIFY(m_window->recompute()->issues().empty());
        QVERIFY(!m_window->metricsPanel()->isStale());
        QCOMPARE(m_window->document()->deal().capex.back().unitCost, 1.0);
    }

    void lettersInNumberFieldsAreExplained()
    {
        auto *spin = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("cluster_availability"));
        QVERIFY(spin);
        m_window->editor()->setCurrentIndex(DealEditor::ClusterTab);
        spin->setFocus();
        const gds::Deal before = m_window->document()->deal();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("x"));
        QCOMPARE(m_window->document()->deal(), before);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Availability takes a number: \"x\" cannot be part of it"));
    }

    // Window shortcuts work whatever has the focus.
    void undoInAFormFieldUndoesTheDeal()
    {
        auto *spin = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("cluster_availability"));
        m_window->editor()->setCurrentIndex(DealEditor::ClusterTab);
        spin->setFocus();
        const gds::Deal before = m_window->document()->deal();
        spin->selectAll();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("90"));
        QCOMPARE(m_window->document()->deal().cluster.availability, 0.9);
        QVERIFY(m_window->document()->undoStack()->canUndo());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->document()->deal(), before);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->document()->deal().cluster.availability, 0.9);
    }

    void compareFromTheHedgesTable()
    {
        DealEditor *editor = m_window->editor();
        editor->setCurrentIndex(DealEditor::HedgeTab);
        QTableView *view = editor->hedgeTable()->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QVERIFY(!m_window->findChild<CompareDialog *>());
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_window->findChild<CompareDialog *>() &&
                    m_window->findChild<CompareDialog *>()->isVisible());
    }

    // The period table in a banker's format.
    void periodTableFormatting()
    {
        PeriodTableModel *model = m_window->periodTable()->model();
        int ebitda = -1, spot = -1, capex = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString key = QString::fromLatin1(gds::periodFields()[std::size_t(r)].key);
            ebitda = key == QLatin1String("ebitda") ? r : ebitda;
            spot = key == QLatin1String("spot_price") ? r : spot;
            capex = key == QLatin1String("capex") ? r : capex;
        }
        QVERIFY(ebitda >= 0 && spot >= 0 && capex >= 0);
        QVERIFY(model->data(model->index(ebitda, 1), Qt::FontRole).value<QFont>().bold());
        QVERIFY(model->headerData(ebitda, Qt::Vertical, Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model->data(model->index(capex, 1), Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model->data(model->index(spot, 0)).toString(), QString()); // the close: no index level
        QVERIFY(!model->data(model->index(spot, 1)).toString().isEmpty());
        QVERIFY(model->headerData(1, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("ends")));
        // The total column: each flow over the whole model; balances and ratios blank.
        QTableView *totals = m_window->periodTable()->totalsView();
        QVERIFY(totals);
        QCOMPARE(totals->model()->rowCount(), model->rowCount());
        QCOMPARE(totals->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Total"));
        const gds::Result r = gds::compute(m_window->document()->deal());
        double capexSum = 0;
        for (double v : r.periods.capex)
            capexSum += v;
        QCOMPARE(totals->model()->index(capex, 0).data(PeriodTableModel::RawValueRole).toDouble(), capexSum);
        QCOMPARE(totals->model()->index(spot, 0).data().toString(), QString());
        QCOMPARE(totals->model()->index(ebitda, 0).data(Qt::FontRole).value<QFont>().bold(), true);
        model->setGrouping(PeriodTableModel::Grouping::Year);
        // The sample: close Jan 2027, 75 periods: 2033 holds three months.
        QCOMPARE(model->headerData(model->columnCount() - 1, Qt::Horizontal).toString(),
                 QStringLiteral("2033 (3 mo.)"));
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("2027"));
    }

    // Changes: one sign format, nothing for a change that rounds to zero.
    void metricChangesInOneFormat()
    {
        MetricsPanel *panel = m_window->metricsPanel();
        gds::Metrics base = gds::compute(m_window->document()->deal()).metrics;
        base.debt += 2.05e6;
        *base.equityIrr += 1e-7; // -0.00001 pp: no change on screen
        *base.minDscr -= 0.25;
        panel->setBaseline(base, QStringLiteral("test"));
        QCOMPARE(panel->deltaText(QStringLiteral("debt")), QStringLiteral("−$2.05 m"));
        QCOMPARE(panel->deltaText(QStringLiteral("equity_irr")), QString());
        QCOMPARE(panel->deltaText(QStringLiteral("min_dscr")), QStringLiteral("+0.25x"));
    }

    // Issue 19.9 in the Risk view: goal seek's and the tornado's messages name the section, row and field
    // as the editor does ("Capex row 2, Unit cost: must be greater than 0"), never a JSON path; the
    // engine's warnings reach the metrics panel.
    void riskMessagesInTheEditorsWords()
    {
        auto *risk = new RiskView(m_window->document());
        m_window->addAnalysisTab(risk, QStringLiteral("Risk"));
        gds::Deal bad = gds::sampleDeal();
        bad.capex[1].unitCost = 0.0;
        m_window->document()->setDeal(bad, QStringLiteral("bad"));
        GoalSeekPanel *seek = risk->goalSeekPanel();
        QSignalSpy solved(seek, &GoalSeekPanel::solved);
        seek->solve();
        QCOMPARE(solved.count(), 1);
        const QString message = seek->findChild<QLabel *>(QStringLiteral("seekMessage"))->text();
        QVERIFY2(message.endsWith(QStringLiteral("Capex row 2, Unit cost: must be greater than 0")),
                 qPrintable(message));
        TornadoPanel *tornado = risk->tornadoPanel();
        QMetaObject::invokeMethod(tornado, "recompute");
        const QString status = tornado->findChild<QLabel *>(QStringLiteral("tornadoStatus"))->text();
        QVERIFY2(status.endsWith(QStringLiteral("Capex row 2, Unit cost: must be greater than 0")),
                 qPrintable(status));
        for (const QString &text : {message, status})
            QVERIFY2(!text.contains(QStringLiteral("capex[")), qPrintable(text));
        // A goal seek request the deal cannot serve: the message alone, no request field's name.
        m_window->document()->setDeal(gds::sampleDeal(), QStringLiteral("good"));
        gds::Deal noHedges = gds::sampleDeal();
        noHedges.hedges.clear();
        m_window->document()->setDeal(noHedges, QStringLiteral("no hedges"));
        gds::SeekRequest req;
        req.variable = gds::SeekVariable::SwapStrike;
        req.index = 0;
        seek->setRequest(req);
        seek->solve();
        QVERIFY(solved.wait(60000));
        const QString noHedge = seek->findChild<QLabel *>(QStringLiteral("seekMessage"))->text();
        QCOMPARE(noHedge, QStringLiteral("Cannot solve: the deal has no hedges"));

        // A warning (a contract past the model's end) in the metrics panel, in words.
        gds::Deal longer = gds::sampleDeal();
        longer.offtake[0].termMonths = 1000;
        m_window->document()->setDeal(longer, QStringLiteral("longer"));
        auto *warnings = m_window->findChild<QLabel *>(QStringLiteral("metricsWarnings"));
        QVERIFY(warnings);
        QTRY_VERIFY(warnings->isVisible());
        QVERIFY2(warnings->text().startsWith(QStringLiteral("⚠ Offtake row 1 runs to ")),
                 qPrintable(warnings->text()));
        QVERIFY2(!warnings->text().contains(QStringLiteral("offtake[")), qPrintable(warnings->text()));
        m_window->document()->setDeal(gds::sampleDeal(), QStringLiteral("back"));
        QTRY_VERIFY(!warnings->isVisible());
    }

    // The toolbar keeps its width as the undo step's name grows; the goal seek's status message goes
    // with an undo.
    void toolbarAndStatusAfterUndo()
    {
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("toolbarUndo"));
        QVERIFY(undo);
        auto *risk = new RiskView(m_window->document());
        m_window->addAnalysisTab(risk, QStringLiteral("Risk"));
        GoalSeekPanel *seek = risk->goalSeekPanel();
        gds::SeekRequest req;
        req.target = gds::SeekTarget::MinDscr;
        req.targetValue = 1.40;
        req.variable = gds::SeekVariable::ContractPrice;
        req.index = 0;
        req.holdDebt = true;
        seek->setRequest(req);
        QSignalSpy solved(seek, &GoalSeekPanel::solved);
        seek->solve();
        QVERIFY(solved.wait(60000));
        QVERIFY(seek->result().solved);
        seek->applyWith(GoalSeekPanel::ApplyChoice::FixDebt);
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                     QStringLiteral("Applied to the deal: Offtake row 1, price $")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
        QVERIFY(undo->toolTip().contains(QStringLiteral("Financing, sizing: Fixed amount")));
        undo->trigger();
        QCOMPARE(m_window->document()->deal(), gds::sampleDeal());
        QCOMPARE(m_window->statusBar()->currentMessage(), QString());
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
    }

    // Goal seek with the debt held: "Apply to deal" says what else changes and asks first.
    void applyAsksBeforeChangingTheSizing_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<bool>("fixed");
        QTest::newRow("apply with the fixed debt") << QStringLiteral("Apply with the fixed debt") << true;
        QTest::newRow("change only the price") << QStringLiteral("Change only the contract price") << false;
    }

    void applyAsksBeforeChangingTheSizing()
    {
        QFETCH(QString, button);
        QFETCH(bool, fixed);
        auto *risk = new RiskView(m_window->document());
        m_window->addAnalysisTab(risk, QStringLiteral("Risk"));
        GoalSeekPanel *seek = risk->goalSeekPanel();
        gds::SeekRequest req;
        req.target = gds::SeekTarget::MinDscr;
        req.targetValue = 1.40;
        req.variable = gds::SeekVariable::ContractPrice;
        req.index = 0;
        req.holdDebt = true;
        seek->setRequest(req);
        QSignalSpy solved(seek, &GoalSeekPanel::solved);
        seek->solve();
        QVERIFY(solved.wait(60000));
        QVERIFY(seek->applyChangesSizing());
        QString asked;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == button)
                    b->click();
        });
        qunsetenv("GPUDEAL_NO_DIALOGS");
        QTest::mouseClick(seek->findChild<QPushButton *>(QStringLiteral("seekApply")), Qt::LeftButton);
        qputenv("GPUDEAL_NO_DIALOGS", "1");
        QVERIFY2(asked.contains(QStringLiteral("Financing, sizing: Fixed amount")), qPrintable(asked));
        QCOMPARE(m_window->document()->deal().debt.sizing.mode == gds::Sizing::Mode::Amount, fixed);
        QVERIFY(m_window->document()->deal().offtake[0].pricePerGpuHour !=
                gds::sampleDeal().offtake[0].pricePerGpuHour);
    }

    // The browser shows which version the editor holds.
    void browserMarksTheOpenVersion()
    {
        QVERIFY(m_window->saveVersion(QStringLiteral("second")));
        WorkspaceBrowser *browser = m_window->browser();
        QModelIndex open = browser->currentVersionIndex();
        QVERIFY(open.isValid());
        QCOMPARE(open.data(WorkspaceBrowser::VersionRole).toInt(), 2);
        emit browser->openVersion(*m_window->session()->dealId(), 1);
        QApplication::processEvents();
        open = browser->currentVersionIndex();
        QVERIFY(open.isValid());
        QCOMPARE(open.data(WorkspaceBrowser::VersionRole).toInt(), 1);
        QCOMPARE(browser->view()->currentIndex().data(WorkspaceBrowser::VersionRole).toInt(), 1);
        QVERIFY(open.data().toString().endsWith(QStringLiteral("(open)")));
        QVERIFY(open.data(Qt::FontRole).value<QFont>().bold());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<MainWindow> m_window;
};

int main(int argc, char **argv)
{
    return gds::test::runOnHdScreen<TestAdvisor>(argc, argv);
}

#include "TestAdvisor.moc"
