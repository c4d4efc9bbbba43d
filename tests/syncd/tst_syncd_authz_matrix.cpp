#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TestOperators.h"

#include <QtTest>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

// The authorisation matrix: every endpoint × anonymous and each role. One table row per endpoint;
// add a row when you add an endpoint (and a placeholder below if its path needs an existing id).
//
// A caller who is allowed must not be refused with 401 unauthorized / 403 forbidden (any other
// outcome — success, 404, 409, 422, auth_failed — means authorisation let it through). A caller who
// is not allowed gets 401 unauthorized when anonymous and 403 forbidden otherwise. Every role
// column is an account holding only that role, so "senior" does not silently inherit "operator".
// Requests run in table order, each with a fresh session, so a row may change state (e.g.
// deactivate) as long as later rows do not depend on it.

using namespace p2pdesk;
using p2pdesk::test::HttpsResult;
using p2pdesk::test::PgTestDatabase;
using p2pdesk::test::SyncdTestServer;
using p2pdesk::test::SyncdTestServerOptions;
using p2pdesk::test::TestOperator;

namespace ep = p2pdesk::proto::endpoints;

namespace {

enum Who : unsigned {
    Anonymous = 1u << 0,
    Operator = 1u << 1,
    Senior = 1u << 2,
    Admin = 1u << 3,
};
constexpr unsigned kAnyOperator = Operator | Senior | Admin;
constexpr unsigned kEveryone = Anonymous | kAnyOperator;
constexpr unsigned kOrderWorkers = Operator | Senior;

struct MatrixRow {
    std::string method;
    std::string path; // may contain placeholders such as {target_operator}
    std::string body; // JSON for POST and PUT; ignored for GET
    unsigned allowed; // Who bits
};

// An Endpoints.h pattern with its "{id}" bound to a placeholder, e.g. on(ep::kOrder, "{new_order}").
std::string on(std::string_view pattern, const std::string &placeholder)
{
    std::string path(pattern);
    path.replace(path.find("{id}"), 4, placeholder);
    return path;
}

// The "{accountId}" capture of the reveal route, bound to the customer's payout account.
std::string onAccount(std::string path)
{
    path.replace(path.find("{accountId}"), 11, "{account}");
    return path;
}

// The same for the "{kind}" capture of the checklist routes.
std::string onKind(std::string_view pattern, const std::string &kind)
{
    std::string path(pattern);
    path.replace(path.find("{kind}"), 6, kind);
    return path;
}

const std::vector<MatrixRow> &matrix()
{
    static const std::vector<MatrixRow> rows = {
        // Health
        {"GET", std::string(ep::kHealthz), "", kEveryone},
        {"GET", std::string(ep::kReadyz), "", kEveryone},
        // The public rates export: anyone (rate aggregators); 404 while its flag is off.
        {"GET", std::string(ep::kRatesExport), "", kEveryone},
        // Authentication
        {"POST", std::string(ep::kLogin), R"({"username":"nobody","password":"whatever","totp":"000000"})", kEveryone},
        {"GET", std::string(ep::kMe), "", kAnyOperator},
        {"POST", std::string(ep::kLogout), "{}", kAnyOperator},
        {"PUT", std::string(ep::kMeDuty), R"({"on_duty":true})", kAnyOperator},
        {"GET", std::string(ep::kDuty), "", kAnyOperator},
        // Admin: operators
        {"GET", std::string(ep::kAdminOperators), "", Admin},
        {"POST", std::string(ep::kAdminOperators),
         R"({"username":"matrix-created","password":"matrix-fake-password","roles":["operator"],"reason":"matrix"})",
         Admin},
        {"POST", on(ep::kAdminOperatorRoles, "{target_operator}"), R"({"roles":["operator"],"reason":"matrix"})",
         Admin},
        {"POST", on(ep::kAdminOperatorResetPassword, "{target_operator}"),
         R"({"password":"matrix-fake-password-2","reason":"matrix"})", Admin},
        {"POST", on(ep::kAdminOperatorReset2fa, "{target_operator}"), R"({"reason":"matrix"})", Admin},
        {"POST", on(ep::kAdminOperatorDeactivate, "{target_operator}"), R"({"reason":"matrix"})", Admin},
        // Orders: the desk's operators and seniors work them; an admin-only account does not.
        {"POST", std::string(ep::kOrders),
         R"({"customer":{"telegram_id":7002},"direction":"sell","asset":"USDT","network":"TRON",)"
         R"("fiat_currency":"RUB","amount_crypto":"1.000000","payout_requisites":"2200 1234 5678 9012"})",
         kOrderWorkers},
        {"GET", std::string(ep::kOrders), "", kOrderWorkers},
        {"GET", on(ep::kOrder, "{order}"), "", kOrderWorkers},
        {"POST", on(ep::kOrderTake, "{order}"), R"({"final_rate":"99.000000"})", kOrderWorkers},
        {"POST", on(ep::kOrderRequote, "{order}"), R"({"final_rate":"99.000000","reason":"matrix","version":2})",
         kOrderWorkers},
        // Cancels the fixture order; later order rows only need it to exist.
        {"POST", on(ep::kOrderTransitions, "{order}"), R"({"to":"CANCELLED","version":2,"reason":"matrix"})",
         kOrderWorkers},
        {"POST", on(ep::kOrderApprovals, "{order}"), R"({"decision":"approve","reason":"matrix","version":3})", Senior},
        {"POST", on(ep::kOrderChecklist, "{order}"), R"({"item_id":1,"done":true})", kOrderWorkers},
        {"POST", on(ep::kOrderRiskFlagClear, "{order}"), R"({"reason":"matrix"})", Senior},
        // Proofs: attaching one moves the order on (order workers; the holder check is the
        // service's); annotations belong to whoever may see the order; the file to any operator.
        {"POST", on(ep::kOrderProofs, "{order}"), R"({"txid":"matrix-txid"})", kOrderWorkers},
        {"GET", on(ep::kProofFile, "{proof}"), "", kAnyOperator},
        {"GET", on(ep::kProofAnnotations, "{proof}"), "", kOrderWorkers},
        {"GET", on(ep::kProofChainHint, "{proof}"), "", kOrderWorkers},
        {"GET", on(ep::kProofScreenings, "{proof}"), "", kOrderWorkers},
        {"POST", on(ep::kProofScreenings, "{proof}"),
         R"({"address":"TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR","reason":"matrix","score":10})", kOrderWorkers},
        {"POST", on(ep::kProofAnnotations, "{proof}"), R"({"x":10,"y":10,"w":100,"h":50,"note":"matrix"})",
         kOrderWorkers},
        // Rates and the change feed: any signed-in operator.
        {"GET", std::string(ep::kRates), "", kAnyOperator},
        {"GET", std::string(ep::kBanks) + "?fiat=RUB", "", kAnyOperator},
        {"GET", std::string(ep::kChanges) + "?since=0&wait=0", "", kAnyOperator},
        // Settings and checklists: every operator reads them at their own path (the desk shows
        // thresholds and checklist items).
        {"GET", std::string(ep::kSettings), "", kAnyOperator},
        {"GET", std::string(ep::kChecklists), "", kAnyOperator},
        // Admin: rates, wallets, settings, checklists — everything under /admin, reads included.
        {"POST", std::string(ep::kAdminRates),
         R"({"direction":"sell","asset":"USDT","network":"TRON","fiat_currency":"RUB","base_rate":"100.000000",)"
         R"("margin_percent":"1.00","fixed_fee":"0.00","reason":"matrix"})",
         Admin},
        // The reference feed's held jumps and a rate's history: seniors decide on them too.
        {"POST", on(ep::kAdminRateFeedConfirm, "{rate}"), R"({"feed_rate":"101.000000","reason":"matrix"})",
         Senior | Admin},
        {"GET", on(ep::kAdminRateHistory, "{rate}"), "", Senior | Admin},
        {"GET", std::string(ep::kAdminWallets), "", Admin},
        {"POST", std::string(ep::kAdminWallets),
         R"({"asset":"USDT","network":"TRON","kind":"cold","address":"TMatrixFakeAddress000000000000000",)"
         R"("secret_ref":"vault:matrix/1","reason":"matrix"})",
         Admin},
        {"POST", on(ep::kAdminWalletActive, "{wallet}"), R"({"active":false,"reason":"matrix"})", Admin},
        // The banks directory: seniors read it (where a payout goes), admins change it.
        {"GET", std::string(ep::kAdminBanks), "", Senior | Admin},
        {"POST", std::string(ep::kAdminBanks),
         R"({"code":"MATRIX","name":"Matrix Bank","country":"RU","fiat_currency":"RUB","reason":"matrix"})", Admin},
        {"PUT", on(ep::kAdminBank, "{bank}"),
         R"({"name":"Matrix Bank 2","active":false,"version":1,"reason":"matrix"})", Admin},
        // Reserves: seniors count the cash and the wallets, admins too.
        {"GET", std::string(ep::kAdminReserves), "", Senior | Admin},
        {"POST", std::string(ep::kAdminReserves),
         R"({"kind":"fiat","fiat_currency":"KZT","amount":"1000.00","reason":"matrix"})", Senior | Admin},
        {"PUT", on(ep::kAdminReserve, "{reserve}"), R"({"amount":"500.00","version":1,"reason":"matrix"})",
         Senior | Admin},
        {"GET", std::string(ep::kAdminSettings), "", Admin},
        {"POST", std::string(ep::kAdminSettings), R"({"reason":"matrix"})", Admin},
        {"GET", std::string(ep::kAdminChecklists), "", Admin},
        {"GET", std::string(ep::kAdminLimits), "", Admin},
        {"PUT", std::string(ep::kAdminLimits),
         R"({"rule":"customer_orders_24h","threshold":"30","action":"hold","active":true,"reason":"matrix"})", Admin},
        {"GET", std::string(ep::kAdminFlags), "", Admin},
        {"PUT", "/api/v1/admin/flags/rate_feed", R"({"enabled":true,"reason":"matrix"})", Admin},
        {"GET", std::string(ep::kAdminAudit), "", Admin},
        {"POST", std::string(ep::kAdminAuditVerify), "{}", Admin},
        // Support tickets: the desk's operators and seniors work them; an admin reads them.
        {"GET", std::string(ep::kTickets), "", kAnyOperator},
        {"GET", on(ep::kTicket, "{ticket}"), "", kAnyOperator},
        {"GET", on(ep::kTicketAttachment, "{ticket}"), "", kAnyOperator},
        {"POST", on(ep::kTicketMessages, "{ticket}"), R"({"text":"matrix","private_note":true})", kOrderWorkers},
        {"POST", on(ep::kTicketPreview, "{ticket}"), R"({"text":"matrix"})", kOrderWorkers},
        {"POST", on(ep::kTicketAssign, "{ticket}"), R"({"operator_id":null})", kOrderWorkers},
        {"POST", on(ep::kTicketPriority, "{ticket}"), R"({"priority":"urgent"})", kOrderWorkers},
        {"POST", on(ep::kTicketClose, "{ticket}"), R"({})", kOrderWorkers},
        {"POST", on(ep::kTicketReopen, "{ticket}"), R"({})", kOrderWorkers},
        {"POST", on(ep::kTicketRead, "{ticket}"), R"({"message_id":1})", kOrderWorkers},
        {"GET", std::string(ep::kCannedReplies), "", kOrderWorkers},
        {"GET", std::string(ep::kAdminCannedReplies), "", Admin},
        {"POST", std::string(ep::kAdminCannedReplies),
         R"({"shortcut":"matrix","title":"m","body_ru":"x","body_en":"x","reason":"matrix"})", Admin},
        {"PUT", on(ep::kAdminCannedReply, "1"),
         R"({"shortcut":"matrix2","title":"m","body_ru":"x","body_en":"x",)"
         R"("version":1,"reason":"matrix"})",
         Admin},
        {"POST", onKind(ep::kAdminChecklist, "verify"), R"({"items":[{"title":"matrix item"}],"reason":"matrix"})",
         Admin},
        // Customers: seniors and admins search the directory; every account reads the profile and
        // notes; seniors and admins block and unblock. The block row runs first, so the unblock row
        // finds the customer blocked.
        {"GET", std::string(ep::kCustomers), "", Senior | Admin},
        {"GET", on(ep::kCustomer, "{customer}"), "", kAnyOperator},
        {"POST", on(ep::kCustomerNotes, "{customer}"), R"({"text":"matrix"})", kAnyOperator},
        {"POST", on(ep::kCustomerBlock, "{customer}"), R"({"reason":"matrix"})", Senior | Admin},
        {"POST", on(ep::kCustomerKycLevel, "{customer}"), R"({"level":1,"reason":"matrix"})", Senior | Admin},
        {"POST", on(ep::kCustomerUnblock, "{customer}"), R"({"reason":"matrix"})", Senior | Admin},
        {"POST", onAccount(on(ep::kCustomerAccountReveal, "{customer}")), R"({"reason":"matrix"})", Senior | Admin},
    };
    return rows;
}

bool isRoleRefusal(const HttpsResult &res)
{
    if (res.status != 403 || res.errorCode() != "forbidden")
        return false;
    const auto body = nlohmann::json::parse(res.body, nullptr, false);
    const auto details = body.is_object() && body.contains("error") && body["error"].is_object()
                             ? body["error"].value("details", nlohmann::json::object())
                             : nlohmann::json::object();
    return details.is_object() && details.contains("required_roles");
}

const char *whoName(unsigned who)
{
    switch (who) {
    case Anonymous:
        return "anonymous";
    case Operator:
        return "operator";
    case Senior:
        return "senior";
    default:
        return "admin";
    }
}

} // namespace

class TestSyncdAuthzMatrix final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void matrixIsConsistent();
    void endpointByCaller_data();
    void endpointByCaller();
    void everyRegisteredRouteHasARow();

private:
    std::string scalar(const std::string &query) const;
    std::string substitute(std::string path) const;

    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<SyncdTestServer> m_server;
    std::map<unsigned, TestOperator> m_callers;
    // Placeholder → value used in paths; fixtures for new placeholders are created in initTestCase.
    std::map<std::string, std::string> m_placeholders;
};

void TestSyncdAuthzMatrix::initTestCase()
{
    SyncdTestServerOptions options;
    options.config["security.argon2_memory_kib"] = "256";
    options.config["security.argon2_iterations"] = "1";
    m_db = std::make_unique<PgTestDatabase>();
    m_server = std::make_unique<SyncdTestServer>(*m_db, options);
    for (const unsigned who : {Operator, Senior, Admin})
        m_callers.emplace(who, test::createOperator(*m_server, std::string("matrix-") + whoName(who), {whoName(who)}));
    m_placeholders["{target_operator}"] =
        std::to_string(test::createOperator(*m_server, "matrix-target", {"operator"}).id);

    // Existing rows behind every "{…}" so an allowed caller reaches the handler's real work (role
    // checks run in the authentication middleware before any lookup, so a 404 could not mask a 403
    // anyway, but real rows keep the allowed side meaningful).
    m_placeholders["{rate}"] = scalar("INSERT INTO rates (direction, asset, network, fiat_currency, base_rate, "
                                      "base_updated_at, margin_percent, fixed_fee) VALUES ('crypto_to_fiat', 'USDT', "
                                      "'TRON', 'RUB', 100, now(), 1, 0) RETURNING id");
    m_placeholders["{wallet}"] =
        scalar("INSERT INTO crypto_wallets (provider, kind, asset, network, address, secret_ref) VALUES ('test', "
               "'hot', 'USDT', 'TRON', 'TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf', 'vault:test/1') RETURNING id");
    m_placeholders["{bank}"] = scalar("INSERT INTO banks (code, name, country, fiat_currency) VALUES ('MATRIX_PUT', "
                                      "'Matrix', 'RU', 'RUB') RETURNING id");
    m_placeholders["{reserve}"] =
        scalar("INSERT INTO reserves (kind, fiat_currency, amount) VALUES ('fiat', 'RUB', 1000000) RETURNING id");
    auto client = m_server->client();
    client.setBearerToken(test::createSession(*m_db, m_callers.at(Operator).id));
    const auto created =
        client.post(std::string(ep::kOrders), nlohmann::json{{"customer", {{"telegram_id", 7001}}},
                                                             {"direction", "sell"},
                                                             {"asset", "USDT"},
                                                             {"network", "TRON"},
                                                             {"fiat_currency", "RUB"},
                                                             {"amount_crypto", "100.000000"},
                                                             {"payout_requisites", "2200 1234 5678 9012"}});
    QVERIFY2(created.status == 201, created.body.c_str());
    const auto order = std::to_string(nlohmann::json::parse(created.body).at("id").get<std::int64_t>());
    m_placeholders["{order}"] = order;
    m_placeholders["{flagId}"] = scalar("INSERT INTO risk_flags (order_id, rule, severity) VALUES (" + order +
                                        ", 'matrix', 'info') RETURNING id");
    m_placeholders["{customer}"] = scalar("SELECT customer_id FROM orders WHERE id = " + order);
    m_placeholders["{account}"] = scalar("SELECT payout_account_id FROM orders WHERE id = " + order);
    m_placeholders["{ticket}"] =
        scalar("INSERT INTO support_tickets (customer_id) SELECT customer_id FROM orders WHERE id = " + order +
               " RETURNING id");
    m_placeholders["{attachmentId}"] = "1";
    m_placeholders["{proof}"] = scalar("INSERT INTO attachments (order_id, kind, txid, uploader) VALUES (" + order +
                                       ", 'proof_txid', '" + std::string(64, 'a') + "', 'operator:1') RETURNING id");
}

std::string TestSyncdAuthzMatrix::scalar(const std::string &query) const
{
    auto conn = m_db->connect();
    pqxx::nontransaction tx(*conn);
    const auto result = tx.exec(query);
    return result.empty() || result[0][0].is_null() ? std::string() : result[0][0].as<std::string>();
}

void TestSyncdAuthzMatrix::cleanupTestCase()
{
    m_server.reset();
    m_db.reset();
}

std::string TestSyncdAuthzMatrix::substitute(std::string path) const
{
    for (const auto &[placeholder, value] : m_placeholders) {
        for (auto pos = path.find(placeholder); pos != std::string::npos; pos = path.find(placeholder))
            path.replace(pos, placeholder.size(), value);
    }
    return path;
}

void TestSyncdAuthzMatrix::matrixIsConsistent()
{
    for (const auto &row : matrix()) {
        QVERIFY2(row.allowed != 0, row.path.c_str());
        QVERIFY2(substitute(row.path).find('{') == std::string::npos, row.path.c_str());
        QVERIFY2(row.method == "GET" || row.method == "POST" || row.method == "PUT", row.path.c_str());
        if (row.method != "GET")
            QVERIFY2(nlohmann::json::parse(row.body, nullptr, false).is_object(), row.path.c_str());
    }
}

void TestSyncdAuthzMatrix::endpointByCaller_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<unsigned>("who");
    const auto &rows = matrix();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (const unsigned who : {Anonymous, Operator, Senior, Admin}) {
            QTest::addRow("%s %s as %s", rows[i].method.c_str(), rows[i].path.c_str(), whoName(who))
                << static_cast<int>(i) << who;
        }
    }
}

void TestSyncdAuthzMatrix::endpointByCaller()
{
    QFETCH(int, row);
    QFETCH(unsigned, who);
    const auto &entry = matrix()[static_cast<std::size_t>(row)];

    auto client = m_server->client();
    if (who != Anonymous)
        client.setBearerToken(test::createSession(*m_db, m_callers.at(who).id));
    const auto path = substitute(entry.path);
    const HttpsResult res =
        entry.method == "GET" ? client.get(path) : client.request(entry.method, path, entry.body, "application/json");
    const bool allowed = (entry.allowed & who) != 0;
    const auto what = std::to_string(res.status) + " " + res.body;
    if (allowed) {
        // A role refusal carries details.required_roles (AuthMiddleware); a business refusal such as
        // "only the order's holder ticks its checklists" is a 403 from the handler, i.e. past the
        // role gate, which is what this matrix checks.
        QVERIFY2(res.errorCode() != "unauthorized", what.c_str());
        QVERIFY2(!isRoleRefusal(res), what.c_str());
        QVERIFY2(res.status < 500, what.c_str());
    } else if (who == Anonymous) {
        QCOMPARE(res.status, 401);
        QCOMPARE(res.errorCode(), std::string("unauthorized"));
    } else {
        QCOMPARE(res.status, 403);
        QCOMPARE(res.errorCode(), std::string("forbidden"));
        QVERIFY2(isRoleRefusal(res), what.c_str());
    }
}

// Every route syncd registers has a row, and every row names a registered route: adding an
// endpoint without deciding who may call it fails here.
void TestSyncdAuthzMatrix::everyRegisteredRouteHasARow()
{
    std::set<std::pair<std::string, std::string>> rows;
    for (const auto &row : matrix()) {
        // Rows use the real path; map it back to its pattern through the router itself.
        auto path = substitute(row.path);
        path = path.substr(0, path.find('?'));
        const auto match = m_server->app().router().match(row.method, path);
        QVERIFY2(match.route != nullptr, (row.method + " " + row.path + " matches no registered route").c_str());
        rows.emplace(match.route->method, match.route->pattern);
    }
    const auto &routes = m_server->app().router().routes();
    QVERIFY(!routes.empty());
    for (const auto &route : routes) {
        QVERIFY2(rows.count({route.method, route.pattern}) == 1,
                 ("no matrix row for " + route.method + " " + route.pattern).c_str());
    }
    QCOMPARE(rows.size(), routes.size());
}

QTEST_APPLESS_MAIN(TestSyncdAuthzMatrix)
#include "tst_syncd_authz_matrix.moc"
