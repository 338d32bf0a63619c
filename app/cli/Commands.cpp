// gpudeal-cli core commands (cli.md): sample, validate, compute, compare, export csv, bench, help,
// version; dispatch of the other command groups. Exit codes: 0 ok, 1 runtime failure, 2 invalid input,
// 64 usage error. Nothing escapes run(): every exception becomes exit 1 with a message.
#include "Cli.h"
#include "CliSupport.h"
#include "engine/Engine.h"
#include "fs/TerminalText.h"
#include "io/Csv.h"
#include "io/DealJson.h"
#include "io/ResultJson.h"
#include "io/SampleDeal.h"
#include "model/Enums.h"
#include "Summary.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <new>
#include <ostream>
#include <span>
#include <string_view>

namespace gds::cli {
namespace {

constexpr std::string_view kUsage = R"(usage: gpudeal-cli COMMAND [ARGUMENTS]

  sample [h100|ddtl]                        print a built-in sample deal: h100 (the default,
                                            gpudeal/1) or ddtl (gpudeal/2: tranches, waterfall)
  validate DEAL.json                        check a deal; prints "ok" or the errors
  compute DEAL.json [--json]                readable summary, or the gpudeal-result/2 document
  compare A.json B.json ... [--json]        key metrics of several structures side by side
  export csv DEAL.json -o CASHFLOWS.csv     the period table
  export pdf DEAL.json -o TERM_SHEET.pdf    the indicative term sheet
  export xlsx DEAL.json -o MODEL.xlsx       the auditable workbook
                                            (-o - : standard output; --force replaces the input
                                            file; a workspace is never replaced)
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

// ---- commands -----------------------------------------------------------------------------------------

int cmdSample(std::span<const std::string> args, Io io)
{
    const ParsedArgs o = parseArgs(args, {}, false);
    if (o.help)
        return finish(io, kUsage);
    if (!o.error.empty())
        return usageError(io, o.error);
    if (o.positional.size() > 1)
        return usageError(io, "sample takes at most one argument: h100 or ddtl");
    if (o.positional.empty() || o.positional[0] == "h100")
        return finish(io, sampleDealJson());
    if (o.positional[0] == "ddtl")
        return finish(io, sampleDealDdtlJson());
    return usageError(io, "unknown sample '" + o.positional[0] + "': use h100 or ddtl");
}

// One positional DEAL argument, no value options.
int singleDeal(std::string_view command, std::span<const std::string> args, bool jsonAllowed, Io io,
               ParsedArgs &o)
{
    o = parseArgs(args, {}, jsonAllowed);
    if (!o.error.empty())
        return usageError(io, o.error);
    if (o.positional.size() != 1)
        return usageError(io,
                          std::string(command) + " needs exactly one DEAL.json (or - for standard input)");
    return Ok;
}

int cmdValidate(std::span<const std::string> args, Io io)
{
    ParsedArgs o;
    if (int code = singleDeal("validate", args, false, io, o); code != Ok || o.help)
        return o.help ? finish(io, kUsage) : code;
    // "ok" promises that compute will succeed too, so the engine's own checks (debt.sizing) run here.
    ComputedDeal l = loadAndCompute(o.positional[0], io);
    if (l.code != Ok)
        return l.code;
    return finish(io, "ok\n");
}

int cmdCompute(std::span<const std::string> args, Io io)
{
    ParsedArgs o;
    if (int code = singleDeal("compute", args, true, io, o); code != Ok || o.help)
        return o.help ? finish(io, kUsage) : code;
    ComputedDeal l = loadAndCompute(o.positional[0], io);
    if (l.code != Ok)
        return l.code;
    return finish(io, o.json ? writeResultJson(l.result) : computeSummary(forDisplay(*l.deal), l.result));
}

int cmdCompare(std::span<const std::string> args, Io io)
{
    const ParsedArgs o = parseArgs(args, {});
    if (o.help)
        return finish(io, kUsage);
    if (!o.error.empty())
        return usageError(io, o.error);
    if (o.positional.empty())
        return usageError(io, "compare needs at least one DEAL.json");
    std::vector<ComputedDeal> deals;
    bool ioFailure = false, invalid = false;
    for (const std::string &file : o.positional) {
        const std::string prefix = file + ": ";
        DealInputStyle style;
        style.linePrefix = prefix;
        deals.push_back(loadAndCompute(file, io, style));
        ioFailure = ioFailure || deals.back().code == RuntimeFailure;
        invalid = invalid || deals.back().code == InvalidInput;
    }
    if (ioFailure)
        return RuntimeFailure;
    if (invalid)
        return InvalidInput;
    if (!o.json) {
        std::vector<std::string> files;
        std::vector<Deal> shown;
        for (std::size_t i = 0; i < deals.size(); ++i) {
            files.push_back(fs::terminalSafe(o.positional[i]));
            shown.push_back(forDisplay(*deals[i].deal));
        }
        std::vector<ComparedStructure> structures;
        for (std::size_t i = 0; i < deals.size(); ++i)
            structures.push_back({files[i], shown[i], deals[i].result});
        return finish(io, compareTable(structures));
    }
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
    static constexpr std::array<OptionSpec, 2> options{{{"--output", "-o"}, {"--force", {}, false}}};
    const ParsedArgs o = parseArgs(args, options, false);
    if (o.help)
        return finish(io, kUsage);
    if (!o.error.empty())
        return usageError(io, o.error);
    if (o.positional.size() != 1)
        return usageError(io, "export csv needs exactly one DEAL.json (or - for standard input)");
    const std::string *output = o.last("--output");
    if (!output || output->empty())
        return usageError(io, "export csv needs -o FILE.csv");
    ComputedDeal l = loadAndCompute(o.positional[0], io);
    if (l.code != Ok)
        return l.code;
    return writeOutput(io, *output, writePeriodCsv(l.result), {{o.positional[0]}, o.flag("--force")});
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

int cmdBench(std::span<const std::string> args, Io io)
{
    static constexpr std::array<OptionSpec, 1> options{{{"--iterations", "-n"}}};
    const ParsedArgs o = parseArgs(args, options);
    if (o.help)
        return finish(io, kUsage);
    if (!o.error.empty())
        return usageError(io, o.error);
    if (o.positional.size() != 1)
        return usageError(io, "bench needs exactly one DEAL.json (or - for standard input)");
    int iterations = 1000;
    if (const std::string *text = o.last("--iterations")) {
        const std::optional<int> n = parseInteger<int>(*text, 1, kMaxIterations);
        if (!n)
            return usageError(io, "--iterations needs a whole number from 1 to " +
                                      std::to_string(kMaxIterations) + ", not '" + *text + "'");
        iterations = *n;
    }
    ComputedDeal l = loadAndCompute(o.positional[0], io); // also the warm-up
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
            return printIssues(r.errors, io);
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
    return finish(io, "deal        " + fs::terminalSafe(l.deal->name) + "\niterations  " +
                          std::to_string(iterations) + " full recomputes after one warm-up\nmedian      " +
                          fixed(median, 1) + " us\np99         " + fixed(p99, 1) + " us\n");
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
