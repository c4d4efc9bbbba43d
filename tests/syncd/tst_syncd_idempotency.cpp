#include "app/Services.h"
#include "http/ApiError.h"
#include "http/Router.h"

#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"

#include <QtTest>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

using namespace p2pdesk;
using p2pdesk::test::Headers;
using p2pdesk::test::PgTestDatabase;
using p2pdesk::test::SyncdTestServer;
using p2pdesk::test::SyncdTestServerOptions;

class TestSyncdIdempotency final : public QObject {
    Q_OBJECT

private slots:
    void replaySameKeyAndBody();
    void mismatchWithAnotherBody();
    void concurrentSameKeyExecutesOnce();
    void failedHandlerLeavesNoKey();
    void keysAreScopedPerPrincipal();
    void postsWithoutKeyAlwaysExecute();
};

namespace {

// A probe endpoint that writes through the request transaction, like every real POST handler:
// it inserts a row and answers with its id. `fail` throws after the insert; `sleep_ms` widens the
// window for the concurrency test. A stand-in authentication middleware maps "Bearer op-N" to
// operator N so per-principal scoping can be tested before the auth feature exists.
SyncdTestServerOptions probeOptions()
{
    SyncdTestServerOptions options;
    options.extraRoutes = [](syncd::http::Router &router, syncd::app::Services &) {
        router.use(
            [](syncd::http::RequestContext &ctx, const syncd::http::Route &, const syncd::http::Next &next) {
                const auto auth = ctx.header("Authorization");
                if (auth && auth->rfind("Bearer op-", 0) == 0)
                    ctx.setPrincipal({std::stoll(auth->substr(10)), "op", {"operator"}, 0});
                return next(ctx);
            },
            syncd::http::MiddlewareStage::Authentication);
        // Open to the real authentication middleware: the stand-in above supplies the principal.
        syncd::http::RouteOptions open;
        open.authenticated = false;
        router.post(
            "/test/counter",
            [](syncd::http::RequestContext &ctx) {
                const auto &body = ctx.json();
                auto &work = ctx.tx().work();
                const auto id = work.exec_params1("INSERT INTO probe_writes (label) VALUES ($1) RETURNING id",
                                                  body.value("label", std::string("x")))[0]
                                    .as<long long>();
                if (body.value("sleep_ms", 0) > 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(body.value("sleep_ms", 0)));
                if (body.value("fail", false))
                    throw syncd::http::ApiError(proto::ApiErrorCode::Conflict, "asked to fail");
                return syncd::http::HttpResponse::json(201, {{"id", id}});
            },
            open);
    };
    return options;
}

void createProbeTable(const PgTestDatabase &db)
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    tx.exec0("CREATE TABLE probe_writes (id bigserial PRIMARY KEY, label text NOT NULL)");
}

long long probeRows(const PgTestDatabase &db)
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    return tx.exec1("SELECT count(*) FROM probe_writes")[0].as<long long>();
}

} // namespace

void TestSyncdIdempotency::replaySameKeyAndBody()
{
    PgTestDatabase db;
    createProbeTable(db);
    SyncdTestServer server(db, probeOptions());
    auto client = server.client();
    const Headers key{{"Idempotency-Key", "k-1"}};

    const auto first = client.post("/test/counter", {{"label", "a"}}, key);
    QCOMPARE(first.status, 201);
    QVERIFY(first.header("Idempotent-Replayed").empty());
    const auto second = client.post("/test/counter", {{"label", "a"}}, key);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("Idempotent-Replayed"), std::string("true"));
    QCOMPARE(probeRows(db), 1LL);
}

void TestSyncdIdempotency::mismatchWithAnotherBody()
{
    PgTestDatabase db;
    createProbeTable(db);
    SyncdTestServer server(db, probeOptions());
    auto client = server.client();
    const Headers key{{"Idempotency-Key", "k-2"}};
    QCOMPARE(client.post("/test/counter", {{"label", "a"}}, key).status, 201);
    const auto other = client.post("/test/counter", {{"label", "b"}}, key);
    QCOMPARE(other.status, 422);
    QCOMPARE(other.errorCode(), std::string("idempotency_mismatch"));
    QCOMPARE(probeRows(db), 1LL);
}

void TestSyncdIdempotency::concurrentSameKeyExecutesOnce()
{
    PgTestDatabase db;
    createProbeTable(db);
    SyncdTestServer server(db, probeOptions());
    constexpr int kClients = 8;
    std::vector<std::string> bodies(kClients);
    std::vector<int> statuses(kClients);
    std::vector<std::thread> threads;
    for (int i = 0; i < kClients; ++i) {
        threads.emplace_back([&, i] {
            auto client = server.client();
            const auto r = client.post("/test/counter", {{"label", "same"}, {"sleep_ms", 150}},
                                       {{"Idempotency-Key", "k-concurrent"}});
            statuses[static_cast<std::size_t>(i)] = r.status;
            bodies[static_cast<std::size_t>(i)] = r.body;
        });
    }
    for (auto &t : threads)
        t.join();
    for (int i = 0; i < kClients; ++i) {
        QCOMPARE(statuses[static_cast<std::size_t>(i)], 201);
        QCOMPARE(bodies[static_cast<std::size_t>(i)], bodies[0]);
    }
    QCOMPARE(probeRows(db), 1LL);
}

void TestSyncdIdempotency::failedHandlerLeavesNoKey()
{
    PgTestDatabase db;
    createProbeTable(db);
    SyncdTestServer server(db, probeOptions());
    auto client = server.client();
    const Headers key{{"Idempotency-Key", "k-fail"}};
    const auto failed = client.post("/test/counter", {{"label", "a"}, {"fail", true}}, key);
    QCOMPARE(failed.status, 409);
    QCOMPARE(probeRows(db), 0LL); // the handler's insert rolled back with the key
    // Same key, same body again: executes again (nothing was recorded), fails again.
    QCOMPARE(client.post("/test/counter", {{"label", "a"}, {"fail", true}}, key).status, 409);
    // The key is still free for a corrected request.
    QCOMPARE(client.post("/test/counter", {{"label", "a"}}, key).status, 201);
    QCOMPARE(probeRows(db), 1LL);
}

void TestSyncdIdempotency::keysAreScopedPerPrincipal()
{
    PgTestDatabase db;
    createProbeTable(db);
    SyncdTestServer server(db, probeOptions());
    auto alice = server.client();
    alice.setBearerToken("op-1");
    auto bob = server.client();
    bob.setBearerToken("op-2");
    const Headers key{{"Idempotency-Key", "shared-key"}};
    const auto a = alice.post("/test/counter", {{"label", "a"}}, key);
    const auto b = bob.post("/test/counter", {{"label", "b"}}, key);
    QCOMPARE(a.status, 201);
    QCOMPARE(b.status, 201); // not a mismatch: another principal's key space
    QVERIFY(a.body != b.body);
    QCOMPARE(probeRows(db), 2LL);
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    const auto scopes = tx.exec("SELECT principal FROM idempotency_keys ORDER BY principal");
    QCOMPARE(scopes.size(), std::size_t(2));
    QCOMPARE(scopes[0][0].as<std::string>(), std::string("operator:1"));
    QCOMPARE(scopes[1][0].as<std::string>(), std::string("operator:2"));
}

void TestSyncdIdempotency::postsWithoutKeyAlwaysExecute()
{
    PgTestDatabase db;
    createProbeTable(db);
    SyncdTestServer server(db, probeOptions());
    auto client = server.client();
    QCOMPARE(client.post("/test/counter", {{"label", "a"}}).status, 201);
    QCOMPARE(client.post("/test/counter", {{"label", "a"}}).status, 201);
    QCOMPARE(probeRows(db), 2LL);
    const auto bad = client.post("/test/counter", {{"label", "a"}}, {{"Idempotency-Key", std::string(201, 'k')}});
    QCOMPARE(bad.status, 400);
}

QTEST_APPLESS_MAIN(TestSyncdIdempotency)
#include "tst_syncd_idempotency.moc"
