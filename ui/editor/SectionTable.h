// A spreadsheet-like editor of one DealTableModel: the table, buttons to add, duplicate, delete and
// reorder rows, copy and paste of tab-separated cells (to and from a spreadsheet), a line for issues
// on the table itself. Keyboard (the row shortcuts live in the main window's Edit menu): Ctrl+Ins add,
// Ctrl+D duplicate, Ctrl+Del delete, Alt+Up/Down move;
// Ctrl+C copy, Ctrl+V paste; F2 or typing edits a cell.
#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

class QLabel;
class QTableView;
class QAction;
class QToolButton;

namespace gds::ui {

class DealTableModel;

// Editors for the section tables: a combo box for a choice, a line edit (locale-aware) otherwise.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

signals:
    void inputRejected(const QString &message) const;
};

class SectionTable : public QWidget
{
    Q_OBJECT
public:
    SectionTable(DealTableModel *model, const QString &objectName, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    DealTableModel *model() const { return m_model; }
    QList<QAction *> rowActions() const;
    // Symbols instead of words on the row buttons (small tables beside a form).
    void setCompact(bool compact);
    // The columns give up their titles' extra room and the name column elides before the table
    // scrolls sideways (a table in a narrow form).
    void setFitWidth(bool fit);

public slots:
    void addRow();
    void duplicateRow();
    void deleteRows();
    void moveUp();
    void moveDown();
    void copy();
    void paste();
    void refreshIssues();
    void fitColumns();

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int currentItemRow() const;
    void selectRow(int row);
    QAction *makeAction(const QString &text, const QKeySequence &key, const QString &name,
                        void (SectionTable::*slot)());

    DealTableModel *m_model;
    QTableView *m_view;
    bool m_fitWidth = false;
    QLabel *m_issues;
    QList<QAction *> m_actions;
    QList<QToolButton *> m_buttons;
};

} // namespace gds::ui
