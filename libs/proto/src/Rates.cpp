#include "p2pdesk/proto/Rates.h"

#include "JsonReader.h"

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {
constexpr std::size_t kMaxRates = 1000;
} // namespace

Json toJson(const RateDto &value)
{
    Json json{{"direction", std::string(domain::toString(value.direction))},
              {"asset", value.asset},
              {"network", value.network},
              {"fiat_currency", value.fiatCurrency},
              {"base_rate", value.baseRate.toString()},
              {"margin_percent", value.marginPercent.toString()},
              {"fixed_fee", value.fixedFee.toString()},
              {"suggested_rate", value.suggestedRate.toString()},
              {"updated_at", formatTimestamp(value.updatedAt)},
              {"stale", value.stale}};
    detail::putOptional(json, "min_amount", value.minAmount);
    detail::putOptional(json, "max_amount", value.maxAmount);
    return json;
}

void detail::read(const Json &json, const std::string &path, RateDto &out)
{
    const ObjectReader r(json, path);
    out.direction = r.enumeration<domain::Direction>("direction", &domain::parseDirection);
    out.asset = r.string("asset", Len{1, limits::kAsset});
    out.network = r.string("network", Len{1, limits::kNetwork});
    out.fiatCurrency = r.string("fiat_currency", Len{1, limits::kFiat});
    out.baseRate = r.decimal("base_rate");
    out.marginPercent = r.decimal("margin_percent");
    out.fixedFee = r.decimal("fixed_fee");
    out.suggestedRate = r.decimal("suggested_rate");
    out.updatedAt = r.timestamp("updated_at");
    out.stale = r.boolean("stale");
    out.minAmount = r.optDecimal("min_amount");
    out.maxAmount = r.optDecimal("max_amount");
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
              {"base_rate", value.baseRate.toString()},
              {"margin_percent", value.marginPercent.toString()},
              {"fixed_fee", value.fixedFee.toString()},
              {"reason", value.reason}};
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
    out.baseRate = r.decimal("base_rate");
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

} // namespace p2pdesk::proto
