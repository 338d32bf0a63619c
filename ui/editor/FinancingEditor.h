// The "Financing" section: debt sizing (target DSCR and LTV, or a fixed amount), tenor and profile,
// the rate (fixed, or floating: flat base or a curve, plus a flat margin, a margin grid or (v2) a margin
// by offtaker rating) or (v2) tranches each with its rate, day count, fees, DSRA, covenants; (v2) the
// cash waterfall with the maintenance LTV, the collateral, the offtaker credit; the equity and tax
// assumptions (v2: the tax basis).
#pragma once

#include "Format.h"
#include "model/Deal.h"
#include "model/Issue.h"

#include <QList>
#include <QWidget>
#include <vector>

class QGridLayout;
class QLabel;
class QScrollArea;
class QTableView;

namespace gds::ui {

class CollateralEditor;
class CreditEditor;
class BaseCurveModel;
class MarginByRatingModel;
class MarginGridModel;
class WaterfallEditor;
class DealDocument;
class FormBinder;
class SectionTable;

class FinancingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FinancingEditor(DealDocument *doc, QWidget *parent = nullptr);
    void setIssues(const gds::Issues &issues);
    void setCurrencyDisplay(CurrencyDisplay display);
    FormBinder *binder() const { return m_binder; }
    SectionTable *marginGrid() const { return m_grid; }
    SectionTable *baseCurve() const { return m_curve; }
    // (v2) The tranche whose base and margin grid the tables show (-1: the facility's rate).
    int editedTranche() const { return m_edited; }
    CreditEditor *creditEditor() const { return m_credit; }
    SectionTable *trancheTable() const { return m_tranches; }
    QTableView *marginByRating() const { return m_byRating; }
    WaterfallEditor *waterfallEditor() const { return m_waterfall; }
    CollateralEditor *collateralEditor() const { return m_collateral; }
    // Every form of the section (the financing, waterfall, collateral and credit fields).
    QList<FormBinder *> binders() const;

signals:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateVisibility();
    // The groups under the rate in two columns, or in one when the pane is narrow.
    void reflow();
    // Points the base-curve and margin-grid tables (and the base kind) at the selected tranche's rate,
    // or the facility's without tranches.
    void retargetRateTables();

    DealDocument *m_doc;
    FormBinder *m_binder;
    QGridLayout *m_sizing = nullptr, *m_rate = nullptr, *m_columns = nullptr;
    QWidget *m_left = nullptr, *m_right = nullptr;
    QScrollArea *m_scroll = nullptr;
    SectionTable *m_grid = nullptr, *m_curve = nullptr;
    MarginGridModel *m_gridModel = nullptr;
    BaseCurveModel *m_curveModel = nullptr;
    QLabel *m_selectedTranche = nullptr;
    int m_edited = -1; // the tranche whose base and grid the tables edit; -1: the facility's rate
    gds::Issues m_issues;
    CreditEditor *m_credit = nullptr;
    SectionTable *m_tranches = nullptr;
    MarginByRatingModel *m_byRatingModel = nullptr;
    QTableView *m_byRating = nullptr;
    WaterfallEditor *m_waterfall = nullptr;
    CollateralEditor *m_collateral = nullptr;
    std::vector<gds::Tranche> m_keptTranches; // the last tranches, for a switch back from one rate
};

} // namespace gds::ui
