#pragma once

#include "p2pdesk/proto/Timestamp.h"

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

enum class ChecklistStage { Verify, Payout };

// One active item of a checklist definition with this order's completion of it.
struct OrderChecklistItem {
    std::int64_t itemId = 0;
    std::string title;
    bool required = true;
    bool done = false;
    std::optional<std::int64_t> doneBy;
    std::optional<std::string> doneByUsername;
    std::optional<proto::Timestamp> doneAt;
};

struct OrderChecklistState {
    std::vector<OrderChecklistItem> verify;
    std::vector<OrderChecklistItem> payout;
};

// `order_checklist_items`: per-order completion of the admin's checklists (definitions live in
// `checklists`/`checklist_items`, read-only here). Takes the caller's transaction.
class OrderChecklistRepository final {
public:
    OrderChecklistRepository() = delete;

    // The active items of both stages in display order, each with this order's state (one query: the
    // order card is read after every mutation).
    static OrderChecklistState state(pqxx::work &work, std::int64_t orderId);
    // Every required active item is done (true when the stage defines none).
    static bool complete(pqxx::work &work, std::int64_t orderId, ChecklistStage stage);
    // The stage of an ACTIVE item, nullopt when there is no such active item.
    static std::optional<ChecklistStage> stageOfItem(pqxx::work &work, std::int64_t itemId);
    static void set(pqxx::work &work, std::int64_t orderId, std::int64_t itemId, bool done, std::int64_t operatorId);
};

} // namespace p2pdesk::syncd::db
