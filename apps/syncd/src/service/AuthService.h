#pragma once

#include "audit/AuditWriter.h"
#include "config/Config.h"
#include "db/ConnectionPool.h"
#include "db/Transaction.h"
#include "security/AccountLockout.h"
#include "security/ClientRateLimiter.h"
#include "security/PasswordHasher.h"
#include "security/SecretBox.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace p2pdesk::syncd::service {

// The tunables of authentication, read once from the configuration (auth.*, security.argon2_*).
struct AuthSettings {
    std::chrono::seconds idleTimeout{std::chrono::minutes{30}};
    std::chrono::seconds absoluteTimeout{std::chrono::hours{12}};
    std::chrono::seconds touchInterval{std::chrono::minutes{1}};
    // Failures of one username from one client address: an attacker elsewhere cannot lock out an
    // operator at their desk.
    security::LockoutPolicy lockout;
    // Failures of one username from anywhere: a much higher ceiling against guessing spread over
    // many addresses (same delays, a higher threshold).
    security::LockoutPolicy accountLockout;
    security::ClientRateLimiter::Config loginRateLimit;
    security::Argon2Params argon2;

    static AuthSettings fromConfig(const config::Config &config);
};

// A bearer token that resolved to a live session.
struct AuthenticatedSession {
    std::int64_t operatorId = 0;
    std::string username;
    std::vector<std::string> roles;
    std::int64_t sessionId = 0;
    std::chrono::system_clock::time_point expiresAt{};
};

struct LoginAttempt {
    std::string username;
    std::string password;
    std::string totp;
    std::string clientIp;
    std::optional<std::string> userAgent;
    std::optional<std::string> workstationId;
};

struct LoginSuccess {
    std::string token; // shown to the client once, never stored or logged
    std::chrono::system_clock::time_point expiresAt{};
    std::int64_t operatorId = 0;
    std::string username;
    std::vector<std::string> roles;
};

// Deliberately without a reason: every refusal looks the same to the client. The reason only goes
// to the audit log.
struct LoginRefused {};

using LoginOutcome = std::variant<LoginSuccess, LoginRefused>;

// A freshly generated TOTP enrolment: the otpauth:// URI is shown once and never stored in clear.
struct TotpEnrolment {
    std::string otpauthUri;
};

// Operator authentication: password (argon2id) + TOTP login with replay guard, account lockout and a
// per-client-IP attempt limit; bearer sessions stored as hashes with idle and absolute expiry.
// Thread-safe: one instance per process (app::Services).
class AuthService final {
public:
    AuthService(const config::Config &config, db::ConnectionPool &pool);
    ~AuthService();
    AuthService(const AuthService &) = delete;
    AuthService &operator=(const AuthService &) = delete;

    const AuthSettings &settings() const { return m_settings; }
    const security::PasswordHasher &passwordHasher() const { return m_hasher; }

    // Counts one login attempt by the client; when refused, the seconds until it may retry.
    security::ClientRateLimiter::Decision admitLoginAttempt(const std::string &clientIp);

    // One transaction (the caller's): the operator row is locked FOR UPDATE, so a TOTP code is
    // accepted once even under concurrent logins; failures are counted in the same transaction and
    // must be committed even though the request is refused. Every outcome is audited; `audit` carries
    // ip/user agent/workstation (its actor and action are set here).
    LoginOutcome login(db::Transaction &tx, const LoginAttempt &attempt, audit::AuditEntry audit);

    // The live session for a presented bearer token, or nullopt (malformed, unknown, revoked,
    // expired, operator inactive). Uses its own short transaction on a pooled connection, so
    // long-polling handlers do not hold one.
    std::optional<AuthenticatedSession> authenticate(const std::string &token);

    void logout(db::Transaction &tx, std::int64_t sessionId, audit::AuditEntry audit);

    // The session's current expiry (for GET /me); nullopt if it ended meanwhile.
    std::optional<std::chrono::system_clock::time_point> sessionExpiry(db::Transaction &tx, std::int64_t sessionId);

    // Generates a TOTP secret for the operator, stores it sealed (bound to the row) and returns the
    // enrolment URI. The next successful login confirms it.
    TotpEnrolment enrolTotp(pqxx::work &work, std::int64_t operatorId, const std::string &username);

    // The AES-256-GCM box for TOTP secrets (security.totp_key_file / env / generated in data_dir).
    const security::SecretBox &totpBox();

private:
    std::unique_ptr<security::SecretBox> loadTotpBox() const;

    const config::Config &m_config;
    db::ConnectionPool &m_pool;
    AuthSettings m_settings;
    security::PasswordHasher m_hasher;
    security::ClientRateLimiter m_loginLimiter;
    std::once_flag m_totpBoxOnce;
    std::unique_ptr<security::SecretBox> m_totpBox;
};

// Associated data binding a sealed TOTP secret to its operator row.
std::string totpSecretBinding(std::int64_t operatorId);

} // namespace p2pdesk::syncd::service
