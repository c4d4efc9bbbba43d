// On-chain hints beside txid proofs (issue 12: "a hint, never an automatic verification"), over the
// real API with a real PostgreSQL and a local Tronscan double (FakeTronscan) in the public API's
// shape: what matches and what does not (amount, address, a look-alike token, a failed transfer),
// the explorer down, throttling, slow, malformed or huge, the feature flag off, a network without an
// explorer, and who may ask.
#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/test/FakeTronscan.h"

#include <QTest>

#include <memory>

using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

namespace {

constexpr const char *kDeposit = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"; // the fixture's hot wallet
constexpr const char *kUsdt = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
constexpr const char *kLookAlike = "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj";

std::string txidOf(char digit)
{
    return std::string(64, digit);
}

// What Tronscan reports for a transaction in a block `confirmations` deep (mined 2026-11-30 00:53:20
// UTC) that moved `units` base units of the `contract` token to `to`.
FakeTronscan::Transaction inBlock(const std::string &units, std::int64_t confirmations = 30,
                                  const std::string &to = kDeposit, const std::string &contract = kUsdt)
{
    FakeTronscan::Transaction tx;
    tx.block = 68'000'000;
    tx.confirmations = confirmations;
    tx.timestampMs = 1'796'000'000'000;
    tx.transfers = {{to, contract, units}};
    return tx;
}

} // namespace

class TestSyncdChainHints final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aMatchingTransfer();
    void whatDoesNotMatch();
    void aFailedTransferMovedNothing();
    void unknownAndPending();
    void answersAreReusedBriefly();
    void explorerFailures();
    void throttlingIsObeyed();
    void flagOffAndOtherNetworks();
    void whoMayAsk();

private:
    // A sell order of `amount` USDT/TRON to the fixture's hot wallet with a txid proof; returns the
    // proof's id.
    std::int64_t proofFor(const std::string &txid, const std::string &amount = "100.000000");
    HttpsResult hint(std::int64_t proofId, const TestOperator *as = nullptr);

    std::unique_ptr<FakeTronscan> m_explorer;
    std::unique_ptr<OrdersWorld> m_world;
};

void TestSyncdChainHints::initTestCase()
{
    m_explorer = std::make_unique<FakeTronscan>();
    SyncdTestServerOptions options;
    options.config = {{"explorer.tron.provider", "tronscan"},
                      {"explorer.tron.url", m_explorer->url()},
                      {"explorer.timeout_ms", "700"}};
    m_world = std::make_unique<OrdersWorld>(options);
    auto admin = m_world->as(m_world->admin);
    QCOMPARE(admin
                 .request("PUT", "/api/v1/admin/flags/explorer_hints",
                          nlohmann::json{{"enabled", true}, {"reason", "hints beside proofs"}}.dump(),
                          "application/json")
                 .status,
             200);
}

void TestSyncdChainHints::cleanupTestCase()
{
    m_world.reset();
    m_explorer.reset();
}

std::int64_t TestSyncdChainHints::proofFor(const std::string &txid, const std::string &amount)
{
    // One customer for all: the hint does not care about the order's status, and a fresh customer
    // per order would trip the "one payout account, many customers" rule.
    auto client = m_world->as(m_world->op1);
    const auto created = createOrder(client, 7100, kRequisites, amount);
    if (created.status != 201)
        qFatal("order not created: %s", created.body.c_str());
    const auto orderId = std::to_string(created.json["id"].get<std::int64_t>());
    // The deposit address the customer was told (set when the order is taken and the instructions go out).
    m_world->sql("UPDATE orders SET deposit_wallet_id = " + std::to_string(m_world->walletId) +
                 " WHERE id = " + orderId);
    return std::stoll(m_world->scalar("INSERT INTO attachments (order_id, kind, txid, uploader) VALUES (" + orderId +
                                      ", 'proof_txid', '" + txid + "', 'operator:1') RETURNING id"));
}

HttpsResult TestSyncdChainHints::hint(std::int64_t proofId, const TestOperator *as)
{
    auto client = m_world->as(as ? *as : m_world->op2);
    return client.get(path("/api/v1/proofs/{id}/chain-hint", proofId));
}

void TestSyncdChainHints::aMatchingTransfer()
{
    const auto txid = txidOf('a');
    m_explorer->setTransaction(txid, inBlock("100000000", 42));
    const auto proof = proofFor(txid);
    const auto answer = hint(proof);
    QCOMPARE(answer.status, 200);
    const auto &j = answer.json;
    QVERIFY2(j.value("state", "") == "found" && j.contains("expected_address"), answer.body.c_str());

    QCOMPARE(j["proof_id"].get<std::int64_t>(), proof);
    QCOMPARE(j["network"].get<std::string>(), std::string("TRON"));
    QCOMPARE(j["txid"].get<std::string>(), txid);
    QCOMPARE(j["expected_address"].get<std::string>(), std::string(kDeposit));
    QCOMPARE(j["expected_amount"].get<std::string>(), std::string("100.000000"));
    QCOMPARE(j["received"].get<std::string>(), std::string("100.000000"));
    QVERIFY(j["succeeded"].get<bool>());
    QVERIFY(j["address_matches"].get<bool>());
    QVERIFY(j["amount_matches"].get<bool>());
    QCOMPARE(j["confirmations"].get<std::int64_t>(), 42);
    QCOMPARE(j["block_time"].get<std::string>(), std::string("2026-11-30T00:53:20Z"));
    QCOMPARE(j["other_transfers"].get<std::int64_t>(), 0);
    QVERIFY(j["explorer"].get<std::string>().find("Tronscan 127.0.0.1") == 0);
    // Nothing is stored: a hint is read, never a record.
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE entity = 'proof' AND entity_id = '" +
                            std::to_string(proof) + "'"),
             0LL);
}

void TestSyncdChainHints::whatDoesNotMatch()
{
    // 99 USDT where 100 were due.
    const auto shortTxid = txidOf('b');
    m_explorer->setTransaction(shortTxid, inBlock("99000000"));
    auto j = hint(proofFor(shortTxid)).json;
    QCOMPARE(j["state"].get<std::string>(), std::string("found"));
    QVERIFY(j["address_matches"].get<bool>());
    QVERIFY(!j["amount_matches"].get<bool>());
    QCOMPARE(j["received"].get<std::string>(), std::string("99.000000"));

    // The right amount to someone else.
    const auto elsewhere = txidOf('c');
    m_explorer->setTransaction(elsewhere, inBlock("100000000", 30, "TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW"));
    j = hint(proofFor(elsewhere)).json;
    QVERIFY(!j["address_matches"].get<bool>());
    QVERIFY(!j["amount_matches"].get<bool>());
    QCOMPARE(j["received"].get<std::string>(), std::string("0.000000"));

    // A look-alike token calling itself USDT: right address, right amount, wrong contract.
    const auto fake = txidOf('d');
    m_explorer->setTransaction(fake, inBlock("100000000", 30, kDeposit, kLookAlike));
    j = hint(proofFor(fake)).json;
    QVERIFY(!j["address_matches"].get<bool>());
    QVERIFY(!j["amount_matches"].get<bool>());
    QCOMPARE(j["other_transfers"].get<std::int64_t>(), 1);
}

void TestSyncdChainHints::aFailedTransferMovedNothing()
{
    const auto txid = txidOf('e');
    auto tx = inBlock("100000000", 50);
    tx.contractRet = "OUT_OF_ENERGY";
    m_explorer->setTransaction(txid, tx);
    const auto j = hint(proofFor(txid)).json;
    QCOMPARE(j["state"].get<std::string>(), std::string("found"));
    QVERIFY(!j["succeeded"].get<bool>());
    QVERIFY(!j["address_matches"].get<bool>());
    QVERIFY(!j["amount_matches"].get<bool>());
    QCOMPARE(j["received"].get<std::string>(), std::string("0.000000"));
}

void TestSyncdChainHints::unknownAndPending()
{
    const auto unknown = hint(proofFor(txidOf('f'))).json;
    QCOMPARE(unknown["state"].get<std::string>(), std::string("not_found"));
    QVERIFY(!unknown.contains("received"));
    QVERIFY(!unknown.contains("amount_matches"));

    const auto txid = txidOf('1');
    FakeTronscan::Transaction tx; // not in a block yet
    tx.transfers = {{kDeposit, kUsdt, "100000000"}};
    m_explorer->setTransaction(txid, tx);
    const auto pending = hint(proofFor(txid)).json;
    QCOMPARE(pending["state"].get<std::string>(), std::string("found"));
    QVERIFY(!pending.contains("confirmations"));
    QVERIFY(!pending.contains("block_time"));
    QVERIFY(pending["amount_matches"].get<bool>());
}

void TestSyncdChainHints::explorerFailures()
{
    const auto check = [&](const FakeTronscan::Fault &fault, char digit, const char *expected) {
        const auto txid = txidOf(digit);
        m_explorer->setTransaction(txid, inBlock("100000000"));
        const auto proof = proofFor(txid);
        m_explorer->failNext(fault);
        const auto answer = hint(proof);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json["state"].get<std::string>(), std::string("unavailable"));
        const auto detail = answer.json["detail"].get<std::string>();
        QVERIFY2(detail.find(expected) != std::string::npos, detail.c_str());
        QVERIFY(!answer.json.contains("retry_after_seconds"));
        // A failure is not remembered: the next look finds the transaction.
        const auto again = hint(proof);
        QCOMPARE(again.json["state"].get<std::string>(), std::string("found"));
    };
    check({500, std::nullopt, R"({"message":"Internal Server Error"})", {}}, '2', "HTTP 500");
    check({503, std::nullopt, "<html>maintenance</html>", {}}, '3', "HTTP 503");
    check({200, std::nullopt, "<html>not json</html>", {}}, '4', "not a JSON object");
    check({200, std::nullopt, R"({"hash":")" + txidOf('5') + R"(","trc20TransferInfo":"oops"})", {}}, '5',
          "not a list");
    check({200,
           std::nullopt,
           R"({"hash":")" + txidOf('6') + R"(","contractRet":"SUCCESS","trc20TransferInfo":[{"to_address":")" +
               kDeposit + R"(","contract_address":")" + kUsdt + R"(","amount_str":"1e8","decimals":6}]})",
           {}},
          '6', "not a count of base units");
    check({200, std::nullopt, R"({"hash":")" + txidOf('0') + R"("})", {}}, '7', "another transaction");
    check({200, std::nullopt, std::string(2 * 1024 * 1024, ' '), {}}, '8', "over 1048576 bytes");
    check({200, std::nullopt, "{}", std::chrono::milliseconds(1500)}, '9', "no answer");
}

void TestSyncdChainHints::throttlingIsObeyed()
{
    const auto txid = std::string(63, 'a') + "b";
    m_explorer->setTransaction(txid, inBlock("100000000"));
    const auto proof = proofFor(txid);
    m_explorer->failNext({429, 120, R"({"message":"rate limit"})", {}});
    const auto first = hint(proof);
    QCOMPARE(first.json["state"].get<std::string>(), std::string("unavailable"));
    QCOMPARE(first.json["retry_after_seconds"].get<std::int64_t>(), 120);
    // Asked again at once: the desk keeps quiet towards Tronscan and says how long it waits.
    const auto before = m_explorer->requestedHashes().size();
    const auto second = hint(proof);
    QCOMPARE(second.json["state"].get<std::string>(), std::string("unavailable"));
    const auto wait = second.json["retry_after_seconds"].get<std::int64_t>();
    QVERIFY2(wait >= 100 && wait <= 120, std::to_string(wait).c_str());
    QCOMPARE(m_explorer->requestedHashes().size(), before);
}

void TestSyncdChainHints::answersAreReusedBriefly()
{
    // Five operators opening one proof cost one question to the explorer: for a few seconds the
    // answer comes from memory, even if the chain moved on meanwhile.
    const auto txid = std::string(63, 'e') + "f";
    auto tx = inBlock("100000000", 7);
    m_explorer->setTransaction(txid, tx);
    const auto proof = proofFor(txid);
    QCOMPARE(hint(proof).json["confirmations"].get<std::int64_t>(), 7);
    const auto asked = m_explorer->requestedHashes().size();
    tx.confirmations = 8;
    m_explorer->setTransaction(txid, tx);
    const auto again = hint(proof, &m_world->senior1).json;
    QCOMPARE(again["confirmations"].get<std::int64_t>(), 7);
    QCOMPARE(m_explorer->requestedHashes().size(), asked);
}

void TestSyncdChainHints::flagOffAndOtherNetworks()
{
    const auto proof = proofFor(txidOf('c'));
    auto admin = m_world->as(m_world->admin);
    QCOMPARE(admin
                 .request("PUT", "/api/v1/admin/flags/explorer_hints",
                          nlohmann::json{{"enabled", false}, {"reason", "explorer contract ended"}}.dump(),
                          "application/json")
                 .status,
             200);
    const auto before = m_explorer->requestedHashes().size();
    const auto off = hint(proof).json;
    QCOMPARE(off["state"].get<std::string>(), std::string("disabled"));
    QCOMPARE(off["expected_amount"].get<std::string>(), std::string("100.000000"));
    QCOMPARE(m_explorer->requestedHashes().size(), before);
    QCOMPARE(admin
                 .request("PUT", "/api/v1/admin/flags/explorer_hints",
                          nlohmann::json{{"enabled", true}, {"reason", "explorer back"}}.dump(), "application/json")
                 .status,
             200);

    // An order on a network without an explorer: the proof's network is the order's.
    const auto order = m_world->scalar("SELECT order_id FROM attachments WHERE id = " + std::to_string(proof));
    m_world->sql("UPDATE orders SET asset = 'USDT', network = 'ETHEREUM' WHERE id = " + order);
    m_world->sql("UPDATE attachments SET txid = '0x" + txidOf('c') + "' WHERE id = " + std::to_string(proof));
    const auto none = hint(proof).json;
    QCOMPARE(none["state"].get<std::string>(), std::string("no_explorer"));
    QCOMPARE(none["network"].get<std::string>(), std::string("ETHEREUM"));
    QCOMPARE(m_explorer->requestedHashes().size(), before);
}

void TestSyncdChainHints::whoMayAsk()
{
    const auto proof = proofFor(txidOf('d'));
    QCOMPARE(hint(proof, &m_world->senior1).status, 200);
    QCOMPARE(hint(proof, &m_world->admin).status, 403);
    auto anonymous = m_world->server->client();
    QCOMPARE(anonymous.get(path("/api/v1/proofs/{id}/chain-hint", proof)).status, 401);
    // A file proof has no hint; an unknown id neither.
    const auto order = m_world->scalar("SELECT order_id FROM attachments WHERE id = " + std::to_string(proof));
    const auto file = std::stoll(m_world->scalar(
        "INSERT INTO attachments (order_id, kind, sha256, size_bytes, mime, storage_key, uploader) VALUES (" + order +
        ", 'proof_file', decode(repeat('ab', 32), 'hex'), 3, 'image/png', 'ab/cd', 'operator:1') RETURNING id"));
    const auto fileHint = hint(file);
    QCOMPARE(fileHint.status, 404);
    QCOMPARE(fileHint.json["error"]["code"].get<std::string>(), std::string("not_found"));
    QCOMPARE(hint(proof + 100000).status, 404);
}

QTEST_GUILESS_MAIN(TestSyncdChainHints)
#include "tst_syncd_chain_hints.moc"
