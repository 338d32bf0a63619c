// Hedges on the GPU-hour index: type (swap, floor, futures), start, term, GPUs, strike, premium,
// initial margin, fee, and the equivalent number of monthly futures contracts (one contract is about
// one GPU for one month, 730 GPU-hours; engine.md 3).
#pragma once

#include "DealTableModel.h"

namespace gds::ui {

class HedgeModel : public VectorTableModel<gds::Hedge>
{
    Q_OBJECT
public:
    enum Col { Type, Start, Term, Gpus, Strike, Premium, InitialMargin, Fee, Contracts };
    explicit HedgeModel(DealDocument *doc, QObject *parent = nullptr);

    // Monthly futures contracts equivalent to a hedge: its GPUs (730 GPU-hours each) in every month.
    static double contractsPerMonth(const gds::Hedge &h) { return double(h.gpus); }

protected:
    std::vector<gds::Hedge> &items(gds::Deal &d) const override { return d.hedges; }
    const std::vector<gds::Hedge> &items(const gds::Deal &d) const override { return d.hedges; }
    gds::Hedge defaultItem(const gds::Deal &d, int row) const override;
    QVariant value(const gds::Deal &d, int row, int column) const override;
    bool store(gds::Deal &d, int row, int column, const QVariant &v) const override;
    QString text(const gds::Deal &d, int row, int column) const override;
    QVariant total(const gds::Deal &d, int column) const override;
};

} // namespace gds::ui
