#pragma once

#include "db/ConnectionPool.h"
#include "workers/AdvisoryLock.h"
#include "workers/PeriodicWorker.h"

#include "p2pdesk/domain/Decimal.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace p2pdesk::syncd::config {
class Config;
}

namespace p2pdesk::syncd::tg {

struct OpsAlertSettings {
    std::int64_t chatId = 0;                            // telegram.ops_chat_id (0 = no alerts)
    int unassignedMinutes = 10;                         // ops.unassigned_alert_minutes
    int perMinute = 20;                                 // telegram.ops_alerts_per_minute
    std::map<std::string, domain::Decimal> largePayout; // ops.large_payout_alert "RUB:500000,USD:5000"
    int workerFailures = 5;                             // consecutive failed ticks before a worker is reported

    // Throws config::ConfigError on a malformed ops.large_payout_alert.
    static OpsAlertSettings fromConfig(const config::Config &config);
    static std::map<std::string, domain::Decimal> parseThresholds(const std::string &text);
};

// Alerts for the desk's ops group: outbox rows (channel telegram_ops, recipient the chat id,
// payload sendMessage with HTML text) that tg/OutboxSender delivers like any other. Each cause is
// alerted once (dedupe key "ops:<kind>:<order id>:<when the order entered its status>"), and at most
// `perMinute` alerts are enqueued in any minute; the rest wait for a later round (their causes are
// read again from the orders, so nothing is lost). Causes:
//   unassigned — NEW with no holder for unassignedMinutes
//   approval   — PAYMENT_VERIFIED needing a payout approval (domain::ApprovalPolicy) without a valid one
//   dispute    — an order in DISPUTE
//   large      — a payout (PAYMENT_VERIFIED / PROCESSING_PAYOUT) at or above the fiat's threshold
//   worker     — a background worker of this process failed workerFailures ticks in a row
//   feed_jump  — a reference feed value held for a jump (once per rate and held value)
// Singleton per database (advisory lock); workers are those of the instance holding it.
class OpsAlerts final {
public:
    static constexpr long long kLockKey = 0x7032706f70736174; // "p2popsat"
    using WorkerHealth = std::function<std::vector<workers::PeriodicWorker::Health>()>;

    OpsAlerts(db::ConnectionPool &pool, OpsAlertSettings settings,
              WorkerHealth workers = &workers::PeriodicWorker::allHealth);

    // One round; returns the number of alerts enqueued. 0 when disabled (no chat, or the admin
    // switched ops_alerts_enabled off) or another instance holds the lock. Throws on database errors.
    int runOnce();

private:
    db::ConnectionPool &m_pool;
    OpsAlertSettings m_settings;
    WorkerHealth m_workers;
    workers::AdvisoryLock m_lock;
};

} // namespace p2pdesk::syncd::tg
