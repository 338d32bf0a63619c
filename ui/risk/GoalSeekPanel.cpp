#include "GoalSeekPanel.h"

#include "DealDocument.h"
#include "Format.h"
#include "model/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace gds::ui {

namespace {
QLabel *resultLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(QStringLiteral("–"), parent);
    l->setObjectName(name);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}
} // namespace

GoalSeekPanel::GoalSeekPanel(DealDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("goalSeekPanel"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("seekTarget"));
    m_target->addItem(tr("Min DSCR"), int(gds::SeekTarget::MinDscr));
    m_target->addItem(tr("Equity IRR"), int(gds::SeekTarget::EquityIrr));
    m_target->addItem(tr("P90 min DSCR (Monte Carlo)"), int(gds::SeekTarget::P90MinDscr));
    m_target->addItem(tr("P(default) at most (Monte Carlo)"), int(gds::SeekTarget::ProbDefault));
    m_value = new QDoubleSpinBox(this);
    m_value->setObjectName(QStringLiteral("seekValue"));
    m_value->setDecimals(2);
    m_variable = new QComboBox(this);
    m_variable->setObjectName(QStringLiteral("seekVariable"));
    m_variable->addItem(tr("Contract price"), int(gds::SeekVariable::ContractPrice));
    m_variable->addItem(tr("Hedge strike"), int(gds::SeekVariable::SwapStrike));
    m_variable->addItem(tr("Debt amount (largest)"), int(gds::SeekVariable::DebtAmount));
    m_which = new QComboBox(this);
    m_which->setObjectName(QStringLiteral("seekWhich"));
    m_whichLabel = new QLabel(tr("Which"), this);
    m_holdDebt = new QCheckBox(tr("Keep the debt amount"), this);
    m_holdDebt->setObjectName(QStringLiteral("seekHoldDebt"));
    m_holdDebt->setChecked(true);
    m_holdDebt->setToolTip(tr("Keep the base case's debt while the price or strike moves; otherwise a "
                              "DSCR-sized loan resizes and its min DSCR stays near the sizing target"));
    m_tick = new QDoubleSpinBox(this);
    m_tick->setObjectName(QStringLiteral("seekTick"));
    m_tick->setToolTip(tr("The answer is rounded to this step (the index quotes prices to 0.0001 per "
                          "GPU-hour); the metric shown is the one at the rounded value"));
    m_tickLabel = new QLabel(tr("Round to"), this);
    m_mcPaths = new QSpinBox(this);
    m_mcPaths->setObjectName(QStringLiteral("seekMcPaths"));
    m_mcPaths->setRange(100, 100000);
    m_mcPaths->setSingleStep(500);
    m_mcPaths->setValue(2000);
    m_mcPaths->setGroupSeparatorShown(true);
    m_mcSeed = new QSpinBox(this);
    m_mcSeed->setObjectName(QStringLiteral("seekMcSeed"));
    m_mcSeed->setRange(0, std::numeric_limits<int>::max());
    m_mcSeed->setValue(1);
    m_mcLabel = new QLabel(tr("Paths / seed"), this);
    m_solve = new QPushButton(tr("Solve"), this);
    m_solve->setObjectName(QStringLiteral("seekSolve"));
    m_solve->setDefault(true);
    m_apply = new QPushButton(tr("Apply to deal"), this);
    m_apply->setObjectName(QStringLiteral("seekApply"));
    m_apply->setEnabled(false);
    m_apply->setToolTip(tr("Put the solved value into the deal (one undo step)"));

    auto *mcRow = new QHBoxLayout;
    mcRow->addWidget(m_mcPaths, 1);
    mcRow->addWidget(m_mcSeed, 1);
    auto *input = new QGroupBox(tr("Question"), this);
    auto *form = new QFormLayout(input);
    form->addRow(tr("Target"), m_target);
    form->addRow(tr("Target value"), m_value);
    form->addRow(tr("Solve for"), m_variable);
    form->addRow(m_whichLabel, m_which);
    form->addRow(QString(), m_holdDebt);
    form->addRow(m_tickLabel, m_tick);
    form->addRow(m_mcLabel, mcRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_solve);
    buttons->addWidget(m_apply);
    buttons->addStretch(1);
    form->addRow(buttons);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_solvedValue = resultLabel(QStringLiteral("seekSolvedValue"), this);
    m_achieved = resultLabel(QStringLiteral("seekAchieved"), this);
    m_base = resultLabel(QStringLiteral("seekBase"), this);
    m_binding = resultLabel(QStringLiteral("seekBinding"), this);
    m_iterations = resultLabel(QStringLiteral("seekIterations"), this);
    m_time = resultLabel(QStringLiteral("seekTime"), this);
    m_message = resultLabel(QStringLiteral("seekMessage"), this);
    QFont big = m_solvedValue->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_solvedValue->setFont(big);
    auto *output = new QGroupBox(tr("Answer"), this);
    auto *out = new QFormLayout(output);
    out->addRow(tr("Solved value"), m_solvedValue);
    out->addRow(tr("Achieved"), m_achieved);
    out->addRow(tr("Deal as it is"), m_base);
    out->addRow(tr("Binding constraint"), m_binding);
    out->addRow(tr("Iterations"), m_iterations);
    out->addRow(tr("Time"), m_time);
    out->addRow(m_message);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(input, 2, Qt::AlignTop);
    layout->addWidget(output, 3, Qt::AlignTop);

    connect(m_target, &QComboBox::currentIndexChanged, this, &GoalSeekPanel::updateTargetUnit);
    connect(m_variable, &QComboBox::currentIndexChanged, this, &GoalSeekPanel::refreshChoices);
    connect(m_variable, &QComboBox::currentIndexChanged, this, &GoalSeekPanel::updateTick);
    connect(m_solve, &QPushButton::clicked, this, &GoalSeekPanel::solve);
    connect(m_apply, &QPushButton::clicked, this, &GoalSeekPanel::applyToDeal);
    connect(m_doc, &DealDocument::dealChanged, this, [this] {
        refreshChoices();
        updateApply();
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &GoalSeekPanel::onFinished);
    updateTargetUnit();
    m_value->setValue(1.30);
    refreshChoices();
    updateTick();
}

void GoalSeekPanel::updateTick()
{
    const auto v = gds::SeekVariable(m_variable->currentData().toInt());
    const QString currency = QString::fromStdString(m_doc->deal().currency);
    if (v == gds::SeekVariable::DebtAmount) {
        m_tick->setDecimals(0);
        m_tick->setRange(0.0, 1e9);
        m_tick->setSingleStep(1000.0);
        m_tick->setValue(1000.0);
        m_tick->setSuffix(QLatin1Char(' ') + unitText(gds::Unit::Money, currency, m_display));
    } else {
        m_tick->setDecimals(4);
        m_tick->setRange(0.0, 1.0);
        m_tick->setSingleStep(0.0001);
        m_tick->setValue(0.0001);
        m_tick->setSuffix(QLatin1Char(' ') + unitText(gds::Unit::PricePerHour, currency, m_display));
    }
}

GoalSeekPanel::~GoalSeekPanel()
{
    m_watcher.waitForFinished();
}

void GoalSeekPanel::updateTargetUnit()
{
    const auto t = gds::SeekTarget(m_target->currentData().toInt());
    const bool irr = t == gds::SeekTarget::EquityIrr || t == gds::SeekTarget::ProbDefault; // in percent
    const bool wasIrr = m_value->suffix() == QLatin1String(" %");
    if (irr != wasIrr || m_value->suffix().isEmpty()) {
        m_value->setSuffix(irr ? QStringLiteral(" %") : QStringLiteral("x"));
        m_value->setRange(irr ? -99.0 : 0.01, irr ? 500.0 : 50.0);
        m_value->setSingleStep(irr ? 0.5 : 0.05);
        m_value->setValue(irr ? (t == gds::SeekTarget::ProbDefault ? 1.0 : 15.0) : 1.30);
    }
    const bool mc = t == gds::SeekTarget::P90MinDscr || t == gds::SeekTarget::ProbDefault;
    m_mcPaths->setVisible(mc);
    m_mcSeed->setVisible(mc);
    m_mcLabel->setVisible(mc);
}

void GoalSeekPanel::refreshChoices()
{
    const auto v = gds::SeekVariable(m_variable->currentData().toInt());
    const int previous = m_which->currentData().isValid() ? m_which->currentData().toInt() : -1;
    const gds::Deal &deal = m_doc->deal();
    const QString currency = QString::fromStdString(deal.currency);
    m_which->blockSignals(true);
    m_which->clear();
    if (v == gds::SeekVariable::ContractPrice) {
        m_which->addItem(tr("All contracts (one scale)"), -1);
        for (std::size_t i = 0; i < deal.offtake.size(); ++i)
            m_which->addItem(tr("#%1 %2 (%3)")
                                 .arg(i + 1)
                                 .arg(QString::fromStdString(deal.offtake[i].counterparty),
                                      formatValue(deal.offtake[i].pricePerGpuHour, gds::Unit::PricePerHour,
                                                  m_locale, currency, true, m_display)),
                             int(i));
    } else if (v == gds::SeekVariable::SwapStrike) {
        for (std::size_t i = 0; i < deal.hedges.size(); ++i)
            m_which->addItem(tr("#%1 %2, strike %3")
                                 .arg(i + 1)
                                 .arg(hedgeTypeLabel(deal.hedges[i].type),
                                      formatValue(deal.hedges[i].strikePerGpuHour, gds::Unit::PricePerHour,
                                                  m_locale, currency, true, m_display)),
                             int(i));
        if (deal.hedges.empty())
            m_which->addItem(tr("(the deal has no hedges)"), -1);
    }
    const int at = m_which->findData(previous);
    m_which->setCurrentIndex(at >= 0 ? at : 0);
    m_which->blockSignals(false);
    const bool which = v != gds::SeekVariable::DebtAmount;
    m_which->setVisible(which);
    m_whichLabel->setVisible(which);
    m_holdDebt->setVisible(which);
}

gds::SeekRequest GoalSeekPanel::request() const
{
    gds::SeekRequest r;
    r.target = gds::SeekTarget(m_target->currentData().toInt());
    const bool percent = r.target == gds::SeekTarget::EquityIrr || r.target == gds::SeekTarget::ProbDefault;
    r.targetValue = percent ? m_value->value() / 100.0 : m_value->value();
    r.variable = gds::SeekVariable(m_variable->currentData().toInt());
    r.index = r.variable == gds::SeekVariable::DebtAmount ? -1 : m_which->currentData().toInt();
    r.holdDebt = r.variable != gds::SeekVariable::DebtAmount && m_holdDebt->isChecked();
    r.mcPaths = m_mcPaths->value();
    r.mcSeed = std::uint64_t(m_mcSeed->value());
    return r;
}

void GoalSeekPanel::setRequest(const gds::SeekRequest &r)
{
    m_target->setCurrentIndex(m_target->findData(int(r.target)));
    updateTargetUnit();
    const bool percent = r.target == gds::SeekTarget::EquityIrr || r.target == gds::SeekTarget::ProbDefault;
    m_value->setValue(percent ? r.targetValue * 100.0 : r.targetValue);
    m_variable->setCurrentIndex(m_variable->findData(int(r.variable)));
    refreshChoices();
    const int at = m_which->findData(r.index);
    if (at >= 0)
        m_which->setCurrentIndex(at);
    m_holdDebt->setChecked(r.holdDebt);
    m_mcPaths->setValue(r.mcPaths);
    m_mcSeed->setValue(int(std::min<std::uint64_t>(r.mcSeed, std::uint64_t(m_mcSeed->maximum()))));
}

QString GoalSeekPanel::bindingLabel(const std::string &key)
{
    if (key == "min_dscr")
        return tr("the target min DSCR");
    if (key == "equity_irr")
        return tr("the target equity IRR");
    if (key == "p90_min_dscr")
        return tr("the target P90 min DSCR");
    if (key == "prob_default")
        return tr("the target P(default)");
    if (key == "capex_limit")
        return tr("the capex limit (the debt cannot exceed the capex it funds)");
    if (key == "ltv")
        return tr("the LTV cap");
    return QString::fromStdString(key);
}

QString GoalSeekPanel::metricText(gds::SeekTarget target, std::optional<double> v) const
{
    const bool percent = target == gds::SeekTarget::EquityIrr || target == gds::SeekTarget::ProbDefault;
    return formatValue(v, percent ? gds::Unit::Percent : gds::Unit::Multiple, m_locale, {});
}

QString GoalSeekPanel::valueText(const gds::SeekRequest &req, const gds::Deal &deal, double value) const
{
    const QString currency = QString::fromStdString(deal.currency);
    switch (req.variable) {
    case gds::SeekVariable::ContractPrice: {
        const QString factor = m_locale.toString(value, 'f', 4);
        const std::optional<std::size_t> contract =
            req.index >= 0 && std::size_t(req.index) < deal.offtake.size()
                ? std::optional(std::size_t(req.index))
            : deal.offtake.size() == 1 ? std::optional(std::size_t(0))
                                       : std::nullopt;
        if (!contract)
            return tr("× %1 on the contract price").arg(factor);
        return tr("× %1 on the contract price = %2/GPU-h")
            .arg(factor, currencyPrefix(currency, m_display) +
                             m_locale.toString(deal.offtake[*contract].pricePerGpuHour * value, 'f', 4));
    }
    case gds::SeekVariable::SwapStrike: // on the index's tick: four decimals
        return tr("strike %1/GPU-h")
            .arg(currencyPrefix(currency, m_display) + m_locale.toString(value, 'f', 4));
    case gds::SeekVariable::DebtAmount:
        return tr("debt %1").arg(formatValue(value, gds::Unit::Money, m_locale, currency, true, m_display));
    }
    return {};
}

void GoalSeekPanel::solve()
{
    if (m_watcher.isRunning())
        return;
    const gds::Deal deal = m_doc->deal();
    const gds::Issues issues = gds::validate(deal);
    if (!issues.empty()) {
        m_message->setText(
            tr("The deal is not valid, nothing was solved: %1").arg(issueText(issues.front())));
        emit solved();
        return;
    }
    m_runDeal = deal;
    m_runRequest = request();
    m_solve->setEnabled(false);
    m_apply->setEnabled(false);
    m_message->setText(tr("Solving…"));
    const gds::SeekRequest req = m_runRequest;
    const double tick = m_tick->value();
    m_watcher.setFuture(QtConcurrent::run([deal, req, tick] {
        QElapsedTimer timer;
        timer.start();
        Outcome o;
        o.result = gds::goalSeek(deal, req);
        if (o.result.errors.empty() && o.result.solved)
            o.rounded = roundSeekAnswer(deal, req, o.result.value, tick);
        o.ms = double(timer.nsecsElapsed()) / 1e6;
        return o;
    }));
}

void GoalSeekPanel::showValues()
{
    const gds::SeekRequest &req = m_runRequest;
    const bool atLeast = m_result.achieved && *m_result.achieved >= req.targetValue;
    const QString metric = m_target->itemText(m_target->findData(int(req.target)));
    const QString target = metricText(req.target, req.targetValue);
    if (m_result.solved) {
        m_solvedValue->setText(valueText(req, m_resultDeal, m_rounded.value));
        m_achieved->setText(
            tr("%1 at the rounded value (target %2)").arg(metricText(req.target, m_rounded.metric), target));
        const QString tick = req.variable == gds::SeekVariable::DebtAmount
                                 ? formatValue(m_rounded.tick, gds::Unit::Money, m_locale,
                                               QString::fromStdString(m_resultDeal.currency), true, m_display)
                                 : m_locale.toString(m_rounded.tick, 'f', 4);
        QString text = tr("Rounded to the %1 tick from the solver's %2; searched %3.")
                           .arg(tick, m_locale.toString(m_result.value, 'g', 10), rangeText());
        if (!m_rounded.meetsTarget)
            text += QLatin1Char(' ') + tr("At the rounded value the target is missed by a hair.");
        m_message->setText(text);
        m_solvedValue->setStyleSheet(QString());
    } else if (atLeast) {
        // Every value tried meets the target: the target does not constrain this input.
        m_solvedValue->setText(tr("Met at every %1 in the range: not binding").arg(variableNoun()));
        m_achieved->setText(tr("at least %1 over the range (target %2)")
                                .arg(metricText(req.target, m_result.achieved), target));
        m_message->setText(
            tr("The %1 is at least %2 at every %3 from %4; the target %5 does not bind.")
                .arg(metric, metricText(req.target, m_result.achieved), variableNoun(), rangeText(), target));
        m_solvedValue->setStyleSheet(QString());
    } else {
        m_solvedValue->setText(tr("Not reached at any %1 in the range").arg(variableNoun()));
        m_achieved->setText(tr("at most %1, at %2 (target %3)")
                                .arg(metricText(req.target, m_result.achieved),
                                     valueText(req, m_resultDeal, m_result.value), target));
        QString text = tr("The %1 stays below the target %2 at every %3 from %4.")
                           .arg(metric, target, variableNoun(), rangeText());
        if (req.variable != gds::SeekVariable::DebtAmount && req.target == gds::SeekTarget::MinDscr &&
            !req.holdDebt && m_resultDeal.debt.sizing.mode == gds::Sizing::Mode::DscrLtv)
            text += QLatin1Char(' ') + tr("The loan is resized at its target DSCR as the input moves; tick "
                                          "\"Keep the debt amount\" to hold it.");
        m_message->setText(text);
        m_solvedValue->setStyleSheet(QStringLiteral("color: #b00020"));
    }
    m_base->setText(tr("%1 at %2")
                        .arg(metricText(req.target, m_result.baseMetric),
                             valueText(req, m_resultDeal, m_result.baseValue)));
    m_binding->setText(!m_result.solved && atLeast ? tr("none: the target holds across the range")
                       : m_result.binding.empty() || m_result.binding == "none"
                           ? QStringLiteral("–")
                           : bindingLabel(m_result.binding));
}

void GoalSeekPanel::setCurrencyDisplay(CurrencyDisplay display)
{
    if (display == m_display)
        return;
    m_display = display;
    refreshChoices();
    if (m_has && m_result.errors.empty())
        showValues();
}

void GoalSeekPanel::onFinished()
{
    const Outcome o = m_watcher.result();
    m_result = o.result;
    m_ms = o.ms;
    m_has = true;
    m_resultDeal = m_runDeal;
    m_rounded = o.rounded;
    m_solve->setEnabled(true);
    if (!m_result.errors.empty()) {
        m_solvedValue->setText(QStringLiteral("–"));
        for (QLabel *l : {m_achieved, m_base, m_binding, m_iterations})
            l->setText(QStringLiteral("–"));
        m_message->setText(tr("Cannot solve: %1").arg(issueText(m_result.errors.front())));
    } else {
        showValues();
        m_iterations->setText(
            tr("%1 solver iterations, %2 recomputes").arg(m_result.iterations).arg(m_result.evaluations));
    }
    m_time->setText(tr("%1 ms").arg(m_locale.toString(m_ms, 'f', 0)));
    updateApply();
    emit solved();
}

void GoalSeekPanel::updateApply()
{
    m_apply->setEnabled(m_has && m_result.solved && m_result.deal && !m_watcher.isRunning() &&
                        m_doc->deal() == m_resultDeal &&
                        !(appliedDeal(ApplyChoice::KeepSizing) == m_resultDeal));
}

QString GoalSeekPanel::issueText(const gds::Issue &issue) const
{
    return m_namer ? m_namer(issue) : issueTextWithoutEditor(issue, m_doc->deal(), m_locale);
}

} // namespace gds::ui
