// The comparison of several structures (product.md "Outputs", issue 5.4): the key metrics side by side
// (rows = metricFields(), columns = structures, the best value of each row marked, deltas against the
// first column), the DSCR and debt-balance curves overlaid by calendar month, and optionally the hedge
// effect of one deal (with and without its hedges). A PDF of real text with vector charts; the table
// logic is shared with the GUI's compare view. Needs a QGuiApplication (fonts).
#pragma once

#include "engine/Result.h"
#include "model/Deal.h"

#include <optional>
#include <QDate>
#include <QLocale>
#include <QString>
#include <vector>

namespace gds {

struct ComparedStructure {
    QString label; // e.g. "Atlas v3 · main line" or "Atlas · hedged (v5)"
    Deal deal;
    Result result; // a result that is not ok() shows as n/a
};

struct ComparisonCell {
    std::optional<double> value;
    std::optional<double> delta; // value minus the first column's (columns > 0, both present)
    bool best = false;           // the best value of its row (ties: all of them)
};

// rows[i][j]: metric metricFields()[i] of structure j. The best of a row follows MetricField::better
// (+1 highest, -1 lowest, 0 none); values closer than the unit's display precision count as equal
// (0.5 in money, 0.005 pp, 0.005x, ...). Nothing is marked when fewer than two structures have the
// metric or all of them are equal.
std::vector<std::vector<ComparisonCell>> comparisonTable(const std::vector<ComparedStructure> &structures);

// The deal with its hedges removed (the "without hedges" side of the hedge effect).
Deal withoutHedges(const Deal &deal);

struct ComparisonOptions {
    enum class Paper { A4, Letter };
    Paper paper = Paper::A4;
    QDate date;    // printed on the report; callers pass today, tests a fixed date
    QString title; // empty: "Structure comparison" in the installed language
    // With and without hedges (exactly two structures, or empty: no hedge-effect section), and the
    // label of the structure they belong to.
    std::vector<ComparedStructure> hedgeEffect;
    QString hedgeEffectOf;
    // Number and date formatting; the GUI passes its locale (QLocale()), the C locale reads as US English.
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates);
};

// Label of a metric key for reports ("min_dscr" -> "Minimum DSCR"), in the installed language
// (context "gds::ComparisonReport").
QString reportMetricLabel(const QString &key);

// The report's text (title, the metrics table, hedge effect) as HTML, without the charts.
QString comparisonHtml(const std::vector<ComparedStructure> &structures, const ComparisonOptions &options);

// Writes the comparison PDF (text pages, then a page with the overlaid DSCR and debt-balance charts).
// Returns an empty string on success, else a message (fewer than two structures, no date, file not
// writable).
QString writeComparisonPdf(const std::vector<ComparedStructure> &structures, const QString &path,
                           const ComparisonOptions &options);

} // namespace gds
