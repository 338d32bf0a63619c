// Small deals built in code for tests that need a particular structure.
#pragma once

#include "model/Deal.h"

namespace gds::test {

// A one-item, merchant-only deal with no construction: the simplest thing the engine computes.
inline Deal plainDeal()
{
    Deal d;
    d.name = "Test deal";
    d.start = {2027, 1};
    d.constructionMonths = 0;
    d.operatingMonths = 60;
    d.cluster.gpus = 1000;
    d.cluster.availability = 0.95;
    d.cluster.kwPerGpu = 1.2;
    d.cluster.pue = 1.3;
    d.cluster.powerPricePerKwh = 0.08;
    d.cluster.fixedOpexPerGpuMonth = 200;
    CapexItem servers;
    servers.category = CapexCategory::Compute;
    servers.quantity = 125;
    servers.unitCost = 250000;
    servers.spend = {{0, 1.0}};
    servers.usefulLifeMonths = 60;
    servers.residualPct = 0.1;
    d.capex = {servers};
    d.market.spotPricePerGpuHour = 2.0;
    d.market.annualChange = -0.1;
    d.market.merchantUtilization = 0.8;
    d.market.volatility = 0.4;
    d.market.meanReversion = 0.8;
    d.debt.sizing = {Sizing::Mode::DscrLtv, 1.3, 0.7, 0.0};
    d.debt.tenorMonths = 48;
    d.debt.profile = Profile::Annuity;
    d.debt.rate.type = RateType::Fixed;
    d.debt.rate.fixedRate = 0.08;
    d.debt.dsraMonths = 3;
    d.costOfEquity = 0.15;
    d.taxRate = 0.21;
    return d;
}

// A loan on its own: capex equal to the amount at close, no operations to speak of, fixed rate.
inline Deal loanOnly(double amount, int months, double rate, Profile profile, DayCount dc)
{
    Deal d = plainDeal();
    d.operatingMonths = months;
    d.capex[0].quantity = 1;
    d.capex[0].unitCost = amount;
    d.capex[0].usefulLifeMonths = months;
    d.debt.sizing = {Sizing::Mode::Amount, 0.0, 0.0, amount};
    d.debt.tenorMonths = months;
    d.debt.profile = profile;
    d.debt.rate.fixedRate = rate;
    d.debt.dayCount = dc;
    d.debt.dsraMonths = 0;
    return d;
}

} // namespace gds::test
