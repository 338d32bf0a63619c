// gpudeal-cli db ...: the workspace from the command line (cli.md, issue 3). Exit codes: 0 ok,
// 1 the workspace cannot be used (not a workspace, newer schema, I/O, busy), 2 unknown deal/version/
// scenario or invalid input, 64 usage.
#include "Cli.h"
#include "CliSupport.h"
#include "fs/TerminalText.h"
#include "io/DealJson.h"
#include "io/MessageText.h"
#include "storage/Workspace.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <limits>
#include <nlohmann/json.hpp>
#include <ostream>
#include <QFileInfo>
#include <QLockFile>
#include <QString>

namespace gds::cli {
namespace {

constexpr std::string_view kDbUsage =
    R"(usage: gpudeal-cli db COMMAND [ARGUMENTS] [--db WORKSPACE.sqlite | --db postgresql://...]

  list [--json] [--bin | --all]          deals (with --bin: those in the bin)
  import DEAL.json [--note TEXT] [--scenario NAME]
                                         save a deal file as a new version (a new deal if its
                                         name is new); prints the deal's id on the last line
  export ID [-o DEAL.json] [--version N | --scenario NAME] [--force]
                                         write a version (default: the latest) as gpudeal/1;
                                         never onto a workspace
  history ID [--json]                    the versions of a deal
  restore ID VERSION [--note TEXT]       save version VERSION again as the newest version
  scenario create ID NAME [--from VERSION]
  scenario list ID [--json]
  tag ID [TAG ...]                       replace a deal's tags
  delete ID                              move a deal to the bin (recoverable)
  undelete ID                            take a deal out of the bin
  empty-bin                              delete the deals in the bin for good
  backup FILE                            copy the whole workspace to a new file
  copy --from SRC --to DST [--merge]     copy a whole deal book (versions, authors and times
                                         included) between two workspaces, files or servers;
                                         a target that holds deals needs --merge
  init-server URL                        create the team workspace in a PostgreSQL database and
                                         the roles gpudeal_owner, gpudeal_editor, gpudeal_reader
                                         (by a superuser or the database's owner)

ID is a deal's id or its exact name (id:N or name:TEXT to say which). DEAL.json may be "-" for
standard input. list, export, history and scenario list only read: they never create a workspace
nor change a file beside it. A team workspace is a PostgreSQL connection string in libpq's URI
form: postgresql://USER@HOST:PORT/DBNAME?sslmode=verify-full (or ?host=/socket/folder).
--db defaults to the GUI's workspace (GPUDEAL_WORKSPACE overrides it): )";

struct Options {
    std::vector<std::string> positional;
    std::optional<std::string> db, note, output, version, scenario, from, to;
    bool json = false, bin = false, all = false, help = false, force = false, merge = false;
    std::string error;
};

Options parse(const Args &args)
{
    Options o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        auto value = [&](std::optional<std::string> &slot) {
            if (i + 1 >= args.size())
                o.error = a + " needs a value";
            else
                slot = args[++i];
        };
        if (a == "--db")
            value(o.db);
        else if (a == "--note")
            value(o.note);
        else if (a == "-o" || a == "--output")
            value(o.output);
        else if (a == "--version")
            value(o.version);
        else if (a == "--scenario")
            value(o.scenario);
        else if (a == "--from")
            value(o.from);
        else if (a == "--to")
            value(o.to);
        else if (a == "--merge")
            o.merge = true;
        else if (a == "--json")
            o.json = true;
        else if (a == "--bin")
            o.bin = true;
        else if (a == "--all")
            o.all = true;
        else if (a == "--force")
            o.force = true;
        else if (a == "--help" || a == "-h")
            o.help = true;
        else if (a.size() > 1 && a[0] == '-')
            o.error = "unknown option " + a;
        else
            o.positional.push_back(a);
        if (!o.error.empty())
            break;
    }
    return o;
}

struct UsageError {
    std::string message;
};
struct InputError {
    std::string message;
};

std::optional<std::int64_t> toInt(std::string_view s)
{
    return parseInteger<std::int64_t>(s, std::numeric_limits<std::int64_t>::min(),
                                      std::numeric_limits<std::int64_t>::max());
}

int versionNumber(const std::string &s)
{
    const auto v = toInt(s);
    if (!v || *v < 1 || *v > 1'000'000'000)
        throw UsageError{"a version must be a number >= 1 (is '" + s + "')"};
    return static_cast<int>(*v);
}

std::string isoTime(TimePoint t)
{
    const std::time_t secs = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

nlohmann::json metricsJson(const MetricValues &m)
{
    nlohmann::json out = nlohmann::json::object();
    for (const MetricField &f : metricFields())
        out[f.key] = nullptr;
    for (std::size_t i = 0; i < m.size(); ++i)
        if (const auto value = m.at(i))
            out[std::string(m.key(i))] = *value;
    return out;
}

std::string dump(const nlohmann::json &j)
{
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// A metric cell of `db list`: "-" when absent, else printf "%.*f" of value x scale and a suffix.
std::string listCell(std::optional<double> v, double scale, int decimals, const char *suffix)
{
    if (!v)
        return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f%s", decimals, *v * scale, suffix);
    return buf;
}

// A deal by id (digits) or by exact name: live deals first, then the bin. "id:N" and "name:TEXT" say
// which; a bare text that is the id of one deal and the name of another is refused as ambiguous.
DealSummary resolve(const Workspace &ws, const std::string &idOrName)
{
    const bool onlyId = idOrName.starts_with("id:"), onlyName = idOrName.starts_with("name:");
    const std::string key = onlyId ? idOrName.substr(3) : onlyName ? idOrName.substr(5) : idOrName;
    std::optional<DealSummary> byId, byName;
    if (const auto id = toInt(key); id && !onlyName) {
        try {
            byId = ws.deal(*id);
        } catch (const WorkspaceError &e) {
            if (e.kind() != WorkspaceError::Kind::NotFound)
                throw;
        }
    }
    if (!onlyId) {
        byName = ws.findDealByName(key);
        if (!byName)
            for (DealSummary &s : ws.listDeals(DealFilter::Bin))
                if (s.name == key) {
                    byName = std::move(s);
                    break;
                }
    }
    if (byId && byName && byId->id != byName->id)
        throw InputError{"'" + key + "' is the id of deal '" + byId->name + "' and the name of deal " +
                         std::to_string(byName->id) + "; say id:" + key + " or name:" + key};
    if (byId)
        return *byId;
    if (byName)
        return *byName;
    throw InputError{"no deal with " +
                     std::string(onlyId     ? "id"
                                 : onlyName ? "name"
                                            : "id or name") +
                     " '" + key + "'"};
}

std::optional<std::int64_t> scenarioNamed(const Workspace &ws, const DealSummary &deal,
                                          const std::string &name)
{
    for (const Scenario &s : ws.listScenarios(deal.id))
        if (s.name == name)
            return s.id;
    throw InputError{"deal '" + deal.name + "' has no scenario named '" + name + "'"};
}

// A window that edits the deal holds its lock file (WorkspaceSession): say so before changing the deal.
// That window's next save is then refused (a newer version, or the deal in the bin), its edits kept as
// its working copy.
void noteEditedElsewhere(const Workspace &ws, std::int64_t dealId, Io io)
{
    QLockFile lock(QString::fromStdString(dealLockPath(ws.path(), dealId)));
    lock.setStaleLockTime(0);
    if (!QFileInfo::exists(lock.fileName()) || lock.tryLock(0)) {
        return; // nobody edits it (the lock, if just taken, is released by ~QLockFile)
    }
    qint64 pid = 0;
    QString host, app;
    lock.getLockInfo(&pid, &host, &app);
    io.err << "gpudeal-cli db: note: the deal is open for editing in another window (process " << pid
           << " on " << fs::terminalSafe(host.toStdString())
           << "); its next save will be refused and its edits kept\n";
}

void need(const Options &o, std::size_t count, const char *what)
{
    if (o.positional.size() != count + 1)
        throw UsageError{std::string("usage: gpudeal-cli db ") + what};
}

int cmdList(Workspace &ws, const Options &o, Io io)
{
    need(o, 0, "list [--json] [--bin | --all]");
    auto deals = ws.listDeals(o.all ? DealFilter::All : o.bin ? DealFilter::Bin : DealFilter::Live);
    ws.recheckMetrics(deals); // never stale figures of a document edited by hand
    if (o.json) {
        nlohmann::json arr = nlohmann::json::array();
        for (const DealSummary &s : deals) {
            nlohmann::json j = {{"id", s.id},
                                {"name", s.name},
                                {"sponsor", s.sponsor},
                                {"tags", s.tags},
                                {"versions", s.versionCount},
                                {"latest_version", s.latestVersion},
                                {"scenarios", s.scenarioCount},
                                {"created", isoTime(s.created)},
                                {"updated", isoTime(s.updated)},
                                {"deleted", s.deleted},
                                {"metrics", metricsJson(s.metrics)}};
            arr.push_back(std::move(j));
        }
        io.out << dump(arr);
        return Ok;
    }
    if (deals.empty()) {
        io.out << (o.bin ? "The bin is empty.\n" : "No deals.\n");
        return Ok;
    }
    char line[256];
    std::snprintf(line, sizeof line, "%6s %8s  %-20s  %12s %9s %10s  %s\n", "ID", "VERSIONS", "UPDATED",
                  "DEBT $M", "MIN DSCR", "EQUITY IRR", "NAME");
    io.out << line;
    for (const DealSummary &s : deals) {
        std::snprintf(line, sizeof line, "%6lld %8d  %-20s  %12s %9s %10s  ", static_cast<long long>(s.id),
                      s.versionCount, isoTime(s.updated).c_str(),
                      listCell(s.metrics.value("debt"), 1e-6, 1, "").c_str(),
                      listCell(s.metrics.value("min_dscr"), 1, 2, "x").c_str(),
                      listCell(s.metrics.value("equity_irr"), 100, 1, "%").c_str());
        io.out << line << fs::terminalSafe(s.name) << (s.deleted ? "  [in the bin]" : "") << "\n";
    }
    return Ok;
}

int cmdImport(Workspace &ws, const Options &o, Io io)
{
    need(o, 1, "import DEAL.json [--note TEXT] [--scenario NAME]");
    DealInputStyle style; // the whole of standard input; "gpudeal-cli: " before an I/O failure
    style.ownPrefix = "gpudeal-cli: ";
    style.ioIssuePrefix = "gpudeal-cli: ";
    const LoadedDeal read = loadDeal(o.positional[1], io, style);
    if (!read.deal)
        return read.code;
    SaveOptions save;
    save.note = o.note.value_or("");
    if (const auto existing = ws.findDealByName(read.deal->name))
        noteEditedElsewhere(ws, existing->id, io);
    if (o.scenario) {
        const auto existing = ws.findDealByName(read.deal->name);
        if (!existing)
            throw InputError{"no deal named '" + read.deal->name + "' to hold scenario '" + *o.scenario +
                             "'"};
        save.scenarioId = scenarioNamed(ws, *existing, *o.scenario);
    }
    const VersionInfo v = ws.saveVersion(*read.deal, save);
    io.out << "saved version " << v.number << " of deal '" << fs::terminalSafe(read.deal->name) << "'"
           << (v.number == 1 ? " (new deal)" : "")
           << (v.scenario.empty() ? "" : " in scenario '" + fs::terminalSafe(v.scenario) + "'") << "\n"
           << v.dealId << "\n";
    return Ok;
}

int cmdExport(Workspace &ws, const Options &o, Io io)
{
    need(o, 1, "export ID [-o DEAL.json] [--version N | --scenario NAME]");
    if (o.version && o.scenario)
        throw UsageError{"--version and --scenario exclude each other"};
    const DealSummary deal = resolve(ws, o.positional[1]);
    const StoredVersion v = o.version    ? ws.loadVersion(deal.id, versionNumber(*o.version))
                            : o.scenario ? ws.latest(deal.id, scenarioNamed(ws, deal, *o.scenario))
                                         : ws.latest(deal.id);
    if (!o.output || *o.output == "-")
        return finish(io, v.content);
    // Never onto the open workspace or any other (checkOutput refuses SQLite files, even with --force).
    if (const int code = writeOutput(io, *o.output, v.content, {{ws.path()}, o.force}); code != Ok)
        return code;
    io.out << "wrote version " << v.info.number << " of deal '" << fs::terminalSafe(deal.name) << "' to "
           << fs::terminalSafe(*o.output) << "\n";
    return Ok;
}

void printVersions(const std::vector<VersionInfo> &versions, const Options &o, Io io)
{
    if (o.json) {
        nlohmann::json arr = nlohmann::json::array();
        for (const VersionInfo &v : versions) {
            nlohmann::json j = {
                {"version", v.number},
                {"created", isoTime(v.created)},
                {"note", v.note},
                {"scenario", v.scenarioId ? nlohmann::json(v.scenario) : nlohmann::json(nullptr)},
                {"restored_from", v.restoredFrom ? nlohmann::json(*v.restoredFrom) : nlohmann::json(nullptr)},
                {"metrics", metricsJson(v.metrics)}};
            if (!v.author.empty())
                j["saved_by"] = v.author;
            if (v.savedAt)
                j["saved_at"] = isoTime(*v.savedAt);
            arr.push_back(std::move(j));
        }
        io.out << dump(arr);
        return;
    }
    for (const VersionInfo &v : versions) {
        io.out << v.number << "  " << isoTime(v.created) << "  "
               << (v.scenario.empty() ? "main" : fs::terminalSafe(v.scenario));
        if (!v.author.empty()) // a team workspace: who saved it, at the server's time
            io.out << "  by " << fs::terminalSafe(v.author)
                   << (v.savedAt ? " at " + isoTime(*v.savedAt) : std::string());
        if (!v.note.empty())
            io.out << "  " << fs::terminalSafe(v.note);
        io.out << "\n";
    }
}

int cmdHistory(Workspace &ws, const Options &o, Io io)
{
    need(o, 1, "history ID [--json]");
    printVersions(ws.history(resolve(ws, o.positional[1]).id), o, io);
    return Ok;
}

int cmdRestore(Workspace &ws, const Options &o, Io io)
{
    need(o, 2, "restore ID VERSION [--note TEXT]");
    const DealSummary deal = resolve(ws, o.positional[1]);
    const int number = versionNumber(o.positional[2]);
    noteEditedElsewhere(ws, deal.id, io);
    const VersionInfo v = ws.restoreVersion(deal.id, number, o.note.value_or(""));
    io.out << "version " << number << " of deal '" << fs::terminalSafe(deal.name) << "' restored as version "
           << v.number << "\n";
    return Ok;
}

int cmdScenario(Workspace &ws, const Options &o, Io io)
{
    const std::string sub = o.positional.size() > 1 ? o.positional[1] : std::string();
    if (sub == "create") {
        if (o.positional.size() != 4)
            throw UsageError{"usage: gpudeal-cli db scenario create ID NAME [--from VERSION]"};
        const DealSummary deal = resolve(ws, o.positional[2]);
        const std::optional<int> from = o.from ? std::optional<int>(versionNumber(*o.from)) : std::nullopt;
        const Scenario s = ws.createScenario(deal.id, o.positional[3], from);
        io.out << "created scenario '" << fs::terminalSafe(s.name) << "' of deal '"
               << fs::terminalSafe(deal.name) << "' from version " << s.baseVersion << "\n"
               << s.id << "\n";
        return Ok;
    }
    if (sub == "list") {
        if (o.positional.size() != 3)
            throw UsageError{"usage: gpudeal-cli db scenario list ID [--json]"};
        const auto scenarios = ws.listScenarios(resolve(ws, o.positional[2]).id);
        if (o.json) {
            nlohmann::json arr = nlohmann::json::array();
            for (const Scenario &s : scenarios)
                arr.push_back({{"id", s.id},
                               {"name", s.name},
                               {"base_version", s.baseVersion},
                               {"versions", s.versionCount},
                               {"created", isoTime(s.created)}});
            io.out << dump(arr);
        } else {
            for (const Scenario &s : scenarios)
                io.out << s.id << "  " << fs::terminalSafe(s.name) << "  from version " << s.baseVersion
                       << ", " << s.versionCount << " version(s)\n";
        }
        return Ok;
    }
    throw UsageError{"usage: gpudeal-cli db scenario create|list ..."};
}

int runOn(Workspace &ws, const std::string &command, const Options &o, Io io)
{
    if (command == "list")
        return cmdList(ws, o, io);
    if (command == "import")
        return cmdImport(ws, o, io);
    if (command == "export")
        return cmdExport(ws, o, io);
    if (command == "history")
        return cmdHistory(ws, o, io);
    if (command == "restore")
        return cmdRestore(ws, o, io);
    if (command == "scenario")
        return cmdScenario(ws, o, io);
    if (command == "tag") {
        if (o.positional.size() < 2)
            throw UsageError{"usage: gpudeal-cli db tag ID [TAG ...]"};
        const DealSummary deal = resolve(ws, o.positional[1]);
        ws.setTags(deal.id, std::vector<std::string>(o.positional.begin() + 2, o.positional.end()));
        return Ok;
    }
    if (command == "delete" || command == "undelete") {
        need(o, 1, (command + " ID").c_str());
        const DealSummary deal = resolve(ws, o.positional[1]);
        if (command == "delete")
            noteEditedElsewhere(ws, deal.id, io);
        if (command == "delete") {
            ws.softDelete(deal.id);
            io.out << "moved deal '" << fs::terminalSafe(deal.name) << "' (id " << deal.id
                   << ") to the bin; 'gpudeal-cli db undelete " << deal.id << "' brings it back\n";
        } else {
            ws.restoreDeleted(deal.id);
            io.out << "took deal '" << fs::terminalSafe(deal.name) << "' (id " << deal.id
                   << ") out of the bin\n";
        }
        return Ok;
    }
    if (command == "empty-bin") {
        need(o, 0, "empty-bin");
        const int n = ws.emptyBin();
        io.out << "deleted " << n << " deal(s) for good\n";
        return Ok;
    }
    if (command == "backup") {
        const std::optional<std::string> target =
            o.positional.size() == 2 ? std::optional<std::string>(o.positional[1]) : o.output;
        if (!target || o.positional.size() > 2)
            throw UsageError{"usage: gpudeal-cli db backup FILE"};
        ws.backup(*target);
        io.out << "backed up " << fs::terminalSafe(ws.path()) << " to " << fs::terminalSafe(*target) << "\n";
        return Ok;
    }
    throw UsageError{"unknown db command '" + command + "'"};
}

// Argument counts are checked before the workspace is opened (or created).
std::optional<std::string> arityProblem(const Options &o)
{
    struct Arity {
        std::string_view command;
        std::size_t min, max; // positional arguments after the command word
    };
    static constexpr Arity kArity[] = {
        {"list", 0, 0},     {"import", 1, 1},      {"export", 1, 1}, {"history", 1, 1},  {"restore", 2, 2},
        {"scenario", 2, 3}, {"tag", 1, 1000},      {"delete", 1, 1}, {"undelete", 1, 1}, {"empty-bin", 0, 0},
        {"backup", 0, 1},   {"init-server", 1, 1}, {"copy", 0, 0}};
    const std::string &command = o.positional.front();
    for (const Arity &a : kArity)
        if (a.command == command) {
            const std::size_t n = o.positional.size() - 1;
            if (n < a.min || n > a.max)
                return "wrong number of arguments for '" + command + "'";
            return std::nullopt;
        }
    return "unknown command '" + command + "'";
}

} // namespace

int runDb(const Args &args, Io io)
{
    const Options o = parse(args);
    if (o.help || (o.error.empty() && o.positional.empty())) {
        (o.help ? io.out : io.err) << kDbUsage << defaultWorkspacePath() << "\n";
        return o.help ? Ok : Usage;
    }
    if (!o.error.empty()) {
        return usageError(io, o.error, "db");
    }
    const std::string &command = o.positional.front();
    if (const auto problem = arityProblem(o)) {
        return usageError(io, *problem, "db");
    }
    try {
        if (command == "init-server") {
            const int version = Workspace::initServer(o.positional[1]);
            io.out << "team workspace ready (schema " << version
                   << "); grant people gpudeal_editor or gpudeal_reader (GRANT gpudeal_editor TO alice)\n";
            return finish(io, {}) == Ok ? Ok : RuntimeFailure;
        }
        if (command == "copy") {
            if (!o.from || !o.to)
                throw UsageError{"usage: gpudeal-cli db copy --from SRC --to DST [--merge]"};
            OpenOptions readOnly;
            readOnly.readOnly = true;
            const Workspace from = Workspace::open(*o.from, systemClock(), readOnly);
            Workspace to = Workspace::open(*o.to, systemClock());
            const Workspace::CopyCount n = Workspace::copy(from, to, o.merge);
            io.out << "copied " << n.deals << " deal(s), " << n.versions << " version(s) and " << n.scenarios
                   << " scenario(s) from " << fs::terminalSafe(*o.from) << " to " << fs::terminalSafe(*o.to)
                   << "\n";
            return finish(io, {}) == Ok ? Ok : RuntimeFailure;
        }
        // Commands that only read open the workspace read only: they never create it, nor any file
        // beside it (README "Files and the workspace").
        OpenOptions options;
        options.readOnly = command == "list" || command == "export" || command == "history" ||
                           (command == "scenario" && o.positional.size() > 1 && o.positional[1] == "list");
        Workspace ws = o.db ? Workspace::open(*o.db, systemClock(), options)
                            : Workspace::openDefault(systemClock(), options);
        const int rc = runOn(ws, command, o, io);
        if (finish(io, {}) != Ok)
            return RuntimeFailure;
        return rc;
    } catch (const UsageError &e) {
        io.err << "gpudeal-cli db: " << fs::terminalSafe(e.message) << "\n";
        return Usage;
    } catch (const InputError &e) {
        io.err << "gpudeal-cli db: " << fs::terminalSafe(e.message) << "\n";
        return InvalidInput;
    } catch (const WorkspaceError &e) {
        using Kind = WorkspaceError::Kind;
        io.err << "gpudeal-cli db: " << fs::terminalSafe(e.what()) << "\n";
        for (const Issue &i : e.issues())
            io.err << fs::terminalSafe(issueText(i)) << "\n";
        switch (e.kind()) {
        case Kind::NotFound:
        case Kind::Invalid:
        case Kind::Conflict:
            return InvalidInput;
        default:
            return RuntimeFailure;
        }
    } catch (const std::exception &e) {
        io.err << "gpudeal-cli db: " << fs::terminalSafe(e.what()) << "\n";
        return RuntimeFailure;
    }
}

} // namespace gds::cli
