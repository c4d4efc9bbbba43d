// On-chain hints beside txid proofs (issue 12: "a hint, never an automatic verification"), over the
// real API with a real PostgreSQL and a local Tronscan double (FakeTronscan) in the public API's
// shape: what matches and what does not (amount, address, a look-alike token, a failed transfer),
// the explorer down, throttling, slow, malformed or huge, the feature flag off, a network without an
// explorer, and who may ask.
#include "chain/EtherscanExplorer.h"
#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/test/FakeEsplora.h"
#include "p2pdesk/test/FakeEtherscan.h"
#include "p2pdesk/test/FakeTronscan.h"

#include <QTest>

#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

namespace {

constexpr const char *kDeposit = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"; // the fixture's hot wallet
constexpr const char *kUsdt = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
constexpr const char *kLookAlike = "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj";
constexpr const char *kBtcDeposit = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4";

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
    void bitcoinThroughEsplora();
    void esploraFailures();
    // Etherscan, asked directly (the API's part is network-agnostic and covered above).
    void etherscanTokenAndEther();
    void etherscanPendingAndReverted();
    void etherscanRefusals();
    void etherscanBalances();
    void whoMayAsk();

private:
    // A sell order of `amount` USDT/TRON to the fixture's hot wallet with a txid proof; returns the
    // proof's id.
    std::int64_t proofFor(const std::string &txid, const std::string &amount = "100.000000");
    HttpsResult hint(std::int64_t proofId, const TestOperator *as = nullptr);

    // A BTC sell of `amount` to a BTC hot wallet with a txid proof; returns the proof's id.
    std::int64_t bitcoinProofFor(const std::string &txid, const std::string &amount = "0.01500000");

    std::unique_ptr<FakeTronscan> m_explorer;
    std::unique_ptr<FakeEsplora> m_bitcoin;
    std::unique_ptr<OrdersWorld> m_world;
};

void TestSyncdChainHints::initTestCase()
{
    m_explorer = std::make_unique<FakeTronscan>();
    m_bitcoin = std::make_unique<FakeEsplora>();
    SyncdTestServerOptions options;
    options.config = {{"explorer.tron.provider", "tronscan"},
                      {"explorer.tron.url", m_explorer->url()},
                      {"explorer.bitcoin.provider", "esplora"},
                      {"explorer.bitcoin.url", m_bitcoin->url()},
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
    m_bitcoin.reset();
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
    // Who sent it: the customer's side, what an AML screening looks at.
    QVERIFY2(j["senders"] == nlohmann::json::array({"TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR"}), j.dump().c_str());
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

std::int64_t TestSyncdChainHints::bitcoinProofFor(const std::string &txid, const std::string &amount)
{
    const auto usdtProof = proofFor(std::string(64, '0'));
    const auto order = m_world->scalar("SELECT order_id FROM attachments WHERE id = " + std::to_string(usdtProof));
    auto wallet = m_world->scalar("SELECT id FROM crypto_wallets WHERE address = '" + std::string(kBtcDeposit) + "'");
    if (wallet.empty())
        wallet = m_world->scalar("INSERT INTO crypto_wallets (provider, kind, asset, network, address) VALUES "
                                 "('test', 'hot', 'BTC', 'BITCOIN', '" +
                                 std::string(kBtcDeposit) + "') RETURNING id");
    m_world->sql("UPDATE orders SET asset = 'BTC', network = 'BITCOIN', amount_crypto = " + amount +
                 ", deposit_wallet_id = " + wallet + " WHERE id = " + order);
    m_world->sql("UPDATE attachments SET txid = '" + txid + "' WHERE id = " + std::to_string(usdtProof));
    return usdtProof;
}

void TestSyncdChainHints::bitcoinThroughEsplora()
{
    // 0.015 BTC to the deposit address and the change back to the sender, 6 blocks deep.
    const auto txid = std::string(63, 'b') + "1";
    FakeEsplora::Transaction tx;
    tx.blockHeight = 869'995;
    tx.blockTime = 1'796'000'000;
    tx.outputs = {{kBtcDeposit, 1'500'000}, {"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", 730'000}, {"", 0}};
    m_bitcoin->setTransaction(txid, tx);
    m_bitcoin->setTipHeight(870'000);
    auto j = hint(bitcoinProofFor(txid)).json;
    QVERIFY2(j.value("state", "") == "found", j.dump().c_str());
    QCOMPARE(j["network"].get<std::string>(), std::string("BITCOIN"));
    QVERIFY(j["explorer"].get<std::string>().rfind("Esplora 127.0.0.1", 0) == 0);
    QVERIFY(j["succeeded"].get<bool>());
    QCOMPARE(j["confirmations"].get<std::int64_t>(), 6);
    QCOMPARE(j["block_time"].get<std::string>(), std::string("2026-11-30T00:53:20Z"));
    QCOMPARE(j["expected_address"].get<std::string>(), std::string(kBtcDeposit));
    QCOMPARE(j["received"].get<std::string>(), std::string("0.01500000"));
    QVERIFY(j["address_matches"].get<bool>());
    QVERIFY(j["amount_matches"].get<bool>());
    QCOMPARE(j["other_transfers"].get<std::int64_t>(), 0);
    // The spent outputs' addresses are the sender's side.
    QVERIFY2(j["senders"] == nlohmann::json::array({"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"}), j.dump().c_str());

    // Short by a satoshi.
    const auto shortTxid = std::string(63, 'b') + "2";
    tx.outputs = {{kBtcDeposit, 1'499'999}};
    m_bitcoin->setTransaction(shortTxid, tx);
    j = hint(bitcoinProofFor(shortTxid)).json;
    QVERIFY(j["address_matches"].get<bool>());
    QVERIFY(!j["amount_matches"].get<bool>());
    QCOMPARE(j["received"].get<std::string>(), std::string("0.01499999"));

    // In the mempool: no confirmations, no tip asked.
    const auto pendingTxid = std::string(63, 'b') + "3";
    FakeEsplora::Transaction pending;
    pending.outputs = {{kBtcDeposit, 1'500'000}};
    m_bitcoin->setTransaction(pendingTxid, pending);
    const auto asked = m_bitcoin->requestedPaths().size();
    j = hint(bitcoinProofFor(pendingTxid)).json;
    QCOMPARE(j["state"].get<std::string>(), std::string("found"));
    QVERIFY(!j.contains("confirmations"));
    QVERIFY(j["amount_matches"].get<bool>());
    QCOMPARE(m_bitcoin->requestedPaths().size(), asked + 1);

    // Unknown to the explorer: Esplora's 404 is an answer, not a fault.
    j = hint(bitcoinProofFor(std::string(63, 'b') + "4")).json;
    QCOMPARE(j["state"].get<std::string>(), std::string("not_found"));
}

void TestSyncdChainHints::esploraFailures()
{
    const auto check = [&](const FakeEsplora::Fault &fault, char digit, const char *expected, int times = 1) {
        const auto txid = std::string(63, 'c') + digit;
        FakeEsplora::Transaction tx;
        tx.blockHeight = 869'000;
        tx.outputs = {{kBtcDeposit, 1'500'000}};
        m_bitcoin->setTransaction(txid, tx);
        const auto proof = bitcoinProofFor(txid);
        m_bitcoin->failNext(fault, times);
        const auto answer = hint(proof);
        QCOMPARE(answer.json["state"].get<std::string>(), std::string("unavailable"));
        const auto detail = answer.json["detail"].get<std::string>();
        QVERIFY2(detail.find(expected) != std::string::npos, detail.c_str());
    };
    check({500, std::nullopt, "Internal Server Error", {}}, '1', "HTTP 500");
    check({400, std::nullopt, "Invalid hex string", {}}, '2', "HTTP 400");
    check({200, std::nullopt, "<html>not json</html>", {}}, '3', "not a JSON object");
    check({200, std::nullopt, R"({"txid":")" + std::string(64, 'f') + R"("})", {}}, '4', "another transaction");
    check({200,
           std::nullopt,
           R"({"txid":")" + std::string(63, 'c') +
               R"(5","vout":[{"scriptpubkey_address":"x","value":-1}],)"
               R"("status":{"confirmed":false}})",
           {}},
          '5', "no value in satoshis");
    check(
        {200, std::nullopt, R"({"txid":")" + std::string(63, 'c') + R"(6","vout":[],"status":{"confirmed":true}})", {}},
        '6', "without a block height");
    check({200, std::nullopt, std::string(2 * 1024 * 1024, ' '), {}}, '7', "over 1048576 bytes");
    // Throttled: the hint says how long the desk keeps quiet, and asks nothing meanwhile.
    FakeEsplora::Transaction tx;
    tx.blockHeight = 869'000;
    tx.outputs = {{kBtcDeposit, 1'500'000}};
    const auto throttled = std::string(63, 'c') + "9";
    m_bitcoin->setTransaction(throttled, tx);
    const auto quiet = bitcoinProofFor(throttled);
    m_bitcoin->failNext({429, 90, "Too Many Requests", {}});
    QCOMPARE(hint(quiet).json["retry_after_seconds"].get<std::int64_t>(), 90);
    const auto asked = m_bitcoin->requestedPaths().size();
    QCOMPARE(hint(quiet).json["state"].get<std::string>(), std::string("unavailable"));
    QCOMPARE(m_bitcoin->requestedPaths().size(), asked);
}

namespace {

constexpr const char *kEthDeposit = "0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B";
constexpr const char *kUsdtErc20 = "0xdac17f958d2ee523a2206206994597c13d831ec7"; // as logs spell it

std::string ethTxid(char digit)
{
    return "0x" + std::string(64, digit);
}

domain::Asset assetOf(const char *code)
{
    return *domain::findAsset(code, "ETHEREUM");
}

} // namespace

void TestSyncdChainHints::etherscanTokenAndEther()
{
    FakeEtherscan fake;
    syncd::chain::EtherscanExplorer explorer(fake.url(), "key-123", std::chrono::milliseconds(700));
    QVERIFY(explorer.name().rfind("Etherscan 127.0.0.1", 0) == 0);
    // 150 USDT to the deposit address (the log names it in lower case), 12 blocks deep.
    FakeEtherscan::Transaction tx;
    tx.blockNumber = 20'999'989;
    tx.blockTime = 1'796'000'000;
    tx.to = kUsdtErc20;
    tx.logs = {{kUsdtErc20, "0xab5801a7d398351b8be11c439e05c5b3259aec9b", 150'000'000},
               {"0x1111111111111111111111111111111111111111", "0xab5801a7d398351b8be11c439e05c5b3259aec9b", 5}};
    fake.setTransaction(ethTxid('a'), tx);
    const auto usdt = assetOf("USDT");
    const auto found = explorer.transaction(usdt, ethTxid('a'));
    QVERIFY(found.found);
    QVERIFY(found.succeeded);
    QCOMPARE(found.confirmations.value_or(-1), 12);
    QVERIFY(found.blockTime.has_value());
    QCOMPARE(std::chrono::duration_cast<std::chrono::seconds>(found.blockTime->time_since_epoch()).count(),
             1'796'000'000LL);
    QCOMPARE(found.transfers.size(), std::size_t(2));
    const auto comparison =
        domain::compareTransfers(usdt, found.transfers, kEthDeposit, domain::Decimal::parse("150.000000", 6).value());
    QVERIFY(comparison);
    QVERIFY(comparison.value().addressMatches);
    QVERIFY(comparison.value().amountMatches);
    QCOMPARE(comparison.value().otherAssetTransfers, 1); // the other token's log
    // The USDT's holder as its Transfer log names it (the other token's sender is not listed).
    QCOMPARE(found.senders, std::vector<std::string>{"0x292f04a44506c2fd49bac032e1ca148c35a478c8"});
    QCOMPARE(fake.requestedActions(),
             (std::vector<std::string>{"proxy.eth_getTransactionByHash", "proxy.eth_getTransactionReceipt",
                                       "proxy.eth_blockNumber", "proxy.eth_getBlockByNumber"}));
    QCOMPARE(fake.apiKeys().front(), std::string("key-123"));

    // 1.5 ETH in the transaction's value: 18 decimals, shown at 8.
    FakeEtherscan::Transaction ether;
    ether.blockNumber = 21'000'000;
    ether.to = "0xab5801a7d398351b8be11c439e05c5b3259aec9b";
    ether.valueWei = 1'500'000'000'000'000'001ULL;
    fake.setTransaction(ethTxid('b'), ether);
    const auto eth = explorer.transaction(assetOf("ETH"), ethTxid('b'));
    QCOMPARE(eth.transfers.size(), std::size_t(1));
    QCOMPARE(eth.transfers[0].amount.toString(), std::string("1.50000000"));
    QVERIFY(eth.transfers[0].token.empty());
    QCOMPARE(eth.senders, std::vector<std::string>{"0x292f04a44506c2fd49bac032e1ca148c35a478c8"});
    QCOMPARE(eth.confirmations.value_or(-1), 1);

    // Unknown to Etherscan.
    QVERIFY(!explorer.transaction(usdt, ethTxid('c')).found);
}

void TestSyncdChainHints::etherscanPendingAndReverted()
{
    FakeEtherscan fake;
    syncd::chain::EtherscanExplorer explorer(fake.url(), "", std::chrono::milliseconds(700));
    const auto usdt = assetOf("USDT");
    // Not in a block: no receipt; the transfer(address,uint256) call says where the tokens go.
    FakeEtherscan::Transaction pending;
    pending.to = kUsdtErc20;
    pending.input = "0xa9059cbb000000000000000000000000ab5801a7d398351b8be11c439e05c5b3259aec9b"
                    "0000000000000000000000000000000000000000000000000000000008f0d180";
    fake.setTransaction(ethTxid('d'), pending);
    const auto waiting = explorer.transaction(usdt, ethTxid('d'));
    QVERIFY(waiting.found);
    QVERIFY(!waiting.confirmations);
    QCOMPARE(waiting.transfers.size(), std::size_t(1));
    QCOMPARE(waiting.transfers[0].amount.toString(), std::string("150.000000"));
    QCOMPARE(fake.requestedActions(), (std::vector<std::string>{"proxy.eth_getTransactionByHash"}));

    // Reverted (out of gas): mined, with a txid, and it moved nothing.
    FakeEtherscan::Transaction reverted;
    reverted.blockNumber = 20'999'000;
    reverted.to = kUsdtErc20;
    reverted.succeeded = false;
    fake.setTransaction(ethTxid('e'), reverted);
    const auto failed = explorer.transaction(usdt, ethTxid('e'));
    QVERIFY(failed.found);
    QVERIFY(!failed.succeeded);
    QVERIFY(failed.transfers.empty());
}

void TestSyncdChainHints::etherscanRefusals()
{
    FakeEtherscan fake;
    syncd::chain::EtherscanExplorer explorer(fake.url(), "", std::chrono::milliseconds(700));
    const auto usdt = assetOf("USDT");
    const auto refused = [&](const FakeEtherscan::Fault &fault, const char *expected, bool throttled) {
        fake.failNext(fault);
        try {
            explorer.transaction(usdt, ethTxid('f'));
            QFAIL("Etherscan's refusal should be an error");
        } catch (const syncd::service::BlockExplorerError &error) {
            QVERIFY2(std::string(error.what()).find(expected) != std::string::npos, error.what());
            QCOMPARE(error.retryAfter().has_value(), throttled);
        }
    };
    // Etherscan says "slow down" with HTTP 200.
    refused({200,
             std::nullopt,
             R"json({"status":"0","message":"NOTOK","result":"Max calls per sec rate limit reached (5/sec)"})json",
             {}},
            "rate limit reached", true);
    refused({200, std::nullopt, R"({"status":"0","message":"NOTOK","result":"Invalid API Key (#err2)|"})", {}},
            "Invalid API Key", false);
    refused(
        {200, std::nullopt, R"({"jsonrpc":"2.0","id":1,"error":{"code":-32602,"message":"invalid argument 0"}})", {}},
        "invalid argument 0", false);
    refused({429, 30, "{}", {}}, "HTTP 429", true);
    refused({502, std::nullopt, "<html>bad gateway</html>", {}}, "HTTP 502", false);
    refused({200, std::nullopt, "[1,2]", {}}, "not a JSON object", false);
    refused({200, std::nullopt, R"({"jsonrpc":"2.0","id":1})", {}}, "has no result", false);
    refused({200, std::nullopt, R"({"jsonrpc":"2.0","id":1,"result":{"hash":"0x00"}})", {}}, "another transaction",
            false);
    refused({200,
             std::nullopt,
             R"({"jsonrpc":"2.0","id":1,"result":{"hash":")" + ethTxid('f') + R"(","value":"12","blockNumber":null}})",
             {}},
            "not a hex quantity", false);
}

void TestSyncdChainHints::etherscanBalances()
{
    FakeEtherscan fake;
    syncd::chain::EtherscanExplorer explorer(fake.url(), "key-9", std::chrono::milliseconds(700));
    fake.setBalance(kEthDeposit, "0xdAC17F958D2ee523a2206206994597C13D831ec7", "2500000000");
    fake.setBalance(kEthDeposit, "", "3000000000000000000");
    QCOMPARE(explorer.balance(assetOf("USDT"), kEthDeposit).toString(), std::string("2500.000000"));
    QCOMPARE(explorer.balance(assetOf("ETH"), kEthDeposit).toString(), std::string("3.00000000"));
    QCOMPARE(explorer.balance(assetOf("USDC"), kEthDeposit).toString(), std::string("0.000000"));
    QCOMPARE(fake.requestedActions(),
             (std::vector<std::string>{"account.tokenbalance", "account.balance", "account.tokenbalance"}));
    fake.failNext({200, std::nullopt, R"({"status":"1","message":"OK","result":"12.5"})", {}});
    QVERIFY_THROWS_EXCEPTION(syncd::service::BlockExplorerError, explorer.balance(assetOf("USDT"), kEthDeposit));
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
