#include "DealEditor.h"

#include "CapexModel.h"
#include "ClusterMarketEditor.h"
#include "DealDocument.h"
#include "DealTableModel.h"
#include "FinancingEditor.h"
#include "FormBinder.h"
#include "HedgeExposure.h"
#include "HedgeModel.h"
#include "IssueText.h"
#include "OfftakeModel.h"
#include "SectionTable.h"

#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace gds::ui {

namespace {
QWidget *withNote(SectionTable *table, const QString &note)
{
    auto *w = new QWidget;
    auto *l = new QVBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(0);
    auto *label = new QLabel(note);
    label->setWordWrap(true);
    label->setContentsMargins(6, 4, 6, 0);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    l->addWidget(label);
    l->addWidget(table, 1);
    return w;
}
} // namespace

DealEditor::DealEditor(DealDocument *doc, QWidget *parent) : QTabWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("dealEditor"));
    m_cluster = new ClusterMarketEditor(doc, this);
    m_capex = new SectionTable(new CapexModel(doc, this), QStringLiteral("capexTable"), this);
    m_offtake = new SectionTable(new OfftakeModel(doc, this), QStringLiteral("offtakeTable"), this);
    m_hedges = new SectionTable(new HedgeModel(doc, this), QStringLiteral("hedgeTable"), this);
    m_financing = new FinancingEditor(doc, this);
    m_titles = {tr("Cluster && market"), tr("Capex"), tr("Offtake"), tr("Hedges"), tr("Financing")};
    addTab(m_cluster, m_titles[0]);
    addTab(withNote(m_capex, tr("Spend: model period and share of the line's cost, e.g. \"0: 30 %; 2: 70 %\" "
                                "(period 0 is financial close).")),
           m_titles[1]);
    addTab(
        withNote(m_offtake, tr("Take-or-pay contracts; start is a model period (the first operating period "
                               "is construction months + 1).")),
        m_titles[2]);
    QWidget *hedgePage =
        withNote(m_hedges, tr("The operator receives the strike and pays the index. A futures "
                              "contract is about one GPU for one month (730 GPU-hours)."));
    m_hedgeExposure = new QLabel(hedgePage);
    m_hedgeExposure->setObjectName(QStringLiteral("hedgeExposure"));
    m_hedgeExposure->setWordWrap(true);
    m_hedgeExposure->setContentsMargins(6, 4, 6, 4);
    m_hedgeExposure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    static_cast<QVBoxLayout *>(hedgePage->layout())->addWidget(m_hedgeExposure);
    addTab(hedgePage, m_titles[3]);
    addTab(m_financing, m_titles[4]);
    for (SectionTable *t : {m_capex, m_offtake, m_hedges})
        connect(t, &SectionTable::statusMessage, this, &DealEditor::statusMessage);
    connect(m_financing, &FinancingEditor::statusMessage, this, &DealEditor::statusMessage);
    QList<FormBinder *> forms = m_financing->binders();
    forms << m_cluster->binder();
    for (FormBinder *b : forms)
        connect(b, &FormBinder::inputRejected, this, &DealEditor::statusMessage);
}

int DealEditor::neededHeight() const
{
    QWidget *page = currentWidget();
    if (!page)
        return sizeHint().height();
    // A form scrolls inside its page: what it needs is its content's size, not the scroll area's.
    const auto *scroll = page->findChild<QScrollArea *>();
    const int content =
        scroll && scroll->widget() ? scroll->widget()->sizeHint().height() : page->sizeHint().height();
    return tabBar()->sizeHint().height() + content +
           2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this) + 12;
}

void DealEditor::setCurrencyDisplay(CurrencyDisplay display)
{
    m_cluster->setCurrencyDisplay(display);
    m_financing->setCurrencyDisplay(display);
    for (SectionTable *t : {m_capex, m_offtake, m_hedges})
        t->model()->setCurrencyDisplay(display);
}

void DealEditor::setResult(const gds::Result &result, const gds::Deal &deal)
{
    if (!result.ok())
        return; // the last valid numbers stay
    const HedgeExposure e = hedgeExposure(deal, result);
    const QString warning = overHedgeWarning(e, locale());
    QString text = hedgeRatioByYear(e, locale());
    if (!warning.isEmpty())
        text += QStringLiteral("\n⚠ ") + warning;
    m_hedgeExposure->setText(text);
    m_hedgeExposure->setProperty("overHedged", e.overHedged());
    m_hedgeExposure->setStyleSheet(e.overHedged() ? QStringLiteral("background:#fff1c2; color:#7a4b00;")
                                                  : QString());
}

SectionTable *DealEditor::currentTable() const
{
    switch (currentIndex()) {
    case CapexTab:
        return m_capex;
    case OfftakeTab:
        return m_offtake;
    case HedgeTab:
        return m_hedges;
    default:
        return nullptr;
    }
}

namespace {
// The editor tab a JSON path belongs to.
int tabOf(const QString &path)
{
    if (path.startsWith(QLatin1String("capex")))
        return int(DealEditor::CapexTab);
    if (path.startsWith(QLatin1String("offtake")))
        return int(DealEditor::OfftakeTab);
    if (path.startsWith(QLatin1String("hedges")))
        return int(DealEditor::HedgeTab);
    if (path.startsWith(QLatin1String("debt")) || path.startsWith(QLatin1String("equity")) ||
        path.startsWith(QLatin1String("tax")) || path.startsWith(QLatin1String("collateral")) ||
        path.startsWith(QLatin1String("credit")))
        return int(DealEditor::FinancingTab);
    return int(DealEditor::ClusterTab);
}
} // namespace

void DealEditor::setIssues(const gds::Issues &issues)
{
    m_cluster->setIssues(issues);
    m_financing->setIssues(issues);
    for (SectionTable *t : {m_capex, m_offtake, m_hedges}) {
        t->model()->setIssues(issues);
        t->refreshIssues();
    }
    QList<bool> bad(count(), false);
    for (const gds::Issue &i : issues)
        bad[tabOf(QString::fromStdString(i.path))] = true;
    for (int t = 0; t < count(); ++t) {
        const QString text = bad[t] ? m_titles[t] + QStringLiteral(" ⚠") : m_titles[t];
        if (tabText(t) != text) { // relayouts the tab bar: only on change
            setTabText(t, text);
            setTabToolTip(t, bad[t] ? tr("This section has problems; hover the marked fields") : QString());
        }
    }
}

QString DealEditor::issueText(const gds::Issue &issue) const
{
    const QString path = QString::fromStdString(issue.path);
    const gds::Deal &deal = m_doc->deal();
    // A goal seek request's problem ("the deal has no hedges") says all in its message.
    if (issue.code >= gds::IssueCode::SeekTargetNotFinite && issue.code <= gds::IssueCode::SeekSolverFailed)
        return issueMessageText(issue, false, deal, locale());
    auto title = [this](int tab) {
        return QString(m_titles[tab]).replace(QStringLiteral("&&"), QStringLiteral("&"));
    };
    for (auto [table, tab] : {std::pair{m_capex, CapexTab},
                              {m_offtake, OfftakeTab},
                              {m_hedges, HedgeTab},
                              {m_financing->trancheTable(), FinancingTab}}) {
        DealTableModel *model = table->model();
        const QString prefix = model->arrayKey() + QLatin1Char('[');
        if (path == model->arrayKey())
            return tr("%1: %2", "section: problem")
                .arg(title(tab), issueMessageText(issue, false, deal, locale()));
        if (!path.startsWith(prefix))
            continue;
        const int row = path.mid(prefix.size()).section(QLatin1Char(']'), 0, 0).toInt();
        const QString inner = path.section(QLatin1Char('.'), 1);
        QString key = inner.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
        int col = model->columnOf(key);
        if (const int c2 = model->columnOf(inner.section(QLatin1Char('.'), 0, 1)); col < 0 && c2 >= 0) {
            key = inner.section(QLatin1Char('.'), 0, 1); // a tranche's "rate.margin"
            col = c2;
        }
        const bool percent = (col >= 0 && model->columns()[col].kind == DealTableModel::Kind::Percent) ||
                             path.endsWith(QLatin1String(".share"));
        const QString message = issueMessageText(issue, percent, deal, locale());
        if (col < 0)
            return tr("%1 row %2: %3", "section, row: problem").arg(title(tab)).arg(row + 1).arg(message);
        // The column title without its unit: "Unit cost ($)" -> "Unit cost".
        QString field = model->columnTitle(col);
        field = field.section(QStringLiteral(" ("), 0, 0);
        // "capex[0].spend[1].share": the entry inside the cell too ("Spend, spend entry 2, share").
        if (inner != key && inner.contains(QLatin1Char('.')))
            field = tr("%1, %2", "field, entry inside it").arg(field, subFieldText(inner));
        return tr("%1 row %2, %3: %4", "section, row, field: problem")
            .arg(title(tab))
            .arg(row + 1)
            .arg(field, message);
    }
    QList<std::pair<FormBinder *, int>> forms{{m_cluster->binder(), int(ClusterTab)}};
    for (FormBinder *b : m_financing->binders())
        forms.append({b, int(FinancingTab)});
    for (auto [binder, tab] : forms) {
        const QString label = binder->labelFor(path);
        if (label.isEmpty())
            continue;
        return tr("%1, %2: %3", "section, field: problem")
            .arg(title(tab), label, issueMessageText(issue, binder->isPercent(path), deal, locale()));
    }
    // Not a field of a form or table: the section (or the row) and the message; never a JSON path.
    const QString message = issueMessageText(issue, false, deal, locale());
    if (path.isEmpty())
        return message;
    if (const QString row = rowText(path); !row.isEmpty())
        return tr("%1: %2", "section: problem").arg(row, message);
    return tr("%1: %2", "section: problem").arg(title(tabOf(path)), message);
}

void DealEditor::reveal(const QString &path)
{
    for (auto [table, tab] : {std::pair{m_capex, CapexTab},
                              {m_offtake, OfftakeTab},
                              {m_hedges, HedgeTab},
                              {m_financing->trancheTable(), FinancingTab}}) {
        const QString prefix = table->model()->arrayKey() + QLatin1Char('[');
        if (!path.startsWith(prefix) && path != table->model()->arrayKey())
            continue;
        setCurrentIndex(tab);
        const int row = path.mid(prefix.size()).section(QLatin1Char(']'), 0, 0).toInt();
        const QString key = path.section(QLatin1Char('.'), 1, 1).section(QLatin1Char('['), 0, 0);
        const int col = std::max(0, table->model()->columnOf(key));
        if (row >= 0 && row < table->model()->itemCount())
            table->view()->setCurrentIndex(table->model()->index(row, col));
        table->view()->setFocus();
        return;
    }
    QList<FormBinder *> forms = m_financing->binders();
    forms << m_cluster->binder();
    for (FormBinder *b : forms) {
        QString p = path;
        while (!p.isEmpty()) {
            if (QWidget *w = b->widgetFor(p)) {
                setCurrentWidget(b == m_cluster->binder() ? static_cast<QWidget *>(m_cluster) : m_financing);
                w->setFocus();
                return;
            }
            p = p.contains(QLatin1Char('.')) ? p.section(QLatin1Char('.'), 0, -2) : QString();
        }
    }
}

} // namespace gds::ui
