#include "Cli.h"

#include <iostream>

int main(int argc, char **argv)
{
    gds::cli::Args args(argv + 1, argv + argc);
    return gds::cli::run(args, {std::cin, std::cout, std::cerr});
}
