#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/proto/Endpoints.h"

#include <QtTest>

#include <string>

using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;
namespace ep = p2pdesk::proto::endpoints;

// Text with control characters over real HTTPS: every kind of text input the probe found cut at a
// NUL (bodies, the search query, recorded headers) is refused with a clear code and changes
// nothing; the decoder-level sweep over every field of every DTO is tst_proto_text_fields.
class TestSyncdTextInput final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bodiesRefuseNul_data();
    void bodiesRefuseNul();
    void multiLineReasonKeepsItsNewline();
    void searchQueryRefusesNul();
    void recordedHeadersRefuseControlCharacters();

private:
    long long writes() const
    {
        return m_world->count("SELECT (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM order_history) + "
                              "(SELECT count(*) FROM orders) + (SELECT count(*) FROM crypto_wallets) + "
                              "(SELECT count(*) FROM checklist_items)");
    }

    std::unique_ptr<OrdersWorld> m_world;
    std::int64_t m_orderId = 0;
};

void TestSyncdTextInput::initTestCase()
{
    m_world = std::make_unique<OrdersWorld>();
    auto op1 = m_world->as(m_world->op1);
    const auto created = createOrder(op1, 781001);
    QCOMPARE(created.status, 201);
    m_orderId = created.json.at("id").get<std::int64_t>();
}

void TestSyncdTextInput::cleanupTestCase()
{
    m_world.reset();
}

void TestSyncdTextInput::bodiesRefuseNul_data()
{
    QTest::addColumn<bool>("asAdmin");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const std::string nul(1, '\0');
    const auto row = [](const char *name, bool admin, const std::string &path, const nlohmann::json &body,
                        const char *field) {
        QTest::newRow(name) << admin << QString::fromStdString(path) << QByteArray::fromStdString(body.dump())
                            << QString::fromUtf8(field);
    };
    row("requisites", false, std::string(ep::kOrders), createOrderBody(781002, "2200" + nul + " 1234 5678 9012"),
        "payout_requisites");
    row("cancel reason", false, "ORDER:" + std::string(ep::kOrderTransitions),
        {{"to", "CANCELLED"}, {"version", 1}, {"reason", "ab" + nul + "cd"}}, "reason");
    row("checklist title", true,
        std::string(ep::kAdminChecklist).replace(std::string(ep::kAdminChecklist).find("{kind}"), 6, "verify"),
        {{"items", {{{"title", "check" + nul + "ed"}}}}, {"reason", "new list"}}, "items[0].title");
    row("wallet secret_ref", true, std::string(ep::kAdminWallets),
        {{"asset", "USDT"},
         {"network", "TRON"},
         {"kind", "cold"},
         {"address", "TNulProbeAddress00000000000000000"},
         {"secret_ref", "vault:a" + nul + "b"},
         {"reason", "probe"}},
        "secret_ref");
}

void TestSyncdTextInput::bodiesRefuseNul()
{
    QFETCH(bool, asAdmin);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    std::string target = path.toStdString();
    if (target.rfind("ORDER:", 0) == 0)
        target = orders::path(target.substr(6), m_orderId);
    auto client = m_world->as(asAdmin ? m_world->admin : m_world->op1);
    const long long before = writes();
    const auto res = client.request("POST", target, body.toStdString(), "application/json");
    QCOMPARE(res.status, 422);
    QCOMPARE(res.errorCode(), std::string("validation_failed"));
    QCOMPARE(QString::fromStdString(res.json["error"]["details"]["field"].get<std::string>()), field);
    QCOMPARE(res.json["error"]["details"]["kind"].get<std::string>(), std::string("control_character"));
    QCOMPARE(writes(), before);
}

void TestSyncdTextInput::multiLineReasonKeepsItsNewline()
{
    auto op1 = m_world->as(m_world->op1);
    const auto created = createOrder(op1, 781003);
    QCOMPARE(created.status, 201);
    const auto id = created.json.at("id").get<std::int64_t>();
    const auto cancelled = transition(op1, id, "CANCELLED", 1, "customer asked\nby phone");
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(m_world->scalar("SELECT reason FROM order_history WHERE order_id = " + std::to_string(id) +
                             " AND to_status = 'CANCELLED'"),
             std::string("customer asked\nby phone"));
}

void TestSyncdTextInput::searchQueryRefusesNul()
{
    auto op1 = m_world->as(m_world->op1);
    // Before: "q=%00" reached SQL as an empty C string and listed every order.
    const auto res = op1.get(std::string(ep::kOrders) + "?q=%00");
    QCOMPARE(res.status, 400);
    QCOMPARE(res.errorCode(), std::string("bad_request"));
    QCOMPARE(res.json["error"]["details"]["field"].get<std::string>(), std::string("q"));
    QCOMPARE(res.json["error"]["details"]["kind"].get<std::string>(), std::string("control_character"));
    const auto cursor = op1.get(std::string(ep::kChanges) + "?since=0&wait=0&x=%01");
    QCOMPARE(cursor.status, 200); // unknown parameters are ignored, not read
}

void TestSyncdTextInput::recordedHeadersRefuseControlCharacters()
{
    auto op1 = m_world->as(m_world->op1);
    const long long before = writes();
    // The workstation id and user agent go into the audit row of every write.
    for (const auto &[name, value] : std::vector<std::pair<std::string, std::string>>{
             {"X-Workstation-Id", std::string("ws") + '\x01'}, {"User-Agent", std::string("ua") + '\x7f'}}) {
        const auto res = op1.post(std::string(ep::kOrders), createOrderBody(781004), {{name, value}});
        QCOMPARE(res.status, 400);
        QCOMPARE(res.errorCode(), std::string("bad_request"));
    }
    QCOMPARE(writes(), before);
}

QTEST_GUILESS_MAIN(TestSyncdTextInput)
#include "tst_syncd_text_input.moc"
