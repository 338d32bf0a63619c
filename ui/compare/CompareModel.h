// The metrics of several structures side by side: rows are the engine's metricFields()
// and, (v2) when a structure has tranches, each tranche's amount and lender yield; columns the structures.
// The best value of each row is marked (bold, tinted, a star; by MetricField::better), and every column after
// the first shows its change against the first. The table logic is gds::comparisonTable (shared with the
// comparison PDF).
#pragma once

#include "Format.h"
#include "report/ComparisonReport.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <vector>

namespace gds::ui {

class CompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // double, or invalid when the metric does not exist
        DeltaRole,                    // double against the first column, or invalid
        BestRole,                     // bool
        KeyRole,                      // the metric's document key
    };

    explicit CompareModel(QObject *parent = nullptr);

    void setStructures(std::vector<gds::ComparedStructure> structures);
    const std::vector<gds::ComparedStructure> &structures() const { return m_structures; }
    void setLocale(const QLocale &locale);
    // Money and units with the currency's symbol or ISO code.
    void setCurrencyDisplay(CurrencyDisplay display);
    CurrencyDisplay currencyDisplay() const { return m_display; }
    // Second line with the change against the first column (on by default).
    void setShowDeltas(bool on);
    bool showDeltas() const { return m_showDeltas; }
    // The row of a metric key, -1 if unknown.
    static int rowOf(const QString &key);
    // (v2) The rows of the tranches' amounts and yields (after the metrics; none unless a compared
    // deal has debt.tranches): 2k is tranche k's amount, 2k + 1 its lender yield.
    int trancheRowCount() const { return int(m_trancheRows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Every compared structure is a version of the same deal: its name (the headers then name only
    // the versions), else empty.
    bool sameDeal() const;
    QString commonDeal() const;

    // The text of a change in the metric's unit: "+$3.10 m", "-1.25 pp", "+0.12x".
    static QString deltaText(double delta, gds::Unit unit, const QLocale &locale, const QString &currency);
    static QString deltaText(double delta, gds::Unit unit, const QLocale &locale, const QString &currency,
                             CurrencyDisplay display);

private:
    QString currency() const;
    // The cell, unit and sponsor's preference of a row (a metric or a tranche row).
    struct RowInfo {
        QString key, label;
        gds::Unit unit;
        int better;
        const std::vector<gds::ComparisonCell> *cells;
    };
    RowInfo rowInfo(int row) const;

    std::vector<gds::ComparedStructure> m_structures;
    std::vector<std::vector<gds::ComparisonCell>> m_cells;
    std::vector<gds::TrancheRow> m_trancheRows;
    QLocale m_locale;
    bool m_showDeltas = true;
    CurrencyDisplay m_display = CurrencyDisplay::Symbol;
};

} // namespace gds::ui
