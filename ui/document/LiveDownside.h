// The live downside estimate of the metrics panel (engine.md 8): after every accepted edit the deal's
// Monte Carlo runs in the background on 2,000 paths with a fixed seed (common random numbers, so that
// an edit's effect is not noise) and reports P90 min DSCR and P(default) with their standard errors.
// The newest edit wins: a running estimate of an older edit is cancelled, and its result dropped;
// nothing blocks the GUI thread. The full run stays in the Risk view.
#pragma once

#include "engine/MonteCarlo.h"
#include "model/Deal.h"

#include <atomic>
#include <memory>
#include <optional>
#include <QFutureWatcher>
#include <QObject>

namespace gds::ui {

class LiveDownside : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPaths = 2000;
    static constexpr std::uint64_t kSeed = 1;

    explicit LiveDownside(QObject *parent = nullptr);
    ~LiveDownside() override;

    // The estimate of the newest deal requested (empty before the first one finished).
    const std::optional<gds::MonteCarloResult> &estimate() const { return m_estimate; }
    // An estimate is on its way: a job runs, has finished without its result taken yet, or waits.
    bool isRunning() const { return m_job != nullptr || m_pending.has_value(); }
    // The worker thread is computing right now (tests of the hand-over between two jobs).
    bool isComputing() const { return m_watcher.isRunning(); }
    // Waits until the newest request has its estimate (tests, shutdown).
    void waitForIdle();

public slots:
    // Estimates `deal` (a valid deal: the recompute accepted it).
    void request(const gds::Deal &deal);
    // No estimate for the current deal (invalid, or no debt): the shown one is dropped.
    void clear();

signals:
    void estimateChanged();

private:
    struct Job {
        std::atomic<bool> cancel{false};
        quint64 generation = 0;
    };
    void start(const gds::Deal &deal);
    void onFinished();

    QFutureWatcher<gds::MonteCarloResult> m_watcher;
    std::shared_ptr<Job> m_job;
    std::optional<gds::Deal> m_pending;
    std::optional<gds::MonteCarloResult> m_estimate;
    quint64 m_generation = 0;
};

} // namespace gds::ui
