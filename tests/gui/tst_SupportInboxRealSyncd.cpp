#include "FreshAppData.h"
#include "RealSyncdLogin.h"
#include "RealSyncdSeed.h"
#include "Screenshot.h"
#include "ScriptedTrustPrompt.h"
#include "app/AppController.h"
#include "app/LanguageSettings.h"
#include "core/ApiClient.h"
#include "core/CertificatePinStore.h"
#include "core/ChangeFeedSync.h"
#include "core/LocalCache.h"
#include "core/PinnedNetworkAccess.h"
#include "core/TicketConversation.h"
#include "core/TicketInbox.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "models/OrderQueueModel.h"
#include "models/TicketListModel.h"
#include "platform/TrayNotifier.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OfflineBanner.h"
#include "ui/order/OrderCardWidget.h"
#include "ui/support/ChatPane.h"
#include "ui/support/SupportInbox.h"
#include "ui/support/TicketWindow.h"
#include "ui/trust/TrustCertificateDialog.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Rates.h"
#include "p2pdesk/test/FakeBotApi.h"
#include "p2pdesk/test/HttpsTestClient.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TempDir.h"
#include "p2pdesk/test/TestOperators.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <pqxx/nontransaction>

#include <atomic>
#include <fstream>
#include <memory>
#include <string>

using namespace p2pdesk;
using namespace p2pdesk::workstation;

namespace {

constexpr std::int64_t kMarina = 5'000'000'101LL; // writes a burst about a general question
constexpr std::int64_t kOleg = 5'000'000'102LL;   // asks about his order
constexpr std::int64_t kPavel = 5'000'000'103LL;  // waits too long for an answer

// Outermost, before authentication, like the probe of tst_connection_real_syncd.
constexpr auto kProbeStage =
    static_cast<syncd::http::MiddlewareStage>(static_cast<int>(syncd::http::MiddlewareStage::Authentication) - 50);

// How the workstation under test read the ticket list: whole lists of open tickets (a reload)
// and single rows (?id=, what a change-feed event asks for). Server threads write, the test reads.
struct TicketReads {
    std::string workstationId;
    std::atomic<int> openLists{0};
    std::atomic<int> rows{0};

    static syncd::app::SyncdApp::RouteHook hook(const std::shared_ptr<TicketReads> &reads)
    {
        return [reads](syncd::http::Router &router, syncd::app::Services &) {
            router.use(
                [reads](syncd::http::RequestContext &ctx, const syncd::http::Route &, const syncd::http::Next &next) {
                    if (ctx.method() == "GET" && ctx.path() == proto::endpoints::kTickets &&
                        ctx.workstationId() == reads->workstationId) {
                        if (ctx.query("id"))
                            ++reads->rows;
                        else if (ctx.query("status") == std::optional<std::string>("open") && !ctx.query("q"))
                            ++reads->openLists;
                    }
                    return next(ctx);
                },
                kProbeStage);
        };
    }
};

p2pdesk::test::HttpsResult checked(p2pdesk::test::HttpsResult result, int status)
{
    if (result.status != status)
        qWarning("unexpected HTTP %d: %s", result.status, result.body.c_str());
    return result;
}

int messagesWith(const p2pdesk::test::FakeBotApi &fake, std::int64_t chat, const std::string &needle)
{
    int n = 0;
    for (const auto &s : fake.sentTo(chat))
        n += s.method == "sendMessage" && s.params.value("text", std::string()).find(needle) != std::string::npos;
    return n;
}

// The row of a ticket in the Support tab's table, -1 when it is not shown.
int rowOf(const QAbstractItemModel *model, std::int64_t ticketId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(TicketListModel::TicketIdRole).toLongLong() == ticketId)
            return row;
    }
    return -1;
}

QString cell(const QAbstractItemModel *model, std::int64_t ticketId, int column)
{
    const int row = rowOf(model, ticketId);
    return row < 0 ? QString() : model->index(row, column).data().toString();
}

} // namespace

// The Support tab against the real syncd and PostgreSQL, the customers in the fake Telegram Bot
// API: a customer's burst of messages appears live through the change feed (one row read per
// event, no list polled) with its unread count, notifies once, and the click on the notification
// opens the ticket in its chat window (where it is read); an order's ticket opens the order card
// with its chat; assign to me; a ticket past its deadline turns the tab red. Then the workstation
// restarts over its cache with syncd stopped: the tickets are there at once, read-only.
class TestSupportInboxRealSyncd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void ticketsArriveLiveNotifyOnceAndSurviveARestart();

private:
    p2pdesk::workstation::FreshAppData m_appData;
    QTemporaryDir m_dir;
};

void TestSupportInboxRealSyncd::initTestCase()
{
    QVERIFY(m_appData.isValid());          // a home of this run's own (FreshAppData.h)
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: tokens are simply not remembered
    QVERIFY(m_dir.isValid());
    // As the app starts (main.cpp): English plural forms on the screen and in the README picture.
    QCOMPARE(LanguageSettings::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
}

void TestSupportInboxRealSyncd::ticketsArriveLiveNotifyOnceAndSurviveARestart()
{
    p2pdesk::test::PgTestDatabase db;
    p2pdesk::test::FakeBotApi telegram;
    p2pdesk::test::TempDir secrets;
    std::ofstream(secrets.path() / "token") << telegram.token();

    QSettings settings(m_dir.filePath(QStringLiteral("op.ini")), QSettings::IniFormat);
    auto desk = std::make_unique<AppController>(&settings);
    desk->setFeedBackoff(100, 800);
    auto reads = std::make_shared<TicketReads>();
    reads->workstationId = settings.value(QStringLiteral("workstation/id")).toString().toStdString();

    p2pdesk::test::SyncdTestServerOptions options;
    options.config = {{"telegram.mode", "polling"},
                      {"telegram.api_base_url", telegram.baseUrl()},
                      {"telegram.bot_token_file", (secrets.path() / "token").string()},
                      {"telegram.poll_timeout_s", "1"},
                      {"telegram.worker_interval_ms", "100"},
                      {"telegram.per_chat_interval_ms", "20"}};
    options.extraRoutes = TicketReads::hook(reads);
    auto server = std::make_unique<p2pdesk::test::SyncdTestServer>(db, options);
    const std::uint16_t port = server->port();
    const p2pdesk::test::TestOperator op = p2pdesk::test::createOperator(*server, "op1", {"operator"});
    const p2pdesk::test::TestOperator admin = p2pdesk::test::createOperator(*server, "admin1", {"admin"});
    const p2pdesk::test::TestOperator intake =
        p2pdesk::test::createOperator(*server, "intake", {"operator"}); // takes a phone order
    {
        p2pdesk::test::HttpsTestClient adminClient = p2pdesk::test::clientAs(*server, admin);
        QCOMPARE(checked(adminClient.post(std::string(proto::endpoints::kAdminRates),
                                          proto::toJson(p2pdesk::test::deskOpeningRate())),
                         200)
                     .status,
                 200);
    }
    // Oleg has an order (taken by phone), so what he writes goes to the order's ticket.
    std::int64_t orderId = 0;
    QString orderCode;
    {
        p2pdesk::test::HttpsTestClient bot = p2pdesk::test::clientAs(*server, intake);
        proto::CreateOrderRequest create;
        create.customer = proto::NewCustomer{kOleg, std::string("oleg_k")};
        create.direction = domain::Direction::Sell;
        create.asset = "USDT";
        create.network = "TRON";
        create.fiatCurrency = "RUB";
        create.amountCrypto = domain::Decimal::parse("250.000000").value();
        create.payoutRequisites = "2200 1234 5678 9012";
        const auto created = checked(bot.post(std::string(proto::endpoints::kOrders), proto::toJson(create)), 201);
        QCOMPARE(created.status, 201);
        orderId = created.json.at("id").get<std::int64_t>();
        orderCode = QString::fromStdString(created.json.at("code").get<std::string>());
    }

    QTimer trustClicker;
    connect(&trustClicker, &QTimer::timeout, this, [] {
        if (auto *trust = qobject_cast<TrustCertificateDialog *>(QApplication::activeModalWidget()))
            QTest::mouseClick(trust->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
    });
    trustClicker.start(20);
    desk->start();
    QTRY_VERIFY(desk->loginDialog() && desk->loginDialog()->isVisible());
    p2pdesk::test::submitLogin(desk->loginDialog(), op, port);
    QTRY_VERIFY_WITH_TIMEOUT(desk->mainWindow() && desk->mainWindow()->isVisible(), 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(desk->mainWindow()->isOnline(), 15'000);
    trustClicker.stop();

    MainWindow *main = desk->mainWindow();
    SupportInbox *support = main->supportInbox();
    QVERIFY(support);
    auto *tabs = main->findChild<QTabBar *>(QStringLiteral("queueTabBar"));
    QCOMPARE(tabs->count(), kQueueTabCount + 1);
    QCOMPARE(tabs->tabText(kQueueTabCount), QStringLiteral("Support"));
    QTest::keyClick(main, Qt::Key_7, Qt::ControlModifier);
    QVERIFY(main->isSupportShown());
    const QAbstractItemModel *shown = support->view()->model();
    // The first catch-up read the (empty) list once; from now on only the feed says what to read.
    QTRY_COMPARE_WITH_TIMEOUT(reads->openLists.load(), 1, 10'000);
    QTRY_VERIFY(!desk->ticketInbox()->isReloading());
    QSignalSpy notified(desk->trayNotifier(), &TrayNotifier::notified);

    // Marina writes three lines in a row.
    telegram.sendText(kMarina, "/start", "en", "Marina");
    QTRY_VERIFY_WITH_TIMEOUT(messagesWith(telegram, kMarina, "desk word") >= 1, 15'000);
    telegram.sendText(kMarina, "Hello, I have a question about limits", "en", "Marina");
    telegram.sendText(kMarina, "How much can I sell in one go?", "en", "Marina");
    telegram.sendText(kMarina, "And is there a daily maximum?", "en", "Marina");
    std::int64_t marinaTicket = 0;
    QTRY_VERIFY_WITH_TIMEOUT(shown->rowCount() == 1 &&
                                 shown->index(0, TicketListModel::Unread).data().toString() == QStringLiteral("3"),
                             15'000);
    marinaTicket = shown->index(0, 0).data(TicketListModel::TicketIdRole).toLongLong();
    QCOMPARE(cell(shown, marinaTicket, TicketListModel::Customer), QStringLiteral("Marina"));
    QCOMPARE(cell(shown, marinaTicket, TicketListModel::Order), QStringLiteral("General question"));
    QCOMPARE(cell(shown, marinaTicket, TicketListModel::Assignee), QStringLiteral("Unassigned"));
    QVERIFY(cell(shown, marinaTicket, TicketListModel::Sla).startsWith(QStringLiteral("in ")));
    QTRY_COMPARE(tabs->tabText(kQueueTabCount), QStringLiteral("Support (1)"));
    // Live through the feed: rows read one by one, never the list again.
    QCOMPARE(reads->openLists.load(), 1);
    QVERIFY(reads->rows.load() >= 1);
    // One notification for the burst, not three.
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Message from Marina"));

    // Clicking it opens the ticket: the Support tab with Marina's row selected, and her general
    // ticket's chat window, where she is read.
    main->selectTab(QueueTab::All);
    QSignalSpy activated(main, &MainWindow::ticketActivated);
    desk->trayNotifier()->activateLast();
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), marinaTicket);
    QCOMPARE(activated.first().at(1).toLongLong(), 0);
    QVERIFY(main->isSupportShown());
    QCOMPARE(support->currentTicketId(), marinaTicket);
    QVERIFY(desk->ticketWindow(marinaTicket));
    QTRY_COMPARE_WITH_TIMEOUT(cell(shown, marinaTicket, TicketListModel::Unread), QString(), 10'000);
    desk->ticketWindow(marinaTicket)->close();

    // Assign to me from the inbox.
    QVERIFY(support->assignToMeAction()->isEnabled());
    support->assignToMeAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(cell(shown, marinaTicket, TicketListModel::Assignee), QStringLiteral("op1"), 10'000);
    QVERIFY(!support->assignToMeAction()->isEnabled());

    // Oleg asks about his order: a second ticket, notified on its own; Enter opens his order's card.
    telegram.sendText(kOleg, "/start", "en", "Oleg");
    QTRY_VERIFY_WITH_TIMEOUT(messagesWith(telegram, kOleg, "desk word") >= 1, 15'000);
    telegram.sendText(kOleg, "Is my payout on its way?", "en", "Oleg");
    QTRY_COMPARE_WITH_TIMEOUT(shown->rowCount(), 2, 15'000);
    std::int64_t olegTicket = 0;
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data(TicketListModel::OrderIdRole).toLongLong() == orderId)
            olegTicket = shown->index(row, 0).data(TicketListModel::TicketIdRole).toLongLong();
    }
    QVERIFY(olegTicket > 0);
    QCOMPARE(cell(shown, olegTicket, TicketListModel::Order), orderCode + QStringLiteral(" · New"));
    QTRY_COMPARE(notified.size(), 2);
    QCOMPARE(notified.last().at(0).toString(), QStringLiteral("Customer message on order ") + orderCode);
    support->selectTicket(olegTicket);
    activated.clear();
    QApplication::setActiveWindow(main);
    QTest::keyClick(support->view(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(1).toLongLong(), orderId);
    QTRY_VERIFY_WITH_TIMEOUT(desk->orderChat(orderId), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(desk->orderChat(orderId)->conversation()->ticketId(), olegTicket, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(shown, olegTicket, TicketListModel::Unread), QString(), 10'000);
    desk->orderCard(orderId)->close();

    // Pavel has waited past his deadline: after his next message the row and the tab turn red.
    telegram.sendText(kPavel, "/start", "en", "Pavel");
    QTRY_VERIFY_WITH_TIMEOUT(messagesWith(telegram, kPavel, "desk word") >= 1, 15'000);
    telegram.sendText(kPavel, "Hello? Anyone there?", "en", "Pavel");
    QTRY_COMPARE_WITH_TIMEOUT(shown->rowCount(), 3, 15'000);
    std::int64_t pavelTicket = 0;
    {
        pqxx::connection conn(db.conninfo());
        pqxx::nontransaction work(conn);
        pavelTicket = work.exec_params1("SELECT t.id FROM support_tickets t JOIN customers c ON c.id = t.customer_id "
                                        "WHERE c.tg_user_id = $1",
                                        kPavel)[0]
                          .as<std::int64_t>();
        work.exec_params0(
            "UPDATE support_tickets SET first_response_due_at = now() - interval '4 minutes' WHERE id = $1",
            pavelTicket);
    }
    telegram.sendText(kPavel, "I sent the money an hour ago", "en", "Pavel");
    QTRY_VERIFY_WITH_TIMEOUT(cell(shown, pavelTicket, TicketListModel::Sla).startsWith(QStringLiteral("overdue by")),
                             15'000);
    QCOMPARE(rowOf(shown, pavelTicket), 0); // overdue first
    QCOMPARE(shown->index(0, TicketListModel::Customer).data(TicketListModel::OverdueRole).toBool(), true);
    QTRY_COMPARE(tabs->tabTextColor(kQueueTabCount), QColor(0xc6, 0x28, 0x28));
    QTRY_COMPARE(tabs->tabText(kQueueTabCount), QStringLiteral("Support (1)")); // Marina and Oleg were read
    QCOMPARE(reads->openLists.load(), 1);
    QVERIFY(screenshots::save(main, QStringLiteral("support-inbox")));

    // Restart over the cache with syncd stopped: the same window built as the app builds it, the
    // tickets shown at once and read-only.
    const QUrl serverUrl = ApiClient::normalizeServer(QStringLiteral("127.0.0.1:%1").arg(port));
    desk.reset();
    server->stop();
    CertificatePinStore pins(&settings);
    workstation::test::ScriptedTrustPrompt refuse(false);
    PinnedNetworkAccess network(&pins, &refuse);
    ApiClient api(&network);
    api.setServer(serverUrl);
    LocalCache cache;
    QVERIFY(cache.open(LocalCache::defaultPath(serverUrl.toString(QUrl::RemoveUserInfo), QStringLiteral("op1"))));
    OrderQueueModel orders;
    TicketListModel tickets;
    ChangeFeedSync sync(&api, &cache, &orders);
    sync.setBackoff(100, 800);
    TicketInbox inbox(&api, &cache, &tickets);
    inbox.setOperatorId(op.id);
    inbox.follow(&sync);
    MainWindow window(&orders);
    auto *offlineSupport = new SupportInbox(&tickets, &inbox);
    offlineSupport->setOperatorId(op.id);
    window.setSupportInbox(offlineSupport);
    connect(&sync, &ChangeFeedSync::onlineChanged, &window, &MainWindow::setOnline);
    connect(&sync, &ChangeFeedSync::onlineChanged, offlineSupport, &SupportInbox::setOnline);
    inbox.start();
    QCOMPARE(tickets.rowCount(), 3); // before any network answer
    QSignalSpy online(&sync, &ChangeFeedSync::onlineChanged);
    sync.start();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty(), 10'000);
    QVERIFY(!window.isOnline());
    window.showSupport();
    QVERIFY(window.findChild<OfflineBanner *>(QStringLiteral("offlineBanner"))->isVisible());
    const QAbstractItemModel *cached = offlineSupport->view()->model();
    QCOMPARE(cached->rowCount(), 3);
    QCOMPARE(cell(cached, marinaTicket, TicketListModel::Assignee), QStringLiteral("op1"));
    QCOMPARE(cell(cached, marinaTicket, TicketListModel::Unread), QString());
    QCOMPARE(cell(cached, pavelTicket, TicketListModel::Unread), QStringLiteral("2"));
    QVERIFY(cell(cached, pavelTicket, TicketListModel::Sla).startsWith(QStringLiteral("overdue by")));
    offlineSupport->selectTicket(olegTicket);
    QVERIFY(!offlineSupport->assignToMeAction()->isEnabled());
    QVERIFY(offlineSupport->messageText().startsWith(QStringLiteral("Offline")));
    QTRY_COMPARE(window.findChild<QTabBar *>(QStringLiteral("queueTabBar"))->tabText(kQueueTabCount),
                 QStringLiteral("Support (1)")); // Pavel's (overdue, unread)
}

QTEST_MAIN(TestSupportInboxRealSyncd)
#include "tst_SupportInboxRealSyncd.moc"
