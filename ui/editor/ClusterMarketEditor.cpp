#include "ClusterMarketEditor.h"

#include "FormBinder.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gds::ui {

using Scale = FormBinder::Scale;

ClusterMarketEditor::ClusterMarketEditor(DealDocument *doc, QWidget *parent)
    : QWidget(parent), m_binder(new FormBinder(doc, this))
{
    setObjectName(QStringLiteral("clusterMarketEditor"));
    FormBinder &b = *m_binder;
    const QString pct = QStringLiteral("%"), pctYr = tr("%/yr");

    auto *deal = new QGroupBox(tr("Deal"), this);
    auto *f1 = new QFormLayout(deal);
    f1->addRow(tr("Name"), b.addText(QStringLiteral("name"), tr("Name"),
                                     [](gds::Deal &d) -> std::string & { return d.name; }));
    f1->addRow(tr("Sponsor"), b.addText(QStringLiteral("sponsor"), tr("Sponsor"),
                                        [](gds::Deal &d) -> std::string & { return d.sponsor; }));
    f1->addRow(tr("Currency"), b.addText(QStringLiteral("currency"), tr("Currency"),
                                         [](gds::Deal &d) -> std::string & { return d.currency; }));
    f1->addRow(tr("Financial close"), b.addMonth(QStringLiteral("start"), tr("Financial close"),
                                                 [](gds::Deal &d) -> gds::YearMonth & { return d.start; }));
    f1->addRow(tr("Construction"),
               b.addInt(
                   QStringLiteral("construction_months"), tr("Construction"),
                   [](gds::Deal &d) -> int & { return d.constructionMonths; }, tr("months")));
    f1->addRow(tr("Operations"), b.addInt(
                                     QStringLiteral("operating_months"), tr("Operations"),
                                     [](gds::Deal &d) -> int & { return d.operatingMonths; }, tr("months")));
    f1->addRow(tr("Notes"), b.addText(QStringLiteral("notes"), tr("Notes"),
                                      [](gds::Deal &d) -> std::string & { return d.notes; }));

    auto *cluster = new QGroupBox(tr("Cluster"), this);
    auto *f2 = new QFormLayout(cluster);
    f2->addRow(tr("GPU model"), b.addText(QStringLiteral("cluster.gpu_model"), tr("GPU model"),
                                          [](gds::Deal &d) -> std::string & { return d.cluster.gpuModel; }));
    f2->addRow(tr("GPUs"), b.addInt(
                               QStringLiteral("cluster.gpus"), tr("GPUs"),
                               [](gds::Deal &d) -> int & { return d.cluster.gpus; }, tr("GPUs")));
    f2->addRow(tr("Availability"),
               b.addDouble(
                   QStringLiteral("cluster.availability"), tr("Availability"),
                   [](gds::Deal &d) -> double & { return d.cluster.availability; }, Scale::Percent, pct, 2));
    f2->addRow(tr("Power per GPU"),
               b.addDouble(
                   QStringLiteral("cluster.kw_per_gpu"), tr("Power per GPU"),
                   [](gds::Deal &d) -> double & { return d.cluster.kwPerGpu; }, Scale::Plain, tr("kW"), 3));
    f2->addRow(tr("PUE"), b.addDouble(
                              QStringLiteral("cluster.pue"), tr("PUE"),
                              [](gds::Deal &d) -> double & { return d.cluster.pue; }, Scale::Plain,
                              QStringLiteral("x"), 2));
    f2->addRow(tr("Power price"), b.addMoney(
                                      QStringLiteral("cluster.power_price_per_kwh"), tr("Power price"),
                                      [](gds::Deal &d) -> double & { return d.cluster.powerPricePerKwh; },
                                      tr("%1/kWh", "currency per kilowatt-hour"), 4));
    f2->addRow(tr("Power escalation"), b.addDouble(
                                           QStringLiteral("cluster.power_escalation"), tr("Power escalation"),
                                           [](gds::Deal &d) -> double & { return d.cluster.powerEscalation; },
                                           Scale::Percent, pctYr));
    f2->addRow(tr("Fixed opex"), b.addMoney(
                                     QStringLiteral("cluster.fixed_opex_per_gpu_month"), tr("Fixed opex"),
                                     [](gds::Deal &d) -> double & { return d.cluster.fixedOpexPerGpuMonth; },
                                     tr("%1/GPU-month", "currency per GPU and month"), 2));
    f2->addRow(tr("Opex escalation"),
               b.addDouble(
                   QStringLiteral("cluster.opex_escalation"), tr("Opex escalation"),
                   [](gds::Deal &d) -> double & { return d.cluster.opexEscalation; }, Scale::Percent, pctYr));
    f2->addRow(tr("Variable opex"),
               b.addDouble(
                   QStringLiteral("cluster.variable_opex_pct_of_revenue"), tr("Variable opex"),
                   [](gds::Deal &d) -> double & { return d.cluster.variableOpexPctOfRevenue; },
                   Scale::Percent, tr("% of revenue")));

    auto *market = new QGroupBox(tr("Spot market"), this);
    auto *f3 = new QFormLayout(market);
    f3->addRow(tr("Index"), b.addText(QStringLiteral("market.index"), tr("Index"),
                                      [](gds::Deal &d) -> std::string & { return d.market.index; }));
    f3->addRow(tr("Spot price"), b.addMoney(
                                     QStringLiteral("market.spot_price_per_gpu_hour"), tr("Spot price"),
                                     [](gds::Deal &d) -> double & { return d.market.spotPricePerGpuHour; },
                                     tr("%1/GPU-h", "currency per GPU-hour"), 4));
    f3->addRow(tr("Annual change"),
               b.addDouble(
                   QStringLiteral("market.annual_change"), tr("Annual change"),
                   [](gds::Deal &d) -> double & { return d.market.annualChange; }, Scale::Percent, pctYr));
    f3->addRow(tr("Merchant utilization"),
               b.addDouble(
                   QStringLiteral("market.merchant_utilization"), tr("Merchant utilization"),
                   [](gds::Deal &d) -> double & { return d.market.merchantUtilization; }, Scale::Percent,
                   pct));
    f3->addRow(tr("Volatility"),
               b.addDouble(
                   QStringLiteral("market.volatility"), tr("Volatility"),
                   [](gds::Deal &d) -> double & { return d.market.volatility; }, Scale::Percent, pctYr));
    f3->addRow(tr("Mean reversion"), b.addDouble(
                                         QStringLiteral("market.mean_reversion"), tr("Mean reversion"),
                                         [](gds::Deal &d) -> double & { return d.market.meanReversion; },
                                         Scale::Plain, tr("/yr"), 3));

    // Rows a little denser than the style's default: the page's 23 fields fit a laptop's editor pane
    // (1366x768, README "The workbench") without scrolling.
    for (QFormLayout *form : {f1, f2, f3})
        form->setVerticalSpacing(4);
    auto *content = new QWidget;
    auto *row = new QHBoxLayout(content);
    row->setContentsMargins(6, 4, 6, 4);
    auto *left = new QVBoxLayout;
    left->addWidget(deal);
    left->addWidget(market);
    left->addStretch();
    row->addLayout(left, 1);
    row->addWidget(cluster, 1, Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    m_binder->refresh();
}

void ClusterMarketEditor::setIssues(const gds::Issues &issues)
{
    m_binder->setIssues(issues);
}

void ClusterMarketEditor::setCurrencyDisplay(CurrencyDisplay display)
{
    m_binder->setCurrencyDisplay(display);
}

} // namespace gds::ui
