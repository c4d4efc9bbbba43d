#include "SupportInboxFixtures.h"
#include "app/LanguageSettings.h"
#include "core/TicketNotificationPolicy.h"

#include <QCoreApplication>
#include <QTest>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

namespace {

constexpr qint64 kNow = 1'700'000'000'000LL;
constexpr std::int64_t kMe = 7;

} // namespace

// When a customer's message in the support inbox interrupts the operator: their tickets and
// nobody's, once per burst of messages, again after a pause.
class TestTicketNotificationPolicy : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void whoseTicketsNotify_data();
    void whoseTicketsNotify();
    void oneNotificationPerBurst();
    void burstsArePerTicket();
    void wordsForOrderAndGeneralTickets();
};

void TestTicketNotificationPolicy::initTestCase()
{
    // English plural forms ("1 unread message", "3 unread messages") come from the English catalogue.
    QCOMPARE(LanguageSettings::install(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
}

void TestTicketNotificationPolicy::whoseTicketsNotify_data()
{
    QTest::addColumn<proto::TicketSummary>("ticket");
    QTest::addColumn<bool>("notifies");
    QTest::newRow("nobody's") << makeTicket(1, kNow) << true;
    QTest::newRow("mine") << assignedTo(makeTicket(1, kNow), kMe) << true;
    QTest::newRow("someone else's") << assignedTo(makeTicket(1, kNow), 9) << false;
    QTest::newRow("closed meanwhile") << closed(makeTicket(1, kNow), kNow) << false;
}

void TestTicketNotificationPolicy::whoseTicketsNotify()
{
    QFETCH(proto::TicketSummary, ticket);
    QFETCH(bool, notifies);
    TicketNotificationPolicy policy(kMe);
    const auto notification = policy.onCustomerMessage(ticket, kNow);
    QCOMPARE(notification.has_value(), notifies);
    if (notification) {
        QCOMPARE(notification->ticketId, ticket.id);
        QCOMPARE(notification->orderId, std::int64_t(0));
    }
}

void TestTicketNotificationPolicy::oneNotificationPerBurst()
{
    TicketNotificationPolicy policy(kMe);
    const auto ticket = makeTicket(1, kNow);
    QVERIFY(policy.onCustomerMessage(ticket, kNow));
    // Three lines typed in a row are one interruption...
    QVERIFY(!policy.onCustomerMessage(ticket, kNow + 2'000));
    QVERIFY(!policy.onCustomerMessage(ticket, kNow + 5'000));
    // ...and a burst lasts while the customer keeps writing, each message within the window.
    QVERIFY(!policy.onCustomerMessage(ticket, kNow + 5'000 + TicketNotificationPolicy::kBurstMsecs - 1));
    // A pause as long as the window ends it: the next message notifies again.
    QVERIFY(policy.onCustomerMessage(ticket, kNow + 5'000 + 2 * TicketNotificationPolicy::kBurstMsecs));
    // Messages in someone else's ticket still extend its burst: handed to us mid-burst, it stays quiet.
    auto other = assignedTo(makeTicket(2, kNow), 9);
    QVERIFY(!policy.onCustomerMessage(other, kNow));
    QVERIFY(!policy.onCustomerMessage(makeTicket(2, kNow), kNow + 1'000));
}

void TestTicketNotificationPolicy::burstsArePerTicket()
{
    TicketNotificationPolicy policy(kMe);
    QVERIFY(policy.onCustomerMessage(makeTicket(1, kNow), kNow));
    QVERIFY(policy.onCustomerMessage(makeTicket(2, kNow), kNow + 1'000));
    QVERIFY(!policy.onCustomerMessage(makeTicket(1, kNow), kNow + 2'000));
    // Many tickets over a long day: old bursts are forgotten, recent ones still count.
    for (int id = 100; id < 700; ++id)
        policy.onCustomerMessage(makeTicket(id, kNow), kNow + 3'600'000 + id);
    QVERIFY(!policy.onCustomerMessage(makeTicket(699, kNow), kNow + 3'600'000 + 800));
    QVERIFY(policy.onCustomerMessage(makeTicket(1, kNow), kNow + 3'700'000));
}

void TestTicketNotificationPolicy::wordsForOrderAndGeneralTickets()
{
    TicketNotificationPolicy policy(kMe);
    auto order = assignedTo(withOrder(makeTicket(1, kNow), 3, "AWAITING_CRYPTO"), kMe);
    order.customerFirstName = "Ivan";
    order.unread = 3;
    const auto first = policy.onCustomerMessage(order, kNow);
    QVERIFY(first);
    QCOMPARE(first->title, QStringLiteral("Customer message on order P-1003"));
    QCOMPARE(first->text, QStringLiteral("Ivan (@customer1): 3 unread messages."));
    QCOMPARE(first->orderId, std::int64_t(3));
    QCOMPARE(first->ticketId, std::int64_t(1));
    const auto general = policy.onCustomerMessage(makeTicket(2, kNow), kNow);
    QVERIFY(general);
    QCOMPARE(general->title, QStringLiteral("Message from @customer2"));
    QCOMPARE(general->text, QStringLiteral("1 unread message. Nobody has taken this ticket yet."));
}

QTEST_GUILESS_MAIN(TestTicketNotificationPolicy)
#include "tst_TicketNotificationPolicy.moc"
