// Issue 16, the version-2 charts and the editor's leftovers, offscreen on the real main window at
// 1366x768 (on a 1920x1080 screen): the H100 sample becomes a DDTL-style structure through the
// Financing section's widgets; the cash waterfall chart shows the engine's lines for that deal (CFADS
// split into debt service, reserve, prepayments, held and trapped cash, distributions), the test dates,
// the historic DSCR and the covenant levels; the collateral chart the collateral value, the loan and
// the maintenance LTV's maximum balance, breaches marked; both export to PNG and SVG and follow an
// edit. A tranche's base-rate curve and margin grid are edited in place, validated and undone; the
// Financing section needs no horizontal scroll.
#include "ChartsView.h"
#include "common/GuiTestSupport.h"
#include "DealDocument.h"
#include "DealEditor.h"
#include "DealTableModel.h"
#include "engine/Engine.h"
#include "FinancingEditor.h"
#include "FormBinder.h"
#include "HdScreen.h"
#include "io/DealJson.h"
#include "io/SampleDeal.h"
#include "MainWindow.h"
#include "RateModels.h"
#include "RecomputeController.h"
#include "SectionTable.h"

#include <cmath>
#include <QAbstractSpinBox>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace gds::ui;
using gds::test::chooseInCell;
using gds::test::typeIntoCell;

namespace {

using Line = std::vector<double> gds::PeriodTable::*;

// The engine's line of a bar set of the waterfall chart, in the chart's unit (millions) for period p.
double expectedBar(const gds::PeriodTable &t, const QString &key, std::size_t p)
{
    const auto delta = [&](Line l) { return (t.*l)[p] - (t.*l)[p - 1]; };
    double v = 0;
    if (key == QLatin1String("debt_service"))
        v = t.debtService[p];
    else if (key == QLatin1String("reserve"))
        v = delta(&gds::PeriodTable::dsra);
    else if (key == QLatin1String("prepay"))
        v = t.prepay[p];
    else if (key == QLatin1String("held"))
        v = delta(&gds::PeriodTable::cashAccount);
    else if (key == QLatin1String("trapped"))
        v = delta(&gds::PeriodTable::lockupAccount);
    else if (key == QLatin1String("distribution"))
        v = t.distribution[p];
    else if (key == QLatin1String("support"))
        v = -t.support[p];
    else
        qFatal("unknown bar set %s", qPrintable(key));
    return v / 1e6;
}

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

template <class T> T *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    return nullptr;
}

QStackedBarSeries *barsOf(QChart *chart)
{
    for (QAbstractSeries *s : chart->series())
        if (auto *bars = qobject_cast<QStackedBarSeries *>(s))
            return bars;
    return nullptr;
}

} // namespace

class TestV2Charts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        gds::test::isolateGuiTest(QStringLiteral("gui_v2_charts"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        gds::test::freshStart(m_dir.filePath(QStringLiteral("ws-%1.sqlite").arg(++m_counter)));
        m_window = gds::test::startedMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), QSize(1366, 768));
        m_window->editor()->setCurrentIndex(DealEditor::FinancingTab);
        m_fin = m_window->findChild<FinancingEditor *>(QStringLiteral("financingEditor"));
        QVERIFY(m_fin);
        m_charts = m_window->charts();
        QVERIFY(m_charts);
    }

    void cleanup() { m_window.reset(); }

    // The H100 sample turned into the DDTL-style structure through the editor's widgets: the waterfall
    // chart shows the engine's lines for that deal, and an edit of the lock-up level moves it.
    void waterfallChartShowsTheEnginesLines()
    {
        typeDdtlStructure();
        if (QTest::currentTestFailed())
            return;
        settle();
        QVERIFY(m_window->recompute()->issues().empty());
        QChart *chart = showChart(ChartsView::WaterfallChart);
        checkWaterfall(chart, gds::compute(deal()));
        if (QTest::currentTestFailed())
            return;
        const QVector<QPointF> histBefore =
            seriesNamed<QLineSeries>(chart, QStringLiteral("hist_dscr"))->points();
        QVERIFY(histBefore.size() >= 4);

        // A lock-up level above the historic DSCR of the first tests: cash is trapped, and the chart
        // shows it (the level line moves with the edit).
        double highest = 0;
        for (const QPointF &pt : histBefore)
            highest = std::max(highest, pt.y());
        const double level = std::ceil(histBefore.front().y() * 10 + 1) / 10;
        QVERIFY(level < highest); // some tests pass later on: the trapped cash is released
        QVector<double> trappedBefore = setValues(chart, QStringLiteral("trapped"));
        typeInto(QStringLiteral("debt_covenants_lockup_dscr"), QLocale().toString(level, 'f', 1));
        QCOMPARE(deal().debt.covenants.lockupDscr, level);
        settle();
        chart = showChart(ChartsView::WaterfallChart);
        const gds::Result after = gds::compute(deal());
        QVERIFY(after.metrics.maxTrapped > 0);
        checkWaterfall(chart, after);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(setValues(chart, QStringLiteral("trapped")) != trappedBefore);
        for (const QPointF &pt : seriesNamed<QLineSeries>(chart, QStringLiteral("lockup_level"))->points())
            QCOMPARE(pt.y(), level);
        auto *trapped = barSet(chart, QStringLiteral("trapped"));
        QVERIFY(trapped && legendShows(chart, trapped));

        // Hover shows the month, the line's value and the month's CFADS.
        const int k = int(setValues(chart, QStringLiteral("debt_service")).size()) / 2;
        QBarSet *service = barSet(chart, QStringLiteral("debt_service"));
        emit service->hovered(true, k);
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(service->label()) && tip.contains(QStringLiteral("CFADS")), qPrintable(tip));
        const int first = deal().constructionMonths + 1;
        QVERIFY2(tip.contains(formatValue(after.periods.debtService[std::size_t(first + k)], gds::Unit::Money,
                                          m_charts->locale(), QStringLiteral("USD"), true)),
                 qPrintable(tip));
        emit service->hovered(false, k);
    }

    // The collateral chart: the collateral value and the loan balance are the engine's lines, the
    // covenant line is the LTV limit times the collateral value, the breaches are the engine's.
    void collateralChartFollowsTheCovenant()
    {
        typeDdtlStructure();
        if (QTest::currentTestFailed())
            return;
        settle();
        QChart *chart = showChart(ChartsView::CollateralChart);
        checkCollateral(chart, gds::compute(deal()));
        if (QTest::currentTestFailed())
            return;
        // A tighter covenant: the line follows the new limit; breaches where the cure falls short.
        typeInto(QStringLiteral("debt_covenants_max_ltv"), QStringLiteral("45"));
        QCOMPARE(*deal().debt.covenants.maxLtv, 0.45);
        settle();
        chart = showChart(ChartsView::CollateralChart);
        const gds::Result tight = gds::compute(deal());
        checkCollateral(chart, tight);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(tight.metrics.ltvBreaches && *tight.metrics.ltvBreaches > 0);
        QVERIFY(chart->title().contains(QLatin1String("Collateral")));
    }

    // Both charts export to PNG and SVG through the charts' export path: files with content, the SVG
    // a well-formed SVG document, the PNG an image of the requested size.
    void bothChartsExport_data()
    {
        QTest::addColumn<int>("chart");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("waterfall png") << int(ChartsView::WaterfallChart) << QStringLiteral("png");
        QTest::newRow("waterfall svg") << int(ChartsView::WaterfallChart) << QStringLiteral("svg");
        QTest::newRow("collateral png") << int(ChartsView::CollateralChart) << QStringLiteral("png");
        QTest::newRow("collateral svg") << int(ChartsView::CollateralChart) << QStringLiteral("svg");
    }

    void bothChartsExport()
    {
        QFETCH(int, chart);
        QFETCH(QString, suffix);
        m_window->findChild<QAction *>(QStringLiteral("actionSampleDdtl"))->trigger();
        settle();
        showChart(chart);
        const QString path = m_dir.filePath(QStringLiteral("chart-%1.%2").arg(chart).arg(suffix));
        QFile::remove(path);
        QString error;
        QVERIFY2(m_charts->exportChart(chart, path, &error, QSize(1200, 700)), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 1000);
        if (suffix == QLatin1String("svg")) {
            QXmlStreamReader xml(bytes);
            QString root;
            int paths = 0;
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    if (root.isEmpty())
                        root = xml.name().toString();
                    paths += xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline");
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QCOMPARE(root, QStringLiteral("svg"));
            QVERIFY(paths > 20); // bars and lines, not an empty page
            QVERIFY(bytes.contains("Test date") || bytes.contains("Collateral market value"));
        } else {
            const QImage image(path);
            QCOMPARE(image.size(), QSize(1200, 700));
        }
    }

    // Without a waterfall or a collateral, the charts say so and how to get them.
    void plainLoanShowsANote()
    {
        // After the DDTL sample's charts, the H100 sample's: nothing of the DDTL's is left.
        m_window->findChild<QAction *>(QStringLiteral("actionSampleDdtl"))->trigger();
        settle();
        QVERIFY(!showChart(ChartsView::WaterfallChart)->series().isEmpty());
        QVERIFY(!showChart(ChartsView::CollateralChart)->series().isEmpty());
        m_window->findChild<QAction *>(QStringLiteral("actionSampleH100"))->trigger();
        QCOMPARE(deal(), gds::sampleDeal());
        settle();
        QChart *waterfall = showChart(ChartsView::WaterfallChart);
        QVERIFY(waterfall->series().isEmpty());
        QVERIFY(waterfall->axes().isEmpty());
        QVERIFY(waterfall->title().contains(QLatin1String("<br>"))); // the note on two lines
        QVERIFY2(waterfall->title().contains(QLatin1String("no cash waterfall")),
                 qPrintable(waterfall->title()));
        QChart *collateral = showChart(ChartsView::CollateralChart);
        QVERIFY(collateral->series().isEmpty());
        QVERIFY(collateral->axes().isEmpty());
        QVERIFY2(collateral->title().contains(QLatin1String("no collateral")),
                 qPrintable(collateral->title()));
        // The waterfall turned on in the editor: the chart appears.
        choose(QStringLiteral("debt_waterfall"), 1);
        settle();
        waterfall = showChart(ChartsView::WaterfallChart);
        QVERIFY(barsOf(waterfall));
        checkWaterfall(waterfall, gds::compute(deal()));
        if (QTest::currentTestFailed())
            return;
    }

    // A floating tranche's base-rate curve and margin grid, edited in place with the keyboard: the
    // tables follow the selected tranche, mark a bad value at its cell, and every edit undoes.
    void trancheCurveAndGridEditsUndo()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionSampleDdtl"))->trigger();
        settle();
        const gds::Deal sample = deal();
        QUndoStack *undo = m_window->document()->undoStack();
        const int steps = undo->index();
        SectionTable *tranches = m_fin->trancheTable();
        QVERIFY(tranches->isVisible());
        // The fixed notes: no base, no grid.
        tranches->view()->setCurrentIndex(tranches->model()->index(0, 0));
        QApplication::processEvents();
        QCOMPARE(m_fin->editedTranche(), 0);
        QVERIFY(!widget(QStringLiteral("debt_rate_base_kind"))->isVisible());
        QVERIFY(!m_fin->baseCurve()->isVisible() && !m_fin->marginGrid()->isVisible());
        // The floating DDTL: a curve of three years.
        tranches->view()->setCurrentIndex(tranches->model()->index(1, 0));
        QApplication::processEvents();
        QCOMPARE(m_fin->editedTranche(), 1);
        QVERIFY(widget(QStringLiteral("debt_rate_base_kind"))->isVisible());
        choose(QStringLiteral("debt_rate_base_kind"), 1);
        QVERIFY(deal().debt.tranches[1].rate.useBaseCurve);
        QCOMPARE(deal().debt.tranches[1].rate.baseRateCurve, std::vector<double>{0.0375});
        QCOMPARE(deal().debt.rate, sample.debt.rate); // the facility's rate is not touched
        SectionTable *curve = m_fin->baseCurve();
        QVERIFY(curve->isVisible());
        QCOMPARE(curve->model()->arrayKey(), QStringLiteral("debt.tranches[1].rate.base_rate_curve"));
        typeIntoCell(curve->view(), 0, 0, QStringLiteral("4"));
        addRowAt(curve);
        addRowAt(curve);
        typeIntoCell(curve->view(), 1, 0, QStringLiteral("3.5"));
        typeIntoCell(curve->view(), 2, 0, QStringLiteral("3.25"));
        QCOMPARE(deal().debt.tranches[1].rate.baseRateCurve, (std::vector<double>{0.04, 0.035, 0.0325}));
        QCOMPARE(tranches->view()->model()->index(1, 4).data().toString(), QStringLiteral("curve (3 years)"));

        // A margin grid by coverage for the DDTL tranche (the rule in the table, the grid below it).
        chooseInCell(tranches->view(), 1, 5, 1);
        tranches->view()->setCurrentIndex(tranches->model()->index(1, 0));
        QApplication::processEvents();
        SectionTable *grid = m_fin->marginGrid();
        QVERIFY(grid->isVisible());
        QCOMPARE(grid->model()->arrayKey(), QStringLiteral("debt.tranches[1].rate.margin_grid"));
        QCOMPARE(deal().debt.tranches[1].rate.marginGrid.size(), std::size_t(1));
        typeIntoCell(grid->view(), 0, 1, QStringLiteral("4.5"));
        addRowAt(grid);
        typeIntoCell(grid->view(), 1, 0, QStringLiteral("60"));
        typeIntoCell(grid->view(), 1, 1, QStringLiteral("3"));
        const std::vector<gds::MarginStep> steps2{{0.0, 0.045}, {0.6, 0.03}};
        QCOMPARE(deal().debt.tranches[1].rate.marginGrid, steps2);
        settle();
        QVERIFY(m_window->recompute()->issues().empty());
        const gds::Deal edited = deal();

        // Validated in place: a base rate of -50 % is marked at its cell, in the user's words.
        typeIntoCell(curve->view(), 1, 0, QStringLiteral("-50"));
        settle();
        QVERIFY(!m_window->recompute()->issues().empty());
        const QString tip = curve->view()->model()->index(1, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.isEmpty() && !tip.contains(QLatin1Char('_')), qPrintable(tip));
        undo->undo();
        settle();
        QCOMPARE(deal(), edited);
        QVERIFY(m_window->recompute()->issues().empty());

        // Switching to one rate and back keeps the tranche's curve and grid.
        const int beforeSwitch = undo->index();
        choose(QStringLiteral("debt_structure"), 0);
        QCOMPARE(m_fin->editedTranche(), -1);
        QCOMPARE(curve->model()->arrayKey(), QStringLiteral("debt.rate.base_rate_curve"));
        choose(QStringLiteral("debt_structure"), 1);
        QCOMPARE(deal(), edited);
        while (undo->index() > beforeSwitch)
            undo->undo();
        QCOMPARE(deal(), edited);

        // Every edit undoes back to the sample, and redoes.
        QVERIFY2(undo->index() - steps >= 10, qPrintable(QString::number(undo->index() - steps)));
        while (undo->index() > steps)
            undo->undo();
        QCOMPARE(deal(), sample);
        while (undo->canRedo() && deal() != edited)
            undo->redo();
        QCOMPARE(deal(), edited);
    }

    // The Financing section at 1366x768 needs no horizontal scroll, with the DDTL sample's tranches,
    // the margin by rating and a tranche's curve and grid shown.
    void financingFitsALaptop()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionSampleDdtl"))->trigger();
        settle();
        gds::Deal d = deal();
        d.debt.tranches[1].rate.useBaseCurve = true;
        d.debt.tranches[1].rate.baseRateCurve = {0.04, 0.035};
        m_window->document()->setDeal(d, QStringLiteral("curve"));
        SectionTable *tranches = m_fin->trancheTable();
        tranches->view()->setCurrentIndex(tranches->model()->index(1, 0));
        QApplication::processEvents();
        QTest::qWait(50);
        QVERIFY(m_fin->baseCurve()->isVisible());
        auto *scroll = m_fin->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("content %1 in %2")
                                .arg(scroll->widget()->minimumSizeHint().width())
                                .arg(scroll->viewport()->width())));
        for (QTableView *view : {tranches->view(), m_fin->marginByRating()}) {
            QStringList widths;
            for (int c = 0; c < view->model()->columnCount(); ++c)
                widths << QString::number(view->columnWidth(c));
            QVERIFY2(!view->horizontalScrollBar()->isVisible(),
                     qPrintable(QStringLiteral("%1: columns %2 in %3")
                                    .arg(view->objectName(), widths.join(QLatin1Char(' ')))
                                    .arg(view->viewport()->width())));
        }
        QVERIFY(m_fin->marginByRating()->isVisible());
    }

private:
    const gds::Deal &deal() const { return m_window->document()->deal(); }

    void settle()
    {
        m_window->recompute()->waitForIdle();
        QApplication::processEvents();
    }

    QChart *showChart(int chart)
    {
        m_charts->setCurrentIndex(chart);
        QApplication::processEvents();
        QApplication::processEvents();
        return m_charts->chartView(chart)->chart();
    }

    static QBarSet *barSet(QChart *chart, const QString &key)
    {
        if (QStackedBarSeries *bars = barsOf(chart))
            for (QBarSet *set : bars->barSets())
                if (set->objectName() == key)
                    return set;
        return nullptr;
    }

    static QVector<double> setValues(QChart *chart, const QString &key)
    {
        QVector<double> out;
        if (QBarSet *set = barSet(chart, key))
            for (qsizetype i = 0; i < set->count(); ++i)
                out << set->at(i);
        return out;
    }

    static bool legendShows(QChart *chart, QBarSet *set)
    {
        const QList<QLegendMarker *> markers = chart->legend()->markers(barsOf(chart));
        const qsizetype i = barsOf(chart)->barSets().indexOf(set);
        return i >= 0 && i < markers.size() && markers[i]->isVisible();
    }

    // The waterfall chart against the engine's result for the deal on screen.
    void checkWaterfall(QChart *chart, const gds::Result &want)
    {
        QVERIFY(want.ok());
        QCOMPARE(m_window->recompute()->result().periods.cfads, want.periods.cfads);
        const gds::PeriodTable &t = want.periods;
        const int first = deal().constructionMonths + 1;
        const int months = t.n - first + 1;
        QStackedBarSeries *bars = barsOf(chart);
        QVERIFY(bars);
        const QStringList keys = {QStringLiteral("debt_service"), QStringLiteral("reserve"),
                                  QStringLiteral("prepay"),       QStringLiteral("held"),
                                  QStringLiteral("trapped"),      QStringLiteral("distribution"),
                                  QStringLiteral("support")};
        QCOMPARE(bars->barSets().size(), keys.size());
        std::vector<double> sum(std::size_t(months), 0.0);
        for (const QString &key : keys) {
            QBarSet *set = barSet(chart, key);
            QVERIFY2(set, qPrintable(key));
            QCOMPARE(int(set->count()), months);
            for (int k = 0; k < months; ++k) {
                const double expected = expectedBar(t, key, std::size_t(first + k));
                QVERIFY2(near(set->at(k), expected), qPrintable(QStringLiteral("%1 month %2: %3 vs %4")
                                                                    .arg(key)
                                                                    .arg(k)
                                                                    .arg(set->at(k))
                                                                    .arg(expected)));
                sum[std::size_t(k)] += set->at(k);
            }
        }
        // The bars add up to CFADS (engine.md 5.1: the cash the period's CFADS brings in leaves by these
        // lines).
        for (int k = 0; k < months; ++k)
            QVERIFY2(near(sum[std::size_t(k)], t.cfads[std::size_t(first + k)] / 1e6, 1e-7),
                     qPrintable(QStringLiteral("month %1: %2 vs CFADS %3")
                                    .arg(k)
                                    .arg(sum[std::size_t(k)])
                                    .arg(t.cfads[std::size_t(first + k)] / 1e6)));

        // The historic DSCR on the test dates, the test dates marked, the covenant levels.
        const gds::Waterfall &w = *deal().debt.waterfall;
        const int c = deal().constructionMonths;
        const int last = std::min(c + deal().debt.tenorMonths, t.n);
        int repaid = want.metrics.debtRepaidPeriod ? int(*want.metrics.debtRepaidPeriod) : last;
        QVector<QPointF> tests, hist;
        for (int p = c + 1; p <= std::min(last, repaid); ++p)
            if ((p - c) % w.testMonths == 0 || p == last) {
                tests << QPointF(p - first, 0.0);
                if (!gds::isNull(t.histDscr[std::size_t(p)]))
                    hist << QPointF(p - first, t.histDscr[std::size_t(p)]);
            }
        // Every historic DSCR of the result is on a test date.
        int histCount = 0;
        for (double h : t.histDscr)
            histCount += gds::isNull(h) ? 0 : 1;
        QCOMPARE(int(hist.size()), histCount);
        QCOMPARE(seriesNamed<QScatterSeries>(chart, QStringLiteral("test_dates"))->points(), tests);
        QCOMPARE(seriesNamed<QLineSeries>(chart, QStringLiteral("hist_dscr"))->points(), hist);
        const gds::Covenants &cov = deal().debt.covenants;
        for (const QPointF &pt : seriesNamed<QLineSeries>(chart, QStringLiteral("lockup_level"))->points())
            QCOMPARE(pt.y(), cov.lockupDscr);
        for (const QPointF &pt : seriesNamed<QLineSeries>(chart, QStringLiteral("default_level"))->points())
            QCOMPARE(pt.y(), cov.defaultDscr);
        // The lines are on the DSCR axis (right), the bars on the money axis (left).
        auto *lockup = seriesNamed<QLineSeries>(chart, QStringLiteral("lockup_level"));
        QCOMPARE(chart->axes(Qt::Vertical, lockup).front()->alignment(), Qt::AlignRight);
        QCOMPARE(chart->axes(Qt::Vertical, bars).front()->alignment(), Qt::AlignLeft);
        QVERIFY(lockup->name().contains(QLocale().toString(cov.lockupDscr, 'f', 2)));
    }

    void checkCollateral(QChart *chart, const gds::Result &want)
    {
        QVERIFY(want.ok());
        const gds::PeriodTable &t = want.periods;
        auto *value = seriesNamed<QLineSeries>(chart, QStringLiteral("collateral_value"));
        auto *balance = seriesNamed<QLineSeries>(chart, QStringLiteral("balance"));
        auto *allowed = seriesNamed<QLineSeries>(chart, QStringLiteral("max_balance"));
        auto *breaches = seriesNamed<QScatterSeries>(chart, QStringLiteral("ltv_breaches"));
        QVERIFY(value && balance && allowed && breaches);
        const int c = deal().constructionMonths;
        QCOMPARE(int(value->count()), t.n - c + 1);
        const double limit = *deal().debt.covenants.maxLtv;
        for (int p = c; p <= t.n; ++p) {
            const auto k = qsizetype(p - c);
            QVERIFY(near(value->at(k).y(), t.collateralValue[std::size_t(p)] / 1e6));
            QVERIFY(near(balance->at(k).y(), t.balance[std::size_t(p)] / 1e6));
            QVERIFY(near(allowed->at(k).y(), limit * t.collateralValue[std::size_t(p)] / 1e6));
            QCOMPARE(allowed->at(k).x(), value->at(k).x());
        }
        QVERIFY(want.metrics.ltvBreaches);
        QCOMPARE(double(breaches->count()), *want.metrics.ltvBreaches);
        for (const QPointF &pt : breaches->points()) // on the balance line, above the covenant line
            for (qsizetype k = 0; k < balance->count(); ++k)
                if (balance->at(k).x() == pt.x()) {
                    QCOMPARE(pt.y(), balance->at(k).y());
                    QVERIFY(pt.y() > allowed->at(k).y());
                }
        QVERIFY(allowed->name().contains(QLocale().toString(limit * 100, 'f', 0)));
    }

    // The DDTL-style terms typed into the H100 sample with the keyboard (tranches, waterfall with
    // lock-up, maintenance LTV, collateral, US tax basis).
    void typeDdtlStructure()
    {
        QCOMPARE(deal(), gds::sampleDeal());
        choose(QStringLiteral("debt_structure"), 1);
        SectionTable *tranches = m_fin->trancheTable();
        typeIntoCell(tranches->view(), 0, 0, QStringLiteral("Senior secured notes (fixed)"));
        typeIntoCell(tranches->view(), 0, 1, QStringLiteral("55"));
        chooseInCell(tranches->view(), 0, 2, 1);
        typeIntoCell(tranches->view(), 0, 3, QStringLiteral("5.96"));
        addRowAt(tranches);
        QCOMPARE(deal().debt.tranches.size(), std::size_t(2));
        typeIntoCell(tranches->view(), 1, 0, QStringLiteral("Delayed-draw term loan (floating)"));
        typeIntoCell(tranches->view(), 1, 1, QStringLiteral("45"));
        chooseInCell(tranches->view(), 1, 2, 0);
        typeIntoCell(tranches->view(), 1, 6, QStringLiteral("5.5"));
        choose(QStringLiteral("debt_waterfall"), 1);
        typeInto(QStringLiteral("debt_waterfall_test_months"), QStringLiteral("3"));
        typeInto(QStringLiteral("debt_waterfall_lookback_months"), QStringLiteral("12"));
        choose(QStringLiteral("debt_waterfall_lockup"), 1);
        typeInto(QStringLiteral("debt_waterfall_release_after"), QStringLiteral("2"));
        typeInto(QStringLiteral("debt_waterfall_sweep_trapped_after"), QStringLiteral("2"));
        typeInto(QStringLiteral("debt_waterfall_cash_sweep"), QStringLiteral("25"));
        choose(QStringLiteral("debt_covenants_max_ltv_kind"), 1);
        typeInto(QStringLiteral("debt_covenants_max_ltv"), QStringLiteral("85"));
        choose(QStringLiteral("collateral"), 1);
        typeInto(QStringLiteral("collateral_annual_decline"), QStringLiteral("22"));
        typeInto(QStringLiteral("collateral_floor"), QStringLiteral("10"));
        choose(QStringLiteral("tax_depreciation"), 1);
        typeInto(QStringLiteral("tax_bonus"), QStringLiteral("100"));
        const gds::Deal &d = deal();
        QCOMPARE(d.debt.tranches[1].rate.margin, 0.055);
        QVERIFY(d.debt.waterfall && d.debt.waterfall->lockup);
        QCOMPARE(d.debt.waterfall->cashSweep, 0.25);
        QCOMPARE(*d.debt.covenants.maxLtv, 0.85);
        QVERIFY(d.collateral);
        QCOMPARE(d.collateral->annualDecline, 0.22);
        QCOMPARE(d.taxDepreciation, gds::TaxDepreciation::Macrs5);
    }

    QWidget *widget(const QString &name) const
    {
        QWidget *w = m_fin->findChild<QWidget *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }

    void choose(const QString &name, int index)
    {
        auto *combo = qobject_cast<QComboBox *>(widget(name));
        QVERIFY(combo);
        combo->setFocus();
        for (int guard = 0; combo->currentIndex() != index && guard < 10; ++guard)
            QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(combo->currentIndex(), index);
        QApplication::processEvents();
    }

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

    // Ctrl+Insert (Edit > Add row) in a section table, after its current row.
    void addRowAt(SectionTable *table)
    {
        QTableView *view = table->view();
        const int before = table->model()->itemCount();
        view->setFocus();
        if (!view->currentIndex().isValid())
            view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Insert, Qt::ControlModifier);
        QApplication::processEvents();
        QCOMPARE(table->model()->itemCount(), before + 1);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<MainWindow> m_window;
    FinancingEditor *m_fin = nullptr;
    ChartsView *m_charts = nullptr;
};

int main(int argc, char **argv)
{
    return gds::test::runOnHdScreen<TestV2Charts>(argc, argv);
}

#include "TestV2Charts.moc"
