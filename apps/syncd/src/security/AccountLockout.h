#pragma once

#include <chrono>
#include <optional>

namespace p2pdesk::syncd::security {

// Per-account lockout with growing delays. Its state lives in the operator row (failed_logins,
// locked_until), so it survives restarts and holds across several syncd instances; these functions
// only compute it. Intended flow, in the login transaction with the row locked:
//   1. isLockedOut(locked_until, now) → refuse with auth_failed without checking the password
//      (and without counting the attempt; the per-IP limiter still counts it).
//   2. wrong password or code → failed_logins += 1; locked_until = lockoutAfterFailure(new count, now)
//      (nullopt leaves it NULL).
//   3. success → failed_logins = 0, locked_until = NULL. An admin password or 2FA reset does the same.
// Since the count only resets on success, every failure after an expired lockout locks again for
// twice as long, up to the cap.
struct LockoutPolicy {
    int failuresBeforeLockout = 5; // the 5th consecutive failure locks
    std::chrono::seconds firstLockout{std::chrono::minutes{1}};
    std::chrono::seconds maxLockout{std::chrono::hours{1}};
};

// The lockout that `failures` consecutive failures earn: zero below the threshold, then
// firstLockout, doubled for every further failure, capped at maxLockout.
std::chrono::seconds lockoutDuration(int failures, const LockoutPolicy &policy = {});

// locked_until after the failure that brought the count to `failures`, or nullopt if not locked.
std::optional<std::chrono::sys_seconds> lockoutAfterFailure(int failures, std::chrono::sys_seconds now,
                                                            const LockoutPolicy &policy = {});

bool isLockedOut(std::optional<std::chrono::sys_seconds> lockedUntil, std::chrono::sys_seconds now);

} // namespace p2pdesk::syncd::security
