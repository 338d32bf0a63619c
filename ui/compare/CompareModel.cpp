#include "CompareModel.h"

#include "Format.h"
#include "IssueText.h"

#include <algorithm>
#include <cmath>
#include <QBrush>
#include <QColor>
#include <QFont>

namespace gds::ui {

CompareModel::CompareModel(QObject *parent) : QAbstractTableModel(parent) {}

void CompareModel::setStructures(std::vector<gds::ComparedStructure> structures)
{
    beginResetModel();
    m_structures = std::move(structures);
    m_cells = gds::comparisonTable(m_structures);
    m_trancheRows.clear();
    if (std::any_of(m_structures.begin(), m_structures.end(),
                    [](const gds::ComparedStructure &s) { return !s.deal.debt.tranches.empty(); }))
        m_trancheRows = gds::trancheComparison(m_structures);
    endResetModel();
}

void CompareModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_structures.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CompareModel::setCurrencyDisplay(CurrencyDisplay display)
{
    if (display == m_display)
        return;
    m_display = display;
    if (!m_structures.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

void CompareModel::setShowDeltas(bool on)
{
    if (on == m_showDeltas)
        return;
    m_showDeltas = on;
    if (!m_structures.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

int CompareModel::rowOf(const QString &key)
{
    const auto &fields = gds::metricFields();
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (key == QLatin1String(fields[i].key))
            return int(i);
    return -1;
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(gds::metricFields().size() + m_trancheRows.size());
}

CompareModel::RowInfo CompareModel::rowInfo(int row) const
{
    const auto &fields = gds::metricFields();
    if (std::size_t(row) < fields.size()) {
        const gds::MetricField &field = fields[std::size_t(row)];
        const QString key = QString::fromUtf8(field.key);
        // No structures yet (the header asks before the table is filled): no cells.
        static const std::vector<gds::ComparisonCell> none;
        const auto *cells = std::size_t(row) < m_cells.size() ? &m_cells[std::size_t(row)] : &none;
        return {key, metricLabel(key), field.unit, field.better, cells};
    }
    const gds::TrancheRow &t = m_trancheRows[std::size_t(row) - fields.size()];
    const int number = int(t.tranche) + 1;
    if (t.yield)
        return {QStringLiteral("tranche_%1_lender_yield").arg(number),
                tr("Tranche %1: lender yield").arg(number), gds::Unit::Percent, -1, &t.cells};
    return {QStringLiteral("tranche_%1_amount").arg(number), tr("Tranche %1: amount").arg(number),
            gds::Unit::Money, 0, &t.cells};
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_structures.size());
}

QString CompareModel::currency() const
{
    return m_structures.empty() ? QStringLiteral("USD")
                                : QString::fromStdString(m_structures.front().deal.currency);
}

QString CompareModel::deltaText(double delta, gds::Unit unit, const QLocale &locale, const QString &currency)
{
    return deltaText(delta, unit, locale, currency, CurrencyDisplay::Symbol);
}

QString CompareModel::deltaText(double delta, gds::Unit unit, const QLocale &locale, const QString &currency,
                                CurrencyDisplay display)
{
    QString text;
    switch (unit) {
    case gds::Unit::Percent:
    case gds::Unit::Ratio:
        text = tr("%1 pp", "a difference in percentage points")
                   .arg(locale.toString(std::abs(delta) * 100.0, 'f', 2));
        break;
    default:
        text = formatValue(std::abs(delta), unit, locale, currency, true, display);
        break;
    }
    bool zero = true;
    for (QChar c : text)
        if (c.isDigit() && c != u'0')
            zero = false;
    if (zero)
        return QStringLiteral("±") + text;
    return (delta < 0 ? QStringLiteral("−") : QStringLiteral("+")) + text;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowInfo field = rowInfo(index.row());
    const gds::ComparisonCell &cell = (*field.cells)[std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = formatValue(cell.value, field.unit, m_locale, currency(), true, m_display);
        if (cell.best)
            text += QStringLiteral(" ★");
        if (m_showDeltas && cell.delta)
            text += QLatin1Char('\n') + deltaText(*cell.delta, field.unit, m_locale, currency(), m_display);
        return text;
    }
    case Qt::ToolTipRole: {
        const gds::ComparedStructure &s = m_structures[std::size_t(index.column())];
        if (!s.result.ok())
            return tr("%1 cannot be computed: %2")
                .arg(s.label, issueTextWithoutEditor(s.result.errors.front(), s.deal, QLocale()));
        QStringList tip{QStringLiteral("%1 – %2: %3")
                            .arg(s.label, field.label,
                                 formatValue(cell.value, field.unit, m_locale, currency(), true, m_display))};
        if (cell.delta)
            tip << tr("%1 against %2", "a delta against the first structure")
                       .arg(deltaText(*cell.delta, field.unit, m_locale, currency(), m_display),
                            m_structures.front().label);
        if (cell.best)
            tip << tr("Best of the compared structures");
        return tip.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (cell.best) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        return cell.best ? QVariant(QBrush(QColor(0xE2, 0xEF, 0xDA))) : QVariant();
    case Qt::ForegroundRole:
        return cell.best ? QVariant(QBrush(QColor(0x20, 0x20, 0x20))) : QVariant();
    case ValueRole:
        return cell.value ? QVariant(*cell.value) : QVariant();
    case DeltaRole:
        return cell.delta ? QVariant(*cell.delta) : QVariant();
    case BestRole:
        return cell.best;
    case KeyRole:
        return field.key;
    default:
        return {};
    }
}

bool CompareModel::sameDeal() const
{
    return !commonDeal().isEmpty();
}

// The words every column's label starts with ("Atlas v3 · main line", "Atlas · in the editor (...)":
// "Atlas"), when there are two or more columns and that is more than a word or two.
QString CompareModel::commonDeal() const
{
    if (m_structures.size() < 2)
        return {};
    QString prefix = m_structures.front().label;
    for (const gds::ComparedStructure &s : m_structures) {
        qsizetype n = 0;
        while (n < prefix.size() && n < s.label.size() && prefix[n] == s.label[n])
            ++n;
        prefix.truncate(n);
    }
    // Back to a word boundary: the next character of every label is a space (or the label ends).
    for (const gds::ComparedStructure &s : m_structures)
        if (s.label.size() > prefix.size() && !s.label[prefix.size()].isSpace()) {
            const qsizetype space = prefix.lastIndexOf(QLatin1Char(' '));
            prefix.truncate(space < 0 ? 0 : space);
            break;
        }
    prefix = prefix.trimmed();
    while (prefix.endsWith(QStringLiteral("·")) || prefix.endsWith(QLatin1Char(',')))
        prefix = prefix.chopped(1).trimmed();
    return prefix.size() >= 8 ? prefix : QString();
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const gds::ComparedStructure &s = m_structures[std::size_t(section)];
        if (role == Qt::DisplayRole) {
            // "Deal · line (v3)", wrapped to the column by the dialog's header. When every column is
            // the same deal, its name is said once (the window title) and each column names only its
            // version.
            QString text = s.label;
            const QString deal = commonDeal();
            QString rest = deal.isEmpty() ? QString() : text.mid(deal.size()).trimmed();
            if (rest.startsWith(QStringLiteral("·")))
                rest = rest.mid(1).trimmed();
            if (!rest.isEmpty())
                text = rest;
            return s.result.ok() ? text : tr("%1\n(not computable)").arg(text);
        }
        if (role == Qt::ToolTipRole)
            return section == 0
                       ? tr("%1\nThe reference: other columns show their change against it").arg(s.label)
                       : s.label;
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    const RowInfo field = rowInfo(section);
    if (role == Qt::DisplayRole) {
        const QString unit = unitText(field.unit, currency(), m_display);
        return unit.isEmpty() ? field.label : QStringLiteral("%1 (%2)").arg(field.label, unit);
    }
    if (role == Qt::ToolTipRole && section >= int(gds::metricFields().size())) {
        // The tranche of each structure at this position, by name.
        const std::size_t k = m_trancheRows[std::size_t(section) - gds::metricFields().size()].tranche;
        QStringList names;
        for (const gds::ComparedStructure &s : m_structures) {
            const auto tranches = gds::effectiveTranches(s.deal.debt);
            names << QStringLiteral("%1: %2").arg(
                s.label, k < tranches.size() ? QString::fromStdString(tranches[k].name) : tr("none"));
        }
        return names.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole)
        return field.better > 0   ? tr("Higher is better")
               : field.better < 0 ? tr("Lower is better")
                                  : tr("Neutral: no best marked");
    return {};
}

} // namespace gds::ui
