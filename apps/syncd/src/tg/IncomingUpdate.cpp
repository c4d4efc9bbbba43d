#include "tg/IncomingUpdate.h"

#include <cctype>

namespace p2pdesk::syncd::tg {

namespace {

using Json = nlohmann::json;

std::optional<std::string> stringAt(const Json &object, const char *key)
{
    if (object.is_object() && object.contains(key) && object[key].is_string())
        return object[key].get<std::string>();
    return std::nullopt;
}

std::optional<std::int64_t> intAt(const Json &object, const char *key)
{
    if (object.is_object() && object.contains(key) && object[key].is_number_integer())
        return object[key].get<std::int64_t>();
    return std::nullopt;
}

IncomingUpdate ignored(IncomingUpdate u, std::string reason)
{
    u.kind = IncomingUpdate::Kind::Ignored;
    u.ignoredReason = std::move(reason);
    return u;
}

// Reads the sender; false (and a reason) unless it is a person in a private chat with the bot.
bool readSender(IncomingUpdate &u, const Json &from, const Json *chat)
{
    const auto id = intAt(from, "id");
    if (!id || *id <= 0) {
        u.ignoredReason = "no sender";
        return false;
    }
    if (from.value("is_bot", false)) {
        u.ignoredReason = "sent by a bot";
        return false;
    }
    if (chat) {
        if (stringAt(*chat, "type").value_or("") != "private") {
            u.ignoredReason = "not a private chat";
            return false;
        }
        if (intAt(*chat, "id").value_or(0) != *id) {
            u.ignoredReason = "chat is not the sender's";
            return false;
        }
    }
    u.userId = *id;
    u.username = stringAt(from, "username");
    u.firstName = stringAt(from, "first_name");
    u.languageCode = stringAt(from, "language_code");
    return true;
}

void readMessage(IncomingUpdate &u, const Json &message)
{
    u.messageId = intAt(message, "message_id").value_or(0);
    if (auto text = stringAt(message, "text"))
        u.text = *text;
    else if (auto caption = stringAt(message, "caption"))
        u.text = *caption;
    // A command is text starting with '/', as Telegram marks with a bot_command entity at offset 0.
    if (!u.text.empty() && u.text[0] == '/' && message.contains("text")) {
        const auto end = u.text.find_first_of(" \n");
        std::string command = u.text.substr(0, end);
        if (const auto at = command.find('@'); at != std::string::npos)
            command.resize(at);
        for (auto &c : command)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        u.command = command;
        if (end != std::string::npos)
            u.commandArgs = u.text.substr(end + 1);
    }
    if (message.contains("photo") && message["photo"].is_array() && !message["photo"].empty()) {
        // Sizes come smallest first: the last one is the original resolution.
        const auto &largest = message["photo"].back();
        if (auto id = stringAt(largest, "file_id")) {
            IncomingFile f;
            f.fileId = *id;
            f.size = intAt(largest, "file_size");
            f.fileName = "photo.jpg";
            f.mime = "image/jpeg";
            f.photo = true;
            u.file = f;
        }
    } else if (message.contains("document") && message["document"].is_object()) {
        const auto &doc = message["document"];
        if (auto id = stringAt(doc, "file_id")) {
            IncomingFile f;
            f.fileId = *id;
            f.size = intAt(doc, "file_size");
            f.fileName = stringAt(doc, "file_name").value_or("document");
            f.mime = stringAt(doc, "mime_type").value_or("application/octet-stream");
            u.file = f;
        }
    }
}

} // namespace

IncomingUpdate IncomingUpdate::parse(const Json &update)
{
    IncomingUpdate u;
    u.updateId = intAt(update, "update_id").value_or(0);
    if (!update.is_object())
        return ignored(u, "not an object");

    for (const char *key : {"message", "edited_message"}) {
        if (!update.contains(key))
            continue;
        const auto &message = update[key];
        if (!message.is_object() || !message.contains("from") || !message.contains("chat"))
            return ignored(u, std::string("malformed ") + key);
        if (!readSender(u, message["from"], &message["chat"]))
            return ignored(u, u.ignoredReason);
        readMessage(u, message);
        u.kind = std::string_view(key) == "message" ? Kind::Message : Kind::EditedMessage;
        return u;
    }
    if (update.contains("callback_query")) {
        const auto &query = update["callback_query"];
        if (!query.is_object() || !query.contains("from"))
            return ignored(u, "malformed callback_query");
        const Json *chat = nullptr;
        if (query.contains("message") && query["message"].is_object() && query["message"].contains("chat"))
            chat = &query["message"]["chat"];
        if (!readSender(u, query["from"], chat))
            return ignored(u, u.ignoredReason);
        u.callbackId = stringAt(query, "id").value_or("");
        u.callbackData = stringAt(query, "data").value_or("");
        if (query.contains("message") && query["message"].is_object() && query["message"].value("date", 0) != 0)
            u.callbackMessageId = intAt(query["message"], "message_id").value_or(0);
        if (u.callbackId.empty())
            return ignored(u, "callback_query without id");
        u.kind = Kind::Callback;
        return u;
    }
    if (update.contains("my_chat_member")) {
        const auto &member = update["my_chat_member"];
        if (!member.is_object() || !member.contains("from") || !member.contains("chat"))
            return ignored(u, "malformed my_chat_member");
        if (!readSender(u, member["from"], &member["chat"]))
            return ignored(u, u.ignoredReason);
        const auto status = stringAt(member.value("new_chat_member", Json::object()), "status").value_or("");
        u.botAllowed = status != "kicked" && status != "left";
        u.kind = Kind::ChatMember;
        return u;
    }
    return ignored(u, "update kind not served");
}

} // namespace p2pdesk::syncd::tg
