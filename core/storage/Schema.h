// The workspace schema: its version lives in code (kSchemaVersion, stored as PRAGMA user_version) and
// every step from an earlier version is an explicit, tested migration. Internal to gds_storage (and its
// tests, which build old-version files to migrate).
#pragma once

#include <cstdint>
#include <sqlite3.h>
#include <string>

namespace gds::schema {

// PRAGMA application_id of every workspace: "GDSW". A file with another id is refused untouched.
inline constexpr std::int32_t kApplicationId = 0x47445357;

// Version 1: deals, immutable versions (content in its own table), scenarios.
// Version 2: the bin (deals.deleted_at; names unique among live deals only) and working copies.
// Version 3: versions.currency (the deal's currency code, for listings).
// Version 4: versions.saved_by and saved_at (a team workspace's author and server time, kept by db copy).
inline constexpr int kSchemaVersion = 4;

// Applies the migrations from `from` (0 = an empty database) up to `to`, inside the caller's write
// transaction, and sets user_version (and the application id). Throws WorkspaceError on failure.
void migrate(sqlite3 *db, int from, int to);

// What the first 100 bytes of a file say, read with plain file I/O before SQLite ever opens it.
struct HeaderCheck {
    bool ok = false;
    bool newerSchema = false; // refused because a newer GPU Deal Studio wrote it
    std::string problem;      // why it is refused, when !ok
    int userVersion = 0;      // as the main file's header records it (a WAL file may hold a newer state)
};

// Refuses (without writing anything) an empty file, a file shorter than the SQLite header, a file
// without the SQLite magic, another application's database, a file shorter than its header says
// (a truncated copy) and a workspace of a newer schema.
HeaderCheck checkHeader(const std::string &path);

} // namespace gds::schema
