#include "app/Services.h"

#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TestOperators.h"

#include <QtTest>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <atomic>
#include <memory>
#include <set>
#include <string>

using namespace p2pdesk::test;

class TestSyncdRates final : public QObject {
    Q_OBJECT

private slots:
    void adminUpdateIsServedWithSuggestedRate();
    void everyChangeAppendsHistory();
    void staleBaseRateIsFlagged();
    void refusals_data();
    void refusals();
    void cacheIsInvalidatedAcrossInstances();
};

namespace {

nlohmann::json rateBody(const std::string &base = "100.00", const std::string &margin = "2")
{
    return {{"direction", "sell"},       {"asset", "USDT"},          {"network", "TRON"},     {"fiat_currency", "RUB"},
            {"base_rate", base},         {"margin_percent", margin}, {"fixed_fee", "150.00"}, {"min_amount", "1000.00"},
            {"max_amount", "500000.00"}, {"reason", "morning rates"}};
}

long long count(const PgTestDatabase &db, const std::string &sql)
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    return tx.exec1(sql)[0].as<long long>();
}

const nlohmann::json *findRate(const HttpsResult &result, const std::string &direction)
{
    for (const auto &item : result.json["items"]) {
        if (item["direction"] == direction)
            return &item;
    }
    return nullptr;
}

} // namespace

void TestSyncdRates::adminUpdateIsServedWithSuggestedRate()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    const auto admin = createOperator(server, "admin1", {"admin"});
    const auto op = createOperator(server, "op1", {"operator"});
    auto adminClient = clientAs(server, admin);
    auto opClient = clientAs(server, op);

    const auto saved = adminClient.post("/api/v1/admin/rates", rateBody());
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.json["suggested_rate"].get<std::string>(), std::string("98.000000"));

    const auto list = opClient.get("/api/v1/rates");
    QCOMPARE(list.status, 200);
    const auto *rate = findRate(list, "sell");
    QVERIFY(rate != nullptr);
    QCOMPARE((*rate)["asset"].get<std::string>(), std::string("USDT"));
    QCOMPARE((*rate)["base_rate"].get<std::string>(), std::string("100.000000"));
    // Sell: base × (1 − 2 %) rounded down, at the domain's rate scale.
    QCOMPARE((*rate)["suggested_rate"].get<std::string>(), std::string("98.000000"));
    QCOMPARE((*rate)["fixed_fee"].get<std::string>(), std::string("150.00"));
    QCOMPARE((*rate)["min_amount"].get<std::string>(), std::string("1000.00"));
    QCOMPARE((*rate)["max_amount"].get<std::string>(), std::string("500000.00"));
    QCOMPARE((*rate)["stale"].get<bool>(), false);

    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'rate.update' AND reason = 'morning rates' "
                       "AND actor = 'operator:" +
                           std::to_string(admin.id) + "'"),
             1LL);
    QCOMPARE(count(db, "SELECT count(*) FROM change_events WHERE kind = 'rate.updated'"), 1LL);
}

void TestSyncdRates::everyChangeAppendsHistory()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    const auto admin = createOperator(server, "admin1", {"admin"});
    auto client = clientAs(server, admin);
    QCOMPARE(client.post("/api/v1/admin/rates", rateBody("100.00")).status, 200);
    QCOMPARE(client.post("/api/v1/admin/rates", rateBody("101.50", "1.5")).status, 200);

    QCOMPARE(count(db, "SELECT count(*) FROM rates"), 1LL);
    QCOMPARE(count(db, "SELECT version FROM rates"), 2LL);
    QCOMPARE(count(db, "SELECT count(*) FROM rate_history WHERE operator_id = " + std::to_string(admin.id) +
                           " AND reason = 'morning rates'"),
             2LL);
    QCOMPARE(count(db, "SELECT count(*) FROM rate_history WHERE base_rate = 101.5 AND margin_percent = 1.5"), 1LL);
    const auto list = client.get("/api/v1/rates");
    // 101.5 × 0.985 = 99.9775
    QCOMPARE((*findRate(list, "sell"))["suggested_rate"].get<std::string>(), std::string("99.977500"));
}

void TestSyncdRates::staleBaseRateIsFlagged()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    const auto admin = createOperator(server, "admin1", {"admin"});
    auto client = clientAs(server, admin);
    QCOMPARE(client.post("/api/v1/admin/rates", rateBody()).status, 200);
    {
        // Behind the service's back, before any read filled the cache: the base rate is an hour old.
        auto conn = db.connect();
        pqxx::nontransaction tx(*conn);
        tx.exec0("UPDATE rates SET base_updated_at = now() - interval '1 hour'");
    }
    const auto list = client.get("/api/v1/rates");
    QCOMPARE(list.status, 200);
    QCOMPARE((*findRate(list, "sell"))["stale"].get<bool>(), true);
}

void TestSyncdRates::refusals_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("operator role") << "operator"
                                   << ""
                                   << "" << 403 << "forbidden";
    QTest::newRow("senior role") << "senior"
                                 << ""
                                 << "" << 403 << "forbidden";
    QTest::newRow("anonymous") << "anonymous"
                               << ""
                               << "" << 401 << "unauthorized";
    QTest::newRow("missing reason") << "admin"
                                    << "reason"
                                    << "<remove>" << 422 << "reason_required";
    QTest::newRow("blank reason") << "admin"
                                  << "reason"
                                  << "   " << 422 << "reason_required";
    QTest::newRow("unknown asset") << "admin"
                                   << "asset"
                                   << "DOGE" << 422 << "validation_failed";
    QTest::newRow("unknown fiat") << "admin"
                                  << "fiat_currency"
                                  << "XXX" << 422 << "validation_failed";
    QTest::newRow("zero base") << "admin"
                               << "base_rate"
                               << "0" << 422 << "validation_failed";
    QTest::newRow("base too precise") << "admin"
                                      << "base_rate"
                                      << "1.1234567" << 422 << "validation_failed";
    QTest::newRow("fee too precise") << "admin"
                                     << "fixed_fee"
                                     << "1.001" << 422 << "validation_failed";
    QTest::newRow("margin 100 on sell") << "admin"
                                        << "margin_percent"
                                        << "100" << 422 << "validation_failed";
    QTest::newRow("max below min") << "admin"
                                   << "max_amount"
                                   << "10.00" << 422 << "validation_failed";
    QTest::newRow("negative base") << "admin"
                                   << "base_rate"
                                   << "-5" << 422 << "validation_failed";
}

void TestSyncdRates::refusals()
{
    QFETCH(QString, who);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, code);

    PgTestDatabase db;
    SyncdTestServer server(db);
    auto client = server.client();
    if (who != QLatin1String("anonymous")) {
        const auto op = createOperator(server, "someone", {who.toStdString()});
        client.setBearerToken(createSession(db, op.id));
    }
    auto body = rateBody();
    if (!field.isEmpty()) {
        if (value == QLatin1String("<remove>"))
            body.erase(field.toStdString());
        else
            body[field.toStdString()] = value.toStdString();
    }
    const auto result = client.post("/api/v1/admin/rates", body);
    QCOMPARE(result.status, status);
    QCOMPARE(QString::fromStdString(result.errorCode()), code);
    QCOMPARE(count(db, "SELECT count(*) FROM rates"), 0LL);
    QCOMPARE(count(db, "SELECT count(*) FROM rate_history"), 0LL);
}

void TestSyncdRates::cacheIsInvalidatedAcrossInstances()
{
    PgTestDatabase db;
    SyncdTestServer a(db);
    SyncdTestServer b(db);
    const auto admin = createOperator(a, "admin1", {"admin"});
    auto onA = clientAs(a, admin);
    auto onB = clientAs(b, admin);
    // Observers run in subscription order, so when this one has seen A's first rate event, B's rate
    // cache has already dropped what it held before it.
    auto rateEventsOnB = std::make_shared<std::atomic<int>>(0);
    b.app().services().changeListener().subscribe([rateEventsOnB](const std::set<std::string> &kinds) {
        if (kinds.contains("*") || kinds.contains("rate.updated"))
            ++*rateEventsOnB;
    });
    QCOMPARE(onA.post("/api/v1/admin/rates", rateBody("100.00")).status, 200);

    // Fill B's cache only after it saw A's first event (else that event could empty it later and
    // the bypassing write below would show through).
    QTRY_VERIFY(rateEventsOnB->load() >= 1);
    QTRY_COMPARE((*findRate(onB.get("/api/v1/rates"), "sell"))["base_rate"].get<std::string>(),
                 std::string("100.000000"));
    const auto hits = b.app().services().rates().cacheHits();
    {
        // A write that bypasses syncd (no change event) stays invisible: B really serves its cache.
        auto conn = db.connect();
        pqxx::nontransaction tx(*conn);
        tx.exec0("UPDATE rates SET base_rate = 42");
    }
    QCOMPARE((*findRate(onB.get("/api/v1/rates"), "sell"))["base_rate"].get<std::string>(), std::string("100.000000"));
    QVERIFY(b.app().services().rates().cacheHits() > hits);

    // A change through instance A reaches B's cache through LISTEN/NOTIFY and the change feed.
    QCOMPARE(onA.post("/api/v1/admin/rates", rateBody("110.00")).status, 200);
    QTRY_COMPARE((*findRate(onB.get("/api/v1/rates"), "sell"))["base_rate"].get<std::string>(),
                 std::string("110.000000"));
}

QTEST_GUILESS_MAIN(TestSyncdRates)
#include "tst_syncd_rates.moc"
