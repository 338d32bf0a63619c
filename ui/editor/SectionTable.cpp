#include "SectionTable.h"

#include "DealTableModel.h"
#include "Format.h"

#include <numeric>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <vector>

namespace gds::ui {

using Kind = DealTableModel::Kind;

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                    const QModelIndex &index) const
{
    if (Kind(index.data(DealTableModel::KindRole).toInt()) == Kind::Choice) {
        auto *combo = new QComboBox(parent);
        combo->addItems(index.data(DealTableModel::ChoicesRole).toStringList());
        return combo;
    }
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    return edit;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant v = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(v.toInt());
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(editor);
    const Kind kind = Kind(index.data(DealTableModel::KindRole).toInt());
    if (kind == Kind::Number || kind == Kind::Percent)
        edit->setText(plainNumber(v.toDouble(), editor->locale()));
    else if (kind == Kind::Integer || kind == Kind::Period)
        edit->setText(QString::number(v.toInt()));
    else
        edit->setText(v.toString());
    edit->selectAll();
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentIndex());
        return;
    }
    const QString text = qobject_cast<QLineEdit *>(editor)->text();
    if (!model->setData(index, text)) {
        const QString column = model->headerData(index.column(), Qt::Horizontal).toString();
        emit inputRejected(tr("%1, row %2: \"%3\" is not a valid entry; the value was not changed")
                               .arg(column)
                               .arg(index.row() + 1)
                               .arg(text));
    }
}

SectionTable::SectionTable(DealTableModel *model, const QString &objectName, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(new QTableView(this)), m_issues(new QLabel(this))
{
    setObjectName(objectName + QStringLiteral("Section"));
    m_view->setObjectName(objectName);
    m_view->setModel(model);
    auto *delegate = new CellDelegate(m_view);
    m_view->setItemDelegate(delegate);
    connect(delegate, &CellDelegate::inputRejected, this, &SectionTable::statusMessage);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    makeAction(tr("&Add row"), {}, QStringLiteral("add"), &SectionTable::addRow);
    makeAction(tr("D&uplicate row"), {}, QStringLiteral("duplicate"), &SectionTable::duplicateRow);
    makeAction(tr("&Delete rows"), {}, QStringLiteral("delete"), &SectionTable::deleteRows);
    makeAction(tr("Move &up"), {}, QStringLiteral("up"), &SectionTable::moveUp);
    makeAction(tr("Move do&wn"), {}, QStringLiteral("down"), &SectionTable::moveDown);
    for (QAction *a : std::as_const(m_actions)) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setObjectName(objectName + QLatin1Char('_') + a->objectName());
        buttons->addWidget(b);
        m_buttons << b;
    }
    auto *copyAction =
        makeAction(tr("&Copy cells"), QKeySequence::Copy, QStringLiteral("copy"), &SectionTable::copy);
    auto *pasteAction =
        makeAction(tr("&Paste rows"), QKeySequence::Paste, QStringLiteral("paste"), &SectionTable::paste);
    Q_UNUSED(copyAction);
    Q_UNUSED(pasteAction);
    buttons->addStretch();
    m_issues->setObjectName(objectName + QStringLiteral("Issues"));
    m_issues->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_issues->setWordWrap(true);
    m_issues->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_issues);

    connect(model, &QAbstractItemModel::modelReset, this, &SectionTable::fitColumns);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &SectionTable::fitColumns);
    connect(model, &QAbstractItemModel::rowsInserted, this, &SectionTable::fitColumns);
    fitColumns();
}

// Every column as wide as its title and its widest cell (a drop-down also shows its arrow), long
// text columns capped; the titles are never cut ("Escalation (%/yr)", "Spend (period: share)"). A
// table set to fit its width (setFitWidth) whose columns are wider than itself first drops the titles'
// extra room, then its widest text column (a name) gives up the rest, down to its title's width: its
// cells elide rather than the table scrolling sideways.
void SectionTable::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int arrow = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 16;
    const int columns = m_model->columnCount();
    std::vector<int> roomy(std::size_t(columns), 0), tight(std::size_t(columns), 0);
    int text = -1;
    for (int c = 0; c < columns; ++c) {
        m_view->resizeColumnToContents(c); // the widest cell and the header's own size hint
        const auto i = std::size_t(c);
        tight[i] = m_view->columnWidth(c);
        // The title in the header's font, with room for the sort indicator and margins.
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        roomy[i] = std::max(tight[i], header->fontMetrics().horizontalAdvance(title) + 24);
        if (m_model->columns()[c].kind == DealTableModel::Kind::Choice) {
            int widest = 0;
            for (const QString &choice : m_model->columns()[c].choices)
                widest = std::max(widest, m_view->fontMetrics().horizontalAdvance(choice));
            roomy[i] = std::max(roomy[i], widest + arrow);
            tight[i] = std::max(tight[i], widest + arrow);
        }
        roomy[i] = std::min(roomy[i], 360);
        tight[i] = std::min(tight[i], 360);
        if (m_model->columns()[c].kind == DealTableModel::Kind::Text &&
            (text < 0 || tight[i] > tight[std::size_t(text)]))
            text = c;
    }
    const int room = m_view->viewport()->width();
    const auto sum = [](const std::vector<int> &v) { return std::accumulate(v.begin(), v.end(), 0); };
    std::vector<int> widths = roomy;
    if (m_fitWidth && m_view->isVisible() && room > 0 && sum(roomy) > room) {
        widths = tight;
        if (text >= 0 && sum(widths) > room) {
            const auto t = std::size_t(text);
            widths[t] = std::max(header->sectionSizeHint(text), widths[t] - (sum(widths) - room));
        }
    }
    for (int c = 0; c < columns; ++c)
        m_view->setColumnWidth(c, widths[std::size_t(c)]);
}

void SectionTable::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitWidth)
        fitColumns();
}

void SectionTable::setFitWidth(bool fit)
{
    m_fitWidth = fit;
    fitColumns();
}

void SectionTable::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitColumns(); // the style and fonts are final once shown
}

QAction *SectionTable::makeAction(const QString &text, const QKeySequence &key, const QString &name,
                                  void (SectionTable::*slot)())
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(a, &QAction::triggered, this, slot);
    m_view->addAction(a);
    m_actions << a;
    return a;
}

QList<QAction *> SectionTable::rowActions() const
{
    return m_actions;
}

void SectionTable::setCompact(bool compact)
{
    const QStringList symbols = {QStringLiteral("+"), QStringLiteral("×2"), QStringLiteral("−"),
                                 QStringLiteral("↑"), QStringLiteral("↓")};
    for (int i = 0; i < m_buttons.size() && i < symbols.size(); ++i) {
        QAction *a = m_buttons[i]->defaultAction();
        m_buttons[i]->setDefaultAction(a);
        if (compact) {
            a->setIconText(symbols[i]);
            a->setToolTip(QString(a->text()).remove(QLatin1Char('&')));
        }
    }
}

int SectionTable::currentItemRow() const
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid() || m_model->isTotalsRow(i.row()))
        return -1;
    return i.row();
}

void SectionTable::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int col = std::max(0, m_view->currentIndex().column());
    m_view->setCurrentIndex(m_model->index(row, col));
}

void SectionTable::addRow()
{
    const int row = currentItemRow() < 0 ? m_model->itemCount() : currentItemRow() + 1;
    if (m_model->addItem(row))
        selectRow(row);
}

void SectionTable::duplicateRow()
{
    const int row = currentItemRow();
    if (row >= 0 && m_model->duplicateItem(row))
        selectRow(row + 1);
}

void SectionTable::deleteRows()
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes())
        if (!m_model->isTotalsRow(i.row()))
            rows << i.row();
    if (rows.isEmpty() && currentItemRow() >= 0)
        rows << currentItemRow();
    if (rows.isEmpty())
        return;
    const int first = *std::min_element(rows.begin(), rows.end());
    if (m_model->removeItems(rows))
        selectRow(std::min(first, m_model->itemCount() - 1));
}

void SectionTable::moveUp()
{
    const int row = currentItemRow();
    if (m_model->moveItem(row, -1))
        selectRow(row - 1);
}

void SectionTable::moveDown()
{
    const int row = currentItemRow();
    if (m_model->moveItem(row, +1))
        selectRow(row + 1);
}

void SectionTable::copy()
{
    QModelIndexList sel = m_view->selectionModel()->selectedIndexes();
    if (sel.isEmpty() && m_view->currentIndex().isValid())
        sel << m_view->currentIndex();
    if (sel.isEmpty())
        return;
    int r0 = INT_MAX, r1 = -1, c0 = INT_MAX, c1 = -1;
    for (const QModelIndex &i : sel) {
        r0 = std::min(r0, i.row()), r1 = std::max(r1, i.row());
        c0 = std::min(c0, i.column()), c1 = std::max(c1, i.column());
    }
    QStringList lines;
    for (int r = r0; r <= r1; ++r) {
        QStringList cells;
        for (int c = c0; c <= c1; ++c) {
            const QModelIndex i = m_model->index(r, c);
            const Kind kind = Kind(i.data(DealTableModel::KindRole).toInt());
            const QVariant edit = i.data(Qt::EditRole);
            if (m_model->isTotalsRow(r) || !edit.isValid() || kind == Kind::Text || kind == Kind::Choice)
                cells << i.data(Qt::DisplayRole).toString();
            else if (kind == Kind::Integer || kind == Kind::Period)
                cells << QString::number(edit.toInt());
            else
                cells << plainNumber(edit.toDouble(), m_model->locale());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    emit statusMessage(tr("Copied %n row(s)", nullptr, int(lines.size())));
}

void SectionTable::paste()
{
    const QString text = QApplication::clipboard()->text();
    const QModelIndex cur = m_view->currentIndex();
    const int row = cur.isValid() ? std::min(cur.row(), m_model->itemCount()) : m_model->itemCount();
    const int col = cur.isValid() ? cur.column() : 0;
    const QStringList errors = m_model->pasteTable(row, col, text);
    if (errors.isEmpty())
        emit statusMessage(tr("Pasted"));
    else
        emit statusMessage(tr("Pasted; not read: %1").arg(errors.join(QStringLiteral("; "))));
}

void SectionTable::refreshIssues()
{
    const QStringList issues = m_model->tableIssues();
    m_issues->setText(issues.join(QLatin1Char('\n')));
    m_issues->setVisible(!issues.isEmpty());
}

} // namespace gds::ui
