#include "p2pdesk/proto/Annotations.h"

#include "JsonReader.h"

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {

constexpr std::size_t kMaxAnnotations = 1000;

struct Rect {
    std::int64_t x = 0;
    std::int64_t y = 0;
    std::int64_t w = 0;
    std::int64_t h = 0;
};

Rect readRect(const ObjectReader &r)
{
    Rect rect;
    rect.x = r.integer("x", 0, limits::kPerMille - 1);
    rect.y = r.integer("y", 0, limits::kPerMille - 1);
    rect.w = r.integer("w", 1, limits::kPerMille - rect.x);
    rect.h = r.integer("h", 1, limits::kPerMille - rect.y);
    return rect;
}

} // namespace

Json toJson(const Annotation &value)
{
    return Json{{"id", value.id},
                {"proof_id", value.proofId},
                {"x", value.x},
                {"y", value.y},
                {"w", value.w},
                {"h", value.h},
                {"note", value.note},
                {"author", toJson(value.author)},
                {"at", formatTimestamp(value.at)}};
}

void detail::read(const Json &json, const std::string &path, Annotation &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.proofId = r.id("proof_id");
    const Rect rect = readRect(r);
    out.x = rect.x;
    out.y = rect.y;
    out.w = rect.w;
    out.h = rect.h;
    out.note = r.string("note", Len{0, limits::kNote, Lines::Many});
    out.author = r.nested<OperatorRef>("author");
    out.at = r.timestamp("at");
}

std::optional<DecodeError> decodeInto(const Json &json, Annotation &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const AnnotationList &value)
{
    return Json{{"items", detail::arrayToJson(value.items)}};
}

void detail::read(const Json &json, const std::string &path, AnnotationList &out)
{
    const ObjectReader r(json, path);
    out.items = r.array<Annotation>("items", kMaxAnnotations);
}

std::optional<DecodeError> decodeInto(const Json &json, AnnotationList &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const CreateAnnotationRequest &value)
{
    return Json{{"x", value.x}, {"y", value.y}, {"w", value.w}, {"h", value.h}, {"note", value.note}};
}

void detail::read(const Json &json, const std::string &path, CreateAnnotationRequest &out)
{
    const ObjectReader r(json, path);
    const Rect rect = readRect(r);
    out.x = rect.x;
    out.y = rect.y;
    out.w = rect.w;
    out.h = rect.h;
    out.note = r.string("note", Len{0, limits::kNote, Lines::Many});
}

std::optional<DecodeError> decodeInto(const Json &json, CreateAnnotationRequest &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
