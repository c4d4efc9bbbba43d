#include "p2pdesk/proto/Common.h"

#include "JsonReader.h"

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

Json toJson(const OperatorRef &value)
{
    return Json{{"id", value.id}, {"username", value.username}};
}

void detail::read(const Json &json, const std::string &path, OperatorRef &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.username = r.string("username", Len{1, limits::kUsername});
}

std::optional<DecodeError> decodeInto(const Json &json, OperatorRef &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const Actor &value)
{
    Json json{{"kind", std::string(toString(value.kind))}};
    detail::putOptional(json, "id", value.id);
    detail::putOptional(json, "name", value.name);
    return json;
}

void detail::read(const Json &json, const std::string &path, Actor &out)
{
    const ObjectReader r(json, path);
    out.kind = r.enumeration<ActorKind>("kind", &parseActorKind);
    out.id = r.optId("id");
    out.name = r.optString("name", Len{0, limits::kUsername});
    if (out.kind != ActorKind::System && !out.id)
        fail(r.pathOf("id"), DecodeErrorKind::Missing, "required for an operator or customer");
}

std::optional<DecodeError> decodeInto(const Json &json, Actor &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const CustomerRef &value)
{
    Json json{{"id", value.id}, {"telegram_id", value.telegramId}};
    detail::putOptional(json, "username", value.username);
    return json;
}

void detail::read(const Json &json, const std::string &path, CustomerRef &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.telegramId = r.id("telegram_id");
    out.username = r.optString("username", Len{1, limits::kUsername});
}

std::optional<DecodeError> decodeInto(const Json &json, CustomerRef &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
