#include "CreditEditor.h"

#include "DealDocument.h"
#include "FormBinder.h"
#include "model/Enums.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace gds::ui {

namespace {

// The deal's credit block, created with the format's defaults when a field is first edited.
gds::Credit &credit(gds::Deal &d)
{
    if (!d.credit)
        d.credit = gds::Credit{};
    return *d.credit;
}

} // namespace

CreditEditor::CreditEditor(DealDocument *doc, QWidget *parent)
    : QGroupBox(tr("Offtaker credit (Monte Carlo)"), parent), m_doc(doc), m_binder(new FormBinder(doc, this))
{
    setObjectName(QStringLiteral("creditEditor"));
    FormBinder &b = *m_binder;
    m_form = new QFormLayout(this);
    m_form->addRow(tr("Offtaker defaults"),
                   b.addChoice(
                       QStringLiteral("credit"), tr("Offtaker defaults"),
                       {tr("Not modelled"), tr("Modelled (one-factor Gaussian copula)")},
                       [](const gds::Deal &d) { return d.credit ? 1 : 0; },
                       [](gds::Deal &d, int i) {
                           if (i == 1)
                               credit(d);
                           else
                               d.credit.reset();
                       }));
    const QString pct = QStringLiteral("%");
    for (gds::Rating r : gds::allRatings()) {
        const auto index = static_cast<std::size_t>(r);
        const QString key = QString::fromLatin1(gds::toString(r).data(), qsizetype(gds::toString(r).size()));
        const QString label = tr("Default probability %1").arg(key);
        QDoubleSpinBox *box = b.addDouble(
            QStringLiteral("credit.pd_by_rating.") + key, label,
            [index](gds::Deal &d) -> double & { return credit(d).pdByRating[index]; },
            FormBinder::Scale::Percent, tr("% a year"), 3);
        box->setToolTip(tr("Annual default probability of a %1-rated offtaker; the format's default is %2 % "
                           "(S&P long-run one-year rate, floored at 0.03 %)")
                            .arg(key, locale().toString(gds::Credit::kDefaultPd[index] * 100.0, 'f', 2)));
        m_form->addRow(tr("%1 (default %2 %)")
                           .arg(key, locale().toString(gds::Credit::kDefaultPd[index] * 100.0, 'f', 2)),
                       box);
    }
    m_form->addRow(tr("Correlation"), b.addDouble(
                                          QStringLiteral("credit.correlation"), tr("Correlation"),
                                          [](gds::Deal &d) -> double & { return credit(d).correlation; },
                                          FormBinder::Scale::Plain, QString(), 3));
    m_form->addRow(tr("Remarketing"),
                   b.addInt(
                       QStringLiteral("credit.remarketing_months"), tr("Remarketing"),
                       [](gds::Deal &d) -> int & { return credit(d).remarketingMonths; }, tr("months idle")));
    m_form->addRow(tr("Recovery"), b.addDouble(
                                       QStringLiteral("credit.recovery"), tr("Recovery"),
                                       [](gds::Deal &d) -> double & { return credit(d).recovery; },
                                       FormBinder::Scale::Percent, tr("% of the lost contract value")));
    connect(m_binder, &FormBinder::refreshed, this, &CreditEditor::updateEnabled);
    m_binder->refresh();
}

void CreditEditor::updateEnabled()
{
    // The fields stay editable (an edit turns the block on) but are greyed while it is off.
    const bool on = m_doc->deal().credit.has_value();
    for (int row = 1; row < m_form->rowCount(); ++row)
        if (QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole); item && item->widget())
            item->widget()->setStyleSheet(on ? QString() : QStringLiteral("color: palette(mid);"));
}

void CreditEditor::setIssues(const gds::Issues &issues)
{
    m_binder->setIssues(issues);
}

} // namespace gds::ui
