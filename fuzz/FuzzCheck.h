// What a fuzz target does when a property fails: print why and abort, so that libFuzzer keeps the
// input as a crash.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <stdlib.h> // mkdtemp
#include <string>

namespace gds::fuzz {

[[noreturn]] inline void fail(const std::string &why)
{
    std::fprintf(stderr, "fuzz property violated: %s\n", why.c_str());
    std::abort();
}

inline void require(bool ok, const std::string &why)
{
    if (!ok)
        fail(why);
}

// A private temporary folder for this process under $TMPDIR (run.sh points TMPDIR at a folder it
// removes afterwards).
inline std::string makeTempDir(const char *tag)
{
    const char *base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/gds-" + tag + "-XXXXXX";
    if (!mkdtemp(pattern.data()))
        fail("cannot create a temporary folder " + pattern);
    return pattern;
}

} // namespace gds::fuzz
