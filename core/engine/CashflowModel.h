// The operating side of the model (engine.md sections 2-4), split into what is fixed and what moves
// with the spot index. The base case, the spot headroom, sensitivities and the Monte Carlo all
// evaluate these same formulas; only the spot path and the tax deductions change.
#pragma once

#include "engine/Calendar.h"
#include "engine/Result.h"
#include "model/Deal.h"
#include "model/Issue.h"

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
    double nolLimit = 1.0; // (v2) share of a period's taxable income that carried losses may offset

    // One entry per period p = 0..N.
    std::vector<double> sellableHours, contractRevenue, contractedGpus, prepaidRelease, prepayment, power,
        fixedOpex, hedgedGpus, hedgeMargin, depreciation, capex, forwardSpot;
    std::vector<double> taxDepreciation; // (v2) taxdep_p: dep_p, or MACRS 5-year + bonus (section 4)
    std::vector<double> collateralValue; // (v2) V_p of section 5.2 (0 before C and without collateral)
    std::vector<double> merchantVolume;  // GPU-hours sold at spot: (G - g_c) * hours * a * utilization
    std::vector<double> linearNotional;  // GPU-hours of swaps and futures (they pay strike - fee - S)
    std::vector<double> linearFixed;     // sum over swaps and futures of n * (strike - fee)
    std::vector<InstrumentResult> offtake, hedges; // per contract and hedge: periods, hours, value
    std::vector<std::vector<double>>
        contractValues; // V_c(p) per contract (the offtaker defaults of section 8)
    std::vector<FloorLeg> floors;

    double totalCapex = 0.0;
    double terminalValue = 0.0; // TV: the items' net book values at N, (v2) the collateral at market
    double taxBasis = 0.0;      // (v2) basis_N = sum of cost - tax depreciation through N (section 5.3)
    double terminalTax = 0.0;   // (v2) tax on TV - basis_N, with macrs_5 or collateral (section 5.3)
    bool hasCollateral = false;
    Issues warnings;

    // The lines that move with the spot path `spot` (p = 0..N): merchant revenue, hedge settlements,
    // variable opex and EBITDA. Output spans have N + 1 entries.
    void spotLines(std::span<const double> spot, std::span<double> merchant, std::span<double> hedge,
                   std::span<double> variable, std::span<double> ebitda) const;
};

CashflowModel buildCashflowModel(const Deal &deal);

// Tax with loss carry-forward and CFADS (engine.md section 4) for p >= 1, where deductions[p] = tax
// depreciation + interest paid + financing-cost amortization. Carried losses offset at most
// `nolLimit` of a period's taxable income ((v2) tax.nol_limit; 1: no limit). Period 0 gets 0.
void taxAndCfads(std::span<const double> ebitda, std::span<const double> deductions,
                 std::span<const double> prepaidRelease, double taxRate, std::span<double> tax,
                 std::span<double> cfads, double nolLimit = 1.0);

// (v2) The MACRS 5-year half-year rates of operating years 0..5 (engine.md 4).
inline constexpr double kMacrs5[6] = {0.20, 0.32, 0.192, 0.1152, 0.1152, 0.0576};

// (v2) Whether a capex category is US 5-year property (computers and peripheral equipment).
bool isFiveYearProperty(CapexCategory c);

} // namespace gds
