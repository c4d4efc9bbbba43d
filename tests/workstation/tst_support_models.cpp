#include "core/CannedTemplate.h"
#include "models/CannedReplyListModel.h"
#include "models/CustomerOrdersModel.h"
#include "models/CustomerRiskFlagModel.h"
#include "models/CustomerTicketsModel.h"
#include "models/PayoutAccountModel.h"

#include "p2pdesk/domain/RiskRules.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace p2pdesk;
using namespace p2pdesk::workstation;

namespace {

proto::Timestamp at(int seconds)
{
    return proto::Timestamp(std::chrono::seconds(1'700'000'000 + seconds));
}

proto::CannedReply reply(std::int64_t id, const std::string &shortcut, bool active)
{
    proto::CannedReply r;
    r.id = id;
    r.shortcut = shortcut;
    r.title = "T " + shortcut;
    r.bodyRu = "x";
    r.active = active;
    r.updatedAt = at(static_cast<int>(id));
    return r;
}

} // namespace

// The client side of canned-reply templates and the models of the customer profile and the canned
// replies admin page.
class TestSupportModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void templateVariablesAsSyncdReadsThem()
    {
        const QString body = QStringLiteral("Hi {customer.name}, {Order} { x } {order.nope} {customer.name} {");
        QCOMPARE(CannedTemplate::variables(body),
                 (QStringList{QStringLiteral("customer.name"), QStringLiteral("order.nope")}));
        QCOMPARE(CannedTemplate::unknownVariables(body, {QStringLiteral("customer.name")}),
                 QStringList{QStringLiteral("order.nope")});
        QVERIFY(CannedTemplate::unknownVariables(QStringLiteral("no variables {at all"), {}).isEmpty());
    }

    void templateRendersEscapedValues()
    {
        const QMap<QString, QString> values{{QStringLiteral("customer.name"), QStringLiteral("<b>&")}};
        QCOMPARE(CannedTemplate::render(QStringLiteral("<i>Hi</i> {customer.name}, {order.code}!"), values),
                 QStringLiteral("<i>Hi</i> &lt;b&gt;&amp;, {order.code}!"));
    }

    void cannedReplyListUpsertsById()
    {
        CannedReplyListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReplies({reply(1, "hello", true), reply(2, "bye", false)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CannedReplyListModel::Shortcut).data().toString(), QStringLiteral("/hello"));
        QCOMPARE(model.index(1, CannedReplyListModel::Active).data().toString(), QStringLiteral("Inactive"));
        auto changed = reply(2, "bye-now", true);
        QCOMPARE(model.upsert(changed), 1);
        QCOMPARE(model.index(1, CannedReplyListModel::Shortcut).data().toString(), QStringLiteral("/bye-now"));
        QCOMPARE(model.upsert(reply(7, "new", true)), 2);
        QCOMPARE(model.rowOf(7), 2);
    }

    void customerOrdersShowHoldAndAmounts()
    {
        CustomerOrdersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proto::CustomerOrder order;
        order.id = 11;
        order.code = "K7Q2M9";
        order.status = domain::OrderStatus::PaymentVerified;
        order.asset = "USDT";
        order.network = "TRON";
        order.fiatCurrency = "RUB";
        order.amountCrypto = domain::Decimal::parse("1000.000000").value();
        order.amountFiat = domain::Decimal::parse("92350.00").value();
        order.hold = true;
        model.setOrders({order});
        QCOMPARE(model.index(0, CustomerOrdersModel::Code).data().toString(), QStringLiteral("K7Q2M9"));
        QCOMPARE(model.index(0, CustomerOrdersModel::Status).data().toString(),
                 QStringLiteral("Payment verified, on hold"));
        QCOMPARE(model.index(0, CustomerOrdersModel::AmountFiat).data().toString(), QStringLiteral("92,350.00 RUB"));
        QCOMPARE(model.index(0, 0).data(CustomerOrdersModel::OrderIdRole).toLongLong(), 11);
        QVERIFY(model.index(0, 0).data(CustomerOrdersModel::HoldRole).toBool());
    }

    void customerFlagsNameTheRuleAndTheOrder()
    {
        CustomerRiskFlagModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proto::CustomerRiskFlag blocked;
        blocked.flag.id = 40;
        blocked.flag.rule = std::string(domain::rule::kCustomerBlocked);
        blocked.flag.severity = proto::RiskSeverity::Hold;
        blocked.flag.figures = {{"observed", "chargebacks"}, {"limit", ""}};
        blocked.orderId = 11;
        blocked.orderCode = "K7Q2M9";
        proto::CustomerRiskFlag cleared;
        cleared.flag.id = 31;
        cleared.flag.rule = "first_order_above";
        cleared.flag.figures = {{"observed", "97500.00"}, {"limit", "50000.00"}};
        cleared.flag.clearedAt = at(60);
        cleared.flag.clearedBy = proto::OperatorRef{8, "bob"};
        cleared.flag.clearReason = "known customer";
        model.setFlags({blocked, cleared});
        QCOMPARE(model.openCount(), 1);
        QCOMPARE(model.index(0, CustomerRiskFlagModel::Rule).data().toString(), QStringLiteral("Customer blocked"));
        QCOMPARE(model.index(0, CustomerRiskFlagModel::Figures).data().toString(), QStringLiteral("chargebacks"));
        QCOMPARE(model.index(0, CustomerRiskFlagModel::Order).data().toString(), QStringLiteral("K7Q2M9"));
        QCOMPARE(model.index(0, 0).data(CustomerRiskFlagModel::OrderIdRole).toLongLong(), 11);
        QCOMPARE(model.index(1, CustomerRiskFlagModel::Figures).data().toString(),
                 QStringLiteral("97500.00 (limit 50000.00)"));
        QVERIFY(model.index(1, CustomerRiskFlagModel::Cleared).data().toString().contains(QStringLiteral("bob")));
        QCOMPARE(model.index(1, CustomerRiskFlagModel::ClearReason).data().toString(),
                 QStringLiteral("known customer"));
        QCOMPARE(model.index(0, CustomerRiskFlagModel::Cleared).data().toString(), QStringLiteral("open"));
        QVERIFY(!model.index(1, 0).data(CustomerRiskFlagModel::OrderIdRole).isValid() ||
                model.index(1, 0).data(CustomerRiskFlagModel::OrderIdRole).toLongLong() == 0);
    }

    void accountsAndTicketsInWords()
    {
        PayoutAccountModel accounts;
        QAbstractItemModelTester accountTester(&accounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        accounts.setAccounts(
            {{5, "card", "•••• 9012", std::string("Sberbank"), at(0)}, {6, "crypto", "••••", {}, at(1)}});
        QCOMPARE(accounts.index(0, PayoutAccountModel::Kind).data().toString(), QStringLiteral("Card"));
        QCOMPARE(accounts.index(0, PayoutAccountModel::Masked).data().toString(), QStringLiteral("•••• 9012"));
        QCOMPARE(accounts.index(1, PayoutAccountModel::Kind).data().toString(), QStringLiteral("Crypto address"));
        QCOMPARE(PayoutAccountModel::kindText("unknown"), QStringLiteral("Other"));

        CustomerTicketsModel tickets;
        QAbstractItemModelTester ticketTester(&tickets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proto::TicketSummary general;
        general.id = 12;
        general.unread = 2;
        proto::TicketSummary ofOrder;
        ofOrder.id = 13;
        ofOrder.status = "closed";
        ofOrder.orderCode = "K7Q2M9";
        tickets.setTickets({general, ofOrder});
        QCOMPARE(tickets.index(0, CustomerTicketsModel::Ticket).data().toString(), QStringLiteral("General questions"));
        QCOMPARE(tickets.index(0, CustomerTicketsModel::Unread).data().toString(), QStringLiteral("2"));
        QCOMPARE(tickets.index(1, CustomerTicketsModel::Ticket).data().toString(), QStringLiteral("Order K7Q2M9"));
        QCOMPARE(tickets.index(1, CustomerTicketsModel::Status).data().toString(), QStringLiteral("Closed"));
        QCOMPARE(tickets.index(1, 0).data(CustomerTicketsModel::TicketIdRole).toLongLong(), 13);
    }
};

QTEST_MAIN(TestSupportModels)
#include "tst_support_models.moc"
