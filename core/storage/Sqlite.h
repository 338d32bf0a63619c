// A thin RAII layer over the SQLite C API for the workspace: a connection handle, prepared statements
// with bound parameters only (no SQL is ever assembled from data), and a transaction scope guard that
// commits explicitly or rolls back in its destructor. Every failure becomes a WorkspaceError with a
// readable message. Internal to gds_storage: nothing outside core/storage includes sqlite3.h.
#pragma once

#include "storage/WorkspaceError.h"

#include <cstdint>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace gds::sqlite {

// Throws the WorkspaceError that matches an SQLite result code (busy, I/O, corrupt, constraint...).
[[noreturn]] void fail(sqlite3 *db, int rc, std::string_view doing);

// Runs SQL that takes no parameters and returns no rows (schema statements, PRAGMAs that set).
void exec(sqlite3 *db, const char *sql, std::string_view doing);

class Statement
{
public:
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Parameters are 1-based, as in SQLite. Text is copied (SQLITE_TRANSIENT) with its exact length,
    // so embedded NUL bytes and any UTF-8 survive unchanged.
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, const std::optional<std::int64_t> &value);
    Statement &bindNull(int index);

    bool step();  // true: a row is available; false: done. Throws on error.
    void run();   // steps to the end, ignoring rows
    void reset(); // for reuse with new bindings

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    std::string text(int column) const;
    std::string_view textView(int column) const; // valid until the next step/reset
    std::optional<std::int64_t> optInt64(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// One-row, one-column query helper (e.g. PRAGMA user_version).
std::int64_t queryInt(sqlite3 *db, const char *sql);

// BEGIN IMMEDIATE for writes (takes the write lock up front, so a second writer waits for the busy
// timeout instead of deadlocking on a lock upgrade); a plain BEGIN for consistent multi-statement reads.
class Transaction
{
public:
    enum class Kind { Read, Write };
    Transaction(sqlite3 *db, Kind kind);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    sqlite3 *m_db;
    bool m_open = false;
};

} // namespace gds::sqlite
