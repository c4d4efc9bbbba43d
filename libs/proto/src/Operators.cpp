#include "p2pdesk/proto/Operators.h"

#include "JsonReader.h"

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {
constexpr std::size_t kMaxListItems = 1000;
} // namespace

Json toJson(const OperatorAccount &value)
{
    Json json{{"id", value.id},
              {"username", value.username},
              {"roles", detail::rolesToJson(value.roles)},
              {"active", value.active},
              {"totp_confirmed", value.totpConfirmed},
              {"created_at", formatTimestamp(value.createdAt)}};
    detail::putOptional(json, "locked_until", value.lockedUntil);
    return json;
}

void detail::read(const Json &json, const std::string &path, OperatorAccount &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.username = r.string("username", Len{1, limits::kUsername});
    out.roles = r.roles("roles", true);
    out.active = r.boolean("active");
    out.totpConfirmed = r.boolean("totp_confirmed");
    out.createdAt = r.timestamp("created_at");
    out.lockedUntil = r.optTimestamp("locked_until");
}

std::optional<DecodeError> decodeInto(const Json &json, OperatorAccount &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const OperatorList &value)
{
    return Json{{"items", detail::arrayToJson(value.items)}};
}

void detail::read(const Json &json, const std::string &path, OperatorList &out)
{
    const ObjectReader r(json, path);
    out.items = r.array<OperatorAccount>("items", kMaxListItems);
}

std::optional<DecodeError> decodeInto(const Json &json, OperatorList &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const CreateOperatorRequest &value)
{
    return Json{{"username", value.username},
                {"password", value.password},
                {"roles", detail::rolesToJson(value.roles)},
                {"reason", value.reason}};
}

void detail::read(const Json &json, const std::string &path, CreateOperatorRequest &out)
{
    const ObjectReader r(json, path);
    out.username = r.string("username", Len{1, limits::kUsername});
    out.password = r.string("password", Len{limits::kPasswordMin, limits::kPassword});
    out.roles = r.roles("roles", false);
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, CreateOperatorRequest &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const CreateOperatorResponse &value)
{
    return Json{{"operator", toJson(value.account)}, {"otpauth_uri", value.otpauthUri}};
}

void detail::read(const Json &json, const std::string &path, CreateOperatorResponse &out)
{
    const ObjectReader r(json, path);
    out.account = r.nested<OperatorAccount>("operator");
    out.otpauthUri = r.string("otpauth_uri", Len{1, limits::kOtpauthUri});
}

std::optional<DecodeError> decodeInto(const Json &json, CreateOperatorResponse &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const SetRolesRequest &value)
{
    return Json{{"roles", detail::rolesToJson(value.roles)}, {"reason", value.reason}};
}

void detail::read(const Json &json, const std::string &path, SetRolesRequest &out)
{
    const ObjectReader r(json, path);
    out.roles = r.roles("roles", false);
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, SetRolesRequest &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const DeactivateOperatorRequest &value)
{
    return Json{{"reason", value.reason}};
}

void detail::read(const Json &json, const std::string &path, DeactivateOperatorRequest &out)
{
    const ObjectReader r(json, path);
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, DeactivateOperatorRequest &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const ResetPasswordRequest &value)
{
    return Json{{"password", value.password}, {"reason", value.reason}};
}

void detail::read(const Json &json, const std::string &path, ResetPasswordRequest &out)
{
    const ObjectReader r(json, path);
    out.password = r.string("password", Len{limits::kPasswordMin, limits::kPassword});
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, ResetPasswordRequest &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const Reset2faRequest &value)
{
    return Json{{"reason", value.reason}};
}

void detail::read(const Json &json, const std::string &path, Reset2faRequest &out)
{
    const ObjectReader r(json, path);
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, Reset2faRequest &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const Reset2faResponse &value)
{
    return Json{{"otpauth_uri", value.otpauthUri}};
}

void detail::read(const Json &json, const std::string &path, Reset2faResponse &out)
{
    const ObjectReader r(json, path);
    out.otpauthUri = r.string("otpauth_uri", Len{1, limits::kOtpauthUri});
}

std::optional<DecodeError> decodeInto(const Json &json, Reset2faResponse &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
