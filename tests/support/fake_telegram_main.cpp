// fake-telegram: the FakeBotApi as a process, for the demo and for trying the bridge by hand.
#include "p2pdesk/test/FakeBotApi.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char **argv)
{
    std::uint16_t port = 0;
    std::string token = "123456:TEST-fake-token";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--port" && i + 1 < argc) {
            port = static_cast<std::uint16_t>(std::stoi(argv[++i]));
        } else if (arg == "--token" && i + 1 < argc) {
            token = argv[++i];
        } else {
            std::cerr << "usage: fake-telegram [--port N] [--token T]\n";
            return 2;
        }
    }
    // Blocked before the server starts its threads so that only sigwait below receives them.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    try {
        p2pdesk::test::FakeBotApi api(token, port);
        // Milliseconds since the epoch: above every id an earlier run of the demo handed out.
        api.startUpdateIdsAt(
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                .count());
        std::cout << "listening on " << api.baseUrl() << std::endl;
        int received = 0;
        sigwait(&signals, &received);
    } catch (const std::exception &e) {
        std::cerr << "fake-telegram: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
