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
#pragma once

#include "engine/Result.h"
#include "model/Deal.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <QObject>
#include <QString>
#include <QTimer>

class QLockFile;

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
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_ws != nullptr; }
    const gds::Workspace *workspace() const { return m_ws.get(); }
    QString path() const;

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

signals:
    void loaded();           // another deal/version is in the editor; the baseline changed
    void workspaceChanged(); // deals or versions changed (refresh the browser)
    void message(const QString &text);

private:
    void scheduleAutosave();
    void autosave();
    void adopt(const gds::Deal &deal, std::int64_t dealId, std::optional<std::int64_t> scenarioId,
               int version, const QString &scenarioName);
    void lockDeal(std::int64_t dealId);
    void unlockDeal();

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
};

} // namespace gds::ui
