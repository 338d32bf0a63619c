#include "RateModels.h"

namespace gds::ui {

MarginGridModel::MarginGridModel(DealDocument *doc, QObject *parent)
    : VectorTableModel(doc, QStringLiteral("debt.rate.margin_grid"), tr("grid step"), parent)
{
    setColumns({{QStringLiteral("min_coverage"), tr("Coverage from (%)"), Kind::Percent},
                {QStringLiteral("margin"), tr("Margin (%)"), Kind::Percent}},
               false);
}

gds::MarginStep MarginGridModel::defaultItem(const gds::Deal &d, int row) const
{
    const auto &g = d.debt.rate.marginGrid;
    gds::MarginStep s;
    if (!g.empty()) {
        const auto &prev = g[std::size_t(std::max(0, std::min(row, int(g.size())) - 1))];
        s.minCoverage = std::min(1.0, prev.minCoverage + 0.1);
        s.margin = prev.margin;
    }
    return s;
}

QVariant MarginGridModel::value(const gds::Deal &d, int row, int column) const
{
    const gds::MarginStep &s = d.debt.rate.marginGrid[std::size_t(row)];
    return column == MinCoverage ? s.minCoverage * 100.0 : s.margin * 100.0;
}

bool MarginGridModel::store(gds::Deal &d, int row, int column, const QVariant &v) const
{
    gds::MarginStep &s = d.debt.rate.marginGrid[std::size_t(row)];
    (column == MinCoverage ? s.minCoverage : s.margin) = v.toDouble() / 100.0;
    return true;
}

BaseCurveModel::BaseCurveModel(DealDocument *doc, QObject *parent)
    : VectorTableModel(doc, QStringLiteral("debt.rate.base_rate_curve"), tr("curve year"), parent)
{
    setColumns({{QStringLiteral("rate"), tr("Base rate (%)"), Kind::Percent}}, false);
}

double BaseCurveModel::defaultItem(const gds::Deal &d, int row) const
{
    const auto &c = d.debt.rate.baseRateCurve;
    if (c.empty())
        return d.debt.rate.baseRate;
    return c[std::size_t(std::max(0, std::min(row, int(c.size())) - 1))];
}

QVariant BaseCurveModel::value(const gds::Deal &d, int row, int) const
{
    return d.debt.rate.baseRateCurve[std::size_t(row)] * 100.0;
}

bool BaseCurveModel::store(gds::Deal &d, int row, int, const QVariant &v) const
{
    d.debt.rate.baseRateCurve[std::size_t(row)] = v.toDouble() / 100.0;
    return true;
}

QVariant BaseCurveModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return tr("Year %1").arg(section + 1);
    return DealTableModel::headerData(section, o, role);
}

} // namespace gds::ui
