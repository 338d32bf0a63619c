// Risk commands (cli.md, issue 6): montecarlo, sensitivity, solve. Exit codes: 0 success (a goal seek
// without a solution included: the answer is that message), 1 runtime failure, 2 invalid input (each
// issue on its own stderr line), 64 usage error.
#include "Cli.h"
#include "engine/GoalSeek.h"
#include "engine/MonteCarlo.h"
#include "engine/Sensitivity.h"
#include "io/DealJson.h"
#include "io/ResultJson.h"

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

constexpr std::string_view kMonteCarloUsage =
    R"(usage: gpudeal-cli montecarlo DEAL.json [--paths N] [--seed S] [--threads T] [--json]

The spot-price Monte Carlo of engine.md section 8: mean-reverting log paths of the spot index around
its forward curve; per path CFADS, DSCRs, the reserve and the equity IRR.
  --paths N     number of paths, 1 to 1,000,000 (default 10000)
  --seed S      seed of the random streams, 0 to 2^64-1 (default 1); same seed, same numbers
  --threads T   worker threads, 1 to 256 (default: every core); the numbers do not depend on it
  --json        the gpudeal-montecarlo/1 document instead of the readable summary
)";

constexpr std::string_view kSensitivityUsage =
    R"(usage: gpudeal-cli sensitivity DEAL.json [--shock KEY=LOW,HIGH ...] [--sort METRIC] [--json]

One-at-a-time shocks and the tornado of min DSCR, equity IRR and debt size: each end is the shocked
deal recomputed in full (a DSCR-sized loan is resized). Default shocks:
  spot_price      -0.20,0.20   relative: the spot index level x (1 + shock)
  capex           -0.10,0.10   relative: every capex unit cost
  power_price     -0.20,0.20   relative: the power price
  availability    -0.05,0      points: availability + shock
  utilization     -0.15,0.15   points: merchant utilization + shock
  base_rate       -0.01,0.01   points: the base rate (every curve entry), or a fixed rate
  contract_price  -0.10,0      relative: every offtake contract price
  --shock KEY=LOW,HIGH   replaces that shock's range (decimals: -0.3 = -30 % or -30 points); repeatable
  --sort METRIC          min_dscr (default), equity_irr or debt: bars sorted by that swing, widest first
A shocked deal that is invalid (availability above 100 %, a negative rate...) is shown as not
computable, never clamped.
)";

constexpr std::string_view kSolveUsage =
    R"(usage: gpudeal-cli solve DEAL.json --target METRIC=VALUE --vary VARIABLE [options] [--json]

Goal seek (bracketed TOMS 748 solver): the input needed for a target.
  --target min_dscr=1.3 | equity_irr=0.15 | p90_min_dscr=1.2
  --vary contract_price[:INDEX]   a scale on the contract prices (every contract, or offtake[INDEX])
         swap_strike:INDEX        the strike of hedges[INDEX]
         debt                     the debt amount (sizing switched to a fixed amount): the largest debt
                                  meeting the target, capped by the capex it funds and the deal's LTV cap
  --between LO,HI   the bracket searched (scale, strike per GPU-hour, or amount)
  --hold-debt       keep the base case's debt amount while a price or strike moves
  --paths N --seed S --threads T   Monte Carlo for p90_min_dscr (default 2000 paths, seed 1)
  --json            a gpudeal-solve/1 document
No solution within the bracket is not an error (exit 0): the message says how close it came.
)";

struct Options {
    std::vector<std::string> positional;
    std::vector<std::pair<std::string, std::string>> values; // in command-line order
    bool json = false, help = false;
    std::vector<std::string> flagsSeen;
    std::string error;

    const std::string *last(std::string_view name) const
    {
        for (auto it = values.rbegin(); it != values.rend(); ++it)
            if (it->first == name)
                return &it->second;
        return nullptr;
    }
    bool flag(std::string_view name) const
    {
        return std::find(flagsSeen.begin(), flagsSeen.end(), name) != flagsSeen.end();
    }
};

Options parse(const Args &args, std::initializer_list<std::string_view> valued,
              std::initializer_list<std::string_view> flags = {})
{
    Options o;
    bool ended = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (ended || a == "-" || a.empty() || a[0] != '-') {
            o.positional.push_back(a);
        } else if (a == "--") {
            ended = true;
        } else if (a == "--help" || a == "-h") {
            o.help = true;
        } else if (a == "--json") {
            o.json = true;
        } else if (std::find(flags.begin(), flags.end(), a) != flags.end()) {
            o.flagsSeen.push_back(a);
        } else {
            const std::size_t eq = a.find('=');
            const std::string name = a.substr(0, eq);
            if (std::find(valued.begin(), valued.end(), name) == valued.end()) {
                o.error = "unknown option '" + a + "'";
                return o;
            }
            if (eq != std::string::npos) {
                o.values.emplace_back(name, a.substr(eq + 1));
            } else if (i + 1 < args.size()) {
                o.values.emplace_back(name, args[++i]);
            } else {
                o.error = "option '" + a + "' needs a value";
                return o;
            }
        }
    }
    return o;
}

int usage(Io io, std::string_view command, const std::string &message)
{
    io.err << "gpudeal-cli " << command << ": " << message << "\nTry 'gpudeal-cli " << command
           << " --help'.\n";
    return Usage;
}

int finish(Io io, const std::string &text)
{
    io.out << text;
    io.out.flush();
    if (!io.out) {
        io.err << "gpudeal-cli: cannot write to standard output\n";
        return RuntimeFailure;
    }
    return Ok;
}

template <typename T> std::optional<T> parseInteger(std::string_view text, T lo, T hi)
{
    T v{};
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size() || v < lo || v > hi)
        return std::nullopt;
    return v;
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

// Reads and validates a deal ("-" = standard input). Exit 1 for I/O, 2 for an invalid deal.
std::optional<Deal> loadDeal(const std::string &path, Io io, int &code)
{
    DealReadResult read;
    if (path == "-") {
        std::string bytes;
        std::array<char, 65536> buf{};
        while (bytes.size() <= kMaxDealFileBytes &&
               io.in.read(buf.data(), std::streamsize(buf.size())).gcount() > 0)
            bytes.append(buf.data(), std::size_t(io.in.gcount()));
        if (io.in.bad()) {
            io.err << "gpudeal-cli: cannot read standard input\n";
            code = RuntimeFailure;
            return std::nullopt;
        }
        read = readDeal(bytes);
    } else {
        DealFileResult file = readDealFile(path);
        if (file.ioError) {
            for (const Issue &issue : file.issues)
                io.err << issue.text() << '\n';
            if (file.issues.empty())
                io.err << "gpudeal-cli: cannot read '" << path << "'\n";
            code = RuntimeFailure;
            return std::nullopt;
        }
        read = std::move(file);
    }
    if (!read.deal || !read.issues.empty()) {
        for (const Issue &issue : read.issues)
            io.err << issue.text() << '\n';
        if (read.issues.empty())
            io.err << "gpudeal-cli: the deal could not be read\n";
        code = InvalidInput;
        return std::nullopt;
    }
    code = Ok;
    return std::move(read.deal);
}

int printIssues(const Issues &issues, Io io)
{
    for (const Issue &issue : issues)
        io.err << issue.text() << '\n';
    return InvalidInput;
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

std::string fixed(double v, int decimals)
{
    if (!std::isfinite(v))
        return "n/a";
    std::array<char, 400> buf{};
    const auto res =
        std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, decimals);
    return res.ec == std::errc() ? std::string(buf.data(), res.ptr) : "n/a";
}

std::string grouped(double v)
{
    if (!std::isfinite(v))
        return "n/a";
    const std::string digits = fixed(std::fabs(std::round(v)), 0);
    std::string out = v <= -0.5 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

std::string multiple(const std::optional<double> &v)
{
    return v ? fixed(*v, 2) + "x" : "n/a";
}
std::string percent(const std::optional<double> &v, int decimals = 1)
{
    return v ? fixed(*v * 100.0, decimals) + " %" : "n/a";
}
std::string money(const Deal &deal, const std::optional<double> &v)
{
    if (!v)
        return "n/a";
    return (deal.currency == "USD" ? "$" : deal.currency + " ") + grouped(*v);
}
std::string monthLabel(YearMonth start, int period) // period >= 1: the calendar month start + (p - 1)
{
    const int index = start.year * 12 + (start.month - 1) + period - 1;
    std::array<char, 32> buf{};
    std::snprintf(buf.data(), buf.size(), "%04d-%02d", index / 12, index % 12 + 1);
    return buf.data();
}

struct Table {
    std::vector<bool> right;
    std::vector<std::vector<std::string>> rows; // the first is the header

    std::string render() const
    {
        std::vector<std::size_t> width(right.size(), 0);
        auto cols = [](const std::string &s) {
            return std::size_t(std::count_if(
                s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
        };
        for (const auto &row : rows)
            for (std::size_t c = 0; c < row.size() && c < width.size(); ++c)
                width[c] = std::max(width[c], cols(row[c]));
        std::string out;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            std::string line = "  ";
            for (std::size_t c = 0; c < rows[r].size() && c < width.size(); ++c) {
                const std::string pad(width[c] - cols(rows[r][c]), ' ');
                line += (right[c] ? pad + rows[r][c] : rows[r][c] + pad) + "  ";
            }
            line.erase(line.find_last_not_of(' ') + 1);
            out += line + '\n';
            if (r == 0) {
                std::size_t total = 0;
                for (std::size_t w : width)
                    total += w + 2;
                out += "  " + std::string(total - 2, '-') + '\n';
            }
        }
        return out;
    }
};

// ---- montecarlo ------------------------------------------------------------------------------------------

std::string monteCarloJson(const MonteCarloResult &r)
{
    std::string s = "{\n  \"format\": \"gpudeal-montecarlo/1\",\n";
    s += "  \"paths\": " + std::to_string(r.paths) + ", \"seed\": " + std::to_string(r.seed) +
         ", \"threads\": " + std::to_string(r.threads) + ", \"elapsed_ms\": " + num(r.elapsedMs) + ",\n";
    s += "  \"min_dscr\": {\"p50\": " + num(r.minDscrP50) + ", \"p90\": " + num(r.minDscrP90) +
         ", \"p99\": " + num(r.minDscrP99) + "},\n";
    s += "  \"prob_min_dscr_below_lockup\": " + num(r.probMinDscrBelowLockup) +
         ", \"prob_min_dscr_below_1\": " + num(r.probMinDscrBelow1) +
         ", \"prob_default\": " + num(r.probDefault) + ",\n";
    s += "  \"equity_irr\": {\"p10\": " + num(r.equityIrrP10) + ", \"p50\": " + num(r.equityIrrP50) +
         ", \"p90\": " + num(r.equityIrrP90) + "},\n";
    s += "  \"equity_irr_missing\": " + std::to_string(r.equityIrrMissing) + ",\n  \"spot\": [";
    for (std::size_t i = 0; i < r.spot.size(); ++i) {
        const SpotBand &b = r.spot[i];
        s += (i == 0 ? "\n    " : ",\n    ");
        s += "{\"period\": " + std::to_string(b.period) + ", \"mean\": " + num(b.mean) +
             ", \"p10\": " + num(b.p10) + ", \"p50\": " + num(b.p50) + ", \"p90\": " + num(b.p90) + "}";
    }
    s += r.spot.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return s;
}

std::string monteCarloText(const Deal &deal, const MonteCarloResult &r)
{
    const double lockup = deal.debt.covenants.lockupDscr;
    std::string s = "Monte Carlo on the spot index: " + deal.name + "\n";
    s += grouped(r.paths) + " paths, seed " + std::to_string(r.seed) + ", " + std::to_string(r.threads) +
         (r.threads == 1 ? " thread, " : " threads, ") + fixed(r.elapsedMs, 1) + " ms\n";
    s += "Index: " + deal.market.index + ", volatility " + percent(deal.market.volatility) +
         " a year, mean reversion " + fixed(deal.market.meanReversion, 2) +
         " around the forward curve (spot " + fixed(deal.market.spotPricePerGpuHour, 2) + "/GPU-h, " +
         percent(deal.market.annualChange) + " a year)\n";

    Table risk{{false, true}, {{"Debt risk", "Value"}}};
    risk.rows.push_back({"Min DSCR, P50 (half the paths stay above)", multiple(r.minDscrP50)});
    risk.rows.push_back({"Min DSCR, P90 (90 % of paths stay above)", multiple(r.minDscrP90)});
    risk.rows.push_back({"Min DSCR, P99 (99 % of paths stay above)", multiple(r.minDscrP99)});
    risk.rows.push_back({"Probability min DSCR below lock-up (" + multiple(lockup) + ")",
                         percent(r.probMinDscrBelowLockup, 2)});
    risk.rows.push_back({"Probability min DSCR below 1.00x", percent(r.probMinDscrBelow1, 2)});
    risk.rows.push_back({"Probability of default (reserve exhausted)", percent(r.probDefault, 2)});
    s += "\n" + risk.render();

    Table irr{{false, true}, {{"Equity IRR", "Value"}}};
    irr.rows.push_back({"P10 (low case)", percent(r.equityIrrP10, 2)});
    irr.rows.push_back({"P50", percent(r.equityIrrP50, 2)});
    irr.rows.push_back({"P90 (high case)", percent(r.equityIrrP90, 2)});
    irr.rows.push_back({"Paths without an IRR", grouped(r.equityIrrMissing)});
    s += "\n" + irr.render();

    Table fan{{true, false, true, true, true, true}, {{"Period", "Month", "Mean", "P10", "P50", "P90"}}};
    for (const SpotBand &b : r.spot)
        if ((b.period - 1) % 12 == 0 || b.period == int(r.spot.size()))
            fan.rows.push_back({std::to_string(b.period), monthLabel(deal.start, b.period), fixed(b.mean, 4),
                                fixed(b.p10, 4), fixed(b.p50, 4), fixed(b.p90, 4)});
    s += "\nSpot index fan (" + deal.currency +
         " per GPU-hour; first month of each model year and the last)\n" + fan.render();
    return s;
}

// --paths/--seed/--threads for montecarlo and solve; returns a usage message or empty.
std::string monteCarloOptions(const Options &o, MonteCarloOptions &mc, int defaultPaths)
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

// ---- sensitivity
// -------------------------------------------------------------------------------------------

std::string pointJson(const TornadoPoint &p)
{
    return "{\"shock\": " + num(p.amount) + ", \"computable\": " + (p.computable ? "true" : "false") +
           ", \"min_dscr\": " + num(p.minDscr) + ", \"equity_irr\": " + num(p.equityIrr) +
           ", \"debt\": " + num(p.debt) +
           ", \"problem\": " + (p.problem.empty() ? std::string("null") : jsonString(p.problem)) + "}";
}

std::string shockText(const Shock &s, double amount)
{
    const std::string sign = amount > 0 ? "+" : "";
    return isRelative(s.kind) ? sign + fixed(amount * 100.0, 1) + " %"
                              : sign + fixed(amount * 100.0, 2) + " pts";
}

std::string endText(const Deal &deal, const TornadoPoint &p)
{
    if (!p.computable)
        return "not computable";
    return multiple(p.minDscr) + " / " + percent(p.equityIrr, 2) + " / " + money(deal, p.debt);
}

} // namespace

int runMonteCarlo(const Args &args, Io io)
{
    const Options o = parse(args, {"--paths", "--seed", "--threads"});
    if (o.help)
        return finish(io, std::string(kMonteCarloUsage));
    if (!o.error.empty())
        return usage(io, "montecarlo", o.error);
    if (o.positional.size() != 1)
        return usage(io, "montecarlo", "needs exactly one DEAL.json (or - for standard input)");
    MonteCarloOptions mc;
    if (std::string e = monteCarloOptions(o, mc, 10000); !e.empty())
        return usage(io, "montecarlo", e);
    int code = Ok;
    const std::optional<Deal> deal = loadDeal(o.positional[0], io, code);
    if (!deal)
        return code;
    const MonteCarloResult r = gds::runMonteCarlo(*deal, mc);
    if (!r.errors.empty())
        return printIssues(r.errors, io);
    return finish(io, o.json ? monteCarloJson(r) : monteCarloText(*deal, r));
}

int runSensitivity(const Args &args, Io io)
{
    const Options o = parse(args, {"--shock", "--sort"});
    if (o.help)
        return finish(io, std::string(kSensitivityUsage));
    if (!o.error.empty())
        return usage(io, "sensitivity", o.error);
    if (o.positional.size() != 1)
        return usage(io, "sensitivity", "needs exactly one DEAL.json (or - for standard input)");
    std::vector<Shock> shocks = defaultShocks();
    for (const auto &[name, value] : o.values) {
        if (name != "--shock")
            continue;
        const std::size_t eq = value.find('=');
        const std::optional<ShockKind> kind =
            eq == std::string::npos ? std::nullopt : shockKindFromKey(std::string_view(value).substr(0, eq));
        const auto range =
            eq == std::string::npos ? std::nullopt : parsePair(std::string_view(value).substr(eq + 1));
        if (!kind || !range)
            return usage(io, "sensitivity",
                         "--shock needs KEY=LOW,HIGH with a known KEY and two numbers, not '" + value + "'");
        for (Shock &s : shocks)
            if (s.kind == *kind) {
                s.low = range->first;
                s.high = range->second;
            }
    }
    TornadoMetric sortBy = TornadoMetric::MinDscr;
    std::string sortKey = "min_dscr";
    if (const std::string *v = o.last("--sort")) {
        sortKey = *v;
        if (*v == "equity_irr")
            sortBy = TornadoMetric::EquityIrr;
        else if (*v == "debt")
            sortBy = TornadoMetric::Debt;
        else if (*v != "min_dscr")
            return usage(io, "sensitivity", "--sort takes min_dscr, equity_irr or debt, not '" + *v + "'");
    }
    int code = Ok;
    const std::optional<Deal> deal = loadDeal(o.positional[0], io, code);
    if (!deal)
        return code;
    const std::vector<TornadoBar> bars = tornado(*deal, shocks, sortBy);
    if (!bars.empty() && !bars.front().base.computable) {
        io.err << bars.front().base.problem << '\n';
        return InvalidInput;
    }
    const TornadoPoint base = bars.empty() ? TornadoPoint{} : bars.front().base;

    if (o.json) {
        std::string s = "{\n  \"format\": \"gpudeal-sensitivity/1\",\n  \"sort\": " + jsonString(sortKey) +
                        ",\n  \"base\": {\"min_dscr\": " + num(base.minDscr) +
                        ", \"equity_irr\": " + num(base.equityIrr) + ", \"debt\": " + num(base.debt) +
                        "},\n  \"bars\": [";
        for (std::size_t i = 0; i < bars.size(); ++i) {
            const TornadoBar &b = bars[i];
            s += (i == 0 ? "\n    " : ",\n    ");
            s += "{\"key\": " + jsonString(b.shock.key) + ", \"label\": " + jsonString(b.shock.label) +
                 ", \"unit\": " + (isRelative(b.shock.kind) ? "\"relative\"" : "\"points\"") +
                 ",\n     \"low\": " + pointJson(b.low) + ",\n     \"high\": " + pointJson(b.high) +
                 ",\n     \"swing\": " + num(b.swing(sortBy)) +
                 ", \"note\": " + (b.note.empty() ? std::string("null") : jsonString(b.note)) + "}";
        }
        s += bars.empty() ? "]\n}\n" : "\n  ]\n}\n";
        return finish(io, s);
    }
    std::string s = "Sensitivities: " + deal->name + "\nBase case: min DSCR " + multiple(base.minDscr) +
                    ", equity IRR " + percent(base.equityIrr, 2) + ", debt " + money(*deal, base.debt) + "\n";
    s += "Each end is the shocked deal recomputed in full (min DSCR / equity IRR / debt); sorted by the " +
         sortKey + " swing.\n\n";
    Table t{{false, true, false, true, false},
            {{"Input", "Low", "Min DSCR / equity IRR / debt", "High", "Min DSCR / equity IRR / debt"}}};
    std::vector<std::string> notes;
    for (const TornadoBar &b : bars) {
        t.rows.push_back({b.shock.label, shockText(b.shock, b.low.amount), endText(*deal, b.low),
                          shockText(b.shock, b.high.amount), endText(*deal, b.high)});
        for (const TornadoPoint *p : {&b.low, &b.high})
            if (!p->computable)
                notes.push_back(b.shock.label + " " + shockText(b.shock, p->amount) + ": " + p->problem);
        if (!b.note.empty())
            notes.push_back(b.shock.label + ": " + b.note);
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
    const Options o =
        parse(args, {"--target", "--vary", "--between", "--paths", "--seed", "--threads"}, {"--hold-debt"});
    if (o.help)
        return finish(io, std::string(kSolveUsage));
    if (!o.error.empty())
        return usage(io, "solve", o.error);
    if (o.positional.size() != 1)
        return usage(io, "solve", "needs exactly one DEAL.json (or - for standard input)");
    SeekRequest req;
    const std::string *target = o.last("--target"), *vary = o.last("--vary");
    if (!target || !vary)
        return usage(io, "solve", "needs --target METRIC=VALUE and --vary VARIABLE");
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
        else
            return usage(io, "solve",
                         "--target takes min_dscr, equity_irr or p90_min_dscr, not '" + *target + "'");
        if (!value)
            return usage(io, "solve", "--target needs METRIC=VALUE with a number, not '" + *target + "'");
        req.targetValue = *value;
    }
    {
        const std::size_t colon = vary->find(':');
        const std::string variable = vary->substr(0, colon);
        std::optional<int> index;
        if (colon != std::string::npos) {
            index = parseInteger<int>(std::string_view(*vary).substr(colon + 1), 0, 1'000'000);
            if (!index)
                return usage(io, "solve", "--vary needs a whole-number index after ':', not '" + *vary + "'");
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
            return usage(io, "solve",
                         "--vary takes contract_price[:INDEX], swap_strike:INDEX or debt, not '" + *vary +
                             "'");
        }
    }
    if (const std::string *v = o.last("--between")) {
        const auto range = parsePair(*v);
        if (!range || !(range->first < range->second))
            return usage(io, "solve", "--between needs LO,HI with LO < HI, not '" + *v + "'");
        req.lower = range->first;
        req.upper = range->second;
    }
    req.holdDebt = o.flag("--hold-debt");
    MonteCarloOptions mc;
    if (std::string e = monteCarloOptions(o, mc, 2000); !e.empty())
        return usage(io, "solve", e);
    req.mcPaths = mc.paths;
    req.mcSeed = mc.seed;
    req.mcThreads = mc.threads;

    int code = Ok;
    const std::optional<Deal> deal = loadDeal(o.positional[0], io, code);
    if (!deal)
        return code;
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
        s += "  \"message\": " + jsonString(r.message) + "\n}\n";
        return finish(io, s);
    }
    const bool irr = req.target == SeekTarget::EquityIrr;
    auto metricText = [&](const std::optional<double> &v) {
        return irr ? percent(v, 4) : (v ? fixed(*v, 6) + "x" : "n/a");
    };
    std::string s = "Goal seek: " + deal->name + "\n";
    Table t{{false, false}, {{"", "Value"}}};
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
    s += t.render() + "\n" + r.message + "\n";
    return finish(io, s);
}

} // namespace gds::cli
