#include "app/SyncdApp.h"
#include "cli/Commands.h"

#include <Poco/Logger.h>

#include <csignal>
#include <ostream>

namespace p2pdesk::syncd::cli {

int runServe(CommandContext &ctx)
{
    if (!ctx.args.empty()) {
        ctx.err << "usage: syncd serve\n";
        return kExitUsage;
    }
    // Block the stop signals before any thread starts so that every thread inherits the mask and
    // only sigwait below receives them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    app::SyncdApp app(ctx.config);
    app.start();
    int sig = 0;
    sigwait(&stopSignals, &sig);
    Poco::Logger::get("syncd").notice("stopping on signal " + std::to_string(sig));
    app.stop();
    return kExitOk;
}

} // namespace p2pdesk::syncd::cli
