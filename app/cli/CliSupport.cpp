// The shared helpers of the gpudeal-cli commands (see CliSupport.h).
#include "CliSupport.h"

#include "engine/Engine.h"
#include "fs/SafeFile.h"
#include "fs/TerminalText.h"
#include "io/DealJson.h"
#include "io/MessageText.h"
#include "io/ResultJson.h"
#include "ResultCheck.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <istream>
#include <ostream>

namespace gds::cli {

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

int writeOutput(Io io, const std::string &path, std::string_view bytes, const fs::OutputCheck &check)
{
    if (path == "-")
        return finish(io, bytes);
    std::string problem = fs::checkOutput(path, check);
    if (problem.empty())
        problem = fs::writeFile(path, bytes);
    if (!problem.empty()) {
        io.err << "gpudeal-cli: " << fs::terminalSafe(problem) << '\n';
        return RuntimeFailure;
    }
    return Ok;
}

Deal forDisplay(const Deal &deal)
{
    Deal d = deal;
    for (std::string *s :
         {&d.name, &d.sponsor, &d.currency, &d.notes, &d.cluster.gpuModel, &d.market.index, &d.debt.name})
        *s = fs::terminalSafe(*s);
    for (CapexItem &c : d.capex)
        c.description = fs::terminalSafe(c.description);
    for (OfftakeContract &o : d.offtake)
        o.counterparty = fs::terminalSafe(o.counterparty);
    return d;
}

int usageError(Io io, const std::string &message, std::string_view command)
{
    const std::string who =
        command.empty() ? std::string("gpudeal-cli") : "gpudeal-cli " + std::string(command);
    io.err << who << ": " << message << "\nTry '" << who << " --help'.\n";
    return Usage;
}

int printIssues(const Issues &issues, Io io, std::string_view prefix)
{
    for (const Issue &issue : issues)
        io.err << fs::terminalSafe(prefix) << fs::terminalSafe(issueText(issue)) << '\n';
    return InvalidInput;
}

// ---- options -----------------------------------------------------------------------------------------

const std::string *ParsedArgs::last(std::string_view name) const
{
    for (auto it = values.rbegin(); it != values.rend(); ++it)
        if (it->first == name)
            return &it->second;
    return nullptr;
}

bool ParsedArgs::flag(std::string_view name) const
{
    return std::find(flags.begin(), flags.end(), name) != flags.end();
}

ParsedArgs parseArgs(std::span<const std::string> args, std::span<const OptionSpec> options, bool jsonAllowed)
{
    const auto named = [](std::string_view name, bool takesValue) {
        return [name, takesValue](const OptionSpec &o) {
            return o.takesValue == takesValue && (name == o.name || (!o.alias.empty() && name == o.alias));
        };
    };
    ParsedArgs p;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (optionsEnded || a == "-" || a.empty() || a[0] != '-') {
            p.positional.push_back(a);
            continue;
        }
        if (a == "--") {
            optionsEnded = true;
            continue;
        }
        if (a == "--help" || a == "-h") {
            p.help = true;
            continue;
        }
        if (a == "--json" && jsonAllowed) {
            p.json = true;
            continue;
        }
        if (const auto f = std::find_if(options.begin(), options.end(), named(a, false));
            f != options.end()) {
            p.flags.emplace_back(f->name);
            continue;
        }
        const std::size_t eq = a.find('=');
        const auto spec =
            std::find_if(options.begin(), options.end(), named(std::string_view(a).substr(0, eq), true));
        if (spec == options.end()) {
            p.error = "unknown option '" + a + "'";
            return p;
        }
        if (eq != std::string::npos) {
            p.values.emplace_back(spec->name, a.substr(eq + 1));
        } else if (i + 1 < args.size()) {
            p.values.emplace_back(spec->name, args[++i]);
        } else {
            p.error = "option '" + a + "' needs a value";
            return p;
        }
    }
    return p;
}

// ---- reading a deal ------------------------------------------------------------------------------------

namespace {

// Standard input, up to one chunk past the size limit (readDeal refuses it then): a huge or endless
// input is never held in memory.
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

} // namespace

LoadedDeal loadDeal(const std::string &path, Io io, const DealInputStyle &style)
{
    LoadedDeal l;
    const auto say = [&](std::string_view message) {
        io.err << fs::terminalSafe(style.linePrefix) << style.ownPrefix << fs::terminalSafe(message) << '\n';
    };
    DealReadResult read;
    if (path == "-") {
        std::optional<std::string> bytes = readStream(io.in);
        if (!bytes) {
            say("cannot read standard input");
            l.code = RuntimeFailure;
            return l;
        }
        read = readDeal(*bytes);
    } else {
        DealFileResult file = readDealFile(path);
        if (file.ioError) {
            for (const Issue &issue : file.issues)
                io.err << fs::terminalSafe(style.linePrefix) << style.ioIssuePrefix
                       << fs::terminalSafe(issueText(issue)) << '\n';
            if (file.issues.empty())
                say("cannot read '" + path + "'");
            l.code = RuntimeFailure;
            return l;
        }
        read = std::move(file);
    }
    if (!read.deal || !read.issues.empty()) {
        printIssues(read.issues, io, style.linePrefix);
        if (read.issues.empty())
            say("the deal could not be read");
        l.code = InvalidInput;
        return l;
    }
    l.deal = std::move(read.deal);
    return l;
}

ComputedDeal loadAndCompute(const std::string &path, Io io, const DealInputStyle &style)
{
    ComputedDeal c;
    LoadedDeal l = loadDeal(path, io, style);
    c.code = l.code;
    if (l.code != Ok)
        return c;
    c.deal = std::move(l.deal);
    c.result = compute(*c.deal);
    if (!c.result.ok())
        c.code = printIssues(c.result.errors, io, style.linePrefix);
    else if (const Issues bad = nonFiniteNumbers(c.result); !bad.empty())
        c.code = printIssues(bad, io, style.linePrefix);
    return c;
}

// ---- plain-text tables ----------------------------------------------------------------------------------

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

std::string TextTable::render(std::string_view indent) const
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

} // namespace gds::cli
