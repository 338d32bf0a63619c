// The one error type of the workspace API. Every operation either succeeds completely or throws this
// with a message a user can act on; the kind lets callers (the CLI's exit codes, the GUI's dialogs)
// react without parsing text.
#pragma once

#include "model/Issue.h"

#include <stdexcept>
#include <string>
#include <utility>

namespace gds {

class WorkspaceError : public std::runtime_error
{
public:
    enum class Kind {
        NotAWorkspace, // garbage, empty, truncated, another application's database: left untouched
        NewerSchema,   // written by a newer GPU Deal Studio: left untouched
        Io,            // cannot read/write the file, disk full, read-only, corruption found later
        Busy,          // another process held the write lock longer than the busy timeout
        NotFound,      // no such deal, version or scenario
        Invalid,       // the input is not acceptable (invalid deal, bad name); issues() says why
        Conflict,      // clashes with existing state (name taken, deal in the bin, file exists)
    };

    WorkspaceError(Kind kind, const std::string &message, Issues issues = {})
        : std::runtime_error(message), m_kind(kind), m_issues(std::move(issues))
    {
    }

    Kind kind() const { return m_kind; }
    // A team workspace's server asked for a password that was not given (or refused the one given).
    bool needsPassword() const { return m_needsPassword; }
    void setNeedsPassword(bool needs) { m_needsPassword = needs; }
    const Issues &issues() const { return m_issues; }

private:
    Kind m_kind;
    Issues m_issues;
    bool m_needsPassword = false;
};

} // namespace gds
