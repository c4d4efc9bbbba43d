// The on-duty roster end to end: an operator logs in to the real workstation against the real syncd
// and PostgreSQL, reads in the status bar that nobody is on duty and the bot takes no new orders,
// goes on duty from Desk → On duty, sees a colleague who switched on elsewhere arrive through the
// change feed, and goes off duty again. syncd holds the switch; the window only shows it.
#include "FreshAppData.h"
#include "RealSyncdLogin.h"
#include "Screenshot.h"
#include "app/AppController.h"
#include "app/LanguageSettings.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/trust/TrustCertificateDialog.h"

#include "p2pdesk/test/HttpsTestClient.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TestOperators.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <pqxx/nontransaction>

#include <array>
#include <memory>
#include <string>

using namespace p2pdesk;
using namespace p2pdesk::workstation;

class TestDutyRealSyncd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void goOnDutyAndSeeTheRoster();

private:
    p2pdesk::workstation::FreshAppData m_appData;
    QTemporaryDir m_dir;
};

namespace {

std::string onDuty(const test::PgTestDatabase &db, const std::string &username)
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    return tx.exec_params1("SELECT on_duty::text FROM operators WHERE username = $1", username)[0].as<std::string>();
}

} // namespace

void TestDutyRealSyncd::initTestCase()
{
    QVERIFY(m_appData.isValid());          // a home of this run's own (FreshAppData.h)
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: tokens are simply not remembered
    QVERIFY(m_dir.isValid());
    // scripts/screenshots.sh runs this in Russian too; the checks below read names, not words.
    const QString language = qEnvironmentVariable("P2PDESK_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty())
        QCOMPARE(LanguageSettings::install(*qApp, language), language);
}

void TestDutyRealSyncd::goOnDutyAndSeeTheRoster()
{
    test::PgTestDatabase db;
    test::SyncdTestServer server(db);
    const test::TestOperator op1 = test::createOperator(server, "op1", {"operator"});
    const test::TestOperator op2 = test::createOperator(server, "op2", {"operator"});

    QSettings settings(m_dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
    AppController app(&settings);
    QTimer trustClicker; // first use of the server: the operator trusts its certificate
    connect(&trustClicker, &QTimer::timeout, this, [] {
        if (auto *trust = qobject_cast<TrustCertificateDialog *>(QApplication::activeModalWidget()))
            QTest::mouseClick(trust->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
    });
    trustClicker.start(20);
    app.start();
    QTRY_VERIFY(app.loginDialog() && app.loginDialog()->isVisible());
    test::submitLogin(app.loginDialog(), op1, server.port());
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() && app.mainWindow()->isVisible(), 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow()->isOnline(), 15'000);
    trustClicker.stop();

    MainWindow *window = app.mainWindow();
    auto *label = window->findChild<QLabel *>(QStringLiteral("dutyLabel"));
    QVERIFY(label);
    QAction *switchAction = window->onDutyAction();
    QVERIFY(switchAction->isVisible());
    // Nobody on duty and the desk requires someone (the default): said loudly.
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 15'000);
    QVERIFY(!label->text().contains(QStringLiteral("op1")));
    QVERIFY(label->styleSheet().contains(QStringLiteral("bold")));
    QVERIFY(!switchAction->isChecked());

    switchAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("op1")), 15'000);
    QVERIFY(switchAction->isChecked());
    QVERIFY(label->styleSheet().isEmpty());
    QCOMPARE(onDuty(db, "op1"), std::string("true"));

    // A colleague switches on at their own desk: the feed brings it here.
    auto colleague = test::clientAs(server, op2);
    QCOMPARE(colleague.request("PUT", "/api/v1/me/duty", nlohmann::json{{"on_duty", true}}.dump(), "application/json")
                 .status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("op2")), 15'000);
    QVERIFY(label->text().indexOf(QStringLiteral("op1")) < label->text().indexOf(QStringLiteral("op2")));
    QVERIFY(p2pdesk::screenshots::save(window, QStringLiteral("queue-on-duty")));

    // Off duty again: the colleague remains.
    switchAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!label->text().contains(QStringLiteral("op1")), 15'000);
    QVERIFY(label->text().contains(QStringLiteral("op2")));
    QVERIFY(!switchAction->isChecked());
    QCOMPARE(onDuty(db, "op1"), std::string("false"));

    // The admin sets opening hours that close the desk now: the status bar says until when, in this
    // machine's time, in red, with the colleague still on duty.
    const test::TestOperator admin = test::createOperator(server, "admin", {"admin"});
    auto adminClient = test::clientAs(server, admin);
    auto desk = adminClient.get("/api/v1/admin/settings").json;
    const QDate opensOn = QDateTime::currentDateTimeUtc().date().addDays(2);
    const std::string weekday = std::array{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}[opensOn.dayOfWeek() - 1];
    desk["desk_hours"] = {{"enabled", true}, {"utc_offset_minutes", 0}, {"days", {{weekday, "09:00-10:00"}}}};
    desk["reason"] = "opening hours";
    QCOMPARE(adminClient.post("/api/v1/admin/settings", desk).status, 200);
    const QString opens =
        QLocale().toString(QDateTime(opensOn, QTime(9, 0), Qt::UTC).toLocalTime(), QStringLiteral("ddd HH:mm"));
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(opens), 15'000);
    QVERIFY(!label->styleSheet().isEmpty());
    QVERIFY(label->toolTip().contains(QStringLiteral("op2")));
    QVERIFY(p2pdesk::screenshots::save(window, QStringLiteral("queue-closed-by-hours")));
}

QTEST_MAIN(TestDutyRealSyncd)
#include "tst_duty_real_syncd.moc"
