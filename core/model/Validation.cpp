#include "model/Validation.h"

#include "model/Enums.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace gds {

std::size_t invalidUtf8Offset(std::string_view s)
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            len = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            len = 3;
            if (b0 == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (b0 == 0xED)
                hi = 0x9F; // no surrogates
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            len = 4;
            if (b0 == 0xF0)
                lo = 0x90; // no overlong forms
            else if (b0 == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            return i; // stray continuation byte, C0/C1 or F5..FF
        }
        if (n - i < len)
            return i;
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if (b1 < lo || b1 > hi)
            return i;
        for (std::size_t k = 2; k < len; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if (b < 0x80 || b > 0xBF)
                return i;
        }
        i += len;
    }
    return std::string_view::npos;
}

std::size_t codePointCount(std::string_view s)
{
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

namespace {

// Collects issues; every check reports and carries on, so that all problems come out at once.
class Checker
{
public:
    Issues issues;

    void add(std::string path, IssueCode code, std::vector<double> values = {}, std::string text = {})
    {
        issues.push_back({std::move(path), code, std::move(values), std::move(text)});
    }

    // Real-valued bounds. A NaN or an infinity fails every check with its own message.
    void greater(const std::string &path, double v, double lo)
    {
        if (finite(path, v) && !(v > lo))
            add(path, IssueCode::Greater, {lo});
    }
    void atLeast(const std::string &path, double v, double lo)
    {
        if (finite(path, v) && !(v >= lo))
            add(path, IssueCode::AtLeast, {lo});
    }
    void interval(const std::string &path, double v, double lo, double hi, bool loOpen, bool hiOpen)
    {
        if (!finite(path, v))
            return;
        const bool okLo = loOpen ? v > lo : v >= lo;
        const bool okHi = hiOpen ? v < hi : v <= hi;
        if (!okLo || !okHi)
            add(path, IssueCode::Interval, {lo, hi, loOpen ? 1.0 : 0.0, hiOpen ? 1.0 : 0.0});
    }
    void closed(const std::string &path, double v, double lo, double hi)
    {
        interval(path, v, lo, hi, false, false);
    }

    // Integer bounds.
    void intAtLeast(const std::string &path, long long v, long long lo)
    {
        if (v < lo)
            add(path, IssueCode::IntAtLeast, {double(lo)});
    }
    void intRange(const std::string &path, long long v, long long lo, long long hi,
                  IssueCode code = IssueCode::IntRange)
    {
        if (v < lo || v > hi)
            add(path, code, {double(lo), double(hi)});
    }

    void text(const std::string &path, const std::string &s)
    {
        if (invalidUtf8Offset(s) != std::string_view::npos)
            add(path, IssueCode::NotUtf8);
    }
    void nonEmptyText(const std::string &path, const std::string &s)
    {
        if (s.empty())
            add(path, IssueCode::Empty);
        else
            text(path, s);
    }

    template <typename E> void known(const std::string &path, E v)
    {
        if (toString(v).empty())
            add(path, IssueCode::UnknownValue, {double(static_cast<int>(v))});
    }

private:
    // deal-format.md: every number is finite and at most 1e12 in absolute value.
    bool finite(const std::string &path, double v)
    {
        if (!std::isfinite(v)) {
            add(path, IssueCode::NotFinite);
            return false;
        }
        if (std::fabs(v) > kMaxMagnitude) {
            add(path, IssueCode::TooLarge);
            return false;
        }
        return true;
    }
    static constexpr double kMaxMagnitude = 1e12;
};

std::string at(const std::string &list, std::size_t i)
{
    return list + "[" + std::to_string(i) + "]";
}

void checkHeader(Checker &c, const Deal &d)
{
    c.nonEmptyText("name", d.name);
    if (!d.name.empty() && invalidUtf8Offset(d.name) == std::string_view::npos) {
        const auto length = codePointCount(d.name);
        if (length > 200)
            c.add("name", IssueCode::NameTooLong, {double(length)});
    }
    c.text("sponsor", d.sponsor);
    c.text("notes", d.notes);
    const bool currencyOk =
        d.currency.size() == 3 &&
        std::all_of(d.currency.begin(), d.currency.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    if (!currencyOk)
        c.add("currency", IssueCode::Currency);
    if (d.start.year < 1990 || d.start.year > 2200)
        c.add("start", IssueCode::StartYear, {double(d.start.year)});
    if (d.start.month < 1 || d.start.month > 12)
        c.add("start", IssueCode::StartMonth, {double(d.start.month)});
    c.intRange("construction_months", d.constructionMonths, 0, 120);
    c.intRange("operating_months", d.operatingMonths, 1, 480);
}

void checkCluster(Checker &c, const Cluster &k)
{
    c.text("cluster.gpu_model", k.gpuModel);
    c.intRange("cluster.gpus", k.gpus, 1, 10'000'000);
    c.interval("cluster.availability", k.availability, 0, 1, true, false);
    c.atLeast("cluster.kw_per_gpu", k.kwPerGpu, 0);
    c.atLeast("cluster.pue", k.pue, 1);
    c.atLeast("cluster.power_price_per_kwh", k.powerPricePerKwh, 0);
    c.interval("cluster.power_escalation", k.powerEscalation, -1, 1, true, false);
    c.atLeast("cluster.fixed_opex_per_gpu_month", k.fixedOpexPerGpuMonth, 0);
    c.interval("cluster.opex_escalation", k.opexEscalation, -1, 1, true, false);
    c.interval("cluster.variable_opex_pct_of_revenue", k.variableOpexPctOfRevenue, 0, 1, false, true);
}

void checkCapex(Checker &c, const Deal &d)
{
    if (d.capex.empty())
        c.add("capex", IssueCode::NoItems);
    const long long lastConstruction = d.constructionMonths;
    for (std::size_t i = 0; i < d.capex.size(); ++i) {
        const CapexItem &item = d.capex[i];
        const std::string p = at("capex", i);
        c.known(p + ".category", item.category);
        c.text(p + ".description", item.description);
        c.greater(p + ".quantity", item.quantity, 0);
        c.greater(p + ".unit_cost", item.unitCost, 0);
        double sum = 0.0;
        bool sharesFinite = true;
        for (std::size_t j = 0; j < item.spend.size(); ++j) {
            const std::string sp = at(p + ".spend", j);
            c.intRange(sp + ".period", item.spend[j].period, 0, lastConstruction,
                       IssueCode::IntRangeCloseOrBuild);
            c.interval(sp + ".share", item.spend[j].share, 0, 1, true, false);
            sharesFinite = sharesFinite && std::isfinite(item.spend[j].share);
            sum += item.spend[j].share;
        }
        if (sharesFinite && !(std::fabs(sum - 1.0) <= 1e-9))
            c.add(p + ".spend", IssueCode::SharesSum, {sum});
        c.intAtLeast(p + ".useful_life_months", item.usefulLifeMonths, 1);
        c.closed(p + ".residual_pct", item.residualPct, 0, 1);
    }
}

// Contracts active in a period never exceed the cluster: reported once, at the first such period.
void checkCapacity(Checker &c, const Deal &d)
{
    const long long n = static_cast<long long>(d.constructionMonths) + d.operatingMonths;
    std::vector<std::pair<long long, long long>> events; // (period, change of contracted GPUs)
    for (const OfftakeContract &o : d.offtake) {
        if (o.gpus < 1 || o.termMonths < 1)
            continue;
        const long long first = std::max<long long>(o.startPeriod, 1);
        const long long end = static_cast<long long>(o.startPeriod) + o.termMonths; // exclusive
        if (first >= end || first > n)
            continue;
        events.emplace_back(first, o.gpus);
        events.emplace_back(end, -static_cast<long long>(o.gpus));
    }
    std::sort(events.begin(), events.end()); // at equal periods, ends (negative) before starts
    long long active = 0;
    for (std::size_t i = 0; i < events.size();) {
        const long long period = events[i].first;
        for (; i < events.size() && events[i].first == period; ++i)
            active += events[i].second;
        if (period <= n && active > d.cluster.gpus) {
            c.add("offtake", IssueCode::Capacity, {double(period), double(active), double(d.cluster.gpus)});
            return;
        }
    }
}

void checkOfftake(Checker &c, const Deal &d)
{
    const long long n = static_cast<long long>(d.constructionMonths) + d.operatingMonths;
    for (std::size_t i = 0; i < d.offtake.size(); ++i) {
        const OfftakeContract &o = d.offtake[i];
        const std::string p = at("offtake", i);
        c.nonEmptyText(p + ".counterparty", o.counterparty);
        c.known(p + ".rating", o.rating);
        c.intRange(p + ".start_period", o.startPeriod, d.constructionMonths + 1LL, n,
                   IssueCode::IntRangeOperating);
        c.intAtLeast(p + ".term_months", o.termMonths, 1);
        c.intAtLeast(p + ".gpus", o.gpus, 1);
        c.greater(p + ".price_per_gpu_hour", o.pricePerGpuHour, 0);
        c.interval(p + ".escalation", o.escalation, -1, 1, true, false);
        c.interval(p + ".prepayment_pct", o.prepaymentPct, 0, 1, false, true);
    }
    checkCapacity(c, d);
}

void checkMarket(Checker &c, const Market &m)
{
    c.text("market.index", m.index);
    c.atLeast("market.spot_price_per_gpu_hour", m.spotPricePerGpuHour, 0);
    c.interval("market.annual_change", m.annualChange, -1, 10, true, false);
    c.closed("market.merchant_utilization", m.merchantUtilization, 0, 1);
    c.closed("market.volatility", m.volatility, 0, 5);
    c.closed("market.mean_reversion", m.meanReversion, 0, 50);
}

void checkHedges(Checker &c, const Deal &d)
{
    const long long n = static_cast<long long>(d.constructionMonths) + d.operatingMonths;
    for (std::size_t i = 0; i < d.hedges.size(); ++i) {
        const Hedge &h = d.hedges[i];
        const std::string p = at("hedges", i);
        c.known(p + ".type", h.type);
        c.intRange(p + ".start_period", h.startPeriod, 1, n, IssueCode::IntRangePeriod);
        c.intAtLeast(p + ".term_months", h.termMonths, 1);
        c.intAtLeast(p + ".gpus", h.gpus, 1);
        c.atLeast(p + ".strike_per_gpu_hour", h.strikePerGpuHour, 0);
        c.atLeast(p + ".premium_per_gpu_hour", h.premiumPerGpuHour, 0);
        if (h.type != HedgeType::Floor && h.premiumPerGpuHour != 0 && std::isfinite(h.premiumPerGpuHour))
            c.add(p + ".premium_per_gpu_hour", IssueCode::PremiumNotZero, {}, std::string(toString(h.type)));
        c.atLeast(p + ".initial_margin_per_gpu", h.initialMarginPerGpu, 0);
        if (h.type != HedgeType::Futures && h.initialMarginPerGpu != 0 &&
            std::isfinite(h.initialMarginPerGpu))
            c.add(p + ".initial_margin_per_gpu", IssueCode::MarginNotFutures);
        c.atLeast(p + ".fee_per_gpu_hour", h.feePerGpuHour, 0);
    }
}

void checkRate(Checker &c, const Rate &r, const std::string &path)
{
    constexpr double lo = -0.05, hi = 1.0;
    c.known(path + ".type", r.type);
    if (r.type == RateType::Fixed) {
        c.closed(path + ".fixed_rate", r.fixedRate, lo, hi);
        return;
    }
    if (r.type != RateType::Floating)
        return;
    if (r.useBaseCurve) {
        if (r.baseRateCurve.empty())
            c.add(path + ".base_rate_curve", IssueCode::EmptyCurve);
        for (std::size_t k = 0; k < r.baseRateCurve.size(); ++k)
            c.closed(at(path + ".base_rate_curve", k), r.baseRateCurve[k], lo, hi);
    } else {
        c.closed(path + ".base_rate", r.baseRate, lo, hi);
    }
    if (r.useMarginByRating) {
        // (v2) engine.md 5, margin by rating.
        const std::string mp = path + ".margin_by_rating";
        for (const Rating rating : allRatings())
            c.closed(mp + "." + std::string(toString(rating)), r.marginByRating.byRating[std::size_t(rating)],
                     lo, hi);
        c.closed(mp + ".hedged", r.marginByRating.hedged, lo, hi);
        c.closed(mp + ".merchant", r.marginByRating.merchant, lo, hi);
    } else if (r.useMarginGrid) {
        const bool hasZero = std::any_of(r.marginGrid.begin(), r.marginGrid.end(),
                                         [](const MarginStep &s) { return s.minCoverage == 0.0; });
        if (!hasZero)
            c.add(path + ".margin_grid", IssueCode::GridNoZero);
        for (std::size_t k = 0; k < r.marginGrid.size(); ++k) {
            const std::string p = at(path + ".margin_grid", k);
            c.closed(p + ".min_coverage", r.marginGrid[k].minCoverage, 0, 1);
            c.closed(p + ".margin", r.marginGrid[k].margin, lo, hi);
        }
    } else {
        c.closed(path + ".margin", r.margin, lo, hi);
    }
}

// (v2) debt.tranches: 1..5, shares in (0, 1] summing to 1, names non-empty, short and distinct.
void checkTranches(Checker &c, const Debt &debt)
{
    const auto &ts = debt.tranches;
    if (ts.size() > 5)
        c.add("debt.tranches", IssueCode::TrancheCount, {double(ts.size())});
    double sum = 0.0;
    bool sharesFinite = true;
    for (std::size_t i = 0; i < ts.size(); ++i) {
        const std::string p = at("debt.tranches", i);
        c.nonEmptyText(p + ".name", ts[i].name);
        if (!ts[i].name.empty() && invalidUtf8Offset(ts[i].name) == std::string_view::npos &&
            codePointCount(ts[i].name) > 200)
            c.add(p + ".name", IssueCode::TrancheNameTooLong);
        for (std::size_t j = 0; j < i; ++j)
            if (!ts[i].name.empty() && ts[j].name == ts[i].name) {
                c.add(p + ".name", IssueCode::TrancheNameTwice, {double(j)});
                break;
            }
        c.interval(p + ".share", ts[i].share, 0, 1, true, false);
        sharesFinite = sharesFinite && std::isfinite(ts[i].share);
        sum += ts[i].share;
        checkRate(c, ts[i].rate, p + ".rate");
    }
    if (!ts.empty() && sharesFinite && !(std::fabs(sum - 1.0) <= 1e-9))
        c.add("debt.tranches", IssueCode::SharesSum, {sum});
}

// (v2) debt.waterfall (engine.md 5.1).
void checkWaterfall(Checker &c, const Waterfall &w)
{
    c.intRange("debt.waterfall.test_months", w.testMonths, 1, 12);
    c.intRange("debt.waterfall.lookback_months", w.lookbackMonths, 1, 24);
    c.intRange("debt.waterfall.release_after", w.releaseAfter, 1, 12);
    c.intRange("debt.waterfall.sweep_trapped_after", w.sweepTrappedAfter, 0, 40);
    c.closed("debt.waterfall.cash_sweep", w.cashSweep, 0, 1);
}

// (v2) collateral (engine.md 5.2), tax depreciation (section 4) and credit (section 8).
void checkV2Blocks(Checker &c, const Deal &d)
{
    if (d.collateral) {
        const Collateral &k = *d.collateral;
        c.interval("collateral.annual_decline", k.annualDecline, 0, 1, false, true);
        c.closed("collateral.floor", k.floor, 0, 1);
        if (k.categories.empty())
            c.add("collateral.categories", IssueCode::Empty);
        for (std::size_t i = 0; i < k.categories.size(); ++i) {
            c.known(at("collateral.categories", i), k.categories[i]);
            for (std::size_t j = 0; j < i; ++j)
                if (k.categories[j] == k.categories[i]) {
                    c.add(at("collateral.categories", i), IssueCode::ListedTwice);
                    break;
                }
        }
    }
    c.known("tax.depreciation", d.taxDepreciation);
    c.closed("tax.bonus", d.taxBonus, 0, 1);
    if (d.taxDepreciation != TaxDepreciation::Macrs5 && d.taxBonus != 0.0 && std::isfinite(d.taxBonus))
        c.add("tax.bonus", IssueCode::BonusNeedsMacrs);
    c.interval("tax.nol_limit", d.nolLimit, 0, 1, true, false);
    if (d.credit) {
        const Credit &k = *d.credit;
        for (const Rating rating : allRatings())
            c.interval("credit.pd_by_rating." + std::string(toString(rating)),
                       k.pdByRating[std::size_t(rating)], 0, 1, false, true);
        c.interval("credit.correlation", k.correlation, 0, 1, false, true);
        c.intRange("credit.remarketing_months", k.remarketingMonths, 0, 24);
        c.closed("credit.recovery", k.recovery, 0, 1);
    }
}

void checkDebt(Checker &c, const Deal &d)
{
    const Debt &debt = d.debt;
    c.text("debt.name", debt.name);
    switch (debt.sizing.mode) {
    case Sizing::Mode::DscrLtv:
        c.greater("debt.sizing.target_dscr", debt.sizing.targetDscr, 0);
        c.closed("debt.sizing.max_ltv", debt.sizing.maxLtv, 0, 1);
        break;
    case Sizing::Mode::Amount:
        c.atLeast("debt.sizing.amount", debt.sizing.amount, 0);
        break;
    default:
        c.add("debt.sizing", IssueCode::UnknownSizing);
        break;
    }
    c.intRange("debt.tenor_months", debt.tenorMonths, 1, d.operatingMonths, IssueCode::IntRangeTenor);
    c.known("debt.profile", debt.profile);
    if (debt.tranches.empty())
        checkRate(c, debt.rate, "debt.rate");
    else
        checkTranches(c, debt);
    c.known("debt.day_count", debt.dayCount);
    c.closed("debt.upfront_fee", debt.upfrontFee, 0, 0.2);
    c.closed("debt.commitment_fee", debt.commitmentFee, 0, 0.2);
    c.intRange("debt.dsra_months", debt.dsraMonths, 0, 24);
    c.greater("debt.covenants.lockup_dscr", debt.covenants.lockupDscr, 0);
    c.greater("debt.covenants.default_dscr", debt.covenants.defaultDscr, 0);
    if (debt.covenants.maxLtv) {
        c.interval("debt.covenants.max_ltv", *debt.covenants.maxLtv, 0, 10, true, false);
        if (!d.collateral || !debt.waterfall)
            c.add("debt.covenants.max_ltv", IssueCode::CovenantLtvNeeds);
    }
    if (debt.waterfall)
        checkWaterfall(c, *debt.waterfall);
}

} // namespace

Issues validate(const Deal &deal)
{
    Checker c;
    checkHeader(c, deal);
    checkCluster(c, deal.cluster);
    checkCapex(c, deal);
    checkOfftake(c, deal);
    checkMarket(c, deal.market);
    checkHedges(c, deal);
    checkDebt(c, deal);
    c.closed("equity.cost_of_equity", deal.costOfEquity, 0, 2);
    c.interval("tax.rate", deal.taxRate, 0, 1, false, true);
    checkV2Blocks(c, deal);
    return std::move(c.issues);
}

} // namespace gds
