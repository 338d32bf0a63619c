// The readable output of compute and compare (see Summary.h).
#include "Summary.h"

#include "CliSupport.h"
#include "engine/Calendar.h"
#include "io/MessageText.h"
#include "io/ResultJson.h"
#include "model/Enums.h"
#include "UnitText.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string_view>
#include <utility>

namespace gds::cli {
namespace {

// The first day of the month `addMonths` after `ym`: the month of period addMonths + 1 (the end of
// period addMonths).
std::string monthDate(YearMonth ym, int addMonths)
{
    const YearMonth month = periodMonth(ym, static_cast<long long>(addMonths) + 1);
    std::array<char, 32> buf{};
    std::snprintf(buf.data(), buf.size(), "%04d-%02d-01", month.year, month.month);
    return buf.data();
}

std::string pricing(const Rate &rate, const Metrics &m)
{
    if (rate.type == RateType::Fixed)
        return "fixed " + UnitText::percent(rate.fixedRate);
    std::string base;
    if (!rate.useBaseCurve) {
        base = "base " + UnitText::percent(rate.baseRate);
    } else if (!rate.baseRateCurve.empty()) {
        const auto [lo, hi] = std::minmax_element(rate.baseRateCurve.begin(), rate.baseRateCurve.end());
        base = "base curve " + UnitText::percent(*lo) + " to " + UnitText::percent(*hi) + " by model year";
    } else {
        base = "base curve";
    }
    std::string out = "floating: " + base + " + margin " + (m.margin ? UnitText::percent(*m.margin) : "n/a");
    if (!rate.useBaseCurve && m.margin)
        out += " = " + UnitText::percent(rate.baseRate + *m.margin) + " all-in";
    if (rate.useMarginGrid && m.marginStep >= 0 && std::size_t(m.marginStep) < rate.marginGrid.size())
        out += " (grid step " + std::to_string(m.marginStep + 1) + " of " +
               std::to_string(rate.marginGrid.size()) + ": coverage >= " +
               UnitText::percent(rate.marginGrid[std::size_t(m.marginStep)].minCoverage, 1) + ", actual " +
               UnitText::percent(m.coverage, 1) + ")";
    else if (rate.useMarginByRating)
        out += " (margin by offtaker rating, over every GPU-hour of the tenor)";
    else if (!rate.useMarginGrid)
        out += " (flat margin)";
    return out;
}

// (v2) One line per tranche (engine.md 5, tranches): share, amount, pricing, lender yield.
std::string trancheLines(const Deal &deal, const Result &result, const UnitText &u)
{
    TextTable t{{false, true, true, false, true}, {}, true};
    t.rows.push_back({"Tranche", "Share", "Amount", "Pricing", "Lender yield"});
    for (std::size_t i = 0; i < result.tranches.size() && i < deal.debt.tranches.size(); ++i) {
        const TrancheResult &r = result.tranches[i];
        const Rate &rate = deal.debt.tranches[i].rate;
        std::string price = "fixed " + UnitText::percent(rate.fixedRate);
        if (rate.type == RateType::Floating)
            price = "floating, margin " + (r.margin ? UnitText::percent(*r.margin) : std::string("n/a")) +
                    (rate.useMarginByRating ? " by offtaker rating"
                     : rate.useMarginGrid   ? " from the grid"
                                            : "");
        t.rows.push_back({r.name, UnitText::percent(r.share, 1), u.money(r.amount), price,
                          r.lenderYield ? UnitText::percent(*r.lenderYield) : "n/a"});
    }
    return "\nTranches (pari passu)\n" + t.render();
}

// (v2) The cash waterfall (engine.md 5.1) and the collateral (5.2), when the deal has them.
std::string waterfallLines(const Deal &deal, const Result &result, const UnitText &u)
{
    const Metrics &m = result.metrics;
    TextTable t{{false, false}, {}, false};
    if (const auto &w = deal.debt.waterfall) {
        t.rows.push_back({"Test dates", "every " + std::to_string(w->testMonths) +
                                            " months, historic DSCR over " +
                                            std::to_string(w->lookbackMonths) + " months"});
        t.rows.push_back({"Test dates failed", std::to_string(m.lockupFailures) + " (lock-up " +
                                                   std::string(w->lockup ? "on" : "off") + " at " +
                                                   UnitText::multiple(deal.debt.covenants.lockupDscr) + ")"});
        t.rows.push_back({"Cash trapped at most", u.money(m.maxTrapped)});
        t.rows.push_back({"Prepaid in total", u.money(m.debtPrepaid) + " (cash sweep " +
                                                  UnitText::percent(w->cashSweep, 0) + ")"});
        if (m.debtRepaidPeriod) {
            const int p = int(*m.debtRepaidPeriod);
            const int end = deal.constructionMonths + deal.debt.tenorMonths;
            t.rows.push_back(
                {"Repaid", "in period " + std::to_string(p) + " (ends " + monthDate(deal.start, p) + ")" +
                               (p < end ? ", " + std::to_string(end - p) + " months early" : "")});
        }
    }
    if (deal.collateral) {
        std::string ltv = "peak " + (m.peakLtv ? UnitText::percent(*m.peakLtv, 1) : std::string("n/a"));
        if (deal.debt.covenants.maxLtv)
            ltv += ", maintenance " + UnitText::percent(*deal.debt.covenants.maxLtv, 1) + ", " +
                   (m.ltvBreaches ? grouped(*m.ltvBreaches, 0) : std::string("n/a")) +
                   " test dates short of a cure";
        t.rows.push_back({"LTV (collateral at market)", ltv});
        t.rows.push_back(
            {"Terminal value at market", u.money(m.terminalValue) + ", tax on it " + u.money(m.terminalTax)});
    }
    if (t.rows.empty())
        return {};
    return "\n" + std::string(deal.debt.waterfall ? "Cash waterfall" : "Collateral") + "\n" + t.render();
}

std::string facility(const Deal &deal, const Metrics &m, const UnitText &u)
{
    const Debt &d = deal.debt;
    const int c = deal.constructionMonths;
    std::string sizing = "fixed amount";
    if (d.sizing.mode == Sizing::Mode::DscrLtv) {
        const double cap = d.sizing.maxLtv * m.totalCapex;
        const bool ltvBinds = std::fabs(m.debt - cap) <= 1e-6 * std::max(1.0, std::fabs(m.debt));
        sizing = "sized at target DSCR " + UnitText::multiple(d.sizing.targetDscr) + ", LTV cap " +
                 UnitText::percent(d.sizing.maxLtv) + ": " +
                 (ltvBinds ? "LTV cap binds" : "DSCR sizing binds");
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
    t.rows.push_back({"Pricing", d.tranches.empty()
                                     ? pricing(d.rate, m)
                                     : std::to_string(d.tranches.size()) + " tranches (below)"});
    t.rows.push_back({"Day count", std::string(toString(d.dayCount))});
    t.rows.push_back({"Upfront fee",
                      UnitText::percent(d.upfrontFee) + " of the facility (" + u.money(m.upfrontFee) + ")"});
    t.rows.push_back({"Commitment fee", UnitText::percent(d.commitmentFee) + " p.a. on the undrawn amount (" +
                                            u.money(m.commitmentFees) + ")"});
    t.rows.push_back({"DSRA", d.dsraMonths == 0 ? std::string("none")
                                                : std::to_string(d.dsraMonths) + " months of debt service (" +
                                                      u.money(m.dsraInitial) + " funded at COD)"});
    t.rows.push_back(
        {"Covenants", "lock-up DSCR " + UnitText::multiple(d.covenants.lockupDscr) + ", default DSCR " +
                          UnitText::multiple(d.covenants.defaultDscr) +
                          (d.covenants.maxLtv ? ", maximum LTV " + UnitText::percent(*d.covenants.maxLtv, 1)
                                              : std::string())});
    return "\nFacility: " + d.name + "\n" + t.render();
}

std::string annualSchedule(const PeriodTable &t, const UnitText &u)
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
                              u.money(principal), u.money(t.balance[last]), UnitText::multiple(minDscr)});
        first = last + 1;
    }
    return "\nAnnual summary (model years from financial close)\n" + table.render();
}

} // namespace

std::string computeSummary(const Deal &deal, const Result &result)
{
    const Metrics &m = result.metrics;
    const UnitText u{deal.currency};
    const int c = deal.constructionMonths;
    std::string out = deal.name + "\n";
    if (!deal.sponsor.empty())
        out += "Sponsor: " + deal.sponsor + "\n";
    out += "Financial close " + monthDate(deal.start, 0) + ", construction " + std::to_string(c) +
           " months, COD " + monthDate(deal.start, c) + ", operations " +
           std::to_string(deal.operatingMonths) + " months to " + monthDate(deal.start, deal.periodCount()) +
           "\n";
    out += "Cluster: " + grouped(deal.cluster.gpus, 0) + " x " + deal.cluster.gpuModel + ", availability " +
           UnitText::percent(deal.cluster.availability, 1) + "; amounts in " + deal.currency + "\n";

    TextTable su{{false, true, true}, {}, true};
    auto share = [&](double v) { return m.totalUses != 0 ? UnitText::percent(v / m.totalUses, 1) : "n/a"; };
    su.rows.push_back({"Uses", "Amount", "Share"});
    for (const char *key :
         {"total_capex", "idc", "upfront_fee", "commitment_fees", "dsra_initial", "total_uses"}) {
        const MetricField &f = *metricField(key);
        const double v = f.get(m).value_or(kNull);
        su.rows.push_back({f.label, u.money(v), share(v)});
    }
    su.rows.push_back({"Sources", "", ""});
    su.rows.push_back({metricField("debt")->label, u.money(m.debt), share(m.debt)});
    su.rows.push_back({metricField("equity")->label, u.money(m.equity), share(m.equity)});
    su.rows.push_back({"Total sources", u.money(m.debt + m.equity), share(m.debt + m.equity)});
    out += "\nSources and uses\n" + su.render();

    out += facility(deal, m, u);
    if (!deal.debt.tranches.empty())
        out += trancheLines(deal, result, u);
    out += waterfallLines(deal, result, u);

    TextTable km{{false, true}, {}, false};
    for (const char *key : {"min_dscr", "avg_dscr", "llcr", "lender_yield", "wacc", "equity_irr",
                            "project_irr", "npv", "lcoc", "spot_headroom", "payback_months",
                            "lockup_breaches", "default_breaches", "gearing", "ltv", "coverage"}) {
        const MetricField &f = *metricField(key);
        km.rows.push_back({f.label, u.metric(f, m)});
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
        for (const Issue &w : result.warnings)
            out += "  - " + warningText(w) + "\n";
    }
    return out;
}

std::string compareTable(std::span<const ComparedStructure> structures)
{
    TextTable t{{false}, {}, true};
    std::vector<std::string> header{"Metric"};
    for (const ComparedStructure &s : structures) {
        t.right.push_back(true);
        header.push_back(truncated(s.deal.name, 28));
    }
    t.rows.push_back(std::move(header));
    for (const MetricField &f : metricFields()) {
        std::vector<std::string> row{std::string(f.label)};
        for (const ComparedStructure &s : structures)
            row.push_back(UnitText{s.deal.currency}.metric(f, s.result.metrics));
        t.rows.push_back(std::move(row));
    }
    std::string out = t.render("");
    out += "\nStructures:\n";
    for (std::size_t i = 0; i < structures.size(); ++i)
        out +=
            "  " + std::to_string(i + 1) + ". " + structures[i].deal.name + " (" + structures[i].file + ")\n";
    return out;
}

} // namespace gds::cli
