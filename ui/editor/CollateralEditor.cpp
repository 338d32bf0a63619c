#include "CollateralEditor.h"

#include "DealDocument.h"
#include "Format.h"
#include "FormBinder.h"
#include "IssueText.h"
#include "model/Enums.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>

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

gds::Collateral &CollateralEditor::collateral(gds::Deal &d) const
{
    if (!d.collateral)
        d.collateral = m_kept;
    return *d.collateral;
}

CollateralEditor::CollateralEditor(DealDocument *doc, QWidget *parent)
    : QGroupBox(tr("Collateral"), parent), m_doc(doc), m_binder(new FormBinder(doc, this))
{
    setObjectName(QStringLiteral("collateralEditor"));
    FormBinder &b = *m_binder;
    m_form = new QFormLayout(this);
    m_form->addRow(tr("Collateral"), b.addChoice(
                                         QStringLiteral("collateral"), tr("Collateral"),
                                         {tr("Not modelled"), tr("Pledged equipment, valued monthly")},
                                         [](const gds::Deal &d) { return d.collateral ? 1 : 0; },
                                         [this](gds::Deal &d, int i) {
                                             if (i == 1)
                                                 collateral(d);
                                             else
                                                 d.collateral.reset();
                                         }));
    m_form->addRow(tr("Value decline"),
                   b.addDouble(
                       QStringLiteral("collateral.annual_decline"), tr("Value decline"),
                       [this](gds::Deal &d) -> double & { return collateral(d).annualDecline; },
                       Scale::Percent, tr("% a year")));
    m_form->addRow(tr("Value floor"), b.addDouble(
                                          QStringLiteral("collateral.floor"), tr("Value floor"),
                                          [this](gds::Deal &d) -> double & { return collateral(d).floor; },
                                          Scale::Percent, tr("% of cost")));
    m_categories = new QWidget(this);
    m_categories->setObjectName(QStringLiteral("collateral_categories"));
    auto *grid = new QGridLayout(m_categories);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (gds::CapexCategory c : gds::allCapexCategories()) {
        auto *box = new QCheckBox(categoryLabel(c), m_categories);
        const auto key = gds::toString(c);
        box->setObjectName(QStringLiteral("collateral_category_") +
                           QString::fromLatin1(key.data(), qsizetype(key.size())));
        connect(box, &QCheckBox::clicked, this, [this, c](bool on) {
            gds::Deal d = m_doc->deal();
            auto &cats = collateral(d).categories;
            cats.erase(std::remove(cats.begin(), cats.end(), c), cats.end());
            if (on) {
                // Kept in declaration order, as the sample lists them.
                const auto all = gds::allCapexCategories();
                const auto pos = std::find_if(cats.begin(), cats.end(), [&](gds::CapexCategory x) {
                    return std::find(all.begin(), all.end(), x) > std::find(all.begin(), all.end(), c);
                });
                cats.insert(pos, c);
            }
            m_doc->setDeal(d, on ? tr("Pledge %1").arg(categoryLabel(c))
                                 : tr("Release %1").arg(categoryLabel(c)));
        });
        grid->addWidget(box, i / 2, i % 2);
        m_boxes.push_back(box);
        ++i;
    }
    m_form->addRow(tr("Pledged"), m_categories);
    m_form->addRow(tr("Value basis"),
                   b.addChoice(
                       QStringLiteral("collateral.index_linked"), tr("Value basis"),
                       {tr("Cost less the decline"), tr("Linked to the spot index")},
                       [this](const gds::Deal &d) {
                           gds::Deal copy = d;
                           return collateral(copy).indexLinked ? 1 : 0;
                       },
                       [this](gds::Deal &d, int index) { collateral(d).indexLinked = index == 1; }));
    connect(m_binder, &FormBinder::refreshed, this, &CollateralEditor::refresh);
    connect(doc, &DealDocument::dealChanged, this, &CollateralEditor::remember);
    remember();
    m_binder->refresh();
}

QCheckBox *CollateralEditor::categoryBox(gds::CapexCategory c) const
{
    const auto all = gds::allCapexCategories();
    const auto at = std::find(all.begin(), all.end(), c);
    return at == all.end() ? nullptr : m_boxes[std::size_t(at - all.begin())];
}

void CollateralEditor::remember()
{
    if (m_doc->deal().collateral)
        m_kept = *m_doc->deal().collateral;
}

void CollateralEditor::refresh()
{
    gds::Deal d = m_doc->deal();
    const bool on = d.collateral.has_value();
    const gds::Collateral &k = collateral(d);
    const auto all = gds::allCapexCategories();
    for (std::size_t i = 0; i < m_boxes.size(); ++i) {
        const QSignalBlocker block(m_boxes[i]);
        m_boxes[i]->setChecked(std::find(k.categories.begin(), k.categories.end(), all[i]) !=
                               k.categories.end());
    }
    for (int row = 1; row < m_form->rowCount(); ++row) {
        QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole);
        if (item && item->widget() && !item->widget()->property("gdsInvalid").toBool())
            setGreyed(item->widget(), !on);
    }
}

void CollateralEditor::setIssues(const gds::Issues &issues)
{
    m_binder->setIssues(issues);
    QStringList messages;
    for (const gds::Issue &issue : issues)
        if (QString::fromStdString(issue.path).startsWith(QLatin1String("collateral.categories")))
            messages << tr("Pledged: %1").arg(issueMessageText(issue, false, m_doc->deal(), locale()));
    const bool bad = !messages.isEmpty();
    m_categories->setProperty("gdsInvalid", bad);
    const QString sheet = bad ? QStringLiteral("background-color: #ffcdcd;") : QString();
    if (m_categories->styleSheet() != sheet)
        m_categories->setStyleSheet(sheet);
    m_categories->setToolTip(bad ? messages.join(QLatin1Char('\n')) : tr("Capex categories pledged"));
    refresh();
}

} // namespace gds::ui
