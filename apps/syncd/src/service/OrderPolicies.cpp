#include "service/OrderPolicies.h"

#include "db/repositories/ApprovalRepository.h"
#include "service/ServiceError.h"

#include <Poco/Logger.h>

namespace p2pdesk::syncd::service {

proto::Timestamp toTimestamp(std::chrono::system_clock::time_point at)
{
    return std::chrono::floor<std::chrono::microseconds>(at);
}

bool payoutApprovalValid(pqxx::work &work, const OrderPolicies &policies, const db::OrderRow &order)
{
    const auto latest = db::ApprovalRepository::latestForVersion(work, order.id, order.version);
    if (!latest || !latest->approve)
        return false;
    const domain::Approval approval{latest->approverId, latest->approverRoles, latest->orderVersion};
    return policies.approvals.approvalValid(approval, order.holderId, order.version);
}

OrderPolicies OrderPolicies::load(pqxx::work &work)
{
    OrderPolicies p;
    p.settings = db::SettingsRepository::load(work);
    auto timeouts = domain::TimeoutPolicy::create(p.settings.timeouts);
    if (timeouts.ok()) {
        p.timeouts = std::move(timeouts).value();
    } else {
        // SettingsRepository only keeps positive durations, so this is a programming error; the
        // defaults keep orders moving rather than stopping the desk.
        Poco::Logger::get("syncd.orders").error("invalid status timeouts, using defaults: " + timeouts.error().message);
    }
    p.approvals = domain::ApprovalPolicy(p.settings.approvalThresholds);
    return p;
}

std::optional<proto::Timestamp> OrderPolicies::deadline(domain::OrderStatus status, proto::Timestamp enteredAt) const
{
    const auto d = timeouts.deadlineFor(status, enteredAt);
    if (!d)
        return std::nullopt;
    return toTimestamp(d->expiresAt);
}

domain::Decimal checkedFinalRate(const domain::Decimal &rate)
{
    const auto scaled = rate.rescaled(domain::kRateScale, domain::Rounding::Down);
    if (!scaled.ok() || !(scaled.value() == rate) || rate.isZero())
        throw ServiceError(proto::ApiErrorCode::ValidationFailed, "final_rate must be positive with at most 6 decimals",
                           {{"field", "final_rate"}, {"kind", "invalid"}});
    return scaled.value();
}

} // namespace p2pdesk::syncd::service
