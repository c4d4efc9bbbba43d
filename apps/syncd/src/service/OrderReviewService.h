#pragma once

#include "db/Transaction.h"
#include "service/OrderActor.h"
#include "service/OrderJournal.h"

#include "p2pdesk/domain/RiskRules.h"
#include "p2pdesk/proto/Orders.h"

#include <cstdint>
#include <string>

namespace p2pdesk::syncd::service {

// The second pair of eyes and the gates around the lifecycle that are not transitions themselves:
// payout approvals, checklist ticks and clearing risk flags. Each runs in the caller's transaction
// with the order row locked, and leaves an audit row and a change event.
class OrderReviewService final {
public:
    explicit OrderReviewService(OrderJournal &journal)
        : m_journal(journal)
    {
    }

    // A senior who does not hold the order approves (or rejects) the payout of exactly the version
    // they saw. The approval does not bump the version: it is bound to it.
    void decide(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor,
                const proto::ApprovalRequest &request);
    // The holder ticks (or unticks) a verify/payout checklist item; bumps the version.
    void tickChecklist(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor,
                       const proto::ChecklistItemUpdate &update);
    // A senior clears a risk flag with a reason; the order is takeable again once no hold or block
    // flag is left. Bumps the version.
    void clearRiskFlag(db::Transaction &tx, std::int64_t orderId, std::int64_t flagId, const OrderActor &actor,
                       const std::string &reason);
    // Raises a flag on the order by hand (a senior blocked its customer, …): a hold or block flag
    // holds the order until a senior clears it. Audited 'order.risk_flag_raise' with the reason;
    // bumps the version. Returns the flag's id.
    std::int64_t raiseRiskFlag(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor,
                               const domain::RiskHit &hit, const std::string &reason);

private:
    OrderJournal &m_journal;
};

} // namespace p2pdesk::syncd::service
