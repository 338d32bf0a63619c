#include "PreferencesDialog.h"

#include <algorithm>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gds::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : PreferencesDialog(new QSettings, QLocale::system(), parent)
{
    m_ownsSettings = true;
}

PreferencesDialog::PreferencesDialog(QSettings *settings, const QLocale &system, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_system(system)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    build();
    const Preferences p = Preferences::load(*m_settings, m_system);
    m_startLanguage = p.language;
    setPreferences(p);
}

PreferencesDialog::~PreferencesDialog()
{
    if (m_ownsSettings)
        delete m_settings;
}

void PreferencesDialog::build()
{
    auto *form = new QFormLayout;

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(
        tr("System default (%1)").arg(nativeLanguageName(Preferences{}.effectiveLanguage(m_system))),
        QString());
    for (const QString &code : supportedLanguages())
        m_language->addItem(nativeLanguageName(code), code);
    form->addRow(tr("&Language:"), m_language);
    m_restartNote = new QLabel(tr("The new language is used after GPU Deal Studio restarts."), this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    form->addRow(QString(), m_restartNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);

    m_workspace = new QLineEdit(this);
    m_workspace->setObjectName(QStringLiteral("workspaceEdit"));
    m_workspace->setPlaceholderText(tr("Empty: the workspace open when you quit, else the data folder's"));
    m_workspace->setToolTip(tr("A workspace file or a team workspace (postgresql://...) to open at every "
                               "start; empty: the workspace open when GPU Deal Studio was last closed, "
                               "else the workspace file in your data folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("workspaceBrowse"));
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::browseWorkspace);
    auto *workspaceRow = new QHBoxLayout;
    workspaceRow->addWidget(m_workspace, 1);
    workspaceRow->addWidget(browse);
    form->addRow(tr("Default &workspace:"), workspaceRow);

    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->addItem(tr("Symbol ($, €, £)"), int(Preferences::CurrencyDisplay::Symbol));
    m_currency->addItem(tr("ISO code (USD, EUR, GBP)"), int(Preferences::CurrencyDisplay::Code));
    form->addRow(tr("&Currency display:"), m_currency);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    m_paper->addItem(tr("A4"), int(Preferences::Paper::A4));
    m_paper->addItem(tr("US Letter"), int(Preferences::Paper::Letter));
    form->addRow(tr("&Paper size:"), m_paper);

    m_paths = new QSpinBox(this);
    m_paths->setObjectName(QStringLiteral("pathsSpin"));
    m_paths->setRange(Preferences::kMinPaths, Preferences::kMaxPaths);
    m_paths->setSingleStep(1000);
    m_paths->setGroupSeparatorShown(true);
    form->addRow(tr("Monte Carlo &paths:"), m_paths);

    m_seed = new QLineEdit(this);
    m_seed->setObjectName(QStringLiteral("seedEdit"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,20}")), m_seed));
    form->addRow(tr("Monte Carlo &seed:"), m_seed);

    m_csv = new QComboBox(this);
    m_csv->setObjectName(QStringLiteral("csvFormatCombo"));
    m_csv->addItem(tr("For spreadsheets (numbers and dates in your locale's format)"),
                   int(CsvFlavor::Localized));
    m_csv->addItem(tr("For machines (locale-independent, as gpudeal-cli writes)"), int(CsvFlavor::Machine));
    m_csv->setToolTip(tr("Preselected when you export the period table as CSV; the export dialog can "
                         "still choose the other format, and remembers that choice."));
    form->addRow(tr("CSV &format:"), m_csv);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = Preferences::defaults(m_system);
    p.language = m_language->currentData().toString();
    p.defaultWorkspace = m_workspace->text().trimmed();
    p.currencyDisplay = Preferences::CurrencyDisplay(m_currency->currentData().toInt());
    p.paper = Preferences::Paper(m_paper->currentData().toInt());
    p.monteCarloPaths = m_paths->value();
    bool ok = false;
    const quint64 seed = m_seed->text().toULongLong(&ok);
    p.monteCarloSeed = ok ? seed : Preferences::kDefaultSeed;
    p.csvFlavor = CsvFlavor(m_csv->currentData().toInt());
    return p;
}

void PreferencesDialog::setPreferences(const Preferences &p)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));
    m_workspace->setText(p.defaultWorkspace);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(int(p.currencyDisplay))));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(p.paper))));
    m_paths->setValue(p.monteCarloPaths);
    m_seed->setText(QString::number(p.monteCarloSeed));
    m_csv->setCurrentIndex(std::max(0, m_csv->findData(int(p.csvFlavor))));
    updateRestartNote();
}

void PreferencesDialog::updateRestartNote()
{
    m_restartNote->setVisible(m_language->currentData().toString() != m_startLanguage);
}

void PreferencesDialog::browseWorkspace()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Default Workspace"), m_workspace->text(),
                                     tr("Workspaces (*.sqlite *.gpudeal.sqlite);;All files (*)"), nullptr,
                                     QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_workspace->setText(path);
}

void PreferencesDialog::accept()
{
    const Preferences p = preferences();
    p.save(*m_settings);
    m_settings->sync();
    emit preferencesChanged(p);
    QDialog::accept();
}

} // namespace gds::ui
