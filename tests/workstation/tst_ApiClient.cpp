#include "FakeSyncd.h"
#include "Orders.h"
#include "ScriptedTrustPrompt.h"
#include "TestCertificate.h"
#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/CertificatePinStore.h"
#include "core/PinnedNetworkAccess.h"

#include "p2pdesk/proto/Auth.h"
#include "p2pdesk/proto/Changes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

Q_DECLARE_METATYPE(std::function<ApiReply *(ApiClient &)>)

class TestApiClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void normalizeServer_data();
    void normalizeServer();
    void loginPostsCredentialsAndDecodesSession();
    void everyPostCarriesAFreshIdempotencyKey();
    void bearerTokenOnAuthenticatedCalls();
    void endpoints_data();
    void endpoints();
    void errorBodyBecomesApiError_data();
    void errorBodyBecomesApiError();
    void unreachableServerIsANetworkError();
    void undecodableBodyIsBadResponse();

private:
    ApiReply *waitFor(ApiReply *reply);

    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CertificatePinStore> m_pins;
    ScriptedTrustPrompt m_prompt{true};
    std::unique_ptr<PinnedNetworkAccess> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<FakeSyncd> m_server;
    // Replies delete themselves after finished(); keep what the tests read.
    std::optional<ApiError> m_error;
    QByteArray m_body;
    QString m_key;
};

void TestApiClient::initTestCase()
{
    m_certificate = TestCertificate::generate(m_dir, QStringLiteral("api"));
    QVERIFY(m_certificate);
}

void TestApiClient::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("api.ini")), QSettings::IniFormat);
    m_pins = std::make_unique<CertificatePinStore>(m_settings.get());
    m_network = std::make_unique<PinnedNetworkAccess>(m_pins.get(), &m_prompt);
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_server = std::make_unique<FakeSyncd>();
    QVERIFY(m_server->listen(*m_certificate));
    m_api->setServer(m_server->url());
}

void TestApiClient::cleanup()
{
    m_api.reset();
    m_network.reset();
    m_server.reset();
}

ApiReply *TestApiClient::waitFor(ApiReply *reply)
{
    m_error.reset();
    m_body.clear();
    m_key = reply->idempotencyKey();
    QSignalSpy finished(reply, &ApiReply::finished);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_error = reply->error();
        m_body = reply->body();
    });
    if (!finished.wait(10'000))
        m_error = ApiError{0, QStringLiteral("test_timeout"), {}};
    return reply;
}

void TestApiClient::normalizeServer_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host") << "desk.example.org"
                          << "https://desk.example.org";
    QTest::newRow("host:port") << "desk.example.org:8443"
                               << "https://desk.example.org:8443";
    QTest::newRow("url with path") << " https://10.0.0.5:8443/api "
                                   << "https://10.0.0.5:8443";
    QTest::newRow("plain http refused") << "http://desk.example.org"
                                        << "";
    QTest::newRow("empty") << "  "
                           << "";
}

void TestApiClient::normalizeServer()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ApiClient::normalizeServer(input).toString(), expected);
}

void TestApiClient::loginPostsCredentialsAndDecodesSession()
{
    proto::LoginResponse response;
    response.token = "tok-123";
    response.expiresAt = timestampFromMsecs(1'800'000'000'000LL);
    response.operatorInfo = proto::OperatorInfo{7, "alice", {domain::Role::Operator, domain::Role::Senior}};
    m_server->routeJson("POST", QStringLiteral("/api/v1/auth/login"), 200, body(response));

    ApiReply *reply = m_api->login(proto::LoginRequest{"alice", "correct horse battery", "123456"});
    std::optional<proto::LoginResponse> decoded;
    connect(reply, &ApiReply::finished, this, [&decoded, reply] { decoded = reply->decode<proto::LoginResponse>(); });
    waitFor(reply);
    QVERIFY(!m_error);
    QVERIFY(decoded);
    QCOMPARE(decoded->token, std::string("tok-123"));
    QCOMPARE(decoded->operatorInfo.id, 7);
    QCOMPARE(decoded->operatorInfo.roles.size(), std::size_t(2));

    const auto requests = m_server->requestsTo(QStringLiteral("/api/v1/auth/login"));
    QCOMPARE(requests.size(), 1);
    const auto sent = proto::parse<proto::LoginRequest>(requests[0].body.toStdString());
    QVERIFY(sent);
    QCOMPARE(sent->username, std::string("alice"));
    QCOMPARE(sent->password, std::string("correct horse battery"));
    QCOMPARE(sent->totp, std::string("123456"));
    QVERIFY(!requests[0].headers.contains("authorization"));
    QCOMPARE(requests[0].headers.value("content-type"), QByteArray("application/json"));
}

void TestApiClient::everyPostCarriesAFreshIdempotencyKey()
{
    m_server->routeJson("POST", QStringLiteral("/api/v1/auth/logout"), 204, {});
    waitFor(m_api->logout());
    const QString first = m_key;
    waitFor(m_api->logout());
    const QString second = m_key;
    waitFor(m_api->post(QStringLiteral("/api/v1/auth/logout"), "{}", first)); // a deliberate retry

    const auto requests = m_server->requestsTo(QStringLiteral("/api/v1/auth/logout"));
    QCOMPARE(requests.size(), 3);
    QVERIFY(!QUuid::fromString(QString::fromLatin1(requests[0].headers.value("idempotency-key"))).isNull());
    QCOMPARE(QString::fromLatin1(requests[0].headers.value("idempotency-key")), first);
    QCOMPARE(QString::fromLatin1(requests[1].headers.value("idempotency-key")), second);
    QVERIFY(first != second);
    QCOMPARE(QString::fromLatin1(requests[2].headers.value("idempotency-key")), first);
}

void TestApiClient::bearerTokenOnAuthenticatedCalls()
{
    m_server->routeJson("GET", QStringLiteral("/api/v1/me"), 200, "{}");
    m_api->setToken(QStringLiteral("secret-token"));
    waitFor(m_api->me());
    QVERIFY(!m_error);
    const auto requests = m_server->requestsTo(QStringLiteral("/api/v1/me"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].headers.value("authorization"), QByteArray("Bearer secret-token"));
    QVERIFY(!requests[0].headers.contains("idempotency-key")); // GETs need none
}

void TestApiClient::endpoints_data()
{
    using Call = std::function<ApiReply *(ApiClient &)>;
    QTest::addColumn<Call>("call");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");

    QTest::newRow("me") << Call([](ApiClient &api) { return api.me(); }) << QByteArray("GET") << "/api/v1/me"
                        << "";
    QTest::newRow("logout") << Call([](ApiClient &api) { return api.logout(); }) << QByteArray("POST")
                            << "/api/v1/auth/logout"
                            << "";
    QTest::newRow("orders") << Call([](ApiClient &api) {
        proto::OrdersQuery query;
        query.statuses = {domain::OrderStatus::New};
        query.limit = 200;
        return api.listOrders(query);
    }) << QByteArray("GET") << "/api/v1/orders"
                            << "limit=200&status=NEW";
    QTest::newRow("order") << Call([](ApiClient &api) { return api.order(42); }) << QByteArray("GET")
                           << "/api/v1/orders/42"
                           << "";
    QTest::newRow("take") << Call([](ApiClient &api) {
        proto::TakeRequest request;
        request.finalRate = domain::Decimal::parse("91.25").value();
        return api.take(42, request);
    }) << QByteArray("POST")
                          << "/api/v1/orders/42/take"
                          << "";
    QTest::newRow("transition") << Call([](ApiClient &api) {
        proto::TransitionRequest request;
        request.to = domain::OrderStatus::Cancelled;
        request.version = 3;
        request.reason = "customer asked";
        return api.transition(42, request);
    }) << QByteArray("POST") << "/api/v1/orders/42/transitions"
                                << "";
    QTest::newRow("approval") << Call([](ApiClient &api) {
        proto::ApprovalRequest request;
        request.reason = "checked";
        request.version = 5;
        return api.approve(42, request);
    }) << QByteArray("POST") << "/api/v1/orders/42/approvals"
                              << "";
    QTest::newRow("checklist") << Call([](ApiClient &api) {
        return api.updateChecklist(42, proto::ChecklistItemUpdate{3, true});
    }) << QByteArray("POST") << "/api/v1/orders/42/checklist"
                               << "";
    QTest::newRow("changes") << Call([](ApiClient &api) { return api.changes(17, 25); }) << QByteArray("GET")
                             << "/api/v1/changes"
                             << "since=17&wait=25";
}

void TestApiClient::endpoints()
{
    using Call = std::function<ApiReply *(ApiClient &)>;
    QFETCH(Call, call);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, query);
    m_server->routeJson(method, path, 200, "{}");
    waitFor(call(*m_api));
    const auto requests = m_server->requestsTo(path);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].method, method);
    QUrlQuery sorted;
    auto items = requests[0].query.queryItems(QUrl::FullyDecoded);
    std::sort(items.begin(), items.end());
    sorted.setQueryItems(items);
    QCOMPARE(sorted.toString(QUrl::FullyDecoded), query);
    QCOMPARE(requests[0].headers.contains("idempotency-key"), method == "POST");
    if (method == "POST")
        QVERIFY(!QJsonDocument::fromJson(requests[0].body).isNull());
}

void TestApiClient::errorBodyBecomesApiError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("already taken") << 409 << "already_taken"
                                   << "Another operator took this order first.";
    QTest::newRow("auth failed") << 401 << "auth_failed"
                                 << "Login failed";
    QTest::newRow("rate limited") << 429 << "rate_limited"
                                  << "Too many attempts";
    QTest::newRow("db down") << 503 << "db_unavailable"
                             << "database is unavailable";
    QTest::newRow("unknown code keeps server message") << 418 << "teapot_mode"
                                                       << "server says so";
}

void TestApiClient::errorBodyBecomesApiError()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, expectedWords);
    m_server->route("GET", QStringLiteral("/api/v1/me"), [status, code](const auto &, const FakeSyncd::Responder &r) {
        r.error(status, code, QStringLiteral("server says so"));
    });
    waitFor(m_api->me());
    QVERIFY(m_error);
    QCOMPARE(m_error->httpStatus, status);
    QCOMPARE(m_error->code, code);
    QCOMPARE(m_error->message, QStringLiteral("server says so"));
    QVERIFY2(m_error->plainText().contains(expectedWords), qPrintable(m_error->plainText()));
    QVERIFY(m_error->plainText().endsWith(u'(' + code + u')'));
    // The request id travels with the error: the tooltip shows it, the admin greps the log for it.
    QVERIFY2(m_error->requestId.startsWith(QStringLiteral("fake-")), qPrintable(m_error->requestId));
}

void TestApiClient::unreachableServerIsANetworkError()
{
    const QUrl url = m_server->url();
    m_server.reset(); // nothing listens on that port any more
    m_api->setServer(url);
    waitFor(m_api->me());
    QVERIFY(m_error);
    QCOMPARE(m_error->httpStatus, 0);
    QCOMPARE(m_error->code, ApiError::kNetwork);
}

void TestApiClient::undecodableBodyIsBadResponse()
{
    m_server->routeJson("GET", QStringLiteral("/api/v1/me"), 200, R"({"operator":{"id":"not a number"}})");
    ApiReply *reply = m_api->me();
    ApiError error;
    std::optional<proto::MeResponse> me;
    connect(reply, &ApiReply::finished, this, [&] { me = reply->decode<proto::MeResponse>(&error); });
    waitFor(reply);
    QVERIFY(!m_error);
    QVERIFY(!me);
    QCOMPARE(error.code, ApiError::kBadResponse);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_ApiClient.moc"
