#include "FreshAppData.h"
#include "RealSyncdLogin.h"
#include "RealSyncdSeed.h"
#include "Screenshot.h"
#include "app/AppController.h"
#include "core/OrderActions.h"
#include "models/OrderQueueModel.h"
#include "ui/actions/PayoutReferenceDialog.h"
#include "ui/actions/ReasonDialog.h"
#include "ui/actions/TakeRateDialog.h"
#include "ui/approvals/ApprovalsInbox.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/order/OrderCardWidget.h"
#include "ui/trust/TrustCertificateDialog.h"

#include "p2pdesk/domain/PayoutRequisites.h"
#include "p2pdesk/proto/Checklists.h"
#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Rates.h"
#include "p2pdesk/proto/Settings.h"
#include "p2pdesk/proto/Wallets.h"
#include "p2pdesk/test/FakeBotApi.h"
#include "p2pdesk/test/HttpsTestClient.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TempDir.h"
#include "p2pdesk/test/TestOperators.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <pqxx/nontransaction>

#include <fstream>
#include <optional>
#include <string>
#include <utility>

using namespace p2pdesk;
using namespace p2pdesk::workstation;

namespace {

using S = domain::OrderStatus;

// A normal order NEW → COMPLETED takes the operator at most this many deliberate actions: open,
// take with rate (and send the deposit address), verify, start payout, paid out with reference;
// the customer does their own steps in the bot. Checklist ticks are counted apart (at most one per
// item), as are the keys that only move (to a tab, a row, a checklist).
constexpr int kDeliberateBudget = 6;
constexpr std::int64_t kCustomer = 5'000'000'042LL; // the customer's Telegram id
const std::string kCard = "4111 1111 1111 1111";    // where the customer wants the roubles
constexpr int kKeyBudget = 20;                      // every key press and key entry, all kinds together

std::string pathOf(std::string_view pattern, std::int64_t id)
{
    std::string out(pattern);
    out.replace(out.find("{id}"), 4, std::to_string(id));
    return out;
}

// Counts what the operator does, by kind. Every key press and every typed field is one key
// (typed characters are counted apart, for the record); a deliberate action is a decision the
// operator takes (one action may need a key to open its dialog and one to confirm it).
struct OperatorHands {
    int deliberate = 0;
    int ticks = 0;
    int moves = 0; // focus and navigation only
    int keys = 0;
    int typedCharacters = 0;

    void decide() { ++deliberate; }
    void key(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++keys;
        QTest::keyClick(target, key, modifiers);
    }
    void move(QWidget *target, Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++moves;
        key(target, k, modifiers);
    }
    void tick(QWidget *target)
    {
        ++ticks;
        key(target, Qt::Key_Space);
    }
    void type(QWidget *target, const QString &text)
    {
        ++keys;
        typedCharacters += static_cast<int>(text.size());
        QTest::keyClicks(target, text);
    }
};

std::string textOf(const test::FakeBotApi::Sent &sent)
{
    return sent.params.value("text", std::string());
}

// How many of the bot's messages to the chat contain `needle`.
int messagesWith(const test::FakeBotApi &fake, std::int64_t chat, const std::string &needle)
{
    int n = 0;
    for (const auto &s : fake.sentTo(chat))
        n += s.method == "sendMessage" && textOf(s).find(needle) != std::string::npos;
    return n;
}

// The message id and callback_data of the button labelled `label` in the newest message to `chat`
// that has one.
std::optional<std::pair<std::int64_t, std::string>> findButton(const test::FakeBotApi &fake, std::int64_t chat,
                                                               const std::string &label)
{
    const auto sent = fake.sentTo(chat);
    for (auto it = sent.rbegin(); it != sent.rend(); ++it) {
        if (it->method != "sendMessage" || !it->params.contains("reply_markup"))
            continue;
        for (const auto &row : it->params["reply_markup"].value("inline_keyboard", nlohmann::json::array()))
            for (const auto &button : row)
                if (button.value("text", std::string()).find(label) != std::string::npos)
                    return std::make_pair(it->messageId, button.value("callback_data", std::string()));
    }
    return std::nullopt;
}

// The customer in Telegram: each step is a message or a button press, answered by the bot with a
// message containing `answer` (a new one: earlier messages with the same words do not count).
struct Customer {
    test::FakeBotApi &fake;
    std::int64_t chat;

    bool answered(const std::string &answer, int before) const
    {
        return QTest::qWaitFor([&] { return messagesWith(fake, chat, answer) > before; }, 15'000);
    }
    bool says(const std::string &text, const std::string &answer) const
    {
        const int before = messagesWith(fake, chat, answer);
        fake.sendText(chat, text);
        return answered(answer, before);
    }
    bool presses(const std::string &label, const std::string &answer) const
    {
        const int before = messagesWith(fake, chat, answer);
        const auto button = findButton(fake, chat, label);
        if (!button) {
            qWarning("no button \"%s\" in the customer's chat", label.c_str());
            return false;
        }
        fake.pressButton(chat, button->first, button->second);
        return answered(answer, before);
    }
};

} // namespace

// One normal order NEW → COMPLETED through the real workstation UI against the real syncd and
// PostgreSQL, with a real customer: syncd polls the fake Telegram Bot API, where the customer creates
// the order, says they sent the crypto, sends the txid and confirms receipt. The operator logs in through the login
// dialog (password + TOTP), takes the order from the queue with the rate dialog and works it in the order card; a
// senior in a second client approves the payout from the approvals inbox. The operator's actions are counted against a
// budget.
class TestLifecycleRealSyncd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void normalOrderThroughTheUi();

private:
    p2pdesk::workstation::FreshAppData m_appData;
    void logIn(AppController &app, const test::TestOperator &op, std::uint16_t port);
    static test::HttpsResult checked(test::HttpsResult result, int status);

    QTemporaryDir m_dir;
};

void TestLifecycleRealSyncd::initTestCase()
{
    QVERIFY(m_appData.isValid());          // a home of this run's own (FreshAppData.h)
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: tokens are simply not remembered
    QVERIFY(m_dir.isValid());
}

test::HttpsResult TestLifecycleRealSyncd::checked(test::HttpsResult result, int status)
{
    if (result.status != status)
        qWarning("unexpected HTTP %d: %s", result.status, result.body.c_str());
    return result;
}

void TestLifecycleRealSyncd::logIn(AppController &app, const test::TestOperator &op, std::uint16_t port)
{
    app.start();
    QTRY_VERIFY(app.loginDialog() && app.loginDialog()->isVisible());
    test::submitLogin(app.loginDialog(), op, port);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() && app.mainWindow()->isVisible(), 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow()->isOnline(), 15'000);
}

void TestLifecycleRealSyncd::normalOrderThroughTheUi()
{
    test::PgTestDatabase db;
    test::FakeBotApi telegram;
    test::TempDir secrets;
    std::ofstream(secrets.path() / "token") << telegram.token();
    test::SyncdTestServerOptions options;
    options.config = {{"telegram.mode", "polling"},
                      {"telegram.api_base_url", telegram.baseUrl()},
                      {"telegram.bot_token_file", (secrets.path() / "token").string()},
                      {"telegram.poll_timeout_s", "1"},
                      {"telegram.worker_interval_ms", "100"},
                      {"telegram.per_chat_interval_ms", "20"}};
    test::SyncdTestServer server(db, options);
    const test::TestOperator op = test::createOperator(server, "op1", {"operator"});
    const test::TestOperator senior = test::createOperator(server, "senior1", {"operator", "senior"});
    const test::TestOperator admin = test::createOperator(server, "admin1", {"admin"});

    // The desk's reference data through the admin API: a rate, a hot wallet, the approval
    // threshold (100 USDT at 99 = 9900.00 RUB needs an approval) and the two checklists.
    test::HttpsTestClient adminClient = server.client();
    adminClient.setBearerToken(test::loginAs(adminClient, admin));
    const proto::RateUpdateRequest rate = test::deskOpeningRate();
    QCOMPARE(checked(adminClient.post(std::string(proto::endpoints::kAdminRates), proto::toJson(rate)), 200).status,
             200);
    proto::CreateWalletRequest wallet;
    wallet.asset = "USDT";
    wallet.network = "TRON";
    wallet.kind = proto::WalletKind::Hot;
    wallet.address = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf";
    wallet.secretRef = "vault:test/1";
    wallet.reason = "hot wallet for the day";
    QCOMPARE(checked(adminClient.post(std::string(proto::endpoints::kAdminWallets), proto::toJson(wallet)), 201).status,
             201);
    proto::SettingsUpdateRequest settings;
    settings.settings.approvalThresholds["RUB"] = domain::Decimal::parse("5000.00").value();
    settings.settings.maxRateDeviationPercent = domain::Decimal::parse("2.5").value();
    settings.reason = "limits";
    QCOMPARE(
        checked(adminClient.post(std::string(proto::endpoints::kAdminSettings), proto::toJson(settings)), 200).status,
        200);
    for (const auto &[kind, titles] :
         {std::pair{std::string("verify"), std::vector<std::string>{"Amount arrived on the wallet", "Sender matches"}},
          std::pair{std::string("payout"), std::vector<std::string>{"Requisites match the order"}}}) {
        proto::ChecklistUpdateRequest list;
        for (const std::string &title : titles)
            list.items.push_back(proto::ChecklistItemInput{std::nullopt, title});
        list.reason = "desk procedure";
        std::string path(proto::endpoints::kAdminChecklist);
        path.replace(path.find("{kind}"), 6, kind);
        QCOMPARE(checked(adminClient.post(path, proto::toJson(list)), 200).status, 200);
    }

    // The customer creates the order in the bot; the bot takes orders while an operator is on duty.
    {
        pqxx::connection conn(db.conninfo());
        pqxx::nontransaction work(conn);
        work.exec_params0("UPDATE operators SET on_duty = true WHERE id = $1", op.id);
    }
    const Customer customer{telegram, kCustomer};
    QVERIFY(customer.says("/start", "desk word"));
    QVERIFY(customer.presses("New exchange", "What would you like to do?"));
    QVERIFY(customer.presses("Sell crypto", "Choose the pair"));
    QVERIFY(customer.presses("USDT (TRON)", "How much?"));
    QVERIFY(customer.says("100", "Indicative quote"));
    QVERIFY(customer.presses("Continue", "Where should we pay you?"));
    QVERIFY(customer.says(kCard, "Check your order"));
    QVERIFY(customer.presses("Confirm", "is created"));
    std::int64_t orderId = 0;
    {
        pqxx::connection conn(db.conninfo());
        pqxx::nontransaction work(conn);
        orderId = work.exec_params1("SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id "
                                    "WHERE c.tg_user_id = $1",
                                    kCustomer)[0]
                      .as<std::int64_t>();
    }

    // Both workstations trust the server's certificate on first use.
    QTimer trustClicker;
    connect(&trustClicker, &QTimer::timeout, this, [] {
        if (auto *trust = qobject_cast<TrustCertificateDialog *>(QApplication::activeModalWidget()))
            QTest::mouseClick(trust->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
    });
    trustClicker.start(20);

    QSettings operatorSettings(m_dir.filePath(QStringLiteral("op.ini")), QSettings::IniFormat);
    AppController desk(&operatorSettings);
    logIn(desk, op, server.port());
    QSettings seniorSettings(m_dir.filePath(QStringLiteral("senior.ini")), QSettings::IniFormat);
    AppController seniorDesk(&seniorSettings);
    logIn(seniorDesk, senior, server.port());
    trustClicker.stop();

    MainWindow *queue = desk.mainWindow();
    auto *table = queue->findChild<QTableView *>(QStringLiteral("queueTableView"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10'000);

    OperatorHands hands;
    QApplication::setActiveWindow(queue);
    // Queue: the New tab (focuses the table), the first row, Enter opens the card.
    hands.move(queue, Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(table->hasFocus());
    hands.move(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().data(OrderQueueModel::OrderIdRole).toLongLong(), orderId);
    hands.decide(); // open
    hands.key(table, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk.orderCard(orderId), 10'000);
    OrderCardWidget *card = desk.orderCard(orderId);
    OrderActions *actions = card->orderActions();
    QTRY_VERIFY_WITH_TIMEOUT(actions->hasOrder() && !actions->isBusy(), 10'000);
    QApplication::setActiveWindow(card);
    card->setFocus();
    const auto waitFor = [&](S status) {
        return QTest::qWaitFor(
            [&] { return actions->hasOrder() && !actions->isBusy() && actions->detail().summary.status == status; },
            15'000);
    };

    // Take with the rate, and the deposit address goes to the customer in the same action: the
    // primary step (Ctrl+Enter) opens the rate dialog prefilled with the suggestion, Enter takes.
    QTRY_VERIFY(card->nextStepAction()->isEnabled());
    QCOMPARE(card->primaryAction(), std::optional(OrderAction::Take));
    hands.decide(); // take with rate (+ send the deposit address)
    hands.key(card, Qt::Key_Return, Qt::ControlModifier);
    auto *takeDialog = qobject_cast<TakeRateDialog *>(card->pendingDialog());
    QVERIFY(takeDialog);
    QVERIFY(takeDialog->sendDeposit());
    auto *rateEdit = takeDialog->findChild<QLineEdit *>(QStringLiteral("rateLineEdit"));
    QCOMPARE(rateEdit->text(), QStringLiteral("99.000000"));
    hands.key(rateEdit, Qt::Key_Return);
    QVERIFY2(waitFor(S::AwaitingCrypto), qPrintable(card->errorText()));
    QVERIFY(actions->detail().depositWallet.has_value());
    QVERIFY(card->errorText().isEmpty());

    // The deposit address reached the customer, who presses "I've sent" and sends the txid as the
    // proof; syncd moves the order on and the change feed refreshes the open card.
    QTRY_VERIFY_WITH_TIMEOUT(messagesWith(telegram, kCustomer, "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf") >= 1, 15'000);
    QVERIFY(customer.presses("I've sent", "Now send the proof"));
    QVERIFY2(waitFor(S::UserMarkedSent), qPrintable(card->errorText()));
    QVERIFY(customer.says(std::string(64, 'a'), "proof received"));
    QVERIFY2(waitFor(S::OperatorVerifyProof), qPrintable(card->errorText()));
    QCOMPARE(actions->detail().proofs.size(), std::size_t(1));

    // Verify: tick both items (Alt+V, Space, Down, Space), then Ctrl+Enter.
    QApplication::setActiveWindow(card);
    QVERIFY(!card->action(OrderAction::Verify)->isEnabled());
    const std::string requisitesBefore = actions->detail().requisites.value_or("");
    // The holder's GET reveals them, as the bot stored them (normalised).
    const auto typed =
        domain::parsePayoutRequisites(domain::Direction::Sell, domain::asset("USDT", "TRON").value(), kCard);
    QVERIFY(typed.ok());
    QCOMPARE(requisitesBefore, typed.value().normalized);
    hands.move(card, Qt::Key_V, Qt::AltModifier);
    auto *verifyView = card->findChild<QTableView *>(QStringLiteral("verifyChecklistView"));
    QTRY_VERIFY(verifyView->hasFocus());
    hands.tick(verifyView);
    QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy() && actions->detail().checklist.verify.at(0).done, 10'000);
    hands.move(verifyView, Qt::Key_Down);
    hands.tick(verifyView);
    QTRY_VERIFY_WITH_TIMEOUT(card->action(OrderAction::Verify)->isEnabled(), 10'000);
    QVERIFY(p2pdesk::screenshots::save(card, QStringLiteral("order-card")));
    QVERIFY(p2pdesk::screenshots::save(seniorDesk.mainWindow(), QStringLiteral("queue")));
    hands.decide(); // verify
    hands.key(verifyView, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(waitFor(S::PaymentVerified), qPrintable(card->errorText()));
    // Still in full after the ticks and the step (real syncd answers mutations without them).
    QCOMPARE(actions->detail().requisites.value_or(""), requisitesBefore);

    // 9900.00 RUB is above the 5000.00 threshold: the senior approves in the second client, from the
    // approvals inbox (Ctrl+I), with a reason. (Not the operator's actions: not counted.)
    MainWindow *seniorQueue = seniorDesk.mainWindow();
    QApplication::setActiveWindow(seniorQueue);
    QTest::keyClick(seniorQueue, Qt::Key_I, Qt::ControlModifier);
    QTRY_VERIFY(seniorDesk.approvalsInbox() && seniorDesk.approvalsInbox()->isVisible());
    ApprovalsInbox *inbox = seniorDesk.approvalsInbox();
    auto *inboxView = inbox->findChild<QTableView *>(QStringLiteral("approvalsTableView"));
    QTRY_COMPARE_WITH_TIMEOUT(inboxView->model()->rowCount(), 1, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(inboxView->model()->index(0, 0).data(OrderQueueModel::VersionRole).toLongLong(),
                              actions->detail().summary.version, 10'000);
    QApplication::setActiveWindow(inbox);
    inboxView->setFocus();
    QTest::keyClick(inboxView, Qt::Key_Down);
    QTest::keyClick(inboxView, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto *approveDialog = qobject_cast<ReasonDialog *>(inbox->pendingDialog());
    QVERIFY(approveDialog);
    auto *approveReason = approveDialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonTextEdit"));
    QTest::keyClicks(approveReason, QStringLiteral("receipt and amount checked"));
    QTest::keyClick(approveReason, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        inbox->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("approved")),
        10'000);

    // Start the payout (Ctrl+Enter) once the card has seen the approval: an approval leaves the
    // order's version alone, so it is the change feed's approval.added event that re-reads the card.
    QApplication::setActiveWindow(card);
    QTRY_VERIFY_WITH_TIMEOUT(card->nextStepAction()->isEnabled(), 15'000);
    hands.decide(); // start payout
    hands.key(card, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(waitFor(S::ProcessingPayout), qPrintable(card->errorText()));
    QCOMPARE(actions->detail().approvals.size(), std::size_t(1));

    // Payout checklist (Alt+Y, Space), mark paid (Ctrl+P) with the reference, then complete.
    hands.move(card, Qt::Key_Y, Qt::AltModifier);
    auto *payoutView = card->findChild<QTableView *>(QStringLiteral("payoutChecklistView"));
    QTRY_VERIFY(payoutView->hasFocus());
    hands.tick(payoutView);
    QTRY_VERIFY_WITH_TIMEOUT(card->action(OrderAction::MarkPaid)->isEnabled(), 10'000);
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("requisitesLabel"))->text(),
             QString::fromStdString(requisitesBefore)); // what the operator pays to, in full
    hands.decide();                                     // paid out, with the reference
    hands.key(payoutView, Qt::Key_P, Qt::ControlModifier);
    auto *reference = qobject_cast<PayoutReferenceDialog *>(card->pendingDialog());
    QVERIFY(reference);
    auto *referenceEdit = reference->findChild<QLineEdit *>(QStringLiteral("payoutReferenceLineEdit"));
    hands.type(referenceEdit, QStringLiteral("SBP-20240501-0042"));
    hands.key(referenceEdit, Qt::Key_Return);
    QVERIFY2(waitFor(S::PaidOut), qPrintable(card->errorText()));
    QCOMPARE(actions->detail().payoutReference, std::optional<std::string>("SBP-20240501-0042"));

    // The customer is told, with the reference, and confirms receipt in the bot: the order completes
    // without the operator, and the open card follows.
    QTRY_VERIFY_WITH_TIMEOUT(messagesWith(telegram, kCustomer, "SBP-20240501-0042") >= 1, 15'000);
    QVERIFY(messagesWith(telegram, kCustomer, "paid out") >= 1);
    {
        const auto received = findButton(telegram, kCustomer, "I've received it");
        QVERIFY(received);
        telegram.pressButton(kCustomer, received->first, received->second);
    }
    QVERIFY2(waitFor(S::Completed), qPrintable(card->errorText()));

    // The server agrees, with the whole journey in its history.
    test::HttpsTestClient check = server.client();
    check.setBearerToken(test::createSession(db, senior.id));
    const auto final = check.get(pathOf(proto::endpoints::kOrder, orderId));
    QCOMPARE(final.status, 200);
    QCOMPARE(final.json.at("status").get<std::string>(), std::string("COMPLETED"));
    QCOMPARE(final.json.at("payout_reference").get<std::string>(), std::string("SBP-20240501-0042"));
    QVERIFY(final.json.at("history").size() >= 9);
    {
        pqxx::connection conn(db.conninfo());
        pqxx::nontransaction work(conn);
        const auto actor =
            work.exec_params1("SELECT actor FROM order_history WHERE order_id = $1 AND to_status = 'COMPLETED'",
                              orderId)[0]
                .as<std::string>();
        QCOMPARE(actor.rfind("customer:", 0), std::size_t(0));
    }

    const int checklistItems =
        static_cast<int>(actions->detail().checklist.verify.size() + actions->detail().checklist.payout.size());
    qInfo("operator NEW -> COMPLETED: %d deliberate actions (budget %d), %d checklist ticks (%d items), %d moves; "
          "%d keys in all (budget %d), %d characters typed",
          hands.deliberate, kDeliberateBudget, hands.ticks, checklistItems, hands.moves, hands.keys, kKeyBudget,
          hands.typedCharacters);
    QVERIFY2(hands.deliberate <= kDeliberateBudget, qPrintable(QStringLiteral("%1 deliberate").arg(hands.deliberate)));
    QVERIFY2(hands.ticks <= checklistItems, qPrintable(QStringLiteral("%1 ticks").arg(hands.ticks)));
    QVERIFY2(hands.keys <= kKeyBudget, qPrintable(QStringLiteral("%1 keys").arg(hands.keys)));
}

QTEST_MAIN(TestLifecycleRealSyncd)
#include "tst_LifecycleRealSyncd.moc"
