#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::tg {

// A file a customer sent (the largest photo size, or a document), as Telegram describes it.
struct IncomingFile {
    std::string fileId;
    std::optional<std::int64_t> size; // bytes, when Telegram says
    std::string fileName;
    std::string mime;
    bool photo = false;
};

// The fields of an update the bot acts on, read defensively: Telegram's JSON is input like any
// other. Anything the bot does not serve (groups, channels, bots, inline queries) is `ignored`
// with the reason recorded on the update row.
struct IncomingUpdate {
    enum class Kind { Message, EditedMessage, Callback, ChatMember, Ignored };
    Kind kind = Kind::Ignored;
    std::string ignoredReason;

    std::int64_t updateId = 0;
    std::int64_t userId = 0; // == the private chat's id
    std::optional<std::string> username;
    std::optional<std::string> firstName;
    std::optional<std::string> languageCode;

    // Message / EditedMessage
    std::int64_t messageId = 0;
    std::string text;                   // text, or the caption of a photo/document
    std::optional<std::string> command; // "/start" without the bot's @name, lower case
    std::string commandArgs;
    std::optional<IncomingFile> file;

    // Callback
    std::string callbackId;
    std::string callbackData;
    std::int64_t callbackMessageId = 0; // 0 when the message is inaccessible

    // ChatMember: the customer blocked (false) or unblocked (true) the bot
    bool botAllowed = true;

    static IncomingUpdate parse(const nlohmann::json &update);
};

} // namespace p2pdesk::syncd::tg
