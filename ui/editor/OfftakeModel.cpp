#include "OfftakeModel.h"

#include "model/Enums.h"

namespace gds::ui {

OfftakeModel::OfftakeModel(DealDocument *doc, QObject *parent)
    : VectorTableModel(doc, QStringLiteral("offtake"), tr("contract"), parent)
{
    QStringList ratings;
    for (gds::Rating r : gds::allRatings())
        ratings << QString::fromUtf8(gds::toString(r).data(), qsizetype(gds::toString(r).size()));
    setColumns(
        {{QStringLiteral("counterparty"), tr("Counterparty"), Kind::Text},
         {QStringLiteral("rating"), tr("Rating"), Kind::Choice, ratings},
         {QStringLiteral("start_period"), tr("Start (period)"), Kind::Period},
         {QStringLiteral("term_months"), tr("Term (months)"), Kind::Integer},
         {QStringLiteral("gpus"), tr("GPUs"), Kind::Integer},
         {QStringLiteral("price_per_gpu_hour"),
          tr("Price (%1/GPU-h; total: GPU-weighted)", "currency"),
          Kind::Number,
          {},
          2,
          true},
         {QStringLiteral("escalation"), tr("Escalation (%/yr)"), Kind::Percent},
         {QStringLiteral("prepayment_pct"), tr("Prepayment (%)"), Kind::Percent},
         {QStringLiteral("tcv"), tr("Nominal value (%1, approx.)", "currency"), Kind::Computed, {}, 0, true}},
        true);
}

gds::OfftakeContract OfftakeModel::defaultItem(const gds::Deal &d, int) const
{
    gds::OfftakeContract c;
    c.counterparty = tr("New counterparty").toStdString();
    c.rating = gds::Rating::NR;
    c.startPeriod = d.constructionMonths + 1;
    c.termMonths = std::max(1, std::min(36, d.operatingMonths));
    c.gpus = 1;
    c.pricePerGpuHour = d.market.spotPricePerGpuHour > 0 ? d.market.spotPricePerGpuHour : 1.0;
    return c;
}

namespace {
// Nominal contract value before escalation and availability, for orientation only (the engine's TCV
// uses real month lengths, availability and escalation).
double nominalValue(const gds::Deal &d, const gds::OfftakeContract &c)
{
    return double(c.gpus) * 730.0 * d.cluster.availability * c.pricePerGpuHour * double(c.termMonths);
}
} // namespace

QVariant OfftakeModel::value(const gds::Deal &d, int row, int column) const
{
    const gds::OfftakeContract &c = d.offtake[std::size_t(row)];
    switch (column) {
    case Counterparty:
        return QString::fromStdString(c.counterparty);
    case Rating:
        return int(c.rating);
    case Start:
        return c.startPeriod;
    case Term:
        return c.termMonths;
    case Gpus:
        return c.gpus;
    case Price:
        return c.pricePerGpuHour;
    case Escalation:
        return c.escalation * 100.0;
    case Prepayment:
        return c.prepaymentPct * 100.0;
    case Tcv:
        return nominalValue(d, c);
    default:
        return {};
    }
}

bool OfftakeModel::store(gds::Deal &d, int row, int column, const QVariant &v) const
{
    gds::OfftakeContract &c = d.offtake[std::size_t(row)];
    switch (column) {
    case Counterparty:
        c.counterparty = v.toString().toStdString();
        return true;
    case Rating: {
        const auto all = gds::allRatings();
        const int i = v.toInt();
        if (i < 0 || i >= int(all.size()))
            return false;
        c.rating = all[std::size_t(i)];
        return true;
    }
    case Start:
        c.startPeriod = v.toInt();
        return true;
    case Term:
        c.termMonths = v.toInt();
        return true;
    case Gpus:
        c.gpus = v.toInt();
        return true;
    case Price:
        c.pricePerGpuHour = v.toDouble();
        return true;
    case Escalation:
        c.escalation = v.toDouble() / 100.0;
        return true;
    case Prepayment:
        c.prepaymentPct = v.toDouble() / 100.0;
        return true;
    default:
        return false;
    }
}

QVariant OfftakeModel::total(const gds::Deal &d, int column) const
{
    if (column == Tcv) {
        double sum = 0;
        for (const gds::OfftakeContract &c : d.offtake)
            sum += nominalValue(d, c);
        return sum;
    }
    if (column == Price) { // GPU-weighted average price
        double w = 0, s = 0;
        for (const gds::OfftakeContract &c : d.offtake) {
            w += c.gpus;
            s += c.gpus * c.pricePerGpuHour;
        }
        return w > 0 ? QVariant(s / w) : QVariant();
    }
    return {};
}

} // namespace gds::ui
