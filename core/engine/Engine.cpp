#include "engine/Engine.h"

#include "engine/Analytics.h"
#include "engine/BasePath.h"
#include "engine/CashflowModel.h"
#include "engine/Debt.h"
#include "engine/LoanPath.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gds {

namespace {

constexpr double kDebtTolerance = 0.01;     // engine.md 5: B moved by less than 0.01
constexpr double kInterestTolerance = 1e-6; // ... and interest and financing costs by less than 1e-6

struct Dscr {
    std::optional<double> min, avg;
    int below(double level, std::span<const double> dscr) const
    {
        return int(
            std::count_if(dscr.begin(), dscr.end(), [level](double v) { return !isNull(v) && v < level; }));
    }
};

// dscr_p = CFADS_p / DS*_p in tenor periods with DS*_p > 0 (NaN elsewhere).
Dscr dscrSeries(std::span<const double> cfads, std::span<const double> tested, int first, int last,
                std::span<double> dscr)
{
    Dscr d;
    double sum = 0.0;
    int count = 0;
    for (int p = first; p <= last; ++p) {
        if (tested[p] <= 0.0)
            continue;
        const double v = cfads[p] / tested[p];
        dscr[p] = v;
        sum += v;
        ++count;
    }
    if (count > 0) {
        d.avg = sum / count;
        d.min = minDscr(cfads, tested, first, last);
    }
    return d;
}

void resizeTable(PeriodTable &pt, int n)
{
    const auto size = static_cast<std::size_t>(n + 1);
    pt.n = n;
    for (const PeriodField &f : periodFields())
        (pt.*f.series).assign(size, 0.0);
    for (auto *v : {&pt.contractedGpus, &pt.hedgedGpus, &pt.testedDebtService, &pt.interestFactor,
                    &pt.discountFactor, &pt.taxUnlevered, &pt.projectFlow, &pt.lenderFlow})
        v->assign(size, 0.0);
    pt.dscr.assign(size, kNull);
}

void noteIrr(const IrrResult &r, const std::string &name, Issues &warnings, const std::string &tranche = {})
{
    if (r.multipleRoots)
        warnings.push_back({name, IssueCode::SeveralIrrs, {}, tranche});
}

} // namespace

// What the loan path evaluator needs from the scheduled loan (section 5).
LoanSchedule loanSchedule(const Deal &deal, const CashflowModel &model, const RateSchedule &rates,
                          const DebtSchedule &debt)
{
    LoanSchedule s;
    s.c = model.timeline.c;
    s.n = model.timeline.n;
    s.last = s.c + deal.debt.tenorMonths;
    s.debt = debt.debt;
    s.bullet = deal.debt.profile == Profile::Bullet;
    s.dsraMonths = deal.debt.dsraMonths;
    s.initialReserve = debt.dsra[s.c];
    s.factor = rates.factor;
    s.interest = debt.interest;
    s.principal = debt.principal;
    s.balance = debt.balance;
    s.debtService = debt.debtService;
    s.tested = debt.testedDebtService;
    s.reserveTarget = debt.dsra;
    if (model.hasCollateral)
        s.collateralValue = model.collateralValue;
    s.waterfall = deal.debt.waterfall ? &*deal.debt.waterfall : nullptr;
    s.covenants = deal.debt.covenants;
    return s;
}

namespace {

// (v2) Section 7: prepaid, trapped, LTV and repayment metrics.
void v2Metrics(const CashflowModel &model, const LoanPath &loan, double B, Metrics &m)
{
    for (double v : loan.prepay)
        m.debtPrepaid += v;
    m.maxTrapped = loan.maxTrapped;
    m.ltvBreaches = loan.ltvBreaches ? std::optional<double>(*loan.ltvBreaches) : std::nullopt;
    m.lockupFailures = loan.lockupFailures;
    if (B > 0.0) {
        m.debtRepaidPeriod = loan.repaidPeriod;
        if (model.hasCollateral)
            for (double v : loan.ltv)
                if (!isNull(v))
                    m.peakLtv = m.peakLtv ? std::max(*m.peakLtv, v) : v;
    }
}

// (v2) Section 7, tranches: each tranche's share of the draws, fees, principal and prepayments and
// its own interest on its share of the balance.
std::vector<TrancheResult> trancheResults(int c, const RateSchedule &rates, const DebtSchedule &debt,
                                          const LoanPath &loan, std::span<const double> lenderFlow,
                                          const IrrResult &facility, Issues &warnings)
{
    std::vector<TrancheResult> out;
    const int n = int(lenderFlow.size()) - 1;
    std::vector<double> flow(lenderFlow.size(), 0.0);
    for (const TrancheRate &t : rates.tranches) {
        TrancheResult r{t.name, t.share, t.share * debt.debt, t.margin, std::nullopt};
        if (rates.tranches.size() == 1) {
            r.lenderYield = facility.annual;
        } else {
            for (int p = 0; p <= n; ++p) {
                const double interest = p > c ? t.factor[p] * loan.balance[p - 1] : 0.0;
                flow[p] = t.share * (lenderFlow[p] - loan.interest[p] + interest);
            }
            const IrrResult y = irr(flow);
            noteIrr(y, "lender_yield", warnings, t.name);
            r.lenderYield = y.annual;
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

Result compute(const Deal &deal, const EngineOptions &options)
{
    Result result;
    BaseCase local;
    BaseCase &base = options.baseCase ? *options.baseCase : local;
    base.model = buildCashflowModel(deal);
    const CashflowModel &model = base.model;
    const Timeline &t = model.timeline;
    const int n = t.n, c = t.c, T = deal.debt.tenorMonths;
    PeriodTable &pt = result.periods;
    resizeTable(pt, n);
    result.warnings = model.warnings;
    result.offtake = model.offtake;
    result.hedges = model.hedges;

    pt.year = t.year;
    pt.month = t.month;
    pt.days = t.days;
    pt.phase.assign(static_cast<std::size_t>(n + 1), Phase::Operation);
    pt.phase[0] = Phase::Close;
    for (int p = 1; p <= c; ++p)
        pt.phase[p] = Phase::Construction;
    pt.capex = model.capex;
    pt.sellableHours = model.sellableHours;
    pt.contractRevenue = model.contractRevenue;
    pt.prepayment = model.prepayment;
    pt.prepaidRelease = model.prepaidRelease;
    pt.spotPrice = model.forwardSpot;
    pt.hedgeMargin = model.hedgeMargin;
    pt.power = model.power;
    pt.fixedOpex = model.fixedOpex;
    pt.depreciation = model.taxDepreciation; // (v2) the period field reports tax depreciation
    pt.collateralValue = model.collateralValue;
    pt.contractedGpus = model.contractedGpus;
    pt.hedgedGpus = model.hedgedGpus;

    // Section 5: the debt, solved as a fixed point of tax <-> interest and financing costs. Each round
    // runs the path evaluator (BasePath.h) on the forward curve with the round's deductions; the
    // reported round is the base case every other path runs against.
    base.loan.rates = rateSchedule(deal, model);
    const RateSchedule &rates = base.loan.rates;
    const TenorFactors tenor = tenorFactors(deal.debt, t, rates.factor);
    pt.interestFactor = rates.factor;
    pt.discountFactor = tenor.df;
    base.c = c;
    base.n = n;
    base.first = tenor.first;
    base.last = tenor.last;
    base.deductions.assign(pt.cfads.size(), 0.0);
    PathLines path(base);
    path.spot = model.forwardSpot;
    pathSpotLines(base, path);
    pt.merchantRevenue = path.merchant;
    pt.hedge = path.hedge;
    pt.variableOpex = path.variable;
    pt.ebitda = path.ebitda;

    // Unlevered tax (no interest, no financing costs) for the project flows.
    std::vector<double> unleveredCfads(pt.cfads.size());
    taxAndCfads(pt.ebitda, model.taxDepreciation, model.prepaidRelease, model.taxRate, pt.taxUnlevered,
                unleveredCfads, model.nolLimit);

    std::vector<double> interestUsed(pt.cfads.size(), 0.0);
    double financingUsed = 0.0, previousDebt = 0.0;
    DebtSchedule sized;
    bool converged = false;
    int round = 0;
    while (round < options.maxSizingRounds) {
        ++round;
        std::fill(pt.finAmort.begin(), pt.finAmort.end(), 0.0);
        for (int p = tenor.first; p <= tenor.last; ++p)
            pt.finAmort[p] = financingUsed / T;
        for (int p = 0; p <= n; ++p)
            base.deductions[p] = model.taxDepreciation[p] + interestUsed[p] + pt.finAmort[p];
        pathCash(base, path);

        sized = sizeAndSchedule(deal, model, rates, tenor, path.cfads);
        if (sized.error) {
            result.errors.push_back(*sized.error);
            return result;
        }
        // (v2) The waterfall (5.1) gives the actual interest, which feeds the next round's tax.
        evaluateLoan(loanSchedule(deal, model, rates, sized), path.cfads, path.loan);
        double interestMove = 0.0;
        for (int p = 0; p <= n; ++p)
            interestMove = std::max(interestMove, std::abs(path.loan.interest[p] - interestUsed[p]));
        converged = round >= 2 && std::abs(sized.debt - previousDebt) < kDebtTolerance &&
                    interestMove < kInterestTolerance &&
                    std::abs(sized.financingCosts() - financingUsed) < kInterestTolerance;
        if (converged)
            break;
        previousDebt = sized.debt;
        interestUsed = path.loan.interest;
        financingUsed = sized.financingCosts();
    }
    base.loan.debt = std::move(sized);
    const DebtSchedule &debt = base.loan.debt;
    if (!converged)
        result.warnings.push_back(
            {"debt.sizing", IssueCode::SizingNotConverged, {double(options.maxSizingRounds)}, {}});
    if (debt.negativePrincipal)
        result.warnings.push_back({"debt.profile", IssueCode::NegativePrincipal, {}, {}});

    // The reported round's path: its tax, CFADS, loan and accounts; then section 6's equity flows.
    base.schedule = loanSchedule(deal, model, rates, debt);
    base.fixedEquity = fixedEquityFlows(model, debt, c);
    pathEquity(base, path.cfads, path.loan.distribution, path.loan.support, path.equity);
    base.tested = path.loan.tested;
    if (options.baseLoan) {
        options.baseLoan->rates = base.loan.rates;
        options.baseLoan->debt = base.loan.debt;
    }
    const LoanPath &loan = path.loan;
    pt.tax = path.tax;
    pt.cfads = path.cfads;
    pt.equityFlow = path.equity;
    const double B = debt.debt;
    pt.draw = debt.draw;
    pt.idc = debt.idc;
    pt.commitmentFee = debt.commitmentFee;
    pt.interest = loan.interest;
    pt.principal = loan.principal;
    pt.prepay = loan.prepay;
    pt.debtService = loan.debtService;
    pt.testedDebtService = loan.tested;
    pt.balance = loan.balance;
    pt.dsra = loan.reserve;
    pt.histDscr = loan.histDscr;
    pt.cashAccount = loan.cash;
    pt.lockupAccount = loan.lockup;
    pt.distribution = loan.distribution;
    pt.support = loan.support;
    pt.ltv = loan.ltv;
    if (loan.conservationError > 1e-6 * std::max(1.0, B))
        result.warnings.push_back({"debt.waterfall", IssueCode::AccountsUnbalanced, {}, {}});

    const double dsraInitial = debt.dsra[c];
    const double terminalNet = model.terminalValue - model.terminalTax;

    // Section 7 flows.
    for (int p = 0; p <= n; ++p) {
        pt.lenderFlow[p] = -debt.draw[p] + (p == 0 ? debt.upfrontFee : 0.0) + debt.commitmentFee[p] +
                           loan.interest[p] + loan.principal[p] + loan.prepay[p];
        pt.projectFlow[p] = -model.capex[p] + pt.ebitda[p] - model.prepaidRelease[p] + model.prepayment[p] -
                            pt.taxUnlevered[p] + model.hedgeMargin[p] + (p == n ? terminalNet : 0.0);
    }

    Metrics &m = result.metrics;
    m.totalCapex = model.totalCapex;
    m.idc = debt.idcTotal;
    m.upfrontFee = debt.upfrontFee;
    m.commitmentFees = debt.commitmentFees;
    m.dsraInitial = dsraInitial;
    m.totalUses = model.totalCapex + debt.idcTotal + debt.upfrontFee + debt.commitmentFees + dsraInitial;
    m.debt = B;
    m.debtDrawn = debt.drawn;
    m.equity = (model.totalCapex - debt.drawn) + debt.upfrontFee + debt.commitmentFees + dsraInitial;
    m.gearing = B / m.totalUses;
    m.ltv = B / model.totalCapex;
    m.coverage = rates.coverage;
    m.margin = rates.margin;
    m.marginStep = rates.marginStep;
    m.terminalValue = model.terminalValue;
    m.terminalTax = model.terminalTax;
    m.sizingIterations = round;

    const Dscr dscr = dscrSeries(pt.cfads, pt.testedDebtService, tenor.first, tenor.last, pt.dscr);
    m.minDscr = dscr.min;
    m.avgDscr = dscr.avg;
    if (deal.debt.waterfall) { // (v2) test dates whose historic DSCR is below the levels
        m.lockupBreaches = loan.lockupBreaches;
        m.defaultBreaches = loan.defaultBreaches;
    } else {
        m.lockupBreaches = dscr.below(deal.debt.covenants.lockupDscr, pt.dscr);
        m.defaultBreaches = dscr.below(deal.debt.covenants.defaultDscr, pt.dscr);
    }
    v2Metrics(model, loan, B, m);
    if (B > 0.0) {
        double pv = 0.0;
        for (int p = tenor.first; p <= tenor.last; ++p)
            pv += pt.cfads[p] * tenor.df[p];
        m.llcr = pv / B;
    }

    const IrrResult lender = irr(pt.lenderFlow), equity = irr(pt.equityFlow), project = irr(pt.projectFlow);
    result.tranches = trancheResults(c, rates, debt, loan, pt.lenderFlow, lender, result.warnings);
    noteIrr(lender, "lender_yield", result.warnings);
    noteIrr(equity, "equity_irr", result.warnings);
    noteIrr(project, "project_irr", result.warnings);
    m.lenderYield = lender.annual;
    m.equityIrr = equity.annual;
    m.projectIrr = project.annual;

    if (B <= 0.0)
        m.wacc = deal.costOfEquity;
    else if (m.lenderYield)
        m.wacc = m.equity / (B + m.equity) * deal.costOfEquity +
                 B / (B + m.equity) * *m.lenderYield * (1.0 - deal.taxRate);
    if (m.wacc) {
        const double w = *m.wacc;
        m.npv = npvAnnual(pt.projectFlow, w);
        const double v = std::pow(1.0 + w, -1.0 / 12.0);
        double costs = 0.0, hours = 0.0, vp = 1.0, vn = 1.0;
        for (int p = 0; p <= n; ++p) {
            costs += (model.capex[p] + model.power[p] + model.fixedOpex[p]) * vp;
            hours += model.sellableHours[p] * vp;
            vn = vp;
            vp *= v;
        }
        const double denominator = (1.0 - model.variableOpexPct) * hours;
        if (denominator > 0.0)
            m.lcoc = (costs - model.terminalValue * vn) / denominator;
    }

    if (B > 0.0 && dscr.min && options.computeSpotHeadroom) {
        m.spotHeadroom = spotHeadroom(base, *dscr.min);
    }

    double cumulative = 0.0;
    bool wasNegative = false;
    for (int p = 0; p <= n; ++p) {
        cumulative += pt.equityFlow[p];
        if (cumulative < 0.0)
            wasNegative = true;
        else if (wasNegative) {
            m.paybackMonths = p;
            break;
        }
    }
    return result;
}

} // namespace gds
