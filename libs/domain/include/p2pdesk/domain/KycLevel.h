#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace p2pdesk::domain {

// How far the desk has verified who a customer is. Every customer starts unverified; a senior
// raises (or lowers) the level with a reason after looking at the documents the customer sent
// through the bot. Each level has its own 30-day volume limit per fiat (RiskRules), so a desk lets
// an unverified stranger exchange a little and a verified regular a lot.
//   0 Unverified: nothing checked beyond the Telegram account.
//   1 Basic:      an identity document checked.
//   2 Full:       the document plus proof of address or a selfie with the document.
enum class KycLevel : std::uint8_t { Unverified = 0, Basic = 1, Full = 2 };
inline constexpr int kKycLevelCount = 3;

// The wire's and the database's number (0, 1, 2); nullopt for any other.
std::optional<KycLevel> kycLevelFromNumber(std::int64_t number) noexcept;
constexpr int toNumber(KycLevel level) noexcept
{
    return static_cast<int>(level);
}

} // namespace p2pdesk::domain
