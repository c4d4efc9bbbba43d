#include "Orders.h"
#include "core/NotificationPolicy.h"

#include <QTest>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

namespace {

constexpr std::int64_t kMe = 7;

proto::OrderSummary heldBy(proto::OrderSummary order, std::int64_t holder)
{
    order.holder = proto::OperatorRef{holder, holder == kMe ? "me" : "other"};
    return order;
}

} // namespace

class TestNotificationPolicy : public QObject {
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
};

void TestNotificationPolicy::decide_data()
{
    using S = domain::OrderStatus;
    QTest::addColumn<bool>("senior");
    QTest::addColumn<std::optional<proto::OrderSummary>>("before");
    QTest::addColumn<proto::OrderSummary>("after");
    QTest::addColumn<QString>("titleContains"); // empty: no notification

    const auto none = std::optional<proto::OrderSummary>();
    QTest::newRow("new order") << false << none << makeOrder(1) << "New order P-1001";
    QTest::newRow("first seen already taken") << false << none << heldBy(makeOrder(1, S::Assigned), 9) << "";
    QTest::newRow("unchanged status") << false << std::optional(makeOrder(1)) << makeOrder(1, S::New, "1000.00", 2)
                                      << "";
    QTest::newRow("my order got a proof") << false << std::optional(heldBy(makeOrder(1, S::AwaitingCrypto), kMe))
                                          << heldBy(makeOrder(1, S::OperatorVerifyProof), kMe) << "sent the crypto";
    QTest::newRow("someone else's proof") << false << std::optional(heldBy(makeOrder(1, S::AwaitingCrypto), 9))
                                          << heldBy(makeOrder(1, S::OperatorVerifyProof), 9) << "";
    QTest::newRow("my order disputed") << false << std::optional(heldBy(makeOrder(1, S::AwaitingCrypto), kMe))
                                       << heldBy(makeOrder(1, S::Dispute), kMe) << "disputed";
    QTest::newRow("senior: approval") << true << std::optional(heldBy(makeOrder(1, S::OperatorVerifyProof), 9))
                                      << heldBy(makeOrder(1, S::PaymentVerified), 9) << "approval";
    QTest::newRow("operator: no approval") << false << std::optional(heldBy(makeOrder(1, S::OperatorVerifyProof), 9))
                                           << heldBy(makeOrder(1, S::PaymentVerified), 9) << "";
    QTest::newRow("senior: not for own order")
        << true << std::optional(heldBy(makeOrder(1, S::OperatorVerifyProof), kMe))
        << heldBy(makeOrder(1, S::PaymentVerified), kMe) << "";
    QTest::newRow("senior: dispute") << true << std::optional(heldBy(makeOrder(1, S::AwaitingCrypto), 9))
                                     << heldBy(makeOrder(1, S::Dispute), 9) << "Dispute on order P-1001";
}

void TestNotificationPolicy::decide()
{
    QFETCH(bool, senior);
    QFETCH(std::optional<proto::OrderSummary>, before);
    QFETCH(proto::OrderSummary, after);
    QFETCH(QString, titleContains);
    const auto notification = NotificationPolicy(kMe, senior).decide(before, after);
    QCOMPARE(notification.has_value(), !titleContains.isEmpty());
    if (notification) {
        QVERIFY2(notification->title.contains(titleContains), qPrintable(notification->title));
        QCOMPARE(notification->orderId, after.id);
    }
}

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "tst_NotificationPolicy.moc"
