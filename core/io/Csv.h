#pragma once

#include "engine/Result.h"

#include <string>

namespace gds {

// The period table as CSV: a header row with the result document's period field names, one row per
// period, '.' decimals and full precision (machine-readable, locale independent), empty cells for null.
std::string writePeriodCsv(const Result &result);

} // namespace gds
