#pragma once

#include "p2pdesk/test/HttpsTestClient.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TestOperators.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// Shared world of the order lifecycle tests: a migrated database, the real syncd over HTTPS, a few
// operators, a fresh USDT/TRON→RUB rate (base 100, margin 1 % → suggested 99.000000), one hot
// wallet, an approval threshold of 5000.00 RUB (so the standard 100 USDT = 9900.00 RUB order needs
// one) and two-item verify/payout checklists.
namespace p2pdesk::test::orders {

inline constexpr const char *kRequisites = "2200 1234 5678 9012";

class OrdersWorld final {
public:
    explicit OrdersWorld(SyncdTestServerOptions options = {});
    ~OrdersWorld();

    PgTestDatabase db;
    std::unique_ptr<SyncdTestServer> server;
    TestOperator op1;     // operator
    TestOperator op2;     // operator
    TestOperator senior1; // operator + senior
    TestOperator senior2; // senior
    TestOperator admin;   // admin only
    std::int64_t walletId = 0;
    std::vector<std::int64_t> verifyItems;
    std::vector<std::int64_t> payoutItems;

    HttpsTestClient as(const TestOperator &op) const;

    // Runs SQL on a fresh connection; exec returns the first column of the first row as text ("" if none).
    void sql(const std::string &statement) const;
    std::string scalar(const std::string &query) const;
    long long count(const std::string &query) const;
    // The id syncd gave the customer with this Telegram id (0 when there is none yet).
    std::int64_t customerId(std::int64_t telegramId) const;
};

std::string path(std::string_view pattern, std::int64_t id);
std::string flagPath(std::int64_t orderId, std::int64_t flagId);

nlohmann::json createOrderBody(std::int64_t telegramId, const std::string &requisites = kRequisites,
                               const std::string &amountCrypto = "100.000000");
// POST /api/v1/orders; QVERIFY-free: returns the result for the caller to check.
HttpsResult createOrder(HttpsTestClient &client, std::int64_t telegramId, const std::string &requisites = kRequisites,
                        const std::string &amountCrypto = "100.000000");
HttpsResult take(HttpsTestClient &client, std::int64_t orderId, const std::string &rate = "99.000000",
                 const Headers &headers = {});
HttpsResult transition(HttpsTestClient &client, std::int64_t orderId, const std::string &to, std::int64_t version,
                       const std::string &reason = "", const nlohmann::json &extra = nlohmann::json::object());
HttpsResult tick(HttpsTestClient &client, std::int64_t orderId, std::int64_t itemId, bool done = true);
HttpsResult approve(HttpsTestClient &client, std::int64_t orderId, std::int64_t version,
                    const std::string &decision = "approve");
HttpsResult detail(HttpsTestClient &client, std::int64_t orderId);

// Attaches a txid proof row the way proof upload does (the upload endpoint belongs to another area).
void insertTxidProof(const OrdersWorld &world, std::int64_t orderId, const std::string &txidSeed);
// USER_MARKED_SENT -> OPERATOR_VERIFY_PROOF through OrderService::applyTransition as `system`, the
// entry point proof upload uses. Throws the service's ApiError on refusal.
void systemAttachProof(OrdersWorld &world, std::int64_t orderId);

// The feed's events after `since` that `matches` accepts, long-polled until at least one arrives
// (or ~20 s pass: then none). One immediate read is not enough: the feed holds an event back while
// an older transaction (a worker's) may still commit below it.
std::vector<nlohmann::json> awaitFeedEvents(HttpsTestClient &client, std::int64_t since,
                                            const std::function<bool(const nlohmann::json &)> &matches);

} // namespace p2pdesk::test::orders
