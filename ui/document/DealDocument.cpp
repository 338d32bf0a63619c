#include "DealDocument.h"

#include <QUndoCommand>

namespace gds::ui {

namespace {

// One generic command: the deal before and after the edit.
class DealEditCommand : public QUndoCommand
{
public:
    DealEditCommand(DealDocument *doc, gds::Deal before, gds::Deal after, const QString &text, QString key,
                    int serial)
        : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)),
          m_key(std::move(key)), m_serial(serial)
    {
    }

    void undo() override
    {
        m_doc->endMerge(); // typing after an undo starts a new step
        m_doc->applyDeal(m_before);
    }
    void redo() override { m_doc->applyDeal(m_after); }
    int id() const override { return m_key.isEmpty() ? -1 : 1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const DealEditCommand *>(other);
        if (o->m_key != m_key || o->m_serial != m_serial)
            return false;
        m_after = o->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    DealDocument *m_doc;
    gds::Deal m_before, m_after;
    QString m_key;
    int m_serial;
};

} // namespace

DealDocument::DealDocument(QObject *parent) : QObject(parent), m_undo(this) {}

void DealDocument::setDeal(const gds::Deal &deal, const QString &description, const QString &mergeKey)
{
    if (deal == m_deal)
        return;
    if (mergeKey.isEmpty())
        ++m_mergeSerial;
    m_undo.push(new DealEditCommand(this, m_deal, deal, description, mergeKey, m_mergeSerial));
}

void DealDocument::endMerge()
{
    ++m_mergeSerial;
}

void DealDocument::reset(const gds::Deal &deal)
{
    m_undo.clear();
    ++m_mergeSerial;
    m_deal = deal;
    m_undo.setClean();
    emit dealChanged();
}

void DealDocument::applyDeal(const gds::Deal &deal)
{
    m_deal = deal;
    emit dealChanged();
}

} // namespace gds::ui
