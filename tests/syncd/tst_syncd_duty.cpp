#include "tst_syncd_orders_fixture.h"

#include <QtTest>

#include <chrono>
#include <ctime>
#include <string>

using namespace p2pdesk;
using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

// The on-duty roster (GET /api/v1/duty) over the real syncd: who counts as on duty (active accounts
// that work orders, switch on), whether that opens the bot, the setting that makes duty matter, and
// the switch's audit row and change event that tell the workstations to reload.
class TestSyncdDuty final : public QObject {
    Q_OBJECT

private slots:
    void rosterListsWhoWorksOrders();
    void settingOffKeepsTheDeskOpen();
    void switchIsAuditedAndAnnounced();
    void hoursCloseTheDeskAndSayWhenItOpens();
    void hoursAreCheckedBeforeTheyAreStored();
};

namespace {

constexpr const char *kDuty = "/api/v1/duty";

HttpsResult setDuty(HttpsTestClient &client, bool on)
{
    return client.request("PUT", "/api/v1/me/duty", nlohmann::json{{"on_duty", on}}.dump(), "application/json");
}

std::string names(const HttpsResult &roster)
{
    std::string out;
    for (const auto &op : roster.json.at("on_duty"))
        out += (out.empty() ? "" : ",") + op.at("username").get<std::string>();
    return out;
}

// The weekday key ("mon".."sun") of the desk's local day `ahead` days from now.
std::string weekdayKeyAhead(int offsetMinutes, int ahead)
{
    using namespace std::chrono;
    static const char *const kKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const auto local = floor<days>(system_clock::now() + minutes(offsetMinutes) + days(ahead));
    return kKeys[weekday(local).iso_encoding() - 1];
}

// 09:00 local on the desk's local day `ahead` days from now, as syncd writes a timestamp.
std::string nineOClockAhead(int offsetMinutes, int ahead)
{
    using namespace std::chrono;
    const auto local = floor<days>(system_clock::now() + minutes(offsetMinutes) + days(ahead));
    const auto at = sys_seconds(local) + hours(9) - minutes(offsetMinutes);
    const std::time_t t = system_clock::to_time_t(at);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

HttpsResult saveHours(HttpsTestClient &admin, const nlohmann::json &hours)
{
    auto settings = admin.get("/api/v1/admin/settings").json;
    settings["desk_hours"] = hours;
    settings["reason"] = "opening hours";
    return admin.post("/api/v1/admin/settings", settings);
}

} // namespace

void TestSyncdDuty::rosterListsWhoWorksOrders()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    const auto empty = op1.get(kDuty);
    QCOMPARE(empty.status, 200);
    QCOMPARE(names(empty), std::string());
    QCOMPARE(empty.json.at("requires_on_duty").get<bool>(), true); // the default
    QCOMPARE(empty.json.at("open").get<bool>(), false);

    QCOMPARE(setDuty(op1, true).status, 200);
    auto senior = w.as(w.senior2);
    QCOMPARE(setDuty(senior, true).status, 200);
    // An admin-only account does not work orders: its switch does not open the desk.
    auto admin = w.as(w.admin);
    QCOMPARE(setDuty(admin, true).status, 200);
    const auto roster = admin.get(kDuty); // any account reads it
    QCOMPARE(roster.status, 200);
    QCOMPARE(names(roster), std::string("op1,senior2"));
    QCOMPARE(roster.json.at("on_duty")[0].at("id").get<std::int64_t>(), w.op1.id);
    QCOMPARE(roster.json.at("open").get<bool>(), true);

    // Off again, and a deactivated account's switch no longer counts.
    QCOMPARE(setDuty(op1, false).status, 200);
    w.sql("UPDATE operators SET active = false WHERE username = 'senior2'");
    const auto closed = op1.get(kDuty);
    QCOMPARE(names(closed), std::string());
    QCOMPARE(closed.json.at("open").get<bool>(), false);
    QCOMPARE(w.server->client().get(kDuty).status, 401);
}

void TestSyncdDuty::settingOffKeepsTheDeskOpen()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    auto settings = admin.get("/api/v1/admin/settings").json;
    settings["desk_requires_on_duty"] = false;
    settings["reason"] = "the bot takes orders around the clock";
    QCOMPARE(admin.post("/api/v1/admin/settings", settings).status, 200);
    const auto roster = w.as(w.op2).get(kDuty);
    QCOMPARE(roster.json.at("requires_on_duty").get<bool>(), false);
    QCOMPARE(roster.json.at("open").get<bool>(), true);
    QCOMPARE(names(roster), std::string());
}

void TestSyncdDuty::switchIsAuditedAndAnnounced()
{
    OrdersWorld w;
    auto op2 = w.as(w.op2);
    const auto since = std::stoll(w.scalar("SELECT coalesce(max(seq), 0) FROM change_events"));
    QCOMPARE(setDuty(op2, true).status, 200);
    QCOMPARE(w.scalar("SELECT actor || ':' || (payload->>'on_duty') FROM audit_log WHERE action = 'operator.duty'"),
             "operator:" + std::to_string(w.op2.id) + ":true");
    const auto events = awaitFeedEvents(op2, since, [](const nlohmann::json &event) {
        return event.at("kind") == "operator.updated" && event.at("payload").value("change", "") == "on_duty";
    });
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].at("payload").at("operator_id").get<std::int64_t>(), w.op2.id);
    QCOMPARE(events[0].at("payload").at("on_duty").get<bool>(), true);
}

void TestSyncdDuty::hoursCloseTheDeskAndSayWhenItOpens()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    QCOMPARE(setDuty(op1, true).status, 200);
    auto admin = w.as(w.admin);
    // Off by default: the clock closes nothing.
    const auto before = op1.get(kDuty);
    QCOMPARE(before.json.at("within_hours").get<bool>(), true);
    QVERIFY(!before.json.contains("opens_at"));
    QCOMPARE(admin.get("/api/v1/admin/settings").json.at("desk_hours").at("enabled").get<bool>(), false);

    // Open one hour, two days ahead (Moscow time): closed now, with an operator on duty.
    const std::string day = weekdayKeyAhead(180, 2);
    const auto saved =
        saveHours(admin, {{"enabled", true}, {"utc_offset_minutes", 180}, {"days", {{day, " 9:00 \u2013 10:00"}}}});
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.json.at("desk_hours").at("days").at(day).get<std::string>(), std::string("09:00-10:00"));
    const auto closed = op1.get(kDuty);
    QCOMPARE(closed.json.at("within_hours").get<bool>(), false);
    QCOMPARE(closed.json.at("open").get<bool>(), false);
    QCOMPARE(closed.json.at("opens_at").get<std::string>(), nineOClockAhead(180, 2));
    QCOMPARE(names(closed), std::string("op1")); // still on duty: the hours close the desk, not the roster

    // Every day, all day: open again, and the hours are kept while switched off.
    nlohmann::json always = nlohmann::json::object();
    for (const char *key : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
        always[key] = "00:00-24:00";
    QCOMPARE(saveHours(admin, {{"enabled", true}, {"utc_offset_minutes", 180}, {"days", always}}).status, 200);
    const auto open = op1.get(kDuty);
    QCOMPARE(open.json.at("within_hours").get<bool>(), true);
    QCOMPARE(open.json.at("open").get<bool>(), true);
    QVERIFY(!open.json.contains("opens_at"));
    QVERIFY(open.json.contains("closes_at"));    // the end of today's local day
    QVERIFY(!before.json.contains("closes_at")); // no hours, no closing
    QCOMPARE(
        saveHours(admin, {{"enabled", false}, {"utc_offset_minutes", 180}, {"days", {{day, "09:00-10:00"}}}}).status,
        200);
    QCOMPARE(op1.get(kDuty).json.at("open").get<bool>(), true);
    QCOMPARE(w.scalar("SELECT value->'days'->>'" + day + "' FROM settings WHERE key = 'desk_hours'"),
             std::string("09:00-10:00"));
}

void TestSyncdDuty::hoursAreCheckedBeforeTheyAreStored()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    QCOMPARE(
        saveHours(admin, {{"enabled", true}, {"utc_offset_minutes", 180}, {"days", {{"mon", "09:00-21:00"}}}}).status,
        200);
    const std::string stored = w.scalar("SELECT value::text FROM settings WHERE key = 'desk_hours'");
    const auto audited = w.count("SELECT count(*) FROM audit_log WHERE action = 'settings.update'");
    struct Case {
        nlohmann::json hours;
        std::string field;
    };
    const Case cases[] = {
        {{{"enabled", true}, {"utc_offset_minutes", 180}, {"days", {{"tue", "9-21"}}}}, "desk_hours.days.tue"},
        {{{"enabled", true}, {"utc_offset_minutes", 180}, {"days", {{"wed", "10:00-10:00"}}}}, "desk_hours.days.wed"},
        {{{"enabled", true}, {"utc_offset_minutes", 900}, {"days", {{"mon", "09:00-21:00"}}}},
         "desk_hours.utc_offset_minutes"},
        {{{"enabled", true}, {"utc_offset_minutes", 0}, {"days", nlohmann::json::object()}}, "desk_hours.days"},
    };
    for (const auto &c : cases) {
        const auto refused = saveHours(admin, c.hours);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json.at("error").at("code").get<std::string>(), std::string("validation_failed"));
        QCOMPARE(refused.json.at("error").at("details").at("field").get<std::string>(), c.field);
    }
    // An unknown weekday is the codec's to refuse, in the same words.
    const auto unknown =
        saveHours(admin, {{"enabled", true}, {"utc_offset_minutes", 0}, {"days", {{"mox", "09:00-21:00"}}}});
    QCOMPARE(unknown.status, 422);
    QCOMPARE(unknown.json.at("error").at("details").at("field").get<std::string>(), std::string("desk_hours.days.mox"));
    // Nothing changed, nothing audited.
    QCOMPARE(w.scalar("SELECT value::text FROM settings WHERE key = 'desk_hours'"), stored);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'settings.update'"), audited);
    // An operator cannot set the hours.
    auto settings = admin.get("/api/v1/admin/settings").json;
    settings["reason"] = "x";
    QCOMPARE(w.as(w.op1).post("/api/v1/admin/settings", settings).status, 403);
}

QTEST_GUILESS_MAIN(TestSyncdDuty)
#include "tst_syncd_duty.moc"
