// Fuzz target: the exports of fuzzed valid deals. The input drives the random deal generator of the
// property tests (tests/property/DealGenerator.h), so every input is a valid deal, names and texts
// full of separators, quotes and non-ASCII included. Each computed deal must export: the period CSV
// (one header and one row per period, every row as wide as the header), the result JSON document and
// the XLSX workbook (written to a private temporary folder).
#include "engine/Engine.h"
#include "export/XlsxExport.h"
#include "FuzzCheck.h"
#include "io/Csv.h"
#include "io/ResultJson.h"
#include "model/Validation.h"
#include "property/DealGenerator.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

using namespace gds;
using gds::fuzz::require;

namespace {

std::string g_dir;

// Fields of one CSV line (RFC 4180 quoting).
std::size_t csvWidth(const std::string &line)
{
    std::size_t fields = 1;
    bool quoted = false;
    for (char ch : line) {
        if (ch == '"')
            quoted = !quoted;
        else if (ch == ',' && !quoted)
            ++fields;
    }
    return fields;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    g_dir = gds::fuzz::makeTempDir("fuzz-export");
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
        return 0; // the property tests hold the generator to validity
    const Result result = compute(deal);
    if (!result.ok())
        return 0;

    const std::string csv = writePeriodCsv(result);
    require(!csv.empty() && csv.back() == '\n', "the CSV does not end with a newline");
    std::size_t lines = 0, width = 0, start = 0;
    for (std::size_t end = csv.find('\n'); end != std::string::npos;
         start = end + 1, end = csv.find('\n', start)) {
        const std::size_t w = csvWidth(csv.substr(start, end - start));
        if (lines++ == 0)
            width = w;
        require(w == width, "CSV line " + std::to_string(lines) + " has " + std::to_string(w) +
                                " fields, the header " + std::to_string(width));
    }
    require(lines == static_cast<std::size_t>(result.periods.size()) + 1, "CSV has a wrong number of lines");
    require(!writeResultJson(result).empty(), "empty result document");

    const std::string path = g_dir + "/model.xlsx";
    std::error_code ec;
    std::filesystem::remove(path, ec);
    const std::string error = writeXlsx(deal, result, path);
    require(error.empty(), "XLSX export failed: " + error);
    require(std::filesystem::file_size(path, ec) > 0 && !ec, "XLSX export wrote nothing");
    return 0;
}
