// One writer per deal (README "Files and the workspace"): two sessions (windows) on one deal, the second
// read only; a stale save refused with the edits kept as the working copy; a lock left by a dead
// process does not lock the deal forever.
#include "common/CliRunner.h"
#include "DealDocument.h"
#include "io/DealJson.h"
#include "io/SampleDeal.h"
#include "storage/Workspace.h"
#include "WorkspaceSession.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/mount.h>

using namespace gds;
using namespace gds::ui;

class TestSessionSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_counter = 0;

    QString freshWorkspace() { return m_tmp.filePath(QStringLiteral("ws%1.sqlite").arg(++m_counter)); }

    // A session on `path` with the deal of `dealId` (the sample, first start) in its editor.
    static std::int64_t openFirstDeal(WorkspaceSession &s, const QString &path)
    {
        QString error;
        if (!s.open(path, &error) || !s.mostRecentDeal() ||
            !s.loadLatest(*s.mostRecentDeal(), std::nullopt, &error))
            qWarning() << error;
        return s.dealId().value_or(-1);
    }

    static Deal edited(const Deal &d, double spot)
    {
        Deal e = d;
        e.market.spotPricePerGpuHour = spot;
        return e;
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void aSecondWindowOnTheDealIsReadOnly()
    {
        const QString path = freshWorkspace();
        DealDocument docA, docB;
        WorkspaceSession a(&docA), b(&docB);
        a.setAutosaveDelay(10);
        b.setAutosaveDelay(10);
        const std::int64_t deal = openFirstDeal(a, path);
        QVERIFY(deal > 0);
        QVERIFY(!a.isReadOnly());
        QSignalSpy told(&b, &WorkspaceSession::message);
        QCOMPARE(openFirstDeal(b, path), deal);
        QVERIFY(b.isReadOnly());
        QVERIFY(!told.isEmpty());
        QVERIFY(told.last().first().toString().contains(QStringLiteral("another window")));

        // A edits and autosaves; B edits too, but never touches A's working copy.
        docA.setDeal(edited(docA.deal(), 3.10), QStringLiteral("edit"));
        a.flushAutosave();
        QTest::qWait(50);
        docB.setDeal(edited(docB.deal(), 9.99), QStringLiteral("edit"));
        QTest::qWait(50);
        b.flushAutosave();
        Workspace ws = Workspace::open(path.toStdString(), systemClock());
        const auto wc = ws.loadWorkingCopy(deal);
        QVERIFY(wc && wc->deal);
        QCOMPARE(wc->deal->market.spotPricePerGpuHour, 3.10);

        // B cannot save a version over A's deal; it can save its edits as a new scenario.
        QString error;
        QVERIFY(!b.saveVersion(QStringLiteral("b"), std::nullopt, &error));
        QVERIFY(error.contains(QStringLiteral("another window")));
        QVERIFY(b.createScenario(QStringLiteral("B's idea"), &error));
        QCOMPARE(ws.latest(deal, b.scenarioId()).deal.market.spotPricePerGpuHour, 9.99);
        QVERIFY(a.saveVersion(QStringLiteral("a"), std::nullopt, &error));
    }

    void theLockIsReleasedWithTheWindow()
    {
        const QString path = freshWorkspace();
        DealDocument docA, docB;
        std::int64_t deal = 0;
        {
            WorkspaceSession a(&docA);
            deal = openFirstDeal(a, path);
        }
        WorkspaceSession b(&docB);
        QCOMPARE(openFirstDeal(b, path), deal);
        QVERIFY(!b.isReadOnly());
    }

    // A crash leaves the lock file; its process is gone, so the next window takes the deal.
    void aDeadOwnersLockIsStale()
    {
        const QString path = freshWorkspace();
        DealDocument docA, docB;
        std::int64_t deal = 0;
        {
            WorkspaceSession a(&docA);
            deal = openFirstDeal(a, path);
        }
        const QString lockPath = path + QStringLiteral(".locks/deal-%1.lock").arg(deal);
        {
            QLockFile lock(lockPath);
            QVERIFY(lock.tryLock(0));
            QFile f(lockPath);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray contents = f.readAll();
            f.close();
            // Forge the owner: a process that has exited.
            QProcess gone;
            gone.start(QStringLiteral("/bin/true"));
            QVERIFY(gone.waitForFinished());
            const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
            contents = QByteArray::number(deadPid) + contents.mid(contents.indexOf('\n'));
            lock.unlock();                         // removes the file ...
            QVERIFY(f.open(QIODevice::WriteOnly)); // ... and the crash left it behind
            f.write(contents);
        }
        QVERIFY(QFile::exists(lockPath));
        WorkspaceSession b(&docB);
        QCOMPARE(openFirstDeal(b, path), deal);
        QVERIFY(!b.isReadOnly());
    }

    // Another program saved a version meanwhile: the save is refused, nothing is layered on top of it,
    // and the edits are kept as the working copy.
    void aStaleSaveIsRefused()
    {
        const QString path = freshWorkspace();
        DealDocument doc;
        WorkspaceSession a(&doc);
        const std::int64_t deal = openFirstDeal(a, path);
        QCOMPARE(a.baseVersion(), 1);
        {
            Workspace other = Workspace::open(path.toStdString(), systemClock());
            SaveOptions o;
            o.dealId = deal;
            o.note = "from another program";
            QCOMPARE(other.saveVersion(edited(sampleDeal(), 2.50), o).number, 2);
        }
        doc.setDeal(edited(doc.deal(), 4.20), QStringLiteral("edit"));
        QString error;
        QVERIFY(!a.saveVersion(QStringLiteral("mine"), std::nullopt, &error));
        QVERIFY2(error.contains(QStringLiteral("saved meanwhile")), qPrintable(error));
        Workspace ws = Workspace::open(path.toStdString(), systemClock());
        QCOMPARE(ws.history(deal).size(), std::size_t(2));
        QCOMPARE(ws.latest(deal).deal.market.spotPricePerGpuHour, 2.50);
        const auto wc = ws.loadWorkingCopy(deal);
        QVERIFY(wc && wc->deal);
        QCOMPARE(wc->deal->market.spotPricePerGpuHour, 4.20);
        // Reopening the newest version recovers the edits on top of it; then saving works.
        QVERIFY(a.loadLatest(deal, std::nullopt, &error));
        QCOMPARE(doc.deal().market.spotPricePerGpuHour, 4.20);
        QVERIFY(a.saveVersion(QStringLiteral("mine, on top of v2"), std::nullopt, &error));
        QCOMPARE(ws.history(deal).size(), std::size_t(3));
    }

    // A command-line import of the deal a window edits: told so, and the window's save is then stale.
    void theCommandLineIsToldAndTheWindowsSaveIsStale()
    {
        const QString path = freshWorkspace();
        DealDocument doc;
        WorkspaceSession a(&doc);
        const std::int64_t deal = openFirstDeal(a, path);
        QVERIFY(deal > 0);
        const QString file = m_tmp.filePath(QStringLiteral("import%1.json").arg(m_counter));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(writeDeal(edited(doc.deal(), 2.75))));
        }
        const gds::test::CliRun r = gds::test::runCli({"db", "import", file, "--db", path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("open for editing in another window"), r.err.constData());
        doc.setDeal(edited(doc.deal(), 4.00), QStringLiteral("edit"));
        QString error;
        QVERIFY(!a.saveVersion(QStringLiteral("mine"), std::nullopt, &error));
        QVERIFY2(error.contains(QStringLiteral("saved meanwhile")), qPrintable(error));
    }

    // A workspace this user may only read (here: on a file system mounted read only) is shown, never
    // changed: no version, no autosave, no file beside it.
    void aWorkspaceThatCanOnlyBeReadIsShown()
    {
        QTemporaryDir mountPoint;
        QVERIFY(mountPoint.isValid());
        const QByteArray where = QFile::encodeName(mountPoint.path());
        if (::mount("tmpfs", where.constData(), "tmpfs", 0, "size=4m") != 0)
            QSKIP("cannot mount a tmpfs here (not root?)");
        struct Unmount {
            QByteArray at;
            ~Unmount() { ::umount(at.constData()); }
        } unmount{where};
        const QString path = mountPoint.filePath(QStringLiteral("ws.sqlite"));
        {
            DealDocument doc;
            WorkspaceSession first(&doc);
            QVERIFY(openFirstDeal(first, path) > 0);
        }
        QDir(mountPoint.path() + QStringLiteral("/ws.sqlite.locks")).removeRecursively();
        QCOMPARE(::mount("tmpfs", where.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=4m"), 0);
        const QStringList before = QDir(mountPoint.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        DealDocument doc;
        WorkspaceSession s(&doc);
        s.setAutosaveDelay(10);
        QSignalSpy told(&s, &WorkspaceSession::message);
        QVERIFY(openFirstDeal(s, path) > 0);
        QVERIFY(s.isReadOnly());
        QVERIFY(!told.isEmpty());
        doc.setDeal(edited(doc.deal(), 3.3), QStringLiteral("edit"));
        QTest::qWait(50);
        s.flushAutosave();
        QString error;
        QVERIFY(!s.saveVersion(QStringLiteral("no"), std::nullopt, &error));
        QVERIFY2(error.contains(QStringLiteral("can only be read")), qPrintable(error));
        QCOMPARE(QDir(mountPoint.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    }

    void storageRefusesAStaleExpectedVersion()
    {
        Workspace ws = Workspace::open(freshWorkspace().toStdString(), systemClock());
        const VersionInfo v1 = ws.saveVersion(sampleDeal(), "v1");
        SaveOptions o;
        o.dealId = v1.dealId;
        o.expectedLatest = 1;
        QCOMPARE(ws.saveVersion(edited(sampleDeal(), 2.0), o).number, 2);
        try {
            ws.saveVersion(edited(sampleDeal(), 3.0), o); // still expects 1
            QFAIL("a stale save must be refused");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), WorkspaceError::Kind::Conflict);
        }
        QCOMPARE(ws.history(v1.dealId).size(), std::size_t(2));
    }
};

QTEST_MAIN(TestSessionSafety)
#include "TestSessionSafety.moc"
