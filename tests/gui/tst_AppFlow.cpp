#include "FakeSyncd.h"
#include "Orders.h"
#include "TestCertificate.h"
#include "app/AppController.h"
#include "core/CertificatePinStore.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/trust/TrustCertificateDialog.h"

#include "p2pdesk/proto/Auth.h"
#include "p2pdesk/proto/Changes.h"

#include <QApplication>
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

private:
    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
};

void TestAppFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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
    QVERIFY2(notice->text().contains(QStringLiteral("unauthorized")), qPrintable(notice->text()));
    QCOMPARE(app.loginDialog()->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"))->text(),
             QStringLiteral("alice"));
    QCOMPARE(trustDialogs, 1); // the pinned certificate is not asked about again
}

QTEST_MAIN(TestAppFlow)
#include "tst_AppFlow.moc"
