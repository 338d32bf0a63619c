// gpudeal/1 and gpudeal/2 writing (gpudeal/2 only when the deal uses a v2 field): straight from the Deal to
// pretty text (two-space indent, every field, numbers in shortest round-trip form).
#include "io/DealJson.h"
#include "io/JsonTree.h"
#include "model/Enums.h"

#include <array>
#include <cstdio>
#include <string>
#include <vector>

namespace gds {
namespace {

using namespace dealjson;

class Writer
{
public:
    std::string out;

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginObject(std::string_view k)
    {
        key(k);
        open('{');
    }
    void beginArray(std::string_view k)
    {
        key(k);
        open('[');
    }
    void endArray() { close(']'); }
    void beginItem()
    {
        next();
        open('{');
    }

    void field(std::string_view k, std::string_view v)
    {
        key(k);
        appendQuoted(out, v);
    }
    void field(std::string_view k, const char *v) { field(k, std::string_view(v)); }
    void field(std::string_view k, const std::string &v) { field(k, std::string_view(v)); }
    void field(std::string_view k, int v)
    {
        key(k);
        out += std::to_string(v);
    }
    void field(std::string_view k, double v)
    {
        key(k);
        number(v);
    }
    void field(std::string_view k, bool v)
    {
        key(k);
        out += v ? "true" : "false";
    }
    void item(double v)
    {
        next();
        number(v);
    }
    void item(std::string_view v)
    {
        next();
        appendQuoted(out, v);
    }

private:
    // Non-finite values (only possible in a Deal built in memory; validate() reports them) have no
    // JSON form; -0 is written as 0, which is what reading "-0" gives back.
    void number(double v) { out += !std::isfinite(v) ? "null" : v == 0 ? "0" : shortest(v); }
    void open(char c)
    {
        out += c;
        first_.push_back(true);
    }
    void close(char c)
    {
        const bool empty = first_.back();
        first_.pop_back();
        if (!empty)
            newline();
        out += c;
    }
    void newline()
    {
        out += '\n';
        out.append(2 * first_.size(), ' ');
    }
    void next()
    {
        if (!first_.back())
            out += ',';
        first_.back() = false;
        newline();
    }
    void key(std::string_view k)
    {
        next();
        appendQuoted(out, k);
        out += ": ";
    }

    std::vector<bool> first_;
};

std::string monthText(const YearMonth &ym)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d", ym.year, ym.month);
    return buf;
}

void writeRate(Writer &w, const Rate &r)
{
    w.field("type", toString(r.type));
    if (r.type == RateType::Fixed) {
        w.field("fixed_rate", r.fixedRate);
    } else {
        if (r.useBaseCurve) {
            w.beginArray("base_rate_curve");
            for (const double v : r.baseRateCurve)
                w.item(v);
            w.endArray();
        } else {
            w.field("base_rate", r.baseRate);
        }
        if (r.useMarginByRating) {
            w.beginObject("margin_by_rating");
            for (const Rating rating : allRatings())
                w.field(toString(rating), r.marginByRating.byRating[std::size_t(rating)]);
            w.field("hedged", r.marginByRating.hedged);
            w.field("merchant", r.marginByRating.merchant);
            w.endObject();
        } else if (r.useMarginGrid) {
            w.beginArray("margin_grid");
            for (const MarginStep &s : r.marginGrid) {
                w.beginItem();
                w.field("min_coverage", s.minCoverage);
                w.field("margin", s.margin);
                w.endObject();
            }
            w.endArray();
        } else {
            w.field("margin", r.margin);
        }
    }
}

void writeDebt(Writer &w, const Debt &d)
{
    w.beginObject("debt");
    w.field("name", d.name);
    w.beginObject("sizing");
    if (d.sizing.mode == Sizing::Mode::Amount) {
        w.field("amount", d.sizing.amount);
    } else {
        w.field("target_dscr", d.sizing.targetDscr);
        w.field("max_ltv", d.sizing.maxLtv);
    }
    w.endObject();
    w.field("tenor_months", d.tenorMonths);
    w.field("profile", toString(d.profile));
    if (d.tranches.empty()) {
        w.beginObject("rate");
        writeRate(w, d.rate);
        w.endObject();
    } else {
        w.beginArray("tranches");
        for (const Tranche &t : d.tranches) {
            w.beginItem();
            w.field("name", t.name);
            w.field("share", t.share);
            w.beginObject("rate");
            writeRate(w, t.rate);
            w.endObject();
            w.endObject();
        }
        w.endArray();
    }
    w.field("day_count", toString(d.dayCount));
    w.field("upfront_fee", d.upfrontFee);
    w.field("commitment_fee", d.commitmentFee);
    w.field("dsra_months", d.dsraMonths);
    w.beginObject("covenants");
    w.field("lockup_dscr", d.covenants.lockupDscr);
    w.field("default_dscr", d.covenants.defaultDscr);
    if (d.covenants.maxLtv)
        w.field("max_ltv", *d.covenants.maxLtv);
    w.endObject();
    if (d.waterfall) {
        const Waterfall &f = *d.waterfall;
        w.beginObject("waterfall");
        w.field("test_months", f.testMonths);
        w.field("lookback_months", f.lookbackMonths);
        w.field("lockup", f.lockup);
        w.field("release_after", f.releaseAfter);
        w.field("sweep_trapped_after", f.sweepTrappedAfter);
        w.field("cash_sweep", f.cashSweep);
        w.endObject();
    }
    w.endObject();
}

// (v2) collateral and credit.
void writeV2Blocks(Writer &w, const Deal &d)
{
    if (d.collateral) {
        const Collateral &k = *d.collateral;
        w.beginObject("collateral");
        w.field("annual_decline", k.annualDecline);
        w.field("floor", k.floor);
        w.beginArray("categories");
        for (const CapexCategory c : k.categories)
            w.item(toString(c));
        w.endArray();
        w.field("index_linked", k.indexLinked);
        w.endObject();
    }
    if (d.credit) {
        const Credit &k = *d.credit;
        w.beginObject("credit");
        w.beginObject("pd_by_rating");
        for (const Rating rating : allRatings())
            w.field(toString(rating), k.pdByRating[std::size_t(rating)]);
        w.endObject();
        w.field("correlation", k.correlation);
        w.field("remarketing_months", k.remarketingMonths);
        w.field("recovery", k.recovery);
        w.endObject();
    }
}

} // namespace

std::string writeDeal(const Deal &d)
{
    Writer w;
    w.beginObject();
    const bool v2 = usesV2(d);
    w.field("format", v2 ? "gpudeal/2" : "gpudeal/1");
    w.field("name", d.name);
    w.field("sponsor", d.sponsor);
    w.field("currency", d.currency);
    w.field("notes", d.notes);
    w.field("start", monthText(d.start));
    w.field("construction_months", d.constructionMonths);
    w.field("operating_months", d.operatingMonths);

    const Cluster &c = d.cluster;
    w.beginObject("cluster");
    w.field("gpu_model", c.gpuModel);
    w.field("gpus", c.gpus);
    w.field("availability", c.availability);
    w.field("kw_per_gpu", c.kwPerGpu);
    w.field("pue", c.pue);
    w.field("power_price_per_kwh", c.powerPricePerKwh);
    w.field("power_escalation", c.powerEscalation);
    w.field("fixed_opex_per_gpu_month", c.fixedOpexPerGpuMonth);
    w.field("opex_escalation", c.opexEscalation);
    w.field("variable_opex_pct_of_revenue", c.variableOpexPctOfRevenue);
    w.endObject();

    w.beginArray("capex");
    for (const CapexItem &item : d.capex) {
        w.beginItem();
        w.field("category", toString(item.category));
        w.field("description", item.description);
        w.field("quantity", item.quantity);
        w.field("unit_cost", item.unitCost);
        w.beginArray("spend");
        for (const SpendShare &s : item.spend) {
            w.beginItem();
            w.field("period", s.period);
            w.field("share", s.share);
            w.endObject();
        }
        w.endArray();
        w.field("useful_life_months", item.usefulLifeMonths);
        w.field("residual_pct", item.residualPct);
        w.endObject();
    }
    w.endArray();

    w.beginArray("offtake");
    for (const OfftakeContract &o : d.offtake) {
        w.beginItem();
        w.field("counterparty", o.counterparty);
        w.field("rating", toString(o.rating));
        w.field("start_period", o.startPeriod);
        w.field("term_months", o.termMonths);
        w.field("gpus", o.gpus);
        w.field("price_per_gpu_hour", o.pricePerGpuHour);
        w.field("escalation", o.escalation);
        w.field("prepayment_pct", o.prepaymentPct);
        w.endObject();
    }
    w.endArray();

    const Market &m = d.market;
    w.beginObject("market");
    w.field("index", m.index);
    w.field("spot_price_per_gpu_hour", m.spotPricePerGpuHour);
    w.field("annual_change", m.annualChange);
    w.field("merchant_utilization", m.merchantUtilization);
    w.field("volatility", m.volatility);
    w.field("mean_reversion", m.meanReversion);
    w.endObject();

    w.beginArray("hedges");
    for (const Hedge &h : d.hedges) {
        w.beginItem();
        w.field("type", toString(h.type));
        w.field("start_period", h.startPeriod);
        w.field("term_months", h.termMonths);
        w.field("gpus", h.gpus);
        w.field("strike_per_gpu_hour", h.strikePerGpuHour);
        w.field("premium_per_gpu_hour", h.premiumPerGpuHour);
        w.field("fee_per_gpu_hour", h.feePerGpuHour);
        w.field("initial_margin_per_gpu", h.initialMarginPerGpu);
        w.endObject();
    }
    w.endArray();

    if (v2)
        writeV2Blocks(w, d);
    writeDebt(w, d.debt);

    w.beginObject("equity");
    w.field("cost_of_equity", d.costOfEquity);
    w.endObject();
    w.beginObject("tax");
    w.field("rate", d.taxRate);
    if (v2) {
        w.field("depreciation", toString(d.taxDepreciation));
        w.field("bonus", d.taxBonus);
        w.field("nol_limit", d.nolLimit);
    }
    w.endObject();
    w.endObject();
    w.out += '\n';
    return std::move(w.out);
}

} // namespace gds
