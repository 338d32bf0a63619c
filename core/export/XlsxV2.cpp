// (v2) The workbook's version-2 lines that are not the waterfall (XlsxWaterfall.cpp): tax depreciation
// (MACRS), the collateral's value and the terminal value's tax, each tranche's rate, interest and
// lender flow, and the margin by rating.
#include "engine/CashflowModel.h"
#include "export/XlsxInternal.h"
#include "model/Enums.h"

#include <algorithm>
#include <cmath>

namespace gds::xlsx {

namespace {

using P = int;
constexpr const char *C = "construction_months";
constexpr const char *N = "calc_n";
constexpr double kMacrs5[6] = {0.20, 0.32, 0.192, 0.1152, 0.1152, 0.0576}; // engine.md 4

std::string capexName(std::size_t i, const char *field)
{
    std::string s = "capex_";
    s += std::to_string(i);
    s += '_';
    s += field;
    return s;
}

std::string cost(std::size_t i)
{
    std::string s = "(";
    s += capexName(i, "quantity");
    s += '*';
    s += capexName(i, "unit_cost");
    s += ')';
    return s;
}

// 1 when capex item i is pledged (its category is in collateral.categories), else 0.
std::string pledged(std::size_t i)
{
    std::string s = "IF(ISNUMBER(MATCH(";
    s += capexName(i, "category");
    s += ",collateral_categories,0)),1,0)";
    return s;
}

std::string sumOf(const std::vector<std::string> &terms)
{
    std::string s;
    for (const std::string &t : terms) {
        if (!s.empty())
            s += '+';
        s += t;
    }
    return s.empty() ? std::string("0") : s;
}

const Rate &rateOf(const Deal &deal, std::size_t t)
{
    return deal.debt.tranches.empty() ? deal.debt.rate : deal.debt.tranches[t].rate;
}

std::size_t trancheCount(const Deal &deal)
{
    return deal.debt.tranches.empty() ? 1 : deal.debt.tranches.size();
}

std::string trancheKey(std::size_t t, const char *field)
{
    std::string s = "tranche_";
    s += std::to_string(t);
    s += '_';
    s += field;
    return s;
}

std::string shareName(std::size_t t)
{
    std::string s = "debt_tranches_";
    s += std::to_string(t);
    s += "_share";
    return s;
}

// The Periods column of tranche t's GPU-hours weighted by the margin by rating (its numerator).
std::string ratedColumn(const Deal &deal, std::size_t t)
{
    return ratePrefix(deal, t) + "margin_hours";
}

} // namespace

std::string ratePrefix(const Deal &deal, std::size_t t)
{
    if (deal.debt.tranches.empty())
        return "debt_rate_";
    std::string s = "debt_tranches_";
    s += std::to_string(t);
    s += "_rate_";
    return s;
}

std::string marginName(const Deal &deal, std::size_t t)
{
    const Rate &r = rateOf(deal, t);
    if (r.type == RateType::Fixed)
        return {};
    if (r.useMarginByRating) {
        std::string s = "calc_";
        s += ratePrefix(deal, t);
        s += "margin";
        return s;
    }
    if (r.useMarginGrid)
        return deal.debt.tranches.empty() ? std::string("solved_margin")
                                          : "solved_" + trancheKey(t, "margin");
    return ratePrefix(deal, t) + "margin";
}

std::string marginMetricFormula(const Deal &deal)
{
    if (deal.debt.tranches.empty()) {
        const std::string m = marginName(deal, 0);
        return m.empty() ? std::string("\"\"") : m;
    }
    std::vector<std::string> weighted, shares;
    for (std::size_t t = 0; t < deal.debt.tranches.size(); ++t) {
        const std::string m = marginName(deal, t);
        if (m.empty())
            continue;
        weighted.push_back(shareName(t) + "*" + m);
        shares.push_back(shareName(t));
    }
    if (shares.empty())
        return "\"\"";
    std::string s = "(";
    s += sumOf(weighted);
    s += ")/(";
    s += sumOf(shares);
    s += ')';
    return s;
}

std::string terminalValueFormula(const Deal &deal, const PeriodsLayout &layout)
{
    std::vector<std::string> terms;
    for (std::size_t i = 0; i < deal.capex.size(); ++i) {
        std::string nbv = deal.collateral ? "(1-" + pledged(i) + ")*" : std::string();
        nbv += cost(i);
        nbv += "*(1-(1-" + capexName(i, "residual_pct") + ")/" + capexName(i, "useful_life_months") +
               "*MIN(" + capexName(i, "useful_life_months") + ",operating_months))";
        terms.push_back(nbv);
    }
    if (deal.collateral) {
        std::string v = "INDEX(";
        v += layout.sheetRange("collateral_value");
        v += ",calc_n+1)";
        terms.push_back(v);
    }
    return sumOf(terms);
}

std::vector<Derived> v2Derived(const Deal &deal, const Result &result, const PeriodsLayout &layout)
{
    std::vector<Derived> out;
    const std::string tenorHours = "SUM(" + layout.sheetRange("tenor_gpu_hours") + ")";
    for (std::size_t t = 0; t < trancheCount(deal); ++t) {
        const Rate &r = rateOf(deal, t);
        if (r.type != RateType::Floating || !r.useMarginByRating)
            continue;
        std::string label = "Margin by rating (mean over the tenor's GPU-hours)";
        if (!deal.debt.tranches.empty())
            label += ", tranche " + std::to_string(t);
        const double value = t < result.tranches.size() ? result.tranches[t].margin.value_or(0.0) : 0.0;
        std::string fx = "IF(";
        fx += tenorHours;
        fx += ">0,SUM(" + layout.sheetRange(ratedColumn(deal, t)) + ")/" + tenorHours + ",0)";
        out.push_back({label, marginName(deal, t), fx, value, Fmt::Percent});
    }

    // 5.3: the gain over the remaining tax basis (cost less the tax depreciation deducted) is taxed.
    std::vector<std::string> costs;
    for (std::size_t i = 0; i < deal.capex.size(); ++i)
        costs.push_back(cost(i));
    std::string taxed = "tax_rate*(calc_terminal_value-(";
    taxed += sumOf(costs);
    taxed += "-SUM(" + layout.sheetRange("depreciation") + ")))";
    const std::string when = deal.collateral ? "TRUE" : "tax_depreciation=\"macrs_5\"";
    out.push_back({"Tax on the terminal value (5.3)", "calc_terminal_tax", "IF(" + when + "," + taxed + ",0)",
                   result.metrics.terminalTax, Fmt::Money});

    if (!deal.debt.tranches.empty())
        for (std::size_t t = 0; t < deal.debt.tranches.size(); ++t) {
            const TrancheResult *r = t < result.tranches.size() ? &result.tranches[t] : nullptr;
            const std::string tn = " of tranche " + std::to_string(t);
            out.push_back({"Amount" + tn, "calc_" + trancheKey(t, "amount"), shareName(t) + "*solved_debt",
                           r ? r->amount : 0.0, Fmt::Money});
            std::string yield = "IFERROR((1+IRR(";
            yield += layout.sheetRange(trancheKey(t, "lender_flow"));
            yield += ",0.01))^12-1,\"\")";
            out.push_back({"Lender yield" + tn, "calc_" + trancheKey(t, "lender_yield"), yield,
                           r && r->lenderYield ? *r->lenderYield : std::nan(""), Fmt::Percent});
        }
    return out;
}

std::vector<std::pair<std::string, std::pair<std::string, std::string>>>
v2MetricFormulas(const Deal &deal, const PeriodsLayout &layout)
{
    auto rg = [&](const char *k) { return layout.sheetRange(k); };
    const bool waterfall = deal.debt.waterfall.has_value();
    std::vector<std::pair<std::string, std::pair<std::string, std::string>>> fx = {
        {"terminal_value",
         {"calc_terminal_value", "net book value at N ((v2) pledged items at the collateral's value V_N)"}},
        {"terminal_tax",
         {"calc_terminal_tax", "tax rate x (TV - remaining tax basis) with MACRS or collateral"}},
        {"debt_prepaid", {"SUM(" + rg("prepay") + ")", "sum of prepayments"}},
        {"max_trapped", {"MAX(" + rg("lockup_account") + ")", "largest lock-up balance K"}},
        {"ltv_breaches",
         {!deal.debt.covenants.maxLtv    ? std::string("\"\"")
          : waterfall && deal.collateral ? "SUM(" + rg("wf_ltv_breach") + ")"
                                         : std::string("0"),
          "test dates whose LTV cure fell short (none without max_ltv)"}},
        {"peak_ltv",
         {deal.collateral ? "IF(AND(solved_debt>0,COUNT(" + rg("ltv") + ")>0),MAX(" + rg("ltv") + "),\"\")"
                          : std::string("\"\""),
          "largest LTV over the loan's tenor periods (none without collateral)"}},
        {"debt_repaid_period",
         {waterfall ? "IF(solved_debt>0,INDEX(" + rg("period") + ",MATCH(1," + rg("wf_end") + ",0)),\"\")"
                    : std::string("IF(solved_debt>0,construction_months+debt_tenor_months,\"\")"),
          waterfall ? "the period the loan ended (C + T, or a prepayment repaid it)"
                    : "C + T: nothing is prepaid"}},
    };
    if (waterfall) {
        fx.push_back({"lockup_breaches",
                      {"COUNTIF(" + rg("hist_dscr") + ",\"<\"&debt_covenants_lockup_dscr)",
                       "test dates with historic DSCR below lock-up"}});
        fx.push_back({"default_breaches",
                      {"COUNTIF(" + rg("hist_dscr") + ",\"<\"&debt_covenants_default_dscr)",
                       "test dates with historic DSCR below default"}});
    }
    return fx;
}

void PeriodsLayout::addHelper(std::string key, Fmt fmt, std::string comment, Formula formula)
{
    Column c(std::move(key), fmt, Column::Kind::Helper);
    c.formula = std::move(formula);
    c.comment = std::move(comment);
    c.values.assign(static_cast<std::size_t>(m_n + 1), std::nan("")); // no cached result: recalculated
    add(std::move(c));
}

// The annual rate of tranche t in period p (base + margin, or fixed).
std::string trancheRateFormula(const Deal &deal, std::size_t t, const std::string &modelYear)
{
    const Rate &r = rateOf(deal, t);
    const std::string pre = ratePrefix(deal, t);
    if (r.type == RateType::Fixed)
        return pre + "fixed_rate";
    std::string base = pre + "base_rate";
    if (r.useBaseCurve)
        base = "INDEX(" + pre + "base_rate_curve,MIN(" + modelYear + "," +
               std::to_string(r.baseRateCurve.size() - 1) + ")+1)";
    return base + "+" + marginName(deal, t);
}

void PeriodsLayout::buildV2Helpers(const Deal &deal, const Result &result)
{
    auto A = [this](P p) { return at("period", p); };
    auto R = [this](const std::string &k, P p) { return at(k, p); };
    const int n = m_n, cm = deal.constructionMonths;

    // Tax depreciation per capex item (engine.md 4): MACRS 5-year property, or the book line.
    for (std::size_t i = 0; i < deal.capex.size(); ++i) {
        const CapexItem &item = deal.capex[i];
        std::string cat;
        for (const char *c : {"compute", "networking", "storage", "spares"})
            cat += std::string(cat.empty() ? "" : ",") + capexName(i, "category") + "=\"" + c + "\"";
        const std::string book = capexName(i, "depreciation");
        Column c(capexName(i, "tax_depreciation"), Fmt::Money, Column::Kind::Helper);
        c.comment = "tax depreciation: macrs_5 for 5-year property (bonus in C+1, the rest at the half-year "
                    "rates in twelfths), else the book line";
        c.formula = [=](P p) {
            const std::string a = A(p);
            std::string s = "IF(AND(tax_depreciation=\"macrs_5\",OR(" + cat + ")),IF(AND(" + a + ">" + C +
                            "," + a + "<=" + N + "),IF(" + a + "=" + C + "+1,tax_bonus*" + cost(i) +
                            ",0)+(1-tax_bonus)*" + cost(i) + "*IFERROR(CHOOSE(INT((" + a + "-" + C +
                            "-1)/12)+1,0.2,0.32,0.192,0.1152,0.1152,0.0576),0)/12,0),";
            s += R(book, p);
            s += ')';
            return s;
        };
        const bool macrs =
            deal.taxDepreciation == TaxDepreciation::Macrs5 && isFiveYearProperty(item.category);
        const int life = item.usefulLifeMonths;
        for (int p = 0; p <= n; ++p) {
            double v = 0.0;
            if (macrs && p > cm) {
                const int j = (p - cm - 1) / 12;
                v = (p == cm + 1 ? deal.taxBonus * item.cost() : 0.0) +
                    (j < 6 ? (1.0 - deal.taxBonus) * item.cost() * kMacrs5[j] / 12.0 : 0.0);
            } else if (!macrs && p > cm && p <= std::min(cm + life, n)) {
                v = item.cost() * (1 - item.residualPct) / life;
            }
            c.values.push_back(v);
        }
        add(std::move(c));
    }

    // Margin by rating (engine.md 5): each tenor period's GPU-hours priced by who buys them.
    for (std::size_t t = 0; t < trancheCount(deal); ++t) {
        const Rate &r = rateOf(deal, t);
        if (r.type != RateType::Floating || !r.useMarginByRating)
            continue;
        const std::string m = ratePrefix(deal, t) + "margin_by_rating_";
        addHelper(
            ratedColumn(deal, t), Fmt::Money,
            "tenor: hours x (contracted GPUs x margin of their rating + hedged x m(hedged) + the rest x "
            "m(merchant)); over the tenor's G x hours it is the margin",
            [=](P p) {
                std::string s = R("tenor", p) + "*" + R("hours", p) + "*(";
                for (std::size_t i = 0; i < deal.offtake.size(); ++i)
                    s += R("offtake_" + std::to_string(i) + "_active", p) + "*offtake_" + std::to_string(i) +
                         "_gpus*" + m + std::string(toString(deal.offtake[i].rating)) + "+";
                const std::string free = "(cluster_gpus-" + R("contracted_gpus", p) + ")";
                const std::string hedged = "MIN(" + R("hedged_gpus", p) + "," + free + ")";
                s += hedged + "*" + m + "hedged+(" + free + "-" + hedged + ")*" + m + "merchant)";
                return s;
            });
    }

    // Tranches (engine.md 5): each one's rate, its interest on its share of the balance, its flows.
    if (deal.debt.tranches.empty())
        return;
    for (std::size_t t = 0; t < deal.debt.tranches.size(); ++t) {
        addHelper(trancheKey(t, "rate"), Fmt::Percent, "annual rate of tranche " + std::to_string(t),
                  [=](P p) { return trancheRateFormula(deal, t, R("model_year", p)); });
        addHelper(trancheKey(t, "interest"), Fmt::Money, "i_t,p x share_t x balance_p-1", [=](P p) {
            if (p == 0)
                return std::string("0");
            return "IF(" + A(p) + ">" + C + "," + R(trancheKey(t, "rate"), p) + "*" +
                   R("day_count_fraction", p) + "*" + shareName(t) + "*" + R("balance", p - 1) + ",0)";
        });
        addHelper(trancheKey(t, "lender_flow"), Fmt::Money,
                  "share_t x (lender flow less the facility's interest) + the tranche's interest", [=](P p) {
                      return shareName(t) + "*(" + R("lender_flow", p) + "-" + R("interest", p) + ")+" +
                             R(trancheKey(t, "interest"), p);
                  });
    }
    (void)result;
}

std::string facilityRateFormula(const Deal &deal, const std::function<std::string(const std::string &)> &col,
                                const std::string &modelYear)
{
    if (deal.debt.tranches.empty())
        return trancheRateFormula(deal, 0, modelYear);
    std::vector<std::string> terms;
    for (std::size_t t = 0; t < deal.debt.tranches.size(); ++t)
        terms.push_back(shareName(t) + "*" + col(trancheKey(t, "rate")));
    return sumOf(terms);
}

} // namespace gds::xlsx
