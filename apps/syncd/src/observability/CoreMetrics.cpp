#include "observability/CoreMetrics.h"

#include "app/Services.h"
#include "db/Transaction.h"
#include "db/repositories/MonitoringRepository.h"

#include <Poco/Logger.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace p2pdesk::syncd::observability {

namespace {

// outbox.channel's values (migration 0007's CHECK), listed even when nothing is queued on them.
constexpr std::array<const char *, 3> kOutboxChannels = {"telegram_customer", "telegram_ops", "email"};

void addProcess(Exposition &out, const app::Services &services)
{
    out.gauge("p2pdesk_build_info", "Always 1; the syncd version is in the label.", {{"version", P2PDESK_VERSION}}, 1);
    out.gauge("p2pdesk_start_time_seconds", "Unix time syncd started.", {},
              std::chrono::duration<double>(services.startedAt().time_since_epoch()).count());
}

void addPool(Exposition &out, app::Services &services)
{
    const auto pool = services.pool().stats();
    out.gauge("p2pdesk_db_pool_connections", "Pooled database connections by state.", {{"state", "in_use"}},
              static_cast<double>(pool.inUse));
    out.gauge("p2pdesk_db_pool_connections", "Pooled database connections by state.", {{"state", "idle"}},
              static_cast<double>(pool.idle));
    out.gauge("p2pdesk_db_pool_max_connections", "Size limit of the database pool (db.pool_size).", {},
              static_cast<double>(pool.max));
    out.gauge("p2pdesk_db_pool_waiting_requests", "Callers waiting for a pooled database connection now.", {},
              static_cast<double>(pool.waiting));
    out.counter("p2pdesk_db_pool_acquire_timeouts_total",
                "Callers that got no pooled connection within db.acquire_timeout_ms (answered 503).", {},
                static_cast<double>(pool.acquireTimeouts));
    out.gauge("p2pdesk_change_feed_waiters", "Change-feed long-polls waiting for a change now.", {},
              static_cast<double>(services.changeListener().waiterCount()));
}

void addBacklogs(Exposition &out, const db::MonitoringFigures &figures)
{
    out.gauge("p2pdesk_audit_unsealed_rows", "Audit log rows not yet sealed into the hash chain.", {},
              static_cast<double>(figures.auditUnsealed));
    for (const char *channel : kOutboxChannels) {
        const auto it = std::find_if(figures.outbox.begin(), figures.outbox.end(),
                                     [&](const auto &q) { return q.channel == channel; });
        const bool any = it != figures.outbox.end();
        out.gauge("p2pdesk_outbox_queued_messages", "Outbox messages waiting for delivery, by channel.",
                  {{"channel", channel}}, any ? static_cast<double>(it->depth) : 0.0);
        out.gauge("p2pdesk_outbox_oldest_queued_age_seconds",
                  "Age of the oldest outbox message waiting for delivery, by channel (0: none waiting).",
                  {{"channel", channel}}, any ? std::max(0.0, it->oldestAgeSeconds) : 0.0);
    }
    // A channel the schema gained later still shows, under its own name.
    for (const auto &q : figures.outbox) {
        if (std::find(kOutboxChannels.begin(), kOutboxChannels.end(), q.channel) != kOutboxChannels.end())
            continue;
        out.gauge("p2pdesk_outbox_queued_messages", "Outbox messages waiting for delivery, by channel.",
                  {{"channel", q.channel}}, static_cast<double>(q.depth));
        out.gauge("p2pdesk_outbox_oldest_queued_age_seconds",
                  "Age of the oldest outbox message waiting for delivery, by channel (0: none waiting).",
                  {{"channel", q.channel}}, std::max(0.0, q.oldestAgeSeconds));
    }
    out.gauge("p2pdesk_telegram_updates_pending", "Telegram updates stored but not yet handled.", {},
              static_cast<double>(figures.telegramUpdatesPending));
    out.gauge("p2pdesk_telegram_oldest_pending_update_age_seconds",
              "Age of the oldest Telegram update stored but not yet handled (0: none).", {},
              std::max(0.0, figures.oldestPendingUpdateAgeSeconds.value_or(0.0)));
}

} // namespace

Registry::Registration addCoreCollector(Registry &registry, app::Services &services)
{
    return registry.addCollector([&services](Exposition &out) {
        addProcess(out, services);
        addPool(out, services);
        std::optional<db::MonitoringFigures> figures;
        try {
            figures = db::inTransaction(
                services.pool(), [](db::Transaction &tx) { return db::MonitoringRepository::figures(tx.work()); });
        } catch (const std::exception &e) {
            // Down, or no pooled connection in time: the page says so (p2pdesk_db_up 0); the outage
            // itself is logged by the workers and answered by /readyz.
            Poco::Logger::get("syncd.metrics").debug(std::string("database figures unavailable: ") + e.what());
        }
        out.gauge("p2pdesk_db_up", "1 when this scrape could read the database, 0 when it could not.", {},
                  figures ? 1.0 : 0.0);
        if (figures)
            addBacklogs(out, *figures);
    });
}

} // namespace p2pdesk::syncd::observability
