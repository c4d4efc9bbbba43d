#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/proto/Customers.h"
#include "p2pdesk/proto/Endpoints.h"

#include <QtTest>

#include <cstdint>
#include <memory>
#include <string>

using namespace p2pdesk;
using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

namespace ep = p2pdesk::proto::endpoints;

namespace {

constexpr const char *kOtherRequisites = "4276 5500 1234 7788";

nlohmann::json reason(const std::string &text)
{
    return {{"reason", text}};
}

} // namespace

// The customer profile and blocking (GET /api/v1/customers/{id}, POST …/block and …/unblock)
// against the real syncd and PostgreSQL.
class TestSyncdCustomers final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void profileShowsOrdersFlagsAccountsAndTickets();
    void profileNeverCarriesRequisites();
    void unknownCustomerIsNotFound();
    void operatorMayNotBlock();
    void blockHoldsOpenOrdersAuditsAndPublishes();
    void blockIsIdempotentAndConditional();
    void unblockKeepsTheHoldsUntilASeniorClearsThem();
    void missingReasonChangesNothing();
    void seniorRevealsRequisitesWithAReason();
    void seniorChangesTheVerificationLevel();
    void verificationLevelRefusalsChangeNothing();

private:
    // A customer with an open (NEW) order and a cancelled one, on two payout accounts; answers the
    // customer's id and fills the orders' ids.
    std::int64_t customerWithOrders(std::int64_t telegramId, std::int64_t &openOrder, std::int64_t &cancelledOrder);
    std::string customerPath(std::string_view pattern, std::int64_t id) const { return path(pattern, id); }

    std::unique_ptr<OrdersWorld> m_world;
};

void TestSyncdCustomers::init()
{
    m_world = std::make_unique<OrdersWorld>();
}

void TestSyncdCustomers::cleanup()
{
    m_world.reset();
}

std::int64_t TestSyncdCustomers::customerWithOrders(std::int64_t telegramId, std::int64_t &openOrder,
                                                    std::int64_t &cancelledOrder)
{
    auto op = m_world->as(m_world->op1);
    const auto first = createOrder(op, telegramId, kOtherRequisites);
    const auto second = createOrder(op, telegramId);
    if (first.status != 201 || second.status != 201)
        return 0;
    cancelledOrder = first.json["id"].get<std::int64_t>();
    openOrder = second.json["id"].get<std::int64_t>();
    if (transition(op, cancelledOrder, "CANCELLED", first.json["version"].get<std::int64_t>(), "customer changed mind")
            .status != 200)
        return 0;
    return m_world->customerId(telegramId);
}

void TestSyncdCustomers::profileShowsOrdersFlagsAccountsAndTickets()
{
    std::int64_t open = 0, cancelled = 0;
    const auto customer = customerWithOrders(8101, open, cancelled);
    QVERIFY(customer > 0);
    // Flag history: RUB has no limits in this world, so each order carries risk_limits_missing; a
    // senior clears the cancelled order's.
    const auto flag = m_world->count("SELECT id FROM risk_flags WHERE order_id = " + std::to_string(cancelled));
    auto senior = m_world->as(m_world->senior1);
    const auto cleared = senior.post(flagPath(cancelled, flag), reason("limits are being set up"));
    QVERIFY2(cleared.status == 200, cleared.body.c_str());
    const auto ticket = m_world->scalar("INSERT INTO support_tickets (customer_id, order_id) VALUES (" +
                                        std::to_string(customer) + ", " + std::to_string(open) + ") RETURNING id");
    m_world->sql("UPDATE customers SET first_name = 'Иван', language = 'en' WHERE id = " + std::to_string(customer));

    auto op = m_world->as(m_world->op1);
    const auto res = op.get(customerPath(ep::kCustomer, customer));
    QVERIFY2(res.status == 200, res.body.c_str());
    const auto profile = proto::fromJson<proto::CustomerProfile>(res.json);
    QVERIFY2(profile.ok(), res.body.c_str());

    const auto &info = profile->customer;
    QCOMPARE(info.id, customer);
    QCOMPARE(info.telegramId, std::int64_t{8101});
    QCOMPARE(info.username.value_or(""), std::string("cust8101"));
    QCOMPARE(info.firstName.value_or(""), std::string("Иван"));
    QCOMPARE(info.language, std::string("en"));
    QVERIFY(!info.blocked);
    QVERIFY(!info.blockedReason && !info.blockedAt && !info.blockedBy);
    QVERIFY(!info.unreachable);

    // Newest first, with what the list shows.
    QCOMPARE(profile->orders.size(), std::size_t{2});
    QCOMPARE(profile->orders[0].id, open);
    QCOMPARE(profile->orders[1].id, cancelled);
    QVERIFY(profile->orders[0].status == domain::OrderStatus::New);
    QVERIFY(profile->orders[1].status == domain::OrderStatus::Cancelled);
    QCOMPARE(profile->orders[0].amountCrypto.toString(), std::string("100.000000"));
    QCOMPARE(profile->orders[0].amountFiat.toString(), std::string("9900.00"));
    QCOMPARE(profile->orders[0].fiatCurrency, std::string("RUB"));
    QCOMPARE(profile->orders[0].code,
             m_world->scalar("SELECT public_code FROM orders WHERE id = " + std::to_string(open)));

    // Risk flags with their history, newest first, each naming its order.
    QCOMPARE(profile->riskFlags.size(), std::size_t{2});
    const auto &openFlag = profile->riskFlags[0];
    const auto &clearedFlag = profile->riskFlags[1];
    QCOMPARE(openFlag.orderId.value_or(0), open);
    QCOMPARE(openFlag.flag.rule, std::string("risk_limits_missing"));
    QVERIFY(!openFlag.flag.clearedAt);
    QCOMPARE(clearedFlag.flag.id, flag);
    QCOMPARE(clearedFlag.orderId.value_or(0), cancelled);
    QCOMPARE(clearedFlag.orderCode.value_or(""), profile->orders[1].code);
    QVERIFY(clearedFlag.flag.clearedAt.has_value());
    QCOMPARE(clearedFlag.flag.clearedBy->username, m_world->senior1.username);
    QCOMPARE(clearedFlag.flag.clearReason.value_or(""), std::string("limits are being set up"));
    QCOMPARE(clearedFlag.flag.figures.value("observed", ""), std::string("RUB"));

    // Both payout accounts, masked.
    QCOMPARE(profile->payoutAccounts.size(), std::size_t{2});
    QCOMPARE(profile->payoutAccounts[0].masked, std::string("•••• 7788"));
    QCOMPARE(profile->payoutAccounts[1].masked, std::string("•••• 9012"));
    QCOMPARE(profile->payoutAccounts[1].kind, std::string("card"));

    QCOMPARE(profile->tickets.size(), std::size_t{1});
    QCOMPARE(std::to_string(profile->tickets[0].id), ticket);
    QCOMPARE(profile->tickets[0].orderCode.value_or(""), profile->orders[0].code);
    QCOMPARE(profile->tickets[0].status, std::string("open"));

    // Seniors and admins read it as well.
    QCOMPARE(senior.get(customerPath(ep::kCustomer, customer)).status, 200);
    QCOMPARE(m_world->as(m_world->admin).get(customerPath(ep::kCustomer, customer)).status, 200);
}

void TestSyncdCustomers::profileNeverCarriesRequisites()
{
    std::int64_t open = 0, cancelled = 0;
    const auto customer = customerWithOrders(8102, open, cancelled);
    QVERIFY(customer > 0);
    for (const auto *who : {"senior", "operator"}) {
        auto client = m_world->as(std::string(who) == "senior" ? m_world->senior1 : m_world->op1);
        const auto res = client.get(customerPath(ep::kCustomer, customer));
        QCOMPARE(res.status, 200);
        for (const std::string &secret :
             {std::string(kRequisites), std::string("2200123456789012"), std::string("22001234"),
              std::string(kOtherRequisites), std::string("4276550012347788"), std::string("ciphertext"),
              std::string("keyed_hash"), std::string("nonce")})
            QVERIFY2(res.body.find(secret) == std::string::npos, (std::string(who) + ": " + secret).c_str());
    }
    // Reading the profile is not a requisites read: nothing to audit.
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'order.requisites_read'"), 0LL);
}

void TestSyncdCustomers::unknownCustomerIsNotFound()
{
    auto op = m_world->as(m_world->op1);
    const auto res = op.get(customerPath(ep::kCustomer, 999999));
    QCOMPARE(res.status, 404);
    QCOMPARE(res.errorCode(), std::string("not_found"));
    auto senior = m_world->as(m_world->senior1);
    const auto block = senior.post(customerPath(ep::kCustomerBlock, 999999), reason("whatever"));
    QCOMPARE(block.status, 404);
    QCOMPARE(block.errorCode(), std::string("not_found"));
}

void TestSyncdCustomers::operatorMayNotBlock()
{
    std::int64_t open = 0, cancelled = 0;
    const auto customer = customerWithOrders(8103, open, cancelled);
    QVERIFY(customer > 0);
    auto op = m_world->as(m_world->op1);
    const auto res = op.post(customerPath(ep::kCustomerBlock, customer), reason("I do not like them"));
    QCOMPARE(res.status, 403);
    QCOMPARE(res.errorCode(), std::string("forbidden"));
    QCOMPARE(m_world->scalar("SELECT blocked FROM customers WHERE id = " + std::to_string(customer)), std::string("f"));
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE entity = 'customer'"), 0LL);
}

void TestSyncdCustomers::blockHoldsOpenOrdersAuditsAndPublishes()
{
    std::int64_t open = 0, cancelled = 0;
    const auto customer = customerWithOrders(8104, open, cancelled);
    QVERIFY(customer > 0);
    const auto id = std::to_string(customer);
    const auto seqBefore = m_world->count("SELECT coalesce(max(seq), 0) FROM change_events");
    const auto versionBefore = m_world->count("SELECT version FROM orders WHERE id = " + std::to_string(open));

    auto senior = m_world->as(m_world->senior1);
    const auto res = senior.post(customerPath(ep::kCustomerBlock, customer), reason("  chargebacks from the bank \n"));
    QVERIFY2(res.status == 200, res.body.c_str());
    const auto profile = proto::fromJson<proto::CustomerProfile>(res.json);
    QVERIFY2(profile.ok(), res.body.c_str());
    QVERIFY(profile->customer.blocked);
    QCOMPARE(profile->customer.blockedReason.value_or(""), std::string("chargebacks from the bank"));
    QVERIFY(profile->customer.blockedAt.has_value());
    QCOMPARE(profile->customer.blockedBy->username, m_world->senior1.username);

    // The customer row and the audit row, with the trimmed reason.
    QCOMPARE(m_world->scalar("SELECT blocked_reason FROM customers WHERE blocked AND id = " + id),
             std::string("chargebacks from the bank"));
    QCOMPARE(m_world->scalar("SELECT reason FROM audit_log WHERE action = 'customer.block' AND entity = 'customer' "
                             "AND entity_id = '" +
                             id + "' AND actor = 'operator:" + std::to_string(m_world->senior1.id) + "'"),
             std::string("chargebacks from the bank"));

    // The open order is held with a customer_blocked flag explaining why; the cancelled one is not.
    const auto openId = std::to_string(open);
    QCOMPARE(m_world->scalar("SELECT severity || '|' || (figures->>'observed') FROM risk_flags WHERE order_id = " +
                             openId + " AND rule = 'customer_blocked' AND cleared_at IS NULL"),
             std::string("hold|chargebacks from the bank"));
    QCOMPARE(m_world->scalar("SELECT hold FROM orders WHERE id = " + openId), std::string("t"));
    QCOMPARE(m_world->count("SELECT version FROM orders WHERE id = " + openId), versionBefore + 1);
    QCOMPARE(m_world->count("SELECT count(*) FROM risk_flags WHERE rule = 'customer_blocked' AND order_id = " +
                            std::to_string(cancelled)),
             0LL);
    QCOMPARE(m_world->scalar("SELECT reason FROM audit_log WHERE action = 'order.risk_flag_raise' AND entity_id = '" +
                             openId + "'"),
             std::string("chargebacks from the bank"));
    QVERIFY(profile->orders[0].hold);
    QCOMPARE(profile->riskFlags[0].flag.rule, std::string("customer_blocked"));

    // The change feed: customer.updated for the customer, risk_flag.raised for the order.
    QCOMPARE(m_world->count("SELECT count(*) FROM change_events WHERE kind = 'customer.updated' AND seq > " +
                            std::to_string(seqBefore) + " AND (payload->>'customer_id')::bigint = " + id),
             1LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM change_events WHERE kind = 'risk_flag.raised' AND seq > " +
                            std::to_string(seqBefore) + " AND order_id = " + openId),
             1LL);

    // The held order cannot be taken, and no new order is created for the customer.
    auto op = m_world->as(m_world->op1);
    const auto taken = take(op, open);
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.errorCode(), std::string("risk_hold"));
    const auto created = createOrder(op, 8104);
    QCOMPARE(created.status, 409);
    QCOMPARE(created.errorCode(), std::string("risk_hold"));

    // An admin may block as well (another customer).
    std::int64_t open2 = 0, cancelled2 = 0;
    const auto other = customerWithOrders(8105, open2, cancelled2);
    QVERIFY(other > 0);
    QCOMPARE(m_world->as(m_world->admin).post(customerPath(ep::kCustomerBlock, other), reason("fraud")).status, 200);
}

void TestSyncdCustomers::blockIsIdempotentAndConditional()
{
    std::int64_t open = 0, cancelled = 0;
    const auto customer = customerWithOrders(8106, open, cancelled);
    QVERIFY(customer > 0);
    auto senior = m_world->as(m_world->senior1);
    const Headers key{{"Idempotency-Key", "block-8106"}};
    const auto first = senior.post(customerPath(ep::kCustomerBlock, customer), reason("fraud"), key);
    QCOMPARE(first.status, 200);
    const auto replay = senior.post(customerPath(ep::kCustomerBlock, customer), reason("fraud"), key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotent-Replayed"), std::string("true"));
    QCOMPARE(replay.body, first.body);
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'customer.block'"), 1LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM risk_flags WHERE rule = 'customer_blocked'"), 1LL);

    // Blocking a blocked customer again (another senior, another key) is a conflict that says so.
    const auto again =
        m_world->as(m_world->senior2).post(customerPath(ep::kCustomerBlock, customer), reason("fraud, again"));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), std::string("conflict"));
    QCOMPARE(again.json["error"]["details"]["blocked"], nlohmann::json(true));
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'customer.block'"), 1LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM risk_flags WHERE rule = 'customer_blocked'"), 1LL);
    QCOMPARE(m_world->scalar("SELECT blocked_reason FROM customers WHERE id = " + std::to_string(customer)),
             std::string("fraud"));
}

void TestSyncdCustomers::unblockKeepsTheHoldsUntilASeniorClearsThem()
{
    std::int64_t open = 0, cancelled = 0;
    const auto customer = customerWithOrders(8107, open, cancelled);
    QVERIFY(customer > 0);
    auto senior = m_world->as(m_world->senior1);
    QCOMPARE(senior.post(customerPath(ep::kCustomerBlock, customer), reason("fraud")).status, 200);

    const auto res =
        senior.post(customerPath(ep::kCustomerUnblock, customer), reason("the bank confirmed it was fine"));
    QVERIFY2(res.status == 200, res.body.c_str());
    const auto profile = proto::fromJson<proto::CustomerProfile>(res.json);
    QVERIFY(profile.ok());
    QVERIFY(!profile->customer.blocked);
    QVERIFY(!profile->customer.blockedReason && !profile->customer.blockedAt && !profile->customer.blockedBy);
    const auto id = std::to_string(customer);
    QCOMPARE(m_world->scalar("SELECT blocked::text || coalesce(blocked_reason, '-') FROM customers WHERE id = " + id),
             std::string("false-"));
    QCOMPARE(
        m_world->scalar("SELECT reason FROM audit_log WHERE action = 'customer.unblock' AND entity_id = '" + id + "'"),
        std::string("the bank confirmed it was fine"));
    QCOMPARE(m_world->count("SELECT count(*) FROM change_events WHERE kind = 'customer.updated'"), 2LL);

    // Unblocking an unblocked customer is a conflict.
    const auto again = senior.post(customerPath(ep::kCustomerUnblock, customer), reason("again"));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json["error"]["details"]["blocked"], nlohmann::json(false));

    // The hold stays until a senior clears it on the order; then the order can be taken.
    QCOMPARE(m_world->scalar("SELECT hold FROM orders WHERE id = " + std::to_string(open)), std::string("t"));
    const auto flag = m_world->count("SELECT id FROM risk_flags WHERE rule = 'customer_blocked' AND order_id = " +
                                     std::to_string(open));
    QCOMPARE(senior.post(flagPath(open, flag), reason("customer unblocked")).status, 200);
    QCOMPARE(m_world->scalar("SELECT hold FROM orders WHERE id = " + std::to_string(open)), std::string("f"));
    auto op = m_world->as(m_world->op1);
    QCOMPARE(take(op, open).status, 200);

    // Blocking again holds the order again (its first hold was cleared).
    QCOMPARE(senior.post(customerPath(ep::kCustomerBlock, customer), reason("fraud after all")).status, 200);
    QCOMPARE(m_world->count("SELECT count(*) FROM risk_flags WHERE rule = 'customer_blocked' AND cleared_at IS NULL "
                            "AND order_id = " +
                            std::to_string(open)),
             1LL);
}

void TestSyncdCustomers::missingReasonChangesNothing()
{
    std::int64_t open = 0, cancelled = 0;
    const auto customer = customerWithOrders(8108, open, cancelled);
    QVERIFY(customer > 0);
    const auto versionBefore = m_world->count("SELECT version FROM orders WHERE id = " + std::to_string(open));
    auto senior = m_world->as(m_world->senior1);
    for (const auto &body : {nlohmann::json::object(), reason(""), reason("  \n\t ")}) {
        const auto res = senior.post(customerPath(ep::kCustomerBlock, customer), body);
        QCOMPARE(res.status, 422);
        QCOMPARE(res.errorCode(), std::string("reason_required"));
    }
    const auto tooLong = senior.post(customerPath(ep::kCustomerBlock, customer), reason(std::string(1001, 'r')));
    QCOMPARE(tooLong.status, 422);
    QCOMPARE(tooLong.errorCode(), std::string("validation_failed"));

    QCOMPARE(m_world->scalar("SELECT blocked FROM customers WHERE id = " + std::to_string(customer)), std::string("f"));
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE entity = 'customer'"), 0LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM risk_flags WHERE rule = 'customer_blocked'"), 0LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM change_events WHERE kind = 'customer.updated'"), 0LL);
    QCOMPARE(m_world->count("SELECT version FROM orders WHERE id = " + std::to_string(open)), versionBefore);
    QCOMPARE(m_world->scalar("SELECT hold FROM orders WHERE id = " + std::to_string(open)), std::string("f"));
}

void TestSyncdCustomers::seniorRevealsRequisitesWithAReason()
{
    std::int64_t open = 0, cancelled = 0;
    const auto customer = customerWithOrders(8109, open, cancelled);
    QVERIFY(customer > 0);
    const auto account = m_world->count("SELECT payout_account_id FROM orders WHERE id = " + std::to_string(cancelled));
    const auto revealPath = [&](std::int64_t customerId, std::int64_t accountId) {
        std::string p = customerPath(ep::kCustomerAccountReveal, customerId);
        return p.replace(p.find("{accountId}"), 11, std::to_string(accountId));
    };

    // A senior reads the account in full, with a reason; the audit row names it masked only.
    auto senior = m_world->as(m_world->senior1);
    const Headers key{{"Idempotency-Key", "reveal-8109"}};
    const auto res = senior.post(revealPath(customer, account), reason("  the bank asks to confirm the card \n"), key);
    QVERIFY2(res.status == 200, res.body.c_str());
    const auto revealed = proto::fromJson<proto::RevealedRequisites>(res.json);
    QVERIFY2(revealed.ok(), res.body.c_str());
    QCOMPARE(revealed->accountId, account);
    QCOMPARE(revealed->requisites, std::string(kOtherRequisites));
    QCOMPARE(revealed->masked,
             m_world->scalar("SELECT masked FROM payout_accounts WHERE id = " + std::to_string(account)));
    const std::string id = std::to_string(customer);
    QCOMPARE(m_world->scalar("SELECT reason || '|' || (payload->>'payout_account_id') || '|' || actor FROM audit_log "
                             "WHERE action = 'customer.requisites_reveal' AND entity = 'customer' AND entity_id = '" +
                             id + "'"),
             "the bank asks to confirm the card|" + std::to_string(account) +
                 "|operator:" + std::to_string(m_world->senior1.id));
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE payload::text LIKE '%4276%'"), 0LL);

    // Never kept for a replay: the same key reads (and audits) again, and no stored answer holds it.
    const auto again = senior.post(revealPath(customer, account), reason("the bank asks to confirm the card"), key);
    QCOMPARE(again.status, 200);
    QVERIFY(again.header("Idempotent-Replayed").empty());
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'customer.requisites_reveal'"), 2LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM idempotency_keys WHERE response_body LIKE '%4276%'"), 0LL);

    // An admin may; an operator may not; a reason is needed; another customer's account is unknown.
    QCOMPARE(m_world->as(m_world->admin).post(revealPath(customer, account), reason("audit sample")).status, 200);
    const auto byOperator = m_world->as(m_world->op1).post(revealPath(customer, account), reason("curious"));
    QCOMPARE(byOperator.status, 403);
    QVERIFY(byOperator.body.find("4276") == std::string::npos);
    const auto blank = senior.post(revealPath(customer, account), reason("  "));
    QCOMPARE(blank.status, 422);
    QCOMPARE(blank.errorCode(), std::string("reason_required"));
    std::int64_t otherOpen = 0, otherCancelled = 0;
    const auto other = customerWithOrders(8110, otherOpen, otherCancelled);
    QVERIFY(other > 0);
    const auto foreign = senior.post(revealPath(other, account), reason("wrong customer"));
    QCOMPARE(foreign.status, 404);
    QVERIFY(foreign.body.find("4276") == std::string::npos);
    QCOMPARE(senior.post(revealPath(customer, 999999), reason("no such")).status, 404);
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'customer.requisites_reveal'"), 3LL);
}

void TestSyncdCustomers::seniorChangesTheVerificationLevel()
{
    std::int64_t open = 0, cancelled = 0;
    const auto customer = customerWithOrders(8111, open, cancelled);
    QVERIFY(customer > 0);
    const std::string id = std::to_string(customer);
    const auto seqBefore = m_world->count("SELECT coalesce(max(seq), 0) FROM change_events");
    const auto kycPath = customerPath(ep::kCustomerKycLevel, customer);

    // Everyone starts unverified, and the profile says so without a change to show.
    auto senior = m_world->as(m_world->senior1);
    const auto before = senior.get(customerPath(ep::kCustomer, customer));
    QCOMPARE(before.json["customer"]["kyc_level"], nlohmann::json(0));
    QVERIFY(!before.json["customer"].contains("kyc_changed_at"));

    const Headers key{{"Idempotency-Key", "kyc-8111"}};
    const nlohmann::json body{{"level", 2}, {"reason", "  passport and a utility bill checked \n"}};
    const auto res = senior.post(kycPath, body, key);
    QVERIFY2(res.status == 200, res.body.c_str());
    const auto profile = proto::fromJson<proto::CustomerProfile>(res.json);
    QVERIFY2(profile.ok(), res.body.c_str());
    QVERIFY(profile->customer.kycLevel == domain::KycLevel::Full);
    QCOMPARE(profile->customer.kycReason.value_or(""), std::string("passport and a utility bill checked"));
    QCOMPARE(profile->customer.kycChangedBy->username, m_world->senior1.username);
    QVERIFY(profile->customer.kycChangedAt.has_value());
    QCOMPARE(m_world->scalar("SELECT kyc_level FROM customers WHERE id = " + id), std::string("2"));
    QCOMPARE(
        m_world->scalar("SELECT reason || '|' || (payload->>'from') || '|' || (payload->>'to') || '|' || actor "
                        "FROM audit_log WHERE action = 'customer.kyc_level' AND entity = 'customer' AND entity_id = '" +
                        id + "'"),
        "passport and a utility bill checked|0|2|operator:" + std::to_string(m_world->senior1.id));
    QCOMPARE(m_world->count("SELECT count(*) FROM change_events WHERE kind = 'customer.updated' AND seq > " +
                            std::to_string(seqBefore) + " AND (payload->>'customer_id')::bigint = " + id),
             1LL);

    // A replay answers the first response; the same level again (another key) is a conflict that
    // names the level in force.
    const auto replay = senior.post(kycPath, body, key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotent-Replayed"), std::string("true"));
    const auto same = m_world->as(m_world->senior2).post(kycPath, {{"level", 2}, {"reason", "checked again"}});
    QCOMPARE(same.status, 409);
    QCOMPARE(same.errorCode(), std::string("conflict"));
    QCOMPARE(same.json["error"]["details"]["kyc_level"], nlohmann::json(2));
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'customer.kyc_level'"), 1LL);

    // An admin lowers it; the profile shows the newest change, and the directory lists the level.
    auto admin = m_world->as(m_world->admin);
    const auto lowered = admin.post(kycPath, {{"level", 1}, {"reason", "the bill was older than three months"}});
    QVERIFY2(lowered.status == 200, lowered.body.c_str());
    QCOMPARE(lowered.json["customer"]["kyc_level"], nlohmann::json(1));
    QCOMPARE(lowered.json["customer"]["kyc_reason"], nlohmann::json("the bill was older than three months"));
    QCOMPARE(lowered.json["customer"]["kyc_changed_by"]["username"], nlohmann::json(m_world->admin.username));
    const auto listed = senior.get(std::string(ep::kCustomers) + "?q=" + std::to_string(8111));
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json["customers"][0]["customer"]["kyc_level"], nlohmann::json(1));
}

void TestSyncdCustomers::verificationLevelRefusalsChangeNothing()
{
    std::int64_t open = 0, cancelled = 0;
    const auto customer = customerWithOrders(8112, open, cancelled);
    QVERIFY(customer > 0);
    const auto kycPath = customerPath(ep::kCustomerKycLevel, customer);
    auto senior = m_world->as(m_world->senior1);

    const auto byOperator = m_world->as(m_world->op1).post(kycPath, {{"level", 1}, {"reason", "looks fine"}});
    QCOMPARE(byOperator.status, 403);
    for (const auto &body : {nlohmann::json{{"level", 1}}, nlohmann::json{{"level", 1}, {"reason", " \t "}}}) {
        const auto res = senior.post(kycPath, body);
        QCOMPARE(res.status, 422);
        QCOMPARE(res.errorCode(), std::string("reason_required"));
    }
    for (const auto &level : {nlohmann::json(3), nlohmann::json(-1), nlohmann::json("1"), nlohmann::json(nullptr)}) {
        const auto res = senior.post(kycPath, {{"level", level}, {"reason", "documents"}});
        QCOMPARE(res.status, 422);
        QCOMPARE(res.errorCode(), std::string("validation_failed"));
        QCOMPARE(res.json["error"]["details"]["field"], nlohmann::json("level"));
    }
    const auto unknown = senior.post(customerPath(ep::kCustomerKycLevel, 999999), {{"level", 1}, {"reason", "who"}});
    QCOMPARE(unknown.status, 404);

    QCOMPARE(m_world->scalar("SELECT kyc_level FROM customers WHERE id = " + std::to_string(customer)),
             std::string("0"));
    QCOMPARE(m_world->count("SELECT count(*) FROM audit_log WHERE action = 'customer.kyc_level'"), 0LL);
    QCOMPARE(m_world->count("SELECT count(*) FROM change_events WHERE kind = 'customer.updated'"), 0LL);
}

QTEST_GUILESS_MAIN(TestSyncdCustomers)
#include "tst_syncd_customers.moc"
