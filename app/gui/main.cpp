// gpudeal: the GPU Deal Studio workbench.
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GPU Deal Studio"));
    QApplication::setApplicationName(QStringLiteral("GPU Deal Studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("GPU Deal Studio"));
    QApplication::setApplicationVersion(QStringLiteral(GDS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("gpudeal"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gpudeal.svg")));
    gds::ui::MainWindow window;
    window.show();
    window.startup();
    return app.exec();
}
