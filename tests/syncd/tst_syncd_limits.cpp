#include "tst_syncd_orders_fixture.h"

#include <QtTest>

#include <string>

using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

// The admin's risk limits over the real API (issue 12): who may read and set them, what is refused
// (and then changes nothing), and that a saved limit judges the very next order — audited with the
// reason and announced on the change feed, once per intended change.
class TestSyncdLimits final : public QObject {
    Q_OBJECT

private slots:
    void onlyAdminsReadAndSet();
    void catalogueListsEveryConfigurableRule();
    void refusals_data();
    void refusals();
    void savedLimitJudgesTheNextOrder();
    void retryWithTheSameKeyAuditsOnce();
};

namespace {

constexpr const char *kLimits = "/api/v1/admin/limits";

nlohmann::json singleOrderMax(const std::string &threshold, bool active = true)
{
    return {{"rule", "single_order_max"}, {"fiat_currency", "RUB"}, {"threshold", threshold},
            {"action", "hold"},           {"active", active},       {"reason", "RUB payouts above 5k need a look"}};
}

HttpsResult put(HttpsTestClient &client, const nlohmann::json &body, const Headers &headers = {})
{
    return client.request("PUT", kLimits, body.dump(), "application/json", headers);
}

nlohmann::json flagOf(const HttpsResult &created, const std::string &rule)
{
    for (const auto &flag : created.json.at("risk_flags")) {
        if (flag.at("rule").get<std::string>() == rule)
            return flag;
    }
    return nullptr;
}

// The listed row of rule + fiat ("" for none), or null.
nlohmann::json listed(const HttpsResult &list, const std::string &rule, const std::string &fiat)
{
    for (const auto &item : list.json.at("items")) {
        const bool sameFiat =
            fiat.empty() ? item.at("fiat_currency").is_null() : item.at("fiat_currency") == nlohmann::json(fiat);
        if (item.at("rule").get<std::string>() == rule && sameFiat)
            return item;
    }
    return nullptr;
}

} // namespace

void TestSyncdLimits::onlyAdminsReadAndSet()
{
    OrdersWorld w;
    auto op = w.as(w.op1);
    auto senior = w.as(w.senior2);
    auto admin = w.as(w.admin);
    QCOMPARE(op.get(kLimits).status, 403);
    // Every /admin path answers admins alone; a senior clears the flags, the admin sets the limits.
    QCOMPARE(senior.get(kLimits).status, 403);
    QCOMPARE(put(op, singleOrderMax("5000.00")).status, 403);
    QCOMPARE(put(senior, singleOrderMax("5000.00")).status, 403);
    QCOMPARE(w.count("SELECT count(*) FROM limits WHERE rule = 'single_order_max'"), 0LL);
    QCOMPARE(admin.get(kLimits).status, 200);
    QCOMPARE(put(admin, singleOrderMax("5000.00")).status, 200);
    QCOMPARE(w.count("SELECT count(*) FROM limits WHERE rule = 'single_order_max'"), 1LL);
}

void TestSyncdLimits::catalogueListsEveryConfigurableRule()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    const auto list = admin.get(kLimits);
    QCOMPARE(list.status, 200);
    const auto &rules = list.json.at("rules");
    QCOMPARE(rules.size(), std::size_t(13));
    bool sawOrders = false, sawUsual = false, sawKyc = false;
    for (const auto &rule : rules) {
        if (rule.at("rule") == "kyc_level1_volume_30d") {
            sawKyc = true; // a verification level's limit is set per fiat, off until the admin sets it
            QCOMPARE(rule.at("kind").get<std::string>(), std::string("amount_per_fiat"));
            QCOMPARE(rule.at("on_by_default").get<bool>(), false);
            QCOMPARE(rule.at("default_action").get<std::string>(), std::string("hold"));
        }
        if (rule.at("rule") == "customer_orders_24h") {
            sawOrders = true;
            QCOMPARE(rule.at("kind").get<std::string>(), std::string("count"));
            QCOMPARE(rule.at("on_by_default").get<bool>(), true);
            QCOMPARE(rule.at("default_threshold").get<std::string>(), std::string("10"));
            QCOMPARE(rule.at("default_action").get<std::string>(), std::string("hold"));
        }
        if (rule.at("rule") == "amount_above_usual") {
            sawUsual = true;
            QCOMPARE(rule.at("kind").get<std::string>(), std::string("multiplier"));
            QCOMPARE(rule.at("on_by_default").get<bool>(), false);
            QVERIFY(!rule.contains("default_threshold"));
            QCOMPARE(rule.at("decimals").get<int>(), 2);
        }
    }
    QVERIFY(sawOrders && sawUsual && sawKyc);
}

void TestSyncdLimits::refusals_data()
{
    QTest::addColumn<QString>("patch"); // JSON merged into a valid single_order_max body
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative") << R"({"threshold":"-1.00"})"
                              << "validation_failed"
                              << "threshold";
    QTest::newRow("unknown rule") << R"({"rule":"moon_phase"})"
                                  << "validation_failed"
                                  << "rule";
    QTest::newRow("unknown currency") << R"({"fiat_currency":"XXX"})"
                                      << "validation_failed"
                                      << "fiat_currency";
    QTest::newRow("too many decimals") << R"({"threshold":"5000.001"})"
                                       << "validation_failed"
                                       << "threshold";
    QTest::newRow("amount rule without currency") << R"({"fiat_currency":null})"
                                                  << "validation_failed"
                                                  << "fiat_currency";
    QTest::newRow("count rule with currency") << R"({"rule":"customer_orders_24h","threshold":"20"})"
                                              << "validation_failed"
                                              << "fiat_currency";
    QTest::newRow("fractional count") << R"({"rule":"customer_orders_24h","fiat_currency":null,"threshold":"20.5"})"
                                      << "validation_failed"
                                      << "threshold";
    QTest::newRow("multiplier with 3 decimals")
        << R"({"rule":"amount_above_usual","fiat_currency":null,"threshold":"3.125"})"
        << "validation_failed"
        << "threshold";
    QTest::newRow("unknown action") << R"({"action":"shout"})"
                                    << "validation_failed"
                                    << "action";
    QTest::newRow("blank reason") << R"({"reason":"  "})"
                                  << "reason_required"
                                  << "reason";
}

void TestSyncdLimits::refusals()
{
    QFETCH(QString, patch);
    QFETCH(QString, code);
    QFETCH(QString, field);
    OrdersWorld w;
    auto admin = w.as(w.admin);
    QCOMPARE(put(admin, singleOrderMax("5000.00")).status, 200);
    const auto limitsBefore = w.scalar("SELECT string_agg(rule || coalesce(fiat_currency, '') || threshold::text || "
                                       "action || active::text, ',' ORDER BY id) FROM limits");
    const auto auditBefore = w.count("SELECT count(*) FROM audit_log WHERE action = 'risk_limit.set'");
    const auto eventsBefore = w.count("SELECT count(*) FROM change_events WHERE kind = 'limits.updated'");

    auto body = singleOrderMax("7000.00");
    body.merge_patch(nlohmann::json::parse(patch.toStdString()));
    const auto refused = put(admin, body);
    QCOMPARE(refused.status, 422);
    QCOMPARE(QString::fromStdString(refused.errorCode()), code);
    QCOMPARE(QString::fromStdString(refused.json.at("error").at("details").at("field").get<std::string>()), field);

    QCOMPARE(w.scalar("SELECT string_agg(rule || coalesce(fiat_currency, '') || threshold::text || "
                      "action || active::text, ',' ORDER BY id) FROM limits"),
             limitsBefore);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'risk_limit.set'"), auditBefore);
    QCOMPARE(w.count("SELECT count(*) FROM change_events WHERE kind = 'limits.updated'"), eventsBefore);
}

void TestSyncdLimits::savedLimitJudgesTheNextOrder()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    auto op1 = w.as(w.op1);
    const auto seqBefore = w.count("SELECT coalesce(max(seq), 0) FROM change_events");

    const auto saved = put(admin, singleOrderMax("5000.00"));
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.json.at("threshold").get<std::string>(), std::string("5000.00"));
    QCOMPARE(saved.json.at("fiat_currency").get<std::string>(), std::string("RUB"));
    QCOMPARE(saved.json.at("action").get<std::string>(), std::string("hold"));
    QCOMPARE(saved.json.at("active").get<bool>(), true);
    QCOMPARE(saved.json.at("flags_30d").get<std::int64_t>(), 0);
    const auto limitId = std::to_string(saved.json.at("id").get<std::int64_t>());

    // Audited with the reason, the new values and no old ones (the row is new).
    QCOMPARE(w.scalar("SELECT reason FROM audit_log WHERE action = 'risk_limit.set' AND entity_id = '" + limitId +
                      "' AND actor = 'operator:" + std::to_string(w.admin.id) + "'"),
             std::string("RUB payouts above 5k need a look"));
    QCOMPARE(w.scalar("SELECT payload->'old' = 'null'::jsonb AND payload->>'threshold' = '5000.00' FROM audit_log "
                      "WHERE action = 'risk_limit.set' AND entity_id = '" +
                      limitId + "'"),
             std::string("t"));
    // Announced, for the other workstations' limits screens.
    const auto announced = awaitFeedEvents(admin, seqBefore, [&](const nlohmann::json &event) {
        return event.at("kind") == "limits.updated" && event.at("payload").at("rule") == "single_order_max" &&
               event.at("payload").at("limit_id").get<std::int64_t>() == std::stoll(limitId);
    });
    QCOMPARE(announced.size(), std::size_t{1});

    // The very next order (100 USDT = 9900.00 RUB) is held with the figures.
    const auto held = createOrder(op1, 791001);
    QCOMPARE(held.status, 201);
    const auto flag = flagOf(held, "single_order_max");
    QVERIFY(!flag.is_null());
    QCOMPARE(flag.at("severity").get<std::string>(), std::string("hold"));
    QCOMPARE(flag.at("figures").at("observed").get<std::string>(), std::string("9900.00"));
    QCOMPARE(flag.at("figures").at("limit").get<std::string>(), std::string("5000.00"));
    QVERIFY(flagOf(held, "risk_limits_missing").is_null()); // RUB is configured now

    // The admin's figure: one flag of the rule in 30 days, on a RUB order.
    const auto list = admin.get(kLimits);
    QCOMPARE(list.status, 200);
    const auto row = listed(list, "single_order_max", "RUB");
    QVERIFY(!row.is_null());
    QCOMPARE(row.at("flags_30d").get<std::int64_t>(), 1);

    // Raised: the old value goes into the audit.
    QCOMPARE(put(admin, singleOrderMax("20000.00")).status, 200);
    QCOMPARE(w.scalar("SELECT payload->'old'->>'threshold' || '>' || (payload->>'threshold') FROM audit_log WHERE "
                      "action = 'risk_limit.set' AND entity_id = '" +
                      limitId + "' ORDER BY seq DESC LIMIT 1"),
             std::string("5000.00>20000.00"));
    QVERIFY(flagOf(createOrder(op1, 791002), "single_order_max").is_null());

    // Deactivated: the row stays (listed, inactive) but the rules ignore it.
    QCOMPARE(put(admin, singleOrderMax("1000.00", false)).status, 200);
    const auto afterOff = createOrder(op1, 791003);
    QCOMPARE(afterOff.status, 201);
    QVERIFY(flagOf(afterOff, "single_order_max").is_null());
    QVERIFY(!flagOf(afterOff, "risk_limits_missing").is_null()); // RUB unconfigured again
    const auto offRow = listed(admin.get(kLimits), "single_order_max", "RUB");
    QCOMPARE(offRow.at("active").get<bool>(), false);
    QCOMPARE(offRow.at("threshold").get<std::string>(), std::string("1000.00"));

    // A rule for every currency: no fiat, listed with null.
    nlohmann::json orders = {{"rule", "customer_orders_24h"},
                             {"threshold", "1"},
                             {"action", "block"},
                             {"active", true},
                             {"reason", "one order a day"}};
    QCOMPARE(put(admin, orders).status, 200);
    QVERIFY(createOrder(op1, 791004).status == 201);
    const auto second = createOrder(op1, 791004);
    const auto countFlag = flagOf(second, "customer_orders_24h");
    QVERIFY(!countFlag.is_null());
    QCOMPARE(countFlag.at("severity").get<std::string>(), std::string("block"));
    QCOMPARE(countFlag.at("figures").at("observed").get<std::string>(), std::string("2"));
    QCOMPARE(countFlag.at("figures").at("limit").get<std::string>(), std::string("1"));
    QVERIFY(!listed(admin.get(kLimits), "customer_orders_24h", "").is_null());
}

void TestSyncdLimits::retryWithTheSameKeyAuditsOnce()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    const Headers key = {{"Idempotency-Key", "limits-retry-1"}};
    const auto first = put(admin, singleOrderMax("5000.00"), key);
    QCOMPARE(first.status, 200);
    const auto retry = put(admin, singleOrderMax("5000.00"), key);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.header("Idempotent-Replayed"), std::string("true"));
    QCOMPARE(retry.json, first.json);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'risk_limit.set'"), 1LL);
    QCOMPARE(w.count("SELECT count(*) FROM change_events WHERE kind = 'limits.updated'"), 1LL);
    // The same key with another body is refused, not applied.
    const auto other = put(admin, singleOrderMax("6000.00"), key);
    QCOMPARE(other.status, 422);
    QCOMPARE(other.errorCode(), std::string("idempotency_mismatch"));
    QCOMPARE(w.scalar("SELECT threshold::numeric(30,2)::text FROM limits WHERE rule = 'single_order_max'"),
             std::string("5000.00"));
    // A new key is a new change, audited again.
    QCOMPARE(put(admin, singleOrderMax("5000.00"), {{"Idempotency-Key", "limits-retry-2"}}).status, 200);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'risk_limit.set'"), 2LL);
}

QTEST_GUILESS_MAIN(TestSyncdLimits)
#include "tst_syncd_limits.moc"
