// The Telegram double itself: the bridge's tests are only as good as its fidelity to the Bot API.
#include "p2pdesk/test/FakeBotApi.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/PartSource.h>
#include <Poco/Net/StringPartSource.h>
#include <Poco/StreamCopier.h>
#include <Poco/Timespan.h>
#include <QtTest>

#include <future>

using nlohmann::json;
using p2pdesk::test::FakeBotApi;

namespace {

struct Answer {
    int status = 0;
    json body;
};

Answer request(const FakeBotApi &api, const std::string &method, const std::string &path, const std::string &body,
               const std::string &contentType, int timeoutSeconds = 30)
{
    Poco::Net::HTTPClientSession session("127.0.0.1", api.port());
    session.setTimeout(Poco::Timespan(timeoutSeconds, 0));
    Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!contentType.empty())
        req.setContentType(contentType);
    req.setContentLength(static_cast<std::streamsize>(body.size()));
    session.sendRequest(req) << body;
    Poco::Net::HTTPResponse resp;
    std::string text;
    Poco::StreamCopier::copyToString(session.receiveResponse(resp), text);
    return Answer{static_cast<int>(resp.getStatus()), json::parse(text, nullptr, false)};
}

Answer call(const FakeBotApi &api, const std::string &method, const json &params = json::object(),
            int timeoutSeconds = 30)
{
    return request(api, "POST", "/bot" + api.token() + "/" + method, params.dump(), "application/json", timeoutSeconds);
}

std::string download(const FakeBotApi &api, const std::string &filePath)
{
    Poco::Net::HTTPClientSession session("127.0.0.1", api.port());
    Poco::Net::HTTPRequest req("GET", "/file/bot" + api.token() + "/" + filePath, Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(req);
    Poco::Net::HTTPResponse resp;
    std::string bytes;
    Poco::StreamCopier::copyToString(session.receiveResponse(resp), bytes);
    return resp.getStatus() == Poco::Net::HTTPResponse::HTTP_OK ? bytes : std::string();
}

std::string repeat(const std::string &unit, int n)
{
    std::string out;
    for (int i = 0; i < n; ++i)
        out += unit;
    return out;
}

} // namespace

class TstTgFakeBotApi : public QObject {
    Q_OBJECT

private slots:
    void routingAndAuth()
    {
        FakeBotApi api;
        QVERIFY(api.baseUrl() == "http://127.0.0.1:" + std::to_string(api.port()));
        const auto me = call(api, "getMe");
        QCOMPARE(me.status, 200);
        QCOMPARE(me.body["ok"].get<bool>(), true);
        QCOMPARE(me.body["result"]["is_bot"].get<bool>(), true);

        const auto wrong = request(api, "POST", "/bot999:nope/getMe", "{}", "application/json");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.body["description"].get<std::string>(), std::string("Unauthorized"));
        QCOMPARE(wrong.body["ok"].get<bool>(), false);
        QCOMPARE(wrong.body["error_code"].get<int>(), 401);

        const auto unknown = call(api, "sendTelepathy");
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.body["description"].get<std::string>(), std::string("Not Found"));
    }

    void offsetConfirmsUpdates()
    {
        FakeBotApi api;
        const auto first = api.sendText(42, "/start ref1");
        const auto second = api.sendText(42, "hello");
        QVERIFY(second > first);
        auto got = call(api, "getUpdates", {{"timeout", 0}});
        QCOMPARE(got.body["result"].size(), std::size_t(2));
        const auto &message = got.body["result"][0]["message"];
        QCOMPARE(message["chat"]["id"].get<std::int64_t>(), std::int64_t(42));
        QCOMPARE(message["chat"]["type"].get<std::string>(), std::string("private"));
        QCOMPARE(message["entities"][0]["type"].get<std::string>(), std::string("bot_command"));
        QCOMPARE(message["entities"][0]["length"].get<int>(), 6);

        // Without a higher offset nothing is confirmed: the same updates come again.
        got = call(api, "getUpdates", {{"offset", first}});
        QCOMPARE(got.body["result"].size(), std::size_t(2));
        got = call(api, "getUpdates", {{"offset", second}, {"limit", 1}});
        QCOMPARE(got.body["result"].size(), std::size_t(1));
        QCOMPARE(got.body["result"][0]["update_id"].get<std::int64_t>(), second);
        QCOMPARE(api.confirmedOffset(), second);
        got = call(api, "getUpdates", {{"offset", second + 1}});
        QVERIFY(got.body["result"].empty());
        QCOMPARE(api.confirmedOffset(), second + 1);
        QCOMPARE(api.getUpdatesCalls(), 4);

        // A duplicate delivery replays what was confirmed.
        api.redeliverConfirmed(1);
        got = call(api, "getUpdates", {{"offset", second + 1}});
        QCOMPARE(got.body["result"].size(), std::size_t(1));
        QCOMPARE(got.body["result"][0]["update_id"].get<std::int64_t>(), second);
    }

    void allowedUpdatesFilter()
    {
        FakeBotApi api;
        api.setBlockedByUser(7, true);
        api.sendText(7, "hi");
        const auto got = call(api, "getUpdates", {{"allowed_updates", json::array({"message"})}});
        QCOMPARE(got.body["result"].size(), std::size_t(1));
        QVERIFY(got.body["result"][0].contains("message"));
    }

    void longPollWakesOnPush()
    {
        FakeBotApi api;
        const auto started = std::chrono::steady_clock::now();
        auto pending = std::async(std::launch::async, [&] { return call(api, "getUpdates", {{"timeout", 30}}); });
        QTRY_COMPARE(api.getUpdatesCalls(), 1);
        QVERIFY(pending.wait_for(std::chrono::milliseconds(0)) == std::future_status::timeout);
        api.sendText(5, "wake up");
        QVERIFY(pending.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
        const auto got = pending.get();
        QCOMPARE(got.body["result"].size(), std::size_t(1));
        QVERIFY(std::chrono::steady_clock::now() - started < std::chrono::seconds(20));
    }

    void webhookConflicts()
    {
        FakeBotApi api;
        QCOMPARE(call(api, "setWebhook", {{"url", "https://example.org/hook"}}).status, 200);
        QVERIFY(api.webhookActive());
        const auto conflict = call(api, "getUpdates");
        QCOMPARE(conflict.status, 409);
        QVERIFY(conflict.body["description"].get<std::string>().find(
                    "Conflict: can't use getUpdates method while webhook is active") == 0);
        QCOMPARE(call(api, "getWebhookInfo").body["result"]["url"].get<std::string>(),
                 std::string("https://example.org/hook"));
        QCOMPARE(call(api, "deleteWebhook").status, 200);
        QCOMPARE(call(api, "getUpdates").status, 200);
        api.setWebhookActive(true);
        QCOMPARE(call(api, "getUpdates").status, 409);
    }

    void htmlEntitiesValidated()
    {
        FakeBotApi api;
        const auto send = [&](const std::string &text) {
            return call(api, "sendMessage", {{"chat_id", 1}, {"text", text}, {"parse_mode", "HTML"}});
        };
        const auto good =
            send("<b>bold <i>both</i></b> &lt;x&gt; &amp; &#128512; &#x41; <a href=\"https://x.y\">l</a>");
        QCOMPARE(good.status, 200);
        QCOMPARE(good.body["result"]["text"].get<std::string>(), std::string("bold both <x> & \xF0\x9F\x98\x80 A l"));
        for (const std::string bad :
             {"<b>x</i>", "<b>open", "close</b>", "<div>x</div>", "a &bogus; b", "x <y", "&#0;"}) {
            const auto refused = send(bad);
            QCOMPARE(refused.status, 400);
            QVERIFY2(refused.body["description"].get<std::string>().find("Bad Request: can't parse entities: ") == 0,
                     bad.c_str());
        }
        // Without parse_mode the same text is plain and accepted.
        QCOMPARE(call(api, "sendMessage", {{"chat_id", 1}, {"text", "<b>x</i>"}}).status, 200);
        QCOMPARE(api.sentTo(1).size(), std::size_t(2));
    }

    void lengthInUtf16Units()
    {
        FakeBotApi api;
        const auto send = [&](const std::string &text) {
            return call(api, "sendMessage", {{"chat_id", 1}, {"text", text}});
        };
        QCOMPARE(send(std::string(4096, 'a')).status, 200);
        const auto tooLong = send(std::string(4097, 'a'));
        QCOMPARE(tooLong.status, 400);
        QCOMPARE(tooLong.body["description"].get<std::string>(), std::string("Bad Request: message is too long"));
        const std::string emoji = "\xF0\x9F\x98\x80"; // 2 UTF-16 units
        QCOMPARE(send(repeat(emoji, 2048)).status, 200);
        QCOMPARE(send(repeat(emoji, 2048) + "a").status, 400);
        QCOMPARE(send(repeat("\xD0\x96", 4096)).status, 200); // Cyrillic: 2 bytes, 1 unit
        const auto empty = send(" ");
        QCOMPARE(empty.status, 400);
        QCOMPARE(empty.body["description"].get<std::string>(), std::string("Bad Request: message text is empty"));
    }

    void messageIdsAndNotModified()
    {
        FakeBotApi api;
        api.sendText(9, "hi"); // the user's message takes id 1 in the chat
        const json markup = {
            {"inline_keyboard", json::array({json::array({{{"text", "OK"}, {"callback_data", "b:1"}}})})}};
        const auto sent = call(api, "sendMessage", {{"chat_id", 9}, {"text", "Pick"}, {"reply_markup", markup}});
        const auto id = sent.body["result"]["message_id"].get<std::int64_t>();
        QCOMPARE(id, std::int64_t(2));
        QCOMPARE(call(api, "sendMessage", {{"chat_id", 9}, {"text", "next"}}).body["result"]["message_id"].get<int>(),
                 3);
        QCOMPARE(
            call(api, "sendMessage", {{"chat_id", 10}, {"text", "other chat"}}).body["result"]["message_id"].get<int>(),
            1);

        const auto same = call(api, "editMessageText",
                               {{"chat_id", 9}, {"message_id", id}, {"text", "Pick"}, {"reply_markup", markup}});
        QCOMPARE(same.status, 400);
        QVERIFY(same.body["description"].get<std::string>().find("Bad Request: message is not modified") == 0);
        QCOMPARE(call(api, "editMessageText", {{"chat_id", 9}, {"message_id", id}, {"text", "Picked"}}).status, 200);
        QCOMPARE(api.message(9, id)->first, std::string("Picked"));
        QVERIFY(api.message(9, id)->second.is_null());
        const auto markupSame = call(api, "editMessageReplyMarkup", {{"chat_id", 9}, {"message_id", id}});
        QCOMPARE(markupSame.status, 400);
        QCOMPARE(
            call(api, "editMessageReplyMarkup", {{"chat_id", 9}, {"message_id", id}, {"reply_markup", markup}}).status,
            200);
        QCOMPARE(call(api, "editMessageText", {{"chat_id", 9}, {"message_id", 99}, {"text", "x"}}).status, 400);
        QCOMPARE(call(api, "deleteMessage", {{"chat_id", 9}, {"message_id", id}}).status, 200);
        QCOMPARE(call(api, "deleteMessage", {{"chat_id", 9}, {"message_id", id}}).status, 400);
    }

    void callbackAnswers()
    {
        FakeBotApi api;
        const auto sent = call(api, "sendMessage", {{"chat_id", 3}, {"text", "Pick"}});
        const auto messageId = sent.body["result"]["message_id"].get<std::int64_t>();
        api.pressButton(3, messageId, "b:abc");
        const auto updates = call(api, "getUpdates");
        const auto &query = updates.body["result"][0]["callback_query"];
        QCOMPARE(query["data"].get<std::string>(), std::string("b:abc"));
        QCOMPARE(query["message"]["text"].get<std::string>(), std::string("Pick"));
        const auto queryId = query["id"].get<std::string>();
        QCOMPARE(call(api, "answerCallbackQuery", {{"callback_query_id", queryId}, {"text", "done"}}).status, 200);
        QCOMPARE(call(api, "answerCallbackQuery", {{"callback_query_id", queryId}}).status, 400);
        QCOMPARE(api.callbackAnswers().size(), std::size_t(1));
        QCOMPARE(api.callbackAnswers()[0]["text"].get<std::string>(), std::string("done"));
    }

    void formEncodingsAndFiles()
    {
        FakeBotApi api;
        // x-www-form-urlencoded, with reply_markup serialized as Telegram clients do.
        const auto form = request(api, "POST", "/bot" + api.token() + "/sendMessage",
                                  "chat_id=11&text=hello%20there&reply_markup=%7B%22inline_keyboard%22%3A%5B%5D%7D",
                                  "application/x-www-form-urlencoded");
        QCOMPARE(form.status, 200);
        QCOMPARE(api.message(11, 1)->first, std::string("hello there"));
        QVERIFY(api.message(11, 1)->second.is_object());

        // The user's photo: the largest size is the last, downloadable through getFile.
        const std::string bytes = "\xFF\xD8\xFF" + std::string(5000, 'p');
        api.sendPhoto(12, bytes, "proof");
        const auto updates = call(api, "getUpdates");
        const auto &photo = updates.body["result"][0]["message"]["photo"];
        QCOMPARE(photo.size(), std::size_t(2));
        const auto file = call(api, "getFile", {{"file_id", photo[1]["file_id"]}});
        QCOMPARE(file.status, 200);
        QCOMPARE(download(api, file.body["result"]["file_path"].get<std::string>()), bytes);
        QVERIFY(download(api, call(api, "getFile", {{"file_id", photo[0]["file_id"]}}).body["result"]["file_path"]) !=
                bytes);

        api.sendDocument(12, "%PDF-1.4", "big.pdf", "application/pdf", 30LL * 1024 * 1024);
        const auto docUpdate =
            call(api, "getUpdates", {{"offset", updates.body["result"][0]["update_id"].get<int>() + 1}});
        const auto &doc = docUpdate.body["result"][0]["message"]["document"];
        QCOMPARE(doc["file_size"].get<std::int64_t>(), 30LL * 1024 * 1024);
        const auto tooBig = call(api, "getFile", {{"file_id", doc["file_id"]}});
        QCOMPARE(tooBig.status, 400);
        QCOMPARE(tooBig.body["description"].get<std::string>(), std::string("Bad Request: file is too big"));

        // The bot's multipart upload.
        Poco::Net::HTTPClientSession session("127.0.0.1", api.port());
        Poco::Net::HTTPRequest req("POST", "/bot" + api.token() + "/sendDocument", Poco::Net::HTTPMessage::HTTP_1_1);
        Poco::Net::HTMLForm upload(Poco::Net::HTMLForm::ENCODING_MULTIPART);
        upload.set("chat_id", "12");
        upload.set("caption", "receipt");
        upload.addPart("document", new Poco::Net::StringPartSource("receipt-bytes", "text/plain", "r.txt"));
        upload.prepareSubmit(req);
        upload.write(session.sendRequest(req));
        Poco::Net::HTTPResponse resp;
        std::string text;
        Poco::StreamCopier::copyToString(session.receiveResponse(resp), text);
        QCOMPARE(static_cast<int>(resp.getStatus()), 200);
        const auto sentDoc = json::parse(text)["result"]["document"];
        const auto path = call(api, "getFile", {{"file_id", sentDoc["file_id"]}}).body["result"]["file_path"];
        QCOMPARE(download(api, path.get<std::string>()), std::string("receipt-bytes"));
        QCOMPARE(api.sentTo(12).back().method, std::string("sendDocument"));
    }

    void faultInjection()
    {
        FakeBotApi api;
        api.failNext("sendMessage", 429, "Too Many Requests: retry after 3", 3);
        const auto limited = call(api, "sendMessage", {{"chat_id", 1}, {"text", "a"}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.body["parameters"]["retry_after"].get<int>(), 3);
        QVERIFY(api.sent().empty());
        QCOMPARE(call(api, "sendMessage", {{"chat_id", 1}, {"text", "a"}}).status, 200);

        api.failNext("sendMessage", 502, "Bad Gateway", {}, 2);
        QCOMPARE(call(api, "sendMessage", {{"chat_id", 1}, {"text", "b"}}).status, 502);
        QCOMPARE(call(api, "sendMessage", {{"chat_id", 1}, {"text", "b"}}).status, 502);
        QCOMPARE(call(api, "sendMessage", {{"chat_id", 1}, {"text", "b"}}).status, 200);
        QCOMPARE(api.calls("sendMessage"), 5);

        api.blockChat(2);
        const auto blocked = call(api, "sendMessage", {{"chat_id", 2}, {"text", "c"}});
        QCOMPARE(blocked.status, 403);
        QCOMPARE(blocked.body["description"].get<std::string>(), std::string("Forbidden: bot was blocked by the user"));

        // A slow answer: the client gives up, yet the message arrived.
        api.delayNext("sendMessage", std::chrono::milliseconds(1500));
        QVERIFY_EXCEPTION_THROWN(call(api, "sendMessage", {{"chat_id", 4}, {"text", "slow"}}, 1), Poco::Exception);
        QCOMPARE(api.sentTo(4).size(), std::size_t(1));
        QVERIFY(api.waitFor([](const auto &sent) { return sent.size() == 3; }, std::chrono::milliseconds(100)));
    }

    void controlApi()
    {
        FakeBotApi api;
        const auto text =
            request(api, "POST", "/_control/text", json{{"user_id", 77}, {"text", "typed"}}.dump(), "application/json");
        QCOMPARE(text.status, 200);
        const auto updates = call(api, "getUpdates");
        QCOMPARE(updates.body["result"][0]["message"]["text"].get<std::string>(), std::string("typed"));
        const auto button =
            request(api, "POST", "/_control/button", json{{"user_id", 77}, {"message_id", 1}, {"data", "b:x"}}.dump(),
                    "application/json");
        QCOMPARE(button.status, 200);

        auto waiting = std::async(std::launch::async, [&] {
            return request(api, "GET", "/_control/sent?chat_id=77&after_seq=0&wait=20", "", "");
        });
        QVERIFY(waiting.wait_for(std::chrono::milliseconds(50)) == std::future_status::timeout);
        call(api, "sendMessage", {{"chat_id", 78}, {"text", "not for 77"}});
        call(api, "sendMessage", {{"chat_id", 77}, {"text", "answer"}});
        QVERIFY(waiting.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
        const auto sent = waiting.get();
        QCOMPARE(sent.body["result"].size(), std::size_t(1));
        QCOMPARE(sent.body["result"][0]["params"]["text"].get<std::string>(), std::string("answer"));
        QCOMPARE(sent.body["result"][0]["seq"].get<int>(), 2);
    }
};

QTEST_GUILESS_MAIN(TstTgFakeBotApi)
#include "tst_tg_fake_bot_api.moc"
