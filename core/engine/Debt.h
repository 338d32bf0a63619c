// The senior term loan (engine.md section 5): rate and day count, coverage and the margin grid, the
// repayment profiles, sizing, the schedule, construction draws with capitalized interest, fees and
// the debt service reserve. Free functions over plain series; the circularity loop lives in Engine.cpp.
#pragma once

#include "engine/CashflowModel.h"
#include "model/Deal.h"
#include "model/Issue.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace gds {

// One tranche's rate (engine.md 5, tranches); a single debt.rate is one tranche with share 1.
struct TrancheRate {
    std::string name;
    double share = 1.0;
    std::optional<double> margin; // none for a fixed rate
    int marginStep = -1;          // index of the grid entry applied, -1 without a grid
    std::vector<double> rate;     // r_{t,p}, annual (p >= 1)
    std::vector<double> factor;   // i_{t,p} = r_{t,p} * dcf_p
};

struct RateSchedule {
    double coverage = 0.0;        // share of sellable hours over the tenor contracted or hedged
    std::optional<double> margin; // the margin applied: share-weighted over floating tranches
    int marginStep = -1;          // single tranche: index of the grid entry applied, -1 without a grid
    std::vector<double> rate;     // r_p, annual (p >= 1), share-weighted
    std::vector<double> factor;   // i_p = sum_t share_t * i_{t,p}
    std::vector<TrancheRate> tranches;
};

RateSchedule rateSchedule(const Deal &deal, const CashflowModel &model);

// (v2) The margin by rating of section 5: the mean margin over every GPU-hour of the tenor.
double ratedMargin(const Deal &deal, const CashflowModel &model, const MarginByRating &table);

// Per unit of debt at COD, per period (0 outside the tenor): loan-rate discount factors to COD,
// debt service u_p and tested debt service u*_p (the bullet's balloon left out). Sculpted: u = u* = 0.
struct TenorFactors {
    int first = 0, last = -1; // tenor periods C+1 .. C+T
    std::vector<double> df, u, uTested;
};

TenorFactors tenorFactors(const Debt &debt, const Timeline &t, const std::vector<double> &factor);

struct DebtSchedule {
    double debt = 0.0;  // B, the balance at COD
    double kappa = 0.0; // share of each period's capex drawn in cash
    std::vector<double> debtService, testedDebtService, interest, principal, balance, draw, idc,
        commitmentFee, dsra;
    double drawn = 0.0, idcTotal = 0.0, upfrontFee = 0.0, commitmentFees = 0.0;
    bool negativePrincipal = false;
    std::optional<Issue> error; // the deal cannot be financed as specified (path debt.sizing)

    double financingCosts() const { return idcTotal + upfrontFee + commitmentFees; }
};

// Sizes the debt on `cfads` and builds its schedule, draws, fees and reserve.
DebtSchedule sizeAndSchedule(const Deal &deal, const CashflowModel &model, const RateSchedule &rates,
                             const TenorFactors &tenor, std::span<const double> cfads);

} // namespace gds
