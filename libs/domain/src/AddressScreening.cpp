#include "p2pdesk/domain/AddressScreening.h"

#include <string>

namespace p2pdesk::domain {

std::optional<int> riskScoreFromNumber(std::int64_t number) noexcept
{
    if (number < kMinRiskScore || number > kMaxRiskScore)
        return std::nullopt;
    return static_cast<int>(number);
}

std::optional<RiskHit> checkSenderAddressRisk(int score, int holdAbove)
{
    if (score <= holdAbove)
        return std::nullopt;
    return RiskHit{std::string(rule::kSenderAddressRisk), Severity::Hold, std::to_string(score),
                   std::to_string(holdAbove)};
}

} // namespace p2pdesk::domain
