// What the workspace does with files it did not write or cannot read: refusal with a clear message
// and the file byte-for-byte unchanged; migrations from every earlier schema version; a second
// writer that waits or reports "busy".
#include "storage/Schema.h"
#include "StorageTestSupport.h"

#include <QDir>
#include <QTest>
#include <thread>

using namespace gds;
using namespace gds::test;
using Kind = WorkspaceError::Kind;

Q_DECLARE_METATYPE(gds::WorkspaceError::Kind)

namespace {

// A file of the given schema version built with the real migrations, with one deal in it written
// by raw SQL as that version's code would have.
void buildAtVersion(const QString &path, int version, const std::string &body = sampleDealJson().data())
{
    RawDb raw(path);
    raw.exec("PRAGMA journal_mode = WAL");
    raw.exec("BEGIN");
    gds::schema::migrate(raw.handle(), 0, version);
    if (version >= 1) {
        const std::string &content = body;
        raw.exec("INSERT INTO deals (id, name, sponsor, tags, created_at, updated_at) VALUES "
                 "(7, 'Legacy ''deal''', 'Old sponsor', '[\"kept\"]', 1700000000000, 1700000001000)");
        raw.exec("INSERT INTO versions (id, deal_id, number, created_at, note, metrics) VALUES "
                 "(1, 7, 1, 1700000000000, 'from v" +
                 std::to_string(version) + "', '{\"debt\":5}')");
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(raw.handle(), "INSERT INTO version_content VALUES (1, ?)", -1, &st, nullptr);
        sqlite3_bind_text(st, 1, content.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_step(st);
        sqlite3_finalize(st);
    }
    raw.exec("COMMIT");
}

} // namespace

class TestWorkspaceFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_counter = 0;
    QString freshPath() { return m_tmp.filePath(QString("f%1.sqlite").arg(++m_counter)); }

    // A real workspace with some content, closed (checkpointed).
    QString makeWorkspace()
    {
        const QString path = freshPath();
        Workspace ws = Workspace::open(path.toStdString(), steppingClock());
        for (int i = 0; i < 20; ++i)
            ws.saveVersion(dealNamed("Deal " + std::to_string(i % 4), 1.5 + i * 0.01),
                           "save " + std::to_string(i));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void refusesWhatIsNotAWorkspace_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("phrase");
        const QByteArray ws = fileBytes(makeWorkspace());
        QVERIFY(ws.size() > 8192);
        QTest::newRow("empty file") << QByteArray() << Kind::NotAWorkspace << "empty";
        QTest::newRow("text") << QByteArray("name,debt\nAtlas,1\n") << Kind::NotAWorkspace << "not an SQLite";
        QByteArray garbage(70000, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = static_cast<char>((i * 7919 + 13) % 251);
        QTest::newRow("garbage") << garbage << Kind::NotAWorkspace << "not an SQLite";
        QTest::newRow("sqlite magic only")
            << QByteArray("SQLite format 3\0", 16) << Kind::NotAWorkspace << "not an SQLite";
        QTest::newRow("header only") << ws.left(100) << Kind::NotAWorkspace << "truncated";
        QTest::newRow("truncated to one page") << ws.left(4096) << Kind::NotAWorkspace << "truncated";
        QTest::newRow("truncated mid-page")
            << ws.left(ws.size() / 2 + 123) << Kind::NotAWorkspace << "truncated";
        QTest::newRow("truncated by one page")
            << ws.left(ws.size() - 4096) << Kind::NotAWorkspace << "truncated";
        QByteArray damaged = ws;
        for (int i = 4096 + 200; i < 4096 * 2; ++i)
            damaged[i] = '\xAA';
        QTest::newRow("damaged page") << damaged << Kind::NotAWorkspace << "damaged";
        QByteArray newer = ws;
        newer[63] = 99; // user_version 99
        QTest::newRow("newer schema") << newer << Kind::NewerSchema << "newer version";
    }

    void refusesWhatIsNotAWorkspace()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Kind, kind);
        QFETCH(QString, phrase);
        const QString path = freshPath();
        QVERIFY(writeBytes(path, bytes));
        try {
            Workspace::open(path.toStdString(), steppingClock());
            QFAIL("the file must be refused");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), kind);
            const QString message = QString::fromStdString(e.what());
            QVERIFY2(message.contains(phrase), qPrintable(message));
            QVERIFY2(message.contains(path) && message.contains("not changed"), qPrintable(message));
        }
        QCOMPARE(fileBytes(path), bytes);
    }

    void refusesOtherSqliteDatabasesUntouched_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("plain sqlite")
            << "CREATE TABLE t(x); INSERT INTO t VALUES (1);" << Kind::NotAWorkspace;
        QTest::newRow("another application")
            << "PRAGMA application_id = 1234; CREATE TABLE t(x);" << Kind::NotAWorkspace;
        QTest::newRow("newer workspace")
            << QString("PRAGMA application_id = 1195660119; PRAGMA user_version = %1;"
                       "CREATE TABLE future(x);")
                   .arg(Workspace::kSchemaVersion + 1)
            << Kind::NewerSchema;
    }

    void refusesOtherSqliteDatabasesUntouched()
    {
        QFETCH(QString, setup);
        QFETCH(Kind, kind);
        const QString path = freshPath();
        {
            RawDb raw(path);
            raw.exec(setup.toStdString());
        }
        const QByteArray before = fileBytes(path);
        try {
            Workspace::open(path.toStdString(), steppingClock());
            QFAIL("must be refused");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), kind);
        }
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + "-wal"));
    }

    void newerSchemaInTheLogIsRefusedWithoutCheckpoint()
    {
        // A newer program crashed after migrating: the main file still says our version, the log the
        // newer one. The refusal must not fold the log into the file.
        const QString path = makeWorkspace();
        const QByteArray mainBefore = fileBytes(path);
        {
            RawDb newer(path);
            newer.exec("PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = 9");
            sqlite3_db_config(newer.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr); // "crashed"
        }
        const QByteArray walBefore = fileBytes(path + "-wal");
        QVERIFY(walBefore.size() > 0);
        try {
            Workspace::open(path.toStdString(), steppingClock());
            QFAIL("must be refused");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), Kind::NewerSchema);
            QVERIFY(QString(e.what()).contains("schema 9"));
        }
        QCOMPARE(fileBytes(path), mainBefore);
        QCOMPARE(fileBytes(path + "-wal"), walBefore);
    }

    void refusesADirectory()
    {
        const QString dir = m_tmp.filePath("a-folder");
        QVERIFY(QDir().mkpath(dir));
        try {
            Workspace::open(dir.toStdString(), steppingClock());
            QFAIL("must be refused");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), Kind::NotAWorkspace);
        }
    }

    void missingFolderIsAnIoError()
    {
        try {
            Workspace::open(m_tmp.filePath("no/such/folder/ws.sqlite").toStdString(), steppingClock());
            QFAIL("must fail");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), Kind::Io);
        }
        QVERIFY(!QFile::exists(m_tmp.filePath("no")));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < Workspace::kSchemaVersion; ++v)
            QTest::addRow("from schema %d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString path = freshPath();
        buildAtVersion(path, version);
        QCOMPARE(RawDb(path).number("PRAGMA user_version"), static_cast<long long>(version));

        Workspace ws = Workspace::open(path.toStdString(), steppingClock());
        QCOMPARE(ws.schemaVersion(), Workspace::kSchemaVersion);
        QCOMPARE(ws.integrityCheck(), std::string("ok"));
        const QString backup = path + QString(".schema-%1.bak").arg(version);
        if (version == 0) {
            QVERIFY(ws.listDeals().empty());
        } else {
            // The old file was backed up first, and its data came through.
            QVERIFY(QFile::exists(backup));
            QCOMPARE(RawDb(backup).number("PRAGMA user_version"), static_cast<long long>(version));
            const auto deals = ws.listDeals();
            QCOMPARE(deals.size(), std::size_t{1});
            QCOMPARE(deals[0].name, std::string("Legacy 'deal'"));
            QCOMPARE(deals[0].tags, std::vector<std::string>{"kept"});
            QCOMPARE(deals[0].metrics.value("debt"), std::optional<double>(5));
            QCOMPARE(ws.history(7).front().note, "from v" + std::to_string(version));
            QCOMPARE(ws.loadVersion(7, 1).deal, sampleDeal());
            // Everything the newer schema adds works on the migrated file.
            ws.saveVersion(dealNamed("Legacy 'deal'"), "after migration");
            QCOMPARE(ws.history(7).size(), std::size_t{2});
            ws.saveWorkingCopy(7, dealNamed("Legacy 'deal'"));
            ws.softDelete(7);
            QCOMPARE(ws.listDeals(DealFilter::Bin).size(), std::size_t{1});
        }
    }

    // Schema 3 keeps each version's currency in a column; the migration fills it from the stored
    // documents (NULL, listed as "", where a body has no readable currency).
    void migrationFillsTheCurrencyFromTheStoredDocuments_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("currency");
        const QByteArray sample(sampleDealJson().data(), qsizetype(sampleDealJson().size()));
        QByteArray eur = sample;
        eur.replace("\"currency\": \"USD\"", "\"currency\": \"EUR\"");
        QVERIFY(eur != sample);
        // Files from before schema 3, whose migration to 3 fills the currency (a schema-3 file has it
        // from its writer).
        for (int v = 1; v < 3; ++v) {
            QTest::addRow("schema %d, USD deal", v) << v << sample << "USD";
            QTest::addRow("schema %d, EUR deal", v) << v << eur << "EUR";
            QTest::addRow("schema %d, not JSON", v) << v << QByteArray("not a deal {") << "";
            QTest::addRow("schema %d, currency not text", v) << v << QByteArray(R"({"currency": 978})") << "";
        }
    }

    void migrationFillsTheCurrencyFromTheStoredDocuments()
    {
        QFETCH(int, version);
        QFETCH(QByteArray, body);
        QFETCH(QString, currency);
        const QString path = freshPath();
        buildAtVersion(path, version, body.toStdString());
        {
            Workspace ws = Workspace::open(path.toStdString(), steppingClock());
            QCOMPARE(ws.schemaVersion(), Workspace::kSchemaVersion);
            QCOMPARE(ws.deal(7).currency, currency.toStdString());
            QCOMPARE(ws.history(7).front().currency, currency.toStdString());
            QCOMPARE(ws.integrityCheck(), std::string("ok"));
        }
        // The versions are immutable again after the migration.
        RawDb raw(path);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, raw.exec("UPDATE versions SET currency = 'XXX'"));
    }

    void failedMigrationLeavesTheFileAsItWas()
    {
        const QString path = freshPath();
        buildAtVersion(path, 1);
        {
            RawDb raw(path); // something in the way of the 1 -> 2 step
            raw.exec("CREATE TABLE working_copies (x)");
        }
        const QByteArray before = fileBytes(path);
        try {
            Workspace::open(path.toStdString(), steppingClock());
            QFAIL("the migration must fail");
        } catch (const WorkspaceError &e) {
            QVERIFY2(QString(e.what()).contains("schema version 2"), e.what());
        }
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(RawDb(path).number("PRAGMA user_version"), 1LL);
    }

    void secondWriterGetsAClearBusyMessage()
    {
        const QString path = makeWorkspace();
        OpenOptions quick;
        quick.busyTimeout = std::chrono::milliseconds(200);
        Workspace ws = Workspace::open(path.toStdString(), steppingClock(), quick);
        RawDb other(path);
        other.exec("BEGIN IMMEDIATE; INSERT INTO deals (name, created_at, updated_at) VALUES ('lock', 0, 0)");
        const auto start = std::chrono::steady_clock::now();
        try {
            ws.saveVersion(dealNamed("Blocked"), "");
            QFAIL("must report busy");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), Kind::Busy);
            QVERIFY2(QString(e.what()).contains("busy"), e.what());
        }
        QVERIFY(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(150)); // it waited
        QVERIFY(ws.listDeals().size() == 4); // readers are not blocked by a writer
        other.exec("ROLLBACK");
        ws.saveVersion(dealNamed("Blocked"), "");
        QCOMPARE(ws.listDeals().size(), std::size_t{5});
    }

    void secondWriterWaitsForTheFirst()
    {
        const QString path = makeWorkspace();
        Workspace ws = Workspace::open(path.toStdString(), steppingClock()); // 5 s timeout
        RawDb other(path);
        other.exec(
            "BEGIN IMMEDIATE; INSERT INTO deals (name, created_at, updated_at) VALUES ('first', 0, 0)");
        std::thread release([&other] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            other.exec("COMMIT");
        });
        const VersionInfo v = ws.saveVersion(dealNamed("Second"), "waited");
        release.join();
        QCOMPARE(ws.history(v.dealId).front().note, std::string("waited"));
        QVERIFY(ws.findDealByName("first"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFiles)
#include "tst_workspace_files.moc"
