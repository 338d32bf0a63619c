// Helper columns of the Periods sheet (to the right of the result document's lines): period flags,
// one value column per contract, hedge and capex item, the loan's rate and discount factor, the tax
// loss balances, the lender and project flows and the payback test. Each is a formula too; its cached
// result is computed here from the deal and the engine's result.
#include "engine/Engine.h"
#include "export/XlsxInternal.h"
#include "model/Enums.h"

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
constexpr const char *C = "construction_months";
constexpr const char *N = "calc_n";
constexpr const char *T = "debt_tenor_months";

// The scheduled loan's debt service sDS_p (engine.md 5). Without a waterfall it is the reported one;
// with one (v2) prepayments scale the reported DS, so the engine's scheduled loan is asked for.
std::vector<double> scheduledDebtService(const Deal &deal, const Result &result)
{
    if (!deal.debt.waterfall)
        return result.periods.debtService;
    BaseLoan base;
    EngineOptions options;
    options.computeSpotHeadroom = false;
    options.baseLoan = &base;
    if (!compute(deal, options).ok() || base.debt.debtService.size() != result.periods.debtService.size())
        throw std::runtime_error("the scheduled loan could not be computed");
    return base.debt.debtService;
}
} // namespace

void PeriodsLayout::buildHelpers(const Deal &deal, const Result &result)
{
    const PeriodTable &t = result.periods;
    const int n = t.n, cm = deal.constructionMonths, tenorEnd = cm + deal.debt.tenorMonths;
    auto A = [this](P p) { return at("period", p); };
    auto R = [this](const std::string &k, P p) { return at(k, p); };
    auto helper = [n](std::string key, Fmt fmt, std::string comment, std::function<std::string(P)> formula,
                      const std::function<double(P)> &value) {
        Column c(std::move(key), fmt, Column::Kind::Helper);
        c.formula = std::move(formula);
        c.comment = std::move(comment);
        for (int p = 0; p <= n; ++p)
            c.values.push_back(value(p));
        return c;
    };
    auto hours = [&t](P p) { return 24.0 * t.days[p]; };
    auto year = [](P p) { return p >= 1 ? (p - 1) / 12 : 0; };

    add(helper(
        "hours", Fmt::Hours, "24 x days", [=](P p) { return "24*" + R("days", p); }, hours));
    add(helper(
        "model_year", Fmt::Integer, "floor((p-1)/12) from period 1",
        [=](P p) { return "IF(" + A(p) + ">=1,INT((" + A(p) + "-1)/12),0)"; },
        [=](P p) { return double(year(p)); }));
    add(helper(
        "operating", Fmt::Integer, "1 in operating periods C+1..N",
        [=](P p) { return "IF(AND(" + A(p) + ">" + C + "," + A(p) + "<=" + N + "),1,0)"; },
        [=](P p) { return p > cm && p <= n ? 1.0 : 0.0; }));
    add(helper(
        "tenor", Fmt::Integer, "1 in the loan's tenor periods C+1..C+T",
        [=](P p) { return "IF(AND(" + A(p) + ">" + C + "," + A(p) + "<=" + C + "+" + T + "),1,0)"; },
        [=](P p) { return p > cm && p <= tenorEnd ? 1.0 : 0.0; }));

    const double avail = deal.cluster.availability;
    for (std::size_t i = 0; i < deal.offtake.size(); ++i) {
        const OfftakeContract &k = deal.offtake[i];
        const InstrumentResult &contract = result.offtake[i]; // the engine's first and last period
        const std::string o = "offtake_" + std::to_string(i) + "_";
        auto active = [&contract](P p) { return p >= contract.first && p <= contract.last; };
        add(helper(
            idx("offtake", i, "active"), Fmt::Integer, "1 while contract " + std::to_string(i) + " runs",
            [=](P p) {
                return "IF(AND(" + A(p) + ">=" + o + "start_period," + A(p) + "<" + o + "start_period+" + o +
                       "term_months," + A(p) + ">=1),1,0)";
            },
            [=](P p) { return active(p) ? 1.0 : 0.0; }));
        add(helper(
            idx("offtake", i, "value"), Fmt::Money, "monthly contract value V_c(p), as earned",
            [=](P p) {
                return R(idx("offtake", i, "active"), p) + "*" + o + "gpus*" + R("hours", p) +
                       "*cluster_availability*" + o + "price_per_gpu_hour*(1+" + o + "escalation)^INT((" +
                       A(p) + "-" + o + "start_period)/12)";
            },
            [=](P p) {
                return active(p) ? k.gpus * hours(p) * avail * k.pricePerGpuHour *
                                       std::pow(1 + k.escalation, (p - k.startPeriod) / 12)
                                 : 0.0;
            }));
    }
    add(helper(
        "contracted_gpus", Fmt::Integer, "GPUs under active contracts g_c(p)",
        [=](P p) {
            std::string s = "0";
            for (std::size_t i = 0; i < deal.offtake.size(); ++i)
                s += "+" + R(idx("offtake", i, "active"), p) + "*offtake_" + std::to_string(i) + "_gpus";
            return s;
        },
        [&t](P p) { return t.contractedGpus[p]; }));

    for (std::size_t h = 0; h < deal.hedges.size(); ++h) {
        const Hedge &g = deal.hedges[h];
        const InstrumentResult &hedge = result.hedges[h]; // the engine's first and last period
        const std::string o = "hedges_" + std::to_string(h) + "_";
        auto active = [&hedge](P p) { return p >= hedge.first && p <= hedge.last; };
        add(helper(
            idx("hedge", h, "active"), Fmt::Integer, "1 while hedge " + std::to_string(h) + " runs",
            [=](P p) {
                return "IF(AND(" + A(p) + ">=" + o + "start_period," + A(p) + "<" + o + "start_period+" + o +
                       "term_months," + A(p) + ">=1),1,0)";
            },
            [=](P p) { return active(p) ? 1.0 : 0.0; }));
        add(helper(
            idx("hedge", h, "settlement"), Fmt::Money,
            "swap/futures: n(strike-S-fee); floor: n(max(strike-S,0)-premium-fee)",
            [=](P p) {
                const std::string s = R("spot_price", p);
                return R(idx("hedge", h, "active"), p) + "*" + o + "gpus*" + R("hours", p) + "*(IF(" + o +
                       "type=\"floor\",MAX(" + o + "strike_per_gpu_hour-" + s + ",0)-" + o +
                       "premium_per_gpu_hour," + o + "strike_per_gpu_hour-" + s + ")-" + o +
                       "fee_per_gpu_hour)";
            },
            [=, &t](P p) {
                if (!active(p))
                    return 0.0;
                const double s = t.spotPrice[p];
                const double unit = g.type == HedgeType::Floor
                                        ? std::max(g.strikePerGpuHour - s, 0.0) - g.premiumPerGpuHour
                                        : g.strikePerGpuHour - s;
                return g.gpus * hours(p) * (unit - g.feePerGpuHour);
            }));
        add(helper(
            idx("hedge", h, "margin"), Fmt::Money, "futures initial margin: posted (-) and returned (+)",
            [=](P p) {
                return "IF(" + o + "type=\"futures\"," + o + "gpus*" + o + "initial_margin_per_gpu*(IF(" +
                       A(p) + "=MIN(" + o + "start_period+" + o + "term_months-1," + N + "),1,0)-IF(" + A(p) +
                       "=MAX(" + o + "start_period-1,0),1,0)),0)";
            },
            [=](P p) {
                if (g.type != HedgeType::Futures)
                    return 0.0;
                const double im = g.gpus * g.initialMarginPerGpu;
                return (p == hedge.last ? im : 0.0) - (p == hedge.first - 1 ? im : 0.0);
            }));
    }
    add(helper(
        "hedged_gpus", Fmt::Integer, "GPUs of notional under active hedges g_h(p)",
        [=](P p) {
            std::string s = "0";
            for (std::size_t h = 0; h < deal.hedges.size(); ++h)
                s += "+" + R(idx("hedge", h, "active"), p) + "*hedges_" + std::to_string(h) + "_gpus";
            return s;
        },
        [&t](P p) { return t.hedgedGpus[p]; }));

    for (std::size_t i = 0; i < deal.capex.size(); ++i) {
        const CapexItem &item = deal.capex[i];
        const std::string o = "capex_" + std::to_string(i) + "_";
        add(helper(
            o + "spend", Fmt::Money, "capex item " + std::to_string(i) + " paid in the period",
            [=](P p) {
                std::string s;
                for (std::size_t j = 0; j < item.spend.size(); ++j) {
                    const std::string sp = o + "spend_" + std::to_string(j) + "_";
                    s += (s.empty() ? "" : "+") + ("IF(" + A(p) + "=" + sp + "period," + sp + "share,0)");
                }
                return o + "quantity*" + o + "unit_cost*(" + (s.empty() ? "0" : s) + ")";
            },
            [=](P p) {
                double share = 0.0;
                for (const SpendShare &s : item.spend)
                    share += s.period == p ? s.share : 0.0;
                return item.quantity * item.unitCost * share;
            }));
        const int life = item.usefulLifeMonths;
        add(helper(
            o + "depreciation", Fmt::Money, "straight line from COD over the useful life",
            [=](P p) {
                return "IF(AND(" + A(p) + ">" + C + "," + A(p) + "<=MIN(" + C + "+" + o +
                       "useful_life_months," + N + ")),(" + o + "quantity*" + o + "unit_cost)*(1-" + o +
                       "residual_pct)/" + o + "useful_life_months,0)";
            },
            [=](P p) {
                return p > cm && p <= std::min(cm + life, n) ? item.cost() * (1 - item.residualPct) / life
                                                             : 0.0;
            }));
    }

    const DayCount dc = deal.debt.dayCount;
    auto dcf = [dc, &t](P p) {
        if (p == 0)
            return 0.0;
        return dc == DayCount::Thirty360 ? 30.0 / 360 : t.days[p] / (dc == DayCount::Act365F ? 365.0 : 360.0);
    };
    add(helper(
        "day_count_fraction", Fmt::Factor, "ACT/360: days/360; ACT/365F: days/365; 30/360: 30/360",
        [=](P p) {
            return "IF(" + A(p) + "=0,0,IF(debt_day_count=\"30/360\",30/360," + R("days", p) +
                   "/IF(debt_day_count=\"ACT/365F\",365,360)))";
        },
        dcf));
    const Rate &rate = deal.debt.rate;
    const int curveLen = static_cast<int>(rate.baseRateCurve.size());
    add(helper(
        "rate", Fmt::Percent,
        "annual loan rate r_p (base + margin, or fixed; (v2) share-weighted over tranches)",
        [=](P p) {
            return facilityRateFormula(
                deal, [=](const std::string &k) { return R(k, p); }, R("model_year", p));
        },
        [&](P p) {
            if (!deal.debt.tranches.empty())
                return std::nan(""); // recalculated
            if (rate.type == RateType::Fixed)
                return rate.fixedRate;
            const double base =
                rate.useBaseCurve ? rate.baseRateCurve[std::min(year(p), curveLen - 1)] : rate.baseRate;
            return base + result.metrics.margin.value_or(0.0);
        }));
    add(helper(
        "interest_factor", Fmt::Factor, "i_p = r_p x day-count fraction",
        [=](P p) { return "IF(" + A(p) + "=0,0," + R("rate", p) + "*" + R("day_count_fraction", p) + ")"; },
        [&t](P p) { return t.interestFactor[p]; }));
    add(helper(
        "discount_factor", Fmt::Factor,
        "DF_p = prod 1/(1+i_s) from COD over the tenor (0 outside, as the engine)",
        [=](P p) {
            return p == 0 ? std::string("0")
                          : "IF(" + R("tenor", p) + "=1,IF(" + R("tenor", p - 1) + "=1," +
                                R("discount_factor", p - 1) + ",1)/(1+" + R("interest_factor", p) + "),0)";
        },
        [&t](P p) { return t.discountFactor[p]; }));

    const double debt = result.metrics.debt;
    if (deal.debt.profile == Profile::Sculpted) {
        Column c("solved_debt_service", Fmt::Money, Column::Kind::Solved);
        c.values = scheduledDebtService(deal, result);
        c.comment = "Solved by the engine: sculpted (scheduled) debt service DS_p = max(CFADS_p,0) x B / W";
        add(std::move(c));
    } else {
        const Profile profile = deal.debt.profile;
        add(helper(
            "unit_debt_service", Fmt::Factor, "debt service per unit of debt at COD, u_p",
            [=, this](P p) {
                const std::string tn = R("tenor", p), i = R("interest_factor", p);
                switch (profile) {
                case Profile::Annuity:
                    return "IF(" + tn + "=1,1/SUMPRODUCT(" + range("discount_factor") + "," + range("tenor") +
                           "),0)";
                case Profile::StraightLine:
                    return "IF(" + tn + "=1,1/" + T + "+" + i + "*(1-(" + A(p) + "-" + C + "-1)/" + T +
                           "),0)";
                case Profile::Bullet:
                case Profile::Sculpted:
                    break;
                }
                return "IF(" + tn + "=1," + i + "+IF(" + A(p) + "=" + C + "+" + T + ",1,0),0)";
            },
            [&t, debt](P p) { return debt > 0 ? t.debtService[p] / debt : 0.0; }));
    }
    const bool bullet = deal.debt.profile == Profile::Bullet;
    const bool waterfall = deal.debt.waterfall.has_value();
    add(helper(
        "tested_debt_service", Fmt::Money,
        "DS*_p: debt service tested by DSCR and DSRA (bullet: interest only)",
        [=](P p) {
            if (waterfall) // (v2) the actual loan's: interest for a bullet, else its debt service
                return bullet ? R("interest", p) : R("debt_service", p);
            return bullet ? "IF(" + R("tenor", p) + "=1,solved_debt*" + R("interest_factor", p) + ",0)"
                          : R("debt_service", p);
        },
        [&t](P p) { return t.testedDebtService[p]; }));

    // Tax loss balances (levered and unlevered), replayed on the engine's lines for the cached values.
    std::vector<double> taxable(n + 1, 0.0), loss(n + 1, 0.0), taxableU(n + 1, 0.0), lossU(n + 1, 0.0);
    for (int p = 1; p <= n; ++p) {
        taxable[p] = t.ebitda[p] - t.depreciation[p] - t.interest[p] - t.finAmort[p];
        taxableU[p] = t.ebitda[p] - t.depreciation[p];
        const double nol = deal.nolLimit;
        loss[p] = taxable[p] <= 0 ? loss[p - 1] - taxable[p]
                                  : loss[p - 1] - std::min(loss[p - 1], nol * taxable[p]);
        lossU[p] = taxableU[p] <= 0 ? lossU[p - 1] - taxableU[p]
                                    : lossU[p - 1] - std::min(lossU[p - 1], nol * taxableU[p]);
    }
    auto lossFormula = [=](const std::string &x, const std::string &l) {
        return [=](P p) {
            if (p == 0)
                return std::string("0");
            const std::string xv = R(x, p), prev = R(l, p - 1);
            return "IF(" + xv + "<=0," + prev + "-" + xv + "," + prev + "-MIN(" + prev + ",tax_nol_limit*" +
                   xv + "))";
        };
    };
    add(helper(
        "taxable_income", Fmt::Money, "EBITDA - depreciation - interest - financing-cost amortization",
        [=](P p) {
            return "IF(" + A(p) + ">=1," + R("ebitda", p) + "-" + R("depreciation", p) + "-" +
                   R("interest", p) + "-" + R("fin_amort", p) + ",0)";
        },
        [=](P p) { return taxable[p]; }));
    add(helper("tax_loss_balance", Fmt::Money, "tax losses carried forward after the period",
               lossFormula("taxable_income", "tax_loss_balance"), [=](P p) { return loss[p]; }));
    add(helper(
        "taxable_income_unlevered", Fmt::Money, "EBITDA - depreciation (no interest, no financing costs)",
        [=](P p) { return "IF(" + A(p) + ">=1," + R("ebitda", p) + "-" + R("depreciation", p) + ",0)"; },
        [=](P p) { return taxableU[p]; }));
    add(helper("tax_loss_balance_unlevered", Fmt::Money, "unlevered tax losses carried forward",
               lossFormula("taxable_income_unlevered", "tax_loss_balance_unlevered"),
               [=](P p) { return lossU[p]; }));
    add(helper(
        "tax_unlevered", Fmt::Money, "tax with no interest and no financing costs (project IRR)",
        [=](P p) {
            if (p == 0)
                return std::string("0");
            const std::string x = R("taxable_income_unlevered", p),
                              l = R("tax_loss_balance_unlevered", p - 1);
            return "IF(" + x + "<=0,0,tax_rate*(" + x + "-MIN(" + l + ",tax_nol_limit*" + x + ")))";
        },
        [&t](P p) { return t.taxUnlevered[p]; }));
    add(helper(
        "lender_flow", Fmt::Money, "-draw + upfront fee + commitment fee + interest + principal + prepayment",
        [=](P p) {
            return "-" + R("draw", p) + "+IF(" + A(p) + "=0,calc_upfront_fee,0)+" + R("commitment_fee", p) +
                   "+" + R("interest", p) + "+" + R("principal", p) + "+" + R("prepay", p);
        },
        [&t](P p) { return t.lenderFlow[p]; }));
    add(helper(
        "project_flow", Fmt::Money,
        "-capex + EBITDA - prepaid release + prepayment - unlevered tax + hedge margin (+ net TV at N)",
        [=](P p) {
            return "-" + R("capex", p) + "+" + R("ebitda", p) + "-" + R("prepaid_release", p) + "+" +
                   R("prepayment", p) + "-" + R("tax_unlevered", p) + "+" + R("hedge_margin", p) + "+IF(" +
                   A(p) + "=" + N + ",calc_terminal_value-calc_terminal_tax,0)";
        },
        [&t](P p) { return t.projectFlow[p]; }));

    std::vector<double> cum(n + 1, 0.0), seen(n + 1, 0.0), payback(n + 1, 0.0);
    for (int p = 0; p <= n; ++p) {
        cum[p] = (p > 0 ? cum[p - 1] : 0.0) + t.equityFlow[p];
        seen[p] = (p > 0 && seen[p - 1] > 0) || cum[p] < 0 ? 1.0 : 0.0;
        payback[p] = p > 0 && seen[p - 1] > 0 && cum[p] >= 0 ? 1.0 : 0.0;
    }
    add(helper(
        "cumulative_equity", Fmt::Money, "cumulative equity cash flow",
        [=](P p) {
            return p == 0 ? R("equity_flow", p) : R("cumulative_equity", p - 1) + "+" + R("equity_flow", p);
        },
        [=](P p) { return cum[p]; }));
    add(helper(
        "equity_negative_seen", Fmt::Integer, "1 once cumulative equity has been negative",
        [=](P p) {
            const std::string neg = R("cumulative_equity", p) + "<0";
            return p == 0 ? "IF(" + neg + ",1,0)"
                          : "IF(OR(" + R("equity_negative_seen", p - 1) + "=1," + neg + "),1,0)";
        },
        [=](P p) { return seen[p]; }));
    add(helper(
        "payback_flag", Fmt::Integer, "1 where cumulative equity turns >= 0 after being negative",
        [=](P p) {
            return p == 0 ? std::string("0")
                          : "IF(AND(" + R("equity_negative_seen", p - 1) + "=1," + R("cumulative_equity", p) +
                                ">=0),1,0)";
        },
        [=](P p) { return payback[p]; }));
    const double gpus = deal.cluster.gpus;
    add(helper(
        "covered_gpu_hours", Fmt::Hours, "tenor: min(g_c + g_h, G) x hours (coverage numerator)",
        [=](P p) {
            return R("tenor", p) + "*MIN(" + R("contracted_gpus", p) + "+" + R("hedged_gpus", p) +
                   ",cluster_gpus)*" + R("hours", p);
        },
        [=, &t](P p) {
            return p > cm && p <= tenorEnd ? std::min(t.contractedGpus[p] + t.hedgedGpus[p], gpus) * hours(p)
                                           : 0.0;
        }));
    add(helper(
        "tenor_gpu_hours", Fmt::Hours, "tenor: G x hours (coverage denominator)",
        [=](P p) { return R("tenor", p) + "*cluster_gpus*" + R("hours", p); },
        [=](P p) { return p > cm && p <= tenorEnd ? gpus * hours(p) : 0.0; }));
    buildV2Helpers(deal, result);
    if (waterfall)
        buildWaterfallHelpers(deal);
}

} // namespace gds::xlsx
