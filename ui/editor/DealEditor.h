// The deal editor: one tab per section a banker recognizes (Cluster & market, Capex, Offtake, Hedges,
// Financing with equity and tax). A tab whose section has issues shows a warning mark.
#pragma once

#include "engine/Result.h"
#include "Format.h"
#include "model/Deal.h"
#include "model/Issue.h"

#include <QTabWidget>

class QLabel;

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
    // The hedge ratio by year and the over-hedge warning under the Hedges table.
    void setResult(const gds::Result &result, const gds::Deal &deal);
    // Currency in the column titles and unit suffixes: symbol or ISO code.
    void setCurrencyDisplay(CurrencyDisplay display);
    // An issue as the user sees the deal: "Capex row 2, Unit cost: must be greater than 0".
    QString issueText(const gds::Issue &issue) const;
    // Shows the editor of a JSON path ("offtake[1].price_per_gpu_hour") and focuses it.
    void reveal(const QString &path);

    SectionTable *capexTable() const { return m_capex; }
    SectionTable *offtakeTable() const { return m_offtake; }
    SectionTable *hedgeTable() const { return m_hedges; }
    // The section table of the current tab, if it is one.
    SectionTable *currentTable() const;
    // The height the current section needs to show all its fields without scrolling (tab bar
    // included); a form's whole content, a table's preferred size.
    int neededHeight() const;

signals:
    void statusMessage(const QString &message);

private:
    DealDocument *m_doc;
    ClusterMarketEditor *m_cluster;
    SectionTable *m_capex, *m_offtake, *m_hedges;
    FinancingEditor *m_financing;
    QStringList m_titles;
    QLabel *m_hedgeExposure = nullptr;
};

} // namespace gds::ui
