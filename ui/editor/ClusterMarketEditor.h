// The "Cluster & market" section: deal identity and time line, the cluster's operations, the spot
// market of the GPU-hour index.
#pragma once

#include "Format.h"
#include "model/Issue.h"

#include <QWidget>

namespace gds::ui {

class DealDocument;
class FormBinder;

class ClusterMarketEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterMarketEditor(DealDocument *doc, QWidget *parent = nullptr);
    void setIssues(const gds::Issues &issues);
    void setCurrencyDisplay(CurrencyDisplay display);
    FormBinder *binder() const { return m_binder; }

private:
    FormBinder *m_binder;
};

} // namespace gds::ui
