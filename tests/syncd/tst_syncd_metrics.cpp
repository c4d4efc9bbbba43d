// GET /metrics and the request log against the real server: the token rules, exact request counts
// after real API calls, the scrape-time gauges (pool, change feed, workers, backlogs, Telegram
// poller) with the database up and down, every page read by the strict reader of PrometheusText.h;
// and the real syncd binary logging JSON lines.
#include "PrometheusText.h"
#include "SyncdProcess.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/test/CapturingLogChannel.h"
#include "p2pdesk/test/FakeBotApi.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TempDir.h"
#include "p2pdesk/test/TestOperators.h"

#include <Poco/AutoPtr.h>
#include <Poco/Logger.h>
#include <QProcess>
#include <QtTest>
#include <nlohmann/json.hpp>
#include <pqxx/nontransaction>

#include <chrono>
#include <ctime>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

using namespace p2pdesk;
using p2pdesk::test::HttpsResult;
using p2pdesk::test::HttpsTestClient;
using p2pdesk::test::PgTestDatabase;
using p2pdesk::test::SyncdTestServer;
using p2pdesk::test::SyncdTestServerOptions;
using p2pdesk::test::TempDir;

namespace ep = p2pdesk::proto::endpoints;

namespace {

constexpr const char *kToken = "metrics-test-token-0123456789";

// A server whose /metrics answers to kToken (read from a file, as a deployment does).
struct MetricsServer {
    TempDir secrets;
    std::unique_ptr<SyncdTestServer> server;

    explicit MetricsServer(const PgTestDatabase &db, std::map<std::string, std::string> config = {})
    {
        std::ofstream(secrets.path() / "metrics_token") << kToken << "\n"; // as `echo` writes it
        SyncdTestServerOptions options;
        options.config = std::move(config);
        options.config["metrics.token_file"] = (secrets.path() / "metrics_token").string();
        server = std::make_unique<SyncdTestServer>(db, options);
    }
};

HttpsResult scrape(HttpsTestClient &client)
{
    return client.get(std::string(ep::kMetrics), {{"Authorization", std::string("Bearer ") + kToken}});
}

prometheus_text::Page scrapePage(SyncdTestServer &server)
{
    auto client = server.client();
    const auto r = scrape(client);
    if (r.status != 200)
        throw std::runtime_error("GET /metrics answered " + std::to_string(r.status) + ": " + r.body);
    return prometheus_text::parse(r.body);
}

double valueOr(const prometheus_text::Page &page, const std::string &name, const prometheus_text::Labels &labels,
               double fallback)
{
    return page.value(name, labels).value_or(fallback);
}

double now()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

void sql(const PgTestDatabase &db, const std::string &statement)
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    tx.exec0(statement);
}

} // namespace

class TestSyncdMetrics final : public QObject {
    Q_OBJECT

private slots:
    void absentWithoutAToken();
    void refusesAMissingOrWrongToken();
    void countsRequestsByRouteTemplateAndStatus();
    void reportsPoolFeedWorkersAndBacklogs();
    void answersWithoutTheDatabase();
    void reportsTheTelegramPoller();
    void binaryLogsJsonLines();
};

void TestSyncdMetrics::absentWithoutAToken()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    auto client = server.client();
    const auto r = client.get(std::string(ep::kMetrics), {{"Authorization", std::string("Bearer ") + kToken}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), std::string("not_found"));
}

void TestSyncdMetrics::refusesAMissingOrWrongToken()
{
    PgTestDatabase db;
    MetricsServer metrics(db);
    auto &server = *metrics.server;
    auto client = server.client();

    const auto none = client.get(std::string(ep::kMetrics));
    QCOMPARE(none.status, 401);
    QCOMPARE(none.errorCode(), std::string("unauthorized"));
    QCOMPARE(none.header("WWW-Authenticate"), std::string("Bearer realm=\"metrics\""));
    for (const std::string &wrong :
         std::vector<std::string>{"metrics-test-token-0123456788", "x", std::string(kToken) + "0", ""}) {
        const auto r = client.get(std::string(ep::kMetrics), {{"Authorization", "Bearer " + wrong}});
        QCOMPARE(r.status, 401);
    }
    // An operator's session is not the scraper's token.
    const auto op = test::createOperator(server, "metrics-op", {"admin"});
    client.setBearerToken(test::createSession(db, op.id));
    QCOMPARE(client.get(std::string(ep::kMetrics)).status, 401);

    client.setBearerToken(std::nullopt);
    const auto ok = client.get(std::string(ep::kMetrics), {{"Authorization", std::string("bearer ") + kToken}});
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.header("Content-Type"), std::string("text/plain; version=0.0.4; charset=utf-8"));
    QCOMPARE(ok.header("Cache-Control"), std::string("no-store"));
    const auto page = prometheus_text::parse(ok.body);
    // The refusals are counted (a scraper with a stale token shows up), under the route's template.
    QCOMPARE(page.value("p2pdesk_http_requests_total", {{"route", "/metrics"}, {"method", "GET"}, {"status", "401"}})
                 .value_or(0),
             6.0);
}

void TestSyncdMetrics::countsRequestsByRouteTemplateAndStatus()
{
    PgTestDatabase db;
    MetricsServer metrics(db);
    auto &server = *metrics.server;
    Poco::AutoPtr<test::CapturingLogChannel> logs(new test::CapturingLogChannel);
    auto &httpLog = Poco::Logger::get("syncd.http");
    const auto previous = httpLog.getChannel();
    httpLog.setChannel(logs);

    const auto op = test::createOperator(server, "metrics-counter", {"operator"});
    auto client = server.client();
    client.setBearerToken(test::loginAs(client, op)); // POST /api/v1/auth/login → 200
    const auto list = client.get(std::string(ep::kOrders));
    QCOMPARE(list.status, 200);
    QCOMPARE(client.get("/api/v1/orders/999999").status, 404);
    QCOMPARE(client.get("/api/v1/orders/999998").status, 404);
    QCOMPARE(client.get("/no/such/path/42").status, 404);
    QCOMPARE(client.request("BREW", "/api/v1/orders", "", "application/json").status, 405);
    httpLog.setChannel(previous);

    auto scraper = server.client();
    auto first = scrape(scraper);
    QCOMPARE(first.status, 200);
    auto page = prometheus_text::parse(first.body);
    const std::string requests = "p2pdesk_http_requests_total";
    QCOMPARE(valueOr(page, requests, {{"route", "/api/v1/auth/login"}, {"method", "POST"}, {"status", "200"}}, 0), 1.0);
    QCOMPARE(valueOr(page, requests, {{"route", "/api/v1/orders"}, {"method", "GET"}, {"status", "200"}}, 0), 1.0);
    // Two ids, one series: the template, never the path.
    QCOMPARE(valueOr(page, requests, {{"route", "/api/v1/orders/{id}"}, {"method", "GET"}, {"status", "404"}}, 0), 2.0);
    QCOMPARE(valueOr(page, requests, {{"route", "unmatched"}, {"method", "GET"}, {"status", "404"}}, 0), 1.0);
    QCOMPARE(valueOr(page, requests, {{"route", "unmatched"}, {"method", "other"}, {"status", "405"}}, 0), 1.0);
    for (const auto &s : page.samples(requests)) {
        QVERIFY2(s.labels.at("route").find("999") == std::string::npos, s.labels.at("route").c_str());
        QVERIFY(s.labels.at("route") != "/metrics"); // counted after its own page was rendered
    }
    // The histogram counts the same requests: _count equals the counter (the reader already checked
    // that buckets are cumulative and end in +Inf = _count).
    const std::string duration = "p2pdesk_http_request_duration_seconds";
    QCOMPARE(valueOr(page, duration + "_count", {{"route", "/api/v1/orders/{id}"}, {"method", "GET"}}, -1), 2.0);
    QCOMPARE(valueOr(page, duration + "_count", {{"route", "/api/v1/orders"}, {"method", "GET"}}, -1), 1.0);
    QCOMPARE(valueOr(page, duration + "_bucket", {{"route", "/api/v1/orders"}, {"method", "GET"}, {"le", "+Inf"}}, -1),
             1.0);
    QVERIFY(valueOr(page, duration + "_sum", {{"route", "/api/v1/orders"}, {"method", "GET"}}, -1) > 0);
    QCOMPARE(page.family(duration)->type, std::string("histogram"));
    QCOMPARE(page.family(requests)->type, std::string("counter"));

    // The scrape itself shows up in the next one.
    page = prometheus_text::parse(scrape(scraper).body);
    QCOMPARE(valueOr(page, requests, {{"route", "/metrics"}, {"method", "GET"}, {"status", "200"}}, 0), 1.0);

    // One access-log line per request: rid, operator, method, route, path, status, duration.
    const auto text = logs->text();
    const std::string listLine = "rid=" + list.header("X-Request-Id") + " 127.0.0.1 operator=" + std::to_string(op.id) +
                                 " GET /api/v1/orders /api/v1/orders -> 200 ";
    QVERIFY2(text.find(listLine) != std::string::npos, text.c_str());
    QVERIFY2(text.find(" operator=- GET unmatched /no/such/path/42 -> 404 ") != std::string::npos, text.c_str());
    QVERIFY(text.find(" GET /api/v1/orders/{id} /api/v1/orders/999999 -> 404 ") != std::string::npos);
}

void TestSyncdMetrics::reportsPoolFeedWorkersAndBacklogs()
{
    PgTestDatabase db;
    MetricsServer metrics(db, {{"db.pool_size", "7"}});
    auto &server = *metrics.server;
    // Work nobody delivers here (no Telegram, no e-mail): the backlogs must show it.
    sql(db, "INSERT INTO outbox (channel, recipient, payload, created_at) VALUES "
            "('telegram_ops', '-100', '{}', now() - interval '90 seconds'), "
            "('telegram_ops', '-100', '{}', now()), ('email', 'a@example.org', '{}', now())");
    sql(db, "INSERT INTO tg_updates (update_id, payload, received_at) VALUES (1, '{}', now() - interval '30 seconds')");

    // A long-poll waiting while the page is read.
    const auto op = test::createOperator(server, "metrics-feed", {"operator"});
    const auto since = server.app().services().changeListener().refresh();
    std::thread poll([&] {
        auto client = test::clientAs(server, op);
        client.get("/api/v1/changes?since=" + std::to_string(since) + "&wait=5");
    });
    QTRY_COMPARE(server.app().services().changeListener().waiterCount(), std::size_t(1));
    auto page = scrapePage(server);
    poll.join();

    QCOMPARE(page.value("p2pdesk_change_feed_waiters").value(), 1.0);
    QCOMPARE(page.value("p2pdesk_db_up").value(), 1.0);
    QCOMPARE(page.value("p2pdesk_db_pool_max_connections").value(), 7.0);
    const auto inUse = page.value("p2pdesk_db_pool_connections", {{"state", "in_use"}}).value();
    const auto idle = page.value("p2pdesk_db_pool_connections", {{"state", "idle"}}).value();
    QVERIFY(inUse >= 0 && idle >= 0 && inUse + idle <= 7);
    QCOMPARE(page.value("p2pdesk_db_pool_waiting_requests").value(), 0.0);
    QCOMPARE(page.value("p2pdesk_db_pool_acquire_timeouts_total").value(), 0.0);

    QCOMPARE(page.value("p2pdesk_outbox_queued_messages", {{"channel", "telegram_ops"}}).value(), 2.0);
    QCOMPARE(page.value("p2pdesk_outbox_queued_messages", {{"channel", "email"}}).value(), 1.0);
    QCOMPARE(page.value("p2pdesk_outbox_queued_messages", {{"channel", "telegram_customer"}}).value(), 0.0);
    const auto oldest = page.value("p2pdesk_outbox_oldest_queued_age_seconds", {{"channel", "telegram_ops"}}).value();
    QVERIFY2(oldest >= 89 && oldest < 600, std::to_string(oldest).c_str());
    QCOMPARE(page.value("p2pdesk_outbox_oldest_queued_age_seconds", {{"channel", "telegram_customer"}}).value(), 0.0);
    QCOMPARE(page.value("p2pdesk_telegram_updates_pending").value(), 1.0);
    QVERIFY(page.value("p2pdesk_telegram_oldest_pending_update_age_seconds").value() >= 29);
    QVERIFY(page.value("p2pdesk_audit_unsealed_rows").value() >= 0);

    // Workers: the sealer runs every 50 ms here, the purge every 10 minutes (not yet run).
    QTRY_VERIFY(scrapePage(server)
                    .value("p2pdesk_worker_last_success_timestamp_seconds", {{"worker", "audit_sealer"}})
                    .value_or(0) > 0);
    page = scrapePage(server);
    const auto sealed = page.value("p2pdesk_worker_last_success_timestamp_seconds", {{"worker", "audit_sealer"}});
    QVERIFY(std::abs(*sealed - now()) < 60);
    QCOMPARE(page.value("p2pdesk_worker_failures_total", {{"worker", "audit_sealer"}}).value(), 0.0);
    QCOMPARE(page.value("p2pdesk_worker_consecutive_failures", {{"worker", "audit_sealer"}}).value(), 0.0);
    QCOMPARE(page.value("p2pdesk_worker_interval_seconds", {{"worker", "audit_sealer"}}).value(), 0.05);
    QCOMPARE(page.value("p2pdesk_worker_last_success_timestamp_seconds", {{"worker", "idempotency_purge"}}).value(),
             0.0);
    QCOMPARE(page.value("p2pdesk_worker_interval_seconds", {{"worker", "idempotency_purge"}}).value(), 600.0);
    QVERIFY(page.value("p2pdesk_worker_interval_seconds", {{"worker", "order_deadlines"}}).has_value());
    QVERIFY(!page.value("p2pdesk_telegram_poll_lag_seconds")); // no bridge here

    const auto started = page.value("p2pdesk_start_time_seconds").value();
    QVERIFY(started <= now() && started > now() - 600);
    QCOMPARE(page.samples("p2pdesk_build_info").size(), std::size_t(1));
    QVERIFY(page.value("p2pdesk_http_connections").value() >= 1); // this scrape's own connection
}

void TestSyncdMetrics::answersWithoutTheDatabase()
{
    PgTestDatabase db;
    TempDir noSocket; // a socket directory without PostgreSQL in it: every connect fails at once
    TempDir secrets;
    std::ofstream(secrets.path() / "metrics_token") << kToken;
    SyncdTestServerOptions options;
    options.config = db.configOverrides();
    options.config["db.host"] = noSocket.path().string();
    options.config["metrics.token_file"] = (secrets.path() / "metrics_token").string();
    SyncdTestServer server(options);

    auto page = scrapePage(server);
    QCOMPARE(page.value("p2pdesk_db_up").value(), 0.0);
    QVERIFY(page.value("p2pdesk_db_pool_connections", {{"state", "in_use"}}).has_value());
    QVERIFY(page.value("p2pdesk_change_feed_waiters").has_value());
    QVERIFY(!page.value("p2pdesk_audit_unsealed_rows")); // unknown, not 0
    QVERIFY(page.samples("p2pdesk_outbox_queued_messages").empty());
    // The workers keep failing, and say so.
    QTRY_VERIFY(
        scrapePage(server).value("p2pdesk_worker_consecutive_failures", {{"worker", "audit_sealer"}}).value_or(0) >= 1);
    page = scrapePage(server);
    QVERIFY(page.value("p2pdesk_worker_failures_total", {{"worker", "audit_sealer"}}).value() >= 1);
    QCOMPARE(page.value("p2pdesk_worker_last_success_timestamp_seconds", {{"worker", "audit_sealer"}}).value(), 0.0);
}

void TestSyncdMetrics::reportsTheTelegramPoller()
{
    PgTestDatabase db;
    test::FakeBotApi fake;
    TempDir dir;
    std::ofstream(dir.path() / "bot_token") << fake.token();
    MetricsServer metrics(db, {{"telegram.mode", "polling"},
                               {"telegram.api_base_url", fake.baseUrl()},
                               {"telegram.bot_token_file", (dir.path() / "bot_token").string()},
                               {"telegram.poll_timeout_s", "1"},
                               {"telegram.worker_interval_ms", "100"}});
    auto &server = *metrics.server;
    QTRY_VERIFY_WITH_TIMEOUT(scrapePage(server)
                                     .value("p2pdesk_worker_last_success_timestamp_seconds", {{"worker", "tg_poller"}})
                                     .value_or(0) > 0,
                             10000);
    const auto page = scrapePage(server);
    QCOMPARE(page.value("p2pdesk_telegram_poller_leader").value(), 1.0);
    const auto lag = page.value("p2pdesk_telegram_poll_lag_seconds").value();
    QVERIFY2(lag >= 0 && lag <= 5, std::to_string(lag).c_str());
    QCOMPARE(page.value("p2pdesk_worker_interval_seconds", {{"worker", "tg_poller"}}).value(), 1.0);
    for (const char *worker : {"tg_processor", "tg_notifier", "tg_outbox", "audit_sealer"})
        QVERIFY2(page.value("p2pdesk_worker_failures_total", {{"worker", worker}}).has_value(), worker);
}

// The real binary with log.format = json: every line on stderr is one JSON object, and the request
// line carries its fields as members.
void TestSyncdMetrics::binaryLogsJsonLines()
{
    PgTestDatabase db;
    TempDir dir;
    std::ofstream(dir.path() / "metrics_token") << kToken;
    const auto port = test::portOutsideEphemeralRange();
    auto config = db.configOverrides();
    config["data_dir"] = (dir.path() / "data").string();
    config["listen.port"] = std::to_string(port);
    config["log.format"] = "json";
    config["metrics.token_file"] = (dir.path() / "metrics_token").string();
    QProcess syncd;
    syncd.setProcessEnvironment(syncdEnvironment(config));
    syncd.start(QStringLiteral(SYNCD_BINARY), {QStringLiteral("serve")});
    QVERIFY(syncd.waitForStarted(10000));
    QString err;
    QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(syncd.readAllStandardError())).contains(u"listening on"), 20000);

    HttpsTestClient client("127.0.0.1", port, dir.path() / "data" / "tls" / "syncd.crt");
    const auto health = client.get(std::string(ep::kHealthz));
    QCOMPARE(health.status, 200);
    QCOMPARE(scrape(client).status, 200);
    syncd.terminate();
    QVERIFY(syncd.waitForFinished(20000));
    err += QString::fromUtf8(syncd.readAllStandardError());

    int lines = 0;
    bool sawRequest = false;
    for (const auto &line : err.split(u'\n', Qt::SkipEmptyParts)) {
        const auto json = nlohmann::json::parse(line.toStdString(), nullptr, false);
        QVERIFY2(json.is_object(), qPrintable(line));
        ++lines;
        for (const char *member : {"ts", "level", "logger", "msg"})
            QVERIFY2(json.contains(member) && json[member].is_string(), qPrintable(line));
        if (json.value("route", "") != "/healthz")
            continue;
        sawRequest = true;
        QCOMPARE(json["rid"].get<std::string>(), health.header("X-Request-Id"));
        QCOMPARE(json["logger"].get<std::string>(), std::string("syncd.http"));
        QCOMPARE(json["level"].get<std::string>(), std::string("information"));
        QCOMPARE(json["method"].get<std::string>(), std::string("GET"));
        QCOMPARE(json["path"].get<std::string>(), std::string("/healthz"));
        QCOMPARE(json["client_ip"].get<std::string>(), std::string("127.0.0.1"));
        QVERIFY(json["operator"].is_null());
        QVERIFY(json["status"].is_number_integer());
        QCOMPARE(json["status"].get<int>(), 200);
        QVERIFY(json["duration_ms"].is_number() && json["duration_ms"].get<double>() >= 0);
        QVERIFY(json["msg"].get<std::string>().rfind("rid=", 0) != 0); // a member, not a prefix
        QVERIFY(json["ts"].get<std::string>().size() == std::string("2024-05-01T12:00:00.000Z").size());
    }
    QVERIFY(lines >= 3); // start-up notices, the requests, the stop
    QVERIFY(sawRequest);

    // An unknown format is refused before anything starts.
    config["log.format"] = "xml";
    const auto refused = runSyncd({QStringLiteral("serve")}, config);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(QStringLiteral("log.format")));
}

QTEST_GUILESS_MAIN(TestSyncdMetrics)
#include "tst_syncd_metrics.moc"
