// Every translation file is complete: no unfinished, empty or vanished message, every numerus form
// filled, and each translation keeps its source's placeholders (%1, %n), accelerator (&) and line breaks.
// Strings added to the GUI later make this test fail until they are translated (intended).
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString type;             // translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << m;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            m.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

bool hasAccelerator(const QString &s)
{
    QString t = s;
    t.remove(QStringLiteral("&&"));
    return t.contains(QLatin1Char('&'));
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("forms"); // numerus forms of the language
        QTest::newRow("German") << QStringLiteral("gpudeal_de.ts") << QStringLiteral("de_DE") << 2;
        QTest::newRow("French") << QStringLiteral("gpudeal_fr.ts") << QStringLiteral("fr_FR") << 2;
        QTest::newRow("Simplified Chinese")
            << QStringLiteral("gpudeal_zh_CN.ts") << QStringLiteral("zh_CN") << 1;
    }

    void complete()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QFETCH(int, forms);
        QString lang;
        QString error;
        const QList<Message> messages =
            readTs(QStringLiteral(GDS_SOURCE_DIR "/translations/") + file, &lang, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(lang, language);
        QVERIFY2(messages.size() > 100, "the file holds too few messages: run update_translations");

        QStringList unfinished;
        QStringList inconsistent;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            bool empty = m.translations.isEmpty();
            for (const QString &t : m.translations)
                empty = empty || t.isEmpty();
            if (!m.type.isEmpty() || empty || (m.numerus && m.translations.size() != forms)) {
                unfinished << where;
                continue;
            }
            for (qsizetype i = 0; i < m.translations.size(); ++i) {
                const QString &t = m.translations[i];
                // %n may be left out of a singular form ("one row"), never out of the last (plural) form.
                QStringList want = placeholders(m.source);
                QStringList got = placeholders(t);
                if (m.numerus && i + 1 < m.translations.size()) {
                    want.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (want != got)
                    inconsistent << where + QStringLiteral(" -> placeholders ") + got.join(QLatin1Char(','));
                if (hasAccelerator(m.source) != hasAccelerator(t))
                    inconsistent << where + QStringLiteral(" -> accelerator in \"") + t + QLatin1Char('"');
                if (m.source.count(QLatin1Char('\n')) != t.count(QLatin1Char('\n')))
                    inconsistent << where + QStringLiteral(" -> line breaks in \"") + t + QLatin1Char('"');
            }
        }
        if (!unfinished.isEmpty())
            qWarning("%s: %lld unfinished message(s):\n  %s", qPrintable(file), qlonglong(unfinished.size()),
                     qPrintable(unfinished.join(QStringLiteral("\n  "))));
        if (!inconsistent.isEmpty())
            qWarning("%s: %lld inconsistent translation(s):\n  %s", qPrintable(file),
                     qlonglong(inconsistent.size()), qPrintable(inconsistent.join(QStringLiteral("\n  "))));
        QCOMPARE(unfinished.size(), 0);
        QCOMPARE(inconsistent.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "TestTranslationFiles.moc"
