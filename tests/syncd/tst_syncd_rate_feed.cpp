// The reference rate feed: a local ticker double (FakeTicker) in the public ticker's shape and
// faults, the real syncd over HTTPS and a real PostgreSQL. Rounds are run directly
// (RateFeedWorker::runOnce) with an injected clock, so nothing waits for the timer.
#include "app/Services.h"
#include "config/Config.h"
#include "ratefeed/FileRateProvider.h"
#include "ratefeed/RateFeedSetup.h"
#include "ratefeed/TickerRateProvider.h"
#include "workers/RateFeedWorker.h"

#include "p2pdesk/proto/Timestamp.h"
#include "p2pdesk/test/FakeTicker.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TempDir.h"
#include "p2pdesk/test/TestOperators.h"

#include <QtTest>
#include <pqxx/nontransaction>

#include <chrono>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>

using namespace p2pdesk;
using namespace p2pdesk::test;
using namespace std::chrono_literals;
using syncd::workers::RateFeedWorker;

class TestSyncdRateFeed final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void feedRowStartsStaleAndTakesThePolledValue();
    void sameValueRenewsTheAgeWithoutHistory();
    void manualRowsOfThePairAreLeftAlone();
    void jumpIsHeldUntilASeniorConfirmsIt();
    void laterValueWithinToleranceClearsAHeldJump();
    void theToleranceIsADeskSetting();
    void providerFailureChangesNothingAndTheRateAgesToStale();
    void throttledProviderIsLeftAloneUntilRetryAfter();
    void tickerTimeoutAndWrongShapesAreFailures();
    void fileProviderTakesTheFilesAgeAndRefusesBadContent();
    void oneFeedWorkerPerDatabase();
    void switchedOffFeedDoesNotPoll();
    void historyEndpointListsTypedAndFedChanges();
    void configurationIsCheckedAtStart();

private:
    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<SyncdTestServer> m_server;
    std::unique_ptr<FakeTicker> m_ticker;
    TestOperator m_admin, m_senior, m_operator;
    std::chrono::system_clock::time_point m_now{};

    std::unique_ptr<RateFeedWorker> worker(std::chrono::milliseconds timeout = 2000ms);
    HttpsTestClient as(const TestOperator &op) { return clientAs(*m_server, op); }
    // Admin saves USDT/TRON/RUB `direction` (sell|buy) following the feed (no base rate), margin 1 %.
    std::int64_t feedRow(const std::string &direction);
    nlohmann::json rate(std::int64_t id);
    long long count(const std::string &sql);
};

void TestSyncdRateFeed::init()
{
    m_db = std::make_unique<PgTestDatabase>();
    m_server = std::make_unique<SyncdTestServer>(*m_db);
    m_ticker = std::make_unique<FakeTicker>();
    m_admin = createOperator(*m_server, "feed-admin", {"admin"});
    m_senior = createOperator(*m_server, "feed-senior", {"operator", "senior"});
    m_operator = createOperator(*m_server, "feed-op", {"operator"});
    m_now = std::chrono::system_clock::now();
}

void TestSyncdRateFeed::cleanup()
{
    m_server.reset();
    m_ticker.reset();
    m_db.reset();
}

std::unique_ptr<RateFeedWorker> TestSyncdRateFeed::worker(std::chrono::milliseconds timeout)
{
    auto &services = m_server->app().services();
    auto provider = std::make_shared<syncd::ratefeed::TickerRateProvider>(m_ticker->url(), "{asset}{fiat}", timeout);
    return std::make_unique<RateFeedWorker>(services.pool(), services.rates(), provider, [this] { return m_now; });
}

std::int64_t TestSyncdRateFeed::feedRow(const std::string &direction)
{
    auto admin = as(m_admin);
    const auto saved = admin.post("/api/v1/admin/rates", {{"direction", direction},
                                                          {"asset", "USDT"},
                                                          {"network", "TRON"},
                                                          {"fiat_currency", "RUB"},
                                                          {"base_source", "feed"},
                                                          {"margin_percent", "1"},
                                                          {"fixed_fee", "0.00"},
                                                          {"reason", "follow the exchange"}});
    if (saved.status != 200)
        throw std::runtime_error("feed row not saved: " + saved.body);
    return saved.json.at("id").get<std::int64_t>();
}

nlohmann::json TestSyncdRateFeed::rate(std::int64_t id)
{
    auto op = as(m_operator);
    const auto list = op.get("/api/v1/rates");
    for (const auto &item : list.json.at("items")) {
        if (item.at("id").get<std::int64_t>() == id)
            return item;
    }
    return nullptr;
}

long long TestSyncdRateFeed::count(const std::string &sql)
{
    auto conn = m_db->connect();
    pqxx::nontransaction tx(*conn);
    return tx.exec1(sql)[0].as<long long>();
}

void TestSyncdRateFeed::feedRowStartsStaleAndTakesThePolledValue()
{
    const auto sell = feedRow("sell");
    const auto buy = feedRow("buy");
    // No value yet: listed, stale (the bot does not quote it), its source named.
    auto initial = rate(sell);
    QCOMPARE(initial.at("base_source").get<std::string>(), std::string("feed"));
    QVERIFY(initial.at("stale").get<bool>());
    QVERIFY(!initial.contains("base_updated_at"));

    m_ticker->setPrice("USDTRUB", "92.15000049"); // eight places, as tickers print
    const auto before = std::chrono::system_clock::now();
    const auto round = worker()->runOnce();
    const auto after = std::chrono::system_clock::now();
    QVERIFY(round.leader);
    QCOMPARE(round.pairs, 1);
    QCOMPARE(round.outcome.applied, 2); // both directions price from the one pair
    // One request per pair, not per row.
    QCOMPARE(m_ticker->requestedSymbols(), std::vector<std::string>{"USDTRUB"});

    const auto sellNow = rate(sell);
    QCOMPARE(sellNow.at("base_rate").get<std::string>(), std::string("92.150000")); // half-up to 6 places
    QCOMPARE(sellNow.at("suggested_rate").get<std::string>(), std::string("91.228500"));
    QCOMPARE(rate(buy).at("suggested_rate").get<std::string>(), std::string("93.071500"));
    QVERIFY(!sellNow.at("stale").get<bool>());
    const auto observed = proto::parseTimestamp(sellNow.at("base_updated_at").get<std::string>());
    QVERIFY(observed.has_value());
    // A ticker prints no time: the value was observed when its answer arrived.
    QVERIFY(*observed >= std::chrono::floor<std::chrono::microseconds>(before) && *observed <= after);
    QCOMPARE(count("SELECT count(*) FROM rate_history WHERE actor = 'feed' AND rate_id = " + std::to_string(sell) +
                   " AND base_rate = 92.15 AND reason LIKE 'reference feed: ticker 127.0.0.1%'"),
             1LL);
}

void TestSyncdRateFeed::sameValueRenewsTheAgeWithoutHistory()
{
    const auto sell = feedRow("sell");
    m_ticker->setPrice("USDTRUB", "92.15");
    auto feed = worker();
    m_now -= 1min;
    feed->runOnce();
    const auto history = count("SELECT count(*) FROM rate_history WHERE rate_id = " + std::to_string(sell));
    const auto firstSeen = rate(sell).at("base_updated_at").get<std::string>();

    m_now += 1min;
    const auto again = feed->runOnce();
    QCOMPARE(again.outcome.renewed, 1);
    QCOMPARE(again.outcome.applied, 0);
    QCOMPARE(count("SELECT count(*) FROM rate_history WHERE rate_id = " + std::to_string(sell)), history);
    const auto renewed = rate(sell).at("base_updated_at").get<std::string>();
    QVERIFY2(renewed > firstSeen, (renewed + " vs " + firstSeen).c_str());
}

void TestSyncdRateFeed::manualRowsOfThePairAreLeftAlone()
{
    auto admin = as(m_admin);
    const auto manual = admin.post("/api/v1/admin/rates", {{"direction", "buy"},
                                                           {"asset", "USDT"},
                                                           {"network", "TRON"},
                                                           {"fiat_currency", "RUB"},
                                                           {"base_rate", "95.00"},
                                                           {"margin_percent", "1"},
                                                           {"fixed_fee", "0.00"},
                                                           {"reason", "typed"}});
    QCOMPARE(manual.status, 200);
    QCOMPARE(manual.json.at("base_source").get<std::string>(), std::string("manual"));
    // A manual rate needs its base.
    const auto refused = admin.post("/api/v1/admin/rates", {{"direction", "buy"},
                                                            {"asset", "USDT"},
                                                            {"network", "TRON"},
                                                            {"fiat_currency", "RUB"},
                                                            {"margin_percent", "1"},
                                                            {"fixed_fee", "0.00"},
                                                            {"reason", "typed"}});
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.json["error"]["details"]["field"].get<std::string>(), std::string("base_rate"));

    const auto sell = feedRow("sell");
    m_ticker->setPrice("USDTRUB", "92.15");
    QCOMPARE(worker()->runOnce().outcome.applied, 1);
    QCOMPARE(rate(manual.json.at("id").get<std::int64_t>()).at("base_rate").get<std::string>(),
             std::string("95.000000"));
    QCOMPARE(rate(sell).at("base_rate").get<std::string>(), std::string("92.150000"));
}

void TestSyncdRateFeed::jumpIsHeldUntilASeniorConfirmsIt()
{
    const auto sell = feedRow("sell");
    m_ticker->setPrice("USDTRUB", "92.00");
    auto feed = worker();
    feed->runOnce();

    // 101.20 is +10 %: held, the base stays, its age does not move (so it goes stale if nobody acts).
    m_ticker->setPrice("USDTRUB", "101.20");
    m_now += 1min;
    QCOMPARE(feed->runOnce().outcome.held, 1);
    m_now += 1min;
    QCOMPARE(feed->runOnce().outcome.held, 1); // still held; audited once
    auto held = rate(sell);
    QCOMPARE(held.at("base_rate").get<std::string>(), std::string("92.000000"));
    QCOMPARE(held.at("feed_pending_rate").get<std::string>(), std::string("101.200000"));
    QVERIFY(held.contains("feed_pending_at"));
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'rate.feed_held' AND actor = 'system' "
                   "AND payload->>'feed_rate' = '101.200000' AND payload->>'jump_percent' = '10.0000'"),
             1LL);

    const std::string confirmPath = "/api/v1/admin/rates/" + std::to_string(sell) + "/feed-confirm";
    const nlohmann::json body = {{"feed_rate", "101.200000"}, {"reason", "checked two other exchanges"}};
    auto op = as(m_operator);
    QCOMPARE(op.post(confirmPath, body).status, 403);
    auto senior = as(m_senior);
    const auto noReason = senior.post(confirmPath, {{"feed_rate", "101.200000"}});
    QCOMPARE(noReason.status, 422);
    // What the senior saw is no longer what is held: refused, with what is held now.
    const auto other = senior.post(confirmPath, {{"feed_rate", "100.000000"}, {"reason", "looked"}});
    QCOMPARE(other.status, 409);
    QCOMPARE(other.json["error"]["details"]["feed_pending_rate"].get<std::string>(), std::string("101.200000"));
    QCOMPARE(rate(sell).at("base_rate").get<std::string>(), std::string("92.000000"));

    const auto confirmed = senior.post(confirmPath, body);
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(confirmed.json.at("base_rate").get<std::string>(), std::string("101.200000"));
    QVERIFY(!confirmed.json.contains("feed_pending_rate"));
    QCOMPARE(
        count("SELECT count(*) FROM rate_history h JOIN operators o ON o.id = h.operator_id WHERE h.rate_id = " +
              std::to_string(sell) +
              " AND o.username = 'feed-senior' AND h.base_rate = 101.2 AND h.reason = 'checked two other exchanges'"),
        1LL);
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'rate.feed_confirm' AND entity_id = '" +
                   std::to_string(sell) +
                   "' AND reason = 'checked two other exchanges' "
                   "AND payload->>'base_rate' = '92.000000'"),
             1LL);
    // A second confirmation finds nothing held.
    QCOMPARE(senior.post(confirmPath, body).status, 409);
    // The feed goes on from the confirmed base.
    m_now += 1min;
    QCOMPARE(feed->runOnce().outcome.renewed, 1);
}

void TestSyncdRateFeed::laterValueWithinToleranceClearsAHeldJump()
{
    const auto sell = feedRow("sell");
    m_ticker->setPrice("USDTRUB", "92.00");
    auto feed = worker();
    feed->runOnce();
    m_ticker->setPrice("USDTRUB", "9.20"); // a digit lost in the provider's print
    QCOMPARE(feed->runOnce().outcome.held, 1);
    m_ticker->setPrice("USDTRUB", "92.40");
    QCOMPARE(feed->runOnce().outcome.applied, 1);
    const auto now = rate(sell);
    QCOMPARE(now.at("base_rate").get<std::string>(), std::string("92.400000"));
    QVERIFY(!now.contains("feed_pending_rate"));
}

// The jump tolerance is the admin's, in the desk settings (5 % until changed): a wider one applies
// from the next poll, and the held-jump audit names the limit it was judged by.
void TestSyncdRateFeed::theToleranceIsADeskSetting()
{
    const auto sell = feedRow("sell");
    m_ticker->setPrice("USDTRUB", "92.00");
    auto feed = worker();
    feed->runOnce();

    auto admin = as(m_admin);
    auto settings = admin.get("/api/v1/admin/settings");
    QCOMPARE(settings.status, 200);
    QCOMPARE(settings.json.at("rate_feed_max_jump_percent").get<std::string>(), std::string("5.0000"));

    m_ticker->setPrice("USDTRUB", "101.20"); // +10 %
    QCOMPARE(feed->runOnce().outcome.held, 1);
    QCOMPARE(
        count("SELECT count(*) FROM audit_log WHERE action = 'rate.feed_held' AND reason LIKE '%(limit 5.0000 %)%'"),
        1LL);

    // Refused values change nothing; 15 % lets the same value through on the next poll.
    auto body = settings.json;
    body["reason"] = "volatile week";
    for (const char *bad : {"0", "-1", "100.5", "2.12345"}) {
        body["rate_feed_max_jump_percent"] = bad;
        const auto refused = admin.post("/api/v1/admin/settings", body);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json["error"]["details"]["field"], nlohmann::json("rate_feed_max_jump_percent"));
    }
    QCOMPARE(as(m_senior).post("/api/v1/admin/settings", body).status, 403);
    body["rate_feed_max_jump_percent"] = "15";
    const auto saved = admin.post("/api/v1/admin/settings", body);
    QVERIFY2(saved.status == 200, saved.body.c_str());
    QCOMPARE(saved.json.at("rate_feed_max_jump_percent").get<std::string>(), std::string("15.0000"));
    m_now += 1min;
    const auto next = feed->runOnce();
    QCOMPARE(next.outcome.applied, 1);
    QCOMPARE(next.outcome.maxJumpPercent.toString(), std::string("15.0000"));
    QCOMPARE(rate(sell).at("base_rate").get<std::string>(), std::string("101.200000"));
}

void TestSyncdRateFeed::providerFailureChangesNothingAndTheRateAgesToStale()
{
    const auto sell = feedRow("sell");
    m_ticker->setPrice("USDTRUB", "92.00");
    auto feed = worker();
    feed->runOnce();
    // The value was seen long ago (beyond rate_max_age_seconds, 900 by default) …
    QVERIFY(!rate(sell).at("stale").get<bool>());
    {
        auto conn = m_db->connect();
        pqxx::nontransaction tx(*conn);
        tx.exec0("UPDATE rates SET base_updated_at = now() - interval '1 hour' WHERE id = " + std::to_string(sell));
    }
    m_server->app().services().rates().invalidate();
    // … and the provider now fails: every pair failed, so the round reports it (worker health).
    m_ticker->failNext({503, std::nullopt, R"({"code":-1001,"msg":"Service unavailable."})", 0ms});
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, feed->runOnce());
    const auto after = rate(sell);
    QCOMPARE(after.at("base_rate").get<std::string>(), std::string("92.000000"));
    QVERIFY(after.at("stale").get<bool>()); // the bot stops quoting this pair
}

void TestSyncdRateFeed::throttledProviderIsLeftAloneUntilRetryAfter()
{
    feedRow("sell");
    m_ticker->setPrice("USDTRUB", "92.00");
    auto feed = worker();
    m_ticker->failNext({429, 30, R"({"code":-1003,"msg":"Too many requests."})", 0ms});
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, feed->runOnce());
    QCOMPARE(m_ticker->requests(), 1);
    m_now += 29s;
    QVERIFY(feed->runOnce().backingOff);
    QCOMPARE(m_ticker->requests(), 1); // not asked again inside the ban
    m_now += 2s;
    QCOMPARE(feed->runOnce().outcome.applied, 1);
    QCOMPARE(m_ticker->requests(), 2);
}

void TestSyncdRateFeed::tickerTimeoutAndWrongShapesAreFailures()
{
    syncd::ratefeed::TickerRateProvider ticker(m_ticker->url(), "{asset}{fiat}", 300ms);
    m_ticker->setPrice("USDTRUB", "92.00");
    QCOMPARE(ticker.fetch("USDT", "RUB").rate.toString(), std::string("92.00"));

    const auto fails = [&](FakeTicker::Fault fault, const char *expected) {
        m_ticker->failNext(fault);
        try {
            ticker.fetch("USDT", "RUB");
        } catch (const syncd::service::ReferenceRateError &error) {
            return std::string(error.what()).find(expected) != std::string::npos;
        }
        return false;
    };
    QVERIFY(fails({200, std::nullopt, "{}", 1500ms}, "within 300 ms"));
    QVERIFY(fails({200, std::nullopt, "not json", 0ms}, "no price string"));
    QVERIFY(fails({200, std::nullopt, R"({"symbol":"USDTRUB","price":92.0})", 0ms}, "no price string"));
    QVERIFY(fails({200, std::nullopt, R"({"symbol":"USDTRUB","price":"-92"})", 0ms}, "is not a decimal"));
    QVERIFY(fails({200, std::nullopt, R"({"symbol":"BTCRUB","price":"92"})", 0ms}, "answered for BTCRUB"));
    QVERIFY(fails({500, std::nullopt, "{}", 0ms}, "HTTP 500"));
    m_ticker->removePrice("USDTRUB");
    QVERIFY_THROWS_EXCEPTION(syncd::service::ReferenceRateError, ticker.fetch("USDT", "RUB")); // 400 Invalid symbol
    // After the faults the session recovers.
    m_ticker->setPrice("USDTRUB", "93.5");
    QCOMPARE(ticker.fetch("USDT", "RUB").rate.toString(), std::string("93.5"));
    QCOMPARE(syncd::ratefeed::TickerRateProvider::symbolFor("{asset}-{fiat}", "BTC", "EUR"), std::string("BTC-EUR"));
}

void TestSyncdRateFeed::fileProviderTakesTheFilesAgeAndRefusesBadContent()
{
    TempDir dir;
    const auto file = dir.path() / "rates.json";
    const auto write = [&](const std::string &text) {
        std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
    };
    syncd::ratefeed::FileRateProvider provider(file);
    QVERIFY_THROWS_EXCEPTION(syncd::service::ReferenceRateError, provider.fetch("USDT", "RUB")); // no file yet

    write(R"({"USDT/RUB":"92.15","BTC/RUB":"6050000"})");
    const auto written = std::filesystem::file_time_type::clock::now() - std::chrono::hours(2);
    std::filesystem::last_write_time(file, written);
    const auto quote = provider.fetch("USDT", "RUB");
    QCOMPARE(quote.rate.toString(), std::string("92.15"));
    const auto age = std::chrono::system_clock::now() - quote.observedAt;
    QVERIFY(age > 119min && age < 121min); // the file's age, so a forgotten file goes stale

    QVERIFY_THROWS_EXCEPTION(syncd::service::ReferenceRateError, provider.fetch("USDT", "EUR"));
    write(R"({"USDT/RUB":92.15})");
    QVERIFY_THROWS_EXCEPTION(syncd::service::ReferenceRateError, provider.fetch("USDT", "RUB"));
    write(R"({"USDT/RUB":"92.1)"); // half-written
    QVERIFY_THROWS_EXCEPTION(syncd::service::ReferenceRateError, provider.fetch("USDT", "RUB"));
}

void TestSyncdRateFeed::oneFeedWorkerPerDatabase()
{
    feedRow("sell");
    m_ticker->setPrice("USDTRUB", "92.00");
    auto first = worker();
    auto second = worker();
    QVERIFY(first->runOnce().leader);
    const auto other = second->runOnce();
    QVERIFY(!other.leader);
    QCOMPARE(m_ticker->requests(), 1);
}

void TestSyncdRateFeed::switchedOffFeedDoesNotPoll()
{
    const auto sell = feedRow("sell");
    m_ticker->setPrice("USDTRUB", "92.00");
    auto admin = as(m_admin);
    const auto off = admin.request("PUT", "/api/v1/admin/flags/rate_feed",
                                   R"({"enabled":false,"reason":"the exchange is misbehaving"})", "application/json");
    QCOMPARE(off.status, 200);
    auto feed = worker();
    QVERIFY(feed->runOnce().switchedOff);
    QCOMPARE(m_ticker->requests(), 0);
    QVERIFY(rate(sell).at("stale").get<bool>());
    QCOMPARE(
        admin.request("PUT", "/api/v1/admin/flags/rate_feed", R"({"enabled":true,"reason":"back"})", "application/json")
            .status,
        200);
    QCOMPARE(feed->runOnce().outcome.applied, 1);
}

void TestSyncdRateFeed::historyEndpointListsTypedAndFedChanges()
{
    auto admin = as(m_admin);
    const auto typed = admin.post("/api/v1/admin/rates", {{"direction", "sell"},
                                                          {"asset", "USDT"},
                                                          {"network", "TRON"},
                                                          {"fiat_currency", "RUB"},
                                                          {"base_rate", "90.00"},
                                                          {"margin_percent", "1"},
                                                          {"fixed_fee", "0.00"},
                                                          {"reason", "opening rate"}});
    QCOMPARE(typed.status, 200);
    const auto id = feedRow("sell"); // the same row switched to the feed, keeping 90 until the first poll
    QCOMPARE(id, typed.json.at("id").get<std::int64_t>());
    QCOMPARE(rate(id).at("base_rate").get<std::string>(), std::string("90.000000"));
    m_ticker->setPrice("USDTRUB", "91.00");
    worker()->runOnce();

    auto senior = as(m_senior);
    const auto history = senior.get("/api/v1/admin/rates/" + std::to_string(id) + "/history?days=1");
    QCOMPARE(history.status, 200);
    const auto &items = history.json.at("items");
    QCOMPARE(items.size(), std::size_t(3));
    QCOMPARE(items[0].at("actor").get<std::string>(), std::string("feed-admin"));
    QCOMPARE(items[0].at("reason").get<std::string>(), std::string("opening rate"));
    QCOMPARE(items[0].at("base_rate").get<std::string>(), std::string("90.000000"));
    QCOMPARE(items[2].at("actor").get<std::string>(), std::string("feed"));
    QCOMPARE(items[2].at("base_rate").get<std::string>(), std::string("91.000000"));

    auto op = as(m_operator);
    QCOMPARE(op.get("/api/v1/admin/rates/" + std::to_string(id) + "/history").status, 403);
    QCOMPARE(senior.get("/api/v1/admin/rates/" + std::to_string(id) + "/history?days=0").status, 400);
    QCOMPARE(senior.get("/api/v1/admin/rates/" + std::to_string(id) + "/history?days=x").status, 400);
    QCOMPARE(senior.get("/api/v1/admin/rates/999999/history").status, 404);
}

void TestSyncdRateFeed::configurationIsCheckedAtStart()
{
    using syncd::config::Config;
    const auto setup = [](std::map<std::string, std::string> overrides) {
        return syncd::ratefeed::rateFeedSetup(Config::load(std::nullopt, {}, std::move(overrides)));
    };
    QVERIFY(!setup({}).provider); // none by default: every base is typed
    const auto ticker = setup({{"rates.feed.provider", "ticker"}, {"rates.feed.url", "https://api.example.com/t"}});
    QVERIFY(ticker.provider);
    QCOMPARE(ticker.provider->name(), std::string("ticker api.example.com"));
    QVERIFY(setup({{"rates.feed.provider", "file"}, {"rates.feed.file", "/tmp/rates.json"}}).provider);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, setup({{"rates.feed.provider", "ticker"}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             setup({{"rates.feed.provider", "ticker"}, {"rates.feed.url", "ftp://x/y"}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, setup({{"rates.feed.provider", "ticker"},
                                                           {"rates.feed.url", "https://x/y"},
                                                           {"rates.feed.symbol", "{asset}"}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, setup({{"rates.feed.provider", "file"}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, setup({{"rates.feed.provider", "oracle"}}));
    // The tolerance is a desk setting now: an old key is refused with where it went, never ignored.
    try {
        setup({{"rates.feed.max_jump_percent", "5"}});
        QFAIL("rates.feed.max_jump_percent was accepted");
    } catch (const std::invalid_argument &error) {
        QVERIFY2(std::string(error.what()).find("rate_feed_max_jump_percent") != std::string::npos, error.what());
    }
}

QTEST_GUILESS_MAIN(TestSyncdRateFeed)
#include "tst_syncd_rate_feed.moc"
