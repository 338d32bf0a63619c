// The Risk view of the workbench (issue 6): Monte Carlo with and without hedges, the sensitivity
// tornado and goal seek, one tab each, all working on the document's current deal.
#pragma once

#include "Format.h"

#include <QTabWidget>

namespace gds::ui {

class DealDocument;
class MonteCarloPanel;
class TornadoPanel;
class GoalSeekPanel;

class RiskView : public QTabWidget
{
    Q_OBJECT
public:
    enum Tab { MonteCarloTab, TornadoTab, GoalSeekTab };
    explicit RiskView(DealDocument *doc, QWidget *parent = nullptr);

    MonteCarloPanel *monteCarloPanel() const { return m_mc; }
    TornadoPanel *tornadoPanel() const { return m_tornado; }
    GoalSeekPanel *goalSeekPanel() const { return m_seek; }

public slots:
    // The main window calls it (by name, with the fully qualified type) on the Preferences' currency
    // display; forwarded to the panels.
    void setCurrencyDisplay(gds::ui::CurrencyDisplay display);

signals:
    void statusMessage(const QString &message); // for the main window's status bar

private:
    MonteCarloPanel *m_mc;
    TornadoPanel *m_tornado;
    GoalSeekPanel *m_seek;
};

} // namespace gds::ui
