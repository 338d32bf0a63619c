#include "WaterfallEditor.h"

#include "DealDocument.h"
#include "FormBinder.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace gds::ui {

namespace {
// Greys a field of a block that is off; the style sheet changes only when the state does (each
// change re-polishes the widget).
void setGreyed(QWidget *w, bool greyed)
{
    const QString sheet = greyed ? QStringLiteral("color: palette(mid);") : QString();
    if (w->styleSheet() != sheet)
        w->setStyleSheet(sheet);
}
} // namespace

using Scale = FormBinder::Scale;

gds::Waterfall &WaterfallEditor::waterfall(gds::Deal &d) const
{
    if (!d.debt.waterfall)
        d.debt.waterfall = m_kept;
    return *d.debt.waterfall;
}

double &WaterfallEditor::maxLtv(gds::Deal &d) const
{
    if (!d.debt.covenants.maxLtv)
        d.debt.covenants.maxLtv = m_keptLtv;
    return *d.debt.covenants.maxLtv;
}

WaterfallEditor::WaterfallEditor(DealDocument *doc, QWidget *parent)
    : QGroupBox(tr("Cash waterfall and maintenance LTV"), parent), m_doc(doc),
      m_binder(new FormBinder(doc, this))
{
    setObjectName(QStringLiteral("waterfallEditor"));
    FormBinder &b = *m_binder;
    m_form = new QFormLayout(this);
    m_form->addRow(tr("Cash waterfall"),
                   b.addChoice(
                       QStringLiteral("debt.waterfall"), tr("Cash waterfall"),
                       {tr("Off (cash flows to equity)"), tr("On (controlled account, tests, sweeps)")},
                       [](const gds::Deal &d) { return d.debt.waterfall ? 1 : 0; },
                       [this](gds::Deal &d, int i) {
                           if (i == 1)
                               waterfall(d);
                           else
                               d.debt.waterfall.reset();
                       }));
    m_form->addRow(tr("Test every"),
                   b.addInt(
                       QStringLiteral("debt.waterfall.test_months"), tr("Test every"),
                       [this](gds::Deal &d) -> int & { return waterfall(d).testMonths; }, tr("months")));
    m_form->addRow(tr("Lookback"),
                   b.addInt(
                       QStringLiteral("debt.waterfall.lookback_months"), tr("Lookback"),
                       [this](gds::Deal &d) -> int & { return waterfall(d).lookbackMonths; }, tr("months")));
    m_form->addRow(tr("Lock-up"), b.addChoice(
                                      QStringLiteral("debt.waterfall.lockup"), tr("Lock-up"),
                                      {tr("Off (test only)"), tr("On (cash trapped below the lock-up DSCR)")},
                                      [this](const gds::Deal &d) {
                                          gds::Deal copy = d;
                                          return waterfall(copy).lockup ? 1 : 0;
                                      },
                                      [this](gds::Deal &d, int i) { waterfall(d).lockup = i == 1; }));
    m_form->addRow(tr("Release after"),
                   b.addInt(
                       QStringLiteral("debt.waterfall.release_after"), tr("Release after"),
                       [this](gds::Deal &d) -> int & { return waterfall(d).releaseAfter; },
                       tr("passing tests")));
    QSpinBox *sweep = b.addInt(
        QStringLiteral("debt.waterfall.sweep_trapped_after"), tr("Sweep trapped cash after"),
        [this](gds::Deal &d) -> int & { return waterfall(d).sweepTrappedAfter; }, tr("failing tests"));
    sweep->setSpecialValueText(tr("never"));
    sweep->setToolTip(tr("0: trapped cash is never swept"));
    m_form->addRow(tr("Sweep trapped cash after"), sweep);
    m_form->addRow(tr("Cash sweep"), b.addDouble(
                                         QStringLiteral("debt.waterfall.cash_sweep"), tr("Cash sweep"),
                                         [this](gds::Deal &d) -> double & { return waterfall(d).cashSweep; },
                                         Scale::Percent, tr("% of excess cash")));
    m_form->addRow(tr("Maintenance LTV"),
                   b.addChoice(
                       QStringLiteral("debt.covenants.max_ltv_kind"), tr("Maintenance LTV test"),
                       {tr("None"), tr("Tested on the test dates (cure by prepayment)")},
                       [](const gds::Deal &d) { return d.debt.covenants.maxLtv ? 1 : 0; },
                       [this](gds::Deal &d, int i) {
                           if (i == 1)
                               maxLtv(d);
                           else
                               d.debt.covenants.maxLtv.reset();
                       }));
    m_form->addRow(tr("Max LTV"), b.addDouble(
                                      QStringLiteral("debt.covenants.max_ltv"), tr("Maintenance LTV"),
                                      [this](gds::Deal &d) -> double & { return maxLtv(d); }, Scale::Percent,
                                      tr("% of collateral value")));
    connect(m_binder, &FormBinder::refreshed, this, &WaterfallEditor::updateEnabled);
    connect(doc, &DealDocument::dealChanged, this, &WaterfallEditor::remember);
    remember();
    m_binder->refresh();
}

void WaterfallEditor::remember()
{
    const gds::Deal &d = m_doc->deal();
    if (d.debt.waterfall)
        m_kept = *d.debt.waterfall;
    if (d.debt.covenants.maxLtv)
        m_keptLtv = *d.debt.covenants.maxLtv;
}

void WaterfallEditor::updateEnabled()
{
    // The fields stay editable (an edit turns the block on) but are greyed while it is off.
    const gds::Deal &d = m_doc->deal();
    for (int row = 1; row < m_form->rowCount(); ++row) {
        QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole);
        if (!item || !item->widget() || item->widget()->property("gdsInvalid").toBool())
            continue;
        const bool ltvRow = item->widget() == m_binder->widgetFor(QStringLiteral("debt.covenants.max_ltv"));
        const bool ltvKind =
            item->widget() == m_binder->widgetFor(QStringLiteral("debt.covenants.max_ltv_kind"));
        const bool on =
            ltvKind || (ltvRow ? d.debt.covenants.maxLtv.has_value() : d.debt.waterfall.has_value());
        setGreyed(item->widget(), !on);
    }
}

void WaterfallEditor::setIssues(const gds::Issues &issues)
{
    m_binder->setIssues(issues);
    updateEnabled();
}

} // namespace gds::ui
