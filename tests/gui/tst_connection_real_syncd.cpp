#include "FreshAppData.h"
#include "RealSyncdLogin.h"
#include "RealSyncdSeed.h"
#include "app/AppController.h"
#include "core/CertificatePinStore.h"
#include "core/OrderActions.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "models/OrderQueueModel.h"
#include "models/QueueTab.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OfflineBanner.h"
#include "ui/order/OrderCardWidget.h"
#include "ui/trust/TrustCertificateDialog.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Rates.h"
#include "p2pdesk/test/HttpsTestClient.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TempDir.h"
#include "p2pdesk/test/TestOperators.h"

#include <QAction>
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

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

using namespace p2pdesk;
using namespace p2pdesk::workstation;

namespace {

using S = domain::OrderStatus;

constexpr int kReconnectTimeoutMs = 20'000;

// Every refused handshake with a changed certificate logs one warning (PinnedNetworkAccess); the
// test counts them to know the desk really tried server B, and more than once.
std::atomic<int> g_changedCertificateWarnings{0};
QtMessageHandler g_previousHandler = nullptr;

void countingMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QLatin1String("changed; pinned")))
        ++g_changedCertificateWarnings;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Outermost, before authentication: a request is counted even when syncd would refuse its token.
constexpr auto kProbeStage =
    static_cast<syncd::http::MiddlewareStage>(static_cast<int>(syncd::http::MiddlewareStage::Authentication) - 50);

// What one syncd instance saw from the workstation under test (recognised by its X-Workstation-Id):
// server threads write, the test thread reads.
class RequestProbe final {
public:
    explicit RequestProbe(std::string workstationId)
        : m_workstationId(std::move(workstationId))
    {
    }

    // Mounts the probe in a server (SyncdTestServerOptions::extraRoutes); the server shares it.
    static syncd::app::SyncdApp::RouteHook hook(const std::shared_ptr<RequestProbe> &probe)
    {
        return [probe](syncd::http::Router &router, syncd::app::Services &) {
            router.use(
                [probe](syncd::http::RequestContext &ctx, const syncd::http::Route &, const syncd::http::Next &next) {
                    probe->record(ctx);
                    return next(ctx);
                },
                kProbeStage);
        };
    }

    int requests() const { return m_requests.load(); }
    bool sawAuthorization() const { return m_sawAuthorization.load(); }
    // The `since` of every GET /api/v1/changes, in arrival order.
    std::vector<std::int64_t> changesSince() const
    {
        std::lock_guard lock(m_mutex);
        return m_since;
    }

private:
    void record(syncd::http::RequestContext &ctx)
    {
        if (ctx.workstationId() != m_workstationId)
            return;
        ++m_requests;
        if (ctx.header("Authorization"))
            m_sawAuthorization = true;
        if (ctx.method() == "GET" && ctx.path() == proto::endpoints::kChanges) {
            std::lock_guard lock(m_mutex);
            m_since.push_back(std::stoll(ctx.query("since").value_or("0")));
        }
    }

    const std::string m_workstationId;
    std::atomic<int> m_requests{0};
    std::atomic<bool> m_sawAuthorization{false};
    mutable std::mutex m_mutex;
    std::vector<std::int64_t> m_since;
};

std::string pathOf(std::string_view pattern, std::int64_t id)
{
    std::string out(pattern);
    out.replace(out.find("{id}"), 4, std::to_string(id));
    return out;
}

QString normalizedFingerprint(QString text)
{
    return text.remove(u':').remove(u'\n').remove(u' ').toUpper();
}

test::HttpsResult checked(test::HttpsResult result, int status)
{
    if (result.status != status)
        qWarning("unexpected HTTP %d: %s", result.status, result.body.c_str());
    return result;
}

// The rows of the queue's current tab, by order id.
int rowOf(QTableView *table, std::int64_t orderId)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(OrderQueueModel::OrderIdRole).toLongLong() == orderId)
            return row;
    }
    return -1;
}

} // namespace

// The connection through the real workstation against the real syncd and PostgreSQL: trust on
// first use and a refused changed certificate (server restarted on the same port with another
// key), and the offline banner, read-only actions and resync from the last sequence when syncd
// comes back after changes made meanwhile by another client on another syncd instance.
class TestConnectionRealSyncd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void changedCertificateRefused();
    void offlineAndResync();

private:
    p2pdesk::workstation::FreshAppData m_appData;
    struct Desk {
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<AppController> app;
        QString workstationId;
        QStringList fingerprintsShown; // what each first-use trust dialog displayed
    };

    std::unique_ptr<Desk> makeDesk(const QString &name);
    void logIn(Desk &desk, const test::TestOperator &op, std::uint16_t port);
    static void seedRate(test::SyncdTestServer &server);
    static std::int64_t createOrder(test::HttpsTestClient &bot, std::int64_t customer);

    QTemporaryDir m_dir;
};

void TestConnectionRealSyncd::initTestCase()
{
    QVERIFY(m_appData.isValid());          // a home of this run's own (FreshAppData.h)
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: tokens are simply not remembered
    QVERIFY(m_dir.isValid());
    g_previousHandler = qInstallMessageHandler(countingMessageHandler);
}

void TestConnectionRealSyncd::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

std::unique_ptr<TestConnectionRealSyncd::Desk> TestConnectionRealSyncd::makeDesk(const QString &name)
{
    auto desk = std::make_unique<Desk>();
    desk->settings = std::make_unique<QSettings>(m_dir.filePath(name + QStringLiteral(".ini")), QSettings::IniFormat);
    desk->app = std::make_unique<AppController>(desk->settings.get());
    // Tests stop and restart servers: retry within a second instead of the production 30 s cap.
    desk->app->setFeedBackoff(100, 800);
    desk->workstationId = desk->settings->value(QStringLiteral("workstation/id")).toString();
    return desk;
}

void TestConnectionRealSyncd::logIn(Desk &desk, const test::TestOperator &op, std::uint16_t port)
{
    QTimer trustClicker;
    connect(&trustClicker, &QTimer::timeout, this, [&desk] {
        if (auto *trust = qobject_cast<TrustCertificateDialog *>(QApplication::activeModalWidget())) {
            desk.fingerprintsShown << trust->findChild<QLabel *>(QStringLiteral("fingerprintLabel"))->text();
            QTest::mouseClick(trust->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
        }
    });
    trustClicker.start(20);

    AppController &app = *desk.app;
    app.start();
    QTRY_VERIFY(app.loginDialog() && app.loginDialog()->isVisible());
    test::submitLogin(app.loginDialog(), op, port);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() && app.mainWindow()->isVisible(), 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow()->isOnline(), 15'000);
}

void TestConnectionRealSyncd::seedRate(test::SyncdTestServer &server)
{
    const test::TestOperator admin = test::createOperator(server, "admin1", {"admin"});
    test::HttpsTestClient adminClient = test::clientAs(server, admin);
    const proto::RateUpdateRequest rate = test::deskOpeningRate();
    QCOMPARE(checked(adminClient.post(std::string(proto::endpoints::kAdminRates), proto::toJson(rate)), 200).status,
             200);
}

std::int64_t TestConnectionRealSyncd::createOrder(test::HttpsTestClient &bot, std::int64_t customer)
{
    proto::CreateOrderRequest create;
    create.customer = proto::NewCustomer{customer, std::string("customer") + std::to_string(customer)};
    create.direction = domain::Direction::Sell;
    create.asset = "USDT";
    create.network = "TRON";
    create.fiatCurrency = "RUB";
    create.amountCrypto = domain::Decimal::parse("10.000000").value();
    create.payoutRequisites = "2200 1234 5678 9012";
    const test::HttpsResult created =
        checked(bot.post(std::string(proto::endpoints::kOrders), proto::toJson(create)), 201);
    if (created.status != 201)
        return 0;
    return created.json.at("id").get<std::int64_t>();
}

void TestConnectionRealSyncd::changedCertificateRefused()
{
    test::PgTestDatabase db;
    test::TempDir dataDirA; // kept apart from the server so it survives it: certificate A lives here
    auto desk = makeDesk(QStringLiteral("changed-certificate"));
    auto probeA = std::make_shared<RequestProbe>(desk->workstationId.toStdString());

    test::SyncdTestServerOptions optionsA;
    optionsA.dataDir = dataDirA.path();
    optionsA.extraRoutes = RequestProbe::hook(probeA);
    // Restarted on this port later: one no other test can be handed meanwhile.
    optionsA.config["listen.port"] = std::to_string(test::portOutsideEphemeralRange());
    auto serverA = std::make_unique<test::SyncdTestServer>(db, optionsA);
    const std::uint16_t port = serverA->port();
    const QString fingerprintA = normalizedFingerprint(QString::fromStdString(serverA->fingerprint()));
    seedRate(*serverA);
    const test::TestOperator op = test::createOperator(*serverA, "op1", {"operator"});
    const test::TestOperator intake = test::createOperator(*serverA, "intake", {"operator"}); // plays the bot
    const std::int64_t firstOrder = [&] {
        test::HttpsTestClient bot = test::clientAs(*serverA, intake);
        return createOrder(bot, 1001);
    }();
    QVERIFY(firstOrder > 0);

    // First use: the dialog shows exactly server A's fingerprint; the operator confirms, A is pinned.
    logIn(*desk, op, port);
    QCOMPARE(desk->fingerprintsShown.size(), 1);
    QCOMPARE(normalizedFingerprint(desk->fingerprintsShown.first()), fingerprintA);
    CertificatePinStore pins(desk->settings.get());
    const auto pinOf = [&] {
        const auto pin = pins.pin(QStringLiteral("127.0.0.1"), port);
        return pin ? normalizedFingerprint(CertificatePinStore::formatFingerprint(*pin)) : QString();
    };
    QCOMPARE(pinOf(), fingerprintA);
    MainWindow *queue = desk->app->mainWindow();
    queue->selectTab(QueueTab::All);
    auto *table = queue->findChild<QTableView *>(QStringLiteral("queueTableView"));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(table, firstOrder), 0, 10'000);
    QVERIFY(probeA->sawAuthorization()); // the probe does see this desk's authenticated requests

    // Server A goes away; on its port comes server B with a fresh data directory, so a new key and
    // certificate, in front of the same database: had the desk sent its token, B would accept it.
    serverA.reset();
    auto *banner = queue->findChild<OfflineBanner *>(QStringLiteral("offlineBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(!queue->isOnline() && banner->isVisible(), kReconnectTimeoutMs);
    auto probeB = std::make_shared<RequestProbe>(desk->workstationId.toStdString());
    test::SyncdTestServerOptions optionsB;
    optionsB.config["listen.port"] = std::to_string(port);
    optionsB.extraRoutes = RequestProbe::hook(probeB);
    const int warningsBefore = g_changedCertificateWarnings.load();
    auto serverB = std::make_unique<test::SyncdTestServer>(db, optionsB);
    QCOMPARE(serverB->port(), port);
    QVERIFY(normalizedFingerprint(QString::fromStdString(serverB->fingerprint())) != fingerprintA);
    const std::int64_t orderViaB = [&] {
        test::HttpsTestClient bot = test::clientAs(*serverB, intake);
        return createOrder(bot, 1002);
    }();
    QVERIFY(orderViaB > 0);

    // The operator is told, in the banner, that the certificate changed and nothing was sent.
    auto *bannerLabel = banner->findChild<QLabel *>(QStringLiteral("offlineLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(bannerLabel->text().contains(QStringLiteral("certificate has changed")),
                             kReconnectTimeoutMs);
    QVERIFY(banner->isVisible());
    QVERIFY2(bannerLabel->text().contains(QStringLiteral("this may be an attack")), qPrintable(bannerLabel->text()));
    QCOMPARE(queue->findChild<QLabel *>(QStringLiteral("connectionLabel"))->text(), QStringLiteral("Offline"));
    // It keeps being refused on every retry — never trusted silently, never asked about again.
    QTRY_VERIFY_WITH_TIMEOUT(g_changedCertificateWarnings.load() >= warningsBefore + 3, kReconnectTimeoutMs);
    QCOMPARE(desk->fingerprintsShown.size(), 1);
    QCOMPARE(probeB->requests(), 0); // not one HTTP request (so not the token) reached server B
    QVERIFY(!probeB->sawAuthorization());
    QCOMPARE(rowOf(table, orderViaB), -1); // nothing from B appears
    QVERIFY(!queue->isOnline());
    QCOMPARE(pinOf(), fingerprintA);
    QVERIFY(desk->app->mainWindow()); // still the same session: no login dialog, no trust question
    QVERIFY(!desk->app->loginDialog() || !desk->app->loginDialog()->isVisible());

    // Server A's certificate is back (same data directory, same port): the desk reconnects on its
    // own, catches up from the feed, and shows what happened meanwhile.
    serverB.reset();
    auto probeA2 = std::make_shared<RequestProbe>(desk->workstationId.toStdString());
    test::SyncdTestServerOptions optionsA2;
    optionsA2.dataDir = dataDirA.path();
    optionsA2.config["listen.port"] = std::to_string(port);
    optionsA2.extraRoutes = RequestProbe::hook(probeA2);
    test::SyncdTestServer serverA2(db, optionsA2);
    QCOMPARE(normalizedFingerprint(QString::fromStdString(serverA2.fingerprint())), fingerprintA);
    QTRY_VERIFY_WITH_TIMEOUT(queue->isOnline(), kReconnectTimeoutMs);
    QVERIFY(banner->isHidden());
    QCOMPARE(queue->findChild<QLabel *>(QStringLiteral("connectionLabel"))->text(), QStringLiteral("Online"));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, orderViaB) >= 0, 10'000);
    QVERIFY(rowOf(table, firstOrder) >= 0);
    QVERIFY(probeA2->sawAuthorization());
    QCOMPARE(pinOf(), fingerprintA);
    QCOMPARE(desk->fingerprintsShown.size(), 1);
}

void TestConnectionRealSyncd::offlineAndResync()
{
    test::PgTestDatabase db;
    test::TempDir dataDir;
    auto desk = makeDesk(QStringLiteral("offline"));
    auto probe = std::make_shared<RequestProbe>(desk->workstationId.toStdString());
    test::SyncdTestServerOptions options;
    options.dataDir = dataDir.path();
    options.extraRoutes = RequestProbe::hook(probe);
    // Restarted on this port later: one no other test can be handed meanwhile.
    options.config["listen.port"] = std::to_string(test::portOutsideEphemeralRange());
    auto server = std::make_unique<test::SyncdTestServer>(db, options);
    const std::uint16_t port = server->port();
    seedRate(*server);
    const test::TestOperator op = test::createOperator(*server, "op1", {"operator"});
    const test::TestOperator other = test::createOperator(*server, "op2", {"operator"});
    const test::TestOperator intake = test::createOperator(*server, "intake", {"operator"});
    std::int64_t takenElsewhere = 0;
    std::int64_t staysNew = 0;
    {
        test::HttpsTestClient bot = test::clientAs(*server, intake);
        takenElsewhere = createOrder(bot, 2001);
        staysNew = createOrder(bot, 2002);
    }
    QVERIFY(takenElsewhere > 0 && staysNew > 0);

    logIn(*desk, op, port);
    MainWindow *queue = desk->app->mainWindow();
    queue->selectTab(QueueTab::All);
    auto *table = queue->findChild<QTableView *>(QStringLiteral("queueTableView"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10'000);

    // Two order cards open: the one another operator will take, and one that stays new.
    const auto openCard = [&](std::int64_t orderId) -> OrderCardWidget * {
        table->setCurrentIndex(table->model()->index(rowOf(table, orderId), 0));
        queue->findChild<QAction *>(QStringLiteral("openOrderAction"))->trigger();
        if (!QTest::qWaitFor([&] { return desk->app->orderCard(orderId) != nullptr; }, 5'000))
            return nullptr;
        OrderCardWidget *card = desk->app->orderCard(orderId);
        const bool loaded = QTest::qWaitFor(
            [card] { return card->orderActions()->hasOrder() && !card->orderActions()->isBusy(); }, 10'000);
        return loaded ? card : nullptr;
    };
    OrderCardWidget *changingCard = openCard(takenElsewhere);
    QVERIFY(changingCard && changingCard->orderActions()->hasOrder());
    OrderCardWidget *newCard = openCard(staysNew);
    QVERIFY(newCard && newCard->orderActions()->hasOrder());
    QVERIFY(newCard->action(OrderAction::Take)->isEnabled());
    QVERIFY(changingCard->action(OrderAction::Take)->isEnabled());
    table->setCurrentIndex(table->model()->index(rowOf(table, staysNew), 0));
    auto *takeAction = queue->findChild<QAction *>(QStringLiteral("takeOrderAction"));
    QTRY_VERIFY(takeAction->isEnabled());

    // Where the desk stood when syncd went away: its long-poll asks from this sequence.
    QTRY_VERIFY_WITH_TIMEOUT(!probe->changesSince().empty(), 10'000);
    const std::int64_t seqBeforeOutage = probe->changesSince().back();
    server->stop(); // the object stays: stop() alone must free the port

    // Offline: the banner says so, and every order action is off — in the queue and in the cards.
    auto *banner = queue->findChild<OfflineBanner *>(QStringLiteral("offlineBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kReconnectTimeoutMs);
    QVERIFY(!queue->isOnline());
    QVERIFY(banner->text().startsWith(QStringLiteral("Offline")));
    QCOMPARE(queue->findChild<QLabel *>(QStringLiteral("connectionLabel"))->text(), QStringLiteral("Offline"));
    QTRY_VERIFY(!takeAction->isEnabled());
    QTRY_VERIFY(!newCard->isOnline());
    for (OrderCardWidget *card : {newCard, changingCard}) {
        QVERIFY(!card->action(OrderAction::Take)->isEnabled());
        QVERIFY(!card->action(OrderAction::Cancel)->isEnabled());
        QVERIFY(!card->nextStepAction()->isEnabled());
    }
    QCOMPARE(table->model()->rowCount(), 2); // the last known queue stays readable

    // Meanwhile, through another syncd instance in front of the same database, another operator
    // takes one order and the bot brings a new one. The desk knows nothing of it yet.
    std::int64_t arrivedMeanwhile = 0;
    {
        test::SyncdTestServer elsewhere(db);
        test::HttpsTestClient otherClient = test::clientAs(elsewhere, other);
        const auto detail = otherClient.get(pathOf(proto::endpoints::kOrder, takenElsewhere));
        QCOMPARE(detail.status, 200);
        proto::TakeRequest take;
        take.finalRate = domain::Decimal::parse(detail.json.at("suggested_rate").get<std::string>()).value();
        take.version = detail.json.at("version").get<std::int64_t>();
        QCOMPARE(
            checked(otherClient.post(pathOf(proto::endpoints::kOrderTake, takenElsewhere), proto::toJson(take)), 200)
                .status,
            200);
        test::HttpsTestClient bot = test::clientAs(elsewhere, intake);
        arrivedMeanwhile = createOrder(bot, 2003);
        QVERIFY(arrivedMeanwhile > 0);
    }
    QCOMPARE(rowOf(table, arrivedMeanwhile), -1);
    QVERIFY(!queue->isOnline());

    // syncd is back on the desk's port with its certificate: the desk reconnects by itself and
    // resyncs from the sequence it had, not from scratch.
    const std::size_t pollsBefore = probe->changesSince().size();
    test::SyncdTestServerOptions again;
    again.dataDir = dataDir.path();
    again.config["listen.port"] = std::to_string(port);
    auto probeAgain = std::make_shared<RequestProbe>(desk->workstationId.toStdString());
    again.extraRoutes = RequestProbe::hook(probeAgain);
    test::SyncdTestServer back(db, again);
    QTRY_VERIFY_WITH_TIMEOUT(queue->isOnline(), kReconnectTimeoutMs);
    QVERIFY(banner->isHidden());
    QCOMPARE(probe->changesSince().size(), pollsBefore);
    QTRY_VERIFY(!probeAgain->changesSince().empty());
    QCOMPARE(probeAgain->changesSince().front(), seqBeforeOutage);

    // The queue shows both changes; the open card of the taken order follows (holder, status) and
    // no longer offers Take; the untouched card is actionable again.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, arrivedMeanwhile) >= 0, 10'000);
    QCOMPARE(table->model()->rowCount(), 3);
    const QModelIndex takenRow = table->model()->index(rowOf(table, takenElsewhere), 0);
    QCOMPARE(takenRow.data(OrderQueueModel::HolderIdRole).toLongLong(), other.id);
    OrderActions *changing = changingCard->orderActions();
    QTRY_VERIFY_WITH_TIMEOUT(changing->detail().summary.holder.has_value() && !changing->isBusy(), 10'000);
    QCOMPARE(changing->detail().summary.holder->id, other.id);
    QCOMPARE(static_cast<int>(changing->detail().summary.status), static_cast<int>(S::Assigned));
    QVERIFY(changingCard->isOnline());
    QVERIFY(!changingCard->action(OrderAction::Take)->isEnabled());
    QTRY_VERIFY(newCard->isOnline());
    QTRY_VERIFY(newCard->action(OrderAction::Take)->isEnabled());
    table->setCurrentIndex(table->model()->index(rowOf(table, staysNew), 0));
    QTRY_VERIFY(takeAction->isEnabled());
}

QTEST_MAIN(TestConnectionRealSyncd)
#include "tst_connection_real_syncd.moc"
