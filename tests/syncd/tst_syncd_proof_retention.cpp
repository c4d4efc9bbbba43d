#include "app/Services.h"
#include "storage/ContentStore.h"
#include "tst_syncd_orders_fixture.h"
#include "workers/ProofRetentionWorker.h"

#include <QtTest>

#include <memory>
#include <string>

using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;
using p2pdesk::syncd::workers::ProofRetentionWorker;

// Proof retention: "old" is made with SQL (created_at, closed_at), one round run directly.
class TestSyncdProofRetention final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_world.reset(); }
    void oldProofOfClosedOrderIsPurgedOnce();
    void heldDisputedOpenAndRecentProofsAreKept();
    void sharedBytesStayWhileAnotherProofUsesThem();
    void fileLeftByACrashAfterCommitIsRemovedNextRound();
    void oneWorkerPerDatabase();
    void zeroDaysKeepsForever();

private:
    std::unique_ptr<OrdersWorld> m_world;

    std::unique_ptr<ProofRetentionWorker> worker(int days = 90);
    p2pdesk::syncd::storage::ContentStore &store();
    // A fresh order moved to `status` by SQL, closed `closedDaysAgo` days ago when terminal.
    std::int64_t order(std::int64_t telegramId, const std::string &status, int closedDaysAgo = 100);
    // A proof_file row of `orderId` with `bytes` in the store, uploaded `daysAgo` days ago.
    std::int64_t proof(std::int64_t orderId, const std::string &bytes, int daysAgo = 100);
    std::string keyOf(std::int64_t proofId);
    bool purged(std::int64_t proofId);
};

void TestSyncdProofRetention::init()
{
    m_world = std::make_unique<OrdersWorld>();
    // The server's own worker would compete for the advisory lock; the test drives the rounds.
    m_world->server->app().workers().stopAll();
}

std::unique_ptr<ProofRetentionWorker> TestSyncdProofRetention::worker(int days)
{
    auto &services = m_world->server->app().services();
    return std::make_unique<ProofRetentionWorker>(services.pool(), services.contentStore(), days);
}

p2pdesk::syncd::storage::ContentStore &TestSyncdProofRetention::store()
{
    return m_world->server->app().services().contentStore();
}

std::int64_t TestSyncdProofRetention::order(std::int64_t telegramId, const std::string &status, int closedDaysAgo)
{
    auto op1 = m_world->as(m_world->op1);
    const auto created = createOrder(op1, telegramId);
    if (created.status != 201)
        throw std::runtime_error("order not created: " + created.body);
    const auto id = std::to_string(created.json.at("id").get<std::int64_t>());
    // Orders here share one payout account, so later ones collect the anti-fraud hold for "orders per
    // account per 24 h"; each case below sets the hold it is about itself.
    m_world->sql("DELETE FROM risk_flags WHERE order_id = " + id);
    const bool closed = status == "COMPLETED" || status == "CANCELLED";
    m_world->sql("UPDATE orders SET status = '" + status + "', final_rate = 99, hold = false, " +
                 (status == "DISPUTE" ? "disputed_from = 'PAID_OUT', " : "") + "closed_at = " +
                 (closed ? "now() - interval '" + std::to_string(closedDaysAgo) + " days'" : std::string("NULL")) +
                 " WHERE id = " + id);
    return std::stoll(id);
}

std::int64_t TestSyncdProofRetention::proof(std::int64_t orderId, const std::string &bytes, int daysAgo)
{
    const auto stored = store().put(bytes);
    return std::stoll(m_world->scalar(
        "INSERT INTO attachments (order_id, kind, sha256, size_bytes, mime, storage_key, uploader, created_at) "
        "VALUES (" +
        std::to_string(orderId) + ", 'proof_file', decode('" + stored.sha256Hex + "', 'hex'), " +
        std::to_string(stored.size) + ", 'image/png', '" + stored.key + "', 'operator:1', now() - interval '" +
        std::to_string(daysAgo) + " days') RETURNING id"));
}

std::string TestSyncdProofRetention::keyOf(std::int64_t proofId)
{
    return m_world->scalar("SELECT storage_key FROM attachments WHERE id = " + std::to_string(proofId));
}

bool TestSyncdProofRetention::purged(std::int64_t proofId)
{
    return m_world->scalar("SELECT purged_at IS NOT NULL FROM attachments WHERE id = " + std::to_string(proofId)) ==
           "t";
}

void TestSyncdProofRetention::oldProofOfClosedOrderIsPurgedOnce()
{
    auto &w = *m_world;
    const auto completed = order(790001, "COMPLETED");
    const auto id = proof(completed, "old completed proof");
    const auto key = keyOf(id);
    const auto sha = w.scalar("SELECT encode(sha256, 'hex') FROM attachments WHERE id = " + std::to_string(id));
    QVERIFY(store().contains(key));

    const auto first = worker()->runOnce();
    QVERIFY(first.leader);
    QCOMPARE(first.purged, 1);
    QCOMPARE(first.filesRemoved, 1);
    QCOMPARE(first.filesReleased, 1);
    QVERIFY(!store().contains(key));
    QVERIFY(purged(id));
    QCOMPARE(w.scalar("SELECT encode(sha256, 'hex') FROM attachments WHERE id = " + std::to_string(id)), sha);
    QCOMPARE(w.scalar("SELECT file_released_at IS NOT NULL FROM attachments WHERE id = " + std::to_string(id)),
             std::string("t"));
    const std::string audit =
        "FROM audit_log WHERE action = 'proof.purge' AND entity = 'proof' AND entity_id = '" + std::to_string(id) + "'";
    QCOMPARE(w.count("SELECT count(*) " + audit), 1LL);
    QCOMPARE(w.scalar("SELECT actor || '/' || reason || '/' || (payload->>'sha256') " + audit),
             "system/retention/" + sha);

    auto client = w.as(w.op1);
    const auto served = client.get("/api/v1/proofs/" + std::to_string(id) + "/file");
    QCOMPARE(served.status, 410);
    QCOMPARE(served.errorCode(), std::string("proof_purged"));
    QCOMPARE(served.json["error"]["details"]["sha256"].get<std::string>(), sha);

    const auto second = worker()->runOnce();
    QVERIFY(second.leader);
    QCOMPARE(second.purged, 0);
    QCOMPARE(second.filesReleased, 0);
    QCOMPARE(w.count("SELECT count(*) " + audit), 1LL);
}

void TestSyncdProofRetention::heldDisputedOpenAndRecentProofsAreKept()
{
    auto &w = *m_world;
    const auto purgeable = proof(order(790101, "CANCELLED"), "control: purgeable");
    const auto recentUpload = proof(order(790102, "COMPLETED"), "uploaded 10 days ago", 10);
    const auto recentlyClosed = proof(order(790103, "COMPLETED", 5), "closed 5 days ago");
    const auto disputed = proof(order(790104, "DISPUTE"), "in dispute");
    const auto open = proof(order(790105, "PAID_OUT"), "not terminal");
    const auto onHoldOrder = order(790106, "COMPLETED");
    const auto onHold = proof(onHoldOrder, "order on hold");
    w.sql("UPDATE orders SET hold = true WHERE id = " + std::to_string(onHoldOrder));
    const auto flaggedOrder = order(790107, "COMPLETED");
    const auto flagged = proof(flaggedOrder, "uncleared hold flag");
    w.sql("INSERT INTO risk_flags (order_id, customer_id, rule, severity) SELECT id, customer_id, 'test_rule', 'hold' "
          "FROM orders WHERE id = " +
          std::to_string(flaggedOrder));
    const auto blockedOrder = order(790108, "COMPLETED");
    const auto blocked = proof(blockedOrder, "customer blocked");
    w.sql("UPDATE customers SET blocked = true WHERE id = (SELECT customer_id FROM orders WHERE id = " +
          std::to_string(blockedOrder) + ")");
    const auto infoFlaggedOrder = order(790109, "COMPLETED");
    const auto infoFlagged = proof(infoFlaggedOrder, "only an info flag");
    w.sql("INSERT INTO risk_flags (order_id, customer_id, rule, severity) SELECT id, customer_id, 'test_rule', 'info' "
          "FROM orders WHERE id = " +
          std::to_string(infoFlaggedOrder));

    const auto result = worker()->runOnce();
    QCOMPARE(result.purged, 2);
    QVERIFY(purged(purgeable));
    QVERIFY(purged(infoFlagged));
    for (const auto kept : {recentUpload, recentlyClosed, disputed, open, onHold, flagged, blocked}) {
        QVERIFY2(!purged(kept), qPrintable(QString::number(kept)));
        QVERIFY(store().contains(keyOf(kept)));
    }
    auto client = w.as(w.op1);
    QCOMPARE(client.get("/api/v1/proofs/" + std::to_string(disputed) + "/file").status, 200);

    // A hold is not forever: cleared, the proof becomes due like any other.
    w.sql("UPDATE risk_flags SET cleared_at = now(), cleared_by = (SELECT id FROM operators LIMIT 1), "
          "clear_reason = 'checked' WHERE order_id = " +
          std::to_string(flaggedOrder));
    QCOMPARE(worker()->runOnce().purged, 1);
    QVERIFY(purged(flagged));
}

void TestSyncdProofRetention::sharedBytesStayWhileAnotherProofUsesThem()
{
    auto &w = *m_world;
    const auto oldCopy = proof(order(790201, "COMPLETED"), "the same screenshot twice");
    const auto liveCopy = proof(order(790202, "OPERATOR_VERIFY_PROOF"), "the same screenshot twice", 1);
    QCOMPARE(keyOf(oldCopy), keyOf(liveCopy));

    const auto result = worker()->runOnce();
    QCOMPARE(result.purged, 1);
    QCOMPARE(result.filesReleased, 1);
    QCOMPARE(result.filesRemoved, 0);
    QVERIFY(purged(oldCopy));
    auto client = w.as(w.op1);
    const auto served = client.get("/api/v1/proofs/" + std::to_string(liveCopy) + "/file");
    QCOMPARE(served.status, 200);
    QCOMPARE(served.body, std::string("the same screenshot twice"));
}

void TestSyncdProofRetention::fileLeftByACrashAfterCommitIsRemovedNextRound()
{
    auto &w = *m_world;
    // What a crash between the purge's commit and the unlink leaves: purged_at set, file still there.
    const auto id = proof(order(790301, "COMPLETED"), "orphan after a crash");
    w.sql("UPDATE attachments SET purged_at = now() WHERE id = " + std::to_string(id));
    QVERIFY(store().contains(keyOf(id)));

    const auto result = worker()->runOnce();
    QCOMPARE(result.purged, 0);
    QCOMPARE(result.filesRemoved, 1);
    QVERIFY(!store().contains(keyOf(id)));
    QCOMPARE(w.scalar("SELECT file_released_at IS NOT NULL FROM attachments WHERE id = " + std::to_string(id)),
             std::string("t"));
}

void TestSyncdProofRetention::oneWorkerPerDatabase()
{
    const auto id = proof(order(790401, "COMPLETED"), "one purger");
    auto leader = worker();
    auto follower = worker();
    QVERIFY(leader->runOnce().leader);
    const auto other = follower->runOnce();
    QVERIFY(!other.leader);
    QCOMPARE(other.purged, 0);
    QVERIFY(purged(id));
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'proof.purge'"), 1LL);
}

void TestSyncdProofRetention::zeroDaysKeepsForever()
{
    const auto id = proof(order(790501, "COMPLETED", 5000), "kept forever", 5000);
    const auto result = worker(0)->runOnce();
    QVERIFY(!result.leader);
    QCOMPARE(result.purged, 0);
    QVERIFY(!purged(id));
    QVERIFY(store().contains(keyOf(id)));
}

QTEST_GUILESS_MAIN(TestSyncdProofRetention)
#include "tst_syncd_proof_retention.moc"
