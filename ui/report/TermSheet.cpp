// The term sheet: HTML body (QTextDocument) with inline vector charts, paginated onto a QPdfWriter
// with a header and page numbers on every page.
#include "TermSheet.h"

#include "model/Enums.h"
#include "ReportFormat.h"
#include "TermSheetCharts.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

namespace gds {

namespace {

using report::Format;

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

QString profileText(const Deal &d)
{
    switch (d.debt.profile) {
    case Profile::Sculpted:
        return QStringLiteral("Sculpted: debt service follows CFADS");
    case Profile::Annuity:
        return QStringLiteral("Annuity (level monthly debt service)");
    case Profile::StraightLine:
        return QStringLiteral("Straight line (equal monthly principal)");
    case Profile::Bullet:
        return QStringLiteral("Bullet: interest monthly, principal at maturity (balloon assumed refinanced)");
    }
    return {};
}

QString sizingText(const Deal &d, const Format &f)
{
    if (d.debt.sizing.mode == Sizing::Mode::Amount)
        return QStringLiteral("Fixed amount of %1").arg(f.money(d.debt.sizing.amount));
    return QStringLiteral("Lesser of a %1 target DSCR on CFADS and %2 of total capex (LTV)")
        .arg(f.multiple(d.debt.sizing.targetDscr), f.percent(d.debt.sizing.maxLtv, 1));
}

void parties(Html &h, const Deal &d, const Format &f)
{
    h.heading(QStringLiteral("Parties"));
    h.beginTerms();
    h.term(QStringLiteral("Borrower / Sponsor"),
           d.sponsor.empty() ? QStringLiteral("(not named)") : esc(d.sponsor));
    h.term(QStringLiteral("Project"), esc(d.name));
    h.term(QStringLiteral("Cluster"),
           QStringLiteral("%1 x %2 GPUs, %3 availability; construction %4 months, "
                          "operations %5 months")
               .arg(f.number(d.cluster.gpus), esc(d.cluster.gpuModel), f.percent(d.cluster.availability, 0))
               .arg(d.constructionMonths)
               .arg(d.operatingMonths));
    QStringList offtakers;
    for (const OfftakeContract &c : d.offtake)
        offtakers << QStringLiteral("%1 (rated %2)").arg(esc(c.counterparty), q(toString(c.rating)));
    h.term(QStringLiteral("Offtakers"), offtakers.isEmpty() ? QStringLiteral("None: merchant only")
                                                            : offtakers.join(QStringLiteral("; ")));
    h.term(QStringLiteral("Lenders"), QStringLiteral("The senior lenders under the facility"));
    h.end();
}

void facility(Html &h, const Deal &d, const Result &r, const Format &f)
{
    const PeriodTable &t = r.periods;
    const Metrics &m = r.metrics;
    const int c = d.constructionMonths, tenor = d.debt.tenorMonths;
    h.heading(QStringLiteral("The facility"));
    h.beginTerms();
    h.term(QStringLiteral("Facility"), esc(d.debt.name));
    h.term(QStringLiteral("Type"), c > 0 ? QStringLiteral("Senior secured delayed-draw term loan")
                                         : QStringLiteral("Senior secured term loan"));
    h.term(
        QStringLiteral("Amount"),
        QStringLiteral("%1 at COD, of which %2 drawn in cash and %3 capitalized interest during construction")
            .arg(f.money(m.debt), f.money(m.debtDrawn), f.money(m.idc)));
    h.term(QStringLiteral("Sizing"), sizingText(d, f));
    QStringList draws;
    for (int p = 0; p <= std::min(c, t.n); ++p)
        if (t.draw[p] > 0)
            draws << QStringLiteral("%1: %2").arg(f.date(report::periodEnd(d, p)), f.money(t.draw[p]));
    h.term(QStringLiteral("Availability period"),
           QStringLiteral(
               "From financial close (%1) to the commercial operation date (COD, %2); drawn pro rata to "
               "capex (%3 of each capex payment). Draws: %4")
               .arg(f.date(report::closeDate(d)), f.date(report::periodEnd(d, c)),
                    f.percent(m.totalCapex > 0 ? m.debtDrawn / m.totalCapex : 0.0, 2),
                    draws.isEmpty() ? QStringLiteral("none") : draws.join(QStringLiteral("; "))));
    h.term(QStringLiteral("Tenor"), QStringLiteral("%1 months from COD").arg(tenor));
    h.term(QStringLiteral("Final maturity date"), f.date(report::periodEnd(d, c + tenor)));
    h.term(QStringLiteral("Repayment profile"), profileText(d));
    h.end();

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
    h.para(QStringLiteral("<b>Schedule summary by calendar year</b> (%1)").arg(f.currency()),
           QStringLiteral("caption"));
    h.beginTable({QStringLiteral("Year"), QStringLiteral("Drawn"), QStringLiteral("Capitalized interest"),
                  QStringLiteral("Interest paid"), QStringLiteral("Principal"),
                  QStringLiteral("Debt service"), QStringLiteral("Closing balance"),
                  QStringLiteral("Min DSCR")});
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
    h.row({QStringLiteral("Total"), f.number(total.drawn), f.number(total.idc), f.number(total.interest),
           f.number(total.principal), f.number(total.ds), QString(), QString()},
          true);
    h.end();
}

void pricing(Html &h, const Deal &d, const Result &r, const Format &f)
{
    const Rate &rate = d.debt.rate;
    const Metrics &m = r.metrics;
    h.heading(QStringLiteral("Pricing and fees"));
    h.beginTerms();
    if (rate.type == RateType::Fixed) {
        h.term(QStringLiteral("Interest rate"),
               QStringLiteral("Fixed %1 per annum").arg(f.percent(rate.fixedRate)));
    } else {
        QString base;
        if (rate.useBaseCurve) {
            QStringList steps;
            for (std::size_t i = 0; i < rate.baseRateCurve.size(); ++i)
                steps << QStringLiteral("year %1: %2").arg(i + 1).arg(f.percent(rate.baseRateCurve[i]));
            base = QStringLiteral("Base rate curve by model year (%1)").arg(steps.join(QStringLiteral(", ")));
        } else {
            base = QStringLiteral("Base rate %1 per annum").arg(f.percent(rate.baseRate));
        }
        h.term(QStringLiteral("Interest rate"),
               QStringLiteral("%1 plus the margin; margin applied %2").arg(base, f.percentOpt(m.margin)));
        if (!rate.useMarginGrid)
            h.term(QStringLiteral("Margin"), QStringLiteral("%1 per annum").arg(f.percent(rate.margin)));
    }
    h.term(QStringLiteral("Day count"), q(toString(d.debt.dayCount)));
    h.term(QStringLiteral("Interest payment"),
           QStringLiteral("Monthly in arrears; capitalized during construction"));
    h.term(QStringLiteral("Upfront fee"),
           QStringLiteral("%1 of the facility amount (%2), paid at financial close")
               .arg(f.percent(d.debt.upfrontFee), f.money(m.upfrontFee)));
    h.term(QStringLiteral("Commitment fee"),
           QStringLiteral("%1 per annum on undrawn commitments during availability (%2 in total)")
               .arg(f.percent(d.debt.commitmentFee), f.money(m.commitmentFees)));
    h.end();
    if (rate.type == RateType::Floating && rate.useMarginGrid) {
        h.para(QStringLiteral(
                   "<b>Margin grid</b>: the margin steps down with the share of tenor GPU-hours that are "
                   "contracted or hedged (coverage). Model coverage %1 selects the marked step.")
                   .arg(f.percent(m.coverage, 1)),
               QStringLiteral("caption"));
        h.beginTable({QStringLiteral("Coverage from"), QStringLiteral("Margin"),
                      QStringLiteral("All-in rate"), QStringLiteral("Applied")},
                     QStringLiteral("rrrr"));
        const double base = rate.useBaseCurve ? rate.baseRateCurve.front() : rate.baseRate;
        for (std::size_t i = 0; i < rate.marginGrid.size(); ++i) {
            const MarginStep &s = rate.marginGrid[i];
            h.row({f.percent(s.minCoverage, 0), f.percent(s.margin), f.percent(base + s.margin),
                   int(i) == m.marginStep ? QStringLiteral("applied") : QString()});
        }
        h.end();
    }
}

void reserves(Html &h, const Deal &d, const Result &r, const Format &f)
{
    const Metrics &m = r.metrics;
    const Covenants &cv = d.debt.covenants;
    h.heading(QStringLiteral("Reserves and financial covenants"));
    h.beginTerms();
    h.term(QStringLiteral("Debt service reserve account"),
           d.debt.dsraMonths > 0
               ? QStringLiteral(
                     "%1 months of scheduled debt service, funded by the equity at COD (%2 initially)")
                     .arg(d.debt.dsraMonths)
                     .arg(f.money(m.dsraInitial))
               : QStringLiteral("None"));
    auto headroom = [&](double level, int breaches) {
        if (!m.minDscr)
            return QStringLiteral("no tested debt service");
        return QStringLiteral("Model minimum %1: headroom %2 (CFADS may fall %3 in the weakest period); %4 "
                              "period(s) below")
            .arg(f.multiple(*m.minDscr), f.multiple(*m.minDscr - level),
                 f.percent(*m.minDscr > 0 ? 1.0 - level / *m.minDscr : 0.0, 1))
            .arg(breaches);
    };
    h.term(QStringLiteral("Distribution lock-up"),
           QStringLiteral("DSCR below %1. %2")
               .arg(f.multiple(cv.lockupDscr), headroom(cv.lockupDscr, m.lockupBreaches)));
    h.term(QStringLiteral("Event of default"),
           QStringLiteral("DSCR below %1. %2")
               .arg(f.multiple(cv.defaultDscr), headroom(cv.defaultDscr, m.defaultBreaches)));
    h.term(QStringLiteral("DSCR test"),
           QStringLiteral("Monthly, CFADS over scheduled debt service%1")
               .arg(d.debt.profile == Profile::Bullet
                        ? QStringLiteral(" (interest only; the balloon is excluded)")
                        : QString()));
    h.term(QStringLiteral("Spot headroom"),
           m.spotHeadroom
               ? QStringLiteral("The spot price curve may fall %1 before the minimum DSCR reaches 1.00x")
                     .arg(f.percent(*m.spotHeadroom, 1))
               : Format::na());
    h.end();
}

void hedging(Html &h, const Deal &d, const Result &r, const Format &f)
{
    h.heading(QStringLiteral("Hedging requirements"));
    if (d.hedges.empty()) {
        h.para(QStringLiteral("No hedges are required; merchant capacity is sold at the spot index."));
        return;
    }
    h.para(
        QStringLiteral("The borrower shall enter into and maintain the following hedges on the %1 (GPU-hour "
                       "notional: every hour of the stated number of GPUs). Coverage of tenor GPU-hours by "
                       "contracts and hedges: %2.")
            .arg(d.market.index.empty() ? QStringLiteral("GPU-hour rental index") : esc(d.market.index),
                 f.percent(r.metrics.coverage, 1)));
    h.beginTable({QStringLiteral("Type"), QStringLiteral("GPUs"), QStringLiteral("GPU-hours"),
                  QStringLiteral("Strike / GPU-hour"), QStringLiteral("Fee + premium"),
                  QStringLiteral("From"), QStringLiteral("To"), QStringLiteral("Months"),
                  QStringLiteral("Initial margin")});
    const PeriodTable &t = r.periods;
    for (const Hedge &g : d.hedges) {
        const int last = std::min(g.startPeriod + g.termMonths - 1, t.n);
        double hours = 0.0;
        for (int p = g.startPeriod; p <= last; ++p)
            hours += g.gpus * 24.0 * t.days[p];
        h.row({q(toString(g.type)), f.number(g.gpus), f.number(hours), f.number(g.strikePerGpuHour, 4),
               f.number(g.feePerGpuHour + g.premiumPerGpuHour, 4),
               f.date(report::periodStart(d, g.startPeriod)), f.date(report::periodEnd(d, last)),
               QString::number(last - g.startPeriod + 1), f.number(g.gpus * g.initialMarginPerGpu)});
    }
    h.end();
}

void offtake(Html &h, const Deal &d, const Result &r, const Format &f)
{
    h.heading(QStringLiteral("Offtake summary"));
    if (d.offtake.empty()) {
        h.para(QStringLiteral("No offtake contracts: all capacity is merchant."));
        return;
    }
    const PeriodTable &t = r.periods;
    h.beginTable({QStringLiteral("Counterparty"), QStringLiteral("Rating"), QStringLiteral("GPUs"),
                  QStringLiteral("Price / GPU-hour"), QStringLiteral("Escalation"), QStringLiteral("From"),
                  QStringLiteral("Months"), QStringLiteral("Prepaid"), QStringLiteral("Contract value")});
    double total = 0.0;
    for (const OfftakeContract &c : d.offtake) {
        const int last = std::min(c.startPeriod + c.termMonths - 1, t.n);
        double tcv = 0.0;
        for (int p = c.startPeriod; p <= last; ++p)
            tcv += c.gpus * 24.0 * t.days[p] * d.cluster.availability * c.pricePerGpuHour *
                   std::pow(1 + c.escalation, (p - c.startPeriod) / 12);
        total += tcv;
        h.row({esc(c.counterparty), q(toString(c.rating)), f.number(c.gpus), f.number(c.pricePerGpuHour, 2),
               f.percent(c.escalation, 1), f.date(report::periodStart(d, c.startPeriod)),
               QString::number(last - c.startPeriod + 1), f.percent(c.prepaymentPct, 0), f.number(tcv)});
    }
    h.row({QStringLiteral("Total"), QString(), QString(), QString(), QString(), QString(), QString(),
           QString(), f.number(total)},
          true);
    h.end();
    h.para(QStringLiteral(
               "Merchant capacity: %1 at %2 in the first year, changing %3 a year, sold at %4 utilization.")
               .arg(d.market.index.empty() ? QStringLiteral("spot index") : esc(d.market.index),
                    f.price(d.market.spotPricePerGpuHour), f.percent(d.market.annualChange, 1),
                    f.percent(d.market.merchantUtilization, 0)));
}

void sourcesUses(Html &h, const Result &r, const Format &f)
{
    const Metrics &m = r.metrics;
    h.heading(QStringLiteral("Sources and uses"));
    const double uses = m.totalUses > 0 ? m.totalUses : 1.0;
    auto share = [&](double v) { return f.percent(v / uses, 1); };
    h.beginTable({QStringLiteral("Uses"), f.currency(), QStringLiteral("%"), QStringLiteral("Sources"),
                  f.currency(), QStringLiteral("%")},
                 QStringLiteral("lrrlrr"));
    const QStringList usesRows[] = {
        {QStringLiteral("Capex"), f.number(m.totalCapex), share(m.totalCapex)},
        {QStringLiteral("Interest during construction"), f.number(m.idc), share(m.idc)},
        {QStringLiteral("Upfront fee"), f.number(m.upfrontFee), share(m.upfrontFee)},
        {QStringLiteral("Commitment fees"), f.number(m.commitmentFees), share(m.commitmentFees)},
        {QStringLiteral("Initial DSRA"), f.number(m.dsraInitial), share(m.dsraInitial)},
    };
    const QStringList sources[] = {
        {QStringLiteral("Senior debt"), f.number(m.debt), share(m.debt)},
        {QStringLiteral("Equity"), f.number(m.equity), share(m.equity)},
    };
    for (int i = 0; i < 5; ++i)
        h.row(usesRows[i] + (i < 2 ? sources[i] : QStringList{QString(), QString(), QString()}));
    h.row({QStringLiteral("Total uses"), f.number(m.totalUses), share(m.totalUses),
           QStringLiteral("Total sources"), f.number(m.debt + m.equity), share(m.debt + m.equity)},
          true);
    h.end();
}

void keyMetrics(Html &h, const Deal &d, const Result &r, const Format &f)
{
    const Metrics &m = r.metrics;
    h.heading(QStringLiteral("Key metrics (base case)"));
    h.beginTable({QStringLiteral("Metric"), QStringLiteral("Value"), QStringLiteral("Metric"),
                  QStringLiteral("Value")},
                 QStringLiteral("lrlr"));
    double minPrice = 0.0;
    for (const OfftakeContract &c : d.offtake)
        minPrice = minPrice == 0.0 ? c.pricePerGpuHour : std::min(minPrice, c.pricePerGpuHour);
    const QStringList rows[] = {
        {QStringLiteral("Minimum DSCR"), f.multipleOpt(m.minDscr), QStringLiteral("Lender all-in yield"),
         f.percentOpt(m.lenderYield)},
        {QStringLiteral("Average DSCR"), f.multipleOpt(m.avgDscr), QStringLiteral("WACC"),
         f.percentOpt(m.wacc)},
        {QStringLiteral("LLCR"), f.multipleOpt(m.llcr), QStringLiteral("Equity IRR"),
         f.percentOpt(m.equityIrr)},
        {QStringLiteral("Gearing (debt / uses)"), f.percentOpt(m.gearing, 1), QStringLiteral("Project IRR"),
         f.percentOpt(m.projectIrr)},
        {QStringLiteral("LTV (debt / capex)"), f.percentOpt(m.ltv, 1), QStringLiteral("NPV at WACC"),
         f.moneyOpt(m.npv)},
        {QStringLiteral("Coverage"), f.percent(m.coverage, 1), QStringLiteral("LCOC per GPU-hour"),
         m.lcoc ? f.number(*m.lcoc, 4) : Format::na()},
        {QStringLiteral("Spot headroom"), f.percentOpt(m.spotHeadroom, 1),
         QStringLiteral("Lowest contract price"), minPrice > 0 ? f.number(minPrice, 4) : Format::na()},
        {QStringLiteral("Equity payback"),
         m.paybackMonths ? QStringLiteral("%1 months").arg(*m.paybackMonths, 0, 'f', 0) : Format::na(),
         QStringLiteral("Lock-up / default breaches"),
         QStringLiteral("%1 / %2").arg(m.lockupBreaches).arg(m.defaultBreaches)},
    };
    for (const QStringList &row : rows)
        h.row(row);
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
    h.raw(QStringLiteral("<h1>Indicative Term Sheet</h1>"));
    h.para(QStringLiteral("%1<br/>%2").arg(esc(deal.debt.name), esc(deal.name)), QStringLiteral("sub"));
    h.para(QStringLiteral("Date: %1 &nbsp;&nbsp; Deal version: %2")
               .arg(f.date(options.date), options.versionLabel.toHtmlEscaped()));
    h.para(QStringLiteral("Indicative and non-binding. This term sheet is for discussion only: it is not an "
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
    hedging(h, deal, result, f);
    offtake(h, deal, result, f);
    sourcesUses(h, result, f);
    keyMetrics(h, deal, result, f);
    h.heading(QStringLiteral("Charts"), true);
    h.para(QStringLiteral("<b>Debt balance and DSCR</b> (monthly; DSCR against the covenant levels)"),
           QStringLiteral("caption"));
    h.para(chartMarker(report::Chart::DebtAndDscr));
    h.para(
        QStringLiteral("<b>Revenue stack</b> by calendar year (%1; contracted, merchant, hedge settlements)")
            .arg(QString::fromStdString(deal.currency).toHtmlEscaped()),
        QStringLiteral("caption"));
    h.para(chartMarker(report::Chart::RevenueStack));
    return h.text();
}

QString writeTermSheetPdf(const Deal &deal, const Result &result, const QString &path,
                          const TermSheetOptions &options)
{
    if (!result.ok())
        return QStringLiteral("the deal cannot be computed: ") +
               QString::fromStdString(result.errors.front().text());
    if (!options.date.isValid())
        return QStringLiteral("the term sheet needs a date");

    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(
        QPageSize(options.paper == TermSheetOptions::Paper::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(QStringLiteral("Indicative Term Sheet - %1").arg(QString::fromStdString(deal.name)));
    writer.setCreator(QStringLiteral("GPU Deal Studio"));
    QPainter painter;
    if (!painter.begin(&writer))
        return QStringLiteral("cannot write '%1'").arg(path);

    const double unit = writer.resolution() / 72.0; // device pixels per point
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const double band = 16 * unit;
    const QRectF body(0, band, page.width(), page.height() - 2 * band);

    const Format f(options.locale, QString::fromStdString(deal.currency));
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    font.setLetterSpacing(QFont::AbsoluteSpacing,
                          0.1); // any spacing turns ligatures off: "offer", not "o\uFB00er"
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(styleSheet());
    doc.setDocumentMargin(0);
    doc.setPageSize(body.size());
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
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7);
    const QString title =
        QStringLiteral("Indicative Term Sheet - %1").arg(QString::fromStdString(deal.debt.name));
    const QString stamp = QStringLiteral("%1 | version %2").arg(f.date(options.date), options.versionLabel);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x59, 0x59, 0x59));
        const QRectF head(0, 0, page.width(), band - 5 * unit);
        painter.drawText(head, Qt::AlignLeft | Qt::AlignTop, title);
        painter.drawText(head, Qt::AlignRight | Qt::AlignTop, stamp);
        painter.setPen(QPen(QColor(0x1F, 0x38, 0x64), 0.6 * unit));
        painter.drawLine(QPointF(0, band - 5 * unit), QPointF(page.width(), band - 5 * unit));
        painter.setPen(QColor(0x59, 0x59, 0x59));
        const QRectF foot(0, page.height() - band + 5 * unit, page.width(), band - 5 * unit);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("Indicative and non-binding"));
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                         QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages));

        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip.adjusted(0, 0, 0, -1); // a block starting exactly at the next page belongs there
        context.palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return QStringLiteral("cannot write '%1'").arg(path);
    return {};
}

} // namespace gds
