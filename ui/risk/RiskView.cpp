#include "RiskView.h"

#include "GoalSeekPanel.h"
#include "MonteCarloPanel.h"
#include "TornadoPanel.h"

#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gds::ui {

namespace {

// A panel in a scroll area, so that its control rows do not set the whole window's minimum width
// (the risk view shares the output pane with the charts and the period table).
QWidget *scrollable(QWidget *panel, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(panel);
    return scroll;
}

} // namespace

RiskView::RiskView(DealDocument *doc, QWidget *parent) : AnalysisView(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("riskView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setDocumentMode(true);
    m_mc = new MonteCarloPanel(doc, this);
    m_tornado = new TornadoPanel(doc, this);
    m_seek = new GoalSeekPanel(doc, this);
    m_tabs->addTab(scrollable(m_mc, m_tabs), tr("Monte Carlo"));
    m_tabs->addTab(scrollable(m_tornado, m_tabs), tr("Sensitivities"));
    m_tabs->addTab(scrollable(m_seek, m_tabs), tr("Goal seek"));
    m_tabs->setTabToolTip(MonteCarloTab,
                          tr("The spot index simulated; DSCR breach and default probabilities with "
                             "and without the hedges"));
    m_tabs->setTabToolTip(TornadoTab, tr("One input shocked at a time: min DSCR, equity IRR and debt"));
    m_tabs->setTabToolTip(GoalSeekTab, tr("The contract price, swap strike or debt that meets a target"));
    connect(m_mc, &MonteCarloPanel::statusMessage, this, &RiskView::statusMessage);
    connect(m_tornado, &TornadoPanel::statusMessage, this, &RiskView::statusMessage);
    connect(m_seek, &GoalSeekPanel::statusMessage, this, &RiskView::statusMessage);
}

void RiskView::setIssueNamer(IssueNamer namer)
{
    m_mc->setIssueNamer(namer);
    m_tornado->setIssueNamer(namer);
    m_seek->setIssueNamer(std::move(namer));
}

void RiskView::setCurrencyDisplay(CurrencyDisplay display)
{
    m_mc->setCurrencyDisplay(display);
    m_tornado->setCurrencyDisplay(display);
    m_seek->setCurrencyDisplay(display);
}

} // namespace gds::ui
