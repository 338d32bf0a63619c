// Scenarios, the bin and working copies. Every write is one IMMEDIATE transaction (all or nothing);
// every value reaches SQL as a bound parameter.
#include "io/DealJson.h"
#include "storage/Sqlite.h"
#include "storage/WorkspaceImpl.h"

namespace gds {

using Kind = WorkspaceError::Kind;
using sqlite::Statement;
using sqlite::Transaction;
using namespace storage_detail;

// --- scenarios ---------------------------------------------------------------------------------------

Scenario SqliteWorkspace::createScenario(std::int64_t dealId, const std::string &name,
                                         std::optional<int> baseVersion)
{
    requireText("The scenario name", name, false);
    sqlite3 *db = m_db;
    Transaction t(db, Transaction::Kind::Write);
    requireLiveDeal(db, dealId);
    Statement exists(db, "SELECT 1 FROM scenarios WHERE deal_id = ? AND name = ?");
    exists.bind(1, dealId).bind(2, name);
    if (exists.step())
        throw WorkspaceError(Kind::Conflict, "The deal already has a scenario named '" + name + "'");
    Statement base(
        db, baseVersion ? "SELECT id, number FROM versions WHERE deal_id = ? AND number = ?"
                        : "SELECT id, number FROM versions WHERE deal_id = ? ORDER BY number DESC LIMIT 1");
    base.bind(1, dealId);
    if (baseVersion)
        base.bind(2, std::int64_t{*baseVersion});
    if (!base.step())
        noVersion(dealId, baseVersion);
    Scenario sc;
    sc.dealId = dealId;
    sc.name = name;
    sc.baseVersion = static_cast<int>(base.int64(1));
    const std::int64_t now = nowMs();
    sc.created = fromMs(now);
    Statement ins(db,
                  "INSERT INTO scenarios (deal_id, name, base_version_id, created_at) VALUES (?, ?, ?, ?)");
    ins.bind(1, dealId).bind(2, name).bind(3, base.int64(0)).bind(4, now);
    ins.run();
    sc.id = sqlite3_last_insert_rowid(db);
    Statement touch(db, "UPDATE deals SET updated_at = ? WHERE id = ?");
    touch.bind(1, now).bind(2, dealId);
    touch.run();
    t.commit();
    return sc;
}

std::vector<Scenario> SqliteWorkspace::listScenarios(std::int64_t dealId) const
{
    Transaction t(m_db, Transaction::Kind::Read);
    if (!dealState(m_db, dealId))
        noDeal(dealId);
    Statement s(m_db, "SELECT sc.id, sc.name, v.number, sc.created_at,"
                      " (SELECT count(*) FROM versions c WHERE c.scenario_id = sc.id)"
                      " FROM scenarios sc JOIN versions v ON v.id = sc.base_version_id"
                      " WHERE sc.deal_id = ? ORDER BY sc.id");
    s.bind(1, dealId);
    std::vector<Scenario> out;
    while (s.step()) {
        Scenario &sc = out.emplace_back();
        sc.id = s.int64(0);
        sc.dealId = dealId;
        sc.name = s.text(1);
        sc.baseVersion = static_cast<int>(s.int64(2));
        sc.created = fromMs(s.int64(3));
        sc.versionCount = static_cast<int>(s.int64(4));
    }
    return out;
}

// --- the bin -----------------------------------------------------------------------------------------

void SqliteWorkspace::softDelete(std::int64_t dealId)
{
    Transaction t(m_db, Transaction::Kind::Write);
    const auto state = dealState(m_db, dealId);
    if (!state)
        noDeal(dealId);
    if (state->deleted)
        return; // already in the bin
    const std::int64_t now = nowMs();
    Statement s(m_db, "UPDATE deals SET deleted_at = ?, updated_at = ? WHERE id = ?");
    s.bind(1, now).bind(2, now).bind(3, dealId);
    s.run();
    t.commit();
}

void SqliteWorkspace::restoreDeleted(std::int64_t dealId)
{
    Transaction t(m_db, Transaction::Kind::Write);
    const auto state = dealState(m_db, dealId);
    if (!state)
        noDeal(dealId);
    if (!state->deleted)
        return;
    if (const auto other = liveDealNamed(m_db, state->name))
        throw WorkspaceError(Kind::Conflict, "Another deal is named '" + state->name + "' now (id " +
                                                 std::to_string(*other) +
                                                 "); rename it before restoring this one from the bin");
    Statement s(m_db, "UPDATE deals SET deleted_at = NULL, updated_at = ? WHERE id = ?");
    s.bind(1, nowMs()).bind(2, dealId);
    s.run();
    t.commit();
}

int SqliteWorkspace::emptyBin()
{
    Transaction t(m_db, Transaction::Kind::Write);
    // Versions, their bodies, scenarios and working copies go with their deal (ON DELETE CASCADE).
    sqlite::exec(m_db, "DELETE FROM deals WHERE deleted_at IS NOT NULL", "emptying the bin");
    const int removed = sqlite3_changes(m_db);
    t.commit();
    return removed;
}

// --- working copies ----------------------------------------------------------------------------------

void SqliteWorkspace::saveWorkingCopy(std::int64_t dealId, const Deal &deal, std::optional<int> baseVersion)
{
    const std::string content = serialize(deal); // an invalid deal is kept too: it is work in progress
    Transaction t(m_db, Transaction::Kind::Write);
    if (!dealState(m_db, dealId))
        noDeal(dealId);
    Statement s(m_db,
                "INSERT INTO working_copies (deal_id, saved_at, base_number, content) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (deal_id) DO UPDATE SET saved_at = excluded.saved_at,"
                " base_number = excluded.base_number, content = excluded.content");
    s.bind(1, dealId).bind(2, nowMs());
    if (baseVersion)
        s.bind(3, std::int64_t{*baseVersion});
    else
        s.bindNull(3);
    s.bind(4, content);
    s.run();
    t.commit();
}

std::optional<WorkingCopy> SqliteWorkspace::loadWorkingCopy(std::int64_t dealId) const
{
    Transaction t(m_db, Transaction::Kind::Read);
    if (!dealState(m_db, dealId))
        noDeal(dealId);
    Statement s(m_db, "SELECT saved_at, base_number, content FROM working_copies WHERE deal_id = ?");
    s.bind(1, dealId);
    if (!s.step())
        return std::nullopt;
    WorkingCopy w;
    w.dealId = dealId;
    w.saved = fromMs(s.int64(0));
    if (!s.isNull(1))
        w.baseVersion = static_cast<int>(s.int64(1));
    w.content = s.text(2);
    DealReadResult r = readDeal(w.content);
    w.deal = std::move(r.deal);
    w.issues = std::move(r.issues);
    return w;
}

void SqliteWorkspace::clearWorkingCopy(std::int64_t dealId)
{
    Transaction t(m_db, Transaction::Kind::Write);
    Statement s(m_db, "DELETE FROM working_copies WHERE deal_id = ?");
    s.bind(1, dealId);
    s.run();
    t.commit();
}

} // namespace gds
