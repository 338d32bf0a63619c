#include "RecomputeController.h"

#include "DealDocument.h"
#include "engine/Engine.h"
#include "model/Validation.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace gds::ui {

RecomputeController::RecomputeController(DealDocument *doc, QObject *parent) : QObject(parent), m_doc(doc)
{
    connect(doc, &DealDocument::dealChanged, this, &RecomputeController::recompute);
    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, &RecomputeController::onAsyncFinished);
}

RecomputeController::~RecomputeController()
{
    m_pending.reset();
    m_watcher.waitForFinished();
}

void RecomputeController::waitForIdle()
{
    while (m_busy) {
        m_watcher.waitForFinished();
        onAsyncFinished(); // may start the pending deal
    }
}

void RecomputeController::recompute()
{
    const gds::Deal &deal = m_doc->deal();
    const quint64 generation = ++m_generation;
    gds::Issues issues = gds::validate(deal);
    if (!issues.empty()) {
        m_issues = std::move(issues);
        m_pending.reset(); // an invalid edit supersedes any queued one
        emit stateChanged();
        return;
    }
    // m_busy, not the watcher: a worker that has finished but whose result is not delivered yet must
    // still make this edit wait, or its older result would be shown after this one.
    if (m_alwaysAsync || m_lastComputeMs > m_syncBudgetMs || m_busy) {
        startAsync(deal, generation);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    gds::Result r = gds::compute(deal);
    m_lastComputeMs = double(timer.nsecsElapsed()) / 1e6;
    accept(std::move(r));
}

void RecomputeController::accept(gds::Result r)
{
    if (!r.ok()) {
        m_issues = r.errors; // the deal cannot be financed as specified: keep the last valid numbers
        emit stateChanged();
        return;
    }
    m_issues.clear();
    m_result = std::move(r);
    m_hasResult = true;
    emit resultChanged();
    emit stateChanged();
}

void RecomputeController::startAsync(const gds::Deal &deal, quint64 generation)
{
    if (m_busy) {
        m_pending = deal; // newest edit wins: it replaces any older waiting deal
        m_pendingGeneration = generation;
        return;
    }
    m_busy = true;
    emit stateChanged();
    m_watcher.setFuture(QtConcurrent::run([deal, generation] {
        QElapsedTimer timer;
        timer.start();
        Job job{gds::compute(deal), 0, generation};
        job.ms = double(timer.nsecsElapsed()) / 1e6;
        return job;
    }));
}

void RecomputeController::onAsyncFinished()
{
    if (!m_busy || !m_watcher.isFinished())
        return;
    m_busy = false;
    Job job = m_watcher.result();
    m_lastComputeMs = job.ms;
    if (m_pending) {
        // A newer edit arrived while this one was computing: drop this result, compute the newest.
        gds::Deal next = std::move(*m_pending);
        m_pending.reset();
        startAsync(next, m_pendingGeneration);
        return;
    }
    // A newer edit was handled meanwhile (found invalid, or computed): this result is out of date.
    if (job.generation != m_generation) {
        emit stateChanged();
        return;
    }
    accept(std::move(job.result));
}

} // namespace gds::ui
