// The Periods sheet's columns: every line of the result document's period table as a live formula on
// the Assumptions' defined names and on other columns, with helper columns to the right (flags,
// per-contract, per-hedge and per-capex lines, rate, discount factor, tax loss balance, flows).
#include "export/XlsxExport.h"
#include "export/XlsxInternal.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gds::xlsx {

namespace {

using P = int;
std::string idx(const std::string &prefix, std::size_t i, const std::string &field)
{
    return prefix + "_" + std::to_string(i) + "_" + field;
}
std::string joinSum(const std::vector<std::string> &terms)
{
    if (terms.empty())
        return "0";
    std::string s;
    for (const auto &t : terms)
        s += (s.empty() ? "" : "+") + t;
    return s;
}

// (v2) 5.2: V_p = pledged cost x max(floor, (1 - annual_decline)^((p - C)/12)) from C on.
std::string collateralValue(const Deal &deal, const std::string &period)
{
    if (!deal.collateral)
        return "0";
    std::string cost;
    for (std::size_t i = 0; i < deal.capex.size(); ++i) {
        const std::string o = "capex_" + std::to_string(i) + "_";
        if (!cost.empty())
            cost += '+';
        cost += "IF(ISNUMBER(MATCH(" + o + "category,collateral_categories,0)),1,0)*" + o + "quantity*" + o +
                "unit_cost";
    }
    std::string s = "IF(" + period + ">=construction_months,(";
    s += cost.empty() ? std::string("0") : cost;
    s += ")*MAX(collateral_floor,(1-collateral_annual_decline)^((" + period + "-construction_months)/12)),0)";
    return s;
}

// Names of the Assumptions sheet used below (defined there).
constexpr const char *C = "construction_months";
constexpr const char *N = "calc_n";
constexpr const char *T = "debt_tenor_months";

} // namespace

void PeriodsLayout::add(Column c)
{
    if (column(c.key) >= 0)
        throw std::logic_error("duplicate column " + c.key);
    m_columns.push_back(std::move(c));
}

int PeriodsLayout::column(const std::string &key) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].key == key)
            return static_cast<int>(i);
    return -1;
}

std::string PeriodsLayout::at(const std::string &key, int p) const
{
    const int c = column(key);
    if (c < 0)
        throw std::logic_error("no column " + key);
    return cellRef(row(p), c, false);
}

std::string PeriodsLayout::range(const std::string &key) const
{
    const int c = column(key);
    if (c < 0)
        throw std::logic_error("no column " + key);
    return cellRef(row(0), c, true) + ":" + cellRef(row(m_n), c, true);
}

std::string PeriodsLayout::sheetRange(const std::string &key) const
{
    return std::string(kPeriods) + "!" + range(key);
}

std::string PeriodsLayout::rangeTo(const std::string &key, int p) const
{
    const int c = column(key);
    return cellRef(row(0), c, true) + ":" + cellRef(row(p), c, false);
}

PeriodsLayout::PeriodsLayout(const Deal &deal, const Result &result) : m_n(result.periods.n)
{
    buildFields(deal, result);
    buildHelpers(deal, result);
}

void PeriodsLayout::buildFields(const Deal &deal, const Result &result)
{
    const PeriodTable &t = result.periods;
    const int n = t.n;
    auto series = [&](std::vector<double> PeriodTable::*s) { return t.*s; };
    auto A = [this](P p) { return at("period", p); };
    auto R = [this](const std::string &k, P p) { return at(k, p); };

    {
        Column c("period", Fmt::Integer);
        for (int p = 0; p <= n; ++p)
            c.values.push_back(p);
        add(std::move(c));
    }
    {
        Column c("start", Fmt::Date);
        c.formula = [A](P p) {
            return p == 0 ? std::string("calc_close_date")
                          : "DATE(YEAR(calc_close_date),MONTH(calc_close_date)+" + A(p) + "-1,1)";
        };
        // A period ends on the last day of the month it is shown as ("Jan 2027" ends 2027-01-31), as on
        // the term sheet and in the period table (engine-conventions.md, dates); the close is its own day.
        Column e("end", Fmt::Date);
        e.formula = [A](P p) {
            return p == 0 ? std::string("calc_close_date")
                          : "DATE(YEAR(calc_close_date),MONTH(calc_close_date)+" + A(p) + ",0)";
        };
        for (int p = 0; p <= n; ++p) {
            c.values.push_back(excelDate(t.year[p], t.month[p], 1));
            const bool next = p > 0;
            const int y = t.year[p] + (next && t.month[p] == 12 ? 1 : 0);
            const int m = next ? t.month[p] % 12 + 1 : t.month[p];
            e.values.push_back(next ? excelDate(y, m, 1) - 1.0 : excelDate(y, m, 1));
        }
        add(std::move(c));
        add(std::move(e));
    }
    {
        Column c("days", Fmt::Integer);
        c.formula = [R](P p) {
            return p == 0 ? R("end", p) + "-" + R("start", p) : R("end", p) + "-" + R("start", p) + "+1";
        };
        for (int p = 0; p <= n; ++p)
            c.values.push_back(t.days[p]);
        add(std::move(c));
    }
    {
        Column c("phase", Fmt::Text);
        c.formula = [A](P p) {
            return "IF(" + A(p) + "=0,\"close\",IF(" + A(p) + "<=" + C + ",\"construction\",\"operation\"))";
        };
        for (int p = 0; p <= n; ++p)
            c.texts.push_back(t.phase[p] == Phase::Close          ? "close"
                              : t.phase[p] == Phase::Construction ? "construction"
                                                                  : "operation");
        add(std::move(c));
    }

    const std::size_t contracts = deal.offtake.size(), hedges = deal.hedges.size(), items = deal.capex.size();
    const bool sculpted = deal.debt.profile == Profile::Sculpted;
    const bool bullet = deal.debt.profile == Profile::Bullet;

    using F = std::function<std::string(P)>;
    auto perContract = [contracts](const std::function<std::string(std::size_t)> &term) {
        std::vector<std::string> terms;
        for (std::size_t i = 0; i < contracts; ++i)
            terms.push_back(term(i));
        return terms;
    };
    std::vector<std::pair<std::string, F>> formulas = {
        {"capex",
         [=](P p) {
             std::vector<std::string> terms;
             for (std::size_t i = 0; i < items; ++i)
                 terms.push_back(R("capex_" + std::to_string(i) + "_spend", p));
             return joinSum(terms);
         }},
        {"sellable_hours",
         [=](P p) { return R("operating", p) + "*cluster_gpus*" + R("hours", p) + "*cluster_availability"; }},
        {"contract_revenue",
         [=](P p) {
             return joinSum(perContract([&](std::size_t i) { return R(idx("offtake", i, "value"), p); }));
         }},
        {"prepayment",
         [=, this](P p) {
             return joinSum(perContract([&](std::size_t i) {
                 const std::string o = "offtake_" + std::to_string(i) + "_";
                 return "IF(" + A(p) + "=" + o + "start_period," + o + "prepayment_pct*SUM(" +
                        range(idx("offtake", i, "value")) + "),0)";
             }));
         }},
        {"prepaid_release",
         [=](P p) {
             return joinSum(perContract([&](std::size_t i) {
                 return "offtake_" + std::to_string(i) + "_prepayment_pct*" +
                        R(idx("offtake", i, "value"), p);
             }));
         }},
        {"merchant_revenue",
         [=](P p) {
             return R("operating", p) + "*(cluster_gpus-" + R("contracted_gpus", p) + ")*" + R("hours", p) +
                    "*cluster_availability*market_merchant_utilization*" + R("spot_price", p);
         }},
        {"spot_price",
         [=](P p) {
             return "IF(" + A(p) + ">=1,market_spot_price_per_gpu_hour*(1+market_annual_change)^" +
                    R("model_year", p) + ",0)";
         }},
        {"hedge",
         [=](P p) {
             std::vector<std::string> terms;
             for (std::size_t h = 0; h < hedges; ++h)
                 terms.push_back(R(idx("hedge", h, "settlement"), p));
             return joinSum(terms);
         }},
        {"hedge_margin",
         [=](P p) {
             std::vector<std::string> terms;
             for (std::size_t h = 0; h < hedges; ++h)
                 terms.push_back(R(idx("hedge", h, "margin"), p));
             return joinSum(terms);
         }},
        {"power",
         [=](P p) {
             return R("operating", p) + "*cluster_gpus*cluster_kw_per_gpu*cluster_pue*" + R("hours", p) +
                    "*cluster_power_price_per_kwh*(1+cluster_power_escalation)^" + R("model_year", p);
         }},
        {"fixed_opex",
         [=](P p) {
             return R("operating", p) +
                    "*cluster_gpus*cluster_fixed_opex_per_gpu_month*(1+cluster_opex_escalation)^" +
                    R("model_year", p);
         }},
        {"variable_opex",
         [=](P p) {
             return "cluster_variable_opex_pct_of_revenue*(" + R("contract_revenue", p) + "+" +
                    R("merchant_revenue", p) + ")";
         }},
        {"ebitda",
         [=](P p) {
             return R("contract_revenue", p) + "+" + R("merchant_revenue", p) + "+" + R("hedge", p) + "-" +
                    R("power", p) + "-" + R("fixed_opex", p) + "-" + R("variable_opex", p);
         }},
        {"depreciation",
         [=](P p) {
             std::vector<std::string> terms;
             for (std::size_t i = 0; i < items; ++i)
                 terms.push_back(R("capex_" + std::to_string(i) + "_tax_depreciation", p)); // (v2) 4
             return joinSum(terms);
         }},
        {"fin_amort",
         [=](P p) {
             return "IF(" + R("tenor", p) + "=1,(calc_idc+calc_upfront_fee+calc_commitment_fees)/" + T +
                    ",0)";
         }},
        {"interest",
         [=](P p) {
             return p == 0 ? std::string("0")
                           : "IF(" + R("tenor", p) + "=1," + R("interest_factor", p) + "*" +
                                 R("balance", p - 1) + ",0)";
         }},
        {"tax",
         [=](P p) {
             if (p == 0)
                 return std::string("0");
             const std::string x = R("taxable_income", p), l = R("tax_loss_balance", p - 1);
             return "IF(" + x + "<=0,0,tax_rate*(" + x + "-MIN(" + l + ",tax_nol_limit*" + x + ")))";
         }},
        {"cfads",
         [=](P p) {
             return "IF(" + A(p) + ">=1," + R("ebitda", p) + "-" + R("prepaid_release", p) + "-" +
                    R("tax", p) + ",0)";
         }},
        {"draw", [=](P p) { return "IF(" + A(p) + "<=" + C + ",solved_kappa*" + R("capex", p) + ",0)"; }},
        {"idc",
         [=](P p) {
             return p == 0 ? std::string("0")
                           : "IF(" + A(p) + "<=" + C + "," + R("balance", p - 1) + "*" +
                                 R("interest_factor", p) + ",0)";
         }},
        {"commitment_fee",
         [=, this](P p) {
             if (p == 0)
                 return std::string("0");
             return "IF(" + A(p) + "<=" + C + ",debt_commitment_fee*(SUM(" + range("draw") + ")-SUM(" +
                    rangeTo("draw", p - 1) + "))*" + R("day_count_fraction", p) + ",0)";
         }},
        {"principal", [=](P p) { return R("debt_service", p) + "-" + R("interest", p); }},
        {"debt_service",
         [=](P p) {
             return sculpted ? R("solved_debt_service", p) : "solved_debt*" + R("unit_debt_service", p);
         }},
        {"balance",
         [=](P p) {
             if (p == 0)
                 return R("draw", p);
             const std::string prev = R("balance", p - 1);
             return "IF(" + A(p) + "<=" + C + "," + prev + "*(1+" + R("interest_factor", p) + ")+" +
                    R("draw", p) + "," + prev + "-" + R("principal", p) + ")";
         }},
        {"dscr",
         [=](P p) {
             const std::string ts = R("tested_debt_service", p);
             return "IF(AND(" + R("tenor", p) + "=1," + ts + ">0)," + R("cfads", p) + "/" + ts + ",\"\")";
         }},
        {"dsra",
         [=, this](P p) {
             return "IF(AND(" + A(p) + ">=" + C + "," + A(p) + "<=" + C + "+" + T + "),SUMIFS(" +
                    range("tested_debt_service") + "," + range("period") + ",\">\"&" + A(p) + "," +
                    range("period") + ",\"<=\"&MIN(" + A(p) + "+debt_dsra_months," + C + "+" + T + ")),0)";
         }},
        // (v2) Without a waterfall (5.1) nothing is prepaid, the accounts stay empty and every operating
        // period distributes CFADS - DS - dDSRA; with one, waterfallFields() replaces these lines.
        {"prepay", [](P) { return std::string("0"); }},
        {"hist_dscr", [](P) { return std::string("\"\""); }},
        {"cash_account", [](P) { return std::string("0"); }},
        {"lockup_account", [](P) { return std::string("0"); }},
        {"distribution",
         [=](P p) {
             const std::string prevDsra = p == 0 ? std::string("0") : R("dsra", p - 1);
             return "IF(" + A(p) + "<=" + C + ",0," + R("cfads", p) + "-" + R("debt_service", p) + "-(" +
                    R("dsra", p) + "-" + prevDsra + "))";
         }},
        {"support", [](P) { return std::string("0"); }},
        {"collateral_value", [=](P p) { return collateralValue(deal, A(p)); }},
        {"ltv",
         [=](P p) {
             if (!deal.collateral || p == 0)
                 return std::string("\"\"");
             const std::string v = R("collateral_value", p);
             return "IF(AND(" + R("tenor", p) + "=1,solved_debt>0," + v + ">0),(" + R("balance", p - 1) +
                    "-" + R("principal", p) + ")/" + v + ",\"\")";
         }},
        {"equity_flow",
         [=](P p) {
             return "-(" + R("capex", p) + "-" + R("draw", p) + ")-" + R("commitment_fee", p) + "-IF(" +
                    A(p) + "=0,calc_upfront_fee,0)+" + R("hedge_margin", p) + "+IF(" + A(p) + "<=" + C + "," +
                    R("cfads", p) + "-IF(" + A(p) + "=" + C + "," + R("dsra", p) + ",0)," +
                    R("distribution", p) + "-" + R("support", p) + "+" + R("prepayment", p) + "+IF(" + A(p) +
                    "=" + N + ",calc_terminal_value-calc_terminal_tax,0))";
         }},
    };
    (void)bullet;
    if (deal.debt.waterfall)
        for (auto &field : waterfallFields(deal)) {
            const std::string &key =
                field.first; // a name, not a structured binding: clang 14 cannot capture those
            auto it =
                std::find_if(formulas.begin(), formulas.end(), [&](const auto &e) { return e.first == key; });
            if (it == formulas.end())
                throw std::logic_error("no line " + key);
            it->second = field.second;
        }

    for (const PeriodField &f : periodFields()) {
        Column c(f.key, fmtForUnit(f.unit));
        c.values = series(f.series);
        const auto it =
            std::find_if(formulas.begin(), formulas.end(), [&](const auto &e) { return e.first == f.key; });
        if (it != formulas.end())
            c.formula = it->second;
        else
            c.kind = Column::Kind::Solved; // a line this writer does not know: the engine's value
        add(std::move(c));
    }
}

} // namespace gds::xlsx
