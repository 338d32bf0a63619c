// gpudeal-cli core commands (cli.md): sample, validate, compute, compare, export csv, bench, help,
// version; dispatch of the other command groups. Exit codes: 0 ok, 1 runtime failure, 2 invalid input,
// 64 usage error. Nothing escapes run(): every exception becomes exit 1 with a message.
#include "Cli.h"
#include "engine/Engine.h"
#include "io/Csv.h"
#include "io/DealJson.h"
#include "io/ResultJson.h"
#include "io/SampleDeal.h"
#include "model/Enums.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>
#include <functional>
#include <istream>
#include <map>
#include <new>
#include <optional>
#include <ostream>
#include <span>
#include <string_view>

namespace gds::cli {
namespace {

constexpr std::string_view kUsage = R"(usage: gpudeal-cli COMMAND [ARGUMENTS]

  sample                                    print the built-in sample deal (gpudeal/1 JSON)
  validate DEAL.json                        check a deal; prints "ok" or the errors
  compute DEAL.json [--json]                readable summary, or the gpudeal-result/1 document
  compare A.json B.json ... [--json]        key metrics of several structures side by side
  export csv DEAL.json -o CASHFLOWS.csv     the period table
  export pdf DEAL.json -o TERM_SHEET.pdf    the indicative term sheet
  export xlsx DEAL.json -o MODEL.xlsx       the auditable workbook
  montecarlo DEAL.json [--paths N] [--seed S] [--threads T] [--json]
  sensitivity DEAL.json [--json]            tornado of min DSCR, equity IRR and debt
  solve DEAL.json --target M=V --vary X     goal seek (see gpudeal-cli solve --help)
  db list|import|export|history|restore|scenario|tag|delete|undelete|empty-bin|backup ...
                                            the workspace (see gpudeal-cli db --help) [--db FILE]
  bench DEAL.json [--iterations N] [--json] time the full recompute (median and p99 microseconds)
  help, --help                              this text
  --version                                 the program version

DEAL.json may be "-" for standard input.
Exit codes: 0 success, 1 runtime failure (I/O), 2 invalid input, 64 usage error.
)";

constexpr int kMaxIterations = 10'000'000;

int usageError(Io io, const std::string &message)
{
    io.err << "gpudeal-cli: " << message << "\nTry 'gpudeal-cli --help'.\n";
    return Usage;
}

// Writes to standard output and reports a failed stream (closed pipe, full disk) as exit 1.
int finish(Io io, std::string_view text)
{
    io.out << text;
    io.out.flush();
    if (!io.out) {
        io.err << "gpudeal-cli: cannot write to standard output\n";
        return RuntimeFailure;
    }
    return Ok;
}

// ---- options ---------------------------------------------------------------------------------------

struct Options {
    std::vector<std::string> positional;
    std::map<std::string, std::string, std::less<>> values; // canonical option name -> value
    bool json = false;
    bool help = false;
    std::string error; // non-empty: a usage error
};

struct ValueOption {
    std::string_view name;  // canonical, e.g. "--output"
    std::string_view alias; // e.g. "-o", or empty
};

// Positional arguments and options in any order; "--name=value" and "--name value"; "--" ends options;
// a lone "-" is a positional argument (standard input).
Options parseOptions(std::span<const std::string> args, bool jsonAllowed, std::span<const ValueOption> valued)
{
    Options o;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (optionsEnded || a == "-" || a.empty() || a[0] != '-') {
            o.positional.push_back(a);
            continue;
        }
        if (a == "--") {
            optionsEnded = true;
            continue;
        }
        if (a == "--help" || a == "-h") {
            o.help = true;
            continue;
        }
        if (a == "--json" && jsonAllowed) {
            o.json = true;
            continue;
        }
        const std::size_t eq = a.find('=');
        const std::string_view name = std::string_view(a).substr(0, eq);
        const auto spec = std::find_if(valued.begin(), valued.end(), [&](const ValueOption &v) {
            return name == v.name || (!v.alias.empty() && name == v.alias);
        });
        if (spec == valued.end()) {
            o.error = "unknown option '" + a + "'";
            return o;
        }
        if (eq != std::string::npos) {
            o.values[std::string(spec->name)] = a.substr(eq + 1);
        } else if (i + 1 < args.size()) {
            o.values[std::string(spec->name)] = args[++i];
        } else {
            o.error = "option '" + a + "' needs a value";
            return o;
        }
    }
    return o;
}

// ---- reading and computing a deal --------------------------------------------------------------------

int printIssues(const Issues &issues, std::string_view prefix, Io io)
{
    for (const Issue &issue : issues)
        io.err << prefix << issue.text() << '\n';
    return InvalidInput;
}

// Standard input, read up to one byte past the size limit so that readDeal can refuse it.
std::optional<std::string> readStream(std::istream &in)
{
    std::string data;
    std::array<char, 64 * 1024> buf{};
    while (data.size() <= kMaxDealFileBytes) {
        in.read(buf.data(), std::streamsize(buf.size()));
        const std::streamsize got = in.gcount();
        if (got <= 0)
            break;
        data.append(buf.data(), std::size_t(got));
    }
    if (in.bad())
        return std::nullopt;
    return data;
}

struct Loaded {
    std::optional<Deal> deal;
    Result result;
    int code = Ok;
};

// Reads, validates and computes one deal; problems go to stderr, each line prefixed by `prefix`.
Loaded loadAndCompute(const std::string &path, Io io, std::string_view prefix = {})
{
    Loaded l;
    DealReadResult read;
    if (path == "-") {
        std::optional<std::string> bytes = readStream(io.in);
        if (!bytes) {
            io.err << prefix << "cannot read standard input\n";
            l.code = RuntimeFailure;
            return l;
        }
        read = readDeal(*bytes);
    } else {
        DealFileResult file = readDealFile(path);
        if (file.ioError) {
            printIssues(file.issues, prefix, io);
            if (file.issues.empty())
                io.err << prefix << "cannot read '" << path << "'\n";
            l.code = RuntimeFailure;
            return l;
        }
        read = std::move(file);
    }
    if (!read.deal || !read.issues.empty()) {
        printIssues(read.issues, prefix, io);
        if (read.issues.empty())
            io.err << prefix << "the deal could not be read\n";
        l.code = InvalidInput;
        return l;
    }
    l.deal = std::move(read.deal);
    l.result = compute(*l.deal);
    if (!l.result.ok())
        l.code = printIssues(l.result.errors, prefix, io);
    return l;
}

// ---- commands -----------------------------------------------------------------------------------------

int cmdSample(std::span<const std::string> args, Io io)
{
    Options o = parseOptions(args, false, {});
    if (o.help)
        return finish(io, kUsage);
    if (!o.error.empty())
        return usageError(io, o.error);
    if (!o.positional.empty())
        return usageError(io, "sample takes no arguments");
    return finish(io, sampleDealJson());
}

// One positional DEAL argument, no value options.
int singleDeal(std::string_view command, std::span<const std::string> args, bool jsonAllowed, Io io,
               Options &o)
{
    o = parseOptions(args, jsonAllowed, {});
    if (!o.error.empty())
        return usageError(io, o.error);
    if (o.positional.size() != 1)
        return usageError(io,
                          std::string(command) + " needs exactly one DEAL.json (or - for standard input)");
    return Ok;
}

int cmdValidate(std::span<const std::string> args, Io io)
{
    Options o;
    if (int code = singleDeal("validate", args, false, io, o); code != Ok || o.help)
        return o.help ? finish(io, kUsage) : code;
    // "ok" promises that compute will succeed too, so the engine's own checks (debt.sizing) run here.
    Loaded l = loadAndCompute(o.positional[0], io);
    if (l.code != Ok)
        return l.code;
    return finish(io, "ok\n");
}

std::string computeSummary(const Deal &deal, const Result &result); // Summary section below

int cmdCompute(std::span<const std::string> args, Io io)
{
    Options o;
    if (int code = singleDeal("compute", args, true, io, o); code != Ok || o.help)
        return o.help ? finish(io, kUsage) : code;
    Loaded l = loadAndCompute(o.positional[0], io);
    if (l.code != Ok)
        return l.code;
    return finish(io, o.json ? writeResultJson(l.result) : computeSummary(*l.deal, l.result));
}

std::string compareTable(const std::vector<std::string> &files, const std::vector<Loaded> &deals);

int cmdCompare(std::span<const std::string> args, Io io)
{
    Options o = parseOptions(args, true, {});
    if (o.help)
        return finish(io, kUsage);
    if (!o.error.empty())
        return usageError(io, o.error);
    if (o.positional.empty())
        return usageError(io, "compare needs at least one DEAL.json");
    std::vector<Loaded> deals;
    bool ioFailure = false, invalid = false;
    for (const std::string &file : o.positional) {
        deals.push_back(loadAndCompute(file, io, file + ": "));
        ioFailure = ioFailure || deals.back().code == RuntimeFailure;
        invalid = invalid || deals.back().code == InvalidInput;
    }
    if (ioFailure)
        return RuntimeFailure;
    if (invalid)
        return InvalidInput;
    if (!o.json)
        return finish(io, compareTable(o.positional, deals));
    std::string out = "{\n  \"structures\": [";
    for (std::size_t i = 0; i < deals.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        out += "{\"name\": " + jsonString(deals[i].deal->name) +
               ", \"file\": " + jsonString(o.positional[i]) +
               ", \"metrics\": " + writeMetricsJson(deals[i].result.metrics) + "}";
    }
    out += "\n  ]\n}\n";
    return finish(io, out);
}

int cmdExportCsv(std::span<const std::string> args, Io io)
{
    static constexpr std::array<ValueOption, 1> valued{{{"--output", "-o"}}};
    Options o = parseOptions(args, false, valued);
    if (o.help)
        return finish(io, kUsage);
    if (!o.error.empty())
        return usageError(io, o.error);
    if (o.positional.size() != 1)
        return usageError(io, "export csv needs exactly one DEAL.json (or - for standard input)");
    const auto output = o.values.find("--output");
    if (output == o.values.end() || output->second.empty())
        return usageError(io, "export csv needs -o FILE.csv");
    Loaded l = loadAndCompute(o.positional[0], io);
    if (l.code != Ok)
        return l.code;
    const std::string csv = writePeriodCsv(l.result);
    if (output->second == "-")
        return finish(io, csv);
    std::ofstream file(output->second, std::ios::binary | std::ios::trunc);
    if (file)
        file.write(csv.data(), std::streamsize(csv.size()));
    file.close();
    if (!file) {
        const int e = errno;
        io.err << "gpudeal-cli: cannot write '" << output->second << "'"
               << (e != 0 ? std::string(": ") + std::strerror(e) : std::string()) << '\n';
        return RuntimeFailure;
    }
    return Ok;
}

int cmdExport(std::span<const std::string> args, Io io)
{
    if (args.empty())
        return usageError(io, "export needs a format: csv, pdf or xlsx");
    const std::string &format = args[0];
    const Args rest(args.begin() + 1, args.end());
    if (format == "csv")
        return cmdExportCsv(rest, io);
    if (format == "pdf")
        return runExportPdf(rest, io);
    if (format == "xlsx")
        return runExportXlsx(rest, io);
    if (format == "--help" || format == "-h")
        return finish(io, kUsage);
    return usageError(io, "unknown export format '" + format + "' (csv, pdf or xlsx)");
}

std::optional<int> parseCount(std::string_view text, int lo, int hi)
{
    int v = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size() || v < lo || v > hi)
        return std::nullopt;
    return v;
}

int cmdBench(std::span<const std::string> args, Io io)
{
    static constexpr std::array<ValueOption, 1> valued{{{"--iterations", "-n"}}};
    Options o = parseOptions(args, true, valued);
    if (o.help)
        return finish(io, kUsage);
    if (!o.error.empty())
        return usageError(io, o.error);
    if (o.positional.size() != 1)
        return usageError(io, "bench needs exactly one DEAL.json (or - for standard input)");
    int iterations = 1000;
    if (const auto it = o.values.find("--iterations"); it != o.values.end()) {
        const std::optional<int> n = parseCount(it->second, 1, kMaxIterations);
        if (!n)
            return usageError(io, "--iterations needs a whole number from 1 to " +
                                      std::to_string(kMaxIterations) + ", not '" + it->second + "'");
        iterations = *n;
    }
    Loaded l = loadAndCompute(o.positional[0], io); // also the warm-up
    if (l.code != Ok)
        return l.code;

    using Clock = std::chrono::steady_clock;
    std::vector<double> micros;
    micros.reserve(std::size_t(iterations));
    for (int i = 0; i < iterations; ++i) {
        const Clock::time_point t0 = Clock::now();
        const Result r = compute(*l.deal);
        const Clock::time_point t1 = Clock::now();
        if (!r.ok()) // cannot happen for a deterministic engine; it also keeps the result alive
            return printIssues(r.errors, {}, io);
        micros.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    std::sort(micros.begin(), micros.end());
    const std::size_t n = micros.size();
    const double median = n % 2 == 1 ? micros[n / 2] : (micros[n / 2 - 1] + micros[n / 2]) / 2;
    const std::size_t rank = std::size_t(std::ceil(0.99 * double(n))); // nearest rank, 1-based
    const double p99 = micros[std::max<std::size_t>(rank, 1) - 1];

    if (o.json)
        return finish(io, "{\"iterations\": " + std::to_string(iterations) + ", \"median_us\": " +
                              formatNumber(median) + ", \"p99_us\": " + formatNumber(p99) +
                              ", \"deal\": " + jsonString(l.deal->name) + "}\n");
    std::array<char, 64> m{}, q{};
    const auto mEnd = std::to_chars(m.data(), m.data() + m.size(), median, std::chars_format::fixed, 1).ptr;
    const auto qEnd = std::to_chars(q.data(), q.data() + q.size(), p99, std::chars_format::fixed, 1).ptr;
    return finish(io, "deal        " + l.deal->name + "\niterations  " + std::to_string(iterations) +
                          " full recomputes after one warm-up\nmedian      " + std::string(m.data(), mEnd) +
                          " us\np99         " + std::string(q.data(), qEnd) + " us\n");
}

int dispatch(const Args &args, Io io)
{
    if (args.empty()) {
        io.err << kUsage;
        return Usage;
    }
    const std::string &command = args[0];
    const Args rest(args.begin() + 1, args.end());
    if (command == "--help" || command == "-h" || command == "help")
        return finish(io, kUsage);
    if (command == "--version") {
        if (!rest.empty())
            return usageError(io, "--version takes no arguments");
        return finish(io, "gpudeal-cli " GDS_VERSION "\n");
    }
    if (command == "sample")
        return cmdSample(rest, io);
    if (command == "validate")
        return cmdValidate(rest, io);
    if (command == "compute")
        return cmdCompute(rest, io);
    if (command == "compare")
        return cmdCompare(rest, io);
    if (command == "export")
        return cmdExport(rest, io);
    if (command == "bench")
        return cmdBench(rest, io);
    if (command == "db")
        return runDb(rest, io);
    if (command == "montecarlo")
        return runMonteCarlo(rest, io);
    if (command == "sensitivity")
        return runSensitivity(rest, io);
    if (command == "solve")
        return runSolve(rest, io);
    if (!command.empty() && command[0] == '-')
        return usageError(io, "unknown option '" + command + "'");
    return usageError(io, "unknown command '" + command + "'");
}

// ---- readable output ---------------------------------------------------------------------------------

std::size_t displayWidth(std::string_view s)
{
    return std::size_t(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80; // UTF-8 continuation bytes take no column
    }));
}

std::string truncated(const std::string &s, std::size_t maxWidth)
{
    if (displayWidth(s) <= maxWidth)
        return s;
    std::string out;
    std::size_t width = 0;
    for (char c : s) {
        const bool starts = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (starts && ++width > maxWidth - 3)
            break;
        out += c;
    }
    return out + "...";
}

// Fixed decimals with thousands separators, locale independent ("1,234,567.89").
std::string grouped(double v, int decimals)
{
    if (!std::isfinite(v))
        return "n/a";
    std::array<char, 512> buf{};
    const auto [ptr, ec] =
        std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(v), std::chars_format::fixed, decimals);
    if (ec != std::errc())
        return formatNumber(v);
    const std::string digits(buf.data(), ptr);
    const std::size_t intEnd = std::min(digits.find('.'), digits.size());
    std::string out = v < 0 && digits.find_first_of("123456789") != std::string::npos ? "-" : "";
    for (std::size_t i = 0; i < intEnd; ++i) {
        if (i > 0 && (intEnd - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out + digits.substr(intEnd);
}

struct Units {
    std::string currency;

    std::string money(double v, int decimals = 0) const
    {
        if (!std::isfinite(v))
            return "n/a";
        std::string body = grouped(v, decimals);
        const bool negative = !body.empty() && body[0] == '-';
        if (negative)
            body.erase(0, 1);
        return (negative ? "-" : "") + (currency == "USD" ? std::string("$") : currency + " ") + body;
    }
    static std::string percent(double v, int decimals = 2)
    {
        return std::isfinite(v) ? grouped(v * 100, decimals) + " %" : "n/a";
    }
    static std::string multiple(double v) { return std::isfinite(v) ? grouped(v, 2) + "x" : "n/a"; }

    std::string metric(const MetricField &field, const Metrics &m) const
    {
        const std::optional<double> v = field.get(m);
        if (!v || !std::isfinite(*v))
            return "n/a";
        switch (field.unit) {
        case Unit::Money:
            return money(*v);
        case Unit::Percent:
        case Unit::Ratio:
            return percent(*v);
        case Unit::Multiple:
            return multiple(*v);
        case Unit::PricePerHour:
            return money(*v, 2) + "/GPU-h";
        case Unit::Months:
            return grouped(*v, 0) + " months";
        case Unit::Days:
            return grouped(*v, 0) + " days";
        case Unit::Hours:
            return grouped(*v, 0) + " h";
        case Unit::Count:
            return grouped(*v, 0);
        case Unit::Text:
            break;
        }
        return formatNumber(*v);
    }
};

std::string_view metricLabel(std::string_view key)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 27> labels{{
        {"total_capex", "Total capex"},
        {"idc", "Interest during construction"},
        {"upfront_fee", "Upfront fee"},
        {"commitment_fees", "Commitment fees"},
        {"dsra_initial", "Initial DSRA"},
        {"total_uses", "Total uses"},
        {"debt", "Senior debt"},
        {"debt_drawn", "Debt drawn in cash"},
        {"equity", "Equity"},
        {"gearing", "Gearing (debt / uses)"},
        {"ltv", "LTV (debt / capex)"},
        {"coverage", "Contracted + hedged coverage"},
        {"margin", "Margin"},
        {"min_dscr", "Min DSCR"},
        {"avg_dscr", "Average DSCR"},
        {"llcr", "LLCR"},
        {"lender_yield", "Lender all-in yield"},
        {"equity_irr", "Equity IRR"},
        {"project_irr", "Project IRR (unlevered, post-tax)"},
        {"wacc", "WACC"},
        {"npv", "NPV at WACC"},
        {"lcoc", "LCOC"},
        {"spot_headroom", "Spot headroom (fall to DSCR 1.00x)"},
        {"payback_months", "Equity payback"},
        {"lockup_breaches", "Lock-up breaches"},
        {"default_breaches", "Default breaches"},
        {"sizing_iterations", "Sizing iterations"},
    }};
    for (const auto &[k, label] : labels)
        if (k == key)
            return label;
    return key;
}

const MetricField *metricField(std::string_view key)
{
    for (const MetricField &f : metricFields())
        if (key == f.key)
            return &f;
    return nullptr;
}

// Columns padded to their widest cell; numbers right-aligned; a rule under the header row.
struct TextTable {
    std::vector<bool> right; // per column
    std::vector<std::vector<std::string>> rows;
    bool header = true;

    std::string render(std::string_view indent = "  ") const
    {
        std::vector<std::size_t> width(right.size(), 0);
        for (const auto &row : rows)
            for (std::size_t c = 0; c < row.size() && c < width.size(); ++c)
                width[c] = std::max(width[c], displayWidth(row[c]));
        std::size_t total = 0;
        for (std::size_t w : width)
            total += w + 2;
        std::string out;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            std::string line(indent);
            for (std::size_t c = 0; c < rows[r].size() && c < width.size(); ++c) {
                const std::string pad(width[c] - displayWidth(rows[r][c]), ' ');
                line += right[c] ? pad + rows[r][c] : rows[r][c] + pad;
                line += "  ";
            }
            line.erase(line.find_last_not_of(' ') + 1);
            out += line + '\n';
            if (r == 0 && header)
                out += std::string(indent) + std::string(total > 2 ? total - 2 : total, '-') + '\n';
        }
        return out;
    }
};

std::string monthDate(YearMonth ym, int addMonths)
{
    const int index = ym.year * 12 + (ym.month - 1) + addMonths;
    std::array<char, 32> buf{};
    std::snprintf(buf.data(), buf.size(), "%04d-%02d-01", index / 12, index % 12 + 1);
    return buf.data();
}

std::string pricing(const Deal &deal, const Metrics &m)
{
    const Rate &rate = deal.debt.rate;
    if (rate.type == RateType::Fixed)
        return "fixed " + Units::percent(rate.fixedRate);
    std::string base;
    if (!rate.useBaseCurve) {
        base = "base " + Units::percent(rate.baseRate);
    } else if (!rate.baseRateCurve.empty()) {
        const auto [lo, hi] = std::minmax_element(rate.baseRateCurve.begin(), rate.baseRateCurve.end());
        base = "base curve " + Units::percent(*lo) + " to " + Units::percent(*hi) + " by model year";
    } else {
        base = "base curve";
    }
    std::string out = "floating: " + base + " + margin " + (m.margin ? Units::percent(*m.margin) : "n/a");
    if (!rate.useBaseCurve && m.margin)
        out += " = " + Units::percent(rate.baseRate + *m.margin) + " all-in";
    if (rate.useMarginGrid && m.marginStep >= 0 && std::size_t(m.marginStep) < rate.marginGrid.size())
        out += " (grid step " + std::to_string(m.marginStep + 1) + " of " +
               std::to_string(rate.marginGrid.size()) +
               ": coverage >= " + Units::percent(rate.marginGrid[std::size_t(m.marginStep)].minCoverage, 1) +
               ", actual " + Units::percent(m.coverage, 1) + ")";
    else if (!rate.useMarginGrid)
        out += " (flat margin)";
    return out;
}

std::string facility(const Deal &deal, const Metrics &m, const Units &u)
{
    const Debt &d = deal.debt;
    const int c = deal.constructionMonths;
    std::string sizing = "fixed amount";
    if (d.sizing.mode == Sizing::Mode::DscrLtv) {
        const double cap = d.sizing.maxLtv * m.totalCapex;
        const bool ltvBinds = std::fabs(m.debt - cap) <= 1e-6 * std::max(1.0, std::fabs(m.debt));
        sizing = "sized at target DSCR " + Units::multiple(d.sizing.targetDscr) + ", LTV cap " +
                 Units::percent(d.sizing.maxLtv) + ": " + (ltvBinds ? "LTV cap binds" : "DSCR sizing binds");
    }
    TextTable t{{false, false}, {}, false};
    t.rows.push_back({"Amount", u.money(m.debt) + " (" + sizing + ")"});
    t.rows.push_back({"Drawn in cash",
                      u.money(m.debtDrawn) + ", interest during construction capitalized " + u.money(m.idc)});
    t.rows.push_back({"Availability", c == 0 ? "drawn at financial close"
                                             : "draws pro rata to capex from close to COD (" +
                                                   monthDate(deal.start, c) + ")"});
    t.rows.push_back({"Tenor", std::to_string(d.tenorMonths) + " months from COD, final maturity " +
                                   monthDate(deal.start, c + d.tenorMonths)});
    t.rows.push_back(
        {"Repayment profile", std::string(toString(d.profile)) +
                                  (d.profile == Profile::Bullet ? " (balloon assumed refinanced)" : "")});
    t.rows.push_back({"Pricing", pricing(deal, m)});
    t.rows.push_back({"Day count", std::string(toString(d.dayCount))});
    t.rows.push_back(
        {"Upfront fee", Units::percent(d.upfrontFee) + " of the facility (" + u.money(m.upfrontFee) + ")"});
    t.rows.push_back({"Commitment fee", Units::percent(d.commitmentFee) + " p.a. on the undrawn amount (" +
                                            u.money(m.commitmentFees) + ")"});
    t.rows.push_back({"DSRA", d.dsraMonths == 0 ? std::string("none")
                                                : std::to_string(d.dsraMonths) + " months of debt service (" +
                                                      u.money(m.dsraInitial) + " funded at COD)"});
    t.rows.push_back({"Covenants", "lock-up DSCR " + Units::multiple(d.covenants.lockupDscr) +
                                       ", default DSCR " + Units::multiple(d.covenants.defaultDscr)});
    return "\nFacility: " + d.name + "\n" + t.render();
}

std::string annualSchedule(const PeriodTable &t, const Units &u)
{
    std::size_t n = std::size_t(std::max(t.size(), 0));
    for (const auto *v : {&t.year, &t.month})
        n = std::min(n, v->size());
    for (const auto *v : {&t.contractRevenue, &t.merchantRevenue, &t.ebitda, &t.cfads, &t.debtService,
                          &t.interest, &t.principal, &t.balance, &t.dscr})
        n = std::min(n, v->size());
    TextTable table{{false, false, true, true, true, true, true, true, true, true}, {}, true};
    table.rows.push_back({"Year", "Months", "Revenue", "EBITDA", "CFADS", "Debt service", "Interest",
                          "Principal", "Closing balance", "Min DSCR"});
    auto ym = [&](std::size_t p) {
        std::array<char, 16> buf{};
        std::snprintf(buf.data(), buf.size(), "%04d-%02d", t.year[p], t.month[p]);
        return std::string(buf.data());
    };
    for (std::size_t first = 0; first < n;) {
        const std::size_t year = first == 0 ? 0 : (first - 1) / 12;
        std::size_t last = first;
        while (last + 1 < n && (last + 1 - 1) / 12 == year)
            ++last;
        double revenue = 0, ebitda = 0, cfads = 0, ds = 0, interest = 0, principal = 0;
        double minDscr = kNull;
        for (std::size_t p = first; p <= last; ++p) {
            revenue += t.contractRevenue[p] + t.merchantRevenue[p];
            ebitda += t.ebitda[p];
            cfads += t.cfads[p];
            ds += t.debtService[p];
            interest += t.interest[p];
            principal += t.principal[p];
            if (!isNull(t.dscr[p]) && (isNull(minDscr) || t.dscr[p] < minDscr))
                minDscr = t.dscr[p];
        }
        table.rows.push_back({std::to_string(year + 1), ym(first) + ".." + ym(last), u.money(revenue),
                              u.money(ebitda), u.money(cfads), u.money(ds), u.money(interest),
                              u.money(principal), u.money(t.balance[last]), Units::multiple(minDscr)});
        first = last + 1;
    }
    return "\nAnnual summary (model years from financial close)\n" + table.render();
}

std::string computeSummary(const Deal &deal, const Result &result)
{
    const Metrics &m = result.metrics;
    const Units u{deal.currency};
    const int c = deal.constructionMonths;
    std::string out = deal.name + "\n";
    if (!deal.sponsor.empty())
        out += "Sponsor: " + deal.sponsor + "\n";
    out += "Financial close " + monthDate(deal.start, 0) + ", construction " + std::to_string(c) +
           " months, COD " + monthDate(deal.start, c) + ", operations " +
           std::to_string(deal.operatingMonths) + " months to " + monthDate(deal.start, deal.periodCount()) +
           "\n";
    out += "Cluster: " + grouped(deal.cluster.gpus, 0) + " x " + deal.cluster.gpuModel + ", availability " +
           Units::percent(deal.cluster.availability, 1) + "; amounts in " + deal.currency + "\n";

    TextTable su{{false, true, true}, {}, true};
    auto share = [&](double v) { return m.totalUses != 0 ? Units::percent(v / m.totalUses, 1) : "n/a"; };
    su.rows.push_back({"Uses", "Amount", "Share"});
    for (const char *key :
         {"total_capex", "idc", "upfront_fee", "commitment_fees", "dsra_initial", "total_uses"}) {
        const double v = metricField(key)->get(m).value_or(kNull);
        su.rows.push_back({std::string(metricLabel(key)), u.money(v), share(v)});
    }
    su.rows.push_back({"Sources", "", ""});
    su.rows.push_back({"Senior debt", u.money(m.debt), share(m.debt)});
    su.rows.push_back({"Equity", u.money(m.equity), share(m.equity)});
    su.rows.push_back({"Total sources", u.money(m.debt + m.equity), share(m.debt + m.equity)});
    out += "\nSources and uses\n" + su.render();

    out += facility(deal, m, u);

    TextTable km{{false, true}, {}, false};
    for (const char *key : {"min_dscr", "avg_dscr", "llcr", "lender_yield", "wacc", "equity_irr",
                            "project_irr", "npv", "lcoc", "spot_headroom", "payback_months",
                            "lockup_breaches", "default_breaches", "gearing", "ltv", "coverage"}) {
        const MetricField *f = metricField(key);
        km.rows.push_back({std::string(metricLabel(key)), f ? u.metric(*f, m) : "n/a"});
    }
    if (!deal.offtake.empty()) {
        const auto [lo, hi] = std::minmax_element(deal.offtake.begin(), deal.offtake.end(),
                                                  [](const OfftakeContract &a, const OfftakeContract &b) {
                                                      return a.pricePerGpuHour < b.pricePerGpuHour;
                                                  });
        km.rows.push_back({"  vs contract prices", u.money(lo->pricePerGpuHour, 2) + " to " +
                                                       u.money(hi->pricePerGpuHour, 2) + "/GPU-h"});
    }
    km.rows.push_back({"  vs spot index today", u.money(deal.market.spotPricePerGpuHour, 2) + "/GPU-h"});
    out += "\nKey metrics\n" + km.render();

    out += annualSchedule(result.periods, u);

    if (result.warnings.empty()) {
        out += "\nWarnings: none\n";
    } else {
        out += "\nWarnings:\n";
        for (const std::string &w : result.warnings)
            out += "  - " + w + "\n";
    }
    return out;
}

std::string compareTable(const std::vector<std::string> &files, const std::vector<Loaded> &deals)
{
    TextTable t{{false}, {}, true};
    std::vector<std::string> header{"Metric"};
    for (const Loaded &l : deals) {
        t.right.push_back(true);
        header.push_back(truncated(l.deal->name, 28));
    }
    t.rows.push_back(std::move(header));
    for (const MetricField &f : metricFields()) {
        std::vector<std::string> row{std::string(metricLabel(f.key))};
        for (const Loaded &l : deals)
            row.push_back(Units{l.deal->currency}.metric(f, l.result.metrics));
        t.rows.push_back(std::move(row));
    }
    std::string out = t.render("");
    out += "\nStructures:\n";
    for (std::size_t i = 0; i < deals.size(); ++i)
        out += "  " + std::to_string(i + 1) + ". " + deals[i].deal->name + " (" + files[i] + ")\n";
    return out;
}

} // namespace

int run(const Args &args, Io io)
{
    try {
        return dispatch(args, io);
    } catch (const std::bad_alloc &) {
        io.err << "gpudeal-cli: out of memory\n";
    } catch (const std::exception &e) {
        io.err << "gpudeal-cli: internal error: " << e.what() << '\n';
    } catch (...) {
        io.err << "gpudeal-cli: internal error\n";
    }
    return RuntimeFailure;
}

} // namespace gds::cli
