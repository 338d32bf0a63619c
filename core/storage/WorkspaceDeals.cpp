// Deals and versions (scenarios, the bin and working copies are in WorkspaceScenarios.cpp). Every
// write is one IMMEDIATE transaction (all or nothing); every value reaches SQL as a bound parameter.
#include "engine/Engine.h"
#include "io/DealJson.h"
#include "io/MessageText.h"
#include "model/Validation.h"
#include "storage/Sqlite.h"
#include "storage/WorkspaceImpl.h"

#include <algorithm>

namespace gds {

namespace storage_detail {

using Kind = WorkspaceError::Kind;
using sqlite::Statement;

void requireText(std::string_view what, std::string_view value, bool allowEmpty)
{
    if (!allowEmpty && value.empty())
        throw WorkspaceError(Kind::Invalid, std::string(what) + " must not be empty");
    if (!isValidUtf8(value))
        throw WorkspaceError(Kind::Invalid, std::string(what) + " is not valid UTF-8 text");
}

void noDeal(std::int64_t dealId)
{
    throw WorkspaceError(Kind::NotFound, "There is no deal with id " + std::to_string(dealId));
}

void noVersion(std::int64_t dealId, std::optional<int> version)
{
    throw WorkspaceError(Kind::NotFound, "Deal " + std::to_string(dealId) + " has no version " +
                                             (version ? std::to_string(*version) : std::string()));
}

std::vector<std::string> cleanTags(const std::vector<std::string> &tags)
{
    std::vector<std::string> clean;
    for (const std::string &t : tags) {
        requireText("A tag", t, false);
        if (std::find(clean.begin(), clean.end(), t) == clean.end())
            clean.push_back(t);
    }
    return clean;
}

std::optional<DealState> dealState(sqlite3 *db, std::int64_t dealId)
{
    Statement s(db, "SELECT name, deleted_at IS NOT NULL FROM deals WHERE id = ?");
    s.bind(1, dealId);
    if (!s.step())
        return std::nullopt;
    return DealState{s.text(0), s.int64(1) != 0};
}

void requireLiveDeal(sqlite3 *db, std::int64_t dealId)
{
    const auto state = dealState(db, dealId);
    if (!state)
        noDeal(dealId);
    if (state->deleted)
        throw WorkspaceError(Kind::Conflict, "The deal '" + state->name + "' (id " + std::to_string(dealId) +
                                                 ") is in the bin; restore it first");
}

std::optional<std::int64_t> liveDealNamed(sqlite3 *db, const std::string &name)
{
    Statement s(db, "SELECT id FROM deals WHERE name = ? AND deleted_at IS NULL");
    s.bind(1, name);
    if (!s.step())
        return std::nullopt;
    return s.int64(0);
}

std::string serialize(const Deal &deal)
{
    try {
        return writeDeal(deal);
    } catch (const std::exception &e) {
        throw WorkspaceError(Kind::Invalid,
                             std::string("The deal cannot be written as gpudeal/1: ") + e.what());
    }
}

MetricValues computeMetrics(const Deal &deal)
{
    try {
        const Result r = compute(deal);
        return r.ok() ? MetricValues::fromMetrics(r.metrics) : MetricValues();
    } catch (const std::exception &) {
        return {}; // the version is kept; only its cached metrics are missing
    }
}

Deal parseStored(const std::string &content, std::int64_t dealId, int number)
{
    DealReadResult r = readDeal(content);
    if (!r.deal) {
        std::string why = r.issues.empty() ? std::string("unreadable") : issueText(r.issues.front());
        throw WorkspaceError(Kind::Io, "Version " + std::to_string(number) + " of deal " +
                                           std::to_string(dealId) + " cannot be read back (" + why + ")");
    }
    return std::move(*r.deal);
}

NewVersion prepareVersion(const Deal &deal, const SaveOptions &options)
{
    requireText("The deal name", deal.name, false);
    requireText("The note", options.note, true);
    if (Issues issues = validate(deal); !issues.empty())
        throw WorkspaceError(WorkspaceError::Kind::Invalid, "The deal is not valid; nothing was saved",
                             std::move(issues));
    NewVersion v;
    v.note = options.note;
    v.content = serialize(deal);
    v.currency = deal.currency;
    v.metrics = withContentCheck(
        encodeMetrics(options.metrics ? MetricValues::fromMetrics(*options.metrics) : computeMetrics(deal)),
        v.content);
    v.scenarioId = options.scenarioId;
    return v;
}

} // namespace storage_detail

namespace {

using Kind = WorkspaceError::Kind;
using sqlite::Statement;
using sqlite::Transaction;
using namespace storage_detail;

void requireNameFree(sqlite3 *db, const std::string &name, std::int64_t exceptDeal)
{
    const auto other = liveDealNamed(db, name);
    if (other && *other != exceptDeal)
        throw WorkspaceError(Kind::Conflict, "Another deal is already named '" + name + "' (id " +
                                                 std::to_string(*other) + "); choose another name");
}

int nextNumber(sqlite3 *db, std::int64_t dealId)
{
    Statement s(db, "SELECT coalesce(max(number), 0) + 1 FROM versions WHERE deal_id = ?");
    s.bind(1, dealId);
    s.step();
    return static_cast<int>(s.int64(0));
}

std::int64_t insertVersion(sqlite3 *db, const NewVersion &v, int number, std::int64_t now)
{
    Statement s(
        db, "INSERT INTO versions (deal_id, number, scenario_id, created_at, note, metrics, restored_from,"
            " currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, v.dealId).bind(2, std::int64_t{number}).bind(3, v.scenarioId).bind(4, now).bind(5, v.note);
    if (v.metrics.empty())
        s.bindNull(6);
    else
        s.bind(6, std::string_view(v.metrics));
    if (v.restoredFrom)
        s.bind(7, std::int64_t{*v.restoredFrom});
    else
        s.bindNull(7);
    s.bind(8, v.currency);
    s.run();
    const std::int64_t id = sqlite3_last_insert_rowid(db);
    Statement c(db, "INSERT INTO version_content (version_id, content) VALUES (?, ?)");
    c.bind(1, id).bind(2, v.content);
    c.run();
    return id;
}

void touchDeal(sqlite3 *db, std::int64_t dealId, const Deal &content, std::int64_t now)
{
    Statement s(db, "UPDATE deals SET name = ?, sponsor = ?, updated_at = ? WHERE id = ?");
    s.bind(1, content.name).bind(2, content.sponsor).bind(3, now).bind(4, dealId);
    s.run();
}

constexpr const char *kVersionColumns =
    "SELECT v.id, v.deal_id, v.number, v.created_at, v.note, v.scenario_id, coalesce(s.name, ''),"
    " v.restored_from, v.metrics, coalesce(v.currency, ''), coalesce(v.saved_by, ''), v.saved_at"
    " FROM versions v LEFT JOIN scenarios s ON s.id = v.scenario_id ";

VersionInfo readVersionRow(const Statement &s)
{
    VersionInfo v;
    v.id = s.int64(0);
    v.dealId = s.int64(1);
    v.number = static_cast<int>(s.int64(2));
    v.created = fromMs(s.int64(3));
    v.note = s.text(4);
    v.scenarioId = s.optInt64(5);
    v.scenario = s.text(6);
    if (!s.isNull(7))
        v.restoredFrom = static_cast<int>(s.int64(7));
    v.metrics = decodeMetrics(s.textView(8));
    v.currency = s.text(9);
    v.author = s.text(10);
    if (!s.isNull(11))
        v.savedAt = fromMs(s.int64(11));
    return v;
}

} // namespace

// --- deals -------------------------------------------------------------------------------------------

namespace {

// The latest main-line version is found through the (deal_id, scenario_id, number) index; the deal
// bodies are never read.
std::vector<DealSummary> queryDeals(sqlite3 *db, const char *where, std::optional<std::int64_t> dealId)
{
    std::string sql =
        "SELECT d.id, d.name, d.sponsor, d.tags, d.created_at, d.updated_at, d.deleted_at,"
        " (SELECT count(*) FROM versions c WHERE c.deal_id = d.id),"
        " lv.number, lv.metrics, coalesce(lv.currency, ''),"
        " (SELECT count(*) FROM scenarios s WHERE s.deal_id = d.id),"
        " EXISTS (SELECT 1 FROM working_copies w WHERE w.deal_id = d.id)"
        " FROM deals d LEFT JOIN versions lv ON lv.id = (SELECT m.id FROM versions m WHERE m.deal_id = d.id"
        " AND m.scenario_id IS NULL ORDER BY m.number DESC LIMIT 1) WHERE ";
    sql += where;
    sql += " ORDER BY d.id";
    Statement s(db, sql);
    if (dealId)
        s.bind(1, *dealId);
    std::vector<DealSummary> out;
    while (s.step()) {
        DealSummary &r = out.emplace_back();
        r.id = s.int64(0);
        r.name = s.text(1);
        r.sponsor = s.text(2);
        r.tags = decodeTags(s.textView(3));
        r.created = fromMs(s.int64(4));
        r.updated = fromMs(s.int64(5));
        if (!s.isNull(6)) {
            r.deleted = true;
            r.deletedAt = fromMs(s.int64(6));
        }
        r.versionCount = static_cast<int>(s.int64(7));
        r.latestVersion = static_cast<int>(s.int64(8));
        r.metrics = decodeMetrics(s.textView(9));
        r.currency = s.text(10);
        r.scenarioCount = static_cast<int>(s.int64(11));
        r.hasWorkingCopy = s.int64(12) != 0;
    }
    return out;
}

} // namespace

std::vector<DealSummary> SqliteWorkspace::listDeals(DealFilter filter) const
{
    switch (filter) {
    case DealFilter::Live:
        return queryDeals(m_db, "d.deleted_at IS NULL", std::nullopt);
    case DealFilter::Bin:
        return queryDeals(m_db, "d.deleted_at IS NOT NULL", std::nullopt);
    case DealFilter::All:
        break;
    }
    return queryDeals(m_db, "1", std::nullopt);
}

void SqliteWorkspace::recheckMetrics(std::vector<DealSummary> &deals) const
{
    Transaction t(m_db, Transaction::Kind::Read);
    Statement s(m_db, "SELECT v.metrics, b.content FROM versions v, version_content b"
                      " WHERE b.version_id = v.id AND v.deal_id = ? AND v.number = ?");
    for (DealSummary &deal : deals) {
        if (deal.latestVersion <= 0)
            continue;
        s.reset();
        s.bind(1, deal.id).bind(2, std::int64_t{deal.latestVersion});
        if (!s.step() || metricsMatchContent(s.textView(0), s.textView(1)))
            continue;
        // The document was changed behind the API's back: its metrics now, never stale ones.
        const DealReadResult read = readDeal(s.text(1));
        deal.metrics = read.deal && read.issues.empty() ? computeMetrics(*read.deal) : MetricValues();
    }
}

DealSummary SqliteWorkspace::deal(std::int64_t dealId) const
{
    std::vector<DealSummary> found = queryDeals(m_db, "d.id = ?", dealId);
    if (found.empty())
        noDeal(dealId);
    return std::move(found.front());
}

std::optional<DealSummary> SqliteWorkspace::findDealByName(const std::string &name) const
{
    const auto id = liveDealNamed(m_db, name);
    if (!id)
        return std::nullopt;
    return deal(*id);
}

void SqliteWorkspace::setTags(std::int64_t dealId, const std::vector<std::string> &tags)
{
    const std::vector<std::string> clean = cleanTags(tags);
    Transaction t(m_db, Transaction::Kind::Write);
    requireLiveDeal(m_db, dealId);
    Statement s(m_db, "UPDATE deals SET tags = ?, updated_at = ? WHERE id = ?");
    s.bind(1, encodeTags(clean)).bind(2, nowMs()).bind(3, dealId);
    s.run();
    t.commit();
}

// --- versions ----------------------------------------------------------------------------------------

namespace {

// The number of the newest version of the main line or of a scenario (its base version until it has
// its own), inside the caller's transaction.
int lineLatest(sqlite3 *db, std::int64_t dealId, std::optional<std::int64_t> scenarioId)
{
    if (!dealState(db, dealId))
        noDeal(dealId);
    if (scenarioId) {
        Statement s(db, "SELECT coalesce((SELECT max(number) FROM versions WHERE scenario_id = sc.id),"
                        " (SELECT number FROM versions WHERE id = sc.base_version_id))"
                        " FROM scenarios sc WHERE sc.id = ? AND sc.deal_id = ?");
        s.bind(1, *scenarioId).bind(2, dealId);
        if (!s.step())
            throw WorkspaceError(Kind::NotFound, "Deal " + std::to_string(dealId) +
                                                     " has no scenario with id " +
                                                     std::to_string(*scenarioId));
        return static_cast<int>(s.int64(0));
    }
    Statement s(db, "SELECT max(number) FROM versions WHERE deal_id = ? AND scenario_id IS NULL");
    s.bind(1, dealId);
    if (!s.step() || s.isNull(0))
        throw WorkspaceError(Kind::NotFound, "Deal " + std::to_string(dealId) + " has no versions");
    return static_cast<int>(s.int64(0));
}

} // namespace

VersionInfo SqliteWorkspace::saveVersion(const Deal &deal, const SaveOptions &options)
{
    // Everything that can be done without the write lock is done first.
    NewVersion v = prepareVersion(deal, options);

    sqlite3 *db = m_db;
    Transaction t(db, Transaction::Kind::Write);
    const std::int64_t now = nowMs();
    std::optional<std::int64_t> target = options.dealId;
    if (options.scenarioId) {
        Statement s(db, "SELECT deal_id FROM scenarios WHERE id = ?");
        s.bind(1, *options.scenarioId);
        if (!s.step())
            throw WorkspaceError(Kind::NotFound,
                                 "There is no scenario with id " + std::to_string(*options.scenarioId));
        if (target && *target != s.int64(0))
            throw WorkspaceError(Kind::Invalid, "The scenario belongs to another deal");
        target = s.int64(0);
    }
    if (!target)
        target = liveDealNamed(db, deal.name);
    if (target) {
        requireLiveDeal(db, *target);
        requireNameFree(db, deal.name, *target);
        if (options.expectedLatest) {
            const int latestNow = lineLatest(db, *target, options.scenarioId);
            if (latestNow != *options.expectedLatest)
                throw WorkspaceError(
                    Kind::Conflict,
                    "Version " + std::to_string(latestNow) +
                        " was saved meanwhile (by another window or program) on top of version " +
                        std::to_string(*options.expectedLatest) +
                        " that these edits start from; nothing was saved");
        }
        touchDeal(db, *target, deal, now);
    } else {
        Statement s(
            db, "INSERT INTO deals (name, sponsor, tags, created_at, updated_at) VALUES (?, ?, '[]', ?, ?)");
        s.bind(1, deal.name).bind(2, deal.sponsor).bind(3, now).bind(4, now);
        s.run();
        target = sqlite3_last_insert_rowid(db);
    }
    v.dealId = *target;
    const int number = nextNumber(db, v.dealId);
    const std::int64_t id = insertVersion(db, v, number, now);
    t.commit();

    VersionInfo info;
    info.id = id;
    info.dealId = v.dealId;
    info.number = number;
    info.created = fromMs(now);
    info.note = v.note;
    info.scenarioId = v.scenarioId;
    info.metrics = decodeMetrics(v.metrics);
    info.currency = v.currency;
    if (v.scenarioId)
        for (const Scenario &s : listScenarios(v.dealId))
            if (s.id == *v.scenarioId)
                info.scenario = s.name;
    return info;
}

StoredVersion SqliteWorkspace::loadVersion(std::int64_t dealId, int number) const
{
    Transaction t(m_db, Transaction::Kind::Read);
    Statement s(m_db, std::string(kVersionColumns) +
                          ", version_content b WHERE b.version_id = v.id AND v.deal_id = ? AND v.number = ?");
    s.bind(1, dealId).bind(2, std::int64_t{number});
    if (!s.step()) {
        if (!dealState(m_db, dealId))
            noDeal(dealId);
        throw WorkspaceError(Kind::NotFound,
                             "Deal " + std::to_string(dealId) + " has no version " + std::to_string(number));
    }
    StoredVersion out;
    out.info = readVersionRow(s);
    Statement c(m_db, "SELECT content FROM version_content WHERE version_id = ?");
    c.bind(1, out.info.id);
    c.step();
    out.content = c.text(0);
    out.deal = parseStored(out.content, dealId, number);
    return out;
}

StoredVersion SqliteWorkspace::latest(std::int64_t dealId, std::optional<std::int64_t> scenarioId) const
{
    int number = 0;
    {
        Transaction t(m_db, Transaction::Kind::Read);
        number = lineLatest(m_db, dealId, scenarioId);
    }
    return loadVersion(dealId, number);
}

std::vector<VersionInfo> SqliteWorkspace::history(std::int64_t dealId) const
{
    Transaction t(m_db, Transaction::Kind::Read);
    if (!dealState(m_db, dealId))
        noDeal(dealId);
    Statement s(m_db, std::string(kVersionColumns) + "WHERE v.deal_id = ? ORDER BY v.number");
    s.bind(1, dealId);
    std::vector<VersionInfo> out;
    while (s.step())
        out.push_back(readVersionRow(s));
    return out;
}

VersionInfo SqliteWorkspace::restoreVersion(std::int64_t dealId, int number, const std::string &note)
{
    requireText("The note", note, true);
    sqlite3 *db = m_db;
    Transaction t(db, Transaction::Kind::Write);
    requireLiveDeal(db, dealId);
    Statement s(db, "SELECT v.scenario_id, v.metrics, b.content FROM versions v, version_content b"
                    " WHERE b.version_id = v.id AND v.deal_id = ? AND v.number = ?");
    s.bind(1, dealId).bind(2, std::int64_t{number});
    if (!s.step())
        throw WorkspaceError(Kind::NotFound,
                             "Deal " + std::to_string(dealId) + " has no version " + std::to_string(number));
    NewVersion v;
    v.dealId = dealId;
    v.scenarioId = s.optInt64(0);
    v.metrics = s.text(1);
    v.content = s.text(2);
    v.restoredFrom = number;
    v.note = note.empty() ? "Restored version " + std::to_string(number) : note;
    // The deal's name and sponsor follow the content, as for any save.
    const Deal content = parseStored(v.content, dealId, number);
    v.currency = content.currency;
    requireNameFree(db, content.name, dealId);
    const std::int64_t now = nowMs();
    touchDeal(db, dealId, content, now);
    const int newNumber = nextNumber(db, dealId);
    const std::int64_t id = insertVersion(db, v, newNumber, now);
    t.commit();

    VersionInfo info;
    info.id = id;
    info.dealId = dealId;
    info.number = newNumber;
    info.created = fromMs(now);
    info.note = v.note;
    info.scenarioId = v.scenarioId;
    info.restoredFrom = number;
    info.metrics = decodeMetrics(v.metrics);
    info.currency = v.currency;
    return info;
}

} // namespace gds
