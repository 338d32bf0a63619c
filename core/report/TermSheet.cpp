// The term sheet: HTML body (QTextDocument) with inline vector charts, paginated onto a QPdfWriter
// with a header and page numbers on every page.
#include "TermSheet.h"

#include "fs/SafeFile.h"
#include "io/MessageText.h"
#include "model/Enums.h"
#include "ReportFormat.h"
#include "ReportPdf.h"
#include "TermSheetCharts.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QTextCursor>
#include <QTextDocument>

namespace gds {

namespace {

using report::Format;

// The term sheet's words, context "gds::TermSheet" in the translation files.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gds::TermSheet)
};

QString esc(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

class Html
{
public:
    void heading(const QString &title, bool newPage = false)
    {
        m_out += QStringLiteral("<h2%1>%2. %3</h2>")
                     .arg(newPage ? QStringLiteral(" style='page-break-before: always'") : QString())
                     .arg(++m_section)
                     .arg(title);
    }
    void beginTerms()
    {
        m_out += QStringLiteral("<table class='terms' width='100%' cellspacing='0' cellpadding='3'>");
    }
    void term(const QString &name, const QString &valueHtml)
    {
        m_out +=
            QStringLiteral("<tr><td class='name' width='27%'>%1</td><td>%2</td></tr>").arg(name, valueHtml);
    }
    void end() { m_out += QStringLiteral("</table>"); }
    // `align`: one letter a column, 'l' or 'r' (default: first column left, the others right).
    void beginTable(const QStringList &headers, const QString &align = {})
    {
        m_align = align;
        m_out +=
            QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='3'><thead><tr>");
        for (const QString &h : headers)
            m_out += QStringLiteral("<th>%1</th>").arg(h);
        m_out += QStringLiteral("</tr></thead>");
    }
    void row(const QStringList &cells, bool total = false)
    {
        m_out += total ? QStringLiteral("<tr class='total'>") : QStringLiteral("<tr>");
        for (int i = 0; i < cells.size(); ++i) {
            const bool right = i < m_align.size() ? m_align[i] == QLatin1Char('r') : i > 0;
            m_out += QStringLiteral("<td%1>%2</td>")
                         .arg(right ? QStringLiteral(" align='right'") : QString(), cells[i]);
        }
        m_out += QStringLiteral("</tr>");
    }
    void para(const QString &html, const QString &cls = {})
    {
        m_out += cls.isEmpty() ? QStringLiteral("<p>%1</p>").arg(html)
                               : QStringLiteral("<p class='%1'>%2</p>").arg(cls, html);
    }
    void raw(const QString &html) { m_out += html; }
    const QString &text() const { return m_out; }

private:
    QString m_out, m_align;
    int m_section = 0;
};

// "12 months" (also the English plural for one month, as the term sheet always read).
QString months(int n)
{
    return Tr::tr("%n months", "a duration", n);
}

QString hedgeTypeText(HedgeType t)
{
    switch (t) {
    case HedgeType::Swap:
        return Tr::tr("Swap", "hedge type");
    case HedgeType::Floor:
        return Tr::tr("Floor", "hedge type");
    case HedgeType::Futures:
        return Tr::tr("Futures", "hedge type");
    }
    return q(toString(t));
}

QString profileText(const Deal &d)
{
    switch (d.debt.profile) {
    case Profile::Sculpted:
        return Tr::tr("Sculpted: debt service follows CFADS");
    case Profile::Annuity:
        return Tr::tr("Annuity (level monthly debt service)");
    case Profile::StraightLine:
        return Tr::tr("Straight line (equal monthly principal)");
    case Profile::Bullet:
        return Tr::tr("Bullet: interest monthly, principal at maturity (balloon assumed refinanced)");
    }
    return {};
}

QString sizingText(const Deal &d, const Format &f)
{
    if (d.debt.sizing.mode == Sizing::Mode::Amount)
        return Tr::tr("Fixed amount of %1").arg(f.money(d.debt.sizing.amount));
    return Tr::tr("Lesser of a %1 target DSCR on CFADS and %2 of total capex (LTV)")
        .arg(f.multiple(d.debt.sizing.targetDscr), f.percent(d.debt.sizing.maxLtv, 1));
}

void parties(Html &h, const Deal &d, const Format &f)
{
    h.heading(Tr::tr("Parties"));
    h.beginTerms();
    h.term(Tr::tr("Borrower / Sponsor"), d.sponsor.empty() ? Tr::tr("(not named)") : esc(d.sponsor));
    h.term(Tr::tr("Project"), esc(d.name));
    h.term(Tr::tr("Cluster"),
           Tr::tr("%1 x %2 GPUs, %3 availability; construction %4, operations %5")
               .arg(f.number(d.cluster.gpus), esc(d.cluster.gpuModel), f.percent(d.cluster.availability, 0),
                    months(d.constructionMonths), months(d.operatingMonths)));
    QStringList offtakers;
    for (const OfftakeContract &c : d.offtake)
        offtakers << Tr::tr("%1 (rated %2)").arg(esc(c.counterparty), q(toString(c.rating)));
    h.term(Tr::tr("Offtakers"),
           offtakers.isEmpty() ? Tr::tr("None: merchant only") : offtakers.join(QStringLiteral("; ")));
    h.term(Tr::tr("Lenders"), Tr::tr("The senior lenders under the facility"));
    h.end();
}

// "Fixed 5.96%", "Base 3.75% + margin by rating": a rate in a table cell.
QString shortRateText(const Rate &rate, const Format &f)
{
    if (rate.type == RateType::Fixed)
        return Tr::tr("Fixed %1").arg(f.percent(rate.fixedRate));
    const QString base =
        rate.useBaseCurve ? Tr::tr("Base rate curve") : Tr::tr("Base %1").arg(f.percent(rate.baseRate));
    if (rate.useMarginByRating)
        return Tr::tr("%1 + margin by rating").arg(base);
    if (rate.useMarginGrid)
        return Tr::tr("%1 + margin grid").arg(base);
    return Tr::tr("%1 + %2").arg(base, f.percent(rate.margin));
}

// (v2) The tranches of the facility: amounts (engine.md 7, tranches), rates, margins and yields.
void tranches(Html &h, const Deal &d, const Result &r, const Format &f)
{
    if (d.debt.tranches.empty())
        return;
    h.para(
        Tr::tr("<b>Tranches</b> (pari passu: they share the facility's sizing, drawdowns, repayment profile "
               "and security pro rata to their shares; amounts at COD, %1)")
            .arg(f.currency()),
        QStringLiteral("caption"));
    h.beginTable({Tr::tr("Tranche"), Tr::tr("Share"), Tr::tr("Amount"), Tr::tr("Interest rate"),
                  Tr::tr("Margin applied"), Tr::tr("Lender yield")},
                 QStringLiteral("lrrlrr"));
    double total = 0.0;
    for (std::size_t i = 0; i < d.debt.tranches.size(); ++i) {
        const Tranche &t = d.debt.tranches[i];
        const TrancheResult *res = i < r.tranches.size() ? &r.tranches[i] : nullptr;
        const QString margin = t.rate.type == RateType::Fixed ? QStringLiteral("-")
                               : res                          ? f.percentOpt(res->margin)
                                                              : Format::na();
        total += res ? res->amount : 0.0;
        h.row({esc(t.name), f.percent(t.share, 0), res ? f.number(res->amount) : Format::na(),
               shortRateText(t.rate, f), margin, res ? f.percentOpt(res->lenderYield) : Format::na()});
    }
    h.row({Tr::tr("Total"), f.percent(1.0, 0), f.number(total), QString(), f.percentOpt(r.metrics.margin),
           f.percentOpt(r.metrics.lenderYield)},
          true);
    h.end();
}

// (v2) The margin by offtaker rating of one floating rate: margin and all-in rate (first year's base).
void marginByRating(Html &h, const QString &of, const Rate &rate, const Format &f)
{
    if (rate.type != RateType::Floating || !rate.useMarginByRating)
        return;
    const MarginByRating &m = rate.marginByRating;
    const double base =
        rate.useBaseCurve && !rate.baseRateCurve.empty() ? rate.baseRateCurve.front() : rate.baseRate;
    h.para(of.isEmpty()
               ? Tr::tr("<b>Margin by rating</b>: each GPU-hour of the tenor is priced by the rating "
                        "of the offtaker that buys it; hedged and merchant hours at their own margins")
               : Tr::tr("<b>Margin by rating, %1</b>: each GPU-hour of the tenor is priced by the "
                        "rating of the offtaker that buys it; hedged and merchant hours at their own "
                        "margins")
                     .arg(of),
           QStringLiteral("caption"));
    QStringList headers{QString()}, margins{Tr::tr("Margin")}, allIn{Tr::tr("All-in rate")};
    for (std::size_t i = 0; i < kRatingCount; ++i) {
        headers << q(toString(Rating(i)));
        margins << f.percent(m.byRating[i]);
        allIn << f.percent(base + m.byRating[i]);
    }
    headers << Tr::tr("Hedged") << Tr::tr("Merchant");
    margins << f.percent(m.hedged) << f.percent(m.merchant);
    allIn << f.percent(base + m.hedged) << f.percent(base + m.merchant);
    h.beginTable(headers);
    h.row(margins);
    h.row(allIn);
    h.end();
}

void facility(Html &h, const Deal &d, const Result &r, const Format &f)
{
    const PeriodTable &t = r.periods;
    const Metrics &m = r.metrics;
    const int c = d.constructionMonths, tenor = d.debt.tenorMonths;
    h.heading(Tr::tr("The facility"));
    h.beginTerms();
    // The facility's name, and its type only when the name does not already say it.
    const QString type =
        c > 0 ? Tr::tr("Senior secured delayed-draw term loan") : Tr::tr("Senior secured term loan");
    h.term(Tr::tr("Facility"), esc(d.debt.name));
    if (QString::fromStdString(d.debt.name).compare(type, Qt::CaseInsensitive) != 0)
        h.term(Tr::tr("Type"), type);
    h.term(Tr::tr("Amount"),
           Tr::tr("%1 at COD, of which %2 drawn in cash and %3 capitalized interest during construction")
               .arg(f.money(m.debt), f.money(m.debtDrawn), f.money(m.idc)));
    h.term(Tr::tr("Sizing"), sizingText(d, f));
    QStringList draws;
    for (int p = 0; p <= std::min(c, t.n); ++p)
        if (t.draw[p] > 0)
            draws << QStringLiteral("%1: %2").arg(f.date(report::periodEnd(d, p)), f.money(t.draw[p]));
    h.term(Tr::tr("Availability period"),
           Tr::tr("From financial close (%1) to the commercial operation date (COD, %2); drawn pro rata to "
                  "capex (%3 of each capex payment). Draws: %4")
               .arg(f.date(report::closeDate(d)), f.date(report::periodEnd(d, c)),
                    f.percent(m.totalCapex > 0 ? m.debtDrawn / m.totalCapex : 0.0, 2),
                    draws.isEmpty() ? Tr::tr("none") : draws.join(QStringLiteral("; "))));
    h.term(Tr::tr("Tenor"), Tr::tr("%n months from COD", nullptr, tenor));
    h.term(Tr::tr("Final maturity date"), f.date(report::periodEnd(d, c + tenor)));
    h.term(Tr::tr("Repayment profile"), profileText(d));
    h.end();
    tranches(h, d, r, f);

    struct Year {
        double drawn = 0, idc = 0, interest = 0, principal = 0, ds = 0, balance = 0;
        std::optional<double> minDscr;
    };
    std::map<int, Year> years;
    const int lastDebt = std::min(c + tenor, t.n);
    for (int p = 0; p <= lastDebt; ++p) {
        Year &y = years[t.year[p]];
        y.drawn += t.draw[p];
        y.idc += t.idc[p];
        y.interest += t.interest[p];
        y.principal += t.principal[p];
        y.ds += t.debtService[p];
        y.balance = t.balance[p];
        if (!isNull(t.dscr[p]))
            y.minDscr = y.minDscr ? std::min(*y.minDscr, t.dscr[p]) : t.dscr[p];
    }
    h.para(Tr::tr("<b>Schedule summary by calendar year</b> (%1)").arg(f.currency()),
           QStringLiteral("caption"));
    h.beginTable({Tr::tr("Year"), Tr::tr("Drawn"), Tr::tr("Capitalized interest"), Tr::tr("Interest paid"),
                  Tr::tr("Principal"), Tr::tr("Debt service"), Tr::tr("Closing balance"),
                  Tr::tr("Min DSCR")});
    Year total;
    for (const auto &[year, y] : years) {
        h.row({QString::number(year), f.number(y.drawn), f.number(y.idc), f.number(y.interest),
               f.number(y.principal), f.number(y.ds), f.number(y.balance), f.multipleOpt(y.minDscr)});
        total.drawn += y.drawn;
        total.idc += y.idc;
        total.interest += y.interest;
        total.principal += y.principal;
        total.ds += y.ds;
    }
    h.row({Tr::tr("Total"), f.number(total.drawn), f.number(total.idc), f.number(total.interest),
           f.number(total.principal), f.number(total.ds), QString(), QString()},
          true);
    h.end();
}

// The interest terms of one rate (a single debt.rate, or (v2) one tranche's, with its own margin).
void rateTerms(Html &h, const QString &label, const Rate &rate, const std::optional<double> &margin,
               const Format &f)
{
    if (rate.type == RateType::Fixed) {
        h.term(label, Tr::tr("Fixed %1 per annum").arg(f.percent(rate.fixedRate)));
        return;
    }
    QString base;
    if (rate.useBaseCurve) {
        QStringList steps;
        for (std::size_t i = 0; i < rate.baseRateCurve.size(); ++i)
            steps << Tr::tr("year %1: %2").arg(i + 1).arg(f.percent(rate.baseRateCurve[i]));
        base = Tr::tr("Base rate curve by model year (%1)").arg(steps.join(QStringLiteral(", ")));
    } else {
        base = Tr::tr("Base rate %1 per annum").arg(f.percent(rate.baseRate));
    }
    h.term(label, Tr::tr("%1 plus the margin; margin applied %2").arg(base, f.percentOpt(margin)));
    if (rate.useMarginByRating)
        h.term(Tr::tr("Margin"), Tr::tr("By offtaker rating (table below), weighted over every GPU-hour of "
                                        "the tenor"));
    else if (!rate.useMarginGrid)
        h.term(Tr::tr("Margin"), Tr::tr("%1 per annum").arg(f.percent(rate.margin)));
}

void pricing(Html &h, const Deal &d, const Result &r, const Format &f)
{
    const Rate &rate = d.debt.rate;
    const Metrics &m = r.metrics;
    h.heading(Tr::tr("Pricing and fees"));
    h.beginTerms();
    if (d.debt.tranches.empty()) {
        rateTerms(h, Tr::tr("Interest rate"), rate, m.margin, f);
    } else { // (v2) one line per tranche, labelled with its name and share
        for (std::size_t i = 0; i < d.debt.tranches.size(); ++i) {
            const Tranche &t = d.debt.tranches[i];
            const std::optional<double> margin = i < r.tranches.size() ? r.tranches[i].margin : std::nullopt;
            rateTerms(h,
                      QString::fromStdString(t.name) + QStringLiteral(" (") + f.percent(t.share, 0) +
                          QStringLiteral(")"),
                      t.rate, margin, f);
        }
    }
    h.term(Tr::tr("Day count"), q(toString(d.debt.dayCount)));
    h.term(Tr::tr("Interest payment"), Tr::tr("Monthly in arrears; capitalized during construction"));
    h.term(Tr::tr("Upfront fee"), Tr::tr("%1 of the facility amount (%2), paid at financial close")
                                      .arg(f.percent(d.debt.upfrontFee), f.money(m.upfrontFee)));
    h.term(Tr::tr("Commitment fee"),
           Tr::tr("%1 per annum on undrawn commitments during availability (%2 in total)")
               .arg(f.percent(d.debt.commitmentFee), f.money(m.commitmentFees)));
    h.end();
    if (d.debt.tranches.empty())
        marginByRating(h, QString(), rate, f);
    for (const Tranche &t : d.debt.tranches)
        marginByRating(h, esc(t.name), t.rate, f);
    if (rate.type == RateType::Floating && rate.useMarginGrid) {
        h.para(Tr::tr("<b>Margin grid</b>: the margin steps down with the share of tenor GPU-hours that are "
                      "contracted or hedged (coverage). Model coverage %1 selects the marked step.")
                   .arg(f.percent(m.coverage, 1)),
               QStringLiteral("caption"));
        h.beginTable({Tr::tr("Coverage from"), Tr::tr("Margin"), Tr::tr("All-in rate"), Tr::tr("Applied")},
                     QStringLiteral("rrrr"));
        const double base = rate.useBaseCurve ? rate.baseRateCurve.front() : rate.baseRate;
        for (std::size_t i = 0; i < rate.marginGrid.size(); ++i) {
            const MarginStep &s = rate.marginGrid[i];
            h.row({f.percent(s.minCoverage, 0), f.percent(s.margin), f.percent(base + s.margin),
                   int(i) == m.marginStep ? Tr::tr("applied") : QString()});
        }
        h.end();
    }
}

void reserves(Html &h, const Deal &d, const Result &r, const Format &f)
{
    const Metrics &m = r.metrics;
    const Covenants &cv = d.debt.covenants;
    h.heading(Tr::tr("Reserves and financial covenants"));
    h.beginTerms();
    h.term(Tr::tr("Debt service reserve account"),
           d.debt.dsraMonths > 0
               ? Tr::tr("%n months of scheduled debt service, funded by the equity at COD (%1 initially)",
                        nullptr, d.debt.dsraMonths)
                     .arg(f.money(m.dsraInitial))
               : Tr::tr("None"));
    auto headroom = [&](double level, int breaches) {
        if (!m.minDscr)
            return Tr::tr("no tested debt service");
        return Tr::tr("Model minimum %1: headroom %2 (CFADS may fall %3 in the weakest period); "
                      "%n period(s) below",
                      nullptr, breaches)
            .arg(f.multiple(*m.minDscr), f.multiple(*m.minDscr - level),
                 f.percent(*m.minDscr > 0 ? 1.0 - level / *m.minDscr : 0.0, 1));
    };
    if (d.debt.waterfall) { // (v2) the covenants are tested on test dates (engine.md 5.1)
        auto tested = [&](int breaches) {
            return Tr::tr("Model: %n test date(s) below; lowest monthly DSCR %1", nullptr, breaches)
                .arg(f.multipleOpt(m.minDscr));
        };
        h.term(Tr::tr("Distribution lock-up"),
               Tr::tr("Historic DSCR below %1 on a test date (see Cash management). %2")
                   .arg(f.multiple(cv.lockupDscr), tested(m.lockupBreaches)));
        h.term(Tr::tr("Event of default"), Tr::tr("Historic DSCR below %1 on a test date. %2")
                                               .arg(f.multiple(cv.defaultDscr), tested(m.defaultBreaches)));
        h.term(Tr::tr("DSCR test"),
               Tr::tr("On each test date: CFADS over scheduled debt service of the last %1 (historic DSCR)")
                   .arg(months(d.debt.waterfall->lookbackMonths)));
    } else {
        h.term(Tr::tr("Distribution lock-up"),
               Tr::tr("DSCR below %1. %2")
                   .arg(f.multiple(cv.lockupDscr), headroom(cv.lockupDscr, m.lockupBreaches)));
        h.term(Tr::tr("Event of default"),
               Tr::tr("DSCR below %1. %2")
                   .arg(f.multiple(cv.defaultDscr), headroom(cv.defaultDscr, m.defaultBreaches)));
        h.term(
            Tr::tr("DSCR test"),
            d.debt.profile == Profile::Bullet
                ? Tr::tr(
                      "Monthly, CFADS over scheduled debt service (interest only; the balloon is excluded)")
                : Tr::tr("Monthly, CFADS over scheduled debt service"));
    }
    if (cv.maxLtv) { // (v2) maintenance LTV on the collateral's market value
        QString how;
        if (!d.collateral)
            how = Tr::tr("Not measured: the deal has no collateral block");
        else if (d.debt.waterfall)
            how =
                Tr::tr("Tested on each test date; a shortfall is cured by prepayment from the distribution "
                       "account, then the lock-up account; what they cannot cure is an LTV breach. Model: "
                       "peak LTV %1, %2 breach(es)")
                    .arg(f.percentOpt(m.peakLtv, 1), m.ltvBreaches ? f.number(*m.ltvBreaches) : Format::na());
        else
            how = Tr::tr("Measured monthly; without a cash waterfall no cure is modelled. Model: peak LTV %1")
                      .arg(f.percentOpt(m.peakLtv, 1));
        h.term(Tr::tr("Maintenance LTV"),
               Tr::tr("Loan balance at most %1 of the collateral's market value (see Collateral). %2")
                   .arg(f.percent(*cv.maxLtv, 0), how));
    }
    h.term(Tr::tr("Spot headroom"),
           !m.spotHeadroom ? Format::na()
           : *m.spotHeadroom >= 1.0 - 1e-9
               ? Tr::tr("Above the whole range tested: the minimum DSCR stays above %1 even with the spot "
                        "price curve at zero")
                     .arg(f.multiple(1.0))
               : Tr::tr("The spot price curve may fall %1 before the minimum DSCR reaches %2")
                     .arg(f.percent(*m.spotHeadroom, 1), f.multiple(1.0)));
    h.end();
}

// The date and the months from COD of period p: "2031-06-30 (month 51 from COD)".
QString periodText(const Deal &d, int p, const Format &f)
{
    return Tr::tr("%1 (month %2 from COD)")
        .arg(f.date(report::periodEnd(d, p)))
        .arg(p - d.constructionMonths);
}

// (v2) The cash waterfall (engine.md 5.1) in the lenders' words, with the base case's figures.
void cashManagement(Html &h, const Deal &d, const Result &r, const Format &f)
{
    if (!d.debt.waterfall)
        return;
    const Waterfall &w = *d.debt.waterfall;
    const Covenants &cv = d.debt.covenants;
    const Metrics &m = r.metrics;
    const PeriodTable &t = r.periods;
    const int c = d.constructionMonths;
    h.heading(Tr::tr("Cash management"));
    h.beginTerms();
    h.term(
        Tr::tr("Controlled accounts"),
        Tr::tr("Operating cash after debt service and the DSRA top-up is paid into a distribution account "
               "controlled by the lenders. A shortfall is met from it, then from the lock-up account, then "
               "from the DSRA; the sponsor funds what remains (equity support)."));
    h.term(Tr::tr("Test dates"),
           Tr::tr("Every %1 from COD (first test date %2) and at final maturity; the sponsor receives the "
                  "distribution account only on a test date that passes")
               .arg(months(w.testMonths), f.date(report::periodEnd(d, c + w.testMonths))));
    h.term(Tr::tr("Lock-up"),
           w.lockup ? Tr::tr("Historic DSCR below %1 (lookback %2): the test fails and the distribution "
                             "account is trapped in a lock-up account")
                          .arg(f.multiple(cv.lockupDscr), months(w.lookbackMonths))
                    : Tr::tr("None: the tests do not trap cash"));
    if (w.lockup) {
        h.term(Tr::tr("Release of trapped cash"),
               Tr::tr("To the sponsor once %n consecutive test(s) pass, and on every passing test after that",
                      nullptr, w.releaseAfter));
        h.term(Tr::tr("Trapped-cash sweep"),
               w.sweepTrappedAfter > 0
                   ? Tr::tr("Once %n consecutive test(s) fail, and on every failing test after that, the "
                            "lock-up account prepays the facility",
                            nullptr, w.sweepTrappedAfter)
                   : Tr::tr("None: trapped cash stays in the lock-up account until released"));
    }
    h.term(Tr::tr("Excess cash sweep"),
           w.cashSweep > 0 ? Tr::tr("%1 of the distribution account prepays the facility on every test date, "
                                    "before the lock-up test")
                                 .arg(f.percent(w.cashSweep, 0))
                           : Tr::tr("None"));
    h.term(Tr::tr("Prepayments"), Tr::tr("Applied as principal; every later scheduled instalment falls in "
                                         "proportion (the repayment profile is kept)"));
    h.end();

    // The base case, as the engine computed it.
    int firstFail = -1;
    for (int p = c + 1; p <= t.n && firstFail < 0; ++p)
        if (!isNull(t.histDscr[std::size_t(p)]) && t.histDscr[std::size_t(p)] < cv.lockupDscr)
            firstFail = p;
    int trappedAt = -1; // the first period at the largest lock-up balance
    for (int p = 0; p <= t.n && m.maxTrapped > 0; ++p)
        if (trappedAt < 0 || t.lockupAccount[std::size_t(p)] > t.lockupAccount[std::size_t(trappedAt)])
            trappedAt = p;
    h.para(Tr::tr("<b>Base case</b> (the model's figures)"), QStringLiteral("caption"));
    h.beginTerms();
    h.term(Tr::tr("First failing test"),
           firstFail < 0
               ? Tr::tr("None: the historic DSCR stays at or above %1 on every test date")
                     .arg(f.multiple(cv.lockupDscr))
               : Tr::tr("%1, historic DSCR %2; %n test date(s) below %3 in all", nullptr, m.lockupBreaches)
                     .arg(periodText(d, firstFail, f), f.multiple(t.histDscr[std::size_t(firstFail)]),
                          f.multiple(cv.lockupDscr)));
    h.term(Tr::tr("Cash trapped at most"),
           trappedAt < 0 ? Tr::tr("None")
                         : Tr::tr("%1 on %2").arg(f.money(m.maxTrapped), periodText(d, trappedAt, f)));
    h.term(Tr::tr("Prepaid in total"),
           Tr::tr("%1 (%2 of the facility)")
               .arg(f.money(m.debtPrepaid), f.percent(m.debt > 0 ? m.debtPrepaid / m.debt : 0.0, 1)));
    if (m.debtRepaidPeriod) {
        const int p = int(std::lround(*m.debtRepaidPeriod));
        const int maturity = c + d.debt.tenorMonths;
        h.term(Tr::tr("Repaid in"), p < maturity ? Tr::tr("%1, %2 before the final maturity date")
                                                       .arg(periodText(d, p, f), months(maturity - p))
                                                 : Tr::tr("%1, at final maturity").arg(periodText(d, p, f)));
    }
    h.end();
}

// (v2) The collateral (engine.md 5.2): what secures the loan and the value the model assumes for it.
void collateral(Html &h, const Deal &d, const Result &r, const Format &f)
{
    if (!d.collateral)
        return;
    const Collateral &col = *d.collateral;
    const PeriodTable &t = r.periods;
    const Metrics &m = r.metrics;
    const int c = d.constructionMonths;
    h.heading(Tr::tr("Collateral"));
    QStringList categories;
    for (CapexCategory cat : col.categories)
        categories << q(toString(cat));
    h.beginTerms();
    h.term(Tr::tr("Security"),
           Tr::tr("First-ranking security over the hardware of the capex categories %1: %2 at cost")
               .arg(categories.join(QStringLiteral(", ")),
                    f.money(c <= t.n ? t.collateralValue[std::size_t(c)] : 0.0)));
    h.term(Tr::tr("Assumed market value"),
           Tr::tr("Cost at COD, falling %1 a year (monthly, compounding) to a floor of %2 of cost")
               .arg(f.percent(col.annualDecline, 0), f.percent(col.floor, 0)));
    h.term(Tr::tr("Index link"),
           col.indexLinked
               ? Tr::tr("Index-linked: on the Monte Carlo paths the value moves with the spot price index")
               : Tr::tr("None: the value follows the curve above on every path"));
    h.term(
        Tr::tr("Terminal value"),
        Tr::tr("%1 at the end of operations (%2): the collateral at market plus the book value of the other "
               "assets")
            .arg(f.money(m.terminalValue), f.date(report::periodEnd(d, t.n))));
    h.end();
    // The value against the loan at COD and each anniversary while the loan runs.
    const int last =
        std::min(t.n, m.debtRepaidPeriod ? int(std::lround(*m.debtRepaidPeriod)) : c + d.debt.tenorMonths);
    h.para(Tr::tr("<b>Collateral value and loan</b> at COD and each anniversary (%1)").arg(f.currency()),
           QStringLiteral("caption"));
    h.beginTable({Tr::tr("Date"), Tr::tr("Collateral value"), Tr::tr("Loan balance"), Tr::tr("LTV")});
    for (int p = c; p <= last; p += 12) {
        const double ltv = t.ltv[std::size_t(p)];
        h.row({f.date(report::periodEnd(d, p)), f.number(t.collateralValue[std::size_t(p)]),
               f.number(t.balance[std::size_t(p)]), isNull(ltv) ? Format::na() : f.percent(ltv, 1)});
    }
    h.end();
}

// (v2) The tax basis (engine.md 4, 5.3).
void taxBasis(Html &h, const Deal &d, const Result &r, const Format &f)
{
    if (!usesV2(d))
        return;
    h.heading(Tr::tr("Tax basis"));
    h.beginTerms();
    h.term(Tr::tr("Tax rate"), f.percent(d.taxRate, 1));
    h.term(
        Tr::tr("Tax depreciation"),
        d.taxDepreciation == TaxDepreciation::Macrs5
            ? Tr::tr("MACRS 5-year (half-year convention) on the full cost of compute, networking, storage "
                     "and spares, with %1 bonus depreciation in the first operating month; other items "
                     "straight line")
                  .arg(f.percent(d.taxBonus, 0))
            : Tr::tr("Straight line over each item's useful life, as in the books"));
    h.term(Tr::tr("Tax losses"), d.nolLimit >= 1.0
                                     ? Tr::tr("Carried forward without limit")
                                     : Tr::tr("Carried forward; they offset at most %1 of a period's taxable "
                                              "income")
                                           .arg(f.percent(d.nolLimit, 0)));
    h.term(Tr::tr("Tax on the terminal value"),
           Tr::tr("%1: the tax rate on the terminal value less the remaining tax basis, due at the end of "
                  "operations (a loss saves tax)")
               .arg(f.money(r.metrics.terminalTax)));
    h.end();
}

void hedging(Html &h, const Deal &d, const Result &r, const Format &f)
{
    h.heading(Tr::tr("Hedging requirements"));
    if (d.hedges.empty()) {
        h.para(Tr::tr("No hedges are required; merchant capacity is sold at the spot index."));
        return;
    }
    h.para(Tr::tr("The borrower shall enter into and maintain the following hedges on the %1 (GPU-hour "
                  "notional: every hour of the stated number of GPUs). Coverage of tenor GPU-hours by "
                  "contracts and hedges: %2.")
               .arg(d.market.index.empty() ? Tr::tr("GPU-hour rental index") : esc(d.market.index),
                    f.percent(r.metrics.coverage, 1)));
    h.beginTable({Tr::tr("Type"), Tr::tr("GPUs"), Tr::tr("GPU-hours"),
                  Tr::tr("Strike (%1/GPU-h)").arg(f.currency()),
                  Tr::tr("Fee + premium (%1)").arg(f.currency()), Tr::tr("From"), Tr::tr("To"),
                  Tr::tr("Months"), Tr::tr("Initial margin")});
    for (std::size_t i = 0; i < d.hedges.size() && i < r.hedges.size(); ++i) {
        const Hedge &g = d.hedges[i];
        const InstrumentResult &computed = r.hedges[i]; // its periods and hours, as the engine ran it
        h.row({hedgeTypeText(g.type), f.number(g.gpus), f.number(computed.hours),
               f.number(g.strikePerGpuHour, 4), f.number(g.feePerGpuHour + g.premiumPerGpuHour, 4),
               f.date(report::periodStart(d, computed.first)), f.date(report::periodEnd(d, computed.last)),
               QString::number(computed.months()), f.number(g.gpus * g.initialMarginPerGpu)});
    }
    h.end();
}

void offtake(Html &h, const Deal &d, const Result &r, const Format &f)
{
    h.heading(Tr::tr("Offtake summary"));
    if (d.offtake.empty()) {
        h.para(Tr::tr("No offtake contracts: all capacity is merchant."));
        return;
    }
    h.beginTable({Tr::tr("Counterparty"), Tr::tr("Rating"), Tr::tr("GPUs"),
                  Tr::tr("Price (%1/GPU-h)").arg(f.currency()), Tr::tr("Escalation"), Tr::tr("From"),
                  Tr::tr("Months"), Tr::tr("Prepaid"), Tr::tr("Contract value")});
    double total = 0.0;
    for (std::size_t i = 0; i < d.offtake.size() && i < r.offtake.size(); ++i) {
        const OfftakeContract &c = d.offtake[i];
        const InstrumentResult &computed = r.offtake[i]; // its periods and value, as the engine ran it
        total += computed.value;
        h.row({esc(c.counterparty), q(toString(c.rating)), f.number(c.gpus), f.number(c.pricePerGpuHour, 2),
               f.percent(c.escalation, 1), f.date(report::periodStart(d, computed.first)),
               QString::number(computed.months()), f.percent(c.prepaymentPct, 0), f.number(computed.value)});
    }
    h.row({Tr::tr("Total"), QString(), QString(), QString(), QString(), QString(), QString(), QString(),
           f.number(total)},
          true);
    h.end();
    h.para(
        Tr::tr("Merchant capacity: %1 at %2 in the first year, changing %3 a year, sold at %4 utilization.")
            .arg(d.market.index.empty() ? Tr::tr("spot index") : esc(d.market.index),
                 f.price(d.market.spotPricePerGpuHour), f.percent(d.market.annualChange, 1),
                 f.percent(d.market.merchantUtilization, 0)));
}

void sourcesUses(Html &h, const Result &r, const Format &f)
{
    const Metrics &m = r.metrics;
    h.heading(Tr::tr("Sources and uses"));
    const double uses = m.totalUses > 0 ? m.totalUses : 1.0;
    auto share = [&](double v) { return f.percent(v / uses, 1); };
    h.beginTable({Tr::tr("Uses"), f.currency(), QStringLiteral("%"), Tr::tr("Sources"), f.currency(),
                  QStringLiteral("%")},
                 QStringLiteral("lrrlrr"));
    const QStringList usesRows[] = {
        {Tr::tr("Capex"), f.number(m.totalCapex), share(m.totalCapex)},
        {Tr::tr("Interest during construction"), f.number(m.idc), share(m.idc)},
        {Tr::tr("Upfront fee"), f.number(m.upfrontFee), share(m.upfrontFee)},
        {Tr::tr("Commitment fees"), f.number(m.commitmentFees), share(m.commitmentFees)},
        {Tr::tr("Initial DSRA"), f.number(m.dsraInitial), share(m.dsraInitial)},
    };
    const QStringList sources[] = {
        {Tr::tr("Senior debt"), f.number(m.debt), share(m.debt)},
        {Tr::tr("Equity"), f.number(m.equity), share(m.equity)},
    };
    for (int i = 0; i < 5; ++i)
        h.row(usesRows[i] + (i < 2 ? sources[i] : QStringList{QString(), QString(), QString()}));
    h.row({Tr::tr("Total uses"), f.number(m.totalUses), share(m.totalUses), Tr::tr("Total sources"),
           f.number(m.debt + m.equity), share(m.debt + m.equity)},
          true);
    h.end();
}

void keyMetrics(Html &h, const Deal &d, const Result &r, const Format &f)
{
    const Metrics &m = r.metrics;
    h.heading(Tr::tr("Key metrics (base case)"));
    h.beginTable({Tr::tr("Metric"), Tr::tr("Value"), Tr::tr("Metric"), Tr::tr("Value")},
                 QStringLiteral("lrlr"));
    double minPrice = 0.0;
    for (const OfftakeContract &c : d.offtake)
        minPrice = minPrice == 0.0 ? c.pricePerGpuHour : std::min(minPrice, c.pricePerGpuHour);
    const QStringList rows[] = {
        {Tr::tr("Minimum DSCR"), f.multipleOpt(m.minDscr), Tr::tr("Lender all-in yield"),
         f.percentOpt(m.lenderYield)},
        {Tr::tr("Average DSCR"), f.multipleOpt(m.avgDscr), Tr::tr("WACC"), f.percentOpt(m.wacc)},
        {Tr::tr("LLCR"), f.multipleOpt(m.llcr), Tr::tr("Equity IRR"), f.percentOpt(m.equityIrr)},
        {Tr::tr("Gearing (debt / uses)"), f.percentOpt(m.gearing, 1), Tr::tr("Project IRR"),
         f.percentOpt(m.projectIrr)},
        {Tr::tr("LTV (debt / capex)"), f.percentOpt(m.ltv, 1), Tr::tr("NPV at WACC"), f.moneyOpt(m.npv)},
        {Tr::tr("Coverage"), f.percent(m.coverage, 1), Tr::tr("LCOC per GPU-hour"),
         m.lcoc ? f.currency() + QLatin1Char(' ') + f.number(*m.lcoc, 4) : Format::na()},
        {Tr::tr("Spot headroom"),
         m.spotHeadroom && *m.spotHeadroom >= 1.0 - 1e-9 ? Tr::tr("above the range tested")
                                                         : f.percentOpt(m.spotHeadroom, 1),
         Tr::tr("Lowest contract price"),
         minPrice > 0 ? f.currency() + QLatin1Char(' ') + f.number(minPrice, 4) : Format::na()},
        {Tr::tr("Equity payback"),
         m.paybackMonths ? months(int(std::lround(*m.paybackMonths))) : Format::na(),
         Tr::tr("Lock-up / default breaches"),
         QStringLiteral("%1 / %2").arg(m.lockupBreaches).arg(m.defaultBreaches)},
    };
    for (const QStringList &row : rows)
        h.row(row);
    if (usesV2(d)) { // (v2) the facility's new metrics (engine.md 7)
        const QString repaid = m.debtRepaidPeriod
                                   ? f.date(report::periodEnd(d, int(std::lround(*m.debtRepaidPeriod))))
                                   : Format::na();
        const QStringList v2[] = {
            {Tr::tr("Prepaid in total"), f.money(m.debtPrepaid), Tr::tr("Cash trapped at most"),
             f.money(m.maxTrapped)},
            {Tr::tr("Peak LTV (collateral)"), f.percentOpt(m.peakLtv, 1), Tr::tr("LTV breaches"),
             m.ltvBreaches ? f.number(*m.ltvBreaches) : Format::na()},
            {Tr::tr("Debt repaid in"), repaid, Tr::tr("Terminal value"), f.money(m.terminalValue)},
        };
        for (const QStringList &row : v2)
            h.row(row);
    }
    h.end();
}

QString styleSheet()
{
    return QStringLiteral("body { color: #202020; }"
                          "h1 { font-size: 17pt; color: #1F3864; margin-bottom: 0; }"
                          "h2 { font-size: 10.5pt; color: #1F3864; margin-top: 10pt; margin-bottom: 3pt; }"
                          "p { margin-top: 2pt; margin-bottom: 2pt; }"
                          "p.caption { margin-top: 6pt; }"
                          "p.disclaimer { font-size: 7.5pt; color: #595959; }"
                          "p.sub { font-size: 10pt; color: #404040; }"
                          "table.terms td { border-bottom: 0.5px solid #D9D9D9; }"
                          "td.name { font-weight: bold; color: #1F3864; }"
                          "table.grid { border-collapse: collapse; font-size: 7.5pt; }"
                          "table.grid th { background-color: #1F3864; color: white; font-weight: bold; }"
                          "table.grid td { border-bottom: 0.5px solid #D9D9D9; }"
                          "tr.total td { font-weight: bold; border-top: 1px solid #404040; }");
}

QString chartMarker(report::Chart c)
{
    return QStringLiteral("@@chart%1@@").arg(int(c));
}

} // namespace

QString termSheetHtml(const Deal &deal, const Result &result, const TermSheetOptions &options)
{
    const Format f(options.locale, QString::fromStdString(deal.currency));
    Html h;
    h.raw(QStringLiteral("<h1>%1</h1>").arg(Tr::tr("Indicative Term Sheet")));
    h.para(QStringLiteral("%1<br/>%2").arg(esc(deal.debt.name), esc(deal.name)), QStringLiteral("sub"));
    h.para(Tr::tr("Date: %1 &nbsp;&nbsp; Deal version: %2")
               .arg(f.date(options.date), options.versionLabel.toHtmlEscaped()));
    h.para(Tr::tr("Indicative and non-binding. This term sheet is for discussion only: it is not an "
                  "offer or a commitment "
                  "to lend, arrange or underwrite, and creates no legal obligation. Any financing is "
                  "subject to due "
                  "diligence, credit approval and definitive documentation. Figures are the GPU Deal "
                  "Studio model's base "
                  "case for the deal as of the date above; they are not a market quote."),
           QStringLiteral("disclaimer"));
    parties(h, deal, f);
    facility(h, deal, result, f);
    pricing(h, deal, result, f);
    reserves(h, deal, result, f);
    cashManagement(h, deal, result, f);
    collateral(h, deal, result, f);
    taxBasis(h, deal, result, f);
    hedging(h, deal, result, f);
    offtake(h, deal, result, f);
    sourcesUses(h, result, f);
    keyMetrics(h, deal, result, f);
    h.heading(Tr::tr("Charts"), true);
    h.para(Tr::tr("<b>Debt balance and DSCR</b> (monthly; DSCR against the covenant levels)"),
           QStringLiteral("caption"));
    h.para(chartMarker(report::Chart::DebtAndDscr));
    h.para(Tr::tr("<b>Revenue stack</b> by calendar year (%1; contracted, merchant, hedge settlements)")
               .arg(QString::fromStdString(deal.currency).toHtmlEscaped()),
           QStringLiteral("caption"));
    h.para(chartMarker(report::Chart::RevenueStack));
    return h.text();
}

QString writeTermSheetPdf(const Deal &deal, const Result &result, const QString &path,
                          const TermSheetOptions &options)
{
    QByteArray bytes;
    if (const QString error = termSheetPdf(deal, result, options, &bytes); !error.isEmpty())
        return error;
    return QString::fromStdString(
        fs::writeFile(QFile::encodeName(path).toStdString(),
                      std::string_view(bytes.constData(), std::size_t(bytes.size()))));
}

QString termSheetPdf(const Deal &deal, const Result &result, const TermSheetOptions &options, QByteArray *out)
{
    const QString path = QStringLiteral("PDF");
    if (!result.ok())
        return Tr::tr("the deal cannot be computed: %1")
            .arg(QString::fromStdString(issueText(result.errors.front())));
    if (!options.date.isValid())
        return Tr::tr("the term sheet needs a date");

    report::ReportPdf pdf(options.paper == TermSheetOptions::Paper::Letter, QMarginsF(18, 14, 18, 14),
                          Tr::tr("Indicative Term Sheet - %1").arg(QString::fromStdString(deal.name)));
    if (!pdf.begin())
        return Tr::tr("cannot write '%1'").arg(path);
    const QRectF body = pdf.body();

    const Format f(options.locale, QString::fromStdString(deal.currency));
    QTextDocument doc;
    pdf.setUpDocument(doc, styleSheet());
    report::ChartObject charts(deal, result, f, QSizeF(body.width(), body.width() * 0.36));
    doc.documentLayout()->registerHandler(report::ChartObject::kObjectType, &charts);
    doc.setHtml(termSheetHtml(deal, result, options));
    for (report::Chart c : {report::Chart::DebtAndDscr, report::Chart::RevenueStack}) {
        QTextCursor cursor = doc.find(chartMarker(c));
        if (cursor.isNull())
            continue;
        QTextCharFormat object;
        object.setObjectType(report::ChartObject::kObjectType);
        object.setProperty(report::ChartObject::kChartProperty, int(c));
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    const int pages = doc.pageCount();
    const QString title = Tr::tr("Indicative Term Sheet - %1").arg(QString::fromStdString(deal.debt.name));
    const QString stamp = Tr::tr("%1 | version %2").arg(f.date(options.date), options.versionLabel);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            pdf.writer().newPage();
        pdf.decorate(i, pages, title, stamp, Tr::tr("Indicative and non-binding"));
        pdf.drawTextPage(doc, i);
    }
    if (!pdf.end())
        return Tr::tr("cannot write '%1'").arg(path);
    *out = pdf.bytes();
    return {};
}

} // namespace gds
