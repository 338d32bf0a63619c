// The one path evaluator (engine.md 6-8): the base case a path runs against (its cash-flow model,
// its scheduled loan and the tax deductions of the reported round) and the steps that turn a path's
// spot line into its lines: the spot-driven lines, tax and CFADS, the loan and the accounts of 5.1,
// the equity flows of section 6 and the min DSCR. compute() runs it on the forward curve to report
// the base case, the spot headroom on the fallen curve, and the Monte Carlo (MonteCarloPath.h) on
// every simulated path, so sigma 0 gives the base case by construction.
#pragma once

#include "engine/CashflowModel.h"
#include "engine/Debt.h"
#include "engine/LoanPath.h"

#include <span>
#include <vector>

namespace gds {

// (engine.md 8, v2) The base case's scheduled loan (section 5), kept so that a Monte Carlo path can
// run the same loan path evaluator on its own cash.
struct BaseLoan {
    RateSchedule rates;
    DebtSchedule debt;
};

// Everything a path needs from the base case. Not copyable: the schedule points into `model` and
// `loan` (a move keeps the vectors' buffers, so the spans stay valid).
struct BaseCase {
    BaseCase() = default;
    BaseCase(const BaseCase &) = delete;
    BaseCase &operator=(const BaseCase &) = delete;
    BaseCase(BaseCase &&) = default;
    BaseCase &operator=(BaseCase &&) = default;

    CashflowModel model;
    BaseLoan loan;
    LoanSchedule schedule;                  // the scheduled loan as the loan path evaluator reads it
    std::vector<double> deductions;         // tax depreciation + interest + financing-cost amortization that
                                            // gave the reported round's tax (held fixed on every path)
    std::vector<double> fixedEquity;        // section 6's equity flows less what moves with a path
    std::vector<double> tested;             // DS*_p of the base case's actual loan (the headroom holds it)
    int c = 0, n = 0, first = 0, last = -1; // C, N and the tenor periods C+1 .. C+T
};

// Section 6's equity flows that do not depend on a path: the construction's capex and fees, the
// initial reserve, prepayments, hedge margins and (v2) the terminal value net of its tax (5.3).
std::vector<double> fixedEquityFlows(const CashflowModel &model, const DebtSchedule &debt, int c);

// A path's lines, p = 0..N; reused from path to path.
struct PathLines {
    std::vector<double> spot, merchant, hedge, variable, ebitda, release, tax, cfads, equity;
    LoanPath loan;

    explicit PathLines(const BaseCase &base);
};

// Step 1: the spot-driven lines of `lines.spot` (merchant revenue, hedges, variable opex, EBITDA) and
// the base case's prepaid release.
void pathSpotLines(const BaseCase &base, PathLines &lines);
// Step 2: tax and CFADS (section 4) on the base case's deductions.
void pathCash(const BaseCase &base, PathLines &lines);
// Step 3: the loan and its accounts (5.1; without a waterfall the scheduled loan) on the path's CFADS,
// then the equity flows: section 6 with the path's CFADS, distributions and support.
void pathLoan(const BaseCase &base, const LoanSchedule &schedule, PathLines &lines);
// The equity flows of a path whose operating periods pay `distribution - support` into the equity.
void pathEquity(const BaseCase &base, std::span<const double> cfads, std::span<const double> distribution,
                std::span<const double> support, std::span<double> equity);

// The three steps on the base case's schedule: the base case itself on the forward curve.
void evaluateBasePath(const BaseCase &base, PathLines &lines);

// The lowest CFADS_p / DS*_p over periods first..last with DS*_p > 0 (engine.md 7); NaN with none.
double minDscr(std::span<const double> cfads, std::span<const double> tested, int first, int last);

// engine.md 7, spot headroom: the largest fall of the whole spot curve at which the min DSCR stays
// >= 1 with the base case's tax deductions and DS* held fixed (60 bisection steps).
double spotHeadroom(const BaseCase &base, double baseMinDscr);

} // namespace gds
