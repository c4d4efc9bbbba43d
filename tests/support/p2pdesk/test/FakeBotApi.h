#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace Poco {
class ThreadPool;
} // namespace Poco
namespace Poco::Net {
class HTTPServer;
class HTTPServerRequest;
class HTTPServerResponse;
} // namespace Poco::Net

namespace p2pdesk::test {

// A Telegram Bot API double on 127.0.0.1 (plain HTTP, ephemeral port unless given), answering in the
// published shapes ({"ok":true,"result":…} / {"ok":false,"error_code":…,"description":…}) so the bridge
// is tested against the protocol, not against itself. It is also stricter where Telegram is strict
// (text length in UTF-16 units, the HTML tag set) so a bug shows up here before production.
//
// Thread-safe: the server answers on its own threads; every public function may be called from any
// thread while requests are served.
class FakeBotApi final {
public:
    // A message (or callback answer) the bot made; only successful calls are recorded.
    struct Sent {
        std::int64_t seq = 0; // 1, 2, … in the order the calls were answered
        std::string method;   // as the bot spelled it (sendMessage, editMessageText, …)
        nlohmann::json params;
        std::int64_t chatId = 0;
        std::int64_t messageId = 0; // the message sent or edited (0 for answerCallbackQuery)
        std::chrono::steady_clock::time_point at;
    };

    explicit FakeBotApi(std::string token = "123456:TEST-fake-token");
    // Serves on a fixed port (0 = ephemeral); for the `fake-telegram` executable.
    FakeBotApi(std::string token, std::uint16_t port);
    ~FakeBotApi();
    FakeBotApi(const FakeBotApi &) = delete;
    FakeBotApi &operator=(const FakeBotApi &) = delete;

    std::string baseUrl() const; // "http://127.0.0.1:PORT"
    const std::string &token() const { return m_token; }
    std::uint16_t port() const { return m_port; }
    static constexpr std::int64_t kBotId = 123456;

    // --- what users do; each returns the update_id assigned (increasing) ---
    std::int64_t pushUpdate(nlohmann::json updateWithoutId);
    std::int64_t sendText(std::int64_t userId, const std::string &text, const std::string &languageCode = "en",
                          const std::string &firstName = "Alice");
    std::int64_t pressButton(std::int64_t userId, std::int64_t messageId, const std::string &callbackData);
    std::int64_t sendPhoto(std::int64_t userId, const std::string &bytes, const std::string &caption = {});
    std::int64_t sendDocument(std::int64_t userId, const std::string &bytes, const std::string &fileName,
                              const std::string &mime, std::optional<std::int64_t> claimedSize = {});
    std::int64_t editText(std::int64_t userId, std::int64_t messageId, const std::string &newText);
    // my_chat_member: the user blocked (kicked) or unblocked (member) the bot; blocking also makes
    // further sends to the chat fail with 403.
    std::int64_t setBlockedByUser(std::int64_t userId, bool blocked);

    // --- what the bot did ---
    std::vector<Sent> sent() const; // includes answerCallbackQuery and deleteMessage
    std::vector<Sent> sentTo(std::int64_t chatId) const;
    bool waitFor(const std::function<bool(const std::vector<Sent> &)> &predicate,
                 std::chrono::milliseconds timeout = std::chrono::seconds(10)) const;
    std::vector<nlohmann::json> callbackAnswers() const;
    // Everything below update_id < confirmedOffset() was confirmed by a getUpdates offset.
    std::int64_t confirmedOffset() const;
    int getUpdatesCalls() const;
    // Requests per method (failed ones included), for "nothing was resent" assertions.
    int calls(const std::string &method) const;
    // The current text (plain, entities parsed) and markup of a message in a chat, if it exists.
    std::optional<std::pair<std::string, nlohmann::json>> message(std::int64_t chatId, std::int64_t messageId) const;

    // --- fault injection ---
    // The next `times` calls of `method` fail with this status and description (429: set
    // retryAfter, returned in parameters.retry_after). The call is not executed.
    void failNext(const std::string &method, int httpStatus, const std::string &description,
                  std::optional<int> retryAfter = {}, int times = 1);
    void blockChat(std::int64_t chatId); // sends to it → 403 "Forbidden: bot was blocked by the user"
    void unblockChat(std::int64_t chatId);
    // The next call of `method` is executed, then answered only after `delay`: a client timing out
    // meanwhile does not know the message arrived (it did).
    void delayNext(const std::string &method, std::chrono::milliseconds delay);
    // The next getUpdates returns the last `count` confirmed updates again before the pending ones.
    void redeliverConfirmed(int count);
    void setWebhookActive(bool active);
    // Telegram's update ids only grow, across restarts too; a fake restarted against the same
    // database (the demo) must not hand out ids the bot already stored.
    void startUpdateIdsAt(std::int64_t id);
    bool webhookActive() const;

private:
    friend class FakeBotApiHandler;

    struct Failure {
        int status;
        std::string description;
        std::optional<int> retryAfter;
    };
    struct StoredMessage {
        std::string text; // plain
        std::string rawText;
        nlohmann::json markup;
    };
    struct StoredFile {
        std::string bytes;
        std::string path;
        std::int64_t size = 0;
    };
    struct Reply {
        int status = 200;
        nlohmann::json body;
    };

    void start(std::uint16_t port);
    void handle(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response);
    void handleControl(const std::string &path, Poco::Net::HTTPServerRequest &request,
                       Poco::Net::HTTPServerResponse &response);
    Reply callMethod(const std::string &method, nlohmann::json params, std::map<std::string, std::string> files);
    Reply getUpdates(const nlohmann::json &params);
    Reply sendMessage(const std::string &method, const nlohmann::json &params);
    Reply editMessage(const std::string &method, const nlohmann::json &params);
    Reply sendMedia(const std::string &method, const nlohmann::json &params, std::map<std::string, std::string> &files);
    Reply answerCallback(const nlohmann::json &params);
    Reply deleteMessage(const nlohmann::json &params);
    Reply getFile(const nlohmann::json &params);

    // Callers hold m_mutex.
    std::int64_t pushLocked(nlohmann::json update);
    std::int64_t nextMessageIdLocked(std::int64_t chatId);
    std::string storeFileLocked(std::string bytes, std::optional<std::int64_t> size, const std::string &ext);
    void recordLocked(const std::string &method, const nlohmann::json &params, std::int64_t chatId,
                      std::int64_t messageId);
    nlohmann::json botMessageLocked(std::int64_t chatId, std::int64_t messageId) const;
    static nlohmann::json userJson(std::int64_t userId, const std::string &firstName, const std::string &lang);
    static nlohmann::json chatJson(std::int64_t chatId, const std::string &firstName);

    const std::string m_token;
    std::uint16_t m_port = 0;

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    bool m_stopping = false;
    std::int64_t m_nextUpdateId = 700000001;
    std::deque<nlohmann::json> m_pending;
    std::vector<nlohmann::json> m_confirmed;
    std::int64_t m_confirmedOffset = 0;
    int m_redeliver = 0;
    int m_getUpdatesCalls = 0;
    std::optional<nlohmann::json> m_allowedUpdates;
    bool m_webhookActive = false;
    std::string m_webhookUrl;
    std::vector<Sent> m_sent;
    std::map<std::string, int> m_calls;
    std::map<std::string, std::deque<Failure>> m_failures;
    std::map<std::string, std::chrono::milliseconds> m_delays;
    std::set<std::int64_t> m_blocked;
    std::map<std::int64_t, std::int64_t> m_lastMessageId;
    std::map<std::pair<std::int64_t, std::int64_t>, StoredMessage> m_messages;
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> m_callbacks; // id → (chat, message)
    std::int64_t m_nextCallbackId = 1;
    std::map<std::string, StoredFile> m_files; // by file_id
    std::int64_t m_nextFileId = 1;

    std::unique_ptr<Poco::ThreadPool> m_threads;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
};

// Telegram's HTML parse mode as the fake checks it: the text without tags and with entities decoded,
// or the description after "Bad Request: can't parse entities: ".
struct FakeHtmlResult {
    std::string plain;
    std::string error;
};
FakeHtmlResult parseTelegramHtml(const std::string &html);
std::size_t fakeUtf16Length(const std::string &utf8);

} // namespace p2pdesk::test
