// Structures side by side (product.md "Outputs"): the key metrics of several computed deals, the best
// of each row marked and the change against the first, and the variants of one deal that show what a
// part of it does (without its hedges, without its cash waterfall). Pure C++: Compare structures (ui),
// the comparison PDF (core/report) and any other consumer share it.
#pragma once

#include "engine/Result.h"
#include "model/Deal.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace gds {

struct ComparisonCell {
    std::optional<double> value;
    std::optional<double> delta; // value minus the first column's (columns > 0, both present)
    bool best = false;           // the best value of its row (ties: all of them)
};

// rows[i][j]: metric metricFields()[i] of results[j] (a null or not ok() result has no values). The best
// of a row follows MetricField::better (+1 highest, -1 lowest, 0 none); values closer than the unit's
// display precision count as equal (0.5 in money, 0.005 pp, 0.005x, ...). Nothing is marked when fewer
// than two structures have the metric or all of them are equal.
std::vector<std::vector<ComparisonCell>> comparisonTable(const std::vector<const Result *> &results);

// (v2) The tranches side by side: for tranche k (0-based, up to the most tranches of any result) a row
// of amounts (neutral) and a row of lender yields (lower is better for the sponsor), in that order:
// rows[2k] amounts, rows[2k+1] yields. Marked and with changes like comparisonTable.
struct TrancheRow {
    std::size_t tranche = 0;
    bool yield = false; // false: the amount row
    std::vector<ComparisonCell> cells;
};
std::vector<TrancheRow> trancheComparison(const std::vector<const Result *> &results);

// The deal with its hedges removed (the "without hedges" side of the hedge effect).
Deal withoutHedges(const Deal &deal);

// The deal without its cash waterfall (docs/engine-conventions.md "Without the waterfall"):
// debt.waterfall removed, so no controlled accounts, test dates, LTV cure, cash sweep, lock-up or
// trapped-cash sweep; every operating period distributes CFADS - DS - dDSRA as in version 1. Everything
// else is kept: sizing, tranches and their rates, covenant levels (then tested monthly on the DSCR),
// the maintenance LTV level, the collateral, tax and credit. A deal without a waterfall is returned
// unchanged.
Deal withoutWaterfall(const Deal &deal);

} // namespace gds
