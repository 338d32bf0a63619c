#include "Preferences.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>

namespace gds::ui {

namespace {
const QString kLanguage = QStringLiteral("preferences/language");
const QString kWorkspace = QStringLiteral("preferences/defaultWorkspace");
const QString kCurrency = QStringLiteral("preferences/currencyDisplay");
const QString kPaper = QStringLiteral("preferences/paper");
const QString kPaths = QStringLiteral("preferences/monteCarloPaths");
const QString kSeed = QStringLiteral("preferences/monteCarloSeed");
const QString kCsv = QStringLiteral("preferences/csvFormat");

QString csvFlavorName(CsvFlavor flavor)
{
    return flavor == CsvFlavor::Machine ? QStringLiteral("machine") : QStringLiteral("spreadsheet");
}

// The supported language for a locale name such as "de-CH", "de_AT", "zh-Hans-CN" or "fr".
QString supportedFor(const QString &uiLanguage)
{
    const QLocale l(uiLanguage);
    switch (l.language()) {
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::French:
        return QStringLiteral("fr");
    case QLocale::English:
        return QStringLiteral("en");
    case QLocale::Chinese:
        // Simplified script only: zh_TW / zh_HK read Traditional characters.
        if (l.script() == QLocale::SimplifiedHanScript)
            return QStringLiteral("zh_CN");
        return {};
    default:
        return {};
    }
}
} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("zh_CN")};
}

QString nativeLanguageName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

Preferences Preferences::defaults(const QLocale &system)
{
    Preferences p;
    p.paper = system.measurementSystem() == QLocale::ImperialUSSystem ? Paper::Letter : Paper::A4;
    return p;
}

Preferences Preferences::load(const QSettings &settings, const QLocale &system)
{
    Preferences p = defaults(system);
    const QString lang = settings.value(kLanguage).toString();
    if (supportedLanguages().contains(lang))
        p.language = lang;
    p.defaultWorkspace = settings.value(kWorkspace).toString();
    const QString currency = settings.value(kCurrency).toString();
    if (currency == QLatin1String("code"))
        p.currencyDisplay = CurrencyDisplay::Code;
    else if (currency == QLatin1String("symbol"))
        p.currencyDisplay = CurrencyDisplay::Symbol;
    const QString paper = settings.value(kPaper).toString();
    if (paper == QLatin1String("a4"))
        p.paper = Paper::A4;
    else if (paper == QLatin1String("letter"))
        p.paper = Paper::Letter;
    bool ok = false;
    const int paths = settings.value(kPaths).toInt(&ok);
    if (ok && paths >= kMinPaths && paths <= kMaxPaths)
        p.monteCarloPaths = paths;
    const quint64 seed = settings.value(kSeed).toString().toULongLong(&ok);
    if (ok)
        p.monteCarloSeed = seed;
    const QString csv = settings.value(kCsv).toString();
    if (csv == csvFlavorName(CsvFlavor::Machine))
        p.csvFlavor = CsvFlavor::Machine;
    else if (csv == csvFlavorName(CsvFlavor::Localized))
        p.csvFlavor = CsvFlavor::Localized;
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(kLanguage, language);
    settings.setValue(kWorkspace, defaultWorkspace);
    settings.setValue(kCurrency, currencyDisplay == CurrencyDisplay::Code ? QStringLiteral("code")
                                                                          : QStringLiteral("symbol"));
    settings.setValue(kPaper, paper == Paper::Letter ? QStringLiteral("letter") : QStringLiteral("a4"));
    settings.setValue(kPaths, monteCarloPaths);
    // As text: a 64-bit seed survives every QSettings backend (INI files store numbers as text anyway).
    settings.setValue(kSeed, QString::number(monteCarloSeed));
    rememberCsvFlavor(settings, csvFlavor);
}

void Preferences::rememberCsvFlavor(QSettings &settings, CsvFlavor flavor)
{
    settings.setValue(kCsv, csvFlavorName(flavor));
}

QString Preferences::effectiveLanguage(const QLocale &system) const
{
    if (supportedLanguages().contains(language))
        return language;
    const QStringList uiLanguages = system.uiLanguages();
    for (const QString &ui : uiLanguages) {
        const QString s = supportedFor(ui);
        if (!s.isEmpty())
            return s;
    }
    return QStringLiteral("en");
}

QLocale Preferences::locale(const QLocale &system) const
{
    if (!supportedLanguages().contains(language))
        return system;
    if (supportedFor(system.name()) == language)
        return system; // the same language: keep the user's region (de_CH, fr_CA, en_GB)
    if (language == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Germany);
    if (language == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    if (language == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

Translators::Translators() = default;

Translators::~Translators()
{
    remove();
}

void Translators::remove()
{
    for (const auto &t : m_installed)
        QCoreApplication::removeTranslator(t.get());
    m_installed.clear();
}

bool Translators::install(const QString &language, const QString &qtTranslationsDir)
{
    remove();
    if (language == QLatin1String("en") || !supportedLanguages().contains(language))
        return language == QLatin1String("en");
    auto app = std::make_unique<QTranslator>();
    const bool appOk = app->load(QStringLiteral(":/i18n/gpudeal_%1.qm").arg(language));
    // Qt's own strings (standard buttons, file dialogs); missing files leave them in English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1.qm").arg(language), qtTranslationsDir)) {
        QCoreApplication::installTranslator(qt.get());
        m_installed.push_back(std::move(qt));
    }
    if (appOk) {
        QCoreApplication::installTranslator(app.get()); // installed last: searched first
        m_installed.push_back(std::move(app));
    }
    return appOk;
}

} // namespace gds::ui
