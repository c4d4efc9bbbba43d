#include "p2pdesk/proto/Checklists.h"

#include "JsonReader.h"

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

Json toJson(const ChecklistItemDef &value)
{
    return Json{{"id", value.id}, {"title", value.title}};
}

void detail::read(const Json &json, const std::string &path, ChecklistItemDef &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.title = r.string("title", Len{1, limits::kChecklistTitle});
}

std::optional<DecodeError> decodeInto(const Json &json, ChecklistItemDef &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const ChecklistDef &value)
{
    return Json{{"kind", std::string(toString(value.kind))}, {"items", detail::arrayToJson(value.items)}};
}

void detail::read(const Json &json, const std::string &path, ChecklistDef &out)
{
    const ObjectReader r(json, path);
    out.kind = r.enumeration<ChecklistKind>("kind", &parseChecklistKind);
    out.items = r.array<ChecklistItemDef>("items", limits::kChecklistItems);
}

std::optional<DecodeError> decodeInto(const Json &json, ChecklistDef &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const ChecklistDefList &value)
{
    return Json{{"items", detail::arrayToJson(value.items)}};
}

void detail::read(const Json &json, const std::string &path, ChecklistDefList &out)
{
    const ObjectReader r(json, path);
    out.items = r.array<ChecklistDef>("items", 2);
}

std::optional<DecodeError> decodeInto(const Json &json, ChecklistDefList &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const ChecklistItemInput &value)
{
    Json json{{"title", value.title}};
    detail::putOptional(json, "id", value.id);
    return json;
}

void detail::read(const Json &json, const std::string &path, ChecklistItemInput &out)
{
    const ObjectReader r(json, path);
    out.id = r.optId("id");
    out.title = r.string("title", Len{1, limits::kChecklistTitle});
}

std::optional<DecodeError> decodeInto(const Json &json, ChecklistItemInput &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const ChecklistUpdateRequest &value)
{
    return Json{{"items", detail::arrayToJson(value.items)}, {"reason", value.reason}};
}

void detail::read(const Json &json, const std::string &path, ChecklistUpdateRequest &out)
{
    const ObjectReader r(json, path);
    out.items = r.array<ChecklistItemInput>("items", limits::kChecklistItems);
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, ChecklistUpdateRequest &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
