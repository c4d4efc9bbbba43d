// The Telegram bridge end to end: a customer talks to the real syncd (polling the fake Bot API
// over real HTTP) while operators act through the real HTTPS API, against a real PostgreSQL.
#include "app/SyncdApp.h"
#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/test/CraftedImages.h"
#include "p2pdesk/test/FakeBotApi.h"
#include "p2pdesk/test/TempDir.h"

#include <QObject>
#include <QTest>

#include <chrono>
#include <ctime>
#include <fstream>
#include <memory>

using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;
using Json = nlohmann::json;

namespace {

constexpr std::int64_t kAlice = 5'000'000'001LL; // above 32 bits on purpose

std::string textOf(const FakeBotApi::Sent &sent)
{
    return sent.params.value("text", std::string());
}

// The callback_data of the button labelled `label` in the newest message to `chat` that has one.
std::optional<std::pair<std::int64_t, std::string>> findButton(const FakeBotApi &fake, std::int64_t chat,
                                                               const std::string &label)
{
    const auto sent = fake.sentTo(chat);
    for (auto it = sent.rbegin(); it != sent.rend(); ++it) {
        if (it->method != "sendMessage" || !it->params.contains("reply_markup"))
            continue;
        for (const auto &row : it->params["reply_markup"].value("inline_keyboard", Json::array()))
            for (const auto &button : row)
                if (button.value("text", std::string()).find(label) != std::string::npos)
                    return std::make_pair(it->messageId, button.value("callback_data", std::string()));
    }
    return std::nullopt;
}

} // namespace

class TestTelegramBridge final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeBotApi> m_fake;
    std::unique_ptr<TempDir> m_secrets;
    std::unique_ptr<OrdersWorld> m_world;

    SyncdTestServerOptions bridgeOptions()
    {
        std::ofstream(m_secrets->path() / "token") << m_fake->token();
        SyncdTestServerOptions options;
        options.config = {{"telegram.mode", "polling"},
                          {"telegram.api_base_url", m_fake->baseUrl()},
                          {"telegram.bot_token_file", (m_secrets->path() / "token").string()},
                          {"telegram.poll_timeout_s", "1"},
                          {"telegram.worker_interval_ms", "100"},
                          {"telegram.per_chat_interval_ms", "20"}};
        return options;
    }

    // Waits until a message to the chat contains `needle` (returns it), else fails the test.
    FakeBotApi::Sent expectMessage(std::int64_t chat, const std::string &needle, std::size_t after = 0)
    {
        std::optional<FakeBotApi::Sent> found;
        m_fake->waitFor([&](const std::vector<FakeBotApi::Sent> &all) {
            std::size_t index = 0;
            for (const auto &s : all) {
                if (s.chatId == chat && s.method == "sendMessage" && ++index > after &&
                    textOf(s).find(needle) != std::string::npos) {
                    found = s;
                    return true;
                }
            }
            return false;
        });
        if (!found)
            qFatal("no message containing \"%s\" reached chat %lld", needle.c_str(), static_cast<long long>(chat));
        return *found;
    }

    std::size_t messageCount(std::int64_t chat) const
    {
        std::size_t n = 0;
        for (const auto &s : m_fake->sentTo(chat))
            n += s.method == "sendMessage";
        return n;
    }

    void press(std::int64_t chat, const std::string &label)
    {
        const auto button = findButton(*m_fake, chat, label);
        if (!button)
            qFatal("no button \"%s\" in chat %lld", label.c_str(), static_cast<long long>(chat));
        m_fake->pressButton(chat, button->first, button->second);
    }

    std::string word(std::int64_t telegramId) const
    {
        return m_world->scalar("SELECT verification_word FROM customers WHERE tg_user_id = " +
                               std::to_string(telegramId));
    }

    // The operators' side of a sell order from NEW to PAID_OUT over the API, with the customer
    // pressing "I've sent" and typing a txid in between; checks each notice the customer gets.
    void payOut(std::int64_t orderId)
    {
        auto op = m_world->as(m_world->op1);
        QCOMPARE(take(op, orderId).status, 200);
        expectMessage(kAlice, "an operator has taken it");
        QCOMPARE(transition(op, orderId, "AWAITING_CRYPTO", 2).status, 200);
        const auto deposit = expectMessage(kAlice, "send exactly");
        QVERIFY(textOf(deposit).find("TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf") != std::string::npos);

        press(kAlice, "I've sent");
        expectMessage(kAlice, "Now send the proof");
        QCOMPARE(m_world->scalar("SELECT status FROM orders WHERE id = " + std::to_string(orderId)),
                 std::string("USER_MARKED_SENT"));
        m_fake->sendText(kAlice, std::string(64, 'a'));
        expectMessage(kAlice, "proof received");
        QCOMPARE(m_world->scalar("SELECT status FROM orders WHERE id = " + std::to_string(orderId)),
                 std::string("OPERATOR_VERIFY_PROOF"));
        QCOMPARE(m_world->scalar("SELECT uploader FROM attachments WHERE order_id = " + std::to_string(orderId)),
                 "customer:" +
                     m_world->scalar("SELECT id FROM customers WHERE tg_user_id = " + std::to_string(kAlice)));

        auto version = [&] {
            return std::stoll(m_world->scalar("SELECT version FROM orders WHERE id = " + std::to_string(orderId)));
        };
        for (const auto item : m_world->verifyItems)
            QCOMPARE(tick(op, orderId, item).status, 200);
        QCOMPARE(transition(op, orderId, "PAYMENT_VERIFIED", version()).status, 200);
        expectMessage(kAlice, "payment is confirmed");
        auto senior = m_world->as(m_world->senior2);
        QCOMPARE(approve(senior, orderId, version()).status, 200);
        QCOMPARE(transition(op, orderId, "PROCESSING_PAYOUT", version()).status, 200);
        for (const auto item : m_world->payoutItems)
            QCOMPARE(tick(op, orderId, item).status, 200);
        QCOMPARE(transition(op, orderId, "PAID_OUT", version(), "", {{"payout_reference", "SBP-777"}}).status, 200);
        const auto paid = expectMessage(kAlice, "paid out");
        QVERIFY(textOf(paid).find("SBP-777") != std::string::npos);
    }

    // Sell 100 USDT (TRON): from the pair to the quote accepted.
    void sellHundredUsdt(std::int64_t chat)
    {
        press(chat, "Sell crypto");
        expectMessage(chat, "Choose the pair");
        press(chat, "USDT (TRON)");
        expectMessage(chat, "How much?");
        m_fake->sendText(chat, "100");
        expectMessage(chat, "Indicative quote");
        press(chat, "Continue");
    }

    // Drives a customer from /start to a confirmed order; returns the order id.
    std::int64_t createOrderInBot(std::int64_t chat)
    {
        m_fake->sendText(chat, "/start");
        expectMessage(chat, "desk word");
        press(chat, "New exchange");
        expectMessage(chat, "What would you like to do?", 1);
        sellHundredUsdt(chat);
        expectMessage(chat, "Where should we pay you?");
        m_fake->sendText(chat, "4111 1111 1111 1111");
        expectMessage(chat, "Check your order");
        press(chat, "Confirm");
        expectMessage(chat, "is created");
        return std::stoll(m_world->scalar("SELECT id FROM orders WHERE customer_id = (SELECT id FROM customers "
                                          "WHERE tg_user_id = " +
                                          std::to_string(chat) + ") ORDER BY id DESC LIMIT 1"));
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeBotApi>();
        m_secrets = std::make_unique<TempDir>();
        m_world = std::make_unique<OrdersWorld>(bridgeOptions());
        m_world->sql("UPDATE operators SET on_duty = true WHERE username = 'op1'");
    }

    void cleanup()
    {
        m_world.reset();
        m_fake.reset();
        m_secrets.reset();
    }

    void startGivesTheWordAndEveryMessageCarriesIt()
    {
        m_fake->sendText(kAlice, "/start", "en", "Alice <b>&");
        const auto greeting = expectMessage(kAlice, "desk word");
        const auto w = word(kAlice);
        QVERIFY(!w.empty());
        QVERIFY(textOf(greeting).find(w) != std::string::npos);
        // The customer's name is escaped for Telegram's HTML.
        QVERIFY(textOf(greeting).find("Alice &lt;b&gt;&amp;") != std::string::npos);
        m_fake->sendText(kAlice, "/help");
        expectMessage(kAlice, "/status");
        for (const auto &s : m_fake->sentTo(kAlice))
            if (s.method == "sendMessage")
                QVERIFY2(textOf(s).find(w) != std::string::npos, textOf(s).c_str());
        // The word is generated once.
        m_fake->sendText(kAlice, "/start");
        expectMessage(kAlice, "desk word", 2);
        QCOMPARE(word(kAlice), w);
    }

    void customerGoesFromStartToCompleted()
    {
        const auto orderId = createOrderInBot(kAlice);
        QCOMPARE(m_world->scalar("SELECT status || ' ' || source FROM orders WHERE id = " + std::to_string(orderId)),
                 std::string("NEW bot"));
        QCOMPARE(m_world->scalar("SELECT quote_locked_until > now() FROM orders WHERE id = " + std::to_string(orderId)),
                 std::string("t"));
        QCOMPARE(
            m_world->count("SELECT count(*) FROM audit_log WHERE action = 'order.create' AND actor = 'customer:' || "
                           "(SELECT id FROM customers WHERE tg_user_id = " +
                           std::to_string(kAlice) + ")::text"),
            1LL);

        payOut(orderId);
        if (QTest::currentTestFailed())
            return;
        press(kAlice, "I've received it");
        QTRY_COMPARE_WITH_TIMEOUT(m_world->scalar("SELECT status FROM orders WHERE id = " + std::to_string(orderId)),
                                  std::string("COMPLETED"), 10000);
        QCOMPARE(m_world
                     ->scalar("SELECT actor FROM order_history WHERE order_id = " + std::to_string(orderId) +
                              " ORDER BY id DESC LIMIT 1")
                     .rfind("customer:", 0),
                 std::size_t(0));
        // Pressing the old button again changes nothing and says so.
        const auto paidButton = findButton(*m_fake, kAlice, "I've received it");
        QVERIFY(paidButton);
        m_fake->pressButton(kAlice, paidButton->first, paidButton->second);
        QVERIFY(m_fake->waitFor([](const std::vector<FakeBotApi::Sent> &all) {
            int answers = 0;
            for (const auto &s : all)
                answers += s.method == "answerCallbackQuery" &&
                           s.params.value("text", std::string()).find("no longer current") != std::string::npos;
            return answers >= 1;
        }));
        QCOMPARE(m_world->count("SELECT count(*) FROM order_history WHERE order_id = " + std::to_string(orderId) +
                                " AND to_status = 'COMPLETED'"),
                 1LL);
        // Used buttons are taken off their message, so the chat shows nothing left to press.
        const auto messageId = paidButton->first;
        QVERIFY(m_fake->waitFor([messageId](const std::vector<FakeBotApi::Sent> &all) {
            return std::any_of(all.begin(), all.end(), [messageId](const FakeBotApi::Sent &s) {
                return s.method == "editMessageReplyMarkup" && s.messageId == messageId;
            });
        }));
        const auto shown = m_fake->message(kAlice, messageId);
        QVERIFY(shown);
        QVERIFY(shown->second.value("inline_keyboard", Json::array()).empty());
    }

    void deskClosedTakesNoOrder()
    {
        m_world->sql("UPDATE operators SET on_duty = false");
        m_fake->sendText(kAlice, "/new");
        expectMessage(kAlice, "The desk is closed");
        QCOMPARE(m_world->count("SELECT count(*) FROM orders"), 0LL);
    }

    // The opening hours close the bot to new exchanges, with an operator on duty, and the customer
    // is told when the desk opens in their language and the desk's time.
    void outsideTheHoursTheBotSaysWhenTheDeskOpens()
    {
        using namespace std::chrono;
        static const char *const kKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        static const char *const kEn[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        static const char *const kRu[] = {"в понедельник", "во вторник", "в среду",      "в четверг",
                                          "в пятницу",     "в субботу",  "в воскресенье"};
        // The desk's local day (Moscow) two days ahead: neither "today" nor "tomorrow".
        const auto day = weekday(floor<days>(system_clock::now() + hours(3) + days(2))).iso_encoding() - 1;
        auto admin = m_world->as(m_world->admin);
        auto settings = admin.get("/api/v1/admin/settings").json;
        settings["desk_hours"] = {
            {"enabled", true}, {"utc_offset_minutes", 180}, {"days", {{kKeys[day], "09:00-10:00"}}}};
        settings["reason"] = "opening hours";
        QCOMPARE(admin.post("/api/v1/admin/settings", settings).status, 200);

        m_fake->sendText(kAlice, "/new");
        expectMessage(kAlice, std::string("It opens on ") + kEn[day] + " at 09:00 (UTC+3)");
        constexpr std::int64_t kIvan = 5'000'000'003LL;
        m_fake->sendText(kIvan, "/new", "ru", "Иван");
        expectMessage(kIvan, std::string("откроется ") + kRu[day] + " в 09:00 (UTC+3)");
        QCOMPARE(m_world->count("SELECT count(*) FROM orders"), 0LL);

        // Switched off, the same customer goes on to a new exchange.
        settings["desk_hours"]["enabled"] = false;
        QCOMPARE(admin.post("/api/v1/admin/settings", settings).status, 200);
        m_fake->sendText(kAlice, "/new");
        expectMessage(kAlice, "What would you like to do?");
    }

    void blockedCustomerIsToldPolitely()
    {
        m_fake->sendText(kAlice, "/start");
        expectMessage(kAlice, "desk word");
        m_world->sql("UPDATE customers SET blocked = true, blocked_reason = 'fraud' WHERE tg_user_id = " +
                     std::to_string(kAlice));
        m_fake->sendText(kAlice, "/new");
        expectMessage(kAlice, "cannot serve you");
        QCOMPARE(m_world->count("SELECT count(*) FROM orders"), 0LL);
    }

    // The admin's feature flags, switched over the API and obeyed by the bot at once: no new
    // exchange, a polite word in the customer's language, and messages still reach the desk.
    void newOrdersSwitchedOffAreRefusedPolitely_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::newRow("new_orders") << QStringLiteral("new_orders");
        QTest::newRow("telegram_intake") << QStringLiteral("telegram_intake");
    }

    void newOrdersSwitchedOffAreRefusedPolitely()
    {
        QFETCH(QString, flag);
        auto admin = m_world->as(m_world->admin);
        m_fake->sendText(kAlice, "/start");
        expectMessage(kAlice, "desk word");
        const auto switched =
            admin.request("PUT", "/api/v1/admin/flags/" + flag.toStdString(),
                          Json{{"enabled", false}, {"reason", "bank holiday"}}.dump(), "application/json");
        QCOMPARE(switched.status, 200);

        m_fake->sendText(kAlice, "/new");
        const auto refusal = expectMessage(kAlice, "not taking new orders");
        QVERIFY(textOf(refusal).find(word(kAlice)) != std::string::npos); // signed like every message
        QCOMPARE(m_world->count("SELECT count(*) FROM orders"), 0LL);

        // A message still reaches the desk's support ticket.
        m_fake->sendText(kAlice, "When do you open again?");
        QTRY_COMPARE_WITH_TIMEOUT(
            m_world->count("SELECT count(*) FROM ticket_messages WHERE body = 'When do you open again?'"), 1LL, 10000);

        // In Russian for a Russian-speaking customer.
        m_world->sql("UPDATE customers SET language = 'ru', language_chosen = true WHERE tg_user_id = " +
                     std::to_string(kAlice));
        m_fake->sendText(kAlice, "/new");
        expectMessage(kAlice, "не принимает новые заявки");
        QCOMPARE(m_world->count("SELECT count(*) FROM orders"), 0LL);

        // Switched back on: the next /new offers the directions again.
        QCOMPARE(admin
                     .request("PUT", "/api/v1/admin/flags/" + flag.toStdString(),
                              Json{{"enabled", true}, {"reason", "open again"}}.dump(), "application/json")
                     .status,
                 200);
        m_world->sql("UPDATE customers SET language = 'en', language_chosen = true WHERE tg_user_id = " +
                     std::to_string(kAlice));
        const auto before = messageCount(kAlice);
        m_fake->sendText(kAlice, "/new");
        expectMessage(kAlice, "What would you like to do?", before);
    }

    // The labels of a message's buttons, row by row.
    static std::vector<std::string> buttonLabels(const FakeBotApi::Sent &sent)
    {
        std::vector<std::string> labels;
        for (const auto &row : sent.params["reply_markup"].value("inline_keyboard", Json::array()))
            for (const auto &button : row)
                labels.push_back(button.value("text", std::string()));
        return labels;
    }

    // Sell crypto for 100 USDT up to the bank question; returns that question.
    FakeBotApi::Sent sellUpToTheBank(std::int64_t chat)
    {
        m_world->sql("INSERT INTO banks (code, name, country, fiat_currency, active) VALUES "
                     "('SBER', 'Sberbank', 'RU', 'RUB', true), ('TINK', 'T-Bank', 'RU', 'RUB', true), "
                     "('OLDB', 'Closed Bank', 'RU', 'RUB', false), ('KASPI', 'Kaspi', 'KZ', 'KZT', true)");
        m_fake->sendText(chat, "/new");
        expectMessage(chat, "What would you like to do?");
        sellHundredUsdt(chat);
        return expectMessage(chat, "Which bank should we pay your RUB to?");
    }

    // Issue 12: the banks directory is what a fiat payout names. The customer picks from the
    // currency's active banks; the confirmation and the order's payout account carry the choice.
    void aSellOrderNamesItsPayoutBankFromTheDirectory()
    {
        const auto ask = sellUpToTheBank(kAlice);
        QCOMPARE(buttonLabels(ask), (std::vector<std::string>{"Sberbank", "T-Bank", "Cancel"}));
        press(kAlice, "T-Bank");
        expectMessage(kAlice, "Where should we pay you?");
        m_fake->sendText(kAlice, "4111 1111 1111 1111");
        const auto confirm = expectMessage(kAlice, "Check your order");
        QVERIFY2(textOf(confirm).find("1111, T-Bank</code>") != std::string::npos, textOf(confirm).c_str());
        press(kAlice, "Confirm");
        expectMessage(kAlice, "is created");
        QCOMPARE(m_world->scalar("SELECT b.code FROM orders o JOIN payout_accounts p ON p.id = o.payout_account_id "
                                 "JOIN banks b ON b.id = p.bank_id"),
                 std::string("TINK"));
    }

    // A bank switched off between the choice and the confirmation: the order is refused in words,
    // nothing is created, and the flow ends.
    void aBankSwitchedOffBeforeConfirmationIsRefused()
    {
        sellUpToTheBank(kAlice);
        press(kAlice, "Sberbank");
        expectMessage(kAlice, "Where should we pay you?");
        m_fake->sendText(kAlice, "4111 1111 1111 1111");
        expectMessage(kAlice, "Check your order");
        m_world->sql("UPDATE banks SET active = false WHERE code = 'SBER'");
        press(kAlice, "Confirm");
        expectMessage(kAlice, "We do not pay out to that bank");
        QCOMPARE(m_world->count("SELECT count(*) FROM orders"), 0LL);
        QCOMPARE(m_world->scalar("SELECT state FROM tg_conversations c JOIN customers u ON u.id = c.customer_id "
                                 "WHERE u.tg_user_id = " +
                                 std::to_string(kAlice)),
                 std::string("idle"));
    }

    void mistypedCardIsRefusedBeforeConfirmation()
    {
        m_fake->sendText(kAlice, "/new");
        expectMessage(kAlice, "What would you like to do?");
        press(kAlice, "Sell crypto");
        expectMessage(kAlice, "Choose the pair");
        press(kAlice, "USDT (TRON)");
        expectMessage(kAlice, "How much?");
        m_fake->sendText(kAlice, "ten");
        expectMessage(kAlice, "could not read that amount");
        m_fake->sendText(kAlice, "15000 RUB");
        const auto quote = expectMessage(kAlice, "Indicative quote");
        QVERIFY(textOf(quote).find("15000.00 RUB") != std::string::npos);
        press(kAlice, "Continue");
        expectMessage(kAlice, "Where should we pay you?");
        m_fake->sendText(kAlice, "4111 1111 1111 1112");
        expectMessage(kAlice, "check digit");
        QCOMPARE(m_world->count("SELECT count(*) FROM orders"), 0LL);
        // The requisites wait for confirmation sealed, never in clear.
        m_fake->sendText(kAlice, "4111 1111 1111 1111");
        expectMessage(kAlice, "Check your order");
        QCOMPARE(m_world->count("SELECT count(*) FROM tg_conversations WHERE data::text LIKE '%4111111111111111%'"),
                 0LL);
    }

    void groupsBotsAndMalformedUpdatesAreRecordedAndSkipped()
    {
        m_fake->pushUpdate({{"message",
                             {{"message_id", 1},
                              {"date", 1},
                              {"from", {{"id", 77}, {"is_bot", false}, {"first_name", "G"}}},
                              {"chat", {{"id", -100123}, {"type", "supergroup"}}},
                              {"text", "/start"}}}});
        m_fake->pushUpdate({{"message",
                             {{"message_id", 1},
                              {"date", 1},
                              {"from", {{"id", 78}, {"is_bot", true}, {"first_name", "B"}}},
                              {"chat", {{"id", 78}, {"type", "private"}}},
                              {"text", "/start"}}}});
        m_fake->pushUpdate({{"message", "not an object"}});
        m_fake->pushUpdate({{"inline_query", {{"id", "1"}, {"from", {{"id", 79}}}, {"query", "x"}}}});
        m_fake->sendText(kAlice, "/start");
        expectMessage(kAlice, "desk word");
        const auto rows = [&] {
            return m_world->scalar(
                "SELECT string_agg(update_id || ' ' || coalesce(kind, '?') || ' ' || "
                "coalesce(error, '-') || ' ' || (processed_at IS NOT NULL)::text, '; ') FROM tg_updates");
        };
        QTRY_VERIFY2_WITH_TIMEOUT(m_world->count("SELECT count(*) FROM tg_updates WHERE processed_at IS NOT NULL") == 4,
                                  rows().c_str(), 10000);
        QCOMPARE(m_world->count("SELECT count(*) FROM tg_updates WHERE error IS NOT NULL"), 3LL);
        // Kinds the bot does not serve are not even asked for (allowed_updates).
        QCOMPARE(m_world->count("SELECT count(*) FROM tg_updates WHERE kind = 'inline_query'"), 0LL);
        QCOMPARE(m_world->count("SELECT count(*) FROM customers"), 1LL);
        for (const std::int64_t chat : {-100123LL, 78LL, 79LL})
            QVERIFY(m_fake->sentTo(chat).empty());
    }

    void duplicateDeliveryChangesNothing()
    {
        m_fake->sendText(kAlice, "/start");
        expectMessage(kAlice, "desk word");
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->confirmedOffset() > 0, 10000);
        const auto before = messageCount(kAlice);
        m_fake->redeliverConfirmed(1);
        m_fake->sendText(kAlice, "/help");
        expectMessage(kAlice, "/status");
        QCOMPARE(messageCount(kAlice), before + 1);
        QCOMPARE(m_world->count("SELECT count(*) FROM tg_updates"), 2LL);
    }

    void floodIsLimitedPerCustomer()
    {
        m_world->sql("INSERT INTO settings (key, value) VALUES ('bot_messages_per_minute', '3') "
                     "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value");
        for (int i = 0; i < 6; ++i)
            m_fake->sendText(kAlice, "/help");
        expectMessage(kAlice, "too fast");
        QTRY_COMPARE_WITH_TIMEOUT(m_world->count("SELECT count(*) FROM tg_updates WHERE processed_at IS NOT NULL"), 6LL,
                                  10000);
        QCOMPARE(m_world->count("SELECT count(*) FROM tg_updates WHERE error = 'flood limit'"), 3LL);
        int helps = 0;
        for (const auto &s : m_fake->sentTo(kAlice))
            helps += textOf(s).find("/status") != std::string::npos;
        QCOMPARE(helps, 3);

        // A backlog delivered at once (syncd was down) is not a flood: what counts is when the
        // customer sent each message.
        constexpr std::int64_t kBob = 5'000'000'002LL;
        const auto now = static_cast<std::int64_t>(std::time(nullptr));
        for (int i = 0; i < 5; ++i)
            m_fake->pushUpdate(
                {{"message",
                  {{"message_id", 100 + i},
                   {"date", now - 600 + 70 * i},
                   {"from", {{"id", kBob}, {"is_bot", false}, {"first_name", "Bob"}, {"language_code", "en"}}},
                   {"chat", {{"id", kBob}, {"type", "private"}}},
                   {"text", "/help"},
                   {"entities", Json::array({{{"type", "bot_command"}, {"offset", 0}, {"length", 5}}})}}}});
        QVERIFY(m_fake->waitFor([](const std::vector<FakeBotApi::Sent> &all) {
            return std::count_if(all.begin(), all.end(), [](const FakeBotApi::Sent &s) {
                       return s.chatId == kBob &&
                              s.params.value("text", std::string()).find("/status") != std::string::npos;
                   }) == 5;
        }));
        QCOMPARE(
            m_world->count("SELECT count(*) FROM tg_updates WHERE from_user_id = 5000000002 AND error IS NOT NULL"),
            0LL);
    }

    void customerCancelsWhileAllowed()
    {
        const auto orderId = createOrderInBot(kAlice);
        m_fake->sendText(kAlice, "/cancel");
        expectMessage(kAlice, "Cancel order");
        press(kAlice, "Yes, cancel it");
        expectMessage(kAlice, "is cancelled");
        QCOMPARE(m_world->scalar("SELECT status FROM orders WHERE id = " + std::to_string(orderId)),
                 std::string("CANCELLED"));
        m_fake->sendText(kAlice, "/cancel");
        expectMessage(kAlice, "no order that can be cancelled");
    }

    void messagesReachTheTicketAndRepliesComeBack()
    {
        m_fake->sendText(kAlice, "/start");
        expectMessage(kAlice, "desk word");
        m_fake->sendText(kAlice, "Where is my <money>?");
        expectMessage(kAlice, "passed to an operator");
        const auto customerId =
            m_world->scalar("SELECT id FROM customers WHERE tg_user_id = " + std::to_string(kAlice));
        const auto ticketId = std::stoll(
            m_world->scalar("SELECT id FROM support_tickets WHERE order_id IS NULL AND customer_id = " + customerId));
        QCOMPARE(m_world->scalar("SELECT body FROM ticket_messages WHERE ticket_id = " + std::to_string(ticketId)),
                 std::string("Where is my <money>?"));

        // The operator answers from the API (the workstation's support desk); it reaches the chat.
        auto op = m_world->as(m_world->op1);
        const auto reply = op.post(path(p2pdesk::proto::endpoints::kTicketMessages, ticketId),
                                   {{"text", "We are checking, one moment"}, {"private_note", false}},
                                   {{"Idempotency-Key", "reply-1"}});
        QCOMPARE(reply.status, 201);
        const auto answer = expectMessage(kAlice, "We are checking");
        QVERIFY(textOf(answer).find(word(kAlice)) != std::string::npos);
        QTRY_COMPARE_WITH_TIMEOUT(m_world->scalar("SELECT status FROM outbox WHERE ticket_message_id IS NOT NULL"),
                                  std::string("sent"), 10000);

        // A second message is recorded without a second acknowledgement; an edit keeps the first text.
        const auto second = m_fake->sendText(kAlice, "My card is 4111");
        QTRY_COMPARE_WITH_TIMEOUT(m_world->count("SELECT count(*) FROM ticket_messages WHERE ticket_id = " +
                                                 std::to_string(ticketId) + " AND author LIKE 'customer:%'"),
                                  2LL, 10000);
        (void)second;
        const auto tgMessageId =
            m_world->scalar("SELECT tg_message_id FROM ticket_messages WHERE body = 'My card is 4111'");
        m_fake->editText(kAlice, std::stoll(tgMessageId), "My card is 5500");
        QTRY_COMPARE_WITH_TIMEOUT(
            m_world->scalar(
                "SELECT body || '|' || coalesce(original_body, '') FROM ticket_messages WHERE tg_message_id = " +
                tgMessageId),
            std::string("My card is 5500|My card is 4111"), 10000);
        int acks = 0;
        for (const auto &sent : m_fake->sentTo(kAlice))
            acks += textOf(sent).find("passed to an operator") != std::string::npos;
        QCOMPARE(acks, 1);
    }

    void aPhotoIsTheProofOfTheWaitingOrder()
    {
        const auto orderId = createOrderInBot(kAlice);
        auto op = m_world->as(m_world->op1);
        QCOMPARE(take(op, orderId).status, 200);
        QCOMPARE(transition(op, orderId, "AWAITING_CRYPTO", 2).status, 200);
        expectMessage(kAlice, "send exactly");
        // Sending the screenshot without pressing "I've sent" says the same thing.
        const auto png = images::encoded(400, 300, "PNG");
        m_fake->sendPhoto(kAlice, std::string(png.constData(), static_cast<std::size_t>(png.size())));
        expectMessage(kAlice, "proof received");
        QCOMPARE(m_world->scalar("SELECT status FROM orders WHERE id = " + std::to_string(orderId)),
                 std::string("OPERATOR_VERIFY_PROOF"));
        QCOMPARE(
            m_world->scalar("SELECT kind || ' ' || mime FROM attachments WHERE order_id = " + std::to_string(orderId)),
            std::string("proof_file image/png"));
    }

    void aFileTooLargeIsRefusedAndBothSidesKnow()
    {
        m_fake->sendText(kAlice, "/start");
        expectMessage(kAlice, "desk word");
        m_fake->sendDocument(kAlice, "%PDF-1.4 small", "statement.pdf", "application/pdf", 30LL * 1024 * 1024);
        expectMessage(kAlice, "larger than 20 MB");
        QTRY_COMPARE_WITH_TIMEOUT(
            m_world->count("SELECT count(*) FROM ticket_messages WHERE body LIKE '%file too large%statement.pdf%'"),
            1LL, 10000);
        QCOMPARE(m_world->count("SELECT count(*) FROM attachments"), 0LL);
    }

    void aDisputeReasonOpensTheDisputeAndGoesToTheOrdersTicket()
    {
        const auto orderId = createOrderInBot(kAlice);
        payOut(orderId);
        if (QTest::currentTestFailed())
            return;
        press(kAlice, "Open a dispute");
        expectMessage(kAlice, "describe the problem");
        m_fake->sendText(kAlice, "Nothing arrived on my card");
        expectMessage(kAlice, "a dispute is open");
        QCOMPARE(m_world->scalar("SELECT status FROM orders WHERE id = " + std::to_string(orderId)),
                 std::string("DISPUTE"));
        QCOMPARE(m_world->scalar("SELECT reason FROM order_history WHERE order_id = " + std::to_string(orderId) +
                                 " ORDER BY id DESC LIMIT 1"),
                 std::string("Nothing arrived on my card"));
        QCOMPARE(m_world->scalar("SELECT m.body FROM ticket_messages m JOIN support_tickets t ON t.id = m.ticket_id "
                                 "WHERE t.order_id = " +
                                 std::to_string(orderId)),
                 std::string("Nothing arrived on my card"));
    }

    // Up to "I've sent" after the payment instructions' rate lock has run out: a re-quote is due.
    std::int64_t latePayment(std::int64_t chat)
    {
        const auto orderId = createOrderInBot(chat);
        auto op = m_world->as(m_world->op1);
        [&] {
            QCOMPARE(take(op, orderId).status, 200);
            QCOMPARE(transition(op, orderId, "AWAITING_CRYPTO", 2).status, 200);
        }();
        expectMessage(chat, "send exactly");
        m_world->sql("UPDATE orders SET quote_locked_until = now() - interval '5 minutes' WHERE id = " +
                     std::to_string(orderId));
        press(chat, "I've sent");
        expectMessage(chat, "Now send the proof");
        return orderId;
    }

    std::int64_t versionOf(std::int64_t orderId) const
    {
        return std::stoll(m_world->scalar("SELECT version FROM orders WHERE id = " + std::to_string(orderId)));
    }

    void aLatePaymentIsRequotedAndTheCustomerAcceptsInTheBot()
    {
        const auto orderId = latePayment(kAlice);
        const auto id = std::to_string(orderId);
        QCOMPARE(m_world->scalar("SELECT rate_agreement || ' ' || requote_reason FROM orders WHERE id = " + id),
                 std::string("due lock_expired"));
        auto op = m_world->as(m_world->op1);
        const auto offer = [&](const std::string &rate) {
            return op.post(
                path(p2pdesk::proto::endpoints::kOrderRequote, orderId),
                {{"final_rate", rate}, {"reason", "paid after the rate expired"}, {"version", versionOf(orderId)}});
        };
        QCOMPARE(offer("97.000000").status, 200);
        const auto first = expectMessage(kAlice, "New rate");
        QVERIFY2(textOf(first).find("97.000000") != std::string::npos, textOf(first).c_str());
        QVERIFY2(textOf(first).find("9700.00 RUB") != std::string::npos, textOf(first).c_str());
        QVERIFY2(textOf(first).find("9900.00 RUB") != std::string::npos, textOf(first).c_str()); // the old figure
        QVERIFY(textOf(first).find(word(kAlice)) != std::string::npos);
        const auto firstAccept = findButton(*m_fake, kAlice, "I accept the new rate");
        QVERIFY(firstAccept);

        // A better offer replaces it; the first message's button no longer accepts anything.
        const auto seen = messageCount(kAlice);
        QCOMPARE(offer("97.500000").status, 200);
        const auto second = expectMessage(kAlice, "New rate", seen);
        QVERIFY(textOf(second).find("9750.00 RUB") != std::string::npos);
        m_fake->pressButton(kAlice, firstAccept->first, firstAccept->second);
        expectMessage(kAlice, "no longer current");
        QCOMPARE(m_world->scalar("SELECT final_rate FROM orders WHERE id = " + id), std::string("99.0000000000"));

        press(kAlice, "I accept the new rate");
        const auto accepted = expectMessage(kAlice, "the new rate is accepted");
        QVERIFY(textOf(accepted).find("9750.00 RUB") != std::string::npos);
        QCOMPARE(m_world->scalar("SELECT final_rate || ' ' || amount_fiat || ' ' || rate_agreement FROM orders "
                                 "WHERE id = " +
                                 id),
                 std::string("97.5000000000 9750.0000000000 agreed"));
    }

    void decliningANewRateOpensADispute()
    {
        const auto orderId = latePayment(kAlice);
        auto op = m_world->as(m_world->op1);
        QCOMPARE(op.post(path(p2pdesk::proto::endpoints::kOrderRequote, orderId),
                         {{"final_rate", "96.000000"}, {"reason", "late"}, {"version", versionOf(orderId)}})
                     .status,
                 200);
        expectMessage(kAlice, "New rate");
        press(kAlice, "I do not accept");
        expectMessage(kAlice, "a dispute is open");
        QCOMPARE(
            m_world->scalar("SELECT status || ' ' || final_rate FROM orders WHERE id = " + std::to_string(orderId)),
            std::string("DISPUTE 99.0000000000"));
    }

    void blockingTheBotMarksTheCustomerUnreachable()
    {
        m_fake->sendText(kAlice, "/start");
        expectMessage(kAlice, "desk word");
        m_fake->setBlockedByUser(kAlice, true);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_world->scalar("SELECT unreachable_at IS NOT NULL FROM customers WHERE tg_user_id = " +
                            std::to_string(kAlice)),
            std::string("t"), 10000);
        m_fake->setBlockedByUser(kAlice, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_world->scalar("SELECT unreachable_at IS NULL FROM customers WHERE tg_user_id = " +
                                                  std::to_string(kAlice)),
                                  std::string("t"), 10000);
    }
};

QTEST_GUILESS_MAIN(TestTelegramBridge)
#include "tst_tg_bridge.moc"
