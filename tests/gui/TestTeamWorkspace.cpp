// The team workspace in the GUI on a real PostgreSQL 15 server that the test starts
// (tests/storage/PgServer.h; a server that cannot start fails the test, never skips): two main windows
// of two login roles granted gpudeal_editor see each other's saves appear without a refresh (LISTEN/
// NOTIFY), the metrics panel names a newer version, a stale save is refused naming who saved and when
// with the edits kept; a reader's window is read only but computes and exports; the connect dialog,
// the recent connections and the password (asked by the server, never written into the settings
// file); the server stopped at a save: the edits stay, the window says so, retries and saves when the
// server is back.
#include "common/GuiTestSupport.h"
#include "ConnectDialog.h"
#include "DealDocument.h"
#include "io/SampleDeal.h"
#include "MetricsPanel.h"
#include "PasswordStore.h"
#include "storage/PgServer.h"
#include "storage/Workspace.h"
#include "WorkspaceBrowser.h"
#include "WorkspaceSession.h"

#include <functional>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gds;
using namespace gds::ui;
using gds::test::PgServer;

namespace {

// Any row of the browser's model (at any depth) whose name is `text`.
bool browserHas(const MainWindow &w, const QString &text)
{
    const QStandardItemModel *m = w.browser()->model();
    const std::function<bool(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            if (i.data().toString() == text || walk(i))
                return true;
        }
        return false;
    };
    return walk({});
}

Deal withSpot(const Deal &d, double spot)
{
    Deal e = d;
    e.market.spotPricePerGpuHour = spot;
    return e;
}

int versionCount(const std::string &url, std::int64_t deal)
{
    const Workspace ws = Workspace::open(url, systemClock());
    return static_cast<int>(ws.history(deal).size());
}

QByteArray settingsFileContents()
{
    QSettings().sync();
    QFile f(QSettings().fileName());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_server;
    QTemporaryDir m_tmp;

    // A new database with the workspace and one deal (the sample, saved by alice); returns its name.
    std::string teamDatabase(std::int64_t *dealId = nullptr)
    {
        const std::string db = m_server->createDatabase();
        Workspace::initServer(m_server->url(db));
        Workspace ws = Workspace::open(m_server->url(db, "alice"), systemClock());
        const VersionInfo v = ws.saveVersion(sampleDeal(), "first");
        if (dealId)
            *dealId = v.dealId;
        return db;
    }

    std::unique_ptr<MainWindow> teamWindow(const std::string &url)
    {
        auto w = gds::test::startedMainWindow();
        QString error;
        if (!w->connectTeamWorkspace(QString::fromStdString(url), {}, false, &error))
            qWarning() << "cannot connect:" << error;
        return w;
    }

private slots:
    void initTestCase()
    {
        gds::test::isolateGuiTest(QStringLiteral("gui_team_workspace"));
        QVERIFY(m_tmp.isValid());
        gds::test::freshStart(m_tmp.filePath(QStringLiteral("local.gpudeal.sqlite")));
        try {
            m_server = std::make_unique<PgServer>();
            // The group roles come with the first workspace; then two editors, a reader and an
            // editor who signs in with a password.
            Workspace::initServer(m_server->url(m_server->createDatabase()));
            m_server->exec("CREATE ROLE alice LOGIN; CREATE ROLE bob LOGIN; CREATE ROLE rita LOGIN;"
                           " CREATE ROLE carol LOGIN PASSWORD 'Carol-s3cret-pw';"
                           " GRANT gpudeal_editor TO alice, bob, carol; GRANT gpudeal_reader TO rita");
        } catch (const std::exception &e) {
            QFAIL(e.what()); // a test that cannot start its server fails, never skips
        }
    }

    void cleanupTestCase() { m_server.reset(); }

    void serverLocationsAreShownWithoutSecrets_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("clean");
        QTest::addColumn<QString>("label");
        QTest::newRow("uri") << "postgresql://alice@db.example.com:5433/deals?sslmode=verify-full"
                             << "postgresql://alice@db.example.com:5433/deals?sslmode=verify-full"
                             << "alice@db.example.com:5433/deals";
        QTest::newRow("uri password") << "postgresql://alice:s3cret@db.example.com/deals"
                                      << "postgresql://alice@db.example.com/deals"
                                      << "alice@db.example.com/deals";
        QTest::newRow("query password")
            << "postgres://bob@/deals?host=/run/postgresql&password=s3cret&port=5432"
            << "postgres://bob@/deals?host=/run/postgresql&port=5432"
            << "bob@/run/postgresql:5432/deals";
        QTest::newRow("key=value") << "host=db user=rita password = 's3 cret' dbname=deals"
                                   << "user='rita' dbname='deals' host='db'"
                                   << "rita@db/deals";
    }
    void serverLocationsAreShownWithoutSecrets()
    {
        QFETCH(QString, url);
        QFETCH(QString, clean);
        QFETCH(QString, label);
        QCOMPARE(QString::fromStdString(withoutPassword(url.toStdString())), clean);
        QCOMPARE(QString::fromStdString(serverLabel(url.toStdString())), label);
        QVERIFY(!QString::fromStdString(withoutPassword(url.toStdString())).contains(QStringLiteral("s3")));
    }

    void connectDialogComposesTheConnectionString_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("sslmode"); // index in the box
        QTest::addColumn<QString>("url");
        QTest::newRow("tcp") << "db.example.com"
                             << "5432"
                             << "deals"
                             << "alice" << 6
                             << "postgresql://alice@db.example.com:5432/deals?sslmode=verify-full";
        QTest::newRow("socket") << "/run/postgresql"
                                << ""
                                << "deals"
                                << "bob" << 0 << "postgresql://bob@/deals?host=%2Frun%2Fpostgresql";
        QTest::newRow("no user") << "10.0.0.5"
                                 << ""
                                 << "team book"
                                 << "" << 4 << "postgresql://10.0.0.5/team%20book?sslmode=require";
    }
    void connectDialogComposesTheConnectionString()
    {
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(int, sslmode);
        QFETCH(QString, url);
        ConnectDialog dialog;
        dialog.show();
        // Typed into the fields as a user would; the connection string follows.
        for (const auto &[name, text] : {std::pair{"hostEdit", host}, std::pair{"portEdit", port},
                                         std::pair{"databaseEdit", database}, std::pair{"userEdit", user}}) {
            auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
            QVERIFY(edit);
            edit->setFocus();
            QTest::keyClicks(edit, text);
        }
        auto *box = dialog.findChild<QComboBox *>(QStringLiteral("sslmodeBox"));
        box->setCurrentIndex(sslmode);
        emit box->activated(sslmode);
        QCOMPARE(dialog.url(), url);
        // ... and back: the string read into the fields.
        ConnectDialog again;
        again.setUrl(url);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->text(), host);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->text(), database);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("userEdit"))->text(), user);
        QCOMPARE(again.url(), url);
    }

    void twoWindowsSeeEachOthersSaves()
    {
        std::int64_t deal = 0;
        const std::string db = teamDatabase(&deal);
        const std::string alice = m_server->url(db, "alice"), bob = m_server->url(db, "bob");
        auto a = teamWindow(alice);
        auto b = teamWindow(bob);
        QVERIFY(QTest::qWaitForWindowExposed(a.get()));
        QVERIFY(a->session()->isTeam() && b->session()->isTeam());
        QCOMPARE(a->session()->dealId(), std::optional<std::int64_t>(deal));
        QCOMPARE(b->session()->dealId(), std::optional<std::int64_t>(deal));
        // Which workspace is open: the browser, the status bar and the title say so.
        QVERIFY2(a->browser()->location().startsWith(QStringLiteral("Team: alice@")),
                 qPrintable(a->browser()->location()));
        QVERIFY(a->browser()->location().endsWith(QString::fromStdString("/" + db)));
        QVERIFY(b->windowTitle().contains(QStringLiteral("Team: bob@")));
        QVERIFY(a->findChild<QLabel *>(QStringLiteral("workspaceStatus"))
                    ->text()
                    .contains(QStringLiteral("Team:")));
        QVERIFY(b->metricsPanel()->newerVersionText().isEmpty());

        // Alice saves; Bob's browser shows it within 2 s without a refresh, his metrics panel says so.
        const double bobSpot = b->document()->deal().market.spotPricePerGpuHour + 0.35;
        a->document()->setDeal(withSpot(a->document()->deal(), 2.95), QStringLiteral("edit"));
        QVERIFY(a->saveVersion(QStringLiteral("Alice's hedge")));
        QTRY_VERIFY_WITH_TIMEOUT(browserHas(*b, QStringLiteral("Alice's hedge")), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!b->metricsPanel()->newerVersionText().isEmpty(), 2000);
        const QString note = b->metricsPanel()->newerVersionText();
        QVERIFY2(note.contains(QStringLiteral("v2")) && note.contains(QStringLiteral("alice")),
                 qPrintable(note));
        QVERIFY(
            b->metricsPanel()->findChild<QPushButton *>(QStringLiteral("reloadNewerVersion"))->isVisible());

        // Bob's save on the stale version is refused, naming who saved and when; his edits stay.
        b->document()->setDeal(withSpot(b->document()->deal(), bobSpot), QStringLiteral("edit"));
        QVERIFY(!b->saveVersion(QStringLiteral("Bob's stale save")));
        const QString refusal = b->statusBar()->currentMessage();
        QVERIFY2(refusal.contains(QStringLiteral("alice")) && refusal.contains(QStringLiteral("UTC")),
                 qPrintable(refusal));
        QVERIFY(b->document()->isModified());
        QCOMPARE(b->document()->deal().market.spotPricePerGpuHour, bobSpot);
        QCOMPARE(versionCount(alice, deal), 2);
        {
            const Workspace asBob = Workspace::open(bob, systemClock());
            const auto wc = asBob.loadWorkingCopy(deal); // kept as Bob's working copy on the server
            QVERIFY(wc && wc->deal);
            QCOMPARE(wc->deal->market.spotPricePerGpuHour, bobSpot);
        }

        // Reload: Alice's version with Bob's edits on top; now his save goes through and Alice sees it.
        b->metricsPanel()->findChild<QPushButton *>(QStringLiteral("reloadNewerVersion"))->click();
        QCOMPARE(b->session()->baseVersion(), 2);
        QVERIFY(b->metricsPanel()->newerVersionText().isEmpty());
        QCOMPARE(b->document()->deal().market.spotPricePerGpuHour, bobSpot);
        QVERIFY(b->saveVersion(QStringLiteral("Bob on top of Alice")));
        QCOMPARE(versionCount(alice, deal), 3);
        QTRY_VERIFY_WITH_TIMEOUT(browserHas(*a, QStringLiteral("Bob on top of Alice")), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(a->metricsPanel()->newerVersionText().contains(QStringLiteral("bob")), 2000);
    }

    void aReadersWindowIsReadOnly()
    {
        std::int64_t deal = 0;
        const std::string db = teamDatabase(&deal);
        auto r = teamWindow(m_server->url(db, "rita"));
        QVERIFY(QTest::qWaitForWindowExposed(r.get()));
        QVERIFY(r->session()->roleReadOnly());
        auto *banner = r->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("saving is not allowed for your role")));
        for (const char *name :
             {"actionSaveVersion", "actionNewScenario", "actionNewDeal", "actionImportDeal"})
            QVERIFY2(!r->findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
        // She opens and computes the deal...
        QCOMPARE(r->session()->dealId(), std::optional<std::int64_t>(deal));
        QVERIFY(!r->metricsPanel()->valueText(QStringLiteral("debt")).isEmpty());
        // ... a save attempt is refused and nothing is written ...
        r->document()->setDeal(withSpot(r->document()->deal(), 3.3), QStringLiteral("edit"));
        QVERIFY(!r->saveVersion(QStringLiteral("Rita tries")));
        QVERIFY(r->statusBar()->currentMessage().contains(QStringLiteral("may only read")));
        QVERIFY(!r->createScenario(QStringLiteral("rita's")));
        QCOMPARE(versionCount(m_server->url(db, "alice"), deal), 1);
        // ... and the server refuses her writes too, whatever the window does.
        Workspace asRita = Workspace::open(m_server->url(db, "rita"), systemClock());
        QVERIFY(!asRita.mayWrite());
        QVERIFY_THROWS_EXCEPTION(WorkspaceError, asRita.saveVersion(sampleDeal(), "direct"));
        // Exports work.
        QVERIFY(r->exportDealJson(m_tmp.filePath(QStringLiteral("rita.json"))));
        QVERIFY(r->exportXlsx(m_tmp.filePath(QStringLiteral("rita.xlsx"))));
        QVERIFY(QFile::exists(m_tmp.filePath(QStringLiteral("rita.xlsx"))));
        // An editor's window has none of it.
        auto a = teamWindow(m_server->url(db, "alice"));
        QVERIFY(!a->session()->roleReadOnly());
        QVERIFY(a->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isHidden());
        QVERIFY(a->findChild<QAction *>(QStringLiteral("actionSaveVersion"))->isEnabled());
    }

    void recentConnectionsAndBackToLocal()
    {
        const std::string db = teamDatabase();
        QSettings().remove(QStringLiteral("team/recent"));
        auto w = gds::test::startedMainWindow();
        QVERIFY(w->browser()->location().startsWith(QStringLiteral("Local: ")));
        const QString url = QString::fromStdString(m_server->url(db, "alice"));
        QVERIFY(w->connectTeamWorkspace(url));
        QCOMPARE(w->recentTeamWorkspaces(), QStringList{url});
        // Back to the local file ...
        w->findChild<QAction *>(QStringLiteral("actionOpenLocal"))->trigger();
        QVERIFY(!w->session()->isTeam());
        QVERIFY(w->browser()->location().startsWith(QStringLiteral("Local: ")));
        QVERIFY(!w->windowTitle().contains(QStringLiteral("Team:")));
        // ... and to the team again from File > Recent team workspaces.
        auto *menu = w->findChild<QMenu *>(QStringLiteral("recentTeamMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        QList<QAction *> entries = menu->actions();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.front()->text().contains(QString::fromStdString("alice@" + m_server->dir())));
        entries.front()->trigger();
        QVERIFY(w->session()->isTeam());
        QVERIFY(w->browser()->location().startsWith(QStringLiteral("Team: alice@")));
    }

    void thePasswordIsAskedAndNeverWrittenIntoSettings()
    {
        const std::string db = teamDatabase();
        const QString password = QStringLiteral("Carol-s3cret-pw");
        // Carol signs in with her password, also on the local socket (the rest of the server trusts it).
        {
            QFile hba(QString::fromStdString(m_server->data() + "/pg_hba.conf"));
            QVERIFY(hba.open(QIODevice::ReadOnly));
            const QByteArray rest = hba.readAll();
            hba.close();
            QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
            hba.write("local all carol scram-sha-256\n" + rest);
            hba.close();
            m_server->exec("SELECT pg_reload_conf()");
        }
        const QString url = QString::fromStdString(m_server->url(db, "carol"));
        PasswordStore::remove(url); // a keyring on the test machine holds none of ours
        QSettings().remove(QStringLiteral("team/recent"));
        auto w = gds::test::startedMainWindow();
        QString error;
        bool needsPassword = false;
        QTRY_VERIFY_WITH_TIMEOUT(!w->connectTeamWorkspace(url, {}, false, &error, &needsPassword), 5000);
        QVERIFY2(needsPassword, qPrintable(error));
        QVERIFY(!w->connectTeamWorkspace(url, QStringLiteral("wrong"), false, &error, &needsPassword));
        QVERIFY2(needsPassword, qPrintable(error));
        QVERIFY(!w->session()->isTeam());

        // The dialog: connect, the server asks, the password row appears, she types it and connects.
        int round = 0;
        QString keyringNote;
        std::function<void()> answer = [&] {
            ConnectDialog *d = nullptr;
            for (QWidget *top : QApplication::topLevelWidgets())
                if (top->isVisible() && top->objectName() == QStringLiteral("connectDialog"))
                    d = qobject_cast<ConnectDialog *>(top);
            if (!d) {
                QTimer::singleShot(20, answer);
                return;
            }
            auto *pw = d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
            if (round == 0) {
                QCOMPARE(d->url(), url); // the recent connection or the one asked for
                QVERIFY(pw->isHidden()); // not asked before the server wants one
                ++round;
                QTest::keyClick(d, Qt::Key_Return);
                QTimer::singleShot(20, answer);
                return;
            }
            QVERIFY(pw->isVisible());
            keyringNote = d->findChild<QLabel *>(QStringLiteral("keyringNote"))->text();
            if (qEnvironmentVariableIsSet("GDS_SHOT_DIR")) // for people to look at, not checked
                d->grab().save(qEnvironmentVariable("GDS_SHOT_DIR") + QStringLiteral("/connect-dialog.png"));
            d->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(true);
            pw->setFocus();
            QTest::keyClicks(pw, password);
            QTest::keyClick(pw, Qt::Key_Return);
        };
        QTimer::singleShot(20, answer);
        w->connectTeamInteractive(url);
        QVERIFY2(w->session()->isTeam(), qPrintable(w->statusBar()->currentMessage()));
        QVERIFY(!keyringNote.isEmpty());
        // A connection string that holds the password works and is remembered without it.
        QString withPassword = url;
        withPassword.replace(QStringLiteral("carol@"),
                             QStringLiteral("carol:") + password + QStringLiteral("@"));
        QVERIFY(w->connectTeamWorkspace(withPassword, {}, false, &error));
        QCOMPARE(w->recentTeamWorkspaces(), QStringList{url});
        w->close(); // writes the window's settings (the open workspace among them)
        const QByteArray settings = settingsFileContents();
        QVERIFY(!settings.isEmpty());
        QVERIFY(settings.contains(QByteArray(m_server->dir().c_str()))); // the connection is remembered
        QVERIFY2(!settings.contains(password.toUtf8()), settings.constData());
        QVERIFY(!settings.contains("s3cret"));
        PasswordStore::remove(url);
    }

    // Last: the server is stopped and started again.
    void anUnreachableServerKeepsTheEditsAndRetries()
    {
        std::int64_t deal = 0;
        const std::string db = teamDatabase(&deal);
        const std::string alice = m_server->url(db, "alice");
        auto a = teamWindow(alice);
        QVERIFY(QTest::qWaitForWindowExposed(a.get()));
        a->session()->setRetryInterval(300);
        m_server->stop();
        a->document()->setDeal(withSpot(a->document()->deal(), 3.05), QStringLiteral("edit"));
        QVERIFY(!a->saveVersion(QStringLiteral("while the server is down")));
        QVERIFY2(a->statusBar()->currentMessage().contains(QStringLiteral("unreachable")),
                 qPrintable(a->statusBar()->currentMessage()));
        QVERIFY(a->session()->isDisconnected() && a->session()->hasPendingSave());
        auto *banner = a->findChild<QWidget *>(QStringLiteral("connectionBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(a->findChild<QLabel *>(QStringLiteral("connectionState"))
                    ->text()
                    .contains(QStringLiteral("retrying")));
        QVERIFY(a->findChild<QAction *>(QStringLiteral("actionRetryConnection"))->isEnabled());
        QTest::qWait(800); // a few failed retries: nothing is reported saved, the edits stay
        QVERIFY(a->document()->isModified());
        QCOMPARE(a->document()->deal().market.spotPricePerGpuHour, 3.05);
        QVERIFY(a->session()->hasPendingSave());

        m_server->start();
        QTRY_VERIFY_WITH_TIMEOUT(!a->session()->isDisconnected(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!a->document()->isModified(), 5000);
        QVERIFY(banner->isHidden());
        QCOMPARE(versionCount(alice, deal), 2);
        const Workspace ws = Workspace::open(alice, systemClock());
        const StoredVersion latest = ws.latest(deal);
        QCOMPARE(latest.info.note, std::string("while the server is down"));
        QCOMPARE(latest.deal.market.spotPricePerGpuHour, 3.05);
        QCOMPARE(latest.info.author, std::string("alice"));
    }
};

QTEST_MAIN(TestTeamWorkspace)
#include "TestTeamWorkspace.moc"
