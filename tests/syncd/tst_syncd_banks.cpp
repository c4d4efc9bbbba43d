#include "tst_syncd_orders_fixture.h"

#include <QtTest>

#include <string>

using namespace p2pdesk;
using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

// The banks directory through the real syncd over HTTPS: listing (admin and senior) with its
// filters, adding and editing (admin only, a reason each) with every change audited and announced
// in the same transaction, refusals that change nothing, and the payout-account check that takes
// only an active bank of the order's currency.
class TestSyncdBanks final : public QObject {
    Q_OBJECT

private slots:
    void createListAndFilter();
    void duplicateCodeIsConflict();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void rolesAreChecked();
    void editAgainstVersion();
    void noOpEditIsConflict();
    void auditAndFeedCarryTheChange();
    void idempotentCreate();
    void payoutAccountTakesOnlyAcceptedBanks();
};

namespace {

constexpr const char *kBanks = "/api/v1/admin/banks";

nlohmann::json bankBody(const std::string &code = "SBER", const std::string &name = "Sberbank",
                        const std::string &fiat = "RUB")
{
    return {{"code", code}, {"name", name}, {"country", "RU"}, {"fiat_currency", fiat}, {"reason", "customers use it"}};
}

std::string bankPath(std::int64_t id)
{
    return std::string(kBanks) + "/" + std::to_string(id);
}

HttpsResult put(HttpsTestClient &client, std::int64_t id, const nlohmann::json &body, const Headers &headers = {})
{
    return client.request("PUT", bankPath(id), body.dump(), "application/json", headers);
}

nlohmann::json edit(const nlohmann::json &bank, const std::string &reason)
{
    nlohmann::json body = {
        {"name", bank.at("name")}, {"active", bank.at("active")}, {"version", bank.at("version")}, {"reason", reason}};
    if (bank.contains("country"))
        body["country"] = bank.at("country");
    return body;
}

std::vector<std::string> codes(const HttpsResult &list)
{
    std::vector<std::string> out;
    for (const auto &item : list.json.at("items"))
        out.push_back(item.at("code").get<std::string>());
    return out;
}

// Every bank.updated event after `since`, long-polled: the feed holds an event back while an older
// transaction may still commit below it.
std::vector<nlohmann::json> bankEvents(HttpsTestClient &client, std::int64_t since, std::size_t expected)
{
    std::vector<nlohmann::json> events;
    for (int poll = 0; poll < 10 && events.size() < expected; ++poll) {
        const auto changes = client.get("/api/v1/changes?since=" + std::to_string(since) + "&wait=2");
        if (changes.status != 200)
            break;
        for (const auto &event : changes.json.at("events")) {
            if (event.at("kind") == "bank.updated")
                events.push_back(event);
        }
        since = changes.json.at("last_seq").get<std::int64_t>();
    }
    return events;
}

} // namespace

void TestSyncdBanks::createListAndFilter()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    const auto created = admin.post(kBanks, bankBody());
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.at("code").get<std::string>(), std::string("SBER"));
    QCOMPARE(created.json.at("name").get<std::string>(), std::string("Sberbank"));
    QCOMPARE(created.json.at("country").get<std::string>(), std::string("RU"));
    QCOMPARE(created.json.at("fiat_currency").get<std::string>(), std::string("RUB"));
    QCOMPARE(created.json.at("active").get<bool>(), true);
    QCOMPARE(created.json.at("version").get<std::int64_t>(), 1);
    auto tbank = bankBody("TINKOFF", "T-Bank");
    QCOMPARE(admin.post(kBanks, tbank).status, 201);
    auto kaspi = bankBody("KASPI", "Kaspi Bank", "KZT");
    kaspi["country"] = "KZ";
    QCOMPARE(admin.post(kBanks, kaspi).status, 201);
    auto alfa = bankBody("ALFA", "Alfa-Bank");
    alfa.erase("country"); // optional: served without one
    const auto alfaCreated = admin.post(kBanks, alfa);
    QCOMPARE(alfaCreated.status, 201);
    QVERIFY(!alfaCreated.json.contains("country"));
    auto off = edit(alfaCreated.json, "not used by our customers");
    off["active"] = false;
    QCOMPARE(put(admin, alfaCreated.json.at("id").get<std::int64_t>(), off).status, 200);

    // By currency, then name.
    const auto all = admin.get(kBanks);
    QCOMPARE(all.status, 200);
    QCOMPARE(codes(all), (std::vector<std::string>{"KASPI", "ALFA", "SBER", "TINKOFF"}));
    QCOMPARE(codes(admin.get(std::string(kBanks) + "?fiat=RUB")),
             (std::vector<std::string>{"ALFA", "SBER", "TINKOFF"}));
    QCOMPARE(codes(admin.get(std::string(kBanks) + "?fiat=RUB&active=true")),
             (std::vector<std::string>{"SBER", "TINKOFF"}));
    QCOMPARE(codes(admin.get(std::string(kBanks) + "?active=false")), (std::vector<std::string>{"ALFA"}));
    QCOMPARE(codes(admin.get(std::string(kBanks) + "?fiat=USD")), (std::vector<std::string>{}));
    // A senior reads the directory too.
    QCOMPARE(codes(w.as(w.senior2).get(std::string(kBanks) + "?fiat=KZT")), (std::vector<std::string>{"KASPI"}));
    // Malformed filters are the client's mistake.
    QCOMPARE(admin.get(std::string(kBanks) + "?fiat=rub").status, 400);
    QCOMPARE(admin.get(std::string(kBanks) + "?active=yes").status, 400);

    // An operator recording an order sees where a payout may go: the active banks only, by
    // currency, and nothing of the directory's history.
    auto op = w.as(w.op1);
    QCOMPARE(op.get(kBanks).status, 403);
    QCOMPARE(codes(op.get("/api/v1/banks?fiat=RUB")), (std::vector<std::string>{"SBER", "TINKOFF"}));
    QCOMPARE(codes(op.get("/api/v1/banks")), (std::vector<std::string>{"KASPI", "SBER", "TINKOFF"}));
    QCOMPARE(op.get("/api/v1/banks?fiat=rub").status, 400);
}

void TestSyncdBanks::duplicateCodeIsConflict()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    const auto first = admin.post(kBanks, bankBody());
    QCOMPARE(first.status, 201);
    const auto again = admin.post(kBanks, bankBody("SBER", "Sberbank again", "KZT"));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), std::string("conflict"));
    QCOMPARE(again.json.at("error").at("details").at("field").get<std::string>(), std::string("code"));
    QCOMPARE(again.json.at("error").at("details").at("bank_id").get<std::int64_t>(),
             first.json.at("id").get<std::int64_t>());
    QCOMPARE(w.count("SELECT count(*) FROM banks"), 1LL);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE entity = 'bank'"), 1LL);
    QCOMPARE(w.count("SELECT count(*) FROM change_events WHERE kind = 'bank.updated'"), 1LL);
}

void TestSyncdBanks::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("refusedField");

    QTest::newRow("lower-case code") << "code"
                                     << "sber"
                                     << "validation_failed"
                                     << "code";
    QTest::newRow("code with a dash") << "code"
                                      << "T-BANK"
                                      << "validation_failed"
                                      << "code";
    QTest::newRow("one-letter code") << "code"
                                     << "S"
                                     << "validation_failed"
                                     << "code";
    QTest::newRow("code too long") << "code" << QString(33, QLatin1Char('A')) << "validation_failed"
                                   << "code";
    QTest::newRow("blank name") << "name"
                                << "   "
                                << "validation_failed"
                                << "name";
    QTest::newRow("name too long") << "name" << QString(201, QLatin1Char('x')) << "validation_failed"
                                   << "name";
    QTest::newRow("name on two lines") << "name"
                                       << "Sber\\nbank"
                                       << "validation_failed"
                                       << "name";
    QTest::newRow("country of three letters") << "country"
                                              << "RUS"
                                              << "validation_failed"
                                              << "country";
    QTest::newRow("unassigned country") << "country"
                                        << "XX"
                                        << "validation_failed"
                                        << "country";
    QTest::newRow("lower-case country") << "country"
                                        << "ru"
                                        << "validation_failed"
                                        << "country";
    QTest::newRow("unknown fiat") << "fiat_currency"
                                  << "GBP"
                                  << "validation_failed"
                                  << "fiat_currency";
    QTest::newRow("no reason") << "reason"
                               << "<remove>"
                               << "reason_required"
                               << "";
}

void TestSyncdBanks::badInputChangesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, code);
    QFETCH(QString, refusedField);

    OrdersWorld w;
    auto admin = w.as(w.admin);
    auto body = bankBody();
    if (value == QLatin1String("<remove>"))
        body.erase(field.toStdString());
    else
        body[field.toStdString()] = value.replace(QLatin1String("\\n"), QLatin1String("\n")).toStdString();
    const auto refused = admin.post(kBanks, body);
    QCOMPARE(refused.status, 422);
    QCOMPARE(QString::fromStdString(refused.errorCode()), code);
    if (!refusedField.isEmpty())
        QCOMPARE(QString::fromStdString(refused.json.at("error").at("details").at("field").get<std::string>()),
                 refusedField);
    QCOMPARE(w.count("SELECT count(*) FROM banks"), 0LL);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE entity = 'bank'"), 0LL);
    QCOMPARE(w.count("SELECT count(*) FROM change_events WHERE kind = 'bank.updated'"), 0LL);

    // The same rules hold for an edit, which then leaves the bank as it was.
    const auto created = admin.post(kBanks, bankBody());
    QCOMPARE(created.status, 201);
    if (field == QLatin1String("name") || field == QLatin1String("country") || field == QLatin1String("reason")) {
        auto change = edit(created.json, "fixing");
        if (value == QLatin1String("<remove>"))
            change.erase(field.toStdString());
        else
            change[field.toStdString()] = value.toStdString();
        const auto refusedEdit = put(admin, created.json.at("id").get<std::int64_t>(), change);
        QCOMPARE(refusedEdit.status, 422);
        QCOMPARE(QString::fromStdString(refusedEdit.errorCode()), code);
        QCOMPARE(w.scalar("SELECT name || '|' || country || '|' || version FROM banks"), std::string("Sberbank|RU|1"));
        QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE entity = 'bank'"), 1LL);
    }
}

// Operators get 403 everywhere; a senior reads but changes nothing; an admin-only account does both.
void TestSyncdBanks::rolesAreChecked()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    const auto created = admin.post(kBanks, bankBody());
    QCOMPARE(created.status, 201);
    const auto id = created.json.at("id").get<std::int64_t>();
    auto change = edit(created.json, "renamed");
    change["name"] = "Sber";

    auto op = w.as(w.op1);
    QCOMPARE(op.get(kBanks).status, 403);
    QCOMPARE(op.get(kBanks).errorCode(), std::string("forbidden"));
    QCOMPARE(op.post(kBanks, bankBody("VTB", "VTB")).status, 403);
    QCOMPARE(put(op, id, change).status, 403);

    auto senior = w.as(w.senior2);
    QCOMPARE(senior.get(kBanks).status, 200);
    QCOMPARE(senior.post(kBanks, bankBody("VTB", "VTB")).status, 403);
    QCOMPARE(put(senior, id, change).status, 403);

    auto anonymous = w.server->client();
    QCOMPARE(anonymous.get(kBanks).status, 401);

    QCOMPARE(w.count("SELECT count(*) FROM banks"), 1LL);
    QCOMPARE(w.scalar("SELECT name FROM banks"), std::string("Sberbank"));
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE entity = 'bank'"), 1LL);
}

// An edit names the version it was made on: a second admin's edit on the same version loses with
// 409 version_conflict instead of silently overwriting the first.
void TestSyncdBanks::editAgainstVersion()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    const auto created = admin.post(kBanks, bankBody("TINKOFF", "Tinkoff"));
    QCOMPARE(created.status, 201);
    const auto id = created.json.at("id").get<std::int64_t>();

    auto renamed = edit(created.json, "rebranded as T-Bank");
    renamed["name"] = "T-Bank";
    const auto first = put(admin, id, renamed);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.at("name").get<std::string>(), std::string("T-Bank"));
    QCOMPARE(first.json.at("version").get<std::int64_t>(), 2);
    QCOMPARE(w.scalar("SELECT updated_at > created_at FROM banks"), std::string("t"));

    auto stale = edit(created.json, "switching it off");
    stale["active"] = false;
    const auto refused = put(admin, id, stale);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), std::string("version_conflict"));
    QCOMPARE(refused.json.at("error").at("details").at("current_version").get<std::int64_t>(), 2);
    QCOMPARE(w.scalar("SELECT name || '|' || active || '|' || version FROM banks"), std::string("T-Bank|true|2"));

    // On the current version it goes through; the country can be cleared.
    auto current = edit(first.json, "switching it off");
    current["active"] = false;
    current.erase("country");
    const auto second = put(admin, id, current);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json.at("active").get<bool>(), false);
    QVERIFY(!second.json.contains("country"));
    QCOMPARE(second.json.at("version").get<std::int64_t>(), 3);

    QCOMPARE(put(admin, 999999, current).status, 404);
}

// Saving what is there already (a repeat, or two admins making the same change) is 409 conflict:
// nothing is written, audited or announced.
void TestSyncdBanks::noOpEditIsConflict()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    const auto created = admin.post(kBanks, bankBody());
    QCOMPARE(created.status, 201);
    const auto id = created.json.at("id").get<std::int64_t>();
    const auto audits = w.count("SELECT count(*) FROM audit_log WHERE entity = 'bank'");
    const auto events = w.count("SELECT count(*) FROM change_events WHERE kind = 'bank.updated'");

    auto same = edit(created.json, "nothing really");
    same["name"] = "  Sberbank "; // trimmed: the same name
    const auto refused = put(admin, id, same);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), std::string("conflict"));
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE entity = 'bank'"), audits);
    QCOMPARE(w.count("SELECT count(*) FROM change_events WHERE kind = 'bank.updated'"), events);
    QCOMPARE(w.scalar("SELECT version FROM banks"), std::string("1"));
}

// Each change writes one audit row (who, why, the values before and after) and one bank.updated
// event in the request's transaction.
void TestSyncdBanks::auditAndFeedCarryTheChange()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    auto watcher = w.as(w.op1);
    const auto start = watcher.get("/api/v1/changes?since=0&wait=0");
    QCOMPARE(start.status, 200);
    const auto since = start.json.at("last_seq").get<std::int64_t>();

    const auto created = admin.post(kBanks, bankBody("VTB", "VTB Bank"));
    QCOMPARE(created.status, 201);
    const auto id = created.json.at("id").get<std::int64_t>();
    const std::string entity = std::to_string(id);
    QCOMPARE(
        w.count("SELECT count(*) FROM audit_log WHERE action = 'bank.create' AND entity = 'bank' AND entity_id = '" +
                entity + "' AND reason = 'customers use it' AND actor = 'operator:" + std::to_string(w.admin.id) +
                "' AND payload->>'code' = 'VTB' AND payload->>'fiat_currency' = 'RUB' AND payload->'old' = "
                "'null'::jsonb"),
        1LL);

    auto off = edit(created.json, "the desk stopped paying out to VTB");
    off["active"] = false;
    QCOMPARE(put(admin, id, off).status, 200);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'bank.deactivate' AND entity_id = '" + entity +
                     "' AND reason = 'the desk stopped paying out to VTB' AND (payload->'old'->>'active')::boolean "
                     "AND NOT (payload->>'active')::boolean AND payload->'changed' = '[\"active\"]'::jsonb"),
             1LL);

    const auto current = admin.get(std::string(kBanks) + "?fiat=RUB").json.at("items").at(0);
    auto renamed = edit(current, "full name");
    renamed["name"] = "Bank VTB";
    renamed["active"] = true;
    QCOMPARE(put(admin, id, renamed).status, 200);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'bank.update' AND entity_id = '" + entity +
                     "' AND payload->'old'->>'name' = 'VTB Bank' AND payload->>'name' = 'Bank VTB' AND "
                     "payload->'changed' = '[\"name\", \"active\"]'::jsonb"),
             1LL);

    const auto events = bankEvents(watcher, since, 3);
    QCOMPARE(events.size(), std::size_t(3));
    QVERIFY(!events[0].contains("order_id"));
    QCOMPARE(events[0].at("payload").at("bank_id").get<std::int64_t>(), id);
    QCOMPARE(events[0].at("payload").at("code").get<std::string>(), std::string("VTB"));
    QCOMPARE(events[0].at("payload").at("fiat_currency").get<std::string>(), std::string("RUB"));
    QCOMPARE(events[1].at("payload").at("active").get<bool>(), false);
    QCOMPARE(events[2].at("payload").at("active").get<bool>(), true);
}

// A retried POST with the same Idempotency-Key replays the first answer: one bank, one audit row.
void TestSyncdBanks::idempotentCreate()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    const Headers key = {{"Idempotency-Key", "bank-create-1"}};
    const auto first = admin.post(kBanks, bankBody(), key);
    QCOMPARE(first.status, 201);
    const auto replay = admin.post(kBanks, bankBody(), key);
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.json.at("id"), first.json.at("id"));
    QCOMPARE(w.count("SELECT count(*) FROM banks"), 1LL);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'bank.create'"), 1LL);

    auto off = edit(first.json, "closing");
    off["active"] = false;
    const Headers putKey = {{"Idempotency-Key", "bank-edit-1"}};
    QCOMPARE(put(admin, first.json.at("id").get<std::int64_t>(), off, putKey).status, 200);
    QCOMPARE(put(admin, first.json.at("id").get<std::int64_t>(), off, putKey).status, 200);
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'bank.deactivate'"), 1LL);
}

// An order's payout account may name a bank: an active one of the order's currency. Anything else
// is 422 bank_not_accepted with the reason, and no order, customer or account is written.
void TestSyncdBanks::payoutAccountTakesOnlyAcceptedBanks()
{
    OrdersWorld w;
    auto admin = w.as(w.admin);
    auto op = w.as(w.op1);
    const auto sber = admin.post(kBanks, bankBody());
    QCOMPARE(sber.status, 201);
    const auto kaspi = admin.post(kBanks, bankBody("KASPI", "Kaspi Bank", "KZT"));
    QCOMPARE(kaspi.status, 201);
    const auto alfa = admin.post(kBanks, bankBody("ALFA", "Alfa-Bank"));
    QCOMPARE(alfa.status, 201);
    auto off = edit(alfa.json, "no longer paid out to");
    off["active"] = false;
    QCOMPARE(put(admin, alfa.json.at("id").get<std::int64_t>(), off).status, 200);

    const auto refusedWith = [&](const std::string &bank, const std::string &reason) {
        auto body = createOrderBody(880001);
        body["payout_bank"] = bank;
        const auto refused = op.post("/api/v1/orders", body);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), std::string("bank_not_accepted"));
        QCOMPARE(refused.json.at("error").at("details").at("reason").get<std::string>(), reason);
        QCOMPARE(refused.json.at("error").at("details").at("field").get<std::string>(), std::string("payout_bank"));
    };
    refusedWith("NOSUCHBANK", "unknown");
    refusedWith("ALFA", "inactive");
    refusedWith("KASPI", "wrong_fiat");
    QCOMPARE(w.count("SELECT count(*) FROM orders"), 0LL);
    QCOMPARE(w.count("SELECT count(*) FROM payout_accounts"), 0LL);
    QCOMPARE(w.count("SELECT count(*) FROM customers WHERE tg_user_id = 880001"), 0LL);

    // A crypto payout names no bank.
    auto buy = createOrderBody(880001, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    buy["direction"] = "buy";
    buy["payout_bank"] = "SBER";
    const auto buyRefused = op.post("/api/v1/orders", buy);
    QCOMPARE(buyRefused.status, 422);
    QCOMPARE(buyRefused.errorCode(), std::string("validation_failed"));

    // An active RUB bank is taken and stored with the payout account; the customer's profile shows it.
    auto body = createOrderBody(880001);
    body["payout_bank"] = "SBER";
    const auto created = op.post("/api/v1/orders", body);
    QCOMPARE(created.status, 201);
    QCOMPARE(w.scalar("SELECT b.code FROM payout_accounts p JOIN banks b ON b.id = p.bank_id"), std::string("SBER"));
    const auto customerId = w.scalar("SELECT id FROM customers WHERE tg_user_id = 880001");
    const auto profile = op.get("/api/v1/customers/" + customerId);
    QCOMPARE(profile.status, 200);
    QCOMPARE(profile.json.at("payout_accounts").at(0).at("bank").get<std::string>(), std::string("Sberbank"));
    // The operator paying out sees the bank on the order (card and queue read the summary).
    const auto order = op.get("/api/v1/orders/" + std::to_string(created.json.at("id").get<std::int64_t>()));
    QCOMPARE(order.status, 200);
    QCOMPARE(order.json.at("payout_bank_name").get<std::string>(), std::string("Sberbank"));
    // The order's history records the bank it was created with.
    QCOMPARE(w.count("SELECT count(*) FROM audit_log WHERE action = 'order.create' AND payload->>'payout_bank' = "
                     "'SBER'"),
             1LL);

    // Without a bank, orders go on as before.
    const auto plain = createOrder(op, 880002);
    QCOMPARE(plain.status, 201);
    QCOMPARE(w.count("SELECT count(*) FROM payout_accounts WHERE bank_id IS NULL"), 1LL);
    const auto plainOrder = op.get("/api/v1/orders/" + std::to_string(plain.json.at("id").get<std::int64_t>()));
    QVERIFY(!plainOrder.json.contains("payout_bank_name"));
}

QTEST_GUILESS_MAIN(TestSyncdBanks)
#include "tst_syncd_banks.moc"
