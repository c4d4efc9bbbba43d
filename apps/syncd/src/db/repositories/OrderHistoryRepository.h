#pragma once

#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Timestamp.h"

#include <nlohmann/json.hpp>
#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

struct NewHistoryEntry {
    std::int64_t orderId = 0;
    std::string actor; // 'operator:<id>', 'customer:<id>', 'system'
    std::optional<std::int64_t> operatorId;
    std::optional<domain::OrderStatus> from; // absent on creation
    domain::OrderStatus to = domain::OrderStatus::New;
    std::int64_t orderVersion = 0; // the version the order has after the change
    std::optional<std::string> reason;
    nlohmann::json meta = nlohmann::json::object();
};

struct HistoryRow {
    std::int64_t id = 0;
    proto::Timestamp at{};
    std::string actor;
    std::optional<std::int64_t> operatorId;
    std::optional<std::string> operatorUsername;
    std::optional<domain::OrderStatus> from;
    domain::OrderStatus to = domain::OrderStatus::New;
    std::int64_t orderVersion = 0;
    std::optional<std::string> reason;
    nlohmann::json meta = nlohmann::json::object();
};

// `order_history`: append-only. Takes the caller's transaction, never opens one.
class OrderHistoryRepository final {
public:
    OrderHistoryRepository() = delete;

    static std::int64_t append(pqxx::work &work, const NewHistoryEntry &entry);
    // Oldest first.
    static std::vector<HistoryRow> list(pqxx::work &work, std::int64_t orderId);
    // When the order's last "reject_proof" happened, if ever (proofs before it no longer count).
    static std::optional<proto::Timestamp> lastProofRejection(pqxx::work &work, std::int64_t orderId);
};

} // namespace p2pdesk::syncd::db
