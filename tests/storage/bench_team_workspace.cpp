// Benchmarks of the team workspace (issue 18; run on purpose, not by ctest; figures go to the README):
//   build/<dir>/bin/bench_team_workspace
// Targets: listing 10,000 deals <= 100 ms, saving a version <= 20 ms. A private PostgreSQL 15 server
// (PgServer.h) with fsync on, reached over its Unix socket on the same machine.
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
    std::string url_;
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
        url_ = server_->url(server_->createDatabase());
        Workspace::initServer(url_);
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

    void listDeals10000DealsOneVersionEach()
    {
        Workspace ws = Workspace::open(url_, steppingClock());
        std::size_t n = 0;
        QBENCHMARK
        {
            n = ws.listDeals().size();
        }
        QCOMPARE(n, std::size_t{10000});
    }

    void saveOneVersion()
    {
        Workspace ws = Workspace::open(url_, steppingClock());
        Deal d = sampleDeal();
        d.name = "Deal 9999";
        precomputed_.note = "bench";
        QBENCHMARK
        {
            ws.saveVersion(d, precomputed_);
        }
    }

    void loadLatestVersion()
    {
        Workspace ws = Workspace::open(url_, steppingClock());
        QBENCHMARK
        {
            ws.latest(dealId_);
        }
    }
};

QTEST_GUILESS_MAIN(BenchTeamWorkspace)
#include "bench_team_workspace.moc"
