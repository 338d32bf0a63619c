#include "PeriodTableView.h"

#include "Format.h"
#include "io/Csv.h"
#include "PeriodTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace gds::ui {

PeriodTableView::PeriodTableView(QWidget *parent)
    : QWidget(parent), m_model(new PeriodTableModel(this)), m_view(new QTableView(this)),
      m_totals(new QTableView(this)), m_totalsModel(new QStandardItemModel(this)),
      m_grouping(new QComboBox(this))
{
    setObjectName(QStringLiteral("periodTableView"));
    m_view->setObjectName(QStringLiteral("periodTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setDefaultSectionSize(
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("-000,000,000")) + 8);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAlternatingRowColors(true);

    m_grouping->setObjectName(QStringLiteral("periodGrouping"));
    m_grouping->addItems({tr("Months"), tr("Quarters"), tr("Years")});
    connect(m_grouping, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_model->setGrouping(PeriodTableModel::Grouping(i)); });

    auto *copyAction = new QAction(tr("Copy"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &PeriodTableView::copy);
    m_view->addAction(copyAction);
    auto *copyButton = new QToolButton(this);
    copyButton->setObjectName(QStringLiteral("periodCopyButton"));
    copyButton->setText(tr("Copy"));
    copyButton->setToolTip(tr("Copy the selection (or the whole table) with headers, tab-separated"));
    connect(copyButton, &QToolButton::clicked, this, &PeriodTableView::copy);
    auto *csvButton = new QToolButton(this);
    csvButton->setObjectName(QStringLiteral("periodCsvButton"));
    csvButton->setText(tr("Export CSV…"));
    connect(csvButton, &QToolButton::clicked, this, &PeriodTableView::exportCsvInteractive);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(new QLabel(tr("Show by"), this));
    bar->addWidget(m_grouping);
    bar->addStretch();
    bar->addWidget(copyButton);
    bar->addWidget(csvButton);
    // The total column: frozen on the right, its rows scroll with the table's.
    m_totals->setObjectName(QStringLiteral("periodTotals"));
    m_totals->setModel(m_totalsModel);
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->verticalHeader()->hide();
    m_totals->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_totals->verticalHeader()->setDefaultSectionSize(m_view->verticalHeader()->defaultSectionSize());
    m_totals->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // the same height as the table's
    m_totals->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_totals->setAlternatingRowColors(true);
    m_totals->setFixedWidth(m_view->fontMetrics().horizontalAdvance(QStringLiteral("-0,000,000,000")) + 16);
    m_totals->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, m_totals->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeriodTableView::fillTotals);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PeriodTableView::fillTotals);
    auto *tables = new QHBoxLayout;
    tables->setContentsMargins(0, 0, 0, 0);
    tables->setSpacing(0);
    tables->addWidget(m_view, 1);
    tables->addWidget(m_totals);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addLayout(tables, 1);
}

void PeriodTableView::fillTotals()
{
    const auto &fields = gds::periodFields();
    m_totalsModel->clear();
    m_totalsModel->setColumnCount(1);
    m_totalsModel->setHorizontalHeaderLabels({tr("Total")});
    m_totals->horizontalHeader()->setFixedHeight(m_view->horizontalHeader()->sizeHint().height());
    const gds::PeriodTable &t = m_result.periods;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const gds::PeriodField &f = fields[std::size_t(r)];
        auto *item = new QStandardItem;
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const bool additive = !f.balance && (f.unit == gds::Unit::Money || f.unit == gds::Unit::Hours);
        const std::vector<double> &series = t.*(f.series);
        if (additive && !series.empty()) {
            double sum = 0;
            for (double v : series)
                sum += gds::isNull(v) ? 0.0 : v;
            item->setText(locale().toString(sum, 'f', 0));
            item->setData(sum, PeriodTableModel::RawValueRole);
            if (sum < 0)
                item->setForeground(QColor(176, 0, 32));
        }
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        if (PeriodTableModel::isSubtotal(r))
            item->setBackground(QColor(236, 240, 245));
        m_totalsModel->appendRow(item);
    }
}

void PeriodTableView::setResult(const gds::Result &result, const gds::Deal &deal)
{
    m_result = result;
    m_model->setResult(result, deal);
    fillTotals();
}

QString PeriodTableView::selectionAsText() const
{
    int r0 = 0, r1 = m_model->rowCount() - 1, c0 = 0, c1 = m_model->columnCount() - 1;
    const QModelIndexList sel =
        m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (sel.size() > 1) {
        r0 = c0 = INT_MAX, r1 = c1 = -1;
        for (const QModelIndex &i : sel) {
            r0 = std::min(r0, i.row()), r1 = std::max(r1, i.row());
            c0 = std::min(c0, i.column()), c1 = std::max(c1, i.column());
        }
    }
    QString out;
    for (int c = c0; c <= c1; ++c)
        out += QLatin1Char('\t') + m_model->headerData(c, Qt::Horizontal).toString();
    out += QLatin1Char('\n');
    for (int r = r0; r <= r1; ++r) {
        out += m_model->headerData(r, Qt::Vertical).toString();
        for (int c = c0; c <= c1; ++c)
            out += QLatin1Char('\t') + plainNumber(m_model->value(r, c), locale());
        out += QLatin1Char('\n');
    }
    return out;
}

void PeriodTableView::copy()
{
    QApplication::clipboard()->setText(selectionAsText());
    emit statusMessage(tr("Period table copied to the clipboard"));
}

bool PeriodTableView::exportCsv(const QString &path, QString *error) const
{
    return exportCsv(path, CsvFlavor::Machine, QLocale::c(), error);
}

bool PeriodTableView::exportCsv(const QString &path, CsvFlavor flavor, const QLocale &locale,
                                QString *error) const
{
    if (m_model->isStale()) {
        if (error)
            *error = tr("Nothing was exported: the deal has marked fields. Fix the marked fields first.");
        return false;
    }
    QByteArray bytes;
    if (flavor == CsvFlavor::Localized)
        bytes = utf8Bom() + m_model->toCsv(CsvFlavor::Localized, locale).toUtf8();
    else if (m_model->grouping() == PeriodTableModel::Grouping::Month)
        bytes = QByteArray::fromStdString(gds::writePeriodCsv(m_result));
    else
        bytes = m_model->toCsv().toUtf8();
    return writeFileSafely(path, bytes, error);
}

void PeriodTableView::exportCsvInteractive()
{
    QSettings settings;
    const auto target =
        askCsvTarget(this, tr("Export period table"), QStringLiteral("periods.csv"), locale(), settings);
    if (!target)
        return;
    QString error;
    emit statusMessage(exportCsv(target->path, target->flavor, locale(), &error)
                           ? tr("Period table saved to %1").arg(target->path)
                           : error);
}

} // namespace gds::ui
