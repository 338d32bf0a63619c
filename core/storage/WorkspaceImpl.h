// Internals shared by the workspace's translation units (not installed, not for callers).
#pragma once

#include "storage/Workspace.h"

#include <sqlite3.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gds {

struct Workspace::Impl {
    std::string path;
    Clock clock;
    OpenOptions options;
    sqlite3 *db = nullptr;

    Impl() = default;
    Impl(const Impl &) = delete;
    Impl &operator=(const Impl &) = delete;
    ~Impl();

    std::int64_t nowMs() const;
};

namespace storage_detail {

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

} // namespace storage_detail
} // namespace gds
