#include "Orders.h"
#include "core/Clock.h"
#include "models/OrderQueueModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(std::function<void(p2pdesk::proto::OrderSummary &)>)

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

class TestOrderQueueModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertsRowsWithoutReset();
    void bulkLoadInsertsOnceAndDeduplicates();
    void updateSignalsOnlyChangedColumns_data();
    void updateSignalsOnlyChangedColumns();
    void olderVersionIsIgnored();
    void removeKeepsTheIndexConsistent();
    void rolesExposeTheSnapshot();
    void ageAndDeadlineFollowTheClock();
    void tickTouchesOnlyAgeAndDeadline();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<OrderQueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestOrderQueueModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_clock = std::make_unique<ManualClock>(1'700'000'600'000LL);
    m_model = std::make_unique<OrderQueueModel>(m_clock.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestOrderQueueModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestOrderQueueModel::insertsRowsWithoutReset()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->upsert(makeOrder(1)));
    QVERIFY(m_model->upsert(makeOrder(2)));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowOf(2), 1);
    QCOMPARE(m_model->columnCount(), int(OrderQueueModel::ColumnCount));
}

void TestOrderQueueModel::bulkLoadInsertsOnceAndDeduplicates()
{
    m_model->upsert(makeOrder(1));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    std::vector<proto::OrderSummary> batch;
    for (int id = 1; id <= 100; ++id)
        batch.push_back(makeOrder(id, domain::OrderStatus::New, "1000.00", 2));
    batch.push_back(makeOrder(50, domain::OrderStatus::Assigned, "1000.00", 3)); // newer duplicate
    m_model->upsertMany(std::move(batch));
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(inserted.size(), 1); // one insertion for the 99 new rows
    QCOMPARE(inserted.at(0).at(2).toInt() - inserted.at(0).at(1).toInt() + 1, 99);
    QCOMPARE(statusName(m_model->find(50)->summary.status), statusName(domain::OrderStatus::Assigned));
    QCOMPARE(m_model->find(1)->summary.version, 2);
    QVERIFY(changed.size() >= 1);
}

void TestOrderQueueModel::updateSignalsOnlyChangedColumns_data()
{
    QTest::addColumn<int>("firstColumn");
    QTest::addColumn<int>("lastColumn");
    QTest::addColumn<std::function<void(proto::OrderSummary &)>>("change");
    using Change = std::function<void(proto::OrderSummary &)>;
    QTest::newRow("status") << int(OrderQueueModel::Status) << int(OrderQueueModel::Status)
                            << Change([](proto::OrderSummary &o) { o.status = domain::OrderStatus::Cancelled; });
    QTest::newRow("take: holder, status, final rate")
        << int(OrderQueueModel::FinalRate) << int(OrderQueueModel::Status) << Change([](proto::OrderSummary &o) {
               o.status = domain::OrderStatus::Assigned;
               o.holder = proto::OperatorRef{7, "alice"};
               o.finalRate = domain::Decimal::parse("91.00").value();
           });
    QTest::newRow("fiat amount") << int(OrderQueueModel::AmountFiat) << int(OrderQueueModel::AmountFiat)
                                 << Change([](proto::OrderSummary &o) {
                                        o.amountFiat = domain::Decimal::parse("999.99").value();
                                    });
    QTest::newRow("risk") << int(OrderQueueModel::RiskFlags) << int(OrderQueueModel::RiskFlags)
                          << Change([](proto::OrderSummary &o) {
                                 o.risk = {{"first_order_above", proto::RiskSeverity::Info}};
                             });
}

void TestOrderQueueModel::updateSignalsOnlyChangedColumns()
{
    QFETCH(int, firstColumn);
    QFETCH(int, lastColumn);
    QFETCH(std::function<void(proto::OrderSummary &)>, change);
    m_model->upsert(makeOrder(1));
    m_model->upsert(makeOrder(2));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    proto::OrderSummary next = makeOrder(2, domain::OrderStatus::New, "1000.00", 2);
    change(next);
    QVERIFY(m_model->upsert(next));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(inserted.size(), 0);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(topLeft.column(), firstColumn);
    QCOMPARE(bottomRight.column(), lastColumn);
}

void TestOrderQueueModel::olderVersionIsIgnored()
{
    m_model->upsert(makeOrder(1, domain::OrderStatus::Assigned, "1000.00", 5));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(!m_model->upsert(makeOrder(1, domain::OrderStatus::New, "1000.00", 4)));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(statusName(m_model->find(1)->summary.status), statusName(domain::OrderStatus::Assigned));
    // The same version again is a no-op, not a change.
    QVERIFY(!m_model->upsert(makeOrder(1, domain::OrderStatus::Assigned, "1000.00", 5)));
}

void TestOrderQueueModel::removeKeepsTheIndexConsistent()
{
    for (int id = 1; id <= 5; ++id)
        m_model->upsert(makeOrder(id));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->remove(2));
    QVERIFY(!m_model->remove(2));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    for (int id : {1, 3, 4, 5})
        QCOMPARE(m_model->at(m_model->rowOf(id)).id(), id);
    QCOMPARE(m_model->rowOf(2), -1);
}

void TestOrderQueueModel::rolesExposeTheSnapshot()
{
    proto::OrderSummary order = makeOrder(9, domain::OrderStatus::Assigned, "2500.50");
    order.holder = proto::OperatorRef{7, "alice"};
    order.risk = {{"single_order_max", proto::RiskSeverity::Hold}};
    m_model->upsert(order);
    const QModelIndex code = m_model->index(0, OrderQueueModel::Code);
    QCOMPARE(code.data().toString(), QStringLiteral("P-1009"));
    QCOMPARE(code.data(OrderQueueModel::OrderIdRole).toLongLong(), 9);
    QCOMPARE(code.data(OrderQueueModel::StatusRole).toInt(), int(domain::OrderStatus::Assigned));
    QCOMPARE(code.data(OrderQueueModel::HolderIdRole).toLongLong(), 7);
    QCOMPARE(code.data(OrderQueueModel::OnHoldRole).toBool(), true);
    // The currency's own precision, grouped for the user's locale; the crypto amount keeps its
    // non-zero digits beyond the precision.
    QCOMPARE(m_model->index(0, OrderQueueModel::AmountFiat).data().toString(), QStringLiteral("2,500.50 RUB"));
    QVERIFY(!m_model->index(0, OrderQueueModel::AmountCrypto).data().toString().contains(QStringLiteral("0000")));
    QCOMPARE(m_model->index(0, OrderQueueModel::Customer).data().toString(), QStringLiteral("@customer9"));
    proto::OrderSummary anonymous = makeOrder(10);
    anonymous.customer.username.reset();
    m_model->upsert(anonymous);
    QCOMPARE(m_model->index(m_model->rowOf(10), OrderQueueModel::Customer).data().toString(),
             QStringLiteral("Telegram %1").arg(anonymous.customer.telegramId));
    QCOMPARE(m_model->index(0, OrderQueueModel::Holder).data().toString(), QStringLiteral("alice"));
    // A rule is named in words; its code is for support, in the tooltip only.
    QCOMPARE(m_model->index(0, OrderQueueModel::RiskFlags).data().toString(),
             QStringLiteral("Order above the single-order limit"));
    QVERIFY(m_model->index(0, OrderQueueModel::RiskFlags)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("single_order_max")));
    QVERIFY(m_model->index(0, OrderQueueModel::Direction).data().toString().contains(QStringLiteral("USDT")));
    QCOMPARE(m_model->headerData(OrderQueueModel::Status, Qt::Horizontal).toString(), QStringLiteral("Status"));
}

void TestOrderQueueModel::ageAndDeadlineFollowTheClock()
{
    proto::OrderSummary order = makeOrder(1); // created at 1'700'000'001'000
    order.statusDeadline = timestampFromMsecs(1'700'000'001'000LL + 15 * 60'000);
    m_model->upsert(order);
    m_clock->set(1'700'000'001'000LL + 65'000);
    QCOMPARE(m_model->index(0, OrderQueueModel::Age).data().toString(), QStringLiteral("01:05"));
    // One deadline format: a countdown, the absolute time in the tooltip, a colour before it passes.
    QCOMPARE(m_model->index(0, OrderQueueModel::Deadline).data().toString(), QStringLiteral("in 13 min"));
    QVERIFY(!m_model->index(0, OrderQueueModel::Deadline).data(Qt::ToolTipRole).toString().isEmpty());
    const QVariant soon = m_model->index(0, OrderQueueModel::Deadline).data(Qt::ForegroundRole);
    QVERIFY(soon.isValid());
    m_clock->set(1'700'000'001'000LL + 16 * 60'000);
    QCOMPARE(m_model->index(0, OrderQueueModel::Deadline).data().toString(), QStringLiteral("overdue by 1 min"));
    const QVariant overdue = m_model->index(0, OrderQueueModel::Deadline).data(Qt::ForegroundRole);
    QVERIFY(overdue.isValid());
    QVERIFY(overdue.value<QBrush>().color() != soon.value<QBrush>().color());
    m_clock->set(1'700'000'001'000LL - 60 * 60'000); // an hour before: no colour yet
    QVERIFY(!m_model->index(0, OrderQueueModel::Deadline).data(Qt::ForegroundRole).isValid());
    m_clock->set(1'700'000'001'000LL + 26LL * 3600'000);
    QCOMPARE(m_model->index(0, OrderQueueModel::Age).data().toString(), QStringLiteral("1 d 2 h"));
}

void TestOrderQueueModel::tickTouchesOnlyAgeAndDeadline()
{
    for (int id = 1; id <= 3; ++id)
        m_model->upsert(makeOrder(id));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setTickInterval(10);
    QTRY_VERIFY(changed.size() >= 2);
    m_model->setTickInterval(0);
    QSet<int> columns;
    for (const auto &signal : changed) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), bottomRight.column());
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), 2);
        QVERIFY(!signal.at(2).value<QList<int>>().contains(OrderQueueModel::SortRole));
        columns.insert(topLeft.column());
    }
    QCOMPARE(columns, (QSet<int>{OrderQueueModel::Age, OrderQueueModel::Deadline}));
}

QTEST_GUILESS_MAIN(TestOrderQueueModel)
#include "tst_OrderQueueModel.moc"
