// gpudeal: the GPU Deal Studio workbench.
#include "MainWindow.h"
#include "Preferences.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GPU Deal Studio"));
    QApplication::setApplicationName(QStringLiteral("GPU Deal Studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("GPU Deal Studio"));
    QApplication::setApplicationVersion(QStringLiteral(GDS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("gpudeal"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gpudeal.svg")));
    // Language and locale from the preferences (default: the system's), set before any widget exists.
    const gds::ui::Preferences prefs = gds::ui::Preferences::load(QSettings(), QLocale::system());
    QLocale::setDefault(prefs.locale(QLocale::system()));
    gds::ui::Translators translators;
    translators.install(prefs.effectiveLanguage(QLocale::system()),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    gds::ui::MainWindow window;
    window.show();
    window.startup();
    return app.exec();
}
