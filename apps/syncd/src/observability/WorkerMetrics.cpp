#include "observability/WorkerMetrics.h"

namespace p2pdesk::syncd::observability {

namespace {

double unixSeconds(std::chrono::system_clock::time_point t)
{
    return std::chrono::duration<double>(t.time_since_epoch()).count();
}

} // namespace

void addWorkerHealth(Exposition &out, const std::vector<workers::PeriodicWorker::Health> &workers)
{
    for (const auto &w : workers) {
        const Labels labels = {{"worker", w.name}};
        out.gauge("p2pdesk_worker_last_success_timestamp_seconds",
                  "Unix time of the worker's last successful run (0: none since start).", labels,
                  w.lastSuccess ? unixSeconds(*w.lastSuccess) : 0.0);
        out.counter("p2pdesk_worker_failures_total", "Failed runs of the worker since start.", labels,
                    static_cast<double>(w.failuresTotal));
        out.gauge("p2pdesk_worker_consecutive_failures", "Failed runs of the worker in a row (0 when healthy).", labels,
                  static_cast<double>(w.consecutiveFailures));
        out.gauge("p2pdesk_worker_interval_seconds",
                  "Pause between the worker's runs; no success for a few of them means it is stuck.", labels,
                  std::chrono::duration<double>(w.interval).count());
    }
}

} // namespace p2pdesk::syncd::observability
