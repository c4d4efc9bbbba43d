#pragma once

#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Admin API for operator accounts, under /api/v1/admin/operators. Every change carries a
// non-blank reason and is audited.
namespace p2pdesk::proto {

// {"id","username","roles","active","totp_confirmed","created_at","locked_until"?}
struct OperatorAccount {
    std::int64_t id = 0;
    std::string username;
    std::vector<domain::Role> roles;
    bool active = true;
    bool totpConfirmed = false; // false until the first login with the enrolled code
    Timestamp createdAt{};
    std::optional<Timestamp> lockedUntil;
};

// GET /api/v1/admin/operators → {"items":[OperatorAccount]}
struct OperatorList {
    std::vector<OperatorAccount> items;
};

// POST /api/v1/admin/operators {"username","password","roles","reason"}
struct CreateOperatorRequest {
    std::string username;
    std::string password;
    std::vector<domain::Role> roles; // at least one, no duplicates
    std::string reason;
};

// 201 {"operator":{…},"otpauth_uri"} — the URI is shown exactly once.
struct CreateOperatorResponse {
    OperatorAccount account; // JSON "operator"
    std::string otpauthUri;
};

// POST /api/v1/admin/operators/{id}/roles {"roles","reason"}
struct SetRolesRequest {
    std::vector<domain::Role> roles;
    std::string reason;
};

// POST /api/v1/admin/operators/{id}/deactivate {"reason"}
struct DeactivateOperatorRequest {
    std::string reason;
};

// POST /api/v1/admin/operators/{id}/reset-password {"password","reason"}
struct ResetPasswordRequest {
    std::string password;
    std::string reason;
};

// POST /api/v1/admin/operators/{id}/reset-2fa {"reason"} → 200 {"otpauth_uri"}
struct Reset2faRequest {
    std::string reason;
};

struct Reset2faResponse {
    std::string otpauthUri;
};

Json toJson(const OperatorAccount &value);
std::optional<DecodeError> decodeInto(const Json &json, OperatorAccount &out);
Json toJson(const OperatorList &value);
std::optional<DecodeError> decodeInto(const Json &json, OperatorList &out);
Json toJson(const CreateOperatorRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, CreateOperatorRequest &out);
Json toJson(const CreateOperatorResponse &value);
std::optional<DecodeError> decodeInto(const Json &json, CreateOperatorResponse &out);
Json toJson(const SetRolesRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, SetRolesRequest &out);
Json toJson(const DeactivateOperatorRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, DeactivateOperatorRequest &out);
Json toJson(const ResetPasswordRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, ResetPasswordRequest &out);
Json toJson(const Reset2faRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, Reset2faRequest &out);
Json toJson(const Reset2faResponse &value);
std::optional<DecodeError> decodeInto(const Json &json, Reset2faResponse &out);

} // namespace p2pdesk::proto
