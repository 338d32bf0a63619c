// Read-only means read only (README "Files and the workspace"): the commands that only read never
// create a workspace nor any file beside it, so a user who may only read cannot lock the owner out;
// refusals leave nothing beside the refused file; an interrupted creation's leftovers are removed.
// Also: deals whose name looks like an id are addressable.
#include "common/CliRunner.h"
#include "io/DealJson.h"
#include "StorageTestSupport.h"

#include <cmath>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace gds;
using namespace gds::test;

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestWorkspaceReadOnly : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_counter = 0;

    // A fresh folder holding one workspace with the sample deal (closed: no -wal/-shm).
    QString workspaceInFreshFolder()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("d%1").arg(++m_counter));
        QDir().mkpath(dir);
        const QString path = dir + "/ws.sqlite";
        {
            Workspace ws = Workspace::open(path.toStdString(), steppingClock());
            ws.saveVersion(dealNamed("Alpha"), "first");
        }
        return path;
    }

    static CliRun db(const QStringList &args) { return runCli(QStringList{"db"} + args); }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void readingCommandsChangeNoFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list") << QStringList{"list"};
        QTest::newRow("list --json") << QStringList{"list", "--json"};
        QTest::newRow("history") << QStringList{"history", "Alpha"};
        QTest::newRow("export") << QStringList{"export", "1"};
        QTest::newRow("scenario list") << QStringList{"scenario", "list", "1"};
    }
    void readingCommandsChangeNoFile()
    {
        QFETCH(QStringList, args);
        const QString path = workspaceInFreshFolder();
        const QString dir = QFileInfo(path).path();
        const QStringList before = entries(dir);
        const QByteArray bytes = fileBytes(path);
        const CliRun r = db(args + QStringList{"--db", path});
        QCOMPARE(r.code, 0);
        QCOMPARE(entries(dir), before);
        QCOMPARE(fileBytes(path), bytes);
    }

    void readOnlyApiOpenChangesNoFile()
    {
        const QString path = workspaceInFreshFolder();
        const QStringList before = entries(QFileInfo(path).path());
        OpenOptions ro;
        ro.readOnly = true;
        {
            Workspace ws = Workspace::open(path.toStdString(), steppingClock(), ro);
            QVERIFY(ws.readOnly());
            QCOMPARE(ws.listDeals().size(), std::size_t(1));
            try {
                ws.saveVersion(dealNamed("Beta"), "must fail");
                QFAIL("a read-only workspace must refuse writes");
            } catch (const WorkspaceError &e) {
                QCOMPARE(e.kind(), WorkspaceError::Kind::Io);
            }
        }
        QCOMPARE(entries(QFileInfo(path).path()), before);
    }

    // While a writer holds the workspace open (log present), a reader sees its committed versions.
    void readOnlySeesTheLogOfAnOpenWriter()
    {
        const QString path = workspaceInFreshFolder();
        Workspace writer = Workspace::open(path.toStdString(), steppingClock());
        writer.saveVersion(dealNamed("Beta"), "in the log");
        const CliRun r = db({"list", "--json", "--db", path});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
    }

    void aTypoCreatesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list") << QStringList{"list"};
        QTest::newRow("history") << QStringList{"history", "1"};
        QTest::newRow("export") << QStringList{"export", "1"};
    }
    void aTypoCreatesNothing()
    {
        QFETCH(QStringList, args);
        const QString dir = m_tmp.filePath(QStringLiteral("typo%1").arg(++m_counter));
        QDir().mkpath(dir);
        const CliRun r = db(args + QStringList{"--db", dir + "/typo.sqlite"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("There is no workspace"), r.err.constData());
        QCOMPARE(entries(dir), QStringList());
    }

    // The reproduction: a user who may only read runs `db list` in a folder both may write; no -wal or
    // -shm owned by that user is left, and the owner can still save.
    void aReaderDoesNotLockTheOwnerOut()
    {
        if (::geteuid() != 0 || !QFile::exists("/usr/bin/setpriv"))
            QSKIP("needs root and setpriv to run the CLI as another user");
        const QString path = workspaceInFreshFolder();
        const QString dir = QFileInfo(path).path();
        QVERIFY(::chmod(QFile::encodeName(m_tmp.path()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0777) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QProcess p;
        p.setProgram("/usr/bin/setpriv");
        p.setArguments(
            {"--reuid=65534", "--regid=65534", "--clear-groups", GDS_CLI_PATH, "db", "list", "--db", path});
        p.start();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("Alpha"));
        QCOMPARE(entries(dir), QStringList{"ws.sqlite"});
        const QString deal = dir + "/beta.json";
        QVERIFY(writeBytes(deal, db({"export", "1", "--db", path}).out.replace("\"Alpha\"", "\"Beta\"")));
        const CliRun owner = db({"import", deal, "--db", path});
        QCOMPARE(owner.code, 0);
    }

    void refusedFilesGetNothingBeside_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::newRow("plain sqlite") << "CREATE TABLE t(x); INSERT INTO t VALUES (1);";
        QTest::newRow("another application") << "PRAGMA application_id = 1234; CREATE TABLE t(x);";
    }
    void refusedFilesGetNothingBeside()
    {
        QFETCH(QString, setup);
        const QString dir = m_tmp.filePath(QStringLiteral("r%1").arg(++m_counter));
        QDir().mkpath(dir);
        const QString path = dir + "/other.sqlite";
        {
            RawDb raw(path);
            raw.exec("PRAGMA journal_mode = WAL; " + setup.toStdString());
        }
        const QByteArray before = fileBytes(path);
        for (const QStringList &args : {QStringList{"list"}, QStringList{"import", "-"}}) {
            const CliRun r =
                runCli(QStringList{"db"} + args + QStringList{"--db", path}, runCli({"sample"}).out);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("It was not changed"), r.err.constData());
            QCOMPARE(entries(dir), QStringList{"other.sqlite"});
            QCOMPARE(fileBytes(path), before);
        }
    }

    // A damaged workspace (pages overwritten) is refused by every command with nothing beside it.
    void aDamagedWorkspaceGetsNothingBeside()
    {
        const QString path = workspaceInFreshFolder();
        {
            Workspace ws = Workspace::open(path.toStdString(), steppingClock());
            for (int i = 0; i < 5; ++i) {
                Deal d = dealNamed("Deal " + std::to_string(i));
                d.notes = std::string(3000, 'n');
                ws.saveVersion(d, "filler");
            }
        }
        QByteArray bytes = fileBytes(path);
        const int pageSize =
            (static_cast<unsigned char>(bytes[16]) << 8) | static_cast<unsigned char>(bytes[17]);
        for (int off = 2 * pageSize; off + 8 <= bytes.size(); off += pageSize)
            bytes.replace(off, 8, QByteArray(8, '\xff'));
        QVERIFY(writeBytes(path, bytes));
        const QString dir = QFileInfo(path).path();
        for (const QStringList &args : {QStringList{"list"}, QStringList{"import", "-"}}) {
            const CliRun r =
                runCli(QStringList{"db"} + args + QStringList{"--db", path}, runCli({"sample"}).out);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("is damaged") && r.err.contains("It was not changed"), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1); // one line, however many findings
            QCOMPARE(entries(dir), QStringList{"ws.sqlite"});
            QCOMPARE(fileBytes(path), bytes);
        }
    }

    // An older schema is read through a migrated copy in memory: the file stays as it is, no backup.
    void readingAnOlderSchemaChangesNothing()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("old%1").arg(++m_counter));
        QDir().mkpath(dir);
        const QString path = dir + "/v2.sqlite";
        QVERIFY(QFile::copy(GDS_SOURCE_DIR "/fuzz/corpus/fuzz_workspace/deals-v2.sqlite", path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray before = fileBytes(path);
        const CliRun r = db({"list", "--json", "--db", path});
        QCOMPARE(r.code, 0);
        QVERIFY(!QJsonDocument::fromJson(r.out).array().isEmpty());
        QCOMPARE(entries(dir), QStringList{"v2.sqlite"});
        QCOMPARE(fileBytes(path), before);
    }

    void leftoversOfAKilledCreationAreRemoved()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("c%1").arg(++m_counter));
        QDir().mkpath(dir);
        const QString path = dir + "/ws.sqlite";
        // A creation killed midway (its process is gone) and one in progress (this process).
        const QString dead = path + ".creating-999999999-0123456789abcdef";
        const QString live = path + QStringLiteral(".creating-%1-fedcba9876543210").arg(::getpid());
        const QString onlyLog = path + ".creating-999999998-00112233445566ff-wal"; // its file already gone
        for (const QString &f : {dead, dead + "-wal", dead + "-shm", live, onlyLog})
            QVERIFY(writeBytes(f, "partial"));
        Workspace::open(path.toStdString(), steppingClock());
        QVERIFY(!QFile::exists(onlyLog));
        QVERIFY(!QFile::exists(dead));
        QVERIFY(!QFile::exists(dead + "-wal"));
        QVERIFY(!QFile::exists(dead + "-shm"));
        QVERIFY(QFile::exists(live));
    }

    // A stored document edited by hand (behind the API, triggers dropped): the listing shows the
    // metrics of the document as it is now, not the cached ones of the document as saved.
    void aHandEditedDocumentIsRecomputed()
    {
        const QString path = workspaceInFreshFolder();
        const auto debtInList = [&] {
            const CliRun r = db({"list", "--json", "--db", path});
            return QJsonDocument::fromJson(r.out)
                .array()
                .at(0)
                .toObject()["metrics"]
                .toObject()["debt"]
                .toDouble();
        };
        const double saved = debtInList();
        QVERIFY(saved > 0);
        Deal changed = dealNamed("Alpha");
        changed.offtake.front().gpus /= 2;
        const QString changedFile = m_tmp.filePath(QStringLiteral("changed%1.json").arg(++m_counter));
        QVERIFY(writeBytes(changedFile, QByteArray::fromStdString(writeDeal(changed))));
        const CliRun expected = runCli({"compute", changedFile, "--json"});
        QCOMPARE(expected.code, 0);
        const double debt =
            QJsonDocument::fromJson(expected.out).object()["metrics"].toObject()["debt"].toDouble();
        QVERIFY(std::abs(debt - saved) > 1.0);
        {
            RawDb raw(path);
            raw.exec("DROP TRIGGER version_content_is_immutable");
            sqlite3_stmt *st = nullptr;
            QCOMPARE(
                sqlite3_prepare_v2(raw.handle(), "UPDATE version_content SET content = ?", -1, &st, nullptr),
                SQLITE_OK);
            const std::string text = writeDeal(changed);
            sqlite3_bind_text(st, 1, text.c_str(), int(text.size()), SQLITE_TRANSIENT);
            QCOMPARE(sqlite3_step(st), SQLITE_DONE);
            sqlite3_finalize(st);
        }
        QCOMPARE(debtInList(), debt);
    }

    // A deal named "1" beside the deal with id 1: the bare word is ambiguous, id:/name: say which.
    void aDealNamedLikeAnId()
    {
        const QString path = workspaceInFreshFolder(); // deal 1 "Alpha"
        {
            Workspace ws = Workspace::open(path.toStdString(), steppingClock());
            ws.saveVersion(dealNamed("1"), "named one");
            ws.saveVersion(dealNamed("7"), "named seven");
        }
        const auto nameOf = [&](const QString &id) {
            const CliRun r = db({"export", id, "--db", path});
            return r.code == 0 ? QJsonDocument::fromJson(r.out).object()["name"].toString()
                               : QString::number(r.code);
        };
        QCOMPARE(nameOf("id:1"), QString("Alpha"));
        QCOMPARE(nameOf("name:1"), QString("1"));
        QCOMPARE(nameOf("7"), QString("7")); // no deal 7: the name
        QCOMPARE(nameOf("2"), QString("1")); // deal 2 is "1", no deal is named "2"
        const CliRun ambiguous = db({"export", "1", "--db", path});
        QCOMPARE(ambiguous.code, 2);
        QVERIFY2(ambiguous.err.contains("id:1") && ambiguous.err.contains("name:1"),
                 ambiguous.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceReadOnly)
#include "tst_workspace_readonly.moc"
