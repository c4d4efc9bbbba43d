// syncd-demo-seed's `init` run in-process against a test database and the real server: demo
// operators with their roles, orders in every status moved through the real services (consistent
// history chains, audit rows), idempotent re-runs and a real login with the printed credentials.
#include "DemoSeed.h"
#include "app/Services.h"
#include "security/Totp.h"

#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/test/HttpsTestClient.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"

#include <QtTest/QtTest>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

#include <chrono>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace p2pdesk;
using namespace p2pdesk::test;

namespace {

std::vector<std::uint8_t> decodeBase32(const std::string &text)
{
    static const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    std::vector<std::uint8_t> out;
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : text) {
        if (c == '=')
            break;
        const auto pos = alphabet.find(c);
        if (pos == std::string::npos)
            throw std::runtime_error("not base32: " + text);
        buffer = (buffer << 5) | static_cast<unsigned>(pos);
        bits += 5;
        if (bits >= 8) {
            out.push_back(static_cast<std::uint8_t>((buffer >> (bits - 8)) & 0xFFu));
            bits -= 8;
        }
    }
    return out;
}

} // namespace

class TstSyncdDemoSeed : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<SyncdTestServer> m_server;
    syncd::demo::DemoSeedResult m_first;

    std::string scalar(const std::string &query) const
    {
        auto conn = m_db->connect();
        pqxx::nontransaction tx(*conn);
        const auto r = tx.exec(query);
        return r.empty() || r[0][0].is_null() ? std::string() : r[0][0].as<std::string>();
    }
    long long count(const std::string &query) const { return std::stoll(scalar(query)); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<PgTestDatabase>();
        m_server = std::make_unique<SyncdTestServer>(*m_db);
        syncd::demo::DemoSeed seed(m_server->app().services());
        m_first = seed.init();
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_db.reset();
    }

    void operatorsHaveTheirRoles_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("roles");
        QTest::newRow("admin") << u"admin"_qs << u"admin,operator,senior"_qs;
        QTest::newRow("senior") << u"senior"_qs << u"operator,senior"_qs;
        QTest::newRow("operator") << u"operator"_qs << u"operator"_qs;
    }

    void operatorsHaveTheirRoles()
    {
        QFETCH(QString, username);
        QFETCH(QString, roles);
        QVERIFY(m_first.created);
        const auto stored = scalar("SELECT array_to_string(ARRAY(SELECT unnest(roles) ORDER BY 1), ',') FROM "
                                   "operators WHERE username = '" +
                                   username.toStdString() + "' AND active");
        QCOMPARE(QString::fromStdString(stored), roles);
    }

    void ordersCoverEveryStatus()
    {
        QVERIFY(m_first.ordersCreated >= 25);
        QVERIFY(count("SELECT count(*) FROM orders") >= 25);
        QVERIFY(count("SELECT count(DISTINCT customer_id) FROM orders") >= 10);
        for (const auto status : domain::kAllOrderStatuses) { // `init` leaves an order in every status
            const std::string wire(domain::toString(status));
            QVERIFY2(count("SELECT count(*) FROM orders WHERE status = '" + wire + "'") >= 1, wire.c_str());
        }
        // The banks directory as a rouble desk has it, and every demo payout account at one of them.
        QCOMPARE(count("SELECT count(*) FROM banks WHERE fiat_currency = 'RUB' AND active AND code IN ('SBER', "
                       "'TINKOFF', 'ALFA', 'VTB')"),
                 4LL);
        QCOMPARE(count("SELECT count(*) FROM banks WHERE code = 'OTKRITIE' AND NOT active"), 1LL);
        QCOMPARE(count("SELECT count(*) FROM payout_accounts p JOIN banks b ON b.id = p.bank_id WHERE b.active"),
                 count("SELECT count(*) FROM payout_accounts"));
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE entity = 'bank' AND actor = 'system' AND reason IS NOT "
                       "NULL"),
                 6LL);
        // The proofs are real attachments, and the big orders carry a second senior's approval.
        QVERIFY(count("SELECT count(*) FROM attachments WHERE kind = 'proof_txid'") >= 10);
        QVERIFY(count("SELECT count(*) FROM approvals") >= 1);
    }

    void historyChainsAreConsistent()
    {
        auto conn = m_db->connect();
        pqxx::nontransaction tx(*conn);
        const auto rows = tx.exec("SELECT h.order_id, h.from_status, h.to_status, o.status FROM order_history h "
                                  "JOIN orders o ON o.id = h.order_id ORDER BY h.order_id, h.id");
        QVERIFY(rows.size() > 60);
        std::int64_t current = -1;
        std::string previousTo;
        std::string finalStatus;
        int orders = 0;
        for (const auto &row : rows) {
            const auto orderId = row[0].as<std::int64_t>();
            const std::optional<std::string> from =
                row[1].is_null() ? std::nullopt : std::optional<std::string>(row[1].as<std::string>());
            if (orderId != current) {
                if (current != -1)
                    QCOMPARE(previousTo, finalStatus);
                current = orderId;
                ++orders;
                QVERIFY2(!from.has_value(), ("first history row of order " + std::to_string(orderId)).c_str());
            } else {
                QVERIFY(from.has_value());
                QCOMPARE(*from, previousTo);
            }
            previousTo = row[2].as<std::string>();
            finalStatus = row[3].as<std::string>();
        }
        QCOMPARE(previousTo, finalStatus);
        QCOMPARE(static_cast<long long>(orders), count("SELECT count(*) FROM orders"));
    }

    void auditRowsExist()
    {
        QVERIFY(count("SELECT count(*) FROM audit_log WHERE entity = 'order'") >= 60);
        QVERIFY(count("SELECT count(*) FROM audit_log WHERE actor LIKE 'operator:%'") >= 60);
        QVERIFY(count("SELECT count(*) FROM change_events") >= 60);
    }

    void secondInitOnlyReadsCredentials()
    {
        const auto operators = count("SELECT count(*) FROM operators");
        const auto orders = count("SELECT count(*) FROM orders");
        syncd::demo::DemoSeed seed(m_server->app().services());
        const auto again = seed.init();
        QVERIFY(!again.created);
        QCOMPARE(again.ordersCreated, 0);
        QCOMPARE(count("SELECT count(*) FROM operators"), operators);
        QCOMPARE(count("SELECT count(*) FROM orders"), orders);
        QCOMPARE(again.operators.size(), std::size_t{3});
        for (std::size_t i = 0; i < again.operators.size(); ++i) {
            QCOMPARE(again.operators[i].username, m_first.operators[i].username);
            QCOMPARE(again.operators[i].totpSecretBase32, m_first.operators[i].totpSecretBase32);
            QVERIFY(!again.operators[i].totpSecretBase32.empty());
        }
        std::ostringstream printed;
        syncd::demo::printCredentials(printed, again);
        QVERIFY(printed.str().find("oathtool --totp -b") != std::string::npos);
        QVERIFY(printed.str().find(again.operators[0].totpSecretBase32) != std::string::npos);
        QVERIFY(printed.str().find(again.operators[0].password) != std::string::npos);
    }

    void printedCredentialsLogIn()
    {
        QVERIFY(!m_first.operators.empty());
        for (const auto &op : m_first.operators) {
            const auto secret = decodeBase32(op.totpSecretBase32);
            const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
            const auto code = syncd::security::totpCodeAt(syncd::security::ByteView(secret), now);
            auto client = m_server->client();
            const auto reply = client.post(std::string(proto::endpoints::kLogin),
                                           {{"username", op.username}, {"password", op.password}, {"totp", code}});
            QVERIFY2(reply.status == 200, (op.username + ": " + reply.body).c_str());
            QVERIFY(reply.json.contains("token"));
        }
        // A wrong password with the same secret is refused: the check above is not vacuous.
        auto client = m_server->client();
        const auto refused =
            client.post(std::string(proto::endpoints::kLogin),
                        {{"username", "operator"}, {"password", "not-the-demo-password"}, {"totp", "000000"}});
        QCOMPARE(refused.status, 401);
    }

    void trickleAddsAnOrder()
    {
        const auto before = count("SELECT count(*) FROM orders WHERE status = 'NEW'");
        syncd::demo::DemoSeed seed(m_server->app().services(), 7);
        const auto id = seed.createTrickleOrder();
        QVERIFY(id > 0);
        QCOMPARE(count("SELECT count(*) FROM orders WHERE status = 'NEW'"), before + 1);
    }

    // The demo desk is configured as a real desk is: its risk limits are set (audited), so orders
    // do not carry risk_limits_missing and the trickle of ten-odd minutes (a new order every 20 s)
    // does not put the queue on hold through the conservative defaults (5 a day per account).
    void riskLimitsKeepTheTrickleWorkable()
    {
        QCOMPARE(count("SELECT count(*) FROM limits WHERE active AND rule = 'payout_account_orders_24h' "
                       "AND fiat_currency IS NULL AND threshold >= 20 AND action = 'hold'"),
                 1LL);
        QCOMPARE(count("SELECT count(*) FROM limits WHERE active AND rule = 'customer_orders_24h' "
                       "AND threshold >= 20"),
                 1LL);
        QCOMPARE(count("SELECT count(*) FROM limits WHERE active AND fiat_currency = 'RUB' AND rule IN "
                       "('single_order_max', 'customer_volume_24h', 'first_order_above')"),
                 3LL);
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'risk_limit.set' AND actor = 'system' "
                       "AND reason IS NOT NULL"),
                 count("SELECT count(*) FROM limits"));
        QVERIFY(count("SELECT count(*) FROM limits") >= 6);

        // A desk seeded before the demo had limits gets them on its next init, once.
        const auto limits = count("SELECT count(*) FROM limits");
        {
            auto conn = m_db->connect();
            pqxx::work work(*conn);
            work.exec0("DELETE FROM limits");
            work.commit();
        }
        syncd::demo::DemoSeed seed(m_server->app().services(), 11);
        QVERIFY(!seed.init().created);
        QCOMPARE(count("SELECT count(*) FROM limits"), limits);
        QVERIFY(!seed.init().created);
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'risk_limit.set'"), 2 * limits);

        const auto firstNew = count("SELECT coalesce(max(id), 0) FROM orders");
        for (int i = 0; i < 36; ++i) // twelve minutes of the demo's trickle
            QVERIFY(seed.createTrickleOrder() > 0);
        const std::string trickled = "order_id > " + std::to_string(firstNew);
        QCOMPARE(count("SELECT count(*) FROM risk_flags WHERE rule = 'risk_limits_missing'"), 0LL);
        QCOMPARE(count("SELECT count(*) FROM risk_flags WHERE " + trickled +
                       " AND severity IN ('hold', 'block') AND cleared_at IS NULL"),
                 0LL);
        QCOMPARE(count("SELECT count(*) FROM orders o WHERE id > " + std::to_string(firstNew) + " AND status = 'NEW'"),
                 36LL);
    }
};

QTEST_GUILESS_MAIN(TstSyncdDemoSeed)
#include "tst_syncd_demo_seed.moc"
