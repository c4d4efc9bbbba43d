#include "p2pdesk/domain/TimeoutPolicy.h"

#include <string>

namespace p2pdesk::domain {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

TimeoutConfig TimeoutConfig::defaults()
{
    return TimeoutConfig{{
        {OrderStatus::New, minutes(60)},
        {OrderStatus::Assigned, minutes(30)},
        {OrderStatus::AwaitingCrypto, minutes(60)},
        {OrderStatus::UserMarkedSent, hours(2)},
        {OrderStatus::OperatorVerifyProof, minutes(30)},
        {OrderStatus::ProcessingPayout, minutes(60)},
        {OrderStatus::PaidOut, hours(24)},
    }};
}

Result<TimeoutPolicy> TimeoutPolicy::create(TimeoutConfig config)
{
    for (const auto &[status, duration] : config.durations) {
        if (duration <= seconds::zero()) {
            return makeError(ErrorCode::InvalidAmount,
                             "timeout for " + std::string(toString(status)) + " must be positive");
        }
    }
    return TimeoutPolicy(std::move(config));
}

TimeoutPolicy::TimeoutPolicy()
    : m_config(TimeoutConfig::defaults())
{
}

TimeoutPolicy::TimeoutPolicy(TimeoutConfig config)
    : m_config(std::move(config))
{
}

std::optional<Deadline> TimeoutPolicy::deadlineFor(OrderStatus status, Clock::TimePoint enteredAt) const
{
    const auto found = m_config.durations.find(status);
    if (found == m_config.durations.end() || isTerminal(status))
        return std::nullopt;
    const seconds duration = found->second;
    return Deadline{status, enteredAt + duration / 2, enteredAt + duration, timeoutTarget(status)};
}

std::optional<OrderStatus> TimeoutPolicy::timeoutTarget(OrderStatus status) noexcept
{
    switch (status) {
    case OrderStatus::New:
    case OrderStatus::Assigned:
    case OrderStatus::AwaitingCrypto:
    case OrderStatus::UserMarkedSent:
        return OrderStatus::Cancelled;
    case OrderStatus::PaidOut:
        return OrderStatus::Completed;
    default:
        return std::nullopt;
    }
}

DeadlineState TimeoutPolicy::stateAt(const Deadline &deadline, Clock::TimePoint now) noexcept
{
    if (now >= deadline.expiresAt)
        return DeadlineState::Expired;
    if (now >= deadline.warnAt)
        return DeadlineState::Warning;
    return DeadlineState::Running;
}

} // namespace p2pdesk::domain
