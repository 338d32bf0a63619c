// Benchmarks of the workspace (run on purpose, not by ctest; figures go to the README):
//   build/<dir>/tests/storage/bench_workspace
// Targets of issue 3: listing 10,000 versions <= 100 ms, one save <= 10 ms.
#include "engine/Engine.h"
#include "StorageTestSupport.h"

#include <QTest>

using namespace gds;
using namespace gds::test;

class BenchWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp_;
    std::string many_, deep_;
    std::int64_t deepId_ = 0;
    SaveOptions precomputed_;

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        precomputed_.metrics = compute(sampleDeal()).metrics;
        OpenOptions bulk;
        bulk.durable = false; // filling only; the benchmarks below reopen with the defaults
        many_ = tmp_.filePath("many.sqlite").toStdString();
        deep_ = tmp_.filePath("deep.sqlite").toStdString();
        {
            Workspace ws = Workspace::open(many_, steppingClock(), bulk);
            Deal d = sampleDeal();
            for (int i = 0; i < 10000; ++i) {
                d.name = "Deal " + std::to_string(i);
                precomputed_.note = "initial";
                ws.saveVersion(d, precomputed_);
            }
        }
        {
            Workspace ws = Workspace::open(deep_, steppingClock(), bulk);
            Deal d = sampleDeal();
            for (int i = 0; i < 10000; ++i) {
                d.market.spotPricePerGpuHour = 1.5 + (i % 100) * 0.01;
                precomputed_.note = "iteration " + std::to_string(i);
                deepId_ = ws.saveVersion(d, precomputed_).dealId;
            }
        }
    }

    void listDeals10000DealsOneVersionEach()
    {
        Workspace ws = Workspace::open(many_, steppingClock());
        std::size_t n = 0;
        QBENCHMARK
        {
            n = ws.listDeals().size();
        }
        QCOMPARE(n, std::size_t{10000});
    }

    void history10000VersionsOfOneDeal()
    {
        Workspace ws = Workspace::open(deep_, steppingClock());
        std::size_t n = 0;
        QBENCHMARK
        {
            n = ws.history(deepId_).size();
        }
        QCOMPARE(n, std::size_t{10000});
    }

    void saveOneVersionDurable()
    {
        Workspace ws = Workspace::open(deep_, steppingClock());
        Deal d = sampleDeal();
        precomputed_.note = "bench";
        QBENCHMARK
        {
            ws.saveVersion(d, precomputed_);
        }
    }

    void saveOneVersionIncludingCompute()
    {
        Workspace ws = Workspace::open(deep_, steppingClock());
        Deal d = sampleDeal();
        QBENCHMARK
        {
            ws.saveVersion(d, "bench with compute");
        }
    }

    void loadLatestVersion()
    {
        Workspace ws = Workspace::open(deep_, steppingClock());
        QBENCHMARK
        {
            ws.latest(deepId_);
        }
    }

    void openWithChecks10000Versions()
    {
        QBENCHMARK
        {
            Workspace ws = Workspace::open(deep_, steppingClock());
        }
    }
};

QTEST_GUILESS_MAIN(BenchWorkspace)
#include "bench_workspace.moc"
