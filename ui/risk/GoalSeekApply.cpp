// The goal-seek panel's answer in words and "Apply to deal" (GoalSeekPanel.h): the input's name and
// range, the sizing as the Financing section shows it, the changes an apply makes (named in the undo
// step) and the question asked when the held debt would change the sizing.
#include "DealDocument.h"
#include "GoalSeekPanel.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace gds::ui {

QString GoalSeekPanel::variableNoun() const
{
    switch (m_runRequest.variable) {
    case gds::SeekVariable::ContractPrice:
        return tr("contract price");
    case gds::SeekVariable::SwapStrike:
        return tr("strike");
    case gds::SeekVariable::DebtAmount:
        return tr("debt amount");
    }
    return {};
}

QString GoalSeekPanel::rangeText() const
{
    const gds::SeekRequest &req = m_runRequest;
    const QString currency = QString::fromStdString(m_resultDeal.currency);
    auto one = [&](double x) {
        switch (req.variable) {
        case gds::SeekVariable::ContractPrice:
            return tr("× %1").arg(m_locale.toString(x, 'f', 4));
        case gds::SeekVariable::SwapStrike:
            return currencyPrefix(currency, m_display) + m_locale.toString(x, 'f', 4);
        case gds::SeekVariable::DebtAmount:
            return formatValue(x, gds::Unit::Money, m_locale, currency, true, m_display);
        }
        return QString();
    };
    const QString range = tr("%1 to %2", "a range of values").arg(one(m_result.lower), one(m_result.upper));
    return req.variable == gds::SeekVariable::SwapStrike ? tr("%1 per GPU-hour").arg(range) : range;
}

QString GoalSeekPanel::sizingText(const gds::Deal &deal) const
{
    const gds::Sizing &s = deal.debt.sizing;
    if (s.mode == gds::Sizing::Mode::Amount)
        return tr("Fixed amount %1")
            .arg(formatValue(s.amount, gds::Unit::Money, m_locale, QString::fromStdString(deal.currency),
                             true, m_display));
    return tr("Target DSCR %1, capped by LTV %2")
        .arg(formatValue(s.targetDscr, gds::Unit::Multiple, m_locale, {}),
             formatValue(s.maxLtv, gds::Unit::Percent, m_locale, {}));
}

bool GoalSeekPanel::applyChangesSizing() const
{
    return m_runRequest.holdDebt && m_runRequest.variable != gds::SeekVariable::DebtAmount &&
           m_resultDeal.debt.sizing.mode != gds::Sizing::Mode::Amount;
}

gds::Deal GoalSeekPanel::appliedDeal(ApplyChoice choice) const
{
    gds::SeekRequest r = m_runRequest;
    if (choice == ApplyChoice::KeepSizing)
        r.holdDebt = false;
    return gds::applySeekValue(m_resultDeal, r, m_rounded.value);
}

QStringList GoalSeekPanel::appliedChanges(ApplyChoice choice) const
{
    const gds::Deal after = appliedDeal(choice);
    const gds::Deal &before = m_resultDeal;
    const QString currency = QString::fromStdString(before.currency);
    auto price = [&](double x) {
        return tr("%1/GPU-h", "currency and price per GPU-hour")
            .arg(currencyPrefix(currency, m_display) + m_locale.toString(x, 'f', 4));
    };
    QStringList changes;
    for (std::size_t i = 0; i < after.offtake.size() && i < before.offtake.size(); ++i)
        if (after.offtake[i].pricePerGpuHour != before.offtake[i].pricePerGpuHour)
            changes << tr("Offtake row %1, price %2 (was %3)")
                           .arg(i + 1)
                           .arg(price(after.offtake[i].pricePerGpuHour),
                                price(before.offtake[i].pricePerGpuHour));
    for (std::size_t i = 0; i < after.hedges.size() && i < before.hedges.size(); ++i)
        if (after.hedges[i].strikePerGpuHour != before.hedges[i].strikePerGpuHour)
            changes << tr("Hedge %1, strike %2 (was %3)")
                           .arg(i + 1)
                           .arg(price(after.hedges[i].strikePerGpuHour),
                                price(before.hedges[i].strikePerGpuHour));
    if (!(after.debt.sizing == before.debt.sizing))
        changes << tr("Financing, sizing: %1 (was %2)").arg(sizingText(after), sizingText(before));
    return changes;
}

void GoalSeekPanel::applyToDeal()
{
    if (!applyChangesSizing() || qEnvironmentVariableIsSet("GPUDEAL_NO_DIALOGS")) {
        applyWith(ApplyChoice::KeepSizing);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Apply the goal seek"),
                    tr("The answer was solved with the debt held at the base case's amount. Applied as "
                       "solved it also changes the sizing:\n%1")
                        .arg(appliedChanges(ApplyChoice::FixDebt).join(QLatin1Char('\n'))),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("Change only the %1 and the loan is sized as before (on its target DSCR), so "
                              "its metrics differ from the answer.")
                               .arg(variableNoun()));
    QPushButton *both = box.addButton(tr("Apply with the fixed debt"), QMessageBox::AcceptRole);
    QPushButton *only = box.addButton(tr("Change only the %1").arg(variableNoun()), QMessageBox::ActionRole);
    box.setDefaultButton(only);
    box.exec();
    if (box.clickedButton() == both)
        applyWith(ApplyChoice::FixDebt);
    else if (box.clickedButton() == only)
        applyWith(ApplyChoice::KeepSizing);
}

void GoalSeekPanel::applyWith(ApplyChoice choice)
{
    if (!m_has || !m_result.solved || !m_result.deal || !(m_doc->deal() == m_resultDeal))
        return;
    if (choice == ApplyChoice::Ask)
        choice = ApplyChoice::KeepSizing;
    const QString what = appliedChanges(choice).join(QStringLiteral("; "));
    m_doc->setDeal(appliedDeal(choice), tr("Goal seek: %1").arg(what));
    emit statusMessage(tr("Applied to the deal: %1").arg(what));
    // The message holds while the deal is as applied: the next undo, redo or edit clears it.
    const int applied = m_doc->undoStack()->index();
    auto *once = new QObject(this);
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, once, [this, once, applied](int index) {
        if (index != applied) {
            emit statusMessage(QString());
            once->deleteLater();
        }
    });
}

} // namespace gds::ui
