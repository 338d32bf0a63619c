#include "engine/Result.h"

namespace gds {

const std::vector<PeriodField> &periodFields()
{
    using T = PeriodTable;
    static const std::vector<PeriodField> fields = {
        {"capex", &T::capex, Unit::Money, false, false},
        {"sellable_hours", &T::sellableHours, Unit::Hours, false, false},
        {"contract_revenue", &T::contractRevenue, Unit::Money, false, false},
        {"prepayment", &T::prepayment, Unit::Money, false, false},
        {"prepaid_release", &T::prepaidRelease, Unit::Money, false, false},
        {"merchant_revenue", &T::merchantRevenue, Unit::Money, false, false},
        {"spot_price", &T::spotPrice, Unit::PricePerHour, true, false},
        {"hedge", &T::hedge, Unit::Money, false, false},
        {"hedge_margin", &T::hedgeMargin, Unit::Money, false, false},
        {"power", &T::power, Unit::Money, false, false},
        {"fixed_opex", &T::fixedOpex, Unit::Money, false, false},
        {"variable_opex", &T::variableOpex, Unit::Money, false, false},
        {"ebitda", &T::ebitda, Unit::Money, false, false},
        {"depreciation", &T::depreciation, Unit::Money, false, false},
        {"fin_amort", &T::finAmort, Unit::Money, false, false},
        {"interest", &T::interest, Unit::Money, false, false},
        {"tax", &T::tax, Unit::Money, false, false},
        {"cfads", &T::cfads, Unit::Money, false, false},
        {"draw", &T::draw, Unit::Money, false, false},
        {"idc", &T::idc, Unit::Money, false, false},
        {"commitment_fee", &T::commitmentFee, Unit::Money, false, false},
        {"principal", &T::principal, Unit::Money, false, false},
        {"prepay", &T::prepay, Unit::Money, false, false},
        {"debt_service", &T::debtService, Unit::Money, false, false},
        {"balance", &T::balance, Unit::Money, true, false},
        {"dscr", &T::dscr, Unit::Multiple, true, true},
        {"dsra", &T::dsra, Unit::Money, true, false},
        {"hist_dscr", &T::histDscr, Unit::Multiple, true, true},
        {"cash_account", &T::cashAccount, Unit::Money, true, false},
        {"lockup_account", &T::lockupAccount, Unit::Money, true, false},
        {"distribution", &T::distribution, Unit::Money, false, false},
        {"support", &T::support, Unit::Money, false, false},
        {"collateral_value", &T::collateralValue, Unit::Money, true, false},
        {"ltv", &T::ltv, Unit::Percent, true, true},
        {"equity_flow", &T::equityFlow, Unit::Money, false, false},
    };
    return fields;
}

namespace {
template <double Metrics::*M> std::optional<double> plain(const Metrics &m)
{
    return m.*M;
}
template <std::optional<double> Metrics::*M> std::optional<double> opt(const Metrics &m)
{
    return m.*M;
}
template <int Metrics::*M> std::optional<double> count(const Metrics &m)
{
    return double(m.*M);
}
} // namespace

// The labels below are marked for Qt's lupdate (Translations.cmake scans this file): the workbench and
// the reports translate them in the context "gds::MetricField"; the CLI prints them as they are. Core
// itself stays free of Qt: the marker is an identity here.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

const std::vector<MetricField> &metricFields()
{
    using M = Metrics;
    static const std::vector<MetricField> fields = {
        {"total_capex", Unit::Money, -1, plain<&M::totalCapex>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Total capex"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Total capex")},
        {"idc", Unit::Money, -1, plain<&M::idc>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Interest during construction"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Capitalized interest")},
        {"upfront_fee", Unit::Money, -1, plain<&M::upfrontFee>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Upfront fee"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Upfront fee")},
        {"commitment_fees", Unit::Money, -1, plain<&M::commitmentFees>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Commitment fees"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Commitment fees")},
        {"dsra_initial", Unit::Money, -1, plain<&M::dsraInitial>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Initial DSRA"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Initial DSRA")},
        {"total_uses", Unit::Money, -1, plain<&M::totalUses>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Total uses"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Total uses")},
        {"debt", Unit::Money, +1, plain<&M::debt>, QT_TRANSLATE_NOOP("gds::MetricField", "Senior debt"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Debt")},
        {"debt_drawn", Unit::Money, +1, plain<&M::debtDrawn>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Debt drawn in cash"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Debt drawn in cash")},
        {"equity", Unit::Money, -1, plain<&M::equity>, QT_TRANSLATE_NOOP("gds::MetricField", "Equity"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Equity")},
        {"gearing", Unit::Percent, +1, opt<&M::gearing>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Gearing (debt / uses)"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Gearing")},
        {"ltv", Unit::Percent, +1, opt<&M::ltv>, QT_TRANSLATE_NOOP("gds::MetricField", "LTV (debt / capex)"),
         QT_TRANSLATE_NOOP("gds::MetricField", "LTV")},
        {"coverage", Unit::Percent, +1, plain<&M::coverage>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Contracted + hedged coverage"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Contracted + hedged")},
        {"margin", Unit::Percent, -1, opt<&M::margin>, QT_TRANSLATE_NOOP("gds::MetricField", "Margin"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Margin")},
        {"min_dscr", Unit::Multiple, +1, opt<&M::minDscr>, QT_TRANSLATE_NOOP("gds::MetricField", "Min DSCR"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Min DSCR")},
        {"avg_dscr", Unit::Multiple, +1, opt<&M::avgDscr>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Average DSCR"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Avg DSCR")},
        {"llcr", Unit::Multiple, +1, opt<&M::llcr>, QT_TRANSLATE_NOOP("gds::MetricField", "LLCR"),
         QT_TRANSLATE_NOOP("gds::MetricField", "LLCR")},
        {"lender_yield", Unit::Percent, -1, opt<&M::lenderYield>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Lender all-in yield"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Lender all-in yield")},
        {"equity_irr", Unit::Percent, +1, opt<&M::equityIrr>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Equity IRR"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Equity IRR")},
        {"project_irr", Unit::Percent, +1, opt<&M::projectIrr>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Project IRR (unlevered, post-tax)"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Project IRR")},
        {"wacc", Unit::Percent, -1, opt<&M::wacc>, QT_TRANSLATE_NOOP("gds::MetricField", "WACC"),
         QT_TRANSLATE_NOOP("gds::MetricField", "WACC")},
        {"npv", Unit::Money, +1, opt<&M::npv>, QT_TRANSLATE_NOOP("gds::MetricField", "NPV at WACC"),
         QT_TRANSLATE_NOOP("gds::MetricField", "NPV at WACC")},
        {"lcoc", Unit::PricePerHour, -1, opt<&M::lcoc>, QT_TRANSLATE_NOOP("gds::MetricField", "LCOC"),
         QT_TRANSLATE_NOOP("gds::MetricField", "LCOC")},
        {"spot_headroom", Unit::Percent, +1, opt<&M::spotHeadroom>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Spot headroom (fall to DSCR 1.00x)"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Spot headroom")},
        {"payback_months", Unit::Months, -1, opt<&M::paybackMonths>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Equity payback"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Equity payback")},
        {"lockup_breaches", Unit::Count, -1, count<&M::lockupBreaches>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Lock-up breaches"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Lock-up breaches")},
        {"default_breaches", Unit::Count, -1, count<&M::defaultBreaches>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Default breaches"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Default breaches")},
        {"terminal_value", Unit::Money, +1, plain<&M::terminalValue>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Terminal value"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Terminal value")},
        {"terminal_tax", Unit::Money, -1, plain<&M::terminalTax>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Tax on the terminal value"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Tax on terminal value")},
        {"debt_prepaid", Unit::Money, 0, plain<&M::debtPrepaid>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Debt prepaid (waterfall)"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Debt prepaid")},
        {"max_trapped", Unit::Money, -1, plain<&M::maxTrapped>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Cash trapped at most"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Cash trapped at most")},
        {"ltv_breaches", Unit::Count, -1, opt<&M::ltvBreaches>,
         QT_TRANSLATE_NOOP("gds::MetricField", "LTV breaches"),
         QT_TRANSLATE_NOOP("gds::MetricField", "LTV breaches")},
        {"peak_ltv", Unit::Percent, -1, opt<&M::peakLtv>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Peak LTV (collateral)"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Peak LTV")},
        {"debt_repaid_period", Unit::Count, 0, opt<&M::debtRepaidPeriod>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Debt repaid in period"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Debt repaid in period")},
        {"sizing_iterations", Unit::Count, 0, count<&M::sizingIterations>,
         QT_TRANSLATE_NOOP("gds::MetricField", "Sizing iterations"),
         QT_TRANSLATE_NOOP("gds::MetricField", "Sizing rounds")},
    };
    return fields;
}

const MetricField *metricField(std::string_view key)
{
    for (const MetricField &f : metricFields())
        if (key == f.key)
            return &f;
    return nullptr;
}

} // namespace gds
