#include "CapexModel.h"

#include "Format.h"
#include "model/Enums.h"

#include <cmath>

namespace gds::ui {

CapexModel::CapexModel(DealDocument *doc, QObject *parent)
    : VectorTableModel(doc, QStringLiteral("capex"), tr("capex line"), parent)
{
    QStringList categories;
    for (gds::CapexCategory c : gds::allCapexCategories())
        categories << categoryLabel(c);
    setColumns({{QStringLiteral("category"), tr("Category"), Kind::Choice, categories},
                {QStringLiteral("description"), tr("Description"), Kind::Text},
                {QStringLiteral("quantity"), tr("Quantity"), Kind::Number, {}, 0},
                {QStringLiteral("unit_cost"), tr("Unit cost (%1)", "currency"), Kind::Number, {}, 0, true},
                {QStringLiteral("amount"), tr("Amount (%1)", "currency"), Kind::Computed, {}, 0, true},
                {QStringLiteral("spend"), tr("Spend (period: share)"), Kind::Text},
                {QStringLiteral("useful_life_months"), tr("Life (months)"), Kind::Integer},
                {QStringLiteral("residual_pct"), tr("Residual (%)"), Kind::Percent}},
               true);
}

gds::CapexItem CapexModel::defaultItem(const gds::Deal &d, int) const
{
    gds::CapexItem item;
    item.category = gds::CapexCategory::Other;
    item.quantity = 1;
    // A new row is valid from the start, so the deal stays live: a unit cost of 1 (a placeholder
    // that moves no metric visibly) and a description that asks for the real figure.
    item.unitCost = 1.0;
    item.description = tr("New line: set the unit cost").toStdString();
    item.spend = {gds::SpendShare{0, 1.0}};
    item.usefulLifeMonths = std::max(d.operatingMonths, 1);
    return item;
}

QString CapexModel::spendText(const std::vector<gds::SpendShare> &spend, const QLocale &locale)
{
    QStringList parts;
    for (const gds::SpendShare &s : spend) {
        QString share = locale.toString(s.share * 100.0, 'f', 6);
        const QChar dp = locale.decimalPoint().at(0);
        if (share.contains(dp)) {
            while (share.endsWith(QLatin1Char('0')))
                share.chop(1);
            if (share.endsWith(dp))
                share.chop(1);
        }
        parts << QStringLiteral("%1: %2 %").arg(s.period).arg(share);
    }
    return parts.join(QStringLiteral("; "));
}

std::optional<std::vector<gds::SpendShare>> CapexModel::parseSpend(const QString &text, const QLocale &locale)
{
    std::vector<gds::SpendShare> out;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const QStringList pv = part.split(QLatin1Char(':'));
        if (pv.size() != 2)
            return std::nullopt;
        bool ok = false;
        const int period = pv[0].trimmed().toInt(&ok);
        const auto share = parseNumber(pv[1], locale);
        if (!ok || !share)
            return std::nullopt;
        out.push_back({period, *share / 100.0});
    }
    if (out.empty())
        return std::nullopt;
    return out;
}

QVariant CapexModel::value(const gds::Deal &d, int row, int column) const
{
    const gds::CapexItem &c = d.capex[std::size_t(row)];
    switch (column) {
    case Category:
        return int(c.category);
    case Description:
        return QString::fromStdString(c.description);
    case Quantity:
        return c.quantity;
    case UnitCost:
        return c.unitCost;
    case Amount:
        return c.cost();
    case Spend:
        return spendText(c.spend, locale());
    case Life:
        return c.usefulLifeMonths;
    case Residual:
        return c.residualPct * 100.0;
    default:
        return {};
    }
}

QString CapexModel::text(const gds::Deal &d, int row, int column) const
{
    return DealTableModel::text(d, row, column);
}

bool CapexModel::store(gds::Deal &d, int row, int column, const QVariant &v) const
{
    gds::CapexItem &c = d.capex[std::size_t(row)];
    switch (column) {
    case Category: {
        const auto all = gds::allCapexCategories();
        const int i = v.toInt();
        if (i < 0 || i >= int(all.size()))
            return false;
        c.category = all[std::size_t(i)];
        return true;
    }
    case Description:
        c.description = v.toString().toStdString();
        return true;
    case Quantity:
        c.quantity = v.toDouble();
        return true;
    case UnitCost:
        c.unitCost = v.toDouble();
        return true;
    case Spend: {
        const auto s = parseSpend(v.toString(), locale());
        if (!s)
            return false;
        c.spend = *s;
        return true;
    }
    case Life:
        c.usefulLifeMonths = v.toInt();
        return true;
    case Residual:
        c.residualPct = v.toDouble() / 100.0;
        return true;
    default:
        return false;
    }
}

QVariant CapexModel::total(const gds::Deal &d, int column) const
{
    if (column != Amount)
        return {};
    double sum = 0;
    for (const gds::CapexItem &c : d.capex)
        sum += c.cost();
    return sum;
}

} // namespace gds::ui
