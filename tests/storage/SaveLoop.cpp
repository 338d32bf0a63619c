// Test helper: saves versions into a workspace in a loop and reports each save on standard output
// only after saveVersion returned (i.e. after the commit). The process tests kill it or run two at once.
//   gds_storage_saver WORKSPACE PREFIX COUNT   (COUNT 0: until killed)
// Each line: "saved DEAL_ID NUMBER NOTE". Deal names cycle through "PREFIX 0..2" and "Shared".
#include "engine/Engine.h"
#include "io/SampleDeal.h"
#include "storage/Workspace.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: gds_storage_saver WORKSPACE PREFIX COUNT\n");
        return 64;
    }
    const std::string path = argv[1], prefix = argv[2];
    const long count = std::strtol(argv[3], nullptr, 10);
    try {
        gds::Workspace ws = gds::Workspace::open(path, gds::systemClock());
        gds::Deal deal = gds::sampleDeal();
        gds::SaveOptions options;
        options.metrics = gds::compute(deal).metrics; // computed once: the loop is all storage
        for (long i = 0; count == 0 || i < count; ++i) {
            deal.name = i % 4 == 3 ? std::string("Shared") : prefix + " " + std::to_string(i % 4);
            deal.market.spotPricePerGpuHour = 1.5 + static_cast<double>(i % 100) * 0.01;
            options.note = prefix + " save " + std::to_string(i);
            const gds::VersionInfo v = ws.saveVersion(deal, options);
            std::printf("saved %lld %d %s\n", static_cast<long long>(v.dealId), v.number,
                        options.note.c_str());
            std::fflush(stdout);
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "gds_storage_saver: %s\n", e.what());
        return 1;
    }
    return 0;
}
