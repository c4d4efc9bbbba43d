#include "app/Services.h"
#include "app/SyncdApp.h"
#include "db/Transaction.h"
#include "db/repositories/CustomerRepository.h"
#include "service/ServiceError.h"
#include "service/TicketService.h"

#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TestOperators.h"

#include <QtTest>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <memory>
#include <string>

using namespace p2pdesk;
using namespace p2pdesk::test;

namespace {

// A minimal PNG (1x1), so the sniffer recognises the customer's photo.
std::string tinyPng()
{
    static const unsigned char bytes[] = {
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
        0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00,
        0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF,
        0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
    return std::string(reinterpret_cast<const char *>(bytes), sizeof bytes);
}

} // namespace

class TestSyncdTickets final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void customerMessagesFindTheirTicket();
    void duplicateUpdateIsIgnored();
    void replyQueuesOutboxWithWordAndStopsTheClock();
    void privateNoteIsNeverSent();
    void idempotentReply();
    void assignPriorityCloseReopenAreAudited();
    void listFiltersSortAndUnread();
    void attachmentsAreStoredAndDownloadable();
    void refusals();
    void typedTextIsSentVerbatim();

private:
    long long count(const std::string &sql) const;
    std::string scalar(const std::string &sql) const;
    std::int64_t customer(std::int64_t telegramId, const std::string &username);
    syncd::service::RecordedMessage customerWrites(std::int64_t customerId, const std::string &body,
                                                   std::optional<std::int64_t> updateId = std::nullopt,
                                                   std::vector<syncd::service::IncomingAttachment> files = {});

    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<SyncdTestServer> m_server;
};

void TestSyncdTickets::init()
{
    m_db = std::make_unique<PgTestDatabase>();
    m_server = std::make_unique<SyncdTestServer>(*m_db);
}

void TestSyncdTickets::cleanup()
{
    m_server.reset();
    m_db.reset();
}

long long TestSyncdTickets::count(const std::string &sql) const
{
    auto conn = m_db->connect();
    pqxx::nontransaction tx(*conn);
    return tx.exec1(sql)[0].as<long long>();
}

std::string TestSyncdTickets::scalar(const std::string &sql) const
{
    auto conn = m_db->connect();
    pqxx::nontransaction tx(*conn);
    const auto row = tx.exec1(sql);
    return row[0].is_null() ? std::string() : row[0].as<std::string>();
}

std::int64_t TestSyncdTickets::customer(std::int64_t telegramId, const std::string &username)
{
    return syncd::db::inTransaction(m_server->app().services().pool(), [&](syncd::db::Transaction &tx) {
        const auto row = syncd::db::CustomerRepository::upsert(tx.work(), telegramId, username);
        syncd::db::CustomerRepository::ensureVerificationWord(tx.work(), row.id, "word" + std::to_string(telegramId));
        return row.id;
    });
}

syncd::service::RecordedMessage TestSyncdTickets::customerWrites(std::int64_t customerId, const std::string &body,
                                                                 std::optional<std::int64_t> updateId,
                                                                 std::vector<syncd::service::IncomingAttachment> files)
{
    return syncd::db::inTransaction(m_server->app().services().pool(), [&](syncd::db::Transaction &tx) {
        syncd::service::CustomerMessageInput input;
        input.customerId = customerId;
        input.body = body;
        input.tgUpdateId = updateId;
        input.attachments = std::move(files);
        return m_server->app().services().tickets().recordCustomerMessage(tx, input);
    });
}

void TestSyncdTickets::customerMessagesFindTheirTicket()
{
    const auto alice = customer(5001, "alice");
    const auto first = customerWrites(alice, "hello");
    QVERIFY(!first.duplicate);
    try {
        syncd::db::inTransaction(m_server->app().services().pool(), [&](syncd::db::Transaction &tx) {
            m_server->app().services().tickets().detail(tx, first.ticketId, 1);
        });
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    QCOMPARE(
        count("SELECT count(*) FROM support_tickets WHERE order_id IS NULL AND customer_id = " + std::to_string(alice)),
        1LL);
    QCOMPARE(customerWrites(alice, "again").ticketId, first.ticketId);
    // The first-response clock runs from the first message (15 min by default), not the second.
    QCOMPARE(count("SELECT count(*) FROM support_tickets WHERE id = " + std::to_string(first.ticketId) +
                   " AND first_response_due_at BETWEEN created_at + interval '14 minutes' AND now() + interval "
                   "'15 minutes' AND next_response_due_at IS NULL AND last_message_id IS NOT NULL"),
             1LL);
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'ticket.customer_message' AND actor = 'customer:" +
                   std::to_string(alice) + "'"),
             2LL);
    QCOMPARE(count("SELECT count(*) FROM change_events WHERE kind = 'ticket.message' AND (payload->>'ticket_id')::"
                   "bigint = " +
                   std::to_string(first.ticketId)),
             2LL);
}

void TestSyncdTickets::duplicateUpdateIsIgnored()
{
    const auto bob = customer(5002, "bob");
    const auto first = customerWrites(bob, "once", 777);
    const auto again = customerWrites(bob, "once", 777);
    QVERIFY(again.duplicate);
    QCOMPARE(again.ticketId, first.ticketId);
    QCOMPARE(count("SELECT count(*) FROM ticket_messages WHERE tg_update_id = 777"), 1LL);
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'ticket.customer_message'"), 1LL);
}

void TestSyncdTickets::replyQueuesOutboxWithWordAndStopsTheClock()
{
    const auto carol = customer(5003, "carol");
    const auto msg = customerWrites(carol, "where is my money?");
    auto op = clientAs(*m_server, createOperator(*m_server, "op1", {"operator"}));
    const auto path = "/api/v1/tickets/" + std::to_string(msg.ticketId);
    const auto sent = op.post(path + "/messages", {{"text", "Checking <now> & soon"}, {"private_note", false}});
    QVERIFY2(sent.status == 201, sent.body.c_str());
    QCOMPARE(sent.json["author"].get<std::string>(), std::string("operator"));
    QCOMPARE(sent.json["delivery"].get<std::string>(), std::string("queued"));
    QCOMPARE(sent.json["body"].get<std::string>(), std::string("Checking &lt;now&gt; &amp; soon"));
    const auto messageId = std::to_string(sent.json["id"].get<std::int64_t>());
    QCOMPARE(count("SELECT count(*) FROM outbox WHERE ticket_message_id = " + messageId +
                   " AND payload->'params'->>'text' LIKE '%word5003%' AND status = 'queued'"),
             1LL);
    QCOMPARE(count("SELECT count(*) FROM support_tickets WHERE id = " + std::to_string(msg.ticketId) +
                   " AND first_responded_at IS NOT NULL AND first_response_due_at IS NULL AND "
                   "next_response_due_at IS NULL"),
             1LL);
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'ticket.reply' AND entity_id = '" +
                   std::to_string(msg.ticketId) + "'"),
             1LL);
    // The customer writes again: now the next-response clock runs.
    customerWrites(carol, "thanks, any news?");
    QCOMPARE(count("SELECT count(*) FROM support_tickets WHERE id = " + std::to_string(msg.ticketId) +
                   " AND next_response_due_at > now() + interval '59 minutes' AND first_response_due_at IS NULL"),
             1LL);
}

void TestSyncdTickets::privateNoteIsNeverSent()
{
    const auto dave = customer(5004, "dave");
    const auto msg = customerWrites(dave, "hi");
    auto op = clientAs(*m_server, createOperator(*m_server, "op1", {"senior"}));
    const auto note = op.post("/api/v1/tickets/" + std::to_string(msg.ticketId) + "/messages",
                              {{"text", "looks like a scam"}, {"private_note", true}});
    QVERIFY2(note.status == 201, note.body.c_str());
    QVERIFY(note.json["private_note"].get<bool>());
    QVERIFY(!note.json.contains("delivery"));
    QCOMPARE(count("SELECT count(*) FROM outbox"), 0LL);
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'ticket.note'"), 1LL);
    // A note is no answer: the first-response clock still runs.
    QCOMPARE(count("SELECT count(*) FROM support_tickets WHERE first_response_due_at IS NOT NULL"), 1LL);
}

void TestSyncdTickets::idempotentReply()
{
    const auto erin = customer(5005, "erin");
    const auto msg = customerWrites(erin, "hi");
    auto op = clientAs(*m_server, createOperator(*m_server, "op1", {"operator"}));
    const Headers key{{"Idempotency-Key", "reply-1"}};
    const auto path = "/api/v1/tickets/" + std::to_string(msg.ticketId) + "/messages";
    const nlohmann::json body = {{"text", "hello"}, {"private_note", false}};
    const auto first = op.post(path, body, key);
    const auto second = op.post(path, body, key);
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json["id"], first.json["id"]);
    QCOMPARE(count("SELECT count(*) FROM ticket_messages WHERE author LIKE 'operator:%'"), 1LL);
    QCOMPARE(count("SELECT count(*) FROM outbox"), 1LL);
}

void TestSyncdTickets::assignPriorityCloseReopenAreAudited()
{
    const auto frank = customer(5006, "frank");
    const auto msg = customerWrites(frank, "hi");
    const auto me = createOperator(*m_server, "op1", {"operator"});
    auto op = clientAs(*m_server, me);
    const auto path = "/api/v1/tickets/" + std::to_string(msg.ticketId);
    const auto assigned = op.post(path + "/assign", {{"operator_id", me.id}, {"reason", "mine now"}});
    QVERIFY2(assigned.status == 200, assigned.body.c_str());
    QCOMPARE(assigned.json["assignee"]["id"].get<std::int64_t>(), me.id);
    QCOMPARE(op.post(path + "/priority", {{"priority", "urgent"}}).json["priority"].get<std::string>(),
             std::string("urgent"));
    const auto closed = op.post(path + "/close", {{"reason", "solved"}});
    QCOMPARE(closed.json["status"].get<std::string>(), std::string("closed"));
    QVERIFY(closed.json.contains("closed_at"));
    QCOMPARE(op.post(path + "/close", nlohmann::json::object()).status, 409);
    QCOMPARE(op.post(path + "/reopen", nlohmann::json::object()).json["status"].get<std::string>(),
             std::string("open"));
    QCOMPARE(op.post(path + "/assign", {{"operator_id", nullptr}}).json.contains("assignee"), false);
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE entity = 'ticket' AND action IN ('ticket.assign', "
                   "'ticket.priority', 'ticket.close', 'ticket.reopen')"),
             5LL);
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'ticket.close' AND reason = 'solved'"), 1LL);
    QCOMPARE(count("SELECT count(*) FROM change_events WHERE kind = 'ticket.updated'"), 5LL);
    // A customer message reopens a closed ticket.
    op.post(path + "/close", nlohmann::json::object());
    QVERIFY(customerWrites(frank, "one more thing").reopened);
}

void TestSyncdTickets::listFiltersSortAndUnread()
{
    const auto g = customer(5007, "gina");
    const auto h = customer(5008, "hank");
    const auto tg = customerWrites(g, "first").ticketId;
    const auto th = customerWrites(h, "second about refund").ticketId;
    // Hank's deadline is earlier: he is listed first; Gina's ticket becomes overdue.
    auto conn = m_db->connect();
    {
        pqxx::nontransaction tx(*conn);
        tx.exec("UPDATE support_tickets SET first_response_due_at = now() - interval '1 minute' WHERE id = " +
                std::to_string(tg));
    }
    const auto me = createOperator(*m_server, "op1", {"operator"});
    const auto other = createOperator(*m_server, "op2", {"operator"});
    auto op = clientAs(*m_server, me);
    const auto all = op.get("/api/v1/tickets?status=open");
    QVERIFY2(all.status == 200, all.body.c_str());
    QCOMPARE(all.json["items"].size(), std::size_t(2));
    QCOMPARE(all.json["items"][0]["id"].get<std::int64_t>(), tg);
    QVERIFY(all.json["items"][0]["overdue"].get<bool>());
    QCOMPARE(all.json["items"][0]["unread"].get<std::int64_t>(), std::int64_t(1));
    QCOMPARE(op.get("/api/v1/tickets?overdue=true").json["items"].size(), std::size_t(1));
    QCOMPARE(op.get("/api/v1/tickets?q=refund").json["items"][0]["id"].get<std::int64_t>(), th);
    QCOMPARE(op.get("/api/v1/tickets?q=gina").json["items"][0]["id"].get<std::int64_t>(), tg);
    QCOMPARE(op.get("/api/v1/tickets?customer=" + std::to_string(h)).json["items"].size(), std::size_t(1));
    QCOMPARE(op.get("/api/v1/tickets?mine=true").json["items"].size(), std::size_t(0));
    QCOMPARE(op.get("/api/v1/tickets?unassigned=true").json["items"].size(), std::size_t(2));
    const auto page = op.get("/api/v1/tickets?limit=1");
    QCOMPARE(page.json["items"].size(), std::size_t(1));
    QCOMPARE(page.json["next_offset"].get<std::int64_t>(), std::int64_t(1));
    QCOMPARE(op.get("/api/v1/tickets?status=bogus").status, 400);
    // One ticket's row by id, with the other filters still applied; a bad id is refused.
    const auto one = op.get("/api/v1/tickets?id=" + std::to_string(th));
    QCOMPARE(one.json["items"].size(), std::size_t(1));
    QCOMPARE(one.json["items"][0]["id"].get<std::int64_t>(), th);
    QCOMPARE(one.json["items"][0]["unread"].get<std::int64_t>(), std::int64_t(1));
    QCOMPARE(op.get("/api/v1/tickets?id=" + std::to_string(th) + "&status=closed").json["items"].size(),
             std::size_t(0));
    QCOMPARE(op.get("/api/v1/tickets?id=999999").json["items"].size(), std::size_t(0));
    const auto badId = op.get("/api/v1/tickets?id=0");
    QCOMPARE(badId.status, 400);
    QCOMPARE(badId.json["error"]["details"]["parameter"].get<std::string>(), std::string("id"));

    // Unread counts are per operator.
    const auto detail = op.get("/api/v1/tickets/" + std::to_string(tg));
    const auto lastId = detail.json["messages"][0]["id"].get<std::int64_t>();
    const auto read = op.post("/api/v1/tickets/" + std::to_string(tg) + "/read", {{"message_id", lastId}});
    QVERIFY2(read.status == 200, read.body.c_str());
    QCOMPARE(read.json["unread"].get<std::int64_t>(), std::int64_t(0));
    auto op2 = clientAs(*m_server, other);
    QCOMPARE(op2.get("/api/v1/tickets/" + std::to_string(tg)).json["ticket"]["unread"].get<std::int64_t>(),
             std::int64_t(1));
}

void TestSyncdTickets::attachmentsAreStoredAndDownloadable()
{
    const auto ivan = customer(5009, "ivan");
    const auto msg = customerWrites(ivan, "photo", std::nullopt,
                                    {{tinyPng(), "p.png", "image/png"}, {"MZ not a png", "x.png", "image/png"}});
    QCOMPARE(count("SELECT count(*) FROM attachments WHERE kind = 'message_file' AND uploader = 'customer:" +
                   std::to_string(ivan) + "' AND ticket_message_id = " + std::to_string(msg.messageId)),
             2LL);
    auto op = clientAs(*m_server, createOperator(*m_server, "op1", {"operator"}));
    const auto detail = op.get("/api/v1/tickets/" + std::to_string(msg.ticketId));
    const auto &files = detail.json["messages"][0]["attachments"];
    QCOMPARE(files.size(), std::size_t(2));
    QCOMPARE(files[0]["mime"].get<std::string>(), std::string("image/png"));
    // The claimed type is never trusted.
    QCOMPARE(files[1]["mime"].get<std::string>(), std::string("application/octet-stream"));
    const auto got = op.get("/api/v1/tickets/" + std::to_string(msg.ticketId) + "/attachments/" +
                            std::to_string(files[0]["id"].get<std::int64_t>()));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.body, tinyPng());
    QCOMPARE(got.header("X-Content-Type-Options"), std::string("nosniff"));
    auto admin = clientAs(*m_server, createOperator(*m_server, "adm", {"admin"}));
    QCOMPARE(admin
                 .get("/api/v1/tickets/" + std::to_string(msg.ticketId) + "/attachments/" +
                      std::to_string(files[1]["id"].get<std::int64_t>()))
                 .header("Content-Disposition")
                 .rfind("attachment", 0),
             std::size_t(0));
    QCOMPARE(op.get("/api/v1/tickets/" + std::to_string(msg.ticketId) + "/attachments/999999").status, 404);
}

void TestSyncdTickets::refusals()
{
    const auto judy = customer(5010, "judy");
    const auto msg = customerWrites(judy, "hi");
    const auto path = "/api/v1/tickets/" + std::to_string(msg.ticketId);
    auto admin = clientAs(*m_server, createOperator(*m_server, "adm", {"admin"}));
    QCOMPARE(admin.get(path).status, 200);
    const auto refused = admin.post(path + "/messages", {{"text", "hi"}, {"private_note", false}});
    QCOMPARE(refused.status, 403);
    auto op = clientAs(*m_server, createOperator(*m_server, "op1", {"operator"}));
    QCOMPARE(op.get("/api/v1/tickets/999999").status, 404);
    QCOMPARE(op.post("/api/v1/tickets/999999/messages", {{"text", "x"}}).status, 404);
    const auto empty = op.post(path + "/messages", {{"private_note", false}});
    QCOMPARE(empty.status, 422);
    QCOMPARE(empty.errorCode(), std::string("validation_failed"));
    const auto tooLong = op.post(path + "/messages", {{"text", std::string(4001, 'a')}});
    QCOMPARE(tooLong.status, 422);
    QCOMPARE(op.post(path + "/priority", {{"priority", "high"}}).status, 422);
    QCOMPARE(op.post(path + "/assign", {{"operator_id", 999999}}).errorCode(), std::string("validation_failed"));
    QCOMPARE(op.post(path + "/read", {{"message_id", 999999}}).errorCode(), std::string("validation_failed"));
    // Variables belong to canned replies: with typed text they are refused, not silently dropped.
    const auto withVariables = op.post(path + "/messages", {{"text", "code"}, {"variables", {{"order.code", "X"}}}});
    QCOMPARE(withVariables.status, 422);
    QCOMPARE(withVariables.json["error"]["details"]["field"].get<std::string>(), std::string("variables"));
    QCOMPARE(count("SELECT count(*) FROM ticket_messages WHERE author NOT LIKE 'customer:%'"), 0LL);
    QCOMPARE(count("SELECT count(*) FROM outbox"), 0LL);
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE entity = 'ticket' AND actor LIKE 'operator:%'"), 0LL);
}

void TestSyncdTickets::typedTextIsSentVerbatim()
{
    const auto kate = customer(5011, "kate");
    const auto msg = customerWrites(kate, "what is {order.code}?");
    auto op = clientAs(*m_server, createOperator(*m_server, "op1", {"operator"}));
    const auto path = "/api/v1/tickets/" + std::to_string(msg.ticketId);
    // Braces an operator types are text: no substitution, no "unknown variable", only escaping.
    const std::string typed = "Your <b>{order.code}</b> and {x} & {order.nope}";
    const std::string escaped = "Your &lt;b&gt;{order.code}&lt;/b&gt; and {x} &amp; {order.nope}";
    const auto preview = op.post(path + "/preview", {{"text", typed}});
    QVERIFY2(preview.status == 200, preview.body.c_str());
    QCOMPARE(preview.json["text"].get<std::string>(), escaped);
    QCOMPARE(preview.json["language"].get<std::string>(), std::string("ru"));
    const auto sent = op.post(path + "/messages", {{"text", typed}, {"private_note", false}});
    QVERIFY2(sent.status == 201, sent.body.c_str());
    QCOMPARE(sent.json["body"].get<std::string>(), escaped);
    const auto messageId = std::to_string(sent.json["id"].get<std::int64_t>());
    const auto outboxText =
        scalar("SELECT payload->'params'->>'text' FROM outbox WHERE ticket_message_id = " + messageId);
    QVERIFY2(outboxText.find(escaped) != std::string::npos, outboxText.c_str());
    // A private note is not a template either.
    const auto note = op.post(path + "/messages", {{"text", "{customer.name}"}, {"private_note", true}});
    QVERIFY2(note.status == 201, note.body.c_str());
    QCOMPARE(note.json["body"].get<std::string>(), std::string("{customer.name}"));
}

QTEST_GUILESS_MAIN(TestSyncdTickets)
#include "tst_syncd_tickets.moc"
