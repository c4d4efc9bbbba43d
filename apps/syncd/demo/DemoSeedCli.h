#pragma once

#include "config/Config.h"

#include <chrono>
#include <condition_variable>
#include <iosfwd>
#include <mutex>
#include <string>
#include <vector>

namespace p2pdesk::syncd::demo {

// Set once (by the signal thread of main, or by a test) to end `trickle` promptly: the loop waits on
// it with a timeout instead of sleeping, so SIGINT/SIGTERM end the process within milliseconds.
class StopSignal final {
public:
    void request();
    bool requested() const;
    // True when stop was requested before `timeout` elapsed.
    bool waitFor(std::chrono::milliseconds timeout);

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stop = false;
};

// `syncd-demo-seed [--config FILE] init | trickle --every SECONDS`, with syncd's configuration
// (file and P2PDESK_* environment). Returns the process exit code.
int runDemoSeed(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err,
                const config::Config::Environment &env, StopSignal &stop);

} // namespace p2pdesk::syncd::demo
