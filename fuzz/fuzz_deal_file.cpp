// Fuzz target: arbitrary bytes as a gpudeal/1 deal file. Whatever the bytes, reading never crashes;
// a refusal always says why; an accepted deal is valid, writes and reads back equal, computes (or is
// refused only as engine.md documents) with every number finite or null, and its result documents
// can be written.
#include "engine/Engine.h"
#include "FuzzCheck.h"
#include "io/Csv.h"
#include "io/DealJson.h"
#include "io/MessageText.h"
#include "io/ResultJson.h"
#include "model/Validation.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace gds;
using gds::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const DealReadResult read = readDeal(bytes);
    require(read.deal.has_value() == read.issues.empty(), "a deal comes back exactly when there is no issue");
    for (const Issue &issue : read.issues)
        require(!issueMessage(issue).empty(), "an issue without a message at '" + issue.path + "'");
    if (!read.deal)
        return 0;

    const Deal &deal = *read.deal;
    require(validate(deal).empty(), "readDeal accepted a deal that validate() refuses");
    const std::string text = writeDeal(deal);
    const DealReadResult back = readDeal(text);
    require(back.deal.has_value(), "a deal read from a file does not read back after writing:\n" + text);
    require(*back.deal == deal, "a deal read back after writing differs:\n" + text);

    const Result result = compute(deal);
    if (!result.ok()) {
        for (const Issue &issue : result.errors)
            require(issue.path == "debt.sizing" && !issueMessage(issue).empty(),
                    "engine refusal outside debt.sizing: " + issueText(issue));
        return 0;
    }
    for (const PeriodField &field : periodFields())
        for (double v : result.periods.*field.series)
            require(std::isfinite(v) || (field.nullable && isNull(v)),
                    std::string("non-finite ") + field.key);
    for (const MetricField &field : metricFields()) {
        const auto v = field.get(result.metrics);
        require(!v || std::isfinite(*v), std::string("non-finite metric ") + field.key);
    }
    require(!writeResultJson(result).empty(), "empty result document");
    require(!writePeriodCsv(result).empty(), "empty CSV");
    return 0;
}
