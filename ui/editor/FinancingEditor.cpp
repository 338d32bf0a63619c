#include "FinancingEditor.h"

#include "CollateralEditor.h"
#include "CreditEditor.h"
#include "DealDocument.h"
#include "Format.h"
#include "FormBinder.h"
#include "model/Enums.h"
#include "RateModels.h"
#include "SectionTable.h"
#include "TrancheModel.h"
#include "WaterfallEditor.h"

#include <algorithm>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace gds::ui {

using Scale = FormBinder::Scale;

namespace {
// The rows of the section's forms sit in grids: label in column 0, field in column 1. (A QFormLayout
// of Qt 6.4 writes past its layout arrays once some of its rows are hidden and the others change
// size; valgrind showed it with the tranche table.)
void addRow(QGridLayout *grid, const QString &text, QWidget *field)
{
    const int row = grid->count() == 0 ? 0 : grid->rowCount();
    auto *label = new QLabel(text, grid->parentWidget());
    label->setBuddy(field);
    const bool line = qobject_cast<QAbstractSpinBox *>(field) || qobject_cast<QComboBox *>(field) ||
                      qobject_cast<QLineEdit *>(field);
    grid->addWidget(label, row, 0, Qt::AlignLeft | (line ? Qt::AlignVCenter : Qt::AlignTop));
    grid->addWidget(field, row, 1);
}

// A table across the form's width, its label on the line above (a laptop's width for its columns).
void addWideRow(QGridLayout *grid, const QString &text, QWidget *field)
{
    const int row = grid->rowCount();
    auto *label = new QLabel(text, grid->parentWidget());
    label->setBuddy(field);
    grid->addWidget(label, row, 0, 1, 2, Qt::AlignLeft | Qt::AlignBottom);
    grid->addWidget(field, row + 1, 0, 1, 2);
}

QGridLayout *formGrid(QWidget *parent)
{
    auto *grid = new QGridLayout(parent);
    grid->setColumnStretch(1, 1);
    return grid;
}

void showRow(QGridLayout *grid, QWidget *field, bool shown)
{
    const int at = grid->indexOf(field);
    if (at < 0)
        return;
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    grid->getItemPosition(at, &row, &column, &rowSpan, &columnSpan);
    if (columnSpan == 2) // a wide row: the label on the line above
        --row;
    if (QLayoutItem *label = grid->itemAtPosition(row, 0); label && label->widget())
        label->widget()->setVisible(shown);
    field->setVisible(shown);
}
} // namespace

FinancingEditor::FinancingEditor(DealDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_binder(new FormBinder(doc, this))
{
    setObjectName(QStringLiteral("financingEditor"));
    FormBinder &b = *m_binder;
    const QString pct = QStringLiteral("%");

    // Sizing, tenor, profile
    auto *sizing = new QGroupBox(tr("Debt sizing and repayment"), this);
    m_sizing = formGrid(sizing);
    addRow(m_sizing, tr("Facility"),
           b.addText(QStringLiteral("debt.name"), tr("Facility"),
                     [](gds::Deal &d) -> std::string & { return d.debt.name; }));
    addRow(m_sizing, tr("Sizing"),
           b.addChoice(
               QStringLiteral("debt.sizing.mode"), tr("Sizing"),
               {tr("Target DSCR, capped by LTV"), tr("Fixed amount")},
               [](const gds::Deal &d) { return d.debt.sizing.mode == gds::Sizing::Mode::Amount ? 1 : 0; },
               [](gds::Deal &d, int i) {
                   d.debt.sizing.mode = i == 1 ? gds::Sizing::Mode::Amount : gds::Sizing::Mode::DscrLtv;
               }));
    addRow(m_sizing, tr("Target DSCR"),
           b.addDouble(
               QStringLiteral("debt.sizing.target_dscr"), tr("Target DSCR"),
               [](gds::Deal &d) -> double & { return d.debt.sizing.targetDscr; }, Scale::Plain,
               QStringLiteral("x"), 3));
    addRow(m_sizing, tr("Max LTV"),
           b.addDouble(
               QStringLiteral("debt.sizing.max_ltv"), tr("Max LTV"),
               [](gds::Deal &d) -> double & { return d.debt.sizing.maxLtv; }, Scale::Percent, pct));
    addRow(m_sizing, tr("Amount"),
           b.addMoney(
               QStringLiteral("debt.sizing.amount"), tr("Amount"),
               [](gds::Deal &d) -> double & { return d.debt.sizing.amount; }, QStringLiteral("%1"), 0));
    addRow(m_sizing, tr("Tenor"),
           b.addInt(
               QStringLiteral("debt.tenor_months"), tr("Tenor"),
               [](gds::Deal &d) -> int & { return d.debt.tenorMonths; }, tr("months")));
    addRow(m_sizing, tr("Profile"),
           b.addEnum<gds::Profile>(QStringLiteral("debt.profile"), tr("Profile"), gds::allProfiles(),
                                   &profileLabel,
                                   [](gds::Deal &d) -> gds::Profile & { return d.debt.profile; }));

    // Rate
    auto *rate = new QGroupBox(tr("Interest rate"), this);
    m_rate = formGrid(rate);
    // (v2) One rate, or pari-passu tranches each with its own rate; a switch back keeps both.
    addRow(m_rate, tr("Structure"),
           b.addChoice(
               QStringLiteral("debt.structure"), tr("Structure"),
               {tr("One rate for the facility"), tr("Tranches, each with its rate")},
               [](const gds::Deal &d) { return d.debt.tranches.empty() ? 0 : 1; },
               [this](gds::Deal &d, int i) {
                   if (i == 0) {
                       d.debt.tranches.clear();
                   } else if (d.debt.tranches.empty()) {
                       d.debt.tranches = m_keptTranches.empty()
                                             ? std::vector<gds::Tranche>{{d.debt.name, 1.0, d.debt.rate}}
                                             : m_keptTranches;
                   }
               }));
    m_tranches = new SectionTable(new TrancheModel(doc, this), QStringLiteral("trancheTable"), this);
    m_tranches->setMinimumHeight(150);
    m_tranches->setCompact(true);
    m_tranches->setFitWidth(true);
    addWideRow(m_rate, tr("Tranches"), m_tranches);
    connect(m_tranches, &SectionTable::statusMessage, this, &FinancingEditor::statusMessage);
    connect(doc, &DealDocument::dealChanged, this, [this] {
        if (!m_doc->deal().debt.tranches.empty())
            m_keptTranches = m_doc->deal().debt.tranches;
    });
    addRow(m_rate, tr("Rate"),
           b.addChoice(
               QStringLiteral("debt.rate.type"), tr("Rate type"), {tr("Floating"), tr("Fixed")},
               [](const gds::Deal &d) { return d.debt.rate.type == gds::RateType::Fixed ? 1 : 0; },
               [](gds::Deal &d, int i) {
                   d.debt.rate.type = i == 1 ? gds::RateType::Fixed : gds::RateType::Floating;
               }));
    addRow(m_rate, tr("Fixed rate"),
           b.addDouble(
               QStringLiteral("debt.rate.fixed_rate"), tr("Fixed rate"),
               [](gds::Deal &d) -> double & { return d.debt.rate.fixedRate; }, Scale::Percent, pct, 4));
    // The base and the curve of the facility's rate, or (v2) of the tranche selected in the table.
    m_selectedTranche = new QLabel(this);
    m_selectedTranche->setObjectName(QStringLiteral("selectedTranche"));
    m_selectedTranche->setWordWrap(true);
    addRow(m_rate, tr("Selected tranche"), m_selectedTranche);
    addRow(m_rate, tr("Base"),
           b.addChoice(
               QStringLiteral("debt.rate.base_kind"), tr("Base rate kind"),
               {tr("Flat base rate"), tr("Base-rate curve (one rate a year)")},
               [this](const gds::Deal &d) { return editedRate(d, m_edited).useBaseCurve ? 1 : 0; },
               [this](gds::Deal &d, int i) {
                   gds::Rate &r = editedRate(d, m_edited);
                   r.useBaseCurve = i == 1;
                   if (i == 1 && r.baseRateCurve.empty())
                       r.baseRateCurve = {r.baseRate};
               }));
    addRow(m_rate, tr("Base rate"),
           b.addDouble(
               QStringLiteral("debt.rate.base_rate"), tr("Base rate"),
               [](gds::Deal &d) -> double & { return d.debt.rate.baseRate; }, Scale::Percent, pct, 4));
    m_curveModel = new BaseCurveModel(doc, this);
    m_curve = new SectionTable(m_curveModel, QStringLiteral("baseCurveTable"), this);
    m_curve->setMinimumHeight(140);
    m_curve->setCompact(true);
    addRow(m_rate, tr("Base curve"), m_curve);
    addRow(m_rate, tr("Margin"),
           b.addChoice(
               QStringLiteral("debt.rate.margin_kind"), tr("Margin kind"),
               {tr("Flat margin"), tr("Margin grid by coverage"), tr("Margin by offtaker rating")},
               [](const gds::Deal &d) { return marginRule(d.debt.rate); },
               [](gds::Deal &d, int i) { setMarginRule(d.debt.rate, i); }));
    addRow(m_rate, tr("Margin"),
           b.addDouble(
               QStringLiteral("debt.rate.margin"), tr("Margin"),
               [](gds::Deal &d) -> double & { return d.debt.rate.margin; }, Scale::Percent, pct, 4));
    m_gridModel = new MarginGridModel(doc, this);
    m_grid = new SectionTable(m_gridModel, QStringLiteral("marginGridTable"), this);
    m_grid->setMinimumHeight(160);
    m_grid->setCompact(true);
    addRow(m_rate, tr("Margin grid"), m_grid);
    // (v2) The margin by rating of every rate that uses it (the facility's, or one column a tranche).
    m_byRatingModel = new MarginByRatingModel(doc, this);
    m_byRatingModel->setLocale(locale());
    m_byRating = new QTableView(this);
    m_byRating->setObjectName(QStringLiteral("marginByRatingTable"));
    m_byRating->setModel(m_byRatingModel);
    auto *delegate = new CellDelegate(m_byRating);
    m_byRating->setItemDelegate(delegate);
    connect(delegate, &CellDelegate::inputRejected, this, &FinancingEditor::statusMessage);
    m_byRating->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::DoubleClicked);
    m_byRating->verticalHeader()->setDefaultSectionSize(m_byRating->fontMetrics().height() + 6);
    m_byRating->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_byRating->setMinimumHeight((m_byRating->fontMetrics().height() + 6) * (MarginByRatingModel::kRows + 1) +
                                 6);
    addWideRow(m_rate, tr("Margin by rating"), m_byRating);
    addRow(m_rate, tr("Day count"),
           b.addEnum<gds::DayCount>(QStringLiteral("debt.day_count"), tr("Day count"), gds::allDayCounts(),
                                    &dayCountLabel,
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
    // (v2) The tax basis (engine.md 5.3).
    f4->addRow(
        tr("Tax depreciation"),
        b.addChoice(
            QStringLiteral("tax.depreciation"), tr("Tax depreciation"),
            {tr("Straight line over the useful life"), tr("MACRS 5-year (US)")},
            [](const gds::Deal &d) { return d.taxDepreciation == gds::TaxDepreciation::Macrs5 ? 1 : 0; },
            [](gds::Deal &d, int i) {
                d.taxDepreciation =
                    i == 1 ? gds::TaxDepreciation::Macrs5 : gds::TaxDepreciation::StraightLine;
            }));
    f4->addRow(tr("Bonus depreciation"),
               b.addDouble(
                   QStringLiteral("tax.bonus"), tr("Bonus depreciation"),
                   [](gds::Deal &d) -> double & { return d.taxBonus; }, Scale::Percent, tr("% in year 1")));
    f4->addRow(tr("NOL limit"), b.addDouble(
                                    QStringLiteral("tax.nol_limit"), tr("NOL limit"),
                                    [](gds::Deal &d) -> double & { return d.nolLimit; }, Scale::Percent,
                                    tr("% of taxable income")));

    // The rate (with the tranche and rating tables) across the whole width; the other blocks in two
    // columns under it, so that a laptop screen shows every tranche column.
    auto *content = new QWidget;
    auto *page = new QVBoxLayout(content);
    page->addWidget(rate);
    // Two columns of groups where the width allows, one under the other on a narrow pane (no
    // horizontal scroll at 1366x768).
    m_columns = new QGridLayout;
    page->addLayout(m_columns);
    m_left = new QWidget(content);
    auto *left = new QVBoxLayout(m_left);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(sizing);
    left->addWidget(fees);
    left->addWidget(equity);
    left->addStretch();
    m_right = new QWidget(content);
    auto *right = new QVBoxLayout(m_right);
    right->setContentsMargins(0, 0, 0, 0);
    m_waterfall = new WaterfallEditor(doc, this);
    right->addWidget(m_waterfall);
    m_collateral = new CollateralEditor(doc, this);
    right->addWidget(m_collateral);
    m_credit = new CreditEditor(doc, this); // engine.md 8: offtaker defaults
    right->addWidget(m_credit);
    right->addStretch();
    m_columns->addWidget(m_left, 0, 0);
    m_columns->addWidget(m_right, 0, 1);
    m_columns->setColumnStretch(0, 1);
    m_columns->setColumnStretch(1, 1);
    page->addStretch();
    // Long choices ("On (controlled account, tests, sweeps)") elide instead of widening the section
    // past a laptop's width.
    for (QComboBox *c : content->findChildren<QComboBox *>()) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
    }
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->viewport()->installEventFilter(this);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_binder, &FormBinder::refreshed, this, &FinancingEditor::updateVisibility);
    // The curve and the grid follow the tranche selected in the tranche table.
    connect(m_tranches->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FinancingEditor::retargetRateTables);
    connect(doc, &DealDocument::dealChanged, this, &FinancingEditor::retargetRateTables);
    retargetRateTables();
    m_binder->refresh();
}

bool FinancingEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        reflow();
    return QWidget::eventFilter(watched, event);
}

void FinancingEditor::reflow()
{
    const int spacing = std::max(0, m_columns->horizontalSpacing());
    const bool two = m_scroll->viewport()->width() >=
                     m_left->minimumSizeHint().width() + m_right->minimumSizeHint().width() + spacing + 24;
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    m_columns->getItemPosition(m_columns->indexOf(m_right), &row, &column, &rowSpan, &columnSpan);
    if ((column == 1) == two)
        return;
    m_columns->removeWidget(m_right);
    m_columns->addWidget(m_right, two ? 0 : 1, two ? 1 : 0);
    m_columns->setColumnStretch(1, two ? 1 : 0);
    m_columns->setColumnStretch(0, 1);
}

void FinancingEditor::retargetRateTables()
{
    const int n = int(m_doc->deal().debt.tranches.size());
    int edited = -1;
    if (n > 0) {
        const QModelIndex current = m_tranches->view()->currentIndex();
        const int row = current.isValid() && current.row() < n ? current.row() : -1;
        edited = std::clamp(row >= 0 ? row : m_edited, 0, n - 1);
    }
    m_curveModel->setTranche(edited);
    m_gridModel->setTranche(edited);
    if (edited == m_edited)
        return;
    m_edited = edited;
    setIssues(m_issues); // the marks of the rate now shown
    m_binder->refresh();
}

void FinancingEditor::updateVisibility()
{
    const gds::Deal &d = m_doc->deal();
    const bool amount = d.debt.sizing.mode == gds::Sizing::Mode::Amount;
    showRow(m_sizing, m_binder->widgetFor(QStringLiteral("debt.sizing.target_dscr")), !amount);
    showRow(m_sizing, m_binder->widgetFor(QStringLiteral("debt.sizing.max_ltv")), !amount);
    showRow(m_sizing, m_binder->widgetFor(QStringLiteral("debt.sizing.amount")), amount);
    const gds::Rate &r = d.debt.rate;
    const bool tranches = !d.debt.tranches.empty();
    const bool fixed = tranches || r.type == gds::RateType::Fixed;
    showRow(m_rate, m_tranches, tranches);
    showRow(m_rate, m_binder->widgetFor(QStringLiteral("debt.rate.type")), !tranches);
    showRow(m_rate, m_binder->widgetFor(QStringLiteral("debt.rate.fixed_rate")),
            !tranches && r.type == gds::RateType::Fixed);
    bool byRating = !tranches && !fixed && r.useMarginByRating;
    for (const gds::Tranche &t : d.debt.tranches)
        byRating = byRating || (t.rate.type == gds::RateType::Floating && t.rate.useMarginByRating);
    showRow(m_rate, m_byRating, byRating);
    // With tranches, the base kind, curve and grid rows edit the selected tranche's rate.
    const gds::Rate &edited = editedRate(d, m_edited);
    const bool editedFloating = tranches ? edited.type == gds::RateType::Floating : !fixed;
    if (tranches)
        m_selectedTranche->setText(
            tr("%1: its base and margin grid below (select a row above to edit another tranche)")
                .arg(QString::fromStdString(
                    d.debt.tranches[std::size_t(std::clamp(m_edited, 0, int(d.debt.tranches.size()) - 1))]
                        .name)));
    showRow(m_rate, m_selectedTranche, tranches && editedFloating);
    showRow(m_rate, m_binder->widgetFor(QStringLiteral("debt.rate.base_kind")), editedFloating);
    showRow(m_rate, m_binder->widgetFor(QStringLiteral("debt.rate.base_rate")), !fixed && !r.useBaseCurve);
    showRow(m_rate, m_curve, editedFloating && edited.useBaseCurve);
    showRow(m_rate, m_binder->widgetFor(QStringLiteral("debt.rate.margin_kind")), !fixed);
    showRow(m_rate, m_binder->widgetFor(QStringLiteral("debt.rate.margin")), !fixed && marginRule(r) == 0);
    showRow(m_rate, m_grid, editedFloating && marginRule(edited) == 1);
}

void FinancingEditor::setCurrencyDisplay(CurrencyDisplay display)
{
    m_binder->setCurrencyDisplay(display);
}

QList<FormBinder *> FinancingEditor::binders() const
{
    return {m_binder, m_waterfall->binder(), m_collateral->binder(), m_credit->binder()};
}

void FinancingEditor::setIssues(const gds::Issues &issues)
{
    if (&issues != &m_issues)
        m_issues = issues;
    m_binder->setIssues(issues);
    m_credit->setIssues(issues);
    m_waterfall->setIssues(issues);
    m_collateral->setIssues(issues);
    m_byRatingModel->setIssues(issues);
    m_tranches->model()->setIssues(issues);
    m_tranches->refreshIssues();
    static_cast<DealTableModel *>(m_grid->model())->setIssues(issues);
    static_cast<DealTableModel *>(m_curve->model())->setIssues(issues);
    m_grid->refreshIssues();
    m_curve->refreshIssues();
}

} // namespace gds::ui
