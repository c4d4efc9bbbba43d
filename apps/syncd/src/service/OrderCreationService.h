#pragma once

#include "db/Transaction.h"
#include "service/OrderActor.h"
#include "service/OrderJournal.h"
#include "service/RequisitesVault.h"

#include "p2pdesk/domain/Clock.h"
#include "p2pdesk/proto/Orders.h"

#include <cstdint>

namespace p2pdesk::syncd::service {

// POST /api/v1/orders (and, later, the bot's "confirm"): validates against the domain catalogue,
// prices the order from the current rate (a stale base rate refuses with rate_stale), seals the
// payout requisites, runs the risk rules on figures read in the same transaction and records the
// hits as risk_flags — a hold or block hit leaves the order untakeable until a senior clears it.
class OrderCreationService final {
public:
    OrderCreationService(const domain::Clock &clock, const RequisitesVault &vault, OrderJournal &journal)
        : m_clock(clock)
        , m_vault(vault)
        , m_journal(journal)
    {
    }

    // Returns the new order's id.
    std::int64_t create(db::Transaction &tx, const OrderActor &actor, const proto::CreateOrderRequest &request);

private:
    const domain::Clock &m_clock;
    const RequisitesVault &m_vault;
    OrderJournal &m_journal;
};

} // namespace p2pdesk::syncd::service
