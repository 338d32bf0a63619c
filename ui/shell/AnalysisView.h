// A view in the main window's analysis tabs, beside the charts and the period table (the Risk view is
// one). The main window hands it the currency display and shows its status messages through this
// typed interface, so that a renamed function or signal fails to compile instead of quietly
// disconnecting.
#pragma once

#include "Format.h"
#include "IssueText.h"

#include <QWidget>

namespace gds::ui {

class AnalysisView : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Money by symbol or ISO code (Preferences: currency display); called when added and on change.
    virtual void setCurrencyDisplay(CurrencyDisplay display) = 0;
    // Names a problem's field as the deal editor shows it ("Capex row 2, Unit cost: ..."); called when
    // added. Views that show no deal problems ignore it.
    virtual void setIssueNamer(IssueNamer namer) { (void)namer; }

signals:
    void statusMessage(const QString &message); // for the main window's status bar
};

} // namespace gds::ui
