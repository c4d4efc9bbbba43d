#include "DemoSeedCli.h"
#include <pthread.h>

#include <csignal>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

// SIGINT/SIGTERM are blocked in every thread and taken by one waiting thread, which asks the
// command to stop; the command's waits wake at once, so Ctrl-C ends the process promptly.
int main(int argc, char **argv)
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    p2pdesk::syncd::demo::StopSignal stop;
    std::thread waiter([&] {
        int received = 0;
        sigwait(&signals, &received);
        stop.request();
    });
    waiter.detach();

    const std::vector<std::string> args(argv, argv + argc);
    return p2pdesk::syncd::demo::runDemoSeed(args, std::cout, std::cerr,
                                             p2pdesk::syncd::config::Config::processEnvironment(), stop);
}
