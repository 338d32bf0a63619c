// Base of the spreadsheet-like section tables (capex lines, offtake contracts, hedges): one row per
// item of a deal array, plus an optional totals row. Reads the deal from the DealDocument and writes
// every edit back through DealDocument::setDeal (one undo step each). Validation issues whose JSON path
// points into the array ("capex[2].unit_cost") mark their cell.
#pragma once

#include "Format.h"
#include "model/Deal.h"
#include "model/Issue.h"

#include <functional>
#include <map>
#include <optional>
#include <QAbstractTableModel>
#include <QLocale>
#include <QStringList>

namespace gds::ui {

class DealDocument;

class DealTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Number, Percent, Integer, Period, Text, Choice, Computed };
    struct Column {
        QString key;   // JSON key of the item field ("unit_cost"); issue paths map onto it
        QString title; // header text, unit included
        Kind kind;
        QStringList choices = {}; // Kind::Choice
        int decimals = 2;         // display decimals of Number/Percent
        // The title is a template whose %1 is the deal's currency as shown ("Unit cost (%1)").
        bool currencyTitle = false;
    };
    static constexpr int ChoicesRole = Qt::UserRole + 1; // QStringList for a Choice column
    static constexpr int KindRole = Qt::UserRole + 2;    // int(Kind)

    DealTableModel(DealDocument *doc, QString arrayKey, QString itemName, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int itemCount() const;
    bool hasTotalsRow() const { return m_totals; }
    bool isTotalsRow(int row) const { return m_totals && row == itemCount(); }
    const QList<Column> &columns() const { return m_columns; }
    int columnOf(const QString &key) const;
    // The header text of a column, its currency filled in.
    QString columnTitle(int column) const;
    const QString &arrayKey() const { return m_arrayKey; }

    // Row operations, each one undo step. They return false (and change nothing) when out of range.
    bool addItem(int beforeRow); // a default item; beforeRow == itemCount() appends
    bool duplicateItem(int row);
    bool removeItems(QList<int> rows);
    bool moveItem(int row, int delta); // -1 up, +1 down
    // Pastes tab-separated rows (as a spreadsheet copies them) from (row, column) on, overwriting
    // existing items and appending new ones; values for read-only columns are skipped. Returns the
    // cells that could not be read ("row 3, Unit cost: not a number"); the rest is applied as one step.
    QStringList pasteTable(int row, int column, const QString &text);

    void setIssues(const gds::Issues &issues);
    QStringList issuesAt(int row, int column) const;
    QStringList tableIssues() const { return m_tableIssues; } // issues on the array itself

    void setLocale(const QLocale &locale);
    const QLocale &locale() const { return m_locale; }
    // How the currency in the titles is shown (symbol or ISO code); the titles follow the deal's
    // currency as it changes.
    void setCurrencyDisplay(CurrencyDisplay display);
    CurrencyDisplay currencyDisplay() const { return m_display; }

protected:
    void setColumns(QList<Column> columns, bool totalsRow);
    // The table now shows another array (a tranche's curve instead of the facility's): a reset, the
    // issue marks cleared until the next setIssues.
    void retarget(QString arrayKey);
    const gds::Deal &deal() const;
    // Item access for the subclass (one vector of the deal).
    virtual int count(const gds::Deal &d) const = 0;
    virtual QVariant value(const gds::Deal &d, int row, int column) const = 0; // edit value (percent: x100)
    // Stores a parsed value; false when it cannot be represented (never clamps).
    virtual bool store(gds::Deal &d, int row, int column, const QVariant &v) const = 0;
    virtual QString text(const gds::Deal &d, int row, int column) const; // display (default: formatted value)
    virtual QVariant total(const gds::Deal &d, int column) const;        // totals row cell
    virtual void insertDefault(gds::Deal &d, int row) const = 0;
    virtual void duplicateAt(gds::Deal &d, int row) const = 0;
    virtual void removeAt(gds::Deal &d, int row) const = 0;
    virtual void swap(gds::Deal &d, int a, int b) const = 0;
    // A value typed as text into a column (clipboard, delegate): nullopt if it cannot be read.
    std::optional<QVariant> parse(int column, const QString &text) const;
    QString formatNumber(double v, int column) const;

private:
    void onDealChanged();
    bool applyEdit(const std::function<bool(gds::Deal &)> &edit, const QString &description,
                   const QString &mergeKey = {});

    DealDocument *m_doc;
    QString m_arrayKey, m_itemName;
    QList<Column> m_columns;
    bool m_totals = false;
    int m_rows = 0;
    QLocale m_locale;
    CurrencyDisplay m_display = CurrencyDisplay::Symbol;
    std::string m_currency; // the deal's currency the titles were last shown in
    std::map<std::pair<int, int>, QStringList> m_cellIssues;
    QStringList m_tableIssues;
};

// The vector-of-items plumbing shared by the concrete models.
template <class T> class VectorTableModel : public DealTableModel
{
public:
    using DealTableModel::DealTableModel;

protected:
    virtual std::vector<T> &items(gds::Deal &d) const = 0;
    virtual const std::vector<T> &items(const gds::Deal &d) const = 0;
    virtual T defaultItem(const gds::Deal &d, int row) const = 0;

    int count(const gds::Deal &d) const override { return int(items(d).size()); }
    void insertDefault(gds::Deal &d, int row) const override
    {
        T item = defaultItem(d, row);
        items(d).insert(items(d).begin() + row, std::move(item));
    }
    void duplicateAt(gds::Deal &d, int row) const override
    {
        T copy = items(d)[std::size_t(row)];
        items(d).insert(items(d).begin() + row + 1, std::move(copy));
    }
    void removeAt(gds::Deal &d, int row) const override { items(d).erase(items(d).begin() + row); }
    void swap(gds::Deal &d, int a, int b) const override
    {
        std::swap(items(d)[std::size_t(a)], items(d)[std::size_t(b)]);
    }
};

} // namespace gds::ui
