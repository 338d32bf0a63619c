#include "storage/Schema.h"

#include "storage/Sqlite.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sys/stat.h>

namespace gds::schema {
namespace {

// Each entry takes the schema from version i to i + 1. Entries are never edited once released: a
// change is a new entry, and tests/storage migrates files built at every earlier version.
//
// Why the deal body is JSON and not normalized tables: a version is an immutable snapshot that is only
// ever read whole, the gpudeal/1 document is already the validated, versioned exchange format (export
// then import gives back an equal deal), and a change of the deal model then needs no SQL migration.
// What listings need (name, sponsor, times, key metrics) is kept in columns beside it; the body sits
// in its own table so that scanning versions never reads it.
constexpr std::array kMigrations = {
    // 0 -> 1
    R"sql(
CREATE TABLE deals (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    sponsor     TEXT NOT NULL DEFAULT '',
    tags        TEXT NOT NULL DEFAULT '[]',          -- JSON array of strings
    created_at  INTEGER NOT NULL,                    -- milliseconds since 1970-01-01 UTC
    updated_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX deals_by_name ON deals(name);
CREATE TABLE versions (
    id            INTEGER PRIMARY KEY,
    deal_id       INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,                  -- 1, 2, ... within the deal
    scenario_id   INTEGER REFERENCES scenarios(id) ON DELETE CASCADE,
    created_at    INTEGER NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    metrics       TEXT,                              -- cached key metrics (JSON object), NULL if none
    restored_from INTEGER,                           -- number of the version this one copies
    UNIQUE (deal_id, number)
);
CREATE INDEX versions_by_scenario ON versions(scenario_id, number);
CREATE INDEX versions_by_line ON versions(deal_id, scenario_id, number);
CREATE TABLE version_content (
    version_id  INTEGER PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE,
    content     TEXT NOT NULL                        -- the whole gpudeal/1 document
);
CREATE TABLE scenarios (
    id              INTEGER PRIMARY KEY,
    deal_id         INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    base_version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    created_at      INTEGER NOT NULL,
    UNIQUE (deal_id, name)
);
CREATE INDEX scenarios_by_base ON scenarios(base_version_id);
CREATE TRIGGER versions_are_immutable BEFORE UPDATE ON versions
BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
CREATE TRIGGER version_content_is_immutable BEFORE UPDATE ON version_content
BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
)sql",
    // 1 -> 2
    R"sql(
ALTER TABLE deals ADD COLUMN deleted_at INTEGER;     -- NULL unless the deal is in the bin
DROP INDEX deals_by_name;
CREATE UNIQUE INDEX deals_live_by_name ON deals(name) WHERE deleted_at IS NULL;
CREATE TABLE working_copies (
    deal_id      INTEGER PRIMARY KEY REFERENCES deals(id) ON DELETE CASCADE,
    saved_at     INTEGER NOT NULL,
    base_number  INTEGER,                            -- the version the edits started from
    content      TEXT NOT NULL                       -- gpudeal/1 JSON, possibly of an invalid deal
);
)sql",
    // 2 -> 3: the deal's currency beside the cached metrics (listings show money in it without
    // reading the bodies); filled from the stored documents, NULL where a body has none.
    R"sql(
ALTER TABLE versions ADD COLUMN currency TEXT;       -- ISO 4217 code of the deal, NULL if unknown
DROP TRIGGER versions_are_immutable;
UPDATE versions SET currency = (
    SELECT CASE WHEN json_valid(c.content) THEN
               CASE WHEN json_type(c.content, '$.currency') = 'text'
                    THEN json_extract(c.content, '$.currency') END END
    FROM version_content c WHERE c.version_id = versions.id);
CREATE TRIGGER versions_are_immutable BEFORE UPDATE ON versions
BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
)sql",
    // 3 -> 4: who saved a version in a team workspace and the server's time, kept when a deal book is
    // copied from PostgreSQL into a file (db copy, db backup); NULL for versions saved in a file.
    R"sql(
ALTER TABLE versions ADD COLUMN saved_by TEXT;       -- the database role, NULL if saved in a file
ALTER TABLE versions ADD COLUMN saved_at INTEGER;    -- the server's time in ms, NULL if unknown
)sql",
};
static_assert(kMigrations.size() == kSchemaVersion, "one migration per schema version");

std::uint32_t be32(const unsigned char *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

long long fileSize(const std::string &path)
{
    struct stat st {
    };
    return ::stat(path.c_str(), &st) == 0 ? static_cast<long long>(st.st_size) : -1;
}

} // namespace

void migrate(sqlite3 *db, int from, int to)
{
    for (int v = from; v < to; ++v)
        sqlite::exec(db, kMigrations[static_cast<std::size_t>(v)],
                     "upgrading the workspace to schema version " + std::to_string(v + 1));
    sqlite::exec(db, ("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str(),
                 "marking the workspace");
    sqlite::exec(db, ("PRAGMA user_version = " + std::to_string(to)).c_str(), "recording the schema version");
}

HeaderCheck checkHeader(const std::string &path)
{
    HeaderCheck r;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        r.problem = "cannot be read";
        return r;
    }
    std::array<unsigned char, 100> h{};
    in.read(reinterpret_cast<char *>(h.data()), h.size());
    const auto got = in.gcount();
    const long long size = fileSize(path);
    if (got == 0) {
        r.problem = "is an empty file, not a GPU Deal Studio workspace";
        return r;
    }
    static constexpr char kMagic[] = "SQLite format 3";
    if (got < 100 || !std::equal(std::begin(kMagic), std::end(kMagic), h.begin())) {
        r.problem = "is not a GPU Deal Studio workspace (not an SQLite database)";
        return r;
    }
    const std::uint32_t rawPage = (std::uint32_t(h[16]) << 8) | h[17];
    const std::uint32_t pageSize = rawPage == 1 ? 65536u : rawPage;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        r.problem = "is damaged (invalid SQLite header)";
        return r;
    }
    const auto appId = static_cast<std::int32_t>(be32(&h[68]));
    r.userVersion = static_cast<int>(be32(&h[60]));
    if (appId != kApplicationId) {
        r.problem = appId == 0 ? "is an SQLite database but not a GPU Deal Studio workspace"
                               : "is another application's SQLite database, not a GPU Deal Studio workspace";
        return r;
    }
    // The in-header page count is valid when "version-valid-for" equals the change counter. A file
    // shorter than that is a truncated copy, unless a write-ahead log still holds the newest pages.
    const std::uint32_t pages = be32(&h[28]);
    if (pages > 0 && be32(&h[92]) == be32(&h[24]) && size >= 0 &&
        static_cast<unsigned long long>(size) < static_cast<unsigned long long>(pages) * pageSize &&
        fileSize(path + "-wal") <= 0) {
        r.problem = "is truncated (the header promises " +
                    std::to_string(static_cast<unsigned long long>(pages) * pageSize) +
                    " bytes, the file has " + std::to_string(size) + "); it is not a usable workspace";
        return r;
    }
    if (r.userVersion > kSchemaVersion) {
        r.newerSchema = true;
        r.problem = "was written by a newer version of GPU Deal Studio (schema " +
                    std::to_string(r.userVersion) + "; this version reads up to " +
                    std::to_string(kSchemaVersion) + "). Open it with that version or newer";
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace gds::schema
