#include "FakeOrderBackend.h"
#include "Orders.h"
#include "models/ApprovalsFilterModel.h"
#include "models/ChecklistModel.h"
#include "models/OrderQueueModel.h"
#include "models/OrderTimelineModel.h"
#include "models/RiskFlagModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

namespace {

using S = domain::OrderStatus;

proto::OrderHistoryEntry historyEntry(std::int64_t id, std::optional<S> from, S to)
{
    proto::OrderHistoryEntry entry;
    entry.id = id;
    entry.from = from;
    entry.to = to;
    entry.actor = proto::Actor{proto::ActorKind::Operator, 7, "alice"};
    entry.at = timestampFromMsecs(1'700'000'000'000LL + id);
    return entry;
}

proto::RiskFlag flag(std::int64_t id, const std::string &rule, proto::RiskSeverity severity, proto::Json figures)
{
    proto::RiskFlag result;
    result.id = id;
    result.rule = rule;
    result.severity = severity;
    result.figures = std::move(figures);
    result.raisedAt = timestampFromMsecs(1'700'000'000'000LL);
    return result;
}

} // namespace

class TestOrderModels : public QObject {
    Q_OBJECT

private slots:
    void timelineAppendsWithoutReset();
    void timelineShowsActorsAndStatuses();
    void checklistTicksOnlyWhenEditable();
    void checklistUpdatesOnlyChangedRows();
    void riskFlagsShowTheirFigures();
    void approvalsInboxListsOnlyOthersVerifiedOrders();
};

void TestOrderModels::timelineAppendsWithoutReset()
{
    OrderTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({historyEntry(1, std::nullopt, S::New)});
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setEntries({historyEntry(1, std::nullopt, S::New), historyEntry(2, S::New, S::Assigned),
                      historyEntry(3, S::Assigned, S::AwaitingCrypto)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    model.setEntries({historyEntry(9, std::nullopt, S::New)}); // another order
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void TestOrderModels::timelineShowsActorsAndStatuses()
{
    OrderTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto created = historyEntry(1, std::nullopt, S::New);
    created.actor = proto::Actor{proto::ActorKind::Customer, 5, "bobby"};
    auto released = historyEntry(2, S::Assigned, S::New);
    released.reason = "wrong rate";
    auto timedOut = historyEntry(3, S::New, S::Cancelled);
    timedOut.actor = proto::Actor{proto::ActorKind::System, std::nullopt, std::nullopt};
    model.setEntries({created, released, timedOut});
    QCOMPARE(model.index(0, OrderTimelineModel::Actor).data().toString(), QStringLiteral("customer @bobby"));
    QCOMPARE(model.index(0, OrderTimelineModel::From).data().toString(), QStringLiteral("created"));
    QCOMPARE(model.index(1, OrderTimelineModel::Actor).data().toString(), QStringLiteral("alice"));
    QCOMPARE(model.index(1, OrderTimelineModel::From).data().toString(), OrderQueueModel::statusText(S::Assigned));
    QCOMPARE(model.index(1, OrderTimelineModel::Reason).data().toString(), QStringLiteral("wrong rate"));
    QCOMPARE(model.index(2, OrderTimelineModel::Actor).data().toString(), QStringLiteral("system"));
    QCOMPARE(model.index(2, 0).data(OrderTimelineModel::EntryIdRole).toLongLong(), 3);
}

void TestOrderModels::checklistTicksOnlyWhenEditable()
{
    ChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({checklistItem(11, "Amount matches"), checklistItem(12, "Sender matches")});
    QSignalSpy toggled(&model, &ChecklistModel::toggleRequested);
    const QModelIndex first = model.index(0, ChecklistModel::Item);
    QVERIFY(!(model.flags(first) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(first, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(toggled.count(), 0);

    model.setEditable(true);
    QVERIFY(model.flags(first) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(first, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.at(0).at(0).toLongLong(), 11);
    QCOMPARE(toggled.at(0).at(1).toBool(), true);
    QCOMPARE(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(!model.isComplete());
    QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.isComplete());
    QCOMPARE(model.doneCount(), 2);
}

void TestOrderModels::checklistUpdatesOnlyChangedRows()
{
    ChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({checklistItem(11, "a"), checklistItem(12, "b"), checklistItem(13, "c")});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    auto ticked = checklistItem(12, "b", true);
    ticked.doneBy = proto::OperatorRef{7, "alice"};
    ticked.doneAt = timestampFromMsecs(1'700'000'000'000LL);
    model.setItems({checklistItem(11, "a"), ticked, checklistItem(13, "c")});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QVERIFY(model.index(1, ChecklistModel::DoneBy).data().toString().startsWith(QStringLiteral("alice")));
    model.setItems({checklistItem(14, "new list")});
    QCOMPARE(reset.count(), 1);
}

void TestOrderModels::riskFlagsShowTheirFigures()
{
    RiskFlagModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto cleared = flag(2, "first_order_above", proto::RiskSeverity::Info, {{"amount_fiat", "150000.00"}});
    cleared.clearedAt = timestampFromMsecs(1'700'000'100'000LL);
    cleared.clearedBy = proto::OperatorRef{9, "carol"};
    cleared.clearReason = "known customer";
    model.setFlags(
        {flag(1, "orders_per_customer_24h", proto::RiskSeverity::Hold, {{"count", 7}, {"limit", 5}}), cleared});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.unclearedCount(), 1);
    QCOMPARE(model.index(0, RiskFlagModel::Figures).data().toString(), QStringLiteral("count: 7, limit: 5"));
    QCOMPARE(model.index(0, RiskFlagModel::Severity).data().toString(), QStringLiteral("on hold"));
    // Rules are named in words; the code is in the tooltip for support.
    QCOMPARE(model.index(1, RiskFlagModel::Rule).data().toString(), QStringLiteral("Large first order"));
    QVERIFY(model.index(1, RiskFlagModel::Rule)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("first_order_above")));
    QVERIFY(!model.index(0, RiskFlagModel::Rule).data().toString().contains(u'_')); // unknown rule: words too
    QCOMPARE(model.index(0, RiskFlagModel::Cleared).data().toString(), QStringLiteral("open"));
    QVERIFY(model.index(1, RiskFlagModel::Cleared).data().toString().contains(QStringLiteral("known customer")));
    QVERIFY(model.index(1, 0).data(RiskFlagModel::ClearedRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto nowCleared = flag(1, "orders_per_customer_24h", proto::RiskSeverity::Hold, {{"count", 7}, {"limit", 5}});
    nowCleared.clearedAt = timestampFromMsecs(1'700'000'200'000LL);
    model.setFlags({nowCleared, cleared});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.unclearedCount(), 0);
}

void TestOrderModels::approvalsInboxListsOnlyOthersVerifiedOrders()
{
    OrderQueueModel orders;
    auto othersVerified = makeOrder(1, S::PaymentVerified);
    othersVerified.holder = proto::OperatorRef{7, "alice"};
    auto mineVerified = makeOrder(2, S::PaymentVerified);
    mineVerified.holder = proto::OperatorRef{9, "carol"};
    auto othersAssigned = makeOrder(3, S::Assigned);
    othersAssigned.holder = proto::OperatorRef{7, "alice"};
    orders.upsertMany({othersVerified, mineVerified, othersAssigned});

    ApprovalsFilterModel inbox;
    inbox.setSourceModel(&orders);
    QAbstractItemModelTester tester(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
    inbox.setApprover(9, false);
    QCOMPARE(inbox.rowCount(), 0); // not a senior: no inbox
    inbox.setApprover(9, true);
    QCOMPARE(inbox.rowCount(), 1);
    QCOMPARE(inbox.index(0, 0).data(OrderQueueModel::OrderIdRole).toLongLong(), 1);

    othersAssigned.status = S::PaymentVerified;
    orders.upsert(othersAssigned);
    QCOMPARE(inbox.rowCount(), 2);

    // With the thresholds known, payouts below them wait for nobody.
    std::map<std::string, domain::Decimal, std::less<>> thresholds{{"RUB", domain::Decimal::parse("5000.00").value()}};
    inbox.setPolicy(domain::ApprovalPolicy(thresholds));
    QCOMPARE(inbox.rowCount(), 0); // both are 1000.00 RUB
    thresholds["RUB"] = domain::Decimal::parse("1000.00").value();
    inbox.setPolicy(domain::ApprovalPolicy(thresholds));
    QCOMPARE(inbox.rowCount(), 2); // at the threshold counts
}

QTEST_GUILESS_MAIN(TestOrderModels)
#include "tst_OrderModels.moc"
