#pragma once

#include "p2pdesk/domain/Clock.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/domain/Result.h"

#include <chrono>
#include <map>
#include <optional>

namespace p2pdesk::domain {

// How long an order may stay in a status. Statuses without an entry have no deadline.
struct TimeoutConfig {
    std::map<OrderStatus, std::chrono::seconds> durations;

    // NEW 60 min (nobody took it), ASSIGNED 30 min, AWAITING_CRYPTO 60 min, USER_MARKED_SENT 2 h
    // (no proof), PAID_OUT 24 h (auto-complete); OPERATOR_VERIFY_PROOF 30 min and PROCESSING_PAYOUT
    // 60 min are reminders for the desk only (no automatic transition).
    static TimeoutConfig defaults();
};

enum class DeadlineState { Running, Warning, Expired };

struct Deadline {
    OrderStatus status = OrderStatus::New;
    Clock::TimePoint warnAt; // halfway: the holder (or the queue) is warned
    Clock::TimePoint expiresAt;
    std::optional<OrderStatus> onExpiry; // what the system does at expiry; nullopt: warn only
};

class TimeoutPolicy final {
public:
    // InvalidAmount for a zero or negative duration.
    static Result<TimeoutPolicy> create(TimeoutConfig config);
    TimeoutPolicy(); // TimeoutConfig::defaults()

    // The deadline of an order that entered `status` at `enteredAt`, if the status has one.
    std::optional<Deadline> deadlineFor(OrderStatus status, Clock::TimePoint enteredAt) const;

    // The system transition at expiry. Fixed, not configurable, and a subset of the state machine's
    // system edges: NEW/ASSIGNED/AWAITING_CRYPTO/USER_MARKED_SENT -> CANCELLED, PAID_OUT -> COMPLETED.
    static std::optional<OrderStatus> timeoutTarget(OrderStatus status) noexcept;

    static DeadlineState stateAt(const Deadline &deadline, Clock::TimePoint now) noexcept;
    static DeadlineState state(const Deadline &deadline, const Clock &clock) { return stateAt(deadline, clock.now()); }

private:
    explicit TimeoutPolicy(TimeoutConfig config);

    TimeoutConfig m_config;
};

} // namespace p2pdesk::domain
