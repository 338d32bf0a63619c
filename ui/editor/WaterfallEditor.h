// (v2) The cash waterfall block of the Financing section (deal-format.md debt.waterfall, engine.md
// 5.1): on or off, test months, lookback, lock-up on or off, release after N passing tests, the
// trapped-cash sweep and the excess-cash sweep; and the maintenance LTV covenant (5.1 step 3a).
// Turning the waterfall (or the LTV test) off and on again keeps what was typed.
#pragma once

#include "model/Deal.h"
#include "model/Issue.h"

#include <optional>
#include <QGroupBox>

class QFormLayout;

namespace gds::ui {

class DealDocument;
class FormBinder;

class WaterfallEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit WaterfallEditor(DealDocument *doc, QWidget *parent = nullptr);
    void setIssues(const gds::Issues &issues);
    FormBinder *binder() const { return m_binder; }

private:
    gds::Waterfall &waterfall(gds::Deal &d) const;
    double &maxLtv(gds::Deal &d) const;
    void remember();
    void updateEnabled();

    DealDocument *m_doc;
    FormBinder *m_binder;
    QFormLayout *m_form;
    // The last values the deal had, for a switch back on.
    gds::Waterfall m_kept;
    double m_keptLtv = 0.85;
};

} // namespace gds::ui
