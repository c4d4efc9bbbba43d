#include "db/Transaction.h"
#include "service/OrderActor.h"
#include "service/OrderServices.h"
#include "service/ServiceError.h"
#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/proto/Timestamp.h"

#include <QtTest>
#include <pqxx/except>

using namespace p2pdesk;
using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

// Re-quotes: a customer who pays after the order's rate stopped holding (the quote lock, renewed
// when the payment instructions go out, or a move of the desk's rate beyond requote_move_percent)
// must accept a new rate before the desk pays out. Through the HTTPS API for the operators and the
// service entry points the bot uses for the customer.
class TestSyncdOrdersRequote final : public QObject {
    Q_OBJECT

private slots:
    void paidWithinTheLockNeedsNoRequote();
    void latePaymentWaitsForTheCustomersAcceptance();
    void keepingTheRateAgreesAtOnce();
    void declineOpensADispute();
    void aRateMoveMakesItDue();
    void takeAfterTheQuoteExpiredMeasuresAgainstTheCurrentRate();
    void anOfferThatPaysMoreNeedsTheReserve();

private:
    static std::int64_t versionOf(const HttpsResult &r) { return r.json.at("version").get<std::int64_t>(); }
    static std::string agreement(const HttpsResult &r, const char *key)
    {
        const auto &a = r.json.at("rate_agreement");
        return a.contains(key) ? a.at(key).get<std::string>() : std::string();
    }
    static HttpsResult requote(HttpsTestClient &client, std::int64_t id, const std::string &rate, std::int64_t version,
                               const std::string &reason = "paid after the quote expired")
    {
        return client.post(path(proto::endpoints::kOrderRequote, id),
                           {{"final_rate", rate}, {"reason", reason}, {"version", version}});
    }
    // Created by op1, taken at 99, payment instructions sent: AWAITING_CRYPTO.
    static HttpsResult awaitingCrypto(OrdersWorld &w, HttpsTestClient &op1, std::int64_t telegramId,
                                      const std::string &rate = "99.000000");
    // From AWAITING_CRYPTO (customer says they sent) up to PAYMENT_VERIFIED.
    static HttpsResult paidAndVerified(OrdersWorld &w, HttpsTestClient &op1, std::int64_t id, std::int64_t version);
    static void customerAnswers(OrdersWorld &w, std::int64_t id, bool accept, const std::string &offeredAt,
                                std::optional<std::int64_t> customerId = std::nullopt);
};

HttpsResult TestSyncdOrdersRequote::awaitingCrypto(OrdersWorld &, HttpsTestClient &op1, std::int64_t telegramId,
                                                   const std::string &rate)
{
    const auto created = createOrder(op1, telegramId);
    const auto id = created.json.at("id").get<std::int64_t>();
    // An operator's order has no quote lock of its own and the rate has not moved: agreed.
    [&] { QCOMPARE(agreement(created, "state"), std::string("agreed")); }();
    const auto taken = take(op1, id, rate);
    return transition(op1, id, "AWAITING_CRYPTO", versionOf(taken));
}

HttpsResult TestSyncdOrdersRequote::paidAndVerified(OrdersWorld &w, HttpsTestClient &op1, std::int64_t id,
                                                    std::int64_t version)
{
    auto r = transition(op1, id, "USER_MARKED_SENT", version, "customer called: sent");
    insertTxidProof(w, id, "cd0" + std::to_string(id));
    systemAttachProof(w, id);
    for (const auto item : w.verifyItems)
        r = tick(op1, id, item);
    return transition(op1, id, "PAYMENT_VERIFIED", versionOf(r));
}

void TestSyncdOrdersRequote::customerAnswers(OrdersWorld &w, std::int64_t id, bool accept, const std::string &offeredAt,
                                             std::optional<std::int64_t> customerId)
{
    const auto customer =
        customerId.value_or(std::stoll(w.scalar("SELECT customer_id FROM orders WHERE id = " + std::to_string(id))));
    const auto at = proto::parseTimestamp(offeredAt);
    if (!at)
        throw std::runtime_error("bad offered_at " + offeredAt);
    auto &services = w.server->app().services();
    syncd::db::inTransaction(services.pool(), [&](syncd::db::Transaction &tx) {
        const auto actor = syncd::service::OrderActor::forCustomer(customer);
        if (accept)
            services.orders().requotes().accept(tx, id, actor, *at);
        else
            services.orders().requotes().decline(tx, id, actor, *at);
    });
}

void TestSyncdOrdersRequote::paidWithinTheLockNeedsNoRequote()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    auto r = awaitingCrypto(w, op1, 881001);
    QCOMPARE(r.status, 200);
    const auto id = r.json.at("id").get<std::int64_t>();
    // The instructions renew the lock: quote_lock_minutes (15 by default) from now.
    QVERIFY(!agreement(r, "quote_locked_until").empty());
    QCOMPARE(w.scalar("SELECT quote_locked_until BETWEEN now() + interval '14 minutes' AND now() + interval '16 "
                      "minutes' FROM orders WHERE id = " +
                      std::to_string(id)),
             std::string("t"));
    r = paidAndVerified(w, op1, id, versionOf(r));
    QCOMPARE(r.status, 200);
    QCOMPARE(agreement(r, "state"), std::string("agreed"));
    // Nothing is due: the re-quote endpoint refuses.
    const auto refused = requote(op1, id, "98.000000", versionOf(r));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), std::string("invalid_transition"));
}

void TestSyncdOrdersRequote::latePaymentWaitsForTheCustomersAcceptance()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    auto op2 = w.as(w.op2);
    auto senior = w.as(w.senior1);
    auto r = awaitingCrypto(w, op1, 881002);
    const auto id = r.json.at("id").get<std::int64_t>();
    const auto where = " WHERE id = " + std::to_string(id);
    w.sql("UPDATE orders SET quote_locked_until = now() - interval '1 minute'" + where);

    r = paidAndVerified(w, op1, id, versionOf(r));
    QCOMPARE(r.status, 200);
    QCOMPARE(agreement(r, "state"), std::string("due"));
    QCOMPARE(agreement(r, "reason"), std::string("lock_expired"));
    QCOMPARE(agreement(r, "current_rate"), std::string("99.000000"));
    QCOMPARE(w.count("SELECT count(*) FROM order_history WHERE order_id = " + std::to_string(id) +
                     " AND to_status = 'USER_MARKED_SENT' AND meta->>'requote_due' = 'lock_expired'"),
             1LL);

    // Payout waits, whoever asks.
    auto blocked = transition(op1, id, "PROCESSING_PAYOUT", versionOf(r));
    QCOMPARE(blocked.status, 409);
    QCOMPARE(blocked.errorCode(), std::string("requote_pending"));

    // Only the holder or a senior re-quotes, with a reason, on the version they saw.
    QCOMPARE(requote(op2, id, "95.000000", versionOf(r)).status, 403);
    auto refused = requote(op1, id, "95.000000", versionOf(r), "  ");
    QCOMPARE(refused.errorCode(), std::string("reason_required"));
    refused = requote(op1, id, "95.000000", versionOf(r) - 1);
    QCOMPARE(refused.errorCode(), std::string("version_conflict"));
    refused = requote(op1, id, "95.0000001", versionOf(r));
    QCOMPARE(refused.errorCode(), std::string("validation_failed"));
    // Beyond the hard maximum (10 %) from the desk's 99: a senior's call.
    refused = requote(op1, id, "80.000000", versionOf(r));
    QCOMPARE(refused.errorCode(), std::string("rate_deviation_too_high"));

    auto offered = requote(op1, id, "95.000000", versionOf(r));
    QCOMPARE(offered.status, 200);
    QCOMPARE(agreement(offered, "state"), std::string("offered"));
    QCOMPARE(agreement(offered, "offered_rate"), std::string("95.000000"));
    QCOMPARE(agreement(offered, "offered_amount_fiat"), std::string("9500.00"));
    QCOMPARE(agreement(offered, "offered_amount_crypto"), std::string("100.000000"));
    QCOMPARE(offered.json.at("final_rate").get<std::string>(), std::string("99.000000")); // not until accepted
    QCOMPARE(offered.json.at("status").get<std::string>(), std::string("PAYMENT_VERIFIED"));
    blocked = transition(op1, id, "PROCESSING_PAYOUT", versionOf(offered));
    QCOMPARE(blocked.errorCode(), std::string("requote_pending"));
    // A better offer replaces the first one; the first one's answer no longer counts.
    const auto firstOffer = agreement(offered, "offered_at");
    offered = requote(senior, id, "96.000000", versionOf(offered), "matched the customer's bank rate");
    QCOMPARE(offered.status, 200);
    QCOMPARE(agreement(offered, "offered_amount_fiat"), std::string("9600.00"));
    QVERIFY(agreement(offered, "offered_at") != firstOffer);
    try {
        customerAnswers(w, id, true, firstOffer);
        QFAIL("an answer to a replaced offer must be refused");
    } catch (const syncd::service::ServiceError &e) {
        QVERIFY(e.code() == proto::ApiErrorCode::InvalidTransition);
    }
    // Another customer cannot answer it.
    const auto stranger =
        std::stoll(w.scalar("INSERT INTO customers (tg_user_id, username) VALUES (99881002, 'x') RETURNING id"));
    try {
        customerAnswers(w, id, true, agreement(offered, "offered_at"), stranger);
        QFAIL("another customer's answer must be refused");
    } catch (const syncd::service::ServiceError &e) {
        QVERIFY(e.code() == proto::ApiErrorCode::Forbidden);
    }

    customerAnswers(w, id, true, agreement(offered, "offered_at"));
    r = detail(op1, id);
    QCOMPARE(agreement(r, "state"), std::string("agreed"));
    QCOMPARE(r.json.at("final_rate").get<std::string>(), std::string("96.000000"));
    QCOMPARE(r.json.at("amount_fiat").get<std::string>(), std::string("9600.00"));
    QVERIFY(!r.json.at("rate_agreement").contains("offered_rate"));

    // Each step is on record: history rows without a status change, audit rows, change events.
    const auto orderId = std::to_string(id);
    QCOMPARE(w.count("SELECT count(*) FROM order_history WHERE order_id = " + orderId +
                     " AND from_status = to_status AND meta->>'action' IN ('requote_offered', 'requote_accepted')"),
             3LL);
    QCOMPARE(w.count("SELECT count(*) FROM order_history WHERE order_id = " + orderId +
                     " AND actor LIKE 'customer:%' AND meta->>'final_rate' = '96.000000'"),
             1LL);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE entity_id = '" + orderId +
                     "' AND action IN ('order.requote_offer', 'order.requote_accept')"),
             3LL);
    QCOMPARE(w.count("SELECT count(*) FROM change_events WHERE order_id = " + orderId +
                     " AND kind = 'order.updated' AND payload->>'action' = 'requote_offered'"),
             2LL);

    // Below the service too, the rate changes only to an offer the customer accepted.
    QVERIFY_THROWS_EXCEPTION(pqxx::integrity_constraint_violation,
                             w.sql("UPDATE orders SET final_rate = 1 WHERE id = " + orderId));

    // 9600.00 is above the 5000.00 threshold: approval of the accepted version, then payout.
    const auto approved = approve(senior, id, versionOf(r));
    QCOMPARE(approved.status, 200);
    r = transition(op1, id, "PROCESSING_PAYOUT", versionOf(approved));
    QCOMPARE(r.status, 200);
}

void TestSyncdOrdersRequote::keepingTheRateAgreesAtOnce()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    auto r = awaitingCrypto(w, op1, 881003);
    const auto id = r.json.at("id").get<std::int64_t>();
    w.sql("UPDATE orders SET quote_locked_until = now() - interval '1 minute' WHERE id = " + std::to_string(id));
    r = transition(op1, id, "USER_MARKED_SENT", versionOf(r), "customer called: sent");
    QCOMPARE(agreement(r, "state"), std::string("due"));
    r = requote(op1, id, "99.000000", versionOf(r), "two minutes late; the desk honours the quote");
    QCOMPARE(r.status, 200);
    QCOMPARE(agreement(r, "state"), std::string("agreed"));
    QCOMPARE(r.json.at("final_rate").get<std::string>(), std::string("99.000000"));
    QCOMPARE(w.count("SELECT count(*) FROM order_history WHERE order_id = " + std::to_string(id) +
                     " AND meta->>'action' = 'requote_kept' AND reason LIKE 'two minutes late%'"),
             1LL);
    QCOMPARE(w.count("SELECT count(*) FROM change_events WHERE order_id = " + std::to_string(id) +
                     " AND payload->>'action' = 'requote_offered'"),
             0LL);
}

void TestSyncdOrdersRequote::declineOpensADispute()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    auto r = awaitingCrypto(w, op1, 881004);
    const auto id = r.json.at("id").get<std::int64_t>();
    w.sql("UPDATE orders SET quote_locked_until = now() - interval '1 minute' WHERE id = " + std::to_string(id));
    r = transition(op1, id, "USER_MARKED_SENT", versionOf(r), "customer called: sent");
    r = requote(op1, id, "97.500000", versionOf(r));
    QCOMPARE(r.status, 200);
    customerAnswers(w, id, false, agreement(r, "offered_at"));
    r = detail(op1, id);
    QCOMPARE(r.json.at("status").get<std::string>(), std::string("DISPUTE"));
    QCOMPARE(r.json.at("final_rate").get<std::string>(), std::string("99.000000"));
    QCOMPARE(w.count("SELECT count(*) FROM order_history WHERE order_id = " + std::to_string(id) +
                     " AND to_status = 'DISPUTE' AND actor LIKE 'customer:%' AND reason LIKE '%declined the new rate "
                     "97.500000%'"),
             1LL);
}

void TestSyncdOrdersRequote::aRateMoveMakesItDue()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    // Within the lock, but the desk's rate moved from 100 to 103 (suggested 99 → 101.97: 3 % > 2 %).
    auto r = awaitingCrypto(w, op1, 881005);
    const auto id = r.json.at("id").get<std::int64_t>();
    w.sql("UPDATE rates SET base_rate = 103, base_updated_at = now()");
    r = transition(op1, id, "USER_MARKED_SENT", versionOf(r), "customer called: sent");
    QCOMPARE(agreement(r, "state"), std::string("due"));
    QCOMPARE(agreement(r, "reason"), std::string("rate_moved"));
    QCOMPARE(agreement(r, "current_rate"), std::string("101.970000"));

    // With a looser limit the same move is tolerated.
    w.sql("INSERT INTO settings (key, value) VALUES ('requote_move_percent', '\"5\"') "
          "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value");
    r = awaitingCrypto(w, op1, 881006, "101.970000");
    const auto second = r.json.at("id").get<std::int64_t>();
    w.sql("UPDATE rates SET base_rate = 106, base_updated_at = now()"); // 101.97 → 104.94: 2.9 %
    r = transition(op1, second, "USER_MARKED_SENT", versionOf(r), "customer called: sent");
    QCOMPARE(agreement(r, "state"), std::string("agreed"));
}

void TestSyncdOrdersRequote::takeAfterTheQuoteExpiredMeasuresAgainstTheCurrentRate()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    const auto created = createOrder(op1, 881007);
    const auto id = created.json.at("id").get<std::int64_t>();
    const auto where = " WHERE id = " + std::to_string(id);
    w.sql("UPDATE orders SET quote_locked_until = now() - interval '1 minute'" + where);
    w.sql("UPDATE rates SET base_rate = 105, base_updated_at = now()"); // suggested 103.95

    auto r = detail(op1, id);
    QCOMPARE(agreement(r, "state"), std::string("due"));
    QCOMPARE(agreement(r, "reason"), std::string("lock_expired"));
    QCOMPARE(agreement(r, "current_rate"), std::string("103.950000"));
    QCOMPARE(agreement(r, "reference_rate"), std::string("99.000000"));

    // The old suggestion is now 4.8 % off the desk's rate: it needs a reason.
    auto refused = take(op1, id, "99.000000");
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), std::string("reason_required"));
    // A stale desk rate cannot re-price an expired quote.
    w.sql("UPDATE rates SET base_updated_at = now() - interval '1 day'");
    refused = take(op1, id, "103.950000");
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), std::string("rate_stale"));
    w.sql("UPDATE rates SET base_updated_at = now()");

    r = take(op1, id, "103.950000");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("amount_fiat").get<std::string>(), std::string("10395.00"));
    QCOMPARE(w.scalar("SELECT rate_reference FROM orders" + where), std::string("103.9500000000"));
    QCOMPARE(w.count("SELECT count(*) FROM order_history WHERE order_id = " + std::to_string(id) +
                     " AND to_status = 'ASSIGNED' AND meta->>'requote_due' = 'lock_expired'"),
             1LL);
}

// A re-quote that pays the customer more fiat than the order promised draws the difference from the
// fiat reserve, as a take at a better rate does; one that pays less needs nothing.
void TestSyncdOrdersRequote::anOfferThatPaysMoreNeedsTheReserve()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    auto senior = w.as(w.senior1);
    auto r = awaitingCrypto(w, op1, 881009); // 100 USDT at 99: the desk owes 9 900.00 RUB
    const auto id = r.json.at("id").get<std::int64_t>();
    const auto where = " WHERE id = " + std::to_string(id);
    w.sql("UPDATE orders SET quote_locked_until = now() - interval '1 minute'" + where);
    r = transition(op1, id, "USER_MARKED_SENT", versionOf(r), "customer called: sent");
    QCOMPARE(agreement(r, "state"), std::string("due"));
    // 50.00 left beside what the order owes.
    const auto reserve = senior.post(
        "/api/v1/admin/reserves",
        {{"kind", "fiat"}, {"fiat_currency", "RUB"}, {"amount", "9950.00"}, {"reason", "cash desk counted"}});
    QCOMPARE(reserve.status, 201);
    QCOMPARE(reserve.json.at("available").get<std::string>(), std::string("50.00"));

    // At 99.60 the customer would get 9 960.00: 60.00 more than is left. Refused, nothing offered.
    const auto history = w.count("SELECT count(*) FROM order_history WHERE order_id = " + std::to_string(id));
    const auto refused = requote(op1, id, "99.600000", versionOf(r));
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), std::string("limit_exceeded"));
    QCOMPARE(refused.json.at("error").at("details").at("available").get<std::string>(), std::string("50.00"));
    QCOMPARE(w.scalar("SELECT rate_agreement || ' ' || (requote_rate IS NULL)::text FROM orders" + where),
             std::string("due true"));
    QCOMPARE(w.count("SELECT count(*) FROM order_history WHERE order_id = " + std::to_string(id)), history);

    // At 99.50 the increase is exactly what is left; a lower rate pays less and is always offered.
    const auto offered = requote(op1, id, "99.500000", versionOf(r));
    QVERIFY2(offered.status == 200, offered.body.c_str());
    QCOMPARE(agreement(offered, "state"), std::string("offered"));
    const auto lower = requote(op1, id, "97.000000", versionOf(offered));
    QVERIFY2(lower.status == 200, lower.body.c_str());
    QCOMPARE(w.scalar("SELECT round(requote_amount_fiat, 2)::text FROM orders" + where), std::string("9700.00"));
}

QTEST_GUILESS_MAIN(TestSyncdOrdersRequote)
#include "tst_syncd_orders_requote.moc"
