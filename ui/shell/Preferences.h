// The user's preferences: language, default workspace, currency display, paper size, the
// Monte Carlo defaults and the CSV flavour the export dialogs preselect. A small value type loaded from
// and saved to a QSettings the caller passes in (tests pass their own); the system locale is passed in
// too, never read behind the caller's back.
#pragma once

#include "CsvExport.h"
#include "Format.h"

#include <memory>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <vector>

class QCoreApplication;
class QSettings;
class QTranslator;

namespace gds::ui {

struct Preferences {
    using CurrencyDisplay = gds::ui::CurrencyDisplay; // "$1,000" or "USD 1,000" (Format.h)
    enum class Paper { A4, Letter };

    static constexpr int kMinPaths = 100;
    static constexpr int kMaxPaths = 1'000'000;
    static constexpr int kDefaultPaths = 10'000; // cli.md: montecarlo --paths default
    static constexpr quint64 kDefaultSeed = 1;   // cli.md: montecarlo --seed default

    QString language; // "" = the system's; else one of supportedLanguages()
    // The workspace opened at start (a file or a postgresql:// URL) unless $GPUDEAL_WORKSPACE is set;
    // "" = the one open when the last session ended, else the data folder's (StartWorkspace.h).
    QString defaultWorkspace;
    CurrencyDisplay currencyDisplay = CurrencyDisplay::Symbol;
    Paper paper = Paper::A4;
    int monteCarloPaths = kDefaultPaths;
    quint64 monteCarloSeed = kDefaultSeed;
    CsvFlavor csvFlavor = CsvFlavor::Localized; // preselected in the CSV save dialogs (the last choice)

    // Defaults for a user on `system`: Letter where the locale measures in US units, else A4.
    static Preferences defaults(const QLocale &system);
    // Reads what `settings` holds; missing or invalid values fall back to defaults(system).
    static Preferences load(const QSettings &settings, const QLocale &system);
    void save(QSettings &settings) const;
    // Stores only the CSV flavour (the save dialogs remember the last choice without touching the rest).
    static void rememberCsvFlavor(QSettings &settings, CsvFlavor flavor);

    // The language in use: `language`, or the first of the system's UI languages that has a
    // translation, else "en" (the source language).
    QString effectiveLanguage(const QLocale &system) const;
    // The locale for numbers, dates and currency: the system's when the language follows the system,
    // else the chosen language's default locale (de_DE, fr_FR, zh_CN, en_US).
    QLocale locale(const QLocale &system) const;

    bool operator==(const Preferences &) const = default;
};

// "en", "de", "fr", "zh_CN": English is the source language, the others have .ts files in translations/.
QStringList supportedLanguages();
// The language's own name ("Deutsch", "Français", "简体中文", "English").
QString nativeLanguageName(const QString &code);

// The application's translator (":/i18n/gpudeal_<lang>.qm") and Qt's own (qtbase_<lang>.qm from
// `qtTranslationsDir`), installed on the application while this object lives.
class Translators
{
public:
    Translators();
    ~Translators();
    Translators(const Translators &) = delete;
    Translators &operator=(const Translators &) = delete;

    // Removes what was installed before, then installs the translators for `language` ("en" installs
    // none). Returns false when the application's own translation could not be loaded.
    bool install(const QString &language, const QString &qtTranslationsDir);
    void remove();

private:
    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

} // namespace gds::ui
