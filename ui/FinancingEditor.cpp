#include "FinancingEditor.h"

#include "CreditEditor.h"
#include "DealDocument.h"
#include "Format.h"
#include "FormBinder.h"
#include "model/Enums.h"
#include "RateModels.h"
#include "SectionTable.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace gds::ui {

using Scale = FormBinder::Scale;

FinancingEditor::FinancingEditor(DealDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_binder(new FormBinder(doc, this))
{
    setObjectName(QStringLiteral("financingEditor"));
    FormBinder &b = *m_binder;
    const QString pct = QStringLiteral("%");

    // Sizing, tenor, profile
    auto *sizing = new QGroupBox(tr("Debt sizing and repayment"), this);
    m_sizing = new QFormLayout(sizing);
    m_sizing->addRow(tr("Facility"), b.addText(QStringLiteral("debt.name"), tr("Facility"),
                                               [](gds::Deal &d) -> std::string & { return d.debt.name; }));
    m_sizing->addRow(
        tr("Sizing"),
        b.addChoice(
            QStringLiteral("debt.sizing.mode"), tr("Sizing"),
            {tr("Target DSCR, capped by LTV"), tr("Fixed amount")},
            [](const gds::Deal &d) { return d.debt.sizing.mode == gds::Sizing::Mode::Amount ? 1 : 0; },
            [](gds::Deal &d, int i) {
                d.debt.sizing.mode = i == 1 ? gds::Sizing::Mode::Amount : gds::Sizing::Mode::DscrLtv;
            }));
    m_sizing->addRow(tr("Target DSCR"), b.addDouble(
                                            QStringLiteral("debt.sizing.target_dscr"), tr("Target DSCR"),
                                            [](gds::Deal &d) -> double & { return d.debt.sizing.targetDscr; },
                                            Scale::Plain, QStringLiteral("x"), 3));
    m_sizing->addRow(tr("Max LTV"),
                     b.addDouble(
                         QStringLiteral("debt.sizing.max_ltv"), tr("Max LTV"),
                         [](gds::Deal &d) -> double & { return d.debt.sizing.maxLtv; }, Scale::Percent, pct));
    m_sizing->addRow(tr("Amount"), b.addMoney(
                                       QStringLiteral("debt.sizing.amount"), tr("Amount"),
                                       [](gds::Deal &d) -> double & { return d.debt.sizing.amount; },
                                       QStringLiteral("%1"), 0));
    m_sizing->addRow(tr("Tenor"),
                     b.addInt(
                         QStringLiteral("debt.tenor_months"), tr("Tenor"),
                         [](gds::Deal &d) -> int & { return d.debt.tenorMonths; }, tr("months")));
    m_sizing->addRow(tr("Profile"),
                     b.addEnum<gds::Profile>(QStringLiteral("debt.profile"), tr("Profile"),
                                             gds::allProfiles(), &profileLabel,
                                             [](gds::Deal &d) -> gds::Profile & { return d.debt.profile; }));

    // Rate
    auto *rate = new QGroupBox(tr("Interest rate"), this);
    m_rate = new QFormLayout(rate);
    m_rate->addRow(tr("Rate"),
                   b.addChoice(
                       QStringLiteral("debt.rate.type"), tr("Rate type"), {tr("Floating"), tr("Fixed")},
                       [](const gds::Deal &d) { return d.debt.rate.type == gds::RateType::Fixed ? 1 : 0; },
                       [](gds::Deal &d, int i) {
                           d.debt.rate.type = i == 1 ? gds::RateType::Fixed : gds::RateType::Floating;
                       }));
    m_rate->addRow(tr("Fixed rate"), b.addDouble(
                                         QStringLiteral("debt.rate.fixed_rate"), tr("Fixed rate"),
                                         [](gds::Deal &d) -> double & { return d.debt.rate.fixedRate; },
                                         Scale::Percent, pct, 4));
    m_rate->addRow(tr("Base"), b.addChoice(
                                   QStringLiteral("debt.rate.base_kind"), tr("Base rate kind"),
                                   {tr("Flat base rate"), tr("Base-rate curve (one rate a year)")},
                                   [](const gds::Deal &d) { return d.debt.rate.useBaseCurve ? 1 : 0; },
                                   [](gds::Deal &d, int i) {
                                       d.debt.rate.useBaseCurve = i == 1;
                                       if (i == 1 && d.debt.rate.baseRateCurve.empty())
                                           d.debt.rate.baseRateCurve = {d.debt.rate.baseRate};
                                   }));
    m_rate->addRow(tr("Base rate"), b.addDouble(
                                        QStringLiteral("debt.rate.base_rate"), tr("Base rate"),
                                        [](gds::Deal &d) -> double & { return d.debt.rate.baseRate; },
                                        Scale::Percent, pct, 4));
    m_curve = new SectionTable(new BaseCurveModel(doc, this), QStringLiteral("baseCurveTable"), this);
    m_curve->setMinimumHeight(140);
    m_curve->setCompact(true);
    m_rate->addRow(tr("Base curve"), m_curve);
    m_rate->addRow(tr("Margin"), b.addChoice(
                                     QStringLiteral("debt.rate.margin_kind"), tr("Margin kind"),
                                     {tr("Flat margin"), tr("Margin grid by coverage")},
                                     [](const gds::Deal &d) { return d.debt.rate.useMarginGrid ? 1 : 0; },
                                     [](gds::Deal &d, int i) {
                                         d.debt.rate.useMarginGrid = i == 1;
                                         if (i == 1 && d.debt.rate.marginGrid.empty())
                                             d.debt.rate.marginGrid = {{0.0, d.debt.rate.margin}};
                                     }));
    m_rate->addRow(tr("Margin"),
                   b.addDouble(
                       QStringLiteral("debt.rate.margin"), tr("Margin"),
                       [](gds::Deal &d) -> double & { return d.debt.rate.margin; }, Scale::Percent, pct, 4));
    m_grid = new SectionTable(new MarginGridModel(doc, this), QStringLiteral("marginGridTable"), this);
    m_grid->setMinimumHeight(160);
    m_grid->setCompact(true);
    m_rate->addRow(tr("Margin grid"), m_grid);
    m_rate->addRow(tr("Day count"),
                   b.addEnum<gds::DayCount>(QStringLiteral("debt.day_count"), tr("Day count"),
                                            gds::allDayCounts(), &dayCountLabel,
                                            [](gds::Deal &d) -> gds::DayCount & { return d.debt.dayCount; }));
    connect(m_grid, &SectionTable::statusMessage, this, &FinancingEditor::statusMessage);
    connect(m_curve, &SectionTable::statusMessage, this, &FinancingEditor::statusMessage);

    // Fees, reserve, covenants
    auto *fees = new QGroupBox(tr("Fees, reserve and covenants"), this);
    auto *f3 = new QFormLayout(fees);
    f3->addRow(tr("Upfront fee"), b.addDouble(
                                      QStringLiteral("debt.upfront_fee"), tr("Upfront fee"),
                                      [](gds::Deal &d) -> double & { return d.debt.upfrontFee; },
                                      Scale::Percent, tr("% of debt"), 3));
    f3->addRow(tr("Commitment fee"), b.addDouble(
                                         QStringLiteral("debt.commitment_fee"), tr("Commitment fee"),
                                         [](gds::Deal &d) -> double & { return d.debt.commitmentFee; },
                                         Scale::Percent, tr("% p.a. on undrawn"), 3));
    f3->addRow(tr("DSRA"), b.addInt(
                               QStringLiteral("debt.dsra_months"), tr("DSRA"),
                               [](gds::Deal &d) -> int & { return d.debt.dsraMonths; }, tr("months of DS")));
    f3->addRow(tr("Lock-up DSCR"), b.addDouble(
                                       QStringLiteral("debt.covenants.lockup_dscr"), tr("Lock-up DSCR"),
                                       [](gds::Deal &d) -> double & { return d.debt.covenants.lockupDscr; },
                                       Scale::Plain, QStringLiteral("x"), 3));
    f3->addRow(tr("Default DSCR"), b.addDouble(
                                       QStringLiteral("debt.covenants.default_dscr"), tr("Default DSCR"),
                                       [](gds::Deal &d) -> double & { return d.debt.covenants.defaultDscr; },
                                       Scale::Plain, QStringLiteral("x"), 3));

    auto *equity = new QGroupBox(tr("Equity and tax"), this);
    auto *f4 = new QFormLayout(equity);
    f4->addRow(tr("Cost of equity"),
               b.addDouble(
                   QStringLiteral("equity.cost_of_equity"), tr("Cost of equity"),
                   [](gds::Deal &d) -> double & { return d.costOfEquity; }, Scale::Percent, pct));
    f4->addRow(tr("Tax rate"), b.addDouble(
                                   QStringLiteral("tax.rate"), tr("Tax rate"),
                                   [](gds::Deal &d) -> double & { return d.taxRate; }, Scale::Percent, pct));

    auto *content = new QWidget;
    auto *row = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    left->addWidget(sizing);
    left->addWidget(fees);
    left->addWidget(equity);
    left->addStretch();
    row->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(rate);
    m_credit = new CreditEditor(doc, this); // engine.md 8: offtaker defaults
    right->addWidget(m_credit);
    right->addStretch();
    row->addLayout(right, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_binder, &FormBinder::refreshed, this, &FinancingEditor::updateVisibility);
    m_binder->refresh();
}

void FinancingEditor::updateVisibility()
{
    const gds::Deal &d = m_doc->deal();
    const bool amount = d.debt.sizing.mode == gds::Sizing::Mode::Amount;
    m_sizing->setRowVisible(m_binder->widgetFor(QStringLiteral("debt.sizing.target_dscr")), !amount);
    m_sizing->setRowVisible(m_binder->widgetFor(QStringLiteral("debt.sizing.max_ltv")), !amount);
    m_sizing->setRowVisible(m_binder->widgetFor(QStringLiteral("debt.sizing.amount")), amount);
    const gds::Rate &r = d.debt.rate;
    const bool fixed = r.type == gds::RateType::Fixed;
    m_rate->setRowVisible(m_binder->widgetFor(QStringLiteral("debt.rate.fixed_rate")), fixed);
    m_rate->setRowVisible(m_binder->widgetFor(QStringLiteral("debt.rate.base_kind")), !fixed);
    m_rate->setRowVisible(m_binder->widgetFor(QStringLiteral("debt.rate.base_rate")),
                          !fixed && !r.useBaseCurve);
    m_rate->setRowVisible(m_curve, !fixed && r.useBaseCurve);
    m_rate->setRowVisible(m_binder->widgetFor(QStringLiteral("debt.rate.margin_kind")), !fixed);
    m_rate->setRowVisible(m_binder->widgetFor(QStringLiteral("debt.rate.margin")),
                          !fixed && !r.useMarginGrid);
    m_rate->setRowVisible(m_grid, !fixed && r.useMarginGrid);
}

void FinancingEditor::setCurrencyDisplay(CurrencyDisplay display)
{
    m_binder->setCurrencyDisplay(display);
}

void FinancingEditor::setIssues(const gds::Issues &issues)
{
    m_binder->setIssues(issues);
    m_credit->setIssues(issues);
    static_cast<DealTableModel *>(m_grid->model())->setIssues(issues);
    static_cast<DealTableModel *>(m_curve->model())->setIssues(issues);
    m_grid->refreshIssues();
    m_curve->refreshIssues();
}

} // namespace gds::ui
