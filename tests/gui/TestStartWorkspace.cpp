// The workspace the GUI opens at start (README "Team workspace (PostgreSQL)"): the choice itself
// (chooseStartWorkspace, every rule and its precedence), then real main windows started one after the
// other: the default workspace typed into Edit > Preferences, the local file and the deal open when
// the last session ended, a script's $GPUDEAL_WORKSPACE not reopened, and a team workspace on a
// private PostgreSQL 15 server (tests/storage/PgServer.h) reopened with the same deal; a server that
// is down at start leaves the local workspace open, says so and how to reconnect, and the next start
// stays local until the user reconnects.
//
// $GPUDEAL_WORKSPACE is unset where the start order is tested; settings and the data folder's
// workspace live under a HOME of this run's own (see main()), never the user's.
#include "common/GuiTestSupport.h"
#include "ConnectDialog.h"
#include "DealDocument.h"
#include "io/SampleDeal.h"
#include "PasswordStore.h"
#include "PreferencesDialog.h"
#include "StartWorkspace.h"
#include "storage/PgServer.h"
#include "storage/Workspace.h"
#include "WorkspaceBrowser.h"
#include "WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gds;
using namespace gds::ui;
using gds::test::PgServer;
using Source = StartWorkspace::Source;

Q_DECLARE_METATYPE(gds::ui::StartWorkspace::Source)

namespace {

// A workspace file holding one deal named `name` (the first start of a window adds no samples to it).
void makeWorkspace(const QString &path, const std::string &name)
{
    Workspace ws = Workspace::open(path.toStdString(), systemClock());
    Deal d = sampleDeal();
    d.name = name;
    ws.saveVersion(d, "made by the test");
}

QString dealName(const MainWindow &w)
{
    return QString::fromStdString(w.document()->deal().name);
}

} // namespace

class TestStartWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_server;
    QTemporaryDir m_tmp;

    QString file(const QString &name) const { return m_tmp.filePath(name); }

    // A clean start: no settings, $GPUDEAL_WORKSPACE unset.
    static void pristine()
    {
        QSettings().clear();
        qunsetenv("GPUDEAL_WORKSPACE");
    }

    static std::unique_ptr<MainWindow> started() { return gds::test::startedMainWindow(); }

private slots:
    void initTestCase()
    {
        gds::test::isolateGuiTest(QStringLiteral("gui_start_workspace"));
        QVERIFY(m_tmp.isValid());
        // The HOME set in main() holds the data folder: nothing of the user's is read or written.
        QVERIFY(QDir::homePath() != QStringLiteral("/root"));
        QVERIFY(QString::fromStdString(defaultWorkspacePath()).startsWith(QDir::homePath()));
        try {
            m_server = std::make_unique<PgServer>();
            Workspace::initServer(m_server->url(m_server->createDatabase()));
            m_server->exec("CREATE ROLE alice LOGIN; GRANT gpudeal_editor TO alice");
        } catch (const std::exception &e) {
            QFAIL(e.what()); // a test that cannot start its server fails, never skips
        }
    }

    void cleanupTestCase() { m_server.reset(); }

    void theChoice_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("preference");
        QTest::addColumn<QString>("last");
        QTest::addColumn<bool>("lastFromEnvironment");
        QTest::addColumn<bool>("lastFileExists");
        QTest::addColumn<Source>("source");
        QTest::addColumn<QString>("workspace");
        const QString team = QStringLiteral("postgresql://alice@db.example/deals?sslmode=verify-full");
        const QString other = QStringLiteral("postgres://bob@/book?host=/run/postgresql");
        const QString file = QStringLiteral("/home/a/deals.gpudeal.sqlite");
        const QString pref = QStringLiteral("/home/a/preferred.gpudeal.sqlite");
        // $GPUDEAL_WORKSPACE wins over everything (tests and scripts).
        QTest::newRow("environment over all")
            << file << pref << team << false << true << Source::Environment << "";
        QTest::newRow("environment team") << team << ""
                                          << "" << false << false << Source::Environment << "";
        // Then the preference, a file or a team URL, trimmed; it need not exist yet (it is created).
        QTest::newRow("preference over last team")
            << "" << pref << team << false << false << Source::Preference << pref;
        QTest::newRow("preference over last file")
            << "" << pref << file << false << true << Source::Preference << pref;
        QTest::newRow("preference team trimmed")
            << "" << QString(QStringLiteral("  ") + other + QStringLiteral("\t")) << file << false << true
            << Source::Preference << other;
        QTest::newRow("blank preference") << ""
                                          << "   " << team << false << false << Source::LastSession << team;
        // Then the last session's workspace: a team URL always (the server decides), a file if it exists.
        QTest::newRow("last team") << ""
                                   << "" << team << false << false << Source::LastSession << team;
        QTest::newRow("last file") << ""
                                   << "" << file << false << true << Source::LastSession << file;
        QTest::newRow("last file gone") << ""
                                        << "" << file << false << false << Source::DataFolder << "";
        // ... unless $GPUDEAL_WORKSPACE named it (a script's workspace is not the user's).
        QTest::newRow("last from environment") << ""
                                               << "" << file << true << true << Source::DataFolder << "";
        QTest::newRow("last team from environment")
            << ""
            << "" << team << true << false << Source::DataFolder << "";
        QTest::newRow("pristine") << ""
                                  << ""
                                  << "" << false << false << Source::DataFolder << "";
    }
    void theChoice()
    {
        QFETCH(QString, environment);
        QFETCH(QString, preference);
        QFETCH(QString, last);
        QFETCH(bool, lastFromEnvironment);
        QFETCH(bool, lastFileExists);
        QFETCH(Source, source);
        QFETCH(QString, workspace);
        const StartWorkspace start =
            chooseStartWorkspace(environment, preference, last, lastFromEnvironment, lastFileExists);
        QCOMPARE(int(start.source), int(source));
        QCOMPARE(start.workspace, workspace);
        QCOMPARE(start.isTeam(), workspace.startsWith(QStringLiteral("postgres")));
    }

    void aPristineStartOpensTheDataFolder()
    {
        pristine();
        auto w = started();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QCOMPARE(w->session()->path(), QString::fromStdString(defaultWorkspacePath()));
        QVERIFY(w->browser()->location().startsWith(QStringLiteral("Local: ")));
        QVERIFY(!dealName(*w).isEmpty()); // the sample deal
    }

    void thePreferredWorkspaceOpensAtStart()
    {
        pristine();
        const QString preferred = file(QStringLiteral("preferred.gpudeal.sqlite"));
        const QString last = file(QStringLiteral("last.gpudeal.sqlite"));
        makeWorkspace(preferred, "Preferred cluster");
        makeWorkspace(last, "Last session's cluster");
        {
            // The user works in another file, then types the preferred one into Edit > Preferences.
            auto w = started();
            QString error;
            QVERIFY2(w->session()->open(last, &error), qPrintable(error)); // as File > Open workspace
            QVERIFY(w->session()->loadLatest(*w->session()->mostRecentDeal(), std::nullopt, &error));
            PreferencesDialog dialog(w.get());
            auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("workspaceEdit"));
            QVERIFY(edit);
            QVERIFY(edit->text().isEmpty());
            QVERIFY2(edit->placeholderText().contains(QStringLiteral("data folder")),
                     qPrintable(edit->placeholderText()));   // what an empty field means
            if (qEnvironmentVariableIsSet("GDS_SHOT_DIR")) { // for people to look at, not checked
                dialog.show();
                dialog.grab().save(qEnvironmentVariable("GDS_SHOT_DIR") + QStringLiteral("/preferences.png"));
            }
            edit->setFocus();
            QTest::keyClicks(edit, preferred);
            dialog.accept();
            w->close();
        }
        auto w = started();
        QCOMPARE(w->session()->path(), preferred);
        QCOMPARE(dealName(*w), QStringLiteral("Preferred cluster"));
        QCOMPARE(w->session()->locationLabel(), QStringLiteral("Local: ") + preferred);

        // $GPUDEAL_WORKSPACE still comes first.
        w->close();
        w.reset();
        qputenv("GPUDEAL_WORKSPACE", last.toUtf8());
        w = started();
        QCOMPARE(w->session()->path(), last);
        w->close();
        w.reset();
        qunsetenv("GPUDEAL_WORKSPACE");
        w = started();
        QCOMPARE(w->session()->path(), preferred); // and the preference again without it
    }

    void theLastLocalFileAndDealAreReopened()
    {
        pristine();
        const QString other = file(QStringLiteral("other.gpudeal.sqlite"));
        QFile::remove(other);
        std::int64_t olderDeal = 0;
        {
            auto w = started();
            QString error;
            QVERIFY2(w->session()->open(other, &error), qPrintable(error)); // created with both samples
            // The older of the two samples, not the one a start shows by default.
            const auto recent = w->session()->mostRecentDeal();
            QVERIFY(recent);
            for (const DealSummary &d : w->session()->workspace()->listDeals(DealFilter::Live))
                if (d.id != *recent)
                    olderDeal = d.id;
            QVERIFY(olderDeal != 0);
            QVERIFY(w->session()->loadLatest(olderDeal, std::nullopt, &error));
            w->close();
        }
        {
            auto w = started();
            QCOMPARE(w->session()->path(), other);
            QCOMPARE(w->session()->dealId(), std::optional<std::int64_t>(olderDeal));
            w->close();
        }
        // The file is gone: the data folder's, without a word (nothing to reconnect to).
        QVERIFY(QFile::remove(other));
        auto w = started();
        QCOMPARE(w->session()->path(), QString::fromStdString(defaultWorkspacePath()));
        QVERIFY(w->session()->dealId()); // its sample deal
        QVERIFY2(w->statusBar()->currentMessage().isEmpty(), qPrintable(w->statusBar()->currentMessage()));
    }

    void aScriptsWorkspaceIsNotReopened()
    {
        pristine();
        const QString scripted = file(QStringLiteral("scripted.gpudeal.sqlite"));
        makeWorkspace(scripted, "Scripted");
        qputenv("GPUDEAL_WORKSPACE", scripted.toUtf8());
        {
            auto w = started();
            QCOMPARE(dealName(*w), QStringLiteral("Scripted"));
            w->close();
        }
        qunsetenv("GPUDEAL_WORKSPACE");
        auto w = started();
        QCOMPARE(w->session()->path(), QString::fromStdString(defaultWorkspacePath()));
        QVERIFY(dealName(*w) != QStringLiteral("Scripted"));
    }

    void theTeamWorkspaceAndItsDealAreReopened()
    {
        pristine();
        const std::string db = m_server->createDatabase();
        Workspace::initServer(m_server->url(db));
        const QString url = QString::fromStdString(m_server->url(db, "alice"));
        std::int64_t first = 0;
        {
            Workspace ws = Workspace::open(url.toStdString(), systemClock());
            Deal a = sampleDeal();
            a.name = "Team deal one";
            first = ws.saveVersion(a, "one").dealId;
            Deal b = sampleDeal();
            b.name = "Team deal two"; // the newest: what a connection shows first
            ws.saveVersion(b, "two");
        }
        {
            auto w = started(); // the data folder's file
            QString error;
            QVERIFY2(w->connectTeamWorkspace(url, {}, false, &error), qPrintable(error));
            QCOMPARE(dealName(*w), QStringLiteral("Team deal two"));
            QVERIFY(w->session()->loadLatest(first, std::nullopt, &error));
            w->close(); // closeEvent -> the session's settings
        }
        QCOMPARE(QSettings().value(QStringLiteral("session/workspace")).toString(), url);
        auto w = started();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(w->session()->isTeam());
        QVERIFY2(w->session()->locationLabel().startsWith(QStringLiteral("Team: alice@")),
                 qPrintable(w->session()->locationLabel()));
        QVERIFY(w->session()->locationLabel().endsWith(QString::fromStdString("/" + db)));
        QCOMPARE(w->session()->dealId(), std::optional<std::int64_t>(first));
        QCOMPARE(dealName(*w), QStringLiteral("Team deal one"));
    }

    void aPreferredTeamNobodyServesLeavesTheLocalWorkspace()
    {
        pristine();
        // A port nobody listens on: refused at once.
        const QString url = QStringLiteral("postgresql://alice@127.0.0.1:%1/deals").arg(PgServer::freePort());
        Preferences p = Preferences::load(QSettings(), QLocale::system());
        p.defaultWorkspace = url;
        {
            QSettings s;
            p.save(s);
        }
        auto w = started();
        QVERIFY(!w->session()->isTeam());
        QCOMPARE(w->session()->path(), QString::fromStdString(defaultWorkspacePath()));
        QVERIFY(!dealName(*w).isEmpty()); // the local deals, shown as usual
        const QString message = w->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1")) &&
                     message.contains(QStringLiteral("local workspace")) &&
                     message.contains(QStringLiteral("File > Recent team workspaces")),
                 qPrintable(message));
        QVERIFY(w->recentTeamWorkspaces().contains(url)); // where the message says to reconnect
    }

    void theServerAsksForAPasswordAtStart()
    {
        // Carol signs in with a password, also on the local socket (the rest of the server trusts it).
        m_server->exec("CREATE ROLE carol LOGIN PASSWORD 'Carol-s3cret-pw'; GRANT gpudeal_editor TO carol");
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
        const std::string db = m_server->createDatabase();
        Workspace::initServer(m_server->url(db));
        Workspace::open(m_server->url(db, "alice"), systemClock()).saveVersion(sampleDeal(), "first");
        const QString url = QString::fromStdString(m_server->url(db, "carol"));
        PasswordStore::remove(url); // a keyring on the test machine holds none of ours

        // The dialogs a user sees at start, answered as a user would: `password` typed into the connect
        // dialog (empty: Cancel); a message box's text kept and the box closed.
        qunsetenv("GPUDEAL_NO_DIALOGS");
        const auto startWithDialogs = [&](const QString &password, QStringList *boxes, QString *askedUrl) {
            QTimer answer;
            answer.setInterval(20);
            connect(&answer, &QTimer::timeout, [&] {
                for (QWidget *top : QApplication::topLevelWidgets()) {
                    if (!top->isVisible())
                        continue;
                    if (auto *d = qobject_cast<ConnectDialog *>(top)) {
                        *askedUrl = d->url();
                        auto *pw = d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
                        if (password.isEmpty() || !pw || !pw->isVisible()) {
                            d->reject();
                            return;
                        }
                        pw->setFocus();
                        QTest::keyClicks(pw, password);
                        QTest::keyClick(pw, Qt::Key_Return);
                        return;
                    }
                    if (auto *box = qobject_cast<QMessageBox *>(top)) {
                        *boxes << box->text();
                        if (qEnvironmentVariableIsSet("GDS_SHOT_DIR"))
                            box->grab().save(qEnvironmentVariable("GDS_SHOT_DIR") +
                                             QStringLiteral("/team-not-opened-box.png"));
                        box->accept();
                        return;
                    }
                }
            });
            answer.start();
            return started();
        };

        // Cancelled: the local workspace, and a message that says why and how to connect again.
        pristine();
        QSettings().setValue(QStringLiteral("session/workspace"), url);
        QStringList boxes;
        QString asked;
        auto w = startWithDialogs(QString(), &boxes, &asked);
        qputenv("GPUDEAL_NO_DIALOGS", "1");
        QCOMPARE(asked, url); // the dialog came prefilled
        QVERIFY(!w->session()->isTeam());
        QCOMPARE(boxes.size(), 1);
        QVERIFY2(boxes.front().contains(QStringLiteral("carol@")) &&
                     boxes.front().contains(QStringLiteral("no password was given")) &&
                     boxes.front().contains(QStringLiteral("File > Recent team workspaces")),
                 qPrintable(boxes.front()));
        w->close();
        w.reset();

        // The password typed: the team workspace, no message.
        pristine();
        QSettings().setValue(QStringLiteral("session/workspace"), url);
        boxes.clear();
        asked.clear();
        qunsetenv("GPUDEAL_NO_DIALOGS");
        w = startWithDialogs(QStringLiteral("Carol-s3cret-pw"), &boxes, &asked);
        qputenv("GPUDEAL_NO_DIALOGS", "1");
        QVERIFY2(w->session()->isTeam(), qPrintable(w->statusBar()->currentMessage()));
        QCOMPARE(asked, url); // through the dialog: the keyring had no password
        QVERIFY2(boxes.isEmpty(), qPrintable(boxes.join(QLatin1Char('|'))));
        QVERIFY(w->session()->dealId());
        PasswordStore::remove(url);
    }

    // Last: the server is stopped and started again.
    void aTeamServerDownAtStartLeavesTheLocalWorkspace()
    {
        pristine();
        const std::string db = m_server->createDatabase();
        Workspace::initServer(m_server->url(db));
        const QString url = QString::fromStdString(m_server->url(db, "alice"));
        Workspace::open(url.toStdString(), systemClock()).saveVersion(sampleDeal(), "first");
        const QString local = QString::fromStdString(defaultWorkspacePath());
        {
            auto w = started();
            QString error;
            QVERIFY2(w->connectTeamWorkspace(url, {}, false, &error), qPrintable(error));
            w->close();
        }
        const auto localDeals = [&] {
            return Workspace::open(local.toStdString(), systemClock()).listDeals(DealFilter::All).size();
        };
        const std::size_t before = localDeals();
        QVERIFY(before > 0);
        m_server->stop();
        {
            auto w = started();
            QVERIFY(!w->session()->isTeam());
            QCOMPARE(w->session()->path(), local);
            QVERIFY(w->session()->dealId());
            const QString message = w->statusBar()->currentMessage();
            // The server named (without a password), why, that the local workspace is open, how to reconnect.
            QVERIFY2(message.contains(QString::fromStdString(m_server->dir())) &&
                         message.contains(QStringLiteral("Cannot connect")) &&
                         message.contains(QStringLiteral("the local workspace is open instead")) &&
                         message.contains(QStringLiteral("File > Recent team workspaces")),
                     qPrintable(message));
            if (qEnvironmentVariableIsSet("GDS_SHOT_DIR"))
                w->grab().save(qEnvironmentVariable("GDS_SHOT_DIR") +
                               QStringLiteral("/team-down-at-start.png"));
            QCOMPARE(localDeals(), before); // nothing added to the local file, nothing lost
            // Written at once: a crash now still starts on the local file next time.
            QCOMPARE(QSettings().value(QStringLiteral("session/workspace")).toString(), local);
            w->close();
        }
        m_server->start();
        {
            // The next start stays local, even with the server back, until the user reconnects...
            auto w = started();
            QVERIFY(!w->session()->isTeam());
            QVERIFY(w->statusBar()->currentMessage().isEmpty());
            auto *menu = w->findChild<QMenu *>(QStringLiteral("recentTeamMenu"));
            QVERIFY(menu);
            emit menu->aboutToShow();
            QVERIFY(!menu->actions().isEmpty());
            QCOMPARE(menu->actions().front()->data().toString(), url);
            QTRY_VERIFY_WITH_TIMEOUT((menu->actions().front()->trigger(), w->session()->isTeam()), 10000);
            w->close();
        }
        // ... and then the team workspace again.
        auto w = started();
        QVERIFY(w->session()->isTeam());
    }
};

int main(int argc, char *argv[])
{
    // Settings (QStandardPaths' test mode: ~/.qttest) and the data folder's workspace under a HOME of
    // this run's own, set before anything reads it.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    qputenv("HOME", home.path().toUtf8());
    QApplication app(argc, argv);
    TestStartWorkspace test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestStartWorkspace.moc"
