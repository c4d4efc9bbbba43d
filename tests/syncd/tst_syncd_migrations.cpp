#include "SyncdProcess.h"
#include "db/Migrator.h"

#include "p2pdesk/test/PgTestDatabase.h"

#include <QtTest>
#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

#include <set>
#include <string>

using namespace p2pdesk;
using p2pdesk::test::PgTestDatabase;

class TestSyncdMigrations final : public QObject {
    Q_OBJECT

private slots:
    void embeddedMigrationsAreNumberedInOrder();
    void migrateIsIdempotent();
    void refusesANewerDatabase();
    void cliMigrate();
    void everyEntityHasATable_data();
    void everyEntityHasATable();
    void finalRateIsImmutable();
    void constraintsRejectBadRows_data();
    void constraintsRejectBadRows();
};

namespace {

long long scalar(pqxx::connection &conn, const std::string &sql)
{
    pqxx::nontransaction tx(conn);
    return tx.exec1(sql)[0].as<long long>();
}

// A customer and an order in status NEW; returns the order id.
long long seedOrder(pqxx::connection &conn)
{
    pqxx::work tx(conn);
    const auto customer = tx.exec1("INSERT INTO customers (tg_user_id) VALUES (1001) RETURNING id")[0].as<long long>();
    const auto order = tx.exec_params1("INSERT INTO orders (public_code, direction, asset, network, fiat_currency, "
                                       "amount_crypto, customer_id) VALUES ('AB12', 'crypto_to_fiat', 'USDT', 'TRON', "
                                       "'RUB', 100.5, $1) RETURNING id",
                                       customer)[0]
                           .as<long long>();
    tx.commit();
    return order;
}

} // namespace

void TestSyncdMigrations::embeddedMigrationsAreNumberedInOrder()
{
    const auto &migrations = syncd::db::embeddedMigrations();
    QVERIFY(!migrations.empty());
    QCOMPARE(migrations.front().version, 1);
    for (std::size_t i = 1; i < migrations.size(); ++i)
        QVERIFY(migrations[i].version > migrations[i - 1].version);
}

void TestSyncdMigrations::migrateIsIdempotent()
{
    PgTestDatabase db(PgTestDatabase::Schema::Empty);
    auto conn = db.connect();
    const syncd::db::Migrator migrator;
    QCOMPARE(migrator.status(*conn).current, 0);
    const auto applied = migrator.migrate(*conn);
    QCOMPARE(applied.size(), syncd::db::embeddedMigrations().size());
    QVERIFY(migrator.status(*conn).isCurrent());
    const auto tables = scalar(*conn, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
    QVERIFY(migrator.migrate(*conn).empty());
    QCOMPARE(scalar(*conn, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), tables);
    QCOMPARE(scalar(*conn, "SELECT count(*) FROM schema_migrations"),
             static_cast<long long>(syncd::db::embeddedMigrations().size()));
}

void TestSyncdMigrations::refusesANewerDatabase()
{
    PgTestDatabase db;
    auto conn = db.connect();
    {
        pqxx::work tx(*conn);
        tx.exec0("INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, 'from_the_future', '')");
        tx.commit();
    }
    const syncd::db::Migrator migrator;
    QVERIFY_THROWS_EXCEPTION(syncd::db::SchemaTooNew, migrator.migrate(*conn));
    QVERIFY(!migrator.status(*conn).isCurrent());
    QCOMPARE(migrator.status(*conn).current, 9999);
}

void TestSyncdMigrations::cliMigrate()
{
    PgTestDatabase db(PgTestDatabase::Schema::Empty);
    const auto first = runSyncd({QStringLiteral("migrate")}, db.configOverrides());
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QStringLiteral("applied")), qPrintable(first.out + first.err));
    const auto second = runSyncd({QStringLiteral("migrate")}, db.configOverrides());
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QStringLiteral("current")), qPrintable(second.out));

    {
        auto conn = db.connect();
        pqxx::work tx(*conn);
        tx.exec0("INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, 'from_the_future', '')");
        tx.commit();
    }
    const auto refused = runSyncd({QStringLiteral("migrate")}, db.configOverrides());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(QStringLiteral("newer")));
}

void TestSyncdMigrations::everyEntityHasATable_data()
{
    QTest::addColumn<QString>("table");
    for (const char *t : {"orders",
                          "order_history",
                          "customers",
                          "payout_accounts",
                          "rates",
                          "rate_history",
                          "operators",
                          "sessions",
                          "crypto_wallets",
                          "banks",
                          "limits",
                          "risk_flags",
                          "approvals",
                          "attachments",
                          "annotations",
                          "support_tickets",
                          "ticket_messages",
                          "canned_replies",
                          "checklists",
                          "checklist_items",
                          "order_checklist_items",
                          "feature_flags",
                          "settings",
                          "audit_log",
                          "change_events",
                          "tg_updates",
                          "outbox",
                          "idempotency_keys",
                          "schema_migrations"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestSyncdMigrations::everyEntityHasATable()
{
    QFETCH(QString, table);
    static PgTestDatabase db; // one migrated database for all rows
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    QVERIFY(tx.exec_params1("SELECT to_regclass($1) IS NOT NULL", table.toStdString())[0].as<bool>());
}

void TestSyncdMigrations::finalRateIsImmutable()
{
    PgTestDatabase db;
    auto conn = db.connect();
    const auto order = seedOrder(*conn);
    {
        pqxx::work tx(*conn);
        tx.exec_params0("UPDATE orders SET status = 'ASSIGNED', final_rate = 92.15 WHERE id = $1", order);
        tx.commit();
    }
    {
        pqxx::work tx(*conn);
        QVERIFY_THROWS_EXCEPTION(pqxx::sql_error,
                                 tx.exec_params0("UPDATE orders SET final_rate = 93 WHERE id = $1", order));
    }
    {
        pqxx::work tx(*conn);
        QVERIFY_THROWS_EXCEPTION(pqxx::sql_error,
                                 tx.exec_params0("UPDATE orders SET final_rate = NULL WHERE id = $1", order));
    }
    {
        // Other columns still change, and setting the same value is not a change.
        pqxx::work tx(*conn);
        tx.exec_params0("UPDATE orders SET status = 'AWAITING_CRYPTO', final_rate = 92.15, version = version + 1 "
                        "WHERE id = $1",
                        order);
        tx.commit();
    }
    pqxx::nontransaction q(*conn);
    QCOMPARE(q.exec_params1("SELECT final_rate::text FROM orders WHERE id = $1", order)[0].as<std::string>(),
             std::string("92.1500000000"));
}

void TestSyncdMigrations::constraintsRejectBadRows_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("negative amount") << "UPDATE orders SET amount_crypto = -1";
    QTest::newRow("unknown status") << "UPDATE orders SET status = 'LOST'";
    QTest::newRow("taken without rate") << "UPDATE orders SET status = 'ASSIGNED'";
    QTest::newRow("dispute without origin") << "UPDATE orders SET status = 'DISPUTE', final_rate = 1";
    QTest::newRow("bad fiat code") << "UPDATE orders SET fiat_currency = 'rub'";
    QTest::newRow("unknown role")
        << "INSERT INTO operators (username, roles, password_hash) VALUES ('x1', '{root}', 'h')";
    QTest::newRow("duplicate username")
        << "INSERT INTO operators (username, password_hash) VALUES ('Anna', 'h'), ('anna', 'h')";
    QTest::newRow("approval decision") << "INSERT INTO approvals (order_id, order_version, approver_id, decision) "
                                          "SELECT id, 1, 1, 'maybe' FROM orders";
    QTest::newRow("audit half sealed") << "INSERT INTO audit_log (actor, action, entity, hash) VALUES "
                                          "('system', 'x', 'y', sha256('z'))";
}

void TestSyncdMigrations::constraintsRejectBadRows()
{
    QFETCH(QString, sql);
    PgTestDatabase db;
    auto conn = db.connect();
    seedOrder(*conn);
    pqxx::work tx(*conn);
    QVERIFY_THROWS_EXCEPTION(pqxx::sql_error, tx.exec0(sql.toStdString()));
}

QTEST_GUILESS_MAIN(TestSyncdMigrations)
#include "tst_syncd_migrations.moc"
