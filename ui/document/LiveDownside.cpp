#include "LiveDownside.h"

#include <QtConcurrent/QtConcurrentRun>

namespace gds::ui {

LiveDownside::LiveDownside(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<gds::MonteCarloResult>::finished, this, &LiveDownside::onFinished);
}

LiveDownside::~LiveDownside()
{
    if (m_job)
        m_job->cancel = true;
    m_watcher.waitForFinished();
}

void LiveDownside::request(const gds::Deal &deal)
{
    ++m_generation;
    if (m_watcher.isRunning()) { // the newest edit wins: stop the older one, start this one after it
        m_job->cancel = true;
        m_pending = deal;
        return;
    }
    // Not running (an older job may have finished without its signal delivered yet): this is the
    // newest deal, and an older pending one must not run after it.
    m_pending.reset();
    start(deal);
}

void LiveDownside::clear()
{
    ++m_generation;
    m_pending.reset();
    if (m_job)
        m_job->cancel = true;
    if (m_estimate) {
        m_estimate.reset();
        emit estimateChanged();
    }
}

void LiveDownside::start(const gds::Deal &deal)
{
    auto job = std::make_shared<Job>();
    job->generation = m_generation;
    m_job = job;
    m_watcher.setFuture(QtConcurrent::run([deal, job] {
        gds::MonteCarloOptions o;
        o.paths = kPaths;
        o.seed = kSeed;
        o.cancel = &job->cancel;
        return gds::runMonteCarlo(deal, o);
    }));
}

void LiveDownside::onFinished()
{
    if (!m_job || m_watcher.isRunning())
        return; // handled already (waitForIdle), or a newer job runs
    const std::shared_ptr<Job> job = std::move(m_job);
    const gds::MonteCarloResult r = m_watcher.result();
    const bool current = job->generation == m_generation && !r.cancelled;
    if (m_pending) {
        const gds::Deal next = *m_pending;
        m_pending.reset();
        start(next);
    }
    if (!current)
        return;
    if (r.errors.empty())
        m_estimate = r;
    else
        m_estimate.reset();
    emit estimateChanged();
}

void LiveDownside::waitForIdle()
{
    while (m_job || m_pending) {
        m_watcher.waitForFinished();
        onFinished(); // the queued finished signal then finds nothing new
    }
}

} // namespace gds::ui
