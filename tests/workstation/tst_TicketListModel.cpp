#include "SupportInboxFixtures.h"
#include "core/Clock.h"
#include "models/TicketFilterModel.h"
#include "models/TicketListModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

namespace {

constexpr qint64 kNow = 1'700'000'000'000LL;
constexpr std::int64_t kMe = 7;

// The proxy's rows as ticket ids, top to bottom.
QList<qint64> idsOf(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(TicketListModel::TicketIdRole).toLongLong();
    return ids;
}

} // namespace

// The support inbox's model and proxy: the texts an operator reads (no codes), the SLA order,
// the views, the countdown and the moment a ticket falls overdue, search, and the store's rules.
class TestTicketListModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTicketsInWords();
    void sortsBySlaOverdueFirst();
    void viewsFilterAndCount_data();
    void viewsFilterAndCount();
    void attentionCountsMineAndNobodysUnreadOrOverdue();
    void countdownTicksAndATicketFallsOverdue();
    void searchesLocallyAndWithTheServersMatches();
    void overdueRowsStandOutAndUnreadIsBold();
    void storeKeepsTheNewestAndIndexesOrders();
    void columnSortsKeepTheSlaOrderForTies();

private:
    void fill();

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TicketListModel> m_model;
    std::unique_ptr<TicketFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestTicketListModel::init()
{
    m_clock = std::make_unique<ManualClock>(kNow);
    m_model = std::make_unique<TicketListModel>(m_clock.get());
    m_proxy = std::make_unique<TicketFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    m_proxy->setCurrentOperatorId(kMe);
    m_proxy->sort(TicketListModel::Sla, Qt::AscendingOrder);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTicketListModel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
    m_clock.reset();
}

// 1: general, unassigned, due in 10 min · 2: order, mine, overdue by 3 min, urgent ·
// 3: someone else's, answered (no clock), read · 4: unassigned, urgent, due in 10 min ·
// 5: closed · 6: mine, due in 40 min, read.
void TestTicketListModel::fill()
{
    auto first = makeTicket(1, kNow, 5, 10);
    first.customerFirstName = "Ivan";
    auto second = assignedTo(withOrder(makeTicket(2, kNow, 20, -3), 3, "AWAITING_CRYPTO"), kMe);
    second.priority = "urgent";
    second.unread = 3;
    auto third = assignedTo(makeTicket(3, kNow, 60, 0), 9);
    third.firstResponseDueAt.reset();
    third.firstRespondedAt = timestampFromMsecs(kNow - 30 * 60'000);
    third.unread = 0;
    auto fourth = makeTicket(4, kNow, 2, 10);
    fourth.priority = "urgent";
    auto sixth = assignedTo(makeTicket(6, kNow, 1, 40), kMe);
    sixth.unread = 0;
    m_model->upsertMany({first, second, third, fourth, closed(makeTicket(5, kNow), kNow - 3600'000), sixth});
}

void TestTicketListModel::showsTicketsInWords()
{
    fill();
    const auto text = [this](std::int64_t id, int column) { return m_model->indexOf(id, column).data().toString(); };
    QCOMPARE(text(1, TicketListModel::Customer), QStringLiteral("Ivan (@customer1)"));
    QCOMPARE(text(2, TicketListModel::Customer), QStringLiteral("@customer2"));
    QCOMPARE(text(1, TicketListModel::Order), QStringLiteral("General question"));
    QCOMPARE(text(2, TicketListModel::Order), QStringLiteral("P-1003 · Awaiting crypto"));
    QCOMPARE(text(1, TicketListModel::Assignee), QStringLiteral("Unassigned"));
    QCOMPARE(text(2, TicketListModel::Assignee), QStringLiteral("operator7"));
    QCOMPARE(text(1, TicketListModel::Priority), QString());
    QCOMPARE(text(2, TicketListModel::Priority), QStringLiteral("Urgent"));
    QCOMPARE(text(1, TicketListModel::LastMessage), QStringLiteral("5 min ago"));
    QCOMPARE(text(1, TicketListModel::Sla), QStringLiteral("in 10 min"));
    QCOMPARE(text(2, TicketListModel::Sla), QStringLiteral("overdue by 3 min"));
    QCOMPARE(text(3, TicketListModel::Sla), QString()); // answered: nothing is due
    QCOMPARE(text(5, TicketListModel::Sla), QStringLiteral("Closed"));
    QCOMPARE(text(2, TicketListModel::Unread), QStringLiteral("3"));
    QCOMPARE(text(3, TicketListModel::Unread), QString());
    QVERIFY(m_model->indexOf(2, TicketListModel::Sla)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("First answer due at")));
    QCOMPARE(m_model->indexOf(2).data(TicketListModel::OrderIdRole).toLongLong(), 3);
    QCOMPARE(m_model->indexOf(1).data(TicketListModel::OrderIdRole).toLongLong(), 0);
    // A status a newer syncd knows is not shown as its code.
    auto odd = withOrder(makeTicket(8, kNow), 8, "SOMETHING_NEW");
    m_model->upsert(odd);
    QCOMPARE(text(8, TicketListModel::Order), QStringLiteral("P-1008"));
    // No username, no first name: the Telegram id in words.
    auto anonymous = makeTicket(9, kNow);
    anonymous.customer.username.reset();
    m_model->upsert(anonymous);
    QCOMPARE(text(9, TicketListModel::Customer), QStringLiteral("Telegram 7000009"));
}

void TestTicketListModel::sortsBySlaOverdueFirst()
{
    fill();
    // Overdue first; equal deadlines: urgent first; no answer due last; closed not in the view.
    QCOMPARE(idsOf(*m_proxy), (QList<qint64>{2, 4, 1, 6, 3}));
    // The newest customer message first among tickets with nothing due.
    auto quiet = assignedTo(makeTicket(10, kNow, 1, 0), 9);
    quiet.firstResponseDueAt.reset();
    m_model->upsert(quiet);
    QCOMPARE(idsOf(*m_proxy), (QList<qint64>{2, 4, 1, 6, 10, 3}));
    // A new customer message starts the clock: the ticket moves up live.
    auto asked = *m_model->find(3);
    asked.nextResponseDueAt = timestampFromMsecs(kNow + 5 * 60'000);
    asked.version += 1;
    QVERIFY(m_model->upsert(asked));
    QCOMPARE(idsOf(*m_proxy), (QList<qint64>{2, 3, 4, 1, 6, 10}));
}

void TestTicketListModel::viewsFilterAndCount_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("mine") << int(TicketView::Mine) << QList<qint64>{2, 6};
    QTest::newRow("unassigned") << int(TicketView::Unassigned) << QList<qint64>{4, 1};
    QTest::newRow("urgent") << int(TicketView::Urgent) << QList<qint64>{2, 4};
    QTest::newRow("overdue") << int(TicketView::Overdue) << QList<qint64>{2};
    QTest::newRow("all open") << int(TicketView::AllOpen) << QList<qint64>{2, 4, 1, 6, 3};
    QTest::newRow("closed") << int(TicketView::Closed) << QList<qint64>{5};
}

void TestTicketListModel::viewsFilterAndCount()
{
    QFETCH(int, view);
    QFETCH(QList<qint64>, ids);
    fill();
    m_proxy->setView(static_cast<TicketView>(view));
    QCOMPARE(idsOf(*m_proxy), ids);
    QCOMPARE(m_proxy->viewCounts()[static_cast<std::size_t>(view)], static_cast<int>(ids.size()));
}

void TestTicketListModel::attentionCountsMineAndNobodysUnreadOrOverdue()
{
    fill();
    // 1 and 4 (nobody's, unread), 2 (mine, overdue and unread); not 3 (someone else's), not 5
    // (closed), not 6 (mine, read, not due yet).
    auto attention = m_proxy->attention();
    QCOMPARE(attention.tickets, 3);
    QCOMPARE(attention.overdue, 1);
    auto read = *m_model->find(1);
    read.unread = 0; // read by this operator: same version, new count
    QVERIFY(m_model->upsert(read));
    QCOMPARE(m_proxy->attention().tickets, 2);
}

void TestTicketListModel::countdownTicksAndATicketFallsOverdue()
{
    fill();
    m_proxy->setView(TicketView::Overdue);
    QCOMPARE(idsOf(*m_proxy), (QList<qint64>{2}));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_clock->advance(9 * 60'000 + 30'000);
    m_model->tick();
    QCOMPARE(m_model->indexOf(1, TicketListModel::Sla).data().toString(), QStringLiteral("in 30 s"));
    QCOMPARE(m_model->indexOf(1, TicketListModel::LastMessage).data().toString(), QStringLiteral("14 min ago"));
    QCOMPARE(idsOf(*m_proxy), (QList<qint64>{2})); // a countdown alone changes no view
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(2).value<QList<int>>(), (QList<int>{Qt::DisplayRole, Qt::ForegroundRole}));

    // Tickets 1 and 4 pass their deadline: announced whole, they join Overdue (urgent first).
    m_clock->advance(60'000);
    changed.clear();
    m_model->tick();
    QCOMPARE(changed.size(), 3);
    QCOMPARE(idsOf(*m_proxy), (QList<qint64>{2, 4, 1}));
    QCOMPARE(m_model->indexOf(1, TicketListModel::Sla).data().toString(), QStringLiteral("overdue by 30 s"));
    QVERIFY(m_model->indexOf(1).data(TicketListModel::OverdueRole).toBool());
    QCOMPARE(m_proxy->attention().overdue, 3);
    // The next tick announces nobody again.
    changed.clear();
    m_clock->advance(1000);
    m_model->tick();
    QCOMPARE(changed.size(), 1);
}

void TestTicketListModel::searchesLocallyAndWithTheServersMatches()
{
    fill();
    m_proxy->setSearchText(QStringLiteral(" P-1003 "));
    QCOMPARE(idsOf(*m_proxy), (QList<qint64>{2}));
    m_proxy->setSearchText(QStringLiteral("ivan"));
    QCOMPARE(idsOf(*m_proxy), (QList<qint64>{1}));
    m_proxy->setSearchText(QStringLiteral("CUSTOMER4"));
    QCOMPARE(idsOf(*m_proxy), (QList<qint64>{4}));
    // Message text is only syncd's to search: its matches for this text are shown too.
    m_proxy->setSearchText(QStringLiteral("refund"));
    QCOMPARE(idsOf(*m_proxy), QList<qint64>());
    m_proxy->setServerMatches(QStringLiteral("Refund"), {6, 3, 5});
    QCOMPARE(idsOf(*m_proxy), (QList<qint64>{6, 3})); // 5 is closed: not in this view
    // An answer for an older text does not filter the current one.
    m_proxy->setSearchText(QStringLiteral("refunds"));
    QCOMPARE(idsOf(*m_proxy), QList<qint64>());
    m_proxy->setServerMatches(QStringLiteral("refun"), {1});
    QCOMPARE(idsOf(*m_proxy), QList<qint64>());
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestTicketListModel::overdueRowsStandOutAndUnreadIsBold()
{
    fill();
    const QColor red(0xc6, 0x28, 0x28);
    for (int column = 0; column < TicketListModel::ColumnCount; ++column) {
        const QModelIndex overdue = m_model->indexOf(2, column);
        QCOMPARE(overdue.data(Qt::ForegroundRole).value<QBrush>().color(), red);
        QVERIFY(overdue.data(Qt::FontRole).value<QFont>().bold());
    }
    QVERIFY(m_model->indexOf(1, TicketListModel::Customer).data(Qt::FontRole).value<QFont>().bold()); // unread
    QVERIFY(!m_model->indexOf(6, TicketListModel::Customer).data(Qt::FontRole).isValid());            // read
    QVERIFY(m_model->indexOf(6, TicketListModel::Customer).data(Qt::ForegroundRole).isNull());
}

void TestTicketListModel::storeKeepsTheNewestAndIndexesOrders()
{
    fill();
    TicketStore &store = *m_model;
    QCOMPARE(store.ticketCount(), 6);
    QCOMPARE(store.ticketOfOrder(3), std::optional<std::int64_t>(2));
    QCOMPARE(store.ticketOfOrder(4), std::nullopt);
    auto newer = *store.find(2);
    newer.version = 5;
    newer.unread = 4;
    QVERIFY(store.upsert(newer));
    auto older = newer;
    older.version = 4;
    older.unread = 9;
    QVERIFY(!store.upsert(older)); // a slow answer racing a newer one
    QCOMPARE(store.find(2)->unread, 4);
    QVERIFY(!store.upsert(newer)); // nothing new
    // A batch with the same ticket twice keeps the higher version.
    auto a = makeTicket(20, kNow);
    a.version = 3;
    auto b = makeTicket(20, kNow);
    b.version = 2;
    b.unread = 7;
    store.upsertMany({a, b});
    QCOMPARE(store.find(20)->version, 3);
    QVERIFY(store.remove(2));
    QVERIFY(!store.remove(2));
    QCOMPARE(store.ticketOfOrder(3), std::nullopt);
    QCOMPARE(m_model->rowOf(20), 5);
    QCOMPARE(store.ticketIds().size(), std::size_t(6));
}

void TestTicketListModel::columnSortsKeepTheSlaOrderForTies()
{
    fill();
    m_proxy->sort(TicketListModel::Assignee, Qt::AscendingOrder);
    // "" (unassigned, 4 urgent before 1), then operator7 (2 overdue before 6), then operator9.
    QCOMPARE(idsOf(*m_proxy), (QList<qint64>{4, 1, 2, 6, 3}));
    m_proxy->sort(TicketListModel::LastMessage, Qt::AscendingOrder);
    QCOMPARE(idsOf(*m_proxy), (QList<qint64>{6, 4, 1, 2, 3}));
    m_proxy->sort(TicketListModel::Unread, Qt::DescendingOrder);
    QCOMPARE(idsOf(*m_proxy).first(), 2);
}

QTEST_MAIN(TestTicketListModel)
#include "tst_TicketListModel.moc"
