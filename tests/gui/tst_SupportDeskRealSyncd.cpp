// The support desk end to end through the real workstation UI (issue 11), against the real syncd
// and PostgreSQL, the customers in the fake Telegram Bot API: a customer's message arrives, the
// ticket appears in the Support tab and notifies; the operator opens it from the inbox (the order's
// card with its chat) and answers with a canned reply chosen by "/shortcut", which the customer
// receives rendered; a private note never reaches Telegram; offline the composer is disabled and
// the draft kept, and what the customer wrote meanwhile appears after the reconnect; a general
// ticket opens from its notification in a chat window of its own, where the operator records an
// order for the customer; a reply Telegram refuses (the customer blocked the bot) says why.
#include "FreshAppData.h"
#include "RealSyncdLogin.h"
#include "RealSyncdSeed.h"
#include "Screenshot.h"
#include "app/AppController.h"
#include "app/LanguageSettings.h"
#include "core/CannedReplyCatalog.h"
#include "core/TicketConversation.h"
#include "core/TicketInbox.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "models/CustomerOrdersModel.h"
#include "models/CustomerTicketsModel.h"
#include "models/TicketListModel.h"
#include "models/TicketMessageModel.h"
#include "platform/TrayNotifier.h"
#include "ui/customers/CustomerProfileDialog.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/order/OrderCardWidget.h"
#include "ui/support/ChatPane.h"
#include "ui/support/CreateOrderDialog.h"
#include "ui/support/SupportInbox.h"
#include "ui/support/TicketWindow.h"
#include "ui/trust/TrustCertificateDialog.h"

#include "p2pdesk/proto/Customers.h"
#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Rates.h"
#include "p2pdesk/proto/Tickets.h"
#include "p2pdesk/test/FakeBotApi.h"
#include "p2pdesk/test/HttpsTestClient.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TempDir.h"
#include "p2pdesk/test/TestOperators.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <pqxx/nontransaction>

#include <atomic>
#include <fstream>
#include <memory>
#include <string>

using namespace p2pdesk;
using namespace p2pdesk::workstation;

namespace {

constexpr std::int64_t kIvan = 5'000'000'201LL;   // asks about his order, in Russian
constexpr std::int64_t kMarina = 5'000'000'202LL; // a general question: she wants to sell by phone
constexpr int kWait = 15'000;

// Outermost, before authentication, like the probe of tst_SupportInboxRealSyncd.
constexpr auto kProbeStage =
    static_cast<syncd::http::MiddlewareStage>(static_cast<int>(syncd::http::MiddlewareStage::Authentication) - 50);

// Counts the workstation's reads of the whole open-ticket list: only a message that arrives after
// the first one is live (a notification); one the read already holds is not news.
syncd::app::SyncdApp::RouteHook countOpenListReads(const std::shared_ptr<std::atomic<int>> &reads)
{
    return [reads](syncd::http::Router &router, syncd::app::Services &) {
        router.use(
            [reads](syncd::http::RequestContext &ctx, const syncd::http::Route &, const syncd::http::Next &next) {
                if (ctx.method() == "GET" && ctx.path() == proto::endpoints::kTickets &&
                    ctx.query("status") == std::optional<std::string>("open") && !ctx.query("q"))
                    ++*reads;
                return next(ctx);
            },
            kProbeStage);
    };
}

std::string textOf(const test::FakeBotApi::Sent &sent)
{
    return sent.params.value("text", std::string());
}

int messagesWith(const test::FakeBotApi &fake, std::int64_t chat, const std::string &needle)
{
    int n = 0;
    for (const auto &s : fake.sentTo(chat))
        n += s.method == "sendMessage" && textOf(s).find(needle) != std::string::npos;
    return n;
}

bool botAnswered(const test::FakeBotApi &fake, std::int64_t chat)
{
    return fake.waitFor(
        [chat](const auto &sent) {
            return std::any_of(sent.begin(), sent.end(), [chat](const auto &s) { return s.chatId == chat; });
        },
        std::chrono::milliseconds(kWait));
}

QStringList rowTexts(const ChatPane *chat)
{
    QStringList out;
    const TicketMessageModel *model = chat->messageModel();
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row).data(TicketMessageModel::TextRole).toString();
    return out;
}

QString lastDelivery(const ChatPane *chat)
{
    const TicketMessageModel *model = chat->messageModel();
    return model->index(model->rowCount() - 1).data(TicketMessageModel::DeliveryTextRole).toString();
}

// The ticket of a row in the Support tab's table (by the customer's name, or by its order); 0 while
// there is none.
std::int64_t ticketOf(const QAbstractItemModel *model, const QString &customer, std::int64_t orderId = 0)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex first = model->index(row, 0);
        if ((orderId > 0 && first.data(TicketListModel::OrderIdRole).toLongLong() == orderId) ||
            (orderId == 0 && model->index(row, TicketListModel::Customer).data().toString() == customer))
            return first.data(TicketListModel::TicketIdRole).toLongLong();
    }
    return 0;
}

test::HttpsResult checked(test::HttpsResult result, int status)
{
    if (result.status != status)
        qWarning("unexpected HTTP %d: %s", result.status, result.body.c_str());
    return result;
}

std::int64_t customerIdOf(const test::PgTestDatabase &db, std::int64_t telegramId)
{
    pqxx::connection conn(db.conninfo());
    pqxx::nontransaction work(conn);
    return work.exec_params1("SELECT id FROM customers WHERE tg_user_id = $1", telegramId)[0].as<std::int64_t>();
}

} // namespace

class TestSupportDeskRealSyncd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void customerToOperatorAndBack();

private:
    p2pdesk::workstation::FreshAppData m_appData;
    QTemporaryDir m_dir;
};

void TestSupportDeskRealSyncd::initTestCase()
{
    QVERIFY(m_appData.isValid());          // a home of this run's own (FreshAppData.h)
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: tokens are simply not remembered
    QVERIFY(m_dir.isValid());
    QCOMPARE(LanguageSettings::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
}

void TestSupportDeskRealSyncd::customerToOperatorAndBack()
{
    test::PgTestDatabase db;
    test::FakeBotApi telegram;
    test::TempDir secrets;
    test::TempDir dataDir; // apart from the server: syncd restarts with the same certificate
    std::ofstream(secrets.path() / "token") << telegram.token();
    test::SyncdTestServerOptions options;
    options.dataDir = dataDir.path();
    options.config = {{"telegram.mode", "polling"},
                      {"telegram.api_base_url", telegram.baseUrl()},
                      {"telegram.bot_token_file", (secrets.path() / "token").string()},
                      {"telegram.poll_timeout_s", "1"},
                      {"telegram.worker_interval_ms", "100"},
                      {"telegram.per_chat_interval_ms", "20"},
                      // Restarted on this port later: one no other test can be handed meanwhile.
                      {"listen.port", std::to_string(test::portOutsideEphemeralRange())}};
    auto openListReads = std::make_shared<std::atomic<int>>(0);
    options.extraRoutes = countOpenListReads(openListReads);
    auto server = std::make_unique<test::SyncdTestServer>(db, options);
    const std::uint16_t port = server->port();
    const test::TestOperator op = test::createOperator(*server, "op1", {"operator"});
    const test::TestOperator admin = test::createOperator(*server, "admin1", {"admin"});
    const test::TestOperator intake = test::createOperator(*server, "intake", {"operator"});

    // The desk: a rate, a canned reply in both languages, and Ivan's order taken by phone.
    std::int64_t orderId = 0;
    std::string orderCode;
    {
        test::HttpsTestClient adminClient = test::clientAs(*server, admin);
        QCOMPARE(checked(adminClient.post(std::string(proto::endpoints::kAdminRates),
                                          proto::toJson(test::deskOpeningRate())),
                         200)
                     .status,
                 200);
        proto::CannedReplyRequest thanks;
        thanks.shortcut = "thanks";
        thanks.title = "We are on it";
        thanks.bodyRu = "Спасибо, {customer.name}! Заявка {order.code} в работе.";
        thanks.bodyEn = "Thank you, {customer.name}! Order {order.code} is in progress.";
        thanks.reason = "support starts";
        QCOMPARE(
            checked(adminClient.post(std::string(proto::endpoints::kAdminCannedReplies), proto::toJson(thanks)), 201)
                .status,
            201);
        test::HttpsTestClient phone = test::clientAs(*server, intake);
        proto::CreateOrderRequest create;
        create.customer = proto::NewCustomer{kIvan, std::string("ivan_k")};
        create.direction = domain::Direction::Sell;
        create.asset = "USDT";
        create.network = "TRON";
        create.fiatCurrency = "RUB";
        create.amountCrypto = domain::Decimal::parse("150.00").value();
        create.payoutRequisites = "2200 1234 5678 9012";
        const auto created = checked(phone.post(std::string(proto::endpoints::kOrders), proto::toJson(create)), 201);
        QCOMPARE(created.status, 201);
        orderId = created.json.at("id").get<std::int64_t>();
        orderCode = created.json.at("code").get<std::string>();
    }
    telegram.sendText(kIvan, "/start", "ru", "Иван");
    QVERIFY(botAnswered(telegram, kIvan));

    // The operator logs in and looks at the Support tab (Ctrl+7); nothing there yet.
    QTimer trustClicker;
    connect(&trustClicker, &QTimer::timeout, this, [] {
        if (auto *trust = qobject_cast<TrustCertificateDialog *>(QApplication::activeModalWidget()))
            QTest::mouseClick(trust->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
    });
    trustClicker.start(20);
    QSettings settings(m_dir.filePath(QStringLiteral("op.ini")), QSettings::IniFormat);
    AppController app(&settings);
    app.setFeedBackoff(100, 800); // syncd is stopped and restarted below
    app.start();
    QTRY_VERIFY(app.loginDialog() && app.loginDialog()->isVisible());
    test::submitLogin(app.loginDialog(), op, port);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() && app.mainWindow()->isOnline(), kWait);
    trustClicker.stop();
    MainWindow *main = app.mainWindow();
    SupportInbox *support = main->supportInbox();
    QVERIFY(support);
    QApplication::setActiveWindow(main);
    QTest::keyClick(main, Qt::Key_7, Qt::ControlModifier);
    QVERIFY(main->isSupportShown());
    const QAbstractItemModel *shown = support->view()->model();
    QSignalSpy notified(app.trayNotifier(), &TrayNotifier::notified);
    QTRY_VERIFY_WITH_TIMEOUT(openListReads->load() >= 1 && !app.ticketInbox()->isReloading(), kWait);

    // 1. Ivan writes about his order: the ticket appears in the inbox and notifies.
    telegram.sendText(kIvan, "Здравствуйте! Когда придут рубли по заявке " + orderCode + "?", "ru", "Иван");
    std::int64_t ivanTicket = 0;
    QTRY_VERIFY_WITH_TIMEOUT((ivanTicket = ticketOf(shown, {}, orderId)) > 0, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, kWait);
    QCOMPARE(notified.last().at(0).toString(),
             QStringLiteral("Customer message on order ") + QString::fromStdString(orderCode));

    // 2. Enter on the row opens the order's card with this ticket's chat beside it.
    support->selectTicket(ivanTicket);
    QApplication::setActiveWindow(main);
    QTest::keyClick(support->view(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(app.orderChat(orderId), kWait);
    OrderCardWidget *card = app.orderCard(orderId);
    ChatPane *chat = app.orderChat(orderId);
    QVERIFY(card->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(chat->conversation()->hasTicket(), kWait);
    QCOMPARE(chat->conversation()->ticketId(), ivanTicket);
    QTRY_VERIFY_WITH_TIMEOUT(rowTexts(chat).join(u'\n').contains(QStringLiteral("Когда придут рубли")), kWait);
    QVERIFY(!app.ticketWindow(ivanTicket)); // an order's ticket is on the card, not in a window

    // The card's "Customer profile…" (Ctrl+Shift+U) opens Ivan's profile: his order and ticket; an
    // operator is not offered blocking. The Support tab's row leads to the same one window.
    const std::int64_t ivanId = customerIdOf(db, kIvan);
    // The action waits for the order's detail (it names the customer), which may come after the chat.
    auto *cardProfile = card->findChild<QAction *>(QStringLiteral("customerProfileAction"));
    QVERIFY(cardProfile);
    QTRY_VERIFY_WITH_TIMEOUT(cardProfile->isEnabled(), kWait);
    QApplication::setActiveWindow(card);
    QTest::keyClick(card, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(app.customerProfile(ivanId), kWait);
    CustomerProfileDialog *ivanProfile = app.customerProfile(ivanId);
    QVERIFY(ivanProfile->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(ivanProfile->profile().has_value(), kWait);
    QCOMPARE(ivanProfile->profile()->customer.telegramId, kIvan);
    QCOMPARE(ivanProfile->orders()->rowCount(), 1);
    QCOMPARE(ivanProfile->orders()->index(0, 0).data(CustomerOrdersModel::OrderIdRole).toLongLong(), orderId);
    QCOMPARE(ivanProfile->tickets()->rowCount(), 1);
    QCOMPARE(ivanProfile->tickets()->index(0, 0).data(CustomerTicketsModel::TicketIdRole).toLongLong(), ivanTicket);
    QVERIFY(ivanProfile->findChild<QPushButton *>(QStringLiteral("blockCustomerButton"))->isHidden());
    support->selectTicket(ivanTicket);
    QVERIFY(support->customerProfileAction()->isEnabled());
    support->customerProfileAction()->trigger();
    QCOMPARE(app.customerProfile(ivanId), ivanProfile); // raised and read again, not a second window
    ivanProfile->close();
    QTRY_VERIFY(!app.customerProfile(ivanId));

    // 3. "/tha" offers the canned reply; syncd previews it for this order in Ivan's language.
    QApplication::setActiveWindow(card);
    QPlainTextEdit *composer = chat->composer();
    composer->setFocus();
    QTRY_VERIFY(composer->hasFocus());
    QTRY_VERIFY(composer->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(app.cannedReplies()->isLoaded(), kWait);
    QTest::keyClicks(composer, QStringLiteral("/tha"));
    QAbstractItemView *popup = chat->cannedCompleter()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(composer->toPlainText(), QStringLiteral("/thanks"));
    QTRY_VERIFY_WITH_TIMEOUT(chat->previewText().contains(QString::fromStdString(orderCode)), kWait);
    const QString preview = chat->previewText();
    QVERIFY2(preview.startsWith(QStringLiteral("Спасибо, ")), qPrintable(preview)); // the Russian body
    QVERIFY2(!preview.contains(u'{'), qPrintable(preview));                         // every variable filled
    QTRY_VERIFY(chat->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    // Ivan receives exactly the rendered words, once.
    QTRY_COMPARE_WITH_TIMEOUT(messagesWith(telegram, kIvan, preview.toStdString()), 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(rowTexts(chat).contains(preview), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(lastDelivery(chat), QStringLiteral("Sent"), kWait);

    // 4. A private note stays on the desk; the reply after it reaches Ivan (the outbox keeps a
    // chat's order, so a note queued by mistake would have gone out first).
    QTest::mouseClick(chat->findChild<QToolButton *>(QStringLiteral("privateNoteToggle")), Qt::LeftButton);
    QVERIFY(chat->isPrivateNote());
    QTest::keyClicks(composer, QStringLiteral("Internal: VIP customer, check the TRON tx twice"));
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(rowTexts(chat).contains(QStringLiteral("Internal: VIP customer, check the TRON tx twice")),
                             kWait);
    QTRY_VERIFY(!chat->messageModel()->hasPending());
    QTest::mouseClick(chat->findChild<QToolButton *>(QStringLiteral("privateNoteToggle")), Qt::LeftButton);
    QVERIFY(!chat->isPrivateNote());
    composer->insertPlainText(QStringLiteral("Проверяем перевод.")); // QTest types ASCII only
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(messagesWith(telegram, kIvan, "Проверяем перевод."), 1, kWait);
    for (const auto &sent : telegram.sent())
        QVERIFY(sent.params.dump().find("VIP customer") == std::string::npos);
    QTRY_COMPARE_WITH_TIMEOUT(lastDelivery(chat), QStringLiteral("Sent"), kWait);

    // 5. syncd goes away: the composer is disabled, the draft stays; Ivan writes meanwhile
    // (Telegram keeps it until syncd polls again).
    QTest::keyClicks(composer, QStringLiteral("Draft written before the outage"));
    server->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!main->isOnline(), kWait);
    QTRY_VERIFY(!composer->isEnabled());
    QCOMPARE(composer->toPlainText(), QStringLiteral("Draft written before the outage"));
    QVERIFY2(chat->composerNote().startsWith(QStringLiteral("Offline")), qPrintable(chat->composerNote()));
    telegram.sendText(kIvan, "Алло? Есть кто-нибудь?", "ru", "Иван");
    QVERIFY(!rowTexts(chat).contains(QStringLiteral("Алло? Есть кто-нибудь?")));
    server = std::make_unique<test::SyncdTestServer>(db, options);
    QTRY_VERIFY_WITH_TIMEOUT(main->isOnline(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(rowTexts(chat).contains(QStringLiteral("Алло? Есть кто-нибудь?")), kWait);
    QTRY_VERIFY(composer->isEnabled());
    QCOMPARE(composer->toPlainText(), QStringLiteral("Draft written before the outage"));
    QCOMPARE(rowTexts(chat).count(QStringLiteral("Алло? Есть кто-нибудь?")), 1);
    QCOMPARE(rowTexts(chat).count(preview), 1);
    composer->clear();

    // 6. Marina asks a general question; clicking her notification opens her chat window.
    telegram.sendText(kMarina, "/start", "en", "Marina");
    QVERIFY(botAnswered(telegram, kMarina));
    telegram.sendText(kMarina, "Can I sell 500 USDT by phone today?", "en", "Marina");
    std::int64_t marinaTicket = 0;
    QTRY_VERIFY_WITH_TIMEOUT((marinaTicket = ticketOf(shown, QStringLiteral("Marina"))) > 0, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(
        !notified.isEmpty() && notified.last().at(0).toString() == QStringLiteral("Message from Marina"), kWait);
    app.trayNotifier()->activateLast();
    QTRY_VERIFY_WITH_TIMEOUT(app.ticketWindow(marinaTicket), kWait);
    TicketWindow *window = app.ticketWindow(marinaTicket);
    QVERIFY(window->isVisible());
    QCOMPARE(support->currentTicketId(), marinaTicket);
    QTRY_VERIFY_WITH_TIMEOUT(rowTexts(window->chat()).contains(QStringLiteral("Can I sell 500 USDT by phone today?")),
                             kWait);
    QTRY_COMPARE(window->windowTitle(), QStringLiteral("Chat with Marina"));
    QVERIFY(screenshots::save(window, QStringLiteral("ticket-window"), screenshots::Kind::Dialog));

    // She agrees the order in the chat: the operator records it from the window, and its card opens.
    // She is paid at the bank she names, from the directory's active banks of the order's currency.
    {
        pqxx::connection conn(db.conninfo());
        pqxx::nontransaction work(conn);
        work.exec0("INSERT INTO banks (code, name, country, fiat_currency, active) VALUES "
                   "('SBER', 'Sberbank', 'RU', 'RUB', true), ('TINK', 'T-Bank', 'RU', 'RUB', true), "
                   "('OLDB', 'Closed Bank', 'RU', 'RUB', false), ('KASPI', 'Kaspi', 'KZ', 'KZT', true)");
    }
    QTRY_VERIFY(window->createOrderButton()->isEnabled());
    QTest::mouseClick(window->createOrderButton(), Qt::LeftButton);
    CreateOrderDialog *dialog = window->createOrderDialog();
    QVERIFY(dialog);
    auto *pair = dialog->findChild<QComboBox *>(QStringLiteral("pairComboBox"));
    QTRY_COMPARE_WITH_TIMEOUT(pair->count(), 1, kWait);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("amountLineEdit")), QStringLiteral("500"));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("requisitesTextEdit")),
                     QStringLiteral("2200 9876 5432 1098"));
    auto *bank = dialog->findChild<QComboBox *>(QStringLiteral("payoutBankComboBox"));
    QTRY_COMPARE_WITH_TIMEOUT(bank->count(), 3, kWait); // "Not named", Sberbank, T-Bank
    QVERIFY(bank->isVisibleTo(dialog));
    QCOMPARE(bank->currentText(), QStringLiteral("Not named"));
    bank->setFocus();
    QTest::keyClick(bank, Qt::Key_Down);
    QTest::keyClick(bank, Qt::Key_Down);
    QCOMPARE(bank->currentText(), QStringLiteral("T-Bank"));
    auto *createButton = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QTRY_VERIFY(createButton->isEnabled());
    QSignalSpy opened(window, &TicketWindow::openOrderRequested);
    QTest::mouseClick(createButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kWait);
    const qint64 marinaOrder = opened.first().at(0).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(app.orderCard(marinaOrder), kWait);
    {
        pqxx::connection conn(db.conninfo());
        pqxx::nontransaction work(conn);
        QCOMPARE(work.exec_params1("SELECT c.tg_user_id FROM orders o JOIN customers c ON c.id = o.customer_id "
                                   "WHERE o.id = $1",
                                   marinaOrder)[0]
                     .as<std::int64_t>(),
                 kMarina);
        QCOMPARE(work.exec_params1("SELECT b.code FROM orders o JOIN payout_accounts p ON p.id = o.payout_account_id "
                                   "JOIN banks b ON b.id = p.bank_id WHERE o.id = $1",
                                   marinaOrder)[0]
                     .as<std::string>(),
                 std::string("TINK"));
    }
    // The operator who pays her out sees the bank on the card.
    QTRY_COMPARE_WITH_TIMEOUT(
        app.orderCard(marinaOrder)->findChild<QLabel *>(QStringLiteral("payoutBankLabel"))->text(),
        QStringLiteral("T-Bank"), kWait);
    app.orderCard(marinaOrder)->close();

    // The chat window leads to Marina's profile; a senior's block elsewhere shows in it at once
    // (customer.updated on the change feed), and her ticket in it leads back to this window.
    const std::int64_t marinaId = customerIdOf(db, kMarina);
    QVERIFY(window->customerProfileButton()->isEnabled());
    QTest::mouseClick(window->customerProfileButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.customerProfile(marinaId), kWait);
    CustomerProfileDialog *marinaProfile = app.customerProfile(marinaId);
    QTRY_VERIFY_WITH_TIMEOUT(marinaProfile->profile().has_value(), kWait);
    QVERIFY(!marinaProfile->profile()->customer.blocked);
    QCOMPARE(marinaProfile->orders()->rowCount(), 1);
    {
        test::HttpsTestClient adminClient = test::clientAs(*server, admin);
        const std::string path =
            std::string(proto::endpoints::kCustomerBlock)
                .replace(std::string(proto::endpoints::kCustomerBlock).find("{id}"), 4, std::to_string(marinaId));
        QCOMPARE(
            checked(adminClient.post(path, proto::toJson(proto::CustomerBlockRequest{"card of a third person"})), 200)
                .status,
            200);
    }
    QTRY_VERIFY_WITH_TIMEOUT(marinaProfile->profile()->customer.blocked, kWait);
    QCOMPARE(marinaProfile->profile()->customer.blockedReason.value_or(""), std::string("card of a third person"));
    auto *ticketsView = marinaProfile->findChild<QTableView *>(QStringLiteral("customerTicketsView"));
    QVERIFY(ticketsView);
    QCOMPARE(ticketsView->model()->rowCount(), 1);
    marinaProfile->findChild<QTabWidget *>(QStringLiteral("customerTabs"))->setCurrentWidget(ticketsView);
    const QModelIndex marinaRow = ticketsView->model()->index(0, 0);
    QSignalSpy ticketAsked(marinaProfile, &CustomerProfileDialog::openTicketRequested);
    QTRY_VERIFY(ticketsView->isVisible());
    QApplication::setActiveWindow(marinaProfile);
    const QPoint cell = ticketsView->visualRect(marinaRow).center();
    // As a person does it: the first click selects the row, the second makes it a double click.
    QTest::mouseClick(ticketsView->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(ticketsView->viewport(), Qt::LeftButton, {}, cell);
    QTRY_COMPARE(ticketAsked.size(), 1);
    QCOMPARE(ticketAsked.first().at(0).toLongLong(), marinaTicket);
    // A ticket the order was recorded from belongs to that order now: it opens on the order's card.
    if (const qint64 ticketOrder = ticketAsked.first().at(1).toLongLong(); ticketOrder > 0) {
        QCOMPARE(ticketOrder, marinaOrder);
        QTRY_VERIFY_WITH_TIMEOUT(app.orderCard(marinaOrder), kWait);
        app.orderCard(marinaOrder)->close();
    } else {
        QCOMPARE(app.ticketWindow(marinaTicket), window);
    }
    marinaProfile->close();
    window->close();

    // 7. Ivan blocks the bot: Telegram answers 403 and the reply says why in words.
    telegram.blockChat(kIvan);
    QApplication::setActiveWindow(card);
    composer->insertPlainText(QStringLiteral("Выплата готовится.")); // QTest types ASCII only
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(rowTexts(chat).contains(QStringLiteral("Выплата готовится.")), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(lastDelivery(chat),
                              QStringLiteral("Not delivered: the customer blocked the bot or never started it"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(chat->findChild<QLabel *>(QStringLiteral("unreachableLabel"))->isVisible(), kWait);
    QCOMPARE(messagesWith(telegram, kIvan, "Выплата готовится."), 0);
}

QTEST_MAIN(TestSupportDeskRealSyncd)
#include "tst_SupportDeskRealSyncd.moc"
