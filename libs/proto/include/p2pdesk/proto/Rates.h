#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::proto {

// {"direction","asset","network","fiat_currency","base_rate","margin_percent","fixed_fee",
//  "suggested_rate","updated_at","stale"[,"min_amount"][,"max_amount"]} — one per direction and pair.
// min_amount/max_amount bound an order's fiat amount at this rate; absent = unbounded on that side.
struct RateDto {
    domain::Direction direction = domain::Direction::Sell;
    std::string asset;
    std::string network;
    std::string fiatCurrency;
    domain::Decimal baseRate;
    domain::Decimal marginPercent;
    domain::Decimal fixedFee;
    domain::Decimal suggestedRate;
    Timestamp updatedAt{};
    bool stale = false; // a stale base rate stops quoting
    std::optional<domain::Decimal> minAmount;
    std::optional<domain::Decimal> maxAmount;
};

// GET /api/v1/rates → {"items":[RateDto]}
struct RateList {
    std::vector<RateDto> items;
};

// POST /api/v1/admin/rates {"direction","asset","network","fiat_currency","base_rate",
//  "margin_percent","fixed_fee"[,"min_amount"][,"max_amount"],"reason"} — creates or replaces the row;
//  answers 200 RateDto. An absent bound means "no minimum" / "no maximum" (never "keep the old one").
struct RateUpdateRequest {
    domain::Direction direction = domain::Direction::Sell;
    std::string asset;
    std::string network;
    std::string fiatCurrency;
    domain::Decimal baseRate;
    domain::Decimal marginPercent;
    domain::Decimal fixedFee;
    std::optional<domain::Decimal> minAmount;
    std::optional<domain::Decimal> maxAmount;
    std::string reason;
};

Json toJson(const RateDto &value);
std::optional<DecodeError> decodeInto(const Json &json, RateDto &out);
Json toJson(const RateList &value);
std::optional<DecodeError> decodeInto(const Json &json, RateList &out);
Json toJson(const RateUpdateRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, RateUpdateRequest &out);

} // namespace p2pdesk::proto
