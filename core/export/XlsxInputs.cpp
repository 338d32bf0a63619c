// The deal's inputs as a flat list of (JSON path, value) rows for the Assumptions sheet, and the
// small utilities of the workbook writer (cell addresses, dates, formats).
#include "export/XlsxExport.h"
#include "export/XlsxInternal.h"
#include "model/Enums.h"

namespace gds {

std::string definedNameForPath(std::string_view jsonPath)
{
    std::string out;
    for (char ch : jsonPath) {
        if (ch == '.' || ch == '[')
            out += '_';
        else if (ch != ']')
            out += ch;
    }
    return out;
}

} // namespace gds

namespace gds::xlsx {

std::string columnName(int col)
{
    std::string s;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
    return s;
}

std::string cellRef(int row, int col, bool absolute)
{
    const std::string d = absolute ? "$" : "";
    return d + columnName(col) + d + std::to_string(row + 1);
}

double excelDate(int year, int month, int day)
{
    // Days from civil (Howard Hinnant's algorithm), shifted to the 1900 system's serial 25569 = 1970-01-01.
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yoe = year - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return double(era * 146097 + doe - 719468 + 25569);
}

Fmt fmtForUnit(Unit unit)
{
    switch (unit) {
    case Unit::Money:
        return Fmt::Money;
    case Unit::Hours:
        return Fmt::Hours;
    case Unit::PricePerHour:
        return Fmt::Price;
    case Unit::Count:
    case Unit::Days:
    case Unit::Months:
        return Fmt::Integer;
    case Unit::Ratio:
        return Fmt::Factor;
    case Unit::Multiple:
        return Fmt::Multiple;
    case Unit::Percent:
        return Fmt::Percent;
    case Unit::Text:
        return Fmt::Text;
    }
    return Fmt::Decimal;
}

void createFormats(lxw_workbook *wb, Formats &f)
{
    auto fmt = [wb](lxw_color_t color, bool bold = false) {
        lxw_format *x = workbook_add_format(wb);
        format_set_font_name(x, "Arial");
        format_set_font_size(x, 9);
        format_set_font_color(x, color);
        if (bold)
            format_set_bold(x);
        return x;
    };
    f.title = fmt(0x1F3864, true);
    format_set_font_size(f.title, 14);
    f.subtitle = fmt(0x595959);
    format_set_italic(f.subtitle);
    f.note = fmt(0x595959);
    f.name = fmt(0x404040);
    f.header = fmt(LXW_COLOR_WHITE, true);
    format_set_bg_color(f.header, 0x1F3864);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    f.section = fmt(0x1F3864, true);
    format_set_bottom(f.section, LXW_BORDER_THIN);
    f.solvedLabel = fmt(0x833C0B, true);
    format_set_bg_color(f.solvedLabel, 0xFCE4D6);

    static const char *numFormats[10] = {
        "@",                             // Text
        "#,##0_);(#,##0)",               // Integer
        "#,##0.00_);(#,##0.00);\"-\"_)", // Money
        "0.0000",                        // Price
        "0.00%",                         // Percent
        "#,##0.0000",                    // Decimal
        "0.00\"x\"",                     // Multiple
        "yyyy-mm-dd",                    // Date
        "#,##0",                         // Hours
        "0.000000000",                   // Factor
    };
    for (int i = 0; i < 10; ++i) {
        f.input[i] = fmt(0x0000FF);
        f.formula[i] = fmt(LXW_COLOR_BLACK);
        f.solved[i] = fmt(0x833C0B);
        format_set_bg_color(f.solved[i], 0xFCE4D6);
        for (lxw_format *x : {f.input[i], f.formula[i], f.solved[i]})
            format_set_num_format(x, numFormats[i]);
    }
}

namespace {

class Inputs
{
public:
    void section(std::string s) { m_section = std::move(s); }
    void text(const std::string &path, std::string value, std::string unit = "")
    {
        Input in{m_section, path, Fmt::Text, std::move(unit), true, 0.0, std::move(value)};
        m_list.push_back(std::move(in));
    }
    void number(const std::string &path, double value, Fmt fmt, std::string unit = "")
    {
        m_list.push_back(Input{m_section, path, fmt, std::move(unit), false, value, {}});
    }
    std::vector<Input> take() { return std::move(m_list); }

private:
    std::string m_section;
    std::vector<Input> m_list;
};

// A rate's inputs under `p` ("debt.rate." or "debt.tranches[t].rate.").
void rateInputs(Inputs &in, const std::string &p, const Rate &r)
{
    in.text(p + "type", std::string(toString(r.type)));
    if (r.type == RateType::Fixed) {
        in.number(p + "fixed_rate", r.fixedRate, Fmt::Percent, "a year");
        return;
    }
    if (r.useBaseCurve) {
        for (std::size_t i = 0; i < r.baseRateCurve.size(); ++i)
            in.number(p + "base_rate_curve[" + std::to_string(i) + "]", r.baseRateCurve[i], Fmt::Percent,
                      "model year " + std::to_string(i));
    } else {
        in.number(p + "base_rate", r.baseRate, Fmt::Percent, "a year");
    }
    if (r.useMarginByRating) {
        const std::string m = p + "margin_by_rating.";
        for (const Rating rating : allRatings())
            in.number(m + std::string(toString(rating)), r.marginByRating.byRating[std::size_t(rating)],
                      Fmt::Percent, "on GPU-hours contracted with this rating");
        in.number(m + "hedged", r.marginByRating.hedged, Fmt::Percent, "on hedged GPU-hours");
        in.number(m + "merchant", r.marginByRating.merchant, Fmt::Percent, "on merchant GPU-hours");
    } else if (r.useMarginGrid) {
        for (std::size_t i = 0; i < r.marginGrid.size(); ++i) {
            const std::string g = p + "margin_grid[" + std::to_string(i) + "].";
            in.number(g + "min_coverage", r.marginGrid[i].minCoverage, Fmt::Percent, "coverage from");
            in.number(g + "margin", r.marginGrid[i].margin, Fmt::Percent, "margin");
        }
    } else {
        in.number(p + "margin", r.margin, Fmt::Percent, "a year");
    }
}

} // namespace

std::vector<Input> dealInputs(const Deal &d)
{
    Inputs in;
    const std::string cur = d.currency;
    const std::string perHour = cur + " per GPU-hour";
    in.section("Deal");
    in.text("name", d.name);
    in.text("sponsor", d.sponsor);
    in.text("currency", d.currency);
    in.text("notes", d.notes);
    char start[16];
    std::snprintf(start, sizeof start, "%04d-%02d", d.start.year, d.start.month);
    in.text("start", start, "financial close: first day of this month");
    in.number("construction_months", d.constructionMonths, Fmt::Integer, "months (C)");
    in.number("operating_months", d.operatingMonths, Fmt::Integer, "months (O)");

    in.section("Cluster");
    const Cluster &c = d.cluster;
    in.text("cluster.gpu_model", c.gpuModel);
    in.number("cluster.gpus", c.gpus, Fmt::Integer, "GPUs (G)");
    in.number("cluster.availability", c.availability, Fmt::Percent, "of hours sellable");
    in.number("cluster.kw_per_gpu", c.kwPerGpu, Fmt::Decimal, "kW per GPU (IT load)");
    in.number("cluster.pue", c.pue, Fmt::Decimal, "x");
    in.number("cluster.power_price_per_kwh", c.powerPricePerKwh, Fmt::Price, cur + " per kWh");
    in.number("cluster.power_escalation", c.powerEscalation, Fmt::Percent, "a year");
    in.number("cluster.fixed_opex_per_gpu_month", c.fixedOpexPerGpuMonth, Fmt::Money, cur + " per GPU-month");
    in.number("cluster.opex_escalation", c.opexEscalation, Fmt::Percent, "a year");
    in.number("cluster.variable_opex_pct_of_revenue", c.variableOpexPctOfRevenue, Fmt::Percent, "of revenue");

    in.section("Capex");
    for (std::size_t i = 0; i < d.capex.size(); ++i) {
        const CapexItem &x = d.capex[i];
        const std::string p = "capex[" + std::to_string(i) + "].";
        in.text(p + "category", std::string(toString(x.category)));
        in.text(p + "description", x.description);
        in.number(p + "quantity", x.quantity, Fmt::Decimal, "units");
        in.number(p + "unit_cost", x.unitCost, Fmt::Money, cur);
        for (std::size_t j = 0; j < x.spend.size(); ++j) {
            const std::string s = p + "spend[" + std::to_string(j) + "].";
            in.number(s + "period", x.spend[j].period, Fmt::Integer, "period paid");
            in.number(s + "share", x.spend[j].share, Fmt::Percent, "of the item's cost");
        }
        in.number(p + "useful_life_months", x.usefulLifeMonths, Fmt::Integer, "months");
        in.number(p + "residual_pct", x.residualPct, Fmt::Percent, "of cost");
    }

    in.section("Offtake");
    for (std::size_t i = 0; i < d.offtake.size(); ++i) {
        const OfftakeContract &x = d.offtake[i];
        const std::string p = "offtake[" + std::to_string(i) + "].";
        in.text(p + "counterparty", x.counterparty);
        in.text(p + "rating", std::string(toString(x.rating)));
        in.number(p + "start_period", x.startPeriod, Fmt::Integer, "period");
        in.number(p + "term_months", x.termMonths, Fmt::Integer, "months");
        in.number(p + "gpus", x.gpus, Fmt::Integer, "GPUs");
        in.number(p + "price_per_gpu_hour", x.pricePerGpuHour, Fmt::Price, perHour);
        in.number(p + "escalation", x.escalation, Fmt::Percent, "a contract year");
        in.number(p + "prepayment_pct", x.prepaymentPct, Fmt::Percent, "of contract value");
    }

    in.section("Market");
    const Market &m = d.market;
    in.text("market.index", m.index);
    in.number("market.spot_price_per_gpu_hour", m.spotPricePerGpuHour, Fmt::Price, perHour);
    in.number("market.annual_change", m.annualChange, Fmt::Percent, "a model year");
    in.number("market.merchant_utilization", m.merchantUtilization, Fmt::Percent, "of uncontracted hours");
    in.number("market.volatility", m.volatility, Fmt::Percent, "a year (Monte Carlo only)");
    in.number("market.mean_reversion", m.meanReversion, Fmt::Decimal, "a year (Monte Carlo only)");

    in.section("Hedges");
    for (std::size_t i = 0; i < d.hedges.size(); ++i) {
        const Hedge &x = d.hedges[i];
        const std::string p = "hedges[" + std::to_string(i) + "].";
        in.text(p + "type", std::string(toString(x.type)));
        in.number(p + "start_period", x.startPeriod, Fmt::Integer, "period");
        in.number(p + "term_months", x.termMonths, Fmt::Integer, "months");
        in.number(p + "gpus", x.gpus, Fmt::Integer, "GPUs of notional");
        in.number(p + "strike_per_gpu_hour", x.strikePerGpuHour, Fmt::Price, perHour);
        in.number(p + "premium_per_gpu_hour", x.premiumPerGpuHour, Fmt::Price, perHour);
        in.number(p + "initial_margin_per_gpu", x.initialMarginPerGpu, Fmt::Money, cur + " per GPU");
        in.number(p + "fee_per_gpu_hour", x.feePerGpuHour, Fmt::Price, perHour);
    }

    in.section("Senior debt");
    const Debt &b = d.debt;
    in.text("debt.name", b.name);
    if (b.sizing.mode == Sizing::Mode::Amount) {
        in.number("debt.sizing.amount", b.sizing.amount, Fmt::Money, cur);
    } else {
        in.number("debt.sizing.target_dscr", b.sizing.targetDscr, Fmt::Multiple, "x");
        in.number("debt.sizing.max_ltv", b.sizing.maxLtv, Fmt::Percent, "of total capex");
    }
    in.number("debt.tenor_months", b.tenorMonths, Fmt::Integer, "months (T)");
    in.text("debt.profile", std::string(toString(b.profile)));
    if (b.tranches.empty()) {
        rateInputs(in, "debt.rate.", b.rate);
    } else {
        for (std::size_t t = 0; t < b.tranches.size(); ++t) {
            const std::string p = "debt.tranches[" + std::to_string(t) + "].";
            in.text(p + "name", b.tranches[t].name);
            in.number(p + "share", b.tranches[t].share, Fmt::Percent, "of the facility");
            rateInputs(in, p + "rate.", b.tranches[t].rate);
        }
    }
    in.text("debt.day_count", std::string(toString(b.dayCount)));
    in.number("debt.upfront_fee", b.upfrontFee, Fmt::Percent, "of the debt");
    in.number("debt.commitment_fee", b.commitmentFee, Fmt::Percent, "a year on undrawn");
    in.number("debt.dsra_months", b.dsraMonths, Fmt::Integer, "months of debt service");
    in.number("debt.covenants.lockup_dscr", b.covenants.lockupDscr, Fmt::Multiple, "x");
    in.number("debt.covenants.default_dscr", b.covenants.defaultDscr, Fmt::Multiple, "x");
    if (b.covenants.maxLtv)
        in.number("debt.covenants.max_ltv", *b.covenants.maxLtv, Fmt::Percent, "of the collateral's value");
    if (b.waterfall) {
        const Waterfall &w = *b.waterfall;
        in.number("debt.waterfall.test_months", w.testMonths, Fmt::Integer, "months between test dates");
        in.number("debt.waterfall.lookback_months", w.lookbackMonths, Fmt::Integer, "months (historic DSCR)");
        in.number("debt.waterfall.lockup", w.lockup ? 1 : 0, Fmt::Integer, "1 = true, 0 = false");
        in.number("debt.waterfall.release_after", w.releaseAfter, Fmt::Integer, "passing tests");
        in.number("debt.waterfall.sweep_trapped_after", w.sweepTrappedAfter, Fmt::Integer,
                  "failing tests (0: never)");
        in.number("debt.waterfall.cash_sweep", w.cashSweep, Fmt::Percent, "of D on a test date");
    }
    if (d.collateral) {
        const Collateral &k = *d.collateral;
        in.section("Collateral");
        in.number("collateral.annual_decline", k.annualDecline, Fmt::Percent, "a year");
        in.number("collateral.floor", k.floor, Fmt::Percent, "of cost");
        for (std::size_t i = 0; i < k.categories.size(); ++i)
            in.text("collateral.categories[" + std::to_string(i) + "]",
                    std::string(toString(k.categories[i])));
        in.number("collateral.index_linked", k.indexLinked ? 1 : 0, Fmt::Integer,
                  "1 = true (Monte Carlo only)");
    }
    if (d.credit) {
        const Credit &k = *d.credit;
        in.section("Credit (Monte Carlo only)");
        for (const Rating rating : allRatings())
            in.number("credit.pd_by_rating." + std::string(toString(rating)),
                      k.pdByRating[std::size_t(rating)], Fmt::Percent, "annual default probability");
        in.number("credit.correlation", k.correlation, Fmt::Decimal, "");
        in.number("credit.remarketing_months", k.remarketingMonths, Fmt::Integer, "months");
        in.number("credit.recovery", k.recovery, Fmt::Percent, "recovery rate");
    }

    in.section("Equity and tax");
    in.number("equity.cost_of_equity", d.costOfEquity, Fmt::Percent, "a year");
    in.number("tax.rate", d.taxRate, Fmt::Percent, "of taxable income");
    in.text("tax.depreciation", std::string(toString(d.taxDepreciation)), "straight_line or macrs_5");
    in.number("tax.bonus", d.taxBonus, Fmt::Percent, "of 5-year property's cost in C+1 (macrs_5)");
    in.number("tax.nol_limit", d.nolLimit, Fmt::Percent, "of taxable income losses may offset");
    return in.take();
}

} // namespace gds::xlsx
