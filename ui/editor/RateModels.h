// Small tables of the financing section: the margin grid (min coverage -> margin) and the base-rate
// curve (one rate per model year), of the facility's rate or (v2) of one tranche's rate.
#pragma once

#include "DealTableModel.h"

namespace gds::ui {

// The rate the tables edit: tranche `tranche`'s, or the facility's when it is -1 or out of range.
gds::Rate &editedRate(gds::Deal &d, int tranche);
const gds::Rate &editedRate(const gds::Deal &d, int tranche);
// Its JSON path ("debt.rate", "debt.tranches[1].rate").
QString editedRatePath(const gds::Deal &d, int tranche);

class MarginGridModel : public VectorTableModel<gds::MarginStep>
{
    Q_OBJECT
public:
    enum Col { MinCoverage, Margin };
    explicit MarginGridModel(DealDocument *doc, QObject *parent = nullptr);
    // Edit tranche `tranche`'s grid (-1: the facility's).
    void setTranche(int tranche);
    int tranche() const { return m_tranche; }

protected:
    std::vector<gds::MarginStep> &items(gds::Deal &d) const override
    {
        return editedRate(d, m_tranche).marginGrid;
    }
    const std::vector<gds::MarginStep> &items(const gds::Deal &d) const override
    {
        return editedRate(d, m_tranche).marginGrid;
    }
    gds::MarginStep defaultItem(const gds::Deal &d, int row) const override;
    QVariant value(const gds::Deal &d, int row, int column) const override;
    bool store(gds::Deal &d, int row, int column, const QVariant &v) const override;

private:
    int m_tranche = -1;
};

class BaseCurveModel : public VectorTableModel<double>
{
    Q_OBJECT
public:
    explicit BaseCurveModel(DealDocument *doc, QObject *parent = nullptr);
    void setTranche(int tranche);
    int tranche() const { return m_tranche; }

protected:
    std::vector<double> &items(gds::Deal &d) const override { return editedRate(d, m_tranche).baseRateCurve; }
    const std::vector<double> &items(const gds::Deal &d) const override
    {
        return editedRate(d, m_tranche).baseRateCurve;
    }
    double defaultItem(const gds::Deal &d, int row) const override;
    QVariant value(const gds::Deal &d, int row, int column) const override;
    bool store(gds::Deal &d, int row, int column, const QVariant &v) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    int m_tranche = -1;
};

} // namespace gds::ui
