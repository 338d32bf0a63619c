// Internals shared by the workspace's translation units (not installed, not for callers).
#pragma once

#include "storage/Workspace.h"

#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <vector>

namespace gds {

// A whole deal book as stored, for copying between workspaces (Workspace::copy). Times in ms.
struct BookDeal {
    std::int64_t id = 0;
    std::string name, sponsor, tags;
    std::int64_t created = 0, updated = 0;
    std::optional<std::int64_t> deleted;
};
struct BookVersion {
    std::int64_t id = 0, dealId = 0;
    int number = 0;
    std::optional<std::int64_t> scenarioId;
    std::int64_t created = 0;
    std::string note, metrics, currency, content;
    std::optional<int> restoredFrom;
    std::optional<std::string> author;
    std::optional<std::int64_t> savedAt;
};
struct BookScenario {
    std::int64_t id = 0, dealId = 0, baseVersionId = 0;
    std::string name;
    std::int64_t created = 0;
};
struct DealBook {
    std::vector<BookDeal> deals;
    std::vector<BookVersion> versions; // by id
    std::vector<BookScenario> scenarios;
};

// The one storage interface: every operation of Workspace, implemented once per backend (the SQLite
// file, SqliteWorkspace below, and the PostgreSQL server, PgWorkspace in Pg*.cpp). Workspace forwards to
// it; the SQL dialects stay in their implementations.
struct Workspace::Impl {
    Impl() = default;
    Impl(const Impl &) = delete;
    Impl &operator=(const Impl &) = delete;
    virtual ~Impl() = default;

    virtual const std::string &path() const = 0;
    virtual bool readOnly() const = 0;
    virtual int schemaVersion() const = 0;
    virtual std::string integrityCheck() const = 0;
    virtual std::vector<DealSummary> listDeals(DealFilter filter) const = 0;
    virtual void recheckMetrics(std::vector<DealSummary> &deals) const = 0;
    virtual DealSummary deal(std::int64_t dealId) const = 0;
    virtual std::optional<DealSummary> findDealByName(const std::string &name) const = 0;
    virtual void setTags(std::int64_t dealId, const std::vector<std::string> &tags) = 0;
    virtual VersionInfo saveVersion(const Deal &deal, const SaveOptions &options) = 0;
    virtual StoredVersion loadVersion(std::int64_t dealId, int number) const = 0;
    virtual StoredVersion latest(std::int64_t dealId, std::optional<std::int64_t> scenarioId) const = 0;
    virtual std::vector<VersionInfo> history(std::int64_t dealId) const = 0;
    virtual VersionInfo restoreVersion(std::int64_t dealId, int number, const std::string &note) = 0;
    virtual Scenario createScenario(std::int64_t dealId, const std::string &name,
                                    std::optional<int> baseVersion) = 0;
    virtual std::vector<Scenario> listScenarios(std::int64_t dealId) const = 0;
    virtual void softDelete(std::int64_t dealId) = 0;
    virtual void restoreDeleted(std::int64_t dealId) = 0;
    virtual int emptyBin() = 0;
    virtual void saveWorkingCopy(std::int64_t dealId, const Deal &deal, std::optional<int> baseVersion) = 0;
    virtual std::optional<WorkingCopy> loadWorkingCopy(std::int64_t dealId) const = 0;
    virtual void clearWorkingCopy(std::int64_t dealId) = 0;
    virtual void backup(const std::string &toPath) const = 0;
    virtual DealBook exportBook() const = 0;
    // In one transaction; keepIds: the ids of the book (an empty target), else new ones.
    virtual Workspace::CopyCount importBook(const DealBook &book, bool keepIds) = 0;
    // Team workspace only (Workspace.h); a workspace file keeps these defaults.
    virtual int notificationSocket() const { return -1; }
    virtual std::vector<WorkspaceChange> takeChanges() { return {}; }
    virtual bool mayWrite() const { return !readOnly(); }
    virtual bool connectionLost() const { return false; }
};

// The embedded single-user workspace: one SQLite file (Workspace.cpp, WorkspaceDeals.cpp,
// WorkspaceScenarios.cpp).
struct SqliteWorkspace final : Workspace::Impl {
    std::string m_path;
    Clock clock;
    OpenOptions openOptions;
    sqlite3 *m_db = nullptr;

    SqliteWorkspace() = default;
    ~SqliteWorkspace() override;

    std::int64_t nowMs() const;

    const std::string &path() const override { return m_path; }
    bool readOnly() const override { return openOptions.readOnly; }
    int schemaVersion() const override;
    std::string integrityCheck() const override;
    std::vector<DealSummary> listDeals(DealFilter filter) const override;
    void recheckMetrics(std::vector<DealSummary> &deals) const override;
    DealSummary deal(std::int64_t dealId) const override;
    std::optional<DealSummary> findDealByName(const std::string &name) const override;
    void setTags(std::int64_t dealId, const std::vector<std::string> &tags) override;
    VersionInfo saveVersion(const Deal &deal, const SaveOptions &options) override;
    StoredVersion loadVersion(std::int64_t dealId, int number) const override;
    StoredVersion latest(std::int64_t dealId, std::optional<std::int64_t> scenarioId) const override;
    std::vector<VersionInfo> history(std::int64_t dealId) const override;
    VersionInfo restoreVersion(std::int64_t dealId, int number, const std::string &note) override;
    Scenario createScenario(std::int64_t dealId, const std::string &name,
                            std::optional<int> baseVersion) override;
    std::vector<Scenario> listScenarios(std::int64_t dealId) const override;
    void softDelete(std::int64_t dealId) override;
    void restoreDeleted(std::int64_t dealId) override;
    int emptyBin() override;
    void saveWorkingCopy(std::int64_t dealId, const Deal &deal, std::optional<int> baseVersion) override;
    std::optional<WorkingCopy> loadWorkingCopy(std::int64_t dealId) const override;
    void clearWorkingCopy(std::int64_t dealId) override;
    void backup(const std::string &toPath) const override;
    DealBook exportBook() const override;
    Workspace::CopyCount importBook(const DealBook &book, bool keepIds) override;
};

namespace storage_detail {

// Brings the book's deals in through `insert*` callbacks that return the new ids, in an order that
// satisfies every reference (a scenario before its first version, after its base version).
struct BookSink {
    std::function<void(const BookDeal &)> checkName; // throws Conflict for a live name in use
    std::function<std::int64_t(const BookDeal &)> insertDeal;
    std::function<std::int64_t(const BookScenario &, std::int64_t dealId, std::int64_t baseVersionId)>
        insertScenario;
    std::function<std::int64_t(const BookVersion &, std::int64_t dealId,
                               std::optional<std::int64_t> scenarioId)>
        insertVersion;
};
Workspace::CopyCount importInto(const DealBook &book, const BookSink &sink);

std::int64_t toMs(TimePoint t);
TimePoint fromMs(std::int64_t ms);

bool isValidUtf8(std::string_view s);

// Cached metrics as a flat JSON object {"key":number|null,...}; "" for none. Decoding is a small exact
// parser for what encodeMetrics writes (listing 10,000 versions must stay far below 100 ms), with a
// general JSON parser as the fallback for anything else.
std::string encodeMetrics(const MetricValues &metrics);
MetricValues decodeMetrics(std::string_view text);

// The cached metrics are tied to the document they were computed from: saving appends
// "content_check":N (FNV-1a of the stored document, 53 bits so that it is an exact JSON number; the
// metric decoders drop the unknown key). metricsMatchContent() is false when a document was changed
// behind the API's back (edited by hand), and listings then recompute instead of showing stale figures.
std::string withContentCheck(std::string metrics, std::string_view content);
bool metricsMatchContent(std::string_view metrics, std::string_view content);

std::string encodeTags(const std::vector<std::string> &tags); // JSON array
std::vector<std::string> decodeTags(std::string_view text);

// Renames without ever replacing an existing file (false with errno EEXIST if `to` exists), then makes
// the rename durable by syncing the folder.
bool renameNoReplace(const std::string &from, const std::string &to);
// Removes a database file and its -wal/-shm/-journal companions (a failed creation's leftovers).
void removeDatabaseFiles(const std::string &path);
std::string uniqueSuffix();
bool fileExists(const std::string &path);

// Checks shared by the deal, version and scenario operations (WorkspaceDeals.cpp); they throw
// WorkspaceError with a message for the user.
void requireText(std::string_view what, std::string_view value, bool allowEmpty);
[[noreturn]] void noDeal(std::int64_t dealId);
// A scenario's base version that does not exist (the latest when `version` is empty).
[[noreturn]] void noVersion(std::int64_t dealId, std::optional<int> version);
// The tags checked (each non-empty UTF-8 text) and without repeats, in their first order.
std::vector<std::string> cleanTags(const std::vector<std::string> &tags);
struct DealState {
    std::string name;
    bool deleted = false;
};
std::optional<DealState> dealState(sqlite3 *db, std::int64_t dealId);
// The deal must exist and be out of the bin to be changed.
void requireLiveDeal(sqlite3 *db, std::int64_t dealId);
// Another live deal already called `name`?
std::optional<std::int64_t> liveDealNamed(sqlite3 *db, const std::string &name);
// The deal as gpudeal/1 JSON (WorkspaceError Invalid when it cannot be written).
std::string serialize(const Deal &deal);
// The engine's key metrics of a deal; empty when it cannot be computed (the version is kept anyway).
MetricValues computeMetrics(const Deal &deal);
// A stored document read back (Io when it no longer reads as a deal).
Deal parseStored(const std::string &content, std::int64_t dealId, int number);

// A version row before it is written, whatever the backend.
struct NewVersion {
    std::int64_t dealId = 0;
    std::optional<std::int64_t> scenarioId;
    std::string note;
    std::string metrics;  // encoded, "" for none
    std::string currency; // of the deal in `content`
    std::optional<int> restoredFrom;
    std::string content;
};
// Checks a deal and a note for saving (WorkspaceError Invalid) and prepares its row: note, document,
// currency, metrics (given or computed) and scenario; the deal and the restore are the caller's.
NewVersion prepareVersion(const Deal &deal, const SaveOptions &options);

} // namespace storage_detail
} // namespace gds
