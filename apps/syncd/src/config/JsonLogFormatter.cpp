#include "config/JsonLogFormatter.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Message.h>
#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cstdint>
#include <optional>

namespace p2pdesk::syncd::config {

namespace {

const char *levelName(Poco::Message::Priority priority)
{
    switch (priority) {
    case Poco::Message::PRIO_FATAL:
        return "fatal";
    case Poco::Message::PRIO_CRITICAL:
        return "critical";
    case Poco::Message::PRIO_ERROR:
        return "error";
    case Poco::Message::PRIO_WARNING:
        return "warning";
    case Poco::Message::PRIO_NOTICE:
        return "notice";
    case Poco::Message::PRIO_INFORMATION:
        return "information";
    case Poco::Message::PRIO_DEBUG:
        return "debug";
    case Poco::Message::PRIO_TRACE:
        return "trace";
    }
    return "information";
}

template<typename T> std::optional<T> parsed(const std::string &text)
{
    T value{};
    const auto *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr != end)
        return std::nullopt;
    return value;
}

enum class Kind { String, Integer, Number, OperatorId };

struct Field {
    const char *name;
    Kind kind;
};

constexpr std::array<Field, 8> kFields = {{{"rid", Kind::String},
                                           {"client_ip", Kind::String},
                                           {"operator", Kind::OperatorId},
                                           {"method", Kind::String},
                                           {"route", Kind::String},
                                           {"path", Kind::String},
                                           {"status", Kind::Integer},
                                           {"duration_ms", Kind::Number}}};

nlohmann::json valueOf(const std::string &text, Kind kind)
{
    switch (kind) {
    case Kind::String:
        return text;
    case Kind::Integer:
        if (const auto v = parsed<std::int64_t>(text))
            return *v;
        return text;
    case Kind::Number:
        if (const auto v = parsed<double>(text))
            return *v;
        return text;
    case Kind::OperatorId:
        if (const auto v = parsed<std::int64_t>(text))
            return *v;
        return nullptr;
    }
    return text;
}

} // namespace

void JsonLogFormatter::format(const Poco::Message &msg, std::string &text)
{
    nlohmann::json line = nlohmann::json::object();
    line["ts"] = Poco::DateTimeFormatter::format(msg.getTime(), "%Y-%m-%dT%H:%M:%S.%iZ");
    line["level"] = levelName(msg.getPriority());
    line["logger"] = msg.getSource();
    std::string message = msg.getText();
    if (msg.has("rid")) {
        const std::string prefix = "rid=" + msg.get("rid") + " ";
        if (message.rfind(prefix, 0) == 0)
            message.erase(0, prefix.size());
    }
    line["msg"] = std::move(message);
    for (const auto &field : kFields) {
        if (msg.has(field.name))
            line[field.name] = valueOf(msg.get(field.name), field.kind);
    }
    text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace p2pdesk::syncd::config
