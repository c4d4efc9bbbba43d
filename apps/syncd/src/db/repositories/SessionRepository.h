#pragma once

#include <pqxx/transaction>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// What a bearer token resolves to: a live session of an active operator.
struct ActiveSession {
    std::int64_t sessionId = 0;
    std::int64_t operatorId = 0;
    std::string username;
    std::vector<std::string> roles;
    std::chrono::system_clock::time_point expiresAt{}; // the earlier of idle and absolute expiry
};

struct NewSession {
    std::int64_t operatorId = 0;
    std::string tokenHashHex; // security::hashToken(token)
    std::chrono::seconds idleTimeout{};
    std::chrono::seconds absoluteTimeout{};
    std::string ip;
    std::optional<std::string> userAgent;
    std::optional<std::string> workstationId;
};

struct CreatedSession {
    std::int64_t id = 0;
    std::chrono::system_clock::time_point expiresAt{};
};

// `sessions`: only the SHA-256 of a token is stored (bytea). Expiry is judged by the database
// clock. Takes the caller's transaction, never opens one.
class SessionRepository final {
public:
    SessionRepository() = delete;

    static CreatedSession create(pqxx::work &work, const NewSession &session);

    // The session for a token hash if it is not revoked, not idle- or absolutely expired and its
    // operator is active. In the same statement, when last_seen_at is older than `touchInterval`,
    // refreshes last_seen_at and pushes idle_expires_at to now + idleTimeout (never past the
    // absolute expiry): one write per session per interval instead of one per request.
    static std::optional<ActiveSession> findActive(pqxx::transaction_base &tx, const std::string &tokenHashHex,
                                                   std::chrono::seconds idleTimeout,
                                                   std::chrono::seconds touchInterval);

    // The current expiry of a live session, nullopt when it is no longer live.
    static std::optional<std::chrono::system_clock::time_point> expiry(pqxx::work &work, std::int64_t sessionId);

    // True when the session was live and is now revoked.
    static bool revoke(pqxx::work &work, std::int64_t sessionId);
    // Revokes every live session of the operator; returns how many.
    static std::int64_t revokeAllFor(pqxx::work &work, std::int64_t operatorId);
};

} // namespace p2pdesk::syncd::db
