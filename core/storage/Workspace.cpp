// Opening, creating and backing up a workspace file.
//
// Why the SQLite C API and not QtSql: the online backup API (gpudeal-cli db backup) exists only
// there; we need SQLite's own result codes to tell "busy" from "not a database" from "disk full";
// opening must be controlled exactly (no implicit creation, no checkpoint when a file is refused);
// and QSqlDatabase keeps its connections in a process-wide registry by name, a global we do not want
// in a library that several threads and tests open independently. Qt Core is used only to find the
// default location (QStandardPaths).
#include "storage/PgWorkspace.h"
#include "storage/Schema.h"
#include "storage/Sqlite.h"
#include "storage/WorkspaceImpl.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace gds {

static_assert(Workspace::kSchemaVersion == schema::kSchemaVersion);

namespace {

using Kind = WorkspaceError::Kind;
using storage_detail::fileExists;

std::string quoted(const std::string &path)
{
    return "'" + path + "'";
}

[[noreturn]] void refuse(const std::string &path, Kind kind, const std::string &problem)
{
    throw WorkspaceError(kind, "The file " + quoted(path) + " " + problem + ". It was not changed.");
}

// Connection settings every workspace connection gets, none of which writes to the file.
void configure(sqlite3 *db, const OpenOptions &options)
{
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, static_cast<int>(options.busyTimeout.count()));
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, nullptr);
    sqlite::exec(db, options.durable ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = OFF",
                 "configuring the connection");
    // Up to 32 MiB of page cache (allocated as used): listing thousands of versions then reads the
    // table once from the OS, not on every call.
    sqlite::exec(db, "PRAGMA cache_size = -32768", "configuring the connection");
}

sqlite3 *openConnection(const std::string &path, int flags)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close_v2(db);
        throw WorkspaceError(Kind::Io, "Cannot open " + quoted(path) + ": " + msg);
    }
    return db;
}

// quick_check's findings, one per line, shortened to the first two on one line.
std::string firstFindings(const std::string &text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string line = text.substr(start, end - start);
        if (!line.empty() && !line.starts_with("***"))
            lines.push_back(line);
        start = end + 1;
    }
    std::string out;
    for (std::size_t i = 0; i < lines.size() && i < 2; ++i)
        out += (i ? "; " : "") + lines[i];
    if (lines.size() > 2)
        out += "; " + std::to_string(lines.size() - 2) + " more";
    return out.empty() ? text : out;
}

// A file: URI for sqlite3_open_v2 (SQLITE_OPEN_URI): '%', '?' and '#' escaped.
std::string fileUri(const std::string &path, const std::string &query)
{
    std::string uri = "file:";
    if (path.starts_with("//"))
        uri += "//localhost"; // an authority would be read from "file://x"
    for (char c : path) {
        if (c == '%')
            uri += "%25";
        else if (c == '?')
            uri += "%3f";
        else if (c == '#')
            uri += "%23";
        else
            uri += c;
    }
    return uri + "?" + query;
}

// A connection that creates and changes nothing: mode=ro, and immutable=1 when no log exists, since
// a read-only connection in WAL mode would otherwise create -wal and -shm (owned by the reader, which
// locks the owner out). With a log present it attaches to the log and index that are there.
sqlite3 *openReadOnly(const std::string &path)
{
    const bool log = fileExists(path + "-wal");
    return openConnection(fileUri(path, log ? "mode=ro" : "mode=ro&immutable=1"),
                          SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
}

// Removes what a creation killed midway left behind: "<name>.creating-<pid>-<hex>" (and its
// -wal/-shm/-journal) whose process no longer exists. Other processes' creations in progress stay.
void removeCreationLeftovers(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
    const std::string prefix = (slash == std::string::npos ? path : path.substr(slash + 1)) + ".creating-";
    DIR *d = ::opendir(dir.c_str());
    if (!d)
        return;
    std::vector<std::string> stale;
    while (const dirent *e = ::readdir(d)) {
        std::string base = e->d_name;
        if (!base.starts_with(prefix))
            continue;
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            if (base.ends_with(suffix))
                base.erase(base.size() - std::strlen(suffix));
        const std::string rest = base.substr(prefix.size()); // "<pid>-<hex>"
        if (rest.find('-') == std::string::npos ||
            rest.find_first_not_of("0123456789abcdef-") != std::string::npos)
            continue;
        const long pid = std::strtol(rest.c_str(), nullptr, 10);
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            stale.push_back(dir + "/" + base);
    }
    ::closedir(d);
    for (const std::string &leftover : stale)
        storage_detail::removeDatabaseFiles(leftover);
}

// Builds a new workspace under a temporary name and moves it into place only when complete, so a
// crash during creation never leaves an empty or half-made file at `path`. If another process
// created the workspace meanwhile, theirs is kept.
void createWorkspaceFile(const std::string &path, const OpenOptions &options)
{
    const std::string tmp =
        path + ".creating-" + std::to_string(::getpid()) + "-" + storage_detail::uniqueSuffix();
    sqlite3 *db = openConnection(tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    try {
        configure(db, options);
        sqlite::exec(db, "PRAGMA journal_mode = WAL", "creating the workspace");
        {
            sqlite::Transaction t(db, sqlite::Transaction::Kind::Write);
            schema::migrate(db, 0, schema::kSchemaVersion);
            t.commit();
        }
    } catch (const WorkspaceError &e) {
        sqlite3_close_v2(db);
        storage_detail::removeDatabaseFiles(tmp);
        throw WorkspaceError(Kind::Io, "Cannot create the workspace " + quoted(path) + ": " + e.what());
    }
    // Closing the last connection checkpoints the log into the file and removes -wal/-shm.
    if (sqlite3_close(db) != SQLITE_OK) {
        storage_detail::removeDatabaseFiles(tmp);
        throw WorkspaceError(Kind::Io, "Cannot create the workspace " + quoted(path));
    }
    if (!storage_detail::renameNoReplace(tmp, path)) {
        const int err = errno;
        storage_detail::removeDatabaseFiles(tmp);
        if (err != EEXIST)
            throw WorkspaceError(Kind::Io,
                                 "Cannot create the workspace " + quoted(path) + ": " + std::strerror(err));
    }
}

// Copies the whole database with the online backup API into a new file (never replacing one).
void backupTo(sqlite3 *source, const std::string &toPath, const OpenOptions &options)
{
    if (fileExists(toPath))
        throw WorkspaceError(Kind::Conflict, "The file " + quoted(toPath) +
                                                 " exists already; a backup never overwrites a file");
    const std::string tmp = toPath + ".partial-" + storage_detail::uniqueSuffix();
    sqlite3 *dest = openConnection(tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3_busy_timeout(dest, static_cast<int>(options.busyTimeout.count()));
    sqlite3_backup *b = sqlite3_backup_init(dest, "main", source, "main");
    int rc = SQLITE_ERROR;
    std::string problem;
    if (!b) {
        problem = sqlite3_errmsg(dest);
    } else {
        long long waitedMs = 0;
        do {
            rc = sqlite3_backup_step(b, -1);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                sqlite3_sleep(20);
                waitedMs += 20;
            }
        } while ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waitedMs < options.busyTimeout.count());
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE)
            problem = sqlite3_errstr(rc);
    }
    const bool closed = sqlite3_close(dest) == SQLITE_OK;
    if (rc != SQLITE_DONE || !closed) {
        storage_detail::removeDatabaseFiles(tmp);
        throw WorkspaceError(rc == SQLITE_BUSY ? Kind::Busy : Kind::Io,
                             "The backup to " + quoted(toPath) + " failed: " + problem);
    }
    if (!storage_detail::renameNoReplace(tmp, toPath)) {
        const int err = errno;
        storage_detail::removeDatabaseFiles(tmp);
        throw WorkspaceError(err == EEXIST ? Kind::Conflict : Kind::Io,
                             "The backup to " + quoted(toPath) + " failed: " + std::strerror(err));
    }
}

std::string migrationBackupPath(const std::string &path, int fromVersion)
{
    const std::string base = path + ".schema-" + std::to_string(fromVersion) + ".bak";
    std::string candidate = base;
    for (int i = 2; fileExists(candidate); ++i)
        candidate = base + "." + std::to_string(i);
    return candidate;
}

} // namespace

Clock systemClock()
{
    return [] { return std::chrono::system_clock::now(); };
}

std::string defaultWorkspacePath()
{
    const QString overridden = qEnvironmentVariable("GPUDEAL_WORKSPACE");
    if (!overridden.isEmpty())
        return overridden.toStdString();
    // QStandardPaths::AppDataLocation is GenericDataLocation/<organization>/<application>. It is built
    // here from the names the GUI sets, so that the CLI (which sets none) finds the same file without
    // changing process-wide application names.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base)
        .filePath(QStringLiteral("GPU Deal Studio/GPU Deal Studio/workspace.gpudeal.sqlite"))
        .toStdString();
}

std::string dealLockPath(const std::string &workspacePath, std::int64_t dealId)
{
    return workspacePath + ".locks/deal-" + std::to_string(dealId) + ".lock";
}

SqliteWorkspace::~SqliteWorkspace()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

std::int64_t SqliteWorkspace::nowMs() const
{
    return storage_detail::toMs(clock());
}

Workspace::Workspace(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
Workspace::Workspace(Workspace &&) noexcept = default;
Workspace &Workspace::operator=(Workspace &&) noexcept = default;
Workspace::~Workspace() = default;

const std::string &Workspace::path() const
{
    return d->path();
}

bool Workspace::readOnly() const
{
    return d->readOnly();
}

int Workspace::schemaVersion() const
{
    return d->schemaVersion();
}

std::string Workspace::integrityCheck() const
{
    return d->integrityCheck();
}

int SqliteWorkspace::schemaVersion() const
{
    return static_cast<int>(sqlite::queryInt(m_db, "PRAGMA user_version"));
}

std::string SqliteWorkspace::integrityCheck() const
{
    sqlite::Statement s(m_db, "PRAGMA integrity_check");
    std::string out;
    while (s.step()) {
        if (!out.empty())
            out += '\n';
        out += s.text(0);
    }
    return out;
}

Workspace Workspace::openDefault(Clock clock, const OpenOptions &options)
{
    const std::string path = defaultWorkspacePath();
    const QString dir = QFileInfo(QString::fromStdString(path)).absolutePath();
    if (!options.readOnly && !QDir().mkpath(dir))
        throw WorkspaceError(Kind::Io, "Cannot create the folder " + quoted(dir.toStdString()));
    return open(path, std::move(clock), options);
}

bool Workspace::isServerUrl(const std::string &path)
{
    return path.starts_with("postgresql://") || path.starts_with("postgres://");
}

int Workspace::initServer(const std::string &url)
{
    if (!isServerUrl(url))
        throw WorkspaceError(Kind::Invalid,
                             "'" + url + "' is not a PostgreSQL connection string (postgresql://...)");
    return PgWorkspace::initServer(url);
}

Workspace Workspace::open(const std::string &path, Clock clock, const OpenOptions &options)
{
    if (path.empty())
        throw WorkspaceError(Kind::Invalid, "No workspace file given");
    if (!clock)
        throw WorkspaceError(Kind::Invalid, "A workspace needs a clock");
    if (isServerUrl(path))
        return Workspace(PgWorkspace::open(path, std::move(clock), options));

    struct stat st {
    };
    if (!options.readOnly)
        removeCreationLeftovers(path);
    if (::stat(path.c_str(), &st) != 0) {
        if (errno != ENOENT)
            throw WorkspaceError(Kind::Io, "Cannot open " + quoted(path) + ": " + std::strerror(errno));
        if (options.readOnly)
            throw WorkspaceError(Kind::Io, "There is no workspace " + quoted(path) +
                                               " (a command that only reads never creates one)");
        createWorkspaceFile(path, options);
        if (::stat(path.c_str(), &st) != 0)
            throw WorkspaceError(Kind::Io, "Cannot open " + quoted(path) + ": " + std::strerror(errno));
    }
    if (!S_ISREG(st.st_mode))
        refuse(path, Kind::NotAWorkspace, "is not a regular file");

    // 1. The header, read with plain file I/O: SQLite never sees garbage or a newer schema.
    const schema::HeaderCheck header = schema::checkHeader(path);
    if (!header.ok)
        refuse(path, header.newerSchema ? Kind::NewerSchema : Kind::NotAWorkspace, header.problem);

    auto impl = std::make_unique<SqliteWorkspace>();
    impl->m_path = path;
    impl->clock = std::move(clock);
    impl->openOptions = options;
    // 2. Inspected through a connection that cannot write: a refused file keeps no -wal/-shm.
    impl->m_db = openReadOnly(path);
    int version = 0;
    std::string damage;
    try {
        configure(impl->m_db, options);
        // 3. Reads only: the id and version as SQLite sees them (a log may be newer than the header),
        // and a structural check that catches truncation and damage the header cannot show.
        if (sqlite::queryInt(impl->m_db, "PRAGMA application_id") != schema::kApplicationId)
            refuse(path, Kind::NotAWorkspace, "is not a GPU Deal Studio workspace");
        version = static_cast<int>(sqlite::queryInt(impl->m_db, "PRAGMA user_version"));
        sqlite::Statement check(impl->m_db, "PRAGMA quick_check");
        if (version <= schema::kSchemaVersion && check.step() && check.textView(0) != "ok")
            damage = firstFindings(check.text(0));
    } catch (const WorkspaceError &e) {
        if (e.kind() == Kind::Busy || std::string_view(e.what()).starts_with("The file "))
            throw;
        refuse(path, Kind::NotAWorkspace, std::string("cannot be read as a workspace (") + e.what() + ")");
    }
    if (version < 0) // user_version is a signed 32-bit field; no GPU Deal Studio writes a negative one
        refuse(path, Kind::NotAWorkspace,
               "has an impossible schema version (" + std::to_string(version) + ")");
    if (version > schema::kSchemaVersion)
        refuse(path, Kind::NewerSchema,
               "was written by a newer version of GPU Deal Studio (schema " + std::to_string(version) +
                   "; this version reads up to " + std::to_string(schema::kSchemaVersion) +
                   "). Open it with that version or newer");
    if (!damage.empty())
        refuse(path, Kind::NotAWorkspace, "is damaged (" + damage + "); restore it from a backup");

    if (options.readOnly) {
        if (version < schema::kSchemaVersion) {
            // An older schema is read through a private migrated copy in memory; the file stays as is.
            sqlite3 *memory = openConnection(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            sqlite3_backup *b = sqlite3_backup_init(memory, "main", impl->m_db, "main");
            const int rc = b ? sqlite3_backup_step(b, -1) : SQLITE_ERROR;
            sqlite3_backup_finish(b);
            sqlite3_close_v2(impl->m_db);
            impl->m_db = memory;
            if (rc != SQLITE_DONE)
                sqlite::fail(memory, rc, "reading the workspace");
            configure(memory, options);
            sqlite::Transaction t(memory, sqlite::Transaction::Kind::Write);
            schema::migrate(memory, version, schema::kSchemaVersion);
            t.commit();
        }
        return Workspace(std::move(impl));
    }

    // 4. Accepted: the connection that writes. A file we may not write is refused before SQLite reads
    // it (reading would create -wal/-shm owned by us).
    sqlite3_close_v2(impl->m_db);
    impl->m_db = nullptr;
    if (::access(path.c_str(), W_OK) != 0)
        refuse(path, Kind::Io, "cannot be written (read-only); copy it somewhere writable");
    impl->m_db = openConnection(path, SQLITE_OPEN_READWRITE);
    sqlite3 *db = impl->m_db;
    if (sqlite3_db_readonly(db, "main") == 1)
        refuse(path, Kind::Io, "cannot be written (read-only); copy it somewhere writable");
    configure(db, options);
    {
        sqlite::Statement mode(db, "PRAGMA journal_mode");
        if (mode.step() && mode.textView(0) != "wal") {
            mode.reset();
            sqlite::exec(db, "PRAGMA journal_mode = WAL", "switching the workspace to write-ahead logging");
        }
    }
    version = static_cast<int>(sqlite::queryInt(db, "PRAGMA user_version"));
    if (version < schema::kSchemaVersion) {
        if (version > 0)
            backupTo(db, migrationBackupPath(path, version), options);
        sqlite::Transaction t(db, sqlite::Transaction::Kind::Write);
        // Another process may have migrated it while we waited for the write lock.
        const int now = static_cast<int>(sqlite::queryInt(db, "PRAGMA user_version"));
        if (now >= 0 && now < schema::kSchemaVersion)
            schema::migrate(db, now, schema::kSchemaVersion);
        t.commit();
    }
    return Workspace(std::move(impl));
}

void SqliteWorkspace::backup(const std::string &toPath) const
{
    if (toPath.empty())
        throw WorkspaceError(Kind::Invalid, "No backup file given");
    backupTo(m_db, toPath, openOptions);
}

} // namespace gds
