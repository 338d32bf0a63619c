// Terminal output is safe (README "Files and the workspace"): control characters in a deal's texts are
// shown escaped by every human-readable command and can never break a row, while --json stays exact.
#include "common/CliRunner.h"
#include "fs/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using gds::test::CliRun;
using gds::test::runCli;

const QString kEscName = QStringLiteral("X\x1b]0;PWNED\x07");
const QString kNewlineName = QStringLiteral("Real deal\n     9        1  2026-01-01T00:00:00Z  forged");

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

bool hasControl(const QByteArray &text)
{
    for (char c : text)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7f)
            return true;
    return false;
}

} // namespace

class TestTerminalOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_esc, m_newline, m_ws;

    QString dealNamed(const QString &file, const QString &name, const QString &note = {})
    {
        QJsonObject deal = QJsonDocument::fromJson(runCli({"sample"}).out).object();
        deal["name"] = name;
        if (!note.isEmpty())
            deal["sponsor"] = note;
        const QString path = m_tmp.filePath(file);
        writeAll(path, QJsonDocument(deal).toJson());
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_esc = dealNamed("esc.json", kEscName, QStringLiteral("Sponsor\x1b[31m red"));
        m_newline = dealNamed("newline.json", kNewlineName);
        m_ws = m_tmp.filePath("ws.sqlite");
        QCOMPARE(runCli({"db", "import", m_esc, "--db", m_ws, "--note", "note\x1b[2J"}).code, 0);
        QCOMPARE(runCli({"db", "import", m_newline, "--db", m_ws}).code, 0);
    }

    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << "Deal A"
                               << "Deal A";
        QTest::newRow("escape sequence") << kEscName << "X\\u001b]0;PWNED\\u0007";
        QTest::newRow("newline") << "a\nb"
                                 << "a\\nb";
        QTest::newRow("tab and return") << "a\tb\r"
                                        << "a\\tb\\r";
        QTest::newRow("NUL") << QString::fromUtf8("a\0b", 3) << "a\\u0000b";
        QTest::newRow("DEL") << "a\x7f"
                             << "a\\u007f";
        QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + "31m"
                                << "\\u009b31m";
        QTest::newRow("UTF-8 kept") << QString::fromUtf8("Zürich 数据 €")
                                    << QString::fromUtf8("Zürich 数据 €");
    }
    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(QString::fromStdString(gds::fs::terminalSafe(std::string(utf8.constData(), utf8.size()))),
                 shown);
    }

    void invalidUtf8IsShownAsBytes()
    {
        QCOMPARE(gds::fs::terminalSafe("a\xff"
                                       "b"),
                 std::string("a\\xffb"));
        QCOMPARE(gds::fs::terminalSafeLines("one\ntwo\x1b"), std::string("one\ntwo\\u001b"));
    }

    void humanReadableOutputHasNoControlCharacters_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("compute") << QStringList{"compute", "ESC"};
        QTest::newRow("compare") << QStringList{"compare", "ESC", "NEWLINE"};
        QTest::newRow("db list") << QStringList{"db", "list", "--db", "WS"};
        QTest::newRow("db history") << QStringList{"db", "history", "1", "--db", "WS"};
        QTest::newRow("db export message") << QStringList{"db", "export", "1", "-o", "OUT", "--db", "WS"};
        QTest::newRow("bench") << QStringList{"bench", "ESC", "-n", "1"};
    }
    void humanReadableOutputHasNoControlCharacters()
    {
        QFETCH(QStringList, args);
        args.replaceInStrings("ESC", m_esc)
            .replaceInStrings("NEWLINE", m_newline)
            .replaceInStrings("WS", m_ws);
        args.replaceInStrings("OUT", m_tmp.filePath("exported.json"));
        const CliRun r = runCli(args);
        QCOMPARE(r.code, 0);
        QVERIFY2(!hasControl(r.out), r.out.constData());
        QVERIFY2(!hasControl(r.err), r.err.constData());
    }

    void aNewlineCannotForgeARow()
    {
        const CliRun r = runCli({"db", "list", "--db", m_ws});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // the header and two deals
        QVERIFY(lines[2].contains("Real deal\\n"));
        QVERIFY(r.out.contains("X\\u001b]0;PWNED\\u0007"));
    }

    void jsonStaysExact()
    {
        const CliRun r = runCli({"db", "list", "--json", "--db", m_ws});
        QCOMPARE(r.code, 0);
        const QJsonArray deals = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(deals.size(), 2);
        QStringList names;
        for (const auto &d : deals)
            names << d.toObject()["name"].toString();
        QVERIFY(names.contains(kEscName));
        QVERIFY(names.contains(kNewlineName));
    }

    void errorMessagesAreEscaped()
    {
        const CliRun r = runCli({"db", "history", "no such\x1b[2J deal", "--db", m_ws});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no such\\u001b[2J deal"));
        QVERIFY(!hasControl(r.err));
    }
};

QTEST_GUILESS_MAIN(TestTerminalOutput)
#include "tst_terminal_output.moc"
