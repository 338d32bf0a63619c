// Benchmarks of the workspace (run on purpose, not by ctest; figures go to the README):
//   build/<dir>/tests/storage/bench_workspace
// Targets (README "Benchmarks"): listing 10,000 versions <= 100 ms, one save <= 10 ms.
#include "engine/Engine.h"
#include "StorageTestSupport.h"

#include <QTest>

using namespace gds;
using namespace gds::test;

class BenchWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::string m_many, m_deep;
    std::int64_t m_deepId = 0;
    SaveOptions m_precomputed;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_precomputed.metrics = compute(sampleDeal()).metrics;
        OpenOptions bulk;
        bulk.durable = false; // filling only; the benchmarks below reopen with the defaults
        m_many = m_tmp.filePath("many.sqlite").toStdString();
        m_deep = m_tmp.filePath("deep.sqlite").toStdString();
        {
            Workspace ws = Workspace::open(m_many, steppingClock(), bulk);
            Deal d = sampleDeal();
            for (int i = 0; i < 10000; ++i) {
                d.name = "Deal " + std::to_string(i);
                m_precomputed.note = "initial";
                ws.saveVersion(d, m_precomputed);
            }
        }
        {
            Workspace ws = Workspace::open(m_deep, steppingClock(), bulk);
            Deal d = sampleDeal();
            for (int i = 0; i < 10000; ++i) {
                d.market.spotPricePerGpuHour = 1.5 + (i % 100) * 0.01;
                m_precomputed.note = "iteration " + std::to_string(i);
                m_deepId = ws.saveVersion(d, m_precomputed).dealId;
            }
        }
    }

    void listDeals10000DealsOneVersionEach()
    {
        Workspace ws = Workspace::open(m_many, steppingClock());
        std::size_t n = 0;
        QBENCHMARK
        {
            n = ws.listDeals().size();
        }
        QCOMPARE(n, std::size_t{10000});
    }

    void history10000VersionsOfOneDeal()
    {
        Workspace ws = Workspace::open(m_deep, steppingClock());
        std::size_t n = 0;
        QBENCHMARK
        {
            n = ws.history(m_deepId).size();
        }
        QCOMPARE(n, std::size_t{10000});
    }

    void saveOneVersionDurable()
    {
        Workspace ws = Workspace::open(m_deep, steppingClock());
        Deal d = sampleDeal();
        m_precomputed.note = "bench";
        QBENCHMARK
        {
            ws.saveVersion(d, m_precomputed);
        }
    }

    void saveOneVersionIncludingCompute()
    {
        Workspace ws = Workspace::open(m_deep, steppingClock());
        Deal d = sampleDeal();
        QBENCHMARK
        {
            ws.saveVersion(d, "bench with compute");
        }
    }

    void loadLatestVersion()
    {
        Workspace ws = Workspace::open(m_deep, steppingClock());
        QBENCHMARK
        {
            ws.latest(m_deepId);
        }
    }

    void openWithChecks10000Versions()
    {
        QBENCHMARK
        {
            Workspace ws = Workspace::open(m_deep, steppingClock());
        }
    }
};

QTEST_GUILESS_MAIN(BenchWorkspace)
#include "bench_workspace.moc"
