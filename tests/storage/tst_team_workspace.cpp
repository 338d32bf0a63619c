// The team workspace on a real PostgreSQL 15 server of its own (PgServer.h): the schema
// created by db init-server and migrated in code, a newer schema refused untouched, no lost update
// between two people, who saved what, the group roles with a reader refused by the server, the
// postmaster killed mid-save (API and CLI), the CLI's db commands on a connection string, SCRAM
// password logins and TLS with verify-full over TCP, and the fixture itself (a server that cannot
// start fails the test; a killed test process leaves no server). (The whole workspace suite also
// runs on this backend: tst_workspace.)
#include "io/DealJson.h"
#include "PgServer.h"
#include "StorageTestSupport.h"

#include <algorithm>
#include <atomic>
#include <libpq-fe.h>
#include <optional>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <random>
#include <set>
#include <thread>

using namespace gds;
using namespace gds::test;
using Kind = WorkspaceError::Kind;

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_server;
    QTemporaryDir m_tmp;

    // A new database with the workspace in it; returns its name.
    std::string freshDatabase()
    {
        const std::string db = m_server->createDatabase();
        Workspace::initServer(m_server->url(db));
        return db;
    }

    struct CliResult {
        int code = -1;
        QString out, err;
    };
    CliResult cli(const QStringList &args, const QStringList &env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : env)
            e.insert(kv.section('=', 0, 0), kv.section('=', 1));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(GDS_CLI_PATH), args);
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // Everything the API says about a workspace, as text: deals (bin included), their versions with
    // notes, authors, times and documents, scenarios. Two workspaces with equal descriptions hold the
    // same deal book.
    static std::string describe(const Workspace &ws)
    {
        auto ms = [](TimePoint t) {
            return std::to_string(
                std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count());
        };
        std::string out;
        for (const DealSummary &d : ws.listDeals(DealFilter::All)) {
            out += "deal " + std::to_string(d.id) + " " + d.name + " | " + d.sponsor + " | " + ms(d.created) +
                   " " + ms(d.updated) + (d.deletedAt ? " deleted " + ms(*d.deletedAt) : std::string()) +
                   " | " + std::to_string(d.versionCount) + " " + std::to_string(d.latestVersion) + " " +
                   std::to_string(d.scenarioCount) + " " + d.currency + " metrics " +
                   std::to_string(d.metrics.size()) + "\n";
            for (const std::string &t : d.tags)
                out += "  tag " + t + "\n";
            for (const VersionInfo &v : ws.history(d.id)) {
                out += "  v" + std::to_string(v.number) + " id " + std::to_string(v.id) + " " +
                       ms(v.created) + " [" + v.note + "] " + v.scenario + " by " + v.author +
                       (v.savedAt ? " at " + ms(*v.savedAt) : std::string()) +
                       (v.restoredFrom ? " from " + std::to_string(*v.restoredFrom) : std::string()) + " " +
                       v.currency + "\n";
                out += "  " + ws.loadVersion(d.id, v.number).content + "\n";
            }
            for (const Scenario &sc : ws.listScenarios(d.id))
                out += "  scenario " + std::to_string(sc.id) + " " + sc.name + " from " +
                       std::to_string(sc.baseVersion) + " " + ms(sc.created) + " " +
                       std::to_string(sc.versionCount) + "\n";
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        try {
            m_server = std::make_unique<PgServer>();
            // Two people and a reader; the local socket trusts them (the test server only).
            m_server->exec("CREATE ROLE alice LOGIN; CREATE ROLE bob LOGIN; CREATE ROLE rita LOGIN");
            // And one who logs in over TCP with a password (stored as a SCRAM verifier).
            m_server->exec("CREATE ROLE carol LOGIN PASSWORD 'correct-horse-7'");
        } catch (const std::exception &e) {
            QFAIL(e.what()); // a test that cannot start its server fails, never skips
        }
    }
    void cleanupTestCase() { m_server.reset(); }

    void initServerCreatesTheSchemaAndTheRoles()
    {
        const std::string db = m_server->createDatabase();
        QCOMPARE(Workspace::initServer(m_server->url(db)), Workspace::kSchemaVersion);
        QCOMPARE(m_server->text("SELECT version FROM gpudeal_schema", db),
                 std::to_string(Workspace::kSchemaVersion));
        for (const char *role : {"gpudeal_owner", "gpudeal_editor", "gpudeal_reader"})
            QCOMPARE(m_server->text(
                         std::string("SELECT count(*) FROM pg_roles WHERE rolname = '") + role + "'", db),
                     std::string("1"));
        // Run again: nothing changes, nothing fails.
        QCOMPARE(Workspace::initServer(m_server->url(db)), Workspace::kSchemaVersion);
        Workspace ws = Workspace::open(m_server->url(db), steppingClock());
        QCOMPARE(ws.schemaVersion(), Workspace::kSchemaVersion);
        QVERIFY(ws.listDeals().empty());
    }

    void anEmptyDatabaseNeedsInitServer()
    {
        const std::string db = m_server->createDatabase();
        try {
            Workspace::open(m_server->url(db), steppingClock());
            QFAIL("opened a database without a workspace");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), Kind::NotAWorkspace);
            QVERIFY2(std::string(e.what()).find("db init-server") != std::string::npos, e.what());
        }
        QCOMPARE(m_server->text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", db),
                 std::string("0"));
    }

    void aNewerSchemaIsRefusedUntouched()
    {
        const std::string db = freshDatabase();
        m_server->exec("UPDATE gpudeal_schema SET version = 99", db);
        const std::string before = m_server->text("SELECT md5(string_agg(t::text, ',')) FROM"
                                                  " (SELECT version FROM gpudeal_schema) t",
                                                  db);
        for (bool readOnly : {false, true}) {
            try {
                OpenOptions o;
                o.readOnly = readOnly;
                Workspace::open(m_server->url(db), steppingClock(), o);
                QFAIL("opened a newer schema");
            } catch (const WorkspaceError &e) {
                QCOMPARE(e.kind(), Kind::NewerSchema);
            }
        }
        QVERIFY_THROWS_EXCEPTION(WorkspaceError, Workspace::initServer(m_server->url(db)));
        QCOMPARE(m_server->text("SELECT version FROM gpudeal_schema", db), std::string("99"));
        QCOMPARE(m_server->text(
                     "SELECT md5(string_agg(t::text, ',')) FROM (SELECT version FROM gpudeal_schema) t", db),
                 before);
    }

    void anOlderSchemaIsMigrated()
    {
        // The first PostgreSQL layout was schema 3; a workspace that says it is older is brought up
        // to date by the code's migrations when opened for writing.
        const std::string db = freshDatabase();
        {
            Workspace ws = Workspace::open(m_server->url(db), steppingClock());
            ws.saveVersion(dealNamed("Kept"), "before");
        }
        m_server->exec("UPDATE gpudeal_schema SET version = 3", db);
        Workspace ws = Workspace::open(m_server->url(db), steppingClock());
        QCOMPARE(ws.schemaVersion(), Workspace::kSchemaVersion);
        QCOMPARE(m_server->text("SELECT version FROM gpudeal_schema", db),
                 std::to_string(Workspace::kSchemaVersion));
        QCOMPARE(ws.listDeals().size(), std::size_t{1});
    }

    void everyVersionRecordsItsRoleAndTheServerTime()
    {
        const std::string db = freshDatabase();
        m_server->exec("GRANT gpudeal_editor TO alice; GRANT gpudeal_editor TO bob");
        const auto before = std::chrono::system_clock::now() - std::chrono::seconds(5);
        Workspace a = Workspace::open(m_server->url(db, "alice"), steppingClock());
        Workspace b = Workspace::open(m_server->url(db, "bob"), steppingClock());
        const VersionInfo v1 = a.saveVersion(dealNamed("Atlas"), "alice's");
        b.saveVersion(dealNamed("Atlas", 2.1), "bob's");
        const auto history = a.history(v1.dealId);
        QCOMPARE(history.size(), std::size_t{2});
        QCOMPARE(history[0].author, std::string("alice"));
        QCOMPARE(history[1].author, std::string("bob"));
        QVERIFY(history[0].savedAt && *history[0].savedAt > before);
        QVERIFY(history[1].savedAt && *history[1].savedAt >= *history[0].savedAt);
        // The server's word, not the client's: an editor cannot claim another author.
        m_server->exec("GRANT gpudeal_editor TO alice");
        PgServer &s = *m_server;
        s.exec("SET ROLE alice; INSERT INTO versions (deal_id, number, created_at, saved_by)"
               " VALUES (" +
                   std::to_string(v1.dealId) + ", 99, 0, 'mallory')",
               db);
        QCOMPARE(s.text("SELECT saved_by FROM versions WHERE number = 99", db), std::string("alice"));
    }

    void aStaleSaveIsRefusedNamingWhoAndWhen()
    {
        const std::string db = freshDatabase();
        m_server->exec("GRANT gpudeal_editor TO alice; GRANT gpudeal_editor TO bob");
        Workspace a = Workspace::open(m_server->url(db, "alice"), steppingClock());
        Workspace b = Workspace::open(m_server->url(db, "bob"), steppingClock());
        const VersionInfo v1 = a.saveVersion(dealNamed("Atlas"), "first");
        // Both start from version 1; alice saves first.
        SaveOptions o;
        o.dealId = v1.dealId;
        o.expectedLatest = 1;
        o.note = "alice's edit";
        QCOMPARE(a.saveVersion(dealNamed("Atlas", 2.2), o).number, 2);
        o.note = "bob's edit";
        try {
            b.saveVersion(dealNamed("Atlas", 2.4), o);
            QFAIL("bob's stale save went through");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), Kind::Conflict);
            const std::string msg = e.what();
            QVERIFY2(msg.find("Version 2") != std::string::npos, e.what());
            QVERIFY2(msg.find("by alice at ") != std::string::npos, e.what());
            QVERIFY2(msg.find("UTC") != std::string::npos, e.what());
        }
        QCOMPARE(a.history(v1.dealId).size(), std::size_t{2});
        // Bob's edits are kept as his working copy; alice has none of hers.
        b.saveWorkingCopy(v1.dealId, dealNamed("Atlas", 2.4), 1);
        QVERIFY(b.loadWorkingCopy(v1.dealId).has_value());
        QVERIFY(!a.loadWorkingCopy(v1.dealId).has_value());
        QVERIFY(b.deal(v1.dealId).hasWorkingCopy);
        QVERIFY(!a.deal(v1.dealId).hasWorkingCopy);
    }

    void twoConcurrentWritersLoseNoUpdate()
    {
        const std::string db = freshDatabase();
        m_server->exec("GRANT gpudeal_editor TO alice; GRANT gpudeal_editor TO bob");
        std::int64_t dealId = 0;
        {
            Workspace w = Workspace::open(m_server->url(db, "alice"), steppingClock());
            dealId = w.saveVersion(dealNamed("Race"), "start").dealId;
        }
        constexpr int kSavesEach = 40;
        std::atomic<int> conflicts{0};
        std::vector<int> numbers[2];
        std::string errors[2];
        auto writer = [&](int who) {
            try {
                Workspace w = Workspace::open(m_server->url(db, who == 0 ? "alice" : "bob"), systemClock());
                for (int done = 0; done < kSavesEach;) {
                    const int base = w.latest(dealId).info.number;
                    SaveOptions o;
                    o.dealId = dealId;
                    o.expectedLatest = base;
                    o.note = std::to_string(who) + ":" + std::to_string(base);
                    try {
                        numbers[who].push_back(w.saveVersion(dealNamed("Race", 1.0 + done * 0.01), o).number);
                        ++done;
                    } catch (const WorkspaceError &e) {
                        if (e.kind() != Kind::Conflict)
                            throw;
                        ++conflicts;
                    }
                }
            } catch (const std::exception &e) {
                errors[who] = e.what();
            }
        };
        std::thread t0(writer, 0), t1(writer, 1);
        t0.join();
        t1.join();
        QCOMPARE(errors[0], std::string());
        QCOMPARE(errors[1], std::string());
        Workspace w = Workspace::open(m_server->url(db), steppingClock());
        const auto history = w.history(dealId);
        QCOMPARE(history.size(), std::size_t{1 + 2 * kSavesEach});
        // Every version was saved on top of the one before it: nobody's update was layered over.
        for (std::size_t i = 1; i < history.size(); ++i) {
            const std::string &note = history[i].note;
            QCOMPARE(note.substr(note.find(':') + 1), std::to_string(history[i - 1].number));
        }
        std::set<int> all(numbers[0].begin(), numbers[0].end());
        all.insert(numbers[1].begin(), numbers[1].end());
        QCOMPARE(all.size(), std::size_t{2 * kSavesEach});
        qInfo("%d stale saves refused", conflicts.load());
    }

    void aReaderIsRefusedWritesByTheServer()
    {
        const std::string db = freshDatabase();
        m_server->exec("GRANT gpudeal_reader TO rita; GRANT gpudeal_editor TO alice");
        std::int64_t dealId = 0;
        {
            Workspace a = Workspace::open(m_server->url(db, "alice"), steppingClock());
            dealId = a.saveVersion(dealNamed("Read me"), "").dealId;
        }
        Workspace r =
            Workspace::open(m_server->url(db, "rita"), steppingClock()); // not read only: the server says no
        QCOMPARE(r.listDeals().size(), std::size_t{1});
        QCOMPARE(r.latest(dealId).deal.name, std::string("Read me"));
        auto refused = [](const std::function<void()> &write) {
            try {
                write();
                return std::string("written");
            } catch (const WorkspaceError &e) {
                return std::string(e.what());
            }
        };
        for (const std::string &msg :
             {refused([&] { r.saveVersion(dealNamed("Read me", 2.0), ""); }),
              refused([&] { r.saveVersion(dealNamed("New"), ""); }), refused([&] { r.softDelete(dealId); }),
              refused([&] { r.setTags(dealId, {"x"}); }), refused([&] { r.createScenario(dealId, "s"); }),
              refused([&] { r.saveWorkingCopy(dealId, dealNamed("Read me"), 1); })})
            QVERIFY2(msg.find("permission denied") != std::string::npos, msg.c_str());
        // And behind the API's back too.
        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error,
            m_server->exec("SET ROLE rita; INSERT INTO deals (name, created_at, updated_at)"
                           " VALUES ('x', 0, 0)",
                           db));
        Workspace a = Workspace::open(m_server->url(db, "alice"), steppingClock());
        QCOMPARE(a.history(dealId).size(), std::size_t{1});
        QCOMPARE(a.listDeals().size(), std::size_t{1});
    }

    void anEditorCannotRewriteHistory()
    {
        const std::string db = freshDatabase();
        m_server->exec("GRANT gpudeal_editor TO alice");
        Workspace a = Workspace::open(m_server->url(db, "alice"), steppingClock());
        a.saveVersion(dealNamed("Fixed"), "kept");
        for (const char *sql :
             {"SET ROLE alice; UPDATE versions SET currency = 'XXX'", "SET ROLE alice; DELETE FROM versions",
              "SET ROLE alice; DELETE FROM version_content",
              "SET ROLE alice; UPDATE version_content SET content = '{}'"})
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, m_server->exec(sql, db));
        QCOMPARE(m_server->text("SELECT count(*) FROM version_content", db), std::string("1"));
    }

    void deletingAndRestoringAreRecorded()
    {
        const std::string db = freshDatabase();
        m_server->exec("GRANT gpudeal_editor TO alice; GRANT gpudeal_editor TO bob");
        Workspace a = Workspace::open(m_server->url(db, "alice"), steppingClock());
        Workspace b = Workspace::open(m_server->url(db, "bob"), steppingClock());
        const VersionInfo v = a.saveVersion(dealNamed("Binned"), "");
        a.softDelete(v.dealId);
        b.restoreDeleted(v.dealId);
        QCOMPARE(m_server->text(
                     "SELECT string_agg(action || ' by ' || done_by, ', ' ORDER BY id) FROM deal_events", db),
                 std::string("deleted by alice, restored by bob"));
    }

    void copyRoundTripFileServerFileIsEqual()
    {
        // A file with everything a deal book holds: versions with notes (NUL included), a scenario
        // with its own versions, a restore, tags, a deal in the bin.
        const QString start = m_tmp.filePath("roundtrip-start.sqlite");
        {
            Workspace f = Workspace::open(start.toStdString(), steppingClock());
            const VersionInfo a = f.saveVersion(dealNamed("Atlas"), std::string("first\0cut", 9));
            f.saveVersion(dealNamed("Atlas", 2.2), "second");
            const Scenario sc = f.createScenario(a.dealId, "hedged", 1);
            f.saveVersion(dealNamed("Atlas", 1.8), "hedged one", sc.id);
            f.createScenario(a.dealId, "empty");
            f.restoreVersion(a.dealId, 1);
            f.setTags(a.dealId, {"core", "算力"});
            const VersionInfo b = f.saveVersion(dealNamed("Boreas"), "");
            f.saveVersion(dealNamed("Cetus"), "c");
            f.softDelete(b.dealId);
        }
        const std::string db = freshDatabase();
        const QString back = m_tmp.filePath("roundtrip-back.sqlite");
        CliResult r = cli({"db", "copy", "--from", start, "--to", QString::fromStdString(m_server->url(db))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("copied 3 deal(s), 6 version(s) and 2 scenario(s)"), qPrintable(r.out));
        r = cli({"db", "copy", "--from", QString::fromStdString(m_server->url(db)), "--to", back});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Workspace s = Workspace::open(start.toStdString(), steppingClock());
        const Workspace p = Workspace::open(m_server->url(db), steppingClock());
        const Workspace e = Workspace::open(back.toStdString(), steppingClock());
        QVERIFY(!describe(s).empty());
        QCOMPARE(describe(p), describe(s));
        QCOMPARE(describe(e), describe(s));
        QCOMPARE(e.integrityCheck(), std::string("ok"));

        // The server's new ids continue after the copied ones.
        Workspace w = Workspace::open(m_server->url(db), steppingClock());
        const VersionInfo n = w.saveVersion(dealNamed("Dorado"), "after the copy");
        QCOMPARE(n.dealId, std::int64_t{4});
    }

    void copyKeepsAuthorsAndTimesAndRefusesANonEmptyTarget()
    {
        const std::string db = freshDatabase();
        m_server->exec("GRANT gpudeal_editor TO alice");
        {
            Workspace a = Workspace::open(m_server->url(db, "alice"), steppingClock());
            a.saveVersion(dealNamed("Authored"), "by alice");
        }
        const QString file = m_tmp.filePath("authored.sqlite");
        CliResult r = cli({"db", "copy", "--from", QString::fromStdString(m_server->url(db)), "--to", file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        {
            const Workspace f = Workspace::open(file.toStdString(), steppingClock());
            const Workspace p = Workspace::open(m_server->url(db), steppingClock());
            const auto h = f.history(f.listDeals().front().id);
            QCOMPARE(h.front().author, std::string("alice"));
            QVERIFY(h.front().savedAt.has_value());
            QCOMPARE(h.front().savedAt, p.history(h.front().dealId).front().savedAt);
        }
        // Into a target that holds deals: refused without --merge, nothing written.
        const QByteArray before = digest(file);
        r = cli({"db", "copy", "--from", QString::fromStdString(m_server->url(db)), "--to", file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--merge"), qPrintable(r.err));
        // With --merge a live name the target uses is refused, nothing written.
        r = cli({"db", "copy", "--from", QString::fromStdString(m_server->url(db)), "--to", file, "--merge"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("Authored"), qPrintable(r.err));
        QCOMPARE(digest(file), before);
        // Other deals merge in under new ids.
        const QString other = m_tmp.filePath("other.sqlite");
        {
            Workspace o = Workspace::open(other.toStdString(), steppingClock());
            o.saveVersion(dealNamed("Other"), "x");
        }
        r = cli(
            {"db", "copy", "--from", other, "--to", QString::fromStdString(m_server->url(db)), "--merge"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Workspace p = Workspace::open(m_server->url(db), steppingClock());
        QCOMPARE(p.listDeals().size(), std::size_t{2});
        QCOMPARE(p.findDealByName("Other")->versionCount, 1);
    }

    void aKilledServerLosesNoReportedSave()
    {
        // 200 saves while the postmaster is killed with SIGKILL at random moments and restarted: every
        // save reported done is there after the restarts, exactly as saved, and no version is half
        // written (each has its document).
        const std::string db = freshDatabase();
        const std::string url = m_server->url(db);
        std::int64_t dealId = 0;
        {
            Workspace w = Workspace::open(url, steppingClock());
            dealId = w.saveVersion(dealNamed("Crash"), "start").dealId;
        }
        struct Reported {
            int number;
            std::string note, content;
        };
        std::vector<Reported> reported;
        std::atomic<bool> done{false};
        std::atomic<int> savedCount{0};      // reported saves, for the killer
        std::atomic<bool> restarting{false}; // the killer restarts the server: the saver waits
        int failures = 0;
        std::thread saver([&] {
            std::optional<Workspace> w;
            for (int i = 1, attempts = 0; reported.size() < 200 && attempts < 20000; ++attempts) {
                while (restarting)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                try {
                    if (!w)
                        w.emplace(Workspace::open(url, systemClock()));
                    const Deal deal = dealNamed("Crash", 1.0 + i * 0.001);
                    SaveOptions o;
                    o.dealId = dealId;
                    o.note = "save " + std::to_string(i);
                    const VersionInfo v = w->saveVersion(deal, o);
                    reported.push_back({v.number, o.note, writeDeal(deal)});
                    savedCount = int(reported.size());
                    ++i;
                } catch (const WorkspaceError &) {
                    ++failures; // the server is away: reconnect and try again
                    w.reset();
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                }
            }
            done = true;
        });
        // The kills come at random points of the sequence of saves (not of the clock, so that a fast
        // machine cannot finish the 200 saves first): 5 to 14 saves after the last restart, a random
        // moment (up to 2 ms) into the next save; 12 kills in all, well before the 200th save.
        std::mt19937 rng(18);
        int kills = 0;
        std::string restartError;
        int nextAfter = 1 + int(rng() % 10);
        while (!done && kills < 12) {
            while (!done && savedCount < nextAfter)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            if (done)
                break;
            std::this_thread::sleep_for(std::chrono::microseconds(rng() % 2000));
            m_server->killPostmaster();
            restarting = true; // a save in flight fails; the next ones wait for the restart
            ++kills;
            for (int attempt = 0;; ++attempt) {
                try {
                    m_server->start();
                    break;
                } catch (const std::exception &e) {
                    if (attempt == 20) {
                        restartError = e.what();
                        done = true;
                        break;
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
                }
            }
            restarting = false;
            nextAfter = savedCount + 5 + int(rng() % 10);
        }
        saver.join();
        QCOMPARE(restartError, std::string());
        QCOMPARE(reported.size(), std::size_t{200});
        QCOMPARE(kills, 12);
        qInfo("%d kills, %d failed attempts", kills, failures);
        Workspace w = Workspace::open(url, steppingClock());
        QCOMPARE(w.integrityCheck(), std::string("ok"));
        for (const Reported &r : reported) {
            const StoredVersion v = w.loadVersion(dealId, r.number);
            QCOMPARE(v.info.note, r.note);
            QCOMPARE(v.content, r.content);
        }
        // Nothing saved twice under one number, nothing missing in between.
        const auto history = w.history(dealId);
        for (std::size_t i = 0; i < history.size(); ++i)
            QCOMPARE(history[i].number, static_cast<int>(i + 1));
    }

    void theCliWorksOnAConnectionString()
    {
        const std::string db = m_server->createDatabase();
        const QString url = QString::fromStdString(m_server->url(db));
        const QString file = m_tmp.filePath("cli-deal.json");
        QVERIFY(writeBytes(file, QByteArray::fromStdString(writeDeal(dealNamed("Via CLI")))));

        // Writing before init-server says what is needed.
        CliResult r = cli({"db", "import", file, "--db", url});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("db init-server"), qPrintable(r.err));

        r = cli({"db", "init-server", url});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({"db", "import", file, "--note", "from the CLI", "--db", url});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({"db", "list", "--db", url});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Via CLI"), qPrintable(r.out));
        r = cli({"db", "history", "Via CLI", "--db", url});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("by gds_admin at ") && r.out.contains("from the CLI"), qPrintable(r.out));
        r = cli({"db", "history", "Via CLI", "--json", "--db", url});
        QVERIFY2(r.out.contains("\"saved_by\": \"gds_admin\"") ||
                     r.out.contains("\"saved_by\":\"gds_admin\""),
                 qPrintable(r.out));
        r = cli({"db", "delete", "Via CLI", "--db", url});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({"db", "list", "--bin", "--db", url});
        QVERIFY2(r.out.contains("Via CLI"), qPrintable(r.out));

        // The server unreachable: exit 1 with the reason.
        const QString nowhere = QString::fromStdString(
            "postgresql://gds_admin@/nowhere?host=" + m_tmp.path().toStdString() + "&port=1");
        r = cli({"db", "list", "--db", nowhere});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Cannot connect"), qPrintable(r.err));
    }

    void aFailingServerStartFailsTheTest()
    {
        // The fixture never skips: a server that cannot start throws with pg_ctl's word and the
        // server's log, which the tests turn into a failure (initTestCase's QFAIL).
        try {
            PgServer broken(false, "shared_buffers = 'lots'");
            QFAIL("a server with an invalid setting started");
        } catch (const std::runtime_error &e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find("pg_ctl start failed") != std::string::npos, e.what());
            QVERIFY2(msg.find("shared_buffers") != std::string::npos, e.what());
        }
    }

    void tcpLoginsNeedTheirScramPassword_data()
    {
        QTest::addColumn<QString>("password"); // in the URI
        QTest::addColumn<QString>("env");      // PGPASSWORD
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("err");
        QTest::newRow("right password in the URI") << "correct-horse-7"
                                                   << "" << 0 << "";
        QTest::newRow("right password in PGPASSWORD") << ""
                                                      << "correct-horse-7" << 0 << "";
        QTest::newRow("wrong password") << "battery-staple"
                                        << "" << 1 << "password authentication failed for user \"carol\"";
        QTest::newRow("no password") << ""
                                     << "" << 1 << "no password supplied";
    }
    void tcpLoginsNeedTheirScramPassword()
    {
        QFETCH(QString, password);
        QFETCH(QString, env);
        QFETCH(int, code);
        QFETCH(QString, err);
        // The server keeps a SCRAM-SHA-256 verifier, never the password, and its pg_hba.conf accepts
        // nothing else over TCP.
        QCOMPARE(
            m_server->text("SELECT split_part(rolpassword, '$', 1) FROM pg_authid WHERE rolname = 'carol'",
                           "postgres"),
            std::string("SCRAM-SHA-256"));
        const std::string db = freshDatabase();
        m_server->exec("GRANT gpudeal_editor TO carol");
        const QString url = QString::fromStdString(m_server->tcpUrl(db, "carol", password.toStdString()));
        const QString file = m_tmp.filePath("carol.json");
        QVERIFY(writeBytes(file, QByteArray::fromStdString(writeDeal(dealNamed("Over TCP")))));
        const QStringList environment = env.isEmpty() ? QStringList() : QStringList{"PGPASSWORD=" + env};
        CliResult r = cli({"db", "import", file, "--note", "by password", "--db", url}, environment);
        QCOMPARE(r.code, code);
        if (code != 0) {
            QVERIFY2(r.err.contains("Cannot connect to the team workspace"), qPrintable(r.err));
            QVERIFY2(r.err.contains(err), qPrintable(r.err));
            QVERIFY2(!r.err.contains("battery-staple"), qPrintable(r.err)); // never echoes a password
            QCOMPARE(m_server->text("SELECT count(*) FROM versions", db), std::string("0"));
            return;
        }
        r = cli({"db", "history", "Over TCP", "--db", url}, environment);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("by carol at ") && r.out.contains("by password"), qPrintable(r.out));
    }

    void aPasswordInTheUrlIsNotRepeatedInMessages()
    {
        const std::string db = m_server->createDatabase(); // no workspace: the message names the URL
        m_server->exec("GRANT CONNECT ON DATABASE " + db + " TO carol");
        const QString url = QString::fromStdString(m_server->tcpUrl(db, "carol", "correct-horse-7"));
        const CliResult r = cli({"db", "list", "--db", url});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("db init-server"), qPrintable(r.err));
        QVERIFY2(r.err.contains("carol:***@localhost"), qPrintable(r.err));
        QVERIFY2(!r.err.contains("correct-horse-7"), qPrintable(r.err));
    }

    void tlsVerifyFullChecksTheServer_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("rightCa");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("err");
        QTest::newRow("the CA that signed it, its host name") << "localhost" << true << 0 << "";
        QTest::newRow("another CA") << "localhost" << false << 1 << "certificate verify failed";
        QTest::newRow("a name the certificate does not have")
            << "127.0.0.1" << true << 1 << "does not match host name \"127.0.0.1\"";
    }
    void tlsVerifyFullChecksTheServer()
    {
        QFETCH(QString, host);
        QFETCH(bool, rightCa);
        QFETCH(int, code);
        QFETCH(QString, err);
        const std::string db = freshDatabase();
        m_server->exec("GRANT gpudeal_editor TO carol");
        const std::string query = std::string("sslmode=verify-full&sslrootcert=") +=
            rightCa ? m_server->caFile() : m_server->otherCaFile();
        const std::string url = m_server->tcpUrl(db, "carol", "", query, host.toStdString());
        const QString file = m_tmp.filePath("tls.json");
        QVERIFY(writeBytes(file, QByteArray::fromStdString(writeDeal(dealNamed("Encrypted")))));
        const QStringList env{"PGPASSWORD=correct-horse-7"};
        CliResult r = cli({"db", "import", file, "--db", QString::fromStdString(url)}, env);
        QCOMPARE(r.code, code);
        if (code != 0) {
            QVERIFY2(r.err.contains("Cannot connect to the team workspace"), qPrintable(r.err));
            QVERIFY2(r.err.contains(err), qPrintable(r.err));
            QCOMPARE(m_server->text("SELECT count(*) FROM versions", db), std::string("0"));
            return;
        }
        r = cli({"db", "list", "--db", QString::fromStdString(url)}, env);
        QVERIFY2(r.code == 0 && r.out.contains("Encrypted"), qPrintable(r.err));
        // The same URL gives an encrypted session (what the CLI's libpq did, seen from the server).
        PGconn *c = PQconnectdb((url + "&password=correct-horse-7").c_str());
        const bool connected = PQstatus(c) == CONNECTION_OK;
        const bool encrypted = PQsslInUse(c) == 1;
        std::string protocol = PQsslAttribute(c, "protocol") ? PQsslAttribute(c, "protocol") : "";
        PQfinish(c);
        QVERIFY(connected);
        QVERIFY(encrypted);
        QVERIFY2(protocol.starts_with("TLSv1."), protocol.c_str());
    }

    void theCliReportsAServerDeadMidSaveAndLeavesNoHalfVersion()
    {
        // A save caught between its version row and its document when the postmaster is killed: the
        // CLI exits 1 with the reason, and after the restart the deal has exactly the versions it had.
        const std::string db = freshDatabase();
        const std::string url = m_server->url(db);
        const QString file = m_tmp.filePath("midsave.json");
        QVERIFY(writeBytes(file, QByteArray::fromStdString(writeDeal(dealNamed("Mid save")))));
        CliResult r = cli({"db", "import", file, "--note", "v1", "--db", QString::fromStdString(url)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Test-only: the document's insert waits for an advisory lock that the test holds.
        m_server->exec(
            "CREATE FUNCTION hold() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            " PERFORM pg_advisory_xact_lock_shared(4242); RETURN NEW; END $$;"
            " CREATE TRIGGER hold BEFORE INSERT ON version_content FOR EACH ROW EXECUTE FUNCTION hold()",
            db);
        PGconn *holder = PQconnectdb(url.c_str());
        QVERIFY(PQstatus(holder) == CONNECTION_OK);
        PQclear(PQexec(holder, "SELECT pg_advisory_lock(4242)"));
        QProcess save;
        save.start(QStringLiteral(GDS_CLI_PATH),
                   {"db", "import", file, "--note", "v2", "--db", QString::fromStdString(url)});
        bool waiting = false;
        for (int i = 0; i < 500 && !waiting; ++i) {
            waiting = m_server->text("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'advisory'",
                                     db) == "1";
            if (!waiting)
                QTest::qWait(10);
        }
        if (!waiting)
            PQfinish(holder);
        QVERIFY2(waiting, "the save never reached its document");
        // The save has written its version row (uncommitted) and waits: the server dies now.
        m_server->killPostmaster();
        PQfinish(holder);
        QVERIFY(save.waitForFinished(60000));
        const QString err = QString::fromUtf8(save.readAllStandardError());
        QCOMPARE(save.exitStatus(), QProcess::NormalExit);
        QCOMPARE(save.exitCode(), 1);
        QVERIFY2(err.contains("The team workspace failed saving a version") && err.contains("unreachable"),
                 qPrintable(err));
        m_server->start();
        m_server->exec("DROP TRIGGER hold ON version_content", db);
        Workspace ws = Workspace::open(url, steppingClock());
        QCOMPARE(ws.integrityCheck(), std::string("ok"));
        const auto deal = ws.findDealByName("Mid save");
        QVERIFY(deal.has_value());
        QCOMPARE(deal->versionCount, 1);
        QCOMPARE(m_server->text("SELECT count(*) FROM versions", db), std::string("1"));
        QCOMPARE(m_server->text("SELECT count(*) FROM version_content", db), std::string("1"));
        // And the next save goes through as version 2.
        r = cli({"db", "import", file, "--note", "v2 again", "--db", QString::fromStdString(url)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(ws.history(deal->id).back().number, 2);
    }

    void cliSavesWithTheServerKilledAtRandomMoments()
    {
        // 60 CLI saves, one process each, with the postmaster killed 10 times at a random moment into
        // a save (2 to 5 saves after each restart, then up to 80 ms into the next process: its start,
        // its connection, its statements or its commit). Every save that exited 0 is there, exactly;
        // every other one exited 1 with the reason; nothing is half written, no number is skipped or
        // taken twice.
        const std::string db = freshDatabase();
        const std::string url = m_server->url(db);
        std::atomic<bool> done{false};
        std::atomic<int> succeeded{0};
        std::atomic<bool> restarting{false};
        std::atomic<int> kills{0};
        std::string restartError;
        std::thread killer([&] {
            std::mt19937 rng(1818);
            int nextAfter = 2 + int(rng() % 4);
            while (!done && kills < 10) {
                while (!done && succeeded < nextAfter)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                if (done)
                    break;
                std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 80));
                try {
                    restarting = true;
                    m_server->killPostmaster();
                    ++kills;
                    m_server->start();
                } catch (const std::exception &e) {
                    restartError = e.what();
                    done = true;
                }
                restarting = false;
                nextAfter = succeeded + 2 + int(rng() % 4);
            }
        });
        struct Reported {
            QString note;
            std::string content;
        };
        std::vector<Reported> reported;
        int failed = 0;
        for (int i = 1; i <= 60 && restartError.empty(); ++i) {
            while (restarting)
                QTest::qWait(5);
            const Deal deal = dealNamed("Killed", 1.0 + i * 0.01);
            const QString file = m_tmp.filePath(QStringLiteral("killed-%1.json").arg(i));
            QVERIFY(writeBytes(file, QByteArray::fromStdString(writeDeal(deal))));
            const QString note = QStringLiteral("cli save %1").arg(i);
            const CliResult r =
                cli({"db", "import", file, "--note", note, "--db", QString::fromStdString(url)});
            if (r.code == 0) {
                reported.push_back({note, writeDeal(deal)});
                ++succeeded;
            } else {
                ++failed;
                if (r.code != 1 || !r.err.startsWith("gpudeal-cli db: ") ||
                    !r.err.contains("team workspace")) {
                    done = true;
                    killer.join();
                    QFAIL(qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
                }
            }
        }
        done = true;
        killer.join();
        QCOMPARE(restartError, std::string());
        qInfo("%d kills, %d of 60 saves failed", kills.load(), failed);
        QCOMPARE(kills.load(), 10);
        QCOMPARE(int(reported.size()) + failed, 60);
        Workspace ws = Workspace::open(url, steppingClock());
        QCOMPARE(ws.integrityCheck(), std::string("ok"));
        const auto deal = ws.findDealByName("Killed");
        QVERIFY(deal.has_value());
        const auto history = ws.history(deal->id);
        for (std::size_t i = 0; i < history.size(); ++i)
            QCOMPARE(history[i].number, static_cast<int>(i + 1));
        // Reported saves are there, in order (a failed one may have committed before its answer was
        // lost: then it is there too, whole).
        std::size_t at = 0;
        for (const Reported &r : reported) {
            while (at < history.size() && history[at].note != r.note.toStdString())
                ++at;
            QVERIFY2(at < history.size(), qPrintable("missing: " + r.note));
            QCOMPARE(ws.loadVersion(deal->id, history[at].number).content, r.content);
        }
        QVERIFY(history.size() <= 60);
    }

    void aServerIsStoppedWhenItsTestCrashes()
    {
        // A test process killed without running a destructor (SIGKILL): its server's watchdog stops
        // the server and removes the folder, so no server outlives its test.
        QProcess p;
        p.start(QStringLiteral(GDS_PG_CRASH_PATH), {});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split('\n');
        QVERIFY2(lines.size() >= 2, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        const QString dir = lines[0];
        const pid_t pid = static_cast<pid_t>(lines[1].toLong());
        QVERIFY(dir.startsWith("/tmp/gds-pg-"));
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0 && !QFileInfo::exists(dir), 60000);
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_team_workspace.moc"
