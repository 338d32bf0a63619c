#include "fs/SafeFile.h"

#include <array>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace gds::fs {

namespace {

std::string reason(int err)
{
    return std::strerror(err);
}

std::string folderOf(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string nameOf(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string randomSuffix()
{
    static std::random_device device;
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < 4; ++i) {
        const unsigned v = device();
        for (int k = 0; k < 4; ++k)
            s += kHex[(v >> (4 * k)) & 15u];
    }
    return s;
}

// A symlink is followed, so that the file it points to is replaced and the link stays.
std::string resolved(const std::string &path)
{
    struct stat st {
    };
    if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode))
        return path;
    std::array<char, PATH_MAX> buf{};
    if (::realpath(path.c_str(), buf.data()) == nullptr)
        return path; // dangling: writing creates a file at the link's place, as any program would
    return std::string(buf.data());
}

void syncFolder(const std::string &path)
{
    const int fd = ::open(folderOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// fsync on a device or pipe may not be supported; that is no failure of the write.
bool syncFailed(int fd)
{
    if (::fsync(fd) == 0)
        return false;
    return errno != EINVAL && errno != EROFS && errno != ENOTSUP;
}

} // namespace

std::string writeError(const std::string &path, const std::string &why)
{
    return "cannot write '" + path + "': " + why;
}

std::string writeAll(int fd, std::string_view bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return reason(errno);
        }
        if (n == 0)
            return reason(EIO);
        done += static_cast<std::size_t>(n);
    }
    return {};
}

AtomicFile::AtomicFile(std::string target) : m_target(std::move(target)), m_resolved(resolved(m_target)) {}

AtomicFile::~AtomicFile()
{
    if (!m_committed && !m_temp.empty())
        ::unlink(m_temp.c_str());
}

std::string AtomicFile::open()
{
    if (m_target.empty())
        return "no output file given";
    struct stat st {
    };
    const bool exists = ::stat(m_resolved.c_str(), &st) == 0;
    if (!exists && errno != ENOENT)
        return writeError(m_target, reason(errno));
    if (exists && S_ISDIR(st.st_mode))
        return writeError(m_target, reason(EISDIR));
    m_special = exists && !S_ISREG(st.st_mode);
    if (m_special) {
        // Check now that the device can be opened for writing, before anything is produced.
        const int probe = ::open(m_resolved.c_str(), O_WRONLY | O_CLOEXEC | O_NONBLOCK);
        if (probe < 0)
            return writeError(m_target, reason(errno));
        ::close(probe);
    }
    const char *tmpdir = std::getenv("TMPDIR");
    const std::string folder =
        m_special ? std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") : folderOf(m_resolved);
    for (int attempt = 0; attempt < 16; ++attempt) {
        std::string candidate = folder + "/." + nameOf(m_resolved) + ".tmp-" + randomSuffix();
        const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return writeError(m_target, reason(errno));
        }
        if (exists && !m_special) {
            // The replacement keeps the replaced file's permissions (and owner, where we may set it).
            ::fchmod(fd, st.st_mode & 07777);
            if (::geteuid() == 0) [[maybe_unused]]
                const int ignored = ::fchown(fd, st.st_uid, st.st_gid);
        }
        ::close(fd);
        m_temp = std::move(candidate);
        return {};
    }
    return writeError(m_target, "no temporary file could be created");
}

std::string AtomicFile::commit()
{
    if (m_temp.empty())
        return writeError(m_target, "nothing was written");
    const int fd = ::open(m_temp.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return writeError(m_target, reason(errno));
    if (m_special) {
        const int out = ::open(m_resolved.c_str(), O_WRONLY | O_CLOEXEC);
        if (out < 0) {
            const int err = errno;
            ::close(fd);
            return writeError(m_target, reason(err));
        }
        std::string problem;
        std::array<char, 64 * 1024> buf{};
        for (;;) {
            const ssize_t n = ::read(fd, buf.data(), buf.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                problem = reason(errno);
                break;
            }
            if (n == 0)
                break;
            problem = writeAll(out, std::string_view(buf.data(), static_cast<std::size_t>(n)));
            if (!problem.empty())
                break;
        }
        ::close(fd);
        if (problem.empty() && syncFailed(out))
            problem = reason(errno);
        if (::close(out) != 0 && problem.empty())
            problem = reason(errno);
        if (!problem.empty())
            return writeError(m_target, problem);
        m_committed = true;
        ::unlink(m_temp.c_str());
        return {};
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        return writeError(m_target, reason(err));
    }
    ::close(fd);
    if (::rename(m_temp.c_str(), m_resolved.c_str()) != 0)
        return writeError(m_target, reason(errno));
    m_committed = true;
    syncFolder(m_resolved);
    return {};
}

std::string writeFile(const std::string &path, std::string_view bytes)
{
    AtomicFile file(path);
    if (std::string problem = file.open(); !problem.empty())
        return problem;
    const int fd = ::open(file.tempPath().c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0)
        return writeError(path, reason(errno));
    std::string problem = writeAll(fd, bytes);
    if (::close(fd) != 0 && problem.empty())
        problem = reason(errno);
    if (!problem.empty())
        return writeError(path, problem);
    return file.commit();
}

} // namespace gds::fs
