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
    void telegramSettingsKeptWhenAbsent();
    void dutySwitch();
    void changeReachesEveryOperatorsFeed();
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
    // The two set, plus PAID_OUT: auto-completion, which is never switched off (24 h by default).
    QCOMPARE(got.json["status_timeouts"].size(), std::size_t(3));
    QCOMPARE(got.json["status_timeouts"]["AWAITING_CRYPTO"].get<std::int64_t>(), std::int64_t(5400));
    QCOMPARE(got.json["status_timeouts"]["PAID_OUT"].get<std::int64_t>(), std::int64_t(24 * 3600));
    QCOMPARE(got.json["max_rate_deviation_percent"].get<std::string>(), std::string("1.5000"));
    QCOMPARE(got.json["max_rate_hard_deviation_percent"].get<std::string>(), std::string("12.5000"));
    QCOMPARE(got.json["rate_max_age_seconds"].get<std::int64_t>(), std::int64_t(900));

    // The read API the orders area uses.
    auto conn = db.connect();
    pqxx::work work(*conn);
    const auto loaded = syncd::db::SettingsRepository::load(work);
    QCOMPARE(loaded.approvalThresholds.at("RUB").toString(), std::string("250000.00"));
    QCOMPARE(loaded.timeouts.durations.at(domain::OrderStatus::New).count(), 1800LL);
    QCOMPARE(loaded.timeouts.durations.at(domain::OrderStatus::PaidOut).count(), 24LL * 3600);
    QCOMPARE(loaded.maxRateDeviationPercent.toString(), std::string("1.5000"));
    QCOMPARE(loaded.maxRateHardDeviationPercent.toString(), std::string("12.5000"));
    QCOMPARE(loaded.rateMaxAge.count(), 900LL);
    work.commit();

    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'settings.update' AND reason = 'new policy' "
                       "AND actor = 'operator:" +
                           std::to_string(admin.id) + "'"),
             1LL);
    QCOMPARE(count(db, "SELECT count(*) FROM change_events WHERE kind = 'settings.updated'"), 1LL);
    // The audit row reads old -> new: the defaults under "old", the new values at the top, and the
    // names of what changed.
    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'settings.update' AND "
                       "payload->'old'->>'max_rate_deviation_percent' = '2.0000' AND "
                       "payload->>'max_rate_deviation_percent' = '1.5000' AND "
                       "payload->'old'->'approval_thresholds'->>'RUB' = '300000.00' AND "
                       "payload->'approval_thresholds'->>'RUB' = '250000.00' AND "
                       "payload->'old'->>'rate_max_age_seconds' = '600' AND payload->>'rate_max_age_seconds' = '900' "
                       "AND payload->'changed' ? 'max_rate_deviation_percent' AND "
                       "payload->'changed' ? 'approval_thresholds' AND NOT payload->'changed' ? 'quote_lock_minutes'"),
             1LL);

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
    QTest::newRow("quote lock zero") << "admin"
                                     << "quote-lock-zero" << 422 << "validation_failed";
    QTest::newRow("auto complete above 720") << "admin"
                                             << "auto-complete-high" << 422 << "validation_failed";
    QTest::newRow("first response above a week") << "admin"
                                                 << "first-response-high" << 422 << "validation_failed";
    QTest::newRow("next response negative") << "admin"
                                            << "next-response-negative" << 422 << "validation_failed";
    QTest::newRow("flood limit above 600") << "admin"
                                           << "flood-high" << 422 << "validation_failed";
    QTest::newRow("on duty not a boolean") << "admin"
                                           << "duty-type" << 422 << "validation_failed";
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
    } else if (mutation == QLatin1String("quote-lock-zero"))
        body["quote_lock_minutes"] = 0;
    else if (mutation == QLatin1String("auto-complete-high"))
        body["auto_complete_hours"] = 721;
    else if (mutation == QLatin1String("first-response-high"))
        body["ticket_first_response_minutes"] = 10081;
    else if (mutation == QLatin1String("next-response-negative"))
        body["ticket_next_response_minutes"] = -5;
    else if (mutation == QLatin1String("flood-high"))
        body["bot_messages_per_minute"] = 601;
    else if (mutation == QLatin1String("duty-type"))
        body["desk_requires_on_duty"] = "yes";
    const auto result = client.post("/api/v1/admin/settings", body);
    QCOMPARE(result.status, status);
    QCOMPARE(QString::fromStdString(result.errorCode()), code);
    QCOMPARE(storedSettings(db), before);
    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE entity = 'settings'"), 0LL);
    QCOMPARE(count(db, "SELECT count(*) FROM change_events WHERE kind = 'settings.updated'"), 0LL);
}

// The bot's settings come with their defaults, are stored when given and kept when an update (from
// a workstation that predates them) leaves them out.
void TestSyncdSettings::telegramSettingsKeptWhenAbsent()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    auto admin = clientAs(server, createOperator(server, "admin1", {"admin"}));
    const auto defaults = admin.get("/api/v1/admin/settings");
    QCOMPARE(defaults.status, 200);
    QCOMPARE(defaults.json["quote_lock_minutes"].get<int>(), 15);
    QCOMPARE(defaults.json["auto_complete_hours"].get<int>(), 24);
    QCOMPARE(defaults.json["ticket_first_response_minutes"].get<int>(), 15);
    QCOMPARE(defaults.json["ticket_next_response_minutes"].get<int>(), 60);
    QCOMPARE(defaults.json["desk_requires_on_duty"].get<bool>(), true);
    QCOMPARE(defaults.json["bot_messages_per_minute"].get<int>(), 20);

    auto body = settingsBody();
    body["quote_lock_minutes"] = 30;
    body["auto_complete_hours"] = 48;
    body["ticket_first_response_minutes"] = 5;
    body["ticket_next_response_minutes"] = 120;
    body["desk_requires_on_duty"] = false;
    body["bot_messages_per_minute"] = 600;
    const auto saved = admin.post("/api/v1/admin/settings", body);
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.json["quote_lock_minutes"].get<int>(), 30);
    QCOMPARE(saved.json["desk_requires_on_duty"].get<bool>(), false);

    // An old workstation's update: none of the new keys.
    const auto old = admin.post("/api/v1/admin/settings", settingsBody());
    QCOMPARE(old.status, 200);
    auto conn = db.connect();
    pqxx::work work(*conn);
    const auto loaded = syncd::db::SettingsRepository::load(work);
    QCOMPARE(loaded.quoteLockMinutes, 30);
    QCOMPARE(loaded.autoCompleteHours, 48);
    QCOMPARE(loaded.ticketFirstResponseMinutes, 5);
    QCOMPARE(loaded.ticketNextResponseMinutes, 120);
    QCOMPARE(loaded.deskRequiresOnDuty, false);
    QCOMPARE(loaded.botMessagesPerMinute, 600);
    work.commit();
    QCOMPARE(count(db, "SELECT count(*) FROM settings WHERE key = 'quote_lock_minutes' AND value = '30'"), 1LL);

    // Auto-completion is the PAID_OUT timeout: one value under two names, whichever is set wins.
    const auto current = admin.get("/api/v1/admin/settings");
    QCOMPARE(current.json["status_timeouts"]["PAID_OUT"].get<int>(), 48 * 3600);
    auto viaTimeouts = settingsBody();
    viaTimeouts["status_timeouts"]["PAID_OUT"] = 7200;
    QCOMPARE(admin.post("/api/v1/admin/settings", viaTimeouts).json["auto_complete_hours"].get<int>(), 2);
    auto viaHours = settingsBody();
    viaHours["status_timeouts"]["PAID_OUT"] = 7200;
    viaHours["auto_complete_hours"] = 5;
    QCOMPARE(admin.post("/api/v1/admin/settings", viaHours).json["status_timeouts"]["PAID_OUT"].get<int>(), 5 * 3600);
    QCOMPARE(admin.get("/api/v1/admin/settings").json["auto_complete_hours"].get<int>(), 5);
}

void TestSyncdSettings::dutySwitch()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    for (const char *role : {"operator", "senior", "admin"}) {
        const auto op = createOperator(server, std::string("duty-") + role, {role});
        auto client = clientAs(server, op);
        QCOMPARE(client.get("/api/v1/me").json["on_duty"].get<bool>(), false);
        const auto on = client.request("PUT", "/api/v1/me/duty", R"({"on_duty":true})", "application/json");
        QCOMPARE(on.status, 200);
        QCOMPARE(on.json["on_duty"].get<bool>(), true);
        QCOMPARE(client.get("/api/v1/me").json["on_duty"].get<bool>(), true);
        const auto id = std::to_string(op.id);
        QCOMPARE(count(db, "SELECT count(*) FROM operators WHERE on_duty AND id = " + id), 1LL);
        QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'operator.duty' AND actor = 'operator:" + id +
                               "' AND entity_id = '" + id + "'"),
                 1LL);
        QCOMPARE(count(db, "SELECT count(*) FROM change_events WHERE kind = 'operator.updated' AND "
                           "payload->>'change' = 'on_duty' AND (payload->>'operator_id')::bigint = " +
                               id),
                 1LL);
        const auto off = client.request("PUT", "/api/v1/me/duty", R"({"on_duty":false})", "application/json");
        QCOMPARE(off.status, 200);
        QCOMPARE(off.json["on_duty"].get<bool>(), false);
        QCOMPARE(count(db, "SELECT count(*) FROM operators WHERE on_duty AND id = " + id), 0LL);
    }

    // Bad input: a clear code and nothing written.
    const auto op = createOperator(server, "duty-bad", {"operator"});
    auto client = clientAs(server, op);
    const auto bad = client.request("PUT", "/api/v1/me/duty", R"({"on_duty":"yes"})", "application/json");
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.errorCode(), std::string("validation_failed"));
    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'operator.duty' AND actor = 'operator:" +
                           std::to_string(op.id) + "'"),
             0LL);
    auto anonymous = server.client();
    QCOMPARE(anonymous.request("PUT", "/api/v1/me/duty", R"({"on_duty":true})", "application/json").status, 401);
}

// An admin's change reaches every workstation through the change feed, new values included: a
// plain operator's long-poll wakes with a settings.updated event whose payload is what GET
// /settings now serves, so an approvals inbox applies the new threshold without a re-login.
void TestSyncdSettings::changeReachesEveryOperatorsFeed()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    auto admin = clientAs(server, createOperator(server, "admin1", {"admin"}));
    auto senior = clientAs(server, createOperator(server, "senior1", {"operator", "senior"}));
    const auto start = senior.get("/api/v1/changes?since=0&wait=0");
    QCOMPARE(start.status, 200);
    const auto since = start.json["last_seq"].get<std::int64_t>();

    auto body = settingsBody();
    body["approval_thresholds"]["RUB"] = "1000.00";
    QCOMPARE(admin.post("/api/v1/admin/settings", body).status, 200);

    const auto feed = senior.get("/api/v1/changes?since=" + std::to_string(since) + "&wait=5");
    QCOMPARE(feed.status, 200);
    const auto &events = feed.json["events"];
    QCOMPARE(events.size(), std::size_t(1));
    const auto &event = events[0];
    QCOMPARE(event["kind"].get<std::string>(), std::string("settings.updated"));
    QVERIFY(!event.contains("order_id"));
    const auto served = senior.get("/api/v1/settings");
    QCOMPARE(served.status, 200);
    QCOMPARE(event["payload"]["settings"], served.json);
    QCOMPARE(event["payload"]["settings"]["approval_thresholds"]["RUB"].get<std::string>(), std::string("1000.00"));
    QCOMPARE(event["payload"]["settings"]["rate_max_age_seconds"].get<std::int64_t>(), std::int64_t(900));
    // One event, with the audit entry (a refused update writes neither: see refusals()).
    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'settings.update'"), 1LL);
    QCOMPARE(count(db, "SELECT count(*) FROM change_events WHERE kind = 'settings.updated' AND order_id IS NULL "
                       "AND payload->'settings'->'approval_thresholds'->>'RUB' = '1000.00'"),
             1LL);
}

QTEST_GUILESS_MAIN(TestSyncdSettings)
#include "tst_syncd_settings.moc"
