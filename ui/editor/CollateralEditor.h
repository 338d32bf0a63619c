// (v2) The collateral block of the Financing section (deal-format.md `collateral`, engine.md 5.2): on
// or off, the assumed value curve (annual decline, floor as a share of cost), the capex categories
// pledged, and whether the value follows the spot index. Turning it off and on keeps what was typed.
#pragma once

#include "model/Deal.h"
#include "model/Issue.h"

#include <QGroupBox>
#include <vector>

class QCheckBox;
class QFormLayout;

namespace gds::ui {

class DealDocument;
class FormBinder;

class CollateralEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit CollateralEditor(DealDocument *doc, QWidget *parent = nullptr);
    void setIssues(const gds::Issues &issues);
    FormBinder *binder() const { return m_binder; }
    QCheckBox *categoryBox(gds::CapexCategory c) const;

private:
    gds::Collateral &collateral(gds::Deal &d) const;
    void remember();
    void refresh();

    DealDocument *m_doc;
    FormBinder *m_binder;
    QFormLayout *m_form;
    QWidget *m_categories = nullptr;
    std::vector<QCheckBox *> m_boxes; // one per capex category, in declaration order
    gds::Collateral m_kept;
};

} // namespace gds::ui
