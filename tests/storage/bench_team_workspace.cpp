// Benchmarks of the team workspace (issue 18; run on purpose, not by ctest; figures go to the README):
//   build/<dir>/bin/bench_team_workspace
//   build/<dir>/bin/bench_team_workspace -iterations 10     (a mean over 10 runs of each)
// Targets: listing 10,000 deals <= 100 ms, saving a version <= 20 ms, over the loopback interface. A
// private PostgreSQL 15 server (PgServer.h) with fsync on, on the same machine, reached three ways:
// over TCP on 127.0.0.1 with a SCRAM password (the budget's case), the same with TLS (verify-full),
// and over its Unix socket.
#include "engine/Engine.h"
#include "PgServer.h"
#include "StorageTestSupport.h"

#include <QTest>

using namespace gds;
using namespace gds::test;

class BenchTeamWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> server_;
    QTemporaryDir tmp_;
    std::string db_, url_;

    void connections()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("loopback TCP, SCRAM") << QString::fromStdString(
            server_->tcpUrl(db_, PgServer::kAdmin, "bench-only", "sslmode=disable"));
        QTest::newRow("loopback TCP, SCRAM, TLS verify-full") << QString::fromStdString(
            server_->tcpUrl(db_, PgServer::kAdmin, "bench-only",
                            std::string("sslmode=verify-full&sslrootcert=") += server_->caFile()));
        QTest::newRow("Unix socket") << QString::fromStdString(url_);
    }
    std::int64_t dealId_ = 0;
    SaveOptions precomputed_;

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        try {
            server_ = std::make_unique<PgServer>(true);
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        db_ = server_->createDatabase();
        url_ = server_->url(db_);
        Workspace::initServer(url_);
        server_->exec("ALTER ROLE gds_admin PASSWORD 'bench-only'");
        precomputed_.metrics = compute(sampleDeal()).metrics;
        // 10,000 deals, filled in a file and copied to the server in one transaction (db copy).
        const std::string file = tmp_.filePath("many.sqlite").toStdString();
        OpenOptions bulk;
        bulk.durable = false;
        {
            Workspace ws = Workspace::open(file, steppingClock(), bulk);
            Deal d = sampleDeal();
            for (int i = 0; i < 10000; ++i) {
                d.name = "Deal " + std::to_string(i);
                precomputed_.note = "initial";
                dealId_ = ws.saveVersion(d, precomputed_).dealId;
            }
        }
        const Workspace from = Workspace::open(file, steppingClock());
        Workspace to = Workspace::open(url_, steppingClock());
        Workspace::copy(from, to, false);
    }
    void cleanupTestCase() { server_.reset(); }

    void listDeals10000DealsOneVersionEach_data() { connections(); }
    void listDeals10000DealsOneVersionEach()
    {
        QFETCH(QString, url);
        Workspace ws = Workspace::open(url.toStdString(), steppingClock());
        std::size_t n = 0;
        QBENCHMARK
        {
            n = ws.listDeals().size();
        }
        QCOMPARE(n, std::size_t{10000});
    }

    void saveOneVersion_data() { connections(); }
    void saveOneVersion()
    {
        QFETCH(QString, url);
        Workspace ws = Workspace::open(url.toStdString(), steppingClock());
        Deal d = sampleDeal();
        d.name = "Deal 9999";
        precomputed_.note = "bench";
        QBENCHMARK
        {
            ws.saveVersion(d, precomputed_);
        }
    }

    void loadLatestVersion_data() { connections(); }
    void loadLatestVersion()
    {
        QFETCH(QString, url);
        Workspace ws = Workspace::open(url.toStdString(), steppingClock());
        QBENCHMARK
        {
            ws.latest(dealId_);
        }
    }
};

QTEST_GUILESS_MAIN(BenchTeamWorkspace)
#include "bench_team_workspace.moc"
