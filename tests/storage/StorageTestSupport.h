// Shared helpers of the workspace tests: temporary folders, a stepping clock, sample deals, file
// digests and direct SQLite access (to build old or hostile files the API would never write).
#pragma once

#include "io/SampleDeal.h"
#include "model/Deal.h"
#include "storage/Workspace.h"

#include <chrono>
#include <memory>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <sqlite3.h>
#include <stdexcept>
#include <string>

namespace gds::test {

// 2026-01-05T09:00:00Z, one second later on every call: every timestamp is predictable.
inline Clock steppingClock(std::int64_t startSeconds = 1767603600)
{
    auto next = std::make_shared<std::int64_t>(startSeconds);
    return [next] { return TimePoint(std::chrono::seconds((*next)++)); };
}

inline TimePoint at(std::int64_t seconds)
{
    return TimePoint(std::chrono::seconds(seconds));
}

// The built-in sample deal under another name, with one input varied so that versions differ.
inline Deal dealNamed(const std::string &name, double spot = 0.0)
{
    Deal d = sampleDeal();
    d.name = name;
    if (spot > 0)
        d.market.spotPricePerGpuHour = spot;
    return d;
}

inline QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A raw SQLite connection for setting up and inspecting files behind the API's back.
class RawDb
{
public:
    explicit RawDb(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot open " + path.toStdString());
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawDb() { sqlite3_close_v2(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    void exec(const std::string &sql)
    {
        char *err = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
            const std::string msg = err ? err : "?";
            sqlite3_free(err);
            throw std::runtime_error(sql + ": " + msg);
        }
    }
    // The first column of the first row as text ("" if none).
    std::string text(const std::string &sql)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
            throw std::runtime_error(sql + ": " + sqlite3_errmsg(m_db));
        std::string out;
        if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
            out.assign(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)),
                       static_cast<std::size_t>(sqlite3_column_bytes(st, 0)));
        sqlite3_finalize(st);
        return out;
    }
    long long number(const std::string &sql)
    {
        const std::string t = text(sql);
        return t.empty() ? 0 : std::stoll(t);
    }
    sqlite3 *handle() { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace gds::test
