#include "db/repositories/SettingsRepository.h"

#include "p2pdesk/domain/TimeoutPolicy.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TestOperators.h"

#include <QtTest>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

#include <string>

using namespace p2pdesk;
using namespace p2pdesk::test;

class TestSyncdSettings final : public QObject {
    Q_OBJECT

private slots:
    void defaultsWhenUnset();
    void adminReplacesSettings();
    void refusals_data();
    void refusals();
};

namespace {

nlohmann::json settingsBody()
{
    return {{"approval_thresholds", {{"RUB", "250000.00"}, {"USD", "2500.00"}}},
            {"status_timeouts", {{"NEW", 1800}, {"AWAITING_CRYPTO", 5400}}},
            {"max_rate_deviation_percent", "1.5"},
            {"max_rate_hard_deviation_percent", "12.5"},
            {"rate_max_age_seconds", 900},
            {"reason", "new policy"}};
}

long long count(const PgTestDatabase &db, const std::string &sql)
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    return tx.exec1(sql)[0].as<long long>();
}

// Every stored setting, to compare before and after a refused update.
std::string storedSettings(const PgTestDatabase &db)
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    return tx.exec1("SELECT coalesce(string_agg(key || '=' || value::text, ',' ORDER BY key), '') FROM settings")[0]
        .as<std::string>();
}

} // namespace

void TestSyncdSettings::defaultsWhenUnset()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    auto client = clientAs(server, createOperator(server, "op1", {"operator"}));
    const auto got = client.get("/api/v1/settings");
    QCOMPARE(got.status, 200);
    const auto defaults = domain::TimeoutConfig::defaults();
    QCOMPARE(got.json["status_timeouts"].size(), defaults.durations.size());
    for (const auto &[status, seconds] : defaults.durations)
        QCOMPARE(got.json["status_timeouts"][std::string(domain::toString(status))].get<std::int64_t>(),
                 static_cast<std::int64_t>(seconds.count()));
    QCOMPARE(got.json["approval_thresholds"]["RUB"].get<std::string>(), std::string("300000.00"));
    QCOMPARE(got.json["max_rate_deviation_percent"].get<std::string>(), std::string("2.0000"));
    // The hard maximum comes with its migration's default.
    QCOMPARE(got.json["max_rate_hard_deviation_percent"].get<std::string>(), std::string("10.0000"));
    QCOMPARE(count(db, "SELECT count(*) FROM settings WHERE key = 'max_rate_hard_deviation_percent' "
                       "AND value = '\"10.0000\"'"),
             1LL);
    QCOMPARE(got.json["rate_max_age_seconds"].get<std::int64_t>(), std::int64_t(600));
}

void TestSyncdSettings::adminReplacesSettings()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    const auto admin = createOperator(server, "admin1", {"admin"});
    auto client = clientAs(server, admin);
    const auto saved = client.post("/api/v1/admin/settings", settingsBody());
    QCOMPARE(saved.status, 200);

    auto op = clientAs(server, createOperator(server, "op1", {"operator"}));
    const auto got = op.get("/api/v1/settings");
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json["approval_thresholds"].size(), std::size_t(2));
    QCOMPARE(got.json["approval_thresholds"]["USD"].get<std::string>(), std::string("2500.00"));
    QCOMPARE(got.json["status_timeouts"].size(), std::size_t(2));
    QCOMPARE(got.json["status_timeouts"]["AWAITING_CRYPTO"].get<std::int64_t>(), std::int64_t(5400));
    QCOMPARE(got.json["max_rate_deviation_percent"].get<std::string>(), std::string("1.5000"));
    QCOMPARE(got.json["max_rate_hard_deviation_percent"].get<std::string>(), std::string("12.5000"));
    QCOMPARE(got.json["rate_max_age_seconds"].get<std::int64_t>(), std::int64_t(900));

    // The read API the orders area uses.
    auto conn = db.connect();
    pqxx::work work(*conn);
    const auto loaded = syncd::db::SettingsRepository::load(work);
    QCOMPARE(loaded.approvalThresholds.at("RUB").toString(), std::string("250000.00"));
    QCOMPARE(loaded.timeouts.durations.at(domain::OrderStatus::New).count(), 1800LL);
    QVERIFY(!loaded.timeouts.durations.contains(domain::OrderStatus::PaidOut));
    QCOMPARE(loaded.maxRateDeviationPercent.toString(), std::string("1.5000"));
    QCOMPARE(loaded.maxRateHardDeviationPercent.toString(), std::string("12.5000"));
    QCOMPARE(loaded.rateMaxAge.count(), 900LL);
    work.commit();

    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'settings.update' AND reason = 'new policy' "
                       "AND actor = 'operator:" +
                           std::to_string(admin.id) + "'"),
             1LL);
    QCOMPARE(count(db, "SELECT count(*) FROM change_events WHERE kind = 'settings.updated'"), 1LL);

    // Omitted, the hard maximum keeps its stored value.
    auto body = settingsBody();
    body.erase("max_rate_hard_deviation_percent");
    body["max_rate_deviation_percent"] = "3";
    QCOMPARE(client.post("/api/v1/admin/settings", body).status, 200);
    QCOMPARE(op.get("/api/v1/settings").json["max_rate_hard_deviation_percent"].get<std::string>(),
             std::string("12.5000"));
}

void TestSyncdSettings::refusals_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("operator role") << "operator"
                                   << "" << 403 << "forbidden";
    QTest::newRow("senior role") << "senior"
                                 << "" << 403 << "forbidden";
    QTest::newRow("anonymous") << ""
                               << "" << 401 << "unauthorized";
    QTest::newRow("missing reason") << "admin"
                                    << "no-reason" << 422 << "reason_required";
    QTest::newRow("unknown fiat") << "admin"
                                  << "fiat" << 422 << "validation_failed";
    QTest::newRow("threshold too precise") << "admin"
                                           << "precision" << 422 << "validation_failed";
    QTest::newRow("unknown status") << "admin"
                                    << "status" << 422 << "validation_failed";
    QTest::newRow("zero timeout") << "admin"
                                  << "zero-timeout" << 422 << "validation_failed";
    QTest::newRow("deviation above 100") << "admin"
                                         << "deviation" << 422 << "validation_failed";
    QTest::newRow("max age not integer") << "admin"
                                         << "max-age-type" << 422 << "validation_failed";
    QTest::newRow("max age zero") << "admin"
                                  << "max-age-zero" << 422 << "validation_failed";
    QTest::newRow("hard maximum below the soft one") << "admin"
                                                     << "hard-below-soft" << 422 << "validation_failed";
    QTest::newRow("soft above the stored hard maximum") << "admin"
                                                        << "soft-above-stored-hard" << 422 << "validation_failed";
    QTest::newRow("hard maximum too precise") << "admin"
                                              << "hard-precision" << 422 << "validation_failed";
}

void TestSyncdSettings::refusals()
{
    QFETCH(QString, role);
    QFETCH(QString, mutation);
    QFETCH(int, status);
    QFETCH(QString, code);

    PgTestDatabase db;
    SyncdTestServer server(db);
    const std::string before = storedSettings(db);
    auto client = server.client();
    if (!role.isEmpty())
        client.setBearerToken(createSession(db, createOperator(server, "someone", {role.toStdString()}).id));
    auto body = settingsBody();
    if (mutation == QLatin1String("no-reason"))
        body.erase("reason");
    else if (mutation == QLatin1String("fiat"))
        body["approval_thresholds"]["XYZ"] = "1.00";
    else if (mutation == QLatin1String("precision"))
        body["approval_thresholds"]["RUB"] = "1.001";
    else if (mutation == QLatin1String("status"))
        body["status_timeouts"]["SLEEPING"] = 60;
    else if (mutation == QLatin1String("zero-timeout"))
        body["status_timeouts"]["NEW"] = 0;
    else if (mutation == QLatin1String("deviation"))
        body["max_rate_deviation_percent"] = "150";
    else if (mutation == QLatin1String("max-age-type"))
        body["rate_max_age_seconds"] = "soon";
    else if (mutation == QLatin1String("max-age-zero"))
        body["rate_max_age_seconds"] = 0;
    else if (mutation == QLatin1String("hard-below-soft"))
        body["max_rate_hard_deviation_percent"] = "1.4999";
    else if (mutation == QLatin1String("hard-precision"))
        body["max_rate_hard_deviation_percent"] = "10.00001";
    else if (mutation == QLatin1String("soft-above-stored-hard")) {
        body.erase("max_rate_hard_deviation_percent"); // the stored 10.0000 applies
        body["max_rate_deviation_percent"] = "10.0001";
    }
    const auto result = client.post("/api/v1/admin/settings", body);
    QCOMPARE(result.status, status);
    QCOMPARE(QString::fromStdString(result.errorCode()), code);
    QCOMPARE(storedSettings(db), before);
    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE entity = 'settings'"), 0LL);
}

QTEST_GUILESS_MAIN(TestSyncdSettings)
#include "tst_syncd_settings.moc"
