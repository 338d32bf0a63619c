// Small tables of the financing section: the margin grid (min coverage -> margin) and the base-rate
// curve (one rate per model year).
#pragma once

#include "DealTableModel.h"

namespace gds::ui {

class MarginGridModel : public VectorTableModel<gds::MarginStep>
{
    Q_OBJECT
public:
    enum Col { MinCoverage, Margin };
    explicit MarginGridModel(DealDocument *doc, QObject *parent = nullptr);

protected:
    std::vector<gds::MarginStep> &items(gds::Deal &d) const override { return d.debt.rate.marginGrid; }
    const std::vector<gds::MarginStep> &items(const gds::Deal &d) const override
    {
        return d.debt.rate.marginGrid;
    }
    gds::MarginStep defaultItem(const gds::Deal &d, int row) const override;
    QVariant value(const gds::Deal &d, int row, int column) const override;
    bool store(gds::Deal &d, int row, int column, const QVariant &v) const override;
};

class BaseCurveModel : public VectorTableModel<double>
{
    Q_OBJECT
public:
    explicit BaseCurveModel(DealDocument *doc, QObject *parent = nullptr);

protected:
    std::vector<double> &items(gds::Deal &d) const override { return d.debt.rate.baseRateCurve; }
    const std::vector<double> &items(const gds::Deal &d) const override { return d.debt.rate.baseRateCurve; }
    double defaultItem(const gds::Deal &d, int row) const override;
    QVariant value(const gds::Deal &d, int row, int column) const override;
    bool store(gds::Deal &d, int row, int column, const QVariant &v) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
};

} // namespace gds::ui
