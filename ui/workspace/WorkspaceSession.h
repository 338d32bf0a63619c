// The link between the document and the workspace (core/storage/Workspace.h): which deal, scenario
// and version the editor holds, autosave of the working copy (a few seconds after an edit, so a crash
// or kill loses at most that), save version, restore, scenarios, import, first-start sample deal.
// Workspace errors come back as messages, never as exceptions past this class.
//
// One writer per deal (README "Files and the workspace"): the session that opens a deal takes a lock
// file for it beside the workspace ("<workspace>.locks/deal-<id>.lock", QLockFile: owner PID and host,
// stale once that process is gone, so a crash never leaves a deal locked). A second window on the
// same deal is told so and holds it read only: it neither autosaves nor saves versions over it, but
// may save its edits as a new scenario. A save whose base is no longer the newest version of its line
// (another window or program saved meanwhile) is refused and the edits stay as the working copy.
//
// A team workspace (PostgreSQL) has no lock files: people save on their own and a stale save
// is refused with who saved and when. Others' saves arrive as notifications on the connection (a
// QSocketNotifier on its socket): the browser refreshes, and newerVersion() tells when the deal on
// screen has a newer version. A role that may only read (gpudeal_reader) gets a read-only session.
// When the server is unreachable at a save, the edits stay in the editor, connectionState() says so,
// and the session reconnects every few seconds and then makes the save (retryNow() at once).
#pragma once

#include "engine/Result.h"
#include "model/Deal.h"
#include "storage/Workspace.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <QObject>
#include <QString>
#include <QTimer>

class QLockFile;
class QSocketNotifier;

namespace gds {
class Workspace;
}

namespace gds::ui {

class DealDocument;

class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(DealDocument *doc, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    // Opens (or creates) a workspace; an empty one gets the sample deal. Empty path: the default.
    // A team workspace's URL connects to its server with `password` (empty: the URL's, PGPASSWORD or
    // ~/.pgpass); `needsPassword` is set when the server wants one it did not get.
    bool open(const QString &path, QString *error, const QString &password = {},
              bool *needsPassword = nullptr);
    bool isOpen() const { return m_ws != nullptr; }
    const gds::Workspace *workspace() const { return m_ws.get(); }
    QString path() const;
    bool isTeam() const; // a team workspace (PostgreSQL)
    // "Team: alice@db.example.com/deals" or "Local: /home/alice/.../workspace.gpudeal.sqlite".
    QString locationLabel() const;
    // This user may only read the workspace (a file opened read only, a gpudeal_reader role).
    bool roleReadOnly() const;

    std::optional<std::int64_t> dealId() const { return m_dealId; }
    std::optional<std::int64_t> scenarioId() const { return m_scenarioId; }
    int baseVersion() const { return m_baseVersion; }
    QString scenarioName() const { return m_scenarioName; }
    QString describe() const;
    // Metrics of the version the editor started from (the "last saved" of the metrics panel).
    const std::optional<gds::Metrics> &baseline() const { return m_baseline; }
    // Another window edits this deal: this one shows it read only (see above).
    bool isReadOnly() const { return m_readOnly; }

    // Opens the newest version of a deal (main line or scenario); unsaved edits autosaved for that
    // deal are recovered on top of it as one undoable step.
    bool loadLatest(std::int64_t dealId, std::optional<std::int64_t> scenarioId, QString *error);
    bool loadVersion(std::int64_t dealId, int number, QString *error);
    // The deal most recently changed (first start: the sample).
    std::optional<std::int64_t> mostRecentDeal() const;
    bool saveVersion(const QString &note, std::optional<gds::Metrics> metrics, QString *error);
    bool createScenario(const QString &name, QString *error);
    bool restoreVersion(std::int64_t dealId, int number, QString *error);
    // Adds a deal to the workspace as a version (a new deal, or a new version of the live deal with
    // that name); `open` shows it in the editor.
    bool importDeal(const gds::Deal &deal, const QString &note, bool open, QString *error);

    void setAutosaveDelay(int ms) { m_autosave.setInterval(ms); }
    void flushAutosave();

    // Team workspace: a version of the deal on screen newer than the one the edits start from, saved
    // by someone else (nullopt once reloaded or when there is none).
    const std::optional<gds::VersionInfo> &newerVersion() const { return m_newer; }
    // Reads the changes that arrived (the socket notifier does this; tests may call it).
    void pollChanges();
    // The server could not be reached: reconnecting (and the pending save) is under way.
    bool isDisconnected() const { return m_disconnected; }
    bool hasPendingSave() const { return m_pendingSave.has_value(); }
    QString connectionState() const; // empty while connected
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }
    // Tries to reconnect (and to make the pending save) now; true when connected again.
    bool retryNow();

signals:
    void loaded();           // another deal/version is in the editor; the baseline changed
    void workspaceChanged(); // deals or versions changed (refresh the browser)
    void message(const QString &text);
    void newerVersionChanged();    // newerVersion() changed
    void connectionStateChanged(); // connectionState() changed
    // A save made after reconnecting: done (true) or refused (false, with the reason).
    void pendingSaveFinished(bool saved, const QString &text);

private:
    void scheduleAutosave();
    void autosave();
    void adopt(const gds::Deal &deal, std::int64_t dealId, std::optional<std::int64_t> scenarioId,
               int version, const QString &scenarioName);
    void lockDeal(std::int64_t dealId);
    void unlockDeal();
    void watchNotifications();
    void checkNewer();
    void setNewer(std::optional<gds::VersionInfo> newer);
    void lostConnection();
    bool refuseForRole(QString *error, const QString &what) const;
    gds::VersionInfo doSave(const QString &note, const std::optional<gds::Metrics> &metrics);

    DealDocument *m_doc;
    std::unique_ptr<gds::Workspace> m_ws;
    std::optional<std::int64_t> m_dealId, m_scenarioId;
    int m_baseVersion = 0;
    QString m_scenarioName;
    std::optional<gds::Metrics> m_baseline;
    QTimer m_autosave;
    bool m_loading = false;
    std::unique_ptr<QLockFile> m_lock; // held while this session may write the deal's working copy
    bool m_readOnly = false;
    std::optional<int> m_lineLatest; // newest version of the line when the edits began
    QString m_password;              // the team workspace's, in memory only (to reconnect)
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_poll; // reads changes the notifier may miss (consumed during another query)
    std::optional<gds::VersionInfo> m_newer;
    bool m_disconnected = false;
    QTimer m_retry;
    struct PendingSave {
        QString note;
        std::optional<gds::Metrics> metrics;
    };
    std::optional<PendingSave> m_pendingSave;
};

} // namespace gds::ui
