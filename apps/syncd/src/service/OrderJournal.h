#pragma once

#include "db/Transaction.h"
#include "feed/ChangeFeed.h"
#include "service/OrderActor.h"
#include "service/OrderQueryService.h"

#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Orders.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::service {

// What happened to an order, for the three records every change leaves in its transaction.
struct OrderEvent {
    std::int64_t orderId = 0;
    std::string_view feedKind; // proto::change_kind::…
    std::string auditAction;   // "order.take", "order.approve", …
    std::optional<std::string> reason;
    nlohmann::json details = nlohmann::json::object(); // history meta, audit payload, event payload
    // Status transitions only: order_history gets a row.
    bool transition = false;
    std::optional<domain::OrderStatus> from;
    domain::OrderStatus to = domain::OrderStatus::New;
    std::int64_t newVersion = 0;
};

// Writes the order_history row (for transitions), the audit_log row and the change-feed event of one
// order change, inside the caller's transaction. The event carries the order's updated summary under
// "order" so workstations apply it without refetching.
class OrderJournal final {
public:
    OrderJournal(feed::ChangeFeed &feed, const OrderQueryService &queries)
        : m_feed(feed)
        , m_queries(queries)
    {
    }

    // Returns the summary that went into the event.
    proto::OrderSummary record(db::Transaction &tx, const OrderActor &actor, const OrderEvent &event);

private:
    feed::ChangeFeed &m_feed;
    const OrderQueryService &m_queries;
};

} // namespace p2pdesk::syncd::service
