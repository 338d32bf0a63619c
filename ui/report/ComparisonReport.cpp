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
#include <QHash>
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

// Half the last shown digit of a unit: differences below it are not differences to a reader.
double tolerance(Unit unit)
{
    switch (unit) {
    case Unit::Money:
    case Unit::Count:
    case Unit::Months:
    case Unit::Days:
    case Unit::Hours:
        return 0.5;
    case Unit::Percent:
    case Unit::Ratio:
        return 0.5e-4;
    case Unit::Multiple:
        return 0.5e-2;
    case Unit::PricePerHour:
        return 0.5e-4;
    case Unit::Text:
        return 0.0;
    }
    return 0.0;
}

} // namespace

std::vector<std::vector<ComparisonCell>> comparisonTable(const std::vector<ComparedStructure> &structures)
{
    const auto &fields = metricFields();
    std::vector<std::vector<ComparisonCell>> rows(fields.size(),
                                                  std::vector<ComparisonCell>(structures.size()));
    for (std::size_t i = 0; i < fields.size(); ++i) {
        std::vector<ComparisonCell> &row = rows[i];
        for (std::size_t j = 0; j < structures.size(); ++j) {
            if (!structures[j].result.ok())
                continue;
            const std::optional<double> v = fields[i].get(structures[j].result.metrics);
            if (v && std::isfinite(*v))
                row[j].value = v;
        }
        for (std::size_t j = 1; j < row.size(); ++j)
            if (row[j].value && row[0].value)
                row[j].delta = *row[j].value - *row[0].value;
        if (fields[i].better == 0)
            continue;
        const double tol = tolerance(fields[i].unit);
        std::optional<double> best, worst;
        int present = 0;
        for (const ComparisonCell &c : row) {
            if (!c.value)
                continue;
            ++present;
            const double v = *c.value * fields[i].better;
            best = best ? std::max(*best, v) : v;
            worst = worst ? std::min(*worst, v) : v;
        }
        if (present < 2 || *best - *worst <= tol)
            continue;
        for (ComparisonCell &c : row)
            c.best = c.value && *best - *c.value * fields[i].better <= tol;
    }
    return rows;
}

Deal withoutHedges(const Deal &deal)
{
    Deal d = deal;
    d.hedges.clear();
    return d;
}

QString reportMetricLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("total_capex"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Total capex")},
        {QStringLiteral("idc"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Capitalized interest")},
        {QStringLiteral("upfront_fee"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Upfront fee")},
        {QStringLiteral("commitment_fees"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Commitment fees")},
        {QStringLiteral("dsra_initial"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Initial DSRA")},
        {QStringLiteral("total_uses"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Total uses")},
        {QStringLiteral("debt"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Senior debt")},
        {QStringLiteral("debt_drawn"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Debt drawn in cash")},
        {QStringLiteral("equity"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Equity")},
        {QStringLiteral("gearing"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Gearing (debt / uses)")},
        {QStringLiteral("ltv"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "LTV (debt / capex)")},
        {QStringLiteral("coverage"),
         QT_TRANSLATE_NOOP("gds::ComparisonReport", "Coverage (contracted + hedged)")},
        {QStringLiteral("margin"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Margin")},
        {QStringLiteral("min_dscr"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Minimum DSCR")},
        {QStringLiteral("avg_dscr"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Average DSCR")},
        {QStringLiteral("llcr"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "LLCR")},
        {QStringLiteral("lender_yield"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Lender all-in yield")},
        {QStringLiteral("equity_irr"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Equity IRR")},
        {QStringLiteral("project_irr"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Project IRR")},
        {QStringLiteral("wacc"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "WACC")},
        {QStringLiteral("npv"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "NPV at WACC")},
        {QStringLiteral("lcoc"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "LCOC")},
        {QStringLiteral("spot_headroom"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Spot headroom")},
        {QStringLiteral("payback_months"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Equity payback")},
        {QStringLiteral("lockup_breaches"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Lock-up breaches")},
        {QStringLiteral("default_breaches"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Default breaches")},
        {QStringLiteral("sizing_iterations"), QT_TRANSLATE_NOOP("gds::ComparisonReport", "Sizing rounds")},
    };
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : Tr::tr(it.value());
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
    if (options.hedgeEffect.size() == 2) {
        out += QStringLiteral("<h2>3. %1</h2>")
                   .arg(Tr::tr("Hedge effect: %1")
                            .arg((options.hedgeEffectOf.isEmpty() ? options.hedgeEffect.front().label
                                                                  : options.hedgeEffectOf)
                                     .toHtmlEscaped()));
        out += QStringLiteral("<p class='note'>%1</p>")
                   .arg(Tr::tr("The same deal computed with its %n hedge(s) and with the hedges removed; "
                               "everything else unchanged.",
                               nullptr, int(options.hedgeEffect.front().deal.hedges.size())));
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
            Tr::tr("Hedge effect on the DSCR: %1")
                .arg(options.hedgeEffectOf.isEmpty() ? hedge.front().label : options.hedgeEffectOf),
            [&](const QRectF &r) { drawOverlay(painter, r, hedge, dscr, 5.0, dscrAxis, multipleTick, {}); });
    if (!pdf.end())
        return Tr::tr("cannot write '%1'").arg(path);
    return pdf.save(path);
}

} // namespace gds
