#pragma once

#include "db/Transaction.h"
#include "service/OrderActor.h"
#include "service/OrderJournal.h"

#include "p2pdesk/domain/Clock.h"
#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Orders.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::service {

struct TakeInput {
    domain::Decimal finalRate;
    std::optional<std::string> reason;
    std::optional<std::int64_t> expectedVersion;
};

struct TransitionInput {
    domain::OrderStatus to = domain::OrderStatus::New;
    std::optional<std::int64_t> expectedVersion; // nullopt: whatever version the row has (workers, system)
    std::string reason;
    std::optional<std::string> payoutReference;
    std::optional<std::int64_t> walletId;
    nlohmann::json meta = nlohmann::json::object(); // extra history meta (e.g. the proof that caused it)
};

struct TransitionOutcome {
    std::int64_t orderId = 0;
    domain::OrderStatus from = domain::OrderStatus::New;
    domain::OrderStatus to = domain::OrderStatus::New;
    std::int64_t version = 0;
    std::string action;
    proto::OrderSummary summary;
};

// THE code path of every status change of an order. Inside the caller's transaction: lock or
// conditionally update the row on status and version, let libs/domain decide (role, holder,
// requirements) on facts read in the same transaction, write the new status and its deadline
// (TimeoutPolicy with the admin's timeouts), then order_history, audit_log and the change event
// (OrderJournal). Refusals throw ServiceError with the wire code; the caller's transaction then
// rolls back. The API, the deadline worker and proof upload all come through here.
class OrderService final {
public:
    OrderService(const domain::Clock &clock, OrderJournal &journal)
        : m_clock(clock)
        , m_journal(journal)
    {
    }

    // NEW -> ASSIGNED: one conditional UPDATE (status NEW, no hold, version if given), so among any
    // number of concurrent takers exactly one wins; the others get 409 already_taken.
    TransitionOutcome take(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor, const TakeInput &input);

    // Every other edge of the table (SELECT … FOR UPDATE, then a conditional UPDATE on status and
    // version). Proof upload calls it with OrderActor::system() and to = OPERATOR_VERIFY_PROOF.
    TransitionOutcome applyTransition(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor,
                                      const TransitionInput &input);

private:
    proto::Timestamp now() const;

    const domain::Clock &m_clock;
    OrderJournal &m_journal;
};

} // namespace p2pdesk::syncd::service
