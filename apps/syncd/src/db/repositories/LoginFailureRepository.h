#pragma once

#include <pqxx/transaction>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::db {

// Consecutive login failures of one operator from one client address.
struct LoginFailures {
    int failures = 0;
    std::optional<std::chrono::sys_seconds> lockedUntil;
};

// `login_failures`. Callers hold the operator's row lock (OperatorRepository::lockByUsername), which
// serialises every change to an operator's rows here.
class LoginFailureRepository final {
public:
    LoginFailureRepository() = delete;

    // Zero failures when the pair has no row.
    static LoginFailures find(pqxx::work &work, std::int64_t operatorId, const std::string &clientAddress);
    static void record(pqxx::work &work, std::int64_t operatorId, const std::string &clientAddress,
                       const LoginFailures &failures);
    // A successful login from that address.
    static void clear(pqxx::work &work, std::int64_t operatorId, const std::string &clientAddress);
    // An admin reset of the password or the second factor: a fresh start from everywhere.
    static void clearAll(pqxx::work &work, std::int64_t operatorId);
};

} // namespace p2pdesk::syncd::db
