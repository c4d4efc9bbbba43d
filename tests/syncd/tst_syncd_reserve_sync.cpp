// Crypto reserves recounted from the desk's hot wallets (issue 12: "an optional sync worker reading
// wallet balances from a block-explorer API"), with a real PostgreSQL, the real syncd and a local
// Tronscan double (FakeTronscan) in the public API's shape. Rounds are run directly
// (ReserveSyncWorker::runOnce) with an injected clock; the last case lets syncd's own timer do it.
#include "app/Services.h"
#include "chain/EsploraExplorer.h"
#include "chain/TronscanExplorer.h"
#include "tst_syncd_orders_fixture.h"
#include "workers/ReserveSyncWorker.h"

#include "p2pdesk/test/FakeEsplora.h"
#include "p2pdesk/test/FakeTronscan.h"

#include <QTest>

#include <chrono>
#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;
using namespace std::chrono_literals;
using syncd::workers::ReserveSyncWorker;

namespace {

constexpr const char *kHot1 = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"; // the fixture's hot wallet
constexpr const char *kHot2 = "TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW";
constexpr const char *kCold = "TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR";
constexpr const char *kRetired = "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7";
constexpr const char *kUsdt = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
constexpr const char *kLookAlike = "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj";
constexpr const char *kReserves = "/api/v1/admin/reserves";
constexpr const char *kBtcHot1 = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4";
constexpr const char *kBtcHot2 = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy";

nlohmann::json reserveOf(HttpsTestClient &client, std::int64_t id)
{
    const auto list = client.get(kReserves);
    if (list.status != 200)
        qFatal("the reserves were not listed: %d %s", list.status, list.body.c_str());
    for (const auto &item : list.json.at("items")) {
        if (item.at("id").get<std::int64_t>() == id)
            return item;
    }
    return nullptr;
}

std::string figures(const nlohmann::json &reserve)
{
    return reserve.at("amount").get<std::string>() + "/" + reserve.at("committed").get<std::string>() + "/" +
           reserve.at("available").get<std::string>();
}

// Tronscan's answer listing `rows` (tokenId, balance, tokenDecimal) for an address.
std::string tokensBody(const nlohmann::json &rows)
{
    return nlohmann::json{{"total", rows.size()}, {"data", rows}}.dump();
}

} // namespace

class TestSyncdReserveSync final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void theHotWalletsBecomeTheReserve();
    void anUnchangedBalanceIsNotedQuietly();
    void payoutsOfTheSettlePeriodStillCount();
    void aHandCountAndTheSyncTakeTurns();
    void aWalletThatCannotBeReadLeavesTheReserve();
    void whatTheExplorerSaysIsChecked();
    void throttlingIsObeyed();
    void bitcoinThroughEsplora();
    void switchedOffOrNothingToRead();
    void oneWorkerPerDatabase();
    // Last: it replaces the shared world with one whose syncd has an explorer configured.
    void syncdRunsItOnItsTimer();

private:
    std::unique_ptr<ReserveSyncWorker> worker(std::chrono::seconds settle = 600s);
    ReserveSyncWorker::TickResult run(std::chrono::seconds settle = 600s) { return worker(settle)->runOnce(); }
    void setFlag(bool on);
    std::int64_t usdtReserve(const std::string &amount = "1000.000000");
    // reserve.sync rows written since the test began.
    long long syncAudits() const
    {
        return m_world->count("SELECT count(*) FROM audit_log WHERE action = 'reserve.sync'") - m_auditsBefore;
    }

    std::unique_ptr<FakeTronscan> m_explorer;
    std::unique_ptr<FakeEsplora> m_bitcoin;
    std::unique_ptr<OrdersWorld> m_world;
    std::chrono::system_clock::time_point m_now{};
    long long m_auditsBefore = 0;
};

void TestSyncdReserveSync::initTestCase()
{
    // One world for the directly run rounds (a migrated database and syncd take seconds); each
    // test starts from no reserve, the wallets below and a fresh explorer double.
    m_world = std::make_unique<OrdersWorld>();
    // Beside the fixture's hot wallet: a second hot one, a cold one, a retired hot one and one of
    // another asset. Only the two active hot USDT/TRON wallets make the reserve.
    m_world->sql("INSERT INTO crypto_wallets (provider, kind, asset, network, address) VALUES "
                 "('test', 'hot', 'USDT', 'TRON', '" +
                 std::string(kHot2) + "'), ('test', 'cold', 'USDT', 'TRON', '" + kCold +
                 "'), ('test', 'hot', 'USDT', 'TRON', '" + kRetired +
                 "'), ('test', 'hot', 'USDC', 'ETHEREUM', '0x52908400098527886E0F7030069857D2E4169EE7'), "
                 "('test', 'hot', 'BTC', 'BITCOIN', '" +
                 kBtcHot1 + "'), ('test', 'hot', 'BTC', 'BITCOIN', '" + kBtcHot2 + "')");
}

void TestSyncdReserveSync::cleanupTestCase()
{
    m_world.reset();
}

void TestSyncdReserveSync::init()
{
    m_explorer = std::make_unique<FakeTronscan>();
    m_explorer->setBalance(kHot1, kUsdt, "1500500000");
    m_explorer->setBalance(kHot2, kUsdt, "250000000");
    m_explorer->setBalance(kCold, kUsdt, "99999000000");
    m_explorer->setBalance(kRetired, kUsdt, "77000000");
    m_bitcoin = std::make_unique<FakeEsplora>();
    m_now = std::chrono::system_clock::now();
    m_world->sql("DELETE FROM reserves");
    m_world->sql("UPDATE crypto_wallets SET active = (address <> '" + std::string(kRetired) + "')");
    if (m_world->scalar("SELECT enabled FROM feature_flags WHERE key = 'reserve_sync'") != "t")
        setFlag(true);
    m_auditsBefore = 0;
    m_auditsBefore = syncAudits();
}

void TestSyncdReserveSync::cleanup()
{
    m_explorer.reset();
    m_bitcoin.reset();
}

std::unique_ptr<ReserveSyncWorker> TestSyncdReserveSync::worker(std::chrono::seconds settle)
{
    auto &services = m_world->server->app().services();
    ReserveSyncWorker::Explorers explorers;
    explorers["TRON"] = std::make_shared<syncd::chain::TronscanExplorer>(m_explorer->url(), "", 700ms);
    explorers["BITCOIN"] = std::make_shared<syncd::chain::EsploraExplorer>(m_bitcoin->url(), 700ms);
    return std::make_unique<ReserveSyncWorker>(services.pool(), services.reserves(), explorers, settle,
                                               [this] { return m_now; });
}

void TestSyncdReserveSync::setFlag(bool on)
{
    auto admin = m_world->as(m_world->admin);
    QCOMPARE(admin
                 .request("PUT", "/api/v1/admin/flags/reserve_sync",
                          nlohmann::json{{"enabled", on}, {"reason", "count the hot wallets"}}.dump(),
                          "application/json")
                 .status,
             200);
}

std::int64_t TestSyncdReserveSync::usdtReserve(const std::string &amount)
{
    auto senior = m_world->as(m_world->senior2);
    const auto created = senior.post(kReserves, {{"kind", "crypto"},
                                                 {"asset", "USDT"},
                                                 {"network", "TRON"},
                                                 {"amount", amount},
                                                 {"export_code", "USDTTRC20"},
                                                 {"reason", "hot wallet balance on the explorer"}});
    if (created.status != 201)
        qFatal("reserve not created: %s", created.body.c_str());
    return created.json.at("id").get<std::int64_t>();
}

void TestSyncdReserveSync::theHotWalletsBecomeTheReserve()
{
    const auto id = usdtReserve();
    auto senior = m_world->as(m_world->senior2);
    const auto before = reserveOf(senior, id);
    const auto since = std::stoll(m_world->scalar("SELECT coalesce(max(seq), 0) FROM change_events"));

    const auto result = run();
    QVERIFY(result.leader);
    QCOMPARE(result.reserves, 1);
    QCOMPARE(result.changed, 1);
    QCOMPARE(result.failed, 0);
    // Only the active hot wallets of the reserve's asset and network were asked about.
    QCOMPARE(m_explorer->requestedAddresses(), (std::vector<std::string>{kHot1, kHot2}));

    const auto after = reserveOf(senior, id);
    QCOMPARE(figures(after), std::string("1750.500000/0.000000/1750.500000"));
    QCOMPARE(after.at("version").get<std::int64_t>(), before.at("version").get<std::int64_t>() + 1);
    QVERIFY2(after.value("synced_from", "").rfind("Tronscan 127.0.0.1", 0) == 0, after.dump().c_str());
    QVERIFY(after.contains("synced_at"));
    QVERIFY(!after.contains("updated_by")); // nobody typed it
    QCOMPARE(after.at("export_code").get<std::string>(), std::string("USDTTRC20"));

    // Audited as the system's, with what each wallet held and the explorer that said so.
    QCOMPARE(syncAudits(), 1LL);
    const auto audit = nlohmann::json::parse(
        m_world->scalar("SELECT json_build_object('actor', actor, 'reason', reason, 'payload', payload)::text "
                        "FROM audit_log WHERE action = 'reserve.sync'"));
    QCOMPARE(audit.at("actor").get<std::string>(), std::string("system"));
    QVERIFY(audit.at("reason").get<std::string>().find("2 hot wallet") != std::string::npos);
    const auto &payload = audit.at("payload");
    QCOMPARE(payload.at("old").at("amount").get<std::string>(), std::string("1000.000000"));
    QCOMPARE(payload.at("amount").get<std::string>(), std::string("1750.500000"));
    QCOMPARE(payload.at("wallets").size(), std::size_t(2));
    QCOMPARE(payload.at("wallets")[0].at("address").get<std::string>(), std::string(kHot1));
    QCOMPARE(payload.at("wallets")[0].at("balance").get<std::string>(), std::string("1500.500000"));
    QCOMPARE(payload.at("settle_seconds").get<std::int64_t>(), 600);

    // Announced on the change feed like a hand count.
    const auto events = awaitFeedEvents(senior, since, [id](const nlohmann::json &event) {
        return event.at("kind") == "reserve.updated" && event.at("payload").at("reserve_id") == id;
    });
    QVERIFY(!events.empty());
}

void TestSyncdReserveSync::anUnchangedBalanceIsNotedQuietly()
{
    const auto id = usdtReserve();
    QCOMPARE(run().changed, 1);
    auto senior = m_world->as(m_world->senior2);
    const auto first = reserveOf(senior, id);
    const auto firstReading = m_world->scalar("SELECT synced_at::text FROM reserves WHERE id = " + std::to_string(id));
    const auto events = m_world->count("SELECT count(*) FROM change_events WHERE kind = 'reserve.updated'");

    const auto again = run();
    QCOMPARE(again.reserves, 1);
    QCOMPARE(again.changed, 0);
    const auto second = reserveOf(senior, id);
    QCOMPARE(second.at("version").get<std::int64_t>(), first.at("version").get<std::int64_t>());
    QCOMPARE(second.at("updated_at").get<std::string>(), first.at("updated_at").get<std::string>());
    QCOMPARE(m_world->scalar("SELECT synced_at > '" + firstReading +
                             "'::timestamptz FROM reserves WHERE id = " + std::to_string(id)),
             std::string("t"));
    QCOMPARE(syncAudits(), 1LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM change_events WHERE kind = 'reserve.updated'"), events);

    // A wallet moves: a new version.
    m_explorer->setBalance(kHot2, kUsdt, "200000000");
    QCOMPARE(run().changed, 1);
    QCOMPARE(figures(reserveOf(senior, id)), std::string("1700.500000/0.000000/1700.500000"));
    QCOMPARE(syncAudits(), 2LL);
}

void TestSyncdReserveSync::payoutsOfTheSettlePeriodStillCount()
{
    const auto id = usdtReserve();
    auto senior = m_world->as(m_world->senior2);
    auto op = m_world->as(m_world->op1);
    // A buy of 100 USDT paid out to its customer a minute ago: the explorer may or may not show the
    // wallet without it yet. (Lifecycles are other tests' business; the record is what counts.)
    const auto created = createOrder(op, 9301);
    QCOMPARE(created.status, 201);
    const auto orderId = std::to_string(created.json.at("id").get<std::int64_t>());
    m_world->sql("UPDATE orders SET direction = 'fiat_to_crypto', status = 'COMPLETED', final_rate = 99, "
                 "closed_at = now() - interval '1 minute' WHERE id = " +
                 orderId);
    m_world->sql("INSERT INTO order_history (order_id, at, actor, from_status, to_status, order_version) VALUES (" +
                 orderId + ", now() - interval '1 minute', 'system', 'PROCESSING_PAYOUT', 'PAID_OUT', 7)");
    // Paid before the hand count: already in the counted balance.
    QCOMPARE(figures(reserveOf(senior, id)), std::string("1000.000000/0.000000/1000.000000"));

    // Read now with ten minutes' settle: the payout counts again, the reserve is understated.
    QCOMPARE(run(600s).changed, 1);
    QCOMPARE(figures(reserveOf(senior, id)), std::string("1750.500000/100.000000/1650.500000"));
    // The next reading, with no settle period left over it, counts it no more — even though the
    // balance did not move (the point orders count from moves up, never back).
    QCOMPARE(run(0s).changed, 0);
    QCOMPARE(figures(reserveOf(senior, id)), std::string("1750.500000/0.000000/1750.500000"));
    QCOMPARE(run(600s).changed, 0);
    QCOMPARE(figures(reserveOf(senior, id)), std::string("1750.500000/0.000000/1750.500000"));
    // Out of the way of the next tests' settle periods.
    m_world->sql("UPDATE orders SET closed_at = closed_at - interval '1 day' WHERE id = " + orderId);
    m_world->sql("UPDATE order_history SET at = at - interval '1 day' WHERE to_status = 'PAID_OUT' AND order_id = " +
                 orderId);
}

void TestSyncdReserveSync::aHandCountAndTheSyncTakeTurns()
{
    const auto id = usdtReserve();
    QCOMPARE(run().changed, 1);
    auto senior = m_world->as(m_world->senior2);
    const auto synced = reserveOf(senior, id);
    // A senior recounts by hand (the explorer was wrong, or a wallet was emptied to cold storage).
    const auto counted = senior.request("PUT", std::string(kReserves) + "/" + std::to_string(id),
                                        nlohmann::json{{"amount", "900.000000"},
                                                       {"export_code", "USDTTRC20"},
                                                       {"version", synced.at("version")},
                                                       {"reason", "moved 850 to cold storage"}}
                                            .dump(),
                                        "application/json");
    QCOMPARE(counted.status, 200);
    QVERIFY(!counted.json.contains("synced_from"));
    QVERIFY(!counted.json.contains("synced_at"));
    QCOMPARE(counted.json.at("updated_by").get<std::string>(), m_world->senior2.username);
    // The next reading that differs takes over again, audited.
    QCOMPARE(run().changed, 1);
    const auto after = reserveOf(senior, id);
    QCOMPARE(after.at("amount").get<std::string>(), std::string("1750.500000"));
    QVERIFY(after.contains("synced_from"));
    QCOMPARE(syncAudits(), 2LL);
}

void TestSyncdReserveSync::aWalletThatCannotBeReadLeavesTheReserve()
{
    const auto id = usdtReserve();
    auto senior = m_world->as(m_world->senior2);
    const auto before = reserveOf(senior, id);
    // The first wallet answers, the second does not: no partial sum is written.
    m_explorer->failNext(
        {200,
         std::nullopt,
         tokensBody(nlohmann::json::array({{{"tokenId", kUsdt}, {"balance", "1500500000"}, {"tokenDecimal", 6}}})),
         {}});
    m_explorer->failNext({503, std::nullopt, "<html>maintenance</html>", {}});
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, run());
    QCOMPARE(reserveOf(senior, id).dump(), before.dump());
    QCOMPARE(syncAudits(), 0LL);
    // Nothing remembered: the next round reads both.
    QCOMPARE(run().changed, 1);
}

void TestSyncdReserveSync::whatTheExplorerSaysIsChecked()
{
    const auto id = usdtReserve();
    auto senior = m_world->as(m_world->senior2);
    const auto before = reserveOf(senior, id);
    const auto refused = [&](const std::string &body, const char *expected) {
        m_explorer->failNext({200, std::nullopt, body, {}});
        try {
            run();
            QFAIL("the round should have failed");
        } catch (const std::runtime_error &error) {
            QVERIFY2(std::string(error.what()).find(expected) != std::string::npos, error.what());
        }
        QCOMPARE(reserveOf(senior, id).dump(), before.dump());
    };
    refused("<html>not json</html>", "not a JSON object");
    refused(R"({"total":1})", "no data list");
    refused(tokensBody(nlohmann::json::array({{{"tokenId", kUsdt}, {"balance", "1e9"}, {"tokenDecimal", 6}}})),
            "not a count of base units");
    refused(tokensBody(nlohmann::json::array({{{"tokenId", kUsdt}, {"balance", 1500}, {"tokenDecimal", 6}}})),
            "not a string of base units");
    refused(tokensBody(nlohmann::json::array({{{"tokenId", kUsdt}, {"balance", "1500"}, {"tokenDecimal", 18}}})),
            "other decimals");
    refused(tokensBody(nlohmann::json::array({{{"tokenId", kUsdt}, {"balance", "1"}, {"tokenDecimal", 6}},
                                              {{"tokenId", kUsdt}, {"balance", "2"}, {"tokenDecimal", 6}}})),
            "twice");
    refused(tokensBody(nlohmann::json::array({{{"balance", "1"}}})), "lacks tokenId");
    refused(std::string(2 * 1024 * 1024, ' '), "over 1048576 bytes");
    m_explorer->failNext({200, std::nullopt, "{}", std::chrono::milliseconds(1500)});
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, run());
    QCOMPARE(reserveOf(senior, id).dump(), before.dump());

    // A look-alike token calling itself USDT is not USDT: the first wallet counts as holding none.
    m_explorer->failNext(
        {200,
         std::nullopt,
         tokensBody(nlohmann::json::array({{{"tokenId", kLookAlike}, {"balance", "5000000000"}, {"tokenDecimal", 6}}})),
         {}});
    QCOMPARE(run().changed, 1);
    QCOMPARE(reserveOf(senior, id).at("amount").get<std::string>(), std::string("250.000000"));
}

void TestSyncdReserveSync::throttlingIsObeyed()
{
    const auto id = usdtReserve();
    auto sync = worker();
    m_explorer->failNext({429, 120, R"({"message":"rate limit"})", {}});
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, sync->runOnce());
    const auto asked = m_explorer->requestedAddresses().size();
    QCOMPARE(asked, std::size_t(1)); // the round ended at the 429
    m_now += 60s;
    const auto waiting = sync->runOnce();
    QVERIFY(waiting.backingOff);
    QCOMPARE(m_explorer->requestedAddresses().size(), asked);
    m_now += 61s;
    QCOMPARE(sync->runOnce().changed, 1);
    auto senior = m_world->as(m_world->senior2);
    QCOMPARE(reserveOf(senior, id).at("amount").get<std::string>(), std::string("1750.500000"));
}

void TestSyncdReserveSync::bitcoinThroughEsplora()
{
    auto senior = m_world->as(m_world->senior2);
    const auto created = senior.post(kReserves, {{"kind", "crypto"},
                                                 {"asset", "BTC"},
                                                 {"network", "BITCOIN"},
                                                 {"amount", "0.50000000"},
                                                 {"reason", "hot wallets on mempool.space"}});
    QCOMPARE(created.status, 201);
    const auto id = created.json.at("id").get<std::int64_t>();
    // 1.2 BTC received and 0.4 spent in blocks; 0.1 more leaving and 0.3 arriving in the mempool:
    // the leaving money is gone, the arriving money is not here yet.
    m_bitcoin->setAddress(kBtcHot1, {120'000'000, 40'000'000, 30'000'000, 10'000'000});
    m_bitcoin->setAddress(kBtcHot2, {5'000'000, 0, 0, 0});
    const auto result = run();
    QCOMPARE(result.reserves, 1);
    QCOMPARE(result.changed, 1);
    QCOMPARE(figures(reserveOf(senior, id)), std::string("0.75000000/0.00000000/0.75000000"));
    QVERIFY(reserveOf(senior, id).at("synced_from").get<std::string>().rfind("Esplora 127.0.0.1", 0) == 0);
    QCOMPARE(m_bitcoin->requestedPaths(), (std::vector<std::string>{std::string("/api/address/") + kBtcHot1,
                                                                    std::string("/api/address/") + kBtcHot2}));
    QVERIFY(m_explorer->requestedAddresses().empty()); // no USDT/TRON reserve in this test

    // An answer that spends more than it received, or sums that are not satoshis, change nothing.
    const auto before = reserveOf(senior, id);
    m_bitcoin->failNext({200,
                         std::nullopt,
                         R"({"chain_stats":{"funded_txo_sum":1,"spent_txo_sum":2},"mempool_stats":)"
                         R"({"funded_txo_sum":0,"spent_txo_sum":0}})",
                         {}});
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, run());
    m_bitcoin->failNext({200,
                         std::nullopt,
                         R"({"chain_stats":{"funded_txo_sum":"1","spent_txo_sum":0},"mempool_stats":)"
                         R"({"funded_txo_sum":0,"spent_txo_sum":0}})",
                         {}});
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, run());
    m_bitcoin->failNext({200, std::nullopt, R"({"address":"x"})", {}});
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, run());
    QCOMPARE(reserveOf(senior, id).dump(), before.dump());
}

void TestSyncdReserveSync::switchedOffOrNothingToRead()
{
    // No crypto reserve: nothing to read (a fiat reserve is never synced).
    auto senior = m_world->as(m_world->senior2);
    QCOMPARE(senior
                 .post(kReserves, {{"kind", "fiat"},
                                   {"fiat_currency", "RUB"},
                                   {"amount", "100000.00"},
                                   {"reason", "cash desk counted at the shift change"}})
                 .status,
             201);
    auto result = run();
    QCOMPARE(result.reserves, 0);
    QVERIFY(m_explorer->requestedAddresses().empty());

    // A reserve whose network has no explorer keeps its hand count.
    m_world->sql("INSERT INTO reserves (kind, asset, network, amount) VALUES ('crypto', 'USDC', 'ETHEREUM', 10)");
    QCOMPARE(run().reserves, 0);
    QVERIFY(m_explorer->requestedAddresses().empty());

    const auto id = usdtReserve();
    setFlag(false);
    result = run();
    QVERIFY(result.switchedOff);
    QVERIFY(m_explorer->requestedAddresses().empty());
    QCOMPARE(reserveOf(senior, id).at("amount").get<std::string>(), std::string("1000.000000"));

    // On, but every hot wallet retired: a reserve without wallets keeps its hand count.
    setFlag(true);
    m_world->sql("UPDATE crypto_wallets SET active = false WHERE kind = 'hot'");
    QCOMPARE(run().reserves, 0);
    QVERIFY(m_explorer->requestedAddresses().empty());
}

void TestSyncdReserveSync::oneWorkerPerDatabase()
{
    usdtReserve();
    auto first = worker();
    auto second = worker();
    QVERIFY(first->runOnce().leader);
    const auto other = second->runOnce();
    QVERIFY(!other.leader);
    QCOMPARE(other.reserves, 0);
    QCOMPARE(m_explorer->requestedAddresses().size(), std::size_t(2));
}

void TestSyncdReserveSync::syncdRunsItOnItsTimer()
{
    // syncd configured with an explorer starts the worker itself.
    m_world.reset();
    SyncdTestServerOptions options;
    options.config = {{"explorer.tron.provider", "tronscan"},
                      {"explorer.tron.url", m_explorer->url()},
                      {"explorer.reserve_sync_interval_s", "1"}};
    m_world = std::make_unique<OrdersWorld>(options);
    m_auditsBefore = 0;
    m_world->sql("INSERT INTO crypto_wallets (provider, kind, asset, network, address) VALUES "
                 "('test', 'hot', 'USDT', 'TRON', '" +
                 std::string(kHot2) + "')");
    const auto id = usdtReserve();
    setFlag(true);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_world->scalar("SELECT amount::numeric(20, 6)::text FROM reserves WHERE id = " + std::to_string(id)),
        std::string("1750.500000"), 20000);
    QCOMPARE(syncAudits(), 1LL);
}

QTEST_GUILESS_MAIN(TestSyncdReserveSync)
#include "tst_syncd_reserve_sync.moc"
