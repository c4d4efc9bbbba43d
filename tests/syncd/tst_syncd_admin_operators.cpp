#include "security/Encoding.h"
#include "security/SecureRandom.h"
#include "security/Totp.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TempDir.h"
#include "p2pdesk/test/TestOperators.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

using namespace p2pdesk;
using p2pdesk::test::clientAs;
using p2pdesk::test::createOperator;
using p2pdesk::test::HttpsResult;
using p2pdesk::test::HttpsTestClient;
using p2pdesk::test::PgTestDatabase;
using p2pdesk::test::SyncdTestServer;
using p2pdesk::test::SyncdTestServerOptions;
using p2pdesk::test::TestOperator;

namespace ep = p2pdesk::proto::endpoints;

class TestSyncdAdminOperators final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void endpointRoles_data();
    void endpointRoles();
    void createShowsUriOnceAndFirstLoginConfirms();
    void reasonRequired_data();
    void reasonRequired();
    void changesAreAuditedWithTheirReason();
    void usernamesAreUniqueAndValid();
    void unknownOperatorIsNotFound();
    void roleChangeAppliesToExistingSessions();
    void resetPasswordReplacesItAndEndsSessions();
    void reset2faReplacesTheSecret();
    void lastActiveAdminIsProtected();
    void createAdminCommand();

private:
    std::string unique(const std::string &prefix) { return prefix + "-" + std::to_string(++m_counter); }
    std::string scalar(const std::string &sql, const std::string &param = {}) const;
    TestOperator principal(const QString &role);

    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<SyncdTestServer> m_server;
    TestOperator m_admin;
    int m_counter = 0;
};

namespace {

SyncdTestServerOptions fastAuthOptions()
{
    SyncdTestServerOptions options;
    options.config["security.argon2_memory_kib"] = "256";
    options.config["security.argon2_iterations"] = "1";
    options.config["auth.login_ip_limit"] = "100000";
    return options;
}

std::string withId(std::string_view pattern, std::int64_t id)
{
    std::string path(pattern);
    path.replace(path.find("{id}"), 4, std::to_string(id));
    return path;
}

// The request for one admin endpoint against `target`; `reason` is put in as given (nullopt: absent).
struct AdminCall {
    std::string path;
    nlohmann::json body;
};

AdminCall adminCall(const QString &endpoint, std::int64_t target, const std::string &newUsername,
                    const std::optional<std::string> &reason)
{
    AdminCall call;
    if (endpoint == u"create") {
        call = {std::string(ep::kAdminOperators),
                {{"username", newUsername}, {"password", "another-fake-password"}, {"roles", {"operator"}}}};
    } else if (endpoint == u"roles") {
        call = {withId(ep::kAdminOperatorRoles, target), {{"roles", {"operator", "senior"}}}};
    } else if (endpoint == u"deactivate") {
        call = {withId(ep::kAdminOperatorDeactivate, target), nlohmann::json::object()};
    } else if (endpoint == u"reset-password") {
        call = {withId(ep::kAdminOperatorResetPassword, target), {{"password", "a-new-fake-password"}}};
    } else if (endpoint == u"reset-2fa") {
        call = {withId(ep::kAdminOperatorReset2fa, target), nlohmann::json::object()};
    }
    if (reason)
        call.body["reason"] = *reason;
    return call;
}

std::vector<std::uint8_t> secretOf(const std::string &uri)
{
    const auto start = uri.find("secret=") + 7;
    const auto end = uri.find('&', start);
    const auto bytes = syncd::security::base32Decode(uri.substr(start, end - start));
    return bytes ? std::vector<std::uint8_t>(bytes->begin(), bytes->end()) : std::vector<std::uint8_t>{};
}

std::string codeFor(const std::vector<std::uint8_t> &secret)
{
    return syncd::security::totpCodeAt(secret,
                                       std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

HttpsResult login(HttpsTestClient &client, const std::string &user, const std::string &password,
                  const std::string &code)
{
    return client.post(std::string(ep::kLogin), {{"username", user}, {"password", password}, {"totp", code}});
}

} // namespace

void TestSyncdAdminOperators::initTestCase()
{
    m_db = std::make_unique<PgTestDatabase>();
    m_server = std::make_unique<SyncdTestServer>(*m_db, fastAuthOptions());
    m_admin = createOperator(*m_server, "root-admin", {"admin"});
}

void TestSyncdAdminOperators::cleanupTestCase()
{
    m_server.reset();
    m_db.reset();
}

std::string TestSyncdAdminOperators::scalar(const std::string &sql, const std::string &param) const
{
    auto conn = m_db->connect();
    pqxx::nontransaction work(*conn);
    const auto result = param.empty() ? work.exec(sql) : work.exec_params(sql, param);
    if (result.empty() || result[0][0].is_null())
        return {};
    return result[0][0].as<std::string>();
}

TestOperator TestSyncdAdminOperators::principal(const QString &role)
{
    return createOperator(*m_server, unique("as-" + role.toStdString()), {role.toStdString()});
}

void TestSyncdAdminOperators::endpointRoles_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("role"); // "" = anonymous
    QTest::addColumn<int>("status");
    const QStringList endpoints = {QStringLiteral("list"),           QStringLiteral("create"),
                                   QStringLiteral("roles"),          QStringLiteral("deactivate"),
                                   QStringLiteral("reset-password"), QStringLiteral("reset-2fa")};
    for (const auto &e : endpoints) {
        const int ok = e == u"create" ? 201 : 200;
        QTest::addRow("%s anonymous", qPrintable(e)) << e << QString() << 401;
        QTest::addRow("%s operator", qPrintable(e)) << e << QStringLiteral("operator") << 403;
        QTest::addRow("%s senior", qPrintable(e)) << e << QStringLiteral("senior") << 403;
        QTest::addRow("%s admin", qPrintable(e)) << e << QStringLiteral("admin") << ok;
    }
}

void TestSyncdAdminOperators::endpointRoles()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, role);
    QFETCH(int, status);

    auto client = m_server->client();
    if (!role.isEmpty())
        client.setBearerToken(test::createSession(*m_db, principal(role).id));
    const auto target = createOperator(*m_server, unique("target"), {"operator"});
    const auto newUsername = unique("created");

    HttpsResult res;
    if (endpoint == u"list") {
        res = client.get(std::string(ep::kAdminOperators));
    } else {
        const auto call = adminCall(endpoint, target.id, newUsername, "matrix check");
        res = client.post(call.path, call.body);
    }
    QCOMPARE(res.status, status);
    if (status == 401)
        QCOMPARE(res.errorCode(), std::string("unauthorized"));
    if (status == 403)
        QCOMPARE(res.errorCode(), std::string("forbidden"));
    // A refused call changed nothing.
    if (status >= 400) {
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE action LIKE 'operator.%' AND entity_id = $1",
                        std::to_string(target.id)),
                 std::string("0"));
        QCOMPARE(scalar("SELECT count(*) FROM operators WHERE username = $1", newUsername), std::string("0"));
    }
}

void TestSyncdAdminOperators::createShowsUriOnceAndFirstLoginConfirms()
{
    auto admin = clientAs(*m_server, m_admin);
    const auto username = unique("newbie");
    const auto res = admin.post(std::string(ep::kAdminOperators), {{"username", username},
                                                                   {"password", "newbie-fake-password"},
                                                                   {"roles", {"operator", "senior"}},
                                                                   {"reason", "hired"}});
    QCOMPARE(res.status, 201);
    const auto uri = res.json["otpauth_uri"].get<std::string>();
    QVERIFY(uri.rfind("otpauth://totp/", 0) == 0);
    QVERIFY(uri.find(username) != std::string::npos);
    const auto id = res.json["operator"]["id"].get<std::int64_t>();
    QCOMPARE(res.json["operator"]["totp_confirmed"].get<bool>(), false);
    QCOMPARE(res.json["operator"]["roles"], nlohmann::json({"operator", "senior"}));

    // The secret is stored sealed, never in clear, and the list never shows it again.
    const auto secret = secretOf(uri);
    QCOMPARE(secret.size(), std::size_t(20));
    const auto base32 = uri.substr(uri.find("secret=") + 7, 32);
    QCOMPARE(scalar("SELECT count(*) FROM operators o WHERE o::text LIKE '%' || $1 || '%'", base32), std::string("0"));
    QCOMPARE(scalar("SELECT count(*) FROM audit_log a WHERE a::text LIKE '%' || $1 || '%'", base32), std::string("0"));
    const auto list = admin.get(std::string(ep::kAdminOperators));
    QCOMPARE(list.status, 200);
    QVERIFY(list.body.find("otpauth") == std::string::npos);
    QVERIFY(list.body.find(base32) == std::string::npos);

    auto client = m_server->client();
    const auto first = login(client, username, "newbie-fake-password", codeFor(secret));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json["operator"]["id"].get<std::int64_t>(), id);
    QCOMPARE(scalar("SELECT totp_confirmed FROM operators WHERE id = " + std::to_string(id)), std::string("t"));
}

void TestSyncdAdminOperators::reasonRequired_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("blank"); // false: the field is absent
    for (const auto *e : {"create", "roles", "deactivate", "reset-password", "reset-2fa"}) {
        QTest::addRow("%s absent", e) << QString::fromLatin1(e) << false;
        QTest::addRow("%s blank", e) << QString::fromLatin1(e) << true;
    }
}

void TestSyncdAdminOperators::reasonRequired()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, blank);
    auto admin = clientAs(*m_server, m_admin);
    const auto target = createOperator(*m_server, unique("noreason"), {"operator"});
    const auto newUsername = unique("noreason-new");
    const auto stateBefore = scalar("SELECT o::text FROM operators o WHERE id = " + std::to_string(target.id));
    const auto call =
        adminCall(endpoint, target.id, newUsername, blank ? std::optional<std::string>("  ") : std::nullopt);
    const auto res = admin.post(call.path, call.body);
    QCOMPARE(res.status, 422);
    QCOMPARE(res.errorCode(), std::string("reason_required"));
    QCOMPARE(scalar("SELECT o::text FROM operators o WHERE id = " + std::to_string(target.id)), stateBefore);
    QCOMPARE(scalar("SELECT count(*) FROM operators WHERE username = $1", newUsername), std::string("0"));
}

void TestSyncdAdminOperators::changesAreAuditedWithTheirReason()
{
    auto admin = clientAs(*m_server, m_admin);
    const auto target = createOperator(*m_server, unique("audited"), {"operator"});
    struct Step {
        const char *endpoint;
        const char *action;
    };
    for (const auto &step : {Step{"roles", "operator.set_roles"}, Step{"reset-password", "operator.reset_password"},
                             Step{"reset-2fa", "operator.reset_2fa"}, Step{"deactivate", "operator.deactivate"}}) {
        const std::string reason = std::string("because ") + step.endpoint;
        const auto call = adminCall(QString::fromLatin1(step.endpoint), target.id, {}, reason);
        QCOMPARE(admin.post(call.path, call.body).status, 200);
        auto conn = m_db->connect();
        pqxx::nontransaction work(*conn);
        const auto row = work.exec_params1("SELECT actor, reason, entity FROM audit_log WHERE action = $1 AND "
                                           "entity_id = $2 ORDER BY seq DESC LIMIT 1",
                                           std::string(step.action), std::to_string(target.id));
        QCOMPARE(row[0].as<std::string>(), "operator:" + std::to_string(m_admin.id));
        QCOMPARE(row[1].as<std::string>(), reason);
        QCOMPARE(row[2].as<std::string>(), std::string("operator"));
    }
    // The password itself is never audited.
    QCOMPARE(scalar("SELECT count(*) FROM audit_log a WHERE a::text LIKE '%a-new-fake-password%'"), std::string("0"));
    // Each change is also a change-feed event for the workstations' admin screens.
    QCOMPARE(scalar("SELECT count(*) FROM change_events WHERE kind = 'operator.updated' AND "
                    "(payload->>'operator_id')::bigint = " +
                    std::to_string(target.id)),
             std::string("4"));
}

void TestSyncdAdminOperators::usernamesAreUniqueAndValid()
{
    auto admin = clientAs(*m_server, m_admin);
    const auto existing = createOperator(*m_server, unique("taken"), {"operator"});
    auto upper = QString::fromStdString(existing.username).toUpper().toStdString();
    const auto dup = admin.post(
        std::string(ep::kAdminOperators),
        {{"username", upper}, {"password", "another-fake-password"}, {"roles", {"operator"}}, {"reason", "duplicate"}});
    QCOMPARE(dup.status, 409);
    QCOMPARE(dup.errorCode(), std::string("conflict"));

    for (const auto *bad : {"x", "has space", "semi;colon"}) {
        const auto res = admin.post(
            std::string(ep::kAdminOperators),
            {{"username", bad}, {"password", "another-fake-password"}, {"roles", {"operator"}}, {"reason", "invalid"}});
        QCOMPARE(res.status, 422);
        QCOMPARE(res.errorCode(), std::string("validation_failed"));
    }
    // Short passwords are refused by the decoder.
    const auto shortPw = admin.post(
        std::string(ep::kAdminOperators),
        {{"username", unique("shortpw")}, {"password", "short"}, {"roles", {"operator"}}, {"reason", "invalid"}});
    QCOMPARE(shortPw.status, 422);
}

void TestSyncdAdminOperators::unknownOperatorIsNotFound()
{
    auto admin = clientAs(*m_server, m_admin);
    for (const auto *e : {"roles", "deactivate", "reset-password", "reset-2fa"}) {
        const auto call = adminCall(QString::fromLatin1(e), 987654321, {}, "nobody");
        const auto res = admin.post(call.path, call.body);
        QCOMPARE(res.status, 404);
        QCOMPARE(res.errorCode(), std::string("not_found"));
    }
}

void TestSyncdAdminOperators::roleChangeAppliesToExistingSessions()
{
    const auto op = createOperator(*m_server, unique("promoted"), {"operator"});
    auto opClient = clientAs(*m_server, op);
    QCOMPARE(opClient.get(std::string(ep::kAdminOperators)).status, 403);

    auto admin = clientAs(*m_server, m_admin);
    const auto res =
        admin.post(withId(ep::kAdminOperatorRoles, op.id), {{"roles", {"operator", "admin"}}, {"reason", "promoted"}});
    QCOMPARE(res.status, 200);
    QCOMPARE(res.json["roles"], nlohmann::json({"operator", "admin"}));
    QCOMPARE(opClient.get(std::string(ep::kAdminOperators)).status, 200);
    QCOMPARE(opClient.get(std::string(ep::kMe)).json["operator"]["roles"], nlohmann::json({"operator", "admin"}));

    QCOMPARE(
        admin.post(withId(ep::kAdminOperatorRoles, op.id), {{"roles", {"operator"}}, {"reason", "demoted"}}).status,
        200);
    QCOMPARE(opClient.get(std::string(ep::kAdminOperators)).status, 403);
}

void TestSyncdAdminOperators::resetPasswordReplacesItAndEndsSessions()
{
    const auto op = createOperator(*m_server, unique("forgetful"), {"operator"});
    auto opClient = clientAs(*m_server, op);
    scalar("UPDATE operators SET failed_logins = 5, locked_until = now() + interval '1 hour' WHERE id = " +
           std::to_string(op.id));

    auto admin = clientAs(*m_server, m_admin);
    const auto res = admin.post(withId(ep::kAdminOperatorResetPassword, op.id),
                                {{"password", "a-new-fake-password"}, {"reason", "forgot it"}});
    QCOMPARE(res.status, 200);
    QVERIFY(!res.json.contains("locked_until"));
    QCOMPARE(opClient.get(std::string(ep::kMe)).status, 401);

    auto client = m_server->client();
    QCOMPARE(login(client, op.username, op.password, op.totpCode()).status, 401);
    scalar("UPDATE operators SET failed_logins = 0 WHERE id = " + std::to_string(op.id));
    auto relogin = op;
    relogin.password = "a-new-fake-password";
    QVERIFY(!test::loginAs(client, relogin).empty());
}

void TestSyncdAdminOperators::reset2faReplacesTheSecret()
{
    const auto op = createOperator(*m_server, unique("lostphone"), {"operator"});
    auto client = m_server->client();
    test::loginAs(client, op);
    auto opClient = clientAs(*m_server, op);

    auto admin = clientAs(*m_server, m_admin);
    const auto res = admin.post(withId(ep::kAdminOperatorReset2fa, op.id), {{"reason", "lost the phone"}});
    QCOMPARE(res.status, 200);
    const auto uri = res.json["otpauth_uri"].get<std::string>();
    const auto secret = secretOf(uri);
    QVERIFY(secret != op.totpSecret);
    QCOMPARE(opClient.get(std::string(ep::kMe)).status, 401);
    QCOMPARE(scalar("SELECT totp_confirmed FROM operators WHERE id = " + std::to_string(op.id)), std::string("f"));

    // The old authenticator no longer works (unless both secrets happen to show the same code).
    if (op.totpCode() != codeFor(secret))
        QCOMPARE(login(client, op.username, op.password, op.totpCode()).status, 401);
    QCOMPARE(login(client, op.username, op.password, codeFor(secret)).status, 200);
    QCOMPARE(scalar("SELECT totp_confirmed FROM operators WHERE id = " + std::to_string(op.id)), std::string("t"));
}

void TestSyncdAdminOperators::lastActiveAdminIsProtected()
{
    PgTestDatabase db;
    SyncdTestServer server(db, fastAuthOptions());
    const auto only = createOperator(server, "only-admin", {"admin", "operator"});
    auto admin = clientAs(server, only);

    const auto demote =
        admin.post(withId(ep::kAdminOperatorRoles, only.id), {{"roles", {"operator"}}, {"reason", "oops"}});
    QCOMPARE(demote.status, 409);
    QCOMPARE(demote.errorCode(), std::string("conflict"));
    const auto deactivate = admin.post(withId(ep::kAdminOperatorDeactivate, only.id), {{"reason", "oops"}});
    QCOMPARE(deactivate.status, 409);
    QCOMPARE(deactivate.errorCode(), std::string("conflict"));
    // Keeping the admin role while changing the others is fine.
    QCOMPARE(admin.post(withId(ep::kAdminOperatorRoles, only.id), {{"roles", {"admin"}}, {"reason", "narrow"}}).status,
             200);

    // An inactive admin does not count.
    const auto gone = createOperator(server, "gone-admin", {"admin"});
    QCOMPARE(admin.post(withId(ep::kAdminOperatorDeactivate, gone.id), {{"reason", "left"}}).status, 200);
    QCOMPARE(admin.post(withId(ep::kAdminOperatorDeactivate, only.id), {{"reason", "oops"}}).status, 409);

    // With a second active admin, the first may step down.
    const auto second = createOperator(server, "second-admin", {"admin"});
    QCOMPARE(
        admin.post(withId(ep::kAdminOperatorRoles, only.id), {{"roles", {"operator"}}, {"reason", "handover"}}).status,
        200);
    auto secondClient = clientAs(server, second);
    QCOMPARE(secondClient.post(withId(ep::kAdminOperatorDeactivate, second.id), {{"reason", "oops"}}).status, 409);
}

void TestSyncdAdminOperators::createAdminCommand()
{
    PgTestDatabase db;
    test::TempDir dir;
    // A TOTP key generated for this run, shared by the CLI and the server (as in production).
    const auto keyFile = dir.path() / "totp.key";
    {
        std::ofstream out(keyFile);
        out << syncd::security::hexEncode(syncd::security::randomBytes(32)) << "\n";
    }
    std::filesystem::permissions(keyFile, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);

    auto run = [&](const QStringList &args, const QByteArray &stdinData) {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        for (const auto &[key, value] : db.configOverrides()) {
            QString name = QStringLiteral("P2PDESK_") + QString::fromStdString(key).toUpper();
            name.replace(u'.', u'_');
            env.insert(name, QString::fromStdString(value));
        }
        env.insert(QStringLiteral("P2PDESK_SECURITY_TOTP_KEY_FILE"), QString::fromStdString(keyFile.string()));
        env.insert(QStringLiteral("P2PDESK_DATA_DIR"), QString::fromStdString(dir.path().string()));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SYNCD_BINARY), args);
        process.write(stdinData);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return std::make_tuple(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                               QString::fromUtf8(process.readAllStandardError()));
    };

    const QStringList args = {QStringLiteral("create-admin"), QStringLiteral("--username"), QStringLiteral("boss")};
    const auto [code, out, err] = run(args, "boss-fake-password-1\n");
    QVERIFY2(code == 0, qPrintable(err));
    const auto start = out.indexOf(QStringLiteral("otpauth://"));
    QVERIFY(start >= 0);
    const auto uri = out.mid(start).section(u'\n', 0, 0).toStdString();
    QCOMPARE(out.count(QStringLiteral("otpauth://")), 1);

    {
        auto conn = db.connect();
        pqxx::nontransaction work(*conn);
        const auto row = work.exec1("SELECT array_to_string(roles, ','), active, totp_confirmed FROM operators "
                                    "WHERE username = 'boss'");
        QCOMPARE(row[0].as<std::string>(), std::string("admin,senior,operator"));
        QCOMPARE(row[1].as<bool>(), true);
        QCOMPARE(row[2].as<bool>(), false);
    }

    // The server (same database, same key) accepts the password and the enrolled code.
    auto options = fastAuthOptions();
    options.config["security.totp_key_file"] = keyFile.string();
    SyncdTestServer server(db, options);
    auto client = server.client();
    const auto res = login(client, "boss", "boss-fake-password-1", codeFor(secretOf(uri)));
    QCOMPARE(res.status, 200);
    QCOMPARE(res.json["operator"]["roles"], nlohmann::json({"admin", "senior", "operator"}));
    client.setBearerToken(res.json["token"].get<std::string>());
    QCOMPARE(client.get(std::string(ep::kAdminOperators)).status, 200);

    // Refusals: an existing username (case-blind), a short password, a missing username.
    const auto [dupCode, dupOut, dupErr] =
        run({QStringLiteral("create-admin"), QStringLiteral("--username"), QStringLiteral("BOSS")},
            "boss-fake-password-2\n");
    QCOMPARE(dupCode, 1);
    QVERIFY(dupErr.contains(QStringLiteral("exists")));
    QVERIFY(!dupOut.contains(QStringLiteral("otpauth://")));
    const auto [shortCode, shortOut, shortErr] =
        run({QStringLiteral("create-admin"), QStringLiteral("--username"), QStringLiteral("tiny")}, "short\n");
    QCOMPARE(shortCode, 2);
    const auto [usageCode, usageOut, usageErr] = run({QStringLiteral("create-admin")}, "boss-fake-password-3\n");
    QCOMPARE(usageCode, 2);
    auto conn = db.connect();
    pqxx::nontransaction work(*conn);
    QCOMPARE(work.exec1("SELECT count(*) FROM operators")[0].as<int>(), 1);
}

QTEST_GUILESS_MAIN(TestSyncdAdminOperators)
#include "tst_syncd_admin_operators.moc"
