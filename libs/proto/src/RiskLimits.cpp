#include "p2pdesk/proto/RiskLimits.h"

#include "JsonReader.h"

#include <array>
#include <utility>

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {

// The server knows ten rules, each with a row per fiat at most: a few hundred rows is a desk
// far larger than this one.
constexpr std::size_t kMaxLimits = 2000;
constexpr std::size_t kMaxRules = 100;
constexpr int kMaxDecimals = 18;

constexpr std::array<std::pair<LimitAction, std::string_view>, 3> kActions = {
    {{LimitAction::Flag, "flag"}, {LimitAction::Hold, "hold"}, {LimitAction::Block, "block"}}};
constexpr std::array<std::pair<LimitKind, std::string_view>, 4> kKinds = {
    {{LimitKind::AmountPerFiat, "amount_per_fiat"},
     {LimitKind::Count, "count"},
     {LimitKind::Multiplier, "multiplier"},
     {LimitKind::Minutes, "minutes"}}};

template<typename E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N> &table, E value) noexcept
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return name;
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N> &table, std::string_view text) noexcept
{
    for (const auto &[entry, name] : table) {
        if (name == text)
            return entry;
    }
    return std::nullopt;
}

} // namespace

std::string_view toString(LimitAction value) noexcept
{
    return nameOf(kActions, value);
}

std::optional<LimitAction> parseLimitAction(std::string_view text) noexcept
{
    return valueOf(kActions, text);
}

std::string_view toString(LimitKind value) noexcept
{
    return nameOf(kKinds, value);
}

std::optional<LimitKind> parseLimitKind(std::string_view text) noexcept
{
    return valueOf(kKinds, text);
}

Json toJson(const RiskLimitDto &value)
{
    return Json{{"id", value.id},
                {"rule", value.rule},
                {"fiat_currency", value.fiatCurrency ? Json(*value.fiatCurrency) : Json(nullptr)},
                {"threshold", value.threshold.toString()},
                {"action", std::string(toString(value.action))},
                {"active", value.active},
                {"updated_at", formatTimestamp(value.updatedAt)},
                {"flags_30d", value.flags30d}};
}

void detail::read(const Json &json, const std::string &path, RiskLimitDto &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.rule = r.string("rule", Len{1, limits::kRuleId});
    out.fiatCurrency = r.optString("fiat_currency", Len{1, limits::kFiat});
    out.threshold = r.decimal("threshold");
    out.action = r.enumeration<LimitAction>("action", &parseLimitAction);
    out.active = r.boolean("active");
    out.updatedAt = r.timestamp("updated_at");
    out.flags30d = r.integer("flags_30d");
}

std::optional<DecodeError> decodeInto(const Json &json, RiskLimitDto &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const RiskRuleInfo &value)
{
    Json json{{"rule", value.rule},
              {"kind", std::string(toString(value.kind))},
              {"decimals", value.decimals},
              {"on_by_default", value.onByDefault},
              {"default_action", std::string(toString(value.defaultAction))}};
    detail::putOptional(json, "default_threshold", value.defaultThreshold);
    return json;
}

void detail::read(const Json &json, const std::string &path, RiskRuleInfo &out)
{
    const ObjectReader r(json, path);
    out.rule = r.string("rule", Len{1, limits::kRuleId});
    out.kind = r.enumeration<LimitKind>("kind", &parseLimitKind);
    out.decimals = static_cast<int>(r.integer("decimals", 0, kMaxDecimals));
    out.onByDefault = r.boolean("on_by_default");
    out.defaultThreshold = r.optDecimal("default_threshold");
    out.defaultAction = r.enumeration<LimitAction>("default_action", &parseLimitAction);
}

std::optional<DecodeError> decodeInto(const Json &json, RiskRuleInfo &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const RiskLimitList &value)
{
    return Json{{"items", detail::arrayToJson(value.items)}, {"rules", detail::arrayToJson(value.rules)}};
}

void detail::read(const Json &json, const std::string &path, RiskLimitList &out)
{
    const ObjectReader r(json, path);
    out.items = r.array<RiskLimitDto>("items", kMaxLimits);
    out.rules = r.array<RiskRuleInfo>("rules", kMaxRules);
}

std::optional<DecodeError> decodeInto(const Json &json, RiskLimitList &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const RiskLimitUpdateRequest &value)
{
    Json json{{"rule", value.rule},
              {"threshold", value.threshold.toString()},
              {"action", std::string(toString(value.action))},
              {"active", value.active},
              {"reason", value.reason}};
    detail::putOptional(json, "fiat_currency", value.fiatCurrency);
    return json;
}

void detail::read(const Json &json, const std::string &path, RiskLimitUpdateRequest &out)
{
    const ObjectReader r(json, path);
    out.rule = r.string("rule", Len{1, limits::kRuleId});
    out.fiatCurrency = r.optString("fiat_currency", Len{1, limits::kFiat});
    out.threshold = r.decimal("threshold");
    out.action = r.enumeration<LimitAction>("action", &parseLimitAction);
    out.active = r.boolean("active");
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, RiskLimitUpdateRequest &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
