#pragma once

#include "workers/PeriodicWorker.h"

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::workers {

// The background workers of one syncd process, started after the HTTP server and stopped before
// it. Singleton work (one per database) takes an AdvisoryLock inside its tick.
class WorkerSet final {
public:
    PeriodicWorker &add(std::string name, std::chrono::milliseconds interval, std::function<void()> tick);
    PeriodicWorker *find(const std::string &name);
    // Every worker's health, in the order they were added (for /metrics).
    std::vector<PeriodicWorker::Health> health() const;
    void startAll();
    void stopAll();

private:
    std::vector<std::unique_ptr<PeriodicWorker>> m_workers;
};

// Lists every worker; a feature adds one line here (see Workers.cpp).
void registerWorkers(WorkerSet &workers, app::Services &services);

} // namespace p2pdesk::syncd::workers
