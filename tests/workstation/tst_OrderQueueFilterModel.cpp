#include "Orders.h"
#include "core/Clock.h"
#include "models/OrderQueueFilterModel.h"
#include "models/OrderQueueModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

Q_DECLARE_METATYPE(p2pdesk::workstation::QueueTab)

namespace {

constexpr std::int64_t kMe = 7;
constexpr std::int64_t kOther = 8;

} // namespace

class TestOrderQueueFilterModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tabs_data();
    void tabs();
    void searchMatchesCodeCustomerAndHolder_data();
    void searchMatchesCodeCustomerAndHolder();
    void liveUpdatesMoveRowsBetweenTabs();
    void sortsAmountsAsExactDecimals();
    void sortsByAgeAndDeadline();

private:
    QList<std::int64_t> visibleIds() const;
    void add(proto::OrderSummary order) { m_orders->upsert(std::move(order)); }

    ManualClock m_clock{1'700'100'000'000LL};
    std::unique_ptr<OrderQueueModel> m_orders;
    std::unique_ptr<OrderQueueFilterModel> m_queue;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestOrderQueueFilterModel::init()
{
    m_orders = std::make_unique<OrderQueueModel>(&m_clock);
    m_queue = std::make_unique<OrderQueueFilterModel>();
    m_queue->setSourceModel(m_orders.get());
    m_queue->setCurrentOperatorId(kMe);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_queue.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);

    using S = domain::OrderStatus;
    add(makeOrder(1, S::New));
    auto mine = makeOrder(2, S::Assigned);
    mine.holder = proto::OperatorRef{kMe, "alice"};
    add(mine);
    auto theirs = makeOrder(3, S::Assigned);
    theirs.holder = proto::OperatorRef{kOther, "bob"};
    add(theirs);
    auto waiting = makeOrder(4, S::AwaitingCrypto);
    waiting.holder = proto::OperatorRef{kMe, "alice"};
    add(waiting);
    auto verified = makeOrder(5, S::PaymentVerified);
    verified.holder = proto::OperatorRef{kOther, "bob"};
    add(verified);
    auto disputed = makeOrder(6, S::Dispute);
    disputed.holder = proto::OperatorRef{kMe, "alice"};
    add(disputed);
    auto held = makeOrder(7, S::New);
    held.risk = {{"single_order_max", proto::RiskSeverity::Hold}};
    add(held);
    auto done = makeOrder(8, S::Completed);
    done.holder = proto::OperatorRef{kMe, "alice"};
    add(done);
}

void TestOrderQueueFilterModel::cleanup()
{
    m_tester.reset();
    m_queue.reset();
    m_orders.reset();
}

QList<std::int64_t> TestOrderQueueFilterModel::visibleIds() const
{
    QList<std::int64_t> ids;
    for (int row = 0; row < m_queue->rowCount(); ++row)
        ids << m_queue->index(row, 0).data(OrderQueueModel::OrderIdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestOrderQueueFilterModel::tabs_data()
{
    QTest::addColumn<QueueTab>("tab");
    QTest::addColumn<QList<std::int64_t>>("expected");
    QTest::newRow("new") << QueueTab::New << QList<std::int64_t>{1, 7};
    QTest::newRow("mine (open only)") << QueueTab::Mine << QList<std::int64_t>{2, 4, 6};
    QTest::newRow("waiting for customer") << QueueTab::WaitingForCustomer << QList<std::int64_t>{4};
    QTest::newRow("needs approval") << QueueTab::NeedsApproval << QList<std::int64_t>{5, 7};
    QTest::newRow("disputes") << QueueTab::Disputes << QList<std::int64_t>{6};
    QTest::newRow("all") << QueueTab::All << QList<std::int64_t>{1, 2, 3, 4, 5, 6, 7, 8};
}

void TestOrderQueueFilterModel::tabs()
{
    QFETCH(QueueTab, tab);
    QFETCH(QList<std::int64_t>, expected);
    m_queue->setTab(tab);
    QCOMPARE(visibleIds(), expected);
    // The tab's counter says the same, whichever tab is shown and whatever is searched for.
    m_queue->setTab(QueueTab::All);
    m_queue->setSearchText(QStringLiteral("zzz"));
    QCOMPARE(m_queue->tabCounts()[static_cast<std::size_t>(tab)], static_cast<int>(expected.size()));
}

void TestOrderQueueFilterModel::searchMatchesCodeCustomerAndHolder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<std::int64_t>>("expected");
    QTest::newRow("code") << "p-1003" << QList<std::int64_t>{3};
    QTest::newRow("customer, any case") << "CUSTOMER5" << QList<std::int64_t>{5};
    QTest::newRow("holder") << "bob" << QList<std::int64_t>{3, 5};
    QTest::newRow("asset matches all") << "usdt" << QList<std::int64_t>{1, 2, 3, 4, 5, 6, 7, 8};
    QTest::newRow("nothing") << "zzz" << QList<std::int64_t>{};
    QTest::newRow("blank is no filter") << "   " << QList<std::int64_t>{1, 2, 3, 4, 5, 6, 7, 8};
}

void TestOrderQueueFilterModel::searchMatchesCodeCustomerAndHolder()
{
    QFETCH(QString, text);
    QFETCH(QList<std::int64_t>, expected);
    m_queue->setSearchText(text);
    QCOMPARE(visibleIds(), expected);
}

void TestOrderQueueFilterModel::liveUpdatesMoveRowsBetweenTabs()
{
    m_queue->setTab(QueueTab::New);
    QCOMPARE(visibleIds(), (QList<std::int64_t>{1, 7}));
    auto taken = makeOrder(1, domain::OrderStatus::Assigned, "1000.00", 2);
    taken.holder = proto::OperatorRef{kMe, "alice"};
    m_orders->upsert(taken);
    QCOMPARE(visibleIds(), (QList<std::int64_t>{7}));
    m_queue->setTab(QueueTab::Mine);
    QCOMPARE(visibleIds(), (QList<std::int64_t>{1, 2, 4, 6}));
}

void TestOrderQueueFilterModel::sortsAmountsAsExactDecimals()
{
    for (std::int64_t id = 1; id <= 8; ++id)
        QVERIFY(m_orders->remove(id));
    m_queue->setTab(QueueTab::All);
    // As doubles the first two are equal (17 significant digits), and "9.50" < "10.25" fails as text.
    add(makeOrder(1, domain::OrderStatus::New, "12345678901.00000002"));
    add(makeOrder(2, domain::OrderStatus::New, "12345678901.00000001"));
    add(makeOrder(3, domain::OrderStatus::New, "9.50"));
    add(makeOrder(4, domain::OrderStatus::New, "10.25"));
    m_queue->sort(OrderQueueModel::AmountFiat, Qt::AscendingOrder);
    QList<std::int64_t> order;
    for (int row = 0; row < m_queue->rowCount(); ++row)
        order << m_queue->index(row, 0).data(OrderQueueModel::OrderIdRole).toLongLong();
    QCOMPARE(order, (QList<std::int64_t>{3, 4, 2, 1}));
}

void TestOrderQueueFilterModel::sortsByAgeAndDeadline()
{
    m_queue->setTab(QueueTab::All);
    m_queue->sort(OrderQueueModel::Age, Qt::DescendingOrder); // oldest first
    QCOMPARE(m_queue->index(0, 0).data(OrderQueueModel::OrderIdRole).toLongLong(), 1);
    QCOMPARE(m_queue->index(7, 0).data(OrderQueueModel::OrderIdRole).toLongLong(), 8);

    auto urgent = makeOrder(3, domain::OrderStatus::Assigned, "1000.00", 2);
    urgent.statusDeadline = timestampFromMsecs(m_clock.nowMsecsSinceEpoch() + 60'000);
    m_orders->upsert(urgent);
    auto later = makeOrder(5, domain::OrderStatus::PaymentVerified, "1000.00", 2);
    later.statusDeadline = timestampFromMsecs(m_clock.nowMsecsSinceEpoch() + 3'600'000);
    m_orders->upsert(later);
    m_queue->sort(OrderQueueModel::Deadline, Qt::AscendingOrder); // most urgent first, none last
    QCOMPARE(m_queue->index(0, 0).data(OrderQueueModel::OrderIdRole).toLongLong(), 3);
    QCOMPARE(m_queue->index(1, 0).data(OrderQueueModel::OrderIdRole).toLongLong(), 5);
}

QTEST_GUILESS_MAIN(TestOrderQueueFilterModel)
#include "tst_OrderQueueFilterModel.moc"
