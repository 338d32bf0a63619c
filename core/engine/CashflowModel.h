// The operating side of the model (engine.md sections 2-4), split into what is fixed and what moves
// with the spot index. The base case, the spot headroom, sensitivities and the Monte Carlo all
// evaluate these same formulas; only the spot path and the tax deductions change.
#pragma once

#include "engine/Calendar.h"
#include "model/Deal.h"

#include <span>
#include <string>
#include <vector>

namespace gds {

// A floor (a put on the index), active in periods first..last.
struct FloorLeg {
    int first = 0, last = -1;
    double gpus = 0.0;
    double strike = 0.0;
    double cost = 0.0; // premium + fee per GPU-hour
};

struct CashflowModel {
    Timeline timeline;
    double gpus = 0.0, variableOpexPct = 0.0, taxRate = 0.0;

    // One entry per period p = 0..N.
    std::vector<double> sellableHours, contractRevenue, contractedGpus, prepaidRelease, prepayment, power,
        fixedOpex, hedgedGpus, hedgeMargin, depreciation, capex, forwardSpot;
    std::vector<double> merchantVolume; // GPU-hours sold at spot: (G - g_c) * hours * a * utilization
    std::vector<double> linearNotional; // GPU-hours of swaps and futures (they pay strike - fee - S)
    std::vector<double> linearFixed;    // sum over swaps and futures of n * (strike - fee)
    std::vector<FloorLeg> floors;

    double totalCapex = 0.0;
    double terminalValue = 0.0; // sum of the items' net book values at N
    std::vector<std::string> warnings;

    // The lines that move with the spot path `spot` (p = 0..N): merchant revenue, hedge settlements,
    // variable opex and EBITDA. Output spans have N + 1 entries.
    void spotLines(std::span<const double> spot, std::span<double> merchant, std::span<double> hedge,
                   std::span<double> variable, std::span<double> ebitda) const;
};

CashflowModel buildCashflowModel(const Deal &deal);

// Tax with unlimited loss carry-forward and CFADS (engine.md section 4) for p >= 1, where
// deductions[p] = depreciation + interest paid + financing-cost amortization. Period 0 gets 0.
void taxAndCfads(std::span<const double> ebitda, std::span<const double> deductions,
                 std::span<const double> prepaidRelease, double taxRate, std::span<double> tax,
                 std::span<double> cfads);

} // namespace gds
