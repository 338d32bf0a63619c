// The team workspace on a real PostgreSQL 15 server of its own (issue 18; PgServer.h): the schema
// created by db init-server and migrated in code, a newer schema refused untouched, no lost update
// between two people, who saved what, the group roles with a reader refused by the server, the
// postmaster killed mid-save, and the CLI's db commands on a connection string. (The whole workspace
// suite also runs on this backend: tst_workspace.)
#include "io/DealJson.h"
#include "PgServer.h"
#include "StorageTestSupport.h"

#include <atomic>
#include <QCoreApplication>
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

    std::unique_ptr<PgServer> server_;
    QTemporaryDir tmp_;

    // A new database with the workspace in it; returns its name.
    std::string freshDatabase()
    {
        const std::string db = server_->createDatabase();
        Workspace::initServer(server_->url(db));
        return db;
    }

    struct CliResult {
        int code = -1;
        QString out, err;
    };
    CliResult cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(GDS_CLI_PATH), args);
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        try {
            server_ = std::make_unique<PgServer>();
            // Two people and a reader; the local socket trusts them (the test server only).
            server_->exec("CREATE ROLE alice LOGIN; CREATE ROLE bob LOGIN; CREATE ROLE rita LOGIN");
        } catch (const std::exception &e) {
            QFAIL(e.what()); // a test that cannot start its server fails, never skips
        }
    }
    void cleanupTestCase() { server_.reset(); }

    void initServerCreatesTheSchemaAndTheRoles()
    {
        const std::string db = server_->createDatabase();
        QCOMPARE(Workspace::initServer(server_->url(db)), Workspace::kSchemaVersion);
        QCOMPARE(server_->text("SELECT version FROM gpudeal_schema", db),
                 std::to_string(Workspace::kSchemaVersion));
        for (const char *role : {"gpudeal_owner", "gpudeal_editor", "gpudeal_reader"})
            QCOMPARE(server_->text(
                         std::string("SELECT count(*) FROM pg_roles WHERE rolname = '") + role + "'", db),
                     std::string("1"));
        // Run again: nothing changes, nothing fails.
        QCOMPARE(Workspace::initServer(server_->url(db)), Workspace::kSchemaVersion);
        Workspace ws = Workspace::open(server_->url(db), steppingClock());
        QCOMPARE(ws.schemaVersion(), Workspace::kSchemaVersion);
        QVERIFY(ws.listDeals().empty());
    }

    void anEmptyDatabaseNeedsInitServer()
    {
        const std::string db = server_->createDatabase();
        try {
            Workspace::open(server_->url(db), steppingClock());
            QFAIL("opened a database without a workspace");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), Kind::NotAWorkspace);
            QVERIFY2(std::string(e.what()).find("db init-server") != std::string::npos, e.what());
        }
        QCOMPARE(server_->text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", db),
                 std::string("0"));
    }

    void aNewerSchemaIsRefusedUntouched()
    {
        const std::string db = freshDatabase();
        server_->exec("UPDATE gpudeal_schema SET version = 99", db);
        const std::string before = server_->text("SELECT md5(string_agg(t::text, ',')) FROM"
                                                 " (SELECT version FROM gpudeal_schema) t",
                                                 db);
        for (bool readOnly : {false, true}) {
            try {
                OpenOptions o;
                o.readOnly = readOnly;
                Workspace::open(server_->url(db), steppingClock(), o);
                QFAIL("opened a newer schema");
            } catch (const WorkspaceError &e) {
                QCOMPARE(e.kind(), Kind::NewerSchema);
            }
        }
        QVERIFY_THROWS_EXCEPTION(WorkspaceError, Workspace::initServer(server_->url(db)));
        QCOMPARE(server_->text("SELECT version FROM gpudeal_schema", db), std::string("99"));
        QCOMPARE(server_->text(
                     "SELECT md5(string_agg(t::text, ',')) FROM (SELECT version FROM gpudeal_schema) t", db),
                 before);
    }

    void anOlderSchemaIsMigrated()
    {
        // The first PostgreSQL layout was schema 3; a workspace that says it is older is brought up
        // to date by the code's migrations when opened for writing.
        const std::string db = freshDatabase();
        {
            Workspace ws = Workspace::open(server_->url(db), steppingClock());
            ws.saveVersion(dealNamed("Kept"), "before");
        }
        server_->exec("UPDATE gpudeal_schema SET version = 3", db);
        Workspace ws = Workspace::open(server_->url(db), steppingClock());
        QCOMPARE(ws.schemaVersion(), Workspace::kSchemaVersion);
        QCOMPARE(server_->text("SELECT version FROM gpudeal_schema", db),
                 std::to_string(Workspace::kSchemaVersion));
        QCOMPARE(ws.listDeals().size(), std::size_t{1});
    }

    void everyVersionRecordsItsRoleAndTheServerTime()
    {
        const std::string db = freshDatabase();
        server_->exec("GRANT gpudeal_editor TO alice; GRANT gpudeal_editor TO bob");
        const auto before = std::chrono::system_clock::now() - std::chrono::seconds(5);
        Workspace a = Workspace::open(server_->url(db, "alice"), steppingClock());
        Workspace b = Workspace::open(server_->url(db, "bob"), steppingClock());
        const VersionInfo v1 = a.saveVersion(dealNamed("Atlas"), "alice's");
        b.saveVersion(dealNamed("Atlas", 2.1), "bob's");
        const auto history = a.history(v1.dealId);
        QCOMPARE(history.size(), std::size_t{2});
        QCOMPARE(history[0].author, std::string("alice"));
        QCOMPARE(history[1].author, std::string("bob"));
        QVERIFY(history[0].savedAt && *history[0].savedAt > before);
        QVERIFY(history[1].savedAt && *history[1].savedAt >= *history[0].savedAt);
        // The server's word, not the client's: an editor cannot claim another author.
        server_->exec("GRANT gpudeal_editor TO alice");
        PgServer &s = *server_;
        s.exec("SET ROLE alice; INSERT INTO versions (deal_id, number, created_at, saved_by)"
               " VALUES (" +
                   std::to_string(v1.dealId) + ", 99, 0, 'mallory')",
               db);
        QCOMPARE(s.text("SELECT saved_by FROM versions WHERE number = 99", db), std::string("alice"));
    }

    void aStaleSaveIsRefusedNamingWhoAndWhen()
    {
        const std::string db = freshDatabase();
        server_->exec("GRANT gpudeal_editor TO alice; GRANT gpudeal_editor TO bob");
        Workspace a = Workspace::open(server_->url(db, "alice"), steppingClock());
        Workspace b = Workspace::open(server_->url(db, "bob"), steppingClock());
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
        server_->exec("GRANT gpudeal_editor TO alice; GRANT gpudeal_editor TO bob");
        std::int64_t dealId = 0;
        {
            Workspace w = Workspace::open(server_->url(db, "alice"), steppingClock());
            dealId = w.saveVersion(dealNamed("Race"), "start").dealId;
        }
        constexpr int kSavesEach = 40;
        std::atomic<int> conflicts{0};
        std::vector<int> numbers[2];
        std::string errors[2];
        auto writer = [&](int who) {
            try {
                Workspace w = Workspace::open(server_->url(db, who == 0 ? "alice" : "bob"), systemClock());
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
        Workspace w = Workspace::open(server_->url(db), steppingClock());
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
        server_->exec("GRANT gpudeal_reader TO rita; GRANT gpudeal_editor TO alice");
        std::int64_t dealId = 0;
        {
            Workspace a = Workspace::open(server_->url(db, "alice"), steppingClock());
            dealId = a.saveVersion(dealNamed("Read me"), "").dealId;
        }
        Workspace r =
            Workspace::open(server_->url(db, "rita"), steppingClock()); // not read only: the server says no
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
            server_->exec("SET ROLE rita; INSERT INTO deals (name, created_at, updated_at)"
                          " VALUES ('x', 0, 0)",
                          db));
        Workspace a = Workspace::open(server_->url(db, "alice"), steppingClock());
        QCOMPARE(a.history(dealId).size(), std::size_t{1});
        QCOMPARE(a.listDeals().size(), std::size_t{1});
    }

    void anEditorCannotRewriteHistory()
    {
        const std::string db = freshDatabase();
        server_->exec("GRANT gpudeal_editor TO alice");
        Workspace a = Workspace::open(server_->url(db, "alice"), steppingClock());
        a.saveVersion(dealNamed("Fixed"), "kept");
        for (const char *sql :
             {"SET ROLE alice; UPDATE versions SET currency = 'XXX'", "SET ROLE alice; DELETE FROM versions",
              "SET ROLE alice; DELETE FROM version_content",
              "SET ROLE alice; UPDATE version_content SET content = '{}'"})
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, server_->exec(sql, db));
        QCOMPARE(server_->text("SELECT count(*) FROM version_content", db), std::string("1"));
    }

    void deletingAndRestoringAreRecorded()
    {
        const std::string db = freshDatabase();
        server_->exec("GRANT gpudeal_editor TO alice; GRANT gpudeal_editor TO bob");
        Workspace a = Workspace::open(server_->url(db, "alice"), steppingClock());
        Workspace b = Workspace::open(server_->url(db, "bob"), steppingClock());
        const VersionInfo v = a.saveVersion(dealNamed("Binned"), "");
        a.softDelete(v.dealId);
        b.restoreDeleted(v.dealId);
        QCOMPARE(server_->text(
                     "SELECT string_agg(action || ' by ' || done_by, ', ' ORDER BY id) FROM deal_events", db),
                 std::string("deleted by alice, restored by bob"));
    }

    void theCliWorksOnAConnectionString()
    {
        const std::string db = server_->createDatabase();
        const QString url = QString::fromStdString(server_->url(db));
        const QString file = tmp_.filePath("cli-deal.json");
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
            "postgresql://gds_admin@/nowhere?host=" + tmp_.path().toStdString() + "&port=1");
        r = cli({"db", "list", "--db", nowhere});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Cannot connect"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_team_workspace.moc"
