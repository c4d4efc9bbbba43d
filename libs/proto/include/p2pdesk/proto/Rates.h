#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace p2pdesk::proto {

// Where a rate's base (reference) value comes from: typed by an admin, or polled from the reference
// feed (rates.feed.* in syncd's config). A feed value is a suggestion like a typed one: the operator
// still types the final rate at take.
enum class RateSource { Manual, Feed };
std::string_view toString(RateSource source) noexcept;
std::optional<RateSource> parseRateSource(std::string_view text) noexcept;

// {"id","direction","asset","network","fiat_currency","base_rate","base_source"[,"base_updated_at"],
//  "margin_percent","fixed_fee","suggested_rate","updated_at","stale"[,"min_amount"][,"max_amount"]
//  [,"feed_pending_rate","feed_pending_at"]} — one per direction and pair.
// min_amount/max_amount bound an order's fiat amount at this rate; absent = unbounded on that side.
// base_updated_at is when the base value was observed (its age is what makes it stale). A feed value
// that jumped more than the setting rate_feed_max_jump_percent is held as feed_pending_* until a senior
// confirms it; meanwhile the base keeps its old value and ages.
struct RateDto {
    std::int64_t id = 0;
    domain::Direction direction = domain::Direction::Sell;
    std::string asset;
    std::string network;
    std::string fiatCurrency;
    domain::Decimal baseRate;
    RateSource baseSource = RateSource::Manual;
    std::optional<Timestamp> baseUpdatedAt;
    domain::Decimal marginPercent;
    domain::Decimal fixedFee;
    domain::Decimal suggestedRate;
    Timestamp updatedAt{};
    bool stale = false; // a stale base rate stops quoting
    std::optional<domain::Decimal> minAmount;
    std::optional<domain::Decimal> maxAmount;
    std::optional<domain::Decimal> feedPendingRate;
    std::optional<Timestamp> feedPendingAt;
};

// GET /api/v1/rates → {"items":[RateDto]}
struct RateList {
    std::vector<RateDto> items;
};

// POST /api/v1/admin/rates {"direction","asset","network","fiat_currency"[,"base_rate"][,"base_source"],
//  "margin_percent","fixed_fee"[,"min_amount"][,"max_amount"],"reason"} — creates or replaces the row;
//  answers 200 RateDto. An absent bound means "no minimum" / "no maximum" (never "keep the old one").
// base_source defaults to "manual", which needs base_rate; a "feed" row may omit it (it keeps the
// value it has, or has none until the feed's first poll).
struct RateUpdateRequest {
    domain::Direction direction = domain::Direction::Sell;
    std::string asset;
    std::string network;
    std::string fiatCurrency;
    std::optional<domain::Decimal> baseRate;
    RateSource baseSource = RateSource::Manual;
    domain::Decimal marginPercent;
    domain::Decimal fixedFee;
    std::optional<domain::Decimal> minAmount;
    std::optional<domain::Decimal> maxAmount;
    std::string reason;
};

// POST /api/v1/admin/rates/{id}/feed-confirm {"feed_rate","reason"} (admin, senior) — applies the
// held feed value the senior saw; 409 conflict when none is held or it has changed since. → RateDto
struct RateFeedConfirmRequest {
    domain::Decimal feedRate;
    std::string reason;
};

// GET /api/v1/admin/rates/{id}/history[?days=N] (admin, senior) → {"items":[{"at","actor",
//  "base_rate"?,"margin_percent","fixed_fee","reason"?}]} oldest first: every change of the row,
//  typed or fed; actor is an operator's username, "feed" or "system".
struct RateHistoryEntry {
    Timestamp at{};
    std::string actor;
    std::optional<domain::Decimal> baseRate;
    domain::Decimal marginPercent;
    domain::Decimal fixedFee;
    std::optional<std::string> reason;
};
struct RateHistory {
    std::vector<RateHistoryEntry> items;
};

Json toJson(const RateDto &value);
std::optional<DecodeError> decodeInto(const Json &json, RateDto &out);
Json toJson(const RateList &value);
std::optional<DecodeError> decodeInto(const Json &json, RateList &out);
Json toJson(const RateUpdateRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, RateUpdateRequest &out);
Json toJson(const RateFeedConfirmRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, RateFeedConfirmRequest &out);
Json toJson(const RateHistoryEntry &value);
Json toJson(const RateHistory &value);
std::optional<DecodeError> decodeInto(const Json &json, RateHistory &out);

} // namespace p2pdesk::proto
