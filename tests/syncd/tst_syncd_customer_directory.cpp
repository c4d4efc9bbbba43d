#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/proto/Customers.h"
#include "p2pdesk/proto/Endpoints.h"

#include <QtTest>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

using namespace p2pdesk;
using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

namespace ep = p2pdesk::proto::endpoints;

namespace {

constexpr const char *kOtherRequisites = "4276 5500 1234 7788";

std::string encoded(const std::string &text)
{
    return QUrl::toPercentEncoding(QString::fromStdString(text)).toStdString();
}

} // namespace

// The customers directory (GET /api/v1/customers) and notes on a customer
// (POST /api/v1/customers/{id}/notes) against the real syncd and PostgreSQL.
class TestSyncdCustomerDirectory final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void searchFindsByEachWayAndSaysWhatMatched();
    void listsTheMostRecentlyActiveFirstWithTheirFigures();
    void filtersBlockedAndPages();
    void directoryIsForSeniorsAndAdmins();
    void badQueriesAreRefused();
    void notesAreAppendedAuditedAndPublished();
    void blankOrUnknownNotesChangeNothing();

private:
    // GET /api/v1/customers?{query} as the senior; the list, or a failed QVERIFY.
    proto::CustomerList list(const std::string &query);
    std::vector<std::int64_t> telegramIds(const std::string &query);
    // Three customers: 8201 (a cancelled and an open order on kRequisites), 8202 (an order on
    // kOtherRequisites), 8203 (no order; written to the bot only). Answers 8201's open order's id.
    std::int64_t seedThreeCustomers();

    std::unique_ptr<OrdersWorld> m_world;
};

void TestSyncdCustomerDirectory::init()
{
    m_world = std::make_unique<OrdersWorld>();
}

void TestSyncdCustomerDirectory::cleanup()
{
    m_world.reset();
}

proto::CustomerList TestSyncdCustomerDirectory::list(const std::string &query)
{
    auto senior = m_world->as(m_world->senior1);
    const auto res = senior.get(std::string(ep::kCustomers) + "?" + query);
    if (res.status != 200) {
        qWarning("GET customers?%s: %d %s", query.c_str(), res.status, res.body.c_str());
        return {};
    }
    auto decoded = proto::fromJson<proto::CustomerList>(res.json);
    if (!decoded.ok()) {
        qWarning("undecodable: %s", res.body.c_str());
        return {};
    }
    return decoded.value();
}

std::vector<std::int64_t> TestSyncdCustomerDirectory::telegramIds(const std::string &query)
{
    std::vector<std::int64_t> ids;
    for (const auto &item : list(query).customers)
        ids.push_back(item.customer.telegramId);
    return ids;
}

std::int64_t TestSyncdCustomerDirectory::seedThreeCustomers()
{
    auto op = m_world->as(m_world->op1);
    const auto cancelled = createOrder(op, 8201);
    const auto open = createOrder(op, 8201);
    const auto other = createOrder(op, 8202, kOtherRequisites);
    if (cancelled.status != 201 || open.status != 201 || other.status != 201)
        return 0;
    if (transition(op, cancelled.json["id"].get<std::int64_t>(), "CANCELLED",
                   cancelled.json["version"].get<std::int64_t>(), "customer changed mind")
            .status != 200)
        return 0;
    m_world->sql("INSERT INTO customers (tg_user_id, username, first_name) VALUES (8203, 'mila_k', 'Людмила')");
    return open.json["id"].get<std::int64_t>();
}

void TestSyncdCustomerDirectory::searchFindsByEachWayAndSaysWhatMatched()
{
    const auto openOrder = seedThreeCustomers();
    QVERIFY(openOrder > 0);
    using M = proto::CustomerMatch;
    const auto only = [this](const std::string &q, std::int64_t telegramId, M match) {
        const auto found = list("q=" + encoded(q));
        if (found.customers.size() != 1 || found.customers[0].customer.telegramId != telegramId ||
            found.customers[0].matched != match) {
            qWarning("q=%s: %zu found", q.c_str(), found.customers.size());
            return false;
        }
        return true;
    };
    // A Telegram id (also a part of the username "cust8202": the stronger match is reported).
    QVERIFY(only("8202", 8202, M::TelegramId));
    // An order code, typed in lower case.
    const auto code = m_world->scalar("SELECT public_code FROM orders WHERE id = " + std::to_string(openOrder));
    QVERIFY(only(QString::fromStdString(code).toLower().toStdString(), 8201, M::OrderCode));
    // A part of the first name, in any case (Cyrillic included), and a part of the @username.
    QVERIFY(only("людм", 8203, M::Name));
    QVERIFY(only("@MILA", 8203, M::Username));
    // A payout account: pasted in full (found by its keyed hash), or its last four digits the way
    // the desk shows them.
    QVERIFY(only(kOtherRequisites, 8202, M::PayoutAccount));
    QVERIFY(only("7788", 8202, M::PayoutAccount));
    QVERIFY(only("\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2 7788", 8202, M::PayoutAccount));
    // A part of the username that several share: each of them, most recently active first.
    QCOMPARE(telegramIds("q=" + encoded("@cust82")), (std::vector<std::int64_t>{8202, 8201}));
    QVERIFY(list("q=" + encoded("@cust82")).customers[0].matched == M::Username);
    // Nothing found is an empty page; without a text everyone is listed, with no match said.
    QVERIFY(list("q=nobody-like-this").customers.empty());
    const auto everyone = list("");
    QCOMPARE(everyone.customers.size(), std::size_t{3});
    QVERIFY(!everyone.customers[0].matched);
    // "@" alone is no search for every username.
    QVERIFY(list("q=%40").customers.empty());
}

void TestSyncdCustomerDirectory::listsTheMostRecentlyActiveFirstWithTheirFigures()
{
    QVERIFY(seedThreeCustomers() > 0);
    // 8203 wrote last (no order: first contact counts), then 8202's order, then 8201's.
    const auto page = list("");
    QCOMPARE(page.customers.size(), std::size_t{3});
    QVERIFY(!page.more);
    QCOMPARE(page.customers[0].customer.telegramId, std::int64_t{8203});
    QCOMPARE(page.customers[1].customer.telegramId, std::int64_t{8202});
    QCOMPARE(page.customers[2].customer.telegramId, std::int64_t{8201});

    const auto &fresh = page.customers[0];
    QCOMPARE(fresh.customer.firstName.value_or(""), std::string("Людмила"));
    QCOMPARE(fresh.ordersTotal, std::int64_t{0});
    QVERIFY(!fresh.lastOrderAt);
    // 8201: two orders, one still open; RUB has no limits in this world, so each order carries an
    // uncleared risk_limits_missing flag, and only the open order's counts.
    const auto &regular = page.customers[2];
    QCOMPARE(regular.ordersTotal, std::int64_t{2});
    QCOMPARE(regular.ordersOpen, std::int64_t{1});
    QCOMPARE(regular.openFlags, std::int64_t{1});
    QCOMPARE(m_world->count("SELECT count(*) FROM risk_flags r JOIN orders o ON o.id = r.order_id "
                            "WHERE r.cleared_at IS NULL AND o.customer_id = " +
                            std::to_string(m_world->customerId(8201))),
             2LL);
    QCOMPARE(regular.lastOrderAt.has_value(), true);
    QCOMPARE(regular.customer.username.value_or(""), std::string("cust8201"));

    // A new order moves its customer to the top.
    auto op = m_world->as(m_world->op1);
    QCOMPARE(createOrder(op, 8201).status, 201);
    QCOMPARE(telegramIds(""), (std::vector<std::int64_t>{8201, 8203, 8202}));
}

void TestSyncdCustomerDirectory::filtersBlockedAndPages()
{
    QVERIFY(seedThreeCustomers() > 0);
    auto senior = m_world->as(m_world->senior1);
    const auto blocked = senior.post(path(ep::kCustomerBlock, m_world->customerId(8202)), {{"reason", "chargebacks"}});
    QVERIFY2(blocked.status == 200, blocked.body.c_str());

    const auto onlyBlocked = list("blocked=true");
    QCOMPARE(onlyBlocked.customers.size(), std::size_t{1});
    const auto &info = onlyBlocked.customers[0].customer;
    QCOMPARE(info.telegramId, std::int64_t{8202});
    QVERIFY(info.blocked);
    QCOMPARE(info.blockedReason.value_or(""), std::string("chargebacks"));
    QVERIFY(info.blockedAt.has_value());
    QCOMPARE(info.blockedBy ? info.blockedBy->username : std::string(), m_world->senior1.username);
    QCOMPARE(telegramIds("blocked=false"), (std::vector<std::int64_t>{8203, 8201}));
    // The filter and a search together.
    QVERIFY(list("blocked=true&q=cust8201").customers.empty());

    // Pages of one: each says whether another follows.
    const auto first = list("limit=1");
    QCOMPARE(first.customers.size(), std::size_t{1});
    QVERIFY(first.more);
    const auto second = list("limit=2&offset=1");
    QCOMPARE(second.customers.size(), std::size_t{2});
    QVERIFY(!second.more);
    QCOMPARE(second.customers[0].customer.telegramId, std::int64_t{8202});
}

void TestSyncdCustomerDirectory::directoryIsForSeniorsAndAdmins()
{
    QVERIFY(seedThreeCustomers() > 0);
    const auto asOperator = m_world->as(m_world->op1).get(std::string(ep::kCustomers));
    QCOMPARE(asOperator.status, 403);
    QCOMPARE(asOperator.errorCode(), std::string("forbidden"));
    QCOMPARE(m_world->as(m_world->admin).get(std::string(ep::kCustomers)).status, 200);
    QCOMPARE(m_world->as(m_world->senior2).get(std::string(ep::kCustomers)).status, 200);
}

void TestSyncdCustomerDirectory::badQueriesAreRefused()
{
    auto senior = m_world->as(m_world->senior1);
    const struct {
        const char *query;
        const char *field;
    } cases[] = {{"blocked=maybe", "blocked"}, {"limit=0", "limit"},   {"limit=201", "limit"},
                 {"offset=-1", "offset"},      {"offset=x", "offset"}, {"q=a%01b", "q"}};
    for (const auto &c : cases) {
        const auto res = senior.get(std::string(ep::kCustomers) + "?" + c.query);
        QVERIFY2(res.status == 400, c.query);
        QCOMPARE(res.errorCode(), std::string("bad_request"));
        QCOMPARE(res.json["error"]["details"]["field"].get<std::string>(), std::string(c.field));
    }
    const auto tooLong = senior.get(std::string(ep::kCustomers) + "?q=" + std::string(201, 'a'));
    QCOMPARE(tooLong.status, 400);
}

void TestSyncdCustomerDirectory::notesAreAppendedAuditedAndPublished()
{
    QVERIFY(seedThreeCustomers() > 0);
    const auto customer = m_world->customerId(8201);
    const auto id = std::to_string(customer);
    const auto seqBefore = m_world->count("SELECT coalesce(max(seq), 0) FROM change_events");

    // Any operator notes; the text is trimmed and may run over lines.
    auto op = m_world->as(m_world->op1);
    const Headers key{{"Idempotency-Key", "note-8201-1"}};
    const nlohmann::json body{{"text", "  prefers to be paid to the second card;\ncall before 18:00 \n"}};
    const auto first = op.post(path(ep::kCustomerNotes, customer), body, key);
    QVERIFY2(first.status == 200, first.body.c_str());
    const auto replay = op.post(path(ep::kCustomerNotes, customer), body, key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, first.body);
    const auto profile = proto::fromJson<proto::CustomerProfile>(first.json);
    QVERIFY2(profile.ok(), first.body.c_str());
    QCOMPARE(profile->notes.size(), std::size_t{1});
    QCOMPARE(profile->notes[0].text, std::string("prefers to be paid to the second card;\ncall before 18:00"));
    QCOMPARE(profile->notes[0].author.username, m_world->op1.username);

    // A senior's note comes first; the profile's GET carries both.
    const auto second =
        m_world->as(m_world->senior1).post(path(ep::kCustomerNotes, customer), {{"text", "verified by phone"}});
    QCOMPARE(second.status, 200);
    const auto read = proto::fromJson<proto::CustomerProfile>(op.get(path(ep::kCustomer, customer)).json);
    QVERIFY(read.ok());
    QCOMPARE(read->notes.size(), std::size_t{2});
    QCOMPARE(read->notes[0].text, std::string("verified by phone"));
    QCOMPARE(read->notes[0].author.username, m_world->senior1.username);
    QCOMPARE(read->notes[1].id, profile->notes[0].id);

    // One row per note (the replay wrote none), each audited with its text, each announced.
    QCOMPARE(m_world->count("SELECT count(*) FROM customer_notes WHERE customer_id = " + id), 2LL);
    QCOMPARE(m_world->scalar("SELECT payload->>'text' FROM audit_log WHERE action = 'customer.note' AND entity = "
                             "'customer' AND entity_id = '" +
                             id + "' AND actor = 'operator:" + std::to_string(m_world->op1.id) + "'"),
             std::string("prefers to be paid to the second card;\ncall before 18:00"));
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'customer.note'"), 2LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM change_events WHERE kind = 'customer.updated' AND seq > " +
                            std::to_string(seqBefore) + " AND (payload->>'customer_id')::bigint = " + id),
             2LL);
}

void TestSyncdCustomerDirectory::blankOrUnknownNotesChangeNothing()
{
    QVERIFY(seedThreeCustomers() > 0);
    const auto customer = m_world->customerId(8202);
    auto op = m_world->as(m_world->op1);
    const auto blank = op.post(path(ep::kCustomerNotes, customer), {{"text", " \n\t "}});
    QCOMPARE(blank.status, 422);
    QCOMPARE(blank.errorCode(), std::string("validation_failed"));
    QCOMPARE(blank.json["error"]["details"]["field"].get<std::string>(), std::string("text"));
    const auto missing = op.post(path(ep::kCustomerNotes, customer), nlohmann::json::object());
    QCOMPARE(missing.status, 422);
    const auto tooLong = op.post(path(ep::kCustomerNotes, customer), {{"text", std::string(2001, 'x')}});
    QCOMPARE(tooLong.status, 422);
    const auto unknown = op.post(path(ep::kCustomerNotes, 999999), {{"text", "who is this"}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), std::string("not_found"));
    QCOMPARE(m_world->count("SELECT count(*) FROM customer_notes"), 0LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'customer.note'"), 0LL);
}

QTEST_GUILESS_MAIN(TestSyncdCustomerDirectory)
#include "tst_syncd_customer_directory.moc"
