// A thin RAII layer over libpq for the team workspace, the counterpart of Sqlite.h: a
// connection, statements with bound parameters only (no SQL is ever assembled from data), results
// read by row and column, and a transaction scope guard that commits explicitly or rolls back in its
// destructor. Every failure becomes a WorkspaceError whose kind follows the server's SQLSTATE.
// Internal to gds_storage: nothing outside core/storage includes libpq-fe.h.
#pragma once

#include "storage/WorkspaceError.h"

#include <cstdint>
#include <initializer_list>
#include <libpq-fe.h>
#include <optional>
#include <string>
#include <string_view>

namespace gds::pg {

// A bound parameter: text (sent as text), bytes (sent binary, for bytea columns), an integer, or NULL.
struct Param {
    std::optional<std::string> value;
    bool binary = false;

    Param(std::nullopt_t) {}
    Param(std::int64_t v) : value(std::to_string(v)) {}
    Param(int v) : value(std::to_string(v)) {}
    Param(std::string_view v) : value(std::string(v)) {}
    Param(const std::string &v) : value(v) {}
    Param(const char *v) : value(std::string(v)) {}
    Param(const std::optional<std::int64_t> &v)
    {
        if (v)
            value = std::to_string(*v);
    }
    Param(const std::optional<int> &v)
    {
        if (v)
            value = std::to_string(*v);
    }
    static Param bytes(std::string_view v)
    {
        Param p{v};
        p.binary = true;
        return p;
    }
};

class Result
{
public:
    explicit Result(PGresult *r) : m_result(r) {}
    ~Result() { PQclear(m_result); }
    Result(Result &&o) noexcept : m_result(o.m_result) { o.m_result = nullptr; }
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;
    Result &operator=(Result &&) = delete;

    int rows() const { return PQntuples(m_result); }
    std::int64_t affected() const;
    bool isNull(int row, int column) const { return PQgetisnull(m_result, row, column) != 0; }
    std::string_view textView(int row, int column) const
    {
        return {PQgetvalue(m_result, row, column),
                static_cast<std::size_t>(PQgetlength(m_result, row, column))};
    }
    std::string text(int row, int column) const { return std::string(textView(row, column)); }
    std::int64_t int64(int row, int column) const;
    std::optional<std::int64_t> optInt64(int row, int column) const;
    bool boolean(int row, int column) const { return textView(row, column) == "t"; }
    std::string bytes(int row, int column) const; // a bytea column (hex output) decoded

private:
    PGresult *m_result;
};

class Connection
{
public:
    // Connects with libpq's URI or key=value form; Io with the server's reason when it cannot (marked
    // needsPassword() when the server wants a password that was not given or not accepted). A given
    // `password` overrides the string's; a string without connect_timeout waits at most 10 s.
    explicit Connection(const std::string &url, const std::string &password = {});
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    Result exec(std::string_view sql, std::initializer_list<Param> params, std::string_view doing) const;
    void script(const char *sql, std::string_view doing) const; // several statements, no parameters
    PGconn *handle() const { return m_conn; }

private:
    void awaitConnection();

    PGconn *m_conn = nullptr;
};

// Throws the WorkspaceError that matches a failed result (SQLSTATE) or a lost connection.
[[noreturn]] void fail(PGconn *c, const PGresult *r, std::string_view doing);

class Transaction
{
public:
    enum class Kind { Read, Write };
    Transaction(const Connection &c, Kind kind);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    const Connection &m_conn;
    bool m_open = false;
};

} // namespace gds::pg
