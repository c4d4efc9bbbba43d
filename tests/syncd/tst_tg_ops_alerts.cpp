// Ops chat alerts: each cause enqueued once with the order code, the per-minute cap, and delivery
// of the rows to the group through the outbox sender and the fake Bot API.
#include "db/ConnectionPool.h"
#include "tg/BotApiClient.h"
#include "tg/OpsAlerts.h"
#include "tg/OutboxSender.h"
#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/test/FakeBotApi.h"

#include <QtTest>

#include <memory>

using namespace std::chrono_literals;
using namespace p2pdesk::test::orders;
using p2pdesk::syncd::db::ConnectionPool;
using p2pdesk::syncd::tg::OpsAlerts;
using p2pdesk::syncd::tg::OpsAlertSettings;
using p2pdesk::syncd::workers::PeriodicWorker;
using p2pdesk::test::FakeBotApi;

namespace {

constexpr std::int64_t kOpsChat = -1001234567890;

} // namespace

class TstTgOpsAlerts : public QObject {
    Q_OBJECT

    std::unique_ptr<OrdersWorld> m_world;
    std::unique_ptr<ConnectionPool> m_pool;
    std::vector<PeriodicWorker::Health> m_health;

    OpsAlertSettings settings(int perMinute = 20) const
    {
        OpsAlertSettings s;
        s.chatId = kOpsChat;
        s.unassignedMinutes = 10;
        s.perMinute = perMinute;
        s.largePayout = OpsAlertSettings::parseThresholds("RUB:9000, USD:5000");
        return s;
    }

    std::unique_ptr<OpsAlerts> alerts(int perMinute = 20)
    {
        return std::make_unique<OpsAlerts>(*m_pool, settings(perMinute), [this] { return m_health; });
    }

    // An order (100 USDT = 9900.00 RUB); returns {id, code}.
    std::pair<std::int64_t, std::string> order(std::int64_t telegramId)
    {
        auto client = m_world->as(m_world->op1);
        const auto r = createOrder(client, telegramId);
        if (r.status != 201)
            qFatal("order not created: %s", r.body.c_str());
        return {r.json.at("id").get<std::int64_t>(), r.json.at("code").get<std::string>()};
    }

    long long alertsMentioning(const std::string &needle) const
    {
        return m_world->count("SELECT count(*) FROM outbox WHERE channel = 'telegram_ops' AND recipient = '" +
                              std::to_string(kOpsChat) + "' AND payload->'params'->>'text' LIKE '%" + needle + "%'");
    }

    long long opsRows() const { return m_world->count("SELECT count(*) FROM outbox WHERE channel = 'telegram_ops'"); }

private slots:
    void init()
    {
        m_world = std::make_unique<OrdersWorld>();
        m_pool = std::make_unique<ConnectionPool>(m_world->db.conninfo(), 4, 5s);
        m_health.clear();
    }

    void cleanup()
    {
        m_pool.reset();
        m_world.reset();
    }

    void thresholdsParsed()
    {
        const auto t = OpsAlertSettings::parseThresholds("RUB:500000, USD:5000");
        QCOMPARE(t.size(), std::size_t(2));
        QCOMPARE(t.at("USD").toString(), std::string("5000"));
        QVERIFY(OpsAlertSettings::parseThresholds("").empty());
        QVERIFY_THROWS_EXCEPTION(std::exception, OpsAlertSettings::parseThresholds("RUB=5"));
    }

    void disabledWithoutChat()
    {
        order(990001);
        m_world->sql("UPDATE orders SET created_at = now() - interval '1 hour'");
        OpsAlerts off(*m_pool, OpsAlertSettings{});
        QCOMPARE(off.runOnce(), 0);
        QCOMPARE(opsRows(), 0LL);
    }

    // The admin's switch (settings ops_alerts_enabled, through the settings API): off, nothing is
    // enqueued; on again, the causes still standing are alerted.
    void adminSwitchesAlertsOff()
    {
        const auto [old, oldCode] = order(990010);
        m_world->sql("UPDATE orders SET created_at = now() - interval '15 minutes' WHERE id = " + std::to_string(old));
        auto admin = m_world->as(m_world->admin);
        auto current = admin.get("/api/v1/admin/settings");
        QCOMPARE(current.status, 200);
        QCOMPARE(current.json.at("ops_alerts_enabled"), nlohmann::json(true));
        auto body = current.json;
        body["ops_alerts_enabled"] = false;
        body["reason"] = "night shift, nobody reads the group";
        const auto off = admin.post("/api/v1/admin/settings", body);
        QVERIFY2(off.status == 200, off.body.c_str());
        QCOMPARE(off.json.at("ops_alerts_enabled"), nlohmann::json(false));
        auto a = alerts();
        QCOMPARE(a->runOnce(), 0);
        QCOMPARE(opsRows(), 0LL);

        body["ops_alerts_enabled"] = true;
        body["reason"] = "morning";
        QCOMPARE(admin.post("/api/v1/admin/settings", body).status, 200);
        QCOMPARE(a->runOnce(), 1);
        QCOMPARE(alertsMentioning(oldCode), 1LL);
    }

    void unassignedOrderAlertedOnce()
    {
        const auto [fresh, freshCode] = order(990002);
        const auto [old, oldCode] = order(990003);
        m_world->sql("UPDATE orders SET created_at = now() - interval '15 minutes' WHERE id = " + std::to_string(old));
        auto a = alerts();
        QCOMPARE(a->runOnce(), 1);
        QCOMPARE(alertsMentioning(oldCode), 1LL);
        QCOMPARE(alertsMentioning(freshCode), 0LL);
        QCOMPARE(a->runOnce(), 0);
        QCOMPARE(opsRows(), 1LL);
        QCOMPARE(m_world->scalar("SELECT dedupe_key FROM outbox WHERE channel = 'telegram_ops'"),
                 "ops:unassigned:" + std::to_string(old));
    }

    void approvalLargePayoutAndDisputeAlertedOnce()
    {
        const auto [verified, verifiedCode] = order(990004);
        const auto [disputed, disputedCode] = order(990005);
        // The states as the lifecycle leaves them (the transitions themselves are tested elsewhere).
        m_world->sql("UPDATE orders SET status = 'PAYMENT_VERIFIED', final_rate = 99, holder_operator_id = " +
                     std::to_string(m_world->op1.id) +
                     ", status_entered_at = now() WHERE id = " + std::to_string(verified));
        m_world->sql("UPDATE orders SET status = 'DISPUTE', disputed_from = 'PAID_OUT', final_rate = 99, "
                     "status_entered_at = now() WHERE id = " +
                     std::to_string(disputed));
        auto a = alerts();
        QCOMPARE(a->runOnce(), 3); // approval + large payout for one, dispute for the other
        QCOMPARE(alertsMentioning("waits for a senior"), 1LL);
        QCOMPARE(alertsMentioning("Large payout"), 1LL);
        QCOMPARE(alertsMentioning("Dispute"), 1LL);
        QCOMPARE(alertsMentioning(verifiedCode), 2LL);
        QCOMPARE(alertsMentioning(disputedCode), 1LL);
        QCOMPARE(a->runOnce(), 0);
        QCOMPARE(opsRows(), 3LL);
        // An approval given: no new approval alert (and the old one is not repeated).
        m_world->sql("INSERT INTO approvals (order_id, order_version, approver_id, decision) SELECT id, version, " +
                     std::to_string(m_world->senior1.id) +
                     ", 'approve' FROM orders WHERE id = " + std::to_string(verified));
        QCOMPARE(a->runOnce(), 0);
    }

    void failingWorkerAlertedOnce()
    {
        const auto since = std::chrono::system_clock::now() - 1min;
        m_health = {{"order_deadlines", 4, "db down", since}};
        auto a = alerts();
        QCOMPARE(a->runOnce(), 0); // four failures are not yet "keeps failing"
        m_health = {{"order_deadlines", 5, "connection <refused>", since}};
        QCOMPARE(a->runOnce(), 1);
        QCOMPARE(alertsMentioning("order_deadlines"), 1LL);
        QCOMPARE(alertsMentioning("&lt;refused&gt;"), 1LL); // escaped for Telegram's HTML
        m_health[0].consecutiveFailures = 9;
        QCOMPARE(a->runOnce(), 0);
        // A new outage is a new cause.
        m_health = {{"order_deadlines", 5, "again", since + 10min}};
        QCOMPARE(a->runOnce(), 1);
    }

    void heldFeedJumpAlertedOncePerValue()
    {
        const auto id = m_world->scalar("SELECT id FROM rates LIMIT 1");
        m_world->sql("UPDATE rates SET base_source = 'feed', feed_pending_rate = 110.5, feed_pending_at = now() "
                     "WHERE id = " +
                     id);
        auto a = alerts();
        QCOMPARE(a->runOnce(), 1);
        QCOMPARE(alertsMentioning("Rate feed jump held"), 1LL);
        QCOMPARE(alertsMentioning("110.5"), 1LL);
        QCOMPARE(a->runOnce(), 0);
        // A different held value is a new cause; a cleared hold alerts nothing.
        m_world->sql("UPDATE rates SET feed_pending_rate = 120 WHERE id = " + id);
        QCOMPARE(a->runOnce(), 1);
        m_world->sql("UPDATE rates SET feed_pending_rate = NULL, feed_pending_at = NULL WHERE id = " + id);
        QCOMPARE(a->runOnce(), 0);
    }

    void workerHealthCounted()
    {
        PeriodicWorker worker("ops_probe", 1h, [] { throw std::runtime_error("boom"); });
        worker.start();
        for (int i = 0; i < 3; ++i)
            worker.wake();
        QTRY_VERIFY(worker.health().consecutiveFailures >= 1);
        const auto all = PeriodicWorker::allHealth();
        const bool listed = std::any_of(all.begin(), all.end(), [](const auto &h) { return h.name == "ops_probe"; });
        QVERIFY(listed);
        QCOMPARE(worker.health().lastError, std::string("boom"));
        QVERIFY(worker.health().failingSince.has_value());
    }

    void throttledPerMinute()
    {
        for (int i = 0; i < 5; ++i)
            order(990010 + i);
        m_world->sql("UPDATE orders SET created_at = now() - interval '1 hour'");
        auto a = alerts(3);
        QCOMPARE(a->runOnce(), 3);
        QCOMPARE(a->runOnce(), 0); // the minute's budget is spent
        QCOMPARE(opsRows(), 3LL);
        // A minute later the rest go.
        m_world->sql("UPDATE outbox SET created_at = created_at - interval '2 minutes'");
        QCOMPARE(a->runOnce(), 2);
        QCOMPARE(opsRows(), 5LL);
    }

    void deliveredToTheOpsChat()
    {
        const auto [id, code] = order(990020);
        m_world->sql("UPDATE orders SET created_at = now() - interval '1 hour' WHERE id = " + std::to_string(id));
        QCOMPARE(alerts()->runOnce(), 1);
        FakeBotApi api;
        p2pdesk::syncd::tg::BotApiSettings botSettings;
        botSettings.baseUrl = api.baseUrl();
        botSettings.token = api.token();
        botSettings.requestTimeout = 3s;
        p2pdesk::syncd::tg::BotApiClient client(botSettings);
        p2pdesk::syncd::tg::OutboxSender sender(*m_pool, client, [] { return std::chrono::system_clock::now() + 1s; });
        QCOMPARE(sender.runOnce(), 1);
        const auto sent = api.sentTo(kOpsChat);
        QCOMPARE(sent.size(), std::size_t(1));
        QVERIFY(sent[0].params.at("text").get<std::string>().find(code) != std::string::npos);
        QCOMPARE(m_world->scalar("SELECT status FROM outbox WHERE channel = 'telegram_ops'"), std::string("sent"));
    }
};

QTEST_GUILESS_MAIN(TstTgOpsAlerts)
#include "tst_tg_ops_alerts.moc"
