// gpudeal-cli export pdf|xlsx: exit codes of cli.md (0, 1, 2, 64) and outputs; and compare's numbers
// against compute's for the same deals.
#include "common/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = gds::test::CliRun;
using gds::test::runCli;

QString example(const QString &name)
{
    return QStringLiteral(GDS_TEST_DATA "/examples/%1.json").arg(name);
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void exitCodes_data();
    void exitCodes();
    void pdfFromStandardInput();
    void compareMatchesCompute();

private:
    QTemporaryDir m_dir;
};

void TestExportCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("output"); // file that must exist afterwards ("" for none)
    QTest::addColumn<QByteArray>("magic");
    const QString sample = example(QStringLiteral("c00_sample"));
    const QString dir = m_dir.path();
    QTest::newRow("pdf") << QStringList{"export",       "pdf",     sample,       "-o",
                                        dir + "/a.pdf", "--date",  "2026-03-02", "--version-label",
                                        "v2",           "--paper", "letter"}
                         << 0 << dir + "/a.pdf" << QByteArray("%PDF");
    QTest::newRow("xlsx") << QStringList{"export", "xlsx", sample, "-o", dir + "/a.xlsx"} << 0
                          << dir + "/a.xlsx" << QByteArray("PK");
    QTest::newRow("pdf --output=") << QStringList{"export", "pdf", sample, "--output=" + dir + "/b.pdf"} << 0
                                   << dir + "/b.pdf" << QByteArray("%PDF");
    QTest::newRow("missing -o") << QStringList{"export", "pdf", sample} << 64 << QString() << QByteArray();
    QTest::newRow("missing deal") << QStringList{"export", "xlsx", "-o", dir + "/c.xlsx"} << 64 << QString()
                                  << QByteArray();
    QTest::newRow("two deals") << QStringList{"export", "xlsx", sample, sample, "-o", dir + "/c.xlsx"} << 64
                               << QString() << QByteArray();
    QTest::newRow("bad paper") << QStringList{"export", "pdf", sample, "-o", dir + "/c.pdf", "--paper", "a3"}
                               << 64 << QString() << QByteArray();
    QTest::newRow("bad date") << QStringList{"export",       "pdf",    sample,      "-o",
                                             dir + "/c.pdf", "--date", "2026-02-30"}
                              << 64 << QString() << QByteArray();
    QTest::newRow("option without value")
        << QStringList{"export", "pdf", sample, "-o"} << 64 << QString() << QByteArray();
    QTest::newRow("pdf option on xlsx")
        << QStringList{"export", "xlsx", sample, "-o", dir + "/c.xlsx", "--paper", "a4"} << 64 << QString()
        << QByteArray();
    QTest::newRow("deal file missing")
        << QStringList{"export", "pdf", dir + "/none.json", "-o", dir + "/c.pdf"} << 1 << QString()
        << QByteArray();
    QTest::newRow("unwritable pdf") << QStringList{"export", "pdf", sample, "-o", "/nonexistent-dir/c.pdf"}
                                    << 1 << QString() << QByteArray();
    QTest::newRow("unwritable xlsx") << QStringList{"export", "xlsx", sample, "-o", "/nonexistent-dir/c.xlsx"}
                                     << 1 << QString() << QByteArray();
    QTest::newRow("help") << QStringList{"export", "xlsx", "--help"} << 0 << QString() << QByteArray();
}

void TestExportCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, output);
    QFETCH(QByteArray, magic);
    const Run r = runCli(args);
    QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1, want %2; stderr: %3")
                                            .arg(r.code)
                                            .arg(code)
                                            .arg(QString::fromUtf8(r.err))));
    if (code == 64 || code == 1)
        QVERIFY2(!r.err.trimmed().isEmpty(), "a failure says what is wrong");
    if (!output.isEmpty()) {
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(magic.size()), magic);
    }
}

void TestExportCli::pdfFromStandardInput()
{
    QFile deal(example(QStringLiteral("c19_annuity_30360_c0")));
    QVERIFY(deal.open(QIODevice::ReadOnly));
    const QByteArray json = deal.readAll();
    const QString out = m_dir.filePath(QStringLiteral("stdin.pdf"));
    Run r = runCli({"export", "pdf", "-", "-o", out, "--date", "2026-03-02"}, json);
    QCOMPARE(r.code, 0);
    QVERIFY(QFile(out).size() > 1000);

    // An invalid deal is exit code 2, with the JSON path of each problem.
    QByteArray broken = json;
    broken.replace("\"operating_months\"", "\"operating_monthz\"");
    QVERIFY(broken != json);
    r = runCli({"export", "xlsx", "-", "-o", m_dir.filePath(QStringLiteral("broken.xlsx"))}, broken);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("operating_month"), r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("broken.xlsx"))));
}

void TestExportCli::compareMatchesCompute()
{
    const QStringList names = {"c00_sample", "c04_bullet_act365_leap", "c19_annuity_30360_c0"};
    QStringList args = {"compare"};
    for (const QString &n : names)
        args << example(n);
    args << "--json";
    const Run compare = runCli(args);
    QCOMPARE(compare.code, 0);
    const QJsonArray structures = QJsonDocument::fromJson(compare.out).object().value("structures").toArray();
    QCOMPARE(structures.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Run compute = runCli({"compute", example(names[i]), "--json"});
        QCOMPARE(compute.code, 0);
        const QJsonObject want = QJsonDocument::fromJson(compute.out).object().value("metrics").toObject();
        const QJsonObject got = structures[i].toObject().value("metrics").toObject();
        QVERIFY(!want.isEmpty());
        QCOMPARE(got.keys(), want.keys());
        for (const QString &key : want.keys())
            QVERIFY2(got.value(key) == want.value(key),
                     qPrintable(QStringLiteral("%1 %2: compare %3, compute %4")
                                    .arg(names[i], key,
                                         QString::fromUtf8(QJsonDocument(QJsonArray{got.value(key)})
                                                               .toJson(QJsonDocument::Compact)),
                                         QString::fromUtf8(QJsonDocument(QJsonArray{want.value(key)})
                                                               .toJson(QJsonDocument::Compact)))));
        QVERIFY2(structures[i].toObject().value("file").toString().endsWith(names[i] + ".json"),
                 qPrintable(structures[i].toObject().value("file").toString()));
    }
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_export_cli.moc"
