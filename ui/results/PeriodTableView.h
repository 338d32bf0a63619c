// The period table on screen: the line names stay frozen on the left (the vertical header) while the
// periods scroll; a switch for months, quarters and years; copy to the clipboard (tab-separated, with
// headers) and export to CSV, for spreadsheets (the locale's format) or for machines (gpudeal-cli's).
#pragma once

#include "CsvExport.h"
#include "engine/Result.h"
#include "model/Deal.h"

#include <QWidget>

class QComboBox;
class QStandardItemModel;
class QTableView;

namespace gds::ui {

class PeriodTableModel;

class PeriodTableView : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodTableView(QWidget *parent = nullptr);

    PeriodTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The total of each flow over the whole model, frozen on the right (balances and ratios blank).
    QTableView *totalsView() const { return m_totals; }
    QComboBox *groupingBox() const { return m_grouping; }
    void setResult(const gds::Result &result, const gds::Deal &deal);
    // Writes the shown table as CSV for machines (months: the engine's period CSV, gpudeal-cli's format).
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // Writes the shown table as CSV in `flavor`: Machine as above; Localized is the model's
    // toCsv(Localized, locale) in UTF-8 with a byte order mark. Through writeFileSafely (fs::writeFile):
    // on failure (false, with `error`) an existing file at `path` is left as it was. Refused while the
    // table is stale.
    bool exportCsv(const QString &path, CsvFlavor flavor, const QLocale &locale,
                   QString *error = nullptr) const;
    QString selectionAsText() const;

public slots:
    void copy();
    void exportCsvInteractive();

signals:
    void statusMessage(const QString &message);

private:
    void fillTotals();

    PeriodTableModel *m_model;
    QTableView *m_view;
    QTableView *m_totals;
    QStandardItemModel *m_totalsModel;
    QComboBox *m_grouping;
    gds::Result m_result;
};

} // namespace gds::ui
