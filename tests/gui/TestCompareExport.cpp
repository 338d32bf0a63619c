// Issue 5 in the workbench: term sheet, workbook and period-table exports from the real main window
// (refused while the deal has marked fields), the compare-structures dialog (metrics side by side with
// the best marked and deltas against the first column, overlaid curves, the hedge effect), its PDF, the
// comparison model under QAbstractItemModelTester, and deal files given on the command line.
#include "common/GuiTestSupport.h"
#include "common/SkipOrFail.h"
#include "CompareDialog.h"
#include "CompareModel.h"
#include "DealDocument.h"
#include "engine/Comparison.h"
#include "engine/Engine.h"
#include "io/DealJson.h"
#include "io/SampleDeal.h"
#include "MainWindow.h"
#include "RecomputeController.h"
#include "report/ComparisonReport.h"
#include "RiskView.h"
#include "storage/Workspace.h"
#include "WorkspaceSession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLineSeries>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace gds::ui;

namespace {

gds::ComparedStructure structure(const QString &label, const gds::Deal &deal)
{
    return {label, deal, gds::compute(deal)};
}

gds::Deal cheaperOfftake()
{
    gds::Deal d = gds::sampleDeal();
    d.name = "Sample, cheaper offtake";
    for (gds::OfftakeContract &c : d.offtake)
        c.pricePerGpuHour *= 0.8;
    return d;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QByteArray head(const QString &path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

QList<QTreeWidgetItem *> checkable(QTreeWidget *tree)
{
    QList<QTreeWidgetItem *> out;
    std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *i) {
        if (i->flags() & Qt::ItemIsUserCheckable)
            out << i;
        for (int c = 0; c < i->childCount(); ++c)
            walk(i->child(c));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return out;
}

} // namespace

class TestCompareExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        gds::test::isolateGuiTest(QStringLiteral("gui_compare_export"));
        QVERIFY(m_dir.isValid());
        // GDS_KEEP_OUTPUT=1 keeps the exported files (and a picture of the compare dialog) to look at.
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("GDS_KEEP_OUTPUT"));
        if (!m_dir.autoRemove())
            qInfo("output kept in %s", qPrintable(m_dir.path()));
        m_hasPdftotext = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    }

    void init()
    {
        gds::test::freshStart(m_dir.filePath(QStringLiteral("ws-%1.sqlite").arg(++m_counter)));
        m_window =
            gds::test::startedMainWindow([](MainWindow &w) { w.setToday([] { return QDate(2031, 5, 6); }); });
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    // --- the comparison model

    void modelUnderTester()
    {
        CompareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 0);
        QCOMPARE(model.rowCount(), int(gds::metricFields().size()));
        model.setStructures({structure(QStringLiteral("A"), gds::sampleDeal()),
                             structure(QStringLiteral("B"), cheaperOfftake())});
        QCOMPARE(model.columnCount(), 2);
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                QVERIFY(!model.index(r, c).data().toString().isEmpty());
        model.setShowDeltas(false);
        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        model.setStructures({structure(QStringLiteral("A"), gds::sampleDeal())});
        QCOMPARE(model.columnCount(), 1);
        model.setStructures({});
        QCOMPARE(model.columnCount(), 0);
    }

    void bestAndDeltas_data()
    {
        QTest::addColumn<QString>("key");
        // lender_yield differs by less than 0.005 pp between the two: no best.
        for (const char *key : {"debt", "equity", "min_dscr", "equity_irr", "lender_yield", "gearing",
                                "sizing_iterations", "total_capex", "idc"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }
    void bestAndDeltas()
    {
        QFETCH(QString, key);
        CompareModel model;
        const gds::Deal deals[] = {gds::sampleDeal(), cheaperOfftake()};
        model.setStructures(
            {structure(QStringLiteral("Sample"), deals[0]), structure(QStringLiteral("Cheaper"), deals[1])});
        const int row = CompareModel::rowOf(key);
        QVERIFY(row >= 0);
        const gds::MetricField &field = gds::metricFields()[std::size_t(row)];
        const std::optional<double> a = field.get(gds::compute(deals[0]).metrics);
        const std::optional<double> b = field.get(gds::compute(deals[1]).metrics);
        QVERIFY(a && b);
        QCOMPARE(model.index(row, 0).data(CompareModel::ValueRole).toDouble(), *a);
        QCOMPARE(model.index(row, 1).data(CompareModel::ValueRole).toDouble(), *b);
        QVERIFY(!model.index(row, 0).data(CompareModel::DeltaRole).isValid()); // the reference column
        QCOMPARE(model.index(row, 1).data(CompareModel::DeltaRole).toDouble(), *b - *a);
        // Differences below half the shown digit are no differences (ComparisonReport.h).
        const double tol = field.unit == gds::Unit::Money || field.unit == gds::Unit::Count ? 0.5
                           : field.unit == gds::Unit::Multiple                              ? 0.005
                                                                                            : 0.00005;
        const bool firstBest = field.better != 0 && (*a - *b) * field.better > tol;
        const bool secondBest = field.better != 0 && (*b - *a) * field.better > tol;
        QCOMPARE(model.index(row, 0).data(CompareModel::BestRole).toBool(), firstBest);
        QCOMPARE(model.index(row, 1).data(CompareModel::BestRole).toBool(), secondBest);
        QCOMPARE(model.index(row, 0).data().toString().contains(QStringLiteral("★")), firstBest);
        QCOMPARE(model.index(row, 1).data().toString().contains(QStringLiteral("★")), secondBest);
        if (*a != *b)
            QVERIFY(model.index(row, 1).data().toString().contains(QLatin1Char('\n'))); // the delta line
    }

    void tiesMarkNothing()
    {
        const auto table = gds::comparisonTable({structure(QStringLiteral("A"), gds::sampleDeal()),
                                                 structure(QStringLiteral("B"), gds::sampleDeal())});
        for (const auto &row : table) {
            QCOMPARE(row.size(), std::size_t(2));
            QVERIFY(!row[0].best && !row[1].best);
            if (row[1].delta)
                QCOMPARE(*row[1].delta, 0.0);
        }
    }

    // --- exports from the main window

    void exportTermSheet_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("A4") << int(gds::TermSheetOptions::Paper::A4)
                            << QStringLiteral("595[.0-9]* x 84[12][.0-9]* pts");
        QTest::newRow("Letter") << int(gds::TermSheetOptions::Paper::Letter) << QStringLiteral("612 x 792");
    }
    void exportTermSheet()
    {
        QFETCH(int, paper);
        QFETCH(QString, pageSize);
        const QString path = m_dir.filePath(QStringLiteral("sheet-%1.pdf").arg(m_counter));
        QVERIFY(m_window->exportTermSheetPdf(path, gds::TermSheetOptions::Paper(paper)));
        QCOMPARE(head(path, 5), QByteArray("%PDF-"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(path));
        if (!m_hasPdftotext)
            GDS_SKIP_OR_FAIL("pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(path);
        QVERIFY(text.contains(QString::fromStdString(gds::sampleDeal().name)));
        QVERIFY(text.contains(QStringLiteral("2031-05-06")));
        QVERIFY2(text.contains(QStringLiteral("v1 · main line")), qPrintable(text.left(600)));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(30000));
        const QString pages = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(pages.contains(QRegularExpression(pageSize)), qPrintable(pages));
    }

    void exportXlsxAndCsv()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("model-%1.xlsx").arg(m_counter));
        QVERIFY(m_window->exportXlsx(xlsx));
        QCOMPARE(head(xlsx, 4), QByteArray("PK\x03\x04", 4)); // a zip container
        const QString csv = m_dir.filePath(QStringLiteral("periods-%1.csv").arg(m_counter));
        QVERIFY(m_window->exportPeriodCsv(csv));
        QVERIFY(head(csv, 64).startsWith("period,start,end,days,phase,"));
        QVERIFY(!m_window->exportXlsx(QStringLiteral("/nonexistent-dir/model.xlsx")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("not exported")));
    }

    void exportsRefusedWhileInvalid_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("pdf") << 0;
        QTest::newRow("xlsx") << 1;
        QTest::newRow("csv") << 2;
    }
    void exportsRefusedWhileInvalid()
    {
        QFETCH(int, kind);
        gds::Deal bad = m_window->document()->deal();
        bad.cluster.availability = 1.5;
        m_window->document()->setDeal(bad, QStringLiteral("invalid"));
        QVERIFY(m_window->recompute()->isStale());
        const QString path = m_dir.filePath(QStringLiteral("refused-%1-%2").arg(kind).arg(m_counter));
        bool ok = true;
        switch (kind) {
        case 0:
            ok = m_window->exportTermSheetPdf(path, gds::TermSheetOptions::Paper::A4);
            break;
        case 1:
            ok = m_window->exportXlsx(path);
            break;
        default:
            ok = m_window->exportPeriodCsv(path);
            break;
        }
        QVERIFY(!ok);
        QVERIFY(!QFile::exists(path));
        QVERIFY(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("Fix the marked fields first")));
    }

    // --- the compare dialog

    void compareScenariosFromTheWorkspace()
    {
        // A scenario with cheaper offtake next to the main line.
        QVERIFY(m_window->createScenario(QStringLiteral("cheaper")));
        gds::Deal cheaper = m_window->document()->deal();
        for (gds::OfftakeContract &c : cheaper.offtake)
            c.pricePerGpuHour *= 0.8;
        m_window->document()->setDeal(cheaper, QStringLiteral("cheaper"));
        QVERIFY(m_window->saveVersion(QStringLiteral("cheaper offtake")));

        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionCompare"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        action->trigger();
        auto *dialog = m_window->findChild<CompareDialog *>(QStringLiteral("compareDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QTreeWidgetItem *mainLine = nullptr, *scenario = nullptr;
        for (QTreeWidgetItem *i : checkable(dialog->picker())) {
            if (i->data(0, CompareDialog::KindRole).toInt() != CompareDialog::LatestOfLine)
                continue;
            (i->data(0, CompareDialog::ScenarioRole).toLongLong() < 0 ? mainLine : scenario) = i;
        }
        QVERIFY(mainLine && scenario);
        mainLine->setCheckState(0, Qt::Checked);
        QCOMPARE(dialog->model()->columnCount(), 1);
        scenario->setCheckState(0, Qt::Checked);
        CompareModel *model = dialog->model();
        QCOMPARE(model->columnCount(), 2);
        QVERIFY(model->headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("cheaper")));
        QCOMPARE(model->structures()[0].deal, gds::sampleDeal());
        QCOMPARE(model->structures()[1].deal, cheaper);

        const gds::Metrics a = gds::compute(gds::sampleDeal()).metrics, b = gds::compute(cheaper).metrics;
        const int debt = CompareModel::rowOf(QStringLiteral("debt"));
        QCOMPARE(model->index(debt, 1).data(CompareModel::DeltaRole).toDouble(), b.debt - a.debt);
        QCOMPARE(model->index(debt, 0).data(CompareModel::BestRole).toBool(), a.debt > b.debt);
        QCOMPARE(model->index(debt, 1).data(CompareModel::BestRole).toBool(), b.debt > a.debt);
        const int irr = CompareModel::rowOf(QStringLiteral("equity_irr"));
        QCOMPARE(model->index(irr, 0).data(CompareModel::BestRole).toBool(), *a.equityIrr > *b.equityIrr);

        // Overlaid curves: one visible legend entry per structure.
        for (QChartView *view : {dialog->dscrChart(), dialog->balanceChart()}) {
            QStringList names;
            for (QAbstractSeries *s : view->chart()->series())
                names << s->name();
            names.removeDuplicates();
            QCOMPARE(names.size(), 2);
        }

        if (!m_dir.autoRemove()) {
            for (int t = 0; t < dialog->tabs()->count(); ++t) {
                dialog->tabs()->setCurrentIndex(t);
                dialog->grab().save(m_dir.filePath(QStringLiteral("compare-tab%1.png").arg(t)));
            }
        }

        // Unticking the first makes the scenario the only (reference) column.
        mainLine->setCheckState(0, Qt::Unchecked);
        QCOMPARE(model->columnCount(), 1);
        QCOMPARE(model->structures()[0].deal, cheaper);
    }

    void hedgeEffectEqualsTheDealWithoutHedges()
    {
        auto *dialog = m_window->showCompare();
        dialog->setStructures({structure(QStringLiteral("Sample"), gds::sampleDeal()),
                               structure(QStringLiteral("Cheaper"), cheaperOfftake())});
        for (int column : {0, 1}) {
            dialog->setHedgeStructure(column);
            const gds::Deal deal = dialog->model()->structures()[std::size_t(column)].deal;
            QVERIFY(!deal.hedges.empty());
            CompareModel *hedge = dialog->hedgeModel();
            QCOMPARE(hedge->columnCount(), 2);
            QCOMPARE(hedge->structures()[0].deal, deal);
            gds::Deal bare = deal;
            bare.hedges.clear();
            QCOMPARE(hedge->structures()[1].deal, bare);
            const gds::Metrics with = gds::compute(deal).metrics, without = gds::compute(bare).metrics;
            const auto &fields = gds::metricFields();
            for (std::size_t i = 0; i < fields.size(); ++i) {
                const QVariant w = hedge->index(int(i), 0).data(CompareModel::ValueRole);
                const QVariant wo = hedge->index(int(i), 1).data(CompareModel::ValueRole);
                QCOMPARE(w.isValid(), fields[i].get(with).has_value());
                QCOMPARE(wo.isValid(), fields[i].get(without).has_value());
                if (w.isValid())
                    QCOMPARE(w.toDouble(), *fields[i].get(with));
                if (wo.isValid())
                    QCOMPARE(wo.toDouble(), *fields[i].get(without));
            }
            QStringList names;
            for (QAbstractSeries *s : dialog->hedgeChart()->chart()->series())
                names << s->name();
            names.removeDuplicates();
            QCOMPARE(names.size(), 2);
        }
        QVERIFY(gds::compute(gds::sampleDeal()).metrics.coverage !=
                gds::compute(gds::withoutHedges(gds::sampleDeal())).metrics.coverage); // hedges matter
    }

    // (v2) The same view without the cash waterfall: chosen in the dialog's "Without:" box by keyboard,
    // the second column is gds::withoutWaterfall of the structure, recomputed; the main table lines up
    // the tranches; the PDF carries the waterfall effect.
    void waterfallEffectColumns()
    {
        auto *dialog = m_window->showCompare();
        const gds::Deal ddtl = gds::sampleDealDdtl();
        dialog->setStructures(
            {structure(QStringLiteral("DDTL"), ddtl), structure(QStringLiteral("H100"), gds::sampleDeal())});
        QCOMPARE(dialog->tabs()->tabText(3), QStringLiteral("With and without"));
        dialog->tabs()->setCurrentIndex(3);
        QComboBox *box = dialog->effectBox();
        QVERIFY(box && box->isVisible());
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(dialog->effect(), gds::ComparisonOptions::Effect::Waterfall);
        CompareModel *pair = dialog->hedgeModel();
        QCOMPARE(pair->columnCount(), 2);
        QCOMPARE(pair->headerData(0, Qt::Horizontal).toString(), QStringLiteral("With the waterfall"));
        QCOMPARE(pair->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Without the waterfall"));
        QCOMPARE(pair->structures()[0].deal, ddtl);
        QCOMPARE(pair->structures()[1].deal, gds::withoutWaterfall(ddtl));
        const gds::Metrics with = gds::compute(ddtl).metrics,
                           without = gds::compute(gds::withoutWaterfall(ddtl)).metrics;
        const auto &fields = gds::metricFields();
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const QVariant w = pair->index(int(i), 0).data(CompareModel::ValueRole);
            const QVariant wo = pair->index(int(i), 1).data(CompareModel::ValueRole);
            QCOMPARE(w.isValid(), fields[i].get(with).has_value());
            QCOMPARE(wo.isValid(), fields[i].get(without).has_value());
            if (w.isValid())
                QCOMPARE(w.toDouble(), *fields[i].get(with));
            if (wo.isValid())
                QCOMPARE(wo.toDouble(), *fields[i].get(without));
        }
        const int prepaid = CompareModel::rowOf(QStringLiteral("debt_prepaid"));
        QVERIFY(with.debtPrepaid > 0); // the waterfall matters for this deal
        QCOMPARE(pair->index(prepaid, 1).data(CompareModel::ValueRole).toDouble(), 0.0);
        QCOMPARE(pair->index(prepaid, 1).data(CompareModel::DeltaRole).toDouble(), -with.debtPrepaid);
        QStringList names;
        for (QAbstractSeries *series : dialog->hedgeChart()->chart()->series())
            names << series->name();
        names.removeDuplicates();
        QCOMPARE(names, QStringList(
                            {QStringLiteral("With the waterfall"), QStringLiteral("Without the waterfall")}));
        QCOMPARE(dialog->hedgeChart()->chart()->title(),
                 QStringLiteral("DSCR with and without the cash waterfall"));

        // The main table: the v2 metrics and each tranche's amount and yield, by position.
        CompareModel *model = dialog->model();
        const gds::Result a = gds::compute(ddtl), b = gds::compute(gds::sampleDeal());
        QCOMPARE(model->trancheRowCount(), 4);
        QCOMPARE(model->rowCount(), int(fields.size()) + 4);
        const int first = int(fields.size());
        QCOMPARE(model->index(first, 0).data(CompareModel::KeyRole).toString(),
                 QStringLiteral("tranche_1_amount"));
        QCOMPARE(model->index(first, 0).data(CompareModel::ValueRole).toDouble(), a.tranches[0].amount);
        QCOMPARE(model->index(first, 1).data(CompareModel::ValueRole).toDouble(), b.tranches[0].amount);
        QCOMPARE(model->index(first + 3, 0).data(CompareModel::ValueRole).toDouble(),
                 *a.tranches[1].lenderYield);
        QVERIFY(!model->index(first + 3, 1).data(CompareModel::ValueRole).isValid()); // H100: one tranche
        QVERIFY(model->headerData(first, Qt::Vertical)
                    .toString()
                    .startsWith(QStringLiteral("Tranche 1: amount")));
        QVERIFY(model->headerData(first, Qt::Vertical, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Senior secured notes (fixed)")));
        const int trapped = CompareModel::rowOf(QStringLiteral("max_trapped"));
        QVERIFY(trapped >= 0);
        QCOMPARE(model->index(trapped, 0).data(CompareModel::ValueRole).toDouble(), a.metrics.maxTrapped);

        if (!m_dir.autoRemove()) {
            dialog->grab().save(m_dir.filePath(QStringLiteral("compare-waterfall.png")));
            dialog->tabs()->setCurrentIndex(0);
            dialog->grab().save(m_dir.filePath(QStringLiteral("compare-v2-metrics.png")));
        }

        // The PDF's effect section follows the choice.
        const QString path = m_dir.filePath(QStringLiteral("compare-waterfall-%1.pdf").arg(m_counter));
        QString error;
        QVERIFY2(dialog->exportPdf(path, gds::ComparisonOptions::Paper::A4, &error), qPrintable(error));
        if (!m_hasPdftotext)
            GDS_SKIP_OR_FAIL("pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(path);
        for (const QString &part :
             {QStringLiteral("Waterfall effect: DDTL"), QStringLiteral("Facility terms"),
              QStringLiteral("Without the waterfall")})
            QVERIFY2(text.contains(part), qPrintable(part));
        QVERIFY(!text.contains(QStringLiteral("Hedge effect")));
        // Back to the hedges: the second column is the deal without hedges again.
        QTest::keyClick(box, Qt::Key_Up);
        QCOMPARE(dialog->effect(), gds::ComparisonOptions::Effect::Hedges);
        QCOMPARE(pair->structures()[1].deal, gds::withoutHedges(ddtl));
    }

    void compareAtMostSix()
    {
        for (double price : {2.1, 2.2, 2.3, 2.4, 2.5, 2.6}) {
            gds::Deal d = m_window->document()->deal();
            d.offtake[0].pricePerGpuHour = price;
            m_window->document()->setDeal(d, QStringLiteral("price"));
            QVERIFY(m_window->saveVersion(QStringLiteral("price %1").arg(price)));
        }
        auto *dialog = m_window->showCompare();
        const QList<QTreeWidgetItem *> items = checkable(dialog->picker());
        QVERIFY(items.size() > CompareDialog::kMaxStructures);
        for (QTreeWidgetItem *i : items)
            i->setCheckState(0, Qt::Checked);
        QCOMPARE(dialog->model()->columnCount(), CompareDialog::kMaxStructures);
        QCOMPARE(items.last()->checkState(0), Qt::Unchecked);
        // The deal in the editor is the first item and may be compared.
        QCOMPARE(items.first()->data(0, CompareDialog::KindRole).toInt(), int(CompareDialog::WorkingDeal));
        QCOMPARE(dialog->model()->structures()[0].deal, m_window->document()->deal());
    }

    void invalidWorkingDealCannotBePicked()
    {
        gds::Deal bad = m_window->document()->deal();
        bad.cluster.availability = 1.5;
        m_window->document()->setDeal(bad, QStringLiteral("invalid"));
        auto *dialog = m_window->showCompare();
        QTreeWidgetItem *first = dialog->picker()->topLevelItem(0);
        QCOMPARE(first->data(0, CompareDialog::KindRole).toInt(), int(CompareDialog::WorkingDeal));
        QVERIFY(!(first->flags() & Qt::ItemIsEnabled));
        QVERIFY(first->text(0).contains(QStringLiteral("fix the marked fields first")));
    }

    void comparisonPdf_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("A4") << int(gds::ComparisonOptions::Paper::A4)
                            << QStringLiteral("595[.0-9]* x 84[12][.0-9]* pts");
        QTest::newRow("Letter") << int(gds::ComparisonOptions::Paper::Letter) << QStringLiteral("612 x 792");
    }
    void comparisonPdf()
    {
        QFETCH(int, paper);
        QFETCH(QString, pageSize);
        auto *dialog = m_window->showCompare();
        const QString path = m_dir.filePath(QStringLiteral("compare-%1.pdf").arg(m_counter));
        QString error;
        dialog->setStructures({structure(QStringLiteral("Sample"), gds::sampleDeal())});
        QVERIFY(!dialog->exportPdf(path, gds::ComparisonOptions::Paper(paper),
                                   &error)); // one is not a comparison
        QVERIFY(!error.isEmpty());
        dialog->setStructures({structure(QStringLiteral("Sample structure"), gds::sampleDeal()),
                               structure(QStringLiteral("Cheaper offtake"), cheaperOfftake())});
        QVERIFY2(dialog->exportPdf(path, gds::ComparisonOptions::Paper(paper), &error), qPrintable(error));
        QCOMPARE(head(path, 5), QByteArray("%PDF-"));
        if (!m_hasPdftotext)
            GDS_SKIP_OR_FAIL("pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(path);
        for (const QString &s : {QStringLiteral("Structure comparison"), QStringLiteral("Sample structure"),
                                 QStringLiteral("Cheaper offtake"), QStringLiteral("2031-05-06"),
                                 QStringLiteral("Min DSCR"), QStringLiteral("Hedge effect"),
                                 QStringLiteral("DSCR by month"), QStringLiteral("Debt balance by month")})
            QVERIFY2(text.contains(s), qPrintable(s));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(30000));
        const QString pages = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(pages.contains(QRegularExpression(pageSize)), qPrintable(pages));
    }

    // Both PDFs follow the GUI's locale (QLocale(), which gpudeal sets from the preferences at start):
    // German dates and decimal commas; the words stay English while no translator is installed.
    void pdfsFollowTheLocale_data()
    {
        QTest::addColumn<bool>("comparison");
        QTest::newRow("term sheet") << false;
        QTest::newRow("comparison") << true;
    }
    void pdfsFollowTheLocale()
    {
        QFETCH(bool, comparison);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        const QString path = m_dir.filePath(QStringLiteral("german-%1.pdf").arg(m_counter));
        if (comparison) {
            auto *dialog = m_window->showCompare();
            dialog->setStructures({structure(QStringLiteral("Sample structure"), gds::sampleDeal()),
                                   structure(QStringLiteral("Cheaper offtake"), cheaperOfftake())});
            QString error;
            QVERIFY2(dialog->exportPdf(path, gds::ComparisonOptions::Paper::A4, &error), qPrintable(error));
        } else {
            QCOMPARE(m_window->document()->deal(), gds::sampleDeal());
            QVERIFY(m_window->exportTermSheetPdf(path, gds::TermSheetOptions::Paper::A4));
        }
        if (!m_hasPdftotext)
            GDS_SKIP_OR_FAIL("pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(path);
        const gds::Result result = gds::compute(gds::sampleDeal());
        const QString minDscr =
            QLocale(QLocale::German, QLocale::Germany).toString(*result.metrics.minDscr, 'f', 2) +
            QLatin1Char('x');
        QVERIFY(minDscr.contains(QLatin1Char(',')));
        for (const QString &s : {QStringLiteral("06.05.2031"), minDscr})
            QVERIFY2(text.contains(s), qPrintable(s));
        QVERIFY(!text.contains(QStringLiteral("2031-05-06")));
    }

    // --- command line: `gpudeal FILE`

    void commandLineFileOpens()
    {
        const QString path = QStringLiteral(GDS_TEST_DATA "/examples/c04_bullet_act365_leap.json");
        const gds::DealFileResult file = gds::readDealFile(path.toStdString());
        QVERIFY(file.deal);
        QVERIFY(m_window->openFiles({path}));
        QCOMPARE(m_window->document()->deal(), *file.deal);
        const std::int64_t id = *m_window->session()->dealId();
        const std::size_t versions = m_window->session()->workspace()->history(id).size();
        // Opening it again shows the same deal without adding a copy.
        QVERIFY(m_window->openFiles({path}));
        QCOMPARE(m_window->document()->deal(), *file.deal);
        QCOMPARE(m_window->session()->workspace()->history(id).size(), versions);
        QVERIFY(!m_window->openFiles({m_dir.filePath(QStringLiteral("missing.json"))}));
        QCOMPARE(m_window->document()->deal(), *file.deal);
    }

    // --- analysis tabs and preferences

    void riskTabBesideChartsAndPeriods()
    {
        QTabWidget *tabs = m_window->outputTabs();
        QCOMPARE(tabs->count(), 2);
        auto *risk = new RiskView(m_window->document());
        m_window->addAnalysisTab(risk, QStringLiteral("Risk"));
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(2), QStringLiteral("Risk"));
        QCOMPARE(m_window->findChild<RiskView *>(QStringLiteral("riskView")), risk);
        emit risk->statusMessage(QStringLiteral("risk says hello"));
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("risk says hello"));
    }

    void preferencesInTheEditMenu()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionPreferences"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    bool m_hasPdftotext = false;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestCompareExport)
#include "TestCompareExport.moc"
