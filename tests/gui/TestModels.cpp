// The GUI's item models: structure under QAbstractItemModelTester, edits through the document
// (locale-aware parsing, percentages, no clamping), row operations, paste, issue marks, and the period
// table's aggregation.
#include "CapexModel.h"
#include "DealDocument.h"
#include "engine/Engine.h"
#include "HedgeModel.h"
#include "io/SampleDeal.h"
#include "OfftakeModel.h"
#include "PeriodTableModel.h"
#include "RateModels.h"

#include <cmath>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace gds::ui;

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_doc = std::make_unique<DealDocument>();
        m_doc->reset(gds::sampleDeal());
    }

    void testerOnEveryModel_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("capex") << 0;
        QTest::newRow("offtake") << 1;
        QTest::newRow("hedges") << 2;
        QTest::newRow("margin grid") << 3;
        QTest::newRow("base curve") << 4;
    }
    void testerOnEveryModel()
    {
        QFETCH(int, which);
        std::unique_ptr<DealTableModel> model;
        switch (which) {
        case 0:
            model = std::make_unique<CapexModel>(m_doc.get());
            break;
        case 1:
            model = std::make_unique<OfftakeModel>(m_doc.get());
            break;
        case 2:
            model = std::make_unique<HedgeModel>(m_doc.get());
            break;
        case 3:
            model = std::make_unique<MarginGridModel>(m_doc.get());
            break;
        default:
            model = std::make_unique<BaseCurveModel>(m_doc.get());
            break;
        }
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int items = model->itemCount();
        // Exercise every kind of change while the tester watches.
        QVERIFY(model->addItem(items));
        QCOMPARE(model->itemCount(), items + 1);
        QVERIFY(model->duplicateItem(0));
        QVERIFY(model->moveItem(0, +1));
        QVERIFY(model->removeItems({0}));
        QCOMPARE(model->itemCount(), items + 1);
        QVERIFY(!model->removeItems({model->itemCount()})); // out of range: refused
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex i = model->index(0, c);
            if (i.isValid() && (model->flags(i) & Qt::ItemIsEditable))
                model->setData(i, model->data(i, Qt::EditRole));
        }
        m_doc->undoStack()->undo();
        m_doc->undoStack()->redo();
        m_doc->reset(gds::Deal{});
        QCOMPARE(model->itemCount(), 0);
        m_doc->reset(gds::sampleDeal());
        QCOMPARE(model->itemCount(), items);
    }

    void setDataWritesTheDeal_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("expected");
        QTest::newRow("plain") << QStringLiteral("3.1") << 3.1;
        QTest::newRow("spaces") << QStringLiteral("  2.75 ") << 2.75;
        QTest::newRow("negative kept, not clamped") << QStringLiteral("-1.5") << -1.5;
        QTest::newRow("zero kept") << QStringLiteral("0") << 0.0;
    }
    void setDataWritesTheDeal()
    {
        QFETCH(QString, typed);
        QFETCH(double, expected);
        OfftakeModel model(m_doc.get());
        model.setLocale(QLocale::c());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, OfftakeModel::Price), typed));
        QCOMPARE(m_doc->deal().offtake[0].pricePerGpuHour, expected);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    void unreadableInputIsRefused_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::newRow("price: letters") << int(OfftakeModel::Price) << QStringLiteral("abc");
        QTest::newRow("price: empty") << int(OfftakeModel::Price) << QString();
        QTest::newRow("term: fraction") << int(OfftakeModel::Term) << QStringLiteral("2.5");
        QTest::newRow("rating: unknown") << int(OfftakeModel::Rating) << QStringLiteral("ZZZ");
    }
    void unreadableInputIsRefused()
    {
        QFETCH(int, column);
        QFETCH(QString, typed);
        OfftakeModel model(m_doc.get());
        const gds::Deal before = m_doc->deal();
        QVERIFY(!model.setData(model.index(0, column), typed));
        QCOMPARE(m_doc->deal(), before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void percentagesAreShownAsPercent()
    {
        CapexModel model(m_doc.get());
        model.setLocale(QLocale::c());
        QCOMPARE(model.data(model.index(0, CapexModel::Residual), Qt::EditRole).toDouble(), 15.0);
        QCOMPARE(model.data(model.index(0, CapexModel::Residual)).toString(), QStringLiteral("15.00 %"));
        QVERIFY(model.setData(model.index(0, CapexModel::Residual), QStringLiteral("12.5 %")));
        QCOMPARE(m_doc->deal().capex[0].residualPct, 0.125);
    }

    void localeDecimalComma()
    {
        OfftakeModel model(m_doc.get());
        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(model.setData(model.index(0, OfftakeModel::Price), QStringLiteral("2,45")));
        QCOMPARE(m_doc->deal().offtake[0].pricePerGpuHour, 2.45);
        QCOMPARE(model.data(model.index(0, OfftakeModel::Price)).toString(), QStringLiteral("2,45"));
    }

    void displayNeverHidesDigits()
    {
        OfftakeModel model(m_doc.get());
        model.setLocale(QLocale::c());
        QVERIFY(model.setData(model.index(0, OfftakeModel::Price), QStringLiteral("2.34567")));
        QCOMPARE(model.data(model.index(0, OfftakeModel::Price)).toString(), QStringLiteral("2.34567"));
    }

    void capexAmountAndTotals()
    {
        CapexModel model(m_doc.get());
        model.setLocale(QLocale::c());
        const int totals = model.rowCount() - 1;
        QVERIFY(model.isTotalsRow(totals));
        QVERIFY(!(model.flags(model.index(totals, CapexModel::UnitCost)) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(0, CapexModel::Amount)) & Qt::ItemIsEditable));
        double sum = 0;
        for (const gds::CapexItem &c : m_doc->deal().capex)
            sum += c.cost();
        QCOMPARE(model.data(model.index(totals, CapexModel::Amount)).toString(),
                 QLocale::c().toString(sum, 'f', 0));
        QVERIFY(model.setData(model.index(0, CapexModel::Quantity), QStringLiteral("100")));
        QCOMPARE(model.data(model.index(0, CapexModel::Amount), Qt::EditRole).toDouble(), 100 * 275000.0);
    }

    void spendSchedule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<int>("parts");
        QTest::newRow("two parts") << QStringLiteral("0: 30 %; 2: 70 %") << true << 2;
        QTest::newRow("no spaces") << QStringLiteral("1:100") << true << 1;
        QTest::newRow("garbage") << QStringLiteral("soon") << false << 0;
        QTest::newRow("missing share") << QStringLiteral("0:") << false << 0;
        QTest::newRow("empty") << QString() << false << 0;
    }
    void spendSchedule()
    {
        QFETCH(QString, text);
        QFETCH(bool, readable);
        QFETCH(int, parts);
        const auto s = CapexModel::parseSpend(text, QLocale::c());
        QCOMPARE(s.has_value(), readable);
        if (s) {
            QCOMPARE(int(s->size()), parts);
            QCOMPARE(CapexModel::parseSpend(CapexModel::spendText(*s, QLocale::c()), QLocale::c()), s);
        }
    }

    void pasteFromSpreadsheet()
    {
        OfftakeModel model(m_doc.get());
        model.setLocale(QLocale::c());
        const int before = model.itemCount();
        // Two rows as a spreadsheet copies them: tab-separated, CRLF, the computed column skipped.
        const QString text = QStringLiteral("Acme Cloud\tBBB\t5\t24\t100\t2.5\t2 %\t0\tignored\r\n"
                                            "Beta AI\tA\t6\t12\t50\t2.8\t0\t10\r\n");
        const QStringList errors = model.pasteTable(before, 0, text);
        QCOMPARE(errors, QStringList());
        QCOMPARE(model.itemCount(), before + 2);
        const gds::OfftakeContract &a = m_doc->deal().offtake[std::size_t(before)];
        QCOMPARE(QString::fromStdString(a.counterparty), QStringLiteral("Acme Cloud"));
        QCOMPARE(a.rating, gds::Rating::BBB);
        QCOMPARE(a.startPeriod, 5);
        QCOMPARE(a.gpus, 100);
        QCOMPARE(a.escalation, 0.02);
        QCOMPARE(m_doc->deal().offtake[std::size_t(before) + 1].prepaymentPct, 0.1);
        QCOMPARE(m_doc->undoStack()->count(), 1); // one step
        m_doc->undoStack()->undo();
        QCOMPARE(model.itemCount(), before);
    }

    void pasteReportsUnreadableCells()
    {
        HedgeModel model(m_doc.get());
        model.setLocale(QLocale::c());
        const QStringList errors = model.pasteTable(0, HedgeModel::Strike, QStringLiteral("x.y\t0.1\n"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.front().contains(QStringLiteral("x.y")));
        QCOMPARE(m_doc->deal().hedges[0].strikePerGpuHour, gds::sampleDeal().hedges[0].strikePerGpuHour);
        QCOMPARE(m_doc->deal().hedges[0].premiumPerGpuHour, 0.1);
    }

    void issuesMarkCells()
    {
        CapexModel model(m_doc.get());
        // The validator's codes: "must be > 0", "must be in (0, 1]" in the CLI's words; two in a reader's
        // words.
        model.setIssues({{"capex[1].unit_cost", gds::IssueCode::Greater, {0.0}, {}},
                         {"capex[0].spend[1].share", gds::IssueCode::Interval, {0.0, 1.0, 1.0, 0.0}, {}},
                         {"capex", gds::IssueCode::Text, {}, "at least one item"},
                         {"offtake[0].gpus", gds::IssueCode::Text, {}, "elsewhere"}});
        // The validator's codes in the workbench's words (the CLI keeps "must be > 0").
        QCOMPARE(model.issuesAt(1, CapexModel::UnitCost),
                 QStringList{QStringLiteral("must be greater than 0")});
        QVERIFY(model.data(model.index(1, CapexModel::UnitCost), Qt::BackgroundRole).isValid());
        QCOMPARE(model.data(model.index(1, CapexModel::UnitCost), Qt::ToolTipRole).toString(),
                 QStringLiteral("must be greater than 0"));
        QCOMPARE(model.issuesAt(0, CapexModel::Spend).size(), 1);
        QCOMPARE(model.issuesAt(0, CapexModel::Spend).front(),
                 QStringLiteral("spend entry 2, share: must be greater than 0 % and at most 100 %"));
        QCOMPARE(model.tableIssues(), QStringList{QStringLiteral("at least one item")});
        QVERIFY(model.issuesAt(0, CapexModel::UnitCost).isEmpty());
        model.setIssues({});
        QVERIFY(model.issuesAt(1, CapexModel::UnitCost).isEmpty());
    }

    void hedgeFuturesEquivalent()
    {
        HedgeModel model(m_doc.get());
        const gds::Hedge &h = m_doc->deal().hedges[0]; // 400 GPUs for 36 months
        QCOMPARE(model.data(model.index(0, HedgeModel::Contracts), Qt::EditRole).toDouble(),
                 double(h.gpus) * h.termMonths);
        QVERIFY(model.setData(model.index(0, HedgeModel::Type), 1));
        QCOMPARE(m_doc->deal().hedges[0].type, gds::HedgeType::Floor);
    }

    void periodTable_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::addColumn<bool>("ddtl"); // (v2) the gpudeal/2 sample: waterfall lines, null hist_dscr and ltv
        QTest::newRow("months") << int(PeriodTableModel::Grouping::Month) << false;
        QTest::newRow("quarters") << int(PeriodTableModel::Grouping::Quarter) << false;
        QTest::newRow("years") << int(PeriodTableModel::Grouping::Year) << false;
        QTest::newRow("months, ddtl sample") << int(PeriodTableModel::Grouping::Month) << true;
        QTest::newRow("years, ddtl sample") << int(PeriodTableModel::Grouping::Year) << true;
    }
    void periodTable()
    {
        QFETCH(int, grouping);
        QFETCH(bool, ddtl);
        const gds::Deal deal = ddtl ? gds::sampleDealDdtl() : gds::sampleDeal();
        const gds::Result r = gds::compute(deal);
        QVERIFY(r.ok());
        PeriodTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(r, deal);
        model.setGrouping(PeriodTableModel::Grouping(grouping));
        QCOMPARE(model.rowCount(), int(gds::periodFields().size()));
        // Columns cover periods 0..N exactly once, in order.
        int next = 0;
        for (int c = 0; c < model.columnCount(); ++c) {
            QCOMPARE(model.columnPeriods(c).first, next);
            next = model.columnPeriods(c).second + 1;
        }
        QCOMPARE(next, r.periods.n + 1);
        // Flows sum, balances take the end value.
        for (int row = 0; row < model.rowCount(); ++row) {
            const gds::PeriodField &f = gds::periodFields()[std::size_t(row)];
            const std::vector<double> &s = r.periods.*(f.series);
            if (f.balance) {
                const double end = model.value(row, model.columnCount() - 1);
                QVERIFY(gds::isNull(end) ? gds::isNull(s.back()) : end == s.back());
                continue;
            }
            double total = 0, expected = 0;
            for (int c = 0; c < model.columnCount(); ++c)
                total += model.value(row, c);
            for (double v : s)
                expected += v;
            QVERIFY2(std::abs(total - expected) <= 1e-6 * std::max(1.0, std::abs(expected)), f.key);
        }
        model.setStale(true);
        QVERIFY(model.data(model.index(0, 0), Qt::ForegroundRole).isValid());
        QVERIFY(model.toCsv().startsWith(QStringLiteral("line,")));
    }

private:
    std::unique_ptr<DealDocument> m_doc;
};

QTEST_MAIN(TestModels)
#include "TestModels.moc"
