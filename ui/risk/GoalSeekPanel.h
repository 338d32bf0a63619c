// The goal-seek part of the Risk view: the contract price (all contracts or one) or a hedge's strike
// needed for a target min DSCR, equity IRR or P90 min DSCR, or the largest debt for such a target
// (gds::goalSeek, on a worker thread). Shows the solved value, the metric achieved, which constraint
// binds, the iterations and the time taken; "Apply to deal" pushes the solved deal through the
// document as one undo step.
#pragma once

#include "engine/GoalSeek.h"
#include "Format.h"
#include "model/Deal.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace gds::ui {

class DealDocument;

class GoalSeekPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GoalSeekPanel(DealDocument *doc, QWidget *parent = nullptr);
    ~GoalSeekPanel() override;

    // The form as a request (index: -1 = all contracts; hedges are 0-based).
    gds::SeekRequest request() const;
    void setRequest(const gds::SeekRequest &request);

    bool isSolving() const { return m_watcher.isRunning(); }
    bool hasResult() const { return m_has; }
    const gds::SeekResult &result() const { return m_result; }
    double lastSolveMs() const { return m_ms; }
    // The label of a binding key ("min_dscr", "capex_limit", ...).
    static QString bindingLabel(const std::string &key);
    // Prices and debt by the currency's symbol or ISO code (Preferences); re-labels at once.
    void setCurrencyDisplay(CurrencyDisplay display);

public slots:
    void solve();
    void applyToDeal();

signals:
    void solved(); // a solve ended (solved or not)
    void statusMessage(const QString &message);

private:
    struct Outcome {
        gds::SeekResult result;
        double ms = 0;
    };
    void refreshChoices();
    void updateTargetUnit();
    void onFinished();
    void showValues(); // the solved and base values of the last result
    void updateApply();
    QString valueText(const gds::SeekRequest &req, const gds::Deal &deal, double value) const;
    QString metricText(gds::SeekTarget target, std::optional<double> v) const;

    DealDocument *m_doc;
    QComboBox *m_target, *m_variable, *m_which;
    QDoubleSpinBox *m_value;
    QCheckBox *m_holdDebt;
    QSpinBox *m_mcPaths, *m_mcSeed;
    QLabel *m_mcLabel, *m_whichLabel;
    QPushButton *m_solve, *m_apply;
    QLabel *m_solvedValue, *m_achieved, *m_base, *m_binding, *m_iterations, *m_time, *m_message;

    QFutureWatcher<Outcome> m_watcher;
    gds::Deal m_runDeal, m_resultDeal;
    gds::SeekRequest m_runRequest;
    gds::SeekResult m_result;
    bool m_has = false;
    double m_ms = 0;
    QLocale m_locale;
    CurrencyDisplay m_display = CurrencyDisplay::Symbol;
};

} // namespace gds::ui
