#include "RateModels.h"

namespace gds::ui {

gds::Rate &editedRate(gds::Deal &d, int tranche)
{
    return tranche >= 0 && tranche < int(d.debt.tranches.size()) ? d.debt.tranches[std::size_t(tranche)].rate
                                                                 : d.debt.rate;
}

const gds::Rate &editedRate(const gds::Deal &d, int tranche)
{
    return tranche >= 0 && tranche < int(d.debt.tranches.size()) ? d.debt.tranches[std::size_t(tranche)].rate
                                                                 : d.debt.rate;
}

QString editedRatePath(const gds::Deal &d, int tranche)
{
    return tranche >= 0 && tranche < int(d.debt.tranches.size())
               ? QStringLiteral("debt.tranches[%1].rate").arg(tranche)
               : QStringLiteral("debt.rate");
}

void MarginGridModel::setTranche(int tranche)
{
    if (tranche == m_tranche)
        return;
    m_tranche = tranche;
    retarget(editedRatePath(deal(), tranche) + QStringLiteral(".margin_grid"));
}

void BaseCurveModel::setTranche(int tranche)
{
    if (tranche == m_tranche)
        return;
    m_tranche = tranche;
    retarget(editedRatePath(deal(), tranche) + QStringLiteral(".base_rate_curve"));
}

MarginGridModel::MarginGridModel(DealDocument *doc, QObject *parent)
    : VectorTableModel(doc, QStringLiteral("debt.rate.margin_grid"), tr("grid step"), parent)
{
    setColumns({{QStringLiteral("min_coverage"), tr("Coverage from (%)"), Kind::Percent},
                {QStringLiteral("margin"), tr("Margin (%)"), Kind::Percent}},
               false);
}

gds::MarginStep MarginGridModel::defaultItem(const gds::Deal &d, int row) const
{
    const auto &g = editedRate(d, m_tranche).marginGrid;
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
    const gds::MarginStep &s = editedRate(d, m_tranche).marginGrid[std::size_t(row)];
    return column == MinCoverage ? s.minCoverage * 100.0 : s.margin * 100.0;
}

bool MarginGridModel::store(gds::Deal &d, int row, int column, const QVariant &v) const
{
    gds::MarginStep &s = editedRate(d, m_tranche).marginGrid[std::size_t(row)];
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
    const gds::Rate &r = editedRate(d, m_tranche);
    const auto &c = r.baseRateCurve;
    if (c.empty())
        return r.baseRate;
    return c[std::size_t(std::max(0, std::min(row, int(c.size())) - 1))];
}

QVariant BaseCurveModel::value(const gds::Deal &d, int row, int) const
{
    return editedRate(d, m_tranche).baseRateCurve[std::size_t(row)] * 100.0;
}

bool BaseCurveModel::store(gds::Deal &d, int row, int, const QVariant &v) const
{
    editedRate(d, m_tranche).baseRateCurve[std::size_t(row)] = v.toDouble() / 100.0;
    return true;
}

QVariant BaseCurveModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return tr("Year %1").arg(section + 1);
    return DealTableModel::headerData(section, o, role);
}

} // namespace gds::ui
