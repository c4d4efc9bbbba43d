#include "FakeOrderBackend.h"
#include "FakeSyncd.h"
#include "FreshAppData.h"
#include "Orders.h"
#include "TestCertificate.h"
#include "app/AppController.h"
#include "core/CertificatePinStore.h"
#include "core/OrderActions.h"
#include "models/ApprovalsFilterModel.h"
#include "ui/actions/TakeRateDialog.h"
#include "ui/approvals/ApprovalsInbox.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/order/OrderCardWidget.h"
#include "ui/trust/TrustCertificateDialog.h"

#include "p2pdesk/proto/Auth.h"
#include "p2pdesk/proto/Changes.h"
#include "p2pdesk/proto/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

// The whole app as main.cpp wires it, against a fake syncd: log in (trusting the certificate on
// first use), see the queue from the snapshot, and get sent back to login when the session ends.
class TestAppFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loginTrustQueueAndSessionEnd();
    void settingsChangeReachesTheApprovalsInbox();
    void firstStartPrefillsTheServer();
    void cardOpenedOfflineShowsTheCachedOrder();
    void takeFromTheQueueSendsTheDepositAddress();

private:
    p2pdesk::workstation::FreshAppData m_appData;
    void logIn(AppController &app, const FakeSyncd &server, const QString &username);

    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
};

void TestAppFlow::initTestCase()
{
    QVERIFY(m_appData.isValid());          // a home of this run's own (FreshAppData.h)
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: the token must simply not be remembered
    m_certificate = TestCertificate::generate(m_dir, QStringLiteral("app"));
    QVERIFY(m_certificate);
}

void TestAppFlow::loginTrustQueueAndSessionEnd()
{
    FakeSyncd server;
    QVERIFY(server.listen(*m_certificate));
    proto::LoginResponse login;
    login.token = "session-token";
    login.expiresAt = timestampFromMsecs(4'000'000'000'000LL);
    login.operatorInfo = proto::OperatorInfo{7, "alice", {domain::Role::Operator}};
    server.routeJson("POST", QStringLiteral("/api/v1/auth/login"), 200, body(login));
    proto::OrdersPage page;
    page.items = {makeOrder(1), makeOrder(2)};
    server.routeJson("GET", QStringLiteral("/api/v1/orders"), 200, body(page));
    bool sessionRevoked = false;
    server.route("GET", QStringLiteral("/api/v1/changes"),
                 [&](const FakeSyncd::Request &request, const FakeSyncd::Responder &r) {
                     if (sessionRevoked)
                         return r.error(401, QStringLiteral("unauthorized"), QStringLiteral("session revoked"));
                     proto::ChangesResponse none;
                     none.lastSeq = request.query.queryItemValue(QStringLiteral("since")).toLongLong();
                     QTimer::singleShot(50, this, [r, none] { r.respond(200, body(none)); });
                 });

    QSettings settings(m_dir.filePath(QStringLiteral("app.ini")), QSettings::IniFormat);
    AppController app(&settings);
    app.start();
    LoginDialog *dialog = app.loginDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // Answer the first-use trust question like an operator who compared the fingerprint.
    int trustDialogs = 0;
    QTimer trustClicker;
    connect(&trustClicker, &QTimer::timeout, this, [&] {
        if (auto *trust = qobject_cast<TrustCertificateDialog *>(QApplication::activeModalWidget())) {
            ++trustDialogs;
            QTest::mouseClick(trust->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
        }
    });
    trustClicker.start(20);

    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("serverLineEdit")),
                     QStringLiteral("127.0.0.1:") + QString::number(server.port()));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit")), QStringLiteral("alice"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit")),
                     QStringLiteral("correct horse"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("totpLineEdit")), QStringLiteral("123456"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loginButton")), Qt::LeftButton);

    QTRY_VERIFY(app.mainWindow() && app.mainWindow()->isVisible());
    QCOMPARE(trustDialogs, 1);
    CertificatePinStore pins(&settings);
    QCOMPARE(pins.pin(QStringLiteral("127.0.0.1"), server.port()),
             std::optional(CertificatePinStore::fingerprint(m_certificate->certificate)));
    auto *table = app.mainWindow()->findChild<QTableView *>(QStringLiteral("queueTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QTRY_VERIFY(app.mainWindow()->isOnline());
    const auto logins = server.requestsTo(QStringLiteral("/api/v1/auth/login"));
    QCOMPARE(logins.size(), 1);
    QTRY_VERIFY(server.requestsTo(QStringLiteral("/api/v1/changes")).size() >= 2);
    QCOMPARE(server.requestsTo(QStringLiteral("/api/v1/changes")).last().headers.value("authorization"),
             QByteArray("Bearer session-token"));

    // Revoked on the server: back to the login form, with the reason.
    sessionRevoked = true;
    QTRY_VERIFY_WITH_TIMEOUT(!app.mainWindow(), 10'000);
    QTRY_VERIFY(app.loginDialog() && app.loginDialog()->isVisible());
    auto *notice = app.loginDialog()->findChild<QLabel *>(QStringLiteral("noticeLabel"));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("Your session has ended. Please log in again."));
    QCOMPARE(app.loginDialog()->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"))->text(),
             QStringLiteral("alice"));
    QCOMPARE(trustDialogs, 1); // the pinned certificate is not asked about again
}

void TestAppFlow::logIn(AppController &app, const FakeSyncd &server, const QString &username)
{
    LoginDialog *dialog = app.loginDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTimer trustClicker;
    connect(&trustClicker, &QTimer::timeout, this, [&] {
        if (auto *trust = qobject_cast<TrustCertificateDialog *>(QApplication::activeModalWidget()))
            QTest::mouseClick(trust->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
    });
    trustClicker.start(20);
    auto *serverEdit = dialog->findChild<QLineEdit *>(QStringLiteral("serverLineEdit"));
    serverEdit->clear();
    QTest::keyClicks(serverEdit, QStringLiteral("127.0.0.1:") + QString::number(server.port()));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit")), username);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit")), QStringLiteral("pw"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("totpLineEdit")), QStringLiteral("123456"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loginButton")), Qt::LeftButton);
    QTRY_VERIFY(app.mainWindow() && app.mainWindow()->isVisible());
}

// Defect: a senior's approvals inbox stayed empty while a payout waited, after an admin lowered
// the approval threshold — the workstation read the settings once, at login. The change feed's
// settings.updated now carries the new settings and the inbox applies them at once.
void TestAppFlow::settingsChangeReachesTheApprovalsInbox()
{
    FakeSyncd server;
    QVERIFY(server.listen(*m_certificate));
    proto::LoginResponse login;
    login.token = "senior-token";
    login.expiresAt = timestampFromMsecs(4'000'000'000'000LL);
    login.operatorInfo = proto::OperatorInfo{9, "sam", {domain::Role::Operator, domain::Role::Senior}};
    server.routeJson("POST", QStringLiteral("/api/v1/auth/login"), 200, body(login));
    auto waiting = makeOrder(1, domain::OrderStatus::PaymentVerified, "20000.00", 4);
    waiting.holder = proto::OperatorRef{7, "alice"};
    proto::OrdersPage page;
    page.items = {waiting};
    server.routeJson("GET", QStringLiteral("/api/v1/orders"), 200, body(page));
    proto::Settings settings;
    settings.approvalThresholds.emplace("RUB", domain::Decimal::parse("300000.00", 2).value());
    settings.maxRateDeviationPercent = domain::Decimal::parse("2.0000", 4).value();
    server.routeJson("GET", QStringLiteral("/api/v1/settings"), 200, body(settings));
    server.route(
        "GET", QStringLiteral("/api/v1/admin/wallets"),
        [](const FakeSyncd::Request &, const FakeSyncd::Responder &r) { r.error(403, QStringLiteral("forbidden")); });
    std::vector<proto::ChangeEvent> events;
    std::vector<std::pair<std::int64_t, FakeSyncd::Responder>> held;
    const auto answer = [&events](std::int64_t since, const FakeSyncd::Responder &r) {
        proto::ChangesResponse response;
        response.lastSeq = since;
        for (const auto &event : events) {
            if (event.seq > since) {
                response.events.push_back(event);
                response.lastSeq = event.seq;
            }
        }
        r.respond(200, body(response));
    };
    server.route("GET", QStringLiteral("/api/v1/changes"),
                 [&](const FakeSyncd::Request &request, const FakeSyncd::Responder &r) {
                     const std::int64_t since = request.query.queryItemValue(QStringLiteral("since")).toLongLong();
                     if (static_cast<std::int64_t>(events.size()) > since ||
                         request.query.queryItemValue(QStringLiteral("wait")).toInt() == 0)
                         return answer(since, r);
                     held.emplace_back(since, r);
                 });

    QSettings store(m_dir.filePath(QStringLiteral("senior.ini")), QSettings::IniFormat);
    AppController app(&store);
    app.start();
    logIn(app, server, QStringLiteral("sam"));
    QTRY_VERIFY(app.mainWindow()->isOnline());
    QTRY_VERIFY(!server.requestsTo(QStringLiteral("/api/v1/settings")).isEmpty());

    app.mainWindow()->findChild<QAction *>(QStringLiteral("approvalsInboxAction"))->trigger();
    ApprovalsInbox *inbox = app.approvalsInbox();
    QVERIFY(inbox);
    QTRY_VERIFY(inbox->isVisible());
    auto *message = inbox->findChild<QLabel *>(QStringLiteral("messageLabel"));
    // 20 000 RUB is below the 300 000 threshold: nothing to approve.
    QTRY_COMPARE(message->text(), QStringLiteral("No payout waits for your approval."));
    QCOMPARE(inbox->inbox()->rowCount(), 0);

    // The admin lowers the threshold elsewhere; the feed brings it.
    const int settingsFetches = static_cast<int>(server.requestsTo(QStringLiteral("/api/v1/settings")).size());
    proto::Settings lowered = settings;
    lowered.approvalThresholds["RUB"] = domain::Decimal::parse("10000.00", 2).value();
    proto::ChangeEvent event;
    event.seq = 1;
    event.kind = std::string(proto::change_kind::kSettingsUpdated);
    event.payload = proto::Json{{"settings", proto::toJson(lowered)}};
    events.push_back(event);
    for (const auto &[since, responder] : std::exchange(held, {}))
        answer(since, responder);
    QTRY_COMPARE(inbox->inbox()->rowCount(), 1);
    QVERIFY2(message->text().isEmpty(), qPrintable(message->text())); // no stale "nothing waits"
    QVERIFY(inbox->findChild<QAction *>(QStringLiteral("approveAction"))->isEnabled());
    QCOMPARE(server.requestsTo(QStringLiteral("/api/v1/settings")).size(), settingsFetches); // applied, not refetched

    // Esc closes the inbox.
    QTest::keyClick(inbox, Qt::Key_Escape);
    QTRY_VERIFY(!app.approvalsInbox());
}

// On first start the Server field holds the installation's server (the demo sets P2PDESK_SERVER),
// and the last server used wins over it afterwards.
void TestAppFlow::firstStartPrefillsTheServer()
{
    qputenv("P2PDESK_SERVER", "https://127.0.0.1:8443");
    QSettings store(m_dir.filePath(QStringLiteral("first.ini")), QSettings::IniFormat);
    {
        AppController app(&store);
        app.start();
        QVERIFY(app.loginDialog());
        QCOMPARE(app.loginDialog()->findChild<QLineEdit *>(QStringLiteral("serverLineEdit"))->text(),
                 QStringLiteral("https://127.0.0.1:8443"));
    }
    store.setValue(QStringLiteral("session/lastServer"), QStringLiteral("10.0.0.5:8443"));
    {
        AppController app(&store);
        app.start(); // no remembered session (no keychain here): the form, with the last server
        QTRY_VERIFY(app.loginDialog() && app.loginDialog()->isVisible());
        QCOMPARE(app.loginDialog()->findChild<QLineEdit *>(QStringLiteral("serverLineEdit"))->text(),
                 QStringLiteral("10.0.0.5:8443"));
    }
    qunsetenv("P2PDESK_SERVER");
}

// Defect: a card opened while offline said "Loading order…" until F5. It shows the order as the
// queue last knew it, and reads it again when the connection returns.
void TestAppFlow::cardOpenedOfflineShowsTheCachedOrder()
{
    FakeSyncd server;
    QVERIFY(server.listen(*m_certificate));
    proto::LoginResponse login;
    login.token = "t";
    login.expiresAt = timestampFromMsecs(4'000'000'000'000LL);
    login.operatorInfo = proto::OperatorInfo{7, "alice", {domain::Role::Operator}};
    server.routeJson("POST", QStringLiteral("/api/v1/auth/login"), 200, body(login));
    proto::OrdersPage page;
    page.items = {makeOrder(1)};
    server.routeJson("GET", QStringLiteral("/api/v1/orders"), 200, body(page));
    bool down = false;
    server.route("GET", QStringLiteral("/api/v1/changes"),
                 [&](const FakeSyncd::Request &request, const FakeSyncd::Responder &r) {
                     if (down)
                         return r.error(503, QStringLiteral("service_unavailable"));
                     proto::ChangesResponse none;
                     none.lastSeq = request.query.queryItemValue(QStringLiteral("since")).toLongLong();
                     QTimer::singleShot(50, this, [r, none] { r.respond(200, body(none)); });
                 });
    server.setFallback([&](const FakeSyncd::Request &request, const FakeSyncd::Responder &r) {
        if (down || request.path != u"/api/v1/orders/1")
            return r.error(down ? 503 : 404,
                           down ? QStringLiteral("service_unavailable") : QStringLiteral("not_found"));
        proto::OrderDetail detail;
        detail.summary = makeOrder(1);
        r.respond(200, body(detail));
    });

    QSettings store(m_dir.filePath(QStringLiteral("offline.ini")), QSettings::IniFormat);
    AppController app(&store);
    app.setFeedBackoff(20, 100);
    app.start();
    logIn(app, server, QStringLiteral("alice"));
    QTRY_VERIFY(app.mainWindow()->isOnline());
    down = true;
    QTRY_VERIFY(!app.mainWindow()->isOnline());

    auto *table = app.mainWindow()->findChild<QTableView *>(QStringLiteral("queueTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    app.mainWindow()->findChild<QAction *>(QStringLiteral("openOrderAction"))->trigger();
    OrderCardWidget *card = app.orderCard(1);
    QVERIFY(card);
    QVERIFY(card->orderActions()->hasOrder());
    QCOMPARE(card->orderActions()->detail().summary.code, std::string("P-1001"));
    for (const QLabel *label : card->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(QStringLiteral("Loading order")), qPrintable(label->text()));

    // Back online: the card reads the order from the server again.
    const auto readsBefore = server.requestsTo(QStringLiteral("/api/v1/orders/1")).size();
    down = false;
    QTRY_VERIFY(app.mainWindow()->isOnline());
    QTRY_VERIFY(server.requestsTo(QStringLiteral("/api/v1/orders/1")).size() > readsBefore);
}

// Taking from the queue (Ctrl+T) offers what the card's take does: the deposit address goes to the
// customer right after the take, one action; the card opens with the order awaiting the crypto.
void TestAppFlow::takeFromTheQueueSendsTheDepositAddress()
{
    FakeSyncd server;
    QVERIFY(server.listen(*m_certificate));
    proto::LoginResponse login;
    login.token = "t";
    login.expiresAt = timestampFromMsecs(4'000'000'000'000LL);
    login.operatorInfo = proto::OperatorInfo{7, "alice", {domain::Role::Operator}};
    server.routeJson("POST", QStringLiteral("/api/v1/auth/login"), 200, body(login));
    server.route("GET", QStringLiteral("/api/v1/changes"),
                 [&](const FakeSyncd::Request &request, const FakeSyncd::Responder &r) {
                     proto::ChangesResponse none;
                     none.lastSeq = request.query.queryItemValue(QStringLiteral("since")).toLongLong();
                     QTimer::singleShot(50, this, [r, none] { r.respond(200, body(none)); });
                 });
    FakeOrderBackend backend(server);
    backend.put(makeDetail(1, domain::OrderStatus::New, std::nullopt));

    QSettings store(m_dir.filePath(QStringLiteral("take.ini")), QSettings::IniFormat);
    AppController app(&store);
    app.start();
    logIn(app, server, QStringLiteral("alice"));
    auto *table = app.mainWindow()->findChild<QTableView *>(QStringLiteral("queueTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    auto *take = app.mainWindow()->findChild<QAction *>(QStringLiteral("takeOrderAction"));
    QCOMPARE(take->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
    take->trigger();
    TakeRateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = app.mainWindow()->findChild<TakeRateDialog *>()) && dialog->isVisible());
    auto *send = dialog->findChild<QCheckBox *>(QStringLiteral("sendDepositCheckBox"));
    QVERIFY(send->isVisible());
    QVERIFY(send->isChecked());
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("rateLineEdit")), Qt::Key_Return);

    QTRY_COMPARE(backend.postsTo(QStringLiteral("/take")).size(), 1);
    QTRY_COMPARE(backend.postsTo(QStringLiteral("/transitions")).size(), 1);
    QVERIFY(backend.order(1).summary.status == domain::OrderStatus::AwaitingCrypto);
    QTRY_VERIFY(app.orderCard(1) && app.orderCard(1)->orderActions()->hasOrder() &&
                app.orderCard(1)->orderActions()->detail().summary.status == domain::OrderStatus::AwaitingCrypto);
    QVERIFY(app.orderCard(1)->errorText().isEmpty());
}

QTEST_MAIN(TestAppFlow)
#include "tst_AppFlow.moc"
