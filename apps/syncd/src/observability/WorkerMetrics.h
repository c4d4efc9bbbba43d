#pragma once

#include "observability/Exposition.h"
#include "workers/PeriodicWorker.h"

#include <chrono>
#include <vector>

namespace p2pdesk::syncd::observability {

// Adds the health of background workers to a page, labelled worker="<name>":
//   p2pdesk_worker_last_success_timestamp_seconds  unix time of the last good tick (0: none yet)
//   p2pdesk_worker_failures_total                  failed ticks since start
//   p2pdesk_worker_consecutive_failures            failed ticks in a row now (0 when healthy)
//   p2pdesk_worker_interval_seconds                how often it runs, so an alert can say "no success
//                                                  for 3 intervals" without knowing each worker
// The process's own workers and the bridge's each add theirs; worker names are unique in a process.
void addWorkerHealth(Exposition &out, const std::vector<workers::PeriodicWorker::Health> &workers);

} // namespace p2pdesk::syncd::observability
