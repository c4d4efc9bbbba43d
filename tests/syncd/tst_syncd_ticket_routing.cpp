#include "app/Services.h"
#include "db/Transaction.h"
#include "db/repositories/CustomerRepository.h"
#include "service/TicketService.h"
#include "tst_syncd_orders_fixture.h"

#include <QtTest>

#include <array>
#include <cstdint>
#include <exception>
#include <latch>
#include <memory>
#include <optional>
#include <string>
#include <thread>

using namespace p2pdesk;
using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

// The Telegram bridge's side of TicketService: where a customer's message lands, edits, system
// messages, and the general ticket under concurrency.
class TestSyncdTicketRouting final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void activeOrderTakesTheMessage();
    void finishedOrdersLeaveTheGeneralTicket();
    void customerEditKeepsTheOriginal();
    void systemMessageIsForOperatorsOnly();
    void concurrentFirstMessagesCreateOneGeneralTicket();

private:
    syncd::service::TicketService &tickets() { return m_world->server->app().services().tickets(); }
    template<typename F> auto inTx(F &&f)
    {
        return syncd::db::inTransaction(m_world->server->app().services().pool(), std::forward<F>(f));
    }
    std::int64_t customerOf(std::int64_t telegramId) const;
    std::int64_t newOrder(std::int64_t telegramId);
    // Takes the order (a completed one has a final rate) and marks it COMPLETED.
    bool complete(std::int64_t orderId);
    syncd::service::RecordedMessage write(std::int64_t customerId, const std::string &body,
                                          std::optional<std::int64_t> tgMessageId = std::nullopt);

    std::unique_ptr<OrdersWorld> m_world;
};

void TestSyncdTicketRouting::init()
{
    m_world = std::make_unique<OrdersWorld>();
}

void TestSyncdTicketRouting::cleanup()
{
    m_world.reset();
}

std::int64_t TestSyncdTicketRouting::customerOf(std::int64_t telegramId) const
{
    return m_world->count("SELECT id FROM customers WHERE tg_user_id = " + std::to_string(telegramId));
}

std::int64_t TestSyncdTicketRouting::newOrder(std::int64_t telegramId)
{
    auto op = m_world->as(m_world->op1);
    const auto created = createOrder(op, telegramId);
    return created.status == 201 ? created.json["id"].get<std::int64_t>() : 0;
}

bool TestSyncdTicketRouting::complete(std::int64_t orderId)
{
    auto op = m_world->as(m_world->op1);
    if (take(op, orderId).status != 200)
        return false;
    m_world->sql("UPDATE orders SET status = 'COMPLETED' WHERE id = " + std::to_string(orderId));
    return true;
}

syncd::service::RecordedMessage TestSyncdTicketRouting::write(std::int64_t customerId, const std::string &body,
                                                              std::optional<std::int64_t> tgMessageId)
{
    return inTx([&](syncd::db::Transaction &tx) {
        syncd::service::CustomerMessageInput input;
        input.customerId = customerId;
        input.body = body;
        input.tgMessageId = tgMessageId;
        return tickets().recordCustomerMessage(tx, input);
    });
}

void TestSyncdTicketRouting::activeOrderTakesTheMessage()
{
    const auto finished = newOrder(7001);
    const auto active = newOrder(7001);
    QVERIFY(finished > 0 && active > 0);
    QVERIFY(complete(finished));
    const auto customer = customerOf(7001);
    const auto message = write(customer, "where is my payout?");
    QCOMPARE(m_world->scalar("SELECT order_id FROM support_tickets WHERE id = " + std::to_string(message.ticketId)),
             std::to_string(active));
    QCOMPARE(m_world->count("SELECT count(*) FROM support_tickets WHERE order_id IS NULL"), 0LL);
    // The ticket shows the order on the desk.
    auto op = m_world->as(m_world->op1);
    const auto detail = op.get("/api/v1/tickets/" + std::to_string(message.ticketId));
    QVERIFY2(detail.status == 200, detail.body.c_str());
    QCOMPARE(detail.json["ticket"]["order_id"].get<std::int64_t>(), active);
    QCOMPARE(detail.json["ticket"]["order_status"].get<std::string>(), std::string("NEW"));
    QCOMPARE(write(customer, "hello?").ticketId, message.ticketId);
}

void TestSyncdTicketRouting::finishedOrdersLeaveTheGeneralTicket()
{
    const auto completed = newOrder(7002);
    const auto cancelled = newOrder(7002);
    QVERIFY(completed > 0 && cancelled > 0);
    QVERIFY(complete(completed));
    m_world->sql("UPDATE orders SET status = 'CANCELLED' WHERE id = " + std::to_string(cancelled));
    const auto message = write(customerOf(7002), "one more question");
    QCOMPARE(m_world->scalar("SELECT coalesce(order_id::text, 'general') FROM support_tickets WHERE id = " +
                             std::to_string(message.ticketId)),
             std::string("general"));
    QCOMPARE(m_world->count("SELECT count(*) FROM support_tickets"), 1LL);
}

void TestSyncdTicketRouting::customerEditKeepsTheOriginal()
{
    QVERIFY(newOrder(7003) > 0);
    const auto customer = customerOf(7003);
    const auto message = write(customer, "I sent 50 USDT", 4242);
    inTx([&](syncd::db::Transaction &tx) { tickets().recordCustomerEdit(tx, customer, 4242, "I sent 500 USDT"); });
    inTx([&](syncd::db::Transaction &tx) { tickets().recordCustomerEdit(tx, customer, 4242, "I sent 5000 USDT"); });
    // An edit of a message the desk never got, or of another customer's, changes nothing.
    inTx([&](syncd::db::Transaction &tx) { tickets().recordCustomerEdit(tx, customer, 999, "ghost"); });
    QVERIFY(newOrder(7004) > 0);
    inTx([&](syncd::db::Transaction &tx) { tickets().recordCustomerEdit(tx, customerOf(7004), 4242, "hijack"); });

    auto op = m_world->as(m_world->op1);
    const auto detail = op.get("/api/v1/tickets/" + std::to_string(message.ticketId));
    QVERIFY2(detail.status == 200, detail.body.c_str());
    QCOMPARE(detail.json["messages"].size(), std::size_t(1));
    const auto &shown = detail.json["messages"][0];
    QCOMPARE(shown["body"].get<std::string>(), std::string("I sent 5000 USDT"));
    // The first text is kept however often the customer edits.
    QCOMPARE(shown["original_body"].get<std::string>(), std::string("I sent 50 USDT"));
    QVERIFY(shown.contains("edited_at"));
    QCOMPARE(shown["author"].get<std::string>(), std::string("customer"));
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'ticket.customer_edit'"), 2LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM change_events WHERE kind = 'ticket.message' AND "
                            "payload->>'edited' = 'true'"),
             2LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM ticket_messages WHERE body IN ('ghost', 'hijack')"), 0LL);
}

void TestSyncdTicketRouting::systemMessageIsForOperatorsOnly()
{
    const auto orderId = newOrder(7005);
    QVERIFY(orderId > 0);
    const auto messageId =
        inTx([&](syncd::db::Transaction &tx) { return tickets().recordSystemMessage(tx, orderId, "Quote expired"); });
    const auto ticketId =
        m_world->count("SELECT ticket_id FROM ticket_messages WHERE id = " + std::to_string(messageId));
    QCOMPARE(m_world->scalar("SELECT order_id FROM support_tickets WHERE id = " + std::to_string(ticketId)),
             std::to_string(orderId));
    auto op = m_world->as(m_world->op1);
    const auto detail = op.get("/api/v1/tickets/" + std::to_string(ticketId));
    QVERIFY2(detail.status == 200, detail.body.c_str());
    const auto &shown = detail.json["messages"][0];
    QCOMPARE(shown["author"].get<std::string>(), std::string("system"));
    QVERIFY(shown["private_note"].get<bool>());
    QVERIFY(!shown.contains("operator"));
    QVERIFY(!shown.contains("delivery"));
    QCOMPARE(shown["body"].get<std::string>(), std::string("Quote expired"));
    QCOMPARE(m_world->count("SELECT count(*) FROM outbox"), 0LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'ticket.system_message' AND actor = "
                            "'system'"),
             1LL);
    // No customer is waiting: the response clock does not start.
    QCOMPARE(m_world->count("SELECT count(*) FROM support_tickets WHERE first_response_due_at IS NULL AND id = " +
                            std::to_string(ticketId)),
             1LL);
    // The customer's next message joins the same (order's) ticket.
    QCOMPARE(write(customerOf(7005), "ok").ticketId, ticketId);
}

void TestSyncdTicketRouting::concurrentFirstMessagesCreateOneGeneralTicket()
{
    const auto customer = inTx([&](syncd::db::Transaction &tx) {
        return syncd::db::CustomerRepository::upsert(tx.work(), 7006, std::string("twin")).id;
    });
    for (int round = 0; round < 5; ++round) {
        m_world->sql("DELETE FROM ticket_messages");
        m_world->sql("DELETE FROM support_tickets");
        std::latch start(2);
        std::array<std::int64_t, 2> ticketIds{};
        std::array<std::exception_ptr, 2> errors{};
        std::array<std::thread, 2> writers;
        for (std::size_t i = 0; i < writers.size(); ++i) {
            writers[i] = std::thread([&, i] {
                try {
                    start.arrive_and_wait();
                    ticketIds[i] = write(customer, "hello " + std::to_string(i)).ticketId;
                } catch (...) {
                    errors[i] = std::current_exception();
                }
            });
        }
        for (auto &writer : writers)
            writer.join();
        QVERIFY(!errors[0] && !errors[1]);
        QCOMPARE(ticketIds[0], ticketIds[1]);
        QCOMPARE(m_world->count("SELECT count(*) FROM support_tickets WHERE customer_id = " + std::to_string(customer)),
                 1LL);
        QCOMPARE(
            m_world->count("SELECT count(*) FROM ticket_messages WHERE ticket_id = " + std::to_string(ticketIds[0])),
            2LL);
    }
}

QTEST_GUILESS_MAIN(TestSyncdTicketRouting)
#include "tst_syncd_ticket_routing.moc"
