// Crash and concurrency on real processes: a child saving in a loop is killed with SIGKILL (every save
// it reported must be there, the file sound); two children write one workspace at once (nothing lost,
// no duplicate deal, no corruption).
#include "StorageTestSupport.h"

#include <map>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <set>

using namespace gds;
using namespace gds::test;

namespace {

struct Reported {
    std::int64_t dealId = 0;
    int number = 0;
    std::string note;
};

// Complete lines only: a line cut by the kill was never reported.
std::vector<Reported> parseReports(const QByteArray &out)
{
    std::vector<Reported> r;
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last piece has no newline
        const QList<QByteArray> f = lines[i].split(' ');
        if (f.size() < 4 || f[0] != "saved")
            continue;
        r.push_back({f[1].toLongLong(), f[2].toInt(),
                     lines[i].mid(f[0].size() + f[1].size() + f[2].size() + 3).toStdString()});
    }
    return r;
}

void startSaver(QProcess &p, const QString &path, const QString &prefix, int count)
{
    p.setProgram(QStringLiteral(GDS_SAVER_PATH));
    p.setArguments({path, prefix, QString::number(count)});
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start();
}

// Every reported save is present with its note, and the file passes SQLite's full check.
void verifyWorkspace(const QString &path, const std::vector<Reported> &reported)
{
    Workspace ws = Workspace::open(path.toStdString(), steppingClock());
    QCOMPARE(ws.integrityCheck(), std::string("ok"));
    for (const Reported &r : reported) {
        const StoredVersion v = ws.loadVersion(r.dealId, r.number);
        QCOMPARE(v.info.note, r.note);
    }
    // Version numbers of every deal run 1..n without gaps or duplicates.
    for (const DealSummary &d : ws.listDeals(DealFilter::All)) {
        const auto h = ws.history(d.id);
        for (std::size_t i = 0; i < h.size(); ++i)
            QCOMPARE(h[i].number, static_cast<int>(i + 1));
    }
}

} // namespace

class TestWorkspaceProcesses : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void sigkillMidSaveLosesNothingReported()
    {
        const QString path = m_tmp.filePath("killed.sqlite");
        std::vector<Reported> all;
        for (int round = 0; round < 6; ++round) {
            const int target = 5 + round * 23;
            QProcess p;
            startSaver(p, path, QString("round%1").arg(round), 0);
            QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
            QByteArray out;
            QDeadlineTimer deadline(60000);
            while (parseReports(out).size() < static_cast<std::size_t>(target) && !deadline.hasExpired() &&
                   p.state() == QProcess::Running) {
                p.waitForReadyRead(1000);
                out += p.readAllStandardOutput();
            }
            p.kill(); // SIGKILL, mid-loop: most likely inside a transaction
            QVERIFY(p.waitForFinished(10000));
            out += p.readAllStandardOutput();
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            const auto reported = parseReports(out);
            QVERIFY2(reported.size() >= static_cast<std::size_t>(target),
                     p.readAllStandardError().constData());
            all.insert(all.end(), reported.begin(), reported.end());
            verifyWorkspace(path, all);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(all.size() >= 300);
    }

    void sigkillDuringCreationLeavesNoBrokenFile_data()
    {
        QTest::addColumn<int>("delayMs");
        for (int ms : {0, 1, 3, 6, 10, 20, 40})
            QTest::addRow("kill after %d ms", ms) << ms;
    }

    void sigkillDuringCreationLeavesNoBrokenFile()
    {
        QFETCH(int, delayMs);
        const QString path = m_tmp.filePath(QString("created-%1.sqlite").arg(delayMs));
        QProcess p;
        startSaver(p, path, "early", 0);
        QVERIFY(p.waitForStarted(10000));
        QThread::msleep(static_cast<unsigned long>(delayMs));
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        const auto reported = parseReports(p.readAllStandardOutput());
        // Either there is no workspace yet, or it is a sound one with every reported save.
        if (QFile::exists(path))
            verifyWorkspace(path, reported);
        else
            QVERIFY(reported.empty());
    }

    void twoWritersAtOnceLoseNothing()
    {
        const QString path = m_tmp.filePath("shared.sqlite"); // does not exist: both race to create it
        QProcess a, b;
        startSaver(a, path, "alpha", 60);
        startSaver(b, path, "beta", 60);
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        std::vector<Reported> all = parseReports(a.readAllStandardOutput());
        const auto fromB = parseReports(b.readAllStandardOutput());
        all.insert(all.end(), fromB.begin(), fromB.end());
        QCOMPARE(all.size(), std::size_t{120});
        verifyWorkspace(path, all);

        Workspace ws = Workspace::open(path.toStdString(), steppingClock());
        const auto deals = ws.listDeals();
        QCOMPARE(deals.size(), std::size_t{7}); // alpha 0-2, beta 0-2, one "Shared"
        std::set<std::pair<std::int64_t, int>> unique;
        for (const Reported &r : all)
            unique.insert({r.dealId, r.number});
        QCOMPARE(unique.size(), all.size());
        const auto shared = ws.findDealByName("Shared");
        QVERIFY(shared);
        QCOMPARE(shared->versionCount, 30);
        QCOMPARE(QDir(m_tmp.path()).entryList({"shared.sqlite.creating-*"}, QDir::Files), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceProcesses)
#include "tst_workspace_processes.moc"
