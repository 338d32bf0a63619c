// `gpudeal --smoke`: the app's start path run once without a display, for the README's run command
// and CI. It opens the default workspace as a user's start does, computes and renders the deal that
// opens (the sample deal on first start), prints one line with its debt, min DSCR and equity IRR, and
// returns the exit code: 0, or 1 with the reason on stderr when any step fails.
#pragma once

namespace gds::ui {
class MainWindow;
}

namespace gds::app {

// Set before QApplication exists: the offscreen platform and no modal dialogs.
void prepareSmokeEnvironment();

int runSmoke(gds::ui::MainWindow &window);

} // namespace gds::app
