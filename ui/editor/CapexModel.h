// Capex lines: category, description, quantity, unit cost, amount (computed), spend schedule, useful
// life, residual value; a totals row.
#pragma once

#include "DealTableModel.h"

namespace gds::ui {

class CapexModel : public VectorTableModel<gds::CapexItem>
{
    Q_OBJECT
public:
    enum Col { Category, Description, Quantity, UnitCost, Amount, Spend, Life, Residual };
    explicit CapexModel(DealDocument *doc, QObject *parent = nullptr);

    // The spend schedule as text, "0: 30 %; 2: 70 %" (period: share), and back.
    static QString spendText(const std::vector<gds::SpendShare> &spend, const QLocale &locale);
    static std::optional<std::vector<gds::SpendShare>> parseSpend(const QString &text, const QLocale &locale);

protected:
    std::vector<gds::CapexItem> &items(gds::Deal &d) const override { return d.capex; }
    const std::vector<gds::CapexItem> &items(const gds::Deal &d) const override { return d.capex; }
    gds::CapexItem defaultItem(const gds::Deal &d, int row) const override;
    QVariant value(const gds::Deal &d, int row, int column) const override;
    bool store(gds::Deal &d, int row, int column, const QVariant &v) const override;
    QString text(const gds::Deal &d, int row, int column) const override;
    QVariant total(const gds::Deal &d, int column) const override;
};

} // namespace gds::ui
