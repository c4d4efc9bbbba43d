#include "p2pdesk/proto/FeatureFlags.h"

#include "JsonReader.h"

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {

// The catalogue holds five flags; a few dozen would be a different product.
constexpr std::size_t kMaxFlags = 100;
constexpr std::size_t kMaxFlagKey = 64;
constexpr std::size_t kMaxDescription = 1000;

} // namespace

Json toJson(const FeatureFlagDto &value)
{
    Json json{{"key", value.key},
              {"enabled", value.enabled},
              {"default_enabled", value.defaultEnabled},
              {"in_effect", value.inEffect},
              {"description", value.description}};
    detail::putOptional(json, "updated_at", value.updatedAt);
    if (value.updatedBy)
        json["updated_by"] = toJson(*value.updatedBy);
    return json;
}

void detail::read(const Json &json, const std::string &path, FeatureFlagDto &out)
{
    const ObjectReader r(json, path);
    out.key = r.string("key", Len{1, kMaxFlagKey});
    out.enabled = r.boolean("enabled");
    out.defaultEnabled = r.boolean("default_enabled");
    out.inEffect = r.boolean("in_effect");
    out.description = r.string("description", Len{0, kMaxDescription});
    out.updatedAt = r.optTimestamp("updated_at");
    out.updatedBy = r.optNested<OperatorRef>("updated_by");
}

std::optional<DecodeError> decodeInto(const Json &json, FeatureFlagDto &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const FeatureFlagList &value)
{
    return Json{{"items", detail::arrayToJson(value.items)}};
}

void detail::read(const Json &json, const std::string &path, FeatureFlagList &out)
{
    const ObjectReader r(json, path);
    out.items = r.array<FeatureFlagDto>("items", kMaxFlags);
}

std::optional<DecodeError> decodeInto(const Json &json, FeatureFlagList &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const FeatureFlagUpdateRequest &value)
{
    return Json{{"enabled", value.enabled}, {"reason", value.reason}};
}

void detail::read(const Json &json, const std::string &path, FeatureFlagUpdateRequest &out)
{
    const ObjectReader r(json, path);
    out.enabled = r.boolean("enabled");
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, FeatureFlagUpdateRequest &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
