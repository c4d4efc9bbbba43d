#include "SyncdProcess.h"
#include "app/Services.h"
#include "audit/AuditChain.h"
#include "audit/AuditWriter.h"
#include "db/ConnectionPool.h"
#include "db/Transaction.h"
#include "feed/ChangeFeed.h"
#include "feed/ChangeNotifier.h"
#include "http/Router.h"
#include "workers/AuditSealer.h"

#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"

#include <QtTest>
#include <pqxx/nontransaction>
#include <pqxx/notification>
#include <pqxx/result>
#include <pqxx/transaction>

#include <atomic>
#include <thread>
#include <vector>

using namespace p2pdesk;
using namespace p2pdesk::syncd;
using p2pdesk::test::PgTestDatabase;

class TestSyncdAudit final : public QObject {
    Q_OBJECT

private slots:
    void concurrentWritersSealIntoOneValidChain();
    void rowsBehindAnOpenTransactionWaitForIt();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void onlyOneSealerPerDatabase();
    void sealerWorkerRunsInsideTheServer();
    void changeFeedNotifiesAfterCommitOnly();
};

namespace {

audit::AuditEntry entry(const std::string &action, int n)
{
    audit::AuditEntry e;
    e.actor = "operator:" + std::to_string(n % 3 + 1);
    e.action = action;
    e.entity = "order";
    e.entityId = std::to_string(n);
    e.reason = n % 2 == 0 ? std::optional<std::string>("because " + std::to_string(n)) : std::nullopt;
    e.ip = "10.0.0." + std::to_string(n % 250 + 1);
    e.payload = {{"n", n}, {"text", "ünïcødé"}};
    return e;
}

std::int64_t appendCommitted(db::ConnectionPool &pool, const std::string &action, int n)
{
    return db::inTransaction(
        pool, [&](db::Transaction &tx) { return audit::AuditWriter::append(tx.work(), entry(action, n)); });
}

audit::VerifyResult verify(const PgTestDatabase &db)
{
    auto conn = db.connect();
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(*conn);
    return audit::verifyChain(tx);
}

long long unsealed(const PgTestDatabase &db)
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    return tx.exec1("SELECT count(*) FROM audit_log WHERE hash IS NULL")[0].as<long long>();
}

std::int64_t sealAll(workers::AuditSealer &sealer, const PgTestDatabase &db)
{
    std::int64_t total = 0;
    // The horizon is cluster-wide: another test's transaction may delay (never break) sealing.
    for (int i = 0; i < 500 && unsealed(db) > 0; ++i) {
        total += sealer.sealOnce();
        if (unsealed(db) > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return total;
}

} // namespace

void TestSyncdAudit::concurrentWritersSealIntoOneValidChain()
{
    PgTestDatabase db;
    db::ConnectionPool pool(db.conninfo(), 8, std::chrono::seconds(5));
    workers::AuditSealer sealer(pool);
    std::atomic<int> committed{0};
    std::vector<std::thread> writers;
    for (int w = 0; w < 4; ++w) {
        writers.emplace_back([&, w] {
            for (int i = 0; i < 25; ++i) {
                const int n = w * 100 + i;
                if (i % 5 == 4) {
                    // Rolled back: leaves a permanent gap in seq that the chain must skip.
                    db::Transaction tx(pool);
                    audit::AuditWriter::append(tx.work(), entry("rolled.back", n));
                    tx.abort();
                } else {
                    appendCommitted(pool, "order.take", n);
                    ++committed;
                }
                if (w == 0 && i % 3 == 0)
                    sealer.sealOnce(); // sealing while others write
            }
        });
    }
    for (auto &t : writers)
        t.join();
    sealAll(sealer, db);
    QCOMPARE(unsealed(db), 0LL);

    const auto result = verify(db);
    QVERIFY2(result.ok, result.problem.c_str());
    QCOMPARE(result.sealedRows, static_cast<std::int64_t>(committed.load()));
    QCOMPARE(result.pendingRows, std::int64_t(0));

    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    QVERIFY(
        tx.exec1("SELECT prev_hash = '\\x" + std::string(64, '0') + "'::bytea FROM audit_log ORDER BY seq LIMIT 1")[0]
            .as<bool>());
    QCOMPARE(tx.exec1("SELECT count(*) FROM audit_log WHERE action = 'rolled.back'")[0].as<int>(), 0);

    const auto cli = runSyncd({QStringLiteral("audit-verify")}, db.configOverrides());
    QCOMPARE(cli.exitCode, 0);
    QVERIFY2(cli.out.startsWith(QStringLiteral("OK ")), qPrintable(cli.out + cli.err));
}

void TestSyncdAudit::rowsBehindAnOpenTransactionWaitForIt()
{
    PgTestDatabase db;
    db::ConnectionPool pool(db.conninfo(), 4, std::chrono::seconds(5));
    workers::AuditSealer sealer(pool);

    auto slow = std::make_unique<db::Transaction>(pool);
    const auto slowSeq = audit::AuditWriter::append(slow->work(), entry("slow", 1));
    const auto fastSeq = appendCommitted(pool, "fast", 2);
    QVERIFY(slowSeq < fastSeq);

    // The fast row is visible, but sealing it now would chain it past the slow row's seq.
    QCOMPARE(sealer.sealOnce(), std::int64_t(0));
    QCOMPARE(unsealed(db), 1LL);

    slow->commit();
    slow.reset();
    QCOMPARE(sealAll(sealer, db), std::int64_t(2));
    const auto result = verify(db);
    QVERIFY2(result.ok, result.problem.c_str());
    QCOMPARE(result.sealedRows, std::int64_t(2));
}

void TestSyncdAudit::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("brokenIndex"); // index (0-based, by seq) of the row reported

    QTest::newRow("modified reason") << "UPDATE audit_log SET reason = 'edited' WHERE seq = (SELECT seq FROM audit_log "
                                        "ORDER BY seq OFFSET 2 LIMIT 1)"
                                     << 2;
    QTest::newRow("modified payload") << "UPDATE audit_log SET payload = '{\"n\": 999}' WHERE seq = (SELECT seq FROM "
                                         "audit_log ORDER BY seq OFFSET 1 LIMIT 1)"
                                      << 1;
    QTest::newRow("deleted row")
        << "DELETE FROM audit_log WHERE seq = (SELECT seq FROM audit_log ORDER BY seq OFFSET 2 LIMIT 1)" << 2;
    QTest::newRow("rehashed row") << "UPDATE audit_log SET actor = 'system', hash = sha256(hash) WHERE seq = (SELECT "
                                     "seq FROM audit_log ORDER BY seq OFFSET 3 LIMIT 1)"
                                  << 3;
}

void TestSyncdAudit::tamperingIsDetected()
{
    QFETCH(QString, tamper);
    QFETCH(int, brokenIndex);

    PgTestDatabase db;
    db::ConnectionPool pool(db.conninfo(), 2, std::chrono::seconds(5));
    workers::AuditSealer sealer(pool);
    std::vector<std::int64_t> seqs;
    for (int i = 0; i < 6; ++i)
        seqs.push_back(appendCommitted(pool, "order.transition", i));
    sealAll(sealer, db);
    QVERIFY(verify(db).ok);

    {
        auto conn = db.connect();
        pqxx::nontransaction tx(*conn);
        tx.exec0(tamper.toStdString());
    }
    const auto result = verify(db);
    QVERIFY(!result.ok);
    QCOMPARE(*result.brokenSeq, seqs[static_cast<std::size_t>(brokenIndex) + (tamper.startsWith(u"DELETE") ? 1 : 0)]);

    const auto cli = runSyncd({QStringLiteral("audit-verify")}, db.configOverrides());
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.out.contains(QStringLiteral("BROKEN at seq %1").arg(*result.brokenSeq)), qPrintable(cli.out));
}

void TestSyncdAudit::onlyOneSealerPerDatabase()
{
    PgTestDatabase db;
    db::ConnectionPool pool(db.conninfo(), 4, std::chrono::seconds(5));
    workers::AuditSealer leader(pool);
    workers::AuditSealer follower(pool);
    QCOMPARE(leader.sealOnce(), std::int64_t(0)); // takes the lock; nothing to seal yet
    appendCommitted(pool, "x", 1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(follower.sealOnce(), std::int64_t(0));
    QCOMPARE(unsealed(db), 1LL);
    QCOMPARE(sealAll(leader, db), std::int64_t(1));
}

void TestSyncdAudit::sealerWorkerRunsInsideTheServer()
{
    PgTestDatabase db;
    test::SyncdTestServerOptions options;
    options.extraRoutes = [](http::Router &router, app::Services &) {
        http::RouteOptions open; // the probe tests the audit chain, not authentication
        open.authenticated = false;
        router.post(
            "/test/audited",
            [](http::RequestContext &ctx) {
                const auto seq =
                    audit::AuditWriter::append(ctx.tx().work(), ctx.auditEntry("probe.write", "probe", "1"));
                return http::HttpResponse::json(201, {{"seq", seq}});
            },
            open);
    };
    test::SyncdTestServer server(db, options);
    auto client = server.client();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.post("/test/audited", nlohmann::json::object(), {{"X-Workstation-Id", "ws-7"}}).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(unsealed(db), 0LL, 10000);
    const auto result = verify(db);
    QVERIFY(result.ok);
    QCOMPARE(result.sealedRows, std::int64_t(5));

    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    const auto row = tx.exec1("SELECT actor, host(ip), workstation_id FROM audit_log ORDER BY seq LIMIT 1");
    QCOMPARE(row[0].as<std::string>(), std::string("anonymous"));
    QCOMPARE(row[1].as<std::string>(), std::string("127.0.0.1"));
    QCOMPARE(row[2].as<std::string>(), std::string("ws-7"));
}

namespace {

class Listener final : public pqxx::notification_receiver {
public:
    Listener(pqxx::connection_base &conn, const std::string &channel)
        : pqxx::notification_receiver(conn, channel)
    {
    }
    void operator()(const std::string &, int) override { ++count; }
    int count = 0;
};

} // namespace

void TestSyncdAudit::changeFeedNotifiesAfterCommitOnly()
{
    PgTestDatabase db;
    db::ConnectionPool pool(db.conninfo(), 2, std::chrono::seconds(5));
    feed::ChangeNotifier notifier(pool);
    notifier.start();
    feed::ChangeFeed changes(notifier);

    auto listenConn = db.connect();
    Listener listener(*listenConn, feed::ChangeNotifier::kChannel);
    listenConn->get_notifs();

    std::int64_t seq = 0;
    {
        db::Transaction tx(pool);
        seq = changes.append(tx, "settings.changed", std::nullopt, {{"key", "x"}});
        listenConn->await_notification(0, 300000);
        QCOMPARE(listener.count, 0); // nothing before commit
        tx.commit();
    }
    for (int i = 0; i < 50 && listener.count == 0; ++i)
        listenConn->await_notification(0, 100000);
    QVERIFY(listener.count >= 1);

    auto conn = db.connect();
    pqxx::nontransaction q(*conn);
    const auto row = q.exec_params1("SELECT kind, payload->>'key' FROM change_events WHERE seq = $1", seq);
    QCOMPARE(row[0].as<std::string>(), std::string("settings.changed"));
    QCOMPARE(row[1].as<std::string>(), std::string("x"));

    // A rolled-back append leaves neither an event nor a notification.
    const int before = listener.count;
    {
        db::Transaction tx(pool);
        changes.append(tx, "order.updated", std::nullopt);
    }
    listenConn->await_notification(0, 300000);
    QCOMPARE(listener.count, before);
    QCOMPARE(q.exec1("SELECT count(*) FROM change_events")[0].as<int>(), 1);
    notifier.stop();
}

QTEST_GUILESS_MAIN(TestSyncdAudit)
#include "tst_syncd_audit.moc"
