// The workspace API on both backends (one storage interface, one test suite): every test
// runs once on real SQLite files in a temporary folder (TestWorkspace) and once on a private
// PostgreSQL 15 server started for the run (TestWorkspaceOnPostgres, PgServer.h): deals, versions,
// scenarios, the bin, working copies, tags, Unicode round-trips, the injected clock, backups and the
// default location.
#include "engine/Engine.h"
#include "io/DealJson.h"
#include "PgServer.h"
#include "StorageTestSupport.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

using namespace gds;
using namespace gds::test;
using Kind = WorkspaceError::Kind;

Q_DECLARE_METATYPE(std::string)

class TestWorkspace : public QObject
{
    Q_OBJECT

public:
    explicit TestWorkspace(bool postgres = false) : m_postgres(postgres) {}

private:
    bool m_postgres;
    std::unique_ptr<PgServer> m_server;
    QTemporaryDir m_tmp;
    int m_counter = 0;

    std::string freshFile() { return m_tmp.filePath(QString("ws%1.sqlite").arg(++m_counter)).toStdString(); }
    // A new empty workspace's path: a file, or a new database on the test server with the workspace
    // created in it (db init-server).
    std::string freshPath()
    {
        if (!m_postgres)
            return freshFile();
        const std::string url = m_server->url(m_server->createDatabase());
        Workspace::initServer(url);
        return url;
    }
    Workspace fresh() { return Workspace::open(freshPath(), steppingClock()); }

    // Direct SQL on a workspace's storage, behind the API's back: the file, or its database.
    static std::string databaseOf(const std::string &url)
    {
        return url.substr(url.find("@/") + 2, url.find('?') - url.find("@/") - 2);
    }
    long long rawNumber(const std::string &path, const std::string &sql)
    {
        if (!m_postgres)
            return RawDb(QString::fromStdString(path)).number(sql);
        const std::string t = m_server->text(sql, databaseOf(path));
        return t.empty() ? 0 : std::stoll(t);
    }
    std::string rawText(const std::string &path, const std::string &sql)
    {
        if (!m_postgres)
            return RawDb(QString::fromStdString(path)).text(sql);
        return m_server->text(sql, databaseOf(path));
    }
    void rawExec(const std::string &path, const std::string &sql)
    {
        if (!m_postgres) {
            RawDb raw(QString::fromStdString(path));
            raw.exec("PRAGMA foreign_keys = ON");
            raw.exec(sql);
        } else {
            m_server->exec(sql, databaseOf(path));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        if (m_postgres) {
            try {
                m_server = std::make_unique<PgServer>();
            } catch (const std::exception &e) {
                QFAIL(e.what()); // never a skip: the PostgreSQL half of the suite must run
            }
        }
    }
    void cleanupTestCase() { m_server.reset(); }

    void createsANewWorkspaceWithSchemaAndPragmas()
    {
        const std::string path = freshPath();
        {
            Workspace ws = Workspace::open(path, steppingClock());
            QCOMPARE(ws.schemaVersion(), Workspace::kSchemaVersion);
            QCOMPARE(ws.integrityCheck(), std::string("ok"));
            QVERIFY(ws.listDeals().empty());
            QCOMPARE(ws.path(), path);
        }
        if (m_postgres) {
            QCOMPARE(rawNumber(path, "SELECT version FROM gpudeal_schema"),
                     static_cast<long long>(Workspace::kSchemaVersion));
            return;
        }
        RawDb raw(QString::fromStdString(path));
        QCOMPARE(raw.number("PRAGMA application_id"), 0x47445357LL);
        QCOMPARE(raw.number("PRAGMA user_version"), static_cast<long long>(Workspace::kSchemaVersion));
        QCOMPARE(raw.text("PRAGMA journal_mode"), std::string("wal"));
        // No temporary creation file is left behind.
        QCOMPARE(QDir(m_tmp.path()).entryList({"*.creating-*"}, QDir::Files).size(), 0);
    }

    void saveCreatesADealAndLoadGivesItBack()
    {
        Workspace ws = fresh();
        const Deal deal = dealNamed("Atlas");
        const VersionInfo v = ws.saveVersion(deal, "first cut");
        QCOMPARE(v.number, 1);
        QCOMPARE(v.note, std::string("first cut"));
        QCOMPARE(v.created, at(1767603600));

        const StoredVersion back = ws.loadVersion(v.dealId, 1);
        QCOMPARE(back.deal, deal);
        QCOMPARE(back.content, writeDeal(deal));
        QCOMPARE(back.info.note, std::string("first cut"));

        const auto deals = ws.listDeals();
        QCOMPARE(deals.size(), std::size_t{1});
        QCOMPARE(deals[0].name, std::string("Atlas"));
        QCOMPARE(deals[0].sponsor, deal.sponsor);
        QCOMPARE(deals[0].versionCount, 1);
        QCOMPARE(deals[0].latestVersion, 1);
        QCOMPARE(deals[0].created, at(1767603600));
        QVERIFY(!deals[0].deleted);
    }

    void cachedMetricsAreTheEnginesMetrics()
    {
        Workspace ws = fresh();
        const Deal deal = dealNamed("Metrics");
        const VersionInfo v = ws.saveVersion(deal, "");
        const Result r = compute(deal);
        QVERIFY(r.ok());
        const MetricValues expected = MetricValues::fromMetrics(r.metrics);
        QCOMPARE(ws.deal(v.dealId).metrics, expected);
        QCOMPARE(ws.history(v.dealId).front().metrics, expected);
        QCOMPARE(ws.deal(v.dealId).metrics.value("debt"), std::optional<double>(r.metrics.debt));
        QCOMPARE(ws.deal(v.dealId).metrics.size(), metricFields().size());
    }

    void savingAnExistingNameAddsAVersion()
    {
        Workspace ws = fresh();
        const VersionInfo a = ws.saveVersion(dealNamed("Atlas", 2.0), "v1");
        const VersionInfo b = ws.saveVersion(dealNamed("Atlas", 2.1), "v2");
        const VersionInfo other = ws.saveVersion(dealNamed("Boreas"), "");
        QCOMPARE(b.dealId, a.dealId);
        QCOMPARE(b.number, 2);
        QVERIFY(other.dealId != a.dealId);
        QCOMPARE(other.number, 1);

        const auto h = ws.history(a.dealId);
        QCOMPARE(h.size(), std::size_t{2});
        QCOMPARE(h[0].note, std::string("v1"));
        QCOMPARE(h[1].note, std::string("v2"));
        QVERIFY(h[0].created < h[1].created);
        QCOMPARE(ws.latest(a.dealId).deal.market.spotPricePerGpuHour, 2.1);
        QCOMPARE(ws.loadVersion(a.dealId, 1).deal.market.spotPricePerGpuHour, 2.0);
        QCOMPARE(ws.deal(a.dealId).versionCount, 2);
        QCOMPARE(ws.deal(a.dealId).updated, b.created);
        QCOMPARE(ws.listDeals().size(), std::size_t{2});
    }

    void precomputedMetricsAreStoredAsGiven()
    {
        Workspace ws = fresh();
        Metrics m;
        m.debt = 123.5;
        m.minDscr = 1.25;
        SaveOptions o;
        o.metrics = m;
        const VersionInfo v = ws.saveVersion(dealNamed("Given"), o);
        QCOMPARE(ws.deal(v.dealId).metrics.value("debt"), std::optional<double>(123.5));
        QCOMPARE(ws.deal(v.dealId).metrics.value("min_dscr"), std::optional<double>(1.25));
        QCOMPARE(ws.deal(v.dealId).metrics.value("equity_irr"), std::optional<double>());
    }

    void savingByIdRenamesTheDeal()
    {
        Workspace ws = fresh();
        const VersionInfo a = ws.saveVersion(dealNamed("Old name"), "");
        ws.saveVersion(dealNamed("Taken"), "");
        SaveOptions o;
        o.dealId = a.dealId;
        const VersionInfo b = ws.saveVersion(dealNamed("New name"), o);
        QCOMPARE(b.dealId, a.dealId);
        QCOMPARE(ws.deal(a.dealId).name, std::string("New name"));
        QVERIFY(!ws.findDealByName("Old name"));
        try {
            ws.saveVersion(dealNamed("Taken"), o);
            QFAIL("renaming onto another deal's name must fail");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), Kind::Conflict);
        }
        QCOMPARE(ws.history(a.dealId).size(), std::size_t{2}); // the refused save left nothing
    }

    void invalidDealIsRefusedWithItsIssues()
    {
        Workspace ws = fresh();
        Deal bad = dealNamed("Bad");
        bad.operatingMonths = 0;
        try {
            ws.saveVersion(bad, "");
            QFAIL("an invalid deal must be refused");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), Kind::Invalid);
            QVERIFY(!e.issues().empty());
        }
        QVERIFY(ws.listDeals().empty());
    }

    void unknownIdsAreNotFound()
    {
        Workspace ws = fresh();
        const VersionInfo v = ws.saveVersion(dealNamed("Only"), "");
        const std::vector<std::pair<const char *, std::function<void()>>> calls = {
            {"deal", [&] { ws.deal(999); }},
            {"history", [&] { ws.history(999); }},
            {"loadVersion deal", [&] { ws.loadVersion(999, 1); }},
            {"loadVersion number", [&] { ws.loadVersion(v.dealId, 7); }},
            {"restoreVersion", [&] { ws.restoreVersion(v.dealId, 7); }},
            {"createScenario", [&] { ws.createScenario(999, "x"); }},
            {"createScenario base", [&] { ws.createScenario(v.dealId, "x", 9); }},
            {"softDelete", [&] { ws.softDelete(999); }},
            {"latest scenario", [&] { ws.latest(v.dealId, 999); }},
        };
        for (const auto &[name, call] : calls) {
            try {
                call();
                QFAIL(name);
            } catch (const WorkspaceError &e) {
                QVERIFY2(e.kind() == Kind::NotFound, name);
                QVERIFY2(std::string(e.what()).size() > 10, name);
            }
        }
    }

    void restoreVersionAddsACopyAndKeepsHistory()
    {
        Workspace ws = fresh();
        const VersionInfo v1 = ws.saveVersion(dealNamed("Atlas", 2.0), "original");
        ws.saveVersion(dealNamed("Atlas", 2.5), "changed");
        const VersionInfo r = ws.restoreVersion(v1.dealId, 1);
        QCOMPARE(r.number, 3);
        QCOMPARE(r.restoredFrom, std::optional<int>(1));
        const auto h = ws.history(v1.dealId);
        QCOMPARE(h.size(), std::size_t{3});
        QCOMPARE(h[1].note, std::string("changed")); // history untouched
        QCOMPARE(ws.latest(v1.dealId).deal, ws.loadVersion(v1.dealId, 1).deal);
        QCOMPARE(ws.latest(v1.dealId).content, ws.loadVersion(v1.dealId, 1).content);
        QCOMPARE(ws.loadVersion(v1.dealId, 2).deal.market.spotPricePerGpuHour, 2.5);
        QCOMPARE(h[2].metrics, h[0].metrics);
    }

    // Listings show money in each deal's own currency: the summary and every version carry it,
    // from the latest main-line version (a scenario's currency does not change the deal's line).
    void summariesCarryTheDealsCurrency_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("USD") << "USD"
                             << "USD";
        QTest::newRow("EUR") << "EUR"
                             << "EUR";
        QTest::newRow("changed to GBP") << "EUR"
                                        << "GBP";
    }

    void summariesCarryTheDealsCurrency()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        Workspace ws = fresh();
        Deal deal = dealNamed("Atlas");
        deal.currency = first.toStdString();
        const VersionInfo v1 = ws.saveVersion(deal, "first");
        QCOMPARE(v1.currency, first.toStdString());
        deal.currency = second.toStdString();
        ws.saveVersion(deal, "second");
        Deal scenarioDeal = deal;
        scenarioDeal.currency = "CHF";
        const Scenario sc = ws.createScenario(v1.dealId, "in francs");
        ws.saveVersion(scenarioDeal, "scenario", sc.id);

        QCOMPARE(ws.deal(v1.dealId).currency, second.toStdString());
        const auto listed = ws.listDeals();
        QCOMPARE(listed.size(), std::size_t{1});
        QCOMPARE(listed[0].currency, second.toStdString());
        const auto h = ws.history(v1.dealId);
        QCOMPARE(h.size(), std::size_t{3});
        QCOMPARE(h[0].currency, first.toStdString());
        QCOMPARE(h[1].currency, second.toStdString());
        QCOMPARE(h[2].currency, std::string("CHF"));
        QCOMPARE(ws.loadVersion(v1.dealId, 1).info.currency, first.toStdString());
        // A restored version keeps the currency of the version it copies.
        QCOMPARE(ws.restoreVersion(v1.dealId, 1).currency, first.toStdString());
        QCOMPARE(ws.deal(v1.dealId).currency, first.toStdString());
    }

    void versionsAreImmutableInTheFile()
    {
        const std::string path = freshPath();
        {
            Workspace ws = Workspace::open(path, steppingClock());
            ws.saveVersion(dealNamed("Fixed"), "note");
        }
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 rawExec(path, m_postgres ? "UPDATE versions SET note = 'x'::bytea"
                                                          : "UPDATE versions SET note = 'x'"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 rawExec(path, "UPDATE version_content SET content = '{}'"));
        if (m_postgres) {
            // On the server versions are append-only for every role, the tables' owner included:
            // removed only with their deal when the bin is emptied.
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, rawExec(path, "DELETE FROM version_content"));
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, rawExec(path, "DELETE FROM versions"));
        }
        QCOMPARE(rawText(path, m_postgres ? "SELECT convert_from(note, 'UTF8') FROM versions"
                                          : "SELECT note FROM versions"),
                 std::string("note"));
        QCOMPARE(rawNumber(path, "SELECT count(*) FROM version_content"), 1LL);
    }

    void scenariosBranchFromAVersion()
    {
        Workspace ws = fresh();
        const VersionInfo v1 = ws.saveVersion(dealNamed("Atlas", 2.0), "base");
        ws.saveVersion(dealNamed("Atlas", 2.2), "main 2");
        const Scenario hedged = ws.createScenario(v1.dealId, "hedged", 1);
        const Scenario tenor = ws.createScenario(v1.dealId, "5-year tenor");
        QCOMPARE(hedged.baseVersion, 1);
        QCOMPARE(tenor.baseVersion, 2);
        // Until it has its own version, a scenario's latest is its base.
        QCOMPARE(ws.latest(v1.dealId, hedged.id).info.number, 1);

        const VersionInfo s1 = ws.saveVersion(dealNamed("Atlas", 1.8), "hedged 1", hedged.id);
        QCOMPARE(s1.scenario, std::string("hedged"));
        QCOMPARE(s1.number, 3);
        QCOMPARE(ws.latest(v1.dealId, hedged.id).info.number, 3);
        QCOMPARE(ws.latest(v1.dealId).info.number, 2); // the main line is unaffected
        QCOMPARE(ws.deal(v1.dealId).latestVersion, 2);

        const auto list = ws.listScenarios(v1.dealId);
        QCOMPARE(list.size(), std::size_t{2});
        QCOMPARE(list[0].name, std::string("hedged"));
        QCOMPARE(list[0].versionCount, 1);
        QCOMPARE(list[1].name, std::string("5-year tenor"));
        QCOMPARE(list[1].versionCount, 0);
        QCOMPARE(ws.deal(v1.dealId).scenarioCount, 2);
        QCOMPARE(ws.history(v1.dealId)[2].scenarioId, std::optional<std::int64_t>(hedged.id));

        try {
            ws.createScenario(v1.dealId, "hedged");
            QFAIL("duplicate scenario name");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), Kind::Conflict);
        }
        // Restoring a scenario version continues that scenario.
        const VersionInfo r = ws.restoreVersion(v1.dealId, 3);
        QCOMPARE(r.scenarioId, std::optional<std::int64_t>(hedged.id));
    }

    void deletingIsRecoverableUntilTheBinIsEmptied()
    {
        Workspace ws = fresh();
        const VersionInfo a = ws.saveVersion(dealNamed("Atlas"), "");
        const Scenario sc = ws.createScenario(a.dealId, "hedged");
        ws.saveVersion(dealNamed("Atlas", 1.9), "in scenario", sc.id);
        ws.saveWorkingCopy(a.dealId, dealNamed("Atlas", 1.7));
        const VersionInfo b = ws.saveVersion(dealNamed("Boreas"), "");

        ws.softDelete(a.dealId);
        QCOMPARE(ws.listDeals().size(), std::size_t{1});
        QCOMPARE(ws.listDeals(DealFilter::Bin).size(), std::size_t{1});
        QCOMPARE(ws.listDeals(DealFilter::All).size(), std::size_t{2});
        QVERIFY(ws.deal(a.dealId).deleted);
        QVERIFY(ws.deal(a.dealId).deletedAt.has_value());
        QCOMPARE(ws.history(a.dealId).size(), std::size_t{2}); // still readable in the bin
        try {
            ws.saveVersion(dealNamed("Atlas"), SaveOptions{"", a.dealId, std::nullopt, std::nullopt});
            QFAIL("saving into a binned deal");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), Kind::Conflict);
        }

        ws.restoreDeleted(a.dealId);
        QCOMPARE(ws.listDeals().size(), std::size_t{2});
        QCOMPARE(ws.history(a.dealId).size(), std::size_t{2});

        ws.softDelete(a.dealId);
        QCOMPARE(ws.emptyBin(), 1);
        QCOMPARE(ws.listDeals(DealFilter::All).size(), std::size_t{1});
        QCOMPARE(ws.listDeals().front().id, b.dealId);
        QCOMPARE(ws.integrityCheck(), std::string("ok"));
        QCOMPARE(rawNumber(ws.path(), "SELECT count(*) FROM versions"), 1LL);
        QCOMPARE(rawNumber(ws.path(), "SELECT count(*) FROM version_content"), 1LL);
        QCOMPARE(rawNumber(ws.path(), "SELECT count(*) FROM scenarios"), 0LL);
        QCOMPARE(rawNumber(ws.path(), "SELECT count(*) FROM working_copies"), 0LL);
        if (!m_postgres)
            QCOMPARE(rawText(ws.path(), "PRAGMA foreign_key_check"), std::string());
    }

    void aBinnedNameCanBeReusedButNotRestoredOver()
    {
        Workspace ws = fresh();
        const VersionInfo old = ws.saveVersion(dealNamed("Atlas"), "");
        ws.softDelete(old.dealId);
        const VersionInfo fresh = ws.saveVersion(dealNamed("Atlas"), "");
        QVERIFY(fresh.dealId != old.dealId);
        QCOMPARE(fresh.number, 1);
        try {
            ws.restoreDeleted(old.dealId);
            QFAIL("restoring over a live name");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), Kind::Conflict);
            QVERIFY(std::string(e.what()).find("Atlas") != std::string::npos);
        }
        QVERIFY(ws.deal(old.dealId).deleted);
    }

    void workingCopyIsOneOverwrittenSlot()
    {
        Workspace ws = fresh();
        const VersionInfo v = ws.saveVersion(dealNamed("Atlas"), "");
        QVERIFY(!ws.loadWorkingCopy(v.dealId));
        ws.saveWorkingCopy(v.dealId, dealNamed("Atlas", 1.5), 1);
        ws.saveWorkingCopy(v.dealId, dealNamed("Atlas", 1.6), 1);
        const auto w = ws.loadWorkingCopy(v.dealId);
        QVERIFY(w);
        QVERIFY(w->deal);
        QCOMPARE(w->deal->market.spotPricePerGpuHour, 1.6);
        QCOMPARE(w->baseVersion, std::optional<int>(1));
        QVERIFY(ws.deal(v.dealId).hasWorkingCopy);
        QCOMPARE(ws.history(v.dealId).size(), std::size_t{1}); // not a version

        // Work in progress may be invalid: it is kept, and the reason it does not load is given.
        Deal wip = dealNamed("Atlas");
        wip.operatingMonths = 0;
        ws.saveWorkingCopy(v.dealId, wip);
        const auto w2 = ws.loadWorkingCopy(v.dealId);
        QVERIFY(w2 && !w2->deal && !w2->issues.empty());
        QCOMPARE(w2->content, writeDeal(wip));

        ws.clearWorkingCopy(v.dealId);
        QVERIFY(!ws.loadWorkingCopy(v.dealId));
        QVERIFY(!ws.deal(v.dealId).hasWorkingCopy);
    }

    void tags()
    {
        Workspace ws = fresh();
        const VersionInfo v = ws.saveVersion(dealNamed("Atlas"), "");
        ws.setTags(v.dealId, {"h100", "pitch \"Q3\"", "h100", "中文"});
        QCOMPARE(ws.deal(v.dealId).tags, (std::vector<std::string>{"h100", "pitch \"Q3\"", "中文"}));
        ws.setTags(v.dealId, {});
        QVERIFY(ws.deal(v.dealId).tags.empty());
    }

    void textRoundTripsExactly_data()
    {
        QTest::addColumn<std::string>("text");
        QTest::newRow("quotes") << std::string("O'Brien \"The Deal\" `x`");
        QTest::newRow("sql injection") << std::string("x'); DROP TABLE deals; --");
        QTest::newRow("emoji") << std::string("GPU 🚀💰 deal 👩🏽‍💻");
        QTest::newRow("chinese") << std::string("算力融资 第二期");
        QTest::newRow("arabic rtl") << std::string("صفقة تمويل");
        QTest::newRow("combining") << std::string("Cafe\xCC\x81 vs Caf\xC3\xA9");
        QTest::newRow("control chars") << std::string("tab\there\nnew line\r\\backslash");
        QTest::newRow("percent and underscore") << std::string("100% _LIKE_ %s %n");
        QTest::newRow("long") << std::string(190, 'x') + "é€😀"; // deal names are limited to 200 chars
    }

    void textRoundTripsExactly()
    {
        QFETCH(std::string, text);
        Workspace ws = fresh();
        Deal deal = dealNamed(text);
        deal.sponsor = text;
        const VersionInfo v = ws.saveVersion(deal, text);
        const Scenario sc = ws.createScenario(v.dealId, text);
        ws.setTags(v.dealId, {text});
        QCOMPARE(ws.deal(v.dealId).name, text);
        QCOMPARE(ws.deal(v.dealId).sponsor, text);
        QCOMPARE(ws.deal(v.dealId).tags, std::vector<std::string>{text});
        QCOMPARE(ws.findDealByName(text)->id, v.dealId);
        QCOMPARE(ws.history(v.dealId).front().note, text);
        QCOMPARE(ws.listScenarios(v.dealId).front().name, text);
        QCOMPARE(ws.loadVersion(v.dealId, 1).deal, deal);
        QCOMPARE(sc.name, text);
        QCOMPARE(ws.listDeals().size(), std::size_t{1}); // nothing dropped
    }

    void notesKeepEmbeddedNulAndAnyLength()
    {
        Workspace ws = fresh();
        const std::string note("before\0after", 12);
        const VersionInfo v = ws.saveVersion(dealNamed("Nul"), note);
        QCOMPARE(ws.history(v.dealId).front().note, note);
        std::string longNote;
        for (int i = 0; i < 20000; ++i)
            longNote += "ß😀";
        ws.saveVersion(dealNamed("Nul"), longNote);
        QCOMPARE(ws.history(v.dealId).back().note, longNote);
    }

    void invalidUtf8IsRefused()
    {
        Workspace ws = fresh();
        try {
            ws.saveVersion(dealNamed("Fine"), std::string("bad \xC3\x28 note"));
            QFAIL("invalid UTF-8 note");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), Kind::Invalid);
        }
        QVERIFY(ws.listDeals().empty());
    }

    void timesComeFromTheInjectedClock()
    {
        Workspace ws = Workspace::open(freshPath(), [] { return at(1800000000); });
        const VersionInfo v = ws.saveVersion(dealNamed("Clocked"), "");
        QCOMPARE(v.created, at(1800000000));
        QCOMPARE(ws.history(v.dealId).front().created, at(1800000000));
        QCOMPARE(ws.deal(v.dealId).created, at(1800000000));
        QCOMPARE(ws.deal(v.dealId).updated, at(1800000000));
    }

    void backupIsACompleteWorkspace()
    {
        Workspace ws = fresh();
        const VersionInfo v = ws.saveVersion(dealNamed("Atlas"), "one");
        ws.saveVersion(dealNamed("Atlas", 2.3), "two");
        ws.createScenario(v.dealId, "hedged");
        const std::string target = freshFile(); // a team workspace is backed up into a file too
        ws.backup(target);
        Workspace copy = Workspace::open(target, steppingClock());
        QCOMPARE(copy.integrityCheck(), std::string("ok"));
        QCOMPARE(copy.history(v.dealId).size(), std::size_t{2});
        QCOMPARE(copy.latest(v.dealId).content, ws.latest(v.dealId).content);
        QCOMPARE(copy.listScenarios(v.dealId).size(), std::size_t{1});

        // A backup never overwrites a file.
        const QByteArray before = digest(QString::fromStdString(target));
        try {
            ws.backup(target);
            QFAIL("backup over an existing file");
        } catch (const WorkspaceError &e) {
            QCOMPARE(e.kind(), Kind::Conflict);
        }
        QCOMPARE(digest(QString::fromStdString(target)), before);
    }

    void defaultPathHonoursTheOverride()
    {
        if (m_postgres)
            QSKIP("the default workspace is a file; run on the SQLite pass");
        qputenv("GPUDEAL_WORKSPACE", m_tmp.filePath("override.sqlite").toUtf8());
        QCOMPARE(defaultWorkspacePath(), m_tmp.filePath("override.sqlite").toStdString());
        Workspace ws = Workspace::openDefault(steppingClock());
        QCOMPARE(ws.path(), m_tmp.filePath("override.sqlite").toStdString());
        qunsetenv("GPUDEAL_WORKSPACE");
    }

    void defaultPathIsTheGuisAppDataLocation()
    {
        if (m_postgres)
            QSKIP("the default workspace is a file; run on the SQLite pass");
        qunsetenv("GPUDEAL_WORKSPACE");
        qputenv("XDG_DATA_HOME", m_tmp.filePath("xdg").toUtf8());
        QCoreApplication::setOrganizationName("GPU Deal Studio");
        QCoreApplication::setApplicationName("GPU Deal Studio");
        const QString expected =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/workspace.gpudeal.sqlite";
        QCOMPARE(QString::fromStdString(defaultWorkspacePath()), expected);
        QVERIFY(expected.startsWith(m_tmp.filePath("xdg")));
        Workspace ws = Workspace::openDefault(steppingClock()); // creates the folders
        QVERIFY(QFile::exists(expected));
    }
};

// The same tests on the team workspace.
class TestWorkspaceOnPostgres : public TestWorkspace
{
    Q_OBJECT

public:
    TestWorkspaceOnPostgres() : TestWorkspace(true) {}
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        TestWorkspace onFiles;
        failures += QTest::qExec(&onFiles, argc, argv);
    }
    {
        TestWorkspaceOnPostgres onServer;
        failures += QTest::qExec(&onServer, argc, argv);
    }
    return failures;
}

#include "tst_workspace.moc"
