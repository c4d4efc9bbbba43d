#pragma once

#include "db/Transaction.h"
#include "service/OrderActor.h"
#include "service/OrderJournal.h"
#include "service/OrderService.h"

#include "p2pdesk/domain/Clock.h"
#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <string>

namespace p2pdesk::syncd::service {

struct RequoteInput {
    domain::Decimal finalRate;
    std::string reason;
    std::int64_t expectedVersion = 0;
};

// Re-quotes of an order whose customer paid after its rate stopped holding (RateAgreements says
// when one is due; OrderService records it when the payment is announced). The desk offers a new
// rate — or keeps the old one, with a reason — and the customer accepts the offer in the bot or
// declines it, which opens a dispute: their money has arrived, so only a senior can settle it.
// Payout waits until the order is agreed again (domain Requirement::RateAgreed). Each step runs in
// the caller's transaction with the order row locked and writes order_history (same status),
// audit_log and an order.updated change event; the bot hears of an offer from that event.
class RequoteService final {
public:
    RequoteService(const domain::Clock &clock, OrderJournal &journal, OrderService &transitions)
        : m_clock(clock)
        , m_journal(journal)
        , m_transitions(transitions)
    {
    }

    // The holder or a senior, while a re-quote is due or offered. A rate equal to the order's final
    // rate keeps it (agreed at once); any other is offered and replaces an earlier offer.
    void offer(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor, const RequoteInput &input);
    // The order's customer accepts the offer made at `offeredAt`; a newer offer is not accepted by
    // an older button. The offered figures become the order's.
    void accept(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor, proto::Timestamp offeredAt);
    // The order's customer declines the offer made at `offeredAt`: a dispute with that reason.
    void decline(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor, proto::Timestamp offeredAt);

private:
    const domain::Clock &m_clock;
    OrderJournal &m_journal;
    OrderService &m_transitions;
};

} // namespace p2pdesk::syncd::service
