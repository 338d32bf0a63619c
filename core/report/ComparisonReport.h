// The comparison of several structures (product.md "Outputs"): the key metrics side by side
// (rows = metricFields(), columns = structures, the best value of each row marked, deltas against the
// first column), (v2) their facility terms and tranches, the DSCR and debt-balance curves overlaid by
// calendar month, and optionally the effect of one deal's hedges or of its cash waterfall (the deal with
// and without them). A PDF of real text with vector charts; the table
// logic is shared with the GUI's compare view. Needs a QGuiApplication (fonts).
#pragma once

#include "engine/Comparison.h"
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

// The metrics table of several structures (engine/Comparison.h on their results).
std::vector<std::vector<ComparisonCell>> comparisonTable(const std::vector<ComparedStructure> &structures);
// (v2) Their tranches side by side (engine/Comparison.h).
std::vector<TrancheRow> trancheComparison(const std::vector<ComparedStructure> &structures);

struct ComparisonOptions {
    enum class Paper { A4, Letter };
    Paper paper = Paper::A4;
    QDate date;    // printed on the report; callers pass today, tests a fixed date
    QString title; // empty: "Structure comparison" in the installed language
    // One structure with and without its hedges, or (effect Waterfall) with and without its cash
    // waterfall (exactly two structures, or empty: no effect section), and the label of the structure
    // they belong to.
    enum class Effect { Hedges, Waterfall };
    Effect effect = Effect::Hedges;
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
