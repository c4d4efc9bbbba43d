// The Bot API client against the fake server: every method, every error kind, and the token kept
// out of every text that leaves the client.
#include "tg/BotApiClient.h"

#include "p2pdesk/test/CapturingLogChannel.h"
#include "p2pdesk/test/FakeBotApi.h"

#include <Poco/AutoPtr.h>
#include <Poco/Channel.h>
#include <Poco/Logger.h>
#include <Poco/Message.h>
#include <QtTest>

#include <mutex>

using nlohmann::json;
using p2pdesk::syncd::tg::BotApiClient;
using p2pdesk::syncd::tg::BotApiError;
using p2pdesk::syncd::tg::BotApiErrorKind;
using p2pdesk::syncd::tg::BotApiSettings;
using p2pdesk::test::FakeBotApi;

namespace {

const std::string kToken = "987654:SECRET-token-never-in-logs";

BotApiSettings settingsFor(const FakeBotApi &api, std::chrono::milliseconds timeout = std::chrono::seconds(5))
{
    BotApiSettings s;
    s.baseUrl = api.baseUrl();
    s.token = api.token();
    s.requestTimeout = timeout;
    return s;
}

} // namespace

class TstTgBotApiClient : public QObject {
    Q_OBJECT

    Poco::AutoPtr<p2pdesk::test::CapturingLogChannel> m_logs{new p2pdesk::test::CapturingLogChannel};
    std::vector<std::string> m_errorTexts;

    // Runs fn, expects a BotApiError of `kind`, and keeps its what() for the token check.
    template<typename Fn> std::optional<BotApiError> expectError(Fn &&fn, BotApiErrorKind kind)
    {
        try {
            fn();
        } catch (const BotApiError &e) {
            m_errorTexts.emplace_back(e.what());
            if (e.kind() != kind)
                qWarning("got %s: %s", std::string(toString(e.kind())).c_str(), e.what());
            if (e.kind() == kind)
                return e;
            return std::nullopt;
        }
        qWarning("no error thrown");
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        Poco::Logger::root().setChannel(m_logs);
        Poco::Logger::root().setLevel(Poco::Message::PRIO_TRACE);
        Poco::Logger::get("syncd.tg.bot_api").setChannel(m_logs);
        Poco::Logger::get("syncd.tg.bot_api").setLevel(Poco::Message::PRIO_TRACE);
    }

    void everyMethod()
    {
        FakeBotApi api(kToken);
        BotApiClient client(settingsFor(api));
        QCOMPARE(client.getMe()["username"].get<std::string>(), std::string("fake_bot"));

        const auto first = api.sendText(500, "/start");
        auto updates = client.getUpdates(0, 100, 0, {"message", "callback_query"});
        QCOMPARE(updates.size(), std::size_t(1));
        QCOMPARE(updates[0]["update_id"].get<std::int64_t>(), first);
        updates = client.getUpdates(first + 1, 100, 0);
        QVERIFY(updates.empty());
        QCOMPARE(api.confirmedOffset(), first + 1);

        const json markup = {
            {"inline_keyboard", json::array({json::array({{{"text", "Go"}, {"callback_data", "b:go"}}})})}};
        const auto sent = client.sendMessage(500, "<b>Hi</b> &amp; welcome", markup);
        const auto messageId = sent["message_id"].get<std::int64_t>();
        QCOMPARE(api.message(500, messageId)->first, std::string("Hi & welcome"));
        QCOMPARE(api.sentTo(500).back().params["parse_mode"].get<std::string>(), std::string("HTML"));
        QCOMPARE(client.sendMessage(500, "<not html>", nullptr, false)["text"].get<std::string>(),
                 std::string("<not html>"));

        QCOMPARE(client.editMessageText(500, messageId, "Edited", markup)["text"].get<std::string>(),
                 std::string("Edited"));
        client.editMessageReplyMarkup(500, messageId);
        QVERIFY(api.message(500, messageId)->second.is_null());

        api.pressButton(500, messageId, "b:go");
        updates = client.getUpdates(first + 1, 100, 0);
        client.answerCallbackQuery(updates[0]["callback_query"]["id"].get<std::string>(), "ok");
        QCOMPARE(api.callbackAnswers().size(), std::size_t(1));

        const std::string photoBytes = "\xFF\xD8\xFFphoto-bytes";
        const auto photo = client.sendPhoto(500, photoBytes, "p.jpg", "a <i>caption</i>");
        QCOMPARE(photo["caption"].get<std::string>(), std::string("a <i>caption</i>"));
        const auto doc = client.sendDocument(500, "doc-bytes", "d.txt", "text/plain");
        const auto file = client.getFile(doc["document"]["file_id"].get<std::string>());
        QCOMPARE(client.downloadFile(file["file_path"].get<std::string>(), 1024), std::string("doc-bytes"));
        const auto photoFile = client.getFile(photo["photo"][0]["file_id"].get<std::string>());
        QCOMPARE(client.downloadFile(photoFile["file_path"].get<std::string>(), 1024), photoBytes);

        client.deleteMessage(500, messageId);
        QVERIFY(!api.message(500, messageId));

        client.setWebhook("https://desk.example/hook", "s3cret_-", {"message"});
        QVERIFY(api.webhookActive());
        client.deleteWebhook();
        QVERIFY(!api.webhookActive());
        QVERIFY(client.call("getWebhookInfo", json::object())["url"].get<std::string>().empty());
    }

    void longPollUsesItsOwnTimeout()
    {
        FakeBotApi api(kToken);
        // A request timeout far below the long-poll: the poll must still not time out.
        BotApiClient client(settingsFor(api, std::chrono::milliseconds(500)));
        const auto started = std::chrono::steady_clock::now();
        const auto updates = client.getUpdates(0, 10, 1);
        QVERIFY(updates.empty());
        QVERIFY(std::chrono::steady_clock::now() - started >= std::chrono::milliseconds(900));
    }

    void errorKinds()
    {
        FakeBotApi api(kToken);
        BotApiClient client(settingsFor(api, std::chrono::milliseconds(700)));

        api.failNext("sendMessage", 429, "Too Many Requests: retry after 7", 7);
        const auto limited = expectError([&] { client.sendMessage(1, "x"); }, BotApiErrorKind::RateLimited);
        QVERIFY(limited);
        QCOMPARE(limited->retryAfter()->count(), 7);
        QCOMPARE(limited->httpStatus(), 429);

        api.blockChat(2);
        QVERIFY(expectError([&] { client.sendMessage(2, "x"); }, BotApiErrorKind::Forbidden));
        api.failNext("sendMessage", 403, "Forbidden: user is deactivated");
        QVERIFY(expectError([&] { client.sendMessage(1, "x"); }, BotApiErrorKind::Forbidden));
        api.failNext("sendMessage", 400, "Bad Request: chat not found");
        QVERIFY(expectError([&] { client.sendMessage(1, "x"); }, BotApiErrorKind::ChatNotFound));
        QVERIFY(expectError([&] { client.sendMessage(1, "<b>x</i>"); }, BotApiErrorKind::CannotParseEntities));
        QVERIFY(expectError([&] { client.sendMessage(1, std::string(5000, 'a')); }, BotApiErrorKind::MessageTooLong));
        QVERIFY(expectError([&] { client.sendMessage(1, " "); }, BotApiErrorKind::BadRequest));
        const auto sent = client.sendMessage(1, "same");
        QVERIFY(expectError([&] { client.editMessageText(1, sent["message_id"].get<std::int64_t>(), "same"); },
                            BotApiErrorKind::NotModified));
        QVERIFY(expectError([&] { client.call("noSuchMethod", json::object()); }, BotApiErrorKind::NotFound));
        api.setWebhookActive(true);
        QVERIFY(expectError([&] { client.getUpdates(0, 10, 0); }, BotApiErrorKind::Conflict));
        api.setWebhookActive(false);
        api.failNext("getMe", 502, "Bad Gateway");
        QVERIFY(expectError([&] { client.getMe(); }, BotApiErrorKind::ServerError));

        api.delayNext("sendMessage", std::chrono::milliseconds(2500));
        const auto timedOut = expectError([&] { client.sendMessage(3, "slow"); }, BotApiErrorKind::Timeout);
        QVERIFY(timedOut);
        QVERIFY(timedOut->mayHaveArrived());
        QCOMPARE(api.sentTo(3).size(), std::size_t(1)); // it did arrive
        // The session recovers after a timeout.
        QCOMPARE(client.sendMessage(3, "next")["text"].get<std::string>(), std::string("next"));

        api.sendDocument(4, "abc", "big.bin", "application/octet-stream", 30LL * 1024 * 1024);
        const auto update = client.getUpdates(0, 100, 0).back();
        const auto fileId = update["message"]["document"]["file_id"].get<std::string>();
        QVERIFY(expectError([&] { client.getFile(fileId); }, BotApiErrorKind::TooLarge));
        const auto small = client.sendDocument(4, std::string(2048, 'z'), "z.txt", "text/plain");
        const auto path =
            client.getFile(small["document"]["file_id"].get<std::string>())["file_path"].get<std::string>();
        QVERIFY(expectError([&] { client.downloadFile(path, 100); }, BotApiErrorKind::TooLarge));
        QVERIFY(expectError([&] { client.downloadFile("documents/none.bin", 100); }, BotApiErrorKind::NotFound));

        BotApiSettings wrong = settingsFor(api);
        wrong.token = "111:WRONG-token-also-secret";
        BotApiClient intruder(wrong);
        QVERIFY(expectError([&] { intruder.getMe(); }, BotApiErrorKind::Unauthorized));
    }

    void networkFailure()
    {
        std::uint16_t port = 0;
        {
            FakeBotApi gone(kToken);
            port = gone.port();
        }
        BotApiSettings s;
        s.baseUrl = "http://127.0.0.1:" + std::to_string(port);
        s.token = kToken;
        s.requestTimeout = std::chrono::seconds(2);
        BotApiClient client(s);
        const auto failed = expectError([&] { client.getMe(); }, BotApiErrorKind::Network);
        QVERIFY(failed);
        QVERIFY(failed->mayHaveArrived());
    }

    void tokenNeverLeaks()
    {
        QVERIFY(!m_errorTexts.empty());
        for (const auto &text : m_errorTexts) {
            QVERIFY2(text.find(kToken) == std::string::npos, text.c_str());
            QVERIFY2(text.find("SECRET") == std::string::npos, text.c_str());
            QVERIFY2(text.find("WRONG-token") == std::string::npos, text.c_str());
        }
        const auto logs = m_logs->text();
        QVERIFY(logs.find("syncd.tg.bot_api") != std::string::npos); // the failures were logged
        QVERIFY(logs.find(kToken) == std::string::npos);
        QVERIFY(logs.find("SECRET") == std::string::npos);

        BotApiSettings s;
        s.baseUrl = "http://127.0.0.1:1";
        s.token = kToken;
        const BotApiClient client(s);
        QCOMPARE(client.redact("GET /bot" + kToken + "/getMe"), std::string("GET /bot<redacted>/getMe"));
        QVERIFY(client.baseUrl().find(kToken) == std::string::npos);
        QVERIFY_EXCEPTION_THROWN(BotApiClient(BotApiSettings{"ftp://x", kToken, std::chrono::seconds(1)}),
                                 std::invalid_argument);
    }
};

QTEST_GUILESS_MAIN(TstTgBotApiClient)
#include "tst_tg_bot_api_client.moc"
