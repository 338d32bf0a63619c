#include "engine/Comparison.h"

#include <algorithm>
#include <cmath>

namespace gds {

namespace {

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

// The changes against the first column and the best of the row (see comparisonTable).
void markRow(std::vector<ComparisonCell> &row, Unit unit, int better)
{
    for (std::size_t j = 1; j < row.size(); ++j)
        if (row[j].value && row[0].value)
            row[j].delta = *row[j].value - *row[0].value;
    if (better == 0)
        return;
    const double tol = tolerance(unit);
    std::optional<double> best, worst;
    int present = 0;
    for (const ComparisonCell &c : row) {
        if (!c.value)
            continue;
        ++present;
        const double v = *c.value * better;
        best = best ? std::max(*best, v) : v;
        worst = worst ? std::min(*worst, v) : v;
    }
    if (present < 2 || *best - *worst <= tol)
        return;
    for (ComparisonCell &c : row)
        c.best = c.value && *best - *c.value * better <= tol;
}

bool usable(const Result *r)
{
    return r && r->ok();
}

} // namespace

std::vector<std::vector<ComparisonCell>> comparisonTable(const std::vector<const Result *> &results)
{
    const auto &fields = metricFields();
    std::vector<std::vector<ComparisonCell>> rows(fields.size(), std::vector<ComparisonCell>(results.size()));
    for (std::size_t i = 0; i < fields.size(); ++i) {
        std::vector<ComparisonCell> &row = rows[i];
        for (std::size_t j = 0; j < results.size(); ++j) {
            if (!usable(results[j]))
                continue;
            const std::optional<double> v = fields[i].get(results[j]->metrics);
            if (v && std::isfinite(*v))
                row[j].value = v;
        }
        markRow(row, fields[i].unit, fields[i].better);
    }
    return rows;
}

std::vector<TrancheRow> trancheComparison(const std::vector<const Result *> &results)
{
    std::size_t count = 0;
    for (const Result *r : results)
        if (usable(r))
            count = std::max(count, r->tranches.size());
    std::vector<TrancheRow> rows;
    for (std::size_t k = 0; k < count; ++k)
        for (const bool yield : {false, true}) {
            TrancheRow row{k, yield, std::vector<ComparisonCell>(results.size())};
            for (std::size_t j = 0; j < results.size(); ++j) {
                if (!usable(results[j]) || k >= results[j]->tranches.size())
                    continue;
                const TrancheResult &t = results[j]->tranches[k];
                const std::optional<double> v = yield ? t.lenderYield : std::optional<double>(t.amount);
                if (v && std::isfinite(*v))
                    row.cells[j].value = v;
            }
            markRow(row.cells, yield ? Unit::Percent : Unit::Money, yield ? -1 : 0);
            rows.push_back(std::move(row));
        }
    return rows;
}

Deal withoutHedges(const Deal &deal)
{
    Deal d = deal;
    d.hedges.clear();
    return d;
}

Deal withoutWaterfall(const Deal &deal)
{
    Deal d = deal;
    d.debt.waterfall.reset();
    return d;
}

} // namespace gds
