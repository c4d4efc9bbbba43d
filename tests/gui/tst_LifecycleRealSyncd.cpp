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

#include "p2pdesk/proto/Checklists.h"
#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Rates.h"
#include "p2pdesk/proto/Settings.h"
#include "p2pdesk/proto/Wallets.h"
#include "p2pdesk/test/HttpsTestClient.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
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

#include <string>

using namespace p2pdesk;
using namespace p2pdesk::workstation;

namespace {

using S = domain::OrderStatus;

// A normal order NEW → COMPLETED takes the operator at most this many deliberate actions: open,
// take with rate (and send the deposit address), verify, start payout, paid out with reference,
// complete. Checklist ticks are counted apart (at most one per item), as are the keys that only
// move (to a tab, a row, a checklist) and the customer's own step done on their behalf here.
constexpr int kDeliberateBudget = 6;
constexpr int kKeyBudget = 20; // every key press and key entry, all kinds together

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
    int moves = 0;         // focus and navigation only
    int customerSteps = 0; // the customer's step done on their behalf (the bot does it normally)
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

} // namespace

// One normal order NEW → COMPLETED through the real workstation UI against the real syncd and
// PostgreSQL: the operator logs in through the login dialog (password + TOTP), takes the order from
// the queue with the rate dialog and works it in the order card; a senior in a second client
// approves the payout from the approvals inbox. The operator's actions are counted against a budget.
class TestLifecycleRealSyncd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void normalOrderThroughTheUi();

private:
    void logIn(AppController &app, const test::TestOperator &op, std::uint16_t port);
    static test::HttpsResult checked(test::HttpsResult result, int status);

    QTemporaryDir m_dir;
};

void TestLifecycleRealSyncd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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
    test::SyncdTestServer server(db);
    const test::TestOperator op = test::createOperator(server, "op1", {"operator"});
    const test::TestOperator senior = test::createOperator(server, "senior1", {"operator", "senior"});
    const test::TestOperator admin = test::createOperator(server, "admin1", {"admin"});
    const test::TestOperator intake = test::createOperator(server, "intake", {"operator"}); // plays the bot

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

    // The order arrives as the bot would create it.
    test::HttpsTestClient bot = test::clientAs(server, intake);
    proto::CreateOrderRequest create;
    create.customer = proto::NewCustomer{424242, std::string("ivan")};
    create.direction = domain::Direction::Sell;
    create.asset = "USDT";
    create.network = "TRON";
    create.fiatCurrency = "RUB";
    create.amountCrypto = domain::Decimal::parse("100.000000").value();
    create.payoutRequisites = "2200 1234 5678 9012";
    const test::HttpsResult created =
        checked(bot.post(std::string(proto::endpoints::kOrders), proto::toJson(create)), 201);
    QCOMPARE(created.status, 201);
    const std::int64_t orderId = created.json.at("id").get<std::int64_t>();

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

    // The customer's own step (the bot's "I have sent it" button): here the customer phoned, so
    // the operator marks it on their behalf (Ctrl+M) with the reason. Not a step of the desk's.
    QApplication::setActiveWindow(card);
    ++hands.customerSteps;
    hands.key(card, Qt::Key_M, Qt::ControlModifier);
    auto *reason = qobject_cast<ReasonDialog *>(card->pendingDialog());
    QVERIFY(reason);
    auto *reasonEdit = reason->findChild<QPlainTextEdit *>(QStringLiteral("reasonTextEdit"));
    hands.type(reasonEdit, QStringLiteral("customer phoned: sent"));
    hands.key(reasonEdit, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(waitFor(S::UserMarkedSent), qPrintable(card->errorText()));

    // The customer's txid arrives through the API, attached for the holder (only the holder, or a
    // senior with a reason, may); syncd moves the order on and the change feed refreshes the open card.
    test::HttpsTestClient holderApi = test::clientAs(server, op);
    proto::AddTxidProofRequest proof{std::string(64, 'a'), std::nullopt};
    const auto attached =
        checked(holderApi.post(pathOf(proto::endpoints::kOrderProofs, orderId), proto::toJson(proof)), 201);
    QCOMPARE(attached.status, 201);
    QVERIFY2(waitFor(S::OperatorVerifyProof), qPrintable(card->errorText()));
    QCOMPARE(actions->detail().proofs.size(), std::size_t(1));

    // Verify: tick both items (Alt+V, Space, Down, Space), then Ctrl+Enter.
    QApplication::setActiveWindow(card);
    QVERIFY(!card->action(OrderAction::Verify)->isEnabled());
    const std::string requisitesBefore = actions->detail().requisites.value_or("");
    QCOMPARE(requisitesBefore, std::string("2200 1234 5678 9012")); // the holder's GET reveals them
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

    QApplication::setActiveWindow(card);
    QTRY_VERIFY(card->nextStepAction()->isEnabled());
    hands.decide(); // complete
    hands.key(card, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(waitFor(S::Completed), qPrintable(card->errorText()));

    // The server agrees, with the whole journey in its history.
    test::HttpsTestClient check = server.client();
    check.setBearerToken(test::createSession(db, senior.id));
    const auto final = check.get(pathOf(proto::endpoints::kOrder, orderId));
    QCOMPARE(final.status, 200);
    QCOMPARE(final.json.at("status").get<std::string>(), std::string("COMPLETED"));
    QCOMPARE(final.json.at("payout_reference").get<std::string>(), std::string("SBP-20240501-0042"));
    QVERIFY(final.json.at("history").size() >= 9);

    const int checklistItems =
        static_cast<int>(actions->detail().checklist.verify.size() + actions->detail().checklist.payout.size());
    qInfo("operator NEW -> COMPLETED: %d deliberate actions (budget %d), %d checklist ticks (%d items), %d moves, "
          "%d customer step on their behalf; %d keys in all (budget %d), %d characters typed",
          hands.deliberate, kDeliberateBudget, hands.ticks, checklistItems, hands.moves, hands.customerSteps,
          hands.keys, kKeyBudget, hands.typedCharacters);
    QVERIFY2(hands.deliberate <= kDeliberateBudget, qPrintable(QStringLiteral("%1 deliberate").arg(hands.deliberate)));
    QVERIFY2(hands.ticks <= checklistItems, qPrintable(QStringLiteral("%1 ticks").arg(hands.ticks)));
    QVERIFY2(hands.keys <= kKeyBudget, qPrintable(QStringLiteral("%1 keys").arg(hands.keys)));
}

QTEST_MAIN(TestLifecycleRealSyncd)
#include "tst_LifecycleRealSyncd.moc"
