// The Risk view of the workbench: Monte Carlo with and without hedges, the sensitivity
// tornado and goal seek, one tab each, all working on the document's current deal.
#pragma once

#include "AnalysisView.h"

class QTabWidget;

namespace gds::ui {

class DealDocument;
class MonteCarloPanel;
class TornadoPanel;
class GoalSeekPanel;

class RiskView : public AnalysisView
{
    Q_OBJECT
public:
    enum Tab { MonteCarloTab, TornadoTab, GoalSeekTab };
    explicit RiskView(DealDocument *doc, QWidget *parent = nullptr);

    MonteCarloPanel *monteCarloPanel() const { return m_mc; }
    TornadoPanel *tornadoPanel() const { return m_tornado; }
    GoalSeekPanel *goalSeekPanel() const { return m_seek; }
    QTabWidget *tabs() const { return m_tabs; }

    void setCurrencyDisplay(CurrencyDisplay display) override; // forwarded to the panels
    void setIssueNamer(IssueNamer namer) override;             // forwarded to the panels

private:
    QTabWidget *m_tabs;
    MonteCarloPanel *m_mc;
    TornadoPanel *m_tornado;
    GoalSeekPanel *m_seek;
};

} // namespace gds::ui
