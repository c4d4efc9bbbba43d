#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/proto/Endpoints.h"

#include <QtTest>
#include <pqxx/except>
#include <pqxx/nontransaction>

#include <atomic>
#include <thread>

using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

// The take: one winner among concurrent takers, the final rate fixed for good (also against direct
// SQL), idempotent replay, holds from the risk rules, and the approval rules around the holder.
class TestSyncdOrdersTake final : public QObject {
    Q_OBJECT

private slots:
    void concurrentTakesHaveOneWinner();
    void finalRateImmutableInTheDatabase();
    void idempotentReplayOfTake();
    void riskHoldBlocksTakeUntilCleared();
    void approvalByHolderRefused();
    void takeRecomputesFiatAtFinalRate();
    void hardDeviationNeedsSenior();
    void recomputedAmountRaisesRiskFlags();
    void approvalJudgesRecomputedAmount();
    void releaseRestoresSuggestedAmount();
};

void TestSyncdOrdersTake::concurrentTakesHaveOneWinner()
{
    // Poco pins a server thread to every keep-alive connection: 32 takers plus the creator need more
    // than the test server's default 32, or the last client waits out a keep-alive timeout (65 s).
    SyncdTestServerOptions options;
    options.config["http.threads"] = "48";
    OrdersWorld w(std::move(options));
    constexpr int kTakers = 32;
    std::vector<TestOperator> takers;
    for (int i = 0; i < kTakers; ++i)
        takers.push_back(createOperator(*w.server, "taker" + std::to_string(i), {"operator"}));
    auto creator = w.as(w.op1);
    const auto id = createOrder(creator, 778001).json.at("id").get<std::int64_t>();

    // Every client connects and authenticates first, then all fire at once.
    std::vector<HttpsTestClient> clients;
    for (const auto &op : takers) {
        clients.push_back(w.as(op));
        QCOMPARE(clients.back().get("/api/v1/me").status, 200);
    }
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<HttpsResult> results(kTakers);
    std::vector<std::thread> threads;
    for (int i = 0; i < kTakers; ++i) {
        threads.emplace_back([&, i] {
            ++ready;
            while (!go.load())
                std::this_thread::yield();
            results[static_cast<std::size_t>(i)] = take(clients[static_cast<std::size_t>(i)], id);
        });
    }
    while (ready.load() < kTakers)
        std::this_thread::yield();
    go = true;
    for (auto &t : threads)
        t.join();

    int winners = 0;
    int alreadyTaken = 0;
    std::string winner;
    for (const auto &r : results) {
        if (r.status == 200) {
            ++winners;
            winner = r.json.at("holder").at("username").get<std::string>();
        } else if (r.status == 409 && r.errorCode() == "already_taken") {
            ++alreadyTaken;
        }
    }
    QCOMPARE(winners, 1);
    QCOMPARE(alreadyTaken, kTakers - 1);
    const std::string order = std::to_string(id);
    QCOMPARE(w.scalar("SELECT h.username FROM orders o JOIN operators h ON h.id = o.holder_operator_id WHERE o.id = " +
                      order),
             winner);
    QCOMPARE(w.count("SELECT count(*) FROM order_history WHERE order_id = " + order + " AND to_status = 'ASSIGNED'"),
             1LL);
    QCOMPARE(w.count("SELECT version FROM orders WHERE id = " + order), 2LL);
}

void TestSyncdOrdersTake::finalRateImmutableInTheDatabase()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    const auto id = createOrder(op1, 778101).json.at("id").get<std::int64_t>();
    const auto taken = take(op1, id, "98.500000");
    QCOMPARE(taken.status, 200);
    const std::string order = std::to_string(id);
    QVERIFY_EXCEPTION_THROWN(w.sql("UPDATE orders SET final_rate = 120 WHERE id = " + order), pqxx::sql_error);
    QVERIFY_EXCEPTION_THROWN(w.sql("UPDATE orders SET final_rate = NULL WHERE id = " + order), pqxx::sql_error);
    // Even further along the lifecycle, and even disguised as a release from another status.
    auto r = transition(op1, id, "AWAITING_CRYPTO", taken.json.at("version").get<std::int64_t>());
    QCOMPARE(r.status, 200);
    QVERIFY_EXCEPTION_THROWN(w.sql("UPDATE orders SET final_rate = NULL, status = 'NEW', holder_operator_id = NULL "
                                   "WHERE id = " +
                                   order),
                             pqxx::sql_error);
    QCOMPARE(w.scalar("SELECT final_rate FROM orders WHERE id = " + order), std::string("98.5000000000"));
    // Taking again is refused by the API too.
    auto op2 = w.as(w.op2);
    QCOMPARE(take(op2, id).errorCode(), std::string("already_taken"));
}

void TestSyncdOrdersTake::idempotentReplayOfTake()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    const auto id = createOrder(op1, 778201).json.at("id").get<std::int64_t>();
    const Headers key{{"Idempotency-Key", "take-778201"}};
    const auto first = take(op1, id, "99.000000", key);
    QCOMPARE(first.status, 200);
    const auto replay = take(op1, id, "99.000000", key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, first.body);
    QCOMPARE(replay.header("Idempotent-Replayed"), std::string("true"));
    const std::string order = std::to_string(id);
    QCOMPARE(w.count("SELECT count(*) FROM order_history WHERE order_id = " + order), 2LL);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'order.take' AND entity_id = '" + order + "'"),
             1LL);
    QCOMPARE(w.count("SELECT version FROM orders WHERE id = " + order), 2LL);
    // The same key with another body is a mismatch; without a key a second take is a plain refusal.
    QCOMPARE(take(op1, id, "98.000000", key).errorCode(), std::string("idempotency_mismatch"));
    QCOMPARE(take(op1, id).errorCode(), std::string("already_taken"));
    // A stored response never holds the full requisites.
    QVERIFY(w.scalar("SELECT response_body FROM idempotency_keys WHERE key = 'take-778201'").find("5678") ==
            std::string::npos);
}

void TestSyncdOrdersTake::riskHoldBlocksTakeUntilCleared()
{
    OrdersWorld w;
    w.sql("INSERT INTO limits (rule, fiat_currency, threshold, action) VALUES "
          "('single_order_max', 'RUB', 5000, 'hold'), ('customer_volume_24h', 'RUB', 1000000, 'flag')");
    auto op1 = w.as(w.op1);
    auto senior = w.as(w.senior1);
    const auto created = createOrder(op1, 778301); // 9900.00 RUB > 5000
    QCOMPARE(created.status, 201);
    const auto id = created.json.at("id").get<std::int64_t>();
    QCOMPARE(created.json.at("risk_flags").size(), std::size_t(1));
    const auto flag = created.json.at("risk_flags").at(0);
    QCOMPARE(flag.at("rule").get<std::string>(), std::string("single_order_max"));
    QCOMPARE(flag.at("severity").get<std::string>(), std::string("hold"));
    QCOMPARE(flag.at("figures").at("observed").get<std::string>(), std::string("9900.00"));
    QCOMPARE(created.json.at("risk").at(0).at("severity").get<std::string>(), std::string("hold"));

    auto r = take(op1, id);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), std::string("risk_hold"));
    const auto flagId = flag.at("id").get<std::int64_t>();
    r = op1.post(flagPath(id, flagId), {{"reason", "I know this customer"}});
    QCOMPARE(r.status, 403);
    r = senior.post(flagPath(id, flagId), nlohmann::json::object());
    QCOMPARE(r.status, 422); // the reason is required
    r = senior.post(flagPath(id, flagId), {{"reason", "called the customer, verified identity"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("risk").size(), std::size_t(0));
    QCOMPARE(r.json.at("risk_flags").at(0).at("cleared_by").at("username").get<std::string>(), std::string("senior1"));
    QCOMPARE(senior.post(flagPath(id, flagId), {{"reason", "again"}}).status, 409);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'order.risk_flag_clear' AND reason = "
                     "'called the customer, verified identity'"),
             1LL);
    r = take(op1, id);
    QCOMPARE(r.status, 200);

    // A second order paying out to the same card across customers: the payout-account counter.
    w.sql("INSERT INTO limits (rule, threshold, action) VALUES ('payout_account_orders_24h', 1, 'block')");
    QCOMPARE(createOrder(op1, 778302, "2200-1234-5678-9012", "10.000000").status, 201);
    const auto third = createOrder(op1, 778303, "2200123456789012", "10.000000");
    QCOMPARE(third.status, 201);
    bool blocked = false;
    for (const auto &f : third.json.at("risk_flags"))
        blocked = blocked || (f.at("rule") == "payout_account_orders_24h" && f.at("severity") == "block");
    QVERIFY(blocked);
    QCOMPARE(take(op1, third.json.at("id").get<std::int64_t>()).errorCode(), std::string("risk_hold"));
}

void TestSyncdOrdersTake::approvalByHolderRefused()
{
    OrdersWorld w;
    auto holder = w.as(w.senior1);
    auto otherSenior = w.as(w.senior2);
    const auto id = createOrder(holder, 778401).json.at("id").get<std::int64_t>();
    auto r = take(holder, id);
    r = transition(holder, id, "AWAITING_CRYPTO", r.json.at("version").get<std::int64_t>());
    r = transition(holder, id, "USER_MARKED_SENT", r.json.at("version").get<std::int64_t>(), "customer phoned");
    insertTxidProof(w, id, "ef01");
    systemAttachProof(w, id);
    for (const auto item : w.verifyItems)
        r = tick(holder, id, item);
    r = transition(holder, id, "PAYMENT_VERIFIED", r.json.at("version").get<std::int64_t>());
    QCOMPARE(r.status, 200);
    const auto version = r.json.at("version").get<std::int64_t>();

    const auto own = approve(holder, id, version);
    QCOMPARE(own.status, 403);
    QCOMPARE(own.errorCode(), std::string("forbidden"));
    QCOMPARE(transition(holder, id, "PROCESSING_PAYOUT", version).errorCode(), std::string("approval_required"));

    // A rejection does not count; an approval of an older version does not either.
    QCOMPARE(approve(otherSenior, id, version, "reject").status, 200);
    QCOMPARE(transition(holder, id, "PROCESSING_PAYOUT", version).errorCode(), std::string("approval_required"));
    QCOMPARE(approve(otherSenior, id, version).status, 200);
    r = tick(holder, id, w.payoutItems.front()); // any change invalidates the approval
    QCOMPARE(transition(holder, id, "PROCESSING_PAYOUT", r.json.at("version").get<std::int64_t>()).errorCode(),
             std::string("approval_required"));
    QCOMPARE(approve(otherSenior, id, r.json.at("version").get<std::int64_t>()).status, 200);
    QCOMPARE(transition(holder, id, "PROCESSING_PAYOUT", r.json.at("version").get<std::int64_t>()).status, 200);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'order.approve' AND entity_id = '" +
                     std::to_string(id) + "'"),
             2LL);
}

namespace {

// order_history.meta of the order's take, as text for one key.
std::string takeMeta(const OrdersWorld &w, std::int64_t id, const std::string &key)
{
    return w.scalar("SELECT meta ->> '" + key + "' FROM order_history WHERE to_status = 'ASSIGNED' AND order_id = " +
                    std::to_string(id) + " ORDER BY id DESC LIMIT 1");
}

} // namespace

void TestSyncdOrdersTake::takeRecomputesFiatAtFinalRate()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    // 10 USDT at the suggested 99.000000: 990.00 RUB.
    const auto created = createOrder(op1, 778501, kRequisites, "10.000000");
    QCOMPARE(created.status, 201);
    const auto id = created.json.at("id").get<std::int64_t>();
    QCOMPARE(created.json.at("amount_fiat").get<std::string>(), std::string("990.00"));

    // 1.5 % above the suggestion: within the "needs a reason" limit; the desk pays out at it.
    // 10 × 100.489999 = 1004.89999 → 1004.89 (the desk's payout rounds down).
    const auto taken = take(op1, id, "100.489999");
    QCOMPARE(taken.status, 200);
    QCOMPARE(taken.json.at("amount_fiat").get<std::string>(), std::string("1004.89"));
    QCOMPARE(taken.json.at("amount_crypto").get<std::string>(), std::string("10.000000"));
    const std::string order = std::to_string(id);
    QCOMPARE(w.scalar("SELECT amount_fiat::numeric(30, 2)::text FROM orders WHERE id = " + order),
             std::string("1004.89"));
    // History and audit carry the old and the new figure.
    QCOMPARE(takeMeta(w, id, "amount_fiat_before"), std::string("990.00"));
    QCOMPARE(takeMeta(w, id, "amount_fiat"), std::string("1004.89"));
    QCOMPARE(takeMeta(w, id, "needs_approval"), std::string("false"));
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'order.take' AND entity_id = '" + order +
                     "' AND payload ->> 'amount_fiat_before' = '990.00' AND payload ->> 'amount_fiat' = '1004.89'"),
             1LL);
    // The change event carries the recomputed summary, so workstations show the new amount.
    QCOMPARE(w.count("SELECT count(*) FROM change_events WHERE order_id = " + order +
                     " AND payload -> 'order' ->> 'amount_fiat' = '1004.89'"),
             1LL);
}

void TestSyncdOrdersTake::hardDeviationNeedsSenior()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    auto senior = w.as(w.senior1);
    const auto id = createOrder(op1, 778601, kRequisites, "10.000000").json.at("id").get<std::int64_t>();
    const std::string order = std::to_string(id);
    const auto before = w.scalar("SELECT amount_fiat::text || '/' || version FROM orders WHERE id = " + order);

    // The probe's rates, with a reason: beyond the hard maximum (default 10 %), refused to an
    // operator, and nothing changes.
    for (const char *rate : {"9000000", "0.01", "109.000001"}) {
        const auto r = op1.post(path(p2pdesk::proto::endpoints::kOrderTake, id),
                                {{"final_rate", rate}, {"reason", "customer insists"}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), std::string("rate_deviation_too_high"));
    }
    // 10 % exactly is still within the hard maximum (the limit is inclusive), with a reason.
    QCOMPARE(take(op1, id, "108.900000").errorCode(), std::string("reason_required"));
    QCOMPARE(w.scalar("SELECT amount_fiat::text || '/' || version FROM orders WHERE id = " + order), before);
    QCOMPARE(w.count("SELECT count(*) FROM order_history WHERE order_id = " + order), 1LL);
    QCOMPARE(w.scalar("SELECT status FROM orders WHERE id = " + order), std::string("NEW"));

    // A senior may override, with a reason, and the amount follows the rate.
    QCOMPARE(take(senior, id, "9000000").errorCode(), std::string("reason_required"));
    const auto r = senior.post(path(p2pdesk::proto::endpoints::kOrderTake, id),
                               {{"final_rate", "9000000"}, {"reason", "OTC deal agreed by phone"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("amount_fiat").get<std::string>(), std::string("90000000.00"));
    QCOMPARE(takeMeta(w, id, "senior_override"), std::string("true"));
    QCOMPARE(takeMeta(w, id, "hard_limit_percent"), std::string("10.0000"));
    QCOMPARE(takeMeta(w, id, "needs_approval"), std::string("true"));
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'order.take' AND entity_id = '" + order +
                     "' AND reason = 'OTC deal agreed by phone' AND payload ->> 'senior_override' = 'true'"),
             1LL);

    // The hard maximum is the admin's setting.
    w.sql("UPDATE settings SET value = '\"150\"' WHERE key = 'max_rate_hard_deviation_percent'");
    const auto second = createOrder(op1, 778602, kRequisites, "10.000000").json.at("id").get<std::int64_t>();
    const auto low = op1.post(path(p2pdesk::proto::endpoints::kOrderTake, second),
                              {{"final_rate", "198.000000"}, {"reason", "within the raised maximum"}});
    QCOMPARE(low.status, 200);
    QCOMPARE(low.json.at("amount_fiat").get<std::string>(), std::string("1980.00"));
}

void TestSyncdOrdersTake::recomputedAmountRaisesRiskFlags()
{
    OrdersWorld w;
    w.sql("INSERT INTO limits (rule, fiat_currency, threshold, action) VALUES "
          "('single_order_max', 'RUB', 1000, 'hold'), ('customer_volume_24h', 'RUB', 1000000, 'flag')");
    auto op1 = w.as(w.op1);
    auto senior = w.as(w.senior1);
    const auto created = createOrder(op1, 778701, kRequisites, "10.000000"); // 990.00: below 1000
    QCOMPARE(created.json.at("risk_flags").size(), std::size_t(0));
    const auto id = created.json.at("id").get<std::int64_t>();
    const std::string order = std::to_string(id);

    // 10 × 101.000000 = 1010.00 > 1000: the rule fires on the recomputed amount, as at creation.
    auto r = op1.post(path(p2pdesk::proto::endpoints::kOrderTake, id),
                      {{"final_rate", "101.000000"}, {"reason", "market moved"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("amount_fiat").get<std::string>(), std::string("1010.00"));
    QCOMPARE(r.json.at("risk_flags").size(), std::size_t(1));
    const auto flag = r.json.at("risk_flags").at(0);
    QCOMPARE(flag.at("rule").get<std::string>(), std::string("single_order_max"));
    QCOMPARE(flag.at("severity").get<std::string>(), std::string("hold"));
    QCOMPARE(flag.at("figures").at("observed").get<std::string>(), std::string("1010.00"));
    QCOMPARE(w.scalar("SELECT hold::text FROM orders WHERE id = " + order), std::string("true"));
    QCOMPARE(takeMeta(w, id, "hold"), std::string("true"));

    // The customer is not told the rate and address while the flag holds the order.
    const auto version = r.json.at("version").get<std::int64_t>();
    r = transition(op1, id, "AWAITING_CRYPTO", version);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), std::string("risk_hold"));
    QCOMPARE(w.scalar("SELECT status FROM orders WHERE id = " + order), std::string("ASSIGNED"));
    r = senior.post(flagPath(id, flag.at("id").get<std::int64_t>()), {{"reason", "amount confirmed with customer"}});
    QCOMPARE(r.status, 200);
    r = transition(op1, id, "AWAITING_CRYPTO", r.json.at("version").get<std::int64_t>());
    QCOMPARE(r.status, 200);
}

void TestSyncdOrdersTake::approvalJudgesRecomputedAmount()
{
    OrdersWorld w; // approval threshold 5000.00 RUB
    auto holder = w.as(w.op1);
    // 50 USDT at 99: 4950.00, below the threshold; at 101: 5050.00, above it.
    const auto id = createOrder(holder, 778801, kRequisites, "50.000000").json.at("id").get<std::int64_t>();
    auto r = holder.post(path(p2pdesk::proto::endpoints::kOrderTake, id),
                         {{"final_rate", "101.000000"}, {"reason", "market moved"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(takeMeta(w, id, "needs_approval"), std::string("true"));
    r = transition(holder, id, "AWAITING_CRYPTO", r.json.at("version").get<std::int64_t>());
    r = transition(holder, id, "USER_MARKED_SENT", r.json.at("version").get<std::int64_t>(), "customer phoned");
    insertTxidProof(w, id, "ab02");
    systemAttachProof(w, id);
    for (const auto item : w.verifyItems)
        r = tick(holder, id, item);
    r = transition(holder, id, "PAYMENT_VERIFIED", r.json.at("version").get<std::int64_t>());
    QCOMPARE(r.status, 200);
    QCOMPARE(transition(holder, id, "PROCESSING_PAYOUT", r.json.at("version").get<std::int64_t>()).errorCode(),
             std::string("approval_required"));
}

void TestSyncdOrdersTake::releaseRestoresSuggestedAmount()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    const auto id = createOrder(op1, 778901, kRequisites, "10.000000").json.at("id").get<std::int64_t>();
    auto r = op1.post(path(p2pdesk::proto::endpoints::kOrderTake, id),
                      {{"final_rate", "101.000000"}, {"reason", "market moved"}});
    QCOMPARE(r.json.at("amount_fiat").get<std::string>(), std::string("1010.00"));
    r = transition(op1, id, "NEW", r.json.at("version").get<std::int64_t>(), "customer went quiet");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("amount_fiat").get<std::string>(), std::string("990.00"));
    QCOMPARE(w.count("SELECT count(*) FROM order_history WHERE order_id = " + std::to_string(id) +
                     " AND to_status = 'NEW' AND meta ->> 'amount_fiat_before' = '1010.00' "
                     "AND meta ->> 'amount_fiat' = '990.00'"),
             1LL);
    // The next taker starts from the suggested figures.
    auto op2 = w.as(w.op2);
    r = take(op2, id, "99.000000");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("amount_fiat").get<std::string>(), std::string("990.00"));
}

QTEST_GUILESS_MAIN(TestSyncdOrdersTake)
#include "tst_syncd_orders_take.moc"
