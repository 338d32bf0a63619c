#include "HedgeExposure.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QCoreApplication>
#include <QStringList>

namespace gds::ui {

namespace {
QString tr(const char *s, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("gds::ui", s, disambiguation);
}

QString percent(double x, const QLocale &l)
{
    return l.toString(x * 100.0, 'f', 0) + QStringLiteral(" %");
}

QString years(const std::vector<int> &ys)
{
    if (ys.empty())
        return {};
    if (ys.size() == 1)
        return QString::number(ys.front());
    return tr("%1 to %2", "a range of years").arg(QString::number(ys.front()), QString::number(ys.back()));
}
} // namespace

HedgeExposure hedgeExposure(const gds::Deal &deal, const gds::Result &result)
{
    const gds::PeriodTable &t = result.periods;
    HedgeExposure out;
    std::map<int, HedgeYear> byYear;
    const auto n = std::size_t(t.size());
    auto at = [](const std::vector<double> &v, std::size_t p) { return p < v.size() ? v[p] : 0.0; };
    for (std::size_t p = 1; p < n; ++p) {
        const double hours = 24.0 * (p < t.days.size() ? t.days[p] : 0);
        const double spot = at(t.spotPrice, p);
        const double merchant = spot > 0.0 ? at(t.merchantRevenue, p) / spot : 0.0;
        double hedged = 0.0, shortHours = 0.0;
        for (std::size_t i = 0; i < deal.hedges.size() && i < result.hedges.size(); ++i) {
            const gds::Hedge &h = deal.hedges[i];
            const int q = int(p);
            if (q < result.hedges[i].first || q > result.hedges[i].last) // the engine's periods
                continue;
            const double notional = h.gpus * hours;
            hedged += notional;
            // Swaps and futures gain as the index falls; a floor only below its strike.
            if (h.type != gds::HedgeType::Floor || spot < h.strikePerGpuHour)
                shortHours += notional;
        }
        if (merchant == 0.0 && hedged == 0.0)
            continue;
        HedgeYear &y = byYear[p < t.year.size() ? t.year[p] : 0];
        y.year = p < t.year.size() ? t.year[p] : 0;
        y.merchantHours += merchant;
        y.hedgedHours += hedged;
        y.netHours += merchant - shortHours;
    }
    for (auto &[year, y] : byYear) {
        if (y.merchantHours > 0.0)
            y.ratio = y.hedgedHours / y.merchantHours;
        out.merchantHours += y.merchantHours;
        out.hedgedHours += y.hedgedHours;
        out.netHours += y.netHours;
        if (y.ratio && (!out.peakRatio || *y.ratio > *out.peakRatio)) {
            out.peakRatio = y.ratio;
            out.peakYear = year;
        }
        if (y.overHedged())
            out.overHedgedYears.push_back(year);
        if (y.netHours < 0.0)
            out.shortYears.push_back(year);
        out.years.push_back(y);
    }
    if (out.merchantHours > 0.0)
        out.ratio = out.hedgedHours / out.merchantHours;
    return out;
}

QString hedgeExposureSummary(const HedgeExposure &e, const QLocale &l)
{
    if (!(e.hedgedHours > 0.0))
        return {};
    const QString net = e.netShort() ? tr("net short the index in %1").arg(years(e.shortYears))
                                     : tr("net long the index in every year");
    if (e.peakRatio)
        return tr("Hedge ratio up to %1 (%2); %3")
            .arg(percent(*e.peakRatio, l), QString::number(e.peakYear), net);
    return tr("Hedges without merchant volume; %1").arg(net);
}

QString hedgeRatioByYear(const HedgeExposure &e, const QLocale &l)
{
    if (!(e.hedgedHours > 0.0))
        return tr("No hedges: the merchant volume is fully exposed to the index.");
    QStringList parts;
    for (const HedgeYear &y : e.years)
        if (y.hedgedHours > 0.0)
            parts << tr("%1: %2", "year: hedge ratio")
                         .arg(QString::number(y.year),
                              y.ratio ? percent(*y.ratio, l) : tr("no merchant volume"));
    return tr("Hedge ratio by year (hedged GPU-hours over expected merchant GPU-hours): %1.")
        .arg(parts.join(QStringLiteral(", ")));
}

QString overHedgeWarning(const HedgeExposure &e, const QLocale &l)
{
    if (!e.overHedged())
        return {};
    Q_UNUSED(l);
    QString text = tr("Over-hedged in %1: the hedges' notional exceeds the expected merchant GPU-hours")
                       .arg(years(e.overHedgedYears));
    if (e.netShort())
        text += tr(", so the deal is net short the index in %1: there a lower spot price raises CFADS and "
                   "the DSCR, a higher one lowers them.")
                    .arg(years(e.shortYears));
    else
        text += QLatin1Char('.');
    return text;
}

} // namespace gds::ui
