// Never lose or corrupt a file (README "Files and the workspace"): every output of gpudeal-cli, run as
// a real process, either arrives whole or fails with exit 1 and the reason, and no file that existed
// before is changed: outputs onto the input deal or a workspace are refused, a full disk (a small
// tmpfs, when this test may mount one) or /dev/full fail cleanly, standard output is checked.
#include "common/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/mount.h>
#include <sys/stat.h>

namespace {

using gds::test::CliRun;
using gds::test::runCli;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

bool isCharDevice(const char *path)
{
    struct stat st {
    };
    return ::stat(path, &st) == 0 && S_ISCHR(st.st_mode);
}

// The deal of `gpudeal-cli sample` with some fields replaced.
QByteArray sampleWith(const QJsonObject &changes)
{
    const CliRun r = runCli({"sample"});
    QJsonObject deal = QJsonDocument::fromJson(r.out).object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        deal[it.key()] = it.value();
    return QJsonDocument(deal).toJson();
}

// Runs the CLI with standard output sent to `outFile` (e.g. /dev/full).
int runToFile(const QStringList &args, const QString &outFile, QByteArray *err)
{
    QProcess p;
    p.setProgram(QStringLiteral(GDS_CLI_PATH));
    p.setArguments(args);
    p.setStandardOutputFile(outFile);
    p.start();
    if (!p.waitForFinished(120000))
        return -1;
    *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList(QStringList{"*.tmp-*", ".*.tmp-*"}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_counter = 0;
    QString m_deal;      // the sample deal
    QString m_workspace; // a workspace holding it

    QString fresh(const QString &ext)
    {
        return m_tmp.filePath(QStringLiteral("f%1%2").arg(++m_counter).arg(ext));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_deal = m_tmp.filePath("deal.json");
        writeAll(m_deal, runCli({"sample"}).out);
        m_workspace = m_tmp.filePath("work.sqlite");
        QCOMPARE(runCli({"db", "import", m_deal, "--db", m_workspace}).code, 0);
    }

    void exportOntoItsInputIsRefused_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << "csv";
        QTest::newRow("pdf") << "pdf";
        QTest::newRow("xlsx") << "xlsx";
    }
    void exportOntoItsInputIsRefused()
    {
        QFETCH(QString, format);
        const QString deal = fresh(".json");
        QVERIFY(QFile::copy(m_deal, deal));
        const QByteArray before = readAll(deal);
        const CliRun r = runCli({"export", format, deal, "-o", deal});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("it is the input file"), r.err.constData());
        QCOMPARE(readAll(deal), before);
        // Another name of the same file (a hard link) is the same file.
        const QString link = fresh(".json");
        QVERIFY(::link(deal.toLocal8Bit().constData(), link.toLocal8Bit().constData()) == 0);
        QCOMPARE(runCli({"export", format, deal, "-o", link}).code, 1);
        QCOMPARE(readAll(deal), before);
        // --force replaces a file that is not a workspace.
        QCOMPARE(runCli({"export", format, deal, "-o", deal, "--force"}).code, 0);
        QVERIFY(readAll(deal) != before);
    }

    void exportOntoAWorkspaceIsRefusedEvenWithForce_data() { exportOntoItsInputIsRefused_data(); }
    void exportOntoAWorkspaceIsRefusedEvenWithForce()
    {
        QFETCH(QString, format);
        const QByteArray before = readAll(m_workspace);
        for (const QStringList &extra : {QStringList{}, QStringList{"--force"}}) {
            const CliRun r = runCli(QStringList{"export", format, m_deal, "-o", m_workspace} + extra);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("it is a workspace"), r.err.constData());
            QCOMPARE(readAll(m_workspace), before);
        }
        QCOMPARE(runCli({"db", "list", "--db", m_workspace}).code, 0);
    }

    void dbExportOntoTheWorkspaceIsRefused()
    {
        const QByteArray before = readAll(m_workspace);
        for (const QStringList &extra : {QStringList{}, QStringList{"--force"}}) {
            const CliRun r =
                runCli(QStringList{"db", "export", "1", "-o", m_workspace, "--db", m_workspace} + extra);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("it is a workspace"), r.err.constData());
            QVERIFY(!r.out.contains("wrote version"));
            QCOMPARE(readAll(m_workspace), before);
        }
    }

    // Writing "onto" /dev/full writes into the device (it is never replaced by a rename) and fails.
    void devFullFails_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("export csv") << QStringList{"export", "csv", "DEAL", "-o", "/dev/full"};
        QTest::newRow("export pdf") << QStringList{"export", "pdf", "DEAL", "-o", "/dev/full"};
        QTest::newRow("export xlsx") << QStringList{"export", "xlsx", "DEAL", "-o", "/dev/full"};
        QTest::newRow("db export") << QStringList{"db", "export", "1", "-o", "/dev/full", "--db", "WS"};
    }
    void devFullFails()
    {
        QFETCH(QStringList, args);
        if (!isCharDevice("/dev/full"))
            QSKIP("no /dev/full here");
        args.replaceInStrings("DEAL", m_deal).replaceInStrings("WS", m_workspace);
        const CliRun r = runCli(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
        QVERIFY(!r.err.contains("QPdf") && !r.err.contains("QStandardPaths"));
        QVERIFY(isCharDevice("/dev/full"));
    }

    void standardOutputFailureIsExitOne_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("compute --json") << QStringList{"compute", "DEAL", "--json"};
        QTest::newRow("compute") << QStringList{"compute", "DEAL"};
        QTest::newRow("export csv -o -") << QStringList{"export", "csv", "DEAL", "-o", "-"};
        QTest::newRow("export pdf -o -") << QStringList{"export", "pdf", "DEAL", "-o", "-"};
        QTest::newRow("export xlsx -o -") << QStringList{"export", "xlsx", "DEAL", "-o", "-"};
        QTest::newRow("db list") << QStringList{"db", "list", "--db", "WS"};
        QTest::newRow("db export") << QStringList{"db", "export", "1", "--db", "WS"};
    }
    void standardOutputFailureIsExitOne()
    {
        QFETCH(QStringList, args);
        if (!isCharDevice("/dev/full"))
            QSKIP("no /dev/full here");
        args.replaceInStrings("DEAL", m_deal).replaceInStrings("WS", m_workspace);
        QByteArray err;
        QCOMPARE(runToFile(args, "/dev/full", &err), 1);
        QVERIFY2(err.contains("cannot write to standard output"), err.constData());
    }

    void pdfAndXlsxGoToStandardOutput_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("pdf") << "pdf" << QByteArray("%PDF");
        QTest::newRow("xlsx") << "xlsx" << QByteArray("PK");
    }
    void pdfAndXlsxGoToStandardOutput()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, magic);
        const QString cwd = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_tmp.path()));
        const CliRun r = runCli({"export", format, m_deal, "-o", "-"});
        QVERIFY(QDir::setCurrent(cwd));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(magic));
        QVERIFY(!QFile::exists(m_tmp.filePath("-")));
    }

    void unwritablePlacesGiveTheReason_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("missing folder") << "no/such/folder/out" << QByteArray("No such file or directory");
        QTest::newRow("below a file") << "deal.json/out" << QByteArray("Not a directory");
        QTest::newRow("a folder") << "." << QByteArray("it is a folder");
    }
    void unwritablePlacesGiveTheReason()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, reason);
        for (const QString format : {"csv", "pdf", "xlsx"}) {
            const CliRun r = runCli({"export", format, m_deal, "-o", m_tmp.filePath(target)});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(reason), r.err.constData());
        }
    }

    // A real full disk: a 256 KiB tmpfs holding an older export of each kind. Every export fails with
    // exit 1 and the reason, the older file is intact and no temporary file is left.
    void fullDiskKeepsThePreviousFile()
    {
        QTemporaryDir mountPoint;
        QVERIFY(mountPoint.isValid());
        const QByteArray where = QFile::encodeName(mountPoint.path());
        if (::mount("tmpfs", where.constData(), "tmpfs", 0, "size=256k") != 0)
            QSKIP("cannot mount a tmpfs here (not root?)");
        struct Unmount {
            QByteArray at;
            ~Unmount() { ::umount(at.constData()); }
        } unmount{where};
        const QString dir = mountPoint.path();
        const QByteArray older = "an older export that must survive\n";
        for (const QString format : {"csv", "pdf", "xlsx"})
            writeAll(dir + "/out." + format, older);
        writeAll(dir + "/deal.json", older);
        {
            QFile filler(dir + "/filler"); // fills the disk to the last block
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        for (const QString format : {"csv", "pdf", "xlsx"}) {
            const CliRun r = runCli({"export", format, m_deal, "-o", dir + "/out." + format});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
            QCOMPARE(readAll(dir + "/out." + format), older);
        }
        const CliRun db = runCli({"db", "export", "1", "-o", dir + "/deal.json", "--db", m_workspace});
        QCOMPARE(db.code, 1);
        QVERIFY2(db.err.contains("No space left on device"), db.err.constData());
        QCOMPARE(readAll(dir + "/deal.json"), older);
        QCOMPARE(leftovers(dir), QStringList());
    }

    // Replacing an existing export keeps its permissions and leaves no temporary file.
    void replacingKeepsPermissions()
    {
        const QString out = fresh(".csv");
        writeAll(out, "old\n");
        QVERIFY(QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(runCli({"export", "csv", m_deal, "-o", out}).code, 0);
        QVERIFY(readAll(out).startsWith("period,"));
        struct stat st {
        };
        QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, 0600u);
        QCOMPARE(leftovers(m_tmp.path()), QStringList());
    }

    // Excel holds 32,767 characters in a cell: longer notes are refused before the target is touched.
    void xlsxRefusesNotesOverTheCellLimit()
    {
        const QString deal = fresh(".json");
        writeAll(deal, sampleWith({{"notes", QString(40000, 'n')}}));
        QCOMPARE(runCli({"validate", deal}).code, 0);
        const QString out = fresh(".xlsx");
        writeAll(out, "previous workbook");
        const CliRun r = runCli({"export", "xlsx", deal, "-o", out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("notes") && r.err.contains("32767"), r.err.constData());
        QCOMPARE(readAll(out), QByteArray("previous workbook"));
    }

    // A result that holds an infinity is refused, never printed as numbers.
    void nonFiniteResultsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("compute") << QStringList{"compute", "DEAL"};
        QTest::newRow("compute --json") << QStringList{"compute", "DEAL", "--json"};
        QTest::newRow("compare") << QStringList{"compare", "DEAL", "DEAL"};
        QTest::newRow("export csv") << QStringList{"export", "csv", "DEAL", "-o", "-"};
        QTest::newRow("sensitivity") << QStringList{"sensitivity", "DEAL"};
        QTest::newRow("montecarlo") << QStringList{"montecarlo", "DEAL", "--paths", "10"};
    }
    void nonFiniteResultsAreRefused()
    {
        QFETCH(QStringList, args);
        QJsonObject deal = QJsonDocument::fromJson(runCli({"sample"}).out).object();
        QJsonArray offtake = deal["offtake"].toArray();
        QJsonObject first = offtake[0].toObject();
        first["price_per_gpu_hour"] = 1e300;
        offtake[0] = first;
        const QString path = fresh(".json");
        writeAll(path, sampleWith({{"offtake", offtake}}));
        const CliRun check = runCli({"compute", path, "--json"});
        if (check.code == 2 && !check.err.contains("not finite"))
            QSKIP("the deal is refused by validation already (deal-format.md bound)");
        const CliRun r = runCli(args.replaceInStrings("DEAL", path));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("not finite"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_file_safety.moc"
