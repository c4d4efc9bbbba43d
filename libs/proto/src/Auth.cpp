#include "p2pdesk/proto/Auth.h"

#include "JsonReader.h"

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

Json toJson(const LoginRequest &value)
{
    return Json{{"username", value.username}, {"password", value.password}, {"totp", value.totp}};
}

void detail::read(const Json &json, const std::string &path, LoginRequest &out)
{
    const ObjectReader r(json, path);
    out.username = r.string("username", Len{1, limits::kUsername});
    // The login form must not reveal the password policy: any non-empty password is well-formed.
    out.password = r.string("password", Len{1, limits::kPassword});
    out.totp = r.string("totp", Len{1, limits::kTotp});
}

std::optional<DecodeError> decodeInto(const Json &json, LoginRequest &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const OperatorInfo &value)
{
    return Json{{"id", value.id}, {"username", value.username}, {"roles", detail::rolesToJson(value.roles)}};
}

void detail::read(const Json &json, const std::string &path, OperatorInfo &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.username = r.string("username", Len{1, limits::kUsername});
    out.roles = r.roles("roles", true);
}

std::optional<DecodeError> decodeInto(const Json &json, OperatorInfo &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const LoginResponse &value)
{
    return Json{{"token", value.token},
                {"expires_at", formatTimestamp(value.expiresAt)},
                {"operator", toJson(value.operatorInfo)}};
}

void detail::read(const Json &json, const std::string &path, LoginResponse &out)
{
    const ObjectReader r(json, path);
    out.token = r.string("token", Len{1, limits::kToken});
    out.expiresAt = r.timestamp("expires_at");
    out.operatorInfo = r.nested<OperatorInfo>("operator");
}

std::optional<DecodeError> decodeInto(const Json &json, LoginResponse &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const MeResponse &value)
{
    Json json{{"operator", toJson(value.operatorInfo)}, {"expires_at", formatTimestamp(value.expiresAt)}};
    detail::putOptional(json, "on_duty", value.onDuty);
    return json;
}

void detail::read(const Json &json, const std::string &path, MeResponse &out)
{
    const ObjectReader r(json, path);
    out.operatorInfo = r.nested<OperatorInfo>("operator");
    out.expiresAt = r.timestamp("expires_at");
    if (r.has("on_duty"))
        out.onDuty = r.boolean("on_duty");
}

std::optional<DecodeError> decodeInto(const Json &json, MeResponse &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const DutyState &value)
{
    return Json{{"on_duty", value.onDuty}};
}

void detail::read(const Json &json, const std::string &path, DutyState &out)
{
    const ObjectReader r(json, path);
    out.onDuty = r.boolean("on_duty");
}

std::optional<DecodeError> decodeInto(const Json &json, DutyState &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
