#include "app/Services.h"
#include "tst_syncd_orders_fixture.h"
#include "workers/DeadlineWorker.h"

#include <QtTest>

using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;
using p2pdesk::syncd::workers::DeadlineWorker;

// The deadline worker: deadlines set into the past with SQL, one tick run directly (no sleeping).
class TestSyncdOrdersDeadlines final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_world.reset(); }
    void expiredOrdersTakeTheTimeoutTransitionAsSystem();
    void halfTimeWarningOncePerStatus();
    void reminderStatusesAreNotCancelled();
    void oneWorkerPerDatabase();

private:
    std::unique_ptr<OrdersWorld> m_world;
    std::unique_ptr<DeadlineWorker> worker();
    void expire(std::int64_t orderId);
};

void TestSyncdOrdersDeadlines::init()
{
    m_world = std::make_unique<OrdersWorld>();
    // The server's own periodic worker would compete for the advisory lock; the test drives ticks.
    m_world->server->app().workers().stopAll();
}

std::unique_ptr<DeadlineWorker> TestSyncdOrdersDeadlines::worker()
{
    auto &services = m_world->server->app().services();
    return std::make_unique<DeadlineWorker>(services.pool(), services.changeFeed(), services.orders());
}

void TestSyncdOrdersDeadlines::expire(std::int64_t orderId)
{
    m_world->sql("UPDATE orders SET status_entered_at = now() - interval '3 hours', "
                 "status_deadline = now() - interval '1 second', status_warned_at = now() WHERE id = " +
                 std::to_string(orderId));
}

void TestSyncdOrdersDeadlines::expiredOrdersTakeTheTimeoutTransitionAsSystem()
{
    auto &w = *m_world;
    auto op1 = w.as(w.op1);
    const auto fresh = createOrder(op1, 780001).json.at("id").get<std::int64_t>();
    const auto stale = createOrder(op1, 780002).json.at("id").get<std::int64_t>();
    const auto sent = createOrder(op1, 780003).json.at("id").get<std::int64_t>();
    const auto paid = createOrder(op1, 780004).json.at("id").get<std::int64_t>();
    auto r = take(op1, sent);
    r = transition(op1, sent, "AWAITING_CRYPTO", r.json.at("version").get<std::int64_t>());
    r = transition(op1, sent, "USER_MARKED_SENT", r.json.at("version").get<std::int64_t>(), "phoned");
    QCOMPARE(r.status, 200);
    QCOMPARE(take(op1, paid).status, 200);
    w.sql("UPDATE orders SET status = 'PAID_OUT', payout_reference = 'ref' WHERE id = " + std::to_string(paid));
    expire(stale);
    expire(sent);
    expire(paid);

    const auto result = worker()->runOnce();
    QVERIFY(result.leader);
    QCOMPARE(result.expired, 3);
    const auto status = [&](std::int64_t id) {
        return w.scalar("SELECT status FROM orders WHERE id = " + std::to_string(id));
    };
    QCOMPARE(status(fresh), std::string("NEW"));
    QCOMPARE(status(stale), std::string("CANCELLED"));
    QCOMPARE(status(sent), std::string("CANCELLED"));
    QCOMPARE(status(paid), std::string("COMPLETED"));
    const std::string history =
        "SELECT actor FROM order_history WHERE order_id = " + std::to_string(stale) + " AND to_status = 'CANCELLED'";
    QCOMPARE(w.scalar(history), std::string("system"));
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE actor = 'system' AND action = 'order.cancel'"), 2LL);
    QCOMPARE(w.count("SELECT count(*) FROM change_events WHERE kind = 'order.transitioned' AND order_id = " +
                     std::to_string(stale) + " AND payload->'order'->>'status' = 'CANCELLED'"),
             1LL);
    // Nothing left to do: a second tick is a no-op.
    QCOMPARE(worker()->runOnce().expired, 0);
}

void TestSyncdOrdersDeadlines::halfTimeWarningOncePerStatus()
{
    auto &w = *m_world;
    auto op1 = w.as(w.op1);
    const auto id = createOrder(op1, 780101).json.at("id").get<std::int64_t>();
    const auto other = createOrder(op1, 780102).json.at("id").get<std::int64_t>();
    // NEW lasts 60 min: entered 40 min ago, the deadline is in 20 min — past half time.
    w.sql("UPDATE orders SET status_entered_at = now() - interval '40 minutes', "
          "status_deadline = now() + interval '20 minutes' WHERE id = " +
          std::to_string(id));
    auto tickResult = worker()->runOnce();
    QCOMPARE(tickResult.warned, 1);
    QCOMPARE(tickResult.expired, 0);
    QCOMPARE(w.count("SELECT count(*) FROM change_events WHERE kind = 'order.deadline_warning' AND order_id = " +
                     std::to_string(id) + " AND payload->>'actor' = 'system'"),
             1LL);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'order.deadline_warning' AND actor = 'system'"),
             1LL);
    QCOMPARE(w.scalar("SELECT status FROM orders WHERE id = " + std::to_string(id)), std::string("NEW"));
    QCOMPARE(worker()->runOnce().warned, 0); // once per status
    QCOMPARE(w.count("SELECT count(*) FROM change_events WHERE kind = 'order.deadline_warning' AND order_id = " +
                     std::to_string(other)),
             0LL);

    // A transition resets the warning for the new status.
    auto r = take(op1, id);
    QCOMPARE(r.status, 200);
    QVERIFY(w.scalar("SELECT status_warned_at FROM orders WHERE id = " + std::to_string(id)).empty());
}

void TestSyncdOrdersDeadlines::reminderStatusesAreNotCancelled()
{
    auto &w = *m_world;
    auto op1 = w.as(w.op1);
    const auto id = createOrder(op1, 780201).json.at("id").get<std::int64_t>();
    auto r = take(op1, id);
    r = transition(op1, id, "AWAITING_CRYPTO", r.json.at("version").get<std::int64_t>());
    r = transition(op1, id, "USER_MARKED_SENT", r.json.at("version").get<std::int64_t>(), "phoned");
    insertTxidProof(w, id, "aa01");
    systemAttachProof(w, id);
    expire(id);
    QCOMPARE(worker()->runOnce().expired, 0);
    QCOMPARE(w.scalar("SELECT status FROM orders WHERE id = " + std::to_string(id)),
             std::string("OPERATOR_VERIFY_PROOF"));
}

void TestSyncdOrdersDeadlines::oneWorkerPerDatabase()
{
    auto first = worker();
    auto second = worker();
    QVERIFY(first->runOnce().leader);
    QVERIFY(!second->runOnce().leader);
    // Its lock connection closes: the other instance takes over once the server has ended that
    // backend, which happens after the client hung up (seen to lose the race on a loaded machine).
    first.reset();
    QTRY_VERIFY_WITH_TIMEOUT(second->runOnce().leader, 10000);
}

QTEST_GUILESS_MAIN(TestSyncdOrdersDeadlines)
#include "tst_syncd_orders_deadlines.moc"
