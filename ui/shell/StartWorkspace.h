// Which workspace the GUI opens at start (README "Team workspace (PostgreSQL)"), decided by one pure
// function of what the start finds: $GPUDEAL_WORKSPACE, Edit > Preferences' default workspace, the
// workspace open when the last session ended (QSettings "session/workspace") and whether that file
// still exists. No file system, settings or environment is read here; MainWindow::startup() reads them.
#pragma once

#include <QString>

namespace gds::ui {

struct StartWorkspace {
    enum class Source {
        Environment, // $GPUDEAL_WORKSPACE (tests and scripts): used as given, no fallback
        Preference,  // Edit > Preferences > Default workspace
        LastSession, // the team workspace or local file open when the last session ended
        DataFolder,  // the workspace file in the user's data folder
    };
    Source source = Source::DataFolder;
    // What WorkspaceSession::open() takes: a file path or a postgresql:// URL; empty for Environment
    // and DataFolder, which open({}) opens (the data folder's file is created on first start).
    QString workspace;

    bool isTeam() const; // a postgresql:// URL
    bool operator==(const StartWorkspace &) const = default;
};

// The first that applies: `environment` when not empty; the `preference` (trimmed) when not empty; the
// `lastSession` workspace when it is a team URL, or a file that `lastSessionFileExists`, unless it was
// the one $GPUDEAL_WORKSPACE named (`lastSessionFromEnvironment`: a script's workspace is not the
// user's); else the data folder's file.
StartWorkspace chooseStartWorkspace(const QString &environment, const QString &preference,
                                    const QString &lastSession, bool lastSessionFromEnvironment,
                                    bool lastSessionFileExists);

} // namespace gds::ui
