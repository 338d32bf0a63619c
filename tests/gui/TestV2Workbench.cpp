// Issue 16, version 2 in the workbench, offscreen on the real main window at 1366x768: the H100 sample
// becomes the DDTL-style structure through the Financing section's widgets only (tranches with a
// margin by rating, the cash waterfall with the maintenance LTV, the collateral, the US tax basis),
// typed and chosen with the keyboard; the engine's result is the one of that deal; every step undoes
// back to the sample. Switching to one rate and back, or the waterfall, the LTV test or the collateral
// off and on, keeps what was typed; problems are marked at their field or cell in the user's words.
#include "CollateralEditor.h"
#include "common/GuiTestSupport.h"
#include "DealDocument.h"
#include "DealEditor.h"
#include "DealTableModel.h"
#include "engine/Engine.h"
#include "FinancingEditor.h"
#include "Format.h"
#include "FormBinder.h"
#include "io/DealJson.h"
#include "io/SampleDeal.h"
#include "MainWindow.h"
#include "MetricsPanel.h"
#include "PeriodTableModel.h"
#include "PeriodTableView.h"
#include "RecomputeController.h"
#include "SectionTable.h"
#include "WaterfallEditor.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace gds::ui;
using gds::test::chooseInCell;
using gds::test::typeIntoCell;

namespace {

// The v2 terms of the DDTL sample (resources/sample-deal-ddtl.json) on the H100 sample.
gds::Deal ddtlStyle(gds::Deal d)
{
    const gds::Deal ddtl = gds::sampleDealDdtl();
    gds::Tranche notes{"Senior secured notes (fixed)", 0.55, d.debt.rate};
    notes.rate.type = gds::RateType::Fixed;
    notes.rate.fixedRate = 0.0596;
    // A new tranche starts with the rate of the one above (then switched to floating).
    gds::Tranche ddtlTranche{"Delayed-draw term loan (floating)", 0.45, notes.rate};
    gds::Rate &r = ddtlTranche.rate;
    r.type = gds::RateType::Floating;
    r.useMarginByRating = true;
    r.marginByRating = ddtl.debt.tranches[1].rate.marginByRating;
    d.debt.tranches = {notes, ddtlTranche};
    d.debt.waterfall = ddtl.debt.waterfall;
    d.debt.covenants.maxLtv = 0.85;
    d.collateral = ddtl.collateral;
    d.taxDepreciation = gds::TaxDepreciation::Macrs5;
    d.taxBonus = 1.0;
    d.nolLimit = 0.8;
    return d;
}

} // namespace

class TestV2Workbench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        gds::test::isolateGuiTest(QStringLiteral("gui_v2_workbench"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        gds::test::freshStart(m_dir.filePath(QStringLiteral("ws-%1.sqlite").arg(++m_counter)));
        m_window = gds::test::startedMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->editor()->setCurrentIndex(DealEditor::FinancingTab);
        m_fin = m_window->findChild<FinancingEditor *>(QStringLiteral("financingEditor"));
        QVERIFY(m_fin);
    }

    void cleanup() { m_window.reset(); }

    // Both samples in the workspace on first start, the H100 deal open; File > New from sample offers
    // both.
    void bothSamplesOnFirstStart()
    {
        QCOMPARE(deal(), gds::sampleDeal());
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("workspaceTree"));
        QVERIFY(tree);
        QStringList names;
        for (int r = 0; r < tree->model()->rowCount(); ++r)
            names << tree->model()->index(r, 0).data().toString();
        names.sort();
        QCOMPARE(names.size(), 2);
        QVERIFY2(names[0].startsWith(QString::fromStdString(gds::sampleDeal().name)), qPrintable(names[0]));
        QVERIFY2(names[1].startsWith(QString::fromStdString(gds::sampleDealDdtl().name)),
                 qPrintable(names[1]));
        auto *ddtl = m_window->findChild<QAction *>(QStringLiteral("actionSampleDdtl"));
        auto *h100 = m_window->findChild<QAction *>(QStringLiteral("actionSampleH100"));
        QVERIFY(ddtl && h100);
        ddtl->trigger();
        QCOMPARE(deal(), gds::sampleDealDdtl());
        settle();
        QCOMPARE(m_window->recompute()->result().tranches.size(), std::size_t(2));
        h100->trigger();
        QCOMPARE(deal(), gds::sampleDeal());
    }

    // "Done when": the H100 sample turned into the DDTL-style structure without touching a file.
    void h100BecomesTheDdtlStructure()
    {
        const gds::Deal sample = deal();
        QCOMPARE(sample, gds::sampleDeal());
        QVERIFY(!gds::usesV2(sample));

        choose(QStringLiteral("debt_structure"), 1); // tranches
        QCOMPARE(deal().debt.tranches.size(), std::size_t(1));
        SectionTable *tranches = m_fin->trancheTable();
        QVERIFY(tranches->isVisible());
        typeIntoCell(tranches->view(), 0, 0, QStringLiteral("Senior secured notes (fixed)"));
        typeIntoCell(tranches->view(), 0, 1, QStringLiteral("55"));
        chooseInCell(tranches->view(), 0, 2, 1); // fixed
        typeIntoCell(tranches->view(), 0, 3, QStringLiteral("5.96"));
        tranches->view()->setCurrentIndex(tranches->model()->index(0, 0));
        tranches->view()->setFocus();
        QTest::keyClick(tranches->view(), Qt::Key_Insert, Qt::ControlModifier); // Edit > Add row
        QCOMPARE(deal().debt.tranches.size(), std::size_t(2));
        typeIntoCell(tranches->view(), 1, 0, QStringLiteral("Delayed-draw term loan (floating)"));
        typeIntoCell(tranches->view(), 1, 1, QStringLiteral("45"));
        chooseInCell(tranches->view(), 1, 2, 0); // floating
        chooseInCell(tranches->view(), 1, 5, 2); // margin by rating
        QTableView *byRating = m_fin->marginByRating();
        QVERIFY(byRating->isVisible());
        QCOMPARE(byRating->model()->columnCount(), 2);
        QVERIFY(!(byRating->model()->flags(byRating->model()->index(0, 0)) & Qt::ItemIsEditable)); // fixed
        const gds::MarginByRating m = gds::sampleDealDdtl().debt.tranches[1].rate.marginByRating;
        for (int row = 0; row < int(gds::kRatingCount); ++row)
            typeIntoCell(byRating, row, 1, number(m.byRating[std::size_t(row)] * 100));
        typeIntoCell(byRating, int(gds::kRatingCount), 1, number(m.hedged * 100));
        typeIntoCell(byRating, int(gds::kRatingCount) + 1, 1, number(m.merchant * 100));

        choose(QStringLiteral("debt_waterfall"), 1);
        typeInto(QStringLiteral("debt_waterfall_test_months"), QStringLiteral("3"));
        typeInto(QStringLiteral("debt_waterfall_lookback_months"), QStringLiteral("12"));
        choose(QStringLiteral("debt_waterfall_lockup"), 1);
        typeInto(QStringLiteral("debt_waterfall_release_after"), QStringLiteral("2"));
        typeInto(QStringLiteral("debt_waterfall_sweep_trapped_after"), QStringLiteral("2"));
        typeInto(QStringLiteral("debt_waterfall_cash_sweep"), QStringLiteral("25"));
        choose(QStringLiteral("debt_covenants_max_ltv_kind"), 1);
        typeInto(QStringLiteral("debt_covenants_max_ltv"), QStringLiteral("85"));
        // The LTV test needs the collateral: marked at its field until the collateral is on.
        settle();
        QVERIFY(widget(QStringLiteral("debt_covenants_max_ltv"))->property("gdsInvalid").toBool());

        choose(QStringLiteral("collateral"), 1);
        typeInto(QStringLiteral("collateral_annual_decline"), QStringLiteral("22"));
        typeInto(QStringLiteral("collateral_floor"), QStringLiteral("10"));
        QCheckBox *storage = m_fin->collateralEditor()->categoryBox(gds::CapexCategory::Storage);
        QVERIFY(storage && storage->isChecked());
        storage->setFocus();
        QTest::keyClick(storage, Qt::Key_Space);
        choose(QStringLiteral("collateral_index_linked"), 0);

        choose(QStringLiteral("tax_depreciation"), 1);
        typeInto(QStringLiteral("tax_bonus"), QStringLiteral("100"));
        typeInto(QStringLiteral("tax_nol_limit"), QStringLiteral("80"));

        const gds::Deal expected = ddtlStyle(sample);
        if (deal() != expected)
            QCOMPARE(QString::fromStdString(gds::writeDeal(deal())),
                     QString::fromStdString(gds::writeDeal(expected)));
        QCOMPARE(deal().debt.waterfall, expected.debt.waterfall);
        QCOMPARE(deal().collateral, expected.collateral);
        QCOMPARE(deal(), expected);

        // The engine's result on screen is the one of that deal, waterfall and tranches included.
        settle();
        QVERIFY(m_window->recompute()->issues().empty());
        QVERIFY(!m_window->metricsPanel()->isStale());
        const gds::Result want = gds::compute(expected);
        QVERIFY(want.ok());
        const gds::Result &got = m_window->recompute()->result();
        QCOMPARE(got.tranches.size(), std::size_t(2));
        QCOMPARE(got.tranches[0].amount, want.tranches[0].amount);
        QCOMPARE(got.tranches[1].lenderYield, want.tranches[1].lenderYield);
        QCOMPARE(got.metrics.debt, want.metrics.debt);
        QCOMPARE(got.metrics.debtPrepaid, want.metrics.debtPrepaid);
        QCOMPARE(got.metrics.maxTrapped, want.metrics.maxTrapped);
        QCOMPARE(got.metrics.peakLtv, want.metrics.peakLtv);
        QCOMPARE(got.metrics.terminalTax, want.metrics.terminalTax);
        QVERIFY(got.metrics.debtPrepaid > 0); // the 25 % cash sweep prepays
        QVERIFY(got.metrics.peakLtv.has_value());
        QCOMPARE(got.metrics.debt, got.tranches[0].amount + got.tranches[1].amount);
        const gds::Result plain = gds::compute(sample);
        QVERIFY(plain.metrics.debtPrepaid == 0.0);

        // Every step undoes, back to the sample, and redoes.
        QUndoStack *undo = m_window->document()->undoStack();
        QVERIFY(undo->count() >= 30);
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(deal(), sample);
        while (undo->canRedo())
            undo->redo();
        QCOMPARE(deal(), expected);
    }

    // The metrics panel shows the version-2 metrics and each tranche (amount at its yield) for a v2
    // deal only; the period table has the waterfall's and the collateral's lines.
    void metricsAndPeriodLines()
    {
        MetricsPanel *panel = m_window->metricsPanel();
        auto *table = panel->findChild<QTableWidget *>(QStringLiteral("metricsTable"));
        QVERIFY(table);
        const int prepaidRow = int(MetricsPanel::shownKeys().indexOf(QStringLiteral("debt_prepaid")));
        QVERIFY(prepaidRow > 0);
        QVERIFY(table->isRowHidden(prepaidRow)); // the H100 deal is version 1
        QCOMPARE(table->rowCount(), int(MetricsPanel::shownKeys().size()));

        const gds::Deal typed = ddtlStyle(deal());
        m_window->document()->setDeal(typed, QStringLiteral("typed"));
        settle();
        const gds::Result want = gds::compute(typed);
        QVERIFY(!table->isRowHidden(prepaidRow));
        QCOMPARE(panel->valueText(QStringLiteral("debt_prepaid")),
                 formatValue(want.metrics.debtPrepaid, gds::Unit::Money, panel->locale(),
                             QStringLiteral("USD"), true));
        QCOMPARE(panel->valueText(QStringLiteral("peak_ltv")),
                 formatValue(want.metrics.peakLtv, gds::Unit::Percent, panel->locale(), {}));
        QVERIFY(want.metrics.debtRepaidPeriod);
        QCOMPARE(panel->valueText(QStringLiteral("debt_repaid_period")),
                 periodText(typed, int(*want.metrics.debtRepaidPeriod), panel->locale()));
        QCOMPARE(table->rowCount(), int(MetricsPanel::shownKeys().size()) + 2);
        const int first = int(MetricsPanel::shownKeys().size());
        QVERIFY2(table->item(first, 0)->text().contains(QStringLiteral("Senior secured notes (fixed)")),
                 qPrintable(table->item(first, 0)->text()));
        QCOMPARE(
            table->item(first + 1, 1)->text(),
            QStringLiteral("%1 at %2")
                .arg(formatValue(want.tranches[1].amount, gds::Unit::Money, panel->locale(),
                                 QStringLiteral("USD"), true),
                     formatValue(want.tranches[1].lenderYield, gds::Unit::Percent, panel->locale(), {})));

        // The period table: the accounts, prepayments, distributions, support, historic DSCR on test
        // dates, collateral value and LTV, with the engine's numbers.
        PeriodTableModel *periods = m_window->periodTable()->model();
        QStringList titles;
        for (int r = 0; r < periods->rowCount(); ++r)
            titles << periods->headerData(r, Qt::Vertical).toString();
        for (const char *key : {"cash_account", "lockup_account", "prepay", "distribution", "support",
                                "hist_dscr", "collateral_value", "ltv"})
            QVERIFY2(titles.filter(periodFieldLabel(QString::fromLatin1(key))).size() == 1,
                     qPrintable(titles.join(QLatin1Char('|'))));
        int prepayRow = -1;
        for (int r = 0; r < int(gds::periodFields().size()); ++r)
            if (QLatin1String(gds::periodFields()[std::size_t(r)].key) == QLatin1String("prepay"))
                prepayRow = r;
        QVERIFY(prepayRow >= 0);
        double largest = 0;
        for (int c = 0; c < periods->columnCount(); ++c)
            if (const double v = periods->value(prepayRow, c); !std::isnan(v))
                largest = std::max(largest, v);
        QVERIFY(largest > 0); // the cash sweep prepays in some period
    }

    // Switching a rate to tranches and back, or a block off and on, keeps what the user typed.
    void switchingKeepsWhatWasTyped()
    {
        const gds::Deal typed = ddtlStyle(deal());
        m_window->document()->setDeal(typed, QStringLiteral("typed"));
        choose(QStringLiteral("debt_structure"), 0);
        QVERIFY(deal().debt.tranches.empty());
        QCOMPARE(deal().debt.rate, typed.debt.rate); // the one rate as it was
        QVERIFY(!m_fin->trancheTable()->isVisible());
        QVERIFY(widget(QStringLiteral("debt_rate_type"))->isVisible());
        choose(QStringLiteral("debt_structure"), 1);
        QCOMPARE(deal().debt.tranches, typed.debt.tranches);

        choose(QStringLiteral("debt_waterfall"), 0);
        QVERIFY(!deal().debt.waterfall);
        choose(QStringLiteral("debt_covenants_max_ltv_kind"), 0);
        choose(QStringLiteral("collateral"), 0);
        QVERIFY(!deal().collateral && !deal().debt.covenants.maxLtv);
        // Off, the fields still show the values for a switch back.
        QCOMPARE(static_cast<QDoubleSpinBox *>(widget(QStringLiteral("debt_waterfall_cash_sweep")))->value(),
                 25.0);
        choose(QStringLiteral("debt_waterfall"), 1);
        choose(QStringLiteral("debt_covenants_max_ltv_kind"), 1);
        choose(QStringLiteral("collateral"), 1);
        if (deal() != typed)
            QCOMPARE(QString::fromStdString(gds::writeDeal(deal())),
                     QString::fromStdString(gds::writeDeal(typed)));

        // Margin rules: by rating -> flat -> by rating keeps the ratings' margins.
        chooseInCell(m_fin->trancheTable()->view(), 1, 5, 0);
        QVERIFY(!deal().debt.tranches[1].rate.useMarginByRating);
        chooseInCell(m_fin->trancheTable()->view(), 1, 5, 2);
        QCOMPARE(deal().debt.tranches[1].rate.marginByRating, typed.debt.tranches[1].rate.marginByRating);
        QCOMPARE(QString::fromStdString(gds::writeDeal(deal())),
                 QString::fromStdString(gds::writeDeal(typed)));

        // An edit of a field while its block is off turns the block on with the kept values.
        choose(QStringLiteral("debt_waterfall"), 0);
        typeInto(QStringLiteral("debt_waterfall_release_after"), QStringLiteral("3"));
        QVERIFY(deal().debt.waterfall);
        QCOMPARE(deal().debt.waterfall->cashSweep, 0.25);
        QCOMPARE(deal().debt.waterfall->releaseAfter, 3);
    }

    // Problems are marked at their field or cell and named in the user's words.
    void validatedInPlace()
    {
        m_window->document()->setDeal(ddtlStyle(deal()), QStringLiteral("typed"));
        SectionTable *tranches = m_fin->trancheTable();
        typeIntoCell(tranches->view(), 1, 1, QStringLiteral("40"));
        typeInto(QStringLiteral("debt_waterfall_test_months"), QStringLiteral("0"));
        QCheckBox *compute = m_fin->collateralEditor()->categoryBox(gds::CapexCategory::Compute);
        QCheckBox *network = m_fin->collateralEditor()->categoryBox(gds::CapexCategory::Networking);
        compute->click();
        network->click();
        QVERIFY(deal().collateral->categories.empty());
        typeIntoCell(m_fin->marginByRating(), 4, 1, QStringLiteral("-9"));
        settle();
        QVERIFY(m_window->metricsPanel()->isStale());
        const auto *model = tranches->model();
        QCOMPARE(
            model->tableIssues(),
            QStringList{QStringLiteral("the tranches' shares must add up to 100 % (they add up to 95 %)")});
        QCOMPARE(tranches->view()->model()->index(2, 1).data().toString(), QStringLiteral("95.00")); // total
        QVERIFY(widget(QStringLiteral("debt_waterfall_test_months"))->property("gdsInvalid").toBool());
        QCOMPARE(widget(QStringLiteral("debt_waterfall_test_months"))->toolTip(),
                 QStringLiteral("Test every: must be a whole number from 1 to 12"));
        QVERIFY(m_fin->findChild<QWidget *>(QStringLiteral("collateral_categories"))
                    ->property("gdsInvalid")
                    .toBool());
        const QModelIndex bb = m_fin->marginByRating()->model()->index(4, 1);
        QCOMPARE(bb.data(Qt::ToolTipRole).toString(), QStringLiteral("must be between -5 % and 100 %"));
        auto *button = m_window->findChild<QToolButton *>(QStringLiteral("issueButton"));
        QVERIFY(button && button->menu());
        QStringList texts;
        for (const QAction *a : button->menu()->actions())
            texts << a->text();
        QVERIFY2(texts.contains(QStringLiteral("Financing, Test every: must be a whole number from 1 to 12")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        for (const QString &t : texts)
            QVERIFY2(!t.contains(QLatin1Char('_')), qPrintable(t)); // no JSON paths
        // Undo restores a valid deal and clears the marks.
        QUndoStack *undo = m_window->document()->undoStack();
        for (int i = 0; i < 5; ++i)
            undo->undo();
        settle();
        QVERIFY(m_window->recompute()->issues().empty());
        QVERIFY(!widget(QStringLiteral("debt_waterfall_test_months"))->property("gdsInvalid").toBool());
        QVERIFY(!bb.data(Qt::ToolTipRole).isValid() || bb.data(Qt::ToolTipRole).toString().isEmpty());
    }

private:
    const gds::Deal &deal() const { return m_window->document()->deal(); }

    void settle()
    {
        m_window->recompute()->waitForIdle();
        QApplication::processEvents();
    }

    QString number(double v) const { return QLocale().toString(v, 'g', 6); }

    QWidget *widget(const QString &name) const
    {
        QWidget *w = m_fin->findChild<QWidget *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }

    // A combo box of a form, chosen with the arrow keys as a user does.
    void choose(const QString &name, int index)
    {
        auto *combo = qobject_cast<QComboBox *>(widget(name));
        QVERIFY(combo);
        combo->setFocus();
        for (int guard = 0; combo->currentIndex() != index && guard < 10; ++guard)
            QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(combo->currentIndex(), index);
        QApplication::processEvents(); // the binder's refresh
    }

    // A number field: select its value, type, Return.
    void typeInto(const QString &name, const QString &text)
    {
        auto *spin = qobject_cast<QAbstractSpinBox *>(widget(name));
        QVERIFY(spin);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
        QApplication::processEvents();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<MainWindow> m_window;
    FinancingEditor *m_fin = nullptr;
};

QTEST_MAIN(TestV2Workbench)
#include "TestV2Workbench.moc"
