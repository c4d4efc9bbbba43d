#include "db/repositories/ChecklistRepository.h"

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

class TestSyncdChecklists final : public QObject {
    Q_OBJECT

private slots:
    void emptyUntilDefined();
    void adminDefinesAndReplacesLists();
    void refusals_data();
    void refusals();
};

namespace {

long long count(const PgTestDatabase &db, const std::string &sql)
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    return tx.exec1(sql)[0].as<long long>();
}

const nlohmann::json &listOf(const HttpsResult &result, const std::string &kind)
{
    for (const auto &def : result.json["items"]) {
        if (def["kind"] == kind)
            return def;
    }
    throw std::runtime_error("no checklist " + kind);
}

std::vector<std::string> titles(const nlohmann::json &def)
{
    std::vector<std::string> out;
    for (const auto &item : def["items"])
        out.push_back(item["title"].get<std::string>());
    return out;
}

} // namespace

void TestSyncdChecklists::emptyUntilDefined()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    auto op = clientAs(server, createOperator(server, "op1", {"operator"}));
    const auto got = op.get("/api/v1/checklists");
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json["items"].size(), std::size_t(2));
    QVERIFY(listOf(got, "verify")["items"].empty());
    QVERIFY(listOf(got, "payout")["items"].empty());
}

void TestSyncdChecklists::adminDefinesAndReplacesLists()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    const auto admin = createOperator(server, "admin1", {"admin"});
    auto client = clientAs(server, admin);
    const auto first = client.post(
        "/api/v1/admin/checklists/verify",
        {{"items",
          {{{"title", "Amount matches"}}, {{"title", "Txid confirmed"}}, {{"title", "Sender not blacklisted"}}}},
         {"reason", "desk procedure"}});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json["items"].size(), std::size_t(3));
    const auto keepId = first.json["items"][1]["id"].get<std::int64_t>();
    const auto dropId = first.json["items"][2]["id"].get<std::int64_t>();
    QCOMPARE(client
                 .post("/api/v1/admin/checklists/payout",
                       {{"items", {{{"title", "Receipt attached"}}}}, {"reason", "desk procedure"}})
                 .status,
             200);

    // Keep one item (retitled, moved first), add a new one, retire the rest.
    const auto second =
        client.post("/api/v1/admin/checklists/verify",
                    {{"items", {{{"id", keepId}, {"title", "Txid confirmed (3 blocks)"}}, {{"title", "Name matches"}}}},
                     {"reason", "simpler"}});
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json["items"][0]["id"].get<std::int64_t>(), keepId);

    auto op = clientAs(server, createOperator(server, "op1", {"operator"}));
    const auto got = op.get("/api/v1/checklists");
    QCOMPARE(titles(listOf(got, "verify")), (std::vector<std::string>{"Txid confirmed (3 blocks)", "Name matches"}));
    QCOMPARE(titles(listOf(got, "payout")), std::vector<std::string>{"Receipt attached"});

    // The read API the orders area gates transitions with.
    auto conn = db.connect();
    pqxx::work work(*conn);
    const auto items = syncd::db::ChecklistRepository::items(work, syncd::db::ChecklistKind::Verify);
    QCOMPARE(items.size(), std::size_t(2));
    QCOMPARE(items[0].id, keepId);
    work.commit();
    // Retired, not deleted: orders that ticked it keep their history.
    QCOMPARE(count(db, "SELECT count(*) FROM checklist_items WHERE id = " + std::to_string(dropId) + " AND NOT active"),
             1LL);
    QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'checklist.update' AND actor = 'operator:" +
                           std::to_string(admin.id) + "'"),
             3LL);
}

void TestSyncdChecklists::refusals_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("operator role") << "operator"
                                   << "verify"
                                   << "" << 403 << "forbidden";
    QTest::newRow("anonymous") << ""
                               << "verify"
                               << "" << 401 << "unauthorized";
    QTest::newRow("missing reason") << "admin"
                                    << "verify"
                                    << "no-reason" << 422 << "reason_required";
    QTest::newRow("unknown kind") << "admin"
                                  << "deposit"
                                  << "" << 404 << "not_found";
    QTest::newRow("blank title") << "admin"
                                 << "verify"
                                 << "blank" << 422 << "validation_failed";
    QTest::newRow("foreign item id") << "admin"
                                     << "verify"
                                     << "foreign" << 422 << "validation_failed";
}

void TestSyncdChecklists::refusals()
{
    QFETCH(QString, role);
    QFETCH(QString, path);
    QFETCH(QString, mutation);
    QFETCH(int, status);
    QFETCH(QString, code);

    PgTestDatabase db;
    SyncdTestServer server(db);
    std::int64_t payoutItem = 0;
    {
        auto admin = clientAs(server, createOperator(server, "admin0", {"admin"}));
        const auto payout = admin.post("/api/v1/admin/checklists/payout",
                                       {{"items", {{{"title", "Receipt attached"}}}}, {"reason", "setup"}});
        QCOMPARE(payout.status, 200);
        payoutItem = payout.json["items"][0]["id"].get<std::int64_t>();
    }
    auto client = server.client();
    if (!role.isEmpty())
        client.setBearerToken(createSession(db, createOperator(server, "someone", {role.toStdString()}).id));
    nlohmann::json body = {{"items", {{{"title", "Amount matches"}}}}, {"reason", "x"}};
    if (mutation == QLatin1String("no-reason"))
        body.erase("reason");
    else if (mutation == QLatin1String("blank"))
        body["items"][0]["title"] = "   ";
    else if (mutation == QLatin1String("foreign"))
        body["items"][0]["id"] = payoutItem; // an item of the payout list cannot move to verify
    const auto result = client.post("/api/v1/admin/checklists/" + path.toStdString(), body);
    QCOMPARE(result.status, status);
    QCOMPARE(QString::fromStdString(result.errorCode()), code);
    QCOMPARE(count(db, "SELECT count(*) FROM checklist_items"), 1LL);
    QCOMPARE(count(db, "SELECT count(*) FROM checklist_items WHERE active"), 1LL);
}

QTEST_GUILESS_MAIN(TestSyncdChecklists)
#include "tst_syncd_checklists.moc"
