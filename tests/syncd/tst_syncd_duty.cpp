#include "tst_syncd_orders_fixture.h"

#include <QtTest>

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

QTEST_GUILESS_MAIN(TestSyncdDuty)
#include "tst_syncd_duty.moc"
