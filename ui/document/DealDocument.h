// The document model of the workbench: the current deal value and its undo stack. Every edit of the
// deal goes through setDeal(), which pushes one generic before/after command; widgets never touch the
// undo stack (style.md 5).
#pragma once

#include "model/Deal.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace gds::ui {

class DealDocument : public QObject
{
    Q_OBJECT
public:
    explicit DealDocument(QObject *parent = nullptr);

    const gds::Deal &deal() const { return m_deal; }
    QUndoStack *undoStack() { return &m_undo; }

    // Records an edit: a command from the current deal to `deal`, labelled `description`. Consecutive
    // edits with the same non-empty mergeKey (keystrokes in one field) merge into one undo step until
    // endMerge() (the field lost focus) or an edit with another key. Nothing happens when the deal is
    // unchanged.
    void setDeal(const gds::Deal &deal, const QString &description, const QString &mergeKey = {});
    void endMerge();

    // Replaces the deal without an undo step (a new or opened deal, a restored version): clears the
    // undo history and marks the document clean.
    void reset(const gds::Deal &deal);

    bool isModified() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }

    // Called by the undo command only.
    void applyDeal(const gds::Deal &deal);

signals:
    void dealChanged();

private:
    gds::Deal m_deal;
    QUndoStack m_undo;
    int m_mergeSerial = 0;
};

} // namespace gds::ui
