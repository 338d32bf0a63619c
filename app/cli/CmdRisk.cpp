// Placeholder until the risk analytics (issue 6) land.
#include "Cli.h"

#include <ostream>

namespace gds::cli {

static int unavailable(Io io)
{
    io.err << "gpudeal-cli: the risk commands are not available in this build\n";
    return RuntimeFailure;
}

int runMonteCarlo(const Args &, Io io) { return unavailable(io); }
int runSensitivity(const Args &, Io io) { return unavailable(io); }
int runSolve(const Args &, Io io) { return unavailable(io); }

} // namespace gds::cli
