// The support chat on the order card through the real workstation UI, against the real syncd and
// PostgreSQL with the customer in the fake Telegram Bot API (issue 11): the customer's message
// arrives live; the operator answers with a canned reply previewed as syncd renders it and the
// customer receives exactly that; a private note never reaches Telegram; offline the composer is
// disabled and the draft kept, and what the customer wrote meanwhile appears when syncd is back;
// a reply Telegram refuses (the customer blocked the bot) says why in words.
#include "FreshAppData.h"
#include "RealSyncdLogin.h"
#include "RealSyncdSeed.h"
#include "Screenshot.h"
#include "app/AppController.h"
#include "core/CannedReplyCatalog.h"
#include "core/TicketConversation.h"
#include "models/TicketMessageModel.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/order/OrderCardWidget.h"
#include "ui/support/ChatPane.h"
#include "ui/trust/TrustCertificateDialog.h"

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
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <fstream>
#include <memory>
#include <string>

using namespace p2pdesk;
using namespace p2pdesk::workstation;

namespace {

constexpr std::int64_t kCustomer = 5'000'000'077LL; // the customer's Telegram id
constexpr int kWait = 15'000;

std::string textOf(const test::FakeBotApi::Sent &sent)
{
    return sent.params.value("text", std::string());
}

// How many of the bot's messages to the customer contain `needle`.
int messagesWith(const test::FakeBotApi &fake, const std::string &needle)
{
    int n = 0;
    for (const auto &s : fake.sentTo(kCustomer))
        n += s.method == "sendMessage" && textOf(s).find(needle) != std::string::npos;
    return n;
}

QString sentTexts(const test::FakeBotApi &fake)
{
    QStringList texts;
    for (const auto &s : fake.sentTo(kCustomer))
        texts << QString::fromStdString(textOf(s));
    return texts.join(QStringLiteral(" || "));
}

// Every message the desk's operators wrote in the chat, as the model shows them.
QStringList rowTexts(const ChatPane *chat)
{
    QStringList out;
    const TicketMessageModel *model = chat->messageModel();
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row).data(TicketMessageModel::TextRole).toString();
    return out;
}

test::HttpsResult checked(test::HttpsResult result, int status)
{
    if (result.status != status)
        qWarning("unexpected HTTP %d: %s", result.status, result.body.c_str());
    return result;
}

} // namespace

class TestChatRealSyncd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void chatOnTheOrderCard();

private:
    p2pdesk::workstation::FreshAppData m_appData;
    QTemporaryDir m_dir;
};

void TestChatRealSyncd::initTestCase()
{
    QVERIFY(m_appData.isValid());          // a home of this run's own (FreshAppData.h)
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: tokens are simply not remembered
    QVERIFY(m_dir.isValid());
}

void TestChatRealSyncd::chatOnTheOrderCard()
{
    test::PgTestDatabase db;
    test::FakeBotApi telegram;
    test::TempDir secrets;
    test::TempDir dataDir; // kept apart from the server: syncd restarts with the same certificate
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
    auto server = std::make_unique<test::SyncdTestServer>(db, options);
    const std::uint16_t port = server->port();
    const test::TestOperator op = test::createOperator(*server, "op1", {"operator"});
    const test::TestOperator admin = test::createOperator(*server, "admin1", {"admin"});

    // The desk: a rate, and a canned reply in both languages.
    std::string orderCode;
    std::int64_t orderId = 0;
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
        // An order the desk took by phone for a customer who then writes in the bot.
        test::HttpsTestClient desk = test::clientAs(*server, op);
        proto::CreateOrderRequest create;
        create.customer = proto::NewCustomer{kCustomer, std::string("alice_tg")};
        create.direction = domain::Direction::Sell;
        create.asset = "USDT";
        create.network = "TRON";
        create.fiatCurrency = "RUB";
        create.amountCrypto = domain::Decimal::parse("150.00").value();
        create.payoutRequisites = "2200 1234 5678 9012";
        const auto created = checked(desk.post(std::string(proto::endpoints::kOrders), proto::toJson(create)), 201);
        QCOMPARE(created.status, 201);
        orderId = created.json.at("id").get<std::int64_t>();
        orderCode = created.json.at("code").get<std::string>();
    }
    telegram.sendText(kCustomer, "/start");
    QVERIFY(telegram.waitFor(
        [](const auto &sent) {
            return std::any_of(sent.begin(), sent.end(), [](const auto &s) { return s.chatId == kCustomer; });
        },
        std::chrono::milliseconds(kWait)));

    // The operator logs in and opens the order; it has no ticket yet.
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
    emit app.mainWindow()->openOrderRequested(orderId);
    QTRY_VERIFY_WITH_TIMEOUT(app.orderChat(orderId), kWait);
    ChatPane *chat = app.orderChat(orderId);
    OrderCardWidget *card = app.orderCard(orderId);
    QTRY_VERIFY_WITH_TIMEOUT(chat->conversation()->noTicketYet(), kWait);
    QVERIFY(
        chat->findChild<QLabel *>(QStringLiteral("chatEmptyLabel"))->text().startsWith(QStringLiteral("No messages")));
    QVERIFY(!chat->composer()->isEnabled());

    // 1. The customer writes in the bot: the message arrives in the card's chat by itself.
    telegram.sendText(kCustomer, "Hello! When do I get my roubles for order " + orderCode + "?", "en", "Alice");
    QTRY_VERIFY_WITH_TIMEOUT(chat->conversation()->hasTicket(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(rowTexts(chat).join(u'\n').contains(QStringLiteral("When do I get my roubles")), kWait);
    QVERIFY(chat->composer()->isEnabled());
    const auto &customer = chat->conversation()->detail().customer;
    QVERIFY(customer.verificationWord.has_value());
    QVERIFY(chat->findChild<QLabel *>(QStringLiteral("verificationWordLabel"))
                ->text()
                .contains(QString::fromStdString(*customer.verificationWord)));

    // 2. "/thanks": the popup, syncd's preview for this order in the customer's language, Ctrl+Enter.
    QApplication::setActiveWindow(card);
    QPlainTextEdit *composer = chat->composer();
    composer->setFocus();
    QTRY_VERIFY(composer->hasFocus());
    QTRY_VERIFY_WITH_TIMEOUT(app.cannedReplies()->isLoaded(), kWait);
    QTest::keyClicks(composer, QStringLiteral("/tha"));
    QAbstractItemView *popup = chat->cannedCompleter()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(composer->toPlainText(), QStringLiteral("/thanks"));
    QTRY_VERIFY_WITH_TIMEOUT(chat->previewText().contains(QString::fromStdString(orderCode)), kWait);
    const QString preview = chat->previewText();
    QVERIFY2(preview.contains(QStringLiteral("Alice")) || preview.contains(QStringLiteral("alice_tg")),
             qPrintable(preview));
    QVERIFY2(!preview.contains(u'{'), qPrintable(preview)); // every variable filled
    QTRY_VERIFY(chat->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!card->pendingDialog()); // Ctrl+Enter in the composer sends; it does not take the order
    // The customer gets exactly the rendered words (with the bot's verification-word signature).
    QTRY_VERIFY2_WITH_TIMEOUT(
        messagesWith(telegram, preview.toStdString()) == 1,
        qPrintable(QString(preview + QStringLiteral(" | ") + sentTexts(telegram) + QStringLiteral(" | ") +
                           chat->errorText() + QStringLiteral(" | ") + rowTexts(chat).join(QStringLiteral(" // ")))
                       .replace(u'\n', u' ')),
        kWait);
    QTRY_VERIFY_WITH_TIMEOUT(rowTexts(chat).contains(preview), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(chat->messageModel()
                                  ->index(chat->messageModel()->rowCount() - 1)
                                  .data(TicketMessageModel::DeliveryTextRole)
                                  .toString(),
                              QStringLiteral("Sent"), kWait);

    // 3. A private note stays on the desk: the reply typed after it reaches the customer, the note
    // never does (the outbox keeps a chat's order, so had it been queued it would have gone first).
    QTest::mouseClick(chat->findChild<QToolButton *>(QStringLiteral("privateNoteToggle")), Qt::LeftButton);
    QVERIFY(chat->isPrivateNote());
    QTest::keyClicks(composer, QStringLiteral("Internal: VIP customer, check the TRON tx twice"));
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(rowTexts(chat).contains(QStringLiteral("Internal: VIP customer, check the TRON tx twice")),
                             kWait);
    QTRY_VERIFY(!chat->messageModel()->hasPending());
    QTest::mouseClick(chat->findChild<QToolButton *>(QStringLiteral("privateNoteToggle")), Qt::LeftButton);
    QVERIFY(!chat->isPrivateNote());
    QTest::keyClicks(composer, QStringLiteral("We are checking the transfer now."));
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(messagesWith(telegram, "We are checking the transfer now.") == 1, kWait);
    QCOMPARE(messagesWith(telegram, "VIP customer"), 0);
    for (const auto &sent : telegram.sent())
        QVERIFY(sent.params.dump().find("VIP customer") == std::string::npos);
    QTRY_COMPARE_WITH_TIMEOUT(chat->messageModel()
                                  ->index(chat->messageModel()->rowCount() - 1)
                                  .data(TicketMessageModel::DeliveryTextRole)
                                  .toString(),
                              QStringLiteral("Sent"), kWait);
    QVERIFY(p2pdesk::screenshots::save(card, QStringLiteral("order-card-chat")));

    // 4. syncd goes away: the composer is disabled with a note, the draft stays.
    QTest::keyClicks(composer, QStringLiteral("Draft written before the outage"));
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow()->isOnline(), kWait);
    server->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!app.mainWindow()->isOnline(), kWait);
    QTRY_VERIFY(!composer->isEnabled());
    QCOMPARE(composer->toPlainText(), QStringLiteral("Draft written before the outage"));
    QVERIFY2(chat->composerNote().startsWith(QStringLiteral("Offline")), qPrintable(chat->composerNote()));
    QVERIFY(!chat->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    // Meanwhile the customer writes (Telegram keeps it until syncd polls again).
    telegram.sendText(kCustomer, "Hello? Is anybody there?", "en", "Alice");
    QVERIFY(!rowTexts(chat).contains(QStringLiteral("Hello? Is anybody there?")));

    // syncd is back: the desk reconnects, the message that arrived meanwhile appears, the draft
    // is still in the composer and can be sent.
    test::SyncdTestServerOptions again = options;
    again.config["listen.port"] = std::to_string(port);
    server = std::make_unique<test::SyncdTestServer>(db, again);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow()->isOnline(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(rowTexts(chat).contains(QStringLiteral("Hello? Is anybody there?")), kWait);
    QTRY_VERIFY(composer->isEnabled());
    QCOMPARE(composer->toPlainText(), QStringLiteral("Draft written before the outage"));
    const QStringList texts = rowTexts(chat);
    QCOMPARE(texts.count(QStringLiteral("Hello? Is anybody there?")), 1);
    QCOMPARE(texts.count(preview), 1);

    // 5. The customer blocks the bot: Telegram answers 403 and the reply says so in words.
    composer->clear();
    telegram.blockChat(kCustomer);
    QTest::keyClicks(composer, QStringLiteral("Your payout is being prepared."));
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(rowTexts(chat).contains(QStringLiteral("Your payout is being prepared.")), kWait);
    const auto lastDelivery = [chat] {
        const TicketMessageModel *model = chat->messageModel();
        return model->index(model->rowCount() - 1).data(TicketMessageModel::DeliveryTextRole).toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(lastDelivery(),
                              QStringLiteral("Not delivered: the customer blocked the bot or never "
                                             "started it"),
                              kWait);
    QTRY_VERIFY_WITH_TIMEOUT(chat->findChild<QLabel *>(QStringLiteral("unreachableLabel"))->isVisible(), kWait);
    QCOMPARE(messagesWith(telegram, "Your payout is being prepared."), 0);
}

QTEST_MAIN(TestChatRealSyncd)
#include "tst_chat_real_syncd.moc"
