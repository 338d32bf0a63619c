// gpudeal-cli db (cli.md) run as a real process against workspaces in a temporary folder: every
// command, the documents it prints, and its exit codes (0 ok, 1 workspace unusable, 2 unknown or
// invalid input, 64 usage).
#include "common/CliRunner.h"
#include "io/DealJson.h"
#include "StorageTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gds;
using namespace gds::test;

namespace {

using Run = CliRun;

} // namespace

class TestCliDb : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_counter = 0;

    QString freshPath(const QString &ext = ".sqlite")
    {
        return m_tmp.filePath(QString("c%1%2").arg(++m_counter).arg(ext));
    }

    Run cli(const QStringList &args, const QByteArray &input = {}, const QString &defaultDb = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("GPUDEAL_WORKSPACE",
                   defaultDb.isEmpty() ? m_tmp.filePath("default-unused.sqlite") : defaultDb);
        return runCli(QStringList{"db"} + args, input, env);
    }

    QString dealFile(const Deal &deal)
    {
        const QString path = freshPath(".json");
        const std::string text = writeDeal(deal);
        writeBytes(path, QByteArray::fromStdString(text));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void importListExportHistory()
    {
        const QString db = freshPath();
        const QString file = dealFile(dealNamed("Atlas \"H100\" 🚀"));
        const Run first = cli({"import", file, "--db", db, "--note", "first cut"});
        QVERIFY2(first.code == 0, first.err.constData());
        const QString id = first.lastLine();
        QVERIFY(id.toLongLong() > 0);

        const Run again = cli({"import", dealFile(dealNamed("Atlas \"H100\" 🚀", 2.4)), "--db", db});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.lastLine(), id); // same name: a new version of the same deal

        const Run list = cli({"list", "--json", "--db", db});
        QCOMPARE(list.code, 0);
        const QJsonArray arr = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(arr.size(), 1);
        const QJsonObject d = arr[0].toObject();
        QCOMPARE(d["id"].toInteger(), id.toLongLong());
        QCOMPARE(d["name"].toString(), QString("Atlas \"H100\" 🚀"));
        QCOMPARE(d["versions"].toInt(), 2);
        QVERIFY(d["updated"].toString().endsWith('Z'));
        const QJsonObject metrics = d["metrics"].toObject();
        QCOMPARE(metrics.size(), static_cast<qsizetype>(metricFields().size()));
        QVERIFY(metrics["debt"].toDouble() > 0);

        const QString out = freshPath(".json");
        QCOMPARE(cli({"export", id, "-o", out, "--db", db}).code, 0);
        DealReadResult back = readDeal(fileBytes(out).toStdString());
        QVERIFY(back.deal);
        QCOMPARE(back.deal->market.spotPricePerGpuHour, 2.4);
        QCOMPARE(back.deal->name, std::string("Atlas \"H100\" 🚀"));

        const Run byName = cli({"export", "Atlas \"H100\" 🚀", "--version", "1", "--db", db});
        QCOMPARE(byName.code, 0);
        QCOMPARE(readDeal(byName.out.toStdString()).deal, std::optional<Deal>(dealNamed("Atlas \"H100\" 🚀")));

        const Run history = cli({"history", id, "--json", "--db", db});
        QCOMPARE(history.code, 0);
        const QJsonArray h = QJsonDocument::fromJson(history.out).array();
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].toObject()["note"].toString(), QString("first cut"));
        QCOMPARE(h[1].toObject()["version"].toInt(), 2);
        QVERIFY(cli({"history", id, "--db", db}).out.contains("first cut"));
        QVERIFY(cli({"list", "--db", db}).out.contains("Atlas"));
    }

    void importFromStandardInput()
    {
        const QString db = freshPath();
        const Run r =
            cli({"import", "-", "--db", db}, QByteArray::fromStdString(writeDeal(dealNamed("Piped"))));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(cli({"list", "--db", db}).out.contains("Piped"));
    }

    void restoreScenarioDeleteAndBackup()
    {
        const QString db = freshPath();
        const QString id = cli({"import", dealFile(dealNamed("Boreas", 2.0)), "--db", db}).lastLine();
        cli({"import", dealFile(dealNamed("Boreas", 2.6)), "--db", db});

        QCOMPARE(cli({"restore", id, "1", "--db", db}).code, 0);
        const QString exported = QString::fromUtf8(cli({"export", id, "--db", db}).out);
        QCOMPARE(readDeal(exported.toStdString()).deal->market.spotPricePerGpuHour, 2.0);
        QCOMPARE(QJsonDocument::fromJson(cli({"history", id, "--json", "--db", db}).out).array().size(), 3);

        QCOMPARE(cli({"scenario", "create", id, "hedged", "--from", "2", "--db", db}).code, 0);
        const Run into =
            cli({"import", dealFile(dealNamed("Boreas", 1.7)), "--scenario", "hedged", "--db", db});
        QVERIFY2(into.code == 0, into.err.constData());
        const QJsonArray sc =
            QJsonDocument::fromJson(cli({"scenario", "list", id, "--json", "--db", db}).out).array();
        QCOMPARE(sc.size(), 1);
        QCOMPARE(sc[0].toObject()["base_version"].toInt(), 2);
        QCOMPARE(sc[0].toObject()["versions"].toInt(), 1);
        const Run scExport = cli({"export", id, "--scenario", "hedged", "--db", db});
        QCOMPARE(readDeal(scExport.out.toStdString()).deal->market.spotPricePerGpuHour, 1.7);

        QCOMPARE(cli({"tag", id, "h100", "pitch", "--db", db}).code, 0);
        QCOMPARE(QJsonDocument::fromJson(cli({"list", "--json", "--db", db}).out)
                     .array()[0]
                     .toObject()["tags"]
                     .toArray()
                     .size(),
                 2);

        const QString backup = freshPath();
        QCOMPARE(cli({"backup", backup, "--db", db}).code, 0);
        QCOMPARE(cli({"backup", backup, "--db", db}).code, 2); // never overwrites
        QCOMPARE(QJsonDocument::fromJson(cli({"list", "--json", "--db", backup}).out).array().size(), 1);

        QCOMPARE(cli({"delete", id, "--db", db}).code, 0);
        QCOMPARE(QJsonDocument::fromJson(cli({"list", "--json", "--db", db}).out).array().size(), 0);
        QCOMPARE(QJsonDocument::fromJson(cli({"list", "--json", "--bin", "--db", db}).out).array().size(), 1);
        QCOMPARE(cli({"undelete", "Boreas", "--db", db}).code, 0);
        QCOMPARE(QJsonDocument::fromJson(cli({"list", "--json", "--db", db}).out).array().size(), 1);
        QCOMPARE(cli({"delete", "Boreas", "--db", db}).code, 0);
        QCOMPARE(cli({"empty-bin", "--db", db}).code, 0);
        QCOMPARE(QJsonDocument::fromJson(cli({"list", "--json", "--all", "--db", db}).out).array().size(), 0);
        QCOMPARE(cli({"history", id, "--db", db}).code, 2);
    }

    void defaultWorkspaceComesFromTheEnvironment()
    {
        const QString db = freshPath();
        QCOMPARE(cli({"import", dealFile(dealNamed("Default")), "--note", "n"}, {}, db).code, 0);
        QVERIFY(QFile::exists(db));
        QVERIFY(cli({"list"}, {}, db).out.contains("Default"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no command") << QStringList{} << 64;
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 64;
        QTest::newRow("unknown option") << QStringList{"list", "--frob"} << 64;
        QTest::newRow("extra argument") << QStringList{"list", "extra"} << 64;
        QTest::newRow("import without file") << QStringList{"import"} << 64;
        QTest::newRow("restore bad version") << QStringList{"restore", "1", "x"} << 64;
        QTest::newRow("--db without value") << QStringList{"list", "--db"} << 64;
        QTest::newRow("help") << QStringList{"--help"} << 0;
        QTest::newRow("unknown id") << QStringList{"history", "999"} << 2;
        QTest::newRow("unknown name") << QStringList{"export", "No such deal"} << 2;
        QTest::newRow("unknown version") << QStringList{"export", "1", "--version", "9"} << 2;
        QTest::newRow("unknown scenario") << QStringList{"export", "1", "--scenario", "nope"} << 2;
        QTest::newRow("restore unknown version") << QStringList{"restore", "1", "9"} << 2;
        QTest::newRow("duplicate scenario") << QStringList{"scenario", "create", "1", "dup"} << 2;
        QTest::newRow("missing deal file") << QStringList{"import", "/nonexistent/deal.json"} << 1;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const QString db = freshPath();
        QCOMPARE(cli({"import", dealFile(dealNamed("One")), "--db", db}).lastLine(), QString("1"));
        cli({"scenario", "create", "1", "dup", "--db", db});
        const Run r = cli(args + QStringList{"--db", db});
        QVERIFY2(r.code == code, r.err.constData());
        if (code != 0)
            QVERIFY(!r.err.isEmpty());
    }

    void invalidDealFileIsExit2WithPaths()
    {
        const QString db = freshPath();
        const QString bad = freshPath(".json");
        std::string text = writeDeal(dealNamed("Bad"));
        text.replace(text.find("\"operating_months\": "), 20, "\"operating_months\": -");
        writeBytes(bad, QByteArray::fromStdString(text));
        const Run r = cli({"import", bad, "--db", db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("operating_months"), r.err.constData());
        QCOMPARE(cli({"list", "--json", "--db", db}).out.trimmed(), QByteArray("[]"));
    }

    void refusedWorkspacesAreExit1AndUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray(5000, 'g');
        QTest::newRow("csv") << QByteArray("a,b\n1,2\n");
    }

    void refusedWorkspacesAreExit1AndUntouched()
    {
        QFETCH(QByteArray, bytes);
        const QString db = freshPath();
        writeBytes(db, bytes);
        for (const QStringList &args :
             {QStringList{"list"}, QStringList{"import", dealFile(dealNamed("X"))}}) {
            const Run r = cli(args + QStringList{"--db", db});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("not changed"), r.err.constData());
            QCOMPARE(fileBytes(db), bytes);
        }
    }

    void newerWorkspaceIsExit1AndUntouched()
    {
        const QString db = freshPath();
        QCOMPARE(cli({"import", dealFile(dealNamed("Future")), "--db", db}).code, 0);
        {
            RawDb raw(db);
            raw.exec("PRAGMA user_version = 7");
        }
        const QByteArray before = fileBytes(db);
        const Run r = cli({"list", "--db", db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("newer version"), r.err.constData());
        QCOMPARE(fileBytes(db), before);
    }
};

QTEST_GUILESS_MAIN(TestCliDb)
#include "tst_cli_db.moc"
