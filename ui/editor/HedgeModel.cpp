#include "HedgeModel.h"

#include "Format.h"
#include "model/Enums.h"

namespace gds::ui {

HedgeModel::HedgeModel(DealDocument *doc, QObject *parent)
    : VectorTableModel(doc, QStringLiteral("hedges"), tr("hedge"), parent)
{
    QStringList types;
    for (gds::HedgeType t : gds::allHedgeTypes())
        types << hedgeTypeLabel(t);
    setColumns(
        {{QStringLiteral("type"), tr("Type"), Kind::Choice, types},
         {QStringLiteral("start_period"), tr("Start (period)"), Kind::Period},
         {QStringLiteral("term_months"), tr("Term (months)"), Kind::Integer},
         {QStringLiteral("gpus"), tr("GPUs"), Kind::Integer},
         {QStringLiteral("strike_per_gpu_hour"),
          tr("Strike (%1/GPU-h)", "currency"),
          Kind::Number,
          {},
          2,
          true},
         {QStringLiteral("premium_per_gpu_hour"),
          tr("Premium (%1/GPU-h)", "currency"),
          Kind::Number,
          {},
          2,
          true},
         {QStringLiteral("initial_margin_per_gpu"),
          tr("Initial margin (%1/GPU)", "currency"),
          Kind::Number,
          {},
          0,
          true},
         {QStringLiteral("fee_per_gpu_hour"), tr("Fee (%1/GPU-h)", "currency"), Kind::Number, {}, 4, true},
         {QStringLiteral("contracts"),
          tr("Monthly futures equiv. (contracts/month × months)"),
          Kind::Computed,
          {},
          0}},
        true);
}

gds::Hedge HedgeModel::defaultItem(const gds::Deal &d, int) const
{
    gds::Hedge h;
    h.type = gds::HedgeType::Swap;
    h.startPeriod = d.constructionMonths + 1;
    h.termMonths = std::max(1, std::min(24, d.operatingMonths));
    h.gpus = 1;
    h.strikePerGpuHour = d.market.spotPricePerGpuHour;
    return h;
}

QVariant HedgeModel::value(const gds::Deal &d, int row, int column) const
{
    const gds::Hedge &h = d.hedges[std::size_t(row)];
    switch (column) {
    case Type:
        return int(h.type);
    case Start:
        return h.startPeriod;
    case Term:
        return h.termMonths;
    case Gpus:
        return h.gpus;
    case Strike:
        return h.strikePerGpuHour;
    case Premium:
        return h.premiumPerGpuHour;
    case InitialMargin:
        return h.initialMarginPerGpu;
    case Fee:
        return h.feePerGpuHour;
    case Contracts:
        return contractsPerMonth(h) * h.termMonths;
    default:
        return {};
    }
}

QString HedgeModel::text(const gds::Deal &d, int row, int column) const
{
    if (column == Contracts) {
        const gds::Hedge &h = d.hedges[std::size_t(row)];
        return tr("%1 × %2 = %3")
            .arg(locale().toString(contractsPerMonth(h), 'f', 0), locale().toString(h.termMonths),
                 locale().toString(contractsPerMonth(h) * h.termMonths, 'f', 0));
    }
    return DealTableModel::text(d, row, column);
}

bool HedgeModel::store(gds::Deal &d, int row, int column, const QVariant &v) const
{
    gds::Hedge &h = d.hedges[std::size_t(row)];
    switch (column) {
    case Type: {
        const auto all = gds::allHedgeTypes();
        const int i = v.toInt();
        if (i < 0 || i >= int(all.size()))
            return false;
        h.type = all[std::size_t(i)];
        return true;
    }
    case Start:
        h.startPeriod = v.toInt();
        return true;
    case Term:
        h.termMonths = v.toInt();
        return true;
    case Gpus:
        h.gpus = v.toInt();
        return true;
    case Strike:
        h.strikePerGpuHour = v.toDouble();
        return true;
    case Premium:
        h.premiumPerGpuHour = v.toDouble();
        return true;
    case InitialMargin:
        h.initialMarginPerGpu = v.toDouble();
        return true;
    case Fee:
        h.feePerGpuHour = v.toDouble();
        return true;
    default:
        return false;
    }
}

QVariant HedgeModel::total(const gds::Deal &d, int column) const
{
    if (column != Contracts)
        return {};
    double sum = 0;
    for (const gds::Hedge &h : d.hedges)
        sum += contractsPerMonth(h) * h.termMonths;
    return sum;
}

} // namespace gds::ui
