#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/OrderStateMachine.h"
#include "p2pdesk/domain/Result.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace p2pdesk::domain {

// A recorded approval of a payout: who gave it and which version of the order they saw.
struct Approval {
    OperatorId approverId = 0;
    std::set<Role> approverRoles; // the approver's roles when the approval is checked
    std::int64_t orderVersion = 0;
};

// Large payouts need a second pair of eyes: a senior who is not the order's holder, approving the
// exact version of the order they looked at (any later change invalidates the approval, because
// every transition and edit bumps the version).
class ApprovalPolicy final {
public:
    ApprovalPolicy() = default;
    // Thresholds per fiat code ("RUB" -> 100000.00).
    explicit ApprovalPolicy(std::map<std::string, Decimal, std::less<>> thresholds);

    std::optional<Decimal> threshold(std::string_view fiatCode) const;

    // amountFiat >= threshold. A fiat without a configured threshold always needs approval: a
    // forgotten setting must fail towards the second pair of eyes, not away from it.
    bool needsApproval(std::string_view fiatCode, const Decimal &amountFiat) const;

    // May this actor approve an order held by `holder`? Forbidden unless an operator account with
    // the senior role other than the holder.
    Status checkApprover(const Actor &approver, std::optional<OperatorId> holder) const;

    // Whether a stored approval still counts for the order as it is now.
    bool approvalValid(const Approval &approval, std::optional<OperatorId> holder, std::int64_t currentVersion) const;

private:
    std::map<std::string, Decimal, std::less<>> m_thresholds;
};

} // namespace p2pdesk::domain
