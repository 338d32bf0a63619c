// The goal-seek part of the Risk view: the contract price (all contracts or one) or a hedge's strike
// needed for a target min DSCR, equity IRR or P90 min DSCR, or the largest debt for such a target
// (gds::goalSeek, on a worker thread). Shows the solved value, the metric achieved, which constraint
// binds, the iterations and the time taken. The answer is rounded to the input's tick and the metric
// shown is the one at the rounded value. "Apply to deal" pushes it through the document as one undo
// step that names every change; when the debt was held, it asks first whether the sizing changes too.
#pragma once

#include "engine/GoalSeek.h"
#include "Format.h"
#include "IssueText.h"
#include "model/Deal.h"
#include "SeekRounding.h"

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
    // Names a problem's field as the deal editor does (MainWindow sets it); without it, the row or the
    // section and the message (issueTextWithoutEditor), never a JSON path.
    void setIssueNamer(IssueNamer namer) { m_namer = std::move(namer); }
    QString issueText(const gds::Issue &issue) const;

    explicit GoalSeekPanel(DealDocument *doc, QWidget *parent = nullptr);
    ~GoalSeekPanel() override;

    // The form as a request (index: -1 = all contracts; hedges are 0-based).
    gds::SeekRequest request() const;
    void setRequest(const gds::SeekRequest &request);

    bool isSolving() const { return m_watcher.isRunning(); }
    bool hasResult() const { return m_has; }
    const gds::SeekResult &result() const { return m_result; }
    // The answer on the tick, as "Apply to deal" writes it.
    const RoundedAnswer &rounded() const { return m_rounded; }
    // What "Apply to deal" does when the debt was held and the deal sizes its loan on a DSCR: ask, fix
    // the debt at the held amount as well, or change only the solved input (the sizing stays). With
    // GPUDEAL_NO_DIALOGS set, Ask keeps the sizing.
    enum class ApplyChoice { Ask, FixDebt, KeepSizing };
    // The deal "Apply to deal" would write for `choice` (FixDebt or KeepSizing) and its changes in words.
    gds::Deal appliedDeal(ApplyChoice choice) const;
    QStringList appliedChanges(ApplyChoice choice) const;
    bool applyChangesSizing() const;
    double lastSolveMs() const { return m_ms; }
    // The label of a binding key ("min_dscr", "capex_limit", ...).
    static QString bindingLabel(const std::string &key);
    // Prices and debt by the currency's symbol or ISO code (Preferences); re-labels at once.
    void setCurrencyDisplay(CurrencyDisplay display);

public slots:
    void solve();
    void applyToDeal();
    void applyWith(ApplyChoice choice);

signals:
    void solved(); // a solve ended (solved or not)
    void statusMessage(const QString &message);

private:
    struct Outcome {
        gds::SeekResult result;
        RoundedAnswer rounded;
        double ms = 0;
    };
    void refreshChoices();
    void updateTargetUnit();
    void onFinished();
    void showValues(); // the solved and base values of the last result
    void updateApply();
    QString valueText(const gds::SeekRequest &req, const gds::Deal &deal, double value) const;
    QString metricText(gds::SeekTarget target, std::optional<double> v) const;
    QString rangeText() const;    // the bracket searched, in the input's unit
    QString variableNoun() const; // "strike", "contract price", "debt amount"
    QString sizingText(const gds::Deal &deal) const;
    void updateTick();
    DealDocument *m_doc;
    QComboBox *m_target, *m_variable, *m_which;
    QDoubleSpinBox *m_value, *m_tick;
    QCheckBox *m_holdDebt;
    QSpinBox *m_mcPaths, *m_mcSeed;
    QLabel *m_mcLabel, *m_whichLabel, *m_tickLabel;
    QPushButton *m_solve, *m_apply;
    QLabel *m_solvedValue, *m_achieved, *m_base, *m_binding, *m_iterations, *m_time, *m_message;

    QFutureWatcher<Outcome> m_watcher;
    gds::Deal m_runDeal, m_resultDeal;
    gds::SeekRequest m_runRequest;
    gds::SeekResult m_result;
    RoundedAnswer m_rounded;
    bool m_has = false;
    double m_ms = 0;
    QLocale m_locale;
    IssueNamer m_namer;
    CurrencyDisplay m_display = CurrencyDisplay::Symbol;
};

} // namespace gds::ui
