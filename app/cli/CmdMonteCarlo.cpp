// gpudeal-cli montecarlo (cli.md; engine.md section 8): the readable summary or the
// gpudeal-montecarlo document (/2 for a gpudeal/2 deal, /1 otherwise), --no-defaults and
// --no-waterfall. Exit codes as the other risk commands (CmdRisk.cpp).
#include "Cli.h"
#include "CliSupport.h"
#include "engine/Calendar.h"
#include "engine/MonteCarlo.h"
#include "fs/TerminalText.h"
#include "RiskSupport.h"

#include <array>
#include <cstdio>
#include <optional>
#include <ostream>
#include <string_view>

namespace gds::cli {

using namespace risk;

namespace {

constexpr std::string_view kMonteCarloUsage =
    R"(usage: gpudeal-cli montecarlo DEAL.json [--paths N] [--seed S] [--threads T] [--no-defaults]
                                [--no-waterfall] [--json]

The spot-price Monte Carlo of engine.md section 8: mean-reverting log paths of the spot index around
its forward curve; per path CFADS, DSCRs, the reserve (or the deal's cash waterfall) and the equity
IRR; with a credit block, offtaker defaults (one-factor Gaussian copula by rating).
  --paths N        number of paths, 1 to 1,000,000 (default 10000)
  --seed S         seed of the random streams, 0 to 2^64-1 (default 1); same seed, same numbers
  --threads T      worker threads, 1 to 256 (default: every core); the numbers do not depend on it
  --no-defaults    leave the offtaker defaults out (the deal without its credit block)
  --no-waterfall   leave the cash waterfall out (the deal and its base case without debt.waterfall)
  --json           the gpudeal-montecarlo document (/2 for a gpudeal/2 deal, /1 otherwise) instead
                   of the readable summary
)";

std::string monthLabel(YearMonth start, int period) // period >= 1: the calendar month start + (p - 1)
{
    const YearMonth month = periodMonth(start, period);
    std::array<char, 32> buf{};
    std::snprintf(buf.data(), buf.size(), "%04d-%02d", month.year, month.month);
    return buf.data();
}

// ---- montecarlo ------------------------------------------------------------------------------------------

// A gpudeal/2 deal gets the gpudeal-montecarlo/2 document with the v2 figures; a gpudeal/1 deal
// keeps the /1 document it always had.
std::string monteCarloJson(const MonteCarloResult &r, bool v2)
{
    std::string s = std::string("{\n  \"format\": \"gpudeal-montecarlo/") + (v2 ? "2" : "1") + "\",\n";
    s += "  \"paths\": " + std::to_string(r.paths) + ", \"seed\": " + std::to_string(r.seed) +
         ", \"threads\": " + std::to_string(r.threads) + ", \"elapsed_ms\": " + num(r.elapsedMs) + ",\n";
    s += "  \"min_dscr\": {\"p50\": " + num(r.minDscrP50) + ", \"p90\": " + num(r.minDscrP90) +
         ", \"p99\": " + num(r.minDscrP99) + "},\n";
    s += "  \"prob_min_dscr_below_lockup\": " + num(r.probMinDscrBelowLockup) +
         ", \"prob_min_dscr_below_1\": " + num(r.probMinDscrBelow1) +
         ", \"prob_default\": " + num(r.probDefault) + ",\n";
    if (v2)
        s += "  \"prob_offtaker_default\": " + num(r.probOfftakerDefault) +
             ", \"prob_lockup\": " + num(r.probLockup) + ", \"prob_ltv_breach\": " + num(r.probLtvBreach) +
             ", \"mean_debt_prepaid\": " + num(r.meanDebtPrepaid) + ",\n";
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

std::string monteCarloText(const Deal &deal, const MonteCarloResult &r, bool v2, const MonteCarloOptions &mc)
{
    const double lockup = deal.debt.covenants.lockupDscr;
    std::string s = "Monte Carlo on the spot index: " + fs::terminalSafe(deal.name) + "\n";
    s += groupedWhole(r.paths) + " paths, seed " + std::to_string(r.seed) + ", " + std::to_string(r.threads) +
         (r.threads == 1 ? " thread, " : " threads, ") + fixed(r.elapsedMs, 1) + " ms\n";
    s += "Index: " + fs::terminalSafe(deal.market.index) + ", volatility " + percent(deal.market.volatility) +
         " a year, mean reversion " + fixed(deal.market.meanReversion, 2) +
         " around the forward curve (spot " + fixed(deal.market.spotPricePerGpuHour, 2) + "/GPU-h, " +
         percent(deal.market.annualChange) + " a year)\n";
    if (!mc.offtakerDefaults || !mc.waterfall)
        s += std::string("Run without ") +
             (!mc.offtakerDefaults && !mc.waterfall ? "offtaker defaults and the cash waterfall"
              : !mc.offtakerDefaults                ? "offtaker defaults"
                                                    : "the cash waterfall") +
             "\n";

    TextTable risk{{false, true}, {{"Debt risk", "Value"}}, true};
    risk.rows.push_back({"Min DSCR, P50 (half the paths stay above)", multiple(r.minDscrP50)});
    risk.rows.push_back({"Min DSCR, P90 (90 % of paths stay above)", multiple(r.minDscrP90)});
    risk.rows.push_back({"Min DSCR, P99 (99 % of paths stay above)", multiple(r.minDscrP99)});
    risk.rows.push_back({"Probability min DSCR below lock-up (" + multiple(lockup) + ")",
                         percent(r.probMinDscrBelowLockup, 2)});
    risk.rows.push_back({"Probability min DSCR below 1.00x", percent(r.probMinDscrBelow1, 2)});
    const bool waterfall = r.probLockup.has_value();
    risk.rows.push_back({waterfall ? "Probability of default (debt service above cash and accounts)"
                                   : "Probability of default (reserve exhausted)",
                         percent(r.probDefault, 2)});
    if (v2) {
        risk.rows.push_back({"Probability an offtaker defaults", percent(r.probOfftakerDefault, 2)});
        risk.rows.push_back({"Probability a lock-up test fails",
                             waterfall ? percent(r.probLockup, 2) : "n/a (no waterfall)"});
        risk.rows.push_back({"Probability an LTV cure falls short",
                             r.probLtvBreach ? percent(r.probLtvBreach, 2) : "n/a (no LTV test)"});
        risk.rows.push_back({"Mean debt prepaid", money(deal, r.meanDebtPrepaid)});
    }
    s += '\n';
    s += risk.render();

    TextTable irr{{false, true}, {{"Equity IRR", "Value"}}, true};
    // The lender's convention, as for the min DSCR: P90 is exceeded on 90 % of paths (JSON p10).
    irr.rows.push_back({"P90 (downside, 90 % of paths above)", percent(r.equityIrrP10, 2)});
    irr.rows.push_back({"P50", percent(r.equityIrrP50, 2)});
    irr.rows.push_back({"P10 (upside, 10 % of paths above)", percent(r.equityIrrP90, 2)});
    irr.rows.push_back({"Paths without an IRR", groupedWhole(r.equityIrrMissing)});
    s += '\n';
    s += irr.render();

    TextTable fan{{true, false, true, true, true, true},
                  {{"Period", "Month", "Mean", "P90 (low)", "P50", "P10 (high)"}},
                  true};
    for (const SpotBand &b : r.spot)
        if ((b.period - 1) % 12 == 0 || b.period == int(r.spot.size()))
            fan.rows.push_back({std::to_string(b.period), monthLabel(deal.start, b.period), fixed(b.mean, 4),
                                fixed(b.p10, 4), fixed(b.p50, 4), fixed(b.p90, 4)}); // P90 = JSON p10
    s += "\nSpot index fan (" + deal.currency +
         " per GPU-hour; first month of each model year and the last)\n" + fan.render();
    return s;
}

} // namespace

int runMonteCarlo(const Args &args, Io io)
{
    static constexpr std::array<OptionSpec, 5> options{{{"--paths"},
                                                        {"--seed"},
                                                        {"--threads"},
                                                        {"--no-defaults", {}, false},
                                                        {"--no-waterfall", {}, false}}};
    const ParsedArgs o = parseArgs(args, options);
    if (o.help)
        return finish(io, kMonteCarloUsage);
    if (!o.error.empty())
        return usageError(io, o.error, "montecarlo");
    if (o.positional.size() != 1)
        return usageError(io, "needs exactly one DEAL.json (or - for standard input)", "montecarlo");
    MonteCarloOptions mc;
    if (std::string e = monteCarloOptions(o, mc, 10000); !e.empty())
        return usageError(io, e, "montecarlo");
    const LoadedDeal loaded = loadRiskDeal(o.positional[0], io);
    if (!loaded.deal)
        return loaded.code;
    const std::optional<Deal> &deal = loaded.deal;
    mc.offtakerDefaults = !o.flag("--no-defaults");
    mc.waterfall = !o.flag("--no-waterfall");
    const MonteCarloResult r = gds::runMonteCarlo(*deal, mc);
    if (!r.errors.empty())
        return printIssues(r.errors, io);
    const bool v2 = usesV2(*deal);
    return finish(io, o.json ? monteCarloJson(r, v2) : monteCarloText(*deal, r, v2, mc));
}

} // namespace gds::cli
