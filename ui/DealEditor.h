// The deal editor: one tab per section a banker recognizes (Cluster & market, Capex, Offtake, Hedges,
// Financing with equity and tax). A tab whose section has issues shows a warning mark.
#pragma once

#include "Format.h"
#include "model/Issue.h"

#include <QTabWidget>

namespace gds::ui {

class DealDocument;
class ClusterMarketEditor;
class FinancingEditor;
class SectionTable;
class CapexModel;
class OfftakeModel;
class HedgeModel;

class DealEditor : public QTabWidget
{
    Q_OBJECT
public:
    enum Tab { ClusterTab, CapexTab, OfftakeTab, HedgeTab, FinancingTab };
    explicit DealEditor(DealDocument *doc, QWidget *parent = nullptr);

    void setIssues(const gds::Issues &issues);
    // Currency in the column titles and unit suffixes: symbol or ISO code.
    void setCurrencyDisplay(CurrencyDisplay display);
    // Shows the editor of a JSON path ("offtake[1].price_per_gpu_hour") and focuses it.
    void reveal(const QString &path);

    SectionTable *capexTable() const { return m_capex; }
    SectionTable *offtakeTable() const { return m_offtake; }
    SectionTable *hedgeTable() const { return m_hedges; }
    // The section table of the current tab, if it is one.
    SectionTable *currentTable() const;

signals:
    void statusMessage(const QString &message);

private:
    ClusterMarketEditor *m_cluster;
    SectionTable *m_capex, *m_offtake, *m_hedges;
    FinancingEditor *m_financing;
    QStringList m_titles;
};

} // namespace gds::ui
