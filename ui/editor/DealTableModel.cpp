#include "DealTableModel.h"

#include "DealDocument.h"
#include "Format.h"
#include "IssueText.h"

#include <cmath>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QRegularExpression>

namespace gds::ui {

DealTableModel::DealTableModel(DealDocument *doc, QString arrayKey, QString itemName, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc), m_arrayKey(std::move(arrayKey)),
      m_itemName(std::move(itemName))
{
    connect(doc, &DealDocument::dealChanged, this, &DealTableModel::onDealChanged);
}

void DealTableModel::setColumns(QList<Column> columns, bool totalsRow)
{
    beginResetModel();
    m_columns = std::move(columns);
    m_totals = totalsRow;
    m_rows = count(deal());
    m_currency = deal().currency;
    endResetModel();
}

void DealTableModel::retarget(QString arrayKey)
{
    beginResetModel();
    m_arrayKey = std::move(arrayKey);
    m_rows = count(deal());
    m_cellIssues.clear();
    m_tableIssues.clear();
    endResetModel();
}

const gds::Deal &DealTableModel::deal() const
{
    return m_doc->deal();
}

int DealTableModel::itemCount() const
{
    return m_rows;
}

int DealTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows + (m_totals ? 1 : 0);
}

int DealTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int DealTableModel::columnOf(const QString &key) const
{
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].key == key)
            return c;
    return -1;
}

void DealTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString DealTableModel::columnTitle(int column) const
{
    const Column &c = m_columns[column];
    return c.currencyTitle ? c.title.arg(currencyText(QString::fromStdString(deal().currency), m_display))
                           : c.title;
}

void DealTableModel::setCurrencyDisplay(CurrencyDisplay display)
{
    if (display == m_display)
        return;
    m_display = display;
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void DealTableModel::onDealChanged()
{
    if (deal().currency != m_currency) {
        m_currency = deal().currency;
        if (columnCount() > 0)
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
    const int n = count(deal());
    if (n != m_rows) {
        beginResetModel();
        m_rows = n;
        endResetModel();
    } else if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

QString DealTableModel::formatNumber(double v, int column) const
{
    const Column &c = m_columns[column];
    if (c.kind == Kind::Integer || c.kind == Kind::Period)
        return m_locale.toString(v, 'f', 0);
    // At least `decimals`, more when the value has them (display never hides a digit that matters).
    QString s = m_locale.toString(v, 'f', std::max(c.decimals, 6));
    const QChar dp = m_locale.decimalPoint().at(0);
    const int point = int(s.indexOf(dp));
    if (point >= 0) {
        int keep = s.size();
        while (keep > point + 1 + c.decimals && s.at(keep - 1) == QLatin1Char('0'))
            --keep;
        if (keep == point + 1)
            --keep; // no decimals at all
        s.truncate(keep);
    }
    return c.kind == Kind::Percent ? s + QStringLiteral(" %") : s;
}

QString DealTableModel::text(const gds::Deal &d, int row, int column) const
{
    const Column &c = m_columns[column];
    const QVariant v = value(d, row, column);
    switch (c.kind) {
    case Kind::Text:
        return v.toString();
    case Kind::Choice: {
        const int i = v.toInt();
        return i >= 0 && i < c.choices.size() ? c.choices[i] : QString();
    }
    case Kind::Period: {
        const int p = v.toInt();
        const QDate m = periodMonth(d, p);
        return m.isValid() && p >= 1
                   ? QStringLiteral("%1  (%2)")
                         .arg(m_locale.toString(p), m_locale.toString(m, QStringLiteral("MMM yyyy")))
                   : m_locale.toString(p);
    }
    case Kind::Computed:
        return v.typeId() == QMetaType::QString ? v.toString()
                                                : m_locale.toString(v.toDouble(), 'f', c.decimals);
    default:
        return v.typeId() == QMetaType::QString ? v.toString() : formatNumber(v.toDouble(), column);
    }
}

QVariant DealTableModel::total(const gds::Deal &, int) const
{
    return {};
}

QVariant DealTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row(), col = index.column();
    const Column &c = m_columns[col];
    const bool totals = isTotalsRow(row);
    switch (role) {
    case Qt::DisplayRole: {
        if (totals) {
            if (col == 0)
                return tr("Total");
            const QVariant t = total(deal(), col);
            // Totals are derived: shown at the column's precision.
            return t.isValid() && t.typeId() != QMetaType::QString
                       ? QVariant(m_locale.toString(t.toDouble(), 'f', c.decimals))
                       : t;
        }
        return text(deal(), row, col);
    }
    case Qt::EditRole:
        return totals ? QVariant() : value(deal(), row, col);
    case Qt::ToolTipRole: {
        const QStringList issues = issuesAt(row, col);
        return issues.isEmpty() ? QVariant() : QVariant(issues.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole:
        if (!issuesAt(row, col).isEmpty())
            return QBrush(QColor(255, 205, 205));
        if (totals)
            return QBrush(QColor(236, 240, 245));
        if (c.kind == Kind::Computed)
            return QBrush(QColor(246, 246, 246));
        return {};
    case Qt::FontRole:
        if (totals) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (c.kind == Kind::Text || c.kind == Kind::Choice)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case ChoicesRole:
        return c.choices;
    case KindRole:
        return int(c.kind);
    default:
        return {};
    }
}

QVariant DealTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return columnTitle(section);
        if (role == Qt::ToolTipRole && m_columns[section].kind == Kind::Computed)
            return tr("Computed, read-only");
        return {};
    }
    if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return isTotalsRow(section) ? QStringLiteral("Σ") : QString::number(section + 1);
    return {};
}

Qt::ItemFlags DealTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isTotalsRow(index.row()) && m_columns[index.column()].kind != Kind::Computed)
        f |= Qt::ItemIsEditable;
    return f;
}

std::optional<QVariant> DealTableModel::parse(int column, const QString &text) const
{
    const Column &c = m_columns[column];
    switch (c.kind) {
    case Kind::Text:
        return QVariant(text);
    case Kind::Choice: {
        const QString t = text.trimmed();
        for (int i = 0; i < c.choices.size(); ++i)
            if (c.choices[i].compare(t, Qt::CaseInsensitive) == 0)
                return QVariant(i);
        return std::nullopt;
    }
    case Kind::Integer:
    case Kind::Period: {
        static const QRegularExpression lead(QStringLiteral("^\\s*(-?[\\d\\s,.'\u00a0\u202f]+)"));
        const QRegularExpressionMatch m = lead.match(text);
        const auto v = m.hasMatch() ? parseNumber(m.captured(1), m_locale) : std::nullopt;
        if (!v || *v != std::floor(*v) || std::abs(*v) > 2e9)
            return std::nullopt;
        return QVariant(int(*v));
    }
    case Kind::Number:
    case Kind::Percent: {
        const auto v = parseNumber(text, m_locale);
        return v ? std::optional<QVariant>(QVariant(*v)) : std::nullopt;
    }
    case Kind::Computed:
        return std::nullopt;
    }
    return std::nullopt;
}

bool DealTableModel::applyEdit(const std::function<bool(gds::Deal &)> &edit, const QString &description,
                               const QString &mergeKey)
{
    gds::Deal d = deal();
    if (!edit(d))
        return false;
    m_doc->setDeal(d, description, mergeKey);
    return true;
}

bool DealTableModel::setData(const QModelIndex &index, const QVariant &v, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    QVariant parsed = v;
    if (v.typeId() == QMetaType::QString && m_columns[index.column()].kind != Kind::Text) {
        const auto p = parse(index.column(), v.toString());
        if (!p)
            return false;
        parsed = *p;
    }
    const int row = index.row(), col = index.column();
    return applyEdit([&](gds::Deal &d) { return store(d, row, col, parsed); },
                     tr("Edit %1 %2: %3").arg(m_itemName).arg(row + 1).arg(columnTitle(col)));
}

bool DealTableModel::addItem(int beforeRow)
{
    if (beforeRow < 0 || beforeRow > m_rows)
        return false;
    return applyEdit(
        [&](gds::Deal &d) {
            insertDefault(d, beforeRow);
            return true;
        },
        tr("Add %1").arg(m_itemName));
}

bool DealTableModel::duplicateItem(int row)
{
    if (row < 0 || row >= m_rows)
        return false;
    return applyEdit(
        [&](gds::Deal &d) {
            duplicateAt(d, row);
            return true;
        },
        tr("Duplicate %1 %2").arg(m_itemName).arg(row + 1));
}

bool DealTableModel::removeItems(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty() || rows.front() < 0 || rows.back() >= m_rows)
        return false;
    return applyEdit(
        [&](gds::Deal &d) {
            for (auto it = rows.crbegin(); it != rows.crend(); ++it)
                removeAt(d, *it);
            return true;
        },
        rows.size() == 1 ? tr("Delete %1 %2").arg(m_itemName).arg(rows.front() + 1)
                         : tr("Delete %n row(s)", nullptr, int(rows.size())));
}

bool DealTableModel::moveItem(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_rows || to < 0 || to >= m_rows || delta == 0)
        return false;
    return applyEdit(
        [&](gds::Deal &d) {
            for (int r = row; r != to; r += (delta > 0 ? 1 : -1))
                swap(d, r, r + (delta > 0 ? 1 : -1));
            return true;
        },
        tr("Move %1 %2").arg(m_itemName).arg(row + 1));
}

QStringList DealTableModel::pasteTable(int row, int column, const QString &text)
{
    QStringList errors;
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (t.endsWith(QLatin1Char('\n')))
        t.chop(1);
    if (t.isEmpty() || row < 0 || column < 0 || column >= m_columns.size())
        return {tr("nothing to paste")};
    const QStringList lines = t.split(QLatin1Char('\n'));
    gds::Deal d = deal();
    row = std::min(row, count(d));
    for (int i = 0; i < lines.size(); ++i) {
        const int r = row + i;
        if (r >= count(d))
            insertDefault(d, count(d));
        const QStringList cells = lines[i].split(QLatin1Char('\t'));
        for (int k = 0; k < cells.size() && column + k < m_columns.size(); ++k) {
            const int c = column + k;
            if (m_columns[c].kind == Kind::Computed)
                continue;
            const auto v = parse(c, cells[k]);
            if (!v || !store(d, r, c, *v))
                errors << tr("row %1, %2: cannot read \"%3\"").arg(r + 1).arg(columnTitle(c), cells[k]);
        }
    }
    m_doc->setDeal(d, tr("Paste %n row(s)", nullptr, int(lines.size())));
    return errors;
}

void DealTableModel::setIssues(const gds::Issues &issues)
{
    std::map<std::pair<int, int>, QStringList> cells;
    QStringList table;
    const QString prefix = m_arrayKey + QLatin1Char('[');
    for (const gds::Issue &issue : issues) {
        const QString path = QString::fromStdString(issue.path);
        if (path == m_arrayKey) {
            const QString msg = issueMessageText(issue, false, deal(), m_locale);
            table << msg;
            continue;
        }
        if (!path.startsWith(prefix))
            continue;
        const int close = int(path.indexOf(QLatin1Char(']'), prefix.size()));
        bool ok = false;
        const int row = close > 0 ? path.mid(prefix.size(), close - prefix.size()).toInt(&ok) : -1;
        if (!ok || row < 0 || row >= m_rows)
            continue;
        QString rest = path.mid(close + 1);
        if (rest.startsWith(QLatin1Char('.')))
            rest.remove(0, 1);
        // The longest column key the path starts with ("rate.fixed_rate" before "rate").
        QString key = rest.section(QRegularExpression(QStringLiteral("[.\\[]")), 0, 0);
        int col = columnOf(key);
        for (QString longer = rest; !longer.isEmpty() && longer != key;
             longer = longer.section(QLatin1Char('.'), 0, -2))
            if (const int c = columnOf(longer); c >= 0) {
                key = longer;
                col = c;
                break;
            }
        // Shares inside a cell ("spend[1].share") are shown in % like percent columns.
        const bool percent =
            (col >= 0 && m_columns[col].kind == Kind::Percent) || rest.endsWith(QLatin1String(".share"));
        const QString msg = issueMessageText(issue, percent, deal(), m_locale);
        if (col < 0) {
            for (int c = 0; c < m_columns.size(); ++c)
                cells[{row, c}] << msg;
        } else {
            cells[{row, col}] << (rest == key ? msg
                                              : tr("%1: %2", "field: problem").arg(subFieldText(rest), msg));
        }
    }
    m_cellIssues = std::move(cells);
    m_tableIssues = std::move(table);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::BackgroundRole, Qt::ToolTipRole});
}

QStringList DealTableModel::issuesAt(int row, int column) const
{
    const auto it = m_cellIssues.find({row, column});
    return it == m_cellIssues.end() ? QStringList() : it->second;
}

} // namespace gds::ui
