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

const std::vector<MetricField> &metricFields()
{
    using M = Metrics;
    static const std::vector<MetricField> fields = {
        {"total_capex", Unit::Money, -1, plain<&M::totalCapex>},
        {"idc", Unit::Money, -1, plain<&M::idc>},
        {"upfront_fee", Unit::Money, -1, plain<&M::upfrontFee>},
        {"commitment_fees", Unit::Money, -1, plain<&M::commitmentFees>},
        {"dsra_initial", Unit::Money, -1, plain<&M::dsraInitial>},
        {"total_uses", Unit::Money, -1, plain<&M::totalUses>},
        {"debt", Unit::Money, +1, plain<&M::debt>},
        {"debt_drawn", Unit::Money, +1, plain<&M::debtDrawn>},
        {"equity", Unit::Money, -1, plain<&M::equity>},
        {"gearing", Unit::Percent, +1, opt<&M::gearing>},
        {"ltv", Unit::Percent, +1, opt<&M::ltv>},
        {"coverage", Unit::Percent, +1, plain<&M::coverage>},
        {"margin", Unit::Percent, -1, opt<&M::margin>},
        {"min_dscr", Unit::Multiple, +1, opt<&M::minDscr>},
        {"avg_dscr", Unit::Multiple, +1, opt<&M::avgDscr>},
        {"llcr", Unit::Multiple, +1, opt<&M::llcr>},
        {"lender_yield", Unit::Percent, -1, opt<&M::lenderYield>},
        {"equity_irr", Unit::Percent, +1, opt<&M::equityIrr>},
        {"project_irr", Unit::Percent, +1, opt<&M::projectIrr>},
        {"wacc", Unit::Percent, -1, opt<&M::wacc>},
        {"npv", Unit::Money, +1, opt<&M::npv>},
        {"lcoc", Unit::PricePerHour, -1, opt<&M::lcoc>},
        {"spot_headroom", Unit::Percent, +1, opt<&M::spotHeadroom>},
        {"payback_months", Unit::Months, -1, opt<&M::paybackMonths>},
        {"lockup_breaches", Unit::Count, -1, count<&M::lockupBreaches>},
        {"default_breaches", Unit::Count, -1, count<&M::defaultBreaches>},
        {"terminal_value", Unit::Money, +1, plain<&M::terminalValue>},
        {"terminal_tax", Unit::Money, -1, plain<&M::terminalTax>},
        {"debt_prepaid", Unit::Money, 0, plain<&M::debtPrepaid>},
        {"max_trapped", Unit::Money, -1, plain<&M::maxTrapped>},
        {"ltv_breaches", Unit::Count, -1, opt<&M::ltvBreaches>},
        {"peak_ltv", Unit::Percent, -1, opt<&M::peakLtv>},
        {"debt_repaid_period", Unit::Count, 0, opt<&M::debtRepaidPeriod>},
        {"sizing_iterations", Unit::Count, 0, count<&M::sizingIterations>},
    };
    return fields;
}

} // namespace gds
