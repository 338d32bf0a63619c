// (v2) The cash waterfall of engine.md 5.1 as live formulas: the scheduled loan (sprin, sbal) in its
// own columns, then one helper column per step of each period (debt service and reserve, placing the
// cash, the LTV cure, the sweep, the lock-up test and its counts, the release), each on the previous
// period's accounts. Ranges that look back (historic DSCR) end at the current row, so that no formula
// depends on a later period: the sheet has no circular reference.
#include "export/XlsxInternal.h"

namespace gds::xlsx {

namespace {

using P = int;
constexpr const char *C = "construction_months";
constexpr const char *T = "debt_tenor_months";

std::string join(std::initializer_list<std::string> parts)
{
    std::string s;
    for (const std::string &p : parts)
        s += p;
    return s;
}

} // namespace

// Columns of the scheduled loan (section 5) and of the waterfall's steps, in the order of 5.1.
void PeriodsLayout::buildWaterfallHelpers(const Deal &deal)
{
    addScheduledLoan(deal);
    addCashSteps();
    addTestSteps(deal);
    addLoanEnd();
}

// The scheduled loan: sDS from the solved size (or the solved sculpted DS), sbal, sprin, sDS*, and
// whether the actual loan lives, phi and the reserve target.
void PeriodsLayout::addScheduledLoan(const Deal &deal)
{
    auto A = [this](P p) { return at("period", p); };
    auto R = [this](const std::string &k, P p) { return at(k, p); };
    auto prev = [this](const std::string &k, P p) { return p == 0 ? std::string("0") : at(k, p - 1); };
    const bool sculpted = deal.debt.profile == Profile::Sculpted;
    const bool bullet = deal.debt.profile == Profile::Bullet;
    const std::string live = "wf_live";

    addHelper("sched_debt_service", Fmt::Money, "scheduled debt service sDS_p (section 5)", [=](P p) {
        return sculpted ? R("solved_debt_service", p) : "solved_debt*" + R("unit_debt_service", p);
    });
    addHelper("sched_interest", Fmt::Money, "scheduled interest i_p x sbal_p-1", [=](P p) {
        return p == 0 ? std::string("0")
                      : join({"IF(", R("tenor", p), "=1,", R("interest_factor", p), "*",
                              prev("sched_balance", p), ",0)"});
    });
    addHelper("sched_principal", Fmt::Money, "scheduled principal sprin_p = sDS_p - scheduled interest",
              [=](P p) { return R("sched_debt_service", p) + "-" + R("sched_interest", p); });
    addHelper("sched_balance", Fmt::Money, "scheduled balance sbal_p (construction: the actual balance)",
              [=](P p) {
                  if (p == 0)
                      return R("draw", p);
                  return join({"IF(", A(p), "<=", C, ",", prev("sched_balance", p), "*(1+",
                               R("interest_factor", p), ")+", R("draw", p), ",", prev("sched_balance", p),
                               "-", R("sched_principal", p), ")"});
              });
    addHelper("sched_tested_debt_service", Fmt::Money, "scheduled tested debt service sDS*_p", [=](P p) {
        return bullet ? join({"IF(", R("tenor", p), "=1,solved_debt*", R("interest_factor", p), ",0)"})
                      : R("sched_debt_service", p);
    });

    // Step 0: whether the loan lives in p, and phi_p-1 = balance_p-1 / sbal_p-1.
    addHelper(live, Fmt::Integer, "1 in the loan's tenor periods until a prepayment repaid it", [=](P p) {
        return p == 0 ? std::string("0")
                      : join({"IF(AND(", R("tenor", p), "=1,solved_debt>0,", prev("wf_over", p), "=0),1,0)"});
    });
    addHelper("wf_phi", Fmt::Factor, "phi_p-1 = balance_p-1 / sbal_p-1 (0 when sbal_p-1 = 0)", [=](P p) {
        return join({"IF(AND(", R(live, p), "=1,", prev("sched_balance", p), ">0),", prev("balance", p), "/",
                     prev("sched_balance", p), ",0)"});
    });
    addHelper("wf_target", Fmt::Money, "reserve target: phi_p-1 x scheduled DS* of the next M periods",
              [=, this](P p) {
                  return join({"IF(", R(live, p), "=1,", R("wf_phi", p), "*SUMIFS(",
                               range("sched_tested_debt_service"), ",", range("period"), ",\">\"&", A(p), ",",
                               range("period"), ",\"<=\"&MIN(", A(p), "+debt_dsra_months,", C, "+", T,
                               ")),0)"});
              });
    addHelper("wf_balance_after_principal", Fmt::Money, "balance_p-1 - principal_p (before prepayments)",
              [=](P p) { return prev("balance", p) + "-" + R("principal", p); });
}

// Steps 1 and 2: pay DS and the reserve movement; place the cash in D, or cover it from D, K, R.
void PeriodsLayout::addCashSteps()
{
    auto R = [this](const std::string &k, P p) { return at(k, p); };
    auto prev = [this](const std::string &k, P p) { return p == 0 ? std::string("0") : at(k, p - 1); };
    const std::string live = "wf_live";

    addHelper("wf_cash", Fmt::Money, "step 1: CFADS - DS - (target - R_p-1)", [=](P p) {
        return join({"IF(", R(live, p), "=1,", R("cfads", p), "-", R("debt_service", p), "-(",
                     R("wf_target", p), "-", prev("dsra", p), "),0)"});
    });
    addHelper("wf_gap_d", Fmt::Money, "step 2: shortfall to cover (from D first)", [=](P p) {
        return join({"IF(AND(", R(live, p), "=1,", R("wf_cash", p), "<0),-", R("wf_cash", p), ",0)"});
    });
    addHelper("wf_from_d", Fmt::Money, "covered from D", [=](P p) {
        return join({"MIN(", R("wf_gap_d", p), ",MAX(", prev("cash_account", p), ",0))"});
    });
    addHelper("wf_gap_k", Fmt::Money, "left to cover from K",
              [=](P p) { return R("wf_gap_d", p) + "-" + R("wf_from_d", p); });
    addHelper("wf_from_k", Fmt::Money, "covered from K", [=](P p) {
        return join({"MIN(", R("wf_gap_k", p), ",MAX(", prev("lockup_account", p), ",0))"});
    });
    addHelper("wf_gap_r", Fmt::Money, "left to cover from the reserve",
              [=](P p) { return R("wf_gap_k", p) + "-" + R("wf_from_k", p); });
    addHelper("wf_from_r", Fmt::Money, "covered from the reserve", [=](P p) {
        return join({"MIN(", R("wf_gap_r", p), ",MAX(", R("wf_target", p), ",0))"});
    });
    addHelper("wf_d1", Fmt::Money, "D after step 2", [=](P p) {
        return join({"IF(", R(live, p), "=1,IF(", R("wf_cash", p), ">=0,", prev("cash_account", p), "+",
                     R("wf_cash", p), ",", prev("cash_account", p), "-", R("wf_from_d", p), "),0)"});
    });
    addHelper("wf_k1", Fmt::Money, "K after step 2", [=](P p) {
        return join({"IF(", R(live, p), "=1,", prev("lockup_account", p), "-", R("wf_from_k", p), ",0)"});
    });
}

// Step 3 on test dates: a. LTV cure, b. cash sweep, c. lock-up test and its counts (the historic DSCR
// is the field hist_dscr).
void PeriodsLayout::addTestSteps(const Deal &deal)
{
    auto A = [this](P p) { return at("period", p); };
    auto R = [this](const std::string &k, P p) { return at(k, p); };
    auto prev = [this](const std::string &k, P p) { return p == 0 ? std::string("0") : at(k, p - 1); };
    const bool ltvTest = deal.debt.covenants.maxLtv && deal.collateral;
    const std::string live = "wf_live";

    addHelper("wf_test", Fmt::Integer, "1 on a test date: (p - C) mod test_months = 0, and C + T", [=](P p) {
        return join({"IF(AND(", R(live, p), "=1,OR(MOD(", A(p), "-", C, ",debt_waterfall_test_months)=0,",
                     A(p), "=", C, "+", T, ")),1,0)"});
    });
    addHelper("wf_ltv_need", Fmt::Money, "a. test date: balance - max_ltv x V_p", [=](P p) {
        if (!ltvTest)
            return std::string("0");
        return join({"IF(", R("wf_test", p), "=1,", R("wf_balance_after_principal", p),
                     "-debt_covenants_max_ltv*", R("collateral_value", p), ",0)"});
    });
    addHelper("wf_available", Fmt::Money, "max(D, 0) + max(K, 0)", [=](P p) {
        return join({"MAX(", R("wf_d1", p), ",0)+MAX(", R("wf_k1", p), ",0)"});
    });
    addHelper("wf_cure", Fmt::Money, "a. prepaid to cure the LTV: min(need, D + K)", [=](P p) {
        return join(
            {"IF(", R("wf_ltv_need", p), ">0,MIN(", R("wf_ltv_need", p), ",", R("wf_available", p), "),0)"});
    });
    addHelper("wf_ltv_breach", Fmt::Integer, "1 when the cure fell short", [=](P p) {
        return join(
            {"IF(AND(", R("wf_ltv_need", p), ">0,", R("wf_cure", p), "<", R("wf_ltv_need", p), "),1,0)"});
    });
    const auto afterCure = [=](P p, const std::string &account, const std::string &rest) {
        const std::string need = R("wf_ltv_need", p);
        return join(
            {"IF(", need, ">0,IF(", need, ">=", R("wf_available", p), ",0,", rest, "),", account, ")"});
    };
    addHelper("wf_d2", Fmt::Money, "D after the cure (from D first)", [=](P p) {
        const std::string d = R("wf_d1", p);
        return afterCure(p, d, d + "-MIN(" + R("wf_ltv_need", p) + "," + d + ")");
    });
    addHelper("wf_k2", Fmt::Money, "K after the cure", [=](P p) {
        const std::string need = R("wf_ltv_need", p);
        return afterCure(p, R("wf_k1", p),
                         R("wf_k1", p) + "-(" + need + "-MIN(" + need + "," + R("wf_d1", p) + "))");
    });
    addHelper("wf_balance2", Fmt::Money, "balance after the cure",
              [=](P p) { return R("wf_balance_after_principal", p) + "-" + R("wf_cure", p); });

    // b. cash sweep, c. lock-up test and its counts.
    addHelper("wf_sweep", Fmt::Money, "b. prepaid by the sweep: min(cash_sweep x D, balance)", [=](P p) {
        return join({"IF(", R("wf_test", p), "=1,MAX(MIN(debt_waterfall_cash_sweep*", R("wf_d2", p), ",",
                     R("wf_balance2", p), "),0),0)"});
    });
    addHelper("wf_d3", Fmt::Money, "D after the sweep",
              [=](P p) { return R("wf_d2", p) + "-" + R("wf_sweep", p); });
    addHelper("wf_balance3", Fmt::Money, "balance after the sweep",
              [=](P p) { return R("wf_balance2", p) + "-" + R("wf_sweep", p); });
    addHelper("wf_fail", Fmt::Integer, "c. 1 when the lock-up test fails (historic DSCR below lock-up)",
              [=](P p) {
                  return join({"IF(AND(", R("wf_test", p), "=1,debt_waterfall_lockup=1,ISNUMBER(",
                               R("hist_dscr", p), ")),IF(", R("hist_dscr", p),
                               "<debt_covenants_lockup_dscr,1,0),0)"});
              });
    addHelper("wf_failing", Fmt::Integer, "consecutive failing tests", [=](P p) {
        return join({"IF(", R("wf_test", p), "=1,IF(", R("wf_fail", p), "=1,", prev("wf_failing", p),
                     "+1,0),", prev("wf_failing", p), ")"});
    });
    addHelper("wf_passing", Fmt::Integer, "consecutive passing tests", [=](P p) {
        return join({"IF(", R("wf_test", p), "=1,IF(", R("wf_fail", p), "=1,0,", prev("wf_passing", p),
                     "+1),", prev("wf_passing", p), ")"});
    });
    addHelper("wf_trapped_prepay", Fmt::Money,
              "c. failing: min(K, balance) from the sweep_trapped_after-th test", [=](P p) {
                  return join({"IF(AND(", R("wf_fail", p), "=1,debt_waterfall_sweep_trapped_after>0,",
                               R("wf_failing", p), ">=debt_waterfall_sweep_trapped_after),MAX(MIN(",
                               R("wf_k2", p), "+", R("wf_d3", p), ",", R("wf_balance3", p), "),0),0)"});
              });
    addHelper("wf_released", Fmt::Money, "c. passing: K released from the release_after-th test", [=](P p) {
        return join({"IF(AND(", R("wf_test", p), "=1,", R("wf_fail", p), "=0,", R("wf_passing", p),
                     ">=debt_waterfall_release_after),", R("wf_k2", p), ",0)"});
    });
    addHelper("wf_d4", Fmt::Money, "D after the test (trapped or distributed)", [=](P p) {
        return join({"IF(", R("wf_test", p), "=1,0,", R("wf_d3", p), ")"});
    });
    addHelper("wf_k4", Fmt::Money, "K after the test", [=](P p) {
        return join({"IF(", R("wf_fail", p), "=1,", R("wf_k2", p), "+", R("wf_d3", p), "-",
                     R("wf_trapped_prepay", p), ",", R("wf_k2", p), "-", R("wf_released", p), ")"});
    });
    addHelper("wf_balance4", Fmt::Money, "balance after every prepayment",
              [=](P p) { return R("wf_balance3", p) + "-" + R("wf_trapped_prepay", p); });
    addHelper("wf_test_paid", Fmt::Money, "c. passing: D (and released K) to the equity", [=](P p) {
        return join({"IF(AND(", R("wf_test", p), "=1,", R("wf_fail", p), "=0),", R("wf_d3", p), "+",
                     R("wf_released", p), ",0)"});
    });
}

// Step 4: C + T, or a prepayment that repaid the balance, ends the loan and releases D and K.
void PeriodsLayout::addLoanEnd()
{
    auto A = [this](P p) { return at("period", p); };
    auto R = [this](const std::string &k, P p) { return at(k, p); };
    auto prev = [this](const std::string &k, P p) { return p == 0 ? std::string("0") : at(k, p - 1); };
    const std::string live = "wf_live";

    addHelper("wf_end", Fmt::Integer, "step 4: 1 in the period the loan ends", [=](P p) {
        return join({"IF(AND(", R(live, p), "=1,OR(", A(p), "=", C, "+", T, ",AND(", R("prepay", p), ">0,",
                     R("wf_balance4", p), "=0))),1,0)"});
    });
    addHelper("wf_over", Fmt::Integer, "1 once the loan has ended", [=](P p) {
        return join({"IF(OR(", prev("wf_over", p), "=1,", R("wf_end", p), "=1),1,0)"});
    });
}

// The result document's lines that the waterfall changes (section 5 with prepayments, 5.1, 5.2).
std::vector<std::pair<std::string, PeriodsLayout::Formula>>
PeriodsLayout::waterfallFields(const Deal &deal) const
{
    auto A = [this](P p) { return at("period", p); };
    auto R = [this](const std::string &k, P p) { return at(k, p); };
    auto prev = [this](const std::string &k, P p) { return p == 0 ? std::string("0") : at(k, p - 1); };
    const std::string live = "wf_live";
    const bool collateral = deal.collateral.has_value();
    auto whenLive = [=](P p, const std::string &value, const std::string &otherwise) {
        return join({"IF(", R(live, p), "=1,", value, ",", otherwise, ")"});
    };
    return {
        {"interest",
         [=](P p) { return whenLive(p, R("interest_factor", p) + "*" + prev("balance", p), "0"); }},
        {"principal", [=](P p) { return whenLive(p, R("sched_principal", p) + "*" + R("wf_phi", p), "0"); }},
        {"debt_service", [=](P p) { return R("interest", p) + "+" + R("principal", p); }},
        {"prepay",
         [=](P p) { return R("wf_cure", p) + "+" + R("wf_sweep", p) + "+" + R("wf_trapped_prepay", p); }},
        {"balance",
         [=](P p) {
             if (p == 0)
                 return R("draw", p);
             return join({"IF(", A(p), "<=", C, ",", prev("balance", p), "*(1+", R("interest_factor", p),
                          ")+", R("draw", p), ",", whenLive(p, R("wf_balance4", p), prev("balance", p)),
                          ")"});
         }},
        {"dsra",
         [=, this](P p) {
             const std::string initial =
                 join({"SUMIFS(", range("sched_tested_debt_service"), ",", range("period"), ",\">\"&", A(p),
                       ",", range("period"), ",\"<=\"&MIN(", A(p), "+debt_dsra_months,", C, "+", T, "))"});
             return join({"IF(", A(p), "<", C, ",0,IF(", A(p), "=", C, ",", initial, ",",
                          whenLive(p, R("wf_target", p) + "-" + R("wf_from_r", p), "0"), "))"});
         }},
        {"hist_dscr",
         [=, this](P p) {
             // Tenor periods max(C+1, p - lookback + 1) .. p with DS* > 0, up to this row only.
             const std::string period = rangeTo("period", p), tested = rangeTo("tested_debt_service", p);
             const std::string cond =
                 join({period, ",\">=\"&MAX(", C, "+1,", A(p), "-debt_waterfall_lookback_months+1),", period,
                       ",\"<=\"&", A(p), ",", tested, ",\">0\""});
             return join({"IF(", R("wf_test", p), "=1,IF(COUNTIFS(", cond, ")>0,SUMIFS(", rangeTo("cfads", p),
                          ",", cond, ")/SUMIFS(", tested, ",", cond, "),\"\"),\"\")"});
         }},
        {"cash_account",
         [=](P p) {
             return whenLive(p, join({"IF(", R("wf_end", p), "=1,0,", R("wf_d4", p), ")"}), "0");
         }},
        {"lockup_account",
         [=](P p) {
             return whenLive(p, join({"IF(", R("wf_end", p), "=1,0,", R("wf_k4", p), ")"}), "0");
         }},
        {"distribution",
         [=](P p) {
             const std::string ended =
                 join({"IF(", R("wf_end", p), "=1,", R("wf_d4", p), "+", R("wf_k4", p), ",0)"});
             return join(
                 {"IF(", A(p), "<=", C, ",0,",
                  whenLive(p, R("wf_test_paid", p) + "+" + ended, R("cfads", p) + "+" + prev("dsra", p)),
                  ")"});
         }},
        {"support", [=](P p) { return whenLive(p, R("wf_gap_r", p) + "-" + R("wf_from_r", p), "0"); }},
        {"ltv",
         [=](P p) {
             if (!collateral)
                 return std::string("\"\"");
             return join({"IF(AND(", R(live, p), "=1,", R("collateral_value", p), ">0),",
                          R("wf_balance_after_principal", p), "/", R("collateral_value", p), ",\"\")"});
         }},
    };
}

} // namespace gds::xlsx
