#include "RiskView.h"

#include "GoalSeekPanel.h"
#include "MonteCarloPanel.h"
#include "TornadoPanel.h"

namespace gds::ui {

RiskView::RiskView(DealDocument *doc, QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("riskView"));
    setDocumentMode(true);
    m_mc = new MonteCarloPanel(doc, this);
    m_tornado = new TornadoPanel(doc, this);
    m_seek = new GoalSeekPanel(doc, this);
    addTab(m_mc, tr("Monte Carlo"));
    addTab(m_tornado, tr("Sensitivities"));
    addTab(m_seek, tr("Goal seek"));
    setTabToolTip(MonteCarloTab, tr("The spot index simulated; DSCR breach and default probabilities with "
                                    "and without the hedges"));
    setTabToolTip(TornadoTab, tr("One input shocked at a time: min DSCR, equity IRR and debt"));
    setTabToolTip(GoalSeekTab, tr("The contract price, swap strike or debt that meets a target"));
    connect(m_mc, &MonteCarloPanel::statusMessage, this, &RiskView::statusMessage);
    connect(m_tornado, &TornadoPanel::statusMessage, this, &RiskView::statusMessage);
    connect(m_seek, &GoalSeekPanel::statusMessage, this, &RiskView::statusMessage);
}

void RiskView::setCurrencyDisplay(gds::ui::CurrencyDisplay display)
{
    m_mc->setCurrencyDisplay(display);
    m_tornado->setCurrencyDisplay(display);
    m_seek->setCurrencyDisplay(display);
}

} // namespace gds::ui
