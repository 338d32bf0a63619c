// Fuzz target: the term-sheet PDF of fuzzed valid deals (the input drives the property tests' deal
// generator, texts full of markup, quotes and non-ASCII included). Each computed deal must give a PDF
// file, and the HTML preview must build. QtGui runs on the offscreen platform.
#include "engine/Engine.h"
#include "FuzzCheck.h"
#include "model/Validation.h"
#include "property/DealGenerator.h"
#include "report/TermSheet.h"

#include <cstddef>
#include <cstdint>
#include <QDate>
#include <QFile>
#include <QGuiApplication>
#include <string>

using namespace gds;
using gds::fuzz::require;

namespace {
std::string g_dir;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv); // fonts for the PDF; lives until exit
    g_dir = gds::fuzz::makeTempDir("fuzz-term-sheet");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    test::ByteEntropy entropy(data, size);
    test::GeneratorOptions options;
    options.maxOperating = 60;
    options.longDealChance = 0.01;
    const Deal deal = test::randomDeal(entropy, options);
    if (!validate(deal).empty())
        return 0;
    const Result result = compute(deal);
    if (!result.ok())
        return 0;

    TermSheetOptions sheet;
    sheet.date = QDate(2026, 1, 15);
    sheet.versionLabel = QStringLiteral("v1");
    sheet.paper = size % 2 ? TermSheetOptions::Paper::Letter : TermSheetOptions::Paper::A4;
    require(!termSheetHtml(deal, result, sheet).isEmpty(), "empty term-sheet HTML");
    const QString path = QString::fromStdString(g_dir + "/term-sheet.pdf");
    QFile::remove(path);
    const QString error = writeTermSheetPdf(deal, result, path, sheet);
    require(error.isEmpty(), "PDF export failed: " + error.toStdString());
    QFile file(path);
    require(file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-",
            "the PDF file does not start with %PDF-");
    return 0;
}
