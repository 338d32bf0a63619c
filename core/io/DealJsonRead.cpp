// gpudeal/1 reading: bytes -> JSON tree (JsonTree.cpp), tree -> Deal (unknown keys, types, required
// fields, defaults), Deal -> validate(), with every problem collected; and the file/stdin reader.
#include "io/DealJson.h"
#include "io/JsonMapper.h"
#include "io/JsonTree.h"
#include "model/Enums.h"
#include "model/Validation.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>
#include <span>
#include <system_error>
#include <utility>
#include <vector>

namespace gds {
namespace {

using namespace dealjson;

// ---------------------------------------------------------------------------------------------
// Tree -> Deal

constexpr std::array<RateType, 2> kRateTypes{RateType::Fixed, RateType::Floating};

void mapStart(Mapper &m, Obj &o, YearMonth &start)
{
    std::string s;
    if (!o.text("start", s))
        return;
    const auto digits = [&](std::size_t from, std::size_t n) {
        return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(from),
                           s.begin() + static_cast<std::ptrdiff_t>(from + n),
                           [](char c) { return c >= '0' && c <= '9'; });
    };
    if (s.size() != 7 || s[4] != '-' || !digits(0, 4) || !digits(5, 2)) {
        m.fail(o.path("start"),
               "must be a month written \"YYYY-MM\", e.g. \"2026-01\" (is " + jsonQuoted(s) + ")");
        return;
    }
    start.year = std::stoi(s.substr(0, 4));
    start.month = std::stoi(s.substr(5, 2));
}

void mapCluster(Obj &o, Cluster &c)
{
    o.text("gpu_model", c.gpuModel, "");
    o.integer("gpus", c.gpus);
    o.number("availability", c.availability, 1.0);
    o.number("kw_per_gpu", c.kwPerGpu, 0.0);
    o.number("pue", c.pue, 1.0);
    o.number("power_price_per_kwh", c.powerPricePerKwh, 0.0);
    o.number("power_escalation", c.powerEscalation, 0.0);
    o.number("fixed_opex_per_gpu_month", c.fixedOpexPerGpuMonth, 0.0);
    o.number("opex_escalation", c.opexEscalation, 0.0);
    o.number("variable_opex_pct_of_revenue", c.variableOpexPctOfRevenue, 0.0);
}

void mapCapexItem(Mapper &m, Obj &o, CapexItem &item)
{
    o.enumeration("category", item.category, parseCapexCategory, allCapexCategories(), CapexCategory::Other);
    o.text("description", item.description, "");
    o.number("quantity", item.quantity);
    o.number("unit_cost", item.unitCost);
    if (const Json *spend = o.array("spend", false)) {
        item.spend = mapList<SpendShare>(m, *spend, o.path("spend"), [](Obj &so, SpendShare &s) {
            so.integer("period", s.period);
            so.number("share", s.share);
        });
    } else {
        item.spend = {SpendShare{0, 1.0}};
    }
    o.integer("useful_life_months", item.usefulLifeMonths);
    o.number("residual_pct", item.residualPct, 0.0);
}

void mapOfftake(Obj &o, OfftakeContract &c)
{
    o.text("counterparty", c.counterparty);
    o.enumeration("rating", c.rating, parseRating, allRatings(), Rating::NR);
    o.integer("start_period", c.startPeriod);
    o.integer("term_months", c.termMonths);
    o.integer("gpus", c.gpus);
    o.number("price_per_gpu_hour", c.pricePerGpuHour);
    o.number("escalation", c.escalation, 0.0);
    o.number("prepayment_pct", c.prepaymentPct, 0.0);
}

void mapMarket(Obj &o, Market &mk)
{
    o.text("index", mk.index, "");
    o.number("spot_price_per_gpu_hour", mk.spotPricePerGpuHour);
    o.number("annual_change", mk.annualChange, 0.0);
    o.number("merchant_utilization", mk.merchantUtilization, 1.0);
    o.number("volatility", mk.volatility, 0.0);
    o.number("mean_reversion", mk.meanReversion, 0.0);
}

void mapHedge(Obj &o, Hedge &h)
{
    o.enumeration("type", h.type, parseHedgeType, allHedgeTypes());
    o.integer("start_period", h.startPeriod);
    o.integer("term_months", h.termMonths);
    o.integer("gpus", h.gpus);
    o.number("strike_per_gpu_hour", h.strikePerGpuHour);
    o.number("premium_per_gpu_hour", h.premiumPerGpuHour, 0.0);
    o.number("initial_margin_per_gpu", h.initialMarginPerGpu, 0.0);
    o.number("fee_per_gpu_hour", h.feePerGpuHour, 0.0);
}

void mapSizing(Mapper &m, Obj &o, Sizing &s)
{
    const bool dscr = o.has("target_dscr") || o.has("max_ltv");
    const bool amount = o.has("amount");
    if (dscr && amount) {
        m.issue(o.path(), "must have either target_dscr and max_ltv, or amount, not both");
        m.taint(o.path());
    } else if (!dscr && !amount) {
        m.issue(o.path(), "must have target_dscr and max_ltv, or amount");
        m.taint(o.path());
    }
    s.mode = amount && !dscr ? Sizing::Mode::Amount : Sizing::Mode::DscrLtv;
    if (dscr) {
        o.number("target_dscr", s.targetDscr);
        o.number("max_ltv", s.maxLtv);
    }
    if (amount)
        o.number("amount", s.amount);
}

// (v2) rate.margin_by_rating: every rating, hedged and merchant (engine.md 5).
void mapMarginByRating(Mapper &m, Obj &o, MarginByRating &mr)
{
    for (const Rating rating : allRatings())
        o.number(toString(rating), mr.byRating[std::size_t(rating)]);
    o.number("hedged", mr.hedged);
    o.number("merchant", mr.merchant);
    (void)m;
}

void mapRate(Mapper &m, Obj &o, Rate &r, bool v2)
{
    const bool typeOk = o.enumeration("type", r.type, parseRateType, std::span<const RateType>(kRateTypes));
    const bool fixed = o.has("fixed_rate"), base = o.has("base_rate"), curve = o.has("base_rate_curve");
    const bool margin = o.has("margin"), grid = o.has("margin_grid");
    const bool byRating = v2 && o.has("margin_by_rating");
    if (fixed)
        o.number("fixed_rate", r.fixedRate);
    if (base)
        o.number("base_rate", r.baseRate);
    if (const Json *list = o.array("base_rate_curve", false)) {
        r.baseRateCurve.assign(list->size(), 0.0);
        for (std::size_t k = 0; k < list->size(); ++k)
            m.number((*list)[k], elementPath(o.path("base_rate_curve"), k), r.baseRateCurve[k]);
    }
    if (margin)
        o.number("margin", r.margin);
    if (const Json *list = o.array("margin_grid", false)) {
        r.marginGrid = mapList<MarginStep>(m, *list, o.path("margin_grid"), [](Obj &so, MarginStep &s) {
            so.number("min_coverage", s.minCoverage);
            so.number("margin", s.margin);
        });
    }
    if (v2)
        if (const Json *mr = o.object("margin_by_rating", false)) {
            Obj mo(m, *mr, o.path("margin_by_rating"));
            mapMarginByRating(m, mo, r.marginByRating);
        }
    r.useBaseCurve = curve;
    r.useMarginGrid = grid;
    r.useMarginByRating = byRating;
    if (!typeOk) {
        m.taint(o.path()); // which alternatives apply is unknown
        return;
    }
    if (r.type == RateType::Fixed) {
        if (!fixed)
            m.fail(o.path("fixed_rate"), "is required for a fixed rate");
        for (const char *key : {"base_rate", "base_rate_curve", "margin", "margin_grid", "margin_by_rating"})
            if (o.has(key) && (v2 || std::string_view(key) != "margin_by_rating"))
                m.fail(o.path(key), "is not allowed with a fixed rate");
        return;
    }
    if (fixed)
        m.fail(o.path("fixed_rate"), "is not allowed with a floating rate");
    if (base == curve) {
        m.issue(o.path(), std::string("a floating rate needs exactly one of base_rate, base_rate_curve") +
                              (base ? " (both are given)" : ""));
        m.taint(o.path("base_rate"));
        m.taint(o.path("base_rate_curve"));
    }
    const int margins = int(margin) + int(grid) + int(byRating);
    if (margins != 1) {
        m.issue(o.path(), std::string("a floating rate needs exactly one of margin, margin_grid") +
                              (v2 ? ", margin_by_rating" : "") +
                              (margins == 2   ? " (both are given)"
                               : margins == 3 ? " (all three are given)"
                                              : ""));
        m.taint(o.path("margin"));
        m.taint(o.path("margin_grid"));
        m.taint(o.path("margin_by_rating"));
    }
}

// (v2) debt.tranches: names default to "Tranche N" (N from 1).
void mapTranches(Mapper &m, const Json &list, const std::string &path, std::vector<Tranche> &out)
{
    if (list.empty())
        m.fail(path, "must have 1..5 tranches (has 0)");
    out = mapList<Tranche>(m, list, path, [&m](Obj &to, Tranche &t) {
        t.rate = Rate{};
        if (const Json *name = to.get("name"))
            m.text(*name, to.path("name"), t.name);
        to.number("share", t.share);
        if (const Json *rate = to.object("rate", true)) {
            Obj ro(m, *rate, to.path("rate"));
            mapRate(m, ro, t.rate, true);
        }
    });
    for (std::size_t i = 0; i < list.size(); ++i)
        if (!list[i].is_object() || !list[i].contains("name"))
            out[i].name = "Tranche " + std::to_string(i + 1);
}

void mapWaterfall(Obj &o, Waterfall &w)
{
    o.integer("test_months", w.testMonths, 3);
    o.integer("lookback_months", w.lookbackMonths, 12);
    o.boolean("lockup", w.lockup, true);
    o.integer("release_after", w.releaseAfter, 2);
    o.integer("sweep_trapped_after", w.sweepTrappedAfter, 0);
    o.number("cash_sweep", w.cashSweep, 0.0);
}

void mapDebt(Mapper &m, Obj &o, Debt &d, bool v2)
{
    o.text("name", d.name, "Senior term loan");
    if (const Json *sizing = o.object("sizing", true)) {
        Obj so(m, *sizing, o.path("sizing"));
        mapSizing(m, so, d.sizing);
    }
    o.integer("tenor_months", d.tenorMonths);
    o.enumeration("profile", d.profile, parseProfile, allProfiles(), Profile::Sculpted);
    const bool hasTranches = v2 && o.has("tranches");
    if (hasTranches && o.has("rate")) {
        m.issue(o.path(), "must have either rate or tranches, not both");
        m.taint(o.path("rate"));
        m.taint(o.path("tranches"));
    }
    if (const Json *rate = o.object("rate", !hasTranches)) {
        Obj ro(m, *rate, o.path("rate"));
        mapRate(m, ro, d.rate, v2);
    }
    if (hasTranches)
        if (const Json *list = o.array("tranches", false))
            mapTranches(m, *list, o.path("tranches"), d.tranches);
    o.enumeration("day_count", d.dayCount, parseDayCount, allDayCounts(), DayCount::Act360);
    o.number("upfront_fee", d.upfrontFee, 0.0);
    o.number("commitment_fee", d.commitmentFee, 0.0);
    o.integer("dsra_months", d.dsraMonths, 0);
    d.covenants = Covenants{1.2, 1.05, std::nullopt};
    if (const Json *cov = o.object("covenants", false)) {
        Obj co(m, *cov, o.path("covenants"));
        co.number("lockup_dscr", d.covenants.lockupDscr, 1.2);
        co.number("default_dscr", d.covenants.defaultDscr, 1.05);
        if (v2 && co.has("max_ltv")) {
            double v = 0.0;
            co.number("max_ltv", v);
            d.covenants.maxLtv = v;
        }
    }
    if (v2)
        if (const Json *wf = o.object("waterfall", false)) {
            Obj wo(m, *wf, o.path("waterfall"));
            d.waterfall = Waterfall{};
            mapWaterfall(wo, *d.waterfall);
        }
}

// (v2) collateral and credit (engine.md 5.2 and 8).
void mapCollateral(Mapper &m, Obj &o, Collateral &k)
{
    o.number("annual_decline", k.annualDecline);
    o.number("floor", k.floor, 0.0);
    if (const Json *list = o.array("categories", false)) {
        k.categories.assign(list->size(), CapexCategory::Other);
        for (std::size_t i = 0; i < list->size(); ++i)
            m.enumeration((*list)[i], elementPath(o.path("categories"), i), k.categories[i],
                          parseCapexCategory, allCapexCategories());
    }
    o.boolean("index_linked", k.indexLinked, false);
}

void mapCredit(Mapper &m, Obj &o, Credit &k)
{
    if (const Json *pd = o.object("pd_by_rating", false)) {
        Obj po(m, *pd, o.path("pd_by_rating"));
        for (const Rating rating : allRatings()) {
            const auto i = std::size_t(rating);
            po.number(toString(rating), k.pdByRating[i], Credit::kDefaultPd[i]);
        }
    }
    o.number("correlation", k.correlation, 0.2);
    o.integer("remarketing_months", k.remarketingMonths, 3);
    o.number("recovery", k.recovery, 0.0);
}

void mapDeal(Mapper &m, const Json &root, Deal &d)
{
    Obj o(m, root, "");
    std::string format;
    // A gpudeal/1 file knows no v2 key (they are unknown fields there); a missing or unknown format
    // is read as gpudeal/2 so that only the format itself is reported.
    bool v2 = true;
    if (o.text("format", format)) {
        if (format == "gpudeal/1")
            v2 = false;
        else if (format != "gpudeal/2")
            m.fail("format", "must be \"gpudeal/1\" or \"gpudeal/2\" (is " + jsonQuoted(format) + ")");
    }
    o.text("name", d.name);
    o.text("sponsor", d.sponsor, "");
    o.text("currency", d.currency, "USD");
    o.text("notes", d.notes, "");
    mapStart(m, o, d.start);
    o.integer("construction_months", d.constructionMonths, 0);
    o.integer("operating_months", d.operatingMonths);
    if (const Json *cluster = o.object("cluster", true)) {
        Obj co(m, *cluster, "cluster");
        mapCluster(co, d.cluster);
    }
    if (const Json *capex = o.array("capex", true))
        d.capex = mapList<CapexItem>(m, *capex, "capex",
                                     [&m](Obj &io, CapexItem &item) { mapCapexItem(m, io, item); });
    if (const Json *offtake = o.array("offtake", false))
        d.offtake = mapList<OfftakeContract>(m, *offtake, "offtake", mapOfftake);
    if (const Json *market = o.object("market", true)) {
        Obj mo(m, *market, "market");
        mapMarket(mo, d.market);
    }
    if (const Json *hedges = o.array("hedges", false))
        d.hedges = mapList<Hedge>(m, *hedges, "hedges", mapHedge);
    if (const Json *debt = o.object("debt", true)) {
        Obj dobj(m, *debt, "debt");
        mapDebt(m, dobj, d.debt, v2);
    }
    if (const Json *equity = o.object("equity", true)) {
        Obj eo(m, *equity, "equity");
        eo.number("cost_of_equity", d.costOfEquity);
    }
    d.taxRate = 0.0;
    if (const Json *tax = o.object("tax", false)) {
        Obj to(m, *tax, "tax");
        to.number("rate", d.taxRate, 0.0);
        if (v2) {
            to.enumeration("depreciation", d.taxDepreciation, parseTaxDepreciation, allTaxDepreciations(),
                           TaxDepreciation::StraightLine);
            to.number("bonus", d.taxBonus, 0.0);
            to.number("nol_limit", d.nolLimit, 1.0);
        }
    }
    if (v2) {
        if (const Json *coll = o.object("collateral", false)) {
            Obj co(m, *coll, "collateral");
            d.collateral = Collateral{};
            mapCollateral(m, co, *d.collateral);
        }
        if (const Json *credit = o.object("credit", false)) {
            Obj co(m, *credit, "credit");
            d.credit = Credit{};
            mapCredit(m, co, *d.credit);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Which validate() issues to keep after mapping problems

// Whether `path`, one of its ancestors or one of its descendants is tainted.
bool touches(const std::string &path, const std::set<std::string> &tainted)
{
    for (std::size_t i = 0; i < path.size(); ++i)
        if ((path[i] == '.' || path[i] == '[') && tainted.contains(path.substr(0, i)))
            return true;
    if (tainted.contains(path))
        return true;
    for (const char sep : {'.', '['}) {
        const std::string prefix = path + sep;
        const auto it = tainted.lower_bound(prefix);
        if (it != tainted.end() && it->starts_with(prefix))
            return true;
    }
    return false;
}

// The fields a validate() rule at `path` reads besides the field itself (cross-field rules).
std::vector<std::string> inputsOf(const std::string &path)
{
    const auto ends = [&](std::string_view s) { return path.ends_with(s); };
    if (path.starts_with("capex[") && ends(".period"))
        return {"construction_months"};
    if ((path.starts_with("offtake[") || path.starts_with("hedges[")) && ends(".start_period"))
        return {"construction_months", "operating_months"};
    if (path == "debt.tenor_months")
        return {"operating_months"};
    if (path == "offtake")
        return {"cluster.gpus", "construction_months", "operating_months"};
    if (path.starts_with("hedges[") && (ends(".premium_per_gpu_hour") || ends(".initial_margin_per_gpu")))
        return {path.substr(0, path.rfind('.')) + ".type"};
    if (path == "debt.covenants.max_ltv")
        return {"collateral", "debt.waterfall"};
    if (path == "tax.bonus")
        return {"tax.depreciation"};
    return {};
}

bool judgesTainted(const Issue &issue, const std::set<std::string> &tainted)
{
    if (touches(issue.path, tainted))
        return true;
    const auto inputs = inputsOf(issue.path);
    return std::any_of(inputs.begin(), inputs.end(),
                       [&](const std::string &p) { return touches(p, tainted); });
}

} // namespace

DealReadResult readDeal(std::string_view bytes)
{
    DealReadResult result;
    const auto refuse = [&](std::string message) {
        result.issues.push_back({"", IssueCode::Text, {}, std::move(message)});
        return result;
    };
    if (bytes.size() > kMaxDealFileBytes)
        return refuse("the deal is " + std::to_string(bytes.size()) + " bytes, over the limit of 16 MiB (" +
                      std::to_string(kMaxDealFileBytes) + " bytes)");
    try {
        Json root;
        if (std::string refusal = parseTree(bytes, root); !refusal.empty())
            return refuse(std::move(refusal));
        if (!root.is_object())
            return refuse("a deal must be a JSON object, not " + kindOf(root));

        Mapper mapper;
        Deal deal;
        mapDeal(mapper, root, deal);
        for (Issue &issue : validate(deal))
            if (!judgesTainted(issue, mapper.tainted))
                mapper.issue(std::move(issue));
        result.issues = std::move(mapper.issues);
        if (mapper.dropped > 0)
            result.issues.push_back({"",
                                     IssueCode::Text,
                                     {},
                                     "and " + std::to_string(mapper.dropped) + " more problems (the first " +
                                         std::to_string(kMaxIssues) + " are listed)"});
        if (result.issues.empty())
            result.deal = std::move(deal);
        return result;
    } catch (const std::exception &e) {
        result = DealReadResult{};
        return refuse(std::string("could not read the deal: ") + e.what());
    }
}

DealFileResult readDealFile(const std::string &path)
{
    DealFileResult result;
    const bool isStdin = path == "-";
    const std::string name = isStdin ? std::string("standard input") : "deal file '" + path + "'";
    const auto refuse = [&](std::string message, bool ioError) {
        result.ioError = ioError;
        result.issues.push_back({"", IssueCode::Text, {}, std::move(message)});
        return result;
    };
    const auto tooLarge = [&](std::uintmax_t size, bool atLeast) {
        return refuse(name + " is " + (atLeast ? "more than " : "") + std::to_string(size) +
                          " bytes, over the limit of 16 MiB (" + std::to_string(kMaxDealFileBytes) +
                          " bytes)",
                      false);
    };

    std::unique_ptr<std::FILE, int (*)(std::FILE *)> owned(nullptr, &std::fclose);
    std::FILE *file = stdin;
    if (!isStdin) {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec))
            return refuse("cannot read " + name + ": it is a directory", true);
        if (std::filesystem::is_regular_file(path, ec)) {
            const auto size = std::filesystem::file_size(path, ec);
            if (!ec && size > kMaxDealFileBytes)
                return tooLarge(size, false);
        }
        errno = 0;
        owned.reset(std::fopen(path.c_str(), "rb"));
        if (!owned)
            return refuse("cannot open " + name + ": " + std::generic_category().message(errno), true);
        file = owned.get();
    }

    // Read at most one byte past the limit: a stream that grows or a pipe is refused all the same.
    std::string bytes;
    std::array<char, 65536> chunk{};
    while (bytes.size() <= kMaxDealFileBytes) {
        const std::size_t n = std::fread(chunk.data(), 1, chunk.size(), file);
        bytes.append(chunk.data(), n);
        if (n < chunk.size())
            break;
    }
    if (std::ferror(file))
        return refuse("cannot read " + name + ": " + std::generic_category().message(errno), true);
    if (bytes.size() > kMaxDealFileBytes)
        return tooLarge(kMaxDealFileBytes, true);

    static_cast<DealReadResult &>(result) = readDeal(bytes);
    return result;
}

} // namespace gds
