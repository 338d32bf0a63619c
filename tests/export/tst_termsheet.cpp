// The term-sheet PDF: its text (pdftotext) against a reviewed golden file, paper sizes, page numbers,
// and clear failures. The golden file never blesses itself: when it is missing or different the test
// fails; after reviewing a change, regenerate it with GDS_UPDATE_GOLDEN=1 (see tests/data/golden/README.md).
#include "engine/Engine.h"
#include "io/DealJson.h"
#include "report/TermSheet.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gds;

namespace {

Deal loadExample(const QString &name)
{
    const std::string path = std::string(GDS_TEST_DATA) + "/examples/" + name.toStdString() + ".json";
    DealFileResult r = readDealFile(path);
    if (!r.deal)
        qFatal("cannot read %s", path.c_str());
    return *r.deal;
}

QString run(const QString &tool, const QStringList &args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return QStringLiteral("<%1 not installed: apt-get install poppler-utils (packaging/deps.sh --test)>")
            .arg(tool);
    QProcess p;
    p.start(exe, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext's output with each line trimmed, blank lines dropped and form feeds as their own line.
QString normalized(const QString &text)
{
    QStringList out;
    for (QString line : text.split(u'\n')) {
        if (line.contains(u'\f')) {
            line.remove(u'\f');
            out << QStringLiteral("<page break>");
        }
        line = line.simplified();
        if (!line.isEmpty())
            out << line;
    }
    return out.join(u'\n') + u'\n';
}

} // namespace

class TestTermSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void goldenText_data();
    void goldenText();
    void paper_data();
    void paper();
    void failures();
    void titleMetadataHasNoControlCharacters();
    void failedWriteKeepsThePreviousFile();

private:
    QTemporaryDir m_dir;
    QString write(const QString &example, TermSheetOptions::Paper paper, const QString &file);
};

QString TestTermSheet::write(const QString &example, TermSheetOptions::Paper paper, const QString &file)
{
    const Deal deal = loadExample(example);
    const Result result = compute(deal);
    TermSheetOptions options;
    options.paper = paper;
    options.date = QDate(2026, 3, 2);
    options.versionLabel = QStringLiteral("v7 (golden)");
    const QString path = m_dir.filePath(file);
    const QString error = writeTermSheetPdf(deal, result, path, options);
    return error.isEmpty() ? path : QStringLiteral("error: ") + error;
}

void TestTermSheet::goldenText_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("sample deal") << "c00_sample";
    QTest::newRow("bullet, fixed amount") << "c04_bullet_act365_leap";
}

void TestTermSheet::goldenText()
{
    QFETCH(QString, example);
    const QString pdf = write(example, TermSheetOptions::Paper::A4, example + ".pdf");
    QVERIFY2(!pdf.startsWith("error"), qPrintable(pdf));
    const QString text =
        normalized(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                     QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
    QVERIFY2(!text.startsWith(u'<'), qPrintable(text));
    // Real text: the title, the date and the facility amount are searchable.
    QVERIFY(text.contains(QStringLiteral("Indicative Term Sheet")));
    QVERIFY(text.contains(QStringLiteral("2026-03-02")));
    QVERIFY(text.contains(QStringLiteral("non-binding")));

    const QString golden = QStringLiteral(GDS_TEST_DATA "/golden/term_sheet_%1.txt").arg(example);
    if (qEnvironmentVariableIntValue("GDS_UPDATE_GOLDEN") == 1) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
        QSKIP("golden file written: review the diff and commit it");
    }
    QFile in(golden);
    QVERIFY2(in.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral(
                            "golden file %1 is missing; generate it with GDS_UPDATE_GOLDEN=1 and review it")
                            .arg(golden)));
    const QString want = QString::fromUtf8(in.readAll());
    if (text != want) {
        const QStringList a = text.split(u'\n'), b = want.split(u'\n');
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
            if (a.value(i) != b.value(i))
                QFAIL(qPrintable(
                    QStringLiteral("term sheet text differs from %1 at line %2:\n  got:  %3\n  want: %4")
                        .arg(golden)
                        .arg(i + 1)
                        .arg(a.value(i), b.value(i))));
    }
}

void TestTermSheet::paper_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<QString>("size");
    QTest::newRow("A4") << int(TermSheetOptions::Paper::A4) << "595 x 842 pts (A4)";
    QTest::newRow("Letter") << int(TermSheetOptions::Paper::Letter) << "612 x 792 pts (letter)";
}

void TestTermSheet::paper()
{
    QFETCH(int, paper);
    QFETCH(QString, size);
    const QString pdf = write(QStringLiteral("c19_annuity_30360_c0"), TermSheetOptions::Paper(paper),
                              QStringLiteral("paper%1.pdf").arg(paper));
    QVERIFY2(!pdf.startsWith("error"), qPrintable(pdf));
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression pageSize(QStringLiteral("Page size:\\s+(.*)\\n"));
    QCOMPARE(pageSize.match(info).captured(1).trimmed(), size);
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    QVERIFY(pages >= 2);
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (int i = 1; i <= pages; ++i)
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(i).arg(pages)),
                 qPrintable(QString::number(i)));
    QCOMPARE(text.count(QStringLiteral("Indicative Term Sheet - ")), pages); // the header of every page
}

void TestTermSheet::failures()
{
    const Deal deal = loadExample(QStringLiteral("c00_sample"));
    const Result ok = compute(deal);
    TermSheetOptions options;
    options.date = QDate(2026, 3, 2);
    Result bad;
    bad.errors.push_back({"debt.sizing", gds::IssueCode::SculptedNoCfads, {}, {}});
    QVERIFY(writeTermSheetPdf(deal, bad, m_dir.filePath("bad.pdf"), options).contains("debt.sizing"));
    QVERIFY(!writeTermSheetPdf(deal, ok, QStringLiteral("/nonexistent-dir/x.pdf"), options).isEmpty());
    options.date = QDate();
    QVERIFY(writeTermSheetPdf(deal, ok, m_dir.filePath("nodate.pdf"), options).contains("date"));
}

void TestTermSheet::titleMetadataHasNoControlCharacters()
{
    Deal deal = loadExample(QStringLiteral("c00_sample"));
    deal.name = std::string("X\x1b]0;PWNED\x07", 10) + '\0' + "tail";
    TermSheetOptions options;
    options.date = QDate(2026, 3, 2);
    const QString pdf = m_dir.filePath("title.pdf");
    QCOMPARE(writeTermSheetPdf(deal, compute(deal), pdf, options), QString());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("\x1b]0;PWNED"));
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    if (info.startsWith(u'<'))
        QSKIP("pdfinfo not installed");
    const QString title = info.section(QStringLiteral("Title:"), 1).section(u'\n', 0, 0);
    QVERIFY2(title.contains(QStringLiteral("PWNED")) && title.contains(QStringLiteral("tail")),
             qPrintable(title));
    for (const QChar c : title)
        QVERIFY2(c.unicode() >= 0x20 && !(c.unicode() >= 0x7f && c.unicode() < 0xa0), qPrintable(title));
}

void TestTermSheet::failedWriteKeepsThePreviousFile()
{
    const Deal deal = loadExample(QStringLiteral("c00_sample"));
    TermSheetOptions options;
    options.date = QDate(2026, 3, 2);
    const QString error = writeTermSheetPdf(deal, compute(deal), QStringLiteral("/dev/full"), options);
    if (QFileInfo(QStringLiteral("/dev/full")).exists())
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
    const QString missing =
        writeTermSheetPdf(deal, compute(deal), QStringLiteral("/nonexistent-dir/x.pdf"), options);
    QVERIFY2(missing.contains(QStringLiteral("No such file or directory")), qPrintable(missing));
}

QTEST_MAIN(TestTermSheet)
#include "tst_termsheet.moc"
