#include "app/Services.h"
#include "tst_syncd_orders_fixture.h"

#include <QtTest>

#include <string>

using namespace p2pdesk;
using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

// Reserves and the public rates export through the real syncd over HTTPS: entering and recounting
// a reserve (seniors and admins, a reason each, audited and announced in the same transaction),
// refusals that change nothing, the orders' commitment against a reserve and the cap it puts on
// new orders, and /export/rates.xml (anonymous, 404 while switched off, golden format, cached).
class TestSyncdReserves final : public QObject {
    Q_OBJECT

private slots:
    void enterListAndRecount();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void rolesAreChecked();
    void auditAndFeedCarryTheChange();
    void ordersCommitAgainstTheReserve();
    void aTakeThatPaysMoreNeedsTheDifference();
    void exportServesTheGoldenDocument();
    void exportIsCachedAndFollowsChanges();
};

namespace {

constexpr const char *kReserves = "/api/v1/admin/reserves";
constexpr const char *kExport = "/export/rates.xml";

nlohmann::json rubBody(const std::string &amount = "100000.00")
{
    return {{"kind", "fiat"},
            {"fiat_currency", "RUB"},
            {"amount", amount},
            {"export_code", "CARDRUB"},
            {"reason", "cash desk counted at the shift change"}};
}

nlohmann::json usdtBody(const std::string &amount = "1000.000000")
{
    return {{"kind", "crypto"},           {"asset", "USDT"},
            {"network", "TRON"},          {"amount", amount},
            {"export_code", "USDTTRC20"}, {"reason", "hot wallet balance on the explorer"}};
}

std::string reservePath(std::int64_t id)
{
    return std::string(kReserves) + "/" + std::to_string(id);
}

HttpsResult recount(HttpsTestClient &client, const nlohmann::json &reserve, const std::string &amount,
                    const std::string &reason = "recount")
{
    nlohmann::json body = {{"amount", amount}, {"version", reserve.at("version")}, {"reason", reason}};
    if (reserve.contains("export_code"))
        body["export_code"] = reserve.at("export_code");
    return client.request("PUT", reservePath(reserve.at("id").get<std::int64_t>()), body.dump(), "application/json");
}

// The reserve of "RUB" or of "USDT/TRON", as listed now.
nlohmann::json reserveOf(HttpsTestClient &client, const std::string &currency)
{
    const auto list = client.get(kReserves);
    for (const auto &item : list.json.at("items")) {
        const std::string key = item.at("kind") == "fiat"
                                    ? item.at("fiat_currency").get<std::string>()
                                    : item.at("asset").get<std::string>() + "/" + item.at("network").get<std::string>();
        if (key == currency)
            return item;
    }
    return nullptr;
}

std::string figures(const nlohmann::json &reserve)
{
    return reserve.at("amount").get<std::string>() + "/" + reserve.at("committed").get<std::string>() + "/" +
           reserve.at("available").get<std::string>();
}

// Everything a refused request could have touched.
std::string footprint(const OrdersWorld &w)
{
    return w.scalar("SELECT coalesce(string_agg(kind || ':' || amount::text || ':' || coalesce(export_code, '-') || "
                    "':' || version, ',' ORDER BY id), '') FROM reserves") +
           "|" + std::to_string(w.count("SELECT count(*) FROM audit_log WHERE entity = 'reserve'")) + "|" +
           std::to_string(w.count("SELECT count(*) FROM change_events WHERE kind = 'reserve.updated'"));
}

void switchExport(OrdersWorld &w, bool on)
{
    auto admin = w.as(w.admin);
    const auto r = admin.request("PUT", "/api/v1/admin/flags/rates_export",
                                 nlohmann::json{{"enabled", on}, {"reason", "publish on the aggregators"}}.dump(),
                                 "application/json");
    QCOMPARE(r.status, 200);
}

// The fixture's sell row plus a buy row with bounds and a fee, and an unexported pair.
void seedExportRates(const OrdersWorld &w)
{
    w.sql("INSERT INTO rates (direction, asset, network, fiat_currency, base_rate, base_updated_at, margin_percent, "
          "fixed_fee, min_amount, max_amount) VALUES ('fiat_to_crypto', 'USDT', 'TRON', 'RUB', 100, now(), 2, 50, "
          "1000, 500000)");
    // USDT on Ethereum has a reserve but no export code: never exported.
    w.sql("INSERT INTO rates (direction, asset, network, fiat_currency, base_rate, base_updated_at, margin_percent, "
          "fixed_fee) VALUES ('crypto_to_fiat', 'USDT', 'ETHEREUM', 'RUB', 100, now(), 1, 0)");
    w.sql("INSERT INTO reserves (kind, asset, network, amount) VALUES ('crypto', 'USDT', 'ETHEREUM', 500)");
    // A stale rate of an exported pair (USDT/TRON → KZT has no reserve either way) stays out too.
    w.sql("INSERT INTO rates (direction, asset, network, fiat_currency, base_rate, base_updated_at, margin_percent, "
          "fixed_fee) VALUES ('crypto_to_fiat', 'USDT', 'TRON', 'KZT', 450, now() - interval '2 days', 1, 0)");
}

} // namespace

void TestSyncdReserves::enterListAndRecount()
{
    OrdersWorld w;
    auto senior = w.as(w.senior2);
    const auto rub = senior.post(kReserves, rubBody());
    QCOMPARE(rub.status, 201);
    QCOMPARE(rub.json.at("kind").get<std::string>(), std::string("fiat"));
    QCOMPARE(rub.json.at("fiat_currency").get<std::string>(), std::string("RUB"));
    QVERIFY(!rub.json.contains("asset"));
    QCOMPARE(figures(rub.json), std::string("100000.00/0.00/100000.00"));
    QCOMPARE(rub.json.at("export_code").get<std::string>(), std::string("CARDRUB"));
    QCOMPARE(rub.json.at("updated_by").get<std::string>(), std::string("senior2"));
    QCOMPARE(rub.json.at("version").get<std::int64_t>(), 1);
    auto admin = w.as(w.admin);
    auto usdt = usdtBody("250.5");
    usdt.erase("export_code"); // optional: not exported
    const auto crypto = admin.post(kReserves, usdt);
    QCOMPARE(crypto.status, 201);
    QCOMPARE(crypto.json.at("amount").get<std::string>(), std::string("250.500000")); // the asset's scale
    QVERIFY(!crypto.json.contains("export_code"));

    // Crypto first, then fiat; both roles read.
    const auto list = senior.get(kReserves);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json.at("items").size(), std::size_t(2));
    QCOMPARE(list.json.at("items")[0].at("kind").get<std::string>(), std::string("crypto"));
    QCOMPARE(list.json.at("items")[1].at("kind").get<std::string>(), std::string("fiat"));

    // A recount against the version seen; a stale version changes nothing.
    const auto recounted = recount(admin, rub.json, "98000.00", "evening count");
    QCOMPARE(recounted.status, 200);
    QCOMPARE(recounted.json.at("version").get<std::int64_t>(), 2);
    QCOMPARE(recounted.json.at("amount").get<std::string>(), std::string("98000.00"));
    QCOMPARE(recounted.json.at("updated_by").get<std::string>(), std::string("admin1"));
    const auto stale = recount(senior, rub.json, "1.00");
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), std::string("version_conflict"));
    QCOMPARE(stale.json.at("error").at("details").at("current_version").get<std::int64_t>(), 2);
    // The same figure again is still a recount (it moves the point orders count from).
    const auto same = recount(senior, recounted.json, "98000.00", "checked again");
    QCOMPARE(same.status, 200);
    QCOMPARE(same.json.at("version").get<std::int64_t>(), 3);
    // Leaving the export code out takes the currency out of the export.
    auto withoutCode = same.json;
    withoutCode.erase("export_code");
    const auto unexported = recount(senior, withoutCode, "98000.00", "not on the aggregators");
    QCOMPARE(unexported.status, 200);
    QVERIFY(!unexported.json.contains("export_code"));
    QCOMPARE(recount(senior, nlohmann::json{{"id", 999999}, {"version", 1}}, "1.00").status, 404);
}

void TestSyncdReserves::badInputChangesNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const auto with = [](nlohmann::json body, const char *key, nlohmann::json value) {
        if (value.is_null())
            body.erase(key);
        else
            body[key] = std::move(value);
        return QByteArray::fromStdString(body.dump());
    };
    QTest::newRow("unknown fiat") << with(rubBody(), "fiat_currency", "XYZ") << 422 << "validation_failed"
                                  << "fiat_currency";
    QTest::newRow("fiat naming an asset") << with(rubBody(), "asset", "USDT") << 422 << "validation_failed"
                                          << "asset";
    QTest::newRow("fiat without a currency") << with(rubBody(), "fiat_currency", nullptr) << 422 << "validation_failed"
                                             << "fiat_currency";
    QTest::newRow("crypto without a network") << with(usdtBody(), "network", nullptr) << 422 << "validation_failed"
                                              << "network";
    QTest::newRow("unknown asset") << with(usdtBody(), "asset", "DOGE") << 422 << "validation_failed"
                                   << "asset";
    QTest::newRow("crypto naming a fiat") << with(usdtBody(), "fiat_currency", "RUB") << 422 << "validation_failed"
                                          << "fiat_currency";
    QTest::newRow("kopecks below the scale") << with(rubBody(), "amount", "10.001") << 422 << "validation_failed"
                                             << "amount";
    QTest::newRow("lower-case export code") << with(rubBody(), "export_code", "cardrub") << 422 << "validation_failed"
                                            << "export_code";
    QTest::newRow("export code too short") << with(rubBody(), "export_code", "C") << 422 << "validation_failed"
                                           << "export_code";
    QTest::newRow("negative amount") << with(rubBody(), "amount", "-5.00") << 422 << "validation_failed"
                                     << "amount";
    QTest::newRow("blank reason") << with(rubBody(), "reason", "  ") << 422 << "reason_required"
                                  << "reason";
    QTest::newRow("currency entered already") << with(rubBody(), "export_code", "CARDRUB2") << 409 << "conflict"
                                              << "kind";
    auto kzt = rubBody();
    kzt["fiat_currency"] = "KZT";
    QTest::newRow("export code of another currency") << QByteArray::fromStdString(kzt.dump()) << 409 << "conflict"
                                                     << "export_code";
}

void TestSyncdReserves::badInputChangesNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    OrdersWorld w;
    auto senior = w.as(w.senior2);
    QCOMPARE(senior.post(kReserves, rubBody()).status, 201);
    const auto before = footprint(w);
    const auto r = senior.request("POST", kReserves, body.toStdString(), "application/json");
    QCOMPARE(r.status, status);
    QCOMPARE(QString::fromStdString(r.errorCode()), code);
    QCOMPARE(QString::fromStdString(r.json.at("error").at("details").at("field").get<std::string>()), field);
    QCOMPARE(footprint(w), before);
}

void TestSyncdReserves::rolesAreChecked()
{
    OrdersWorld w;
    auto op = w.as(w.op1);
    QCOMPARE(op.get(kReserves).status, 403);
    QCOMPARE(op.post(kReserves, rubBody()).status, 403);
    auto anonymous = w.server->client();
    QCOMPARE(anonymous.get(kReserves).status, 401);
    QCOMPARE(anonymous.post(kReserves, rubBody()).status, 401);
    QCOMPARE(w.count("SELECT count(*) FROM reserves"), 0LL);
    const auto created = w.as(w.senior1).post(kReserves, rubBody());
    QCOMPARE(created.status, 201);
    QCOMPARE(recount(op, created.json, "1.00").status, 403);
    QCOMPARE(w.scalar("SELECT amount::text FROM reserves"), std::string("100000.0000000000"));
}

void TestSyncdReserves::auditAndFeedCarryTheChange()
{
    OrdersWorld w;
    auto senior = w.as(w.senior2);
    const auto since = std::stoll(w.scalar("SELECT coalesce(max(seq), 0) FROM change_events"));
    const auto created = senior.post(kReserves, rubBody());
    QCOMPARE(created.status, 201);
    QCOMPARE(recount(senior, created.json, "90000.00", "paid the landlord in cash").status, 200);

    QCOMPARE(w.scalar("SELECT string_agg(action || ':' || reason || ':' || actor, ',' ORDER BY seq) FROM audit_log "
                      "WHERE entity = 'reserve'"),
             "reserve.create:cash desk counted at the shift change:operator:" + std::to_string(w.senior2.id) +
                 ",reserve.update:paid the landlord in cash:operator:" + std::to_string(w.senior2.id));
    QCOMPARE(w.scalar("SELECT (payload->'old'->>'amount') || '>' || (payload->>'amount') FROM audit_log "
                      "WHERE action = 'reserve.update'"),
             std::string("100000.00>90000.00"));
    auto events = awaitFeedEvents(senior, since,
                                  [](const nlohmann::json &event) { return event.at("kind") == "reserve.updated"; });
    for (int poll = 0; poll < 5 && events.size() < 2; ++poll) {
        const auto more =
            awaitFeedEvents(senior, events.back().at("seq").get<std::int64_t>(),
                            [](const nlohmann::json &event) { return event.at("kind") == "reserve.updated"; });
        events.insert(events.end(), more.begin(), more.end());
    }
    QCOMPARE(events.size(), std::size_t(2));
    QCOMPARE(events[0].at("payload").at("reserve_id"), created.json.at("id"));
    QCOMPARE(events[0].at("payload").at("fiat_currency").get<std::string>(), std::string("RUB"));
    QVERIFY(!events[0].contains("order_id"));
}

void TestSyncdReserves::ordersCommitAgainstTheReserve()
{
    OrdersWorld w;
    auto senior = w.as(w.senior2);
    auto op = w.as(w.op1);
    // 100 USDT at 99 pays 9 900.00 RUB; the reserve holds two such payouts and a little more.
    QCOMPARE(senior.post(kReserves, rubBody("20000.00")).status, 201);
    // A crypto reserve does not cap a sell, which pays fiat.
    QCOMPARE(senior.post(kReserves, usdtBody("1.000000")).status, 201);
    const auto first = createOrder(op, 9101);
    QCOMPARE(first.status, 201);
    QCOMPARE(figures(reserveOf(senior, "RUB")), std::string("20000.00/9900.00/10100.00"));
    const auto second = createOrder(op, 9102);
    QCOMPARE(second.status, 201);
    QCOMPARE(figures(reserveOf(senior, "RUB")), std::string("20000.00/19800.00/200.00"));
    QCOMPARE(figures(reserveOf(senior, "USDT/TRON")), std::string("1.000000/0.000000/1.000000"));

    // A third would pay more than is left: refused, nothing created.
    const auto orders = w.count("SELECT count(*) FROM orders");
    const auto third = createOrder(op, 9103);
    QCOMPARE(third.status, 422);
    QCOMPARE(third.errorCode(), std::string("limit_exceeded"));
    QCOMPARE(third.json.at("error").at("details").at("available").get<std::string>(), std::string("200.00"));
    QCOMPARE(w.count("SELECT count(*) FROM orders"), orders);
    // A smaller one fits: 2 USDT pays 198.00.
    QCOMPARE(createOrder(op, 9104, kRequisites, "2.000000").status, 201);
    QCOMPARE(figures(reserveOf(senior, "RUB")), std::string("20000.00/19998.00/2.00"));

    // A cancelled order frees its part.
    const auto firstId = first.json.at("id").get<std::int64_t>();
    QCOMPARE(transition(op, firstId, "CANCELLED", 1, "customer changed their mind").status, 200);
    QCOMPARE(figures(reserveOf(senior, "RUB")), std::string("20000.00/10098.00/9902.00"));

    // An order paid out before a recount is in the counted balance; one paid out after it still
    // draws on the reserve. (The payout itself is another area's; its record is what counts here.)
    const auto secondId = std::to_string(second.json.at("id").get<std::int64_t>());
    w.sql("INSERT INTO order_history (order_id, at, actor, from_status, to_status, order_version) VALUES (" + secondId +
          ", now(), 'system', 'PROCESSING_PAYOUT', 'PAID_OUT', 7)");
    w.sql("UPDATE orders SET status = 'COMPLETED', final_rate = 99, closed_at = now() WHERE id = " + secondId);
    QCOMPARE(figures(reserveOf(senior, "RUB")), std::string("20000.00/10098.00/9902.00"));
    const auto counted = recount(senior, reserveOf(senior, "RUB"), "10102.00", "after the evening payouts");
    QCOMPARE(counted.status, 200);
    QCOMPARE(figures(counted.json), std::string("10102.00/198.00/9904.00"));
    const auto fourth = createOrder(op, 9105);
    QCOMPARE(fourth.status, 201);
    const auto fourthId = std::to_string(fourth.json.at("id").get<std::int64_t>());
    w.sql("INSERT INTO order_history (order_id, at, actor, from_status, to_status, order_version) VALUES (" + fourthId +
          ", now() + interval '1 minute', 'system', 'PROCESSING_PAYOUT', 'PAID_OUT', 7)");
    w.sql("UPDATE orders SET status = 'COMPLETED', final_rate = 99, closed_at = now() + interval '2 minutes' "
          "WHERE id = " +
          fourthId);
    QCOMPARE(figures(reserveOf(senior, "RUB")), std::string("10102.00/10098.00/4.00"));
}

void TestSyncdReserves::aTakeThatPaysMoreNeedsTheDifference()
{
    OrdersWorld w;
    auto senior = w.as(w.senior2);
    auto op = w.as(w.op1);
    // The quote commits 9 900.00 (100 USDT at 99); 50.00 is left beside it.
    QCOMPARE(senior.post(kReserves, rubBody("9950.00")).status, 201);
    const auto created = createOrder(op, 9201);
    QCOMPARE(created.status, 201);
    const auto id = created.json.at("id").get<std::int64_t>();
    QCOMPARE(figures(reserveOf(senior, "RUB")), std::string("9950.00/9900.00/50.00"));

    // At 99.60 the order would pay 60.00 more than is left: refused, the order untouched.
    const auto history = w.count("SELECT count(*) FROM order_history WHERE order_id = " + std::to_string(id));
    const auto refused = take(op, id, "99.600000");
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), std::string("limit_exceeded"));
    QCOMPARE(refused.json.at("error").at("details").at("available").get<std::string>(), std::string("50.00"));
    QCOMPARE(
        w.scalar("SELECT status || ' ' || round(amount_fiat, 2)::text FROM orders WHERE id = " + std::to_string(id)),
        std::string("NEW 9900.00"));
    QCOMPARE(w.count("SELECT count(*) FROM order_history WHERE order_id = " + std::to_string(id)), history);

    // At 99.50 the increase is exactly what is left.
    const auto taken = take(op, id, "99.500000");
    QCOMPARE(taken.status, 200);
    QCOMPARE(figures(reserveOf(senior, "RUB")), std::string("9950.00/9950.00/0.00"));
}

void TestSyncdReserves::exportServesTheGoldenDocument()
{
    SyncdTestServerOptions options;
    options.config["rates.export.cache_ms"] = "0"; // every read builds afresh
    OrdersWorld w(options);
    auto anonymous = w.server->client();
    // Off by default: the path shows nothing at all.
    const auto off = anonymous.get(kExport);
    QCOMPARE(off.status, 404);
    QCOMPARE(off.errorCode(), std::string("not_found"));

    seedExportRates(w);
    auto senior = w.as(w.senior2);
    QCOMPARE(senior.post(kReserves, rubBody("50000.00")).status, 201);
    QCOMPARE(senior.post(kReserves, usdtBody("1000.000000")).status, 201);
    switchExport(w, true);
    const auto on = anonymous.get(kExport);
    QCOMPARE(on.status, 200);
    QCOMPARE(on.header("Content-Type"), std::string("application/xml; charset=utf-8"));
    // Sell USDT/TRON→RUB at 99 (base 100 − 1 %), no bounds: up to the 50 000.00 RUB left.
    // Buy at 102 (base 100 + 2 %) with a 50.00 fee, 1 000–500 000 RUB: up to 1 000 USDT's worth.
    const std::string golden = R"(<?xml version="1.0" encoding="UTF-8"?>
<rates>
  <item>
    <from>USDTTRC20</from>
    <to>CARDRUB</to>
    <in>1</in>
    <out>99.000000</out>
    <amount>50000.00</amount>
    <minamount>0.000102 USDT</minamount>
    <maxamount>505.050505 USDT</maxamount>
    <param>manual</param>
  </item>
  <item>
    <from>CARDRUB</from>
    <to>USDTTRC20</to>
    <in>102.000000</in>
    <out>1</out>
    <amount>1000.000000</amount>
    <minamount>1000.00 RUB</minamount>
    <maxamount>102050.00 RUB</maxamount>
    <param>manual</param>
  </item>
</rates>
)";
    QCOMPARE(QString::fromStdString(on.body), QString::fromStdString(golden));

    // An order commits part of the fiat reserve: the sell line offers less.
    auto op = w.as(w.op1);
    QCOMPARE(createOrder(op, 9201).status, 201);
    const auto after = anonymous.get(kExport);
    QVERIFY(after.body.find("<amount>40100.00</amount>") != std::string::npos);
    QVERIFY(after.body.find("<maxamount>405.050505 USDT</maxamount>") != std::string::npos);

    // A reserve that cannot serve the minimum takes its line out; switched off, the path is gone.
    const auto usdt = reserveOf(senior, "USDT/TRON");
    QCOMPARE(recount(senior, usdt, "9.000000", "moved to cold storage").status, 200);
    const auto shortReserve = anonymous.get(kExport);
    QVERIFY(shortReserve.body.find("<from>CARDRUB</from>") == std::string::npos);
    QVERIFY(shortReserve.body.find("<from>USDTTRC20</from>") != std::string::npos);
    switchExport(w, false);
    QCOMPARE(anonymous.get(kExport).status, 404);
}

void TestSyncdReserves::exportIsCachedAndFollowsChanges()
{
    // A long cache: two reads within it build once.
    SyncdTestServerOptions options;
    options.config["rates.export.cache_ms"] = "600000";
    OrdersWorld w(options);
    auto senior = w.as(w.senior2);
    QCOMPARE(senior.post(kReserves, rubBody("50000.00")).status, 201);
    QCOMPARE(senior.post(kReserves, usdtBody("1000.000000")).status, 201);
    switchExport(w, true);
    auto anonymous = w.server->client();
    auto &exporter = w.server->app().services().ratesExport();
    const auto builds = exporter.builds();
    const auto first = anonymous.get(kExport);
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.find("<amount>50000.00</amount>") != std::string::npos);
    QCOMPARE(recount(senior, reserveOf(senior, "RUB"), "100.00", "most of it went to the bank").status, 200);
    const auto second = anonymous.get(kExport);
    QCOMPARE(second.body, first.body); // from memory: the change waits for the cache to expire
    QCOMPARE(exporter.builds(), builds + 1);
}

QTEST_GUILESS_MAIN(TestSyncdReserves)
#include "tst_syncd_reserves.moc"
