#include "Cli.h"

#include <cstdio>
#include <iostream>

int main(int argc, char **argv)
{
    gds::cli::Args args(argv + 1, argv + argc);
    int code = gds::cli::run(args, {std::cin, std::cout, std::cerr});
    // Standard output is checked like a file (README "Files and the workspace"): what a command
    // printed must have arrived, or the exit code says it did not.
    std::cout.flush();
    const bool failed =
        !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout) || std::fclose(stdout) != 0;
    if (failed && code == gds::cli::Ok) {
        std::cerr << "gpudeal-cli: cannot write to standard output\n";
        code = gds::cli::RuntimeFailure;
    }
    return code;
}
