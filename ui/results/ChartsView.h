// The charts of the deal (Qt Charts): capex by category, sources and uses, the revenue stack over time
// (contracted, merchant, hedge settlements), debt balance and debt service with DSCR on a second axis
// and the lock-up and default lines, equity cash flow and its cumulative; (v2) the cash waterfall by
// month (CFADS split into debt service, reserve, prepayments, cash held and trapped, distributions,
// with the test dates, the historic DSCR and the covenant levels on a second axis) and the collateral
// against the loan with the maintenance LTV's maximum balance. Hover shows values; every chart exports
// to PNG or SVG. Only the visible chart is redrawn after an edit.
#pragma once

#include "engine/Result.h"
#include "Format.h"
#include "model/Deal.h"

#include <QLocale>
#include <QTabWidget>

class QChart;
class QChartView;

namespace gds::ui {

class ChartsView : public QTabWidget
{
    Q_OBJECT
public:
    enum Chart {
        CapexChart,
        SourcesUsesChart,
        RevenueChart,
        DebtChart,
        EquityChart,
        WaterfallChart,
        CollateralChart,
        ChartCount
    };
    // The object names of the waterfall chart's bar sets and lines and of the collateral chart's lines
    // (stable across languages): "debt_service", "reserve", "prepay", "held", "trapped",
    // "distribution", "support"; "hist_dscr", "lockup_level", "default_level", "test_dates";
    // "collateral_value", "balance", "max_balance", "ltv_breaches".
    explicit ChartsView(QWidget *parent = nullptr);

    void setResult(const gds::Result &result, const gds::Deal &deal);
    void setStale(bool stale);
    // Titles, axes and hover texts name the currency by symbol or ISO code; redraws.
    void setCurrencyDisplay(CurrencyDisplay display);
    QChartView *chartView(int chart) const { return m_views[std::size_t(chart)]; }
    // Writes one chart as PNG or SVG (by the file's suffix) at its on-screen size, or at `size` when
    // given. Returns false (and a message) when the file cannot be written.
    bool exportChart(int chart, const QString &path, QString *error = nullptr, QSize size = {});

public slots:
    void exportCurrent(); // asks for a file name

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateChart(int chart);
    void buildCapex(QChart *chart);
    void buildSourcesUses(QChart *chart);
    void buildRevenue(QChart *chart);
    void buildDebt(QChart *chart);
    void buildEquity(QChart *chart);
    void buildWaterfall(QChart *chart);
    void buildCollateral(QChart *chart);

    std::array<QChartView *, ChartCount> m_views{};
    std::array<bool, ChartCount> m_dirty{};
    gds::Result m_result;
    gds::Deal m_deal;
    bool m_has = false;
    bool m_stale = false;
    bool m_pending = false;
    QLocale m_locale;
    CurrencyDisplay m_display = CurrencyDisplay::Symbol;
};

} // namespace gds::ui
