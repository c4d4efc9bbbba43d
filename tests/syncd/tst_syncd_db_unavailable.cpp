#include "app/Services.h"
#include "db/ConnectionPool.h"
#include "db/DbErrors.h"
#include "http/Router.h"

#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TempDir.h"

#include <QtTest>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <chrono>
#include <filesystem>
#include <thread>
#include <vector>

using namespace p2pdesk;
using p2pdesk::test::PgTestDatabase;
using p2pdesk::test::SyncdTestServer;
using p2pdesk::test::SyncdTestServerOptions;

// The database "goes away" and "comes back" without touching the shared test cluster: syncd is
// pointed at a directory of our own in which the cluster's socket appears (a symlink) or not.
// Terminating the test database's backends simulates a server restart under open connections.
class TestSyncdDbUnavailable final : public QObject {
    Q_OBJECT

private slots:
    void startsWithoutDatabaseAndRecovers();
    void survivesBackendRestart();
    void poolIsBoundedAndTimesOut();
};

namespace {

const char *kSocketName = ".s.PGSQL.5432";

void terminateBackends(const PgTestDatabase &db)
{
    pqxx::connection admin("host=" + PgTestDatabase::socketDir() + " dbname=postgres user=postgres");
    pqxx::nontransaction tx(admin);
    tx.exec_params("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", db.name());
}

SyncdTestServerOptions pointedAt(const PgTestDatabase &db, const std::filesystem::path &socketDir)
{
    SyncdTestServerOptions options;
    options.config = db.configOverrides();
    options.config["db.host"] = socketDir.string();
    options.config["db.pool_size"] = "4";
    options.extraRoutes = [](syncd::http::Router &router, syncd::app::Services &) {
        syncd::http::RouteOptions open; // the probe tests the pool, not authentication
        open.authenticated = false;
        router.post(
            "/test/write",
            [](syncd::http::RequestContext &ctx) {
                ctx.tx().work().exec0("SELECT 1 WHERE false");
                return syncd::http::HttpResponse::json(200, {{"ok", true}});
            },
            open);
    };
    return options;
}

} // namespace

void TestSyncdDbUnavailable::startsWithoutDatabaseAndRecovers()
{
    PgTestDatabase db;
    p2pdesk::test::TempDir sockets;
    SyncdTestServer server(pointedAt(db, sockets.path()));
    auto client = server.client();

    QCOMPARE(client.get("/healthz").status, 200);
    const auto started = std::chrono::steady_clock::now();
    const auto ready = client.get("/readyz");
    const auto write = client.post("/test/write", nlohmann::json::object());
    const auto elapsed = std::chrono::steady_clock::now() - started;
    QCOMPARE(ready.status, 503);
    QCOMPARE(ready.errorCode(), std::string("db_unavailable"));
    QCOMPARE(write.status, 503);
    QCOMPARE(write.errorCode(), std::string("db_unavailable"));
    QVERIFY2(elapsed < std::chrono::seconds(2), "a dead database must be reported quickly");

    std::filesystem::create_symlink(std::filesystem::path(PgTestDatabase::socketDir()) / kSocketName,
                                    sockets.path() / kSocketName);
    QTRY_COMPARE(client.get("/readyz").status, 200);
    QCOMPARE(client.post("/test/write", nlohmann::json::object()).status, 200);

    std::filesystem::remove(sockets.path() / kSocketName);
    terminateBackends(db);
    QTRY_COMPARE(client.get("/readyz").status, 503);
    QCOMPARE(client.post("/test/write", nlohmann::json::object()).errorCode(), std::string("db_unavailable"));
    QCOMPARE(client.get("/healthz").status, 200);

    std::filesystem::create_symlink(std::filesystem::path(PgTestDatabase::socketDir()) / kSocketName,
                                    sockets.path() / kSocketName);
    QTRY_COMPARE(client.get("/readyz").status, 200);
}

void TestSyncdDbUnavailable::survivesBackendRestart()
{
    PgTestDatabase db;
    SyncdTestServerOptions options = pointedAt(db, PgTestDatabase::socketDir());
    SyncdTestServer server(db, options);

    // Fill the pool with several idle connections.
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&] {
            auto c = server.client();
            for (int j = 0; j < 5; ++j)
                c.post("/test/write", {{"slow", true}});
        });
    }
    for (auto &t : threads)
        t.join();
    QVERIFY(server.app().services().pool().idleCount() >= 1);

    terminateBackends(db);
    auto client = server.client();
    // The first request may meet a dead pooled connection (503); it drops every idle connection of
    // that generation, so the very next request must succeed.
    const int first = client.post("/test/write", nlohmann::json::object()).status;
    QVERIFY(first == 200 || first == 503);
    QCOMPARE(client.post("/test/write", nlohmann::json::object()).status, 200);
    QCOMPARE(client.get("/readyz").status, 200);
}

void TestSyncdDbUnavailable::poolIsBoundedAndTimesOut()
{
    PgTestDatabase db;
    syncd::db::ConnectionPool pool(db.conninfo(), 2, std::chrono::milliseconds(200));
    {
        auto a = pool.acquire();
        auto b = pool.acquire();
        QCOMPARE(pool.openCount(), std::size_t(2));
        const auto started = std::chrono::steady_clock::now();
        QVERIFY_THROWS_EXCEPTION(syncd::db::DbUnavailable, pool.acquire());
        QVERIFY(std::chrono::steady_clock::now() - started >= std::chrono::milliseconds(150));

        // A waiter is served as soon as a connection comes back.
        std::thread releaser([lease = std::move(a)]() mutable {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            auto dropped = std::move(lease);
        });
        auto c = pool.acquire();
        releaser.join();
        QVERIFY(c->is_open());
        c.markBroken(); // discarded, not returned
    }
    // c was discarded; b, returned after the failure report, belonged to the same (now stale)
    // generation and was closed rather than kept idle.
    QCOMPARE(pool.openCount(), std::size_t(0));
    QCOMPARE(pool.idleCount(), std::size_t(0));
    {
        auto d = pool.acquire();
        QVERIFY(d->is_open());
    }
    QCOMPARE(pool.idleCount(), std::size_t(1)); // healthy connections are kept
    auto e = pool.acquire();
    QCOMPARE(pool.idleCount(), std::size_t(0));
}

QTEST_APPLESS_MAIN(TestSyncdDbUnavailable)
#include "tst_syncd_db_unavailable.moc"
