#include "db/Migrator.h"
#include "http/ApiError.h"

#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"

#include <Poco/Net/NetException.h>
#include <Poco/Net/StreamSocket.h>
#include <QtTest>

#include <string>

using namespace p2pdesk;
using p2pdesk::test::PgTestDatabase;
using p2pdesk::test::SyncdTestServer;
using p2pdesk::test::SyncdTestServerOptions;

class TestSyncdHttp final : public QObject {
    Q_OBJECT

private slots:
    void healthAndReadyOverHttps();
    void readyzRefusesAnUnmigratedDatabase();
    void errorBodies_data();
    void errorBodies();
    void unknownExceptionIsA500WithRequestId();
    void certificateStableAcrossRestarts();
    void clientRefusesAnotherServersCertificate();
    void stoppedServerRefusesConnections();
    void secondServerOnTheSamePortIsRefused();
};

namespace {

SyncdTestServerOptions withProbeRoutes()
{
    SyncdTestServerOptions options;
    options.config["http.max_body_bytes"] = "1024";
    options.extraRoutes = [](syncd::http::Router &router, syncd::app::Services &) {
        syncd::http::RouteOptions open; // probes test the HTTP layer, not authentication
        open.authenticated = false;
        router.post(
            "/test/echo",
            [](syncd::http::RequestContext &ctx) {
                return syncd::http::HttpResponse::json(200, {{"echo", ctx.json()}});
            },
            open);
        router.get(
            "/test/items/{id}",
            [](syncd::http::RequestContext &ctx) {
                return syncd::http::HttpResponse::json(200, {{"id", ctx.pathId()}});
            },
            open);
        router.get(
            "/test/boom",
            [](syncd::http::RequestContext &) -> syncd::http::HttpResponse {
                throw std::runtime_error("secret-internal-detail");
            },
            open);
    };
    return options;
}

} // namespace

void TestSyncdHttp::healthAndReadyOverHttps()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    auto client = server.client();

    const auto health = client.get("/healthz");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json["status"].get<std::string>(), std::string("ok"));
    QCOMPARE(health.header("X-Request-Id").size(), std::size_t(16));
    QCOMPARE(health.header("X-Content-Type-Options"), std::string("nosniff"));
    QCOMPARE(health.header("Content-Security-Policy"), std::string("default-src 'none'; frame-ancestors 'none'"));
    QCOMPARE(health.header("Strict-Transport-Security"), std::string("max-age=31536000"));
    QCOMPARE(health.header("Cache-Control"), std::string("no-store"));

    const auto ready = client.get("/readyz");
    QCOMPARE(ready.status, 200);
    QCOMPARE(ready.json["schema_version"].get<int>(), syncd::db::embeddedMigrations().back().version);
}

void TestSyncdHttp::readyzRefusesAnUnmigratedDatabase()
{
    PgTestDatabase db(PgTestDatabase::Schema::Empty);
    SyncdTestServer server(db);
    auto client = server.client();
    QCOMPARE(client.get("/healthz").status, 200);
    const auto ready = client.get("/readyz");
    QCOMPARE(ready.status, 503);
    QCOMPARE(ready.errorCode(), std::string("db_unavailable"));
    QCOMPARE(ready.json["error"]["details"]["schema_version"].get<int>(), 0);
}

void TestSyncdHttp::errorBodies_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("unknown path") << "GET"
                                  << "/nope"
                                  << "" << 404 << "not_found";
    QTest::newRow("wrong method") << "DELETE"
                                  << "/healthz"
                                  << "" << 405 << "method_not_allowed";
    QTest::newRow("non-numeric id") << "GET"
                                    << "/test/items/abc"
                                    << "" << 404 << "not_found";
    QTest::newRow("not json") << "POST"
                              << "/test/echo"
                              << "{nope" << 400 << "bad_request";
    QTest::newRow("too large") << "POST"
                               << "/test/echo" << QString(2000, u'x') << 413 << "payload_too_large";
}

void TestSyncdHttp::errorBodies()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    PgTestDatabase db;
    SyncdTestServer server(db, withProbeRoutes());
    auto client = server.client();
    const auto r = client.request(method.toStdString(), path.toStdString(), body.toStdString(), "application/json");
    QCOMPARE(r.status, status);
    QCOMPARE(QString::fromStdString(r.errorCode()), code);
    QCOMPARE(r.header("X-Content-Type-Options"), std::string("nosniff"));
    QVERIFY(r.json["error"]["message"].is_string());
    QVERIFY(r.json["error"]["details"].is_object());

    // The connection stays usable after an error (keep-alive not confused by an unread body).
    auto again = server.client();
    QCOMPARE(again.get("/test/items/42").json["id"].get<int>(), 42);
}

void TestSyncdHttp::unknownExceptionIsA500WithRequestId()
{
    PgTestDatabase db;
    SyncdTestServer server(db, withProbeRoutes());
    auto client = server.client();
    const auto r = client.get("/test/boom");
    QCOMPARE(r.status, 500);
    QCOMPARE(r.errorCode(), std::string("internal_error"));
    QCOMPARE(r.json["error"]["details"]["request_id"].get<std::string>(), r.header("X-Request-Id"));
    QVERIFY(r.body.find("secret-internal-detail") == std::string::npos);
}

void TestSyncdHttp::certificateStableAcrossRestarts()
{
    PgTestDatabase db;
    p2pdesk::test::TempDir data;
    SyncdTestServerOptions options;
    options.dataDir = data.path();
    std::string first;
    {
        SyncdTestServer server(db, options);
        first = server.fingerprint();
        QCOMPARE(server.client().get("/healthz").status, 200);
    }
    SyncdTestServer again(db, options);
    QCOMPARE(again.fingerprint(), first);
    QCOMPARE(again.client().get("/healthz").status, 200);
}

void TestSyncdHttp::clientRefusesAnotherServersCertificate()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    SyncdTestServer other(db);
    QVERIFY(server.fingerprint() != other.fingerprint());
    p2pdesk::test::HttpsTestClient wrongTrust("127.0.0.1", server.port(), other.certificateFile());
    bool refused = false;
    try {
        wrongTrust.get("/healthz");
    } catch (const std::exception &) {
        refused = true;
    }
    QVERIFY(refused);
}

// A stopped syncd must refuse connections at once: a listener left open lets the kernel complete
// handshakes into its backlog, and clients (the workstation's offline detection) hang instead of
// failing fast. The app object stays alive here on purpose: that is the case being checked.
void TestSyncdHttp::stoppedServerRefusesConnections()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    const Poco::Net::SocketAddress address("127.0.0.1", server.port());
    QCOMPARE(server.client().get("/healthz").status, 200);
    server.app().stop();
    bool refused = false;
    try {
        Poco::Net::StreamSocket socket;
        socket.connect(address, Poco::Timespan(5, 0));
    } catch (const Poco::Net::ConnectionRefusedException &) {
        refused = true;
    }
    QVERIFY(refused);
}

// A second syncd started by mistake on a port already served must fail to start, not share the
// port: with SO_REUSEPORT the kernel would split connections between two servers with different
// certificates, and pinned workstations would see every other connection "change" certificate.
void TestSyncdHttp::secondServerOnTheSamePortIsRefused()
{
    PgTestDatabase db;
    SyncdTestServer first(db);
    SyncdTestServerOptions options;
    options.config["listen.port"] = std::to_string(first.port());
    bool refused = false;
    try {
        SyncdTestServer second(db, options);
    } catch (const std::exception &) {
        refused = true;
    }
    QVERIFY(refused);
    QCOMPARE(first.client().get("/healthz").status, 200);
}

QTEST_APPLESS_MAIN(TestSyncdHttp)
#include "tst_syncd_http.moc"
