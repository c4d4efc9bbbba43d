#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace p2pdesk::proto {

// What a limit does when it fires: "flag" (information on the order card), "hold" (a senior
// clears it), "block". Stored as such in `limits.action`.
enum class LimitAction { Flag, Hold, Block };
std::string_view toString(LimitAction value) noexcept;
std::optional<LimitAction> parseLimitAction(std::string_view text) noexcept;

// How a rule's threshold reads: an amount in each fiat, a count, a multiple of the customer's
// median, or minutes.
enum class LimitKind { AmountPerFiat, Count, Multiplier, Minutes };
std::string_view toString(LimitKind value) noexcept; // "amount_per_fiat" / "count" / "multiplier" / "minutes"
std::optional<LimitKind> parseLimitKind(std::string_view text) noexcept;

// One stored row of `limits`. fiat_currency is null for the rules that apply to every currency.
// flags_30d: the risk flags the rule raised in the last 30 days (for an amount rule, on orders in
// that fiat) — the figure the admin judges the threshold by.
struct RiskLimitDto {
    std::int64_t id = 0;
    std::string rule;
    std::optional<std::string> fiatCurrency;
    domain::Decimal threshold;
    LimitAction action = LimitAction::Flag;
    bool active = true;
    Timestamp updatedAt{};
    std::int64_t flags30d = 0;
};

// A rule the server knows. default_threshold is absent for rules that are off until the admin
// sets them and for amount rules (no default fits every fiat). decimals applies to rules without a
// fiat; an amount rule takes its fiat's decimals.
struct RiskRuleInfo {
    std::string rule;
    LimitKind kind = LimitKind::Count;
    int decimals = 0;
    bool onByDefault = false;
    std::optional<domain::Decimal> defaultThreshold;
    LimitAction defaultAction = LimitAction::Flag;
};

// GET /api/v1/admin/limits → {"items":[RiskLimitDto],"rules":[RiskRuleInfo]}
struct RiskLimitList {
    std::vector<RiskLimitDto> items;
    std::vector<RiskRuleInfo> rules;
};

// PUT /api/v1/admin/limits {"rule","fiat_currency"?,"threshold","action","active","reason"}
// → 200 RiskLimitDto. Creates the row of (rule, fiat) or replaces it.
struct RiskLimitUpdateRequest {
    std::string rule;
    std::optional<std::string> fiatCurrency;
    domain::Decimal threshold;
    LimitAction action = LimitAction::Flag;
    bool active = true;
    std::string reason;
};

Json toJson(const RiskLimitDto &value);
std::optional<DecodeError> decodeInto(const Json &json, RiskLimitDto &out);
Json toJson(const RiskRuleInfo &value);
std::optional<DecodeError> decodeInto(const Json &json, RiskRuleInfo &out);
Json toJson(const RiskLimitList &value);
std::optional<DecodeError> decodeInto(const Json &json, RiskLimitList &out);
Json toJson(const RiskLimitUpdateRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, RiskLimitUpdateRequest &out);

} // namespace p2pdesk::proto
