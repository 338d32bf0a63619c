// One way to write a file (README "Files and the workspace"): every export, `db export` and the
// reports go through here. A regular file (or a new one) is written to a temporary file in the
// target's folder, every write checked, flushed and fsync'ed, then renamed over the target; on any
// failure the target is untouched and the temporary file removed. A special file (a terminal, a
// pipe, /dev/full) cannot be replaced by a rename: it is written directly, every write checked.
//
// Errors are messages for the user, "cannot write 'PATH': REASON" with the system's reason ("No space
// left on device", "Permission denied", "Not a directory", "Is a directory"); empty means success.
#pragma once

#include <string>
#include <string_view>

namespace gds::fs {

// Writes `bytes` to `path` as described above. Returns "" on success, else the message.
std::string writeFile(const std::string &path, std::string_view bytes);

// Writes `bytes` to an open descriptor (standard output), every write checked. "" or the reason.
std::string writeAll(int fd, std::string_view bytes);

// For writers that insist on opening a path themselves (libxlsxwriter): they write to tempPath(),
// then commit() moves the result onto the target (or copies it onto a special file). Destroying an
// uncommitted AtomicFile removes the temporary file; the target is never touched before commit().
class AtomicFile
{
public:
    explicit AtomicFile(std::string target);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // Creates the temporary file (empty). "" on success, else the message.
    std::string open();
    const std::string &tempPath() const { return m_temp; }
    // fsyncs the temporary file, renames it over the target and syncs the folder. "" or the message.
    std::string commit();

private:
    std::string m_target;   // as given, for messages
    std::string m_resolved; // the file to replace (a symlink's target)
    std::string m_temp;
    bool m_special = false; // the target is a device or pipe: copy onto it at commit()
    bool m_committed = false;
};

// "cannot write 'PATH': REASON".
std::string writeError(const std::string &path, const std::string &reason);

} // namespace gds::fs
