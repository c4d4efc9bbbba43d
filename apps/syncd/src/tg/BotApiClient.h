#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace Poco::Net {
class HTTPClientSession;
}

namespace p2pdesk::syncd::config {
class Config;
}

namespace p2pdesk::syncd::tg {

// What went wrong, in the terms a caller decides on (retry, give up, fall back, treat as success).
enum class BotApiErrorKind {
    RateLimited,         // 429: wait retryAfter() and resend the same payload
    Forbidden,           // 403: blocked by the user, deactivated, never started the bot — undeliverable
    ChatNotFound,        // 400 "chat not found" — undeliverable
    CannotParseEntities, // 400 "can't parse entities" — resend as plain text
    NotModified,         // 400 "message is not modified" — callers treat as success
    MessageTooLong,      // 400 "message is too long" / "caption is too long"
    BadRequest,          // any other 400
    NotFound,            // 404: unknown method (or a token Telegram cannot even parse)
    Conflict,            // 409: a webhook is set, or another getUpdates poller
    Unauthorized,        // 401: wrong token
    ServerError,         // 5xx or an answer that is not the Bot API's JSON
    Network,             // no answer (connection refused/reset): the request MAY have arrived
    Timeout,             // no answer in time: the request MAY have arrived
    TooLarge,            // a file over the limit (ours or Telegram's)
};

std::string_view toString(BotApiErrorKind kind) noexcept;

// A failed Bot API call. what() never contains the token (see BotApiClient::redact).
class BotApiError final : public std::runtime_error {
public:
    BotApiError(BotApiErrorKind kind, int httpStatus, std::string description,
                std::optional<std::chrono::seconds> retryAfter = {});

    BotApiErrorKind kind() const noexcept { return m_kind; }
    int httpStatus() const noexcept { return m_httpStatus; } // 0 when there was no answer
    const std::string &description() const noexcept { return m_description; }
    std::optional<std::chrono::seconds> retryAfter() const noexcept { return m_retryAfter; }
    // Network and Timeout: the request may have been executed although no answer came.
    bool mayHaveArrived() const noexcept
    {
        return m_kind == BotApiErrorKind::Network || m_kind == BotApiErrorKind::Timeout;
    }

private:
    BotApiErrorKind m_kind;
    int m_httpStatus;
    std::string m_description;
    std::optional<std::chrono::seconds> m_retryAfter;
};

struct BotApiSettings {
    std::string baseUrl = "https://api.telegram.org"; // http:// is accepted for local servers and tests
    std::string token;
    std::chrono::milliseconds requestTimeout{10000};

    // telegram.api_base_url, telegram.bot_token_file (or env P2PDESK_TELEGRAM_BOT_TOKEN),
    // telegram.request_timeout_ms.
    static BotApiSettings fromConfig(const config::Config &config);
};

// A Bot API client over one keep-alive Poco session (HTTPS or plain HTTP by the base URL's scheme).
//
// Not thread-safe: one client per thread (the poller's long-poll would otherwise hold up every send).
// The token lives only inside this object: URLs are built internally, and every text that leaves it
// (exception messages, log lines of the "syncd.tg.bot_api" logger) passes through redact().
class BotApiClient final {
public:
    explicit BotApiClient(BotApiSettings settings);
    ~BotApiClient();
    BotApiClient(const BotApiClient &) = delete;
    BotApiClient &operator=(const BotApiClient &) = delete;

    // Calls `method` with `params` as a JSON body; returns the answer's `result`. Throws BotApiError.
    nlohmann::json call(const std::string &method, const nlohmann::json &params, std::chrono::milliseconds timeout);
    nlohmann::json call(const std::string &method, const nlohmann::json &params);

    nlohmann::json getMe();
    // An array of Update objects. The request may take timeoutSeconds plus the configured timeout.
    nlohmann::json getUpdates(std::int64_t offset, int limit, int timeoutSeconds,
                              const std::vector<std::string> &allowedUpdates = {});
    // The sent Message. parse_mode HTML unless `html` is false; replyMarkup null = none.
    nlohmann::json sendMessage(std::int64_t chatId, const std::string &text,
                               const nlohmann::json &replyMarkup = nullptr, bool html = true);
    nlohmann::json editMessageText(std::int64_t chatId, std::int64_t messageId, const std::string &text,
                                   const nlohmann::json &replyMarkup = nullptr, bool html = true);
    // replyMarkup null removes the keyboard.
    nlohmann::json editMessageReplyMarkup(std::int64_t chatId, std::int64_t messageId,
                                          const nlohmann::json &replyMarkup = nullptr);
    void answerCallbackQuery(const std::string &callbackQueryId, const std::string &text = {}, bool showAlert = false);
    void deleteMessage(std::int64_t chatId, std::int64_t messageId);
    // Multipart uploads; the sent Message.
    nlohmann::json sendPhoto(std::int64_t chatId, const std::string &bytes, const std::string &fileName,
                             const std::string &caption = {});
    nlohmann::json sendDocument(std::int64_t chatId, const std::string &bytes, const std::string &fileName,
                                const std::string &mimeType, const std::string &caption = {});
    // A File object ({file_id, file_size, file_path}).
    nlohmann::json getFile(const std::string &fileId);
    // The file's bytes; TooLarge when it is (or announces to be) over maxBytes.
    std::string downloadFile(const std::string &filePath, std::size_t maxBytes);
    void setWebhook(const std::string &url, const std::string &secretToken,
                    const std::vector<std::string> &allowedUpdates = {});
    void deleteWebhook(bool dropPendingUpdates = false);

    const std::string &baseUrl() const { return m_settings.baseUrl; }
    // `text` with every occurrence of the token replaced by "<redacted>".
    std::string redact(std::string_view text) const;

private:
    struct Response {
        int status = 0;
        std::string body;
    };
    Response exchange(const std::string &httpMethod, const std::string &path, const std::string &contentType,
                      const std::string &body, std::chrono::milliseconds timeout, std::size_t maxBytes);
    nlohmann::json upload(const std::string &method, const std::string &field, std::int64_t chatId,
                          const std::string &bytes, const std::string &fileName, const std::string &mimeType,
                          const std::string &caption);
    nlohmann::json decode(const std::string &method, const Response &response) const;
    [[noreturn]] void fail(const std::string &method, BotApiErrorKind kind, int status, const std::string &description,
                           std::optional<std::chrono::seconds> retryAfter = {}) const;
    Poco::Net::HTTPClientSession &session();

    BotApiSettings m_settings;
    std::string m_scheme;
    std::string m_host;
    std::uint16_t m_port = 0;
    std::string m_pathPrefix;
    std::unique_ptr<Poco::Net::HTTPClientSession> m_session;
};

} // namespace p2pdesk::syncd::tg
