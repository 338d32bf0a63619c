// Risk commands (cli.md, issue 6): sensitivity and solve here, montecarlo in CmdMonteCarlo.cpp; the
// helpers they share in RiskSupport.h. Exit codes: 0 success (a goal seek
// without a solution included: the answer is that message), 1 runtime failure, 2 invalid input (each
// issue on its own stderr line), 64 usage error.
#include "Cli.h"
#include "CliSupport.h"
#include "engine/Engine.h"
#include "engine/GoalSeek.h"
#include "engine/MonteCarlo.h"
#include "engine/Sensitivity.h"
#include "fs/TerminalText.h"
#include "io/DealJson.h"
#include "io/MessageText.h"
#include "io/ResultJson.h"
#include "ResultCheck.h"
#include "RiskSupport.h"
#include "UnitText.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <istream>
#include <iterator>
#include <limits>
#include <optional>
#include <ostream>
#include <string_view>
#include <thread>
#include <utility>

namespace gds::cli {
namespace {

constexpr std::string_view kSensitivityUsage =
    R"(usage: gpudeal-cli sensitivity DEAL.json [--shock KEY=LOW,HIGH ...] [--sort METRIC] [--paths N]
                                 [--seed S] [--threads T] [--json]

One-at-a-time shocks and the tornado of min DSCR, equity IRR and debt size: each end is the shocked
deal recomputed in full (a DSCR-sized loan is resized). Default shocks:
  spot_price      -0.20,0.20   relative: the spot index level x (1 + shock)
  capex           -0.10,0.10   relative: every capex unit cost
  power_price     -0.20,0.20   relative: the power price
  availability    -0.05,0      points: availability + shock
  utilization     -0.15,0.15   points: merchant utilization + shock
  base_rate       -0.01,0.01   points: the base rate (every curve entry), or a fixed rate
  contract_price  -0.10,0      relative: every offtake contract price
With a credit block (engine.md 8) also, and every end then gets the Monte Carlo's P90 min DSCR and
probability of default (common random numbers: --paths N, default 2000, --seed S, --threads T):
  default_probability  -0.5,1  relative: every default probability x0.5 and x2
  correlation     -0.20,0.20   points: the default correlation
  --shock KEY=LOW,HIGH   replaces that shock's range (decimals: -0.3 = -30 % or -30 points); repeatable
  --sort METRIC          min_dscr (default), equity_irr, debt, p90_min_dscr or prob_default: bars
                         sorted by that swing, widest first
A shocked deal that is invalid (availability above 100 %, a negative rate...) is shown as not
computable, never clamped.
)";

constexpr std::string_view kSolveUsage =
    R"(usage: gpudeal-cli solve DEAL.json --target METRIC=VALUE --vary VARIABLE [options] [--json]

Goal seek (bracketed TOMS 748 solver): the input needed for a target.
  --target min_dscr=1.3 | equity_irr=0.15 | p90_min_dscr=1.2 | prob_default=0.01
         prob_default: the Monte Carlo's probability of default at most the value; it moves in steps
         of 1/paths with common random numbers, and the answer is the smallest price or strike (the
         largest debt) on the side of the step where it is met
  --vary contract_price[:INDEX]   a scale on the contract prices (every contract, or offtake[INDEX])
         swap_strike:INDEX        the strike of hedges[INDEX]
         debt                     the debt amount (sizing switched to a fixed amount): the largest debt
                                  meeting the target, capped by the capex it funds and the deal's LTV cap
  --between LO,HI   the bracket searched (scale, strike per GPU-hour, or amount)
  --hold-debt       keep the base case's debt amount while a price or strike moves
  --paths N --seed S --threads T   Monte Carlo for p90_min_dscr and prob_default (default 2000
                                   paths, seed 1)
  --json            a gpudeal-solve/1 document
No solution within the bracket is not an error (exit 0): the message says how close it came.
)";

} // namespace

namespace risk {

// Risk commands read their deal with "gpudeal-cli: " before the reader's own messages.
// A deal whose base case yields a non-finite number is refused here too (ResultCheck.h).
LoadedDeal loadRiskDeal(const std::string &path, Io io)
{
    DealInputStyle style;
    style.ownPrefix = "gpudeal-cli: ";
    LoadedDeal loaded = loadDeal(path, io, style);
    if (loaded.deal) {
        const Result base = compute(*loaded.deal);
        if (const Issues bad = base.ok() ? nonFiniteNumbers(base) : Issues{}; !bad.empty()) {
            loaded.code = printIssues(bad, io);
            loaded.deal.reset();
        }
    }
    return loaded;
}

// Whole numbers with thousands separators ("10,000"), rounded half away from zero.
std::string groupedWhole(double v)
{
    return grouped(std::round(v), 0);
}

std::optional<double> parseDouble(std::string_view text)
{
    double v = 0.0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<std::pair<double, double>> parsePair(std::string_view text)
{
    const std::size_t comma = text.find(',');
    if (comma == std::string_view::npos)
        return std::nullopt;
    const auto a = parseDouble(text.substr(0, comma)), b = parseDouble(text.substr(comma + 1));
    if (!a || !b)
        return std::nullopt;
    return std::pair{*a, *b};
}

// ---- formatting ----------------------------------------------------------------------------------------

std::string num(double v)
{
    return formatNumber(v);
}
std::string num(const std::optional<double> &v)
{
    return v ? formatNumber(*v) : "null";
}

// The risk commands' short forms of the one unit formatter (UnitText.h).
std::string multiple(const std::optional<double> &v)
{
    return UnitText::multiple(v);
}
std::string percent(const std::optional<double> &v, int decimals)
{
    return UnitText::percent(v, decimals);
}
std::string money(const Deal &deal, const std::optional<double> &v)
{
    return UnitText(deal.currency).money(v);
}
// --paths/--seed/--threads for montecarlo and solve; returns a usage message or empty.
std::string monteCarloOptions(const ParsedArgs &o, MonteCarloOptions &mc, int defaultPaths)
{
    mc.paths = defaultPaths;
    if (const std::string *v = o.last("--paths")) {
        const auto n = parseInteger<int>(*v, 1, 1'000'000);
        if (!n)
            return "--paths needs a whole number from 1 to 1000000, not '" + *v + "'";
        mc.paths = *n;
    }
    if (const std::string *v = o.last("--seed")) {
        const auto n = parseInteger<std::uint64_t>(*v, 0, std::numeric_limits<std::uint64_t>::max());
        if (!n)
            return "--seed needs a whole number from 0 to 18446744073709551615, not '" + *v + "'";
        mc.seed = *n;
    }
    if (const std::string *v = o.last("--threads")) {
        const auto n = parseInteger<int>(*v, 1, 256);
        if (!n)
            return "--threads needs a whole number from 1 to 256, not '" + *v + "'";
        mc.threads = *n;
    }
    return {};
}

} // namespace risk

using namespace risk;

namespace {

// ---- sensitivity ---------------------------------------------------------------------------------------

// (v2) `mc`: the Monte Carlo metrics are written too.
std::string pointJson(const TornadoPoint &p, bool mc)
{
    return "{\"shock\": " + num(p.amount) + ", \"computable\": " + (p.computable ? "true" : "false") +
           ", \"min_dscr\": " + num(p.minDscr) + ", \"equity_irr\": " + num(p.equityIrr) +
           ", \"debt\": " + num(p.debt) +
           (mc ? ", \"p90_min_dscr\": " + num(p.p90MinDscr) + ", \"prob_default\": " + num(p.probDefault)
               : std::string()) +
           ", \"problem\": " + (p.problem ? jsonString(issueText(*p.problem)) : std::string("null")) + "}";
}

std::string shockText(const Shock &s, double amount)
{
    const std::string sign = amount > 0 ? "+" : "";
    return isRelative(s) ? sign + fixed(amount * 100.0, 1) + " %" : sign + fixed(amount * 100.0, 2) + " pts";
}

std::string endText(const Deal &deal, const TornadoPoint &p, bool mc)
{
    if (!p.computable)
        return "not computable";
    return multiple(p.minDscr) + " / " + percent(p.equityIrr, 2) + " / " + money(deal, p.debt) +
           (mc ? " / " + multiple(p.p90MinDscr) + " / " + percent(p.probDefault, 2) : std::string());
}

} // namespace

int runSensitivity(const Args &args, Io io)
{
    static constexpr std::array<OptionSpec, 5> options{
        {{"--shock"}, {"--sort"}, {"--paths"}, {"--seed"}, {"--threads"}}};
    const ParsedArgs o = parseArgs(args, options);
    if (o.help)
        return finish(io, kSensitivityUsage);
    if (!o.error.empty())
        return usageError(io, o.error, "sensitivity");
    if (o.positional.size() != 1)
        return usageError(io, "needs exactly one DEAL.json (or - for standard input)", "sensitivity");
    struct Range {
        std::string key;
        double low, high;
    };
    std::vector<Range> ranges;
    for (const auto &[name, value] : o.values) {
        if (name != "--shock")
            continue;
        const std::size_t eq = value.find('=');
        const std::string_view key =
            eq == std::string::npos ? std::string_view() : std::string_view(value).substr(0, eq);
        const bool known = shockKindFromKey(key) || creditShockKindFromKey(key);
        const auto range =
            eq == std::string::npos ? std::nullopt : parsePair(std::string_view(value).substr(eq + 1));
        if (!known || !range)
            return usageError(
                io, "--shock needs KEY=LOW,HIGH with a known KEY and two numbers, not '" + value + "'",
                "sensitivity");
        ranges.push_back({std::string(key), range->first, range->second});
    }
    MonteCarloOptions mcOptions;
    if (std::string e = monteCarloOptions(o, mcOptions, 2000); !e.empty())
        return usageError(io, e, "sensitivity");
    TornadoMetric sortBy = TornadoMetric::MinDscr;
    std::string sortKey = "min_dscr";
    if (const std::string *v = o.last("--sort")) {
        sortKey = *v;
        if (*v == "equity_irr")
            sortBy = TornadoMetric::EquityIrr;
        else if (*v == "debt")
            sortBy = TornadoMetric::Debt;
        else if (*v == "p90_min_dscr")
            sortBy = TornadoMetric::P90MinDscr;
        else if (*v == "prob_default")
            sortBy = TornadoMetric::ProbDefault;
        else if (*v != "min_dscr")
            return usageError(
                io, "--sort takes min_dscr, equity_irr, debt, p90_min_dscr or prob_default, not '" + *v + "'",
                "sensitivity");
    }
    const LoadedDeal loaded = loadRiskDeal(o.positional[0], io);
    if (!loaded.deal)
        return loaded.code;
    const std::optional<Deal> &deal = loaded.deal;
    // (v2) A deal with a credit block gets the credit shocks and the Monte Carlo metrics; a credit
    // shock asked for on another deal is shown with its note (no effect).
    std::vector<Shock> shocks = defaultShocks(*deal);
    for (const Range &r : ranges) {
        auto it = std::find_if(shocks.begin(), shocks.end(), [&](const Shock &s) { return s.key == r.key; });
        if (it == shocks.end()) {
            shocks.push_back(creditShock(*creditShockKindFromKey(r.key), r.low, r.high));
            it = shocks.end() - 1;
        }
        it->low = r.low;
        it->high = r.high;
    }
    const bool mc = deal->credit.has_value() || sortBy == TornadoMetric::P90MinDscr ||
                    sortBy == TornadoMetric::ProbDefault;
    std::optional<TornadoMonteCarlo> tornadoMc;
    if (mc)
        tornadoMc = TornadoMonteCarlo{mcOptions.paths, mcOptions.seed, mcOptions.threads};
    const std::vector<TornadoBar> bars = tornado(*deal, shocks, sortBy, tornadoMc);
    if (!bars.empty() && !bars.front().base.computable) {
        io.err << (bars.front().base.problem ? issueText(*bars.front().base.problem) : std::string()) << '\n';
        return InvalidInput;
    }
    const TornadoPoint base = bars.empty() ? TornadoPoint{} : bars.front().base;

    if (o.json) {
        std::string s = "{\n  \"format\": \"gpudeal-sensitivity/1\",\n  \"sort\": " + jsonString(sortKey) +
                        ",\n  \"base\": {\"min_dscr\": " + num(base.minDscr) +
                        ", \"equity_irr\": " + num(base.equityIrr) + ", \"debt\": " + num(base.debt) +
                        (mc ? ", \"p90_min_dscr\": " + num(base.p90MinDscr) +
                                  ", \"prob_default\": " + num(base.probDefault)
                            : std::string()) +
                        "},\n  \"bars\": [";
        for (std::size_t i = 0; i < bars.size(); ++i) {
            const TornadoBar &b = bars[i];
            s += (i == 0 ? "\n    " : ",\n    ");
            s += "{\"key\": " + jsonString(b.shock.key) + ", \"label\": " + jsonString(b.shock.label) +
                 ", \"unit\": " + (isRelative(b.shock) ? "\"relative\"" : "\"points\"") +
                 ",\n     \"low\": " + pointJson(b.low, mc) + ",\n     \"high\": " + pointJson(b.high, mc) +
                 ",\n     \"swing\": " + num(b.swing(sortBy)) + ", \"note\": " +
                 (b.note == TornadoNote::None ? std::string("null") : jsonString(tornadoNoteText(b.note))) +
                 "}";
        }
        s += bars.empty() ? "]\n}\n" : "\n  ]\n}\n";
        return finish(io, s);
    }
    std::string s =
        "Sensitivities: " + deal->name + "\nBase case: min DSCR " + multiple(base.minDscr) + ", equity IRR " +
        percent(base.equityIrr, 2) + ", debt " + money(*deal, base.debt) +
        (mc ? ", P90 min DSCR " + multiple(base.p90MinDscr) + ", P(default) " + percent(base.probDefault, 2) +
                  " (Monte Carlo, " + groupedWhole(mcOptions.paths) + " paths, seed " +
                  std::to_string(mcOptions.seed) + ")"
            : std::string()) +
        "\n";
    const std::string columns =
        std::string("Min DSCR / equity IRR / debt") + (mc ? " / P90 min DSCR / P(default)" : "");
    s += "Each end is the shocked deal recomputed in full (" + columns + "); sorted by the " + sortKey +
         " swing.\n\n";
    TextTable t{{false, true, false, true, false}, {{"Input", "Low", columns, "High", columns}}, true};
    std::vector<std::string> notes;
    for (const TornadoBar &b : bars) {
        t.rows.push_back({b.shock.label, shockText(b.shock, b.low.amount), endText(*deal, b.low, mc),
                          shockText(b.shock, b.high.amount), endText(*deal, b.high, mc)});
        for (const TornadoPoint *p : {&b.low, &b.high})
            if (!p->computable)
                notes.push_back(b.shock.label + " " + shockText(b.shock, p->amount) + ": " +
                                (p->problem ? issueText(*p->problem) : std::string()));
        if (b.note != TornadoNote::None)
            notes.push_back(b.shock.label + ": " + tornadoNoteText(b.note));
    }
    s += t.render();
    if (!notes.empty()) {
        s += "\nNotes:\n";
        for (const std::string &n : notes)
            s += "  - " + n + "\n";
    }
    return finish(io, s);
}

int runSolve(const Args &args, Io io)
{
    static constexpr std::array<OptionSpec, 7> options{{{"--target"},
                                                        {"--vary"},
                                                        {"--between"},
                                                        {"--paths"},
                                                        {"--seed"},
                                                        {"--threads"},
                                                        {"--hold-debt", {}, false}}};
    const ParsedArgs o = parseArgs(args, options);
    if (o.help)
        return finish(io, kSolveUsage);
    if (!o.error.empty())
        return usageError(io, o.error, "solve");
    if (o.positional.size() != 1)
        return usageError(io, "needs exactly one DEAL.json (or - for standard input)", "solve");
    SeekRequest req;
    const std::string *target = o.last("--target"), *vary = o.last("--vary");
    if (!target || !vary)
        return usageError(io, "needs --target METRIC=VALUE and --vary VARIABLE", "solve");
    {
        const std::size_t eq = target->find('=');
        const std::string metric = target->substr(0, eq);
        const std::optional<double> value =
            eq == std::string::npos ? std::nullopt : parseDouble(std::string_view(*target).substr(eq + 1));
        if (metric == "min_dscr")
            req.target = SeekTarget::MinDscr;
        else if (metric == "equity_irr")
            req.target = SeekTarget::EquityIrr;
        else if (metric == "p90_min_dscr")
            req.target = SeekTarget::P90MinDscr;
        else if (metric == "prob_default")
            req.target = SeekTarget::ProbDefault;
        else
            return usageError(io,
                              "--target takes min_dscr, equity_irr, p90_min_dscr or prob_default, not '" +
                                  *target + "'",
                              "solve");
        if (!value)
            return usageError(io, "--target needs METRIC=VALUE with a number, not '" + *target + "'",
                              "solve");
        req.targetValue = *value;
    }
    {
        const std::size_t colon = vary->find(':');
        const std::string variable = vary->substr(0, colon);
        std::optional<int> index;
        if (colon != std::string::npos) {
            index = parseInteger<int>(std::string_view(*vary).substr(colon + 1), 0, 1'000'000);
            if (!index)
                return usageError(io, "--vary needs a whole-number index after ':', not '" + *vary + "'",
                                  "solve");
        }
        if (variable == "contract_price") {
            req.variable = SeekVariable::ContractPrice;
            req.index = index.value_or(-1);
        } else if (variable == "swap_strike" && index) {
            req.variable = SeekVariable::SwapStrike;
            req.index = *index;
        } else if (variable == "debt" && !index) {
            req.variable = SeekVariable::DebtAmount;
        } else {
            return usageError(
                io, "--vary takes contract_price[:INDEX], swap_strike:INDEX or debt, not '" + *vary + "'",
                "solve");
        }
    }
    if (const std::string *v = o.last("--between")) {
        const auto range = parsePair(*v);
        if (!range || !(range->first < range->second))
            return usageError(io, "--between needs LO,HI with LO < HI, not '" + *v + "'", "solve");
        req.lower = range->first;
        req.upper = range->second;
    }
    req.holdDebt = o.flag("--hold-debt");
    MonteCarloOptions mc;
    if (std::string e = monteCarloOptions(o, mc, 2000); !e.empty())
        return usageError(io, e, "solve");
    req.mcPaths = mc.paths;
    req.mcSeed = mc.seed;
    req.mcThreads = mc.threads;

    const LoadedDeal loaded = loadRiskDeal(o.positional[0], io);
    if (!loaded.deal)
        return loaded.code;
    const std::optional<Deal> &deal = loaded.deal;
    const SeekResult r = goalSeek(*deal, req);
    if (!r.errors.empty())
        return printIssues(r.errors, io);

    std::vector<double> prices; // the contract prices at the solved scale
    if (req.variable == SeekVariable::ContractPrice)
        for (std::size_t i = 0; i < deal->offtake.size(); ++i)
            prices.push_back(deal->offtake[i].pricePerGpuHour *
                             (req.index < 0 || std::size_t(req.index) == i ? r.value : 1.0));
    if (o.json) {
        std::string s = "{\n  \"format\": \"gpudeal-solve/1\",\n";
        s += "  \"target\": {\"metric\": \"" + std::string(seekTargetKey(req.target)) +
             "\", \"value\": " + num(req.targetValue) + "},\n";
        s += "  \"vary\": {\"variable\": \"" + std::string(seekVariableKey(req.variable)) +
             "\", \"index\": " + (req.index >= 0 ? std::to_string(req.index) : std::string("null")) +
             ", \"hold_debt\": " + (req.holdDebt ? "true" : "false") + "},\n";
        s += "  \"solved\": " + std::string(r.solved ? "true" : "false") + ", \"value\": " + num(r.value) +
             ", \"achieved\": " + num(r.achieved) + ",\n";
        s += "  \"base_value\": " + num(r.baseValue) + ", \"base_metric\": " + num(r.baseMetric) +
             ", \"bracket\": [" + num(r.lower) + ", " + num(r.upper) + "],\n";
        s += "  \"iterations\": " + std::to_string(r.iterations) +
             ", \"evaluations\": " + std::to_string(r.evaluations) +
             ", \"binding\": " + jsonString(r.binding) + ",\n";
        if (req.variable == SeekVariable::ContractPrice) {
            s += "  \"prices\": [";
            for (std::size_t i = 0; i < prices.size(); ++i)
                s += (i ? ", " : "") + num(prices[i]);
            s += "],\n";
        }
        s += "  \"message\": " + jsonString(seekMessage(r, *deal, req)) + "\n}\n";
        return finish(io, s);
    }
    const bool irr = req.target == SeekTarget::EquityIrr || req.target == SeekTarget::ProbDefault;
    auto metricText = [&](const std::optional<double> &v) {
        return irr ? percent(v, 4) : (v ? fixed(*v, 6) + "x" : "n/a");
    };
    std::string s = "Goal seek: " + deal->name + "\n";
    TextTable t{{false, false}, {{"", "Value"}}, true};
    t.rows.push_back({"Target " + std::string(seekTargetKey(req.target)), metricText(req.targetValue)});
    t.rows.push_back(
        {"Varying", std::string(seekVariableKey(req.variable)) +
                        (req.index >= 0 ? "[" + std::to_string(req.index) + "]" : std::string()) +
                        (req.holdDebt ? " (debt held)" : "")});
    t.rows.push_back({"Result", r.solved ? "solved" : "no solution in the bracket"});
    const auto valueCell = [&](double v) {
        return req.variable == SeekVariable::DebtAmount   ? money(*deal, v)
               : req.variable == SeekVariable::SwapStrike ? fixed(v, 6) + "/GPU-h"
                                                          : fixed(v, 6) + "x the contract prices";
    };
    t.rows.push_back({r.solved ? "Solved value" : "Closest value tried", valueCell(r.value)});
    for (std::size_t i = 0; i < prices.size(); ++i)
        if (req.index < 0 || std::size_t(req.index) == i)
            t.rows.push_back({"  offtake[" + std::to_string(i) + "] price", fixed(prices[i], 6) + "/GPU-h"});
    t.rows.push_back({"Achieved " + std::string(seekTargetKey(req.target)), metricText(r.achieved)});
    t.rows.push_back({"Deal as it is", valueCell(r.baseValue) + ", " + metricText(r.baseMetric)});
    t.rows.push_back({"Bracket searched", valueCell(r.lower) + " .. " + valueCell(r.upper)});
    t.rows.push_back({"Binding constraint", r.binding});
    t.rows.push_back({"Solver", std::to_string(r.iterations) + " iterations, " +
                                    std::to_string(r.evaluations) + " recomputes"});
    s += t.render() + "\n" + seekMessage(r, *deal, req) + "\n";
    return finish(io, s);
}

} // namespace gds::cli
