// Owns the recompute: every change of the document's deal is validated (gds::validate) and, when
// valid, computed (gds::compute). An invalid deal keeps the last valid result, marked stale. When a
// compute takes longer than the synchronous budget, further computes run on a worker thread and the
// newest edit wins (results of older edits are dropped).
#pragma once

#include "engine/Result.h"
#include "model/Deal.h"

#include <optional>
#include <QFutureWatcher>
#include <QObject>

namespace gds::ui {

class DealDocument;

class RecomputeController : public QObject
{
    Q_OBJECT
public:
    explicit RecomputeController(DealDocument *doc, QObject *parent = nullptr);
    ~RecomputeController() override;

    // The last valid result (empty periods before the first successful compute).
    const gds::Result &result() const { return m_result; }
    bool hasResult() const { return m_hasResult; }
    // Validation issues and engine errors of the current deal; non-empty means stale.
    const gds::Issues &issues() const { return m_issues; }
    bool isStale() const { return !m_issues.empty() || m_busy; }
    bool isBusy() const { return m_busy; }

    // Computes slower than this (milliseconds) move the next ones off the GUI thread.
    void setSyncBudgetMs(double ms) { m_syncBudgetMs = ms; }
    double lastComputeMs() const { return m_lastComputeMs; }
    // Forces every compute onto the worker thread (tests of the asynchronous path).
    void setAlwaysAsync(bool on) { m_alwaysAsync = on; }

    // Waits for a running background compute (tests, shutdown).
    void waitForIdle();

public slots:
    void recompute();

signals:
    void resultChanged(); // a new valid result is available
    void stateChanged();  // issues / stale / busy changed

private:
    struct Job {
        gds::Result result;
        double ms = 0;
        quint64 generation = 0; // the edit it computed
    };
    void startAsync(const gds::Deal &deal, quint64 generation);
    void onAsyncFinished();
    void accept(gds::Result r);

    DealDocument *m_doc;
    gds::Result m_result;
    bool m_hasResult = false;
    gds::Issues m_issues;
    bool m_busy = false;
    double m_syncBudgetMs = 40;
    double m_lastComputeMs = 0;
    bool m_alwaysAsync = false;
    quint64 m_generation = 0;           // counts edits: only the newest one's result is shown
    std::optional<gds::Deal> m_pending; // newest deal waiting for the worker
    quint64 m_pendingGeneration = 0;
    QFutureWatcher<Job> m_watcher;
};

} // namespace gds::ui
