#pragma once

#include "engine/Result.h"

#include <string>
#include <string_view>

namespace gds {

// The period table as CSV: a header row `period,start,end,days,phase,<period field names of the result
// document>`, one row per period, '.' decimals and full precision (machine-readable, locale
// independent), empty cells for null. Lines end with "\n".
std::string writePeriodCsv(const Result &result);

// One CSV cell (RFC 4180): quoted, with inner quotes doubled, when it holds a comma, quote, CR or LF.
std::string csvField(std::string_view text);

} // namespace gds
