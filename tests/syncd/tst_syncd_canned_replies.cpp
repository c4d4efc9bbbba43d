#include "app/Services.h"
#include "db/Transaction.h"
#include "db/repositories/CustomerRepository.h"
#include "service/TicketService.h"
#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/proto/Endpoints.h"

#include <QtTest>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

using namespace p2pdesk;
using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

namespace {

constexpr const char *kAdminPath = "/api/v1/admin/canned-replies";
constexpr const char *kListPath = "/api/v1/canned-replies";
// Every variable a template may use, in a body an admin wrote (its own markup stays).
constexpr const char *kEveryVariable = "<b>{customer.name}</b>|{operator.name}|{order.code}|{order.final_rate}|"
                                       "{order.amount_fiat}|{order.amount_crypto}|{order.asset}|{order.fiat}|"
                                       "{order.status}|{order.deposit_address}";
constexpr const char *kDepositAddress = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf";

nlohmann::json cannedBody(const std::string &shortcut, const std::string &ru, const std::string &en, bool active = true)
{
    return {{"shortcut", shortcut}, {"title", "T " + shortcut}, {"body_ru", ru},
            {"body_en", en},        {"active", active},         {"reason", "for the desk"}};
}

bool contains(const nlohmann::json &array, const std::string &value)
{
    return std::find(array.begin(), array.end(), value) != array.end();
}

} // namespace

class TestSyncdCannedReplies final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void adminCrudWithReasonAndVersion();
    void shortcutFormatAndUniqueness();
    void adminRoutesRefuseOtherRoles();
    void operatorsListOnlyActiveReplies();
    void unknownVariablesAreRefusedWithTheKnownOnes();
    void everyVariableIsRenderedEscaped();
    void languageFollowsTheCustomerWithFallback();
    void variableWithoutValueIsRefused();

private:
    std::int64_t createCanned(const nlohmann::json &body);
    HttpsResult put(HttpsTestClient &client, std::int64_t id, const nlohmann::json &body);
    // A customer with an order taken by op1 (final rate 99, deposit wallet set), and the order's
    // ticket. Answers {ticket id, order id}.
    std::pair<std::int64_t, std::int64_t> orderTicket(std::int64_t telegramId, const std::string &firstName,
                                                      const std::string &language);
    std::int64_t customerWrites(std::int64_t customerId, std::optional<std::int64_t> orderId);
    std::string outboxText(std::int64_t ticketMessageId) const;

    std::unique_ptr<OrdersWorld> m_world;
};

void TestSyncdCannedReplies::init()
{
    m_world = std::make_unique<OrdersWorld>();
}

void TestSyncdCannedReplies::cleanup()
{
    m_world.reset();
}

std::int64_t TestSyncdCannedReplies::createCanned(const nlohmann::json &body)
{
    auto admin = m_world->as(m_world->admin);
    const auto created = admin.post(kAdminPath, body);
    if (created.status != 201)
        qWarning("create canned reply: %d %s", created.status, created.body.c_str());
    return created.status == 201 ? created.json["id"].get<std::int64_t>() : 0;
}

HttpsResult TestSyncdCannedReplies::put(HttpsTestClient &client, std::int64_t id, const nlohmann::json &body)
{
    return client.request("PUT", std::string(kAdminPath) + "/" + std::to_string(id), body.dump(), "application/json");
}

std::int64_t TestSyncdCannedReplies::customerWrites(std::int64_t customer, std::optional<std::int64_t> orderId)
{
    auto &services = m_world->server->app().services();
    return syncd::db::inTransaction(services.pool(), [&](syncd::db::Transaction &tx) {
        syncd::service::CustomerMessageInput input;
        input.customerId = customer;
        input.orderId = orderId;
        input.body = "a question";
        return services.tickets().recordCustomerMessage(tx, input).ticketId;
    });
}

std::pair<std::int64_t, std::int64_t>
TestSyncdCannedReplies::orderTicket(std::int64_t telegramId, const std::string &firstName, const std::string &language)
{
    auto op = m_world->as(m_world->op1);
    const auto created = createOrder(op, telegramId);
    if (created.status != 201)
        return {0, 0};
    const auto orderId = created.json["id"].get<std::int64_t>();
    if (take(op, orderId).status != 200)
        return {0, 0};
    m_world->sql("UPDATE orders SET deposit_wallet_id = " + std::to_string(m_world->walletId) +
                 " WHERE id = " + std::to_string(orderId));
    const auto customer = m_world->customerId(telegramId);
    auto &services = m_world->server->app().services();
    syncd::db::inTransaction(services.pool(), [&](syncd::db::Transaction &tx) {
        syncd::db::CustomerRepository::ensureVerificationWord(tx.work(), customer, "word" + std::to_string(telegramId));
        syncd::db::CustomerRepository::setLanguage(tx.work(), customer, language);
        tx.work().exec_params0("UPDATE customers SET first_name = $2 WHERE id = $1", customer, firstName);
    });
    return {customerWrites(customer, orderId), orderId};
}

std::string TestSyncdCannedReplies::outboxText(std::int64_t ticketMessageId) const
{
    return m_world->scalar("SELECT payload->'params'->>'text' FROM outbox WHERE ticket_message_id = " +
                           std::to_string(ticketMessageId));
}

void TestSyncdCannedReplies::adminCrudWithReasonAndVersion()
{
    auto admin = m_world->as(m_world->admin);
    nlohmann::json noReason = cannedBody("hello", "Привет", "Hi");
    noReason.erase("reason");
    const auto refused = admin.post(kAdminPath, noReason);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.json["error"]["details"]["field"].get<std::string>(), std::string("reason"));

    const auto created = admin.post(kAdminPath, cannedBody("hello", "Привет\nмир", "Hi"));
    QVERIFY2(created.status == 201, created.body.c_str());
    const auto id = created.json["id"].get<std::int64_t>();
    QCOMPARE(created.json["version"].get<std::int64_t>(), std::int64_t(1));
    QCOMPARE(created.json["body_ru"].get<std::string>(), std::string("Привет\nмир"));
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'canned_reply.create' AND entity_id = '" +
                            std::to_string(id) + "' AND reason = 'for the desk'"),
             1LL);

    auto update = cannedBody("hello", "Здравствуйте", "Hello");
    QCOMPARE(put(admin, id, update).status, 422); // no version
    update["version"] = 1;
    update["reason"] = "friendlier";
    const auto updated = put(admin, id, update);
    QVERIFY2(updated.status == 200, updated.body.c_str());
    QCOMPARE(updated.json["version"].get<std::int64_t>(), std::int64_t(2));
    QCOMPARE(updated.json["body_en"].get<std::string>(), std::string("Hello"));
    // The same version again is stale.
    const auto stale = put(admin, id, update);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), std::string("version_conflict"));
    QCOMPARE(stale.json["error"]["details"]["current_version"].get<std::int64_t>(), std::int64_t(2));
    QCOMPARE(put(admin, 999999, update).status, 404);
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'canned_reply.update' AND reason = "
                            "'friendlier'"),
             1LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM change_events WHERE kind = 'canned_reply.updated' AND "
                            "(payload->>'canned_reply_id')::bigint = " +
                            std::to_string(id)),
             2LL);
    // Both bodies blank is refused.
    const auto blank = admin.post(kAdminPath, cannedBody("blank", " ", "\n"));
    QCOMPARE(blank.status, 422);
    QCOMPARE(blank.json["error"]["details"]["field"].get<std::string>(), std::string("body_ru"));
}

void TestSyncdCannedReplies::shortcutFormatAndUniqueness()
{
    auto admin = m_world->as(m_world->admin);
    for (const char *bad : {"Hello", "with space", "ünï", "a/b"}) {
        const auto refused = admin.post(kAdminPath, cannedBody(bad, "x", ""));
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json["error"]["details"]["field"].get<std::string>(), std::string("shortcut"));
    }
    QCOMPARE(admin.post(kAdminPath, cannedBody(std::string(33, 'a'), "x", "")).status, 422);
    QVERIFY(createCanned(cannedBody("rate_1-x", "x", "")) > 0);
    const auto second = createCanned(cannedBody("other", "y", ""));
    QVERIFY(second > 0);
    const auto taken = admin.post(kAdminPath, cannedBody("rate_1-x", "z", ""));
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.errorCode(), std::string("conflict"));
    // Renaming onto a taken shortcut is refused too, and changes nothing.
    auto rename = cannedBody("rate_1-x", "y", "");
    rename["version"] = 1;
    QCOMPARE(put(admin, second, rename).status, 409);
    QCOMPARE(m_world->scalar("SELECT shortcut FROM canned_replies WHERE id = " + std::to_string(second)),
             std::string("other"));
    QCOMPARE(m_world->count("SELECT count(*) FROM canned_replies"), 2LL);
}

void TestSyncdCannedReplies::adminRoutesRefuseOtherRoles()
{
    const auto id = createCanned(cannedBody("hello", "x", ""));
    QVERIFY(id > 0);
    for (const auto *who : {&m_world->op1, &m_world->senior2}) {
        auto client = m_world->as(*who);
        QCOMPARE(client.get(kAdminPath).status, 403);
        QCOMPARE(client.post(kAdminPath, cannedBody("mine", "x", "")).status, 403);
        auto body = cannedBody("hello", "changed", "");
        body["version"] = 1;
        QCOMPARE(put(client, id, body).status, 403);
    }
    QCOMPARE(m_world->count("SELECT count(*) FROM canned_replies WHERE body_ru = 'x'"), 1LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM canned_replies"), 1LL);
}

void TestSyncdCannedReplies::operatorsListOnlyActiveReplies()
{
    const auto active = createCanned(cannedBody("active", "x", ""));
    const auto inactive = createCanned(cannedBody("inactive", "y", "", false));
    QVERIFY(active > 0 && inactive > 0);
    auto op = m_world->as(m_world->op1);
    const auto listed = op.get(kListPath);
    QVERIFY2(listed.status == 200, listed.body.c_str());
    QCOMPARE(listed.json["items"].size(), std::size_t(1));
    QCOMPARE(listed.json["items"][0]["id"].get<std::int64_t>(), active);
    auto admin = m_world->as(m_world->admin);
    QCOMPARE(admin.get(kAdminPath).json["items"].size(), std::size_t(2));

    // An inactive reply cannot be sent.
    const auto ticket = customerWrites(
        [&] {
            createOrder(op, 9100); // the customer row
            return m_world->customerId(9100);
        }(),
        std::nullopt);
    const auto sent = op.post("/api/v1/tickets/" + std::to_string(ticket) + "/messages",
                              {{"canned_reply_id", inactive}, {"private_note", false}});
    QCOMPARE(sent.status, 404);
    QCOMPARE(m_world->count("SELECT count(*) FROM outbox"), 0LL);
}

void TestSyncdCannedReplies::unknownVariablesAreRefusedWithTheKnownOnes()
{
    auto admin = m_world->as(m_world->admin);
    const auto refused = admin.post(kAdminPath, cannedBody("bad", "Код {order.code} и {order.nope}", "{foo}"));
    QCOMPARE(refused.status, 422);
    const auto &details = refused.json["error"]["details"];
    QCOMPARE(details["field"].get<std::string>(), std::string("body_ru"));
    QCOMPARE(details["unknown"], nlohmann::json::array({"order.nope"}));
    QVERIFY(contains(details["known"], "order.code"));
    QVERIFY(contains(details["known"], "customer.name"));
    QCOMPARE(m_world->count("SELECT count(*) FROM canned_replies"), 0LL);
    // The list names the same known variables, so an editor flags an unknown one before saving.
    const auto list = admin.get(kAdminPath);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json["known_variables"], details["known"]);

    // Braces that are no variable name stay text: {Order}, { x }, a lone {.
    const auto id = createCanned(cannedBody("ok", "{Order} { x } {", "fine"));
    QVERIFY(id > 0);
    auto update = cannedBody("ok", "fine", "{order.code} {customer.nope}");
    update["version"] = 1;
    const auto updateRefused = put(admin, id, update);
    QCOMPARE(updateRefused.status, 422);
    QCOMPARE(updateRefused.json["error"]["details"]["field"].get<std::string>(), std::string("body_en"));
    QCOMPARE(updateRefused.json["error"]["details"]["unknown"], nlohmann::json::array({"customer.nope"}));
    QVERIFY(contains(updateRefused.json["error"]["details"]["known"], "order.deposit_address"));
    QCOMPARE(m_world->scalar("SELECT version FROM canned_replies WHERE id = " + std::to_string(id)), std::string("1"));
}

void TestSyncdCannedReplies::everyVariableIsRenderedEscaped()
{
    const auto [ticket, orderId] = orderTicket(9001, "<b>&\"", "en");
    QVERIFY(ticket > 0);
    const auto canned = createCanned(cannedBody("all", "ru body", kEveryVariable));
    QVERIFY(canned > 0);
    auto op = m_world->as(m_world->op1);
    const auto order = detail(op, orderId);
    QCOMPARE(order.status, 200);
    const std::string expected =
        "<b>&lt;b&gt;&amp;&quot;</b>|op1|" + order.json["code"].get<std::string>() + "|" +
        order.json["final_rate"].get<std::string>() + "|" + order.json["amount_fiat"].get<std::string>() + "|" +
        order.json["amount_crypto"].get<std::string>() + "|USDT|RUB|taken by an operator|" + kDepositAddress;
    const auto path = "/api/v1/tickets/" + std::to_string(ticket);
    const auto preview = op.post(path + "/preview", {{"canned_reply_id", canned}});
    QVERIFY2(preview.status == 200, preview.body.c_str());
    QCOMPARE(preview.json["text"].get<std::string>(), expected);
    QCOMPARE(preview.json["language"].get<std::string>(), std::string("en"));
    QCOMPARE(m_world->count("SELECT count(*) FROM outbox"), 0LL); // a preview sends nothing

    const auto sent = op.post(path + "/messages", {{"canned_reply_id", canned}, {"private_note", false}});
    QVERIFY2(sent.status == 201, sent.body.c_str());
    QCOMPARE(sent.json["body"].get<std::string>(), expected);
    const auto text = outboxText(sent.json["id"].get<std::int64_t>());
    QVERIFY2(text.rfind(expected, 0) == 0, text.c_str());
    QVERIFY2(text.find("word9001") != std::string::npos, text.c_str());
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'ticket.reply' AND "
                            "(payload->>'canned_reply_id')::bigint = " +
                            std::to_string(canned)),
             1LL);

    // Variables sent with the request override the ticket's values, escaped like them.
    const auto overridden =
        op.post(path + "/preview", {{"canned_reply_id", canned}, {"variables", {{"order.asset", "<USDC>"}}}});
    QVERIFY2(overridden.status == 200, overridden.body.c_str());
    QVERIFY(overridden.json["text"].get<std::string>().find("|&lt;USDC&gt;|RUB|") != std::string::npos);
    const auto unknown = op.post(path + "/preview", {{"canned_reply_id", canned}, {"variables", {{"nope", "x"}}}});
    QCOMPARE(unknown.status, 422);
    QCOMPARE(unknown.json["error"]["details"]["unknown"], nlohmann::json::array({"nope"}));
}

void TestSyncdCannedReplies::languageFollowsTheCustomerWithFallback()
{
    const auto [ruTicket, ruOrder] = orderTicket(9002, "Ivan", "ru");
    const auto [enTicket, enOrder] = orderTicket(9003, "John", "en");
    QVERIFY(ruTicket > 0 && enTicket > 0 && ruOrder != enOrder);
    const auto both = createCanned(cannedBody("both", "Статус: {order.status}", "Status: {order.status}"));
    const auto ruOnly = createCanned(cannedBody("ru-only", "Только {customer.name}", ""));
    const auto enOnly = createCanned(cannedBody("en-only", "  \n", "Only {customer.name}"));
    QVERIFY(both > 0 && ruOnly > 0 && enOnly > 0);
    auto op = m_world->as(m_world->op1);
    const auto preview = [&](std::int64_t ticket, std::int64_t canned) {
        return op.post("/api/v1/tickets/" + std::to_string(ticket) + "/preview", {{"canned_reply_id", canned}}).json;
    };
    QCOMPARE(preview(ruTicket, both)["text"].get<std::string>(), std::string("Статус: в работе у оператора"));
    QCOMPARE(preview(ruTicket, both)["language"].get<std::string>(), std::string("ru"));
    QCOMPARE(preview(enTicket, both)["text"].get<std::string>(), std::string("Status: taken by an operator"));
    QCOMPARE(preview(enTicket, both)["language"].get<std::string>(), std::string("en"));
    // One body empty (or blank): the other language is used, and said so.
    QCOMPARE(preview(enTicket, ruOnly)["text"].get<std::string>(), std::string("Только John"));
    QCOMPARE(preview(enTicket, ruOnly)["language"].get<std::string>(), std::string("ru"));
    QCOMPARE(preview(ruTicket, enOnly)["text"].get<std::string>(), std::string("Only Ivan"));
    QCOMPARE(preview(ruTicket, enOnly)["language"].get<std::string>(), std::string("en"));
    // The reply that is sent is the one previewed.
    const auto sent = op.post("/api/v1/tickets/" + std::to_string(enTicket) + "/messages",
                              {{"canned_reply_id", ruOnly}, {"private_note", false}});
    QVERIFY2(sent.status == 201, sent.body.c_str());
    QVERIFY(outboxText(sent.json["id"].get<std::int64_t>()).rfind("Только John", 0) == 0);
}

void TestSyncdCannedReplies::variableWithoutValueIsRefused()
{
    auto op = m_world->as(m_world->op1);
    QCOMPARE(createOrder(op, 9004).status, 201);
    // The customer writes about something else than the order: the general ticket has no order.
    const auto customer = m_world->customerId(9004);
    m_world->sql("UPDATE orders SET status = 'CANCELLED' WHERE customer_id = " + std::to_string(customer));
    const auto ticket = customerWrites(customer, std::nullopt);
    QCOMPARE(m_world->count("SELECT count(*) FROM support_tickets WHERE order_id IS NULL AND id = " +
                            std::to_string(ticket)),
             1LL);
    const auto canned = createCanned(cannedBody("code", "Заявка {order.code}, курс {order.final_rate}", ""));
    QVERIFY(canned > 0);
    const auto path = "/api/v1/tickets/" + std::to_string(ticket);
    for (const char *route : {"/preview", "/messages"}) {
        const auto refused = op.post(path + route, {{"canned_reply_id", canned}, {"private_note", false}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), std::string("validation_failed"));
        QCOMPARE(refused.json["error"]["details"]["missing"],
                 nlohmann::json::array({"order.code", "order.final_rate"}));
    }
    QCOMPARE(m_world->count("SELECT count(*) FROM outbox"), 0LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM ticket_messages WHERE author LIKE 'operator:%'"), 0LL);
    // Values the operator supplies fill the gap.
    const auto filled = op.post(path + "/preview", {{"canned_reply_id", canned},
                                                    {"variables", {{"order.code", "K1"}, {"order.final_rate", "9"}}}});
    QVERIFY2(filled.status == 200, filled.body.c_str());
    QCOMPARE(filled.json["text"].get<std::string>(), std::string("Заявка K1, курс 9"));
}

QTEST_GUILESS_MAIN(TestSyncdCannedReplies)
#include "tst_syncd_canned_replies.moc"
