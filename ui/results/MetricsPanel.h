// The key metrics of the current deal, each with its change since the last saved version (green when
// better for the sponsor, red when worse), covenant levels beside the DSCRs, LCOC beside the contract
// prices, and a short sources-and-uses table. When the deal is invalid the last valid numbers stay,
// greyed and marked stale.
#pragma once

#include "engine/MonteCarlo.h"
#include "engine/Result.h"
#include "Format.h"
#include "model/Deal.h"

#include <optional>
#include <QLocale>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gds::ui {

class MetricsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsPanel(QWidget *parent = nullptr);

    // The metric keys shown (document keys of metricFields()), in order.
    static const QStringList &shownKeys();
    // (v2) A metric of version 2 (prepaid, trapped, LTV, repaid in, terminal value and tax): shown for
    // version-2 deals only. Version-2 deals with tranches also get a row per tranche (amount, yield).
    static bool isV2Key(const QString &key);

    void setResult(const gds::Result &result, const gds::Deal &deal);
    void setBaseline(std::optional<gds::Metrics> baseline, const QString &label);
    void setState(bool stale, bool busy, const QString &message);
    void setLocale(const QLocale &locale);
    // Money in the currency's symbol or ISO code (Preferences); applied at once.
    void setCurrencyDisplay(CurrencyDisplay display);
    CurrencyDisplay currencyDisplay() const { return m_display; }

    // The live downside estimate (LiveDownside): P90 min DSCR and P(default) with their standard
    // errors, marked as estimates; `running`: a newer estimate is on its way.
    void setDownside(const std::optional<gds::MonteCarloResult> &estimate, bool running);
    QString downsideText() const;

    // Team workspace: a newer version of the deal on screen exists ("Version 5 saved by alice at ...");
    // empty hides the note. Its Reload button emits reloadRequested().
    void setNewerVersion(const QString &text);
    QString newerVersionText() const;

    // For tests and the status bar.
    QString valueText(const QString &key) const;
    QString deltaText(const QString &key) const;
    bool isStale() const { return m_stale; }

signals:
    void reloadRequested();

private:
    void rebuild();
    void setCell(int row, int col, const QString &text, const QString &tip, const QColor &color);

    QLabel *m_state;
    QLabel *m_baselineLabel;
    QWidget *m_newer; // the note that a newer version exists, with its Reload button
    QLabel *m_newerText;
    QLabel *m_downside;
    QLabel *m_hedge;    // hedge ratio, net index exposure, over-hedge warning
    QLabel *m_warnings; // the engine's warnings (Result::warnings), in the user's words
    gds::Issues m_warningList;
    QTableWidget *m_table;
    QTableWidget *m_su;
    std::optional<gds::Metrics> m_metrics, m_baseline;
    std::vector<gds::TrancheResult> m_tranches;
    gds::Deal m_deal;
    QString m_currency = QStringLiteral("USD");
    CurrencyDisplay m_display = CurrencyDisplay::Symbol;
    bool m_stale = false, m_busy = false;
    QString m_message;
    QLocale m_locale;
};

} // namespace gds::ui
