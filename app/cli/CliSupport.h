// What every gpudeal-cli command file needs: writing the answer, usage errors, option parsing,
// reading a deal from a path or standard input (with its issues on stderr and the exit code of
// cli.md), whole-number parsing, number text and plain-text tables. One version of each, so that the
// commands speak with one voice.
#pragma once

#include "Cli.h"
#include "engine/NumberText.h"
#include "engine/Result.h"
#include "fs/OutputGuard.h"
#include "model/Deal.h"
#include "model/Issue.h"

#include <charconv>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace gds::cli {

// ---- answers and errors ------------------------------------------------------------------------------

// Writes `text` to standard output and flushes; a failed stream (closed pipe, full disk) becomes
// "gpudeal-cli: cannot write to standard output" and RuntimeFailure, otherwise Ok.
// finish(io, {}) only checks what was written before.
int finish(Io io, std::string_view text);

// A usage error (exit 64): "gpudeal-cli: MESSAGE\nTry 'gpudeal-cli --help'.\n", or with a command word
// ("montecarlo", "db"): "gpudeal-cli montecarlo: MESSAGE\nTry 'gpudeal-cli montecarlo --help'.\n".
int usageError(Io io, const std::string &message, std::string_view command = {});

// Each issue on its own stderr line (Issue::text()), after `prefix`; returns InvalidInput.
int printIssues(const Issues &issues, Io io, std::string_view prefix = {});

// Writes an output file, or standard output when `path` is "-": checkOutput() first (the target is
// not an input, a workspace or a folder), then fs::writeFile (temporary file, fsync, rename). A
// refusal or failure is one stderr line "gpudeal-cli: ..." and RuntimeFailure; the target is untouched.
int writeOutput(Io io, const std::string &path, std::string_view bytes, const fs::OutputCheck &check);

// The deal with every text field made terminal-safe (fs::terminalSafe), for human-readable output.
Deal forDisplay(const Deal &deal);

// ---- options -----------------------------------------------------------------------------------------

struct OptionSpec {
    std::string_view name;    // canonical, e.g. "--output"
    std::string_view alias{}; // e.g. "-o", or empty
    bool takesValue = true;   // false: a flag such as "--hold-debt" (given alone, never "=value")
};

struct ParsedArgs {
    std::vector<std::string> positional;
    std::vector<std::pair<std::string, std::string>> values; // canonical name -> value, in order given
    std::vector<std::string> flags;                          // canonical names of the flags given
    bool json = false;
    bool help = false;
    std::string error; // non-empty: a usage error ("unknown option '-x'", "option '--n' needs a value")

    const std::string *last(std::string_view name) const; // the last value given, or nullptr
    bool flag(std::string_view name) const;
};

// The grammar of the compute and risk commands: positional arguments and options in any order;
// "--name=value" and "--name value"; "--" ends the options; a lone "-" is a positional argument
// (standard input); "--help"/"-h" anywhere; "--json" when `jsonAllowed` (otherwise an unknown option).
// Stops at the first problem.
ParsedArgs parseArgs(std::span<const std::string> args, std::span<const OptionSpec> options,
                     bool jsonAllowed = true);

// ---- reading a deal ------------------------------------------------------------------------------------

// How a command words the problems of reading a deal. The commands differ (for historical reasons,
// kept byte for byte): compute/compare prefix every line with "" or "FILE: " and say "cannot read
// standard input"; risk, export and db say "gpudeal-cli: cannot read standard input".
struct DealInputStyle {
    std::string_view linePrefix{};    // before every stderr line (compare: "A.json: ")
    std::string_view ownPrefix{};     // before the reader's own messages, after linePrefix
    std::string_view ioIssuePrefix{}; // before the issue of an I/O failure (db import: "gpudeal-cli: ")
};

struct LoadedDeal {
    std::optional<Deal> deal; // set when code is Ok
    int code = Ok;            // RuntimeFailure: I/O; InvalidInput: the deal has issues
};

// Reads and validates a deal from a file, or from io.in when `path` is "-". Problems go to stderr.
LoadedDeal loadDeal(const std::string &path, Io io, const DealInputStyle &style = {});

struct ComputedDeal {
    std::optional<Deal> deal;
    Result result;
    int code = Ok; // as loadDeal, and InvalidInput when the engine refuses (its errors on stderr)
};

// loadDeal, then the engine; the engine's errors go to stderr after style.linePrefix.
ComputedDeal loadAndCompute(const std::string &path, Io io, const DealInputStyle &style = {});

// ---- numbers in, numbers out -----------------------------------------------------------------------------

// A whole number in [lo, hi] and nothing else (no sign '+', no spaces), or nullopt.
template <typename T> std::optional<T> parseInteger(std::string_view text, T lo, T hi)
{
    T v{};
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size() || v < lo || v > hi)
        return std::nullopt;
    return v;
}

// fixed() and grouped(): engine/NumberText.h.

// ---- plain-text tables ----------------------------------------------------------------------------------

// Columns a UTF-8 string takes (continuation bytes take none).
std::size_t displayWidth(std::string_view s);

// At most `maxWidth` columns, with "..." when cut.
std::string truncated(const std::string &s, std::size_t maxWidth);

// Columns padded to their widest cell, right-aligned where asked, two spaces between columns, trailing
// spaces trimmed, and (when `header`) a rule of dashes under the first row.
struct TextTable {
    std::vector<bool> right; // per column
    std::vector<std::vector<std::string>> rows;
    bool header = true;

    std::string render(std::string_view indent = "  ") const;
};

} // namespace gds::cli
