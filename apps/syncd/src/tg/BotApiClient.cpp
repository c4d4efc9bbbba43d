#include "tg/BotApiClient.h"

#include "config/Config.h"
#include "security/TlsContext.h"

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/StringPartSource.h>
#include <Poco/URI.h>

#include <cctype>
#include <sstream>

namespace p2pdesk::syncd::tg {

namespace {

Poco::Logger &logger()
{
    return Poco::Logger::get("syncd.tg.bot_api");
}

bool contains(const std::string &haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string::npos;
}

std::string lowered(std::string s)
{
    for (auto &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

BotApiErrorKind classify(int status, const std::string &description)
{
    const auto text = lowered(description);
    switch (status) {
    case 429:
        return BotApiErrorKind::RateLimited;
    case 401:
        return BotApiErrorKind::Unauthorized;
    case 403:
        return BotApiErrorKind::Forbidden;
    case 404:
        return BotApiErrorKind::NotFound;
    case 409:
        return BotApiErrorKind::Conflict;
    case 413:
        return BotApiErrorKind::TooLarge;
    case 400:
        if (contains(text, "chat not found"))
            return BotApiErrorKind::ChatNotFound;
        if (contains(text, "can't parse entities"))
            return BotApiErrorKind::CannotParseEntities;
        if (contains(text, "message is not modified"))
            return BotApiErrorKind::NotModified;
        if (contains(text, "message is too long") || contains(text, "caption is too long"))
            return BotApiErrorKind::MessageTooLong;
        if (contains(text, "file is too big"))
            return BotApiErrorKind::TooLarge;
        return BotApiErrorKind::BadRequest;
    default:
        return status >= 500 ? BotApiErrorKind::ServerError : BotApiErrorKind::BadRequest;
    }
}

} // namespace

std::string_view toString(BotApiErrorKind kind) noexcept
{
    switch (kind) {
    case BotApiErrorKind::RateLimited:
        return "rate_limited";
    case BotApiErrorKind::Forbidden:
        return "forbidden";
    case BotApiErrorKind::ChatNotFound:
        return "chat_not_found";
    case BotApiErrorKind::CannotParseEntities:
        return "cannot_parse_entities";
    case BotApiErrorKind::NotModified:
        return "not_modified";
    case BotApiErrorKind::MessageTooLong:
        return "message_too_long";
    case BotApiErrorKind::BadRequest:
        return "bad_request";
    case BotApiErrorKind::NotFound:
        return "not_found";
    case BotApiErrorKind::Conflict:
        return "conflict";
    case BotApiErrorKind::Unauthorized:
        return "unauthorized";
    case BotApiErrorKind::ServerError:
        return "server_error";
    case BotApiErrorKind::Network:
        return "network";
    case BotApiErrorKind::Timeout:
        return "timeout";
    case BotApiErrorKind::TooLarge:
        return "too_large";
    }
    return "unknown";
}

BotApiError::BotApiError(BotApiErrorKind kind, int httpStatus, std::string description,
                         std::optional<std::chrono::seconds> retryAfter)
    : std::runtime_error(description)
    , m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_description(std::move(description))
    , m_retryAfter(retryAfter)
{
}

BotApiSettings BotApiSettings::fromConfig(const config::Config &config)
{
    BotApiSettings settings;
    settings.baseUrl = config.string("telegram.api_base_url");
    settings.token = config.secret("telegram.bot_token_file");
    settings.requestTimeout = std::chrono::milliseconds(config.integer("telegram.request_timeout_ms"));
    return settings;
}

BotApiClient::BotApiClient(BotApiSettings settings)
    : m_settings(std::move(settings))
{
    while (!m_settings.baseUrl.empty() && m_settings.baseUrl.back() == '/')
        m_settings.baseUrl.pop_back();
    const Poco::URI uri(m_settings.baseUrl);
    m_scheme = lowered(uri.getScheme());
    if (m_scheme != "https" && m_scheme != "http")
        throw std::invalid_argument("telegram.api_base_url must be an http or https URL");
    m_host = uri.getHost();
    m_port = uri.getPort();
    m_pathPrefix = uri.getPath();
    while (!m_pathPrefix.empty() && m_pathPrefix.back() == '/')
        m_pathPrefix.pop_back();
}

BotApiClient::~BotApiClient() = default;

std::string BotApiClient::redact(std::string_view text) const
{
    std::string out(text);
    const auto &token = m_settings.token;
    if (token.empty())
        return out;
    for (auto pos = out.find(token); pos != std::string::npos; pos = out.find(token, pos))
        out.replace(pos, token.size(), "<redacted>");
    return out;
}

Poco::Net::HTTPClientSession &BotApiClient::session()
{
    if (!m_session) {
        if (m_scheme == "https")
            // Certificates checked against the system's CAs: the token travels in every URL.
            m_session =
                std::make_unique<Poco::Net::HTTPSClientSession>(m_host, m_port, security::publicClientContext());
        else
            m_session = std::make_unique<Poco::Net::HTTPClientSession>(m_host, m_port);
        m_session->setKeepAlive(true);
    }
    return *m_session;
}

void BotApiClient::fail(const std::string &method, BotApiErrorKind kind, int status, const std::string &description,
                        std::optional<std::chrono::seconds> retryAfter) const
{
    const auto safe = redact(description);
    // NotModified is a success to every caller: not worth a line.
    if (kind != BotApiErrorKind::NotModified) {
        logger().warning("Bot API %s failed (%s, HTTP %d): %s", method, std::string(toString(kind)), status, safe);
    }
    throw BotApiError(kind, status, method + ": " + safe, retryAfter);
}

BotApiClient::Response BotApiClient::exchange(const std::string &httpMethod, const std::string &path,
                                              const std::string &contentType, const std::string &body,
                                              std::chrono::milliseconds timeout, std::size_t maxBytes)
{
    Response response;
    try {
        auto &s = session();
        s.setTimeout(Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(timeout.count()) * 1000));
        Poco::Net::HTTPRequest request(httpMethod, path, Poco::Net::HTTPMessage::HTTP_1_1);
        request.setKeepAlive(true);
        if (!contentType.empty())
            request.setContentType(contentType);
        if (httpMethod == Poco::Net::HTTPRequest::HTTP_POST)
            request.setContentLength(static_cast<std::streamsize>(body.size()));
        s.sendRequest(request) << body;
        Poco::Net::HTTPResponse answer;
        auto &in = s.receiveResponse(answer);
        response.status = static_cast<int>(answer.getStatus());
        if (answer.hasContentLength() && answer.getContentLength64() > static_cast<Poco::Int64>(maxBytes)) {
            m_session.reset(); // the unread body would poison the next request
            throw BotApiError(BotApiErrorKind::TooLarge, response.status, "the answer is over the size limit");
        }
        char buffer[16384];
        while (in) {
            in.read(buffer, sizeof buffer);
            response.body.append(buffer, static_cast<std::size_t>(in.gcount()));
            if (response.body.size() > maxBytes) {
                m_session.reset();
                throw BotApiError(BotApiErrorKind::TooLarge, response.status, "the answer is over the size limit");
            }
        }
    } catch (const Poco::TimeoutException &e) {
        m_session.reset();
        throw BotApiError(BotApiErrorKind::Timeout, 0, redact(e.displayText()));
    } catch (const Poco::Exception &e) {
        m_session.reset();
        throw BotApiError(BotApiErrorKind::Network, 0, redact(e.displayText()));
    } catch (const BotApiError &) {
        throw;
    } catch (const std::exception &e) {
        m_session.reset();
        throw BotApiError(BotApiErrorKind::Network, 0, redact(e.what()));
    }
    return response;
}

nlohmann::json BotApiClient::decode(const std::string &method, const Response &response) const
{
    const auto body = nlohmann::json::parse(response.body, nullptr, false);
    if (!body.is_object() || !body.contains("ok")) {
        fail(method, response.status >= 500 ? BotApiErrorKind::ServerError : classify(response.status, ""),
             response.status, "HTTP " + std::to_string(response.status) + " without a Bot API answer");
    }
    if (body.value("ok", false))
        return body.contains("result") ? body["result"] : nlohmann::json(nullptr);
    const int code = body.value("error_code", response.status);
    const std::string description = body.value("description", std::string("HTTP ") + std::to_string(code));
    std::optional<std::chrono::seconds> retryAfter;
    if (const auto p = body.find("parameters"); p != body.end() && p->is_object() && p->contains("retry_after"))
        retryAfter = std::chrono::seconds((*p)["retry_after"].get<std::int64_t>());
    const auto kind = classify(code, description);
    if (kind == BotApiErrorKind::RateLimited && !retryAfter)
        retryAfter = std::chrono::seconds(1);
    fail(method, kind, code, description, retryAfter);
}

nlohmann::json BotApiClient::call(const std::string &method, const nlohmann::json &params,
                                  std::chrono::milliseconds timeout)
{
    const std::string path = m_pathPrefix + "/bot" + m_settings.token + "/" + method;
    Response response;
    try {
        response = exchange(Poco::Net::HTTPRequest::HTTP_POST, path, "application/json", params.dump(), timeout,
                            64 * 1024 * 1024);
    } catch (const BotApiError &e) {
        fail(method, e.kind(), e.httpStatus(), e.description(), e.retryAfter());
    }
    return decode(method, response);
}

nlohmann::json BotApiClient::call(const std::string &method, const nlohmann::json &params)
{
    return call(method, params, m_settings.requestTimeout);
}

nlohmann::json BotApiClient::getMe()
{
    return call("getMe", nlohmann::json::object());
}

nlohmann::json BotApiClient::getUpdates(std::int64_t offset, int limit, int timeoutSeconds,
                                        const std::vector<std::string> &allowedUpdates)
{
    nlohmann::json params = {{"offset", offset}, {"limit", limit}, {"timeout", timeoutSeconds}};
    // Omitted keeps the previous setting at Telegram, so send it whenever the caller has one.
    if (!allowedUpdates.empty())
        params["allowed_updates"] = allowedUpdates;
    return call("getUpdates", params, m_settings.requestTimeout + std::chrono::seconds(timeoutSeconds));
}

nlohmann::json BotApiClient::sendMessage(std::int64_t chatId, const std::string &text,
                                         const nlohmann::json &replyMarkup, bool html)
{
    nlohmann::json params = {{"chat_id", chatId}, {"text", text}};
    if (html)
        params["parse_mode"] = "HTML";
    if (!replyMarkup.is_null())
        params["reply_markup"] = replyMarkup;
    return call("sendMessage", params);
}

nlohmann::json BotApiClient::editMessageText(std::int64_t chatId, std::int64_t messageId, const std::string &text,
                                             const nlohmann::json &replyMarkup, bool html)
{
    nlohmann::json params = {{"chat_id", chatId}, {"message_id", messageId}, {"text", text}};
    if (html)
        params["parse_mode"] = "HTML";
    if (!replyMarkup.is_null())
        params["reply_markup"] = replyMarkup;
    return call("editMessageText", params);
}

nlohmann::json BotApiClient::editMessageReplyMarkup(std::int64_t chatId, std::int64_t messageId,
                                                    const nlohmann::json &replyMarkup)
{
    nlohmann::json params = {{"chat_id", chatId}, {"message_id", messageId}};
    if (!replyMarkup.is_null())
        params["reply_markup"] = replyMarkup;
    return call("editMessageReplyMarkup", params);
}

void BotApiClient::answerCallbackQuery(const std::string &callbackQueryId, const std::string &text, bool showAlert)
{
    nlohmann::json params = {{"callback_query_id", callbackQueryId}};
    if (!text.empty())
        params["text"] = text;
    if (showAlert)
        params["show_alert"] = true;
    call("answerCallbackQuery", params);
}

void BotApiClient::deleteMessage(std::int64_t chatId, std::int64_t messageId)
{
    call("deleteMessage", {{"chat_id", chatId}, {"message_id", messageId}});
}

nlohmann::json BotApiClient::upload(const std::string &method, const std::string &field, std::int64_t chatId,
                                    const std::string &bytes, const std::string &fileName, const std::string &mimeType,
                                    const std::string &caption)
{
    Poco::Net::HTMLForm form(Poco::Net::HTMLForm::ENCODING_MULTIPART);
    form.set("chat_id", std::to_string(chatId));
    if (!caption.empty()) {
        form.set("caption", caption);
        form.set("parse_mode", "HTML");
    }
    form.addPart(field, new Poco::Net::StringPartSource(bytes, mimeType, fileName));
    Poco::Net::HTTPRequest probe(Poco::Net::HTTPRequest::HTTP_POST, "/", Poco::Net::HTTPMessage::HTTP_1_1);
    form.prepareSubmit(probe);
    std::ostringstream body;
    form.write(body);
    const std::string path = m_pathPrefix + "/bot" + m_settings.token + "/" + method;
    Response response;
    try {
        // Uploads of tens of MB get more than one request's time.
        response = exchange(Poco::Net::HTTPRequest::HTTP_POST, path, probe.getContentType(), body.str(),
                            m_settings.requestTimeout * 6, 64 * 1024 * 1024);
    } catch (const BotApiError &e) {
        fail(method, e.kind(), e.httpStatus(), e.description(), e.retryAfter());
    }
    return decode(method, response);
}

nlohmann::json BotApiClient::sendPhoto(std::int64_t chatId, const std::string &bytes, const std::string &fileName,
                                       const std::string &caption)
{
    return upload("sendPhoto", "photo", chatId, bytes, fileName, "image/jpeg", caption);
}

nlohmann::json BotApiClient::sendDocument(std::int64_t chatId, const std::string &bytes, const std::string &fileName,
                                          const std::string &mimeType, const std::string &caption)
{
    return upload("sendDocument", "document", chatId, bytes, fileName, mimeType, caption);
}

nlohmann::json BotApiClient::getFile(const std::string &fileId)
{
    return call("getFile", {{"file_id", fileId}});
}

std::string BotApiClient::downloadFile(const std::string &filePath, std::size_t maxBytes)
{
    const std::string path = m_pathPrefix + "/file/bot" + m_settings.token + "/" + filePath;
    Response response;
    try {
        response = exchange(Poco::Net::HTTPRequest::HTTP_GET, path, "", "", m_settings.requestTimeout * 6, maxBytes);
    } catch (const BotApiError &e) {
        fail("downloadFile", e.kind(), e.httpStatus(), e.description(), e.retryAfter());
    }
    if (response.status != 200) {
        const auto body = nlohmann::json::parse(response.body, nullptr, false);
        const std::string description =
            body.is_object() ? body.value("description", std::string()) : "HTTP " + std::to_string(response.status);
        fail("downloadFile", classify(response.status, description), response.status, description);
    }
    return std::move(response.body);
}

void BotApiClient::setWebhook(const std::string &url, const std::string &secretToken,
                              const std::vector<std::string> &allowedUpdates)
{
    nlohmann::json params = {{"url", url}};
    if (!secretToken.empty())
        params["secret_token"] = secretToken;
    if (!allowedUpdates.empty())
        params["allowed_updates"] = allowedUpdates;
    call("setWebhook", params);
}

void BotApiClient::deleteWebhook(bool dropPendingUpdates)
{
    call("deleteWebhook", {{"drop_pending_updates", dropPendingUpdates}});
}

} // namespace p2pdesk::syncd::tg
