#include "app/Services.h"
#include "feed/ChangeListener.h"

#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TestOperators.h"

#include <QtTest>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace p2pdesk;
using namespace p2pdesk::test;

class TestSyncdChanges final : public QObject {
    Q_OBJECT

private slots:
    void returnsOrderedEventsAtOnce();
    void longPollIsWokenByAChange();
    void changeOnOneInstanceWakesLongPollOnAnother();
    void laterCommittedLowerSeqIsNeverSkipped();
    void fiftyLongPollsDoNotBlockOtherRequests();
    void refusals();
};

namespace {

nlohmann::json rateBody(const std::string &base)
{
    return {{"direction", "sell"}, {"asset", "USDT"},       {"network", "TRON"}, {"fiat_currency", "RUB"},
            {"base_rate", base},   {"margin_percent", "1"}, {"fixed_fee", "0"},  {"reason", "feed test"}};
}

std::int64_t insertEvent(pqxx::transaction_base &tx, const std::string &kind)
{
    return tx.exec_params1("INSERT INTO change_events (kind) VALUES ($1) RETURNING seq", kind)[0].as<std::int64_t>();
}

std::vector<std::int64_t> seqs(const HttpsResult &result)
{
    std::vector<std::int64_t> out;
    for (const auto &event : result.json["events"])
        out.push_back(event["seq"].get<std::int64_t>());
    return out;
}

std::string changesPath(std::int64_t since, int wait)
{
    return "/api/v1/changes?since=" + std::to_string(since) + "&wait=" + std::to_string(wait);
}

// A long-poll on its own connection and thread; the result is read after join().
struct LongPoll {
    HttpsResult result;
    std::atomic<bool> done{false};
    std::thread thread;

    LongPoll(SyncdTestServer &server, const std::string &token, std::int64_t since, int wait)
    {
        thread = std::thread([this, &server, token, since, wait] {
            auto client = server.client();
            client.setBearerToken(token);
            result = client.get(changesPath(since, wait));
            done = true;
        });
    }
    ~LongPoll()
    {
        if (thread.joinable())
            thread.join();
    }
};

} // namespace

void TestSyncdChanges::returnsOrderedEventsAtOnce()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    auto admin = clientAs(server, createOperator(server, "admin1", {"admin"}));
    QCOMPARE(admin.post("/api/v1/admin/rates", rateBody("100")).status, 200);
    QCOMPARE(admin.post("/api/v1/admin/rates", rateBody("101")).status, 200);
    QCOMPARE(admin.post("/api/v1/admin/rates", rateBody("102")).status, 200);

    // wait=30, but events exist: the answer must not wait for anything.
    const auto all = admin.get(changesPath(0, 30));
    QCOMPARE(all.status, 200);
    const auto got = seqs(all);
    QCOMPARE(got.size(), std::size_t(3));
    QVERIFY(std::is_sorted(got.begin(), got.end()));
    QCOMPARE(all.json["last_seq"].get<std::int64_t>(), got.back());
    QCOMPARE(all.json["events"][0]["kind"].get<std::string>(), std::string("rate.updated"));

    const auto tail = admin.get(changesPath(got[0], 0));
    QCOMPARE(seqs(tail), (std::vector<std::int64_t>{got[1], got[2]}));
    const auto none = admin.get(changesPath(got[2], 0));
    QVERIFY(none.json["events"].empty());
    QCOMPARE(none.json["last_seq"].get<std::int64_t>(), got[2]);

    // Every answer names the database's feed, the same one each time (migration 0011).
    const auto epoch = all.json.at("feed_epoch").get<std::int64_t>();
    QVERIFY(epoch > 0);
    QCOMPARE(none.json.at("feed_epoch").get<std::int64_t>(), epoch);
    QCOMPARE(tail.json.at("feed_epoch").get<std::int64_t>(), epoch);
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    QCOMPARE(tx.exec1("SELECT epoch FROM change_feed_epoch")[0].as<std::int64_t>(), epoch);
}

void TestSyncdChanges::longPollIsWokenByAChange()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    const auto admin = createOperator(server, "admin1", {"admin"});
    auto client = clientAs(server, admin);
    auto &listener = server.app().services().changeListener();

    LongPoll poll(server, createSession(db, admin.id), 0, 60);
    QTRY_COMPARE(listener.waiterCount(), std::size_t(1));
    QVERIFY(!poll.done);
    QCOMPARE(client.post("/api/v1/admin/rates", rateBody("100")).status, 200);
    QTRY_VERIFY(poll.done.load());
    poll.thread.join();
    QCOMPARE(poll.result.status, 200);
    QCOMPARE(poll.result.json["events"].size(), std::size_t(1));
    QCOMPARE(poll.result.json["events"][0]["kind"].get<std::string>(), std::string("rate.updated"));
}

void TestSyncdChanges::changeOnOneInstanceWakesLongPollOnAnother()
{
    PgTestDatabase db;
    SyncdTestServer a(db);
    SyncdTestServer b(db);
    const auto admin = createOperator(a, "admin1", {"admin"});
    auto onA = clientAs(a, admin);

    LongPoll poll(b, createSession(db, admin.id), 0, 60);
    QTRY_COMPARE(b.app().services().changeListener().waiterCount(), std::size_t(1));
    QCOMPARE(onA.post("/api/v1/admin/rates", rateBody("100")).status, 200);
    // Instance B never saw the request; only PostgreSQL's NOTIFY can wake it before 60 s.
    QTRY_VERIFY(poll.done.load());
    poll.thread.join();
    QCOMPARE(poll.result.status, 200);
    QCOMPARE(poll.result.json["events"].size(), std::size_t(1));
    QCOMPARE(poll.result.json["events"][0]["kind"].get<std::string>(), std::string("rate.updated"));
}

void TestSyncdChanges::laterCommittedLowerSeqIsNeverSkipped()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    const auto op = createOperator(server, "op1", {"operator"});
    auto client = clientAs(server, op);

    // Transaction 1 takes seq N and stays open; transaction 2 takes N+1 and commits first.
    auto slowConn = db.connect();
    auto fastConn = db.connect();
    pqxx::work slow(*slowConn);
    const auto low = insertEvent(slow, "test.slow");
    std::int64_t high = 0;
    {
        pqxx::work fast(*fastConn);
        high = insertEvent(fast, "test.fast");
        fast.commit();
    }
    QVERIFY(high > low);
    {
        pqxx::nontransaction notify(*fastConn);
        notify.exec0("NOTIFY p2pdesk_changes");
    }

    // N+1 is committed and visible, but handing it out now would move the client's cursor past N.
    const auto early = client.get(changesPath(low - 1, 1));
    QCOMPARE(early.status, 200);
    QVERIFY(early.json["events"].empty());
    QCOMPARE(early.json["last_seq"].get<std::int64_t>(), low - 1);

    slow.commit();
    {
        pqxx::nontransaction notify(*fastConn);
        notify.exec0("NOTIFY p2pdesk_changes");
    }
    const auto late = client.get(changesPath(low - 1, 30));
    QCOMPARE(late.status, 200);
    QCOMPARE(seqs(late), (std::vector<std::int64_t>{low, high}));
    QCOMPARE(late.json["events"][0]["kind"].get<std::string>(), std::string("test.slow"));
}

void TestSyncdChanges::fiftyLongPollsDoNotBlockOtherRequests()
{
    PgTestDatabase db;
    SyncdTestServerOptions options;
    // The production default (config key http.threads); the test server's own default is smaller.
    options.config["http.threads"] = "128";
    SyncdTestServer server(db, options);
    const auto admin = createOperator(server, "admin1", {"admin"});
    const auto op = createOperator(server, "op1", {"operator"});
    auto &services = server.app().services();
    auto opClient = clientAs(server, op);
    auto adminClient = clientAs(server, admin);

    std::int64_t orderId = 0;
    {
        auto conn = db.connect();
        pqxx::nontransaction tx(*conn);
        const auto customer =
            tx.exec1("INSERT INTO customers (tg_user_id) VALUES (777) RETURNING id")[0].as<std::int64_t>();
        orderId =
            tx.exec_params1("INSERT INTO orders (public_code, direction, asset, network, fiat_currency, "
                            "amount_crypto, amount_fiat, suggested_rate, status, customer_id) "
                            "VALUES ('T-5050', 'crypto_to_fiat', 'USDT', 'TRON', 'RUB', 100, 9000, 90, 'NEW', $1) "
                            "RETURNING id",
                            customer)[0]
                .as<std::int64_t>();
    }
    const auto since = services.changeListener().refresh();

    constexpr int kPolls = 50;
    std::vector<std::unique_ptr<LongPoll>> polls;
    for (int i = 0; i < kPolls; ++i)
        polls.push_back(std::make_unique<LongPoll>(server, createSession(db, op.id), since, 60));
    QTRY_COMPARE_WITH_TIMEOUT(services.changeListener().waiterCount(), std::size_t(kPolls), 30000);

    const auto countDone = [&] {
        return std::count_if(polls.begin(), polls.end(), [](const auto &p) { return p->done.load(); });
    };
    // Ordinary requests are served while all 50 long-polls are parked on their threads.
    const auto rates = opClient.get("/api/v1/rates");
    QCOMPARE(rates.status, 200);
    const auto take = opClient.post("/api/v1/orders/" + std::to_string(orderId) + "/take", {{"final_rate", "90"}});
    QCOMPARE(take.status, 200);
    // The long-polls sleep without database connections: the pool is no larger than it ever was.
    QVERIFY(services.pool().openCount() <= static_cast<std::size_t>(services.config().integer("db.pool_size")));
    QCOMPARE(countDone(), 0L);

    // The take itself is a change: every long-poll wakes with it.
    QTRY_COMPARE_WITH_TIMEOUT(countDone(), static_cast<long>(kPolls), 30000);
    for (auto &poll : polls) {
        poll->thread.join();
        QCOMPARE(poll->result.status, 200);
        QVERIFY(!poll->result.json["events"].empty());
        QCOMPARE(poll->result.json["events"][0]["order_id"].get<std::int64_t>(), orderId);
    }
    (void)adminClient;
}

void TestSyncdChanges::refusals()
{
    PgTestDatabase db;
    SyncdTestServer server(db);
    auto anonymous = server.client();
    QCOMPARE(anonymous.get(changesPath(0, 0)).status, 401);
    auto client = clientAs(server, createOperator(server, "op1", {"operator"}));
    // A query string is not a body: 400 bad_request as the contract says (was 422), with the field.
    for (const char *query : {"since=0&wait=61", "since=-1", "since=abc"}) {
        const auto refused = client.get(std::string("/api/v1/changes?") + query);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), std::string("bad_request"));
        QVERIFY(refused.json["error"]["details"].contains("field"));
    }
    QCOMPARE(client.get("/api/v1/changes").status, 200);
}

QTEST_GUILESS_MAIN(TestSyncdChanges)
#include "tst_syncd_changes.moc"
