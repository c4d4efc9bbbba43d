#include "cli/Commands.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    const std::vector<std::string> args(argv, argv + argc);
    return p2pdesk::syncd::cli::runCli(args, std::cout, std::cerr,
                                       p2pdesk::syncd::config::Config::processEnvironment());
}
