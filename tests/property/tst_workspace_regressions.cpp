// Workspace files kept from fuzzing (tests/data/regress/workspace/*.sqlite, found by fuzz_workspace).
// Each is opened from a private copy and read the way the fuzz target reads it: opening, listing and
// reading never crash and fail only with a WorkspaceError that has a message (a negative schema
// version included); and every time a read returns is the time the file stores (milliseconds since
// 1970), never a wrapped-around one: a stored time the workspace cannot represent is refused with a
// WorkspaceError.
#include "storage/Workspace.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <utility>
#include <vector>

using namespace gds;

namespace {

std::int64_t ms(TimePoint t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

struct StoredTimes {
    std::map<std::pair<qint64, int>, qint64> versions;          // (deal id, number) -> versions.created_at
    std::map<qint64, std::vector<std::optional<qint64>>> deals; // id -> created_at, updated_at, deleted_at
};

// The times the file stores, read straight from it.
StoredTimes storedTimes(const QString &path)
{
    StoredTimes times;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("regress"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT deal_id, number, created_at FROM versions"), db);
            while (q.next())
                times.versions[{q.value(0).toLongLong(), q.value(1).toInt()}] = q.value(2).toLongLong();
            QSqlQuery d(QStringLiteral("SELECT id, created_at, updated_at, deleted_at FROM deals"), db);
            while (d.next())
                for (int c = 1; c <= 3; ++c)
                    times.deals[d.value(0).toLongLong()].push_back(
                        d.isNull(c) ? std::nullopt : std::optional<qint64>(d.value(c).toLongLong()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("regress"));
    return times;
}

} // namespace

class WorkspaceRegressionTest : public QObject
{
    Q_OBJECT

    // Runs f; a WorkspaceError is an acceptable answer if it has a message. Returns whether f completed.
    static bool tolerate(const std::function<void()> &f)
    {
        try {
            f();
            return true;
        } catch (const WorkspaceError &e) {
            if (*e.what() == '\0')
                qFatal("a WorkspaceError without a message");
            qInfo("refused: %s", e.what());
            return false;
        }
    }

private slots:
    void workspaceFiles_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(GDS_TEST_DATA "/regress/workspace"));
        const QStringList files = dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable("no regression files in " + dir.path()));
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void workspaceFiles()
    {
        QFETCH(QString, path);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString copy = tmp.filePath(QStringLiteral("workspace.gpudeal.sqlite"));
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        const StoredTimes stored = storedTimes(copy);

        const Clock clock = [] { return TimePoint(std::chrono::milliseconds(1'780'000'000'000)); };
        OpenOptions options;
        options.busyTimeout = std::chrono::milliseconds(0);
        options.durable = false;
        std::optional<Workspace> ws;
        if (!tolerate([&] { ws.emplace(Workspace::open(copy.toStdString(), clock, options)); }))
            return;
        std::vector<DealSummary> deals;
        tolerate([&] { deals = ws->listDeals(DealFilter::All); });
        int checked = 0;
        for (const DealSummary &d : deals) {
            const auto row = stored.deals.find(d.id);
            QVERIFY(row != stored.deals.end() && row->second.size() == 3);
            const std::vector<std::optional<qint64>> read = {
                ms(d.created), ms(d.updated),
                d.deletedAt ? std::optional<qint64>(ms(*d.deletedAt)) : std::nullopt};
            for (std::size_t c = 0; c < 3; ++c)
                QVERIFY2(read[c] == row->second[c],
                         qPrintable(QStringLiteral("deal %1, %2: stored %3 ms, read back as %4 ms")
                                        .arg(d.id)
                                        .arg(QStringList{"created", "updated", "deleted"}.at(int(c)))
                                        .arg(row->second[c] ? QString::number(*row->second[c]) : "NULL")
                                        .arg(read[c] ? QString::number(*read[c]) : "none")));
            ++checked;
        }
        for (const DealSummary &d : deals)
            tolerate([&] {
                for (const VersionInfo &v : ws->history(d.id)) {
                    const auto it = stored.versions.find({d.id, v.number});
                    QVERIFY(it != stored.versions.end());
                    QVERIFY2(ms(v.created) == it->second,
                             qPrintable(QStringLiteral("deal %1 version %2: created %3 ms read back as %4 ms")
                                            .arg(d.id)
                                            .arg(v.number)
                                            .arg(it->second)
                                            .arg(ms(v.created))));
                    ++checked;
                    tolerate([&] { (void)ws->loadVersion(d.id, v.number); });
                }
            });
        qInfo("%d deal and version times checked", checked);
    }
};

QTEST_GUILESS_MAIN(WorkspaceRegressionTest)
#include "tst_workspace_regressions.moc"
