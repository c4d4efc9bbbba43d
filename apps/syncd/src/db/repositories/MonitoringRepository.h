#pragma once

#include <pqxx/transaction_base>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// The backlogs /metrics reports, read at scrape time.
struct MonitoringFigures {
    struct OutboxQueue {
        std::string channel; // outbox.channel: telegram_customer, telegram_ops, email
        std::int64_t depth = 0;
        double oldestAgeSeconds = 0; // of the oldest queued row, counted from when it was written
    };

    std::int64_t auditUnsealed = 0;                        // audit_log rows the sealer has not chained yet
    std::int64_t telegramUpdatesPending = 0;               // stored updates not processed yet
    std::optional<double> oldestPendingUpdateAgeSeconds{}; // since it was stored
    std::vector<OutboxQueue> outbox{};                     // only channels with queued rows
};

// What /metrics reads from the database. Every figure counts rows of a partial index (audit_log
// WHERE hash IS NULL, tg_updates WHERE processed_at IS NULL, outbox WHERE status = 'queued'), so a
// scrape costs as much as the backlog is long, never the size of the tables; a statement timeout
// keeps a struggling database from holding the scrape. Takes the caller's transaction.
class MonitoringRepository final {
public:
    MonitoringRepository() = delete;

    static MonitoringFigures figures(pqxx::transaction_base &tx);
};

} // namespace p2pdesk::syncd::db
