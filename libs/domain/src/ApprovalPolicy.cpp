#include "p2pdesk/domain/ApprovalPolicy.h"

namespace p2pdesk::domain {

ApprovalPolicy::ApprovalPolicy(std::map<std::string, Decimal, std::less<>> thresholds)
    : m_thresholds(std::move(thresholds))
{
}

std::optional<Decimal> ApprovalPolicy::threshold(std::string_view fiatCode) const
{
    const auto found = m_thresholds.find(fiatCode);
    if (found == m_thresholds.end())
        return std::nullopt;
    return found->second;
}

bool ApprovalPolicy::needsApproval(std::string_view fiatCode, const Decimal &amountFiat) const
{
    const auto limit = threshold(fiatCode);
    return !limit || amountFiat >= *limit;
}

Status ApprovalPolicy::checkApprover(const Actor &approver, std::optional<OperatorId> holder) const
{
    if (approver.kind != ActorKind::Operator || !approver.hasRole(Role::Senior))
        return makeError(ErrorCode::Forbidden, "only a senior may approve a payout");
    if (holder && *holder == approver.operatorId)
        return makeError(ErrorCode::Forbidden, "the holder of an order may not approve its payout");
    return Ok{};
}

bool ApprovalPolicy::approvalValid(const Approval &approval, std::optional<OperatorId> holder,
                                   std::int64_t currentVersion) const
{
    const bool senior = approval.approverRoles.contains(Role::Senior);
    const bool otherThanHolder = !holder || *holder != approval.approverId;
    return senior && otherThanHolder && approval.orderVersion == currentVersion;
}

} // namespace p2pdesk::domain
