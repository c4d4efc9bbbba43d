#include "tst_syncd_orders_fixture.h"

#include <QtTest>

#include <set>
#include <string>

using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

// The admin's feature flags and audit log over the real API (issue 12): who may read and switch
// them, what is refused (and then changes nothing), that a switch is audited with its reason and
// announced in the same transaction and obeyed by the very next order; the audit log's filters,
// pages and the chain's verdict, a tampered row included.
class TestSyncdFlagsAudit final : public QObject {
    Q_OBJECT

private slots:
    void onlyAdminsReadAndSwitch();
    void catalogueWithDefaults();
    void switchIsAuditedAndAnnounced();
    void refusals_data();
    void refusals();
    void newOrdersOffRefusesTheApi();
    void retryWithTheSameKeyAuditsOnce();
    void auditFilters();
    void auditPagesNewestFirst();
    void auditQueryRefusals_data();
    void auditQueryRefusals();
    void tamperedRowShowsBroken();
};

namespace {

constexpr const char *kFlags = "/api/v1/admin/flags";
constexpr const char *kAudit = "/api/v1/admin/audit";
constexpr const char *kVerify = "/api/v1/admin/audit/verify";

HttpsResult setFlag(HttpsTestClient &client, const std::string &key, bool enabled,
                    const std::string &reason = "bank holiday", const Headers &headers = {})
{
    return client.request("PUT", std::string(kFlags) + "/" + key,
                          nlohmann::json{{"enabled", enabled}, {"reason", reason}}.dump(), "application/json", headers);
}

nlohmann::json flagIn(const HttpsResult &list, const std::string &key)
{
    for (const auto &item : list.json.at("items")) {
        if (item.at("key") == key)
            return item;
    }
    return nullptr;
}

std::string stateOf(const OrdersWorld &w)
{
    return w.scalar("SELECT coalesce(string_agg(key || enabled::text, ',' ORDER BY key), '') FROM feature_flags") +
           "|" + std::to_string(w.count("SELECT count(*) FROM audit_log WHERE action = 'feature_flag.set'")) + "|" +
           std::to_string(w.count("SELECT count(*) FROM change_events WHERE kind = 'flags.updated'"));
}

// Waits until the sealer has chained every committed row.
bool allSealed(HttpsTestClient &admin)
{
    const auto page = admin.get(std::string(kAudit) + "?limit=1");
    return page.status == 200 && page.json.at("chain").at("pending_rows").get<std::int64_t>() == 0;
}

} // namespace

void TestSyncdFlagsAudit::onlyAdminsReadAndSwitch()
{
    OrdersWorld w;
    auto anonymous = w.server->client();
    auto op = w.as(w.op1);
    auto senior = w.as(w.senior1);
    auto admin = w.as(w.admin);
    QCOMPARE(anonymous.get(kFlags).status, 401);
    QCOMPARE(setFlag(anonymous, "new_orders", false).status, 401);
    QCOMPARE(anonymous.get(kAudit).status, 401);
    QCOMPARE(anonymous.post(kVerify, nlohmann::json::object()).status, 401);
    for (auto *client : {&op, &senior}) {
        QCOMPARE(client->get(kFlags).status, 403);
        QCOMPARE(setFlag(*client, "new_orders", false).status, 403);
        QCOMPARE(client->get(kAudit).status, 403);
        QCOMPARE(client->post(kVerify, nlohmann::json::object()).status, 403);
    }
    QCOMPARE(w.count("SELECT count(*) FROM feature_flags"), 0LL);
    QCOMPARE(admin.get(kFlags).status, 200);
    QCOMPARE(admin.get(kAudit).status, 200);
    QCOMPARE(admin.post(kVerify, nlohmann::json::object()).status, 200);
    QCOMPARE(setFlag(admin, "new_orders", false).status, 200);
    QCOMPARE(w.scalar("SELECT enabled FROM feature_flags WHERE key = 'new_orders'"), std::string("f"));
}

void TestSyncdFlagsAudit::catalogueWithDefaults()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    const auto list = admin.get(kFlags);
    QCOMPARE(list.status, 200);
    std::vector<std::string> keys;
    for (const auto &item : list.json.at("items")) {
        keys.push_back(item.at("key").get<std::string>());
        QVERIFY(!item.contains("updated_at")); // never set: the default applies
        QVERIFY(!item.at("description").get<std::string>().empty());
        QCOMPARE(item.at("enabled"), item.at("default_enabled"));
    }
    QCOMPARE(keys, (std::vector<std::string>{"telegram_intake", "new_orders", "rate_feed", "rates_export",
                                             "explorer_hints", "reserve_sync"}));
    // The desk as it ran before the flags: intake and new orders on, and they act.
    // The reference feed is on too: it acts only where syncd has a provider configured.
    for (const auto *key : {"telegram_intake", "new_orders", "rate_feed"}) {
        QCOMPARE(flagIn(list, key).at("enabled").get<bool>(), true);
        QCOMPARE(flagIn(list, key).at("in_effect").get<bool>(), true);
    }
    // Publishing the rates is the owner's decision: the export is off until switched on.
    QCOMPARE(flagIn(list, "rates_export").at("enabled").get<bool>(), false);
    QCOMPARE(flagIn(list, "rates_export").at("in_effect").get<bool>(), true);
    // Asking a third party about the desk's transactions is the owner's decision too: off by default.
    QCOMPARE(flagIn(list, "explorer_hints").at("enabled").get<bool>(), false);
    QCOMPARE(flagIn(list, "explorer_hints").at("in_effect").get<bool>(), true);
    // So is letting a third party's reading become what the bot may promise.
    QCOMPARE(flagIn(list, "reserve_sync").at("enabled").get<bool>(), false);
    QCOMPARE(flagIn(list, "reserve_sync").at("in_effect").get<bool>(), true);
}

void TestSyncdFlagsAudit::switchIsAuditedAndAnnounced()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    const auto seqBefore = w.count("SELECT coalesce(max(seq), 0) FROM change_events");

    const auto saved = setFlag(admin, "new_orders", false, "bank holiday, no payouts");
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.json.at("key").get<std::string>(), std::string("new_orders"));
    QCOMPARE(saved.json.at("enabled").get<bool>(), false);
    QCOMPARE(saved.json.at("updated_by").at("username").get<std::string>(), w.admin.username);
    QVERIFY(saved.json.contains("updated_at"));

    // One audit row with the actor, the reason and old -> new; one change event; same transaction
    // (both exist, and the flag with them).
    const std::string actor = "operator:" + std::to_string(w.admin.id);
    QCOMPARE(w.scalar("SELECT actor || '|' || reason || '|' || (payload->'old'->>'enabled') || '>' || "
                      "(payload->>'enabled') FROM audit_log WHERE action = 'feature_flag.set' AND "
                      "entity = 'feature_flag' AND entity_id = 'new_orders'"),
             actor + "|bank holiday, no payouts|true>false");
    const auto announced = awaitFeedEvents(admin, seqBefore, [](const nlohmann::json &event) {
        return event.at("kind") == "flags.updated" && event.at("payload").at("key") == "new_orders" &&
               event.at("payload").at("enabled") == false;
    });
    QCOMPARE(announced.size(), std::size_t{1});

    const auto listed = flagIn(admin.get(kFlags), "new_orders");
    QCOMPARE(listed.at("enabled").get<bool>(), false);
    QCOMPARE(listed.at("updated_by").at("id").get<std::int64_t>(), w.admin.id);

    // Switched back: the old value in the audit is the stored one now.
    QCOMPARE(setFlag(admin, "new_orders", true, "open again").status, 200);
    QCOMPARE(w.scalar("SELECT (payload->'old'->>'enabled') || '>' || (payload->>'enabled') FROM audit_log "
                      "WHERE action = 'feature_flag.set' ORDER BY seq DESC LIMIT 1"),
             std::string("false>true"));
    // A flag without an effect yet is stored and shown all the same.
    QCOMPARE(setFlag(admin, "explorer_hints", true, "hints beside proofs").status, 200);
    QCOMPARE(flagIn(admin.get(kFlags), "explorer_hints").at("enabled").get<bool>(), true);
}

void TestSyncdFlagsAudit::refusals_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown key") << "night_mode"
                                 << R"({"enabled":false,"reason":"x"})" << 404 << "not_found"
                                 << "";
    QTest::newRow("no reason") << "new_orders"
                               << R"({"enabled":false})" << 422 << "reason_required"
                               << "reason";
    QTest::newRow("blank reason") << "new_orders"
                                  << R"({"enabled":false,"reason":"   "})" << 422 << "reason_required"
                                  << "reason";
    QTest::newRow("no value") << "new_orders"
                              << R"({"reason":"why not"})" << 422 << "validation_failed"
                              << "enabled";
    QTest::newRow("value as text") << "new_orders"
                                   << R"({"enabled":"false","reason":"why not"})" << 422 << "validation_failed"
                                   << "enabled";
}

void TestSyncdFlagsAudit::refusals()
{
    QFETCH(QString, key);
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    OrdersWorld w;
    auto admin = w.as(w.admin);
    QCOMPARE(setFlag(admin, "telegram_intake", true).status, 200);
    const auto before = stateOf(w);
    const auto refused =
        admin.request("PUT", std::string(kFlags) + "/" + key.toStdString(), body.toStdString(), "application/json");
    QCOMPARE(refused.status, status);
    QCOMPARE(QString::fromStdString(refused.errorCode()), code);
    if (!field.isEmpty())
        QCOMPARE(QString::fromStdString(refused.json.at("error").at("details").at("field").get<std::string>()), field);
    QCOMPARE(stateOf(w), before);
}

void TestSyncdFlagsAudit::newOrdersOffRefusesTheApi()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    auto op1 = w.as(w.op1);
    QCOMPARE(createOrder(op1, 792001).status, 201);
    QCOMPARE(setFlag(admin, "new_orders", false).status, 200);
    const auto refused = createOrder(op1, 792002);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), std::string("new_orders_paused"));
    QCOMPARE(w.count("SELECT count(*) FROM orders"), 1LL);
    // Telegram intake governs the bot only: an operator still records an order with intake off.
    QCOMPARE(setFlag(admin, "new_orders", true, "open again").status, 200);
    QCOMPARE(setFlag(admin, "telegram_intake", false, "bot paused").status, 200);
    QCOMPARE(createOrder(op1, 792003).status, 201);
    QCOMPARE(w.count("SELECT count(*) FROM orders"), 2LL);
}

void TestSyncdFlagsAudit::retryWithTheSameKeyAuditsOnce()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    const Headers key = {{"Idempotency-Key", "flags-retry-1"}};
    const auto first = setFlag(admin, "new_orders", false, "bank holiday", key);
    QCOMPARE(first.status, 200);
    const auto retry = setFlag(admin, "new_orders", false, "bank holiday", key);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.header("Idempotent-Replayed"), std::string("true"));
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'feature_flag.set'"), 1LL);
    QCOMPARE(w.count("SELECT count(*) FROM change_events WHERE kind = 'flags.updated'"), 1LL);
}

void TestSyncdFlagsAudit::auditFilters()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    auto op1 = w.as(w.op1);
    QCOMPARE(setFlag(admin, "new_orders", false, "first").status, 200);
    QCOMPARE(setFlag(admin, "new_orders", true, "second").status, 200);
    QCOMPARE(setFlag(admin, "rate_feed", false, "third").status, 200);
    QCOMPARE(createOrder(op1, 792101).status, 201);

    // By entity and id: the two switches of new_orders, newest first, with actor, reason, details.
    const auto byEntity = admin.get(std::string(kAudit) + "?entity=feature_flag&entity_id=new_orders");
    QCOMPARE(byEntity.status, 200);
    const auto &items = byEntity.json.at("items");
    QCOMPARE(items.size(), std::size_t(2));
    QCOMPARE(items[0].at("reason").get<std::string>(), std::string("second"));
    QCOMPARE(items[1].at("reason").get<std::string>(), std::string("first"));
    QVERIFY(items[0].at("seq").get<std::int64_t>() > items[1].at("seq").get<std::int64_t>());
    QCOMPARE(items[0].at("operator").at("username").get<std::string>(), w.admin.username);
    QCOMPARE(items[0].at("action").get<std::string>(), std::string("feature_flag.set"));
    QCOMPARE(items[0].at("details").at("old").at("enabled").get<bool>(), false);
    QCOMPARE(items[0].at("details").at("enabled").get<bool>(), true);
    QVERIFY(items[0].contains("ip"));
    QVERIFY(!byEntity.json.contains("next_before_seq"));

    // By actor: the admin's three switches and nothing of op1's order.
    const auto byAdmin = admin.get(std::string(kAudit) + "?operator_id=" + std::to_string(w.admin.id));
    QCOMPARE(byAdmin.status, 200);
    std::set<std::string> actions;
    for (const auto &item : byAdmin.json.at("items")) {
        QCOMPARE(item.at("actor").get<std::string>(), "operator:" + std::to_string(w.admin.id));
        actions.insert(item.at("action").get<std::string>());
    }
    QCOMPARE(byAdmin.json.at("items").size(), std::size_t(3));
    QCOMPARE(actions, (std::set<std::string>{"feature_flag.set"}));
    const auto byOp = admin.get(std::string(kAudit) + "?operator_id=" + std::to_string(w.op1.id));
    QCOMPARE(byOp.status, 200);
    QVERIFY(!byOp.json.at("items").empty());
    for (const auto &item : byOp.json.at("items"))
        QCOMPARE(item.at("actor").get<std::string>(), "operator:" + std::to_string(w.op1.id));

    // By action, exact and by prefix.
    QCOMPARE(admin.get(std::string(kAudit) + "?action=feature_flag.set").json.at("items").size(), std::size_t(3));
    QCOMPARE(admin.get(std::string(kAudit) + "?action=feature_flag.").json.at("items").size(), std::size_t(3));
    QCOMPARE(admin.get(std::string(kAudit) + "?action=feature_flag").json.at("items").size(), std::size_t(0));

    // By time: nothing from tomorrow on; everything of today before tomorrow.
    const auto tomorrow = w.scalar("SELECT to_char((now() + interval '1 day') AT TIME ZONE 'UTC', "
                                   "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')");
    const auto yesterday = w.scalar("SELECT to_char((now() - interval '1 day') AT TIME ZONE 'UTC', "
                                    "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')");
    QCOMPARE(admin.get(std::string(kAudit) + "?entity=feature_flag&from=" + tomorrow).json.at("items").size(),
             std::size_t(0));
    QCOMPARE(admin.get(std::string(kAudit) + "?entity=feature_flag&from=" + yesterday + "&to=" + tomorrow)
                 .json.at("items")
                 .size(),
             std::size_t(3));
    QCOMPARE(admin.get(std::string(kAudit) + "?entity=feature_flag&to=" + yesterday).json.at("items").size(),
             std::size_t(0));
}

void TestSyncdFlagsAudit::auditPagesNewestFirst()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(setFlag(admin, "explorer_hints", i % 2 == 0, "switch " + std::to_string(i)).status, 200);
    const auto total = w.count("SELECT count(*) FROM audit_log");
    QVERIFY(total >= 7);

    std::vector<std::int64_t> seen;
    std::string next;
    int pages = 0;
    for (;;) {
        const auto page = admin.get(std::string(kAudit) + "?limit=3" + (next.empty() ? "" : "&before_seq=" + next));
        QCOMPARE(page.status, 200);
        QVERIFY(page.json.at("items").size() <= 3);
        for (const auto &item : page.json.at("items"))
            seen.push_back(item.at("seq").get<std::int64_t>());
        ++pages;
        QVERIFY(pages < 100);
        if (!page.json.contains("next_before_seq"))
            break;
        next = std::to_string(page.json.at("next_before_seq").get<std::int64_t>());
    }
    // Every row once, newest first, no gap and no repeat across pages.
    QCOMPARE(static_cast<long long>(seen.size()), total);
    for (std::size_t i = 1; i < seen.size(); ++i)
        QVERIFY(seen[i] < seen[i - 1]);
    QCOMPARE(std::to_string(seen.front()), w.scalar("SELECT max(seq) FROM audit_log"));
    QCOMPARE(std::to_string(seen.back()), w.scalar("SELECT min(seq) FROM audit_log"));

    // The largest page is 500.
    QCOMPARE(admin.get(std::string(kAudit) + "?limit=500").status, 200);
}

void TestSyncdFlagsAudit::auditQueryRefusals_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("limit above 500") << "limit=501"
                                     << "limit";
    QTest::newRow("limit zero") << "limit=0"
                                << "limit";
    QTest::newRow("before_seq text") << "before_seq=abc"
                                     << "before_seq";
    QTest::newRow("operator_id negative") << "operator_id=-3"
                                          << "operator_id";
    QTest::newRow("from not a time") << "from=yesterday"
                                     << "from";
}

void TestSyncdFlagsAudit::auditQueryRefusals()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    OrdersWorld w;
    auto admin = w.as(w.admin);
    const auto refused = admin.get(std::string(kAudit) + "?" + query.toStdString());
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), std::string("validation_failed"));
    QCOMPARE(QString::fromStdString(refused.json.at("error").at("details").at("field").get<std::string>()), field);
}

void TestSyncdFlagsAudit::tamperedRowShowsBroken()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    QCOMPARE(setFlag(admin, "new_orders", false, "first").status, 200);
    QCOMPARE(setFlag(admin, "new_orders", true, "second").status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(allSealed(admin), 15000);

    const auto intact = admin.post(kVerify, nlohmann::json::object());
    QCOMPARE(intact.status, 200);
    QCOMPARE(intact.json.at("ok").get<bool>(), true);
    QVERIFY(intact.json.at("sealed_rows").get<std::int64_t>() >= 2);
    QVERIFY(!intact.json.contains("broken_seq"));
    const auto lastSealed = admin.get(std::string(kAudit) + "?limit=1").json.at("chain").at("last_sealed_seq");
    QCOMPARE(intact.json.at("last_verified_seq"), lastSealed);

    // Someone with database access rewrites a reason: the verdict names the row.
    const auto seq = w.scalar("SELECT seq FROM audit_log WHERE reason = 'first'");
    w.sql("UPDATE audit_log SET reason = 'nothing happened' WHERE seq = " + seq);
    const auto broken = admin.post(kVerify, nlohmann::json::object());
    QCOMPARE(broken.status, 200);
    QCOMPARE(broken.json.at("ok").get<bool>(), false);
    QCOMPARE(std::to_string(broken.json.at("broken_seq").get<std::int64_t>()), seq);
    QVERIFY(broken.json.at("problem").get<std::string>().find("modified") != std::string::npos);
    // Verifying writes nothing.
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action LIKE 'audit%'"), 0LL);
}

QTEST_GUILESS_MAIN(TestSyncdFlagsAudit)
#include "tst_syncd_flags_audit.moc"
