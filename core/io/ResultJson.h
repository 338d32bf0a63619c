#pragma once

#include "engine/Result.h"

#include <string>

namespace gds {

// The gpudeal-result/1 document of cli.md (compute --json); nulls where a metric does not exist.
std::string writeResultJson(const Result &result);

// The metrics object alone, as compare --json and db list --json embed it.
std::string writeMetricsJson(const Metrics &metrics);

// Shortest round-trip text of a double ("null" for NaN).
std::string formatNumber(double v);

} // namespace gds
