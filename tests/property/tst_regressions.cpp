// Regression inputs kept from fuzzing. tests/data/regress/generator/*.bin: fuzzer inputs on which the
// deal generator of the property tests and the export fuzz targets once looped forever; each (and
// inputs of equal bytes, used up at once) must give a valid deal. tests/data/regress/deal/*.json: each must
// read without a crash, refuse with a message or compute with every number finite, and, where a contract or
// hedge runs past the model's end, give exactly the numbers of the same deal with those terms cut at N
// (engine.md 3: periods past N are cut off, with a warning). A separate executable from the random
// property tests, so that an input that still trips a sanitizer stops only this one.
#include "engine/Engine.h"
#include "engine/Result.h"
#include "io/DealJson.h"
#include "io/MessageText.h"
#include "model/Validation.h"
#include "property/DealGenerator.h"

#include <algorithm>
#include <cmath>
#include <QDir>
#include <QFile>
#include <QTest>
#include <string>

using namespace gds;

namespace {

QString regressDir(const char *kind)
{
    return QStringLiteral(GDS_TEST_DATA "/regress/") + QLatin1String(kind);
}

// Terms past N cut to end at N: what engine.md says the engine computes for the original deal.
Deal termsCutAtN(Deal d)
{
    const long long n = d.periodCount();
    for (OfftakeContract &k : d.offtake)
        k.termMonths = static_cast<int>(std::min<long long>(k.termMonths, n - k.startPeriod + 1));
    for (Hedge &h : d.hedges)
        h.termMonths = static_cast<int>(std::min<long long>(h.termMonths, n - h.startPeriod + 1));
    return d;
}

bool sameNumber(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}

} // namespace

class RegressionTest : public QObject
{
    Q_OBJECT

private slots:
    void generatorInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QDir dir(regressDir("generator"));
        const QStringList files = dir.entryList({QStringLiteral("*.bin")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable("no regression files in " + dir.path()));
        for (const QString &f : files) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTest::newRow(qPrintable(f)) << file.readAll();
        }
        QTest::newRow("empty input") << QByteArray();
        QTest::newRow("zero bytes") << QByteArray(4096, '\0');
        QTest::newRow("0xFF bytes") << QByteArray(4096, '\xFF');
        QTest::newRow("0x80 bytes") << QByteArray(4096, '\x80');
    }
    void generatorInputs()
    {
        QFETCH(QByteArray, bytes);
        test::ByteEntropy entropy(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                  static_cast<std::size_t>(bytes.size()));
        test::GeneratorOptions options; // as the export fuzz targets use it
        options.maxOperating = 60;
        options.longDealChance = 0.01;
        const Deal deal = test::randomDeal(entropy, options); // returns: the loop this guards against is gone
        const Issues issues = validate(deal);
        QVERIFY2(issues.empty(), issues.empty() ? "" : issueText(issues.front()).c_str());
    }

    void dealFiles_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(regressDir("deal"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable("no regression files in " + dir.path()));
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void dealFiles()
    {
        QFETCH(QString, path);
        const DealFileResult read = readDealFile(path.toStdString());
        for (const Issue &issue : read.issues)
            QVERIFY2(!issueMessage(issue).empty(), issue.path.c_str());
        QCOMPARE(read.deal.has_value(), read.issues.empty());
        if (!read.deal)
            return;
        const Deal &deal = *read.deal;
        const Result r = compute(deal);
        if (!r.ok()) {
            for (const Issue &e : r.errors)
                QCOMPARE(e.path, std::string("debt.sizing"));
            return;
        }
        for (const PeriodField &field : periodFields())
            for (double v : r.periods.*field.series)
                QVERIFY2(std::isfinite(v) || (field.nullable && isNull(v)), field.key);
        for (const MetricField &field : metricFields()) {
            const auto v = field.get(r.metrics);
            QVERIFY2(!v || std::isfinite(*v), field.key);
        }

        const Deal cut = termsCutAtN(deal);
        if (cut == deal)
            return;
        const Result expected = compute(cut);
        QVERIFY(expected.ok());
        QVERIFY2(r.warnings.size() > expected.warnings.size(), "terms past N must be reported in a warning");
        for (const MetricField &field : metricFields()) {
            const auto a = field.get(r.metrics), b = field.get(expected.metrics);
            QVERIFY2(a.has_value() == b.has_value() && (!a || sameNumber(*a, *b)),
                     qPrintable(QString("%1: %2 vs %3 with the terms cut at N")
                                    .arg(field.key)
                                    .arg(a ? *a : qQNaN(), 0, 'g', 17)
                                    .arg(b ? *b : qQNaN(), 0, 'g', 17)));
        }
        for (const PeriodField &field : periodFields()) {
            const auto &x = r.periods.*field.series, &y = expected.periods.*field.series;
            QCOMPARE(x.size(), y.size());
            for (std::size_t p = 0; p < x.size(); ++p)
                QVERIFY2(sameNumber(x[p], y[p]), qPrintable(QString("%1[%2]").arg(field.key).arg(p)));
        }
    }
};

QTEST_APPLESS_MAIN(RegressionTest)
#include "tst_regressions.moc"
