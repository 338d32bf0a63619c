// The Monte Carlo part of the Risk view (engine.md section 8): runs gds::runMonteCarlo on the deal and
// on the same deal without its hedges, on the same random numbers (same seed), on a worker thread with
// a progress bar and Cancel. Shows the fan chart of the index (P10-P90 band, P50, mean, the forward
// curve and the hedge strikes), the histogram of min DSCR with the covenant lines, and the
// probabilities with and without hedges side by side. Results are marked outdated when the deal
// changes after a run.
#pragma once

#include "engine/MonteCarlo.h"
#include "engine/Result.h"
#include "Format.h"
#include "IssueText.h"
#include "model/Deal.h"

#include <atomic>
#include <memory>
#include <QFutureWatcher>
#include <QLocale>
#include <QWidget>

class QCheckBox;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace gds::ui {

class DealDocument;

class MonteCarloPanel : public QWidget
{
    Q_OBJECT
public:
    // Names a problem's field as the deal editor does (MainWindow sets it); without it, the row or the
    // section and the message (issueTextWithoutEditor), never a JSON path.
    void setIssueNamer(IssueNamer namer) { m_namer = std::move(namer); }
    QString issueText(const gds::Issue &issue) const;

    // Rows of the probabilities table.
    enum Row {
        ProbLockupRow,
        ProbBelow1Row,
        ProbDefaultRow,
        MinDscrP50Row,
        MinDscrP90Row,
        MinDscrP99Row,
        // The lender's convention for every metric: P90 is the value exceeded on 90 % of paths (the
        // downside); for the IRR it is the engine's 10th percentile (equity_irr.p10 in the document).
        IrrP90Row,
        IrrP50Row,
        IrrP10Row,
        RowCount
    };
    enum Column { HedgedColumn, UnhedgedColumn };
    // (v2) Rows of the second table, engine.md 8's v2 figures (same columns).
    enum V2Row { ProbOfftakerDefaultRow, ProbLockupTestRow, ProbLtvBreachRow, MeanPrepaidRow, V2RowCount };

    explicit MonteCarloPanel(DealDocument *doc, QWidget *parent = nullptr);
    ~MonteCarloPanel() override;

    void setPaths(int paths);
    void setSeed(int seed);
    // The fan chart's price axis names the currency by symbol or ISO code (Preferences); redraws it.
    void setCurrencyDisplay(CurrencyDisplay display);
    // The unhedged run keeps the hedged deal's debt (sizing switched to that amount); on by default,
    // so both runs face the same loan.
    void setHoldDebt(bool on);
    // (v2) Offtaker defaults in both runs (the deal's credit block); off: the runs leave them out.
    void setOfftakerDefaults(bool on);

    bool isRunning() const;
    bool hasResults() const { return m_has; }
    bool isOutdated() const { return m_outdated; }
    const gds::MonteCarloResult &hedgedResult() const { return m_hedged; }
    const gds::MonteCarloResult &unhedgedResult() const { return m_unhedged; }
    // The deal without hedges exactly as the second run used it.
    static gds::Deal unhedgedDeal(const gds::Deal &deal, const gds::Result &base, bool holdDebt);

    QTableWidget *table() const { return m_table; }
    QTableWidget *v2Table() const { return m_v2Table; }
    QChartView *fanView() const { return m_fanView; }
    QChartView *histogramView() const { return m_histView; }
    QChartView *timingView() const { return m_timingView; }
    QChartView *collateralView() const { return m_collateralView; }

public slots:
    void run();
    void cancel();

signals:
    void statusMessage(const QString &message);
    void finished(); // a run ended (completed, cancelled or failed)

private:
    struct Outcome {
        gds::MonteCarloResult hedged, unhedged;
        gds::Result base;
        gds::Issues errors;
    };
    struct Progress {
        std::atomic<bool> cancel{false};
        std::atomic<int> hedged{0}, unhedged{0};
        std::atomic<bool> posted{false};
    };
    void onFinished();
    void onProgress();
    void setRunning(bool running);
    void onDealChanged();
    void applyOutdated(bool outdated);
    void showResults();
    void buildFan();
    void buildHistogram();
    void buildTiming();        // (v2) MonteCarloCreditCharts.cpp
    void buildCollateralFan(); // (v2) MonteCarloCreditCharts.cpp
    void fillTable();

    DealDocument *m_doc;
    QSpinBox *m_paths, *m_seed;
    QCheckBox *m_holdDebt, *m_defaults;
    QPushButton *m_run, *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QChartView *m_fanView, *m_histView;
    QChartView *m_timingView, *m_collateralView; // (v2)
    QTableWidget *m_table, *m_v2Table;

    std::shared_ptr<Progress> m_job;
    QFutureWatcher<Outcome> m_watcher;
    int m_runPaths = 0;

    bool m_has = false, m_outdated = false;
    gds::Deal m_deal;    // the deal of the shown results
    gds::Deal m_runDeal; // the deal of the running job
    gds::Result m_base;
    gds::MonteCarloResult m_hedged, m_unhedged;
    QLocale m_locale;
    IssueNamer m_namer;
    CurrencyDisplay m_display = CurrencyDisplay::Symbol;
};

} // namespace gds::ui
