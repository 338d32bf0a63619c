#include "WorkspaceSession.h"

#include "DealDocument.h"
#include "engine/Engine.h"
#include "io/SampleDeal.h"
#include "IssueText.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSocketNotifier>
#include <unistd.h>

namespace gds::ui {

namespace {
QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

QString issuesText(const gds::WorkspaceError &e)
{
    QString text = QString::fromUtf8(e.what());
    for (const gds::Issue &i : e.issues())
        text += QStringLiteral("\n") + issueTextWithoutEditor(i, gds::Deal{}, QLocale());
    return text;
}

std::optional<gds::Metrics> metricsOf(const gds::Deal &deal)
{
    gds::Result r = gds::compute(deal);
    if (!r.ok())
        return std::nullopt;
    return r.metrics;
}
} // namespace

WorkspaceSession::WorkspaceSession(DealDocument *doc, QObject *parent) : QObject(parent), m_doc(doc)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(2000);
    connect(&m_autosave, &QTimer::timeout, this, &WorkspaceSession::autosave);
    connect(doc, &DealDocument::dealChanged, this, &WorkspaceSession::scheduleAutosave);
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &WorkspaceSession::pollChanges);
    m_retry.setInterval(5000);
    connect(&m_retry, &QTimer::timeout, this, &WorkspaceSession::retryNow);
}

WorkspaceSession::~WorkspaceSession()
{
    unlockDeal();
}

void WorkspaceSession::unlockDeal()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_readOnly = false;
}

void WorkspaceSession::lockDeal(std::int64_t dealId)
{
    if (m_lock && m_dealId == dealId)
        return; // already ours
    unlockDeal();
    if (m_ws->readOnly() || !m_ws->mayWrite()) {
        m_readOnly = true; // nothing is written, so nothing to lock
        return;
    }
    if (isTeam())
        return; // no lock files on a server: a stale save is refused there, naming who saved
    const QString file = QString::fromStdString(gds::dealLockPath(m_ws->path(), dealId));
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return; // a folder we cannot write: the workspace itself refuses writes then
    auto lock = std::make_unique<QLockFile>(file);
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return;
    }
    m_readOnly = true;
    qint64 pid = 0;
    QString host, app;
    lock->getLockInfo(&pid, &host, &app);
    emit message(
        tr("This deal is open for editing in another window (process %1 on %2); it is shown read only "
           "here. Save your changes as a new scenario.")
            .arg(pid)
            .arg(host));
}

QString WorkspaceSession::path() const
{
    return m_ws ? fromStd(m_ws->path()) : QString();
}

bool WorkspaceSession::isTeam() const
{
    return m_ws && gds::Workspace::isServerUrl(m_ws->path());
}

QString WorkspaceSession::locationLabel() const
{
    if (!m_ws)
        return tr("No workspace");
    return isTeam() ? tr("Team: %1").arg(fromStd(gds::serverLabel(m_ws->path())))
                    : tr("Local: %1").arg(fromStd(m_ws->path()));
}

bool WorkspaceSession::roleReadOnly() const
{
    return m_ws && !m_ws->mayWrite();
}

bool WorkspaceSession::open(const QString &path, QString *error, const QString &password, bool *needsPassword)
{
    flushAutosave();
    if (needsPassword)
        *needsPassword = false;
    const std::string file = path.isEmpty() ? gds::defaultWorkspacePath() : path.toStdString();
    const bool team = gds::Workspace::isServerUrl(file);
    try {
        // A workspace this user may only read is opened read only: shown, never changed, and no file is
        // created beside it (README "Files and the workspace").
        gds::OpenOptions options;
        if (team)
            options.password = password.toStdString();
        else
            options.readOnly = ::access(file.c_str(), F_OK) == 0 && ::access(file.c_str(), W_OK) != 0;
        auto ws =
            std::make_unique<gds::Workspace>(path.isEmpty() && !options.readOnly && !team
                                                 ? gds::Workspace::openDefault(gds::systemClock())
                                                 : gds::Workspace::open(file, gds::systemClock(), options));
        // A team's empty deal book stays empty: the samples are for one person's first start.
        if (!team && !ws->readOnly() && ws->listDeals(gds::DealFilter::All).empty()) {
            // Both samples; the H100 deal, saved last, is the one that opens.
            ws->saveVersion(gds::sampleDealDdtl(), tr("Sample deal (version 2)").toStdString());
            ws->saveVersion(gds::sampleDeal(), tr("Sample deal").toStdString());
        }
        unlockDeal();
        m_ws = std::move(ws);
        m_password = team ? password : QString();
        m_dealId.reset();
        m_scenarioId.reset();
        m_baseVersion = 0;
        m_pendingSave.reset();
        m_retry.stop();
        const bool wasDisconnected = m_disconnected;
        m_disconnected = false;
        setNewer(std::nullopt);
        watchNotifications();
        if (wasDisconnected)
            emit connectionStateChanged();
        emit workspaceChanged();
        if (m_ws->readOnly())
            emit message(tr("The workspace %1 can only be read: deals are shown, nothing is saved.")
                             .arg(fromStd(file)));
        else if (!m_ws->mayWrite())
            emit message(
                tr("Read-only: you can open, compute and export; saving is not allowed for your role"));
        return true;
    } catch (const gds::WorkspaceError &e) {
        if (needsPassword)
            *needsPassword = e.needsPassword();
        if (error)
            *error = tr("Cannot open the workspace %1: %2")
                         .arg(team ? fromStd(gds::withoutPassword(file)) : fromStd(file), issuesText(e));
        return false;
    } catch (const std::exception &e) {
        if (error)
            *error = tr("Cannot open the workspace: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
}

QString WorkspaceSession::describe() const
{
    if (!m_dealId)
        return tr("not in a workspace");
    return m_scenarioId ? tr("v%1 · scenario %2").arg(m_baseVersion).arg(m_scenarioName)
                        : tr("v%1 · main line").arg(m_baseVersion);
}

std::optional<std::int64_t> WorkspaceSession::mostRecentDeal() const
{
    if (!m_ws)
        return std::nullopt;
    try {
        std::optional<gds::DealSummary> best;
        for (const gds::DealSummary &d : m_ws->listDeals())
            if (!best || d.updated >= best->updated) // a tie: the deal created last
                best = d;
        return best ? std::optional<std::int64_t>(best->id) : std::nullopt;
    } catch (const gds::WorkspaceError &) {
        return std::nullopt;
    }
}

void WorkspaceSession::adopt(const gds::Deal &deal, std::int64_t dealId,
                             std::optional<std::int64_t> scenarioId, int version, const QString &scenarioName)
{
    m_loading = true;
    if (m_dealId != dealId || !m_lock)
        lockDeal(dealId);
    m_dealId = dealId;
    m_scenarioId = scenarioId;
    m_baseVersion = version;
    m_scenarioName = scenarioName;
    m_baseline = metricsOf(deal);
    try {
        m_lineLatest = m_ws->latest(dealId, scenarioId).info.number;
    } catch (const gds::WorkspaceError &) {
        m_lineLatest = version;
    }
    m_doc->reset(deal);
    m_loading = false;
}

bool WorkspaceSession::loadLatest(std::int64_t dealId, std::optional<std::int64_t> scenarioId, QString *error)
{
    if (!m_ws)
        return false;
    flushAutosave();
    try {
        const gds::StoredVersion v = m_ws->latest(dealId, scenarioId);
        QString scenarioName;
        if (scenarioId)
            for (const gds::Scenario &s : m_ws->listScenarios(dealId))
                if (s.id == *scenarioId)
                    scenarioName = fromStd(s.name);
        adopt(v.deal, dealId, scenarioId, v.info.number, scenarioName);
        setNewer(std::nullopt);
        // Shown in a read-only window too (it only reads them); only the editing window writes them.
        if (const auto wc = m_ws->loadWorkingCopy(dealId)) {
            if (wc->deal && !(*wc->deal == v.deal)) {
                m_doc->setDeal(*wc->deal, tr("Recovered unsaved edits"));
                emit message(tr("Recovered unsaved edits of this deal (undo to drop them)"));
            } else if (!wc->deal) {
                emit message(tr("Autosaved edits of this deal could not be read back and were kept aside: %1")
                                 .arg(wc->issues.empty()
                                          ? QString()
                                          : issueTextWithoutEditor(wc->issues.front(), v.deal, QLocale())));
            }
        }
        emit loaded();
        return true;
    } catch (const gds::WorkspaceError &e) {
        if (error)
            *error = issuesText(e);
        return false;
    }
}

bool WorkspaceSession::loadVersion(std::int64_t dealId, int number, QString *error)
{
    if (!m_ws)
        return false;
    flushAutosave();
    try {
        const gds::StoredVersion v = m_ws->loadVersion(dealId, number);
        adopt(v.deal, dealId, v.info.scenarioId, v.info.number, fromStd(v.info.scenario));
        setNewer(std::nullopt);
        checkNewer(); // a version saved meanwhile by someone else is named
        emit loaded();
        return true;
    } catch (const gds::WorkspaceError &e) {
        if (error)
            *error = issuesText(e);
        return false;
    }
}

bool WorkspaceSession::saveVersion(const QString &note, std::optional<gds::Metrics> metrics, QString *error)
{
    if (!m_ws)
        return false;
    if (refuseForRole(error, tr("The version was not saved")))
        return false;
    if (m_disconnected) {
        m_pendingSave = PendingSave{note, metrics};
        if (error)
            *error = tr("The version was not saved yet: the team workspace's server is unreachable. Your "
                        "edits stay in the editor and are saved when the connection is back.");
        emit connectionStateChanged();
        return false;
    }
    if (m_readOnly) {
        if (error)
            *error = m_ws->readOnly()
                         ? tr("The version was not saved: the workspace can only be read.")
                         : tr("The version was not saved: this deal is open for editing in another window. "
                              "Save your changes as a new scenario.");
        return false;
    }
    try {
        gds::SaveOptions options;
        options.note = note.toStdString();
        options.dealId = m_dealId;
        options.scenarioId = m_scenarioId;
        options.metrics = metrics;
        if (m_dealId)
            options.expectedLatest = m_lineLatest;
        const gds::VersionInfo v = m_ws->saveVersion(m_doc->deal(), options);
        m_dealId = v.dealId;
        m_baseVersion = v.number;
        m_lineLatest = v.number;
        m_baseline = metrics ? metrics : metricsOf(m_doc->deal());
        m_autosave.stop();
        m_ws->clearWorkingCopy(v.dealId);
        m_doc->markSaved();
        setNewer(std::nullopt);
        emit loaded();
        emit workspaceChanged();
        emit message(tr("Saved version %1").arg(v.number));
        return true;
    } catch (const gds::WorkspaceError &e) {
        if (m_ws->connectionLost()) {
            // Nothing is reported saved: the edits stay in the editor and the save waits for the server.
            m_pendingSave = PendingSave{note, metrics};
            lostConnection();
            if (error)
                *error = tr("The version was not saved: the team workspace's server is unreachable (%1). "
                            "Your edits stay in the editor; the save is tried again every %2 s and made "
                            "when the server is back (File > Retry connection now).")
                             .arg(issuesText(e))
                             .arg(m_retry.interval() / 1000.0);
            return false;
        }
        if (e.kind() == gds::WorkspaceError::Kind::Conflict && m_dealId) {
            // A stale save: the edits stay safe as the working copy, never layered on the newer version.
            m_autosave.stop();
            try {
                m_ws->saveWorkingCopy(*m_dealId, m_doc->deal(), m_baseVersion);
            } catch (const gds::WorkspaceError &) {
            }
            checkNewer();
        }
        if (error)
            *error = tr("The version was not saved: %1").arg(issuesText(e));
        return false;
    }
}

bool WorkspaceSession::createScenario(const QString &name, QString *error)
{
    if (!m_ws || !m_dealId)
        return false;
    if (refuseForRole(error, tr("The scenario was not created")))
        return false;
    try {
        const gds::Scenario s =
            m_ws->createScenario(*m_dealId, name.toStdString(),
                                 m_baseVersion > 0 ? std::optional<int>(m_baseVersion) : std::nullopt);
        m_scenarioId = s.id;
        m_scenarioName = fromStd(s.name);
        // The current deal (with its unsaved edits) becomes the scenario's first version.
        gds::SaveOptions options;
        options.note = tr("Scenario created from the current deal").toStdString();
        options.dealId = m_dealId;
        options.scenarioId = s.id;
        const gds::VersionInfo v = m_ws->saveVersion(m_doc->deal(), options);
        m_baseVersion = v.number;
        m_lineLatest = v.number;
        m_baseline = metricsOf(m_doc->deal());
        if (!m_readOnly)
            m_ws->clearWorkingCopy(*m_dealId);
        m_doc->markSaved();
        emit loaded();
        emit workspaceChanged();
        emit message(tr("Scenario \"%1\" created").arg(m_scenarioName));
        return true;
    } catch (const gds::WorkspaceError &e) {
        if (error)
            *error = tr("The scenario was not created: %1").arg(issuesText(e));
        return false;
    }
}

bool WorkspaceSession::restoreVersion(std::int64_t dealId, int number, QString *error)
{
    if (!m_ws)
        return false;
    if (refuseForRole(error, tr("The version was not restored")))
        return false;
    try {
        const gds::VersionInfo v =
            m_ws->restoreVersion(dealId, number, tr("Restored version %1").arg(number).toStdString());
        if (!m_readOnly || m_dealId != dealId)
            m_ws->clearWorkingCopy(dealId);
        emit workspaceChanged();
        return loadVersion(dealId, v.number, error);
    } catch (const gds::WorkspaceError &e) {
        if (error)
            *error = tr("The version was not restored: %1").arg(issuesText(e));
        return false;
    }
}

bool WorkspaceSession::importDeal(const gds::Deal &deal, const QString &note, bool open, QString *error)
{
    if (!m_ws)
        return false;
    try {
        // Opening the same file again shows the version it became, instead of adding a copy.
        if (const auto existing = m_ws->findDealByName(deal.name)) {
            const gds::StoredVersion latest = m_ws->latest(existing->id);
            if (latest.deal == deal) {
                if (open)
                    return loadVersion(existing->id, latest.info.number, error);
                emit message(tr("Already in the workspace as version %1").arg(latest.info.number));
                return true;
            }
        }
        if (refuseForRole(error, tr("The deal was not imported")))
            return false;
        gds::SaveOptions options;
        options.note = note.toStdString();
        const gds::VersionInfo v = m_ws->saveVersion(deal, options);
        emit workspaceChanged();
        if (open)
            return loadVersion(v.dealId, v.number, error);
        emit message(tr("Imported as version %1").arg(v.number));
        return true;
    } catch (const gds::WorkspaceError &e) {
        if (error)
            *error = tr("The deal was not imported: %1").arg(issuesText(e));
        return false;
    }
}

void WorkspaceSession::scheduleAutosave()
{
    // Not restarted by further edits: the working copy is never more than one interval old.
    if (!m_loading && m_ws && m_dealId && !m_readOnly && !m_disconnected && !m_autosave.isActive())
        m_autosave.start();
}

void WorkspaceSession::autosave()
{
    if (!m_ws || !m_dealId || m_readOnly || m_disconnected)
        return; // another window owns this deal's working copy
    try {
        if (m_doc->isModified())
            m_ws->saveWorkingCopy(*m_dealId, m_doc->deal(), m_baseVersion);
        else
            m_ws->clearWorkingCopy(*m_dealId);
    } catch (const gds::WorkspaceError &e) {
        if (m_ws->connectionLost())
            lostConnection(); // the edits stay in the editor; autosave resumes once reconnected
        emit message(tr("Autosave failed: %1").arg(issuesText(e)));
    }
}

void WorkspaceSession::flushAutosave()
{
    if (m_autosave.isActive()) {
        m_autosave.stop();
        autosave();
    }
}

// --- team workspace: others' changes, the role, the connection ---------------------------------------

bool WorkspaceSession::refuseForRole(QString *error, const QString &what) const
{
    if (!isTeam() || m_ws->mayWrite())
        return false;
    if (error)
        *error = tr("%1: your role may only read this team workspace (open, compute and export); saving "
                    "is not allowed.")
                     .arg(what);
    return true;
}

void WorkspaceSession::watchNotifications()
{
    m_notifier.reset();
    const int fd = m_ws ? m_ws->notificationSocket() : -1;
    if (fd < 0) {
        m_poll.stop();
        return;
    }
    m_notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &WorkspaceSession::pollChanges);
    m_poll.start();
}

void WorkspaceSession::pollChanges()
{
    if (!m_ws || m_disconnected || !isTeam())
        return;
    const std::vector<gds::WorkspaceChange> changes = m_ws->takeChanges();
    if (m_ws->connectionLost()) {
        lostConnection();
        return;
    }
    if (changes.empty())
        return;
    emit workspaceChanged();
    for (const gds::WorkspaceChange &c : changes)
        if (m_dealId && c.dealId == *m_dealId) {
            checkNewer();
            break;
        }
}

void WorkspaceSession::checkNewer()
{
    if (!m_ws || !m_dealId || !m_lineLatest)
        return;
    try {
        const gds::StoredVersion latest = m_ws->latest(*m_dealId, m_scenarioId);
        if (latest.info.number > std::max(*m_lineLatest, m_baseVersion))
            setNewer(latest.info);
    } catch (const gds::WorkspaceError &) {
        if (m_ws->connectionLost())
            lostConnection();
    }
}

void WorkspaceSession::setNewer(std::optional<gds::VersionInfo> newer)
{
    const bool same = newer.has_value() == m_newer.has_value() && (!newer || newer->id == m_newer->id);
    m_newer = std::move(newer);
    if (!same)
        emit newerVersionChanged();
}

void WorkspaceSession::lostConnection()
{
    if (m_disconnected)
        return;
    m_disconnected = true;
    m_autosave.stop();
    m_notifier.reset();
    m_poll.stop();
    m_retry.start();
    emit connectionStateChanged();
}

QString WorkspaceSession::connectionState() const
{
    if (!m_disconnected)
        return {};
    const QString seconds = QString::number(m_retry.interval() / 1000.0);
    return m_pendingSave
               ? tr("Server unreachable: your version is not saved yet; retrying every %1 s").arg(seconds)
               : tr("Server unreachable: retrying every %1 s").arg(seconds);
}

bool WorkspaceSession::retryNow()
{
    if (!m_ws || !m_disconnected)
        return m_ws != nullptr;
    try {
        gds::OpenOptions options;
        options.password = m_password.toStdString();
        auto ws =
            std::make_unique<gds::Workspace>(gds::Workspace::open(m_ws->path(), gds::systemClock(), options));
        m_ws = std::move(ws);
    } catch (const gds::WorkspaceError &e) {
        emit message(tr("The team workspace's server is still unreachable: %1").arg(issuesText(e)));
        return false;
    }
    m_disconnected = false;
    m_retry.stop();
    watchNotifications();
    emit connectionStateChanged();
    emit workspaceChanged();
    emit message(tr("Connected to the team workspace again"));
    if (m_doc->isModified())
        scheduleAutosave(); // the edits made meanwhile become the working copy again
    if (!m_pendingSave) {
        checkNewer();
        return true;
    }
    const PendingSave pending = *m_pendingSave;
    m_pendingSave.reset();
    // The connection may have dropped after the server committed the save but before it answered:
    // then that version is there, with this document and note, and is not saved twice.
    if (m_dealId && m_lineLatest) {
        try {
            const gds::StoredVersion latest = m_ws->latest(*m_dealId, m_scenarioId);
            if (latest.info.number > *m_lineLatest && latest.deal == m_doc->deal() &&
                latest.info.note == pending.note.toStdString()) {
                m_baseVersion = latest.info.number;
                m_lineLatest = latest.info.number;
                m_baseline = pending.metrics ? pending.metrics : metricsOf(m_doc->deal());
                m_ws->clearWorkingCopy(*m_dealId);
                m_doc->markSaved();
                emit loaded();
                emit pendingSaveFinished(
                    true, tr("Saved version %1 (the server had it already)").arg(m_baseVersion));
                return true;
            }
        } catch (const gds::WorkspaceError &) {
        }
    }
    QString error;
    if (saveVersion(pending.note, pending.metrics, &error))
        emit pendingSaveFinished(true, tr("Saved version %1 after reconnecting").arg(m_baseVersion));
    else if (!m_disconnected)
        emit pendingSaveFinished(false, error);
    return true;
}

} // namespace gds::ui
