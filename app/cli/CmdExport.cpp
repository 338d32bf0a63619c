// Placeholder until the outputs (issue 5) land.
#include "Cli.h"

#include <ostream>

namespace gds::cli {

int runExportPdf(const Args &, Io io)
{
    io.err << "gpudeal-cli: PDF export is not available in this build\n";
    return RuntimeFailure;
}

int runExportXlsx(const Args &, Io io)
{
    io.err << "gpudeal-cli: XLSX export is not available in this build\n";
    return RuntimeFailure;
}

} // namespace gds::cli
