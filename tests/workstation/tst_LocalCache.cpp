#include "FreshAppData.h"
#include "Orders.h"
#include "SupportInboxFixtures.h"
#include "core/LocalCache.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

class TestLocalCache : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultPathIsPerServerAndOperator();
    void freshCacheIsEmpty();
    void roundTripsOrdersExactly();
    void keepsTheNewestVersion();
    void lastSeqSurvivesReopenAndNeverGoesBack();
    void removesOrders();
    void clearEmptiesEverything();
    void roundTripsTicketsExactly();
    void keepsTheNewestTicketVersion();
    void upgradesAnOlderCacheKeepingItsOrders();
    void upgradesASupportInboxCacheKeepingItsTickets();
    void replacesACacheOfANewerWorkstation();

private:
    p2pdesk::workstation::FreshAppData m_appData;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
};

void TestLocalCache::initTestCase()
{
    QVERIFY(m_appData.isValid()); // a home of this run's own (FreshAppData.h)
    QVERIFY(m_dir.isValid());
}

void TestLocalCache::defaultPathIsPerServerAndOperator()
{
    const QString a = LocalCache::defaultPath(QStringLiteral("https://desk:8443"), QStringLiteral("alice"));
    QVERIFY(a.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
    QVERIFY(a.endsWith(QStringLiteral(".sqlite")));
    QCOMPARE(LocalCache::defaultPath(QStringLiteral("https://desk:8443"), QStringLiteral("alice")), a);
    QVERIFY(LocalCache::defaultPath(QStringLiteral("https://desk:8443"), QStringLiteral("bob")) != a);
    QVERIFY(LocalCache::defaultPath(QStringLiteral("https://other:8443"), QStringLiteral("alice")) != a);
}

void TestLocalCache::freshCacheIsEmpty()
{
    LocalCache cache;
    QVERIFY2(cache.open(path("fresh.sqlite")), qPrintable(cache.errorString()));
    QVERIFY(cache.loadAll().empty());
    QCOMPARE(cache.lastSeq(), 0);
}

void TestLocalCache::roundTripsOrdersExactly()
{
    proto::OrderSummary big = makeOrder(1, domain::OrderStatus::Assigned, "12345678901.99");
    big.finalRate = domain::Decimal::parse("91.123456").value();
    big.holder = proto::OperatorRef{7, "alice"};
    big.risk = {proto::RiskBrief{"single_order_max", proto::RiskSeverity::Hold}};
    big.statusDeadline = timestampFromMsecs(1'700'000'900'000LL);
    {
        LocalCache cache;
        QVERIFY(cache.open(path("roundtrip.sqlite")));
        QVERIFY(cache.applyChanges({big, makeOrder(2)}, {}, 10));
    }
    LocalCache reopened;
    QVERIFY(reopened.open(path("roundtrip.sqlite")));
    auto orders = reopened.loadAll();
    QCOMPARE(orders.size(), std::size_t(2));
    std::sort(orders.begin(), orders.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    QCOMPARE(proto::serialize(orders[0]), proto::serialize(big));
    QCOMPARE(orders[0].amountFiat.toString(), std::string("12345678901.99"));
    QCOMPARE(orders[1].id, 2);
}

void TestLocalCache::keepsTheNewestVersion()
{
    LocalCache cache;
    QVERIFY(cache.open(path("versions.sqlite")));
    QVERIFY(cache.applyChanges({makeOrder(1, domain::OrderStatus::Assigned, "1000.00", 3)}, {}, 5));
    // A late answer with an older version must not overwrite the newer one.
    QVERIFY(cache.applyChanges({makeOrder(1, domain::OrderStatus::New, "1000.00", 2)}, {}, 6));
    QCOMPARE(statusName(cache.loadAll().at(0).status), statusName(domain::OrderStatus::Assigned));
    QVERIFY(cache.applyChanges({makeOrder(1, domain::OrderStatus::AwaitingCrypto, "1000.00", 4)}, {}, 7));
    QCOMPARE(statusName(cache.loadAll().at(0).status), statusName(domain::OrderStatus::AwaitingCrypto));
    QCOMPARE(cache.orderCount(), 1);
}

void TestLocalCache::lastSeqSurvivesReopenAndNeverGoesBack()
{
    {
        LocalCache cache;
        QVERIFY(cache.open(path("seq.sqlite")));
        QVERIFY(cache.applyChanges({}, {}, 41));
        QVERIFY(cache.applyChanges({}, {}, 40));
        QCOMPARE(cache.lastSeq(), 41);
    }
    LocalCache reopened;
    QVERIFY(reopened.open(path("seq.sqlite")));
    QCOMPARE(reopened.lastSeq(), 41);
}

void TestLocalCache::removesOrders()
{
    LocalCache cache;
    QVERIFY(cache.open(path("remove.sqlite")));
    QVERIFY(cache.applyChanges({makeOrder(1), makeOrder(2), makeOrder(3)}, {}, 1));
    QVERIFY(cache.applyChanges({}, {2}, 2));
    const auto orders = cache.loadAll();
    QCOMPARE(orders.size(), std::size_t(2));
    for (const auto &order : orders)
        QVERIFY(order.id != 2);
}

void TestLocalCache::clearEmptiesEverything()
{
    LocalCache cache;
    QVERIFY(cache.open(path("clear.sqlite")));
    QVERIFY(cache.applyChanges({makeOrder(1)}, {}, 9));
    QVERIFY(cache.clear());
    QVERIFY(cache.loadAll().empty());
    QCOMPARE(cache.lastSeq(), 0);
}

void TestLocalCache::roundTripsTicketsExactly()
{
    constexpr qint64 now = 1'700'000'000'000LL;
    auto order = assignedTo(withOrder(makeTicket(1, now), 3, "AWAITING_CRYPTO"), 7);
    order.customerFirstName = "Иван";
    order.priority = "urgent";
    order.nextResponseDueAt = timestampFromMsecs(now + 123);
    order.firstRespondedAt = timestampFromMsecs(now - 456);
    order.unread = 12;
    order.overdue = true;
    const auto general = closed(makeTicket(2, now), now);
    {
        LocalCache cache;
        QVERIFY(cache.open(path("tickets.sqlite")));
        QVERIFY(cache.storeTickets({order, general}));
        QCOMPARE(cache.ticketCount(), 2);
    }
    LocalCache reopened;
    QVERIFY(reopened.open(path("tickets.sqlite")));
    auto tickets = reopened.loadTickets();
    QCOMPARE(tickets.size(), std::size_t(2));
    std::sort(tickets.begin(), tickets.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    QCOMPARE(proto::serialize(tickets[0]), proto::serialize(order));
    QCOMPARE(proto::serialize(tickets[1]), proto::serialize(general));
    // Orders and tickets are kept apart.
    QVERIFY(reopened.loadAll().empty());
    QVERIFY(reopened.storeTickets({}, {1}));
    QCOMPARE(reopened.ticketCount(), 1);
    QVERIFY(reopened.clear());
    QCOMPARE(reopened.ticketCount(), 0);
}

void TestLocalCache::keepsTheNewestTicketVersion()
{
    constexpr qint64 now = 1'700'000'000'000LL;
    LocalCache cache;
    QVERIFY(cache.open(path("ticket-versions.sqlite")));
    auto ticket = makeTicket(1, now);
    ticket.version = 3;
    QVERIFY(cache.storeTickets({ticket}));
    auto older = ticket;
    older.version = 2;
    older.unread = 9;
    QVERIFY(cache.storeTickets({older}));
    QCOMPARE(cache.loadTickets().at(0).unread, 1);
    // The same version replaces: the reader's unread count moves without the ticket changing.
    auto read = ticket;
    read.unread = 0;
    QVERIFY(cache.storeTickets({read}));
    QCOMPARE(cache.loadTickets().at(0).unread, 0);
}

void TestLocalCache::upgradesAnOlderCacheKeepingItsOrders()
{
    // A cache as the workstation before the support inbox wrote it (schema 1: orders and meta).
    const QString file = path("schema1.sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema1"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        const proto::OrderSummary order = makeOrder(1);
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE orders (id INTEGER PRIMARY KEY, code TEXT NOT NULL, status TEXT NOT NULL, holder_id INTEGER, "
            "version INTEGER NOT NULL, created_at INTEGER NOT NULL, json BLOB NOT NULL)")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)")));
        query.prepare(QStringLiteral("INSERT INTO orders VALUES (1, 'P-1001', 'NEW', NULL, 1, 0, ?)"));
        query.bindValue(0, QByteArray::fromStdString(proto::serialize(order)));
        QVERIFY(query.exec());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO meta VALUES ('last_seq', 17)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema1"));
    LocalCache cache;
    QVERIFY2(cache.open(file), qPrintable(cache.errorString()));
    QCOMPARE(cache.loadAll().size(), std::size_t(1)); // no full resync for a table that was only added
    QCOMPARE(cache.lastSeq(), 17);
    QVERIFY(cache.storeTickets({makeTicket(1, 1'700'000'000'000LL)}));
    QCOMPARE(cache.ticketCount(), 1);
    TicketDraft draft;
    draft.text = QStringLiteral("half an answer");
    QVERIFY2(cache.saveTicketDraft(3, draft), qPrintable(cache.errorString()));
    QCOMPARE(cache.ticketDraft(3)->text, draft.text);
}

void TestLocalCache::upgradesASupportInboxCacheKeepingItsTickets()
{
    // Schema 2 (orders and tickets, no chat drafts yet): one step adds the drafts.
    const QString file = path("schema2.sqlite");
    {
        LocalCache cache;
        QVERIFY(cache.open(file));
        QVERIFY(cache.applyChanges({makeOrder(1)}, {}, 9));
        QVERIFY(cache.storeTickets({makeTicket(1, 1'700'000'000'000LL)}));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema2"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TABLE ticket_drafts")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema2"));
    LocalCache cache;
    QVERIFY2(cache.open(file), qPrintable(cache.errorString()));
    QCOMPARE(cache.lastSeq(), 9);
    QCOMPARE(cache.ticketCount(), 1);
    TicketDraft draft;
    draft.text = QStringLiteral("half an answer");
    QVERIFY2(cache.saveTicketDraft(1, draft), qPrintable(cache.errorString()));
    QCOMPARE(cache.ticketDraft(1)->text, draft.text);
}

void TestLocalCache::replacesACacheOfANewerWorkstation()
{
    const QString file = path("newer.sqlite");
    {
        LocalCache cache;
        QVERIFY(cache.open(file));
        QVERIFY(cache.applyChanges({makeOrder(1)}, {}, 5));
        QVERIFY(cache.storeTickets({makeTicket(1, 1'700'000'000'000LL)}));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE from_the_future (x INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    LocalCache cache;
    QVERIFY2(cache.open(file), qPrintable(cache.errorString()));
    QVERIFY(cache.loadAll().empty());
    QCOMPARE(cache.lastSeq(), 0);
    QCOMPARE(cache.ticketCount(), 0);
}

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_LocalCache.moc"
