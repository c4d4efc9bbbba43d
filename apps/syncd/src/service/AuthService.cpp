#include "service/AuthService.h"

#include "db/repositories/LoginFailureRepository.h"
#include "db/repositories/OperatorRepository.h"
#include "db/repositories/SessionRepository.h"
#include "security/Encoding.h"
#include "security/KeyFile.h"
#include "security/Keyring.h"
#include "security/SecureRandom.h"
#include "security/SessionToken.h"
#include "security/Totp.h"
#include <fcntl.h>
#include <unistd.h>

#include <Poco/Logger.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace p2pdesk::syncd::service {

namespace {

using Clock = std::chrono::system_clock;

std::chrono::seconds seconds(const config::Config &config, const std::string &key)
{
    const auto value = config.integer(key);
    if (value <= 0)
        throw config::ConfigError(key + " must be positive");
    return std::chrono::seconds(value);
}

std::uint32_t positiveU32(const config::Config &config, const std::string &key)
{
    const auto value = config.integer(key);
    if (value <= 0 || value > 0xffffffffLL)
        throw config::ConfigError(key + " is out of range");
    return static_cast<std::uint32_t>(value);
}

std::string operatorActor(std::int64_t id)
{
    return "operator:" + std::to_string(id);
}

} // namespace

AuthSettings AuthSettings::fromConfig(const config::Config &config)
{
    AuthSettings s;
    s.idleTimeout = seconds(config, "auth.session_idle_timeout_s");
    s.absoluteTimeout = seconds(config, "auth.session_absolute_timeout_s");
    s.touchInterval = seconds(config, "auth.session_touch_interval_s");
    s.lockout.failuresBeforeLockout = static_cast<int>(positiveU32(config, "auth.lockout_threshold"));
    s.lockout.firstLockout = seconds(config, "auth.lockout_first_s");
    s.lockout.maxLockout = seconds(config, "auth.lockout_max_s");
    s.accountLockout = s.lockout;
    s.accountLockout.failuresBeforeLockout = static_cast<int>(positiveU32(config, "auth.lockout_account_threshold"));
    if (s.accountLockout.failuresBeforeLockout < s.lockout.failuresBeforeLockout)
        throw config::ConfigError("auth.lockout_account_threshold must not be below auth.lockout_threshold");
    s.loginRateLimit.limit = positiveU32(config, "auth.login_ip_limit");
    s.loginRateLimit.window = seconds(config, "auth.login_ip_window_s");
    s.argon2.memoryKiB = positiveU32(config, "security.argon2_memory_kib");
    s.argon2.iterations = positiveU32(config, "security.argon2_iterations");
    return s;
}

std::string totpSecretBinding(std::int64_t operatorId)
{
    return "operators.totp_secret:" + std::to_string(operatorId);
}

AuthService::AuthService(const config::Config &config, db::ConnectionPool &pool)
    : m_config(config)
    , m_pool(pool)
    , m_settings(AuthSettings::fromConfig(config))
    , m_hasher(m_settings.argon2)
    , m_loginLimiter(m_settings.loginRateLimit)
{
}

AuthService::~AuthService() = default;

security::ClientRateLimiter::Decision AuthService::admitLoginAttempt(const std::string &clientIp)
{
    return m_loginLimiter.acquire(security::ClientRateLimiter::keyForAddress(clientIp),
                                  security::ClientRateLimiter::Clock::now());
}

LoginOutcome AuthService::login(db::Transaction &tx, const LoginAttempt &attempt, audit::AuditEntry audit)
{
    auto &work = tx.work();
    audit.entity = "operator";
    audit.reason.reset();

    // Every refusal is audited with its real cause; the client only ever sees auth_failed.
    auto refuse = [&](std::optional<std::int64_t> operatorId, const char *cause,
                      nlohmann::json extra = nlohmann::json::object()) -> LoginOutcome {
        audit.actor = operatorId ? operatorActor(*operatorId) : std::string("anonymous");
        audit.action = "auth.login_failed";
        audit.entityId = operatorId ? std::optional<std::string>(std::to_string(*operatorId)) : std::nullopt;
        extra["cause"] = cause;
        extra["username"] = attempt.username;
        audit.payload = std::move(extra);
        audit::AuditWriter::append(work, audit);
        return LoginRefused{};
    };

    const auto row = db::OperatorRepository::lockByUsername(work, attempt.username);
    if (!row) {
        m_hasher.verifyDummy(attempt.password); // same time as a wrong password
        return refuse(std::nullopt, "unknown_user");
    }
    const auto id = row->id;
    if (!row->active) {
        m_hasher.verifyDummy(attempt.password);
        return refuse(id, "inactive");
    }
    // A lock is refused without looking at the password (a correct guess during the lock must not be
    // confirmed) and without counting the attempt. Two locks: this username from this address, and
    // this username from anywhere (a far higher threshold).
    // By the same key as the per-IP limiter: an IPv6 host owns its whole /64.
    const std::string address = security::ClientRateLimiter::keyForAddress(attempt.clientIp);
    const auto fromHere = db::LoginFailureRepository::find(work, id, address);
    if (security::isLockedOut(fromHere.lockedUntil, row->dbNow)) {
        m_hasher.verifyDummy(attempt.password);
        return refuse(id, "locked", {{"scope", "address"}});
    }
    if (security::isLockedOut(row->lockedUntil, row->dbNow)) {
        m_hasher.verifyDummy(attempt.password);
        return refuse(id, "locked", {{"scope", "account"}});
    }

    auto fail = [&](const char *cause) {
        db::LoginFailures here{fromHere.failures + 1, std::nullopt};
        here.lockedUntil = security::lockoutAfterFailure(here.failures, row->dbNow, m_settings.lockout);
        db::LoginFailureRepository::record(work, id, address, here);
        const int failures = row->failedLogins + 1;
        const auto lockedUntil = security::lockoutAfterFailure(failures, row->dbNow, m_settings.accountLockout);
        db::OperatorRepository::recordLoginFailure(work, id, failures, lockedUntil);
        nlohmann::json extra = {{"failed_logins", failures}, {"failed_logins_from_address", here.failures}};
        if (here.lockedUntil)
            extra["locked_for_s"] = (*here.lockedUntil - row->dbNow).count();
        if (lockedUntil)
            extra["account_locked_for_s"] = (*lockedUntil - row->dbNow).count();
        return refuse(id, cause, std::move(extra));
    };

    if (!m_hasher.verify(attempt.password, row->passwordHash))
        return fail("bad_password");
    if (!row->totpSecret)
        return fail("totp_not_enrolled");
    const auto secret = totpBox().open(*row->totpSecret, totpSecretBinding(id));
    if (!secret) {
        Poco::Logger::get("syncd.auth")
            .error("TOTP secret of operator " + std::to_string(id) + " cannot be opened (wrong or rotated-out key?)");
        return fail("totp_secret_unreadable");
    }
    const auto now = std::chrono::floor<std::chrono::seconds>(Clock::now());
    // The stored 0 means "never used": every real step is larger, so it needs no special case.
    const auto step = security::acceptTotp(secret.value(), attempt.totp, now, row->totpLastStep);
    if (!step)
        return fail(security::matchTotp(secret.value(), attempt.totp, now) ? "replayed_totp" : "bad_totp");

    db::OperatorRepository::recordLoginSuccess(work, id, *step);
    db::LoginFailureRepository::clear(work, id, address);
    const auto issued = security::issueSessionToken();
    db::NewSession newSession;
    newSession.operatorId = id;
    newSession.tokenHashHex = issued.hash;
    newSession.idleTimeout = m_settings.idleTimeout;
    newSession.absoluteTimeout = m_settings.absoluteTimeout;
    newSession.ip = attempt.clientIp;
    newSession.userAgent = attempt.userAgent;
    newSession.workstationId = attempt.workstationId;
    const auto session = db::SessionRepository::create(work, newSession);

    audit.actor = operatorActor(id);
    audit.action = "auth.login";
    audit.entityId = std::to_string(id);
    audit.payload = {{"session_id", session.id}};
    if (!row->totpConfirmed)
        audit.payload["totp_enrolment_confirmed"] = true;
    audit::AuditWriter::append(work, audit);

    return LoginSuccess{issued.token, session.expiresAt, id, row->username, row->roles};
}

std::optional<AuthenticatedSession> AuthService::authenticate(const std::string &token)
{
    if (!security::isWellFormedSessionToken(token))
        return std::nullopt;
    const auto hash = security::hashToken(token);
    const auto session = db::inAutocommit(m_pool, [&](pqxx::nontransaction &tx) {
        return db::SessionRepository::findActive(tx, hash, m_settings.idleTimeout, m_settings.touchInterval);
    });
    if (!session)
        return std::nullopt;
    return AuthenticatedSession{session->operatorId, session->username, session->roles, session->sessionId,
                                session->expiresAt};
}

void AuthService::logout(db::Transaction &tx, std::int64_t sessionId, audit::AuditEntry audit)
{
    if (!db::SessionRepository::revoke(tx.work(), sessionId))
        return;
    audit.action = "auth.logout";
    audit.entity = "session";
    audit.entityId = std::to_string(sessionId);
    audit::AuditWriter::append(tx.work(), audit);
}

std::optional<Clock::time_point> AuthService::sessionExpiry(db::Transaction &tx, std::int64_t sessionId)
{
    return db::SessionRepository::expiry(tx.work(), sessionId);
}

TotpEnrolment AuthService::enrolTotp(pqxx::work &work, std::int64_t operatorId, const std::string &username)
{
    const auto secret = security::generateTotpSecret();
    const auto sealed = totpBox().seal(security::ByteView(secret), totpSecretBinding(operatorId));
    db::OperatorRepository::setTotpSecret(work, operatorId, sealed);
    db::LoginFailureRepository::clearAll(work, operatorId);
    return {security::totpProvisioningUri(username, secret)};
}

const security::SecretBox &AuthService::totpBox()
{
    std::call_once(m_totpBoxOnce, [this] { m_totpBox = loadTotpBox(); });
    return *m_totpBox;
}

std::unique_ptr<security::SecretBox> AuthService::loadTotpBox() const
{
    const std::string fileKey = "security.totp_key_file";
    const std::string keyId = m_config.string("security.totp_key_id");
    security::Keyring keyring;
    if (m_config.isSet(fileKey)) {
        keyring.addFromFile(keyId, m_config.path(fileKey));
    } else if (const auto fromEnv = m_config.secret(fileKey); !fromEnv.empty()) {
        auto key = security::hexDecode(fromEnv);
        if (!key || key->size() != security::Keyring::kKeyBytes)
            throw config::ConfigError("the TOTP key from the environment must be 64 hex digits");
        keyring.add(keyId, std::move(*key));
    } else {
        const auto path = m_config.path("data_dir") / "keys" / "totp.key";
        if (security::createKeyFileIfMissing(path))
            Poco::Logger::get("syncd.auth")
                .notice("generated a TOTP encryption key in " + path.string() +
                        " (back it up with the database, or set security.totp_key_file)");
        keyring.addFromFile(keyId, path);
    }
    return std::make_unique<security::SecretBox>(std::move(keyring));
}

} // namespace p2pdesk::syncd::service
