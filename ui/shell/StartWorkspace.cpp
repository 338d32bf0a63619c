#include "StartWorkspace.h"

#include "storage/Workspace.h"

namespace gds::ui {

bool StartWorkspace::isTeam() const
{
    return gds::Workspace::isServerUrl(workspace.toStdString());
}

StartWorkspace chooseStartWorkspace(const QString &environment, const QString &preference,
                                    const QString &lastSession, bool lastSessionFromEnvironment,
                                    bool lastSessionFileExists)
{
    using Source = StartWorkspace::Source;
    if (!environment.isEmpty()) // as gds::defaultWorkspacePath() reads it
        return {Source::Environment, {}};
    if (const QString preferred = preference.trimmed(); !preferred.isEmpty())
        return {Source::Preference, preferred};
    if (!lastSession.isEmpty() && !lastSessionFromEnvironment) {
        const StartWorkspace last{Source::LastSession, lastSession};
        if (last.isTeam() || lastSessionFileExists)
            return last;
    }
    return {Source::DataFolder, {}};
}

} // namespace gds::ui
