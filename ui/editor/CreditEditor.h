// The credit block of the deal editor (deal-format.md `credit`, engine.md 8): whether offtaker
// defaults are modelled in the Monte Carlo, the annual default probability by rating (each field
// names the format's default), the correlation of the one-factor Gaussian copula, the remarketing
// months and the recovery. Turning it off removes the block; editing a field turns it on.
#pragma once

#include "model/Issue.h"

#include <QGroupBox>

class QFormLayout;

namespace gds::ui {

class DealDocument;
class FormBinder;

class CreditEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit CreditEditor(DealDocument *doc, QWidget *parent = nullptr);
    void setIssues(const gds::Issues &issues);
    FormBinder *binder() const { return m_binder; }

private:
    void updateEnabled();

    DealDocument *m_doc;
    FormBinder *m_binder;
    QFormLayout *m_form;
};

} // namespace gds::ui
