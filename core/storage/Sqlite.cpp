#include "storage/Sqlite.h"

namespace gds::sqlite {

void fail(sqlite3 *db, int rc, std::string_view doing)
{
    using Kind = WorkspaceError::Kind;
    const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const std::string what = std::string(doing) + ": ";
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw WorkspaceError(Kind::Busy, what + "the workspace is busy (another program is writing to it); "
                                                "try again in a moment");
    case SQLITE_NOTADB:
        throw WorkspaceError(Kind::NotAWorkspace, what + "the file is not a workspace (" + detail + ")");
    case SQLITE_CORRUPT:
        throw WorkspaceError(Kind::Io, what + "the workspace is damaged (" + detail +
                                           "); restore it from a backup (gpudeal-cli db backup)");
    case SQLITE_FULL:
        throw WorkspaceError(Kind::Io, what + "the disk is full; nothing was saved");
    case SQLITE_READONLY:
        throw WorkspaceError(Kind::Io, what + "the workspace cannot be written (" + detail + ")");
    case SQLITE_CONSTRAINT:
        throw WorkspaceError(Kind::Conflict, what + detail);
    default:
        throw WorkspaceError(Kind::Io, what + detail);
    }
}

void exec(sqlite3 *db, const char *sql, std::string_view doing)
{
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc, doing);
}

Statement::Statement(sqlite3 *db, std::string_view sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc, "preparing a query");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(m_db, rc, "binding a value");
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    // A non-null pointer even for empty text, so that '' is stored and not NULL.
    const int rc = sqlite3_bind_text64(m_stmt, index, text.empty() ? "" : text.data(), text.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        fail(m_db, rc, "binding a value");
    return *this;
}

Statement &Statement::bind(int index, const std::optional<std::int64_t> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        fail(m_db, rc, "binding a value");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db, rc, "running a query");
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string_view Statement::textView(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string_view(p, static_cast<std::size_t>(n)) : std::string_view();
}

std::string Statement::text(int column) const
{
    return std::string(textView(column));
}

std::optional<std::int64_t> Statement::optInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::int64_t queryInt(sqlite3 *db, const char *sql)
{
    Statement s(db, sql);
    if (!s.step())
        throw WorkspaceError(WorkspaceError::Kind::Io, std::string("no answer to: ") + sql);
    return s.int64(0);
}

Transaction::Transaction(sqlite3 *db, Kind kind) : m_db(db)
{
    exec(m_db, kind == Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN", "starting a transaction");
    m_open = true;
}

Transaction::~Transaction()
{
    // Rolling back cannot usefully fail here; if it does, SQLite has already rolled back (e.g. after an
    // I/O error) and the connection is in autocommit mode again.
    if (m_open && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    exec(m_db, "COMMIT", "saving");
    m_open = false;
}

} // namespace gds::sqlite
