// Placeholder until the workspace (issue 3) lands.
#include "Cli.h"

#include <ostream>

namespace gds::cli {

int runDb(const Args &, Io io)
{
    io.err << "gpudeal-cli: the workspace commands are not available in this build\n";
    return RuntimeFailure;
}

} // namespace gds::cli
