#include "tst_syncd_orders_fixture.h"

#include "app/Services.h"
#include "db/Transaction.h"
#include "service/OrderServices.h"

#include "p2pdesk/proto/Endpoints.h"

#include <pqxx/nontransaction>
#include <pqxx/result>

#include <stdexcept>
#include <utility>

namespace p2pdesk::test::orders {

OrdersWorld::OrdersWorld(SyncdTestServerOptions options)
{
    server = std::make_unique<SyncdTestServer>(db, std::move(options));
    op1 = createOperator(*server, "op1", {"operator"});
    op2 = createOperator(*server, "op2", {"operator"});
    senior1 = createOperator(*server, "senior1", {"operator", "senior"});
    senior2 = createOperator(*server, "senior2", {"senior"});
    admin = createOperator(*server, "admin1", {"admin"});
    sql("INSERT INTO rates (direction, asset, network, fiat_currency, base_rate, base_updated_at, margin_percent, "
        "fixed_fee) VALUES ('crypto_to_fiat', 'USDT', 'TRON', 'RUB', 100, now(), 1, 0)");
    walletId = std::stoll(scalar("INSERT INTO crypto_wallets (provider, kind, asset, network, address, secret_ref) "
                                 "VALUES ('test', 'hot', 'USDT', 'TRON', 'TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf', "
                                 "'vault:test/1') RETURNING id"));
    sql("INSERT INTO settings (key, value) VALUES ('approval_thresholds', '{\"RUB\": \"5000.00\"}')");
    for (const char *stage : {"verify", "payout"}) {
        const auto checklist = scalar(std::string("INSERT INTO checklists (stage, title) VALUES ('") + stage + "', '" +
                                      stage + "') RETURNING id");
        auto &items = std::string(stage) == "verify" ? verifyItems : payoutItems;
        for (int i = 1; i <= 2; ++i) {
            items.push_back(std::stoll(scalar("INSERT INTO checklist_items (checklist_id, position, text) VALUES (" +
                                              checklist + ", " + std::to_string(i) + ", '" + stage + " item " +
                                              std::to_string(i) + "') RETURNING id")));
        }
    }
}

OrdersWorld::~OrdersWorld() = default;

HttpsTestClient OrdersWorld::as(const TestOperator &op) const
{
    return clientAs(*server, op);
}

void OrdersWorld::sql(const std::string &statement) const
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    tx.exec0(statement);
}

std::string OrdersWorld::scalar(const std::string &query) const
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    const auto result = tx.exec(query);
    if (result.empty() || result[0][0].is_null())
        return {};
    return result[0][0].as<std::string>();
}

long long OrdersWorld::count(const std::string &query) const
{
    return std::stoll(scalar(query));
}

std::int64_t OrdersWorld::customerId(std::int64_t telegramId) const
{
    const auto id = scalar("SELECT id FROM customers WHERE tg_user_id = " + std::to_string(telegramId));
    return id.empty() ? 0 : std::stoll(id);
}

std::string path(std::string_view pattern, std::int64_t id)
{
    std::string out(pattern);
    out.replace(out.find("{id}"), 4, std::to_string(id));
    return out;
}

std::string flagPath(std::int64_t orderId, std::int64_t flagId)
{
    std::string out = path(proto::endpoints::kOrderRiskFlagClear, orderId);
    out.replace(out.find("{flagId}"), 8, std::to_string(flagId));
    return out;
}

nlohmann::json createOrderBody(std::int64_t telegramId, const std::string &requisites, const std::string &amountCrypto)
{
    return {{"customer", {{"telegram_id", telegramId}, {"username", "cust" + std::to_string(telegramId)}}},
            {"direction", "sell"},
            {"asset", "USDT"},
            {"network", "TRON"},
            {"fiat_currency", "RUB"},
            {"amount_crypto", amountCrypto},
            {"payout_requisites", requisites}};
}

HttpsResult createOrder(HttpsTestClient &client, std::int64_t telegramId, const std::string &requisites,
                        const std::string &amountCrypto)
{
    return client.post(std::string(proto::endpoints::kOrders), createOrderBody(telegramId, requisites, amountCrypto));
}

HttpsResult take(HttpsTestClient &client, std::int64_t orderId, const std::string &rate, const Headers &headers)
{
    return client.post(path(proto::endpoints::kOrderTake, orderId), {{"final_rate", rate}}, headers);
}

HttpsResult transition(HttpsTestClient &client, std::int64_t orderId, const std::string &to, std::int64_t version,
                       const std::string &reason, const nlohmann::json &extra)
{
    nlohmann::json body = extra;
    body["to"] = to;
    body["version"] = version;
    if (!reason.empty())
        body["reason"] = reason;
    return client.post(path(proto::endpoints::kOrderTransitions, orderId), body);
}

HttpsResult tick(HttpsTestClient &client, std::int64_t orderId, std::int64_t itemId, bool done)
{
    return client.post(path(proto::endpoints::kOrderChecklist, orderId), {{"item_id", itemId}, {"done", done}});
}

HttpsResult approve(HttpsTestClient &client, std::int64_t orderId, std::int64_t version, const std::string &decision)
{
    return client.post(path(proto::endpoints::kOrderApprovals, orderId),
                       {{"decision", decision}, {"reason", "looked at it"}, {"version", version}});
}

HttpsResult detail(HttpsTestClient &client, std::int64_t orderId)
{
    return client.get(path(proto::endpoints::kOrder, orderId));
}

void insertTxidProof(const OrdersWorld &world, std::int64_t orderId, const std::string &txidSeed)
{
    std::string txid = txidSeed;
    txid.resize(64, '0');
    world.sql("INSERT INTO attachments (order_id, kind, txid, uploader) VALUES (" + std::to_string(orderId) +
              ", 'proof_txid', '" + txid + "', 'operator:1')");
}

void systemAttachProof(OrdersWorld &world, std::int64_t orderId)
{
    auto &services = world.server->app().services();
    syncd::db::inTransaction(services.pool(), [&](syncd::db::Transaction &tx) {
        syncd::service::TransitionInput input;
        input.to = domain::OrderStatus::OperatorVerifyProof;
        input.meta = {{"proof", "txid"}};
        services.orders().transitions().applyTransition(tx, orderId, syncd::service::OrderActor::system(), input);
    });
}

std::vector<nlohmann::json> awaitFeedEvents(HttpsTestClient &client, std::int64_t since,
                                            const std::function<bool(const nlohmann::json &)> &matches)
{
    std::vector<nlohmann::json> found;
    for (int poll = 0; poll < 10 && found.empty(); ++poll) {
        const auto changes = client.get("/api/v1/changes?since=" + std::to_string(since) + "&wait=2");
        if (changes.status != 200)
            return found;
        for (const auto &event : changes.json.at("events")) {
            if (matches(event))
                found.push_back(event);
        }
        since = changes.json.at("last_seq").get<std::int64_t>();
    }
    return found;
}

} // namespace p2pdesk::test::orders
