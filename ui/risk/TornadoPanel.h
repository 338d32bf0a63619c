// The sensitivity part of the Risk view: one-at-a-time shocks (gds::defaultShocks(), ranges editable),
// a metric selector (min DSCR, equity IRR, debt) and the tornado of gds::tornado() as horizontal bars
// of the change from the base case at each end. About fifteen computes: recomputed on a worker thread
// when the deal changes (automatic, while the panel is visible) or on demand.
#pragma once

#include "engine/Sensitivity.h"
#include "Format.h"
#include "IssueText.h"
#include "model/Deal.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QWidget>

class QBarSet;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace gds::ui {

class DealDocument;

class TornadoPanel : public QWidget
{
    Q_OBJECT
public:
    // Names a problem's field as the deal editor does (MainWindow sets it); without it, the row or the
    // section and the message (issueTextWithoutEditor), never a JSON path.
    void setIssueNamer(IssueNamer namer) { m_namer = std::move(namer); }
    QString issueText(const gds::Issue &issue) const;

    enum Column { InputColumn, LowColumn, HighColumn, UnitColumn, ColumnCount };

    explicit TornadoPanel(DealDocument *doc, QWidget *parent = nullptr);
    ~TornadoPanel() override;

    gds::TornadoMetric tornadoMetric() const;
    void setTornadoMetric(gds::TornadoMetric metric);
    void setAutoUpdate(bool on);
    // The shocks as edited (every row, enabled or not) and the ones that are switched on.
    const std::vector<gds::Shock> &shocks() const { return m_shocks; }
    std::vector<gds::Shock> activeShocks() const;
    void setShocks(const std::vector<gds::Shock> &shocks);

    // The bars shown, in gds::tornado's order (widest first), and the deal they were computed for.
    const std::vector<gds::TornadoBar> &bars() const { return m_bars; }
    bool isComputing() const { return m_watcher.isRunning(); }
    QChartView *chartView() const { return m_view; }
    QTableWidget *table() const { return m_table; }
    // The chart's bar sets: the change from the base at the low and the high end, bottom row first.
    QBarSet *lowSet() const { return m_lowSet; }
    QBarSet *highSet() const { return m_highSet; }

    // How a shock of this kind is shown: the factor from the engine's unit and the unit's label.
    static double displayScale(gds::ShockKind kind);
    static QString displayUnit(gds::ShockKind kind);
    // Either family of shocks ((v2) the credit shocks: default probability in %, correlation in points).
    static double displayScale(const gds::Shock &shock);
    static QString displayUnit(const gds::Shock &shock);
    // The currency of the debt chart by symbol or ISO code (Preferences); redraws the bars.
    void setCurrencyDisplay(CurrencyDisplay display);

public slots:
    void recompute();
    void resetRanges();

signals:
    void computed(); // new bars are shown
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillTable();
    void onItemChanged(int row, int column);
    void onDealChanged();
    void onFinished();
    void buildChart();
    QString endText(const gds::Shock &s, double amount) const;

    DealDocument *m_doc;
    QTableWidget *m_table;
    QComboBox *m_metric;
    QCheckBox *m_auto;
    QPushButton *m_recompute;
    QLabel *m_status;
    QChartView *m_view;
    QBarSet *m_lowSet = nullptr, *m_highSet = nullptr;
    QTimer *m_debounce;

    std::vector<gds::Shock> m_shocks;
    std::vector<bool> m_enabled;
    std::vector<gds::TornadoBar> m_bars;
    gds::Deal m_barsDeal;
    gds::TornadoMetric m_barsMetric = gds::TornadoMetric::MinDscr;
    QFutureWatcher<std::vector<gds::TornadoBar>> m_watcher;
    gds::Deal m_runDeal;
    gds::TornadoMetric m_runMetric = gds::TornadoMetric::MinDscr;
    bool m_again = false, m_dirty = true, m_filling = false;
    QLocale m_locale;
    IssueNamer m_namer;
    CurrencyDisplay m_display = CurrencyDisplay::Symbol;
};

} // namespace gds::ui
