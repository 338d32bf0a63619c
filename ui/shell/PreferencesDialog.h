// Edit > Preferences…: language, default workspace, currency display, paper size, Monte Carlo paths and
// seed, the default CSV format, saved to QSettings on OK. A language change takes effect at the next start.
#pragma once

#include "Preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace gds::ui {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads and writes the application's QSettings.
    explicit PreferencesDialog(QWidget *parent = nullptr);
    // Reads and writes `settings` (not owned; tests pass an INI file), with `system` as the system locale.
    PreferencesDialog(QSettings *settings, const QLocale &system, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    Preferences preferences() const; // what the form shows
    void setPreferences(const Preferences &p);

    void accept() override; // saves, then emits preferencesChanged

signals:
    void preferencesChanged(const gds::ui::Preferences &preferences);

private:
    void build();
    void browseWorkspace();
    void updateRestartNote();

    QSettings *m_settings = nullptr;
    bool m_ownsSettings = false;
    QLocale m_system;
    QString m_startLanguage;
    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QLineEdit *m_workspace = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_paper = nullptr;
    QSpinBox *m_paths = nullptr;
    QLineEdit *m_seed = nullptr;
    QComboBox *m_csv = nullptr;
};

} // namespace gds::ui
