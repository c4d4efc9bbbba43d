#include "p2pdesk/proto/Rates.h"

#include "JsonReader.h"

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {
constexpr std::size_t kMaxRates = 1000;
constexpr std::size_t kMaxHistory = 10000;
constexpr std::size_t kActor = 64; // an operator's username, "feed" or "system"
} // namespace

std::string_view toString(RateSource source) noexcept
{
    return source == RateSource::Feed ? "feed" : "manual";
}

std::optional<RateSource> parseRateSource(std::string_view text) noexcept
{
    if (text == "manual")
        return RateSource::Manual;
    if (text == "feed")
        return RateSource::Feed;
    return std::nullopt;
}

Json toJson(const RateDto &value)
{
    Json json{{"id", value.id},
              {"direction", std::string(domain::toString(value.direction))},
              {"asset", value.asset},
              {"network", value.network},
              {"fiat_currency", value.fiatCurrency},
              {"base_rate", value.baseRate.toString()},
              {"base_source", std::string(toString(value.baseSource))},
              {"margin_percent", value.marginPercent.toString()},
              {"fixed_fee", value.fixedFee.toString()},
              {"suggested_rate", value.suggestedRate.toString()},
              {"updated_at", formatTimestamp(value.updatedAt)},
              {"stale", value.stale}};
    detail::putOptional(json, "base_updated_at", value.baseUpdatedAt);
    detail::putOptional(json, "min_amount", value.minAmount);
    detail::putOptional(json, "max_amount", value.maxAmount);
    detail::putOptional(json, "feed_pending_rate", value.feedPendingRate);
    detail::putOptional(json, "feed_pending_at", value.feedPendingAt);
    return json;
}

void detail::read(const Json &json, const std::string &path, RateDto &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.direction = r.enumeration<domain::Direction>("direction", &domain::parseDirection);
    out.asset = r.string("asset", Len{1, limits::kAsset});
    out.network = r.string("network", Len{1, limits::kNetwork});
    out.fiatCurrency = r.string("fiat_currency", Len{1, limits::kFiat});
    out.baseRate = r.decimal("base_rate");
    out.baseSource = r.enumeration<RateSource>("base_source", &parseRateSource);
    out.baseUpdatedAt = r.optTimestamp("base_updated_at");
    out.marginPercent = r.decimal("margin_percent");
    out.fixedFee = r.decimal("fixed_fee");
    out.suggestedRate = r.decimal("suggested_rate");
    out.updatedAt = r.timestamp("updated_at");
    out.stale = r.boolean("stale");
    out.minAmount = r.optDecimal("min_amount");
    out.maxAmount = r.optDecimal("max_amount");
    out.feedPendingRate = r.optDecimal("feed_pending_rate");
    out.feedPendingAt = r.optTimestamp("feed_pending_at");
}

std::optional<DecodeError> decodeInto(const Json &json, RateDto &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const RateList &value)
{
    return Json{{"items", detail::arrayToJson(value.items)}};
}

void detail::read(const Json &json, const std::string &path, RateList &out)
{
    const ObjectReader r(json, path);
    out.items = r.array<RateDto>("items", kMaxRates);
}

std::optional<DecodeError> decodeInto(const Json &json, RateList &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const RateUpdateRequest &value)
{
    Json json{{"direction", std::string(domain::toString(value.direction))},
              {"asset", value.asset},
              {"network", value.network},
              {"fiat_currency", value.fiatCurrency},
              {"base_source", std::string(toString(value.baseSource))},
              {"margin_percent", value.marginPercent.toString()},
              {"fixed_fee", value.fixedFee.toString()},
              {"reason", value.reason}};
    detail::putOptional(json, "base_rate", value.baseRate);
    detail::putOptional(json, "min_amount", value.minAmount);
    detail::putOptional(json, "max_amount", value.maxAmount);
    return json;
}

void detail::read(const Json &json, const std::string &path, RateUpdateRequest &out)
{
    const ObjectReader r(json, path);
    out.direction = r.enumeration<domain::Direction>("direction", &domain::parseDirection);
    out.asset = r.string("asset", Len{1, limits::kAsset});
    out.network = r.string("network", Len{1, limits::kNetwork});
    out.fiatCurrency = r.string("fiat_currency", Len{1, limits::kFiat});
    out.baseRate = r.optDecimal("base_rate");
    out.baseSource = r.optEnumeration<RateSource>("base_source", &parseRateSource).value_or(RateSource::Manual);
    out.marginPercent = r.decimal("margin_percent");
    out.fixedFee = r.decimal("fixed_fee");
    out.minAmount = r.optDecimal("min_amount");
    out.maxAmount = r.optDecimal("max_amount");
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, RateUpdateRequest &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const RateFeedConfirmRequest &value)
{
    return Json{{"feed_rate", value.feedRate.toString()}, {"reason", value.reason}};
}

void detail::read(const Json &json, const std::string &path, RateFeedConfirmRequest &out)
{
    const ObjectReader r(json, path);
    out.feedRate = r.decimal("feed_rate");
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, RateFeedConfirmRequest &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const RateHistoryEntry &value)
{
    Json json{{"at", formatTimestamp(value.at)},
              {"actor", value.actor},
              {"margin_percent", value.marginPercent.toString()},
              {"fixed_fee", value.fixedFee.toString()}};
    detail::putOptional(json, "base_rate", value.baseRate);
    detail::putOptional(json, "reason", value.reason);
    return json;
}

void detail::read(const Json &json, const std::string &path, RateHistoryEntry &out)
{
    const ObjectReader r(json, path);
    out.at = r.timestamp("at");
    out.actor = r.string("actor", Len{1, kActor});
    out.baseRate = r.optDecimal("base_rate");
    out.marginPercent = r.decimal("margin_percent");
    out.fixedFee = r.decimal("fixed_fee");
    out.reason = r.optReason();
}

Json toJson(const RateHistory &value)
{
    return Json{{"items", detail::arrayToJson(value.items)}};
}

void detail::read(const Json &json, const std::string &path, RateHistory &out)
{
    const ObjectReader r(json, path);
    out.items = r.array<RateHistoryEntry>("items", kMaxHistory);
}

std::optional<DecodeError> decodeInto(const Json &json, RateHistory &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
