#include "Orders.h"
#include "core/LocalCache.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

private:
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
};

void TestLocalCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_LocalCache.moc"
