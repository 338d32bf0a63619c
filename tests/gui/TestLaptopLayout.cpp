// The workbench at laptop and desktop size (README, "The workbench"), offscreen on the real main window
// at 1366x768 on a 1920x1080 screen: one key gives the analysis the whole window and the editor and
// the analysis share the window by task; the Monte Carlo table's titles and columns at full length,
// legends with their names; the tornado's input names whole; section tables' titles and drop-downs
// whole; the lender's chart and calendar ticks; Compare structures sized to the window, the deal's
// name once, changes coloured by sense.
#include "ChartsView.h"
#include "common/GuiTestSupport.h"
#include "CompareDelegate.h"
#include "CompareDialog.h"
#include "CompareModel.h"
#include "DealDocument.h"
#include "DealEditor.h"
#include "engine/Engine.h"
#include "HdScreen.h"
#include "io/SampleDeal.h"
#include "MainWindow.h"
#include "MetricsPanel.h"
#include "MonteCarloPanel.h"
#include "RiskView.h"
#include "SectionTable.h"
#include "WorkspaceBrowser.h"
#include "WrappingHeader.h"

#include <cmath>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QValueAxis>

using namespace gds::ui;

class TestLaptopLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        gds::test::isolateGuiTest(QStringLiteral("gui_layout"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        gds::test::freshStart(m_dir.filePath(QStringLiteral("ws-%1.sqlite").arg(++m_counter)));
        m_window = gds::test::startedMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    // Laptop size: one key gives the analysis the whole window, and back.
    void analysisTakesTheWholeWindow()
    {
        QCOMPARE(m_window->size(), QSize(1366, 768));
        QVERIFY(m_window->editor()->isVisible());
        const int before = m_window->outputTabs()->width();
        m_window->editor()->capexTable()->view()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F11);
        QApplication::processEvents();
        QVERIFY(!m_window->editor()->isVisible());
        QVERIFY(!m_window->browser()->isVisible());
        QVERIFY(!m_window->metricsPanel()->isVisible());
        QVERIFY2(m_window->outputTabs()->width() >= 1300,
                 qPrintable(QStringLiteral("%1 (was %2)").arg(m_window->outputTabs()->width()).arg(before)));
        QVERIFY(m_window->outputTabs()->height() >= 600);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(),
                        Qt::Key_F11);
        QApplication::processEvents();
        QVERIFY(m_window->editor()->isVisible() && m_window->browser()->isVisible() &&
                m_window->metricsPanel()->isVisible());
    }

    // The editor and the analysis share the window by task.
    void windowSharedByTask()
    {
        QTabWidget *outputs = m_window->outputTabs();
        QTabBar *bar = outputs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center()); // the period table
        QApplication::processEvents();
        QVERIFY2(
            outputs->height() > m_window->editor()->height(),
            qPrintable(QStringLiteral("%1 vs %2").arg(outputs->height()).arg(m_window->editor()->height())));
        m_window->findChild<QAction *>(QStringLiteral("actionSection2"))->trigger();
        QApplication::processEvents();
        QVERIFY(m_window->editor()->height() > outputs->height());
        // A chart's own tab shares the height evenly; a Risk panel's tab gives the analysis two thirds.
        QTabBar *chartBar = m_window->charts()->tabBar();
        QTest::mouseClick(chartBar, Qt::LeftButton, {}, chartBar->tabRect(3).center());
        QApplication::processEvents();
        QVERIFY2(
            std::abs(outputs->height() - m_window->editor()->height()) <= 8,
            qPrintable(QStringLiteral("%1 vs %2").arg(outputs->height()).arg(m_window->editor()->height())));
        m_window->findChild<QAction *>(QStringLiteral("actionSection1"))->trigger();
        QApplication::processEvents();
        auto *risk = new RiskView(m_window->document());
        m_window->addAnalysisTab(risk, QStringLiteral("Risk"));
        outputs->setCurrentWidget(risk);
        QTabBar *riskBar = risk->tabs()->tabBar();
        QTest::mouseClick(riskBar, Qt::LeftButton, {}, riskBar->tabRect(1).center());
        QApplication::processEvents();
        QVERIFY(outputs->height() > m_window->editor()->height() * 3 / 2);
    }

    // A first start at laptop size: every field of the first section in view without scrolling, the
    // browser's version and date columns whole, the editor's two columns of fields side by side.
    void firstStartShowsTheFirstSectionWhole()
    {
        auto *scroll = m_window->editor()->widget(DealEditor::ClusterTab)->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        auto *last = m_window->editor()->findChild<QWidget *>(QStringLiteral("market_mean_reversion"));
        QVERIFY(last);
        const QRect shown(last->mapTo(scroll->viewport(), QPoint(0, 0)), last->size());
        QVERIFY2(scroll->viewport()->rect().contains(shown),
                 qPrintable(QStringLiteral("%1 px high, field at %2")
                                .arg(scroll->viewport()->height())
                                .arg(shown.bottom())));
        QVERIFY(m_window->outputTabs()->height() >= 200); // the analysis keeps a readable part
        QTreeView *tree = m_window->browser()->view();
        for (int c : {WorkspaceBrowser::VersionCol, WorkspaceBrowser::DateCol}) {
            QVERIFY2(tree->columnViewportPosition(c) + tree->columnWidth(c) <= tree->viewport()->width(),
                     qPrintable(QString::number(c)));
            for (int r = 0; r < tree->model()->rowCount(); ++r) {
                const QString text = tree->model()->index(r, c).data().toString();
                QVERIFY2(tree->columnWidth(c) >= tree->fontMetrics().horizontalAdvance(text) + 6,
                         qPrintable(text));
            }
        }
    }

    // A long workspace path (the data folder's is ~75 characters) is elided in the middle; it does not
    // widen the browser at the editor's expense.
    void longWorkspacePathKeepsThePanes()
    {
        const QString folder = m_dir.filePath(QString(120, QLatin1Char('w')));
        QVERIFY(QDir().mkpath(folder));
        m_window.reset();
        gds::test::freshStart(folder + QStringLiteral("/workspace.gpudeal.sqlite"));
        m_window = gds::test::startedMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::processEvents();
        QVERIFY2(m_window->browser()->width() <= 300,
                 qPrintable(QString::number(m_window->browser()->width())));
        QVERIFY(m_window->metricsPanel()->width() >= 360);
        QVERIFY(m_window->editor()->width() >= 730);
        QVERIFY(m_window->browser()->location().endsWith(QStringLiteral("workspace.gpudeal.sqlite")));
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("workspaceStatus"));
        QVERIFY(status->text().contains(QStringLiteral("…")));
        QVERIFY(status->toolTip().endsWith(QStringLiteral("workspace.gpudeal.sqlite")));
    }

    // Until the user moves a splitter, the panes follow the window's size; then they stay.
    void panesFollowTheWindowUntilMoved()
    {
        auto *split = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(split);
        m_window->resize(1920, 1080);
        QApplication::processEvents();
        QVERIFY2(split->sizes().value(0) >= 300, qPrintable(QString::number(split->sizes().value(0))));
        m_window->resize(1366, 768);
        QApplication::processEvents();
        const int laptop = split->sizes().value(0);
        QVERIFY(laptop < 300);
        // A drag of the handle (what QSplitterHandle does on a mouse move).
        QMetaObject::invokeMethod(split, "splitterMoved", Q_ARG(int, 150), Q_ARG(int, 1));
        m_window->resize(1920, 1080);
        QApplication::processEvents();
        QCOMPARE(split->sizes().value(0), laptop);
    }

    // The Monte Carlo numbers at 1366x768: every column title and row title at full length.
    void riskTableReadableAt1366_data()
    {
        QTest::addColumn<bool>("fullWindow");
        QTest::newRow("sharing the window") << false;
        QTest::newRow("analysis in the whole window") << true;
    }

    void riskTableReadableAt1366()
    {
        QFETCH(bool, fullWindow);
        auto *risk = new RiskView(m_window->document());
        m_window->addAnalysisTab(risk, QStringLiteral("Risk"));
        m_window->outputTabs()->setCurrentWidget(risk);
        m_window->findChild<QAction *>(QStringLiteral("actionAnalysisFullWindow"))->setChecked(fullWindow);
        MonteCarloPanel *mc = risk->monteCarloPanel();
        mc->setPaths(300);
        QSignalSpy done(mc, &MonteCarloPanel::finished);
        mc->run();
        QVERIFY(done.wait(60000));
        QApplication::processEvents();
        QTableWidget *t = mc->table();
        const QFontMetrics fm(t->horizontalHeader()->font());
        for (int c = 0; c < t->columnCount(); ++c) {
            QVERIFY(t->horizontalHeader()->sectionSize(c) >=
                    fm.horizontalAdvance(t->horizontalHeaderItem(c)->text()));
            for (int r = 0; r < t->rowCount(); ++r)
                QVERIFY(t->columnWidth(c) >=
                        QFontMetrics(t->font()).horizontalAdvance(t->item(r, c)->text()));
        }
        for (int r = 0; r < t->rowCount(); ++r)
            QVERIFY2(t->verticalHeader()->width() >= QFontMetrics(t->verticalHeader()->font())
                                                         .horizontalAdvance(t->verticalHeaderItem(r)->text()),
                     qPrintable(t->verticalHeaderItem(r)->text()));
        QVERIFY(t->width() >= t->sizeHint().width()); // nothing cut off on the right
        if (fullWindow) {
            // Both charts side by side, wide enough for their legends' names.
            for (const char *name : {"mcFanChart", "mcHistogram"}) {
                auto *view = mc->findChild<QChartView *>(QLatin1String(name));
                QVERIFY(view);
                QVERIFY2(view->width() >= 600, qPrintable(QString::number(view->width())));
                for (QLegendMarker *m : view->chart()->legend()->markers())
                    QVERIFY(!m->label().isEmpty());
            }
        }
    }

    // The tornado at 1366x768: the chart takes the pane's width, so the inputs' names stay whole.
    void tornadoReadableAt1366()
    {
        auto *risk = new RiskView(m_window->document());
        m_window->addAnalysisTab(risk, QStringLiteral("Risk"));
        QTabBar *bar = m_window->outputTabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {},
                          bar->tabRect(m_window->outputTabs()->indexOf(risk)).center());
        risk->tabs()->setCurrentIndex(1);
        QApplication::processEvents();
        auto *chart = risk->findChild<QChartView *>(QStringLiteral("tornadoChart"));
        QVERIFY(chart);
        QVERIFY2(chart->width() >= 600, qPrintable(QString::number(chart->width())));
        QVERIFY(chart->height() >= 320);
    }

    // The lender's chart: CFADS bars against debt service by quarter (four-digit years), the DSCR and
    // the covenants on a second axis; time axes tick on 1 January.
    void lendersChart()
    {
        ChartsView *charts = m_window->charts();
        charts->setCurrentIndex(ChartsView::DebtChart);
        QApplication::processEvents();
        QChart *chart = charts->chartView(ChartsView::DebtChart)->chart();
        QBarSeries *bars = nullptr;
        QLineSeries *dscr = nullptr;
        for (QAbstractSeries *s : chart->series()) {
            if (auto *b = qobject_cast<QBarSeries *>(s))
                bars = b;
            if (s->name().startsWith(QStringLiteral("DSCR")))
                dscr = qobject_cast<QLineSeries *>(s);
        }
        QVERIFY(bars && dscr);
        QCOMPARE(bars->barSets().size(), 2);
        QCOMPARE(bars->barSets()[0]->label(), QStringLiteral("CFADS"));
        QCOMPARE(bars->barSets()[1]->label(), QStringLiteral("Debt service"));
        QVERIFY(bars->barSets()[1]->sum() > 0); // not a flat zero line
        const auto dscrAxes = dscr->attachedAxes();
        bool right = false;
        for (QAbstractAxis *a : dscrAxes)
            right = right || (a->orientation() == Qt::Vertical && a->alignment() == Qt::AlignRight);
        QVERIFY(right);
        auto *x = qobject_cast<QBarCategoryAxis *>(bars->attachedAxes().front());
        QVERIFY(x);
        QCOMPARE(x->categories().front(), QStringLiteral("Q1 2027"));
        // Round ticks on the money axis.
        for (QAbstractAxis *a : bars->attachedAxes())
            if (auto *v = qobject_cast<QValueAxis *>(a)) {
                const double step = (v->max() - v->min()) / (v->tickCount() - 1);
                const double mag = std::pow(10.0, std::floor(std::log10(step)));
                const double m = step / mag;
                QVERIFY2(std::fabs(m - 1) < 1e-9 || std::fabs(m - 2) < 1e-9 || std::fabs(m - 2.5) < 1e-9 ||
                             std::fabs(m - 5) < 1e-9,
                         qPrintable(QString::number(step)));
            }
        charts->setCurrentIndex(ChartsView::EquityChart);
        QApplication::processEvents();
        QChart *equity = charts->chartView(ChartsView::EquityChart)->chart();
        QCategoryAxis *years = nullptr;
        for (QAbstractAxis *a : equity->axes(Qt::Horizontal))
            years = years ? years : qobject_cast<QCategoryAxis *>(a);
        QVERIFY(years);
        QCOMPARE(years->categoriesLabels().front(), QStringLiteral("2028"));
        const double jan2028 = double(QDateTime(QDate(2028, 1, 1), QTime(0, 0)).toMSecsSinceEpoch());
        QCOMPARE(years->endValue(QStringLiteral("2028")), jan2028);
    }

    // Compare structures: as large as the window allows, the deal's name once.
    void compareFitsTheWindow()
    {
        m_window->resize(1920, 1080);
        QApplication::processEvents();
        CompareDialog *compare = m_window->showCompare();
        QVERIFY(compare->width() >= 1700 && compare->height() >= 950);
        compare->close();
        CompareModel model;
        gds::ComparedStructure a, b;
        // As the dialog labels them: the deal in the editor and saved versions.
        a.label = QStringLiteral("Sample: a long deal name · in the editor (v2 · main line)");
        b.label = QStringLiteral("Sample: a long deal name v1 · main line");
        a.result = b.result = gds::compute(gds::sampleDeal());
        model.setStructures({a, b});
        QCOMPARE(model.commonDeal(), QStringLiteral("Sample: a long deal name"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("in the editor (v2 · main line)"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("v1 · main line"));
        b.label = QStringLiteral("Other deal v1 · main line");
        model.setStructures({a, b});
        QCOMPARE(model.commonDeal(), QString()); // different deals: each header names its deal
        // A change coloured by the metric's sense: a lower equity IRR in red, a lower capex in green.
        gds::Deal cheaper = gds::sampleDeal();
        cheaper.offtake[0].pricePerGpuHour *= 0.9;
        cheaper.capex[0].unitCost *= 0.9;
        b.result = gds::compute(cheaper);
        model.setStructures({a, b});
        int irr = -1, capex = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            irr = model.index(r, 1).data(CompareModel::KeyRole).toString() == QLatin1String("equity_irr")
                      ? r
                      : irr;
            capex = model.index(r, 1).data(CompareModel::KeyRole).toString() == QLatin1String("total_capex")
                        ? r
                        : capex;
        }
        QVERIFY(irr >= 0 && capex >= 0);
        QVERIFY(
            model.index(irr, 1).data().toString().contains(QLatin1Char('\n'))); // the change under the value
        QCOMPARE(ChangeDelegate::changeColor(model.index(capex, 1)), QColor(27, 110, 32));
        QCOMPARE(ChangeDelegate::changeColor(model.index(capex, 0)), QColor(110, 110, 110));
    }

    // Compare structures' column titles wrap to their column, whole: the header is as tall as the
    // longest wrapped title, no column narrower than a title's longest word.
    void compareTitlesWrapWhole()
    {
        QStandardItemModel model(2, 2);
        const QString longTitle = QStringLiteral(
            "Sample: 8,192 x B200 cluster, notes and DDTL with a cash waterfall · main line (v1)");
        model.setHorizontalHeaderLabels({longTitle, QStringLiteral("Incomprehensibilities v2")});
        QTableView table;
        auto *header = new WrappingHeader(&table);
        table.setHorizontalHeader(header);
        table.setModel(&model);
        table.resize(700, 300);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        table.setColumnWidth(0, 160);
        table.resizeColumnToContents(1);
        QApplication::processEvents();
        const QFontMetrics fm = header->fontMetrics();
        QVERIFY(table.columnWidth(1) >= fm.horizontalAdvance(QStringLiteral("Incomprehensibilities")));
        const QRect wrapped =
            fm.boundingRect(QRect(0, 0, 160 - 12, 1000), Qt::AlignCenter | Qt::TextWordWrap, longTitle);
        QVERIFY2(wrapped.height() >= 3 * fm.height(), "the title wraps over three lines or more");
        QVERIFY2(header->height() >= wrapped.height(),
                 qPrintable(QStringLiteral("%1 < %2").arg(header->height()).arg(wrapped.height())));
        QCOMPARE(header->unwrappedWidth(0), fm.horizontalAdvance(longTitle) + 14);
    }

    // Section tables at 1366x768: no column title cut, a drop-down column wide enough for its choices.
    void sectionColumnsFitTheirTitles()
    {
        DealEditor *editor = m_window->editor();
        for (SectionTable *table : {editor->capexTable(), editor->offtakeTable(), editor->hedgeTable()}) {
            editor->setCurrentWidget(table->parentWidget());
            QApplication::processEvents();
            QTableView *view = table->view();
            const QFontMetrics fm(view->horizontalHeader()->font());
            for (int c = 0; c < view->model()->columnCount(); ++c) {
                const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
                QVERIFY2(view->columnWidth(c) >= fm.horizontalAdvance(title) + 8, qPrintable(title));
            }
        }
        QTableView *hedges = editor->hedgeTable()->view();
        QVERIFY(hedges->columnWidth(0) >=
                hedges->fontMetrics().horizontalAdvance(QStringLiteral("Futures")) + 30);
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<MainWindow> m_window;
};

int main(int argc, char **argv)
{
    return gds::test::runOnHdScreen<TestLaptopLayout>(argc, argv);
}

#include "TestLaptopLayout.moc"
