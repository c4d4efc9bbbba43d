#pragma once

#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Timestamp.h"

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

struct ApprovalRow {
    std::int64_t id = 0;
    std::int64_t orderId = 0;
    std::int64_t orderVersion = 0;
    std::int64_t approverId = 0;
    std::string approverUsername;
    std::set<domain::Role> approverRoles; // as the approver's account holds them now
    bool approve = true;
    std::string reason;
    proto::Timestamp at{};
};

// `approvals`: a senior's decision bound to the order version they saw. Takes the caller's transaction.
class ApprovalRepository final {
public:
    ApprovalRepository() = delete;

    static std::int64_t insert(pqxx::work &work, std::int64_t orderId, std::int64_t orderVersion,
                               std::int64_t approverId, bool approve, const std::string &reason);
    // Oldest first.
    static std::vector<ApprovalRow> listForOrder(pqxx::work &work, std::int64_t orderId);
    // The latest decision given on exactly this version of the order, if any.
    static std::optional<ApprovalRow> latestForVersion(pqxx::work &work, std::int64_t orderId, std::int64_t version);
};

} // namespace p2pdesk::syncd::db
