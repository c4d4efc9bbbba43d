#pragma once

#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::proto {

// POST /api/v1/auth/login {"username","password","totp"}
struct LoginRequest {
    std::string username;
    std::string password;
    std::string totp;
};

// The signed-in operator: {"id","username","roles":["operator",…]}
struct OperatorInfo {
    std::int64_t id = 0;
    std::string username;
    std::vector<domain::Role> roles;
};

// 200 {"token","expires_at","operator":{…}}
struct LoginResponse {
    std::string token;
    Timestamp expiresAt{};
    OperatorInfo operatorInfo; // JSON "operator"
};

// GET /api/v1/me {"operator":{…},"expires_at","on_duty"} — expires_at is the session's current
// expiry; on_duty the desk switch (always served by syncd; optional so older documents decode).
struct MeResponse {
    OperatorInfo operatorInfo; // JSON "operator"
    Timestamp expiresAt{};
    std::optional<bool> onDuty;
};

// PUT /api/v1/me/duty {"on_duty":bool} → 200 {"on_duty":bool}: the caller's on-duty switch.
struct DutyState {
    bool onDuty = false;
};

Json toJson(const LoginRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, LoginRequest &out);
Json toJson(const OperatorInfo &value);
std::optional<DecodeError> decodeInto(const Json &json, OperatorInfo &out);
Json toJson(const LoginResponse &value);
std::optional<DecodeError> decodeInto(const Json &json, LoginResponse &out);
Json toJson(const MeResponse &value);
std::optional<DecodeError> decodeInto(const Json &json, MeResponse &out);
Json toJson(const DutyState &value);
std::optional<DecodeError> decodeInto(const Json &json, DutyState &out);

} // namespace p2pdesk::proto
