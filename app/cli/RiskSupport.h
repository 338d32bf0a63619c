// Helpers shared by the risk commands (CmdRisk.cpp: sensitivity, solve; CmdMonteCarlo.cpp:
// montecarlo): reading the deal, number text, the Monte Carlo options.
#pragma once

#include "CliSupport.h"
#include "engine/MonteCarlo.h"
#include "model/Deal.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace gds::cli::risk {

// Risk commands read their deal with "gpudeal-cli: " before the reader's own messages.
LoadedDeal loadRiskDeal(const std::string &path, Io io);
// Whole numbers with thousands separators ("10,000"), rounded half away from zero.
std::string groupedWhole(double v);
std::optional<double> parseDouble(std::string_view text);
std::optional<std::pair<double, double>> parsePair(std::string_view text);
std::string num(double v);
std::string num(const std::optional<double> &v);
std::string multiple(const std::optional<double> &v);
std::string percent(const std::optional<double> &v, int decimals = 1);
std::string money(const Deal &deal, const std::optional<double> &v);
// --paths/--seed/--threads for montecarlo, sensitivity and solve; returns a usage message or empty.
std::string monteCarloOptions(const ParsedArgs &o, MonteCarloOptions &mc, int defaultPaths);

} // namespace gds::cli::risk
