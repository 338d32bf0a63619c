// Every line of the model (gds::periodFields()) by month, quarter or year: one row per line, one
// column per period group. Quarters and years sum flows and take the end value of balances (the
// field table says which). Columns follow the calendar; the close (period 0) is its own column.
#pragma once

#include "CsvExport.h"
#include "engine/Result.h"
#include "Format.h"
#include "model/Deal.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace gds::ui {

class PeriodTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Grouping { Month, Quarter, Year };
    static constexpr int RawValueRole = Qt::UserRole + 1; // double, NaN for null

    explicit PeriodTableModel(QObject *parent = nullptr);

    void setResult(const gds::Result &result, const gds::Deal &deal);
    void setGrouping(Grouping g);
    Grouping grouping() const { return m_grouping; }
    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    void setLocale(const QLocale &locale);
    // The currency in the line titles ("Capex ($)" or "Capex (USD)").
    void setCurrencyDisplay(CurrencyDisplay display);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // The value of line `row` in column `column` (aggregated), NaN for null.
    double value(int row, int column) const;
    // Periods of a column (first, last).
    std::pair<int, int> columnPeriods(int column) const;
    // The current view as CSV (C locale, full precision, the field keys down the first column and
    // locale-independent period labels across: close, 2027-01, 2027-Q1 or 2027).
    QString toCsv() const;
    // The current view as CSV in `flavor`. Machine: toCsv() (one line per row of the table, `locale`
    // unused). Localized: one line per column of the table (a period, quarter or year): its header
    // label, start and end dates, days and phases, then every line of the table under its translated
    // title as the vertical header shows it; numbers, dates and the separator follow `locale` (see
    // CsvExport.h), lines end in CRLF; no byte order mark (the file writer adds it).
    QString toCsv(CsvFlavor flavor, const QLocale &locale) const;
    // "Close", "Construction", "Operation" (translated).
    static QString phaseLabel(gds::Phase phase);

    // EBITDA, CFADS, debt service and the equity flow: the lines a banker reads first, set apart.
    static bool isSubtotal(int row);

private:
    void regroup();
    QString columnTip(int column) const;
    // The header label of a column in `locale`, a partial quarter or year marked.
    QString columnLabel(int column, const QLocale &locale) const;
    // The header label of the column that starts at period `first`, in `locale`.
    QString groupLabel(int first, const QLocale &locale) const;
    // The same label for machines: close, YYYY-MM, YYYY-Qn or YYYY.
    QString machineLabel(int first) const;

    gds::Result m_result;
    gds::Deal m_deal;
    Grouping m_grouping = Grouping::Month;
    std::vector<std::pair<int, int>> m_groups; // periods [first, last] of each column
    std::vector<QString> m_labels;
    bool m_stale = false;
    QLocale m_locale;
    CurrencyDisplay m_display = CurrencyDisplay::Symbol;
};

} // namespace gds::ui
