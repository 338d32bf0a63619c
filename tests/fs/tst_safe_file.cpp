// core/fs (README "Files and the workspace"): fs::writeFile replaces a regular file only whole (kept
// mode, symlinks followed, nothing left on failure) and writes a device directly; checkOutput refuses
// an input by identity, any SQLite database and a folder.
#include "fs/OutputGuard.h"
#include "fs/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace gds::fs;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool put(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

std::string s(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

mode_t modeOf(const QString &path)
{
    struct stat st {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
}

} // namespace

class TestSafeFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_counter = 0;
    QString fresh() { return m_tmp.filePath(QStringLiteral("f%1").arg(++m_counter)); }
    QStringList temporaries() const
    {
        return QDir(m_tmp.path()).entryList({QStringLiteral(".*.tmp-*")}, QDir::Files | QDir::Hidden);
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void writesANewFileAndReplacesAnOldOne()
    {
        const QString path = fresh();
        QCOMPARE(writeFile(s(path), "first"), std::string());
        QCOMPARE(readAll(path), QByteArray("first"));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        struct stat before {
        };
        ::stat(QFile::encodeName(path).constData(), &before);
        QCOMPARE(writeFile(s(path), "second"), std::string());
        QCOMPARE(readAll(path), QByteArray("second"));
        QCOMPARE(modeOf(path) & 07777, mode_t(0640));
        struct stat after {
        };
        ::stat(QFile::encodeName(path).constData(), &after);
        QVERIFY(before.st_ino != after.st_ino); // replaced by a rename, never rewritten in place
        QCOMPARE(temporaries(), QStringList());
    }

    void aSymlinkStaysAndItsTargetIsReplaced()
    {
        const QString target = fresh(), link = fresh();
        QVERIFY(put(target, "old"));
        QVERIFY(QFile::link(target, link));
        QCOMPARE(writeFile(s(link), "new"), std::string());
        QVERIFY(S_ISLNK(modeOf(link)));
        QCOMPARE(readAll(target), QByteArray("new"));
    }

    void failuresGiveTheReasonAndLeaveNothing_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing folder") << "missing/x"
                                        << "No such file or directory";
        QTest::newRow("below a file") << "file/x"
                                      << "Not a directory";
        QTest::newRow("a folder") << "folder"
                                  << "Is a directory";
    }
    void failuresGiveTheReasonAndLeaveNothing()
    {
        QFETCH(QString, target);
        QFETCH(QString, reason);
        QVERIFY(put(m_tmp.filePath("file"), "keep"));
        QVERIFY(QDir(m_tmp.path()).mkpath("folder"));
        const std::string error = writeFile(s(m_tmp.filePath(target)), "data");
        QVERIFY2(QString::fromStdString(error).contains(reason), error.c_str());
        QVERIFY(QString::fromStdString(error).startsWith(QStringLiteral("cannot write '")));
        QCOMPARE(readAll(m_tmp.filePath("file")), QByteArray("keep"));
        QCOMPARE(temporaries(), QStringList());
    }

    // A device is written directly and stays a device (a rename would replace /dev/null by a file).
    void aDeviceIsWrittenDirectly()
    {
        QCOMPARE(writeFile("/dev/null", "data"), std::string());
        QVERIFY(S_ISCHR(modeOf("/dev/null")));
        AtomicFile file("/dev/null");
        QCOMPARE(file.open(), std::string());
        QVERIFY(!QString::fromStdString(file.tempPath()).startsWith(QStringLiteral("/dev/")));
        QVERIFY(put(QString::fromStdString(file.tempPath()), "workbook"));
        QCOMPARE(file.commit(), std::string());
        QVERIFY(S_ISCHR(modeOf("/dev/null")));
        if (S_ISCHR(modeOf("/dev/full"))) {
            const std::string error = writeFile("/dev/full", "data");
            QVERIFY2(error.find("No space left on device") != std::string::npos, error.c_str());
            QVERIFY(S_ISCHR(modeOf("/dev/full")));
        }
    }

    void anUncommittedFileLeavesNothing()
    {
        const QString path = fresh();
        QVERIFY(put(path, "old"));
        {
            AtomicFile file(s(path));
            QCOMPARE(file.open(), std::string());
            QVERIFY(put(QString::fromStdString(file.tempPath()), "half a workbook"));
        }
        QCOMPARE(readAll(path), QByteArray("old"));
        QCOMPARE(temporaries(), QStringList());
    }

    void checkOutput_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("force");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        QTest::newRow("new file") << "new.csv" << false << "";
        QTest::newRow("other file") << "other.csv" << false << "";
        QTest::newRow("the input") << "input.json" << false << "it is the input file";
        QTest::newRow("the input, --force") << "input.json" << true << "";
        QTest::newRow("a hard link to the input") << "hardlink.json" << false << "it is the input file";
        QTest::newRow("a symlink to the input") << "symlink.json" << false << "it is the input file";
        QTest::newRow("a workspace") << "ws.sqlite" << false << "it is a workspace";
        QTest::newRow("a workspace, --force") << "ws.sqlite" << true << "it is a workspace";
        QTest::newRow("a folder") << "folder" << false << "it is a folder";
        QTest::newRow("a device") << "/dev/null" << false << "";
    }
    void checkOutput()
    {
        QFETCH(QString, target);
        QFETCH(bool, force);
        QFETCH(QString, refusal);
        const QString dir = m_tmp.filePath("guard");
        if (!QFile::exists(dir)) {
            QVERIFY(QDir().mkpath(dir + "/folder"));
            QVERIFY(put(dir + "/input.json", "{}"));
            QVERIFY(put(dir + "/other.csv", "a,b"));
            QVERIFY(::link(QFile::encodeName(dir + "/input.json").constData(),
                           QFile::encodeName(dir + "/hardlink.json").constData()) == 0);
            QVERIFY(QFile::link(dir + "/input.json", dir + "/symlink.json"));
            QVERIFY(put(dir + "/ws.sqlite", QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0')));
        }
        const QString path = target.startsWith(u'/') ? target : dir + "/" + target;
        const std::string answer = gds::fs::checkOutput(s(path), {{s(dir + "/input.json")}, force});
        if (refusal.isEmpty())
            QCOMPARE(answer, std::string());
        else
            QVERIFY2(QString::fromStdString(answer).contains(refusal), answer.c_str());
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safe_file.moc"
