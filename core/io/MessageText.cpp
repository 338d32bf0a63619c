#include "io/MessageText.h"

#include "engine/NumberText.h"

#include <charconv>
#include <cmath>

namespace gds {

namespace {

std::string num(double v) // the shortest text that reads back as v
{
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

std::string whole(double v)
{
    return std::to_string(static_cast<long long>(v));
}

double at(const Issue &issue, std::size_t i)
{
    return i < issue.values.size() ? issue.values[i] : 0.0;
}

std::string range(const Issue &i, const char *what)
{
    std::string s = "must be in ";
    s += whole(at(i, 0));
    s += "..";
    s += whole(at(i, 1));
    if (what) {
        s += " (";
        s += what;
        s += ")";
    }
    return s;
}

std::string metricName(SeekTarget t)
{
    switch (t) {
    case SeekTarget::MinDscr:
        return "min DSCR";
    case SeekTarget::EquityIrr:
        return "equity IRR";
    case SeekTarget::P90MinDscr:
        return "P90 min DSCR";
    case SeekTarget::ProbDefault:
        return "probability of default";
    }
    return {};
}

std::string metricText(SeekTarget t, std::optional<double> v)
{
    if (!v)
        return "not defined";
    if (t == SeekTarget::ProbDefault)
        return fixed(*v * 100.0, 2) + " %";
    return t == SeekTarget::EquityIrr ? fixed(*v * 100.0, 2) + " %" : fixed(*v, 4) + "x";
}

std::string valueText(const Deal &deal, const SeekRequest &r, double x)
{
    switch (r.variable) {
    case SeekVariable::ContractPrice: {
        std::string s = "a contract price scale of " + fixed(x, 4) + "x";
        if (r.index >= 0 && std::size_t(r.index) < deal.offtake.size())
            s += " (" + fixed(deal.offtake[std::size_t(r.index)].pricePerGpuHour * x, 4) + " per GPU-hour)";
        return s;
    }
    case SeekVariable::SwapStrike:
        return "a strike of " + fixed(x, 4) + " per GPU-hour";
    case SeekVariable::DebtAmount:
        return "a debt of " + grouped(std::round(x), 0);
    }
    return {};
}

} // namespace

std::string issueMessage(const Issue &i)
{
    switch (i.code) {
    case IssueCode::Greater:
        return "must be > " + num(at(i, 0));
    case IssueCode::AtLeast:
        return "must be >= " + num(at(i, 0));
    case IssueCode::Interval: {
        std::string s = "must be in ";
        s += at(i, 2) != 0.0 ? "(" : "[";
        s += num(at(i, 0));
        s += ", ";
        s += num(at(i, 1));
        s += at(i, 3) != 0.0 ? ")" : "]";
        return s;
    }
    case IssueCode::IntAtLeast:
        return "must be >= " + whole(at(i, 0));
    case IssueCode::IntRange:
        return range(i, nullptr);
    case IssueCode::IntRangeCloseOrBuild:
        return range(i, "close or a construction period, 0..C");
    case IssueCode::IntRangeOperating:
        return range(i, "an operating period, C+1..N");
    case IssueCode::IntRangePeriod:
        return range(i, "a period, 1..N");
    case IssueCode::IntRangeTenor:
        return range(i, "1..O, the operating months");
    case IssueCode::NotUtf8:
        return "must be valid UTF-8 text";
    case IssueCode::Empty:
        return "must not be empty";
    case IssueCode::EmptyCurve:
        return "must not be empty (one rate a model year)";
    case IssueCode::UnknownValue:
        return "is not a known value (" + whole(at(i, 0)) + ")";
    case IssueCode::NotFinite:
        return "must be a finite number";
    case IssueCode::TooLarge:
        return "must be at most 1e12 in absolute value";
    case IssueCode::NameTooLong:
        return "must be at most 200 characters (has " + whole(at(i, 0)) + ")";
    case IssueCode::TrancheNameTooLong:
        return "must be at most 200 characters";
    case IssueCode::Currency:
        return "must be an ISO 4217 code of 3 capital letters, e.g. \"USD\"";
    case IssueCode::StartYear:
        return "year must be in 1990..2200 (is " + whole(at(i, 0)) + ")";
    case IssueCode::StartMonth:
        return "month must be in 1..12 (is " + whole(at(i, 0)) + ")";
    case IssueCode::NoItems:
        return "must have at least one item";
    case IssueCode::SharesSum:
        return "shares must sum to 1 (they sum to " + num(at(i, 0)) + ")";
    case IssueCode::Capacity:
        return "contracts active in period " + whole(at(i, 0)) + " need " + whole(at(i, 1)) +
               " GPUs, more than cluster.gpus (" + whole(at(i, 2)) + ")";
    case IssueCode::PremiumNotZero:
        return "must be 0 for a " + i.text;
    case IssueCode::MarginNotFutures:
        return "must be 0 unless the hedge is futures";
    case IssueCode::GridNoZero:
        return "must have an entry with min_coverage 0";
    case IssueCode::TrancheCount:
        return "must have 1..5 tranches (has " + whole(at(i, 0)) + ")";
    case IssueCode::TrancheNameTwice:
        return "must differ from the other tranches' names (same as debt.tranches[" + whole(at(i, 0)) + "])";
    case IssueCode::UnknownSizing:
        return "has an unknown sizing mode";
    case IssueCode::CovenantLtvNeeds:
        return "needs a collateral block and debt.waterfall (engine.md 5.1 step 3a)";
    case IssueCode::ListedTwice:
        return "is listed twice";
    case IssueCode::BonusNeedsMacrs:
        return "must be 0 unless tax.depreciation is \"macrs_5\"";
    case IssueCode::SculptedNoCfads:
        return "a sculpted loan needs positive CFADS in the tenor; there is none";
    case IssueCode::DebtAboveCapex:
        return "the debt is larger than the capex it funds (draws would exceed capex by a factor of " +
               std::to_string(at(i, 0)) + ")";
    case IssueCode::SeekTargetNotFinite:
        return "the target must be a finite number";
    case IssueCode::SeekNoPaths:
        return "the Monte Carlo needs at least one path";
    case IssueCode::SeekNoContracts:
        return "the deal has no offtake contracts";
    case IssueCode::SeekNoContract:
        return "there is no offtake contract " + whole(at(i, 0));
    case IssueCode::SeekScaleNotPositive:
        return "a contract price scale must be above 0";
    case IssueCode::SeekNoHedges:
        return "the deal has no hedges";
    case IssueCode::SeekNoHedge:
        return "there is no hedge " + whole(at(i, 0));
    case IssueCode::SeekNegativeStrike:
        return "a strike cannot be negative";
    case IssueCode::SeekNoCapex:
        return "the deal has no capex for a debt to fund";
    case IssueCode::SeekDebtNotPositive:
        return "the smallest debt tried must be above 0";
    case IssueCode::SeekBracket:
        return "the bracket's lower end must be below its upper end";
    case IssueCode::SeekSolverFailed:
        return "the root finder failed: " + i.text;
    case IssueCode::PastModelEnd:
        return "runs to period " + whole(at(i, 0)) + ", past the model's last period " + whole(at(i, 1)) +
               ": the periods after " + whole(at(i, 1)) + " are cut off";
    case IssueCode::SeveralIrrs:
        return "the flows have several IRRs; the one closest to 0 is reported";
    case IssueCode::SizingNotConverged:
        return "debt sizing did not converge in " + whole(at(i, 0)) + " rounds; the last round is reported";
    case IssueCode::NegativePrincipal:
        return "sculpted debt service falls below interest in some periods (negative principal)";
    case IssueCode::AccountsUnbalanced:
        return "the waterfall's accounts do not balance (internal error)";
    case IssueCode::CellTooLong:
        return "has " + whole(at(i, 0)) + " characters; an Excel cell holds at most " + whole(at(i, 1)) +
               ", so the workbook cannot be written (shorten it)";
    case IssueCode::Text:
        return i.text;
    }
    return i.text;
}

std::string issueText(const Issue &issue)
{
    if (issue.path.empty())
        return issueMessage(issue);
    std::string s = issue.path;
    s += ": ";
    s += issueMessage(issue);
    return s;
}

std::string warningText(const Issue &w)
{
    std::string s;
    switch (w.code) {
    case IssueCode::PastModelEnd: // "offtake[0] runs to period ..."
        s = w.path;
        s += ' ';
        s += issueMessage(w);
        return s;
    case IssueCode::SeveralIrrs: // "lender_yield of Senior: the flows have several IRRs; ..."
        s = w.path;
        if (!w.text.empty()) {
            s += " of ";
            s += w.text;
        }
        s += ": ";
        s += issueMessage(w);
        return s;
    default: // the path only locates the warning; the sentence says what it is
        return issueMessage(w);
    }
}

std::string seekMessage(const SeekResult &r, const Deal &deal, const SeekRequest &request)
{
    const std::string metric = metricName(request.target);
    const std::string value = valueText(deal, request, r.value);
    const std::string achieved = metricText(request.target, r.achieved);
    const std::string target = metricText(request.target, request.targetValue);
    std::string s;
    switch (r.outcome) {
    case SeekOutcome::NotBinding: {
        const std::string what = r.binding == "capex_limit"
                                     ? "the capex limit (draws equal to the capex, kappa = 1)"
                                 : r.binding == "ltv" ? "the LTV cap"
                                                      : "the upper end of the bracket";
        s = "the " + metric;
        s += " target does not bind: at " + what;
        s += ", " + value;
        s += ", the " + metric;
        s += " is " + achieved;
        return s;
    }
    case SeekOutcome::Hit:
        s = "at " + value;
        s += " the " + metric;
        s += " is " + achieved;
        return s;
    case SeekOutcome::HitSteps:
        s = "at " + value;
        s += " the " + metric;
        s += " is " + achieved;
        s += ", at most the target " + target;
        s += " (it moves in steps of 1/" + std::to_string(request.mcPaths);
        s += " paths; common random numbers, seed " + std::to_string(request.mcSeed);
        s += ")";
        return s;
    case SeekOutcome::NoConvergence:
        s = "no convergence in " + std::to_string(r.iterations);
        s += " iterations; closest: at " + value;
        s += " the " + metric;
        s += " is " + achieved;
        return s;
    case SeekOutcome::Jumps:
        s = "the " + metric;
        s += " jumps across the target near " + value;
        s += " (from " + metricText(request.target, r.jumpFrom);
        s += " to " + metricText(request.target, r.jumpTo);
        s += ")";
        return s;
    case SeekOutcome::OnlyBelow:
    case SeekOutcome::StillAbove:
    case SeekOutcome::NotComputable:
        break;
    }
    if (r.outcome == SeekOutcome::NotComputable) {
        s = "the deal cannot be computed at " + value;
        s += ": ";
        s += r.problem ? issueText(*r.problem) : std::string();
    } else if (r.outcome == SeekOutcome::OnlyBelow) {
        s = "even at " + value;
        s += " the " + metric;
        s += " is only " + achieved;
        s += " (target " + target;
        s += ")";
    } else {
        s = "even at " + value;
        s += " the " + metric;
        s += " is still " + achieved;
        s += ", above the target " + target;
    }
    if (r.loanResizes) {
        s += "; the loan is resized at the target DSCR " + fixed(deal.debt.sizing.targetDscr, 2);
        s += "x as the input moves (hold the debt amount to keep it fixed)";
    }
    return s;
}

std::string tornadoNoteText(TornadoNote note)
{
    switch (note) {
    case TornadoNote::None:
        return {};
    case TornadoNote::MonteCarloOnly:
        return "moves only the Monte Carlo (offtaker defaults, engine.md 8)";
    case TornadoNote::NoCreditBlock:
        return "the deal has no credit block: no effect";
    case TornadoNote::NoContracts:
        return "the deal has no offtake contracts: no effect";
    case TornadoNote::NoCapex:
        return "the deal has no capex lines: no effect";
    }
    return {};
}

} // namespace gds
