#include "db/repositories/WalletRepository.h"

#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TestOperators.h"

#include <QtTest>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

#include <string>

using namespace p2pdesk;
using namespace p2pdesk::test;

class TestSyncdWallets final : public QObject {
    Q_OBJECT

private slots:
    void createListDeactivateActivate();
    void auditAndEventCarryTheChange();
    void repeatedStateIsConflict();
    void refusals_data();
    void refusals();
    void activationAuthz_data();
    void activationAuthz();
    void duplicateAddressIsConflict();
    void unknownWalletIsNotFound();
};

namespace {

// Well-known public mainnet addresses (token contracts): valid format and checksum, no secrets.
constexpr const char *kTronAddress = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
constexpr const char *kEthAddress = "0xdAC17F958D2ee523a2206206994597C13D831ec7";

nlohmann::json walletBody()
{
    return {{"asset", "USDT"},       {"network", "TRON"},
            {"kind", "hot"},         {"address", kTronAddress},
            {"label", "TRON hot 1"}, {"secret_ref", "vault://desk/tron-hot-1"},
            {"provider", "ledger"},  {"reason", "new deposit wallet"}};
}

long long count(const PgTestDatabase &db, const std::string &sql)
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    return tx.exec1(sql)[0].as<long long>();
}

std::optional<syncd::db::WalletRow> activeHot(const PgTestDatabase &db, const std::string &asset,
                                              const std::string &network)
{
    auto conn = db.connect();
    pqxx::work work(*conn);
    return syncd::db::WalletRepository::findActiveHotWallet(work, asset, network);
}

} // namespace

void TestSyncdWallets::createListDeactivateActivate()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    const auto admin = createOperator(server, "admin1", {"admin"});
    auto client = clientAs(server, admin);

    const auto created = client.post("/api/v1/admin/wallets", walletBody());
    QCOMPARE(created.status, 201);
    const auto id = created.json["id"].get<std::int64_t>();
    QCOMPARE(created.json["address"].get<std::string>(), std::string(kTronAddress));
    QCOMPARE(created.json["secret_ref"].get<std::string>(), std::string("vault://desk/tron-hot-1"));
    QCOMPARE(created.json["label"].get<std::string>(), std::string("TRON hot 1"));
    QCOMPARE(created.json["active"].get<bool>(), true);
    auto eth = walletBody();
    eth.erase("label"); // optional: served without one
    eth["network"] = "ETHEREUM";
    eth["address"] = kEthAddress;
    eth["kind"] = "cold";
    QCOMPARE(client.post("/api/v1/admin/wallets", eth).status, 201);

    const auto list = client.get("/api/v1/admin/wallets");
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json["items"].size(), std::size_t(2));
    QCOMPARE(list.json["items"][1]["kind"].get<std::string>(), std::string("cold"));
    QCOMPARE(list.json["items"][0]["label"].get<std::string>(), std::string("TRON hot 1"));
    QVERIFY(!list.json["items"][1].contains("label"));

    // The read API the orders area uses to pick the deposit wallet.
    const auto picked = activeHot(db, "USDT", "TRON");
    QVERIFY(picked.has_value());
    QCOMPARE(picked->id, id);
    QVERIFY(!activeHot(db, "USDT", "ETHEREUM").has_value()); // cold wallets are never deposit wallets

    const auto off = client.post("/api/v1/admin/wallets/" + std::to_string(id) + "/active",
                                 {{"active", false}, {"reason", "rotating"}});
    QCOMPARE(off.status, 200);
    QCOMPARE(off.json["active"].get<bool>(), false);
    QVERIFY(!activeHot(db, "USDT", "TRON").has_value());

    const auto on =
        client.post("/api/v1/admin/wallets/" + std::to_string(id) + "/active", {{"active", true}, {"reason", "back"}});
    QCOMPARE(on.status, 200);
    QVERIFY(activeHot(db, "USDT", "TRON").has_value());

    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE entity = 'wallet' AND entity_id = '" + std::to_string(id) +
                           "' AND reason IS NOT NULL"),
             3LL);
    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'wallet.deactivate' AND reason = 'rotating'"),
             1LL);
    QCOMPARE(count(db, "SELECT count(*) FROM change_events WHERE kind = 'wallet.updated'"), 4LL);
}

// Each change writes one audit row with the reason and the state before and after, and one
// wallet.updated event, both in the request's transaction: a reader of the feed sees the event
// only with the row that explains it.
void TestSyncdWallets::auditAndEventCarryTheChange()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    const auto admin = createOperator(server, "admin1", {"admin"});
    auto client = clientAs(server, admin);
    auto other = clientAs(server, createOperator(server, "op1", {"operator"}));
    const auto start = other.get("/api/v1/changes?since=0&wait=0");
    QCOMPARE(start.status, 200);
    const auto since = start.json["last_seq"].get<std::int64_t>();

    const auto created = client.post("/api/v1/admin/wallets", walletBody());
    QCOMPARE(created.status, 201);
    const auto id = created.json["id"].get<std::int64_t>();
    const std::string entity = std::to_string(id);
    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'wallet.create' AND entity = 'wallet' AND "
                       "entity_id = '" +
                           entity +
                           "' AND reason = 'new deposit wallet' AND actor = 'operator:" + std::to_string(admin.id) +
                           "' AND payload->>'label' = 'TRON hot 1' AND payload->>'address' = '" + kTronAddress +
                           "' AND payload->'old' = 'null'::jsonb AND NOT payload ? 'secret_ref'"),
             1LL);

    const auto off = client.post("/api/v1/admin/wallets/" + entity + "/active",
                                 {{"active", false}, {"reason", "key holder left the desk"}});
    QCOMPARE(off.status, 200);
    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'wallet.deactivate' AND entity_id = '" + entity +
                           "' AND reason = 'key holder left the desk' AND (payload->'old'->>'active')::boolean AND "
                           "NOT (payload->>'active')::boolean"),
             1LL);

    // Every workstation's feed carries both changes, newest state last, with no order attached.
    const auto feed = other.get("/api/v1/changes?since=" + std::to_string(since) + "&wait=5");
    QCOMPARE(feed.status, 200);
    std::vector<nlohmann::json> wallets;
    for (const auto &event : feed.json["events"]) {
        if (event["kind"].get<std::string>() == "wallet.updated")
            wallets.push_back(event);
    }
    QCOMPARE(wallets.size(), std::size_t(2));
    QVERIFY(!wallets[1].contains("order_id"));
    QCOMPARE(wallets[0]["payload"]["wallet_id"].get<std::int64_t>(), id);
    QCOMPARE(wallets[0]["payload"]["active"].get<bool>(), true);
    QCOMPARE(wallets[1]["payload"]["wallet_id"].get<std::int64_t>(), id);
    QCOMPARE(wallets[1]["payload"]["active"].get<bool>(), false);
}

// Deactivating a wallet that is inactive already (a second admin's stale screen, a repeat) is a
// conflict: nothing is changed, audited or announced.
void TestSyncdWallets::repeatedStateIsConflict()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    auto client = clientAs(server, createOperator(server, "admin1", {"admin"}));
    const auto created = client.post("/api/v1/admin/wallets", walletBody());
    QCOMPARE(created.status, 201);
    const std::string path =
        "/api/v1/admin/wallets/" + std::to_string(created.json["id"].get<std::int64_t>()) + "/active";
    QCOMPARE(client.post(path, {{"active", false}, {"reason", "rotating"}}).status, 200);
    const auto audits = count(db, "SELECT count(*) FROM audit_log WHERE entity = 'wallet'");
    const auto events = count(db, "SELECT count(*) FROM change_events WHERE kind = 'wallet.updated'");
    const auto again = client.post(path, {{"active", false}, {"reason", "rotating again"}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), std::string("conflict"));
    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE entity = 'wallet'"), audits);
    QCOMPARE(count(db, "SELECT count(*) FROM change_events WHERE kind = 'wallet.updated'"), events);
    QCOMPARE(count(db, "SELECT count(*) FROM crypto_wallets WHERE active"), 0LL);
}

void TestSyncdWallets::refusals_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("operator role") << "operator"
                                   << ""
                                   << "" << 403 << "forbidden";
    QTest::newRow("senior role") << "senior"
                                 << ""
                                 << "" << 403 << "forbidden";
    QTest::newRow("anonymous") << ""
                               << ""
                               << "" << 401 << "unauthorized";
    QTest::newRow("missing reason") << "admin"
                                    << "reason"
                                    << "<remove>" << 422 << "reason_required";
    QTest::newRow("bad checksum") << "admin"
                                  << "address"
                                  << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u" << 422 << "validation_failed";
    QTest::newRow("eth address on tron") << "admin"
                                         << "address" << kEthAddress << 422 << "validation_failed";
    QTest::newRow("unknown network") << "admin"
                                     << "network"
                                     << "SOLANA" << 422 << "validation_failed";
    QTest::newRow("empty secret_ref") << "admin"
                                      << "secret_ref"
                                      << " " << 422 << "validation_failed";
    QTest::newRow("hex private key") << "admin"
                                     << "secret_ref"
                                     << "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318" << 422
                                     << "validation_failed";
    QTest::newRow("0x hex private key") << "admin"
                                        << "secret_ref"
                                        << "0x4C0883A69102937D6231471B5DBB6204FE5129617082792AE468D01A3F362318" << 422
                                        << "validation_failed";
    QTest::newRow("key inside a ref") << "admin"
                                      << "secret_ref"
                                      << "vault:4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318" << 422
                                      << "validation_failed";
    QTest::newRow("12-word seed") << "admin"
                                  << "secret_ref"
                                  << "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
                                     "abandon about"
                                  << 422 << "validation_failed";
    QTest::newRow("24-word seed") << "admin"
                                  << "secret_ref"
                                  << "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo "
                                     "zoo zoo zoo wrong"
                                  << 422 << "validation_failed";
    QTest::newRow("WIF uncompressed") << "admin"
                                      << "secret_ref"
                                      << "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ" << 422
                                      << "validation_failed";
    QTest::newRow("WIF compressed") << "admin"
                                    << "secret_ref"
                                    << "KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617" << 422
                                    << "validation_failed";
    QTest::newRow("PEM key") << "admin"
                             << "secret_ref"
                             << "-----BEGIN EC PRIV"
                                "ATE KEY-----"
                             << 422 << "validation_failed";
    QTest::newRow("unknown asset") << "admin"
                                   << "asset"
                                   << "DOGE" << 422 << "validation_failed";
    QTest::newRow("short tron address") << "admin"
                                        << "address"
                                        << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj" << 422 << "validation_failed";
    QTest::newRow("address with a space") << "admin"
                                          << "address"
                                          << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t " << 422 << "validation_failed";
    QTest::newRow("key as label") << "admin"
                                  << "label"
                                  << "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318" << 422
                                  << "validation_failed";
    QTest::newRow("label on two lines") << "admin"
                                        << "label"
                                        << "TRON\nhot" << 422 << "validation_failed";
}

void TestSyncdWallets::refusals()
{
    QFETCH(QString, role);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, code);

    PgTestDatabase db;
    SyncdTestServer server(db);
    auto client = server.client();
    if (!role.isEmpty())
        client.setBearerToken(createSession(db, createOperator(server, "someone", {role.toStdString()}).id));
    auto body = walletBody();
    if (!field.isEmpty()) {
        if (value == QLatin1String("<remove>"))
            body.erase(field.toStdString());
        else
            body[field.toStdString()] = value.replace(QLatin1String("\\n"), QLatin1String("\n")).toStdString();
    }
    const auto result = client.post("/api/v1/admin/wallets", body);
    QCOMPARE(result.status, status);
    QCOMPARE(QString::fromStdString(result.errorCode()), code);
    // A refused key is never echoed back nor stored.
    if (field == QLatin1String("secret_ref") && value.size() > 8)
        QVERIFY(result.body.find(value.toStdString()) == std::string::npos);
    // Bad input names the field it refuses.
    if (code == QLatin1String("validation_failed"))
        QCOMPARE(QString::fromStdString(result.json.at("error").at("details").at("field").get<std::string>()), field);
    QCOMPARE(count(db, "SELECT count(*) FROM crypto_wallets"), 0LL);
    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE entity = 'wallet'"), 0LL);
    QCOMPARE(count(db, "SELECT count(*) FROM change_events WHERE kind = 'wallet.updated'"), 0LL);
}

void TestSyncdWallets::activationAuthz_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("status");
    QTest::newRow("operator") << "operator" << 403;
    QTest::newRow("senior") << "senior" << 403;
    QTest::newRow("anonymous") << "" << 401;
    QTest::newRow("admin") << "admin" << 200;
}

// Only an admin lists wallets or switches one off; anyone else changes nothing.
void TestSyncdWallets::activationAuthz()
{
    QFETCH(QString, role);
    QFETCH(int, status);

    PgTestDatabase db;
    SyncdTestServer server(db);
    auto admin = clientAs(server, createOperator(server, "admin1", {"admin"}));
    const auto created = admin.post("/api/v1/admin/wallets", walletBody());
    QCOMPARE(created.status, 201);
    const auto id = std::to_string(created.json["id"].get<std::int64_t>());
    auto client = server.client();
    if (!role.isEmpty())
        client.setBearerToken(createSession(db, createOperator(server, "someone", {role.toStdString()}).id));
    QCOMPARE(client.get("/api/v1/admin/wallets").status, status);
    const auto off = client.post("/api/v1/admin/wallets/" + id + "/active", {{"active", false}, {"reason", "x"}});
    QCOMPARE(off.status, status);
    const long long expectInactive = status == 200 ? 1 : 0;
    QCOMPARE(count(db, "SELECT count(*) FROM crypto_wallets WHERE NOT active"), expectInactive);
    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'wallet.deactivate'"), expectInactive);
    QCOMPARE(count(db, "SELECT count(*) FROM change_events WHERE kind = 'wallet.updated'"), 1 + expectInactive);
}

void TestSyncdWallets::duplicateAddressIsConflict()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    auto client = clientAs(server, createOperator(server, "admin1", {"admin"}));
    QCOMPARE(client.post("/api/v1/admin/wallets", walletBody()).status, 201);
    const auto again = client.post("/api/v1/admin/wallets", walletBody());
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), std::string("conflict"));
    QCOMPARE(count(db, "SELECT count(*) FROM crypto_wallets"), 1LL);
}

void TestSyncdWallets::unknownWalletIsNotFound()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    auto admin = clientAs(server, createOperator(server, "admin1", {"admin"}));
    const auto missing = admin.post("/api/v1/admin/wallets/999/active", {{"active", false}, {"reason", "x"}});
    QCOMPARE(missing.status, 404);
    auto op = clientAs(server, createOperator(server, "op1", {"operator"}));
    QCOMPARE(op.get("/api/v1/admin/wallets").status, 403);
    QCOMPARE(op.post("/api/v1/admin/wallets/1/active", {{"active", false}, {"reason", "x"}}).status, 403);
    const auto noReason = admin.post("/api/v1/admin/wallets/1/active", {{"active", false}});
    QCOMPARE(noReason.errorCode(), std::string("reason_required"));
}

QTEST_GUILESS_MAIN(TestSyncdWallets)
#include "tst_syncd_wallets.moc"
