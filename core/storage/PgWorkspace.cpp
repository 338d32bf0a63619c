// The team workspace on PostgreSQL: the operations of WorkspaceDeals.cpp and
// WorkspaceScenarios.cpp in PostgreSQL's dialect. Every write is one transaction (all or nothing);
// writers of one deal serialize on its row (SELECT ... FOR UPDATE), creators of one name on an
// advisory lock, so a version number is never taken twice and a stale save is refused, never layered.
// Every value reaches SQL as a bound parameter.
#include "storage/PgWorkspace.h"

#include "io/DealJson.h"
#include "model/Validation.h"
#include "storage/PgSchema.h"
#include "storage/Schema.h"

#include <algorithm>
#include <cstdlib>

namespace gds {

using Kind = WorkspaceError::Kind;
using pg::Param;
using PgResult = pg::Result;
using pg::Transaction;
using namespace storage_detail;

namespace {

constexpr const char *kVersionColumns =
    "SELECT v.id, v.deal_id, v.number, v.created_at, v.note, v.scenario_id, coalesce(s.name, ''),"
    " v.restored_from, v.metrics, coalesce(v.currency, ''), v.saved_by,"
    " (extract(epoch FROM v.saved_at) * 1000)::bigint"
    " FROM versions v LEFT JOIN scenarios s ON s.id = v.scenario_id ";

VersionInfo readVersionRow(const PgResult &r, int i)
{
    VersionInfo v;
    v.id = r.int64(i, 0);
    v.dealId = r.int64(i, 1);
    v.number = static_cast<int>(r.int64(i, 2));
    v.created = fromMs(r.int64(i, 3));
    v.note = r.bytes(i, 4);
    v.scenarioId = r.optInt64(i, 5);
    v.scenario = r.text(i, 6);
    if (!r.isNull(i, 7))
        v.restoredFrom = static_cast<int>(r.int64(i, 7));
    v.metrics = decodeMetrics(r.textView(i, 8));
    v.currency = r.text(i, 9);
    v.author = r.text(i, 10);
    if (!r.isNull(i, 11))
        v.savedAt = fromMs(r.int64(i, 11));
    return v;
}

std::optional<DealState> dealStatePg(const pg::Connection &c, std::int64_t dealId, bool lock = false)
{
    PgResult r = c.exec(lock ? "SELECT name, deleted_at IS NOT NULL FROM deals WHERE id = $1 FOR UPDATE"
                             : "SELECT name, deleted_at IS NOT NULL FROM deals WHERE id = $1",
                        {dealId}, "reading a deal");
    if (r.rows() == 0)
        return std::nullopt;
    return DealState{r.text(0, 0), r.boolean(0, 1)};
}

void requireLive(const std::optional<DealState> &state, std::int64_t dealId)
{
    if (!state)
        noDeal(dealId);
    if (state->deleted)
        throw WorkspaceError(Kind::Conflict, "The deal '" + state->name + "' (id " + std::to_string(dealId) +
                                                 ") is in the bin; restore it first");
}

std::optional<std::int64_t> liveDealNamedPg(const pg::Connection &c, const std::string &name)
{
    PgResult r =
        c.exec("SELECT id FROM deals WHERE name = $1 AND deleted_at IS NULL", {name}, "finding a deal");
    if (r.rows() == 0)
        return std::nullopt;
    return r.int64(0, 0);
}

void requireNameFree(const pg::Connection &c, const std::string &name, std::int64_t exceptDeal)
{
    const auto other = liveDealNamedPg(c, name);
    if (other && *other != exceptDeal)
        throw WorkspaceError(Kind::Conflict, "Another deal is already named '" + name + "' (id " +
                                                 std::to_string(*other) + "); choose another name");
}

// Serializes whoever creates or renames a deal to `name` (released at the end of the transaction).
void lockName(const pg::Connection &c, const std::string &name)
{
    c.exec("SELECT pg_advisory_xact_lock(hashtext($1))", {name}, "waiting for the deal's name");
}

// Tells listeners (other windows) that a deal changed; delivered when the transaction commits.
void notifyChanged(const pg::Connection &c, std::int64_t dealId)
{
    c.exec("SELECT pg_notify('gpudeal_changes', $1)", {std::to_string(dealId)}, "announcing the change");
}

void recordEvent(const pg::Connection &c, std::int64_t dealId, const char *action)
{
    c.exec("INSERT INTO deal_events (deal_id, action) VALUES ($1, $2)", {dealId, action},
           "recording the change");
}

int lineLatestPg(const pg::Connection &c, std::int64_t dealId, std::optional<std::int64_t> scenarioId)
{
    if (!dealStatePg(c, dealId))
        noDeal(dealId);
    if (scenarioId) {
        PgResult r = c.exec("SELECT coalesce((SELECT max(number) FROM versions WHERE scenario_id = sc.id),"
                            " (SELECT number FROM versions WHERE id = sc.base_version_id))"
                            " FROM scenarios sc WHERE sc.id = $1 AND sc.deal_id = $2",
                            {*scenarioId, dealId}, "reading a scenario");
        if (r.rows() == 0)
            throw WorkspaceError(Kind::NotFound, "Deal " + std::to_string(dealId) +
                                                     " has no scenario with id " +
                                                     std::to_string(*scenarioId));
        return static_cast<int>(r.int64(0, 0));
    }
    PgResult r = c.exec("SELECT max(number) FROM versions WHERE deal_id = $1 AND scenario_id IS NULL",
                        {dealId}, "reading a deal's versions");
    if (r.isNull(0, 0))
        throw WorkspaceError(Kind::NotFound, "Deal " + std::to_string(dealId) + " has no versions");
    return static_cast<int>(r.int64(0, 0));
}

struct Inserted {
    std::int64_t id = 0;
    int number = 0;
    std::string author;
    TimePoint savedAt;
};

// Adds the deal's next version (its number, row and document), updates the deal's name, sponsor and
// time and announces the change, in one statement (one round trip instead of five). The caller holds
// the deal's row lock (FOR UPDATE), so the number is the deal's next one; the document's row refers to
// the version's, and both commit or neither.
Inserted writeVersion(const pg::Connection &c, const NewVersion &v, const Deal &content, std::int64_t now)
{
    PgResult r =
        c.exec("WITH n AS (SELECT coalesce(max(number), 0) + 1 AS number FROM versions WHERE deal_id = $1),"
               " v AS (INSERT INTO versions (deal_id, number, scenario_id, created_at, note, metrics,"
               " restored_from, currency) SELECT $1, n.number, $2, $3, $4, $5, $6, $7 FROM n"
               " RETURNING id, number, saved_by, (extract(epoch FROM saved_at) * 1000)::bigint AS saved_ms),"
               " b AS (INSERT INTO version_content (version_id, content) SELECT id, $8 FROM v),"
               " d AS (UPDATE deals SET name = $9, sponsor = $10, updated_at = $3 WHERE id = $1)"
               " SELECT v.id, v.number, v.saved_by, v.saved_ms, pg_notify('gpudeal_changes', $11) FROM v",
               {v.dealId, v.scenarioId, now, Param::bytes(v.note),
                v.metrics.empty() ? Param(std::nullopt) : Param(v.metrics), v.restoredFrom, v.currency,
                v.content, content.name, content.sponsor, std::to_string(v.dealId)},
               "saving a version");
    // saved_by and saved_at are an editor's: never NULL
    return {r.int64(0, 0), static_cast<int>(r.int64(0, 1)), r.text(0, 2), fromMs(r.int64(0, 3))};
}

// One statement (the listing budget: 10,000 deals in 100 ms, README "Benchmarks"). The counts come from one
// grouped pass over versions (an index-only scan of versions_by_line) and scenarios, joined, not from a
// correlated subquery per deal; the newest main-line version's row is then one index lookup per deal
// (LIMIT keeps the planner from turning it into a scan of every version's row, which cost twice as
// much with 10 versions a deal). Before, with two subqueries per deal (and the JIT compilation their
// cost estimate triggered), 10,000 deals took 250-380 ms on the server alone. For one deal
// (`d.id = $1`) the planner pushes the id into the grouped subqueries: a few index lookups.
std::vector<DealSummary> queryDeals(const pg::Connection &c, const char *where,
                                    std::optional<std::int64_t> dealId)
{
    std::string sql =
        "SELECT d.id, d.name, d.sponsor, d.tags, d.created_at, d.updated_at, d.deleted_at,"
        " coalesce(pv.n, 0), pv.latest, lv.metrics, coalesce(lv.currency, ''), coalesce(ps.n, 0),"
        " wc.deal_id IS NOT NULL"
        " FROM deals d"
        " LEFT JOIN (SELECT deal_id, count(*) AS n, max(number) FILTER (WHERE scenario_id IS NULL) AS latest"
        " FROM versions GROUP BY deal_id) pv ON pv.deal_id = d.id"
        " LEFT JOIN LATERAL (SELECT m.metrics, m.currency FROM versions m"
        " WHERE m.deal_id = d.id AND m.number = pv.latest LIMIT 1) lv ON true"
        " LEFT JOIN (SELECT deal_id, count(*) AS n FROM scenarios GROUP BY deal_id) ps ON ps.deal_id = d.id"
        " LEFT JOIN working_copies wc ON wc.deal_id = d.id AND wc.owner = current_user"
        " WHERE ";
    sql += where;
    sql += " ORDER BY d.id";
    PgResult r = dealId ? c.exec(sql, {*dealId}, "listing deals") : c.exec(sql, {}, "listing deals");
    std::vector<DealSummary> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) {
        DealSummary &s = out.emplace_back();
        s.id = r.int64(i, 0);
        s.name = r.text(i, 1);
        s.sponsor = r.text(i, 2);
        s.tags = decodeTags(r.textView(i, 3));
        s.created = fromMs(r.int64(i, 4));
        s.updated = fromMs(r.int64(i, 5));
        if (!r.isNull(i, 6)) {
            s.deleted = true;
            s.deletedAt = fromMs(r.int64(i, 6));
        }
        s.versionCount = static_cast<int>(r.int64(i, 7));
        s.latestVersion = static_cast<int>(r.int64(i, 8));
        s.metrics = decodeMetrics(r.textView(i, 9));
        s.currency = r.text(i, 10);
        s.scenarioCount = static_cast<int>(r.int64(i, 11));
        s.hasWorkingCopy = r.boolean(i, 12);
    }
    return out;
}

// The connection string as messages show it: a password given in it (user:PASSWORD@ or password=)
// becomes "***", so that an error on the terminal or in a log does not spell it.
std::string shown(const std::string &url)
{
    std::string out = url;
    const std::size_t scheme = out.find("://");
    if (scheme != std::string::npos) {
        const std::size_t start = scheme + 3;
        const std::size_t at = out.find('@', start);
        const std::size_t slash = out.find('/', start);
        if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
            const std::size_t colon = out.find(':', start);
            if (colon != std::string::npos && colon < at)
                out.replace(colon + 1, at - colon - 1, "***");
        }
    }
    for (std::size_t pos = out.find("password="); pos != std::string::npos;
         pos = out.find("password=", pos + 1)) {
        const std::size_t value = pos + 9;
        std::size_t end = out.find_first_of("& ", value);
        if (end == std::string::npos)
            end = out.size();
        out.replace(value, end - value, "***");
    }
    return out;
}

std::string missingWorkspace(const std::string &url)
{
    std::string msg = "The database '";
    msg += shown(url);
    msg += "' holds no GPU Deal Studio workspace yet; a superuser or the database's owner creates it with "
           "'gpudeal-cli db init-server URL'";
    return msg;
}

} // namespace

// --- opening -----------------------------------------------------------------------------------------

std::unique_ptr<PgWorkspace> PgWorkspace::open(const std::string &url, Clock clock,
                                               const OpenOptions &options)
{
    auto ws = std::make_unique<PgWorkspace>();
    ws->url = url;
    ws->clock = std::move(clock);
    ws->openOptions = options;
    ws->conn = std::make_unique<pg::Connection>(url, options.password);
    const pg::Connection &c = *ws->conn;
    // No JIT: the workspace's statements are short, and compiling them cost more than it saved (30 ms
    // of the listing of 10,000 deals before it was set-based).
    c.exec("SELECT set_config('lock_timeout', $1, false), set_config('jit', 'off', false)",
           {std::to_string(options.busyTimeout.count())}, "configuring the connection");
    if (options.readOnly)
        c.script("SET default_transaction_read_only = on", "configuring the connection");
    const std::optional<int> version = pgschema::version(c);
    const std::string shownUrl = shown(url);
    if (!version)
        throw WorkspaceError(Kind::NotAWorkspace, missingWorkspace(url));
    if (*version > schema::kSchemaVersion)
        throw WorkspaceError(Kind::NewerSchema, "The team workspace '" + shownUrl +
                                                    "' was written by a newer version of GPU Deal Studio"
                                                    " (schema " +
                                                    std::to_string(*version) + "; this version reads up to " +
                                                    std::to_string(schema::kSchemaVersion) +
                                                    "). It was not changed; use that version or newer");
    if (*version < schema::kSchemaVersion) {
        if (options.readOnly)
            throw WorkspaceError(Kind::Io, "The team workspace '" + shownUrl + "' has an older schema (" +
                                               std::to_string(*version) +
                                               "); open it once for writing to migrate it");
        Transaction t(c, Transaction::Kind::Write);
        c.exec("SELECT pg_advisory_xact_lock(4701)", {}, "migrating the workspace schema");
        const int now = pgschema::version(c).value_or(0);
        if (now < schema::kSchemaVersion)
            pgschema::migrate(c, now, schema::kSchemaVersion);
        t.commit();
    }
    ws->version = schema::kSchemaVersion;
    ws->m_mayWrite = !options.readOnly && c.exec("SELECT has_table_privilege('versions', 'INSERT')", {},
                                                 "reading the role's rights")
                                              .boolean(0, 0);
    return ws;
}

int PgWorkspace::notificationSocket() const
{
    if (PQstatus(conn->handle()) != CONNECTION_OK)
        return -1;
    // Others' changes (notifyChanged) arrive on this connection from now on; only a caller that
    // watches the socket (the GUI) listens, so the CLI's connections collect no notifications.
    if (!m_listening) {
        try {
            c().script("LISTEN gpudeal_changes", "listening for changes");
        } catch (const WorkspaceError &) {
            return -1;
        }
        m_listening = true;
    }
    return PQsocket(conn->handle());
}

std::vector<WorkspaceChange> PgWorkspace::takeChanges()
{
    PGconn *h = conn->handle();
    std::vector<WorkspaceChange> out;
    if (PQstatus(h) != CONNECTION_OK)
        return out;
    PQconsumeInput(h); // what has arrived, without waiting; a lost connection shows in PQstatus
    const int self = PQbackendPID(h);
    while (PGnotify *n = PQnotifies(h)) {
        if (n->be_pid != self) { // this session's own changes are known to it
            WorkspaceChange change;
            change.dealId = std::strtoll(n->extra, nullptr, 10);
            const bool seen = std::any_of(out.begin(), out.end(), [&change](const WorkspaceChange &c) {
                return c.dealId == change.dealId;
            });
            if (!seen && change.dealId > 0)
                out.push_back(change);
        }
        PQfreemem(n);
    }
    return out;
}

bool PgWorkspace::connectionLost() const
{
    return PQstatus(conn->handle()) != CONNECTION_OK;
}

int PgWorkspace::initServer(const std::string &url)
{
    pg::Connection c(url);
    Transaction t(c, Transaction::Kind::Write);
    c.exec("SELECT pg_advisory_xact_lock(4701)", {}, "creating the workspace");
    const int version = pgschema::version(c).value_or(0);
    const std::string shownUrl = shown(url);
    if (version > schema::kSchemaVersion)
        throw WorkspaceError(Kind::NewerSchema, "The team workspace '" + shownUrl +
                                                    "' was written by a newer version of GPU Deal Studio"
                                                    " (schema " +
                                                    std::to_string(version) + "). It was not changed");
    c.script(pgschema::rolesSql(), "creating the roles gpudeal_owner, gpudeal_editor and gpudeal_reader");
    if (version < schema::kSchemaVersion)
        pgschema::migrate(c, version, schema::kSchemaVersion);
    c.script(pgschema::grantsSql(), "granting the roles their rights");
    t.commit();
    return schema::kSchemaVersion;
}

std::string PgWorkspace::integrityCheck() const
{
    PgResult r = c().exec("SELECT count(*) FROM versions v LEFT JOIN version_content b ON b.version_id = v.id"
                          " WHERE b.version_id IS NULL",
                          {}, "checking the workspace");
    const std::int64_t missing = r.int64(0, 0);
    return missing == 0 ? std::string("ok") : std::to_string(missing) + " version(s) without content";
}

// --- deals -------------------------------------------------------------------------------------------

std::vector<DealSummary> PgWorkspace::listDeals(DealFilter filter) const
{
    switch (filter) {
    case DealFilter::Live:
        return queryDeals(c(), "d.deleted_at IS NULL", std::nullopt);
    case DealFilter::Bin:
        return queryDeals(c(), "d.deleted_at IS NOT NULL", std::nullopt);
    case DealFilter::All:
        break;
    }
    return queryDeals(c(), "true", std::nullopt);
}

void PgWorkspace::recheckMetrics(std::vector<DealSummary> &deals) const
{
    Transaction t(c(), Transaction::Kind::Read);
    for (DealSummary &deal : deals) {
        if (deal.latestVersion <= 0)
            continue;
        PgResult r = c().exec("SELECT v.metrics, b.content FROM versions v, version_content b"
                              " WHERE b.version_id = v.id AND v.deal_id = $1 AND v.number = $2",
                              {deal.id, deal.latestVersion}, "checking cached metrics");
        if (r.rows() == 0 || metricsMatchContent(r.textView(0, 0), r.textView(0, 1)))
            continue;
        const DealReadResult read = readDeal(r.text(0, 1));
        deal.metrics = read.deal && read.issues.empty() ? computeMetrics(*read.deal) : MetricValues();
    }
}

DealSummary PgWorkspace::deal(std::int64_t dealId) const
{
    std::vector<DealSummary> found = queryDeals(c(), "d.id = $1", dealId);
    if (found.empty())
        noDeal(dealId);
    return std::move(found.front());
}

std::optional<DealSummary> PgWorkspace::findDealByName(const std::string &name) const
{
    const auto id = liveDealNamedPg(c(), name);
    if (!id)
        return std::nullopt;
    return deal(*id);
}

void PgWorkspace::setTags(std::int64_t dealId, const std::vector<std::string> &tags)
{
    const std::vector<std::string> clean = cleanTags(tags);
    Transaction t(c(), Transaction::Kind::Write);
    requireLive(dealStatePg(c(), dealId, true), dealId);
    c().exec("UPDATE deals SET tags = $1, updated_at = $2 WHERE id = $3",
             {encodeTags(clean), nowMs(), dealId}, "tagging a deal");
    notifyChanged(c(), dealId);
    t.commit();
}

// --- versions ----------------------------------------------------------------------------------------

VersionInfo PgWorkspace::saveVersion(const Deal &deal, const SaveOptions &options)
{
    NewVersion v = prepareVersion(deal, options);

    Transaction t(c(), Transaction::Kind::Write);
    const std::int64_t now = nowMs();
    std::optional<std::int64_t> target = options.dealId;
    if (options.scenarioId) {
        PgResult r = c().exec("SELECT deal_id FROM scenarios WHERE id = $1", {*options.scenarioId},
                              "saving a version");
        if (r.rows() == 0)
            throw WorkspaceError(Kind::NotFound,
                                 "There is no scenario with id " + std::to_string(*options.scenarioId));
        if (target && *target != r.int64(0, 0))
            throw WorkspaceError(Kind::Invalid, "The scenario belongs to another deal");
        target = r.int64(0, 0);
    }
    lockName(c(), deal.name);
    const bool byName = !target; // then the target is the live deal of that name, if any
    if (byName)
        target = liveDealNamedPg(c(), deal.name);
    if (target) {
        requireLive(dealStatePg(c(), *target, true), *target);
        if (!byName)
            requireNameFree(c(), deal.name, *target);
        if (options.expectedLatest) {
            const int latestNow = lineLatestPg(c(), *target, options.scenarioId);
            if (latestNow != *options.expectedLatest) {
                PgResult who =
                    c().exec("SELECT saved_by, to_char(saved_at AT TIME ZONE 'UTC',"
                             " 'YYYY-MM-DD HH24:MI:SS') FROM versions WHERE deal_id = $1 AND number = $2",
                             {*target, latestNow}, "saving a version");
                std::string msg = "Version ";
                msg += std::to_string(latestNow);
                msg += " was saved meanwhile";
                if (who.rows() > 0) {
                    msg += " by ";
                    msg += who.text(0, 0);
                    msg += " at ";
                    msg += who.text(0, 1);
                    msg += " UTC";
                }
                msg += " on top of version ";
                msg += std::to_string(*options.expectedLatest);
                msg += " that these edits start from; nothing was saved";
                throw WorkspaceError(Kind::Conflict, msg);
            }
        }
    } else {
        PgResult r = c().exec("INSERT INTO deals (name, sponsor, tags, created_at, updated_at)"
                              " VALUES ($1, $2, '[]', $3, $4) RETURNING id",
                              {deal.name, deal.sponsor, now, now}, "creating a deal");
        target = r.int64(0, 0);
    }
    v.dealId = *target;
    const Inserted ins = writeVersion(c(), v, deal, now);
    const int number = ins.number;
    t.commit();

    VersionInfo info;
    info.id = ins.id;
    info.dealId = v.dealId;
    info.number = number;
    info.created = fromMs(now);
    info.note = v.note;
    info.scenarioId = v.scenarioId;
    info.metrics = decodeMetrics(v.metrics);
    info.currency = v.currency;
    info.author = ins.author;
    info.savedAt = ins.savedAt;
    if (v.scenarioId)
        for (const Scenario &s : listScenarios(v.dealId))
            if (s.id == *v.scenarioId)
                info.scenario = s.name;
    return info;
}

StoredVersion PgWorkspace::loadVersion(std::int64_t dealId, int number) const
{
    Transaction t(c(), Transaction::Kind::Read);
    PgResult r =
        c().exec(std::string(kVersionColumns) +
                     ", version_content b WHERE b.version_id = v.id AND v.deal_id = $1 AND v.number = $2",
                 {dealId, number}, "loading a version");
    if (r.rows() == 0) {
        if (!dealStatePg(c(), dealId))
            noDeal(dealId);
        throw WorkspaceError(Kind::NotFound,
                             "Deal " + std::to_string(dealId) + " has no version " + std::to_string(number));
    }
    StoredVersion out;
    out.info = readVersionRow(r, 0);
    PgResult b = c().exec("SELECT content FROM version_content WHERE version_id = $1", {out.info.id},
                          "loading a version");
    out.content = b.text(0, 0);
    out.deal = parseStored(out.content, dealId, number);
    return out;
}

StoredVersion PgWorkspace::latest(std::int64_t dealId, std::optional<std::int64_t> scenarioId) const
{
    int number = 0;
    {
        Transaction t(c(), Transaction::Kind::Read);
        number = lineLatestPg(c(), dealId, scenarioId);
    }
    return loadVersion(dealId, number);
}

std::vector<VersionInfo> PgWorkspace::history(std::int64_t dealId) const
{
    Transaction t(c(), Transaction::Kind::Read);
    if (!dealStatePg(c(), dealId))
        noDeal(dealId);
    PgResult r = c().exec(std::string(kVersionColumns) + "WHERE v.deal_id = $1 ORDER BY v.number", {dealId},
                          "reading a deal's history");
    std::vector<VersionInfo> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back(readVersionRow(r, i));
    return out;
}

VersionInfo PgWorkspace::restoreVersion(std::int64_t dealId, int number, const std::string &note)
{
    requireText("The note", note, true);
    Transaction t(c(), Transaction::Kind::Write);
    requireLive(dealStatePg(c(), dealId, true), dealId);
    PgResult r = c().exec("SELECT v.scenario_id, v.metrics, b.content FROM versions v, version_content b"
                          " WHERE b.version_id = v.id AND v.deal_id = $1 AND v.number = $2",
                          {dealId, number}, "restoring a version");
    if (r.rows() == 0)
        throw WorkspaceError(Kind::NotFound,
                             "Deal " + std::to_string(dealId) + " has no version " + std::to_string(number));
    NewVersion v;
    v.dealId = dealId;
    v.scenarioId = r.optInt64(0, 0);
    v.metrics = r.text(0, 1);
    v.content = r.text(0, 2);
    v.restoredFrom = number;
    v.note = note.empty() ? "Restored version " + std::to_string(number) : note;
    const Deal content = parseStored(v.content, dealId, number);
    v.currency = content.currency;
    lockName(c(), content.name);
    requireNameFree(c(), content.name, dealId);
    const std::int64_t now = nowMs();
    const Inserted ins = writeVersion(c(), v, content, now);
    const int newNumber = ins.number;
    t.commit();

    VersionInfo info;
    info.id = ins.id;
    info.dealId = dealId;
    info.number = newNumber;
    info.created = fromMs(now);
    info.note = v.note;
    info.scenarioId = v.scenarioId;
    info.restoredFrom = number;
    info.metrics = decodeMetrics(v.metrics);
    info.currency = v.currency;
    info.author = ins.author;
    info.savedAt = ins.savedAt;
    return info;
}

// --- scenarios ---------------------------------------------------------------------------------------

Scenario PgWorkspace::createScenario(std::int64_t dealId, const std::string &name,
                                     std::optional<int> baseVersion)
{
    requireText("The scenario name", name, false);
    Transaction t(c(), Transaction::Kind::Write);
    requireLive(dealStatePg(c(), dealId, true), dealId);
    if (c().exec("SELECT 1 FROM scenarios WHERE deal_id = $1 AND name = $2", {dealId, name},
                 "creating a scenario")
            .rows() > 0)
        throw WorkspaceError(Kind::Conflict, "The deal already has a scenario named '" + name + "'");
    PgResult base =
        baseVersion
            ? c().exec("SELECT id, number FROM versions WHERE deal_id = $1 AND number = $2",
                       {dealId, *baseVersion}, "creating a scenario")
            : c().exec("SELECT id, number FROM versions WHERE deal_id = $1 ORDER BY number DESC LIMIT 1",
                       {dealId}, "creating a scenario");
    if (base.rows() == 0)
        noVersion(dealId, baseVersion);
    Scenario sc;
    sc.dealId = dealId;
    sc.name = name;
    sc.baseVersion = static_cast<int>(base.int64(0, 1));
    const std::int64_t now = nowMs();
    sc.created = fromMs(now);
    PgResult ins = c().exec("INSERT INTO scenarios (deal_id, name, base_version_id, created_at)"
                            " VALUES ($1, $2, $3, $4) RETURNING id",
                            {dealId, name, base.int64(0, 0), now}, "creating a scenario");
    sc.id = ins.int64(0, 0);
    c().exec("UPDATE deals SET updated_at = $1 WHERE id = $2", {now, dealId}, "creating a scenario");
    notifyChanged(c(), dealId);
    t.commit();
    return sc;
}

std::vector<Scenario> PgWorkspace::listScenarios(std::int64_t dealId) const
{
    Transaction t(c(), Transaction::Kind::Read);
    if (!dealStatePg(c(), dealId))
        noDeal(dealId);
    PgResult r = c().exec("SELECT sc.id, sc.name, v.number, sc.created_at,"
                          " (SELECT count(*) FROM versions x WHERE x.scenario_id = sc.id)"
                          " FROM scenarios sc JOIN versions v ON v.id = sc.base_version_id"
                          " WHERE sc.deal_id = $1 ORDER BY sc.id",
                          {dealId}, "listing scenarios");
    std::vector<Scenario> out;
    for (int i = 0; i < r.rows(); ++i) {
        Scenario &sc = out.emplace_back();
        sc.id = r.int64(i, 0);
        sc.dealId = dealId;
        sc.name = r.text(i, 1);
        sc.baseVersion = static_cast<int>(r.int64(i, 2));
        sc.created = fromMs(r.int64(i, 3));
        sc.versionCount = static_cast<int>(r.int64(i, 4));
    }
    return out;
}

// --- the bin -----------------------------------------------------------------------------------------

void PgWorkspace::softDelete(std::int64_t dealId)
{
    Transaction t(c(), Transaction::Kind::Write);
    const auto state = dealStatePg(c(), dealId, true);
    if (!state)
        noDeal(dealId);
    if (state->deleted)
        return;
    const std::int64_t now = nowMs();
    c().exec("UPDATE deals SET deleted_at = $1, updated_at = $1 WHERE id = $2", {now, dealId},
             "deleting a deal");
    recordEvent(c(), dealId, "deleted");
    notifyChanged(c(), dealId);
    t.commit();
}

void PgWorkspace::restoreDeleted(std::int64_t dealId)
{
    Transaction t(c(), Transaction::Kind::Write);
    const auto state = dealStatePg(c(), dealId, true);
    if (!state)
        noDeal(dealId);
    if (!state->deleted)
        return;
    lockName(c(), state->name);
    if (const auto other = liveDealNamedPg(c(), state->name))
        throw WorkspaceError(Kind::Conflict, "Another deal is named '" + state->name + "' now (id " +
                                                 std::to_string(*other) +
                                                 "); rename it before restoring this one from the bin");
    c().exec("UPDATE deals SET deleted_at = NULL, updated_at = $1 WHERE id = $2", {nowMs(), dealId},
             "restoring a deal");
    recordEvent(c(), dealId, "restored");
    notifyChanged(c(), dealId);
    t.commit();
}

int PgWorkspace::emptyBin()
{
    Transaction t(c(), Transaction::Kind::Write);
    PgResult r =
        c().exec("DELETE FROM deals WHERE deleted_at IS NOT NULL RETURNING id", {}, "emptying the bin");
    for (int i = 0; i < r.rows(); ++i) {
        recordEvent(c(), r.int64(i, 0), "removed for good");
        notifyChanged(c(), r.int64(i, 0));
    }
    t.commit();
    return r.rows();
}

// --- working copies (one per deal and database role) -------------------------------------------------

void PgWorkspace::saveWorkingCopy(std::int64_t dealId, const Deal &deal, std::optional<int> baseVersion)
{
    const std::string content = serialize(deal);
    Transaction t(c(), Transaction::Kind::Write);
    if (!dealStatePg(c(), dealId))
        noDeal(dealId);
    c().exec("INSERT INTO working_copies (deal_id, saved_at, base_number, content) VALUES ($1, $2, $3, $4)"
             " ON CONFLICT (deal_id, owner) DO UPDATE SET saved_at = excluded.saved_at,"
             " base_number = excluded.base_number, content = excluded.content",
             {dealId, nowMs(), baseVersion, content}, "keeping the working copy");
    t.commit();
}

std::optional<WorkingCopy> PgWorkspace::loadWorkingCopy(std::int64_t dealId) const
{
    Transaction t(c(), Transaction::Kind::Read);
    if (!dealStatePg(c(), dealId))
        noDeal(dealId);
    PgResult r = c().exec("SELECT saved_at, base_number, content FROM working_copies"
                          " WHERE deal_id = $1 AND owner = current_user",
                          {dealId}, "reading the working copy");
    if (r.rows() == 0)
        return std::nullopt;
    WorkingCopy w;
    w.dealId = dealId;
    w.saved = fromMs(r.int64(0, 0));
    if (!r.isNull(0, 1))
        w.baseVersion = static_cast<int>(r.int64(0, 1));
    w.content = r.text(0, 2);
    DealReadResult read = readDeal(w.content);
    w.deal = std::move(read.deal);
    w.issues = std::move(read.issues);
    return w;
}

void PgWorkspace::clearWorkingCopy(std::int64_t dealId)
{
    Transaction t(c(), Transaction::Kind::Write);
    c().exec("DELETE FROM working_copies WHERE deal_id = $1 AND owner = current_user", {dealId},
             "clearing the working copy");
    t.commit();
}

} // namespace gds
