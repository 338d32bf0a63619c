// Hostile input to gpudeal-cli (limits): a file of 16 MiB + 1 byte, a 1 GB (sparse) file, a
// JSON nesting 100,000 levels deep, garbage bytes, a directory, an empty standard input and a truncated
// deal, given to `validate`, `compute --json` and `export csv` (and, on standard input, to every command
// that reads a deal). Each must be refused quickly with the exit code of cli.md (2 invalid input, 1 I/O)
// and a message on stderr saying why, and without exhausting memory: the child runs with its address
// space limited to 1 GiB (not under AddressSanitizer, whose shadow memory needs terabytes of address
// space), and its peak resident memory must stay under 256 MiB (refusing needs at most the 16 MiB the
// format allows, not the whole stream).
#include <algorithm>
#include <cstdint>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/resource.h>

#if defined(__SANITIZE_ADDRESS__)
#define GDS_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GDS_TEST_ASAN 1
#endif
#endif

namespace {

constexpr qint64 kLimitBytes = 16 * 1024 * 1024;   // deal-format.md
constexpr qint64 kGigabyte = 1024LL * 1024 * 1024; // the 1 GB file, and the address-space limit
constexpr qint64 kPeakRssBound = 256LL * 1024 * 1024;
constexpr int kTimeBoundMs = 30'000; // generous for sanitizer builds

enum class Via { File, Stdin };

struct Input {
    const char *name;
    QString path; // file (or directory) given as DEAL.json, or fed to standard input
    Via via;
    int exitCode;    // cli.md: 2 invalid input, 1 runtime failure (I/O)
    const char *why; // what stderr must say (case-insensitive regular expression)
};

// The peak resident memory of any child waited for so far, in bytes (Linux: ru_maxrss in KiB).
qint64 childrenPeakRss()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

// The high-water mark of a running process's resident memory (VmHWM), 0 once it is gone.
qint64 peakRssOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return 0;
}

} // namespace

class CliLimitsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<Input> m_inputs;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A file of `size` bytes made with QFile::resize: sparse, no disk use, all zero bytes.
    QString sparse(const QString &name, qint64 size)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly) || !f.resize(size))
            qFatal("cannot make the sparse file %s: %s", qPrintable(f.fileName()),
                   qPrintable(f.errorString()));
        return f.fileName();
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s: %s", qPrintable(f.fileName()), qPrintable(f.errorString()));
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(GDS_CLI_PATH)));

        const QString over = sparse(QStringLiteral("over-16-mib.json"), kLimitBytes + 1);
        const QString huge = sparse(QStringLiteral("one-gigabyte.json"), kGigabyte);
        const QString deepArrays =
            write(QStringLiteral("deep-arrays.json"), QByteArray(100'000, '[') + QByteArray(100'000, ']'));
        const QString deepObjects =
            write(QStringLiteral("deep-objects.json"),
                  "{\"format\": \"gpudeal/1\", \"name\": " + QByteArray("{\"a\": ").repeated(100'000) + "1" +
                      QByteArray(100'000, '}') + "}");
        // Garbage: bytes of a fixed pseudo-random stream (the same every run), starting with 0xFF so
        // that it is never valid UTF-8 at the first byte.
        QByteArray garbage(4096, '\0');
        std::uint32_t x = 2463534242u;
        for (char &c : garbage) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x & 0xFF);
        }
        garbage[0] = char(0xFF);
        const QString junk = write(QStringLiteral("garbage.json"), garbage);
        QFile sample(QStringLiteral(GDS_TEST_DATA "/examples/c00_sample.json"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray deal = sample.readAll();
        const QString truncated = write(QStringLiteral("truncated.json"), deal.left(deal.size() / 2));
        const QString folder = path(QStringLiteral("a-folder.json"));
        QVERIFY(QDir().mkpath(folder));
        const QString empty = write(QStringLiteral("empty"), {});

        m_inputs = {
            {"16 MiB + 1 byte", over, Via::File, 2, "16 MiB"},
            {"1 GB sparse file", huge, Via::File, 2, "16 MiB"},
            {"100,000-deep arrays", deepArrays, Via::File, 2, "deep|nest"},
            {"100,000-deep objects", deepObjects, Via::File, 2, "deep|nest"},
            {"garbage bytes", junk, Via::File, 2, "UTF-8"},
            {"a directory", folder, Via::File, 1, "directory"},
            {"truncated deal", truncated, Via::File, 2, "JSON|end of input"},
            {"empty stdin", empty, Via::Stdin, 2, "JSON|empty|end of input"},
            {"16 MiB + 1 byte on stdin", over, Via::Stdin, 2, "16 MiB"},
            {"1 GB on stdin", huge, Via::Stdin, 2, "16 MiB"},
            {"100,000-deep arrays on stdin", deepArrays, Via::Stdin, 2, "deep|nest"},
            {"garbage bytes on stdin", junk, Via::Stdin, 2, "UTF-8"},
        };
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stdinFile");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("why");
        QTest::addColumn<QString>("output"); // a file the command would write: must not appear

        const QString out = path(QStringLiteral("out"));
        struct Command {
            const char *name;
            QStringList before, after;
            bool stdinOnly; // the commands beyond the three of the brief: exercised on stdin only
        };
        const QList<Command> commands = {
            {"validate", {QStringLiteral("validate")}, {}, false},
            {"compute --json", {QStringLiteral("compute")}, {QStringLiteral("--json")}, false},
            {"export csv",
             {QStringLiteral("export"), QStringLiteral("csv")},
             {QStringLiteral("-o"), out},
             false},
            {"export xlsx",
             {QStringLiteral("export"), QStringLiteral("xlsx")},
             {QStringLiteral("-o"), out},
             true},
            {"export pdf",
             {QStringLiteral("export"), QStringLiteral("pdf")},
             {QStringLiteral("-o"), out},
             true},
            {"db import",
             {QStringLiteral("db"), QStringLiteral("import")},
             {QStringLiteral("--db"), path(QStringLiteral("workspace.sqlite"))},
             true},
        };
        for (const Input &in : m_inputs)
            for (const Command &c : commands) {
                if (c.stdinOnly && in.via != Via::Stdin)
                    continue;
                const QString deal = in.via == Via::File ? in.path : QStringLiteral("-");
                const QString stdinFile = in.via == Via::Stdin ? in.path : QProcess::nullDevice();
                QTest::addRow("%s: %s", c.name, in.name)
                    << (c.before + QStringList{deal} + c.after) << stdinFile << in.exitCode
                    << QString::fromLatin1(in.why) << out;
            }
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stdinFile);
        QFETCH(int, exitCode);
        QFETCH(QString, why);
        QFETCH(QString, output);
        QFile::remove(output);

        QProcess p;
        p.setProgram(QStringLiteral(GDS_CLI_PATH));
        p.setArguments(args);
        p.setStandardInputFile(stdinFile);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("GPUDEAL_WORKSPACE"), path(QStringLiteral("default-workspace.sqlite")));
        p.setProcessEnvironment(env);
#ifndef GDS_TEST_ASAN
        p.setChildProcessModifier([] {
            const rlimit limit{rlim_t(kGigabyte), rlim_t(kGigabyte)};
            setrlimit(RLIMIT_AS, &limit); // async-signal-safe; runs in the child before exec
        });
#endif
        const qint64 peakBefore = childrenPeakRss();
        QElapsedTimer timer;
        timer.start();
        p.start();
        QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
        // Wait, sampling the child's resident high-water mark every 20 ms (a child that keeps growing is
        // seen long before it ends).
        qint64 sampledPeak = 0;
        bool finished = false;
        while (!finished && timer.elapsed() < kTimeBoundMs) {
            sampledPeak = std::max(sampledPeak, peakRssOf(p.processId()));
            finished = p.waitForFinished(20);
        }
        if (!finished) {
            p.kill();
            p.waitForFinished();
        }
        const qint64 ms = timer.elapsed();
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const QString context = QStringLiteral("after %1 ms, stderr: %2").arg(ms).arg(err.left(600));

        QVERIFY2(finished,
                 qPrintable(QStringLiteral("no answer within %1 s; ").arg(kTimeBoundMs / 1000) + context));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit, qPrintable("crashed " + context));
        // RUSAGE_CHILDREN keeps the largest peak of all children so far: it is this child's (exact) peak
        // when this child raised it; otherwise the samples taken while it ran tell.
        const qint64 peakAfter = childrenPeakRss();
        const qint64 peak = std::max(sampledPeak, peakAfter > peakBefore ? peakAfter : 0);
        QVERIFY2(peak <= kPeakRssBound,
                 qPrintable(QStringLiteral("peaked at %1 MiB resident (bound %2 MiB); ")
                                .arg(peak >> 20)
                                .arg(kPeakRssBound >> 20) +
                            context));
        QVERIFY2(!err.contains(QLatin1String("out of memory")) && !err.contains(QLatin1String("bad_alloc")),
                 qPrintable("ran out of memory instead of refusing; " + context));
        QVERIFY2(err.contains(QRegularExpression(why, QRegularExpression::CaseInsensitiveOption)),
                 qPrintable(QStringLiteral("stderr does not say why (expected /%1/); ").arg(why) + context));
        QVERIFY2(p.exitCode() == exitCode,
                 qPrintable(QStringLiteral("exit code %1, expected %2; ").arg(p.exitCode()).arg(exitCode) +
                            context));
        QVERIFY2(!QFile::exists(output), "a refused deal still wrote the output file");
    }
};

QTEST_GUILESS_MAIN(CliLimitsTest)
#include "tst_cli_limits.moc"
