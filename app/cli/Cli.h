// gpudeal-cli (cli.md): one entry point per command group, each taking the arguments after its
// command word. Streams are passed in so that commands never touch globals.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace gds::cli {

enum Exit : int { Ok = 0, RuntimeFailure = 1, InvalidInput = 2, Usage = 64 };

struct Io {
    std::istream &in;
    std::ostream &out;
    std::ostream &err;
};

using Args = std::vector<std::string>;

int run(const Args &args, Io io);            // the whole command line (argv[1..])
int runDb(const Args &args, Io io);          // after "db"
int runExportPdf(const Args &args, Io io);   // after "export pdf"
int runExportXlsx(const Args &args, Io io);  // after "export xlsx"
int runMonteCarlo(const Args &args, Io io);  // after "montecarlo"
int runSensitivity(const Args &args, Io io); // after "sensitivity"
int runSolve(const Args &args, Io io);       // after "solve"

} // namespace gds::cli
