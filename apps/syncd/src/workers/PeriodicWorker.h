#pragma once

#include "workers/BackgroundLoop.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::workers {

// A background thread that calls `tick` every `interval` (or sooner after wake()). Exceptions from
// a tick are logged on syncd.workers.<name> and the next tick retries, so a database outage only
// pauses workers. stop() (also in the destructor) returns after the current tick finishes.
class PeriodicWorker final {
public:
    // How a worker fares: its failed ticks in a row (0 after a good one), the last error and when the
    // current streak began; for /metrics also when a tick last succeeded, every failure since start
    // and the interval (a last success older than a few intervals means the worker is stuck).
    struct Health {
        std::string name;
        int consecutiveFailures = 0;
        std::string lastError;
        std::optional<std::chrono::system_clock::time_point> failingSince;
        std::optional<std::chrono::system_clock::time_point> lastSuccess{};
        std::uint64_t failuresTotal = 0;
        std::chrono::milliseconds interval{0};
    };

    PeriodicWorker(std::string name, std::chrono::milliseconds interval, std::function<void()> tick);
    ~PeriodicWorker();
    PeriodicWorker(const PeriodicWorker &) = delete;
    PeriodicWorker &operator=(const PeriodicWorker &) = delete;

    void start();
    void stop();
    void wake();
    const std::string &name() const { return m_loop.name(); }
    Health health() const;
    // Every PeriodicWorker alive in this process (for the ops chat's "a worker keeps failing").
    static std::vector<Health> allHealth();

private:
    void run(BackgroundLoop &loop);

    const std::chrono::milliseconds m_interval;
    const std::function<void()> m_tick;
    BackgroundLoop m_loop;
    mutable std::mutex m_healthMutex;
    int m_failures = 0;
    std::string m_lastError;
    std::optional<std::chrono::system_clock::time_point> m_failingSince;
    std::optional<std::chrono::system_clock::time_point> m_lastSuccess;
    std::uint64_t m_failuresTotal = 0;
};

} // namespace p2pdesk::syncd::workers
