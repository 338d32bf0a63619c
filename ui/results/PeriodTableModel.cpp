#include "PeriodTableModel.h"

#include "Format.h"

#include <cmath>
#include <cstring>
#include <QBrush>
#include <QColor>
#include <QFont>

namespace gds::ui {

PeriodTableModel::PeriodTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PeriodTableModel::setResult(const gds::Result &result, const gds::Deal &deal)
{
    const bool sameShape = result.periods.n == m_result.periods.n && deal.start == m_deal.start;
    const bool sameCurrency = deal.currency == m_deal.currency;
    m_result = result;
    m_deal = deal;
    if (sameShape && !m_groups.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        if (!sameCurrency) // the line titles name it
            emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        return;
    }
    beginResetModel();
    regroup();
    endResetModel();
}

void PeriodTableModel::setGrouping(Grouping g)
{
    if (g == m_grouping)
        return;
    beginResetModel();
    m_grouping = g;
    regroup();
    endResetModel();
}

void PeriodTableModel::setCurrencyDisplay(CurrencyDisplay display)
{
    if (display == m_display)
        return;
    m_display = display;
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void PeriodTableModel::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::ForegroundRole, Qt::FontRole});
}

void PeriodTableModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    regroup();
    endResetModel();
}

void PeriodTableModel::regroup()
{
    m_groups.clear();
    m_labels.clear();
    const gds::PeriodTable &t = m_result.periods;
    if (t.size() <= 0 || int(t.year.size()) != t.size() || int(t.month.size()) != t.size())
        return;
    m_groups.push_back({0, 0});
    m_labels.push_back(groupLabel(0, m_locale));
    int lastKey = -1;
    for (int p = 1; p < t.size(); ++p) {
        const int y = t.year[std::size_t(p)], m = t.month[std::size_t(p)];
        int key = 0;
        switch (m_grouping) {
        case Grouping::Month:
            key = p;
            break;
        case Grouping::Quarter:
            key = y * 4 + (m - 1) / 3;
            break;
        case Grouping::Year:
            key = y;
            break;
        }
        if (key != lastKey) {
            m_groups.push_back({p, p});
            m_labels.push_back(groupLabel(p, m_locale));
            lastKey = key;
        } else {
            m_groups.back().second = p;
        }
    }
}

QString PeriodTableModel::groupLabel(int first, const QLocale &locale) const
{
    if (first == 0)
        return tr("Close");
    const gds::PeriodTable &t = m_result.periods;
    const int y = t.year[std::size_t(first)], m = t.month[std::size_t(first)];
    switch (m_grouping) {
    case Grouping::Month:
        return locale.toString(QDate(y, m, 1), QStringLiteral("MMM yyyy"));
    case Grouping::Quarter:
        return tr("Q%1 %2").arg((m - 1) / 3 + 1).arg(y);
    case Grouping::Year:
        break;
    }
    return QString::number(y);
}

QString PeriodTableModel::columnLabel(int column, const QLocale &locale) const
{
    // A quarter or year with fewer months than a full one says how many ("2027 (9 mo.)").
    const auto [first, last] = m_groups[std::size_t(column)];
    const QString label = locale == m_locale ? m_labels[std::size_t(column)] : groupLabel(first, locale);
    const int months = first == 0 ? 0 : last - first + 1;
    const int full = m_grouping == Grouping::Year ? 12 : m_grouping == Grouping::Quarter ? 3 : 1;
    return months > 0 && months < full
               ? tr("%1 (%n mo.)", "a partial quarter or year: months it holds", months).arg(label)
               : label;
}

QString PeriodTableModel::machineLabel(int first) const
{
    if (first == 0)
        return QStringLiteral("close");
    const gds::PeriodTable &t = m_result.periods;
    const int y = t.year[std::size_t(first)], m = t.month[std::size_t(first)];
    switch (m_grouping) {
    case Grouping::Month:
        return QStringLiteral("%1-%2").arg(y, 4, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
    case Grouping::Quarter:
        return QStringLiteral("%1-Q%2").arg(y).arg((m - 1) / 3 + 1);
    case Grouping::Year:
        break;
    }
    return QString::number(y);
}

QString PeriodTableModel::phaseLabel(gds::Phase phase)
{
    switch (phase) {
    case gds::Phase::Close:
        return tr("Close");
    case gds::Phase::Construction:
        return tr("Construction");
    case gds::Phase::Operation:
        break;
    }
    return tr("Operation");
}

int PeriodTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_groups.empty() ? 0 : int(gds::periodFields().size());
}

int PeriodTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

std::pair<int, int> PeriodTableModel::columnPeriods(int column) const
{
    return m_groups[std::size_t(column)];
}

double PeriodTableModel::value(int row, int column) const
{
    const gds::PeriodField &f = gds::periodFields()[std::size_t(row)];
    const std::vector<double> &series = m_result.periods.*(f.series);
    const auto [first, last] = m_groups[std::size_t(column)];
    if (last >= int(series.size()))
        return gds::kNull;
    if (f.balance)
        return series[std::size_t(last)];
    double sum = 0;
    for (int p = first; p <= last; ++p)
        sum += series[std::size_t(p)];
    return sum;
}

QVariant PeriodTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const gds::PeriodField &f = gds::periodFields()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        const double v = value(index.row(), index.column());
        if (gds::isNull(v))
            return QString();
        // The index has no level at the close (S_0 = 0 in engine.md section 3): blank, not 0.0000.
        if (f.unit == gds::Unit::PricePerHour && m_groups[std::size_t(index.column())].second == 0)
            return QString();
        switch (f.unit) {
        case gds::Unit::PricePerHour:
            return m_locale.toString(v, 'f', 4);
        case gds::Unit::Multiple:
        case gds::Unit::Ratio:
            return m_locale.toString(v, 'f', 2) + QLatin1Char('x');
        case gds::Unit::Percent:
            return m_locale.toString(v * 100, 'f', 2) + QStringLiteral(" %");
        default:
            return m_locale.toString(v, 'f', 0);
        }
    }
    case RawValueRole:
        return value(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (m_stale)
            return QBrush(QColor(150, 150, 150));
        return value(index.row(), index.column()) < 0 ? QBrush(QColor(176, 0, 32)) : QVariant();
    case Qt::FontRole:
        if (m_stale || isSubtotal(index.row())) {
            QFont font;
            font.setItalic(m_stale);
            font.setBold(isSubtotal(index.row()));
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return isSubtotal(index.row()) ? QVariant(QBrush(QColor(236, 240, 245))) : QVariant();
    case Qt::ToolTipRole:
        return columnTip(index.column());
    default:
        return {};
    }
}

QVariant PeriodTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        if (role == Qt::DisplayRole)
            return columnLabel(section, m_locale);
        if (role == Qt::ToolTipRole)
            return columnTip(section);
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    const gds::PeriodField &f = gds::periodFields()[std::size_t(section)];
    const QString key = QString::fromLatin1(f.key);
    if (role == Qt::DisplayRole) {
        const QString unit = unitText(f.unit, QString::fromStdString(m_deal.currency), m_display);
        return unit.isEmpty() ? periodFieldLabel(key)
                              : QStringLiteral("%1 (%2)").arg(periodFieldLabel(key), unit);
    }
    if (role == Qt::ToolTipRole)
        return f.balance ? tr("%1: end-of-period value (quarters and years show the last)").arg(key)
                         : tr("%1: flow in the period (quarters and years show the sum)").arg(key);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::FontRole && isSubtotal(section)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

bool PeriodTableModel::isSubtotal(int row)
{
    const char *key = gds::periodFields()[std::size_t(row)].key;
    return std::strcmp(key, "ebitda") == 0 || std::strcmp(key, "cfads") == 0 ||
           std::strcmp(key, "debt_service") == 0 || std::strcmp(key, "equity_flow") == 0;
}

// The periods of a column and the convention: a period ends on the last day of the month it is
// shown as, and its flows happen then.
QString PeriodTableModel::columnTip(int column) const
{
    const auto [first, last] = m_groups[std::size_t(column)];
    if (last == 0)
        return tr("Financial close (period 0), %1")
            .arg(m_locale.toString(periodMonth(m_deal, 0), QLocale::ShortFormat));
    const QDate end = periodMonth(m_deal, last).addMonths(1).addDays(-1);
    const QString ends = m_locale.toString(end, QLocale::ShortFormat);
    return first == last ? tr("Period %1, ends %2; its flows fall on that day").arg(first).arg(ends)
                         : tr("Periods %1–%2, the last ends %3").arg(first).arg(last).arg(ends);
}

QString PeriodTableModel::toCsv() const
{
    const QLocale c = QLocale::c();
    QString out = QStringLiteral("line");
    for (int col = 0; col < columnCount(); ++col)
        out += QLatin1Char(',') + machineLabel(m_groups[std::size_t(col)].first);
    out += QLatin1Char('\n');
    for (int row = 0; row < rowCount(); ++row) {
        out += QString::fromLatin1(gds::periodFields()[std::size_t(row)].key);
        for (int col = 0; col < columnCount(); ++col) {
            const double v = value(row, col);
            out += QLatin1Char(',');
            if (!gds::isNull(v))
                out += c.toString(v, 'g', 17);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString PeriodTableModel::toCsv(CsvFlavor flavor, const QLocale &locale) const
{
    if (flavor == CsvFlavor::Machine)
        return toCsv();
    const QChar sep = csvSeparator(locale);
    const QString eol = QStringLiteral("\r\n");
    const gds::PeriodTable &t = m_result.periods;

    QStringList header = {tr("Period"), tr("Start"), tr("End"), tr("Days"), tr("Phase")};
    for (int row = 0; row < rowCount(); ++row)
        header << headerData(row, Qt::Vertical).toString();
    QString out;
    for (int i = 0; i < header.size(); ++i)
        out += (i ? QString(sep) : QString()) + csvCell(header[i], sep);
    out += eol;

    for (int col = 0; col < columnCount(); ++col) {
        const auto [first, last] = m_groups[std::size_t(col)];
        // Bounds as the result document gives them: the close is its start month's first day; a period
        // runs from the first of its month to the first of the next.
        const QDate start(t.year[std::size_t(first)], t.month[std::size_t(first)], 1);
        const QDate lastMonth(t.year[std::size_t(last)], t.month[std::size_t(last)], 1);
        const QDate end = last == 0 ? lastMonth : lastMonth.addMonths(1);
        int days = 0;
        QStringList phases;
        for (int p = first; p <= last; ++p) {
            if (p < int(t.days.size()))
                days += t.days[std::size_t(p)];
            if (p < int(t.phase.size()) && !phases.contains(phaseLabel(t.phase[std::size_t(p)])))
                phases << phaseLabel(t.phase[std::size_t(p)]);
        }
        QStringList cells = {columnLabel(col, locale), csvDate(start, locale), csvDate(end, locale),
                             csvNumber(double(days), locale), locale.createSeparatedList(phases)};
        for (int row = 0; row < rowCount(); ++row) {
            const double v = value(row, col);
            // Percentages as the table shows them (the header says "%"), every other unit as it is.
            const bool percent = gds::periodFields()[std::size_t(row)].unit == gds::Unit::Percent;
            cells << csvNumber(percent ? v * 100 : v, locale);
        }
        for (int i = 0; i < cells.size(); ++i)
            out += (i ? QString(sep) : QString()) + csvCell(cells[i], sep);
        out += eol;
    }
    return out;
}

} // namespace gds::ui
