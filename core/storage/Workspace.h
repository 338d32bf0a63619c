// The workspace: the deal book (deals, their versions, named scenarios, the bin, a working copy per
// deal and user) behind one interface with two backends, chosen by where open() points:
//   - a file path: the single-user SQLite workspace, the default; several processes may share
//     the file (WAL, a busy timeout). open() reads the file header with plain file I/O first and
//     refuses, byte-for-byte untouched, garbage, empty or truncated files, other applications'
//     databases and workspaces of a newer schema.
//   - a libpq connection string (postgresql://...): the team workspace on a PostgreSQL 15 server
//     (PgWorkspace), created by initServer(), with roles gpudeal_reader/editor/owner.
// What both promise, and tests/storage checks on both (tst_workspace runs its suite twice):
//   - Versions are append-only: a save adds version N+1 and never changes an earlier one; restoring
//     copies an old version as the newest. (On the server a trigger enforces it for every role.)
//   - No lost update: a save made on a version that is no longer the newest of its line
//     (SaveOptions::expectedLatest) is refused with a Conflict (on the server naming who saved the newer
//     version and when); nothing is written, and the caller keeps the edits as a working copy.
//   - Every write is one transaction: after a crash, a kill or a dropped connection, a save reported
//     done is there and no version is half written.
//   - Who and when: VersionInfo::author and savedAt are the database role and the server's clock on
//     PostgreSQL (set by the server, whatever the client sends; kept by copy()); a file has neither.
//   - Schemas are versioned in code and migrated when opened for writing; a newer schema is refused.
// Errors are WorkspaceError exceptions with a message for the user and a kind for the caller. No Qt
// types in this interface. A Workspace is used from one thread at a time; open one per thread (or
// process) as needed.
#pragma once

#include "engine/Result.h"
#include "model/Deal.h"
#include "model/Issue.h"
#include "storage/WorkspaceError.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct sqlite3;

namespace gds {

using TimePoint = std::chrono::system_clock::time_point;
// Where "now" comes from (injectable: tests pass a fixed or stepping clock). Stored at millisecond
// precision.
using Clock = std::function<TimePoint()>;
Clock systemClock();

// The default workspace: $GPUDEAL_WORKSPACE if set, else "workspace.gpudeal.sqlite" in the GUI's
// QStandardPaths::AppDataLocation (organization and application "GPU Deal Studio"), i.e. on Linux
// ~/.local/share/GPU Deal Studio/GPU Deal Studio/workspace.gpudeal.sqlite.
std::string defaultWorkspacePath();

// The lock file of the window that edits a deal of the workspace at `workspacePath` (one writer per
// deal; README "Files and the workspace"): "<workspacePath>.locks/deal-<id>.lock", a QLockFile.
std::string dealLockPath(const std::string &workspacePath, std::int64_t dealId);

// Cached key metrics of a version, aligned with the engine's metricFields() (keys as in the result
// document of cli.md); nullopt where the metric does not exist for the deal. Empty when the version
// has no metrics (its deal could not be computed). Keys the engine does not know are dropped.
class MetricValues
{
public:
    MetricValues() = default;
    static MetricValues fromMetrics(const Metrics &metrics);

    bool empty() const { return m_values.empty(); }
    std::size_t size() const { return m_values.size(); }
    std::string_view key(std::size_t i) const; // metricFields()[i].key
    std::optional<double> at(std::size_t i) const { return m_values[i]; }
    std::optional<double> value(std::string_view key) const; // nullopt if absent or null
    // Sets a metric by key (the engine's keys only; returns false for an unknown key).
    bool set(std::string_view key, std::optional<double> value);
    void setAt(std::size_t i, std::optional<double> value); // i < metricFields().size()
    bool operator==(const MetricValues &) const = default;

private:
    std::vector<std::optional<double>> m_values;
};

struct DealSummary {
    std::int64_t id = 0;
    std::string name;
    std::string sponsor;
    std::vector<std::string> tags;
    TimePoint created;
    TimePoint updated;
    int versionCount = 0;
    int latestVersion = 0; // number of the most recent version (any scenario)
    int scenarioCount = 0;
    MetricValues metrics; // of the latest version
    std::string currency; // ISO code of the latest main-line version's deal ("EUR"); "" if unknown
    bool deleted = false; // in the bin
    std::optional<TimePoint> deletedAt;
    bool hasWorkingCopy = false; // unsaved edits from a session that did not end cleanly
};

struct VersionInfo {
    std::int64_t id = 0; // unique in the workspace
    std::int64_t dealId = 0;
    int number = 0; // 1, 2, ... within the deal, never reused
    TimePoint created;
    std::string note;
    std::optional<std::int64_t> scenarioId; // nullopt: the main line
    std::string scenario;                   // its name, empty for the main line
    std::optional<int> restoredFrom;        // set when this version restores an older one
    MetricValues metrics;
    std::string currency; // ISO code of the version's deal ("EUR"); "" if unknown
    // Team workspace (PostgreSQL): the database role that saved the version and the server's time,
    // both set by the server. Empty in a workspace file.
    std::string author;
    std::optional<TimePoint> savedAt;
};

struct StoredVersion {
    VersionInfo info;
    Deal deal;
    std::string content; // the stored gpudeal/1 document, exactly as saved
};

struct Scenario {
    std::int64_t id = 0;
    std::int64_t dealId = 0;
    std::string name;
    int baseVersion = 0; // number of the version it branches from
    TimePoint created;
    int versionCount = 0; // versions saved in this scenario
};

struct WorkingCopy {
    std::int64_t dealId = 0;
    TimePoint saved;
    std::optional<int> baseVersion;
    std::string content;      // gpudeal/1 JSON as autosaved (possibly of an invalid deal)
    std::optional<Deal> deal; // set when the content reads back as a valid deal
    Issues issues;            // why it does not, otherwise
};

struct SaveOptions {
    std::string note;
    // The deal to add the version to. Unset: the live deal with the content's name, or a new deal.
    // Set: that deal, renamed to the content's name if it changed.
    std::optional<std::int64_t> dealId;
    std::optional<std::int64_t> scenarioId; // save into this scenario (of the same deal)
    // Metrics the caller already computed (the GUI's live result); unset: saveVersion computes them.
    std::optional<Metrics> metrics;
    // The newest version of the line (main line or scenario) when the edits began. Set: the save is
    // refused (Conflict, nothing written) when another version was saved on that line since, so a
    // stale save is never layered silently on top of someone else's.
    std::optional<int> expectedLatest{};
};

enum class DealFilter { Live, Bin, All };

struct OpenOptions {
    std::chrono::milliseconds busyTimeout{5000}; // how long a write waits for another writer
    // fsync on every commit (survives power loss, not only a killed process). Off only for bulk tests.
    bool durable = true;
    // Read only: never creates the workspace, never creates or changes a file beside it (no -wal,
    // -shm or backup), never migrates it on disk (an older schema is migrated in a private in-memory
    // copy). Opened with SQLite's mode=ro, and immutable=1 when no log exists (nothing to attach
    // to). Every write then fails with Kind::Io.
    bool readOnly = false;
    // Team workspace: the password for the server (the GUI's, from the keyring or asked); empty: the
    // URL's, PGPASSWORD or ~/.pgpass as libpq finds them. Used to connect and never kept in path().
    std::string password;
};

// A deal changed by another session of a team workspace (PostgreSQL's NOTIFY), see takeChanges().
struct WorkspaceChange {
    std::int64_t dealId = 0;
};

// The parts of a team workspace's connection string (libpq's URI or key=value form), for showing
// which server is open and for filling a connection form. Empty strings where the string says nothing.
struct ServerLocation {
    std::string host; // a name, an address or a socket folder ("/run/postgresql")
    std::string port;
    std::string database;
    std::string user;
    std::string sslmode;
    bool hasPassword = false;
};
// nullopt when libpq cannot read the string.
std::optional<ServerLocation> parseServerUrl(const std::string &url);
// "user@host:port/db" (a socket folder as host; the port only when given).
std::string serverLabel(const std::string &url);
// The connection string without its password (the "user:secret@" of a URI, a password= parameter):
// what may be written into a settings file.
std::string withoutPassword(const std::string &url);

class Workspace
{
public:
    static constexpr int kSchemaVersion = 4;

    // Opens the workspace at `path`, creating it if no file exists there (the parent folder must
    // exist; see openDefault). Migrates an older schema after backing the file up beside itself
    // ("<path>.schema-<old>.bak"). Throws WorkspaceError (NotAWorkspace, NewerSchema, Io, Busy).
    // The file is inspected through a read-only connection first, so a refused file gets no -wal or
    // -shm beside it. Leftovers of a creation that was killed ("<path>.creating-<pid>-...", whose
    // process is gone) are removed. With options.readOnly: see OpenOptions; a missing file is an
    // Io error.
    static Workspace open(const std::string &path, Clock clock, const OpenOptions &options = {});
    // A team workspace on PostgreSQL is chosen by a connection string in libpq's URI form,
    // "postgresql://user@host:port/dbname?sslmode=verify-full" (or "postgres://..."; "?host=/socket/dir"
    // for a Unix socket); anything else names a workspace file. open() then connects to the server,
    // refuses a database without a workspace (Kind::NotAWorkspace, naming `db init-server`) and one of
    // a newer schema (NewerSchema, untouched), and migrates an older one.
    static bool isServerUrl(const std::string &path);
    // Creates the workspace in an empty PostgreSQL database (or migrates an older one) and the group
    // roles gpudeal_owner, gpudeal_editor and gpudeal_reader with their rights. Run by a superuser or
    // the database's owner (creating the roles needs CREATEROLE the first time). Returns the schema
    // version. Refuses a newer schema untouched.
    static int initServer(const std::string &url);
    // The default workspace (defaultWorkspacePath()), its folder created if needed (not when read only).
    static Workspace openDefault(Clock clock, const OpenOptions &options = {});

    Workspace(Workspace &&) noexcept;
    Workspace &operator=(Workspace &&) noexcept;
    ~Workspace();

    const std::string &path() const;
    bool readOnly() const;
    int schemaVersion() const;
    std::string integrityCheck() const; // "ok" or SQLite's findings

    // --- deals
    std::vector<DealSummary> listDeals(DealFilter filter = DealFilter::Live) const;
    // Checks each listed deal's cached metrics against its stored document (reading the bodies, so not
    // part of listDeals): a document changed behind the API's back (edited by hand) gets the metrics
    // it has now, or none when it no longer reads as a valid deal. For `db list`.
    void recheckMetrics(std::vector<DealSummary> &deals) const;
    DealSummary deal(std::int64_t dealId) const;                              // NotFound
    std::optional<DealSummary> findDealByName(const std::string &name) const; // live deals only
    void setTags(std::int64_t dealId, const std::vector<std::string> &tags);

    // --- versions
    // Saves the deal as a new immutable version (all or nothing). Refuses an invalid deal (Invalid,
    // with the issues). Creates the deal when no live deal has its name.
    VersionInfo saveVersion(const Deal &deal, const std::string &note,
                            std::optional<std::int64_t> scenarioId = std::nullopt);
    VersionInfo saveVersion(const Deal &deal, const SaveOptions &options);
    StoredVersion loadVersion(std::int64_t dealId, int number) const;
    // The newest version of the main line or of a scenario (its base version until it has its own).
    StoredVersion latest(std::int64_t dealId, std::optional<std::int64_t> scenarioId = std::nullopt) const;
    std::vector<VersionInfo> history(std::int64_t dealId) const; // oldest first
    // Adds a new version whose content equals version `number` (history is never rewritten).
    VersionInfo restoreVersion(std::int64_t dealId, int number, const std::string &note = {});

    // --- scenarios
    Scenario createScenario(std::int64_t dealId, const std::string &name,
                            std::optional<int> baseVersion = std::nullopt); // default: latest
    std::vector<Scenario> listScenarios(std::int64_t dealId) const;

    // --- the bin
    void softDelete(std::int64_t dealId);     // into the bin; its name becomes free
    void restoreDeleted(std::int64_t dealId); // out of the bin (Conflict if its name is taken meanwhile)
    int emptyBin();                           // deletes binned deals for good; returns how many

    // --- crash recovery: one overwritable slot per deal, not a version
    void saveWorkingCopy(std::int64_t dealId, const Deal &deal,
                         std::optional<int> baseVersion = std::nullopt);
    std::optional<WorkingCopy> loadWorkingCopy(std::int64_t dealId) const;
    void clearWorkingCopy(std::int64_t dealId);

    // --- team workspace: others' changes and this role's rights (no-ops for a workspace file)
    // A socket that becomes readable when other sessions' changes may have arrived (poll it, e.g. with a
    // QSocketNotifier, then call takeChanges()); -1 for a workspace file or a lost connection. The
    // first call starts listening (changes before it are not reported).
    int notificationSocket() const;
    // The deals that other sessions changed since the last call (each deal once, oldest first); reads
    // what the connection received without waiting. Empty for a workspace file.
    std::vector<WorkspaceChange> takeChanges();
    // False when this user may only read: a file opened read only, or a database role without the
    // right to add versions (gpudeal_reader). Saving is then refused by the server in any case.
    bool mayWrite() const;
    // The connection to the server was lost (the server restarted or the network dropped): open the
    // workspace again to go on. False for a workspace file.
    bool connectionLost() const;

    // A consistent copy of the whole workspace (SQLite online backup; a team workspace's deal book
    // copied into a new workspace file), written to a new file. Refuses to overwrite an existing file
    // (Conflict).
    void backup(const std::string &toPath) const;

    // Copies the whole deal book (deals, the bin, tags, versions with their notes, authors and times,
    // scenarios; not working copies) from `from` into `to`, between any two workspaces (file <->
    // PostgreSQL), in one transaction. An empty target gets the same ids; a target that holds deals is
    // refused (Conflict) unless `merge`, which adds the deals under new ids and refuses (nothing
    // written) a live deal whose name the target already uses.
    struct CopyCount {
        int deals = 0, versions = 0, scenarios = 0;
    };
    static CopyCount copy(const Workspace &from, Workspace &to, bool merge);

    // The backend interface (core/storage/WorkspaceImpl.h; internal to gds_storage).
    struct Impl;
    Impl &backend() { return *d; }

private:
    explicit Workspace(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace gds
