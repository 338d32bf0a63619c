#pragma once

#include "engine/Result.h"

#include <string>
#include <string_view>

namespace gds {

// The gpudeal-result/2 document of cli.md (compute --json); nulls where a metric does not exist.
std::string writeResultJson(const Result &result);

// The metrics object alone, as compare --json and db list --json embed it (one line).
std::string writeMetricsJson(const Metrics &metrics);

// Shortest round-trip text of a double ("null" for NaN).
std::string formatNumber(double v);

// A JSON string literal (quotes included) for UTF-8 text; invalid UTF-8 is replaced, never thrown on.
std::string jsonString(std::string_view text);

// Period p's calendar bounds as the result document writes them ("YYYY-MM-DD"): period 0 (close) starts
// and ends on the first day of the start month; period p >= 1 runs from the first of its month to the
// first of the next month.
std::string periodStart(const PeriodTable &table, int p);
std::string periodEnd(const PeriodTable &table, int p);

// "close", "construction" or "operation".
std::string_view phaseName(Phase phase);

} // namespace gds
