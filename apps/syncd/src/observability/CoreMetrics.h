#pragma once

#include "observability/MetricsRegistry.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::observability {

// The scrape-time figures of syncd_core:
//   p2pdesk_build_info{version}, p2pdesk_start_time_seconds
//   p2pdesk_db_pool_connections{state="in_use"|"idle"}, p2pdesk_db_pool_max_connections,
//   p2pdesk_db_pool_waiting_requests, p2pdesk_db_pool_acquire_timeouts_total
//   p2pdesk_change_feed_waiters                 long-polls waiting for a change now
//   p2pdesk_db_up                               1 when this scrape read the figures below, else 0
//   p2pdesk_audit_unsealed_rows                 audit rows the sealer has not chained yet
//   p2pdesk_outbox_queued_messages{channel}     messages waiting for delivery
//   p2pdesk_outbox_oldest_queued_age_seconds{channel}  age of the oldest of them (0: none)
//   p2pdesk_telegram_updates_pending            stored Telegram updates not handled yet
//   p2pdesk_telegram_oldest_pending_update_age_seconds (0: none)
// Every outbox channel is always listed, so an alert on one never sees "no data" for "empty".
// The database figures come from one short read (db::MonitoringRepository); when the database
// cannot be reached the page keeps everything else and says p2pdesk_db_up 0.
[[nodiscard]] Registry::Registration addCoreCollector(Registry &registry, app::Services &services);

} // namespace p2pdesk::syncd::observability
