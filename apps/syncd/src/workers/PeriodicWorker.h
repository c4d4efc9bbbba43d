#pragma once

#include "workers/BackgroundLoop.h"

#include <chrono>
#include <functional>
#include <string>

namespace p2pdesk::syncd::workers {

// A background thread that calls `tick` every `interval` (or sooner after wake()). Exceptions from
// a tick are logged on syncd.workers.<name> and the next tick retries, so a database outage only
// pauses workers. stop() (also in the destructor) returns after the current tick finishes.
class PeriodicWorker final {
public:
    PeriodicWorker(std::string name, std::chrono::milliseconds interval, std::function<void()> tick);
    ~PeriodicWorker();
    PeriodicWorker(const PeriodicWorker &) = delete;
    PeriodicWorker &operator=(const PeriodicWorker &) = delete;

    void start();
    void stop();
    void wake();
    const std::string &name() const { return m_loop.name(); }

private:
    void run(BackgroundLoop &loop);

    const std::chrono::milliseconds m_interval;
    const std::function<void()> m_tick;
    BackgroundLoop m_loop;
};

} // namespace p2pdesk::syncd::workers
