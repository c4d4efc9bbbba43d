// AML screening of the addresses a customer's crypto came from (issue 12: "Sender-address risk: a
// pluggable address-screening provider (fake in tests) and a manual score entry when none is
// configured; the score shows on the proof; above a setting → hold"), over the real API with a real
// PostgreSQL, the Tronscan double naming the senders and a MistTrack double scoring them in the
// public API's shape: a score above the setting holds the order (once), one within it does not, a
// retry stores nothing twice, only a sender of the transaction is screened, a typed score is refused
// where the provider scores, the provider down, throttling, refusing or answering nonsense changes
// nothing, bad requests change nothing, and who may ask.
#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/test/FakeMistTrack.h"
#include "p2pdesk/test/FakeTronscan.h"
#include "p2pdesk/test/TempDir.h"

#include <QTest>

#include <fstream>
#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

namespace {

constexpr const char *kDeposit = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"; // the fixture's hot wallet
constexpr const char *kUsdt = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
constexpr const char *kSender = "TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR";
constexpr const char *kOtherSender = "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7";
constexpr const char *kApiKey = "misttrack-test-key";

std::string txidOf(char digit)
{
    return std::string(64, digit);
}

FakeTronscan::Transaction sentBy(const std::string &sender)
{
    FakeTronscan::Transaction tx;
    tx.block = 68'000'000;
    tx.confirmations = 30;
    tx.timestampMs = 1'796'000'000'000;
    tx.transfers = {{kDeposit, kUsdt, "100000000", 6, sender}};
    return tx;
}

nlohmann::json request(const std::string &address, const std::string &reason = "checking the sender before payout")
{
    return {{"address", address}, {"reason", reason}};
}

struct Deposit {
    std::int64_t orderId = 0;
    std::int64_t proofId = 0;
};

} // namespace

class TestSyncdAddressScreening final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aScoreAboveTheSettingHoldsTheOrder();
    void aScoreWithinTheSettingDoesNotHold();
    void aRetryIsAnsweredWithTheStoredScreening();
    void onlyASenderOfTheTransaction();
    void aTypedScoreCannotOverruleTheProvider();
    void providerFailuresChangeNothing();
    void throttlingIsObeyed();
    void badRequestsChangeNothing();
    void withoutAProviderOperatorsEnterTheScore();
    void whoMayAsk();

private:
    Deposit deposit(const std::string &txid);
    HttpsResult screen(std::int64_t proofId, const nlohmann::json &body, const TestOperator *as = nullptr);
    long long screenings() const { return m_world->count("SELECT count(*) FROM address_screenings"); }

    std::unique_ptr<TempDir> m_secrets;
    std::unique_ptr<FakeTronscan> m_explorer;
    std::unique_ptr<FakeMistTrack> m_provider;
    std::unique_ptr<OrdersWorld> m_world;
    std::int64_t m_telegramId = 7300;
};

void TestSyncdAddressScreening::initTestCase()
{
    m_explorer = std::make_unique<FakeTronscan>();
    m_provider = std::make_unique<FakeMistTrack>(kApiKey);
    SyncdTestServerOptions options;
    options.config = {{"explorer.tron.provider", "tronscan"}, {"explorer.tron.url", m_explorer->url()},
                      {"explorer.timeout_ms", "700"},         {"screening.provider", "misttrack"},
                      {"screening.url", m_provider->url()},   {"screening.timeout_ms", "700"}};
    m_secrets = std::make_unique<TempDir>();
    const auto keyFile = m_secrets->path() / "misttrack.key";
    std::ofstream(keyFile) << kApiKey << "\n";
    options.config["screening.api_key_file"] = keyFile.string();
    m_world = std::make_unique<OrdersWorld>(options);
    auto admin = m_world->as(m_world->admin);
    QCOMPARE(admin
                 .request("PUT", "/api/v1/admin/flags/explorer_hints",
                          nlohmann::json{{"enabled", true}, {"reason", "hints beside proofs"}}.dump(),
                          "application/json")
                 .status,
             200);
}

void TestSyncdAddressScreening::cleanupTestCase()
{
    m_world.reset();
    m_provider.reset();
    m_explorer.reset();
}

Deposit TestSyncdAddressScreening::deposit(const std::string &txid)
{
    // A customer per order: several holds on one customer's orders would not tell the cases apart.
    auto client = m_world->as(m_world->op1);
    const auto telegramId = ++m_telegramId;
    const auto created = createOrder(client, telegramId, "2200 1234 5678 " + std::to_string(telegramId));
    if (created.status != 201)
        qFatal("order not created: %s", created.body.c_str());
    Deposit out;
    out.orderId = created.json["id"].get<std::int64_t>();
    const auto orderId = std::to_string(out.orderId);
    m_world->sql("UPDATE orders SET deposit_wallet_id = " + std::to_string(m_world->walletId) +
                 " WHERE id = " + orderId);
    out.proofId = std::stoll(m_world->scalar("INSERT INTO attachments (order_id, kind, txid, uploader) VALUES (" +
                                             orderId + ", 'proof_txid', '" + txid + "', 'operator:1') RETURNING id"));
    return out;
}

HttpsResult TestSyncdAddressScreening::screen(std::int64_t proofId, const nlohmann::json &body, const TestOperator *as)
{
    auto client = m_world->as(as ? *as : m_world->op2);
    return client.post(path("/api/v1/proofs/{id}/screenings", proofId), body);
}

void TestSyncdAddressScreening::aScoreAboveTheSettingHoldsTheOrder()
{
    const auto txid = txidOf('a');
    m_explorer->setTransaction(txid, sentBy(kSender));
    m_provider->setRisk(kSender, {87, "High", {"Malicious Address", "Sanctioned Entity"}});
    const auto d = deposit(txid);
    QCOMPARE(m_world->scalar("SELECT hold FROM orders WHERE id = " + std::to_string(d.orderId)), std::string("f"));
    auto feed = m_world->as(m_world->op1);
    const auto since = std::stoll(m_world->scalar("SELECT coalesce(max(seq), 0) FROM change_events"));

    const auto answer = screen(d.proofId, request(kSender));
    QCOMPARE(answer.status, 201);
    const auto &j = answer.json;
    QCOMPARE(j["address"].get<std::string>(), std::string(kSender));
    QCOMPARE(j["score"].get<int>(), 87);
    QCOMPARE(j["source"].get<std::string>(), std::string("provider"));
    QVERIFY(j["provider"].get<std::string>().rfind("MistTrack 127.0.0.1", 0) == 0);
    QCOMPARE(j["risk_level"].get<std::string>(), std::string("High"));
    QVERIFY(j["labels"] == nlohmann::json::array({"Malicious Address", "Sanctioned Entity"}));
    QVERIFY(j["sender_checked"].get<bool>());
    QCOMPARE(j["screened_by"]["username"].get<std::string>(), m_world->op2.username);
    QCOMPARE(j["reason"].get<std::string>(), std::string("checking the sender before payout"));
    QVERIFY(j.contains("flag_id"));

    // MistTrack was asked about the sender, as its coin, with the key.
    const auto asked = m_provider->requests();
    QCOMPARE(asked.size(), std::size_t(1));
    QCOMPARE(asked[0].coin, std::string("USDT-TRC20"));
    QCOMPARE(asked[0].address, std::string(kSender));
    QCOMPARE(asked[0].apiKey, std::string(kApiKey));

    // Above the desk's 70: held, with the figures, until a senior clears it.
    const auto orderId = std::to_string(d.orderId);
    QCOMPARE(m_world->scalar("SELECT hold FROM orders WHERE id = " + orderId), std::string("t"));
    QCOMPARE(m_world->scalar("SELECT rule || ' ' || severity || ' ' || (figures->>'observed') || ' ' || "
                             "(figures->>'limit') FROM risk_flags WHERE id = " +
                             std::to_string(j["flag_id"].get<std::int64_t>()) + " AND order_id = " + orderId),
             std::string("sender_address_risk hold 87 70"));
    // One audit row of the screening (the flag's own row is the order's), in the same transaction.
    QCOMPARE(m_world->scalar("SELECT (payload->>'score') || ' ' || (payload->>'address') || ' ' || reason FROM "
                             "audit_log WHERE action = 'proof.screen' AND entity_id = '" +
                             std::to_string(d.proofId) + "'"),
             std::string("87 ") + kSender + " checking the sender before payout");
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'order.risk_flag_raise' AND "
                            "entity_id = '" +
                            orderId + "'"),
             1LL);
    // Workstations hear of it.
    const auto events = awaitFeedEvents(feed, since, [&](const nlohmann::json &e) {
        return e.value("kind", "") == "proof.screened" && e["payload"].value("proof_id", 0LL) == d.proofId;
    });
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0]["payload"]["score"].get<int>(), 87);

    // The proof shows it, newest first, with the provider and the setting.
    auto client = m_world->as(m_world->op1);
    const auto list = client.get(path("/api/v1/proofs/{id}/screenings", d.proofId));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json["network"].get<std::string>(), std::string("TRON"));
    QVERIFY(list.json["provider"].get<std::string>().rfind("MistTrack", 0) == 0);
    QCOMPARE(list.json["hold_above"].get<int>(), 70);
    QCOMPARE(list.json["items"].size(), std::size_t(1));
    QVERIFY(list.json["items"][0]["id"] == j["id"]);

    // A second high score (another operator, later) adds its row but no second flag.
    const auto again = screen(d.proofId, request(kSender, "second look"), &m_world->senior1);
    QCOMPARE(again.status, 201);
    QVERIFY(!again.json.contains("flag_id"));
    QCOMPARE(
        m_world->count("SELECT count(*) FROM risk_flags WHERE rule = 'sender_address_risk' AND order_id = " + orderId),
        1LL);
    QVERIFY(client.get(path("/api/v1/proofs/{id}/screenings", d.proofId)).json["items"][0]["id"] == again.json["id"]);
}

void TestSyncdAddressScreening::aScoreWithinTheSettingDoesNotHold()
{
    const auto txid = txidOf('b');
    m_explorer->setTransaction(txid, sentBy(kOtherSender));
    // Equal to the setting: the highest score the desk accepts without a senior.
    m_provider->setRisk(kOtherSender, {70, "Moderate", {"Medium-risk Tag Address"}});
    const auto d = deposit(txid);
    const auto answer = screen(d.proofId, request(kOtherSender));
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.json["score"].get<int>(), 70);
    QVERIFY(!answer.json.contains("flag_id"));
    QCOMPARE(m_world->scalar("SELECT hold FROM orders WHERE id = " + std::to_string(d.orderId)), std::string("f"));
    QCOMPARE(m_world->count("SELECT count(*) FROM risk_flags WHERE order_id = " + std::to_string(d.orderId) +
                            " AND rule = 'sender_address_risk'"),
             0LL);

    // The admin lowers the setting: the next screening of 70 holds.
    auto admin = m_world->as(m_world->admin);
    auto settings = admin.get("/api/v1/admin/settings").json;
    QCOMPARE(settings["aml_hold_score"].get<int>(), 70);
    settings["aml_hold_score"] = 60;
    settings["reason"] = "stricter after an incident";
    QCOMPARE(admin.post("/api/v1/admin/settings", settings).status, 200);
    const auto stricter = screen(d.proofId, request(kOtherSender, "after the setting changed"));
    QCOMPARE(stricter.status, 201);
    QVERIFY(stricter.json.contains("flag_id"));
    QCOMPARE(m_world->scalar("SELECT figures->>'limit' FROM risk_flags WHERE order_id = " + std::to_string(d.orderId) +
                             " AND rule = 'sender_address_risk'"),
             std::string("60"));
    settings["aml_hold_score"] = 70;
    QCOMPARE(admin.post("/api/v1/admin/settings", settings).status, 200);
}

void TestSyncdAddressScreening::aRetryIsAnsweredWithTheStoredScreening()
{
    const auto txid = txidOf('c');
    m_explorer->setTransaction(txid, sentBy(kSender));
    const auto d = deposit(txid);
    const auto asked = m_provider->requests().size();
    const auto first = screen(d.proofId, request(kSender, "retry check"));
    QCOMPARE(first.status, 201);
    const auto before = screenings();
    // The answer was lost; the workstation sends the same again.
    const auto retry = screen(d.proofId, request(kSender, "retry check"));
    QCOMPARE(retry.status, 200);
    QVERIFY(retry.json["id"] == first.json["id"]);
    QCOMPARE(screenings(), before);
    QCOMPARE(m_provider->requests().size(), asked + 1);
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'proof.screen' AND entity_id = '" +
                            std::to_string(d.proofId) + "'"),
             1LL);
    // Another operator asking is a screening of their own.
    QCOMPARE(screen(d.proofId, request(kSender, "retry check"), &m_world->senior1).status, 201);
}

void TestSyncdAddressScreening::onlyASenderOfTheTransaction()
{
    const auto txid = txidOf('d');
    m_explorer->setTransaction(txid, sentBy(kSender));
    const auto d = deposit(txid);
    const auto asked = m_provider->requests().size();
    const auto before = screenings();
    // A clean address that did not send it is not screened instead of the real sender.
    const auto refused = screen(d.proofId, request(kOtherSender));
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.json["error"]["code"].get<std::string>(), std::string("validation_failed"));
    QCOMPARE(refused.json["error"]["details"]["kind"].get<std::string>(), std::string("not_a_sender"));
    QVERIFY(refused.json["error"]["details"]["senders"] == nlohmann::json::array({kSender}));
    QCOMPARE(screenings(), before);
    QCOMPARE(m_provider->requests().size(), asked);

    // The explorer cannot say (down): the operator's address is screened, marked unchecked.
    const auto unknownTxid = txidOf('e');
    const auto d2 = deposit(unknownTxid);
    m_explorer->failNext({503, std::nullopt});
    const auto unchecked = screen(d2.proofId, request(kOtherSender));
    QCOMPARE(unchecked.status, 201);
    QVERIFY(!unchecked.json["sender_checked"].get<bool>());
}

void TestSyncdAddressScreening::aTypedScoreCannotOverruleTheProvider()
{
    const auto txid = txidOf('f');
    m_explorer->setTransaction(txid, sentBy(kSender));
    m_provider->setRisk(kSender, {87, "High", {"Malicious Address"}});
    const auto d = deposit(txid);
    const auto before = screenings();
    auto body = request(kSender, "the site says it is clean");
    body["score"] = 5;
    const auto refused = screen(d.proofId, body, &m_world->senior1);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json["error"]["code"].get<std::string>(), std::string("conflict"));
    QVERIFY(refused.json["error"]["details"]["provider"].get<std::string>().rfind("MistTrack", 0) == 0);
    QCOMPARE(screenings(), before);
}

void TestSyncdAddressScreening::providerFailuresChangeNothing()
{
    const auto txid = txidOf('1');
    m_explorer->setTransaction(txid, sentBy(kSender));
    const auto d = deposit(txid);
    const auto before = screenings();
    const auto audits = m_world->count("SELECT count(*) FROM audit_log WHERE action = 'proof.screen'");
    struct Case {
        const char *name;
        FakeMistTrack::Fault fault;
    };
    const Case cases[] = {
        {"5xx", {500, std::nullopt}},
        {"expired plan", {402, std::nullopt, R"({"success":false,"msg":"ExpiredPlan"})"}},
        {"refused with 200", {200, std::nullopt, R"({"success":false,"msg":"InvalidApiKey"})"}},
        {"html", {200, std::nullopt, "<html>maintenance</html>", std::chrono::milliseconds(0), "text/html"}},
        {"no score", {200, std::nullopt, R"({"success":true,"msg":"","data":{"risk_level":"Low"}})"}},
        {"score out of range", {200, std::nullopt, R"({"success":true,"msg":"","data":{"score":101}})"}},
        {"fractional score", {200, std::nullopt, R"({"success":true,"msg":"","data":{"score":12.5}})"}},
        {"score as text", {200, std::nullopt, R"({"success":true,"msg":"","data":{"score":"12"}})"}},
        {"stall", {200, std::nullopt, R"({"success":true,"data":{"score":1}})", std::chrono::milliseconds(1500)}},
    };
    for (const auto &c : cases) {
        m_provider->failNext(c.fault);
        const auto answer = screen(d.proofId, request(kSender, std::string("case ") + c.name));
        QVERIFY2(answer.status == 502, (std::string(c.name) + ": " + answer.body).c_str());
        QCOMPARE(answer.json["error"]["code"].get<std::string>(), std::string("upstream_unavailable"));
    }
    QCOMPARE(screenings(), before);
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'proof.screen'"), audits);
    QCOMPARE(m_world->scalar("SELECT hold FROM orders WHERE id = " + std::to_string(d.orderId)), std::string("f"));
    // The key never leaks into what the operator reads.
    m_provider->failNext({200, std::nullopt, R"({"success":false,"msg":"InvalidApiKey"})"});
    const auto refused = screen(d.proofId, request(kSender, "key check"));
    QVERIFY(refused.body.find(kApiKey) == std::string::npos);
    QVERIFY(refused.body.find("InvalidApiKey") != std::string::npos);
}

void TestSyncdAddressScreening::throttlingIsObeyed()
{
    const auto txid = txidOf('2');
    m_explorer->setTransaction(txid, sentBy(kSender));
    m_provider->setRisk(kSender, {12, "Low", {}});
    const auto d = deposit(txid);
    m_provider->failNext({429, 1, R"({"success":false,"msg":"ExceededRateLimit"})"});
    const auto throttled = screen(d.proofId, request(kSender, "throttled once"));
    QCOMPARE(throttled.status, 502);
    QCOMPARE(throttled.json["error"]["details"]["retry_after_seconds"].get<int>(), 1);
    // Asked again at once: the desk waits as told, MistTrack is not asked.
    const auto asked = m_provider->requests().size();
    const auto waiting = screen(d.proofId, request(kSender, "asked again at once"));
    QCOMPARE(waiting.status, 502);
    QVERIFY(waiting.json["error"]["details"].contains("retry_after_seconds"));
    QCOMPARE(m_provider->requests().size(), asked);
    // After the wait it answers again (the first success is kept: asked once more it is a repeat).
    HttpsResult after;
    QTRY_VERIFY_WITH_TIMEOUT(
        after.status == 201 || (after = screen(d.proofId, request(kSender, "after the wait"))).status == 201, 5000);
    QCOMPARE(after.json["score"].get<int>(), 12);
}

void TestSyncdAddressScreening::badRequestsChangeNothing()
{
    const auto txid = txidOf('3');
    m_explorer->setTransaction(txid, sentBy(kSender));
    const auto d = deposit(txid);
    const auto before = screenings();
    const auto asked = m_provider->requests().size();
    const auto codeOf = [](const HttpsResult &r) { return r.json["error"]["code"].get<std::string>(); };

    auto notAnAddress = screen(d.proofId, request("0x292f04a44506c2fd49bac032e1ca148c35a478c8"));
    QCOMPARE(notAnAddress.status, 422);
    QCOMPARE(notAnAddress.json["error"]["details"]["field"].get<std::string>(), std::string("address"));
    auto blank = screen(d.proofId, request(kSender, "   "));
    QCOMPARE(blank.status, 422);
    QCOMPARE(codeOf(blank), std::string("reason_required"));
    auto noAddress = screen(d.proofId, nlohmann::json{{"reason", "x"}});
    QCOMPARE(noAddress.status, 422);
    auto outOfRange = request(kSender);
    outOfRange["score"] = 101;
    QCOMPARE(screen(d.proofId, outOfRange).status, 422);
    outOfRange["score"] = -1;
    QCOMPARE(screen(d.proofId, outOfRange).status, 422);
    outOfRange["score"] = "50";
    QCOMPARE(screen(d.proofId, outOfRange).status, 422);

    // Not a customer's deposit: unknown, a file proof, a buy's payout txid.
    QCOMPARE(screen(999999, request(kSender)).status, 404);
    const auto file = std::stoll(m_world->scalar(
        "INSERT INTO attachments (order_id, kind, sha256, size_bytes, mime, storage_key, uploader) VALUES (" +
        std::to_string(d.orderId) +
        ", 'proof_file', sha256('x'::bytea), 1, 'image/png', 'k', 'operator:1') "
        "RETURNING id"));
    QCOMPARE(screen(file, request(kSender)).status, 404);
    m_world->sql("UPDATE orders SET direction = 'fiat_to_crypto' WHERE id = " + std::to_string(d.orderId));
    QCOMPARE(screen(d.proofId, request(kSender)).status, 404);
    auto client = m_world->as(m_world->op1);
    QCOMPARE(client.get(path("/api/v1/proofs/{id}/screenings", d.proofId)).status, 404);
    m_world->sql("UPDATE orders SET direction = 'crypto_to_fiat' WHERE id = " + std::to_string(d.orderId));

    QCOMPARE(screenings(), before);
    QCOMPARE(m_provider->requests().size(), asked);
}

void TestSyncdAddressScreening::withoutAProviderOperatorsEnterTheScore()
{
    // A desk without a provider (and without an explorer): scores are what the operator found.
    OrdersWorld plain;
    auto op = plain.as(plain.op2);
    const auto orderId = createOrder(op, 7400).json["id"].get<std::int64_t>();
    const auto proofId = std::stoll(plain.scalar("INSERT INTO attachments (order_id, kind, txid, uploader) VALUES (" +
                                                 std::to_string(orderId) + ", 'proof_txid', '" + txidOf('9') +
                                                 "', 'operator:1') RETURNING id"));
    const auto list = op.get(path("/api/v1/proofs/{id}/screenings", proofId));
    QCOMPARE(list.status, 200);
    QVERIFY(!list.json.contains("provider"));
    QCOMPARE(list.json["items"].size(), std::size_t(0));

    // Asking for the provider's score says there is none.
    const auto noProvider = op.post(path("/api/v1/proofs/{id}/screenings", proofId), request(kSender));
    QCOMPARE(noProvider.status, 422);
    QCOMPARE(noProvider.json["error"]["details"]["field"].get<std::string>(), std::string("score"));

    auto body = request(kSender, "AMLBot site: 92, mixer exposure");
    body["score"] = 92;
    const auto entered = op.post(path("/api/v1/proofs/{id}/screenings", proofId), body);
    QCOMPARE(entered.status, 201);
    QCOMPARE(entered.json["source"].get<std::string>(), std::string("manual"));
    QVERIFY(!entered.json.contains("provider"));
    QCOMPARE(entered.json["score"].get<int>(), 92);
    QVERIFY(!entered.json["sender_checked"].get<bool>());
    QVERIFY(entered.json.contains("flag_id"));
    QCOMPARE(plain.scalar("SELECT hold FROM orders WHERE id = " + std::to_string(orderId)), std::string("t"));
    QCOMPARE(plain.scalar("SELECT payload->>'source' FROM audit_log WHERE action = 'proof.screen'"),
             std::string("manual"));

    // A senior clears the flag with a reason: the order is free again, the screening stays.
    auto senior = plain.as(plain.senior1);
    const auto cleared = senior.post(flagPath(orderId, entered.json["flag_id"].get<std::int64_t>()),
                                     nlohmann::json{{"reason", "customer's own exchange wallet, checked"}});
    QCOMPARE(cleared.status, 200);
    QCOMPARE(plain.scalar("SELECT hold FROM orders WHERE id = " + std::to_string(orderId)), std::string("f"));
    QCOMPARE(op.get(path("/api/v1/proofs/{id}/screenings", proofId)).json["items"].size(), std::size_t(1));
}

void TestSyncdAddressScreening::whoMayAsk()
{
    const auto txid = txidOf('4');
    m_explorer->setTransaction(txid, sentBy(kSender));
    const auto d = deposit(txid);
    const auto before = screenings();
    auto admin = m_world->as(m_world->admin);
    QCOMPARE(admin.get(path("/api/v1/proofs/{id}/screenings", d.proofId)).status, 403);
    QCOMPARE(screen(d.proofId, request(kSender), &m_world->admin).status, 403);
    HttpsTestClient anonymous("127.0.0.1", m_world->server->port(), m_world->server->certificateFile());
    QCOMPARE(anonymous.post(path("/api/v1/proofs/{id}/screenings", d.proofId), request(kSender)).status, 401);
    QCOMPARE(screenings(), before);
}

QTEST_GUILESS_MAIN(TestSyncdAddressScreening)
#include "tst_syncd_address_screening.moc"
