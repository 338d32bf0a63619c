// gpudeal: the GPU Deal Studio workbench. `gpudeal [FILE.gpudeal.json ...]` opens the deal files given
// (the desktop entry runs `gpudeal %f`); `gpudeal --smoke` runs the start path once without a display.
#include "MainWindow.h"
#include "Preferences.h"
#include "RiskView.h"
#include "Smoke.h"

#include <cstring>
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QSettings>

int main(int argc, char *argv[])
{
    // --smoke must choose the platform before QApplication exists; the parser below documents it.
    bool smoke = false;
    for (int i = 1; i < argc; ++i)
        smoke = smoke || std::strcmp(argv[i], "--smoke") == 0;
    if (smoke)
        gds::app::prepareSmokeEnvironment();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GPU Deal Studio"));
    QApplication::setApplicationName(QStringLiteral("GPU Deal Studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("GPU Deal Studio"));
    QApplication::setApplicationVersion(QStringLiteral(GDS_VERSION));
    // Matches packaging/linux/io.github.gpudealstudio.GpuDealStudio.desktop (window grouping, icon).
    QApplication::setDesktopFileName(QStringLiteral("io.github.gpudealstudio.GpuDealStudio"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.gpudealstudio.GpuDealStudio"),
                                                 QIcon(QStringLiteral(":/icons/gpudeal.svg"))));
    // Language and locale from the preferences (default: the system's), set before any widget exists.
    const gds::ui::Preferences prefs = gds::ui::Preferences::load(QSettings(), QLocale::system());
    QLocale::setDefault(prefs.locale(QLocale::system()));
    gds::ui::Translators translators;
    translators.install(prefs.effectiveLanguage(QLocale::system()),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "GPU Deal Studio: GPU cluster financing deals, live."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Deal files (gpudeal/1 JSON) to open."),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"),
        QApplication::translate("main",
                                "Open the default workspace without a display, compute and render the "
                                "deal that opens, print its debt, min DSCR and equity IRR, and exit."));
    parser.addOption(smokeOption);
    parser.process(app);

    gds::ui::MainWindow window;
    window.addAnalysisTab(new gds::ui::RiskView(window.document()), QApplication::translate("main", "Risk"));
    if (smoke)
        return gds::app::runSmoke(window);
    window.show();
    window.startup();
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments());
    return app.exec();
}
