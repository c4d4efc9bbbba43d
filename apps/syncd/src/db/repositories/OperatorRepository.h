#pragma once

#include "security/SecretBox.h"

#include <pqxx/transaction>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// One row of `operators`. Timestamps are the database's (its clock is the one every syncd instance
// shares, so lockout and session expiry never depend on which instance answers).
struct OperatorRow {
    std::int64_t id = 0;
    std::string username;
    std::vector<std::string> roles;
    std::string passwordHash;
    std::optional<security::SealedBox> totpSecret; // nullopt until enrolled
    bool totpConfirmed = false;
    std::int64_t totpLastStep = 0;
    bool active = true;
    int failedLogins = 0;
    std::optional<std::chrono::sys_seconds> lockedUntil;
    std::chrono::system_clock::time_point createdAt{};
    std::chrono::sys_seconds dbNow{}; // now() of the reading transaction
    bool onDuty = false;              // the desk's "I am working" switch (the bot opens when someone is)
};

// `operators`. Takes the caller's transaction, never opens one. Usernames are matched case-blind
// (the unique index is on lower(username)).
class OperatorRepository final {
public:
    OperatorRepository() = delete;

    // The row locked FOR UPDATE, so concurrent logins of one account (TOTP replay guard, failure
    // counter) and admin changes serialise on it.
    static std::optional<OperatorRow> lockByUsername(pqxx::work &work, const std::string &username);
    static std::optional<OperatorRow> lockById(pqxx::work &work, std::int64_t id);
    static std::optional<OperatorRow> findById(pqxx::work &work, std::int64_t id);
    static std::vector<OperatorRow> list(pqxx::work &work);

    // nullopt when the username is taken. roles are "operator" / "senior" / "admin".
    static std::optional<std::int64_t> insert(pqxx::work &work, const std::string &username,
                                              const std::vector<std::string> &roles, const std::string &passwordHash);
    // A fresh enrolment: stores the sealed secret, clears the confirmation and the replay guard.
    static void setTotpSecret(pqxx::work &work, std::int64_t id, const security::SealedBox &secret);

    static void recordLoginFailure(pqxx::work &work, std::int64_t id, int failedLogins,
                                   std::optional<std::chrono::sys_seconds> lockedUntil);
    // Stores the accepted TOTP step, confirms enrolment, clears the failure counter and the lock.
    static void recordLoginSuccess(pqxx::work &work, std::int64_t id, std::int64_t totpStep);

    static void setRoles(pqxx::work &work, std::int64_t id, const std::vector<std::string> &roles);
    static void deactivate(pqxx::work &work, std::int64_t id);
    // Also clears the failure counter and the lock (an admin reset is a fresh start).
    static void setPasswordHash(pqxx::work &work, std::int64_t id, const std::string &passwordHash);
    // false when no such active operator (an inactive one may only go off duty).
    static bool setOnDuty(pqxx::work &work, std::int64_t id, bool onDuty);

    // Locks every active admin row (in id order, so concurrent callers cannot deadlock) and returns
    // their ids: the "last active admin" rule is checked against this set under the lock.
    static std::vector<std::int64_t> lockActiveAdmins(pqxx::work &work);
};

} // namespace p2pdesk::syncd::db
