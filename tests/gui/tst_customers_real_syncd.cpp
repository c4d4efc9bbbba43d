// The customer profile and the customers directory against the REAL syncd and PostgreSQL: an
// operator opens a customer with orders, a flag history and two payout accounts and sees them
// (masked) and leaves a note; a senior blocks the customer with a reason and the server holds the
// open order; a senior finds customers in the directory by what they know of them.
#include "Mnemonics.h"
#include "Screenshot.h"
#include "ScriptedTrustPrompt.h"
#include "app/LanguageSettings.h"
#include "core/ApiClient.h"
#include "core/CertificatePinStore.h"
#include "core/CustomerService.h"
#include "core/PinnedNetworkAccess.h"
#include "models/CustomerDirectoryModel.h"
#include "models/CustomerNotesModel.h"
#include "models/CustomerOrdersModel.h"
#include "models/CustomerRiskFlagModel.h"
#include "models/CustomerTicketsModel.h"
#include "models/PayoutAccountModel.h"
#include "tst_syncd_orders_fixture.h"
#include "ui/actions/ReasonDialog.h"
#include "ui/customers/CustomerDirectoryDialog.h"
#include "ui/customers/CustomerProfileDialog.h"

#include "p2pdesk/test/TestOperators.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::test;

namespace {

constexpr const char *kOtherRequisites = "4276 5500 1234 7788";

// One workstation: its own settings (pins), transport, API client and customer service.
struct Desk {
    Desk(const QString &settingsPath, const QUrl &server, const std::string &token)
        : settings(settingsPath, QSettings::IniFormat)
        , pins(&settings)
        , network(&pins, &prompt)
        , api(&network)
        , customers(&api)
    {
        api.setServer(server);
        api.setToken(QString::fromStdString(token));
    }

    QSettings settings;
    CertificatePinStore pins;
    workstation::test::ScriptedTrustPrompt prompt{true};
    PinnedNetworkAccess network;
    ApiClient api;
    CustomerService customers;
};

// Every text a model shows, for the check that no full requisites reach the screen.
QStringList allCells(const QAbstractItemModel *model)
{
    QStringList cells;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                cells << model->index(row, column).data(role).toString();
        }
    }
    return cells;
}

} // namespace

class TestCustomersRealSyncd : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void operatorSeesOrdersFlagsAndMaskedAccounts();
    void seniorBlocksWithAReason();
    void operatorLeavesANote();
    void seniorFindsCustomersInTheDirectory();
    void aSearchKeepsItsPlusSign();
    void seniorRevealsAnAccountWithAReason();
    void aRefusedSearchSaysSo();
    void seniorChangesTheVerificationLevel();
    // Last: it may install another language (P2PDESK_SCREENSHOT_LANGUAGE).
    void rendersForScreenshots();

private:
    std::unique_ptr<Desk> desk(const TestOperator &op);
    std::unique_ptr<CustomerProfileDialog> open(Desk &desk, bool canBlock);

    QTemporaryDir m_dir;
    std::unique_ptr<orders::OrdersWorld> m_world;
    std::int64_t m_customer = 0;
    std::int64_t m_openOrder = 0;
    std::int64_t m_cancelledOrder = 0;
    std::string m_openCode;
    int m_desks = 0;
};

void TestCustomersRealSyncd::init()
{
    m_world = std::make_unique<orders::OrdersWorld>();
    auto op = m_world->as(m_world->op1);
    // A cancelled order on one card and an open one on another, each flagged (RUB has no limits
    // in this world); a senior cleared the cancelled order's flag: a history to show.
    auto r = orders::createOrder(op, 880101, kOtherRequisites);
    QCOMPARE(r.status, 201);
    m_cancelledOrder = r.json.at("id").get<std::int64_t>();
    QCOMPARE(orders::transition(op, m_cancelledOrder, "CANCELLED", r.json.at("version").get<std::int64_t>(),
                                "customer changed their mind")
                 .status,
             200);
    r = orders::createOrder(op, 880101);
    QCOMPARE(r.status, 201);
    m_openOrder = r.json.at("id").get<std::int64_t>();
    m_openCode = r.json.at("code").get<std::string>();
    const auto flag = m_world->count("SELECT id FROM risk_flags WHERE order_id = " + std::to_string(m_cancelledOrder));
    auto senior = m_world->as(m_world->senior1);
    QCOMPARE(senior.post(orders::flagPath(m_cancelledOrder, flag), {{"reason", "limits are being set up"}}).status,
             200);
    m_customer = m_world->count("SELECT id FROM customers WHERE tg_user_id = 880101");
    m_world->sql("UPDATE customers SET first_name = 'Ivan' WHERE id = " + std::to_string(m_customer));
    m_world->sql("INSERT INTO support_tickets (customer_id, order_id) VALUES (" + std::to_string(m_customer) + ", " +
                 std::to_string(m_openOrder) + ")");
}

void TestCustomersRealSyncd::cleanup()
{
    m_world.reset();
}

std::unique_ptr<Desk> TestCustomersRealSyncd::desk(const TestOperator &op)
{
    const QUrl server(QStringLiteral("https://127.0.0.1:%1").arg(m_world->server->port()));
    return std::make_unique<Desk>(m_dir.filePath(QStringLiteral("desk%1.ini").arg(++m_desks)), server,
                                  createSession(m_world->db, op.id));
}

std::unique_ptr<CustomerProfileDialog> TestCustomersRealSyncd::open(Desk &desk, bool canBlock)
{
    auto dialog = std::make_unique<CustomerProfileDialog>(&desk.customers, m_customer, canBlock);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestCustomersRealSyncd::operatorSeesOrdersFlagsAndMaskedAccounts()
{
    auto operatorDesk = desk(m_world->op1);
    auto dialog = open(*operatorDesk, false);
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->orders()->rowCount(), 2, 15000);

    // The header: who the customer is, in words.
    const QString name = dialog->findChild<QLabel *>(QStringLiteral("customerNameLabel"))->text();
    QCOMPARE(name, QStringLiteral("Ivan (@cust880101)"));
    QVERIFY(
        dialog->findChild<QLabel *>(QStringLiteral("customerDetailsLabel"))->text().contains(QStringLiteral("880101")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("customerBlockedLabel"))->isHidden());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("blockCustomerButton"))->isHidden());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("revealRequisitesButton"))->isHidden());
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(dialog.get()), QStringList());

    // Orders newest first, with status and amounts as the queue shows them.
    auto *orders = dialog->orders();
    QCOMPARE(orders->index(0, CustomerOrdersModel::Code).data().toString(), QString::fromStdString(m_openCode));
    QCOMPARE(orders->index(0, CustomerOrdersModel::Status).data().toString(), QStringLiteral("New"));
    QCOMPARE(orders->index(1, CustomerOrdersModel::Status).data().toString(), QStringLiteral("Cancelled"));
    QCOMPARE(orders->index(0, CustomerOrdersModel::AmountFiat).data().toString(), QStringLiteral("9,900.00 RUB"));

    // Flags with their history: the cleared one says by whom and why.
    auto *flags = dialog->riskFlags();
    QCOMPARE(flags->rowCount(), 2);
    QCOMPARE(flags->openCount(), 1);
    QCOMPARE(flags->index(0, CustomerRiskFlagModel::Rule).data().toString(),
             QStringLiteral("Risk limits not configured"));
    QVERIFY(flags->index(1, CustomerRiskFlagModel::Cleared).data().toString().contains(QStringLiteral("senior1")));
    QCOMPARE(flags->index(1, CustomerRiskFlagModel::ClearReason).data().toString(),
             QStringLiteral("limits are being set up"));

    // Both accounts, masked; no full requisites anywhere in the dialog's models.
    auto *accounts = dialog->payoutAccounts();
    QCOMPARE(accounts->rowCount(), 2);
    QCOMPARE(accounts->index(0, PayoutAccountModel::Masked).data().toString(), QStringLiteral("•••• 7788"));
    QCOMPARE(accounts->index(1, PayoutAccountModel::Masked).data().toString(), QStringLiteral("•••• 9012"));
    QCOMPARE(accounts->index(1, PayoutAccountModel::Kind).data().toString(), QStringLiteral("Card"));
    for (const QAbstractItemModel *model : std::initializer_list<const QAbstractItemModel *>{
             dialog->orders(), dialog->riskFlags(), dialog->payoutAccounts(), dialog->tickets()}) {
        for (const QString &cell : allCells(model)) {
            QVERIFY2(!cell.contains(QStringLiteral("2200 1234")) && !cell.contains(QStringLiteral("5678")) &&
                         !cell.contains(QStringLiteral("4276 5500")) && !cell.contains(QStringLiteral("1234 7788")),
                     qPrintable(cell));
        }
    }
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("customerTabs"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Orders (2)"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Risk flags (2, 1 open)"));

    // Double-clicking an order asks to open it.
    QSignalSpy openOrder(dialog.get(), &CustomerProfileDialog::openOrderRequested);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("customerOrdersView"));
    const QRect cell = view->visualRect(orders->index(1, CustomerOrdersModel::Code));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(openOrder.count(), 1);
    QCOMPARE(openOrder.first().first().toLongLong(), m_cancelledOrder);
}

void TestCustomersRealSyncd::seniorBlocksWithAReason()
{
    auto seniorDesk = desk(m_world->senior1);
    auto dialog = open(*seniorDesk, true);
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->orders()->rowCount(), 2, 15000);
    auto *block = dialog->findChild<QPushButton *>(QStringLiteral("blockCustomerButton"));
    QVERIFY(block->isVisible());
    QTRY_VERIFY(block->isEnabled());
    QCOMPARE(block->text(), QStringLiteral("&Block…"));

    QTest::mouseClick(block, Qt::LeftButton);
    auto *reasonDialog = qobject_cast<ReasonDialog *>(dialog->pendingDialog());
    QVERIFY(reasonDialog);
    QVERIFY(!block->isEnabled()); // one question at a time
    auto *reason = reasonDialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonTextEdit"));
    QTest::keyClicks(reason, QStringLiteral("chargebacks reported by the bank"));
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);

    // The server state changed: the customer is blocked with the reason, the open order is held.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->profile() && dialog->profile()->customer.blocked, 15000);
    const std::string id = std::to_string(m_customer);
    QCOMPARE(m_world->scalar("SELECT blocked::text || '|' || blocked_reason FROM customers WHERE id = " + id),
             std::string("true|chargebacks reported by the bank"));
    QCOMPARE(
        m_world->scalar("SELECT actor FROM audit_log WHERE action = 'customer.block' AND entity_id = '" + id + "'"),
        "operator:" + std::to_string(m_world->senior1.id));
    QCOMPARE(m_world->scalar("SELECT hold FROM orders WHERE id = " + std::to_string(m_openOrder)), std::string("t"));

    // And the dialog shows it at once.
    auto *blocked = dialog->findChild<QLabel *>(QStringLiteral("customerBlockedLabel"));
    QVERIFY(blocked->isVisible());
    QVERIFY2(blocked->text().contains(QStringLiteral("chargebacks reported by the bank")) &&
                 blocked->text().contains(QStringLiteral("senior1")),
             qPrintable(blocked->text()));
    QVERIFY(dialog->orders()->index(0, 0).data(CustomerOrdersModel::HoldRole).toBool());
    QCOMPARE(dialog->orders()->index(0, CustomerOrdersModel::Status).data().toString(), QStringLiteral("New, on hold"));
    QCOMPARE(dialog->riskFlags()->index(0, CustomerRiskFlagModel::Rule).data().toString(),
             QStringLiteral("Customer blocked"));
    QCOMPARE(dialog->riskFlags()->index(0, CustomerRiskFlagModel::Figures).data().toString(),
             QStringLiteral("chargebacks reported by the bank"));
    QCOMPARE(block->text(), QStringLiteral("&Unblock…"));
    QVERIFY(block->isEnabled());
    QVERIFY(dialog->messageText().contains(QStringLiteral("blocked")));

    // A second senior's stale dialog learns that someone else blocked the customer first.
    auto otherDesk = desk(m_world->senior2);
    auto stale = std::make_unique<CustomerProfileDialog>(&otherDesk->customers, m_customer, true);
    QTRY_VERIFY_WITH_TIMEOUT(stale->profile().has_value(), 15000);
    otherDesk->customers.block(m_customer, QStringLiteral("fraud"));
    QTRY_VERIFY_WITH_TIMEOUT(stale->messageText().contains(QStringLiteral("Someone else blocked")), 15000);
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'customer.block'"), 1LL);
}

void TestCustomersRealSyncd::operatorLeavesANote()
{
    auto operatorDesk = desk(m_world->op1);
    auto dialog = open(*operatorDesk, false);
    QVERIFY(dialog);
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addCustomerNoteButton"));
    QVERIFY(add->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), 15000);
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("customerTabs"));
    QCOMPARE(tabs->tabText(4), QStringLiteral("Notes (0)"));

    QTest::mouseClick(add, Qt::LeftButton);
    auto *noteDialog = qobject_cast<ReasonDialog *>(dialog->pendingDialog());
    QVERIFY(noteDialog);
    QVERIFY(!add->isEnabled()); // one question at a time
    auto *text = noteDialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonTextEdit"));
    QCOMPARE(text->placeholderText(), QStringLiteral("The note (Ctrl+Enter to save)"));
    QTest::keyClicks(text, QStringLiteral("Pays from his wife's card"));
    QTest::keyClick(text, Qt::Key_Return); // a new line, not a save
    QVERIFY(dialog->pendingDialog());
    QTest::keyClicks(text, QStringLiteral("ask for the statement"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);

    // Saved on the server with the author, shown at once on the Notes tab.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->notes()->rowCount(), 1, 15000);
    QCOMPARE(m_world->scalar("SELECT body || '|' || author_id FROM customer_notes WHERE customer_id = " +
                             std::to_string(m_customer)),
             "Pays from his wife's card\nask for the statement|" + std::to_string(m_world->op1.id));
    QCOMPARE(dialog->notes()->index(0, CustomerNotesModel::Text).data().toString(),
             QStringLiteral("Pays from his wife's card\nask for the statement"));
    QCOMPARE(dialog->notes()->index(0, CustomerNotesModel::Author).data().toString(), QStringLiteral("op1"));
    QCOMPARE(tabs->tabText(4), QStringLiteral("Notes (1)"));
    QCOMPARE(tabs->currentIndex(), 4);
    QCOMPARE(dialog->messageText(), QStringLiteral("The note is saved with your name."));
    QVERIFY(add->isEnabled());
}

void TestCustomersRealSyncd::seniorFindsCustomersInTheDirectory()
{
    m_world->sql("INSERT INTO customers (tg_user_id, username, first_name) VALUES (880202, 'mila_k', 'Mila')");
    auto seniorDesk = desk(m_world->senior1);
    CustomerDirectoryDialog directory(&seniorDesk->customers);
    directory.show();
    QVERIFY(QTest::qWaitForWindowExposed(&directory));
    auto *model = directory.model();
    // Everyone, the most recently active first (Mila wrote to the bot after Ivan's last order).
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 15000);
    QCOMPARE(model->index(0, CustomerDirectoryModel::Customer).data().toString(), QStringLiteral("Mila (@mila_k)"));
    QCOMPARE(model->index(0, CustomerDirectoryModel::LastOrder).data().toString(), QStringLiteral("no orders"));
    QCOMPARE(model->index(1, CustomerDirectoryModel::Customer).data().toString(), QStringLiteral("Ivan (@cust880101)"));
    QCOMPARE(model->index(1, CustomerDirectoryModel::Orders).data().toString(), QStringLiteral("2"));
    QCOMPARE(model->index(1, CustomerDirectoryModel::OpenOrders).data().toString(), QStringLiteral("1"));
    QCOMPARE(model->index(1, CustomerDirectoryModel::State).data().toString(), QStringLiteral("Active"));
    auto *view = directory.findChild<QTableView *>(QStringLiteral("customerDirectoryView"));
    QVERIFY(view->isColumnHidden(CustomerDirectoryModel::Matched));
    // "2 customer(s) shown" untranslated: the English plural comes with the English translation.
    QVERIFY2(directory.statusText().startsWith(QStringLiteral("2 customer")), qPrintable(directory.statusText()));
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(&directory), QStringList());

    // The last four digits of a card, as the desk masks it: Ivan, found by his payout account.
    auto *search = directory.findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"));
    QTest::keyClicks(search, QStringLiteral("7788"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
    QCOMPARE(model->at(0).customer.id, m_customer);
    QCOMPARE(model->index(0, CustomerDirectoryModel::Matched).data().toString(), QStringLiteral("Payout account"));
    QVERIFY(!view->isColumnHidden(CustomerDirectoryModel::Matched));
    QVERIFY2(directory.statusText().startsWith(QStringLiteral("1 customer")), qPrintable(directory.statusText()));

    // Enter in the search opens the customer found.
    QSignalSpy opened(&directory, &CustomerDirectoryDialog::openCustomerRequested);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), m_customer);

    // Nothing found says so; the filter narrows to the blocked (nobody yet).
    search->setText(QStringLiteral("nobody"));
    QTRY_COMPARE_WITH_TIMEOUT(directory.statusText(), QStringLiteral("No customer found for “nobody”."), 15000);
    QCOMPARE(model->rowCount(), 0);
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 15000);
    QSignalSpy blocked(&seniorDesk->customers, &CustomerService::blockChanged);
    seniorDesk->customers.block(m_customer, QStringLiteral("chargebacks"));
    QVERIFY(blocked.wait(15000)); // the filter must find the block committed
    auto *state = directory.findChild<QComboBox *>(QStringLiteral("customerStateCombo"));
    state->setCurrentIndex(1); // Blocked
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
    QCOMPARE(model->index(0, CustomerDirectoryModel::State).data().toString(), QStringLiteral("Blocked"));
    QVERIFY(model->index(0, CustomerDirectoryModel::State)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("chargebacks")));

    // Double-clicking a row opens that customer.
    const QRect cell = view->visualRect(model->index(0, CustomerDirectoryModel::Customer));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.last().first().toLongLong(), m_customer);
}

// A phone number is typed with "+7…": the plus must reach syncd as a plus, not as the space an
// HTML form would mean by it.
void TestCustomersRealSyncd::aSearchKeepsItsPlusSign()
{
    m_world->sql("INSERT INTO customers (tg_user_id, first_name) VALUES (880404, 'Lee+Kim')");
    auto seniorDesk = desk(m_world->senior1);
    CustomerDirectoryDialog directory(&seniorDesk->customers);
    QTRY_COMPARE_WITH_TIMEOUT(directory.model()->rowCount(), 2, 15000);
    directory.findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"))->setText(QStringLiteral("lee+kim"));
    QTRY_COMPARE_WITH_TIMEOUT(directory.model()->rowCount(), 1, 15000);
    QCOMPARE(directory.model()->at(0).customer.telegramId, std::int64_t{880404});
    QCOMPARE(directory.model()->index(0, CustomerDirectoryModel::Matched).data().toString(), QStringLiteral("Name"));
}

void TestCustomersRealSyncd::seniorRevealsAnAccountWithAReason()
{
    auto seniorDesk = desk(m_world->senior1);
    auto dialog = open(*seniorDesk, true);
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->payoutAccounts()->rowCount(), 2, 15000);
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("customerTabs"));
    tabs->setCurrentIndex(2);
    auto *reveal = dialog->findChild<QPushButton *>(QStringLiteral("revealRequisitesButton"));
    QVERIFY(reveal->isVisible());
    QVERIFY(!reveal->isEnabled()); // nothing selected yet
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("customerAccountsView"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(dialog->payoutAccounts()->index(0, PayoutAccountModel::Masked)).center());
    QVERIFY(reveal->isEnabled());

    QTest::mouseClick(reveal, Qt::LeftButton);
    auto *reasonDialog = qobject_cast<ReasonDialog *>(dialog->pendingDialog());
    QVERIFY(reasonDialog);
    QVERIFY(reasonDialog->windowTitle().contains(QStringLiteral("•••• 7788")));
    auto *reason = reasonDialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonTextEdit"));
    QTest::keyClicks(reason, QStringLiteral("the bank asks to confirm the card"));
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);

    // Shown in this window, selectable; the read is audited with the reason, the account masked.
    auto *revealed = dialog->findChild<QLabel *>(QStringLiteral("revealedRequisitesLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(revealed->isVisible(), 15000);
    QCOMPARE(revealed->text(), QStringLiteral("•••• 7788 in full: 4276 5500 1234 7788"));
    QVERIFY(revealed->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QCOMPARE(m_world->scalar("SELECT reason || '|' || (payload->>'masked') FROM audit_log WHERE action = "
                             "'customer.requisites_reveal' AND actor = 'operator:" +
                             std::to_string(m_world->senior1.id) + "'"),
             std::string("the bank asks to confirm the card|•••• 7788"));
    QVERIFY(reveal->isEnabled());
    QCOMPARE(dialog->messageText(), QStringLiteral("Revealed to you; the read is in the audit log."));
}

// The directory is for seniors and admins: opened by an operator's account (the menu hides it), syncd
// refuses and the dialog says so in words, not with a code.
void TestCustomersRealSyncd::aRefusedSearchSaysSo()
{
    auto operatorDesk = desk(m_world->op1);
    CustomerDirectoryDialog directory(&operatorDesk->customers);
    QTRY_VERIFY_WITH_TIMEOUT(directory.statusText().startsWith(QStringLiteral("The customers could not be listed: ")),
                             15000);
    QVERIFY2(!directory.statusText().contains(QStringLiteral("forbidden")), qPrintable(directory.statusText()));
    QCOMPARE(directory.model()->rowCount(), 0);
    QVERIFY(directory.findChild<QPushButton *>(QStringLiteral("moreCustomersButton"))->isHidden());
}

// A senior moves the customer to another verification level with a reason: the dialog offers only
// the other levels, syncd audits the move, and the profile says who set it and why.
void TestCustomersRealSyncd::seniorChangesTheVerificationLevel()
{
    auto seniorDesk = desk(m_world->senior1);
    auto dialog = open(*seniorDesk, true);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->profile().has_value(), 15000);
    auto *kyc = dialog->findChild<QLabel *>(QStringLiteral("customerKycLabel"));
    QCOMPARE(kyc->text(), QStringLiteral("Verification: Level 0 — unverified."));
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("kycLevelButton"));
    QVERIFY(button->isVisible());
    QTRY_VERIFY(button->isEnabled());

    QTest::mouseClick(button, Qt::LeftButton);
    auto *reasonDialog = qobject_cast<ReasonDialog *>(dialog->pendingDialog());
    QVERIFY(reasonDialog);
    auto *levels = reasonDialog->findChild<QComboBox *>(QStringLiteral("kycLevelCombo"));
    QVERIFY(levels);
    QCOMPARE(levels->count(), 2); // not the level in force
    QCOMPARE(levels->itemData(0).toInt(), 1);
    QCOMPARE(levels->itemText(0), QStringLiteral("Level 1 — identity document checked"));
    levels->setCurrentIndex(0);
    auto *reason = reasonDialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonTextEdit"));
    QTest::keyClicks(reason, QStringLiteral("passport checked against the selfie"));
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);

    QTRY_VERIFY_WITH_TIMEOUT(dialog->profile()->customer.kycLevel == domain::KycLevel::Basic, 15000);
    QVERIFY2(kyc->text().startsWith(QStringLiteral("Verification: Level 1 — identity document checked. Set by ")),
             qPrintable(kyc->text()));
    QVERIFY(kyc->text().endsWith(QStringLiteral(": passport checked against the selfie")));
    QVERIFY(dialog->messageText().startsWith(QStringLiteral("The verification level is now")));
    QCOMPARE(m_world->scalar("SELECT kyc_level || '|' || reason FROM customers c JOIN audit_log a ON a.entity_id = "
                             "c.id::text AND a.action = 'customer.kyc_level' WHERE c.id = " +
                             std::to_string(m_customer)),
             std::string("1|passport checked against the selfie"));

    // An operator sees the level but has no button to change it.
    auto operatorDesk = desk(m_world->op1);
    auto operatorView = open(*operatorDesk, false);
    QVERIFY(operatorView);
    QTRY_VERIFY_WITH_TIMEOUT(operatorView->profile().has_value(), 15000);
    QVERIFY(operatorView->findChild<QLabel *>(QStringLiteral("customerKycLabel"))
                ->text()
                .startsWith(QStringLiteral("Verification: Level 1")));
    QVERIFY(operatorView->findChild<QPushButton *>(QStringLiteral("kycLevelButton"))->isHidden());
}

void TestCustomersRealSyncd::rendersForScreenshots()
{
    const QString language = qEnvironmentVariable("P2PDESK_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty())
        QCOMPARE(LanguageSettings::install(*qApp, language), language);
    m_world->sql("INSERT INTO customers (tg_user_id, username, first_name, language) VALUES "
                 "(880202, 'mila_k', 'Mila', 'en'), (880303, NULL, 'Пётр', 'ru')");
    auto seniorDesk = desk(m_world->senior1);
    // One after the other: each answers the profile as it left it, and the dialog shows the last.
    QSignalSpy blocked(&seniorDesk->customers, &CustomerService::blockChanged);
    seniorDesk->customers.block(m_customer, QStringLiteral("chargebacks reported by the bank"));
    QVERIFY(blocked.wait(15000));
    QSignalSpy noted(&seniorDesk->customers, &CustomerService::noteAdded);
    seniorDesk->customers.addNote(m_customer, QStringLiteral("Pays from his wife's card; ask for the statement."));
    QVERIFY(noted.wait(15000));
    auto dialog = open(*seniorDesk, true);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->profile() && dialog->profile()->customer.blocked && dialog->profile()->notes.size() == 1, 15000);
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(dialog.get()), QStringList());
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("customerTabs"));
    const QStringList names = {QStringLiteral("customer-orders"), QStringLiteral("customer-risk-flags"),
                               QStringLiteral("customer-payout-accounts"), QStringLiteral("customer-tickets"),
                               QStringLiteral("customer-notes")};
    QCOMPARE(tabs->count(), int(names.size()));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QVERIFY(p2pdesk::screenshots::save(dialog.get(), names.at(i), p2pdesk::screenshots::Kind::Dialog));
    }

    // A senior's reveal of the selected account, as the accounts tab shows it.
    tabs->setCurrentIndex(2);
    auto *accounts = dialog->findChild<QTableView *>(QStringLiteral("customerAccountsView"));
    accounts->setCurrentIndex(dialog->payoutAccounts()->index(0, PayoutAccountModel::Masked));
    seniorDesk->customers.reveal(m_customer,
                                 accounts->currentIndex().data(PayoutAccountModel::AccountIdRole).toLongLong(),
                                 QStringLiteral("the bank asks to confirm the card"));
    auto *revealed = dialog->findChild<QLabel *>(QStringLiteral("revealedRequisitesLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(revealed->isVisible(), 15000);
    QVERIFY(p2pdesk::screenshots::save(dialog.get(), QStringLiteral("customer-requisites-revealed"),
                                       p2pdesk::screenshots::Kind::Dialog));

    // The verification level: the question a senior answers, then the profile after it.
    auto *kycButton = dialog->findChild<QPushButton *>(QStringLiteral("kycLevelButton"));
    QTRY_VERIFY_WITH_TIMEOUT(kycButton->isEnabled(), 15000);
    QTest::mouseClick(kycButton, Qt::LeftButton);
    auto *kycDialog = qobject_cast<ReasonDialog *>(dialog->pendingDialog());
    QVERIFY(kycDialog);
    QVERIFY(QTest::qWaitForWindowExposed(kycDialog));
    kycDialog->setReason(QStringLiteral("Passport checked against the selfie; the address matches the bank "
                                        "statement."));
    kycDialog->findChild<QComboBox *>(QStringLiteral("kycLevelCombo"))->setCurrentIndex(1);
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(kycDialog), QStringList());
    QVERIFY(p2pdesk::screenshots::save(kycDialog, QStringLiteral("customer-kyc-level"),
                                       p2pdesk::screenshots::Kind::Dialog));
    kycDialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->profile()->customer.kycLevel == domain::KycLevel::Full, 15000);
    tabs->setCurrentIndex(0);
    QVERIFY(p2pdesk::screenshots::save(dialog.get(), QStringLiteral("customer-kyc-level-set"),
                                       p2pdesk::screenshots::Kind::Dialog));

    // The directory: everyone, then a search that says what it matched.
    CustomerDirectoryDialog directory(&seniorDesk->customers);
    directory.show();
    QVERIFY(QTest::qWaitForWindowExposed(&directory));
    QTRY_COMPARE_WITH_TIMEOUT(directory.model()->rowCount(), 3, 15000);
    QCOMPARE(workstation::test::labelsShowingRawMnemonics(&directory), QStringList());
    QVERIFY(p2pdesk::screenshots::save(&directory, QStringLiteral("customer-directory"),
                                       p2pdesk::screenshots::Kind::Dialog));
    directory.findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"))->setText(QStringLiteral("7788"));
    QTRY_COMPARE_WITH_TIMEOUT(directory.model()->rowCount(), 1, 15000);
    QVERIFY(p2pdesk::screenshots::save(&directory, QStringLiteral("customer-directory-search"),
                                       p2pdesk::screenshots::Kind::Dialog));
}

QTEST_MAIN(TestCustomersRealSyncd)
#include "tst_customers_real_syncd.moc"
