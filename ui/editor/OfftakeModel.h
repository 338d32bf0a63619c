// Offtake contracts: counterparty, rating, start period, term, GPUs, price, escalation, prepayment.
#pragma once

#include "DealTableModel.h"

namespace gds::ui {

class OfftakeModel : public VectorTableModel<gds::OfftakeContract>
{
    Q_OBJECT
public:
    enum Col { Counterparty, Rating, Start, Term, Gpus, Price, Escalation, Prepayment, Tcv };
    explicit OfftakeModel(DealDocument *doc, QObject *parent = nullptr);

protected:
    std::vector<gds::OfftakeContract> &items(gds::Deal &d) const override { return d.offtake; }
    const std::vector<gds::OfftakeContract> &items(const gds::Deal &d) const override { return d.offtake; }
    gds::OfftakeContract defaultItem(const gds::Deal &d, int row) const override;
    QVariant value(const gds::Deal &d, int row, int column) const override;
    bool store(gds::Deal &d, int row, int column, const QVariant &v) const override;
    QVariant total(const gds::Deal &d, int column) const override;
};

} // namespace gds::ui
