#include "security/AccountLockout.h"

#include <algorithm>

namespace p2pdesk::syncd::security {

std::chrono::seconds lockoutDuration(int failures, const LockoutPolicy &policy)
{
    if (failures < policy.failuresBeforeLockout || policy.firstLockout <= std::chrono::seconds::zero())
        return std::chrono::seconds::zero();
    std::chrono::seconds duration = policy.firstLockout;
    // Doubling stops at the cap, so huge failure counts cannot overflow.
    for (int extra = failures - policy.failuresBeforeLockout; extra > 0 && duration < policy.maxLockout; --extra)
        duration *= 2;
    return std::min(duration, policy.maxLockout);
}

std::optional<std::chrono::sys_seconds> lockoutAfterFailure(int failures, std::chrono::sys_seconds now,
                                                            const LockoutPolicy &policy)
{
    const std::chrono::seconds duration = lockoutDuration(failures, policy);
    if (duration == std::chrono::seconds::zero())
        return std::nullopt;
    return now + duration;
}

bool isLockedOut(std::optional<std::chrono::sys_seconds> lockedUntil, std::chrono::sys_seconds now)
{
    return lockedUntil && now < *lockedUntil;
}

} // namespace p2pdesk::syncd::security
