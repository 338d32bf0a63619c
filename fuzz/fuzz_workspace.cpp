// Fuzz target: arbitrary bytes as a workspace file (SQLite), opened in a private temporary folder.
// Opening never crashes and throws nothing but WorkspaceError with a message; a file refused as
// "not a workspace" or "newer schema" is left byte for byte untouched; a file that opens can be
// listed and read (each failure again a WorkspaceError).
#include "FuzzCheck.h"
#include "storage/Workspace.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

using namespace gds;
using gds::fuzz::require;

namespace {

std::string g_dir;

std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void clearFolder()
{
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(g_dir, ec))
        std::filesystem::remove_all(entry.path(), ec);
}

// Every read the workspace offers, each allowed to fail only with a WorkspaceError.
template <typename F> void tolerate(F &&f)
{
    try {
        f();
    } catch (const WorkspaceError &e) {
        require(*e.what() != '\0', "a WorkspaceError without a message");
    }
}

void exercise(Workspace &ws)
{
    tolerate([&] { (void)ws.integrityCheck(); });
    std::vector<DealSummary> deals;
    tolerate([&] { deals = ws.listDeals(DealFilter::All); });
    int budget = 8; // keep each input quick
    for (const DealSummary &d : deals) {
        if (--budget < 0)
            break;
        tolerate([&] { (void)ws.deal(d.id); });
        tolerate([&] {
            for (const VersionInfo &v : ws.history(d.id))
                tolerate([&] { (void)ws.loadVersion(d.id, v.number); });
        });
        tolerate([&] { (void)ws.latest(d.id); });
        tolerate([&] { (void)ws.listScenarios(d.id); });
        tolerate([&] { (void)ws.loadWorkingCopy(d.id); });
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    g_dir = gds::fuzz::makeTempDir("fuzz-workspace");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    clearFolder();
    const std::string path = g_dir + "/workspace.gpudeal.sqlite";
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    {
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        require(static_cast<bool>(out), "cannot write the input file");
    }
    const Clock clock = [] { return TimePoint(std::chrono::milliseconds(1'780'000'000'000)); };
    OpenOptions options;
    options.busyTimeout = std::chrono::milliseconds(0);
    options.durable = false;
    try {
        Workspace ws = Workspace::open(path, clock, options);
        exercise(ws);
    } catch (const WorkspaceError &e) {
        require(*e.what() != '\0', "a WorkspaceError without a message");
        if (e.kind() == WorkspaceError::Kind::NotAWorkspace || e.kind() == WorkspaceError::Kind::NewerSchema)
            require(readAll(path) == bytes, std::string("a refused file was modified: ") + e.what());
    }
    return 0;
}
