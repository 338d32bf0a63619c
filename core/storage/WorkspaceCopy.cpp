// Copying a whole deal book between workspaces (db copy): a file and a team workspace in
// either direction. Each backend exports its rows as a DealBook and imports one in a single
// transaction; importInto orders the inserts so that every reference holds.
#include "storage/PgWorkspace.h"
#include "storage/Sqlite.h"
#include "storage/WorkspaceImpl.h"

#include <cerrno>
#include <cstring>
#include <map>

namespace gds {

using Kind = WorkspaceError::Kind;

namespace storage_detail {

Workspace::CopyCount importInto(const DealBook &book, const BookSink &sink)
{
    Workspace::CopyCount count;
    for (const BookDeal &d : book.deals)
        if (!d.deleted)
            sink.checkName(d);
    std::map<std::int64_t, std::int64_t> deals, versions, scenarios;
    std::map<std::int64_t, const BookScenario *> pending;
    for (const BookScenario &s : book.scenarios)
        pending[s.id] = &s;
    for (const BookDeal &d : book.deals) {
        deals[d.id] = sink.insertDeal(d);
        ++count.deals;
    }
    auto bringScenario = [&](const BookScenario &s) {
        scenarios[s.id] = sink.insertScenario(s, deals.at(s.dealId), versions.at(s.baseVersionId));
        pending.erase(s.id);
        ++count.scenarios;
    };
    for (const BookVersion &v : book.versions) {
        std::optional<std::int64_t> scenario;
        if (v.scenarioId) {
            if (const auto it = pending.find(*v.scenarioId); it != pending.end())
                bringScenario(*it->second);
            scenario = scenarios.at(*v.scenarioId);
        }
        versions[v.id] = sink.insertVersion(v, deals.at(v.dealId), scenario);
        ++count.versions;
    }
    while (!pending.empty())
        bringScenario(*pending.begin()->second);
    return count;
}

} // namespace storage_detail

using namespace storage_detail;

Workspace::CopyCount Workspace::copy(const Workspace &from, Workspace &to, bool merge)
{
    if (to.readOnly())
        throw WorkspaceError(Kind::Io, "The target workspace is open read only");
    const DealBook book = from.d->exportBook();
    const std::size_t present = to.listDeals(DealFilter::All).size();
    if (present > 0 && !merge)
        throw WorkspaceError(Kind::Conflict,
                             "The target workspace '" + to.path() + "' already holds " +
                                 std::to_string(present) +
                                 " deal(s); nothing was copied (--merge adds the deals to them)");
    return to.d->importBook(book, present == 0);
}

// --- the file ----------------------------------------------------------------------------------------

DealBook SqliteWorkspace::exportBook() const
{
    sqlite::Transaction t(m_db, sqlite::Transaction::Kind::Read);
    DealBook book;
    sqlite::Statement d(
        m_db, "SELECT id, name, sponsor, tags, created_at, updated_at, deleted_at FROM deals ORDER BY id");
    while (d.step())
        book.deals.push_back(
            {d.int64(0), d.text(1), d.text(2), d.text(3), d.int64(4), d.int64(5), d.optInt64(6)});
    sqlite::Statement s(m_db,
                        "SELECT id, deal_id, base_version_id, name, created_at FROM scenarios ORDER BY id");
    while (s.step())
        book.scenarios.push_back({s.int64(0), s.int64(1), s.int64(2), s.text(3), s.int64(4)});
    sqlite::Statement v(
        m_db, "SELECT v.id, v.deal_id, v.number, v.scenario_id, v.created_at, v.note,"
              " coalesce(v.metrics, ''), coalesce(v.currency, ''), b.content, v.restored_from,"
              " v.saved_by, v.saved_at FROM versions v JOIN version_content b ON b.version_id = v.id"
              " ORDER BY v.id");
    while (v.step()) {
        BookVersion &r = book.versions.emplace_back();
        r.id = v.int64(0);
        r.dealId = v.int64(1);
        r.number = static_cast<int>(v.int64(2));
        r.scenarioId = v.optInt64(3);
        r.created = v.int64(4);
        r.note = v.text(5);
        r.metrics = v.text(6);
        r.currency = v.text(7);
        r.content = v.text(8);
        if (!v.isNull(9))
            r.restoredFrom = static_cast<int>(v.int64(9));
        if (!v.isNull(10))
            r.author = v.text(10);
        r.savedAt = v.optInt64(11);
    }
    return book;
}

Workspace::CopyCount SqliteWorkspace::importBook(const DealBook &book, bool keepIds)
{
    sqlite::Transaction t(m_db, sqlite::Transaction::Kind::Write);
    auto id = [&](sqlite::Statement &st, std::int64_t value) {
        if (keepIds)
            st.bind(1, value);
        else
            st.bindNull(1);
    };
    BookSink sink;
    sink.checkName = [&](const BookDeal &d) {
        if (const auto other = liveDealNamed(m_db, d.name))
            throw WorkspaceError(Kind::Conflict, "The target workspace already has a deal named '" + d.name +
                                                     "' (id " + std::to_string(*other) +
                                                     "); nothing was copied");
    };
    sink.insertDeal = [&](const BookDeal &d) {
        sqlite::Statement st(m_db,
                             "INSERT INTO deals (id, name, sponsor, tags, created_at, updated_at, deleted_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)");
        id(st, d.id);
        st.bind(2, d.name)
            .bind(3, d.sponsor)
            .bind(4, d.tags)
            .bind(5, d.created)
            .bind(6, d.updated)
            .bind(7, d.deleted);
        st.run();
        return sqlite3_last_insert_rowid(m_db);
    };
    sink.insertScenario = [&](const BookScenario &s, std::int64_t dealId, std::int64_t base) {
        sqlite::Statement st(m_db, "INSERT INTO scenarios (id, deal_id, name, base_version_id, created_at)"
                                   " VALUES (?, ?, ?, ?, ?)");
        id(st, s.id);
        st.bind(2, dealId).bind(3, s.name).bind(4, base).bind(5, s.created);
        st.run();
        return sqlite3_last_insert_rowid(m_db);
    };
    sink.insertVersion = [&](const BookVersion &v, std::int64_t dealId,
                             std::optional<std::int64_t> scenario) {
        sqlite::Statement st(
            m_db, "INSERT INTO versions (id, deal_id, number, scenario_id, created_at, note, metrics,"
                  " restored_from, currency, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        id(st, v.id);
        st.bind(2, dealId)
            .bind(3, std::int64_t{v.number})
            .bind(4, scenario)
            .bind(5, v.created)
            .bind(6, v.note);
        if (v.metrics.empty())
            st.bindNull(7);
        else
            st.bind(7, std::string_view(v.metrics));
        if (v.restoredFrom)
            st.bind(8, std::int64_t{*v.restoredFrom});
        else
            st.bindNull(8);
        st.bind(9, v.currency);
        if (v.author)
            st.bind(10, std::string_view(*v.author));
        else
            st.bindNull(10);
        st.bind(11, v.savedAt);
        st.run();
        const std::int64_t newId = sqlite3_last_insert_rowid(m_db);
        sqlite::Statement c(m_db, "INSERT INTO version_content (version_id, content) VALUES (?, ?)");
        c.bind(1, newId).bind(2, v.content);
        c.run();
        return newId;
    };
    const Workspace::CopyCount count = importInto(book, sink);
    t.commit();
    return count;
}

// --- the server --------------------------------------------------------------------------------------

DealBook PgWorkspace::exportBook() const
{
    pg::Transaction t(c(), pg::Transaction::Kind::Read);
    DealBook book;
    pg::Result d =
        c().exec("SELECT id, name, sponsor, tags, created_at, updated_at, deleted_at FROM deals ORDER BY id",
                 {}, "reading the deal book");
    for (int i = 0; i < d.rows(); ++i)
        book.deals.push_back({d.int64(i, 0), d.text(i, 1), d.text(i, 2), d.text(i, 3), d.int64(i, 4),
                              d.int64(i, 5), d.optInt64(i, 6)});
    pg::Result s =
        c().exec("SELECT id, deal_id, base_version_id, name, created_at FROM scenarios ORDER BY id", {},
                 "reading the deal book");
    for (int i = 0; i < s.rows(); ++i)
        book.scenarios.push_back({s.int64(i, 0), s.int64(i, 1), s.int64(i, 2), s.text(i, 3), s.int64(i, 4)});
    pg::Result v = c().exec("SELECT v.id, v.deal_id, v.number, v.scenario_id, v.created_at, v.note,"
                            " coalesce(v.metrics, ''), coalesce(v.currency, ''), b.content, v.restored_from,"
                            " v.saved_by, (extract(epoch FROM v.saved_at) * 1000)::bigint"
                            " FROM versions v JOIN version_content b ON b.version_id = v.id ORDER BY v.id",
                            {}, "reading the deal book");
    for (int i = 0; i < v.rows(); ++i) {
        BookVersion &r = book.versions.emplace_back();
        r.id = v.int64(i, 0);
        r.dealId = v.int64(i, 1);
        r.number = static_cast<int>(v.int64(i, 2));
        r.scenarioId = v.optInt64(i, 3);
        r.created = v.int64(i, 4);
        r.note = v.bytes(i, 5);
        r.metrics = v.text(i, 6);
        r.currency = v.text(i, 7);
        r.content = v.text(i, 8);
        if (!v.isNull(i, 9))
            r.restoredFrom = static_cast<int>(v.int64(i, 9));
        if (!v.isNull(i, 10))
            r.author = v.text(i, 10);
        r.savedAt = v.optInt64(i, 11);
    }
    return book;
}

Workspace::CopyCount PgWorkspace::importBook(const DealBook &book, bool keepIds)
{
    pg::Transaction t(c(), pg::Transaction::Kind::Write);
    // Authors and times come in as they were only for an owner (the trigger sets an editor's own).
    c().exec("LOCK TABLE deals IN EXCLUSIVE MODE", {}, "copying into the workspace");
    auto idParam = [&](std::int64_t id) { return keepIds ? pg::Param(id) : pg::Param(std::nullopt); };
    BookSink sink;
    sink.checkName = [&](const BookDeal &d) {
        pg::Result r = c().exec("SELECT id FROM deals WHERE name = $1 AND deleted_at IS NULL", {d.name},
                                "copying into the workspace");
        if (r.rows() > 0)
            throw WorkspaceError(Kind::Conflict, "The target workspace already has a deal named '" + d.name +
                                                     "' (id " + r.text(0, 0) + "); nothing was copied");
    };
    sink.insertDeal = [&](const BookDeal &d) {
        pg::Result r = c().exec(
            "INSERT INTO deals (id, name, sponsor, tags, created_at, updated_at, deleted_at)"
            " OVERRIDING SYSTEM VALUE VALUES (coalesce($1::bigint, nextval(pg_get_serial_sequence("
            "'deals', 'id'))), $2, $3, $4, $5, $6, $7) RETURNING id",
            {idParam(d.id), d.name, d.sponsor, d.tags, d.created, d.updated, d.deleted}, "copying a deal");
        return r.int64(0, 0);
    };
    sink.insertScenario = [&](const BookScenario &s, std::int64_t dealId, std::int64_t base) {
        pg::Result r =
            c().exec("INSERT INTO scenarios (id, deal_id, name, base_version_id, created_at)"
                     " OVERRIDING SYSTEM VALUE VALUES (coalesce($1::bigint, nextval(pg_get_serial_sequence("
                     "'scenarios', 'id'))), $2, $3, $4, $5) RETURNING id",
                     {idParam(s.id), dealId, s.name, base, s.created}, "copying a scenario");
        return r.int64(0, 0);
    };
    sink.insertVersion = [&](const BookVersion &v, std::int64_t dealId,
                             std::optional<std::int64_t> scenario) {
        pg::Result r =
            c().exec("INSERT INTO versions (id, deal_id, number, scenario_id, created_at, note, metrics, "
                     "restored_from,"
                     " currency, saved_by, saved_at) OVERRIDING SYSTEM VALUE VALUES (coalesce($1::bigint,"
                     " nextval(pg_get_serial_sequence('versions', 'id'))), $2, $3, $4, $5, $6, $7, $8, $9,"
                     " coalesce($10, ''), to_timestamp($11::bigint / 1000.0)) RETURNING id",
                     {idParam(v.id), dealId, v.number, scenario, v.created, pg::Param::bytes(v.note),
                      v.metrics.empty() ? pg::Param(std::nullopt) : pg::Param(v.metrics), v.restoredFrom,
                      v.currency, v.author ? pg::Param(*v.author) : pg::Param(std::nullopt), v.savedAt},
                     "copying a version");
        const std::int64_t id = r.int64(0, 0);
        c().exec("INSERT INTO version_content (version_id, content) VALUES ($1, $2)", {id, v.content},
                 "copying a version");
        return id;
    };
    const Workspace::CopyCount count = importInto(book, sink);
    for (const char *table : {"deals", "scenarios", "versions"}) {
        std::string sql = "SELECT setval(pg_get_serial_sequence('";
        sql += table;
        sql += "', 'id'), coalesce((SELECT max(id) FROM ";
        sql += table;
        sql += "), 0) + 1, false)";
        c().exec(sql, {}, "copying into the workspace");
    }
    t.commit();
    return count;
}

void PgWorkspace::backup(const std::string &toPath) const
{
    if (toPath.empty())
        throw WorkspaceError(Kind::Invalid, "No backup file given");
    if (Workspace::isServerUrl(toPath))
        throw WorkspaceError(Kind::Invalid, "A backup is a new workspace file; use db copy between servers");
    if (fileExists(toPath))
        throw WorkspaceError(Kind::Conflict,
                             "The file '" + toPath + "' exists already; a backup never overwrites a file");
    const DealBook book = exportBook();
    const std::string tmp = toPath + ".partial-" + uniqueSuffix();
    try {
        Workspace file = Workspace::open(tmp, clock);
        Workspace::Impl &impl = file.backend();
        impl.importBook(book, true);
    } catch (...) {
        removeDatabaseFiles(tmp);
        throw;
    }
    if (!renameNoReplace(tmp, toPath)) {
        const int err = errno;
        removeDatabaseFiles(tmp);
        throw WorkspaceError(err == EEXIST ? Kind::Conflict : Kind::Io,
                             "The backup to '" + toPath + "' failed: " + std::strerror(err));
    }
}

} // namespace gds
