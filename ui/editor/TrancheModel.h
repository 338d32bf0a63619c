// (v2) The facility's tranches (deal-format.md debt.tranches, engine.md 5): one row per tranche with
// its name, share and rate (type, fixed rate, flat base rate, margin rule, flat margin); and the margin
// by offtaker rating of every rate that uses it (a column per rate, a row per rating plus hedged and
// merchant GPU-hours).
#pragma once

#include "DealTableModel.h"

namespace gds::ui {

class TrancheModel : public VectorTableModel<gds::Tranche>
{
    Q_OBJECT
public:
    enum Col { Name, Share, RateType, FixedRate, BaseRate, MarginRule, Margin };
    explicit TrancheModel(DealDocument *doc, QObject *parent = nullptr);

protected:
    std::vector<gds::Tranche> &items(gds::Deal &d) const override { return d.debt.tranches; }
    const std::vector<gds::Tranche> &items(const gds::Deal &d) const override { return d.debt.tranches; }
    gds::Tranche defaultItem(const gds::Deal &d, int row) const override;
    QVariant value(const gds::Deal &d, int row, int column) const override;
    bool store(gds::Deal &d, int row, int column, const QVariant &v) const override;
    QString text(const gds::Deal &d, int row, int column) const override;
    QVariant total(const gds::Deal &d, int column) const override;
};

// The margin rule of a rate as the tables and forms offer it: 0 flat, 1 grid by coverage, 2 by rating.
int marginRule(const gds::Rate &r);
// Sets the rule, keeping the values of the others (switching back shows what was typed).
void setMarginRule(gds::Rate &r, int rule);

class MarginByRatingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit MarginByRatingModel(DealDocument *doc, QObject *parent = nullptr);

    static constexpr int kRows = int(gds::kRatingCount) + 2; // ratings, hedged, merchant
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setIssues(const gds::Issues &issues);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // The JSON path of a rate column ("debt.rate", "debt.tranches[1].rate").
    QString ratePath(int column) const;

private:
    void onDealChanged();
    static double &cell(gds::Rate &r, int row);

    DealDocument *m_doc;
    int m_columns = 0;
    QLocale m_locale;
    std::map<std::pair<int, int>, QStringList> m_issues;
};

} // namespace gds::ui
