// The auditable workbook of cli.md ("export xlsx"): sheets Assumptions (every input, scalar inputs as
// defined names), Periods (the result document's period lines, arithmetic lines as live formulas) and
// Metrics (one row per metric, formulas where the metric is arithmetic). Only what the engine solves
// (debt size, draw ratio, sculpted debt service, the margin grid's step, spot headroom, sizing rounds)
// is written as a value, in blocks labelled "Solved by the engine". (v2) Tax depreciation, the
// collateral's value and LTV, the scheduled loan, every step of the cash waterfall (historic DSCR, the
// test counts, the accounts D and K, prepayments, distributions, support) and each tranche's rate,
// interest and yield are formulas too. Recalculated by a spreadsheet program the workbook reproduces
// the engine's numbers.
#pragma once

#include "engine/Result.h"
#include "model/Deal.h"
#include "model/Issue.h"

#include <string>
#include <string_view>

namespace gds {

struct XlsxOptions {
    // Store the engine's numbers as each formula's cached result, so that viewers which do not
    // recalculate show them. Tests switch it off to prove that a recalculation produced the numbers.
    bool cacheResults = true;
};

// Excel's limit on the text of one cell (characters).
inline constexpr std::size_t kXlsxMaxCellText = 32767;

// The deal's texts that do not fit into a cell (one issue each); checked before anything is written:
// the workbook is refused, never written with a cut text.
Issues xlsxLimitProblems(const Deal &deal);

// A text as written into a cell: a NUL byte (which would end the C string) becomes "\u0000".
std::string xlsxCellText(std::string_view text);

// Writes the workbook to `path` (a temporary file renamed over it: the previous file survives any
// failure). Returns an empty string on success, else a message (a text over the cell limit, I/O
// failure with its reason, a result that is not ok()).
std::string writeXlsx(const Deal &deal, const Result &result, const std::string &path,
                      const XlsxOptions &options = {});

// The defined name of an input: its JSON path with '.' and "[i]" written as '_' and "_i",
// e.g. "offtake[0].price_per_gpu_hour" -> "offtake_0_price_per_gpu_hour".
std::string definedNameForPath(std::string_view jsonPath);

} // namespace gds
