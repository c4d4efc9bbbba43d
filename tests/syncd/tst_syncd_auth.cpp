#include "security/SessionToken.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/proto/Timestamp.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TestOperators.h"

#include <QtTest>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <atomic>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

using namespace p2pdesk;
using p2pdesk::test::createOperator;
using p2pdesk::test::HttpsResult;
using p2pdesk::test::HttpsTestClient;
using p2pdesk::test::PgTestDatabase;
using p2pdesk::test::SyncdTestServer;
using p2pdesk::test::SyncdTestServerOptions;
using p2pdesk::test::TestOperator;

namespace ep = p2pdesk::proto::endpoints;

class TestSyncdAuth final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void loginHappyPath();
    void tokenIsStoredOnlyAsHash();
    void everyRefusalLooksTheSame();
    void codeAcceptedOnceUnderConcurrency();
    void lockoutAfterFiveFailures();
    void lockoutGrowsAfterExpiry();
    void lockoutFromElsewhereLeavesTheDeskIn();
    void accountCeilingLocksEverywhere();
    void nulInUsernameIsRefusedBeforeTheAccount();
    void perIpRateLimit();
    void idleExpiry();
    void absoluteExpiry();
    void activityExtendsIdleExpiryAtMostOncePerInterval();
    void logoutEndsTheSession();
    void deactivationEndsSessionsAtOnce();
    void malformedCredentials_data();
    void malformedCredentials();
    void loginResponseIsNeverStoredForReplay();

private:
    std::string unique(const std::string &prefix);
    std::string scalar(const std::string &sql, const std::string &param = {});
    HttpsResult login(HttpsTestClient &client, const std::string &user, const std::string &password,
                      const std::string &code);

    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<SyncdTestServer> m_server;
    int m_counter = 0;
};

namespace {

// Fast password hashing and no per-IP limit for the shared server; the limit has its own test.
SyncdTestServerOptions fastAuthOptions()
{
    SyncdTestServerOptions options;
    options.config["security.argon2_memory_kib"] = "256";
    options.config["security.argon2_iterations"] = "1";
    options.config["auth.login_ip_limit"] = "100000";
    return options;
}

} // namespace

void TestSyncdAuth::initTestCase()
{
    m_db = std::make_unique<PgTestDatabase>();
    m_server = std::make_unique<SyncdTestServer>(*m_db, fastAuthOptions());
}

void TestSyncdAuth::cleanupTestCase()
{
    m_server.reset();
    m_db.reset();
}

std::string TestSyncdAuth::unique(const std::string &prefix)
{
    return prefix + "-" + std::to_string(++m_counter);
}

std::string TestSyncdAuth::scalar(const std::string &sql, const std::string &param)
{
    auto conn = m_db->connect();
    pqxx::nontransaction work(*conn);
    const auto result = param.empty() ? work.exec(sql) : work.exec_params(sql, param);
    if (result.empty() || result[0][0].is_null())
        return {};
    return result[0][0].as<std::string>();
}

HttpsResult TestSyncdAuth::login(HttpsTestClient &client, const std::string &user, const std::string &password,
                                 const std::string &code)
{
    return client.post(std::string(ep::kLogin), {{"username", user}, {"password", password}, {"totp", code}});
}

void TestSyncdAuth::loginHappyPath()
{
    const auto op = createOperator(*m_server, unique("happy"), {"operator", "senior"});
    QCOMPARE(scalar("SELECT totp_confirmed FROM operators WHERE id = " + std::to_string(op.id)), std::string("f"));

    auto client = m_server->client();
    const auto before = std::chrono::system_clock::now();
    const auto res = login(client, op.username, op.password, op.totpCode());
    QCOMPARE(res.status, 200);
    const auto token = res.json["token"].get<std::string>();
    QVERIFY(syncd::security::isWellFormedSessionToken(token));
    QCOMPARE(res.json["operator"]["id"].get<std::int64_t>(), op.id);
    QCOMPARE(res.json["operator"]["username"].get<std::string>(), op.username);
    QCOMPARE(res.json["operator"]["roles"], nlohmann::json({"operator", "senior"}));
    const auto expires = proto::parseTimestamp(res.json["expires_at"].get<std::string>());
    QVERIFY(expires.has_value());
    // The default idle timeout (30 min) is earlier than the absolute one (12 h).
    QVERIFY(*expires > before + std::chrono::minutes(29));
    QVERIFY(*expires < before + std::chrono::minutes(31));

    // The first successful login confirms the enrolment, and is audited.
    QCOMPARE(scalar("SELECT totp_confirmed FROM operators WHERE id = " + std::to_string(op.id)), std::string("t"));
    QCOMPARE(
        scalar("SELECT count(*) FROM audit_log WHERE action = 'auth.login' AND entity_id = $1", std::to_string(op.id)),
        std::string("1"));

    client.setBearerToken(token);
    const auto me = client.get(std::string(ep::kMe));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json["operator"]["id"].get<std::int64_t>(), op.id);
    QCOMPARE(me.json["operator"]["roles"], nlohmann::json({"operator", "senior"}));
    QCOMPARE(me.json["expires_at"], res.json["expires_at"]);
}

void TestSyncdAuth::tokenIsStoredOnlyAsHash()
{
    const auto op = createOperator(*m_server, unique("hashed"), {"operator"});
    auto client = m_server->client();
    const auto token = test::loginAs(client, op);
    QCOMPARE(
        scalar("SELECT count(*) FROM sessions WHERE token_hash = decode($1, 'hex')", syncd::security::hashToken(token)),
        std::string("1"));
    // Nowhere in the session or audit rows does the token itself appear.
    QCOMPARE(scalar("SELECT count(*) FROM sessions s WHERE s::text LIKE '%' || $1 || '%' "
                    "OR position(convert_to($1, 'UTF8') IN s.token_hash) > 0",
                    token),
             std::string("0"));
    QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE payload::text LIKE '%' || $1 || '%'", token),
             std::string("0"));
}

void TestSyncdAuth::everyRefusalLooksTheSame()
{
    auto client = m_server->client();
    const auto op = createOperator(*m_server, unique("refusals"), {"operator"});
    const auto inactive = createOperator(*m_server, unique("inactive"), {"operator"});
    scalar("UPDATE operators SET active = false WHERE id = " + std::to_string(inactive.id));
    const auto locked = createOperator(*m_server, unique("locked"), {"operator"});
    scalar("UPDATE operators SET failed_logins = 5, locked_until = now() + interval '1 hour' WHERE id = " +
           std::to_string(locked.id));

    const auto now = std::chrono::system_clock::now();
    // A code that was valid but is two steps old (outside the ±1 window).
    const auto staleCode = op.totpCode(now - std::chrono::seconds(90));
    std::string wrongCode = op.totpCode(now) == "000000" ? "111111" : "000000";
    for (int step = -1; step <= 1; ++step) {
        if (op.totpCode(now + std::chrono::seconds(30 * step)) == wrongCode)
            wrongCode = "123456";
    }

    struct Case {
        const char *cause;
        std::string user;
        std::string password;
        std::string code;
    };
    const std::vector<Case> cases = {
        {"unknown_user", "nobody-here", op.password, op.totpCode()},
        {"bad_password", op.username, "wrong-password-123", op.totpCode()},
        {"bad_totp", op.username, op.password, wrongCode},
        {"bad_totp", op.username, op.password, staleCode},
        {"inactive", inactive.username, inactive.password, inactive.totpCode()},
        {"locked", locked.username, locked.password, locked.totpCode()},
    };
    std::set<std::string> bodies;
    for (const auto &c : cases) {
        const auto res = login(client, c.user, c.password, c.code);
        QCOMPARE(res.status, 401);
        QCOMPARE(res.errorCode(), std::string("auth_failed"));
        bodies.insert(res.body);
    }

    // A replayed code: accepted once, then refused exactly like the rest.
    const auto code = op.totpCode();
    QCOMPARE(login(client, op.username, op.password, code).status, 200);
    const auto replay = login(client, op.username, op.password, code);
    QCOMPARE(replay.status, 401);
    bodies.insert(replay.body);

    QCOMPARE(bodies.size(), std::size_t(1));
    QVERIFY(bodies.begin()->find("auth_failed") != std::string::npos);

    // The audit log tells the causes apart (the client never learns them); no secrets in it.
    for (const auto &cause : {"unknown_user", "bad_password", "bad_totp", "inactive", "locked", "replayed_totp"}) {
        QVERIFY2(std::stoi(scalar("SELECT count(*) FROM audit_log WHERE action = 'auth.login_failed' AND "
                                  "payload->>'cause' = $1",
                                  cause)) >= 1,
                 cause);
    }
    QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE payload::text LIKE '%' || $1 || '%'", op.password),
             std::string("0"));
    QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE payload::text LIKE '%wrong-password-123%'"),
             std::string("0"));
}

void TestSyncdAuth::codeAcceptedOnceUnderConcurrency()
{
    const auto op = createOperator(*m_server, unique("race"), {"operator"});
    const auto code = op.totpCode();
    constexpr int kRacers = 8;
    std::atomic<int> ok{0};
    std::atomic<int> refused{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kRacers; ++i) {
        threads.emplace_back([&] {
            auto client = m_server->client();
            const auto res = login(client, op.username, op.password, code);
            (res.status == 200 ? ok : refused)++;
        });
    }
    for (auto &t : threads)
        t.join();
    QCOMPARE(ok.load(), 1);
    QCOMPARE(refused.load(), kRacers - 1);
    QCOMPARE(scalar("SELECT count(*) FROM sessions WHERE operator_id = " + std::to_string(op.id)), std::string("1"));
}

void TestSyncdAuth::lockoutAfterFiveFailures()
{
    const auto op = createOperator(*m_server, unique("lockout"), {"operator"});
    auto client = m_server->client();
    const auto id = std::to_string(op.id);
    const std::string pair = "FROM login_failures WHERE client_address = '127.0.0.1' AND operator_id = " + id;
    for (int i = 1; i <= 4; ++i) {
        QCOMPARE(login(client, op.username, "wrong-password-123", op.totpCode()).status, 401);
        QCOMPARE(scalar("SELECT failures " + pair), std::to_string(i));
        QCOMPARE(scalar("SELECT locked_until IS NULL " + pair), std::string("t"));
        QCOMPARE(scalar("SELECT failed_logins FROM operators WHERE id = " + id), std::to_string(i));
    }
    QCOMPARE(login(client, op.username, "wrong-password-123", op.totpCode()).status, 401);
    QCOMPARE(scalar("SELECT failures " + pair), std::string("5"));
    // First lockout of this address: one minute. The account itself is far from its ceiling.
    QCOMPARE(
        scalar("SELECT locked_until BETWEEN now() + interval '50 seconds' AND now() + interval '70 seconds' " + pair),
        std::string("t"));
    QCOMPARE(scalar("SELECT locked_until IS NULL FROM operators WHERE id = " + id), std::string("t"));

    // While locked, even the right password and code are refused, and not counted.
    const auto whileLocked = login(client, op.username, op.password, op.totpCode());
    QCOMPARE(whileLocked.status, 401);
    QCOMPARE(whileLocked.errorCode(), std::string("auth_failed"));
    QCOMPARE(scalar("SELECT failures " + pair), std::string("5"));
    QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE action = 'auth.login_failed' AND entity_id = $1 AND "
                    "payload->>'cause' = 'locked' AND payload->>'scope' = 'address'",
                    id),
             std::string("1"));

    // The lock expires (moved into the past instead of sleeping): the right credentials work and
    // clear both counters.
    scalar("UPDATE login_failures SET locked_until = now() - interval '1 second' WHERE operator_id = " + id);
    QCOMPARE(login(client, op.username, op.password, op.totpCode()).status, 200);
    QCOMPARE(scalar("SELECT count(*) " + pair), std::string("0"));
    QCOMPARE(scalar("SELECT failed_logins FROM operators WHERE id = " + id), std::string("0"));
}

void TestSyncdAuth::lockoutGrowsAfterExpiry()
{
    const auto op = createOperator(*m_server, unique("grows"), {"operator"});
    auto client = m_server->client();
    const auto id = std::to_string(op.id);
    scalar("INSERT INTO login_failures (operator_id, client_address, failures, locked_until) VALUES (" + id +
           ", '127.0.0.1', 5, now() - interval '1 second')");
    // The lock ran out but the counter did not reset: the next failure locks for twice as long.
    QCOMPARE(login(client, op.username, "wrong-password-123", op.totpCode()).status, 401);
    QCOMPARE(scalar("SELECT failures FROM login_failures WHERE operator_id = " + id), std::string("6"));
    QCOMPARE(scalar("SELECT locked_until BETWEEN now() + interval '110 seconds' AND now() + interval '130 seconds' "
                    "FROM login_failures WHERE operator_id = " +
                    id),
             std::string("t"));
}

void TestSyncdAuth::lockoutFromElsewhereLeavesTheDeskIn()
{
    const auto op = createOperator(*m_server, unique("desk"), {"operator"});
    const auto id = std::to_string(op.id);
    // An attacker at another address who knows the username locks only their own address out.
    auto attacker = m_server->client();
    attacker.connectFrom("127.0.0.2");
    for (int i = 0; i < 7; ++i)
        QCOMPARE(login(attacker, op.username, "wrong-password-123", op.totpCode()).status, 401);
    QCOMPARE(scalar("SELECT locked_until > now() FROM login_failures WHERE client_address = '127.0.0.2' AND "
                    "operator_id = " +
                    id),
             std::string("t"));
    // Five counted, two refused while locked (not counted).
    QCOMPARE(scalar("SELECT failed_logins FROM operators WHERE id = " + id), std::string("5"));

    // The operator at their desk still logs in.
    auto desk = m_server->client();
    QCOMPARE(login(desk, op.username, op.password, op.totpCode()).status, 200);
    // ... and their success does not unlock the attacker's address.
    QCOMPARE(scalar("SELECT locked_until > now() FROM login_failures WHERE client_address = '127.0.0.2' AND "
                    "operator_id = " +
                    id),
             std::string("t"));
}

void TestSyncdAuth::accountCeilingLocksEverywhere()
{
    const auto op = createOperator(*m_server, unique("ceiling"), {"operator"});
    const auto id = std::to_string(op.id);
    // Guessing spread over many addresses: one short of the account-wide ceiling (50 by default).
    scalar("UPDATE operators SET failed_logins = 49 WHERE id = " + id);
    auto spread = m_server->client();
    spread.connectFrom("127.0.0.3");
    QCOMPARE(login(spread, op.username, "wrong-password-123", op.totpCode()).status, 401);
    QCOMPARE(scalar("SELECT failed_logins FROM operators WHERE id = " + id), std::string("50"));
    QCOMPARE(scalar("SELECT locked_until > now() FROM operators WHERE id = " + id), std::string("t"));

    // Now the desk is locked out too, and the audit log says why.
    auto desk = m_server->client();
    QCOMPARE(login(desk, op.username, op.password, op.totpCode()).status, 401);
    QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE action = 'auth.login_failed' AND entity_id = $1 AND "
                    "payload->>'cause' = 'locked' AND payload->>'scope' = 'account'",
                    id),
             std::string("1"));
}

void TestSyncdAuth::nulInUsernameIsRefusedBeforeTheAccount()
{
    // The probe's bypass: "<user>\0" matched the real account (cut at the NUL on its way to
    // PostgreSQL), then failed to write the audit row, so the failure count rolled back with it.
    const auto op = createOperator(*m_server, unique("nul"), {"operator"});
    const auto id = std::to_string(op.id);
    auto client = m_server->client();
    const auto auditBefore = scalar("SELECT count(*) FROM audit_log");
    for (int i = 0; i < 8; ++i) {
        const auto res = login(client, op.username + std::string(1, '\0'), "wrong-password-123", op.totpCode());
        QCOMPARE(res.status, 422);
        QCOMPARE(res.errorCode(), std::string("validation_failed"));
        QCOMPARE(res.json["error"]["details"]["field"].get<std::string>(), std::string("username"));
        QCOMPARE(res.json["error"]["details"]["kind"].get<std::string>(), std::string("control_character"));
    }
    const auto withSuffix = login(client, op.username + std::string(1, '\0') + "anything", op.password, op.totpCode());
    QCOMPARE(withSuffix.status, 422);
    QCOMPARE(scalar("SELECT count(*) FROM sessions WHERE operator_id = " + id), std::string("0"));
    QCOMPARE(scalar("SELECT count(*) FROM audit_log"), auditBefore);

    // The same through every header the server records.
    const auto userAgent = client.post(std::string(ep::kLogin),
                                       {{"username", op.username}, {"password", "wrong"}, {"totp", op.totpCode()}},
                                       {{"User-Agent", std::string("probe\x01")}});
    QCOMPARE(userAgent.status, 400);
    QCOMPARE(userAgent.errorCode(), std::string("bad_request"));
    QCOMPARE(scalar("SELECT count(*) FROM audit_log"), auditBefore);
}

void TestSyncdAuth::perIpRateLimit()
{
    auto options = fastAuthOptions();
    options.config["auth.login_ip_limit"] = "3";
    options.config["auth.login_ip_window_s"] = "600";
    SyncdTestServer server(*m_db, options);
    auto client = server.client();
    for (int i = 0; i < 3; ++i) {
        const auto res = login(client, "nobody-" + std::to_string(i), "wrong-password-123", "000000");
        QCOMPARE(res.status, 401);
    }
    const auto limited = login(client, "nobody-x", "wrong-password-123", "000000");
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), std::string("rate_limited"));
    const auto retryAfter = std::stoi(limited.header("Retry-After"));
    QVERIFY(retryAfter > 0);
    QVERIFY(retryAfter <= 600);
    // Valid credentials are limited too: the limit is per client, before any work.
    const auto op = createOperator(server, unique("limited"), {"operator"});
    QCOMPARE(login(client, op.username, op.password, op.totpCode()).status, 429);
}

void TestSyncdAuth::idleExpiry()
{
    const auto op = createOperator(*m_server, unique("idle"), {"operator"});
    auto client = m_server->client();
    client.setBearerToken(test::loginAs(client, op));
    QCOMPARE(client.get(std::string(ep::kMe)).status, 200);
    scalar("UPDATE sessions SET idle_expires_at = now() - interval '1 second' WHERE operator_id = " +
           std::to_string(op.id));
    const auto res = client.get(std::string(ep::kMe));
    QCOMPARE(res.status, 401);
    QCOMPARE(res.errorCode(), std::string("unauthorized"));
}

void TestSyncdAuth::absoluteExpiry()
{
    const auto op = createOperator(*m_server, unique("absolute"), {"operator"});
    auto client = m_server->client();
    client.setBearerToken(test::loginAs(client, op));
    QCOMPARE(client.get(std::string(ep::kMe)).status, 200);
    // Recently active (idle expiry far away), but past the absolute limit.
    scalar("UPDATE sessions SET last_seen_at = now(), idle_expires_at = now() + interval '20 minutes', "
           "absolute_expires_at = now() - interval '1 second' WHERE operator_id = " +
           std::to_string(op.id));
    const auto res = client.get(std::string(ep::kMe));
    QCOMPARE(res.status, 401);
    QCOMPARE(res.errorCode(), std::string("unauthorized"));
}

void TestSyncdAuth::activityExtendsIdleExpiryAtMostOncePerInterval()
{
    const auto op = createOperator(*m_server, unique("touch"), {"operator"});
    auto client = m_server->client();
    client.setBearerToken(test::loginAs(client, op));
    const auto where = " FROM sessions WHERE operator_id = " + std::to_string(op.id);

    // Seen recently: a request does not write.
    scalar("UPDATE sessions SET last_seen_at = now() - interval '5 seconds', "
           "idle_expires_at = now() + interval '10 minutes' WHERE operator_id = " +
           std::to_string(op.id));
    const auto seenBefore = scalar("SELECT last_seen_at::text" + where);
    QCOMPARE(client.get(std::string(ep::kMe)).status, 200);
    QCOMPARE(scalar("SELECT last_seen_at::text" + where), seenBefore);
    QCOMPARE(scalar("SELECT idle_expires_at < now() + interval '11 minutes'" + where), std::string("t"));

    // Not seen for longer than the touch interval (60 s): the request pushes idle expiry out again.
    scalar("UPDATE sessions SET last_seen_at = now() - interval '2 minutes', "
           "idle_expires_at = now() + interval '10 minutes' WHERE operator_id = " +
           std::to_string(op.id));
    const auto me = client.get(std::string(ep::kMe));
    QCOMPARE(me.status, 200);
    QCOMPARE(scalar("SELECT idle_expires_at > now() + interval '29 minutes'" + where), std::string("t"));
    QCOMPARE(scalar("SELECT last_seen_at > now() - interval '10 seconds'" + where), std::string("t"));

    // Never past the absolute expiry.
    scalar("UPDATE sessions SET last_seen_at = now() - interval '2 minutes', "
           "absolute_expires_at = now() + interval '5 minutes' WHERE operator_id = " +
           std::to_string(op.id));
    QCOMPARE(client.get(std::string(ep::kMe)).status, 200);
    QCOMPARE(scalar("SELECT idle_expires_at = absolute_expires_at" + where), std::string("t"));
}

void TestSyncdAuth::logoutEndsTheSession()
{
    const auto op = createOperator(*m_server, unique("logout"), {"operator"});
    auto client = m_server->client();
    const auto token = test::loginAs(client, op);
    auto other = m_server->client();
    other.setBearerToken(test::loginAs(other, op)); // a second session of the same operator
    client.setBearerToken(token);

    const auto res = client.post(std::string(ep::kLogout), nlohmann::json::object());
    QCOMPARE(res.status, 204);
    QCOMPARE(client.get(std::string(ep::kMe)).status, 401);
    QCOMPARE(client.post(std::string(ep::kLogout), nlohmann::json::object()).status, 401);
    // Only this session ended.
    QCOMPARE(other.get(std::string(ep::kMe)).status, 200);
    QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE action = 'auth.logout' AND actor = $1",
                    "operator:" + std::to_string(op.id)),
             std::string("1"));
}

void TestSyncdAuth::deactivationEndsSessionsAtOnce()
{
    const auto admin = createOperator(*m_server, unique("deact-admin"), {"admin"});
    const auto op = createOperator(*m_server, unique("deact-op"), {"operator"});
    auto opClient = m_server->client();
    opClient.setBearerToken(test::loginAs(opClient, op));
    QCOMPARE(opClient.get(std::string(ep::kMe)).status, 200);

    auto adminClient = test::clientAs(*m_server, admin);
    std::string path(ep::kAdminOperatorDeactivate);
    path.replace(path.find("{id}"), 4, std::to_string(op.id));
    const auto res = adminClient.post(path, {{"reason", "left the desk"}});
    QCOMPARE(res.status, 200);
    QCOMPARE(res.json["active"].get<bool>(), false);

    const auto after = opClient.get(std::string(ep::kMe));
    QCOMPARE(after.status, 401);
    QCOMPARE(
        scalar("SELECT count(*) FROM sessions WHERE revoked_at IS NULL AND operator_id = " + std::to_string(op.id)),
        std::string("0"));
    // And they cannot log in again.
    QCOMPARE(login(opClient, op.username, op.password, op.totpCode()).status, 401);
}

void TestSyncdAuth::malformedCredentials_data()
{
    QTest::addColumn<QString>("authorization");
    QTest::newRow("no scheme") << QStringLiteral("abc");
    QTest::newRow("basic") << QStringLiteral("Basic dXNlcjpwYXNz");
    QTest::newRow("bearer garbage") << QStringLiteral("Bearer not-a-token");
    QTest::newRow("bearer empty") << QStringLiteral("Bearer ");
    QTest::newRow("well-formed but unknown") << QStringLiteral("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
}

void TestSyncdAuth::malformedCredentials()
{
    QFETCH(QString, authorization);
    auto client = m_server->client();
    const auto res = client.get(std::string(ep::kMe), {{"Authorization", authorization.toStdString()}});
    QCOMPARE(res.status, 401);
    QCOMPARE(res.errorCode(), std::string("unauthorized"));
    // Without any header too.
    QCOMPARE(m_server->client().get(std::string(ep::kMe)).errorCode(), std::string("unauthorized"));
}

void TestSyncdAuth::loginResponseIsNeverStoredForReplay()
{
    const auto op = createOperator(*m_server, unique("idem"), {"operator"});
    auto client = m_server->client();
    const test::Headers key = {{std::string(ep::kIdempotencyKeyHeader), "login-key-1"}};
    const auto res = client.post(std::string(ep::kLogin),
                                 {{"username", op.username}, {"password", op.password}, {"totp", op.totpCode()}}, key);
    QCOMPARE(res.status, 200);
    const auto token = res.json["token"].get<std::string>();
    QCOMPARE(scalar("SELECT count(*) FROM idempotency_keys WHERE key = 'login-key-1'"), std::string("0"));
    QCOMPARE(scalar("SELECT count(*) FROM idempotency_keys WHERE response_body LIKE '%' || $1 || '%'", token),
             std::string("0"));
}

QTEST_APPLESS_MAIN(TestSyncdAuth)
#include "tst_syncd_auth.moc"
