// The outbox sender against the fake Bot API and a real database. Time is the sender's injected
// clock, advanced by the tests, so throttling and backoff are checked without sleeping.
#include "db/ConnectionPool.h"
#include "db/repositories/OutboxRepository.h"
#include "tg/BotApiClient.h"
#include "tg/Html.h"
#include "tg/OutboxSender.h"

#include "p2pdesk/test/FakeBotApi.h"
#include "p2pdesk/test/PgTestDatabase.h"

#include <QtTest>
#include <pqxx/transaction>

#include <memory>

using namespace std::chrono_literals;
using nlohmann::json;
using p2pdesk::syncd::db::ConnectionPool;
using p2pdesk::syncd::db::OutboxChannel;
using p2pdesk::syncd::db::OutboxMessage;
using p2pdesk::syncd::db::OutboxRepository;
using p2pdesk::syncd::tg::BotApiClient;
using p2pdesk::syncd::tg::BotApiSettings;
using p2pdesk::syncd::tg::OutboxSender;
using p2pdesk::syncd::tg::SenderLimits;
using p2pdesk::test::FakeBotApi;
using p2pdesk::test::PgTestDatabase;

namespace {

struct Row {
    std::string status;
    int attempts = 0;
    int partsSent = 0;
    std::optional<std::int64_t> tgMessageId;
    double nextAttemptAt = 0; // epoch seconds
};

std::string plainWords(int chars)
{
    std::string text;
    int n = 0;
    while (static_cast<int>(text.size()) < chars) {
        text += "word" + std::to_string(n++ % 10);
        text += n % 40 == 0 ? "\n\n" : " ";
    }
    return text.substr(0, static_cast<std::size_t>(chars));
}

double epoch(std::chrono::system_clock::time_point t)
{
    return std::chrono::duration<double>(t.time_since_epoch()).count();
}

} // namespace

class TstTgOutboxSender : public QObject {
    Q_OBJECT

    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<ConnectionPool> m_pool;
    std::unique_ptr<FakeBotApi> m_api;
    std::unique_ptr<BotApiClient> m_client;
    std::chrono::system_clock::time_point m_now;

    std::unique_ptr<OutboxSender> sender(SenderLimits limits = {})
    {
        return std::make_unique<OutboxSender>(
            *m_pool, *m_client, [this] { return m_now; }, limits);
    }

    std::int64_t customer(std::int64_t tgUserId)
    {
        auto conn = m_db->connect();
        pqxx::work tx(*conn);
        const auto id = tx.exec_params1("INSERT INTO customers (tg_user_id) VALUES ($1) RETURNING id", tgUserId)[0]
                            .as<std::int64_t>();
        tx.commit();
        return id;
    }

    std::int64_t enqueue(std::int64_t chatId, json payload, std::optional<std::int64_t> customerId = {},
                         OutboxChannel channel = OutboxChannel::TelegramCustomer)
    {
        auto conn = m_db->connect();
        pqxx::work tx(*conn);
        OutboxMessage message;
        message.channel = channel;
        message.recipient = channel == OutboxChannel::Email ? "a@b.example" : std::to_string(chatId);
        message.customerId = customerId;
        message.payload = std::move(payload);
        const auto id = OutboxRepository::enqueue(tx, message);
        tx.commit();
        return *id;
    }

    std::int64_t enqueueText(std::int64_t chatId, const std::string &html, std::optional<std::int64_t> customerId = {})
    {
        return enqueue(
            chatId,
            {{"method", "sendMessage"}, {"params", {{"chat_id", chatId}, {"text", html}, {"parse_mode", "HTML"}}}},
            customerId);
    }

    Row row(std::int64_t id)
    {
        auto conn = m_db->connect();
        pqxx::work tx(*conn);
        const auto r =
            tx.exec_params1("SELECT status, attempts, parts_sent, tg_message_id, "
                            "extract(epoch FROM next_attempt_at)::double precision FROM outbox WHERE id = $1",
                            id);
        Row out;
        out.status = r[0].as<std::string>();
        out.attempts = r[1].as<int>();
        out.partsSent = r[2].as<int>();
        if (!r[3].is_null())
            out.tgMessageId = r[3].as<std::int64_t>();
        out.nextAttemptAt = r[4].as<double>();
        return out;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<PgTestDatabase>();
        m_pool = std::make_unique<ConnectionPool>(m_db->conninfo(), 4, 5s);
        m_api = std::make_unique<FakeBotApi>();
        BotApiSettings settings;
        settings.baseUrl = m_api->baseUrl();
        settings.token = m_api->token();
        settings.requestTimeout = 3s;
        m_client = std::make_unique<BotApiClient>(settings);
        // Ahead of the database's now() so rows enqueued just before are due.
        m_now = std::chrono::system_clock::now() + 1s;
    }

    void cleanup()
    {
        m_client.reset();
        m_api.reset();
        m_pool.reset();
        m_db.reset();
    }

    void deliveredOnceWithMessageId()
    {
        const auto id = enqueueText(1001, "Hello <b>there</b>");
        auto s = sender();
        QCOMPARE(s->runOnce(), 1);
        const auto r = row(id);
        QCOMPARE(r.status, std::string("sent"));
        const auto sent = m_api->sentTo(1001);
        QCOMPARE(sent.size(), std::size_t(1));
        QCOMPARE(*r.tgMessageId, sent[0].messageId);
        QCOMPARE(m_api->message(1001, sent[0].messageId)->first, std::string("Hello there"));
        m_now += 10s;
        QCOMPARE(s->runOnce(), 0);
        QCOMPARE(m_api->sent().size(), std::size_t(1));
    }

    void rateLimitHonoured()
    {
        const auto limited = enqueueText(2001, "first");
        const auto other = enqueueText(2002, "other chat");
        m_api->failNext("sendMessage", 429, "Too Many Requests: retry after 5", 5);
        auto s = sender();
        QCOMPARE(s->runOnce(), 0);
        auto r = row(limited);
        QCOMPARE(r.status, std::string("queued"));
        QCOMPARE(r.attempts, 0); // Telegram's "wait", not a failure
        QVERIFY(r.nextAttemptAt >= epoch(m_now + 5s) - 0.001);
        QCOMPARE(row(other).status, std::string("queued")); // the global pause holds everything

        m_now += 3s;
        QCOMPARE(s->runOnce(), 0);
        QCOMPARE(m_api->calls("sendMessage"), 1);
        m_now += 3s;
        QCOMPARE(s->runOnce(), 2);
        QCOMPARE(row(limited).status, std::string("sent"));
        QCOMPARE(m_api->sentTo(2001)[0].params["text"].get<std::string>(), std::string("first"));
    }

    void serverErrorRetriedWithBackoff()
    {
        const auto id = enqueueText(3001, "retry me");
        m_api->failNext("sendMessage", 502, "Bad Gateway");
        auto s = sender();
        QCOMPARE(s->runOnce(), 0);
        auto r = row(id);
        QCOMPARE(r.status, std::string("queued"));
        QCOMPARE(r.attempts, 1);
        // 2^0 s ± 20 %.
        QVERIFY(r.nextAttemptAt >= epoch(m_now + 800ms) - 0.001);
        QVERIFY(r.nextAttemptAt <= epoch(m_now + 1200ms) + 0.001);
        QCOMPARE(s->runOnce(), 0);
        m_now += 2s;
        QCOMPARE(s->runOnce(), 1);
        QCOMPARE(row(id).status, std::string("sent"));
        QCOMPARE(m_api->sentTo(3001).size(), std::size_t(1));
    }

    void failedAfterMaxAttempts()
    {
        const auto id = enqueueText(3101, "doomed");
        m_api->failNext("sendMessage", 500, "Internal Server Error", {}, 5);
        SenderLimits limits;
        limits.maxAttempts = 3;
        auto s = sender(limits);
        for (int i = 0; i < 3; ++i) {
            s->runOnce();
            m_now += 10s;
        }
        const auto r = row(id);
        QCOMPARE(r.status, std::string("failed"));
        QCOMPARE(r.attempts, 3);
        s->runOnce();
        QCOMPARE(m_api->calls("sendMessage"), 3);
    }

    void forbiddenMakesUndeliverable()
    {
        const auto customerId = customer(4001);
        const auto id = enqueueText(4001, "are you there?", customerId);
        m_api->blockChat(4001);
        auto s = sender();
        QCOMPARE(s->runOnce(), 0);
        QCOMPARE(row(id).status, std::string("undeliverable"));
        {
            auto conn = m_db->connect();
            pqxx::work tx(*conn);
            const auto c = tx.exec_params1("SELECT unreachable_at IS NOT NULL, unreachable_reason FROM customers "
                                           "WHERE id = $1",
                                           customerId);
            QVERIFY(c[0].as<bool>());
            QVERIFY(c[1].as<std::string>().find("blocked") != std::string::npos);
        }
        m_now += 1h;
        QCOMPARE(s->runOnce(), 0);
        QCOMPARE(m_api->calls("sendMessage"), 1);

        const auto lost = enqueueText(4002, "gone");
        m_api->failNext("sendMessage", 400, "Bad Request: chat not found");
        QCOMPARE(s->runOnce(), 0);
        QCOMPARE(row(lost).status, std::string("undeliverable"));
    }

    void unparsableMarkupResentAsPlainText()
    {
        const auto id = enqueueText(5001, "<b>bold</i> &amp; text");
        auto s = sender();
        QCOMPARE(s->runOnce(), 1);
        QCOMPARE(row(id).status, std::string("sent"));
        const auto sent = m_api->sentTo(5001);
        QCOMPARE(sent.size(), std::size_t(1));
        QVERIFY(!sent[0].params.contains("parse_mode"));
        QCOMPARE(sent[0].params["text"].get<std::string>(), std::string("bold & text"));
        QCOMPARE(m_api->calls("sendMessage"), 2);
    }

    void longTextSplitAndResumedAfterCrash()
    {
        const auto text = plainWords(9000);
        const json markup = {
            {"inline_keyboard", json::array({json::array({{{"text", "OK"}, {"callback_data", "b:ok"}}})})}};
        const auto id = enqueue(6001, {{"method", "sendMessage"},
                                       {"params", {{"chat_id", 6001}, {"text", text}, {"reply_markup", markup}}}});
        auto s = sender();
        QCOMPARE(s->runOnce(), 1); // one part: the chat's interval holds the next
        auto r = row(id);
        QCOMPARE(r.status, std::string("queued"));
        QCOMPARE(r.partsSent, 1);
        const auto firstId = m_api->sentTo(6001)[0].messageId;
        QCOMPARE(*r.tgMessageId, firstId);

        s.reset(); // the process dies; a new one takes over
        s = sender();
        m_now += 1s;
        QCOMPARE(s->runOnce(), 1);
        QCOMPARE(row(id).partsSent, 2);
        QCOMPARE(s->runOnce(), 0);
        m_now += 1s;
        QCOMPARE(s->runOnce(), 1);
        r = row(id);
        QCOMPARE(r.status, std::string("sent"));
        QCOMPARE(*r.tgMessageId, firstId);

        const auto sent = m_api->sentTo(6001);
        QCOMPARE(sent.size(), std::size_t(3));
        std::string joined;
        for (const auto &part : sent) {
            QVERIFY(p2pdesk::syncd::tg::utf16Length(part.params["text"].get<std::string>()) <= 4096);
            joined += part.params["text"].get<std::string>();
        }
        QCOMPARE(joined, text);
        QVERIFY(!sent[0].params.contains("reply_markup"));
        QVERIFY(!sent[1].params.contains("reply_markup"));
        QCOMPARE(sent[2].params["reply_markup"], markup);
    }

    void perChatSpacing()
    {
        const auto a1 = enqueueText(7001, "a1");
        const auto a2 = enqueueText(7001, "a2");
        const auto b1 = enqueueText(7002, "b1");
        auto s = sender();
        QCOMPARE(s->runOnce(), 2);
        QCOMPARE(row(a1).status, std::string("sent"));
        QCOMPARE(row(a2).status, std::string("queued"));
        QCOMPARE(row(b1).status, std::string("sent"));
        m_now += 500ms;
        QCOMPARE(s->runOnce(), 0);
        m_now += 500ms;
        QCOMPARE(s->runOnce(), 1);
        const auto sent = m_api->sentTo(7001);
        QCOMPARE(sent.size(), std::size_t(2));
        QCOMPARE(sent[1].params["text"].get<std::string>(), std::string("a2"));
        QVERIFY(sent[1].at >= sent[0].at);
    }

    void globalCap()
    {
        for (int chat = 0; chat < 50; ++chat)
            enqueueText(8000 + chat, "hello " + std::to_string(chat));
        // On a loaded machine the 50 inserts can take longer than the clock's one second of lead:
        // every row must be due when the round starts, or the cap is not what is measured.
        m_now = std::max(m_now, std::chrono::system_clock::now() + 1s);
        auto s = sender();
        QCOMPARE(s->runOnce(), 30);
        QCOMPARE(m_api->sent().size(), std::size_t(30));
        m_now += 900ms;
        QCOMPARE(s->runOnce(), 0);
        m_now += 100ms;
        QCOMPARE(s->runOnce(), 20);
        QCOMPARE(m_api->sent().size(), std::size_t(50));
    }

    void otherPayloads()
    {
        auto s = sender();
        const auto first = enqueueText(9001, "pick one");
        QCOMPARE(s->runOnce(), 1);
        const auto messageId = *row(first).tgMessageId;
        m_now += 1s;
        const auto edit =
            enqueue(9001, {{"method", "editMessageText"},
                           {"params", {{"chat_id", 9001}, {"message_id", messageId}, {"text", "picked"}}}});
        QCOMPARE(s->runOnce(), 1);
        QCOMPARE(row(edit).status, std::string("sent"));
        QCOMPARE(m_api->message(9001, messageId)->first, std::string("picked"));
        m_now += 1s;
        // Unchanged content: Telegram says "not modified", which is what was wanted.
        const auto again =
            enqueue(9001, {{"method", "editMessageText"},
                           {"params", {{"chat_id", 9001}, {"message_id", messageId}, {"text", "picked"}}}});
        QCOMPARE(s->runOnce(), 1);
        QCOMPARE(row(again).status, std::string("sent"));
        m_now += 1s;
        const auto markup = enqueue(
            9001,
            {{"method", "editMessageReplyMarkup"},
             {"params",
              {{"chat_id", 9001}, {"message_id", messageId}, {"reply_markup", {{"inline_keyboard", json::array()}}}}}});
        QCOMPARE(s->runOnce(), 1);
        QCOMPARE(row(markup).status, std::string("sent"));

        const auto email = enqueue(0, {{"subject", "s"}, {"text", "t"}}, {}, OutboxChannel::Email);
        m_now += 1s;
        QCOMPARE(s->runOnce(), 0);
        QCOMPARE(row(email).status, std::string("queued"));

        const auto broken = enqueue(9002, {{"method", "sendMessage"}, {"params", {{"chat_id", 9002}, {"text", ""}}}});
        QCOMPARE(s->runOnce(), 0);
        QCOMPARE(row(broken).status, std::string("failed"));
    }

    void oneSenderPerDatabase()
    {
        enqueueText(9101, "only once");
        auto first = sender();
        auto second = sender();
        QCOMPARE(first->runOnce(), 1);
        m_now += 1s;
        enqueueText(9102, "still only the leader");
        QCOMPARE(second->runOnce(), 0);
        QCOMPARE(first->runOnce(), 1);
        first.reset(); // the leader dies: the other takes over
        m_now += 1s;
        enqueueText(9103, "taken over");
        QCOMPARE(second->runOnce(), 1);
        QCOMPARE(m_api->sent().size(), std::size_t(3));

        auto conn = m_db->connect();
        pqxx::work tx(*conn);
        QCOMPARE(OutboxRepository::depth(tx), std::int64_t(0));
        QVERIFY(!OutboxRepository::oldestQueuedAge(tx));
    }
};

QTEST_GUILESS_MAIN(TstTgOutboxSender)
#include "tst_tg_outbox_sender.moc"
