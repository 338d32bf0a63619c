// The "Financing" section: debt sizing (target DSCR and LTV, or a fixed amount), tenor and profile,
// the rate (fixed, or floating: flat base or a curve, plus a flat margin or a margin grid), day count,
// fees, DSRA, covenants; and the equity and tax assumptions.
#pragma once

#include "Format.h"
#include "model/Issue.h"

#include <QWidget>

class QFormLayout;

namespace gds::ui {

class CreditEditor;
class DealDocument;
class FormBinder;
class SectionTable;

class FinancingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FinancingEditor(DealDocument *doc, QWidget *parent = nullptr);
    void setIssues(const gds::Issues &issues);
    void setCurrencyDisplay(CurrencyDisplay display);
    FormBinder *binder() const { return m_binder; }
    SectionTable *marginGrid() const { return m_grid; }
    SectionTable *baseCurve() const { return m_curve; }
    CreditEditor *creditEditor() const { return m_credit; }

signals:
    void statusMessage(const QString &message);

private:
    void updateVisibility();

    DealDocument *m_doc;
    FormBinder *m_binder;
    QFormLayout *m_sizing = nullptr, *m_rate = nullptr;
    SectionTable *m_grid = nullptr, *m_curve = nullptr;
    CreditEditor *m_credit = nullptr;
};

} // namespace gds::ui
