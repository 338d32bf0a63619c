#include "storage/Pg.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <poll.h>
#include <vector>

namespace gds::pg {

using Kind = WorkspaceError::Kind;

namespace {

std::string firstLine(const char *msg)
{
    std::string s = msg ? msg : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

void fail(PGconn *c, const PGresult *r, std::string_view doing)
{
    std::string what = "The team workspace failed ";
    what += doing;
    what += ": ";
    if (PQstatus(c) != CONNECTION_OK || !r) {
        what += "the server is unreachable (";
        what += firstLine(PQerrorMessage(c));
        what += ")";
        throw WorkspaceError(Kind::Io, what);
    }
    const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    const std::string code = state ? state : "";
    what += firstLine(PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY));
    if (code == "23505")
        throw WorkspaceError(Kind::Conflict, what);
    if (code == "42501") {
        what += " (the server refused: this database role may not write the workspace)";
        throw WorkspaceError(Kind::Io, what);
    }
    if (code == "40001" || code == "40P01" || code == "55P03" || code == "57014")
        throw WorkspaceError(Kind::Busy, what);
    if (code.starts_with("08") || code.starts_with("57P"))
        throw WorkspaceError(Kind::Io, what + " (the server is unreachable)");
    throw WorkspaceError(Kind::Io, what);
}

namespace {
// A failed command throws (fail()) after freeing its result.
void throwIfFailed(PGconn *c, PGresult *r, std::string_view doing)
{
    if (PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK)
        return;
    try {
        fail(c, r, doing);
    } catch (...) {
        PQclear(r);
        throw;
    }
}
} // namespace

std::int64_t Result::affected() const
{
    const char *n = PQcmdTuples(m_result);
    return n && *n ? std::stoll(n) : 0;
}

std::int64_t Result::int64(int row, int column) const
{
    const std::string_view t = textView(row, column);
    std::int64_t v = 0;
    std::from_chars(t.data(), t.data() + t.size(), v);
    return v;
}

std::optional<std::int64_t> Result::optInt64(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return int64(row, column);
}

std::string Result::bytes(int row, int column) const
{
    const std::string_view t = textView(row, column);
    std::string out;
    if (t.size() < 2 || t[0] != '\\' || t[1] != 'x')
        return out;
    out.reserve((t.size() - 2) / 2);
    for (std::size_t i = 2; i + 1 < t.size(); i += 2)
        out += static_cast<char>(hexValue(t[i]) * 16 + hexValue(t[i + 1]));
    return out;
}

Connection::Connection(const std::string &url, const std::string &password)
{
    std::vector<const char *> keys = {"dbname"};
    std::vector<const char *> values = {url.c_str()};
    if (!password.empty()) {
        keys.push_back("password");
        values.push_back(password.c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    // Started and polled here rather than by PQconnectdbParams, so that notices are silenced before the
    // server says anything: a backend that reports the server's crash right after its ReadyForQuery
    // hands libpq an error while the connection is idle, which libpq passes to the notice processor
    // (by default: printed on stderr, before the CLI's own message).
    m_conn = PQconnectStartParams(keys.data(), values.data(), 1);
    if (m_conn) {
        PQsetNoticeProcessor(
            m_conn, [](void *, const char *) {}, nullptr);
        awaitConnection();
    }
    if (PQstatus(m_conn) != CONNECTION_OK) {
        std::string msg = "Cannot connect to the team workspace: ";
        msg += firstLine(PQerrorMessage(m_conn));
        // No password given where one is wanted, or the one given refused (the server said so).
        const bool needsPassword =
            PQconnectionNeedsPassword(m_conn) ||
            (PQconnectionUsedPassword(m_conn) && msg.find("password") != std::string::npos);
        PQfinish(m_conn);
        m_conn = nullptr;
        WorkspaceError error(Kind::Io, msg);
        error.setNeedsPassword(needsPassword);
        throw error;
    }
}

// PQconnectPoll until the connection is made or fails, within the string's connect_timeout (libpq
// leaves a polled connection's timeout to its caller; at least 2 s as libpq reads it) or else 10 s.
void Connection::awaitConnection()
{
    int seconds = 10;
    if (PQconninfoOption *options = PQconninfo(m_conn)) {
        for (const PQconninfoOption *o = options; o->keyword; ++o)
            if (std::string_view(o->keyword) == "connect_timeout" && o->val && *o->val)
                if (const int given = std::atoi(o->val); given > 0)
                    seconds = std::max(given, 2);
        PQconninfoFree(options);
    }
    using Clock = std::chrono::steady_clock;
    const Clock::time_point deadline = Clock::now() + std::chrono::seconds(seconds);
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (PQstatus(m_conn) != CONNECTION_BAD && state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        pollfd fd{PQsocket(m_conn), short(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        const int ready = left > 0 ? ::poll(&fd, 1, int(left)) : 0;
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            PQfinish(m_conn);
            m_conn = nullptr;
            throw WorkspaceError(Kind::Io, "Cannot connect to the team workspace: timeout expired");
        }
        state = PQconnectPoll(m_conn);
    }
}

Connection::~Connection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result Connection::exec(std::string_view sql, std::initializer_list<Param> params,
                        std::string_view doing) const
{
    std::vector<const char *> values;
    std::vector<int> lengths, formats;
    for (const Param &p : params) {
        values.push_back(p.value ? p.value->data() : nullptr);
        lengths.push_back(p.value ? static_cast<int>(p.value->size()) : 0);
        formats.push_back(p.binary ? 1 : 0);
    }
    const std::string q(sql);
    PGresult *r = PQexecParams(m_conn, q.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                               lengths.data(), formats.data(), 0);
    throwIfFailed(m_conn, r, doing);
    return Result(r);
}

void Connection::script(const char *sql, std::string_view doing) const
{
    PGresult *r = PQexec(m_conn, sql);
    throwIfFailed(m_conn, r, doing);
    PQclear(r);
}

Transaction::Transaction(const Connection &c, Kind kind) : m_conn(c)
{
    // Writers serialize on the rows they lock (FOR UPDATE); readers see one snapshot.
    m_conn.script(kind == Kind::Write ? "BEGIN ISOLATION LEVEL READ COMMITTED"
                                      : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
                  "starting a transaction");
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        PQclear(PQexec(m_conn.handle(), "ROLLBACK"));
}

void Transaction::commit()
{
    // A COMMIT whose answer never arrives (the connection dropped) is reported as a failure; the
    // server then either committed it or not, and a caller that retries sees which (the version is
    // there or not), never half of it.
    m_conn.script("COMMIT", "committing");
    m_open = false;
}

} // namespace gds::pg
