#include "p2pdesk/test/FakeBotApi.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <sstream>

namespace p2pdesk::test {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxText = 4096;
constexpr std::size_t kMaxCaption = 1024;
constexpr std::int64_t kMaxDownload = 20LL * 1024 * 1024;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// Form fields arrive as strings; JSON bodies may carry numbers. Telegram accepts both.
std::optional<std::int64_t> intParam(const json &p, const std::string &key)
{
    const auto it = p.find(key);
    if (it == p.end() || it->is_null())
        return std::nullopt;
    if (it->is_number_integer())
        return it->get<std::int64_t>();
    if (it->is_string()) {
        try {
            std::size_t used = 0;
            const auto value = std::stoll(it->get<std::string>(), &used);
            if (used == it->get_ref<const std::string &>().size())
                return value;
        } catch (const std::exception &) {
        }
    }
    return std::nullopt;
}

std::string stringParam(const json &p, const std::string &key)
{
    const auto it = p.find(key);
    if (it == p.end() || it->is_null())
        return {};
    return it->is_string() ? it->get<std::string>() : it->dump();
}

// reply_markup and allowed_updates are JSON-serialized inside form fields.
json jsonParam(const json &p, const std::string &key)
{
    const auto it = p.find(key);
    if (it == p.end())
        return nullptr;
    if (it->is_string())
        return json::parse(it->get<std::string>(), nullptr, false);
    return *it;
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool isBlank(const std::string &s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

std::string updateKind(const json &update)
{
    for (const auto &[key, value] : update.items()) {
        if (key != "update_id")
            return key;
    }
    return {};
}

class FilePartHandler final : public Poco::Net::PartHandler {
public:
    std::map<std::string, std::string> files;
    std::map<std::string, std::string> fileNames;

    void handlePart(const Poco::Net::MessageHeader &header, std::istream &stream) override
    {
        std::string disposition;
        Poco::Net::NameValueCollection params;
        Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition, params);
        std::string bytes;
        Poco::StreamCopier::copyToString(stream, bytes);
        const auto name = params.get("name", "");
        files[name] = std::move(bytes);
        fileNames[name] = params.get("filename", "");
    }
};

} // namespace

std::size_t fakeUtf16Length(const std::string &utf8)
{
    std::size_t units = 0;
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0) == 0x80)
            continue;
        units += b >= 0xF0 ? 2 : 1;
    }
    return units;
}

FakeHtmlResult parseTelegramHtml(const std::string &html)
{
    static const std::set<std::string> allowed = {"b",    "strong", "i",        "em",        "u",          "ins",
                                                  "s",    "strike", "del",      "span",      "tg-spoiler", "a",
                                                  "code", "pre",    "tg-emoji", "blockquote"};
    FakeHtmlResult result;
    std::vector<std::string> open;
    for (std::size_t i = 0; i < html.size();) {
        const char c = html[i];
        if (c == '&') {
            const auto semi = html.find(';', i);
            if (semi == std::string::npos || semi - i > 10) {
                result.error = "Character '&' is not an entity at byte offset " + std::to_string(i);
                return result;
            }
            const std::string name = html.substr(i + 1, semi - i - 1);
            if (name == "lt")
                result.plain += '<';
            else if (name == "gt")
                result.plain += '>';
            else if (name == "amp")
                result.plain += '&';
            else if (name == "quot")
                result.plain += '"';
            else if (name.size() > 1 && name[0] == '#') {
                const bool hex = name[1] == 'x' || name[1] == 'X';
                const std::string digits = name.substr(hex ? 2 : 1);
                const bool valid = !digits.empty() && std::all_of(digits.begin(), digits.end(), [hex](unsigned char d) {
                    return hex ? std::isxdigit(d) != 0 : std::isdigit(d) != 0;
                });
                const unsigned long cp = valid ? std::stoul(digits, nullptr, hex ? 16 : 10) : 0;
                if (!valid || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    result.error = "Invalid numeric entity \"&" + name + ";\" at byte offset " + std::to_string(i);
                    return result;
                }
                appendUtf8(result.plain, static_cast<std::uint32_t>(cp));
            } else {
                result.error = "Unsupported HTML entity \"&" + name + ";\" at byte offset " + std::to_string(i);
                return result;
            }
            i = semi + 1;
            continue;
        }
        if (c != '<') {
            result.plain += c;
            ++i;
            continue;
        }
        const auto close = html.find('>', i);
        if (close == std::string::npos) {
            result.error = "Can't find end of the tag at byte offset " + std::to_string(i);
            return result;
        }
        std::string tag = html.substr(i + 1, close - i - 1);
        if (!tag.empty() && tag[0] == '/') {
            const std::string name = lower(tag.substr(1));
            if (open.empty()) {
                result.error = "Unexpected end tag at byte offset " + std::to_string(i);
                return result;
            }
            if (open.back() != name) {
                result.error = "Unmatched end tag at byte offset " + std::to_string(i) + ", expected \"</" +
                               open.back() + ">\", found \"</" + name + ">\"";
                return result;
            }
            open.pop_back();
        } else {
            const auto space = tag.find_first_of(" \t\n");
            const std::string name = lower(tag.substr(0, space));
            const std::string attributes = space == std::string::npos ? std::string() : tag.substr(space);
            if (allowed.count(name) == 0) {
                result.error = "Unsupported start tag \"" + name + "\" at byte offset " + std::to_string(i);
                return result;
            }
            if (name == "span" && attributes.find("tg-spoiler") == std::string::npos) {
                result.error = "Tag \"span\" must have class \"tg-spoiler\" at byte offset " + std::to_string(i);
                return result;
            }
            open.push_back(name);
        }
        i = close + 1;
    }
    if (!open.empty())
        result.error = "Can't find end tag corresponding to start tag \"" + open.back() + "\"";
    return result;
}

class FakeBotApiHandler final : public Poco::Net::HTTPRequestHandler {
public:
    explicit FakeBotApiHandler(FakeBotApi &api)
        : m_api(api)
    {
    }
    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override
    {
        m_api.handle(request, response);
    }

private:
    FakeBotApi &m_api;
};

namespace {

class HandlerFactory final : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit HandlerFactory(FakeBotApi &api)
        : m_api(api)
    {
    }
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &) override
    {
        return new FakeBotApiHandler(m_api);
    }

private:
    FakeBotApi &m_api;
};

void writeJson(Poco::Net::HTTPServerResponse &response, int status, const json &body)
{
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    response.setContentType("application/json");
    const std::string text = body.dump();
    response.setContentLength(static_cast<std::streamsize>(text.size()));
    response.send() << text;
}

json errorBody(int status, const std::string &description, std::optional<int> retryAfter = {})
{
    json body = {{"ok", false}, {"error_code", status}, {"description", description}};
    if (retryAfter)
        body["parameters"] = {{"retry_after", *retryAfter}};
    return body;
}

json sentJson(const FakeBotApi::Sent &s)
{
    return {
        {"seq", s.seq}, {"method", s.method}, {"params", s.params}, {"chat_id", s.chatId}, {"message_id", s.messageId}};
}

std::int64_t unixNow()
{
    return static_cast<std::int64_t>(std::time(nullptr));
}

} // namespace

FakeBotApi::FakeBotApi(std::string token)
    : FakeBotApi(std::move(token), 0)
{
}

FakeBotApi::FakeBotApi(std::string token, std::uint16_t port)
    : m_token(std::move(token))
{
    start(port);
}

void FakeBotApi::start(std::uint16_t port)
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", port));
    m_port = socket.address().port();
    auto params = Poco::Net::HTTPServerParams::Ptr(new Poco::Net::HTTPServerParams);
    params->setMaxThreads(64);
    params->setMaxQueued(128);
    params->setKeepAlive(true);
    params->setTimeout(Poco::Timespan(120, 0));
    m_threads = std::make_unique<Poco::ThreadPool>(2, 64);
    m_server = std::make_unique<Poco::Net::HTTPServer>(new HandlerFactory(*this), *m_threads, socket, params);
    m_server->start();
}

FakeBotApi::~FakeBotApi()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_server->stopAll(true);
    m_threads->joinAll();
}

std::string FakeBotApi::baseUrl() const
{
    return "http://127.0.0.1:" + std::to_string(m_port);
}

json FakeBotApi::userJson(std::int64_t userId, const std::string &firstName, const std::string &lang)
{
    json user = {{"id", userId}, {"is_bot", false}, {"first_name", firstName}};
    if (!lang.empty())
        user["language_code"] = lang;
    return user;
}

json FakeBotApi::chatJson(std::int64_t chatId, const std::string &firstName)
{
    return {{"id", chatId}, {"type", "private"}, {"first_name", firstName}};
}

std::int64_t FakeBotApi::pushLocked(json update)
{
    const auto id = m_nextUpdateId++;
    update["update_id"] = id;
    m_pending.push_back(std::move(update));
    m_changed.notify_all();
    return id;
}

std::int64_t FakeBotApi::nextMessageIdLocked(std::int64_t chatId)
{
    return ++m_lastMessageId[chatId];
}

std::int64_t FakeBotApi::pushUpdate(json updateWithoutId)
{
    const std::lock_guard lock(m_mutex);
    return pushLocked(std::move(updateWithoutId));
}

std::int64_t FakeBotApi::sendText(std::int64_t userId, const std::string &text, const std::string &languageCode,
                                  const std::string &firstName)
{
    const std::lock_guard lock(m_mutex);
    const auto messageId = nextMessageIdLocked(userId);
    json message = {{"message_id", messageId},
                    {"from", userJson(userId, firstName, languageCode)},
                    {"chat", chatJson(userId, firstName)},
                    {"date", unixNow()},
                    {"text", text}};
    if (!text.empty() && text[0] == '/') {
        const auto end = text.find_first_of(" \n");
        message["entities"] =
            json::array({{{"type", "bot_command"}, {"offset", 0}, {"length", fakeUtf16Length(text.substr(0, end))}}});
    }
    m_messages[{userId, messageId}] = StoredMessage{text, text, nullptr};
    return pushLocked({{"message", std::move(message)}});
}

std::int64_t FakeBotApi::pressButton(std::int64_t userId, std::int64_t messageId, const std::string &callbackData)
{
    const std::lock_guard lock(m_mutex);
    const std::string id = std::to_string(4000000000000000000LL + m_nextCallbackId++);
    m_callbacks[id] = {userId, messageId};
    json message = botMessageLocked(userId, messageId);
    json query = {{"id", id},
                  {"from", userJson(userId, "Alice", "en")},
                  {"message", message},
                  {"chat_instance", std::to_string(userId * 7)},
                  {"data", callbackData}};
    return pushLocked({{"callback_query", std::move(query)}});
}

std::string FakeBotApi::storeFileLocked(std::string bytes, std::optional<std::int64_t> size, const std::string &ext)
{
    const auto n = m_nextFileId++;
    const std::string id = "FILE" + std::to_string(n) + "-AgADfake";
    StoredFile file;
    file.size = size.value_or(static_cast<std::int64_t>(bytes.size()));
    file.bytes = std::move(bytes);
    file.path = "documents/file_" + std::to_string(n) + ext;
    m_files[id] = std::move(file);
    return id;
}

std::int64_t FakeBotApi::sendPhoto(std::int64_t userId, const std::string &bytes, const std::string &caption)
{
    const std::lock_guard lock(m_mutex);
    const auto messageId = nextMessageIdLocked(userId);
    // The thumbnail is a different (shorter) file, so a client taking the first size gets the wrong bytes.
    const auto small = storeFileLocked(bytes.substr(0, std::min<std::size_t>(bytes.size(), 16)), {}, ".jpg");
    const auto large = storeFileLocked(bytes, {}, ".jpg");
    json photo = json::array();
    photo.push_back({{"file_id", small},
                     {"file_unique_id", "u" + small},
                     {"width", 90},
                     {"height", 67},
                     {"file_size", m_files[small].size}});
    photo.push_back({{"file_id", large},
                     {"file_unique_id", "u" + large},
                     {"width", 1280},
                     {"height", 960},
                     {"file_size", m_files[large].size}});
    json message = {{"message_id", messageId},
                    {"from", userJson(userId, "Alice", "en")},
                    {"chat", chatJson(userId, "Alice")},
                    {"date", unixNow()},
                    {"photo", std::move(photo)}};
    if (!caption.empty())
        message["caption"] = caption;
    return pushLocked({{"message", std::move(message)}});
}

std::int64_t FakeBotApi::sendDocument(std::int64_t userId, const std::string &bytes, const std::string &fileName,
                                      const std::string &mime, std::optional<std::int64_t> claimedSize)
{
    const std::lock_guard lock(m_mutex);
    const auto messageId = nextMessageIdLocked(userId);
    const auto dot = fileName.rfind('.');
    const auto id = storeFileLocked(bytes, claimedSize, dot == std::string::npos ? "" : fileName.substr(dot));
    json message = {{"message_id", messageId},
                    {"from", userJson(userId, "Alice", "en")},
                    {"chat", chatJson(userId, "Alice")},
                    {"date", unixNow()},
                    {"document",
                     {{"file_id", id},
                      {"file_unique_id", "u" + id},
                      {"file_name", fileName},
                      {"mime_type", mime},
                      {"file_size", m_files[id].size}}}};
    return pushLocked({{"message", std::move(message)}});
}

std::int64_t FakeBotApi::editText(std::int64_t userId, std::int64_t messageId, const std::string &newText)
{
    const std::lock_guard lock(m_mutex);
    m_messages[{userId, messageId}] = StoredMessage{newText, newText, nullptr};
    json message = {{"message_id", messageId},
                    {"from", userJson(userId, "Alice", "en")},
                    {"chat", chatJson(userId, "Alice")},
                    {"date", unixNow() - 60},
                    {"edit_date", unixNow()},
                    {"text", newText}};
    return pushLocked({{"edited_message", std::move(message)}});
}

std::int64_t FakeBotApi::setBlockedByUser(std::int64_t userId, bool blocked)
{
    const std::lock_guard lock(m_mutex);
    if (blocked)
        m_blocked.insert(userId);
    else
        m_blocked.erase(userId);
    const json bot = {{"id", kBotId}, {"is_bot", true}, {"first_name", "FakeBot"}, {"username", "fake_bot"}};
    json member = {{"chat", chatJson(userId, "Alice")},
                   {"from", userJson(userId, "Alice", "en")},
                   {"date", unixNow()},
                   {"old_chat_member", {{"user", bot}, {"status", blocked ? "member" : "kicked"}}},
                   {"new_chat_member", {{"user", bot}, {"status", blocked ? "kicked" : "member"}}}};
    return pushLocked({{"my_chat_member", std::move(member)}});
}

std::vector<FakeBotApi::Sent> FakeBotApi::sent() const
{
    const std::lock_guard lock(m_mutex);
    return m_sent;
}

std::vector<FakeBotApi::Sent> FakeBotApi::sentTo(std::int64_t chatId) const
{
    const std::lock_guard lock(m_mutex);
    std::vector<Sent> out;
    std::copy_if(m_sent.begin(), m_sent.end(), std::back_inserter(out),
                 [chatId](const Sent &s) { return s.chatId == chatId; });
    return out;
}

bool FakeBotApi::waitFor(const std::function<bool(const std::vector<Sent> &)> &predicate,
                         std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [&] { return predicate(m_sent); });
}

std::vector<json> FakeBotApi::callbackAnswers() const
{
    const std::lock_guard lock(m_mutex);
    std::vector<json> out;
    for (const auto &s : m_sent) {
        if (lower(s.method) == "answercallbackquery")
            out.push_back(s.params);
    }
    return out;
}

std::int64_t FakeBotApi::confirmedOffset() const
{
    const std::lock_guard lock(m_mutex);
    return m_confirmedOffset;
}

int FakeBotApi::getUpdatesCalls() const
{
    const std::lock_guard lock(m_mutex);
    return m_getUpdatesCalls;
}

int FakeBotApi::calls(const std::string &method) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_calls.find(lower(method));
    return it == m_calls.end() ? 0 : it->second;
}

std::optional<std::pair<std::string, json>> FakeBotApi::message(std::int64_t chatId, std::int64_t messageId) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_messages.find({chatId, messageId});
    if (it == m_messages.end())
        return std::nullopt;
    return std::pair{it->second.text, it->second.markup};
}

void FakeBotApi::failNext(const std::string &method, int httpStatus, const std::string &description,
                          std::optional<int> retryAfter, int times)
{
    const std::lock_guard lock(m_mutex);
    for (int i = 0; i < times; ++i)
        m_failures[lower(method)].push_back(Failure{httpStatus, description, retryAfter});
}

void FakeBotApi::blockChat(std::int64_t chatId)
{
    const std::lock_guard lock(m_mutex);
    m_blocked.insert(chatId);
}

void FakeBotApi::unblockChat(std::int64_t chatId)
{
    const std::lock_guard lock(m_mutex);
    m_blocked.erase(chatId);
}

void FakeBotApi::delayNext(const std::string &method, std::chrono::milliseconds delay)
{
    const std::lock_guard lock(m_mutex);
    m_delays[lower(method)] = delay;
}

void FakeBotApi::redeliverConfirmed(int count)
{
    const std::lock_guard lock(m_mutex);
    m_redeliver = count;
}

void FakeBotApi::startUpdateIdsAt(std::int64_t id)
{
    const std::lock_guard lock(m_mutex);
    m_nextUpdateId = std::max(m_nextUpdateId, id);
}

void FakeBotApi::setWebhookActive(bool active)
{
    const std::lock_guard lock(m_mutex);
    m_webhookActive = active;
    if (!active)
        m_webhookUrl.clear();
    m_changed.notify_all();
}

bool FakeBotApi::webhookActive() const
{
    const std::lock_guard lock(m_mutex);
    return m_webhookActive;
}

void FakeBotApi::recordLocked(const std::string &method, const json &params, std::int64_t chatId,
                              std::int64_t messageId)
{
    Sent s;
    s.seq = static_cast<std::int64_t>(m_sent.size()) + 1;
    s.method = method;
    s.params = params;
    s.chatId = chatId;
    s.messageId = messageId;
    s.at = std::chrono::steady_clock::now();
    m_sent.push_back(std::move(s));
    m_changed.notify_all();
}

json FakeBotApi::botMessageLocked(std::int64_t chatId, std::int64_t messageId) const
{
    json message = {{"message_id", messageId},
                    {"from", {{"id", kBotId}, {"is_bot", true}, {"first_name", "FakeBot"}, {"username", "fake_bot"}}},
                    {"chat", chatJson(chatId, "Alice")},
                    {"date", unixNow()}};
    const auto it = m_messages.find({chatId, messageId});
    if (it != m_messages.end()) {
        message["text"] = it->second.text;
        if (!it->second.markup.is_null())
            message["reply_markup"] = it->second.markup;
    } else {
        message["date"] = 0; // Telegram's "inaccessible message"
    }
    return message;
}

// --- HTTP ---

void FakeBotApi::handle(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response)
{
    const Poco::URI uri(request.getURI());
    const std::string path = uri.getPath();
    try {
        if (path.rfind("/_control/", 0) == 0) {
            handleControl(path, request, response);
            return;
        }
        const std::string filePrefix = "/file/bot";
        if (path.rfind(filePrefix, 0) == 0) {
            const auto slash = path.find('/', filePrefix.size());
            const std::string token = path.substr(filePrefix.size(), slash - filePrefix.size());
            if (token != m_token || slash == std::string::npos) {
                writeJson(response, 401, errorBody(401, "Unauthorized"));
                return;
            }
            const std::string filePath = path.substr(slash + 1);
            std::optional<std::string> bytes;
            {
                const std::lock_guard lock(m_mutex);
                for (const auto &[id, file] : m_files) {
                    if (file.path == filePath)
                        bytes = file.bytes;
                }
            }
            if (!bytes) {
                writeJson(response, 404, errorBody(404, "Not Found"));
                return;
            }
            response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_OK);
            response.setContentType("application/octet-stream");
            response.setContentLength(static_cast<std::streamsize>(bytes->size()));
            response.send() << *bytes;
            return;
        }
        if (path.rfind("/bot", 0) != 0) {
            writeJson(response, 404, errorBody(404, "Not Found"));
            return;
        }
        const auto slash = path.find('/', 4);
        const std::string token = path.substr(4, slash == std::string::npos ? std::string::npos : slash - 4);
        if (token != m_token) {
            writeJson(response, 401, errorBody(401, "Unauthorized"));
            return;
        }
        const std::string method = slash == std::string::npos ? std::string() : path.substr(slash + 1);

        json params = json::object();
        for (const auto &[key, value] : uri.getQueryParameters())
            params[key] = value;
        std::map<std::string, std::string> files;
        const std::string contentType = lower(request.getContentType());
        if (contentType.rfind("application/json", 0) == 0) {
            std::string body;
            Poco::StreamCopier::copyToString(request.stream(), body);
            const auto parsed = json::parse(body, nullptr, false);
            if (!parsed.is_object()) {
                writeJson(response, 400, errorBody(400, "Bad Request: can't parse JSON"));
                return;
            }
            for (const auto &[key, value] : parsed.items())
                params[key] = value;
        } else if (contentType.rfind("multipart/form-data", 0) == 0 ||
                   contentType.rfind("application/x-www-form-urlencoded", 0) == 0) {
            FilePartHandler parts;
            Poco::Net::HTMLForm form;
            form.setFieldLimit(1000);
            form.load(request, request.stream(), parts);
            for (const auto &[key, value] : form)
                params[key] = value;
            files = std::move(parts.files);
        }

        const auto reply = callMethod(method, std::move(params), std::move(files));
        writeJson(response, reply.status, reply.body);
    } catch (const std::exception &e) {
        if (!response.sent())
            writeJson(response, 500, errorBody(500, std::string("Internal Server Error: ") + e.what()));
    }
}

FakeBotApi::Reply FakeBotApi::callMethod(const std::string &methodName, json params,
                                         std::map<std::string, std::string> files)
{
    const std::string method = lower(methodName);
    std::optional<std::chrono::milliseconds> delay;
    {
        const std::lock_guard lock(m_mutex);
        ++m_calls[method];
        auto failures = m_failures.find(method);
        if (failures != m_failures.end() && !failures->second.empty()) {
            const auto f = failures->second.front();
            failures->second.pop_front();
            return Reply{f.status, errorBody(f.status, f.description, f.retryAfter)};
        }
        const auto d = m_delays.find(method);
        if (d != m_delays.end()) {
            delay = d->second;
            m_delays.erase(d);
        }
    }
    Reply reply;
    if (method == "getme") {
        reply.body = {{"ok", true},
                      {"result",
                       {{"id", kBotId},
                        {"is_bot", true},
                        {"first_name", "FakeBot"},
                        {"username", "fake_bot"},
                        {"can_join_groups", false},
                        {"can_read_all_group_messages", false},
                        {"supports_inline_queries", false}}}};
    } else if (method == "getupdates") {
        reply = getUpdates(params);
    } else if (method == "setwebhook") {
        const std::lock_guard lock(m_mutex);
        m_webhookUrl = stringParam(params, "url");
        m_webhookActive = !m_webhookUrl.empty();
        if (const auto allowed = jsonParam(params, "allowed_updates"); allowed.is_array())
            m_allowedUpdates = allowed;
        m_changed.notify_all();
        reply.body = {{"ok", true}, {"result", true}, {"description", "Webhook was set"}};
    } else if (method == "deletewebhook") {
        const std::lock_guard lock(m_mutex);
        m_webhookActive = false;
        m_webhookUrl.clear();
        const auto drop = stringParam(params, "drop_pending_updates");
        if (drop == "true" || drop == "1") {
            while (!m_pending.empty()) {
                m_confirmed.push_back(m_pending.front());
                m_pending.pop_front();
            }
        }
        reply.body = {{"ok", true}, {"result", true}, {"description", "Webhook was deleted"}};
    } else if (method == "getwebhookinfo") {
        const std::lock_guard lock(m_mutex);
        reply.body = {
            {"ok", true},
            {"result",
             {{"url", m_webhookUrl}, {"has_custom_certificate", false}, {"pending_update_count", m_pending.size()}}}};
    } else if (method == "sendmessage") {
        reply = sendMessage(methodName, params);
    } else if (method == "editmessagetext" || method == "editmessagereplymarkup") {
        reply = editMessage(methodName, params);
    } else if (method == "answercallbackquery") {
        reply = answerCallback(params);
    } else if (method == "deletemessage") {
        reply = deleteMessage(params);
    } else if (method == "sendphoto" || method == "senddocument") {
        reply = sendMedia(methodName, params, files);
    } else if (method == "getfile") {
        reply = getFile(params);
    } else {
        reply = Reply{404, errorBody(404, "Not Found")};
    }
    if (delay) {
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, *delay, [this] { return m_stopping; });
    }
    return reply;
}

FakeBotApi::Reply FakeBotApi::getUpdates(const json &params)
{
    const auto offset = intParam(params, "offset");
    const auto limit = std::clamp<std::int64_t>(intParam(params, "limit").value_or(100), 1, 100);
    const auto timeout = std::clamp<std::int64_t>(intParam(params, "timeout").value_or(0), 0, 50);
    const auto allowedParam = jsonParam(params, "allowed_updates");

    std::unique_lock lock(m_mutex);
    ++m_getUpdatesCalls;
    if (m_webhookActive) {
        return Reply{409, errorBody(409, "Conflict: can't use getUpdates method while webhook is active; use "
                                         "deleteWebhook to delete the webhook first")};
    }
    if (allowedParam.is_array())
        m_allowedUpdates = allowedParam;
    if (offset && *offset > 0) {
        while (!m_pending.empty() && m_pending.front()["update_id"].get<std::int64_t>() < *offset) {
            m_confirmed.push_back(std::move(m_pending.front()));
            m_pending.pop_front();
        }
        m_confirmedOffset = std::max(m_confirmedOffset, *offset);
    }
    const auto allowed = [this](const json &update) {
        if (!m_allowedUpdates || m_allowedUpdates->empty())
            return true;
        const auto kind = updateKind(update);
        return std::any_of(m_allowedUpdates->begin(), m_allowedUpdates->end(),
                           [&](const json &k) { return k.is_string() && k.get<std::string>() == kind; });
    };
    json result = json::array();
    if (m_redeliver > 0) {
        const auto count = std::min<std::size_t>(static_cast<std::size_t>(m_redeliver), m_confirmed.size());
        for (auto i = m_confirmed.size() - count; i < m_confirmed.size(); ++i)
            result.push_back(m_confirmed[i]);
        m_redeliver = 0;
    }
    const auto anyAllowed = [&] { return std::any_of(m_pending.begin(), m_pending.end(), allowed); };
    if (result.empty() && timeout > 0) {
        m_changed.wait_for(lock, std::chrono::seconds(timeout),
                           [&] { return m_stopping || m_webhookActive || anyAllowed(); });
    }
    for (const auto &update : m_pending) {
        if (static_cast<std::int64_t>(result.size()) >= limit)
            break;
        if (allowed(update))
            result.push_back(update);
    }
    return Reply{200, {{"ok", true}, {"result", std::move(result)}}};
}

FakeBotApi::Reply FakeBotApi::sendMessage(const std::string &method, const json &params)
{
    const auto chatId = intParam(params, "chat_id");
    if (!chatId)
        return Reply{400, errorBody(400, "Bad Request: chat_id is empty")};
    const std::string text = stringParam(params, "text");
    std::string plain = text;
    if (lower(stringParam(params, "parse_mode")) == "html") {
        const auto parsed = parseTelegramHtml(text);
        if (!parsed.error.empty())
            return Reply{400, errorBody(400, "Bad Request: can't parse entities: " + parsed.error)};
        plain = parsed.plain;
    }
    if (isBlank(plain))
        return Reply{400, errorBody(400, "Bad Request: message text is empty")};
    if (fakeUtf16Length(plain) > kMaxText)
        return Reply{400, errorBody(400, "Bad Request: message is too long")};
    const std::lock_guard lock(m_mutex);
    if (m_blocked.count(*chatId) != 0)
        return Reply{403, errorBody(403, "Forbidden: bot was blocked by the user")};
    const auto messageId = nextMessageIdLocked(*chatId);
    m_messages[{*chatId, messageId}] = StoredMessage{plain, text, jsonParam(params, "reply_markup")};
    recordLocked(method, params, *chatId, messageId);
    return Reply{200, {{"ok", true}, {"result", botMessageLocked(*chatId, messageId)}}};
}

FakeBotApi::Reply FakeBotApi::editMessage(const std::string &method, const json &params)
{
    const auto chatId = intParam(params, "chat_id");
    const auto messageId = intParam(params, "message_id");
    if (!chatId || !messageId)
        return Reply{400, errorBody(400, "Bad Request: message identifier is not specified")};
    const bool textEdit = lower(method) == "editmessagetext";
    std::string text;
    std::string plain;
    if (textEdit) {
        text = stringParam(params, "text");
        plain = text;
        if (lower(stringParam(params, "parse_mode")) == "html") {
            const auto parsed = parseTelegramHtml(text);
            if (!parsed.error.empty())
                return Reply{400, errorBody(400, "Bad Request: can't parse entities: " + parsed.error)};
            plain = parsed.plain;
        }
        if (isBlank(plain))
            return Reply{400, errorBody(400, "Bad Request: message text is empty")};
        if (fakeUtf16Length(plain) > kMaxText)
            return Reply{400, errorBody(400, "Bad Request: message is too long")};
    }
    const auto markup = jsonParam(params, "reply_markup");
    const std::lock_guard lock(m_mutex);
    if (m_blocked.count(*chatId) != 0)
        return Reply{403, errorBody(403, "Forbidden: bot was blocked by the user")};
    const auto it = m_messages.find({*chatId, *messageId});
    if (it == m_messages.end())
        return Reply{400, errorBody(400, "Bad Request: message to edit not found")};
    StoredMessage updated = it->second;
    if (textEdit) {
        updated.text = plain;
        updated.rawText = text;
    }
    updated.markup = markup;
    if (updated.rawText == it->second.rawText && updated.markup == it->second.markup) {
        return Reply{400, errorBody(400, "Bad Request: message is not modified: specified new message content and "
                                         "reply markup are exactly the same as a current content and reply markup "
                                         "of the message")};
    }
    it->second = std::move(updated);
    recordLocked(method, params, *chatId, *messageId);
    return Reply{200, {{"ok", true}, {"result", botMessageLocked(*chatId, *messageId)}}};
}

FakeBotApi::Reply FakeBotApi::answerCallback(const json &params)
{
    const std::string id = stringParam(params, "callback_query_id");
    const std::lock_guard lock(m_mutex);
    const auto it = m_callbacks.find(id);
    if (it == m_callbacks.end()) {
        return Reply{400, errorBody(400, "Bad Request: query is too old and response timeout expired or query ID is "
                                         "invalid")};
    }
    const auto [chatId, messageId] = it->second;
    m_callbacks.erase(it);
    recordLocked("answerCallbackQuery", params, chatId, 0);
    (void)messageId;
    return Reply{200, {{"ok", true}, {"result", true}}};
}

FakeBotApi::Reply FakeBotApi::deleteMessage(const json &params)
{
    const auto chatId = intParam(params, "chat_id");
    const auto messageId = intParam(params, "message_id");
    const std::lock_guard lock(m_mutex);
    if (!chatId || !messageId || m_messages.erase({*chatId, *messageId}) == 0)
        return Reply{400, errorBody(400, "Bad Request: message to delete not found")};
    recordLocked("deleteMessage", params, *chatId, *messageId);
    return Reply{200, {{"ok", true}, {"result", true}}};
}

FakeBotApi::Reply FakeBotApi::sendMedia(const std::string &method, const json &params,
                                        std::map<std::string, std::string> &files)
{
    const bool photo = lower(method) == "sendphoto";
    const std::string field = photo ? "photo" : "document";
    const auto chatId = intParam(params, "chat_id");
    if (!chatId)
        return Reply{400, errorBody(400, "Bad Request: chat_id is empty")};
    const std::string caption = stringParam(params, "caption");
    if (fakeUtf16Length(caption) > kMaxCaption)
        return Reply{400, errorBody(400, "Bad Request: message caption is too long")};
    if (lower(stringParam(params, "parse_mode")) == "html") {
        const auto parsed = parseTelegramHtml(caption);
        if (!parsed.error.empty())
            return Reply{400, errorBody(400, "Bad Request: can't parse entities: " + parsed.error)};
    }
    const std::lock_guard lock(m_mutex);
    if (m_blocked.count(*chatId) != 0)
        return Reply{403, errorBody(403, "Forbidden: bot was blocked by the user")};
    std::string fileId;
    if (const auto f = files.find(field); f != files.end()) {
        const std::int64_t limit = photo ? 10LL * 1024 * 1024 : 50LL * 1024 * 1024;
        if (static_cast<std::int64_t>(f->second.size()) > limit)
            return Reply{400, errorBody(400, "Bad Request: file is too big")};
        if (f->second.empty())
            return Reply{400, errorBody(400, "Bad Request: file must be non-empty")};
        fileId = storeFileLocked(std::move(f->second), {}, photo ? ".jpg" : "");
    } else {
        fileId = stringParam(params, field);
        if (m_files.count(fileId) == 0)
            return Reply{400, errorBody(400, "Bad Request: wrong file identifier/HTTP URL specified")};
    }
    const auto messageId = nextMessageIdLocked(*chatId);
    m_messages[{*chatId, messageId}] = StoredMessage{caption, caption, jsonParam(params, "reply_markup")};
    json recorded = params;
    recorded[field] = fileId;
    recordLocked(method, recorded, *chatId, messageId);
    json message = botMessageLocked(*chatId, messageId);
    message.erase("text");
    if (!caption.empty())
        message["caption"] = caption;
    const json file = {{"file_id", fileId}, {"file_unique_id", "u" + fileId}, {"file_size", m_files[fileId].size}};
    if (photo)
        message["photo"] = json::array({file});
    else
        message["document"] = file;
    return Reply{200, {{"ok", true}, {"result", std::move(message)}}};
}

FakeBotApi::Reply FakeBotApi::getFile(const json &params)
{
    const std::string id = stringParam(params, "file_id");
    const std::lock_guard lock(m_mutex);
    const auto it = m_files.find(id);
    if (it == m_files.end())
        return Reply{400, errorBody(400, "Bad Request: invalid file_id")};
    if (it->second.size > kMaxDownload)
        return Reply{400, errorBody(400, "Bad Request: file is too big")};
    return Reply{200,
                 {{"ok", true},
                  {"result",
                   {{"file_id", id},
                    {"file_unique_id", "u" + id},
                    {"file_size", it->second.size},
                    {"file_path", it->second.path}}}}};
}

void FakeBotApi::handleControl(const std::string &path, Poco::Net::HTTPServerRequest &request,
                               Poco::Net::HTTPServerResponse &response)
{
    const Poco::URI uri(request.getURI());
    std::map<std::string, std::string> query;
    for (const auto &[key, value] : uri.getQueryParameters())
        query[key] = value;
    std::string body;
    Poco::StreamCopier::copyToString(request.stream(), body);
    const auto number = [&](const std::string &key, std::int64_t fallback) {
        const auto it = query.find(key);
        return it == query.end() ? fallback : std::stoll(it->second);
    };

    if (path == "/_control/photo" && request.getMethod() == "POST") {
        const auto id = sendPhoto(number("user_id", 0), body, query.count("caption") ? query["caption"] : "");
        writeJson(response, 200, {{"ok", true}, {"update_id", id}});
        return;
    }
    if (path == "/_control/sent") {
        const auto chat = query.count("chat_id") ? std::optional(number("chat_id", 0)) : std::nullopt;
        const auto after = number("after_seq", 0);
        const auto wait = std::chrono::seconds(std::clamp<std::int64_t>(number("wait", 0), 0, 60));
        const auto matches = [&](const Sent &s) { return s.seq > after && (!chat || s.chatId == *chat); };
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, wait,
                           [&] { return m_stopping || std::any_of(m_sent.begin(), m_sent.end(), matches); });
        json out = json::array();
        for (const auto &s : m_sent) {
            if (matches(s))
                out.push_back(sentJson(s));
        }
        lock.unlock();
        writeJson(response, 200, {{"ok", true}, {"result", std::move(out)}});
        return;
    }
    const auto params = json::parse(body, nullptr, false);
    if (request.getMethod() != "POST" || !params.is_object()) {
        writeJson(response, 400, errorBody(400, "Bad Request: POST a JSON object"));
        return;
    }
    if (path == "/_control/text") {
        const auto id = sendText(params.at("user_id").get<std::int64_t>(), params.at("text").get<std::string>(),
                                 params.value("language_code", std::string("en")),
                                 params.value("first_name", std::string("Alice")));
        writeJson(response, 200, {{"ok", true}, {"update_id", id}});
    } else if (path == "/_control/button") {
        const auto id = pressButton(params.at("user_id").get<std::int64_t>(),
                                    params.at("message_id").get<std::int64_t>(), params.at("data").get<std::string>());
        writeJson(response, 200, {{"ok", true}, {"update_id", id}});
    } else {
        writeJson(response, 404, errorBody(404, "Not Found"));
    }
}

} // namespace p2pdesk::test
