// Benchmarks of the team workspace (run on purpose, not by ctest; figures go to the README):
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

    std::unique_ptr<PgServer> m_server;
    QTemporaryDir m_tmp;
    std::string m_db, m_url;

    void connections()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("loopback TCP, SCRAM") << QString::fromStdString(
            m_server->tcpUrl(m_db, PgServer::kAdmin, "bench-only", "sslmode=disable"));
        QTest::newRow("loopback TCP, SCRAM, TLS verify-full") << QString::fromStdString(
            m_server->tcpUrl(m_db, PgServer::kAdmin, "bench-only",
                             std::string("sslmode=verify-full&sslrootcert=") += m_server->caFile()));
        QTest::newRow("Unix socket") << QString::fromStdString(m_url);
    }
    std::int64_t m_dealId = 0;
    SaveOptions m_precomputed;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        try {
            m_server = std::make_unique<PgServer>(true);
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        m_db = m_server->createDatabase();
        m_url = m_server->url(m_db);
        Workspace::initServer(m_url);
        m_server->exec("ALTER ROLE gds_admin PASSWORD 'bench-only'");
        m_precomputed.metrics = compute(sampleDeal()).metrics;
        // 10,000 deals, filled in a file and copied to the server in one transaction (db copy).
        const std::string file = m_tmp.filePath("many.sqlite").toStdString();
        OpenOptions bulk;
        bulk.durable = false;
        {
            Workspace ws = Workspace::open(file, steppingClock(), bulk);
            Deal d = sampleDeal();
            for (int i = 0; i < 10000; ++i) {
                d.name = "Deal " + std::to_string(i);
                m_precomputed.note = "initial";
                m_dealId = ws.saveVersion(d, m_precomputed).dealId;
            }
        }
        const Workspace from = Workspace::open(file, steppingClock());
        Workspace to = Workspace::open(m_url, steppingClock());
        Workspace::copy(from, to, false);
    }
    void cleanupTestCase() { m_server.reset(); }

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
        m_precomputed.note = "bench";
        QBENCHMARK
        {
            ws.saveVersion(d, m_precomputed);
        }
    }

    void loadLatestVersion_data() { connections(); }
    void loadLatestVersion()
    {
        QFETCH(QString, url);
        Workspace ws = Workspace::open(url.toStdString(), steppingClock());
        QBENCHMARK
        {
            ws.latest(m_dealId);
        }
    }
};

QTEST_GUILESS_MAIN(BenchTeamWorkspace)
#include "bench_team_workspace.moc"
