#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/proto/Endpoints.h"

#include <QtTest>

using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

// Payout requisites at rest and on the wire, and the queue's filters and pagination.
class TestSyncdOrdersRequisites final : public QObject {
    Q_OBJECT

private slots:
    void encryptedAtRestMaskedInLists();
    void fullValueOnlyForHolderOrSeniorAndAudited();
    void listFiltersSearchAndCursor();
};

void TestSyncdOrdersRequisites::encryptedAtRestMaskedInLists()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    const auto created = createOrder(op1, 779001);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.at("requisites_masked").get<std::string>(), std::string("•••• 9012"));
    QVERIFY(!created.json.contains("requisites"));

    const std::string account = "(SELECT payout_account_id FROM orders WHERE id = " +
                                std::to_string(created.json.at("id").get<std::int64_t>()) + ")";
    const auto ciphertextHex = w.scalar("SELECT encode(ciphertext, 'hex') FROM payout_accounts WHERE id = " + account);
    QVERIFY(!ciphertextHex.empty());
    QVERIFY(ciphertextHex.find("32323030") == std::string::npos); // "2200" in hex
    QCOMPARE(
        w.count("SELECT count(*) FROM payout_accounts WHERE position(convert_to('5678', 'UTF8') IN ciphertext) > 0"),
        0LL);
    QCOMPARE(w.count("SELECT octet_length(keyed_hash) FROM payout_accounts WHERE id = " + account), 32LL);
    QCOMPARE(w.count("SELECT octet_length(nonce) FROM payout_accounts WHERE id = " + account), 12LL);
    QVERIFY(!w.scalar("SELECT key_id FROM payout_accounts WHERE id = " + account).empty());
    QCOMPARE(w.scalar("SELECT kind FROM payout_accounts WHERE id = " + account), std::string("card"));
    // Nothing else stored the plaintext either: the audit row and the change event carry the mask.
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE payload::text LIKE '%5678%'"), 0LL);
    QCOMPARE(w.count("SELECT count(*) FROM change_events WHERE payload::text LIKE '%5678%'"), 0LL);

    // Same requisites typed differently: the same payout account, no requisites change.
    QCOMPARE(createOrder(op1, 779001, "2200-1234-5678-9012", "10.000000").status, 201);
    QCOMPARE(w.count("SELECT count(*) FROM payout_accounts"), 1LL);

    const auto list = op1.get(std::string(p2pdesk::proto::endpoints::kOrders));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json.at("items").size(), std::size_t(2));
    QVERIFY(list.body.find("5678") == std::string::npos);
    QCOMPARE(list.json.at("items").at(0).at("requisites_masked").get<std::string>(), std::string("•••• 9012"));
}

void TestSyncdOrdersRequisites::fullValueOnlyForHolderOrSeniorAndAudited()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    auto op2 = w.as(w.op2);
    auto senior = w.as(w.senior2);
    const auto id = createOrder(op1, 779101).json.at("id").get<std::int64_t>();
    const std::string readAudits =
        "SELECT count(*) FROM audit_log WHERE action = 'order.requisites_read' AND entity_id = '" + std::to_string(id) +
        "'";

    // Not yet held: an operator sees the mask only, and nothing is audited.
    auto r = detail(op1, id);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.contains("requisites"));
    QCOMPARE(w.count(readAudits), 0LL);

    QCOMPARE(take(op1, id).status, 200);
    r = detail(op1, id);
    QCOMPARE(r.json.at("requisites").get<std::string>(), std::string(kRequisites));
    QCOMPARE(w.count(readAudits), 1LL);
    QCOMPARE(w.scalar("SELECT actor FROM audit_log WHERE action = 'order.requisites_read'"),
             "operator:" + std::to_string(w.op1.id));

    r = detail(op2, id);
    QVERIFY(!r.json.contains("requisites"));
    QCOMPARE(w.count(readAudits), 1LL);

    r = detail(senior, id);
    QCOMPARE(r.json.at("requisites").get<std::string>(), std::string(kRequisites));
    QCOMPARE(w.count(readAudits), 2LL);
    QCOMPARE(r.json.at("history").size(), std::size_t(2));
    QCOMPARE(r.json.at("checklist").at("verify").size(), std::size_t(2));

    QCOMPARE(detail(op1, 987654).status, 404);
}

void TestSyncdOrdersRequisites::listFiltersSearchAndCursor()
{
    OrdersWorld w;
    auto op1 = w.as(w.op1);
    auto op2 = w.as(w.op2);
    std::vector<std::int64_t> ids;
    std::vector<std::string> codes;
    for (int i = 0; i < 5; ++i) {
        const auto r = createOrder(op1, 779200 + i, "4100 0000 0000 000" + std::to_string(i), "10.000000");
        QCOMPARE(r.status, 201);
        ids.push_back(r.json.at("id").get<std::int64_t>());
        codes.push_back(r.json.at("code").get<std::string>());
    }
    QCOMPARE(take(op2, ids[1]).status, 200);
    QCOMPARE(take(op1, ids[2]).status, 200);

    const std::string base(p2pdesk::proto::endpoints::kOrders);
    auto r = op2.get(base + "?holder=me");
    QCOMPARE(r.json.at("items").size(), std::size_t(1));
    QCOMPARE(r.json.at("items").at(0).at("id").get<std::int64_t>(), ids[1]);
    r = op1.get(base + "?status=ASSIGNED");
    QCOMPARE(r.json.at("items").size(), std::size_t(2));
    r = op1.get(base + "?status=NEW,ASSIGNED&customer=779203");
    QCOMPARE(r.json.at("items").size(), std::size_t(1));
    QCOMPARE(r.json.at("items").at(0).at("id").get<std::int64_t>(), ids[3]);
    r = op1.get(base + "?q=" + codes[4]);
    QCOMPARE(r.json.at("items").size(), std::size_t(1));
    QCOMPARE(r.json.at("items").at(0).at("id").get<std::int64_t>(), ids[4]);
    r = op1.get(base + "?q=cust779200");
    QCOMPARE(r.json.at("items").size(), std::size_t(1));
    // Full requisites typed another way find the order through the keyed hash.
    r = op1.get(base + "?q=4100-0000-0000-0000");
    QCOMPARE(r.json.at("items").size(), std::size_t(1));
    QCOMPARE(r.json.at("items").at(0).at("id").get<std::int64_t>(), ids[0]);
    r = op1.get(base + "?q=9999");
    QCOMPARE(r.json.at("items").size(), std::size_t(0));

    // Keyset pagination, newest first, no duplicates, no gaps.
    std::vector<std::int64_t> seen;
    std::string url = base + "?limit=2";
    for (int page = 0; page < 5; ++page) {
        r = op1.get(url);
        QCOMPARE(r.status, 200);
        for (const auto &item : r.json.at("items"))
            seen.push_back(item.at("id").get<std::int64_t>());
        if (!r.json.contains("next_cursor"))
            break;
        url = base + "?limit=2&cursor=" + r.json.at("next_cursor").get<std::string>();
    }
    QCOMPARE(seen, std::vector<std::int64_t>(ids.rbegin(), ids.rend()));
    QCOMPARE(op1.get(base + "?cursor=garbage").status, 400);
    QCOMPARE(op1.get(base + "?limit=0").status, 400);
}

QTEST_GUILESS_MAIN(TestSyncdOrdersRequisites)
#include "tst_syncd_orders_requisites.moc"
