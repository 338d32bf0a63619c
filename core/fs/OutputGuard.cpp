#include "fs/OutputGuard.h"

#include <algorithm>
#include <array>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gds::fs {

bool isSqliteDatabase(const std::string &path)
{
    static constexpr std::array<char, 16> kMagic{'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                                 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
    struct stat st {
    };
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return false; // a device or pipe is never read here (it could block or consume data)
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    std::array<char, 16> head{};
    const ssize_t n = ::read(fd, head.data(), head.size());
    ::close(fd);
    return n == static_cast<ssize_t>(head.size()) && head == kMagic;
}

bool sameFile(const std::string &a, const std::string &b)
{
    struct stat sa {
    }, sb{};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

std::string checkOutput(const std::string &target, const OutputCheck &check)
{
    const std::string refusing = "refusing to write onto '" + target + "': ";
    struct stat st {
    };
    if (::stat(target.c_str(), &st) != 0)
        return {}; // a new file (or one we cannot see; writing it will say why)
    if (S_ISDIR(st.st_mode))
        return refusing + "it is a folder";
    if (isSqliteDatabase(target))
        return refusing + "it is a workspace (an SQLite database); choose another file";
    if (!S_ISREG(st.st_mode))
        return {}; // a terminal, pipe or device: written directly, never replaced
    const bool isInput = std::any_of(check.inputs.begin(), check.inputs.end(),
                                     [&](const std::string &in) { return sameFile(in, target); });
    if (isInput && !check.force)
        return refusing + "it is the input file (pass --force to replace it)";
    return {};
}

} // namespace gds::fs
