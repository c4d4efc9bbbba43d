#pragma once

#include "db/Transaction.h"
#include "db/repositories/OrderRepository.h"
#include "service/OrderActor.h"
#include "service/RequisitesVault.h"

#include "p2pdesk/domain/Clock.h"
#include "p2pdesk/proto/Orders.h"

#include <cstdint>
#include <optional>

namespace p2pdesk::syncd::service {

// Read side of orders: queue pages, the order card, and the OrderSummary every change event carries.
class OrderQueryService final {
public:
    OrderQueryService(const domain::Clock &clock, const RequisitesVault &vault)
        : m_clock(clock)
        , m_vault(vault)
    {
    }

    // The order as a queue row (requisites masked); nullopt when there is no such order.
    std::optional<proto::OrderSummary> summary(pqxx::work &work, std::int64_t orderId) const;
    proto::OrderSummary summary(pqxx::work &work, const db::OrderRow &order) const;

    // GET /api/v1/orders. Throws ServiceError bad_request for a cursor it did not issue.
    proto::OrdersPage list(pqxx::work &work, const OrderActor &actor, const proto::OrdersQuery &query) const;

    // The order card. With revealRequisites the full requisites are included when the actor holds the
    // order or is a senior, and that read is written to audit_log in the caller's transaction.
    // Throws ServiceError not_found.
    proto::OrderDetail detail(pqxx::work &work, const OrderActor &actor, std::int64_t orderId,
                              bool revealRequisites) const;

private:
    const domain::Clock &m_clock; // the card judges a NEW order's quote lock against it
    const RequisitesVault &m_vault;
};

} // namespace p2pdesk::syncd::service
