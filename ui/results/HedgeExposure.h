// How much of the merchant (spot) volume the hedges cover, by calendar year, and the deal's net
// exposure to the GPU-hour index (engine.md sections 3 and 4: merchant revenue is
// (G - g_c) * hours * a * u * S, a swap or futures strip pays n_h * (strike - S), a floor pays when the
// index is below its strike). A hedge ratio above 100 % makes the deal net short the index: a lower
// spot price then raises CFADS. Computed from the engine's period lines; a pure function.
#pragma once

#include "engine/Result.h"
#include "model/Deal.h"

#include <optional>
#include <QLocale>
#include <QString>
#include <vector>

namespace gds::ui {

struct HedgeYear {
    int year = 0;                // calendar year of the periods
    double merchantHours = 0.0;  // expected merchant GPU-hours sold at the index
    double hedgedHours = 0.0;    // hedge notional, GPU-hours (every hedge type)
    double netHours = 0.0;       // merchant hours less the hedges that pay when the index falls
    std::optional<double> ratio; // hedged / merchant; none without merchant hours
    bool overHedged() const { return hedgedHours > 0.0 && (!ratio || *ratio > 1.0 + 1e-9); }
};

struct HedgeExposure {
    std::vector<HedgeYear> years; // the years with merchant hours or hedges
    double merchantHours = 0.0, hedgedHours = 0.0, netHours = 0.0;
    std::optional<double> ratio;     // over the whole model
    std::optional<double> peakRatio; // the highest yearly ratio
    int peakYear = 0;
    std::vector<int> overHedgedYears;
    std::vector<int> shortYears; // years in which the deal is net short the index
    bool overHedged() const { return !overHedgedYears.empty(); }
    bool netShort() const { return !shortYears.empty(); }
};

HedgeExposure hedgeExposure(const gds::Deal &deal, const gds::Result &result);

// One line for the metrics: the ratio, its peak and the net exposure (empty without hedges).
QString hedgeExposureSummary(const HedgeExposure &e, const QLocale &locale);
// The ratio year by year, for the Hedges section.
QString hedgeRatioByYear(const HedgeExposure &e, const QLocale &locale);
// The warning when the deal is over-hedged (empty otherwise): which years, and what it means.
QString overHedgeWarning(const HedgeExposure &e, const QLocale &locale);

} // namespace gds::ui
