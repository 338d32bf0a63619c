#include "Smoke.h"

#include "DealDocument.h"
#include "engine/NumberText.h"
#include "MainWindow.h"
#include "RecomputeController.h"
#include "WorkspaceSession.h"

#include <cstdio>
#include <optional>
#include <QCoreApplication>
#include <QPixmap>
#include <QString>
#include <string>

namespace gds::app {

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "gpudeal --smoke: %s\n", qUtf8Printable(why));
    return 1;
}

std::string orNull(const std::optional<double> &v, double scale, int decimals, const char *unit)
{
    return v ? gds::fixed(*v * scale, decimals) + unit : std::string("n/a");
}

} // namespace

void prepareSmokeEnvironment()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("GPUDEAL_NO_DIALOGS", "1");
}

int runSmoke(gds::ui::MainWindow &window)
{
    window.show();
    QString error;
    if (!window.startup(&error))
        return fail(QStringLiteral("cannot open the default workspace: %1").arg(error));
    window.recompute()->waitForIdle();
    QCoreApplication::processEvents();
    const auto *recompute = window.recompute();
    if (!recompute->hasResult() || !recompute->result().ok())
        return fail(
            QStringLiteral("the deal \"%1\" in %2 cannot be computed")
                .arg(QString::fromStdString(window.document()->deal().name), window.session()->path()));
    if (window.grab().isNull())
        return fail(QStringLiteral("the main window could not be rendered"));

    const gds::Result &result = recompute->result();
    const gds::Metrics &m = result.metrics;
    const gds::Deal &deal = window.document()->deal();
    std::printf("gpudeal --smoke: %s: debt %s %s, min DSCR %s, equity IRR %s (workspace %s)\n",
                deal.name.c_str(), deal.currency.c_str(), gds::grouped(m.debt, 2).c_str(),
                orNull(m.minDscr, 1.0, 4, "x").c_str(), orNull(m.equityIrr, 100.0, 2, " %").c_str(),
                qUtf8Printable(window.session()->path()));
    return std::fflush(stdout) == 0 && !std::ferror(stdout)
               ? 0
               : fail(QStringLiteral("cannot write to standard output"));
}

} // namespace gds::app
