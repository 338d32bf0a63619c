// The comparison report: an HTML body (QTextDocument) paginated onto a QPdfWriter with a header and
// page numbers, then a page of overlaid curves drawn with QPainter (vector, labels are real text).
#include "ComparisonReport.h"

#include "io/MessageText.h"
#include "ReportFormat.h"
#include "ReportPdf.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

namespace gds {

namespace {

using report::Format;

// The report's words, context "gds::ComparisonReport" in the translation files.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gds::ComparisonReport)
};

const QColor kNavy(0x1F, 0x38, 0x64), kGrid(0xD9, 0xD9, 0xD9), kText(0x40, 0x40, 0x40),
    kBest(0xE2, 0xEF, 0xDA);

// Distinct line colours for up to six structures (the first is the report's navy).
QColor seriesColor(std::size_t i)
{
    static const QColor colors[] = {QColor(0x1F, 0x38, 0x64), QColor(0xC5, 0x5A, 0x11),
                                    QColor(0x38, 0x8E, 0x3C), QColor(0x7B, 0x1F, 0xA2),
                                    QColor(0x00, 0x83, 0x8F), QColor(0xB0, 0x00, 0x20)};
    return colors[i % (sizeof colors / sizeof colors[0])];
}

// A metric's row label with its unit: "Senior debt (USD m)".
QString rowLabel(const QString &label, Unit unit, const QString &currency)
{
    switch (unit) {
    case Unit::Money:
        return Tr::tr("%1 (%2 m)", "metric, currency code: money in millions").arg(label, currency);
    case Unit::PricePerHour:
        return Tr::tr("%1 (%2 / GPU-hour)", "metric, currency code").arg(label, currency);
    case Unit::Months:
        return Tr::tr("%1 (months)", "metric").arg(label);
    default:
        return label;
    }
}

QString valueText(double v, Unit unit, const Format &f)
{
    switch (unit) {
    case Unit::Money:
        return f.number(v / 1e6, 1);
    case Unit::Percent:
    case Unit::Ratio:
        return f.percent(v, 2);
    case Unit::Multiple:
        return f.multiple(v);
    case Unit::PricePerHour:
        return f.number(v, 4);
    default:
        return f.number(v, 0);
    }
}

QString signedText(double v, const QString &text)
{
    const bool zero =
        std::all_of(text.begin(), text.end(), [](QChar c) { return !c.isDigit() || c == u'0'; });
    return v > 0 && !zero ? QLatin1Char('+') + text : text;
}

QString deltaText(double v, Unit unit, const Format &f)
{
    switch (unit) {
    case Unit::Money:
        return signedText(v, f.number(v / 1e6, 1));
    case Unit::Percent:
    case Unit::Ratio:
        return Tr::tr("%1 pp", "a difference in percentage points")
            .arg(signedText(v, f.number(v * 100.0, 2)));
    case Unit::Multiple:
        return signedText(v, f.multiple(v));
    case Unit::PricePerHour:
        return signedText(v, f.number(v, 4));
    default:
        return signedText(v, f.number(v, 0));
    }
}

QString styleSheet()
{
    return QStringLiteral("body { color: #202020; }"
                          "h1 { font-size: 16pt; color: #1F3864; margin-bottom: 0; }"
                          "h2 { font-size: 10.5pt; color: #1F3864; margin-top: 10pt; margin-bottom: 3pt; }"
                          "p { margin-top: 2pt; margin-bottom: 2pt; }"
                          "p.note { font-size: 7.5pt; color: #595959; }"
                          "table.grid { border-collapse: collapse; font-size: 7.5pt; }"
                          "table.grid th { background-color: #1F3864; color: white; font-weight: bold; }"
                          "table.grid td { border-bottom: 0.5px solid #D9D9D9; }"
                          "span.delta { color: #595959; font-size: 6.5pt; }"
                          "td.best { font-weight: bold; }");
}

void metricsTable(QString &out, const std::vector<ComparedStructure> &s, const Format &f)
{
    const auto table = comparisonTable(s);
    const auto &fields = metricFields();
    out += QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='3'><thead><tr>"
                          "<th align='left'>%1</th>")
               .arg(Tr::tr("Metric"));
    for (std::size_t j = 0; j < s.size(); ++j)
        out += QStringLiteral("<th align='right'>%1%2</th>")
                   .arg(s[j].label.toHtmlEscaped(),
                        s[j].result.ok() ? QString() : QStringLiteral("<br/>") + Tr::tr("(not computable)"));
    out += QStringLiteral("</tr></thead>");
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const MetricField &m = fields[i];
        out += QStringLiteral("<tr><td>%1</td>")
                   .arg(rowLabel(reportMetricLabel(QString::fromUtf8(m.key)), m.unit, f.currency()));
        for (std::size_t j = 0; j < s.size(); ++j) {
            const ComparisonCell &c = table[i][j];
            QString cell = c.value ? valueText(*c.value, m.unit, f) : Format::na();
            if (c.best)
                cell += QStringLiteral(" \u2605");
            if (c.delta)
                cell +=
                    QStringLiteral("<br/><span class='delta'>%1</span>").arg(deltaText(*c.delta, m.unit, f));
            out += c.best ? QStringLiteral("<td align='right' class='best' bgcolor='%1'>%2</td>")
                                .arg(kBest.name(), cell)
                          : QStringLiteral("<td align='right'>%1</td>").arg(cell);
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
}

// A cell of the terms table: "Fixed 5.96%", "Base 3.75% + margin by rating".
QString rateCell(const Rate &rate, const Format &f)
{
    if (rate.type == RateType::Fixed)
        return Tr::tr("fixed %1").arg(f.percent(rate.fixedRate));
    const QString base =
        rate.useBaseCurve ? Tr::tr("base curve") : Tr::tr("base %1").arg(f.percent(rate.baseRate));
    if (rate.useMarginByRating)
        return Tr::tr("%1 + margin by rating").arg(base);
    if (rate.useMarginGrid)
        return Tr::tr("%1 + margin grid").arg(base);
    return Tr::tr("%1 + %2").arg(base, f.percent(rate.margin));
}

// (v2) The facility terms of each structure side by side: tranches, cash waterfall, maintenance LTV,
// collateral and tax. Only when a structure uses one of them.
void termsTable(QString &out, const std::vector<ComparedStructure> &s, const Format &f)
{
    out += QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='3'><thead><tr>"
                          "<th align='left'>%1</th>")
               .arg(Tr::tr("Term"));
    for (const ComparedStructure &c : s)
        out += QStringLiteral("<th align='left'>%1</th>").arg(c.label.toHtmlEscaped());
    out += QStringLiteral("</tr></thead>");
    auto row = [&](const QString &name, const std::function<QString(const Deal &)> &cell) {
        out += QStringLiteral("<tr><td>%1</td>").arg(name);
        for (const ComparedStructure &c : s)
            out += QStringLiteral("<td>%1</td>").arg(cell(c.deal));
        out += QStringLiteral("</tr>");
    };
    row(Tr::tr("Tranches"), [&](const Deal &d) {
        QStringList parts;
        for (const Tranche &t : effectiveTranches(d.debt))
            parts << QStringLiteral("%1: %2").arg(f.percent(t.share, 0), rateCell(t.rate, f));
        return parts.join(QStringLiteral("<br/>"));
    });
    const auto waterfall = [](const Deal &d) { return d.debt.waterfall ? &*d.debt.waterfall : nullptr; };
    row(Tr::tr("Cash waterfall"), [&](const Deal &d) {
        const Waterfall *w = waterfall(d);
        return w ? Tr::tr("tests every %1 months, lookback %2 months")
                       .arg(w->testMonths)
                       .arg(w->lookbackMonths)
                 : Tr::tr("none (monthly DSCR tests)");
    });
    row(Tr::tr("Lock-up"), [&](const Deal &d) {
        const Waterfall *w = waterfall(d);
        if (w && !w->lockup)
            return Tr::tr("none");
        QString text = Tr::tr("DSCR below %1").arg(f.multiple(d.debt.covenants.lockupDscr));
        if (w)
            text +=
                QStringLiteral("; ") + Tr::tr("released after %n passing test(s)", nullptr, w->releaseAfter);
        return text;
    });
    row(Tr::tr("Trapped-cash sweep"), [&](const Deal &d) {
        const Waterfall *w = waterfall(d);
        return w && w->lockup && w->sweepTrappedAfter > 0
                   ? Tr::tr("after %n failing test(s)", nullptr, w->sweepTrappedAfter)
                   : Tr::tr("none");
    });
    row(Tr::tr("Excess cash sweep"), [&](const Deal &d) {
        const Waterfall *w = waterfall(d);
        return w && w->cashSweep > 0 ? f.percent(w->cashSweep, 0) : Tr::tr("none");
    });
    row(Tr::tr("Maintenance LTV"), [&](const Deal &d) {
        return d.debt.covenants.maxLtv ? f.percent(*d.debt.covenants.maxLtv, 0) : Tr::tr("none");
    });
    row(Tr::tr("Collateral"), [&](const Deal &d) {
        if (!d.collateral)
            return Tr::tr("none");
        QString text = Tr::tr("falls %1 a year to %2 of cost")
                           .arg(f.percent(d.collateral->annualDecline, 0), f.percent(d.collateral->floor, 0));
        if (d.collateral->indexLinked)
            text += QStringLiteral("; ") + Tr::tr("index-linked");
        return text;
    });
    row(Tr::tr("Tax depreciation"), [&](const Deal &d) {
        return d.taxDepreciation == TaxDepreciation::Macrs5
                   ? Tr::tr("MACRS 5-year, %1 bonus").arg(f.percent(d.taxBonus, 0))
                   : Tr::tr("straight line");
    });
    out += QStringLiteral("</table>");
}

// (v2) The tranches' amounts and lender yields side by side (engine/Comparison.h).
void trancheTable(QString &out, const std::vector<ComparedStructure> &s, const Format &f)
{
    const std::vector<TrancheRow> rows = trancheComparison(s);
    out += QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='3'><thead><tr>"
                          "<th align='left'>%1</th>")
               .arg(Tr::tr("Tranche"));
    for (const ComparedStructure &c : s)
        out += QStringLiteral("<th align='right'>%1</th>").arg(c.label.toHtmlEscaped());
    out += QStringLiteral("</tr></thead>");
    for (const TrancheRow &r : rows) {
        const Unit unit = r.yield ? Unit::Percent : Unit::Money;
        const QString label =
            r.yield ? Tr::tr("Tranche %1: lender yield").arg(r.tranche + 1)
                    : rowLabel(Tr::tr("Tranche %1: amount").arg(r.tranche + 1), unit, f.currency());
        out += QStringLiteral("<tr><td>%1</td>").arg(label);
        for (const ComparisonCell &c : r.cells) {
            QString cell = c.value ? valueText(*c.value, unit, f) : Format::na();
            if (c.best)
                cell += QStringLiteral(" \u2605");
            if (c.delta)
                cell +=
                    QStringLiteral("<br/><span class='delta'>%1</span>").arg(deltaText(*c.delta, unit, f));
            out += c.best ? QStringLiteral("<td align='right' class='best' bgcolor='%1'>%2</td>")
                                .arg(kBest.name(), cell)
                          : QStringLiteral("<td align='right'>%1</td>").arg(cell);
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
}

// --- the overlay charts

int monthIndex(const PeriodTable &t, int p)
{
    return t.year[std::size_t(p)] * 12 + t.month[std::size_t(p)] - 1;
}

// One chart: a line per structure of `series` (scaled by `scale`) by calendar month, null values leave
// gaps. `cap` limits the axis (DSCR of nearly debt-free periods can be huge).
void drawOverlay(QPainter &p, const QRectF &rect, const std::vector<ComparedStructure> &s,
                 const std::function<double(const PeriodTable &, int)> &value, double cap,
                 const QString &axisTitle, const std::function<QString(double)> &tickLabel,
                 const std::vector<std::pair<double, QString>> &levels)
{
    const double unit = p.device()->logicalDpiY() / 72.0;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(6.5);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());

    int first = 0, last = 0;
    bool any = false;
    double top = 0.0;
    for (const ComparedStructure &c : s) {
        const PeriodTable &t = c.result.periods;
        if (!c.result.ok() || t.size() == 0)
            continue;
        // The x range covers whole time lines, so that every chart of the page lines up.
        first = any ? std::min(first, monthIndex(t, 0)) : monthIndex(t, 0);
        last = any ? std::max(last, monthIndex(t, t.n)) : monthIndex(t, t.n);
        any = true;
        for (int q = 0; q <= t.n; ++q) {
            const double v = value(t, q);
            if (!isNull(v))
                top = std::max(top, std::min(v, cap));
        }
    }
    for (const auto &level : levels)
        top = std::max(top, level.first);
    if (!any) {
        p.setPen(kText);
        p.drawText(rect, Qt::AlignCenter, Tr::tr("No data"));
        return;
    }
    last = std::max(last, first + 1);
    // Legend rows above the plot.
    const double legendHeight = 11 * unit * double((s.size() + 2) / 3);
    const QRectF plot = rect.adjusted(44 * unit, legendHeight + 6 * unit, -10 * unit, -14 * unit);
    const double step = report::niceStep(top, 5);
    const double axisTop = std::max(step, std::ceil(top * 1.04 / step) * step);
    auto xOf = [&](int m) { return plot.left() + plot.width() * double(m - first) / double(last - first); };
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * std::min(v, axisTop) / axisTop; };

    for (double v = 0; v <= axisTop + step * 1e-6; v += step) {
        p.setPen(QPen(kGrid, 0.5 * unit));
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        p.setPen(kText);
        p.drawText(QRectF(rect.left(), yOf(v) - 5 * unit, plot.left() - rect.left() - 3 * unit, 10 * unit),
                   Qt::AlignRight | Qt::AlignVCenter, tickLabel(v));
    }
    p.save();
    p.translate(rect.left() + 5 * unit, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-80 * unit, -6 * unit, 160 * unit, 10 * unit), Qt::AlignCenter, axisTitle);
    p.restore();
    // Years along the bottom.
    const int years = (last - first) / 12 + 1;
    const int every = years > 16 ? 2 : 1;
    for (int m = first; m <= last; ++m) {
        // Januaries, and the first month when the first January is far from it.
        const bool start = m == first && m % 12 != 0 && 12 - m % 12 >= 4;
        if (!start && (m % 12 != 0 || (m / 12) % every != 0))
            continue;
        p.setPen(QPen(kGrid, 0.5 * unit));
        p.drawLine(QPointF(xOf(m), plot.top()), QPointF(xOf(m), plot.bottom() + 3 * unit));
        p.setPen(kText);
        p.drawText(QPointF(xOf(m) + 1.5 * unit, plot.bottom() + 10 * unit), QString::number(m / 12));
    }
    p.save();
    p.setClipRect(plot.adjusted(-unit, -unit, unit, unit));
    for (const auto &[level, name] : levels) {
        p.setPen(QPen(QColor(0xC0, 0x00, 0x00), 0.8 * unit, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), yOf(level)), QPointF(plot.right(), yOf(level)));
        p.setPen(QColor(0xC0, 0x00, 0x00));
        p.drawText(QPointF(plot.right() - fm.horizontalAdvance(name) - 2 * unit, yOf(level) - 2 * unit),
                   name);
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
        const PeriodTable &t = s[i].result.periods;
        if (!s[i].result.ok())
            continue;
        QPainterPath path;
        bool started = false;
        for (int q = 0; q <= t.n; ++q) {
            const double v = value(t, q);
            if (isNull(v)) {
                started = false;
                continue;
            }
            const QPointF pt(xOf(monthIndex(t, q)), yOf(v));
            started ? path.lineTo(pt) : path.moveTo(pt);
            started = true;
        }
        p.setPen(QPen(seriesColor(i), (i == 0 ? 1.4 : 1.1) * unit, i % 2 ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    p.restore();
    p.setPen(QPen(kText, 0.6 * unit));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    // Legend: three entries a row.
    const double colWidth = (rect.width() - 44 * unit) / 3;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const double x = rect.left() + 44 * unit + colWidth * double(i % 3);
        const double y = rect.top() + 11 * unit * double(i / 3);
        p.setPen(QPen(seriesColor(i), 1.6 * unit));
        p.drawLine(QPointF(x, y + 5 * unit), QPointF(x + 12 * unit, y + 5 * unit));
        p.setPen(kText);
        p.drawText(QRectF(x + 15 * unit, y, colWidth - 18 * unit, 10 * unit),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(s[i].label, Qt::ElideRight, colWidth - 18 * unit));
    }
}

QString reportTitle(const ComparisonOptions &options)
{
    return options.title.isEmpty() ? Tr::tr("Structure comparison") : options.title;
}

} // namespace

namespace {

std::vector<const Result *> resultsOf(const std::vector<ComparedStructure> &structures)
{
    std::vector<const Result *> results;
    results.reserve(structures.size());
    for (const ComparedStructure &s : structures)
        results.push_back(&s.result);
    return results;
}

} // namespace

std::vector<std::vector<ComparisonCell>> comparisonTable(const std::vector<ComparedStructure> &structures)
{
    return comparisonTable(resultsOf(structures));
}

std::vector<TrancheRow> trancheComparison(const std::vector<ComparedStructure> &structures)
{
    return trancheComparison(resultsOf(structures));
}

QString reportMetricLabel(const QString &key)
{
    const MetricField *field = metricField(key.toStdString());
    return field ? QCoreApplication::translate("gds::MetricField", field->label) : key;
}

QString comparisonHtml(const std::vector<ComparedStructure> &structures, const ComparisonOptions &options)
{
    const QString currency =
        structures.empty() ? QStringLiteral("USD") : QString::fromStdString(structures.front().deal.currency);
    const Format f(options.locale, currency);
    QString out;
    out += QStringLiteral("<h1>%1</h1>").arg(reportTitle(options).toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
               .arg(Tr::tr("Date: %1 &nbsp;&nbsp; Structures compared: %2")
                        .arg(f.date(options.date))
                        .arg(structures.size()));
    out += QStringLiteral("<h2>1. %1</h2><table class='grid' width='100%' cellspacing='0' "
                          "cellpadding='3'><thead><tr><th align='left'>#</th><th align='left'>%2</th>"
                          "<th align='left'>%3</th><th align='right'>%4</th>"
                          "<th align='right'>%5</th><th align='right'>%6</th></tr></thead>")
               .arg(Tr::tr("Structures"), Tr::tr("Structure"), Tr::tr("Deal"), Tr::tr("Offtake contracts"),
                    Tr::tr("Hedges"), Tr::tr("Tenor (months)"));
    for (std::size_t j = 0; j < structures.size(); ++j) {
        const ComparedStructure &s = structures[j];
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align='right'>%4</td>"
                              "<td align='right'>%5</td><td align='right'>%6</td></tr>")
                   .arg(j + 1)
                   .arg(s.label.toHtmlEscaped(), QString::fromStdString(s.deal.name).toHtmlEscaped())
                   .arg(s.deal.offtake.size())
                   .arg(s.deal.hedges.size())
                   .arg(s.deal.debt.tenorMonths);
        if (!s.result.ok())
            out +=
                QStringLiteral("<tr><td></td><td colspan='5'>%1</td></tr>")
                    .arg(
                        Tr::tr("Not computable: %1")
                            .arg(QString::fromStdString(issueText(s.result.errors.front())).toHtmlEscaped()));
    }
    out += QStringLiteral("</table>");
    out += QStringLiteral("<h2>2. %1</h2>").arg(Tr::tr("Key metrics"));
    out += QStringLiteral("<p class='note'>%1</p>")
               .arg(Tr::tr("Best value of each row in bold with a star (higher or lower is better "
                           "from the sponsor's side; neutral rows unmarked). The small figures are the "
                           "change against the first structure (pp: percentage points)."));
    metricsTable(out, structures, f);
    int section = 3;
    if (std::any_of(structures.begin(), structures.end(),
                    [](const ComparedStructure &s) { return usesV2(s.deal); })) {
        out += QStringLiteral("<h2>%1. %2</h2>").arg(section++).arg(Tr::tr("Facility terms"));
        out += QStringLiteral("<p class='note'>%1</p>")
                   .arg(Tr::tr("The version-2 terms of each structure: tranches (share and rate), the cash "
                               "waterfall, the maintenance LTV on the collateral and the tax depreciation."));
        termsTable(out, structures, f);
        out += QStringLiteral("<p class='note'>%1</p>")
                   .arg(Tr::tr("Tranches by position (the first tranche of each structure, then the second); "
                               "the lender yield is lower-is-better from the sponsor's side."));
        trancheTable(out, structures, f);
    }
    if (options.hedgeEffect.size() == 2) {
        const QString of =
            (options.hedgeEffectOf.isEmpty() ? options.hedgeEffect.front().label : options.hedgeEffectOf)
                .toHtmlEscaped();
        if (options.effect == ComparisonOptions::Effect::Waterfall) {
            out += QStringLiteral("<h2>%1. %2</h2>").arg(section).arg(Tr::tr("Waterfall effect: %1").arg(of));
            out +=
                QStringLiteral("<p class='note'>%1</p>")
                    .arg(Tr::tr("The same deal computed with its cash waterfall and without it: no "
                                "controlled accounts, test dates, lock-up, LTV cure or sweeps, every "
                                "month's cash after debt service distributed; everything else unchanged."));
        } else {
            out += QStringLiteral("<h2>%1. %2</h2>").arg(section).arg(Tr::tr("Hedge effect: %1").arg(of));
            out += QStringLiteral("<p class='note'>%1</p>")
                       .arg(Tr::tr("The same deal computed with its %n hedge(s) and with the hedges removed; "
                                   "everything else unchanged.",
                                   nullptr, int(options.hedgeEffect.front().deal.hedges.size())));
        }
        metricsTable(out, options.hedgeEffect, f);
    }
    out += QStringLiteral("<p class='note'>%1</p>")
               .arg(Tr::tr("Figures are the GPU Deal Studio model's base case for each structure; "
                           "indicative, not a market quote. Charts follow on the last page."));
    return out;
}

QString writeComparisonPdf(const std::vector<ComparedStructure> &structures, const QString &path,
                           const ComparisonOptions &options)
{
    if (structures.size() < 2)
        return Tr::tr("a comparison needs at least two structures");
    if (!options.date.isValid())
        return Tr::tr("the comparison needs a date");

    const QString title = reportTitle(options);
    report::ReportPdf pdf(options.paper == ComparisonOptions::Paper::Letter, QMarginsF(16, 14, 16, 14),
                          title);
    if (!pdf.begin())
        return Tr::tr("cannot write '%1'").arg(path);
    QPainter &painter = pdf.painter();
    const double unit = pdf.unit();
    const QRectF body = pdf.body();
    const QString currency = QString::fromStdString(structures.front().deal.currency);
    const Format f(options.locale, currency);

    QTextDocument doc;
    pdf.setUpDocument(doc, styleSheet());
    doc.setHtml(comparisonHtml(structures, options));

    const int textPages = doc.pageCount();
    const int pages = textPages + 1;
    const QString stamp = f.date(options.date);
    const QString footNote = Tr::tr("GPU Deal Studio · indicative");
    for (int i = 0; i < textPages; ++i) {
        if (i > 0)
            pdf.writer().newPage();
        pdf.decorate(i, pages, title, stamp, footNote);
        pdf.drawTextPage(doc, i);
    }

    // The chart page.
    pdf.writer().newPage();
    pdf.decorate(pages - 1, pages, title, stamp, footNote);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont heading(QStringLiteral("DejaVu Sans"));
    heading.setPointSizeF(10.5);
    heading.setBold(true);
    const std::vector<ComparedStructure> &hedge = options.hedgeEffect;
    const int charts = hedge.size() == 2 ? 3 : 2;
    const double slot = body.height() / charts;
    auto chart = [&](int index, const QString &chartTitle, auto draw) {
        const QRectF area(body.left(), body.top() + slot * index, body.width(), slot);
        painter.setFont(heading);
        painter.setPen(kNavy);
        painter.drawText(QRectF(area.left(), area.top(), area.width(), 16 * unit),
                         Qt::AlignLeft | Qt::AlignVCenter, chartTitle);
        painter.save();
        draw(area.adjusted(0, 20 * unit, 0, -10 * unit));
        painter.restore();
    };
    const auto dscr = [](const PeriodTable &t, int p) { return t.dscr[std::size_t(p)]; };
    const auto balance = [](const PeriodTable &t, int p) { return t.balance[std::size_t(p)] / 1e6; };
    const double defaultLevel = structures.front().deal.debt.covenants.defaultDscr;
    const QString dscrAxis = Tr::tr("DSCR (x), axis capped at %1").arg(f.multiple(5.0));
    const auto multipleTick = [&f](double v) { return f.multiple(v); };
    const auto millionsTick = [&f](double v) { return f.number(v, 0); };
    chart(0, Tr::tr("DSCR by month"), [&](const QRectF &r) {
        drawOverlay(painter, r, structures, dscr, 5.0, dscrAxis, multipleTick,
                    {{defaultLevel, Tr::tr("default %1 (first structure)").arg(f.multiple(defaultLevel))}});
    });
    chart(1, Tr::tr("Debt balance by month"), [&](const QRectF &r) {
        drawOverlay(painter, r, structures, balance, 1e12,
                    Tr::tr("%1 million", "axis title: currency code").arg(currency), millionsTick, {});
    });
    if (charts == 3)
        chart(
            2,
            (options.effect == ComparisonOptions::Effect::Waterfall
                 ? Tr::tr("Waterfall effect on the DSCR: %1")
                 : Tr::tr("Hedge effect on the DSCR: %1"))
                .arg(options.hedgeEffectOf.isEmpty() ? hedge.front().label : options.hedgeEffectOf),
            [&](const QRectF &r) { drawOverlay(painter, r, hedge, dscr, 5.0, dscrAxis, multipleTick, {}); });
    if (!pdf.end())
        return Tr::tr("cannot write '%1'").arg(path);
    return pdf.save(path);
}

} // namespace gds
