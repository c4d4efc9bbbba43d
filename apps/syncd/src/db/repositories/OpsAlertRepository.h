#pragma once

#include <pqxx/transaction>

#include <cstdint>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// What the ops chat alerts (tg/OpsAlerts) look at. Takes the caller's transaction.
class OpsAlertRepository final {
public:
    OpsAlertRepository() = delete;

    // NEW orders without a holder created more than `minutes` ago, oldest first.
    static std::vector<std::int64_t> unassignedNewOrders(pqxx::work &work, int minutes, int limit);
    // Orders in `status` (the status's text, e.g. "DISPUTE"), oldest first.
    static std::vector<std::int64_t> ordersInStatus(pqxx::work &work, const std::string &status, int limit);
    // Ops chat messages enqueued within the last `seconds` (the alerts' own rate limit).
    static std::int64_t opsMessagesSince(pqxx::work &work, int seconds);
};

} // namespace p2pdesk::syncd::db
