// Money on screen follows the deal's currency and the Preferences' currency display: the
// editor's column titles and unit suffixes, the period table's line titles, the metrics panel, the
// charts, the workspace browser (each deal in its own currency) and the Risk view; a change in the
// Preferences dialog applies at once. The real main window, offscreen, with a temporary workspace and
// settings.
#include "ChartsView.h"
#include "common/GuiTestSupport.h"
#include "DealDocument.h"
#include "DealEditor.h"
#include "DealTableModel.h"
#include "engine/GoalSeek.h"
#include "Format.h"
#include "io/SampleDeal.h"
#include "MainWindow.h"
#include "MetricsPanel.h"
#include "PeriodTableModel.h"
#include "PeriodTableView.h"
#include "Preferences.h"
#include "RecomputeController.h"
#include "RiskView.h"
#include "SectionTable.h"
#include "WorkspaceBrowser.h"
#include "WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gds::ui;

Q_DECLARE_METATYPE(gds::ui::CurrencyDisplay)

namespace {
const QString kDollar = QStringLiteral("$");
}

class TestCurrencyDisplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        gds::test::isolateGuiTest(QStringLiteral("gui_currency_display"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        gds::test::freshStart(m_dir.filePath(QStringLiteral("ws-%1.sqlite").arg(++m_counter)));
        m_window = gds::test::startedMainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->currencyDisplay(), CurrencyDisplay::Symbol); // the default
        QCOMPARE(m_window->document()->deal().currency, std::string("USD"));
    }

    void cleanup() { m_window.reset(); }

    // The format functions themselves, in a fixed locale.
    void formatsMoneyByDisplay_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<CurrencyDisplay>("display");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("expected");
        const auto sym = CurrencyDisplay::Symbol, code = CurrencyDisplay::Code;
        const int money = int(gds::Unit::Money), price = int(gds::Unit::PricePerHour);
        QTest::newRow("EUR symbol, millions") << "EUR" << sym << 126e6 << money << "€126.00 m";
        QTest::newRow("EUR code, millions") << "EUR" << code << 126e6 << money << "EUR 126.00 m";
        QTest::newRow("USD code, millions") << "USD" << code << 126e6 << money << "USD 126.00 m";
        QTest::newRow("USD symbol, millions") << "USD" << sym << 126e6 << money << "$126.00 m";
        QTest::newRow("GBP symbol, thousands") << "GBP" << sym << 1500.0 << money << "£1.5 k";
        QTest::newRow("EUR code, negative") << "EUR" << code << -23.2e6 << money << "−EUR 23.20 m";
        QTest::newRow("CHF symbol is its code") << "CHF" << sym << 126e6 << money << "CHF 126.00 m";
        QTest::newRow("EUR code, units") << "EUR" << code << 950.0 << money << "EUR 950";
        QTest::newRow("EUR symbol, price") << "EUR" << sym << 2.1 << price << "€2.100";
        QTest::newRow("EUR code, price") << "EUR" << code << 2.1 << price << "EUR 2.100";
        QTest::newRow("USD symbol, negative price") << "USD" << sym << -0.0123 << price << "−$0.012";
    }

    void formatsMoneyByDisplay()
    {
        QFETCH(QString, currency);
        QFETCH(CurrencyDisplay, display);
        QFETCH(double, value);
        QFETCH(int, unit);
        QFETCH(QString, expected);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(formatValue(value, gds::Unit(unit), en, currency, true, display), expected);
    }

    void unitTextByDisplay_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<CurrencyDisplay>("display");
        QTest::addColumn<QString>("money");
        QTest::addColumn<QString>("price");
        QTest::newRow("EUR symbol") << "EUR" << CurrencyDisplay::Symbol << "€"
                                    << "€/GPU-h";
        QTest::newRow("EUR code") << "EUR" << CurrencyDisplay::Code << "EUR"
                                  << "EUR/GPU-h";
        QTest::newRow("USD code") << "USD" << CurrencyDisplay::Code << "USD"
                                  << "USD/GPU-h";
        QTest::newRow("JPY symbol") << "JPY" << CurrencyDisplay::Symbol << "JPY"
                                    << "JPY/GPU-h";
    }

    void unitTextByDisplay()
    {
        QFETCH(QString, currency);
        QFETCH(CurrencyDisplay, display);
        QFETCH(QString, money);
        QFETCH(QString, price);
        QCOMPARE(unitText(gds::Unit::Money, currency, display), money);
        QCOMPARE(unitText(gds::Unit::PricePerHour, currency, display), price);
        QCOMPARE(currencyText(currency, display), money);
    }

    // A USD deal switched to another currency (and the display set): every title and suffix of the
    // editor and the period table follows, none shows "$" any more.
    void editorAndPeriodTableFollowTheCurrency_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<CurrencyDisplay>("display");
        QTest::addColumn<QString>("shown");
        QTest::newRow("EUR by symbol") << "EUR" << CurrencyDisplay::Symbol << "€";
        QTest::newRow("EUR by code") << "EUR" << CurrencyDisplay::Code << "EUR";
        QTest::newRow("GBP by symbol") << "GBP" << CurrencyDisplay::Symbol << "£";
        QTest::newRow("USD by code") << "USD" << CurrencyDisplay::Code << "USD";
    }

    void editorAndPeriodTableFollowTheCurrency()
    {
        QFETCH(QString, currency);
        QFETCH(CurrencyDisplay, display);
        QFETCH(QString, shown);
        // Before: the sample deal in dollars.
        QCOMPARE(headerOf(m_window->editor()->capexTable(), "unit_cost"), QStringLiteral("Unit cost ($)"));

        m_window->setCurrencyDisplay(display);
        setCurrency(currency);

        struct Expect {
            SectionTable *table;
            const char *key;
            QString title;
        };
        const Expect columns[] = {
            {m_window->editor()->capexTable(), "unit_cost", QStringLiteral("Unit cost (%1)")},
            {m_window->editor()->capexTable(), "amount", QStringLiteral("Amount (%1)")},
            {m_window->editor()->hedgeTable(), "strike_per_gpu_hour", QStringLiteral("Strike (%1/GPU-h)")},
            {m_window->editor()->hedgeTable(), "premium_per_gpu_hour", QStringLiteral("Premium (%1/GPU-h)")},
            {m_window->editor()->hedgeTable(), "initial_margin_per_gpu",
             QStringLiteral("Initial margin (%1/GPU)")},
            {m_window->editor()->hedgeTable(), "fee_per_gpu_hour", QStringLiteral("Fee (%1/GPU-h)")},
            {m_window->editor()->offtakeTable(), "price_per_gpu_hour",
             QStringLiteral("Price (%1/GPU-h; total: GPU-weighted)")},
            {m_window->editor()->offtakeTable(), "tcv", QStringLiteral("Nominal value (%1, approx.)")},
        };
        for (const Expect &e : columns)
            QCOMPARE(headerOf(e.table, e.key), e.title.arg(shown));
        for (SectionTable *t : {m_window->editor()->capexTable(), m_window->editor()->hedgeTable(),
                                m_window->editor()->offtakeTable()})
            for (int c = 0; c < t->model()->columnCount(); ++c) {
                const QString title = t->model()->headerData(c, Qt::Horizontal).toString();
                QVERIFY2(!title.contains(kDollar) || shown == kDollar, qPrintable(title));
                QVERIFY2(!title.contains(QStringLiteral("%1")), qPrintable(title));
            }

        const std::pair<const char *, QString> suffixes[] = {
            {"cluster_power_price_per_kwh", QStringLiteral(" %1/kWh")},
            {"cluster_fixed_opex_per_gpu_month", QStringLiteral(" %1/GPU-month")},
            {"market_spot_price_per_gpu_hour", QStringLiteral(" %1/GPU-h")},
            {"debt_sizing_amount", QStringLiteral(" %1")},
        };
        for (const auto &[name, suffix] : suffixes) {
            auto *box = m_window->findChild<QDoubleSpinBox *>(QString::fromLatin1(name));
            QVERIFY2(box, name);
            QCOMPARE(box->suffix(), suffix.arg(shown));
        }

        // The period table's line titles (after the recompute of the edited deal).
        m_window->recompute()->waitForIdle();
        PeriodTableModel *periods = m_window->periodTable()->model();
        const int capexRow = rowOf(QStringLiteral("capex"));
        const int priceRow = rowOf(QStringLiteral("spot_price"));
        QTRY_COMPARE(periods->headerData(capexRow, Qt::Vertical).toString(),
                     periodFieldLabel(QStringLiteral("capex")) + QStringLiteral(" (%1)").arg(shown));
        QCOMPARE(periods->headerData(priceRow, Qt::Vertical).toString(),
                 periodFieldLabel(QStringLiteral("spot_price")) + QStringLiteral(" (%1/GPU-h)").arg(shown));
        for (int r = 0; r < periods->rowCount(); ++r)
            QVERIFY2(!periods->headerData(r, Qt::Vertical).toString().contains(kDollar),
                     qPrintable(periods->headerData(r, Qt::Vertical).toString()));

        // The charts name the currency too.
        ChartsView *charts = m_window->charts();
        m_window->outputTabs()->setCurrentWidget(charts);
        charts->setCurrentIndex(ChartsView::CapexChart);
        QTRY_VERIFY(charts->chartView(ChartsView::CapexChart)->chart()->title().contains(shown));
        QVERIFY(!charts->chartView(ChartsView::CapexChart)->chart()->title().contains(kDollar));
    }

    // Switching the preference in the real Preferences dialog changes the metrics panel at once.
    void preferenceChangesMoneyLive()
    {
        setCurrency(QStringLiteral("EUR"));
        MetricsPanel *panel = m_window->metricsPanel();
        QTRY_VERIFY(panel->valueText(QStringLiteral("debt")).startsWith(QStringLiteral("€")));
        const QString bySymbol = panel->valueText(QStringLiteral("debt"));

        acceptPreferencesWith(CurrencyDisplay::Code);
        QCOMPARE(m_window->currencyDisplay(), CurrencyDisplay::Code);
        QCOMPARE(QSettings().value(QStringLiteral("preferences/currencyDisplay")).toString(),
                 QStringLiteral("code"));
        const QString byCode = panel->valueText(QStringLiteral("debt"));
        QCOMPARE(byCode, QString(bySymbol).replace(QStringLiteral("€"), QStringLiteral("EUR ")));
        QVERIFY(!panel->valueText(QStringLiteral("lcoc")).contains(QStringLiteral("€")));
        QVERIFY(panel->valueText(QStringLiteral("lcoc")).startsWith(QStringLiteral("EUR ")));
        QCOMPARE(headerOf(m_window->editor()->capexTable(), "unit_cost"), QStringLiteral("Unit cost (EUR)"));

        acceptPreferencesWith(CurrencyDisplay::Symbol);
        QCOMPARE(panel->valueText(QStringLiteral("debt")), bySymbol);
        QCOMPARE(headerOf(m_window->editor()->capexTable(), "unit_cost"), QStringLiteral("Unit cost (€)"));
    }

    // A new window starts with the saved preference.
    void savedPreferenceIsUsedAtStart()
    {
        Preferences p = Preferences::load(QSettings(), QLocale::system());
        p.currencyDisplay = CurrencyDisplay::Code;
        QSettings settings;
        p.save(settings);
        settings.sync();
        m_window = std::make_unique<MainWindow>();
        m_window->startup();
        QCOMPARE(m_window->currencyDisplay(), CurrencyDisplay::Code);
        QCOMPARE(headerOf(m_window->editor()->capexTable(), "unit_cost"), QStringLiteral("Unit cost (USD)"));
    }

    // The browser shows each deal's debt in its own currency, by the preference.
    void browserShowsEachDealInItsOwnCurrency_data()
    {
        QTest::addColumn<CurrencyDisplay>("display");
        QTest::addColumn<QString>("euro");
        QTest::addColumn<QString>("dollar");
        QTest::newRow("symbol") << CurrencyDisplay::Symbol << "€"
                                << "$";
        QTest::newRow("code") << CurrencyDisplay::Code << "EUR "
                              << "USD ";
    }

    void browserShowsEachDealInItsOwnCurrency()
    {
        QFETCH(CurrencyDisplay, display);
        QFETCH(QString, euro);
        QFETCH(QString, dollar);
        gds::Deal euroDeal = gds::sampleDeal();
        euroDeal.name = "Euro cluster";
        euroDeal.currency = "EUR";
        QString error;
        QVERIFY2(m_window->session()->importDeal(euroDeal, QStringLiteral("in euros"), false, &error),
                 qPrintable(error));
        m_window->setCurrencyDisplay(display);

        QStandardItemModel *model = m_window->browser()->model();
        const QString euroDebt = debtOf(model, QStringLiteral("Euro cluster"));
        const QString dollarDebt = debtOf(model, QString::fromStdString(gds::sampleDeal().name));
        QVERIFY2(euroDebt.startsWith(euro), qPrintable(euroDebt));
        QVERIFY2(!euroDebt.contains(kDollar), qPrintable(euroDebt));
        QVERIFY2(dollarDebt.startsWith(dollar), qPrintable(dollarDebt));
        // Same amounts, other currency: only the prefix differs.
        QCOMPARE(euroDebt.mid(euro.size()), dollarDebt.mid(dollar.size()));
        // The euro deal's line and version rows too.
        const QList<QStandardItem *> found = model->findItems(QStringLiteral("Euro cluster"));
        QCOMPARE(found.size(), 1);
        QStandardItem *line = found.front()->child(0, WorkspaceBrowser::NameCol);
        QVERIFY(line);
        QVERIFY(found.front()->child(0, WorkspaceBrowser::DebtCol)->text().startsWith(euro));
        QVERIFY(line->child(0, WorkspaceBrowser::DebtCol));
        QVERIFY(line->child(0, WorkspaceBrowser::DebtCol)->text().startsWith(euro));

        // Switching the display re-labels the listed rows at once.
        const CurrencyDisplay other =
            display == CurrencyDisplay::Symbol ? CurrencyDisplay::Code : CurrencyDisplay::Symbol;
        m_window->setCurrencyDisplay(other);
        const QString otherEuro =
            other == CurrencyDisplay::Code ? QStringLiteral("EUR ") : QStringLiteral("€");
        QCOMPARE(debtOf(model, QStringLiteral("Euro cluster")), otherEuro + euroDebt.mid(euro.size()));
    }

    // An analysis tab with the slot (the Risk view) gets the display; its goal-seek choices show it.
    void riskViewGetsTheDisplay()
    {
        auto *risk = new RiskView(m_window->document());
        m_window->addAnalysisTab(risk, QStringLiteral("Risk"));
        setCurrency(QStringLiteral("EUR"));
        auto *variable = risk->findChild<QComboBox *>(QStringLiteral("seekVariable"));
        auto *which = risk->findChild<QComboBox *>(QStringLiteral("seekWhich"));
        QVERIFY(variable && which);
        variable->setCurrentIndex(variable->findData(int(gds::SeekVariable::ContractPrice)));
        QVERIFY(which->count() > 1);
        QVERIFY2(which->itemText(1).contains(QStringLiteral("€")), qPrintable(which->itemText(1)));
        m_window->setCurrencyDisplay(CurrencyDisplay::Code);
        QVERIFY2(which->itemText(1).contains(QStringLiteral("(EUR ")), qPrintable(which->itemText(1)));
        QVERIFY(!which->itemText(1).contains(QStringLiteral("€")));
    }

private:
    void setCurrency(const QString &currency)
    {
        gds::Deal d = m_window->document()->deal();
        d.currency = currency.toStdString();
        m_window->document()->setDeal(d, QStringLiteral("Edit currency"));
        m_window->recompute()->waitForIdle();
        QCoreApplication::processEvents();
    }

    static QString headerOf(SectionTable *table, const char *key)
    {
        const int c = table->model()->columnOf(QString::fromLatin1(key));
        return c < 0 ? QString() : table->model()->headerData(c, Qt::Horizontal).toString();
    }

    static int rowOf(const QString &key)
    {
        const auto &fields = gds::periodFields();
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (key == QLatin1String(fields[i].key))
                return int(i);
        return -1;
    }

    static QString debtOf(QStandardItemModel *model, const QString &name)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->item(r, WorkspaceBrowser::NameCol)->text() == name)
                return model->item(r, WorkspaceBrowser::DebtCol)->text();
        return QStringLiteral("<no row %1>").arg(name);
    }

    // Edit > Preferences…, the currency combo set, OK: as a user does it.
    void acceptPreferencesWith(CurrencyDisplay display)
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("currencyCombo"));
            if (combo)
                combo->setCurrentIndex(combo->findData(int(display)));
            auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("preferencesButtons"));
            if (buttons && combo)
                buttons->button(QDialogButtonBox::Ok)->click();
            else
                dialog->reject();
        });
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionPreferences"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(seen);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestCurrencyDisplay)
#include "TestCurrencyDisplay.moc"
