#pragma once

#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Enums.h"

#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::proto {

// An operator as others see them: {"id","username"}.
struct OperatorRef {
    std::int64_t id = 0;
    std::string username;
};

// Who did something: {"kind":"operator"|"customer"|"system","id"?,"name"?}. System has no id;
// a customer's id is the customers.id (not the Telegram id), name is the username if known.
struct Actor {
    ActorKind kind = ActorKind::System;
    std::optional<std::int64_t> id;
    std::optional<std::string> name;
};

// {"id","telegram_id","username"?}
struct CustomerRef {
    std::int64_t id = 0;
    std::int64_t telegramId = 0;
    std::optional<std::string> username;
};

Json toJson(const OperatorRef &value);
std::optional<DecodeError> decodeInto(const Json &json, OperatorRef &out);
Json toJson(const Actor &value);
std::optional<DecodeError> decodeInto(const Json &json, Actor &out);
Json toJson(const CustomerRef &value);
std::optional<DecodeError> decodeInto(const Json &json, CustomerRef &out);

} // namespace p2pdesk::proto
