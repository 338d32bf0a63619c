// The readable output of `compute` and `compare` (cli.md): the banker's summary of one deal and the
// side-by-side table of several. Plain text, amounts grouped ("$1,234,567"), no locale involved.
#pragma once

#include "engine/Result.h"
#include "model/Deal.h"

#include <span>
#include <string>

namespace gds::cli {

// One deal: header, sources and uses, the facility, key metrics, the annual schedule, warnings.
std::string computeSummary(const Deal &deal, const Result &result);

// One structure of a comparison: the file it came from, its deal and result.
struct ComparedStructure {
    const std::string &file;
    const Deal &deal;
    const Result &result;
};

// Every metric (rows) of every structure (columns), then the list of structures and their files.
std::string compareTable(std::span<const ComparedStructure> structures);

} // namespace gds::cli
