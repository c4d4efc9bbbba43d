#include "service/ServiceError.h"
#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/proto/Endpoints.h"

#include <QtTest>

using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

// Every edge of the lifecycle table through the HTTPS API (the proof edge through the service entry
// point proof upload uses), and every refusal code of the transitions endpoint.
class TestSyncdOrdersLifecycle final : public QObject {
    Q_OBJECT

private slots:
    void happyPathToCompleted();
    void releaseCancelAndDispute();
    void rejectProofNeedsANewProof();
    void refusals();
    void createValidationAndRateStale();
    void cancelTakenOrderOnlyByHolderOrSenior();

private:
    static std::int64_t versionOf(const HttpsResult &r) { return r.json.at("version").get<std::int64_t>(); }
};

void TestSyncdOrdersLifecycle::happyPathToCompleted()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    auto op2 = w.as(w.op2);
    auto senior = w.as(w.senior1);

    const auto created = createOrder(op1, 777001);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.at("status").get<std::string>(), std::string("NEW"));
    QCOMPARE(created.json.at("suggested_rate").get<std::string>(), std::string("99.000000"));
    QCOMPARE(created.json.at("amount_fiat").get<std::string>(), std::string("9900.00"));
    QVERIFY(created.json.contains("status_deadline"));
    const auto id = created.json.at("id").get<std::int64_t>();
    QCOMPARE(versionOf(created), std::int64_t(1));

    auto r = take(op1, id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("status").get<std::string>(), std::string("ASSIGNED"));
    QCOMPARE(r.json.at("holder").at("username").get<std::string>(), std::string("op1"));
    QCOMPARE(r.json.at("final_rate").get<std::string>(), std::string("99.000000"));

    r = transition(op1, id, "AWAITING_CRYPTO", versionOf(r));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("deposit_wallet").at("id").get<std::int64_t>(), w.walletId);

    r = transition(op1, id, "USER_MARKED_SENT", versionOf(r), "customer sent it, said so by phone");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("status").get<std::string>(), std::string("USER_MARKED_SENT"));

    // No proof yet: the system edge is refused with proof_required.
    try {
        systemAttachProof(w, id);
        QFAIL("attach without a proof must be refused");
    } catch (const p2pdesk::syncd::service::ServiceError &e) {
        QVERIFY(e.code() == p2pdesk::proto::ApiErrorCode::ProofRequired);
    }
    insertTxidProof(w, id, "ab01");
    systemAttachProof(w, id);
    r = detail(op1, id);
    QCOMPARE(r.json.at("status").get<std::string>(), std::string("OPERATOR_VERIFY_PROOF"));
    QCOMPARE(r.json.at("proofs").size(), std::size_t(1));

    auto blocked = transition(op1, id, "PAYMENT_VERIFIED", versionOf(r));
    QCOMPARE(blocked.status, 422);
    QCOMPARE(blocked.errorCode(), std::string("checklist_incomplete"));
    for (const auto item : w.verifyItems) {
        r = tick(op1, id, item);
        QCOMPARE(r.status, 200);
    }
    QVERIFY(r.json.at("checklist").at("verify").at(0).at("done").get<bool>());
    r = transition(op1, id, "PAYMENT_VERIFIED", versionOf(r));
    QCOMPARE(r.status, 200);

    // 9900.00 RUB is above the 5000.00 threshold.
    blocked = transition(op1, id, "PROCESSING_PAYOUT", versionOf(r));
    QCOMPARE(blocked.status, 422);
    QCOMPARE(blocked.errorCode(), std::string("approval_required"));
    const auto stale = approve(senior, id, versionOf(r) - 1);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), std::string("version_conflict"));
    const auto byOperator = approve(op2, id, versionOf(r));
    QCOMPARE(byOperator.status, 403);
    const auto approved = approve(senior, id, versionOf(r));
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json.at("approvals").size(), std::size_t(1));
    QCOMPARE(versionOf(approved), versionOf(r)); // bound to the version, not bumping it
    r = transition(op1, id, "PROCESSING_PAYOUT", versionOf(approved));
    QCOMPARE(r.status, 200);

    blocked = transition(op1, id, "PAID_OUT", versionOf(r), "", {{"payout_reference", "SBP 4815162342"}});
    QCOMPARE(blocked.errorCode(), std::string("checklist_incomplete"));
    for (const auto item : w.payoutItems)
        r = tick(op1, id, item);
    blocked = transition(op1, id, "PAID_OUT", versionOf(r));
    QCOMPARE(blocked.status, 422);
    QCOMPARE(blocked.errorCode(), std::string("payout_reference_required"));
    r = transition(op1, id, "PAID_OUT", versionOf(r), "", {{"payout_reference", "SBP 4815162342"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("payout_reference").get<std::string>(), std::string("SBP 4815162342"));

    r = transition(op2, id, "COMPLETED", versionOf(r)); // any operator may complete
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("status").get<std::string>(), std::string("COMPLETED"));
    QVERIFY(!r.json.contains("status_deadline"));

    // One history row per transition, an audit row per change, a change event carrying the order.
    const std::string where = " WHERE order_id = " + std::to_string(id);
    QCOMPARE(w.count("SELECT count(*) FROM order_history" + where), 9LL);
    QCOMPARE(w.count("SELECT count(*) FROM order_history" + where + " AND actor = 'system'"), 1LL);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE entity = 'order' AND entity_id = '" + std::to_string(id) +
                     "' AND action = 'order.take'"),
             1LL);
    QCOMPARE(w.count("SELECT count(*) FROM change_events" + where +
                     " AND kind = 'order.transitioned' AND payload->'order'->>'id' = '" + std::to_string(id) + "'"),
             8LL);
    QCOMPARE(w.scalar("SELECT payload->'order'->>'status' FROM change_events" + where + " ORDER BY seq DESC LIMIT 1"),
             std::string("COMPLETED"));
    QVERIFY(!w.scalar("SELECT closed_at FROM orders WHERE id = " + std::to_string(id)).empty());
}

void TestSyncdOrdersLifecycle::releaseCancelAndDispute()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    auto op2 = w.as(w.op2);
    auto senior = w.as(w.senior1);

    // Release: back to the queue without holder or rate; the next taker fixes their own rate.
    const auto id = createOrder(op1, 777101).json.at("id").get<std::int64_t>();
    auto r = take(op1, id);
    QCOMPARE(r.status, 200);
    auto refused = transition(op1, id, "NEW", versionOf(r));
    QCOMPARE(refused.errorCode(), std::string("reason_required"));
    r = transition(op1, id, "NEW", versionOf(r), "customer went silent, someone else please");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.contains("holder"));
    QVERIFY(!r.json.contains("final_rate"));
    r = take(op2, id, "99.500000");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("final_rate").get<std::string>(), std::string("99.500000"));

    // Dispute from AWAITING_CRYPTO, resolved by a senior back to where it came from.
    r = transition(op2, id, "AWAITING_CRYPTO", versionOf(r));
    r = transition(op1, id, "DISPUTE", versionOf(r), "customer claims a different rate was promised");
    QCOMPARE(r.status, 200);
    QCOMPARE(w.scalar("SELECT disputed_from FROM orders WHERE id = " + std::to_string(id)),
             std::string("AWAITING_CRYPTO"));
    refused = transition(op2, id, "AWAITING_CRYPTO", versionOf(r), "resolved");
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), std::string("forbidden"));
    r = transition(senior, id, "AWAITING_CRYPTO", versionOf(r), "checked the chat log, rate stands");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("status").get<std::string>(), std::string("AWAITING_CRYPTO"));
    QVERIFY(w.scalar("SELECT disputed_from FROM orders WHERE id = " + std::to_string(id)).empty());

    // Dispute resolved as COMPLETED, and a plain cancel with a reason.
    r = transition(op2, id, "DISPUTE", versionOf(r), "second thoughts");
    r = transition(senior, id, "COMPLETED", versionOf(r), "settled off-line");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("status").get<std::string>(), std::string("COMPLETED"));

    const auto other = createOrder(op1, 777102).json;
    refused = transition(op1, other.at("id").get<std::int64_t>(), "CANCELLED", other.at("version").get<std::int64_t>());
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), std::string("reason_required"));
    r = transition(op1, other.at("id").get<std::int64_t>(), "CANCELLED", 1, "customer changed their mind");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("status").get<std::string>(), std::string("CANCELLED"));
    // Terminal: nothing leaves CANCELLED.
    refused = transition(senior, other.at("id").get<std::int64_t>(), "NEW", versionOf(r), "undo");
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), std::string("invalid_transition"));
}

void TestSyncdOrdersLifecycle::rejectProofNeedsANewProof()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    const auto id = createOrder(op1, 777201).json.at("id").get<std::int64_t>();
    auto r = take(op1, id);
    r = transition(op1, id, "AWAITING_CRYPTO", versionOf(r));
    r = transition(op1, id, "USER_MARKED_SENT", versionOf(r), "on behalf of the customer");
    insertTxidProof(w, id, "cd01");
    systemAttachProof(w, id);
    r = detail(op1, id);
    const auto refused = transition(op1, id, "USER_MARKED_SENT", versionOf(r));
    QCOMPARE(refused.errorCode(), std::string("reason_required"));
    r = transition(op1, id, "USER_MARKED_SENT", versionOf(r), "screenshot is cropped, asked for a new one");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.at("status").get<std::string>(), std::string("USER_MARKED_SENT"));
    // The rejected proof no longer counts; a new one moves the order on again.
    QVERIFY_EXCEPTION_THROWN(systemAttachProof(w, id), p2pdesk::syncd::service::ServiceError);
    insertTxidProof(w, id, "cd02");
    systemAttachProof(w, id);
    QCOMPARE(w.scalar("SELECT status FROM orders WHERE id = " + std::to_string(id)),
             std::string("OPERATOR_VERIFY_PROOF"));
    // An operator may cancel while verifying, with a reason.
    r = detail(op1, id);
    r = transition(op1, id, "CANCELLED", versionOf(r), "proof is forged");
    QCOMPARE(r.status, 200);
}

void TestSyncdOrdersLifecycle::refusals()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    auto op2 = w.as(w.op2);
    auto admin = w.as(w.admin);
    const auto id = createOrder(op1, 777301).json.at("id").get<std::int64_t>();

    auto r = transition(op1, id, "PAID_OUT", 1, "", {{"payout_reference", "x"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), std::string("invalid_transition"));
    r = transition(op1, id, "ASSIGNED", 1);
    QCOMPARE(r.errorCode(), std::string("invalid_transition")); // taking is POST …/take

    r = take(admin, id);
    QCOMPARE(r.status, 403); // an admin-only account does not work orders
    QCOMPARE(admin.get(std::string(p2pdesk::proto::endpoints::kOrders)).status, 403);
    auto anonymous = w.server->client();
    QCOMPARE(anonymous.get(std::string(p2pdesk::proto::endpoints::kOrders)).status, 401);

    r = take(op1, id);
    const auto version = versionOf(r);
    r = transition(op1, id, "AWAITING_CRYPTO", version - 1);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), std::string("version_conflict"));
    r = transition(op2, id, "AWAITING_CRYPTO", version);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), std::string("forbidden"));
    r = tick(op2, id, w.verifyItems.front());
    QCOMPARE(r.status, 403); // only the holder ticks

    w.sql("UPDATE crypto_wallets SET active = false");
    r = transition(op1, id, "AWAITING_CRYPTO", version);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), std::string("wallet_required"));
    r = transition(op1, id, "AWAITING_CRYPTO", version, "", {{"wallet_id", w.walletId}});
    QCOMPARE(r.errorCode(), std::string("wallet_required"));
    w.sql("UPDATE crypto_wallets SET active = true");

    QCOMPARE(w.count("SELECT version FROM orders WHERE id = " + std::to_string(id)), static_cast<long long>(version));
    QCOMPARE(transition(op1, 999999, "CANCELLED", 1, "x").status, 404);

    // A final rate far from the suggestion (6 %: above the 2 % limit, within the 10 % hard maximum)
    // needs a reason.
    const auto other = createOrder(op1, 777302).json.at("id").get<std::int64_t>();
    r = take(op1, other, "105.000000");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), std::string("reason_required"));
    r = op1.post(path(p2pdesk::proto::endpoints::kOrderTake, other),
                 {{"final_rate", "105.000000"}, {"reason", "large regular customer, agreed premium"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(w.scalar("SELECT reason FROM order_history WHERE order_id = " + std::to_string(other) +
                      " AND to_status = 'ASSIGNED'"),
             std::string("large regular customer, agreed premium"));
}

void TestSyncdOrdersLifecycle::cancelTakenOrderOnlyByHolderOrSenior()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    auto op2 = w.as(w.op2);
    auto senior = w.as(w.senior2); // senior role only, not the holder

    // op1's order in OPERATOR_VERIFY_PROOF: the customer says they paid and a proof is attached.
    const auto id = createOrder(op1, 777401).json.at("id").get<std::int64_t>();
    auto r = take(op1, id);
    r = transition(op1, id, "AWAITING_CRYPTO", versionOf(r));
    r = transition(op1, id, "USER_MARKED_SENT", versionOf(r), "customer phoned");
    insertTxidProof(w, id, "ee01");
    systemAttachProof(w, id);
    r = detail(op1, id);
    const auto version = versionOf(r);
    const std::string order = std::to_string(id);

    // Another operator cannot cancel it, reason or not, and nothing changes.
    auto refused = transition(op2, id, "CANCELLED", version, "looks stuck");
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), std::string("forbidden"));
    QCOMPARE(w.scalar("SELECT status FROM orders WHERE id = " + order), std::string("OPERATOR_VERIFY_PROOF"));
    QCOMPARE(w.count("SELECT version FROM orders WHERE id = " + order), static_cast<long long>(version));
    QCOMPARE(w.count("SELECT count(*) FROM order_history WHERE order_id = " + order + " AND to_status = 'CANCELLED'"),
             0LL);
    // A senior may, with a reason.
    refused = transition(senior, id, "CANCELLED", version);
    QCOMPARE(refused.errorCode(), std::string("reason_required"));
    r = transition(senior, id, "CANCELLED", version, "holder unreachable, customer asked to cancel");
    QCOMPARE(r.status, 200);
    QCOMPARE(w.scalar("SELECT reason FROM order_history WHERE order_id = " + order + " AND to_status = 'CANCELLED'"),
             std::string("holder unreachable, customer asked to cancel"));

    // The same from ASSIGNED and AWAITING_CRYPTO; the holder may cancel their own.
    const auto assigned = createOrder(op1, 777402).json.at("id").get<std::int64_t>();
    r = take(op1, assigned);
    QCOMPARE(transition(op2, assigned, "CANCELLED", versionOf(r), "mine now").errorCode(), std::string("forbidden"));
    r = transition(op1, assigned, "AWAITING_CRYPTO", versionOf(r));
    QCOMPARE(transition(op2, assigned, "CANCELLED", versionOf(r), "mine now").errorCode(), std::string("forbidden"));
    r = transition(op1, assigned, "CANCELLED", versionOf(r), "customer changed their mind");
    QCOMPARE(r.status, 200);
    // A NEW order has no holder: any operator may cancel it with a reason.
    const auto fresh = createOrder(op1, 777403).json.at("id").get<std::int64_t>();
    QCOMPARE(transition(op2, fresh, "CANCELLED", 1, "duplicate of another order").status, 200);
}

void TestSyncdOrdersLifecycle::createValidationAndRateStale()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    auto body = createOrderBody(777401);
    body["asset"] = "DOGE";
    auto r = op1.post(std::string(p2pdesk::proto::endpoints::kOrders), body);
    QCOMPARE(r.status, 422);
    body = createOrderBody(777401);
    body["amount_crypto"] = "1.1234567"; // USDT/TRON keeps 6 decimals
    r = op1.post(std::string(p2pdesk::proto::endpoints::kOrders), body);
    QCOMPARE(r.status, 422);
    body = createOrderBody(777401);
    body["amount_fiat"] = "1000.00"; // both amounts
    QCOMPARE(op1.post(std::string(p2pdesk::proto::endpoints::kOrders), body).status, 422);

    body = createOrderBody(777401);
    body.erase("amount_crypto");
    body["amount_fiat"] = "4950.00";
    r = op1.post(std::string(p2pdesk::proto::endpoints::kOrders), body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.at("amount_crypto").get<std::string>(), std::string("50.000000"));

    w.sql("UPDATE rates SET base_updated_at = now() - interval '2 hours'");
    r = createOrder(op1, 777402);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), std::string("rate_stale"));
    QCOMPARE(w.count("SELECT count(*) FROM customers WHERE tg_user_id = 777402"), 0LL); // rolled back
}

QTEST_GUILESS_MAIN(TestSyncdOrdersLifecycle)
#include "tst_syncd_orders_lifecycle.moc"
