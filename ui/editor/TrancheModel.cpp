#include "TrancheModel.h"

#include "DealDocument.h"
#include "Format.h"
#include "IssueText.h"
#include "model/Enums.h"

#include <QBrush>
#include <QColor>

namespace gds::ui {

int marginRule(const gds::Rate &r)
{
    return r.useMarginByRating ? 2 : r.useMarginGrid ? 1 : 0;
}

void setMarginRule(gds::Rate &r, int rule)
{
    r.useMarginByRating = rule == 2;
    if (rule == 2) {
        // A first switch to the rule starts every rating at the flat margin (to overwrite).
        if (r.marginByRating == gds::MarginByRating{}) {
            r.marginByRating.byRating.fill(r.margin);
            r.marginByRating.hedged = r.margin;
            r.marginByRating.merchant = r.margin;
        }
        return;
    }
    r.useMarginGrid = rule == 1;
    if (rule == 1 && r.marginGrid.empty())
        r.marginGrid = {{0.0, r.margin}};
}

TrancheModel::TrancheModel(DealDocument *doc, QObject *parent)
    : VectorTableModel(doc, QStringLiteral("debt.tranches"), tr("tranche"), parent)
{
    setColumns({{QStringLiteral("name"), tr("Tranche"), Kind::Text},
                {QStringLiteral("share"), tr("Share (%)"), Kind::Percent},
                {QStringLiteral("rate.type"), tr("Rate"), Kind::Choice, {tr("Floating"), tr("Fixed")}},
                {QStringLiteral("rate.fixed_rate"), tr("Fixed (%)"), Kind::Percent, {}, 4},
                {QStringLiteral("rate.base_rate"), tr("Base (%)"), Kind::Percent, {}, 4},
                {QStringLiteral("rate.margin_rule"),
                 tr("Margin rule"),
                 Kind::Choice,
                 {tr("Flat"), tr("By coverage"), tr("By rating")}},
                {QStringLiteral("rate.margin"), tr("Margin (%)"), Kind::Percent, {}, 4}},
               true);
}

gds::Tranche TrancheModel::defaultItem(const gds::Deal &d, int row) const
{
    // A new tranche copies the rate of the one above with a share of 0 % (to overwrite: the shares
    // must then add up to 100 %), named so that the names stay distinct.
    gds::Tranche t;
    const auto &ts = d.debt.tranches;
    t.rate = ts.empty() ? d.debt.rate : ts[std::size_t(std::max(0, std::min(row, int(ts.size())) - 1))].rate;
    t.share = ts.empty() ? 1.0 : 0.0;
    for (int n = int(ts.size()) + 1;; ++n) {
        const std::string name = tr("Tranche %1").arg(n).toStdString();
        if (std::none_of(ts.begin(), ts.end(), [&](const gds::Tranche &x) { return x.name == name; })) {
            t.name = name;
            break;
        }
    }
    return t;
}

QVariant TrancheModel::value(const gds::Deal &d, int row, int column) const
{
    const gds::Tranche &t = d.debt.tranches[std::size_t(row)];
    switch (column) {
    case Name:
        return QString::fromStdString(t.name);
    case Share:
        return t.share * 100.0;
    case RateType:
        return t.rate.type == gds::RateType::Fixed ? 1 : 0;
    case FixedRate:
        return t.rate.fixedRate * 100.0;
    case BaseRate:
        return t.rate.baseRate * 100.0;
    case MarginRule:
        return marginRule(t.rate);
    case Margin:
        return t.rate.margin * 100.0;
    default:
        return {};
    }
}

QString TrancheModel::text(const gds::Deal &d, int row, int column) const
{
    const gds::Rate &r = d.debt.tranches[std::size_t(row)].rate;
    const bool fixed = r.type == gds::RateType::Fixed;
    // Fields the rate does not use stay empty (their values are kept for a switch back).
    if ((column == FixedRate && !fixed) || ((column == BaseRate || column == MarginRule) && fixed) ||
        (column == Margin && (fixed || marginRule(r) != 0)))
        return {};
    if (column == BaseRate && r.useBaseCurve)
        return tr("curve (%1 years)").arg(r.baseRateCurve.size());
    return DealTableModel::text(d, row, column);
}

bool TrancheModel::store(gds::Deal &d, int row, int column, const QVariant &v) const
{
    gds::Tranche &t = d.debt.tranches[std::size_t(row)];
    switch (column) {
    case Name:
        t.name = v.toString().toStdString();
        return true;
    case Share:
        t.share = v.toDouble() / 100.0;
        return true;
    case RateType:
        t.rate.type = v.toInt() == 1 ? gds::RateType::Fixed : gds::RateType::Floating;
        return true;
    case FixedRate:
        t.rate.fixedRate = v.toDouble() / 100.0;
        return true;
    case BaseRate:
        t.rate.baseRate = v.toDouble() / 100.0;
        t.rate.useBaseCurve = false;
        return true;
    case MarginRule:
        setMarginRule(t.rate, v.toInt());
        return true;
    case Margin:
        t.rate.margin = v.toDouble() / 100.0;
        return true;
    default:
        return false;
    }
}

QVariant TrancheModel::total(const gds::Deal &d, int column) const
{
    if (column != Share)
        return {};
    double sum = 0;
    for (const gds::Tranche &t : d.debt.tranches)
        sum += t.share;
    return sum * 100.0;
}

MarginByRatingModel::MarginByRatingModel(DealDocument *doc, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc)
{
    connect(doc, &DealDocument::dealChanged, this, &MarginByRatingModel::onDealChanged);
    m_columns = int(gds::effectiveTranches(doc->deal().debt).size());
}

void MarginByRatingModel::onDealChanged()
{
    const int columns = int(gds::effectiveTranches(m_doc->deal().debt).size());
    if (columns != m_columns) {
        beginResetModel();
        m_columns = columns;
        m_issues.clear();
        endResetModel();
        return;
    }
    if (m_columns > 0)
        emit dataChanged(index(0, 0), index(kRows - 1, m_columns - 1));
    emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
}

int MarginByRatingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kRows;
}

int MarginByRatingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

double &MarginByRatingModel::cell(gds::Rate &r, int row)
{
    if (row < int(gds::kRatingCount))
        return r.marginByRating.byRating[std::size_t(row)];
    return row == int(gds::kRatingCount) ? r.marginByRating.hedged : r.marginByRating.merchant;
}

namespace {
gds::Rate &rateAt(gds::Deal &d, int column)
{
    return d.debt.tranches.empty() ? d.debt.rate : d.debt.tranches[std::size_t(column)].rate;
}
bool usesByRating(const gds::Rate &r)
{
    return r.type == gds::RateType::Floating && r.useMarginByRating;
}
QString rowKey(int row)
{
    if (row < int(gds::kRatingCount)) {
        const auto s = gds::toString(gds::allRatings()[std::size_t(row)]);
        return QString::fromLatin1(s.data(), qsizetype(s.size()));
    }
    return row == int(gds::kRatingCount) ? QStringLiteral("hedged") : QStringLiteral("merchant");
}
} // namespace

QString MarginByRatingModel::ratePath(int column) const
{
    return m_doc->deal().debt.tranches.empty() ? QStringLiteral("debt.rate")
                                               : QStringLiteral("debt.tranches[%1].rate").arg(column);
}

QVariant MarginByRatingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    gds::Deal d = m_doc->deal();
    if (index.column() >= int(gds::effectiveTranches(d.debt).size()))
        return {};
    gds::Rate &r = rateAt(d, index.column());
    const bool used = usesByRating(r);
    const auto issues = m_issues.find({index.row(), index.column()});
    switch (role) {
    case Qt::DisplayRole:
        return used ? QVariant(m_locale.toString(cell(r, index.row()) * 100.0, 'f', 2) + QStringLiteral(" %"))
                    : QVariant(QStringLiteral("–"));
    case Qt::EditRole:
        return cell(r, index.row()) * 100.0;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case DealTableModel::KindRole: // edited by the section tables' delegate
        return int(DealTableModel::Kind::Percent);
    case Qt::BackgroundRole:
        if (issues != m_issues.end())
            return QBrush(QColor(255, 205, 205));
        return used ? QVariant() : QVariant(QBrush(QColor(246, 246, 246)));
    case Qt::ToolTipRole:
        if (issues != m_issues.end())
            return issues->second.join(QLatin1Char('\n'));
        return used ? QVariant() : QVariant(tr("This rate does not use a margin by rating"));
    default:
        return {};
    }
}

QVariant MarginByRatingModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (o == Qt::Vertical) {
        if (section < int(gds::kRatingCount))
            return rowKey(section);
        return section == int(gds::kRatingCount) ? tr("Hedged") : tr("Merchant");
    }
    const auto ts = gds::effectiveTranches(m_doc->deal().debt);
    if (section < 0 || section >= int(ts.size()))
        return {};
    return m_doc->deal().debt.tranches.empty() ? tr("Margin (%)")
                                               : QString::fromStdString(ts[std::size_t(section)].name);
}

Qt::ItemFlags MarginByRatingModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    gds::Deal d = m_doc->deal();
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() < int(gds::effectiveTranches(d.debt).size()) &&
        usesByRating(rateAt(d, index.column())))
        f |= Qt::ItemIsEditable;
    return f;
}

bool MarginByRatingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    // A typed text in the locale's format (the delegate), or a number.
    std::optional<double> parsed;
    if (value.typeId() == QMetaType::QString)
        parsed = parseNumber(value.toString(), m_locale);
    else if (bool ok = false; (void)value.toDouble(&ok), ok)
        parsed = value.toDouble();
    if (!parsed)
        return false;
    const double v = *parsed;
    gds::Deal d = m_doc->deal();
    cell(rateAt(d, index.column()), index.row()) = v / 100.0;
    m_doc->setDeal(d, tr("Edit margin for %1").arg(rowKey(index.row())));
    return true;
}

void MarginByRatingModel::setIssues(const gds::Issues &issues)
{
    std::map<std::pair<int, int>, QStringList> cells;
    for (const gds::Issue &issue : issues) {
        const QString path = QString::fromStdString(issue.path);
        for (int c = 0; c < m_columns; ++c) {
            const QString prefix = ratePath(c) + QStringLiteral(".margin_by_rating.");
            if (!path.startsWith(prefix))
                continue;
            const QString key = path.mid(prefix.size());
            for (int row = 0; row < kRows; ++row)
                if (rowKey(row) == key)
                    cells[{row, c}] << issueMessageText(issue, true, m_doc->deal(), m_locale);
        }
    }
    m_issues = std::move(cells);
    if (m_columns > 0)
        emit dataChanged(index(0, 0), index(kRows - 1, m_columns - 1), {Qt::BackgroundRole, Qt::ToolTipRole});
}

} // namespace gds::ui
